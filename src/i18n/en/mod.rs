//! Every text in English: one file per table.

mod common;
mod compare;
mod data;
mod device;
mod method;
mod results;
mod share;
mod team;

use super::{ReportTexts, Texts};
use crate::domain::locale::Locale;

pub static TEXTS: Texts = Texts {
    locale: Locale::En,
    common: common::TEXTS,
    device: device::TEXTS,
};

pub static REPORT: ReportTexts = ReportTexts {
    compare: compare::TEXTS,
    data: data::TEXTS,
    method: method::TEXTS,
    results: results::TEXTS,
    share: share::TEXTS,
    team: team::TEXTS,
};
