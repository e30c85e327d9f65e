use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;

fn fresh() -> Assessment {
    Assessment::new("a".into(), 0, current())
}

#[test]
fn steps_run_from_intro_through_every_dimension_to_signals_and_back() {
    let q = current();
    let all: Vec<Step> = Step::all(q).collect();
    assert_eq!(all.len(), q.dimensions.len() + 3);
    for pair in all.windows(2) {
        assert_eq!(pair[0].next(q), Some(pair[1]));
        assert_eq!(pair[1].previous(q), Some(pair[0]));
    }
    assert_eq!(Step::Intro.previous(q), None);
    assert_eq!(Step::Signals.next(q), None);
}

#[test]
fn every_step_key_round_trips_and_no_dimension_takes_a_reserved_key() {
    let q = current();
    for step in Step::all(q) {
        assert_eq!(Step::from_key(q, step.key(q)), Some(step));
    }
    assert_eq!(Step::from_key(q, "nonsense"), None);
}

#[test]
fn progress_counts_answers_of_any_kind_per_step() {
    let q = current();
    let mut a = fresh();
    let first = &q.dimensions[0];
    a.set_choice(&first.questions[0].id, Some(Choice::DontKnow), 1);
    a.set_choice(&first.questions[1].id, Level::new(3).map(Choice::Level), 1);
    a.set_note(&first.questions[2].id, "only a note", 1);
    let p = Step::Dimension(0).progress(q, &a);
    assert_eq!((p.done, p.total), (2, first.questions.len()));
    a.set_context(q, "market", Some("b2b"), 2);
    assert_eq!(Step::Intro.progress(q, &a).done, 1);
    a.set_signal(q, "nps_goal", Some(false), 3);
    assert_eq!(Step::Signals.progress(q, &a).done, 1);
}

#[test]
fn resume_goes_to_the_first_open_step_not_the_last_page() {
    let q = current();
    let mut a = fresh();
    assert_eq!(resume(q, &a), Step::Intro);
    for question in &q.dimensions[0].questions {
        a.set_choice(&question.id, Some(Choice::NotApplicable), 1);
    }
    assert_eq!(resume(q, &a), Step::Dimension(1));
    a.visit("journeys", 1);
    assert_eq!(resume(q, &a), Step::Dimension(1));
    assert_eq!(first_open_question(q, &a).map(|(i, _)| i), Some(1));
    // Every question answered: the statements, then the signals.
    for question in q.questions() {
        a.set_choice(&question.id, Some(Choice::DontKnow), 2);
    }
    assert_eq!(resume(q, &a), Step::Style);
    assert!(first_open_question(q, &a).is_none());
    for item in &q.style_items {
        a.set_choice(&item.id, Some(Choice::DontKnow), 3);
    }
    assert_eq!(resume(q, &a), Step::Signals);
    for signal in &q.signals {
        a.set_signal(q, &signal.id, Some(false), 4);
    }
    // All answered: where they were last.
    assert_eq!(resume(q, &a), Step::from_key(q, "journeys").unwrap());
}

#[test]
fn overall_progress_counts_questions_statements_and_signals() {
    let q = current();
    let mut a = fresh();
    let all = q.question_count() + q.style_items.len() + q.signals.len();
    assert_eq!(
        overall(q, &a),
        StepProgress {
            done: 0,
            total: all
        }
    );
    for question in q.questions() {
        a.set_choice(&question.id, Some(Choice::DontKnow), 1);
    }
    // Every question answered is not everything answered.
    let p = overall(q, &a);
    assert_eq!((p.done, p.is_complete()), (q.question_count(), false));
    let open = unanswered(q, &a);
    assert_eq!(
        (open.questions.len(), open.statements, open.signals),
        (0, 10, 7)
    );
    assert_eq!(open.count(), q.style_items.len() + q.signals.len());
}

#[test]
fn unanswered_lists_open_questions_by_dimension() {
    let q = current();
    let mut a = fresh();
    assert_eq!(unanswered(q, &a).questions.len(), q.dimensions.len());
    for question in q.questions() {
        a.set_choice(&question.id, Some(Choice::DontKnow), 1);
    }
    let last = q.questions().last().unwrap();
    a.set_choice(&last.id, None, 2);
    let open = unanswered(q, &a).questions;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].1[0].id, last.id);
}
