//! The domain: everything the app knows and computes, with no web imports, so that it
//! runs and is tested natively with `cargo test`. Grouped by concept:
//! - `questionnaire/`: the model, its data file, its checks, which questions apply,
//!   the country's words and the steps of answering;
//! - `scoring/`: scores, stage, completeness, profile, B2B readiness, advice, report;
//! - `storage/`: the saved schema and its restore, merging tabs, export, CSV, the
//!   backup reminder and bringing older questionnaire revisions up;
//! - `share/`: the link codec; `chart/`: plotters to SVG;
//! - `answers`, `assessment`, `locale`, `team`, `compare` at the top.

pub mod answers;
pub mod assessment;
pub mod chart;
pub mod compare;
pub mod locale;
pub mod questionnaire;
pub mod scoring;
pub mod share;
pub mod storage;
pub mod team;
