//! Every address of the app, spelled once: a typed route that prints its path and
//! parses one back, and the ids of the page anchors that addresses and focus moves
//! point at. The route table itself is in the app shell (`app.rs`).

use crate::domain::questionnaire::{self, steps::Step};

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
        }
    }

    /// The route of a path (query and fragment included), or `None` for an
    /// address the app does not have.
    pub fn parse(url: &str) -> Option<Route> {
        let (rest, fragment) = url.split_once('#').unwrap_or((url, ""));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let parts: Vec<&str> = path
            .trim_matches('/')
            .split('/')
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

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<Route> {
        let q = questionnaire::current();
        let mut routes: Vec<Route> = Step::all(q)
            .map(|step| Route::Step {
                id: "a1b2".into(),
                step,
            })
            .collect();
        routes.extend([
            Route::Home,
            Route::Question {
                id: "a1b2".into(),
                dimension: 6,
                question: "followup.root_cause".into(),
            },
            Route::Results { id: "x9".into() },
            Route::Share {
                payload: "AgIAAA".into(),
            },
            Route::Team {
                fragment: String::new(),
            },
            Route::Team {
                fragment: "AgIA.AgIB".into(),
            },
            Route::Compare { pair: None },
            Route::Compare {
                pair: Some(("a".into(), "b".into())),
            },
            Route::Method,
        ]);
        routes
    }

    #[test]
    fn every_route_round_trips_through_its_path() {
        for route in every_kind() {
            let path = route.to_path();
            assert_eq!(Route::parse(&path), Some(route), "{path}");
        }
    }

    #[test]
    fn paths_are_the_ones_people_have_bookmarked() {
        let step = |key| Route::Step {
            id: "a1".into(),
            step: Step::from_key(questionnaire::current(), key).unwrap(),
        };
        assert_eq!(step("intro").to_path(), "/assessment/a1");
        assert_eq!(step("journeys").to_path(), "/assessment/a1/journeys");
        assert_eq!(step("style").to_path(), "/assessment/a1/style");
        assert_eq!(step("signals").to_path(), "/assessment/a1/signals");
        assert_eq!(
            Route::Question {
                id: "a1".into(),
                dimension: 0,
                question: "vision.written".into()
            }
            .to_path(),
            "/assessment/a1/vision#question-vision.written"
        );
        assert_eq!(Route::Results { id: "a1".into() }.to_path(), "/results/a1");
        assert_eq!(
            Route::Compare {
                pair: Some(("a".into(), "b".into()))
            }
            .to_path(),
            "/compare?before=a&after=b"
        );
    }

    #[test]
    fn odd_addresses_parse_to_something_sensible_or_nothing() {
        assert_eq!(Route::parse("/nowhere"), None);
        assert_eq!(Route::parse("/assessment/a1/no-such-step"), None);
        assert_eq!(Route::parse("/results"), None);
        assert_eq!(Route::parse("/results/a/b"), None);
        assert_eq!(Route::parse(""), Some(Route::Home));
        assert_eq!(Route::parse("/method/"), Some(Route::Method));
        assert_eq!(
            Route::parse("/compare?before=a"),
            Some(Route::Compare { pair: None })
        );
        // A question anchor on a step that is not a theme is just the step.
        assert_eq!(
            Route::parse("/assessment/a1/signals#question-x")
                .and_then(|r| r.assessment_step().map(|(_, s)| s)),
            Some(Step::Signals)
        );
        assert_eq!(
            Route::parse("/share").map(|r| r.to_path()),
            Some("/share#".to_owned())
        );
    }
}
