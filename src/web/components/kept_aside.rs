use crate::web::focus;
use crate::web::route::anchor;
use crate::web::{browser, state::use_app, storage};
use leptos::prelude::*;

/// Data that could not be read and was kept aside: listed on home for as long as
/// it exists, to download or, after a second "yes", remove.
#[component]
pub fn KeptAside() -> impl IntoView {
    let app = use_app();
    let list = RwSignal::new(storage::kept_aside());
    let confirming = RwSignal::new(None::<String>);
    move || {
        let d = &app.t().device;
        let locale = app.locale.get();
        let items = list.get();
        (!items.is_empty()).then(|| {
            let rows = items
                .into_iter()
                .map(|(key, ms)| {
                    let when = (d.kept_item)(&browser::format_date(ms, locale));
                    let download = {
                        let key = key.clone();
                        move |_| {
                            if let Some(text) = storage::read_kept(&key) {
                                browser::download(&format!("{key}.txt"), "text/plain", &text);
                            }
                        }
                    };
                    let confirm_id = format!("kept-confirm-{key}");
                    let ask = {
                        let (key, confirm_id) = (key.clone(), confirm_id.clone());
                        move |_| {
                            confirming.set(Some(key.clone()));
                            let confirm_id = confirm_id.clone();
                            request_animation_frame(move || focus::by_id(&confirm_id));
                        }
                    };
                    let remove = {
                        let key = key.clone();
                        move |_| {
                            storage::forget_kept(&key);
                            confirming.set(None);
                            list.set(storage::kept_aside());
                            // The row is gone: the keyboard goes to what remains.
                            request_animation_frame(|| {
                                focus::first(&[anchor::KEPT_TITLE, anchor::SAVED_TITLE]);
                            });
                        }
                    };
                    let asking = {
                        let key = key.clone();
                        move || confirming.get().as_deref() == Some(key.as_str())
                    };
                    view! {
                        <li>
                            <span>{when}</span>
                            <button type="button" on:click=download>{d.kept_download}</button>
                            <button type="button" class="link-button" on:click=ask>{d.kept_remove}</button>
                            <Show when=asking.clone()>
                                <button type="button" id=confirm_id.clone() class="danger" on:click=remove.clone()>
                                    {d.kept_remove_confirm}
                                </button>
                            </Show>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="kept-aside" aria-labelledby=anchor::KEPT_TITLE>
                    <h2 id=anchor::KEPT_TITLE tabindex="-1">{d.kept_title}</h2>
                    <p>{d.kept_intro}</p>
                    <ul class="kept-list">{rows}</ul>
                </section>
            }
        })
    }
}
