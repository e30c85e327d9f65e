use super::not_found::missing;
use crate::domain::chart::{Bar, BarChart};
use crate::domain::{questionnaire, scoring, steps};
use crate::i18n::choice_label;
use crate::web::components::BarChartFigure;
use crate::web::{routes, state::use_app};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// Scores of one assessment: a chart per dimension and the answers given.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let q = questionnaire::current();
    move || {
        let t = app.t();
        let locale = app.locale.get();
        let id = params.read().get("id").unwrap_or_default();
        let Some(assessment) = app.saved.with(|s| s.assessment(&id).cloned()) else {
            return missing(t, t.unknown_assessment);
        };
        let bars: Vec<Bar> = q
            .dimensions
            .iter()
            .filter_map(|d| {
                let value = scoring::dimension_score(d, &assessment)?;
                Some(Bar {
                    label: d.title.get(locale).to_owned(),
                    value,
                })
            })
            .collect();
        let description = if bars.is_empty() {
            t.chart_desc_none.to_owned()
        } else {
            bars.iter()
                .map(|b| format!("{}: {}", b.label, scoring::shown(b.value)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let chart = BarChart {
            title: t.chart_title.to_owned(),
            description,
            bars,
        };
        let answered = assessment.answered_count(q);
        let total = q.question_count();
        let answers = q
            .questions()
            .map(|question| {
                let answer = match assessment.choice(&question.id) {
                    None => t.no_answer.to_owned(),
                    Some(choice) => choice_label(choice, locale),
                };
                view! {
                    <tr>
                        <th scope="row">{question.text.get(locale).to_owned()}</th>
                        <td>{answer}</td>
                    </tr>
                }
            })
            .collect_view();
        let resume = routes::step(&id, steps::resume(q, &assessment));
        view! {
            <h1>{t.results_title}</h1>
            {(answered < total).then(|| view! { <p class="notice-inline">{(t.partial_note)(answered, total)}</p> })}
            <BarChartFigure chart label_header=t.col_dimension value_header=t.col_score/>
            <table class="answers">
                <thead>
                    <tr>
                        <th scope="col">{t.col_question}</th>
                        <th scope="col">{t.col_answer}</th>
                    </tr>
                </thead>
                <tbody>{answers}</tbody>
            </table>
            <p><A href=resume attr:class="button">{t.back_to_questions}</A></p>
        }
        .into_any()
    }
}
