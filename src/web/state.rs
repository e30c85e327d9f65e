//! The app's shared state: the language, the saved assessments, and how saving goes.
//! Provided as context by the app shell; pages read it and call its methods.

use super::{browser, carry, language_files, storage};
use crate::domain::assessment::Assessment;
use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::domain::storage::change::{Applied, Change, Edit};
use crate::domain::storage::export;
use crate::domain::storage::merge::merge_states;
use crate::domain::storage::reminder::BackupMemo;
use crate::domain::storage::schema::SavedState;
use crate::i18n::{texts, Texts};
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
    /// A language the user chose whose texts could not be fetched.
    pub language_failed: RwSignal<Option<Locale>>,
    writable: StoredValue<bool>,
}

impl AppState {
    pub fn load() -> AppState {
        let mut loaded = storage::load(browser::now_ms());
        // Work the page before this one could not save, carried across the load.
        let carried = carry::carried();
        if let Some(carried) = &carried {
            loaded.state = merge_states(&loaded.state, carried);
        }
        let locale = initial_locale();
        // The texts of the language the app starts in were installed before it mounted;
        // should the choice differ (changed in another tab meanwhile), load it.
        let locale = if language_files::has(locale) {
            locale
        } else {
            Locale::ALL
                .into_iter()
                .find(|l| language_files::has(*l))
                .unwrap_or(locale)
        };
        let app = AppState {
            locale: RwSignal::new(locale),
            language_failed: RwSignal::new(None),
            saved: RwSignal::new(loaded.state),
            save_ok: RwSignal::new(loaded.writable),
            notice: RwSignal::new(loaded.notice),
            memo: RwSignal::new(storage::load_memo()),
            writable: StoredValue::new(loaded.writable),
        };
        if carried.is_some() {
            // Saved now if storage takes it (it may have room again).
            app.sync();
        }
        app
    }

    /// Before a page load the app causes (the other half, a new version): work that
    /// did not reach storage goes along in the history entry (see `carry`).
    pub fn carry_unsaved(&self) {
        if !self.save_ok.get_untracked() {
            self.saved.with_untracked(carry::carry);
        }
    }

    /// Every text of the current language (tracked: re-renders on a switch); the
    /// tables of the pages are its fields (`t().results`, `t().team`, …).
    pub fn t(&self) -> &'static Texts {
        texts(self.locale.get())
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

    /// Switches the language once its texts are there: fetched now if needed (the
    /// service worker has them offline). If they cannot be had, the language stays
    /// and the page says so.
    pub fn set_locale(&self, locale: Locale) {
        let app = *self;
        let switch = move || {
            app.language_failed.set(None);
            app.locale.set(locale);
            storage::save_locale(locale);
        };
        if language_files::has(locale) {
            switch();
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            match language_files::load(locale).await {
                Ok(()) => switch(),
                Err(problem) => {
                    browser::log_problem(&problem);
                    app.language_failed.set(Some(locale));
                }
            }
        });
    }

    /// Applies one change to the saved data and saves it: the only way saved data
    /// changes. The change is applied in place without notifying; the page is then
    /// updated once, with what was saved (merged with what another tab wrote).
    /// Returns the id of a new assessment, if one was made.
    pub fn dispatch(&self, change: Change) -> Option<String> {
        let q = questionnaire::current();
        let now = browser::now_ms();
        let mut applied = Applied::Nothing;
        self.saved
            .update_untracked(|s| applied = s.apply(q, change, now, &mut browser::new_id));
        let created = match applied {
            Applied::Nothing => return None,
            Applied::Changed => None,
            Applied::Created(id) => Some(id),
        };
        self.commit(now, true);
        created
    }

    /// Changes one item of one assessment (see [`AppState::dispatch`]).
    pub fn edit(&self, id: &str, edit: Edit) {
        self.dispatch(Change::Edit {
            id: id.to_owned(),
            edit,
        });
    }

    /// Reads one assessment (tracked), or `None` when it is not there.
    pub fn with_assessment<R>(&self, id: &str, read: impl FnOnce(&Assessment) -> R) -> Option<R> {
        self.saved.with(|s| s.assessment(id).map(read))
    }

    /// One assessment, re-read only when it changes: a page built on it is not
    /// rebuilt (nor its local toggles reset) when another assessment changes.
    pub fn assessment(
        &self,
        id: impl Fn() -> String + Send + Sync + 'static,
    ) -> Memo<Option<Assessment>> {
        let saved = self.saved;
        Memo::new(move |_| saved.with(|s| s.assessment(&id()).cloned()))
    }

    /// Takes in what another tab saved (merged with this tab's work, see
    /// `storage::save`), and saves the merge if this tab had something to add.
    pub fn sync(&self) {
        if self.writable.get_value() {
            self.commit(browser::now_ms(), false);
        }
    }

    /// The one save path: writes the state (merged with what another tab wrote)
    /// and shows what was written, notifying the page exactly once; if it cannot
    /// be written, shows the state as it is and says why.
    fn commit(&self, now: u64, changed_here: bool) {
        if !self.writable.get_value() {
            self.save_ok.set(false);
            if changed_here {
                self.saved.notify();
            }
            return;
        }
        match self.saved.with_untracked(|s| storage::save(s, now)) {
            Ok(merged) => {
                self.show(merged, changed_here);
                self.save_ok.set(true);
                if self.notice.get_untracked() == Some(StorageNotice::Full) {
                    self.notice.set(None);
                }
            }
            Err(notice) => {
                if notice == StorageNotice::NewerElsewhere {
                    self.writable.set_value(false);
                }
                if changed_here {
                    self.saved.notify();
                }
                self.save_ok.set(false);
                self.notice.set(Some(notice));
            }
        }
    }

    /// Shows the saved state: replaced when the merge brought something new,
    /// else only notified when this tab changed it in place.
    fn show(&self, state: SavedState, changed_here: bool) {
        if self.saved.with_untracked(|s| *s != state) {
            self.saved.set(state);
        } else if changed_here {
            self.saved.notify();
        }
    }
}

/// The state provided by the app shell. A component mounted outside the shell is
/// a programming error: it fails loudly rather than work on a second copy.
/// The language the app starts in: the one chosen before, or else the browser's
/// first language the app speaks (the shell in index.html decides the same way).
pub fn initial_locale() -> Locale {
    storage::load_locale().unwrap_or_else(|| {
        let tags = browser::preferred_languages();
        Locale::negotiate(tags.iter().map(String::as_str))
    })
}

pub fn use_app() -> AppState {
    match use_context::<AppState>() {
        Some(app) => app,
        None => panic!("AppState missing: a component was mounted outside <App>"),
    }
}
