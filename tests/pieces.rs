//! The piece types through `FromStr`, with exact values and exact errors.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

use vn_article::{Credit, Dateline, ErrorKind, Role, SourceMarker};

#[test]
fn dateline_from_str() {
    let d: Dateline = "Thứ Tư, 24/12/2025 09:30:00 +07:00".parse().unwrap();
    assert_eq!(
        d.datetime().unwrap().to_rfc3339(),
        "2025-12-24T09:30:00+07:00"
    );
    assert!(!d.offset_assumed);
    assert_eq!(d.to_string(), "Thứ Tư, 24/12/2025 09:30:00 +07:00");
    let d: Dateline = "17/10/2024".parse().unwrap();
    assert_eq!(d.date.to_string(), "2024-10-17");
    assert_eq!(d.time, None);
    // Alone in brackets: read inside them.
    let d = Dateline::parse("(03/04/2024 - 07:35)").unwrap();
    assert_eq!(d.text, "03/04/2024 - 07:35");
    assert_eq!((d.text.span.start, d.text.span.end), (1, 19));
    assert_eq!(
        d.datetime().unwrap().to_rfc3339(),
        "2024-04-03T07:35:00+07:00"
    );
}

#[test]
fn dateline_errors() {
    let err = "hôm nay".parse::<Dateline>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidDateline);
    assert_eq!(
        err.to_string(),
        "invalid dateline: expected a day-first date such as 03/04/2024 - 07:35 at line 1, column 1"
    );
    // An impossible time or date: placed at its hour or its day.
    for (text, display, offset) in [
        (
            "  03/04/2024 25:61",
            "impossible time 25:61:00 at line 1, column 14",
            13,
        ),
        (
            "Thứ Hai, 31/02/2024 07:35",
            "impossible date in the dateline: day 31, month 2, year 2024 at line 1, column 10",
            11,
        ),
        (
            "Thứ Hai, 31–02–2024 07:35",
            "impossible date in the dateline: day 31, month 2, year 2024 at line 1, column 10",
            11,
        ),
        (
            "Ngày 31 tháng 2 năm 2024",
            "impossible date in the dateline: day 31, month 2, year 2024 at line 1, column 6",
            6,
        ),
        (
            "03/04/2024 7 giờ 75 phút",
            "impossible time 07:75:00 at line 1, column 12",
            11,
        ),
    ] {
        let err = text.parse::<Dateline>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidDateline, "{text}");
        assert_eq!(
            err.to_string(),
            format!("invalid dateline: {display}"),
            "{text}"
        );
        assert_eq!(err.offset(), offset, "{text}");
    }
    // A date with more after it, as a page's header prints it: placed at
    // the first mark or letter after the date.
    let err = "03/04/2024 - 07:35 | Thời sự"
        .parse::<Dateline>()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidDateline);
    assert_eq!(
        err.to_string(),
        "invalid dateline: unexpected text after the date at line 1, column 20"
    );
    assert_eq!(err.offset(), 19);
    let err = "03/04/2024 - 07:35 xyz".parse::<Dateline>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid dateline: unexpected text after the date at line 1, column 20"
    );
    // A date alone with words after it, and a bracket that holds no lunar
    // day: at the first byte after the date, not at its start.
    let err = "03/04/2024 abc".parse::<Dateline>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid dateline: unexpected text after the date at line 1, column 12"
    );
    assert_eq!(err.offset(), 11);
    let err = "Thứ Năm, 21/3/2024 (12/2)".parse::<Dateline>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid dateline: unexpected text after the date at line 1, column 20"
    );
    // Column 20 in characters, byte 22 (`ứ` and `ă` take more than one).
    assert_eq!(err.offset(), 22);
}

#[test]
fn source_marker_from_str() {
    let m: SourceMarker = "(CT) -".parse().unwrap();
    assert_eq!(
        (&*m.code, m.outlet.map(|o| o.name)),
        ("CT", Some("Báo Cần Thơ"))
    );
    let m: SourceMarker = "VOV.VN -".parse().unwrap();
    assert_eq!(
        (&*m.code, m.outlet.map(|o| o.name)),
        ("VOV.VN", Some("Đài Tiếng nói Việt Nam"))
    );
    let m: SourceMarker = "(Dân trí) –".parse().unwrap();
    assert_eq!(m.to_string(), "(Dân trí) –");
    let err = "(CT) - Ngày 2-4".parse::<SourceMarker>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidSourceMarker);
    assert_eq!(
        err.to_string(),
        "invalid source marker: unexpected text after the marker at line 1, column 8"
    );
    // A code whose bracket is never closed: the error after the code.
    let err = "(NLĐO -".parse::<SourceMarker>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid source marker: expected `)` after the code at line 1, column 6"
    );
    assert_eq!(err.offset(), 6);
    // A registered code that opens leads without a dash is a marker alone
    // too, as `Article::source` writes it; an unknown one is not.
    for (text, code) in [
        ("(Vietnam+)", "Vietnam+"),
        ("(PLO)", "PLO"),
        ("SGGPO", "SGGPO"),
        ("TGVN.", "TGVN"),
        ("  (Dân Việt) ", "Dân Việt"),
    ] {
        let m = SourceMarker::parse(text).unwrap();
        assert_eq!(&*m.code, code, "{text}");
        assert_eq!(m.text.as_str(), text.trim(), "{text}");
    }
    for text in ["(XYZ)", "Hà Nội", "(mở rộng)"] {
        let err = SourceMarker::parse(text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid source marker: expected a code such as (CT) - or TTO - at line 1, column 1",
            "{text}"
        );
    }
    // Words in a bracket are no code.
    let err = "(mở rộng".parse::<SourceMarker>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid source marker: expected a code such as (CT) - or TTO - at line 1, column 1"
    );
}

#[test]
fn credit_from_str() {
    let c: Credit = "Bài và ảnh: NGỌC LAN".parse().unwrap();
    assert_eq!(c.roles, [Role::Article, Role::Photo]);
    assert_eq!(c.names, ["NGỌC LAN"]);
    let c: Credit = "Theo TTXVN".parse().unwrap();
    assert_eq!(c.roles, [Role::Source]);
    assert_eq!(c.names, ["TTXVN"]);
    let err = "Bài: A - Ảnh: B".parse::<Credit>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid credit: the line holds 2 credits at line 1, column 10"
    );
    let err = "theo dõi tin tức".parse::<Credit>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidCredit);
    assert_eq!(err.column(), 1);
    // A caption's credit alone, as `Block::credits` writes it.
    for (text, roles, names) in [
        ("(Ảnh: Hà Phong).", &[Role::Photo][..], &["Hà Phong"][..]),
        ("(ảnh CACC)", &[Role::Photo], &["CACC"]),
        ("(Video: Cao Bách).", &[Role::Video], &["Cao Bách"]),
        ("(Đồ họa: BBC).", &[Role::Graphics], &["BBC"]),
        (
            "Ảnh do nhà trường cung cấp",
            &[Role::Photo],
            &["nhà trường cung cấp"],
        ),
    ] {
        let c = Credit::parse(text).unwrap();
        assert_eq!(c.roles, roles, "{text}");
        assert_eq!(c.names, names, "{text}");
        assert_eq!(c.text.as_str(), text, "{text}");
    }
    // A label with no name after it: the error where the name should be;
    // so with no colon, for a role a name must fill (before, `Ảnh` alone
    // was a photo credit of no names).
    for (text, column) in [
        ("Tin, ảnh:", 10),
        ("Theo", 5),
        ("Nguồn: ", 7),
        ("Bài: A - Ảnh:", 14),
        ("Ảnh", 4),
        ("Tin, ảnh", 9),
        ("Bài và ảnh", 11),
        ("Video", 6),
    ] {
        let err = text.parse::<Credit>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidCredit, "{text}");
        assert_eq!(
            err.to_string(),
            format!("invalid credit: expected a name after the label at line 1, column {column}"),
            "{text}"
        );
    }
    // The type's size buttons and an offset's sign are no byline (before,
    // an author named `A-` or `GMT+`); a name before a dash still is.
    for text in ["A-", "A+", "Aa-", "GMT+"] {
        let err = text.parse::<Credit>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid credit: expected roles and names such as Tin, ảnh: KIM XUÂN, \
             a source such as Theo TTXVN, or a byline at line 1, column 1",
            "{text}"
        );
    }
    let c: Credit = "Lê Hà -".parse().unwrap();
    assert_eq!(c.roles, [Role::Author]);
    assert_eq!(c.names, ["Lê Hà"]);
    // A period after the closing bracket: the last credit's text keeps it.
    let c = Credit::parse_line("Lê Hà (theo Reuters).").unwrap();
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].text.as_str(), "Lê Hà");
    assert_eq!(c[0].roles, [Role::Author]);
    assert_eq!(c[0].names, ["Lê Hà"]);
    assert_eq!(c[1].text.as_str(), "(theo Reuters).");
    assert_eq!(c[1].roles, [Role::Source]);
    assert_eq!(c[1].names, ["Reuters"]);
    // A desk of a few words closed by a period; a sentence is none.
    let c: Credit = "Ban Thời sự.".parse().unwrap();
    assert_eq!(c.names, ["Ban Thời sự"]);
    assert!("Ban Giám đốc cho biết.".parse::<Credit>().is_err());
    // A role's words last, their names cut off (no colon): no name, and
    // the credit's text keeps them (before, a name `Ảnh`).
    for (text, roles) in [
        ("Bài: Hoàng Lan - Ảnh", &[Role::Article][..]),
        ("Bài: Hoàng Lan; Ảnh", &[Role::Article]),
        (
            "Bài và ảnh: Hoàng Lan - Video",
            &[Role::Article, Role::Photo],
        ),
    ] {
        let c: Credit = text.parse().unwrap();
        assert_eq!(c.roles, roles, "{text}");
        assert_eq!(c.names, ["Hoàng Lan"], "{text}");
        assert_eq!(c.text.as_str(), text);
    }
    // What was done to the text, or a team's heading, names no one and is
    // a credit still.
    for (text, roles) in [
        ("Tổng hợp", &[Role::Compilation][..]),
        ("Lược dịch", &[Role::Translation]),
        ("Ekip thực hiện", &[Role::Production]),
    ] {
        let c: Credit = text.parse().unwrap();
        assert_eq!(c.roles, roles, "{text}");
        assert!(c.names.is_empty(), "{text}");
    }
}

/// Text whose marks are written apart (NFD, as some pages and editors
/// write Vietnamese) is read as its composed form: the same pieces, with
/// their text composed and their spans in the composed text. An error is
/// placed in the text as given.
#[test]
fn pieces_with_their_marks_written_apart() {
    use unicode_normalization::UnicodeNormalization;
    let nfd = |s: &str| s.nfd().collect::<String>();

    let text = nfd("Thứ tư, 03/04/2024 - 07:35");
    assert_ne!(text, "Thứ tư, 03/04/2024 - 07:35");
    let d = Dateline::parse(&text).unwrap();
    assert_eq!(d.text, "Thứ tư, 03/04/2024 - 07:35");
    assert_eq!((d.text.span.start, d.text.span.end), (0, 29));
    assert_eq!(d.weekday, Some(chrono::Weekday::Wed));
    assert_eq!(
        d.datetime().unwrap().to_rfc3339(),
        "2024-04-03T07:35:00+07:00"
    );
    let d: Dateline = text.parse().unwrap();
    assert_eq!(d.date.to_string(), "2024-04-03");

    let marker = nfd("(Dân trí) –");
    let m = SourceMarker::parse(&marker).unwrap();
    assert_eq!(m.text, "(Dân trí) –");
    assert_eq!(m.outlet.map(|o| o.name), Some("Dân trí"));

    let credit = nfd("Tin, ảnh: KIM XUÂN");
    let c = Credit::parse(&credit).unwrap();
    assert_eq!(c.roles, [Role::News, Role::Photo]);
    assert_eq!(c.names, ["KIM XUÂN"]);
    assert_eq!(c.text, "Tin, ảnh: KIM XUÂN");
    let line = nfd("Bài: MINH HẢI - Ảnh: THU TRANG");
    let credits = Credit::parse_line(&line).unwrap();
    assert_eq!(credits[1].names, ["THU TRANG"]);

    // Errors count their columns in the text as given: `â` and `í` written
    // apart are two characters each.
    let err = SourceMarker::parse(&nfd("(Dân trí) – Ngày 2-4")).unwrap_err();
    assert_eq!(err.offset(), nfd("(Dân trí) – ").len());
    assert_eq!(err.column(), 15);
    assert_eq!(
        err.to_string(),
        "invalid source marker: unexpected text after the marker at line 1, column 15"
    );
}

#[test]
fn codes_and_names_with_other_white_space_than_one_space() {
    // The code with its white space plain, as `Article::source` gives it;
    // the text as written.
    for (text, code, outlet) in [
        ("Báo Công  Thương -", "Báo Công Thương", "Báo Công Thương"),
        (
            "Báo Công\u{a0}Thương -",
            "Báo Công Thương",
            "Báo Công Thương",
        ),
        ("Hà Nội\u{2009}(TTXVN) -", "TTXVN", "Thông tấn xã Việt Nam"),
        ("WASHINGTON, DC\u{202f}(NV) –", "NV", "Người Việt"),
    ] {
        let m = SourceMarker::parse(text).unwrap();
        assert_eq!(m.text.as_str(), text);
        assert_eq!(m.code, code, "{text:?}");
        assert_eq!(m.outlet.map(|o| o.name), Some(outlet), "{text:?}");
    }
    assert_eq!(
        vn_article::outlet("VTC\u{a0}News").map(|o| (o.code, o.name)),
        Some(("VTC News", "VTC News"))
    );
    // A share button after a source's name, a non-breaking space between.
    let c = Credit::parse("Theo VTC News\u{a0}Copy link").unwrap();
    assert_eq!(c.roles, [Role::Source]);
    assert_eq!(c.names, ["VTC News"]);
    assert_eq!(c.text.as_str(), "Theo VTC News\u{a0}Copy link");
}

#[test]
fn a_known_code_closed_by_a_colon() {
    let m: SourceMarker = "TTO:".parse().unwrap();
    assert_eq!(
        (m.text.as_str(), &*m.code, m.outlet.map(|o| o.name)),
        ("TTO:", "TTO", Some("Tuổi Trẻ"))
    );
    let err = "PV:".parse::<SourceMarker>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid source marker: expected a code such as (CT) - or TTO - at line 1, column 1"
    );
    // In an article: the marker and the lead after it.
    let text = "06/12/2025 08:15\nMưa lớn gây ngập nhiều tuyến đường\n\
                TTO: Sáng 6-12, mưa lớn kéo dài khiến nhiều tuyến đường ngập sâu.\n";
    let a = vn_article::parse(text).unwrap();
    let source = a.source.as_ref().unwrap();
    assert_eq!((source.text.as_str(), &*source.code), ("TTO:", "TTO"));
    assert_eq!(
        a.lead.as_deref(),
        Some("Sáng 6-12, mưa lớn kéo dài khiến nhiều tuyến đường ngập sâu.")
    );
    assert_eq!(a.rebuild(), text);
}
