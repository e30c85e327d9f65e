//! What restoring an export file does: which assessments are new, which share an
//! id with one here, and the state after the user's choice for those.

use crate::domain::assessment::{Assessment, Item};
use crate::domain::storage::schema::SavedState;

/// What an import would do: which assessments are new, which share an id with
/// one already here.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub new: Vec<Assessment>,
    pub conflicts: Vec<Assessment>,
    /// Of the conflicts, how many were changed here after the file's copy was:
    /// replacing them would undo that work.
    pub newer_here: usize,
}

pub fn plan(existing: &SavedState, incoming: Vec<Assessment>) -> ImportPlan {
    let (conflicts, new): (Vec<Assessment>, Vec<Assessment>) = incoming
        .into_iter()
        .partition(|a| existing.assessment(&a.id).is_some());
    let newer_here = conflicts
        .iter()
        .filter(|a| {
            existing
                .assessment(&a.id)
                .is_some_and(|here| here.updated_ms > a.updated_ms)
        })
        .count();
    ImportPlan {
        new,
        conflicts,
        newer_here,
    }
}

/// What to do with an incoming assessment whose id is already here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// Keep both: the incoming one gets a new id from `new_id`.
    KeepBoth,
    /// The incoming one replaces the one here.
    Replace,
    /// Leave the one here; ignore the incoming one.
    Skip,
}

impl ImportPlan {
    /// How many assessments importing adds or replaces with this choice.
    pub fn count(&self, on_conflict: OnConflict) -> usize {
        self.new.len()
            + match on_conflict {
                OnConflict::Skip => 0,
                OnConflict::KeepBoth | OnConflict::Replace => self.conflicts.len(),
            }
    }
}

/// The state after the import; `new_id` makes fresh ids for kept-both copies and
/// for assessments deleted here before (a deletion is final, see `merge`).
pub fn apply(
    mut state: SavedState,
    plan: ImportPlan,
    on_conflict: OnConflict,
    now_ms: u64,
    mut new_id: impl FnMut() -> String,
) -> SavedState {
    fn unused_id(state: &SavedState, new_id: &mut impl FnMut() -> String) -> String {
        loop {
            let id = new_id();
            if state.assessment(&id).is_none() && !state.deleted.contains_key(&id) {
                return id;
            }
        }
    }
    for mut incoming in plan.new {
        incoming.stamp_unstamped();
        if state.deleted.contains_key(&incoming.id) {
            incoming.id = unused_id(&state, &mut new_id);
        }
        state.assessments.push(incoming);
    }
    for mut incoming in plan.conflicts {
        incoming.stamp_unstamped();
        match on_conflict {
            OnConflict::Skip => {}
            OnConflict::Replace => {
                if let Some(here) = state.assessment_mut(&incoming.id) {
                    // Every item, the ones only here included, now reads as in the
                    // file: stamped now, so another tab's older copy does not win.
                    let keys: Vec<String> = here
                        .stamps
                        .keys()
                        .cloned()
                        .chain(here.present_items().iter().map(Item::key))
                        .chain(incoming.present_items().iter().map(Item::key))
                        .collect();
                    for key in keys {
                        incoming.stamps.insert(key, now_ms);
                    }
                    *here = incoming;
                }
            }
            OnConflict::KeepBoth => {
                incoming.id = unused_id(&state, &mut new_id);
                state.assessments.push(incoming);
            }
        }
    }
    state
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
