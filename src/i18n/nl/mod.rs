//! Every text in Dutch: one file per table.

language!(crate::domain::locale::Locale::Nl);
