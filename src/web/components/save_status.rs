use crate::web::state::use_app;
use leptos::prelude::*;

/// Whether the latest change reached storage, announced politely to screen readers.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="save-status" role="status" aria-live="polite">
            {move || if app.save_ok.get() { app.t().saved } else { app.t().not_saved }}
        </p>
    }
}
