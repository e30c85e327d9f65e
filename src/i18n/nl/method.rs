use crate::i18n::tables::method::MethodTexts;

pub const TEXTS: MethodTexts = MethodTexts {
    title: t!("Hoe Klantspiegel rekent"),
    intro: t!("Elk getal op de resultatenpagina komt uit de formules hieronder. Er is geen verborgen weging en niets wordt elders berekend: alles gebeurt in uw browser. Klantspiegel meet twee dingen apart: hoe ver uw klantgerichtheid is (de scores en de fase) en hoe uw organisatie te werk gaat (het profiel). Het ene vervangt nooit het andere."),
    sections: &[
        (t!("Vragen en antwoorden"), &[
            t!("De vragenlijst heeft twaalf thema's met elk twee tot vijf vragen. Bij elke vraag kiest u uit vijf beschreven werkwijzen, van reactief (niveau 1) tot lerend (niveau 5). Elk niveau is het niveau eronder plus één werkwijze, dus een niveau telt alleen als de lagere niveaus ook kloppen. Tijdens het invullen ziet u alleen de werkwijze, nooit een niveaunummer of fasenaam, zodat geen antwoord beter lijkt dan wat u echt doet. De regel: kies het hoogste niveau dat volledig past; twijfelt u, kies dan het lagere."),
            t!("‘Weet ik niet’ telt als ontbrekend en verlaagt de volledigheid. ‘Niet van toepassing’ laat de vraag buiten de score. ‘Onderbouwd met klantgegevens’ zegt dat een antwoord op gegevens steunt en niet alleen op een indruk."),
        ]),
        (t!("Vragen die bij uw bedrijf passen"), &[
            t!("Zegt u in de intro dat u alleen consumenten bedient, dan staan de vragen die alleen zin hebben bij zakelijke klanten of wederverkopers op ‘niet van toepassing’, en dat ziet u erbij staan. U kunt ze toch beantwoorden: dan tellen ze mee voor de B2B-score, maar nooit voor uw themascores of fase. Het land dat u opgeeft, bepaalt de voorbeelden waar Nederland en België verschillen, zoals iDEAL of Bancontact en DigiD of itsme."),
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
            t!("Voorbeeld: tien thema's op niveau 4, één op 3 en één op 2. Fase 4 vraagt 10 van de 12 thema's (83,3%) op 4, dat klopt, maar ook geen thema onder 3, en één thema zit op 2. Fase 3 klopt wel: 11 van de 12 thema's zitten op 3 of hoger en geen enkel onder 2. Het thema op niveau 2 wordt als zwakste genoemd."),
        ]),
        (t!("Volledigheid en onderbouwing"), &[
            t!("We tonen welk deel van de vragen die van toepassing zijn een niveau kreeg (volledigheid), en welk deel daarvan onderbouwd is met klantgegevens (onderbouwing). Onder 70% volledigheid zegt de resultatenpagina dat het resultaat op weinig antwoorden steunt."),
            t!("Voorbeeld: 20 van de 46 vragen met een niveau en 1 vraag ‘niet van toepassing’ geven 20 / 45 = 44%: een resultaat met een waarschuwing."),
        ]),
        (t!("Profiel: daadkracht en onderbouwing"), &[
            t!("Het profiel komt alleen uit de stap ‘Hoe u te werk gaat’: tien stellingen die elk twee houdingen naast elkaar zetten die allebei goed te verdedigen zijn en allebei iets kosten. U kiest een kant, duidelijk of eerder; een midden is er niet. Per stelling telt ‘duidelijk’ aan de hoge kant 100 punten, ‘eerder’ aan de hoge kant 75, ‘eerder’ aan de lage kant 25 en ‘duidelijk’ aan de lage kant 0. Daadkracht (energie en tempo: hoe vroeg, hoe snel en met hoeveel aandacht, geld en ambitie u werk maakt van klantgerichtheid) heeft vijf stellingen: er vroeg bij zijn met nieuwe werkwijzen, binnen enkele dagen iets doen met feedback, klantonderwerpen bovenaan in het directieoverleg, een ruim budget voor verbeteringen, doelen die uitdagen. Onderbouwing (hoe sterk die activiteit steunt op bewijs van behoefte en waarde) heeft er ook vijf: eerst oplossen wat misgaat voordat er iets nieuws komt, alleen uitbreiden wat aantoonbaar werkt, stoppen met wat niets oplevert, gewone woorden, ideeën uit wat u bij klanten bijhoudt. Hoge daadkracht betekent nooit ‘zonder bewijs’ en hoge onderbouwing nooit ‘traag’: een bedrijf kan bij alle tien de hoge kant kiezen."),
            t!("As = het gemiddelde van de beantwoorde stellingen van die as. Een as heeft minstens drie beantwoorde stellingen nodig; tot die tijd zegt het resultaat hoeveel er nog ontbreken. Geen antwoord over hoe ver u bent en geen signaal telt mee voor het profiel, en de stellingen veranderen nooit een themascore of de fase."),
            t!("Voorbeeld: drie stellingen over daadkracht duidelijk aan de hoge kant en twee eerder aan de lage kant geven (100 + 100 + 100 + 25 + 25) / 5 = 70."),
            t!("Beide assen splitsen bij 50 (precies 50 telt als laag). Hoge daadkracht en lage onderbouwing is voortvarend; lage daadkracht en hoge onderbouwing bedachtzaam; beide hoog is in balans; beide laag is op verkenning. Ligt een as binnen 10 punten van 50 (40 tot 60), dan neigt u alleen naar dat profiel, en dat staat er ook. Binnen 10 punten op beide assen is er nog geen duidelijk profiel: het punt staat in de grafiek, maar er wordt geen profiel genoemd. De stijlen voortvarend en bedachtzaam komen uit een column over Nederlandse en Vlaamse klantgerichtheid (zie Bronnen), maar zijn genoemd naar wat ze doen, niet naar een land: een Gents bedrijf kan voortvarend zijn en een Utrechts bedachtzaam. Een profiel zegt hoe u beweegt, niet hoe ver u bent: een voortvarend bedrijf kan in fase 1 zitten of in fase 4."),
        ]),
        (t!("Signalen"), &[
            t!("Zeven ja/nee-uitspraken over uitersten: vier over doorschieten (een score als doel op zich, extraatjes terwijl basisklachten blijven liggen, jargon, nieuwe kanalen terwijl de oude haperen) en drie over afwachten (eerst de omzet bewezen zien, terugverdienen binnen een jaar, klantverbeteringen die bij besparingen als eerste sneuvelen). Ze veranderen geen enkele score en ook het profiel niet: elk gedrag wordt één keer gemeten, en het profiel meet de stijl via de stellingen. Elk ‘ja’ geeft een waarschuwing met uitleg en komt in het plan."),
        ]),
        (t!("B2B-score"), &[
            t!("De B2B-score neemt alle vragen van thema 11 samen met de vragen over partners, distributeurs en rollen binnen een klant uit andere thema's, en rekent ze om zoals een themascore. De indeling: 0–24 beperkt, 25–49 in opbouw, 50–74 stevig, 75–100 voorloper. Voor bedrijven met zakelijke klanten staat ze vooraan, voor de andere op verzoek."),
            t!("Voorbeeld: niveaus 4, 2 en 3 op B2B-vragen geven (3 − 1) / 4 × 100 = 50: stevig."),
        ]),
        (t!("Aanbevelingen en plan"), &[
            t!("Elke werkwijze die u met een niveau beantwoordde, is een mogelijke stap. De prioriteit is het gewicht (1 tot 3: hoe zwaar de werkwijze voor klanten telt) × het aantal niveaus dat nog te halen is (5 − uw niveau). Eerst het fundament. Heeft een stap een andere werkwijze nodig (geen herontwerp van een klantreis voordat de klantreizen gekozen zijn die voorrang krijgen, niets voor iedereen invoeren voordat een proef gemeten is), dan komt die werkwijze eerst, met de prioriteit van de stap die erop wacht. Bij gelijke prioriteit beslissen, in deze volgorde: wat uw ‘ja’-signalen vragen, het gedrag dat u in de stellingen het laagst scoorde, het zwakkere thema, het lagere niveau."),
            t!("De drie stappen bevatten hoogstens één stap per thema en per soort actie, en één plaats is voor een stap die bij uw profiel past: wie voortvarend is, krijgt een stap voor meer onderbouwing; wie bedachtzaam is, een stap voor meer daadkracht; wie op verkenning is, een basisstap; wie in balans is of geen duidelijk profiel heeft, een stap in het zwakste thema. Elke stap noemt wie ervoor zorgt (in een bedrijf onder de 50 mensen de rol zoals die daar heet), het resultaat en een meetpunt met vertrekpunt, doel na 90 dagen en bron. Het plan voor 90 dagen zet de drie stappen op uiterlijk dag 30, 60 en 90; wat een voorwaarde is, komt eerst. Voor de eerste twee signalen waarop u ‘ja’ antwoordde, komt er één actie bij, uiterlijk op dag 60 en dag 90. Het plan is te downloaden als spreadsheet en als agendabestand; de datums tellen vanaf de dag van downloaden."),
            t!("Voorbeeld: een werkwijze met gewicht 3 op niveau 3 (3 × 2 = 6) gaat voor een werkwijze met gewicht 1 op niveau 1 (1 × 4 = 4)."),
        ]),
        (t!("Bronnen, en wat een ontwerpkeuze is"), &[
            t!("De thema's steunen op wat de gangbare modellen voor klantexcellentie gemeen hebben: het werk van Forrester over CX-volwassenheid, de competenties en volwassenheidsfasen van het Qualtrics XM Institute, de Six Pillars of experience excellence van KPMG, het EFQM Model, het werk van de Klantenservice Federatie over klantenservice in Nederland, en de column ‘Customer excellence over de grenzen heen’ in CustomerFirst (Els Dhaeze, 2017) over Nederlandse en Vlaamse klantgerichtheid, waaraan de profielen hun namen ontlenen."),
            t!("De drempels zijn ontwerpkeuzes, geen gevalideerde normen: de 80%-regel en de ondergrens N − 1 van de fase, de splitsing bij 50, de marge van 10 punten waarbinnen een profiel alleen neigt, drie stellingen per as, de gewichten van de werkwijzen, de grenzen van de B2B-indeling en de waarschuwing onder 70% volledigheid. Klantspiegel is een gestructureerde zelfevaluatie, geen gevalideerd psychometrisch instrument. Wat wel getest is: we beschreven bedrijven in gewone woorden, van elk profiel, ver gevorderd en net begonnen. Een lezer die de puntentelling van de stellingen en de formules niet kende, vulde voor elk bedrijf Klantspiegel in. Op hoogstens één na kwam elk bedrijf uit bij het profiel waarvoor het beschreven was. En geen enkel antwoord over hoe ver u bent, verschuift het profiel."),
        ]),
        (t!("Privacy"), &[
            t!("Uw antwoorden blijven in deze browser. Klantspiegel stuurt niets naar een server, gebruikt geen cookies of analysediensten en laadt niets van andere websites. Alleen wat u zelf deelt, verlaat uw computer; notities gaan nooit mee in een gedeelde link."),
        ]),
    ],
    themes_title: t!("De twaalf thema's"),
    themes_intro: t!("Waar elk thema over gaat:"),
    back: t!("Terug"),
};
