//! The 90-day plan: three to five actions, each sized to be finished in 30 days.
//!
//! The top three steps (the profile's move among them) fall due on days 30, 60 and
//! 90, a prerequisite before what builds on it; the first two signals answered
//! "yes" each add one concrete action for their owner, due on days 60 and 90 beside
//! the steps (another owner, run alongside; the first month holds one action only). A signal's explanation stays with its
//! warning.

use crate::domain::assessment::Assessment;
use crate::domain::locale::Localized;
use crate::domain::questionnaire::{
    step_details, Question, Questionnaire, Role, Signal, StepDetails,
};
use crate::domain::scoring::advice::Gap;

/// Days between the plan's due dates.
pub const STEP_DAYS: u16 = 30;
/// How many signals answered "yes" enter the plan as actions.
pub const PLAN_SIGNALS: usize = 2;

#[derive(Clone, Copy, Debug)]
pub enum Source<'q> {
    Gap(&'q Question),
    Signal(&'q Signal),
}

impl PartialEq for Source<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Source::Gap(a), Source::Gap(b)) => a.id == b.id,
            (Source::Signal(a), Source::Signal(b)) => a.id == b.id,
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct PlanMove<'q> {
    /// Days from the day the plan is made: 30, 60 or 90.
    pub by_day: u16,
    pub source: Source<'q>,
    pub owner: Option<&'q Role>,
    /// The step, for a move from a gap (its deliverable, measure and level).
    pub gap: Option<Gap<'q>>,
}

impl<'q> PlanMove<'q> {
    /// What to do, what it delivers and how it is measured, once the plan's
    /// words are loaded: a step's, or a signal's action.
    pub fn words(&self, q: &Questionnaire) -> Option<&'static StepDetails> {
        match (self.source, self.gap) {
            (Source::Signal(s), _) => step_details::of_signal(q, s),
            (_, Some(g)) => g.details(q),
            (Source::Gap(_), None) => None,
        }
    }

    /// What to do, once the plan's words are loaded.
    pub fn text(&self, q: &Questionnaire) -> Option<&'static Localized> {
        self.words(q).map(|w| &w.next)
    }

    /// Whether this is the step reserved for the profile's move.
    pub fn is_profile_move(&self) -> bool {
        self.gap.is_some_and(|g| g.profile_move)
    }
}

/// Whether step `x` builds on the practice of step `y`.
fn builds_on(x: &Gap, y: &Gap) -> bool {
    x.question
        .requirements()
        .any(|r| r.question == y.question.id)
}

/// The plan from the top steps and the signals answered "yes".
pub fn plan<'q>(
    q: &'q Questionnaire,
    gaps: &[Gap<'q>],
    signals: &[&'q Signal],
) -> Vec<PlanMove<'q>> {
    let mut steps: Vec<Gap<'q>> = Vec::new();
    for gap in gaps {
        // Before the first step already placed that builds on it.
        let at = steps
            .iter()
            .position(|s| builds_on(s, gap))
            .unwrap_or(steps.len());
        steps.insert(at, *gap);
    }
    let step = |(i, g): (usize, &Gap<'q>)| PlanMove {
        by_day: STEP_DAYS * (i as u16 + 1),
        source: Source::Gap(g.question),
        owner: g.owner(q),
        gap: Some(*g),
    };
    let action = |(i, s): (usize, &&'q Signal)| PlanMove {
        by_day: STEP_DAYS * (i as u16 + 2),
        source: Source::Signal(s),
        owner: q.role(&s.owner),
        gap: None,
    };
    let mut steps = steps.iter().enumerate().map(step).peekable();
    let mut actions = signals
        .iter()
        .take(PLAN_SIGNALS)
        .enumerate()
        .map(action)
        .peekable();
    // By due day; on one day the step before the signal's action.
    let mut moves: Vec<PlanMove<'q>> = Vec::new();
    loop {
        let take_step = match (steps.peek(), actions.peek()) {
            (Some(x), Some(y)) => x.by_day <= y.by_day,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        moves.extend(if take_step {
            steps.next()
        } else {
            actions.next()
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
