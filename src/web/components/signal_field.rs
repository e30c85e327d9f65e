use crate::domain::questionnaire::Signal;
use crate::domain::storage::change::{Change, Edit};
use crate::web::state::use_app;
use leptos::prelude::*;

/// One overreaction signal as a yes/no radio group that can be cleared; every
/// change is saved at once.
#[component]
pub fn SignalField(assessment_id: String, signal: &'static Signal) -> impl IntoView {
    let app = use_app();
    let aid = StoredValue::new(assessment_id);
    let sid = signal.id.as_str();
    let current = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved
                .with(|s| s.assessment(aid).and_then(|a| a.signal(sid)))
        })
    });
    let choose = move |yes: Option<bool>| {
        aid.with_value(|aid| {
            app.dispatch(Change::Edit {
                id: aid.to_owned(),
                edit: Edit::Signal {
                    signal: sid.to_owned(),
                    yes,
                },
            })
        });
    };
    let t = app.t();
    let locale = app.locale.get_untracked();
    let name = format!("signal-{sid}");
    let option = move |yes: bool, title: &'static str| {
        view! {
            <label class="option other">
                <input
                    type="radio"
                    name=name.clone()
                    prop:checked=move || current.get() == Some(yes)
                    on:change=move |_| choose(Some(yes))
                />
                <span class="option-title">{title}</span>
            </label>
        }
    };
    view! {
        <fieldset class="question signal" id=format!("signal-{sid}")>
            <legend>{signal.text.get(locale).to_owned()}</legend>
            <div class="other-choices">
                {option(true, t.yes)}
                {option(false, t.no)}
                <button
                    type="button"
                    class="link-button"
                    disabled=move || current.get().is_none()
                    on:click=move |_| choose(None)
                >
                    {t.clear_answer}
                </button>
            </div>
        </fieldset>
    }
}
