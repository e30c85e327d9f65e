//! Finding the payload in what people paste or open: a whole link or just the
//! payload, as mail and chat apps leave it.

/// The payload in a pasted link or payload. Safe repairs only: surrounding
/// whitespace and quotes, anything up to the `#`, percent-encoded alphabet
/// characters, and trailing characters that can never be part of a payload
/// (such as the full stop or bracket after a link in a sentence). Characters of
/// the payload alphabet are never removed, so no valid payload is changed.
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
    let decoded = percent_decode_alphabet(text);
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

/// Decodes `%XX` only where it stands for a payload character (mail clients
/// sometimes encode `-` and `_`); everything else stays as it is.
fn percent_decode_alphabet(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let decoded = after
            .get(..2)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .map(char::from)
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_');
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[2..];
            }
            None => {
                out.push('%');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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
        ] {
            assert_eq!(payload_from(input), p, "{input:?}");
        }
    }

    #[test]
    fn nothing_of_the_alphabet_is_removed_and_other_damage_stays_visible() {
        assert_eq!(payload_from("abc-_"), "abc-_");
        assert_eq!(
            payload_from("ab cd"),
            "ab cd",
            "a space inside is an error for the decoder"
        );
        assert_eq!(payload_from("ab%20cd"), "ab%20cd");
        assert_eq!(payload_from("ab%2"), "ab%2");
        assert_eq!(payload_from(""), "");
        assert_eq!(payload_from("…"), "");
    }
}
