//! B2B readiness (0–100, four bands): how customer-centric the company is towards
//! distributors, resellers, suppliers, partners and the roles within an account.

use crate::domain::assessment::Assessment;
use crate::domain::questionnaire::{Question, Questionnaire};
use crate::domain::scoring::scores::{level_mean_to_score, mean_level, shown};

/// The dimension wholly about the chain (dimension 10).
pub const CHAIN_DIMENSION: &str = "chain";
/// The tag that marks questions bearing on B2B in other dimensions.
pub const B2B_TAG: &str = "b2b";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum B2bBand {
    /// 0–24.
    NotYet,
    /// 25–49.
    Building,
    /// 50–74.
    Ready,
    /// 75–100.
    Leading,
}

impl B2bBand {
    pub const ALL: [B2bBand; 4] = [
        B2bBand::NotYet,
        B2bBand::Building,
        B2bBand::Ready,
        B2bBand::Leading,
    ];

    /// The band of a score, judged on the score as shown, so the page never shows
    /// 25 in the band below 25.
    pub fn of(score: f64) -> B2bBand {
        match shown(score) {
            0..=24 => B2bBand::NotYet,
            25..=49 => B2bBand::Building,
            50..=74 => B2bBand::Ready,
            _ => B2bBand::Leading,
        }
    }

    /// The lowest shown score in the band.
    pub fn from_score(self) -> u32 {
        match self {
            B2bBand::NotYet => 0,
            B2bBand::Building => 25,
            B2bBand::Ready => 50,
            B2bBand::Leading => 75,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct B2bReadiness {
    pub score: f64,
    pub band: B2bBand,
    /// B2B questions answered with a level, out of `questions`.
    pub levels: usize,
    pub questions: usize,
}

/// The questions that count: all of dimension 10 and every question tagged `b2b`.
pub fn questions(q: &Questionnaire) -> impl Iterator<Item = &Question> {
    q.dimensions.iter().flat_map(|d| {
        let whole = d.id == CHAIN_DIMENSION;
        d.questions
            .iter()
            .filter(move |question| whole || question.tags.iter().any(|t| t == B2B_TAG))
    })
}

/// Readiness: the mean of the levels answered to the B2B questions, mapped to
/// 0–100 as for a dimension; `None` while none has a level.
pub fn readiness(q: &Questionnaire, a: &Assessment) -> Option<B2bReadiness> {
    let (mean, levels) = mean_level(questions(q), a)?;
    let score = level_mean_to_score(mean);
    Some(B2bReadiness {
        score,
        band: B2bBand::of(score),
        levels,
        questions: questions(q).count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{Choice, Level};
    use crate::domain::questionnaire::current;

    #[test]
    fn dimension_10_and_the_tagged_questions_count() {
        let ids: Vec<&str> = questions(current()).map(|q| q.id.as_str()).collect();
        for id in [
            "chain.intermediaries",
            "chain.suppliers",
            "chain.roles",
            "vision.chain",
            "followup.partners",
        ] {
            assert!(ids.contains(&id), "{id}");
        }
        assert!(!ids.contains(&"vision.written"));
        let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len());
    }

    #[test]
    fn hand_worked_readiness() {
        let q = current();
        let mut a = Assessment::new("t".into(), 0, q);
        assert_eq!(readiness(q, &a), None);
        let level = |n| Some(Choice::Level(Level::new(n).unwrap()));
        // Levels 4, 2 and 3 on B2B questions, 5 on a question that is not B2B:
        // mean (4 + 2 + 3) / 3 = 3, score (3 − 1) / 4 × 100 = 50: "ready".
        a.set_choice("chain.intermediaries", level(4), 1);
        a.set_choice("chain.suppliers", level(2), 1);
        a.set_choice("vision.chain", level(3), 1);
        a.set_choice("vision.written", level(5), 1);
        a.set_choice("chain.roles", Some(Choice::DontKnow), 1);
        let r = readiness(q, &a).unwrap();
        assert_eq!((r.score, r.band, r.levels), (50.0, B2bBand::Ready, 3));
        assert_eq!(r.questions, questions(q).count());
    }

    #[test]
    fn bands_follow_the_shown_score() {
        assert_eq!(B2bBand::of(0.0), B2bBand::NotYet);
        assert_eq!(B2bBand::of(24.4), B2bBand::NotYet);
        assert_eq!(B2bBand::of(24.5), B2bBand::Building);
        assert_eq!(B2bBand::of(49.9), B2bBand::Ready);
        assert_eq!(B2bBand::of(75.0), B2bBand::Leading);
        assert_eq!(B2bBand::of(100.0), B2bBand::Leading);
        for band in B2bBand::ALL {
            assert_eq!(B2bBand::of(f64::from(band.from_score())), band);
        }
    }
}
