use crate::i18n::tables::data::DataTexts;

pub const TEXTS: DataTexts = DataTexts {
    backup_title: t!("Conserver et transférer vos données"),
    backup_intro: t!("Vos évaluations ne se trouvent que dans ce navigateur. Téléchargez de temps en temps une sauvegarde\u{a0}: ce fichier permet ensuite de les restaurer, y compris dans un autre navigateur ou sur un autre ordinateur. Une sauvegarde contient toutes les évaluations de ce navigateur, notes comprises\u{a0}: gardez-la pour vous. Si un collègue prépare une vue d’équipe, envoyez-lui plutôt le lien ou «\u{a0}un fichier pour l’équipe\u{a0}» depuis votre page de résultats."),
    export_json: t!("Télécharger une sauvegarde (JSON)"),
    export_csv: t!("Télécharger pour un tableur (CSV)"),
    import_label: t!("Restaurer une sauvegarde (fichier JSON)"),
    on_conflict_legend: t!("Que faire des évaluations déjà présentes ici\u{a0}?"),
    keep_both: t!("Conserver les deux (celle du fichier en tant que copie)"),
    replace: t!("Remplacer par celles du fichier"),
    skip: t!("Garder celles d’ici (ignorer celles du fichier)"),
    import_do: t!("Restaurer"),
    import_error_large: t!("Ce fichier est trop volumineux pour être une sauvegarde Klantspiegel. Rien n’a été modifié."),
    import_error_json: t!("Ce fichier n’est pas une sauvegarde Klantspiegel (ce n’est pas du JSON). Rien n’a été modifié."),
    import_error_export: t!("Ce fichier n’est pas une sauvegarde Klantspiegel. Rien n’a été modifié."),
    import_error_newer: t!("Cette sauvegarde provient d’une version plus récente de Klantspiegel. Rechargez la page pour obtenir la dernière version. Rien n’a été modifié."),
    import_error_invalid: t!("Cette sauvegarde est endommagée ou a été modifiée et ne peut pas être restaurée. Rien n’a été modifié."),
    import_nothing: t!("Ce fichier ne contient aucune évaluation."),
    import_damaged: |n| if n <= 1 { format!("{n} évaluation de ce fichier est endommagée ou a été modifiée\u{a0}; elle ne sera pas restaurée.") } else { format!("{n} évaluations de ce fichier sont endommagées ou ont été modifiées\u{a0}; elles ne seront pas restaurées.") },
    import_preview: |new, here| {
        let here = match here {
            0 => String::new(),
            1 => " 1 évaluation qu’il contient se trouve déjà dans ce navigateur.".to_owned(),
            n => format!(" {n} évaluations qu’il contient se trouvent déjà dans ce navigateur."),
        };
        match new {
            0 => format!("Ce fichier ne contient aucune nouvelle évaluation.{here}"),
            1 => format!("Ce fichier contient 1 nouvelle évaluation.{here}"),
            n => format!("Ce fichier contient {n} nouvelles évaluations.{here}"),
        }
    },
    import_done: |n| if n <= 1 { format!("{n} évaluation restaurée.") } else { format!("{n} évaluations restaurées.") },
    replace_loses: |n| if n <= 1 { format!("Attention\u{a0}: {n} de ces évaluations a été modifiée dans ce navigateur après la création du fichier. Si vous la remplacez, ces modifications seront perdues.") } else { format!("Attention\u{a0}: {n} de ces évaluations ont été modifiées dans ce navigateur après la création du fichier. Si vous les remplacez, ces modifications seront perdues.") },
};
