use crate::i18n::tables::compare::CompareTexts;

pub const TEXTS: CompareTexts = CompareTexts {
    compare_title: t!("Comparer dans le temps"),
    compare_intro: t!("Placez deux évaluations côte à côte, par exemple celles d’une même entreprise à un an d’intervalle. Indiquez laquelle est la plus ancienne et laquelle est la plus récente."),
    need_two: t!("Pour comparer, il vous faut au moins deux évaluations dans ce navigateur."),
    before_label: t!("Avant"),
    after_label: t!("Après"),
    same_twice: t!("Choisissez deux évaluations différentes."),
    overall_label: t!("Score global"),
    stage_label: t!("Stade"),
    profile_label: t!("Profil"),
    table_title: t!("Par thème"),
    col_before: t!("Avant"),
    col_after: t!("Après"),
    col_change: t!("Évolution"),
    not_answered: t!("sans réponse"),
    chart_title: t!("Avant et après, par thème"),
    rose_title: t!("Plus fortes hausses"),
    fell_title: t!("Plus fortes baisses"),
    none_moved: t!("Aucun thème n’a évolué."),
    change: |n| match n {
        0 => "inchangé".to_owned(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    },
    from_to: |before, after| format!("{before} → {after}"),
    chart_desc: |before, after| format!("Radar des scores par thème : « {after} » en surface pleine, « {before} » en ligne."),
};
