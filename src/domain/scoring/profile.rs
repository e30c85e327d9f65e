//! The profile on the Dutch–Flemish spectrum: how the company moves, measured
//! apart from how far it is. Two axes, each 0–100:
//! - drive: how eagerly the company acts on customer focus;
//! - grounding: how closely that activity is tied to evidence of need and worth.
//!
//! Each axis is the mean of its answered style items (the "How you move" step),
//! informed by the maturity of three dimensions at a fixed, smaller weight, minus
//! the signals of its side. Style items never change a maturity score; maturity
//! alone never decides an axis (no style answers, no profile).

use crate::domain::answers::Choice;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::{Axis, Questionnaire, SignalSide, StyleItem};
use crate::domain::scoring::scores::{mean, DimensionScore};

/// Maturity that informs drive: listening, journeys, experimenting.
pub const MATURITY_DRIVE: [&str; 3] = ["listening", "journeys", "experimenting"];
/// Maturity that informs grounding: needs, measurement, value.
pub const MATURITY_GROUNDING: [&str; 3] = ["needs", "measurement", "value"];
/// Share of an axis that comes from the style items when maturity is there too.
pub const STYLE_WEIGHT: f64 = 0.7;
/// Points taken off an axis for each signal of its side answered "yes".
pub const SIGNAL_PENALTY: f64 = 10.0;
/// Both axes split at this value: at or above is "high".
pub const SPLIT: f64 = 50.0;
/// Style items an axis needs before the profile is shown.
pub const MIN_STYLE_ITEMS: usize = 2;

/// The four profiles: playful labels from the Dutch–Flemish debate, not claims
/// about nationality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Archetype {
    /// High drive, low grounding: busy, buzzwords, NPS as a goal, over-delivery.
    DutchEnthusiast,
    /// Low drive, high grounding: cautious, waits to see, doubts the revenue case.
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
        match (drive >= SPLIT, grounding >= SPLIT) {
            (true, false) => Archetype::DutchEnthusiast,
            (false, true) => Archetype::FlemishFollower,
            (true, true) => Archetype::Balanced,
            (false, false) => Archetype::Starter,
        }
    }
}

/// One axis and how it was reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisScore {
    /// Mean value of the answered style items, 0–100.
    pub style: f64,
    pub style_items: usize,
    /// Mean score of the answered maturity dimensions that inform the axis.
    pub maturity: Option<f64>,
    /// Signals of this axis's side answered "yes".
    pub signals: usize,
    /// The axis: `STYLE_WEIGHT × style + (1 − STYLE_WEIGHT) × maturity` (style
    /// alone without maturity), minus `signals × SIGNAL_PENALTY`, within 0–100.
    pub value: f64,
}

impl AxisScore {
    fn new(style: f64, style_items: usize, maturity: Option<f64>, signals: usize) -> AxisScore {
        let base = maturity.map_or(style, |m| STYLE_WEIGHT * style + (1.0 - STYLE_WEIGHT) * m);
        AxisScore {
            style,
            style_items,
            maturity,
            signals,
            value: (base - signals as f64 * SIGNAL_PENALTY).clamp(0.0, 100.0),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    pub drive: AxisScore,
    pub grounding: AxisScore,
    pub archetype: Archetype,
}

/// The value of a style answer, if it names one of the item's options.
pub fn style_value(item: &StyleItem, a: &Assessment) -> Option<f64> {
    match a.choice(&item.id)? {
        Choice::Level(level) => item.options.get(level.index()).map(|o| f64::from(o.value)),
        Choice::DontKnow | Choice::NotApplicable => None,
    }
}

fn axis(
    q: &Questionnaire,
    a: &Assessment,
    scores: &[DimensionScore],
    which: Axis,
) -> Option<AxisScore> {
    let values: Vec<f64> = q
        .style_items
        .iter()
        .filter(|item| item.axis == which)
        .filter_map(|item| style_value(item, a))
        .collect();
    if values.len() < MIN_STYLE_ITEMS {
        return None;
    }
    let style = mean(values.iter().copied())?;
    let (dimensions, lowered_by) = match which {
        Axis::Drive => (&MATURITY_DRIVE, SignalSide::HoldingBack),
        Axis::Grounding => (&MATURITY_GROUNDING, SignalSide::Overreaction),
    };
    let maturity = mean(
        scores
            .iter()
            .filter(|s| dimensions.contains(&s.dimension.id.as_str()))
            .map(|s| s.score),
    );
    let signals = q
        .signals
        .iter()
        .filter(|s| s.side == lowered_by && a.signal(&s.id) == Some(true))
        .count();
    Some(AxisScore::new(style, values.len(), maturity, signals))
}

/// The profile, or `None` while either axis has fewer than [`MIN_STYLE_ITEMS`]
/// style answers.
pub fn profile(q: &Questionnaire, a: &Assessment, scores: &[DimensionScore]) -> Option<Profile> {
    let drive = axis(q, a, scores, Axis::Drive)?;
    let grounding = axis(q, a, scores, Axis::Grounding)?;
    Some(Profile {
        drive,
        grounding,
        archetype: Archetype::classify(drive.value, grounding.value),
    })
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
