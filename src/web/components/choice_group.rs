use crate::domain::answers::{Choice, Level};
use crate::web::focus;
use leptos::prelude::*;

/// One option of a [`ChoiceGroup`]: what it says, its CSS class and, where the
/// label alone does not say it all, the id of the text that describes it.
pub struct ChoiceOption {
    pub label: String,
    pub class: &'static str,
    pub described_by: Option<String>,
}

impl ChoiceOption {
    pub fn new(label: impl Into<String>, class: &'static str) -> ChoiceOption {
        ChoiceOption {
            label: label.into(),
            class,
            described_by: None,
        }
    }

    pub fn described_by(mut self, id: String) -> ChoiceOption {
        self.described_by = Some(id);
        self
    }
}

/// A native radio group (inside the caller's fieldset): the main options, then a
/// row with the other options and "clear". Every question, style item and signal
/// is answered through it, so all three look and behave alike, keyboard included.
/// Options are numbered in order, the main ones first; the caller maps its values
/// to those numbers (one non-generic component keeps the wasm small).
#[component]
pub fn ChoiceGroup(
    /// The radios' shared name.
    name: String,
    /// Shown in a column (the levels, the three behaviours); may be empty.
    main: Vec<ChoiceOption>,
    /// Shown in a row after them ("don't know", "yes"/"no").
    other: Vec<ChoiceOption>,
    /// The number of the option chosen, if any.
    #[prop(into)]
    current: Signal<Option<usize>>,
    /// Called with the number of the new choice, or `None` to clear.
    on_choose: Callback<Option<usize>>,
    clear_label: &'static str,
) -> impl IntoView {
    let first_other = main.len();
    let option = move |(i, o): (usize, ChoiceOption)| {
        let name = name.clone();
        view! {
            <label class=o.class>
                <input
                    type="radio"
                    name=name
                    aria-describedby=o.described_by
                    prop:checked=move || current.get() == Some(i)
                    on:change=move |_| on_choose.run(Some(i))
                />
                <span class="option-title">{o.label}</span>
            </label>
        }
    };
    let main = (first_other > 0).then(|| {
        let items = main
            .into_iter()
            .enumerate()
            .map(option.clone())
            .collect_view();
        view! { <div class="levels">{items}</div> }
    });
    let other = other
        .into_iter()
        .enumerate()
        .map(|(i, o)| (first_other + i, o))
        .map(option)
        .collect_view();
    view! {
        {main}
        <div class="other-choices">
            {other}
            <button
                type="button"
                class="link-button"
                disabled=move || current.get().is_none()
                on:click=move |ev| {
                    on_choose.run(None);
                    focus::first_option(&ev);
                }
            >
                {clear_label}
            </button>
        </div>
    }
}

/// The place of a choice in a group of `levels` levels followed by "don't know"
/// (or "can't say") and, for questions, "not applicable".
pub fn place_of(choice: Choice, levels: usize) -> Option<usize> {
    match choice {
        Choice::Level(level) => Some(level.index()).filter(|&i| i < levels),
        Choice::DontKnow => Some(levels),
        Choice::NotApplicable => Some(levels + 1),
    }
}

/// The choice at a place of such a group.
pub fn choice_at(place: usize, levels: usize) -> Option<Choice> {
    match place {
        i if i < levels => u8::try_from(i + 1)
            .ok()
            .and_then(Level::new)
            .map(Choice::Level),
        i if i == levels => Some(Choice::DontKnow),
        i if i == levels + 1 => Some(Choice::NotApplicable),
        _ => None,
    }
}
