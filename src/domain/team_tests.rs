use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;
use crate::domain::share::SharedResult;

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
        "{good}\n\n  https://x.org/share#{good}.  \nnot a link\n{}",
        &good[..10]
    );
    let lines = parse_lines(&text);
    assert_eq!(lines.len(), 4);
    assert!(matches!(lines[0], Line::Respondent(_)) && matches!(lines[1], Line::Respondent(_)));
    assert!(matches!(
        lines[2],
        Line::Broken {
            line: 4,
            error: ShareError::BadCharacter(3)
        }
    ));
    assert!(matches!(
        lines[3],
        Line::Broken {
            line: 5,
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
            && r.profile.is_none()
            && r.disagreements.is_empty()
    );
}

#[test]
fn pasted_text_keeps_only_the_broken_lines_numbered_as_they_will_stand() {
    let good = share::encode(&respondent(&[("vision", 3)], &[])).unwrap();
    let text = format!("{good}\n\nhttps://x.test/share#kapot\n  \nAQAB!x\n{good}");
    let sorted = sort_pasted(&text);
    assert_eq!(sorted.respondents.len(), 2);
    assert_eq!(sorted.kept_lines, ["https://x.test/share#kapot", "AQAB!x"]);
    let numbers: Vec<usize> = sorted.broken.iter().map(|(n, _)| *n).collect();
    assert_eq!(numbers, [1, 2]);
}
