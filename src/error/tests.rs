//! Every message of the crate, exactly, and positions in characters.

use super::*;

#[test]
fn every_error_message_exactly() {
    let io = std::io::Error::other("the line dropped");
    let bounds = "a whole number that a 64-bit integer holds; with a fraction, \
                  15 significant digits from 0.00001";
    let cases: Vec<(Detail<'_>, String)> = vec![
        (
            Detail::EmptyInput,
            "empty input: the text holds no article".into(),
        ),
        (
            Detail::NoTitle,
            "no title: the text holds no line after its header".into(),
        ),
        (
            Detail::TooLarge { len: 20_000_000 },
            "text too large: 20000000 bytes, the limit is 16777216".into(),
        ),
        (
            Detail::TooManyPieces { what: "mentions" },
            "too many pieces: more than 10000 mentions for one article".into(),
        ),
        (
            Detail::InvalidUtf8 {
                byte: Some(0xff),
                cut_short: false,
            },
            "invalid utf-8: byte 0xff cannot start a character".into(),
        ),
        (
            Detail::InvalidUtf8 {
                byte: Some(0xe1),
                cut_short: true,
            },
            "invalid utf-8: byte 0xe1 starts a character the text cuts short".into(),
        ),
        (
            Detail::InvalidUtf8 {
                byte: None,
                cut_short: true,
            },
            "invalid utf-8".into(),
        ),
        (
            Detail::InvalidDateline {
                why: "unexpected text before the date",
            },
            "invalid dateline: unexpected text before the date".into(),
        ),
        (
            Detail::NoSourceMarker,
            "invalid source marker: expected a code such as (CT) - or TTO -".into(),
        ),
        (
            Detail::AfterSourceMarker,
            "invalid source marker: unexpected text after the marker".into(),
        ),
        (
            Detail::NoCredit,
            "invalid credit: expected roles and names such as Tin, ảnh: KIM XUÂN, \
             a source such as Theo TTXVN, or a byline"
                .into(),
        ),
        (
            Detail::SeveralCredits { count: 2 },
            "invalid credit: the line holds 2 credits".into(),
        ),
        (
            Detail::CannotRead { io: &io },
            "cannot read: the line dropped".into(),
        ),
        (
            Detail::UnknownName {
                what: "unit",
                name: "dặm",
            },
            "unknown unit: \"dặm\"".into(),
        ),
        (
            Detail::InvalidNumber {
                expected: "a digit",
            },
            "invalid number: expected a digit".into(),
        ),
        (
            Detail::NumberOutOfBounds,
            format!("invalid number: outside what a decimal holds exactly ({bounds})"),
        ),
    ];
    for (detail, want) in cases {
        assert_eq!(detail.to_string(), want);
    }
}

#[test]
fn every_diagnostic_message_exactly() {
    let date = chrono::NaiveDate::from_ymd_opt(2024, 4, 3).unwrap_or_default();
    let bounds = "a whole number that a 64-bit integer holds; with a fraction, \
                  15 significant digits from 0.00001";
    let cases: Vec<(Detail<'_>, String)> = vec![
        (
            Detail::MissingDateline,
            "no dateline at the top of the article".into(),
        ),
        (
            Detail::MissingLead,
            "no lead paragraph after the title".into(),
        ),
        (Detail::MissingTitle, "no title above the lead".into()),
        (
            Detail::TitleJoined,
            "the title runs over two lines; they were joined with a space".into(),
        ),
        (
            Detail::UnknownOutlet { code: "XYZQ" },
            "source marker code \"XYZQ\" is not in the outlet registry".into(),
        ),
        (
            Detail::OffsetAssumed,
            "no UTC offset in the dateline; +07:00 assumed".into(),
        ),
        (
            Detail::ImpossibleDate {
                place: "dateline",
                day: 31,
                month: 2,
                year: Some(2024),
            },
            "impossible date in the dateline: day 31, month 2, year 2024".into(),
        ),
        (
            Detail::ImpossibleDate {
                place: "text",
                day: 31,
                month: 4,
                year: None,
            },
            "impossible date in the text: day 31, month 4".into(),
        ),
        (
            Detail::WeekdayMismatch {
                place: "dateline",
                named: "monday",
                date,
                actual: "wednesday",
            },
            "the dateline names monday but 2024-04-03 is a wednesday".into(),
        ),
        (
            Detail::RedundantMeridiem {
                hour: 14,
                minute: 5,
                pm: true,
            },
            "24-hour time 14:05 with a redundant PM".into(),
        ),
        (
            Detail::ImpossibleTime {
                hour: 25,
                minute: 61,
                second: 0,
            },
            "impossible time 25:61:00".into(),
        ),
        (
            Detail::NumberTooLong { text: "0,0000001" },
            format!("number too long to hold exactly: 0,0000001 ({bounds}); not read"),
        ),
        (
            Detail::AmbiguousNumber { text: "15.6" },
            "ambiguous number 15.6: a decimal point or a date; not read".into(),
        ),
    ];
    for (detail, want) in cases {
        assert_eq!(detail.to_string(), want);
    }
}

#[test]
fn line_column_counts_characters_after_multibyte_letters() {
    let text = "Bình Thủy\nKết nạp đảng";
    let offset = text.find("đảng").unwrap();
    assert_eq!(line_column(text, offset), (2, 9));
    assert_eq!(line_column(text, 0), (1, 1));
    assert_eq!(line_column(text, text.len() + 10), (2, 13));
}

#[test]
fn line_column_handles_crlf_and_lone_cr() {
    assert_eq!(line_column("a\r\nb\rc", 5), (3, 1));
    assert_eq!(line_column("a\r\nb\rc", 3), (2, 1));
}

#[test]
fn messages_are_capped() {
    let long = "ả".repeat(500);
    let err = Error::at(ErrorKind::NoTitle, long, "", 0);
    assert!(err.message().len() <= MAX_MESSAGE + '…'.len_utf8());
    assert!(err.message().ends_with('…'));
}
