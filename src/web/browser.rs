//! Thin adapters for the few browser facts the app needs: time, language, ids.

use crate::domain::locale::Locale;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The browser's preferred language tags, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Sets a named moment on the page's performance timeline (`performance.mark`), so
/// the benchmark can show where startup time goes. Does nothing where unsupported.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Notes a problem the page also shows, for whoever opens the browser's console.
pub fn log_problem(problem: &str) {
    leptos::logging::warn!("Klantspiegel: {problem}");
}

/// Tells the shell in index.html that the app cannot start, so it says so.
pub fn report_start_failure(problem: &str) {
    log_problem(problem);
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new("ks-start-failed") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Where `reload_once` notes the address it reloaded, until a page shows it.
const RELOADED_KEY: &str = "klantspiegel.reloaded";

/// Loads the current address anew, unless that was just done for it and no page
/// has shown it since (then the module index.html picks cannot show it either, and
/// reloading again would loop). Returns whether it reloads.
pub fn reload_once() -> bool {
    const KEY: &str = RELOADED_KEY;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(href) = window.location().href() else {
        return false;
    };
    let now = now_ms();
    let session = window.session_storage().ok().flatten();
    let last = session
        .as_ref()
        .and_then(|s| s.get_item(KEY).ok().flatten());
    let recent = last
        .as_deref()
        .and_then(|v| v.rsplit_once('|'))
        .is_some_and(|(url, at)| {
            url == href
                && at
                    .parse::<u64>()
                    .is_ok_and(|at| now.saturating_sub(at) < 3000)
        });
    if recent {
        return false;
    }
    if let Some(session) = session {
        let _ = session.set_item(KEY, &format!("{href}|{now}"));
    }
    window.location().reload().is_ok()
}

/// A page showed the address: a later move to another half may reload again.
pub fn reload_done() {
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.remove_item(RELOADED_KEY);
    }
}

/// Removes the element with this id from the page, if there is one.
pub fn remove_element(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.remove();
    }
}

/// Whether the browser believes it has a network (true when it cannot tell).
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Sets `<html lang>` so screen readers pronounce the page right.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Setting an attribute on the root element cannot fail in practice; if it
        // does, the page merely keeps its previous language.
        let _ = root.set_attribute("lang", code);
    }
}

/// Names the browser tab after the page: its main heading, then the app's name
/// (WCAG 2.4.2), or the app's name alone where the heading is that.
pub fn title_from_heading(app_name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let heading = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let title = if heading.is_empty() || heading == app_name {
        app_name.to_owned()
    } else {
        format!("{heading} – {app_name}")
    };
    if document.title() != title {
        document.set_title(&title);
    }
}

/// A new identifier for an assessment: time plus randomness, in base 36.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 36f64.powi(4)) as u64;
    crate::domain::assessment::id_from(now_ms(), random)
}

/// A date in the user's language and time zone, such as "22 november 2026".
pub fn format_date(ms: u64, locale: Locale) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    if date.get_time().is_nan() {
        // A time outside what a date can hold (only from edited storage).
        return "–".to_owned();
    }
    locale.long_date(
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year() as i32,
    )
}

/// Opens the browser's print dialog (the report has its own print layout).
pub fn print() {
    if let Some(window) = web_sys::window() {
        // Printing can be refused (for example in a sandboxed frame); nothing to do then.
        let _ = window.print();
    }
}

/// The page's origin, such as `https://example.org`, for links to share.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Copies text to the clipboard; `false` when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The phone's own share sheet (`navigator.share`), where the browser has one.
fn share_function() -> Option<(web_sys::Navigator, js_sys::Function)> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into()).ok()?;
    share
        .dyn_into::<js_sys::Function>()
        .ok()
        .map(|f| (navigator, f))
}

/// Whether the browser offers its own share sheet (phones and some desktops).
pub fn can_share() -> bool {
    share_function().is_some()
}

/// Opens the share sheet with a title and a link; `false` when it is not there,
/// refused, or closed without sharing.
pub async fn share_link(title: &str, url: &str) -> bool {
    let Some((navigator, share)) = share_function() else {
        return false;
    };
    let data = js_sys::Object::new();
    let set =
        |key: &str, value: &str| js_sys::Reflect::set(&data, &key.into(), &value.into()).is_ok();
    if !(set("title", title) && set("url", url)) {
        return false;
    }
    match share.call1(&navigator, &data).map(js_sys::Promise::from) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Selects the text of an input, so the user can copy it by hand.
pub fn select_input(id: &str) {
    use wasm_bindgen::JsCast;
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.select();
        let _ = input.focus();
    }
}

/// Offers text as a file download; `false` when the browser refuses.
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(anchor) = anchor else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // The click has started the download; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// The text of the first file chosen in a file input, if any.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

/// Today's date as `YYYY-MM-DD` in the user's time zone, for file names.
pub fn today_iso() -> String {
    today().iso()
}

/// Today in the user's time zone.
pub fn today() -> crate::domain::storage::civil_date::CivilDate {
    let d = js_sys::Date::new_0();
    let (year, month, day) = (d.get_full_year() as i32, d.get_month() + 1, d.get_date());
    crate::domain::storage::civil_date::CivilDate::new(year, month, day)
        .unwrap_or_else(|| crate::domain::storage::civil_date::CivilDate::from_ms(now_ms()))
}
