//! What to do next: the top gaps, each with an owner, a deliverable and a success
//! measure, and a 90-day plan fed by the gaps, the signals and the profile.
//!
//! A gap is one question's answered level below the top. Its priority is the
//! question's weight (1–3, how much the practice matters for customers) times the
//! levels still to climb; the profile's focus only breaks ties. At most one gap
//! per dimension, so no two steps say nearly the same thing. Where nothing is left
//! to climb, the level-5 "keep learning" steps of the weightiest practices fill in.

use crate::domain::answers::Level;
use crate::domain::assessment::Assessment;
use crate::domain::locale::Localized;
use crate::domain::questionnaire::applicability::counts_for_maturity;
use crate::domain::questionnaire::{Dimension, Question, Questionnaire, Role, Signal};
use crate::domain::scoring::profile::{Archetype, Clarity, Profile};

/// Themes an enthusiast looks at first: tying activity to need and worth.
pub const GROUNDING_THEMES: [&str; 3] = ["needs", "measurement", "value"];
/// Themes a follower looks at first: listening, journeys and trying things.
pub const DRIVE_THEMES: [&str; 3] = ["listening", "journeys", "experimenting"];

/// The days of the plan's moves.
pub const PLAN_DAYS: [u8; 3] = [30, 60, 90];
/// How many gaps the results show.
pub const GAPS: usize = 3;
/// Added to the priority of a gap in a dimension the profile points at: less than
/// one weight step, so it only breaks ties.
pub const PROFILE_TIE_BREAK: f64 = 0.5;

/// The dimensions a profile should look at first.
pub fn focus(archetype: Archetype) -> &'static [&'static str] {
    match archetype {
        Archetype::DutchEnthusiast => &GROUNDING_THEMES,
        Archetype::FlemishFollower => &DRIVE_THEMES,
        Archetype::Starter => &["vision", "leadership"],
        Archetype::Balanced => &[],
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Gap<'q> {
    pub dimension: &'q Dimension,
    pub question: &'q Question,
    /// The level the company chose.
    pub level: Level,
    /// `weight × (5 − level)`, plus the profile's tie-break.
    pub priority: f64,
    pub profile_focus: bool,
}

impl<'q> Gap<'q> {
    /// What moving up one level looks like (at level 5: how to keep learning).
    pub fn instruction(&self) -> &'q Localized {
        &self.question.levels[self.level.index()].next
    }

    /// True when the practice is at the top and the step is about keeping it.
    pub fn keeps_learning(&self) -> bool {
        self.level.get() == Level::MAX
    }

    pub fn owner(&self, q: &'q Questionnaire) -> Option<&'q Role> {
        q.role(&self.question.owner)
    }
}

/// Every answered practice as a candidate gap, highest priority first.
fn candidates<'q>(q: &'q Questionnaire, a: &Assessment, profile: Option<&Profile>) -> Vec<Gap<'q>> {
    let focused = profile
        .filter(|p| p.clarity != Clarity::Unclear)
        .map_or(&[][..], |p| focus(p.archetype));
    let mut all: Vec<Gap<'q>> = q
        .dimensions
        .iter()
        .flat_map(|dimension| {
            let profile_focus = focused.contains(&dimension.id.as_str());
            dimension.questions.iter().filter_map(move |question| {
                if !counts_for_maturity(question, a) {
                    return None;
                }
                let level = a.answer(&question.id)?.level()?;
                let climb = f64::from(Level::MAX - level.get());
                let tie = if profile_focus && climb > 0.0 {
                    PROFILE_TIE_BREAK
                } else {
                    0.0
                };
                Some(Gap {
                    dimension,
                    question,
                    level,
                    priority: f64::from(question.weight) * climb + tie,
                    profile_focus,
                })
            })
        })
        .collect();
    // Stable: equal priorities keep the lower level first, then questionnaire order.
    all.sort_by_key(|g| g.level);
    all.sort_by(|x, y| y.priority.total_cmp(&x.priority));
    all
}

/// The top gaps: highest priority first, one per dimension; the "keep learning"
/// steps of the weightiest top-level practices when fewer gaps remain.
pub fn top_gaps<'q>(
    q: &'q Questionnaire,
    a: &Assessment,
    profile: Option<&Profile>,
) -> Vec<Gap<'q>> {
    let all = candidates(q, a, profile);
    let (climbing, top): (Vec<Gap<'q>>, Vec<Gap<'q>>) =
        all.into_iter().partition(|g| !g.keeps_learning());
    let mut top = top;
    top.sort_by_key(|g| std::cmp::Reverse(g.question.weight));
    let mut picked: Vec<Gap<'q>> = Vec::new();
    for gap in climbing.into_iter().chain(top) {
        if picked.len() == GAPS {
            break;
        }
        if picked.iter().all(|p| p.dimension.id != gap.dimension.id) {
            picked.push(gap);
        }
    }
    picked
}

#[derive(Clone, Copy, Debug)]
pub enum Source<'q> {
    Gap(&'q Question),
    Signal(&'q Signal),
    Profile(Archetype),
}

impl PartialEq for Source<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Source::Gap(a), Source::Gap(b)) => a.id == b.id,
            (Source::Signal(a), Source::Signal(b)) => a.id == b.id,
            (Source::Profile(a), Source::Profile(b)) => a == b,
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct PlanMove<'q> {
    /// Day 30, 60 or 90.
    pub by_day: u8,
    pub text: &'q Localized,
    pub source: Source<'q>,
    pub owner: Option<&'q Role>,
}

/// Three moves for the next 90 days, taken in this order from: the first gap, the
/// profile's first move (so it is always in the plan, whatever the signals), the
/// first signal answered "yes" (its action, not its explanation), the second and
/// third gap, the other signals. A text already taken is skipped.
pub fn plan<'q>(
    q: &'q Questionnaire,
    gaps: &[Gap<'q>],
    signals: &[&'q Signal],
    profile: Option<&Profile>,
) -> Vec<PlanMove<'q>> {
    let gap = |i: usize| {
        gaps.get(i)
            .map(|g| (g.instruction(), Source::Gap(g.question), g.owner(q)))
    };
    let signal = |s: &&'q Signal| (&s.action, Source::Signal(s), q.role(&s.owner));
    let profile_move = profile.and_then(|p| {
        let text = q.profile(p.text_id())?.first_moves.first()?;
        Some((text, Source::Profile(p.archetype), None))
    });
    let ordered = gap(0)
        .into_iter()
        .chain(profile_move)
        .chain(signals.first().map(signal))
        .chain(gap(1))
        .chain(gap(2))
        .chain(signals.iter().skip(1).map(signal));
    let mut seen: Vec<&Localized> = Vec::new();
    let mut moves: Vec<PlanMove<'q>> = Vec::new();
    for (text, source, owner) in ordered {
        if moves.len() == PLAN_DAYS.len() {
            break;
        }
        // The same words (in every language loaded) are one move, even from two sources.
        if seen.iter().any(|t| t.all() == text.all()) {
            continue;
        }
        seen.push(text);
        moves.push(PlanMove {
            by_day: PLAN_DAYS[moves.len()],
            text,
            source,
            owner,
        });
    }
    moves
}

/// The signals answered "yes", in questionnaire order.
pub fn warnings<'q>(q: &'q Questionnaire, a: &Assessment) -> Vec<&'q Signal> {
    q.signals
        .iter()
        .filter(|s| a.signal(&s.id) == Some(true))
        .collect()
}

#[cfg(test)]
#[path = "advice_tests.rs"]
mod tests;
