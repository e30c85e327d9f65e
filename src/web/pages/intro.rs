use crate::domain::assessment::LABEL_MAX_CHARS;
use crate::domain::questionnaire::{self, ContextField};
use crate::domain::storage::change::{Change, Edit};
use crate::web::route::anchor;
use crate::web::state::use_app;
use leptos::prelude::*;

/// The intro step: an optional label and the questions about the company.
#[component]
pub fn IntroStep(id: String) -> impl IntoView {
    let app = use_app();
    let q = questionnaire::current();
    let t = app.t();
    let locale = app.locale.get_untracked();
    let label = {
        let id = id.clone();
        move || {
            app.saved.with(|s| {
                s.assessment(&id)
                    .map(|a| a.label.clone())
                    .unwrap_or_default()
            })
        }
    };
    let rename = {
        let id = id.clone();
        move |ev| {
            let value = event_target_value(&ev);
            app.dispatch(Change::Edit {
                id: id.to_owned(),
                edit: Edit::Label(value.clone()),
            });
        }
    };
    let fields = q
        .context_fields
        .iter()
        .map(|field| context_select(&id, field, locale, t.not_given))
        .collect_view();
    view! {
        <p class="eyebrow">{t.intro_eyebrow}</p>
        <h1 id=anchor::STEP_TITLE tabindex="-1">{t.intro_title}</h1>
        <p class="lead">{t.intro_text}</p>
        <p class="time-estimate">{
            let (low, high) = questionnaire::time::whole(q, locale);
            format!("{} {}", (t.time_estimate)(low, high), t.time_note)
        }</p>
        <form class="intro-form" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="assessment-label">{t.label_label}</label>
                <input
                    id="assessment-label"
                    type="text"
                    autocomplete="organization"
                    maxlength=LABEL_MAX_CHARS
                    aria-describedby="assessment-label-hint"
                    prop:value=label
                    on:input=rename
                />
                <p id="assessment-label-hint" class="hint">{t.label_hint}</p>
            </div>
            {fields}
        </form>
    }
}

/// A native select for one context field; choosing saves at once.
fn context_select(
    id: &str,
    field: &'static ContextField,
    locale: crate::domain::locale::Locale,
    not_given: &'static str,
) -> impl IntoView {
    let app = use_app();
    let aid = StoredValue::new(id.to_owned());
    let fid = field.id.as_str();
    let chosen = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved
                .with(|s| s.assessment(aid).and_then(|a| a.context.get(fid).cloned()))
                .unwrap_or_default()
        })
    });
    let choose = move |ev| {
        let value = event_target_value(&ev);
        let option = (!value.is_empty()).then_some(value.as_str());
        aid.with_value(|aid| {
            app.dispatch(Change::Edit {
                id: aid.to_owned(),
                edit: Edit::Context {
                    field: fid.to_owned(),
                    option: option.map(str::to_owned),
                },
            })
        });
    };
    let options = field
        .options
        .iter()
        .map(|o| {
            let oid = o.id.as_str();
            view! {
                <option value=oid prop:selected=move || chosen.get() == oid>
                    {o.name.get(locale).to_owned()}
                </option>
            }
        })
        .collect_view();
    let select_id = format!("context-{fid}");
    view! {
        <div class="field">
            <label for=select_id.clone()>{field.label.get(locale).to_owned()}</label>
            <select id=select_id on:change=choose>
                <option value="" prop:selected=move || chosen.get().is_empty()>{not_given}</option>
                {options}
            </select>
        </div>
    }
}
