use super::choice_group::{ChoiceGroup, ChoiceOption};
use crate::domain::questionnaire::Signal;
use crate::domain::storage::change::Edit;
use crate::web::state::use_app;
use leptos::prelude::*;

/// One signal as a yes/no radio group that can be cleared; saved at once.
#[component]
pub fn SignalField(assessment_id: String, signal: &'static Signal) -> impl IntoView {
    let app = use_app();
    let aid = StoredValue::new(assessment_id);
    let sid = signal.id.as_str();
    // Option 0 is "yes", option 1 "no".
    let current = Memo::new(move |_| {
        aid.with_value(|aid| app.with_assessment(aid, |a| a.signal(sid)).flatten())
            .map(|yes| if yes { 0 } else { 1 })
    });
    let on_choose = Callback::new(move |picked: Option<usize>| {
        let yes = picked.map(|i| i == 0);
        aid.with_value(|aid| {
            app.edit(
                aid,
                Edit::Signal {
                    signal: sid.to_owned(),
                    yes,
                },
            )
        })
    });
    let t = app.t();
    let locale = app.locale.get_untracked();
    view! {
        <fieldset class="question signal" id=format!("signal-{sid}")>
            <legend>{signal.text.get(locale).to_owned()}</legend>
            <ChoiceGroup
                name=format!("signal-{sid}")
                main=Vec::new()
                other=vec![ChoiceOption::new(t.yes, "option other"), ChoiceOption::new(t.no, "option other")]
                current=current
                on_choose
                clear_label=t.clear_answer
            />
        </fieldset>
    }
}
