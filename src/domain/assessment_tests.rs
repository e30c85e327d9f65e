use super::*;

#[test]
fn ids_are_time_then_randomness_in_base_36() {
    assert_eq!(id_from(0, 0), "00");
    assert_eq!(id_from(35, 36), "z10");
    assert_eq!(id_from(1_700_000_000_000, 1_679_615), "loyw3v28zzzz");
}

use crate::domain::answers::Level;
use crate::domain::questionnaire::applicability;
use crate::domain::questionnaire::current;

#[test]
fn setting_and_clearing_a_choice_keeps_only_real_answers() {
    let q = current();
    let mut a = Assessment::new("a1".into(), 1_000, q);
    let level = Choice::Level(Level::new(4).unwrap());
    a.set_choice("vision.written", Some(level), 2_000);
    assert_eq!(a.choice("vision.written"), Some(level));
    assert_eq!(applicability::answered_count(q, &a), 1);
    assert_eq!(a.updated_ms, 2_000);

    a.set_choice("vision.written", None, 3_000);
    assert!(a.answers.is_empty());
    assert_eq!(applicability::answered_count(q, &a), 0);
}

#[test]
fn labels_are_capped_and_context_accepts_only_known_options() {
    let q = current();
    let mut a = Assessment::new("a1".into(), 0, q);
    a.set_label(&"é".repeat(100), 1);
    assert_eq!(a.label.chars().count(), LABEL_MAX_CHARS);
    a.set_context(q, "market", Some("b2b"), 2);
    a.set_context(q, "market", Some("b3b"), 3);
    a.set_context(q, "planet", Some("mars"), 4);
    assert_eq!(a.context.get("market").map(String::as_str), Some("b2b"));
    assert_eq!(a.context.len(), 1);
    assert_eq!(a.updated_ms, 2);
    a.set_context(q, "market", None, 5);
    assert!(a.context.is_empty());
}

#[test]
fn notes_and_evidence_live_beside_the_choice_and_empty_answers_vanish() {
    let q = current();
    let mut a = Assessment::new("a1".into(), 0, q);
    a.set_evidence("vision.written", true, 1);
    a.set_note("vision.written", &"x".repeat(NOTE_MAX_CHARS + 5), 2);
    let answer = a.answer("vision.written").unwrap();
    assert!(answer.evidence && answer.choice.is_none());
    assert_eq!(answer.note.len(), NOTE_MAX_CHARS);
    assert_eq!(
        applicability::answered_count(q, &a),
        0,
        "a note alone is not an answer"
    );
    a.set_note("vision.written", "", 3);
    a.set_evidence("vision.written", false, 4);
    assert!(a.answers.is_empty());
}

#[test]
fn signals_take_yes_no_or_nothing_and_only_known_ids() {
    let q = current();
    let mut a = Assessment::new("a1".into(), 0, q);
    a.set_signal(q, "nps_goal", Some(true), 1);
    a.set_signal(q, "buzzwords", Some(false), 2);
    a.set_signal(q, "made_up", Some(true), 3);
    assert_eq!(a.signal("nps_goal"), Some(true));
    assert_eq!(a.signal("buzzwords"), Some(false));
    assert_eq!(a.signals.len(), 2);
    assert_eq!(a.updated_ms, 2);
    a.set_signal(q, "nps_goal", None, 4);
    assert_eq!(a.signal("nps_goal"), None);
    assert_eq!(
        applicability::answered_count(q, &a),
        0,
        "signals are not questions"
    );
}

#[test]
fn visiting_a_step_is_remembered_without_touching_the_stamp() {
    let mut a = Assessment::new("a1".into(), 7, current());
    a.visit("journeys", 9);
    assert_eq!(a.last_step.as_deref(), Some("journeys"));
    assert_eq!(a.updated_ms, 7);
    assert_eq!(a.stamps.get("step"), Some(&9));
}

#[test]
fn the_update_stamp_never_goes_back_in_time() {
    let mut a = Assessment::new("a1".into(), 5_000, current());
    a.set_choice("vision.chain", Some(Choice::NotApplicable), 4_000);
    assert_eq!(a.updated_ms, 5_000);
}

#[test]
fn every_change_stamps_its_item_and_clearing_keeps_the_stamp() {
    let q = current();
    let mut a = Assessment::new("a1".into(), 0, q);
    a.set_label("Noord", 1);
    a.set_context(q, "market", Some("b2b"), 2);
    a.set_choice("vision.written", Some(Choice::DontKnow), 3);
    a.set_signal(q, "nps_goal", Some(true), 4);
    a.set_choice("vision.written", None, 5);
    let stamps: Vec<_> = a.stamps.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(
        stamps,
        [
            ("answer.vision.written", 5),
            ("context.market", 2),
            ("label", 1),
            ("signal.nps_goal", 4)
        ]
    );
    for item in [
        Item::Label,
        Item::Step,
        Item::Answer("vision.written".into()),
    ] {
        assert_eq!(Item::from_key(&item.key()), Some(item));
    }
    assert_eq!(Item::from_key("colour.red"), None);
}

#[test]
fn unstamped_items_take_the_last_change_time() {
    let q = current();
    let mut a = Assessment::new("a1".into(), 0, q);
    a.set_choice("vision.written", Some(Choice::DontKnow), 3);
    a.set_signal(q, "nps_goal", Some(false), 8);
    a.stamps.clear();
    a.stamp_unstamped();
    assert_eq!(a.stamps.get("answer.vision.written"), Some(&8));
    assert_eq!(a.stamps.get("signal.nps_goal"), Some(&8));
    assert_eq!(a.stamps.len(), 2);
}
