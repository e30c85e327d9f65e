//! A tool, not a check (ignored): the share link of a company answered on the
//! blind sheet, so its plan can be read in the app as its owner would meet it.
//! `PLAN_FOR=answers.json cargo test --test plan_for -- --ignored --nocapture`
//! prints `/share#…`; `tests/known_groups/plan_for.sh` does this and opens it.

#[path = "known_groups/answered.rs"]
mod answered;

use klantspiegel::domain::share::{encode, SharedResult};

#[test]
#[ignore = "a tool for readers: needs PLAN_FOR"]
fn share_link_of_an_answered_company() {
    let path = std::env::var("PLAN_FOR").expect("PLAN_FOR names an answers file");
    let text = std::fs::read_to_string(&path).expect("the answers file reads");
    let answered: answered::Answered = serde_json::from_str(&text).expect("one company's answers");
    let a = answered::assessment("reader", &answered);
    let payload =
        encode(&SharedResult::from_assessment(&a, false)).expect("the assessment encodes");
    println!("SHARE /share#{payload}");
}
