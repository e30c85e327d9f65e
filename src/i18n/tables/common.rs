//! The texts of the app shell and the answering pages.

texts! {
    CommonTexts
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
        extras_summary,
        tile_intro,
        tile_style,
        tile_signals,
        tiles_hint,
        time_note,
        partial_tag,
        open_hint,
        choose_rule,
        na_by_default,
        style_eyebrow,
        style_rule,
        cant_say,
        lean_clearly_a,
        lean_rather_a,
        lean_rather_b,
        lean_clearly_b,
        to_style,
        upgraded_title,
        new_question,
        loading,
        start_failed,
        team_nav,
        backup_entry_title,
        backup_entry_text,
        backup_entry_link,
        team_title,
        kept_teams_title,
        team_intro,
        compare_nav,
    }
    formatted {
        stage_value: fn(u8, &str) -> String,
        untitled: fn(&str) -> String,
        delete_confirm: fn(&str) -> String,
        progress: fn(usize, usize) -> String,
        dimension_of: fn(u8, usize) -> String,
        partial_note: fn(usize, usize) -> String,
        step_status: fn(usize, usize) -> String,
        open_count: fn(usize) -> String,
        time_estimate: fn(usize, usize) -> String,
        step_time: fn(usize) -> String,
        open_statements: fn(usize) -> String,
        open_signals: fn(usize) -> String,
        updated_on: fn(&str) -> String,
        upgraded_short: fn(u32, usize, usize) -> String,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Choice;
    use crate::domain::locale::Locale;
    use crate::i18n::texts;

    fn formatted(t: &CommonTexts) -> Vec<String> {
        vec![
            (t.untitled)("2026-11-22"),
            (t.delete_confirm)("Team Noord"),
            (t.progress)(3, 44),
            (t.dimension_of)(2, 11),
            (t.partial_note)(3, 44),
            (t.step_status)(2, 4),
            (t.open_count)(1),
            (t.open_count)(7),
            (t.time_estimate)(35, 50),
            (t.step_time)(3),
            (t.open_statements)(3),
            (t.open_signals)(4),
            (t.updated_on)("22-11-2026"),
            (t.upgraded_short)(1, 9, 10),
            (t.upgraded_short)(2, 6, 0),
        ]
    }

    #[test]
    fn choices_read_in_each_language() {
        use crate::domain::answers::Level;
        let three = Choice::Level(Level::new(3).unwrap());
        assert_eq!(texts(Locale::Nl).choice(three), "3 · Gestructureerd");
        assert_eq!(texts(Locale::En).choice(three), "3 · Structured");
        assert_eq!(texts(Locale::En).choice(Choice::DontKnow), "Don’t know");
    }

    #[test]
    fn formatted_texts_carry_their_numbers() {
        for locale in Locale::ALL {
            let t = texts(locale);
            assert!((t.progress)(3, 44).contains('3') && (t.progress)(3, 44).contains("44"));
            assert!((t.untitled)("2026-11-22").contains("2026-11-22"));
        }
    }

    #[test]
    fn no_formatted_text_is_empty_in_any_locale() {
        for locale in Locale::ALL {
            for s in formatted(texts(locale)) {
                assert!(
                    !s.trim().is_empty(),
                    "{} formatted text is empty",
                    locale.code()
                );
            }
        }
    }
}
