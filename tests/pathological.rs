//! Pathological inputs, each built here at two sizes eight times apart
//! (1 MiB and 8 MiB in release builds, 128 KiB and 1 MiB in debug builds).
//! Parsing must not panic and must give an article whose pieces rebuild the
//! normalized text; the input of line ends alone gives the empty-input
//! error at its start. How the
//! time grows from one size to the other is measured by `cargo bench`
//! (`benches/parse.rs` prints it for the same inputs), not asserted here.
//!
//! CI runs this suite in release mode too: `cargo test --release --test
//! pathological`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "util/cases.rs"]
mod cases;

use cases::{cases, repeat};

fn small() -> usize {
    if cfg!(debug_assertions) {
        128 << 10
    } else {
        1 << 20
    }
}

/// The one input that holds no article: nothing but line ends.
const NO_ARTICLE: &str = "empty lines";

/// `text` parses whole: an article that rebuilds the normalized text; or,
/// for the input of line ends alone, the empty-input error at its start.
#[track_caller]
fn assert_parses_whole(name: &str, text: &str) {
    match vn_article::parse(text) {
        Ok(article) => {
            assert_ne!(name, NO_ARTICLE, "an article read from line ends alone");
            assert!(
                article.rebuild() == vn_article::normalize(text),
                "{name}: the pieces do not rebuild the text"
            );
        }
        Err(e) => {
            assert_eq!(name, NO_ARTICLE, "{name}: {e}");
            assert_eq!(e.kind(), vn_article::ErrorKind::EmptyInput);
            assert_eq!(
                e.to_string(),
                "empty input: the text holds no article at line 1, column 1"
            );
            assert_eq!(e.offset(), 0);
        }
    }
}

#[test]
fn every_pathological_input_parses_whole_at_both_sizes() {
    let mut n = 0;
    for (name, build) in cases() {
        for size in [small(), small() * 8] {
            let text = build(size);
            assert!(text.len() >= size / 2, "{name}: {} bytes", text.len());
            assert_parses_whole(name, &text);
            n += 1;
        }
    }
    assert_eq!(n, 2 * cases().len());
    assert!(cases().iter().any(|(name, _)| *name == NO_ARTICLE));
}

#[test]
fn parse_many_and_read_many_agree_on_pathological_dumps() {
    for (name, build) in cases() {
        let text = build(small());
        let by_str: Vec<_> = vn_article::parse_many(&text)
            .map(|r| r.map(|a| a.rebuild()).map_err(|e| e.offset()))
            .collect();
        let by_reader: Vec<_> = vn_article::read_many(text.as_bytes())
            .map(|r| r.map(|a| a.rebuild()).map_err(|e| e.offset()))
            .collect();
        assert!(
            by_str == by_reader,
            "{name}: parse_many and read_many differ"
        );
    }
}

#[test]
fn a_dump_of_tiny_articles_splits_into_each() {
    let tiny = "03/04/2024 - 07:35\n\nT\n\nL.\n\nKIM XUÂN\n\n";
    for size in [small(), small() * 8] {
        let text = repeat("", tiny, size);
        let want = size.div_ceil(tiny.len());
        assert_eq!(vn_article::parse_many(&text).count(), want);
        assert_eq!(vn_article::read_many(text.as_bytes()).count(), want);
    }
}

#[test]
fn too_large_is_an_error() {
    let text = "a".repeat(vn_article::MAX_INPUT_LEN + 1);
    let err = vn_article::parse(&text).unwrap_err();
    assert_eq!(err.kind(), vn_article::ErrorKind::TooLarge);
    assert_eq!(
        err.to_string(),
        format!(
            "text too large: {} bytes, the limit is {} at line 1, column 1",
            text.len(),
            vn_article::MAX_INPUT_LEN
        )
    );
}
