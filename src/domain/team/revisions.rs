//! A team whose respondents answered different questionnaire revisions is
//! combined on the questions every one of those revisions asked.

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::share::SharedResult;
use crate::domain::storage::upgrade::asked_in;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Revisions {
    /// The revisions the respondents answered, oldest first, each once.
    pub revisions: Vec<u32>,
    /// Questions of the current revision left out because not every revision
    /// above asked them (empty unless mixed).
    pub left_out: Vec<String>,
    /// Questions every revision asked: what the team is combined on.
    pub shared: usize,
}

impl Revisions {
    pub fn of(q: &Questionnaire, results: &[SharedResult]) -> Revisions {
        let mut revisions: Vec<u32> = results.iter().map(|r| r.revision).collect();
        revisions.sort_unstable();
        revisions.dedup();
        let (shared, left_out): (Vec<&str>, Vec<&str>) = q
            .questions()
            .map(|x| x.id.as_str())
            .partition(|id| revisions.iter().all(|&r| asked_in(q, r, id)));
        Revisions {
            shared: shared.len(),
            left_out: left_out.into_iter().map(str::to_owned).collect(),
            revisions,
        }
    }

    pub fn mixed(&self) -> bool {
        self.revisions.len() > 1
    }

    /// Drops the answers to questions left out, so every respondent is scored on
    /// the same questions.
    pub fn restrict(&self, a: &mut Assessment) {
        for id in &self.left_out {
            a.answers.remove(id);
        }
    }
}
