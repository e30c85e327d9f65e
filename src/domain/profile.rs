//! The profile on the Dutch–Flemish spectrum: drive (how much the company does)
//! against grounding (how well that is tied to needs and value), four archetypes.

use super::scoring::{mean, DimensionScore};

/// Drive: listening, journeys, experimenting (dimensions 3, 4 and 8).
pub const DRIVE: [&str; 3] = ["listening", "journeys", "experimenting"];
/// Grounding: needs and expectations, measurement, value (dimensions 5, 6 and 11).
pub const GROUNDING: [&str; 3] = ["needs", "measurement", "value"];
/// Points taken off grounding for each overreaction signal answered "yes".
pub const SIGNAL_PENALTY: f64 = 10.0;
/// Both axes split at this score: at or above is "high".
pub const SPLIT: f64 = 50.0;

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

    /// An illustrative score per dimension for the radar's reference overlay: the
    /// typical shape of this profile, not a benchmark from data.
    pub fn reference_score(self, dimension_id: &str) -> f64 {
        let (drive, grounding, rest) = match self {
            Archetype::DutchEnthusiast => (75.0, 30.0, 55.0),
            Archetype::FlemishFollower => (30.0, 65.0, 45.0),
            Archetype::Balanced => (80.0, 80.0, 75.0),
            Archetype::Starter => (25.0, 25.0, 25.0),
        };
        if DRIVE.contains(&dimension_id) {
            drive
        } else if GROUNDING.contains(&dimension_id) {
            grounding
        } else {
            rest
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    /// Mean score of the answered drive dimensions, 0–100.
    pub drive: f64,
    /// Mean score of the answered grounding dimensions, before the penalty.
    pub grounding_before_penalty: f64,
    /// Overreaction signals answered "yes".
    pub signals: usize,
    /// `grounding_before_penalty − signals × SIGNAL_PENALTY`, at least 0.
    pub grounding: f64,
    pub archetype: Archetype,
}

/// The profile, or `None` while no drive or no grounding dimension has a score.
pub fn profile(scores: &[DimensionScore], signals_yes: usize) -> Option<Profile> {
    let axis = |ids: &[&str]| {
        mean(
            scores
                .iter()
                .filter(|s| ids.contains(&s.dimension.id.as_str()))
                .map(|s| s.score),
        )
    };
    let drive = axis(&DRIVE)?;
    let grounding_before_penalty = axis(&GROUNDING)?;
    let grounding = (grounding_before_penalty - signals_yes as f64 * SIGNAL_PENALTY).max(0.0);
    Some(Profile {
        drive,
        grounding_before_penalty,
        signals: signals_yes,
        grounding,
        archetype: Archetype::classify(drive, grounding),
    })
}

#[cfg(test)]
mod tests {
    use super::super::questionnaire::current;
    use super::super::scoring::level_mean_to_score;
    use super::*;

    /// Scores for the named dimensions of the real questionnaire.
    fn scores(pairs: &[(&str, f64)]) -> Vec<DimensionScore<'static>> {
        pairs
            .iter()
            .map(|&(id, score)| DimensionScore {
                dimension: current().dimension(id).unwrap(),
                mean: 1.0 + score / 25.0,
                score,
                levels: 1,
            })
            .collect()
    }

    #[test]
    fn the_axes_exist_in_the_questionnaire_and_do_not_overlap() {
        for id in DRIVE.iter().chain(&GROUNDING) {
            assert!(current().dimension(id).is_some(), "{id}");
        }
        assert!(DRIVE.iter().all(|id| !GROUNDING.contains(id)));
        assert_eq!(level_mean_to_score(3.0), SPLIT, "the split is level 3");
    }

    #[test]
    fn hand_worked_profiles() {
        // Drive (75 + 100 + 50) / 3 = 75. Grounding (50 + 25 + 75) / 3 = 50,
        // minus 2 signals × 10 = 30. High drive, low grounding: Dutch enthusiast.
        let s = scores(&[
            ("listening", 75.0),
            ("journeys", 100.0),
            ("experimenting", 50.0),
            ("needs", 50.0),
            ("measurement", 25.0),
            ("value", 75.0),
            ("vision", 0.0),
        ]);
        let p = profile(&s, 2).unwrap();
        assert_eq!(
            (p.drive, p.grounding_before_penalty, p.grounding),
            (75.0, 50.0, 30.0)
        );
        assert_eq!(p.archetype, Archetype::DutchEnthusiast);
        // Without the signals grounding is exactly 50, which counts as high.
        assert_eq!(profile(&s, 0).unwrap().archetype, Archetype::Balanced);
        // Only the answered dimensions of an axis count: drive 25, grounding 75.
        let s = scores(&[("journeys", 25.0), ("value", 75.0)]);
        assert_eq!(
            profile(&s, 0).unwrap().archetype,
            Archetype::FlemishFollower
        );
        // The penalty never takes grounding below 0.
        let s = scores(&[("journeys", 25.0), ("needs", 25.0)]);
        let p = profile(&s, 7).unwrap();
        assert_eq!((p.grounding, p.archetype), (0.0, Archetype::Starter));
    }

    #[test]
    fn no_profile_without_both_axes() {
        assert_eq!(profile(&scores(&[("journeys", 50.0)]), 0), None);
        assert_eq!(
            profile(&scores(&[("needs", 50.0), ("vision", 50.0)]), 0),
            None
        );
        assert_eq!(profile(&[], 3), None);
    }

    #[test]
    fn reference_shapes_sit_in_their_own_quadrant() {
        for archetype in Archetype::ALL {
            let drive = archetype.reference_score(DRIVE[0]);
            let grounding = archetype.reference_score(GROUNDING[0]);
            assert_eq!(Archetype::classify(drive, grounding), archetype);
        }
    }
}
