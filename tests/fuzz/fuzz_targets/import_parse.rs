//! Any file given to the import (and any text found in storage) gives assessments
//! or an error, never a panic; what is accepted writes out and reads back the same,
//! and applying it to a state keeps every id unique.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../checks.rs");

fuzz_target!(|data: &[u8]| check_import(data));
