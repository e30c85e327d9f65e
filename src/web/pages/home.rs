use crate::domain::questionnaire;
use crate::web::{browser, routes, state::use_app};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// What Klantspiegel is, the privacy promise, "start", and the saved assessments.
#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let q = questionnaire::current();
    let first_dimension = q
        .dimensions
        .first()
        .map(|d| d.id.as_str())
        .unwrap_or_default();
    let start = move |_| {
        let id = app.create_assessment();
        navigate(
            &routes::assessment(&id, first_dimension),
            Default::default(),
        );
    };
    let saved_list = move || {
        let t = app.t();
        let locale = app.locale.get();
        let items = app.saved.with(|s| {
            s.assessments
                .iter()
                .rev()
                .map(|a| {
                    let date = browser::format_date(a.created_ms, locale.code());
                    let title = if a.label.trim().is_empty() { (t.untitled)(&date) } else { a.label.clone() };
                    let progress = (t.progress)(a.answered_count(q), q.question_count());
                    view! {
                        <li class="saved-item">
                            <span class="saved-title">{title}</span>
                            <span class="saved-progress">{progress}</span>
                            <span class="saved-actions">
                                <A href=routes::assessment(&a.id, first_dimension)>{t.continue_label}</A>
                                <A href=routes::results(&a.id)>{t.results_label}</A>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        });
        if app.saved.with(|s| s.assessments.is_empty()) {
            view! { <p>{t.saved_none}</p> }.into_any()
        } else {
            view! { <ul class="saved-list">{items}</ul> }.into_any()
        }
    };
    let t = move || app.t();
    view! {
        <section class="hero">
            <h1>{move || t().tagline}</h1>
            <p>{move || t().home_intro}</p>
            <button type="button" class="primary" on:click=start>{move || t().start_new}</button>
        </section>
        <section class="privacy" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{move || t().privacy_title}</h2>
            <p>{move || t().privacy_text}</p>
        </section>
        <section aria-labelledby="saved-title">
            <h2 id="saved-title">{move || t().saved_title}</h2>
            {saved_list}
        </section>
    }
}
