use crate::domain::questionnaire;
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;

/// How every number is calculated, with worked examples, and the twelve themes.
#[component]
pub fn MethodPage() -> impl IntoView {
    let app = use_app();
    move || {
        let locale = app.locale.get();
        let m = texts(locale).method();
        let sections = m
            .sections
            .iter()
            .map(|(title, paragraphs)| {
                let paragraphs = paragraphs
                    .iter()
                    .map(|p| view! { <p>{*p}</p> })
                    .collect_view();
                view! {
                    <section>
                        <h2>{*title}</h2>
                        {paragraphs}
                    </section>
                }
            })
            .collect_view();
        let themes = questionnaire::current()
            .dimensions
            .iter()
            .map(|d| {
                view! {
                    <li>
                        <strong>{texts(locale).dimension(d)}</strong>
                        " "
                        {d.summary.get(locale).to_owned()}
                    </li>
                }
            })
            .collect_view();
        view! {
            <article class="method">
                <h1>{m.title}</h1>
                <p class="lead">{m.intro}</p>
                {sections}
                <section>
                    <h2>{m.themes_title}</h2>
                    <p>{m.themes_intro}</p>
                    <ol class="theme-list">{themes}</ol>
                </section>
            </article>
        }
    }
}
