//! The localStorage adapter. Keys, schema, restore, merge and the save policy live
//! in the domain (`storage::schema`, `storage::save_plan`); this file only moves
//! strings in and out and turns browser failures into [`StorageNotice`]s. Nothing
//! here panics when storage is blocked, missing or full.

use crate::domain::locale::Locale;
use crate::domain::storage::reminder::BackupMemo;
use crate::domain::storage::save_plan::{plan_save, SaveOutcome};
use crate::domain::storage::schema::{
    restore, RestoreProblem, SavedState, BACKUP_KEY_PREFIX, LOCALE_KEY, REMINDER_KEY, STATE_KEY,
};
use gloo_storage::{LocalStorage, Storage};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// Something about storage the user must be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Stored data was unreadable; it was kept aside under a backup key.
    Unreadable,
    /// Some stored assessments were unreadable; the others are shown
    /// and the stored text was kept aside whole under a backup key.
    PartlyUnreadable,
    /// Stored data came from a newer app; it was kept aside under a backup key.
    Newer,
    /// Storage is blocked or missing: nothing can be saved.
    Unavailable,
    /// The last write hit the quota.
    Full,
    /// Unusable data could not be kept aside, so writing is paused to protect it.
    BackupFailed,
    /// A newer version of the app, open in another tab, saved; this one stops
    /// saving rather than overwrite it with an older format.
    NewerElsewhere,
}

impl StorageNotice {
    /// Whether the work on this page is at risk, so the notice offers a download.
    pub fn work_at_risk(self) -> bool {
        !matches!(
            self,
            StorageNotice::Unreadable | StorageNotice::PartlyUnreadable | StorageNotice::Newer
        )
    }
}

/// What the app starts with.
pub struct Loaded {
    pub state: SavedState,
    pub notice: Option<StorageNotice>,
    /// False when saving would destroy data or cannot work at all.
    pub writable: bool,
}

thread_local! {
    /// The stored text this tab's state already includes: what it last read or
    /// wrote. When storage still holds it, no other tab has written since.
    static LAST_SEEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub(super) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Puts unusable stored text aside under a fresh backup key, unless the very same
/// text is kept aside already (a reload before anything was saved, or data from a
/// newer version that stays in place); false if that failed.
fn keep_aside(storage: &web_sys::Storage, raw: &str, now_ms: u64) -> bool {
    let already = kept_aside()
        .iter()
        .any(|(key, _)| storage.get_item(key).ok().flatten().as_deref() == Some(raw));
    if already {
        return true;
    }
    let mut key = format!("{BACKUP_KEY_PREFIX}{now_ms}");
    let mut n = 1;
    while storage.get_item(&key).ok().flatten().is_some() {
        key = format!("{BACKUP_KEY_PREFIX}{now_ms}-{n}");
        n += 1;
    }
    storage.set_item(&key, raw).is_ok()
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
        LAST_SEEN.set(raw);
        return Loaded {
            state: restored.state,
            notice: None,
            writable: true,
        };
    };
    let kept = keep_aside(&storage, raw.as_deref().unwrap_or_default(), now_ms);
    if kept {
        // Safe under its backup key: what could be read replaces it now, so the
        // next visit starts clean (data of a newer version stays in place).
        let clean = (!matches!(problem, RestoreProblem::NewerSchema(_)))
            .then(|| restored.state.to_json())
            .filter(|json| storage.set_item(STATE_KEY, json).is_ok());
        LAST_SEEN.set(clean.or(raw));
    }
    let notice = match (kept, problem) {
        (false, _) => StorageNotice::BackupFailed,
        (true, RestoreProblem::Unreadable(_)) => StorageNotice::Unreadable,
        (true, RestoreProblem::NewerSchema(_)) => StorageNotice::Newer,
        (true, RestoreProblem::PartlyUnreadable { .. }) => StorageNotice::PartlyUnreadable,
    };
    Loaded {
        state: restored.state,
        notice: Some(notice),
        writable: kept,
    }
}

/// Saves `state` merged with whatever another tab saved meanwhile, and returns
/// the merged state (equal to `state` when nobody else wrote).
pub fn save(state: &SavedState, now_ms: u64) -> Result<SavedState, StorageNotice> {
    let storage = local_storage().ok_or(StorageNotice::Unavailable)?;
    let stored = storage
        .get_item(STATE_KEY)
        .map_err(|_| StorageNotice::Unavailable)?;
    let outcome =
        LAST_SEEN.with_borrow(|seen| plan_save(state, stored.as_deref(), seen.as_deref()));
    let (merged, json) = match outcome {
        SaveOutcome::NewerElsewhere => return Err(StorageNotice::NewerElsewhere),
        SaveOutcome::Write {
            state,
            json,
            keep_aside_first,
        } => {
            if keep_aside_first
                && !keep_aside(&storage, stored.as_deref().unwrap_or_default(), now_ms)
            {
                return Err(StorageNotice::BackupFailed);
            }
            (state, json)
        }
    };
    if stored.as_deref() != Some(json.as_str()) {
        storage.set_item(STATE_KEY, &json).map_err(|e| {
            let quota = e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|e| e.name() == "QuotaExceededError");
            if quota {
                StorageNotice::Full
            } else {
                StorageNotice::Unavailable
            }
        })?;
    }
    LAST_SEEN.set(Some(json));
    Ok(merged)
}

/// Calls `changed` whenever another tab changes this site's storage.
pub fn on_change_elsewhere(changed: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(changed);
    if window
        .add_event_listener_with_callback("storage", callback.as_ref().unchecked_ref())
        .is_ok()
    {
        // Listens for the page's whole life.
        callback.forget();
    }
}

/// Unusable data kept aside earlier: (key, milliseconds when it was moved).
pub fn kept_aside() -> Vec<(String, u64)> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut found: Vec<(String, u64)> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let rest = key.strip_prefix(BACKUP_KEY_PREFIX)?;
            let ms = rest.split('-').next()?.parse().ok()?;
            Some((key, ms))
        })
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    found
}

/// The text kept aside under `key`.
pub fn read_kept(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Removes data kept aside (the user downloaded it or does not want it).
pub fn forget_kept(key: &str) {
    if let Some(storage) = local_storage() {
        // Failing leaves the data where it was; the list shows it again.
        let _ = storage.remove_item(key);
    }
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

/// What the app remembers about backups; unreadable or missing reads as none.
pub fn load_memo() -> BackupMemo {
    local_storage()
        .and_then(|_| LocalStorage::get::<BackupMemo>(REMINDER_KEY).ok())
        .unwrap_or_default()
}

/// Remembers a backup or a "later"; failing only means a reminder comes sooner.
pub fn save_memo(memo: BackupMemo) {
    if local_storage().is_some() {
        let _ = LocalStorage::set(REMINDER_KEY, memo);
    }
}
