use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_params_map;
use leptos_router::path;
use serde::{Deserialize, Serialize};

const KEY: &str = "floor-state";

#[derive(Serialize, Deserialize, Default, Clone)]
struct Meta {
    version: u32,
    locale: String,
    done: bool,
}

#[derive(Serialize, Deserialize, Default, Clone)]
struct State {
    name: String,
    tags: Vec<String>,
    answers: BTreeMap<String, u8>,
    started: Option<u64>,
    meta: Meta,
    chosen: u8,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> State {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn save(state: &State) {
    if let (Some(s), Ok(t)) = (storage(), serde_json::to_string(state)) {
        let _ = s.set_item(KEY, &t);
    }
}

#[component]
fn Picker() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let step = move || params.read().get("step").unwrap_or_default();
    let state = RwSignal::new(load());
    view! {
        <h1>"Floor " {id} " / " {step}</h1>
        <fieldset>
            <legend>"Pick one"</legend>
            {(1..=5u8)
                .map(|i| view! {
                    <label>
                        <input type="radio" name="q" value=i.to_string()
                            on:change=move |_| {
                                state.update(|s| {
                                    s.chosen = i;
                                    s.answers.insert(step(), i);
                                });
                                save(&state.read_untracked());
                            }/>
                        {format!("Option {i}")}
                    </label>
                })
                .collect_view()}
        </fieldset>
        <p>"Chosen: " {move || state.with(|s| s.chosen)}</p>
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
