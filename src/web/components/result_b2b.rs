use super::chart_figure::ChartFigure;
use crate::domain::chart::{gauge_chart, GaugeChart};
use crate::domain::questionnaire::applicability::Market;
use crate::domain::scoring::report::Report;
use crate::domain::scoring::scores::shown;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// B2B readiness as a gauge with its band; `for_b2b` when the company said it
/// serves business customers.
#[component]
pub fn ResultB2b(report: Arc<Report<'static>>, for_b2b: bool) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let body = match report.b2b {
        None => view! { <p>{r.b2b_none}</p> }.into_any(),
        Some(b2b) => {
            let (band, meaning) = r.band(b2b.band);
            let description = format!("{} {band}. {meaning}", (r.score_of_100)(shown(b2b.score)));
            let chart = GaugeChart {
                title: r.b2b_title.to_owned(),
                description: description.clone(),
                value: b2b.score,
            };
            view! {
                <div class="b2b-layout">
                    <ChartFigure
                        svg=gauge_chart(&chart).unwrap_or_default()
                        caption=r.b2b_title.to_owned()
                        headers=[r.col_measure, r.col_value]
                        rows=vec![(r.b2b_title.to_owned(), shown(b2b.score).to_string())]
                        class="gauge"
                    />
                    <div>
                        <p class="band-name">{band}</p>
                        <p>{meaning}</p>
                        <p class="hint">{(r.b2b_basis)(b2b.levels, b2b.questions)}</p>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    if !for_b2b {
        let consumers = report.market == Market::Consumers;
        return view! {
            <section class="b2b on-request no-print" aria-labelledby="b2b-title">
                <details>
                    <summary><h2 id="b2b-title">{r.b2b_show}</h2></summary>
                    {consumers.then(|| view! { <p class="hint">{r.b2b_consumers_note}</p> })}
                    {body}
                </details>
            </section>
        }
        .into_any();
    }
    view! {
        <section class="b2b prominent" aria-labelledby="b2b-title">
            <h2 id="b2b-title">{r.b2b_title}</h2>
            <p class="notice-inline">{r.b2b_for_you}</p>
            {body}
        </section>
    }
    .into_any()
}
