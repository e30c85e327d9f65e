//! Payloads forged bit by bit, with a correct checksum, to reach the decoder's
//! checks behind it: values out of range and second spellings.

use super::tests::current_layout;
use super::*;

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

#[test]
fn a_style_code_beyond_the_layouts_places_is_out_of_range() {
    let l = current_layout();
    let body = |style: u32| {
        let mut w = bits::BitWriter::default();
        for _ in &l.questions {
            w.put(0, 3);
        }
        for (i, _) in l.style.iter().enumerate() {
            w.put(if i == 0 { style } else { 0 }, 3);
        }
        for _ in &l.signals {
            w.put(0, 2);
        }
        for field in &l.context {
            w.put(0, bits::width_for(field.options.len() as u32));
        }
        w.put(0, 1);
        let mut bytes = vec![l.format, l.revision as u8];
        bytes.extend(w.finish());
        bytes.extend(crc32::crc32(&bytes).to_be_bytes());
        base64url::encode(&bytes)
    };
    assert_eq!(l.style_places, 4);
    assert!(decode(&body(4)).is_ok());
    assert!(decode(&body(6)).is_ok(), "can't say");
    for code in [5, 7] {
        assert_eq!(
            decode(&body(code)),
            Err(ShareError::OutOfRange),
            "code {code}"
        );
    }
}
