//! Checks of the questionnaire's wording that keep answering unbiased and nothing
//! counted twice:
//! - stems are open questions, never yes/no questions answered on five levels;
//! - no level reads "we don't know" (that is an answer of its own);
//! - no signal repeats a maturity level (the same behaviour would count twice).
//!
//! The last is a heuristic on the English texts: a signal and a level that share
//! three content words, or two content words side by side, are reported. Words
//! every text uses (customer, team, year, …) do not count. It catches literal
//! repeats, as revision 1 had them; a repeat in other words needs a reader.

use crate::domain::locale::Locale;
use crate::domain::questionnaire::Questionnaire;
use std::collections::HashSet;

const STOP: &[&str] = &[
    "the", "and", "for", "with", "from", "this", "that", "these", "those", "than", "then", "there",
    "what", "which", "when", "where", "their", "they", "them", "your", "into", "about", "over",
    "under", "again", "once", "here", "both", "other", "also", "while", "because", "until", "does",
    "have", "having", "were", "being", "only", "same", "very", "will", "just", "should", "more",
    "most", "many", "much", "some", "such", "each", "every",
];
const GENERIC: &[&str] = &[
    "customer",
    "custom",
    "company",
    "team",
    "staff",
    "work",
    "year",
    "first",
    "still",
    "after",
    "within",
    "improvement",
    "example",
    "people",
    "time",
    "thing",
    "make",
    "made",
    "need",
    "know",
    "known",
];

/// Content words, lower case, crudely stemmed (-ing, -ed, -es, -s).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .map(str::to_ascii_lowercase)
        .filter(|w| w.len() >= 4 && !STOP.contains(&w.as_str()))
        .map(|w| {
            ["ing", "ed", "es", "s"]
                .iter()
                .find(|suffix| w.ends_with(*suffix) && w.len() - suffix.len() >= 4)
                .map_or(w.clone(), |suffix| w[..w.len() - suffix.len()].to_owned())
        })
        .collect()
}

/// Whether a signal's text repeats a level's text (see the module comment).
pub fn repeats(signal: &str, level: &str) -> bool {
    let specific = |w: &String| !GENERIC.contains(&w.as_str());
    let (s, l) = (words(signal), words(level));
    let level_words: HashSet<&String> = l.iter().collect();
    let shared = s
        .iter()
        .filter(|w| specific(w) && level_words.contains(w))
        .collect::<HashSet<_>>()
        .len();
    let level_pairs: HashSet<(&String, &String)> = l.iter().zip(l.iter().skip(1)).collect();
    let pair = s
        .iter()
        .zip(s.iter().skip(1))
        .any(|(a, b)| specific(a) && specific(b) && level_pairs.contains(&(a, b)));
    shared >= 3 || pair
}

const YES_NO_NL: &[&str] = &[
    "Stopt",
    "Weet",
    "Kent",
    "Heeft",
    "Hebt",
    "Doet",
    "Kunnen",
    "Kan",
    "Is",
    "Zijn",
    "Wordt",
    "Worden",
    "Verbetert",
    "Werkt",
    "Vertelt",
    "Bedient",
    "Meet",
    "Gebruikt",
    "Zet",
];
const YES_NO_EN: &[&str] = &[
    "Do", "Does", "Can", "Is", "Are", "Have", "Has", "Will", "Would", "Should",
];

/// Every wording problem; empty means none.
pub fn problems(q: &Questionnaire) -> Vec<String> {
    let mut out = Vec::new();
    for question in q.questions() {
        let first = |t: &str| t.split_whitespace().next().unwrap_or("").to_owned();
        if YES_NO_NL.contains(&first(question.text.get(Locale::Nl)).as_str())
            || YES_NO_EN.contains(&first(question.text.get(Locale::En)).as_str())
        {
            out.push(format!("{} asks a yes/no question", question.id));
        }
        for (i, level) in question.levels.iter().enumerate() {
            let (nl, en) = (
                level.text.get(Locale::Nl).to_lowercase(),
                level.text.get(Locale::En).to_lowercase(),
            );
            if nl.contains("weten we niet")
                || nl.contains("weet niemand")
                || en.contains("don't know")
                || en.contains("do not know")
            {
                out.push(format!(
                    "{} level {} reads as 'don't know'",
                    question.id,
                    i + 1
                ));
            }
            for signal in &q.signals {
                if repeats(signal.text.get(Locale::En), level.text.get(Locale::En)) {
                    out.push(format!(
                        "signal {} repeats {} level {}",
                        signal.id,
                        question.id,
                        i + 1
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
    use crate::domain::questionnaire::current;

    #[test]
    fn the_shipped_questionnaire_reads_without_bias_and_counts_nothing_twice() {
        assert_eq!(problems(current()), Vec::<String>::new());
    }

    /// The overlaps revision 1 had are found (the check can fail).
    #[test]
    fn the_repeats_of_revision_1_are_found() {
        let pairs = [
            (
                "Our NPS or another customer score is a goal in itself: it carries a target or a bonus, regardless of what changes for customers.",
                "The score is a goal in itself: targets, league tables, sometimes bonuses; it is tempting to steer the score rather than the experience.",
            ),
            (
                "Staff ask customers for a high rating (\"a 9 or 10 would really help me\").",
                "A customer score is in the goals, but it is one number people try to push up, if need be by asking customers for a high rating.",
            ),
            (
                "We improve things customers never asked for, while well-known basic complaints remain unsolved.",
                "Many initiatives start, some for things customers never asked for; whether they work is not checked.",
            ),
        ];
        for (signal, level) in pairs {
            assert!(repeats(signal, level), "{signal}");
        }
        assert!(!repeats(
            "We handle complaints one by one, but never put them side by side to find recurring causes.",
            "Each team decides for itself how it treats customers."
        ));
    }

    #[test]
    fn yes_no_stems_and_dont_know_levels_are_found() {
        let mut value: serde_json::Value =
            serde_json::from_str(crate::domain::questionnaire::QUESTIONNAIRE_JSON).unwrap();
        value["dimensions"][7]["questions"][1]["text"]["nl"] = "Stopt u met wat niet werkt?".into();
        value["dimensions"][0]["questions"][0]["levels"][0]["text"]["en"] =
            "We do not know.".into();
        let q: Questionnaire =
            crate::domain::locale::texts::one_file_at_a_time(|| serde_json::from_value(value))
                .unwrap();
        let found = problems(&q);
        assert_eq!(found.len(), 2, "{found:?}");
    }
}
