//! The app shell (state, language, layout) and its parts, one wasm module each with
//! its own route table: answering (home and the steps of an assessment), the report
//! (results, a shared result) and the tools, for work with several assessments
//! (team view, comparison, backups) and the method page. So the first question loads without
//! the charts, codecs and report pages, and a shared result without the tools. Which
//! part an address needs is decided in index.html (`answeringPath`, `toolsPath`);
//! moving to an address of another part loads the page anew (see `OtherHalf`).

use super::components::{ConnectionNotice, LanguageSwitch, StorageNoticeBanner, UpdateNotice};
use super::pages::{
    BackupPage, ComparePage, HomePage, MethodPage, NotFoundPage, ResultsPage, SharedPage, StepPage,
    TeamPage,
};
use super::route::{anchor, use_route, Page, Route};
use super::state::{use_app, AppState};
use super::{browser, router, storage};
use crate::web::focus;
use leptos::prelude::*;

/// The answering half: home and the steps of an assessment.
#[component]
pub fn AnswerApp() -> impl IntoView {
    view! {
        <Shell>
            <Pages table=answering/>
        </Shell>
    }
}

/// The answering half's route table.
fn answering(page: Page) -> Option<AnyView> {
    match page {
        Page::Home => Some(view! { <HomePage/> }.into_any()),
        // One page for every step, so moving between steps keeps the page.
        Page::Step => Some(view! { <StepPage/> }.into_any()),
        _ => None,
    }
}

/// The report: results and a shared result.
#[component]
pub fn ReportApp() -> impl IntoView {
    view! {
        <Shell>
            <Pages table=report/>
        </Shell>
    }
}

/// The report half's route table.
fn report(page: Page) -> Option<AnyView> {
    match page {
        Page::Results => Some(view! { <ResultsPage/> }.into_any()),
        Page::Share => Some(view! { <SharedPage/> }.into_any()),
        _ => None,
    }
}

/// The tools, for work with several assessments: the team view (with its QR codes),
/// the comparison and backups (import, CSV). Apart from the report, so a shared
/// result loads without them.
#[component]
pub fn ToolsApp() -> impl IntoView {
    view! {
        <Shell>
            <Pages table=tools/>
        </Shell>
    }
}

/// The tools' route table.
fn tools(page: Page) -> Option<AnyView> {
    match page {
        Page::Team => Some(view! { <TeamPage/> }.into_any()),
        Page::Backup => Some(view! { <BackupPage/> }.into_any()),
        Page::Compare => Some(view! { <ComparePage/> }.into_any()),
        Page::Method => Some(view! { <MethodPage/> }.into_any()),
        _ => None,
    }
}

/// The page of the current address from a route table; built anew only when the
/// page changes (a new step or fragment is read by the page itself).
#[component]
fn Pages(table: fn(Page) -> Option<AnyView>) -> impl IntoView {
    let route = use_route();
    let page = Memo::new(move |_| route.with(|r| Page::of(r.as_ref())));
    move || match table(page.get()) {
        Some(view) => {
            browser::reload_done();
            view
        }
        None => view! { <OtherHalf/> }.into_any(),
    }
}

/// What both halves show around their pages. The paths of both route tables match
/// `Route::to_path`; pages read their route with `use_route`, never parameters by name.
#[component]
fn Shell(children: Children) -> impl IntoView {
    router::provide_router();
    let app = AppState::load();
    provide_context(app);
    storage::on_change_elsewhere(move || app.sync());
    Effect::new(move |_| browser::set_document_language(app.locale.get().code()));
    // The tab's title follows the page's heading, once the page has drawn it.
    let route = use_route();
    Effect::new(move |_| {
        // Read, not only tracked: a memo that was never read does not notify.
        route.with(|_| ());
        let name = app.t().app_name;
        request_animation_frame(move || browser::title_from_heading(name));
    });
    let t = move || app.t();
    view! {
        // The skip link moves focus without touching the address (whose fragment
        // is a shared result or a team on some pages).
        <a class="skip-link" href=format!("#{}", anchor::MAIN) on:click=|ev| {
            ev.prevent_default();
            focus::by_id(anchor::MAIN);
        }>{move || t().skip_to_content}</a>
            <header class="top">
                <nav class="top-inner" aria-label=move || t().nav_label>
                    <a href=Route::Home.to_path() class="brand">{move || t().app_name}</a>
                    <a href=Route::Method.to_path() class="nav-link">{move || t().method_nav}</a>
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
        let app = use_app();
        set_timeout(
            move || {
                app.carry_unsaved();
                if !browser::reload_once() {
                    not_found.set(true);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    move || not_found.get().then(|| view! { <NotFoundPage/> })
}
