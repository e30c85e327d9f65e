//! The domain: everything the app knows and computes, with no web imports, so that it
//! runs and is tested natively with `cargo test`.

pub mod answers;
pub mod assessment;
pub mod chart;
pub mod locale;
pub mod questionnaire;
pub mod questionnaire_check;
pub mod scoring;
pub mod steps;
pub mod storage_schema;
