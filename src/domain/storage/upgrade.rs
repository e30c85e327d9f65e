//! Bringing an assessment made on an older questionnaire revision up to the
//! current one. Answers to questions that were kept carry over (ids stay the same
//! across revisions); answers to removed questions stay in the record, and so in
//! exports, but no longer count; new questions start open. The frozen share
//! layouts say which questions each revision asked.

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::applicability::SIZE_FIELD;
use crate::domain::questionnaire::{Question, Questionnaire};
use crate::domain::share::layout;
use std::collections::HashSet;

/// Moves `a` to the questionnaire's revision when it is on an older one of the
/// same questionnaire, and remembers the revision it started on. Returns whether
/// it changed anything. The update time stays: nothing was answered.
pub fn upgrade(a: &mut Assessment, q: &Questionnaire) -> bool {
    if a.questionnaire != q.id || a.revision >= q.revision {
        return false;
    }
    a.upgraded_from = Some(a.upgraded_from.map_or(a.revision, |r| r.min(a.revision)));
    a.revision = q.revision;
    carry_size_band(a);
    true
}

/// Revision 1 asked the size in bands named micro … xlarge; revision 3 asks it
/// again by head count. The old answer carries over to the band it falls in.
fn carry_size_band(a: &mut Assessment) {
    let Some(old) = a.context.get(SIZE_FIELD) else {
        return;
    };
    let new = match old.as_str() {
        "micro" => "s1_9",
        "small" => "s10_49",
        "medium" => "s50_249",
        "large" | "xlarge" => "s250",
        _ => return,
    };
    a.context.insert(SIZE_FIELD.to_owned(), new.to_owned());
}

/// Whether the question or statement was asked in that revision (by its frozen
/// layout). An unknown revision counts as asking everything, so nothing is
/// marked new.
pub fn asked_in(q: &Questionnaire, revision: u32, question_id: &str) -> bool {
    layout::for_questionnaire(&q.id, revision).is_none_or(|l| {
        l.questions
            .iter()
            .chain(&l.style)
            .any(|id| id == question_id)
    })
}

/// True for a question or statement this upgraded assessment has not seen or
/// answered yet.
pub fn is_new_for(a: &Assessment, q: &Questionnaire, question_id: &str) -> bool {
    a.upgraded_from
        .is_some_and(|from| !asked_in(q, from, question_id) && a.choice(question_id).is_none())
}

/// What changed for an upgraded assessment.
#[derive(Clone, Debug)]
pub struct WhatsNew<'q> {
    /// The revision it was started on.
    pub from: u32,
    /// Answers that carried over to questions still asked.
    pub carried: usize,
    /// Questions this revision asks that the old one did not.
    pub new_questions: Vec<&'q Question>,
    /// Style statements this revision asks that the old one did not.
    pub new_statements: usize,
    /// Answered questions that are no longer asked: kept in the record, not scored.
    pub kept_aside: Vec<String>,
}

/// What is new for an assessment that was upgraded, or `None`.
pub fn whats_new<'q>(a: &Assessment, q: &'q Questionnaire) -> Option<WhatsNew<'q>> {
    let from = a.upgraded_from?;
    let frozen = layout::for_questionnaire(&q.id, from)?;
    let old: HashSet<&str> = frozen.questions.iter().map(String::as_str).collect();
    let now: HashSet<&str> = q.questions().map(|x| x.id.as_str()).collect();
    let answered = |id: &str| a.choice(id).is_some();
    Some(WhatsNew {
        from,
        carried: q
            .questions()
            .filter(|x| old.contains(x.id.as_str()) && answered(&x.id))
            .count(),
        new_questions: q
            .questions()
            .filter(|x| !old.contains(x.id.as_str()))
            .collect(),
        new_statements: q
            .style_items
            .iter()
            .filter(|s| !frozen.style.contains(&s.id))
            .count(),
        kept_aside: a
            .answers
            .keys()
            .filter(|id| old.contains(id.as_str()) && !now.contains(id.as_str()) && answered(id))
            .cloned()
            .collect(),
    })
}

#[cfg(test)]
#[path = "upgrade_tests.rs"]
mod tests;
