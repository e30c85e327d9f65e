//! The glossary (`glossary.json`): neutral Dutch that readers in the Netherlands
//! and in Flanders both accept, English without Dutch calques, and Belgian business
//! French. The test fails when an avoided form appears in a text of the app or the
//! questionnaire.

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Entry {
        r#use: String,
        avoid: Vec<String>,
        #[allow(dead_code)]
        why: String,
    }

    #[derive(Deserialize)]
    struct Glossary {
        #[allow(dead_code)]
        about: String,
        nl: Vec<Entry>,
        en: Vec<Entry>,
        fr: Vec<Entry>,
    }

    /// Every string under a key `lang` in the questionnaire data.
    fn data_texts(value: &serde_json::Value, lang: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    match v {
                        serde_json::Value::String(s) if key == lang => out.push(s.clone()),
                        _ => data_texts(v, lang, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| data_texts(v, lang, out)),
            _ => {}
        }
    }

    /// The string literals of a texts source file.
    fn literals(source: &str) -> Vec<String> {
        source
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    }

    /// Whether `phrase` occurs in `text` as whole words, in any case.
    fn contains_words(text: &str, phrase: &str) -> bool {
        let (text, phrase) = (text.to_lowercase(), phrase.to_lowercase());
        text.match_indices(&phrase).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
        })
    }

    fn texts(lang: &str, sources: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for file in [
            crate::domain::questionnaire::QUESTIONNAIRE_JSON,
            crate::domain::questionnaire::STEPS_JSON,
        ] {
            let data: serde_json::Value = serde_json::from_str(file).unwrap();
            data_texts(&data, lang, &mut out);
        }
        out.extend(sources.iter().flat_map(|s| literals(s)));
        out
    }

    fn offences(entries: &[Entry], texts: &[String]) -> Vec<String> {
        entries
            .iter()
            .flat_map(|e| &e.avoid)
            .flat_map(|avoid| {
                texts
                    .iter()
                    .filter(move |t| contains_words(t, avoid))
                    .map(move |t| format!("'{avoid}' in: {t}"))
            })
            .collect()
    }

    fn glossary() -> Glossary {
        serde_json::from_str(include_str!("glossary.json")).unwrap()
    }

    #[test]
    fn no_dutch_text_uses_an_avoided_form() {
        let nl = texts(
            "nl",
            &[
                include_str!("nl/common.rs"),
                include_str!("nl/results.rs"),
                include_str!("nl/compare.rs"),
                include_str!("nl/data.rs"),
                include_str!("nl/device.rs"),
                include_str!("nl/method.rs"),
                include_str!("nl/share.rs"),
                include_str!("nl/team.rs"),
            ],
        );
        assert!(nl.len() > 1000, "{} Dutch texts found", nl.len());
        let found = offences(&glossary().nl, &nl);
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    #[test]
    fn no_english_text_uses_a_dutch_calque() {
        let en = texts(
            "en",
            &[
                include_str!("en/common.rs"),
                include_str!("en/results.rs"),
                include_str!("en/compare.rs"),
                include_str!("en/data.rs"),
                include_str!("en/device.rs"),
                include_str!("en/method.rs"),
                include_str!("en/share.rs"),
                include_str!("en/team.rs"),
            ],
        );
        let found = offences(&glossary().en, &en);
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    fn french_texts() -> Vec<String> {
        texts(
            "fr",
            &[
                include_str!("fr/common.rs"),
                include_str!("fr/results.rs"),
                include_str!("fr/compare.rs"),
                include_str!("fr/data.rs"),
                include_str!("fr/device.rs"),
                include_str!("fr/method.rs"),
                include_str!("fr/share.rs"),
                include_str!("fr/team.rs"),
            ],
        )
    }

    #[test]
    fn no_french_text_uses_a_form_of_france_or_tu() {
        let fr = french_texts();
        assert!(fr.len() > 1000, "{} French texts found", fr.len());
        let found = offences(&glossary().fr, &fr);
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    /// Where French typography puts a space that does not break: before : ; ? !
    /// and inside « ». A plain space there is a fault.
    fn plain_space_faults(text: &str) -> bool {
        [" :", " ;", " ?", " !", "« ", " »"]
            .iter()
            .any(|f| text.contains(f))
    }

    #[test]
    fn french_punctuation_keeps_its_space_from_breaking() {
        let found: Vec<String> = french_texts()
            .into_iter()
            .filter(|t| plain_space_faults(t))
            .collect();
        assert!(found.is_empty(), "{}", found.join("\n"));
        assert!(plain_space_faults("Porteur : le directeur"));
        assert!(!plain_space_faults("Porteur\u{a0}: le directeur, à 10:00"));
    }

    /// Every avoided form, planted in a sentence, is found, and the form to use is
    /// not itself avoided (an entry whose advice trips its own check would make the
    /// texts impossible to write).
    #[test]
    fn every_avoided_form_is_found_when_planted() {
        let g = glossary();
        for (lang, entries) in [("nl", &g.nl), ("en", &g.en), ("fr", &g.fr)] {
            for entry in entries {
                for avoid in &entry.avoid {
                    let planted = format!("Een zin met {avoid} erin.");
                    let one = [Entry {
                        r#use: String::new(),
                        avoid: vec![avoid.clone()],
                        why: String::new(),
                    }];
                    assert_eq!(
                        offences(&one, &[planted]).len(),
                        1,
                        "{lang}: '{avoid}' is not found when planted"
                    );
                }
                // The form to use must pass its own entry, or no text could follow it.
                let own = offences(
                    std::slice::from_ref(entry),
                    std::slice::from_ref(&entry.r#use),
                );
                assert!(own.is_empty(), "{lang}: {}", own.join("; "));
            }
        }
    }

    #[test]
    fn the_check_finds_whole_words_only() {
        assert!(contains_words("Bel de Klantendienst.", "klantendienst"));
        assert!(!contains_words("klantendiensten", "klantendienst"));
        assert!(contains_words("binnen de week klaar", "binnen de week"));
        let one = [Entry {
            r#use: String::new(),
            avoid: vec!["contacteren".into()],
            why: String::new(),
        }];
        assert_eq!(offences(&one, &["U kunt ons contacteren.".into()]).len(), 1);
    }
}
