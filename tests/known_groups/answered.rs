//! A company's answers as a blind reader gives them on the sheet
//! (`sheet.py`): one letter per question, AA/A/B/BB per statement (by id, or by
//! its number on the sheet, `s1` …), yes/no per signal; and the assessment they make.

use klantspiegel::domain::answers::{Choice, Level};
use klantspiegel::domain::assessment::Assessment;
use klantspiegel::domain::questionnaire::current;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
pub struct Answered {
    pub context: BTreeMap<String, String>,
    pub answers: BTreeMap<String, String>,
    pub style: BTreeMap<String, String>,
    pub signals: BTreeMap<String, bool>,
}

/// A level as the sheet shows it (A = the first option), "dk" or "na".
fn level_choice(letter: &str) -> Option<Choice> {
    match letter {
        "dk" => Some(Choice::DontKnow),
        "na" => Some(Choice::NotApplicable),
        l => {
            let place = "ABCDE".find(l)?;
            Level::new(u8::try_from(place + 1).ok()?).map(Choice::Level)
        }
    }
}

/// A statement's answer as the sheet asks it: AA, A, B, BB (clearly or rather
/// the first or the second pole) or "dk".
fn style_choice(answer: &str) -> Option<Choice> {
    let place = match answer {
        "dk" => return Some(Choice::DontKnow),
        "AA" => 1,
        "A" => 2,
        "B" => 3,
        "BB" => 4,
        _ => return None,
    };
    Level::new(place).map(Choice::Level)
}

pub fn assessment(id: &str, answered: &Answered) -> Assessment {
    let q = current();
    let mut a = Assessment::new(id.to_owned(), 0, q);
    for (field, option) in &answered.context {
        a.set_context(q, field, Some(option), 1);
    }
    for (question, letter) in &answered.answers {
        assert!(
            q.question(question).is_some(),
            "{id}: unknown question {question}"
        );
        a.set_choice(question, level_choice(letter), 1);
    }
    for (item, answer) in &answered.style {
        // The sheet numbers the statements: s1 is the first.
        let item = match item.strip_prefix('s').and_then(|n| n.parse::<usize>().ok()) {
            Some(n) => &q.style_items[n - 1].id,
            None => item,
        };
        assert!(
            q.style_item(item).is_some(),
            "{id}: unknown statement {item}"
        );
        let choice = style_choice(answer);
        assert!(choice.is_some(), "{id}: {item} = {answer}");
        a.set_choice(item, choice, 1);
    }
    for (signal, &yes) in &answered.signals {
        assert!(q.signal(signal).is_some(), "{id}: unknown signal {signal}");
        a.set_signal(q, signal, Some(yes), 1);
    }
    a
}
