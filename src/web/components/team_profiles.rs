use super::chart_figure::ChartFigure;
use crate::domain::chart::{quadrant_chart, QuadrantChart};
use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::domain::scoring::profile::{Archetype, UNCLEAR_ID};
use crate::domain::scoring::scores::shown;
use crate::domain::team::TeamReport;
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;

/// The team's profiles: every respondent on the drive × grounding quadrant with
/// the team mean, how many have each profile, and the themes furthest apart.
#[component]
pub fn TeamProfiles(
    report: TeamReport<'static>,
    /// The names the respondents are listed under, in the same order.
    names: Vec<String>,
    /// Labels for the points: the respondent's label, or their number.
    markers: Vec<String>,
) -> impl IntoView {
    let app = use_app();
    let (r, tt) = (app.t().results(), app.t().team());
    let locale: Locale = app.locale.get_untracked();
    let tx = texts(locale);
    let quadrants = [
        Archetype::FlemishFollower,
        Archetype::Balanced,
        Archetype::Starter,
        Archetype::DutchEnthusiast,
    ]
    .map(|a| tx.archetype(a));
    let others: Vec<(f64, f64, String)> = report
        .points
        .iter()
        .zip(&markers)
        .filter_map(|(p, m)| p.map(|p| (p.drive.value, p.grounding.value, m.clone())))
        .collect();
    let rows: Vec<(String, String)> = report
        .points
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (p, name))| {
            let value = p.map_or_else(
                || r.profile_unknown.to_owned(),
                |p| {
                    (r.quadrant_desc)(
                        shown(p.drive.value),
                        shown(p.grounding.value),
                        &tx.profile_name(&p),
                    )
                },
            );
            (format!("{}. {name}", i + 1), value)
        })
        .collect();
    let chart = QuadrantChart {
        title: tt.quadrant_title.to_owned(),
        description: rows
            .iter()
            .map(|(n, v)| format!("{n}: {v}"))
            .collect::<Vec<_>>()
            .join(locale.semicolon()),
        x_label: format!("{} →", r.drive),
        y_label: format!("{} →", r.grounding),
        quadrants,
        point: report.mean_point.map(|p| (p.drive, p.grounding)),
        point_label: tt.radar_team.to_owned(),
        others,
    };
    let counts = report.profile_counts;
    let none = counts.none;
    // Each profile with its one line, then how many have it.
    let text_of = |id: &str| {
        questionnaire::current()
            .profile(id)
            .map(|p| {
                (
                    p.name.get(locale).to_owned(),
                    p.tagline.get(locale).to_owned(),
                )
            })
            .unwrap_or_default()
    };
    let count_items = Archetype::ALL
        .iter()
        .map(|a| a.id())
        .zip(counts.archetypes)
        .chain([(UNCLEAR_ID, counts.unclear)])
        .map(|(id, n)| {
            let (name, tagline) = text_of(id);
            view! {
                <li>
                    {(tt.profile_count)(&name, n)}
                    <span class="profile-tagline">{tagline}</span>
                </li>
            }
        })
        .collect_view();
    let leaning = (counts.leaning > 0)
        .then(|| view! { <p class="hint">{(tt.profile_leaning)(counts.leaning)}</p> });
    let widest = report
        .widest
        .iter()
        .map(|d| {
            let line = (tt.widest_line)(&tx.dimension(d.dimension), &locale.one_decimal(d.spread));
            view! { <li>{line}</li> }
        })
        .collect_view();
    view! {
        <section class="team-profiles" aria-labelledby="team-profiles-title">
            <h2 id="team-profiles-title">{tt.profiles_title}</h2>
            <p>{tt.profiles_intro}</p>
            <div class="profile-layout">
                <div>
                    <ul class="profile-counts">
                        {count_items}
                        {(none > 0).then(|| view! { <li>{(tt.no_profile_count)(none)}</li> })}
                    </ul>
                    {leaning}
                    <h3>{tt.widest_title}</h3>
                    {if report.widest.is_empty() {
                        view! { <p>{tt.widest_none}</p> }.into_any()
                    } else {
                        view! { <ul class="widest">{widest}</ul> }.into_any()
                    }}
                </div>
                <ChartFigure
                    svg=quadrant_chart(&chart).unwrap_or_default()
                    caption=tt.quadrant_title.to_owned()
                    headers=[tt.col_people, r.profile_title]
                    rows
                    class="quadrant"
                />
            </div>
        </section>
    }
}
