//! Any file given to the import (and any text found in storage) gives assessments
//! or an error, never a panic; what is accepted writes out and reads back the same,
//! and applying it to a state keeps every id unique.
#![no_main]

use klantspiegel::domain::storage::export::{apply, parse, plan, to_json, OnConflict};
use klantspiegel::domain::storage::schema::{restore, SavedState};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(list) = parse(text) {
        assert_eq!(parse(&to_json(&list, 0)).as_ref(), Ok(&list));
        let mut n = 0;
        let state = apply(
            SavedState::default(),
            plan(&SavedState::default(), list.clone()),
            OnConflict::KeepBoth,
            1,
            || {
                n += 1;
                format!("new{n}")
            },
        );
        let again = plan(&state, list);
        let state = apply(state, again, OnConflict::KeepBoth, 2, || {
            n += 1;
            format!("new{n}")
        });
        let mut ids: Vec<_> = state.assessments.iter().map(|a| &a.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), state.assessments.len());
    }
    let restored = restore(Some(text));
    if restored.problem.is_none() {
        assert_eq!(restore(Some(&restored.state.to_json())).state, restored.state);
    }
});
