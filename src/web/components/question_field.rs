use super::choice_group::{choice_at, place_of, ChoiceGroup, ChoiceOption};
use crate::domain::answers::Level;
use crate::domain::assessment::NOTE_MAX_CHARS;
use crate::domain::questionnaire::applicability;
use crate::domain::questionnaire::wording::{self, Country};
use crate::domain::questionnaire::{self, Question};
use crate::domain::storage::change::Edit;
use crate::domain::storage::upgrade;
use crate::web::route::anchor;
use crate::web::state::use_app;
/// Five levels come before "don't know" and "not applicable".
const LEVELS: usize = 5;

use leptos::prelude::*;

/// One question as a native radio group: five anchored levels, "don't know" and
/// "not applicable". Every change is saved at once by the app state.
#[component]
pub fn QuestionField(
    assessment_id: String,
    question: &'static Question,
    number: usize,
) -> impl IntoView {
    let app = use_app();
    let aid = StoredValue::new(assessment_id);
    let qid = question.id.as_str();
    // The choice shown: the respondent's own, or "not applicable" by default for
    // a business-only question when the company serves consumers only.
    let current = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved.with(|s| {
                s.assessment(aid)
                    .and_then(|a| applicability::effective_choice(question, a))
                    .and_then(|c| place_of(c, LEVELS))
            })
        })
    });
    let defaulted = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved.with(|s| {
                s.assessment(aid).is_some_and(|a| {
                    a.choice(qid).is_none() && applicability::not_applicable_by_default(question, a)
                })
            })
        })
    });
    let is_new = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved.with(|s| {
                s.assessment(aid)
                    .is_some_and(|a| upgrade::is_new_for(a, questionnaire::current(), qid))
            })
        })
    });
    let country = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved
                .with(|s| s.assessment(aid).map_or(Country::Other, Country::of))
        })
    });
    let evidence = Memo::new(move |_| {
        aid.with_value(|aid| {
            app.saved.with(|s| {
                s.assessment(aid)
                    .and_then(|a| a.answer(qid))
                    .is_some_and(|a| a.evidence)
            })
        })
    });
    let note = move || {
        aid.with_value(|aid| {
            app.saved
                .with(|s| {
                    s.assessment(aid)
                        .and_then(|a| a.answer(qid))
                        .map(|a| a.note.clone())
                })
                .unwrap_or_default()
        })
    };
    let has_extras = move || {
        aid.with_value(|aid| {
            app.saved.with_untracked(|s| {
                s.assessment(aid)
                    .and_then(|a| a.answer(qid))
                    .is_some_and(|a| a.evidence || !a.note.is_empty())
            })
        })
    };
    let set_evidence = move |ev| {
        let on = event_target_checked(&ev);
        aid.with_value(|aid| {
            app.edit(
                aid,
                Edit::Evidence {
                    question: qid.to_owned(),
                    on,
                },
            )
        });
    };
    let set_note = move |ev| {
        let text = event_target_value(&ev);
        aid.with_value(|aid| {
            app.edit(
                aid,
                Edit::Note {
                    question: qid.to_owned(),
                    note: text.clone(),
                },
            )
        });
    };
    let on_choose = Callback::new(move |place: Option<usize>| {
        let choice = place.and_then(|p| choice_at(p, LEVELS));
        aid.with_value(|aid| {
            app.edit(
                aid,
                Edit::Choice {
                    question: qid.to_owned(),
                    choice,
                },
            )
        })
    });
    move || {
        let locale = app.locale.get();
        let country = country.get();
        let t = app.t();
        let q = questionnaire::current();
        let fill = move |text: &'static str| wording::fill(q, text, locale, country).into_owned();
        // Only the behaviour: no level number or name while answering.
        let levels = Level::all()
            .map(|level| {
                let behaviour = fill(question.levels[level.index()].text.get(locale));
                ChoiceOption::new(behaviour, "option level")
            })
            .collect();
        let other = vec![
            ChoiceOption::new(t.dont_know, "option other"),
            ChoiceOption::new(t.not_applicable, "option other"),
        ];
        view! {
            <fieldset class="question" id=anchor::question(qid)>
                <legend>
                    <span class="question-number">{format!("{number}. ")}</span>
                    {fill(question.text.get(locale))}
                    {move || is_new.get().then(|| view! { " " <span class="tag">{t.new_question}</span> })}
                </legend>
                {question.na_hint.as_ref().map(|hint| view! { <p class="na-hint">{fill(hint.get(locale))}</p> })}
                {move || defaulted.get().then(|| view! { <p class="na-default">{t.na_by_default}</p> })}
                <ChoiceGroup
                    name=format!("q-{qid}")
                    main=levels
                    other
                    current=current
                    on_choose
                    clear_label=t.clear_answer
                />
                // One tap away: open already when something is in it.
                <details class="answer-extras" open=has_extras()>
                    <summary>{t.extras_summary}</summary>
                    <label class="evidence">
                        <input type="checkbox" prop:checked=move || evidence.get() on:change=set_evidence/>
                        {t.evidence_label}
                    </label>
                    <label class="note-label" for=format!("note-{qid}")>{t.note_label}</label>
                    <textarea
                        id=format!("note-{qid}")
                        rows="2"
                        maxlength=NOTE_MAX_CHARS
                        aria-describedby=format!("note-hint-{qid}")
                        prop:value=note
                        on:input=set_note
                    ></textarea>
                    <p class="hint" id=format!("note-hint-{qid}")>{t.note_hint}</p>
                </details>
            </fieldset>
        }
    }
}
