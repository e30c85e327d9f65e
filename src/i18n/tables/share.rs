//! The texts of sharing: the share panel, the shared result and link errors.

use crate::domain::share::ShareError;

texts! {
    ShareTexts
    plain {
        share_title,
        share_intro,
        include_label,
        contains_title,
        contains_no_context,
        contains_no_label,
        never_contains,
        team_file,
        share_native,
        team_file_hint,
        team_file_failed,
        link_label,
        qr_title,
        copy,
        copied,
        copy_failed,
        shared_eyebrow,
        shared_title,
        shared_note,
        save_copy,
        save_confirm,
        save_yes,
        already_saved,
        open_saved,
        error_title,
        error_empty,
        error_truncated,
        error_too_long,
        error_checksum,
        error_version,
        error_questionnaire,
        error_range,
        error_changed,
        error_not_link,
        error_results_page,
        error_next,
    }
    formatted {
        contains_answers: fn(usize) -> String,
        contains_evidence: fn(usize) -> String,
        contains_style: fn(usize) -> String,
        contains_signals: fn(usize) -> String,
        contains_context: fn(&str) -> String,
        contains_label: fn(&str) -> String,
        contains_revision: fn(u32) -> String,
        error_character: fn(usize) -> String,
    }
}

impl ShareTexts {
    /// What is wrong with a link, in a plain sentence.
    pub fn error(&self, error: ShareError) -> String {
        match error {
            ShareError::Empty => self.error_empty.to_owned(),
            ShareError::BadCharacter(at) => (self.error_character)(at + 1),
            ShareError::Truncated => self.error_truncated.to_owned(),
            ShareError::TooLong => self.error_too_long.to_owned(),
            ShareError::ChecksumMismatch => self.error_checksum.to_owned(),
            ShareError::UnknownVersion(_) => self.error_version.to_owned(),
            ShareError::UnknownQuestionnaire { .. } => self.error_questionnaire.to_owned(),
            ShareError::OutOfRange => self.error_range.to_owned(),
            ShareError::NonCanonical => self.error_changed.to_owned(),
            ShareError::NotALink => self.error_not_link.to_owned(),
            ShareError::OwnResultsPage => self.error_results_page.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;

    #[test]
    fn every_text_is_there_in_both_languages_and_differs() {
        for locale in Locale::ALL {
            let t = &crate::i18n::texts(locale).share();
            for s in [
                (t.contains_answers)(41),
                (t.contains_evidence)(3),
                (t.contains_signals)(7),
                (t.contains_style)(9),
                (t.contains_revision)(1),
                (t.error_character)(5),
            ] {
                assert!(s.chars().any(|c| c.is_ascii_digit()), "{s}");
            }
            assert!(
                (t.contains_label)("Team").contains("Team")
                    && (t.contains_context)("B2B").contains("B2B")
            );
        }
        let same: Vec<_> = crate::i18n::texts(Locale::Nl)
            .share()
            .plain()
            .into_iter()
            .zip(crate::i18n::texts(Locale::En).share().plain())
            .filter(|((_, a), (_, b))| a == b)
            .collect();
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn every_error_has_its_own_sentence() {
        let errors = [
            ShareError::Empty,
            ShareError::BadCharacter(3),
            ShareError::Truncated,
            ShareError::TooLong,
            ShareError::ChecksumMismatch,
            ShareError::UnknownVersion(9),
            ShareError::UnknownQuestionnaire {
                code: 1,
                revision: 2,
            },
            ShareError::OutOfRange,
            ShareError::NonCanonical,
            ShareError::NotALink,
            ShareError::OwnResultsPage,
        ];
        for locale in Locale::ALL {
            let t = &crate::i18n::texts(locale).share();
            let sentences: std::collections::HashSet<String> =
                errors.iter().map(|e| t.error(*e)).collect();
            assert_eq!(sentences.len(), errors.len(), "{}", locale.code());
            assert!(
                t.error(ShareError::BadCharacter(3)).contains('4'),
                "positions count from 1"
            );
        }
    }
}
