use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;

fn revision_one() -> Assessment {
    let q = current();
    let mut a = Assessment::new("old".into(), 5, q);
    a.revision = 1;
    a.set_choice("vision.written", Level::new(3).map(Choice::Level), 10);
    a.set_choice("value.horizon", Level::new(2).map(Choice::Level), 10);
    a.set_choice("listening.methods", Some(Choice::DontKnow), 10);
    a
}

#[test]
fn an_older_revision_is_brought_up_and_keeps_every_answer() {
    let q = current();
    let mut a = revision_one();
    let before = a.clone();
    assert!(upgrade(&mut a, q));
    assert_eq!((a.revision, a.upgraded_from), (q.revision, Some(1)));
    assert_eq!(
        a.answers, before.answers,
        "removed questions stay in the record"
    );
    assert_eq!(a.updated_ms, before.updated_ms);
    assert!(!upgrade(&mut a, q), "a second upgrade changes nothing");
    assert_eq!(a.upgraded_from, Some(1));
}

#[test]
fn what_is_new_counts_carried_new_and_kept_aside_answers() {
    let q = current();
    let mut a = revision_one();
    assert!(whats_new(&a, q).is_none(), "not upgraded yet");
    upgrade(&mut a, q);
    let news = whats_new(&a, q).unwrap();
    assert_eq!(news.from, 1);
    assert_eq!(
        news.carried, 2,
        "vision.written and the don't-know of listening.methods"
    );
    assert_eq!(news.kept_aside, ["value.horizon"]);
    let new: Vec<&str> = news.new_questions.iter().map(|x| x.id.as_str()).collect();
    assert!(new.contains(&"value.effect_tracking") && new.contains(&"digital.inclusion"));
    assert!(!new.contains(&"vision.written"));
}

#[test]
fn new_questions_are_marked_until_answered() {
    let q = current();
    let mut a = revision_one();
    assert!(!is_new_for(&a, q, "digital.inclusion"), "not upgraded yet");
    upgrade(&mut a, q);
    assert!(is_new_for(&a, q, "digital.inclusion"));
    assert!(
        !is_new_for(&a, q, "vision.priority_customers"),
        "asked before"
    );
    a.set_choice("digital.inclusion", Some(Choice::DontKnow), 20);
    assert!(!is_new_for(&a, q, "digital.inclusion"));
    assert!(asked_in(q, 99, "anything"));
}

#[test]
fn other_questionnaires_and_current_revisions_are_left_alone() {
    let q = current();
    let mut current_one = Assessment::new("now".into(), 0, q);
    assert!(!upgrade(&mut current_one, q));
    let mut foreign = revision_one();
    foreign.questionnaire = "something-else".into();
    assert!(!upgrade(&mut foreign, q));
    assert_eq!(foreign.revision, 1);
}

#[test]
fn a_ladder_that_gained_a_level_keeps_what_the_old_answer_meant() {
    let q = current();
    let mut a = Assessment::new("r3".into(), 5, q);
    a.revision = 3;
    let id = "leadership.frontline_room";
    let level = |a: &Assessment| a.answer(id).and_then(|x| x.level()).map(Level::get);
    for (old, new) in [(1, 1), (2, 3), (3, 3), (4, 4), (5, 5)] {
        let mut b = a.clone();
        b.set_choice(id, Level::new(old).map(Choice::Level), 10);
        upgrade(&mut b, q);
        assert_eq!(level(&b), Some(new), "old level {old}");
    }
    a.set_choice(id, Some(Choice::DontKnow), 10);
    upgrade(&mut a, q);
    assert_eq!(a.choice(id), Some(Choice::DontKnow));
    let mut now = Assessment::new("r4".into(), 5, q);
    now.set_choice(id, Level::new(2).map(Choice::Level), 10);
    assert!(!upgrade(&mut now, q));
    assert_eq!(level(&now), Some(2), "an answer on the new ladder stays");
}

#[test]
fn a_rewritten_ladder_is_named_and_nothing_else_is_called_new() {
    let q = current();
    let mut a = Assessment::new("r3".into(), 5, q);
    a.revision = 3;
    a.set_choice("vision.written", Level::new(2).map(Choice::Level), 10);
    let mut untouched = a.clone();
    upgrade(&mut untouched, q);
    let only_statements = whats_new(&untouched, q).unwrap();
    assert_eq!(
        only_statements.new_statements, 3,
        "revision 5 replaced three statements"
    );
    assert!(only_statements.new_questions.is_empty() && only_statements.reworded.is_empty());
    a.set_choice(
        "leadership.frontline_room",
        Level::new(2).map(Choice::Level),
        10,
    );
    upgrade(&mut a, q);
    let news = whats_new(&a, q).unwrap();
    let reworded: Vec<&str> = news.reworded.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(reworded, ["leadership.frontline_room"]);
    assert!(news.new_questions.is_empty() && news.kept_aside.is_empty());
    let from_one = {
        let mut b = revision_one();
        upgrade(&mut b, q);
        whats_new(&b, q).unwrap()
    };
    assert!(from_one.reworded.is_empty(), "not answered there");
}

#[test]
fn revision_5_asks_three_statements_anew_and_old_answers_stop_counting() {
    use crate::domain::scoring::profile::profile;
    let q = current();
    let mut a = Assessment::new("r4".into(), 5, q);
    a.revision = 4;
    let clearly_first = Level::new(1).map(Choice::Level);
    for id in [
        "drive.early",
        "drive.feedback",
        "drive.attention",
        "drive.ambition",
        "drive.budget",
        "grounding.basics",
        "grounding.stop",
        "grounding.words",
    ] {
        a.set_choice(id, clearly_first, 10);
    }
    upgrade(&mut a, q);
    let news = whats_new(&a, q).unwrap();
    assert_eq!(news.new_statements, 3);
    for id in ["drive.resources", "grounding.trial", "grounding.sources"] {
        assert!(is_new_for(&a, q, id), "{id}");
    }
    assert!(!is_new_for(&a, q, "drive.early"));
    // The old budget answer stays in the record, but only the four statements
    // still asked count towards drive.
    assert!(a.choice("drive.budget").is_some());
    let drive = profile(q, &a).map(|p| p.drive);
    assert_eq!(drive.map(|d| d.style_items), Some(4));
}
