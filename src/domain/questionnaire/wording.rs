//! Example words that differ between the Netherlands and Belgium (the national
//! payment method, the digital ID, the disputes body). Texts in the questionnaire
//! write them as `{id}`; the respondent's country decides which word is shown.

use crate::domain::assessment::Assessment;
use crate::domain::locale::{Locale, Localized};
use crate::domain::questionnaire::{Questionnaire, Wording};
use std::borrow::Cow;

/// The country an assessment names in its intro, as far as wording goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Country {
    Netherlands,
    Belgium,
    /// Another country, or none given: both words are shown.
    Other,
}

/// The intro field that holds the country.
pub const COUNTRY_FIELD: &str = "country";

impl Country {
    pub fn of(a: &Assessment) -> Country {
        Country::from_option(a.context.get(COUNTRY_FIELD).map(String::as_str))
    }

    pub fn from_option(option: Option<&str>) -> Country {
        match option {
            Some("nl") => Country::Netherlands,
            Some("be") => Country::Belgium,
            _ => Country::Other,
        }
    }

    fn word(self, w: &Wording) -> &Localized {
        match self {
            Country::Netherlands => &w.nl,
            Country::Belgium => &w.be,
            Country::Other => &w.other,
        }
    }
}

/// `text` with every `{id}` of a known wording replaced by the country's word.
/// Unknown or unclosed braces stay as they are (the data check forbids them).
pub fn fill<'t>(
    q: &Questionnaire,
    text: &'t str,
    locale: Locale,
    country: Country,
) -> Cow<'t, str> {
    if !text.contains('{') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let id = &after[..close];
            let w = q.wording.iter().find(|w| w.id == id)?;
            Some((country.word(w).get(locale), close))
        });
        match known {
            Some((word, close)) => {
                out.push_str(word);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A questionnaire text in a language, with the country's words filled in.
pub fn localized(q: &Questionnaire, text: &Localized, locale: Locale, country: Country) -> String {
    fill(q, text.get(locale), locale, country).into_owned()
}

/// The `{…}` references in a text, for the data check.
pub fn references(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => {
                out.push(after);
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::current;

    #[test]
    fn the_country_decides_the_word() {
        let q = current();
        let text = "Betalen met {pay} en inloggen met {eid}.";
        assert_eq!(
            fill(q, text, Locale::Nl, Country::Netherlands),
            "Betalen met iDEAL en inloggen met DigiD."
        );
        assert_eq!(
            fill(q, text, Locale::Nl, Country::Belgium),
            "Betalen met Bancontact en inloggen met itsme."
        );
        assert_eq!(
            fill(q, "{pay}", Locale::En, Country::Other),
            "iDEAL or Bancontact"
        );
    }

    #[test]
    fn text_without_references_is_borrowed_and_odd_braces_stay() {
        let q = current();
        assert!(matches!(
            fill(q, "plain", Locale::Nl, Country::Belgium),
            Cow::Borrowed("plain")
        ));
        assert_eq!(
            fill(q, "a {nope} {pay", Locale::En, Country::Netherlands),
            "a {nope} {pay"
        );
        assert_eq!(references("x {a} y {b"), ["a", "b"]);
    }

    #[test]
    fn the_country_comes_from_the_intro() {
        assert_eq!(Country::from_option(Some("be")), Country::Belgium);
        assert_eq!(Country::from_option(Some("nl")), Country::Netherlands);
        assert_eq!(Country::from_option(Some("other")), Country::Other);
        assert_eq!(Country::from_option(None), Country::Other);
    }
}
