use crate::i18n::tables::data::DataTexts;

pub const TEXTS: DataTexts = DataTexts {
    backup_title: "Keep and move your data",
    backup_intro: "Your assessments live only in this browser. Download a backup now and then: with the same file you put them back, in another browser or on another computer too.",
    export_json: "Download a backup (JSON)",
    export_csv: "Download for a spreadsheet (CSV)",
    import_label: "Restore a backup (JSON file)",
    on_conflict_legend: "What about assessments that are already here?",
    keep_both: "Keep both (the one from the file as a copy)",
    replace: "Replace them with the ones from the file",
    skip: "Skip them",
    import_do: "Restore",
    import_error_large: "This file is too large to be a Klantspiegel backup. Nothing has changed.",
    import_error_json: "This file is not a Klantspiegel backup (it is not JSON). Nothing has changed.",
    import_error_export: "This file is not a Klantspiegel backup. Nothing has changed.",
    import_error_newer: "This backup comes from a newer version of Klantspiegel. Reload the page to get the latest version. Nothing has changed.",
    import_error_invalid: "This backup is damaged or was edited and cannot be restored. Nothing has changed.",
    import_nothing: "This file holds no assessments.",
    import_preview: |new, here| format!("This file holds {new} new assessment(s) and {here} that are already here."),
    import_done: |n| format!("{n} assessment(s) restored."),
};
