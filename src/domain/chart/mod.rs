//! Charts drawn with plotters into SVG strings: pure, so they are tested natively
//! and the web layer only places the markup. Only primitives are used (no
//! `ChartBuilder`), so no text is measured and nothing touches the DOM. Every
//! chart carries `role="img"`, a `<title>` and a `<desc>`; plotters escapes the
//! texts it draws and [`escape_xml`] the ones added here.

mod bars;
mod gauge;
mod qr;
mod quadrant;
mod radar;

pub use bars::{bar_chart, Bar, BarChart};
pub use gauge::{gauge_chart, GaugeChart};
pub use qr::qr_svg;
pub use quadrant::{quadrant_chart, QuadrantChart};
pub use radar::{radar_chart, theme_axes, RadarBand, RadarChart, RadarSeries};

use plotters::prelude::*;
use plotters::style::FontDesc;

const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
const MUTED: RGBColor = RGBColor(0x5a, 0x67, 0x73);
const GRID: RGBColor = RGBColor(0xc9, 0xd1, 0xd9);
const ACCENT: RGBColor = RGBColor(0x0b, 0x6e, 0x69);
/// Colours for reference lines, distinct from the accent and from each other.
const REFERENCE: [RGBColor; 4] = [
    RGBColor(0xb4, 0x4b, 0x00),
    RGBColor(0x3d, 0x5a, 0xa8),
    RGBColor(0x7a, 0x4e, 0x9e),
    RGBColor(0x6b, 0x6b, 0x6b),
];

#[derive(Debug, PartialEq, Eq)]
pub struct ChartError(pub String);

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// A sans-serif font of `px` CSS pixels. plotters' SVG backend writes font sizes
/// divided by 1.24, so the size asked for is scaled up by that much.
fn font(px: f64) -> FontDesc<'static> {
    ("sans-serif", px * 1.24).into_font()
}

/// A point at `radius` from `centre` in the direction `angle` (radians,
/// counter-clockwise from the right, as on paper; SVG's y axis points down).
fn polar(centre: (i32, i32), radius: f64, angle: f64) -> (i32, i32) {
    (
        centre.0 + (radius * angle.cos()).round() as i32,
        centre.1 - (radius * angle.sin()).round() as i32,
    )
}

/// Adds `role="img"`, a `<title>` and a `<desc>` right after the opening `<svg …>`.
fn with_accessible_name(svg: &str, title: &str, description: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg.to_owned();
    };
    let (open, rest) = svg.split_at(open_end);
    format!(
        "{open} role=\"img\"><title>{}</title><desc>{}</desc>{}",
        escape_xml(title),
        escape_xml(description),
        &rest[1..]
    )
}

/// Escapes text for XML content and attributes.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}
