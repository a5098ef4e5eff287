//! Inputs that once broke a promise (found by the mutation test or the
//! fuzzers), replayed: no panic, nothing lost, the rendering parses.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

#[test]
fn regressions_hold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let _ = vn_article::parse_bytes(&bytes);
        let _ = vn_article::read_many(&bytes[..]).count();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let _ = vn_article::parse_many(text).count();
        if let Ok(article) = vn_article::parse(text) {
            assert_eq!(
                article.rebuild(),
                vn_article::normalize(text),
                "{}",
                file.display()
            );
            let rendered = article.to_string();
            assert!(vn_article::parse(&rendered).is_ok(), "{}", file.display());
        }
    }
}
