//! Every route of the app, spelled once: the route table and the links to it.

use super::pages::{AssessmentPage, HomePage, IntroPage, NotFoundPage, ResultsPage};
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

pub fn home() -> String {
    "/".to_owned()
}

/// The intro step of an assessment: its label and the context questions.
pub fn intro(id: &str) -> String {
    format!("/assessment/{id}")
}

pub fn assessment(id: &str, dimension: &str) -> String {
    format!("/assessment/{id}/{dimension}")
}

pub fn results(id: &str) -> String {
    format!("/results/{id}")
}

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFoundPage>
            <Route path=path!("/") view=HomePage/>
            <Route path=path!("/assessment/:id") view=IntroPage/>
            <Route path=path!("/assessment/:id/:dimension") view=AssessmentPage/>
            <Route path=path!("/results/:id") view=ResultsPage/>
        </Routes>
    }
}
