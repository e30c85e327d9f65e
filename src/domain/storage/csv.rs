//! CSV for spreadsheets: answers and scores, one row each, UTF-8 with a byte order
//! mark, and safe against formula injection. Separated as the language's
//! spreadsheets expect: `;` with a decimal comma in Dutch and French, `,` with a
//! decimal point in English.

use crate::domain::answers::Choice;
use crate::domain::assessment::Assessment;
use crate::domain::locale::Locale;
use crate::domain::questionnaire::wording::{self, Country};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::scores::{dimension_scores, overall, shown};

/// The cell separator spreadsheets in this language expect (their decimal mark
/// is `Locale::one_decimal`'s).
pub fn separator(locale: Locale) -> char {
    match locale {
        Locale::Nl | Locale::Fr => ';',
        Locale::En => ',',
    }
}

/// The words a CSV file needs, in the user's language.
pub struct CsvLabels {
    /// Assessment, kind, theme, question id, question, answer, level, backed by
    /// customer data, note, score.
    pub header: [&'static str; 10],
    pub kind_answer: &'static str,
    pub kind_score: &'static str,
    pub kind_overall: &'static str,
    /// A "How you move" answer: the chosen behaviour, no level.
    pub kind_style: &'static str,
    /// An answer to a question an older revision asked, kept in the record.
    pub kind_retired: &'static str,
    pub dont_know: &'static str,
    /// A style answer's four places: clearly A, rather A, rather B, clearly B.
    pub leans: [&'static str; 4],
    pub not_applicable: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
}

/// One cell. Text that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe; cells
/// with the separator, quotes or line breaks are quoted, quotes doubled.
pub fn cell(text: &str, separator: char) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One row: the cells guarded and joined by the language's separator, ended by CRLF.
pub fn line(cells: &[String], locale: Locale) -> String {
    let mut out = cells
        .iter()
        .map(|c| cell(c, separator(locale)))
        .collect::<Vec<_>>()
        .join(&separator(locale).to_string());
    out.push_str("\r\n");
    out
}

/// Every answer and score of these assessments.
pub fn to_csv(
    q: &Questionnaire,
    assessments: &[Assessment],
    locale: Locale,
    l: &CsvLabels,
) -> String {
    let mut out = String::from('\u{feff}');
    out.push_str(&line(&l.header.map(str::to_owned), locale));
    for a in assessments {
        let name = if a.label.trim().is_empty() {
            a.id.clone()
        } else {
            a.label.clone()
        };
        for d in &q.dimensions {
            let theme = format!("{}. {}", d.number, d.title.get(locale));
            for question in &d.questions {
                let answer = a.answer(&question.id);
                let choice = answer.and_then(|x| x.choice);
                let (text, level) = match choice {
                    None => (String::new(), String::new()),
                    Some(Choice::Level(level)) => {
                        let name = q.level_names[level.index()].get(locale);
                        (format!("{} · {name}", level.get()), level.get().to_string())
                    }
                    Some(Choice::DontKnow) => (l.dont_know.to_owned(), String::new()),
                    Some(Choice::NotApplicable) => (l.not_applicable.to_owned(), String::new()),
                };
                let backed = match answer {
                    Some(x) if x.evidence => l.yes,
                    Some(_) if choice.is_some() => l.no,
                    _ => "",
                };
                let note = answer.map(|x| x.note.clone()).unwrap_or_default();
                out.push_str(&line(
                    &[
                        name.clone(),
                        l.kind_answer.to_owned(),
                        theme.clone(),
                        question.id.clone(),
                        wording::localized(q, &question.text, locale, Country::of(a)),
                        text,
                        level,
                        backed.to_owned(),
                        note,
                        String::new(),
                    ],
                    locale,
                ));
            }
        }
        for item in &q.style_items {
            let text = match a.choice(&item.id) {
                Some(Choice::Level(place)) => {
                    let pole = item.poles.get(place.index() / 2);
                    match (l.leans.get(place.index()), pole) {
                        (Some(lean), Some(pole)) => format!("{lean}: {}", pole.get(locale)),
                        _ => String::new(),
                    }
                }
                Some(Choice::DontKnow) => l.dont_know.to_owned(),
                _ => String::new(),
            };
            let mut row = vec![String::new(); 10];
            row[0] = name.clone();
            row[1] = l.kind_style.to_owned();
            row[3] = item.id.clone();
            row[4] = item.text.get(locale).to_owned();
            row[5] = text;
            out.push_str(&line(&row, locale));
        }
        let asked = |id: &str| q.questions().any(|x| x.id == id) || q.style_item(id).is_some();
        for (id, answer) in a.answers.iter().filter(|(id, _)| !asked(id)) {
            let mut row = vec![String::new(); 10];
            row[0] = name.clone();
            row[1] = l.kind_retired.to_owned();
            row[3] = id.clone();
            if let Some(Choice::Level(level)) = answer.choice {
                row[6] = level.get().to_string();
            }
            row[8] = answer.note.clone();
            out.push_str(&line(&row, locale));
        }
        let scores = dimension_scores(q, a);
        for s in &scores {
            let theme = format!("{}. {}", s.dimension.number, s.dimension.title.get(locale));
            let mut row = vec![String::new(); 10];
            row[0] = name.clone();
            row[1] = l.kind_score.to_owned();
            row[2] = theme;
            row[9] = shown(s.score).to_string();
            out.push_str(&line(&row, locale));
        }
        if let Some(total) = overall(&scores) {
            let mut row = vec![String::new(); 10];
            row[0] = name.clone();
            row[1] = l.kind_overall.to_owned();
            row[9] = shown(total).to_string();
            out.push_str(&line(&row, locale));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Level;
    use crate::domain::questionnaire::current;

    const LABELS: CsvLabels = CsvLabels {
        header: [
            "Assessment",
            "Kind",
            "Theme",
            "Question id",
            "Question",
            "Answer",
            "Level",
            "Backed",
            "Note",
            "Score",
        ],
        kind_answer: "answer",
        kind_score: "score",
        kind_overall: "overall",
        kind_style: "style",
        kind_retired: "retired",
        dont_know: "Don't know",
        leans: ["Clearly A", "Somewhat A", "Somewhat B", "Clearly B"],
        not_applicable: "Not applicable",
        yes: "yes",
        no: "no",
    };

    #[test]
    fn formulas_are_defused_and_special_characters_quoted() {
        assert_eq!(cell("=1+2", ';'), "'=1+2");
        assert_eq!(cell("+31 6 123", ';'), "'+31 6 123");
        assert_eq!(cell("-5", ';'), "'-5");
        assert_eq!(cell("@SUM(A1)", ';'), "'@SUM(A1)");
        assert_eq!(cell("\tx", ';'), "'\tx");
        assert_eq!(
            cell("=HYPERLINK(\"http://x\";\"y\")", ';'),
            "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""
        );
        assert_eq!(cell("a;b", ';'), "\"a;b\"");
        assert_eq!(cell("a,b", ','), "\"a,b\"");
        assert_eq!(cell("a,b", ';'), "a,b");
        assert_eq!(cell("line\nbreak", ';'), "\"line\nbreak\"");
        assert_eq!(cell("plain text 3", ';'), "plain text 3");
        assert_eq!(cell("", ';'), "");
    }

    #[test]
    fn one_row_per_answer_and_score() {
        let q = current();
        let mut a = Assessment::new("a1".into(), 0, q);
        a.set_label("=Team; \"Noord\"", 1);
        a.set_choice("vision.written", Level::new(3).map(Choice::Level), 1);
        a.set_evidence("vision.written", true, 1);
        a.set_note("vision.written", "-- check with sales", 1);
        a.set_choice("vision.chain", Some(Choice::DontKnow), 1);
        let text = to_csv(q, &[a], Locale::En, &LABELS);
        assert!(text.starts_with("\u{feff}Assessment,Kind,Theme"));
        let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
        // Header, one row per question and style item, one score row (vision)
        // and the overall.
        assert_eq!(
            lines.len(),
            1 + q.question_count() + q.style_items.len() + 1 + 1
        );
        assert_eq!(
            lines[1],
            "\"'=Team; \"\"Noord\"\"\",answer,1. Customer vision and strategy,vision.written,\
             How does a customer vision guide the decisions you take?,\
             3 · Structured,3,yes,'-- check with sales,"
        );
        assert!(lines
            .iter()
            .any(|l| l.contains(",vision.chain,") && l.contains(",Don't know,,no,,")));
        assert!(lines[lines.len() - 2].ends_with(",score,1. Customer vision and strategy,,,,,,,50"));
        assert!(lines[lines.len() - 1].ends_with(",overall,,,,,,,,50"));
    }

    #[test]
    fn dutch_and_french_use_semicolons_english_commas() {
        let q = current();
        let mut a = Assessment::new("a1".into(), 0, q);
        a.set_label("Noord, Zuid", 1);
        a.set_choice("vision.written", Level::new(3).map(Choice::Level), 1);
        for locale in [Locale::Nl, Locale::Fr] {
            let text = to_csv(q, &[a.clone()], locale, &LABELS);
            assert!(text.starts_with("\u{feff}Assessment;Kind;Theme"));
            assert!(
                text.contains("\u{feff}Assessment;Kind;Theme")
                    && text.contains("\nNoord, Zuid;answer;")
            );
        }
        let text = to_csv(q, &[a], Locale::En, &LABELS);
        assert!(text.contains("\"Noord, Zuid\",answer,"));
    }
}
