//! The answering half of the app: home and the steps of an assessment.

fn main() {
    use klantspiegel::web::{app::AnswerApp, start};
    start::start(AnswerApp, start::Half::Answering);
}
