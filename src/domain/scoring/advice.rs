//! What to do next: the top three steps (DESIGN §5, Plan), from the candidates as
//! `ranking` orders them. The three hold at most one step per theme and per family
//! of action, and one of them is reserved for the profile's move: a grounding step
//! for an enthusiast, a drive step for a follower, a foundation for a starter, the
//! weakest theme's step for a balanced company or one without a clear profile.

use crate::domain::answers::Level;
use crate::domain::assessment::Assessment;
use crate::domain::locale::Localized;
use crate::domain::questionnaire::{
    step_details, Dimension, MoveKind, Question, Questionnaire, Role, StepDetails,
};
use crate::domain::scoring::profile::{Archetype, Clarity, Profile};
use crate::domain::scoring::ranking;
use crate::domain::scoring::scores::dimension_scores;

/// How many steps the results show.
pub const GAPS: usize = 3;

/// The kind of practice a profile needs to move: `None` for a balanced company or
/// one without a clear profile (their move is their weakest theme).
pub fn move_kind(profile: Option<&Profile>) -> Option<MoveKind> {
    let p = profile.filter(|p| p.clarity != Clarity::Unclear)?;
    match p.archetype {
        Archetype::DutchEnthusiast => Some(MoveKind::Grounding),
        Archetype::FlemishFollower => Some(MoveKind::Drive),
        Archetype::Starter => Some(MoveKind::Foundation),
        Archetype::Balanced => None,
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Gap<'q> {
    pub dimension: &'q Dimension,
    pub question: &'q Question,
    /// The level the company chose.
    pub level: Level,
    /// `weight × (5 − level)`, or more when a waiting step hands its priority on.
    pub priority: f64,
    /// The step reserved for the profile's move.
    pub profile_move: bool,
    /// What decides between equal priorities, highest first (`ranking`).
    pub ties: [f64; 4],
}

impl<'q> Gap<'q> {
    /// What moving up one level looks like (at level 5: how to keep learning),
    /// once the steps' words are loaded.
    pub fn instruction(&self, q: &Questionnaire) -> Option<&'static Localized> {
        self.details(q).map(|d| &d.next)
    }

    /// True when the practice is at the top and the step is about keeping it.
    pub fn keeps_learning(&self) -> bool {
        self.level.get() == Level::MAX
    }

    /// The role that owns this step.
    pub fn owner(&self, q: &'q Questionnaire) -> Option<&'q Role> {
        q.role(&self.question.levels[self.level.index()].owner)
    }

    /// The kind of action (one of each in a plan).
    pub fn family(&self) -> &'q str {
        &self.question.levels[self.level.index()].family
    }

    /// Highest priority first, then the tie-breaks (`ranking`).
    pub fn order(&self, other: &Gap) -> std::cmp::Ordering {
        let ties = self.ties.iter().zip(&other.ties);
        ties.fold(self.priority.total_cmp(&other.priority), |o, (x, y)| {
            o.then_with(|| x.total_cmp(y))
        })
    }

    /// Its deliverable and measure, once they are loaded.
    pub fn details(&self, q: &Questionnaire) -> Option<&'static StepDetails> {
        step_details::of(q, self.question, self.level)
    }
}

/// Whether two steps may stand in one plan: other theme, other kind of action.
fn apart(x: &Gap, y: &Gap) -> bool {
    x.dimension.id != y.dimension.id && (x.family().is_empty() || x.family() != y.family())
}

/// The step the profile's move reserves: the best of its kind, else the best of the
/// weakest theme that has one.
fn reserved<'q>(
    q: &'q Questionnaire,
    a: &Assessment,
    pool: &[Gap<'q>],
    profile: Option<&Profile>,
) -> Option<Gap<'q>> {
    let of_kind =
        move_kind(profile).and_then(|kind| pool.iter().find(|g| g.question.moves() == Some(kind)));
    let weakest = || {
        dimension_scores(q, a)
            .iter()
            .filter_map(|s| {
                Some((
                    s.score,
                    pool.iter().find(|g| g.dimension.id == s.dimension.id)?,
                ))
            })
            .min_by(|x, y| x.0.total_cmp(&y.0))
            .map(|(_, g)| g)
    };
    of_kind.or_else(weakest).copied()
}

/// The top three steps: the company's highest priorities, at most one per theme and
/// family, one of them the profile's move; prerequisites before what builds on them.
pub fn top_gaps<'q>(
    q: &'q Questionnaire,
    a: &Assessment,
    profile: Option<&Profile>,
) -> Vec<Gap<'q>> {
    let all = ranking::candidates(q, a);
    // Climbing steps first; at the top, the weightiest practices' "keep learning".
    let (mut pool, top): (Vec<Gap<'q>>, Vec<Gap<'q>>) =
        all.into_iter().partition(|g| !g.keeps_learning());
    for weight in (1..=3).rev() {
        pool.extend(top.iter().filter(|g| g.question.weight == weight));
    }
    let mut picked: Vec<Gap<'q>> = Vec::new();
    if let Some(mut m) = reserved(q, a, &pool, profile) {
        m.profile_move = true;
        picked.push(m);
    }
    // Of the steps that tie on every key, one whose owner has no step yet (rather
    // than questionnaire order), so the 90 days do not all fall on one person.
    while picked.len() < GAPS {
        let open: Vec<&Gap<'q>> = pool
            .iter()
            .filter(|g| picked.iter().all(|p| apart(p, g)))
            .collect();
        let Some(best) = open.first() else { break };
        let free = |g: &&&Gap<'q>| {
            let owner = &g.question.levels[g.level.index()].owner;
            picked
                .iter()
                .all(|p| &p.question.levels[p.level.index()].owner != owner)
        };
        let next = open
            .iter()
            .take_while(|g| g.order(best).is_eq())
            .find(free)
            .unwrap_or(best);
        picked.push(**next);
    }
    // In rank order, the profile's move where its rank puts it.
    picked.sort_by(ranking::by_rank);
    picked
}

#[cfg(test)]
#[path = "advice_tests.rs"]
mod tests;
