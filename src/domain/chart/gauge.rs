//! A half-circle gauge from 0 to 100 in four bands, for B2B readiness.

use super::{font, polar, with_accessible_name, ChartError, ACCENT, INK, MUTED};
use crate::domain::scoring::scores::shown;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::PI;

#[derive(Clone, Debug, PartialEq)]
pub struct GaugeChart {
    pub title: String,
    pub description: String,
    /// 0–100.
    pub value: f64,
}

const WIDTH: i32 = 400;
const CENTRE: (i32, i32) = (200, 190);
const OUTER: f64 = 160.0;
const INNER: f64 = 108.0;
const HEIGHT: i32 = 250;
/// The four bands (0–25, 25–50, 50–75, 75–100), light to dark.
const BANDS: [RGBColor; 4] = [
    RGBColor(0xe3, 0xee, 0xed),
    RGBColor(0xb5, 0xd3, 0xd0),
    RGBColor(0x6f, 0xab, 0xa6),
    RGBColor(0x2f, 0x80, 0x7a),
];

/// The angle of a value: 0 on the left (π), 100 on the right (0).
fn angle(value: f64) -> f64 {
    PI * (1.0 - value.clamp(0.0, 100.0) / 100.0)
}

fn band(from: f64, to: f64) -> Vec<(i32, i32)> {
    let steps = 24;
    let at = |k: i32, r: f64| {
        polar(
            CENTRE,
            r,
            angle(from + (to - from) * f64::from(k) / f64::from(steps)),
        )
    };
    let outer = (0..=steps).map(|k| at(k, OUTER));
    let inner = (0..=steps).rev().map(|k| at(k, INNER));
    outer.chain(inner).collect()
}

pub fn gauge_chart(chart: &GaugeChart) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (WIDTH as u32, HEIGHT as u32)).into_drawing_area();
        root.fill(&WHITE)?;
        for (k, colour) in BANDS.iter().enumerate() {
            let from = 25.0 * k as f64;
            root.draw(&Polygon::new(band(from, from + 25.0), colour.filled()))?;
        }
        let ticks = font(12.0).color(&MUTED);
        for tick in [0, 25, 50, 75, 100] {
            let a = angle(f64::from(tick));
            let h = if a.cos() > 0.3 {
                HPos::Left
            } else if a.cos() < -0.3 {
                HPos::Right
            } else {
                HPos::Center
            };
            let v = if a.sin() > 0.3 {
                VPos::Bottom
            } else {
                VPos::Center
            };
            let style = ticks.clone().pos(Pos::new(h, v));
            root.draw(&Text::new(
                tick.to_string(),
                polar(CENTRE, OUTER + 8.0, a),
                style,
            ))?;
        }
        let tip = polar(CENTRE, OUTER - 4.0, angle(chart.value));
        root.draw(&PathElement::new(vec![CENTRE, tip], INK.stroke_width(4)))?;
        root.draw(&Circle::new(CENTRE, 8, INK.filled()))?;
        let value = font(30.0)
            .color(&ACCENT)
            .pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(
            shown(chart.value).to_string(),
            (CENTRE.0, CENTRE.1 + 14),
            value,
        ))?;
        root.present()?;
    }
    Ok(with_accessible_name(&svg, &chart.title, &chart.description))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gauge(value: f64) -> String {
        gauge_chart(&GaugeChart {
            title: "B2B".into(),
            description: "50 <ready>".into(),
            value,
        })
        .unwrap()
    }

    #[test]
    fn four_bands_a_needle_and_the_value() {
        let svg = gauge(50.0);
        assert_eq!(svg.matches("<polygon").count(), 4);
        assert!(svg.contains("50 &lt;ready&gt;"));
        assert!(svg.contains(">\n50\n</text>"));
        // 50 points straight up: the needle ends OUTER − 4 = 156 above the centre.
        assert!(svg.contains("200,190 200,34"), "{svg}");
    }

    #[test]
    fn the_needle_stays_on_the_dial() {
        assert!(gauge(0.0).contains("200,190 44,190"));
        assert!(gauge(180.0).contains("200,190 356,190"));
        assert!(gauge(180.0).contains(">\n100\n</text>"));
    }
}
