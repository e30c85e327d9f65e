//! Known-groups validity: companies described in plain words (after the
//! Dutch–Flemish column), answered by readers who saw only the descriptions and
//! the questionnaire as respondents see it (`known_groups/sheet.py`: statements
//! numbered, never named by axis), never the scoring or the formulas, must land in
//! the profile they were written for. The descriptions are in
//! `known_groups/companies.md`, the answers (questions of revision 4, statements of revision 5) in
//! `known_groups/answers.json`.

use klantspiegel::domain::questionnaire::current;
use klantspiegel::domain::scoring::profile::{Archetype, Clarity};
use klantspiegel::domain::scoring::report::Report;
use std::collections::BTreeMap;

#[path = "known_groups/answered.rs"]
mod answered;
use answered::{assessment, Answered};

fn intended(id: &str) -> Archetype {
    match id.split('_').next() {
        Some("enthusiast") => Archetype::DutchEnthusiast,
        Some("follower") => Archetype::FlemishFollower,
        Some("balanced") => Archetype::Balanced,
        _ => Archetype::Starter,
    }
}

/// Written to be far along: stage 3 or more.
const MATURE: [&str; 2] = ["enthusiast_rotterdam", "enthusiast_antwerpen"];
/// Written to have hardly started: stage 1 or 2.
const IMMATURE: [&str; 2] = ["balanced_hasselt", "balanced_almere"];

/// The misses of the blind answers for revision 5 (reader E, declared beforehand;
/// `known_groups/rounds/`): none. Revision 3's two (`balanced_delft` at drive 33,
/// `starter_webshop` leaning follower) went with revision 5's three rewritten
/// statements and an axis counting as high only above 50 (see `companies.md`).
/// The bar is at most one miss; any miss fails here.
const KNOWN_MISSES: &[&str] = &[];

fn correlation(pairs: &[(f64, f64)]) -> f64 {
    let n = pairs.len() as f64;
    let (mx, my) = (
        pairs.iter().map(|p| p.0).sum::<f64>() / n,
        pairs.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let cov: f64 = pairs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
    let (vx, vy): (f64, f64) = (
        pairs.iter().map(|(x, _)| (x - mx).powi(2)).sum(),
        pairs.iter().map(|(_, y)| (y - my).powi(2)).sum(),
    );
    cov / (vx * vy).sqrt()
}

#[test]
fn each_described_company_lands_in_its_intended_profile() {
    let q = current();
    let all: BTreeMap<String, Answered> =
        serde_json::from_str(include_str!("known_groups/answers.json")).unwrap();
    assert_eq!(all.len(), 20);
    let mut report = Vec::new();
    let mut wrong = Vec::new();
    let (mut drive_vs_score, mut grounding_vs_score) = (Vec::new(), Vec::new());
    // How often each question is among a company's top three steps (issue 26's
    // measure of how much plans differ; printed, the bar comes with the plan work).
    let mut in_top_three: BTreeMap<String, usize> = BTreeMap::new();
    for (id, answered) in &all {
        assert_eq!(
            answered.answers.len(),
            q.question_count(),
            "{id} answered every question"
        );
        assert_eq!(
            answered.style.len(),
            q.style_items.len(),
            "{id} answered every statement"
        );
        let a = assessment(id, answered);
        let r = Report::new(q, &a);
        let p = r.profile.unwrap_or_else(|| panic!("{id} has no profile"));
        let stage = r.stage.map_or(0, |s| s.level.get());
        for gap in &r.gaps {
            *in_top_three.entry(gap.question.id.clone()).or_default() += 1;
        }
        let tops: Vec<String> = r
            .gaps
            .iter()
            .map(|g| format!("{}{}", g.question.id, if g.profile_move { "*" } else { "" }))
            .collect();
        let score = r.overall.unwrap_or(0.0);
        drive_vs_score.push((p.drive.value, score));
        grounding_vs_score.push((p.grounding.value, score));
        report.push(format!(
            "{id}: stage {stage}, overall {score:.0}, drive {:.0}, grounding {:.0}: {:?} ({:?}); top three {}",
            p.drive.value, p.grounding.value, p.archetype, p.clarity, tops.join(", ")
        ));
        if p.archetype != intended(id) || p.clarity == Clarity::Unclear {
            wrong.push(id.clone());
        }
        if MATURE.contains(&id.as_str()) {
            assert!(stage >= 3, "{id} is far along: stage {stage}");
        }
        if IMMATURE.contains(&id.as_str()) {
            assert!(
                (1..=2).contains(&stage),
                "{id} has hardly started: stage {stage}"
            );
        }
    }
    println!("{}", report.join("\n"));
    println!(
        "correlation with the overall score over {} companies: drive {:.2}, grounding {:.2}",
        all.len(),
        correlation(&drive_vs_score),
        correlation(&grounding_vs_score)
    );
    let mut counts: Vec<(&String, &usize)> = in_top_three.iter().collect();
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(**n));
    println!(
        "in the top three steps of the {} companies: {}",
        all.len(),
        counts
            .iter()
            .map(|(id, n)| format!("{id} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // Issue 26's bar: no question in the top three of more than a third of the
    // companies.
    let most = counts.first().map_or(0, |(_, n)| **n);
    println!(
        "most frequent in a top three: {most} of {} (bar: at most {})",
        all.len(),
        all.len() / 3
    );
    assert!(
        most <= all.len() / 3,
        "one question in {most} of {} top threes",
        all.len()
    );
    let unexpected: Vec<&String> = wrong
        .iter()
        .filter(|id| !KNOWN_MISSES.contains(&id.as_str()))
        .collect();
    assert!(
        unexpected.is_empty(),
        "not in their profile: {wrong:?}\n{}",
        report.join("\n")
    );
}
