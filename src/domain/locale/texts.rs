//! The store behind [`Localized`]: text number `i` in each language.
//!
//! Texts enter it while a questionnaire file is read. Natively (`cargo test`) that is
//! `data.json`, where each text is an object with every language. In the browser it
//! is one language's file at a time, where each text is a plain string: the first
//! file read appends its texts, a later language fills the same numbers in the same
//! order (both files are cut from `data.json` by the build, so their shapes match).

use super::{Locale, Localized};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use std::cell::Cell;
use std::fmt;
use std::ops::Range;
use std::sync::{Mutex, RwLock};

/// Text number `i` in each language; "" where a language is not loaded.
static STORE: RwLock<Vec<[&'static str; Locale::COUNT]>> = RwLock::new(Vec::new());

/// How the plain strings of the file being read enter the store.
#[derive(Clone, Copy)]
enum Reading {
    /// Every text must carry every language (`data.json`).
    AllLanguages,
    /// Plain strings in this language, appended as new texts.
    Append(Locale),
    /// Plain strings in this language, filling texts `next`, `next + 1`, … in turn.
    Fill(Locale, u32),
}

thread_local! {
    static READING: Cell<Reading> = const { Cell::new(Reading::AllLanguages) };
}

pub(super) fn get(index: u32, locale: Locale) -> &'static str {
    let store = STORE
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    store
        .get(index as usize)
        .map_or("", |texts| texts[locale.index()])
}

fn push(texts: [&'static str; Locale::COUNT]) -> u32 {
    let mut store = STORE
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    store.push(texts);
    (store.len() - 1) as u32
}

fn len() -> u32 {
    STORE.read().map_or(0, |s| s.len()) as u32
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Reads a file whose texts are plain strings in `locale`, with `read` (such as
/// `serde_json::from_str`). New texts are appended; the range says which.
pub fn read_new<T, E>(
    locale: Locale,
    read: impl FnOnce() -> Result<T, E>,
) -> Result<(T, Range<u32>), E> {
    one_file_at_a_time(|| {
        let start = len();
        let (value, _) = reading(Reading::Append(locale), read);
        Ok((value?, start..len()))
    })
}

/// One file's texts enter the store at a time, so a file's new texts are one run
/// (only native tests read files on several threads; the browser has one).
pub fn one_file_at_a_time<T>(read: impl FnOnce() -> T) -> T {
    static FILE: Mutex<()> = Mutex::new(());
    let _reading = FILE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    read()
}

/// Reads a file whose texts are plain strings in `locale` into the texts `range`
/// that an earlier language's file of the same shape appended. Fails when the file
/// has a different number of texts.
pub fn read_into<T, E: de::Error>(
    locale: Locale,
    range: Range<u32>,
    read: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    let (value, end) = one_file_at_a_time(|| reading(Reading::Fill(locale, range.start), read));
    let value = value?;
    match end {
        Reading::Fill(_, next) if next == range.end => Ok(value),
        Reading::Fill(_, next) => Err(E::custom(format!(
            "the {} file has {} texts, the questionnaire {}",
            locale.code(),
            next - range.start,
            range.end - range.start
        ))),
        _ => Err(E::custom("the texts were read in another way")),
    }
}

/// Runs `read` with plain strings entering the store as `mode` says; returns what
/// it read and where the reading ended.
fn reading<T, E>(mode: Reading, read: impl FnOnce() -> Result<T, E>) -> (Result<T, E>, Reading) {
    debug_assert!(matches!(READING.with(Cell::get), Reading::AllLanguages));
    READING.with(|r| r.set(mode));
    let value = read();
    (value, READING.with(|r| r.replace(Reading::AllLanguages)))
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LocalizedVisitor)
    }
}

struct LocalizedVisitor;

impl<'de> Visitor<'de> for LocalizedVisitor {
    type Value = Localized;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text: an object with every language, or a string in the file's language")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Localized, E> {
        match READING.with(Cell::get) {
            Reading::AllLanguages => Err(E::custom("a text without its languages")),
            Reading::Append(locale) => {
                let mut texts = [""; Locale::COUNT];
                texts[locale.index()] = leak(text.to_owned());
                Ok(Localized(push(texts)))
            }
            Reading::Fill(locale, next) => {
                let mut store = STORE
                    .write()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let slot = store
                    .get_mut(next as usize)
                    .ok_or_else(|| E::custom("more texts than the questionnaire has"))?;
                slot[locale.index()] = leak(text.to_owned());
                READING.with(|r| r.set(Reading::Fill(locale, next + 1)));
                Ok(Localized(next))
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
        let mut texts: [Option<&'static str>; Locale::COUNT] = [None; Locale::COUNT];
        while let Some(key) = map.next_key::<String>()? {
            let locale = Locale::ALL
                .into_iter()
                .find(|l| l.code() == key)
                .ok_or_else(|| de::Error::unknown_field(&key, &["nl", "fr", "en"]))?;
            if texts[locale.index()].is_some() {
                return Err(de::Error::duplicate_field("language"));
            }
            texts[locale.index()] = Some(leak(map.next_value::<String>()?));
        }
        let mut all = [""; Locale::COUNT];
        for locale in Locale::ALL {
            all[locale.index()] =
                texts[locale.index()].ok_or_else(|| de::Error::missing_field(locale.code()))?;
        }
        Ok(Localized(push(all)))
    }
}
