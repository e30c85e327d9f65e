use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;

/// An assessment with a label, an answer, a note and a signal (shared with the
/// import tests).
pub(in crate::domain::storage) fn sample(id: &str, level: u8) -> Assessment {
    let mut a = Assessment::new(id.into(), 5, current());
    a.set_label("Team \"Noord\" <b>", 6);
    a.set_choice("vision.written", Level::new(level).map(Choice::Level), 7);
    a.set_note("vision.written", "=SUM(A1) note", 8);
    a.set_signal(current(), "nps_goal", Some(true), 9);
    a
}

#[test]
fn an_export_reads_back_exactly() {
    let all = vec![sample("a", 2), sample("b", 4)];
    let text = to_json(&all, 1_700_000_000_000);
    assert!(text.contains("\"format\": \"klantspiegel-export\""));
    assert_eq!(parse(&text), Ok(all.clone()));
    assert_eq!(
        parse(&format!("\u{feff}{text}")),
        Ok(all),
        "a byte order mark is fine"
    );
}

#[test]
fn odd_files_give_their_own_error() {
    assert!(matches!(parse("not json"), Err(ImportError::NotJson(_))));
    assert_eq!(
        parse("{\"schema\":1,\"assessments\":[]}"),
        Err(ImportError::NotAnExport)
    );
    assert_eq!(parse("[1,2]"), Err(ImportError::NotAnExport));
    assert_eq!(parse("42"), Err(ImportError::NotAnExport));
    assert_eq!(
        parse("{\"format\":{\"a\":[1]},\"version\":1}"),
        Err(ImportError::NotAnExport)
    );
    for version in ["\"1\"", "1.5", "-1", "null", "[1]"] {
        assert_eq!(
            parse(&format!(
                "{{\"format\":\"{FORMAT}\",\"version\":{version},\"assessments\":[]}}"
            )),
            Err(ImportError::Invalid("no version".to_owned())),
            "version {version}"
        );
    }
    assert_eq!(
        parse(&format!(
            "{{\"format\":\"{FORMAT}\",\"version\":7,\"assessments\":[]}}"
        )),
        Err(ImportError::NewerVersion(7))
    );
    assert!(matches!(
        parse(&format!("{{\"format\":\"{FORMAT}\",\"assessments\":[]}}")),
        Err(ImportError::Invalid(_))
    ));
    assert!(matches!(parse(&format!("{{\"format\":\"{FORMAT}\",\"version\":1,\"exported_ms\":0,\"assessments\":[{{\"id\":1}}]}}")), Err(ImportError::Invalid(_))));
    let twice = to_json(&[sample("a", 2), sample("a", 3)], 0);
    assert!(matches!(parse(&twice), Err(ImportError::Invalid(_))));
    assert_eq!(read(&twice).map(|r| r.damaged), Ok(1));
    assert_eq!(
        parse(&" ".repeat(MAX_BYTES + 1)),
        Err(ImportError::TooLarge)
    );
    let mut long = sample("x", 2);
    long.label = "x".repeat(LABEL_MAX_CHARS + 1);
    assert!(matches!(
        parse(&to_json(&[long], 0)),
        Err(ImportError::Invalid(_))
    ));
}

#[test]
fn one_damaged_assessment_does_not_hide_the_others() {
    let good = to_json(&[sample("a", 2), sample("b", 3), sample("c", 4)], 1);
    // "b" gets a level that cannot exist; "c" an id already in the file.
    let damaged = good.replacen("\"level\": 3", "\"level\": 9", 1).replacen(
        "\"id\": \"c\"",
        "\"id\": \"a\"",
        1,
    );
    assert_ne!(damaged, good);
    let r = read(&damaged).unwrap();
    assert_eq!(r.assessments, vec![sample("a", 2)]);
    assert_eq!(r.damaged, 2);
    assert!(matches!(parse(&damaged), Err(ImportError::Invalid(_))));
    // Nothing readable at all is an error, not an empty restore.
    let none = good.replace("\"created_ms\"", "\"created\"");
    assert!(matches!(read(&none), Err(ImportError::Invalid(_))));
}

#[test]
fn an_assessment_of_a_later_questionnaire_revision_is_news_from_a_newer_version() {
    let mut later = sample("b", 3);
    later.revision = current().revision + 5;
    let text = to_json(&[sample("a", 2), later], 1);
    assert_eq!(
        read(&text).map(|r| r.assessments.len()),
        Err(ImportError::NewerVersion(current().revision + 5))
    );
}

#[test]
fn what_storage_kept_aside_restores_like_a_backup() {
    let good = serde_json::to_string(&sample("a", 2)).unwrap();
    // As the app keeps it aside: a saved state with one damaged assessment.
    let kept =
        format!(r#"{{"schema":2,"assessments":[{good},{{"id":"b","created_ms":"gisteren"}}]}}"#);
    let r = read(&kept).unwrap();
    assert_eq!(r.assessments.len(), 1);
    assert_eq!(r.assessments[0].id, "a");
    assert_eq!(r.damaged, 1);
    // Whole, it restores whole; from a newer schema, it is news; garbage is no backup.
    let whole = format!(r#"{{"schema":2,"assessments":[{good}]}}"#);
    assert_eq!(read(&whole).map(|r| r.damaged), Ok(0));
    assert_eq!(
        read(r#"{"schema":9,"assessments":[]}"#).map(|r| r.damaged),
        Err(ImportError::NewerVersion(9))
    );
    assert_eq!(
        read(r#"{"schema":2,"assessments":[]}"#).map(|r| r.damaged),
        Err(ImportError::NotAnExport)
    );
}
