//! The method page: every formula in words with a worked example, per language.
//! The examples are recomputed with the real formulas in the tests below.

#[derive(Clone)]
pub struct MethodTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// Headed sections of paragraphs; the same shape in every language.
    pub sections: &'static [(&'static str, &'static [&'static str])],
    pub themes_title: &'static str,
    pub themes_intro: &'static str,
    pub back: &'static str,
}

impl MethodTexts {
    /// Every text with a name, the sections' titles and paragraphs included
    /// (`sections.2` is the third section's title, `sections.2.0` its first paragraph).
    pub fn plain(&self) -> Vec<(String, &'static str)> {
        let mut all: Vec<(String, &'static str)> = [
            ("title", self.title),
            ("intro", self.intro),
            ("themes_title", self.themes_title),
            ("themes_intro", self.themes_intro),
            ("back", self.back),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_owned(), text))
        .collect();
        for (i, (title, paragraphs)) in self.sections.iter().enumerate() {
            all.push((format!("sections.{i}"), title));
            all.extend(
                paragraphs
                    .iter()
                    .enumerate()
                    .map(|(j, p)| (format!("sections.{i}.{j}"), *p)),
            );
        }
        all
    }

    /// Sets every text from `get`, asked for `method.` and each name `plain` lists;
    /// the sections keep their shape.
    pub fn fill(&mut self, get: &dyn Fn(&str) -> Option<&'static str>) -> Result<(), String> {
        let text = |name: &str| {
            let key = format!("method.{name}");
            get(&key).ok_or_else(|| format!("{key} is missing"))
        };
        self.title = text("title")?;
        self.intro = text("intro")?;
        self.themes_title = text("themes_title")?;
        self.themes_intro = text("themes_intro")?;
        self.back = text("back")?;
        let mut sections = Vec::with_capacity(self.sections.len());
        for (i, (_, paragraphs)) in self.sections.iter().enumerate() {
            let paragraphs = (0..paragraphs.len())
                .map(|j| text(&format!("sections.{i}.{j}")))
                .collect::<Result<Vec<_>, _>>()?;
            sections.push((text(&format!("sections.{i}"))?, &*Vec::leak(paragraphs)));
        }
        self.sections = Vec::leak(sections);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;
    use crate::domain::scoring::b2b::B2bBand;
    use crate::domain::scoring::profile::{Archetype, Clarity, SPLIT};
    use crate::domain::scoring::scores::level_mean_to_score;

    #[test]
    fn both_languages_have_the_same_sections_and_no_empty_text() {
        let (nl, en) = (
            &crate::i18n::texts(Locale::Nl).method(),
            &crate::i18n::texts(Locale::En).method(),
        );
        assert_eq!(nl.sections.len(), en.sections.len());
        for ((nl_title, nl_ps), (en_title, en_ps)) in nl.sections.iter().zip(en.sections) {
            assert_eq!(nl_ps.len(), en_ps.len(), "{nl_title} / {en_title}");
            assert!(
                nl_title != en_title || *nl_title == "Privacy",
                "{nl_title} untranslated"
            );
            for text in [*nl_title, *en_title]
                .iter()
                .chain(nl_ps.iter())
                .chain(en_ps.iter())
            {
                assert!(!text.trim().is_empty());
            }
        }
    }

    #[test]
    fn the_worked_examples_match_the_formulas() {
        // Theme score: levels 2, 4 and 3.
        assert_eq!(level_mean_to_score((2.0 + 4.0 + 3.0) / 3.0), 50.0);
        // Overall: themes at 75 and 25.
        assert_eq!((75.0 + 25.0) / 2.0, 50.0);
        // Profile: three statements clearly high, two rather low.
        let drive = (100.0 + 100.0 + 100.0 + 25.0 + 25.0) / 5.0;
        assert_eq!(drive, 70.0);
        assert_eq!(Archetype::classify(drive, 20.0), Archetype::DutchEnthusiast);
        assert_eq!(Clarity::of(drive, 20.0), Clarity::Clear);
        assert_eq!(Clarity::of(60.0, 20.0), Clarity::Leans);
        assert_eq!(Clarity::of(60.0, 40.0), Clarity::Unclear);
        assert_eq!(3.0 * 2.0, 6.0);
        assert_eq!(SPLIT, 50.0);
        // B2B: levels 4, 2 and 3.
        assert_eq!(B2bBand::of(level_mean_to_score(3.0)), B2bBand::Ready);
        for locale in Locale::ALL {
            let all: String = crate::i18n::texts(locale)
                .method()
                .sections
                .iter()
                .flat_map(|(_, ps)| ps.iter().copied())
                .collect();
            for needle in [
                "(3 − 1) / 4 × 100 = 50",
                "(75 + 25) / 2 = 50",
                "(100 + 100 + 100 + 25 + 25) / 5 = 70",
                "3 × 2 = 6",
                "83,3",
                "20 / 45",
            ] {
                let needle = if locale == Locale::En {
                    needle.replace(',', ".")
                } else {
                    needle.to_owned()
                };
                assert!(all.contains(&needle), "{} lacks {needle}", locale.code());
            }
        }
    }
}
