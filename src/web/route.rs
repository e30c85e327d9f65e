//! Every address of the app, spelled once: a typed route that prints its path and
//! parses one back, and the ids of the page anchors that addresses and focus moves
//! point at. The route table itself is in the app shell (`app.rs`).

use crate::domain::questionnaire::{self, steps::Step};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// One step of answering an assessment; the intro is the assessment's own address.
    Step {
        id: String,
        step: Step,
    },
    /// A question on its dimension's page; the page moves focus to it.
    Question {
        id: String,
        dimension: usize,
        question: String,
    },
    Results {
        id: String,
    },
    /// A shared result: the payload rides in the fragment, which browsers never
    /// send to a server.
    Share {
        payload: String,
    },
    /// The team view: the respondents' payloads ride in the fragment.
    Team {
        fragment: String,
    },
    /// Two assessments compared (ids in the query, so the page can reload), or
    /// the default pair when `None`.
    Compare {
        pair: Option<(String, String)>,
    },
    Method,
    /// Backups and spreadsheets: export, CSV and import.
    Backup,
}

/// Ids of elements that addresses and focus moves point at.
pub mod anchor {
    /// The page's main landmark, the skip link's target.
    pub const MAIN: &str = "main";
    /// The title of an answering step; it takes focus on every new step.
    pub const STEP_TITLE: &str = "step-title";
    /// The heading of the saved assessments on home.
    pub const SAVED_TITLE: &str = "saved-title";
    /// The heading of the data kept aside on home.
    pub const KEPT_TITLE: &str = "kept-title";
    /// A question's fieldset is `question-<question id>`.
    pub const QUESTION_PREFIX: &str = "question-";

    /// The id of a question's (or style item's) fieldset.
    pub fn question(question_id: &str) -> String {
        format!("{QUESTION_PREFIX}{question_id}")
    }
}

const ASSESSMENT: &str = "assessment";
const RESULTS: &str = "results";
const SHARE: &str = "share";
const TEAM: &str = "team";
const COMPARE: &str = "compare";
const METHOD: &str = "method";
const BACKUP: &str = "backup";

impl Route {
    /// The path (with query and fragment) that leads here.
    pub fn to_path(&self) -> String {
        let q = questionnaire::current();
        match self {
            Route::Home => "/".to_owned(),
            Route::Step {
                id,
                step: Step::Intro,
            } => format!("/{ASSESSMENT}/{id}"),
            Route::Step { id, step } => format!("/{ASSESSMENT}/{id}/{}", step.key(q)),
            Route::Question {
                id,
                dimension,
                question,
            } => format!(
                "{}#{}",
                Route::Step {
                    id: id.clone(),
                    step: Step::Dimension(*dimension)
                }
                .to_path(),
                anchor::question(question)
            ),
            Route::Results { id } => format!("/{RESULTS}/{id}"),
            Route::Share { payload } => format!("/{SHARE}#{payload}"),
            Route::Team { fragment } if fragment.is_empty() => format!("/{TEAM}"),
            Route::Team { fragment } => format!("/{TEAM}#{fragment}"),
            Route::Compare { pair: None } => format!("/{COMPARE}"),
            Route::Compare {
                pair: Some((before, after)),
            } => format!("/{COMPARE}?before={before}&after={after}"),
            Route::Method => format!("/{METHOD}"),
            Route::Backup => format!("/{BACKUP}"),
        }
    }

    /// The route of a path (query and fragment included), or `None` for an
    /// address the app does not have.
    pub fn parse(url: &str) -> Option<Route> {
        // A link whose `#` a mail program encoded (`/share%23…`) means the same.
        let decoded;
        let url = match url
            .find('#')
            .is_none()
            .then(|| hash_encoded_at(url))
            .flatten()
        {
            Some(at) => {
                decoded = format!("{}#{}", &url[..at], &url[at + 3..]);
                decoded.as_str()
            }
            None => url,
        };
        let (rest, fragment) = url.split_once('#').unwrap_or((url, ""));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        // The page's name in any case (`/Share`, `/TEAM`); ids keep theirs.
        let first = path.trim_matches('/').split('/').next().unwrap_or_default();
        let first = first.to_ascii_lowercase();
        let parts: Vec<&str> = std::iter::once(first.as_str())
            .chain(path.trim_matches('/').split('/').skip(1))
            .filter(|p| !p.is_empty())
            .collect();
        let q = questionnaire::current();
        match parts.as_slice() {
            [] => Some(Route::Home),
            [ASSESSMENT, id] => Some(Route::Step {
                id: (*id).to_owned(),
                step: Step::Intro,
            }),
            [ASSESSMENT, id, key] => {
                let step = Step::from_key(q, key)?;
                match (step, fragment.strip_prefix(anchor::QUESTION_PREFIX)) {
                    (Step::Dimension(dimension), Some(question)) if !question.is_empty() => {
                        Some(Route::Question {
                            id: (*id).to_owned(),
                            dimension,
                            question: question.to_owned(),
                        })
                    }
                    _ => Some(Route::Step {
                        id: (*id).to_owned(),
                        step,
                    }),
                }
            }
            [RESULTS, id] => Some(Route::Results {
                id: (*id).to_owned(),
            }),
            [SHARE] => Some(Route::Share {
                payload: fragment.to_owned(),
            }),
            [TEAM] => Some(Route::Team {
                fragment: fragment.to_owned(),
            }),
            [COMPARE] => {
                let value = |key: &str| {
                    query
                        .split('&')
                        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
                        .filter(|v| !v.is_empty())
                        .map(str::to_owned)
                };
                Some(Route::Compare {
                    pair: value("before").zip(value("after")),
                })
            }
            [METHOD] => Some(Route::Method),
            [BACKUP] => Some(Route::Backup),
            _ => None,
        }
    }

    pub fn step(id: &str, step: Step) -> Route {
        Route::Step {
            id: id.to_owned(),
            step,
        }
    }

    pub fn question(id: &str, dimension: usize, question: &str) -> Route {
        Route::Question {
            id: id.to_owned(),
            dimension,
            question: question.to_owned(),
        }
    }

    pub fn results(id: &str) -> Route {
        Route::Results { id: id.to_owned() }
    }

    pub fn share(payload: &str) -> Route {
        Route::Share {
            payload: payload.to_owned(),
        }
    }

    pub fn team(fragment: &str) -> Route {
        Route::Team {
            fragment: fragment.to_owned(),
        }
    }

    pub fn compare(before: &str, after: &str) -> Route {
        Route::Compare {
            pair: Some((before.to_owned(), after.to_owned())),
        }
    }

    /// The assessment and step of an answering address (a question included).
    pub fn assessment_step(&self) -> Option<(&str, Step)> {
        match self {
            Route::Step { id, step } => Some((id, *step)),
            Route::Question { id, dimension, .. } => Some((id, Step::Dimension(*dimension))),
            _ => None,
        }
    }
}

/// The current address as a typed route (`None` for one the app does not have).
pub fn use_route() -> Memo<Option<Route>> {
    let address = super::router::use_address();
    Memo::new(move |_| Route::parse(&address.get()))
}

/// Which page an address shows; what else the address says is the page's to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    /// Every step of answering, and a question on its step.
    Step,
    Results,
    Share,
    Team,
    Compare,
    Method,
    Backup,
    /// An address the app does not have.
    NotFound,
}

impl Page {
    pub fn of(route: Option<&Route>) -> Page {
        match route {
            Some(Route::Home) => Page::Home,
            Some(Route::Step { .. } | Route::Question { .. }) => Page::Step,
            Some(Route::Results { .. }) => Page::Results,
            Some(Route::Share { .. }) => Page::Share,
            Some(Route::Team { .. }) => Page::Team,
            Some(Route::Compare { .. }) => Page::Compare,
            Some(Route::Method) => Page::Method,
            Some(Route::Backup) => Page::Backup,
            None => Page::NotFound,
        }
    }
}

/// Where a `%23` (an encoded `#`) stands in an address, if it does.
fn hash_encoded_at(url: &str) -> Option<usize> {
    url.to_ascii_lowercase().find("%23")
}

/// Where "continue" leads: straight to the first question without an answer, or
/// else to the first step with something open.
pub fn continue_path(
    q: &crate::domain::questionnaire::Questionnaire,
    a: &crate::domain::assessment::Assessment,
) -> String {
    use crate::domain::questionnaire::steps::{self, Step};
    match steps::resume(q, a) {
        Step::Dimension(_) => match steps::first_open_question(q, a) {
            Some((index, question)) => Route::question(&a.id, index, &question.id).to_path(),
            None => Route::step(&a.id, steps::resume(q, a)).to_path(),
        },
        step => Route::step(&a.id, step).to_path(),
    }
}

#[cfg(test)]
#[path = "route_tests.rs"]
mod tests;
