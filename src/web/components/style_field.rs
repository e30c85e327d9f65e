use super::choice_group::{choice_at, place_of, ChoiceGroup, ChoiceOption};
use crate::domain::questionnaire::StyleItem;
use crate::domain::storage::change::Edit;
use crate::web::route::anchor;
use crate::web::state::use_app;
/// A style item's three behaviours come before "can't say".
const STYLE_OPTIONS: usize = 3;

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
            .and_then(|c| place_of(c, STYLE_OPTIONS))
    });
    let on_choose = Callback::new(move |place: Option<usize>| {
        let choice = place.and_then(|p| choice_at(p, STYLE_OPTIONS));
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
        .map(|o| ChoiceOption::new(o.text.get(locale), "option level"))
        .collect();
    view! {
        <fieldset class="question style-item" id=anchor::question(sid)>
            <legend>{item.text.get(locale).to_owned()}</legend>
            <ChoiceGroup
                name=format!("style-{sid}")
                main
                other=vec![ChoiceOption::new(t.cant_say, "option other")]
                current=current
                on_choose
                clear_label=t.clear_answer
            />
        </fieldset>
    }
}
