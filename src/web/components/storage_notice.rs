use crate::web::focus;
use crate::web::route::anchor;
use crate::web::state::use_app;
use crate::web::storage::StorageNotice;
use leptos::prelude::*;

/// A visible, announced message about anything that went wrong with storage; when
/// the work on the page is not safely stored, it offers to download it, and when
/// it only reports what happened (data kept aside), it can be closed.
#[component]
pub fn StorageNoticeBanner() -> impl IntoView {
    let app = use_app();
    move || {
        let d = &app.t().device;
        app.notice.get().map(|notice| {
            let text = match notice {
                StorageNotice::Unreadable => d.storage_unreadable,
                StorageNotice::PartlyUnreadable => d.storage_partly,
                StorageNotice::Newer => d.storage_newer,
                StorageNotice::Unavailable => d.storage_unavailable,
                StorageNotice::Full => d.storage_full,
                StorageNotice::BackupFailed => d.storage_backup_failed,
                StorageNotice::NewerElsewhere => d.storage_newer_elsewhere,
            };
            let download = notice.work_at_risk().then(|| {
                view! {
                    <button type="button" on:click=move |_| app.download_backup()>
                        {d.download_work}
                    </button>
                }
            });
            let dismiss = (!notice.work_at_risk()).then(|| {
                let close = move |_| {
                    app.notice.set(None);
                    focus::by_id(anchor::MAIN);
                };
                view! { <button type="button" on:click=close>{d.notice_dismiss}</button> }
            });
            view! {
                <div class="notice" role="alert">
                    <p>{text}</p>
                    {download}
                    {dismiss}
                </div>
            }
        })
    }
}
