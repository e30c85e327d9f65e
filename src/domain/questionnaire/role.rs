//! A role that owns steps of the plan, named as a company of each size has it.

use super::applicability;
use crate::domain::locale::Localized;
use serde::Deserialize;

/// A role that can own a step of the plan.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub name: Localized,
    /// The same role in a company of fewer than 50 people, where it is often
    /// the owner or one person doing several jobs.
    pub small: Localized,
    /// The same role in a company of 50 to 249 people, where the large company's
    /// specialist rarely exists (otherwise the large company's name).
    #[serde(default)]
    pub medium: Option<Localized>,
}

impl Role {
    /// The name to show for a company of the given size.
    pub fn name_for(&self, size: applicability::Size) -> &Localized {
        match size {
            applicability::Size::Small => &self.small,
            applicability::Size::Medium => self.medium.as_ref().unwrap_or(&self.name),
            applicability::Size::Larger | applicability::Size::Unknown => &self.name,
        }
    }
}

/// A role's name inside a sentence ("door: wie telefoon en mail beantwoordt"): the
/// first letter lowercased, unless the first word is an abbreviation ("CX lead").
/// Latin letters only, without Unicode's case tables (they would cost the report
/// module 2 KiB): role names begin with A–Z or À–Þ.
pub fn in_sentence(name: &str) -> String {
    let lower = |c: char| match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 32),
        _ => None,
    };
    let mut chars = name.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return name.to_owned();
    };
    match lower(first) {
        Some(l) if lower(second).is_none() => {
            let mut out = String::with_capacity(name.len());
            out.push(l);
            out.push_str(&name[first.len_utf8()..]);
            out
        }
        _ => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::in_sentence;

    #[test]
    fn a_role_in_a_sentence_starts_lowercase_unless_it_is_an_abbreviation() {
        assert_eq!(
            in_sentence("Wie telefoon en mail beantwoordt"),
            "wie telefoon en mail beantwoordt"
        );
        assert_eq!(in_sentence("Équipe commerciale"), "équipe commerciale");
        assert_eq!(in_sentence("CX lead"), "CX lead");
        assert_eq!(in_sentence("IT-manager"), "IT-manager");
        assert_eq!(in_sentence(""), "");
    }
}
