use crate::domain::questionnaire;
use crate::web::components::StyleField;
use crate::web::route::anchor;
use crate::web::state::use_app;
use leptos::prelude::*;

/// "How you move": the style items that feed the profile and no score.
#[component]
pub fn StyleStep(id: String) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let t = app.t();
    let locale = app.locale.get_untracked();
    let items = q
        .style_items
        .iter()
        .map(|item| view! { <StyleField assessment_id=id.clone() item/> })
        .collect_view();
    view! {
        <p class="eyebrow">{t.style_eyebrow}</p>
        <h1 id=anchor::STEP_TITLE tabindex="-1">{q.style_step.title.get(locale).to_owned()}</h1>
        <p class="lead">{q.style_step.intro.get(locale).to_owned()}</p>
        <p class="rule">{t.style_rule}</p>
        <form class="questions" on:submit=|ev| ev.prevent_default()>
            {items}
        </form>
    }
}
