//! The team's plan: the moves of the respondents' own 90-day plans that several of
//! them share, most shared first, so a workshop ends with an agreed list.

use crate::domain::answers::Level;
use crate::domain::assessment::Assessment;
use crate::domain::locale::Localized;
use crate::domain::questionnaire::{step_details, Questionnaire};
use crate::domain::scoring::advice::top_gaps;
use crate::domain::scoring::plan::{plan, warnings, Source};
use crate::domain::scoring::profile::Profile;

/// How many shared steps are listed.
pub const SHARED_STEPS: usize = 5;

/// A move that several respondents' plans hold.
#[derive(Clone, Copy, Debug)]
pub struct SharedStep<'q> {
    pub source: Source<'q>,
    /// For a question: the lowest level among those who share it (its step is
    /// shown: foundations first).
    pub level: Option<Level>,
    pub respondents: usize,
}

impl<'q> SharedStep<'q> {
    /// What to do: the step from the lowest level (once the steps' words are
    /// loaded), or the signal's action.
    pub fn text(&self, q: &Questionnaire) -> Option<&'q Localized> {
        match (self.source, self.level) {
            (Source::Signal(s), _) => step_details::of_signal(q, s).map(|x| &x.next),
            (Source::Gap(question), Some(level)) => {
                step_details::of(q, question, level).map(|d| &d.next)
            }
            (Source::Gap(_), None) => None,
        }
    }
}

/// The moves at least two respondents' plans share (a question's steps count as one
/// move whatever the level), most shared first, then in the order first met; at
/// most [`SHARED_STEPS`].
pub fn shared_steps<'q>(
    q: &'q Questionnaire,
    people: &[Assessment],
    profiles: &[Option<Profile>],
) -> Vec<SharedStep<'q>> {
    let mut steps: Vec<SharedStep<'q>> = Vec::new();
    for (a, p) in people.iter().zip(profiles) {
        let gaps = top_gaps(q, a, p.as_ref());
        for m in plan(q, &gaps, &warnings(q, a)) {
            let level = m.gap.map(|g| g.level);
            match steps.iter_mut().find(|s| s.source == m.source) {
                Some(step) => {
                    step.respondents += 1;
                    step.level = step.level.min(level);
                }
                None => steps.push(SharedStep {
                    source: m.source,
                    level,
                    respondents: 1,
                }),
            }
        }
    }
    let mut shared: Vec<SharedStep<'q>> =
        steps.into_iter().filter(|s| s.respondents >= 2).collect();
    // Stable: equal counts keep the order first met.
    shared.sort_by_key(|s| std::cmp::Reverse(s.respondents));
    shared.truncate(SHARED_STEPS);
    shared
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Choice, Level};
    use crate::domain::questionnaire::current;
    use crate::domain::scoring::profile::profile;

    fn everywhere(level: u8, yes: &[&str]) -> Assessment {
        let q = current();
        let mut a = Assessment::new("r".into(), 0, q);
        for question in q.questions() {
            a.set_choice(&question.id, Level::new(level).map(Choice::Level), 1);
        }
        for s in yes {
            a.set_signal(q, s, Some(true), 1);
        }
        a
    }

    #[test]
    fn moves_shared_by_several_plans_come_first_with_their_count() {
        let q = current();
        let people = [
            everywhere(2, &["nps_goal"]),
            everywhere(3, &["nps_goal"]),
            everywhere(2, &["buzzwords"]),
        ];
        let profiles: Vec<Option<Profile>> = people.iter().map(|a| profile(q, a)).collect();
        let shared = shared_steps(q, &people, &profiles);
        assert!(!shared.is_empty());
        // The same top gap for all three (the same ladder answers, signals that lean the
        // same way), at the lowest level's step.
        assert_eq!(shared[0].respondents, 3);
        let Source::Gap(question) = shared[0].source else {
            panic!("the most shared is a question's step");
        };
        assert_eq!(shared[0].level, Level::new(2));
        assert_eq!(
            shared[0].text(q),
            Some(
                &step_details::of(q, question, Level::new(2).unwrap())
                    .unwrap()
                    .next
            )
        );
        let nps = shared
            .iter()
            .find(|s| matches!(s.source, Source::Signal(x) if x.id == "nps_goal"))
            .expect("two said yes to nps_goal");
        assert_eq!(nps.respondents, 2);
        assert!(shared
            .iter()
            .all(|s| !matches!(s.source, Source::Signal(x) if x.id == "buzzwords")));
        assert!(shared
            .windows(2)
            .all(|w| w[0].respondents >= w[1].respondents));
        assert!(shared_steps(q, &people[..1], &profiles[..1]).is_empty());
    }
}
