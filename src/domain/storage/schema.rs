//! Everything kept in the browser's storage: the keys, the versioned schema, and the
//! pure restore step every read passes through. The web adapter only moves strings.

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::current;
use crate::domain::storage::salvage;
use crate::domain::storage::upgrade::upgrade;
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
    /// Some assessments could not be read (damaged, or an id twice); the others
    /// are in the state. The stored text must still be kept aside whole.
    PartlyUnreadable { unreadable: usize },
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
        Ok(Probe { schema: Some(v) }) => match read(raw, u32::try_from(v).unwrap_or(0)) {
            Some(restored) => return restored,
            None => RestoreProblem::Unreadable("not a saved state".to_owned()),
        },
    };
    Restored {
        state: SavedState::default(),
        problem: Some(problem),
    }
}

/// The state in `raw` (written in `schema`), whole; or, when it cannot be read whole, every assessment
/// in it that can be read alone (see `salvage`: one damaged assessment must not
/// hide the others). Each id counts once, the first copy. `None` when nothing reads.
fn read(raw: &str, schema: u32) -> Option<Restored> {
    let (state, damaged) = match serde_json::from_str::<SavedState>(raw) {
        Ok(state) => (state, 0),
        Err(_) => {
            let (mut state, damaged) = salvaged(raw)?;
            // Read as today's schema; migrated from the one it was written in.
            state.schema = schema;
            // Nothing readable, or nothing damaged yet not readable whole: the
            // damage is elsewhere, and the whole is unreadable.
            (!state.assessments.is_empty() && damaged > 0).then_some((state, damaged))?
        }
    };
    let total = state.assessments.len() + damaged;
    let mut state = migrated(state);
    let mut ids = std::collections::HashSet::new();
    state.assessments.retain(|a| ids.insert(a.id.clone()));
    let unreadable = total - state.assessments.len();
    Some(Restored {
        state,
        problem: (unreadable > 0).then_some(RestoreProblem::PartlyUnreadable { unreadable }),
    })
}

/// The readable assessments and deletions of a state that cannot be read whole,
/// with how many assessments could not be read; each part is read alone as a
/// one-assessment state.
fn salvaged(raw: &str) -> Option<(SavedState, usize)> {
    let parts = salvage::parts(raw)?;
    let read = |assessments: &str, deleted: &str| {
        let alone = format!(
            r#"{{"schema":{SCHEMA_VERSION},"assessments":[{assessments}],"deleted":{deleted}}}"#
        );
        serde_json::from_str::<SavedState>(&alone).ok()
    };
    let mut state = parts
        .deleted
        .and_then(|deleted| read("", deleted))
        .unwrap_or_default();
    let mut unreadable = 0;
    for item in parts.assessments {
        match read(item, "{}").and_then(|mut s| s.assessments.pop()) {
            Some(a) => state.assessments.push(a),
            None => unreadable += 1,
        }
    }
    Some((state, unreadable))
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
    for a in &mut state.assessments {
        upgrade(a, current());
    }
    state
}

#[cfg(test)]
#[path = "schema_tests.rs"]
mod tests;
