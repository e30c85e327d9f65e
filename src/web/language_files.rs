//! Fetches a language's questionnaire file and installs it. The build cuts one file
//! per language from `data.json` and names them, with their content hashes, in
//! index.html (`<script type="application/json" id="text-files">`); the shell there
//! starts fetching the file of the language it shows, and the service worker precaches all.

use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Makes the questionnaire's texts in `locale` available; says what went wrong if not.
pub async fn load(locale: Locale) -> Result<(), String> {
    if questionnaire::has_language(locale) {
        return Ok(());
    }
    let json = match started_by_shell(locale) {
        Some(text) => {
            let text = JsFuture::from(text).await.map_err(|e| format!("{e:?}"))?;
            text.as_string()
                .ok_or("the questionnaire file is not text")?
        }
        None => {
            let url = file_url(locale)
                .ok_or_else(|| format!("index.html names no file for {}", locale.code()))?;
            fetch_text(&url).await?
        }
    };
    questionnaire::install_language(locale, &json)
        .map_err(|e| format!("the {} questionnaire file: {e}", locale.code()))
}

/// The fetch the shell in index.html started for this language (`window.ksTexts`),
/// taken once.
fn started_by_shell(locale: Locale) -> Option<js_sys::Promise> {
    let window: js_sys::Object = web_sys::window()?.into();
    let key = wasm_bindgen::JsValue::from_str("ksTexts");
    let started = js_sys::Reflect::get(&window, &key).ok()?;
    let lang = js_sys::Reflect::get(&started, &"lang".into()).ok()?;
    if lang.as_string()? != locale.code() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    js_sys::Reflect::get(&started, &"text".into())
        .ok()?
        .dyn_into()
        .ok()
}

fn file_url(locale: Locale) -> Option<String> {
    let json = web_sys::window()?
        .document()?
        .get_element_by_id("text-files")?
        .text_content()?;
    let mut files: HashMap<String, String> = serde_json::from_str(&json).ok()?;
    files.remove(locale.code())
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
