//! A level's next step as the plan uses it: who owns it, what kind of action it is,
//! what it delivers and how it is measured; and what a question's steps wait for.
//!
//! The deliverable and the measure are the largest texts of the questionnaire and
//! only the plan shows them, so the browser reads them from a file of their own
//! after the result is drawn (`step_details`); natively they come with `data.json`.

use crate::domain::locale::Localized;
use serde::Deserialize;

/// Which way a practice moves a company: the plan reserves one of its top three
/// steps for the move the company's profile needs (DESIGN §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveKind {
    /// Ties activity to evidence of need and worth: what an enthusiast needs.
    Grounding,
    /// Acts sooner and with more energy on customer focus: what a follower needs.
    Drive,
    /// The groundwork everything else builds on: what a starter needs.
    Foundation,
}

/// A step that waits for another practice: from level `from` of its own question
/// on, its steps are not proposed while `question` is answered below `level`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub question: String,
    pub level: u8,
    #[serde(default = "first_level")]
    pub from: u8,
}

fn first_level() -> u8 {
    1
}

/// What a step delivers and how the company sees it worked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDetails {
    pub deliverable: Localized,
    pub measure: Measure,
}

/// A measure with its starting point, its 90-day target and where the figure
/// comes from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub what: Localized,
    pub start: Localized,
    pub target: Localized,
    pub source: Localized,
}

impl Measure {
    pub fn parts(&self) -> [&Localized; 4] {
        [&self.what, &self.start, &self.target, &self.source]
    }
}
