//! One named assessment: a respondent's answers to one questionnaire revision.

use super::answers::{Answer, Choice};
use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    /// Optional name such as a company or team.
    #[serde(default)]
    pub label: String,
    /// Milliseconds since the Unix epoch.
    pub created_ms: u64,
    pub updated_ms: u64,
    pub questionnaire: String,
    pub revision: u32,
    /// Answers by question id; questions never touched are absent.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

impl Assessment {
    pub fn new(id: String, now_ms: u64, questionnaire: &Questionnaire) -> Assessment {
        Assessment {
            id,
            label: String::new(),
            created_ms: now_ms,
            updated_ms: now_ms,
            questionnaire: questionnaire.id.clone(),
            revision: questionnaire.revision,
            answers: BTreeMap::new(),
        }
    }

    pub fn answer(&self, question_id: &str) -> Option<&Answer> {
        self.answers.get(question_id)
    }

    pub fn choice(&self, question_id: &str) -> Option<Choice> {
        self.answer(question_id).and_then(|a| a.choice)
    }

    /// Sets or clears the choice for a question and stamps the change.
    pub fn set_choice(&mut self, question_id: &str, choice: Option<Choice>, now_ms: u64) {
        let answer = self.answers.entry(question_id.to_owned()).or_default();
        answer.choice = choice;
        if answer.is_empty() {
            self.answers.remove(question_id);
        }
        self.updated_ms = now_ms.max(self.updated_ms);
    }

    /// How many of the questionnaire's questions have a choice (any kind).
    pub fn answered_count(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .questions()
            .filter(|q| self.choice(&q.id).is_some())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::super::answers::Level;
    use super::super::questionnaire::current;
    use super::*;

    #[test]
    fn setting_and_clearing_a_choice_keeps_only_real_answers() {
        let q = current();
        let mut a = Assessment::new("a1".into(), 1_000, q);
        let level = Choice::Level(Level::new(4).unwrap());
        a.set_choice("vision.written", Some(level), 2_000);
        assert_eq!(a.choice("vision.written"), Some(level));
        assert_eq!(a.answered_count(q), 1);
        assert_eq!(a.updated_ms, 2_000);

        a.set_choice("vision.written", None, 3_000);
        assert!(a.answers.is_empty());
        assert_eq!(a.answered_count(q), 0);
    }

    #[test]
    fn the_update_stamp_never_goes_back_in_time() {
        let mut a = Assessment::new("a1".into(), 5_000, current());
        a.set_choice("vision.chain", Some(Choice::NotApplicable), 4_000);
        assert_eq!(a.updated_ms, 5_000);
    }
}
