//! The web layer: the Leptos app shell, pages, components and thin browser adapters.
//! Components hold no business logic; they call `crate::domain`.

pub mod app;
pub mod browser;
pub mod carry;
pub mod components;
pub mod focus;
pub mod language_files;
pub mod pages;
pub mod pwa;
pub mod route;
pub mod router;
pub mod start;
pub mod state;
pub mod storage;
pub mod team_storage;
