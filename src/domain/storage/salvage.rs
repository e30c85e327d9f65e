//! Reading what can be read from a saved state that cannot be read whole: one
//! damaged assessment must not hide the others. The stored text is cut into its
//! assessments by a small scanner (strings and nesting only, total on any input),
//! and each is read alone by the same reader as a whole state, so no second JSON
//! reader is linked into the app.

use super::schema::{SavedState, SCHEMA_VERSION};

/// The readable assessments and deletions of `raw`, with how many assessments
/// could not be read; `None` when no assessment list can be found.
pub fn salvage(raw: &str) -> Option<(SavedState, usize)> {
    let list = top_level_value(raw, "assessments")?;
    let items = array_items(list)?;
    let read = |assessments: &str, deleted: &str| {
        let alone = format!(
            r#"{{"schema":{SCHEMA_VERSION},"assessments":[{assessments}],"deleted":{deleted}}}"#
        );
        serde_json::from_str::<SavedState>(&alone).ok()
    };
    let mut state = top_level_value(raw, "deleted")
        .and_then(|deleted| read("", deleted))
        .unwrap_or_default();
    let mut unreadable = 0;
    for item in &items {
        match read(item, "{}").and_then(|mut s| s.assessments.pop()) {
            Some(a) => state.assessments.push(a),
            None => unreadable += 1,
        }
    }
    Some((state, unreadable))
}

/// Where each top-level part of `text` starts and ends: byte ranges of values
/// at depth 1, found by walking strings (with escapes) and brackets.
fn spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut start = None;
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                depth += 1;
                if depth == 2 {
                    start = Some(i);
                }
            }
            '}' | ']' => {
                if depth == 2 {
                    if let Some(s) = start.take() {
                        out.push((s, i + 1));
                    }
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    out
}

/// The text of the object or array under `key` at the top level of `text`.
fn top_level_value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let quoted = format!("\"{key}\"");
    spans(text).into_iter().find_map(|(s, e)| {
        let before = text[..s].trim_end().strip_suffix(':')?.trim_end();
        before.ends_with(&quoted).then(|| &text[s..e])
    })
}

/// The items of a JSON array of objects, as text; `None` if `list` is no array.
fn array_items(list: &str) -> Option<Vec<&str>> {
    let inner = list.strip_prefix('[')?.strip_suffix(']')?;
    Some(
        spans(&format!("[{inner}]"))
            .into_iter()
            .map(|(s, e)| &inner[s - 1..e - 1])
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_assessments_and_deletions_whatever_the_damage_around_them() {
        let raw = r#"{"schema":2, "assessments" : [{"id":"a","label":"}]\"{"},{"id":7}],"deleted":{"x":5}"#;
        assert_eq!(
            top_level_value(raw, "assessments"),
            Some(r#"[{"id":"a","label":"}]\"{"},{"id":7}]"#)
        );
        assert_eq!(
            array_items(top_level_value(raw, "assessments").unwrap()),
            Some(vec![r#"{"id":"a","label":"}]\"{"}"#, r#"{"id":7}"#])
        );
        assert_eq!(top_level_value(raw, "deleted"), Some(r#"{"x":5}"#));
        // A nested "deleted" is not the top-level one.
        assert_eq!(top_level_value(r#"{"a":{"deleted":{}}}"#, "deleted"), None);
    }

    #[test]
    fn any_text_gives_an_answer_and_never_panics() {
        for raw in [
            "",
            "[",
            "]]]",
            "{\"assessments\":",
            "{\"assessments\":[",
            "\"\\",
            "{{{[[[\"é",
            "ü]}",
        ] {
            let _ = salvage(raw);
        }
    }
}
