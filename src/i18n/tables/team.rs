//! The texts of the team view.

texts! {
    TeamTexts
    plain {
        team_nav,
        team_title,
        team_intro,
        paste_label,
        paste_hint,
        add,
        broken_title,
        respondents_title,
        none_yet,
        remove,
        team_profile,
        table_title,
        col_mean,
        col_range,
        col_spread,
        col_people,
        spread_note,
        radar_team,
        band_name,
        disagree_title,
        disagree_none,
        share_team_title,
        share_team_intro,
    }
    formatted {
        broken_line: fn(usize, &str) -> String,
        respondent_fallback: fn(usize) -> String,
        team_size: fn(usize) -> String,
        majority_note: fn(usize) -> String,
        levels_given: fn(&str) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;

    #[test]
    fn every_text_is_there_in_both_languages_and_differs() {
        for locale in Locale::ALL {
            let t = &crate::i18n::texts(locale).team;
            assert!(
                (t.broken_line)(3, "kapot").contains('3')
                    && (t.broken_line)(3, "kapot").contains("kapot")
            );
            for s in [
                (t.respondent_fallback)(2),
                (t.team_size)(4),
                (t.majority_note)(1),
            ] {
                assert!(s.chars().any(|c| c.is_ascii_digit()), "{s}");
            }
            assert!((t.levels_given)("2, 5").contains("2, 5"));
        }
        let same: Vec<_> = crate::i18n::texts(Locale::Nl)
            .team
            .plain()
            .into_iter()
            .zip(crate::i18n::texts(Locale::En).team.plain())
            .filter(|((_, a), (_, b))| a == b)
            .collect();
        assert!(same.is_empty(), "{same:?}");
    }
}
