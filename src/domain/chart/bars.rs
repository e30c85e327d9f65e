//! The per-dimension bar chart.

use super::{font, with_accessible_name, ChartError, ACCENT, GRID, INK};
use crate::domain::scoring::scores::shown;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar: a label and a value from 0 to 100.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
}

/// A horizontal bar chart on a 0–100 scale, with its accessible name and description.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub description: String,
    pub bars: Vec<Bar>,
}

// Labels sit above their bars, so the chart stays readable when a phone scales it down.
const WIDTH: u32 = 480;
const LEFT: i32 = 8;
const RIGHT_MARGIN: i32 = 48;
const TOP: i32 = 30;
const LABEL: i32 = 24;
const BAR: i32 = 20;
const ROW: i32 = LABEL + BAR + 12;

/// Draws the chart. Values outside 0–100 are clamped; labels are escaped.
pub fn bar_chart(chart: &BarChart) -> Result<String, ChartError> {
    let rows = i32::try_from(chart.bars.len().clamp(1, 1000)).unwrap_or(1000);
    let height = TOP + rows * ROW + 12;
    let plot_width = WIDTH as i32 - LEFT - RIGHT_MARGIN;
    let x_of = |value: f64| LEFT + (value.clamp(0.0, 100.0) / 100.0 * f64::from(plot_width)) as i32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height as u32)).into_drawing_area();
        root.fill(&WHITE)?;
        let text = font(15.0).color(&INK);
        let small = font(13.0).color(&INK);
        for tick in [0, 25, 50, 75, 100] {
            let x = x_of(f64::from(tick));
            root.draw(&PathElement::new(
                vec![(x, TOP - 4), (x, height - 12)],
                GRID,
            ))?;
            let style = small.clone().pos(Pos::new(HPos::Center, VPos::Bottom));
            root.draw(&Text::new(tick.to_string(), (x, TOP - 8), style))?;
        }
        for (i, bar) in chart.bars.iter().enumerate() {
            let top = TOP + i as i32 * ROW + 6;
            let label = text.clone().pos(Pos::new(HPos::Left, VPos::Top));
            root.draw(&Text::new(bar.label.clone(), (LEFT, top), label))?;
            let y = top + LABEL;
            let end = x_of(bar.value).max(LEFT + 2);
            root.draw(&Rectangle::new(
                [(LEFT, y), (end, y + BAR)],
                ACCENT.filled(),
            ))?;
            let value = text.clone().pos(Pos::new(HPos::Left, VPos::Center));
            root.draw(&Text::new(
                shown(bar.value).to_string(),
                (end + 6, y + BAR / 2),
                value,
            ))?;
        }
        root.present()?;
    }
    Ok(with_accessible_name(&svg, &chart.title, &chart.description))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(bars: Vec<Bar>) -> BarChart {
        BarChart {
            title: "Scores <per> dimension".into(),
            description: "Vision: 50 & more".into(),
            bars,
        }
    }

    #[test]
    fn renders_an_accessible_svg_with_a_bar_per_value() {
        let svg = bar_chart(&chart(vec![
            Bar {
                label: "Vision".into(),
                value: 50.0,
            },
            Bar {
                label: "Journeys".into(),
                value: 100.0,
            },
        ]))
        .unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r#"role="img"><title>Scores &lt;per&gt; dimension</title><desc>Vision: 50 &amp; more</desc>"#));
        assert!(svg.contains(">\nVision\n</text>") && svg.contains(">\nJourneys\n</text>"));
        assert_eq!(
            svg.matches("<rect").count(),
            3,
            "background plus one rect per bar"
        );
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn user_text_is_escaped_and_values_are_clamped() {
        let svg = bar_chart(&chart(vec![Bar {
            label: "<script>alert(1)</script>".into(),
            value: 250.0,
        }]))
        .unwrap();
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains(">\n100\n</text>"));
    }

    #[test]
    fn an_empty_chart_still_renders() {
        assert!(bar_chart(&chart(vec![])).unwrap().contains("</svg>"));
    }
}
