//! Numbers for the benchmark command, not a test: `cargo test --release --test
//! share_bench -- --ignored --nocapture` prints the payload length of a complete
//! assessment and the time to decode one link.

use klantspiegel::domain::answers::{Choice, Level};
use klantspiegel::domain::assessment::Assessment;
use klantspiegel::domain::questionnaire::current;
use klantspiegel::domain::share::{decode, encode, SharedResult};
use std::time::Instant;

#[test]
#[ignore = "a benchmark: run by .ci/bench"]
fn share_link_numbers() {
    let q = current();
    let mut a = Assessment::new("bench".into(), 0, q);
    let ids: Vec<String> = q.questions().map(|x| x.id.clone()).collect();
    for (i, id) in ids.iter().enumerate() {
        a.set_choice(id, Level::new((i % 5) as u8 + 1).map(Choice::Level), 1);
        a.set_evidence(id, i % 3 == 0, 1);
    }
    for (i, item) in q.style_items.iter().enumerate() {
        a.set_choice(
            &item.id,
            Level::new((i % 3) as u8 + 1).map(Choice::Level),
            1,
        );
    }
    for (i, s) in q.signals.iter().enumerate() {
        a.set_signal(q, &s.id, Some(i % 2 == 0), 1);
    }
    for (field, option) in [("market", "both"), ("country", "be")] {
        a.set_context(q, field, Some(option), 1);
    }
    a.set_label("Klantenservice Noord", 1);
    assert_eq!(
        a.context.len(),
        q.context_fields.len(),
        "every context field answered"
    );
    let without = encode(&SharedResult::from_assessment(&a, false)).unwrap_or_default();
    let with = encode(&SharedResult::from_assessment(&a, true)).unwrap_or_default();
    let runs = 200_000u32;
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(decode(std::hint::black_box(&without)).is_ok());
    }
    let per_link = start.elapsed() / runs;
    println!("\nShare link of a complete assessment (every question, style item, signal and context field)");
    println!(
        "  payload without label:        {} characters (budget 48)",
        without.len()
    );
    println!("  payload with a 20-char label: {} characters", with.len());
    println!(
        "  decode time per link:         {:.2} µs (mean of {runs}, native release build)",
        per_link.as_secs_f64() * 1e6
    );
}
