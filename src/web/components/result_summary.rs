use crate::domain::questionnaire;
use crate::domain::scoring::report::Report;
use crate::domain::scoring::scores::shown;
use crate::i18n::texts;
use crate::web::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// The headline numbers: overall score, stage with the weakest theme, confidence.
#[component]
pub fn ResultSummary(report: Arc<Report<'static>>) -> impl IntoView {
    let app = use_app();
    let r = app.t().results();
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let (Some(overall), Some(stage)) = (report.overall, report.stage) else {
        return view! { <p class="notice-inline">{r.nothing_yet}</p> }.into_any();
    };
    let c = report.completeness;
    let percent = |share: f64| shown(share * 100.0);
    let stage_name = q.level_names[stage.level.index()].get(locale);
    let weakest = stage.weakest;
    // Maturity and profile side by side, each named: "Stage 2 of 5 · profile: Starter".
    let stage_profile = match report.profile {
        Some(p) => (r.stage_profile)(stage.level.get(), &texts(locale).profile_with_tagline(&p)),
        None => (app.t().stage_value)(stage.level.get(), stage_name),
    };
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" class="visually-hidden">{r.summary_title}</h2>
            <p class="stage-profile">{stage_profile}</p>
            <dl class="headline">
                <div class="headline-score">
                    <dt>{r.overall_label}</dt>
                    <dd><span class="big-number">{shown(overall)}</span> <span class="of">"/ 100"</span></dd>
                </div>
                <div class="headline-stage">
                    <dt>{r.stage_label}</dt>
                    <dd>
                        <strong class="stage-value">{(app.t().stage_value)(stage.level.get(), stage_name)}</strong>
                        <span class="stage-text">{q.stage_texts[stage.level.index()].get(locale).to_owned()}</span>
                    </dd>
                </div>
                <div class="headline-weakest">
                    <dt>{r.weakest_label}</dt>
                    <dd>
                        <strong class="weakest-value">
                            {format!("{}. {} ({})", weakest.dimension.number, weakest.dimension.title.get(locale), shown(weakest.score))}
                        </strong>
                        <span>{r.weakest_note}</span>
                    </dd>
                </div>
                <div class="headline-confidence">
                    <dt>{r.confidence_label}</dt>
                    <dd>
                        {(r.confidence_text)(c.levels, c.applicable(), percent(c.level_share()))}
                        " "
                        {(r.evidence_text)(percent(c.evidence_share()))}
                        {(c.dont_know > 0).then(|| format!(" {}", (r.dont_know_text)(c.dont_know)))}
                    </dd>
                </div>
            </dl>
            {c.is_low().then(|| view! { <p class="notice-inline low-confidence">{r.confidence_low}</p> })}
        </section>
    }
    .into_any()
}
