//! The team as CSV: one row per respondent and theme, then the team's mean,
//! lowest, highest and spread per theme. Same separator, byte order mark and
//! formula guard as the assessment CSV.

use super::TeamReport;
use crate::domain::locale::Locale;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::scores::shown;
use crate::domain::storage::csv::line;

/// The words the team CSV needs, in the user's language.
pub struct TeamCsvLabels {
    /// Respondent, source, revision, theme, score, lowest, highest, spread.
    pub header: [&'static str; 8],
    /// The respondent column of the team rows.
    pub team_mean: &'static str,
}

/// `names` and `sources` are the respondents' names and where each came from, as
/// the page lists them.
pub fn to_csv(
    q: &Questionnaire,
    report: &TeamReport,
    names: &[String],
    sources: &[String],
    revisions: &[u32],
    locale: Locale,
    l: &TeamCsvLabels,
) -> String {
    let mut out = String::from('\u{feff}');
    out.push_str(&line(&l.header.map(str::to_owned)));
    let theme = |i: usize| {
        q.dimensions
            .get(i)
            .map(|d| format!("{}. {}", d.number, d.title.get(locale)))
            .unwrap_or_default()
    };
    for (person, scores) in report.scores.iter().enumerate() {
        let name = names.get(person).cloned().unwrap_or_default();
        let source = sources.get(person).cloned().unwrap_or_default();
        let revision = revisions
            .get(person)
            .map(u32::to_string)
            .unwrap_or_default();
        for (i, score) in scores.iter().enumerate() {
            out.push_str(&line(&[
                name.clone(),
                source.clone(),
                revision.clone(),
                theme(i),
                score.map(|s| shown(s).to_string()).unwrap_or_default(),
                String::new(),
                String::new(),
                String::new(),
            ]));
        }
    }
    for d in &report.dimensions {
        let i = q
            .dimensions
            .iter()
            .position(|x| x.id == d.dimension.id)
            .unwrap_or(usize::MAX);
        out.push_str(&line(&[
            l.team_mean.to_owned(),
            String::new(),
            String::new(),
            theme(i),
            shown(d.mean).to_string(),
            shown(d.min).to_string(),
            shown(d.max).to_string(),
            format!("{:.1}", d.spread),
        ]));
    }
    out
}
