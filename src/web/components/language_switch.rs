use crate::domain::locale::Locale;
use crate::web::state::use_app;
use leptos::prelude::*;

/// Buttons to switch the language; the choice is remembered.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let buttons = Locale::ALL
        .into_iter()
        .map(|locale| {
            view! {
                <button
                    type="button"
                    lang=locale.code()
                    aria-pressed=move || (app.locale.get() == locale).to_string()
                    on:click=move |_| app.set_locale(locale)
                >
                    {locale.endonym()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch" role="group" aria-label=move || app.t().language_label>
            {buttons}
        </div>
    }
}
