use crate::domain::locale::Locale;
use crate::domain::questionnaire;
use crate::domain::team::{csv, Problem, Roster, Source, TeamReport};
use crate::i18n::texts;
use crate::web::components::{CopyLink, QrCode, TeamFiles, TeamReportView};
use crate::web::focus;
use crate::web::route::{use_route, Route};
use crate::web::router::{use_navigate, Navigate};
use crate::web::{browser, state::use_app};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The team view for a workshop: colleagues' result links pasted and export
/// files dropped, each listed with where it came from; the team kept in this
/// page's address (the fragment), never in storage; printed or exported as CSV.
#[component]
pub fn TeamPage() -> impl IntoView {
    let app = use_app();
    let route = use_route();
    let navigate = use_navigate();
    let fragment = move || match route.get() {
        Some(Route::Team { fragment }) => fragment,
        _ => String::new(),
    };
    let (first, from_address) = Roster::from_fragment(&fragment());
    let roster = RwSignal::new(first);
    let problems = RwSignal::new(from_address);
    let status = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());
    // Another address (back, forward, a pasted team link) replaces the team;
    // the address this page wrote itself changes nothing.
    Effect::new(move |_| {
        let now = fragment();
        if roster.with_untracked(Roster::fragment) != now.trim_start_matches('#') {
            let (r, p) = Roster::from_fragment(&now);
            roster.set(r);
            problems.set(p);
        }
    });
    let publish = move || {
        let options = Navigate {
            replace: true,
            keep_scroll: true,
        };
        navigate(
            &Route::team(&roster.with_untracked(Roster::fragment)).to_path(),
            options,
        );
    };
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let outcome = roster
            .try_update(|r| r.paste(&pasted.get_untracked()))
            .unwrap_or_default();
        // Broken lines stay to be fixed, numbered as they now stand.
        pasted.set(outcome.kept_lines.join("\n"));
        problems.set(outcome.problems);
        status.set(Some((app.t().team().added)(outcome.added)));
        publish();
    };
    let on_files = Callback::new(move |files: Vec<(String, Result<String, _>)>| {
        let mut added = 0;
        let mut found = Vec::new();
        roster.update(|r| {
            for (name, read) in files {
                let (n, p) = r.add_read(&name, read);
                added += n;
                found.extend(p);
            }
        });
        problems.set(found);
        status.set(Some((app.t().team().added)(added)));
        publish();
    });
    let remove = Callback::new(move |index: usize| {
        roster.update(|r| r.remove(index));
        status.set(None);
        publish();
        // The button is gone with its row: keep the keyboard where the list is.
        request_animation_frame(|| focus::by_id("respondents-title"));
    });
    let team_link = Signal::derive(move || {
        let fragment = roster.with(Roster::fragment);
        format!("{}{}", browser::origin(), Route::team(&fragment).to_path())
    });
    let start_link = Signal::derive(|| format!("{}/", browser::origin()));
    move || {
        let t = app.t().team();
        let locale = app.locale.get();
        let names = roster.with(|r| names(r, locale));
        let results = roster.with(Roster::results);
        let empty = results.is_empty();
        let sources: Vec<String> = roster.with(|r| {
            r.members
                .iter()
                .map(|m| source_text(&m.source, locale))
                .collect()
        });
        let items = names
            .iter()
            .zip(&sources)
            .enumerate()
            .map(|(i, (name, source))| {
                let name = name.clone();
                view! {
                    <li>
                        <span class="who"><span class="name">{name.clone()}</span><span class="source">{format!(" · {source}")}</span></span>
                        <button type="button" class="link-button no-print" on:click=move |_| remove.run(i)>
                            {t.remove}
                            <span class="visually-hidden">{format!(" “{name}”")}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        let problem_items = problems.with(|ps| {
            ps.iter()
                .map(|p| view! { <li>{problem_text(p, &names, locale)}</li> })
                .collect_view()
        });
        let csv_names = names.clone();
        let csv_sources = sources.clone();
        let download_csv = move |_| {
            let q = questionnaire::current();
            let results = roster.with_untracked(Roster::results);
            let report = TeamReport::new(q, &results);
            let revisions: Vec<u32> = results.iter().map(|r| r.revision).collect();
            let text = csv::to_csv(
                q,
                &report,
                &csv_names,
                &csv_sources,
                &revisions,
                locale,
                &crate::i18n::tables::team::csv_labels(locale),
            );
            let name = format!("klantspiegel-team-{}.csv", browser::today_iso());
            if !browser::download(&name, "text/csv;charset=utf-8", &text) {
                status.set(Some(app.t().team().csv_failed.to_owned()));
            }
        };
        let printed_on = (t.printed_on)(
            &browser::format_date(browser::now_ms(), locale),
            questionnaire::current().revision,
        );
        view! {
            <article class="team">
                <header class="print-only team-print-head">
                    <p class="print-title">{t.report_title}</p>
                    <p>{printed_on}</p>
                </header>
                <h1>{app.t().team_title}</h1>
                <p class="lead no-print">{app.t().team_intro}</p>
                <div class="team-inputs no-print">
                    <form class="team-form" on:submit=add>
                        <label for="team-links">{t.paste_label}</label>
                        <textarea
                            id="team-links"
                            rows="4"
                            aria-describedby="team-links-hint"
                            prop:value=move || pasted.get()
                            on:input=move |ev| pasted.set(event_target_value(&ev))
                        ></textarea>
                        <p class="hint" id="team-links-hint">{t.paste_hint}</p>
                        <button type="submit" class="primary">{t.add}</button>
                    </form>
                    <TeamFiles on_files/>
                </div>
                <p class="team-status no-print" role="status">{move || status.get()}</p>
                {(!problems.with(Vec::is_empty)).then(|| view! {
                    <div class="notice no-print" role="alert">
                        <p class="notice-title">{t.broken_title}</p>
                        <ul class="team-problems">{problem_items}</ul>
                    </div>
                })}
                <section aria-labelledby="respondents-title">
                    <h2 id="respondents-title" tabindex="-1">{t.respondents_title}</h2>
                    {if empty {
                        view! { <p>{t.none_yet}</p> }.into_any()
                    } else {
                        view! { <ol class="respondents">{items}</ol> }.into_any()
                    }}
                </section>
                {(!empty).then(|| view! {
                    <nav class="report-actions no-print" aria-label=t.actions_label>
                        <button type="button" class="primary" on:click=|_| browser::print()>{t.print}</button>
                        <button type="button" on:click=download_csv>{t.csv}</button>
                    </nav>
                    <TeamReportView results=results names=names.clone()/>
                })}
                <section class="share no-print" aria-labelledby="share-team-title">
                    <h2 id="share-team-title">{t.share_team_title}</h2>
                    {(!empty).then(|| view! {
                        <p>{t.share_team_intro}</p>
                        <CopyLink id="team-link" label=app.t().share().link_label link=team_link/>
                    })}
                    <div class="qr-pair">
                        {(!empty).then(|| view! {
                            <QrCode link=team_link title=t.qr_team_title too_long=t.qr_too_long/>
                        })}
                        <QrCode link=start_link title=t.qr_start_title too_long=t.qr_too_long/>
                    </div>
                </section>
            </article>
        }
    }
}

/// The names respondents are listed under: their label, or "respondent n".
fn names(roster: &Roster, locale: Locale) -> Vec<String> {
    let fallback = texts(locale).team().respondent_fallback;
    roster
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| m.result.label.clone().unwrap_or_else(|| fallback(i + 1)))
        .collect()
}

fn source_text(source: &Source, locale: Locale) -> String {
    let t = texts(locale).team();
    match source {
        Source::Link => t.source_link.to_owned(),
        Source::File(name) => (t.source_file)(name),
        Source::TeamLink => t.source_team_link.to_owned(),
    }
}

fn problem_text(problem: &Problem, names: &[String], locale: Locale) -> String {
    let tx = texts(locale);
    let t = tx.team();
    match problem {
        Problem::BrokenLink { line, error } => (t.broken_line)(*line, &tx.share().error(*error)),
        Problem::BrokenTeamPart { part, error } => {
            (t.broken_part)(*part, &tx.share().error(*error))
        }
        Problem::BrokenFile { name, error } => (t.broken_file)(name, t.file_error(error)),
        Problem::EmptyFile { name } => (t.empty_file)(name),
        Problem::DamagedInFile { name, damaged } => (t.damaged_in_file)(name, *damaged),
        Problem::Duplicate { source, of } => {
            let name = names.get(of.wrapping_sub(1)).cloned().unwrap_or_default();
            (t.duplicate)(&source_text(source, locale), &name)
        }
    }
}
