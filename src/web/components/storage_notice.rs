use crate::web::state::use_app;
use crate::web::storage::StorageNotice;
use leptos::prelude::*;

/// A visible, announced message about anything that went wrong with storage.
#[component]
pub fn StorageNoticeBanner() -> impl IntoView {
    let app = use_app();
    move || {
        let t = app.t();
        app.notice.get().map(|notice| {
            let text = match notice {
                StorageNotice::Unreadable => t.storage_unreadable,
                StorageNotice::Newer => t.storage_newer,
                StorageNotice::Unavailable => t.storage_unavailable,
                StorageNotice::Full => t.storage_full,
                StorageNotice::BackupFailed => t.storage_backup_failed,
            };
            view! { <div class="notice" role="alert">{text}</div> }
        })
    }
}
