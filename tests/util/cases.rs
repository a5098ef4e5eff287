//! The pathological inputs, shared by `tests/pathological.rs` and the bench.

use unicode_normalization::UnicodeNormalization;

const SEED: &str = include_str!("../../seeds/000_ad18fd4188fc23a2.txt");

/// `unit` repeated to at least `size` bytes, after `head`.
pub fn repeat(head: &str, unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len() + head.len());
    s.push_str(head);
    while s.len() < size {
        s.push_str(unit);
    }
    s
}

pub type Build = fn(usize) -> String;

/// The amounts 1, 2, 3... each written by `link`, joined after [`HEADER`]
/// to at least `size` bytes: a range every two of them (`$1-$2-$3-`).
fn rising_chain(size: usize, link: fn(u64) -> String) -> String {
    let mut s = String::from(HEADER);
    let mut i = 1u64;
    while s.len() < size {
        s.push_str(&link(i));
        i += 1;
    }
    s
}

pub const HEADER: &str = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - ";

pub fn cases() -> Vec<(&'static str, Build)> {
    vec![
        ("one long line", |n| {
            repeat("", "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm ", n)
        }),
        ("a long lead", |n| {
            repeat(
                HEADER,
                "ngày 2-4-2024 quý II-2024 đạt 51/95 và 53,68% lúc 7 giờ 35 ",
                n,
            )
        }),
        ("only (", |n| repeat("", "(", n)),
        ("nested brackets", |n| {
            let half = "(".repeat(n / 2);
            format!("{half}{}", ")".repeat(n / 2))
        }),
        ("repeated (CT", |n| repeat(HEADER, "(CT", n)),
        ("repeated (CT with spaces", |n| repeat(HEADER, "(CT ", n)),
        ("repeated Tin, ảnh: ", |n| repeat("", "Tin, ảnh: ", n)),
        ("Tin, ảnh: lines", |n| {
            repeat("Tiêu đề\n\n", "Tin, ảnh: KIM XUÂN\n", n)
        }),
        ("empty lines", |n| repeat("", "\n", n)),
        ("one-letter paragraphs", |n| repeat("", "a\n\n", n)),
        ("datelines", |n| repeat("", "03/04/2024 - 07:35\n\n", n)),
        ("digits dashes slashes", |n| {
            repeat(HEADER, "12-3/45-6/7 8/9-10 ", n)
        }),
        ("digits alone", |n| repeat(HEADER, "1", n)),
        ("combining marks", |n| repeat("a", "\u{301}", n)),
        ("NFD text", |n| {
            repeat("", &SEED.nfd().collect::<String>(), n)
        }),
        ("quý repeated", |n| repeat(HEADER, "quý ", n)),
        ("impossible dates", |n| repeat(HEADER, "31/02/2024 ", n)),
        ("captions", |n| {
            repeat(HEADER, "x\n\nQuang cảnh. Ảnh: KIM XUÂN\n\n", n)
        }),
        ("bylines", |n| {
            repeat(
                "03/04/2024 - 07:35\n\nTiêu đề\n\nNội dung.\n\n",
                "KIM XUÂN\n\n",
                n,
            )
        }),
        ("lone CR lines", |n| {
            repeat("", "Đoạn văn ngắn có chữ.\r", n)
        }),
        ("lone CR pairs", |n| repeat("", "a\r\r", n)),
        ("CRLF paragraphs", |n| repeat("", "a\r\n\r\n", n)),
        ("mixed line ends", |n| repeat("", "a\rb\nc\r\n\r", n)),
        ("one word without spaces", |n| {
            repeat("", "Kếtnạpđảngviênmới", n)
        }),
        ("digits only", |n| repeat("", "1234567890", n)),
        ("inline dates", |n| repeat(HEADER, "ngày 2-4-2024 ", n)),
        ("money repeated", |n| repeat(HEADER, "256.341 tỉ đồng ", n)),
        ("a rising chain of signed amounts", |n| {
            rising_chain(n, |i| format!("${i}-"))
        }),
        ("a rising chain of amounts", |n| {
            rising_chain(n, |i| format!("{i}đ-"))
        }),
        ("times repeated", |n| repeat(HEADER, "lúc 7 giờ 35 ", n)),
        ("caption openers", |n| repeat(HEADER, "(Ảnh: ", n)),
        ("character references", |n| {
            repeat(HEADER, "Vi&#7879;t&nbsp;Nam &quot;&#150;&quot; ", n)
        }),
        ("references escaped without end", |n| {
            repeat(HEADER, "amp;", n).replacen("amp;", "&amp;", 1)
        }),
        ("ampersands and semicolons", |n| {
            repeat(HEADER, "&;&#;&x;", n)
        }),
        ("byline dashes", |n| {
            repeat("", "Tin: KIM XUÂN - Ảnh: THU TRANG - ", n)
        }),
        ("dash lines", |n| repeat("", "- \n", n)),
        // Rules and form feeds separate a dump's articles.
        ("rule lines", |n| repeat("", "=====\n", n)),
        ("articles between rules", |n| {
            repeat("", "Tiêu đề\nĐoạn.\n-----\n", n)
        }),
        ("form feeds", |n| repeat("", "\u{c}", n)),
        ("articles between form feeds", |n| {
            repeat("", "Tiêu đề\nĐoạn.\u{c}", n)
        }),
        // Headers over datelines that a marked lead must confirm.
        ("headers over unlike datelines", |n| {
            repeat(
                "03/04/2024 - 07:35\nTiêu đề\nĐoạn một.\nĐoạn hai.\n",
                "Thời sự\nThứ Năm, 12/02/2026 - 09:41\nTiêu đề hai\n",
                n,
            )
        }),
        ("bullets", |n| repeat("", "• ", n)),
        ("bullet credit lines", |n| {
            repeat("", "• Tin, ảnh: KIM XUÂN\n", n)
        }),
        ("zero-width spaces", |n| repeat("", "\u{200B}", n)),
        ("zero-width paragraphs", |n| repeat("", "a\u{200B}\n\n", n)),
        ("non-breaking-space lines", |n| repeat("", "\u{A0}\n", n)),
        ("weekday lines", |n| repeat("", "Thứ Tư, \n\n", n)),
        ("title-like lines", |n| {
            repeat("", "Kết nạp đảng viên mới đạt kế hoạch năm\n", n)
        }),
        ("time words repeated", |n| {
            repeat(
                HEADER,
                "từ đầu năm nay đến hết tháng Mười Một năm hai nghìn ",
                n,
            )
        }),
        ("number words repeated", |n| repeat(HEADER, "hai mươi ", n)),
        ("anchor words repeated", |n| {
            repeat(HEADER, "năm tháng tuần giờ nay qua ", n)
        }),
        // Each number word before an anchor word once looked through the
        // rest of its paragraph.
        ("counts before anchor words", |n| {
            repeat(HEADER, "x hai năm ", n)
        }),
        ("weekday words in capitals", |n| repeat(HEADER, "THỨ ", n)),
        ("lunar days repeated", |n| {
            repeat(HEADER, "rằm tháng Giêng năm Giáp Thìn ", n)
        }),
        ("lunar days in many articles", |n| {
            let article = format!(
                "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - {}\n\nTin: KIM XUÂN\n\n",
                "rằm tháng Giêng, đêm giao thừa, Tết Trung thu 2024, ".repeat(60)
            );
            repeat("", &article, n)
        }),
        ("furniture", |n| {
            repeat(
                "03/04/2024 - 07:35\n\nTiêu đề\n\nNội dung.\n\n",
                "Chia sẻ\n\n",
                n,
            )
        }),
        // Each weekday of a run once read the whole run after and before it.
        ("a list of weekdays", |n| repeat(HEADER, "thứ Hai, ", n)),
        // Each group of a run of digit groups once read the whole run as
        // one phone number.
        ("phone number groups", |n| repeat(HEADER, "0912 ", n)),
        ("ranges of money", |n| repeat(HEADER, "1-2 triệu đồng ", n)),
        // `cùng ngày` looks back for a date among the mentions before it:
        // after a run of times with none, and after one date.
        ("the same day after times", |n| {
            let times = "lúc 7h, ".repeat(n / 40);
            repeat(&format!("{HEADER}{times}"), "cùng ngày, ", n)
        }),
        ("the same day after a date", |n| {
            repeat(&format!("{HEADER}ngày 2/4, "), "chiều cùng ngày, ", n)
        }),
        ("dotted times and years of birth", |n| {
            repeat(
                HEADER,
                "lúc 17.30 SN 1985 tháng 12/2023 - 1/2024 4 triệu đến 6 triệu/m2 ",
                n,
            )
        }),
    ]
}
