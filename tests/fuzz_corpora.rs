//! The fuzz corpora replayed: every committed input of both fuzz targets goes
//! through the same checks as under the fuzzer, so a regression on an input that
//! once reached a new branch fails `cargo test`.

use std::fs;
use std::path::Path;

include!("fuzz/checks.rs");

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz/corpus")
        .join(target);
    let mut n = 0;
    for entry in fs::read_dir(&dir)
        .expect("the corpus is committed")
        .flatten()
    {
        let data = fs::read(entry.path()).expect("a corpus file is readable");
        check(&data);
        n += 1;
    }
    n
}

#[test]
fn the_share_decoder_corpus_still_passes() {
    assert!(replay("share_decode", check_share) >= 50);
}

#[test]
fn the_import_corpus_still_passes() {
    assert!(replay("import_parse", check_import) >= 500);
}
