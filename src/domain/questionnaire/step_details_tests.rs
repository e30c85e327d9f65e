//! The steps' file the browser fetches after a result is drawn: cut from
//! `steps.json` as `.ci/post_build.mjs` cuts it, read beside a report file.

use super::current;
use super::loading::{read_language, read_language_into};
use super::loading_tests::{cut, report_file};
use crate::domain::locale::Locale;
use serde_json::Value;

/// The steps' deliverables and measures as `.ci/post_build.mjs` cuts them: per
/// question, in order, its five levels' details.
fn step_file(locale: Locale) -> Value {
    let steps: Value = serde_json::from_str(crate::domain::questionnaire::STEPS_JSON).unwrap();
    let questions = current()
        .questions()
        .map(|q| cut(steps["steps"][&q.id].clone(), locale.code()));
    let signals = current()
        .signals
        .iter()
        .map(|s| cut(steps["signals"][&s.id].clone(), locale.code()));
    serde_json::json!({"questions": questions.collect::<Vec<_>>(), "signals": signals.collect::<Vec<_>>()})
}

#[test]
fn the_step_file_gives_each_step_its_deliverable_and_measure() {
    use crate::domain::answers::Level;
    use crate::domain::questionnaire::step_details;
    let (q, range) = read_language(&report_file(Locale::En).to_string(), Locale::En).unwrap();
    read_language_into(&report_file(Locale::Fr).to_string(), Locale::Fr, &q, range).unwrap();
    let level = Level::new(2).unwrap();
    let first = q.questions().next().unwrap();
    assert!(
        step_details::of(&q, first, level).is_none() && !step_details::has_language(&q, Locale::En)
    );
    step_details::install_language(&q, Locale::En, &step_file(Locale::En).to_string()).unwrap();
    step_details::install_language(&q, Locale::Fr, &step_file(Locale::Fr).to_string()).unwrap();
    assert!(step_details::has_language(&q, Locale::Fr));
    for (x, y) in q.questions().zip(current().questions()) {
        for n in 1..=5 {
            let level = Level::new(n).unwrap();
            let (got, want) = (
                step_details::of(&q, x, level).unwrap(),
                step_details::of(current(), y, level).unwrap(),
            );
            for locale in [Locale::En, Locale::Fr] {
                assert_eq!(got.next.get(locale), want.next.get(locale));
                assert_eq!(got.deliverable.get(locale), want.deliverable.get(locale));
                assert_eq!(
                    got.measure.target.get(locale),
                    want.measure.target.get(locale)
                );
                assert_eq!(
                    got.measure.source.get(locale),
                    want.measure.source.get(locale)
                );
            }
        }
    }
    for (x, y) in q.signals.iter().zip(&current().signals) {
        let (got, want) = (
            step_details::of_signal(&q, x).unwrap(),
            step_details::of_signal(current(), y).unwrap(),
        );
        assert_eq!(got.next.get(Locale::Fr), want.next.get(Locale::Fr));
        assert_eq!(
            got.measure.start.get(Locale::En),
            want.measure.start.get(Locale::En)
        );
    }
    let mut short = step_file(Locale::Nl);
    short["questions"].as_array_mut().unwrap().pop();
    assert!(step_details::install_language(&q, Locale::Nl, &short.to_string()).is_err());
}
