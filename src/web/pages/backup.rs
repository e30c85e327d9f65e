use crate::web::components::BackupPanel;
use crate::web::route::Route;
use crate::web::state::use_app;
use leptos::prelude::*;

/// Backups and spreadsheets: every assessment as a JSON backup or CSV, and a
/// backup read back with a preview. Part of the report half, so the answering
/// pages load without the import and CSV code (the quick backup download of the
/// reminder and of a full storage stays on every page).
#[component]
pub fn BackupPage() -> impl IntoView {
    let app = use_app();
    view! {
        <article class="backup-page">
            <BackupPanel/>
            <p><a href=Route::Home.to_path()>{move || app.t().back_home}</a></p>
        </article>
    }
}
