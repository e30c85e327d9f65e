//! Teams kept in this browser: each a name, the session's date and its team link's
//! fragment (the respondents' shared results, so no notes), under a key of their
//! own beside the assessments. Unreadable teams never touch the assessments.

use crate::domain::locale::Locale;
use serde::{Deserialize, Serialize};

/// Where the kept teams are stored.
pub const TEAMS_KEY: &str = "klantspiegel.teams";
/// The format this build writes; a later one is left alone.
pub const VERSION: u32 = 1;
/// A name longer than this is cut (the field says so).
pub const NAME_MAX_CHARS: usize = 80;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptTeam {
    pub id: String,
    pub name: String,
    /// The session's date as `YYYY-MM-DD` (what a date field gives).
    pub date: String,
    pub updated_ms: u64,
    /// The team link's fragment: who is in the team.
    pub fragment: String,
}

impl KeptTeam {
    /// How many respondents the team holds (parts of its fragment).
    pub fn respondents(&self) -> usize {
        self.fragment
            .split(super::SEPARATOR)
            .filter(|p| !p.trim().is_empty())
            .count()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeptTeams {
    pub version: u32,
    pub teams: Vec<KeptTeam>,
}

/// Why the stored teams could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeptProblem {
    Unreadable,
    Newer(u32),
}

impl KeptTeams {
    /// The stored teams; nothing stored reads as none.
    pub fn read(raw: Option<&str>) -> Result<KeptTeams, KeptProblem> {
        let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
            return Ok(KeptTeams::default());
        };
        let teams: KeptTeams = serde_json::from_str(raw).map_err(|_| KeptProblem::Unreadable)?;
        if teams.version > VERSION {
            return Err(KeptProblem::Newer(teams.version));
        }
        Ok(teams)
    }

    pub fn to_json(&self) -> String {
        let out = KeptTeams {
            version: VERSION,
            teams: self.teams.clone(),
        };
        // Plain structs with string keys always serialize.
        serde_json::to_string(&out).unwrap_or_default()
    }

    /// Most recently changed first (as `put` keeps them: no sorting code in the
    /// answering module, which lists them on home).
    pub fn listed(&self) -> Vec<KeptTeam> {
        self.teams.clone()
    }

    pub fn get(&self, id: &str) -> Option<&KeptTeam> {
        self.teams.iter().find(|t| t.id == id)
    }

    /// The kept team with exactly these respondents (a reload of its link).
    pub fn with_fragment(&self, fragment: &str) -> Option<&KeptTeam> {
        let fragment = fragment.trim_start_matches('#');
        (!fragment.is_empty())
            .then(|| self.teams.iter().find(|t| t.fragment == fragment))
            .flatten()
    }

    /// Adds the team, or replaces the one with its id, at the front (the latest
    /// changed comes first); the name is cut to fit.
    pub fn put(&mut self, mut team: KeptTeam) {
        team.name = team.name.trim().chars().take(NAME_MAX_CHARS).collect();
        self.teams.retain(|t| t.id != team.id);
        self.teams.insert(0, team);
    }

    pub fn remove(&mut self, id: &str) {
        self.teams.retain(|t| t.id != id);
    }
}

/// A `YYYY-MM-DD` date written out in the language ("5 december 2026"); `None`
/// for anything else.
pub fn long_date(iso: &str, locale: Locale) -> Option<String> {
    let mut parts = iso.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let valid = parts.next().is_none() && (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then(|| locale.long_date(day, month, year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team(id: &str, fragment: &str, updated_ms: u64) -> KeptTeam {
        KeptTeam {
            id: id.into(),
            name: format!("Workshop {id}"),
            date: "2026-12-05".into(),
            updated_ms,
            fragment: fragment.into(),
        }
    }

    #[test]
    fn teams_are_kept_found_by_their_link_and_removed() {
        let mut kept = KeptTeams::default();
        kept.put(team("a", "AAA.BBB", 1));
        kept.put(team("b", "CCC", 2));
        let back = KeptTeams::read(Some(&kept.to_json())).unwrap();
        assert_eq!(back.teams.len(), 2);
        assert_eq!(back.listed()[0].id, "b");
        assert_eq!(
            back.with_fragment("#AAA.BBB").map(|t| t.id.as_str()),
            Some("a")
        );
        assert_eq!(back.with_fragment(""), None);
        assert_eq!(back.get("a").map(KeptTeam::respondents), Some(2));
        kept.put(KeptTeam {
            name: "x".repeat(200),
            ..team("a", "AAA", 3)
        });
        assert_eq!(kept.teams.len(), 2);
        assert_eq!(
            kept.get("a").map(|t| t.name.chars().count()),
            Some(NAME_MAX_CHARS)
        );
        kept.remove("a");
        assert_eq!(kept.teams.len(), 1);
    }

    #[test]
    fn unreadable_or_newer_storage_is_reported_and_nothing_reads_as_none() {
        assert_eq!(KeptTeams::read(None), Ok(KeptTeams::default()));
        assert_eq!(KeptTeams::read(Some("")), Ok(KeptTeams::default()));
        assert_eq!(KeptTeams::read(Some("{bad")), Err(KeptProblem::Unreadable));
        assert_eq!(
            KeptTeams::read(Some(r#"{"version":1,"teams":[{"id":1}]}"#)),
            Err(KeptProblem::Unreadable)
        );
        assert_eq!(
            KeptTeams::read(Some(r#"{"version":9,"teams":[]}"#)),
            Err(KeptProblem::Newer(9))
        );
    }

    #[test]
    fn session_dates_are_written_out_in_the_language() {
        assert_eq!(
            long_date("2026-12-05", Locale::Nl).as_deref(),
            Some("5 december 2026")
        );
        assert_eq!(
            long_date("2026-02-01", Locale::Fr).as_deref(),
            Some("1 février 2026")
        );
        assert_eq!(long_date("05-12-2026x", Locale::En), None);
        assert_eq!(long_date("2026-13-01", Locale::En), None);
        assert_eq!(long_date("", Locale::En), None);
    }
}
