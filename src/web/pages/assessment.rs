use super::not_found::missing;
use crate::domain::questionnaire;
use crate::web::components::{QuestionField, SaveStatus};
use crate::web::{routes, state::use_app};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// One dimension's questions of one assessment.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let dimension_id = Memo::new(move |_| params.read().get("dimension").unwrap_or_default());
    // Only existence is tracked here, so answering never re-renders the page.
    let exists = Memo::new(move |_| app.saved.with(|s| s.assessment(&id.get()).is_some()));
    let q = questionnaire::current();
    let answered = Memo::new(move |_| {
        app.saved.with(|s| {
            s.assessment(&id.get())
                .map(|a| a.answered_count(q))
                .unwrap_or(0)
        })
    });

    move || {
        let t = app.t();
        let locale = app.locale.get();
        let id = id.get();
        let position = q.dimensions.iter().position(|d| d.id == dimension_id.get());
        let (Some(index), true) = (position, exists.get()) else {
            return missing(t, t.unknown_assessment);
        };
        let dim = &q.dimensions[index];
        let total = q.question_count();
        let questions = dim
            .questions
            .iter()
            .enumerate()
            .map(|(i, question)| view! { <QuestionField assessment_id=id.clone() question number=i + 1/> })
            .collect_view();
        let previous = match index.checked_sub(1) {
            Some(i) => (
                routes::assessment(&id, &q.dimensions[i].id),
                t.previous_theme,
            ),
            None => (routes::intro(&id), t.back_to_intro),
        };
        let next = q
            .dimensions
            .get(index + 1)
            .map(|d| routes::assessment(&id, &d.id));
        view! {
            <p class="eyebrow">{(t.dimension_of)(dim.number, q.dimensions.len())}</p>
            <h1>{dim.title.get(locale).to_owned()}</h1>
            <p class="lead">{dim.summary.get(locale).to_owned()}</p>
            <div class="progress">
                <label for="progress">{t.progress_label}</label>
                <progress id="progress" max=total value=move || answered.get()></progress>
                <span>{move || (t.progress)(answered.get(), total)}</span>
            </div>
            <form class="questions" on:submit=|ev| ev.prevent_default()>
                {questions}
            </form>
            <SaveStatus/>
            <nav class="step-nav" aria-label=t.step_nav_label>
                <A href=previous.0 attr:class="button">{previous.1}</A>
                {next.map(|href| view! { <A href=href attr:class="button">{t.next_theme}</A> })}
                <A href=routes::results(&id) attr:class="button primary">{t.to_results}</A>
            </nav>
        }
        .into_any()
    }
}
