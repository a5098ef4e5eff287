//! 20,000 random mutations of real articles (the seeds, and the corpus when
//! `VN_ARTICLE_CORPUS` is set): bytes inserted, deleted and replaced,
//! including markers, dashes, combining marks and impossible dates. None may
//! panic, and for every mutant that is UTF-8 the article must lose nothing
//! (`rebuild` gives the normalized text back), render to text that parses
//! again, and read back equal from its JSON, which validates against
//! `schema/article-1.schema.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

use std::panic::{catch_unwind, AssertUnwindSafe};

const MUTANTS: usize = 20_000;

/// Pieces that make parsers take their less trodden paths.
const SNIPPETS: &[&str] = &[
    "(CT) - ",
    "(CT",
    ")",
    "(",
    "TTO -",
    "VOV.VN-",
    "Tin, ảnh: ",
    "Ảnh: ",
    " - Ảnh: X |",
    "(Ảnh: ",
    "Theo ",
    "Nguồn: ",
    "–",
    "—",
    "−",
    "-",
    "\u{301}",
    "\u{323}\u{302}",
    "\u{200b}",
    "\u{a0}",
    "\u{feff}",
    "31/02/2024",
    "25:61",
    "Thứ Hai, ",
    "quý ",
    "quý IV-",
    "ngày ",
    "tháng 13 năm ",
    "%",
    "51/95",
    "\r",
    "\n",
    "\n\n",
    "\r\n",
    ">",
    "|",
    "./.",
    "Chia sẻ",
    "   ",
    "\t",
    "（",
    "）",
    "9999999999999999999999",
    "GMT+",
    "(GMT+7)",
    " PM",
    "lúc ",
    "7 giờ ",
    "18h",
    "Ạ",
    "ồ",
    "đ",
    "Đ",
];

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Half the mutants are edited as text (at character boundaries, so they
/// stay UTF-8), half as raw bytes.
fn mutate(rng: &mut Rng, bytes: Vec<u8>, as_text: bool) -> Vec<u8> {
    if !as_text {
        return mutate_bytes(rng, bytes);
    }
    let mut text = String::from_utf8(bytes).unwrap_or_default();
    for _ in 0..1 + rng.below(8) {
        let mut at = rng.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(4) {
            0 => {
                let mut end = (at + 1 + rng.below(24)).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.replace_range(at..end, "");
            }
            _ => text.insert_str(at, SNIPPETS[rng.below(SNIPPETS.len())]),
        }
    }
    text.into_bytes()
}

fn mutate_bytes(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            1 if at < bytes.len() => bytes[at] = rng.next() as u8,
            2 => bytes.insert(at, rng.next() as u8),
            _ => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                bytes.splice(at..at, s.bytes());
            }
        }
    }
    bytes
}

/// Checks one mutant; `Ok(true)` when it parsed as an article.
fn check(bytes: &[u8], out: &mut Option<std::fs::File>) -> Result<bool, String> {
    // `VN_ARTICLE_MUTATION_JSON=FILE` writes each mutant's JSON (or error)
    // as a line, to compare the output of two versions by checksum.
    if let Some(file) = out {
        use std::io::Write;
        let line = match vn_article::parse_bytes(bytes) {
            Ok(a) => serde_json::to_string(&a).map_err(|e| e.to_string())?,
            Err(e) => e.to_string(),
        };
        writeln!(file, "{line}").map_err(|e| e.to_string())?;
    }
    let _ = vn_article::parse_bytes(bytes);
    let _ = vn_article::read_many(bytes).count();
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(false);
    };
    let _ = vn_article::parse_many(text).count();
    let Ok(article) = vn_article::parse(text) else {
        return Ok(false);
    };
    let normalized = vn_article::normalize(text);
    if article.rebuild() != normalized {
        return Err("rebuild() differs from the normalized text".into());
    }
    let json = serde_json::to_string(&article).map_err(|e| format!("no JSON: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    if let Some(why) = util::schema_violation(&value) {
        return Err(format!("the JSON is not schema 1: {why}"));
    }
    let back: vn_article::Article<'static> =
        serde_json::from_str(&json).map_err(|e| format!("the JSON does not read back: {e}"))?;
    if back != article {
        return Err(format!("the JSON reads back to another article: {json}"));
    }
    let rendered = article.to_string();
    let again =
        vn_article::parse(&rendered).map_err(|e| format!("the rendering does not parse: {e}"))?;
    if again != article {
        return Err(format!("parse(render(a)) != a; rendered: {rendered:?}"));
    }
    Ok(true)
}

#[test]
fn mutants_never_panic_and_lose_nothing() {
    let mut docs: Vec<Vec<u8>> = util::txt_files(&util::seeds_dir())
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    docs.extend(
        util::corpus_files()
            .iter()
            .map(|p| std::fs::read(p).unwrap()),
    );
    // `VN_ARTICLE_MUTATION_SEED` explores other mutants; the default is fixed.
    let seed = std::env::var("VN_ARTICLE_MUTATION_SEED")
        .ok()
        .and_then(|s| s.parse().ok());
    let mut rng = Rng(seed.unwrap_or(0x9E37_79B9_7F4A_7C15) | 1);
    let mut failures = Vec::new();
    let mut parsed = 0;
    let mut out =
        std::env::var_os("VN_ARTICLE_MUTATION_JSON").map(|p| std::fs::File::create(p).unwrap());
    for i in 0..MUTANTS {
        let doc = docs[i % docs.len()].clone();
        let mutant = mutate(&mut rng, doc, i % 2 == 0);
        match catch_unwind(AssertUnwindSafe(|| check(&mutant, &mut out))) {
            Ok(Ok(true)) => parsed += 1,
            Ok(Ok(false)) => {}
            Ok(Err(e)) => {
                // `VN_ARTICLE_MUTATION_DUMP=DIR` keeps failing mutants for study.
                if let Some(dir) = std::env::var_os("VN_ARTICLE_MUTATION_DUMP") {
                    let path = std::path::Path::new(&dir).join(format!("mutant_{i}.txt"));
                    let _ = std::fs::write(path, &mutant);
                }
                failures.push(format!(
                    "mutant {i}: {e}: {:?}",
                    String::from_utf8_lossy(&mutant)
                ))
            }
            Err(_) => failures.push(format!(
                "mutant {i} panicked: {:?}",
                String::from_utf8_lossy(&mutant)
            )),
        }
        if failures.len() >= 3 {
            break;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // Most mutants stay articles, so the checks above did run.
    assert!(
        parsed > MUTANTS / 2,
        "only {parsed} of {MUTANTS} mutants parsed"
    );
}
