//! Arbitrary bytes as an article and as each piece: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = vn_article::parse_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = vn_article::normalize(text);
        let _ = vn_article::Dateline::parse(text);
        let _ = vn_article::SourceMarker::parse(text);
        let _ = vn_article::Credit::parse_line(text);
        let _ = vn_article::outlet(text);
    }
});
