//! Every user-visible text of the app shell, in every language. The questionnaire's
//! own texts live in its data file. Each locale is a `Texts` value, so a missing
//! translation is a compile error; `tests` catches empty ones.

mod en;
mod nl;

use crate::domain::answers::Choice;
use crate::domain::locale::Locale;
use crate::domain::questionnaire;

pub struct Texts {
    pub skip_to_content: &'static str,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub nav_label: &'static str,
    pub language_label: &'static str,
    pub footer_privacy: &'static str,

    pub home_intro: &'static str,
    pub privacy_title: &'static str,
    pub privacy_text: &'static str,
    pub start_new: &'static str,
    pub saved_title: &'static str,
    pub saved_none: &'static str,
    pub untitled: fn(&str) -> String,
    pub progress: fn(usize, usize) -> String,
    pub continue_label: &'static str,
    pub results_label: &'static str,

    pub dimension_of: fn(u8, usize) -> String,
    pub progress_label: &'static str,
    pub dont_know: &'static str,
    pub not_applicable: &'static str,
    pub clear_answer: &'static str,
    pub saved: &'static str,
    pub not_saved: &'static str,
    pub step_nav_label: &'static str,
    pub to_results: &'static str,
    pub back_home: &'static str,
    pub unknown_assessment: &'static str,

    pub results_title: &'static str,
    pub chart_title: &'static str,
    pub chart_desc_none: &'static str,
    pub col_dimension: &'static str,
    pub col_score: &'static str,
    pub col_question: &'static str,
    pub col_answer: &'static str,
    pub no_answer: &'static str,
    pub partial_note: fn(usize, usize) -> String,
    pub back_to_questions: &'static str,

    pub storage_unreadable: &'static str,
    pub storage_newer: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub storage_backup_failed: &'static str,

    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
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

    fn plain(t: &Texts) -> Vec<&'static str> {
        vec![
            t.skip_to_content,
            t.app_name,
            t.tagline,
            t.nav_label,
            t.nav_home,
            t.language_label,
            t.footer_privacy,
            t.home_intro,
            t.privacy_title,
            t.privacy_text,
            t.start_new,
            t.saved_title,
            t.saved_none,
            t.continue_label,
            t.results_label,
            t.progress_label,
            t.dont_know,
            t.not_applicable,
            t.clear_answer,
            t.saved,
            t.not_saved,
            t.to_results,
            t.back_home,
            t.unknown_assessment,
            t.results_title,
            t.chart_title,
            t.chart_desc_none,
            t.col_dimension,
            t.col_score,
            t.col_question,
            t.col_answer,
            t.no_answer,
            t.back_to_questions,
            t.storage_unreadable,
            t.storage_newer,
            t.storage_unavailable,
            t.storage_full,
            t.storage_backup_failed,
            t.not_found_title,
            t.not_found_text,
        ]
    }

    fn formatted(t: &Texts) -> Vec<String> {
        vec![
            (t.untitled)("2026-11-22"),
            (t.progress)(3, 44),
            (t.dimension_of)(2, 11),
            (t.partial_note)(3, 44),
        ]
    }

    #[test]
    fn no_text_is_empty_in_any_locale() {
        for locale in Locale::ALL {
            let t = texts(locale);
            for (i, s) in plain(t).into_iter().enumerate() {
                assert!(!s.trim().is_empty(), "{} text #{i} is empty", locale.code());
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
        let same: Vec<_> = plain(nl)
            .into_iter()
            .zip(plain(en))
            .filter(|(a, b)| a == b && !SAME_IN_BOTH.contains(a))
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
