use crate::domain::assessment::Assessment;
use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::domain::questionnaire::applicability;
use crate::domain::questionnaire::steps::{self, Step};
use crate::domain::questionnaire::time;
use crate::domain::scoring::scores::dimension_scores;
use crate::domain::scoring::stage::stage;
use crate::domain::storage::change::Change;
use crate::domain::storage::upgrade::whats_new;
use crate::domain::team::kept::long_date;
use crate::i18n::{texts, Texts};
use crate::web::components::{BackupReminder, ConfirmBox, KeptAside};
use crate::web::focus;
use crate::web::pwa;
use crate::web::router::{use_navigate, Navigate};
use crate::web::{
    browser,
    route::{anchor, continue_path, Route},
    state::use_app,
};
use leptos::prelude::*;

/// What Klantspiegel is, the privacy promise, "start", and the saved assessments.
#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let start = move |_| {
        let Some(id) = app.dispatch(Change::Create) else {
            return;
        };
        // Starting work is the moment to ask the browser to keep it.
        leptos::task::spawn_local(async {
            pwa::ask_persistence().await;
        });
        navigate(
            &Route::step(&id, Step::Intro).to_path(),
            Navigate::default(),
        );
    };
    // The assessment whose deletion waits for a yes.
    let confirming = RwSignal::new(None::<String>);
    let saved_list = move || {
        let t = app.t();
        let items = app.saved.with(|s| {
            s.assessments
                .iter()
                .rev()
                .map(|a| saved_item(a, t, confirming))
                .collect_view()
        });
        if app.saved.with(|s| s.assessments.is_empty()) {
            view! { <p>{t.saved_none}</p> }.into_any()
        } else {
            view! { <ul class="saved-list">{items}</ul> }.into_any()
        }
    };
    // Teams kept in this browser open from here too: read once, only read (the
    // team view reports and puts aside unreadable ones); each a plain link.
    let locale = app.locale.get_untracked();
    let kept: Vec<(String, String)> = crate::web::team_storage::kept_team_links()
        .into_iter()
        .map(|(name, date, fragment)| {
            let date = long_date(&date, locale).unwrap_or_default();
            (Route::team(&fragment).to_path(), format!("{name} · {date}"))
        })
        .collect();
    let has_kept = !kept.is_empty();
    let kept_items = kept
        .into_iter()
        .map(|(href, text)| view! { <li><a href=href>{text}</a></li> })
        .collect_view();
    let t = move || app.t();
    view! {
        <section class="hero">
            <h1>{move || t().tagline}</h1>
            <p>{move || t().home_intro}</p>
            <p class="time-estimate">{move || {
                let (low, high) = time::whole(questionnaire::current(), app.locale.get());
                format!("{} {}", (t().time_estimate)(low, high), t().time_note)
            }}</p>
            <button type="button" class="primary" on:click=start>{move || t().start_new}</button>
        </section>
        <section class="privacy" aria-labelledby="privacy-title">
            <h2 id="privacy-title">{move || t().privacy_title}</h2>
            <p>{move || t().privacy_text}</p>
        </section>
        <BackupReminder/>
        <section aria-labelledby=anchor::SAVED_TITLE>
            <h2 id=anchor::SAVED_TITLE tabindex="-1">{move || t().saved_title}</h2>
            {saved_list}
            <Show when=move || app.saved.with(|s| s.assessments.len() >= 2)>
                <p><a href=Route::Compare { pair: None }.to_path() class="button">{move || app.t().compare_nav}</a></p>
            </Show>
        </section>
        <KeptAside/>
        <section class="backup-entry" aria-labelledby="backup-entry-title">
            <h2 id="backup-entry-title">{move || t().backup_entry_title}</h2>
            <p>{move || t().backup_entry_text}</p>
            <a href=Route::Backup.to_path() class="button">{move || t().backup_entry_link}</a>
        </section>
        <section class="team-entry" aria-labelledby="team-entry-title">
            <h2 id="team-entry-title">{move || app.t().team_title}</h2>
            <p>{move || app.t().team_intro}</p>
            {has_kept.then(|| view! {
                <h3>{move || app.t().kept_teams_title}</h3>
                <ul class="kept-teams">{kept_items}</ul>
            })}
            <a href=Route::team("").to_path() class="button">{move || app.t().team_nav}</a>
        </section>
    }
}

/// How an assessment is named in lists: its label, or "Assessment of" and the date.
pub fn assessment_title(a: &Assessment, t: &Texts, locale: Locale) -> String {
    if a.label.trim().is_empty() {
        (t.untitled)(&browser::format_date(a.created_ms, locale))
    } else {
        a.label.clone()
    }
}

/// One saved assessment: title, progress, links, and delete with confirmation.
fn saved_item(
    a: &Assessment,
    t: &'static Texts,
    confirming: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let title = assessment_title(a, t, app.locale.get_untracked());
    let done = steps::overall(q, a);
    let progress = (t.progress)(done.done, done.total);
    let changed = (t.updated_on)(&browser::format_date(
        a.updated_ms,
        app.locale.get_untracked(),
    ));
    let locale = app.locale.get_untracked();
    // A stage from part of the answers says so.
    let stage = stage(&dimension_scores(q, a)).map(|s| {
        let name = texts(locale).stage(s.level);
        if applicability::answered_count(q, a) < q.question_count() {
            format!("{name} ({})", t.partial_tag)
        } else {
            name
        }
    });
    // A rewritten ladder alone is told on the results page.
    let upgraded = whats_new(a, q)
        .filter(|u| !u.new_questions.is_empty() || u.new_statements > 0)
        .map(|u| (t.upgraded_short)(u.from, u.new_questions.len(), u.new_statements));
    let id = a.id.clone();
    let asking = {
        let id = id.clone();
        move || confirming.get().as_deref() == Some(id.as_str())
    };
    let ask = {
        let id = id.clone();
        move |_| {
            confirming.set(Some(id.clone()));
            request_animation_frame(|| focus::by_id("confirm-cancel"));
        }
    };
    let cancel = Callback::new(move |()| {
        confirming.set(None);
        request_animation_frame(|| focus::by_id(anchor::SAVED_TITLE));
    });
    let delete = {
        let id = id.clone();
        Callback::new(move |()| {
            confirming.set(None);
            app.dispatch(Change::Delete { id: id.clone() });
            request_animation_frame(|| focus::by_id(anchor::SAVED_TITLE));
        })
    };
    let question = (t.delete_confirm)(&title);
    view! {
        <li class="saved-item">
            <span class="saved-title">{title.clone()}</span>
            <span class="saved-meta">
                <span>{progress}</span>
                {stage.map(|s| view! { <span class="saved-stage">{s}</span> })}
                <span>{changed}</span>
                {upgraded.map(|u| view! { <span class="saved-upgraded">{u}</span> })}
            </span>
            <span class="saved-actions">
                <a href=continue_path(q, a)>{t.continue_label}</a>
                <a href=Route::results(&id).to_path()>{t.results_label}</a>
                <button type="button" class="link-button" on:click=ask>
                    {t.delete}
                    <span class="visually-hidden">{format!("“{title}”")}</span>
                </button>
            </span>
            <Show when=asking>
                <ConfirmBox
                    label=t.delete
                    question=question.clone()
                    yes=t.delete_yes
                    yes_class="danger"
                    cancel=t.cancel
                    cancel_id="confirm-cancel"
                    on_yes=delete
                    on_cancel=cancel
                />
            </Show>
        </li>
    }
}
