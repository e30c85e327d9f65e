//! Desirability: every style statement sets two poles side by side that sound
//! equally respectable. Three blind raters per statement (a Dutch, a Flemish and a
//! Brussels or Liège manager) rated each pole 1–5 for how good it would sound in
//! front of their board (`desirability/ratings.json`). The two poles may differ by
//! at most 1.0 on average, and the ratings must be of the texts that ship: a
//! statement rewritten since is rated again.

use klantspiegel::domain::locale::Locale;
use klantspiegel::domain::questionnaire::current;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Rating {
    rater: String,
    first_pole: u8,
    second_pole: u8,
}

#[derive(Deserialize)]
struct Rated {
    text_nl: String,
    poles_nl: [String; 2],
    ratings: Vec<Rating>,
}

#[derive(Deserialize)]
struct Ratings {
    statements: BTreeMap<String, Rated>,
}

#[test]
fn the_poles_of_every_statement_sound_equally_respectable() {
    let q = current();
    let file: Ratings = serde_json::from_str(include_str!("desirability/ratings.json")).unwrap();
    assert_eq!(file.statements.len(), q.style_items.len());
    for item in &q.style_items {
        let rated = file
            .statements
            .get(&item.id)
            .unwrap_or_else(|| panic!("{} has no ratings", item.id));
        assert_eq!(
            rated.text_nl,
            item.text.get(Locale::Nl),
            "{} was rewritten: rate it again",
            item.id
        );
        for (pole, text) in item.poles.iter().zip(&rated.poles_nl) {
            assert_eq!(
                text,
                pole.get(Locale::Nl),
                "{} was rewritten: rate it again",
                item.id
            );
        }
        assert_eq!(rated.ratings.len(), 3, "{}: three raters", item.id);
        let mut raters: Vec<&str> = rated.ratings.iter().map(|r| r.rater.as_str()).collect();
        raters.dedup();
        assert_eq!(raters.len(), 3, "{}: three different raters", item.id);
        let mean = |pick: fn(&Rating) -> u8| {
            rated
                .ratings
                .iter()
                .map(|r| f64::from(pick(r)))
                .sum::<f64>()
                / 3.0
        };
        let (first, second) = (mean(|r| r.first_pole), mean(|r| r.second_pole));
        println!("{}: {first:.2} / {second:.2}", item.id);
        assert!(
            (first - second).abs() <= 1.0 + 1e-9,
            "{}: poles rated {first:.2} and {second:.2}",
            item.id
        );
    }
}
