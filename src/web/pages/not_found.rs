use crate::i18n::Texts;
use crate::web::{route::Route, state::use_app};
use leptos::prelude::*;

/// The page for an address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let app = use_app();
    move || missing(app.t(), app.t().not_found_text)
}

/// "Not found" with a reason and the way home; also used for unknown assessments.
pub fn missing(t: &'static Texts, reason: &'static str) -> AnyView {
    view! {
        <h1>{t.not_found_title}</h1>
        <p>{reason}</p>
        <p>
            <a href=Route::Home.to_path()>{t.back_home}</a>
        </p>
    }
    .into_any()
}
