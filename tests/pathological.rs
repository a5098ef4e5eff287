//! Pathological inputs, each built here at two sizes eight times apart
//! (1 MiB and 8 MiB in release builds, 128 KiB and 1 MiB in debug builds).
//! Parsing must not panic, and its time must grow well under quadratically:
//! at most 32 times from the small size to the large one, where linear is 8
//! and quadratic 64. Times are compared within the run, never to a constant.
//!
//! CI runs this suite in release mode: `cargo test --release --test pathological`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::{Duration, Instant};

#[path = "util/cases.rs"]
mod cases;

use cases::{cases, repeat};

fn small() -> usize {
    if cfg!(debug_assertions) {
        128 << 10
    } else {
        1 << 20
    }
}

/// The best of five runs of `f`: the machine is shared, and a run that
/// another process slowed down says nothing of the parser.
fn time(mut f: impl FnMut()) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

#[track_caller]
fn assert_linear(name: &str, small: Duration, large: Duration) {
    // Below a millisecond the clock says little; count it as one.
    let floor = Duration::from_millis(1);
    let ratio = large.as_secs_f64() / small.max(floor).as_secs_f64();
    println!("{name:<28} {:>9.2?} {:>9.2?}  x{ratio:.1}", small, large);
    assert!(
        ratio <= 32.0,
        "{name}: {small:?} -> {large:?} grows x{ratio:.1}"
    );
}

#[test]
fn parse_grows_linearly() {
    for (name, build) in cases() {
        let (a, b) = (build(small()), build(small() * 8));
        let ta = time(|| drop(std::hint::black_box(vn_article::parse(&a))));
        let tb = time(|| drop(std::hint::black_box(vn_article::parse(&b))));
        assert_linear(name, ta, tb);
    }
}

#[test]
fn parse_many_grows_linearly() {
    let tiny = "03/04/2024 - 07:35\n\nT\n\nL.\n\nKIM XUÂN\n\n";
    let mut all = cases();
    all.push(("tiny articles", |n| {
        repeat("", "03/04/2024 - 07:35\n\nT\n\nL.\n\nKIM XUÂN\n\n", n)
    }));
    for (name, build) in all {
        let (a, b) = (build(small()), build(small() * 8));
        let ta = time(|| {
            std::hint::black_box(vn_article::parse_many(&a).count());
        });
        let tb = time(|| {
            std::hint::black_box(vn_article::parse_many(&b).count());
        });
        assert_linear(name, ta, tb);
    }
    let n = vn_article::parse_many(&repeat("", tiny, small())).count();
    assert_eq!(n, small().div_ceil(tiny.len()));
}

#[test]
fn read_many_grows_linearly() {
    let build = |n| repeat("", "03/04/2024 - 07:35\n\nT\n\nL.\n\nKIM XUÂN\n\n", n);
    let (a, b) = (build(small()), build(small() * 8));
    let ta = time(|| {
        std::hint::black_box(vn_article::read_many(a.as_bytes()).count());
    });
    let tb = time(|| {
        std::hint::black_box(vn_article::read_many(b.as_bytes()).count());
    });
    assert_linear("read_many tiny articles", ta, tb);
}

#[test]
fn too_large_is_an_error() {
    let text = "a".repeat(vn_article::MAX_INPUT_LEN + 1);
    let err = vn_article::parse(&text).unwrap_err();
    assert_eq!(err.kind(), vn_article::ErrorKind::TooLarge);
    assert_eq!(
        err.to_string(),
        format!(
            "text too large: {} bytes, the limit is {} at line 1, column 1",
            text.len(),
            vn_article::MAX_INPUT_LEN
        )
    );
}
