use crate::i18n::tables::method::MethodTexts;

pub const TEXTS: MethodTexts = MethodTexts {
    title: t!("Hoe Klantspiegel rekent"),
    intro: t!("Elk getal op de resultatenpagina komt uit de formules hieronder. Er is geen verborgen weging en niets wordt elders berekend: alles gebeurt in uw browser. Klantspiegel meet twee dingen apart: hoe ver uw klantgerichtheid is (de scores en de fase) en hoe uw organisatie te werk gaat (het profiel). Het ene staat nooit in voor het andere."),
    sections: &[
        (t!("Vragen en antwoorden"), &[
            t!("De vragenlijst heeft elf thema's met elk drie tot vijf vragen. Bij elke vraag kiest u uit vijf beschreven werkwijzen, van reactief (niveau 1) tot lerend (niveau 5). Tijdens het invullen ziet u alleen de werkwijze, nooit een niveaunummer of fasenaam, zodat geen antwoord beter lijkt dan wat u echt doet. De regel: kies het hoogste niveau dat volledig past; twijfelt u, kies dan het lagere."),
            t!("‘Weet ik niet’ telt als ontbrekend en verlaagt de volledigheid. ‘Niet van toepassing’ laat de vraag buiten de score. ‘Onderbouwd met klantdata’ zegt dat een antwoord op gegevens steunt en niet alleen op een indruk."),
        ]),
        (t!("Vragen die bij uw bedrijf passen"), &[
            t!("Zegt u in de intro dat u alleen consumenten bedient, dan staan de vragen die alleen zin hebben bij zakelijke klanten of wederverkopers op ‘niet van toepassing’, en dat ziet u erbij staan. U kunt ze toch beantwoorden: dan tellen ze mee voor de B2B-gereedheid, maar nooit voor uw themascores of fase. Het land dat u opgeeft, bepaalt de voorbeelden waar Nederland en België verschillen, zoals iDEAL of Bancontact en DigiD of itsme."),
        ]),
        (t!("Themascore (0–100)"), &[
            t!("Themascore = (gemiddeld niveau − 1) / 4 × 100. Alleen vragen met een niveau tellen mee."),
            t!("Voorbeeld: niveaus 2, 4 en 3 geven gemiddeld 3, dus (3 − 1) / 4 × 100 = 50. Scores worden afgerond, helften naar boven: 62,5 wordt 63."),
        ]),
        (t!("Totaalscore"), &[
            t!("De totaalscore is het gemiddelde van de themascores die minstens één antwoord hebben. Elk thema telt dus even zwaar, hoeveel vragen het ook heeft."),
            t!("Voorbeeld: twee beantwoorde thema's met 75 en 25 geven (75 + 25) / 2 = 50."),
        ]),
        (t!("Fase (1–5)"), &[
            t!("De fase is het hoogste niveau N waarbij minstens 80% van de beantwoorde thema's gemiddeld op N of hoger zit, en geen enkel thema onder N − 1. Eén sterk thema kan een zwak thema dus niet goedmaken; daarom staat het zwakste thema altijd naast de fase. Pas vanaf fase 4 spreken we van klantexcellentie."),
            t!("Voorbeeld: negen thema's op niveau 4, één op 3 en één op 2. Fase 4 vraagt 9 van de 11 thema's (81,8%) op 4, dat klopt, maar ook geen thema onder 3, en één thema zit op 2. Fase 3 klopt wel: 10 van de 11 thema's zitten op 3 of hoger en geen enkel onder 2. Het thema op niveau 2 wordt als zwakste genoemd."),
        ]),
        (t!("Volledigheid en onderbouwing"), &[
            t!("We tonen welk deel van de toepasselijke vragen een niveau kreeg (volledigheid), en welk deel daarvan onderbouwd is met klantdata (onderbouwing). Onder 70% volledigheid zegt de resultatenpagina dat het resultaat op weinig antwoorden steunt."),
            t!("Voorbeeld: 20 van de 45 vragen met een niveau en 1 vraag ‘niet van toepassing’ geven 20 / 44 = 45%: een resultaat met een waarschuwing."),
        ]),
        (t!("Profiel: daadkracht en onderbouwing"), &[
            t!("Het profiel komt uit de stap ‘Hoe u te werk gaat’: negen stellingen met elk drie werkwijzen, één aan elk uiteinde en één in het midden. Geen uiteinde is beter. Elke werkwijze is 0, 50 of 100 waard op één as. Daadkracht (hoe graag u werk maakt van klantgerichtheid) heeft vijf stellingen: tempo bij nieuwe werkwijzen, uitproberen voordat het bewezen is, hoe snel feedback tot actie leidt, geloof dat het loont, tijdshorizon. Onderbouwing (hoe sterk dat steunt op bewijs van behoefte en waarde) heeft er vier: de woorden die u gebruikt, basis of verrassing, het bewijs dat een beslissing nodig heeft, uitrekenen wat iets waard is."),
            t!("As = 0,7 × het gemiddelde van de beantwoorde stellingen + 0,3 × de gemiddelde score van drie thema's die de as mee bepalen (daadkracht: thema 3, 4 en 8; onderbouwing: thema 5, 6 en 11), min 10 voor elk signaal van die kant dat u met ‘ja’ beantwoordde (afwachten verlaagt de daadkracht, doorschieten de onderbouwing), binnen 0 en 100. Zonder themascores tellen de stellingen alleen. Een as heeft minstens twee beantwoorde stellingen nodig; de scores alleen geven nooit een profiel. De stellingen veranderen nooit een themascore of de fase."),
            t!("Voorbeeld: stellingen op 80 en thema's op 25 geven daadkracht 0,7 × 80 + 0,3 × 25 = 63,5; twee signalen van afwachten maken dat 63,5 − 2 × 10 = 43,5, en dat is laag."),
            t!("Beide assen splitsen bij 50. Hoge daadkracht en lage onderbouwing is de Hollandse enthousiasteling; lage daadkracht en hoge onderbouwing de Vlaamse volger; beide hoog is in balans; beide laag de starter. De namen zijn speelse etiketten uit het Nederlands-Vlaamse debat, geen uitspraken over nationaliteit. Een profiel zegt hoe u beweegt, niet hoe ver u bent: een Hollandse enthousiasteling kan in fase 2 zitten of in fase 4."),
        ]),
        (t!("Signalen"), &[
            t!("Acht ja/nee-uitspraken over uitersten: vier over doorschieten (een score als doel op zich, extraatjes terwijl basisklachten blijven liggen, jargon, nieuwe kanalen terwijl de oude haperen) en vier over afwachten (wachten op de concurrent, eerst de omzet zien, klachten die nooit geanalyseerd worden, terugverdienen binnen een jaar). Ze veranderen nooit een score; elk ‘ja’ verschuift het profiel, geeft een waarschuwing met uitleg en komt in het plan. Geen signaal herhaalt een vraag, dus niets telt dubbel."),
        ]),
        (t!("B2B-gereedheid"), &[
            t!("B2B-gereedheid neemt alle vragen van thema 10 samen met de vragen over partners, distributeurs en rollen binnen een klant uit andere thema's, en rekent ze om zoals een themascore. De banden zijn: 0–24 nog niet klaar, 25–49 in opbouw, 50–74 klaar, 75–100 voorloper. Voor bedrijven met zakelijke klanten staat ze vooraan, voor de andere op verzoek."),
            t!("Voorbeeld: niveaus 4, 2 en 3 op B2B-vragen geven (3 − 1) / 4 × 100 = 50: klaar."),
        ]),
        (t!("Aanbevelingen en plan"), &[
            t!("Elke werkwijze die u met een niveau beantwoordde, is een mogelijke stap. De prioriteit is het gewicht (1 tot 3: hoe zwaar de werkwijze voor klanten telt) × het aantal niveaus dat nog te halen is (5 − uw niveau). De drie hoogste komen eerst, hoogstens één per thema, zodat geen twee stappen bijna hetzelfde zeggen. Waar uw profiel naar wijst (onderbouwingsthema's voor de enthousiasteling, daadkrachtthema's voor de volger, visie en leiderschap voor de starter), telt een half punt extra: dat beslist alleen bij gelijke stand. Is er niets meer te halen, dan vullen de ‘blijf leren’-stappen van de zwaarste werkwijzen aan."),
            t!("Elke stap noemt een eigenaar, wat er opgeleverd moet worden en een succesmaat. Het plan voor 90 dagen neemt om beurten: de eerste stap, het eerste signaal waarop u ‘ja’ antwoordde, de tweede stap, de eerste zet van uw profiel, de derde stap; een tekst die al gekozen is, wordt overgeslagen."),
            t!("Voorbeeld: een werkwijze met gewicht 3 op niveau 3 (3 × 2 = 6) gaat voor een werkwijze met gewicht 1 op niveau 1 (1 × 4 = 4)."),
        ]),
        (t!("Bronnen, en wat een ontwerpkeuze is"), &[
            t!("De thema's steunen op wat de gangbare modellen voor klantexcellentie gemeen hebben: het werk van Forrester over CX-volwassenheid, de competenties en volwassenheidsfasen van het Qualtrics XM Institute, de Six Pillars of experience excellence van KPMG, het EFQM Model, het werk van de Klantenservice Federatie over klantenservice in Nederland, en de column ‘Customer excellence over de grenzen heen’ in CustomerFirst (Els Dhaeze, 2017) over Nederlandse en Vlaamse klantgerichtheid, waaraan de profielen hun namen ontlenen."),
            t!("De drempels zijn ontwerpkeuzes, geen gevalideerde normen: de 80%-regel en de ondergrens N − 1 van de fase, de splitsing bij 50, de gewichten 0,7 en 0,3 van het profiel, 10 punten per signaal, de gewichten van de werkwijzen, de grenzen van de B2B-banden en de waarschuwing onder 70% volledigheid. Klantspiegel is een gestructureerde zelfevaluatie, geen gevalideerd psychometrisch instrument. Wat wel getest is: acht bedrijven, in gewone woorden beschreven naar de column en ingevuld door een lezer die de formules niet kende, komen elk uit in het profiel waarvoor ze geschreven zijn."),
        ]),
        (t!("Privacy"), &[
            t!("Uw antwoorden blijven in deze browser. Klantspiegel stuurt niets naar een server, gebruikt geen cookies of analysediensten en laadt niets van andere websites. Alleen wat u zelf deelt, verlaat uw computer; notities gaan nooit mee in een gedeelde link."),
        ]),
    ],
    themes_title: t!("De elf thema's"),
    themes_intro: t!("Waar elk thema over gaat:"),
    back: t!("Terug"),
};
