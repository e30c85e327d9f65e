use crate::domain::report::Report;
use crate::web::components::{
    ResultB2b, ResultCharts, ResultGaps, ResultPlan, ResultProfile, ResultSummary, ResultWarnings,
};
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
    /// The company serves business customers: B2B readiness comes first.
    for_b2b: bool,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let b2b = {
        let report = report.clone();
        move |first: bool| {
            (first == for_b2b).then(|| view! { <ResultB2b report=report.clone() for_b2b/> })
        }
    };
    let b2b_first = b2b(true);
    let b2b_last = b2b(false);
    view! {
        <article class="report">
            <header class="report-head">
                <p class="eyebrow">{eyebrow}</p>
                <h1>{title}</h1>
                <p class="report-meta">{meta}</p>
            </header>
            {report.is_partial().then(|| view! {
                <p class="notice-inline partial">{(t.partial_note)(report.answered, report.questions)}</p>
            })}
            <ResultSummary report=report.clone()/>
            {b2b_first}
            <ResultProfile report=report.clone()/>
            <ResultCharts report=report.clone()/>
            <ResultWarnings report=report.clone()/>
            <ResultGaps report=report.clone()/>
            <ResultPlan report=report.clone()/>
            {b2b_last}
            {children()}
        </article>
    }
}

/// Whether an assessment's context says it serves business customers.
pub fn serves_businesses(context: &std::collections::BTreeMap<String, String>) -> bool {
    matches!(
        context.get("market").map(String::as_str),
        Some("b2b" | "both")
    )
}
