//! Cutting a saved state that cannot be read whole into its parts, so that each
//! assessment can be read alone (`schema::restore`): one damaged assessment must not
//! hide the others. A small scanner of strings and nesting, total on any input; the
//! parts are read by the same JSON reader as a whole state, so no second one is linked.

/// The text of each assessment and of the deletions in a stored state.
#[derive(Debug, PartialEq)]
pub struct Parts<'a> {
    pub assessments: Vec<&'a str>,
    pub deleted: Option<&'a str>,
}

/// The parts of `raw`; `None` when no list of assessments can be found.
pub fn parts(raw: &str) -> Option<Parts<'_>> {
    let list = top_level_value(raw, "assessments")?;
    Some(Parts {
        assessments: array_items(list)?,
        deleted: top_level_value(raw, "deleted"),
    })
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
            top_level_value(raw, "assessments").and_then(array_items),
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
            let _ = parts(raw);
        }
        assert_eq!(
            parts(r#"{"assessments":[{"id":"a"}]}"#),
            Some(Parts {
                assessments: vec![r#"{"id":"a"}"#],
                deleted: None
            })
        );
    }
}
