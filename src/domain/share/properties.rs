//! Property tests of the share codec: any result round-trips and any text decodes
//! to a result or an error.

use super::tests::level;
use super::*;
use crate::domain::questionnaire::current;
use proptest::prelude::*;

fn any_result() -> impl Strategy<Value = SharedResult> {
    let q = current();
    let n = q.question_count();
    let choice = prop_oneof![
        Just(None),
        Just(Some(Choice::DontKnow)),
        Just(Some(Choice::NotApplicable)),
        (1u8..=5).prop_map(|l| Some(level(l))),
    ];
    (
        prop::collection::vec((choice, any::<bool>()), n),
        prop::collection::vec(prop::option::of(any::<bool>()), q.signals.len()),
        prop::collection::vec(any::<prop::sample::Index>(), q.context_fields.len()),
        prop::option::of("\\PC{1,20}"),
    )
        .prop_map(move |(answers, signals, context, label)| {
            let q = current();
            SharedResult {
                questionnaire: q.id.clone(),
                revision: q.revision,
                label: label.map(|l| link_label(&l)).filter(|l| !l.is_empty()),
                context: q
                    .context_fields
                    .iter()
                    .zip(context)
                    .filter_map(|(f, i)| {
                        let pick = i.index(f.options.len() + 1);
                        (pick > 0).then(|| (f.id.clone(), f.options[pick - 1].id.clone()))
                    })
                    .collect(),
                answers: q
                    .questions()
                    .zip(answers)
                    .filter_map(|(x, (c, e))| {
                        let choice = c?;
                        Some((
                            x.id.clone(),
                            SharedAnswer {
                                choice,
                                evidence: e && matches!(choice, Choice::Level(_)),
                            },
                        ))
                    })
                    .collect(),
                signals: q
                    .signals
                    .iter()
                    .zip(signals)
                    .filter_map(|(s, v)| Some((s.id.clone(), v?)))
                    .collect(),
            }
        })
}

proptest! {
    #[test]
    fn decode_inverts_encode(result in any_result()) {
        let link = encode(&result).unwrap();
        prop_assert!(link.len() <= MAX_PAYLOAD_CHARS);
        prop_assert_eq!(decode(&link), Ok(result));
    }

    #[test]
    fn a_link_that_decodes_encodes_back_to_itself(result in any_result(), at in any::<prop::sample::Index>(), c in "[A-Za-z0-9_-]") {
        // Change one character of a valid link: it must either be refused or be
        // the one spelling of whatever it now decodes to.
        let mut link = encode(&result).unwrap();
        let i = at.index(link.len());
        link.replace_range(i..=i, &c);
        if let Ok(decoded) = decode(&link) {
            prop_assert_eq!(encode(&decoded), Some(link));
        }
    }

    #[test]
    fn decoding_never_panics(text in "\\PC{0,140}") {
        let _ = decode(&text);
        let _ = decode(&payload_from(&text));
    }
}
