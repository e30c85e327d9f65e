//! Checks a questionnaire's content: what `serde` cannot enforce by type alone.

use crate::domain::locale::Locale;
use crate::domain::locale::Localized;
use crate::domain::questionnaire::step_details::Steps;
use crate::domain::questionnaire::wording;
use crate::domain::questionnaire::{Axis, Questionnaire, Requirement, SignalSide, StepDetails};
use crate::domain::scoring::profile::{Archetype, UNCLEAR_ID};
use std::collections::HashSet;

/// Texts that are rightly the same in Dutch and English (names).
const SAME_IN_BOTH: &[&str] = &["Starter"];

/// A step's texts, named by where they sit, for the checks every text gets.
fn step_texts<'a>(
    at: &str,
    what_to_do: &str,
    step: &'a StepDetails,
    texts: &mut Vec<(String, &'a Localized)>,
) {
    texts.push((format!("{at} {what_to_do}"), &step.next));
    texts.push((format!("{at} deliverable"), &step.deliverable));
    for (part, text) in ["what", "start", "target", "source"]
        .into_iter()
        .zip(step.measure.parts())
    {
        texts.push((format!("{at} measure {part}"), text));
    }
}

/// Lists every problem in the content, the steps' details (`step_details`, in
/// questionnaire order) included; empty means the questionnaire is sound.
pub fn problems(q: &Questionnaire, steps: &Steps) -> Vec<String> {
    let mut out = Vec::new();
    if q.id.trim().is_empty() {
        out.push("questionnaire id is empty".to_owned());
    }
    if q.revision == 0 {
        out.push("revision must start at 1".to_owned());
    }
    let mut ids = HashSet::new();
    let mut texts = Vec::new();
    for (i, name) in q.level_names.iter().enumerate() {
        texts.push((format!("level name {}", i + 1), name));
    }
    let tag_ids: HashSet<&str> = q.tags.iter().map(|t| t.id.as_str()).collect();
    for tag in &q.tags {
        texts.push((format!("tag {}", tag.id), &tag.name));
    }
    let mut field_ids = HashSet::new();
    for field in &q.context_fields {
        if !field_ids.insert(field.id.as_str()) {
            out.push(format!("duplicate context field {}", field.id));
        }
        if field.options.len() < 2 {
            out.push(format!(
                "context field {} has fewer than two options",
                field.id
            ));
        }
        texts.push((format!("context field {}", field.id), &field.label));
        let mut option_ids = HashSet::new();
        for option in &field.options {
            if !option_ids.insert(option.id.as_str()) {
                out.push(format!("duplicate option {} in {}", option.id, field.id));
            }
            texts.push((format!("option {}.{}", field.id, option.id), &option.name));
        }
    }
    let role_ids: HashSet<&str> = q.roles.iter().map(|r| r.id.as_str()).collect();
    for role in &q.roles {
        texts.push((format!("role {}", role.id), &role.name));
        texts.push((format!("role {} in a small company", role.id), &role.small));
        if let Some(medium) = &role.medium {
            texts.push((format!("role {} in a mid-sized company", role.id), medium));
        }
    }
    for w in &q.wording {
        for (country, word) in [("nl", &w.nl), ("be", &w.be), ("other", &w.other)] {
            texts.push((format!("wording {} {country}", w.id), word));
        }
    }
    for side in [SignalSide::Overreaction, SignalSide::HoldingBack] {
        let n = q.signals.iter().filter(|s| s.side == side).count();
        if !(3..=6).contains(&n) {
            out.push(format!("{n} {side:?} signals, expected 3 to 6"));
        }
    }
    let mut signal_ids = HashSet::new();
    for signal in &q.signals {
        if !signal_ids.insert(signal.id.as_str()) {
            out.push(format!("duplicate signal {}", signal.id));
        }
        if !role_ids.contains(signal.owner.as_str()) {
            out.push(format!(
                "signal {} has unknown owner {}",
                signal.id, signal.owner
            ));
        }
        texts.push((format!("signal {}", signal.id), &signal.text));
        texts.push((format!("signal {} why", signal.id), &signal.why));
    }
    for (signal, step) in q.signals.iter().zip(&steps.signals) {
        step_texts(&format!("signal {}", signal.id), "action", step, &mut texts);
    }
    if steps.signals.len() != q.signals.len() {
        out.push(format!(
            "{} signal actions for {} signals",
            steps.signals.len(),
            q.signals.len()
        ));
    }
    texts.push(("style step title".to_owned(), &q.style_step.title));
    texts.push(("style step intro".to_owned(), &q.style_step.intro));
    for axis in [Axis::Drive, Axis::Grounding] {
        let n = q.style_items.iter().filter(|s| s.axis == axis).count();
        if !(4..=6).contains(&n) {
            out.push(format!("{n} style items on {axis:?}, expected 4 to 6"));
        }
    }
    for item in &q.style_items {
        let prefix = match item.axis {
            Axis::Drive => "drive.",
            Axis::Grounding => "grounding.",
        };
        if !item.id.starts_with(prefix) || !ids.insert(item.id.as_str()) {
            out.push(format!(
                "style item id {} is not a unique {prefix}* id",
                item.id
            ));
        }
        if item.high_pole > 1 {
            out.push(format!(
                "style item {} has high pole {}",
                item.id, item.high_pole
            ));
        }
        texts.push((format!("style item {}", item.id), &item.text));
        for (i, pole) in item.poles.iter().enumerate() {
            texts.push((format!("style item {} pole {}", item.id, i + 1), pole));
        }
    }
    for (i, text) in q.stage_texts.iter().enumerate() {
        texts.push((format!("stage {} text", i + 1), text));
    }
    let profile_ids: Vec<&str> = q.profiles.iter().map(|p| p.id.as_str()).collect();
    let archetype_ids: Vec<&str> = Archetype::ALL
        .iter()
        .map(|a| a.id())
        .chain([UNCLEAR_ID])
        .collect();
    if profile_ids != archetype_ids {
        out.push(format!(
            "profiles are {profile_ids:?}, expected {archetype_ids:?}"
        ));
    }
    for profile in &q.profiles {
        texts.push((format!("profile {} name", profile.id), &profile.name));
        texts.push((format!("profile {} tagline", profile.id), &profile.tagline));
        texts.push((format!("profile {} summary", profile.id), &profile.summary));
        for (list, items) in [
            ("strengths", &profile.strengths),
            ("risks", &profile.risks),
            ("first moves", &profile.first_moves),
        ] {
            if items.len() < 2 {
                out.push(format!("profile {} has fewer than two {list}", profile.id));
            }
            for (i, item) in items.iter().enumerate() {
                texts.push((format!("profile {} {list} {}", profile.id, i + 1), item));
            }
        }
    }
    for (index, dim) in q.dimensions.iter().enumerate() {
        if !ids.insert(dim.id.as_str()) {
            out.push(format!("duplicate id {}", dim.id));
        }
        if usize::from(dim.number) != index + 1 {
            out.push(format!("dimension {} has number {}", dim.id, dim.number));
        }
        if dim.questions.is_empty() {
            out.push(format!("dimension {} has no questions", dim.id));
        }
        texts.push((format!("{} title", dim.id), &dim.title));
        texts.push((format!("{} summary", dim.id), &dim.summary));
        for question in &dim.questions {
            if !ids.insert(question.id.as_str()) {
                out.push(format!("duplicate id {}", question.id));
            }
            if !question.id.starts_with(&format!("{}.", dim.id)) {
                out.push(format!("question {} is not under {}", question.id, dim.id));
            }
            if !(1..=3).contains(&question.weight) {
                out.push(format!(
                    "question {} has weight {}",
                    question.id, question.weight
                ));
            }
            for tag in &question.tags {
                if !tag_ids.contains(tag.as_str()) {
                    out.push(format!("question {} has unknown tag {tag}", question.id));
                }
            }
            texts.push((format!("{} text", question.id), &question.text));
            for (level, anchor) in question.levels.iter().enumerate() {
                let at = format!("{} level {}", question.id, level + 1);
                texts.push((format!("{at} text"), &anchor.text));
                if !role_ids.contains(anchor.owner.as_str()) {
                    out.push(format!("{at} has unknown owner {}", anchor.owner));
                }
                if anchor.family.is_empty() {
                    out.push(format!("{at} has no family of action"));
                }
                let index = q.questions().position(|x| x.id == question.id);
                match index
                    .and_then(|i| steps.questions.get(i))
                    .map(|d| &d[level])
                {
                    Some(d) => step_texts(&at, "next step", d, &mut texts),
                    None => out.push(format!("{at} has no deliverable and measure")),
                }
            }
            if !question.move_kind.is_empty() && question.moves().is_none() {
                out.push(format!(
                    "question {} has an unknown move {}",
                    question.id, question.move_kind
                ));
            }
            for text in &question.requires {
                let known = Requirement::parse(text).is_some_and(|r| {
                    q.questions()
                        .any(|x| x.id == r.question && x.id != question.id)
                });
                if !known {
                    out.push(format!("question {} has a broken requirement", question.id));
                }
            }
        }
    }
    let wording_ids: HashSet<&str> = q.wording.iter().map(|w| w.id.as_str()).collect();
    for (place, text) in texts {
        if text.get(Locale::Nl) == text.get(Locale::En)
            && !SAME_IN_BOTH.contains(&text.get(Locale::Nl))
            && !place.starts_with("wording")
        {
            out.push(format!("{place} is the same in Dutch and English"));
        }
        for (locale, value) in text.all() {
            if value.trim().is_empty() {
                out.push(format!("{place} is empty in {}", locale.code()));
            }
            for id in wording::references(value) {
                if !wording_ids.contains(id) {
                    out.push(format!(
                        "{place} refers to unknown wording {{{id}}} in {}",
                        locale.code()
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
