use crate::domain::questionnaire;
use crate::domain::questionnaire::steps::Step;
use crate::web::{route::Route, state::use_app};
use leptos::prelude::*;

/// Every step of the assessment as a link with how far it is, to jump anywhere.
/// On phones the titles are hidden visually and the steps become tiles: the
/// themes' numbers, and a word for the others, explained under them.
#[component]
pub fn StepList(id: String, current: Step) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let t = app.t();
    let locale = app.locale.get_untracked();
    let aid = StoredValue::new(id.clone());
    let items = Step::all(q)
        .map(|step| {
            let (short, title) = match step {
                // The steps without a number carry a short word on their tile.
                Step::Intro => (t.tile_intro.to_owned(), t.intro_title.to_owned()),
                Step::Style => (
                    t.tile_style.to_owned(),
                    q.style_step.title.get(locale).to_owned(),
                ),
                Step::Signals => (t.tile_signals.to_owned(), t.signals_title.to_owned()),
                Step::Dimension(_) => step
                    .dimension(q)
                    .map(|d| (d.number.to_string(), d.title.get(locale).to_owned()))
                    .unwrap_or_default(),
            };
            let progress = Memo::new(move |_| {
                aid.with_value(|aid| {
                    app.saved
                        .with(|s| s.assessment(aid).map(|a| step.progress(q, a)))
                })
            });
            let complete = move || progress.get().is_some_and(|p| p.is_complete());
            let status = move || {
                progress.get().map(|p| {
                    if p.is_complete() {
                        t.step_complete.to_owned()
                    } else {
                        (t.step_status)(p.done, p.total)
                    }
                })
            };
            view! {
                <li class:complete=complete class:current=step == current>
                    <a href=Route::step(&id, step).to_path() aria-current=(step == current).then_some("page")>
                        <span class="step-short" aria-hidden="true">{short}</span>
                        <span class="step-title">{title}</span>
                        <span class="visually-hidden">", "</span>
                        <span class="step-status">{status}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-list" aria-label=t.steps_label>
            <h2 class="step-list-title">{t.steps_label}</h2>
            <ol>{items}</ol>
            <p class="hint tiles-hint">{t.tiles_hint}</p>
        </nav>
    }
}
