//! The localStorage adapter. Keys, schema and restore live in
//! `domain::storage_schema`; this file only moves strings in and out and turns
//! browser failures into [`StorageNotice`]s. Nothing here panics when storage is
//! blocked, missing or full.

use crate::domain::locale::Locale;
use crate::domain::storage_schema::{
    restore, RestoreProblem, SavedState, BACKUP_KEY_PREFIX, LOCALE_KEY, STATE_KEY,
};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

/// Something about storage the user must be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Stored data was unreadable; it was kept aside under a backup key.
    Unreadable,
    /// Stored data came from a newer app; it was kept aside under a backup key.
    Newer,
    /// Storage is blocked or missing: nothing can be saved.
    Unavailable,
    /// The last write hit the quota.
    Full,
    /// Unusable data could not be kept aside, so writing is paused to protect it.
    BackupFailed,
}

/// What the app starts with.
pub struct Loaded {
    pub state: SavedState,
    pub notice: Option<StorageNotice>,
    /// False when saving would destroy data or cannot work at all.
    pub writable: bool,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads and restores the saved state, keeping unusable data aside first.
pub fn load(now_ms: u64) -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded {
            state: SavedState::default(),
            notice: Some(StorageNotice::Unavailable),
            writable: false,
        };
    };
    let raw = storage.get_item(STATE_KEY).ok().flatten();
    let restored = restore(raw.as_deref());
    let Some(problem) = restored.problem else {
        return Loaded {
            state: restored.state,
            notice: None,
            writable: true,
        };
    };
    let backup_key = format!("{BACKUP_KEY_PREFIX}{now_ms}");
    let kept = storage
        .set_item(&backup_key, raw.as_deref().unwrap_or_default())
        .is_ok();
    let notice = match (kept, problem) {
        (false, _) => StorageNotice::BackupFailed,
        (true, RestoreProblem::Unreadable(_)) => StorageNotice::Unreadable,
        (true, RestoreProblem::NewerSchema(_)) => StorageNotice::Newer,
    };
    Loaded {
        state: restored.state,
        notice: Some(notice),
        writable: kept,
    }
}

/// Writes the whole state.
pub fn save(state: &SavedState) -> Result<(), StorageNotice> {
    if local_storage().is_none() {
        return Err(StorageNotice::Unavailable);
    }
    LocalStorage::set(STATE_KEY, state).map_err(|e| match e {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => StorageNotice::Full,
        _ => StorageNotice::Unavailable,
    })
}

/// The language the user chose earlier, if any.
pub fn load_locale() -> Option<Locale> {
    local_storage()?;
    LocalStorage::get::<Locale>(LOCALE_KEY).ok()
}

/// Remembers the chosen language; failing to remember it is harmless.
pub fn save_locale(locale: Locale) {
    if local_storage().is_some() {
        let _ = LocalStorage::set(LOCALE_KEY, locale);
    }
}
