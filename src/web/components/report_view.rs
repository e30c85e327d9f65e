use super::result_advice::{ResultGaps, ResultWarnings};
use super::result_b2b::ResultB2b;
use super::result_charts::ResultCharts;
use super::result_plan::ResultPlan;
use super::result_profile::ResultProfile;
use super::result_summary::ResultSummary;
use crate::domain::scoring::report::Report;
use crate::domain::storage::upgrade::WhatsNew;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// A result as a report: heading, headline numbers, profile, charts, warnings,
/// gaps and plan; `children` come after (answers, actions). Shared by the
/// results page and a result opened from a link.
#[component]
pub fn ReportView(
    report: Arc<Report<'static>>,
    eyebrow: &'static str,
    title: String,
    meta: String,
    /// Where to answer the style step, for a result that has no profile yet.
    #[prop(optional)]
    style_href: Option<String>,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    // What changed since the revision it began on: new questions, and each
    // question whose options were rewritten, named.
    let upgraded_text = move |u: &WhatsNew| {
        let new = u.new_questions.len();
        let mut text =
            (new > 0).then(|| (r.upgraded_note)(u.from, u.carried, new, u.kept_aside.len()));
        for x in &u.reworded {
            let line = format!("{} {}", r.reworded_note, x.text.get(locale));
            text = Some(match text {
                Some(t) => format!("{t} {line}"),
                None => line,
            });
        }
        text.unwrap_or_default()
    };
    // B2B readiness leads for business and mixed companies; others open it on request.
    let for_b2b = report.market.b2b_first();
    let b2b = {
        let report = report.clone();
        move |first: bool| {
            (first == for_b2b).then(|| view! { <ResultB2b report=report.clone() for_b2b/> })
        }
    };
    // Without a single scored question there is nothing to chart or plan: the
    // summary says so and points back to the questions.
    let scored = report.overall.is_some();
    let b2b_first = scored.then(|| b2b(true));
    let b2b_last = scored.then(|| b2b(false));
    let charts = scored.then(|| view! { <ResultCharts report=report.clone()/> });
    let plan = scored.then(|| {
        let details = crate::web::language_files::use_step_details();
        view! {
            <ResultGaps report=report.clone() details/>
            <ResultPlan report=report.clone() details/>
        }
    });
    view! {
        <article class="report">
            <header class="report-head">
                <p class="eyebrow">{eyebrow}</p>
                <h1>{title}</h1>
                <p class="report-meta">{meta}</p>
            </header>
            // Only when there is something to say here: new statements alone are
            // marked on the statements step and the home card, not in an empty box.
            {report.upgraded.as_ref().map(upgraded_text).filter(|text| !text.is_empty()).map(|text| view! {
                <section class="notice-inline upgraded" aria-labelledby="upgraded-title">
                    <h2 id="upgraded-title">{t.upgraded_title}</h2>
                    <p>{text}</p>
                </section>
            })}
            {report.is_partial().then(|| view! {
                <p class="notice-inline partial">{(t.partial_note)(report.answered, report.questions)}</p>
            })}
            <ResultSummary report=report.clone()/>
            {b2b_first}
            <ResultProfile report=report.clone() style_href/>
            {charts}
            <ResultWarnings report=report.clone()/>
            {plan}
            {b2b_last}
            {children()}
        </article>
    }
}
