//! Who is in the team and where each came from: pasted links, export files, or
//! the team link itself. The same respondent added twice counts once.

use crate::domain::assessment::Assessment;
use crate::domain::share::{self, layout, ShareError, SharedResult};
use crate::domain::storage::export::ImportError;

/// Where a respondent came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Pasted as a result link.
    Link,
    /// Read from an export file with this name.
    File(String),
    /// Already in the team link this page was opened with.
    TeamLink,
    /// One of the user's own assessments in this browser.
    Own,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub result: SharedResult,
    pub source: Source,
}

/// Why something offered to the team did not count; each is reported on its own.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A pasted line (numbered as it now stands in the field) is not a link.
    BrokenLink { line: usize, error: ShareError },
    /// Respondent `part` (from 1) of the team link this page was opened with
    /// cannot be read: the link was cut short or changed on its way.
    BrokenTeamPart { part: usize, error: ShareError },
    /// A file that is not a readable export.
    BrokenFile { name: String, error: ImportError },
    /// An export file some of whose assessments cannot be read (the others count).
    DamagedInFile { name: String, damaged: usize },
    /// An export file with no assessment in it.
    EmptyFile { name: String },
    /// Already in the team: the new copy's source and the number (from 1) of
    /// the respondent it repeats.
    Duplicate { source: Source, of: usize },
}

/// The team being put together, in the order respondents were added.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Roster {
    pub members: Vec<Member>,
}

/// What pasting links did: the broken lines stay in the field to be fixed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pasted {
    pub added: usize,
    pub kept_lines: Vec<String>,
    pub problems: Vec<Problem>,
}

/// What a respondent's file entry shares: what a link would, label included, on
/// the revision the answers were given in (so a mixed team is combined right).
pub fn from_file(a: &Assessment) -> SharedResult {
    let mut result = SharedResult::from_assessment(a, true);
    result.revision = answered_revision(a);
    result
}

/// The revision this assessment's answers were given in: the one it started on
/// when it was upgraded and has no answer to a question that revision did not ask.
pub fn answered_revision(a: &Assessment) -> u32 {
    let Some(from) = a.upgraded_from else {
        return a.revision;
    };
    match layout::for_questionnaire(&a.questionnaire, from) {
        Some(old)
            if a.answers
                .iter()
                .filter(|(_, x)| x.choice.is_some())
                .all(|(id, _)| old.questions.contains(id) || old.style.contains(id)) =>
        {
            from
        }
        _ => a.revision,
    }
}

impl Roster {
    /// The team in a team link's fragment; broken parts are reported by place.
    pub fn from_fragment(fragment: &str) -> (Roster, Vec<Problem>) {
        let mut roster = Roster::default();
        let mut problems = Vec::new();
        for line in super::parse_fragment(fragment) {
            match line {
                super::Line::Respondent(result) => {
                    if let Some(p) = roster.add(result, Source::TeamLink) {
                        problems.push(p);
                    }
                }
                super::Line::Broken { line, error } => {
                    problems.push(Problem::BrokenTeamPart { part: line, error })
                }
            }
        }
        (roster, problems)
    }

    pub fn results(&self) -> Vec<SharedResult> {
        self.members.iter().map(|m| m.result.clone()).collect()
    }

    /// The team link's fragment for these respondents.
    pub fn fragment(&self) -> String {
        super::team_fragment(&self.results())
    }

    /// Adds one respondent unless the same result is already in (same answers,
    /// signals, context, label and revision): then says so and adds nothing.
    pub fn add(&mut self, result: SharedResult, source: Source) -> Option<Problem> {
        if let Some(i) = self.members.iter().position(|m| m.result == result) {
            return Some(Problem::Duplicate { source, of: i + 1 });
        }
        self.members.push(Member { result, source });
        None
    }

    /// Adds every valid link of pasted text.
    pub fn paste(&mut self, text: &str) -> Pasted {
        let mut out = Pasted::default();
        for link in text.lines().flat_map(super::links_in) {
            match crate::domain::share::read_link(link) {
                Ok(r) => match self.add(r, Source::Link) {
                    Some(p) => out.problems.push(p),
                    None => out.added += 1,
                },
                Err(error) => {
                    out.kept_lines.push(link.trim().to_owned());
                    let line = out.kept_lines.len();
                    out.problems.push(Problem::BrokenLink { line, error });
                }
            }
        }
        out
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.members.len() {
            self.members.remove(index);
        }
    }

    /// Whether every respondent fits in a team link (an old revision without a
    /// layout would not).
    pub fn all_linkable(&self) -> bool {
        self.members
            .iter()
            .all(|m| share::encode(&m.result).is_some())
    }
}

#[cfg(test)]
#[path = "roster_tests.rs"]
mod tests;
