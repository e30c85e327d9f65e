use leptos::prelude::*;

/// A table under its heading, in a region that scrolls sideways on narrow screens;
/// the region is named by the heading and focusable, so keyboards can scroll it.
#[component]
pub fn ScrollTable(
    id: &'static str,
    title: &'static str,
    class: &'static str,
    headers: Vec<&'static str>,
    children: Children,
) -> impl IntoView {
    let headers = headers
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    view! {
        <h2 id=id>{title}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id>
            <table class=class>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
