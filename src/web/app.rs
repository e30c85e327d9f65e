//! The app shell (state, language, layout) and its two halves. The answering half
//! (home and the steps of an assessment) and the report half (results, a shared
//! result, team, comparison, method) are two wasm modules with one route table each,
//! so the first question loads without the charts, codecs and report pages. Which
//! half a page address needs is decided in index.html (`answeringPath`); moving to
//! an address of the other half loads the page anew (see `OtherHalf`).

use super::components::{ConnectionNotice, LanguageSwitch, StorageNoticeBanner, UpdateNotice};
use super::pages::{
    ComparePage, HomePage, MethodPage, NotFoundPage, ResultsPage, SharedPage, StepPage, TeamPage,
};
use super::route::{anchor, use_route, Route};
use super::{browser, state::AppState, storage};
use leptos::prelude::*;
use leptos_router::components::{Route as Path, Router, Routes, A};
use leptos_router::path;

/// The answering half: home and the steps of an assessment.
#[component]
pub fn AnswerApp() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=OtherHalf>
                <Path path=path!("/") view=HomePage/>
                // One route for every step, so moving between steps keeps the page.
                <Path path=path!("/assessment/:id/:step?") view=StepPage/>
            </Routes>
        </Shell>
    }
}

/// The report half: results, a shared result, the team view, the comparison, the method.
#[component]
pub fn ReportApp() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=OtherHalf>
                <Path path=path!("/results/:id") view=ResultsPage/>
                <Path path=path!("/method") view=MethodPage/>
                <Path path=path!("/share") view=SharedPage/>
                <Path path=path!("/team") view=TeamPage/>
                <Path path=path!("/compare") view=ComparePage/>
            </Routes>
        </Shell>
    }
}

/// What both halves show around their pages. The paths of both route tables match
/// `Route::to_path`; pages read their route with `use_route`, never parameters by name.
#[component]
fn Shell(children: Children) -> impl IntoView {
    let app = AppState::load();
    provide_context(app);
    storage::on_change_elsewhere(move || app.sync());
    Effect::new(move |_| browser::set_document_language(app.locale.get().code()));
    let t = move || app.t();
    view! {
        <Router>
            <a class="skip-link" href=format!("#{}", anchor::MAIN)>{move || t().skip_to_content}</a>
            <header class="top">
                <nav class="top-inner" aria-label=move || t().nav_label>
                    <A href=Route::Home.to_path() attr:class="brand">{move || t().app_name}</A>
                    <A href=Route::Method.to_path() attr:class="nav-link">{move || t().method_nav}</A>
                    <LanguageSwitch/>
                </nav>
            </header>
            <main id=anchor::MAIN tabindex="-1">
                <ConnectionNotice/>
                <UpdateNotice/>
                <StorageNoticeBanner/>
                {children()}
            </main>
            <footer class="bottom">
                <p>{move || t().footer_privacy}</p>
            </footer>
        </Router>
    }
}

/// An address this half has no page for: one of the other half's is loaded anew
/// (index.html then starts the other module); any other is not found. The reload
/// waits a turn, until the router has put the new address in the history.
#[component]
fn OtherHalf() -> impl IntoView {
    let elsewhere = use_route().get_untracked().is_some();
    let not_found = RwSignal::new(!elsewhere);
    if elsewhere {
        set_timeout(
            move || {
                if !browser::reload_once() {
                    not_found.set(true);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    move || not_found.get().then(|| view! { <NotFoundPage/> })
}
