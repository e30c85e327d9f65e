//! Checks a questionnaire's content: what `serde` cannot enforce by type alone.

use super::profile::Archetype;
use super::questionnaire::Questionnaire;
use std::collections::HashSet;

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
    if !(5..=8).contains(&q.signals.len()) {
        out.push(format!(
            "{} overreaction signals, expected 5 to 8",
            q.signals.len()
        ));
    }
    let mut signal_ids = HashSet::new();
    for signal in &q.signals {
        if !signal_ids.insert(signal.id.as_str()) {
            out.push(format!("duplicate signal {}", signal.id));
        }
        texts.push((format!("signal {}", signal.id), &signal.text));
        texts.push((format!("signal {} why", signal.id), &signal.why));
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
    for (place, text) in texts {
        for (locale, value) in text.all() {
            if value.trim().is_empty() {
                out.push(format!("{place} is empty in {}", locale.code()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::questionnaire::{current, Questionnaire, QUESTIONNAIRE_JSON};
    use super::*;

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
    fn the_intro_asks_sector_market_country_and_size() {
        let ids: Vec<&str> = current()
            .context_fields
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(ids, ["sector", "market", "country", "size"]);
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

        let option = broken(|v| v["context_fields"][1]["options"][1]["id"] = "b2c".into());
        assert_eq!(option, vec!["duplicate option b2c in market"]);

        let signal = broken(|v| v["signals"][1]["id"] = v["signals"][0]["id"].clone());
        assert_eq!(signal, vec!["duplicate signal nps_goal"]);
        let few = broken(|v| v["signals"].as_array_mut().unwrap().truncate(4));
        assert_eq!(few, vec!["4 overreaction signals, expected 5 to 8"]);

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
