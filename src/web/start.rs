//! How either half of the app starts: the questionnaire's texts in the language it
//! starts in, then the app in place of the shell index.html painted meanwhile.
//! Marks `ks-start`, `ks-texts` and `ks-mounted` show the benchmark where time goes.

use super::{browser, language_files, state};
use leptos::prelude::*;

/// Which half of the app a module is (see `app.rs`).
#[derive(Clone, Copy)]
pub enum Half {
    Answering,
    /// The report: also needs the report pages' interface texts, installed by
    /// `crate::i18n::loaded::install_report`.
    Report(language_files::ReportInstaller),
    /// The tools: the report's texts and the tools' own (`install_tools`).
    Tools(
        language_files::ReportInstaller,
        language_files::ReportInstaller,
    ),
}

pub fn start<F, V>(app: F, half: Half)
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    browser::mark("ks-start");
    match half {
        Half::Answering => {}
        Half::Report(report) => language_files::use_report_texts(report),
        Half::Tools(report, tools) => {
            language_files::use_report_texts(report);
            language_files::use_tools_texts(tools);
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        // The texts come in their own file, fetched early by the shell.
        match language_files::load(state::initial_locale()).await {
            Ok(()) => {
                browser::mark("ks-texts");
                // The shell makes way for the app in the same task, so the page is
                // never painted without either.
                browser::remove_element("shell");
                leptos::mount::mount_to_body(app);
                browser::mark("ks-mounted");
            }
            Err(problem) => browser::report_start_failure(&problem),
        }
    });
}
