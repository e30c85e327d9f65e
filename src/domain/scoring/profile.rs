//! The profile on the Dutch–Flemish spectrum: how the company moves, measured
//! apart from how far it is. Two axes, each 0–100, from the style statements
//! alone (no maturity answer and no signal enters them):
//! - drive: energy and tempo (how early, how fast, how much attention, money and
//!   ambition the company puts into customer focus);
//! - grounding: how closely that activity is tied to evidence of need and worth
//!   (basics first, evidence before scaling, stopping what does not work, plain
//!   words, ideas from what customers show).
//!
//! Each axis is the mean of its answered statements; an answer leans to one pole,
//! clearly (0 or 100) or rather (25 or 75). How clear the profile is says whether
//! each axis is far enough from the split to be read.

use crate::domain::answers::Choice;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::{Axis, Questionnaire, StyleItem};
use crate::domain::scoring::scores::mean;

/// Both axes split at this value: only above it is "high". An axis exactly on the
/// split leans neither way, and a style is named only where the answers lean
/// towards it (so an even split never earns "balanced" or a style by default).
pub const SPLIT: f64 = 50.0;
/// Within this distance of the split (inclusive), an axis only leans.
pub const LEAN_BAND: f64 = 10.0;
/// Statements an axis needs before the profile is shown.
pub const MIN_STYLE_ITEMS: usize = 3;

/// The four profiles: the column's playful types of style, not claims about
/// nationality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Archetype {
    /// High drive, low grounding: busy, ambitious, extras before basics.
    DutchEnthusiast,
    /// Low drive, high grounding: careful, waits until proven, evidence first.
    FlemishFollower,
    /// High drive, high grounding.
    Balanced,
    /// Low drive, low grounding.
    Starter,
}

impl Archetype {
    pub const ALL: [Archetype; 4] = [
        Archetype::DutchEnthusiast,
        Archetype::FlemishFollower,
        Archetype::Balanced,
        Archetype::Starter,
    ];

    /// The id of its texts in the questionnaire data file.
    pub fn id(self) -> &'static str {
        match self {
            Archetype::DutchEnthusiast => "dutch_enthusiast",
            Archetype::FlemishFollower => "flemish_follower",
            Archetype::Balanced => "balanced",
            Archetype::Starter => "starter",
        }
    }

    /// The quadrant a point falls in.
    pub fn classify(drive: f64, grounding: f64) -> Archetype {
        match (drive > SPLIT, grounding > SPLIT) {
            (true, false) => Archetype::DutchEnthusiast,
            (false, true) => Archetype::FlemishFollower,
            (true, true) => Archetype::Balanced,
            (false, false) => Archetype::Starter,
        }
    }
}

/// How clearly the answers point to the quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Clarity {
    /// Both axes more than [`LEAN_BAND`] from the split.
    Clear,
    /// One axis within [`LEAN_BAND`] of the split: the company leans that way.
    Leans,
    /// Both axes within [`LEAN_BAND`] of the split: no clear profile yet (the
    /// point is still plotted; the quadrant is not named as the result).
    Unclear,
}

/// The id of the "no clear profile yet" texts in the questionnaire data file.
pub const UNCLEAR_ID: &str = "unclear";

impl Clarity {
    pub fn of(drive: f64, grounding: f64) -> Clarity {
        let near = |x: f64| (x - SPLIT).abs() <= LEAN_BAND;
        match (near(drive), near(grounding)) {
            (true, true) => Clarity::Unclear,
            (false, false) => Clarity::Clear,
            _ => Clarity::Leans,
        }
    }
}

/// One axis and how it was reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisScore {
    /// Statements of this axis that were answered.
    pub style_items: usize,
    /// Statements of this axis in the questionnaire.
    pub of: usize,
    /// The mean of the answered statements, 0–100.
    pub value: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    pub drive: AxisScore,
    pub grounding: AxisScore,
    pub archetype: Archetype,
    pub clarity: Clarity,
}

impl Profile {
    /// The id of the texts to show: the archetype's, or "no clear profile yet".
    pub fn text_id(&self) -> &'static str {
        if self.clarity == Clarity::Unclear {
            UNCLEAR_ID
        } else {
            self.archetype.id()
        }
    }
}

/// The axis value of a statement's answer, if it names one of its places.
pub fn style_value(item: &StyleItem, a: &Assessment) -> Option<f64> {
    match a.choice(&item.id)? {
        Choice::Level(level) => item.value_at(level.index()),
        Choice::DontKnow | Choice::NotApplicable => None,
    }
}

fn axis(q: &Questionnaire, a: &Assessment, which: Axis) -> AxisScore {
    let items: Vec<&StyleItem> = q.style_items.iter().filter(|i| i.axis == which).collect();
    let values: Vec<f64> = items.iter().filter_map(|i| style_value(i, a)).collect();
    AxisScore {
        style_items: values.len(),
        of: items.len(),
        value: mean(values.iter().copied()).unwrap_or(SPLIT),
    }
}

/// How many more statements are needed before the profile shows: per axis, the
/// shortfall from [`MIN_STYLE_ITEMS`] (0 when the profile shows).
pub fn statements_missing(q: &Questionnaire, a: &Assessment) -> usize {
    [Axis::Drive, Axis::Grounding]
        .into_iter()
        .map(|which| {
            let s = axis(q, a, which);
            MIN_STYLE_ITEMS.min(s.of).saturating_sub(s.style_items)
        })
        .sum()
}

/// The profile, or `None` while either axis has fewer than [`MIN_STYLE_ITEMS`]
/// statements answered. It reads the statements only.
pub fn profile(q: &Questionnaire, a: &Assessment) -> Option<Profile> {
    let drive = axis(q, a, Axis::Drive);
    let grounding = axis(q, a, Axis::Grounding);
    let enough = |s: &AxisScore| s.style_items >= MIN_STYLE_ITEMS.min(s.of.max(1));
    if !enough(&drive) || !enough(&grounding) {
        return None;
    }
    Some(Profile {
        drive,
        grounding,
        archetype: Archetype::classify(drive.value, grounding.value),
        clarity: Clarity::of(drive.value, grounding.value),
    })
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "profile_property_tests.rs"]
mod property_tests;
