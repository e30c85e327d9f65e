//! The team view: several respondents' shared results side by side, per
//! dimension the mean, range and spread, the team's stage and profile, and the
//! questions where people disagree most.

use super::assessment::Assessment;
use super::profile::{profile, Profile};
use super::questionnaire::{Dimension, Question, Questionnaire};
use super::scoring::{dimension_scores, level_mean_to_score, mean, DimensionScore};
use super::share::{self, ShareError, SharedResult};
use super::stage::{stage, Stage};

/// Separates the payloads in a team link: not in the payload alphabet.
pub const SEPARATOR: char = '.';
/// How many questions of disagreement are listed.
pub const DISAGREEMENTS: usize = 5;

/// One line of pasted input, decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Respondent(SharedResult),
    /// A line that is not a valid link: its number (from 1) and why.
    Broken {
        line: usize,
        error: ShareError,
    },
}

/// Every non-empty line of pasted text, each decoded on its own.
pub fn parse_lines(text: &str) -> Vec<Line> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| match share::decode(&share::payload_from(l)) {
            Ok(result) => Line::Respondent(result),
            Err(error) => Line::Broken { line: i + 1, error },
        })
        .collect()
}

/// The team link's fragment: the payloads joined by [`SEPARATOR`].
pub fn team_fragment(results: &[SharedResult]) -> String {
    let payloads: Vec<String> = results.iter().filter_map(share::encode).collect();
    payloads.join(&SEPARATOR.to_string())
}

/// The results in a team fragment; broken parts are reported with their place.
pub fn parse_fragment(fragment: &str) -> Vec<Line> {
    let fragment = fragment.trim_start_matches('#');
    if fragment.trim().is_empty() {
        return Vec::new();
    }
    parse_lines(&fragment.split(SEPARATOR).collect::<Vec<_>>().join("\n"))
}

/// A dimension across the team (respondents who answered it with a level).
#[derive(Clone, Copy, Debug)]
pub struct DimensionStats<'q> {
    pub dimension: &'q Dimension,
    pub respondents: usize,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    /// Population standard deviation of the respondents' scores.
    pub spread: f64,
}

/// A question people answered differently.
#[derive(Clone, Debug)]
pub struct Disagreement<'q> {
    pub question: &'q Question,
    /// Each respondent's level, `None` where they gave none.
    pub levels: Vec<Option<u8>>,
    /// Population standard deviation of the levels given.
    pub spread: f64,
}

#[derive(Clone, Debug)]
pub struct TeamReport<'q> {
    pub respondents: usize,
    pub dimensions: Vec<DimensionStats<'q>>,
    pub stage: Option<Stage<'q>>,
    pub profile: Option<Profile>,
    /// Signals more than half of the team answered "yes".
    pub majority_signals: usize,
    pub disagreements: Vec<Disagreement<'q>>,
}

fn spread(values: &[f64]) -> f64 {
    let Some(m) = mean(values.iter().copied()) else {
        return 0.0;
    };
    mean(values.iter().map(|v| (v - m).powi(2))).map_or(0.0, f64::sqrt)
}

impl<'q> TeamReport<'q> {
    pub fn new(q: &'q Questionnaire, results: &[SharedResult]) -> TeamReport<'q> {
        let people: Vec<Assessment> = results
            .iter()
            .map(|r| r.to_assessment(String::new(), 0))
            .collect();
        let scores: Vec<Vec<DimensionScore<'q>>> =
            people.iter().map(|a| dimension_scores(q, a)).collect();
        let dimensions: Vec<DimensionStats<'q>> = q
            .dimensions
            .iter()
            .filter_map(|d| {
                let of_d: Vec<&DimensionScore> = scores
                    .iter()
                    .filter_map(|s| s.iter().find(|x| x.dimension.id == d.id))
                    .collect();
                let values: Vec<f64> = of_d.iter().map(|s| s.score).collect();
                Some(DimensionStats {
                    dimension: d,
                    respondents: values.len(),
                    mean: mean(values.iter().copied())?,
                    min: values.iter().copied().fold(f64::INFINITY, f64::min),
                    max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
                    spread: spread(&values),
                })
            })
            .collect();
        // The team as one respondent: per dimension the mean level of those who
        // answered it; a signal counts when more than half said "yes".
        let team_scores: Vec<DimensionScore<'q>> = dimensions
            .iter()
            .filter_map(|s| {
                let levels = mean(
                    scores
                        .iter()
                        .filter_map(|x| x.iter().find(|y| y.dimension.id == s.dimension.id))
                        .map(|y| y.mean),
                )?;
                Some(DimensionScore {
                    dimension: s.dimension,
                    mean: levels,
                    score: level_mean_to_score(levels),
                    levels: s.respondents,
                })
            })
            .collect();
        let majority_signals = q
            .signals
            .iter()
            .filter(|s| {
                2 * people
                    .iter()
                    .filter(|a| a.signal(&s.id) == Some(true))
                    .count()
                    > people.len()
            })
            .count();
        let mut disagreements: Vec<Disagreement<'q>> = q
            .questions()
            .filter_map(|question| {
                let levels: Vec<Option<u8>> = people
                    .iter()
                    .map(|a| a.answer(&question.id)?.level().map(|l| l.get()))
                    .collect();
                let given: Vec<f64> = levels.iter().flatten().map(|&l| f64::from(l)).collect();
                (given.len() >= 2).then(|| Disagreement {
                    question,
                    spread: spread(&given),
                    levels,
                })
            })
            .filter(|d| d.spread > 0.0)
            .collect();
        disagreements.sort_by(|a, b| b.spread.total_cmp(&a.spread));
        disagreements.truncate(DISAGREEMENTS);
        TeamReport {
            respondents: results.len(),
            stage: stage(&team_scores),
            profile: profile(&team_scores, majority_signals),
            dimensions,
            majority_signals,
            disagreements,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Choice, Level};
    use crate::domain::questionnaire::current;
    use crate::domain::share::SharedResult;

    /// A respondent with the given level on every question of the listed
    /// dimensions, and "yes" to the listed signals.
    fn respondent(levels: &[(&str, u8)], yes: &[&str]) -> SharedResult {
        let q = current();
        let mut a = Assessment::new("r".into(), 0, q);
        for &(dim, level) in levels {
            for question in &q.dimension(dim).unwrap().questions {
                a.set_choice(&question.id, Level::new(level).map(Choice::Level), 1);
            }
        }
        for s in yes {
            a.set_signal(q, s, Some(true), 1);
        }
        SharedResult::from_assessment(&a, false)
    }

    #[test]
    fn hand_computed_mean_range_and_spread() {
        let team = [
            respondent(&[("vision", 2), ("journeys", 4)], &["nps_goal"]),
            respondent(&[("vision", 3), ("journeys", 4)], &["nps_goal"]),
            respondent(&[("vision", 5)], &[]),
        ];
        let r = TeamReport::new(current(), &team);
        assert_eq!(r.respondents, 3);
        let vision = r
            .dimensions
            .iter()
            .find(|d| d.dimension.id == "vision")
            .unwrap();
        // Scores 25, 50 and 100: mean 175 / 3 = 58.33; range 25–100; spread
        // √(((25 − 58.33)² + (50 − 58.33)² + (100 − 58.33)²) / 3)
        //   = √((1111.11 + 69.44 + 1736.11) / 3) = √972.22 = 31.18.
        assert!((vision.mean - 58.333).abs() < 0.001);
        assert_eq!(
            (vision.min, vision.max, vision.respondents),
            (25.0, 100.0, 3)
        );
        assert!((vision.spread - 31.180).abs() < 0.001, "{}", vision.spread);
        let journeys = r
            .dimensions
            .iter()
            .find(|d| d.dimension.id == "journeys")
            .unwrap();
        assert_eq!(
            (journeys.mean, journeys.spread, journeys.respondents),
            (75.0, 0.0, 2)
        );
        assert_eq!(r.majority_signals, 1, "two of three said yes to nps_goal");
        // The vision questions differ most: levels 2, 3 and 5.
        let top = &r.disagreements[0];
        assert!(top.question.id.starts_with("vision."));
        assert_eq!(top.levels, [Some(2), Some(3), Some(5)]);
        assert!(r
            .disagreements
            .iter()
            .all(|d| d.question.id.starts_with("vision.")));
        // Team stage from the team's mean levels: vision (2 + 3 + 5) / 3 = 3.33,
        // journeys 4: both reach 3, not both 4, so stage 3; weakest: vision.
        let stage = r.stage.unwrap();
        assert_eq!(
            (stage.level.get(), stage.weakest.dimension.id.as_str()),
            (3, "vision")
        );
    }

    #[test]
    fn lines_are_decoded_one_by_one_and_broken_ones_reported_with_their_number() {
        let good = share::encode(&respondent(&[("vision", 3)], &[])).unwrap();
        let text = format!(
            "{good}\n\n  https://x.org/share#{good}.  \nnot a link\n{}",
            &good[..10]
        );
        let lines = parse_lines(&text);
        assert_eq!(lines.len(), 4);
        assert!(matches!(lines[0], Line::Respondent(_)) && matches!(lines[1], Line::Respondent(_)));
        assert!(matches!(
            lines[2],
            Line::Broken {
                line: 4,
                error: ShareError::BadCharacter(3)
            }
        ));
        assert!(matches!(
            lines[3],
            Line::Broken {
                line: 5,
                error: ShareError::Truncated
            }
        ));
    }

    #[test]
    fn a_team_link_holds_every_result_and_reads_back() {
        let team = [
            respondent(&[("vision", 2)], &[]),
            respondent(&[("needs", 4)], &["survey_spam"]),
        ];
        let fragment = team_fragment(&team);
        let back: Vec<SharedResult> = parse_fragment(&format!("#{fragment}"))
            .into_iter()
            .filter_map(|l| match l {
                Line::Respondent(r) => Some(r),
                Line::Broken { .. } => None,
            })
            .collect();
        assert_eq!(back, team);
        assert!(parse_fragment("").is_empty() && parse_fragment("#").is_empty());
    }

    #[test]
    fn an_empty_team_has_no_numbers() {
        let r = TeamReport::new(current(), &[]);
        assert!(
            r.dimensions.is_empty()
                && r.stage.is_none()
                && r.profile.is_none()
                && r.disagreements.is_empty()
        );
    }
}
