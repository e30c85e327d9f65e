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
        Route::Backup,
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

#[test]
fn page_names_in_any_case_and_an_encoded_hash_are_understood() {
    let share = |payload: &str| {
        Some(Route::Share {
            payload: payload.into(),
        })
    };
    assert_eq!(Route::parse("/SHARE#AQAB"), share("AQAB"));
    assert_eq!(Route::parse("/Share/#AQAB"), share("AQAB"));
    assert_eq!(Route::parse("/share%23AQAB"), share("AQAB"));
    assert_eq!(Route::parse("/share%23AQAB%3E"), share("AQAB%3E"));
    assert_eq!(
        Route::parse("/TEAM#a.b"),
        Some(Route::Team {
            fragment: "a.b".into()
        })
    );
    // Ids keep their case.
    assert_eq!(
        Route::parse("/Results/AbC"),
        Some(Route::Results { id: "AbC".into() })
    );
}
