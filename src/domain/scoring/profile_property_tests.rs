//! Property tests: style answers never change a maturity score, and maturity
//! answers and signals never change the profile.

use super::*;
use crate::domain::answers::Level;
use crate::domain::questionnaire::applicability;
use crate::domain::questionnaire::current;
use crate::domain::scoring::scores::{dimension_scores, overall, DimensionScore};
use crate::domain::scoring::stage::stage;
use proptest::prelude::*;

fn any_style() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::of(0u8..=4), current().style_items.len())
}

fn any_levels() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::of(1u8..=7), current().question_count())
}

fn level_choice(n: u8) -> Choice {
    match n {
        6 => Choice::DontKnow,
        7 => Choice::NotApplicable,
        n => Choice::Level(Level::new(n).unwrap()),
    }
}

fn with_levels(a: &mut Assessment, levels: &[Option<u8>], stamp: u64) {
    for (question, level) in current().questions().zip(levels) {
        a.set_choice(&question.id, level.map(level_choice), stamp);
    }
}

fn with_style(a: &mut Assessment, style: &[Option<u8>], stamp: u64) {
    for (item, pick) in current().style_items.iter().zip(style) {
        let choice = pick.map(|n| {
            if n == 0 {
                Choice::DontKnow
            } else {
                Choice::Level(Level::new(n).unwrap())
            }
        });
        a.set_choice(&item.id, choice, stamp);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn style_items_never_change_a_maturity_score(levels in any_levels(), style in any_style()) {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        with_levels(&mut a, &levels, 1);
        let before = dimension_scores(q, &a);
        let mut b = a.clone();
        with_style(&mut b, &style, 2);
        let after = dimension_scores(q, &b);
        let key = |s: &[DimensionScore]| s.iter().map(|d| (d.dimension.id.clone(), d.mean, d.levels)).collect::<Vec<_>>();
        prop_assert_eq!(key(&before), key(&after));
        prop_assert_eq!(overall(&before), overall(&after));
        prop_assert_eq!(stage(&before).map(|s| s.level), stage(&after).map(|s| s.level));
        prop_assert_eq!(applicability::answered_count(q, &a), applicability::answered_count(q, &b));
    }

    /// The profile reads the statements only: any change of maturity answers or
    /// signals leaves drive, grounding, quadrant and clarity as they were.
    #[test]
    fn maturity_answers_and_signals_never_change_the_profile(
        style in any_style(),
        before in any_levels(),
        after in any_levels(),
        signals in prop::collection::vec(prop::option::of(any::<bool>()), current().signals.len()),
    ) {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        with_style(&mut a, &style, 1);
        with_levels(&mut a, &before, 1);
        let mut b = a.clone();
        with_levels(&mut b, &after, 2);
        for (signal, yes) in q.signals.iter().zip(&signals) {
            b.set_signal(q, &signal.id, *yes, 2);
        }
        prop_assert_eq!(profile(q, &a), profile(q, &b));
    }
}
