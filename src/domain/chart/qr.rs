//! QR codes as SVG, drawn from `qrcodegen` (Project Nayuki's encoder: no
//! dependencies, no network). One path of dark modules on a white square with
//! the standard four-module quiet zone; crisp edges so phones read it from a
//! screen or from paper.

use super::escape_xml;
use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of white around the code, as the standard asks.
const QUIET: i32 = 4;
/// Screen pixels per module: phone cameras read a code from a screen reliably from
/// about this size (the page caps it at the available width).
const PIXELS_PER_MODULE: i32 = 4;
/// Small codes are still drawn this large, to be scanned across a room.
const MIN_PIXELS: i32 = 200;

/// The QR code of `text` as an SVG with `role="img"` and a `<title>`, or `None`
/// when the text is too long for any QR code. Error correction is the highest
/// level that fits without a larger code (at least "low", 7 %).
pub fn qr_svg(text: &str, title: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size();
    let side = size + 2 * QUIET;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                // A run of dark modules on this row as one rectangle.
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\" role=\"img\"><title>{}</title>\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>",
        escape_xml(title),
        px = (side * PIXELS_PER_MODULE).max(MIN_PIXELS),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_code_with_a_title_and_quiet_zone() {
        let svg = qr_svg("https://example.org/share#AbC", "Link <x>").unwrap();
        // 29 characters fit version 2 (25 modules) at the boosted level: 25 + 8.
        assert!(svg.contains("viewBox=\"0 0 33 33\""), "{svg}");
        assert!(svg.contains("width=\"200\" height=\"200\""), "{svg}");
        assert!(svg.contains("<title>Link &lt;x&gt;</title>"));
        // The finder pattern's top row starts at the quiet zone: 7 dark modules.
        assert!(svg.contains("M4 4h7v1h-7z"), "{svg}");
    }

    #[test]
    fn longer_links_make_larger_codes_and_too_long_text_gives_none() {
        let short = qr_svg("https://a.nl/#x", "t").unwrap();
        let long = qr_svg(&format!("https://a.nl/team#{}", "A".repeat(900)), "t").unwrap();
        assert!(long.len() > short.len());
        // 918 characters in byte mode at level "low" need version 21 (101 modules);
        // 4 pixels per module with the quiet zone: 109 × 4.
        assert!(
            long.contains("viewBox=\"0 0 109 109\" width=\"436\""),
            "{}",
            &long[..200]
        );
        assert!(qr_svg(&"é".repeat(3000), "t").is_none());
    }
}
