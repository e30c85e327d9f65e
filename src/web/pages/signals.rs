use crate::domain::questionnaire;
use crate::domain::questionnaire::steps;
use crate::domain::questionnaire::wording::{self, Country};
use crate::i18n::texts;
use crate::web::components::SignalField;
use crate::web::{
    route::{anchor, Route},
    state::use_app,
};
use leptos::prelude::*;

/// The last step: the overreaction signals, then what is still unanswered.
#[component]
pub fn SignalsStep(id: String) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let t = app.t();
    let signals = q
        .signals
        .iter()
        .map(|signal| view! { <SignalField assessment_id=id.clone() signal/> })
        .collect_view();
    view! {
        <p class="eyebrow">{t.signals_eyebrow}</p>
        <h1 id=anchor::STEP_TITLE tabindex="-1">{t.signals_title}</h1>
        <p class="lead">{t.signals_text}</p>
        <form class="questions" on:submit=|ev| ev.prevent_default()>
            {signals}
        </form>
        <Unanswered id/>
    }
}

/// The questions without an answer yet, each a link that takes focus to it.
#[component]
fn Unanswered(id: String) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let locale = app.locale.get_untracked();
    let t = app.t();
    let open = move || {
        let (groups, country) = app.saved.with(|s| {
            s.assessment(&id)
                .map(|a| (steps::unanswered(q, a), Country::of(a)))
                .unwrap_or((Vec::new(), Country::Other))
        });
        let count: usize = groups.iter().map(|(_, open)| open.len()).sum();
        if count == 0 {
            return view! { <p>{t.open_none}</p> }.into_any();
        }
        let groups = groups
            .into_iter()
            .map(|(dim, open)| {
                let index = usize::from(dim.number).saturating_sub(1);
                let items = open
                    .into_iter()
                    .map(|question| {
                        let href = Route::question(&id, index, &question.id).to_path();
                        let text = wording::localized(q, &question.text, locale, country);
                        view! { <li><a href=href>{text}</a></li> }
                    })
                    .collect_view();
                view! {
                    <li>
                        <span class="open-dimension">{texts(locale).dimension(dim)}</span>
                        <ul>{items}</ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{(t.open_count)(count)} " " {t.open_hint}</p>
            <ul class="open-list">{groups}</ul>
        }
        .into_any()
    };
    view! {
        <section class="open" aria-labelledby="open-title">
            <h2 id="open-title">{t.open_title}</h2>
            {open}
        </section>
    }
}
