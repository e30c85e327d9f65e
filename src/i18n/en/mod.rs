//! Every text in English: one file per table.

language!(crate::domain::locale::Locale::En);
