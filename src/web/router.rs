//! The app's own router, in place of `leptos_router` (which cost about 45 KiB brotli
//! in each module): the address is one signal; plain `<a href>` links to the app's
//! own pages are followed without a reload (one click listener on the document),
//! `navigate` pushes or replaces a history entry, and back and forward move the
//! signal. Pages read the address typed, through `route::use_route`.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The current address: path, query and fragment, as `Route::parse` reads it.
#[derive(Clone, Copy)]
pub struct Address(RwSignal<String>);

impl Address {
    pub fn get(&self) -> String {
        self.0.get()
    }

    pub fn get_untracked(&self) -> String {
        self.0.get_untracked()
    }
}

/// How a navigation treats the history and the scroll position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Navigate {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Keep the scroll position instead of going to the top.
    pub keep_scroll: bool,
}

/// The address of the page as the browser has it now.
fn current_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .map(|l| {
            format!(
                "{}{}{}",
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default(),
                l.hash().unwrap_or_default()
            )
        })
        .unwrap_or_else(|| "/".to_owned())
}

/// Sets up the address signal, back and forward, and link clicks; once, in the
/// app shell.
pub fn provide_router() -> Address {
    let address = Address(RwSignal::new(current_address()));
    provide_context(address);
    if let Some(window) = web_sys::window() {
        // Back, forward, and a fragment changed by an in-page link (the skip link).
        let moved = Closure::<dyn Fn()>::new(move || address.0.set(current_address()));
        for event in ["popstate", "hashchange"] {
            let _ = window.add_event_listener_with_callback(event, moved.as_ref().unchecked_ref());
        }
        moved.forget();
        let clicked =
            Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
                if let Some(to) = followed_link(&ev) {
                    ev.prevent_default();
                    go(address, &to, Navigate::default());
                }
            });
        if let Some(document) = window.document() {
            let _ = document
                .add_event_listener_with_callback("click", clicked.as_ref().unchecked_ref());
        }
        clicked.forget();
    }
    address
}

/// The address signal set up by [`provide_router`].
pub fn use_address() -> Address {
    use_context::<Address>().unwrap_or_else(|| {
        // A page outside the shell is a programming error; say so loudly in the log
        // and still give the page the browser's address.
        leptos::logging::error!("use_address outside the app shell");
        Address(RwSignal::new(current_address()))
    })
}

/// A function that goes to an address of the app (made where the router is known,
/// called from event handlers).
pub fn use_navigate() -> impl Fn(&str, Navigate) + Copy + 'static {
    let address = use_address();
    move |to: &str, how: Navigate| go(address, to, how)
}

fn go(address: Address, to: &str, how: Navigate) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let pushed = if how.replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
        };
        if pushed.is_err() {
            // History refused (a sandbox): load the address instead.
            let _ = window.location().set_href(to);
            return;
        }
    }
    address.0.set(current_address());
    if !how.keep_scroll && !how.replace {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The in-app address a click on a link should go to without a reload, or `None`
/// to leave the click to the browser: another button or a modifier key (new tab or
/// window), a download or another target, another origin, or a link to a fragment
/// of this same page.
fn followed_link(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return None;
    }
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let anchor: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if anchor.has_attribute("download")
        || !matches!(anchor.target().as_str(), "" | "_self")
        || anchor
            .get_attribute("rel")
            .is_some_and(|r| r.contains("external"))
    {
        return None;
    }
    let location = web_sys::window()?.location();
    if anchor.origin() != location.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (anchor.pathname(), anchor.search(), anchor.hash());
    let same_page = path == location.pathname().ok()? && search == location.search().ok()?;
    if same_page && !hash.is_empty() {
        return None;
    }
    Some(format!("{path}{search}{hash}"))
}
