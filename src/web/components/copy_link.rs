use crate::web::{browser, state::use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A link in a read-only field with a copy button and what happened, said
/// politely to screen readers. When copying is refused the text is selected.
#[component]
pub fn CopyLink(
    /// The id of the field (unique on the page).
    id: &'static str,
    label: &'static str,
    link: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let s = app.t().share();
    let status = RwSignal::new(None::<&'static str>);
    // A new link makes an old "copied" untrue.
    Effect::new(move |_| {
        link.with(|_| ());
        status.set(None);
    });
    let copy = move |_| {
        let text = link.get_untracked();
        spawn_local(async move {
            if browser::copy_text(&text).await {
                status.set(Some(s.copied));
            } else {
                browser::select_input(id);
                status.set(Some(s.copy_failed));
            }
        });
    };
    // On phones the browser's own share sheet reaches mail, chat and the rest.
    let can_share = browser::can_share();
    let share = move |_| {
        let url = link.get_untracked();
        let title = app.t().app_name;
        spawn_local(async move {
            browser::share_link(title, &url).await;
        });
    };
    view! {
        <div class="field copy-link">
            <label for=id>{label}</label>
            <input id=id type="text" readonly prop:value=move || link.get()/>
        </div>
        <p class="share-actions">
            {can_share.then(|| view! { <button type="button" class="primary" on:click=share>{s.share_native}</button> })}
            <button type="button" class:primary=!can_share on:click=copy>{s.copy}</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </p>
    }
}
