//! The tools of the app, for work with several assessments: the team view, the
//! comparison and backups (import, export, CSV); and the method page.

fn main() {
    use klantspiegel::web::{app::ToolsApp, start};
    start::start(
        ToolsApp,
        start::Half::Tools(
            klantspiegel::i18n::loaded::install_report,
            klantspiegel::i18n::loaded::install_tools,
        ),
    );
}
