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
    out.push_str(&line(&l.header.map(str::to_owned), locale));
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
            out.push_str(&line(
                &[
                    name.clone(),
                    source.clone(),
                    revision.clone(),
                    theme(i),
                    score.map(|s| shown(s).to_string()).unwrap_or_default(),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
                locale,
            ));
        }
    }
    for d in &report.dimensions {
        let i = q
            .dimensions
            .iter()
            .position(|x| x.id == d.dimension.id)
            .unwrap_or(usize::MAX);
        out.push_str(&line(
            &[
                l.team_mean.to_owned(),
                String::new(),
                String::new(),
                theme(i),
                shown(d.mean).to_string(),
                shown(d.min).to_string(),
                shown(d.max).to_string(),
                locale.one_decimal(d.spread),
            ],
            locale,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Choice, Level};
    use crate::domain::assessment::Assessment;
    use crate::domain::questionnaire::current;
    use crate::domain::share::SharedResult;

    fn respondent(level: u8) -> SharedResult {
        let q = current();
        let mut a = Assessment::new("r".into(), 0, q);
        for x in &q.dimensions[0].questions {
            a.set_choice(&x.id, Level::new(level).map(Choice::Level), 1);
        }
        SharedResult::from_assessment(&a, false)
    }

    const LABELS: TeamCsvLabels = TeamCsvLabels {
        header: [
            "Who", "From", "Rev", "Theme", "Score", "Low", "High", "Spread",
        ],
        team_mean: "Team mean",
    };

    #[test]
    fn a_row_per_respondent_and_theme_then_the_team_rows_guarded_against_formulas() {
        let q = current();
        let team = [respondent(1), respondent(5)];
        let report = TeamReport::new(q, &team);
        let names = ["=HYPERLINK(\"x\")".to_owned(), "Bea; Co".to_owned()];
        let sources = ["a.json".to_owned(), "link".to_owned()];
        let text = to_csv(q, &report, &names, &sources, &[2, 2], Locale::Nl, &LABELS);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        let themes = q.dimensions.len();
        // Header, 2 × every theme, then one team row per theme anyone answered.
        assert_eq!(lines.len(), 1 + 2 * themes + report.dimensions.len());
        assert_eq!(lines[0], "Who;From;Rev;Theme;Score;Low;High;Spread");
        let first = format!("1. {}", q.dimensions[0].title.get(Locale::Nl));
        assert_eq!(
            lines[1],
            format!("\"'=HYPERLINK(\"\"x\"\")\";a.json;2;{first};0;;;")
        );
        assert_eq!(
            lines[1 + themes],
            format!("\"Bea; Co\";link;2;{first};100;;;")
        );
        // An unanswered theme has an empty score.
        assert!(lines[2].ends_with(";;;;"), "{}", lines[2]);
        assert_eq!(
            lines[1 + 2 * themes],
            format!("Team mean;;;{first};50;0;100;50,0")
        );
    }

    #[test]
    fn english_is_comma_separated_with_a_decimal_point() {
        let q = current();
        let team = [respondent(1), respondent(4)];
        let report = TeamReport::new(q, &team);
        let names = ["Ann".to_owned(), "Bram, sales".to_owned()];
        let sources = ["link".to_owned(), "link".to_owned()];
        let text = to_csv(q, &report, &names, &sources, &[3, 3], Locale::En, &LABELS);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "Who,From,Rev,Theme,Score,Low,High,Spread");
        assert!(lines[1 + q.dimensions.len()].starts_with("\"Bram, sales\",link,3,"));
        let team_row = lines[1 + 2 * q.dimensions.len()];
        assert!(team_row.ends_with(",38,0,75,37.5"), "{team_row}");
    }
}
