//! One named assessment: a respondent's answers to one questionnaire revision.

use crate::domain::answers::{Answer, Choice};
use crate::domain::questionnaire::Questionnaire;
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
    /// The intro step: chosen option id by context field id (sector, market, …).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub context: BTreeMap<String, String>,
    /// Answers by question id; questions never touched are absent.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Overreaction signals answered yes (`true`) or no (`false`), by signal id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub signals: BTreeMap<String, bool>,
    /// The step the respondent was last on (see `steps`), to resume there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_step: Option<String>,
    /// When each item (see [`Item`]) last changed, in milliseconds, including items
    /// since cleared: two tabs' copies merge item by item on these (`merge`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stamps: BTreeMap<String, u64>,
    /// The revision this assessment was started on, when it has been brought up
    /// to a newer one (see `upgrade`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgraded_from: Option<u32>,
}

/// One separately changing part of an assessment, the unit two copies merge by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Label,
    Step,
    Context(String),
    Answer(String),
    Signal(String),
}

impl Item {
    /// The key under which the item's stamp is kept.
    pub fn key(&self) -> String {
        match self {
            Item::Label => "label".to_owned(),
            Item::Step => "step".to_owned(),
            Item::Context(id) => format!("context.{id}"),
            Item::Answer(id) => format!("answer.{id}"),
            Item::Signal(id) => format!("signal.{id}"),
        }
    }

    /// The item a stamp key names; `None` for keys this build does not know.
    pub fn from_key(key: &str) -> Option<Item> {
        match key.split_once('.') {
            None if key == "label" => Some(Item::Label),
            None if key == "step" => Some(Item::Step),
            Some(("context", id)) => Some(Item::Context(id.to_owned())),
            Some(("answer", id)) => Some(Item::Answer(id.to_owned())),
            Some(("signal", id)) => Some(Item::Signal(id.to_owned())),
            _ => None,
        }
    }
}

/// The longest label kept, in characters: enough for a company and team name.
/// An assessment id from a time and a random number: both in base 36, so ids sort
/// roughly by creation and fit in an address.
pub fn id_from(now_ms: u64, random: u64) -> String {
    format!("{}{}", base36(now_ms), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub const LABEL_MAX_CHARS: usize = 60;
/// The longest note kept per answer, in characters.
pub const NOTE_MAX_CHARS: usize = 10_000;

impl Assessment {
    pub fn new(id: String, now_ms: u64, questionnaire: &Questionnaire) -> Assessment {
        Assessment {
            id,
            label: String::new(),
            created_ms: now_ms,
            updated_ms: now_ms,
            questionnaire: questionnaire.id.clone(),
            revision: questionnaire.revision,
            context: BTreeMap::new(),
            answers: BTreeMap::new(),
            signals: BTreeMap::new(),
            last_step: None,
            stamps: BTreeMap::new(),
            upgraded_from: None,
        }
    }

    /// Renames the assessment; the label is cut to [`LABEL_MAX_CHARS`] characters.
    pub fn set_label(&mut self, label: &str, now_ms: u64) {
        self.label = label.chars().take(LABEL_MAX_CHARS).collect();
        self.touch(now_ms);
        self.stamp(Item::Label, now_ms);
    }

    /// Chooses an option for a context field, or clears it with `None`. Unknown
    /// fields and options are ignored, so only valid ids are ever stored.
    pub fn set_context(
        &mut self,
        q: &Questionnaire,
        field: &str,
        option: Option<&str>,
        now_ms: u64,
    ) {
        let Some(known) = q.context_field(field) else {
            return;
        };
        match option {
            Some(id) if known.options.iter().any(|o| o.id == id) => {
                self.context.insert(field.to_owned(), id.to_owned());
            }
            Some(_) => return,
            None => {
                self.context.remove(field);
            }
        }
        self.touch(now_ms);
        self.stamp(Item::Context(field.to_owned()), now_ms);
    }

    fn touch(&mut self, now_ms: u64) {
        self.updated_ms = now_ms.max(self.updated_ms);
    }

    fn stamp(&mut self, item: Item, now_ms: u64) {
        self.stamps.insert(item.key(), now_ms);
    }

    /// Every item that has a value now (cleared items have only a stamp).
    pub fn present_items(&self) -> Vec<Item> {
        let mut items = Vec::new();
        if !self.label.is_empty() {
            items.push(Item::Label);
        }
        if self.last_step.is_some() {
            items.push(Item::Step);
        }
        items.extend(self.context.keys().cloned().map(Item::Context));
        items.extend(self.answers.keys().cloned().map(Item::Answer));
        items.extend(self.signals.keys().cloned().map(Item::Signal));
        items
    }

    /// Gives every item without a stamp the time of the last change, as data
    /// written before stamps existed (schema 1, old export files) needs.
    pub fn stamp_unstamped(&mut self) {
        for item in self.present_items() {
            self.stamps.entry(item.key()).or_insert(self.updated_ms);
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
        self.edit_answer(question_id, now_ms, |a| a.choice = choice);
    }

    /// Sets the note on a question's answer, cut to [`NOTE_MAX_CHARS`] characters.
    pub fn set_note(&mut self, question_id: &str, note: &str, now_ms: u64) {
        self.edit_answer(question_id, now_ms, |a| {
            a.note = note.chars().take(NOTE_MAX_CHARS).collect()
        });
    }

    /// Marks whether the answer is backed by customer data.
    pub fn set_evidence(&mut self, question_id: &str, evidence: bool, now_ms: u64) {
        self.edit_answer(question_id, now_ms, |a| a.evidence = evidence);
    }

    fn edit_answer(&mut self, question_id: &str, now_ms: u64, edit: impl FnOnce(&mut Answer)) {
        let answer = self.answers.entry(question_id.to_owned()).or_default();
        edit(answer);
        if answer.is_empty() {
            self.answers.remove(question_id);
        }
        self.touch(now_ms);
        self.stamp(Item::Answer(question_id.to_owned()), now_ms);
    }

    /// Answers an overreaction signal yes or no, or clears it with `None`. Unknown
    /// signals are ignored.
    pub fn set_signal(&mut self, q: &Questionnaire, id: &str, yes: Option<bool>, now_ms: u64) {
        if q.signal(id).is_none() {
            return;
        }
        match yes {
            Some(yes) => self.signals.insert(id.to_owned(), yes),
            None => self.signals.remove(id),
        };
        self.touch(now_ms);
        self.stamp(Item::Signal(id.to_owned()), now_ms);
    }

    pub fn signal(&self, id: &str) -> Option<bool> {
        self.signals.get(id).copied()
    }

    /// Remembers where the respondent is. Not a change to the answers, so the
    /// update stamp stays as it is.
    pub fn visit(&mut self, step: &str, now_ms: u64) {
        if self.last_step.as_deref() != Some(step) {
            self.last_step = Some(step.to_owned());
            self.stamp(Item::Step, now_ms);
        }
    }
}

/// For tests: every style statement answered clearly toward the high (`true`) or
/// low end of its axis.
#[cfg(test)]
impl Assessment {
    pub fn answer_every_statement(&mut self, q: &Questionnaire, drive: bool, grounding: bool) {
        use crate::domain::answers::{Choice, Level};
        use crate::domain::questionnaire::Axis;
        for item in &q.style_items {
            let high = if item.axis == Axis::Drive {
                drive
            } else {
                grounding
            };
            let place = item.place_toward(high, true);
            self.set_choice(&item.id, Level::new(place as u8 + 1).map(Choice::Level), 1);
        }
    }
}

#[cfg(test)]
#[path = "assessment_tests.rs"]
mod tests;
