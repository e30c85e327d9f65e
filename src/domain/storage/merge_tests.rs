use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;
use proptest::prelude::*;

fn level(n: u8) -> Option<Choice> {
    Level::new(n).map(Choice::Level)
}

fn state_with(a: Assessment) -> SavedState {
    SavedState {
        assessments: vec![a],
        ..SavedState::default()
    }
}

/// One assessment both tabs loaded: two answers given at time 10.
fn base() -> SavedState {
    let mut a = Assessment::new("a".into(), 1, current());
    a.set_choice("vision.written", level(2), 10);
    a.set_choice("vision.chain", level(3), 10);
    state_with(a)
}

fn edit(state: &SavedState, change: impl FnOnce(&mut Assessment)) -> SavedState {
    let mut state = state.clone();
    if let Some(a) = state.assessment_mut("a") {
        change(a);
    }
    state
}

fn both_ways(x: &SavedState, y: &SavedState) -> SavedState {
    let merged = merge_states(x, y);
    assert_eq!(merged, merge_states(y, x), "the merge depends on the order");
    merged
}

#[test]
fn answers_given_in_two_tabs_are_both_kept() {
    let tab1 = edit(&base(), |a| a.set_choice("vision.shared", level(4), 20));
    let tab2 = edit(&base(), |a| {
        a.set_signal(current(), "nps_goal", Some(true), 21);
        a.set_note("vision.chain", "vraag inkoop", 22);
    });
    let merged = both_ways(&tab1, &tab2);
    let a = merged.assessment("a").unwrap();
    assert_eq!(a.choice("vision.shared"), level(4));
    assert_eq!(a.signal("nps_goal"), Some(true));
    assert_eq!(a.answer("vision.chain").unwrap().note, "vraag inkoop");
    assert_eq!(a.choice("vision.chain"), level(3));
    assert_eq!(a.updated_ms, 22);
}

#[test]
fn the_later_change_to_the_same_answer_wins_clearing_included() {
    let cleared_later = edit(&base(), |a| a.set_choice("vision.written", None, 30));
    let changed_earlier = edit(&base(), |a| a.set_choice("vision.written", level(5), 20));
    let merged = both_ways(&cleared_later, &changed_earlier);
    assert_eq!(
        merged.assessment("a").unwrap().choice("vision.written"),
        None
    );

    let changed_later = edit(&base(), |a| a.set_choice("vision.written", level(5), 40));
    let merged = both_ways(&cleared_later, &changed_later);
    assert_eq!(
        merged.assessment("a").unwrap().choice("vision.written"),
        level(5)
    );
}

#[test]
fn a_deleted_assessment_stays_deleted() {
    let mut deleted = base();
    assert!(deleted.remove("a", 50));
    assert!(both_ways(&deleted, &base()).assessments.is_empty());
    let edited_after = edit(&base(), |a| a.set_choice("vision.shared", level(1), 60));
    let merged = both_ways(&deleted, &edited_after);
    assert!(merged.assessments.is_empty());
    assert!(merged.deleted.contains_key("a"));
}

#[test]
fn assessments_created_in_either_tab_are_all_kept_in_one_order() {
    let mut tab1 = base();
    tab1.assessments
        .push(Assessment::new("z".into(), 30, current()));
    let mut tab2 = base();
    tab2.assessments
        .push(Assessment::new("b".into(), 20, current()));
    let merged = both_ways(&tab1, &tab2);
    let ids: Vec<_> = merged.assessments.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "z"]);
}

#[test]
fn data_from_before_stamps_merges_without_losing_either_side() {
    let mut legacy = base();
    legacy.assessments[0].stamps.clear();
    let newer = edit(&base(), |a| a.set_choice("vision.written", level(4), 20));
    let merged = both_ways(&legacy, &newer);
    let a = merged.assessment("a").unwrap();
    assert_eq!(a.choice("vision.written"), level(4));
    assert_eq!(a.choice("vision.chain"), level(3));
}

/// A random change, as a tab makes one.
#[derive(Clone, Debug)]
enum Op {
    Choose(usize, u8, u64),
    Signal(usize, Option<bool>, u64),
    Label(u8, u64),
    Step(usize, u64),
    Delete(u64),
    Create(u8, u64),
}

const QUESTIONS: [&str; 3] = ["vision.written", "vision.chain", "vision.shared"];
const SIGNALS: [&str; 2] = ["nps_goal", "buzzwords"];
const STEPS: [&str; 3] = ["intro", "vision", "journeys"];

fn op() -> impl Strategy<Value = Op> {
    let t = 11u64..40;
    prop_oneof![
        (0..3usize, 0..6u8, t.clone()).prop_map(|(q, l, t)| Op::Choose(q, l, t)),
        (0..2usize, proptest::option::of(any::<bool>()), t.clone())
            .prop_map(|(s, v, t)| Op::Signal(s, v, t)),
        (0..3u8, t.clone()).prop_map(|(l, t)| Op::Label(l, t)),
        (0..3usize, t.clone()).prop_map(|(s, t)| Op::Step(s, t)),
        t.clone().prop_map(Op::Delete),
        (0..3u8, t).prop_map(|(n, t)| Op::Create(n, t)),
    ]
}

fn apply(state: &SavedState, ops: &[Op]) -> SavedState {
    let q = current();
    let mut s = state.clone();
    for op in ops {
        let a = s.assessment_mut("a");
        match (op, a) {
            (Op::Choose(i, l, t), Some(a)) => a.set_choice(QUESTIONS[*i], level(*l), *t),
            (Op::Signal(i, v, t), Some(a)) => a.set_signal(q, SIGNALS[*i], *v, *t),
            (Op::Label(l, t), Some(a)) => a.set_label(&"x".repeat(usize::from(*l)), *t),
            (Op::Step(i, t), Some(a)) => a.visit(STEPS[*i], *t),
            (Op::Delete(t), Some(_)) => {
                s.remove("a", *t);
            }
            (Op::Create(n, t), _) => {
                let id = format!("n{n}-{t}");
                if s.assessment(&id).is_none() {
                    s.assessments.push(Assessment::new(id, *t, q));
                }
            }
            (_, None) => {}
        }
    }
    s
}

proptest! {
    #[test]
    fn merging_is_commutative_associative_and_idempotent(
        x in proptest::collection::vec(op(), 0..8),
        y in proptest::collection::vec(op(), 0..8),
        z in proptest::collection::vec(op(), 0..8),
    ) {
        let (x, y, z) = (apply(&base(), &x), apply(&base(), &y), apply(&base(), &z));
        let xy = merge_states(&x, &y);
        prop_assert_eq!(&xy, &merge_states(&y, &x));
        prop_assert_eq!(merge_states(&xy, &z), merge_states(&x, &merge_states(&y, &z)));
        prop_assert_eq!(merge_states(&xy, &xy), xy.clone());
        // Merging what another tab already merged changes nothing: no endless writes.
        prop_assert_eq!(merge_states(&x, &xy), xy.clone());
    }

    #[test]
    fn no_answer_given_in_one_tab_only_is_lost(
        x in proptest::collection::vec(op(), 0..8),
        q in 0..3usize, l in 1..6u8,
    ) {
        // Tab 2 answers once, later than anything tab 1 does.
        let tab1 = apply(&base(), &x);
        let tab2 = apply(&base(), &[Op::Choose(q, l, 45)]);
        let merged = merge_states(&tab1, &tab2);
        match merged.assessment("a") {
            Some(a) => prop_assert_eq!(a.choice(QUESTIONS[q]), level(l)),
            None => prop_assert!(tab1.deleted.contains_key("a"), "lost without a deletion"),
        }
        // Every assessment either tab created is there.
        for a in tab1.assessments.iter().filter(|a| a.id != "a") {
            prop_assert!(merged.assessment(&a.id).is_some());
        }
    }
}
