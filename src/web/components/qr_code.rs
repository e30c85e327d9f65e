use crate::domain::chart::qr_svg;
use leptos::prelude::*;

/// A QR code of a link, drawn offline as SVG by the domain, with the link's text
/// beside it so it can also be read or typed.
#[component]
pub fn QrCode(
    link: Signal<String>,
    /// The code's accessible name and caption.
    title: &'static str,
    /// Said instead of the code when the link is too long for one.
    too_long: &'static str,
) -> impl IntoView {
    move || {
        let link = link.get();
        match qr_svg(&link, title) {
            Some(svg) => view! {
                <figure class="qr">
                    <div class="qr-code" inner_html=svg></div>
                    <figcaption>
                        <span class="qr-title">{title}</span>
                        <code class="qr-link">{link}</code>
                    </figcaption>
                </figure>
            }
            .into_any(),
            None => view! { <p class="hint">{too_long}</p> }.into_any(),
        }
    }
}
