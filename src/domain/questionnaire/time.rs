//! How long answering takes, from the words a respondent reads in their language:
//! each question with its five levels, each statement with its two poles, each
//! signal. Careful reading runs at about 200 words a minute; choosing between
//! levels slows it to about 140. The estimate is a range, rounded to five minutes
//! for the whole and to whole minutes per step.

use super::steps::Step;
use super::Questionnaire;
use crate::domain::locale::Locale;

/// Words a minute when reading and choosing goes quickly, and when it does not.
pub const FAST_WPM: usize = 200;
pub const SLOW_WPM: usize = 140;

fn count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The words a step asks the respondent to read (the intro's few fields: none).
pub fn words(q: &Questionnaire, step: Step, locale: Locale) -> usize {
    match step {
        Step::Intro => 0,
        Step::Dimension(i) => q.dimensions.get(i).map_or(0, |d| {
            d.questions
                .iter()
                .map(|x| {
                    count(x.text.get(locale))
                        + x.levels
                            .iter()
                            .map(|l| count(l.text.get(locale)))
                            .sum::<usize>()
                })
                .sum()
        }),
        Step::Style => q
            .style_items
            .iter()
            .map(|s| {
                count(s.text.get(locale))
                    + s.poles.iter().map(|p| count(p.get(locale))).sum::<usize>()
            })
            .sum(),
        Step::Signals => q.signals.iter().map(|s| count(s.text.get(locale))).sum(),
    }
}

/// The whole questionnaire: from and to, in minutes rounded to five.
pub fn whole(q: &Questionnaire, locale: Locale) -> (usize, usize) {
    let all: usize = Step::all(q).map(|s| words(q, s, locale)).sum();
    let round5 = |minutes: usize| minutes.div_ceil(5).max(1) * 5;
    (round5(all / FAST_WPM), round5(all.div_ceil(SLOW_WPM)))
}

/// One step, in whole minutes (at least one), at the pace between the two.
pub fn step_minutes(q: &Questionnaire, step: Step, locale: Locale) -> usize {
    let pace = (FAST_WPM + SLOW_WPM) / 2;
    words(q, step, locale).div_ceil(pace).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::current;

    #[test]
    fn the_estimate_follows_the_words_of_each_language() {
        let q = current();
        for locale in Locale::ALL {
            let (low, high) = whole(q, locale);
            // About 7 000 words: 35 to 50 minutes.
            assert!(
                (30..=40).contains(&low) && (45..=60).contains(&high),
                "{locale:?} {low}–{high}"
            );
            let steps: usize = Step::all(q)
                .skip(1)
                .map(|s| step_minutes(q, s, locale))
                .sum();
            assert!(
                steps >= low && steps <= high + q.dimensions.len(),
                "{steps}"
            );
        }
        // French runs longer than Dutch, as its texts do.
        assert!(
            words(q, Step::Dimension(0), Locale::Fr) > words(q, Step::Dimension(0), Locale::Nl)
        );
        assert_eq!(words(q, Step::Intro, Locale::Nl), 0);
        assert_eq!(step_minutes(q, Step::Intro, Locale::Nl), 1);
    }
}
