//! The team view: several respondents' shared results side by side, per
//! dimension the mean, range and spread, the team's stage and profile, and the
//! questions where people disagree most; who is in it (`roster`) and its CSV.

pub mod csv;
pub mod kept;
mod links;
mod offer;
mod revisions;
pub mod roster;
mod steps;
mod styles;

pub use links::links_in;
pub use offer::{Entry, Offer, Taken};
pub use revisions::Revisions;
pub use roster::{Member, Problem, Roster, Source};
pub use steps::{shared_steps, SharedStep, SHARED_STEPS};
pub use styles::{ProfileCounts, StyleAgreement, TeamMean};

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::{Dimension, Question, Questionnaire};
use crate::domain::scoring::profile::{profile, Archetype, Clarity, Profile};
use crate::domain::scoring::scores::{
    dimension_scores, level_mean_to_score, mean, overall, DimensionScore,
};
use crate::domain::scoring::stage::{stage, Stage};
use crate::domain::share::{self, ShareError, SharedResult};

/// Separates the payloads in a team link: not in the payload alphabet.
pub const SEPARATOR: char = '.';
/// How many questions of disagreement are listed.
pub const DISAGREEMENTS: usize = 5;
/// How many themes of widest spread are named.
pub const WIDEST: usize = 3;

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

/// Every link in pasted text, each decoded on its own: usually one a line, but a
/// line may hold several (see [`links_in`]).
pub fn parse_lines(text: &str) -> Vec<Line> {
    text.lines()
        .enumerate()
        .flat_map(|(i, l)| links_in(l).into_iter().map(move |link| (i, link)))
        .map(|(i, link)| match share::read_link(link) {
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
    /// The mean point on the quadrant (see [`TeamMean`]).
    pub mean_point: Option<TeamMean>,
    /// Signals more than half of the team answered "yes".
    pub majority_signals: usize,
    pub disagreements: Vec<Disagreement<'q>>,
    /// Each respondent's theme scores, in the questionnaire's theme order.
    pub scores: Vec<Vec<Option<f64>>>,
    /// Each respondent's overall score and stage (1–5), as their own results say.
    pub overall: Vec<(Option<f64>, Option<u8>)>,
    /// Each respondent's place on the profile axes, when they have one.
    pub points: Vec<Option<Profile>>,
    /// How many respondents have each profile.
    pub profile_counts: ProfileCounts,
    /// The themes where the team differs most, widest spread first (at most
    /// [`WIDEST`], only themes with any spread).
    pub widest: Vec<DimensionStats<'q>>,
    /// The revisions answered and what a mixed team is combined on.
    pub revisions: Revisions,
    /// The moves several respondents' own 90-day plans share (the team's plan).
    pub shared_steps: Vec<SharedStep<'q>>,
}

fn spread(values: &[f64]) -> f64 {
    let Some(m) = mean(values.iter().copied()) else {
        return 0.0;
    };
    mean(values.iter().map(|v| (v - m).powi(2))).map_or(0.0, f64::sqrt)
}

impl<'q> TeamReport<'q> {
    pub fn new(q: &'q Questionnaire, results: &[SharedResult]) -> TeamReport<'q> {
        let revisions = Revisions::of(q, results);
        let people: Vec<Assessment> = results
            .iter()
            .map(|r| {
                let mut a = r.to_assessment(String::new(), 0);
                revisions.restrict(&mut a);
                a
            })
            .collect();
        let scores: Vec<Vec<DimensionScore<'q>>> =
            people.iter().map(|a| dimension_scores(q, a)).collect();
        let points: Vec<Option<Profile>> = people.iter().map(|a| profile(q, a)).collect();
        let profiles: Vec<Profile> = points.iter().flatten().copied().collect();
        let mut counts = ProfileCounts {
            none: points.len() - profiles.len(),
            ..ProfileCounts::default()
        };
        for p in &profiles {
            match p.clarity {
                Clarity::Unclear => counts.unclear += 1,
                clarity => {
                    counts.leaning += usize::from(clarity == Clarity::Leans);
                    if let Some(i) = Archetype::ALL.iter().position(|&a| a == p.archetype) {
                        counts.archetypes[i] += 1;
                    }
                }
            }
        }
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
        // The team as one respondent for the stage: per dimension the mean level of
        // those who answered it; a signal counts when more than half said "yes".
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
        let mut widest: Vec<DimensionStats<'q>> = dimensions
            .iter()
            .filter(|d| d.spread > 0.0)
            .copied()
            .collect();
        widest.sort_by(|a, b| b.spread.total_cmp(&a.spread));
        widest.truncate(WIDEST);
        let per_theme = scores
            .iter()
            .map(|s| {
                q.dimensions
                    .iter()
                    .map(|d| s.iter().find(|x| x.dimension.id == d.id).map(|x| x.score))
                    .collect()
            })
            .collect();
        let per_person = scores
            .iter()
            .map(|s| (overall(s), stage(s).map(|x| x.level.get())))
            .collect();
        TeamReport {
            shared_steps: shared_steps(q, &people, &points),
            scores: per_theme,
            overall: per_person,
            profile_counts: counts,
            points,
            widest,
            revisions,
            respondents: results.len(),
            stage: stage(&team_scores),
            mean_point: TeamMean::of(&profiles),
            dimensions,
            majority_signals,
            disagreements,
        }
    }
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
