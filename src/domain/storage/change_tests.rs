use super::*;
use crate::domain::answers::Level;
use crate::domain::questionnaire::current;

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("id{n}")
    }
}

fn edit(id: &str, edit: Edit) -> Change {
    Change::Edit {
        id: id.to_owned(),
        edit,
    }
}

#[test]
fn create_edit_visit_and_delete_go_through_apply() {
    let q = current();
    let mut next = ids();
    let mut s = SavedState::default();
    let Applied::Created(id) = s.apply(q, Change::Create, 10, &mut next) else {
        panic!("created");
    };
    assert_eq!(id, "id1");
    let choice = Some(Choice::Level(Level::new(4).unwrap()));
    let question = "vision.written".to_owned();
    assert_eq!(
        s.apply(
            q,
            edit(
                &id,
                Edit::Choice {
                    question: question.clone(),
                    choice
                }
            ),
            20,
            &mut next
        ),
        Applied::Changed
    );
    assert_eq!(s.assessment(&id).unwrap().choice(&question), choice);
    assert_eq!(s.assessment(&id).unwrap().updated_ms, 20);
    // A visit to the step already known changes nothing, so nothing is saved.
    let visit = || {
        edit(
            "id1",
            Edit::Visit {
                step: "journeys".into(),
            },
        )
    };
    assert_eq!(s.apply(q, visit(), 30, &mut next), Applied::Changed);
    assert_eq!(s.apply(q, visit(), 31, &mut next), Applied::Nothing);
    // Unknown ids change nothing.
    assert_eq!(
        s.apply(q, edit("nope", Edit::Label("x".into())), 40, &mut next),
        Applied::Nothing
    );
    assert_eq!(
        s.apply(q, Change::Delete { id: "nope".into() }, 40, &mut next),
        Applied::Nothing
    );
    assert_eq!(
        s.apply(q, Change::Delete { id: id.clone() }, 50, &mut next),
        Applied::Changed
    );
    assert!(s.assessments.is_empty() && s.deleted.contains_key(&id));
}

#[test]
fn a_copy_gets_a_fresh_id_never_one_in_use_or_deleted() {
    let q = current();
    let mut s = SavedState::default();
    let mut next = ids();
    s.apply(q, Change::Create, 1, &mut next); // id1
    s.apply(q, Change::Delete { id: "id1".into() }, 2, &mut next);
    let mut again = ids(); // would mint id1 again
    let copy = Assessment::new("from-link".into(), 3, q);
    let applied = s.apply(q, Change::AddCopy(Box::new(copy)), 4, &mut again);
    assert_eq!(applied, Applied::Created("id2".into()));
}
