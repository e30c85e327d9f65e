//! Export files: every assessment as versioned JSON to keep or move, read back
//! with a preview and a choice on conflicts.

use crate::domain::assessment::{Assessment, Item, LABEL_MAX_CHARS, NOTE_MAX_CHARS};
use crate::domain::questionnaire::current;
use crate::domain::storage::schema::SavedState;
use crate::domain::storage::upgrade::upgrade;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// What an export file says it is.
pub const FORMAT: &str = "klantspiegel-export";
/// The export version this build writes and reads.
pub const VERSION: u32 = 1;
/// Larger files are refused before parsing: far beyond any real export.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    pub exported_ms: u64,
    pub assessments: Vec<Assessment>,
}

/// The export file's text: readable JSON, notes included (it stays with the user).
pub fn to_json(assessments: &[Assessment], now_ms: u64) -> String {
    let file = ExportFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        exported_ms: now_ms,
        assessments: assessments.to_vec(),
    };
    // Plain structs with string keys always serialize.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    /// Not JSON at all (the parser's message).
    NotJson(String),
    /// JSON, but not a Klantspiegel export.
    NotAnExport,
    /// Written by a newer Klantspiegel.
    NewerVersion(u32),
    /// An export with something wrong inside (what, in English, for the details).
    Invalid(String),
}

/// Reads an export file. Total: any text gives assessments or an error.
pub fn parse(text: &str) -> Result<Vec<Assessment>, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}');
    serde_json::from_str::<IgnoredAny>(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    // JSON that is not even an object with such fields is not an export either.
    let header = serde_json::from_str::<Header>(text).map_err(|_| ImportError::NotAnExport)?;
    if !matches!(&header.format, Some(Scalar::Text(f)) if f == FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    match header.version {
        Some(Scalar::Whole(v)) if v > u64::from(VERSION) => {
            return Err(ImportError::NewerVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            ))
        }
        Some(Scalar::Whole(_)) => {}
        _ => return Err(ImportError::Invalid("no version".to_owned())),
    }
    let file: ExportFile =
        serde_json::from_str(text).map_err(|e| ImportError::Invalid(e.to_string()))?;
    let mut ids = HashSet::new();
    for a in &file.assessments {
        if a.id.trim().is_empty() {
            return Err(ImportError::Invalid(
                "an assessment without an id".to_owned(),
            ));
        }
        if !ids.insert(a.id.as_str()) {
            return Err(ImportError::Invalid(format!(
                "assessment id {} appears twice",
                a.id
            )));
        }
        if a.label.chars().count() > LABEL_MAX_CHARS
            || a.answers
                .values()
                .any(|x| x.note.chars().count() > NOTE_MAX_CHARS)
        {
            return Err(ImportError::Invalid(format!(
                "assessment {} has text beyond the limits",
                a.id
            )));
        }
    }
    let mut assessments = file.assessments;
    for a in &mut assessments {
        upgrade(a, current());
    }
    Ok(assessments)
}

/// What a file says it is, read before anything else in it. (Reading into
/// `serde_json::Value` instead costs 16 KB of wasm, 5.4 KiB brotli.)
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<Scalar>,
    #[serde(default)]
    version: Option<Scalar>,
}

/// Any JSON value, of which only a string or a whole number is kept.
enum Scalar {
    Text(String),
    Whole(u64),
    Other,
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Whole(v))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_unit<E>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Scalar, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Scalar, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
        }
        d.deserialize_any(Any)
    }
}

/// What an import would do: which assessments are new, which share an id with
/// one already here.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub new: Vec<Assessment>,
    pub conflicts: Vec<Assessment>,
}

pub fn plan(existing: &SavedState, incoming: Vec<Assessment>) -> ImportPlan {
    let (conflicts, new) = incoming
        .into_iter()
        .partition(|a| existing.assessment(&a.id).is_some());
    ImportPlan { new, conflicts }
}

/// What to do with an incoming assessment whose id is already here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// Keep both: the incoming one gets a new id from `new_id`.
    KeepBoth,
    /// The incoming one replaces the one here.
    Replace,
    /// Leave the one here; ignore the incoming one.
    Skip,
}

impl ImportPlan {
    /// How many assessments importing adds or replaces with this choice.
    pub fn count(&self, on_conflict: OnConflict) -> usize {
        self.new.len()
            + match on_conflict {
                OnConflict::Skip => 0,
                OnConflict::KeepBoth | OnConflict::Replace => self.conflicts.len(),
            }
    }
}

/// The state after the import; `new_id` makes fresh ids for kept-both copies and
/// for assessments deleted here before (a deletion is final, see `merge`).
pub fn apply(
    mut state: SavedState,
    plan: ImportPlan,
    on_conflict: OnConflict,
    now_ms: u64,
    mut new_id: impl FnMut() -> String,
) -> SavedState {
    fn unused_id(state: &SavedState, new_id: &mut impl FnMut() -> String) -> String {
        loop {
            let id = new_id();
            if state.assessment(&id).is_none() && !state.deleted.contains_key(&id) {
                return id;
            }
        }
    }
    for mut incoming in plan.new {
        incoming.stamp_unstamped();
        if state.deleted.contains_key(&incoming.id) {
            incoming.id = unused_id(&state, &mut new_id);
        }
        state.assessments.push(incoming);
    }
    for mut incoming in plan.conflicts {
        incoming.stamp_unstamped();
        match on_conflict {
            OnConflict::Skip => {}
            OnConflict::Replace => {
                if let Some(here) = state.assessment_mut(&incoming.id) {
                    // Every item, the ones only here included, now reads as in the
                    // file: stamped now, so another tab's older copy does not win.
                    let keys: Vec<String> = here
                        .stamps
                        .keys()
                        .cloned()
                        .chain(here.present_items().iter().map(Item::key))
                        .chain(incoming.present_items().iter().map(Item::key))
                        .collect();
                    for key in keys {
                        incoming.stamps.insert(key, now_ms);
                    }
                    *here = incoming;
                }
            }
            OnConflict::KeepBoth => {
                incoming.id = unused_id(&state, &mut new_id);
                state.assessments.push(incoming);
            }
        }
    }
    state
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
