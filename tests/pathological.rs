//! Pathological inputs, each built here at two sizes eight times apart
//! (1 MiB and 8 MiB in release builds, 128 KiB and 1 MiB in debug builds).
//! Parsing must not panic and must give an article whose pieces rebuild the
//! normalized text, or the too-many-pieces error past `MAX_PIECES`; the
//! input of line ends alone gives the empty-input error at its start. How the
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

/// The inputs that hold no article: nothing but line ends and white space.
const NO_ARTICLE: [&str; 4] = [
    "empty lines",
    "zero-width spaces",
    "non-breaking-space lines",
    "form feeds",
];

/// `text` parses whole: an article that rebuilds the normalized text; or
/// the too-many-pieces error at a piece past the limit; or, for the input
/// of line ends alone, the empty-input error at its start.
#[track_caller]
fn assert_parses_whole(name: &str, text: &str) {
    match vn_article::parse(text) {
        Ok(article) => {
            assert!(
                !NO_ARTICLE.contains(&name),
                "{name}: an article from white space"
            );
            assert!(
                article.rebuild() == vn_article::normalize(text),
                "{name}: the pieces do not rebuild the text"
            );
        }
        Err(e) if e.kind() == vn_article::ErrorKind::TooManyPieces => {
            let max = vn_article::MAX_PIECES;
            let lines = format!("too many pieces: more than {max} lines for one article");
            let mentions = format!("too many pieces: more than {max} mentions for one article");
            let diagnostics =
                format!("too many pieces: more than {max} diagnostics for one article");
            assert!(
                [lines, mentions, diagnostics]
                    .iter()
                    .any(|m| e.to_string().starts_with(m.as_str())),
                "{name}: {e}"
            );
            // The pieces before the limit fill at least its number of bytes.
            assert!(e.offset() >= max && e.offset() < text.len(), "{name}: {e}");
        }
        Err(e) => {
            assert!(NO_ARTICLE.contains(&name), "{name}: {e}");
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
    assert!(NO_ARTICLE
        .iter()
        .all(|n| cases().iter().any(|(name, _)| name == n)));
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
    // Without datelines, between rules or after form feeds.
    for tiny in ["T\nL.\n=====\n", "T\nL.\u{c}"] {
        let text = repeat("", tiny, small());
        let want = small().div_ceil(tiny.len());
        assert_eq!(vn_article::parse_many(&text).count(), want);
        assert_eq!(vn_article::read_many(text.as_bytes()).count(), want);
    }
}

#[test]
fn past_the_piece_limit_is_an_error_at_the_first_piece_past_it() {
    let max = vn_article::MAX_PIECES;
    // Lines: `a` on every other line, the first past the limit at byte 3 * max.
    let err = vn_article::parse(&"a\n\n".repeat(max + 1)).unwrap_err();
    assert_eq!(err.kind(), vn_article::ErrorKind::TooManyPieces);
    assert_eq!(
        err.to_string(),
        format!(
            "too many pieces: more than {max} lines for one article at line {}, column 1",
            2 * max + 1
        )
    );
    assert_eq!(err.offset(), 3 * max);
    // At the limit, an article.
    let at_limit = "a\n\n".repeat(max);
    let article = vn_article::parse(&at_limit).unwrap();
    assert_eq!(article.body.len(), max - 2);
    // Mentions: `1% ` each, after a title line; the first past the limit at
    // byte 6 + 3 * max.
    let text = format!("Tiêu\n{}", "1% ".repeat(max + 1));
    let err = vn_article::parse(&text).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "too many pieces: more than {max} mentions for one article at line 2, column {}",
            3 * max + 1
        )
    );
    assert_eq!(err.offset(), 6 + 3 * max);
    // Diagnostics: an impossible date each, after the missing dateline's:
    // `max` dates make one diagnostic past the limit, the last date.
    let text = format!("Tiêu\n{}", "31/02/2024 ".repeat(max));
    let err = vn_article::parse(&text).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "too many pieces: more than {max} diagnostics for one article at line 2, column {}",
            11 * (max - 1) + 1
        )
    );
    assert_eq!(err.offset(), 6 + 11 * (max - 1));
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
