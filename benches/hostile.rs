//! The pathological inputs of `tests/pathological.rs` through the three
//! entry points (`parse`, a full `parse_many` pass, a full `read_many` pass
//! over a `Cursor`): the time at 1 MiB and 8 MiB (best of three), the growth
//! between them, and the peak heap at 8 MiB as a ratio to the input,
//! counted by a counting allocator (in this bench only; `benches/parse.rs`
//! times the parser with the system allocator as users run it).
//!
//! `cargo bench` measures; without `--bench` (as `cargo test --all-targets`
//! runs it) each case runs at 16 KiB and 128 KiB, as a smoke test.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::time::Instant;

use peak_alloc::PeakAlloc;

#[path = "../tests/util/cases.rs"]
mod cases;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let (small, large) = if measuring {
        (1 << 20, 8 << 20)
    } else {
        (16 << 10, 128 << 10)
    };
    println!(
        "pathological input          entry       {:>9} {:>9}  growth  heap",
        size_name(small),
        size_name(large)
    );
    type Entry = fn(&str);
    let entries: [(&str, Entry); 3] = [
        ("parse", |t| {
            black_box(vn_article::parse(black_box(t)).ok());
        }),
        ("parse_many", |t| {
            black_box(vn_article::parse_many(black_box(t)).count());
        }),
        ("read_many", |t| {
            black_box(vn_article::read_many(std::io::Cursor::new(black_box(t).as_bytes())).count());
        }),
    ];
    // The baseline: what copying the input costs, the least an owned
    // result (`read_many`'s articles) pays. On a machine whose caches hold
    // 1 MiB but not 8 MiB, and that maps fresh pages for 8 MiB, the copy
    // alone grows more than eight times.
    let text = cases::repeat("", "(", large);
    let copy = |t: &str| {
        let owned = black_box(t.as_bytes()).to_vec();
        black_box(String::from_utf8(owned).is_ok());
    };
    let best = |t: &str| {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                copy(t);
                start.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let (ta, tb) = (best(text.get(..small).unwrap_or_default()), best(&text));
    println!(
        "{:<27} {:<11}{:>9.1?} {:>9.1?}  x{:<5.1} {:.1}x",
        "baseline: the input copied",
        "to_vec",
        ta,
        tb,
        tb.as_secs_f64() / ta.as_secs_f64().max(1e-9),
        1.0
    );
    for (name, build) in cases::cases() {
        let (a, b) = (build(small), build(large));
        for (entry, run) in entries {
            let best = |t: &str| {
                (0..3)
                    .map(|_| {
                        let start = Instant::now();
                        run(t);
                        start.elapsed()
                    })
                    .min()
                    .unwrap_or_default()
            };
            let (ta, tb) = (best(&a), best(&b));
            let before = HEAP.current_usage();
            HEAP.reset_peak_usage();
            run(&b);
            let heap = HEAP.peak_usage().saturating_sub(before) as f64 / b.len() as f64;
            println!(
                "{name:<27} {entry:<11}{:>9.1?} {:>9.1?}  x{:<5.1} {heap:.1}x",
                ta,
                tb,
                tb.as_secs_f64() / ta.as_secs_f64().max(1e-9)
            );
        }
    }
}

fn size_name(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}
