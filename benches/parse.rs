//! Speed of the parser next to baselines measured in the same run: `parse`
//! and `parse_many` against `std::str::from_utf8` over the same bytes, the
//! dateline parser against chrono's `parse_from_str`, normalization against
//! `unicode-normalization`. Plain `harness = false`; no criterion.
//!
//! `cargo bench` measures: the median of 15 rounds of about 60 ms each.
//! Without `--bench` (as `cargo test --all-targets` runs it) each case runs
//! once on small inputs, as a smoke test. Set `VN_ARTICLE_CORPUS` to a folder
//! of `.txt` articles to add them to the seeds.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use unicode_normalization::UnicodeNormalization;

const ROUNDS: usize = 15;
const ROUND_TIME: Duration = Duration::from_millis(60);
const DUMP_BYTES: usize = 64 << 20;

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            txt_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// Median seconds per call of `f` over `ROUNDS` rounds of about
/// `ROUND_TIME` (one call when not measuring).
fn measure(measuring: bool, mut f: impl FnMut()) -> f64 {
    if !measuring {
        f();
        return f64::NAN;
    }
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < ROUND_TIME / 4 || calls == 0 {
        f();
        calls += 1;
    }
    let per_round = (calls * 4).max(1);
    let mut times: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_round {
                f();
            }
            t.elapsed().as_secs_f64() / per_round as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[ROUNDS / 2]
}

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let mut files = Vec::new();
    txt_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"),
        &mut files,
    );
    let corpus = std::env::var_os("VN_ARTICLE_CORPUS");
    if let Some(dir) = &corpus {
        txt_files(Path::new(dir), &mut files);
    }
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents ({}), {} bytes; {}",
        texts.len(),
        if corpus.is_some() {
            "seeds and corpus"
        } else {
            "seeds"
        },
        bytes,
        if measuring {
            "median of 15 rounds"
        } else {
            "one run each (pass --bench to measure)"
        }
    );

    // Whole articles.
    let utf8 = measure(measuring, || {
        for t in &texts {
            black_box(std::str::from_utf8(black_box(t.as_bytes())).is_ok());
        }
    });
    let parse = measure(measuring, || {
        for t in &texts {
            black_box(vn_article::parse(black_box(t)).ok());
        }
    });
    report("from_utf8", mb / utf8, None);
    report(
        "parse",
        mb / parse,
        Some((texts.len() as f64 / parse, utf8 / parse)),
    );

    // The same articles as one dump, separated by blank lines: parse_many
    // next to parse over the same bytes.
    let mut dump = String::with_capacity(bytes + 2 * texts.len());
    for t in &texts {
        dump.push_str(t.trim_start_matches('\u{feff}'));
        dump.push_str("\n\n");
    }
    let mut found = 0usize;
    let many = measure(measuring, || {
        found = vn_article::parse_many(black_box(&dump)).count();
    });
    let read = measure(measuring, || {
        black_box(vn_article::read_many(std::io::Cursor::new(black_box(dump.as_bytes()))).count());
    });
    let dump_mb = dump.len() as f64 / 1e6;
    println!(
        "dump        {:.1} MB, {} articles written, {found} read by parse_many",
        dump_mb,
        texts.len()
    );
    report(
        "parse_many",
        dump_mb / many,
        Some((found as f64 / many, utf8 / many)),
    );
    report(
        "read_many",
        dump_mb / read,
        Some((found as f64 / read, utf8 / read)),
    );
    if measuring {
        println!(
            "parse_many / parse {:.3}, read_many / parse {:.3} (same bytes)",
            (dump_mb / many) / (mb / parse),
            (dump_mb / read) / (mb / parse)
        );
    }
    // The same dump repeated past the caches: memory bandwidth, not the
    // parser, sets this figure.
    let target = if measuring { DUMP_BYTES } else { 1 << 20 };
    let mut big = String::with_capacity(target + dump.len());
    let mut articles = 0usize;
    while big.len() < target {
        big.push_str(&dump);
        articles += texts.len();
    }
    let big_mb = big.len() as f64 / 1e6;
    let big_utf8 = measure(measuring, || {
        black_box(std::str::from_utf8(black_box(big.as_bytes())).is_ok());
    });
    let big_many = measure(measuring, || {
        found = vn_article::parse_many(black_box(&big)).count();
    });
    println!(
        "large dump  {:.1} MB, {articles} articles written, {found} read by parse_many",
        big_mb
    );
    report("from_utf8", big_mb / big_utf8, None);
    report(
        "parse_many",
        big_mb / big_many,
        Some((found as f64 / big_many, big_utf8 / big_many)),
    );

    // Pieces, in ns per call.
    let datelines = [
        "03/04/2024 - 07:35",
        "14/02/2025 - 08:05",
        "23/12/2025 - 09:02",
    ];
    let ours = measure(measuring, || {
        for l in datelines {
            black_box(vn_article::Dateline::parse(black_box(l)).ok());
        }
    });
    let chrono = measure(measuring, || {
        for l in datelines {
            black_box(chrono::NaiveDateTime::parse_from_str(black_box(l), "%d/%m/%Y - %H:%M").ok());
        }
    });
    piece(
        "Dateline::parse",
        ours / 3.0,
        "chrono parse_from_str",
        chrono / 3.0,
    );
    let markers = ["(CT) -", "TTO -", "(Dân trí) –"];
    let marker = measure(measuring, || {
        for m in markers {
            black_box(vn_article::SourceMarker::parse(black_box(m)).ok());
        }
    });
    let credits = ["Tin, ảnh: KIM XUÂN", "Theo TTXVN", "MINH HẢI - THU TRANG"];
    let credit = measure(measuring, || {
        for c in credits {
            black_box(vn_article::Credit::parse_line(black_box(c)).ok());
        }
    });
    let marker_utf8 = measure(measuring, || {
        for m in markers {
            black_box(std::str::from_utf8(black_box(m.as_bytes())).is_ok());
        }
    });
    piece(
        "SourceMarker::parse",
        marker / 3.0,
        "from_utf8 of it",
        marker_utf8 / 3.0,
    );
    let credit_utf8 = measure(measuring, || {
        for c in credits {
            black_box(std::str::from_utf8(black_box(c.as_bytes())).is_ok());
        }
    });
    piece(
        "Credit::parse_line",
        credit / 3.0,
        "from_utf8 of it",
        credit_utf8 / 3.0,
    );

    // Normalization of the articles (mostly NFC already).
    let ours = measure(measuring, || {
        for t in &texts {
            black_box(vn_article::normalize(black_box(t)));
        }
    });
    let theirs = measure(measuring, || {
        for t in &texts {
            black_box(black_box(t).nfc().collect::<String>());
        }
    });
    let quick = measure(measuring, || {
        for t in &texts {
            black_box(unicode_normalization::is_nfc_quick(black_box(t).chars()));
        }
    });
    report("normalize", mb / ours, None);
    report("nfc().collect()", mb / theirs, None);
    report("is_nfc_quick", mb / quick, None);
    if measuring {
        println!("normalize / nfc().collect() {:.1}x", theirs / ours);
    }
}

fn report(name: &str, mb_per_s: f64, articles_and_ratio: Option<(f64, f64)>) {
    if !mb_per_s.is_finite() {
        return;
    }
    match articles_and_ratio {
        Some((per_s, ratio)) => {
            println!("{name:<12}{mb_per_s:>9.1} MB/s {per_s:>10.0} articles/s  ratio to from_utf8 {ratio:.3}")
        }
        None => println!("{name:<12}{mb_per_s:>9.1} MB/s"),
    }
}

fn piece(name: &str, secs: f64, base: &str, base_secs: f64) {
    if secs.is_finite() {
        println!(
            "{name:<20}{:>7.0} ns/call   {base} {:>5.0} ns/call   ratio {:.2}",
            secs * 1e9,
            base_secs * 1e9,
            base_secs / secs
        );
    }
}
