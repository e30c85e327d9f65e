use super::chart_figure::ChartFigure;
use super::radar_figure::RadarFigure;
use crate::domain::answers::Level;
use crate::domain::chart::{bar_chart, theme_axes, Bar, BarChart, RadarChart, RadarSeries};
use crate::domain::questionnaire;
use crate::domain::scoring::report::Report;
use crate::domain::scoring::scores::{level_mean_to_score, shown};
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// The stages whose line can be drawn on the radar: each at the mean level the
/// stage asks of every theme.
const STAGE_LINES: [u8; 4] = [2, 3, 4, 5];

/// The radar of all themes with optional stage lines, and a bar per theme.
#[component]
pub fn ResultCharts(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    // The line of the next stage up is shown by default.
    let next_stage = report
        .stage
        .map_or(2, |s| (s.level.get() + 1).min(Level::MAX));
    let overlays = RwSignal::new(vec![next_stage]);
    let values: Vec<Option<f64>> = q
        .dimensions
        .iter()
        .map(|d| report.score_of(&d.id))
        .collect();
    let rows: Vec<(String, String)> = q
        .dimensions
        .iter()
        .zip(&values)
        .map(|(d, v)| {
            let value = v.map_or_else(|| r.not_answered.to_owned(), |v| shown(v).to_string());
            (texts(locale).dimension(d), value)
        })
        .collect();
    let description = rows
        .iter()
        .map(|(name, value)| format!("{name}: {value}"))
        .collect::<Vec<_>>()
        .join(locale.semicolon());
    let radar = {
        let (rows, description) = (rows.clone(), description.clone());
        move || {
            let chart = RadarChart {
                title: r.radar_title.to_owned(),
                description: description.clone(),
                axes: theme_axes(q),
                main: RadarSeries {
                    name: r.your_scores.to_owned(),
                    values: values.clone(),
                },
                references: overlays
                    .get()
                    .into_iter()
                    .map(|stage| RadarSeries {
                        name: (r.stage_line)(stage),
                        values: q
                            .dimensions
                            .iter()
                            .map(|_| Some(level_mean_to_score(f64::from(stage))))
                            .collect(),
                    })
                    .collect(),
                band: None,
            };
            view! {
                <RadarFigure chart headers=[t.col_dimension, t.col_score] rows=rows.clone()/>
            }
        }
    };
    let toggles = STAGE_LINES
        .into_iter()
        .map(|a| {
            let checked = move || overlays.with(|o| o.contains(&a));
            let toggle = move |_| {
                overlays.update(|o| match o.iter().position(|x| *x == a) {
                    Some(i) => {
                        o.remove(i);
                    }
                    None => o.push(a),
                })
            };
            view! {
                <label class="toggle">
                    <input type="checkbox" prop:checked=checked on:change=toggle/>
                    {(r.stage_line)(a)}
                </label>
            }
        })
        .collect_view();
    let bars = BarChart {
        title: t.chart_title.to_owned(),
        description,
        bars: report
            .scores
            .iter()
            .map(|s| Bar {
                label: texts(locale).dimension(s.dimension),
                value: s.score,
            })
            .collect(),
    };
    let key = q
        .dimensions
        .iter()
        .map(|d| view! { <li>{d.title.get(locale)}</li> })
        .collect_view();
    let bar_rows = bars
        .bars
        .iter()
        .map(|b| (b.label.clone(), shown(b.value).to_string()))
        .collect();
    view! {
        <section class="themes" aria-labelledby="themes-title">
            <h2 id="themes-title">{r.radar_title}</h2>
            <div class="themes-layout">
                <div class="radar-block">
                    {radar}
                    // On paper the radar's numbers need their themes beside them.
                    <ol class="print-only radar-key">{key}</ol>
                    <fieldset class="overlays no-print">
                        <legend>{r.references_legend}</legend>
                        {toggles}
                        <p class="hint">{r.references_note}</p>
                    </fieldset>
                </div>
                <ChartFigure
                    svg=bar_chart(&bars).unwrap_or_default()
                    caption=t.chart_title.to_owned()
                    headers=[t.col_dimension, t.col_score]
                    rows=bar_rows
                    class="bars no-print"
                />
            </div>
        </section>
    }
}
