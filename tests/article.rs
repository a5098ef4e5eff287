//! Whole-article parsing through the public API only, as another crate would.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod util;

use chrono::{NaiveDate, Weekday};
use vn_article::{BlockKind, ErrorKind, MentionValue, Role};

const SEED: &str = include_str!("../seeds/000_ad18fd4188fc23a2.txt");

#[test]
fn the_seed_article() {
    let a = util::article(SEED);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "03/04/2024 - 07:35");
    assert_eq!(
        d.datetime().unwrap().to_rfc3339(),
        "2024-04-03T07:35:00+07:00"
    );
    assert!(d.offset_assumed);
    assert_eq!(d.weekday, None);
    assert_eq!(a.section, ["Bình Thủy"]);
    assert_eq!(a.title, "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm");
    let s = a.source.as_ref().unwrap();
    assert_eq!(
        (&*s.text, &*s.code, s.outlet.map(|o| o.name)),
        ("(CT) -", "CT", Some("Báo Cần Thơ"))
    );
    assert!(a
        .lead
        .as_ref()
        .unwrap()
        .starts_with("Ngày 2-4-2024, Ban Thường vụ"));
    assert_eq!(a.body.len(), 4);
    assert!(a.body.iter().all(|b| b.kind == BlockKind::Paragraph));
    assert_eq!(a.credits.len(), 1);
    assert_eq!(a.credits[0].text, "Tin, ảnh: KIM XUÂN");
    assert_eq!(a.credits[0].roles, [Role::News, Role::Photo]);
    assert_eq!(a.credits[0].names, ["KIM XUÂN"]);
    assert_eq!(a.footer, ["Chia sẻ bài viết"]);
    assert_eq!(util::codes(&a), ["offset_assumed"]);
    assert_eq!(a.diagnostics[0].line, 1);
    assert_eq!(
        a.diagnostics[0].message,
        "no UTC offset in the dateline; +07:00 assumed"
    );
}

#[test]
fn the_seed_mentions() {
    let a = util::article(SEED);
    let dates: Vec<(&str, Option<NaiveDate>)> = a
        .mentions
        .iter()
        .filter_map(|m| match m.value {
            MentionValue::Date { date, .. } => Some((&*m.text, date)),
            _ => None,
        })
        .collect();
    assert_eq!(
        dates,
        [
            ("Ngày 2-4-2024", NaiveDate::from_ymd_opt(2024, 4, 2)),
            ("ngày 28-3-2024", NaiveDate::from_ymd_opt(2024, 3, 28)),
        ]
    );
    // A quarter without its year takes the one nearest the dateline
    // (3 April 2024: the first and second quarters of 2024).
    let quarters: Vec<(u8, Option<i32>, bool)> = a
        .mentions
        .iter()
        .filter_map(|m| match m.value {
            MentionValue::Quarter {
                quarter,
                year,
                year_inferred,
                ..
            } => Some((quarter, year, year_inferred)),
            _ => None,
        })
        .collect();
    assert_eq!(
        quarters,
        [
            (1, Some(2024), true),
            (2, Some(2024), false),
            (1, Some(2024), true),
            (1, Some(2024), true),
            (2, Some(2024), true)
        ]
    );
    let percents: Vec<String> = a
        .mentions
        .iter()
        .filter_map(|m| match m.value {
            MentionValue::Percent { value, .. } => Some(value.to_string()),
            _ => None,
        })
        .collect();
    // The title's `53,68%` first: titles are scanned too.
    assert_eq!(percents, ["53.68", "53.68", "30.72"]);
    assert!(a
        .mentions
        .iter()
        .any(|m| m.value == MentionValue::ratio(51, 95)));
    let numbers: Vec<(&str, String)> = a
        .mentions
        .iter()
        .filter_map(|m| match m.value {
            MentionValue::Number {
                value, unit: None, ..
            } => Some((&*m.text, value.to_string())),
            _ => None,
        })
        .collect();
    assert_eq!(numbers, [("110", "110".into()), ("9", "9".into())]);
    // `cùng kỳ năm 2023`, three times: the whole year.
    let periods: Vec<(&str, Option<NaiveDate>, Option<NaiveDate>)> = a
        .mentions
        .iter()
        .filter_map(|m| match m.value {
            MentionValue::Period { start, end, .. } => Some((&*m.text, start, end)),
            _ => None,
        })
        .collect();
    let year = (
        "năm 2023",
        NaiveDate::from_ymd_opt(2023, 1, 1),
        NaiveDate::from_ymd_opt(2023, 12, 31),
    );
    assert_eq!(periods, [year, year, year]);
    assert_eq!(a.mentions.len(), 16);
}

#[test]
fn the_seed_serializes_with_serde_json() {
    let a = util::article(SEED);
    let v: serde_json::Value = serde_json::to_value(&a).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["dateline"]["datetime"], "2024-04-03T07:35:00+07:00");
    assert_eq!(v["dateline"]["offset_assumed"], true);
    assert_eq!(v["source"]["outlet"], "Báo Cần Thơ");
    assert_eq!(
        v["credits"][0]["roles"],
        serde_json::json!(["news", "photo"])
    );
    assert_eq!(v["mentions"][0]["kind"], "percent");
    assert_eq!(v["mentions"][0]["text"], "53,68%");
    assert_eq!(v["mentions"][1]["date"], "2024-04-02");
    assert_eq!(v["diagnostics"][0]["code"], "offset_assumed");
}

#[test]
fn the_seed_round_trips_and_owns() {
    let a = util::article(SEED);
    let again = util::article(&a.to_string()).into_owned();
    assert_eq!(a, again);
    let owned: vn_article::Article<'static> = a.clone().into_owned();
    assert_eq!(owned, a);
}

#[test]
fn crlf_bom_and_nbsp_give_the_same_article() {
    let crlf = format!("\u{feff}{}", SEED.replace('\n', "\r\n"));
    let cr = SEED.replace('\n', "\r");
    let nbsp = SEED.replace("Bình Thủy\n", "Bình Thủy\u{a0}\u{a0}\n");
    let a = util::article(SEED);
    assert_eq!(util::article(&crlf), a);
    assert_eq!(util::article(&cr), a);
    assert_eq!(util::article(&nbsp), a);
}

#[test]
fn errors_for_texts_without_an_article() {
    util::assert_err(
        "",
        ErrorKind::EmptyInput,
        "empty input: the text holds no article at line 1, column 1",
        0,
        1,
        1,
    );
    util::assert_err(
        " \n\u{a0}\n\t",
        ErrorKind::EmptyInput,
        "empty input: the text holds no article at line 1, column 1",
        0,
        1,
        1,
    );
    util::assert_err(
        "Thứ Tư, 03/04/2024 - 07:35\n\n",
        ErrorKind::NoTitle,
        "no title: the text holds no line after its header at line 3, column 1",
        31,
        3,
        1,
    );
}

#[test]
fn invalid_utf8_is_an_error_with_its_position() {
    let mut bytes = "Bình Thủy\nKết nạp".as_bytes().to_vec();
    bytes.push(0xff);
    let err = vn_article::parse_bytes(&bytes).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
    assert_eq!((err.offset(), err.line(), err.column()), (24, 2, 8));
    assert_eq!(
        err.to_string(),
        "invalid utf-8: byte 0xff cannot start a character at line 2, column 8"
    );
}

#[test]
fn a_missing_dateline_and_lead_are_diagnostics() {
    let a = util::article("Chỉ có tiêu đề\n");
    assert_eq!(a.title, "Chỉ có tiêu đề");
    assert_eq!(util::codes(&a), ["missing_dateline", "missing_lead"]);
}

#[test]
fn impossible_dateline_stays_in_the_body() {
    let a = util::article("31/02/2024 - 07:35\n\nTiêu đề bài\n\n(CT) - Nội dung.\n");
    assert!(a.dateline.is_none());
    assert_eq!(a.title, "Tiêu đề bài");
    assert_eq!(a.body[0].text, "31/02/2024 - 07:35");
    assert_eq!(util::codes(&a), ["impossible_date"]);
    assert_eq!(
        a.diagnostics[0].message,
        "impossible date in the dateline: day 31, month 2, year 2024"
    );
}

#[test]
fn weekday_mismatch_is_a_diagnostic() {
    let a = util::article("Thứ Năm, 03/04/2024 - 07:35 (GMT+7)\n\nTiêu đề\n\nTTO - Nội dung.\n");
    assert_eq!(a.dateline.as_ref().unwrap().weekday, Some(Weekday::Thu));
    assert_eq!(util::codes(&a), ["weekday_mismatch"]);
    assert_eq!(
        a.diagnostics[0].message,
        "the dateline names thursday but 2024-04-03 is a wednesday"
    );
}

#[test]
fn unknown_outlet_is_a_diagnostic() {
    let a = util::article("03/04/2024 - 07:35\n\nTiêu đề\n\n(XYZQ) - Nội dung bài.\n");
    let s = a.source.as_ref().unwrap();
    assert_eq!((&*s.code, s.outlet.map(|o| o.name)), ("XYZQ", None));
    assert_eq!(util::codes(&a), ["offset_assumed", "unknown_outlet"]);
    assert_eq!(
        a.diagnostics[1].message,
        "source marker code \"XYZQ\" is not in the outlet registry"
    );
    assert_eq!(a.diagnostics[1].line, 5);
}

#[test]
fn a_web_editions_code_without_a_dash_opens_the_lead() {
    let a = util::article(
        "01/12/2026 - 09:30\nThời sự\nMở thêm tuyến xe buýt điện\n\
         SGGPO Sáng 1-12, thành phố mở thêm ba tuyến xe buýt điện.\nĐoạn hai.\n",
    );
    let s = a.source.as_ref().unwrap();
    assert_eq!(
        (&*s.text.text, &*s.code, s.outlet.map(|o| o.name)),
        ("SGGPO", "SGGPO", Some("Sài Gòn Giải Phóng"))
    );
    assert_eq!(
        a.lead.as_ref().map(|l| &*l.text),
        Some("Sáng 1-12, thành phố mở thêm ba tuyến xe buýt điện.")
    );
    assert_eq!(&*a.title.text, "Mở thêm tuyến xe buýt điện");
}

#[test]
fn parse_many_splits_a_dump() {
    let dump = format!("{SEED}\n\n{SEED}\n\n\n{SEED}");
    let all: Vec<_> = vn_article::parse_many(&dump)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 3);
    let one = util::article(SEED);
    for a in &all {
        assert_eq!(*a, one);
    }
    assert!(all[1].title.span.start > all[0].footer[0].span.end);
    assert_eq!(
        &dump[all[2].title.span.range()],
        "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm"
    );
}

/// A gallery's counters in the body (`1 / 5`, `Ảnh 4/5`, `(Ảnh 3 trên
/// 5)`) stay paragraphs, verbatim, and give no mention: `Ảnh 4/5` is no
/// 4 May. A date alone on its line (`4/5`) is still one, in the year
/// nearest the dateline's day.
#[test]
fn a_gallerys_counters_give_no_mentions() {
    let text = "Thứ Ba, 02/12/2025 09:15\n\nNgắm hoa tam giác mạch\n\n\
                Hoa nở rộ khắp các triền đồi ở Hà Giang.\n\n1 / 5\n\n\
                Hoa nở rộ ven đường. Ảnh: LÊ HÀ\n\n(Ảnh 3 trên 5)\n\nẢnh 4/5\n\n4/5\n\n\
                Mùa hoa kéo dài đến cuối tháng.\n";
    let a = util::article(text);
    let body: Vec<(BlockKind, &str)> = a.body.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        body,
        [
            (BlockKind::Paragraph, "1 / 5"),
            (BlockKind::Caption, "Hoa nở rộ ven đường."),
            (BlockKind::Paragraph, "(Ảnh 3 trên 5)"),
            (BlockKind::Paragraph, "Ảnh 4/5"),
            (BlockKind::Paragraph, "4/5"),
            (BlockKind::Paragraph, "Mùa hoa kéo dài đến cuối tháng."),
        ]
    );
    let mentions: Vec<(&str, &MentionValue)> = a
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), &m.value))
        .collect();
    assert_eq!(mentions.len(), 2, "{mentions:?}");
    assert_eq!(mentions[0].0, "4/5");
    assert_eq!(mentions[1].0, "cuối tháng");
    assert!(
        matches!(mentions[0].1, MentionValue::Date { date: Some(d), year_inferred: true, .. }
            if *d == NaiveDate::from_ymd_opt(2026, 5, 4).unwrap()),
        "{mentions:?}"
    );
    assert_eq!(a.rebuild(), text);
}

/// Character references a scraper left in the text are read as the
/// characters they stand for: the article equals the one of the plain
/// text, and its pieces rebuild the decoded text. `AT&T` stays as written.
#[test]
fn character_references_read_as_their_characters() {
    let escaped = "03/04/2024&nbsp;-&nbsp;07:35\n\nB&igrave;nh Th&#7911;y\n\n\
                   K&#7871;t n&#7841;p &#273;&#7843;ng vi&ecirc;n m&#7899;i\n\n\
                   (CT)&nbsp;- Ng&agrave;y 2-4-2024, AT&T h&#7885;p &quot;s&#417; k&#7871;t&quot;.\n\n\
                   Tin,&amp;nbsp;&#7843;nh: KIM XU&Acirc;N\n";
    let plain = "03/04/2024\u{a0}-\u{a0}07:35\n\nBình Thủy\n\nKết nạp đảng viên mới\n\n\
                 (CT)\u{a0}- Ngày 2-4-2024, AT&T họp \"sơ kết\".\n\n\
                 Tin,\u{a0}ảnh: KIM XUÂN\n";
    assert_eq!(vn_article::normalize(escaped), plain);
    let a = util::article(escaped);
    assert_eq!(a, util::article(plain));
    assert_eq!(a.title, "Kết nạp đảng viên mới");
    assert_eq!(a.section[0], "Bình Thủy");
    assert_eq!(a.source.as_ref().map(|s| s.code.as_ref()), Some("CT"));
    assert_eq!(
        a.lead.as_deref(),
        Some("Ngày 2-4-2024, AT&T họp \"sơ kết\".")
    );
    assert_eq!(a.credits[0].names, ["KIM XUÂN"]);
    assert_eq!(a.credits[0].roles, [Role::News, Role::Photo]);
    assert_eq!(a.rebuild(), plain);
    // The rendering holds no reference: it parses to the same article.
    assert_eq!(util::article(&a.to_string()), a);
}

/// The number of an entry of a list opening a paragraph (`1. Bối cảnh`,
/// `II. Giải pháp`, `3) ...`) is no figure; the figures after it are read,
/// and a number that opens a sentence (`1.200 người ...`) still is one.
#[test]
fn list_numbers_give_no_mentions() {
    let text = "Thứ Ba, 02/12/2025 09:15\n\nTiêu đề bài viết\n\n\
                Đoạn mở đầu của bài viết về giao thông đô thị.\n\n\
                1. Thực trạng\n\nII. Giải pháp cho 3 quận\n\n3) Kết luận\n\n\
                1.200 người tham gia khảo sát.\n";
    let a = util::article(text);
    let mentions: Vec<(&str, usize)> = a
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.text.span.start))
        .collect();
    let three = text.find("3 quận").unwrap();
    let many = text.find("1.200 người").unwrap();
    assert_eq!(mentions, [("3", three), ("1.200 người", many)]);
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        [
            "1. Thực trạng",
            "II. Giải pháp cho 3 quận",
            "3) Kết luận",
            "1.200 người tham gia khảo sát."
        ]
    );
}

/// The marks of writing direction that text copied from pages and social
/// networks carries (U+200E, U+200F, the embeddings U+202A..U+202E, the
/// isolates U+2066..U+2069) are white space, as the zero-width space is:
/// a dateline, a marker or a credit line holding them reads as without.
#[test]
fn marks_of_writing_direction_are_white_space() {
    let a = util::article(SEED);
    let marked = SEED
        .replacen(
            "03/04/2024 - 07:35",
            "\u{200E}03/04/2024\u{200E} - 07:35\u{200F}",
            1,
        )
        .replacen("(CT) - ", "(CT)\u{2066} -\u{2069} ", 1)
        .replacen(
            "Tin, ảnh: KIM XUÂN",
            "Tin, ảnh:\u{202A} KIM XUÂN\u{202C}",
            1,
        );
    let got = util::article(&marked);
    let (d, want) = (got.dateline.unwrap(), a.dateline.unwrap());
    assert_eq!(
        (d.date, d.time, d.offset),
        (want.date, want.time, want.offset)
    );
    assert_eq!(d.text, "03/04/2024\u{200E} - 07:35");
    assert_eq!(d.text.span.range(), 3..24);
    let source = got.source.as_ref().unwrap();
    assert_eq!(
        (&*source.code, source.outlet),
        ("CT", a.source.as_ref().unwrap().outlet)
    );
    assert_eq!(source.text, "(CT)\u{2066} -");
    assert_eq!(got.credits[0].roles, a.credits[0].roles);
    assert_eq!(got.credits[0].names, ["KIM XUÂN"]);
    assert_eq!(got.title, a.title);
    assert_eq!(got.body.len(), a.body.len());
}

#[test]
fn line_and_paragraph_separators_read_as_line_ends() {
    let a = util::article(SEED);
    let lines = SEED.replace('\n', "\u{2028}");
    let paragraphs = SEED.replace('\n', "\u{2029}");
    assert_eq!(util::article(&lines), a);
    assert_eq!(util::article(&paragraphs), a);
    // Positions are those of the normalized text, where each separator is
    // one `\n`: the title spans bytes 34 to 97, as in the seed.
    let got = util::article(&lines);
    assert_eq!(got.title, "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm");
    assert_eq!(got.title.span.range(), 34..97);
    assert_eq!(got.credits[0].names, ["KIM XUÂN"]);
    assert_eq!(got.diagnostics[0].line, 1);
    // A dump's articles are parted at line ends (`\n`, `\r\n`, `\r`); the
    // lines after each dateline, parted by separators, read alike.
    let (dateline, rest) = lines.split_once('\u{2028}').unwrap();
    let dump = format!("{dateline}\n{rest}\n\n{dateline}\n{rest}");
    let many: Vec<_> = vn_article::parse_many(&dump).collect();
    assert_eq!(many.len(), 2);
    for one in many {
        let one = one.unwrap();
        assert_eq!(one.title, a.title);
        assert_eq!(one.dateline, a.dateline);
        assert_eq!(one.credits, a.credits);
        assert_eq!(one.body.len(), a.body.len());
    }
    util::assert_err(
        "Thứ Tư, 03/04/2024 - 07:35\u{2029}\u{2029}",
        ErrorKind::NoTitle,
        "no title: the text holds no line after its header at line 3, column 1",
        31,
        3,
        1,
    );
}
