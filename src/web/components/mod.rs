//! Reusable pieces of the pages.

mod backup_panel;
mod chart_figure;
mod copy_link;
mod language_switch;
mod question_field;
mod report_view;
mod result_advice;
mod result_b2b;
mod result_charts;
pub mod result_profile;
mod result_summary;
mod save_status;
mod share_panel;
mod signal_field;
mod step_list;
mod storage_notice;
mod team_report;

pub use backup_panel::BackupPanel;
pub use chart_figure::ChartFigure;
pub use copy_link::CopyLink;
pub use language_switch::LanguageSwitch;
pub use question_field::QuestionField;
pub use report_view::{serves_businesses, ReportView};
pub use result_advice::{ResultGaps, ResultPlan, ResultWarnings};
pub use result_b2b::ResultB2b;
pub use result_charts::ResultCharts;
pub use result_profile::ResultProfile;
pub use result_summary::ResultSummary;
pub use save_status::SaveStatus;
pub use share_panel::SharePanel;
pub use signal_field::SignalField;
pub use step_list::StepList;
pub use storage_notice::StorageNoticeBanner;
pub use team_report::TeamReportView;
