//! The tools of the app, for work with several assessments: the team view, the
//! comparison and backups (import, export, CSV).

fn main() {
    use klantspiegel::web::{app::ToolsApp, start};
    start::start(
        ToolsApp,
        start::Half::Report(klantspiegel::i18n::loaded::install_report),
    );
}
