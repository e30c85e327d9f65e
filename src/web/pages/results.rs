use super::not_found::missing;
use crate::domain::report::Report;
use crate::domain::{questionnaire, steps};
use crate::i18n::choice_label;
use crate::web::components::{
    ResultB2b, ResultCharts, ResultGaps, ResultPlan, ResultProfile, ResultSummary, ResultWarnings,
};
use crate::web::{browser, routes, state::use_app};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// The results of one assessment: the headline numbers, profile, charts, warnings,
/// gaps and plan; printed, it is a one-page report.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let q = questionnaire::current();
    move || {
        let t = app.t();
        let r = app.rt();
        let locale = app.locale.get();
        let id = params.read().get("id").unwrap_or_default();
        let Some(assessment) = app.saved.with(|s| s.assessment(&id).cloned()) else {
            return missing(t, t.unknown_assessment);
        };
        let report = Arc::new(Report::new(q, &assessment));
        let for_b2b = matches!(
            assessment.context.get("market").map(String::as_str),
            Some("b2b" | "both")
        );
        let date = browser::format_date(assessment.updated_ms, locale.date_tag());
        let title = if assessment.label.trim().is_empty() {
            t.results_title.to_owned()
        } else {
            assessment.label.clone()
        };
        let answers = q
            .questions()
            .map(|question| {
                let answer = assessment
                    .choice(&question.id)
                    .map_or_else(|| t.no_answer.to_owned(), |c| choice_label(c, locale));
                view! {
                    <tr>
                        <th scope="row">{question.text.get(locale).to_owned()}</th>
                        <td>{answer}</td>
                    </tr>
                }
            })
            .collect_view();
        let resume = routes::step(&id, steps::resume(q, &assessment));
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
                    <p class="eyebrow">{t.results_title}</p>
                    <h1>{title}</h1>
                    <p class="report-meta">{(r.report_meta)(&date, assessment.revision)}</p>
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
                <details class="answers-block no-print">
                    <summary>{r.answers_title}</summary>
                    <table class="answers">
                        <thead>
                            <tr>
                                <th scope="col">{t.col_question}</th>
                                <th scope="col">{t.col_answer}</th>
                            </tr>
                        </thead>
                        <tbody>{answers}</tbody>
                    </table>
                </details>
                <nav class="report-actions no-print" aria-label=r.actions_label>
                    <button type="button" class="primary" on:click=|_| browser::print()>{r.print}</button>
                    <A href=resume attr:class="button">{t.back_to_questions}</A>
                    <A href=routes::method() attr:class="button">{r.method_link}</A>
                </nav>
            </article>
        }
        .into_any()
    }
}
