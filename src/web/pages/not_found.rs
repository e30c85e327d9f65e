use crate::web::{routes, state::use_app};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        view! {
            <h1>{t.not_found_title}</h1>
            <p>{t.not_found_text}</p>
            <p><A href=routes::home()>{t.back_home}</A></p>
        }
    }
}
