//! Every route of the app, spelled once: the route table and the links to it.

use super::pages::{
    ComparePage, HomePage, MethodPage, NotFoundPage, ResultsPage, SharedPage, StepPage, TeamPage,
};
use crate::domain::questionnaire;
use crate::domain::questionnaire::steps::Step;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

pub fn home() -> String {
    "/".to_owned()
}

/// One step of answering an assessment; the intro is the assessment's own address.
pub fn step(id: &str, step: Step) -> String {
    match step {
        Step::Intro => format!("/assessment/{id}"),
        other => format!("/assessment/{id}/{}", other.key(questionnaire::current())),
    }
}

/// A question on its dimension's page; the page moves focus to it.
pub fn question(id: &str, dimension: usize, question_id: &str) -> String {
    format!(
        "{}#question-{question_id}",
        step(id, Step::Dimension(dimension))
    )
}

pub fn results(id: &str) -> String {
    format!("/results/{id}")
}

/// A shared result: the payload rides in the fragment, which browsers never send
/// to a server.
pub fn share(payload: &str) -> String {
    format!("/share#{payload}")
}

pub fn team() -> String {
    "/team".to_owned()
}

/// Two assessments compared; their ids ride in the query so the page can reload.
pub fn compare(before: &str, after: &str) -> String {
    format!("/compare?before={before}&after={after}")
}

/// The comparison page with its default choice (the two newest assessments).
pub fn compare_default() -> String {
    "/compare".to_owned()
}

pub fn method() -> String {
    "/method".to_owned()
}

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFoundPage>
            <Route path=path!("/") view=HomePage/>
            // One route for every step, so moving between steps keeps the page.
            <Route path=path!("/assessment/:id/:step?") view=StepPage/>
            <Route path=path!("/results/:id") view=ResultsPage/>
            <Route path=path!("/method") view=MethodPage/>
            <Route path=path!("/share") view=SharedPage/>
            <Route path=path!("/team") view=TeamPage/>
            <Route path=path!("/compare") view=ComparePage/>
        </Routes>
    }
}
