//! The save policy, apart from the browser: given this tab's state, what storage
//! holds now and what this tab last saw there, what to write. Another tab's
//! writes are merged in, never overwritten; unreadable data is kept aside first;
//! a newer schema written by a newer app stops this tab from saving.

use crate::domain::storage::merge::{merge_states, sort};
use crate::domain::storage::schema::{restore, RestoreProblem, SavedState};

#[derive(Debug, PartialEq)]
pub enum SaveOutcome {
    /// Write `json` (unless storage already holds exactly it) and show `state`.
    Write {
        state: SavedState,
        json: String,
        /// Storage held unreadable text: keep it aside before writing.
        keep_aside_first: bool,
    },
    /// A newer app saved a newer schema: stop saving rather than overwrite it.
    NewerElsewhere,
}

/// What to save, given this tab's `state`, the `stored` text and the text this
/// tab `last_seen` (what it last read or wrote).
pub fn plan_save(state: &SavedState, stored: Option<&str>, last_seen: Option<&str>) -> SaveOutcome {
    let untouched = stored.is_none() || stored == last_seen;
    let (state, keep_aside_first) = if untouched {
        let mut own = state.clone();
        sort(&mut own.assessments);
        (own, false)
    } else {
        let restored = restore(stored);
        match restored.problem {
            Some(RestoreProblem::NewerSchema(_)) => return SaveOutcome::NewerElsewhere,
            Some(RestoreProblem::Unreadable(_)) => {
                let mut own = state.clone();
                sort(&mut own.assessments);
                (own, true)
            }
            // What can be read is merged in; partly damaged text is kept aside whole.
            problem => (merge_states(state, &restored.state), problem.is_some()),
        }
    };
    let json = state.to_json();
    SaveOutcome::Write {
        state,
        json,
        keep_aside_first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Assessment;
    use crate::domain::questionnaire::current;

    fn state(ids: &[&str], at: u64) -> SavedState {
        SavedState {
            assessments: ids
                .iter()
                .map(|id| Assessment::new((*id).to_owned(), at, current()))
                .collect(),
            ..SavedState::default()
        }
    }

    fn written(outcome: SaveOutcome) -> (Vec<String>, bool) {
        match outcome {
            SaveOutcome::Write {
                state,
                keep_aside_first,
                ..
            } => (
                state.assessments.iter().map(|a| a.id.clone()).collect(),
                keep_aside_first,
            ),
            SaveOutcome::NewerElsewhere => panic!("expected a write"),
        }
    }

    #[test]
    fn nothing_stored_or_nothing_new_writes_our_own_state() {
        let ours = state(&["b", "a"], 1);
        assert_eq!(written(plan_save(&ours, None, None)).0.len(), 2);
        let seen = ours.to_json();
        let (ids, aside) = written(plan_save(&ours, Some(&seen), Some(&seen)));
        assert_eq!((ids.len(), aside), (2, false));
    }

    #[test]
    fn another_tabs_write_is_merged_in_not_overwritten() {
        let ours = state(&["a"], 1);
        let theirs = state(&["b"], 2).to_json();
        let (mut ids, aside) = written(plan_save(&ours, Some(&theirs), Some("old")));
        ids.sort();
        assert_eq!((ids, aside), (vec!["a".to_owned(), "b".to_owned()], false));
    }

    #[test]
    fn unreadable_storage_is_kept_aside_and_a_newer_schema_stops_saving() {
        let ours = state(&["a"], 1);
        let (ids, aside) = written(plan_save(&ours, Some("{not json"), Some("old")));
        assert_eq!((ids, aside), (vec!["a".to_owned()], true));
        assert_eq!(
            plan_save(&ours, Some(r#"{"schema":99}"#), Some("old")),
            SaveOutcome::NewerElsewhere
        );
    }

    #[test]
    fn partly_damaged_storage_is_merged_and_kept_aside_whole() {
        let ours = state(&["a"], 1);
        let theirs = state(&["b", "c"], 2)
            .to_json()
            .replacen(r#""id":"c""#, r#""id":null"#, 1);
        let (mut ids, aside) = written(plan_save(&ours, Some(&theirs), Some("old")));
        ids.sort();
        assert_eq!((ids, aside), (vec!["a".to_owned(), "b".to_owned()], true));
    }
}
