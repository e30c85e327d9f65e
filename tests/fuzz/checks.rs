// The properties the fuzz targets check, shared with `tests/fuzz_corpora.rs`, which
// replays the committed corpora under `cargo test` so a regression on a known
// input fails CI. Included with `include!`, so it holds only functions.

/// Any text decodes to a result or a typed error, and a result encodes back to
/// the same payload (whether given as a bare payload or as a whole mangled link).
pub fn check_share(data: &[u8]) {
    use klantspiegel::domain::share::{decode, encode, payload_from};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for input in [text.to_owned(), payload_from(text)] {
        if let Ok(result) = decode(&input) {
            assert_eq!(encode(&result).as_deref(), Some(input.as_str()));
        }
    }
}

/// Any text is an export or an error; what can be read writes back and reads the same,
/// importing it twice keeps every id unique; stored state restores the same.
pub fn check_import(data: &[u8]) {
    use klantspiegel::domain::storage::export::{parse, read, to_json};
    use klantspiegel::domain::storage::import::{apply, plan, OnConflict};
    use klantspiegel::domain::storage::schema::{restore, SavedState};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // What can be read of any file (all of it, or its undamaged assessments)
    // writes back whole and reads the same.
    if let Ok(readable) = read(text) {
        let list = readable.assessments;
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
}
