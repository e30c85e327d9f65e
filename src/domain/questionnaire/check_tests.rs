use super::*;
use crate::domain::questionnaire::applicability;
use crate::domain::questionnaire::step_details::{native, read_data};
use crate::domain::questionnaire::{current, Questionnaire, QUESTIONNAIRE_JSON, STEPS_JSON};

#[test]
fn the_shipped_questionnaire_parses_and_has_no_problems() {
    let q = Questionnaire::parse(QUESTIONNAIRE_JSON).expect("data file parses");
    assert_eq!(problems(&q, native()), Vec::<String>::new());
    assert!(q.question_count() >= 3);
    assert_eq!(current().id, "klantspiegel");
}

#[test]
fn twelve_dimensions_with_forty_five_to_fifty_questions() {
    let q = current();
    let numbers: Vec<u8> = q.dimensions.iter().map(|d| d.number).collect();
    assert_eq!(numbers, (1..=12).collect::<Vec<u8>>());
    let n = q.question_count();
    assert!((45..=50).contains(&n), "{n} questions");
}

#[test]
fn the_intro_asks_only_what_is_used_market_country_and_size() {
    let ids: Vec<&str> = current()
        .context_fields
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    // Market: which questions apply; country: example words; size: the plan's owners.
    assert_eq!(
        ids,
        [
            applicability::MARKET_FIELD,
            wording::COUNTRY_FIELD,
            applicability::SIZE_FIELD
        ]
    );
}

#[test]
fn every_question_of_the_chain_theme_is_b2b() {
    let chain = current().dimension("chain").unwrap();
    assert!(chain
        .questions
        .iter()
        .all(|q| q.tags.iter().any(|t| t == "b2b")));
}

#[test]
fn every_dimension_has_two_to_five_questions() {
    for dim in &current().dimensions {
        let n = dim.questions.len();
        assert!((2..=5).contains(&n), "{} has {n} questions", dim.id);
    }
}

#[test]
fn b2b_questions_appear_in_at_least_three_dimensions_besides_the_chain_theme() {
    let with_b2b = current()
        .dimensions
        .iter()
        .filter(|d| d.id != "chain")
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
    let q: Questionnaire =
        crate::domain::locale::texts::one_file_at_a_time(|| serde_json::from_value(value)).unwrap();
    problems(&q, native())
}

/// The problems with the steps' details after an edit of `steps.json`.
fn broken_steps(edit: impl Fn(&mut serde_json::Value)) -> Vec<String> {
    let mut value: serde_json::Value = serde_json::from_str(STEPS_JSON).unwrap();
    edit(&mut value);
    let details = read_data(current(), &value.to_string()).unwrap_or_default();
    problems(current(), &details)
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

    let empty = broken_steps(|v| v["steps"]["vision.written"][2]["next"]["en"] = " ".into());
    assert_eq!(
        empty,
        vec!["vision.written level 3 next step is empty in en"]
    );

    let option = broken(|v| v["context_fields"][0]["options"][1]["id"] = "b2c".into());
    assert_eq!(option, vec!["duplicate option b2c in market"]);

    let signal = broken(|v| v["signals"][1]["id"] = v["signals"][0]["id"].clone());
    assert_eq!(signal, vec!["duplicate signal nps_goal"]);
    let few = broken(|v| v["signals"].as_array_mut().unwrap().truncate(4));
    assert_eq!(
        few,
        vec![
            "0 HoldingBack signals, expected 3 to 6",
            "7 signal actions for 4 signals"
        ]
    );
    let owner = broken(|v| v["signals"][0]["owner"] = "nobody".into());
    assert_eq!(owner, vec!["signal nps_goal has unknown owner nobody"]);
    let weight = broken(|v| v["dimensions"][0]["questions"][0]["weight"] = 4.into());
    assert_eq!(weight, vec!["question vision.written has weight 4"]);
    let word = broken(|v| v["dimensions"][0]["questions"][0]["text"]["nl"] = "Met {iban}?".into());
    assert_eq!(
        word,
        vec!["vision.written text refers to unknown wording {iban} in nl"]
    );
    let same = broken_steps(|v| {
        let m = &mut v["steps"]["vision.written"][1]["measure"];
        m["target"]["en"] = m["target"]["nl"].clone()
    });
    assert_eq!(
        same,
        vec!["vision.written level 2 measure target is the same in Dutch and English"]
    );
    let pole = broken(|v| v["style_items"][0]["high_pole"] = 2.into());
    assert_eq!(pole, vec!["style item drive.early has high pole 2"]);
    let style_ids = broken(|v| v["style_items"][1]["id"] = "vision.written".into());
    assert_eq!(style_ids.len(), 1, "{style_ids:?}");
    let axis = broken(|v| v["style_items"][0]["axis"] = "grounding".into());
    assert_eq!(
        axis,
        vec!["style item id drive.early is not a unique grounding.* id"]
    );
    let few = broken(|v| {
        let items = v["style_items"].as_array_mut().unwrap();
        items.retain(|i| i["axis"] != "drive" || i["id"] == "drive.early");
    });
    assert_eq!(few, vec!["1 style items on Drive, expected 4 to 6"]);

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
    assert!(
        crate::domain::locale::texts::one_file_at_a_time(
            || serde_json::from_value::<Questionnaire>(value)
        )
        .is_err()
    );

    let mut value: serde_json::Value = serde_json::from_str(QUESTIONNAIRE_JSON).unwrap();
    let levels = value["dimensions"][0]["questions"][0]["levels"]
        .as_array_mut()
        .unwrap();
    levels.pop();
    assert!(
        crate::domain::locale::texts::one_file_at_a_time(
            || serde_json::from_value::<Questionnaire>(value)
        )
        .is_err()
    );
}

#[test]
fn every_step_has_an_owner_a_family_a_deliverable_and_a_whole_measure() {
    let owner =
        broken(|v| v["dimensions"][0]["questions"][0]["levels"][4]["owner"] = "nobody".into());
    assert_eq!(
        owner,
        vec!["vision.written level 5 has unknown owner nobody"]
    );
    let family = broken(|v| v["dimensions"][0]["questions"][0]["levels"][0]["family"] = "".into());
    assert_eq!(
        family,
        vec!["vision.written level 1 has no family of action"]
    );
    let details = broken_steps(|v| {
        v["steps"].as_object_mut().unwrap().remove("vision.written");
    });
    // Then no step's words read, and every step says so, and the signals' too.
    let (steps, rest): (Vec<&String>, Vec<&String>) = details
        .iter()
        .partition(|p| p.ends_with("has no deliverable and measure"));
    assert_eq!(steps.len(), 5 * current().question_count());
    assert_eq!(rest, ["0 signal actions for 7 signals"]);
    let action = broken_steps(|v| v["signals"]["cut_first"]["action"]["fr"] = "".into());
    assert_eq!(action, vec!["signal cut_first action is empty in fr"]);
    let source =
        broken_steps(|v| v["steps"]["vision.written"][3]["measure"]["source"]["fr"] = "".into());
    assert_eq!(
        source,
        vec!["vision.written level 4 measure source is empty in fr"]
    );
    let requirement = broken(|v| {
        v["dimensions"][0]["questions"][0]["requires"] = serde_json::json!(["vision.nothing 2"])
    });
    assert_eq!(
        requirement,
        vec!["question vision.written has a broken requirement"]
    );
    let kind = broken(|v| v["dimensions"][0]["questions"][0]["move"] = "speed".into());
    assert_eq!(
        kind,
        vec!["question vision.written has an unknown move speed"]
    );
    let malformed = broken(|v| {
        v["dimensions"][0]["questions"][0]["requires"] = serde_json::json!(["vision.chain 7"])
    });
    assert_eq!(malformed, requirement);
}

/// Whether the steps' details still read after the edit.
fn parses(edit: impl Fn(&mut serde_json::Value)) -> bool {
    let mut value: serde_json::Value = serde_json::from_str(STEPS_JSON).unwrap();
    edit(&mut value);
    read_data(current(), &value.to_string()).is_ok()
}

#[test]
fn a_measure_without_its_start_target_or_source_does_not_read() {
    for part in ["what", "start", "target", "source"] {
        assert!(!parses(|v| {
            v["steps"]["leadership.example"][0]["measure"]
                .as_object_mut()
                .unwrap()
                .remove(part);
        }));
    }
    assert!(parses(|_| {}));
    assert!(!parses(|v| {
        v["steps"]["vision.nothing"] = v["steps"]["vision.written"].clone();
    }));
}

/// The reviewed list of step families names exactly the families the steps use.
#[test]
fn the_step_families_are_the_reviewed_list() {
    use std::collections::BTreeSet;
    let list: serde_json::Value = serde_json::from_str(include_str!("step_families.json")).unwrap();
    let listed: BTreeSet<&str> = list["families"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let used: BTreeSet<&str> = crate::domain::questionnaire::current()
        .questions()
        .flat_map(|q| q.levels.iter().map(|l| l.family.as_str()))
        .collect();
    assert_eq!(listed, used, "update step_families.json after a review");
    // Where a family says where its steps are, that is where they are.
    for (family, steps) in list["families"].as_object().unwrap() {
        for step in steps.as_array().unwrap() {
            let (id, level) = step.as_str().unwrap().rsplit_once(" level ").unwrap();
            let q = crate::domain::questionnaire::current()
                .question(id)
                .unwrap();
            assert_eq!(
                &q.levels[level.parse::<usize>().unwrap() - 1].family,
                family
            );
        }
    }
}
