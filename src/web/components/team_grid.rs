use crate::domain::questionnaire;
use crate::domain::scoring::scores::{mean, shown};
use crate::domain::team::TeamReport;
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;

/// Respondent × theme: each respondent's overall score and stage, then a score
/// per theme, shaded by its height (a heat map that is also its own table).
#[component]
pub fn TeamGrid(report: TeamReport<'static>, names: Vec<String>) -> impl IntoView {
    let app = use_app();
    let (t, tt) = (app.t(), app.t().team());
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let heads = q
        .dimensions
        .iter()
        .map(|d| {
            let full = texts(locale).dimension(d);
            let title = full.clone();
            view! {
                <th scope="col" title=title>
                    <span aria-hidden="true">{d.number}</span>
                    <span class="visually-hidden">{full}</span>
                </th>
            }
        })
        .collect_view();
    let rows = names
        .iter()
        .zip(&report.scores)
        .zip(&report.overall)
        .enumerate()
        .map(|(i, ((name, scores), (overall, stage)))| {
            let cells = scores
                .iter()
                .map(|s| match s {
                    Some(s) => {
                        let band = (shown(*s) / 20).min(4);
                        view! { <td class=format!("heat heat-{band}")>{shown(*s)}</td> }.into_any()
                    }
                    None => view! { <td class="heat-none">"–"</td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{format!("{}. {name}", i + 1)}</th>
                    <td>{overall.map_or_else(|| "–".to_owned(), |o| shown(o).to_string())}</td>
                    <td>{stage.map_or_else(|| "–".to_owned(), |s| s.to_string())}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    // The team's row: the mean per theme, of the overall scores, and its stage.
    let mean_cells = q
        .dimensions
        .iter()
        .map(|d| {
            let mean = report
                .dimensions
                .iter()
                .find(|x| x.dimension.id == d.id)
                .map(|x| shown(x.mean));
            match mean {
                Some(m) => {
                    view! { <td class=format!("heat heat-{}", (m / 20).min(4))>{m}</td> }.into_any()
                }
                None => view! { <td class="heat-none">"–"</td> }.into_any(),
            }
        })
        .collect_view();
    let overall_mean = mean(report.overall.iter().filter_map(|(o, _)| *o))
        .map_or_else(|| "–".to_owned(), |m| shown(m).to_string());
    let team_stage = report
        .stage
        .map_or_else(|| "–".to_owned(), |s| s.level.get().to_string());
    view! {
        <div class="team-grid-section">
            <h3 id="team-grid-title">{tt.grid_title}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="team-grid-title">
                <table class="team-grid">
                    <thead>
                        <tr>
                            <th scope="col">{tt.col_people}</th>
                            <th scope="col">{tt.col_overall}</th>
                            <th scope="col">{tt.col_stage}</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{tt.radar_team}</th>
                            <td>{overall_mean}</td>
                            <td>{team_stage}</td>
                            {mean_cells}
                        </tr>
                    </tfoot>
                </table>
            </div>
            <p class="hint">{tt.grid_note}" "{t.col_dimension}": "{q.dimensions.iter().map(|d| format!("{}. {}", d.number, d.title.get(locale))).collect::<Vec<_>>().join(locale.semicolon())}</p>
        </div>
    }
}
