//! Which questions fit the company. A company that serves consumers only gets the
//! questions that make sense only with business customers or resellers marked not
//! applicable by default (it can still answer them), and those questions never
//! count towards its maturity scores or stage.

use super::answers::Choice;
use super::assessment::Assessment;
use super::questionnaire::Question;

/// The intro field that says who the customers are.
pub const MARKET_FIELD: &str = "market";

/// Who the company serves, from the intro.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Market {
    Consumers,
    Business,
    Both,
    /// Not answered yet (or an unknown option).
    Unknown,
}

impl Market {
    pub fn of(a: &Assessment) -> Market {
        match a.context.get(MARKET_FIELD).map(String::as_str) {
            Some("b2c") => Market::Consumers,
            Some("b2b") => Market::Business,
            Some("both") => Market::Both,
            _ => Market::Unknown,
        }
    }

    /// B2B readiness leads the results for business and mixed companies.
    pub fn b2b_first(self) -> bool {
        matches!(self, Market::Business | Market::Both)
    }
}

/// True when the question is not applicable by default for this company.
pub fn not_applicable_by_default(question: &Question, a: &Assessment) -> bool {
    question.business_only && Market::of(a) == Market::Consumers
}

/// The choice that counts: the respondent's own, or not applicable by default.
pub fn effective_choice(question: &Question, a: &Assessment) -> Option<Choice> {
    a.choice(&question.id)
        .or_else(|| not_applicable_by_default(question, a).then_some(Choice::NotApplicable))
}

/// Whether a level given to this question counts for the maturity scores and the
/// stage. Business-only questions never do for a consumers-only company (they
/// still count for B2B readiness).
pub fn counts_for_maturity(question: &Question, a: &Assessment) -> bool {
    !not_applicable_by_default(question, a)
}
