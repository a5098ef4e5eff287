//! Real article pages as a scraper sees them (`pages/` of the shared corpus,
//! read where it lies: the folder named by `VN_ARTICLE_CORPUS`, skipped with
//! a notice when unset). Each page must give the fields of its
//! `expect.json` entry: the dateline (to the minute), the title, the source
//! code, the credit names and the caption credit names; and it must lose
//! nothing and round-trip. Every miss is printed by page and field.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod util;

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;
use vn_article::{Article, BlockKind, Role};

fn pages() -> Option<(PathBuf, Vec<Value>)> {
    let Some(dir) = std::env::var_os("VN_ARTICLE_CORPUS") else {
        println!("VN_ARTICLE_CORPUS is not set: the pages test is skipped");
        return None;
    };
    let dir = PathBuf::from(dir).join("pages");
    if !dir.is_dir() {
        println!("{} is missing: the pages test is skipped", dir.display());
        return None;
    }
    let json = std::fs::read_to_string(dir.join("expect.json")).expect("pages/expect.json");
    let Value::Array(rows) = serde_json::from_str(&json).expect("expect.json is JSON") else {
        panic!("expect.json is no array");
    };
    Some((dir, rows))
}

fn str_field<'v>(row: &'v Value, key: &str) -> Option<&'v str> {
    row.get(key).and_then(Value::as_str)
}

fn str_set(row: &Value, key: &str) -> Option<BTreeSet<String>> {
    row.get(key)?.as_array().map(|a| {
        a.iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    })
}

/// `2024-02-20T14:37` with its offset: the datetime to the minute.
fn to_minute(rfc3339: &str) -> String {
    let dt = chrono::DateTime::parse_from_rfc3339(rfc3339).unwrap();
    dt.format("%Y-%m-%dT%H:%M%:z").to_string()
}

/// The misses of one page, as `field: got .., want ..`.
fn misses(row: &Value, a: &Article<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let want_dt = str_field(row, "datetime").map(to_minute);
    let want_text = str_field(row, "dateline_text");
    match (&a.dateline, want_text) {
        (None, None) => {}
        (Some(d), Some(line)) => {
            if !line.contains(&*d.text) {
                out.push(format!("dateline text: got {:?}, not in {line:?}", d.text));
            }
            let got = d
                .datetime()
                .map(|t| t.format("%Y-%m-%dT%H:%M%:z").to_string());
            if let Some(want) = &want_dt {
                if got.as_ref() != Some(want) {
                    out.push(format!("dateline: got {got:?}, want {want:?}"));
                }
            }
        }
        (got, want) => out.push(format!(
            "dateline: got {:?}, want {want:?}",
            got.as_ref().map(|d| &d.text)
        )),
    }
    let want_title = str_field(row, "title").unwrap_or_default();
    if a.title.as_str() != want_title {
        out.push(format!(
            "title: got {:?}, want {want_title:?}",
            a.title.as_str()
        ));
    }
    let want_source = str_field(row, "source_code");
    let got_source = a.source.as_ref().map(|s| &*s.code);
    if got_source != want_source {
        out.push(format!("source: got {got_source:?}, want {want_source:?}"));
    }
    let names: BTreeSet<String> = a
        .credits
        .iter()
        .flat_map(|c| c.names.iter().map(|n| n.to_string()))
        .collect();
    let want_names = str_set(row, "credit_names").unwrap_or_default();
    if names != want_names {
        out.push(format!("credit names: got {names:?}, want {want_names:?}"));
    }
    // The roles beside `author` that the credits must carry.
    if let Some(want_roles) = str_set(row, "credit_roles") {
        let roles: BTreeSet<String> = a
            .credits
            .iter()
            .flat_map(|c| c.roles.iter())
            .filter(|r| **r != Role::Author)
            .map(|r| r.as_str().to_string())
            .collect();
        if !want_roles.is_subset(&roles) {
            out.push(format!("credit roles: got {roles:?}, want {want_roles:?}"));
        }
    }
    let captions: BTreeSet<String> = a
        .body
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .flat_map(|b| b.credits.iter().flat_map(|c| c.names.iter()))
        .map(|n| n.to_string())
        .collect();
    let want_captions = str_set(row, "caption_credits").unwrap_or_default();
    if captions != want_captions {
        out.push(format!(
            "caption credits: got {captions:?}, want {want_captions:?}"
        ));
    }
    out
}

#[test]
fn pages_give_their_expected_fields() {
    let Some((dir, rows)) = pages() else { return };
    assert!(rows.len() >= 30, "expect.json has {} pages", rows.len());
    let mut failed = Vec::new();
    for row in &rows {
        let file = str_field(row, "file").unwrap();
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let a = vn_article::parse(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let m = misses(row, &a);
        if !m.is_empty() {
            failed.push(format!("{file}:\n  {}", m.join("\n  ")));
        }
    }
    let passed = rows.len() - failed.len();
    println!("{passed} of {} pages give every field", rows.len());
    for f in &failed {
        println!("  miss: {f}");
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn pages_lose_nothing_and_round_trip() {
    let Some((dir, rows)) = pages() else { return };
    let mut failures = Vec::new();
    for row in &rows {
        let file = str_field(row, "file").unwrap();
        let raw = std::fs::read_to_string(dir.join(file)).unwrap();
        let text = vn_article::normalize(&raw);
        let a = vn_article::parse(&text).unwrap();
        if let Err(e) = util::check_lossless(&text, &a) {
            failures.push(format!("{file}: {e}"));
        }
        if a.rebuild() != text {
            failures.push(format!(
                "{file}: rebuild() differs from the normalized text"
            ));
        }
        // Read as a dump, the file is the one article.
        let many: Vec<_> = vn_article::parse_many(&text).collect();
        if many.len() != 1 || many[0].as_ref().ok() != Some(&a) {
            failures.push(format!(
                "{}: parse_many gives {} articles, not the one of parse",
                file,
                many.len()
            ));
        }
        let rendered = a.to_string();
        let again = vn_article::parse(&rendered).unwrap();
        if again != a {
            failures.push(format!("{file}: does not round-trip"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
