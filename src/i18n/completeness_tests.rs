//! The completeness checks of every language's texts.

use super::*;

/// Texts that are rightly the same in Dutch and English.
const SAME_IN_BOTH: &[&str] = &[
    "Klantspiegel",
    // The first tile of the step list: the same word in Dutch and English.
    "Start",
    "Score (0–100)",
    "Privacy",
    "B2B",
    "CSV",
    "JSON",
];

/// Texts that are rightly the same in French and English (the same word in
/// both languages).
const SAME_IN_FRENCH: &[&str] = &[
    "Introduction",
    "← Introduction",
    "Question",
    "Style",
    "Action",
];

/// The one completeness check: every language has every text, none is empty,
/// and each differs from English unless it is a name or the same word (and
/// French differs from Dutch unless it is a name).
#[test]
fn every_language_has_every_text_and_translates_it() {
    let english = texts(Locale::En).plain();
    for locale in Locale::ALL {
        let t = texts(locale);
        assert_eq!(t.locale, locale);
        let all = t.plain();
        assert_eq!(all.len(), english.len());
        for ((name, text), (_, en)) in all.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{} {name} is empty", locale.code());
            let same_word = locale == Locale::Fr && SAME_IN_FRENCH.contains(text);
            if locale != Locale::En && !SAME_IN_BOTH.contains(text) && !same_word {
                assert_ne!(text, en, "{} {name} is not translated", locale.code());
            }
        }
    }
}

#[test]
fn french_differs_from_dutch_unless_it_is_a_name() {
    let dutch = texts(Locale::Nl).plain();
    for ((name, fr), (_, nl)) in texts(Locale::Fr).plain().iter().zip(&dutch) {
        if !SAME_IN_BOTH.contains(fr) {
            assert_ne!(fr, nl, "fr {name} is the Dutch text");
        }
    }
}

#[test]
fn presentation_helpers_read_in_each_language() {
    let q = questionnaire::current();
    let three = Level::new(3).unwrap();
    assert_eq!(
        texts(Locale::Nl).choice(Choice::Level(three)),
        "3 · Gestructureerd"
    );
    assert_eq!(texts(Locale::En).stage(three), "Stage 3 of 5: Structured");
    assert_eq!(
        texts(Locale::En).dimension(&q.dimensions[2]),
        "3. People and accessibility"
    );
    assert_eq!(
        texts(Locale::Nl).archetype(Archetype::Balanced),
        "In balans"
    );
}
