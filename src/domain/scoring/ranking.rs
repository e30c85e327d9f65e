//! How the candidate steps rank (DESIGN §5, Plan): priority = weight × levels to
//! climb; a step whose prerequisite practice is missing waits and hands its priority
//! to that prerequisite, so foundations come first. Equal priorities go first to the
//! kind the signals answered "yes" ask for, then to the practice that builds the
//! behaviour the company's style answers put lowest (`steps` of a style statement),
//! then to the company's weaker theme, the lower level, and questionnaire order. The
//! profile's kind has its one reserved place in the top three (`advice::reserved`)
//! and no tie bonus besides: with one, every company of a profile whose answers sit
//! at the same level got the same three steps.

use super::advice::Gap;
use crate::domain::answers::Level;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::applicability::counts_for_maturity;
use crate::domain::questionnaire::{MoveKind, Question, Questionnaire, SignalSide};
use crate::domain::scoring::profile::style_value;
use crate::domain::scoring::scores::{dimension_scores, mean};

/// Whether a step of `question` from `level` waits for a practice not yet in place.
pub fn waits(question: &Question, level: Level, a: &Assessment) -> bool {
    question.requirements().any(|r| {
        level.get() >= r.from
            && a.answer(r.question)
                .and_then(|x| x.level())
                .is_some_and(|l| l.get() < r.level)
    })
}

/// Every answered practice's step that does not wait, highest priority first.
pub fn candidates<'q>(q: &'q Questionnaire, a: &Assessment) -> Vec<Gap<'q>> {
    let mut all: Vec<(Gap<'q>, bool)> = q
        .dimensions
        .iter()
        .flat_map(|dimension| {
            dimension.questions.iter().filter_map(move |question| {
                if !counts_for_maturity(question, a) {
                    return None;
                }
                let level = a.answer(&question.id)?.level()?;
                let climb = f64::from(Level::MAX - level.get());
                let gap = Gap {
                    dimension,
                    question,
                    level,
                    priority: f64::from(question.weight) * climb,
                    profile_move: false,
                    ties: [0.0; 4],
                };
                Some((gap, waits(question, level, a)))
            })
        })
        .collect();
    // A waiting step hands its priority to what it waits for (chains included).
    for _ in 0..all.len() {
        let mut changed = false;
        for i in 0..all.len() {
            let (waiting, blocked) = all[i];
            if !blocked {
                continue;
            }
            for r in waiting.question.requirements() {
                if let Some(j) = all.iter().position(|(g, _)| g.question.id == r.question) {
                    if all[j].0.priority < waiting.priority && !all[j].0.keeps_learning() {
                        all[j].0.priority = waiting.priority;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let scores = dimension_scores(q, a);
    let theme = |g: &Gap| {
        scores
            .iter()
            .find(|s| s.dimension.id == g.dimension.id)
            .map_or(0.0, |s| s.score)
    };
    // The signals answered "yes" lean the same way: overdoing it asks for grounding,
    // holding back for drive.
    let leaning = signal_lean(q, a);
    let leans = |g: &Gap| leaning.is_some() && g.question.moves() == leaning;
    let need = |g: &Gap| behaviour_need(q, a, g.question);
    let mut open: Vec<Gap<'q>> = all
        .into_iter()
        .filter(|(_, b)| !b)
        .map(|(g, _)| g)
        .collect();
    for g in &mut open {
        g.ties = [
            f64::from(u8::from(leans(g))),
            need(g),
            -theme(g),
            -f64::from(g.level.get()),
        ];
    }
    // Stable: equal keys keep questionnaire order.
    open.sort_by(by_rank);
    open
}

/// The kind of practice the signals answered "yes" ask for: grounding when more of
/// them say the company overdoes it, drive when more say it holds back.
pub fn signal_lean(q: &Questionnaire, a: &Assessment) -> Option<MoveKind> {
    let balance: i32 = q
        .signals
        .iter()
        .filter(|s| a.signal(&s.id) == Some(true))
        .map(|s| match s.side {
            SignalSide::Overreaction => 1,
            SignalSide::HoldingBack => -1,
        })
        .sum();
    match balance.signum() {
        1 => Some(MoveKind::Grounding),
        -1 => Some(MoveKind::Drive),
        _ => None,
    }
}

/// How far the company's style answers sit from the high end of the behaviours this
/// practice's steps build (0–100; 0 without a linked statement answered).
pub fn behaviour_need(q: &Questionnaire, a: &Assessment, question: &Question) -> f64 {
    let values: Vec<f64> = q
        .style_items
        .iter()
        .filter(|i| i.steps.contains(&question.id))
        .filter_map(|i| style_value(i, a))
        .collect();
    mean(values.iter().map(|v| 100.0 - v)).unwrap_or(0.0)
}

/// Highest rank first: the order of `candidates` (one function, so every list of
/// steps is sorted by the same code).
pub fn by_rank(x: &Gap, y: &Gap) -> std::cmp::Ordering {
    y.order(x)
}
