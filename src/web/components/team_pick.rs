use crate::domain::team::Offer;
use crate::web::{browser, state::use_app};
use leptos::prelude::*;

/// Choosing which of several assessments count in the team: a backup's, or the
/// user's own. The latest changed is ticked; nothing is added until confirmed.
/// Only names, dates and counts are shown: notes never reach the team.
#[component]
pub fn TeamPick(
    offer: Offer,
    title: String,
    intro: &'static str,
    /// The offer and the indexes of its entries chosen (none when declined).
    on_pick: Callback<(Offer, Vec<usize>)>,
) -> impl IntoView {
    let app = use_app();
    let tt = app.t().team();
    let locale = app.locale.get_untracked();
    let first = offer.default_pick();
    let ticked = RwSignal::new(
        (0..offer.entries.len())
            .map(|i| i == first)
            .collect::<Vec<_>>(),
    );
    let rows = offer
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let name = e
                .result
                .label
                .clone()
                .unwrap_or_else(|| tt.unnamed.to_owned());
            let detail = (tt.pick_entry)(&browser::format_date(e.updated_ms, locale), e.answered);
            view! {
                <li>
                    <label class="toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || ticked.with(|t| t.get(i).copied().unwrap_or(false))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ticked.update(|t| if let Some(x) = t.get_mut(i) { *x = on });
                            }
                        />
                        <span class="pick-name">{name}</span>
                        <span class="pick-detail">{format!(" · {detail}")}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let (add_offer, none_offer) = (offer.clone(), offer);
    let add = move |_| {
        let chosen = ticked.with(|t| (0..t.len()).filter(|&i| t[i]).collect());
        on_pick.run((add_offer.clone(), chosen));
    };
    view! {
        <fieldset class="team-pick" id="team-pick">
            <legend>{title}</legend>
            <p class="hint">{intro}</p>
            <ul class="pick-list">{rows}</ul>
            <button type="button" class="primary" id="team-pick-add" on:click=add>{tt.pick_add}</button>
            <button type="button" on:click=move |_| on_pick.run((none_offer.clone(), Vec::new()))>{tt.pick_none}</button>
        </fieldset>
    }
}
