//! Where the current questionnaire comes from. Natively (tests, checks) it is
//! `data.json`, embedded with every language. In the browser it is one language's
//! file, cut from `data.json` by the build (`.ci/post_build.mjs`): the app reads the
//! language it shows before it mounts, and another language's file into the same
//! texts when the user switches, so the wasm carries no questionnaire at all.

use super::Questionnaire;
use crate::domain::locale::{texts, Locale};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// The questionnaire and the numbers of its texts.
struct Installed {
    questionnaire: Questionnaire,
    texts: Range<u32>,
}

static INSTALLED: OnceLock<Installed> = OnceLock::new();
static LOADED: [AtomicBool; Locale::COUNT] = [const { AtomicBool::new(false) }; Locale::COUNT];

/// The questionnaire the app runs on.
#[cfg(not(target_arch = "wasm32"))]
pub fn current() -> &'static Questionnaire {
    &INSTALLED
        .get_or_init(|| {
            #[allow(clippy::expect_used)]
            let questionnaire = Questionnaire::parse(super::QUESTIONNAIRE_JSON)
                .expect("the embedded questionnaire is validated by `cargo test`");
            for loaded in &LOADED {
                loaded.store(true, Ordering::Relaxed);
            }
            Installed {
                questionnaire,
                texts: 0..0,
            }
        })
        .questionnaire
}

/// The questionnaire the app runs on. The app installs it (`install_language`)
/// before it mounts and shows an error instead when it cannot, so nothing reaches
/// this before; if something did, that is a bug worth stopping at.
#[cfg(target_arch = "wasm32")]
pub fn current() -> &'static Questionnaire {
    #[allow(clippy::expect_used)]
    &INSTALLED
        .get()
        .expect("the questionnaire is installed before the app mounts")
        .questionnaire
}

/// Whether the texts of this language are there.
pub fn has_language(locale: Locale) -> bool {
    LOADED[locale.index()].load(Ordering::Relaxed)
}

/// Reads a language's file: the questionnaire the first time, its texts after.
pub fn install_language(locale: Locale, json: &str) -> Result<(), serde_json::Error> {
    match INSTALLED.get() {
        Some(installed) => read_language_into(
            json,
            locale,
            &installed.questionnaire,
            installed.texts.clone(),
        )?,
        None => {
            let (questionnaire, texts) = read_language(json, locale)?;
            // A second first install (two tabs' worth of startup cannot happen in one
            // page) would keep the first; its texts are the same file's.
            let _ = INSTALLED.set(Installed {
                questionnaire,
                texts,
            });
        }
    }
    LOADED[locale.index()].store(true, Ordering::Relaxed);
    Ok(())
}

/// Reads a questionnaire from one language's file; returns it with its texts' numbers.
pub fn read_language(
    json: &str,
    locale: Locale,
) -> Result<(Questionnaire, Range<u32>), serde_json::Error> {
    texts::read_new(locale, || serde_json::from_str(json))
}

/// Reads another language's file of `questionnaire` into its texts `range`. Fails
/// when the file is of another questionnaire, revision or shape.
pub fn read_language_into(
    json: &str,
    locale: Locale,
    questionnaire: &Questionnaire,
    range: Range<u32>,
) -> Result<(), serde_json::Error> {
    use serde::de::Error;
    let other: Questionnaire = texts::read_into(locale, range, || serde_json::from_str(json))?;
    if other.id != questionnaire.id
        || other.revision != questionnaire.revision
        || other.question_count() != questionnaire.question_count()
    {
        return Err(serde_json::Error::custom(format!(
            "the {} file is of {} revision {}, not of {} revision {}",
            locale.code(),
            other.id,
            other.revision,
            questionnaire.id,
            questionnaire.revision
        )));
    }
    Ok(())
}
