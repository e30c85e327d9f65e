use super::copy_link::CopyLink;
use super::qr_code::QrCode;
use crate::domain::assessment::Assessment;
use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::domain::share::{self, SharedResult};
use crate::domain::storage::export;
use crate::i18n::ShareTexts;
use crate::web::{browser, route::Route, state::use_app};
use leptos::prelude::*;

/// Sharing a result as a link: exactly what the link holds, the choice to leave
/// the name out, and copying.
#[component]
pub fn SharePanel(assessment: Assessment) -> impl IntoView {
    let app = use_app();
    let s = app.t().share();
    let locale = app.locale.get_untracked();
    let with_label = RwSignal::new(true);
    let has_label = !assessment.label.trim().is_empty();
    let file_failed = RwSignal::new(false);
    let for_team = assessment.clone();
    let download_team_file = move |_| {
        let text = export::for_team(&for_team, browser::now_ms());
        let name = format!(
            "klantspiegel-team-{}-{}.json",
            file_part(&for_team.label),
            browser::today_iso()
        );
        file_failed.set(!browser::download(&name, "application/json", &text));
    };
    let shared = Memo::new(move |_| SharedResult::from_assessment(&assessment, with_label.get()));
    let link = Signal::derive(move || {
        shared
            .with(share::encode)
            .map(|payload| format!("{}{}", browser::origin(), Route::share(&payload).to_path()))
            .unwrap_or_default()
    });
    view! {
        <section class="share no-print" aria-labelledby="share-title">
            <h2 id="share-title">{s.share_title}</h2>
            <p>{s.share_intro}</p>
            {has_label.then(|| view! {
                <label class="toggle">
                    <input
                        type="checkbox"
                        prop:checked=move || with_label.get()
                        on:change=move |ev| with_label.set(event_target_checked(&ev))
                    />
                    {s.include_label}
                </label>
            })}
            <p class="contains-title">{s.contains_title}</p>
            <ul class="contains">{move || shared.with(|r| contents(r, s, locale))}</ul>
            <p class="hint">{s.never_contains}</p>
            <CopyLink id="share-link" label=s.link_label link/>
            <QrCode link title=s.qr_title too_long=app.t().team().qr_too_long/>
            <div class="team-file">
                <button type="button" on:click=download_team_file aria-describedby="team-file-hint">{s.team_file}</button>
                <p class="hint" id="team-file-hint">{s.team_file_hint}</p>
                {move || file_failed.get().then(|| view! { <p class="notice" role="alert">{s.team_file_failed}</p> })}
            </div>
        </section>
    }
}

/// The preview: one line per kind of thing the link holds.
fn contents(r: &SharedResult, s: &'static ShareTexts, locale: Locale) -> impl IntoView {
    let q = questionnaire::current();
    let context: Vec<String> = q
        .context_fields
        .iter()
        .filter_map(|f| {
            let chosen = r.context.get(&f.id)?;
            let option = f.options.iter().find(|o| &o.id == chosen)?;
            // "klanten: Allebei", never "klanten Allebei": the option is named, not
            // read into the sentence.
            Some(format!(
                "{}{} {}",
                f.label.get(locale).to_lowercase(),
                locale.colon(),
                option.name.get(locale)
            ))
        })
        .collect();
    let evidence = r.answers.values().filter(|a| a.evidence).count();
    let style = r
        .answers
        .keys()
        .filter(|id| q.style_item(id).is_some())
        .count();
    let lines = [
        (s.contains_answers)(r.answers.len() - style),
        (s.contains_evidence)(evidence),
        (s.contains_style)(style),
        (s.contains_signals)(r.signals.len()),
        if context.is_empty() {
            s.contains_no_context.to_owned()
        } else {
            (s.contains_context)(&context.join(locale.semicolon()))
        },
        r.label
            .as_deref()
            .map_or_else(|| s.contains_no_label.to_owned(), s.contains_label),
        (s.contains_revision)(r.revision),
    ];
    lines
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view()
}

/// A label as part of a file name: letters and digits kept, the rest a dash;
/// "evaluatie" when nothing is left.
fn file_part(label: &str) -> String {
    let part: String = label
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .take(4)
        .collect::<Vec<_>>()
        .join("-");
    if part.is_empty() {
        "evaluatie".to_owned()
    } else {
        part
    }
}
