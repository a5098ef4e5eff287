//! Arbitrary bytes as a dump of articles, from a string and from a reader
//! (in one buffer and sixteen bytes at a time): no panic, and all read the
//! same articles and the same errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let read: Vec<_> = vn_article::read_many(data).map(|r| r.map_err(|e| e.to_string())).collect();
    let small = std::io::BufReader::with_capacity(16, data);
    let trickled: Vec<_> = vn_article::read_many(small).map(|r| r.map_err(|e| e.to_string())).collect();
    assert_eq!(read, trickled, "read_many disagrees with itself over small buffers");
    let Ok(text) = std::str::from_utf8(data) else { return };
    let many: Vec<_> = vn_article::parse_many(text).map(|r| r.map_err(|e| e.to_string())).collect();
    assert_eq!(read, many, "read_many and parse_many disagree");
});
