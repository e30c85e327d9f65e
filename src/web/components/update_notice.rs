use crate::web::{pwa, state::use_app};
use leptos::prelude::*;

/// Registers the service worker (release builds) and, when a new version of the
/// app has been installed in the background, offers to switch to it.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let app = use_app();
    let ready = RwSignal::new(false);
    if !cfg!(debug_assertions) {
        pwa::register(move || ready.set(true));
    }
    move || {
        ready.get().then(|| {
            let d = &app.t().device;
            view! {
                <div class="update-notice" role="status">
                    <p>{d.update_ready}</p>
                    <button type="button" class="primary" on:click=|_| pwa::load_update()>
                        {d.update_load}
                    </button>
                </div>
            }
        })
    }
}
