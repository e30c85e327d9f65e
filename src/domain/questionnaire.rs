//! The questionnaire model. Its content is data, in `questionnaire.json` beside this
//! file, embedded at build time; `questionnaire_check` validates it.

use super::locale::Localized;
use serde::Deserialize;
use std::sync::OnceLock;

/// The embedded questionnaire data file.
pub const QUESTIONNAIRE_JSON: &str = include_str!("questionnaire.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable identifier of this questionnaire; stored with every assessment.
    pub id: String,
    /// Bumped whenever questions change; old revisions stay decodable.
    pub revision: u32,
    /// The names of the five maturity levels, level 1 first.
    pub level_names: [Localized; 5],
    /// What reaching each stage (1–5) means, stage 1 first.
    pub stage_texts: [Localized; 5],
    /// Tags a question may carry (such as `b2b`), with what they mean.
    pub tags: Vec<Tag>,
    /// The intro step's questions about the company, each a choice from options.
    pub context_fields: Vec<ContextField>,
    /// Yes/no statements about overdoing it; they never raise a score.
    pub signals: Vec<Signal>,
    /// The texts of the four profiles on the Dutch–Flemish spectrum.
    pub profiles: Vec<ProfileText>,
    pub dimensions: Vec<Dimension>,
}

/// What a profile means for the company: named by `profile::Archetype::id`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileText {
    pub id: String,
    pub name: Localized,
    pub summary: Localized,
    pub strengths: Vec<Localized>,
    pub risks: Vec<Localized>,
    /// Concrete first moves, the most important first.
    pub first_moves: Vec<Localized>,
}

/// An overreaction signal: a yes/no statement such as "our NPS target is a goal in
/// itself". A "yes" lowers the grounding axis and shows `why` as a warning.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signal {
    pub id: String,
    pub text: Localized,
    /// Why it is a risk and what to do instead.
    pub why: Localized,
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
    /// 1 to 11, as in the design brief.
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
    pub text: Localized,
    /// Five behaviourally anchored answers, level 1 (reactive) first.
    pub levels: [LevelAnchor; 5],
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelAnchor {
    /// What a company at this level concretely does.
    pub text: Localized,
    /// What moving up one level looks like.
    pub next: Localized,
}

impl Questionnaire {
    /// Parses questionnaire data; the embedded file is checked by tests, so in the app
    /// this cannot fail for data that passed them.
    pub fn parse(json: &str) -> Result<Questionnaire, serde_json::Error> {
        serde_json::from_str(json)
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

/// The questionnaire the app ships, parsed once.
pub fn current() -> &'static Questionnaire {
    static CURRENT: OnceLock<Questionnaire> = OnceLock::new();
    CURRENT.get_or_init(|| {
        #[allow(clippy::expect_used)]
        Questionnaire::parse(QUESTIONNAIRE_JSON)
            .expect("the embedded questionnaire is validated by `cargo test`")
    })
}
