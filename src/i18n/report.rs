//! The report module's tables ([`ReportTexts`]) and the tools module's
//! ([`ToolsTexts`]), each one language's, each filled from a file of its own.

use super::tables::{
    compare::CompareTexts, data::DataTexts, method::MethodTexts, results::ResultTexts,
    share::ShareTexts, team::TeamTexts,
};
use super::{fill_tables, named};

/// The tables of [`super::REPORT_TABLES`] in one language.
#[derive(Clone)]
pub struct ReportTexts {
    pub results: ResultTexts,
    pub share: ShareTexts,
}

/// The tables of [`super::TOOLS_TABLES`] in one language.
#[derive(Clone)]
pub struct ToolsTexts {
    pub compare: CompareTexts,
    pub data: DataTexts,
    pub method: MethodTexts,
    pub team: TeamTexts,
}

impl ReportTexts {
    /// Every plain text of these tables, named `table.field`.
    pub fn plain(&self) -> Vec<(String, &'static str)> {
        named(&[
            ("results", self.results.plain()),
            ("share", self.share.plain()),
        ])
    }

    /// As `Texts::fill`, for the report's tables.
    pub fn fill(&mut self, get: &dyn Fn(&str) -> Option<&'static str>) -> Result<(), String> {
        fill_tables(
            [
                ("results", self.results.plain_mut()),
                ("share", self.share.plain_mut()),
            ],
            get,
        )
    }
}

impl ToolsTexts {
    /// Every plain text of these tables, named `table.field`.
    pub fn plain(&self) -> Vec<(String, &'static str)> {
        let mut all = named(&[
            ("compare", self.compare.plain()),
            ("data", self.data.plain()),
            ("team", self.team.plain()),
        ]);
        all.extend(
            self.method
                .plain()
                .into_iter()
                .map(|(f, t)| (format!("method.{f}"), t)),
        );
        all
    }

    /// As `Texts::fill`, for the tools' tables.
    pub fn fill(&mut self, get: &dyn Fn(&str) -> Option<&'static str>) -> Result<(), String> {
        fill_tables(
            [
                ("compare", self.compare.plain_mut()),
                ("data", self.data.plain_mut()),
                ("team", self.team.plain_mut()),
            ],
            get,
        )?;
        self.method.fill(get)
    }
}
