//! One file per page of the app.

mod assessment;
mod home;
mod intro;
mod not_found;
mod results;

pub use assessment::AssessmentPage;
pub use home::HomePage;
pub use intro::IntroPage;
pub use not_found::NotFoundPage;
pub use results::ResultsPage;
