//! Encoding and decoding the payload (format in `share`'s module docs).

use super::bits::{width_for, BitReader, BitWriter};
use super::crc32::{crc32, sealed};
use super::layout::{self, Layout};
use super::{
    base64url, link_label, ShareError, SharedAnswer, SharedResult, FORMAT_VERSION, LABEL_MAX_BYTES,
    MAX_PAYLOAD_CHARS,
};
use crate::domain::answers::{Choice, Level};
use std::collections::BTreeMap;

/// Header bytes of each format: (format, code, revision) and (format, revision).
fn header_len(format: u8) -> usize {
    if format == 1 {
        3
    } else {
        2
    }
}
const CHECKSUM: usize = 4;
const ANSWER_BITS: u32 = 3;
const SIGNAL_BITS: u32 = 2;
const DONT_KNOW: u32 = 6;
const NOT_APPLICABLE: u32 = 7;

fn answer_code(choice: Option<Choice>) -> u32 {
    match choice {
        None => 0,
        Some(Choice::Level(level)) => u32::from(level.get()),
        Some(Choice::DontKnow) => DONT_KNOW,
        Some(Choice::NotApplicable) => NOT_APPLICABLE,
    }
}

/// A style answer's code; anything but one of the layout's places or "can't
/// say" is left out.
fn style_code(choice: Option<Choice>, places: u8) -> u32 {
    match choice {
        Some(Choice::Level(level)) if level.get() <= places => u32::from(level.get()),
        Some(Choice::DontKnow) => DONT_KNOW,
        _ => 0,
    }
}

fn option_width(options: usize) -> u32 {
    width_for(u32::try_from(options).unwrap_or(u32::MAX))
}

/// The payload for a result, or `None` when its questionnaire revision has no
/// layout. Ids the layout does not know are left out.
pub fn encode(result: &SharedResult) -> Option<String> {
    let layout = layout::for_questionnaire(&result.questionnaire, result.revision)?;
    let mut w = BitWriter::default();
    let answers: Vec<Option<SharedAnswer>> = layout
        .questions
        .iter()
        .map(|id| result.answers.get(id).copied())
        .collect();
    for answer in &answers {
        w.put(answer_code(answer.map(|a| a.choice)), ANSWER_BITS);
    }
    for answer in answers.iter().flatten() {
        if matches!(answer.choice, Choice::Level(_)) {
            w.put(u32::from(answer.evidence), 1);
        }
    }
    for id in &layout.style {
        w.put(
            style_code(
                result.answers.get(id).map(|a| a.choice),
                layout.style_places,
            ),
            ANSWER_BITS,
        );
    }
    for id in &layout.signals {
        w.put(
            result
                .signals
                .get(id)
                .map_or(0, |&yes| if yes { 1 } else { 2 }),
            SIGNAL_BITS,
        );
    }
    for field in &layout.context {
        let chosen = result
            .context
            .get(&field.id)
            .and_then(|c| field.options.iter().position(|o| o == c));
        let code = chosen.map_or(0, |i| u32::try_from(i + 1).unwrap_or(0));
        w.put(code, option_width(field.options.len()));
    }
    let label = result
        .label
        .as_deref()
        .map(link_label)
        .filter(|l| !l.is_empty());
    w.put(u32::from(label.is_some()), 1);
    let revision = u8::try_from(layout.revision).ok()?;
    let mut bytes = if layout.format == 1 {
        vec![1, layout.code, revision]
    } else {
        vec![layout.format, revision]
    };
    bytes.extend(w.finish());
    if let Some(label) = label {
        bytes.push(u8::try_from(label.len()).ok()?);
        bytes.extend(label.as_bytes());
    }
    bytes.extend(crc32(&bytes).to_be_bytes());
    Some(base64url::encode(&bytes))
}

/// The raw numbers of a payload body, read before anything is checked.
struct Raw {
    answers: Vec<u32>,
    evidence: Vec<bool>,
    style: Vec<u32>,
    signals: Vec<u32>,
    context: Vec<u32>,
    padding_ok: bool,
    label_len: Option<usize>,
    /// Header plus bit fields plus the label's length byte.
    fixed_len: usize,
}

fn read_raw(layout: &Layout, body: &[u8]) -> Result<Raw, ShareError> {
    let mut r = BitReader::new(body);
    let mut take = |width| r.take(width).ok_or(ShareError::Truncated);
    let answers = layout
        .questions
        .iter()
        .map(|_| take(ANSWER_BITS))
        .collect::<Result<Vec<_>, _>>()?;
    let levels = answers.iter().filter(|&&a| (1..=5).contains(&a)).count();
    let evidence = (0..levels)
        .map(|_| take(1).map(|b| b == 1))
        .collect::<Result<Vec<_>, _>>()?;
    let style = layout
        .style
        .iter()
        .map(|_| take(ANSWER_BITS))
        .collect::<Result<Vec<_>, _>>()?;
    let signals = layout
        .signals
        .iter()
        .map(|_| take(SIGNAL_BITS))
        .collect::<Result<Vec<_>, _>>()?;
    let context = layout
        .context
        .iter()
        .map(|f| take(option_width(f.options.len())))
        .collect::<Result<Vec<_>, _>>()?;
    let has_label = take(1)? == 1;
    let padding_ok = r.padding_is_zero();
    let bits_len = r.bytes_used();
    let label_len = if has_label {
        Some(usize::from(
            *body.get(bits_len).ok_or(ShareError::Truncated)?,
        ))
    } else {
        None
    };
    let fixed_len = header_len(layout.format) + bits_len + usize::from(has_label);
    Ok(Raw {
        answers,
        evidence,
        style,
        signals,
        context,
        padding_ok,
        label_len,
        fixed_len,
    })
}

/// Reads a payload. Total: every input gives a result or an error, oversized
/// input is refused before any work, and nothing panics.
pub fn decode(payload: &str) -> Result<SharedResult, ShareError> {
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong);
    }
    let base64url::Decoded { bytes, canonical } =
        base64url::decode(payload).map_err(|e| match e {
            base64url::Base64Error::BadCharacter(at) => ShareError::BadCharacter(at),
            base64url::Base64Error::Truncated => ShareError::Truncated,
        })?;
    let version = *bytes.first().ok_or(ShareError::Truncated)?;
    let sealed = sealed(&bytes);
    if !(1..=FORMAT_VERSION).contains(&version) {
        return Err(super::unknown_version(version, sealed));
    }
    let header = header_len(version);
    let (code, revision) = match bytes.get(1..header) {
        Some(&[code, revision]) => (code, revision),
        Some(&[revision]) => (0, revision),
        _ => return Err(ShareError::Truncated),
    };
    let layout = layout::find(version, code, u32::from(revision))
        .ok_or_else(|| super::unknown_questionnaire(code, revision, sealed))?;
    let raw = read_raw(layout, &bytes[header..])?;
    let expected = raw.fixed_len + raw.label_len.unwrap_or(0) + CHECKSUM;
    if bytes.len() < expected {
        return Err(ShareError::Truncated);
    }
    if bytes.len() > expected {
        return Err(ShareError::NonCanonical);
    }
    let (content, sum) = bytes.split_at(expected - CHECKSUM);
    if crc32(content).to_be_bytes() != sum {
        return Err(ShareError::ChecksumMismatch);
    }
    if !raw.padding_ok || !canonical {
        return Err(ShareError::NonCanonical);
    }
    build(layout, &raw, &content[raw.fixed_len..])
}

/// Checks the values and builds the result (after the checksum matched).
fn build(layout: &Layout, raw: &Raw, label_bytes: &[u8]) -> Result<SharedResult, ShareError> {
    let mut evidence = raw.evidence.iter();
    let mut answers = BTreeMap::new();
    for (id, &code) in layout.questions.iter().zip(&raw.answers) {
        let choice = match code {
            0 => continue,
            DONT_KNOW => Choice::DontKnow,
            NOT_APPLICABLE => Choice::NotApplicable,
            n => Choice::Level(
                Level::new(u8::try_from(n).map_err(|_| ShareError::OutOfRange)?)
                    .ok_or(ShareError::OutOfRange)?,
            ),
        };
        let backed =
            matches!(choice, Choice::Level(_)) && evidence.next().copied().unwrap_or(false);
        answers.insert(
            id.clone(),
            SharedAnswer {
                choice,
                evidence: backed,
            },
        );
    }
    for (id, &code) in layout.style.iter().zip(&raw.style) {
        let choice = match code {
            0 => continue,
            DONT_KNOW => Choice::DontKnow,
            n if (1..=u32::from(layout.style_places)).contains(&n) => Choice::Level(
                Level::new(u8::try_from(code).map_err(|_| ShareError::OutOfRange)?)
                    .ok_or(ShareError::OutOfRange)?,
            ),
            _ => return Err(ShareError::OutOfRange),
        };
        answers.insert(
            id.clone(),
            SharedAnswer {
                choice,
                evidence: false,
            },
        );
    }
    let mut signals = BTreeMap::new();
    for (id, &code) in layout.signals.iter().zip(&raw.signals) {
        match code {
            0 => {}
            1 | 2 => {
                signals.insert(id.clone(), code == 1);
            }
            _ => return Err(ShareError::OutOfRange),
        }
    }
    let mut context = BTreeMap::new();
    for (field, &code) in layout.context.iter().zip(&raw.context) {
        if code == 0 {
            continue;
        }
        let index = usize::try_from(code - 1).map_err(|_| ShareError::OutOfRange)?;
        let option = field.options.get(index).ok_or(ShareError::OutOfRange)?;
        context.insert(field.id.clone(), option.clone());
    }
    let label = match raw.label_len {
        None => None,
        Some(0) => return Err(ShareError::NonCanonical),
        Some(n) if n > LABEL_MAX_BYTES => return Err(ShareError::OutOfRange),
        Some(_) => {
            Some(String::from_utf8(label_bytes.to_vec()).map_err(|_| ShareError::OutOfRange)?)
        }
    };
    Ok(SharedResult {
        questionnaire: layout.questionnaire.clone(),
        revision: layout.revision,
        label,
        context,
        answers,
        signals,
    })
}
