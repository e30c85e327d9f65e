use super::*;
use crate::domain::answers::Level;
use crate::domain::locale::{Locale, Localized};
use crate::domain::questionnaire::current;

/// Where an answer leans on its statement's axis.
#[derive(Clone, Copy, Debug)]
enum Lean {
    HighClearly,
    HighRather,
    LowRather,
    LowClearly,
}

/// The place (0–3, first pole clearly … second pole clearly) that leans so.
fn place(item: &StyleItem, lean: Lean) -> usize {
    let toward_high = match lean {
        Lean::HighClearly => 0,
        Lean::HighRather => 1,
        Lean::LowRather => 2,
        Lean::LowClearly => 3,
    };
    if item.high_pole == 0 {
        toward_high
    } else {
        3 - toward_high
    }
}

fn answer(a: &mut Assessment, id: &str, place: usize) {
    a.set_choice(id, Level::new(place as u8 + 1).map(Choice::Level), 1);
}

/// Every statement of each axis answered with one lean.
fn leaning(drive: Lean, grounding: Lean) -> Assessment {
    let q = current();
    let mut a = Assessment::new("t".into(), 0, q);
    for item in &q.style_items {
        let lean = if item.axis == Axis::Drive {
            drive
        } else {
            grounding
        };
        answer(&mut a, &item.id, place(item, lean));
    }
    a
}

/// Every statement answered at the same place, whatever its poles.
fn same_place(places: impl Fn(usize) -> usize) -> Assessment {
    let q = current();
    let mut a = Assessment::new("t".into(), 0, q);
    for (i, item) in q.style_items.iter().enumerate() {
        answer(&mut a, &item.id, places(i));
    }
    a
}

fn profile_of(a: &Assessment) -> Option<Profile> {
    profile(current(), a)
}

#[test]
fn each_axis_has_five_statements_with_poles_in_both_orders() {
    let q = current();
    for axis in [Axis::Drive, Axis::Grounding] {
        let items: Vec<&StyleItem> = q.style_items.iter().filter(|s| s.axis == axis).collect();
        assert_eq!(items.len(), 5, "{axis:?}");
        let high_first = items.iter().filter(|s| s.high_pole == 0).count();
        // Poles in both orders, so answering the same place everywhere leans no way.
        assert!((2..=3).contains(&high_first), "{axis:?}: {high_first}");
    }
}

#[test]
fn the_four_corners() {
    use Lean::*;
    let cases = [
        (HighClearly, HighClearly, Archetype::Balanced, 100.0, 100.0),
        (LowClearly, LowClearly, Archetype::Starter, 0.0, 0.0),
        (
            HighClearly,
            LowClearly,
            Archetype::DutchEnthusiast,
            100.0,
            0.0,
        ),
        (
            LowClearly,
            HighClearly,
            Archetype::FlemishFollower,
            0.0,
            100.0,
        ),
        // "Rather" everywhere is still clear: 75 and 25 are 25 from the split.
        (HighRather, HighRather, Archetype::Balanced, 75.0, 75.0),
        (
            HighRather,
            LowRather,
            Archetype::DutchEnthusiast,
            75.0,
            25.0,
        ),
    ];
    for (d, g, archetype, drive, grounding) in cases {
        let p = profile_of(&leaning(d, g)).unwrap();
        assert_eq!(p.archetype, archetype, "{d:?} {g:?}");
        assert_eq!((p.drive.value, p.grounding.value), (drive, grounding));
        assert_eq!(p.clarity, Clarity::Clear);
        assert_eq!(p.text_id(), archetype.id());
    }
}

/// A way of answering every statement: the place for the statement at each index.
type Pattern = (&'static str, fn(usize) -> usize);

#[test]
fn the_same_place_everywhere_or_alternating_gives_no_clear_profile() {
    let patterns: [Pattern; 8] = [
        ("first pole clearly", |_| 0),
        ("first pole rather", |_| 1),
        ("second pole rather", |_| 2),
        ("second pole clearly", |_| 3),
        ("clearly, alternating", |i| if i % 2 == 0 { 0 } else { 3 }),
        ("clearly, alternating the other way", |i| {
            if i % 2 == 0 {
                3
            } else {
                0
            }
        }),
        ("rather, alternating", |i| if i % 2 == 0 { 1 } else { 2 }),
        ("rather, alternating the other way", |i| {
            if i % 2 == 0 {
                2
            } else {
                1
            }
        }),
    ];
    for (name, places) in patterns {
        let p = profile_of(&same_place(places)).unwrap();
        assert_eq!(
            p.clarity,
            Clarity::Unclear,
            "{name}: drive {}, grounding {}",
            p.drive.value,
            p.grounding.value
        );
        assert_eq!(p.text_id(), UNCLEAR_ID, "{name}: never told balanced");
    }
}

#[test]
fn hand_worked_leaning_and_clarity() {
    let q = current();
    // Drive: three clearly high and two rather low = (100 × 3 + 25 × 2) / 5 = 70.
    // Grounding: three rather high and two rather low = (75 × 3 + 25 × 2) / 5 = 55.
    let mut a = Assessment::new("t".into(), 0, q);
    for (axis, leans) in [
        (
            Axis::Drive,
            [
                Lean::HighClearly,
                Lean::HighClearly,
                Lean::HighClearly,
                Lean::LowRather,
                Lean::LowRather,
            ],
        ),
        (
            Axis::Grounding,
            [
                Lean::HighRather,
                Lean::HighRather,
                Lean::HighRather,
                Lean::LowRather,
                Lean::LowRather,
            ],
        ),
    ] {
        for (item, lean) in q.style_items.iter().filter(|s| s.axis == axis).zip(leans) {
            answer(&mut a, &item.id, place(item, lean));
        }
    }
    let p = profile_of(&a).unwrap();
    assert_eq!((p.drive.value, p.grounding.value), (70.0, 55.0));
    assert_eq!(
        (p.archetype, p.clarity),
        (Archetype::Balanced, Clarity::Leans)
    );
    assert_eq!(Clarity::of(60.0, 40.0), Clarity::Unclear);
    assert_eq!(Clarity::of(60.5, 40.0), Clarity::Leans);
    assert_eq!(Clarity::of(61.0, 39.0), Clarity::Clear);
}

#[test]
fn too_few_statements_give_no_profile_and_say_how_many_are_missing() {
    let q = current();
    let mut a = Assessment::new("t".into(), 0, q);
    for question in q.questions() {
        a.set_choice(&question.id, Level::new(5).map(Choice::Level), 1);
    }
    assert_eq!(profile_of(&a), None, "maturity alone gives no profile");
    assert_eq!(statements_missing(q, &a), 2 * MIN_STYLE_ITEMS);
    let drive: Vec<&StyleItem> = q
        .style_items
        .iter()
        .filter(|s| s.axis == Axis::Drive)
        .collect();
    let grounding: Vec<&StyleItem> = q
        .style_items
        .iter()
        .filter(|s| s.axis == Axis::Grounding)
        .collect();
    for item in drive.iter().take(3).chain(grounding.iter().take(2)) {
        answer(&mut a, &item.id, 0);
    }
    // "Can't say" does not count.
    a.set_choice(&grounding[2].id, Some(Choice::DontKnow), 1);
    assert_eq!(profile_of(&a), None);
    assert_eq!(statements_missing(q, &a), 1);
    answer(&mut a, &grounding[3].id, 3);
    assert!(profile_of(&a).is_some());
    assert_eq!(statements_missing(q, &a), 0);
}

#[test]
fn a_style_answer_outside_the_places_is_ignored() {
    let mut a = leaning(Lean::HighClearly, Lean::LowClearly);
    let q = current();
    let item = q
        .style_items
        .iter()
        .find(|s| s.axis == Axis::Drive)
        .unwrap();
    a.set_choice(&item.id, Level::new(5).map(Choice::Level), 2);
    let p = profile_of(&a).unwrap();
    assert_eq!((p.drive.value, p.drive.style_items), (100.0, 4));
}

#[test]
fn excellence_is_said_only_from_stage_four() {
    let q = current();
    let says = |text: &Localized| {
        text.all()
            .iter()
            .any(|(_, t)| t.to_lowercase().contains("excellen"))
    };
    for p in &q.profiles {
        let texts = [&p.name, &p.tagline, &p.summary]
            .into_iter()
            .chain(&p.strengths)
            .chain(&p.risks)
            .chain(&p.first_moves);
        for text in texts {
            assert!(!says(text), "profile {}: {}", p.id, text.get(Locale::En));
        }
    }
    for (i, text) in q.stage_texts.iter().enumerate() {
        assert_eq!(
            says(text),
            i >= 3,
            "stage {}: {}",
            i + 1,
            text.get(Locale::En)
        );
    }
    assert!(q.level_names.iter().all(|n| !says(n)));
}
