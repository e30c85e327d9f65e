//! Work that could not be saved (storage blocked or full) carried across a page load
//! the app itself causes: moving to the other half of the app, or switching to a new
//! version. It rides in the current history entry's state, which the browser keeps
//! for that entry without any storage permission, and is merged back on start
//! (the merge keeps each item's latest change, so a stale copy changes nothing).

use crate::domain::storage::schema::{restore, SavedState};
use wasm_bindgen::JsValue;

/// The property of the history state that holds the carried state.
const KEY: &str = "klantspiegel";

/// Puts `state` in the current history entry, keeping its address.
pub fn carry(state: &SavedState) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let data = js_sys::Object::new();
    if js_sys::Reflect::set(&data, &KEY.into(), &JsValue::from_str(&state.to_json())).is_ok() {
        // Refused only in a sandbox; the work then stays unsaved, as the notice says.
        let _ = history.replace_state(&data, "");
    }
}

/// The state a page load before this one carried, if there is a readable one.
pub fn carried() -> Option<SavedState> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    let json = js_sys::Reflect::get(&state, &KEY.into())
        .ok()?
        .as_string()?;
    let restored = restore(Some(&json));
    restored.problem.is_none().then_some(restored.state)
}
