//! Helpers shared by the integration tests.
#![allow(
    dead_code,
    clippy::string_slice,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used
)]

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

/// Every `.txt` file under the folder `VN_ARTICLE_CORPUS` names (none when
/// it is not set), in no set order.
pub fn corpus_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Some(dir) = std::env::var_os("VN_ARTICLE_CORPUS") else {
        return files;
    };
    let mut stack = vec![PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files
}

/// The JSON Schema of schema 1, compiled once.
fn article_schema() -> &'static (boon::Schemas, boon::SchemaIndex) {
    static SCHEMA: std::sync::OnceLock<(boon::Schemas, boon::SchemaIndex)> =
        std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/article-1.schema.json");
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let url = "urn:vn-article:schema:article-1";
        compiler.add_resource(url, schema).unwrap();
        let index = compiler.compile(url, &mut schemas).unwrap();
        (schemas, index)
    })
}

/// Why `json` is not valid against `schema/article-1.schema.json`, or
/// `None` when it is.
pub fn schema_violation(json: &serde_json::Value) -> Option<String> {
    let (schemas, index) = article_schema();
    schemas
        .validate(json, *index)
        .err()
        .map(|e| format!("{e:#}"))
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

/// An article's credits as their text, roles and names, in order.
pub fn credit_parts<'s>(
    a: &'s vn_article::Article<'_>,
) -> Vec<(&'s str, &'s [vn_article::Role], Vec<&'s str>)> {
    a.credits
        .iter()
        .map(|c| {
            let names = c.names.iter().map(|n| n.as_ref()).collect();
            (c.text.as_str(), c.roles.as_slice(), names)
        })
        .collect()
}

/// Every span an article's pieces cover.
pub fn spans(a: &vn_article::Article<'_>) -> Vec<vn_article::Span> {
    let mut out = Vec::new();
    if let Some(d) = &a.dateline {
        out.push(d.text.span);
    }
    out.extend(a.section.iter().map(|s| s.span));
    // The `>` between breadcrumb parts belongs to the section.
    if let (Some(first), Some(last)) = (a.section.first(), a.section.last()) {
        out.push(vn_article::Span::new(first.span.start, last.span.end));
    }
    out.push(a.title.span);
    if let Some(s) = &a.source {
        out.push(s.text.span);
    }
    if let Some(l) = &a.lead {
        out.push(l.span);
    }
    out.extend(a.body.iter().map(|b| b.span));
    out.extend(a.credits.iter().map(|c| c.text.span));
    out.extend(a.footer.iter().map(|f| f.span));
    out.extend(a.header.iter().map(|f| f.span));
    out
}

/// Checks that every letter and digit of `text` (the normalized text the
/// article was parsed from) lies in some piece's span: no words were lost.
/// The names and attributes of HTML tags (`<p class="sapo">`, `</p>`) are
/// the layout's, as Markdown's marks are.
pub fn check_lossless(text: &str, a: &vn_article::Article<'_>) -> Result<(), String> {
    let mut covered = vec![false; text.len()];
    for s in spans(a) {
        for c in covered.iter_mut().take(s.end).skip(s.start) {
            *c = true;
        }
    }
    for (at, _) in text.match_indices('<') {
        let rest = &text[at + 1..];
        let tag = rest.strip_prefix('/').unwrap_or(rest);
        if !tag.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        if let Some(gt) = rest
            .find(['>', '\n'])
            .filter(|&k| rest[k..].starts_with('>'))
        {
            for c in covered.iter_mut().skip(at).take(gt + 2) {
                *c = true;
            }
        }
    }
    for (i, ch) in text.char_indices() {
        // Separators between pieces (`>`, `|`, dashes, commas) may stand
        // between them; letters and digits may not.
        if ch.is_alphanumeric() && !covered[i] {
            let line = text[..i].matches('\n').count() + 1;
            let end = text[i..].find('\n').map_or(text.len(), |e| i + e);
            return Err(format!("line {line}: {:?} is in no field", &text[i..end]));
        }
    }
    Ok(())
}

/// The texts of `files` joined by each separator between articles give each
/// file's own article: its title, dateline, lead, credits, body, mentions,
/// section and source as `parse` reads the file alone.
pub fn joined_files_give_their_own_articles(files: &[PathBuf]) {
    let texts: Vec<String> = files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            text.trim_start_matches('\u{feff}').to_string()
        })
        .collect();
    let key = |a: &vn_article::Article<'_>| {
        format!(
            "{:?}|{:?}|{:?}|{:?}|{}|{}|{:?}|{:?}",
            a.title.as_str(),
            a.dateline.as_ref().map(|d| d.text.as_str()),
            a.lead.as_deref(),
            a.credits
                .iter()
                .map(|c| c.names.clone())
                .collect::<Vec<_>>(),
            a.body.len(),
            a.mentions.len(),
            a.section.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            a.source.as_ref().map(|s| s.code.clone())
        )
    };
    let own: Vec<String> = texts
        .iter()
        .map(|t| key(&vn_article::parse(t).unwrap()))
        .collect();
    for sep in [
        "\u{c}",
        "\n\u{c}\n",
        "\n=====\n",
        "\n\n-----\n\n",
        "\n==> f.txt <==\n",
    ] {
        let dump: String = texts.iter().map(|t| format!("{t}{sep}")).collect();
        let many: Vec<String> = vn_article::parse_many(&dump)
            .map(|a| key(&a.unwrap()))
            .collect();
        assert_eq!(many.len(), own.len(), "{sep:?}");
        for (k, (m, o)) in many.iter().zip(&own).enumerate() {
            assert_eq!(m, o, "file {k}, joined by {sep:?}");
        }
    }
}
