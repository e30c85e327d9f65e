//! From answers to numbers and advice: theme scores and the overall score, the stage,
//! completeness and evidence, the profile, B2B readiness, the gaps and the plan, all
//! gathered in one report.

pub mod advice;
pub mod b2b;
pub mod completeness;
pub mod plan;
pub mod profile;
pub mod ranking;
pub mod report;
pub mod scores;
pub mod stage;
