use crate::i18n::tables::data::DataTexts;

pub const TEXTS: DataTexts = DataTexts {
    backup_title: t!("Bewaren en verplaatsen"),
    backup_intro: t!("Uw evaluaties staan alleen in deze browser. Download af en toe een back-up: met hetzelfde bestand zet u ze terug, ook in een andere browser of op een andere computer. Een back-up bevat alle evaluaties in deze browser, inclusief notities: houd die voor uzelf. Voor het teamoverzicht van een collega stuurt u in plaats daarvan de link of ‘een bestand voor het team’ van uw resultatenpagina."),
    export_json: t!("Back-up downloaden (JSON)"),
    export_csv: t!("Downloaden als spreadsheet (CSV)"),
    import_label: t!("Back-up terugzetten (JSON-bestand)"),
    on_conflict_legend: t!("Wat gebeurt er met evaluaties die hier al staan?"),
    keep_both: t!("Beide bewaren (die uit het bestand als kopie)"),
    replace: t!("Vervangen door die uit het bestand"),
    skip: t!("Overslaan"),
    import_do: t!("Terugzetten"),
    import_error_large: t!("Dit bestand is te groot voor een back-up van Klantspiegel. Er is niets veranderd."),
    import_error_json: t!("Dit bestand is geen back-up van Klantspiegel (het is geen JSON). Er is niets veranderd."),
    import_error_export: t!("Dit bestand is geen back-up van Klantspiegel. Er is niets veranderd."),
    import_error_newer: t!("Deze back-up komt uit een nieuwere versie van Klantspiegel. Laad de pagina opnieuw om de nieuwste versie te krijgen. Er is niets veranderd."),
    import_error_invalid: t!("Deze back-up is beschadigd of aangepast en kan niet worden teruggezet. Er is niets veranderd."),
    import_nothing: t!("Dit bestand bevat geen evaluaties."),
    import_damaged: |n| if n == 1 { "1 evaluatie in dit bestand is beschadigd of bewerkt en wordt niet teruggezet.".to_owned() } else { format!("{n} evaluaties in dit bestand zijn beschadigd of bewerkt en worden niet teruggezet.") },
    import_preview: |new, here| {
        let here = match here {
            0 => String::new(),
            1 => " 1 evaluatie uit dit bestand staat al in deze browser.".to_owned(),
            n => format!(" {n} evaluaties uit dit bestand staan al in deze browser."),
        };
        match new {
            0 => format!("Dit bestand bevat geen nieuwe evaluaties.{here}"),
            1 => format!("Dit bestand bevat 1 nieuwe evaluatie.{here}"),
            n => format!("Dit bestand bevat {n} nieuwe evaluaties.{here}"),
        }
    },
    import_done: |n| if n == 1 { "1 evaluatie teruggezet.".to_owned() } else { format!("{n} evaluaties teruggezet.") },
    replace_loses: |n| if n == 1 { "Let op: 1 van deze evaluaties is in deze browser gewijzigd na het maken van dit bestand. Als u vervangt, gaan die wijzigingen verloren.".to_owned() } else { format!("Let op: {n} van deze evaluaties zijn in deze browser gewijzigd na het maken van dit bestand. Als u vervangt, gaan die wijzigingen verloren.") },
};
