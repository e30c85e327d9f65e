//! Share links with no server: a result packed into a short, checksummed,
//! canonical base64url payload for the URL fragment (`…/share#<payload>`).
//!
//! Bytes: format version, then (format 1) questionnaire code and revision or
//! (format 2, revision 2 on) the revision alone; then bits, most significant
//! first: 3 per question (0 unanswered, 1–5 level, 6 don't know, 7 not
//! applicable), 1 per level answer (backed by customer data), 3 per style item
//! (format 2: 0 unanswered, 1–3 option, 6 can't say), 2 per signal
//! (0 unanswered, 1 yes, 2 no), per context field the option number (0 none) in
//! as few bits as its options need, 1 bit "has a label", zero bits to the byte;
//! then the label's length and UTF-8 bytes if it has one; then a CRC-32 of all
//! that, big-endian. Notes are never in a link.

mod base64url;
mod bits;
mod codec;
mod crc32;
pub mod layout;
mod link;

pub use codec::{decode, encode};
pub use link::payload_from;

use super::answers::{Answer, Choice};
use super::assessment::Assessment;
use super::questionnaire::current;
use crate::domain::storage::upgrade::upgrade;
use std::collections::BTreeMap;

/// The only format version so far.
pub const FORMAT_VERSION: u8 = 2;

/// The error for a format version this build cannot read. A few versions ahead,
/// with its checksum intact (`sealed`), is a newer Klantspiegel; 0, far ahead or
/// unsealed is text that never was a link, lost its start or had its first
/// characters changed: damage, which no reload mends.
fn unknown_version(version: u8, sealed: bool) -> ShareError {
    const NEWER_SPAN: u8 = 8;
    if sealed && version > FORMAT_VERSION && version <= FORMAT_VERSION + NEWER_SPAN {
        ShareError::UnknownVersion(version)
    } else {
        ShareError::ChecksumMismatch
    }
}

/// The error for a questionnaire or revision this build does not know: news from
/// a newer Klantspiegel when the link is sealed, damage when not.
fn unknown_questionnaire(code: u8, revision: u8, sealed: bool) -> ShareError {
    if sealed {
        ShareError::UnknownQuestionnaire { code, revision }
    } else {
        ShareError::ChecksumMismatch
    }
}

/// The longest label a link carries, in UTF-8 bytes; longer labels are cut at a
/// character boundary.
pub const LABEL_MAX_BYTES: usize = 40;
/// Longer input is refused before any decoding work.
pub const MAX_PAYLOAD_CHARS: usize = 128;

/// What a link carries: everything the result needs, and nothing else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedResult {
    pub questionnaire: String,
    pub revision: u32,
    pub label: Option<String>,
    pub context: BTreeMap<String, String>,
    pub answers: BTreeMap<String, SharedAnswer>,
    pub signals: BTreeMap<String, bool>,
}

/// An answer as shared: evidence is only ever set on a level answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedAnswer {
    pub choice: Choice,
    pub evidence: bool,
}

/// Why a link does not open; each has a plain sentence in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    /// A character that cannot be in a link, at this position.
    BadCharacter(usize),
    Truncated,
    TooLong,
    ChecksumMismatch,
    UnknownVersion(u8),
    UnknownQuestionnaire {
        code: u8,
        revision: u8,
    },
    OutOfRange,
    /// A second spelling of a valid link (stray bits, extra bytes, an empty label).
    NonCanonical,
    /// Pasted text that is no link to a result at all: no `#` and too short or
    /// wordy to be a payload on its own ([`read_link`]).
    NotALink,
    /// The address of someone's own results page (`/results/<id>`): it holds no
    /// answers; the link to share is on that page.
    OwnResultsPage,
}

/// The shortest payload a link can have is longer than this, so a shorter bare
/// text without a `#` is taken for what it is: not a link.
const SHORTEST_BARE_PAYLOAD: usize = 20;

/// The result in pasted text (a link or a bare payload), or why there is none.
pub fn read_link(text: &str) -> Result<SharedResult, ShareError> {
    let payload = payload_from(text);
    let lower = text.trim().to_ascii_lowercase();
    let bare = !lower.contains('#') && !lower.contains("%23");
    if bare && lower.contains("/results/") {
        return Err(ShareError::OwnResultsPage);
    }
    // Any other address without a fragment holds no result either.
    if bare && (lower.contains("://") || lower.starts_with("www.")) {
        return Err(ShareError::NotALink);
    }
    let wordy = text.split_whitespace().count() > 1;
    if bare && (payload.len() < SHORTEST_BARE_PAYLOAD || wordy) {
        return Err(ShareError::NotALink);
    }
    decode(&payload)
}

/// The label cut to [`LABEL_MAX_BYTES`] at a character boundary.
pub fn link_label(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars() {
        if out.len() + c.len_utf8() > LABEL_MAX_BYTES {
            break;
        }
        out.push(c);
    }
    out
}

impl SharedResult {
    /// The assessment among these that this result was saved as (the same
    /// answers, signals, context and label), if any.
    pub fn saved_in<'a>(&self, assessments: &'a [Assessment]) -> Option<&'a Assessment> {
        assessments
            .iter()
            .find(|a| SharedResult::from_assessment(a, true) == *self)
    }

    /// What a link for this assessment carries; the label only if asked for and
    /// not empty. Notes, dates and ids never go in.
    pub fn from_assessment(a: &Assessment, with_label: bool) -> SharedResult {
        let label = Some(link_label(&a.label)).filter(|l| with_label && !l.is_empty());
        let answers = a
            .answers
            .iter()
            .filter_map(|(id, answer)| {
                let choice = answer.choice?;
                let evidence = answer.evidence && matches!(choice, Choice::Level(_));
                Some((id.clone(), SharedAnswer { choice, evidence }))
            })
            .collect();
        SharedResult {
            questionnaire: a.questionnaire.clone(),
            revision: a.revision,
            label,
            context: a.context.clone(),
            answers,
            signals: a.signals.clone(),
        }
    }

    /// An assessment holding this result, for the results page or to save a copy.
    pub fn to_assessment(&self, id: String, now_ms: u64) -> Assessment {
        let mut a = Assessment {
            id,
            label: self.label.clone().unwrap_or_default(),
            created_ms: now_ms,
            updated_ms: now_ms,
            questionnaire: self.questionnaire.clone(),
            revision: self.revision,
            context: self.context.clone(),
            answers: self
                .answers
                .iter()
                .map(|(id, a)| {
                    let answer = Answer {
                        choice: Some(a.choice),
                        note: String::new(),
                        evidence: a.evidence,
                    };
                    (id.clone(), answer)
                })
                .collect(),
            signals: self.signals.clone(),
            last_step: None,
            stamps: Default::default(),
            upgraded_from: None,
        };
        a.stamp_unstamped();
        upgrade(&mut a, current());
        a
    }
}

#[cfg(test)]
mod forged_tests;
#[cfg(test)]
mod golden_tests;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
