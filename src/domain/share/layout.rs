//! What a link's bits mean for each questionnaire revision: the questions,
//! signals and context options in order. Layouts are frozen data, so links made
//! for an older revision keep decoding after the questionnaire changes.

use crate::domain::questionnaire::Questionnaire;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    pub questionnaire: String,
    /// The questionnaire's number in a link (one byte).
    pub code: u8,
    pub revision: u32,
    /// The link format that carries this layout: 1 has a three-byte header
    /// (format, code, revision), 2 a two-byte one (format, revision) and style items.
    #[serde(default = "format_one")]
    pub format: u8,
    pub questions: Vec<String>,
    /// Style items, 3 bits each like questions but without evidence bits.
    #[serde(default)]
    pub style: Vec<String>,
    /// The places a style answer can take: three options until revision 2, four
    /// (two poles, clearly or rather) from revision 3.
    #[serde(default = "three_places")]
    pub style_places: u8,
    pub signals: Vec<String>,
    pub context: Vec<ContextLayout>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ContextLayout {
    pub id: String,
    pub options: Vec<String>,
}

/// Every revision a link can name. Add the new file here when a revision is bumped.
const FROZEN: [&str; 5] = [
    include_str!("layout_r1.json"),
    include_str!("layout_r2.json"),
    include_str!("layout_r3.json"),
    include_str!("layout_r4.json"),
    include_str!("layout_r5.json"),
];

fn format_one() -> u8 {
    1
}

fn three_places() -> u8 {
    3
}

/// The format new layouts are written in.
pub const CURRENT_FORMAT: u8 = 2;

pub fn all() -> &'static [Layout] {
    static LAYOUTS: OnceLock<Vec<Layout>> = OnceLock::new();
    LAYOUTS.get_or_init(|| {
        FROZEN
            .iter()
            // The frozen files are checked by `cargo test`; a broken one is skipped.
            .filter_map(|json| serde_json::from_str(json).ok())
            .collect()
    })
}

pub fn find(format: u8, code: u8, revision: u32) -> Option<&'static Layout> {
    all()
        .iter()
        .find(|l| l.format == format && l.code == code && l.revision == revision)
}

pub fn for_questionnaire(id: &str, revision: u32) -> Option<&'static Layout> {
    all()
        .iter()
        .find(|l| l.questionnaire == id && l.revision == revision)
}

impl Layout {
    /// The layout a questionnaire would have, to compare with the frozen one.
    pub fn of(q: &Questionnaire, code: u8) -> Layout {
        Layout {
            questionnaire: q.id.clone(),
            code,
            revision: q.revision,
            format: CURRENT_FORMAT,
            questions: q.questions().map(|x| x.id.clone()).collect(),
            style: q.style_items.iter().map(|x| x.id.clone()).collect(),
            style_places: u8::try_from(crate::domain::questionnaire::STYLE_PLACES)
                .unwrap_or(u8::MAX),
            signals: q.signals.iter().map(|s| s.id.clone()).collect(),
            context: q
                .context_fields
                .iter()
                .map(|f| ContextLayout {
                    id: f.id.clone(),
                    options: f.options.iter().map(|o| o.id.clone()).collect(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::current;

    #[test]
    fn every_frozen_layout_parses() {
        assert_eq!(all().len(), FROZEN.len());
    }

    #[test]
    fn the_current_questionnaire_matches_its_frozen_layout() {
        // Failing here means questions, signals or options changed without a new
        // revision: bump the revision and freeze a new layout file beside this one.
        let q = current();
        let frozen =
            for_questionnaire(&q.id, q.revision).expect("a frozen layout for the current revision");
        assert_eq!(&Layout::of(q, frozen.code), frozen);
    }
}
