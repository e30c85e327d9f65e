use super::radar_figure::RadarFigure;
use super::scroll_table::ScrollTable;
use super::team_grid::TeamGrid;
use super::team_profiles::TeamProfiles;
use super::team_steps::TeamSteps;
use crate::domain::chart::{theme_axes, RadarBand, RadarChart, RadarSeries};
use crate::domain::questionnaire;
use crate::domain::questionnaire::wording::{self, Country};
use crate::domain::scoring::profile::{Archetype, UNCLEAR_ID};
use crate::domain::scoring::scores::shown;
use crate::domain::share::SharedResult;
use crate::domain::team::{StyleAgreement, TeamReport};
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;

/// The team's numbers: size, stage, profile, per-theme table, radar with the
/// team's range, and the questions people disagree on most.
#[component]
pub fn TeamReportView(
    results: Vec<SharedResult>,
    /// The names the respondents are listed under, in the same order.
    names: Vec<String>,
) -> impl IntoView {
    let app = use_app();
    let (t, r, tt) = (app.t(), app.t().results(), app.t().team());
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let report = TeamReport::new(q, &results);
    // Points on the quadrant carry the respondent's number (as in the list and
    // the grid): names, even cut short, collide when they share a beginning.
    let markers: Vec<String> = (1..=results.len()).map(|n| n.to_string()).collect();
    let revisions = report.revisions.mixed().then(|| {
        let list = report
            .revisions
            .revisions
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        (tt.revisions_note)(
            &list,
            report.revisions.shared,
            report.revisions.left_out.len(),
        )
    });
    let stage = report.stage.map(|s| {
        let name = q.level_names[s.level.index()].get(locale);
        let weakest = format!(
            "{}. {} ({})",
            s.weakest.dimension.number,
            s.weakest.dimension.title.get(locale),
            shown(s.weakest.score)
        );
        ((t.stage_value)(s.level.get(), name), weakest)
    });
    // The team's styles: how many have each profile, and whether they agree. A
    // team has no profile of its own (the mean is only a point on the quadrant).
    let counts = report.profile_counts;
    let styles = Archetype::ALL
        .iter()
        .zip(counts.archetypes)
        .map(|(&a, n)| (texts(locale).archetype(a), n))
        .chain([(unclear_name(locale), counts.unclear)])
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| (tt.profile_count)(&name, n))
        .collect::<Vec<_>>()
        .join(" · ");
    let agreement = match counts.agreement() {
        StyleAgreement::NoProfiles => tt.agree_none.to_owned(),
        StyleAgreement::One => tt.agree_one.to_owned(),
        StyleAgreement::Agree(a) => {
            (tt.agree_all)(&texts(locale).archetype(a), counts.with_profile())
        }
        StyleAgreement::Split => tt.agree_split.to_owned(),
    };
    let of = |id: &str, pick: fn(&crate::domain::team::DimensionStats) -> f64| {
        report
            .dimensions
            .iter()
            .find(|d| d.dimension.id == id)
            .map(pick)
    };
    let chart = RadarChart {
        title: tt.radar_team.to_owned(),
        description: report
            .dimensions
            .iter()
            .map(|d| {
                format!(
                    "{}. {}: {} ({}–{})",
                    d.dimension.number,
                    d.dimension.title.get(locale),
                    shown(d.mean),
                    shown(d.min),
                    shown(d.max)
                )
            })
            .collect::<Vec<_>>()
            .join(locale.semicolon()),
        axes: theme_axes(q),
        main: RadarSeries {
            name: tt.radar_team.to_owned(),
            values: q.dimensions.iter().map(|d| of(&d.id, |s| s.mean)).collect(),
        },
        references: Vec::new(),
        band: Some(RadarBand {
            name: tt.band_name.to_owned(),
            min: q.dimensions.iter().map(|d| of(&d.id, |s| s.min)).collect(),
            max: q.dimensions.iter().map(|d| of(&d.id, |s| s.max)).collect(),
        }),
    };
    let rows = report
        .dimensions
        .iter()
        .map(|d| {
            view! {
                <tr>
                    <th scope="row">{texts(locale).dimension(d.dimension)}</th>
                    <td>{shown(d.mean)}</td>
                    <td>{format!("{}–{}", shown(d.min), shown(d.max))}</td>
                    <td>{locale.one_decimal(d.spread)}</td>
                    <td>{d.respondents}</td>
                </tr>
            }
        })
        .collect_view();
    let disagreements = report
        .disagreements
        .iter()
        .map(|d| {
            let given = names
                .iter()
                .zip(&d.levels)
                .map(|(name, level)| {
                    format!(
                        "{name} {}",
                        level.map_or_else(|| "–".to_owned(), |l| l.to_string())
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    <span class="step-question">{wording::localized(q, &d.question.text, locale, Country::Other)}</span>
                    <span class="step-from">{(tt.levels_given)(&given)}</span>
                </li>
            }
        })
        .collect_view();
    let table_rows: Vec<(String, String)> = report
        .dimensions
        .iter()
        .map(|d| {
            (
                texts(locale).dimension(d.dimension),
                shown(d.mean).to_string(),
            )
        })
        .collect();
    view! {
        <section class="team-summary" aria-labelledby="team-summary-title">
            <h2 id="team-summary-title">{(tt.team_size)(report.respondents)}</h2>
            {revisions.map(|note| view! { <p class="notice revisions-note" role="note">{note}</p> })}
            <dl class="headline">
                {stage.map(|(stage, weakest)| view! {
                    <div><dt>{r.stage_label}</dt><dd><strong class="stage-value">{stage}</strong></dd></div>
                    <div><dt>{r.weakest_label}</dt><dd><strong class="weakest-value">{weakest}</strong></dd></div>
                })}
                <div>
                    <dt>{tt.styles_label}</dt>
                    <dd>
                        {(!styles.is_empty()).then(|| view! { <strong class="team-styles">{styles}</strong> })}
                        <span class="style-agreement">{agreement}</span>
                        <span>{(tt.majority_note)(report.majority_signals)}</span>
                    </dd>
                </div>
            </dl>
        </section>
        // The scrolling table is the named region; the section stays unnamed.
        <section>
            <ScrollTable
                id="team-table-title"
                title=tt.table_title
                class="team-table"
                headers=vec![t.col_dimension, tt.col_mean, tt.col_range, tt.col_spread, tt.col_people]
            >
                {rows}
            </ScrollTable>
            <div class="team-radar">
                <RadarFigure chart headers=[t.col_dimension, tt.col_mean] rows=table_rows/>
            </div>
            <p class="hint">{tt.spread_note}</p>
            <TeamGrid report=report.clone() names=names.clone()/>
        </section>
        <TeamSteps report=report.clone()/>
        <TeamProfiles report=report.clone() names=names.clone() markers/>
        <section aria-labelledby="disagree-title" class="disagree">
            <h2 id="disagree-title">{tt.disagree_title}</h2>
            {if report.disagreements.is_empty() {
                view! { <p>{tt.disagree_none}</p> }.into_any()
            } else {
                view! { <ul class="steps disagreements">{disagreements}</ul> }.into_any()
            }}
        </section>
    }
}

/// The name of "no clear profile yet", as the profile texts give it.
fn unclear_name(locale: crate::domain::locale::Locale) -> String {
    questionnaire::current()
        .profile(UNCLEAR_ID)
        .map(|p| p.name.get(locale).to_owned())
        .unwrap_or_default()
}
