//! Merging two copies of the saved state, as two tabs on the same assessments
//! produce. Every item of an assessment (label, step, each context field, answer and
//! signal) carries the time it last changed, cleared items included; the merge keeps,
//! per item, the later change. A deletion is final: the user confirmed it, and the
//! other tab drops the assessment as soon as it hears of it. The merge is commutative, associative and idempotent,
//! so tabs that merge whatever they read agree however their writes interleave.

use crate::domain::assessment::{Assessment, Item};
use crate::domain::storage::schema::{SavedState, SCHEMA_VERSION};
use std::collections::{BTreeMap, BTreeSet};

/// The state holding both copies' latest changes.
pub fn merge_states(mine: &SavedState, theirs: &SavedState) -> SavedState {
    let mut deleted = mine.deleted.clone();
    for (id, &at) in &theirs.deleted {
        let entry = deleted.entry(id.clone()).or_insert(at);
        *entry = (*entry).max(at);
    }
    let mut by_id: BTreeMap<&str, Assessment> = BTreeMap::new();
    for a in mine.assessments.iter().chain(&theirs.assessments) {
        let merged = match by_id.get(a.id.as_str()) {
            Some(other) => merge_assessments(other, a),
            None => a.clone(),
        };
        by_id.insert(a.id.as_str(), merged);
    }
    let mut assessments: Vec<Assessment> = by_id
        .into_values()
        .filter(|a| !deleted.contains_key(&a.id))
        .collect();
    sort(&mut assessments);
    SavedState {
        schema: SCHEMA_VERSION,
        assessments,
        deleted,
    }
}

/// The one order every copy keeps: oldest first, ties by id.
pub fn sort(assessments: &mut [Assessment]) {
    assessments.sort_by(|a, b| (a.created_ms, &a.id).cmp(&(b.created_ms, &b.id)));
}

/// Two copies of the same assessment (same id) as one, item by item.
pub fn merge_assessments(a: &Assessment, b: &Assessment) -> Assessment {
    // The copy changed last gives the fields that are not items; on a tie, the
    // greater serialized form decides, so the result never depends on the order.
    let base = if (a.updated_ms, a.revision, json(a)) >= (b.updated_ms, b.revision, json(b)) {
        a
    } else {
        b
    };
    let mut out = base.clone();
    out.created_ms = a.created_ms.min(b.created_ms);
    out.updated_ms = a.updated_ms.max(b.updated_ms);
    for key in keys(a).union(&keys(b)) {
        let (sa, sb) = (stamp(a, key), stamp(b, key));
        let Some(item) = Item::from_key(key) else {
            out.stamps.insert(key.clone(), sa.max(sb));
            continue;
        };
        let (va, vb) = (value(a, &item), value(b, &item));
        let from = if (sa, &va) >= (sb, &vb) { a } else { b };
        copy(from, &mut out, &item);
        if a.stamps.contains_key(key) || b.stamps.contains_key(key) {
            out.stamps.insert(key.clone(), sa.max(sb));
        }
    }
    out
}

fn json(a: &Assessment) -> String {
    serde_json::to_string(a).unwrap_or_default()
}

/// Every item key a copy knows: stamped ones and present ones.
fn keys(a: &Assessment) -> BTreeSet<String> {
    a.stamps
        .keys()
        .cloned()
        .chain(a.present_items().iter().map(Item::key))
        .collect()
}

/// When the item last changed; 0 for an item present without a stamp.
fn stamp(a: &Assessment, key: &str) -> u64 {
    a.stamps.get(key).copied().unwrap_or(0)
}

/// The item's value, comparable across copies (`None` when absent or cleared).
fn value(a: &Assessment, item: &Item) -> Option<String> {
    match item {
        Item::Label => (!a.label.is_empty()).then(|| a.label.clone()),
        Item::Step => a.last_step.clone(),
        Item::Context(id) => a.context.get(id).cloned(),
        Item::Answer(id) => a
            .answers
            .get(id)
            .and_then(|x| serde_json::to_string(x).ok()),
        Item::Signal(id) => a.signals.get(id).map(bool::to_string),
    }
}

/// Sets (or clears) `item` in `to` as it is in `from`.
fn copy(from: &Assessment, to: &mut Assessment, item: &Item) {
    fn put<V: Clone>(map: &mut BTreeMap<String, V>, id: &str, v: Option<&V>) {
        match v {
            Some(v) => map.insert(id.to_owned(), v.clone()),
            None => map.remove(id),
        };
    }
    match item {
        Item::Label => to.label = from.label.clone(),
        Item::Step => to.last_step = from.last_step.clone(),
        Item::Context(id) => put(&mut to.context, id, from.context.get(id)),
        Item::Answer(id) => put(&mut to.answers, id, from.answers.get(id)),
        Item::Signal(id) => put(&mut to.signals, id, from.signals.get(id)),
    }
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
