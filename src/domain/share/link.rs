//! Finding the payload in what people paste or open: a whole link or just the
//! payload, as mail and chat apps leave it.

/// Characters that show as nothing and that text editors, mail and chat apps slip
/// into links: zero-width space, non-joiner and joiner, word joiner, byte-order
/// mark and soft hyphen.
const INVISIBLE: [char; 6] = [
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
];

/// The payload in a pasted link or payload. Safe repairs only: anything up to the
/// `#`, percent-encoding (browsers encode a `>` or a space stuck to a link),
/// white space and invisible characters anywhere (a link wrapped by a mail
/// program), and characters that can never be part of a payload at either end
/// (the full stop, bracket or quote around a link in a sentence). Characters of the
/// payload alphabet are never removed, so no valid payload is changed; what is
/// left of other damage the decoder reports.
pub fn payload_from(input: &str) -> String {
    let text = input.trim();
    // A link wrapped by a mail scanner (Outlook's Safe Links: `…?url=https%3A%2F%2F…
    // %2Fshare%23PAYLOAD&data=…`) carries its `#` encoded; the wrapper's own
    // parameters follow after `&`, which a payload never holds.
    let unwrapped;
    let text = if text.contains('#') {
        text
    } else {
        unwrapped = decode_hash(text);
        unwrapped.as_str()
    };
    let text = text.rsplit_once('#').map_or(text, |(_, after)| after);
    let text = text.split('&').next().unwrap_or(text);
    let decoded: String = percent_decode(text)
        .chars()
        .filter(|c| !c.is_whitespace() && !INVISIBLE.contains(c))
        .collect();
    let is_alphabet = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    decoded
        .trim_start_matches(|c: char| !is_alphabet(c))
        .trim_end_matches(|c: char| !is_alphabet(c))
        .to_owned()
}

/// `%23` (and the twice-encoded `%2523`) as `#`, the rest unchanged.
fn decode_hash(text: &str) -> String {
    text.replace("%23", "#").replace("%2523", "#")
}

/// Decodes every `%XX` (as UTF-8; a byte that is not becomes U+FFFD, which the
/// decoder then reports); a `%` without two hex digits stays as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::payload_from;

    #[test]
    fn links_as_mail_and_chat_apps_leave_them() {
        let p = "AQABq-_9";
        for input in [
            "AQABq-_9",
            "  AQABq-_9\n",
            "https://example.org/share#AQABq-_9",
            "https://example.org/share#AQABq-_9.",
            "(https://example.org/share#AQABq-_9)",
            "<https://example.org/share#AQABq-_9>",
            "\"https://example.org/share#AQABq-_9\",",
            "https://example.org/share#AQABq%2D%5F9",
            "https://example.org/share#AQABq-_9!?",
            // As Outlook's Safe Links leaves it when the link is copied from a mail.
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fshare%23AQABq-_9&data=05%7C02%7Cx%40y.nl%7C&sdata=Ab%2Bc&reserved=0",
            "https://example.org/share#AQABq-_9&utm_source=mail",
            // As a browser's address bar holds a link with a `>`, a quote or a
            // space stuck to it.
            "https://example.org/share#AQABq-_9%3E",
            "https://example.org/share#AQABq-_9%22",
            "https://example.org/share#AQABq-_9%20",
            "https://example.org/share#AQABq-_9%0A",
            // Wrapped by a mail program, or with invisible characters in it.
            "https://example.org/share#AQAB\nq-_9",
            "https://example.org/share#AQAB q-_9",
            "https://example.org/share#AQ\u{200b}ABq-_9\u{200b}",
            "https://example.org/share#AQAB\u{ad}q-_9",
            "https://example.org/share#AQAB%E2%80%8Bq-_9",
        ] {
            assert_eq!(payload_from(input), p, "{input:?}");
        }
    }

    #[test]
    fn nothing_of_the_alphabet_is_removed_and_other_damage_stays_visible() {
        assert_eq!(payload_from("abc-_"), "abc-_");
        assert_eq!(payload_from("ab%2"), "ab%2");
        assert_eq!(payload_from("ab%FFcd"), "ab\u{fffd}cd");
        assert_eq!(payload_from(""), "");
        assert_eq!(payload_from("…"), "");
    }
}
