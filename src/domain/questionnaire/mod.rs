//! The questionnaire model. Its content is data, in `data.json` beside this file;
//! `check` and `lint` validate it, `loading` says how the app gets it.

pub mod applicability;
pub mod check;
pub mod lint;
pub mod loading;
pub mod overlap;
pub mod plan_step;
mod role;
pub mod step_details;
pub mod steps;
mod style_item;
pub mod time;
pub mod wording;

pub use loading::{current, has_language, install_language};
pub use plan_step::{Measure, MoveKind, Requirement, StepDetails};
pub use role::{in_sentence, Role};
pub use style_item::{StyleItem, STYLE_PLACES};

use crate::domain::locale::Localized;
use serde::Deserialize;

/// The questionnaire data file, with every language: the source of the per-language
/// files the browser fetches. Embedded only in native builds (tests, checks).
#[cfg(not(target_arch = "wasm32"))]
pub const QUESTIONNAIRE_JSON: &str = include_str!("data.json");

/// What each step delivers and how it is measured, with every language: the
/// source of the per-language step files. Native builds only.
#[cfg(not(target_arch = "wasm32"))]
pub const STEPS_JSON: &str = include_str!("steps.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable identifier of this questionnaire; stored with every assessment.
    pub id: String,
    /// Bumped whenever questions change; old revisions stay decodable.
    pub revision: u32,
    /// The names of the five maturity levels, level 1 first.
    pub level_names: [Localized; 5],
    /// What reaching each stage (1–5) means, stage 1 first. (Not in the answering
    /// pages' file, like every text only the results show.)
    #[serde(default)]
    pub stage_texts: [Localized; 5],
    /// Tags a question may carry (such as `b2b`), with what they mean.
    pub tags: Vec<Tag>,
    /// The intro step's questions about the company, each a choice from options.
    pub context_fields: Vec<ContextField>,
    /// Who can own an improvement (the plan names one per step).
    pub roles: Vec<Role>,
    /// Example words that differ by country, filled into texts as `{id}`.
    pub wording: Vec<Wording>,
    /// Yes/no statements about excess on either side; they never raise a score.
    pub signals: Vec<Signal>,
    /// The "How you move" step: its title and introduction.
    pub style_step: StyleStep,
    /// Bipolar statements about how the company moves; they feed only the profile.
    pub style_items: Vec<StyleItem>,
    /// The texts of the four profiles on the Dutch–Flemish spectrum, and of "no
    /// clear profile yet".
    pub profiles: Vec<ProfileText>,
    pub dimensions: Vec<Dimension>,
}

/// What a profile means for the company: named by `profile::Archetype::id`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileText {
    pub id: String,
    pub name: Localized,
    /// One line on the behaviour, shown beside the name wherever it appears.
    #[serde(default)]
    pub tagline: Localized,
    #[serde(default)]
    pub summary: Localized,
    #[serde(default)]
    pub strengths: Vec<Localized>,
    #[serde(default)]
    pub risks: Vec<Localized>,
    /// Concrete first moves, the most important first.
    #[serde(default)]
    pub first_moves: Vec<Localized>,
}

/// A signal: a yes/no statement of excess such as "our NPS has become a goal in
/// itself". A "yes" shows `why` as a warning and feeds the plan; it changes no
/// score and not the profile (each behaviour is measured once, by a statement).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: String,
    pub side: SignalSide,
    pub text: Localized,
    /// Why it is a risk and what to do instead (shown with the warning).
    #[serde(default)]
    pub why: Localized,
    /// The role id that should act on it when it shows.
    pub owner: String,
}

/// Which excess a signal shows.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SignalSide {
    /// Doing too much, too loosely (the Dutch side).
    Overreaction,
    /// Holding back (the Flemish side).
    HoldingBack,
}

/// The two axes of the profile.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// How eagerly the company acts on customer focus.
    Drive,
    /// How closely that activity is tied to evidence of need and worth.
    Grounding,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleStep {
    pub title: Localized,
    pub intro: Localized,
}

/// A word that differs by country, such as the national payment method. Texts
/// refer to it as `{id}`; `wording::fill` puts in the customer's country's word.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    pub id: String,
    /// For companies in the Netherlands.
    pub nl: Localized,
    /// For companies in Belgium.
    pub be: Localized,
    /// For other countries or when the country is not given.
    pub other: Localized,
}

/// A question about the company, such as its sector, answered by choosing an option.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextField {
    pub id: String,
    pub label: Localized,
    pub options: Vec<ContextOption>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextOption {
    pub id: String,
    pub name: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    pub id: String,
    pub name: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    /// 1 to 12, as in the design brief.
    pub number: u8,
    pub title: Localized,
    pub summary: Localized,
    pub questions: Vec<Question>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Makes sense only with business customers or resellers: not applicable by
    /// default for a company that serves consumers only.
    #[serde(default)]
    pub business_only: bool,
    /// How much this practice matters for customers, 1 to 3: ranks the plan.
    pub weight: u8,
    pub text: Localized,
    /// When "not applicable" is the right answer, for a question that may not
    /// apply to every company (cross-border customers, resellers).
    #[serde(default)]
    pub na_hint: Option<Localized>,
    /// Five behaviourally anchored answers, level 1 (reactive) first.
    pub levels: [LevelAnchor; 5],
    /// Which profile's move this practice's steps are (the plan reserves a slot):
    /// "grounding", "drive" or "foundation" (see [`Question::moves`]).
    #[serde(default, rename = "move")]
    pub move_kind: String,
    /// Practices its steps wait for, as "question level" or "question level from
    /// level" (see [`Requirement`]).
    #[serde(default)]
    pub requires: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelAnchor {
    /// What a company at this level concretely does. (Only the answering pages show
    /// it: the results name levels; the report's file leaves it out.)
    #[serde(default)]
    pub text: Localized,
    /// The role id that owns that step.
    #[serde(default)]
    pub owner: String,
    /// The kind of action (`step_families.json`): a plan holds one of each.
    #[serde(default)]
    pub family: String,
}

impl Question {
    /// Which profile's move this practice's steps are, if any.
    pub fn moves(&self) -> Option<MoveKind> {
        MoveKind::parse(&self.move_kind)
    }

    /// The practices its steps wait for; a malformed requirement is left out (the
    /// data check names it).
    pub fn requirements(&self) -> impl Iterator<Item = Requirement<'_>> {
        self.requires.iter().filter_map(|r| Requirement::parse(r))
    }
}

impl Questionnaire {
    /// Parses questionnaire data with every language in each text (`data.json`).
    pub fn parse(json: &str) -> Result<Questionnaire, serde_json::Error> {
        crate::domain::locale::texts::one_file_at_a_time(|| serde_json::from_str(json))
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn context_field(&self, id: &str) -> Option<&ContextField> {
        self.context_fields.iter().find(|f| f.id == id)
    }

    pub fn signal(&self, id: &str) -> Option<&Signal> {
        self.signals.iter().find(|s| s.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn style_item(&self, id: &str) -> Option<&StyleItem> {
        self.style_items.iter().find(|s| s.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    pub fn profile(&self, id: &str) -> Option<&ProfileText> {
        self.profiles.iter().find(|p| p.id == id)
    }

    pub fn question_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.questions.len()).sum()
    }

    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.dimensions.iter().flat_map(|d| d.questions.iter())
    }
}

#[cfg(test)]
mod loading_tests;
#[cfg(test)]
mod step_details_tests;
