//! The shell in `index.html` paints before the app has loaded, so it carries a few
//! of the app's texts as data. This check keeps them the app's own: every text the
//! shell shows exists, in every language, and equals the text the app shows.

#[cfg(test)]
mod tests {
    use crate::domain::locale::Locale;
    use crate::i18n::texts;
    use std::collections::BTreeMap;

    const INDEX: &str = include_str!("../../index.html");

    fn shell_texts() -> BTreeMap<String, BTreeMap<String, String>> {
        let start = r#"<script type="application/json" id="shell-texts">"#;
        let from = INDEX.find(start).expect("index.html has the shell texts") + start.len();
        let to = from
            + INDEX[from..]
                .find("</script>")
                .expect("the shell texts end");
        serde_json::from_str(&INDEX[from..to]).expect("the shell texts are JSON")
    }

    /// The keys the shell's markup names with `data-t` and `data-t-aria`.
    fn keys_in_markup() -> Vec<&'static str> {
        ["data-t=\"", "data-t-aria=\""]
            .iter()
            .flat_map(|attr| INDEX.match_indices(attr).map(move |(i, _)| i + attr.len()))
            .filter_map(|i| INDEX[i..].split('"').next())
            .collect()
    }

    #[test]
    fn shell_texts_are_the_apps_texts_in_every_language() {
        let shell = shell_texts();
        assert_eq!(shell.len(), Locale::ALL.len(), "one entry per language");
        for locale in Locale::ALL {
            let own = shell
                .get(locale.code())
                .expect("the language is in the shell");
            let app: BTreeMap<String, &str> = texts(locale).plain().into_iter().collect();
            for (key, text) in own {
                assert_eq!(
                    app.get(&format!("common.{key}")).copied(),
                    Some(text.as_str()),
                    "{}: shell text {key}",
                    locale.code()
                );
            }
            for key in keys_in_markup() {
                assert!(own.contains_key(key), "{}: {key} missing", locale.code());
            }
        }
        assert!(keys_in_markup().len() >= 5, "the markup names its texts");
    }
}
