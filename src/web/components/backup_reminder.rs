use crate::domain::storage::reminder::{due, latest_change, Reminder};
use crate::web::focus;
use crate::web::route::anchor;
use crate::web::{browser, state::use_app};
use leptos::prelude::*;

/// Once in a while, a clear reminder to download a backup file (see
/// `domain::reminder` for when).
#[component]
pub fn BackupReminder() -> impl IntoView {
    let app = use_app();
    let now = browser::now_ms();
    move || {
        let d = &app.t().device;
        let changed = app.saved.with(latest_change);
        due(app.memo.get(), changed, now).map(|reminder| {
            let text = match reminder {
                Reminder::First => d.reminder_first.to_owned(),
                Reminder::Since(days) => (d.reminder_since)(days),
            };
            view! {
                <section class="reminder" role="status" aria-label=d.reminder_download>
                    <p>{text}</p>
                    <p class="backup-actions">
                        <button type="button" class="primary" on:click=move |_| app.download_backup()>
                            {d.reminder_download}
                        </button>
                        <button type="button" on:click=move |_| {
                            app.remind_later();
                            // The reminder is gone: focus goes on with the page.
                            request_animation_frame(|| focus::first(&[anchor::SAVED_TITLE, anchor::MAIN]));
                        }>{d.reminder_later}</button>
                    </p>
                </section>
            }
        })
    }
}
