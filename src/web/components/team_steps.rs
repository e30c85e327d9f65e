use crate::domain::questionnaire::wording::{self, Country};
use crate::domain::questionnaire::{self};
use crate::domain::scoring::plan::Source;
use crate::domain::team::TeamReport;
use crate::web::state::use_app;
use leptos::prelude::*;

/// The team's plan: the moves several respondents' own plans share, with how many
/// share each, so a workshop ends with an agreed list.
#[component]
pub fn TeamSteps(report: TeamReport<'static>) -> impl IntoView {
    let app = use_app();
    let (r, tt) = (app.t().results(), app.t().team());
    let locale = app.locale.get_untracked();
    let q = questionnaire::current();
    let details = crate::web::language_files::use_step_details();
    let items = report
        .shared_steps
        .iter()
        .map(|s| {
            let from = match s.source {
                Source::Gap(question) => wording::localized(q, &question.text, locale, Country::Other),
                Source::Signal(_) => r.plan_from_signal.to_owned(),
            };
            let s = *s;
            let text = move || {
                details.track();
                s.text(q).map(|t| wording::fill(q, t.get(locale), locale, Country::Other).into_owned())
            };
            view! {
                <li>
                    <span class="step-question">{text}</span>
                    <span class="step-from">{format!("{} · {from}", (tt.shared_count)(s.respondents, report.respondents))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="team-steps" aria-labelledby="team-steps-title">
            <h2 id="team-steps-title">{tt.steps_title}</h2>
            {if report.shared_steps.is_empty() {
                view! { <p>{tt.steps_none}</p> }.into_any()
            } else {
                view! { <ol class="steps shared-steps">{items}</ol> }.into_any()
            }}
        </section>
    }
}
