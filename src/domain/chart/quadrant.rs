//! The drive × grounding quadrant with the company's point.

use super::{font, with_accessible_name, ChartError, ACCENT, GRID, INK, MUTED};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

#[derive(Clone, Debug, PartialEq)]
pub struct QuadrantChart {
    pub title: String,
    pub description: String,
    /// Horizontal axis (drive) and vertical axis (grounding) names.
    pub x_label: String,
    pub y_label: String,
    /// Quadrant names: top left, top right, bottom left, bottom right.
    pub quadrants: [String; 4],
    /// The company's (drive, grounding), each 0–100, and its label.
    pub point: Option<(f64, f64)>,
    pub point_label: String,
    /// Other points (a team's respondents): (drive, grounding, short label),
    /// drawn smaller, under the main point.
    pub others: Vec<(f64, f64, String)>,
}

/// Labels beside the small points are cut to this many characters.
const OTHER_LABEL_CHARS: usize = 14;

const WIDTH: i32 = 400;
const LEFT: i32 = 44;
const TOP: i32 = 12;
const PLOT: i32 = 340;
const HEIGHT: i32 = TOP + PLOT + 48;

fn x_of(value: f64) -> i32 {
    LEFT + (value.clamp(0.0, 100.0) / 100.0 * f64::from(PLOT)).round() as i32
}

fn y_of(value: f64) -> i32 {
    TOP + PLOT - (value.clamp(0.0, 100.0) / 100.0 * f64::from(PLOT)).round() as i32
}

/// Splits a long name into two lines at the space nearest its middle.
fn two_lines(name: &str) -> Vec<String> {
    if name.chars().count() <= 16 {
        return vec![name.to_owned()];
    }
    let middle = name.len() / 2;
    let split = name
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => vec![name[..i].to_owned(), name[i + 1..].to_owned()],
        None => vec![name.to_owned()],
    }
}

pub fn quadrant_chart(chart: &QuadrantChart) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (WIDTH as u32, HEIGHT as u32)).into_drawing_area();
        root.fill(&WHITE)?;
        let (x0, x50, x100) = (x_of(0.0), x_of(50.0), x_of(100.0));
        let (y0, y50, y100) = (y_of(0.0), y_of(50.0), y_of(100.0));
        root.draw(&Rectangle::new(
            [(x0, y100), (x100, y0)],
            GRID.stroke_width(1),
        ))?;
        root.draw(&PathElement::new(
            vec![(x50, y100), (x50, y0)],
            GRID.stroke_width(2),
        ))?;
        root.draw(&PathElement::new(
            vec![(x0, y50), (x100, y50)],
            GRID.stroke_width(2),
        ))?;
        let names = font(13.0)
            .color(&MUTED)
            .pos(Pos::new(HPos::Center, VPos::Center));
        let centres = [(25.0, 75.0), (75.0, 75.0), (25.0, 25.0), (75.0, 25.0)];
        for (name, (cx, cy)) in chart.quadrants.iter().zip(centres) {
            let lines = two_lines(name);
            let first = y_of(cy) - 9 * (i32::try_from(lines.len()).unwrap_or(1) - 1);
            for (k, line) in lines.into_iter().enumerate() {
                let y = first + 18 * i32::try_from(k).unwrap_or(0);
                root.draw(&Text::new(line, (x_of(cx), y), names.clone()))?;
            }
        }
        let ticks = font(12.0).color(&MUTED);
        for tick in [0, 50, 100] {
            let v = f64::from(tick);
            let below = ticks.clone().pos(Pos::new(HPos::Center, VPos::Top));
            root.draw(&Text::new(tick.to_string(), (x_of(v), y0 + 4), below))?;
            let left = ticks.clone().pos(Pos::new(HPos::Right, VPos::Center));
            root.draw(&Text::new(tick.to_string(), (x0 - 4, y_of(v)), left))?;
        }
        let axis = font(14.0).color(&INK);
        let x_style = axis.clone().pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(chart.x_label.clone(), (x50, y0 + 24), x_style))?;
        let y_style = axis
            .transform(FontTransform::Rotate270)
            .pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(chart.y_label.clone(), (4, y50), y_style))?;
        let small = font(12.0).color(&INK);
        let main_at = chart.point.map(|(d, g)| (x_of(d), y_of(g)));
        for (at, label) in grouped(&chart.others, &x_of, &y_of) {
            root.draw(&Circle::new(at, 6, WHITE.filled()))?;
            root.draw(&Circle::new(at, 4, MUTED.filled()))?;
            let right_half = at.0 > x_of(70.0);
            let h = if right_half { HPos::Right } else { HPos::Left };
            let dx = if right_half { -9 } else { 9 };
            // Above the point, or below it near the top edge; beside the main
            // point's label, clear of it: above when higher, below when lower.
            let near_main =
                main_at.is_some_and(|m| (m.0 - at.0).abs() < 120 && (m.1 - at.1).abs() < 20);
            let (v, dy) = match main_at.filter(|_| near_main) {
                Some(m) if at.1 <= m.1 => (VPos::Bottom, -8),
                Some(_) => (VPos::Top, 8),
                None if at.1 < y_of(90.0) => (VPos::Top, 2),
                None => (VPos::Bottom, -2),
            };
            let style = small.clone().pos(Pos::new(h, v));
            root.draw(&Text::new(label, (at.0 + dx, at.1 + dy), style))?;
        }
        if let Some((drive, grounding)) = chart.point {
            let at = (x_of(drive), y_of(grounding));
            root.draw(&Circle::new(at, 9, WHITE.filled()))?;
            root.draw(&Circle::new(at, 7, ACCENT.filled()))?;
            let right_half = drive > 70.0;
            let h = if right_half { HPos::Right } else { HPos::Left };
            let dx = if right_half { -14 } else { 14 };
            let label = font(14.0).color(&INK).pos(Pos::new(h, VPos::Center));
            root.draw(&Text::new(
                chart.point_label.clone(),
                (at.0 + dx, at.1),
                label,
            ))?;
        }
        root.present()?;
    }
    Ok(with_accessible_name(&svg, &chart.title, &chart.description))
}

/// The other points, those drawn on (nearly) the same spot as one: respondents
/// often land on the same values, and their labels would cover each other. Each
/// spot is labelled with its first two names (cut short) and how many more.
fn grouped(
    others: &[(f64, f64, String)],
    x_of: &impl Fn(f64) -> i32,
    y_of: &impl Fn(f64) -> i32,
) -> Vec<((i32, i32), String)> {
    let mut spots: Vec<((i32, i32), Vec<String>)> = Vec::new();
    for (drive, grounding, label) in others {
        let at = (x_of(*drive), y_of(*grounding));
        let name: String = label.chars().take(OTHER_LABEL_CHARS).collect();
        match spots
            .iter_mut()
            .find(|(p, _)| (p.0 - at.0).abs() <= 4 && (p.1 - at.1).abs() <= 4)
        {
            Some((_, names)) => names.push(name),
            None => spots.push((at, vec![name])),
        }
    }
    spots
        .into_iter()
        .map(|(at, names)| {
            let shown = names[..names.len().min(2)].join(", ");
            let label = match names.len() {
                0..=2 => shown,
                n => format!("{shown} +{}", n - 2),
            };
            (at, label)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(point: Option<(f64, f64)>) -> QuadrantChart {
        QuadrantChart {
            title: "Profile".into(),
            description: "Drive 75, grounding 30".into(),
            x_label: "Drive".into(),
            y_label: "Grounding".into(),
            quadrants: [
                "Flemish follower",
                "Balanced excellence",
                "Starter",
                "Dutch enthusiast",
            ]
            .map(String::from),
            point,
            point_label: "You & <us>".into(),
            others: Vec::new(),
        }
    }

    #[test]
    fn the_point_sits_where_its_scores_say() {
        let svg = quadrant_chart(&chart(Some((75.0, 30.0)))).unwrap();
        // x = 44 + 0.75 × 340 = 299; y = 12 + 340 − 0.3 × 340 = 250.
        assert!(svg.contains(r#"<circle cx="299" cy="250" r="7""#), "{svg}");
        assert!(svg.contains("You &amp; &lt;us&gt;"));
        assert!(
            svg.contains("rotate(270"),
            "the vertical axis name is turned"
        );
        assert!(svg.contains(">\nBalanced\n</text>") && svg.contains(">\nexcellence\n</text>"));
    }

    #[test]
    fn no_point_and_out_of_range_points_still_render() {
        assert_eq!(
            quadrant_chart(&chart(None))
                .unwrap()
                .matches("<circle")
                .count(),
            0
        );
        let svg = quadrant_chart(&chart(Some((140.0, -3.0)))).unwrap();
        assert!(svg.contains(r#"<circle cx="384" cy="352" r="7""#));
    }

    #[test]
    fn other_points_are_drawn_small_with_short_labels() {
        let mut c = chart(Some((50.0, 50.0)));
        c.others = vec![
            (0.0, 100.0, "1".into()),
            (100.0, 0.0, "A very long respondent name".into()),
        ];
        let svg = quadrant_chart(&c).unwrap();
        assert!(svg.contains(r#"<circle cx="44" cy="12" r="4""#), "{svg}");
        assert!(svg.contains(r#"<circle cx="384" cy="352" r="4""#));
        assert!(svg.contains("A very long re") && !svg.contains("A very long res"));
        // The team's point is drawn last, over the others.
        assert!(svg.rfind(r#"r="7""#) > svg.rfind(r#"r="4""#));
    }

    #[test]
    fn respondents_on_one_spot_share_a_point_and_a_label() {
        let mut c = chart(None);
        c.others = ["Anna", "Bert", "Chris", "Dirk"]
            .iter()
            .map(|n| (50.0, 50.0, (*n).to_owned()))
            .chain([
                (51.0, 50.0, "Eva".to_owned()),
                (0.0, 0.0, "Fleur".to_owned()),
            ])
            .collect();
        let svg = quadrant_chart(&c).unwrap();
        assert_eq!(svg.matches(r#"r="4""#).count(), 2, "{svg}");
        assert!(svg.contains("Anna, Bert +3") && svg.contains("Fleur"));
    }

    #[test]
    fn long_names_split_near_the_middle() {
        assert_eq!(
            two_lines("Gebalanceerde excellentie"),
            ["Gebalanceerde", "excellentie"]
        );
        assert_eq!(
            two_lines("Hollandse enthousiasteling"),
            ["Hollandse", "enthousiasteling"]
        );
        assert_eq!(two_lines("Starter"), ["Starter"]);
    }
}
