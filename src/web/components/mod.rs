//! Reusable pieces of the pages.

mod bar_chart;
mod language_switch;
mod question_field;
mod save_status;
mod signal_field;
mod step_list;
mod storage_notice;

pub use bar_chart::BarChartFigure;
pub use language_switch::LanguageSwitch;
pub use question_field::QuestionField;
pub use save_status::SaveStatus;
pub use signal_field::SignalField;
pub use step_list::StepList;
pub use storage_notice::StorageNoticeBanner;
