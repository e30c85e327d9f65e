use crate::domain::questionnaire;
use crate::domain::storage::change::Change;
use crate::domain::storage::csv;
use crate::domain::storage::export;
use crate::domain::storage::import::{self, ImportPlan, OnConflict};
use crate::i18n::csv_labels;
use crate::web::{browser, pwa, state::use_app};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Downloading every assessment (JSON backup, CSV) and restoring a backup with a
/// preview and a choice for assessments that are already here.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let app = use_app();
    let plan = RwSignal::new(None::<ImportPlan>);
    let message = RwSignal::new(None::<String>);
    // How many assessments in the chosen file cannot be restored.
    let damaged = RwSignal::new(0);
    let on_conflict = RwSignal::new(OnConflict::KeepBoth);
    // Whether the browser promised to keep this site's data (unknown until it says).
    let persisted = RwSignal::new(None::<bool>);
    spawn_local(async move { persisted.set(pwa::persisted().await) });
    let export_json = move |_| app.download_backup();
    let export_csv = move |_| {
        let locale = app.locale.get_untracked();
        let text = app.saved.with_untracked(|s| {
            csv::to_csv(
                questionnaire::current(),
                &s.assessments,
                locale,
                &csv_labels(locale),
            )
        });
        browser::download(
            &format!("klantspiegel-{}.csv", browser::today_iso()),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let choose_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let d = app.t().data();
            plan.set(None);
            damaged.set(0);
            // Each file starts from the choice that loses nothing.
            on_conflict.set(OnConflict::KeepBoth);
            let text = browser::read_chosen_file(&input).await;
            // Emptied, so choosing the same file again (say, after fixing it) is
            // noticed too.
            input.set_value("");
            let Some(text) = text else {
                return;
            };
            match export::read(&text) {
                Err(error) => message.set(Some(d.import_error(&error).to_owned())),
                Ok(r) if r.assessments.is_empty() => message.set(Some(d.import_nothing.to_owned())),
                Ok(r) => {
                    message.set(None);
                    damaged.set(r.damaged);
                    let list = r.assessments;
                    plan.set(Some(app.saved.with_untracked(|s| import::plan(s, list))));
                }
            }
        });
    };
    let restore = move |_| {
        if let Some(p) = plan.try_update(Option::take).flatten() {
            let choice = on_conflict.get_untracked();
            let count = p.count(choice);
            app.dispatch(Change::Import(p, choice));
            message.set(Some((app.t().data().import_done)(count)));
        }
    };
    let has_any = move || app.saved.with(|s| !s.assessments.is_empty());
    move || {
        let d = app.t().data();
        let choice = move |value: OnConflict, label: &'static str| {
            view! {
                <label class="toggle">
                    <input
                        type="radio"
                        name="on-conflict"
                        prop:checked=move || on_conflict.get() == value
                        on:change=move |_| on_conflict.set(value)
                    />
                    {label}
                </label>
            }
        };
        let preview = move || {
            plan.with(|p| {
                p.as_ref().map(|p| {
                    let conflicts = !p.conflicts.is_empty();
                    view! {
                        <div class="import-preview">
                            <p>{(d.import_preview)(p.new.len(), p.conflicts.len())}</p>
                            {(damaged.get() > 0).then(|| view! { <p class="notice-inline import-damaged">{(d.import_damaged)(damaged.get())}</p> })}
                            {conflicts.then(|| view! {
                                <fieldset class="overlays">
                                    <legend>{d.on_conflict_legend}</legend>
                                    {choice(OnConflict::KeepBoth, d.keep_both)}
                                    {choice(OnConflict::Replace, d.replace)}
                                    {choice(OnConflict::Skip, d.skip)}
                                    {(p.newer_here > 0).then(|| view! { <p class="notice-inline replace-loses">{(d.replace_loses)(p.newer_here)}</p> })}
                                </fieldset>
                            })}
                            <button type="button" class="primary" on:click=restore>{d.import_do}</button>
                        </div>
                    }
                })
            })
        };
        view! {
            <section class="backup" aria-labelledby="backup-title">
                <h1 id="backup-title">{d.backup_title}</h1>
                <p>{d.backup_intro}</p>
                {move || persisted.get().map(|kept| {
                    let v = &app.t().device;
                    view! { <p class="persisted">{if kept { v.persisted } else { v.not_persisted }}</p> }
                })}
                <Show when=has_any>
                    <p class="backup-actions">
                        <button type="button" on:click=export_json>{d.export_json}</button>
                        <button type="button" on:click=export_csv>{d.export_csv}</button>
                    </p>
                </Show>
                <div class="field">
                    <label for="import-file">{d.import_label}</label>
                    <input id="import-file" type="file" accept="application/json,.json,text/plain,.txt" on:change=choose_file/>
                </div>
                {preview}
                <p class="import-message" role="status">{move || message.get()}</p>
            </section>
        }
    }
}
