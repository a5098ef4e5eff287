//! Arbitrary bytes as a dump of articles, from a string and from a reader:
//! no panic, and both read the same articles.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let read: Vec<_> = vn_article::read_many(data).collect();
    let Ok(text) = std::str::from_utf8(data) else { return };
    let many: Vec<_> = vn_article::parse_many(text).collect();
    let ok = |v: &[Result<vn_article::Article<'_>, vn_article::Error>]| v.iter().filter(|r| r.is_ok()).count();
    assert_eq!(ok(&read), ok(&many), "read_many and parse_many disagree");
});
