//! Peak heap of the three entry points on the pathological inputs, as a
//! ratio to the input: `parse`, a full `parse_many` pass and a full
//! `read_many` pass, each at two sizes eight times apart. The heap is
//! counted by a counting global allocator, in this test binary only (the
//! library allocates through whatever allocator its user chose).
//!
//! `cargo test --release --test heap -- --nocapture` prints the table.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "util/cases.rs"]
mod cases;

use peak_alloc::PeakAlloc;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// The most heap an entry point may take: this many times the input...
const MAX_RATIO: usize = 8;
/// ... and this many bytes more: the pieces of an article at
/// `MAX_PIECES` (its lines, blocks and layout).
const SLACK: usize = 2 << 20;

/// Held by each test: the counter is global, so the tests measure one at
/// a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The heap `f` takes at its peak beyond what is held before, its result
/// held until the end.
fn peak_of<T>(f: impl FnOnce() -> T) -> usize {
    let before = HEAP.current_usage();
    HEAP.reset_peak_usage();
    let kept = f();
    let peak = HEAP.peak_usage();
    drop(kept);
    peak.saturating_sub(before)
}

fn sizes() -> [usize; 2] {
    if cfg!(debug_assertions) {
        [64 << 10, 512 << 10]
    } else {
        [1 << 20, 8 << 20]
    }
}

#[test]
fn peak_heap_is_bounded_by_the_input() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut over = Vec::new();
    let only = std::env::var("VN_ARTICLE_CASE").ok();
    let mut cases = cases::cases();
    // The most pieces an article may hold, each as small as it can be.
    cases.push(("one-letter paragraphs at the limit", |_| {
        "a\n\n".repeat(vn_article::MAX_PIECES)
    }));
    for (name, build) in cases {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        for size in sizes() {
            let text = build(size);
            let parse = peak_of(|| vn_article::parse(&text));
            // A full pass: each article dropped before the next.
            let many = peak_of(|| vn_article::parse_many(&text).filter(Result::is_ok).count());
            let read = peak_of(|| {
                vn_article::read_many(std::io::Cursor::new(text.as_bytes()))
                    .filter(Result::is_ok)
                    .count()
            });
            let len = text.len();
            eprintln!(
                "{name:<26} {:>5} KiB  parse {:>5.1}x  parse_many {:>5.1}x  read_many {:>5.1}x",
                len >> 10,
                parse as f64 / len as f64,
                many as f64 / len as f64,
                read as f64 / len as f64
            );
            for (entry, peak) in [("parse", parse), ("parse_many", many), ("read_many", read)] {
                if peak > MAX_RATIO * len + SLACK {
                    over.push(format!(
                        "{name} ({len} bytes) through {entry}: {peak} bytes"
                    ));
                }
            }
        }
    }
    assert!(
        over.is_empty(),
        "over {MAX_RATIO}x the input:\n{}",
        over.join("\n")
    );
}

/// `read_many` hands an article that runs to the end of what it read its
/// own buffer: the longest field keeps it rather than a copy, so one long
/// paragraph costs its bytes once (the input, not counted here, aside).
/// The article is the one `parse` gives.
#[test]
fn the_last_article_keeps_the_buffer_it_was_read_into() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let size = sizes()[0];
    for (name, text) in [
        (
            "one long line",
            cases::repeat("", "Kết nạp đảng viên mới vào chi bộ ", size),
        ),
        ("a long lead", cases::repeat(cases::HEADER, "(CT ", size)),
    ] {
        let mut read = Vec::new();
        let peak = peak_of(|| {
            read = vn_article::read_many(std::io::Cursor::new(text.as_bytes()))
                .map(Result::unwrap)
                .collect();
        });
        let len = text.len();
        assert!(
            peak <= len + len / 4 + SLACK / 16,
            "{name}: {peak} bytes for {len}"
        );
        assert_eq!(read.len(), 1, "{name}");
        let parsed = vn_article::parse(&text).unwrap();
        assert!(read[0] == parsed, "{name}");
        assert_eq!(read[0].rebuild(), parsed.rebuild(), "{name}");
    }
}
