use super::*;
use crate::domain::answers::Choice;
use crate::domain::locale::Locale;
use crate::domain::questionnaire::current;
use crate::domain::questionnaire::Axis;
use crate::domain::scoring::profile::profile;
use proptest::prelude::*;

fn answered(levels: &[(&str, u8)]) -> Assessment {
    let q = current();
    let mut a = Assessment::new("t".into(), 0, q);
    for &(id, n) in levels {
        a.set_choice(id, Level::new(n).map(Choice::Level), 1);
    }
    a
}

/// The first question of the given weight, and its dimension's id.
fn of_weight(weight: u8, not_in: &str) -> (&'static str, &'static str) {
    current()
        .dimensions
        .iter()
        .filter(|d| d.id != not_in)
        .find_map(|d| {
            let q = d.questions.iter().find(|q| q.weight == weight)?;
            Some((q.id.as_str(), d.id.as_str()))
        })
        .unwrap()
}

#[test]
fn gaps_rank_by_weight_times_levels_to_climb_not_by_lowest_level() {
    let q = current();
    let (heavy, heavy_dim) = of_weight(3, "");
    let (light, _) = of_weight(1, heavy_dim);
    // Heavy at level 3: 3 × 2 = 6. Light at level 1: 1 × 4 = 4.
    let a = answered(&[(light, 1), (heavy, 3)]);
    let gaps = top_gaps(q, &a, None);
    let ids: Vec<(&str, f64)> = gaps
        .iter()
        .map(|g| (g.question.id.as_str(), g.priority))
        .collect();
    assert_eq!(ids, [(heavy, 6.0), (light, 4.0)]);
    assert_eq!(
        gaps[0].instruction(),
        &q.question(heavy).unwrap().levels[2].next
    );
    assert!(gaps.iter().all(|g| g.owner(q).is_some()));
}

#[test]
fn at_most_one_gap_per_dimension() {
    let q = current();
    let first = &q.dimensions[0];
    let mut levels: Vec<(&str, u8)> = first.questions.iter().map(|x| (x.id.as_str(), 1)).collect();
    levels.push((q.dimensions[1].questions[0].id.as_str(), 4));
    let gaps = top_gaps(q, &answered(&levels), None);
    let dims: Vec<&str> = gaps.iter().map(|g| g.dimension.id.as_str()).collect();
    assert_eq!(dims, [first.id.as_str(), q.dimensions[1].id.as_str()]);
}

#[test]
fn at_the_top_the_keep_learning_steps_of_the_weightiest_practices_fill_in() {
    let q = current();
    let all: Vec<(&str, u8)> = q.questions().map(|x| (x.id.as_str(), 5)).collect();
    let gaps = top_gaps(q, &answered(&all), None);
    assert_eq!(gaps.len(), GAPS);
    assert!(gaps.iter().all(|g| g.keeps_learning() && g.priority == 0.0));
    assert!(gaps.iter().all(|g| g.question.weight == 3));
    assert!(gaps
        .iter()
        .all(|g| g.instruction().get(Locale::En).starts_with("Keep learning")));
    let mut dims: Vec<&str> = gaps.iter().map(|g| g.dimension.id.as_str()).collect();
    dims.dedup();
    assert_eq!(dims.len(), GAPS);
}

#[test]
fn signals_and_the_profile_feed_the_plan_in_turn() {
    let q = current();
    let (heavy, heavy_dim) = of_weight(3, "");
    let (light, _) = of_weight(1, heavy_dim);
    let mut a = answered(&[(heavy, 2), (light, 2)]);
    a.set_signal(q, "complaints_unanalysed", Some(true), 1);
    a.set_signal(q, "nps_goal", Some(true), 1);
    let signals = warnings(q, &a);
    let gaps = top_gaps(q, &a, None);
    let moves = plan(q, &gaps, &signals, None);
    let sources: Vec<Source> = moves.iter().map(|m| m.source).collect();
    let nps = q.signal("nps_goal").unwrap();
    let heavy_q = q.question(heavy).unwrap();
    let light_q = q.question(light).unwrap();
    // Signals in questionnaire order: nps_goal comes before complaints_unanalysed.
    assert_eq!(
        sources,
        [
            Source::Gap(heavy_q),
            Source::Signal(nps),
            Source::Gap(light_q)
        ]
    );
    assert_eq!(
        moves.iter().map(|m| m.by_day).collect::<Vec<_>>(),
        PLAN_DAYS
    );
    // The signal's action, not its explanation (that stays with the warning).
    assert_eq!(moves[1].text, &nps.action);
    assert_ne!(nps.action.get(Locale::En), nps.why.get(Locale::En));
    assert!(moves.iter().all(|m| m.owner.is_some()));
}

#[test]
fn the_profile_breaks_ties_and_adds_its_first_move() {
    let q = current();
    let mut a = answered(&[]);
    // Two gaps of equal priority: the one in a grounding dimension wins for an enthusiast.
    let needs = q
        .dimension("needs")
        .unwrap()
        .questions
        .iter()
        .find(|x| x.weight == 2)
        .unwrap();
    let vision = q
        .dimension("vision")
        .unwrap()
        .questions
        .iter()
        .find(|x| x.weight == 2)
        .unwrap();
    a.set_choice(&vision.id, Level::new(2).map(Choice::Level), 1);
    a.set_choice(&needs.id, Level::new(2).map(Choice::Level), 1);
    for item in &q.style_items {
        let place = item.place_toward(item.axis == Axis::Drive, true);
        a.set_choice(&item.id, Level::new(place as u8 + 1).map(Choice::Level), 1);
    }
    let p = profile(q, &a).unwrap();
    assert_eq!(p.archetype, Archetype::DutchEnthusiast);
    let gaps = top_gaps(q, &a, Some(&p));
    assert_eq!(gaps[0].question.id, needs.id);
    assert!(gaps[0].profile_focus && gaps[0].priority == 6.5);
    let moves = plan(q, &gaps, &[], Some(&p));
    assert_eq!(moves[1].source, Source::Profile(Archetype::DutchEnthusiast));
    // However many signals are "yes", the profile's move stays in the 90 days.
    for signal in &q.signals {
        a.set_signal(q, &signal.id, Some(true), 2);
    }
    let moves = plan(q, &gaps, &warnings(q, &a), Some(&p));
    assert_eq!(moves.len(), PLAN_DAYS.len());
    assert!(moves
        .iter()
        .any(|m| m.source == Source::Profile(Archetype::DutchEnthusiast)));
}

#[test]
fn nothing_answered_gives_no_gaps_and_no_plan() {
    let q = current();
    let a = answered(&[]);
    assert!(top_gaps(q, &a, None).is_empty());
    assert!(plan(q, &[], &[], None).is_empty());
    assert!(warnings(q, &a).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn no_two_steps_are_the_same(levels in prop::collection::vec(prop::option::of(1u8..=5), current().question_count()),
                                 signals in prop::collection::vec(any::<bool>(), current().signals.len())) {
        let q = current();
        let mut a = answered(&[]);
        for (question, level) in q.questions().zip(&levels) {
            a.set_choice(&question.id, level.and_then(Level::new).map(Choice::Level), 1);
        }
        for (signal, &yes) in q.signals.iter().zip(&signals) {
            a.set_signal(q, &signal.id, Some(yes), 1);
        }
        let gaps = top_gaps(q, &a, None);
        let moves = plan(q, &gaps, &warnings(q, &a), None);
        for (i, x) in moves.iter().enumerate() {
            for y in &moves[i + 1..] {
                prop_assert_ne!(x.text.get(Locale::En), y.text.get(Locale::En));
                prop_assert_ne!(x.text.get(Locale::Nl), y.text.get(Locale::Nl));
            }
        }
        for (i, x) in gaps.iter().enumerate() {
            for y in &gaps[i + 1..] {
                prop_assert_ne!(&x.dimension.id, &y.dimension.id);
            }
        }
    }
}
