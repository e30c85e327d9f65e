use super::not_found::missing;
use crate::domain::questionnaire;
use crate::domain::questionnaire::applicability;
use crate::domain::questionnaire::steps::Step;
use crate::domain::questionnaire::wording::{self, Country};
use crate::domain::scoring::report::Report;
use crate::i18n::texts;
use crate::web::components::{ReportView, SharePanel};
use crate::web::route::continue_path;
use crate::web::{
    browser,
    route::{use_route, Route},
    state::use_app,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The results of one of the user's assessments: the report, sharing, the
/// answers given and what to do next; printed, it is a one-page report.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let app = use_app();
    let route = use_route();
    let q = questionnaire::current();
    let id = Memo::new(move |_| match route.get() {
        Some(Route::Results { id }) => id,
        _ => String::new(),
    });
    // Rebuilt only when this assessment changes, not when another tab saves
    // another one, so the page keeps its own toggles.
    let assessment = app.assessment(move || id.get());
    move || {
        let t = app.t();
        let r = app.t().results();
        let locale = app.locale.get();
        let id = id.get();
        let Some(assessment) = assessment.get() else {
            return missing(t, t.unknown_assessment);
        };
        let report = Arc::new(Report::new(q, &assessment));
        let date = browser::format_date(assessment.updated_ms, locale);
        let title = if assessment.label.trim().is_empty() {
            t.results_title.to_owned()
        } else {
            assessment.label.clone()
        };
        let answers = q
            .questions()
            .map(|question| {
                let answer = applicability::effective_choice(question, &assessment)
                    .map_or_else(|| t.no_answer.to_owned(), |c| texts(locale).choice(c));
                let text = wording::localized(q, &question.text, locale, Country::of(&assessment));
                view! {
                    <tr>
                        <th scope="row">{text}</th>
                        <td>{answer}</td>
                    </tr>
                }
            })
            .collect_view();
        let resume = continue_path(q, &assessment);
        // A result without a score has nothing worth sending yet.
        let share = report
            .overall
            .is_some()
            .then(|| view! { <SharePanel assessment=assessment.clone()/> });
        view! {
            <ReportView
                report
                eyebrow=t.results_title
                title
                meta=(r.report_meta)(&date, assessment.revision)
                style_href=Route::step(&id, Step::Style).to_path()
            >
                {share}
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
                    <a href=resume.clone() class="button">{t.back_to_questions}</a>
                    <a href=Route::Method.to_path() class="button">{r.method_link}</a>
                </nav>
            </ReportView>
        }
        .into_any()
    }
}
