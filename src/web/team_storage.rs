//! The teams kept in this browser, beside the assessments under a key of their own
//! (`domain::team::kept` is the format): loaded and saved for the team view, and
//! read as plain links for home.

use super::storage::local_storage;
use crate::domain::team::kept::{KeptProblem, KeptTeams, TEAMS_KEY};
use wasm_bindgen::JsValue;

/// The teams kept in this browser. Unreadable ones are put aside under a backup
/// key first (they never touch the assessments) and read as none, with why.
pub fn load_teams() -> (KeptTeams, Option<KeptProblem>) {
    let Some(storage) = local_storage() else {
        return (KeptTeams::default(), None);
    };
    let raw = storage.get_item(TEAMS_KEY).ok().flatten();
    match KeptTeams::read(raw.as_deref()) {
        Ok(teams) => (teams, None),
        Err(problem) => {
            if problem == KeptProblem::Unreadable {
                let aside = format!("{TEAMS_KEY}.unreadable");
                if storage
                    .set_item(&aside, raw.as_deref().unwrap_or_default())
                    .is_ok()
                {
                    let _ = storage.remove_item(TEAMS_KEY);
                }
            }
            (KeptTeams::default(), Some(problem))
        }
    }
}

/// Home's list of the teams kept in this browser: (name, `YYYY-MM-DD`, fragment)
/// of each, latest first; nothing when there are none or they cannot be read (the
/// team view reports that). Read through the browser's own JSON parser: the
/// answering module carries no deserializer for the teams (`KeptTeams` is the
/// format; this reads three of its fields).
pub fn kept_team_links() -> Vec<(String, String, String)> {
    let raw = local_storage().and_then(|s| s.get_item(TEAMS_KEY).ok().flatten());
    let Some(value) = raw.and_then(|r| js_sys::JSON::parse(&r).ok()) else {
        return Vec::new();
    };
    let field = |v: &JsValue, key: &str| {
        js_sys::Reflect::get(v, &key.into())
            .ok()
            .and_then(|x| x.as_string())
    };
    let teams = js_sys::Reflect::get(&value, &"teams".into()).unwrap_or(JsValue::UNDEFINED);
    if !js_sys::Array::is_array(&teams) {
        return Vec::new();
    }
    js_sys::Array::from(&teams)
        .iter()
        .filter_map(|t| {
            Some((
                field(&t, "name")?,
                field(&t, "date")?,
                field(&t, "fragment")?,
            ))
        })
        .collect()
}

/// Saves the kept teams; false when storage refused (full or blocked) or holds
/// teams of a newer version, which stay untouched.
pub fn save_teams(teams: &KeptTeams) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let stored = storage.get_item(TEAMS_KEY).ok().flatten();
    if matches!(
        KeptTeams::read(stored.as_deref()),
        Err(KeptProblem::Newer(_))
    ) {
        return false;
    }
    storage.set_item(TEAMS_KEY, &teams.to_json()).is_ok()
}
