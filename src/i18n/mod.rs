//! Every user-visible text of the app shell, in every language. The questionnaire's
//! own texts live in its data file. Each locale is a `Texts` value, so a missing
//! translation is a compile error; `tests` catches empty ones.

use crate::domain::answers::Choice;
use crate::domain::locale::Locale;
use crate::domain::questionnaire;

/// Declares a table of texts and its `plain()`, which lists every plain text, so
/// that the checks cover each field without a hand-kept list.
macro_rules! texts {
    ($name:ident plain { $($p:ident),* $(,)? } formatted { $($f:ident: $ty:ty),* $(,)? }) => {
        pub struct $name {
            $(pub $p: &'static str,)*
            $(pub $f: $ty,)*
        }

        impl $name {
            /// Every plain text with its field name.
            pub fn plain(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($p), self.$p)),*]
            }

            /// Test check: fails on a text empty in either language or, with
            /// `differ`, on a Dutch text that is the same as the English one.
            #[cfg(test)]
            pub fn check(nl: &Self, en: &Self, differ: bool) {
                for ((name, a), (_, b)) in nl.plain().into_iter().zip(en.plain()) {
                    assert!(!a.trim().is_empty(), "nl {name} is empty");
                    assert!(!b.trim().is_empty(), "en {name} is empty");
                    if differ {
                        assert_ne!(a, b, "{name} is not translated");
                    }
                }
            }
        }
    };
}

mod compare;
mod compare_en;
mod compare_nl;
mod data;
mod data_en;
mod data_nl;
mod device;
mod device_en;
mod device_nl;
mod en;
mod glossary;
mod method;
mod method_en;
mod method_nl;
mod nl;
mod results;
mod results_en;
mod results_nl;
mod share;
mod share_en;
mod share_nl;
mod team;
mod team_en;
mod team_nl;

pub use compare::{compare_texts, CompareTexts};
pub use data::{csv_labels, data_texts, DataTexts};
pub use device::{device_texts, DeviceTexts};
pub use method::{method_texts, MethodTexts};
pub use results::{result_texts, ResultTexts};
pub use share::{share_texts, ShareTexts};
pub use team::{team_texts, TeamTexts};

texts! {
    Texts
    plain {
        skip_to_content,
        app_name,
        tagline,
        nav_label,
        language_label,
        footer_privacy,
        home_intro,
        privacy_title,
        privacy_text,
        start_new,
        saved_title,
        saved_none,
        continue_label,
        results_label,
        progress_label,
        dont_know,
        not_applicable,
        clear_answer,
        evidence_label,
        note_label,
        note_hint,
        saved,
        not_saved,
        step_nav_label,
        intro_eyebrow,
        intro_title,
        intro_text,
        label_label,
        label_hint,
        not_given,
        start_questions,
        back_to_intro,
        delete,
        delete_yes,
        cancel,
        previous_theme,
        next_theme,
        to_results,
        back_home,
        unknown_assessment,
        method_nav,
        results_title,
        chart_title,
        chart_desc_none,
        col_dimension,
        col_score,
        col_question,
        col_answer,
        no_answer,
        back_to_questions,
        not_found_title,
        not_found_text,
        steps_label,
        step_complete,
        signals_eyebrow,
        signals_title,
        signals_text,
        yes,
        no,
        to_signals,
        open_title,
        open_none,
        open_hint,
        choose_rule,
        na_by_default,
        style_eyebrow,
        style_rule,
        cant_say,
        to_style,
        upgraded_title,
        new_question,
    }
    formatted {
        untitled: fn(&str) -> String,
        delete_confirm: fn(&str) -> String,
        progress: fn(usize, usize) -> String,
        dimension_of: fn(u8, usize) -> String,
        partial_note: fn(usize, usize) -> String,
        step_status: fn(usize, usize) -> String,
        open_count: fn(usize) -> String,
        updated_on: fn(&str) -> String,
        upgraded_short: fn(u32, usize) -> String,
    }
}

/// The texts for a locale.
pub fn texts(locale: Locale) -> &'static Texts {
    match locale {
        Locale::Nl => &nl::NL,
        Locale::En => &en::EN,
    }
}

/// How a chosen answer reads, such as "3 · Structured" or "Don't know".
pub fn choice_label(choice: Choice, locale: Locale) -> String {
    match choice {
        Choice::Level(level) => {
            let name = questionnaire::current().level_names[level.index()].get(locale);
            format!("{} · {name}", level.get())
        }
        Choice::DontKnow => texts(locale).dont_know.to_owned(),
        Choice::NotApplicable => texts(locale).not_applicable.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatted(t: &Texts) -> Vec<String> {
        vec![
            (t.untitled)("2026-11-22"),
            (t.delete_confirm)("Team Noord"),
            (t.progress)(3, 44),
            (t.dimension_of)(2, 11),
            (t.partial_note)(3, 44),
            (t.step_status)(2, 4),
            (t.open_count)(1),
            (t.open_count)(7),
            (t.updated_on)("22-11-2026"),
            (t.upgraded_short)(1, 9),
        ]
    }

    #[test]
    fn no_text_is_empty_in_any_locale() {
        for locale in Locale::ALL {
            let t = texts(locale);
            for (name, s) in t.plain() {
                assert!(
                    !s.trim().is_empty(),
                    "{} text {name} is empty",
                    locale.code()
                );
            }
            for s in formatted(t) {
                assert!(
                    !s.trim().is_empty(),
                    "{} formatted text is empty",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn choices_read_in_each_language() {
        use crate::domain::answers::Level;
        let three = Choice::Level(Level::new(3).unwrap());
        assert_eq!(choice_label(three, Locale::Nl), "3 · Gestructureerd");
        assert_eq!(choice_label(three, Locale::En), "3 · Structured");
        assert_eq!(choice_label(Choice::DontKnow, Locale::En), "Don't know");
    }

    #[test]
    fn formatted_texts_carry_their_numbers() {
        for locale in Locale::ALL {
            let t = texts(locale);
            assert!((t.progress)(3, 44).contains('3') && (t.progress)(3, 44).contains("44"));
            assert!((t.untitled)("2026-11-22").contains("2026-11-22"));
        }
    }

    /// Texts that are rightly the same in Dutch and English.
    const SAME_IN_BOTH: [&str; 2] = ["Klantspiegel", "Score (0–100)"];

    #[test]
    fn locales_differ_where_they_should() {
        let (nl, en) = (texts(Locale::Nl), texts(Locale::En));
        let same: Vec<_> = nl
            .plain()
            .into_iter()
            .zip(en.plain())
            .filter(|((_, a), (_, b))| a == b && !SAME_IN_BOTH.contains(a))
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
