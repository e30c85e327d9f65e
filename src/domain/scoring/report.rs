//! Everything the results page shows for one assessment, computed in one place.

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::applicability::{self, Market, Size};
use crate::domain::questionnaire::wording::Country;
use crate::domain::questionnaire::{Questionnaire, Signal};
use crate::domain::scoring::advice::{top_gaps, Gap};
use crate::domain::scoring::b2b::{readiness, B2bReadiness};
use crate::domain::scoring::completeness::Completeness;
use crate::domain::scoring::plan::{plan, warnings, PlanMove};
use crate::domain::scoring::profile::{profile, statements_missing, Profile};
use crate::domain::scoring::scores::{dimension_scores, overall, DimensionScore};
use crate::domain::scoring::stage::{stage, Stage};
use crate::domain::storage::upgrade::{whats_new, WhatsNew};

#[derive(Clone, Debug)]
pub struct Report<'q> {
    /// Dimensions with at least one level answered, in questionnaire order.
    pub scores: Vec<DimensionScore<'q>>,
    pub overall: Option<f64>,
    pub stage: Option<Stage<'q>>,
    pub completeness: Completeness,
    pub profile: Option<Profile>,
    /// Style statements still to answer before the profile shows (0 once it does).
    pub statements_missing: usize,
    pub b2b: Option<B2bReadiness>,
    pub gaps: Vec<Gap<'q>>,
    pub plan: Vec<PlanMove<'q>>,
    pub warnings: Vec<&'q Signal>,
    /// Questions with any answer (a level, don't know or not applicable).
    pub answered: usize,
    pub questions: usize,
    /// Decides the example words (payment method, digital ID) in texts.
    pub country: Country,
    /// Decides which questions apply and whether B2B readiness leads.
    pub market: Market,
    /// The company's size band, for naming the owners of the plan's steps.
    pub size: Size,
    /// What changed when the assessment came from an older revision.
    pub upgraded: Option<WhatsNew<'q>>,
}

impl<'q> Report<'q> {
    pub fn new(q: &'q Questionnaire, a: &Assessment) -> Report<'q> {
        let scores = dimension_scores(q, a);
        let warnings = warnings(q, a);
        let profile = profile(q, a);
        let gaps = top_gaps(q, a, profile.as_ref());
        Report {
            overall: overall(&scores),
            stage: stage(&scores),
            completeness: Completeness::of(q, a),
            b2b: readiness(q, a),
            plan: plan(q, &gaps, &warnings),
            answered: applicability::answered_count(q, a),
            questions: q.question_count(),
            country: Country::of(a),
            market: Market::of(a),
            size: Size::of(a),
            upgraded: whats_new(a, q),
            scores,
            profile,
            statements_missing: statements_missing(q, a),
            gaps,
            warnings,
        }
    }

    /// Results for part of the questionnaire only, to be marked as such.
    pub fn is_partial(&self) -> bool {
        self.answered < self.questions
    }

    pub fn score_of(&self, dimension_id: &str) -> Option<f64> {
        self.scores
            .iter()
            .find(|s| s.dimension.id == dimension_id)
            .map(|s| s.score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Choice, Level};
    use crate::domain::questionnaire::current;
    use proptest::prelude::*;

    fn any_choice() -> impl Strategy<Value = Option<Choice>> {
        prop_oneof![
            Just(None),
            Just(Some(Choice::DontKnow)),
            Just(Some(Choice::NotApplicable)),
            (1u8..=5).prop_map(|n| Level::new(n).map(Choice::Level)),
        ]
    }

    fn assessment(choices: &[Option<Choice>], signals: &[bool]) -> Assessment {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        for (question, choice) in q.questions().zip(choices) {
            a.set_choice(&question.id, *choice, 1);
        }
        for (signal, &yes) in q.signals.iter().zip(signals) {
            a.set_signal(q, &signal.id, Some(yes), 1);
        }
        a
    }

    type Numbers = (
        Vec<(String, f64)>,
        Option<f64>,
        Option<u8>,
        Option<(f64, f64)>,
    );

    /// The dimension-based numbers of a report, to compare two reports. (B2B
    /// readiness is per question, so moving answers between questions moves it.)
    fn numbers(r: &Report) -> Numbers {
        (
            r.scores
                .iter()
                .map(|s| (s.dimension.id.clone(), s.score))
                .collect(),
            r.overall,
            r.stage.map(|s| s.level.get()),
            r.profile.map(|p| (p.drive.value, p.grounding.value)),
        )
    }

    fn choices() -> impl Strategy<Value = Vec<Option<Choice>>> {
        prop::collection::vec(any_choice(), current().question_count())
    }

    #[test]
    fn nothing_answered_gives_an_empty_partial_report() {
        let r = Report::new(current(), &assessment(&[], &[]));
        assert!(r.scores.is_empty() && r.overall.is_none() && r.stage.is_none());
        assert!(r.profile.is_none() && r.b2b.is_none() && r.gaps.is_empty() && r.plan.is_empty());
        assert!(r.is_partial() && r.completeness.is_low());
    }

    #[test]
    fn everything_not_applicable_scores_nothing_but_is_complete() {
        let all = vec![Some(Choice::NotApplicable); current().question_count()];
        let r = Report::new(current(), &assessment(&all, &[]));
        assert!(r.overall.is_none() && r.stage.is_none() && r.profile.is_none());
        assert!(!r.is_partial());
    }

    #[test]
    fn one_dimension_only_gives_a_stage_but_no_profile() {
        let q = current();
        let mut a = assessment(&[], &[]);
        for question in &q.dimensions[0].questions {
            a.set_choice(&question.id, Level::new(4).map(Choice::Level), 1);
        }
        let r = Report::new(q, &a);
        assert_eq!(r.overall, Some(75.0));
        let stage = r.stage.unwrap();
        assert_eq!(
            (stage.level.get(), stage.weakest.dimension.id.as_str()),
            (4, "vision")
        );
        assert!(r.profile.is_none());
        assert_eq!(r.gaps.len(), 1);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn every_score_stays_in_range(c in choices(), s in prop::collection::vec(any::<bool>(), 7)) {
            let r = Report::new(current(), &assessment(&c, &s));
            let in_range = |v: f64| (0.0..=100.0).contains(&v);
            prop_assert!(r.scores.iter().all(|d| in_range(d.score) && (1.0..=5.0).contains(&d.mean)));
            prop_assert!(r.overall.is_none_or(in_range));
            prop_assert!(r.profile.is_none_or(|p| in_range(p.drive.value) && in_range(p.grounding.value)));
            prop_assert!(r.b2b.is_none_or(|b| in_range(b.score)));
            prop_assert!((0.0..=1.0).contains(&r.completeness.level_share()));
            prop_assert!(r.gaps.len() <= 3 && r.plan.len() <= 5);
        }

        #[test]
        fn the_order_of_answers_within_a_dimension_changes_nothing(c in choices(), seed in any::<u64>()) {
            // Rotate each dimension's answers by a seed-dependent amount.
            let q = current();
            let mut rotated = Vec::new();
            let mut at = 0;
            for d in &q.dimensions {
                let mut part = c[at..at + d.questions.len()].to_vec();
                let by = (seed as usize) % part.len();
                part.rotate_left(by);
                rotated.extend(part);
                at += d.questions.len();
            }
            let (r1, r2) = (Report::new(q, &assessment(&c, &[])), Report::new(q, &assessment(&rotated, &[])));
            prop_assert_eq!(numbers(&r1), numbers(&r2));
        }

        #[test]
        fn adding_dont_know_changes_no_score_only_completeness(c in choices(), pick in any::<prop::sample::Index>()) {
            let q = current();
            let open: Vec<usize> = (0..c.len()).filter(|&i| c[i].is_none()).collect();
            prop_assume!(!open.is_empty());
            let mut more = c.clone();
            more[open[pick.index(open.len())]] = Some(Choice::DontKnow);
            let (before, after) = (Report::new(q, &assessment(&c, &[])), Report::new(q, &assessment(&more, &[])));
            prop_assert_eq!(numbers(&before), numbers(&after));
            prop_assert_eq!(before.b2b, after.b2b);
            prop_assert_eq!(after.completeness.dont_know, before.completeness.dont_know + 1);
            prop_assert_eq!(after.completeness.levels, before.completeness.levels);
            prop_assert_eq!(after.answered, before.answered + 1);
        }
    }
}
