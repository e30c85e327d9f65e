//! The radar of the dimensions, with optional reference shapes as overlays.

use super::{font, polar, with_accessible_name, ChartError, ACCENT, GRID, INK, MUTED, REFERENCE};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::{FRAC_PI_2, TAU};

/// One shape on the radar: a value 0–100 per axis, `None` where nothing is known.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RadarChart {
    pub title: String,
    pub description: String,
    /// Short axis labels (the dimension numbers), clockwise from the top.
    pub axes: Vec<String>,
    /// The company's own shape, drawn filled on top.
    pub main: RadarSeries,
    /// Reference shapes, drawn as lines underneath.
    pub references: Vec<RadarSeries>,
    /// A range per axis (such as a team's lowest and highest), drawn as a band.
    pub band: Option<RadarBand>,
}

/// The axes of a radar over the questionnaire's themes: their numbers, in order.
pub fn theme_axes(q: &crate::domain::questionnaire::Questionnaire) -> Vec<String> {
    q.dimensions.iter().map(|d| d.number.to_string()).collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct RadarBand {
    pub name: String,
    pub min: Vec<Option<f64>>,
    pub max: Vec<Option<f64>>,
}

const SIZE: i32 = 400;
const CENTRE: (i32, i32) = (SIZE / 2, SIZE / 2);
const RADIUS: f64 = 150.0;
const LEGEND_ROW: i32 = 26;

/// The runs of consecutive known values of a closed shape of `n` axes, each as the
/// axes it passes (wrapping around; the first axis again at the end when every
/// value is known): lines are drawn along them only, never to an unknown value.
pub fn known_runs(values: &[Option<f64>], n: usize) -> Vec<Vec<usize>> {
    let known = |i: usize| values.get(i % n.max(1)).copied().flatten().is_some();
    if n == 0 || !(0..n).any(known) {
        return Vec::new();
    }
    if (0..n).all(known) {
        return vec![(0..n).chain([0]).collect()];
    }
    // Start just after an unknown value, so no run is cut in two by the wrap.
    let start = (0..n).find(|&i| !known(i)).map_or(0, |i| i + 1);
    let mut runs = Vec::new();
    let mut run = Vec::new();
    for i in (start..start + n).map(|i| i % n) {
        if known(i) {
            run.push(i);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Draws the radar; values are clamped to 0–100. An unknown value is left out:
/// its axis label is greyed, no line goes to it, and the filled shape joins the
/// known values around it. A legend under it names every shape.
pub fn radar_chart(chart: &RadarChart) -> Result<String, ChartError> {
    let n = chart.axes.len().max(3);
    let angle = |i: usize| FRAC_PI_2 - TAU * i as f64 / n as f64;
    let point =
        |i: usize, value: f64| polar(CENTRE, value.clamp(0.0, 100.0) / 100.0 * RADIUS, angle(i));
    let value = |series: &RadarSeries, i: usize| series.values.get(i).copied().flatten();
    let runs = |series: &RadarSeries| -> Vec<Vec<(i32, i32)>> {
        known_runs(&series.values, n)
            .into_iter()
            .map(|run| {
                run.into_iter()
                    .map(|i| point(i, value(series, i).unwrap_or(0.0)))
                    .collect()
            })
            .collect()
    };
    let series_count =
        i32::try_from(chart.references.len()).unwrap_or(0) + 1 + i32::from(chart.band.is_some());
    let height = SIZE + series_count * LEGEND_ROW + 8;
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (SIZE as u32, height as u32)).into_drawing_area();
        root.fill(&WHITE)?;
        for ring in [25.0, 50.0, 75.0, 100.0] {
            let mut outline: Vec<(i32, i32)> = (0..n).map(|i| point(i, ring)).collect();
            outline.push(point(0, ring));
            root.draw(&PathElement::new(outline, GRID.stroke_width(1)))?;
        }
        let small = font(12.0).color(&MUTED);
        for ring in [50, 100] {
            let at = point(0, f64::from(ring));
            let style = small.clone().pos(Pos::new(HPos::Left, VPos::Center));
            root.draw(&Text::new(ring.to_string(), (at.0 + 4, at.1 + 8), style))?;
        }
        let label_font = font(15.0);
        for (i, label) in chart.axes.iter().enumerate().take(n) {
            root.draw(&PathElement::new(
                vec![CENTRE, point(i, 100.0)],
                GRID.stroke_width(1),
            ))?;
            let (dx, dy) = (angle(i).cos(), angle(i).sin());
            let h = if dx > 0.3 {
                HPos::Left
            } else if dx < -0.3 {
                HPos::Right
            } else {
                HPos::Center
            };
            let v = if dy > 0.3 {
                VPos::Bottom
            } else if dy < -0.3 {
                VPos::Top
            } else {
                VPos::Center
            };
            let known = chart.main.values.get(i).copied().flatten().is_some();
            let colour = if known { INK } else { MUTED };
            let style = label_font.clone().color(&colour).pos(Pos::new(h, v));
            root.draw(&Text::new(
                label.clone(),
                polar(CENTRE, RADIUS + 12.0, angle(i)),
                style,
            ))?;
        }
        if let Some(band) = &chart.band {
            // Around the highest values, then back around the lowest: one polygon
            // whose inner part is a hole.
            let at = |values: &[Option<f64>], i: usize| {
                point(i, values.get(i).copied().flatten().unwrap_or(0.0))
            };
            let mut ring: Vec<(i32, i32)> = (0..n).map(|i| at(&band.max, i)).collect();
            ring.push(at(&band.max, 0));
            ring.extend((0..n).rev().map(|i| at(&band.min, i)));
            ring.push(at(&band.min, n - 1));
            root.draw(&Polygon::new(ring, ACCENT.mix(0.18).filled()))?;
        }
        for (k, reference) in chart.references.iter().enumerate() {
            let colour = REFERENCE[k % REFERENCE.len()];
            for run in runs(reference) {
                match run.as_slice() {
                    [alone] => root.draw(&Circle::new(*alone, 3, colour.filled()))?,
                    _ => root.draw(&PathElement::new(run, colour.stroke_width(2)))?,
                }
            }
        }
        let own: Vec<(i32, i32)> = (0..n)
            .filter_map(|i| value(&chart.main, i).map(|v| point(i, v)))
            .collect();
        if own.len() >= 3 {
            root.draw(&Polygon::new(own.clone(), ACCENT.mix(0.22).filled()))?;
        }
        for run in runs(&chart.main) {
            if run.len() > 1 {
                root.draw(&PathElement::new(run, ACCENT.stroke_width(3)))?;
            }
        }
        for at in &own {
            root.draw(&Circle::new(*at, 4, ACCENT.filled()))?;
        }
        let legend = font(14.0)
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let rows = std::iter::once((&chart.main, ACCENT, 4)).chain(
            chart
                .references
                .iter()
                .enumerate()
                .map(|(k, r)| (r, REFERENCE[k % REFERENCE.len()], 2)),
        );
        let mut y = SIZE + 8;
        for (series, colour, width) in rows {
            root.draw(&PathElement::new(
                vec![(24, y), (56, y)],
                colour.stroke_width(width),
            ))?;
            root.draw(&Text::new(series.name.clone(), (66, y), legend.clone()))?;
            y += LEGEND_ROW;
        }
        if let Some(band) = &chart.band {
            root.draw(&Rectangle::new(
                [(24, y - 8), (56, y + 8)],
                ACCENT.mix(0.18).filled(),
            ))?;
            root.draw(&Text::new(band.name.clone(), (66, y), legend.clone()))?;
        }
        root.present()?;
    }
    Ok(with_accessible_name(&svg, &chart.title, &chart.description))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: Vec<Option<f64>>, references: usize) -> RadarChart {
        RadarChart {
            title: "Radar".into(),
            description: "1: 50".into(),
            axes: (1..=values.len()).map(|i| i.to_string()).collect(),
            main: RadarSeries {
                name: "Your <company>".into(),
                values: values.clone(),
            },
            references: (0..references)
                .map(|k| RadarSeries {
                    name: format!("Reference {k}"),
                    values: vec![Some(40.0); values.len()],
                })
                .collect(),
            band: None,
        }
    }

    #[test]
    fn a_band_is_one_polygon_with_a_hole_and_a_legend_row() {
        let mut c = chart(vec![Some(50.0); 4], 0);
        c.band = Some(RadarBand {
            name: "Team range".into(),
            min: vec![Some(25.0); 4],
            max: vec![Some(100.0); 4],
        });
        let svg = radar_chart(&c).unwrap();
        assert_eq!(
            svg.matches("<polygon").count(),
            2,
            "the band and the main shape"
        );
        assert!(svg.contains("Team range"));
        // The band passes the top of the outer ring (100) and of the 25 ring.
        assert!(svg.contains("200,50") && svg.contains("200,162"), "{svg}");
    }

    #[test]
    fn draws_every_axis_shape_and_legend_row() {
        let svg = radar_chart(&chart(vec![Some(50.0), Some(100.0), None, Some(0.0)], 2)).unwrap();
        assert!(svg.contains(r#"role="img"><title>Radar</title><desc>1: 50</desc>"#));
        for label in ["1", "2", "3", "4"] {
            assert!(
                svg.contains(&format!(">\n{label}\n</text>")),
                "axis {label}"
            );
        }
        // Three known values get a dot; the unknown one does not.
        assert_eq!(svg.matches("<circle").count(), 3);
        assert_eq!(svg.matches("<polygon").count(), 1);
        assert!(svg.contains("Your &lt;company&gt;") && svg.contains("Reference 1"));
    }

    #[test]
    fn a_full_score_reaches_the_outer_ring_and_values_are_clamped() {
        // Axis 0 points straight up: 100 and 250 both land RADIUS above the centre.
        let top = polar(CENTRE, RADIUS, FRAC_PI_2);
        assert_eq!(top, (200, 50));
        let svg = radar_chart(&chart(vec![Some(250.0), Some(-5.0), Some(0.0)], 0)).unwrap();
        assert!(svg.contains(r#"<circle cx="200" cy="50""#));
        assert!(svg.contains(r#"<circle cx="200" cy="200""#));
    }

    #[test]
    fn lines_run_along_known_values_only() {
        let k = Some(50.0);
        assert_eq!(known_runs(&[k, k, k], 3), [vec![0, 1, 2, 0]]);
        assert_eq!(known_runs(&[k, k, None, k], 4), [vec![3, 0, 1]]);
        assert_eq!(known_runs(&[k, None, k, None], 4), [vec![2], vec![0]]);
        assert_eq!(known_runs(&[None, None], 2), Vec::<Vec<usize>>::new());
        assert_eq!(known_runs(&[], 0), Vec::<Vec<usize>>::new());
        // A later assessment answered on themes 1–3 of 5: no line to the centre.
        let svg = radar_chart(&chart(vec![k, k, k, None, None], 0)).unwrap();
        let shape = svg.split("<polygon").nth(1).unwrap_or_default();
        let shape = shape.split("/>").next().unwrap_or_default();
        assert!(
            !shape.contains("200,200"),
            "the shape skips the centre: {shape}"
        );
    }

    #[test]
    fn too_few_axes_still_render() {
        assert!(radar_chart(&chart(vec![], 1)).unwrap().contains("</svg>"));
    }
}
