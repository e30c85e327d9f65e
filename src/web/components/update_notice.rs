use crate::web::{pwa, state::use_app};
use leptos::prelude::*;

/// Registers the service worker (release builds, once the page has painted) and, when a new version of the
/// app has been installed in the background, offers to switch to it.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let app = use_app();
    let ready = RwSignal::new(false);
    if !cfg!(debug_assertions) {
        // After the first frame: the worker's install fetches every file for offline
        // use, which the first question does not need.
        request_animation_frame(move || {
            set_timeout(
                move || pwa::register(move || ready.set(true)),
                std::time::Duration::ZERO,
            )
        });
    }
    move || {
        ready.get().then(|| {
            let d = &app.t().device;
            view! {
                <div class="update-notice" role="status">
                    <p>{d.update_ready}</p>
                    <button type="button" class="primary" on:click=move |_| {
                        app.carry_unsaved();
                        pwa::load_update();
                    }>
                        {d.update_load}
                    </button>
                </div>
            }
        })
    }
}
