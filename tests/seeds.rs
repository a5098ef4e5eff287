//! Golden files: every `seeds/x.txt` parses to the JSON in `seeds/x.json`.
//!
//! Run with `UPDATE_SEEDS=1 cargo test --test seeds` to rewrite the JSON
//! files after a deliberate change; review the diff before committing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod util;

use std::path::Path;

fn expected_json(txt: &Path) -> std::path::PathBuf {
    txt.with_extension("json")
}

fn render(text: &str) -> String {
    let articles: Vec<serde_json::Value> = vn_article::parse_many(text)
        .map(|r| match r {
            Ok(a) => serde_json::to_value(&a).unwrap(),
            Err(e) => serde_json::json!({ "error": e.to_string() }),
        })
        .collect();
    let value = match <[serde_json::Value; 1]>::try_from(articles) {
        Ok([one]) => one,
        Err(many) => serde_json::Value::Array(many),
    };
    serde_json::to_string_pretty(&value).unwrap() + "\n"
}

#[test]
fn seeds_match_their_json() {
    let update = std::env::var_os("UPDATE_SEEDS").is_some();
    let files = util::txt_files(&util::seeds_dir());
    assert!(files.len() >= 6, "seeds/ holds {} documents", files.len());
    let mut failures = Vec::new();
    for txt in &files {
        let text = std::fs::read_to_string(txt).unwrap();
        let got = render(&text);
        let json = expected_json(txt);
        if update {
            std::fs::write(&json, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&json) {
            Ok(want) if want == got => {}
            Ok(_) => failures.push(format!(
                "{} differs from its JSON; got:\n{got}",
                txt.display()
            )),
            Err(_) => failures.push(format!("{} has no {}", txt.display(), json.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_json_has_its_document() {
    for entry in std::fs::read_dir(util::seeds_dir()).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            assert!(
                p.with_extension("txt").exists(),
                "{} has no .txt",
                p.display()
            );
        }
    }
}

#[test]
fn seeds_lose_nothing() {
    for txt in util::txt_files(&util::seeds_dir()) {
        let raw = std::fs::read_to_string(&txt).unwrap();
        let text = vn_article::normalize(&raw);
        let mut rebuilt = String::new();
        for a in vn_article::parse_many(&text) {
            let a = a.unwrap();
            util::check_lossless(&text, &a).unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
            rebuilt.push_str(&a.rebuild());
        }
        assert_eq!(rebuilt, text, "{}", txt.display());
    }
}

#[test]
fn seeds_round_trip_through_display() {
    for txt in util::txt_files(&util::seeds_dir()) {
        let text = std::fs::read_to_string(&txt).unwrap();
        let a = util::article(&text);
        let rendered = a.to_string();
        let b = util::article(&rendered);
        assert_eq!(
            a,
            b,
            "{} does not round-trip; rendered:\n{rendered}",
            txt.display()
        );
        assert_eq!(
            b.to_string(),
            rendered,
            "{}: rendering is not stable",
            txt.display()
        );
    }
}

#[test]
fn nfd_copy_gives_the_same_article() {
    let dir = util::seeds_dir();
    let nfc = std::fs::read_to_string(dir.join("020_weekday_gmt_bylines.txt")).unwrap();
    let nfd = std::fs::read_to_string(dir.join("050_nfd_copy.txt")).unwrap();
    assert_ne!(nfc, nfd);
    assert_eq!(
        vn_article::parse(&nfc).unwrap(),
        vn_article::parse(&nfd).unwrap()
    );
}

/// Every dateline and source marker an article gives reads again by its own
/// parser to the same values (`Dateline::parse` of `dateline.text`,
/// `SourceMarker::parse` of `source.text`): over the seeds, and the corpus's
/// articles and pages where it lies.
#[test]
fn pieces_read_again_by_their_own_parsers() {
    let mut files = util::txt_files(&util::seeds_dir());
    if let Some(dir) = std::env::var_os("VN_ARTICLE_CORPUS") {
        files.extend(util::txt_files(std::path::Path::new(&dir)));
    }
    let (mut datelines, mut markers) = (0, 0);
    for txt in files {
        let text = std::fs::read_to_string(&txt).unwrap();
        let Ok(a) = vn_article::parse(&text) else {
            continue;
        };
        if let Some(d) = &a.dateline {
            let again = vn_article::Dateline::parse(d.text.as_str())
                .unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
            assert_eq!(
                (again.date, again.time, again.offset),
                (d.date, d.time, d.offset),
                "{}",
                txt.display()
            );
            datelines += 1;
        }
        if let Some(s) = &a.source {
            let again = vn_article::SourceMarker::parse(s.text.as_str())
                .unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
            assert_eq!(again.code, s.code, "{}", txt.display());
            markers += 1;
        }
    }
    assert!(datelines > 0 && markers > 0);
}
