use super::*;
use crate::domain::answers::Choice;
use crate::domain::locale::Locale;
use crate::domain::questionnaire::current;
use crate::domain::scoring::plan::{plan, warnings, Source, PLAN_SIGNALS, STEP_DAYS};
use crate::domain::scoring::profile::profile;
use crate::domain::scoring::ranking::{candidates, waits};
use proptest::prelude::*;

fn answered(levels: &[(&str, u8)]) -> Assessment {
    let q = current();
    let mut a = Assessment::new("t".into(), 0, q);
    for &(id, n) in levels {
        a.set_choice(id, Level::new(n).map(Choice::Level), 1);
    }
    a
}

fn ids(gaps: &[Gap]) -> Vec<String> {
    gaps.iter().map(|g| g.question.id.clone()).collect()
}

#[test]
fn weight_times_levels_to_climb_ranks_and_the_weakest_theme_breaks_ties() {
    let q = current();
    // digital.self_service (weight 3) at 3: 3 × 2 = 6; vision.written (1) at 1: 1 × 4 = 4;
    // people.voice (2) at 2: 2 × 3 = 6, a tie with self_service, but people's theme
    // scores 25 against digital's 50, so people goes first.
    let a = answered(&[
        ("vision.written", 1),
        ("digital.self_service", 3),
        ("people.voice", 2),
    ]);
    let gaps = candidates(q, &a);
    let ranked: Vec<(String, f64)> = gaps
        .iter()
        .map(|g| (g.question.id.clone(), g.priority))
        .collect();
    assert_eq!(
        ranked,
        [
            ("people.voice".to_owned(), 6.0),
            ("digital.self_service".to_owned(), 6.0),
            ("vision.written".to_owned(), 4.0)
        ]
    );
    assert_eq!(
        gaps[1].instruction(q).unwrap(),
        &crate::domain::questionnaire::step_details::native().questions[q
            .questions()
            .position(|x| x.id == "digital.self_service")
            .unwrap()][2]
            .next
    );
    assert!(gaps
        .iter()
        .all(|g| g.owner(q).is_some() && g.details(q).is_some()));
}

#[test]
fn a_step_waits_for_its_prerequisite_and_hands_it_its_priority() {
    let q = current();
    // A journey redesign (weight 3 at level 1: 12) waits until priority journeys are
    // chosen (level 3); vision.priority_journeys (weight 2 at level 2: 6) takes the 12.
    let a = answered(&[
        ("journeys.redesign", 1),
        ("vision.priority_journeys", 2),
        ("needs.effort", 2),
    ]);
    let gaps = candidates(q, &a);
    assert_eq!(ids(&gaps), ["vision.priority_journeys", "needs.effort"]);
    assert_eq!(gaps[0].priority, 12.0);
    assert_eq!(gaps[1].priority, 9.0);
    // With priority journeys chosen, the redesign is proposed on its own weight.
    let a = answered(&[
        ("journeys.redesign", 1),
        ("vision.priority_journeys", 3),
        ("needs.effort", 2),
    ]);
    assert_eq!(
        ids(&candidates(q, &a)),
        [
            "journeys.redesign",
            "needs.effort",
            "vision.priority_journeys"
        ]
    );
    // Chains: journeys.mapped waits for priority journeys too; redesign from level 3
    // waits for a map.
    let a = answered(&[
        ("journeys.redesign", 3),
        ("journeys.mapped", 1),
        ("vision.priority_journeys", 3),
    ]);
    assert_eq!(
        ids(&candidates(q, &a)),
        ["journeys.mapped", "vision.priority_journeys"]
    );
}

#[test]
fn the_top_three_hold_one_step_per_theme_and_per_family() {
    let q = current();
    let first = &q.dimensions[0];
    let mut levels: Vec<(&str, u8)> = first.questions.iter().map(|x| (x.id.as_str(), 1)).collect();
    levels.push((q.dimensions[1].questions[0].id.as_str(), 4));
    let gaps = top_gaps(q, &answered(&levels), None);
    let dims: Vec<&str> = gaps.iter().map(|g| g.dimension.id.as_str()).collect();
    assert_eq!(dims, [first.id.as_str(), q.dimensions[1].id.as_str()]);
    // listening.methods L2 and needs.known L2 are both customer interviews: one only.
    let a = answered(&[
        ("listening.methods", 2),
        ("needs.known", 2),
        ("vision.priority_customers", 5),
    ]);
    let gaps = top_gaps(q, &a, None);
    assert_eq!(gaps[0].family(), "customer_interviews");
    assert_eq!(
        gaps.iter()
            .filter(|g| g.family() == "customer_interviews")
            .count(),
        1
    );
}

#[test]
fn each_profile_gets_its_move_in_the_top_three() {
    let q = current();
    // Weak everywhere except a few grounding and drive practices at 4, so the move
    // is never the highest priority by itself.
    let mut base: Vec<(&str, u8)> = q.questions().map(|x| (x.id.as_str(), 2)).collect();
    for (id, level) in &mut base {
        if q.question(id)
            .unwrap()
            .moves()
            .is_some_and(|k| k != MoveKind::Foundation)
        {
            *level = 4;
        }
    }
    let cases = [
        ((true, false), Some(MoveKind::Grounding)),
        ((false, true), Some(MoveKind::Drive)),
        ((false, false), Some(MoveKind::Foundation)),
        ((true, true), None),
    ];
    for ((drive, grounding), kind) in cases {
        let mut a = answered(&base);
        a.answer_every_statement(current(), drive, grounding);
        let p = profile(q, &a).unwrap();
        assert_eq!(move_kind(Some(&p)), kind);
        let gaps = top_gaps(q, &a, Some(&p));
        let m: Vec<&Gap> = gaps.iter().filter(|g| g.profile_move).collect();
        assert_eq!(m.len(), 1, "{:?}", p.archetype);
        match kind {
            Some(kind) => assert_eq!(m[0].question.moves(), Some(kind)),
            None => assert_eq!(m[0].dimension.id, weakest_with_a_step(&a, &gaps)),
        }
        let moves = plan(q, &gaps, &[]);
        assert!(moves.iter().any(|x| x.is_profile_move()));
    }
}

/// The lowest-scoring theme, as the balanced move takes it (here every theme with a
/// step is in play).
fn weakest_with_a_step(a: &Assessment, _gaps: &[Gap]) -> String {
    let q = current();
    let mut scores = dimension_scores(q, a);
    scores.sort_by(|x, y| x.score.total_cmp(&y.score));
    scores[0].dimension.id.clone()
}

#[test]
fn the_plan_dates_the_steps_and_adds_two_signals_as_actions() {
    let q = current();
    let a = {
        let mut a = answered(&[
            ("digital.self_service", 2),
            ("vision.written", 2),
            ("people.voice", 3),
        ]);
        for s in &q.signals {
            a.set_signal(q, &s.id, Some(true), 1);
        }
        a
    };
    let gaps = top_gaps(q, &a, None);
    let signals = warnings(q, &a);
    let moves = plan(q, &gaps, &signals);
    assert_eq!(moves.len(), gaps.len() + PLAN_SIGNALS);
    let days: Vec<u16> = moves.iter().map(|m| m.by_day).collect();
    // The first month holds one action; the signals' beside the second and third step.
    assert_eq!(days, [30, 60, 60, 90, 90]);
    // The signal's action, not its explanation (that stays with the warning).
    let Source::Signal(first) = moves[2].source else {
        panic!("a signal on day 60")
    };
    let step = crate::domain::questionnaire::step_details::of_signal(q, first).unwrap();
    assert_eq!(moves[2].text(q), Some(&step.next));
    assert_ne!(step.next.get(Locale::En), first.why.get(Locale::En));
    assert!(moves.iter().all(|m| m.owner.is_some()));
    assert!(moves
        .iter()
        .all(|m| m.by_day % STEP_DAYS == 0 && m.by_day <= 90));
}

#[test]
fn nothing_answered_gives_no_gaps_and_no_plan() {
    let q = current();
    let a = answered(&[]);
    assert!(top_gaps(q, &a, None).is_empty());
    assert!(plan(q, &[], &[]).is_empty());
    assert!(warnings(q, &a).is_empty());
}

fn any_assessment() -> impl Strategy<Value = Assessment> {
    let q = current();
    (
        prop::collection::vec(prop::option::of(1u8..=5), q.question_count()),
        prop::collection::vec(prop::option::of(1u8..=4), q.style_items.len()),
        prop::collection::vec(any::<bool>(), q.signals.len()),
    )
        .prop_map(|(levels, styles, signals)| {
            let q = current();
            let mut a = answered(&[]);
            for (question, level) in q.questions().zip(&levels) {
                a.set_choice(
                    &question.id,
                    level.and_then(Level::new).map(Choice::Level),
                    1,
                );
            }
            for (item, place) in q.style_items.iter().zip(&styles) {
                a.set_choice(&item.id, place.and_then(Level::new).map(Choice::Level), 1);
            }
            for (signal, &yes) in q.signals.iter().zip(&signals) {
                a.set_signal(q, &signal.id, Some(yes), 1);
            }
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_plan_respects_prerequisites_families_themes_and_the_profile(a in any_assessment()) {
        let q = current();
        let p = profile(q, &a);
        let gaps = top_gaps(q, &a, p.as_ref());
        let moves = plan(q, &gaps, &warnings(q, &a));
        // Any answered level gives three steps or as many as there are.
        prop_assert!(gaps.len() <= GAPS && (3..=5).contains(&moves.len()) || gaps.len() < GAPS);
        // No step before its prerequisite: none waits, and one that builds on
        // another in the plan comes after it.
        for (i, m) in moves.iter().enumerate() {
            let Some(g) = m.gap else { continue };
            prop_assert!(!waits(g.question, g.level, &a));
            for later in &moves[i + 1..] {
                if let Some(l) = later.gap {
                    prop_assert!(!g.question.requirements().any(|r| r.question == l.question.id));
                }
            }
        }
        for (i, x) in gaps.iter().enumerate() {
            for y in &gaps[i + 1..] {
                prop_assert_ne!(&x.dimension.id, &y.dimension.id);
                prop_assert_ne!(x.family(), y.family());
            }
        }
        // The profile's move (or, without a clear one, the weakest theme's step) is
        // in the top three and in the 90 days, whatever the signals.
        if !gaps.is_empty() {
            prop_assert_eq!(gaps.iter().filter(|g| g.profile_move).count(), 1);
            prop_assert!(moves.iter().any(|m| m.is_profile_move() && m.by_day <= 90));
        }
        for (i, x) in moves.iter().enumerate() {
            for y in &moves[i + 1..] {
                prop_assert_ne!(x.text(q).unwrap().get(Locale::En), y.text(q).unwrap().get(Locale::En));
            }
        }
    }
}
