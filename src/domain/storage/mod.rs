//! What is kept and carried: the saved schema with its restore step and migrations,
//! merging two tabs' copies, export and import, CSV, the backup reminder, and bringing
//! assessments of an older questionnaire revision up to the current one.

pub mod change;
pub mod civil_date;
pub mod csv;
pub mod export;
pub mod import;
pub mod indent;
pub mod merge;
pub mod plan_files;
pub mod reminder;
pub mod salvage;
pub mod save_plan;
pub mod schema;
pub mod upgrade;
