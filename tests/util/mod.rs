//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The project's `seeds/` folder.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The `.txt` documents of a folder, sorted by name.
pub fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// Parses and asserts the article parses, naming the text on failure.
#[track_caller]
pub fn article(text: &str) -> vn_article::Article<'_> {
    match vn_article::parse(text) {
        Ok(a) => a,
        Err(e) => panic!("parse failed: {e}\n{text}"),
    }
}

/// Asserts `parse` fails with exactly this message, line and column.
#[track_caller]
pub fn assert_err(
    text: &str,
    kind: vn_article::ErrorKind,
    display: &str,
    offset: usize,
    line: usize,
    column: usize,
) {
    let err = vn_article::parse(text).expect_err("expected an error");
    assert_eq!(err.kind(), kind);
    assert_eq!(err.to_string(), display);
    assert_eq!(
        (err.offset(), err.line(), err.column()),
        (offset, line, column)
    );
}

/// The diagnostic codes of an article, in order.
pub fn codes(a: &vn_article::Article<'_>) -> Vec<&'static str> {
    a.diagnostics.iter().map(|d| d.code.as_str()).collect()
}
