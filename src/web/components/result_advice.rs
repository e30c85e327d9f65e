use crate::domain::advice::Source;
use crate::domain::answers::Choice;
use crate::domain::report::Report;
use crate::domain::scoring::shown;
use crate::i18n::choice_label;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// The top gaps with their next steps.
#[component]
pub fn ResultGaps(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let r = app.rt();
    let locale = app.locale.get_untracked();
    let gaps = report
        .gaps
        .iter()
        .map(|gap| {
            let d = gap.score.dimension;
            let steps = gap
                .steps
                .iter()
                .map(|step| {
                    view! {
                        <li>
                            <span class="step-question">{step.question.text.get(locale).to_owned()}</span>
                            <span class="step-from">{(r.step_from)(&choice_label(Choice::Level(step.level), locale))}</span>
                            " "
                            <span class="step-next">{step.instruction().get(locale).to_owned()}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="gap">
                    <h3>
                        {(r.gap_heading)(&format!("{}. {}", d.number, d.title.get(locale)), shown(gap.score.score))}
                        {gap.profile_focus.then(|| view! { <span class="tag">{r.gap_focus}</span> })}
                    </h3>
                    <ul class="steps">{steps}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="gaps" aria-labelledby="gaps-title">
            <h2 id="gaps-title">{r.gaps_title}</h2>
            <p class="hint">{r.gaps_intro}</p>
            <ol class="gap-list">{gaps}</ol>
        </section>
    }
}

/// The 90-day plan: three first moves.
#[component]
pub fn ResultPlan(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let r = app.rt();
    let locale = app.locale.get_untracked();
    let moves = report
        .plan
        .iter()
        .map(|m| {
            let source = match m.source {
                Source::Profile(_) => r.plan_from_profile.to_owned(),
                Source::Gap(d) => (r.plan_from_gap)(d.title.get(locale)),
            };
            view! {
                <li>
                    <strong class="plan-when">{(r.by_day)(m.by_day)}</strong>
                    <span class="plan-what">{m.text.get(locale).to_owned()}</span>
                    <span class="plan-source">{format!("({source})")}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{r.plan_title}</h2>
            <ol class="plan-list">{moves}</ol>
        </section>
    }
}

/// A warning with its explanation for each sign of overdoing it answered "yes".
#[component]
pub fn ResultWarnings(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let r = app.rt();
    let locale = app.locale.get_untracked();
    let body = if report.warnings.is_empty() {
        view! { <p>{r.warnings_none}</p> }.into_any()
    } else {
        let items = report
            .warnings
            .iter()
            .map(|s| {
                view! {
                    <li class="warning">
                        <strong>{s.text.get(locale).to_owned()}</strong>
                        <p>{s.why.get(locale).to_owned()}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="warning-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="warnings" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{r.warnings_title}</h2>
            {body}
        </section>
    }
}
