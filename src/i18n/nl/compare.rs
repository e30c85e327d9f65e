use crate::i18n::tables::compare::CompareTexts;

pub const TEXTS: CompareTexts = CompareTexts {
    compare_title: t!("Vergelijken over tijd"),
    compare_intro: t!("Zet twee evaluaties naast elkaar, bijvoorbeeld van hetzelfde bedrijf met een jaar ertussen. Kies welke de eerdere is en welke de latere."),
    need_two: t!("Om te vergelijken heeft u minstens twee evaluaties in deze browser nodig."),
    before_label: t!("Eerder"),
    after_label: t!("Later"),
    same_twice: t!("Kies twee verschillende evaluaties."),
    overall_label: t!("Totaalscore"),
    stage_label: t!("Fase"),
    profile_label: t!("Profiel"),
    table_title: t!("Per thema"),
    col_before: t!("Eerder"),
    col_after: t!("Later"),
    col_change: t!("Verschil"),
    not_answered: t!("niet ingevuld"),
    chart_title: t!("Eerder en later per thema"),
    rose_title: t!("Meest gestegen"),
    fell_title: t!("Meest gedaald"),
    none_moved: t!("Geen thema is veranderd."),
    change: |n| match n {
        0 => "gelijk".to_owned(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    },
    from_to: |before, after| format!("{before} → {after}"),
    chart_desc: |before, after| format!("Radar van de themascores: ingevuld ‘{after}’, als lijn ‘{before}’."),
};
