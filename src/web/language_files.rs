//! Fetches a language's texts and installs them: its questionnaire file (cut from
//! `data.json` by the build) and its interface files (`src/i18n/ui_<code>.json`, cut
//! in three: the report's tables and the tools' apart, each fetched by the modules
//! that show them), all
//! named with their content hashes in index.html (`<script id="text-files">`). The
//! shell there starts fetching the files of the language it shows; the service
//! worker precaches all.

use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::i18n::loaded;
use leptos::prelude::{request_animation_frame, GetUntracked, RwSignal, Set};
use std::collections::HashMap;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How the report's interface texts are installed, in the modules that show report
/// pages (set once at start). Given by the module's `main`, so the answering module
/// links none of the report's texts.
pub type ReportInstaller = fn(Locale, &[String]) -> Result<(), String>;

static REPORT_INSTALLER: OnceLock<ReportInstaller> = OnceLock::new();
static TOOLS_INSTALLER: OnceLock<ReportInstaller> = OnceLock::new();

pub fn use_report_texts(install: ReportInstaller) {
    let _ = REPORT_INSTALLER.set(install);
}

/// As [`use_report_texts`], for the tools' tables (the tools module only).
pub fn use_tools_texts(install: ReportInstaller) {
    let _ = TOOLS_INSTALLER.set(install);
}

/// Makes the texts in `locale` available (the questionnaire's and the interface's);
/// says what went wrong if not.
pub async fn load(locale: Locale) -> Result<(), String> {
    if has(locale) {
        return Ok(());
    }
    // The answering pages read a questionnaire file without what only the results
    // show (`answering`, cut by .ci/post_build.mjs); the report and the tools theirs.
    let names: &[&str] = match (REPORT_INSTALLER.get(), TOOLS_INSTALLER.get()) {
        (Some(_), Some(_)) => &["questionnaire", "ui", "report", "tools"],
        (Some(_), None) => &["questionnaire", "ui", "report"],
        _ => &["answering", "ui"],
    };
    // Every fetch is started (or was, by the shell) before any is awaited.
    let mut pending = Vec::new();
    for name in names {
        pending.push(match started_by_shell(locale, name) {
            Some(promise) => promise,
            None => fetch(&file_url(locale, name)?)?,
        });
    }
    let mut texts = Vec::new();
    for promise in pending {
        texts.push(text_of(promise).await?);
    }
    let questionnaire_json = texts.remove(0);
    questionnaire::install_language(locale, &questionnaire_json)
        .map_err(|e| format!("the {} questionnaire file: {e}", locale.code()))?;
    loaded::install(locale, &texts)?;
    for install in [REPORT_INSTALLER.get(), TOOLS_INSTALLER.get()]
        .into_iter()
        .flatten()
    {
        install(locale, &texts)?;
    }
    Ok(())
}

/// Whether every text of this language is there.
pub fn has(locale: Locale) -> bool {
    questionnaire::has_language(locale)
        && loaded::has(locale)
        && (REPORT_INSTALLER.get().is_none() || loaded::has_report(locale))
        && (TOOLS_INSTALLER.get().is_none() || loaded::has_tools(locale))
}

/// The text a promise gives: the shell's give text, a fetch's a response.
async fn text_of(promise: js_sys::Promise) -> Result<String, String> {
    let value = JsFuture::from(promise)
        .await
        .map_err(|e| format!("{e:?}"))?;
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    let response: web_sys::Response = value
        .dyn_into()
        .map_err(|_| "a texts file is not text".to_owned())?;
    if !response.ok() {
        return Err(format!("{}: HTTP {}", response.url(), response.status()));
    }
    let problem = |e: wasm_bindgen::JsValue| format!("{}: {e:?}", response.url());
    JsFuture::from(response.text().map_err(problem)?)
        .await
        .map_err(problem)?
        .as_string()
        .ok_or_else(|| "a texts file is not text".to_owned())
}

/// The fetch the shell in index.html started for this file of this language
/// (`window.ksTexts`), taken once.
fn started_by_shell(locale: Locale, name: &str) -> Option<js_sys::Promise> {
    let window: js_sys::Object = web_sys::window()?.into();
    let started = js_sys::Reflect::get(&window, &"ksTexts".into()).ok()?;
    let lang = js_sys::Reflect::get(&started, &"lang".into()).ok()?;
    if lang.as_string()? != locale.code() {
        return None;
    }
    let promise = js_sys::Reflect::get(&started, &name.into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(&started.into(), &name.into());
    Some(promise)
}

/// The address of one of a language's files (`questionnaire`, `answering`, `ui`,
/// `report`, `tools`).
fn file_url(locale: Locale, name: &str) -> Result<String, String> {
    let missing = || format!("index.html names no {name} file for {}", locale.code());
    let json = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("text-files"))
        .and_then(|e| e.text_content())
        .ok_or_else(missing)?;
    let mut files: HashMap<String, HashMap<String, String>> =
        serde_json::from_str(&json).map_err(|_| missing())?;
    files
        .remove(locale.code())
        .and_then(|mut l| l.remove(name))
        .ok_or_else(missing)
}

fn fetch(url: &str) -> Result<js_sys::Promise, String> {
    let window = web_sys::window().ok_or("no window")?;
    Ok(window.fetch_with_str(url))
}

/// Fetches and installs a language's step deliverables and measures (the plan's
/// `steps` file), which the report reads after the result is drawn.
pub async fn load_step_details(locale: Locale) -> Result<(), String> {
    let q = questionnaire::current();
    if questionnaire::step_details::has_language(q, locale) {
        return Ok(());
    }
    let json = text_of(fetch(&file_url(locale, "steps")?)?).await?;
    questionnaire::step_details::install_language(q, locale, &json)
        .map_err(|e| format!("the {} step file: {e}", locale.code()))
}

/// Whether the shown language's steps (what to do, deliverable, measure) are there:
/// `None` while they load. The fetch starts on the frame after the caller renders,
/// so a shared result is drawn before it (DESIGN §11: bytes before a result).
pub fn use_step_details() -> RwSignal<Option<bool>> {
    let locale = crate::web::state::use_app().locale.get_untracked();
    let q = questionnaire::current();
    let ready = RwSignal::new(questionnaire::step_details::has_language(q, locale).then_some(true));
    if ready.get_untracked().is_none() {
        request_animation_frame(move || {
            leptos::task::spawn_local(async move {
                let loaded = load_step_details(locale).await;
                if let Err(problem) = &loaded {
                    crate::web::browser::log_problem(problem);
                }
                ready.set(Some(loaded.is_ok()));
            });
        });
    }
    ready
}
