//! Each behaviour is measured once: a question measures a practice that exists, a
//! style statement a tendency between two respectable poles, a signal a fact of
//! excess. Two checks keep them apart (test-only; they read data files):
//! - the reviewed list (`measures.json`) names the behaviour of every question,
//!   statement and signal, and no behaviour may appear twice; a signal may not
//!   measure a practice (a maturity gap belongs in a question);
//! - a literal check: a signal and a statement's pole may not share four or more
//!   specific words (English and Dutch together). Revision 2's repeats are kept in
//!   `overlap_r2.json` and `measures_r2.json` to show both checks fail on them.

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;
    use crate::domain::questionnaire::current;
    use serde::Deserialize;
    use std::collections::{BTreeMap, BTreeSet};

    #[derive(Deserialize)]
    struct Measure {
        id: String,
        kind: String,
        behaviour: String,
    }

    #[derive(Deserialize)]
    struct Measures {
        items: Vec<Measure>,
    }

    /// Every problem of a reviewed list: a behaviour measured twice, or a signal
    /// that measures a practice.
    fn repeated(list: &Measures) -> Vec<String> {
        let mut by_behaviour: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for m in &list.items {
            by_behaviour
                .entry(m.behaviour.to_lowercase())
                .or_default()
                .push(m.id.as_str());
        }
        let mut out: Vec<String> = by_behaviour
            .into_iter()
            .filter(|(_, ids)| ids.len() > 1)
            .map(|(b, ids)| format!("{} measure {b}", ids.join(" and ")))
            .collect();
        out.extend(
            list.items
                .iter()
                .filter(|m| m.kind == "signal" && m.behaviour.starts_with("practice:"))
                .map(|m| format!("signal {} measures a practice", m.id)),
        );
        out
    }

    const STOP: &[&str] = &[
        "the", "and", "for", "with", "from", "this", "that", "these", "than", "then", "there",
        "what", "which", "when", "where", "their", "they", "them", "your", "into", "about", "over",
        "once", "also", "while", "because", "until", "does", "have", "were", "only", "very",
        "will", "more", "most", "much", "some", "such", "each", "every", "even", "rather", "een",
        "het", "voor", "met", "naar", "door", "niet", "ook", "maar", "omdat", "als", "dan", "die",
        "dat", "deze", "dit", "wat", "waar", "wanneer", "hun", "zijn", "heeft", "hebben", "wordt",
        "worden", "zich", "alle", "elke", "veel", "meer", "bij", "aan", "uit", "onze", "zoals",
        "liever", "eerder", "vooral", "nog",
    ];
    const GENERIC: &[&str] = &[
        "customer", "custom", "company", "team", "staff", "work", "year", "first", "still",
        "after", "within", "improv", "exampl", "people", "time", "thing", "make", "made", "need",
        "know", "klant", "bedrij", "medewe", "werk", "jaar", "eerst", "verbet", "voorbe", "mensen",
        "tijd", "maken", "nodig", "weten",
    ];

    /// Specific words, lower case, cut to six letters (a crude stem for both languages).
    fn stems(text: &str) -> BTreeSet<String> {
        text.split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .filter(|w| w.chars().count() >= 4 && !STOP.contains(&w.as_str()))
            .map(|w| w.chars().take(6).collect::<String>())
            // Short generic words count as themselves; longer ones as a prefix
            // ("klant" covers "klanten", but "werk" is not "werkwijze").
            .filter(|w| {
                !GENERIC
                    .iter()
                    .any(|g| w == g || (g.len() >= 5 && w.starts_with(g)))
            })
            .collect()
    }

    const LITERAL_LIMIT: usize = 4;

    /// How many specific words a signal and a statement's pole share, over both languages.
    fn shared(signal: [&str; 2], pole: [&str; 2]) -> usize {
        signal
            .iter()
            .zip(pole)
            .map(|(s, p)| stems(s).intersection(&stems(p)).count())
            .sum()
    }

    #[test]
    fn the_reviewed_list_names_every_item_once_and_no_behaviour_twice() {
        let q = current();
        let list: Measures = serde_json::from_str(include_str!("measures.json")).unwrap();
        let listed: BTreeMap<&str, &str> = list
            .items
            .iter()
            .map(|m| (m.id.as_str(), m.kind.as_str()))
            .collect();
        assert_eq!(listed.len(), list.items.len(), "an id listed twice");
        let mut expected: BTreeMap<&str, &str> =
            q.questions().map(|x| (x.id.as_str(), "question")).collect();
        expected.extend(q.style_items.iter().map(|s| (s.id.as_str(), "statement")));
        expected.extend(q.signals.iter().map(|s| (s.id.as_str(), "signal")));
        assert_eq!(listed, expected);
        assert_eq!(repeated(&list), Vec::<String>::new());
    }

    #[test]
    fn the_review_of_revision_2_fails_the_check() {
        let list: Measures = serde_json::from_str(include_str!("measures_r2.json")).unwrap();
        let found = repeated(&list);
        assert_eq!(found.len(), 5, "{found:?}");
        for pair in [
            "wait_for_competitors and style.pace",
            "payback_in_year and style.horizon",
            "buzzwords and style.words",
            "unasked_improvements and style.basics",
        ] {
            assert!(
                found.iter().any(|p| p.starts_with(pair)),
                "{pair}: {found:?}"
            );
        }
        assert!(found.contains(&"signal complaints_unanalysed measures a practice".to_owned()));
    }

    #[test]
    fn no_signal_repeats_a_statement_in_so_many_words() {
        let q = current();
        let mut found = Vec::new();
        for signal in &q.signals {
            for item in &q.style_items {
                for pole in &item.poles {
                    let with_stem = |l: Locale| format!("{} {}", item.text.get(l), pole.get(l));
                    let n = shared(
                        [signal.text.get(Locale::En), signal.text.get(Locale::Nl)],
                        [&with_stem(Locale::En), &with_stem(Locale::Nl)],
                    );
                    if n >= LITERAL_LIMIT {
                        found.push(format!("{} and {} share {n} words", signal.id, item.id));
                    }
                }
            }
        }
        assert_eq!(found, Vec::<String>::new());
    }

    #[derive(Deserialize)]
    struct R2Signal {
        id: String,
        en: String,
        nl: String,
    }

    #[derive(Deserialize)]
    struct R2Statement {
        id: String,
        en: Vec<String>,
        nl: Vec<String>,
    }

    #[derive(Deserialize)]
    struct R2 {
        signals: Vec<R2Signal>,
        statements: Vec<R2Statement>,
    }

    #[test]
    fn the_literal_check_finds_revision_2s_repeats() {
        let r2: R2 = serde_json::from_str(include_str!("overlap_r2.json")).unwrap();
        let mut found = BTreeSet::new();
        for signal in &r2.signals {
            for item in &r2.statements {
                for (en, nl) in item.en.iter().zip(&item.nl) {
                    if shared([&signal.en, &signal.nl], [en, nl]) >= LITERAL_LIMIT {
                        found.insert(format!("{} and {}", signal.id, item.id));
                    }
                }
            }
        }
        assert!(found.contains("buzzwords and style.words"), "{found:?}");
        assert!(
            found.contains("wait_for_competitors and style.pace"),
            "{found:?}"
        );
    }
}
