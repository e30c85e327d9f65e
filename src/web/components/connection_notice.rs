use crate::web::{browser, state::use_app};
use leptos::{ev, prelude::*};

/// Says so while the browser is offline, so nobody wonders whether work is lost, and
/// when a chosen language could not be fetched.
#[component]
pub fn ConnectionNotice() -> impl IntoView {
    let app = use_app();
    let online = RwSignal::new(browser::is_online());
    // The listeners live as long as the app shell, which is the whole page.
    let on = window_event_listener(ev::online, move |_| online.set(true));
    let off = window_event_listener(ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    view! {
        <p class="connection-notice" role="status">
            {move || (!online.get()).then(|| app.t().device.offline)}
            {move || app.language_failed.get().map(|_| app.t().device.language_failed)}
        </p>
    }
}
