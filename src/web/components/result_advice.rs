use crate::domain::answers::Choice;
use crate::domain::locale::Localized;
use crate::domain::questionnaire;
use crate::domain::questionnaire::wording;
use crate::domain::questionnaire::SignalSide;
use crate::domain::scoring::advice::Source;
use crate::domain::scoring::report::Report;
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// The top gaps: per practice the next step, its owner, deliverable and measure.
#[component]
pub fn ResultGaps(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let fill = |text: &'static Localized| {
        wording::fill(q, text.get(locale), locale, report.country).into_owned()
    };
    let gaps = report
        .gaps
        .iter()
        .map(|gap| {
            let d = gap.dimension;
            let owner = gap.owner(q).map(|role| role.name_for(report.size).get(locale).to_owned()).unwrap_or_default();
            view! {
                <li class="gap">
                    <h3>{fill(&gap.question.text)}</h3>
                    <p class="gap-theme">
                        {texts(locale).dimension(d)}
                        {gap.profile_focus.then(|| view! { " " <span class="tag">{r.gap_focus}</span> })}
                        {gap.keeps_learning().then(|| view! { " " <span class="tag">{r.keep_learning}</span> })}
                    </p>
                    <p>
                        <span class="step-from">{(r.step_from)(&texts(locale).choice(Choice::Level(gap.level)))}</span>
                        " "
                        <span class="step-next">{fill(gap.instruction())}</span>
                    </p>
                    <dl class="gap-facts">
                        <dt>{r.owner_label}</dt>
                        <dd>{owner}</dd>
                        <dt>{r.deliverable_label}</dt>
                        <dd>{fill(&gap.question.deliverable)}</dd>
                        <dt>{r.measure_label}</dt>
                        <dd>{fill(&gap.question.measure)}</dd>
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

/// The 90-day plan: three moves from the gaps, the signals and the profile.
#[component]
pub fn ResultPlan(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let moves = report
        .plan
        .iter()
        .map(|m| {
            let source = match m.source {
                Source::Profile(_) => r.plan_from_profile.to_owned(),
                Source::Signal(_) => r.plan_from_signal.to_owned(),
                Source::Gap(question) => q
                    .dimensions
                    .iter()
                    .find(|d| d.questions.iter().any(|x| x.id == question.id))
                    .map(|d| (r.plan_from_gap)(&texts(locale).dimension(d)))
                    .unwrap_or_default(),
            };
            let owner = m.owner.map(|role| (r.plan_owner)(role.name_for(report.size).get(locale)));
            let text = wording::fill(q, m.text.get(locale), locale, report.country).into_owned();
            view! {
                <li>
                    <strong class="plan-when">{(r.by_day)(m.by_day)}</strong>
                    <span class="plan-what">{text}</span>
                    <span class="plan-source">
                        {format!("({source}{})", owner.map(|o| format!("{}{o}", locale.semicolon())).unwrap_or_default())}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{r.plan_title}</h2>
            <ol class="plan-list">{moves}</ol>
        </section>
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
