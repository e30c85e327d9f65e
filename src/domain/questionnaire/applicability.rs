//! Which questions fit the company. A company that serves consumers only gets the
//! questions that make sense only with business customers or resellers marked not
//! applicable by default (it can still answer them), and those questions never
//! count towards its maturity scores or stage.

use crate::domain::answers::Choice;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::{Question, Questionnaire};

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

/// The intro's size field: which option ids count as a small company.
pub const SIZE_FIELD: &str = "size";
const SMALL_SIZES: [&str; 2] = ["s1_9", "s10_49"];

/// How big the company is, as far as the plan needs to know: owners are named
/// as roles a company of that size has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// Fewer than 50 people.
    Small,
    /// 50 to 249 people: departments, but rarely a specialist for each job.
    Medium,
    /// 250 people or more.
    Larger,
    Unknown,
}

impl Size {
    pub fn of(a: &Assessment) -> Size {
        match a.context.get(SIZE_FIELD).map(String::as_str) {
            Some(s) if SMALL_SIZES.contains(&s) => Size::Small,
            Some("s50_249") => Size::Medium,
            Some(_) => Size::Larger,
            None => Size::Unknown,
        }
    }
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

/// How many of the questionnaire's questions have a choice of any kind, "not
/// applicable by default" included.
pub fn answered_count(q: &Questionnaire, a: &Assessment) -> usize {
    q.questions()
        .filter(|question| effective_choice(question, a).is_some())
        .count()
}

/// Whether a level given to this question counts for the maturity scores and the
/// stage. Business-only questions never do for a consumers-only company (they
/// still count for B2B readiness).
pub fn counts_for_maturity(question: &Question, a: &Assessment) -> bool {
    !not_applicable_by_default(question, a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Level;
    use crate::domain::questionnaire::current;
    use crate::domain::scoring::b2b::readiness;
    use crate::domain::scoring::report::Report;
    use proptest::prelude::*;

    fn company(market: &str, levels: &[Option<u8>]) -> Assessment {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        a.set_context(q, MARKET_FIELD, Some(market), 1);
        for (question, level) in q.questions().filter(|x| !x.business_only).zip(levels) {
            a.set_choice(
                &question.id,
                level.and_then(Level::new).map(Choice::Level),
                1,
            );
        }
        a
    }

    fn business_only() -> Vec<&'static Question> {
        current().questions().filter(|x| x.business_only).collect()
    }

    #[test]
    fn consumers_only_see_business_only_questions_as_not_applicable() {
        assert!(business_only().len() >= 2);
        let a = company("b2c", &[]);
        for question in business_only() {
            assert_eq!(effective_choice(question, &a), Some(Choice::NotApplicable));
            assert_eq!(a.choice(&question.id), None, "nothing is written");
        }
        let b = company("both", &[]);
        assert!(business_only()
            .iter()
            .all(|x| effective_choice(x, &b).is_none()));
        assert!(Market::of(&b).b2b_first() && !Market::of(&a).b2b_first());
        // Counted as answered, so a consumer company can complete its steps.
        assert_eq!(answered_count(current(), &a), business_only().len());
    }

    proptest! {
        #[test]
        fn a_consumers_only_stage_is_unchanged_by_business_only_answers(
            levels in prop::collection::vec(prop::option::of(1u8..=5), 45),
            extra in prop::collection::vec(1u8..=5, 8),
        ) {
            let q = current();
            let mut a = company("b2c", &levels);
            let before = Report::new(q, &a);
            for (question, &level) in business_only().into_iter().zip(&extra) {
                a.set_choice(&question.id, Level::new(level).map(Choice::Level), 2);
            }
            let after = Report::new(q, &a);
            prop_assert_eq!(before.stage.map(|s| s.level), after.stage.map(|s| s.level));
            prop_assert_eq!(before.overall, after.overall);
            let scores = |r: &Report| r.scores.iter().map(|s| (s.dimension.id.clone(), s.mean)).collect::<Vec<_>>();
            prop_assert_eq!(scores(&before), scores(&after));
            // They still count for B2B readiness, on request.
            prop_assert!(readiness(q, &a).is_some());
        }
    }

    #[test]
    fn for_a_business_company_they_do_count() {
        let q = current();
        let mut a = company("b2b", &[Some(5); 45]);
        let before = Report::new(q, &a).overall;
        for question in business_only() {
            a.set_choice(&question.id, Level::new(1).map(Choice::Level), 2);
        }
        assert!(Report::new(q, &a).overall < before);
    }
}
