//! The steps of answering an assessment, in order: the intro, one step per
//! dimension, and the overreaction signals. Where each one stands, what is still
//! open, and where to resume.

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::applicability::effective_choice;
use crate::domain::questionnaire::{Dimension, Question, Questionnaire};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// Index into the questionnaire's dimensions.
    Dimension(usize),
    /// "How you move": the style items.
    Style,
    Signals,
}

/// How far one step is: `done` of `total` things answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepProgress {
    pub done: usize,
    pub total: usize,
}

impl StepProgress {
    pub fn is_complete(self) -> bool {
        self.done >= self.total
    }
}

const INTRO_KEY: &str = "intro";
const STYLE_KEY: &str = "style";
const SIGNALS_KEY: &str = "signals";

impl Step {
    /// Every step in order.
    pub fn all(q: &Questionnaire) -> impl Iterator<Item = Step> + '_ {
        std::iter::once(Step::Intro)
            .chain((0..q.dimensions.len()).map(Step::Dimension))
            .chain([Step::Style, Step::Signals])
    }

    /// The stable name of a step: `intro`, a dimension id, or `signals`. Used in
    /// links and to remember where the respondent was.
    pub fn key(self, q: &Questionnaire) -> &str {
        match self {
            Step::Intro => INTRO_KEY,
            Step::Dimension(i) => q.dimensions.get(i).map_or("", |d| d.id.as_str()),
            Step::Style => STYLE_KEY,
            Step::Signals => SIGNALS_KEY,
        }
    }

    pub fn from_key(q: &Questionnaire, key: &str) -> Option<Step> {
        match key {
            INTRO_KEY => Some(Step::Intro),
            STYLE_KEY => Some(Step::Style),
            SIGNALS_KEY => Some(Step::Signals),
            _ => q
                .dimensions
                .iter()
                .position(|d| d.id == key)
                .map(Step::Dimension),
        }
    }

    pub fn previous(self, q: &Questionnaire) -> Option<Step> {
        match self {
            Step::Intro => None,
            Step::Dimension(0) => Some(Step::Intro),
            Step::Dimension(i) => Some(Step::Dimension(i - 1)),
            Step::Style if q.dimensions.is_empty() => Some(Step::Intro),
            Step::Style => Some(Step::Dimension(q.dimensions.len().saturating_sub(1))),
            Step::Signals => Some(Step::Style),
        }
    }

    pub fn next(self, q: &Questionnaire) -> Option<Step> {
        match self {
            Step::Intro if q.dimensions.is_empty() => Some(Step::Style),
            Step::Intro => Some(Step::Dimension(0)),
            Step::Dimension(i) if i + 1 < q.dimensions.len() => Some(Step::Dimension(i + 1)),
            Step::Dimension(_) => Some(Step::Style),
            Step::Style => Some(Step::Signals),
            Step::Signals => None,
        }
    }

    pub fn dimension(self, q: &Questionnaire) -> Option<&Dimension> {
        match self {
            Step::Dimension(i) => q.dimensions.get(i),
            _ => None,
        }
    }

    /// How much of this step is answered. The intro counts its context fields (the
    /// label is a name, not an answer).
    pub fn progress(self, q: &Questionnaire, a: &Assessment) -> StepProgress {
        let (done, total) = match self {
            Step::Intro => (
                q.context_fields
                    .iter()
                    .filter(|f| a.context.contains_key(&f.id))
                    .count(),
                q.context_fields.len(),
            ),
            Step::Dimension(i) => q.dimensions.get(i).map_or((0, 0), |d| {
                let done = d
                    .questions
                    .iter()
                    .filter(|question| effective_choice(question, a).is_some())
                    .count();
                (done, d.questions.len())
            }),
            Step::Style => (
                q.style_items
                    .iter()
                    .filter(|s| a.choice(&s.id).is_some())
                    .count(),
                q.style_items.len(),
            ),
            Step::Signals => (
                q.signals
                    .iter()
                    .filter(|s| a.signal(&s.id).is_some())
                    .count(),
                q.signals.len(),
            ),
        };
        StepProgress { done, total }
    }
}

/// How much of the whole assessment is answered: every question, "how you go
/// about it" statement and signal (the intro's company details are not counted).
pub fn overall(q: &Questionnaire, a: &Assessment) -> StepProgress {
    Step::all(q).skip(1).map(|s| s.progress(q, a)).fold(
        StepProgress { done: 0, total: 0 },
        |sum, p| StepProgress {
            done: sum.done + p.done,
            total: sum.total + p.total,
        },
    )
}

/// Where "continue" takes the respondent: the first step after the intro with
/// something open (the intro before anything is answered); once everything is
/// answered, the step they were last on, or else the signals.
pub fn resume(q: &Questionnaire, a: &Assessment) -> Step {
    if a.answers.is_empty() && a.signals.is_empty() {
        return Step::Intro;
    }
    Step::all(q)
        .skip(1)
        .find(|s| !s.progress(q, a).is_complete())
        .or_else(|| a.last_step.as_deref().and_then(|k| Step::from_key(q, k)))
        .unwrap_or(Step::Signals)
}

/// The first question without an answer, for "continue" to go straight to it.
pub fn first_open_question<'q>(
    q: &'q Questionnaire,
    a: &Assessment,
) -> Option<(usize, &'q Question)> {
    q.dimensions.iter().enumerate().find_map(|(i, d)| {
        d.questions
            .iter()
            .find(|question| effective_choice(question, a).is_none())
            .map(|question| (i, question))
    })
}

/// Everything still open: questions by dimension (dimensions with nothing open
/// are left out), and how many statements and signals.
pub struct Open<'q> {
    pub questions: Vec<(&'q Dimension, Vec<&'q Question>)>,
    pub statements: usize,
    pub signals: usize,
}

impl Open<'_> {
    pub fn count(&self) -> usize {
        self.questions.iter().map(|(_, q)| q.len()).sum::<usize>() + self.statements + self.signals
    }
}

pub fn unanswered<'q>(q: &'q Questionnaire, a: &Assessment) -> Open<'q> {
    let questions = q
        .dimensions
        .iter()
        .map(|d| {
            let open: Vec<&Question> = d
                .questions
                .iter()
                .filter(|question| effective_choice(question, a).is_none())
                .collect();
            (d, open)
        })
        .filter(|(_, open)| !open.is_empty())
        .collect();
    let left = |p: StepProgress| p.total - p.done.min(p.total);
    Open {
        questions,
        statements: left(Step::Style.progress(q, a)),
        signals: left(Step::Signals.progress(q, a)),
    }
}

#[cfg(test)]
#[path = "steps_tests.rs"]
mod tests;
