use super::chart_figure::ChartFigure;
use crate::domain::chart::{quadrant_chart, QuadrantChart};
use crate::domain::locale::{Locale, Localized};
use crate::domain::questionnaire;
use crate::domain::scoring::profile::{Archetype, AxisScore, Clarity, Profile, LEAN_BAND, SPLIT};
use crate::domain::scoring::report::Report;
use crate::domain::scoring::scores::shown;
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// How one axis was reached, in words.
fn axis_calc(name: &str, axis: &AxisScore) -> String {
    let r = use_app().t().results();
    (r.axis_calc)(name, axis.style_items, axis.of, shown(axis.value))
}

/// A name as a heading starts: "Neigt naar In balans" for "neigt naar In balans".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// For a profile that only leans: which axis is close to the middle.
fn clarity_note(p: &Profile) -> Option<String> {
    let r = use_app().t().results();
    let near = |v: f64| (v - SPLIT).abs() <= LEAN_BAND;
    (p.clarity == Clarity::Leans).then(|| {
        let (name, value) = if near(p.drive.value) {
            (r.drive, p.drive.value)
        } else {
            (r.grounding, p.grounding.value)
        };
        (r.clarity_note)(name, shown(value))
    })
}

fn list(title: &'static str, items: &[Localized], locale: Locale) -> impl IntoView {
    let items = items
        .iter()
        .map(|i| view! { <li>{i.get(locale).to_owned()}</li> })
        .collect_view();
    view! {
        <div class="profile-list">
            <h3>{title}</h3>
            <ul>{items}</ul>
        </div>
    }
}

/// The profile with its text and the drive × grounding quadrant.
#[component]
pub fn ResultProfile(report: Arc<Report<'static>>, style_href: Option<String>) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let profile = report.profile;
    let text = profile.and_then(|p| q.profile(p.text_id()));
    let tx = texts(locale);
    let missing = report.statements_missing;
    let body = match (profile, text) {
        (Some(p), Some(text)) => view! {
            <p class="profile-name">{capitalised(&tx.profile_name(&p))}</p>
            <p class="profile-tagline">{tx.profile_tagline(&p)}</p>
            {clarity_note(&p).map(|note| view! { <p class="profile-clarity">{note}</p> })}
            <p class="profile-summary">{text.summary.get(locale).to_owned()}</p>
            <div class="profile-lists">
                {list(r.strengths, &text.strengths, locale)}
                {list(r.risks, &text.risks, locale)}
                {list(r.first_moves, &text.first_moves, locale)}
            </div>
            <details class="calc">
                <summary>{r.calc_summary}</summary>
                <p>{axis_calc(r.drive, &p.drive)}</p>
                <p>{axis_calc(r.grounding, &p.grounding)}</p>
            </details>
        }
        .into_any(),
        _ => view! {
            <p>{(r.profile_missing)(missing)}</p>
            {style_href.map(|href| view! { <p><a href=href class="button">{r.style_link}</a></p> })}
        }
        .into_any(),
    };
    let quadrants = [
        Archetype::FlemishFollower,
        Archetype::Balanced,
        Archetype::Starter,
        Archetype::DutchEnthusiast,
    ]
    .map(|a| texts(locale).archetype(a));
    let description = profile.map_or_else(
        || r.profile_none.to_owned(),
        |p| {
            (r.quadrant_desc)(
                shown(p.drive.value),
                shown(p.grounding.value),
                &texts(locale).profile_name(&p),
            )
        },
    );
    let chart = QuadrantChart {
        title: r.quadrant_title.to_owned(),
        description,
        x_label: format!("{} →", r.drive),
        y_label: format!("{} →", r.grounding),
        quadrants,
        point: profile.map(|p| (p.drive.value, p.grounding.value)),
        point_label: r.you.to_owned(),
        others: Vec::new(),
    };
    let rows = profile
        .map(|p| {
            vec![
                (r.drive.to_owned(), shown(p.drive.value).to_string()),
                (r.grounding.to_owned(), shown(p.grounding.value).to_string()),
                (r.profile_title.to_owned(), texts(locale).profile_name(&p)),
            ]
        })
        .unwrap_or_default();
    view! {
        <section class="profile" aria-labelledby="profile-title">
            <h2 id="profile-title">{r.profile_title}</h2>
            <div class="profile-layout">
                <div class="profile-text">{body}</div>
                <ChartFigure
                    svg=quadrant_chart(&chart).unwrap_or_default()
                    caption=r.quadrant_title.to_owned()
                    headers=[r.col_measure, r.col_value]
                    rows
                    class="quadrant"
                />
            </div>
            <p class="labels-note">{r.labels_note}</p>
        </section>
    }
}
