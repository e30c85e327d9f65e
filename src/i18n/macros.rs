//! The macros that declare the text tables (`texts!`), mark a plain text (`t!`)
//! and make a language's bundle from its folder (`language!`).

/// Declares a table of texts and its `plain()`, which lists every plain text, so
/// that the checks cover each field without a hand-kept list.
macro_rules! texts {
    ($name:ident plain { $($p:ident),* $(,)? } formatted { $($f:ident: $ty:ty),* $(,)? }) => {
        #[derive(Clone)]
        pub struct $name {
            $(pub $p: &'static str,)*
            $(pub $f: $ty,)*
        }

        impl $name {
            /// Every plain text with its field name.
            pub fn plain(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($p), self.$p)),*]
            }

            /// Every plain text's field, to set, with its name.
            pub fn plain_mut(&mut self) -> Vec<(&'static str, &mut &'static str)> {
                vec![$((stringify!($p), &mut self.$p)),*]
            }
        }
    };
}

/// A plain text in a language's table. Natively (tests, checks) it is the text; in
/// the browser it is empty in the wasm and filled from that language's file when
/// the language is loaded (see `loaded`), so the wasm carries no language's words.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! t {
    ($text:literal) => {
        $text
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! t {
    ($text:literal) => {
        ""
    };
}

/// One language's bundle from the tables of its folder (one file per table): its
/// [`Texts`], its [`ReportTexts`] and its [`ToolsTexts`], each named the same in
/// every language.
macro_rules! language {
    ($locale:expr) => {
        mod common;
        mod compare;
        mod data;
        mod device;
        mod method;
        mod results;
        mod share;
        mod team;

        pub static TEXTS: $crate::i18n::Texts = $crate::i18n::Texts {
            locale: $locale,
            common: common::TEXTS,
            device: device::TEXTS,
        };

        pub static REPORT: $crate::i18n::ReportTexts = $crate::i18n::ReportTexts {
            results: results::TEXTS,
            share: share::TEXTS,
        };

        pub static TOOLS: $crate::i18n::ToolsTexts = $crate::i18n::ToolsTexts {
            compare: compare::TEXTS,
            data: data::TEXTS,
            method: method::TEXTS,
            team: team::TEXTS,
        };
    };
}
