//! Every text in French (Belgian business French, formal "vous"): one file per table.

language!(crate::domain::locale::Locale::Fr);
