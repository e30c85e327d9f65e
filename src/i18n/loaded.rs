//! The interface texts in the browser: each language's plain texts come in files of
//! their own (`ui_<code>.json` beside this file, cut in two and hashed into `dist/`
//! by the build: the report half's tables apart), fetched with the language's
//! questionnaire file, so the wasm carries no language's words. The files are made from the tables here and kept current by a test:
//! `UPDATE_UI_TEXTS=1 cargo test --lib ui_files` writes them.

use super::{compiled, compiled_report, compiled_tools, ReportTexts, Texts, ToolsTexts};
use crate::domain::locale::Locale;
use std::collections::HashMap;
use std::sync::OnceLock;

static LOADED: [OnceLock<Texts>; Locale::COUNT] = [const { OnceLock::new() }; Locale::COUNT];
static LOADED_REPORT: [OnceLock<ReportTexts>; Locale::COUNT] =
    [const { OnceLock::new() }; Locale::COUNT];
static LOADED_TOOLS: [OnceLock<ToolsTexts>; Locale::COUNT] =
    [const { OnceLock::new() }; Locale::COUNT];

/// A language's texts once its file is installed (natively: never needed).
pub(super) fn get(locale: Locale) -> Option<&'static Texts> {
    LOADED[locale.index()].get()
}

/// A language's report texts once its report file is installed.
pub(super) fn get_report(locale: Locale) -> Option<&'static ReportTexts> {
    LOADED_REPORT[locale.index()].get()
}

/// A language's tools texts once its tools file is installed.
pub(super) fn get_tools(locale: Locale) -> Option<&'static ToolsTexts> {
    LOADED_TOOLS[locale.index()].get()
}

/// Whether the interface texts of this language are there.
pub fn has(locale: Locale) -> bool {
    cfg!(not(target_arch = "wasm32")) || get(locale).is_some()
}

/// Whether the report's interface texts of this language are there.
pub fn has_report(locale: Locale) -> bool {
    cfg!(not(target_arch = "wasm32")) || get_report(locale).is_some()
}

/// Whether the tools' interface texts of this language are there.
pub fn has_tools(locale: Locale) -> bool {
    cfg!(not(target_arch = "wasm32")) || get_tools(locale).is_some()
}

/// Installs a language's plain texts of the shell and the answering pages from its
/// files.
pub fn install(locale: Locale, files: &[String]) -> Result<(), String> {
    if !has(locale) {
        let map = read_files(files)?;
        let _ = LOADED[locale.index()].set(from_map(compiled(locale), &map)?);
    }
    Ok(())
}

/// Installs a language's plain texts of the report's tables from its files (the
/// report's file among them). Only the report and the tools call it, from `main`.
pub fn install_report(locale: Locale, files: &[String]) -> Result<(), String> {
    if !has_report(locale) {
        let map = read_files(files)?;
        let _ = LOADED_REPORT[locale.index()].set(report_from_map(compiled_report(locale), &map)?);
    }
    Ok(())
}

/// Installs a language's plain texts of the tools' tables from its files (the tools'
/// file among them). Only the tools call it, from `main`.
pub fn install_tools(locale: Locale, files: &[String]) -> Result<(), String> {
    if !has_tools(locale) {
        let map = read_files(files)?;
        let _ = LOADED_TOOLS[locale.index()].set(tools_from_map(compiled_tools(locale), &map)?);
    }
    Ok(())
}

/// Every plain text of a language's files (`{"common.app_name": …}`), merged.
pub fn read_files(files: &[String]) -> Result<HashMap<String, &'static str>, String> {
    let mut map = HashMap::new();
    for json in files {
        let part: HashMap<String, String> =
            serde_json::from_str(json).map_err(|e| format!("the interface texts: {e}"))?;
        map.extend(part.into_iter().map(|(k, v)| (k, &*String::leak(v))));
    }
    Ok(map)
}

/// `base` with every plain text of its tables from `map`; a missing one is named.
pub fn from_map(base: &Texts, map: &HashMap<String, &'static str>) -> Result<Texts, String> {
    let mut texts = base.clone();
    texts.fill(&|key| map.get(key).copied())?;
    Ok(texts)
}

/// As [`from_map`], for the report's tables.
pub fn report_from_map(
    base: &ReportTexts,
    map: &HashMap<String, &'static str>,
) -> Result<ReportTexts, String> {
    let mut texts = base.clone();
    texts.fill(&|key| map.get(key).copied())?;
    Ok(texts)
}

/// As [`from_map`], for the tools' tables.
pub fn tools_from_map(
    base: &ToolsTexts,
    map: &HashMap<String, &'static str>,
) -> Result<ToolsTexts, String> {
    let mut texts = base.clone();
    texts.fill(&|key| map.get(key).copied())?;
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
            let mut blank_report = compiled_report(locale).clone();
            blank_report.fill(&|_| Some("")).unwrap();
            let mut blank_tools = compiled_tools(locale).clone();
            blank_tools.fill(&|_| Some("")).unwrap();
            let map = read_files(&[file_of(locale)]).unwrap();
            let filled = from_map(&blank, &map).unwrap();
            let report = report_from_map(&blank_report, &map).unwrap();
            let tools = tools_from_map(&blank_tools, &map).unwrap();
            assert_eq!(tools.plain(), crate::i18n::tools_texts(locale).plain());
            let mut all = [filled.common.plain(), filled.device.plain()].concat();
            all.sort();
            let mut want = [texts(locale).common.plain(), texts(locale).device.plain()].concat();
            want.sort();
            assert_eq!(all, want);
            assert_eq!(report.plain(), crate::i18n::report_texts(locale).plain());
            assert_eq!(
                (filled.common.stage_value)(2, "x"),
                (texts(locale).common.stage_value)(2, "x")
            );
        }
        let mut partial: BTreeMap<String, String> =
            serde_json::from_str(&file_of(Locale::Nl)).unwrap();
        partial.remove("results.answers_title");
        let map = read_files(&[serde_json::to_string(&partial).unwrap()]).unwrap();
        let err = report_from_map(compiled_report(Locale::Nl), &map).err();
        assert_eq!(err.as_deref(), Some("results.answers_title is missing"));
        assert!(read_files(&["[1]".to_owned()]).is_err());
    }

    #[test]
    fn each_module_reads_its_own_file_and_misses_no_text() {
        let all: BTreeMap<String, String> = serde_json::from_str(&file_of(Locale::Nl)).unwrap();
        let part = |keep: fn(&str) -> bool| -> String {
            serde_json::to_string(
                &all.iter()
                    .filter(|(k, _)| keep(k))
                    .collect::<BTreeMap<_, _>>(),
            )
            .unwrap()
        };
        let answering = part(|k| !crate::i18n::of_report(k) && !crate::i18n::of_tools(k));
        let report = part(crate::i18n::of_report);
        let tools = part(crate::i18n::of_tools);
        assert!(report.contains("\"results.") && !report.contains("\"team."));
        assert!(tools.contains("\"team.") && tools.contains("\"method."));
        let map = read_files(std::slice::from_ref(&answering)).unwrap();
        let half = from_map(compiled(Locale::Nl), &map).unwrap();
        assert_eq!(half.team_title, texts(Locale::Nl).team_title);
        // The report's and the tools' tables need their own files.
        assert!(report_from_map(compiled_report(Locale::Nl), &map).is_err());
        let with_report = read_files(&[answering.clone(), report.clone()]).unwrap();
        assert!(report_from_map(compiled_report(Locale::Nl), &with_report).is_ok());
        assert!(tools_from_map(compiled_tools(Locale::Nl), &with_report).is_err());
        let with_tools = read_files(&[answering, report, tools]).unwrap();
        assert!(tools_from_map(compiled_tools(Locale::Nl), &with_tools).is_ok());
    }
}
