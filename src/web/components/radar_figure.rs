use super::chart_figure::ChartFigure;
use crate::domain::chart::{radar_chart, RadarChart};
use leptos::prelude::*;

/// A radar over the themes as a figure: the SVG with its title and description,
/// and the same numbers as a table beside it.
#[component]
pub fn RadarFigure(
    chart: RadarChart,
    headers: [&'static str; 2],
    rows: Vec<(String, String)>,
) -> impl IntoView {
    let caption = chart.title.clone();
    view! { <ChartFigure svg=radar_chart(&chart).unwrap_or_default() caption headers rows class="radar"/> }
}
