use super::*;
use proptest::prelude::*;

fn rows() -> Vec<PlanRow> {
    let today = CivilDate::new(2026, 12, 6).unwrap();
    vec![
        PlanRow {
            due: today.plus_days(30),
            owner: "Eigenaar of directeur".into(),
            action: "Schrijf in één A4, met drie medewerkers; wat klanten mogen verwachten".into(),
            deliverable: "Een klantbelofte van één pagina".into(),
            measure: "Medewerkers die de belofte kunnen navertellen. Nu: 0. Doel: 8 van 10. Bron: rondvraag".into(),
        },
        PlanRow {
            due: today.plus_days(60),
            owner: "=HYPERLINK(\"x\")".into(),
            action: "Mesurez, avec l’équipe, chaque réclamation\u{a0}: cause et délai".into(),
            deliverable: "Un relevé".into(),
            measure: "Part codée".into(),
        },
    ]
}

/// Unfolds an iCalendar text the strict way: every line ends in CRLF, is at most
/// 75 octets, and a line starting with a space continues the one before.
fn unfold(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"));
    let mut out: Vec<String> = Vec::new();
    for raw in ics.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(raw.len() <= 75, "a line of {} octets: {raw}", raw.len());
        assert!(!raw.contains('\n') && !raw.contains('\r'));
        match raw.strip_prefix(' ') {
            Some(rest) => out.last_mut().unwrap().push_str(rest),
            None => out.push(raw.to_owned()),
        }
    }
    out
}

fn labels() -> CalendarLabels<'static> {
    CalendarLabels {
        owner: "Eigenaar",
        deliverable: "Oplevering",
        measure: "Meetpunt",
    }
}

#[test]
fn the_calendar_has_one_dated_event_per_action_with_uid_and_stamp() {
    let ics = plan_ics(
        &rows(),
        &labels(),
        Locale::Nl,
        1_796_515_200_000 + 3_723_000,
    );
    let lines = unfold(&ics);
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert!(lines.contains(&"VERSION:2.0".to_owned()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(events, 2);
    assert_eq!(lines.iter().filter(|l| l.starts_with("UID:")).count(), 2);
    assert_eq!(
        lines
            .iter()
            .filter(|l| *l == "DTSTAMP:20261206T010203Z")
            .count(),
        2
    );
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20270105".to_owned()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20270205".to_owned()));
    // Commas and semicolons escaped; the description's lines as \n.
    assert!(lines.contains(
        &"SUMMARY:Schrijf in één A4\\, met drie medewerkers\\; wat klanten mogen verwachten"
            .to_owned()
    ));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("DESCRIPTION:Eigenaar: Eigenaar of directeur\\nOplevering: ")));
}

#[test]
fn the_csv_has_the_five_columns_guarded_and_the_due_dates() {
    let csv = plan_csv(
        &rows(),
        ["Eigenaar", "Actie", "Oplevering", "Meetpunt", "Uiterlijk"],
        Locale::Nl,
    );
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "Eigenaar;Actie;Oplevering;Meetpunt;Uiterlijk");
    assert!(lines[1]
        .starts_with("Eigenaar of directeur;\"Schrijf in één A4, met drie medewerkers; wat"));
    assert!(lines[1].ends_with(";2027-01-05"));
    // A formula is never run by the spreadsheet.
    assert!(lines[2].starts_with("\"'=HYPERLINK(\"\"x\"\")\";"));
    assert!(lines[2].ends_with(";2027-02-04"));
    let english = plan_csv(&rows(), ["a", "b", "c", "d", "e"], Locale::En);
    assert!(english.contains("a,b,c,d,e\r\n"));
}

proptest! {
    #[test]
    fn any_text_folds_within_75_octets_and_unfolds_to_itself(text in "\\PC{0,300}") {
        let folded = fold(&format!("SUMMARY:{text}"));
        let back = unfold(&folded);
        prop_assert_eq!(back, vec![format!("SUMMARY:{text}")]);
    }
}
