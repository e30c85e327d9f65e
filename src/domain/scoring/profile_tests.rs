use super::*;
use crate::domain::answers::Level;
use crate::domain::locale::{Locale, Localized};
use crate::domain::questionnaire::applicability;
use crate::domain::questionnaire::current;
use crate::domain::scoring::scores::{dimension_scores, overall};
use crate::domain::scoring::stage::stage;
use proptest::prelude::*;

/// An assessment with the style items answered by the option of the given
/// value (0, 50 or 100), so the tests do not depend on the options' order.
fn styled(values: &[(&str, u8)]) -> Assessment {
    let q = current();
    let mut a = Assessment::new("t".into(), 0, q);
    for &(id, value) in values {
        let item = q.style_item(id).unwrap();
        let place = item.options.iter().position(|o| o.value == value).unwrap();
        a.set_choice(id, Level::new(place as u8 + 1).map(Choice::Level), 1);
    }
    a
}

fn drive(values: [u8; 5]) -> Vec<(&'static str, u8)> {
    let ids = [
        "style.pace",
        "style.try_first",
        "style.feedback_speed",
        "style.belief",
        "style.horizon",
    ];
    ids.into_iter().zip(values).collect()
}

fn grounding(values: [u8; 4]) -> Vec<(&'static str, u8)> {
    let ids = [
        "style.words",
        "style.basics",
        "style.evidence",
        "style.worth",
    ];
    ids.into_iter().zip(values).collect()
}

fn profile_of(a: &Assessment) -> Option<Profile> {
    let q = current();
    profile(q, a, &dimension_scores(q, a))
}

#[test]
fn the_style_items_are_the_ones_these_tests_name() {
    let q = current();
    for (id, _) in drive([0; 5]).into_iter().chain(grounding([0; 4])) {
        assert!(q.style_item(id).is_some(), "{id}");
    }
    let of = |axis| q.style_items.iter().filter(|s| s.axis == axis).count();
    assert_eq!((of(Axis::Drive), of(Axis::Grounding)), (5, 4));
}

#[test]
fn hand_worked_style_sets() {
    // Enthusiast: drive (100+100+50+100+50)/5 = 80, grounding (0+0+50+0)/4 = 12.5.
    let a = styled(&[drive([100, 100, 50, 100, 50]), grounding([0, 0, 50, 0])].concat());
    let p = profile_of(&a).unwrap();
    assert_eq!((p.drive.value, p.grounding.value), (80.0, 12.5));
    assert_eq!((p.drive.maturity, p.drive.style_items), (None, 5));
    assert_eq!(p.archetype, Archetype::DutchEnthusiast);

    // Follower: drive (0+0+50+0+0)/5 = 10, grounding (100+100+100+50)/4 = 87.5.
    let a = styled(&[drive([0, 0, 50, 0, 0]), grounding([100, 100, 100, 50])].concat());
    let p = profile_of(&a).unwrap();
    assert_eq!((p.drive.value, p.grounding.value), (10.0, 87.5));
    assert_eq!(p.archetype, Archetype::FlemishFollower);

    // Balanced: 70 and 62.5. Starter: 30 and 25.
    let a = styled(&[drive([100, 50, 100, 50, 50]), grounding([100, 50, 50, 50])].concat());
    assert_eq!(profile_of(&a).unwrap().archetype, Archetype::Balanced);
    let a = styled(&[drive([0, 50, 50, 50, 0]), grounding([50, 50, 0, 0])].concat());
    assert_eq!(profile_of(&a).unwrap().archetype, Archetype::Starter);
}

#[test]
fn maturity_informs_an_axis_at_a_third_of_the_weight_and_signals_lower_it() {
    let q = current();
    let mut a = styled(&[drive([100, 100, 50, 100, 50]), grounding([0, 0, 50, 0])].concat());
    // Listening at level 2 (25) informs drive: 0.7 × 80 + 0.3 × 25 = 63.5.
    a.set_choice("listening.methods", Level::new(2).map(Choice::Level), 1);
    let p = profile_of(&a).unwrap();
    assert_eq!(p.drive.maturity, Some(25.0));
    assert!((p.drive.value - 63.5).abs() < 1e-9);
    // One overreaction signal: grounding 12.5 − 10 = 2.5. Two holding-back
    // signals: drive 63.5 − 20 = 43.5, now low: a starter.
    a.set_signal(q, "nps_goal", Some(true), 2);
    a.set_signal(q, "revenue_first", Some(true), 2);
    a.set_signal(q, "payback_in_year", Some(true), 2);
    let p = profile_of(&a).unwrap();
    assert!((p.grounding.value - 2.5).abs() < 1e-9);
    assert!((p.drive.value - 43.5).abs() < 1e-9);
    assert_eq!((p.drive.signals, p.grounding.signals), (2, 1));
    assert_eq!(p.archetype, Archetype::Starter);
    // A "no" lowers nothing, and an axis never goes below 0.
    a.set_signal(q, "buzzwords", Some(false), 3);
    a.set_signal(q, "unasked_improvements", Some(true), 3);
    assert_eq!(profile_of(&a).unwrap().grounding.value, 0.0);
}

#[test]
fn maturity_alone_never_decides_an_axis() {
    let q = current();
    let mut a = Assessment::new("t".into(), 0, q);
    for question in q.questions() {
        a.set_choice(&question.id, Level::new(5).map(Choice::Level), 1);
    }
    assert_eq!(profile_of(&a), None, "no style answers, no profile");
    // One style item per axis is not enough; "can't say" does not count.
    let mut a = styled(&[("style.pace", 100), ("style.words", 0)]);
    a.set_choice("style.belief", Some(Choice::DontKnow), 1);
    a.set_choice("style.basics", Some(Choice::DontKnow), 1);
    assert_eq!(profile_of(&a), None);
    // Even with maturity at its lowest, a fully eager style keeps drive at 70.
    let mut a = styled(&[drive([100; 5]), grounding([100; 4])].concat());
    for question in q.questions() {
        a.set_choice(&question.id, Level::new(1).map(Choice::Level), 1);
    }
    let p = profile_of(&a).unwrap();
    assert_eq!((p.drive.value, p.grounding.value), (70.0, 70.0));
    assert_eq!(p.archetype, Archetype::Balanced);
}

#[test]
fn a_style_answer_outside_the_options_is_ignored() {
    let mut a = styled(&[drive([100, 100, 100, 100, 0]), grounding([0, 0, 0, 0])].concat());
    a.set_choice("style.horizon", Level::new(5).map(Choice::Level), 2);
    let p = profile_of(&a).unwrap();
    assert_eq!((p.drive.style, p.drive.style_items), (100.0, 4));
}

#[test]
fn excellence_is_said_only_from_stage_four() {
    let q = current();
    let says = |text: &Localized| {
        text.all()
            .iter()
            .any(|(_, t)| t.to_lowercase().contains("excellen"))
    };
    for p in &q.profiles {
        let texts = [&p.name, &p.summary]
            .into_iter()
            .chain(&p.strengths)
            .chain(&p.risks)
            .chain(&p.first_moves);
        for text in texts {
            assert!(!says(text), "profile {}: {}", p.id, text.get(Locale::En));
        }
    }
    for (i, text) in q.stage_texts.iter().enumerate() {
        assert_eq!(
            says(text),
            i >= 3,
            "stage {}: {}",
            i + 1,
            text.get(Locale::En)
        );
    }
    assert!(q.level_names.iter().all(|n| !says(n)));
}

fn any_style() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::of(0u8..=4), current().style_items.len())
}

fn any_levels() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::of(1u8..=7), current().question_count())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn style_items_never_change_a_maturity_score(levels in any_levels(), style in any_style()) {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        for (question, level) in q.questions().zip(&levels) {
            let choice = level.map(|n| match n {
                6 => Choice::DontKnow,
                7 => Choice::NotApplicable,
                n => Choice::Level(Level::new(n).unwrap()),
            });
            a.set_choice(&question.id, choice, 1);
        }
        let before = dimension_scores(q, &a);
        let mut b = a.clone();
        for (item, pick) in q.style_items.iter().zip(&style) {
            let choice = pick.map(|n| if n == 0 { Choice::DontKnow } else { Choice::Level(Level::new(n).unwrap()) });
            b.set_choice(&item.id, choice, 2);
        }
        let after = dimension_scores(q, &b);
        let key = |s: &[DimensionScore]| s.iter().map(|d| (d.dimension.id.clone(), d.mean, d.levels)).collect::<Vec<_>>();
        prop_assert_eq!(key(&before), key(&after));
        prop_assert_eq!(overall(&before), overall(&after));
        prop_assert_eq!(stage(&before).map(|s| s.level), stage(&after).map(|s| s.level));
        prop_assert_eq!(applicability::answered_count(q, &a), applicability::answered_count(q, &b));
    }
}
