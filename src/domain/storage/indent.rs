//! Readable JSON without a second JSON writer: compact JSON (what storage writes
//! already) indented as `serde_json::to_string_pretty` would, two spaces a level.
//! Pretty printing through serde would build a second serializer for every saved
//! type into each module of the app (about 5 KB of wasm each).

/// Indents compact JSON (no white space outside strings, as `serde_json` writes).
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // An empty object or array stays on one line.
                if matches!(chars.peek(), Some('}' | ']')) {
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::indent;
    use crate::domain::answers::{Choice, Level};
    use crate::domain::assessment::Assessment;
    use crate::domain::questionnaire::current;
    use crate::domain::storage::export::ExportFile;

    #[test]
    fn indents_exactly_as_serde_json_pretty_prints() {
        let q = current();
        let mut a = Assessment::new("a1".into(), 5, q);
        a.set_label("Noord: \"quotes\", {braces} [and] \\ back\nslash", 6);
        a.set_choice("vision.written", Level::new(3).map(Choice::Level), 7);
        a.set_note("vision.written", "a, b: {c}", 8);
        a.set_choice("vision.chain", Some(Choice::DontKnow), 9);
        let file = ExportFile {
            format: "klantspiegel-export".into(),
            version: 1,
            exported_ms: 10,
            assessments: vec![a, Assessment::new("empty".into(), 1, q)],
        };
        let compact = serde_json::to_string(&file).unwrap();
        assert_eq!(
            indent(&compact),
            serde_json::to_string_pretty(&file).unwrap()
        );
        assert_eq!(
            indent(r#"{"a":[],"b":{},"c":[1,{}]}"#),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {}\n  ]\n}"
        );
    }
}
