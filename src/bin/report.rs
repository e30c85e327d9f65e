//! The report half of the app: results and a shared result.

fn main() {
    use klantspiegel::web::{app::ReportApp, start};
    start::start(
        ReportApp,
        start::Half::Report(klantspiegel::i18n::loaded::install_report),
    );
}
