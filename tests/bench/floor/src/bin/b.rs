use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

#[component]
fn Picker() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let step = move || params.read().get("step").unwrap_or_default();
    let (chosen, set_chosen) = signal(0u8);
    view! {
        <h1>"Floor " {id} " / " {step}</h1>
        <fieldset>
            <legend>"Pick one"</legend>
            {(1..=5u8)
                .map(|i| view! {
                    <label>
                        <input type="radio" name="q" value=i.to_string()
                            on:change=move |_| set_chosen.set(i)/>
                        {format!("Option {i}")}
                    </label>
                })
                .collect_view()}
        </fieldset>
        <p>"Chosen: " {move || chosen.get()}</p>
        <A href="/">"Home"</A>
        " "
        <A href="/assessment/1/2">"Step"</A>
    }
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=|| "Not found">
                <Route path=path!("/") view=Picker/>
                <Route path=path!("/assessment/:id/:step") view=Picker/>
            </Routes>
        </Router>
    }
}

fn main() {
    leptos::mount::mount_to_body(App)
}
