use crate::domain::storage::export::{ImportError, MAX_BYTES};
use crate::web::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// A file as read for the team: its name and its text, or why it has none.
pub type ReadFile = (String, Result<String, ImportError>);

/// Export files chosen or dropped, read in this browser only and handed over all
/// at once. The chooser works by keyboard; dropping is the same thing by mouse.
#[component]
pub fn TeamFiles(on_files: Callback<Vec<ReadFile>>) -> impl IntoView {
    let app = use_app();
    let t = app.t().team();
    let over = RwSignal::new(false);
    let take = move |files: Option<web_sys::FileList>| {
        let Some(files) = files else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        if files.is_empty() {
            return;
        }
        spawn_local(async move {
            let mut read = Vec::new();
            for file in files {
                read.push((file.name(), read_text(&file).await));
            }
            on_files.run(read);
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            take(input.files());
            // The same file can be chosen again after a fix.
            input.set_value("");
        }
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        take(ev.data_transfer().and_then(|d| d.files()));
    };
    view! {
        <div
            class="drop-zone"
            class:over=move || over.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=dropped
        >
            <label for="team-files">{t.files_label}</label>
            <input
                id="team-files"
                type="file"
                multiple
                accept=".json,application/json"
                aria-describedby="team-files-hint"
                on:change=chosen
            />
            <p class="hint" id="team-files-hint">{t.files_hint}</p>
        </div>
    }
}

async fn read_text(file: &web_sys::File) -> Result<String, ImportError> {
    if file.size() > MAX_BYTES as f64 {
        return Err(ImportError::TooLarge);
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| ImportError::NotJson("the file could not be read".to_owned()))
}
