use super::method::MethodTexts;

pub static NL: MethodTexts = MethodTexts {
    title: "Hoe Klantspiegel rekent",
    intro: "Elke score op de resultatenpagina komt uit de formules hieronder. Er is geen verborgen weging en niets wordt ergens anders berekend: alles gebeurt in uw browser.",
    sections: &[
        ("Vragen en antwoorden", &[
            "De vragenlijst heeft elf thema's met elk drie tot vijf vragen. Bij elke vraag kiest u uit vijf beschreven niveaus: 1 reactief, 2 bewust, 3 gestructureerd, 4 geïntegreerd en 5 lerend. Elk niveau beschrijft wat een organisatie concreet doet, niet of u het ergens mee eens bent.",
            "'Weet ik niet' telt als ontbrekend en verlaagt de betrouwbaarheid. 'Niet van toepassing' laat de vraag buiten de score. Met 'onderbouwd met klantdata' geeft u aan dat een antwoord op gegevens steunt en niet alleen op een indruk.",
        ]),
        ("Themascore (0–100)", &[
            "Themascore = (gemiddeld niveau − 1) / 4 × 100. Alleen vragen met een niveau tellen mee.",
            "Voorbeeld: niveaus 2, 4 en 3 geven een gemiddelde van 3, dus (3 − 1) / 4 × 100 = 50. Scores worden afgerond, een half naar boven: 62,5 wordt 63.",
        ]),
        ("Totaalscore", &[
            "De totaalscore is het gemiddelde van de themascores die minstens één antwoord hebben. Zo weegt elk thema even zwaar, hoeveel vragen het ook heeft.",
            "Voorbeeld: twee beantwoorde thema's met 75 en 25 geven (75 + 25) / 2 = 50.",
        ]),
        ("Fase (1–5)", &[
            "De fase is het hoogste niveau L waarvoor minstens 80% van de beantwoorde thema's een gemiddeld niveau van L of hoger heeft, en geen enkel thema lager zit dan L − 1. Een sterk thema kan een zwak thema dus niet goedmaken; daarom staat het zwakste thema altijd naast de fase.",
            "Voorbeeld: negen thema's op niveau 4, één op 3 en één op 2. Fase 4 vraagt dat 9 van de 11 thema's (81,8%) op 4 zitten, wat lukt, maar ook dat geen thema onder 3 zit, en één thema zit op 2. Fase 3 lukt wel: 10 van de 11 thema's zitten op 3 of hoger en geen enkel onder 2. Het thema op niveau 2 wordt als zwakste genoemd.",
        ]),
        ("Betrouwbaarheid", &[
            "We tonen welk deel van de toepasselijke vragen een niveau kreeg en welk deel daarvan met klantdata is onderbouwd. Onder 70% zegt de resultatenpagina dat het resultaat op weinig antwoorden steunt.",
            "Voorbeeld: 20 van 41 vragen met een niveau en 1 vraag 'niet van toepassing' geeft 20 / 40 = 50%: een resultaat met een waarschuwing.",
        ]),
        ("Profiel: activiteit en onderbouwing", &[
            "Activiteit is het gemiddelde van de thema's 3 (klantinzicht en luisteren), 4 (klantreizen) en 8 (experimenteren): hoeveel er gebeurt. Onderbouwing is het gemiddelde van de thema's 5 (behoeften en verwachtingen), 6 (meten en sturen) en 11 (waarde en tijdshorizon), min 10 punten per signaal van doorschieten waarop u 'ja' antwoordde, nooit onder 0: hoe goed die activiteit vastzit aan wat klanten nodig hebben en wat het oplevert.",
            "Beide assen splitsen bij 50. Veel activiteit en weinig onderbouwing is de Hollandse enthousiasteling; weinig activiteit en veel onderbouwing de Vlaamse volger; beide hoog is gebalanceerde excellentie; beide laag de starter. De namen zijn speelse etiketten uit het Nederlands-Vlaamse debat, geen uitspraken over nationaliteit.",
            "Voorbeeld: activiteit 75 en onderbouwing 50 met twee signalen van doorschieten geeft onderbouwing 50 − 2 × 10 = 30: de Hollandse enthousiasteling.",
        ]),
        ("B2B-gereedheid", &[
            "B2B-gereedheid neemt alle vragen van thema 10 samen met de vragen over partners, distributeurs en rollen binnen een klant uit andere thema's, en rekent ze om zoals een themascore. De banden zijn: 0–24 nog niet klaar, 25–49 in opbouw, 50–74 klaar, 75–100 voorloper.",
            "Voorbeeld: niveaus 4, 2 en 3 op B2B-vragen geven (3 − 1) / 4 × 100 = 50: klaar.",
        ]),
        ("Aanbevelingen en plan", &[
            "De drie thema's met de meeste ruimte komen bovenaan. Thema's waar uw profiel naar wijst, tellen 15 punten lager mee: onderbouwing voor de enthousiasteling, activiteit voor de volger, visie en leiderschap voor de starter. Per thema tonen we de volgende stap vanaf het niveau dat u zelf koos, het laagste eerst.",
            "Het plan voor 90 dagen begint met de eerste stap van uw profiel en vult aan met de eerste stap van elk toptema. Elk 'ja' bij een signaal van doorschieten geeft een waarschuwing met uitleg.",
        ]),
        ("Waar het model op steunt", &[
            "De thema's volgen wat gangbare modellen voor klantexcellentie gemeen hebben: een klantvisie die in de strategie zit, gekozen klanten en klantreizen, luisteren met meer dan enquêtes, een score als middel en niet als doel, eerst aan behoeften en verwachtingen voldoen voor u wilt verrassen, herstel en oorzaken aanpakken, de houding van alle medewerkers, één voordeur in plaats van veel portalen, respect voor privacy, klantgerichtheid in de keten en geduld voor resultaat op langere termijn.",
        ]),
        ("Privacy", &[
            "Uw antwoorden blijven in deze browser. Klantspiegel stuurt niets naar een server, gebruikt geen cookies of analyse en laadt niets van andere websites. Alleen wat u zelf deelt, verlaat uw computer; notities komen nooit in een gedeelde link.",
        ]),
    ],
    themes_title: "De elf thema's",
    themes_intro: "Waar elk thema over gaat:",
    back: "Terug",
};
