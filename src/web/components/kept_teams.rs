use crate::domain::team::kept::{long_date, KeptTeam};
use crate::web::route::Route;
use crate::web::state::use_app;
use leptos::prelude::*;

/// The teams kept in this browser, latest first: each opens with its link and
/// can be deleted (its respondents' own assessments are not touched).
#[component]
pub fn KeptTeamsList(
    teams: Signal<Vec<KeptTeam>>,
    /// The team shown now, marked in the list.
    current: Signal<Option<String>>,
    on_delete: Callback<KeptTeam>,
) -> impl IntoView {
    let app = use_app();
    move || {
        let tt = app.t().team();
        let locale = app.locale.get();
        let list = teams.get();
        if list.is_empty() {
            return view! { <p>{tt.kept_none}</p> }.into_any();
        }
        let items = list
            .into_iter()
            .map(|team| {
                let date = long_date(&team.date, locale).unwrap_or_else(|| team.date.clone());
                let line = (tt.kept_entry)(&date, team.respondents());
                let is_current = current.get().as_deref() == Some(team.id.as_str());
                let href = Route::team(&team.fragment).to_path();
                let name = team.name.clone();
                view! {
                    <li>
                        <a href=href aria-current=is_current.then_some("page")>{team.name.clone()}</a>
                        <span class="kept-line">{format!(" · {line}")}</span>
                        <button type="button" class="link-button" on:click=move |_| on_delete.run(team.clone())>
                            {tt.kept_delete}
                            <span class="visually-hidden">{format!(" “{name}”")}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="kept-teams">{items}</ul> }.into_any()
    }
}
