use super::dimension::DimensionStep;
use super::intro::IntroStep;
use super::not_found::missing;
use super::signals::SignalsStep;
use super::style::StyleStep;
use crate::domain::questionnaire;
use crate::domain::questionnaire::steps::{self, Step};
use crate::domain::storage::change::{Change, Edit};
use crate::i18n::Texts;
use crate::web::components::{SaveStatus, StepList};
use crate::web::focus;
use crate::web::{
    route::{use_route, Route},
    state::use_app,
};
use leptos::prelude::*;

/// Answering an assessment, one step at a time: the step's content framed by the
/// overall progress, the save status, previous/next and the list of all steps.
#[component]
pub fn StepPage() -> impl IntoView {
    let app = use_app();
    let route = use_route();
    let q = questionnaire::current();
    // A question's anchor changes the route but not these, so the page stays.
    let place = Memo::new(move |_| {
        route.with(|r| {
            r.as_ref()
                .and_then(Route::assessment_step)
                .map(|(id, step)| (id.to_owned(), step))
        })
    });
    let id = Memo::new(move |_| {
        place.with(|p| p.as_ref().map(|(id, _)| id.clone()).unwrap_or_default())
    });
    let step = Memo::new(move |_| place.with(|p| p.as_ref().map(|(_, step)| *step)));
    // Only existence is tracked here, so answering never re-renders the page.
    let exists = Memo::new(move |_| app.saved.with(|s| s.assessment(&id.get()).is_some()));
    // Every question, statement and signal counts, so the bar is full only
    // when nothing is left.
    let progress = Memo::new(move |_| {
        app.saved.with(|s| {
            s.assessment(&id.get())
                .map(|a| steps::overall(q, a))
                .unwrap_or(steps::StepProgress { done: 0, total: 0 })
        })
    });
    let answered = Memo::new(move |_| progress.get().done);
    // Remember the step for "continue", and put focus on the new step.
    Effect::new(move |_| {
        if let (Some(step), true) = (step.get(), exists.get()) {
            app.dispatch(Change::Edit {
                id: id.get(),
                edit: Edit::Visit {
                    step: step.key(q).to_owned(),
                },
            });
            request_animation_frame(focus::step);
        }
    });

    move || {
        let t = app.t();
        let id = id.get();
        let (Some(step), true) = (step.get(), exists.get()) else {
            return missing(t, t.unknown_assessment);
        };
        let content = match step {
            Step::Intro => view! { <IntroStep id=id.clone()/> }.into_any(),
            Step::Dimension(index) => view! { <DimensionStep id=id.clone() index/> }.into_any(),
            Step::Style => view! { <StyleStep id=id.clone()/> }.into_any(),
            Step::Signals => view! { <SignalsStep id=id.clone()/> }.into_any(),
        };
        let total = progress.get_untracked().total;
        view! {
            <div class="step-layout">
                <div class="step-main">
                    <div class="progress">
                        <label for="progress">{t.progress_label}</label>
                        <progress id="progress" max=total value=move || answered.get()></progress>
                        <span>{move || (t.progress)(answered.get(), total)}</span>
                    </div>
                    {content}
                    <SaveStatus/>
                    {step_nav(&id, step, t)}
                </div>
                <StepList id=id.clone() current=step/>
            </div>
        }
        .into_any()
    }
}

/// Previous and next, worded for where they lead, and the results.
fn step_nav(id: &str, step: Step, t: &'static Texts) -> impl IntoView {
    let q = questionnaire::current();
    let previous = step.previous(q).map(|to| {
        let label = match to {
            Step::Intro => t.back_to_intro,
            _ => t.previous_theme,
        };
        view! { <a href=Route::step(id, to).to_path() class="button">{label}</a> }
    });
    let next = step.next(q).map(|to| {
        let label = match (step, to) {
            (Step::Intro, _) => t.start_questions,
            (_, Step::Style) => t.to_style,
            (_, Step::Signals) => t.to_signals,
            _ => t.next_theme,
        };
        // Forward is the main way on: the primary button on every step.
        let class = "button primary";
        view! { <a href=Route::step(id, to).to_path() class=class>{label}</a> }
    });
    let results_class = if step == Step::Signals {
        "button primary"
    } else {
        "button"
    };
    let results = (step != Step::Intro).then(
        || view! { <a href=Route::results(id).to_path() class=results_class>{t.to_results}</a> },
    );
    view! {
        <nav class="step-nav" aria-label=t.step_nav_label>
            {previous}
            {next}
            {results}
        </nav>
    }
}
