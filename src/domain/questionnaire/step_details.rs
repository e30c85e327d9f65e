//! Where the plan's words come from: `steps.json`, beside the questionnaire. Per
//! question the step from each level (what to do, deliverable, measure) and per
//! signal the action a "yes" adds. Only the plan shows them, and they are the
//! largest texts there are. In the browser the build writes them into a file of
//! their own (`.ci/post_build.mjs`: the questions' steps in questionnaire order,
//! then the signals' in theirs), which the plan fetches after the result is drawn,
//! so a shared result and the answering pages never wait for them or carry the
//! code that reads them. Natively (tests, checks) they are read from `steps.json`.

use super::{Question, Questionnaire, Signal, StepDetails};
use crate::domain::answers::Level;
use crate::domain::locale::{texts, Locale};
use serde::Deserialize;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// The plan's words in questionnaire order: what a browser's step file holds.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Steps {
    pub questions: Vec<[StepDetails; 5]>,
    pub signals: Vec<StepDetails>,
}

struct Installed {
    steps: Steps,
    texts: Range<u32>,
}

static INSTALLED: OnceLock<Installed> = OnceLock::new();
static LOADED: [AtomicBool; Locale::COUNT] = [const { AtomicBool::new(false) }; Locale::COUNT];

/// Reads the plan's words from `steps.json`'s shape (every language; questions and
/// signals by id) in `q`'s order; names what is missing or unknown.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_data(q: &Questionnaire, json: &str) -> Result<Steps, String> {
    use std::collections::HashMap;
    #[derive(Deserialize)]
    struct Data {
        steps: HashMap<String, [StepDetails; 5]>,
        signals: HashMap<String, StepDetails>,
    }
    let mut data: Data =
        texts::one_file_at_a_time(|| serde_json::from_str(json)).map_err(|e| e.to_string())?;
    let mut take = |id: &str| data.steps.remove(id).ok_or(format!("no steps for {id}"));
    let questions = q
        .questions()
        .map(|x| take(&x.id))
        .collect::<Result<_, _>>()?;
    let signals = q
        .signals
        .iter()
        .map(|s| {
            data.signals
                .remove(&s.id)
                .ok_or(format!("no action for {}", s.id))
        })
        .collect::<Result<_, _>>()?;
    match data.steps.keys().chain(data.signals.keys()).next() {
        Some(extra) => Err(format!(
            "steps for {extra}, which is not in the questionnaire"
        )),
        None => Ok(Steps { questions, signals }),
    }
}

/// The words of `steps.json`, for the embedded questionnaire.
#[cfg(not(target_arch = "wasm32"))]
pub fn native() -> &'static Steps {
    static NATIVE: OnceLock<Steps> = OnceLock::new();
    NATIVE.get_or_init(|| {
        #[allow(clippy::expect_used)]
        read_data(super::current(), super::STEPS_JSON)
            .expect("every step and signal of steps.json has its words (checked by `cargo test`)")
    })
}

/// The words that go with `q`: natively the data file's for the embedded
/// questionnaire, otherwise those installed from a step file.
fn steps(q: &Questionnaire) -> Option<&'static Steps> {
    #[cfg(not(target_arch = "wasm32"))]
    if std::ptr::eq(q, super::current()) {
        return Some(native());
    }
    let _ = q;
    INSTALLED.get().map(|i| &i.steps)
}

/// The step from `level` of `question`, when its words are there.
pub fn of(q: &Questionnaire, question: &Question, level: Level) -> Option<&'static StepDetails> {
    let at = q.questions().position(|x| x.id == question.id)?;
    steps(q)?.questions.get(at).map(|d| &d[level.index()])
}

/// The action a "yes" to `signal` adds, when its words are there.
pub fn of_signal(q: &Questionnaire, signal: &Signal) -> Option<&'static StepDetails> {
    let at = q.signals.iter().position(|s| s.id == signal.id)?;
    steps(q)?.signals.get(at)
}

/// Whether this language's words are there for `q`.
pub fn has_language(q: &Questionnaire, locale: Locale) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if std::ptr::eq(q, super::current()) {
        return true;
    }
    let _ = q;
    LOADED[locale.index()].load(Ordering::Relaxed)
}

/// Reads one language's step file (plain strings in `locale`): the words the
/// first time, their texts after. Fails when it does not fit the questionnaire.
pub fn install_language(
    q: &Questionnaire,
    locale: Locale,
    json: &str,
) -> Result<(), serde_json::Error> {
    use serde::de::Error;
    let read = || serde_json::from_str::<Steps>(json);
    match INSTALLED.get() {
        Some(installed) => {
            texts::read_into(locale, installed.texts.clone(), read)?;
        }
        None => {
            let (steps, texts) = texts::read_new(locale, read)?;
            if steps.questions.len() != q.question_count() || steps.signals.len() != q.signals.len()
            {
                return Err(serde_json::Error::custom(format!(
                    "the {} step file has {} questions and {} signals, the questionnaire {} and {}",
                    locale.code(),
                    steps.questions.len(),
                    steps.signals.len(),
                    q.question_count(),
                    q.signals.len()
                )));
            }
            let _ = INSTALLED.set(Installed { steps, texts });
        }
    }
    LOADED[locale.index()].store(true, Ordering::Relaxed);
    Ok(())
}
