//! A file offered to the team. A colleague's team file holds one assessment and
//! counts at once; a full backup holds every assessment of someone's browser, so
//! the user picks which count (one, the latest, unless they choose more). Notes
//! never get this far: each assessment is cut to what a link would share.

use super::roster::{from_file, Problem, Roster, Source};
use crate::domain::assessment::Assessment;
use crate::domain::share::SharedResult;
use crate::domain::storage::export::{self, ImportError};

/// One assessment in an offered file, as the team would see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub result: SharedResult,
    pub updated_ms: u64,
    /// Questions and statements answered.
    pub answered: usize,
}

/// Several assessments waiting for the user's pick: a backup file's, or the
/// user's own in this browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// The file's name (empty for the user's own).
    pub name: String,
    pub source: Source,
    pub entries: Vec<Entry>,
}

impl Offer {
    fn of(name: &str, source: Source, assessments: &[Assessment]) -> Offer {
        Offer {
            name: name.to_owned(),
            source,
            entries: assessments
                .iter()
                .map(|a| Entry {
                    result: from_file(a),
                    updated_ms: a.updated_ms,
                    answered: a.answers.values().filter(|x| x.choice.is_some()).count(),
                })
                .collect(),
        }
    }

    /// The user's own assessments in this browser, to pick from.
    pub fn own(assessments: &[Assessment]) -> Offer {
        Offer::of("", Source::Own, assessments)
    }

    /// The entry picked unless the user chooses otherwise: the latest changed.
    pub fn default_pick(&self) -> usize {
        self.entries
            .iter()
            .enumerate()
            .max_by_key(|(_, e)| e.updated_ms)
            .map_or(0, |(i, _)| i)
    }
}

/// What offering a file did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Taken {
    pub added: usize,
    /// Several assessments: nothing added yet, the user picks.
    pub pick: Option<Offer>,
    pub problems: Vec<Problem>,
}

impl Roster {
    /// Reads a file as the browser read it: its text, or why it could not be read.
    pub fn take_file(&mut self, name: &str, read: Result<String, ImportError>) -> Taken {
        let fail = |error| Taken {
            problems: vec![Problem::BrokenFile {
                name: name.to_owned(),
                error,
            }],
            ..Taken::default()
        };
        let readable = match read.and_then(|text| export::read(&text)) {
            Ok(r) => r,
            Err(error) => return fail(error),
        };
        let mut taken = Taken::default();
        if readable.damaged > 0 {
            taken.problems.push(Problem::DamagedInFile {
                name: name.to_owned(),
                damaged: readable.damaged,
            });
        }
        let offer = Offer::of(name, Source::File(name.to_owned()), &readable.assessments);
        match offer.entries.len() {
            0 => taken.problems.push(Problem::EmptyFile {
                name: name.to_owned(),
            }),
            1 => {
                let (added, problems) = self.add_picked(&offer, &[0]);
                taken.added = added;
                taken.problems.extend(problems);
            }
            _ => taken.pick = Some(offer),
        }
        taken
    }

    /// Adds the picked entries of an offered file (indexes into its entries).
    pub fn add_picked(&mut self, offer: &Offer, picked: &[usize]) -> (usize, Vec<Problem>) {
        let mut added = 0;
        let mut problems = Vec::new();
        for entry in picked.iter().filter_map(|&i| offer.entries.get(i)) {
            match self.add(entry.result.clone(), offer.source.clone()) {
                Some(p) => problems.push(p),
                None => added += 1,
            }
        }
        (added, problems)
    }
}
