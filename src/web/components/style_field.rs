use super::choice_group::{ChoiceGroup, ChoiceOption};
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::StyleItem;
use crate::domain::storage::change::Edit;
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
        aid.with_value(|aid| app.with_assessment(aid, |a| a.choice(sid)).flatten())
    });
    let on_choose = Callback::new(move |choice: Option<Choice>| {
        aid.with_value(|aid| {
            app.edit(
                aid,
                Edit::Choice {
                    question: sid.to_owned(),
                    choice,
                },
            )
        })
    });
    let t = app.t();
    let locale = app.locale.get_untracked();
    // Options are stored as their place in the list (1 to 3), never their value.
    let main = item
        .options
        .iter()
        .zip(Level::all())
        .map(|(o, place)| {
            ChoiceOption::new(Choice::Level(place), o.text.get(locale), "option level")
        })
        .collect();
    view! {
        <fieldset class="question style-item" id=anchor::question(sid)>
            <legend>{item.text.get(locale).to_owned()}</legend>
            <ChoiceGroup
                name=format!("style-{sid}")
                main
                other=vec![ChoiceOption::new(Choice::DontKnow, t.cant_say, "option other")]
                current=current
                on_choose
                clear_label=t.clear_answer
            />
        </fieldset>
    }
}
