//! Any text given to the share decoder (directly, or after the link clean-up)
//! gives a result or an error, never a panic; whatever decodes encodes back to
//! the very same payload.
#![no_main]

use klantspiegel::domain::share::{decode, encode, payload_from};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for input in [text.to_owned(), payload_from(text)] {
        if let Ok(result) = decode(&input) {
            assert_eq!(encode(&result).as_deref(), Some(input.as_str()));
        }
    }
});
