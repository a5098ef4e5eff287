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
        let read: Vec<_> = vn_article::read_many(&bytes[..])
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        // A dump read from a string and from a reader gives the same.
        let many: Vec<_> = vn_article::parse_many(text)
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
        assert_eq!(read.len(), many.len(), "{}", file.display());
        for (r, m) in read.iter().zip(&many) {
            match (r, m) {
                (Ok(r), Ok(m)) => assert_eq!(r, m, "{}", file.display()),
                (Err(r), Err(m)) => assert_eq!(r, m, "{}", file.display()),
                _ => panic!("{}: read_many {r:?}, parse_many {m:?}", file.display()),
            }
        }
        if let Ok(article) = vn_article::parse(text) {
            assert_eq!(
                article.rebuild(),
                vn_article::normalize(text),
                "{}",
                file.display()
            );
            let rendered = article.to_string();
            let again = vn_article::parse(&rendered).unwrap();
            assert_eq!(again, article, "{}: parse(render(a)) != a", file.display());
        }
    }
}
