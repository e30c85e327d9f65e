//! The tables of texts: what each one holds, not its words (those are in one file
//! per table and language, under `nl/` and `en/`).

pub mod common;
pub mod compare;
pub mod data;
pub mod device;
pub mod method;
pub mod results;
pub mod share;
pub mod team;
