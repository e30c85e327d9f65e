//! Keeping the team of the team view in this browser: which kept team is shown,
//! its session title and date, and saving each change (the domain's `kept`).

use crate::domain::locale::Locale;
use crate::domain::team::kept::{long_date, KeptProblem, KeptTeam, KeptTeams};
use crate::i18n::texts;
use crate::web::{browser, team_storage};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Keeping {
    pub teams: RwSignal<KeptTeams>,
    /// The id of the kept team shown, when it is kept.
    pub current: RwSignal<Option<String>>,
    pub name: RwSignal<String>,
    /// `YYYY-MM-DD`.
    pub date: RwSignal<String>,
    /// Why keeping does not work, to show.
    pub notice: RwSignal<Option<&'static str>>,
}

impl Keeping {
    pub fn load(fragment: &str, locale: Locale) -> Keeping {
        let (teams, problem) = team_storage::load_teams();
        let t = texts(locale).team();
        let keeping = Keeping {
            teams: RwSignal::new(teams),
            current: RwSignal::new(None),
            name: RwSignal::new(String::new()),
            date: RwSignal::new(browser::today_iso()),
            notice: RwSignal::new(problem.map(|p| match p {
                KeptProblem::Unreadable => t.kept_problem,
                KeptProblem::Newer(_) => t.kept_newer,
            })),
        };
        keeping.open(fragment);
        keeping
    }

    /// Shows the kept team with these respondents, or a team not kept yet.
    pub fn open(&self, fragment: &str) {
        let found = self
            .teams
            .with_untracked(|k| k.with_fragment(fragment).cloned());
        self.current.set(found.as_ref().map(|t| t.id.clone()));
        self.name
            .set(found.as_ref().map(|t| t.name.clone()).unwrap_or_default());
        self.date
            .set(found.map_or_else(browser::today_iso, |t| t.date));
    }

    /// Keeps the team with these respondents under the current id (a new one the
    /// first time); an empty team is not kept.
    pub fn keep(&self, fragment: &str, locale: Locale) {
        if fragment.is_empty() {
            return;
        }
        let date = self.date.get_untracked();
        let name = match self.name.get_untracked().trim() {
            "" => (texts(locale).team().default_name)(
                &long_date(&date, locale).unwrap_or_else(|| date.clone()),
            ),
            name => name.to_owned(),
        };
        let id = self.current.get_untracked().unwrap_or_else(browser::new_id);
        let team = KeptTeam {
            id: id.clone(),
            name: name.clone(),
            date,
            updated_ms: browser::now_ms(),
            fragment: fragment.to_owned(),
        };
        self.teams.update(|k| k.put(team));
        if self.teams.with_untracked(team_storage::save_teams) {
            self.current.set(Some(id));
            self.name.set(name);
        } else {
            self.notice.set(Some(texts(locale).team().kept_failed));
        }
    }

    /// Deletes a kept team from this browser (its link still works elsewhere).
    pub fn delete(&self, id: &str) {
        self.teams.update(|k| k.remove(id));
        self.teams.with_untracked(team_storage::save_teams);
        if self.current.get_untracked().as_deref() == Some(id) {
            self.current.set(None);
        }
    }
}
