//! A level's next step as the plan uses it: who owns it, what kind of action it is,
//! what it delivers and how it is measured; and what a question's steps wait for.
//!
//! The step's words (what to do, deliverable, measure) are the largest texts of
//! the questionnaire and only the plan shows them, so they live in `steps.json` and
//! the browser reads them from a file of their own after the result is drawn
//! (`step_details`).

use crate::domain::locale::Localized;
use serde::Deserialize;

/// Which way a practice moves a company: the plan reserves one of its top three
/// steps for the move the company's profile needs (DESIGN §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveKind {
    /// Ties activity to evidence of need and worth: what an enthusiast needs.
    Grounding,
    /// Acts sooner and with more energy on customer focus: what a follower needs.
    Drive,
    /// The groundwork everything else builds on: what a starter needs.
    Foundation,
}

impl MoveKind {
    /// As the data writes it; `None` for anything else (the data check names it).
    pub fn parse(text: &str) -> Option<MoveKind> {
        match text {
            "grounding" => Some(MoveKind::Grounding),
            "drive" => Some(MoveKind::Drive),
            "foundation" => Some(MoveKind::Foundation),
            _ => None,
        }
    }
}

/// A step that waits for another practice: from level `from` of its own question
/// on, its steps are not proposed while `question` is answered below `level`.
/// Written in the data as "question level" or "question level from level".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requirement<'a> {
    pub question: &'a str,
    pub level: u8,
    pub from: u8,
}

impl<'a> Requirement<'a> {
    pub fn parse(text: &'a str) -> Option<Requirement<'a>> {
        let mut words = text.split(' ');
        let question = words.next()?;
        let level = words.next()?.parse().ok()?;
        let from = match (words.next(), words.next()) {
            (None, _) => 1,
            (Some("from"), Some(n)) => n.parse().ok()?,
            _ => return None,
        };
        let fine = (2..=5).contains(&level) && (1..=5).contains(&from) && words.next().is_none();
        fine.then_some(Requirement {
            question,
            level,
            from,
        })
    }
}

/// A step: what to do next, what it delivers and how the company sees it worked.
/// A level's next step, or the one action a "yes" to a signal adds to the plan
/// for its owner (written `action` in the data; its explanation stays with the
/// warning).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDetails {
    /// What moving up one level looks like (at level 5: how to keep learning), or
    /// what to do about a signal.
    #[serde(alias = "action")]
    pub next: Localized,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirements_read_with_and_without_a_first_level() {
        let r = Requirement::parse("vision.priority_journeys 3").unwrap();
        assert_eq!(
            (r.question, r.level, r.from),
            ("vision.priority_journeys", 3, 1)
        );
        let r = Requirement::parse("journeys.mapped 2 from 3").unwrap();
        assert_eq!((r.question, r.level, r.from), ("journeys.mapped", 2, 3));
        for bad in [
            "",
            "x",
            "x 1",
            "x 6",
            "x 2 to 3",
            "x 2 from 9",
            "x 2 from 3 4",
            "x two",
        ] {
            assert!(Requirement::parse(bad).is_none(), "{bad}");
        }
    }
}
