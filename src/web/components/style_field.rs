use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::StyleItem;
use crate::domain::storage::change::{Change, Edit};
use crate::web::route::anchor;
use crate::web::state::use_app;
use leptos::prelude::*;

/// One style item as a radio group: its three behaviours in the data's order,
/// "can't say", and clear. Every change is saved at once.
#[component]
pub fn StyleField(assessment_id: String, item: &'static StyleItem) -> impl IntoView {
    let app = use_app();
    let aid = StoredValue::new(assessment_id);
    let sid = item.id.as_str();
    let current = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved
                .with(|s| s.assessment(aid).and_then(|a| a.choice(sid)))
        })
    });
    let choose = move |choice: Option<Choice>| {
        aid.with_value(|aid| {
            app.dispatch(Change::Edit {
                id: aid.to_owned(),
                edit: Edit::Choice {
                    question: sid.to_owned(),
                    choice,
                },
            })
        });
    };
    let t = app.t();
    let locale = app.locale.get_untracked();
    let name = format!("style-{sid}");
    let option = move |choice: Choice, text: String, class: &'static str| {
        view! {
            <label class=class>
                <input
                    type="radio"
                    name=name.clone()
                    prop:checked=move || current.get() == Some(choice)
                    on:change=move |_| choose(Some(choice))
                />
                <span class="option-title">{text}</span>
            </label>
        }
    };
    // Options are stored as their place in the list (1 to 3), never their value.
    let options = item
        .options
        .iter()
        .zip(Level::all())
        .map(|(o, place)| {
            option(
                Choice::Level(place),
                o.text.get(locale).to_owned(),
                "option level",
            )
        })
        .collect_view();
    view! {
        <fieldset class="question style-item" id=anchor::question(sid)>
            <legend>{item.text.get(locale).to_owned()}</legend>
            <div class="levels">{options}</div>
            <div class="other-choices">
                {option(Choice::DontKnow, t.cant_say.to_owned(), "option other")}
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
