use crate::i18n::tables::data::DataTexts;

pub const TEXTS: DataTexts = DataTexts {
    backup_title: t!("Keep and move your data"),
    backup_intro: t!("Your assessments live only in this browser. Download a backup now and then: the same file restores them, even in another browser or on another computer. A backup holds every assessment in this browser, notes included: keep it to yourself. For a colleague’s team view, send the link or ‘a file for the team’ from your results page instead."),
    export_json: t!("Download a backup (JSON)"),
    export_csv: t!("Download for a spreadsheet (CSV)"),
    import_label: t!("Restore a backup (JSON file)"),
    on_conflict_legend: t!("What about assessments that are already here?"),
    keep_both: t!("Keep both (the one from the file as a copy)"),
    replace: t!("Replace them with the ones from the file"),
    skip: t!("Skip them"),
    import_do: t!("Restore"),
    import_error_large: t!("This file is too large to be a Klantspiegel backup. Nothing has changed."),
    import_error_json: t!("This file is not a Klantspiegel backup (it is not JSON). Nothing has changed."),
    import_error_export: t!("This file is not a Klantspiegel backup. Nothing has changed."),
    import_error_newer: t!("This backup comes from a newer version of Klantspiegel. Reload the page to get the latest version. Nothing has changed."),
    import_error_invalid: t!("This backup is damaged or was edited and cannot be restored. Nothing has changed."),
    import_nothing: t!("This file holds no assessments."),
    import_damaged: |n| if n == 1 { "1 assessment in this file is damaged or has been edited and will not be restored.".to_owned() } else { format!("{n} assessments in this file are damaged or have been edited and will not be restored.") },
    import_preview: |new, here| {
        let here = match here {
            0 => String::new(),
            1 => " 1 assessment in it is already in this browser.".to_owned(),
            n => format!(" {n} assessments in it are already in this browser."),
        };
        match new {
            0 => format!("This file holds no new assessments.{here}"),
            1 => format!("This file holds 1 new assessment.{here}"),
            n => format!("This file holds {n} new assessments.{here}"),
        }
    },
    import_done: |n| if n == 1 { "1 assessment restored.".to_owned() } else { format!("{n} assessments restored.") },
    replace_loses: |n| if n == 1 { "Note: 1 of these assessments was changed in this browser after the file was created. If you replace it, those changes will be lost.".to_owned() } else { format!("Note: {n} of these assessments were changed in this browser after the file was created. If you replace them, those changes will be lost.") },
};
