//! Golden links: payloads that must keep their meaning forever. If one of these
//! fails, the format or a frozen layout changed, and links people already shared
//! would break.

use super::tests::{complete, complete_on, empty, empty_on, r1, r2, r3, r4};
use super::*;
use crate::domain::answers::Choice;

/// Links that must keep their meaning forever: if one of these fails, the format
/// or a frozen layout changed, and links people already shared would break.
#[test]
fn golden_revision_1_links_never_change_meaning() {
    assert_eq!(
        encode(&empty_on(r1())).unwrap(),
        "AQABAAAAAAAAAAAAAAAAAAAAAAAAANpm7mY"
    );
    assert_eq!(
        decode("AQABAAAAAAAAAAAAAAAAAAAAAAAAANpm7mY"),
        Ok(empty_on(r1()))
    );
    // Levels 1, 2, 3, 4, 5, 1, … are the bits 001 010 011 100 101 001 …: the
    // bytes 29 CA 53, which are "KcpT" after the header "AQAB".
    let golden_complete = "AQABKcpTlKcpTlKcpTlKcpTlMkkkkkkmZl-oxQQyyQ";
    assert_eq!(encode(&complete_on(r1())).unwrap(), golden_complete);
    assert_eq!(decode(golden_complete), Ok(complete_on(r1())));
    let mut labelled = empty_on(r1());
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
fn golden_revision_2_links_never_change_meaning() {
    // Format 2: the header is the format and the revision, "AgI".
    let empty_link = encode(&empty_on(r2())).unwrap();
    assert!(empty_link.starts_with("AgI"), "{empty_link}");
    assert_eq!(empty_link, GOLDEN_R2_EMPTY);
    assert_eq!(decode(GOLDEN_R2_EMPTY), Ok(empty_on(r2())));
    assert_eq!(encode(&complete_on(r2())).unwrap(), GOLDEN_R2_COMPLETE);
    assert_eq!(decode(GOLDEN_R2_COMPLETE), Ok(complete_on(r2())));
}

#[test]
fn golden_revision_3_links_never_change_meaning() {
    // Format 2, revision 3: "AgM"; style answers take four places.
    let empty_link = encode(&empty_on(r3())).unwrap();
    assert!(empty_link.starts_with("AgM"), "{empty_link}");
    assert_eq!(empty_link, GOLDEN_R3_EMPTY);
    assert_eq!(decode(GOLDEN_R3_EMPTY), Ok(empty_on(r3())));
    assert_eq!(encode(&complete_on(r3())).unwrap(), GOLDEN_R3_COMPLETE);
    assert_eq!(decode(GOLDEN_R3_COMPLETE), Ok(complete_on(r3())));
}

#[test]
fn golden_revision_4_links_never_change_meaning() {
    // Format 2, revision 4: "AgQ"; the layout of revision 3, one ladder reworded.
    let empty_link = encode(&empty_on(r4())).unwrap();
    assert!(empty_link.starts_with("AgQ"), "{empty_link}");
    assert_eq!(empty_link, GOLDEN_R4_EMPTY);
    assert_eq!(decode(GOLDEN_R4_EMPTY), Ok(empty_on(r4())));
    assert_eq!(encode(&complete_on(r4())).unwrap(), GOLDEN_R4_COMPLETE);
    assert_eq!(decode(GOLDEN_R4_COMPLETE), Ok(complete_on(r4())));
}

#[test]
fn golden_revision_5_links_never_change_meaning() {
    // Format 2, revision 5: "AgU"; the layout of revision 4 with three statements
    // replaced (new ids in the same places).
    let empty_link = encode(&empty()).unwrap();
    assert!(empty_link.starts_with("AgU"), "{empty_link}");
    assert_eq!(empty_link, GOLDEN_R5_EMPTY);
    assert_eq!(decode(GOLDEN_R5_EMPTY), Ok(empty()));
    assert_eq!(encode(&complete()).unwrap(), GOLDEN_R5_COMPLETE);
    assert_eq!(decode(GOLDEN_R5_COMPLETE), Ok(complete()));
}

#[test]
fn a_revision_3_link_opens_with_its_old_ladder_answers_moved() {
    // The ninth question, the front line's room, is at level 4 in the complete
    // link (levels 1–5 in turn); on revision 3's ladder its level 2 is now 3.
    let mut shared = complete_on(r3());
    let id = "leadership.frontline_room";
    if let Some(a) = shared.answers.get_mut(id) {
        a.choice = super::tests::level(2);
    }
    let link = encode(&shared).unwrap();
    let opened = decode(&link).unwrap().to_assessment("r3".into(), 0);
    assert_eq!(opened.revision, current().revision);
    assert_eq!(opened.choice(id), Some(super::tests::level(3)));
}

const GOLDEN_R5_EMPTY: &str = "AgUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADkkC-o";
const GOLDEN_R5_COMPLETE: &str = "AgUpylOUpylOUpylOUpylOUpymSSSSSSSSnCnCmZnoD0G1z0";
const GOLDEN_R4_EMPTY: &str = "AgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBG7-m";
const GOLDEN_R4_COMPLETE: &str = "AgQpylOUpylOUpylOUpylOUpymSSSSSSSSnCnCmZnoD6_LQl";
const GOLDEN_R3_EMPTY: &str = "AgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACPS0MO";
const GOLDEN_R3_COMPLETE: &str = "AgMpylOUpylOUpylOUpylOUpymSSSSSSSSnCnCmZnoDSSy4S";

const GOLDEN_R2_EMPTY: &str = "AgIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKCS5N0";
const GOLDEN_R2_COMPLETE: &str = "AgIpylOUpylOUpylOUpylOUpyySSSSSSQplMpszNwOz0taw";
