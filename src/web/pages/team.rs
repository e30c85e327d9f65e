use crate::domain::share::{ShareError, SharedResult};
use crate::domain::team::{self, Line};
use crate::web::components::{CopyLink, TeamReportView};
use crate::web::route::{use_route, Route};
use crate::web::{browser, state::use_app};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// The team view: colleagues' result links pasted in, kept in this page's address
/// (the fragment), compared per theme.
#[component]
pub fn TeamPage() -> impl IntoView {
    let app = use_app();
    let route = use_route();
    let navigate = use_navigate();
    let lines = Memo::new(move |_| match route.get() {
        Some(Route::Team { fragment }) => team::parse_fragment(&fragment),
        _ => Vec::new(),
    });
    let results = Memo::new(move |_| {
        lines.with(|ls| {
            ls.iter()
                .filter_map(|l| match l {
                    Line::Respondent(r) => Some(r.clone()),
                    Line::Broken { .. } => None,
                })
                .collect::<Vec<SharedResult>>()
        })
    });
    let pasted = RwSignal::new(String::new());
    let broken = RwSignal::new(Vec::<(usize, ShareError)>::new());
    let set_results = Callback::new(move |list: Vec<SharedResult>| {
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&Route::team(&team::team_fragment(&list)).to_path(), options);
    });
    let add = {
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let text = pasted.get_untracked();
            let sorted = team::sort_pasted(&text);
            let mut list = results.get_untracked();
            list.extend(sorted.respondents);
            // Broken lines stay to be fixed, numbered as they now stand.
            pasted.set(sorted.kept_lines.join("\n"));
            broken.set(sorted.broken);
            set_results.run(list);
        }
    };
    let remove = Callback::new(move |index: usize| {
        let mut list = results.get_untracked();
        if index < list.len() {
            list.remove(index);
        }
        set_results.run(list);
        // The button is gone with its row: keep the keyboard where the list is.
        request_animation_frame(|| browser::focus_by_id("respondents-title"));
    });
    let link = Signal::derive(move || {
        format!(
            "{}/team#{}",
            browser::origin(),
            results.with(|r| team::team_fragment(r))
        )
    });
    move || {
        let t = &app.t().team;
        let s = &app.t().share;
        let from_address: Vec<(usize, ShareError)> = lines.with(|ls| {
            ls.iter()
                .filter_map(|l| match l {
                    Line::Broken { line, error } => Some((*line, *error)),
                    Line::Respondent(_) => None,
                })
                .collect()
        });
        let errors = move || {
            let all: Vec<(usize, ShareError)> = broken
                .get()
                .into_iter()
                .chain(from_address.clone())
                .collect();
            (!all.is_empty()).then(|| {
                let items = all
                    .into_iter()
                    .map(|(line, e)| view! { <li>{(t.broken_line)(line, &s.error(e))}</li> })
                    .collect_view();
                view! {
                    <div class="notice" role="alert">
                        <p class="notice-title">{t.broken_title}</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        };
        let respondents = move || {
            let list = results.get();
            if list.is_empty() {
                return view! { <p>{t.none_yet}</p> }.into_any();
            }
            let items = list
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let name = r.label.clone().unwrap_or_else(|| (t.respondent_fallback)(i + 1));
                    view! {
                        <li>
                            <span>{name.clone()}</span>
                            <button type="button" class="link-button" on:click=move |_| remove.run(i)>
                                {t.remove}
                                <span class="visually-hidden">{format!(" “{name}”")}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="respondents">{items}</ol> }.into_any()
        };
        view! {
            <article class="team">
                <h1>{t.team_title}</h1>
                <p class="lead">{t.team_intro}</p>
                <form class="team-form" on:submit=add>
                    <label for="team-links">{t.paste_label}</label>
                    <textarea
                        id="team-links"
                        rows="4"
                        aria-describedby="team-links-hint"
                        prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                    ></textarea>
                    <p class="hint" id="team-links-hint">{t.paste_hint}</p>
                    <button type="submit" class="primary">{t.add}</button>
                </form>
                {errors}
                <section aria-labelledby="respondents-title">
                    <h2 id="respondents-title" tabindex="-1">{t.respondents_title}</h2>
                    {respondents}
                </section>
                {move || (!results.with(Vec::is_empty)).then(|| view! {
                    <TeamReportView results=results.get()/>
                    <section class="share" aria-labelledby="share-team-title">
                        <h2 id="share-team-title">{t.share_team_title}</h2>
                        <p>{t.share_team_intro}</p>
                        <CopyLink id="team-link" label=s.link_label link/>
                    </section>
                })}
            </article>
        }
    }
}
