use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;

fn sample() -> SavedState {
    let mut a = Assessment::new("a1".into(), 10, current());
    a.label = "Team <Noord> & \"Zuid\"".into();
    a.set_context(current(), "country", Some("be"), 15);
    a.set_choice(
        "vision.written",
        Some(Choice::Level(Level::new(2).unwrap())),
        20,
    );
    a.set_choice("vision.chain", Some(Choice::DontKnow), 30);
    a.set_note("vision.chain", "Vraag het aan \"inkoop\"", 31);
    a.set_evidence("vision.written", true, 32);
    a.set_signal(current(), "nps_goal", Some(true), 33);
    a.set_signal(current(), "buzzwords", Some(false), 34);
    a.visit("journeys", 1);
    SavedState {
        schema: SCHEMA_VERSION,
        assessments: vec![a, Assessment::new("a2".into(), 40, current())],
        deleted: BTreeMap::from([("gone".to_owned(), 50)]),
    }
}

#[test]
fn a_saved_state_round_trips() {
    let state = sample();
    let restored = restore(Some(&state.to_json()));
    assert_eq!(restored.problem, None);
    assert_eq!(restored.state, state);
}

#[test]
fn schema_1_before_signals_and_resume_existed_still_loads() {
    let old = r#"{"schema":1,"assessments":[{"id":"a","created_ms":1,"updated_ms":2,
        "questionnaire":"klantspiegel","revision":1,"answers":{}}]}"#;
    let restored = restore(Some(old));
    assert_eq!(restored.problem, None);
    let a = &restored.state.assessments[0];
    assert!(a.signals.is_empty() && a.last_step.is_none() && a.stamps.is_empty());
    assert_eq!(restored.state.schema, SCHEMA_VERSION);
}

/// Schema 1 as the first release wrote it: no stamps, no deletions.
const SCHEMA_1: &str = r#"{"schema":1,"assessments":[{"id":"k1","label":"Noord",
    "created_ms":100,"updated_ms":900,"questionnaire":"klantspiegel","revision":1,
    "context":{"market":"b2b"},"answers":{"vision.written":{"choice":{"level":4},
    "note":"zie plan"},"vision.chain":{"choice":"dont_know"}},
    "signals":{"nps_goal":true},"last_step":"vision"}]}"#;

#[test]
fn schema_1_migrates_to_2_with_every_item_stamped_at_the_last_change() {
    let restored = restore(Some(SCHEMA_1));
    assert_eq!(restored.problem, None);
    let state = restored.state;
    assert_eq!(state.schema, 2);
    assert!(state.deleted.is_empty());
    let a = &state.assessments[0];
    assert_eq!(a.choice("vision.written"), Level::new(4).map(Choice::Level));
    assert_eq!(
        a.answer("vision.written").map(|x| x.note.as_str()),
        Some("zie plan")
    );
    let stamps: Vec<_> = a.stamps.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(
        stamps,
        [
            ("answer.vision.chain", 900),
            ("answer.vision.written", 900),
            ("context.market", 900),
            ("label", 900),
            ("signal.nps_goal", 900),
            ("step", 900),
        ]
    );
    // Migrating is done once: what is saved back reads as it is.
    assert_eq!(restore(Some(&state.to_json())).state, state);
}

#[test]
fn schema_2_round_trips_with_stamps_and_deletions() {
    let state = sample();
    assert!(!state.assessments[0].stamps.is_empty());
    let json = state.to_json();
    assert!(json.contains(r#""deleted":{"gone":50}"#));
    assert_eq!(restore(Some(&json)).state, state);
}

#[test]
fn removing_an_assessment_keeps_the_others_and_remembers_when() {
    let mut state = sample();
    assert!(state.remove("a1", 20));
    assert!(!state.remove("a1", 60));
    assert_eq!(state.assessments.len(), 1);
    assert_eq!(state.assessments[0].id, "a2");
    // Deleted after its last change (34), even if the clock said earlier.
    assert_eq!(state.deleted.get("a1"), Some(&35));
}

#[test]
fn nothing_stored_gives_an_empty_state_without_a_problem() {
    assert_eq!(
        restore(None),
        Restored {
            state: SavedState::default(),
            problem: None
        }
    );
}

#[test]
fn unreadable_data_is_reported_never_half_used() {
    let cases = [
        "{not json",
        "[]",
        "null",
        r#"{"schema":"1","assessments":[]}"#,
        r#"{"schema":0.5,"assessments":[]}"#,
        r#"{"schema":0,"assessments":[]}"#,
        r#"{"schema":-1,"assessments":[]}"#,
        r#"{"schema":2,"assessments":[],"deleted":[]}"#,
        r#"{"assessments":[]}"#,
        r#"{"schema":1,"assessments":"x"}"#,
        r#"{"schema":1,"assessments":[{"id":"a"}]}"#,
        r#"{"schema":1,"assessments":[{"id":"a","created_ms":1,"updated_ms":1,"questionnaire":"k","revision":1,"answers":{"q":{"choice":{"level":9}}}}]}"#,
    ];
    for raw in cases {
        let restored = restore(Some(raw));
        assert!(
            matches!(restored.problem, Some(RestoreProblem::Unreadable(_))),
            "{raw}"
        );
        assert_eq!(restored.state, SavedState::default());
    }
}

#[test]
fn a_second_copy_of_an_id_is_reported_and_the_first_kept() {
    let mut state = sample();
    state.assessments[1].id = "a1".into();
    let restored = restore(Some(&state.to_json()));
    assert_eq!(
        restored.problem,
        Some(RestoreProblem::PartlyUnreadable { unreadable: 1 })
    );
    assert_eq!(restored.state.assessments, sample().assessments[..1]);
}

#[test]
fn one_damaged_assessment_does_not_hide_the_others() {
    let good = sample();
    let json = good.to_json();
    // The second assessment's id replaced by a number, and a third that is no
    // assessment at all: both reported, the first and the deletions kept.
    let damaged = json.replacen(r#""id":"a2""#, r#""id":7"#, 1).replacen(
        r#""assessments":["#,
        r#""assessments":[{"x":1},"#,
        1,
    );
    assert!(serde_json::from_str::<SavedState>(&damaged).is_err());
    let restored = restore(Some(&damaged));
    assert_eq!(
        restored.problem,
        Some(RestoreProblem::PartlyUnreadable { unreadable: 2 })
    );
    assert_eq!(restored.state.assessments, good.assessments[..1]);
    assert_eq!(restored.state.deleted, good.deleted);
}

#[test]
fn data_from_a_newer_app_is_reported_as_such() {
    let restored = restore(Some(r#"{"schema":3,"assessments":[],"shiny":true}"#));
    assert_eq!(restored.problem, Some(RestoreProblem::NewerSchema(3)));
}

#[test]
fn what_is_salvaged_from_an_older_schema_is_migrated_too() {
    // Schema 1 had no stamps; salvaged assessments get them like any others.
    let raw = r#"{"schema":1,"assessments":[{"id":"a","created_ms":1,"updated_ms":5,"questionnaire":"klantspiegel","revision":2,"answers":{"vision.written":{"choice":{"level":2}}}},{"id":"b","created_ms":"x"}]}"#;
    let restored = restore(Some(raw));
    assert_eq!(
        restored.problem,
        Some(RestoreProblem::PartlyUnreadable { unreadable: 1 })
    );
    assert_eq!(restored.state.schema, SCHEMA_VERSION);
    assert!(!restored.state.assessments[0].stamps.is_empty());
}
