//! Score formulas (DESIGN.md §5): levels to 0–100, dimension and overall scores.
//! The stage, profile, confidence and B2B readiness build on these in their own
//! modules; every number the app shows comes from this family of modules.

use crate::domain::answers::Level;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::applicability::counts_for_maturity;
use crate::domain::questionnaire::{Dimension, Question, Questionnaire};

/// Maps a mean level (1–5) to 0–100: `(mean − 1) / 4 × 100`.
pub fn level_mean_to_score(mean: f64) -> f64 {
    (mean - f64::from(Level::MIN)) / f64::from(Level::MAX - Level::MIN) * 100.0
}

/// A score as shown to people: a whole number, halves rounded up (62.5 shows as 63,
/// where `format!("{:.0}")` would round half to even and show 62).
pub fn shown(score: f64) -> u32 {
    score.clamp(0.0, 100.0).round() as u32
}

/// The arithmetic mean, or `None` for no values.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0u32), |(sum, n), v| (sum + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// The mean of the levels answered to these questions and how many there were;
/// "don't know", "not applicable" and unanswered questions are left out.
pub fn mean_level<'a>(
    questions: impl IntoIterator<Item = &'a Question>,
    assessment: &Assessment,
) -> Option<(f64, usize)> {
    let levels: Vec<f64> = questions
        .into_iter()
        .filter_map(|q| assessment.answer(&q.id)?.level())
        .map(|l| f64::from(l.get()))
        .collect();
    Some((mean(levels.iter().copied())?, levels.len()))
}

/// The dimension's score: the mean of the answered levels mapped to 0–100.
/// "Don't know" and "not applicable" are left out; `None` when nothing counts.
pub fn dimension_score(dimension: &Dimension, assessment: &Assessment) -> Option<f64> {
    mean_level(maturity_questions(dimension, assessment), assessment)
        .map(|(m, _)| level_mean_to_score(m))
}

/// A dimension with at least one level answered.
/// The questions of a dimension whose levels count for this company's maturity.
pub fn maturity_questions<'q>(
    dimension: &'q Dimension,
    assessment: &'q Assessment,
) -> impl Iterator<Item = &'q Question> + 'q {
    dimension
        .questions
        .iter()
        .filter(move |q| counts_for_maturity(q, assessment))
}

#[derive(Clone, Copy, Debug)]
pub struct DimensionScore<'q> {
    pub dimension: &'q Dimension,
    /// The mean of its answered levels, 1–5 (the stage compares these).
    pub mean: f64,
    /// The mean mapped to 0–100.
    pub score: f64,
    /// How many of its questions were answered with a level.
    pub levels: usize,
}

/// Every dimension that has at least one level answered, in questionnaire order.
pub fn dimension_scores<'q>(
    q: &'q Questionnaire,
    assessment: &Assessment,
) -> Vec<DimensionScore<'q>> {
    q.dimensions
        .iter()
        .filter_map(|dimension| {
            let (mean, levels) = mean_level(maturity_questions(dimension, assessment), assessment)?;
            Some(DimensionScore {
                dimension,
                mean,
                score: level_mean_to_score(mean),
                levels,
            })
        })
        .collect()
}

/// The overall score: the mean of the dimension scores that have an answer, so
/// every dimension weighs the same however many questions it has.
pub fn overall(scores: &[DimensionScore]) -> Option<f64> {
    mean(scores.iter().map(|s| s.score))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Choice;
    use crate::domain::questionnaire::current;
    use proptest::prelude::*;

    fn with(choices: &[Option<Choice>]) -> Assessment {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        for (question, choice) in q.dimensions[0].questions.iter().zip(choices) {
            a.set_choice(&question.id, *choice, 1);
        }
        a
    }

    fn lvl(n: u8) -> Option<Choice> {
        Some(Choice::Level(Level::new(n).unwrap()))
    }

    #[test]
    fn hand_worked_dimension_scores() {
        let dim = &current().dimensions[0];
        // Levels 2, 4 and 3: mean 3, (3 − 1) / 4 × 100 = 50.
        assert_eq!(
            dimension_score(dim, &with(&[lvl(2), lvl(4), lvl(3)])),
            Some(50.0)
        );
        // Levels 5 and 4 with one "don't know": mean 4.5, 3.5 / 4 × 100 = 87.5.
        let unsure = with(&[lvl(5), Some(Choice::DontKnow), lvl(4)]);
        assert_eq!(dimension_score(dim, &unsure), Some(87.5));
        // All level 1: 0; all level 5: 100.
        assert_eq!(dimension_score(dim, &with(&[lvl(1), lvl(1)])), Some(0.0));
        assert_eq!(dimension_score(dim, &with(&[lvl(5)])), Some(100.0));
    }

    #[test]
    fn the_overall_score_weighs_every_answered_dimension_the_same() {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        // Dimension 1: levels 5 and 3, mean 4, score 75.
        a.set_choice(&q.dimensions[0].questions[0].id, lvl(5), 1);
        a.set_choice(&q.dimensions[0].questions[1].id, lvl(3), 1);
        // Dimension 2: one level 2, score 25. Dimension 3: only "don't know".
        a.set_choice(&q.dimensions[1].questions[0].id, lvl(2), 1);
        a.set_choice(&q.dimensions[2].questions[0].id, Some(Choice::DontKnow), 1);
        let scores = dimension_scores(q, &a);
        let ids: Vec<&str> = scores.iter().map(|s| s.dimension.id.as_str()).collect();
        assert_eq!(ids, ["vision", "leadership"]);
        assert_eq!(
            (scores[0].mean, scores[0].score, scores[0].levels),
            (4.0, 75.0, 2)
        );
        // (75 + 25) / 2 = 50, not (5 + 3 + 2) / 3 levels = 3.33 → 58.3.
        assert_eq!(overall(&scores), Some(50.0));
        assert_eq!(overall(&[]), None);
        assert_eq!(mean([]), None);
    }

    #[test]
    fn shown_scores_round_halves_up_and_stay_in_range() {
        assert_eq!(shown(62.5), 63);
        assert_eq!(shown(37.5), 38);
        assert_eq!(shown(12.49), 12);
        assert_eq!(shown(-3.0), 0);
        assert_eq!(shown(140.0), 100);
    }

    #[test]
    fn nothing_that_counts_gives_no_score() {
        let dim = &current().dimensions[0];
        assert_eq!(dimension_score(dim, &with(&[])), None);
        let skipped = with(&[Some(Choice::NotApplicable), Some(Choice::DontKnow)]);
        assert_eq!(dimension_score(dim, &skipped), None);
    }

    fn any_choice() -> impl Strategy<Value = Option<Choice>> {
        prop_oneof![
            Just(None),
            Just(Some(Choice::DontKnow)),
            Just(Some(Choice::NotApplicable)),
            (1u8..=5).prop_map(lvl),
        ]
    }

    proptest! {
        #[test]
        fn scores_stay_within_the_answered_levels(choices in prop::collection::vec(any_choice(), 4)) {
            let dim = &current().dimensions[0];
            let levels: Vec<u8> = choices.iter().filter_map(|c| match c {
                Some(Choice::Level(l)) => Some(l.get()),
                _ => None,
            }).collect();
            match dimension_score(dim, &with(&choices)) {
                None => prop_assert!(levels.is_empty()),
                Some(score) => {
                    let lo = level_mean_to_score(f64::from(*levels.iter().min().unwrap()));
                    let hi = level_mean_to_score(f64::from(*levels.iter().max().unwrap()));
                    prop_assert!((0.0..=100.0).contains(&score));
                    prop_assert!(lo - 1e-9 <= score && score <= hi + 1e-9);
                }
            }
        }

        #[test]
        fn the_order_of_answers_changes_nothing(choices in prop::collection::vec(any_choice(), 4)) {
            let dim = &current().dimensions[0];
            let mut reversed = choices.clone();
            reversed.reverse();
            prop_assert_eq!(dimension_score(dim, &with(&choices)), dimension_score(dim, &with(&reversed)));
        }
    }
}
