//! Where a step's deliverable and measure come from: `steps.json`, beside the
//! questionnaire. Only the plan shows them, and they are the largest texts there are. In the browser the build writes them
//! into a file of their own (one list of five per question, in questionnaire order,
//! `.ci/post_build.mjs`), which the plan fetches after the result is drawn, so a
//! shared result and the answering pages never wait for them or carry the code
//! that reads them. Natively (tests, checks) they are read from `steps.json`.

use super::{Question, Questionnaire, StepDetails};
use crate::domain::answers::Level;
use crate::domain::locale::{texts, Locale};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

struct Installed {
    details: Vec<[StepDetails; 5]>,
    texts: Range<u32>,
}

static INSTALLED: OnceLock<Installed> = OnceLock::new();
static LOADED: [AtomicBool; Locale::COUNT] = [const { AtomicBool::new(false) }; Locale::COUNT];

/// Reads every step's details from the steps data with every language (the shape
/// of `steps.json`: per question id, its five steps), in `q`'s question order.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_data(q: &Questionnaire, json: &str) -> Result<Vec<[StepDetails; 5]>, String> {
    use serde::Deserialize;
    use std::collections::HashMap;
    #[derive(Deserialize)]
    struct Data {
        steps: HashMap<String, [StepDetails; 5]>,
    }
    let mut data: Data =
        texts::one_file_at_a_time(|| serde_json::from_str(json)).map_err(|e| e.to_string())?;
    let all: Vec<[StepDetails; 5]> = q
        .questions()
        .map(|x| {
            data.steps
                .remove(&x.id)
                .ok_or(format!("no steps for {}", x.id))
        })
        .collect::<Result<_, _>>()?;
    match data.steps.keys().next() {
        Some(extra) => Err(format!("steps for {extra}, which is no question")),
        None => Ok(all),
    }
}

/// The details of `steps.json`, for the embedded questionnaire.
#[cfg(not(target_arch = "wasm32"))]
pub fn native() -> &'static [[StepDetails; 5]] {
    static NATIVE: OnceLock<Vec<[StepDetails; 5]>> = OnceLock::new();
    NATIVE.get_or_init(|| {
        #[allow(clippy::expect_used)]
        read_data(super::current(), super::STEPS_JSON)
            .expect("every step of steps.json has its details (checked by `cargo test`)")
    })
}

/// The list that holds `q`'s details: natively the data file's for the embedded
/// questionnaire, otherwise the one installed from a step file.
fn list(q: &Questionnaire) -> Option<&'static [[StepDetails; 5]]> {
    #[cfg(not(target_arch = "wasm32"))]
    if std::ptr::eq(q, super::current()) {
        return Some(native());
    }
    let _ = q;
    INSTALLED.get().map(|i| i.details.as_slice())
}

/// The deliverable and measure of the step from `level` of `question`, when known.
pub fn of(q: &Questionnaire, question: &Question, level: Level) -> Option<&'static StepDetails> {
    let at = q.questions().position(|x| x.id == question.id)?;
    list(q)?.get(at).map(|d| &d[level.index()])
}

/// Whether this language's deliverables and measures are there for `q`.
pub fn has_language(q: &Questionnaire, locale: Locale) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if std::ptr::eq(q, super::current()) {
        return true;
    }
    let _ = q;
    LOADED[locale.index()].load(Ordering::Relaxed)
}

/// Reads one language's step file (plain strings in `locale`): the list the first
/// time, its texts after. Fails when it does not fit the questionnaire.
pub fn install_language(
    q: &Questionnaire,
    locale: Locale,
    json: &str,
) -> Result<(), serde_json::Error> {
    use serde::de::Error;
    let read = || serde_json::from_str::<Vec<[StepDetails; 5]>>(json);
    match INSTALLED.get() {
        Some(installed) => {
            texts::read_into(locale, installed.texts.clone(), read)?;
        }
        None => {
            let (details, texts) = texts::read_new(locale, read)?;
            if details.len() != q.question_count() {
                return Err(serde_json::Error::custom(format!(
                    "the {} step file has {} questions, the questionnaire {}",
                    locale.code(),
                    details.len(),
                    q.question_count()
                )));
            }
            let _ = INSTALLED.set(Installed { details, texts });
        }
    }
    LOADED[locale.index()].store(true, Ordering::Relaxed);
    Ok(())
}
