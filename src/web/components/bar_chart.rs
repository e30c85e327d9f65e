use crate::domain::chart::{bar_chart, BarChart};
use crate::domain::scoring::shown;
use leptos::prelude::*;

/// A bar chart drawn by the domain, with the same numbers as a table.
#[component]
pub fn BarChartFigure(
    chart: BarChart,
    label_header: &'static str,
    value_header: &'static str,
) -> impl IntoView {
    // The SVG is produced by plotters with every text escaped (see domain::chart).
    let svg = bar_chart(&chart).unwrap_or_default();
    let rows = chart
        .bars
        .iter()
        .map(|bar| {
            view! {
                <tr>
                    <th scope="row">{bar.label.clone()}</th>
                    <td>{shown(bar.value)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <div class="chart-svg" inner_html=svg></div>
            <figcaption>{chart.title.clone()}</figcaption>
            <table class="numbers">
                <thead>
                    <tr>
                        <th scope="col">{label_header}</th>
                        <th scope="col">{value_header}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
