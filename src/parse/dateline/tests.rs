//! Datelines and their dates and times on made-up lines, with exact values.

use super::*;

fn one(s: &str) -> (Option<Dateline<'_>>, Vec<Finding>) {
    let found = find(s).unwrap_or_else(|| panic!("no dateline in {s:?}"));
    let mut findings = Vec::new();
    let d = build(&found, 0, &mut findings);
    (d, findings)
}

#[track_caller]
fn datetime(s: &str, expected: &str) {
    let (d, _) = one(s);
    let d = d.unwrap();
    assert_eq!(d.datetime().unwrap().to_rfc3339(), expected, "{s}");
}

#[track_caller]
fn codes(s: &str, expected: &[&str]) {
    let (_, f) = one(s);
    let got: Vec<_> = f.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(got, expected, "{s}");
}

#[test]
fn numeric_forms() {
    datetime("03/04/2024 - 07:35", "2024-04-03T07:35:00+07:00");
    datetime("3/4/2024 07:35", "2024-04-03T07:35:00+07:00");
    datetime("03-04-2024, 07:35", "2024-04-03T07:35:00+07:00");
    datetime("14/02/2025  08:05", "2025-02-14T08:05:00+07:00");
    datetime("03/04/2024 – 07:35", "2024-04-03T07:35:00+07:00");
    datetime("2018-12-06 09:14:39", "2018-12-06T09:14:39+07:00");
    datetime("2019-3-7 10:02", "2019-03-07T10:02:00+07:00");
    datetime("13 tháng 12, 2024 | 10:15", "2024-12-13T10:15:00+07:00");
    datetime("16:40 (GMT+7) 12/12/2024", "2024-12-12T16:40:00+07:00");
    datetime("12/12/24 16:40", "2024-12-12T16:40:00+07:00");
    datetime("2024-04-03T07:35:00+07:00", "2024-04-03T07:35:00+07:00");
    datetime("2024-04-03T00:35:00Z", "2024-04-03T00:35:00+00:00");
    datetime("THỨ TƯ, 03/04/2024 — 07:35", "2024-04-03T07:35:00+07:00");
    datetime("03/04/2024-07:35", "2024-04-03T07:35:00+07:00");
    datetime(
        "Thứ hai, ngày 01/04/2024 lúc 08:00",
        "2024-04-01T08:00:00+07:00",
    );
    datetime("01/04/2024 - 8h00 (UTC+07:00)", "2024-04-01T08:00:00+07:00");
}

#[test]
fn weekdays_and_offsets() {
    datetime("Thứ Tư, 03/04/2024 - 07:35", "2024-04-03T07:35:00+07:00");
    datetime(
        "Thứ ba, 23/12/2025 09:02 (GMT+7)",
        "2025-12-23T09:02:00+07:00",
    );
    datetime(
        "Thứ Tư, 24/12/2025 09:30:00 +07:00",
        "2025-12-24T09:30:00+07:00",
    );
    datetime("Chủ nhật, 06/07/2025 10:20", "2025-07-06T10:20:00+07:00");
    datetime(
        "Thứ sáu , 13/10/2017 09:41 AM GMT+7",
        "2017-10-13T09:41:00+07:00",
    );
    // `Th 2`, `Th7`: the weekday cut to two letters.
    datetime("Th 2, 15/01/2024 08:30", "2024-01-15T08:30:00+07:00");
    let (d, _) = one("Th7, 20/01/2024 16:05");
    assert_eq!(d.unwrap().weekday, Some(Weekday::Sat));
    let (d, _) = one("Thứ ba, 23/12/2025 09:02 (GMT+7)");
    let d = d.unwrap();
    assert_eq!(d.weekday, Some(Weekday::Tue));
    assert!(!d.offset_assumed);
    assert_eq!(d.text, "Thứ ba, 23/12/2025 09:02 (GMT+7)");
    // The offset after a spaced dash or a bar.
    datetime(
        "Thứ Tư, 24/12/2025 09:30 - (GMT+7)",
        "2025-12-24T09:30:00+07:00",
    );
    datetime("24/12/2025 - 09:30 | GMT+8", "2025-12-24T09:30:00+08:00");
    datetime("24/12/2025 09:30\u{a0}- GMT+8", "2025-12-24T09:30:00+08:00");
    let (d, _) = one("Thứ Tư, 24/12/2025 09:30 – (GMT+7)");
    assert_eq!(d.unwrap().text, "Thứ Tư, 24/12/2025 09:30 – (GMT+7)");
    // A sign after a dash's space is the offset's own.
    datetime("24/12/2025 09:30 -7", "2025-12-24T09:30:00-07:00");
    assert!(super::is_offset_alone("(UTC+07:00)"));
    assert!(super::is_offset_alone(" GMT+7 "));
    assert!(!super::is_offset_alone("VTV1"));
}

#[test]
fn time_first_and_labels() {
    datetime("16:20, 21/05/2019", "2019-05-21T16:20:00+07:00");
    datetime("07:35 03/04/2024", "2024-04-03T07:35:00+07:00");
    datetime("08:15 Ngày 11/11/2019", "2019-11-11T08:15:00+07:00");
    datetime(
        "Cập nhật: 10:15 ngày 05/06/2023",
        "2023-06-05T10:15:00+07:00",
    );
    datetime("Ngày đăng: 10:45, 19/03/2024", "2024-03-19T10:45:00+07:00");
    datetime("21:30 | 02/10/2022 GMT+7", "2022-10-02T21:30:00+07:00");
    let (d, _) = one("Cập nhật: 10:15 ngày 05/06/2023");
    assert_eq!(d.unwrap().text, "Cập nhật: 10:15 ngày 05/06/2023");
    // A label without its colon, matched whole (`cập nhật lúc`, not
    // `cập nhật`), stays in the dateline.
    let (d, _) = one("Cập nhật lúc 10:15 05/06/2023");
    assert_eq!(d.unwrap().text, "Cập nhật lúc 10:15 05/06/2023");
    assert_eq!(
        find("Mới cập nhật lúc | 10:15 05/06/2023").map(|f| (f.text, f.head)),
        Some(("10:15 05/06/2023", Some("Mới cập nhật lúc")))
    );
}

#[test]
fn head_before_the_date() {
    let found = find("Minh Anh | 05/01/2023 06:40 (GMT+7)").unwrap();
    assert_eq!(found.head, Some("Minh Anh"));
    assert_eq!(found.text, "05/01/2023 06:40 (GMT+7)");
    datetime(
        "Minh Anh | 05/01/2023 06:40 (GMT+7)",
        "2023-01-05T06:40:00+07:00",
    );
}

#[test]
fn datelines_open_with_a_weekday_or_the_day_word_in_any_case() {
    for (w, _) in WEEKDAYS.entries {
        for form in [w.to_string(), w.to_uppercase(), w.replacen('t', "T", 1)] {
            assert!(
                opens_with_day_word(&format!("{form}, 03/04/2024")),
                "{form}"
            );
        }
    }
    for yes in ["Ngày 03/04/2024", "NGÀY 3 tháng 4", "ngày 3"] {
        assert!(opens_with_day_word(yes), "{yes}");
    }
    for no in [
        "Theo báo cáo",
        "trong năm",
        "Chủ tịch",
        "thứ tự",
        "CNN",
        "T20",
    ] {
        assert!(!opens_with_day_word(no), "{no}");
    }
}

#[test]
fn the_longest_forms_are_found_after_any_head() {
    // 22 words, the time first; and with the date first.
    let longest = "7 giờ 35 phút sáng ( GMT+07:00 ) , Thứ Tư , ngày 3 tháng 4 , năm 2024 ( GMT+7 )";
    let date_first = "Thứ Tư , ngày 3 tháng 4 , năm 2024 , 7 giờ 35 phút sáng ( GMT+7 ) | |";
    for line in [longest, date_first] {
        let head = "Một dòng chữ khá dài gồm nhiều từ đứng trước";
        let with_head = format!("{head} | {line}");
        for s in [line.to_string(), with_head] {
            let found = find(&s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(found.text, line.trim_end_matches([' ', '|']), "{s}");
        }
    }
    assert_eq!(last_tokens_start("a b  c | | d", 2), "a b  ".len());
    assert_eq!(last_tokens_start("a b", 5), 0);
    // A long sentence with figures is no dateline.
    assert!(
        find("Ngày 2-4-2024, quận kết nạp 94 đảng viên, đạt 53,68% kế hoạch năm 2024").is_none()
    );
}

#[test]
fn written_form_and_date_only() {
    datetime(
        "ngày 3 tháng 4 năm 2024, 7 giờ 35",
        "2024-04-03T07:35:00+07:00",
    );
    // The month glued to `Th`, as short date styles print it.
    datetime("15 Th01 2024 08:30", "2024-01-15T08:30:00+07:00");
    let (d, _) = one("10 Th9, 2023");
    assert_eq!(
        d.unwrap().date,
        NaiveDate::from_ymd_opt(2023, 9, 10).unwrap()
    );
    assert!(find("10 Th13, 2023").is_none());
    let (d, f) = one("17/10/2024");
    let d = d.unwrap();
    assert_eq!(d.date, NaiveDate::from_ymd_opt(2024, 10, 17).unwrap());
    assert_eq!(d.time, None);
    assert_eq!(d.datetime(), None);
    assert!(d.offset_assumed);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].code, DiagnosticCode::OffsetAssumed);
}

#[test]
fn months_and_weekdays_in_english_and_month_first() {
    datetime("Jan 15, 2024 08:30", "2024-01-15T08:30:00+07:00");
    datetime("15 January 2024 08:00", "2024-01-15T08:00:00+07:00");
    datetime(
        "Monday, January 15, 2024 8:30 AM",
        "2024-01-15T08:30:00+07:00",
    );
    datetime("15 Jan, 2024 at 8:30 pm", "2024-01-15T20:30:00+07:00");
    datetime(
        "Thu, 15 Feb 2024 08:00:00 +0700",
        "2024-02-15T08:00:00+07:00",
    );
    datetime("Sept. 5 2024, 10:15", "2024-09-05T10:15:00+07:00");
    // A calendar's English order with Vietnamese month names.
    let (d, _) = one("Tháng Mười Một 14, 2019");
    assert_eq!(
        d.unwrap().date,
        NaiveDate::from_ymd_opt(2019, 11, 14).unwrap()
    );
    // The month abbreviated as calendars print it (`Th02`), first or
    // after the day.
    datetime("Th02 12, 2026 09:41", "2026-02-12T09:41:00+07:00");
    datetime("12 Th02 2026 09:41", "2026-02-12T09:41:00+07:00");
    assert_eq!(find("Th13 12, 2026 09:41"), None);
    assert_eq!(find("Th02 12 2026"), None);
    // `thg` before the month and its number, the day after them, as
    // phones' and social pages' short dates print them.
    datetime("Thg 12 3, 2024 | 2:05 PM", "2024-12-03T14:05:00+07:00");
    datetime("thg 3 15, 2018 08:20", "2018-03-15T08:20:00+07:00");
    assert_eq!(find("Thg 12"), None);
    assert_eq!(find("Thg 13 3, 2024"), None);
    let (d, _) = one("May 5, 2024");
    assert_eq!(
        d.unwrap().date,
        NaiveDate::from_ymd_opt(2024, 5, 5).unwrap()
    );
    // The weekday named is checked as a Vietnamese one is.
    codes(
        "Monday, January 16, 2024",
        &["weekday_mismatch", "offset_assumed"],
    );
    // A four-digit offset.
    datetime("15/01/2024 08:30 GMT+0700", "2024-01-15T08:30:00+07:00");
    // Look-alikes: no day, a Vietnamese word that spells an abbreviation.
    assert_eq!(find("March 2024"), None);
    assert_eq!(find("Thu hoạch 15 tấn lúa"), None);
    assert_eq!(find("15 tháng"), None);
}

#[test]
fn meridiem() {
    datetime("13/10/2017 09:41 PM", "2017-10-13T21:41:00+07:00");
    datetime("13/10/2017 12:05 AM", "2017-10-13T00:05:00+07:00");
    datetime("13/10/2017 14:10 PM", "2017-10-13T14:10:00+07:00");
    codes(
        "13/10/2017 14:10 PM",
        &["redundant_meridiem", "offset_assumed"],
    );
}

#[test]
fn broken_variants_give_diagnostics() {
    let (d, f) = one("31/02/2024 - 07:35");
    assert!(d.is_none());
    assert_eq!(f[0].code, DiagnosticCode::ImpossibleDate);
    assert_eq!(
        f[0].message,
        "impossible date in the dateline: day 31, month 2, year 2024"
    );
    assert_eq!(f[0].span, Span::new(0, 18));

    let (d, f) = one("03/04/2024 25:61");
    assert_eq!(d.unwrap().time, None);
    assert_eq!(f[0].code, DiagnosticCode::ImpossibleTime);
    assert_eq!(f[0].message, "impossible time 25:61:00");

    let (d, f) = one("Thứ Năm, 03/04/2024 - 07:35");
    assert_eq!(d.unwrap().weekday, Some(Weekday::Thu));
    assert_eq!(f[0].code, DiagnosticCode::WeekdayMismatch);
    assert_eq!(
        f[0].message,
        "the dateline names thursday but 2024-04-03 is a wednesday"
    );
}

#[test]
fn sentences_are_not_datelines() {
    assert_eq!(find("Hội nghị diễn ra ngày 03/04/2024"), None);
    assert_eq!(
        find("Ngày 2-4-2024, Ban Thường vụ Quận ủy Bình Thủy tổ chức hội nghị"),
        None
    );
    assert_eq!(find("Bình Thủy"), None);
    assert_eq!(find("51/95"), None);
}

/// The offset before the date, alone or printed again after the time.
#[test]
fn offset_before_the_date() {
    datetime("GMT-3 12/02/2026 09:41", "2026-02-12T09:41:00-03:00");
    datetime("(GMT+7) 12/02/2026 09:41", "2026-02-12T09:41:00+07:00");
    datetime(
        "[UTC+8] Thứ Năm, 12/02/2026 09:41",
        "2026-02-12T09:41:00+08:00",
    );
    for line in [
        "GMT+7 12/02/2026 09:41",
        "(GMT+7) Thứ Năm, 12/02/2026 09:41 (GMT+7)",
    ] {
        let found = find_in_header(line).unwrap();
        assert_eq!((found.text, found.head, found.tail), (line, None, None));
        assert_eq!(found.raw.offset, Some(7 * 3600), "{line}");
    }
    // A date glued after a plus is a date.
    let found = find_in_header("GMT+03/04/2024 - 07:35").unwrap();
    assert_eq!((found.text, found.raw.offset), ("03/04/2024 - 07:35", None));
    // Another offset after the time leaves the first out.
    let found = find_in_header("(GMT+7) 12/02/2026 09:41 (GMT+8)").unwrap();
    assert_eq!(found.text, "12/02/2026 09:41 (GMT+8)");
}

#[test]
fn a_widgets_counter_glued_to_the_minutes() {
    let (rest, t) = time("07:000 Bình luận").unwrap();
    assert_eq!((rest, t.hour, t.minute), ("0 Bình luận", 7, 0));
    let (rest, t) = time("09:4112 lượt xem").unwrap();
    assert_eq!((rest, t.hour, t.minute), ("12 lượt xem", 9, 41));
    // A count of anything else stays no time.
    assert!(time("1:100 người").is_err());
    assert!(time("07:000").is_err());
}
