//! Throughput of `parse` against `std::str::from_utf8` over the same bytes,
//! and of the dateline parser against chrono's `parse_from_str`, measured
//! in the same run. Plain `harness = false`; no criterion.
//!
//! `cargo bench` measures (median of several rounds). Without `--bench` (as
//! `cargo test --all-targets` runs it) each case runs once, as a smoke test.
//! Set `VN_ARTICLE_CORPUS` to a folder of `.txt` articles to add them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ROUNDS: usize = 15;
const ROUND_TIME: Duration = Duration::from_millis(60);

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

/// Median seconds per call of `f`, over `ROUNDS` rounds of about `ROUND_TIME`.
fn measure(measuring: bool, mut f: impl FnMut()) -> f64 {
    if !measuring {
        f();
        return f64::NAN;
    }
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < ROUND_TIME / 4 {
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
    if let Some(corpus) = std::env::var_os("VN_ARTICLE_CORPUS") {
        txt_files(Path::new(&corpus), &mut files);
    }
    let docs: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let bytes: usize = docs.iter().map(Vec::len).sum();
    println!("{} documents, {} bytes", docs.len(), bytes);

    let utf8 = measure(measuring, || {
        for d in &docs {
            black_box(std::str::from_utf8(black_box(d)).is_ok());
        }
    });
    let texts: Vec<&str> = docs
        .iter()
        .filter_map(|d| std::str::from_utf8(d).ok())
        .collect();
    let parse = measure(measuring, || {
        for t in &texts {
            black_box(vn_article::parse(black_box(t)).ok());
        }
    });
    let mb = bytes as f64 / 1e6;
    if measuring {
        println!("from_utf8   {:>9.1} MB/s", mb / utf8);
        println!(
            "parse       {:>9.1} MB/s  {:>9.0} articles/s  ratio to from_utf8 {:.3}",
            mb / parse,
            texts.len() as f64 / parse,
            utf8 / parse
        );
    }

    let lines = [
        "03/04/2024 - 07:35",
        "14/02/2025 - 08:05",
        "23/12/2025 - 09:02",
    ];
    let ours = measure(measuring, || {
        for l in lines {
            black_box(vn_article::Dateline::parse(black_box(l)).ok());
        }
    });
    let chrono = measure(measuring, || {
        for l in lines {
            black_box(chrono::NaiveDateTime::parse_from_str(black_box(l), "%d/%m/%Y - %H:%M").ok());
        }
    });
    if measuring {
        let n = lines.len() as f64;
        println!(
            "dateline    {:>9.0} ns/call  chrono parse_from_str {:>6.0} ns/call  ratio {:.2}",
            ours / n * 1e9,
            chrono / n * 1e9,
            chrono / ours
        );
    }
}
