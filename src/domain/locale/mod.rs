//! The languages the app speaks, and how to pick one from a browser's preferences.

use serde::{Deserialize, Serialize};

/// A language of the user interface and the questionnaire: Dutch, French (Belgian
/// business French, for Brussels and Wallonia) and English.
///
/// Adding a locale means adding a variant here, its texts to
/// `questionnaire/data.json` and a table set in `i18n`; the compiler and the
/// completeness checks then list every place that still lacks the translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Nl,
    Fr,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Nl, Locale::Fr, Locale::En];
    pub const COUNT: usize = Locale::ALL.len();

    /// The place of this language in [`Locale::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 code, as used in `<html lang>` and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

    /// A date as this language writes it in full, day first: "30 november 2026",
    /// "30 novembre 2026", "30 November 2026" (what the browser's `Intl` writes for
    /// `nl`, `fr-BE` and `en-GB`, without its first-call cost of 15–30 ms).
    /// `month` is 1–12; another value gives the number.
    pub fn long_date(self, day: u32, month: u32, year: i32) -> String {
        const NL: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        const FR: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let names = match self {
            Locale::Nl => &NL,
            Locale::Fr => &FR,
            Locale::En => &EN,
        };
        let index = month.checked_sub(1).map(|m| m as usize);
        match index.and_then(|m| names.get(m)) {
            Some(name) => format!("{day} {name} {year}"),
            None => format!("{day}-{month}-{year}"),
        }
    }

    /// A number with one decimal as this language writes it: "12,5" in Dutch and
    /// French, "12.5" in English.
    pub fn one_decimal(self, x: f64) -> String {
        let text = format!("{x:.1}");
        match self {
            Locale::Nl | Locale::Fr => text.replace('.', ","),
            Locale::En => text,
        }
    }

    /// The separator of a list of phrases: "; " and, in French, with the narrow
    /// no-break space French typography puts before a semicolon.
    pub fn semicolon(self) -> &'static str {
        match self {
            Locale::Fr => "\u{202f}; ",
            Locale::Nl | Locale::En => "; ",
        }
    }

    /// A colon as the language writes it after a label: French puts a no-break
    /// space before it.
    pub fn colon(self) -> &'static str {
        match self {
            Locale::Fr => "\u{a0}:",
            Locale::Nl | Locale::En => ":",
        }
    }

    /// The language's own name for itself, for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::Fr => "Français",
            Locale::En => "English",
        }
    }

    /// Parses a stored code or a browser language tag such as `nl-BE`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Dutch for Dutch-speaking browsers, French for French-speaking ones, English
    /// as the fallback: the first of the browser's preferred languages that we
    /// speak wins.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or(Locale::En)
    }
}

/// A text of the questionnaire in every language the app speaks. It is a number: the
/// texts themselves live in one store per language (see [`texts`]), so the browser
/// holds only the languages it has fetched, and a language fetched later reaches
/// every `Localized` at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized(u32);

/// A text the file being read leaves out (the answering pages' questionnaire file
/// has no next steps, deliverables, measures, warnings or profile texts): empty in
/// every language.
impl Default for Localized {
    fn default() -> Self {
        Localized(u32::MAX)
    }
}

impl Localized {
    /// The text in this language ("" while that language is not loaded).
    pub fn get(self, locale: Locale) -> &'static str {
        texts::get(self.0, locale)
    }

    /// Every translation, for checks that must hold in all languages.
    pub fn all(self) -> [(Locale, &'static str); Locale::COUNT] {
        Locale::ALL.map(|locale| (locale, self.get(locale)))
    }
}

pub mod texts;
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_uses_the_languages_decimal_mark() {
        assert_eq!(Locale::Nl.one_decimal(35.355), "35,4");
        assert_eq!(Locale::En.one_decimal(35.355), "35.4");
        assert_eq!(Locale::Nl.one_decimal(0.0), "0,0");
        assert_eq!(Locale::Fr.one_decimal(12.25), "12,2");
    }

    #[test]
    fn long_dates_read_as_the_browser_writes_them() {
        assert_eq!(Locale::Nl.long_date(30, 11, 2026), "30 november 2026");
        assert_eq!(Locale::Fr.long_date(1, 8, 2026), "1 août 2026");
        assert_eq!(Locale::Fr.long_date(9, 2, 2027), "9 février 2027");
        assert_eq!(Locale::En.long_date(3, 1, 2027), "3 January 2027");
        assert_eq!(Locale::En.long_date(31, 12, 1999), "31 December 1999");
        // A month out of range (never from a Date) still writes something readable.
        assert_eq!(Locale::Nl.long_date(5, 13, 2026), "5-13-2026");
        assert_eq!(Locale::Nl.long_date(5, 0, 2026), "5-0-2026");
    }

    #[test]
    fn french_puts_a_narrow_space_before_a_semicolon() {
        assert_eq!(format!("a{}b", Locale::Fr.semicolon()), "a\u{202f}; b");
        assert_eq!(format!("a{}b", Locale::Nl.semicolon()), "a; b");
    }

    #[test]
    fn tags_parse_by_primary_language() {
        assert_eq!(Locale::from_tag("nl-BE"), Some(Locale::Nl));
        assert_eq!(Locale::from_tag("NL"), Some(Locale::Nl));
        assert_eq!(Locale::from_tag("en_GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr-BE"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("de-BE"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn negotiation_prefers_the_first_spoken_language_and_falls_back_to_english() {
        assert_eq!(Locale::negotiate(["fr-BE", "nl-BE", "en"]), Locale::Fr);
        assert_eq!(Locale::negotiate(["de", "nl-BE", "fr"]), Locale::Nl);
        assert_eq!(Locale::negotiate(["de", "en-US", "nl"]), Locale::En);
        assert_eq!(Locale::negotiate(["de-BE"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.code()), Some(locale));
        }
    }
}
