use super::*;
use crate::domain::answers::Level;
use crate::domain::questionnaire::current;
use std::collections::BTreeMap;

pub(super) fn level(n: u8) -> Choice {
    Choice::Level(Level::new(n).unwrap())
}

/// A complete assessment on a layout: every question with a level, some backed
/// by data, every style item, signal and context field answered.
pub(super) fn complete_on(layout: &layout::Layout) -> SharedResult {
    let mut answers: BTreeMap<String, SharedAnswer> = layout
        .questions
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let choice = level((i % 5) as u8 + 1);
            (
                id.clone(),
                SharedAnswer {
                    choice,
                    evidence: i % 3 == 0,
                },
            )
        })
        .collect();
    for (i, id) in layout.style.iter().enumerate() {
        let choice = level((i % usize::from(layout.style_places)) as u8 + 1);
        answers.insert(
            id.clone(),
            SharedAnswer {
                choice,
                evidence: false,
            },
        );
    }
    let context = layout
        .context
        .iter()
        .map(|f| {
            let pick = match f.id.as_str() {
                "sector" => "wholesale",
                "market" => "both",
                "country" => "be",
                _ => f.options.last().map_or("", String::as_str),
            };
            (f.id.clone(), pick.to_owned())
        })
        .collect();
    SharedResult {
        questionnaire: layout.questionnaire.clone(),
        revision: layout.revision,
        label: None,
        context,
        answers,
        signals: layout
            .signals
            .iter()
            .enumerate()
            .map(|(i, s)| (s.clone(), i % 2 == 0))
            .collect(),
    }
}

pub(super) fn empty_on(layout: &layout::Layout) -> SharedResult {
    SharedResult {
        answers: BTreeMap::new(),
        signals: BTreeMap::new(),
        context: BTreeMap::new(),
        ..complete_on(layout)
    }
}

/// `bytes` with their CRC-32 appended, as a payload: what a newer app would write.
fn sealed(bytes: &[u8]) -> String {
    let mut all = bytes.to_vec();
    all.extend_from_slice(&crc32::crc32(bytes).to_be_bytes());
    base64url::encode(&all)
}

pub(super) fn r1() -> &'static layout::Layout {
    layout::find(1, 0, 1).unwrap()
}

pub(super) fn r2() -> &'static layout::Layout {
    layout::find(2, 0, 2).unwrap()
}

pub(super) fn r3() -> &'static layout::Layout {
    layout::find(2, 0, 3).unwrap()
}

pub(super) fn r4() -> &'static layout::Layout {
    layout::find(2, 0, 4).unwrap()
}

pub(super) fn current_layout() -> &'static layout::Layout {
    let q = current();
    layout::for_questionnaire(&q.id, q.revision).unwrap()
}

pub(super) fn complete() -> SharedResult {
    complete_on(current_layout())
}

pub(super) fn empty() -> SharedResult {
    empty_on(current_layout())
}

#[test]
fn a_complete_assessment_without_label_fits_in_48_characters() {
    let link = encode(&complete()).unwrap();
    assert!(link.len() <= 48, "{} characters: {link}", link.len());
    assert_eq!(decode(&link), Ok(complete()));
}

#[test]
fn a_revision_1_link_opens_upgraded_with_its_answers() {
    let shared = decode("AQABKcpTlKcpTlKcpTlKcpTlMkkkkkkmZl-oxQQyyQ").unwrap();
    assert_eq!(shared.revision, 1);
    let a = shared.to_assessment("x".into(), 1);
    assert_eq!((a.revision, a.upgraded_from), (current().revision, Some(1)));
    assert_eq!(
        a.answers.len(),
        r1().questions.len(),
        "every answer is kept"
    );
    let news = crate::domain::storage::upgrade::whats_new(&a, current()).unwrap();
    // Kept aside: what revision 1 asked and revision 3 no longer does.
    let mut gone: Vec<&String> = r1()
        .questions
        .iter()
        .filter(|id| current().question(id).is_none())
        .collect();
    gone.sort();
    let mut kept_aside: Vec<&String> = news.kept_aside.iter().collect();
    kept_aside.sort();
    assert!(news.carried > 30, "{}", news.carried);
    assert_eq!(kept_aside, gone);
    assert!(gone.iter().any(|id| *id == "value.horizon"));
    // Revision 1's size band carries over to revision 3's.
    assert_eq!(a.context.get("size").map(String::as_str), Some("s250"));
}

#[test]
fn from_an_assessment_notes_stay_out_and_the_label_is_a_choice() {
    let q = current();
    let mut a = Assessment::new("x".into(), 1, q);
    a.set_label("Klantenservice Noord", 2);
    a.set_choice("vision.written", Some(level(4)), 3);
    a.set_evidence("vision.written", true, 3);
    a.set_note("vision.written", "private", 4);
    a.set_evidence("vision.chain", true, 5); // evidence without a choice is not an answer
    a.set_choice("needs.known", Some(Choice::DontKnow), 5);
    a.set_evidence("needs.known", true, 5); // evidence on "don't know" means nothing
    let with = SharedResult::from_assessment(&a, true);
    assert_eq!(with.label.as_deref(), Some("Klantenservice Noord"));
    assert_eq!(with.answers.len(), 2);
    assert!(with.answers["vision.written"].evidence && !with.answers["needs.known"].evidence);
    let without = SharedResult::from_assessment(&a, false);
    assert_eq!(without.label, None);
    let back = decode(&encode(&with).unwrap())
        .unwrap()
        .to_assessment("y".into(), 9);
    assert_eq!(back.answers["vision.written"].note, "");
    assert_eq!(back.label, "Klantenservice Noord");
    assert_eq!(back.choice("needs.known"), Some(Choice::DontKnow));
}

#[test]
fn long_labels_are_cut_at_a_character_boundary() {
    let long = "é".repeat(30); // 60 bytes
    assert_eq!(link_label(&long), "é".repeat(20));
    let mut r = empty();
    r.label = Some(long);
    assert_eq!(
        decode(&encode(&r).unwrap()).unwrap().label,
        Some("é".repeat(20))
    );
}

#[test]
fn every_kind_of_bad_input_gives_its_error() {
    let good = encode(&complete()).unwrap();
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(
        decode(&"A".repeat(MAX_PAYLOAD_CHARS + 1)),
        Err(ShareError::TooLong)
    );
    assert_eq!(decode("AQAB!x"), Err(ShareError::BadCharacter(4)));
    assert_eq!(decode(&good[..good.len() - 6]), Err(ShareError::Truncated));
    assert_eq!(decode(&good[..5]), Err(ShareError::Truncated));
    for cut in 1..good.len() {
        assert_eq!(
            decode(&good[..cut]),
            Err(ShareError::Truncated),
            "cut to {cut} characters"
        );
    }
    // The same bytes spelled with a stray bit in the last character (a link
    // whose length leaves padding bits: the empty one).
    let padded = encode(&empty_on(r2())).unwrap();
    assert_ne!(padded.len() % 4, 0);
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let last = padded.chars().last().unwrap();
    let value = ALPHABET.find(last).unwrap();
    let stray = ALPHABET.chars().nth(value ^ 1).unwrap();
    assert_eq!(
        decode(&format!("{}{stray}", &padded[..padded.len() - 1])),
        Err(ShareError::NonCanonical)
    );
    // A bit flipped inside the checksum.
    let mut flipped = good.clone().into_bytes();
    let at = good.len() - 3;
    flipped[at] = if flipped[at] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        decode(std::str::from_utf8(&flipped).unwrap()),
        Err(ShareError::ChecksumMismatch)
    );
    // A link of a newer format (version 3, its checksum intact) is news from a
    // newer Klantspiegel; the same first characters changed by hand are damage.
    let mut newer = base64url::decode(&good).unwrap().bytes;
    newer[0] = 3;
    assert_eq!(decode(&sealed(&newer)), Err(ShareError::UnknownVersion(3)));
    assert_eq!(
        decode(&format!("Aw{}", &good[2..])),
        Err(ShareError::ChecksumMismatch)
    );
    // Version 0, or one far ahead, is not news from a newer Klantspiegel but text
    // that never was a link: "AAAA…", a word, a link that lost its start.
    for junk in ["AAAAAAAA", "klantspiegel", &good[4..]] {
        assert_eq!(decode(junk), Err(ShareError::ChecksumMismatch), "{junk}");
    }
    // Revision 9 of questionnaire 0 does not exist: sealed, it is a newer
    // questionnaire; unsealed, a damaged link.
    assert_eq!(
        decode(&sealed(&[1, 0, 9, 0, 0])),
        Err(ShareError::UnknownQuestionnaire {
            code: 0,
            revision: 9
        })
    );
    assert_eq!(
        decode(&base64url::encode(&[1, 0, 9, 0, 0])),
        Err(ShareError::ChecksumMismatch)
    );
}

#[test]
fn a_result_knows_the_assessment_it_was_saved_as() {
    let result = complete();
    let saved = result.to_assessment("a1".into(), 5);
    let other = empty().to_assessment("a2".into(), 5);
    let list = vec![other, saved];
    assert_eq!(result.saved_in(&list).map(|a| a.id.as_str()), Some("a1"));
    assert_eq!(result.saved_in(&list[..1]), None);
}

#[test]
fn an_address_without_a_result_says_what_it_is() {
    use super::{read_link, ShareError};
    for own in [
        "https://klantspiegel.example/results/mk2x9a",
        "  http://127.0.0.1:8080/results/abc123/  ",
        "klantspiegel.example/results/abc",
    ] {
        assert_eq!(read_link(own), Err(ShareError::OwnResultsPage), "{own}");
    }
    for other in [
        "https://klantspiegel.example/",
        "https://example.org/somewhere?q=1",
        "www.example.org",
        "https://klantspiegel.example/assessment/abc/vision",
    ] {
        assert_eq!(read_link(other), Err(ShareError::NotALink), "{other}");
    }
}
