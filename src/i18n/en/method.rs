use crate::i18n::tables::method::MethodTexts;

pub const TEXTS: MethodTexts = MethodTexts {
    title: t!("How Klantspiegel calculates"),
    intro: t!("Every number on the results page comes from the formulas below. There is no hidden weighting and nothing is calculated elsewhere: it all happens in your browser. Klantspiegel measures two separate things: how far your customer focus is (the maturity scores and the stage) and how your organisation goes about it (the profile). One never stands in for the other."),
    sections: &[
        (t!("Questions and answers"), &[
            t!("The questionnaire has eleven themes of three to five questions each. For every question you choose from five described practices, from reactive (level 1) to learning (level 5). While you answer, only the practice is shown, never a level number or stage name, so that no answer looks better than what you really do. The rule: choose the highest level that fully fits; when in doubt, the lower one."),
            t!("‘Don't know’ counts as missing and lowers completeness. ‘Not applicable’ leaves the question out of the score. ‘Backed by customer data’ says that an answer rests on data and not only on an impression."),
        ]),
        (t!("Questions that fit your company"), &[
            t!("If you say in the intro that you serve consumers only, the questions that only make sense with business customers or resellers are set to ‘not applicable’ and marked as such. You can still answer them: they then count for B2B readiness, but never for your theme scores or stage. The country you give decides the example words where the Netherlands and Belgium differ, such as iDEAL or Bancontact and DigiD or itsme."),
        ]),
        (t!("Theme score (0–100)"), &[
            t!("Theme score = (mean level − 1) / 4 × 100. Only questions answered with a level count."),
            t!("Example: levels 2, 4 and 3 give a mean of 3, so (3 − 1) / 4 × 100 = 50. Scores are rounded, halves up: 62.5 becomes 63."),
        ]),
        (t!("Overall score"), &[
            t!("The overall score is the mean of the theme scores that have at least one answer. So every theme counts the same, however many questions it has."),
            t!("Example: two answered themes at 75 and 25 give (75 + 25) / 2 = 50."),
        ]),
        (t!("Stage (1–5)"), &[
            t!("The stage is the highest level L for which at least 80% of the answered themes have a mean level of L or more, and no theme is below L − 1. One strong theme cannot make up for a weak one; that is why the weakest theme is always named next to the stage. Only from stage 4 on do we speak of customer excellence."),
            t!("Example: nine themes at level 4, one at 3 and one at 2. Stage 4 needs 9 of the 11 themes (81.8%) at 4, which holds, but also no theme below 3, and one theme is at 2. Stage 3 holds: 10 of the 11 themes are at 3 or more and none is below 2. The theme at level 2 is named as the weakest."),
        ]),
        (t!("Completeness and evidence"), &[
            t!("We show which share of the applicable questions got a level (completeness), and which share of those is backed by customer data (evidence). Below 70% completeness the results page says the result rests on few answers."),
            t!("Example: 20 of 45 questions with a level and 1 question ‘not applicable’ give 20 / 44 = 45%: a result with a warning."),
        ]),
        (t!("Profile: drive and grounding"), &[
            t!("The profile comes from the step ‘How you go about it’: nine statements with three behaviours each, one at either end and one in the middle. Neither end is better. Each behaviour is worth 0, 50 or 100 on one axis. Drive (how eagerly you act on customer focus) has five statements: pace of taking up new practices, trying before the case is proven, how fast feedback becomes action, belief that it pays, time horizon. Grounding (how closely that is tied to evidence of need and worth) has four: the words you use, basics or surprise, the evidence a decision needs, working out what it is worth."),
            t!("Axis = 0.7 × the mean of its answered statements + 0.3 × the mean score of three themes that inform it (drive: themes 3, 4 and 8; grounding: themes 5, 6 and 11), minus 10 for every signal of its side answered ‘yes’ (holding back lowers drive, overdoing it lowers grounding), within 0 and 100. Without theme scores the statements count alone. An axis needs at least two answered statements; maturity alone never makes a profile. The statements never change a theme score or the stage."),
            t!("Example: statements at 80 and themes at 25 give drive 0.7 × 80 + 0.3 × 25 = 63.5; two holding-back signals make it 63.5 − 2 × 10 = 43.5, which is low."),
            t!("Both axes split at 50. High drive and low grounding is the Dutch enthusiast; low drive and high grounding the Flemish follower; both high is balanced; both low the starter. The names are playful labels from the Dutch–Flemish debate, not claims about nationality. A profile says how you move, not how far you are: a Dutch enthusiast can be at stage 2 or at stage 4."),
        ]),
        (t!("Signals"), &[
            t!("Eight yes/no statements about excess: four about overdoing it (a score as a goal in itself, extras while basic complaints stay open, jargon, new channels while the old ones fail) and four about holding back (waiting for competitors, revenue first, complaints never analysed, payback within the year). They never change a score; each ‘yes’ moves the profile, gives a warning with an explanation and feeds the plan. No signal repeats a question, so nothing is counted twice."),
        ]),
        (t!("B2B readiness"), &[
            t!("B2B readiness takes all questions of theme 10 together with the questions about partners, distributors and roles within a customer from other themes, and converts them as for a theme score. The bands are: 0–24 not yet ready, 25–49 building, 50–74 ready, 75–100 leading. It is shown first for companies that serve businesses, and on request for the others."),
            t!("Example: levels 4, 2 and 3 on B2B questions give (3 − 1) / 4 × 100 = 50: ready."),
        ]),
        (t!("Recommendations and plan"), &[
            t!("Every practice you answered with a level is a possible step. Its priority is its weight (1 to 3: how much the practice matters for customers) × the levels still to climb (5 − your level). The three highest come first, at most one per theme, so no two steps say nearly the same. Where your profile points (grounding themes for the enthusiast, drive themes for the follower, vision and leadership for the starter) adds half a point: it only breaks ties. Where nothing is left to climb, the ‘keep learning’ steps of the weightiest practices fill in."),
            t!("Each step names an owner, a deliverable and a success measure. The 90-day plan takes, in turn: the first step, the first signal you answered ‘yes’, the second step, your profile's first move, the third step; a text already taken is skipped."),
            t!("Example: a weight-3 practice at level 3 (3 × 2 = 6) comes before a weight-1 practice at level 1 (1 × 4 = 4)."),
        ]),
        (t!("Sources, and what is a design choice"), &[
            t!("The themes draw on what the common customer-excellence models share: Forrester's CX maturity work, the Qualtrics XM Institute's experience-management competencies and maturity stages, KPMG's Six Pillars of experience excellence, the EFQM Model, the work of the Klantenservice Federatie on customer service in the Netherlands, and the CustomerFirst column ‘Customer excellence over de grenzen heen’ (Els Dhaeze, 2017) on Dutch and Flemish customer focus, from which the profiles take their names."),
            t!("The thresholds are design choices, not validated norms: the 80% rule and the L − 1 floor of the stage, the split at 50, the 0.7 and 0.3 weights of the profile, 10 points per signal, the practice weights, the band edges of B2B readiness and the 70% completeness warning. Klantspiegel is a structured self-assessment, not a validated psychometric instrument. What is tested: eight companies described in plain words after the column, answered by a reader who had not seen the formulas, each land in the profile they were written for."),
        ]),
        (t!("Privacy"), &[
            t!("Your answers stay in this browser. Klantspiegel sends nothing to a server, uses no cookies or analytics and loads nothing from other websites. Only what you share yourself leaves your computer; notes never go into a shared link."),
        ]),
    ],
    themes_title: t!("The eleven themes"),
    themes_intro: t!("What each theme is about:"),
    back: t!("Back"),
};
