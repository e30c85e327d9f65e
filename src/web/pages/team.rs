use super::team_keeping::Keeping;
use super::team_lines::{names, problem_text, source_text};
use crate::domain::questionnaire;
use crate::domain::team::kept::{long_date, KeptTeam};
use crate::domain::team::{csv, Offer, Roster, TeamReport};
use crate::web::components::{
    CopyLink, KeptTeamsList, QrCode, TeamFiles, TeamPick, TeamReportView,
};
use crate::web::focus;
use crate::web::route::{use_route, Route};
use crate::web::router::{use_navigate, Navigate};
use crate::web::{browser, state::use_app};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Several assessments waiting for a pick, with the picker's title and intro.
type Pending = (Offer, String, &'static str);

/// The team view for a workshop: colleagues' result links pasted, their team files
/// (or backups, with a pick) dropped and the user's own assessments added, each
/// listed with where it came from. The team lives in the page's address and is
/// kept in this browser with a session title and date; printed or exported as CSV.
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
    let pending = RwSignal::new(Vec::<Pending>::new());
    let keeping = Keeping::load(&fragment(), app.locale.get_untracked());
    // Another address (back, forward, a kept team, a pasted team link) replaces
    // the team; the address this page wrote itself changes nothing.
    Effect::new(move |_| {
        let now = fragment();
        if roster.with_untracked(Roster::fragment) != now.trim_start_matches('#') {
            let (r, p) = Roster::from_fragment(&now);
            roster.set(r);
            problems.set(p);
            pending.set(Vec::new());
            keeping.open(&now);
        }
    });
    // Every change is written to the address and kept in this browser.
    let publish = move || {
        let fragment = roster.with_untracked(Roster::fragment);
        let options = Navigate {
            replace: true,
            keep_scroll: true,
        };
        navigate(&Route::team(&fragment).to_path(), options);
        keeping.keep(&fragment, app.locale.get_untracked());
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
    let ask = move |more: Vec<Pending>| {
        if !more.is_empty() {
            pending.update(|p| p.extend(more));
            request_animation_frame(|| focus::by_id("team-pick-add"));
        }
    };
    let on_files = Callback::new(move |files: Vec<(String, Result<String, _>)>| {
        let t = app.t().team();
        let (mut added, mut found, mut picks) = (0, Vec::new(), Vec::new());
        roster.update(|r| {
            for (name, read) in files {
                let taken = r.take_file(&name, read);
                added += taken.added;
                found.extend(taken.problems);
                if let Some(offer) = taken.pick {
                    let title = (t.pick_title)(&name, offer.entries.len());
                    picks.push((offer, title, t.pick_intro));
                }
            }
        });
        problems.set(found);
        status.set(Some((t.added)(added)));
        publish();
        ask(picks);
    });
    let add_own = move |_| {
        let t = app.t().team();
        let own = app.saved.with_untracked(|s| Offer::own(&s.assessments));
        if own.entries.is_empty() {
            status.set(Some(t.own_none.to_owned()));
        } else {
            ask(vec![(own, t.own_add.to_owned(), t.own_intro)]);
        }
    };
    let on_pick = Callback::new(move |(offer, chosen): (Offer, Vec<usize>)| {
        let (added, found) = roster
            .try_update(|r| r.add_picked(&offer, &chosen))
            .unwrap_or_default();
        pending.update(|p| drop(p.remove(0)));
        problems.set(found);
        status.set(Some((app.t().team().added)(added)));
        publish();
        request_animation_frame(move || {
            let next = pending.with_untracked(|p| !p.is_empty());
            focus::by_id(if next {
                "team-pick-add"
            } else {
                "respondents-title"
            });
        });
    });
    let remove = Callback::new(move |index: usize| {
        roster.update(|r| r.remove(index));
        status.set(None);
        publish();
        // The button is gone with its row: keep the keyboard where the list is.
        request_animation_frame(|| focus::by_id("respondents-title"));
    });
    let on_delete = Callback::new(move |team: KeptTeam| {
        keeping.delete(&team.id);
        status.set(Some((app.t().team().deleted)(&team.name)));
    });
    let kept_list = Signal::derive(move || keeping.teams.with(|k| k.listed()));
    let team_link = Signal::derive(move || {
        let fragment = roster.with(Roster::fragment);
        format!("{}{}", browser::origin(), Route::team(&fragment).to_path())
    });
    let start_link = Signal::derive(|| format!("{}/", browser::origin()));
    let session_changed = move || {
        keeping.keep(
            &roster.with_untracked(Roster::fragment),
            app.locale.get_untracked(),
        )
    };
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
                    <p class="print-title">{move || keeping.name.with(|n| if n.trim().is_empty() { t.report_title.to_owned() } else { n.clone() })}</p>
                    <p>{move || keeping.date.with(|d| long_date(d, locale)).map(|d| (t.session_line)(&d))}</p>
                    <p>{printed_on}</p>
                </header>
                <h1>{app.t().team_title}</h1>
                <p class="lead no-print">{app.t().team_intro}</p>
                {move || keeping.notice.get().map(|n| view! { <p class="notice no-print" role="alert">{n}</p> })}
                <section class="kept no-print" aria-labelledby="kept-title">
                    <h2 id="kept-title">{t.kept_title}</h2>
                    <KeptTeamsList teams=kept_list current=keeping.current.into() on_delete/>
                    {(!empty).then(|| view! { <a href=Route::team("").to_path() class="button">{t.kept_new}</a> })}
                </section>
                {(!empty).then(|| view! {
                    <div class="session no-print">
                        <label for="session-name">{t.session_label}</label>
                        <input id="session-name" type="text" maxlength="80"
                            prop:value=move || keeping.name.get()
                            on:input=move |ev| keeping.name.set(event_target_value(&ev))
                            on:change=move |_| session_changed()/>
                        <label for="session-date">{t.session_date_label}</label>
                        <input id="session-date" type="date"
                            prop:value=move || keeping.date.get()
                            on:change=move |ev| { keeping.date.set(event_target_value(&ev)); session_changed() }/>
                        {move || if keeping.current.with(Option::is_some) {
                            view! { <p class="hint kept-here">{t.kept_here}</p> }.into_any()
                        } else {
                            view! { <button type="button" on:click=move |_| session_changed()>{t.keep_this}</button> }.into_any()
                        }}
                    </div>
                })}
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
                    <div>
                        <TeamFiles on_files/>
                        <button type="button" class="own-add" on:click=add_own>{t.own_add}</button>
                    </div>
                </div>
                {move || pending.with(|p| p.first().cloned()).map(|(offer, title, intro)| {
                    view! { <TeamPick offer title intro on_pick/> }
                })}
                <p class="team-status no-print" role="status">{move || status.get()}</p>
                {(!problems.with(Vec::is_empty)).then(|| view! {
                    <div class="notice no-print" role="alert">
                        <p class="notice-title">{t.broken_title}</p>
                        <ul class="team-problems">{problem_items}</ul>
                    </div>
                })}
                <section class="respondents-section" aria-labelledby="respondents-title">
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
