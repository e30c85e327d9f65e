//! The 90-day plan as files: a CSV for a spreadsheet (owner, action, deliverable,
//! measure, due date) and an iCalendar file (RFC 5545) with one all-day entry per
//! action on its due date, counted from the day the plan is made.

use super::civil_date::CivilDate;
use super::csv::line;
use crate::domain::locale::{Locale, Localized};
use crate::domain::questionnaire::applicability::Size;
use crate::domain::questionnaire::wording::{self, Country};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::plan::PlanMove;

/// One action of the plan, in words of one language.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub due: CivilDate,
    pub owner: String,
    pub action: String,
    pub deliverable: String,
    /// The measure with its start, target and source, in one line.
    pub measure: String,
}

/// The words before a measure's start, target and source ("Nu:", "Doel na 90
/// dagen:", "Bron:").
pub struct MeasureLabels<'a> {
    pub start: &'a str,
    pub target: &'a str,
    pub source: &'a str,
}

/// The plan's actions in one language, due `by_day` days after `today` (on the
/// Monday after, when that is a weekend), once the plan's words are loaded.
pub fn plan_rows(
    q: &Questionnaire,
    moves: &[PlanMove],
    (locale, size, country): (Locale, Size, Country),
    labels: &MeasureLabels,
    today: CivilDate,
) -> Vec<PlanRow> {
    let fill = |t: &Localized| wording::fill(q, t.get(locale), locale, country).into_owned();
    moves
        .iter()
        .map(|m| {
            let words = m.words(q);
            PlanRow {
                due: today.plus_days(i64::from(m.by_day)).working_day(),
                owner: m
                    .owner
                    .map(|r| r.name_for(size).get(locale).to_owned())
                    .unwrap_or_default(),
                action: words.map(|w| fill(&w.next)).unwrap_or_default(),
                deliverable: words.map(|w| fill(&w.deliverable)).unwrap_or_default(),
                measure: words
                    .map(|w| {
                        let m = &w.measure;
                        format!(
                            "{}. {} {}. {} {}. {} {}",
                            fill(&m.what),
                            labels.start,
                            fill(&m.start),
                            labels.target,
                            fill(&m.target),
                            labels.source,
                            fill(&m.source)
                        )
                    })
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The plan's CSV: a header (owner, action, deliverable, measure, due date) and
/// one row per action, UTF-8 with a byte order mark, the language's separator.
pub fn plan_csv(rows: &[PlanRow], header: [&str; 5], locale: Locale) -> String {
    let mut out = String::from('\u{feff}');
    out.push_str(&line(&header.map(str::to_owned), locale));
    for r in rows {
        let cells = [&r.owner, &r.action, &r.deliverable, &r.measure].map(|c| c.to_owned());
        let mut cells = cells.to_vec();
        cells.push(r.due.iso());
        out.push_str(&line(&cells, locale));
    }
    out
}

/// The words a calendar entry's description needs.
pub struct CalendarLabels<'a> {
    pub owner: &'a str,
    pub deliverable: &'a str,
    pub measure: &'a str,
}

/// The plan as an iCalendar file: CRLF line ends, lines folded at 75 octets, and
/// per action an all-day event with a UID and a DTSTAMP (`now_ms`, UTC).
pub fn plan_ics(rows: &[PlanRow], l: &CalendarLabels, locale: Locale, now_ms: u64) -> String {
    let stamp = {
        let day = CivilDate::from_ms(now_ms);
        let secs = (now_ms / 1000) % 86_400;
        format!(
            "{}T{:02}{:02}{:02}Z",
            day.basic(),
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    };
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!(
            "PRODID:-//Klantspiegel//Plan//{}",
            locale.code().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for (i, r) in rows.iter().enumerate() {
        // A signal's action has an owner but no deliverable or measure: no empty lines.
        let colon = locale.colon();
        let mut description = String::new();
        for (k, v) in [
            (l.owner, &r.owner),
            (l.deliverable, &r.deliverable),
            (l.measure, &r.measure),
        ] {
            if !v.is_empty() {
                if !description.is_empty() {
                    description.push('\n');
                }
                description.push_str(&format!("{k}{colon} {v}"));
            }
        }
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{now_ms}-{}@klantspiegel", i + 1),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", r.due.basic()),
            format!("DTEND;VALUE=DATE:{}", r.due.plus_days(1).basic()),
            format!("SUMMARY:{}", escape(&r.action)),
            format!("DESCRIPTION:{}", escape(&description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l)).collect()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded so no line passes 75 octets (a character is never
/// split), each ended by CRLF.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
#[path = "plan_files_tests.rs"]
mod tests;
