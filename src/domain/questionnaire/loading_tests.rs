use super::loading::{read_language, read_language_into};
use super::{current, Questionnaire, QUESTIONNAIRE_JSON};
use crate::domain::locale::Locale;
use serde_json::Value;

/// Every text object ({"nl": …, "en": …}) becomes its string in `code`.
pub(super) fn cut(value: Value, code: &str) -> Value {
    match value {
        Value::Object(map) if map.len() == Locale::COUNT && map.contains_key(code) => {
            map.get(code).cloned().unwrap_or(Value::Null)
        }
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, cut(v, code))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(|v| cut(v, code)).collect()),
        other => other,
    }
}

/// One language's file as the build cuts it: every text object becomes its string.
fn language_file(locale: Locale) -> Value {
    cut(
        serde_json::from_str(QUESTIONNAIRE_JSON).unwrap(),
        locale.code(),
    )
}

/// Every text of a questionnaire in one language, named by where it sits.
fn texts(q: &Questionnaire, locale: Locale) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for d in &q.dimensions {
        out.push((d.id.clone(), d.title.get(locale)));
        for question in &d.questions {
            out.push((question.id.clone(), question.text.get(locale)));
            for (i, level) in question.levels.iter().enumerate() {
                out.push((format!("{}.{i}", question.id), level.text.get(locale)));
            }
        }
    }
    for p in &q.profiles {
        out.push((p.id.clone(), p.name.get(locale)));
    }
    for s in &q.signals {
        out.push((s.id.clone(), s.text.get(locale)));
    }
    out.extend(
        q.level_names
            .iter()
            .map(|n| ("level".to_owned(), n.get(locale))),
    );
    out
}

#[test]
fn a_language_file_then_another_give_the_texts_of_the_data_file() {
    let nl = language_file(Locale::Nl).to_string();
    let en = language_file(Locale::En).to_string();
    let (q, range) = read_language(&nl, Locale::Nl).expect("the Dutch file reads");
    assert_eq!(q.question_count(), current().question_count());
    assert!(
        texts(&q, Locale::En).iter().all(|(_, t)| t.is_empty()),
        "English not loaded yet"
    );
    assert_eq!(texts(&q, Locale::Nl), texts(current(), Locale::Nl));

    read_language_into(&en, Locale::En, &q, range).expect("the English file fills in");
    assert_eq!(texts(&q, Locale::En), texts(current(), Locale::En));
    assert_eq!(
        texts(&q, Locale::Nl),
        texts(current(), Locale::Nl),
        "Dutch stays"
    );
    assert!(texts(&q, Locale::En).len() > 300);
}

#[test]
fn a_file_of_another_shape_or_revision_is_refused() {
    let nl = language_file(Locale::Nl).to_string();
    let (q, range) = read_language(&nl, Locale::Nl).unwrap();

    let mut fewer = language_file(Locale::En);
    fewer["dimensions"][0]["questions"]
        .as_array_mut()
        .unwrap()
        .pop();
    let err = read_language_into(&fewer.to_string(), Locale::En, &q, range.clone()).unwrap_err();
    assert!(err.to_string().contains("texts"), "{err}");

    let mut other = language_file(Locale::En);
    other["revision"] = Value::from(99);
    let err = read_language_into(&other.to_string(), Locale::En, &q, range.clone()).unwrap_err();
    assert!(err.to_string().contains("revision 99"), "{err}");

    assert!(read_language_into("{\"id\": 1", Locale::En, &q, range).is_err());
}

#[test]
fn the_data_file_needs_every_language_and_a_language_file_plain_strings() {
    let mut missing = serde_json::from_str::<Value>(QUESTIONNAIRE_JSON).unwrap();
    missing["level_names"][0] = Value::from("Ad hoc");
    assert!(
        Questionnaire::parse(&missing.to_string()).is_err(),
        "a text without languages"
    );
    let mut partial = serde_json::from_str::<Value>(QUESTIONNAIRE_JSON).unwrap();
    partial["level_names"][0]
        .as_object_mut()
        .unwrap()
        .remove("en");
    assert!(
        Questionnaire::parse(&partial.to_string()).is_err(),
        "a text without English"
    );
    assert!(read_language("[]", Locale::Nl).is_err());
}

/// The answering pages' file as `.ci/post_build.mjs` cuts it: no stage texts, no
/// signal explanations, profiles by name only, no deliverables, measures or next steps.
fn answering_file(locale: Locale) -> Value {
    let mut v = language_file(locale);
    v.as_object_mut().unwrap().remove("stage_texts");
    for p in v["profiles"].as_array_mut().unwrap() {
        p.as_object_mut()
            .unwrap()
            .retain(|k, _| k == "id" || k == "name");
    }
    for s in v["signals"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("why");
    }
    for s in v["style_items"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("steps");
    }
    for d in v["dimensions"].as_array_mut().unwrap() {
        for q in d["questions"].as_array_mut().unwrap() {
            let q = q.as_object_mut().unwrap();
            q.remove("move");
            q.remove("requires");
            for level in q["levels"].as_array_mut().unwrap() {
                let level = level.as_object_mut().unwrap();
                level.retain(|k, _| k == "text");
            }
        }
    }
    v
}

#[test]
fn the_answering_file_reads_without_what_only_the_results_show() {
    let nl = answering_file(Locale::Nl).to_string();
    let en = answering_file(Locale::En).to_string();
    assert!(
        nl.len() < language_file(Locale::Nl).to_string().len() * 3 / 4,
        "it is a good deal smaller"
    );
    let (q, range) = read_language(&nl, Locale::Nl).expect("the Dutch answering file reads");
    read_language_into(&en, Locale::En, &q, range).expect("the English one fills in");
    for locale in [Locale::Nl, Locale::En] {
        // What the answering pages show is all there, in both languages.
        let shown = |q: &Questionnaire| -> Vec<&'static str> {
            q.dimensions
                .iter()
                .flat_map(|d| {
                    [d.title.get(locale), d.summary.get(locale)]
                        .into_iter()
                        .chain(d.questions.iter().flat_map(|x| {
                            [x.text.get(locale)]
                                .into_iter()
                                .chain(x.na_hint.map(|h| h.get(locale)))
                                .chain(x.levels.iter().map(|l| l.text.get(locale)))
                        }))
                })
                .chain(q.style_items.iter().flat_map(|s| {
                    [
                        s.text.get(locale),
                        s.poles[0].get(locale),
                        s.poles[1].get(locale),
                    ]
                }))
                .chain(q.signals.iter().map(|s| s.text.get(locale)))
                .chain(q.profiles.iter().map(|p| p.name.get(locale)))
                .collect()
        };
        assert_eq!(shown(&q), shown(current()));
        // What only the results show is not.
        assert!(q
            .questions()
            .all(|x| x.levels.iter().all(|l| l.owner.is_empty())));
        assert!(q.signals.iter().all(|s| s.why.get(locale).is_empty()));
    }
}

/// The report's and the tools' file as `.ci/post_build.mjs` cuts it: no level
/// texts, no "not applicable" hints, no steps' deliverables and measures.
pub(super) fn report_file(locale: Locale) -> Value {
    let mut v = language_file(locale);
    let mut families = std::collections::HashMap::<String, usize>::new();
    for x in current().questions() {
        for l in &x.levels {
            *families.entry(l.family.clone()).or_default() += 1;
        }
    }
    for d in v["dimensions"].as_array_mut().unwrap() {
        for q in d["questions"].as_array_mut().unwrap() {
            let q = q.as_object_mut().unwrap();
            q.remove("na_hint");
            for level in q["levels"].as_array_mut().unwrap() {
                let level = level.as_object_mut().unwrap();
                level.remove("text");
                // A family no other step shares cannot keep two steps apart.
                if families[level["family"].as_str().unwrap()] == 1 {
                    level.remove("family");
                }
            }
        }
    }
    v
}

#[test]
fn the_report_file_ranks_the_steps_as_the_data_file_does() {
    use crate::domain::answers::{Choice, Level};
    use crate::domain::assessment::Assessment;
    use crate::domain::scoring::advice::top_gaps;
    let (q, _) = read_language(&report_file(Locale::En).to_string(), Locale::En).unwrap();
    for seed in 0..40u32 {
        let mut a = Assessment::new("t".into(), 0, current());
        for (i, x) in current().questions().enumerate() {
            let level = (i as u32 * 7 + seed * 13) % 5 + 1;
            a.set_choice(&x.id, Level::new(level as u8).map(Choice::Level), 1);
        }
        let ids = |q: &Questionnaire| -> Vec<String> {
            top_gaps(q, &a, None)
                .iter()
                .map(|g| format!("{} {}", g.question.id, g.level.get()))
                .collect()
        };
        assert_eq!(ids(&q), ids(current()));
    }
}

#[test]
fn the_report_file_reads_without_what_only_the_answering_pages_show() {
    let nl = report_file(Locale::Nl).to_string();
    let fr = report_file(Locale::Fr).to_string();
    assert!(
        nl.len() < language_file(Locale::Nl).to_string().len() * 3 / 4,
        "it is a good deal smaller"
    );
    let (q, range) = read_language(&nl, Locale::Nl).expect("the Dutch report file reads");
    read_language_into(&fr, Locale::Fr, &q, range).expect("the French one fills in");
    for locale in [Locale::Nl, Locale::Fr] {
        // Everything the results, the team view and the comparison show.
        let shown = |q: &Questionnaire| -> Vec<&'static str> {
            q.dimensions
                .iter()
                .flat_map(|d| {
                    [d.title.get(locale), d.summary.get(locale)]
                        .into_iter()
                        .chain(
                            d.questions
                                .iter()
                                .flat_map(|x| [x.text.get(locale)].into_iter()),
                        )
                })
                .chain(q.level_names.iter().map(|n| n.get(locale)))
                .chain(q.stage_texts.iter().map(|n| n.get(locale)))
                .chain(q.style_items.iter().flat_map(|s| {
                    [
                        s.text.get(locale),
                        s.poles[0].get(locale),
                        s.poles[1].get(locale),
                    ]
                }))
                .chain(
                    q.signals
                        .iter()
                        .flat_map(|s| [s.text.get(locale), s.why.get(locale)]),
                )
                .chain(q.profiles.iter().flat_map(|p| {
                    [
                        p.name.get(locale),
                        p.tagline.get(locale),
                        p.summary.get(locale),
                    ]
                }))
                .collect()
        };
        assert_eq!(shown(&q), shown(current()));
        assert!(q
            .questions()
            .all(|x| x.levels.iter().all(|l| l.text.get(locale).is_empty())));
    }
}
