//! The app shell: state, language, layout and the route table.

use super::components::{ConnectionNotice, LanguageSwitch, StorageNoticeBanner, UpdateNotice};
use super::pages::{
    ComparePage, HomePage, MethodPage, NotFoundPage, ResultsPage, SharedPage, StepPage, TeamPage,
};
use super::route::{anchor, Route};
use super::{browser, state::AppState, storage};
use leptos::prelude::*;
use leptos_router::components::{Route as Path, Router, Routes, A};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
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
                <RouteTable/>
            </main>
            <footer class="bottom">
                <p>{move || t().footer_privacy}</p>
            </footer>
        </Router>
    }
}

/// Which page answers which address. The paths match `Route::to_path`; pages read
/// their route with [`use_route`], never parameters by name.
#[component]
fn RouteTable() -> impl IntoView {
    view! {
        <Routes fallback=NotFoundPage>
            <Path path=path!("/") view=HomePage/>
            // One route for every step, so moving between steps keeps the page.
            <Path path=path!("/assessment/:id/:step?") view=StepPage/>
            <Path path=path!("/results/:id") view=ResultsPage/>
            <Path path=path!("/method") view=MethodPage/>
            <Path path=path!("/share") view=SharedPage/>
            <Path path=path!("/team") view=TeamPage/>
            <Path path=path!("/compare") view=ComparePage/>
        </Routes>
    }
}
