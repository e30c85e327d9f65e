use crate::domain::locale::Localized;
use crate::domain::questionnaire::{self, in_sentence, wording};
use crate::domain::scoring::plan::Source;
use crate::domain::scoring::report::Report;
use crate::domain::storage::plan_files::{
    plan_csv, plan_ics, plan_rows, CalendarLabels, MeasureLabels,
};
use crate::i18n::texts;
use crate::web::{browser, state::use_app};
use leptos::prelude::*;
use std::sync::Arc;

/// The 90-day plan: three to five actions with their due day and owner, and the
/// plan as a spreadsheet and as calendar entries.
#[component]
pub fn ResultPlan(report: Arc<Report<'static>>, details: RwSignal<Option<bool>>) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let moves = report
        .plan
        .iter()
        .map(|m| {
            let source = match m.source {
                Source::Signal(_) => r.plan_from_signal.to_owned(),
                Source::Gap(question) => q
                    .dimensions
                    .iter()
                    .find(|d| d.questions.iter().any(|x| x.id == question.id))
                    .map(|d| (r.plan_from_gap)(&texts(locale).dimension(d)))
                    .unwrap_or_default(),
            };
            let owner = m.owner.map(|role| (r.plan_owner)(&in_sentence(role.name_for(report.size).get(locale))));
            let m = *m;
            let country = report.country;
            let fill = move |t: &Localized| wording::fill(q, t.get(locale), locale, country).into_owned();
            let text = move || {
                details.track();
                m.text(q).map(fill)
            };
            view! {
                <li>
                    <strong class="plan-when">{(r.by_day)(m.by_day)}</strong>
                    <span class="plan-what">{text}</span>
                    <span class="plan-source">
                        {format!("({source}{})", owner.map(|o| format!("{}{o}", locale.semicolon())).unwrap_or_default())}
                    </span>
                    {m.is_profile_move().then(|| view! { " " <span class="tag">{r.gap_focus}</span> })}
                </li>
            }
        })
        .collect_view();
    let failed = RwSignal::new(false);
    let download = std::rc::Rc::new(move |calendar: bool| {
        let (today, now) = (browser::today(), browser::now_ms());
        let labels = MeasureLabels {
            start: r.start_label,
            target: r.target_label,
            source: r.source_label,
        };
        let rows = plan_rows(
            q,
            &report.plan,
            (locale, report.size, report.country),
            &labels,
            today,
        );
        let (name, mime, text) = if calendar {
            let l = CalendarLabels {
                owner: r.owner_label,
                deliverable: r.deliverable_label,
                measure: r.measure_label,
            };
            ("ics", "text/calendar", plan_ics(&rows, &l, locale, now))
        } else {
            (
                "csv",
                "text/csv",
                plan_csv(
                    &rows,
                    [
                        r.col_owner,
                        r.col_action,
                        r.col_deliverable,
                        r.col_plan_measure,
                        r.col_due,
                    ],
                    locale,
                ),
            )
        };
        let file = format!("klantspiegel-plan-{}.{name}", today.iso());
        failed.set(!browser::download(&file, mime, &text));
    });
    let csv = download.clone();
    let waiting = move || details.get() != Some(true);
    view! {
        <section class="plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{r.plan_title}</h2>
            <p class="hint">{r.plan_intro}</p>
            <ol class="plan-list">{moves}</ol>
            <div class="plan-files no-print">
                <button type="button" on:click=move |_| csv(false) disabled=waiting>{r.plan_csv}</button>
                <button type="button" on:click=move |_| download(true) disabled=waiting>{r.plan_ics}</button>
                <p class="hint">{r.plan_files_hint}</p>
                {move || failed.get().then(|| view! { <p class="error" role="alert">{r.plan_file_failed}</p> })}
            </div>
        </section>
    }
}
