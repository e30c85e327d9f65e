//! Bringing an assessment made on an older questionnaire revision up to the
//! current one. Answers to questions that were kept carry over (ids stay the same
//! across revisions); answers to removed questions stay in the record, and so in
//! exports, but no longer count; new questions start open; a ladder that gained a
//! level moves its old answers to the level that means the same. The frozen share
//! layouts say which questions each revision asked.

use crate::domain::answers::{Answer, Choice, Level};
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
    relevel(a);
    a.revision = q.revision;
    carry_size_band(a);
    true
}

/// Ladders rewritten under the same question id: the question, the last revision
/// with the old ladder, and the new level for each old level 1–5. Revision 4 put
/// "staff solve small things on their own judgement" below the written list of the
/// front line's room, and dropped "every decision under the list is recorded".
const RELEVELED: [(&str, u32, [u8; 5]); 1] = [("leadership.frontline_room", 3, [1, 3, 3, 4, 5])];

/// Moves answers given on an old ladder to the level that means the same now.
fn relevel(a: &mut Assessment) {
    for (id, last, map) in RELEVELED {
        let Some(old) = a.answer(id).and_then(Answer::level) else {
            continue;
        };
        let moved = map.get(old.index()).and_then(|&l| Level::new(l));
        if let (true, Some(level)) = (a.revision <= last, moved) {
            let answer = a.answers.entry(id.to_owned()).or_default();
            answer.choice = Some(Choice::Level(level));
        }
    }
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
    /// Answered questions whose ladder was rewritten since (`RELEVELED`): the answer
    /// moved to the level that means the same, and the respondent may check it.
    pub reworded: Vec<&'q Question>,
}

/// What is new for an assessment that was upgraded, or `None` (also when nothing
/// it answered or could answer changed).
pub fn whats_new<'q>(a: &Assessment, q: &'q Questionnaire) -> Option<WhatsNew<'q>> {
    let from = a.upgraded_from?;
    let frozen = layout::for_questionnaire(&q.id, from)?;
    let old: HashSet<&str> = frozen.questions.iter().map(String::as_str).collect();
    let now: HashSet<&str> = q.questions().map(|x| x.id.as_str()).collect();
    let answered = |id: &str| a.choice(id).is_some();
    let news = WhatsNew {
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
        reworded: RELEVELED
            .iter()
            .filter(|(id, last, _)| from <= *last && answered(id))
            .filter_map(|(id, _, _)| q.question(id))
            .collect(),
    };
    let changed = !news.new_questions.is_empty()
        || news.new_statements > 0
        || !news.kept_aside.is_empty()
        || !news.reworded.is_empty();
    changed.then_some(news)
}

#[cfg(test)]
#[path = "upgrade_tests.rs"]
mod tests;
