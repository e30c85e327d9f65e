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
