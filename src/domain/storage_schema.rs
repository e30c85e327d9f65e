//! Everything kept in the browser's storage: the keys, the versioned schema, and the
//! pure restore step every read passes through. The web adapter only moves strings.

use super::assessment::Assessment;
use serde::{Deserialize, Serialize};

/// The saved assessments (a [`SavedState`] as JSON).
pub const STATE_KEY: &str = "klantspiegel.state";
/// Prefix for data that could not be read, kept aside instead of overwritten;
/// the rest of the key is the time it was moved, in milliseconds.
pub const BACKUP_KEY_PREFIX: &str = "klantspiegel.backup.";
/// The chosen language code.
pub const LOCALE_KEY: &str = "klantspiegel.locale";

/// The schema this build writes. Bump it with a migration in [`restore`].
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub schema: u32,
    pub assessments: Vec<Assessment>,
}

impl Default for SavedState {
    fn default() -> Self {
        SavedState {
            schema: SCHEMA_VERSION,
            assessments: Vec::new(),
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

    /// Removes an assessment; true when it existed.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.assessments.len();
        self.assessments.retain(|a| a.id != id);
        self.assessments.len() != before
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
        Ok(Probe { schema: Some(v) }) if v > u64::from(SCHEMA_VERSION) => {
            RestoreProblem::NewerSchema(u32::try_from(v).unwrap_or(u32::MAX))
        }
        Ok(_) => match serde_json::from_str::<SavedState>(raw) {
            Ok(state) => return validated(state),
            Err(e) => RestoreProblem::Unreadable(e.to_string()),
        },
    };
    Restored {
        state: SavedState::default(),
        problem: Some(problem),
    }
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
        a.visit("journeys");
        SavedState {
            schema: SCHEMA_VERSION,
            assessments: vec![a, Assessment::new("a2".into(), 40, current())],
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
    fn data_saved_before_signals_and_resume_existed_still_loads() {
        let old = r#"{"schema":1,"assessments":[{"id":"a","created_ms":1,"updated_ms":2,
            "questionnaire":"klantspiegel","revision":1,"answers":{}}]}"#;
        let restored = restore(Some(old));
        assert_eq!(restored.problem, None);
        let a = &restored.state.assessments[0];
        assert!(a.signals.is_empty() && a.last_step.is_none());
    }

    #[test]
    fn removing_an_assessment_keeps_the_others() {
        let mut state = sample();
        assert!(state.remove("a1"));
        assert!(!state.remove("a1"));
        assert_eq!(state.assessments.len(), 1);
        assert_eq!(state.assessments[0].id, "a2");
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
        let restored = restore(Some(r#"{"schema":2,"assessments":[],"shiny":true}"#));
        assert_eq!(restored.problem, Some(RestoreProblem::NewerSchema(2)));
    }
}
