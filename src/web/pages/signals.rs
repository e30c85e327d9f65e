use crate::domain::questionnaire;
use crate::domain::questionnaire::steps::{self, Step};
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

/// What has no answer yet: each question a link that takes focus to it, then the
/// statements (a link to their step) and the signals on this page.
#[component]
fn Unanswered(id: String) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let locale = app.locale.get_untracked();
    let t = app.t();
    let open = move || {
        let (open, country) = app.saved.with(|s| match s.assessment(&id) {
            Some(a) => (Some(steps::unanswered(q, a)), Country::of(a)),
            None => (None, Country::Other),
        });
        let Some(open) = open.filter(|o| o.count() > 0) else {
            return view! { <p>{t.open_none}</p> }.into_any();
        };
        let count = open.count();
        let groups = open
            .questions
            .into_iter()
            .map(|(dim, questions)| {
                let index = usize::from(dim.number).saturating_sub(1);
                let items = questions
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
        let statements = (open.statements > 0).then(|| {
            let href = Route::step(&id, Step::Style).to_path();
            view! { <li><a href=href>{(t.open_statements)(open.statements)}</a></li> }
        });
        let signals = (open.signals > 0)
            .then(|| view! { <li><span class="open-dimension">{(t.open_signals)(open.signals)}</span></li> });
        view! {
            <p>{(t.open_count)(count)} " " {t.open_hint}</p>
            <ul class="open-list">{groups}{statements}{signals}</ul>
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
