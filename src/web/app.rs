//! The app shell: state, language, layout and routes.

use super::components::{ConnectionNotice, LanguageSwitch, StorageNoticeBanner, UpdateNotice};
use super::routes::{self, AppRoutes};
use super::{browser, state::AppState, storage};
use leptos::prelude::*;
use leptos_router::components::{Router, A};

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::load();
    provide_context(app);
    storage::on_change_elsewhere(move || app.sync());
    Effect::new(move |_| browser::set_document_language(app.locale.get().code()));
    let t = move || app.t();
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || t().skip_to_content}</a>
            <header class="top">
                <nav class="top-inner" aria-label=move || t().nav_label>
                    <A href=routes::home() attr:class="brand">{move || t().app_name}</A>
                    <A href=routes::method() attr:class="nav-link">{move || t().method_nav}</A>
                    <LanguageSwitch/>
                </nav>
            </header>
            <main id="main" tabindex="-1">
                <ConnectionNotice/>
                <UpdateNotice/>
                <StorageNoticeBanner/>
                <AppRoutes/>
            </main>
            <footer class="bottom">
                <p>{move || t().footer_privacy}</p>
            </footer>
        </Router>
    }
}
