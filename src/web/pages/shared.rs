use crate::domain::questionnaire;
use crate::domain::scoring::report::Report;
use crate::domain::share::{self, SharedResult};
use crate::domain::storage::change::Change;
use crate::web::components::{ConfirmBox, ReportView};
use crate::web::focus;
use crate::web::router::{use_navigate, Navigate};
use crate::web::{
    browser,
    route::{use_route, Route},
    state::use_app,
};
use leptos::prelude::*;
use std::sync::Arc;

/// A result opened from a link: read-only, nothing stored until the user asks
/// for a copy; a broken link says what is wrong and what to do.
#[component]
pub fn SharedPage() -> impl IntoView {
    let app = use_app();
    let route = use_route();
    let decoded = Memo::new(move |_| {
        let payload = match route.get() {
            Some(Route::Share { payload }) => payload,
            _ => String::new(),
        };
        share::decode(&share::payload_from(&payload))
    });
    move || {
        let s = app.t().share();
        match decoded.get() {
            Err(error) => view! {
                <section class="share-error" aria-labelledby="share-error-title">
                    <h1 id="share-error-title">{s.error_title}</h1>
                    <p class="notice">{s.error(error)}</p>
                    <p>{s.error_next}</p>
                    <p><a href=Route::Home.to_path() class="button">{app.t().back_home}</a></p>
                </section>
            }
            .into_any(),
            Ok(result) => view! { <SharedResultView result/> }.into_any(),
        }
    }
}

#[component]
fn SharedResultView(result: SharedResult) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let s = app.t().share();
    let r = app.t().results();
    let q = questionnaire::current();
    let assessment = result.to_assessment(String::new(), browser::now_ms());
    let report = Arc::new(Report::new(q, &assessment));
    let asking = RwSignal::new(false);
    // Saved here before (the same answers, signals, context and label): say so
    // and lead there, so a second identical copy is made only on purpose.
    let saved_as = {
        let result = result.clone();
        Memo::new(move |_| {
            app.saved
                .with(|s| result.saved_in(&s.assessments).map(|a| a.id.clone()))
        })
    };
    let save = {
        let assessment = assessment.clone();
        Callback::new(move |()| {
            let Some(id) = app.dispatch(Change::AddCopy(Box::new(assessment.clone()))) else {
                return;
            };
            navigate(&Route::results(&id).to_path(), Navigate::default());
        })
    };
    let title = result
        .label
        .clone()
        .unwrap_or_else(|| s.shared_title.to_owned());
    let meta = (r.report_meta)("", assessment.revision)
        .trim_start_matches([' ', '·'])
        .to_owned();
    view! {
        <p class="shared-note no-print" role="status">{s.shared_note}</p>
        <ReportView report eyebrow=s.shared_eyebrow title meta>
            <div class="save-copy no-print">
                {move || saved_as.get().map(|id| view! {
                    <p class="already-saved">
                        {s.already_saved}" "
                        <a href=Route::results(&id).to_path()>{s.open_saved}</a>
                    </p>
                })}
                <Show
                    when=move || asking.get()
                    fallback=move || view! {
                        <button type="button" id="save-copy" class="primary" on:click=move |_| {
                            asking.set(true);
                            request_animation_frame(|| focus::by_id("save-copy-yes"));
                        }>{s.save_copy}</button>
                    }
                >
                    <ConfirmBox
                        label=s.save_copy
                        question=s.save_confirm.to_owned()
                        yes=s.save_yes
                        yes_class="primary"
                        yes_id="save-copy-yes"
                        cancel=app.t().cancel
                        on_yes=save
                        on_cancel=Callback::new(move |()| {
                            asking.set(false);
                            request_animation_frame(|| focus::by_id("save-copy"));
                        })
                    />
                </Show>
            </div>
        </ReportView>
    }
}
