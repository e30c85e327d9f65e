//! Any text given to the share decoder (directly, or after the link clean-up)
//! gives a result or an error, never a panic; whatever decodes encodes back to
//! the very same payload.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../checks.rs");

fuzz_target!(|data: &[u8]| check_share(data));
