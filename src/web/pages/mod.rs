//! One file per page of the app; the steps of an assessment share `step`.

mod backup;
mod compare;
mod dimension;
mod home;
mod intro;
mod method;
mod not_found;
mod results;
mod shared;
mod signals;
mod step;
mod style;
mod team;
mod team_keeping;
mod team_lines;

pub use backup::BackupPage;
pub use compare::ComparePage;
pub use home::{assessment_title, HomePage};
pub use method::MethodPage;
pub use not_found::NotFoundPage;
pub use results::ResultsPage;
pub use shared::SharedPage;
pub use step::StepPage;
pub use team::TeamPage;
