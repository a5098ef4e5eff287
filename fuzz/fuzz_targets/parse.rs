//! Arbitrary bytes as an article, as each piece and as a text whose
//! mentions alone are read: no panic.
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
        // Mentions alone, under a day and without: each span is its text's
        // place in the normalized text.
        let day = vn_article::Dateline::parse("03/04/2024").ok().map(|d| d.date);
        let nfc = vn_article::normalize(text);
        for dateline in [day, None] {
            for m in vn_article::mentions(text, dateline).unwrap_or_default() {
                assert_eq!(nfc.get(m.text.span.range()), Some(&*m.text.text));
            }
        }
    }
});
