//! Export files: every assessment as versioned JSON to keep or move, and reading
//! one back (what restoring it does is in `import`).

use crate::domain::assessment::{Assessment, LABEL_MAX_CHARS, NOTE_MAX_CHARS};
use crate::domain::questionnaire::current;
use crate::domain::storage::salvage;
use crate::domain::storage::schema::{self, RestoreProblem};
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
    // Plain structs with string keys always serialize; indented without a
    // second (pretty) serializer in the wasm.
    super::indent::indent(&serde_json::to_string(&file).unwrap_or_default())
}

/// A file for colleagues' team view: this one assessment and nothing else from
/// the browser, every note left out (notes are for the user alone). It is an
/// export like any other, so it also restores.
pub fn for_team(assessment: &Assessment, now_ms: u64) -> String {
    let mut shared = assessment.clone();
    for answer in shared.answers.values_mut() {
        answer.note.clear();
    }
    shared
        .answers
        .retain(|_, x| x.choice.is_some() || x.evidence);
    // When each thing changed and where the user left off are this browser's.
    shared.stamps.clear();
    shared.last_step = None;
    let file = ExportFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        exported_ms: now_ms,
        assessments: vec![shared],
    };
    // Compact, as storage writes: the results page carries no second JSON writer.
    serde_json::to_string(&file).unwrap_or_default()
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

/// An export's assessments that can be restored, and how many cannot (damaged,
/// edited beyond the limits, or an id twice).
#[derive(Debug, PartialEq)]
pub struct Readable {
    pub assessments: Vec<Assessment>,
    pub damaged: usize,
}

/// Reads an export file whole: every assessment in it must be readable.
pub fn parse(text: &str) -> Result<Vec<Assessment>, ImportError> {
    let readable = read(text)?;
    if readable.damaged > 0 {
        return Err(ImportError::Invalid(format!(
            "{} assessment(s) cannot be read",
            readable.damaged
        )));
    }
    Ok(readable.assessments)
}

/// Reads an export file, keeping every assessment that can be read: one damaged
/// assessment does not hide the others (`salvage`). Total: any text gives
/// assessments or an error; an error when nothing in the file can be restored.
pub fn read(text: &str) -> Result<Readable, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}');
    serde_json::from_str::<IgnoredAny>(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    // JSON that is not even an object with such fields is not an export either.
    let header = serde_json::from_str::<Header>(text).map_err(|_| ImportError::NotAnExport)?;
    if !matches!(&header.format, Some(Scalar::Text(f)) if f == FORMAT) {
        // What the app keeps aside from its storage (and lets the user download)
        // restores too: it is the saved state itself.
        return saved_state(text);
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
    let (candidates, damaged) = match serde_json::from_str::<ExportFile>(text) {
        Ok(file) => (file.assessments, 0),
        Err(e) => salvaged(text).ok_or_else(|| ImportError::Invalid(e.to_string()))?,
    };
    checked(candidates, damaged)
}

/// The assessments that can be restored, after the checks every source shares:
/// none of a later questionnaire revision, each within the limits, each id once.
fn checked(candidates: Vec<Assessment>, mut damaged: usize) -> Result<Readable, ImportError> {
    // An assessment of a later revision of the questionnaire was written by a newer
    // Klantspiegel (or edited by hand): this version cannot score or share it.
    let q = current();
    if let Some(later) = candidates
        .iter()
        .filter(|a| a.questionnaire == q.id && a.revision > q.revision)
        .map(|a| a.revision)
        .max()
    {
        return Err(ImportError::NewerVersion(later));
    }
    let mut ids = HashSet::new();
    let mut assessments = Vec::new();
    for a in candidates {
        let fits = !a.id.trim().is_empty()
            && a.label.chars().count() <= LABEL_MAX_CHARS
            && a.answers
                .values()
                .all(|x| x.note.chars().count() <= NOTE_MAX_CHARS);
        if fits && ids.insert(a.id.clone()) {
            assessments.push(a);
        } else {
            damaged += 1;
        }
    }
    if assessments.is_empty() && damaged > 0 {
        return Err(ImportError::Invalid(
            "no assessment in it can be read".to_owned(),
        ));
    }
    for a in &mut assessments {
        upgrade(a, current());
    }
    Ok(Readable {
        assessments,
        damaged,
    })
}

/// The assessments in a saved state as storage holds it, as if from an export.
fn saved_state(text: &str) -> Result<Readable, ImportError> {
    let restored = schema::restore(Some(text));
    let damaged = match restored.problem {
        None => 0,
        Some(RestoreProblem::PartlyUnreadable { unreadable }) => unreadable,
        Some(RestoreProblem::NewerSchema(v)) => return Err(ImportError::NewerVersion(v)),
        Some(RestoreProblem::Unreadable(_)) => return Err(ImportError::NotAnExport),
    };
    if restored.state.assessments.is_empty() && damaged == 0 {
        return Err(ImportError::NotAnExport);
    }
    checked(restored.state.assessments, damaged)
}

/// The assessments of an export that cannot be read whole, each read alone, with
/// how many could not be; `None` when none can be.
fn salvaged(text: &str) -> Option<(Vec<Assessment>, usize)> {
    let parts = salvage::parts(text)?;
    let mut read = Vec::new();
    let mut damaged = 0;
    for item in parts.assessments {
        let alone = format!(
            r#"{{"format":"{FORMAT}","version":{VERSION},"exported_ms":0,"assessments":[{item}]}}"#
        );
        match serde_json::from_str::<ExportFile>(&alone)
            .ok()
            .and_then(|mut f| f.assessments.pop())
        {
            Some(a) => read.push(a),
            None => damaged += 1,
        }
    }
    (!read.is_empty()).then_some((read, damaged))
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

#[cfg(test)]
#[path = "export_tests.rs"]
pub(super) mod tests;
