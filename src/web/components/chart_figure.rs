use leptos::prelude::*;

/// A chart drawn by the domain (an SVG string in which plotters and
/// `domain::chart` escaped every text) with the same numbers as a table, so
/// screen readers and people who prefer numbers get them too.
#[component]
pub fn ChartFigure(
    svg: String,
    caption: String,
    headers: [&'static str; 2],
    rows: Vec<(String, String)>,
    /// Class of the figure, for layout and print.
    #[prop(default = "")]
    class: &'static str,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>{value}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class=format!("chart {class}")>
            <div class="chart-svg" inner_html=svg></div>
            <figcaption>{caption}</figcaption>
            // A table cannot shrink to the 1 px of `visually-hidden`; its wrapper can.
            <div class="visually-hidden">
            <table class="numbers">
                <thead>
                    <tr>
                        <th scope="col">{headers[0]}</th>
                        <th scope="col">{headers[1]}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </figure>
    }
}
