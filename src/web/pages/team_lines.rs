//! The team view's lines about people and problems: the names respondents are
//! listed under, where each came from, and why something did not count.

use crate::domain::locale::Locale;
use crate::domain::team::{Problem, Roster, Source};
use crate::i18n::texts;

/// The names respondents are listed under: their label, or "respondent n".
pub fn names(roster: &Roster, locale: Locale) -> Vec<String> {
    let fallback = texts(locale).team().respondent_fallback;
    roster
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| m.result.label.clone().unwrap_or_else(|| fallback(i + 1)))
        .collect()
}

pub fn source_text(source: &Source, locale: Locale) -> String {
    let t = texts(locale).team();
    match source {
        Source::Link => t.source_link.to_owned(),
        Source::File(name) => (t.source_file)(name),
        Source::TeamLink => t.source_team_link.to_owned(),
        Source::Own => t.source_own.to_owned(),
    }
}

pub fn problem_text(problem: &Problem, names: &[String], locale: Locale) -> String {
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
