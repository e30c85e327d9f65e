use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::storage::export::tests::sample;

#[test]
fn conflicts_are_replaced_kept_as_copies_or_skipped() {
    let here = SavedState {
        assessments: vec![sample("a", 2)],
        ..SavedState::default()
    };
    let incoming = || vec![sample("a", 5), sample("b", 3)];
    let p = plan(&here, incoming());
    assert_eq!((p.new.len(), p.conflicts.len()), (1, 1));

    let mut n = 0;
    let fresh = || {
        n += 1;
        format!("new{n}")
    };
    let both = apply(
        here.clone(),
        plan(&here, incoming()),
        OnConflict::KeepBoth,
        100,
        fresh,
    );
    let ids: Vec<&str> = both.assessments.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "new1"]);
    assert_eq!(
        both.assessment("a").unwrap().choice("vision.written"),
        Level::new(2).map(Choice::Level)
    );

    let replaced = apply(
        here.clone(),
        plan(&here, incoming()),
        OnConflict::Replace,
        100,
        String::new,
    );
    assert_eq!(replaced.assessments.len(), 2);
    assert_eq!(
        replaced.assessment("a").unwrap().choice("vision.written"),
        Level::new(5).map(Choice::Level)
    );

    let skipped = apply(
        here.clone(),
        plan(&here, incoming()),
        OnConflict::Skip,
        100,
        String::new,
    );
    assert_eq!(skipped.assessment("a"), here.assessment("a"));
    assert_eq!(skipped.assessments.len(), 2);
}

#[test]
fn a_replaced_assessment_wins_over_an_older_copy_in_another_tab() {
    let mut here = SavedState::default();
    let mut a = sample("a", 2);
    a.set_choice("vision.chain", Some(Choice::DontKnow), 50);
    here.assessments.push(a);
    let other_tab = here.clone();
    let p = plan(&here, vec![sample("a", 5)]);
    let replaced = apply(here, p, OnConflict::Replace, 100, String::new);
    let merged = crate::domain::storage::merge::merge_states(&other_tab, &replaced);
    let a = merged.assessment("a").unwrap();
    assert_eq!(a.choice("vision.written"), Level::new(5).map(Choice::Level));
    assert_eq!(a.choice("vision.chain"), None, "not in the file, so gone");
}

#[test]
fn an_assessment_deleted_here_comes_back_under_a_new_id_with_stamps() {
    let mut here = SavedState {
        assessments: vec![sample("a", 2)],
        ..SavedState::default()
    };
    here.remove("a", 60);
    let mut old = sample("a", 4);
    old.stamps.clear();
    let p = plan(&here, vec![old]);
    let state = apply(here, p, OnConflict::KeepBoth, 100, || "fresh".to_owned());
    let back = state.assessment("fresh").expect("imported under a new id");
    assert_eq!(
        back.choice("vision.written"),
        Level::new(4).map(Choice::Level)
    );
    assert!(back.stamps.contains_key("answer.vision.written"));
}

#[test]
fn an_import_counts_what_it_adds_or_replaces() {
    let existing = SavedState {
        assessments: vec![sample("a1", 2)],
        ..SavedState::default()
    };
    let p = plan(&existing, vec![sample("a1", 3), sample("a2", 4)]);
    assert_eq!(p.count(OnConflict::Skip), 1);
    assert_eq!(p.count(OnConflict::KeepBoth), 2);
    assert_eq!(p.count(OnConflict::Replace), 2);
}

#[test]
fn the_plan_counts_assessments_changed_here_after_the_file_was_made() {
    let mut changed_later = sample("a1", 2);
    changed_later.updated_ms = 500;
    let existing = SavedState {
        assessments: vec![changed_later, sample("a2", 2)],
        ..SavedState::default()
    };
    let mut older = sample("a1", 3);
    older.updated_ms = 400;
    let mut newer = sample("a2", 3);
    newer.updated_ms = existing.assessments[1].updated_ms + 1;
    let p = plan(&existing, vec![older, newer, sample("a3", 1)]);
    assert_eq!(p.conflicts.len(), 2);
    assert_eq!(
        p.newer_here, 1,
        "only a1 was changed here after the file's copy"
    );
}
