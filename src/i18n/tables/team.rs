//! The texts of the team view.

use crate::domain::storage::export::ImportError;

texts! {
    TeamTexts
    plain {
        paste_label,
        paste_hint,
        add,
        broken_title,
        respondents_title,
        none_yet,
        remove,
        styles_label,
        agree_none,
        agree_one,
        agree_split,
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
        files_label,
        files_hint,
        source_link,
        source_team_link,
        profiles_title,
        profiles_intro,
        quadrant_title,
        widest_title,
        widest_none,
        actions_label,
        print,
        csv,
        csv_failed,
        qr_team_title,
        qr_start_title,
        qr_too_long,
        report_title,
        file_too_large,
        file_not_backup,
        file_newer,
        file_damaged,
        pick_intro,
        own_intro,
        pick_add,
        pick_none,
        unnamed,
        own_add,
        own_none,
        source_own,
        kept_title,
        kept_none,
        kept_delete,
        kept_new,
        session_label,
        session_date_label,
        keep_this,
        kept_here,
        kept_problem,
        kept_newer,
        kept_failed,
        grid_title,
        grid_note,
        col_overall,
        col_stage,
        steps_title,
        steps_none,
    }
    formatted {
        broken_line: fn(usize, &str) -> String,
        broken_part: fn(usize, &str) -> String,
        respondent_fallback: fn(usize) -> String,
        team_size: fn(usize) -> String,
        majority_note: fn(usize) -> String,
        levels_given: fn(&str) -> String,
        source_file: fn(&str) -> String,
        duplicate: fn(&str, &str) -> String,
        broken_file: fn(&str, &str) -> String,
        empty_file: fn(&str) -> String,
        damaged_in_file: fn(&str, usize) -> String,
        added: fn(usize) -> String,
        profile_count: fn(&str, usize) -> String,
        agree_all: fn(&str, usize) -> String,
        no_profile_count: fn(usize) -> String,
        profile_leaning: fn(usize) -> String,
        widest_line: fn(&str, &str) -> String,
        revisions_note: fn(&str, usize, usize) -> String,
        printed_on: fn(&str, u32) -> String,
        pick_title: fn(&str, usize) -> String,
        pick_entry: fn(&str, usize) -> String,
        kept_entry: fn(&str, usize) -> String,
        default_name: fn(&str) -> String,
        deleted: fn(&str) -> String,
        session_line: fn(&str) -> String,
        shared_count: fn(usize, usize) -> String,
    }
}

/// The team CSV's column names.
pub fn csv_labels(
    locale: crate::domain::locale::Locale,
) -> crate::domain::team::csv::TeamCsvLabels {
    use crate::domain::locale::Locale;
    use crate::domain::team::csv::TeamCsvLabels;
    match locale {
        Locale::Nl => TeamCsvLabels {
            header: [
                "Deelnemer",
                "Bron",
                "Versie vragenlijst",
                "Thema",
                "Score",
                "Laagste",
                "Hoogste",
                "Spreiding",
            ],
            team_mean: "Teamgemiddelde",
        },
        Locale::Fr => TeamCsvLabels {
            header: [
                "Participant",
                "Source",
                "Révision du questionnaire",
                "Thème",
                "Score",
                "Minimum",
                "Maximum",
                "Dispersion",
            ],
            team_mean: "Moyenne de l'équipe",
        },
        Locale::En => TeamCsvLabels {
            header: [
                "Respondent",
                "Source",
                "Questionnaire revision",
                "Theme",
                "Score",
                "Lowest",
                "Highest",
                "Spread",
            ],
            team_mean: "Team mean",
        },
    }
}

impl TeamTexts {
    /// Why a colleague's file does not count (the backup page's messages say what
    /// a restore did; here nothing is restored).
    pub fn file_error(&self, error: &ImportError) -> &'static str {
        match error {
            ImportError::TooLarge => self.file_too_large,
            ImportError::NotJson(_) | ImportError::NotAnExport => self.file_not_backup,
            ImportError::NewerVersion(_) => self.file_newer,
            ImportError::Invalid(_) => self.file_damaged,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;

    #[test]
    fn every_text_is_there_in_both_languages_and_differs() {
        for locale in Locale::ALL {
            let t = &crate::i18n::texts(locale).team();
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
            for (s, part) in [
                ((t.source_file)("a.json"), "a.json"),
                ((t.duplicate)("b.json", "Anna"), "Anna"),
                ((t.broken_file)("c.json", "kapot"), "kapot"),
                ((t.broken_file)("c.json", "kapot"), "c.json"),
                ((t.broken_part)(2, "kapot"), "kapot"),
                ((t.broken_part)(2, "kapot"), "2"),
                ((t.empty_file)("d.json"), "d.json"),
                ((t.profile_count)("Starter", 2), "2"),
                ((t.agree_all)("Starter", 3), "Starter"),
                ((t.agree_all)("Starter", 3), "3"),
                ((t.widest_line)("Visie", "12.5"), "12.5"),
                ((t.revisions_note)("1, 2", 40, 5), "40"),
                ((t.printed_on)("1 januari", 2), "2"),
                ((t.pick_title)("b.json", 4), "4"),
                ((t.pick_title)("b.json", 4), "b.json"),
                ((t.pick_entry)("3 mei", 12), "12"),
                ((t.kept_entry)("3 mei", 5), "5"),
                ((t.default_name)("3 mei"), "3 mei"),
                ((t.deleted)("Noord"), "Noord"),
                ((t.session_line)("3 mei"), "3 mei"),
                ((t.shared_count)(4, 6), "4"),
                ((t.shared_count)(4, 6), "6"),
            ] {
                assert!(s.contains(part), "{s}");
            }
            assert!((t.no_profile_count)(3).contains('3') && (t.added)(4).contains('4'));
            assert!((t.profile_leaning)(2).contains('2'));
        }
        let same: Vec<_> = crate::i18n::texts(Locale::Nl)
            .team()
            .plain()
            .into_iter()
            .zip(crate::i18n::texts(Locale::En).team().plain())
            .filter(|((_, a), (_, b))| a == b)
            .collect();
        assert!(same.is_empty(), "{same:?}");
    }
}
