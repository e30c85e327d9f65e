//! Everything kept in the browser's storage: the keys, the versioned schema, and the
//! pure restore step every read passes through. The web adapter only moves strings.

use super::assessment::Assessment;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The saved assessments (a [`SavedState`] as JSON).
pub const STATE_KEY: &str = "klantspiegel.state";
/// Prefix for data that could not be read, kept aside instead of overwritten;
/// the rest of the key is the time it was moved, in milliseconds.
pub const BACKUP_KEY_PREFIX: &str = "klantspiegel.backup.";
/// The chosen language code.
pub const LOCALE_KEY: &str = "klantspiegel.locale";
/// When the user last downloaded a backup or said "later" (`reminder::BackupMemo`).
pub const REMINDER_KEY: &str = "klantspiegel.reminder";

/// The schema this build writes. Bump it with a migration in [`restore`].
///
/// 1. Assessments with their answers.
/// 2. Adds when each item changed (`Assessment::stamps`) and deleted assessments
///    (`deleted`), so two tabs' copies merge without loss (`merge`).
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub schema: u32,
    pub assessments: Vec<Assessment>,
    /// When each deleted assessment was deleted, by id, so that another tab's copy
    /// does not bring it back.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub deleted: BTreeMap<String, u64>,
}

impl Default for SavedState {
    fn default() -> Self {
        SavedState {
            schema: SCHEMA_VERSION,
            assessments: Vec::new(),
            deleted: BTreeMap::new(),
        }
    }
}

impl SavedState {
    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    pub fn assessment_mut(&mut self, id: &str) -> Option<&mut Assessment> {
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    /// Removes an assessment and remembers when; true when it existed.
    pub fn remove(&mut self, id: &str, now_ms: u64) -> bool {
        let Some(at) = self.assessment(id).map(|a| now_ms.max(a.updated_ms + 1)) else {
            return false;
        };
        self.assessments.retain(|a| a.id != id);
        self.deleted.insert(id.to_owned(), at);
        true
    }

    pub fn to_json(&self) -> String {
        // Serializing plain structs with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why stored data could not be used as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreProblem {
    /// Not JSON, or not the shape this app writes.
    Unreadable(String),
    /// Written by a newer version of the app.
    NewerSchema(u32),
}

/// The outcome of reading storage: always a usable state, plus what went wrong, if
/// anything. With a problem, the raw data must be kept aside before anything is saved.
#[derive(Debug, PartialEq)]
pub struct Restored {
    pub state: SavedState,
    pub problem: Option<RestoreProblem>,
}

/// Turns what storage held (nothing, or a string) into a state.
pub fn restore(raw: Option<&str>) -> Restored {
    let Some(raw) = raw else {
        return Restored {
            state: SavedState::default(),
            problem: None,
        };
    };
    /// Reads only the schema version, whatever else the data holds.
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        schema: Option<u64>,
    }
    let problem = match serde_json::from_str::<Probe>(raw) {
        Err(e) => RestoreProblem::Unreadable(e.to_string()),
        Ok(Probe { schema: None }) => RestoreProblem::Unreadable("no schema version".to_owned()),
        Ok(Probe { schema: Some(0) }) => RestoreProblem::Unreadable("schema 0".to_owned()),
        Ok(Probe { schema: Some(v) }) if v > u64::from(SCHEMA_VERSION) => {
            RestoreProblem::NewerSchema(u32::try_from(v).unwrap_or(u32::MAX))
        }
        Ok(_) => match serde_json::from_str::<SavedState>(raw) {
            Ok(state) => return validated(migrated(state)),
            Err(e) => RestoreProblem::Unreadable(e.to_string()),
        },
    };
    Restored {
        state: SavedState::default(),
        problem: Some(problem),
    }
}

/// Brings a state of any older schema up to [`SCHEMA_VERSION`], one step at a time.
/// Every older schema reads into today's struct (new fields have defaults); each
/// step fills in what its version added.
fn migrated(mut state: SavedState) -> SavedState {
    if state.schema < 2 {
        for a in &mut state.assessments {
            a.stamp_unstamped();
        }
        state.schema = 2;
    }
    state
}

fn validated(state: SavedState) -> Restored {
    let mut ids = std::collections::HashSet::new();
    if let Some(dup) = state.assessments.iter().find(|a| !ids.insert(&a.id)) {
        return Restored {
            problem: Some(RestoreProblem::Unreadable(format!(
                "assessment id {} appears twice",
                dup.id
            ))),
            state: SavedState::default(),
        };
    }
    Restored {
        state,
        problem: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::answers::{Choice, Level};
    use super::super::questionnaire::current;
    use super::*;

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
        a.set_signal(current(), "survey_spam", Some(false), 34);
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
    fn duplicate_assessment_ids_are_unreadable() {
        let mut state = sample();
        state.assessments[1].id = "a1".into();
        let restored = restore(Some(&state.to_json()));
        assert!(matches!(
            restored.problem,
            Some(RestoreProblem::Unreadable(_))
        ));
    }

    #[test]
    fn data_from_a_newer_app_is_reported_as_such() {
        let restored = restore(Some(r#"{"schema":3,"assessments":[],"shiny":true}"#));
        assert_eq!(restored.problem, Some(RestoreProblem::NewerSchema(3)));
    }
}
