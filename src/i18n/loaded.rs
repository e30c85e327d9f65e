//! The interface texts in the browser: each language's plain texts come in files of
//! their own (`ui_<code>.json` beside this file, cut in two and hashed into `dist/`
//! by the build: the report half's tables apart), fetched with the language's
//! questionnaire file, so the wasm carries no language's words. The files are made from the tables here and kept current by a test:
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

/// Installs a language's plain texts from its files (the answering half's file,
/// and for the report half also the report's file). Without `with_report` the
/// texts of [`super::REPORT_TABLES`] stay empty: the answering pages never show them.
pub fn install(locale: Locale, files: &[String], with_report: bool) -> Result<(), String> {
    if has(locale) {
        return Ok(());
    }
    let texts = from_files(compiled(locale), files, with_report)?;
    let _ = LOADED[locale.index()].set(texts);
    Ok(())
}

/// `base` with every plain text from a language's files (`{"common.app_name": …}`);
/// a missing text is an error, except one of the report's when `with_report` is off.
pub fn from_files(base: &Texts, files: &[String], with_report: bool) -> Result<Texts, String> {
    let mut map: HashMap<String, String> = HashMap::new();
    for json in files {
        let part: HashMap<String, String> =
            serde_json::from_str(json).map_err(|e| format!("the interface texts: {e}"))?;
        map.extend(part);
    }
    let mut texts = base.clone();
    texts.fill(&|key| match map.get(key) {
        Some(t) => Some(&*String::leak(t.clone())),
        None if !with_report && super::of_report(key) => Some(""),
        None => None,
    })?;
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
            let filled = from_files(&blank, &[file_of(locale)], true).unwrap();
            assert_eq!(filled.plain(), texts(locale).plain());
            assert_eq!(
                (filled.results.stage_value)(2, "x"),
                (texts(locale).results.stage_value)(2, "x")
            );
        }
        let mut partial: BTreeMap<String, String> =
            serde_json::from_str(&file_of(Locale::Nl)).unwrap();
        partial.remove("results.answers_title");
        let partial = serde_json::to_string(&partial).unwrap();
        let err = from_files(compiled(Locale::Nl), std::slice::from_ref(&partial), true).err();
        assert_eq!(err.as_deref(), Some("results.answers_title is missing"));
        assert!(from_files(compiled(Locale::Nl), &["[1]".to_owned()], true).is_err());
    }

    #[test]
    fn the_answering_half_needs_no_report_text_and_misses_no_other() {
        let all: BTreeMap<String, String> = serde_json::from_str(&file_of(Locale::Nl)).unwrap();
        let (report, answering): (BTreeMap<_, _>, BTreeMap<_, _>) = all
            .into_iter()
            .partition(|(k, _)| crate::i18n::of_report(k));
        assert!(
            report.keys().any(|k| k.starts_with("team."))
                && report.keys().any(|k| k.starts_with("method."))
        );
        let answering = serde_json::to_string(&answering).unwrap();
        let half = from_files(
            compiled(Locale::Nl),
            std::slice::from_ref(&answering),
            false,
        )
        .unwrap();
        assert_eq!(half.team_title, texts(Locale::Nl).team_title);
        assert_eq!(half.results.answers_title, "");
        // The report half needs both files.
        let both = [answering.clone(), serde_json::to_string(&report).unwrap()];
        let full = from_files(compiled(Locale::Nl), &both, true).unwrap();
        assert_eq!(full.plain(), texts(Locale::Nl).plain());
        assert!(from_files(compiled(Locale::Nl), &[answering], true).is_err());
    }
}
