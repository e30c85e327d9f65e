//! Completeness and evidence: how many applicable questions have a level, and how many
//! of those are backed by customer data.

use crate::domain::answers::Choice;
use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::applicability::effective_choice;
use crate::domain::questionnaire::Questionnaire;

/// Below this share of applicable questions answered with a level, a result says
/// it rests on too little.
pub const LOW_BELOW: f64 = 0.7;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Completeness {
    pub questions: usize,
    pub levels: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
    /// Level answers marked "backed by customer data".
    pub evidenced: usize,
}

impl Completeness {
    pub fn of(q: &Questionnaire, a: &Assessment) -> Completeness {
        let mut c = Completeness {
            questions: q.question_count(),
            ..Completeness::default()
        };
        for question in q.questions() {
            let evidence = a.answer(&question.id).is_some_and(|x| x.evidence);
            match effective_choice(question, a) {
                Some(Choice::Level(_)) => {
                    c.levels += 1;
                    c.evidenced += usize::from(evidence);
                }
                Some(Choice::DontKnow) => c.dont_know += 1,
                Some(Choice::NotApplicable) => c.not_applicable += 1,
                None => {}
            }
        }
        c
    }

    /// Questions that apply: all but those answered "not applicable".
    pub fn applicable(&self) -> usize {
        self.questions.saturating_sub(self.not_applicable)
    }

    /// Share (0–1) of the applicable questions answered with a level.
    pub fn level_share(&self) -> f64 {
        share(self.levels, self.applicable())
    }

    /// Share (0–1) of the level answers backed by customer data.
    pub fn evidence_share(&self) -> f64 {
        share(self.evidenced, self.levels)
    }

    pub fn is_low(&self) -> bool {
        self.level_share() < LOW_BELOW
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Level;
    use crate::domain::questionnaire::current;

    #[test]
    fn hand_worked_completeness() {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        let ids: Vec<&str> = q.questions().map(|x| x.id.as_str()).collect();
        let level = Some(Choice::Level(Level::new(3).unwrap()));
        for id in &ids[..20] {
            a.set_choice(id, level, 1);
        }
        for id in &ids[..5] {
            a.set_evidence(id, true, 1);
        }
        a.set_choice(ids[20], Some(Choice::DontKnow), 1);
        a.set_choice(ids[21], Some(Choice::NotApplicable), 1);
        a.set_evidence(ids[22], true, 1); // evidence without a level does not count
        let c = Completeness::of(q, &a);
        assert_eq!(
            (
                c.questions,
                c.levels,
                c.dont_know,
                c.not_applicable,
                c.evidenced
            ),
            (ids.len(), 20, 1, 1, 5)
        );
        // 20 of all questions but the one not applicable: under 70 %, which is low.
        assert_eq!(c.applicable(), ids.len() - 1);
        assert_eq!(c.level_share(), 20.0 / (ids.len() - 1) as f64);
        assert!(c.is_low());
        // 5 of the 20 level answers are backed by data: 25 %.
        assert_eq!(c.evidence_share(), 0.25);
    }

    #[test]
    fn nothing_answered_or_nothing_applicable_gives_zero_shares() {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        assert_eq!(Completeness::of(q, &a).level_share(), 0.0);
        let ids: Vec<String> = q.questions().map(|x| x.id.clone()).collect();
        for id in &ids {
            a.set_choice(id, Some(Choice::NotApplicable), 1);
        }
        let c = Completeness::of(q, &a);
        assert_eq!(
            (c.applicable(), c.level_share(), c.evidence_share()),
            (0, 0.0, 0.0)
        );
    }
}
