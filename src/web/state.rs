//! The app's shared state: the language, the saved assessments, and how saving goes.
//! Provided as context by the app shell; pages read it and call its methods.

use super::{browser, storage};
use crate::domain::assessment::Assessment;
use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::domain::storage::export::{self, ImportPlan, OnConflict};
use crate::domain::storage::reminder::BackupMemo;
use crate::domain::storage::schema::SavedState;
use crate::i18n::{
    compare_texts, data_texts, device_texts, result_texts, share_texts, team_texts, texts,
    CompareTexts, DataTexts, DeviceTexts, ResultTexts, ShareTexts, TeamTexts, Texts,
};
use leptos::prelude::*;
use storage::StorageNotice;

#[derive(Clone, Copy)]
pub struct AppState {
    pub locale: RwSignal<Locale>,
    pub saved: RwSignal<SavedState>,
    pub notice: RwSignal<Option<StorageNotice>>,
    /// Whether the latest change reached storage.
    pub save_ok: RwSignal<bool>,
    /// When the user last downloaded a backup or put off the reminder.
    pub memo: RwSignal<BackupMemo>,
    writable: StoredValue<bool>,
}

impl AppState {
    pub fn load() -> AppState {
        let loaded = storage::load(browser::now_ms());
        let locale = storage::load_locale().unwrap_or_else(|| {
            let tags = browser::preferred_languages();
            Locale::negotiate(tags.iter().map(String::as_str))
        });
        AppState {
            locale: RwSignal::new(locale),
            saved: RwSignal::new(loaded.state),
            save_ok: RwSignal::new(loaded.writable),
            notice: RwSignal::new(loaded.notice),
            memo: RwSignal::new(storage::load_memo()),
            writable: StoredValue::new(loaded.writable),
        }
    }

    /// The texts of the current language (tracked: re-renders on a switch).
    pub fn t(&self) -> &'static Texts {
        texts(self.locale.get())
    }

    /// The results page's texts of the current language (tracked).
    pub fn rt(&self) -> &'static ResultTexts {
        result_texts(self.locale.get())
    }

    /// The team view's texts of the current language (tracked).
    pub fn tt(&self) -> &'static TeamTexts {
        team_texts(self.locale.get())
    }

    /// The export and import texts of the current language (tracked).
    pub fn dt(&self) -> &'static DataTexts {
        data_texts(self.locale.get())
    }

    /// The texts about storage, backups and updates, current language (tracked).
    pub fn devt(&self) -> &'static DeviceTexts {
        device_texts(self.locale.get())
    }

    /// Downloads every assessment as a backup file and remembers that it did.
    pub fn download_backup(&self) {
        let now = browser::now_ms();
        let text = self
            .saved
            .with_untracked(|s| export::to_json(&s.assessments, now));
        let name = format!("klantspiegel-{}.json", browser::today_iso());
        if browser::download(&name, "application/json", &text) {
            self.memo.update(|m| m.last_backup_ms = Some(now));
            storage::save_memo(self.memo.get_untracked());
        }
    }

    /// The user put off the backup reminder.
    pub fn remind_later(&self) {
        self.memo
            .update(|m| m.last_later_ms = Some(browser::now_ms()));
        storage::save_memo(self.memo.get_untracked());
    }

    /// The comparison page's texts of the current language (tracked).
    pub fn ct(&self) -> &'static CompareTexts {
        compare_texts(self.locale.get())
    }

    /// The sharing texts of the current language (tracked).
    pub fn st(&self) -> &'static ShareTexts {
        share_texts(self.locale.get())
    }

    pub fn set_locale(&self, locale: Locale) {
        self.locale.set(locale);
        storage::save_locale(locale);
    }

    /// Creates and saves a new assessment of the current questionnaire.
    pub fn create_assessment(&self) -> String {
        let id = browser::new_id();
        let assessment = Assessment::new(id.clone(), browser::now_ms(), questionnaire::current());
        self.saved.update(|s| s.assessments.push(assessment));
        self.persist();
        // Starting work is the moment to ask the browser to keep it.
        leptos::task::spawn_local(async {
            super::pwa::ask_persistence().await;
        });
        id
    }

    /// Saves a copy of a result (such as one opened from a link) under a new id.
    pub fn add_copy(&self, mut assessment: Assessment) -> String {
        let id = browser::new_id();
        assessment.id = id.clone();
        self.saved.update(|s| s.assessments.push(assessment));
        self.persist();
        id
    }

    /// Applies an import the user has seen and agreed to, and saves at once.
    pub fn import(&self, plan: ImportPlan, on_conflict: OnConflict) {
        self.saved.update(|s| {
            *s = export::apply(
                std::mem::take(s),
                plan,
                on_conflict,
                browser::now_ms(),
                browser::new_id,
            )
        });
        self.persist();
    }

    /// Deletes an assessment (the page has asked first) and saves at once.
    pub fn delete_assessment(&self, id: &str) {
        self.saved.update(|s| {
            s.remove(id, browser::now_ms());
        });
        self.persist();
    }

    /// Changes one assessment and saves at once.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Assessment, u64)) {
        let now = browser::now_ms();
        self.saved.update(|s| {
            if let Some(a) = s.assessment_mut(id) {
                change(a, now);
            }
        });
        self.persist();
    }

    /// Remembers the step the respondent is on, so "continue" resumes there.
    pub fn visit(&self, id: &str, step: &str) {
        let known = self.saved.with_untracked(|s| {
            s.assessment(id)
                .map(|a| a.last_step.as_deref() == Some(step))
        });
        if known == Some(false) {
            self.update(id, |a, now| a.visit(step, now));
        }
    }

    /// Takes in what another tab saved (merged with this tab's work, see
    /// `storage::save`), and saves the merge if this tab had something to add.
    pub fn sync(&self) {
        if self.writable.get_value() {
            self.persist();
        }
    }

    fn persist(&self) {
        if !self.writable.get_value() {
            self.save_ok.set(false);
            return;
        }
        let now = browser::now_ms();
        match self.saved.with_untracked(|s| storage::save(s, now)) {
            Ok(merged) => {
                if self.saved.with_untracked(|s| *s != merged) {
                    self.saved.set(merged);
                }
                self.save_ok.set(true);
                if self.notice.get_untracked() == Some(StorageNotice::Full) {
                    self.notice.set(None);
                }
            }
            Err(notice) => {
                if notice == StorageNotice::NewerElsewhere {
                    self.writable.set_value(false);
                }
                self.save_ok.set(false);
                self.notice.set(Some(notice));
            }
        }
    }
}

/// The state provided by the app shell.
pub fn use_app() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| {
        // Only reachable if a component is mounted outside the app shell.
        leptos::logging::error!("AppState missing: component mounted outside <App>");
        AppState::load()
    })
}
