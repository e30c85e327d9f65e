//! When to remind the user to download a backup file: clearly, and once in a
//! while, never nagging. Only when something changed since the last backup, and
//! at most once every [`QUIET_DAYS`] after a backup or a "later".

use crate::domain::storage::schema::SavedState;
use serde::{Deserialize, Serialize};

/// Days of quiet after a backup or after the user said "later".
pub const QUIET_DAYS: u64 = 14;
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// What the app remembers about backups (stored under `REMINDER_KEY`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupMemo {
    #[serde(default)]
    pub last_backup_ms: Option<u64>,
    #[serde(default)]
    pub last_later_ms: Option<u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminder {
    /// There has never been a backup.
    First,
    /// The last backup is this many whole days old and things changed since.
    Since(u64),
}

/// The last change to any answer, label or context: `None` while nothing was said.
pub fn latest_change(state: &SavedState) -> Option<u64> {
    state
        .assessments
        .iter()
        .filter(|a| !a.answers.is_empty())
        .map(|a| a.updated_ms)
        .max()
}

/// Whether to show a reminder now, and which.
pub fn due(memo: BackupMemo, latest_change: Option<u64>, now_ms: u64) -> Option<Reminder> {
    let changed = latest_change?;
    if memo.last_backup_ms.is_some_and(|b| b >= changed) {
        return None;
    }
    let quiet_since = memo.last_backup_ms.max(memo.last_later_ms);
    if quiet_since.is_some_and(|q| now_ms.saturating_sub(q) < QUIET_DAYS * DAY_MS) {
        return None;
    }
    Some(match memo.last_backup_ms {
        None => Reminder::First,
        Some(b) => Reminder::Since(now_ms.saturating_sub(b) / DAY_MS),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_000 * DAY_MS;

    fn memo(backup: Option<u64>, later: Option<u64>) -> BackupMemo {
        BackupMemo {
            last_backup_ms: backup,
            last_later_ms: later,
        }
    }

    #[test]
    fn nothing_answered_means_no_reminder() {
        assert_eq!(due(BackupMemo::default(), None, NOW), None);
    }

    #[test]
    fn the_first_reminder_comes_once_something_is_answered() {
        assert_eq!(
            due(BackupMemo::default(), Some(NOW - 5), NOW),
            Some(Reminder::First)
        );
    }

    #[test]
    fn later_keeps_it_quiet_for_two_weeks() {
        let later = memo(None, Some(NOW - 13 * DAY_MS));
        assert_eq!(due(later, Some(NOW - 1), NOW), None);
        let later = memo(None, Some(NOW - 14 * DAY_MS));
        assert_eq!(due(later, Some(NOW - 1), NOW), Some(Reminder::First));
    }

    #[test]
    fn after_a_backup_only_new_changes_and_two_weeks_bring_it_back() {
        let b = NOW - 20 * DAY_MS;
        assert_eq!(
            due(memo(Some(b), None), Some(b - 1), NOW),
            None,
            "nothing new"
        );
        assert_eq!(
            due(memo(Some(b), None), Some(b + 1), NOW),
            Some(Reminder::Since(20))
        );
        let recent = NOW - 3 * DAY_MS;
        assert_eq!(
            due(memo(Some(recent), None), Some(NOW - 1), NOW),
            None,
            "too soon"
        );
        assert_eq!(
            due(memo(Some(b), Some(NOW - DAY_MS)), Some(NOW - 1), NOW),
            None,
            "said later yesterday"
        );
    }

    #[test]
    fn a_clock_set_back_never_panics() {
        assert_eq!(
            due(memo(Some(NOW + DAY_MS), None), Some(NOW + 2 * DAY_MS), NOW),
            None
        );
    }
}
