use leptos::prelude::*;

#[component]
fn Picker() -> impl IntoView {
    let (chosen, set_chosen) = signal(0u8);
    view! {
        <h1>"Floor"</h1>
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
    }
}

fn main() {
    leptos::mount::mount_to_body(Picker)
}
