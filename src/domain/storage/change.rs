//! Every change to saved data, as data: the web layer describes what the user did
//! and the domain applies it. One way in, so one save path and one update of the
//! page per change.

use crate::domain::answers::Choice;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::storage::import::{self, ImportPlan, OnConflict};
use crate::domain::storage::schema::SavedState;

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A new assessment of the current questionnaire, under a fresh id.
    Create,
    /// A copy of a result (such as one opened from a link), under a fresh id.
    AddCopy(Box<Assessment>),
    /// An import the user has seen and agreed to.
    Import(ImportPlan, OnConflict),
    /// Deletes an assessment (the page has asked first).
    Delete { id: String },
    /// One item of one assessment.
    Edit { id: String, edit: Edit },
}

/// A change to one item of an assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Label(String),
    Context {
        field: String,
        option: Option<String>,
    },
    Choice {
        question: String,
        choice: Option<Choice>,
    },
    Note {
        question: String,
        note: String,
    },
    Evidence {
        question: String,
        on: bool,
    },
    Signal {
        signal: String,
        yes: Option<bool>,
    },
    /// The step the respondent is on, so "continue" resumes there.
    Visit {
        step: String,
    },
}

/// What applying a change did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    /// Nothing changed (an unknown id, or a visit to the step already known).
    Nothing,
    /// The state changed.
    Changed,
    /// The state changed and holds a new assessment with this id.
    Created(String),
}

impl SavedState {
    /// Applies a change at `now_ms`; `new_id` mints ids for new assessments.
    pub fn apply(
        &mut self,
        q: &Questionnaire,
        change: Change,
        now_ms: u64,
        new_id: &mut dyn FnMut() -> String,
    ) -> Applied {
        match change {
            Change::Create => {
                let id = self.unused_id(new_id);
                self.assessments
                    .push(Assessment::new(id.clone(), now_ms, q));
                Applied::Created(id)
            }
            Change::AddCopy(assessment) => {
                let id = self.unused_id(new_id);
                let mut a = *assessment;
                a.id = id.clone();
                self.assessments.push(a);
                Applied::Created(id)
            }
            Change::Import(plan, on_conflict) => {
                *self = import::apply(std::mem::take(self), plan, on_conflict, now_ms, new_id);
                Applied::Changed
            }
            Change::Delete { id } => {
                if self.remove(&id, now_ms) {
                    Applied::Changed
                } else {
                    Applied::Nothing
                }
            }
            Change::Edit { id, edit } => match self.assessment_mut(&id) {
                Some(a) => edit_assessment(a, q, edit, now_ms),
                None => Applied::Nothing,
            },
        }
    }

    fn unused_id(&self, new_id: &mut dyn FnMut() -> String) -> String {
        loop {
            let id = new_id();
            if self.assessment(&id).is_none() && !self.deleted.contains_key(&id) {
                return id;
            }
        }
    }
}

fn edit_assessment(a: &mut Assessment, q: &Questionnaire, edit: Edit, now: u64) -> Applied {
    match edit {
        Edit::Label(label) => a.set_label(&label, now),
        Edit::Context { field, option } => a.set_context(q, &field, option.as_deref(), now),
        Edit::Choice { question, choice } => a.set_choice(&question, choice, now),
        Edit::Note { question, note } => a.set_note(&question, &note, now),
        Edit::Evidence { question, on } => a.set_evidence(&question, on, now),
        Edit::Signal { signal, yes } => a.set_signal(q, &signal, yes, now),
        Edit::Visit { step } => {
            if a.last_step.as_deref() == Some(step.as_str()) {
                return Applied::Nothing;
            }
            a.visit(&step, now);
        }
    }
    Applied::Changed
}

#[cfg(test)]
#[path = "change_tests.rs"]
mod tests;
