//! The interface texts in the browser: each language's plain texts come in a file of
//! their own (`ui_<code>.json` beside this file, hashed into `dist/` by the build),
//! fetched with the language's questionnaire file, so the wasm carries no language's
//! words. The files are made from the tables here and kept current by a test:
//! `UPDATE_UI_TEXTS=1 cargo test --lib ui_files` writes them.

use super::{compiled, Texts};
use crate::domain::locale::Locale;
use std::collections::HashMap;
use std::sync::OnceLock;

static LOADED: [OnceLock<Texts>; Locale::COUNT] = [const { OnceLock::new() }; Locale::COUNT];

/// A language's texts once its file is installed (natively: never needed).
pub(super) fn get(locale: Locale) -> Option<&'static Texts> {
    LOADED[locale.index()].get()
}

/// Whether the interface texts of this language are there.
pub fn has(locale: Locale) -> bool {
    cfg!(not(target_arch = "wasm32")) || get(locale).is_some()
}

/// Installs a language's file of plain texts.
pub fn install(locale: Locale, json: &str) -> Result<(), String> {
    if has(locale) {
        return Ok(());
    }
    let texts = from_file(compiled(locale), json)?;
    let _ = LOADED[locale.index()].set(texts);
    Ok(())
}

/// `base` with every plain text from a language's file (`{"common.app_name": …}`).
pub fn from_file(base: &Texts, json: &str) -> Result<Texts, String> {
    let map: HashMap<String, String> =
        serde_json::from_str(json).map_err(|e| format!("the interface texts: {e}"))?;
    let mut texts = base.clone();
    texts.fill(&|key| map.get(key).map(|t| &*String::leak(t.clone())))?;
    Ok(texts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::texts;
    use std::collections::BTreeMap;

    fn file_of(locale: Locale) -> String {
        let all: BTreeMap<String, &str> = texts(locale).plain().into_iter().collect();
        serde_json::to_string_pretty(&all).unwrap() + "\n"
    }

    fn path_of(locale: Locale) -> String {
        format!(
            "{}/src/i18n/ui_{}.json",
            env!("CARGO_MANIFEST_DIR"),
            locale.code()
        )
    }

    #[test]
    fn ui_files_are_current() {
        for locale in Locale::ALL {
            let want = file_of(locale);
            if std::env::var_os("UPDATE_UI_TEXTS").is_some() {
                std::fs::write(path_of(locale), &want).unwrap();
            }
            let have = std::fs::read_to_string(path_of(locale)).unwrap_or_default();
            assert!(
                have == want,
                "{} is not current: run `UPDATE_UI_TEXTS=1 cargo test --lib ui_files`",
                path_of(locale)
            );
        }
    }

    #[test]
    fn a_file_fills_every_plain_text_and_a_missing_one_is_named() {
        for locale in Locale::ALL {
            let mut blank = compiled(locale).clone();
            blank.fill(&|_| Some("")).unwrap();
            let filled = from_file(&blank, &file_of(locale)).unwrap();
            assert_eq!(filled.plain(), texts(locale).plain());
            assert_eq!(
                (filled.results.stage_value)(2, "x"),
                (texts(locale).results.stage_value)(2, "x")
            );
        }
        let mut partial: BTreeMap<String, String> =
            serde_json::from_str(&file_of(Locale::Nl)).unwrap();
        partial.remove("results.answers_title");
        let err = from_file(
            compiled(Locale::Nl),
            &serde_json::to_string(&partial).unwrap(),
        )
        .err();
        assert_eq!(err.as_deref(), Some("results.answers_title is missing"));
        assert!(from_file(compiled(Locale::Nl), "[1]").is_err());
    }
}
