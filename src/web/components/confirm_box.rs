use leptos::prelude::*;

/// The second step of an action that asks first: the question, "yes" and
/// "cancel", as a labelled group. The caller opens it, moves focus into it (by the
/// ids given) and, when it closes, back to where the keyboard should go on.
/// Escape inside it cancels.
#[component]
pub fn ConfirmBox(
    /// The group's accessible name (the action asked about).
    label: &'static str,
    question: String,
    yes: &'static str,
    /// `danger` for destructive actions, `primary` for the others.
    yes_class: &'static str,
    #[prop(optional)] yes_id: Option<&'static str>,
    cancel: &'static str,
    #[prop(optional)] cancel_id: Option<&'static str>,
    on_yes: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        // Escape cancels, as it closes any question a page asks.
        <div class="confirm" role="group" aria-label=label on:keydown=move |ev| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                on_cancel.run(());
            }
        }>
            <p>{question}</p>
            <button type="button" id=yes_id class=yes_class on:click=move |_| on_yes.run(())>{yes}</button>
            <button type="button" id=cancel_id on:click=move |_| on_cancel.run(())>{cancel}</button>
        </div>
    }
}
