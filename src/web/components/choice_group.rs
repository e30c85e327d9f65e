use leptos::prelude::*;

/// One option of a [`ChoiceGroup`]: its value, what it says, its CSS class.
pub struct ChoiceOption<T> {
    pub value: T,
    pub label: String,
    pub class: &'static str,
}

impl<T> ChoiceOption<T> {
    pub fn new(value: T, label: impl Into<String>, class: &'static str) -> ChoiceOption<T> {
        ChoiceOption {
            value,
            label: label.into(),
            class,
        }
    }
}

/// A native radio group (inside the caller's fieldset): the main options, then a
/// row with the other options and "clear". Every question, style item and signal
/// is answered through it, so all three look and behave alike, keyboard included.
#[component]
pub fn ChoiceGroup<T>(
    /// The radios' shared name.
    name: String,
    /// Shown in a column (the levels, the three behaviours); may be empty.
    main: Vec<ChoiceOption<T>>,
    /// Shown in a row after them ("don't know", "yes"/"no").
    other: Vec<ChoiceOption<T>>,
    /// The option chosen, if any.
    #[prop(into)]
    current: Signal<Option<T>>,
    /// Called with the new choice, or `None` to clear.
    on_choose: Callback<Option<T>>,
    clear_label: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let option = move |o: ChoiceOption<T>| {
        let name = name.clone();
        let value = o.value;
        view! {
            <label class=o.class>
                <input
                    type="radio"
                    name=name
                    prop:checked=move || current.get() == Some(value)
                    on:change=move |_| on_choose.run(Some(value))
                />
                <span class="option-title">{o.label}</span>
            </label>
        }
    };
    let main = (!main.is_empty()).then(|| {
        let items = main.into_iter().map(option.clone()).collect_view();
        view! { <div class="levels">{items}</div> }
    });
    let other = other.into_iter().map(option).collect_view();
    view! {
        {main}
        <div class="other-choices">
            {other}
            <button
                type="button"
                class="link-button"
                disabled=move || current.get().is_none()
                on:click=move |_| on_choose.run(None)
            >
                {clear_label}
            </button>
        </div>
    }
}
