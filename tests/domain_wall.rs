//! The wall between the domain and the web: nothing under `src/domain` may import
//! the web layer, the interface texts or a browser crate, so that the domain runs
//! and is tested natively.

use std::fs;
use std::path::Path;

const FORBIDDEN: &[&str] = &[
    "leptos",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "crate::web",
    "crate::i18n",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/domain is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The forbidden names a source text uses in code (comments are skipped).
fn offences(source: &str) -> Vec<String> {
    source
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .enumerate()
        .flat_map(|(i, code)| {
            FORBIDDEN
                .iter()
                .filter(move |name| {
                    code.match_indices(*name).any(|(at, _)| {
                        let before = code[..at].chars().next_back();
                        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    })
                })
                .map(move |name| format!("line {}: {name}", i + 1))
        })
        .collect()
}

#[test]
fn the_domain_imports_nothing_of_the_web() {
    let mut files = Vec::new();
    rust_files(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/domain")
            .as_path(),
        &mut files,
    );
    assert!(files.len() > 30, "{} files found", files.len());
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let text = fs::read_to_string(f).expect("a source file is readable");
            offences(&text)
                .into_iter()
                .map(move |o| format!("{}: {o}", f.display()))
        })
        .collect();
    assert!(
        found.is_empty(),
        "web imports in the domain:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_can_fail() {
    assert_eq!(offences("use leptos::prelude::*;").len(), 1);
    assert_eq!(offences("let x = web_sys::window();").len(), 1);
    assert_eq!(offences("use crate::i18n::texts;").len(), 1);
    assert!(offences("// leptos in a comment").is_empty());
    assert!(offences("let my_leptos_like = 1;").is_empty());
}
