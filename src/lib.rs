//! Klantspiegel: a customer-excellence self-assessment that runs entirely in the
//! browser. `domain` holds the logic (no web imports), `web` the Leptos app.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod domain;
pub mod i18n;
pub mod web;

pub use web::app::{AnswerApp, ReportApp};
