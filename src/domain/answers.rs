//! What a respondent said about one question.

use serde::{Deserialize, Serialize};

/// A maturity level from 1 (reactive) to 5 (learning). Out-of-range values cannot
/// be constructed or deserialized.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: u8) -> Option<Level> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Level(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// All five levels, lowest first.
    pub fn all() -> impl Iterator<Item = Level> {
        (Self::MIN..=Self::MAX).map(Level)
    }

    /// Zero-based position, for indexing the five anchors of a question.
    pub fn index(self) -> usize {
        usize::from(self.0 - Self::MIN)
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Level::new(value).ok_or_else(|| format!("level {value} is not between 1 and 5"))
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

/// The answer chosen for a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    Level(Level),
    /// Counts as missing and lowers confidence.
    DontKnow,
    /// Left out of the score.
    NotApplicable,
}

/// One question's answer: the choice plus the optional note and evidence toggle.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice: Option<Choice>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// "Backed by customer data?"
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub evidence: bool,
}

impl Answer {
    /// True when nothing was said at all, so the answer need not be stored.
    pub fn is_empty(&self) -> bool {
        self.choice.is_none() && self.note.is_empty() && !self.evidence
    }

    pub fn level(&self) -> Option<Level> {
        match self.choice {
            Some(Choice::Level(level)) => Some(level),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_outside_one_to_five_are_rejected() {
        assert_eq!(Level::new(0), None);
        assert_eq!(Level::new(6), None);
        assert_eq!(
            Level::all().map(Level::get).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        assert!(serde_json::from_str::<Choice>(r#"{"level":7}"#).is_err());
    }

    #[test]
    fn answers_serialize_compactly_and_round_trip() {
        let answer = Answer {
            choice: Some(Choice::Level(Level(3))),
            ..Answer::default()
        };
        let json = serde_json::to_string(&answer).unwrap();
        assert_eq!(json, r#"{"choice":{"level":3}}"#);
        assert_eq!(serde_json::from_str::<Answer>(&json).unwrap(), answer);

        let unsure = Answer {
            choice: Some(Choice::DontKnow),
            note: "ask sales".into(),
            evidence: true,
        };
        let json = serde_json::to_string(&unsure).unwrap();
        assert_eq!(
            json,
            r#"{"choice":"dont_know","note":"ask sales","evidence":true}"#
        );
        assert_eq!(serde_json::from_str::<Answer>(&json).unwrap(), unsure);
        assert!(Answer::default().is_empty());
    }
}
