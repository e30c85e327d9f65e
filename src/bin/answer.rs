//! The answering half of the app: home and the steps of an assessment.

fn main() {
    klantspiegel::web::start::start(klantspiegel::web::app::AnswerApp);
}
