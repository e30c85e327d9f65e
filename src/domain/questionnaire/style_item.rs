//! A style statement of the "How you go about it" step, and how its answer's
//! place maps to its axis.

use super::Axis;
use crate::domain::locale::Localized;
use serde::Deserialize;

/// A style statement: a stem and two poles, each a behaviour that is easy to
/// defend and has its own cost. The respondent leans to one pole, clearly or
/// rather (no middle); one pole is the high end of the item's axis.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleItem {
    pub id: String,
    pub axis: Axis,
    /// Which pole (0 or 1) is the high end of the axis.
    pub high_pole: u8,
    pub text: Localized,
    pub poles: [Localized; 2],
    /// The practices (question ids, of this axis's kind) whose steps move a company
    /// toward the high end of this behaviour: among steps of equal priority, the plan
    /// takes first those of the behaviour the company answered lowest.
    #[serde(default)]
    pub steps: Vec<String>,
}

/// The places a style answer can take, from "clearly the first pole" to
/// "clearly the second": stored as `Choice::Level(place)`.
pub const STYLE_PLACES: usize = 4;

impl StyleItem {
    /// The axis value (0–100) of the answer at `place` (0 = clearly the first
    /// pole … 3 = clearly the second), or `None` for a place that does not exist.
    pub fn value_at(&self, place: usize) -> Option<f64> {
        let toward_second = [0.0, 25.0, 75.0, 100.0].get(place).copied()?;
        Some(if self.high_pole == 1 {
            toward_second
        } else {
            100.0 - toward_second
        })
    }

    /// The place (0–3) that leans to the high or the low end of the axis,
    /// clearly or rather.
    pub fn place_toward(&self, high: bool, clearly: bool) -> usize {
        let toward_first = if clearly { 0 } else { 1 };
        if high == (self.high_pole == 0) {
            toward_first
        } else {
            3 - toward_first
        }
    }
}
