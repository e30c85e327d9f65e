//! Every user-visible text of the app, in every language. The questionnaire's own
//! texts live in its data file. Each language is one [`Texts`] value made of one
//! table per page or subject, each in a file of its own under the language's folder
//! (`nl/`, `en/`); the tables' fields are declared once under `tables/`. A missing
//! text does not compile; an empty or untranslated one fails the check below.
//! In the browser the plain texts come from each language's file (`loaded`), so the
//! wasm carries only the formatted ones. Adding a language means adding a folder with
//! one file per table, a `Locale` variant, a line in `compiled` and its file.

use crate::domain::answers::{Choice, Level};
use crate::domain::locale::Locale;
use crate::domain::questionnaire::{self, Dimension};
use crate::domain::scoring::profile::{Archetype, Clarity, Profile};
use std::ops::Deref;

#[macro_use]
mod macros;
mod en;
mod fr;
mod glossary;
pub mod loaded;
mod nl;
mod report;
mod shell;
pub mod tables;

pub use report::{ReportTexts, ToolsTexts};
pub use tables::common::CommonTexts;
pub use tables::compare::CompareTexts;
pub use tables::data::{csv_labels, DataTexts};
pub use tables::device::DeviceTexts;
pub use tables::method::MethodTexts;
pub use tables::results::ResultTexts;
pub use tables::share::ShareTexts;
pub use tables::team::TeamTexts;

/// The texts of one language that every page may show: the shell and the
/// answering pages (`common`, also reached directly by `Deref`) and the device
/// notices. The report pages' tables are reached through `results()`, `team()`, …
/// from a [`ReportTexts`] of their own, so the answering module, which never asks
/// for them, links none of their formatted texts in any language.
#[derive(Clone)]
pub struct Texts {
    pub locale: Locale,
    pub common: CommonTexts,
    pub device: DeviceTexts,
}

impl Deref for Texts {
    type Target = CommonTexts;
    fn deref(&self) -> &CommonTexts {
        &self.common
    }
}

/// The tables only the report module shows (results and a shared result). In the
/// browser their plain texts come in a file of their own that the other modules'
/// pages never need (`.ci/post_build.mjs` cuts it by this list).
pub const REPORT_TABLES: [&str; 2] = ["results", "share"];

/// The tables only the tools module shows (team view, comparison, backups, the
/// method page): a file of their own again, so a shared result fetches none of them.
pub const TOOLS_TABLES: [&str; 4] = ["compare", "data", "method", "team"];

/// Whether a plain text (`table.field`) is in one of [`REPORT_TABLES`].
pub fn of_report(key: &str) -> bool {
    key.split('.')
        .next()
        .is_some_and(|table| REPORT_TABLES.contains(&table))
}

/// Whether a plain text (`table.field`) is in one of [`TOOLS_TABLES`].
pub fn of_tools(key: &str) -> bool {
    key.split('.')
        .next()
        .is_some_and(|table| TOOLS_TABLES.contains(&table))
}

/// The texts of a language: the one way to reach them. In the browser, the plain
/// texts are there once the language's file is installed (`loaded::install`).
pub fn texts(locale: Locale) -> &'static Texts {
    loaded::get(locale).unwrap_or_else(|| compiled(locale))
}

/// The report pages' texts of a language (through `Texts::results()` and `share()`).
pub(crate) fn report_texts(locale: Locale) -> &'static ReportTexts {
    loaded::get_report(locale).unwrap_or_else(|| compiled_report(locale))
}

/// The tools' texts of a language (through `Texts::team()` and the like).
pub(crate) fn tools_texts(locale: Locale) -> &'static ToolsTexts {
    loaded::get_tools(locale).unwrap_or_else(|| compiled_tools(locale))
}

/// A language's tables as compiled: natively every text, in the wasm the formatted
/// texts only (see `t!`).
fn compiled(locale: Locale) -> &'static Texts {
    match locale {
        Locale::Nl => &nl::TEXTS,
        Locale::Fr => &fr::TEXTS,
        Locale::En => &en::TEXTS,
    }
}

fn compiled_report(locale: Locale) -> &'static ReportTexts {
    match locale {
        Locale::Nl => &nl::REPORT,
        Locale::Fr => &fr::REPORT,
        Locale::En => &en::REPORT,
    }
}

fn compiled_tools(locale: Locale) -> &'static ToolsTexts {
    match locale {
        Locale::Nl => &nl::TOOLS,
        Locale::Fr => &fr::TOOLS,
        Locale::En => &en::TOOLS,
    }
}

impl Texts {
    pub fn results(&self) -> &'static ResultTexts {
        &report_texts(self.locale).results
    }

    pub fn compare(&self) -> &'static CompareTexts {
        &tools_texts(self.locale).compare
    }

    pub fn data(&self) -> &'static DataTexts {
        &tools_texts(self.locale).data
    }

    pub fn method(&self) -> &'static MethodTexts {
        &tools_texts(self.locale).method
    }

    pub fn share(&self) -> &'static ShareTexts {
        &report_texts(self.locale).share
    }

    pub fn team(&self) -> &'static TeamTexts {
        &tools_texts(self.locale).team
    }

    /// A profile's name in this language.
    pub fn archetype(&self, archetype: Archetype) -> String {
        questionnaire::current()
            .profile(archetype.id())
            .map(|p| p.name.get(self.locale).to_owned())
            .unwrap_or_default()
    }

    /// A profile as it is named wherever it is shown: its name, "leaning
    /// towards" its name, or "no clear profile yet".
    pub fn profile_name(&self, p: &Profile) -> String {
        let name = self.profile_text(p.text_id(), |t| &t.name);
        match p.clarity {
            Clarity::Leans => (self.results().leans_to)(&name),
            Clarity::Clear | Clarity::Unclear => name,
        }
    }

    /// The one line on the behaviour that goes with a profile's name.
    pub fn profile_tagline(&self, p: &Profile) -> String {
        self.profile_text(p.text_id(), |t| &t.tagline)
    }

    /// A profile's name with its line: "Dutch-style enthusiast (plenty of pace…)".
    pub fn profile_with_tagline(&self, p: &Profile) -> String {
        (self.results().profile_with_tagline)(&self.profile_name(p), &self.profile_tagline(p))
    }

    fn profile_text(
        &self,
        id: &str,
        field: impl Fn(&questionnaire::ProfileText) -> &crate::domain::locale::Localized,
    ) -> String {
        questionnaire::current()
            .profile(id)
            .map(|p| field(p).get(self.locale).to_owned())
            .unwrap_or_default()
    }

    /// A theme as headings show it: "3. Customer insight and listening".
    pub fn dimension(&self, d: &Dimension) -> String {
        format!("{}. {}", d.number, d.title.get(self.locale))
    }

    /// A stage with its level name: "Stage 3 of 5: Structured".
    pub fn stage(&self, level: Level) -> String {
        let name = questionnaire::current().level_names[level.index()].get(self.locale);
        (self.common.stage_value)(level.get(), name)
    }

    /// How a chosen answer reads, such as "3 · Structured" or "Don't know".
    pub fn choice(&self, choice: Choice) -> String {
        match choice {
            Choice::Level(level) => {
                let name = questionnaire::current().level_names[level.index()].get(self.locale);
                format!("{} · {name}", level.get())
            }
            Choice::DontKnow => self.dont_know.to_owned(),
            Choice::NotApplicable => self.not_applicable.to_owned(),
        }
    }

    /// Every plain text of every table, the report's included, named `table.field`.
    pub fn plain(&self) -> Vec<(String, &'static str)> {
        let mut all = named(&[
            ("common", self.common.plain()),
            ("device", self.device.plain()),
        ]);
        all.extend(report_texts(self.locale).plain());
        all.extend(tools_texts(self.locale).plain());
        all
    }

    /// Sets the plain texts of these tables from `get`, asked for each name; the
    /// formatted texts stay. Fails on the first missing one.
    pub fn fill(&mut self, get: &dyn Fn(&str) -> Option<&'static str>) -> Result<(), String> {
        fill_tables(
            [
                ("common", self.common.plain_mut()),
                ("device", self.device.plain_mut()),
            ],
            get,
        )
    }
}

pub(crate) fn named(
    tables: &[(&str, Vec<(&'static str, &'static str)>)],
) -> Vec<(String, &'static str)> {
    tables
        .iter()
        .flat_map(|(table, fields)| {
            fields
                .iter()
                .map(move |(field, text)| (format!("{table}.{field}"), *text))
        })
        .collect()
}

pub(crate) fn fill_tables<const N: usize>(
    tables: [(&str, Vec<(&'static str, &mut &'static str)>); N],
    get: &dyn Fn(&str) -> Option<&'static str>,
) -> Result<(), String> {
    for (table, fields) in tables {
        for (field, slot) in fields {
            let key = format!("{table}.{field}");
            *slot = get(&key).ok_or_else(|| format!("{key} is missing"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "completeness_tests.rs"]
mod tests;
