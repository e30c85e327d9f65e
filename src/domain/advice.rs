//! What to do next: the top gaps with the next steps of the levels actually
//! chosen, a 90-day plan of first moves, and a warning per overreaction signal.

use super::answers::Level;
use super::assessment::Assessment;
use super::locale::Localized;
use super::profile::{Archetype, Profile, DRIVE, GROUNDING};
use super::questionnaire::{Dimension, Question, Questionnaire, Signal};
use super::scoring::DimensionScore;

/// How many gaps are shown, and how many next steps per gap.
pub const GAPS: usize = 3;
pub const STEPS_PER_GAP: usize = 3;
/// Points by which a dimension the profile points at ranks as if it were lower.
pub const PROFILE_WEIGHT: f64 = 15.0;

/// The dimensions a profile should work on first: grounding for the enthusiast,
/// drive for the follower, the foundations (vision, leadership) for the starter.
pub fn focus(archetype: Archetype) -> &'static [&'static str] {
    match archetype {
        Archetype::DutchEnthusiast => &GROUNDING,
        Archetype::FlemishFollower => &DRIVE,
        Archetype::Starter => &["vision", "leadership"],
        Archetype::Balanced => &[],
    }
}

/// Moving up from the level chosen for a question.
#[derive(Clone, Copy, Debug)]
pub struct NextStep<'q> {
    pub question: &'q Question,
    pub level: Level,
}

impl<'q> NextStep<'q> {
    pub fn instruction(&self) -> &'q Localized {
        &self.question.levels[self.level.index()].next
    }
}

#[derive(Clone, Debug)]
pub struct Gap<'q> {
    pub score: DimensionScore<'q>,
    /// Whether the profile put it forward (see [`focus`]).
    pub profile_focus: bool,
    /// The lowest levels chosen in the dimension first.
    pub steps: Vec<NextStep<'q>>,
}

/// The dimensions to work on: ranked by score, those the profile points at ranked
/// [`PROFILE_WEIGHT`] lower; only those with a level below 5 to move up from.
pub fn top_gaps<'q>(
    a: &Assessment,
    scores: &[DimensionScore<'q>],
    profile: Option<&Profile>,
) -> Vec<Gap<'q>> {
    let focused = profile.map_or(&[][..], |p| focus(p.archetype));
    let mut gaps: Vec<Gap<'q>> = scores
        .iter()
        .map(|&score| Gap {
            score,
            profile_focus: focused.contains(&score.dimension.id.as_str()),
            steps: next_steps(score.dimension, a),
        })
        .filter(|gap| !gap.steps.is_empty())
        .collect();
    let rank = |g: &Gap| g.score.score - if g.profile_focus { PROFILE_WEIGHT } else { 0.0 };
    // A stable sort keeps questionnaire order between equal ranks.
    gaps.sort_by(|x, y| rank(x).total_cmp(&rank(y)));
    gaps.truncate(GAPS);
    gaps
}

/// The next steps for a dimension's questions answered below level 5, lowest first.
fn next_steps<'q>(dimension: &'q Dimension, a: &Assessment) -> Vec<NextStep<'q>> {
    let mut steps: Vec<NextStep<'q>> = dimension
        .questions
        .iter()
        .filter_map(|question| {
            let level = a.answer(&question.id)?.level()?;
            (level.get() < Level::MAX).then_some(NextStep { question, level })
        })
        .collect();
    steps.sort_by_key(|s| s.level);
    steps.truncate(STEPS_PER_GAP);
    steps
}

/// Where a move in the plan comes from.
#[derive(Clone, Copy, Debug)]
pub enum Source<'q> {
    Profile(Archetype),
    Gap(&'q Dimension),
}

impl PartialEq for Source<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Source::Profile(a), Source::Profile(b)) => a == b,
            (Source::Gap(a), Source::Gap(b)) => a.id == b.id,
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct PlanMove<'q> {
    /// Done by day 30, 60 or 90.
    pub by_day: u8,
    pub text: &'q Localized,
    pub source: Source<'q>,
}

/// Three first moves, one per month: the profile's first move, then the first next
/// step of each top gap, then the profile's further moves to fill up.
pub fn plan<'q>(
    q: &'q Questionnaire,
    gaps: &[Gap<'q>],
    profile: Option<&Profile>,
) -> Vec<PlanMove<'q>> {
    let profile_moves: Vec<(&'q Localized, Source<'q>)> = profile
        .and_then(|p| Some((q.profile(p.archetype.id())?, p.archetype)))
        .map(|(text, archetype)| {
            text.first_moves
                .iter()
                .map(|m| (m, Source::Profile(archetype)))
                .collect()
        })
        .unwrap_or_default();
    let gap_moves = gaps.iter().filter_map(|g| {
        Some((
            g.steps.first()?.instruction(),
            Source::Gap(g.score.dimension),
        ))
    });
    let mut profile_moves = profile_moves.into_iter();
    profile_moves
        .next()
        .into_iter()
        .chain(gap_moves)
        .chain(profile_moves)
        .zip([30, 60, 90])
        .map(|((text, source), by_day)| PlanMove {
            by_day,
            text,
            source,
        })
        .collect()
}

/// The overreaction signals answered "yes", in questionnaire order.
pub fn warnings<'q>(q: &'q Questionnaire, a: &Assessment) -> Vec<&'q Signal> {
    q.signals
        .iter()
        .filter(|s| a.signal(&s.id) == Some(true))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::answers::Choice;
    use super::super::profile::profile;
    use super::super::questionnaire::current;
    use super::super::scoring::dimension_scores;
    use super::*;

    fn answered(levels: &[(&str, u8)]) -> Assessment {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        for &(id, n) in levels {
            a.set_choice(id, Level::new(n).map(Choice::Level), 1);
        }
        a
    }

    #[test]
    fn gaps_are_the_lowest_dimensions_with_the_steps_of_the_chosen_levels() {
        let q = current();
        let a = answered(&[
            ("vision.written", 2),
            ("vision.priority_customers", 1),
            ("leadership.example", 5),
            ("listening.methods", 3),
            ("journeys.mapped", 4),
        ]);
        let scores = dimension_scores(q, &a);
        let gaps = top_gaps(&a, &scores, None);
        // vision 12.5, listening 50, journeys 75; leadership (100) has nothing to move up.
        let ids: Vec<&str> = gaps.iter().map(|g| g.score.dimension.id.as_str()).collect();
        assert_eq!(ids, ["vision", "listening", "journeys"]);
        // Lowest level first: priority_customers at 1, then written at 2.
        let steps: Vec<(&str, u8)> = gaps[0]
            .steps
            .iter()
            .map(|s| (s.question.id.as_str(), s.level.get()))
            .collect();
        assert_eq!(
            steps,
            [("vision.priority_customers", 1), ("vision.written", 2)]
        );
        let written = q.questions().find(|x| x.id == "vision.written").unwrap();
        assert_eq!(gaps[0].steps[1].instruction(), &written.levels[1].next);
    }

    #[test]
    fn the_profile_moves_its_focus_forward() {
        let q = current();
        // Drive: journeys 75. Grounding: needs 50 − 2 signals × 10 = 30: enthusiast.
        // Vision 37.5 is lowest, but needs (50 − 15 = 35) ranks before it.
        let mut a = answered(&[
            ("journeys.mapped", 4),
            ("needs.known", 3),
            ("vision.written", 3),
            ("vision.priority_customers", 2),
        ]);
        a.set_signal(q, "nps_goal", Some(true), 1);
        a.set_signal(q, "survey_spam", Some(true), 1);
        let scores = dimension_scores(q, &a);
        let p = profile(&scores, warnings(q, &a).len()).unwrap();
        assert_eq!(p.archetype, Archetype::DutchEnthusiast);
        let gaps = top_gaps(&a, &scores, Some(&p));
        let ids: Vec<(&str, bool)> = gaps
            .iter()
            .map(|g| (g.score.dimension.id.as_str(), g.profile_focus))
            .collect();
        assert_eq!(
            ids,
            [("needs", true), ("vision", false), ("journeys", false)]
        );

        let moves = plan(q, &gaps, Some(&p));
        let enthusiast = q.profile("dutch_enthusiast").unwrap();
        assert_eq!(
            moves.iter().map(|m| m.by_day).collect::<Vec<_>>(),
            [30, 60, 90]
        );
        assert_eq!(moves[0].text, &enthusiast.first_moves[0]);
        assert_eq!(moves[1].source, Source::Gap(q.dimension("needs").unwrap()));
        assert_eq!(moves[2].source, Source::Gap(q.dimension("vision").unwrap()));
        let signal_ids: Vec<&str> = warnings(q, &a).iter().map(|s| s.id.as_str()).collect();
        assert_eq!(signal_ids, ["nps_goal", "survey_spam"]);
    }

    #[test]
    fn nothing_answered_gives_no_gaps_and_no_plan() {
        let q = current();
        let a = answered(&[]);
        assert!(top_gaps(&a, &[], None).is_empty());
        assert!(plan(q, &[], None).is_empty());
        assert!(warnings(q, &a).is_empty());
    }
}
