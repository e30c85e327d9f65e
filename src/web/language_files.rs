//! Fetches a language's texts and installs them: its questionnaire file (cut from
//! `data.json` by the build) and its interface file (`src/i18n/ui_<code>.json`), both
//! named with their content hashes in index.html (`<script id="text-files">`). The
//! shell there starts fetching the files of the language it shows; the service
//! worker precaches all.

use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::i18n::loaded;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Makes the texts in `locale` available (the questionnaire's and the interface's);
/// says what went wrong if not.
pub async fn load(locale: Locale) -> Result<(), String> {
    if has(locale) {
        return Ok(());
    }
    let (questionnaire_json, ui_json) = match started_by_shell(locale) {
        Some((questionnaire, ui)) => (text_of(questionnaire).await?, text_of(ui).await?),
        None => {
            let (questionnaire, ui) = file_urls(locale)
                .ok_or_else(|| format!("index.html names no files for {}", locale.code()))?;
            (fetch_text(&questionnaire).await?, fetch_text(&ui).await?)
        }
    };
    questionnaire::install_language(locale, &questionnaire_json)
        .map_err(|e| format!("the {} questionnaire file: {e}", locale.code()))?;
    loaded::install(locale, &ui_json)
}

/// Whether every text of this language is there.
pub fn has(locale: Locale) -> bool {
    questionnaire::has_language(locale) && loaded::has(locale)
}

async fn text_of(promise: js_sys::Promise) -> Result<String, String> {
    JsFuture::from(promise)
        .await
        .map_err(|e| format!("{e:?}"))?
        .as_string()
        .ok_or_else(|| "a texts file is not text".to_owned())
}

/// The fetches the shell in index.html started for this language (`window.ksTexts`:
/// the questionnaire's and the interface's texts), taken once.
fn started_by_shell(locale: Locale) -> Option<(js_sys::Promise, js_sys::Promise)> {
    let window: js_sys::Object = web_sys::window()?.into();
    let key = wasm_bindgen::JsValue::from_str("ksTexts");
    let started = js_sys::Reflect::get(&window, &key).ok()?;
    let lang = js_sys::Reflect::get(&started, &"lang".into()).ok()?;
    if lang.as_string()? != locale.code() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let promise = |name: &str| {
        js_sys::Reflect::get(&started, &name.into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    };
    Some((promise("questionnaire")?, promise("ui")?))
}

/// The addresses of a language's questionnaire and interface files.
fn file_urls(locale: Locale) -> Option<(String, String)> {
    let json = web_sys::window()?
        .document()?
        .get_element_by_id("text-files")?
        .text_content()?;
    let mut files: HashMap<String, HashMap<String, String>> = serde_json::from_str(&json).ok()?;
    let mut language = files.remove(locale.code())?;
    Some((language.remove("questionnaire")?, language.remove("ui")?))
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let problem = |e: wasm_bindgen::JsValue| format!("{url}: {e:?}");
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(problem)?
        .dyn_into()
        .map_err(problem)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(problem)?)
        .await
        .map_err(problem)?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}
