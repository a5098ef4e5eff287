//! Every dateline form outlets print, read as the first line of an article,
//! with the exact date-time it must give, and a broken variant of each with
//! the exact diagnostic it must give.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

fn article_with(dateline: &str) -> String {
    format!("{dateline}\n\nTiêu đề bài viết\n\nNội dung bài viết.\n")
}

/// (dateline, RFC 3339 date-time or plain date, offset assumed, text kept)
const FORMS: &[(&str, &str, bool, &str)] = &[
    (
        "03/04/2024 - 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "03/04/2024 - 07:35",
    ),
    (
        "3/4/2024 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "3/4/2024 07:35",
    ),
    (
        "03/04/2024 -- 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "03/04/2024 -- 07:35",
    ),
    (
        "03-04-2024, 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "03-04-2024, 07:35",
    ),
    // Spaced separators, as in running text.
    (
        "03 / 04 / 2024 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "03 / 04 / 2024 07:35",
    ),
    (
        "03 - 04 - 2024 - 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "03 - 04 - 2024 - 07:35",
    ),
    (
        "Thứ Tư, 03/04/ 2024 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "Thứ Tư, 03/04/ 2024 07:35",
    ),
    (
        "14/02/2025  08:05",
        "2025-02-14T08:05:00+07:00",
        true,
        "14/02/2025  08:05",
    ),
    (
        "Thứ Tư, 03/04/2024 - 07:35",
        "2024-04-03T07:35:00+07:00",
        true,
        "Thứ Tư, 03/04/2024 - 07:35",
    ),
    (
        "Thứ ba, 23/12/2025 09:02 (GMT+7)",
        "2025-12-23T09:02:00+07:00",
        false,
        "Thứ ba, 23/12/2025 09:02 (GMT+7)",
    ),
    (
        "Thứ Tư, 24/12/2025 09:30:00 +07:00",
        "2025-12-24T09:30:00+07:00",
        false,
        "Thứ Tư, 24/12/2025 09:30:00 +07:00",
    ),
    (
        "Chủ nhật, 06/07/2025 10:20",
        "2025-07-06T10:20:00+07:00",
        true,
        "Chủ nhật, 06/07/2025 10:20",
    ),
    (
        "Thứ sáu , 13/10/2017 09:41 AM GMT+7",
        "2017-10-13T09:41:00+07:00",
        false,
        "Thứ sáu , 13/10/2017 09:41 AM GMT+7",
    ),
    (
        "13/10/2017 14:10 PM",
        "2017-10-13T14:10:00+07:00",
        true,
        "13/10/2017 14:10 PM",
    ),
    (
        "16:20, 21/05/2019",
        "2019-05-21T16:20:00+07:00",
        true,
        "16:20, 21/05/2019",
    ),
    (
        "07:35 03/04/2024",
        "2024-04-03T07:35:00+07:00",
        true,
        "07:35 03/04/2024",
    ),
    (
        "08:15 Ngày 11/11/2019",
        "2019-11-11T08:15:00+07:00",
        true,
        "08:15 Ngày 11/11/2019",
    ),
    (
        "Cập nhật: 10:15 ngày 05/06/2023",
        "2023-06-05T10:15:00+07:00",
        true,
        "Cập nhật: 10:15 ngày 05/06/2023",
    ),
    (
        "Ngày đăng: 10:45, 19/03/2024",
        "2024-03-19T10:45:00+07:00",
        true,
        "Ngày đăng: 10:45, 19/03/2024",
    ),
    (
        "Posted on 19/03/2024 10:45",
        "2024-03-19T10:45:00+07:00",
        true,
        "Posted on 19/03/2024 10:45",
    ),
    (
        "Tuesday, 19/03/2024 10:45",
        "2024-03-19T10:45:00+07:00",
        true,
        "Tuesday, 19/03/2024 10:45",
    ),
    (
        "Tue, 19/03/2024 10:45",
        "2024-03-19T10:45:00+07:00",
        true,
        "Tue, 19/03/2024 10:45",
    ),
    (
        "Updated: 19/03/2024 10:45",
        "2024-03-19T10:45:00+07:00",
        true,
        "Updated: 19/03/2024 10:45",
    ),
    (
        "21:30 | 02/10/2022 GMT+7",
        "2022-10-02T21:30:00+07:00",
        false,
        "21:30 | 02/10/2022 GMT+7",
    ),
    (
        "Minh Anh | 05/01/2023 06:40 (GMT+7)",
        "2023-01-05T06:40:00+07:00",
        false,
        "05/01/2023 06:40 (GMT+7)",
    ),
    (
        "2018-12-06 09:14:39",
        "2018-12-06T09:14:39+07:00",
        true,
        "2018-12-06 09:14:39",
    ),
    (
        "2019-3-7 10:02",
        "2019-03-07T10:02:00+07:00",
        true,
        "2019-3-7 10:02",
    ),
    (
        "2025.12.04 07:30",
        "2025-12-04T07:30:00+07:00",
        true,
        "2025.12.04 07:30",
    ),
    ("2025.12.04", "2025-12-04", true, "2025.12.04"),
    ("17/10/2024", "2024-10-17", true, "17/10/2024"),
    (
        "ngày 3 tháng 4 năm 2024, 7 giờ 35",
        "2024-04-03T07:35:00+07:00",
        true,
        "ngày 3 tháng 4 năm 2024, 7 giờ 35",
    ),
    (
        "13 tháng 12, 2024 | 10:15",
        "2024-12-13T10:15:00+07:00",
        true,
        "13 tháng 12, 2024 | 10:15",
    ),
    // After a day, `năm` in small letters before the year is May.
    (
        "Thứ hai, 29 tháng năm 2017 10:00",
        "2017-05-29T10:00:00+07:00",
        true,
        "Thứ hai, 29 tháng năm 2017 10:00",
    ),
    (
        "16:40 (GMT+7) 12/12/2024",
        "2024-12-12T16:40:00+07:00",
        false,
        "16:40 (GMT+7) 12/12/2024",
    ),
    (
        "12/12/24 16:40",
        "2024-12-12T16:40:00+07:00",
        true,
        "12/12/24 16:40",
    ),
    (
        "2024-04-03T07:35:00+07:00",
        "2024-04-03T07:35:00+07:00",
        false,
        "2024-04-03T07:35:00+07:00",
    ),
    (
        "Thứ hai 16/12/2024 10:15 SA",
        "2024-12-16T10:15:00+07:00",
        true,
        "Thứ hai 16/12/2024 10:15 SA",
    ),
    (
        "12/12/2024, 04:40 PM",
        "2024-12-12T16:40:00+07:00",
        true,
        "12/12/2024, 04:40 PM",
    ),
    // The minute mark after the minutes.
    (
        "03/04/2024 - 7h35'",
        "2024-04-03T07:35:00+07:00",
        true,
        "03/04/2024 - 7h35'",
    ),
    (
        "7h35\u{2019} 03/04/2024",
        "2024-04-03T07:35:00+07:00",
        true,
        "7h35\u{2019} 03/04/2024",
    ),
    // The month abbreviated, as the short date style prints it.
    (
        "1 thg 4, 2024 07:35",
        "2024-04-01T07:35:00+07:00",
        true,
        "1 thg 4, 2024 07:35",
    ),
    (
        "07:35 1 thg 4, 2024",
        "2024-04-01T07:35:00+07:00",
        true,
        "07:35 1 thg 4, 2024",
    ),
    // Vietnam's time by name: an offset given, not assumed.
    (
        "Thứ Hai, 02/12/2024, 09:30 ICT",
        "2024-12-02T09:30:00+07:00",
        false,
        "Thứ Hai, 02/12/2024, 09:30 ICT",
    ),
    (
        "02/12/2024 - 09:30 (Giờ Việt Nam)",
        "2024-12-02T09:30:00+07:00",
        false,
        "02/12/2024 - 09:30 (Giờ Việt Nam)",
    ),
    (
        "02/12/2024 - 09:30 giờ Hà Nội",
        "2024-12-02T09:30:00+07:00",
        false,
        "02/12/2024 - 09:30 giờ Hà Nội",
    ),
    // The offset before the date.
    (
        "(GMT+7) 12/02/2026 09:41",
        "2026-02-12T09:41:00+07:00",
        false,
        "(GMT+7) 12/02/2026 09:41",
    ),
    (
        "GMT-3 12/02/2026 09:41",
        "2026-02-12T09:41:00-03:00",
        false,
        "GMT-3 12/02/2026 09:41",
    ),
    // The time's label after a separator, or alone with its colon.
    (
        "Ngày 01/04/2024, lúc 07:35",
        "2024-04-01T07:35:00+07:00",
        true,
        "Ngày 01/04/2024, lúc 07:35",
    ),
    (
        "01/04/2024 | Lúc: 07:35",
        "2024-04-01T07:35:00+07:00",
        true,
        "01/04/2024 | Lúc: 07:35",
    ),
    (
        "Ngày đăng: 01/04/2024 | Giờ: 07:35",
        "2024-04-01T07:35:00+07:00",
        true,
        "Ngày đăng: 01/04/2024 | Giờ: 07:35",
    ),
    (
        "Ngày: 01/04/2024 Giờ: 07:35",
        "2024-04-01T07:35:00+07:00",
        true,
        "Ngày: 01/04/2024 Giờ: 07:35",
    ),
    (
        "01/04/2024 - vào lúc 7:35 PM",
        "2024-04-01T19:35:00+07:00",
        true,
        "01/04/2024 - vào lúc 7:35 PM",
    ),
    // A fraction of the seconds, as ISO 8601 stamps carry it: read, the
    // time kept to the second.
    (
        "2024-04-03T07:35:00.000Z",
        "2024-04-03T07:35:00+00:00",
        false,
        "2024-04-03T07:35:00.000Z",
    ),
    (
        "2024-04-03 07:35:00.123456+07:00",
        "2024-04-03T07:35:00+07:00",
        false,
        "2024-04-03 07:35:00.123456+07:00",
    ),
    (
        "03/04/2024 07:35:59,5",
        "2024-04-03T07:35:59+07:00",
        true,
        "03/04/2024 07:35:59,5",
    ),
    // A bar or a bullet after the weekday.
    (
        "Thứ hai | 01/04/2024 | 07:35",
        "2024-04-01T07:35:00+07:00",
        true,
        "Thứ hai | 01/04/2024 | 07:35",
    ),
    (
        "Chủ nhật • 31/03/2024",
        "2024-03-31",
        true,
        "Chủ nhật • 31/03/2024",
    ),
    // A label before a comma.
    (
        "Cập nhật, 09:41, Thứ Năm, 12/02/2026",
        "2026-02-12T09:41:00+07:00",
        true,
        "Cập nhật, 09:41, Thứ Năm, 12/02/2026",
    ),
    // The lunar day after the date, in brackets: read past, kept in the
    // text.
    (
        "Thứ Năm, ngày 21/03/2024 (12/02 Âm lịch)",
        "2024-03-21",
        true,
        "Thứ Năm, ngày 21/03/2024 (12/02 Âm lịch)",
    ),
    (
        "21/03/2024 07:30 (GMT+7) (tức 12/2 ÂL)",
        "2024-03-21T07:30:00+07:00",
        false,
        "21/03/2024 07:30 (GMT+7) (tức 12/2 ÂL)",
    ),
    // Lunar by its year's name, in words, or after a comma.
    (
        "Thứ Năm, 21/03/2024 (12/2 năm Giáp Thìn)",
        "2024-03-21",
        true,
        "Thứ Năm, 21/03/2024 (12/2 năm Giáp Thìn)",
    ),
    (
        "Thứ năm, ngày 21 tháng 3 năm 2024 (tức ngày 12 tháng 2 năm Giáp Thìn)",
        "2024-03-21",
        true,
        "Thứ năm, ngày 21 tháng 3 năm 2024 (tức ngày 12 tháng 2 năm Giáp Thìn)",
    ),
    (
        "Thứ Năm, 21/3/2024, 12/2 Giáp Thìn",
        "2024-03-21",
        true,
        "Thứ Năm, 21/3/2024, 12/2 Giáp Thìn",
    ),
];

#[test]
fn every_form_gives_its_exact_datetime() {
    for &(line, want, assumed, text) in FORMS {
        let doc = article_with(line);
        let a = util::article(&doc);
        let d = a
            .dateline
            .as_ref()
            .unwrap_or_else(|| panic!("no dateline in {line:?}"));
        let got = match d.datetime() {
            Some(dt) => dt.to_rfc3339(),
            None => d.date.to_string(),
        };
        assert_eq!(got, want, "{line}");
        assert_eq!(d.offset_assumed, assumed, "{line}");
        assert_eq!(d.text, text, "{line}");
        assert_eq!(a.title, "Tiêu đề bài viết", "{line}");
    }
}

/// The weekday before a bar is the dateline's, not a section.
#[test]
fn the_weekday_before_a_bar_is_the_datelines() {
    let doc = article_with("Thứ hai | 01/04/2024 | 07:35");
    let a = util::article(&doc);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.weekday, Some(chrono::Weekday::Mon));
    assert!(a.section.is_empty());
    let codes: Vec<&str> = a.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["offset_assumed"]);
    // A weekday that does not match the date is a diagnostic.
    let doc = article_with("Thứ ba | 01/04/2024 | 07:35");
    let a = util::article(&doc);
    let codes: Vec<&str> = a.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["weekday_mismatch", "offset_assumed"]);
}

#[test]
fn the_byline_before_the_date_is_a_credit() {
    let doc = article_with("Minh Anh | 05/01/2023 06:40 (GMT+7)");
    let a = util::article(&doc);
    assert_eq!(a.credits[0].names, ["Minh Anh"]);
    assert_eq!(a.credits[0].roles, [vn_article::Role::Author]);
    let doc = article_with("Thời sự | 05/01/2023 06:40 (GMT+7)");
    let a = util::article(&doc);
    assert_eq!(a.section, ["Thời sự"]);
}

/// (broken dateline, diagnostic code, message)
const BROKEN: &[(&str, &str, &str)] = &[
    (
        "31/02/2024 - 07:35",
        "impossible_date",
        "impossible date in the dateline: day 31, month 2, year 2024",
    ),
    (
        "3/13/2024 07:35",
        "impossible_date",
        "impossible date in the dateline: day 3, month 13, year 2024",
    ),
    (
        "32-04-2024, 07:35",
        "impossible_date",
        "impossible date in the dateline: day 32, month 4, year 2024",
    ),
    (
        "2025.13.04 07:30",
        "impossible_date",
        "impossible date in the dateline: day 4, month 13, year 2025",
    ),
    (
        "14/02/2025  25:05",
        "impossible_time",
        "impossible time 25:05:00",
    ),
    (
        "Thứ Hai, 03/04/2024 - 07:35",
        "weekday_mismatch",
        "the dateline names monday but 2024-04-03 is a wednesday",
    ),
    (
        "Thứ ba, 31/11/2025 09:02 (GMT+7)",
        "impossible_date",
        "impossible date in the dateline: day 31, month 11, year 2025",
    ),
    (
        "Thứ Tư, 24/12/2025 09:61:00 +07:00",
        "impossible_time",
        "impossible time 09:61:00",
    ),
    (
        "Chủ nhật, 07/07/2025 10:20",
        "weekday_mismatch",
        "the dateline names sunday but 2025-07-07 is a monday",
    ),
    (
        "Wednesday, 12/02/2026 09:41",
        "weekday_mismatch",
        "the dateline names wednesday but 2026-02-12 is a thursday",
    ),
    (
        "Thứ sáu , 13/10/2017 13:41 AM GMT+7",
        "redundant_meridiem",
        "24-hour time 13:41 with a redundant AM",
    ),
    (
        "25:61 PM 03/04/2024",
        "redundant_meridiem",
        "24-hour time 25:61 with a redundant PM",
    ),
    (
        "16:60, 21/05/2019",
        "impossible_time",
        "impossible time 16:60:00",
    ),
    (
        "07:35 29/02/2023",
        "impossible_date",
        "impossible date in the dateline: day 29, month 2, year 2023",
    ),
    (
        "24:15 Ngày 11/11/2019",
        "impossible_time",
        "impossible time 24:15:00",
    ),
    (
        "Cập nhật: 10:15 ngày 00/06/2023",
        "impossible_date",
        "impossible date in the dateline: day 0, month 6, year 2023",
    ),
    (
        "Ngày đăng: 10:45, 19/00/2024",
        "impossible_date",
        "impossible date in the dateline: day 19, month 0, year 2024",
    ),
    (
        "21:30 | 31/09/2022 GMT+7",
        "impossible_date",
        "impossible date in the dateline: day 31, month 9, year 2022",
    ),
    (
        "Minh Anh | 05/01/2023 06:99 (GMT+7)",
        "impossible_time",
        "impossible time 06:99:00",
    ),
    (
        "2018-12-32 09:14:39",
        "impossible_date",
        "impossible date in the dateline: day 32, month 12, year 2018",
    ),
    (
        "2019-3-7 10:02:75",
        "impossible_time",
        "impossible time 10:02:75",
    ),
    (
        "31/04/2024",
        "impossible_date",
        "impossible date in the dateline: day 31, month 4, year 2024",
    ),
    (
        "ngày 30 tháng 2 năm 2024, 7 giờ 35",
        "impossible_date",
        "impossible date in the dateline: day 30, month 2, year 2024",
    ),
    (
        "03/04/2024 - 07:35",
        "offset_assumed",
        "no UTC offset in the dateline; +07:00 assumed",
    ),
];

#[test]
fn every_broken_variant_gives_its_exact_diagnostic() {
    for &(line, code, message) in BROKEN {
        let doc = article_with(line);
        let a = util::article(&doc);
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == code)
            .unwrap_or_else(|| panic!("{line:?}: no {code} in {:?}", util::codes(&a)));
        assert_eq!(d.message, message, "{line}");
        assert_eq!(d.line, 1, "{line}");
        if code == "impossible_date" {
            assert!(a.dateline.is_none(), "{line}");
            assert_eq!(a.body[0].text, line, "{line}: the line stays in the body");
        }
        if code == "impossible_time" {
            assert_eq!(a.dateline.as_ref().unwrap().time, None, "{line}");
        }
    }
}
