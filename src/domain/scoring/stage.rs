//! The stage (1–5): non-compensatory, so one strong area cannot hide a broken one.

use crate::domain::answers::Level;
use crate::domain::scoring::scores::DimensionScore;

/// Means are sums of small whole numbers divided by small counts; a tolerance keeps
/// 2.9999999 from falling below 3.
const EPSILON: f64 = 1e-9;

/// The stage and the weakest dimension, which is always named beside it.
#[derive(Clone, Copy, Debug)]
pub struct Stage<'q> {
    pub level: Level,
    pub weakest: DimensionScore<'q>,
}

/// Whether stage `level` is reached: at least 80 % of the scored dimensions have a
/// mean of at least `level`, and none has a mean below `level − 1`.
pub fn reaches(scores: &[DimensionScore], level: u8) -> bool {
    let level = f64::from(level);
    let at_level = scores.iter().filter(|s| s.mean >= level - EPSILON).count();
    // at_level / n ≥ 80 %, in whole numbers: 5 × at_level ≥ 4 × n.
    !scores.is_empty()
        && 5 * at_level >= 4 * scores.len()
        && scores.iter().all(|s| s.mean >= level - 1.0 - EPSILON)
}

/// The highest stage reached and the weakest dimension (the first in questionnaire
/// order when several are equally weak); `None` when no dimension has a score.
pub fn stage<'q>(scores: &[DimensionScore<'q>]) -> Option<Stage<'q>> {
    let weakest = *scores.iter().min_by(|a, b| a.mean.total_cmp(&b.mean))?;
    let level = (Level::MIN..=Level::MAX)
        .rev()
        .find(|&l| reaches(scores, l))
        .and_then(Level::new)?;
    Some(Stage { level, weakest })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::current;
    use crate::domain::scoring::scores::level_mean_to_score;

    /// Scores for the first dimensions of the real questionnaire with these means.
    fn with_means(means: &[f64]) -> Vec<DimensionScore<'static>> {
        current()
            .dimensions
            .iter()
            .zip(means)
            .map(|(dimension, &mean)| DimensionScore {
                dimension,
                mean,
                score: level_mean_to_score(mean),
                levels: 1,
            })
            .collect()
    }

    fn stage_of(means: &[f64]) -> (u8, &'static str) {
        let s = stage(&with_means(means)).unwrap();
        (s.level.get(), s.weakest.dimension.id.as_str())
    }

    #[test]
    fn hand_worked_stages() {
        // Ten at 4, then 3 and 2. Stage 4: 10 of 12 reach 4 (83.3 % ≥ 80 %), but
        // dimension 12 has 2, below 4 − 1 = 3, so not stage 4. Stage 3: 11 of 12
        // reach 3 and none is below 2. Weakest: value (the 12th).
        let means = [4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 3.0, 2.0];
        assert_eq!(stage_of(&means), (3, "value"));
        // Nine at 5, three at 4: 9 of 12 reach 5 = 75 % < 80 %, so stage 4.
        let means = [5.0, 5.0, 4.0, 5.0, 5.0, 4.0, 5.0, 5.0, 4.0, 5.0, 5.0, 5.0];
        // All reach 4 and none is below 3: stage 4. Weakest: people (3rd).
        assert_eq!(stage_of(&means), (4, "people"));
        // Ten at 5 and two at 4: 83.3 % reach 5, none below 4: stage 5.
        let means = [5.0, 5.0, 5.0, 5.0, 4.0, 5.0, 5.0, 5.0, 5.0, 4.0, 5.0, 5.0];
        assert_eq!(stage_of(&means), (5, "journeys"));
        // One dimension at 1 caps everything else at stage 2, however strong.
        let means = [5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 1.0];
        assert_eq!(stage_of(&means), (2, "value"));
        // All at level 1: stage 1.
        assert_eq!(stage_of(&[1.0, 1.0, 1.0]), (1, "vision"));
    }

    #[test]
    fn eighty_percent_is_counted_exactly() {
        // Four of five reach 3 (exactly 80 %): stage 3.
        assert_eq!(stage_of(&[3.0, 3.0, 3.0, 3.0, 2.0]).0, 3);
        // Three of four reach 3 (75 %): stage 2.
        assert_eq!(stage_of(&[3.0, 3.0, 3.0, 2.0]).0, 2);
        // A mean a hair under a whole number from floating point still counts.
        assert_eq!(stage_of(&[(2.0 + 4.0 + 3.0) / 3.0; 3]).0, 3);
    }

    #[test]
    fn nothing_scored_has_no_stage() {
        assert!(stage(&[]).is_none());
        assert!(!reaches(&[], 1));
    }

    #[test]
    fn the_first_of_equally_weak_dimensions_is_named() {
        assert_eq!(stage_of(&[3.0, 2.5, 4.0, 2.5]), (2, "leadership"));
    }
}
