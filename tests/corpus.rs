//! The shared corpus of real articles, read where it lies: the folder named by
//! `VN_ARTICLE_CORPUS` (skipped, with a notice, when unset). Every file must
//! parse and lose nothing; datelines and source codes must match
//! `expect.tsv` for at least 95% of the files. Misses are printed by name.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod util;

use std::path::PathBuf;

struct Expected {
    file: String,
    dateline: String,
    source: String,
}

fn corpus() -> Option<(PathBuf, Vec<Expected>)> {
    let Some(dir) = std::env::var_os("VN_ARTICLE_CORPUS") else {
        println!("VN_ARTICLE_CORPUS is not set: the corpus test is skipped");
        return None;
    };
    let dir = PathBuf::from(dir);
    let tsv = std::fs::read_to_string(dir.join("expect.tsv")).expect("expect.tsv in the corpus");
    let rows = tsv
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            Expected {
                file: cols.next().unwrap_or_default().to_string(),
                dateline: cols.next().unwrap_or_default().to_string(),
                source: cols.next().unwrap_or_default().to_string(),
            }
        })
        .collect();
    Some((dir, rows))
}

#[test]
fn corpus_datelines_and_sources_match() {
    let Some((dir, rows)) = corpus() else { return };
    assert!(rows.len() >= 90, "expect.tsv has {} rows", rows.len());
    let mut dateline_misses = Vec::new();
    let mut source_misses = Vec::new();
    for row in &rows {
        let text = std::fs::read_to_string(dir.join(&row.file)).unwrap();
        let a = vn_article::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", row.file));
        let dateline = a.dateline.as_ref().map_or("", |d| &d.text);
        if dateline != row.dateline {
            dateline_misses.push(format!(
                "{}: got {dateline:?}, want {:?}",
                row.file, row.dateline
            ));
        }
        let source = a.source.as_ref().map_or("", |s| &s.code);
        if source != row.source {
            source_misses.push(format!(
                "{}: got {source:?}, want {:?}",
                row.file, row.source
            ));
        }
    }
    let n = rows.len() as f64;
    let dl = 1.0 - dateline_misses.len() as f64 / n;
    let src = 1.0 - source_misses.len() as f64 / n;
    println!(
        "datelines {:.1}% ({} misses), sources {:.1}% ({} misses)",
        dl * 100.0,
        dateline_misses.len(),
        src * 100.0,
        source_misses.len()
    );
    for m in dateline_misses.iter().chain(&source_misses) {
        println!("  miss: {m}");
    }
    assert!(
        dl >= 0.95,
        "datelines match for {:.1}%:\n{}",
        dl * 100.0,
        dateline_misses.join("\n")
    );
    assert!(
        src >= 0.95,
        "sources match for {:.1}%:\n{}",
        src * 100.0,
        source_misses.join("\n")
    );
}

/// The corpus and its pages joined by rules, form feeds or file names: each
/// file's own article.
#[test]
fn corpus_joined_by_separators_gives_each_files_article() {
    let mut files = util::corpus_files();
    if files.is_empty() {
        return;
    }
    files.sort();
    util::joined_files_give_their_own_articles(&files);
}

#[test]
fn corpus_loses_nothing_and_round_trips() {
    let Some((dir, rows)) = corpus() else { return };
    let mut failures = Vec::new();
    for row in &rows {
        let raw = std::fs::read_to_string(dir.join(&row.file)).unwrap();
        let text = vn_article::normalize(&raw);
        let a = vn_article::parse(&text).unwrap();
        if let Err(e) = util::check_lossless(&text, &a) {
            failures.push(format!("{}: {e}", row.file));
        }
        if a.rebuild() != text {
            failures.push(format!(
                "{}: rebuild() differs from the normalized text",
                row.file
            ));
        }
        // Read as a dump, the file is the one article.
        let many: Vec<_> = vn_article::parse_many(&text).collect();
        if many.len() != 1 || many[0].as_ref().ok() != Some(&a) {
            failures.push(format!(
                "{}: parse_many gives {} articles, not the one of parse",
                row.file,
                many.len()
            ));
        }
        let rendered = a.to_string();
        let again = vn_article::parse(&rendered).unwrap();
        if again != a {
            failures.push(format!("{}: does not round-trip", row.file));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn corpus_nfd_copies_give_the_same_article() {
    use unicode_normalization::UnicodeNormalization;
    let Some((dir, rows)) = corpus() else { return };
    for row in &rows {
        let raw = std::fs::read_to_string(dir.join(&row.file)).unwrap();
        let nfd: String = raw.nfd().collect();
        assert_eq!(
            vn_article::parse(&nfd).unwrap(),
            vn_article::parse(&raw).unwrap(),
            "{}",
            row.file
        );
    }
}
