//! The service worker (`src/web/pwa/sw.js`) from the page's side: registering it,
//! noticing a new version waiting, and switching to it when the user asks. Also
//! asking the browser to keep this site's storage.

use js_sys::{Promise, Reflect};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

thread_local! {
    /// Set once the user asked for the new version: only then does a change of
    /// controlling worker reload the page (the first install also changes it).
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
}

fn sw_container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Missing outside secure contexts and in some private modes.
    let supported = Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

/// Registers the service worker; `update_ready` runs when a new version has been
/// installed and waits for the user (see [`load_update`]).
pub fn register(update_ready: impl Fn() + Clone + 'static) {
    let Some(container) = sw_container() else {
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if RELOAD_ON_CHANGE.get() {
            if let Some(window) = web_sys::window() {
                // A failed reload leaves the old version running; nothing is lost.
                let _ = window.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let promise = container.register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // Refused, or not a registration at all (where service workers are blocked):
        // the app then simply runs without offline support.
        let Ok(Ok(registration)) = JsFuture::from(promise)
            .await
            .map(|r| r.dyn_into::<ServiceWorkerRegistration>())
        else {
            return;
        };
        let controlled = container.controller().is_some();
        if controlled && registration.waiting().is_some() {
            update_ready();
        }
        let reg = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = reg.installing() else {
                return;
            };
            let watched = worker.clone();
            let ready = update_ready.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                let has_controller = sw_container().is_some_and(|c| c.controller().is_some());
                if watched.state() == ServiceWorkerState::Installed && has_controller {
                    ready();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Switches to the waiting new version; the page reloads once it has taken over.
pub fn load_update() {
    let Some(container) = sw_container() else {
        return;
    };
    RELOAD_ON_CHANGE.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let registration = JsFuture::from(container.get_registration()).await;
        let waiting: Option<ServiceWorker> = registration
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                // Refused only if the worker is gone; a reload then shows the newest.
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        }
    });
}

async fn storage_promise(
    call: fn(&web_sys::StorageManager) -> Result<Promise, JsValue>,
) -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    if !Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false) {
        return None;
    }
    let promise = call(&navigator.storage()).ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser not to clear this site's storage under pressure; whether it
/// agreed (`None` where the browser cannot say).
pub async fn ask_persistence() -> Option<bool> {
    storage_promise(web_sys::StorageManager::persist).await
}

/// Whether the browser has agreed to keep this site's storage.
pub async fn persisted() -> Option<bool> {
    storage_promise(web_sys::StorageManager::persisted).await
}
