use crate::i18n::tables::method::MethodTexts;

pub const TEXTS: MethodTexts = MethodTexts {
    title: t!("How Klantspiegel calculates"),
    intro: t!("Every number on the results page comes from the formulas below. There is no hidden weighting and nothing is calculated elsewhere: it all happens in your browser. Klantspiegel measures two separate things: how mature your customer focus is (the maturity scores and the stage) and how your organisation goes about it (the profile). One never stands in for the other."),
    sections: &[
        (t!("Questions and answers"), &[
            t!("The questionnaire has twelve themes of two to five questions each. For every question you choose from five described practices, from reactive (level 1) to learning (level 5). Each level is the one below plus one practice, so a level counts only when the lower ones hold too. While you answer, only the practice is shown, never a level number or stage name, so that no answer looks better than what you really do. The rule: choose the highest level that fully fits; when in doubt, the lower one."),
            t!("‘Don’t know’ counts as missing and lowers completeness. ‘Not applicable’ leaves the question out of the score. ‘Backed by customer data’ says that an answer rests on data and not only on an impression."),
        ]),
        (t!("Questions that fit your company"), &[
            t!("If you say in the intro that you serve consumers only, the questions that only make sense with business customers or resellers are set to ‘not applicable’ and marked as such. You can still answer them: they then count for B2B readiness, but never for your theme scores or stage. The country you give decides the example words where the Netherlands and Belgium differ, such as iDEAL or Bancontact and DigiD or itsme."),
        ]),
        (t!("Theme score (0–100)"), &[
            t!("Theme score = (mean level − 1) / 4 × 100. ‘Don’t know’ and ‘not applicable’ do not count."),
            t!("Example: levels 2, 4 and 3 give a mean of 3, so (3 − 1) / 4 × 100 = 50. Scores are rounded, halves up: 62.5 becomes 63."),
        ]),
        (t!("Overall score"), &[
            t!("The overall score is the mean of the theme scores that have at least one answer. So every theme counts the same, however many questions it has."),
            t!("Example: two answered themes at 75 and 25 give (75 + 25) / 2 = 50."),
        ]),
        (t!("Stage (1–5)"), &[
            t!("The stage is the highest level L for which at least 80% of the answered themes have a mean level of L or more, and no theme is below L − 1. One strong theme cannot make up for a weak one; that is why the weakest theme is always named next to the stage. We speak of customer excellence only from stage 4."),
            t!("Example: ten themes at level 4, one at 3 and one at 2. Stage 4 needs 10 of the 12 themes (83.3%) at 4, which holds, but also no theme below 3, and one theme is at 2. Stage 3 holds: 11 of the 12 themes are at 3 or more and none is below 2. The theme at level 2 is named as the weakest."),
        ]),
        (t!("Completeness and evidence"), &[
            t!("We show what share of the applicable questions got a level (completeness), and what share of those is backed by customer data (evidence). Below 70% completeness the results page says the result rests on few answers."),
            t!("Example: 20 of 46 questions with a level and 1 question ‘not applicable’ give 20 / 45 = 44%: a result with a warning."),
        ]),
        (t!("Profile: drive and grounding"), &[
            t!("The profile comes only from the step ‘How you go about it’: ten statements, each setting two attitudes side by side that are both easy to defend and both have a price. You lean to one side, clearly or somewhat; there is no middle. On the statement’s axis, clearly the high side is worth 100, somewhat the high side 75, somewhat the low side 25, clearly the low side 0. Drive (energy and pace: how early, how fast and with how much attention, money and ambition you act on customer focus) has five statements: being early with new ways of working, acting on feedback within days, customer topics first in management meetings, a generous budget for improvements, goals that stretch. Grounding (how closely that activity is tied to evidence of need and worth) has five: fixing what goes wrong before adding something new, extending only what demonstrably works, stopping what does not deliver, plain words, ideas from what you track with customers. High drive never means ‘without evidence’ and high grounding never means ‘slow’: a company can take the high side of all ten."),
            t!("Axis = the mean of its answered statements. An axis needs at least three answered statements; until then the results say how many are still missing. No maturity answer and no signal enters the profile, and the statements never change a theme score or the stage."),
            t!("Example: three drive statements clearly on the high side and two somewhat on the low side give (100 + 100 + 100 + 25 + 25) / 5 = 70."),
            t!("Both axes split at 50 (exactly 50 counts as low). High drive and low grounding is go-ahead; low drive and high grounding deliberate; both high is balanced; both low is still exploring. An axis within 10 points of 50 (40 to 60) only leans: the result says you lean towards that profile. Within 10 points on both axes there is no clear profile yet: the point is still plotted, but no profile is named. The two styles are the Dutch and Flemish ways of working from a column (see Sources), named by what they do, not by country: a company in Ghent can be go-ahead and one in Utrecht deliberate. A profile says how you move, not how far you have come: a go-ahead company can be at stage 1 or at stage 4."),
        ]),
        (t!("Signals"), &[
            t!("Seven yes/no statements about extremes: four about overdoing it (a score as a goal in itself, extras while basic complaints stay open, jargon, new channels while the old ones fail) and three about holding back (revenue proven first, payback within a year, customer improvements cut first). They change neither the scores nor the profile: each behaviour is measured once, and the profile measures style through the statements. Each ‘yes’ gives a warning with an explanation and feeds the plan."),
        ]),
        (t!("B2B readiness"), &[
            t!("B2B readiness takes all questions of theme 11 together with the questions about partners, distributors and roles within a customer from other themes, and converts them as for a theme score. The bands are: 0–24 not yet ready, 25–49 building, 50–74 ready, 75–100 leading. It is shown first for companies that serve businesses, and on request for the others."),
            t!("Example: levels 4, 2 and 3 on B2B questions give (3 − 1) / 4 × 100 = 50: ready."),
        ]),
        (t!("Recommendations and plan"), &[
            t!("Every practice you chose is a possible step. Its priority is its weight (1 to 3: how much the practice matters for customers) × the levels still to climb (5 − your level). Foundations first: a step that needs another practice (no journey redesign before the priority journeys are chosen, no roll-out before a measured trial) waits for it, and the prerequisite inherits the higher priority. Ties are broken, in this order, by: what your ‘yes’ signals ask for, the behaviour your answers to the statements put lowest, the weaker theme, the lower level."),
            t!("The three steps never share a theme or a kind of action, and one place is kept for the step your profile needs: grounding for the go-ahead, drive for the deliberate, foundations for those still exploring, your weakest theme for a balanced company or one without a clear profile yet. Each step names an owner (in a company of under 50 people, whoever does that job there), what is delivered and a measure with its baseline, 90-day target and source. The 90-day plan puts the three steps at day 30, 60 and 90 at the latest, a prerequisite before what builds on it, with one action for its owner for each of the first two signals you answered ‘yes’, by day 60 and 90. The plan downloads as a spreadsheet and as a calendar file; the dates count from the day you download it."),
            t!("Example: a weight-3 practice at level 3 (3 × 2 = 6) comes before a weight-1 practice at level 1 (1 × 4 = 4)."),
        ]),
        (t!("Sources, and what is a design choice"), &[
            t!("The themes draw on what the common customer-excellence models share: Forrester’s CX maturity work, the Qualtrics XM Institute’s experience-management competencies and maturity stages, KPMG’s Six Pillars of experience excellence, the EFQM Model, the work of the Klantenservice Federatie on customer service in the Netherlands, and the CustomerFirst column ‘Customer excellence over de grenzen heen’ (‘across borders’; Els Dhaeze, 2017) on Dutch and Flemish customer focus, from which the profiles take their names."),
            t!("The thresholds are design choices, not validated norms: the 80% rule and the L − 1 floor of the stage, the split at 50, the band of 10 points within which a profile only leans, three statements per axis, the practice weights, the band edges of B2B readiness and the 70% completeness warning. Klantspiegel is a structured self-assessment, not a validated psychometric instrument. How we tested it: a reader who had not seen the scoring or the formulas answered the statements on behalf of companies of every profile, described in plain language, some far along, some just starting. At most one ended up outside its intended profile. Changing a maturity answer never moves the profile."),
        ]),
        (t!("Privacy"), &[
            t!("Your answers stay in this browser. Klantspiegel sends nothing to a server, uses no cookies or analytics and loads nothing from other websites. Only what you share yourself leaves your computer; notes never go into a shared link."),
        ]),
    ],
    themes_title: t!("The twelve themes"),
    themes_intro: t!("What each theme is about:"),
    back: t!("Back"),
};
