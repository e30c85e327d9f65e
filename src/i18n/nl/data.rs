use crate::i18n::tables::data::DataTexts;

pub const TEXTS: DataTexts = DataTexts {
    backup_title: "Bewaren en verplaatsen",
    backup_intro: "Uw evaluaties staan alleen in deze browser. Download af en toe een reservekopie: met hetzelfde bestand zet u ze terug, ook in een andere browser of op een andere computer.",
    export_json: "Reservekopie downloaden (JSON)",
    export_csv: "Downloaden voor een spreadsheet (CSV)",
    import_label: "Reservekopie terugzetten (JSON-bestand)",
    on_conflict_legend: "Wat met evaluaties die hier al staan?",
    keep_both: "Beide bewaren (die uit het bestand als kopie)",
    replace: "Vervangen door die uit het bestand",
    skip: "Overslaan",
    import_do: "Terugzetten",
    import_error_large: "Dit bestand is te groot voor een reservekopie van Klantspiegel. Er is niets veranderd.",
    import_error_json: "Dit bestand is geen reservekopie van Klantspiegel (het is geen JSON). Er is niets veranderd.",
    import_error_export: "Dit bestand is geen reservekopie van Klantspiegel. Er is niets veranderd.",
    import_error_newer: "Deze reservekopie komt uit een nieuwere versie van Klantspiegel. Laad de pagina opnieuw om de nieuwste versie te krijgen. Er is niets veranderd.",
    import_error_invalid: "Deze reservekopie is beschadigd of aangepast en kan niet worden teruggezet. Er is niets veranderd.",
    import_nothing: "Dit bestand bevat geen evaluaties.",
    import_preview: |new, here| format!("Dit bestand bevat {new} nieuwe evaluatie(s) en {here} die hier al staan."),
    import_done: |n| format!("{n} evaluatie(s) teruggezet."),
};
