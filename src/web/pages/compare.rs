use super::home::assessment_title;
use crate::domain::assessment::Assessment;
use crate::domain::chart::{theme_axes, RadarChart, RadarSeries};
use crate::domain::compare::{self, Comparison};
use crate::domain::questionnaire::{self, Questionnaire};
use crate::domain::scoring::profile::Profile;
use crate::domain::scoring::report::Report;
use crate::domain::scoring::scores::shown;
use crate::i18n::texts;
use crate::web::components::{RadarFigure, ScrollTable};
use crate::web::router::{use_navigate, Navigate};
use crate::web::{
    route::{use_route, Route},
    state::use_app,
};
use leptos::prelude::*;

/// Two of the user's assessments side by side: the change overall, in stage, in
/// profile and per theme, as a radar and a table. The choice is kept in the address.
#[component]
pub fn ComparePage() -> impl IntoView {
    let app = use_app();
    let route = use_route();
    let navigate = use_navigate();
    let q = questionnaire::current();
    // The ids chosen, or by default the two newest (older one first).
    let chosen = Memo::new(move |_| {
        let pair = match route.get() {
            Some(Route::Compare { pair }) => pair,
            _ => None,
        };
        app.saved.with(|s| {
            let asked = pair.as_ref().map(|(b, a)| (b.as_str(), a.as_str()));
            compare::chosen_pair(&s.assessments, asked)
        })
    });
    let choose = move |before: String, after: String| {
        let options = Navigate {
            replace: true,
            keep_scroll: true,
        };
        navigate(&Route::compare(&before, &after).to_path(), options);
    };
    // Each assessment as an option: its id and the name shown.
    let options = Memo::new(move |_| {
        let (t, locale) = (app.t(), app.locale.get());
        app.saved.with(|s| {
            s.assessments
                .iter()
                .map(|a| (a.id.clone(), assessment_title(a, t, locale)))
                .collect::<Vec<_>>()
        })
    });
    let missing = Memo::new(move |_| match route.get() {
        Some(Route::Compare { pair: Some((b, a)) }) => app
            .saved
            .with(|s| compare::asked_for_missing(&s.assessments, Some((&b, &a)))),
        _ => false,
    });
    let has_two = Memo::new(move |_| chosen.with(|(b, a)| b.is_some() && a.is_some()));
    // The pickers are built once, so a choice made with the arrow keys keeps focus.
    let picker = move |id: &'static str, label: &'static str, first: bool| {
        let current = move || {
            let (before, after) = chosen.get();
            if first {
                before
            } else {
                after
            }
        };
        let items = move || {
            options
                .get()
                .into_iter()
                .map(|(value, name)| {
                    let is_current = value.clone();
                    view! {
                        <option value=value prop:selected=move || current().as_ref() == Some(&is_current)>
                            {name}
                        </option>
                    }
                })
                .collect_view()
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let (before, after) = chosen.get_untracked();
                    let (before, after) = (before.unwrap_or_default(), after.unwrap_or_default());
                    if first { choose(value, after) } else { choose(before, value) }
                }>{items}</select>
            </div>
        }
    };
    let body = move || {
        let (t, c) = (app.t(), app.t().compare());
        let locale = app.locale.get();
        let (Some(before_id), Some(after_id)) = chosen.get() else {
            return ().into_any();
        };
        if before_id == after_id {
            return view! { <p class="notice-inline">{c.same_twice}</p> }.into_any();
        }
        let pair = app.saved.with(|s| {
            Some((
                s.assessment(&before_id)?.clone(),
                s.assessment(&after_id)?.clone(),
            ))
        });
        let Some((before, after)) = pair else {
            return ().into_any();
        };
        let names = (
            assessment_title(&before, t, locale),
            assessment_title(&after, t, locale),
        );
        view! { <ComparisonView q before after names/> }.into_any()
    };
    move || {
        let t = app.t();
        let c = app.t().compare();
        let heading = view! {
            <h1>{c.compare_title}</h1>
            <p class="lead">{c.compare_intro}</p>
        };
        if !has_two.get() {
            return view! {
                {heading}
                <p>{c.need_two}</p>
                <p><a href=Route::Home.to_path() class="button">{t.back_home}</a></p>
            }
            .into_any();
        }
        let missing = missing
            .get()
            .then(|| view! { <p class="notice-inline" role="status">{c.missing_in_link}</p> });
        view! {
            {heading}
            {missing}
            <div class="compare-pick">
                {picker("compare-before", c.before_label, true)}
                {picker("compare-after", c.after_label, false)}
            </div>
            {body}
        }
        .into_any()
    }
}

/// The comparison itself: headline changes, radar, table, biggest moves.
#[component]
fn ComparisonView(
    q: &'static Questionnaire,
    before: Assessment,
    after: Assessment,
    names: (String, String),
) -> impl IntoView {
    let app = use_app();
    let (t, r, c) = (app.t(), app.t().results(), app.t().compare());
    let locale = app.locale.get_untracked();
    let cmp = Comparison::new(q, &before, &after);
    let dash = || "–".to_owned();
    let score = |s: Option<u32>| s.map_or_else(|| c.not_answered.to_owned(), |v| v.to_string());
    let change = |d: Option<i64>| d.map_or_else(dash, |d| (c.change)(d));
    let stage_of = |report: &Report| {
        report
            .stage
            .as_ref()
            .map_or_else(dash, |s| texts(locale).stage(s.level))
    };
    let (profile_before, profile_after) = cmp.profiles();
    let profile_of = |p: Option<Profile>| {
        p.map_or_else(
            || r.profile_unknown.to_owned(),
            |p| texts(locale).profile_name(&p),
        )
    };
    // Each profile's one line, once: the later one, and the earlier one if it differs.
    let taglines = {
        let line = |p: Option<Profile>| p.map(|p| texts(locale).profile_tagline(&p));
        let (before, after) = (line(profile_before), line(profile_after));
        let mut lines: Vec<String> = before.into_iter().collect();
        lines.extend(after.filter(|a| !lines.contains(a)));
        lines
            .into_iter()
            .map(|l| view! { <span class="profile-tagline">{l}</span> })
            .collect_view()
    };
    let overall = (c.from_to)(
        &score(cmp.before.overall.map(shown)),
        &score(cmp.after.overall.map(shown)),
    );
    let row_label = |d: &crate::domain::questionnaire::Dimension| texts(locale).dimension(d);
    let rows = cmp
        .dimensions
        .iter()
        .map(|d| {
            view! {
                <tr>
                    <th scope="row">{row_label(d.dimension)}</th>
                    <td>{score(d.before)}</td>
                    <td>{score(d.after)}</td>
                    <td class="change">{change(d.change())}</td>
                </tr>
            }
        })
        .collect_view();
    let values = |report: &Report| -> Vec<Option<f64>> {
        q.dimensions
            .iter()
            .map(|d| report.score_of(&d.id))
            .collect()
    };
    let chart = RadarChart {
        title: c.chart_title.to_owned(),
        description: (c.chart_desc)(&names.0, &names.1),
        axes: theme_axes(q),
        main: RadarSeries {
            name: names.1.clone(),
            values: values(&cmp.after),
        },
        references: vec![RadarSeries {
            name: names.0.clone(),
            values: values(&cmp.before),
        }],
        band: None,
    };
    let table_rows: Vec<(String, String)> = cmp
        .dimensions
        .iter()
        .map(|d| {
            (
                row_label(d.dimension),
                (c.from_to)(&score(d.before), &score(d.after)),
            )
        })
        .collect();
    let (up, down) = cmp.biggest_moves(3);
    let moves = |list: Vec<&crate::domain::compare::DimensionChange>| {
        list.into_iter()
            .map(|d| view! { <li>{format!("{} ({})", row_label(d.dimension), change(d.change()))}</li> })
            .collect_view()
    };
    let moved = !(up.is_empty() && down.is_empty());
    view! {
        <section class="compare-summary" aria-labelledby="compare-summary-title">
            <h2 id="compare-summary-title">{(c.from_to)(&names.0, &names.1)}</h2>
            <dl class="headline">
                <div>
                    <dt>{c.overall_label}</dt>
                    <dd><strong class="overall-change">{overall}</strong> <span>{change(cmp.overall_change())}</span></dd>
                </div>
                <div>
                    <dt>{c.stage_label}</dt>
                    <dd><strong class="stage-change">{(c.from_to)(&stage_of(&cmp.before), &stage_of(&cmp.after))}</strong></dd>
                </div>
                <div>
                    <dt>{c.profile_label}</dt>
                    <dd>
                        <strong class="profile-change">{(c.from_to)(&profile_of(profile_before), &profile_of(profile_after))}</strong>
                        {taglines}
                    </dd>
                </div>
            </dl>
        </section>
        <section>
            <ScrollTable
                id="compare-table-title"
                title=c.table_title
                class="compare-table"
                headers=vec![t.col_dimension, c.col_before, c.col_after, c.col_change]
            >
                {rows}
            </ScrollTable>
            <div class="team-radar">
                <RadarFigure chart headers=[t.col_dimension, c.col_change] rows=table_rows/>
            </div>
        </section>
        <section aria-labelledby="moves-title">
            <h2 id="moves-title" class="visually-hidden">{c.col_change}</h2>
            {if moved {
                view! {
                    <div class="moves">
                        {(!up.is_empty()).then(|| view! { <div><h3>{c.rose_title}</h3><ul class="rose">{moves(up)}</ul></div> })}
                        {(!down.is_empty()).then(|| view! { <div><h3>{c.fell_title}</h3><ul class="fell">{moves(down)}</ul></div> })}
                    </div>
                }.into_any()
            } else {
                view! { <p>{c.none_moved}</p> }.into_any()
            }}
        </section>
    }
}
