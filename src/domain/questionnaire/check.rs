//! Checks a questionnaire's content: what `serde` cannot enforce by type alone.

use crate::domain::questionnaire::wording;
use crate::domain::questionnaire::{Axis, Questionnaire, SignalSide};
use crate::domain::scoring::profile::Archetype;
use std::collections::HashSet;

/// Texts that are rightly the same in Dutch and English (names).
const SAME_IN_BOTH: &[&str] = &["Starter"];

/// Lists every problem in the content; empty means the questionnaire is sound.
pub fn problems(q: &Questionnaire) -> Vec<String> {
    let mut out = Vec::new();
    if q.id.trim().is_empty() {
        out.push("questionnaire id is empty".to_owned());
    }
    if q.revision == 0 {
        out.push("revision must start at 1".to_owned());
    }
    let mut ids = HashSet::new();
    let mut texts = Vec::new();
    for (i, name) in q.level_names.iter().enumerate() {
        texts.push((format!("level name {}", i + 1), name));
    }
    let tag_ids: HashSet<&str> = q.tags.iter().map(|t| t.id.as_str()).collect();
    for tag in &q.tags {
        texts.push((format!("tag {}", tag.id), &tag.name));
    }
    let mut field_ids = HashSet::new();
    for field in &q.context_fields {
        if !field_ids.insert(field.id.as_str()) {
            out.push(format!("duplicate context field {}", field.id));
        }
        if field.options.len() < 2 {
            out.push(format!(
                "context field {} has fewer than two options",
                field.id
            ));
        }
        texts.push((format!("context field {}", field.id), &field.label));
        let mut option_ids = HashSet::new();
        for option in &field.options {
            if !option_ids.insert(option.id.as_str()) {
                out.push(format!("duplicate option {} in {}", option.id, field.id));
            }
            texts.push((format!("option {}.{}", field.id, option.id), &option.name));
        }
    }
    let role_ids: HashSet<&str> = q.roles.iter().map(|r| r.id.as_str()).collect();
    for role in &q.roles {
        texts.push((format!("role {}", role.id), &role.name));
    }
    for w in &q.wording {
        for (country, word) in [("nl", &w.nl), ("be", &w.be), ("other", &w.other)] {
            texts.push((format!("wording {} {country}", w.id), word));
        }
    }
    for side in [SignalSide::Overreaction, SignalSide::HoldingBack] {
        let n = q.signals.iter().filter(|s| s.side == side).count();
        if !(3..=6).contains(&n) {
            out.push(format!("{n} {side:?} signals, expected 3 to 6"));
        }
    }
    let mut signal_ids = HashSet::new();
    for signal in &q.signals {
        if !signal_ids.insert(signal.id.as_str()) {
            out.push(format!("duplicate signal {}", signal.id));
        }
        if !role_ids.contains(signal.owner.as_str()) {
            out.push(format!(
                "signal {} has unknown owner {}",
                signal.id, signal.owner
            ));
        }
        texts.push((format!("signal {}", signal.id), &signal.text));
        texts.push((format!("signal {} why", signal.id), &signal.why));
    }
    texts.push(("style step title".to_owned(), &q.style_step.title));
    texts.push(("style step intro".to_owned(), &q.style_step.intro));
    if !(6..=10).contains(&q.style_items.len()) {
        out.push(format!(
            "{} style items, expected 6 to 10",
            q.style_items.len()
        ));
    }
    for axis in [Axis::Drive, Axis::Grounding] {
        let n = q.style_items.iter().filter(|s| s.axis == axis).count();
        if n < 3 {
            out.push(format!("{n} style items on {axis:?}, expected at least 3"));
        }
    }
    for item in &q.style_items {
        if !item.id.starts_with("style.") || !ids.insert(item.id.as_str()) {
            out.push(format!(
                "style item id {} is not a unique style.* id",
                item.id
            ));
        }
        let values: Vec<u8> = item.options.iter().map(|o| o.value).collect();
        if values != [0, 50, 100] && values != [100, 50, 0] {
            out.push(format!("style item {} has values {values:?}", item.id));
        }
        texts.push((format!("style item {}", item.id), &item.text));
        for (i, option) in item.options.iter().enumerate() {
            texts.push((
                format!("style item {} option {}", item.id, i + 1),
                &option.text,
            ));
        }
    }
    for (i, text) in q.stage_texts.iter().enumerate() {
        texts.push((format!("stage {} text", i + 1), text));
    }
    let profile_ids: Vec<&str> = q.profiles.iter().map(|p| p.id.as_str()).collect();
    let archetype_ids: Vec<&str> = Archetype::ALL.iter().map(|a| a.id()).collect();
    if profile_ids != archetype_ids {
        out.push(format!(
            "profiles are {profile_ids:?}, expected {archetype_ids:?}"
        ));
    }
    for profile in &q.profiles {
        texts.push((format!("profile {} name", profile.id), &profile.name));
        texts.push((format!("profile {} summary", profile.id), &profile.summary));
        for (list, items) in [
            ("strengths", &profile.strengths),
            ("risks", &profile.risks),
            ("first moves", &profile.first_moves),
        ] {
            if items.len() < 2 {
                out.push(format!("profile {} has fewer than two {list}", profile.id));
            }
            for (i, item) in items.iter().enumerate() {
                texts.push((format!("profile {} {list} {}", profile.id, i + 1), item));
            }
        }
    }
    for (index, dim) in q.dimensions.iter().enumerate() {
        if !ids.insert(dim.id.as_str()) {
            out.push(format!("duplicate id {}", dim.id));
        }
        if usize::from(dim.number) != index + 1 {
            out.push(format!("dimension {} has number {}", dim.id, dim.number));
        }
        if dim.questions.is_empty() {
            out.push(format!("dimension {} has no questions", dim.id));
        }
        texts.push((format!("{} title", dim.id), &dim.title));
        texts.push((format!("{} summary", dim.id), &dim.summary));
        for question in &dim.questions {
            if !ids.insert(question.id.as_str()) {
                out.push(format!("duplicate id {}", question.id));
            }
            if !question.id.starts_with(&format!("{}.", dim.id)) {
                out.push(format!("question {} is not under {}", question.id, dim.id));
            }
            if !(1..=3).contains(&question.weight) {
                out.push(format!(
                    "question {} has weight {}",
                    question.id, question.weight
                ));
            }
            if !role_ids.contains(question.owner.as_str()) {
                out.push(format!(
                    "question {} has unknown owner {}",
                    question.id, question.owner
                ));
            }
            texts.push((
                format!("{} deliverable", question.id),
                &question.deliverable,
            ));
            texts.push((format!("{} measure", question.id), &question.measure));
            for tag in &question.tags {
                if !tag_ids.contains(tag.as_str()) {
                    out.push(format!("question {} has unknown tag {tag}", question.id));
                }
            }
            texts.push((format!("{} text", question.id), &question.text));
            for (level, anchor) in question.levels.iter().enumerate() {
                let at = format!("{} level {}", question.id, level + 1);
                texts.push((format!("{at} text"), &anchor.text));
                texts.push((format!("{at} next step"), &anchor.next));
            }
        }
    }
    let wording_ids: HashSet<&str> = q.wording.iter().map(|w| w.id.as_str()).collect();
    for (place, text) in texts {
        if text.nl == text.en
            && !SAME_IN_BOTH.contains(&text.nl.as_str())
            && !place.starts_with("wording")
        {
            out.push(format!("{place} is the same in Dutch and English"));
        }
        for (locale, value) in text.all() {
            if value.trim().is_empty() {
                out.push(format!("{place} is empty in {}", locale.code()));
            }
            for id in wording::references(value) {
                if !wording_ids.contains(id) {
                    out.push(format!(
                        "{place} refers to unknown wording {{{id}}} in {}",
                        locale.code()
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::applicability;
    use crate::domain::questionnaire::{current, Questionnaire, QUESTIONNAIRE_JSON};

    #[test]
    fn the_shipped_questionnaire_parses_and_has_no_problems() {
        let q = Questionnaire::parse(QUESTIONNAIRE_JSON).expect("data file parses");
        assert_eq!(problems(&q), Vec::<String>::new());
        assert!(q.question_count() >= 3);
        assert_eq!(current().id, "klantspiegel");
    }

    #[test]
    fn eleven_dimensions_with_forty_to_fifty_questions() {
        let q = current();
        let numbers: Vec<u8> = q.dimensions.iter().map(|d| d.number).collect();
        assert_eq!(numbers, (1..=11).collect::<Vec<u8>>());
        let n = q.question_count();
        assert!((40..=50).contains(&n), "{n} questions");
    }

    #[test]
    fn the_intro_asks_only_what_is_used_market_and_country() {
        let ids: Vec<&str> = current()
            .context_fields
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(ids, [applicability::MARKET_FIELD, wording::COUNTRY_FIELD]);
    }

    #[test]
    fn every_question_of_dimension_10_is_b2b() {
        let chain = current()
            .dimensions
            .iter()
            .find(|d| d.number == 10)
            .unwrap();
        assert!(chain
            .questions
            .iter()
            .all(|q| q.tags.iter().any(|t| t == "b2b")));
    }

    #[test]
    fn every_dimension_has_three_to_five_questions() {
        for dim in &current().dimensions {
            let n = dim.questions.len();
            assert!((3..=5).contains(&n), "{} has {n} questions", dim.id);
        }
    }

    #[test]
    fn b2b_questions_appear_in_at_least_three_dimensions_besides_dimension_10() {
        let with_b2b = current()
            .dimensions
            .iter()
            .filter(|d| d.number != 10)
            .filter(|d| {
                d.questions
                    .iter()
                    .any(|q| q.tags.iter().any(|t| t == "b2b"))
            })
            .count();
        assert!(
            with_b2b >= 3,
            "only {with_b2b} dimensions have a b2b question"
        );
    }

    fn broken(edit: impl Fn(&mut serde_json::Value)) -> Vec<String> {
        let mut value: serde_json::Value = serde_json::from_str(QUESTIONNAIRE_JSON).unwrap();
        edit(&mut value);
        let q: Questionnaire = serde_json::from_value(value).unwrap();
        problems(&q)
    }

    #[test]
    fn duplicate_ids_unknown_tags_and_empty_texts_are_found() {
        let dup = broken(|v| {
            v["dimensions"][0]["questions"][1]["id"] = "vision.written".into();
        });
        assert!(dup
            .iter()
            .any(|p| p.contains("duplicate id vision.written")));

        let tag = broken(|v| v["dimensions"][0]["questions"][0]["tags"] = vec!["b3b"].into());
        assert!(tag.iter().any(|p| p.contains("unknown tag b3b")));

        let empty =
            broken(|v| v["dimensions"][0]["questions"][0]["levels"][2]["next"]["en"] = " ".into());
        assert_eq!(
            empty,
            vec!["vision.written level 3 next step is empty in en"]
        );

        let option = broken(|v| v["context_fields"][0]["options"][1]["id"] = "b2c".into());
        assert_eq!(option, vec!["duplicate option b2c in market"]);

        let signal = broken(|v| v["signals"][1]["id"] = v["signals"][0]["id"].clone());
        assert_eq!(signal, vec!["duplicate signal nps_goal"]);
        let few = broken(|v| v["signals"].as_array_mut().unwrap().truncate(4));
        assert_eq!(few, vec!["0 HoldingBack signals, expected 3 to 6"]);
        let owner = broken(|v| v["signals"][0]["owner"] = "nobody".into());
        assert_eq!(owner, vec!["signal nps_goal has unknown owner nobody"]);
        let weight = broken(|v| v["dimensions"][0]["questions"][0]["weight"] = 4.into());
        assert_eq!(weight, vec!["question vision.written has weight 4"]);
        let word =
            broken(|v| v["dimensions"][0]["questions"][0]["text"]["nl"] = "Met {iban}?".into());
        assert_eq!(
            word,
            vec!["vision.written text refers to unknown wording {iban} in nl"]
        );
        let same = broken(|v| {
            v["dimensions"][0]["questions"][0]["measure"]["en"] =
                v["dimensions"][0]["questions"][0]["measure"]["nl"].clone()
        });
        assert_eq!(
            same,
            vec!["vision.written measure is the same in Dutch and English"]
        );
        let values = broken(|v| v["style_items"][0]["options"][1]["value"] = 40.into());
        assert_eq!(values.len(), 1, "{values:?}");
        let style_ids = broken(|v| v["style_items"][1]["id"] = "vision.written".into());
        assert_eq!(style_ids.len(), 1, "{style_ids:?}");

        let profiles = broken(|v| v["profiles"].as_array_mut().unwrap().swap(0, 1));
        assert_eq!(profiles.len(), 1, "{profiles:?}");
        let moves = broken(|v| v["profiles"][3]["first_moves"] = serde_json::json!([]));
        assert_eq!(
            moves,
            vec!["profile starter has fewer than two first moves"]
        );

        let none = broken(|v| v["dimensions"][0]["questions"] = serde_json::json!([]));
        assert!(none.iter().any(|p| p.contains("has no questions")));
    }

    #[test]
    fn a_missing_translation_or_a_missing_level_fails_to_load() {
        let mut value: serde_json::Value = serde_json::from_str(QUESTIONNAIRE_JSON).unwrap();
        value["dimensions"][0]["title"] = serde_json::json!({ "nl": "Alleen Nederlands" });
        assert!(serde_json::from_value::<Questionnaire>(value).is_err());

        let mut value: serde_json::Value = serde_json::from_str(QUESTIONNAIRE_JSON).unwrap();
        let levels = value["dimensions"][0]["questions"][0]["levels"]
            .as_array_mut()
            .unwrap();
        levels.pop();
        assert!(serde_json::from_value::<Questionnaire>(value).is_err());
    }
}
