use super::method::MethodTexts;

pub static EN: MethodTexts = MethodTexts {
    title: "How Klantspiegel calculates",
    intro: "Every score on the results page comes from the formulas below. There is no hidden weighting and nothing is calculated elsewhere: it all happens in your browser.",
    sections: &[
        ("Questions and answers", &[
            "The questionnaire has eleven themes of three to five questions each. For every question you choose from five described levels: 1 reactive, 2 aware, 3 structured, 4 integrated and 5 learning. Each level describes what an organisation concretely does, not whether you agree with something.",
            "'Don't know' counts as missing and lowers the confidence. 'Not applicable' leaves the question out of the score. 'Backed by customer data' says that an answer rests on data and not only on an impression.",
        ]),
        ("Theme score (0–100)", &[
            "Theme score = (mean level − 1) / 4 × 100. Only questions answered with a level count.",
            "Example: levels 2, 4 and 3 give a mean of 3, so (3 − 1) / 4 × 100 = 50. Scores are rounded, halves up: 62.5 becomes 63.",
        ]),
        ("Overall score", &[
            "The overall score is the mean of the theme scores that have at least one answer. So every theme weighs the same, however many questions it has.",
            "Example: two answered themes at 75 and 25 give (75 + 25) / 2 = 50.",
        ]),
        ("Stage (1–5)", &[
            "The stage is the highest level L for which at least 80% of the answered themes have a mean level of L or more, and no theme is below L − 1. One strong theme cannot make up for a weak one; that is why the weakest theme is always named next to the stage.",
            "Example: nine themes at level 4, one at 3 and one at 2. Stage 4 needs 9 of the 11 themes (81.8%) at 4, which holds, but also no theme below 3, and one theme is at 2. Stage 3 holds: 10 of the 11 themes are at 3 or more and none is below 2. The theme at level 2 is named as the weakest.",
        ]),
        ("Confidence", &[
            "We show which share of the applicable questions got a level, and which share of those is backed by customer data. Below 70% the results page says the result rests on few answers.",
            "Example: 20 of 41 questions with a level and 1 question 'not applicable' give 20 / 40 = 50%: a result with a warning.",
        ]),
        ("Profile: drive and grounding", &[
            "Drive is the mean of themes 3 (customer insight and listening), 4 (customer journeys) and 8 (experimenting): how much is happening. Grounding is the mean of themes 5 (needs and expectations), 6 (measurement and steering) and 11 (value and time horizon), minus 10 points for every sign of overdoing it answered 'yes', never below 0: how well that activity is tied to what customers need and what it is worth.",
            "Both axes split at 50. High drive and low grounding is the Dutch enthusiast; low drive and high grounding the Flemish follower; both high is balanced excellence; both low the starter. The names are playful labels from the Dutch–Flemish debate, not claims about nationality.",
            "Example: drive 75 and grounding 50 with two signs of overdoing it give grounding 50 − 2 × 10 = 30: the Dutch enthusiast.",
        ]),
        ("B2B readiness", &[
            "B2B readiness takes all questions of theme 10 together with the questions about partners, distributors and roles within a customer from other themes, and converts them as for a theme score. The bands are: 0–24 not yet ready, 25–49 building, 50–74 ready, 75–100 leading.",
            "Example: levels 4, 2 and 3 on B2B questions give (3 − 1) / 4 × 100 = 50: ready.",
        ]),
        ("Recommendations and plan", &[
            "The three themes with the most room come first. Themes your profile points at count 15 points lower: grounding for the enthusiast, drive for the follower, vision and leadership for the starter. For each theme we show the next step from the level you chose yourself, lowest first.",
            "The 90-day plan starts with your profile's first move and adds the first step of each top theme. Every 'yes' to a sign of overdoing it gives a warning with an explanation.",
        ]),
        ("What the model rests on", &[
            "The themes follow what common customer-excellence models share: a customer vision built into the strategy, chosen customers and journeys, listening with more than surveys, a score as a means and not a goal, meeting needs and expectations before trying to delight, recovery and fixing causes, the attitude of all employees, one front door instead of many portals, respect for privacy, customer focus across the chain and patience for results beyond the short term.",
        ]),
        ("Privacy", &[
            "Your answers stay in this browser. Klantspiegel sends nothing to a server, uses no cookies or analytics and loads nothing from other websites. Only what you share yourself leaves your computer; notes never go into a shared link.",
        ]),
    ],
    themes_title: "The eleven themes",
    themes_intro: "What each theme is about:",
    back: "Back",
};
