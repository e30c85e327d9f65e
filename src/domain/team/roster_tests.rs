use super::*;
use crate::domain::answers::{Choice, Level};
use crate::domain::questionnaire::current;
use crate::domain::storage::export::to_json;
use crate::domain::team::Taken;

fn assessment(id: &str, label: &str, level: u8) -> Assessment {
    let q = current();
    let mut a = Assessment::new(id.into(), 0, q);
    a.label = label.into();
    for x in &q.dimensions[0].questions {
        a.set_choice(&x.id, Level::new(level).map(Choice::Level), 1);
    }
    a
}

fn link(a: &Assessment) -> String {
    format!(
        "https://k.test/share#{}",
        share::encode(&SharedResult::from_assessment(a, true)).unwrap()
    )
}

#[test]
fn files_and_links_add_up_and_each_keeps_its_source() {
    let mut roster = Roster::default();
    let taken = roster.take_file("anna.json", Ok(to_json(&[assessment("a", "Anna", 2)], 5)));
    assert_eq!((taken.added, taken.problems.len()), (1, 0));
    let pasted = roster.paste(&format!("{}\n", link(&assessment("b", "Bert", 4))));
    assert_eq!((pasted.added, pasted.problems.len()), (1, 0));
    let sources: Vec<&Source> = roster.members.iter().map(|m| &m.source).collect();
    assert_eq!(sources, [&Source::File("anna.json".into()), &Source::Link]);
    assert_eq!(roster.members[0].result.label.as_deref(), Some("Anna"));
}

#[test]
fn the_same_respondent_from_a_file_and_a_link_counts_once() {
    let anna = assessment("a", "Anna", 3);
    let mut roster = Roster::default();
    roster.take_file("anna.json", Ok(to_json(std::slice::from_ref(&anna), 5)));
    let pasted = roster.paste(&link(&anna));
    assert_eq!(pasted.added, 0);
    assert_eq!(
        pasted.problems,
        [Problem::Duplicate {
            source: Source::Link,
            of: 1
        }]
    );
    // The same file again: reported, nothing added.
    let Taken {
        added, problems, ..
    } = roster.take_file("copy.json", Ok(to_json(&[anna], 9)));
    assert_eq!(added, 0);
    assert!(
        matches!(&problems[..], [Problem::Duplicate { source: Source::File(n), of: 1 }] if n == "copy.json")
    );
    assert_eq!(roster.members.len(), 1);
    // Another person with the same answers but another label is someone else.
    roster.paste(&link(&assessment("z", "Zoë", 3)));
    assert_eq!(roster.members.len(), 2);
}

#[test]
fn a_broken_file_is_reported_by_name_and_the_rest_still_count() {
    let mut roster = Roster::default();
    let Taken {
        added, problems, ..
    } = roster.take_file("notes.txt", Ok("hello".into()));
    assert_eq!(added, 0);
    assert!(
        matches!(&problems[..], [Problem::BrokenFile { name, error: ImportError::NotJson(_) }] if name == "notes.txt")
    );
    let problems = roster.take_file("empty.json", Ok(to_json(&[], 1))).problems;
    assert_eq!(
        problems,
        [Problem::EmptyFile {
            name: "empty.json".into()
        }]
    );
    // A backup with two assessments adds nobody until the user picks.
    let taken = roster.take_file(
        "two.json",
        Ok(to_json(
            &[assessment("a", "A", 1), assessment("b", "B", 5)],
            1,
        )),
    );
    let offer = taken.pick.expect("two assessments wait for a pick");
    assert_eq!((taken.added, roster.members.len()), (0, 0));
    let (added, _) = roster.add_picked(&offer, &[0, 1]);
    assert_eq!((added, roster.members.len()), (2, 2));
    // One damaged assessment in a file: reported, the others count.
    let file = to_json(&[assessment("c", "C", 2), assessment("d", "D", 3)], 1).replacen(
        "\"id\": \"d\"",
        "\"id\": 4",
        1,
    );
    let Taken {
        added, problems, ..
    } = roster.take_file("half.json", Ok(file));
    assert_eq!(added, 1);
    assert_eq!(
        problems,
        [Problem::DamagedInFile {
            name: "half.json".into(),
            damaged: 1
        }]
    );
}

#[test]
fn pasted_text_keeps_only_the_broken_lines_numbered_as_they_will_stand() {
    let good = link(&assessment("a", "", 3));
    let text = format!("{good}\n\nhttps://x.test/share#kapot\n  \nAQAB!x\n{good}");
    let mut roster = Roster::default();
    let pasted = roster.paste(&text);
    assert_eq!(pasted.added, 1, "the second copy is a duplicate");
    assert_eq!(pasted.kept_lines, ["https://x.test/share#kapot", "AQAB!x"]);
    let numbers: Vec<usize> = pasted
        .problems
        .iter()
        .filter_map(|p| match p {
            Problem::BrokenLink { line, .. } => Some(*line),
            _ => None,
        })
        .collect();
    assert_eq!(numbers, [1, 2]);
}

#[test]
fn a_team_link_reads_back_with_its_source_and_revision() {
    let mut old = assessment("o", "Old", 2);
    // Started on revision 1 and never given a question a later revision added.
    old.revision = 1;
    old.answers
        .retain(|id, _| crate::domain::storage::upgrade::asked_in(current(), 1, id));
    let mut roster = Roster::default();
    roster.take_file("old.json", Ok(to_json(&[old], 1)));
    assert_eq!(roster.members[0].result.revision, 1);
    roster.paste(&link(&assessment("n", "New", 4)));
    let (back, problems) = Roster::from_fragment(&format!("#{}", roster.fragment()));
    assert!(problems.is_empty());
    let revisions: Vec<u32> = back.members.iter().map(|m| m.result.revision).collect();
    assert_eq!(revisions, [1, current().revision]);
    assert!(back.members.iter().all(|m| m.source == Source::TeamLink));
    assert!(roster.all_linkable());
}

#[test]
fn a_damaged_team_link_names_the_respondent_that_cannot_be_read() {
    let mut roster = Roster::default();
    roster.paste(&link(&assessment("a", "Anna", 3)));
    roster.paste(&link(&assessment("b", "Bram", 4)));
    let fragment = roster.fragment();
    // The second respondent's part cut short, as by a chat app that trims links.
    let cut = &fragment[..fragment.len() - 6];
    let (back, problems) = Roster::from_fragment(cut);
    assert_eq!(back.members.len(), 1);
    assert!(
        matches!(
            problems.as_slice(),
            [Problem::BrokenTeamPart { part: 2, .. }]
        ),
        "{problems:?}"
    );
}

#[test]
fn removing_keeps_the_order_and_ignores_a_stale_index() {
    let mut roster = Roster::default();
    roster.paste(
        &[
            link(&assessment("a", "A", 1)),
            link(&assessment("b", "B", 2)),
        ]
        .join("\n"),
    );
    roster.remove(7);
    roster.remove(0);
    assert_eq!(roster.members.len(), 1);
    assert_eq!(roster.members[0].result.label.as_deref(), Some("B"));
}

#[test]
fn a_line_with_several_links_adds_each_of_them() {
    let (a, b, c) = (
        link(&assessment("a", "Anna", 2)),
        link(&assessment("b", "Bert", 3)),
        link(&assessment("c", "Cas", 4)),
    );
    for text in [
        format!("{a}, {b}; {c}"),
        format!("{a} {b}\t{c}"),
        format!("{a} en {b} and {c}."),
        format!("{a}{b}{c}"),
    ] {
        let mut roster = Roster::default();
        let pasted = roster.paste(&text);
        assert_eq!(pasted.added, 3, "{text}");
        assert!(pasted.problems.is_empty(), "{text}");
    }
    // A broken one among them is kept alone, the others count.
    let mut roster = Roster::default();
    let pasted = roster.paste(&format!("{a}, https://k.test/share#kapot, {b}"));
    assert_eq!(pasted.added, 2);
    assert_eq!(pasted.kept_lines, ["https://k.test/share#kapot"]);
}

#[test]
fn a_pasted_team_link_adds_its_respondents() {
    let mut team = Roster::default();
    team.paste(&format!(
        "{}\n{}",
        link(&assessment("a", "Anna", 2)),
        link(&assessment("b", "Bert", 3))
    ));
    let team_link = format!("https://k.test/team#{}.", team.fragment());
    let mut roster = Roster::default();
    let pasted = roster.paste(&team_link);
    assert_eq!(pasted.added, 2);
    assert!(pasted.problems.is_empty());
}

#[test]
fn one_link_with_a_space_in_it_stays_one_link() {
    let a = link(&assessment("a", "Anna", 2));
    let (start, end) = a.split_at(a.len() - 10);
    let mut roster = Roster::default();
    let pasted = roster.paste(&format!("{start} {end}"));
    assert_eq!(pasted.added, 1);
}

#[test]
fn a_backup_offers_its_assessments_without_notes_and_picks_the_latest() {
    let mut old = assessment("a", "Test, ignore", 1);
    old.updated_ms = 10;
    let mut mine = assessment("b", "Mine", 4);
    mine.set_note("vision.written", "PRIVATE: the director must not know", 50);
    let mut roster = Roster::default();
    let taken = roster.take_file("backup.json", Ok(to_json(&[old, mine], 60)));
    let offer = taken.pick.expect("a pick");
    assert_eq!(offer.default_pick(), 1);
    roster.add_picked(&offer, &[offer.default_pick()]);
    assert_eq!(roster.members.len(), 1);
    assert_eq!(roster.members[0].result.label.as_deref(), Some("Mine"));
    assert!(!format!("{offer:?}{roster:?}").contains("PRIVATE"));
    assert!(!roster.fragment().is_empty());
}

#[test]
fn a_file_for_the_team_holds_one_assessment_without_notes() {
    use crate::domain::storage::export::{for_team, read};
    let mut a = assessment("b", "Bram", 3);
    a.set_note("vision.written", "PRIVATE: not for colleagues", 9);
    let text = for_team(&a, 10);
    assert!(!text.contains("PRIVATE"));
    let back = read(&text).unwrap().assessments;
    assert_eq!(back.len(), 1);
    assert!(back[0].answers.values().all(|x| x.note.is_empty()));
    assert_eq!(back[0].answers.len(), a.answers.len());
    assert!(back[0].stamps.is_empty() && back[0].last_step.is_none());
    let mut roster = Roster::default();
    assert_eq!(roster.take_file("bram.json", Ok(text)).added, 1);
}
