use super::choice_group::{choice_at, place_of, ChoiceGroup, ChoiceOption};
use crate::domain::questionnaire::{self, StyleItem, STYLE_PLACES};
use crate::domain::storage::change::Edit;
use crate::domain::storage::upgrade;
use crate::web::route::anchor;
use crate::web::state::use_app;

use leptos::prelude::*;

/// One style statement: its stem, its two poles (A and B), and a radio group that
/// leans to one of them, clearly or rather (no middle), then "can't say" and
/// clear. Each place is described by the pole it leans to. Saved at once.
#[component]
pub fn StyleField(assessment_id: String, item: &'static StyleItem) -> impl IntoView {
    let app = use_app();
    let aid = StoredValue::new(assessment_id);
    let sid = item.id.as_str();
    let current = Memo::new(move |_| {
        aid.with_value(|aid| app.with_assessment(aid, |a| a.choice(sid)).flatten())
            .and_then(|c| place_of(c, STYLE_PLACES))
    });
    let is_new = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.with_assessment(aid, |a| {
                upgrade::is_new_for(a, questionnaire::current(), sid)
            })
            .unwrap_or(false)
        })
    });
    let on_choose = Callback::new(move |place: Option<usize>| {
        let choice = place.and_then(|p| choice_at(p, STYLE_PLACES));
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
    let pole_id = |i: usize| format!("{}-pole-{}", anchor::question(sid), ["a", "b"][i]);
    // Stored as the place (1 to 4, first pole clearly … second pole clearly).
    let main = [
        (t.lean_clearly_a, 0),
        (t.lean_rather_a, 0),
        (t.lean_rather_b, 1),
        (t.lean_clearly_b, 1),
    ]
    .into_iter()
    .map(|(label, pole)| ChoiceOption::new(label, "option lean").described_by(pole_id(pole)))
    .collect();
    let poles = item
        .poles
        .iter()
        .enumerate()
        .map(|(i, pole)| {
            view! {
                <p class="pole" id=pole_id(i)>
                    <span class="pole-key" aria-hidden="true">{["A", "B"][i]}</span>
                    <span>{pole.get(locale).to_owned()}</span>
                </p>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question style-item" id=anchor::question(sid)>
            <legend>
                {item.text.get(locale).to_owned()}
                {move || is_new.get().then(|| view! { " " <span class="tag">{t.new_question}</span> })}
            </legend>
            <div class="poles">{poles}</div>
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
