//! The texts about this browser as the place the work lives: storage problems,
//! data kept aside, backup reminders, persistence, being offline and new versions of the app.

texts! {
    DeviceTexts
    plain {
        storage_unreadable,
        storage_partly,
        storage_newer,
        storage_unavailable,
        storage_full,
        storage_backup_failed,
        storage_newer_elsewhere,
        download_work,
        notice_dismiss,
        kept_title,
        kept_intro,
        kept_download,
        kept_remove,
        kept_remove_confirm,
        reminder_first,
        reminder_download,
        reminder_later,
        persisted,
        not_persisted,
        update_ready,
        update_load,
        offline,
        language_failed,
    }
    formatted {
        kept_item: fn(&str) -> String,
        reminder_since: fn(u64) -> String,
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;

    #[test]
    fn every_text_is_there_and_translated() {
        let (nl, en) = (
            &crate::i18n::texts(Locale::Nl).device,
            &crate::i18n::texts(Locale::En).device,
        );
        for t in [nl, en] {
            assert!((t.kept_item)("22-11-2026").contains("22-11-2026"));
            assert!((t.reminder_since)(30).contains("30"));
        }
    }
}
