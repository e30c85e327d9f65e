//! The tools of the app: the team view and backups (import, export, CSV).

fn main() {
    use klantspiegel::web::{app::ToolsApp, start};
    start::start(ToolsApp, start::Half::Report);
}
