//! Two assessments side by side, such as the same company a year apart: the change
//! per dimension, overall, in stage and in profile. Changes are between the scores
//! as shown (whole numbers), so the table always adds up to what the user sees.

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::{Dimension, Questionnaire};
use crate::domain::scoring::profile::Profile;
use crate::domain::scoring::report::Report;
use crate::domain::scoring::scores::shown;

/// One dimension's score before and after, where it was answered.
#[derive(Clone, Debug)]
pub struct DimensionChange<'q> {
    pub dimension: &'q Dimension,
    pub before: Option<u32>,
    pub after: Option<u32>,
}

impl DimensionChange<'_> {
    /// After minus before, in points; `None` unless both are known.
    pub fn change(&self) -> Option<i64> {
        Some(i64::from(self.after?) - i64::from(self.before?))
    }
}

pub struct Comparison<'q> {
    pub before: Report<'q>,
    pub after: Report<'q>,
    /// Every dimension of the questionnaire, in order.
    pub dimensions: Vec<DimensionChange<'q>>,
}

impl<'q> Comparison<'q> {
    pub fn new(q: &'q Questionnaire, before: &Assessment, after: &Assessment) -> Comparison<'q> {
        let (before, after) = (Report::new(q, before), Report::new(q, after));
        let dimensions = q
            .dimensions
            .iter()
            .map(|d| DimensionChange {
                dimension: d,
                before: before.score_of(&d.id).map(shown),
                after: after.score_of(&d.id).map(shown),
            })
            .collect();
        Comparison {
            before,
            after,
            dimensions,
        }
    }

    /// The overall score's change in points.
    pub fn overall_change(&self) -> Option<i64> {
        let (b, a) = (self.before.overall?, self.after.overall?);
        Some(i64::from(shown(a)) - i64::from(shown(b)))
    }

    /// The stage's change in steps (1 to 5 each).
    pub fn stage_change(&self) -> Option<i64> {
        let b = self.before.stage.as_ref()?.level.get();
        let a = self.after.stage.as_ref()?.level.get();
        Some(i64::from(a) - i64::from(b))
    }

    /// The profiles before and after, where known.
    pub fn profiles(&self) -> (Option<Profile>, Option<Profile>) {
        (self.before.profile, self.after.profile)
    }

    /// The dimensions that rose most and fell most (at most `n` each), largest first.
    pub fn biggest_moves(
        &self,
        n: usize,
    ) -> (Vec<&DimensionChange<'q>>, Vec<&DimensionChange<'q>>) {
        let mut moved: Vec<_> = self
            .dimensions
            .iter()
            .filter(|d| d.change().is_some_and(|c| c != 0))
            .collect();
        moved.sort_by_key(|d| std::cmp::Reverse(d.change().unwrap_or(0).abs()));
        let up = moved
            .iter()
            .copied()
            .filter(|d| d.change() > Some(0))
            .take(n)
            .collect();
        let down = moved
            .iter()
            .copied()
            .filter(|d| d.change() < Some(0))
            .take(n)
            .collect();
        (up, down)
    }
}

/// Which of two assessments is "before": the one created first (ties: as given).
/// The pair to compare: the ids asked for where they exist, else the two newest
/// assessments, the older one first.
/// Whether the address asked for an assessment that is not in this browser (a
/// link from another browser, or one deleted since): the page then says so.
pub fn asked_for_missing(assessments: &[Assessment], asked: Option<(&str, &str)>) -> bool {
    asked.is_some_and(|(b, a)| {
        [b, a]
            .iter()
            .any(|id| !assessments.iter().any(|x| x.id == *id))
    })
}

pub fn chosen_pair(
    assessments: &[Assessment],
    asked: Option<(&str, &str)>,
) -> (Option<String>, Option<String>) {
    let mut by_age: Vec<&Assessment> = assessments.iter().collect();
    by_age.sort_by_key(|a| a.created_ms);
    let mut newest: Vec<String> = by_age.iter().rev().take(2).map(|a| a.id.clone()).collect();
    newest.reverse();
    let exists = |id: &&str| assessments.iter().any(|a| a.id == *id);
    let before = asked.map(|p| p.0).filter(exists).map(str::to_owned);
    let after = asked.map(|p| p.1).filter(exists).map(str::to_owned);
    // A side that falls back takes one of the two newest, never the other side's.
    let other_than = |taken: &String, newest_first: bool| {
        let mut candidates: Vec<&String> = newest.iter().collect();
        if newest_first {
            candidates.reverse();
        }
        candidates.into_iter().find(|id| *id != taken).cloned()
    };
    match (before, after) {
        (Some(b), None) => {
            let a = other_than(&b, true);
            (Some(b), a)
        }
        (None, Some(a)) => (other_than(&a, false), Some(a)),
        (None, None) => (newest.first().cloned(), newest.get(1).cloned()),
        pair => (pair.0, pair.1),
    }
}

pub fn in_time_order<'a>(x: &'a Assessment, y: &'a Assessment) -> (&'a Assessment, &'a Assessment) {
    if y.created_ms < x.created_ms {
        (y, x)
    } else {
        (x, y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Choice, Level};
    use crate::domain::questionnaire::current;

    /// Every question of a dimension at one level (others: `rest`, or unanswered).
    fn at(created: u64, levels: &[(&str, u8)], rest: Option<u8>) -> Assessment {
        let q = current();
        let mut a = Assessment::new(format!("a{created}"), created, q);
        for d in &q.dimensions {
            let level = levels
                .iter()
                .find(|(id, _)| *id == d.id)
                .map(|(_, l)| *l)
                .or(rest);
            for question in &d.questions {
                a.set_choice(
                    &question.id,
                    level.and_then(Level::new).map(Choice::Level),
                    created,
                );
            }
        }
        a
    }

    #[test]
    fn changes_are_worked_out_per_dimension_overall_and_in_stage() {
        let q = current();
        // A year apart: everything 2 (score 25) becomes 3 (50), listening 4 (75).
        let before = at(1, &[], Some(2));
        let after = at(2, &[("listening", 4)], Some(3));
        let c = Comparison::new(q, &before, &after);
        assert_eq!(c.dimensions.len(), 12);
        let listening = c
            .dimensions
            .iter()
            .find(|d| d.dimension.id == "listening")
            .unwrap();
        assert_eq!(
            (listening.before, listening.after, listening.change()),
            (Some(25), Some(75), Some(50))
        );
        let other = c
            .dimensions
            .iter()
            .find(|d| d.dimension.id == "needs")
            .unwrap();
        assert_eq!(other.change(), Some(25));
        // Overall: before 25; after (10 × 50 + 75) / 11 = 52.27 → 52; change 27.
        assert_eq!(c.overall_change(), Some(27));
        // Stage: the weakest dimension sets it: level 2 → level 3.
        assert_eq!(c.stage_change(), Some(1));
        let (up, down) = c.biggest_moves(3);
        assert_eq!(up[0].dimension.id, "listening");
        assert_eq!(up.len(), 3);
        assert!(down.is_empty());
    }

    #[test]
    fn dimensions_answered_only_once_have_no_change() {
        let q = current();
        let before = at(1, &[("vision", 2)], None);
        let after = at(2, &[("vision", 2), ("needs", 5)], None);
        let c = Comparison::new(q, &before, &after);
        let vision = c
            .dimensions
            .iter()
            .find(|d| d.dimension.id == "vision")
            .unwrap();
        assert_eq!(vision.change(), Some(0));
        let needs = c
            .dimensions
            .iter()
            .find(|d| d.dimension.id == "needs")
            .unwrap();
        assert_eq!(
            (needs.before, needs.after, needs.change()),
            (None, Some(100), None)
        );
        let (up, down) = c.biggest_moves(3);
        assert!(up.is_empty() && down.is_empty(), "no change is not a move");
    }

    #[test]
    fn an_empty_assessment_compares_without_numbers() {
        let q = current();
        let c = Comparison::new(q, &at(1, &[], None), &at(2, &[], Some(3)));
        assert_eq!(c.overall_change(), None);
        assert_eq!(c.stage_change(), None);
        assert_eq!(c.profiles().0, None);
    }

    #[test]
    fn the_older_assessment_comes_first() {
        let (x, y) = (at(5, &[], None), at(3, &[], None));
        assert_eq!(in_time_order(&x, &y).0.created_ms, 3);
        assert_eq!(in_time_order(&y, &x).0.created_ms, 3);
    }

    #[test]
    fn the_pair_is_what_was_asked_where_it_exists_else_the_two_newest() {
        let list = [at(30, &[], None), at(10, &[], None), at(20, &[], None)];
        assert_eq!(
            chosen_pair(&list, None),
            (Some("a20".into()), Some("a30".into()))
        );
        assert_eq!(
            chosen_pair(&list, Some(("a10", "a30"))),
            (Some("a10".into()), Some("a30".into()))
        );
        assert_eq!(
            chosen_pair(&list, Some(("gone", "a10"))),
            (Some("a20".into()), Some("a10".into()))
        );
        assert_eq!(chosen_pair(&list[..1], None), (Some("a30".into()), None));
        assert_eq!(chosen_pair(&[], None), (None, None));
        // A side that falls back never takes the other side's assessment.
        assert_eq!(
            chosen_pair(&list, Some(("gone", "a20"))),
            (Some("a30".into()), Some("a20".into()))
        );
        assert_eq!(
            chosen_pair(&list, Some(("a30", "gone"))),
            (Some("a30".into()), Some("a20".into()))
        );
        assert!(asked_for_missing(&list, Some(("gone", "a10"))));
        assert!(!asked_for_missing(&list, Some(("a10", "a30"))));
        assert!(!asked_for_missing(&list, None));
    }
}
