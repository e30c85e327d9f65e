use crate::domain::answers::Choice;
use crate::domain::locale::Localized;
use crate::domain::questionnaire;
use crate::domain::questionnaire::wording;
use crate::domain::questionnaire::Measure;
use crate::domain::questionnaire::SignalSide;
use crate::domain::scoring::report::Report;
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// The top steps: per practice the next step, its owner, deliverable and measure
/// (those two once `details` says they are loaded).
#[component]
pub fn ResultGaps(report: Arc<Report<'static>>, details: RwSignal<Option<bool>>) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let country = report.country;
    let fill = move |text: &'static Localized| {
        wording::fill(q, text.get(locale), locale, country).into_owned()
    };
    let gaps = report
        .gaps
        .iter()
        .map(|gap| {
            let gap = *gap;
            let d = gap.dimension;
            let owner = gap.owner(q).map(|role| role.name_for(report.size).get(locale).to_owned()).unwrap_or_default();
            let facts = move || match details.get() {
                Some(true) => gap.details(q).map(|x| {
                    view! {
                        <dt>{r.deliverable_label}</dt>
                        <dd>{fill(&x.deliverable)}</dd>
                        <dt>{r.measure_label}</dt>
                        <dd>{measure_view(&x.measure, fill)}</dd>
                    }
                    .into_any()
                }),
                Some(false) => Some(view! { <dt>{r.deliverable_label}</dt><dd>{r.details_failed}</dd> }.into_any()),
                None => Some(view! { <dt>{r.deliverable_label}</dt><dd class="hint">{r.details_loading}</dd> }.into_any()),
            };
            view! {
                <li class="gap">
                    <h3>{fill(&gap.question.text)}</h3>
                    <p class="gap-theme">
                        {texts(locale).dimension(d)}
                        {gap.profile_move.then(|| view! { " " <span class="tag">{r.gap_focus}</span> })}
                        {gap.keeps_learning().then(|| view! { " " <span class="tag">{r.keep_learning}</span> })}
                    </p>
                    <p>
                        <span class="step-from">{(r.step_from)(&texts(locale).choice(Choice::Level(gap.level)))}</span>
                        " "
                        <span class="step-next">{move || {
                            details.track();
                            gap.instruction(q).map(fill)
                        }}</span>
                    </p>
                    <dl class="gap-facts">
                        <dt>{r.owner_label}</dt>
                        <dd>{owner}</dd>
                        {facts}
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="gaps" aria-labelledby="gaps-title">
            <h2 id="gaps-title">{r.gaps_title}</h2>
            <p class="hint">{r.gaps_intro}</p>
            <ol class="gap-list">{gaps}</ol>
        </section>
    }
}

/// A measure: what is counted, from where to where in 90 days, and where it is read.
fn measure_view(m: &'static Measure, fill: impl Fn(&'static Localized) -> String) -> impl IntoView {
    let r = use_app().t().results();
    view! {
        {fill(&m.what)}
        <span class="measure-parts">
            <span>{format!("{} {}", r.start_label, fill(&m.start))}</span>
            <span>{format!("{} {}", r.target_label, fill(&m.target))}</span>
            <span>{format!("{} {}", r.source_label, fill(&m.source))}</span>
        </span>
    }
}

/// A warning with its explanation for each sign of overdoing it answered "yes".
#[component]
pub fn ResultWarnings(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let body = if report.warnings.is_empty() {
        view! { <p>{r.warnings_none}</p> }.into_any()
    } else {
        let items = report
            .warnings
            .iter()
            .map(|s| {
                view! {
                    <li class="warning">
                        <span class="tag">{match s.side {
                            SignalSide::Overreaction => r.overreaction_label,
                            SignalSide::HoldingBack => r.holding_back_label,
                        }}</span>
                        " "
                        <strong>{s.text.get(locale).to_owned()}</strong>
                        <p>{s.why.get(locale).to_owned()}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="warning-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="warnings" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{r.warnings_title}</h2>
            {body}
        </section>
    }
}
