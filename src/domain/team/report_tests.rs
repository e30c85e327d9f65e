use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;
use crate::domain::share::SharedResult;
use crate::domain::storage::upgrade::asked_in;

/// A respondent with the given level on every question of the listed
/// dimensions, and "yes" to the listed signals.
fn respondent(levels: &[(&str, u8)], yes: &[&str]) -> SharedResult {
    let q = current();
    let mut a = Assessment::new("r".into(), 0, q);
    for &(dim, level) in levels {
        for question in &q.dimension(dim).unwrap().questions {
            a.set_choice(&question.id, Level::new(level).map(Choice::Level), 1);
        }
    }
    for s in yes {
        a.set_signal(q, s, Some(true), 1);
    }
    SharedResult::from_assessment(&a, false)
}

#[test]
fn hand_computed_mean_range_and_spread() {
    let team = [
        respondent(&[("vision", 2), ("journeys", 4)], &["nps_goal"]),
        respondent(&[("vision", 3), ("journeys", 4)], &["nps_goal"]),
        respondent(&[("vision", 5)], &[]),
    ];
    let r = TeamReport::new(current(), &team);
    assert_eq!(r.respondents, 3);
    let vision = r
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "vision")
        .unwrap();
    // Scores 25, 50 and 100: mean 175 / 3 = 58.33; range 25–100; spread
    // √(((25 − 58.33)² + (50 − 58.33)² + (100 − 58.33)²) / 3)
    //   = √((1111.11 + 69.44 + 1736.11) / 3) = √972.22 = 31.18.
    assert!((vision.mean - 58.333).abs() < 0.001);
    assert_eq!(
        (vision.min, vision.max, vision.respondents),
        (25.0, 100.0, 3)
    );
    assert!((vision.spread - 31.180).abs() < 0.001, "{}", vision.spread);
    let journeys = r
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "journeys")
        .unwrap();
    assert_eq!(
        (journeys.mean, journeys.spread, journeys.respondents),
        (75.0, 0.0, 2)
    );
    assert_eq!(r.majority_signals, 1, "two of three said yes to nps_goal");
    // The vision questions differ most: levels 2, 3 and 5.
    let top = &r.disagreements[0];
    assert!(top.question.id.starts_with("vision."));
    assert_eq!(top.levels, [Some(2), Some(3), Some(5)]);
    assert!(r
        .disagreements
        .iter()
        .all(|d| d.question.id.starts_with("vision.")));
    // Team stage from the team's mean levels: vision (2 + 3 + 5) / 3 = 3.33,
    // journeys 4: both reach 3, not both 4, so stage 3; weakest: vision.
    let stage = r.stage.unwrap();
    assert_eq!(
        (stage.level.get(), stage.weakest.dimension.id.as_str()),
        (3, "vision")
    );
}

#[test]
fn lines_are_decoded_one_by_one_and_broken_ones_reported_with_their_number() {
    let good = share::encode(&respondent(&[("vision", 3)], &[])).unwrap();
    let text = format!(
        "{good}\n\n  https://x.org/share#{good}.  \nnot a link\n{}\nhttps://x.org/share#{}",
        &good[..10],
        &good[..30]
    );
    let lines = parse_lines(&text);
    assert_eq!(lines.len(), 5);
    assert!(matches!(lines[0], Line::Respondent(_)) && matches!(lines[1], Line::Respondent(_)));
    assert!(matches!(
        lines[2],
        Line::Broken {
            line: 4,
            error: ShareError::NotALink
        }
    ));
    // Ten characters without a `#` are too short to be a payload on their own.
    assert!(matches!(
        lines[3],
        Line::Broken {
            line: 5,
            error: ShareError::NotALink
        }
    ));
    assert!(matches!(
        lines[4],
        Line::Broken {
            line: 6,
            error: ShareError::Truncated
        }
    ));
}

#[test]
fn a_team_link_holds_every_result_and_reads_back() {
    let team = [
        respondent(&[("vision", 2)], &[]),
        respondent(&[("needs", 4)], &["buzzwords"]),
    ];
    let fragment = team_fragment(&team);
    let back: Vec<SharedResult> = parse_fragment(&format!("#{fragment}"))
        .into_iter()
        .filter_map(|l| match l {
            Line::Respondent(r) => Some(r),
            Line::Broken { .. } => None,
        })
        .collect();
    assert_eq!(back, team);
    assert!(parse_fragment("").is_empty() && parse_fragment("#").is_empty());
}

#[test]
fn an_empty_team_has_no_numbers() {
    let r = TeamReport::new(current(), &[]);
    assert!(
        r.dimensions.is_empty()
            && r.stage.is_none()
            && r.mean_point.is_none()
            && r.disagreements.is_empty()
    );
}

/// A respondent with only style answers, every statement clearly at the high
/// (`true`) or low end of its axis, drive first.
fn styled(drive: bool, grounding: bool) -> SharedResult {
    let q = current();
    let mut a = Assessment::new("s".into(), 0, q);
    a.answer_every_statement(q, drive, grounding);
    SharedResult::from_assessment(&a, false)
}

#[test]
fn profiles_are_counted_and_placed_per_respondent() {
    let team = [
        styled(true, false),               // enthusiast: drive 100, grounding 0
        styled(true, false),               // enthusiast
        styled(false, true),               // follower
        respondent(&[("vision", 3)], &[]), // no style answers: no profile
    ];
    let r = TeamReport::new(current(), &team);
    // Archetype::ALL order: enthusiast, follower, balanced, starter.
    assert_eq!(
        r.profile_counts,
        ProfileCounts {
            archetypes: [2, 1, 0, 0],
            leaning: 0,
            unclear: 0,
            none: 1
        }
    );
    let at: Vec<Option<(f64, f64)>> = r
        .points
        .iter()
        .map(|p| p.map(|p| (p.drive.value, p.grounding.value)))
        .collect();
    assert_eq!(
        at,
        [
            Some((100.0, 0.0)),
            Some((100.0, 0.0)),
            Some((0.0, 100.0)),
            None
        ]
    );
    // Team mean of the three with a profile: drive 200/3, grounding 100/3.
    let p = r.mean_point.unwrap();
    assert!((p.drive - 66.667).abs() < 0.001 && (p.grounding - 33.333).abs() < 0.001);
    assert_eq!(p.respondents, 3);
    // Two enthusiasts and a follower: the team is split, whatever its mean.
    assert_eq!(r.profile_counts.agreement(), StyleAgreement::Split);
}

#[test]
fn the_widest_themes_come_first_and_per_person_scores_follow_theme_order() {
    let team = [
        respondent(&[("vision", 1), ("journeys", 3), ("needs", 2)], &[]),
        respondent(&[("vision", 5), ("journeys", 4), ("needs", 2)], &[]),
    ];
    let r = TeamReport::new(current(), &team);
    let widest: Vec<&str> = r.widest.iter().map(|d| d.dimension.id.as_str()).collect();
    // vision 0 and 100 (spread 50), journeys 50 and 75 (12.5), needs no spread.
    assert_eq!(widest, ["vision", "journeys"]);
    let q = current();
    let vision = q.dimensions.iter().position(|d| d.id == "vision").unwrap();
    assert_eq!(
        (r.scores[0][vision], r.scores[1][vision]),
        (Some(0.0), Some(100.0))
    );
    assert_eq!(r.scores[0].len(), q.dimensions.len());
    assert!(!r.revisions.mixed());
}

#[test]
fn a_mixed_team_is_scored_on_the_questions_both_revisions_asked() {
    let q = current();
    let new_in_two: Vec<&str> = q
        .questions()
        .map(|x| x.id.as_str())
        .filter(|id| !asked_in(q, 1, id))
        .collect();
    assert!(!new_in_two.is_empty(), "revisions 2 and 3 added questions");
    let dim = q
        .dimensions
        .iter()
        .find(|d| {
            d.questions
                .iter()
                .any(|x| new_in_two.contains(&x.id.as_str()))
        })
        .unwrap();
    // On the current revision: level 5 on the new questions of that theme, 1 on the rest.
    let mut a = Assessment::new("n".into(), 0, q);
    for x in &dim.questions {
        let level = if new_in_two.contains(&x.id.as_str()) {
            5
        } else {
            1
        };
        a.set_choice(&x.id, Level::new(level).map(Choice::Level), 1);
    }
    let on_two = SharedResult::from_assessment(&a, false);
    let alone = TeamReport::new(q, std::slice::from_ref(&on_two));
    let mut on_one = SharedResult::from_assessment(&a, false);
    on_one.revision = 1;
    on_one.answers.retain(|id, _| asked_in(q, 1, id));
    let mixed = TeamReport::new(q, &[on_two, on_one]);
    assert!(mixed.revisions.mixed() && !alone.revisions.mixed());
    assert_eq!(mixed.revisions.revisions, [1, q.revision]);
    assert_eq!(mixed.revisions.left_out.len(), new_in_two.len());
    assert_eq!(
        mixed.revisions.shared + new_in_two.len(),
        q.questions().count()
    );
    let score = |r: &TeamReport, who: usize| {
        let i = q.dimensions.iter().position(|d| d.id == dim.id).unwrap();
        r.scores[who][i]
    };
    // Alone, the new questions lift the score; mixed, both count only level 1.
    assert!(score(&alone, 0).unwrap() > 0.0);
    assert_eq!((score(&mixed, 0), score(&mixed, 1)), (Some(0.0), Some(0.0)));
}

#[test]
fn each_respondent_has_the_overall_score_and_stage_of_their_own_results() {
    let q = current();
    let everywhere = |level: u8| {
        let levels: Vec<(&str, u8)> = q
            .dimensions
            .iter()
            .map(|d| (d.id.as_str(), level))
            .collect();
        respondent(&levels, &[])
    };
    let team = [everywhere(1), everywhere(4), respondent(&[], &[])];
    let r = TeamReport::new(q, &team);
    assert_eq!(
        r.overall,
        [(Some(0.0), Some(1)), (Some(75.0), Some(4)), (None, None)]
    );
}
