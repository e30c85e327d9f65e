//! The domain: everything the app knows and computes, with no web imports, so that it
//! runs and is tested natively with `cargo test`.

pub mod advice;
pub mod answers;
pub mod applicability;
pub mod assessment;
pub mod b2b;
pub mod chart;
pub mod compare;
pub mod confidence;
pub mod csv;
pub mod export;
pub mod locale;
pub mod merge;
pub mod profile;
pub mod questionnaire;
pub mod questionnaire_check;
pub mod questionnaire_lint;
pub mod reminder;
pub mod report;
pub mod scoring;
pub mod share;
pub mod stage;
pub mod steps;
pub mod storage_schema;
pub mod team;
pub mod upgrade;
pub mod wording;
