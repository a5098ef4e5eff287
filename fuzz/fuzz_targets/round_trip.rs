//! Any text that parses: nothing is lost (`rebuild` gives the normalized text
//! back) and the rendering parses to an equal article.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(article) = vn_article::parse(text) else { return };
    assert_eq!(article.rebuild(), vn_article::normalize(text), "rebuild differs");
    let rendered = article.to_string();
    let again = vn_article::parse(&rendered).expect("the rendering parses");
    assert_eq!(again, article, "parse(render(a)) != a; rendered: {rendered:?}");
});
