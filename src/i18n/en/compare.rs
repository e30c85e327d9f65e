use crate::i18n::tables::compare::CompareTexts;

pub const TEXTS: CompareTexts = CompareTexts {
    compare_title: t!("Compare over time"),
    compare_intro: t!("Put two assessments side by side, for example of the same company a year apart. Choose which is the earlier one and which the later."),
    need_two: t!("To compare, you need at least two assessments in this browser."),
    before_label: t!("Before"),
    after_label: t!("After"),
    same_twice: t!("Choose two different assessments."),
    overall_label: t!("Overall score"),
    stage_label: t!("Stage"),
    profile_label: t!("Profile"),
    table_title: t!("Per theme"),
    col_before: t!("Before"),
    col_after: t!("After"),
    col_change: t!("Change"),
    not_answered: t!("not answered"),
    chart_title: t!("Before and after per theme"),
    rose_title: t!("Rose most"),
    fell_title: t!("Fell most"),
    none_moved: t!("No theme changed."),
    change: |n| match n {
        0 => "no change".to_owned(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    },
    from_to: |before, after| format!("{before} → {after}"),
    chart_desc: |before, after| format!("Radar of the theme scores: ‘{after}’ filled, ‘{before}’ as a line."),
};
