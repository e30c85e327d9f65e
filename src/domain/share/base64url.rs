//! Canonical base64url without padding: one spelling per byte string. Padding,
//! other alphabets and non-zero unused bits in the last character are refused.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the alphabet, at this character position.
    BadCharacter(usize),
    /// A length no byte string encodes to (one character too many or too few).
    Truncated,
}

/// Decoded bytes, and whether the text was their one canonical spelling (unused
/// bits in the last character zero). The caller decides what a second spelling
/// means, since a cut-off text also leaves stray bits.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub bytes: Vec<u8>,
    pub canonical: bool,
}

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn value(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

pub fn decode(text: &str) -> Result<Decoded, Base64Error> {
    let chars = text.as_bytes();
    // Check every character first, so a bad one is reported wherever it is.
    let mut values = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        // Everything before the first bad byte is ASCII, so the byte index is
        // also the character position.
        values.push(value(c).ok_or(Base64Error::BadCharacter(i))?);
    }
    if values.len() % 4 == 1 {
        return Err(Base64Error::Truncated);
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    let mut canonical = true;
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (v << (18 - 6 * i)));
        let bytes = chunk.len() - 1;
        canonical &= n & ((1 << (24 - 8 * bytes)) - 1) == 0;
        for i in 0..bytes {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(Decoded {
        bytes: out,
        canonical,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_vectors_from_rfc_4648() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), coded);
            assert_eq!(
                decode(coded).unwrap(),
                Decoded {
                    bytes: plain.as_bytes().to_vec(),
                    canonical: true
                }
            );
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn second_spellings_and_bad_input_are_refused() {
        let stray = Decoded {
            bytes: b"f".to_vec(),
            canonical: false,
        };
        assert_eq!(decode("Zh").unwrap(), stray, "Zg with a stray bit");
        assert!(!decode("Zm9").unwrap().canonical);
        assert_eq!(decode("Zg=="), Err(Base64Error::BadCharacter(2)));
        assert_eq!(decode("Zm9v+"), Err(Base64Error::BadCharacter(4)));
        assert_eq!(decode("Zé9v"), Err(Base64Error::BadCharacter(1)));
        assert_eq!(decode("Zm9vY"), Err(Base64Error::Truncated));
    }

    proptest! {
        #[test]
        fn decode_inverts_encode(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            prop_assert_eq!(decode(&encode(&bytes)).unwrap(), Decoded { bytes, canonical: true });
        }

        #[test]
        fn whatever_decodes_encodes_back_to_itself(text in "[A-Za-z0-9_-]{0,40}") {
            if let Ok(Decoded { bytes, canonical: true }) = decode(&text) {
                prop_assert_eq!(encode(&bytes), text);
            }
        }
    }
}
