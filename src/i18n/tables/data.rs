//! The texts of keeping and moving data: export, import and the CSV columns.

use crate::domain::locale::Locale;
use crate::domain::storage::csv::CsvLabels;
use crate::domain::storage::export::ImportError;

texts! {
    DataTexts
    plain {
        backup_title,
        backup_intro,
        export_json,
        export_csv,
        import_label,
        on_conflict_legend,
        keep_both,
        replace,
        skip,
        import_do,
        import_error_large,
        import_error_json,
        import_error_export,
        import_error_newer,
        import_error_invalid,
        import_nothing,
    }
    formatted {
        import_preview: fn(usize, usize) -> String,
        import_damaged: fn(usize) -> String,
        import_done: fn(usize) -> String,
        replace_loses: fn(usize) -> String,
    }
}

/// The CSV file's column names and words.
pub fn csv_labels(locale: Locale) -> CsvLabels {
    let t = crate::i18n::texts(locale);
    let (header, kinds, yes_no) = match locale {
        Locale::Nl => (
            [
                "Evaluatie",
                "Soort",
                "Thema",
                "Vraagcode",
                "Vraag",
                "Antwoord",
                "Niveau",
                "Onderbouwd met klantgegevens",
                "Notitie",
                "Score",
            ],
            [
                "antwoord",
                "themascore",
                "totaalscore",
                "stijl",
                "niet meer gevraagd",
            ],
            ["ja", "nee"],
        ),
        Locale::Fr => (
            [
                "Évaluation",
                "Type",
                "Thème",
                "Code de la question",
                "Question",
                "Réponse",
                "Niveau",
                "Étayé par des données clients",
                "Note",
                "Score",
            ],
            [
                "réponse",
                "score du thème",
                "score global",
                "style",
                "plus posée",
            ],
            ["oui", "non"],
        ),
        Locale::En => (
            [
                "Assessment",
                "Kind",
                "Theme",
                "Question id",
                "Question",
                "Answer",
                "Level",
                "Backed by customer data",
                "Note",
                "Score",
            ],
            [
                "answer",
                "theme score",
                "overall score",
                "style",
                "no longer asked",
            ],
            ["yes", "no"],
        ),
    };
    CsvLabels {
        header,
        kind_answer: kinds[0],
        kind_score: kinds[1],
        kind_overall: kinds[2],
        kind_style: kinds[3],
        kind_retired: kinds[4],
        dont_know: t.dont_know,
        leans: [
            t.lean_clearly_a,
            t.lean_rather_a,
            t.lean_rather_b,
            t.lean_clearly_b,
        ],
        not_applicable: t.not_applicable,
        yes: yes_no[0],
        no: yes_no[1],
    }
}

impl DataTexts {
    pub fn import_error(&self, error: &ImportError) -> &'static str {
        match error {
            ImportError::TooLarge => self.import_error_large,
            ImportError::NotJson(_) => self.import_error_json,
            ImportError::NotAnExport => self.import_error_export,
            ImportError::NewerVersion(_) => self.import_error_newer,
            ImportError::Invalid(_) => self.import_error_invalid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::*;

    #[test]
    fn every_text_is_there_in_both_languages_and_differs() {
        for locale in Locale::ALL {
            let t = &crate::i18n::texts(locale).data();
            assert!(
                (t.import_preview)(2, 1).contains('2') && (t.import_preview)(2, 1).contains('1')
            );
            assert!((t.import_done)(3).contains('3'));
            assert!(csv_labels(locale).header.iter().all(|h| !h.is_empty()));
        }
        let same: Vec<_> = crate::i18n::texts(Locale::Nl)
            .data()
            .plain()
            .into_iter()
            .zip(crate::i18n::texts(Locale::En).data().plain())
            .filter(|((_, a), (_, b))| a == b)
            .collect();
        assert!(same.is_empty(), "{same:?}");
    }
}
