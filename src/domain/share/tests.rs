use super::*;
use crate::domain::answers::Level;
use crate::domain::questionnaire::current;

pub(super) fn level(n: u8) -> Choice {
    Choice::Level(Level::new(n).unwrap())
}

/// A complete assessment: every question with a level, some backed by data,
/// every signal and context field answered.
fn complete() -> SharedResult {
    let q = current();
    let answers = q
        .questions()
        .enumerate()
        .map(|(i, x)| {
            let choice = level((i % 5) as u8 + 1);
            (
                x.id.clone(),
                SharedAnswer {
                    choice,
                    evidence: i % 3 == 0,
                },
            )
        })
        .collect();
    SharedResult {
        questionnaire: q.id.clone(),
        revision: q.revision,
        label: None,
        context: [
            ("sector", "wholesale"),
            ("market", "both"),
            ("country", "be"),
            ("size", "xlarge"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .into(),
        answers,
        signals: q
            .signals
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i % 2 == 0))
            .collect(),
    }
}

fn empty() -> SharedResult {
    SharedResult {
        answers: BTreeMap::new(),
        signals: BTreeMap::new(),
        context: BTreeMap::new(),
        ..complete()
    }
}

#[test]
fn a_complete_assessment_without_label_fits_in_48_characters() {
    let link = encode(&complete()).unwrap();
    assert!(link.len() <= 48, "{} characters: {link}", link.len());
    assert_eq!(decode(&link), Ok(complete()));
}

/// Links that must keep their meaning forever: if one of these fails, the format
/// or a frozen layout changed, and links people already shared would break.
#[test]
fn golden_links_never_change_meaning() {
    assert_eq!(
        encode(&empty()).unwrap(),
        "AQABAAAAAAAAAAAAAAAAAAAAAAAAANpm7mY"
    );
    assert_eq!(decode("AQABAAAAAAAAAAAAAAAAAAAAAAAAANpm7mY"), Ok(empty()));
    // Levels 1, 2, 3, 4, 5, 1, … are the bits 001 010 011 100 101 001 …: the
    // bytes 29 CA 53, which are "KcpT" after the header "AQAB".
    let golden_complete = "AQABKcpTlKcpTlKcpTlKcpTlMkkkkkkmZl-oxQQyyQ";
    assert_eq!(encode(&complete()).unwrap(), golden_complete);
    assert_eq!(decode(golden_complete), Ok(complete()));
    let mut labelled = empty();
    labelled.label = Some("Team Gent ✓".into());
    labelled.answers.insert(
        "vision.written".into(),
        SharedAnswer {
            choice: Choice::DontKnow,
            evidence: false,
        },
    );
    // "Don't know" first (110: "wA…"), then the 13-byte label after its length.
    let golden_label = "AQABwAAAAAAAAAAAAAAAAAAAAAAACA1UZWFtIEdlbnQg4pyTPril2g";
    assert_eq!(encode(&labelled).unwrap(), golden_label);
    assert_eq!(decode(golden_label), Ok(labelled));
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
    // The same bytes spelled with a stray bit in the last character.
    let last = good.chars().last().unwrap();
    let stray = if last == 'Q' { 'R' } else { 'Q' };
    assert_eq!(
        decode(&format!("{}{stray}", &good[..good.len() - 1])),
        Err(ShareError::NonCanonical)
    );
    let mut flipped = good.clone().into_bytes();
    flipped[20] = if flipped[20] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        decode(std::str::from_utf8(&flipped).unwrap()),
        Err(ShareError::ChecksumMismatch)
    );
    assert_eq!(
        decode(&format!("Ag{}", &good[2..])),
        Err(ShareError::UnknownVersion(2))
    );
    // Revision 9 of questionnaire 0 does not exist.
    assert_eq!(
        decode(&base64url::encode(&[1, 0, 9, 0, 0])),
        Err(ShareError::UnknownQuestionnaire {
            code: 0,
            revision: 9
        })
    );
}

/// Builds a payload from raw bits with a correct checksum, to reach the checks
/// behind it.
fn forged(fill: impl Fn(&mut bits::BitWriter), tail: &[u8]) -> String {
    let mut w = bits::BitWriter::default();
    fill(&mut w);
    let mut bytes = vec![1, 0, 1];
    bytes.extend(w.finish());
    bytes.extend(tail);
    bytes.extend(crc32::crc32(&bytes).to_be_bytes());
    base64url::encode(&bytes)
}

fn empty_body(signal: u32, market: u32, has_label: u32) -> impl Fn(&mut bits::BitWriter) {
    move |w| {
        for _ in 0..41 {
            w.put(0, 3);
        }
        w.put(signal, 2);
        for _ in 0..6 {
            w.put(0, 2);
        }
        w.put(0, 4); // sector
        w.put(market, 2);
        w.put(0, 2); // country
        w.put(0, 3); // size
        w.put(has_label, 1);
    }
}

#[test]
fn values_out_of_range_and_second_spellings_are_refused() {
    assert!(decode(&forged(empty_body(2, 3, 0), &[])).is_ok());
    assert_eq!(
        decode(&forged(empty_body(3, 0, 0), &[])),
        Err(ShareError::OutOfRange),
        "signal value 3"
    );
    // Market has 3 options, so 2 bits; the value 3 is "both" (the 3rd option).
    assert!(decode(&forged(empty_body(0, 3, 0), &[])).is_ok());
    assert_eq!(
        decode(&forged(empty_body(0, 0, 1), &[0])),
        Err(ShareError::NonCanonical),
        "empty label"
    );
    assert_eq!(
        decode(&forged(empty_body(0, 0, 1), &[41; 42])),
        Err(ShareError::OutOfRange),
        "label too long"
    );
    assert_eq!(
        decode(&forged(empty_body(0, 0, 1), &[2, 0xff, 0xfe])),
        Err(ShareError::OutOfRange),
        "not UTF-8"
    );
    assert_eq!(
        decode(&forged(empty_body(0, 0, 0), &[0])),
        Err(ShareError::NonCanonical),
        "an extra byte"
    );
    let stray_bit = |w: &mut bits::BitWriter| {
        empty_body(0, 0, 0)(w);
        w.put(1, 1);
    };
    assert_eq!(
        decode(&forged(stray_bit, &[])),
        Err(ShareError::NonCanonical),
        "a padding bit set"
    );
}

#[test]
fn a_sector_number_beyond_the_options_is_out_of_range() {
    let body = |w: &mut bits::BitWriter| {
        for _ in 0..41 {
            w.put(0, 3);
        }
        w.put(0, 14);
        w.put(15, 4); // sector has 11 options
        w.put(0, 8);
    };
    assert_eq!(decode(&forged(body, &[])), Err(ShareError::OutOfRange));
}
