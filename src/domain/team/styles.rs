//! The team's styles: how many respondents have each profile, whether they agree,
//! and the mean point on the quadrant (never named as a profile).

use crate::domain::scoring::profile::{Archetype, Profile};
use crate::domain::scoring::scores::mean;

/// How many respondents have each profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProfileCounts {
    /// Clear or leaning profiles, in [`Archetype::ALL`] order.
    pub archetypes: [usize; 4],
    /// Of those, how many only lean that way.
    pub leaning: usize,
    /// No clear profile yet (near the middle on both axes).
    pub unclear: usize,
    /// No profile at all (too few statements answered).
    pub none: usize,
}

/// Whether the team shares a style: what the team view leads with. A team has
/// no profile of its own; the mean point is only plotted, never named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StyleAgreement {
    /// Nobody has a profile yet.
    NoProfiles,
    /// One respondent has a profile: nothing to agree on.
    One,
    /// Everyone with a profile has this one (clearly or leaning).
    Agree(Archetype),
    /// Respondents differ: two or more profiles, or some without a clear one.
    Split,
}

impl ProfileCounts {
    /// Respondents with a profile, clear, leaning or not clear yet.
    pub fn with_profile(&self) -> usize {
        self.archetypes.iter().sum::<usize>() + self.unclear
    }

    pub fn agreement(&self) -> StyleAgreement {
        match self.with_profile() {
            0 => StyleAgreement::NoProfiles,
            1 => StyleAgreement::One,
            n => match Archetype::ALL
                .iter()
                .zip(self.archetypes)
                .find(|(_, k)| *k == n)
            {
                Some((&a, _)) => StyleAgreement::Agree(a),
                None => StyleAgreement::Split,
            },
        }
    }
}

/// The mean of the respondents' axes, over those who answered enough style items
/// to have a profile: a point on the quadrant, not a profile anyone has.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TeamMean {
    pub drive: f64,
    pub grounding: f64,
    pub respondents: usize,
}

impl TeamMean {
    pub(super) fn of(profiles: &[Profile]) -> Option<TeamMean> {
        Some(TeamMean {
            drive: mean(profiles.iter().map(|p| p.drive.value))?,
            grounding: mean(profiles.iter().map(|p| p.grounding.value))?,
            respondents: profiles.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_team_agrees_only_when_everyone_with_a_profile_shares_it() {
        let counts = |archetypes: [usize; 4], unclear: usize| ProfileCounts {
            archetypes,
            unclear,
            ..ProfileCounts::default()
        };
        assert_eq!(counts([0; 4], 0).agreement(), StyleAgreement::NoProfiles);
        assert_eq!(counts([0, 1, 0, 0], 0).agreement(), StyleAgreement::One);
        assert_eq!(counts([0, 0, 0, 0], 1).agreement(), StyleAgreement::One);
        assert_eq!(
            counts([0, 0, 3, 0], 0).agreement(),
            StyleAgreement::Agree(Archetype::ALL[2])
        );
        // Two of three is a majority, not the team's profile.
        assert_eq!(counts([2, 1, 0, 0], 0).agreement(), StyleAgreement::Split);
        assert_eq!(counts([3, 0, 0, 0], 1).agreement(), StyleAgreement::Split);
        assert_eq!(counts([0, 0, 0, 0], 2).agreement(), StyleAgreement::Split);
    }
}
