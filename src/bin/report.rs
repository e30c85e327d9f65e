//! The report half of the app: results, a shared result, team, comparison, method.

fn main() {
    klantspiegel::web::start::start(klantspiegel::web::app::ReportApp);
}
