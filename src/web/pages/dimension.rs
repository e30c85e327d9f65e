use crate::domain::questionnaire;
use crate::domain::questionnaire::steps::Step;
use crate::web::components::QuestionField;
use crate::web::route::anchor;
use crate::web::state::use_app;
use leptos::prelude::*;

/// One dimension's questions: the heading and a radio group per question.
#[component]
pub fn DimensionStep(id: String, index: usize) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let t = app.t();
    let locale = app.locale.get_untracked();
    let Some(dim) = q.dimensions.get(index) else {
        return ().into_any();
    };
    let questions = dim
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| view! { <QuestionField assessment_id=id.clone() question number=i + 1/> })
        .collect_view();
    view! {
        <p class="eyebrow">
            {(t.dimension_of)(dim.number, q.dimensions.len())}
            " · "
            {(t.step_time)(questionnaire::time::step_minutes(q, Step::Dimension(index), locale))}
        </p>
        <h1 id=anchor::STEP_TITLE tabindex="-1">{dim.title.get(locale).to_owned()}</h1>
        <p class="lead">{dim.summary.get(locale).to_owned()}</p>
        <p class="rule">{t.choose_rule}</p>
        <form class="questions" on:submit=|ev| ev.prevent_default()>
            {questions}
        </form>
    }
    .into_any()
}
