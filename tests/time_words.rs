//! Time as Vietnamese writes it, read through the public API and the JSON:
//! hours and months in words, quarters in words, two-digit years, periods
//! and ranges, days and periods counted from the dateline, lunar dates;
//! each form with exact values and, beside it, look-alikes that must not
//! be read (counts, durations, document numbers, scores).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

/// The mentions of a lead under `dateline` (none when empty), each as its
/// kind, its text and every other key of its JSON, sorted.
fn read(dateline: &str, lead: &str) -> Vec<String> {
    mentions(&format!(
        "{dateline}\nTiêu đề bài viết thử\n(CT) - {lead}\n"
    ))
}

/// The mentions of `text` as [`read`] writes them.
fn mentions(text: &str) -> Vec<String> {
    let a = util::article(text);
    let v = serde_json::to_value(&a).unwrap();
    v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let o = m.as_object().unwrap();
            let mut parts = vec![format!(
                "{} «{}»",
                o["kind"].as_str().unwrap(),
                o["text"].as_str().unwrap()
            )];
            let mut keys: Vec<&String> =
                o.keys().filter(|k| *k != "kind" && *k != "text").collect();
            keys.sort();
            parts.extend(keys.into_iter().map(|k| format!("{k}={}", o[k.as_str()])));
            parts.join(" ")
        })
        .collect()
}

/// A date's mention as [`read`] writes it.
fn date_mention(
    text: &str,
    y: i32,
    month: u32,
    day: u32,
    inferred: bool,
    relative: bool,
) -> String {
    format!("date «{text}» date=\"{y}-{month:02}-{day:02}\" day={day} month={month} relative={relative} year={y} year_inferred={inferred}")
}

fn check(dateline: &str, cases: &[(&str, &[&str])]) {
    for (lead, want) in cases {
        assert_eq!(read(dateline, lead), *want, "{lead}");
    }
}

/// Under a dateline of Wednesday 3 April 2024.
#[test]
#[rustfmt::skip]
fn every_form_under_a_dateline() {
    check("03/04/2024 - 07:35", &[
        (
            "Lúc 5 giờ rưỡi sáng, bảy giờ rưỡi tối và đúng 4 giờ chiều.",
            &[
                "time «Lúc 5 giờ rưỡi sáng» time=\"05:30:00\"",
                "time «bảy giờ rưỡi tối» time=\"19:30:00\"",
                "time «đúng 4 giờ chiều» time=\"16:00:00\"",
            ],
        ),
        (
            "Hẹn 20g15p hoặc 11 h45pm, từ 0h ngày 1/7.",
            &[
                "time «20g15p» time=\"20:15:00\"",
                "time «11 h45pm» time=\"23:45:00\"",
                "time «0h» time=\"00:00:00\"",
                "date «ngày 1/7» date=\"2024-07-01\" day=1 month=7 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            // Minutes after a space and the hour's letter, with their mark
            // or word; a count after the space is none.
            "Lúc 20h 23p, 7h 5' và 8h 30 phút sáng; lúc 9h 30 người đến.",
            &[
                "time «Lúc 20h 23p» time=\"20:23:00\"",
                "time «7h 5'» time=\"07:05:00\"",
                "time «8h 30 phút sáng» time=\"08:30:00\"",
                "time «lúc 9h» time=\"09:00:00\"",
                "number «30 người» unit=\"người\" value=30",
            ],
        ),
        (
            // Two digits without a mark where the clause closes, before a
            // part of the day, a date or the range's end; one digit alone
            // is none.
            "Lúc 9 h 30, từ 8h 30 đến 10h 15 sáng, lúc 7h 45 ngày 3/4; lúc 6h 5, trời mưa.",
            &[
                "time «Lúc 9 h 30» time=\"09:30:00\"",
                "time «8h 30» time=\"08:30:00\"",
                "time «10h 15 sáng» time=\"10:15:00\"",
                "time «lúc 7h 45» time=\"07:45:00\"",
                "date «ngày 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
                "time «lúc 6h» time=\"06:00:00\"",
                "number «5» unit=null value=5",
            ],
        ),
        (
            // A no-break space or two spaces before the minutes.
            "Lúc 9h\u{a0}30, lúc 7h  45 sáng.",
            &[
                "time «Lúc 9h\u{a0}30» time=\"09:30:00\"",
                "time «lúc 7h  45 sáng» time=\"07:45:00\"",
            ],
        ),
        (
            "Vào 8h, trước 17h, 8h ngày 3/4 và 19 giờ hôm nay.",
            &[
                "time «8h» time=\"08:00:00\"",
                "time «17h» time=\"17:00:00\"",
                "time «8h» time=\"08:00:00\"",
                "date «ngày 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
                "time «19 giờ» time=\"19:00:00\"",
                "date «hôm nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Lúc 9 giờ kém 10, mười một giờ đêm, hai mươi giờ ba mươi lăm phút.",
            &[
                "time «Lúc 9 giờ kém 10» time=\"08:50:00\"",
                "time «mười một giờ đêm» time=\"23:00:00\"",
                "time «hai mươi giờ ba mươi lăm phút» time=\"20:35:00\"",
            ],
        ),
        (
            "Lúc 7h kém 15, 9g kém 10 phút, 0h kém 5; 7h kém 60 và 2h kém nhau.",
            &[
                "time «Lúc 7h kém 15» time=\"06:45:00\"",
                "time «9g kém 10 phút» time=\"08:50:00\"",
                "time «0h kém 5» time=\"23:55:00\"",
                "number «60» unit=null value=60",
            ],
        ),
        (
            "Mất 6 giờ, trong vòng 12-24 giờ, 6 tiếng, sau hơn 4 giờ, 10 giờ đồng hồ, chưa đến một giờ.",
            &[
                "number «6» unit=null value=6",
                "number «6» unit=null value=6",
                "number «4» unit=null value=4",
                "number «10» unit=null value=10",
            ],
        ),
        (
            "Ngày 12 Tháng hai 2016, 4 Tháng 7 2018 lúc 09:12 và Tháng Mười Một 14, 2019.",
            &[
                "date «Ngày 12 Tháng hai 2016» date=\"2016-02-12\" day=12 month=2 relative=false year=2016 year_inferred=false",
                "date «4 Tháng 7 2018» date=\"2018-07-04\" day=4 month=7 relative=false year=2018 year_inferred=false",
                "time «lúc 09:12» time=\"09:12:00\"",
                "date «Tháng Mười Một 14, 2019» date=\"2019-11-14\" day=14 month=11 relative=false year=2019 year_inferred=false",
            ],
        ),
        (
            // The month first without the comma; an amount or a count after
            // the number is none.
            "Đăng tháng 2 14 2010, 3:25:50 ch; tháng 2 14 2010 tỷ đồng.",
            &[
                "date «tháng 2 14 2010» date=\"2010-02-14\" day=14 month=2 relative=false year=2010 year_inferred=false",
                "time «3:25:50 ch» time=\"15:25:50\"",
                "period «tháng 2» end=\"2024-02-29\" relative=false start=\"2024-02-01\" year_inferred=true",
                "number «14» unit=null value=14",
                "money «2010 tỷ đồng» currency=\"VND\" value=2010000000000",
            ],
        ),
        (
            "Ngày 20 tháng mười một năm 2022 và mùng 5 tháng tư.",
            &[
                "date «Ngày 20 tháng mười một năm 2022» date=\"2022-11-20\" day=20 month=11 relative=false year=2022 year_inferred=false",
                "date «mùng 5 tháng tư» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Mỗi tháng một lần, cứ 3 tháng 2 lần.",
            &[
                "number «3» unit=null value=3",
                "number «2» unit=null value=2",
            ],
        ),
        // A month in words, then a day: the month, not `tư ngày` (four
        // days); four days counted stay a count.
        (
            "Kết thúc vào tháng tư ngày mười tháng năm; làm việc ba tháng tư ngày.",
            &[
                "period «tháng tư» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=true",
                "date «ngày mười tháng năm» date=\"2024-05-10\" day=10 month=5 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Quý hai; quý 3 của năm 2021; quý tư năm ngoái; quý IV.",
            &[
                "quarter «Quý hai» quarter=2 year=2024 year_inferred=true",
                "quarter «quý 3 của năm 2021» quarter=3 year=2021 year_inferred=false",
                "quarter «quý tư năm ngoái» quarter=4 year=2023 year_inferred=true",
                "quarter «quý IV» quarter=4 year=2023 year_inferred=true",
            ],
        ),
        (
            "Ngày 12/6/19 và 3-9-98, 15 - 9 - 2010, sáng 21 – 8.",
            &[
                "date «Ngày 12/6/19» date=\"2019-06-12\" day=12 month=6 relative=false year=2019 year_inferred=false",
                "date «3-9-98» date=\"1998-09-03\" day=3 month=9 relative=false year=1998 year_inferred=false",
                "date «15 - 9 - 2010» date=\"2010-09-15\" day=15 month=9 relative=false year=2010 year_inferred=false",
                "date «sáng 21 – 8» date=\"2024-08-21\" day=21 month=8 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Từ ngày 12-6 đến 3-7 và từ 12/6 đến ngày 3/7/2024.",
            &[
                "period «Từ ngày 12-6 đến 3-7» end=\"2024-07-03\" relative=false start=\"2024-06-12\" year_inferred=true",
                "period «từ 12/6 đến ngày 3/7/2024» end=\"2024-07-03\" relative=false start=\"2024-06-12\" year_inferred=false",
            ],
        ),
        (
            "Ngày 3-4/6, từ tháng 5-2020 đến ngày 18-3-2021, từ ngày 20/12 đến 5/1.",
            &[
                "period «Ngày 3-4/6» end=\"2024-06-04\" relative=false start=\"2024-06-03\" year_inferred=true",
                "period «từ tháng 5-2020 đến ngày 18-3-2021» end=\"2021-03-18\" relative=false start=\"2020-05-01\" year_inferred=false",
                "period «từ ngày 20/12 đến 5/1» end=\"2024-01-05\" relative=false start=\"2023-12-20\" year_inferred=true",
            ],
        ),
        (
            // Days of one month with the month in words after a date word,
            // or `thg` for `tháng`; a count of months is none.
            "Ngày 14-20 tháng 1 năm 2019, ngày 3 - 4 tháng 6, từ 14 đến 20 thg 1 năm 2019; kéo dài 3-6 tháng.",
            &[
                "period «Ngày 14-20 tháng 1 năm 2019» end=\"2019-01-20\" relative=false start=\"2019-01-14\" year_inferred=false",
                "period «ngày 3 - 4 tháng 6» end=\"2024-06-04\" relative=false start=\"2024-06-03\" year_inferred=true",
                "period «từ 14 đến 20 thg 1 năm 2019» end=\"2019-01-20\" relative=false start=\"2019-01-14\" year_inferred=false",
            ],
        ),
        (
            // Without a date word: after a hyphen when the clause closes, a
            // year or a direction follows; a spaced dash before a year.
            "Hội chợ 10-15 tháng 5. Đợt 2 diễn ra 10 - 15 tháng 6 năm 2025, đợt 3 khoảng 1-3 tháng 3 vừa qua.",
            &[
                "period «10-15 tháng 5» end=\"2024-05-15\" relative=false start=\"2024-05-10\" year_inferred=true",
                "number «2» unit=null value=2",
                "period «10 - 15 tháng 6 năm 2025» end=\"2025-06-15\" relative=false start=\"2025-06-10\" year_inferred=false",
                "number «3» unit=null value=3",
                "period «1-3 tháng 3 vừa qua» end=\"2024-03-03\" relative=false start=\"2024-03-01\" year_inferred=true",
            ],
        ),
        (
            // Two-digit years after `năm` (and after a month's slash), read
            // as a date's two-digit year is: nearest the dateline's.
            "Ngày 29 tháng 10 năm 99, ngày mười một tháng mười năm 99, tháng 4 năm 75, tháng 12/99, quý 3 năm 99, mùa đông năm 99 và đầu năm 99.",
            &[
                "date «Ngày 29 tháng 10 năm 99» date=\"1999-10-29\" day=29 month=10 relative=false year=1999 year_inferred=false",
                "date «ngày mười một tháng mười năm 99» date=\"1999-10-11\" day=11 month=10 relative=false year=1999 year_inferred=false",
                "period «tháng 4 năm 75» end=\"1975-04-30\" relative=false start=\"1975-04-01\" year_inferred=false",
                "period «tháng 12/99» end=\"1999-12-31\" relative=false start=\"1999-12-01\" year_inferred=false",
                "quarter «quý 3 năm 99» quarter=3 year=1999 year_inferred=false",
                "period «mùa đông năm 99» end=\"2000-03-20\" relative=false start=\"1999-12-21\" year_inferred=false",
                "period «đầu năm 99» end=\"1999-03-31\" relative=false start=\"1999-01-01\" year_inferred=false",
            ],
        ),
        (
            "Hội diễn ngày 10-15 tháng 5 năm 99 và 1-3 tháng 6 năm 99.",
            &[
                "period «ngày 10-15 tháng 5 năm 99» end=\"1999-05-15\" relative=false start=\"1999-05-10\" year_inferred=false",
                "period «1-3 tháng 6 năm 99» end=\"1999-06-03\" relative=false start=\"1999-06-01\" year_inferred=false",
            ],
        ),
        (
            // Look-alikes: an age, a count of people.
            "Tháng 3 năm 20 tuổi anh nhập ngũ; ngày 5 tháng 3 năm 10 người về.",
            &[
                "period «Tháng 3» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=true",
                "number «20 tuổi» unit=\"tuổi\" value=20",
                "date «ngày 5 tháng 3» date=\"2024-03-05\" day=5 month=3 relative=false year=2024 year_inferred=true",
                "number «10 người» unit=\"người\" value=10",
            ],
        ),
        (
            // A direction after days of a month places them as it places a
            // date: before the dateline's day, or after it; `tới` before a
            // place is no direction.
            "Hội thảo ngày 10-12/5 vừa qua, hội chợ 1-3/3 tới; đoàn đi 10-12/5 tới Huế.",
            &[
                "period «ngày 10-12/5 vừa qua» end=\"2023-05-12\" relative=false start=\"2023-05-10\" year_inferred=true",
                "period «1-3/3 tới» end=\"2025-03-03\" relative=false start=\"2025-03-01\" year_inferred=true",
                "period «10-12/5» end=\"2024-05-12\" relative=false start=\"2024-05-10\" year_inferred=true",
            ],
        ),
        (
            // The year after a spaced slash or dash; an amount or a count
            // after the digits is none.
            "Tháng 9 / 2019, quý II - 2019; tháng 9 - 2019 tỷ đồng.",
            &[
                "period «Tháng 9 / 2019» end=\"2019-09-30\" relative=false start=\"2019-09-01\" year_inferred=false",
                "quarter «quý II - 2019» quarter=2 year=2019 year_inferred=false",
                "period «tháng 9» end=\"2024-09-30\" relative=false start=\"2024-09-01\" year_inferred=true",
                "money «2019 tỷ đồng» currency=\"VND\" value=2019000000000",
            ],
        ),
        (
            // Look-alikes: counts of months before a number of things.
            "Sau 3-5 tháng 2 bên sẽ ký; khám 3-4 tháng 1 lần.",
            &["number «2» unit=null value=2", "number «1» unit=null value=1"],
        ),
        (
            "Từ đầu năm đến 30/9, từ đầu năm 2019 đến nay, đến hết tháng 9/2024.",
            &[
                "period «Từ đầu năm đến 30/9» end=\"2024-09-30\" relative=false start=\"2024-01-01\" year_inferred=true",
                "period «từ đầu năm 2019 đến nay» end=\"2024-04-03\" relative=true start=\"2019-01-01\" year_inferred=false",
                "period «đến hết tháng 9/2024» end=\"2024-09-30\" relative=true start=\"2024-04-03\" year_inferred=false",
            ],
        ),
        (
            "Tháng 9/2024, tháng 5-2020, tháng 9 năm 2024, tháng Mười Hai, tháng 9.",
            &[
                "period «Tháng 9/2024» end=\"2024-09-30\" relative=false start=\"2024-09-01\" year_inferred=false",
                "period «tháng 5-2020» end=\"2020-05-31\" relative=false start=\"2020-05-01\" year_inferred=false",
                "period «tháng 9 năm 2024» end=\"2024-09-30\" relative=false start=\"2024-09-01\" year_inferred=false",
                "period «tháng Mười Hai» end=\"2023-12-31\" relative=false start=\"2023-12-01\" year_inferred=true",
                "period «tháng 9» end=\"2024-09-30\" relative=false start=\"2024-09-01\" year_inferred=true",
            ],
        ),
        (
            "Năm 2024, còn 2024 thì không; năm học 2023-2024.",
            &[
                "period «Năm 2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
            ],
        ),
        (
            "Sáu tháng đầu năm 2024, 6 tháng cuối năm, 9 tháng đầu năm nay, nửa đầu năm, nửa cuối năm 2023.",
            &[
                "period «Sáu tháng đầu năm 2024» end=\"2024-06-30\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «6 tháng cuối năm» end=\"2024-12-31\" relative=false start=\"2024-07-01\" year_inferred=true",
                "period «9 tháng đầu năm nay» end=\"2024-09-30\" relative=true start=\"2024-01-01\" year_inferred=false",
                "period «nửa đầu năm» end=\"2024-06-30\" relative=false start=\"2024-01-01\" year_inferred=true",
                "period «nửa cuối năm 2023» end=\"2023-12-31\" relative=false start=\"2023-07-01\" year_inferred=false",
            ],
        ),
        (
            // A month abbreviated, `T` or `Th`, with its year after a
            // slash; a weekday abbreviated (`T4`) and a month past twelve
            // are none.
            "Doanh thu T12/2023 tăng, T1/2024 giảm, Th2/2024 giữ; T4, T13/2023, T4-2024, Th13/2024.",
            &[
                "period «T12/2023» end=\"2023-12-31\" relative=false start=\"2023-12-01\" year_inferred=false",
                "period «T1/2024» end=\"2024-01-31\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «Th2/2024» end=\"2024-02-29\" relative=false start=\"2024-02-01\" year_inferred=false",
            ],
        ),
        (
            // Quarters counted from the start or the end of a year; four
            // are the whole year (no period), and quarters in a row none.
            "3 quý đầu năm, trong hai quý cuối năm 2023, 1 quý đầu năm nay; 4 quý đầu năm, 3 quý liên tiếp.",
            &[
                "period «3 quý đầu năm» end=\"2024-09-30\" relative=false start=\"2024-01-01\" year_inferred=true",
                "period «hai quý cuối năm 2023» end=\"2023-12-31\" relative=false start=\"2023-07-01\" year_inferred=false",
                "period «1 quý đầu năm nay» end=\"2024-03-31\" relative=true start=\"2024-01-01\" year_inferred=false",
                "number «4» unit=null value=4",
                "period «đầu năm» end=\"2024-03-31\" relative=false start=\"2024-01-01\" year_inferred=true",
                "number «3» unit=null value=3",
            ],
        ),
        (
            "Đầu tháng 8, giữa tháng 8, cuối tháng 2/2024, thượng tuần tháng 8, trung tuần tháng 8, hạ tuần tháng 8, cuối tháng này.",
            &[
                "period «Đầu tháng 8» end=\"2024-08-10\" relative=false start=\"2024-08-01\" year_inferred=true",
                "period «giữa tháng 8» end=\"2024-08-20\" relative=false start=\"2024-08-11\" year_inferred=true",
                "period «cuối tháng 2/2024» end=\"2024-02-29\" relative=false start=\"2024-02-21\" year_inferred=false",
                "period «thượng tuần tháng 8» end=\"2024-08-10\" relative=false start=\"2024-08-01\" year_inferred=true",
                "period «trung tuần tháng 8» end=\"2024-08-20\" relative=false start=\"2024-08-11\" year_inferred=true",
                "period «hạ tuần tháng 8» end=\"2024-08-31\" relative=false start=\"2024-08-21\" year_inferred=true",
                "period «cuối tháng này» end=\"2024-04-30\" relative=true start=\"2024-04-21\" year_inferred=false",
            ],
        ),
        (
            "Đầu năm, cuối năm nay; doanh nghiệp hàng đầu năm 2024.",
            &[
                "period «Đầu năm» end=\"2024-03-31\" relative=false start=\"2024-01-01\" year_inferred=true",
                "period «cuối năm nay» end=\"2024-12-31\" relative=true start=\"2024-10-01\" year_inferred=false",
                "period «năm 2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
            ],
        ),
        (
            "Hôm nay, sáng nay, hôm qua, đêm qua, hôm kia, ngày mai, ngày kia, chiều mai, mai 8h.",
            &[
                "date «Hôm nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "date «sáng nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "date «hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «đêm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «hôm kia» date=\"2024-04-01\" day=1 days=-2 month=4 relative=true year=2024 year_inferred=false",
                "date «ngày mai» date=\"2024-04-04\" day=4 days=1 month=4 relative=true year=2024 year_inferred=false",
                "date «ngày kia» date=\"2024-04-05\" day=5 days=2 month=4 relative=true year=2024 year_inferred=false",
                "date «chiều mai» date=\"2024-04-04\" day=4 days=1 month=4 relative=true year=2024 year_inferred=false",
                "date «mai» date=\"2024-04-04\" day=4 days=1 month=4 relative=true year=2024 year_inferred=false",
                "time «8h» time=\"08:00:00\"",
            ],
        ),
        (
            "Dịp 2-9 năm nay, ngày 15-8 năm ngoái, ngày 1-6 năm sau; được 3-4 năm nay.",
            &[
                "date «2-9 năm nay» date=\"2024-09-02\" day=2 month=9 relative=true year=2024 year_inferred=false",
                "date «ngày 15-8 năm ngoái» date=\"2023-08-15\" day=15 month=8 relative=true year=2023 year_inferred=false",
                "date «ngày 1-6 năm sau» date=\"2025-06-01\" day=1 month=6 relative=true year=2025 year_inferred=false",
            ],
        ),
        (
            "Tuần này, tuần trước, tuần tới, tuần sau, tuần qua; tháng này, tháng trước, tháng tới.",
            &[
                "period «Tuần này» end=\"2024-04-07\" relative=true start=\"2024-04-01\" year_inferred=false",
                "period «tuần trước» end=\"2024-03-31\" relative=true start=\"2024-03-25\" year_inferred=false",
                "period «tuần tới» end=\"2024-04-14\" relative=true start=\"2024-04-08\" year_inferred=false",
                "period «tuần sau» end=\"2024-04-14\" relative=true start=\"2024-04-08\" year_inferred=false",
                "period «tuần qua» end=\"2024-04-03\" relative=true start=\"2024-03-28\" year_inferred=false",
                "period «tháng này» end=\"2024-04-30\" relative=true start=\"2024-04-01\" year_inferred=false",
                "period «tháng trước» end=\"2024-03-31\" relative=true start=\"2024-03-01\" year_inferred=false",
                "period «tháng tới» end=\"2024-05-31\" relative=true start=\"2024-05-01\" year_inferred=false",
            ],
        ),
        (
            "Năm nay, năm ngoái, năm tới; 2 năm trước, vài tuần sau, những năm trước.",
            &[
                "period «Năm nay» end=\"2024-12-31\" relative=true start=\"2024-01-01\" year_inferred=false",
                "period «năm ngoái» end=\"2023-12-31\" relative=true start=\"2023-01-01\" year_inferred=false",
                "period «năm tới» end=\"2025-12-31\" relative=true start=\"2025-01-01\" year_inferred=false",
                "date «2 năm trước» date=\"2022-04-03\" day=3 days=-731 month=4 relative=true year=2022 year_inferred=false",
            ],
        ),
        (
            "Mùng 1 Tết, rằm tháng Giêng, rằm tháng Bảy, mùng 10 tháng 3 âm lịch, ngày 23 tháng Chạp.",
            &[
                "lunar_date «Mùng 1 Tết» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «rằm tháng Giêng» date=\"2024-02-24\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «rằm tháng Bảy» date=\"2024-08-18\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2024 year_inferred=true",
                "lunar_date «mùng 10 tháng 3 âm lịch» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
                "lunar_date «ngày 23 tháng Chạp» date=\"2024-02-02\" leap_month=false lunar_day=23 lunar_month=12 lunar_year=2023 year_inferred=true",
            ],
        ),
        (
            "Ngày 10/3 (âm lịch), rằm tháng Giêng năm Giáp Thìn, mùng 1 Tết Ất Tỵ, mùng 1 tháng 6 nhuận năm 2025, mùng 5 tháng 5.",
            &[
                "lunar_date «Ngày 10/3 (âm lịch)» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
                "lunar_date «rằm tháng Giêng năm Giáp Thìn» date=\"2024-02-24\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2024 year_inferred=false",
                "lunar_date «mùng 1 Tết Ất Tỵ» date=\"2025-01-29\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2025 year_inferred=false",
                "lunar_date «mùng 1 tháng 6 nhuận năm 2025» date=\"2025-07-25\" leap_month=true lunar_day=1 lunar_month=6 lunar_year=2025 year_inferred=false",
                "date «mùng 5 tháng 5» date=\"2024-05-05\" day=5 month=5 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Nghị định 47/2025/NĐ-CP, Nghị quyết 12/2024/NQ-HĐND, tỷ số 2-1, gọi 0912345678.",
            &[
                "number «0912345678» unit=null value=912345678",
            ],
        ),
        (
            "Cách đây 3 ngày trước, 2 tuần trước, 3 ngày nữa, trong 7 ngày qua, 2 tuần tới, ngày hôm qua; 3 ngày sau.",
            &[
                "date «Cách đây 3 ngày trước» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
                "date «2 tuần trước» date=\"2024-03-20\" day=20 days=-14 month=3 relative=true year=2024 year_inferred=false",
                "date «3 ngày nữa» date=\"2024-04-06\" day=6 days=3 month=4 relative=true year=2024 year_inferred=false",
                "period «7 ngày qua» end=\"2024-04-03\" relative=true start=\"2024-03-28\" year_inferred=false",
                "period «2 tuần tới» end=\"2024-04-17\" relative=true start=\"2024-04-04\" year_inferred=false",
                "date «ngày hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "number «3» unit=null value=3",
            ],
        ),
        (
            // `hôm` counts days as `ngày` does after a number in digits;
            // `hôm trước` alone is no date.
            "Ông đến 3 hôm trước, cách đây 5 hôm và trong 2 hôm nay; hôm trước thì không.",
            &[
                "date «3 hôm trước» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
                "date «cách đây 5 hôm» date=\"2024-03-29\" day=29 days=-5 month=3 relative=true year=2024 year_inferred=false",
                "period «2 hôm nay» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
            ],
        ),
        (
            // `về trước` counts back as `trước` does.
            "Ông đến 3 ngày về trước; 10 năm về trước, họ gặp nhau.",
            &[
                "date «3 ngày về trước» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
                "date «10 năm về trước» date=\"2014-04-03\" day=3 days=-3653 month=4 relative=true year=2014 year_inferred=false",
            ],
        ),
        (
            // Hours counted, a whole number of days (`24`, `48`, `72`): the
            // days they reach from the dateline's moment, whatever its time;
            // other counts of hours and hours with no word after them stay
            // counts.
            "Trong 24 giờ qua, 48 giờ tới, 72 tiếng qua, tin 24h qua; cách đây 24 giờ; 12 giờ qua, 3 tiếng tới, trong 24 giờ.",
            &[
                "period «24 giờ qua» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
                "period «48 giờ tới» end=\"2024-04-05\" relative=true start=\"2024-04-03\" year_inferred=false",
                "period «72 tiếng qua» end=\"2024-04-03\" relative=true start=\"2024-03-31\" year_inferred=false",
                "period «24h qua» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
                "date «cách đây 24 giờ» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "number «12» unit=null value=12",
                "number «3» unit=null value=3",
                "number «24» unit=null value=24",
            ],
        ),
        (
            // No lunar day is 0: a list's 0 is a number, the day after it
            // the list's last.
            "Chợ mở lại từ 0 và 11 tháng Giêng.",
            &[
                "number «0» unit=null value=0",
                "lunar_date «11 tháng Giêng» date=\"2024-02-20\" leap_month=false lunar_day=11 lunar_month=1 lunar_year=2024 year_inferred=true",
            ],
        ),
        (
            // A word counting days before `hôm nay` makes it these last
            // days, no one day.
            "Mấy hôm nay trời rét, vài hôm nay mưa; hôm nay nắng.",
            &[
                "date «hôm nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            // Hours as the clock counts them (`đồng hồ`) count as hours;
            // a duration of them stays a count.
            "Trong 24 giờ đồng hồ qua mưa lớn, 48 tiếng đồng hồ tới còn mưa; mất 10 giờ đồng hồ.",
            &[
                "period «24 giờ đồng hồ qua» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
                "period «48 tiếng đồng hồ tới» end=\"2024-04-05\" relative=true start=\"2024-04-03\" year_inferred=false",
                "number «10» unit=null value=10",
            ],
        ),
        (
            // `trước` before what the days are before is *before*, not
            // *ago*: no day counted from the dateline's.
            "Xét nghiệm 3 ngày trước khi nhập cảnh, 2 ngày trước đó, một tuần trước ngày bầu cử, 3 ngày trước 30/4, 5 ngày trước Tết; 3 ngày trước họ đã đến.",
            &[
                "number «3» unit=null value=3",
                "number «2» unit=null value=2",
                "number «3» unit=null value=3",
                "date «30/4» date=\"2024-04-30\" day=30 month=4 relative=false year=2024 year_inferred=true",
                "number «5» unit=null value=5",
                "date «3 ngày trước» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            // Counts in words inside a sentence (`ngày` is the anchor after
            // a number word), and `ngày mốt`; `mốt` alone and `ngày càng`
            // are no dates.
            "Ông đến ba ngày trước, hai mươi mốt ngày trước, mười ngày qua; ngày mốt họp, kiểu mốt mới, ngày càng đông, vài ngày trước.",
            &[
                "date «ba ngày trước» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
                "date «hai mươi mốt ngày trước» date=\"2024-03-13\" day=13 days=-21 month=3 relative=true year=2024 year_inferred=false",
                "period «mười ngày qua» end=\"2024-04-03\" relative=true start=\"2024-03-25\" year_inferred=false",
                "date «ngày mốt» date=\"2024-04-05\" day=5 days=2 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Trước 8 giờ, sau 17 giờ, sau 2 giờ, sau 24 giờ, tầm 3 giờ chiều, lúc 7 giờ hơn, vào khoảng 9 giờ.",
            &[
                "time «8 giờ» time=\"08:00:00\"",
                "time «17 giờ» time=\"17:00:00\"",
                "number «2» unit=null value=2",
                "number «24» unit=null value=24",
                "time «tầm 3 giờ chiều» time=\"15:00:00\"",
                "time «lúc 7 giờ hơn» time=\"07:00:00\"",
                "time «vào khoảng 9 giờ» time=\"09:00:00\"",
            ],
        ),
        (
            "Bây giờ là 19h, hạn chót là 17h; thời gian làm việc là 8 giờ.",
            &[
                "date «Bây giờ» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "time «19h» time=\"19:00:00\"",
                "time «17h» time=\"17:00:00\"",
                "number «8» unit=null value=8",
            ],
        ),
        (
            "Lịch bán vé lùi lại thành 10h, đến tận 2h mới xong; chừng 8h trời mưa; tăng thành 10 người.",
            &[
                "time «10h» time=\"10:00:00\"",
                "time «2h» time=\"02:00:00\"",
                "time «chừng 8h» time=\"08:00:00\"",
                "number «10 người» unit=\"người\" value=10",
            ],
        ),
        (
            "Đêm Giáng sinh 2024 và Noel năm ngoái; cây thông Noel, mùa Giáng sinh.",
            &[
                "date «Giáng sinh 2024» date=\"2024-12-25\" day=25 month=12 relative=false year=2024 year_inferred=false",
                "date «Noel năm ngoái» date=\"2023-12-25\" day=25 month=12 relative=true year=2023 year_inferred=false",
            ],
        ),
        (
            "Dịp Quốc khánh năm nay, ngày Quốc tế Lao động năm 2023 và Quốc tế Thiếu nhi năm sau; Quốc tế Phụ nữ năm ngoái.",
            &[
                "date «Quốc khánh năm nay» date=\"2024-09-02\" day=2 month=9 relative=true year=2024 year_inferred=false",
                "date «ngày Quốc tế Lao động năm 2023» date=\"2023-05-01\" day=1 month=5 relative=false year=2023 year_inferred=false",
                "date «Quốc tế Thiếu nhi năm sau» date=\"2025-06-01\" day=1 month=6 relative=true year=2025 year_inferred=false",
                "date «Quốc tế Phụ nữ năm ngoái» date=\"2023-03-08\" day=8 month=3 relative=true year=2023 year_inferred=false",
            ],
        ),
        (
            "Vào ngày Giáng sinh, nhân ngày Quốc tế Phụ nữ 8/3 và ngày Quốc tế Thiếu nhi (1-6); ngày Quốc khánh 2/9/2023.",
            &[
                "date «ngày Giáng sinh» date=\"2023-12-25\" day=25 month=12 relative=false year=2023 year_inferred=true",
                "date «ngày Quốc tế Phụ nữ 8/3» date=\"2024-03-08\" day=8 month=3 relative=false year=2024 year_inferred=true",
                "date «ngày Quốc tế Thiếu nhi (1-6)» date=\"2024-06-01\" day=1 month=6 relative=false year=2024 year_inferred=true",
                "date «ngày Quốc khánh 2/9/2023» date=\"2023-09-02\" day=2 month=9 relative=false year=2023 year_inferred=false",
            ],
        ),
        (
            "Dịp Valentine 2024, ngày Valentine năm ngoái và ngày Nhà giáo Việt Nam 20/11.",
            &[
                "date «Valentine 2024» date=\"2024-02-14\" day=14 month=2 relative=false year=2024 year_inferred=false",
                "date «ngày Valentine năm ngoái» date=\"2023-02-14\" day=14 month=2 relative=true year=2023 year_inferred=false",
                "date «ngày Nhà giáo Việt Nam 20/11» date=\"2023-11-20\" day=20 month=11 relative=false year=2023 year_inferred=true",
            ],
        ),
        (
            // Without a year: the one nearest the dateline's day; not a day
            // of a word that only looks like a feast's (`ngày nó`).
            "Vào ngày Noel, ngày Valentine và ngày Nhà giáo Việt Nam; ngày nó về.",
            &[
                "date «ngày Noel» date=\"2023-12-25\" day=25 month=12 relative=false year=2023 year_inferred=true",
                "date «ngày Valentine» date=\"2024-02-14\" day=14 month=2 relative=false year=2024 year_inferred=true",
                "date «ngày Nhà giáo Việt Nam» date=\"2023-11-20\" day=20 month=11 relative=false year=2023 year_inferred=true",
            ],
        ),
        (
            // The days kept for people and trades, only after `ngày`: the
            // body that shares their words names no day.
            "Ngày Phụ nữ Việt Nam 20/10, Ngày Thầy thuốc Việt Nam năm nay, ngày Giải phóng miền Nam và Ngày Báo chí Cách mạng Việt Nam (21/6); Hội Liên hiệp Phụ nữ Việt Nam họp.",
            &[
                "date «Ngày Phụ nữ Việt Nam 20/10» date=\"2023-10-20\" day=20 month=10 relative=false year=2023 year_inferred=true",
                "date «Ngày Thầy thuốc Việt Nam năm nay» date=\"2024-02-27\" day=27 month=2 relative=true year=2024 year_inferred=false",
                "date «ngày Giải phóng miền Nam» date=\"2024-04-30\" day=30 month=4 relative=false year=2024 year_inferred=true",
                "date «Ngày Báo chí Cách mạng Việt Nam (21/6)» date=\"2024-06-21\" day=21 month=6 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            // More of them, the dash of a name written either way; the
            // force that shares a day's name names no day.
            "Ngày Thương binh - Liệt sĩ 27/7, ngày Chiến thắng Điện Biên Phủ, Ngày Công an nhân dân năm nay, ngày Sách và Văn hóa đọc Việt Nam; lực lượng Công an nhân dân.",
            &[
                "date «Ngày Thương binh - Liệt sĩ 27/7» date=\"2024-07-27\" day=27 month=7 relative=false year=2024 year_inferred=true",
                "date «ngày Chiến thắng Điện Biên Phủ» date=\"2024-05-07\" day=7 month=5 relative=false year=2024 year_inferred=true",
                "date «Ngày Công an nhân dân năm nay» date=\"2024-08-19\" day=19 month=8 relative=true year=2024 year_inferred=false",
                "date «ngày Sách và Văn hóa đọc Việt Nam» date=\"2024-04-21\" day=21 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            // Another day after the feast's name is a date of its own; the
            // feast's word alone, or a day of no feast, no date.
            "Ngày Quốc khánh 3/9 sai; Trung Quốc, ngày quốc tế chống tham nhũng, ngày Giáng.",
            &[
                "date «Ngày Quốc khánh» date=\"2024-09-02\" day=2 month=9 relative=false year=2024 year_inferred=true",
                "date «3/9» date=\"2024-09-03\" day=3 month=9 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Quốc khánh Trung Quốc năm nay, Quốc hội năm 2024 và kỷ niệm Quốc khánh lần thứ 80.",
            &[
                "period «năm nay» end=\"2024-12-31\" relative=true start=\"2024-01-01\" year_inferred=false",
                "period «năm 2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
                "number «80» unit=null value=80",
            ],
        ),
        (
            "Đến gần 23h mới xong, quá 22h quán vẫn đông; mất gần 2h, chờ quá 2h.",
            &[
                "time «23h» time=\"23:00:00\"",
                "time «22h» time=\"22:00:00\"",
            ],
        ),
        (
            "Quãng đường mất khoảng 2 giờ, mất khoảng 2 giờ 30 phút; sau khoảng 17h trời tạnh.",
            &[
                "number «2» unit=null value=2",
                "number «2» unit=null value=2",
                "number «30» unit=null value=30",
                "time «17h» time=\"17:00:00\"",
            ],
        ),
        (
            "Quý này, quý trước, quý tới; cuối tuần này, cuối tuần qua, cuối tuần tới.",
            &[
                "quarter «Quý này» quarter=2 year=2024 year_inferred=true",
                "quarter «quý trước» quarter=1 year=2024 year_inferred=true",
                "quarter «quý tới» quarter=3 year=2024 year_inferred=true",
                "period «cuối tuần này» end=\"2024-04-07\" relative=true start=\"2024-04-06\" year_inferred=false",
                "period «cuối tuần qua» end=\"2024-03-31\" relative=true start=\"2024-03-30\" year_inferred=false",
                "period «cuối tuần tới» end=\"2024-04-14\" relative=true start=\"2024-04-13\" year_inferred=false",
            ],
        ),
        (
            "Giữa năm 2020, giữa năm ngoái, trong 6 tháng qua, 2 năm qua, gần 1 tháng nay, hơn 1 tuần nay, 3 tháng tới, vào tháng 4.2020, sau 9 tháng năm 2018, 6 tháng năm nay.",
            &[
                "period «Giữa năm 2020» end=\"2020-09-30\" relative=false start=\"2020-04-01\" year_inferred=false",
                "period «giữa năm ngoái» end=\"2023-09-30\" relative=true start=\"2023-04-01\" year_inferred=false",
                "period «6 tháng qua» end=\"2024-04-03\" relative=true start=\"2023-10-04\" year_inferred=false",
                "period «2 năm qua» end=\"2024-04-03\" relative=true start=\"2022-04-04\" year_inferred=false",
                "period «1 tháng nay» end=\"2024-04-03\" relative=true start=\"2024-03-04\" year_inferred=false",
                "period «1 tuần nay» end=\"2024-04-03\" relative=true start=\"2024-03-28\" year_inferred=false",
                "period «3 tháng tới» end=\"2024-07-03\" relative=true start=\"2024-04-04\" year_inferred=false",
                "period «tháng 4.2020» end=\"2020-04-30\" relative=false start=\"2020-04-01\" year_inferred=false",
                "period «9 tháng năm 2018» end=\"2018-09-30\" relative=false start=\"2018-01-01\" year_inferred=false",
                "period «6 tháng năm nay» end=\"2024-06-30\" relative=true start=\"2024-01-01\" year_inferred=false",
            ],
        ),
        (
            // The year right after the months, as financial pages print
            // it; twelve months or more are no part of a year.
            "Lũy kế 9 tháng 2023, doanh thu 11 tháng 2022 và 3 quý 2021; sau 12 tháng 2023 thì khác.",
            &[
                "period «9 tháng 2023» end=\"2023-09-30\" relative=false start=\"2023-01-01\" year_inferred=false",
                "period «11 tháng 2022» end=\"2022-11-30\" relative=false start=\"2022-01-01\" year_inferred=false",
                "period «3 quý 2021» end=\"2021-09-30\" relative=false start=\"2021-01-01\" year_inferred=false",
                "number «12» unit=null value=12",
            ],
        ),
        (
            "Uống ngày 3-5 lần; mỗi ngày 2-3 cốc nước, hằng ngày 2-3 cốc; ngày 2-3 người dân đổ về.",
            &[
                "date «ngày 2-3» date=\"2024-03-02\" day=2 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Ngày 1-1-2025 là ngày đầu năm mới; cuối năm giá tăng.",
            &[
                "date «Ngày 1-1-2025» date=\"2025-01-01\" day=1 month=1 relative=false year=2025 year_inferred=false",
                "period «cuối năm» end=\"2024-12-31\" relative=false start=\"2024-10-01\" year_inferred=true",
            ],
        ),
        (
            "Hai năm trở lại đây, 10 ngày gần đây; những năm gần đây.",
            &[
                "period «Hai năm trở lại đây» end=\"2024-04-03\" relative=true start=\"2022-04-04\" year_inferred=false",
                "period «10 ngày gần đây» end=\"2024-04-03\" relative=true start=\"2024-03-25\" year_inferred=false",
            ],
        ),
        (
            "Khởi công cuối 2024 hoặc đầu 2025, xong giữa 2026; nửa đầu 2027; tốp đầu 2024 người.",
            &[
                "period «cuối 2024» end=\"2024-12-31\" relative=false start=\"2024-10-01\" year_inferred=false",
                "period «đầu 2025» end=\"2025-03-31\" relative=false start=\"2025-01-01\" year_inferred=false",
                "period «giữa 2026» end=\"2026-09-30\" relative=false start=\"2026-04-01\" year_inferred=false",
                "period «nửa đầu 2027» end=\"2027-06-30\" relative=false start=\"2027-01-01\" year_inferred=false",
                "number «2024 người» unit=\"người\" value=2024",
            ],
        ),
        (
            "Bữa nay, tối hôm qua, trưa ngày mai; quý hiện tại, quý tiếp, năm tiếp theo, năm kế tiếp; 2 ngày vừa qua, 2 tháng vừa rồi, ba tháng tiếp theo; họp ngày 3/3/17.",
            &[
                "date «Bữa nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "date «tối hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «trưa ngày mai» date=\"2024-04-04\" day=4 days=1 month=4 relative=true year=2024 year_inferred=false",
                "quarter «quý hiện tại» quarter=2 year=2024 year_inferred=true",
                "quarter «quý tiếp» quarter=3 year=2024 year_inferred=true",
                "period «năm tiếp theo» end=\"2025-12-31\" relative=true start=\"2025-01-01\" year_inferred=false",
                "period «năm kế tiếp» end=\"2025-12-31\" relative=true start=\"2025-01-01\" year_inferred=false",
                "period «2 ngày vừa qua» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
                "period «2 tháng vừa rồi» end=\"2024-04-03\" relative=true start=\"2024-02-04\" year_inferred=false",
                "period «ba tháng tiếp theo» end=\"2024-07-03\" relative=true start=\"2024-04-04\" year_inferred=false",
                "date «ngày 3/3/17» date=\"2017-03-03\" day=3 month=3 relative=false year=2017 year_inferred=false",
            ],
        ),
        (
            "Tháng 1 2024, ngày 4 tháng này, ngày mười lăm tháng một năm hai nghìn hai mươi tư, năm một nghìn chín trăm bảy mươi lăm.",
            &[
                "period «Tháng 1 2024» end=\"2024-01-31\" relative=false start=\"2024-01-01\" year_inferred=false",
                "date «ngày 4 tháng này» date=\"2024-04-04\" day=4 month=4 relative=true year=2024 year_inferred=false",
                "date «ngày mười lăm tháng một năm hai nghìn hai mươi tư» date=\"2024-01-15\" day=15 month=1 relative=false year=2024 year_inferred=false",
                "period «năm một nghìn chín trăm bảy mươi lăm» end=\"1975-12-31\" relative=false start=\"1975-01-01\" year_inferred=false",
            ],
        ),
        (
            "Lúc không giờ ba mươi phút, năm giờ hai mươi phút ba mươi lăm giây, 2 giờ 15 phút 10 giây; không có gì.",
            &[
                "time «Lúc không giờ ba mươi phút» time=\"00:30:00\"",
                "time «năm giờ hai mươi phút ba mươi lăm giây» time=\"05:20:35\"",
                "time «2 giờ 15 phút 10 giây» time=\"02:15:10\"",
            ],
        ),
        (
            "Năm một nghìn chín trăm bảy mươi lăm, năm hai nghìn không trăm linh năm; Tháng 1 2024.",
            &[
                "period «Năm một nghìn chín trăm bảy mươi lăm» end=\"1975-12-31\" relative=false start=\"1975-01-01\" year_inferred=false",
                "period «năm hai nghìn không trăm linh năm» end=\"2005-12-31\" relative=false start=\"2005-01-01\" year_inferred=false",
                "period «Tháng 1 2024» end=\"2024-01-31\" relative=false start=\"2024-01-01\" year_inferred=false",
            ],
        ),
        (
            // A year in words after a part of a year or its months.
            "Cuối năm hai nghìn hai mươi ba, sáu tháng đầu năm hai không hai hai; đầu năm ba người.",
            &[
                "period «Cuối năm hai nghìn hai mươi ba» end=\"2023-12-31\" relative=false start=\"2023-10-01\" year_inferred=false",
                "period «sáu tháng đầu năm hai không hai hai» end=\"2022-06-30\" relative=false start=\"2022-01-01\" year_inferred=false",
                "period «đầu năm» end=\"2024-03-31\" relative=false start=\"2024-01-01\" year_inferred=true",
            ],
        ),
        (
            "3 tháng trước, 2 năm nữa, ngày 4 tháng trước.",
            &[
                "date «3 tháng trước» date=\"2024-01-03\" day=3 days=-91 month=1 relative=true year=2024 year_inferred=false",
                "date «2 năm nữa» date=\"2026-04-03\" day=3 days=730 month=4 relative=true year=2026 year_inferred=false",
                "date «ngày 4 tháng trước» date=\"2024-03-04\" day=4 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Tối 19h họp, chiều 3 giờ đón, sáng 8h30 khai mạc.",
            &[
                "time «19h» time=\"19:00:00\"",
                "time «3 giờ» time=\"15:00:00\"",
                "time «8h30» time=\"08:30:00\"",
            ],
        ),
        (
            "Đến 9h sáng 1-12, lúc 23h đêm 8-12; tỷ số 2-0.",
            &[
                "time «9h sáng» time=\"09:00:00\"",
                "date «1-12» date=\"2023-12-01\" day=1 month=12 relative=false year=2023 year_inferred=true",
                "time «lúc 23h đêm» time=\"23:00:00\"",
                "date «8-12» date=\"2023-12-08\" day=8 month=12 relative=false year=2023 year_inferred=true",
            ],
        ),
    ]);
}

/// Ranges of days without `ngày` (`20-25/6`), of months (`tháng 6-7/2024`)
/// and of years (`giai đoạn 2021-2025`), and `từ nay đến ...`; seasons,
/// school years and counts stay no mention.
#[test]
#[rustfmt::skip]
fn ranges_of_days_months_and_years() {
    check("03/07/2024 - 07:35", &[
        (
            "Mưa từ 20-25/6 và 3-4/6/2024; tháng 6-7/2024, tháng 6 - 7; giai đoạn 2021-2025, nhiệm kỳ 2020 – 2025.",
            &[
                "period «từ 20-25/6» end=\"2024-06-25\" relative=false start=\"2024-06-20\" year_inferred=true",
                "period «3-4/6/2024» end=\"2024-06-04\" relative=false start=\"2024-06-03\" year_inferred=false",
                "period «tháng 6-7/2024» end=\"2024-07-31\" relative=false start=\"2024-06-01\" year_inferred=false",
                "period «tháng 6 - 7» end=\"2024-07-31\" relative=false start=\"2024-06-01\" year_inferred=true",
                "period «2021-2025» end=\"2025-12-31\" relative=false start=\"2021-01-01\" year_inferred=false",
                "period «2020 – 2025» end=\"2025-12-31\" relative=false start=\"2020-01-01\" year_inferred=false",
            ],
        ),
        (
            // A dash between spaces joins two days before a year; a
            // score before a day and month, or a count, stays apart.
            "Hội chợ 1 - 5/1/2020 và 10 – 15/3/2024; thắng 1 - 5/1 và 3 - 4/10 người.",
            &[
                "period «1 - 5/1/2020» end=\"2020-01-05\" relative=false start=\"2020-01-01\" year_inferred=false",
                "period «10 – 15/3/2024» end=\"2024-03-15\" relative=false start=\"2024-03-10\" year_inferred=false",
                "number «1» unit=null value=1",
                "date «5/1» date=\"2024-01-05\" day=5 month=1 relative=false year=2024 year_inferred=true",
                "number «3» unit=null value=3",
                "ratio «4/10» denominator=10 numerator=4",
            ],
        ),
        (
            "Từ nay đến cuối năm và từ nay đến năm 2030.",
            &[
                "period «Từ nay đến cuối năm» end=\"2024-12-31\" relative=true start=\"2024-07-03\" year_inferred=true",
                "period «từ nay đến năm 2030» end=\"2030-12-31\" relative=true start=\"2024-07-03\" year_inferred=false",
            ],
        ),
        (
            "Năm học 2023-2024, mùa giải 2023-2024, vụ Đông Xuân 2023-2024, niên độ 2023-2024; dân số 2020-2500 người; 3-4/10 người đồng ý.",
            &["number «2020-2500 người» unit=\"người\" value=2020 value_to=2500"],
        ),
        // Months of two written years: one period; falling, or a year
        // missing on either side, the months alone.
        (
            "Tháng 12/2023 - 1/2024, tháng 11/2023 – tháng 2/2024, tháng 10 năm 2023 - tháng 3 năm 2024, tháng 3/2024 - 5/2024.",
            &[
                "period «Tháng 12/2023 - 1/2024» end=\"2024-01-31\" relative=false start=\"2023-12-01\" year_inferred=false",
                "period «tháng 11/2023 – tháng 2/2024» end=\"2024-02-29\" relative=false start=\"2023-11-01\" year_inferred=false",
                "period «tháng 10 năm 2023 - tháng 3 năm 2024» end=\"2024-03-31\" relative=false start=\"2023-10-01\" year_inferred=false",
                "period «tháng 3/2024 - 5/2024» end=\"2024-05-31\" relative=false start=\"2024-03-01\" year_inferred=false",
            ],
        ),
        (
            "Tháng 5/2024 - 3/2024; tháng 12/2023 - tháng 1 năm sau.",
            &[
                "period «Tháng 5/2024» end=\"2024-05-31\" relative=false start=\"2024-05-01\" year_inferred=false",
                "period «3/2024» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=false",
                "period «tháng 12/2023» end=\"2023-12-31\" relative=false start=\"2023-12-01\" year_inferred=false",
                "period «tháng 1 năm sau» end=\"2025-01-31\" relative=true start=\"2025-01-01\" year_inferred=false",
            ],
        ),
        // After `năm`, with the word.
        (
            "Năm 2020 - 2021 và năm 2022-2024.",
            &[
                "period «Năm 2020 - 2021» end=\"2021-12-31\" relative=false start=\"2020-01-01\" year_inferred=false",
                "period «năm 2022-2024» end=\"2024-12-31\" relative=false start=\"2022-01-01\" year_inferred=false",
            ],
        ),
        // `đến` between the days after `ngày`, with `ngày` again or not.
        (
            "Ngày 15 đến 20/6 và ngày 1 tới ngày 3/7/2024, đoàn làm việc.",
            &[
                "period «Ngày 15 đến 20/6» end=\"2024-06-20\" relative=false start=\"2024-06-15\" year_inferred=true",
                "period «ngày 1 tới ngày 3/7/2024» end=\"2024-07-03\" relative=false start=\"2024-07-01\" year_inferred=false",
            ],
        ),
        (
            "Ngày 15 đến 20 người tham gia.",
            &["number «15 đến 20 người» unit=\"người\" value=15 value_to=20"],
        ),
    ]);
}

/// Midnight said with the night (`12 giờ đêm`, `12 giờ khuya`), `khuya` as
/// a part of the night, and a lunar day written in words.
#[test]
#[rustfmt::skip]
fn midnight_late_night_and_lunar_days_in_words() {
    check("03/07/2024 - 07:35", &[
        (
            "Lúc 12 giờ đêm, lúc 12 giờ khuya, lúc 11 giờ khuya, lúc 1 giờ đêm.",
            &[
                "time «Lúc 12 giờ đêm» time=\"00:00:00\"",
                "time «lúc 12 giờ khuya» time=\"00:00:00\"",
                "time «lúc 11 giờ khuya» time=\"23:00:00\"",
                "time «lúc 1 giờ đêm» time=\"01:00:00\"",
            ],
        ),
        (
            "Mùng mười tháng ba âm lịch.",
            &["lunar_date «Mùng mười tháng ba âm lịch» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true"],
        ),
    ]);
}

/// A time closed by a part of day that opens a relative day (`15h chiều
/// qua`): the time ends before the part, which still applies, and the day
/// is a date of its own; other parts of day stay in the time.
#[test]
#[rustfmt::skip]
fn a_time_then_a_relative_day() {
    check("03/04/2024 - 07:35", &[
        (
            "Khoảng 15h chiều qua, lúc 8 giờ sáng mai và 20h tối hôm nay.",
            &[
                "time «Khoảng 15h» time=\"15:00:00\"",
                "date «chiều qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "time «lúc 8 giờ» time=\"08:00:00\"",
                "date «sáng mai» date=\"2024-04-04\" day=4 days=1 month=4 relative=true year=2024 year_inferred=false",
                "time «20h» time=\"20:00:00\"",
                "date «tối hôm nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Lúc 7 giờ tối, lúc 9h sáng 1-4.",
            &[
                "time «Lúc 7 giờ tối» time=\"19:00:00\"",
                "time «lúc 9h sáng» time=\"09:00:00\"",
                "date «1-4» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Two clock times joined by a dash (`8h-10h`) are two times; grams
/// (`10g-15g`), spaced counts of hours and scores stay what they were.
/// A quarter abbreviated (`Q1/2024`, `Q4/24`) is read only with its year
/// (`Q1` alone is as often District 1), as are the first months and the halves
/// of a year abbreviated (`9T/2024`, `H1/2024`).
#[test]
#[rustfmt::skip]
fn time_ranges_and_abbreviated_quarters() {
    check("03/04/2024 - 07:35", &[
        (
            "Cuộc họp từ 8h-10h, mở cửa 7h30–9h và 8:00-11:30.",
            &[
                "time «8h» time=\"08:00:00\"",
                "time «10h» time=\"10:00:00\"",
                "time «7h30» time=\"07:30:00\"",
                "time «9h» time=\"09:00:00\"",
                "time «8:00» time=\"08:00:00\"",
                "time «11:30» time=\"11:30:00\"",
            ],
        ),
        (
            // After a word that opens the first time (`khoảng`), the
            // second is read too.
            "Đường đông khoảng 18h-20h, lúc 7h - 9h sáng.",
            &[
                "time «khoảng 18h» time=\"18:00:00\"",
                "time «20h» time=\"20:00:00\"",
                "time «lúc 7h» time=\"07:00:00\"",
                "time «9h sáng» time=\"09:00:00\"",
            ],
        ),
        (
            "Liều dùng 10g-15g; trong vòng 3 – 6 giờ; tỷ số 2-1.",
            &[
                "number «10g-15g» unit=\"g\" value=10 value_to=15",
                "number «3» unit=null value=3",
                "number «6» unit=null value=6",
            ],
        ),
        (
            "Lợi nhuận Q1/2024, Q3-2023 và Q4 năm 2023; cửa hàng ở Q1, Q5/2024.",
            &[
                "quarter «Q1/2024» quarter=1 year=2024 year_inferred=false",
                "quarter «Q3-2023» quarter=3 year=2023 year_inferred=false",
                "quarter «Q4 năm 2023» quarter=4 year=2023 year_inferred=false",
            ],
        ),
        (
            // The quarter's Roman numeral in capitals after `Q`, its year
            // written; `quý 1 - 2020` before an amount keeps the amount.
            "Lợi nhuận QIII/2023, QIV-2023 và QII/24; QI alone; quý 1 - 2020 tỷ đồng.",
            &[
                "quarter «QIII/2023» quarter=3 year=2023 year_inferred=false",
                "quarter «QIV-2023» quarter=4 year=2023 year_inferred=false",
                "quarter «QII/24» quarter=2 year=2024 year_inferred=false",
                "quarter «quý 1» quarter=1 year=2024 year_inferred=true",
                "money «2020 tỷ đồng» currency=\"VND\" value=2020000000000",
            ],
        ),
        (
            // A two-digit year after the slash, the one nearest the
            // dateline's; three digits, a second slash or letters after
            // the digits are no year.
            "Lợi nhuận Q4/24, quý III/25 và quý 2/99; Q1/245, quý 3/25/4, quý 1/25ha.",
            &[
                "quarter «Q4/24» quarter=4 year=2024 year_inferred=false",
                "quarter «quý III/25» quarter=3 year=2025 year_inferred=false",
                "quarter «quý 2/99» quarter=2 year=1999 year_inferred=false",
                "quarter «quý 3» quarter=3 year=2024 year_inferred=true",
                "quarter «quý 1» quarter=1 year=2024 year_inferred=true",
            ],
        ),
        (
            // `quý` or `Q` and its number, the year after a space; an
            // amount or a count after the number is no year, nor a number
            // out of the years' range.
            "Lợi nhuận quý 3 2023, quý IV 2022; quý 2 2025 tỷ đồng; Q3 2023, Q1 2000 người, Q2 2025 tỷ, Q4 2300.",
            &[
                "quarter «quý 3 2023» quarter=3 year=2023 year_inferred=false",
                "quarter «quý IV 2022» quarter=4 year=2022 year_inferred=false",
                "quarter «quý 2» quarter=2 year=2024 year_inferred=true",
                "money «2025 tỷ đồng» currency=\"VND\" value=2025000000000",
                "quarter «Q3 2023» quarter=3 year=2023 year_inferred=false",
                "number «2000 người» unit=\"người\" value=2000",
                "number «2025 tỷ» unit=null value=2025000000000",
            ],
        ),
        (
            // The first months of a year and its halves, as financial
            // pages shorten them, only with the year written: `6T` is six
            // tonnes, `H1` a room, `13T/2024` no count of months.
            "Lãi 9T/2024, 6T2024, 11T-2025; H1/2024, H2-2023, H1 năm 2025; xe 6T, phòng H1, H1 2024, 13T/2024, H3/2024.",
            &[
                "period «9T/2024» end=\"2024-09-30\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «6T2024» end=\"2024-06-30\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «11T-2025» end=\"2025-11-30\" relative=false start=\"2025-01-01\" year_inferred=false",
                "period «H1/2024» end=\"2024-06-30\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «H2-2023» end=\"2023-12-31\" relative=false start=\"2023-07-01\" year_inferred=false",
                "period «H1 năm 2025» end=\"2025-06-30\" relative=false start=\"2025-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// Halves of a month: days 1 to 15 and 16 to its end (2024 a leap year).
#[test]
#[rustfmt::skip]
fn halves_of_a_month() {
    check("03/04/2024 - 07:35", &[
        (
            "Nửa cuối tháng 2, nửa đầu tháng 5/2023 và nửa cuối tháng trước.",
            &[
                "period «Nửa cuối tháng 2» end=\"2024-02-29\" relative=false start=\"2024-02-16\" year_inferred=true",
                "period «nửa đầu tháng 5/2023» end=\"2023-05-15\" relative=false start=\"2023-05-01\" year_inferred=false",
                "period «nửa cuối tháng trước» end=\"2024-03-31\" relative=true start=\"2024-03-16\" year_inferred=false",
            ],
        ),
    ]);
}

/// A weekday with a date whose year is not written: the year nearest the
/// dateline, or the one before or after it when the weekday falls there
/// and not in the nearest.
#[test]
#[rustfmt::skip]
fn a_weekday_chooses_the_year_of_its_date() {
    check("20/12/2024 - 07:35", &[
        (
            "Sáng thứ Hai (1/4), thứ Ba (1/4).",
            &[
                "date «Sáng thứ Hai (1/4)» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
                "date «thứ Ba (1/4)» date=\"2025-04-01\" day=1 month=4 relative=false year=2025 year_inferred=true",
            ],
        ),
        (
            // The weekday after the date, in brackets or after a comma
            // closing the clause, is the date's: no day of its own.
            "Ngày 1/4 (thứ Hai) và ngày 1/4, thứ Ba, họp; ngày 5/4, thứ Bảy tuần sau nghỉ.",
            &[
                "date «Ngày 1/4 (thứ Hai)» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 1/4, thứ Ba» date=\"2025-04-01\" day=1 month=4 relative=false year=2025 year_inferred=true",
                "date «ngày 5/4» date=\"2025-04-05\" day=5 month=4 relative=false year=2025 year_inferred=true",
                "date «thứ Bảy tuần sau» date=\"2024-12-28\" day=28 days=8 month=12 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// The weekday a date falls on (`rơi vào thứ Năm`, `nhằm Chủ nhật`) after
/// it in one clause is that date, not the weekday nearest the dateline; a
/// weekday the date does not fall on is reported. After a period, or in the
/// next sentence, the weekday is counted from the dateline.
#[test]
#[rustfmt::skip]
fn the_weekday_a_date_falls_on() {
    check("Thứ Ba, 02/12/2025 10:15", &[
        (
            "Tết Dương lịch 2026 rơi vào thứ Năm; rằm tháng Giêng năm Bính Ngọ sẽ rơi vào thứ Ba.",
            &[
                "date «Tết Dương lịch 2026» date=\"2026-01-01\" day=1 month=1 relative=false year=2026 year_inferred=false",
                "date «thứ Năm» date=\"2026-01-01\" day=1 month=1 relative=false year=2026 year_inferred=false",
                "lunar_date «rằm tháng Giêng năm Bính Ngọ» date=\"2026-03-03\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2026 year_inferred=false",
                "date «thứ Ba» date=\"2026-03-03\" day=3 month=3 relative=false year=2026 year_inferred=false",
            ],
        ),
        (
            "Năm nay lễ hội rơi vào thứ Bảy. Ngày 5/12 họp. Hội chợ rơi vào thứ Bảy.",
            &[
                "period «Năm nay» end=\"2025-12-31\" relative=true start=\"2025-01-01\" year_inferred=false",
                "date «thứ Bảy» date=\"2025-11-29\" day=29 days=-3 month=11 relative=true year=2025 year_inferred=false",
                "date «Ngày 5/12» date=\"2025-12-05\" day=5 month=12 relative=false year=2025 year_inferred=true",
                "date «thứ Bảy» date=\"2025-11-29\" day=29 days=-3 month=11 relative=true year=2025 year_inferred=false",
            ],
        ),
    ]);
    let text = "02/12/2025 10:15\n\nTiêu đề bài viết thử\n\n(CT) - Ngày 1/1/2026 nhằm thứ Sáu.\n";
    let a = util::article(text);
    let found: Vec<(&str, &str)> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "weekday_mismatch")
        .map(|d| (text.get(d.span.start..d.span.end).unwrap(), d.message.as_ref()))
        .collect();
    assert_eq!(
        found,
        [("thứ Sáu", "the text names friday but 2026-01-01 is a thursday")]
    );
}

/// A weekday beside a date that falls on another day: the written date
/// kept, and a `weekday_mismatch` diagnostic at the mention.
#[test]
fn a_weekday_that_is_not_the_dates() {
    let text =
        "12/02/2026 10:00\n\nTiêu đề bài viết thử\n\n(CT) - Sáng thứ Hai (12/2), thứ Năm (12/2).\n";
    let a = util::article(text);
    let v = serde_json::to_value(&a).unwrap();
    let dates: Vec<&str> = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-02-12", "2026-02-12"]);
    let found: Vec<(&str, &str)> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "weekday_mismatch")
        .map(|d| (d.code.as_str(), d.message.as_ref()))
        .collect();
    assert_eq!(
        found,
        [(
            "weekday_mismatch",
            "the text names monday but 2026-02-12 is a thursday"
        )]
    );
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "weekday_mismatch")
        .unwrap();
    assert_eq!(
        text.get(d.span.start..d.span.end),
        Some("Sáng thứ Hai (12/2)")
    );
    // A weekday in brackets after the date is checked too.
    let text = "12/02/2026 10:00\n\nTiêu đề bài viết thử\n\n(CT) - Ngày 1/4/2023 (thứ Hai) họp.\n";
    let a = util::article(text);
    let found: Vec<(&str, &str)> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "weekday_mismatch")
        .map(|d| {
            (
                text.get(d.span.start..d.span.end).unwrap(),
                d.message.as_ref(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [(
            "Ngày 1/4/2023 (thứ Hai)",
            "the text names monday but 2023-04-01 is a saturday"
        )]
    );
}

/// Two days joined by a dash (with `từ` or without), or by `đến` without
/// `từ`: a period, a year written on one end being both's. Without a year,
/// a span longer than a quarter is no period (`tỷ số 2/3 - 1/2`).
#[test]
#[rustfmt::skip]
fn days_joined_by_a_dash() {
    let p = |text: &str, start: &str, end: &str, inferred: bool| {
        format!("period «{text}» end=\"{end}\" relative=false start=\"{start}\" year_inferred={inferred}")
    };
    check("03/04/2024 - 07:35", &[
        (
            "Từ 01/01 - 31/12/2020; từ ngày 12/6 – 3/7/2023; hạn 01/01-31/12/2022.",
            &[
                &p("Từ 01/01 - 31/12/2020", "2020-01-01", "2020-12-31", false),
                &p("từ ngày 12/6 – 3/7/2023", "2023-06-12", "2023-07-03", false),
                &p("01/01-31/12/2022", "2022-01-01", "2022-12-31", false),
            ],
        ),
        (
            "Đợt 12/3 - 3/4, đợt 28/12 - 5/1 và 12/6/2024 - 15/6/2024; 20/3 đến 25/3.",
            &[
                &p("12/3 - 3/4", "2024-03-12", "2024-04-03", true),
                &p("28/12 - 5/1", "2023-12-28", "2024-01-05", true),
                &p("12/6/2024 - 15/6/2024", "2024-06-12", "2024-06-15", false),
                &p("20/3 đến 25/3", "2024-03-20", "2024-03-25", true),
            ],
        ),
    ]);
}

/// The first or last day or week of a month (Duckling's reference day, 2
/// February 2017): the 1st or the last day; the first Monday-to-Sunday week
/// that opens in the month, or the last that closes in it.
#[test]
#[rustfmt::skip]
fn first_and_last_days_and_weeks_of_a_month() {
    check("02/02/2017 - 03:55", &[
        (
            "Ngày đầu tiên của tháng ba, ngày cuối cùng của tháng 2/2024.",
            &[
                "date «Ngày đầu tiên của tháng ba» date=\"2017-03-01\" day=1 month=3 relative=false year=2017 year_inferred=true",
                "date «ngày cuối cùng của tháng 2/2024» date=\"2024-02-29\" day=29 month=2 relative=false year=2024 year_inferred=false",
            ],
        ),
        (
            "Tuần đầu tiên của tháng 9 năm 2017 và tuần cuối cùng của tháng này; ngày đầu tiên đi học.",
            &[
                "period «Tuần đầu tiên của tháng 9 năm 2017» end=\"2017-09-10\" relative=false start=\"2017-09-04\" year_inferred=false",
                "period «tuần cuối cùng của tháng này» end=\"2017-02-26\" relative=true start=\"2017-02-20\" year_inferred=false",
            ],
        ),
        // The first or last day of a year.
        (
            "Ngày cuối cùng của năm 2016 và ngày đầu tiên của năm nay.",
            &[
                "date «Ngày cuối cùng của năm 2016» date=\"2016-12-31\" day=31 month=12 relative=false year=2016 year_inferred=false",
                "date «ngày đầu tiên của năm nay» date=\"2017-01-01\" day=1 month=1 relative=true year=2017 year_inferred=false",
            ],
        ),
        // `năm` alone before a mark: the dateline's year; not `năm mới`,
        // `năm học`.
        (
            "Ngày cuối cùng của năm, tuần cuối cùng của năm; tuần đầu tiên của năm mới, ngày cuối cùng của năm học.",
            &[
                "date «Ngày cuối cùng của năm» date=\"2017-12-31\" day=31 month=12 relative=false year=2017 year_inferred=true",
                "period «tuần cuối cùng của năm» end=\"2017-12-31\" relative=false start=\"2017-12-25\" year_inferred=true",
            ],
        ),
    ]);
}

/// Decades: ten whole years from a year ending in 0; two digits take the
/// century that puts the decade at or before the dateline's year. A range
/// after `những năm` stays a range; other `những năm` no decade. Centuries:
/// a hundred years from year 1 (the 20th is 1901 to 2000).
#[test]
#[rustfmt::skip]
fn decades_and_centuries() {
    check("03/04/2024 - 07:35", &[
        (
            "Những năm 1990, thập niên 80 và thập niên 20; thập kỷ 2010.",
            &[
                "period «Những năm 1990» end=\"1999-12-31\" relative=false start=\"1990-01-01\" year_inferred=false",
                "period «thập niên 80» end=\"1989-12-31\" relative=false start=\"1980-01-01\" year_inferred=true",
                "period «thập niên 20» end=\"2029-12-31\" relative=false start=\"2020-01-01\" year_inferred=true",
                "period «thập kỷ 2010» end=\"2019-12-31\" relative=false start=\"2010-01-01\" year_inferred=false",
            ],
        ),
        (
            "Trong những năm 2021-2025; những năm gần đây.",
            &["period «năm 2021-2025» end=\"2025-12-31\" relative=false start=\"2021-01-01\" year_inferred=false"],
        ),
        (
            // Centuries, from their year 1: Roman or Arabic, or counted.
            "Đầu thế kỷ XX, thế kỉ 21, thế kỷ XVIII và thế kỷ trước; như thế, kỷ luật; thế kỷ mới.",
            &[
                "period «thế kỷ XX» end=\"2000-12-31\" relative=false start=\"1901-01-01\" year_inferred=false",
                "period «thế kỉ 21» end=\"2100-12-31\" relative=false start=\"2001-01-01\" year_inferred=false",
                "period «thế kỷ XVIII» end=\"1800-12-31\" relative=false start=\"1701-01-01\" year_inferred=false",
                "period «thế kỷ trước» end=\"2000-12-31\" relative=true start=\"1901-01-01\" year_inferred=false",
            ],
        ),
        (
            // With the ordinal's word, and in words from the tenth on; a
            // count is none.
            "Thế kỷ thứ 17, thế kỷ thứ XXI, thế kỷ hai mươi và thế kỷ thứ hai mươi mốt; mỗi thế kỷ một lần.",
            &[
                "period «Thế kỷ thứ 17» end=\"1700-12-31\" relative=false start=\"1601-01-01\" year_inferred=false",
                "period «thế kỷ thứ XXI» end=\"2100-12-31\" relative=false start=\"2001-01-01\" year_inferred=false",
                "period «thế kỷ hai mươi» end=\"2000-12-31\" relative=false start=\"1901-01-01\" year_inferred=false",
                "period «thế kỷ thứ hai mươi mốt» end=\"2100-12-31\" relative=false start=\"2001-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// `Giêng` and `Chạp` are lunar months after a bare day number and in
/// ranges (the Tết of 2024 was 10 February, the 23rd of Chạp of Quý Mão
/// 2 February), and so is a day marked `âm lịch` without `ngày` (the 10th
/// of the third month, Giỗ Tổ Hùng Vương, was 18 April 2024); a month
/// written with digits and no mark stays Gregorian.
#[test]
#[rustfmt::skip]
fn lunar_months_after_a_bare_day_and_in_ranges() {
    check("03/04/2024 - 07:35", &[
        (
            "Vào 14 tháng Giêng, từ 10 đến 15 tháng Giêng và từ mùng 20 đến 23 tháng Chạp năm Quý Mão.",
            &[
                "lunar_date «14 tháng Giêng» date=\"2024-02-23\" leap_month=false lunar_day=14 lunar_month=1 lunar_year=2024 year_inferred=true",
                "period «từ 10 đến 15 tháng Giêng» end=\"2024-02-24\" relative=false start=\"2024-02-19\" year_inferred=true",
                "period «từ mùng 20 đến 23 tháng Chạp năm Quý Mão» end=\"2024-02-02\" relative=false start=\"2024-01-30\" year_inferred=false",
            ],
        ),
        (
            "Hội chợ 10/3 âm lịch và ngày hội 14 tháng 3 âm lịch.",
            &[
                "lunar_date «10/3 âm lịch» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
                "lunar_date «14 tháng 3 âm lịch» date=\"2024-04-22\" leap_month=false lunar_day=14 lunar_month=3 lunar_year=2024 year_inferred=true",
            ],
        ),
        (
            // After an address's word (`tổ`), marked: still a lunar day;
            // unmarked, a house or a group's number.
            "Giỗ Tổ 10/3 âm lịch; tổ 10/3 khu phố 2.",
            &[
                "lunar_date «10/3 âm lịch» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
                "number «2» unit=null value=2",
            ],
        ),
        (
            "Ngày 14 tháng 3, từ 10 đến 15 tháng 3.",
            &[
                "date «Ngày 14 tháng 3» date=\"2024-03-14\" day=14 month=3 relative=false year=2024 year_inferred=true",
                "period «từ 10 đến 15 tháng 3» end=\"2024-03-15\" relative=false start=\"2024-03-10\" year_inferred=true",
            ],
        ),
    ]);
}

/// Days listed under one month (`ngày 12 và 13/6`, `các ngày 3, 4 và 5/6`):
/// each a date of that month; a count before a noun stays a number.
#[test]
#[rustfmt::skip]
fn days_listed_under_one_month() {
    let d = |text: &str, day: u32, month: u32| {
        format!("date «{text}» date=\"2024-{month:02}-{day:02}\" day={day} month={month} relative=false year=2024 year_inferred=true")
    };
    check("03/07/2024 - 07:35", &[
        (
            "Trong 2 ngày 12 và 13/6; các ngày 3, 4 và 5/6; có 3 và 4 người.",
            &[
                "number «2» unit=null value=2",
                &d("ngày 12", 12, 6),
                &d("13/6", 13, 6),
                &d("ngày 3", 3, 6),
                &d("4", 4, 6),
                &d("5/6", 5, 6),
                "number «3» unit=null value=3",
                "number «4 người» unit=\"người\" value=4",
            ],
        ),
        (
            // After a part of day, a part of day joins the days too; not
            // after a count (`lớp 12`).
            "Đêm 12 rạng sáng 13/6, tối 20 và sáng 21/6; học sinh lớp 12, sáng 13/6 đi thi.",
            &[
                &d("Đêm 12", 12, 6),
                &d("rạng sáng 13/6", 13, 6),
                &d("tối 20", 20, 6),
                &d("sáng 21/6", 21, 6),
                "number «12» unit=null value=12",
                &d("sáng 13/6", 13, 6),
            ],
        ),
        (
            // Unannounced, commas alone join no days: `và` or `ngày` must
            // stand inside the list.
            "Phòng 7, 26/6 họp; 3, 4 và 5/6; 10, ngày 11/6.",
            &[
                "number «7» unit=null value=7",
                &d("26/6", 26, 6),
                &d("3", 3, 6),
                &d("4", 4, 6),
                &d("5/6", 5, 6),
                &d("10", 10, 6),
                &d("ngày 11/6", 11, 6),
            ],
        ),
    ]);
}

/// Dates listed before the year of the last (`30/4 và 1/5/2024`, `28, 29/4
/// và 1/5/2024`, `30/4 và 1/5 năm nay`): each in that year; dates that do
/// not rise (`30/12 và 1/1/2025`) keep the year nearest the dateline.
#[test]
#[rustfmt::skip]
fn dates_listed_before_a_year() {
    let d = date_mention;
    check("Thứ Ba, 02/12/2025 10:15", &[
        (
            "Dịp 30/4 và 1/5/2024; các ngày 28, 29/4 và ngày 1/5 năm 2024.",
            &[
                &d("30/4", 2024, 4, 30, false, false),
                &d("1/5/2024", 2024, 5, 1, false, false),
                &d("ngày 28", 2024, 4, 28, false, false),
                &d("29/4", 2024, 4, 29, false, false),
                &d("ngày 1/5 năm 2024", 2024, 5, 1, false, false),
            ],
        ),
        (
            "Ngày 30/4 và 1/5 năm nay; ngày 30/12 và 1/1/2025; ngày 30/4 và 3 người.",
            &[
                &d("Ngày 30/4", 2025, 4, 30, false, true),
                &d("1/5 năm nay", 2025, 5, 1, false, true),
                &d("ngày 30/12", 2025, 12, 30, true, false),
                &d("1/1/2025", 2025, 1, 1, false, false),
                &d("ngày 30/4", 2026, 4, 30, true, false),
                "number «3 người» unit=\"người\" value=3",
            ],
        ),
    ]);
}

/// Days listed before a date whose year the words after it give (`30 và
/// 31/12 năm ngoái`, `5 và 6/11 tới`, `15 và 16 tháng 3 năm ngoái`): each
/// day in that year, with its flags. Before, the first day took the year
/// nearest the dateline (the 30th of December of the dateline's year).
#[test]
#[rustfmt::skip]
fn days_listed_before_a_relative_year() {
    let d = date_mention;
    check("Thứ Sáu, 20/12/2024 10:15", &[
        (
            "Ngày 30 và 31/12 năm ngoái; ngày 5 và 6/11 tới; ngày 15 và 16 tháng 3 năm ngoái.",
            &[
                &d("Ngày 30", 2023, 12, 30, false, true),
                &d("31/12 năm ngoái", 2023, 12, 31, false, true),
                &d("ngày 5", 2025, 11, 5, true, false),
                &d("6/11 tới", 2025, 11, 6, true, false),
                &d("ngày 15", 2023, 3, 15, false, true),
                &d("16 tháng 3 năm ngoái", 2023, 3, 16, false, true),
            ],
        ),
        (
            // Without such words, the year nearest the dateline as before.
            "Ngày 15 và 16 tháng 3; ngày 1 và 2/9 năm nay.",
            &[
                &d("Ngày 15", 2025, 3, 15, true, false),
                &d("16 tháng 3", 2025, 3, 16, true, false),
                &d("ngày 1", 2024, 9, 1, false, true),
                &d("2/9 năm nay", 2024, 9, 2, false, true),
            ],
        ),
    ]);
}

/// `Tết Nguyên đán`: the first day of the lunar year, written or nearest
/// the dateline; `Tết` alone is no day.
#[test]
#[rustfmt::skip]
fn the_lunar_new_year() {
    check("03/01/2024 - 07:35", &[
        (
            "Tết Nguyên đán 2024, dịp Tết Nguyên đán Giáp Thìn, trước Tết Nguyên đán; Tết đến xuân về.",
            &[
                "lunar_date «Tết Nguyên đán 2024» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=false",
                "lunar_date «Tết Nguyên đán Giáp Thìn» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=false",
                "lunar_date «Tết Nguyên đán» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
            ],
        ),
        (
            // A year counted from the dateline's: taken from it.
            "Mùng 1 Tết năm nay, rằm tháng Giêng năm ngoái, Tết Nguyên đán năm tới.",
            &[
                "lunar_date «Mùng 1 Tết năm nay» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «rằm tháng Giêng năm ngoái» date=\"2023-02-05\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2023 year_inferred=true",
                "lunar_date «Tết Nguyên đán năm tới» date=\"2025-01-29\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2025 year_inferred=true",
            ],
        ),
    ]);
    // Placed by the word after it: `này` the feast nearest the dateline's
    // day, `tới` the next, `vừa qua` the last; `tới` before a place is a
    // verb, and `Tết` alone stays none.
    check("15/03/2024 - 07:35", &[
        (
            "Tết này, Tết tới, Tết vừa qua và Tết Trung thu tới.",
            &[
                "lunar_date «Tết này» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «Tết tới» date=\"2025-01-29\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2025 year_inferred=true",
                "lunar_date «Tết vừa qua» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «Tết Trung thu tới» date=\"2024-09-17\" leap_month=false lunar_day=15 lunar_month=8 lunar_year=2024 year_inferred=true",
            ],
        ),
        ("Tết tới Hà Nội đông vui; kiểu gì thì Tết cũng đến.", &[]),
    ]);
}

/// `cách đây` and a count: the day that many days, weeks, months or years
/// before the dateline's; a distance is no date.
#[test]
#[rustfmt::skip]
fn days_counted_back_with_cach_day() {
    check("03/07/2024 - 07:35", &[
        (
            "Cách đây 3 ngày, cách đây 2 tuần, cách đây ba tháng, cách đây 5 năm trước; cách đây 20 km.",
            &[
                "date «Cách đây 3 ngày» date=\"2024-06-30\" day=30 days=-3 month=6 relative=true year=2024 year_inferred=false",
                "date «cách đây 2 tuần» date=\"2024-06-19\" day=19 days=-14 month=6 relative=true year=2024 year_inferred=false",
                "date «cách đây ba tháng» date=\"2024-04-03\" day=3 days=-91 month=4 relative=true year=2024 year_inferred=false",
                "date «cách đây 5 năm trước» date=\"2019-07-03\" day=3 days=-1827 month=7 relative=true year=2019 year_inferred=false",
                "number «20 km» unit=\"km\" value=20",
            ],
        ),
    ]);
    check("", &[(
        "Cách đây 3 ngày và cách đây 2 tháng.",
        // Months back are known only from a dateline: the count stays a number.
        &[
            "date «Cách đây 3 ngày» date=null day=null days=-3 month=null relative=true year=null year_inferred=false",
            "number «2» unit=null value=2",
        ],
    )]);
}

/// Counts of several units in falling order (`2 tuần 3 ngày`, `1 năm 2
/// tháng`): one span, the months counted first, then the days.
#[test]
#[rustfmt::skip]
fn counts_of_several_units() {
    check("03/07/2024 - 07:35", &[
        (
            "Cách đây 2 tuần 3 ngày, 3 tháng 10 ngày trước, cách đây 1 năm 3 tháng; trong 1 năm 2 tháng qua, hai tuần ba ngày nữa.",
            &[
                "date «Cách đây 2 tuần 3 ngày» date=\"2024-06-16\" day=16 days=-17 month=6 relative=true year=2024 year_inferred=false",
                "date «3 tháng 10 ngày trước» date=\"2024-03-24\" day=24 days=-101 month=3 relative=true year=2024 year_inferred=false",
                "date «cách đây 1 năm 3 tháng» date=\"2023-04-03\" day=3 days=-457 month=4 relative=true year=2023 year_inferred=false",
                "period «1 năm 2 tháng qua» end=\"2024-07-03\" relative=true start=\"2023-05-04\" year_inferred=false",
                "date «hai tuần ba ngày nữa» date=\"2024-07-20\" day=20 days=17 month=7 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            // A date with its year, and one after `ngày`, stay dates.
            "Ngày 3 tháng 10 năm 2023 và ngày 3 tháng 10, ngày trước đó.",
            &[
                "date «Ngày 3 tháng 10 năm 2023» date=\"2023-10-03\" day=3 month=10 relative=false year=2023 year_inferred=false",
                "date «ngày 3 tháng 10» date=\"2024-10-03\" day=3 month=10 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
    check("", &[(
        "Khoảng 2 tuần 3 ngày trước và 1 năm 2 tháng trước.",
        // Months are known only from a dateline.
        &[
            "date «2 tuần 3 ngày trước» date=null day=null days=-17 month=null relative=true year=null year_inferred=false",
            "number «1» unit=null value=1",
            "number «2» unit=null value=2",
        ],
    )]);
}

/// A count of months, then as many months named (`trong 2 tháng 10 và
/// 11`): the count a number, each month a period; a month listed without
/// a year is the first of its number after the month before it (`tháng 12
/// và 1`: the January after). A day and month stay a date when the count
/// and the months named differ, or after `ngày`.
#[test]
#[rustfmt::skip]
fn months_counted_then_named() {
    check("03/07/2024 - 07:35", &[
        (
            "Trong 2 tháng 10 và 11, giá tăng; hai tháng 12 và 1, giá giảm.",
            &[
                "number «2» unit=null value=2",
                "period «tháng 10» end=\"2024-10-31\" relative=false start=\"2024-10-01\" year_inferred=true",
                "period «11» end=\"2024-11-30\" relative=false start=\"2024-11-01\" year_inferred=true",
                "period «tháng 12» end=\"2024-12-31\" relative=false start=\"2024-12-01\" year_inferred=true",
                "period «1» end=\"2025-01-31\" relative=false start=\"2025-01-01\" year_inferred=true",
            ],
        ),
        (
            "Ngày 2 tháng 10 và 11 tháng 11; 2 tháng 10 và 3 tháng 11.",
            &[
                "date «Ngày 2 tháng 10» date=\"2024-10-02\" day=2 month=10 relative=false year=2024 year_inferred=true",
                "date «11 tháng 11» date=\"2024-11-11\" day=11 month=11 relative=false year=2024 year_inferred=true",
                "date «2 tháng 10» date=\"2024-10-02\" day=2 month=10 relative=false year=2024 year_inferred=true",
                "date «3 tháng 11» date=\"2024-11-03\" day=3 month=11 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// A month with its year and no `tháng` (`3/2024`, `10-2023`), alone and in
/// ranges; document numbers and counts stay no mention.
#[test]
#[rustfmt::skip]
fn months_with_their_year_alone() {
    check("03/04/2024 - 07:35", &[
        (
            "Số liệu 3/2015 cho thấy; khởi công 10-2023; từ 3/2024 đến 5/2024; từ 3/2024 đến nay.",
            &[
                "period «3/2015» end=\"2015-03-31\" relative=false start=\"2015-03-01\" year_inferred=false",
                "period «10-2023» end=\"2023-10-31\" relative=false start=\"2023-10-01\" year_inferred=false",
                "period «từ 3/2024 đến 5/2024» end=\"2024-05-31\" relative=false start=\"2024-03-01\" year_inferred=false",
                "period «từ 3/2024 đến nay» end=\"2024-04-03\" relative=true start=\"2024-03-01\" year_inferred=false",
            ],
        ),
        (
            "Theo Thông tư 02/2015, Quyết định 12/2020, văn bản số 3/2015, Nghị định 100/2019/NĐ-CP; có 3/2000 người, 5/2000 kg, tỷ lệ 5/1000, 13/2024.",
            // A rate after `tỷ lệ`, whatever its denominator.
            &["ratio «5/1000» denominator=1000 numerator=5"],
        ),
    ]);
}

/// Weekdays, under a dateline of Wednesday 3 April 2024: with their date,
/// in a week counted from the dateline's, before or after it, alone where
/// no ordinal can be meant; ordinals and recurring days are no mention.
#[test]
#[rustfmt::skip]
fn weekdays_under_a_dateline() {
    // A weekday counted from the dateline's day: its text, month and day
    // of 2024, and days from the dateline's.
    let rel = |text: &str, month: u32, day: u32, days: i32| {
        format!(
            "date «{text}» date=\"2024-{month:02}-{day:02}\" day={day} days={days} month={month} relative=true year=2024 year_inferred=false",
        )
    };
    check("Thứ Tư, 03/04/2024 - 07:35", &[
        (
            "Sáng thứ Hai (1/4), chiều thứ Ba ngày 2/4, tối Chủ nhật 31/3 và Thứ Hai, ngày 1-4-2024.",
            &[
                "date «Sáng thứ Hai (1/4)» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
                "date «chiều thứ Ba ngày 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «tối Chủ nhật 31/3» date=\"2024-03-31\" day=31 month=3 relative=false year=2024 year_inferred=true",
                "date «Thứ Hai, ngày 1-4-2024» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=false",
            ],
        ),
    ]);
    type Counted<'a> = &'a [(&'a str, u32, u32, i32)];
    let cases: &[(&str, Counted)] = &[
        (
            "Thứ Bảy tuần này, thứ 2 tuần sau, thứ tư của tuần tới, thứ Sáu tuần trước, thứ Năm tuần rồi.",
            &[
                ("Thứ Bảy tuần này", 4, 6, 3),
                ("thứ 2 tuần sau", 4, 8, 5),
                ("thứ tư của tuần tới", 4, 10, 7),
                ("thứ Sáu tuần trước", 3, 29, -5),
                ("thứ Năm tuần rồi", 3, 28, -6),
            ],
        ),
        (
            "Thứ Ba tuần qua, thứ ba vừa rồi, thứ Năm tới, thứ Tư tới, thứ Tư này, Chủ nhật tuần sau.",
            &[
                ("Thứ Ba tuần qua", 4, 2, -1),
                ("thứ ba vừa rồi", 4, 2, -1),
                ("thứ Năm tới", 4, 4, 1),
                ("thứ Tư tới", 4, 10, 7),
                ("thứ Tư này", 4, 3, 0),
                ("Chủ nhật tuần sau", 4, 14, 11),
            ],
        ),
        (
            // Alone: the such day nearest the dateline's.
            "Hôm thứ hai, ông nói; vào thứ Sáu, họ về; sáng thứ 7 khai mạc.",
            &[
                ("thứ hai", 4, 1, -2),
                ("thứ Sáu", 4, 5, 2),
                ("sáng thứ 7", 4, 6, 3),
            ],
        ),
        (
            // The words that narrow the part of the day are the mention's
            // too; a word of another kind before `sớm` is not.
            "Sáng sớm thứ Hai, chiều tối thứ Ba, nửa đêm Chủ nhật; đi rất sớm thứ Sáu.",
            &[
                ("Sáng sớm thứ Hai", 4, 1, -2),
                ("chiều tối thứ Ba", 4, 2, -1),
                ("nửa đêm Chủ nhật", 3, 31, -3),
                ("thứ Sáu", 4, 5, 2),
            ],
        ),
        (
            // A list of days that do not recur: each is read.
            "Vào thứ Sáu và Chủ nhật tới, trời nắng.",
            &[
                ("thứ Sáu", 4, 5, 2),
                ("Chủ nhật tới", 4, 7, 4),
            ],
        ),
        (
            // `Chủ nhật` inside a sentence, after a part of day or `vào`;
            // `chủ nhiệm`, `chủ nhà` are no day.
            "Ông chủ nhiệm nói sáng Chủ nhật họ về, vào CHỦ NHẬT khai mạc; chủ nhà vui.",
            &[
                ("sáng Chủ nhật", 3, 31, -3),
                ("CHỦ NHẬT", 3, 31, -3),
            ],
        ),
        (
            // Abbreviated (`T2` to `T7`, `CN`), with the week that places
            // it after it; alone, no mention.
            "Họp T2 tuần sau, nghỉ CN này, đá CN tuần trước; vào T5, khu CN Tân Bình, tàu T4.",
            &[
                ("T2 tuần sau", 4, 8, 5),
                ("CN này", 4, 7, 4),
                ("CN tuần trước", 3, 31, -3),
            ],
        ),
    ];
    for (lead, want) in cases {
        let want: Vec<String> = want.iter().map(|(t, m, d, n)| rel(t, *m, *d, *n)).collect();
        assert_eq!(read("Thứ Tư, 03/04/2024 - 07:35", lead), want, "{lead}");
    }
    // Ordinals, recurring days, and a number after `thứ` that is no count
    // or year (`hai tuần tới` was two weeks ahead before `thứ` was read).
    check("Thứ Tư, 03/04/2024 - 07:35", &[
        ("Thứ hai là vấn đề vốn; lần thứ năm tới đây; ngày thứ hai của hội nghị.", &[]),
        ("Mỗi sáng thứ Tư, vào một ngày thứ Ba, thứ Hai hằng tuần, hạng thứ ba tuần này.", &[]),
        // Lists of recurring days: every day of the list is any such day,
        // and a weekday's number in a list no figure.
        ("Học vào thứ Ba, thứ Năm hằng tuần; làm từ thứ Hai đến thứ Sáu hàng tuần.", &[]),
        ("Từ thứ 2 đến thứ 6, phố đóng; thứ 3, thứ 5 hằng tuần có họp.", &[]),
        ("Các ngày thứ Bảy và Chủ nhật, phố mở; thứ Bảy, Chủ nhật mỗi tuần cũng thế.", &[]),
        // A name: `Chủ nhật Đỏ` (a blood drive).
        ("Chương trình Chủ nhật Đỏ, vào các ngày chủ nhật.", &[]),
        // Abbreviated, with a date after it: the date, the weekday read
        // with it.
        (
            "Thi đấu T7 (6/4) và CN, 7/4.",
            &[
                "date «T7 (6/4)» date=\"2024-04-06\" day=6 month=4 relative=false year=2024 year_inferred=true",
                "date «CN, 7/4» date=\"2024-04-07\" day=7 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Lần thứ 2 tổ chức.",
            &["number «2» unit=null value=2"],
        ),
    ]);
}

/// Without a dateline: what depends on it keeps its kind and text, with
/// `null` dates.
#[test]
#[rustfmt::skip]
fn without_a_dateline() {
    check("", &[
        (
            "Hôm qua, tuần trước, tháng 9, quý I, từ 12/6 đến 3/7, mùng 1 Tết, rằm tháng Giêng năm Giáp Thìn, dịp 2-9 năm nay, 12/6/19, từ đầu năm 2019 đến nay.",
            &[
                "date «Hôm qua» date=null day=null days=-1 month=null relative=true year=null year_inferred=false",
                "period «tuần trước» end=null relative=true start=null year_inferred=false",
                "period «tháng 9» end=null relative=false start=null year_inferred=false",
                "quarter «quý I» quarter=1 year=null year_inferred=false",
                "period «từ 12/6 đến 3/7» end=null relative=false start=null year_inferred=false",
                "lunar_date «mùng 1 Tết» date=null leap_month=false lunar_day=1 lunar_month=1 lunar_year=null year_inferred=false",
                "lunar_date «rằm tháng Giêng năm Giáp Thìn» date=null leap_month=false lunar_day=15 lunar_month=1 lunar_year=null year_inferred=false",
                "date «2-9 năm nay» date=null day=2 month=9 relative=true year=null year_inferred=false",
                "date «12/6/19» date=\"2019-06-12\" day=12 month=6 relative=false year=2019 year_inferred=false",
                "period «từ đầu năm 2019 đến nay» end=null relative=true start=\"2019-01-01\" year_inferred=false",
            ],
        ),
        (
            // A weekday is counted from the dateline's day: without one it
            // is no mention; with its date it is that date.
            "Thứ Hai tuần sau, hôm thứ Ba, thứ Năm (20/1/2022).",
            &[
                "date «thứ Năm (20/1/2022)» date=\"2022-01-20\" day=20 month=1 relative=false year=2022 year_inferred=false",
            ],
        ),
    ]);
}

/// A bracket opens no mention of its own unless a date stands alone in it
/// (`(28/3)`): what follows it is read as after a space.
#[test]
#[rustfmt::skip]
fn mentions_right_after_an_opening_bracket() {
    check("03/04/2024 - 07:35", &[
        (
            "Họp (lúc 14 giờ), đợt 1 (quý II/2024), mưa (từ 1 đến 3/4).",
            &[
                "time «lúc 14 giờ» time=\"14:00:00\"",
                "number «1» unit=null value=1",
                "quarter «quý II/2024» quarter=2 year=2024 year_inferred=false",
                "period «từ 1 đến 3/4» end=\"2024-04-03\" relative=false start=\"2024-04-01\" year_inferred=true",
            ],
        ),
        (
            "Ngày 03/4/2024 (ngày 25 tháng 2 năm Giáp Thìn), tăng (15%), anh A (30 tuổi).",
            &[
                "date «Ngày 03/4/2024» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=false",
                "lunar_date «ngày 25 tháng 2 năm Giáp Thìn» date=\"2024-04-03\" leap_month=false lunar_day=25 lunar_month=2 lunar_year=2024 year_inferred=false",
                "percent «15%» value=15 value_to=null",
                "number «30 tuổi» unit=\"tuổi\" value=30",
            ],
        ),
        (
            // A date alone in brackets stays one mention with its bracket.
            "Hôm qua (28/3) và hôm nay （2/4）.",
            &[
                "date «Hôm qua (28/3)» date=\"2024-03-28\" day=28 month=3 relative=false year=2024 year_inferred=true",
                "date «hôm nay （2/4）» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
    // An impossible date in brackets is still reported where it stands.
    let text = "03/04/2024 - 07:35\nTiêu đề bài viết thử\n(CT) - Ngày (31/2) và (15%).\n";
    let a = util::article(text);
    assert_eq!(util::codes(&a), ["offset_assumed", "impossible_date"]);
    let d = &a.diagnostics[1];
    assert_eq!(d.message, "impossible date in the text: day 31, month 2");
    assert_eq!(text.get(d.span.start..d.span.end), Some("31/2"));
}

/// A list of days that a date word opens ends with its month after a dash
/// or a dot as well as a slash; without the date word a dash is a score.
#[test]
#[rustfmt::skip]
fn lists_of_days_with_the_month_after_a_dash_or_a_dot() {
    check("03/04/2024 - 07:35", &[
        (
            "Trong hai ngày 4 và 5-4, các ngày 8, 9 và 10.4.",
            &[
                "date «ngày 4» date=\"2024-04-04\" day=4 month=4 relative=false year=2024 year_inferred=true",
                "date «5-4» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 8» date=\"2024-04-08\" day=8 month=4 relative=false year=2024 year_inferred=true",
                "date «9» date=\"2024-04-09\" day=9 month=4 relative=false year=2024 year_inferred=true",
                "date «10.4» date=\"2024-04-10\" day=10 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Đội thắng 4 và 5-4, rồi 2-1 và 3-0.",
            &["number «4» unit=null value=4"],
        ),
    ]);
}

/// A part of the day narrowed by the word after it (`sáng sớm`, `chiều
/// tối`, `tối muộn`, `đêm khuya`) still announces its date or day; `hôm`
/// announces a date as `ngày` does.
#[test]
#[rustfmt::skip]
fn narrowed_parts_of_the_day_and_hom() {
    check("03/04/2024 - 07:35", &[
        (
            "Sáng sớm nay, chiều tối 2/4, đêm khuya qua và hôm 29-3.",
            &[
                "date «Sáng sớm nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "date «chiều tối 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «đêm khuya qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «hôm 29-3» date=\"2024-03-29\" day=29 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            // A time before a part of day and a day: the time and the day.
            "Lúc 15h tối hôm qua; vào sáng sớm, hôm sau.",
            &[
                "time «Lúc 15h» time=\"15:00:00\"",
                "date «tối hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// An hour before AM or PM, glued or spaced (`4pm`, `10 AM`, `4p.m.`), is a
/// clock time wherever it stands, as `4:30pm` is: no count of hours is
/// written so. A word that only opens alike (`4 pmx`) stays a number.
#[test]
#[rustfmt::skip]
fn an_hour_before_am_or_pm() {
    check("03/04/2024 - 07:35", &[
        (
            "Họ đến 4pm hôm qua, rời đi 10 AM ngày 3/4 và trở lại 4p.m.; 4 pmx.",
            &[
                "time «4pm» time=\"16:00:00\"",
                "date «hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "time «10 AM» time=\"10:00:00\"",
                "date «ngày 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
                "time «4p.m.» time=\"16:00:00\"",
                "number «4» unit=null value=4",
            ],
        ),
    ]);
}

/// A part of the day narrowed by the word before it (`nửa đêm`,
/// midnight; `giữa trưa`, `xế chiều`, `chập tối`) opens the mention of its
/// date or day; `nửa`, `giữa` before no part of the day stay out of it.
/// After `lúc`, `nửa đêm` is the hour (`lúc nửa đêm 1/4`: 00:00, and the
/// date).
#[test]
#[rustfmt::skip]
fn parts_of_the_day_narrowed_before() {
    check("03/04/2024 - 07:35", &[
        (
            "Vụ cháy xảy ra lúc nửa đêm 1/4, giữa trưa nay và xế chiều hôm qua.",
            &[
                "time «lúc nửa đêm» time=\"00:00:00\"",
                "date «1/4» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
                "date «giữa trưa nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "date «xế chiều hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Nửa đêm qua, chập tối ngày 30/3 và giữa đêm 31-3.",
            &[
                "date «Nửa đêm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «chập tối ngày 30/3» date=\"2024-03-30\" day=30 month=3 relative=false year=2024 year_inferred=true",
                "date «giữa đêm 31-3» date=\"2024-03-31\" day=31 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            // A half, a middle before no part of the day: not the date's.
            "Một nửa 3/4 số hộ; ở giữa ngày 2/4 và 3/4.",
            &[
                "ratio «3/4» denominator=4 numerator=3",
                "date «ngày 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Lunar feasts named without `Tết`: `Trung thu` after a word of the
/// feast or before its year (not a mooncake, not a man named Trung who
/// collects), `Giỗ Tổ Hùng Vương` (not a craft's ancestor day).
#[test]
#[rustfmt::skip]
fn lunar_feasts_without_tet() {
    check("03/04/2024 - 07:35", &[
        (
            "Dịp Trung thu năm nay, đêm Trung thu và Trung thu 2025.",
            &[
                "lunar_date «Trung thu năm nay» date=\"2024-09-17\" leap_month=false lunar_day=15 lunar_month=8 lunar_year=2024 year_inferred=true",
                "lunar_date «Trung thu» date=\"2024-09-17\" leap_month=false lunar_day=15 lunar_month=8 lunar_year=2024 year_inferred=true",
                "lunar_date «Trung thu 2025» date=\"2025-10-06\" leap_month=false lunar_day=15 lunar_month=8 lunar_year=2025 year_inferred=false",
            ],
        ),
        (
            "Giỗ Tổ Hùng Vương năm nay và Giỗ tổ Hùng Vương 2025.",
            &[
                "lunar_date «Giỗ Tổ Hùng Vương năm nay» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
                "lunar_date «Giỗ tổ Hùng Vương 2025» date=\"2025-04-07\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2025 year_inferred=false",
            ],
        ),
        ("Bánh Trung thu, lồng đèn Trung thu được bán.", &[]),
        ("Ông Trung thu tiền, anh Trung thuê nhà, Trường Trung học.", &[]),
        ("Giỗ tổ nghề kim hoàn được tổ chức.", &[]),
    ]);
}

/// `Tết` with its year, written or named, is the first day of that lunar
/// year; the other lunar feasts after `Tết` their own days; `Tết` alone is
/// none, and `Tết Dương lịch` the Gregorian new year.
#[test]
#[rustfmt::skip]
fn tet_with_its_year() {
    check("03/04/2024 - 07:35", &[
        (
            "Dịp Tết Giáp Thìn 2024, Tết 2025 và Tết năm nay.",
            &[
                "lunar_date «Tết Giáp Thìn 2024» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=false",
                "lunar_date «Tết 2025» date=\"2025-01-29\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2025 year_inferred=false",
                "lunar_date «Tết năm nay» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
            ],
        ),
        (
            "Tết Trung thu 2024, Tết Đoan ngọ năm nay, Tết ông Công ông Táo.",
            &[
                "lunar_date «Tết Trung thu 2024» date=\"2024-09-17\" leap_month=false lunar_day=15 lunar_month=8 lunar_year=2024 year_inferred=false",
                "lunar_date «Tết Đoan ngọ năm nay» date=\"2024-06-10\" leap_month=false lunar_day=5 lunar_month=5 lunar_year=2024 year_inferred=true",
                "lunar_date «Tết ông Công ông Táo» date=\"2024-02-02\" leap_month=false lunar_day=23 lunar_month=12 lunar_year=2023 year_inferred=true",
            ],
        ),
        (
            "Tết Âm lịch 2025 và Tết cổ truyền Giáp Thìn.",
            &[
                "lunar_date «Tết Âm lịch 2025» date=\"2025-01-29\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2025 year_inferred=false",
                "lunar_date «Tết cổ truyền Giáp Thìn» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=false",
            ],
        ),
        (
            "Tết Dương lịch 2025, Tết đến rồi.",
            &["date «Tết Dương lịch 2025» date=\"2025-01-01\" day=1 month=1 relative=false year=2025 year_inferred=false"],
        ),
    ]);
    // In December, `Tết năm nay` is the Tết a few weeks on, and the years
    // of Tết are counted from it; other lunar days keep the dateline's year.
    check("04/12/2023 - 08:00", &[
        (
            "Thưởng Tết năm nay, Tết năm ngoái, 29 Tết năm nay; rằm tháng 7 âm lịch năm ngoái.",
            &[
                "lunar_date «Tết năm nay» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «Tết năm ngoái» date=\"2023-01-22\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2023 year_inferred=true",
                "lunar_date «29 Tết năm nay» date=\"2024-02-08\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «rằm tháng 7 âm lịch năm ngoái» date=\"2022-08-12\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2022 year_inferred=true",
            ],
        ),
    ]);
}

/// `thg`, the month abbreviated, in a written date and before a month's
/// number; not after a count.
#[test]
#[rustfmt::skip]
fn the_month_abbreviated() {
    check("03/04/2024 - 07:35", &[
        (
            "Ngày 1 thg 4, 2024 và 15 thg 3; có 5 thg nữa.",
            &[
                "date «Ngày 1 thg 4, 2024» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=false",
                "date «15 thg 3» date=\"2024-03-15\" day=15 month=3 relative=false year=2024 year_inferred=true",
                "number «5» unit=null value=5",
            ],
        ),
        (
            // The month first, as a calendar's English order writes it.
            "Hạn chót thg 3 15, 2018.",
            &["date «thg 3 15, 2018» date=\"2018-03-15\" day=15 month=3 relative=false year=2018 year_inferred=false"],
        ),
        (
            // A month alone, with its year or not; `thg` before no number
            // is no month.
            "Trong Thg 12/2023, thg 2 năm 2024 và thg 5; thg này thì không.",
            &[
                "period «Thg 12/2023» end=\"2023-12-31\" relative=false start=\"2023-12-01\" year_inferred=false",
                "period «thg 2 năm 2024» end=\"2024-02-29\" relative=false start=\"2024-02-01\" year_inferred=false",
                "period «thg 5» end=\"2024-05-31\" relative=false start=\"2024-05-01\" year_inferred=true",
            ],
        ),
    ]);
}

/// The minute mark after the minutes belongs to the time.
#[test]
#[rustfmt::skip]
fn the_minute_mark() {
    check("03/04/2024 - 07:35", &[
        (
            "Khoảng 15h30' ngày 2/4 và lúc 7h35\u{2019} sáng.",
            &[
                "time «Khoảng 15h30'» time=\"15:30:00\"",
                "date «ngày 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "time «lúc 7h35\u{2019} sáng» time=\"07:35:00\"",
            ],
        ),
    ]);
}

/// Quarters as the ends of a range, joined by a dash, or two in a row by
/// `và` (or a comma, with their year): periods of their months.
#[test]
#[rustfmt::skip]
fn ranges_of_quarters() {
    check("03/04/2024 - 07:35", &[
        (
            "Từ quý II đến quý IV/2024, quý II-III/2024 và quý 3 - 4 năm nay.",
            &[
                "period «Từ quý II đến quý IV/2024» end=\"2024-12-31\" relative=false start=\"2024-04-01\" year_inferred=false",
                "period «quý II-III/2024» end=\"2024-09-30\" relative=false start=\"2024-04-01\" year_inferred=false",
                "period «quý 3 - 4 năm nay» end=\"2024-12-31\" relative=true start=\"2024-07-01\" year_inferred=false",
            ],
        ),
        (
            // A year after a dash between spaces; a number of words after
            // one is no year.
            "Quý 1 - 2020 và quý II – 2023; quý 2 - 20 dự án.",
            &[
                "quarter «Quý 1 - 2020» quarter=1 year=2020 year_inferred=false",
                "quarter «quý II – 2023» quarter=2 year=2023 year_inferred=false",
                "quarter «quý 2» quarter=2 year=2024 year_inferred=true",
                "number «20» unit=null value=20",
            ],
        ),
        (
            // `quý` again after the dash.
            "Quý I - quý III/2023 và quý II – quý IV.",
            &[
                "period «Quý I - quý III/2023» end=\"2023-09-30\" relative=false start=\"2023-01-01\" year_inferred=false",
                "period «quý II – quý IV» end=\"2024-12-31\" relative=false start=\"2024-04-01\" year_inferred=true",
            ],
        ),
        (
            // Two in a row after a comma, with their year.
            "Quý III, IV năm 2023; quý II, 3 dự án.",
            &[
                "period «Quý III, IV năm 2023» end=\"2023-12-31\" relative=false start=\"2023-07-01\" year_inferred=false",
                "quarter «quý II» quarter=2 year=2024 year_inferred=true",
                "number «3» unit=null value=3",
            ],
        ),
        (
            // More in a row, joined by commas and `và`, with their year
            // or closed by `và`; commas alone without a year join none.
            "Quý I, II và III năm 2024; quý I, II, III và IV; quý I, II, III tăng.",
            &[
                "period «Quý I, II và III năm 2024» end=\"2024-09-30\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «quý I, II, III và IV» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=true",
                "quarter «quý I» quarter=1 year=2024 year_inferred=true",
            ],
        ),
        (
            // The quarter that opens or closes a year, of the year after
            // `năm` or the dateline's (not the nearest): `quý đầu năm`,
            // `quý cuối năm`, `quý 3 của năm`; after a count, the count's
            // quarters (`2 quý đầu năm`).
            "Quý cuối năm, quý đầu năm 2023, quý cuối cùng của năm, quý 3 của năm 2021; 2 quý đầu năm.",
            &[
                "quarter «Quý cuối năm» quarter=4 year=2024 year_inferred=true",
                "quarter «quý đầu năm 2023» quarter=1 year=2023 year_inferred=false",
                "quarter «quý cuối cùng của năm» quarter=4 year=2024 year_inferred=true",
                "quarter «quý 3 của năm 2021» quarter=3 year=2021 year_inferred=false",
                "period «2 quý đầu năm» end=\"2024-06-30\" relative=false start=\"2024-01-01\" year_inferred=true",
            ],
        ),
        (
            // Not in a row, or falling: the quarters alone.
            "Quý I và quý III; quý II-2024, quý IV-II.",
            &[
                "quarter «Quý I» quarter=1 year=2024 year_inferred=true",
                "quarter «quý III» quarter=3 year=2024 year_inferred=true",
                "quarter «quý II-2024» quarter=2 year=2024 year_inferred=false",
                "quarter «quý IV» quarter=4 year=2023 year_inferred=true",
            ],
        ),
    ]);
}

/// An hour alone before a dash and a clock time takes its marker, and its
/// part of day, as after `từ` before `đến` and a time; `10-15g` and
/// `10g-15g` weigh grams, `từ 2 đến 3 giờ sau` counts hours.
#[test]
#[rustfmt::skip]
fn an_hour_sharing_the_marker_of_the_next() {
    check("03/04/2024 - 07:35", &[
        (
            "Mưa từ 7-9h sáng, 13-15h30 và 7-9h tối; từ 8h-10h sáng.",
            &[
                "time «7» time=\"07:00:00\"",
                "time «9h sáng» time=\"09:00:00\"",
                "time «13» time=\"13:00:00\"",
                "time «15h30» time=\"15:30:00\"",
                "time «7» time=\"19:00:00\"",
                "time «9h tối» time=\"21:00:00\"",
                "time «8h» time=\"08:00:00\"",
                "time «10h sáng» time=\"10:00:00\"",
            ],
        ),
        (
            "Nặng 10-15g, 10g-15g; tỷ số 7-9, ngày 9-7h.",
            &[
                "number «10-15g» unit=\"g\" value=10 value_to=15",
                "number «10g-15g» unit=\"g\" value=10 value_to=15",
            ],
        ),
        (
            // After `từ`, `đến` or `tới` joins them as the dash does.
            "Cấm đường từ 7 đến 9 giờ sáng, từ 20 tới 22h; từ 2 đến 3 giờ sau.",
            &[
                "time «7» time=\"07:00:00\"",
                "time «9 giờ sáng» time=\"09:00:00\"",
                "time «20» time=\"20:00:00\"",
                "time «22h» time=\"22:00:00\"",
                "number «2» unit=null value=2",
                "number «3» unit=null value=3",
            ],
        ),
        // A spaced dash after `từ` before an hour with its part of day; a
        // count of hours (no part of day) stays numbers.
        (
            "Từ 8 - 10 giờ sáng và từ 8 – 10 giờ tối, cấm xe; chờ từ 2 - 3 giờ.",
            &[
                "time «8» time=\"08:00:00\"",
                "time «10 giờ sáng» time=\"10:00:00\"",
                "time «8» time=\"20:00:00\"",
                "time «10 giờ tối» time=\"22:00:00\"",
                "number «2» unit=null value=2",
                "number «3» unit=null value=3",
            ],
        ),
        // A spaced dash after `từ` before a clock time (`11h`), or before
        // an hour with its part of day without `từ`; a spaced dash before
        // a clock time alone, or before grams, joins no hours.
        (
            "Mở cửa từ 9 - 11h, 5 - 7h sáng; lớp 7 - 9h, từ 10 - 15g đường.",
            &[
                "time «9» time=\"09:00:00\"",
                "time «11h» time=\"11:00:00\"",
                "time «5» time=\"05:00:00\"",
                "time «7h sáng» time=\"07:00:00\"",
                "number «7» unit=null value=7",
                "number «10 - 15g» unit=\"g\" value=10 value_to=15",
            ],
        ),
        // The dash without spaces, after `từ` or not; a count of hours
        // with none stays none.
        (
            "Cấm xe từ 7-9 giờ sáng, 17-19 giờ tối; chờ từ 2-3 giờ.",
            &[
                "time «7» time=\"07:00:00\"",
                "time «9 giờ sáng» time=\"09:00:00\"",
                "time «17» time=\"17:00:00\"",
                "time «19 giờ tối» time=\"19:00:00\"",
            ],
        ),
    ]);
}

/// A time right after a date opened by a part of day, with none of its
/// own, is in that part of day; an hour marked by AM or PM alone is a
/// time; a count of five days written in words is read.
#[test]
#[rustfmt::skip]
fn the_part_of_day_of_the_date_before_and_am_pm_alone() {
    check("03/04/2024 - 07:35", &[
        (
            "Tối nay lúc 8 giờ, chiều qua, khoảng 3 giờ; tối 2/4 lúc 8 giờ sáng.",
            &[
                "date «Tối nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "time «lúc 8 giờ» time=\"20:00:00\"",
                "date «chiều qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "time «khoảng 3 giờ» time=\"15:00:00\"",
                "date «tối 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "time «lúc 8 giờ sáng» time=\"08:00:00\"",
            ],
        ),
        (
            "Lúc 8am, lúc 8 PM, năm ngày trước; có 8 am hiểu.",
            &[
                "time «Lúc 8am» time=\"08:00:00\"",
                "time «lúc 8 PM» time=\"20:00:00\"",
                "date «năm ngày trước» date=\"2024-03-29\" day=29 days=-5 month=3 relative=true year=2024 year_inferred=false",
                "number «8» unit=null value=8",
            ],
        ),
    ]);
}

/// The lunar new year's eve: the last day of the lunar year before the Tết
/// written after it, or the one nearest the dateline; the 29th when the
/// twelfth month is short (2025).
#[test]
#[rustfmt::skip]
fn the_lunar_new_years_eve() {
    check("03/04/2024 - 07:35", &[
        (
            "Đêm giao thừa, chiều giao thừa Tết 2025; giao thông ùn tắc.",
            &[
                "lunar_date «Đêm giao thừa» date=\"2024-02-09\" leap_month=false lunar_day=30 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «chiều giao thừa Tết 2025» date=\"2025-01-28\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2024 year_inferred=false",
            ],
        ),
    ]);
    check("", &[("Đêm giao thừa.", &[])]);
}

/// A part of a month without its month is of the dateline's month, as
/// `tháng này`; `trở lại đây` closes a range at the dateline's day, as
/// `đến nay`, which closes one opened without `từ` too.
#[test]
#[rustfmt::skip]
fn the_month_of_the_dateline_and_up_to_now() {
    check("03/04/2024 - 07:35", &[
        (
            "Từ đầu tháng đến nay, cuối tháng, nửa đầu tháng; từ năm 2020 trở lại đây.",
            &[
                "period «Từ đầu tháng đến nay» end=\"2024-04-03\" relative=true start=\"2024-04-01\" year_inferred=false",
                "period «cuối tháng» end=\"2024-04-30\" relative=true start=\"2024-04-21\" year_inferred=false",
                "period «nửa đầu tháng» end=\"2024-04-15\" relative=true start=\"2024-04-01\" year_inferred=false",
                "period «từ năm 2020 trở lại đây» end=\"2024-04-03\" relative=true start=\"2020-01-01\" year_inferred=false",
            ],
        ),
        (
            // Without `từ`, a period or a day before `đến nay`, `tới nay`
            // or `- nay` runs to the dateline's day; a day without its
            // year after the dateline's is the one of the year before.
            "Đầu năm đến nay, tuần trước tới nay, năm 2020 - nay; hôm qua đến nay, ngày 1/4 đến nay, ngày 5/4 đến nay.",
            &[
                "period «Đầu năm đến nay» end=\"2024-04-03\" relative=true start=\"2024-01-01\" year_inferred=true",
                "period «tuần trước tới nay» end=\"2024-04-03\" relative=true start=\"2024-03-25\" year_inferred=false",
                "period «năm 2020 - nay» end=\"2024-04-03\" relative=true start=\"2020-01-01\" year_inferred=false",
                "period «hôm qua đến nay» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
                "period «ngày 1/4 đến nay» end=\"2024-04-03\" relative=true start=\"2024-04-01\" year_inferred=true",
                "period «ngày 5/4 đến nay» end=\"2024-04-03\" relative=true start=\"2023-04-05\" year_inferred=true",
            ],
        ),
        (
            // The start of a period up to now is before now: a month, a
            // quarter, a part of a month or a day without its year still
            // to come under the dateline is the one of the year before.
            "Từ tháng 5 đến nay, từ quý III đến nay, từ đầu tháng 6 tới nay, từ ngày 20/12 đến nay, tháng 9 đến nay.",
            &[
                "period «Từ tháng 5 đến nay» end=\"2024-04-03\" relative=true start=\"2023-05-01\" year_inferred=true",
                "period «từ quý III đến nay» end=\"2024-04-03\" relative=true start=\"2023-07-01\" year_inferred=true",
                "period «từ đầu tháng 6 tới nay» end=\"2024-04-03\" relative=true start=\"2023-06-01\" year_inferred=true",
                "period «từ ngày 20/12 đến nay» end=\"2024-04-03\" relative=true start=\"2023-12-20\" year_inferred=true",
                "period «tháng 9 đến nay» end=\"2024-04-03\" relative=true start=\"2023-09-01\" year_inferred=true",
            ],
        ),
        (
            // Look-alikes: a month still to come closes no period without
            // `đến nay`; a written year after the dateline's opens none.
            "Tháng 5 tới, từ tháng 5/2025 đến nay.",
            &[
                "period «Tháng 5 tới» end=\"2024-05-31\" relative=false start=\"2024-05-01\" year_inferred=true",
                "period «tháng 5/2025» end=\"2025-05-31\" relative=false start=\"2025-05-01\" year_inferred=false",
            ],
        ),
    ]);
    check("", &[(
        "Hôm qua đến nay, đầu năm đến nay.",
        &[
            "date «Hôm qua» date=null day=null days=-1 month=null relative=true year=null year_inferred=false",
            "period «đầu năm đến nay» end=null relative=true start=null year_inferred=false",
        ],
    )]);
}

/// A day without its month after a date word, closing its clause (`Sáng
/// 21,`, `ngày 25.`): the nearest such day to the dateline's, the one
/// before it after `hôm`; not after `mùng` (as often a lunar day), nor
/// before a word (`ngày 1 của hội nghị`, the first day of it).
#[test]
#[rustfmt::skip]
fn a_day_without_its_month_closing_its_clause() {
    check("Thứ Hai, 12/02/2024 08:00", &[
        (
            "Sáng 21, đoàn đến; hôm 20, đoàn đi. Dự án xong ngày 28.",
            &[
                "date «Sáng 21» date=\"2024-02-21\" day=21 month=2 relative=true year=2024 year_inferred=false",
                "date «hôm 20» date=\"2024-01-20\" day=20 month=1 relative=true year=2024 year_inferred=false",
                "date «ngày 28» date=\"2024-01-28\" day=28 month=1 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Ngày 1 của hội nghị, từ mùng 5, trong ngày 3 tuần.",
            &[
                "number «1» unit=null value=1",
                "number «5» unit=null value=5",
                "number «3» unit=null value=3",
            ],
        ),
        (
            // A list of such days, each a date of the month of the last
            // one's nearest day; a count after the list stays one.
            "Đêm 20 rạng sáng 21, mưa; trong hai ngày 28 và 29, họp; ngày 10 và 11 người đến.",
            &[
                "date «Đêm 20» date=\"2024-02-20\" day=20 month=2 relative=true year=2024 year_inferred=false",
                "date «rạng sáng 21» date=\"2024-02-21\" day=21 month=2 relative=true year=2024 year_inferred=false",
                "date «ngày 28» date=\"2024-01-28\" day=28 month=1 relative=true year=2024 year_inferred=false",
                "date «29» date=\"2024-01-29\" day=29 month=1 relative=true year=2024 year_inferred=false",
                "number «10» unit=null value=10",
                "number «11 người» unit=\"người\" value=11",
            ],
        ),
        (
            // A range of such days, of the last one's month, opened by
            // `Từ`; after a dash, a last day that may be a month keeps the
            // day and month.
            "Từ ngày 10 đến 15, họp; ngày 30-31, mưa; ngày 10-12, lễ hội.",
            &[
                "period «Từ ngày 10 đến 15» end=\"2024-02-15\" relative=true start=\"2024-02-10\" year_inferred=false",
                "period «ngày 30-31» end=\"2024-01-31\" relative=true start=\"2024-01-30\" year_inferred=false",
                "date «ngày 10-12» date=\"2023-12-10\" day=10 month=12 relative=false year=2023 year_inferred=true",
            ],
        ),
        (
            // `từ` and the day word before the last too; a count after the
            // range, or no day word after `từ`: numbers.
            "từ ngày 1 đến ngày 5. Từ ngày 10 đến 15 người, từ 10 đến 15, họ.",
            &[
                "period «từ ngày 1 đến ngày 5» end=\"2024-02-05\" relative=true start=\"2024-02-01\" year_inferred=false",
                "number «10 đến 15 người» unit=\"người\" value=10 value_to=15",
                "number «10» unit=null value=10",
                "number «15» unit=null value=15",
            ],
        ),
        (
            // A note in brackets after the day; a month after the comma,
            // read as the month (the day before it counts nothing there).
            "Sáng 21 (giờ địa phương), họ đến; ngày 2, tháng 3.",
            &[
                "date «Sáng 21» date=\"2024-02-21\" day=21 month=2 relative=true year=2024 year_inferred=false",
                "number «2» unit=null value=2",
                "period «tháng 3» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=true",
            ],
        ),
    ]);
}

/// `tới`, `sắp tới` after a date without its year put it after the
/// dateline, `vừa qua` before it; after a day without its month, the
/// nearest such day that side of the dateline. `tới` before a place is a
/// verb.
#[test]
#[rustfmt::skip]
fn dates_placed_by_toi_and_vua_qua() {
    check("03/04/2024 - 07:35", &[
        (
            "Ngày 15/4 vừa qua, ngày 1/4 tới; hôm 20 vừa qua, sáng 3 tới.",
            &[
                "date «Ngày 15/4 vừa qua» date=\"2023-04-15\" day=15 month=4 relative=false year=2023 year_inferred=true",
                "date «ngày 1/4 tới» date=\"2025-04-01\" day=1 month=4 relative=false year=2025 year_inferred=true",
                "date «hôm 20 vừa qua» date=\"2024-03-20\" day=20 month=3 relative=true year=2024 year_inferred=false",
                "date «sáng 3 tới» date=\"2024-05-03\" day=3 month=5 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            // The dateline's own day is gone by, not to come.
            "Ngày 3/4 vừa qua, ngày 3/4 tới.",
            &[
                "date «Ngày 3/4 vừa qua» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 3/4 tới» date=\"2025-04-03\" day=3 month=4 relative=false year=2025 year_inferred=true",
            ],
        ),
        (
            "Ngày 15/4 tới Hà Nội; ngày 20 tới sẽ mưa.",
            &[
                "date «Ngày 15/4» date=\"2024-04-15\" day=15 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 20 tới» date=\"2024-04-20\" day=20 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            // `này`: that day on or after the dateline's.
            "Ngày 20 này, ngày 3 này và ngày 2 này.",
            &[
                "date «Ngày 20 này» date=\"2024-04-20\" day=20 month=4 relative=true year=2024 year_inferred=false",
                "date «ngày 3 này» date=\"2024-04-03\" day=3 month=4 relative=true year=2024 year_inferred=false",
                "date «ngày 2 này» date=\"2024-05-02\" day=2 month=5 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// An hour alone before a time zone's abbreviation is a time; the tens
/// without `mươi` (`hai tư`, `hai mốt`) make a number only where one must
/// stand: a day before `tháng`, a year's last two digits.
#[test]
#[rustfmt::skip]
fn zoned_hours_and_tens_without_muoi() {
    check("03/04/2024 - 07:35", &[
        (
            "Trận đấu diễn ra 15h CST, tức 21 giờ GMT; ngày hai tư tháng bảy năm hai nghìn mười ba; năm hai nghìn hai mốt; hai ba người đến.",
            &[
                "time «15h» time=\"15:00:00\"",
                "time «21 giờ» time=\"21:00:00\"",
                "date «ngày hai tư tháng bảy năm hai nghìn mười ba» date=\"2013-07-24\" day=24 month=7 relative=false year=2013 year_inferred=false",
                "period «năm hai nghìn hai mốt» end=\"2021-12-31\" relative=false start=\"2021-01-01\" year_inferred=false",
            ],
        ),
        // Without the zone: a count.
        ("Trận đấu diễn ra 15h, tức 21 giờ; xong.", &["number «21» unit=null value=21"]),
    ]);
}

/// `hôm` before a date or a weekday and `hồi` before a month place them on
/// or before the dateline (a time gone by); without them the nearest is
/// taken.
#[test]
#[rustfmt::skip]
fn hom_and_hoi_look_back() {
    check("01/12/2024 - 09:30", &[(
        "Hôm 12/3, hồi tháng 4, hôm thứ Hai; ngày 12/3, tháng 4, thứ Hai; hôm 28/11.",
        &[
            "date «Hôm 12/3» date=\"2024-03-12\" day=12 month=3 relative=false year=2024 year_inferred=true",
            "period «tháng 4» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=true",
            "date «thứ Hai» date=\"2024-11-25\" day=25 days=-6 month=11 relative=true year=2024 year_inferred=false",
            "date «ngày 12/3» date=\"2025-03-12\" day=12 month=3 relative=false year=2025 year_inferred=true",
            "period «tháng 4» end=\"2025-04-30\" relative=false start=\"2025-04-01\" year_inferred=true",
            "date «thứ Hai» date=\"2024-12-02\" day=2 days=1 month=12 relative=true year=2024 year_inferred=false",
            "date «hôm 28/11» date=\"2024-11-28\" day=28 month=11 relative=false year=2024 year_inferred=true",
        ],
    )]);
}

/// The first or last week of a month with `đầu`, `cuối` alone, as with
/// `đầu tiên`, `cuối cùng`: Monday to Sunday.
#[test]
#[rustfmt::skip]
fn the_first_or_last_week_of_a_month() {
    check("03/04/2024 - 07:35", &[
        (
            "Tuần đầu tháng 4 và tuần cuối tháng 3.",
            &[
                "period «Tuần đầu tháng 4» end=\"2024-04-07\" relative=false start=\"2024-04-01\" year_inferred=true",
                "period «tuần cuối tháng 3» end=\"2024-03-31\" relative=false start=\"2024-03-25\" year_inferred=true",
            ],
        ),
    ]);
}

/// A month without its year placed by `tới` or `vừa qua`: the nearest such
/// month on that side of the dateline's; the dateline's own month is gone
/// by in part (`vừa qua`), not to come (`tới`), and `này`'s.
#[test]
#[rustfmt::skip]
fn months_placed_by_toi_and_vua_qua() {
    check("03/04/2024 - 07:35", &[
        (
            "Tháng 5 vừa qua, tháng 12 tới; tháng 5 tới Hà Nội.",
            &[
                "period «Tháng 5 vừa qua» end=\"2023-05-31\" relative=false start=\"2023-05-01\" year_inferred=true",
                "period «tháng 12 tới» end=\"2024-12-31\" relative=false start=\"2024-12-01\" year_inferred=true",
                "period «tháng 5» end=\"2024-05-31\" relative=false start=\"2024-05-01\" year_inferred=true",
            ],
        ),
        (
            "Tháng 4 vừa qua, tháng 3 vừa rồi; tháng 4 tới.",
            &[
                "period «Tháng 4 vừa qua» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=true",
                "period «tháng 3 vừa rồi» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=true",
                "period «tháng 4 tới» end=\"2025-04-30\" relative=false start=\"2025-04-01\" year_inferred=true",
            ],
        ),
        (
            // `này`: the dateline's month or the nearest after it; not
            // after a count of months.
            "Tháng 4 này, tháng 3 này và tháng 12 này; trong 12 tháng này.",
            &[
                "period «Tháng 4 này» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=true",
                "period «tháng 3 này» end=\"2025-03-31\" relative=false start=\"2025-03-01\" year_inferred=true",
                "period «tháng 12 này» end=\"2024-12-31\" relative=false start=\"2024-12-01\" year_inferred=true",
                "number «12» unit=null value=12",
            ],
        ),
    ]);
}

/// Months and years counted in words (`hai năm qua`) are read whatever
/// follows in the paragraph: the reading once depended on a `ngày` further
/// on.
#[test]
#[rustfmt::skip]
fn years_counted_in_words_whatever_follows() {
    let want = [
        "period «hai năm qua» end=\"2024-04-03\" relative=true start=\"2022-04-04\" year_inferred=false",
        "period «ba tháng tới» end=\"2024-07-03\" relative=true start=\"2024-04-04\" year_inferred=false",
    ];
    check("03/04/2024 - 07:35", &[
        ("Trong hai năm qua và ba tháng tới, thu nhập tăng.", &want),
    ]);
    let mut with_day = want.to_vec();
    with_day.push("date «2/9» date=\"2024-09-02\" day=2 month=9 relative=false year=2024 year_inferred=true");
    check("03/04/2024 - 07:35", &[
        ("Trong hai năm qua và ba tháng tới, thu nhập tăng vào ngày lễ 2/9.", &with_day),
    ]);
}

/// `tháng qua` and `năm qua`, as `tuần qua`: the month or the year ending
/// on the dateline's day; `ngày 5 tháng qua` a day of the month before;
/// `tháng qua tháng` (month after month) and `những năm qua` (recent
/// years) are no period.
#[test]
#[rustfmt::skip]
fn the_past_month_and_year() {
    check("03/04/2024 - 07:35", &[
        (
            "Trong năm qua, suốt tháng qua và ngày 5 tháng qua; tháng qua tháng, những năm qua.",
            &[
                "period «năm qua» end=\"2024-04-03\" relative=true start=\"2023-04-04\" year_inferred=false",
                "period «tháng qua» end=\"2024-04-03\" relative=true start=\"2024-03-04\" year_inferred=false",
                "date «ngày 5 tháng qua» date=\"2024-03-05\" day=5 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// A year alone opens a range of years after `từ` (`từ 2020 đến nay`, `từ
/// 2020 đến 2024`), or before a dash or `đến` and `nay` (`2020 - nay`,
/// `2016 đến nay`); amounts and counts are no years.
#[test]
#[rustfmt::skip]
fn a_year_alone_opens_a_range() {
    check("03/04/2024 - 07:35", &[
        (
            "Từ 2020 đến nay, từ 2019 tới 2021 và từ 2015 trở lại đây; từ 1990 đến 2000 đồng, từ 2000 đến 2050 người.",
            &[
                "period «Từ 2020 đến nay» end=\"2024-04-03\" relative=true start=\"2020-01-01\" year_inferred=false",
                "period «từ 2019 tới 2021» end=\"2021-12-31\" relative=false start=\"2019-01-01\" year_inferred=false",
                "period «từ 2015 trở lại đây» end=\"2024-04-03\" relative=true start=\"2015-01-01\" year_inferred=false",
                "money «1990 đến 2000 đồng» currency=\"VND\" value=1990 value_to=2000",
                "number «2000 đến 2050 người» unit=\"người\" value=2000 value_to=2050",
            ],
        ),
        (
            // Before a dash or `đến` and `nay`, without `từ`; a year after
            // the dateline's, or a school year, is none, and a range of
            // counts stays one.
            "Giai đoạn 2020 - nay, 2015-nay, 2016 đến nay; 2030 - nay, năm học 2020 - nay, 3000 đến 5000 người.",
            &[
                "period «2020 - nay» end=\"2024-04-03\" relative=true start=\"2020-01-01\" year_inferred=false",
                "period «2015-nay» end=\"2024-04-03\" relative=true start=\"2015-01-01\" year_inferred=false",
                "period «2016 đến nay» end=\"2024-04-03\" relative=true start=\"2016-01-01\" year_inferred=false",
                "number «3000 đến 5000 người» unit=\"người\" value=3000 value_to=5000",
            ],
        ),
    ]);
}

/// `Tết Dương lịch` and `Tết Tây` are 1 January (a date), of the year
/// written, counted or nearest the dateline's day; `Tết Tây Nguyên` is a
/// region's Tết.
#[test]
#[rustfmt::skip]
fn the_gregorian_new_year() {
    check("03/04/2024 - 07:35", &[
        (
            "Tết Dương lịch 2025, Tết Tây năm nay, nghỉ Tết Dương lịch; Tết Tây Nguyên.",
            &[
                "date «Tết Dương lịch 2025» date=\"2025-01-01\" day=1 month=1 relative=false year=2025 year_inferred=false",
                "date «Tết Tây năm nay» date=\"2024-01-01\" day=1 month=1 relative=true year=2024 year_inferred=false",
                "date «Tết Dương lịch» date=\"2024-01-01\" day=1 month=1 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
    check("", &[
        (
            "Tết Dương lịch năm nay.",
            &["date «Tết Dương lịch năm nay» date=null day=1 month=1 relative=true year=null year_inferred=false"],
        ),
    ]);
}

/// `23 Tết` to `30 Tết`: days of the last lunar month before the Tết
/// nearest the dateline (or the one named after it); `30 Tết` is that
/// month's last day when it has 29 (2025). `15 Tết` is no day.
#[test]
#[rustfmt::skip]
fn days_before_tet() {
    check("03/04/2024 - 07:35", &[
        (
            "Chiều 30 Tết, ngày 28 Tết, 23 Tết; 30 Tết Ất Tỵ; 15 Tết.",
            &[
                "lunar_date «Chiều 30 Tết» date=\"2024-02-09\" leap_month=false lunar_day=30 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «ngày 28 Tết» date=\"2024-02-07\" leap_month=false lunar_day=28 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «23 Tết» date=\"2024-02-02\" leap_month=false lunar_day=23 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «30 Tết Ất Tỵ» date=\"2025-01-28\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2024 year_inferred=false",
                "number «15» unit=null value=15",
            ],
        ),
    ]);
    check("", &[
        (
            "Đêm 30 Tết.",
            &["lunar_date «Đêm 30 Tết» date=null leap_month=false lunar_day=30 lunar_month=12 lunar_year=null year_inferred=false"],
        ),
    ]);
}

/// A list of years after `năm` (`năm 2023 và 2024`, `các năm 2022, 2023`):
/// each a whole year; an amount after the list's word is none. A date in
/// brackets after a counted weekday is its date.
#[test]
#[rustfmt::skip]
fn lists_of_years_and_counted_weekdays_with_their_date() {
    check("Thứ Tư, 03/04/2024 - 07:35", &[
        (
            "Các năm 2022, 2023 và 2024 tăng; năm 2020 và 2021 người.",
            &[
                "period «năm 2022» end=\"2022-12-31\" relative=false start=\"2022-01-01\" year_inferred=false",
                "period «2023» end=\"2023-12-31\" relative=false start=\"2023-01-01\" year_inferred=false",
                "period «2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «năm 2020» end=\"2020-12-31\" relative=false start=\"2020-01-01\" year_inferred=false",
                "number «2021 người» unit=\"người\" value=2021",
            ],
        ),
        (
            "Tối thứ Hai tuần trước (25/3) và Chủ nhật vừa qua (31/3).",
            &[
                "date «Tối thứ Hai tuần trước (25/3)» date=\"2024-03-25\" day=25 month=3 relative=false year=2024 year_inferred=true",
                "date «Chủ nhật vừa qua (31/3)» date=\"2024-03-31\" day=31 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// A list of months (`tháng 3, 4, 5 năm 2023`, `tháng 11 và 12/2022`,
/// `tháng 3, 4 và 5 là`): each a month, of the year written after the
/// list's last (the year before for months before a January in it); a
/// count after the list's word is none.
#[test]
#[rustfmt::skip]
fn lists_of_months() {
    let month = |text: &str, y: i32, m: u32, last: u32, inferred: bool| {
        format!("period «{text}» end=\"{y}-{m:02}-{last}\" relative=false start=\"{y}-{m:02}-01\" year_inferred={inferred}")
    };
    let want = [
        month("Tháng 3", 2023, 3, 31, false),
        month("4", 2023, 4, 30, false),
        month("5 năm 2023", 2023, 5, 31, false),
        month("tháng 11", 2022, 11, 30, false),
        month("12/2022", 2022, 12, 31, false),
        month("tháng 3", 2024, 3, 31, true),
        "number «4 người» unit=\"người\" value=4".to_string(),
    ];
    let want: Vec<&str> = want.iter().map(String::as_str).collect();
    check("Thứ Tư, 03/04/2024 - 07:35", &[
        (
            "Tháng 3, 4, 5 năm 2023 và trong tháng 11 và 12/2022; tháng 3, 4 người đến.",
            &want,
        ),
        (
            // Without a year, a month of a list only before a mark or `và`.
            "Tháng 3, 4 cán bộ bị kỷ luật.",
            &[
                "period «Tháng 3» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=true",
                "number «4» unit=null value=4",
            ],
        ),
        (
            // A list that runs past December into the year written after
            // it: the months before January are of the year before.
            "Trong tháng 12 và tháng 1/2025; các tháng 11, 12 và 1/2025.",
            &[
                "period «tháng 12» end=\"2024-12-31\" relative=false start=\"2024-12-01\" year_inferred=false",
                "period «tháng 1/2025» end=\"2025-01-31\" relative=false start=\"2025-01-01\" year_inferred=false",
                "period «tháng 11» end=\"2024-11-30\" relative=false start=\"2024-11-01\" year_inferred=false",
                "period «12» end=\"2024-12-31\" relative=false start=\"2024-12-01\" year_inferred=false",
                "period «1/2025» end=\"2025-01-31\" relative=false start=\"2025-01-01\" year_inferred=false",
            ],
        ),
        (
            // After `và`, the month right after the one before closes the
            // list with no mark after it; another number stays a count.
            "Các tháng 3, 4 và 5 là mùa khô; tháng 7 và 9 cán bộ.",
            &[
                "period «tháng 3» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=true",
                "period «4» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=true",
                "period «5» end=\"2024-05-31\" relative=false start=\"2024-05-01\" year_inferred=true",
                "period «tháng 7» end=\"2024-07-31\" relative=false start=\"2024-07-01\" year_inferred=true",
                "number «9» unit=null value=9",
            ],
        ),
    ]);
}

/// A date written year first as ISO 8601 does (`2024-04-03`,
/// `2024/04/03`); not a document number (`2024/04/QĐ`), a date and time
/// run together, an impossible month nor one-digit parts.
#[test]
#[rustfmt::skip]
fn dates_written_year_first() {
    check("03/04/2024 - 07:35", &[
        (
            "Họp 2024-04-03, 2024/04/05; công văn 2024/04/QĐ, 2024-04-03T07:35, 2024-13-01, 2024-4-3.",
            &[
                "date «2024-04-03» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=false",
                "date «2024/04/05» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// A month with `âm lịch` is a month of the lunar calendar: a period of
/// its Gregorian days (lunar month 7 of 2024 is 4 August to 2 September);
/// so is a month before a year named in the cycle of sixty (`tháng Giêng
/// năm Ất Tỵ`: before, January 2024 and the year apart, a wrong value). A
/// lunar year counted from the dateline's (`năm nay`) makes the period
/// relative, as `tháng 7 năm nay` is (it was `year_inferred` instead).
#[test]
#[rustfmt::skip]
fn lunar_months() {
    check("03/04/2024 - 07:35", &[
        (
            "Tháng Giêng năm Ất Tỵ, tháng 3 năm Giáp Thìn; đầu tháng Giêng năm Ất Tỵ.",
            &[
                "period «Tháng Giêng năm Ất Tỵ» end=\"2025-02-27\" relative=false start=\"2025-01-29\" year_inferred=false",
                "period «tháng 3 năm Giáp Thìn» end=\"2024-05-07\" relative=false start=\"2024-04-09\" year_inferred=false",
                "period «đầu tháng Giêng năm Ất Tỵ» end=\"2025-02-07\" relative=false start=\"2025-01-29\" year_inferred=false",
            ],
        ),
        (
            "Tháng 7 âm lịch năm nay, tháng 12 âm lịch năm Quý Mão và tháng 7.",
            &[
                "period «Tháng 7 âm lịch năm nay» end=\"2024-09-02\" relative=true start=\"2024-08-04\" year_inferred=false",
                "period «tháng 12 âm lịch năm Quý Mão» end=\"2024-02-09\" relative=false start=\"2024-01-11\" year_inferred=false",
                "period «tháng 7» end=\"2024-07-31\" relative=false start=\"2024-07-01\" year_inferred=true",
            ],
        ),
    ]);
}

/// `năm` and a sexagenary name: the lunar year, from its Tết to the eve of
/// the next, placed by the year written with it or nearest the dateline; a
/// year written that is not the name's is none.
#[test]
#[rustfmt::skip]
fn lunar_years_by_name() {
    check("03/04/2024 - 07:35", &[
        (
            "Năm Ất Tỵ 2025, năm Giáp Thìn; năm Giáp Thìn 2025, năm Trump thắng.",
            &[
                "period «Năm Ất Tỵ 2025» end=\"2026-02-16\" relative=false start=\"2025-01-29\" year_inferred=false",
                "period «năm Giáp Thìn» end=\"2025-01-28\" relative=false start=\"2024-02-10\" year_inferred=false",
            ],
        ),
    ]);
}

/// Clock times with one-digit minutes before their mark and seconds after
/// it (`9h2p`, `9h2m2s`, `12h24p30s`); two hours joined by a spaced dash
/// are two times (`9h - 10h`); `9h5` and `1m70` are none, but after a word
/// that announces a time `9h5` is 09:05 (`lúc 15h5`).
#[test]
#[rustfmt::skip]
fn minutes_and_seconds_marked_and_spaced_ranges() {
    check("03/04/2024 - 07:35", &[
        (
            "Lúc 9h2p, 9h2m2s và 12h24p30s; 23h24m45s.",
            &[
                "time «Lúc 9h2p» time=\"09:02:00\"",
                "time «9h2m2s» time=\"09:02:02\"",
                "time «12h24p30s» time=\"12:24:30\"",
                "time «23h24m45s» time=\"23:24:45\"",
            ],
        ),
        (
            "Họp 9h - 10h, ca 9h2p - 9h5p.",
            &[
                "time «9h» time=\"09:00:00\"",
                "time «10h» time=\"10:00:00\"",
                "time «9h2p» time=\"09:02:00\"",
                "time «9h5p» time=\"09:05:00\"",
            ],
        ),
        // No mark after one digit, a height, a class before a spaced dash.
        ("Mã 9h5, cao 1m70, lớp 7 - 9h.", &["number «7» unit=null value=7"]),
        // One digit without its mark after a word that announces a time.
        (
            "Cất cánh lúc 15h5 cùng ngày, hạ cánh khoảng 9h5 sáng, vào lúc 7g5 tối; lúc 9h5a.",
            &[
                "time «lúc 15h5» time=\"15:05:00\"",
                "time «khoảng 9h5 sáng» time=\"09:05:00\"",
                "time «vào lúc 7g5 tối» time=\"19:05:00\"",
            ],
        ),
    ]);
}

/// Months of a year joined by a dash without `tháng` (`từ 01-12/2025`, the
/// range with its `từ`; `từ 1 - 3/2024`, `từ 5 đến 12/2025`), and
/// months named after `các`, `những` (`các tháng 10-11/2024`); a document
/// number, `các tháng qua` (the past months, no period) are none, and
/// `1-7-2024` is a date.
#[test]
#[rustfmt::skip]
fn ranges_of_months_without_thang_and_plural_months() {
    check("03/04/2024 - 07:35", &[
        (
            "Từ 01-12/2025 và trong các tháng 10-11/2024.",
            &[
                "period «Từ 01-12/2025» end=\"2025-12-31\" relative=false start=\"2025-01-01\" year_inferred=false",
                "period «tháng 10-11/2024» end=\"2024-11-30\" relative=false start=\"2024-10-01\" year_inferred=false",
            ],
        ),
        // The first month alone before a spaced dash or `đến`, the last
        // with its year; a first number past the last is no month.
        (
            "Từ 1 - 3/2024 và từ 5 đến 12/2025; từ 20-12/2025.",
            &[
                "period «Từ 1 - 3/2024» end=\"2024-03-31\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «từ 5 đến 12/2025» end=\"2025-12-31\" relative=false start=\"2025-05-01\" year_inferred=false",
            ],
        ),
        ("Quyết định số 01-12/2025; các tháng qua; 3-5/2024 người.", &[]),
        // A dash before the year too: a day, a month and a year.
        (
            "Từ 1-7-2024: bãi bỏ mức lương cơ sở; hạn chót 01-12-2025.",
            &[
                "date «1-7-2024» date=\"2024-07-01\" day=1 month=7 relative=false year=2024 year_inferred=false",
                "date «01-12-2025» date=\"2025-12-01\" day=1 month=12 relative=false year=2025 year_inferred=false",
            ],
        ),
    ]);
}

/// The first or last days of a month or year counted (`10 ngày đầu tháng
/// 4`, `15 ngày cuối tháng`, `mười ngày đầu tháng 5`), and units counted
/// twice back or on (`tuần trước nữa`, `năm sau nữa`).
#[test]
#[rustfmt::skip]
fn days_at_either_end_and_units_counted_twice() {
    check("03/04/2024 - 07:35", &[
        (
            "Trong 10 ngày đầu tháng 4, 15 ngày cuối tháng và 10 ngày cuối năm.",
            &[
                "period «10 ngày đầu tháng 4» end=\"2024-04-10\" relative=false start=\"2024-04-01\" year_inferred=true",
                "period «15 ngày cuối tháng» end=\"2024-04-30\" relative=true start=\"2024-04-16\" year_inferred=false",
                "period «10 ngày cuối năm» end=\"2024-12-31\" relative=false start=\"2024-12-22\" year_inferred=true",
            ],
        ),
        (
            "Mười ngày đầu tháng 5/2023.",
            &["period «Mười ngày đầu tháng 5/2023» end=\"2023-05-10\" relative=false start=\"2023-05-01\" year_inferred=false"],
        ),
        (
            "Tuần trước nữa, năm sau nữa.",
            &[
                "period «Tuần trước nữa» end=\"2024-03-24\" relative=true start=\"2024-03-18\" year_inferred=false",
                "period «năm sau nữa» end=\"2026-12-31\" relative=true start=\"2026-01-01\" year_inferred=false",
            ],
        ),
        // As many days as the month has, or more, is no part of it.
        ("Có 40 ngày đầu tháng 4 mưa.", &[
            "number «40» unit=null value=40",
            "period «đầu tháng 4» end=\"2024-04-10\" relative=false start=\"2024-04-01\" year_inferred=true",
        ]),
    ]);
}

/// `ngày hôm qua`, `ngày hôm nay` with the date in brackets after them are
/// one date, as `hôm qua (13/3)` is.
#[test]
#[rustfmt::skip]
fn ngay_hom_qua_and_its_date_in_brackets() {
    check("14/03/2024 - 10:05", &[
        (
            "Ngày hôm qua (13/3) và ngày hôm nay (14/3); ngày hôm qua.",
            &[
                "date «Ngày hôm qua (13/3)» date=\"2024-03-13\" day=13 month=3 relative=false year=2024 year_inferred=true",
                "date «ngày hôm nay (14/3)» date=\"2024-03-14\" day=14 month=3 relative=false year=2024 year_inferred=true",
                "date «ngày hôm qua» date=\"2024-03-13\" day=13 days=-1 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// A weekday in lowercase that is the whole text (`thứ hai`, `thứ 3.`) is
/// the nearest such day: alone it is no ordinal; after `lần` it stays one.
#[test]
#[rustfmt::skip]
fn a_weekday_alone_is_a_day() {
    for (lead, want) in [
        ("thứ hai", "date «thứ hai» date=\"2017-01-30\" day=30 days=-3 month=1 relative=true year=2017 year_inferred=false"),
        ("thứ 3.", "date «thứ 3» date=\"2017-01-31\" day=31 days=-2 month=1 relative=true year=2017 year_inferred=false"),
    ] {
        let text = format!("02/02/2017 - 03:55\nTiêu đề bài viết thử\n{lead}\n");
        assert_eq!(mentions(&text), [want], "{lead}");
    }
    check("02/02/2017 - 03:55", &[("Lần thứ hai.", &[])]);
}

/// Seasons with a word that places them (`mùa hè này`, `mùa đông năm
/// ngoái`, `mùa thu 2023`, `mùa xuân tới`; summer before a year without
/// `mùa`: `hè 2024`), bounded as the astronomical seasons; a season alone,
/// `mùa giải`, `mùa mưa` are none.
#[test]
#[rustfmt::skip]
fn seasons_placed_by_a_word_or_a_year() {
    check("02/02/2017 - 03:55", &[
        (
            "Mùa hè này, mùa đông này và mùa đông trước.",
            &[
                "period «Mùa hè này» end=\"2017-09-23\" relative=true start=\"2017-06-21\" year_inferred=false",
                "period «mùa đông này» end=\"2017-03-20\" relative=true start=\"2016-12-21\" year_inferred=false",
                "period «mùa đông trước» end=\"2016-03-20\" relative=true start=\"2015-12-21\" year_inferred=false",
            ],
        ),
        (
            "Mùa hè năm nay, mùa thu năm ngoái, mùa xuân tới.",
            &[
                "period «Mùa hè năm nay» end=\"2017-09-23\" relative=true start=\"2017-06-21\" year_inferred=false",
                "period «mùa thu năm ngoái» end=\"2016-12-20\" relative=true start=\"2016-09-24\" year_inferred=false",
                "period «mùa xuân tới» end=\"2017-06-20\" relative=true start=\"2017-03-20\" year_inferred=false",
            ],
        ),
        (
            "Mùa thu 2023 và mùa đông năm 2023.",
            &[
                "period «Mùa thu 2023» end=\"2023-12-20\" relative=false start=\"2023-09-24\" year_inferred=false",
                "period «mùa đông năm 2023» end=\"2024-03-20\" relative=false start=\"2023-12-21\" year_inferred=false",
            ],
        ),
        ("Mùa hè là mùa du lịch, mùa xuân Hà Nội, mùa giải mới.", &[]),
        // Summer without `mùa` before a year; not the pavement, nor a
        // summer placed by `này` or `tới` alone, nor `xuân` (a Tết).
        (
            "Hè 2023 nóng, du lịch hè năm nay tăng.",
            &[
                "period «Hè 2023» end=\"2023-09-23\" relative=false start=\"2023-06-21\" year_inferred=false",
                "period «hè năm nay» end=\"2017-09-23\" relative=true start=\"2017-06-21\" year_inferred=false",
            ],
        ),
        (
            "Lấn chiếm vỉa hè năm 2017 giảm.",
            &["period «năm 2017» end=\"2017-12-31\" relative=false start=\"2017-01-01\" year_inferred=false"],
        ),
        ("Hè này, hè tới.", &[]),
        (
            "Mùa mưa năm nay.",
            &["period «năm nay» end=\"2017-12-31\" relative=true start=\"2017-01-01\" year_inferred=false"],
        ),
    ]);
}

/// `24/7` with no date word before it is round the clock, no date, and
/// `7/7 ngày` so many days a week; after a date word, in a range or with
/// its year it is the day.
#[test]
#[rustfmt::skip]
fn round_the_clock_is_no_date() {
    check("03/04/2024 - 07:35", &[
        ("Tổng đài trực 24/7, hỗ trợ 24/7.", &[]),
        // So many days a week: `7/7 ngày`, `6/7 ngày`.
        ("Làm việc 7/7 ngày, mở cửa 6/7 ngày trong tuần.", &[]),
        (
            "Hạn chót 7/7, ngày thứ Hai.",
            &[
                "date «7/7» date=\"2024-07-07\" day=7 month=7 relative=false year=2024 year_inferred=true",
                "date «thứ Hai» date=\"2024-04-01\" day=1 days=-2 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Sáng 24/7 và từ 20/7 đến 24/7; hạn 24/7/2023.",
            &[
                "date «Sáng 24/7» date=\"2024-07-24\" day=24 month=7 relative=false year=2024 year_inferred=true",
                "period «từ 20/7 đến 24/7» end=\"2024-07-24\" relative=false start=\"2024-07-20\" year_inferred=true",
                "date «24/7/2023» date=\"2023-07-24\" day=24 month=7 relative=false year=2023 year_inferred=false",
            ],
        ),
    ]);
}

/// `giờ`, `bây giờ`, `đây` as an end of a range are the dateline's day, as
/// `nay` is; a place after `từ đây` makes no range.
#[test]
#[rustfmt::skip]
fn now_in_other_words_ends_a_range() {
    check("03/04/2024 - 07:35", &[
        (
            "Từ giờ đến cuối năm, từ bây giờ đến tháng 6 và từ năm 2020 đến giờ.",
            &[
                "period «Từ giờ đến cuối năm» end=\"2024-12-31\" relative=true start=\"2024-04-03\" year_inferred=true",
                "period «từ bây giờ đến tháng 6» end=\"2024-06-30\" relative=true start=\"2024-04-03\" year_inferred=true",
                "period «từ năm 2020 đến giờ» end=\"2024-04-03\" relative=true start=\"2020-01-01\" year_inferred=false",
            ],
        ),
        ("Từ đây đến Hà Nội xa lắm.", &[]),
    ]);
}

/// Parts of a quarter: `đầu`, `giữa`, `cuối quý` its first, middle, last
/// month; `nửa đầu quý` to the 15th of its middle month, `nửa cuối quý`
/// from the 16th.
#[test]
#[rustfmt::skip]
fn parts_of_a_quarter() {
    check("03/04/2024 - 07:35", &[
        (
            "Cuối quý I, đầu quý II/2024 và giữa quý 3 năm nay.",
            &[
                "period «Cuối quý I» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=true",
                "period «đầu quý II/2024» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=false",
                "period «giữa quý 3 năm nay» end=\"2024-08-31\" relative=true start=\"2024-08-01\" year_inferred=false",
            ],
        ),
        (
            "Nửa đầu quý II và nửa cuối quý II năm 2023.",
            &[
                "period «Nửa đầu quý II» end=\"2024-05-15\" relative=false start=\"2024-04-01\" year_inferred=true",
                "period «nửa cuối quý II năm 2023» end=\"2023-06-30\" relative=false start=\"2023-05-16\" year_inferred=false",
            ],
        ),
    ]);
}

/// A time announced by `lúc` or `khoảng` whose part of day opens a day
/// counted from the dateline's keeps its word (`Lúc 11 giờ`), as before a
/// date; `khoảng một giờ sau` stays a duration.
#[test]
#[rustfmt::skip]
fn an_announced_time_before_last_night() {
    check("03/04/2024 - 07:35", &[
        (
            "Lúc 11 giờ đêm qua; khoảng một giờ sau.",
            &[
                "time «Lúc 11 giờ» time=\"23:00:00\"",
                "date «đêm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// `tới` after a unit that could count it (`năm tới`, next year) joins the
/// ends of a range when nothing else follows to join them (`từ đầu năm
/// tới nay`, and without `từ`: `đầu năm tới nay`); with a joiner after it,
/// or before `đây`, it is the piece's.
#[test]
#[rustfmt::skip]
fn toi_joins_a_range_after_a_unit() {
    check("03/04/2024 - 07:35", &[
        (
            "Từ đầu năm tới nay, từ tháng 3 năm tới đến tháng 5 năm tới.",
            &[
                "period «Từ đầu năm tới nay» end=\"2024-04-03\" relative=true start=\"2024-01-01\" year_inferred=true",
                "period «từ tháng 3 năm tới đến tháng 5 năm tới» end=\"2025-05-31\" relative=true start=\"2025-03-01\" year_inferred=false",
            ],
        ),
        (
            "Từ đầu năm tới, giá tăng.",
            &["period «đầu năm tới» end=\"2025-03-31\" relative=true start=\"2025-01-01\" year_inferred=false"],
        ),
        (
            // Without `từ`: `tới nay`, `tới bây giờ` close the range up to
            // now; `tới đây` is the time to come.
            "Đầu năm tới nay, đầu tháng tới bây giờ, đầu quý tới nay; đầu năm tới đây.",
            &[
                "period «Đầu năm tới nay» end=\"2024-04-03\" relative=true start=\"2024-01-01\" year_inferred=true",
                "period «đầu tháng tới bây giờ» end=\"2024-04-03\" relative=true start=\"2024-04-01\" year_inferred=false",
                "period «đầu quý tới nay» end=\"2024-04-03\" relative=true start=\"2024-04-01\" year_inferred=false",
                "period «đầu năm tới» end=\"2025-03-31\" relative=true start=\"2025-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// `cách nay` as `cách đây`, and a word of about before the count (`cách
/// đây hơn 1 tháng`, `cách đây khoảng 2 tuần`): the count as written.
#[test]
#[rustfmt::skip]
fn ago_with_about_and_cach_nay() {
    check("03/04/2024 - 07:35", &[
        (
            "Cách đây hơn 1 tháng, cách đây khoảng 2 tuần và cách nay 5 năm.",
            &[
                "date «Cách đây hơn 1 tháng» date=\"2024-03-03\" day=3 days=-31 month=3 relative=true year=2024 year_inferred=false",
                "date «cách đây khoảng 2 tuần» date=\"2024-03-20\" day=20 days=-14 month=3 relative=true year=2024 year_inferred=false",
                "date «cách nay 5 năm» date=\"2019-04-03\" day=3 days=-1827 month=4 relative=true year=2019 year_inferred=false",
            ],
        ),
        ("Hai nhà cách nhau 5 năm tuổi.", &["number «5» unit=null value=5"]),
    ]);
}

/// A clock time that is the whole text under a dateline and a title is the
/// text (a phrase), read as a time: not a page clock in the header.
#[test]
fn a_clock_alone_under_the_title_is_read() {
    for (phrase, want) in [
        ("10h45", "time «10h45» time=\"10:45:00\""),
        ("3:30 chiều", "time «3:30 chiều» time=\"15:30:00\""),
        ("9h2m2s", "time «9h2m2s» time=\"09:02:02\""),
        ("16:02 (GMT+7)", "time «16:02» time=\"16:02:00\""),
    ] {
        let text = format!("02/02/2017 - 03:55\nTiêu đề bài viết thử\n{phrase}\n");
        assert_eq!(mentions(&text), [want], "{phrase}");
    }
}

/// After a part of the day a weekday is a day even before a capitalized
/// word (`Sáng Chủ nhật Hà Nội mưa`); without one, `Chủ nhật Đỏ` is a name.
/// The part of the day is the mention's, as before a date; one that closes
/// a time stays the time's (`8h sáng thứ Hai`).
#[test]
#[rustfmt::skip]
fn a_weekday_after_a_part_of_day_before_a_name() {
    check("03/04/2024 - 07:35", &[
        (
            "Sáng Chủ nhật Hà Nội mưa to.",
            &["date «Sáng Chủ nhật» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false"],
        ),
        ("Chủ nhật Đỏ thu hút nhiều người.", &[]),
        (
            "Từ 8h sáng thứ Hai, cấm xe; mỗi sáng thứ Tư, chạy bộ.",
            &[
                "time «8h sáng» time=\"08:00:00\"",
                "date «thứ Hai» date=\"2024-04-01\" day=1 days=-2 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// A part of day and `cùng ngày`, `hôm sau`, `hôm trước` before a date in
/// brackets are one date with it (`Chiều cùng ngày (13/3)`); without the
/// date they are none (the day they refer to is another mention's).
#[test]
#[rustfmt::skip]
fn the_same_day_and_the_next_with_their_date() {
    check("14/03/2024 - 10:05", &[
        (
            "Chiều cùng ngày (13/3) và sáng hôm sau (14/3).",
            &[
                "date «Chiều cùng ngày (13/3)» date=\"2024-03-13\" day=13 month=3 relative=false year=2024 year_inferred=true",
                "date «sáng hôm sau (14/3)» date=\"2024-03-14\" day=14 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
        ("Tối cùng ngày, đoàn về.", &[]),
    ]);
}

/// A part of day before a lunar day is read with it (`Chiều 23 tháng
/// Chạp` is the 23rd of the twelfth lunar month, 2 February 2024, not 23
/// December), and a lunar year may follow the mark (`âm lịch năm nay`);
/// a part of day before a Gregorian day stays a date.
#[test]
#[rustfmt::skip]
fn a_part_of_day_before_a_lunar_day() {
    check("03/04/2024 - 07:35", &[
        (
            "Chiều 23 tháng Chạp, sáng mùng 1 Tết và tối 10/3 âm lịch.",
            &[
                "lunar_date «Chiều 23 tháng Chạp» date=\"2024-02-02\" leap_month=false lunar_day=23 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «sáng mùng 1 Tết» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «tối 10/3 âm lịch» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
            ],
        ),
        (
            "Rằm tháng 7 âm lịch năm ngoái và ngày 10-3 (âm lịch) năm 2023.",
            &[
                "lunar_date «Rằm tháng 7 âm lịch năm ngoái» date=\"2023-08-30\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2023 year_inferred=true",
                "lunar_date «ngày 10-3 (âm lịch) năm 2023» date=\"2023-04-29\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2023 year_inferred=false",
            ],
        ),
        (
            "Chiều 23 tháng 12 và sáng 10/3, trời mưa.",
            &[
                "date «Chiều 23 tháng 12» date=\"2023-12-23\" day=23 month=12 relative=false year=2023 year_inferred=true",
                "date «sáng 10/3» date=\"2024-03-10\" day=10 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Two dates after `từ` and joined by `đến`, `tới` or a dash are one
/// period, whatever opens each (a part of the day, a weekday); an end
/// before the start leaves two dates.
#[test]
#[rustfmt::skip]
fn ranges_of_dates_with_parts_of_day_and_weekdays() {
    check("10/02/2026 - 08:00", &[
        (
            "Từ sáng 12/2 đến chiều 16/2 và từ tối 17/2 - sáng 18/2, cấm đường.",
            &[
                "period «Từ sáng 12/2 đến chiều 16/2» end=\"2026-02-16\" relative=false start=\"2026-02-12\" year_inferred=true",
                "period «từ tối 17/2 - sáng 18/2» end=\"2026-02-18\" relative=false start=\"2026-02-17\" year_inferred=true",
            ],
        ),
        (
            "Từ thứ Năm (12/2) đến thứ Hai (16/2), trời mưa.",
            &["period «Từ thứ Năm (12/2) đến thứ Hai (16/2)» end=\"2026-02-16\" relative=false start=\"2026-02-12\" year_inferred=true"],
        ),
        // Ends counted from the dateline: a period counted too.
        (
            "Từ thứ Hai đến thứ Sáu tuần trước, từ hôm qua đến ngày mai.",
            &[
                "period «Từ thứ Hai đến thứ Sáu tuần trước» end=\"2026-02-06\" relative=true start=\"2026-02-02\" year_inferred=false",
                "period «từ hôm qua đến ngày mai» end=\"2026-02-11\" relative=true start=\"2026-02-09\" year_inferred=false",
            ],
        ),
        // A week after a list of weekdays is each day's.
        (
            "Thứ Bảy, Chủ nhật tuần này và thứ Hai, thứ Ba tuần sau, trời rét.",
            &[
                "date «Thứ Bảy» date=\"2026-02-14\" day=14 days=4 month=2 relative=true year=2026 year_inferred=false",
                "date «Chủ nhật tuần này» date=\"2026-02-15\" day=15 days=5 month=2 relative=true year=2026 year_inferred=false",
                "date «thứ Hai» date=\"2026-02-16\" day=16 days=6 month=2 relative=true year=2026 year_inferred=false",
                "date «thứ Ba tuần sau» date=\"2026-02-17\" day=17 days=7 month=2 relative=true year=2026 year_inferred=false",
            ],
        ),
        (
            "Từ sáng 16/2 đến chiều 12/2, trời mưa.",
            &[
                "date «sáng 16/2» date=\"2026-02-16\" day=16 month=2 relative=false year=2026 year_inferred=true",
                "date «chiều 12/2» date=\"2026-02-12\" day=12 month=2 relative=false year=2026 year_inferred=true",
            ],
        ),
        // A day alone after a part of the day, in the month of the end
        // (as without one); not after the end's day.
        (
            "Từ sáng 15 đến chiều 16/2, từ đêm 20 - sáng 21/2; từ tối 17 đến sáng 16/2; tăng từ 15 đến 16/2.",
            &[
                "period «Từ sáng 15 đến chiều 16/2» end=\"2026-02-16\" relative=false start=\"2026-02-15\" year_inferred=true",
                "period «từ đêm 20 - sáng 21/2» end=\"2026-02-21\" relative=false start=\"2026-02-20\" year_inferred=true",
                "number «17» unit=null value=17",
                "date «sáng 16/2» date=\"2026-02-16\" day=16 month=2 relative=false year=2026 year_inferred=true",
                "period «từ 15 đến 16/2» end=\"2026-02-16\" relative=false start=\"2026-02-15\" year_inferred=true",
            ],
        ),
    ]);
}

/// A weekday in brackets after a lunar day is the day's: read with it, its
/// lunar year chosen by it when not written (the nearest otherwise), and
/// reported when it does not match.
#[test]
#[rustfmt::skip]
fn a_weekday_after_a_lunar_day() {
    check("15/03/2024 - 08:00", &[
        (
            "Rằm tháng Giêng (thứ Bảy) và rằm tháng Giêng (Chủ nhật).",
            &[
                "lunar_date «Rằm tháng Giêng (thứ Bảy)» date=\"2024-02-24\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «rằm tháng Giêng (Chủ nhật)» date=\"2023-02-05\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2023 year_inferred=true",
            ],
        ),
    ]);
    let a = util::article("15/03/2024 - 08:00\nTiêu đề bài viết thử\nRằm tháng Giêng (thứ Hai), chùa đông.\n");
    let found: Vec<(&str, &str)> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "weekday_mismatch")
        .map(|d| (d.code.as_str(), d.message.as_ref()))
        .collect();
    assert_eq!(found, [("weekday_mismatch", "the text names monday but 2024-02-24 is a saturday")]);
    assert_eq!(a.mentions[0].text, "Rằm tháng Giêng (thứ Hai)");
}

/// `kia` after a unit is two back (`năm kia`, the year before last);
/// after `ngày` it stays two days ahead, after `hôm` two days back, and
/// after a noun it is no time word (`người kia`).
#[test]
#[rustfmt::skip]
fn the_year_before_last() {
    check("03/04/2024 - 07:35", &[
        (
            "Năm kia lỗ, tuần kia lãi; ngày kia họp, hôm kia nghỉ.",
            &[
                "period «Năm kia» end=\"2022-12-31\" relative=true start=\"2022-01-01\" year_inferred=false",
                "period «tuần kia» end=\"2024-03-24\" relative=true start=\"2024-03-18\" year_inferred=false",
                "date «ngày kia» date=\"2024-04-05\" day=5 days=2 month=4 relative=true year=2024 year_inferred=false",
                "date «hôm kia» date=\"2024-04-01\" day=1 days=-2 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        ("Người kia năm nay 40 tuổi.", &[
            "period «năm nay» end=\"2024-12-31\" relative=true start=\"2024-01-01\" year_inferred=false",
            "number «40 tuổi» unit=\"tuổi\" value=40",
        ]),
    ]);
}

/// `vừa qua` after a unit is `qua` (`tuần vừa qua`: the seven days ending
/// on the dateline's day; `năm vừa qua`, `tháng vừa qua`; `cuối tuần vừa
/// qua`); `tháng vừa qua tháng` is none.
#[test]
#[rustfmt::skip]
fn units_just_past() {
    check("03/04/2024 - 07:35", &[
        (
            "Tuần vừa qua, tháng vừa qua và năm vừa qua; cuối tuần vừa qua.",
            &[
                "period «Tuần vừa qua» end=\"2024-04-03\" relative=true start=\"2024-03-28\" year_inferred=false",
                "period «tháng vừa qua» end=\"2024-04-03\" relative=true start=\"2024-03-04\" year_inferred=false",
                "period «năm vừa qua» end=\"2024-04-03\" relative=true start=\"2023-04-04\" year_inferred=false",
                "period «cuối tuần vừa qua» end=\"2024-03-31\" relative=true start=\"2024-03-30\" year_inferred=false",
            ],
        ),
        ("Tháng vừa qua tháng, giá tăng.", &[]),
    ]);
}

/// After a date word the days of a range may be joined by a spaced dash
/// (`ngày 5 - 7/4`), and two whole days too (`Ngày 30/4 - 1/5`): one
/// period each, as `từ` or `dịp` before them gave; without a date word a
/// spaced dash before a day and month stays apart (`5 - 7/4`).
#[test]
#[rustfmt::skip]
fn spaced_day_ranges_after_a_date_word() {
    check("03/04/2024 - 07:35", &[
        (
            "Ngày 5 - 7/4 và ngày 30/4 – 1/5/2024, khách tăng.",
            &[
                "period «Ngày 5 - 7/4» end=\"2024-04-07\" relative=false start=\"2024-04-05\" year_inferred=true",
                "period «ngày 30/4 – 1/5/2024» end=\"2024-05-01\" relative=false start=\"2024-04-30\" year_inferred=false",
            ],
        ),
        (
            "Hạng 5 - 7/4.",
            &[
                "number «5» unit=null value=5",
                "date «7/4» date=\"2024-04-07\" day=7 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Minutes said with a zero or `linh` before the unit (`sáu giờ không tám
/// phút` is 06:08, `năm giờ linh năm` 05:05), tens without `mươi` before
/// `phút` or `giây` (`hai ba phút`, `ba lăm giây`), and an hour in words
/// that is the whole text (`tám giờ`, as `8 giờ`); a pair of numbers
/// before a noun stays a count, and an hour in words inside a sentence
/// needs its announcing word.
#[test]
#[rustfmt::skip]
fn minutes_in_words_as_speech_says_them() {
    check("02/02/2025 - 10:00", &[
        (
            "Lúc sáu giờ không tám phút, năm giờ linh năm và hai giờ hai ba phút ba lăm giây.",
            &[
                "time «Lúc sáu giờ không tám phút» time=\"06:08:00\"",
                "time «năm giờ linh năm» time=\"05:05:00\"",
                "time «hai giờ hai ba phút ba lăm giây» time=\"02:23:35\"",
            ],
        ),
        ("tám giờ", &["time «tám giờ» time=\"08:00:00\""]),
        ("hai mươi giờ", &["time «hai mươi giờ» time=\"20:00:00\""]),
        ("Đợi hai ba phút rồi hai ba người đi.", &[]),
        ("Chưa đến một giờ đã xong.", &[]),
    ]);
}

/// Years in words with their units after the thousands (`hai nghìn linh
/// chín` is 2009: it was 2000, the text cut) and years read digit by digit
/// (`một chín chín chín`, `một chín bảy lăm`); five number words are no
/// year.
#[test]
#[rustfmt::skip]
fn years_in_words_and_digit_by_digit() {
    check("02/02/2025 - 10:00", &[
        (
            "Tháng mười năm hai ngàn linh chín, mùng một tháng một năm một chín chín chín và tháng tư năm một chín bảy lăm.",
            &[
                "period «Tháng mười năm hai ngàn linh chín» end=\"2009-10-31\" relative=false start=\"2009-10-01\" year_inferred=false",
                "date «mùng một tháng một năm một chín chín chín» date=\"1999-01-01\" day=1 month=1 relative=false year=1999 year_inferred=false",
                "period «tháng tư năm một chín bảy lăm» end=\"1975-04-30\" relative=false start=\"1975-04-01\" year_inferred=false",
            ],
        ),
        ("Đếm năm một hai ba bốn năm.", &[]),
        (
            // The last two digits as a number.
            "Ngày hai mươi tư tháng bẩy năm hai không mười ba.",
            &["date «Ngày hai mươi tư tháng bẩy năm hai không mười ba» date=\"2013-07-24\" day=24 month=7 relative=false year=2013 year_inferred=false"],
        ),
        (
            // `linh`, `lẻ` for the zero of the tens.
            "Năm hai không linh chín và tháng ba năm một chín lẻ năm.",
            &[
                "period «Năm hai không linh chín» end=\"2009-12-31\" relative=false start=\"2009-01-01\" year_inferred=false",
                "period «tháng ba năm một chín lẻ năm» end=\"1905-03-31\" relative=false start=\"1905-03-01\" year_inferred=false",
            ],
        ),
        // Not where the tens stand: `hai linh chín` is 209.
        ("Có hai linh chín người.", &[]),
    ]);
}

/// Years of the first millennium after `năm`, in three digits or in words,
/// closing their clause (`Năm 938, ...`); before a noun they stay counts.
#[test]
#[rustfmt::skip]
fn years_of_the_first_millennium() {
    check("02/02/2025 - 10:00", &[
        (
            "Năm 938, Ngô Quyền thắng; năm ba trăm lẻ tám; tháng ba năm một trăm linh năm.",
            &[
                "period «Năm 938» end=\"0938-12-31\" relative=false start=\"0938-01-01\" year_inferred=false",
                "period «năm ba trăm lẻ tám» end=\"0308-12-31\" relative=false start=\"0308-01-01\" year_inferred=false",
                "period «tháng ba năm một trăm linh năm» end=\"0105-03-31\" relative=false start=\"0105-03-01\" year_inferred=false",
            ],
        ),
        ("năm chín trăm ba tám", &["period «năm chín trăm ba tám» end=\"0938-12-31\" relative=false start=\"0938-01-01\" year_inferred=false"]),
        ("Có năm trăm người và năm bốn trăm người.", &[]),
        ("Năm 938 quân Nam Hán thua.", &["number «938» unit=null value=938"]),
    ]);
}

/// Seconds after the hour with no minutes (`ba giờ mười giây`: 03:00:10,
/// not ten past three), and hours in words after `mười` whose unit opens
/// with `t` (`mười tám giờ` was none, `mười tám giờ ba mươi` 08:30).
#[test]
#[rustfmt::skip]
fn seconds_after_the_hour() {
    check("02/02/2025 - 10:00", &[
        ("ba giờ mười giây", &["time «ba giờ mười giây» time=\"03:00:10\""]),
        // An hour whose word after `mười` opens with `t` (`tám`, `tư`).
        ("mười tám giờ", &["time «mười tám giờ» time=\"18:00:00\""]),
        ("mười tám giờ ba mươi", &["time «mười tám giờ ba mươi» time=\"18:30:00\""]),
        ("Lúc 9 giờ 30 giây, tàu chạy; lúc 9 giờ 30, tàu dừng.", &[
            "time «Lúc 9 giờ 30 giây» time=\"09:00:30\"",
            "time «lúc 9 giờ 30» time=\"09:30:00\"",
        ]),
    ]);
}

/// `khuya` (late at night) opens a date as the other parts of day do
/// (`khuya nay`, `khuya qua`, `khuya 12/3`), and a weekend closes a range
/// (`từ nay đến cuối tuần`: to the Sunday of the dateline's week).
#[test]
#[rustfmt::skip]
fn late_night_and_ranges_to_the_weekend() {
    check("03/04/2024 - 07:35", &[
        (
            "Khuya qua, khuya nay và khuya 12/3 có mưa.",
            &[
                "date «Khuya qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «khuya nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "date «khuya 12/3» date=\"2024-03-12\" day=12 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Từ nay đến cuối tuần và từ nay đến cuối tuần sau.",
            &[
                "period «Từ nay đến cuối tuần» end=\"2024-04-07\" relative=true start=\"2024-04-03\" year_inferred=false",
                "period «từ nay đến cuối tuần sau» end=\"2024-04-14\" relative=true start=\"2024-04-03\" year_inferred=false",
            ],
        ),
    ]);
}

/// Two days joined by `đến` with `ngày` before the last (`Ngày 5/4 đến
/// ngày 7/4`, `5/4 đến ngày 7/4`) are one period, as without it; a span
/// of more than three months without a year stays two dates.
#[test]
#[rustfmt::skip]
fn two_days_joined_with_the_day_word_before_the_last() {
    check("03/04/2024 - 07:35", &[
        (
            "Ngày 5/4 đến ngày 7/4 và 10/4 đến ngày 12/4/2024.",
            &[
                "period «Ngày 5/4 đến ngày 7/4» end=\"2024-04-07\" relative=false start=\"2024-04-05\" year_inferred=true",
                "period «10/4 đến ngày 12/4/2024» end=\"2024-04-12\" relative=false start=\"2024-04-10\" year_inferred=false",
            ],
        ),
        (
            "Ngày 5/4 đến ngày 7/9.",
            &[
                "date «Ngày 5/4» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 7/9» date=\"2024-09-07\" day=7 month=9 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Two days joined by `đến` without `từ` before them, lunar days too
/// (`26 tháng Chạp đến mùng 5 tháng Giêng`), and a day before `đến hết`
/// (`25/1 đến hết 2/2/2025`: the range's end, no period from the
/// dateline): one period. Not when a place follows `đến`, nor when the end
/// comes before the start.
#[test]
#[rustfmt::skip]
fn days_joined_by_den_without_tu() {
    check("Thứ Hai, 06/01/2025 08:00", &[
        (
            "Nghỉ (tức 26 tháng Chạp năm Giáp Thìn đến hết mùng 5 tháng Giêng năm Ất Tỵ); 26 tháng Chạp đến mùng 5 tháng Giêng; 25/1 đến hết tháng 2.",
            &[
                "period «26 tháng Chạp năm Giáp Thìn đến hết mùng 5 tháng Giêng năm Ất Tỵ» end=\"2025-02-02\" relative=false start=\"2025-01-25\" year_inferred=false",
                "period «26 tháng Chạp đến mùng 5 tháng Giêng» end=\"2025-02-02\" relative=false start=\"2025-01-25\" year_inferred=true",
                "period «25/1 đến hết tháng 2» end=\"2025-02-28\" relative=false start=\"2025-01-25\" year_inferred=true",
            ],
        ),
        (
            "Ngày 25/1 đến Hà Nội; ngày 16/2 đến 12/2.",
            &[
                "date «Ngày 25/1» date=\"2025-01-25\" day=25 month=1 relative=false year=2025 year_inferred=true",
                "date «ngày 16/2» date=\"2025-02-16\" day=16 month=2 relative=false year=2025 year_inferred=true",
                "date «12/2» date=\"2025-02-12\" day=12 month=2 relative=false year=2025 year_inferred=true",
            ],
        ),
    ]);
}

/// An hour in words after `từ` is a time, as after `lúc`; after `đến` it
/// counts hours.
#[test]
#[rustfmt::skip]
fn an_hour_in_words_after_from() {
    check("03/04/2024 - 07:35", &[
        ("Chợ mở cửa từ tám giờ.", &["time «tám giờ» time=\"08:00:00\""]),
        ("Kéo dài từ một đến hai giờ; chưa đến một giờ.", &[]),
    ]);
}

/// Weeks at the start or end of a month (`hai tuần đầu tháng 7`: the 1st
/// to the 14th) and parts of a quarter counted from the dateline's (`cuối
/// quý này`, `nửa đầu quý sau`).
#[test]
#[rustfmt::skip]
fn weeks_of_a_month_and_parts_of_a_relative_quarter() {
    check("25/06/2024 - 08:00", &[
        (
            "Hai tuần đầu tháng 7 và 2 tuần cuối tháng 7.",
            &[
                "period «Hai tuần đầu tháng 7» end=\"2024-07-14\" relative=false start=\"2024-07-01\" year_inferred=true",
                "period «2 tuần cuối tháng 7» end=\"2024-07-31\" relative=false start=\"2024-07-18\" year_inferred=true",
            ],
        ),
        (
            "Cuối quý này, nửa đầu quý sau và cuối quý trước.",
            &[
                "period «Cuối quý này» end=\"2024-06-30\" relative=true start=\"2024-06-01\" year_inferred=false",
                "period «nửa đầu quý sau» end=\"2024-08-15\" relative=true start=\"2024-07-01\" year_inferred=false",
                "period «cuối quý trước» end=\"2024-03-31\" relative=true start=\"2024-03-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// Half a month or a year counted from the dateline's: `nửa tháng qua`
/// (the fifteen days ending on its day; it was read as a month), `nửa năm
/// tới` (six months), `nửa năm trước` (a day); `nửa tháng lương` is none.
#[test]
#[rustfmt::skip]
fn half_a_month_or_a_year_counted() {
    check("03/04/2024 - 07:35", &[
        (
            "Nửa tháng qua, nửa năm tới và nửa năm trước.",
            &[
                "period «Nửa tháng qua» end=\"2024-04-03\" relative=true start=\"2024-03-20\" year_inferred=false",
                "period «nửa năm tới» end=\"2024-10-03\" relative=true start=\"2024-04-04\" year_inferred=false",
                "date «nửa năm trước» date=\"2023-10-03\" day=3 days=-183 month=10 relative=true year=2023 year_inferred=false",
            ],
        ),
        ("Thưởng nửa tháng lương.", &[]),
    ]);
}

/// Look-alikes of dates: a rank after `thứ` (`xếp thứ 2/10`), a ratio
/// after `tỷ lệ` or before `điểm` (`9/10 điểm`), an apartment's number
/// (`căn hộ 12/3`): none is a date.
#[test]
#[rustfmt::skip]
fn ranks_ratios_scores_and_apartments_are_no_dates() {
    check("03/04/2024 - 07:35", &[
        ("Đội xếp thứ 2/10.", &["ratio «2/10» denominator=10 numerator=2"]),
        ("Tỷ lệ 1/3 dân số.", &["ratio «1/3» denominator=3 numerator=1"]),
        ("Đạt 9/10 điểm.", &["ratio «9/10» denominator=10 numerator=9"]),
        ("Căn hộ 12/3 đường Lê Lợi.", &[]),
        ("Đạt 9 điểm.", &["number «9 điểm» unit=\"điểm\" value=9"]),
    ]);
}

/// A capital `Thứ` before a digit names the day (`Thứ 7 có họp`: the
/// nearest Saturday), as a capital number word does (`Thứ Bảy`); an
/// ordinal stays one (`lần thứ 7`, `Lần Thứ 7`).
#[test]
#[rustfmt::skip]
fn a_capital_thu_before_a_digit_is_a_day() {
    check("03/04/2024 - 07:35", &[
        ("Thứ 7 có họp.", &["date «Thứ 7» date=\"2024-04-06\" day=6 days=3 month=4 relative=true year=2024 year_inferred=false"]),
        ("Lần Thứ 7 anh thắng.", &["number «7» unit=null value=7"]),
    ]);
}

/// The start and the middle of a week, as its end (`cuối tuần`) is read:
/// `đầu tuần` its Monday and Tuesday, `giữa tuần` its Wednesday and
/// Thursday, of the dateline's week or one counted from it; the part was
/// dropped (`đầu tuần sau` was the whole week).
#[test]
#[rustfmt::skip]
fn the_start_and_middle_of_a_week() {
    check("05/04/2024 - 07:35", &[
        (
            "Đầu tuần sau, giữa tuần này và đầu tuần qua, giá tăng.",
            &[
                "period «Đầu tuần sau» end=\"2024-04-09\" relative=true start=\"2024-04-08\" year_inferred=false",
                "period «giữa tuần này» end=\"2024-04-04\" relative=true start=\"2024-04-03\" year_inferred=false",
                "period «đầu tuần qua» end=\"2024-04-02\" relative=true start=\"2024-04-01\" year_inferred=false",
            ],
        ),
        (
            "Giữa tuần, hội nghị khai mạc.",
            &["period «Giữa tuần» end=\"2024-04-04\" relative=true start=\"2024-04-03\" year_inferred=false"],
        ),
        // A week counted is no part of one.
        ("Đầu tuần thứ hai, họ trở lại.", &[]),
    ]);
    check("02/04/2024 - 07:35", &[(
        "Đầu tuần qua, trời mưa.",
        &["period «Đầu tuần qua» end=\"2024-04-02\" relative=true start=\"2024-04-01\" year_inferred=false"],
    )]);
}

/// A day in words before its month, without `ngày` (`hai mươi tư tháng
/// bảy`), and a count of months in words of two words or more (`mười hai
/// tháng qua`): the number was read from its last word (`hai tháng qua`)
/// or not at all; counts of months before `lần`, `ngày` or `tuổi` stay
/// none.
#[test]
#[rustfmt::skip]
fn days_and_counts_of_months_in_words_of_several_words() {
    check("03/04/2024 - 07:35", &[
        (
            "Lễ hội vào hai mươi tư tháng bảy và Hai mươi tháng 10 năm 2023.",
            &[
                "date «hai mươi tư tháng bảy» date=\"2024-07-24\" day=24 month=7 relative=false year=2024 year_inferred=true",
                "date «Hai mươi tháng 10 năm 2023» date=\"2023-10-20\" day=20 month=10 relative=false year=2023 year_inferred=false",
            ],
        ),
        (
            "Mười hai tháng qua, giá tăng.",
            &["period «Mười hai tháng qua» end=\"2024-04-03\" relative=true start=\"2023-04-04\" year_inferred=false"],
        ),
        (
            "Mười lăm tháng tám âm lịch là rằm.",
            &["lunar_date «Mười lăm tháng tám âm lịch» date=\"2024-09-17\" leap_month=false lunar_day=15 lunar_month=8 lunar_year=2024 year_inferred=true"],
        ),
        ("Một tháng hai lần, sau hai tháng ba ngày, bé mười tám tháng tuổi.", &[]),
    ]);
}

/// The month glued to `Th`, as short date styles print it (`10 Th9,
/// 2023`): a date with its year, or after `ngày`; a number before `Th2`
/// with neither, or a thirteenth month, is no date.
#[test]
#[rustfmt::skip]
fn months_glued_to_th() {
    check("03/04/2024 - 07:35", &[
        (
            "Hạn chót là 10 Th9, 2023, ngày 15 Th01 và 2 Th12 2024.",
            &[
                "date «10 Th9, 2023» date=\"2023-09-10\" day=10 month=9 relative=false year=2023 year_inferred=false",
                "date «ngày 15 Th01» date=\"2024-01-15\" day=15 month=1 relative=false year=2024 year_inferred=true",
                "date «2 Th12 2024» date=\"2024-12-02\" day=2 month=12 relative=false year=2024 year_inferred=false",
            ],
        ),
        (
            "Đội thắng 3 Th2 trận, nhà số 10 Th9 hẻm, lớp 12 Th13 2024.",
            &[
                "number «3» unit=null value=3",
                "number «10» unit=null value=10",
                "number «12» unit=null value=12",
            ],
        ),
    ]);
}

/// A week or a day counted from the dateline opens a range (`từ tuần
/// trước đến nay`, `từ đêm qua đến sáng nay`): both were read apart, or
/// the range's `đến nay` lost.
#[test]
#[rustfmt::skip]
fn ranges_from_a_week_or_a_day_counted_from_the_dateline() {
    check("03/04/2024 - 07:35", &[(
        "Từ tuần trước đến nay và từ hôm qua đến ngày 10/4, trời rét; từ đêm qua đến sáng nay, mưa.",
        &[
            "period «Từ tuần trước đến nay» end=\"2024-04-03\" relative=true start=\"2024-03-25\" year_inferred=false",
            "period «từ hôm qua đến ngày 10/4» end=\"2024-04-10\" relative=true start=\"2024-04-02\" year_inferred=true",
            "period «từ đêm qua đến sáng nay» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
        ],
    ), (
        "Mưa từ sáng nay đến chiều mai.",
        &["period «từ sáng nay đến chiều mai» end=\"2024-04-04\" relative=true start=\"2024-04-03\" year_inferred=false"],
    )]);
}

/// A day and month with digits, then `năm` and the year (`15/3 năm 2024`):
/// one date (the year was a period of its own); then `năm` and a year of
/// the sexagenary cycle (`4/12 năm Quý Mão`): a lunar date; a weekday
/// before `(ngày 15/1)`: that date. A ratio or a class number before `năm`
/// stays what it was.
#[test]
#[rustfmt::skip]
fn a_day_and_month_then_the_year_after_nam() {
    check("03/04/2024 - 07:35", &[
        (
            "Ngày 15/3 năm 2024, sáng 4-12 năm 2023 và 20/10 năm 2022, trời mưa; tối 14/1 (tức 4/12 năm Quý Mão), thứ Hai (ngày 15/1).",
            &[
                "date «Ngày 15/3 năm 2024» date=\"2024-03-15\" day=15 month=3 relative=false year=2024 year_inferred=false",
                "date «sáng 4-12 năm 2023» date=\"2023-12-04\" day=4 month=12 relative=false year=2023 year_inferred=false",
                "date «20/10 năm 2022» date=\"2022-10-20\" day=20 month=10 relative=false year=2022 year_inferred=false",
                "date «tối 14/1» date=\"2024-01-14\" day=14 month=1 relative=false year=2024 year_inferred=true",
                "lunar_date «4/12 năm Quý Mão» date=\"2024-01-14\" leap_month=false lunar_day=4 lunar_month=12 lunar_year=2023 year_inferred=false",
                "date «thứ Hai (ngày 15/1)» date=\"2024-01-15\" day=15 month=1 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Tỷ lệ 3/4 năm 2024 tăng; lớp 10/2 năm 2024.",
            &[
                "ratio «3/4» denominator=4 numerator=3",
                "period «năm 2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «năm 2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// Days listed under one month written out (`các ngày 14, 15 và 16 tháng 3
/// năm 2023`): each a date of that month and year (the first were
/// numbers); under a lunar month, lunar days of it; counts of months stay
/// numbers.
#[test]
#[rustfmt::skip]
fn days_listed_under_a_month_written_out() {
    check("03/04/2024 - 07:35", &[(
        "Các ngày 14, 15 và 16 tháng 3 năm 2023, hội nghị; ngày 15 và 16 tháng 3 âm lịch, lễ hội; bé 15 và 16 tháng tuổi.",
        &[
            "date «ngày 14» date=\"2023-03-14\" day=14 month=3 relative=false year=2023 year_inferred=false",
            "date «15» date=\"2023-03-15\" day=15 month=3 relative=false year=2023 year_inferred=false",
            "date «16 tháng 3 năm 2023» date=\"2023-03-16\" day=16 month=3 relative=false year=2023 year_inferred=false",
            "lunar_date «ngày 15» date=\"2024-04-23\" leap_month=false lunar_day=15 lunar_month=3 lunar_year=2024 year_inferred=true",
            "lunar_date «16 tháng 3 âm lịch» date=\"2024-04-24\" leap_month=false lunar_day=16 lunar_month=3 lunar_year=2024 year_inferred=true",
            "number «15» unit=null value=15",
            "number «16» unit=null value=16",
        ],
    )]);
}

/// A week counted from the first of a month (`tuần thứ 2 của tháng 3`,
/// `tuần thứ hai`, `tuần thứ nhất`: the nth Monday-to-Sunday week that
/// opens in it), and the first or last week of a year; a week past the
/// month's, or `tuần thứ hai` alone, is none.
#[test]
#[rustfmt::skip]
fn weeks_counted_in_a_month_and_weeks_of_a_year() {
    check("03/04/2024 - 07:35", &[
        (
            "Tuần thứ 2 của tháng 3/2024 và tuần thứ nhất tháng 4.",
            &[
                "period «Tuần thứ 2 của tháng 3/2024» end=\"2024-03-17\" relative=false start=\"2024-03-11\" year_inferred=false",
                "period «tuần thứ nhất tháng 4» end=\"2024-04-07\" relative=false start=\"2024-04-01\" year_inferred=true",
            ],
        ),
        (
            "Tuần đầu tiên của năm 2024 và tuần cuối cùng của năm 2023.",
            &[
                "period «Tuần đầu tiên của năm 2024» end=\"2024-01-07\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «tuần cuối cùng của năm 2023» end=\"2023-12-31\" relative=false start=\"2023-12-25\" year_inferred=false",
            ],
        ),
        ("Tuần thứ hai, thị trường giảm.", &[]),
    ]);
}

/// A dot between the hour and its minutes after `lúc` (`lúc 17.30`), or
/// with a part of day after `khoảng` (`khoảng 7.15 sáng`); decimals and
/// numbers with a thousands dot stay figures.
#[test]
#[rustfmt::skip]
fn dotted_times_after_an_announcing_word() {
    check("03/04/2024 - 07:35", &[
        (
            "Lúc 17.30, vào lúc 5.30 chiều và khoảng 7.15 sáng.",
            &[
                "time «Lúc 17.30» time=\"17:30:00\"",
                "time «vào lúc 5.30 chiều» time=\"17:30:00\"",
                "time «khoảng 7.15 sáng» time=\"07:15:00\"",
            ],
        ),
        (
            "Khoảng 7.15, lúc 24.00, lúc 9.75 và lúc 1.500 người.",
            &["number «1.500 người» unit=\"người\" value=1500"],
        ),
    ]);
}

/// `SN` (`sinh năm`, born in) before a year: the year, as after `năm`;
/// in small letters, or before more digits, no year.
#[test]
#[rustfmt::skip]
fn a_year_of_birth_after_sn() {
    check("03/04/2024 - 07:35", &[
        (
            "Ông Nguyễn Văn A (SN 1985, trú tại xã B) và bà Lê Thị C, SN 1990.",
            &[
                "period «SN 1985» end=\"1985-12-31\" relative=false start=\"1985-01-01\" year_inferred=false",
                "period «SN 1990» end=\"1990-12-31\" relative=false start=\"1990-01-01\" year_inferred=false",
            ],
        ),
        (
            "Mã sn 1985, SN 19855 và SN 1985a.",
            &["number «19855» unit=null value=19855"],
        ),
    ]);
}

/// `cùng ngày` (the same day) and `ngày hôm sau` (the next day), with the
/// part of the day before them: counted from the last date read before
/// them, written or counted from the dateline; with no date before them,
/// before a date or a word, none; `hôm sau` and `hôm đó` alone, none.
#[test]
#[rustfmt::skip]
fn the_same_day_and_the_next_as_the_date_before() {
    check("03/04/2024 - 07:35", &[
        (
            "Sáng 2/4, đoàn đến xã A. Chiều cùng ngày, đoàn đến xã B. Cùng ngày, Bộ Y tế thông báo.",
            &[
                "date «Sáng 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «Chiều cùng ngày» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «Cùng ngày» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Hôm qua, đoàn đến. Tối cùng ngày Công an huyện đến.",
            &[
                "date «Hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «Tối cùng ngày» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Tối cùng ngày, đoàn về lúc 17h cùng ngày.",
            &["time «lúc 17h» time=\"17:00:00\""],
        ),
        (
            "Ngày 30/4, họ đến. Sáng ngày hôm sau, họ về. Hôm sau, họ đi. Hôm đó, trời mưa.",
            &[
                "date «Ngày 30/4» date=\"2024-04-30\" day=30 month=4 relative=false year=2024 year_inferred=true",
                "date «Sáng ngày hôm sau» date=\"2024-05-01\" day=1 month=5 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Hôm qua, đoàn đến. Ngày hôm sau, đoàn về.",
            &[
                "date «Hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "date «Ngày hôm sau» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            // The next day of a date.
            "Ngày 2/4, họ đi. Ngày hôm sau, họ về.",
            &[
                "date «Ngày 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «Ngày hôm sau» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Ngày 2/4, hai người sinh cùng ngày sinh. Cùng ngày 3/4, họ về.",
            &[
                "date «Ngày 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// `cùng ngày` opening a paragraph, with or without a part of the day
/// before it: the day of the date of the paragraph before (it was read
/// only past a paragraph's first word, and without the part of the day).
#[test]
fn the_same_day_opening_a_paragraph() {
    let text = "03/04/2024 - 07:35\nTiêu đề bài viết thử\n(CT) - Sáng 2/4, đoàn đến xã A.\n\
                Cùng ngày, đoàn đến xã B.\nChiều cùng ngày, đoàn về.\n";
    assert_eq!(
        mentions(text),
        [
            "date «Sáng 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
            "date «Cùng ngày» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
            "date «Chiều cùng ngày» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
        ]
    );
}

/// A time or date word glued to the digits after it (`lúc18h30`,
/// `ngày12/9`), as pages lose the space between two tags: the time or
/// date from the digits; codes with letters before their digits
/// (`COVID19`, `H5N1`) and counts (`lúc3 người`) stay none.
#[test]
#[rustfmt::skip]
fn time_and_date_words_glued_to_digits() {
    check("03/04/2024 - 07:35", &[
        (
            "Trận đấu diễn ra lúc18h30 ngày12/4, khai mạc sáng5/4.",
            &[
                "time «18h30» time=\"18:30:00\"",
                "date «12/4» date=\"2024-04-12\" day=12 month=4 relative=false year=2024 year_inferred=true",
                "date «5/4» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        ("lúc8 giờ sáng", &["time «8 giờ sáng» time=\"08:00:00\""]),
        ("Ca mắc COVID19 và H5N1, có lúc3 người.", &[]),
    ]);
}

/// `quý vừa qua`, `quý qua`: the quarter before the dateline's, as `quý
/// trước`; the first and last quarters named (`quý đầu tiên của năm
/// 2024`, `quý cuối cùng`).
#[test]
#[rustfmt::skip]
fn the_quarter_just_past_and_the_first_and_last_named() {
    check("03/04/2024 - 07:35", &[
        (
            "Trong quý vừa qua và quý qua, doanh thu tăng.",
            &[
                "quarter «quý vừa qua» quarter=1 year=2024 year_inferred=true",
                "quarter «quý qua» quarter=1 year=2024 year_inferred=true",
            ],
        ),
        (
            "Quý đầu tiên của năm 2024, quý cuối cùng của năm 2023 và quý đầu tiên.",
            &[
                "quarter «Quý đầu tiên của năm 2024» quarter=1 year=2024 year_inferred=false",
                "quarter «quý cuối cùng của năm 2023» quarter=4 year=2023 year_inferred=false",
                "quarter «quý đầu tiên» quarter=1 year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Without a dateline, `cùng ngày` and `ngày hôm sau` keep the day and
/// month of the date before them, or its count from the dateline, with a
/// null date; the day after the 28th of a month of no known year is none
/// (the nearest date decides, not one further back).
#[test]
#[rustfmt::skip]
fn the_same_day_and_the_next_without_a_dateline() {
    check("", &[
        (
            "Hôm qua, đoàn đến. Chiều cùng ngày, đoàn về. Ngày 2/4, họ đi. Ngày hôm sau, họ về.",
            &[
                "date «Hôm qua» date=null day=null days=-1 month=null relative=true year=null year_inferred=false",
                "date «Chiều cùng ngày» date=null day=null days=-1 month=null relative=true year=null year_inferred=false",
                "date «Ngày 2/4» date=null day=2 month=4 relative=false year=null year_inferred=false",
                "date «Ngày hôm sau» date=null day=3 month=4 relative=false year=null year_inferred=false",
            ],
        ),
        (
            "Ngày 2/4, họ đi. Ngày 28/2, họ đến. Ngày hôm sau, họ về.",
            &[
                "date «Ngày 2/4» date=null day=2 month=4 relative=false year=null year_inferred=false",
                "date «Ngày 28/2» date=null day=28 month=2 relative=false year=null year_inferred=false",
            ],
        ),
    ]);
}

/// Days counted past the four-digit years, from a dateline at the
/// calendar's end, are unknown (`null`), as JSON writes four-digit years;
/// their counts and the days written stay.
#[test]
#[rustfmt::skip]
fn days_past_the_written_years_are_unknown() {
    check("31/12/9999 - 07:35", &[
        (
            "Ngày mai, tuần sau và ngày 31/12/9999. Ngày hôm sau, họ về.",
            &[
                "date «Ngày mai» date=null day=null days=1 month=null relative=true year=null year_inferred=false",
                "period «tuần sau» end=null relative=true start=null year_inferred=false",
                "date «ngày 31/12/9999» date=\"9999-12-31\" day=31 month=12 relative=false year=9999 year_inferred=false",
                "date «Ngày hôm sau» date=null day=1 month=1 relative=false year=null year_inferred=false",
            ],
        ),
    ]);
}

/// A quarter listed before one with its year takes that year (`quý III
/// và quý IV năm 2024`, `quý III, quý IV/2024`), as a month does; a count
/// after a comma does not pass one on.
#[test]
#[rustfmt::skip]
fn quarters_listed_before_their_year() {
    check("02/12/2025 - 10:15", &[
        (
            "Quý III và quý IV năm 2024; quý I, quý II/2023; quý II, 3 dự án năm 2024.",
            &[
                "quarter «Quý III» quarter=3 year=2024 year_inferred=false",
                "quarter «quý IV năm 2024» quarter=4 year=2024 year_inferred=false",
                "quarter «quý I» quarter=1 year=2023 year_inferred=false",
                "quarter «quý II/2023» quarter=2 year=2023 year_inferred=false",
                "quarter «quý II» quarter=2 year=2026 year_inferred=true",
                "number «3» unit=null value=3",
                "period «năm 2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// The part of day closing a range of times is the first time's too when
/// it would come first (`từ 2 giờ đến 4 giờ chiều`), not when it would
/// come after the end (`từ 10 giờ đến 2 giờ chiều`); `rưỡi` after an hour
/// without `giờ` is half past, but not before a count (`3 rưỡi triệu`).
#[test]
#[rustfmt::skip]
fn ranges_sharing_their_part_of_day_and_half_past() {
    check("02/12/2025 - 10:15", &[
        (
            "Từ 2 giờ đến 4 giờ chiều, từ 7h đến 9h tối, 8:00 - 10:00 PM; từ 10 giờ đến 2 giờ chiều.",
            &[
                "time «2 giờ» time=\"14:00:00\"",
                "time «4 giờ chiều» time=\"16:00:00\"",
                "time «7h» time=\"19:00:00\"",
                "time «9h tối» time=\"21:00:00\"",
                "time «8:00» time=\"20:00:00\"",
                "time «10:00 PM» time=\"22:00:00\"",
                "time «10 giờ» time=\"10:00:00\"",
                "time «2 giờ chiều» time=\"14:00:00\"",
            ],
        ),
        (
            // The end without a part of day comes after the start
            // (`từ 2 giờ chiều đến 4 giờ`), unless the range runs
            // overnight (`từ 22h đến 6h`).
            "Từ 2 giờ chiều đến 4 giờ, 1h chiều - 3h; cấm xe từ 22h đến 6h.",
            &[
                "time «2 giờ chiều» time=\"14:00:00\"",
                "time «4 giờ» time=\"16:00:00\"",
                "time «1h chiều» time=\"13:00:00\"",
                "time «3h» time=\"15:00:00\"",
                "time «22h» time=\"22:00:00\"",
                "time «6h» time=\"06:00:00\"",
            ],
        ),
        (
            "Hẹn lúc 3 rưỡi chiều, lúc 7 rưỡi; giá 3 rưỡi triệu.",
            &[
                "time «lúc 3 rưỡi chiều» time=\"15:30:00\"",
                "time «lúc 7 rưỡi» time=\"07:30:00\"",
                "number «3» unit=null value=3",
            ],
        ),
        (
            // Without `lúc`: before a part of the day; a count stays one.
            "Hẹn 3 rưỡi chiều, vào 7 rưỡi tối; mất 2 rưỡi tiếng.",
            &[
                "time «3 rưỡi chiều» time=\"15:30:00\"",
                "time «7 rưỡi tối» time=\"19:30:00\"",
                "number «2» unit=null value=2",
            ],
        ),
    ]);
}

/// A part of a lunar month is counted from the lunar month's first day
/// (`đầu tháng 7 âm lịch`: its days 1 to 10, not those of a Gregorian
/// month); a part of the month gone by is of the calendar month its first
/// day falls in (`cuối tháng qua`: late November under a dateline of 2
/// December).
#[test]
#[rustfmt::skip]
fn parts_of_a_lunar_month_and_of_the_month_gone_by() {
    check("02/12/2025 - 10:15", &[
        (
            "Đầu tháng 7 âm lịch, cuối tháng 12 âm lịch năm 2025 và nửa cuối tháng 7 âm lịch.",
            &[
                "period «Đầu tháng 7 âm lịch» end=\"2025-09-01\" relative=false start=\"2025-08-23\" year_inferred=true",
                "period «cuối tháng 12 âm lịch năm 2025» end=\"2026-02-16\" relative=false start=\"2026-02-08\" year_inferred=false",
                "period «nửa cuối tháng 7 âm lịch» end=\"2025-09-21\" relative=false start=\"2025-09-07\" year_inferred=true",
            ],
        ),
        (
            "Cuối tháng qua, đầu tháng qua và cuối tháng 7.",
            &[
                "period «Cuối tháng qua» end=\"2025-11-30\" relative=true start=\"2025-11-21\" year_inferred=false",
                "period «đầu tháng qua» end=\"2025-11-10\" relative=true start=\"2025-11-01\" year_inferred=false",
                "period «cuối tháng 7» end=\"2025-07-31\" relative=false start=\"2025-07-21\" year_inferred=true",
            ],
        ),
    ]);
}

/// A part of the quarter gone by (`cuối quý qua`, `đầu quý vừa qua`) is
/// that quarter's first or last month, as of `quý trước`; `quý qua quý`
/// (quarter on quarter) names no quarter.
#[test]
#[rustfmt::skip]
fn parts_of_the_quarter_gone_by() {
    check("02/12/2025 - 10:15", &[
        (
            "Cuối quý qua, đầu quý vừa qua và cuối quý trước; tăng 5% quý qua quý.",
            &[
                "period «Cuối quý qua» end=\"2025-09-30\" relative=true start=\"2025-09-01\" year_inferred=false",
                "period «đầu quý vừa qua» end=\"2025-07-31\" relative=true start=\"2025-07-01\" year_inferred=false",
                "period «cuối quý trước» end=\"2025-09-30\" relative=true start=\"2025-09-01\" year_inferred=false",
                "percent «5%» value=5 value_to=null",
            ],
        ),
    ]);
}

/// A part of a quarter named alone (`cuối quý.`, `đầu quý,`) is of the
/// dateline's quarter, as `cuối quý này`; before a word `quý` is as often
/// `dear` (`cuối quý khách`) and names none. A quarter before `đến nay`
/// opens a period up to the dateline's day, from the year before when the
/// quarter is still to come. Without a dateline, parts of a quarter keep
/// their text and kind.
#[test]
#[rustfmt::skip]
fn parts_of_the_dateline_quarter_and_quarters_up_to_now() {
    check("02/12/2025 - 10:15", &[
        (
            "Đến cuối quý, đầu quý. Từ nay đến cuối quý; nửa đầu quý: cuối quý khách.",
            &[
                "period «cuối quý» end=\"2025-12-31\" relative=true start=\"2025-12-01\" year_inferred=false",
                "period «đầu quý» end=\"2025-10-31\" relative=true start=\"2025-10-01\" year_inferred=false",
                "period «Từ nay đến cuối quý» end=\"2025-12-31\" relative=true start=\"2025-12-02\" year_inferred=false",
                "period «nửa đầu quý» end=\"2025-11-15\" relative=true start=\"2025-10-01\" year_inferred=false",
            ],
        ),
        (
            // Before `đến nay` too: from the quarter's first day.
            "Từ đầu quý đến nay, từ đầu quý tới nay và đầu quý đến nay.",
            &[
                "period «Từ đầu quý đến nay» end=\"2025-12-02\" relative=true start=\"2025-10-01\" year_inferred=false",
                "period «từ đầu quý tới nay» end=\"2025-12-02\" relative=true start=\"2025-10-01\" year_inferred=false",
                "period «đầu quý đến nay» end=\"2025-12-02\" relative=true start=\"2025-10-01\" year_inferred=false",
            ],
        ),
    ]);
    check("03/04/2024 - 07:35", &[
        (
            "Quý I đến nay, quý IV/2023 tới nay và quý III đến nay; quý II tới.",
            &[
                "period «Quý I đến nay» end=\"2024-04-03\" relative=true start=\"2024-01-01\" year_inferred=true",
                "period «quý IV/2023 tới nay» end=\"2024-04-03\" relative=true start=\"2023-10-01\" year_inferred=false",
                "period «quý III đến nay» end=\"2024-04-03\" relative=true start=\"2023-07-01\" year_inferred=true",
                "quarter «quý II tới» quarter=2 year=2024 year_inferred=true",
            ],
        ),
    ]);
    check("", &[(
        "Cuối quý, quý I đến nay, cuối quý này.",
        &[
            "period «Cuối quý» end=null relative=true start=null year_inferred=false",
            "period «quý I đến nay» end=null relative=true start=null year_inferred=false",
            "period «cuối quý này» end=null relative=true start=null year_inferred=false",
        ],
    )]);
}

/// Which such weekday of a month: `Chủ nhật thứ hai của tháng 5` (the
/// second Sunday of May), `thứ Năm thứ tư của tháng 11 năm 2026`, `thứ Sáu
/// cuối cùng của tháng này`, `thứ Sáu cuối tháng`: dates; a fifth that the
/// month lacks is none, and a rank (`xếp thứ ba cuối cùng`) no day.
#[test]
#[rustfmt::skip]
fn a_weekday_counted_in_its_month() {
    check("02/12/2025 - 10:15", &[
        (
            "Chủ nhật thứ hai của tháng 5, thứ Năm thứ tư của tháng 11 năm 2026 và thứ hai đầu tiên của tháng 12.",
            &[
                "date «Chủ nhật thứ hai của tháng 5» date=\"2026-05-10\" day=10 month=5 relative=false year=2026 year_inferred=true",
                "date «thứ Năm thứ tư của tháng 11 năm 2026» date=\"2026-11-26\" day=26 month=11 relative=false year=2026 year_inferred=false",
                "date «thứ hai đầu tiên của tháng 12» date=\"2025-12-01\" day=1 month=12 relative=false year=2025 year_inferred=true",
            ],
        ),
        (
            "Thứ Sáu cuối cùng của tháng này, thứ Sáu cuối tháng và Chủ nhật cuối cùng của tháng 2/2026.",
            &[
                "date «Thứ Sáu cuối cùng của tháng này» date=\"2025-12-26\" day=26 month=12 relative=true year=2025 year_inferred=false",
                "date «thứ Sáu cuối tháng» date=\"2025-12-26\" day=26 month=12 relative=true year=2025 year_inferred=false",
                "date «Chủ nhật cuối cùng của tháng 2/2026» date=\"2026-02-22\" day=22 month=2 relative=false year=2026 year_inferred=false",
            ],
        ),
        (
            "Thứ Bảy thứ năm của tháng 2; anh xếp thứ ba cuối cùng của tháng 5.",
            &[
                "date «Thứ Bảy» date=\"2025-11-29\" day=29 days=-3 month=11 relative=true year=2025 year_inferred=false",
                "period «tháng 2» end=\"2026-02-28\" relative=false start=\"2026-02-01\" year_inferred=true",
                "period «tháng 5» end=\"2026-05-31\" relative=false start=\"2026-05-01\" year_inferred=true",
            ],
        ),
    ]);
}

/// Months and quarters joined by `đến`, `tới` or a dash without `từ`
/// before them are one period, as after `từ`: the first takes the last
/// one's year. A month before a day, and a count after `quý I đến`, stay
/// apart.
#[test]
#[rustfmt::skip]
fn ranges_of_months_and_quarters_without_from() {
    check("Thứ Năm, 12/02/2026 09:41", &[
        (
            "Doanh thu tháng 1 đến tháng 3/2025 tăng, tháng 10 - tháng 12 giảm, tháng 12/2024 tới tháng 2/2025 đi ngang.",
            &[
                "period «tháng 1 đến tháng 3/2025» end=\"2025-03-31\" relative=false start=\"2025-01-01\" year_inferred=false",
                "period «tháng 10 - tháng 12» end=\"2025-12-31\" relative=false start=\"2025-10-01\" year_inferred=true",
                "period «tháng 12/2024 tới tháng 2/2025» end=\"2025-02-28\" relative=false start=\"2024-12-01\" year_inferred=false",
            ],
        ),
        (
            "Lãi quý I đến quý III/2025 và quý 1 tới quý 2 năm 2024; tháng 1 đến ngày 15/3; quý I đến 3 dự án.",
            &[
                "period «quý I đến quý III/2025» end=\"2025-09-30\" relative=false start=\"2025-01-01\" year_inferred=false",
                "period «quý 1 tới quý 2 năm 2024» end=\"2024-06-30\" relative=false start=\"2024-01-01\" year_inferred=false",
                "period «tháng 1» end=\"2026-01-31\" relative=false start=\"2026-01-01\" year_inferred=true",
                "date «ngày 15/3» date=\"2026-03-15\" day=15 month=3 relative=false year=2026 year_inferred=true",
                "quarter «quý I» quarter=1 year=2026 year_inferred=true",
                "number «3» unit=null value=3",
            ],
        ),
    ]);
}

/// Lists of lunar days closed by one (`mùng 1 và mùng 2 Tết`, `mùng 1, 2,
/// 3 Tết`, `ngày 10 và 11 tháng Giêng`, `28 và 29 Tết`): every day of the
/// list a lunar day of the closing one's month and year (the first ones
/// were numbers, or dates of January and December). A falling list, or one
/// that no lunar day closes, is none.
#[test]
#[rustfmt::skip]
fn lists_of_lunar_days() {
    check("12/02/2026 - 09:41", &[
        (
            "Nghỉ mùng 1 và mùng 2 Tết; mùng 1, 2, 3 Tết.",
            &[
                "lunar_date «mùng 1» date=\"2026-02-17\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «mùng 2 Tết» date=\"2026-02-18\" leap_month=false lunar_day=2 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «mùng 1» date=\"2026-02-17\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «2» date=\"2026-02-18\" leap_month=false lunar_day=2 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «3 Tết» date=\"2026-02-19\" leap_month=false lunar_day=3 lunar_month=1 lunar_year=2026 year_inferred=true",
            ],
        ),
        (
            "Lễ hội ngày 10 và 11 tháng Giêng; chợ họp 28 và 29 Tết.",
            &[
                "lunar_date «ngày 10» date=\"2026-02-26\" leap_month=false lunar_day=10 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «11 tháng Giêng» date=\"2026-02-27\" leap_month=false lunar_day=11 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «28» date=\"2026-02-15\" leap_month=false lunar_day=28 lunar_month=12 lunar_year=2025 year_inferred=true",
                "lunar_date «29 Tết» date=\"2026-02-16\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2025 year_inferred=true",
            ],
        ),
        (
            // The closing day missing from its month (no 30th in this
            // Chạp): the first keeps its own year.
            "Ngày 29 và 30 tháng Chạp năm Ất Tỵ.",
            &[
                "lunar_date «Ngày 29» date=\"2026-02-16\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2025 year_inferred=false",
                "lunar_date «30 tháng Chạp năm Ất Tỵ» date=null leap_month=false lunar_day=30 lunar_month=12 lunar_year=2025 year_inferred=false",
            ],
        ),
        (
            "Ngày 5 và 3 Tết; mùng 1 và rằm hằng tháng.",
            &[
                "number «5» unit=null value=5",
                "lunar_date «3 Tết» date=\"2026-02-19\" leap_month=false lunar_day=3 lunar_month=1 lunar_year=2026 year_inferred=true",
                "number «1» unit=null value=1",
            ],
        ),
    ]);
}

/// Day, month and year between slashes with a space beside one or more
/// (`ngày 12 / 2 / 2026`, `ngày 12 /2/2026`), as between spaced dashes;
/// without a year, or before a unit, they stay numbers.
#[test]
#[rustfmt::skip]
fn dates_between_spaced_slashes() {
    check("12/02/2026 - 09:41", &[
        (
            "Ngày 12 / 2 / 2026, họp; ngày 12 /2/2026, 13 / 2 / 2026 nghỉ.",
            &[
                "date «Ngày 12 / 2 / 2026» date=\"2026-02-12\" day=12 month=2 relative=false year=2026 year_inferred=false",
                "date «ngày 12 /2/2026» date=\"2026-02-12\" day=12 month=2 relative=false year=2026 year_inferred=false",
                "date «13 / 2 / 2026» date=\"2026-02-13\" day=13 month=2 relative=false year=2026 year_inferred=false",
            ],
        ),
        (
            // A space after the first slash alone, without a date word.
            "Hạn chót 12/ 2/2026, còn 31/ 2/2026 sai.",
            &[
                "date «12/ 2/2026» date=\"2026-02-12\" day=12 month=2 relative=false year=2026 year_inferred=false",
            ],
        ),
        (
            "Số 12 / 2026; tỷ lệ 3 / 4 / 2026 hộ.",
            &[
                "number «12» unit=null value=12",
                "number «3» unit=null value=3",
                "number «4» unit=null value=4",
                "number «2026 hộ» unit=\"hộ\" value=2026",
            ],
        ),
    ]);
    // An impossible day between spaced separators is reported where it
    // stands, as between plain ones, and leaves no month behind.
    let text = "12/02/2026 - 09:41\nTiêu đề bài viết thử\n(CT) - Hạn 31/ 2/2026 và 31 - 2 - 2026.\n";
    let a = util::article(text);
    assert!(a.mentions.is_empty());
    assert_eq!(util::codes(&a), ["offset_assumed", "impossible_date", "impossible_date"]);
    let spans: Vec<_> = a.diagnostics[1..]
        .iter()
        .map(|d| (d.message.as_str(), text.get(d.span.start..d.span.end)))
        .collect();
    let message = "impossible date in the text: day 31, month 2, year 2026";
    assert_eq!(spans, [(message, Some("31/ 2/2026")), (message, Some("31 - 2 - 2026"))]);
}

/// Days named as occasions: a day and month after `dịp` or `lễ` are a date
/// with a dash as with a slash, alone, listed or joined to another day; a
/// solar feast's name before its own day and month is the date's. Counts
/// after those words stay counts.
#[test]
#[rustfmt::skip]
fn days_named_as_occasions() {
    check("03/04/2024 - 07:35", &[
        (
            "Dịp 30-4 và 1-5, du khách tăng; dịp lễ 2-9 năm nay nghỉ 4 ngày.",
            &[
                "date «30-4» date=\"2024-04-30\" day=30 month=4 relative=false year=2024 year_inferred=true",
                "date «1-5» date=\"2024-05-01\" day=1 month=5 relative=false year=2024 year_inferred=true",
                "date «2-9 năm nay» date=\"2024-09-02\" day=2 month=9 relative=true year=2024 year_inferred=false",
                "number «4» unit=null value=4",
            ],
        ),
        (
            "Nghỉ lễ 30-4 - 1-5 năm nay; Quốc khánh 2-9, Giáng sinh (25/12).",
            &[
                "period «30-4 - 1-5 năm nay» end=\"2024-05-01\" relative=true start=\"2024-04-30\" year_inferred=false",
                "date «Quốc khánh 2-9» date=\"2024-09-02\" day=2 month=9 relative=false year=2024 year_inferred=true",
                "date «Giáng sinh (25/12)» date=\"2023-12-25\" day=25 month=12 relative=false year=2023 year_inferred=true",
            ],
        ),
        (
            "Ngày 30-4 đến 1-5 và dịp lễ 30-4 đến 1-5; ngày 30-4 và 1-5, nghỉ.",
            &[
                "period «Ngày 30-4 đến 1-5» end=\"2024-05-01\" relative=false start=\"2024-04-30\" year_inferred=true",
                "period «30-4 đến 1-5» end=\"2024-05-01\" relative=false start=\"2024-04-30\" year_inferred=true",
                "date «ngày 30-4» date=\"2024-04-30\" day=30 month=4 relative=false year=2024 year_inferred=true",
                "date «1-5» date=\"2024-05-01\" day=1 month=5 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            // Counts after the occasion's words; a feast's name before
            // another day (China's national day is no 2 September).
            "Dịp 1-2 ngày cuối; lễ 3-4 lần; dịp 2-3 người; Quốc khánh Trung Quốc 1/10; Dịp 30-4-1-5.",
            &[
                "number «2-3 người» unit=\"người\" value=2 value_to=3",
                "date «1/10» date=\"2024-10-01\" day=1 month=10 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// A quarter without its year placed by the word after it: `tới` the
/// nearest such quarter after the dateline's, `vừa qua` the nearest before
/// it, the dateline's own either; without one, the nearest.
#[test]
#[rustfmt::skip]
fn quarters_placed_by_a_direction() {
    check("03/04/2024 - 07:35", &[
        (
            "Quý III vừa qua, quý I vừa qua; quý I tới, quý 4 tới và quý II sắp tới.",
            &[
                "quarter «Quý III vừa qua» quarter=3 year=2023 year_inferred=true",
                "quarter «quý I vừa qua» quarter=1 year=2024 year_inferred=true",
                "quarter «quý I tới» quarter=1 year=2025 year_inferred=true",
                "quarter «quý 4 tới» quarter=4 year=2024 year_inferred=true",
                "quarter «quý II sắp tới» quarter=2 year=2024 year_inferred=true",
            ],
        ),
        (
            // Without a direction the nearest; `tới` before a place is a
            // verb; a year written wins.
            "Quý III, quý 4 tới Hà Nội; quý I/2023 vừa qua.",
            &[
                "quarter «Quý III» quarter=3 year=2024 year_inferred=true",
                "quarter «quý 4» quarter=4 year=2023 year_inferred=true",
                "quarter «quý I/2023» quarter=1 year=2023 year_inferred=false",
            ],
        ),
    ]);
}

/// `hoặc` (or) joins the items of a list as `và` does: days under one
/// month, lunar days, months, quarters and years under one year, weekdays
/// under one week. Counts joined by it stay counts.
#[test]
#[rustfmt::skip]
fn lists_joined_by_hoac() {
    check("03/04/2024 - 07:35", &[
        (
            "Họp ngày 4 hoặc 5/6 tới; mùng 4 hoặc mùng 5 Tết; ngày 4, 5 hoặc 6/6.",
            &[
                "date «ngày 4» date=\"2024-06-04\" day=4 month=6 relative=false year=2024 year_inferred=true",
                "date «5/6 tới» date=\"2024-06-05\" day=5 month=6 relative=false year=2024 year_inferred=true",
                "lunar_date «mùng 4» date=\"2024-02-13\" leap_month=false lunar_day=4 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «mùng 5 Tết» date=\"2024-02-14\" leap_month=false lunar_day=5 lunar_month=1 lunar_year=2024 year_inferred=true",
                "date «ngày 4» date=\"2024-06-04\" day=4 month=6 relative=false year=2024 year_inferred=true",
                "date «5» date=\"2024-06-05\" day=5 month=6 relative=false year=2024 year_inferred=true",
                "date «6/6» date=\"2024-06-06\" day=6 month=6 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Tháng 3 hoặc 4/2024, quý III hoặc quý IV năm 2024, năm 2023 hoặc 2024; thứ Bảy hoặc Chủ nhật tuần này.",
            &[
                "period «Tháng 3» end=\"2024-03-31\" relative=false start=\"2024-03-01\" year_inferred=false",
                "period «4/2024» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=false",
                "quarter «quý III» quarter=3 year=2024 year_inferred=false",
                "quarter «quý IV năm 2024» quarter=4 year=2024 year_inferred=false",
                "period «năm 2023» end=\"2023-12-31\" relative=false start=\"2023-01-01\" year_inferred=false",
                "period «2024» end=\"2024-12-31\" relative=false start=\"2024-01-01\" year_inferred=false",
                "date «thứ Bảy» date=\"2024-04-06\" day=6 days=3 month=4 relative=true year=2024 year_inferred=false",
                "date «Chủ nhật tuần này» date=\"2024-04-07\" day=7 days=4 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Cần 4 hoặc 5 người, 2 hoặc 3 lần.",
            &[
                "number «4» unit=null value=4",
                "number «5 người» unit=\"người\" value=5",
                "number «2» unit=null value=2",
                "number «3» unit=null value=3",
            ],
        ),
    ]);
}

/// Weekdays of a list without the week: the first placed as it is alone
/// (the nearest such day, or gone by after `hôm`), each of the others the
/// first such day after it; a week after the list is each day's.
#[test]
#[rustfmt::skip]
fn weekdays_of_a_list_follow_the_first() {
    check("03/04/2024 - 07:35", &[
        (
            "Vào thứ Bảy và Chủ nhật, trời mưa; thứ Sáu và thứ Hai nắng.",
            &[
                "date «thứ Bảy» date=\"2024-04-06\" day=6 days=3 month=4 relative=true year=2024 year_inferred=false",
                "date «Chủ nhật» date=\"2024-04-07\" day=7 days=4 month=4 relative=true year=2024 year_inferred=false",
                "date «thứ Sáu» date=\"2024-04-05\" day=5 days=2 month=4 relative=true year=2024 year_inferred=false",
                "date «thứ Hai» date=\"2024-04-08\" day=8 days=5 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            "Hôm thứ Bảy và Chủ nhật trời mưa; Chủ nhật, thứ Hai nắng; Chủ nhật gió.",
            &[
                "date «thứ Bảy» date=\"2024-03-30\" day=30 days=-4 month=3 relative=true year=2024 year_inferred=false",
                "date «Chủ nhật» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
                "date «Chủ nhật» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
                "date «thứ Hai» date=\"2024-04-01\" day=1 days=-2 month=4 relative=true year=2024 year_inferred=false",
                "date «Chủ nhật» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
        (
            // Joined by `hoặc`; a part of the day before each.
            "Thứ Bảy hoặc Chủ nhật; sáng thứ Bảy và chiều Chủ nhật họp.",
            &[
                "date «Thứ Bảy» date=\"2024-04-06\" day=6 days=3 month=4 relative=true year=2024 year_inferred=false",
                "date «Chủ nhật» date=\"2024-04-07\" day=7 days=4 month=4 relative=true year=2024 year_inferred=false",
                "date «sáng thứ Bảy» date=\"2024-04-06\" day=6 days=3 month=4 relative=true year=2024 year_inferred=false",
                "date «chiều Chủ nhật» date=\"2024-04-07\" day=7 days=4 month=4 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// A day and month written out before a year named in the sexagenary
/// cycle, with no date word before them (`tức 24 tháng 2 năm Giáp Thìn`):
/// a lunar date, as with `ngày` or a slash; a Gregorian year written there
/// keeps the date Gregorian.
#[test]
#[rustfmt::skip]
fn a_written_day_before_a_named_year_is_lunar() {
    check("03/04/2024 - 07:35", &[
        (
            "Chiều 2/4 (tức 24 tháng 2 năm Giáp Thìn), lễ hội diễn ra; 24 tháng 2 năm 2024 thì khác.",
            &[
                "date «Chiều 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "lunar_date «24 tháng 2 năm Giáp Thìn» date=\"2024-04-02\" leap_month=false lunar_day=24 lunar_month=2 lunar_year=2024 year_inferred=false",
                "date «24 tháng 2 năm 2024» date=\"2024-02-24\" day=24 month=2 relative=false year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// A decade before `đến nay`: from its first day to the dateline's, with
/// or without `từ`; without a dateline, its end unknown.
#[test]
#[rustfmt::skip]
fn decades_up_to_now() {
    check("03/04/2024 - 07:35", &[
        (
            "Thập niên 1990 đến nay và từ những năm 80 tới nay, ngành tăng; thập niên 2030 đến nay sai.",
            &[
                "period «Thập niên 1990 đến nay» end=\"2024-04-03\" relative=true start=\"1990-01-01\" year_inferred=false",
                "period «những năm 80 tới nay» end=\"2024-04-03\" relative=true start=\"1980-01-01\" year_inferred=true",
                "period «thập niên 2030» end=\"2039-12-31\" relative=false start=\"2030-01-01\" year_inferred=false",
            ],
        ),
    ]);
    assert_eq!(
        mentions("Tiêu đề bài viết thử\n(CT) - Thập niên 1990 đến nay, ngành tăng.\n"),
        ["period «Thập niên 1990 đến nay» end=null relative=true start=\"1990-01-01\" year_inferred=false"]
    );
}

/// `trước đó` and `sau đó` after a week, a month, a year or a part of
/// them: counted from what the text spoke of, no mention (before: `tháng
/// trước đó` was the month before the dateline's, `cuối tháng trước đó`
/// the end of the dateline's month). Without `đó` they stay counted from
/// the dateline.
#[test]
#[rustfmt::skip]
fn spans_before_or_after_that() {
    check("05/12/2025 - 07:35", &[
        ("Tháng trước đó, năm sau đó và tuần trước đó giá giảm.", &[]),
        ("Thứ Hai tuần trước đó, cuối tháng trước đó, đầu năm sau đó.", &[]),
        ("Quý trước đó doanh thu giảm.", &[]),
        (
            "Tháng trước và thứ Hai tuần trước giá giảm.",
            &[
                "period «Tháng trước» end=\"2025-11-30\" relative=true start=\"2025-11-01\" year_inferred=false",
                "date «thứ Hai tuần trước» date=\"2025-11-24\" day=24 days=-11 month=11 relative=true year=2025 year_inferred=false",
            ],
        ),
        (
            "Cuối tháng trước, giá giảm.",
            &["period «Cuối tháng trước» end=\"2025-11-30\" relative=true start=\"2025-11-21\" year_inferred=false"],
        ),
    ]);
}

/// Ranges joined by a dash whose ends are written in words or with a
/// two-digit year, periods joined end to end, and `bây giờ`, under a
/// dateline of Thursday 15 December 2011.
#[test]
#[rustfmt::skip]
fn dashed_ranges_two_digit_years_and_now() {
    check("15/12/2011 - 09:00", &[
        (
            "Từ ngày 20 tháng mười một – ngày 31 tháng mười hai năm 2011, rồi ngày 20 tháng 11 năm 2011 - ngày 31 tháng 1 năm 2012.",
            &[
                "period «Từ ngày 20 tháng mười một – ngày 31 tháng mười hai năm 2011» end=\"2011-12-31\" relative=false start=\"2011-11-20\" year_inferred=false",
                "period «ngày 20 tháng 11 năm 2011 - ngày 31 tháng 1 năm 2012» end=\"2012-01-31\" relative=false start=\"2011-11-20\" year_inferred=false",
            ],
        ),
        // The start's year from the end's, the year before when its month
        // comes later.
        (
            "Đợt 1 kéo dài ngày 20 tháng 11 – ngày 5 tháng 1 năm 1999.",
            &[
                "number «1» unit=null value=1",
                "period «ngày 20 tháng 11 – ngày 5 tháng 1 năm 1999» end=\"1999-01-05\" relative=false start=\"1998-11-20\" year_inferred=false",
            ],
        ),
        (
            "Các đợt 20 – 31/12/11, 20/11 – 31/12/11 và 20/11/11 – 31/1/12; từ 20/11/11 đến 31/1/12.",
            &[
                "period «20 – 31/12/11» end=\"2011-12-31\" relative=false start=\"2011-12-20\" year_inferred=false",
                "period «20/11 – 31/12/11» end=\"2011-12-31\" relative=false start=\"2011-11-20\" year_inferred=false",
                "period «20/11/11 – 31/1/12» end=\"2012-01-31\" relative=false start=\"2011-11-20\" year_inferred=false",
                "period «từ 20/11/11 đến 31/1/12» end=\"2012-01-31\" relative=false start=\"2011-11-20\" year_inferred=false",
            ],
        ),
        (
            "Giai đoạn 11/2011 – 01/2014, năm 2011 – năm 2064 và tháng 3/2020 đến tháng 5/2021.",
            &[
                "period «11/2011 – 01/2014» end=\"2014-01-31\" relative=false start=\"2011-11-01\" year_inferred=false",
                "period «năm 2011 – năm 2064» end=\"2064-12-31\" relative=false start=\"2011-01-01\" year_inferred=false",
                "period «tháng 3/2020 đến tháng 5/2021» end=\"2021-05-31\" relative=false start=\"2020-03-01\" year_inferred=false",
            ],
        ),
        // A day and its date after a dash are no range.
        (
            "Hôm qua - (14/12) và Ngày Nhà giáo Việt Nam - 20/11.",
            &[
                "date «Hôm qua» date=\"2011-12-14\" day=14 days=-1 month=12 relative=true year=2011 year_inferred=false",
                "date «(14/12)» date=\"2011-12-14\" day=14 month=12 relative=false year=2011 year_inferred=true",
                "date «Ngày Nhà giáo Việt Nam» date=\"2011-11-20\" day=20 month=11 relative=false year=2011 year_inferred=true",
                "date «20/11» date=\"2011-11-20\" day=20 month=11 relative=false year=2011 year_inferred=true",
            ],
        ),
        // Look-alikes: ends out of order stay apart; a score is no day.
        (
            "Tháng 5/2011 - 3/2011; năm 2012 - năm 2010; đội nhà thắng 1 - 5/1.",
            &[
                "period «Tháng 5/2011» end=\"2011-05-31\" relative=false start=\"2011-05-01\" year_inferred=false",
                "period «3/2011» end=\"2011-03-31\" relative=false start=\"2011-03-01\" year_inferred=false",
                "period «năm 2012» end=\"2012-12-31\" relative=false start=\"2012-01-01\" year_inferred=false",
                "period «năm 2010» end=\"2010-12-31\" relative=false start=\"2010-01-01\" year_inferred=false",
                "number «1» unit=null value=1",
                "date «5/1» date=\"2012-01-05\" day=5 month=1 relative=false year=2012 year_inferred=true",
            ],
        ),
        (
            "Ngay bây giờ người dân đã quen; năm tháng qua đi, 3 ngày qua đi lại khó.",
            &[
                "date «bây giờ» date=\"2011-12-15\" day=15 days=0 month=12 relative=true year=2011 year_inferred=false",
                "period «3 ngày qua» end=\"2011-12-15\" relative=true start=\"2011-12-13\" year_inferred=false",
            ],
        ),
    ]);
}

/// A year named by `năm đó`, `năm ấy`, `năm trước đó`, `năm sau đó` is
/// the one the text spoke of before: the day and month, the quarter or
/// the month are read, their year and dates `null`, never taken from the
/// dateline (Monday 12 February 2024); after `ngày`, `năm` before another
/// word counts nothing.
#[test]
#[rustfmt::skip]
fn a_year_the_text_spoke_of_before() {
    check("12/02/2024 - 08:00", &[
        (
            "Ngày 5 tháng 3 năm ấy, trời mưa; ngày 5/3 năm trước đó và dịp 2-9 năm đó.",
            &[
                "date «Ngày 5 tháng 3 năm ấy» date=null day=5 month=3 relative=false year=null year_inferred=false",
                "date «ngày 5/3 năm trước đó» date=null day=5 month=3 relative=false year=null year_inferred=false",
                "date «2-9 năm đó» date=null day=2 month=9 relative=false year=null year_inferred=false",
            ],
        ),
        (
            "Tháng 3 năm trước đó, cuối tháng 3 năm đó và quý 2 năm sau đó.",
            &[
                "period «Tháng 3 năm trước đó» end=null relative=false start=null year_inferred=false",
                "period «cuối tháng 3 năm đó» end=null relative=false start=null year_inferred=false",
                "quarter «quý 2 năm sau đó» quarter=2 year=null year_inferred=false",
            ],
        ),
        // A range whose end names such a year: neither end is known.
        (
            "Từ tháng 3 đến tháng 5 năm đó, rồi từ ngày 5/3 đến ngày 10/3 năm ấy.",
            &[
                "period «Từ tháng 3 đến tháng 5 năm đó» end=null relative=false start=null year_inferred=false",
                "period «từ ngày 5/3 đến ngày 10/3 năm ấy» end=null relative=false start=null year_inferred=false",
            ],
        ),
        // Lunar days and feasts of such a year: no lunar year, no date.
        (
            "Mùng 5 tháng Giêng năm ấy, Tết năm đó và rằm tháng Bảy năm trước đó.",
            &[
                "lunar_date «Mùng 5 tháng Giêng năm ấy» date=null leap_month=false lunar_day=5 lunar_month=1 lunar_year=null year_inferred=false",
                "lunar_date «Tết năm đó» date=null leap_month=false lunar_day=1 lunar_month=1 lunar_year=null year_inferred=false",
                "lunar_date «rằm tháng Bảy năm trước đó» date=null leap_month=false lunar_day=15 lunar_month=7 lunar_year=null year_inferred=false",
            ],
        ),
        (
            "Khai giảng ngày 5 tháng 9 năm học mới.",
            &[
                "date «ngày 5 tháng 9» date=\"2023-09-05\" day=5 month=9 relative=false year=2023 year_inferred=true",
            ],
        ),
        // Look-alikes: a year written or counted from the dateline.
        (
            "Ngày 5 tháng 3 năm 2020 và ngày 5/3 năm ngoái.",
            &[
                "date «Ngày 5 tháng 3 năm 2020» date=\"2020-03-05\" day=5 month=3 relative=false year=2020 year_inferred=false",
                "date «ngày 5/3 năm ngoái» date=\"2023-03-05\" day=5 month=3 relative=true year=2023 year_inferred=false",
            ],
        ),
    ]);
}

/// After `từ`, a day and month joined by a hyphen or a dot are a date
/// where the clause closes or a year or a direction follows, as law and
/// price news print the day a rule takes effect (dateline Monday 2 June
/// 2025); before a counted noun or a unit they stay a range of counts.
#[test]
#[rustfmt::skip]
fn a_day_and_month_after_from() {
    check("02/06/2025 - 08:00", &[
        (
            "Từ 1-7, luật có hiệu lực; giá điện tăng từ 15.7.",
            &[
                "date «1-7» date=\"2025-07-01\" day=1 month=7 relative=false year=2025 year_inferred=true",
                "date «15.7» date=\"2025-07-15\" day=15 month=7 relative=false year=2025 year_inferred=true",
            ],
        ),
        (
            "Lương tăng kể từ 1-7 tới, phí giảm từ 1-5 vừa qua và thuế đổi từ 1-1 năm 2026.",
            &[
                "date «1-7 tới» date=\"2025-07-01\" day=1 month=7 relative=false year=2025 year_inferred=true",
                "date «1-5 vừa qua» date=\"2025-05-01\" day=1 month=5 relative=false year=2025 year_inferred=true",
                "date «1-1 năm 2026» date=\"2026-01-01\" day=1 month=1 relative=false year=2026 year_inferred=false",
            ],
        ),
        // Look-alikes: counts, a range of hours, a range of days read whole.
        (
            "Mỗi người uống từ 1-7 ly, mỗi nhóm từ 3-5 người và từ 2-4 ngày.",
            &["number «3-5 người» unit=\"người\" value=3 value_to=5"],
        ),
        (
            "Từ 1-7 đến 31-12, luật có hiệu lực.",
            &[
                "period «Từ 1-7 đến 31-12» end=\"2025-12-31\" relative=false start=\"2025-07-01\" year_inferred=true",
            ],
        ),
    ]);
}

/// A range whose first end is a day alone after the day of its last end
/// runs from the month before, when the two are at most 15 days apart
/// (dateline Wednesday 3 April 2024); a part of the day before the first
/// day alone is in the period's text.
#[test]
#[rustfmt::skip]
fn a_range_of_days_across_the_turn_of_a_month() {
    check("03/04/2024 - 07:35", &[
        (
            "Tối 4 đến sáng 5/4 mưa; đêm 30 tới rạng sáng 1/5 rét.",
            &[
                "period «Tối 4 đến sáng 5/4» end=\"2024-04-05\" relative=false start=\"2024-04-04\" year_inferred=true",
                "period «đêm 30 tới rạng sáng 1/5» end=\"2024-05-01\" relative=false start=\"2024-04-30\" year_inferred=true",
            ],
        ),
        (
            "Hội chợ từ ngày 25 đến 3/5, triển lãm ngày 28-3/5 và lễ hội ngày 30-2/1/2025.",
            &[
                "period «từ ngày 25 đến 3/5» end=\"2024-05-03\" relative=false start=\"2024-04-25\" year_inferred=true",
                "period «ngày 28-3/5» end=\"2024-05-03\" relative=false start=\"2024-04-28\" year_inferred=true",
                "period «ngày 30-2/1/2025» end=\"2025-01-02\" relative=false start=\"2024-12-30\" year_inferred=false",
            ],
        ),
        (
            "Từ ngày 30 đến 2/1/2025, nghỉ; từ 28 tháng 4 đến 3 tháng 5, mưa.",
            &[
                "period «Từ ngày 30 đến 2/1/2025» end=\"2025-01-02\" relative=false start=\"2024-12-30\" year_inferred=false",
                "period «từ 28 tháng 4 đến 3 tháng 5» end=\"2024-05-03\" relative=false start=\"2024-04-28\" year_inferred=true",
            ],
        ),
        // Look-alikes: further apart than half a month, a day the month
        // before does not have, a count.
        (
            "Từ ngày 17 đến 16/2, từ ngày 30 đến 2/3 và 28-3/5 người.",
            &[
                "number «17» unit=null value=17",
                "date «16/2» date=\"2024-02-16\" day=16 month=2 relative=false year=2024 year_inferred=true",
                "number «30» unit=null value=30",
                "date «2/3» date=\"2024-03-02\" day=2 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// `hồi` announces an hour as `lúc` does, as weather bulletins write it
/// (`Hồi 14h`, `vào hồi 10 giờ 30 phút`); an hour with its letter before a
/// colon labels a live report's news (`15h: Bão đổ bộ`). A number after
/// `hồi` (an act of a play) and a ratio stay none of them.
#[test]
#[rustfmt::skip]
fn hours_announced_by_hoi_and_hours_labelling_news() {
    check("03/04/2024 - 07:35", &[
        (
            "Hồi 14h, tâm áp thấp ở trên biển; vào hồi 10 giờ 30 phút ngày 5/4, bão mạnh lên.",
            &[
                "time «14h» time=\"14:00:00\"",
                "time «10 giờ 30 phút» time=\"10:30:00\"",
                "date «ngày 5/4» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "15h: Bão đổ bộ vào Quảng Ngãi, tỷ lệ 3:1, hồi 2 của vở kịch.",
            &[
                "time «15h» time=\"15:00:00\"",
                "ratio «3:1» denominator=1 numerator=3",
                "number «2» unit=null value=2",
            ],
        ),
    ]);
}

/// `âm lịch` abbreviated in capitals after a lunar day or month (`15/7
/// ÂL`, `10/3 (AL)`, `tháng 7 ÂL`) marks it lunar as the words do
/// (dateline Saturday 14 September 2024); other letters after a date do
/// not (`15/7 ALC`, `15/7 al`).
#[test]
#[rustfmt::skip]
fn the_lunar_calendar_abbreviated() {
    check("14/09/2024 - 08:00", &[
        (
            "Ngày 15/7 ÂL, lễ Vu Lan; ngày 10/3 (AL), giỗ Tổ; tháng 7 ÂL, tháng cô hồn.",
            &[
                "lunar_date «Ngày 15/7 ÂL» date=\"2024-08-18\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2024 year_inferred=true",
                "lunar_date «ngày 10/3 (AL)» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
                "period «tháng 7 ÂL» end=\"2024-09-02\" relative=false start=\"2024-08-04\" year_inferred=true",
            ],
        ),
        (
            "Ngày 15/7 ALC, ngày 16/7 al.",
            &[
                "date «Ngày 15/7» date=\"2024-07-15\" day=15 month=7 relative=false year=2024 year_inferred=true",
                "date «ngày 16/7» date=\"2024-07-16\" day=16 month=7 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// `rồi` after a week, month or year is the one before the dateline's, as
/// the South says it (`tuần rồi`, `tháng vừa rồi`), alone only where the
/// clause closes, and not after a word of a whole span or a count (`cả
/// tuần rồi`, `hết tháng rồi`, `đã 5 năm rồi`: time gone by, no period);
/// a season `rồi` is none (`đã sang mùa hè rồi`). Dateline Wednesday 4
/// December 2024.
#[test]
#[rustfmt::skip]
fn last_week_month_and_year_said_with_roi() {
    check("04/12/2024 - 08:00", &[
        (
            "Tuần rồi, giá tăng; tháng rồi giảm; năm rồi, tháng vừa rồi và mùa hè năm rồi.",
            &[
                "period «Tuần rồi» end=\"2024-12-01\" relative=true start=\"2024-11-25\" year_inferred=false",
                "period «năm rồi» end=\"2023-12-31\" relative=true start=\"2023-01-01\" year_inferred=false",
                "period «tháng vừa rồi» end=\"2024-11-30\" relative=true start=\"2024-11-01\" year_inferred=false",
                "period «mùa hè năm rồi» end=\"2023-09-23\" relative=true start=\"2023-06-21\" year_inferred=false",
            ],
        ),
        (
            "Thứ Hai tuần rồi, giá tăng.",
            &["date «Thứ Hai tuần rồi» date=\"2024-11-25\" day=25 days=-9 month=11 relative=true year=2024 year_inferred=false"],
        ),
        // Look-alikes: time gone by, a month over, a season come.
        (
            "Tôi chờ cả tuần rồi. Hết tháng rồi mà chưa có lương. Đã sang mùa hè rồi.",
            &[],
        ),
        ("Đã 5 năm rồi.", &["number «5» unit=null value=5"]),
    ]);
}

/// Days of a list glued to their comma, as pages lose the space (`ngày
/// 15,16/3`, `ngày 15/3,16/3,17/3`): each a date of the list's month.
/// Before, `Ngày 15,` was the 15th nearest the dateline and `16/3` was
/// lost. A decimal after `ngày` stays a number; a fraction before a
/// glued digit stays none (dateline Wednesday 3 April 2024).
#[test]
#[rustfmt::skip]
fn days_of_a_list_glued_to_their_commas() {
    check("03/04/2024 - 07:35", &[
        (
            "Ngày 15,16/3 và ngày 15/3,16/3,17/3; ngày 15,16,17/3.",
            &[
                "date «Ngày 15» date=\"2024-03-15\" day=15 month=3 relative=false year=2024 year_inferred=true",
                "date «16/3» date=\"2024-03-16\" day=16 month=3 relative=false year=2024 year_inferred=true",
                "date «ngày 15/3» date=\"2024-03-15\" day=15 month=3 relative=false year=2024 year_inferred=true",
                "date «16/3» date=\"2024-03-16\" day=16 month=3 relative=false year=2024 year_inferred=true",
                "date «17/3» date=\"2024-03-17\" day=17 month=3 relative=false year=2024 year_inferred=true",
                "date «ngày 15» date=\"2024-03-15\" day=15 month=3 relative=false year=2024 year_inferred=true",
                "date «16» date=\"2024-03-16\" day=16 month=3 relative=false year=2024 year_inferred=true",
                "date «17/3» date=\"2024-03-17\" day=17 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Mất ngày 15,5 giờ; tỷ lệ 1/3,5 người; ngày 1-5,51/95 đi.",
            &["number «15,5» unit=null value=15.5"],
        ),
    ]);
}

/// The feast of the seventh full moon (`Vu Lan`) and the Buddha's birthday
/// on the fourth (`Phật đản`, as the Vietnamese Buddhist Sangha keeps it):
/// lunar dates before a year or a year counted from the dateline, and
/// after `mùa` (dateline Sunday 2 February 2025). Alone (`lễ Phật đản`)
/// they hold no anchor of the scan and are not read; other words ending
/// in `Lan` before a year are none.
#[test]
#[rustfmt::skip]
fn vu_lan_and_the_buddhas_birthday() {
    check("02/02/2025 - 08:00", &[
        (
            "Lễ Vu Lan năm nay, Đại lễ Phật đản 2025 và mùa Vu Lan báo hiếu.",
            &[
                "lunar_date «Vu Lan năm nay» date=\"2025-09-06\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2025 year_inferred=true",
                "lunar_date «Phật đản 2025» date=\"2025-05-12\" leap_month=false lunar_day=15 lunar_month=4 lunar_year=2025 year_inferred=false",
                "lunar_date «mùa Vu Lan» date=\"2024-08-18\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2024 year_inferred=true",
            ],
        ),
        ("Dịp lễ Phật đản, Thái Lan 2024 và Hà Lan năm nay.", &[
            "period «năm nay» end=\"2025-12-31\" relative=true start=\"2025-01-01\" year_inferred=false",
        ]),
    ]);
}

/// A date whose day, month and year are joined by a dash of another form
/// than the hyphen, the same one twice (`5–3–2025`, `5‐3‐2025`), with or
/// without a date word; before, the year was lost after `ngày` (`Ngày
/// 5–3` took the dateline's) and the date unread without one. A score
/// and a range of counts with such a dash stay none or counts (dateline
/// Tuesday 5 March 2024).
#[test]
#[rustfmt::skip]
fn dates_joined_by_dashes_of_every_form() {
    check("05/03/2024 - 08:00", &[
        (
            "Ngày 5–3–2025, họp; 6‐3‐2025 nghỉ; dịp 30–4 đông.",
            &[
                "date «Ngày 5–3–2025» date=\"2025-03-05\" day=5 month=3 relative=false year=2025 year_inferred=false",
                "date «6‐3‐2025» date=\"2025-03-06\" day=6 month=3 relative=false year=2025 year_inferred=false",
                "date «30–4» date=\"2024-04-30\" day=30 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Tỷ số 5–3, từ 5–10 người.",
            &["number «5–10 người» unit=\"người\" value=5 value_to=10"],
        ),
    ]);
}

/// A date written out with its month in words or digits after `tháng`
/// and no year, then a direction (`ngày 1 tháng 2 tới`, `15 tháng 4 vừa
/// qua`): placed as `ngày 1/2 tới` is, the direction in its text. Before,
/// the direction was left out and the date took the year nearest the
/// dateline: under one of 5 March 2025, the February and April of 2025
/// (wrong values).
#[test]
#[rustfmt::skip]
fn written_dates_placed_by_a_direction() {
    check("05/03/2025 - 08:00", &[
        (
            "Ngày 1 tháng 2 tới, họp; mùng 5 tháng 4 vừa qua và ngày 15 tháng Tư tới.",
            &[
                "date «Ngày 1 tháng 2 tới» date=\"2026-02-01\" day=1 month=2 relative=false year=2026 year_inferred=true",
                "date «mùng 5 tháng 4 vừa qua» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 15 tháng Tư tới» date=\"2025-04-15\" day=15 month=4 relative=false year=2025 year_inferred=true",
            ],
        ),
        // Look-alike: a range up to the dateline's day.
        (
            "Từ ngày 1 tháng 2 tới nay, giá tăng.",
            &["period «Từ ngày 1 tháng 2 tới nay» end=\"2025-03-05\" relative=true start=\"2025-02-01\" year_inferred=true"],
        ),
    ]);
}

/// A lunar day without its year, then a direction (`rằm tháng Giêng tới`,
/// `rằm tháng Bảy vừa qua`, `mùng 1 Tết tới`): in the lunar year that puts
/// it after (or before) the dateline's day, as `Tết tới` is. Before, the
/// direction was left out and the day took the lunar year nearest the
/// dateline (under one of 5 March 2025, the full moons of February and
/// September 2025: wrong values).
#[test]
#[rustfmt::skip]
fn lunar_days_placed_by_a_direction() {
    check("05/03/2025 - 08:00", &[
        (
            "Rằm tháng Giêng tới, lễ hội; rằm tháng Bảy vừa qua, mùng 1 Tết tới.",
            &[
                "lunar_date «Rằm tháng Giêng tới» date=\"2026-03-03\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «rằm tháng Bảy vừa qua» date=\"2024-08-18\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2024 year_inferred=true",
                "lunar_date «mùng 1 Tết tới» date=\"2026-02-17\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2026 year_inferred=true",
            ],
        ),
        // Look-alike: `này` keeps the nearest.
        (
            "Rằm tháng Giêng này, lễ hội.",
            &["lunar_date «Rằm tháng Giêng này» date=\"2025-02-12\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2025 year_inferred=true"],
        ),
    ]);
}

/// A month or a quarter, a comma and its year, as calendars and archive
/// pages print them (`Tháng 4, 2024`, `Thg 9, 2023`, `Quý 2, 2024`, `Q2,
/// 2024`): the written year. Before, the comma cut the year off and the
/// month or quarter took the year nearest the dateline (2026 here: wrong
/// values).
#[test]
#[rustfmt::skip]
fn a_month_or_quarter_a_comma_and_its_year() {
    check("03/04/2026 - 08:00", &[
        (
            "Tháng 4, 2024 có nhiều sự kiện; Thg 9, 2023 cũng vậy.",
            &[
                "period «Tháng 4, 2024» end=\"2024-04-30\" relative=false start=\"2024-04-01\" year_inferred=false",
                "period «Thg 9, 2023» end=\"2023-09-30\" relative=false start=\"2023-09-01\" year_inferred=false",
            ],
        ),
        (
            "Quý 2, 2024 doanh thu tăng; Q3, 2025 giảm.",
            &[
                "quarter «Quý 2, 2024» quarter=2 year=2024 year_inferred=false",
                "quarter «Q3, 2025» quarter=3 year=2025 year_inferred=false",
            ],
        ),
        // Look-alikes: a count after the comma.
        (
            "Tháng 4, 2024 hộ dân được hỗ trợ.",
            &[
                "period «Tháng 4» end=\"2026-04-30\" relative=false start=\"2026-04-01\" year_inferred=true",
                "number «2024 hộ» unit=\"hộ\" value=2024",
            ],
        ),
        (
            "Quý II, 3 dự án được duyệt.",
            &[
                "quarter «Quý II» quarter=2 year=2026 year_inferred=true",
                "number «3» unit=null value=3",
            ],
        ),
    ]);
}

/// Feasts named as a day after `ngày`, and after `ngày lễ`: the god of
/// wealth's day (`ngày vía Thần Tài`, 10th of the first lunar month), `ngày
/// Vu Lan`, `ngày lễ Phật đản`, `ngày Thất tịch` (7/7 lunar), `ngày lễ
/// Giáng sinh`, `ngày lễ Tình nhân`. Before, none of them was read (`ngày
/// lễ Quốc khánh 2/9` lost its name).
#[test]
#[rustfmt::skip]
fn feasts_named_as_a_day_after_ngay_and_ngay_le() {
    check("03/04/2025 - 08:00", &[
        (
            "Ngày vía Thần Tài năm nay, vàng bán chạy; ngày Thần Tài 2024 cũng vậy.",
            &[
                "lunar_date «Ngày vía Thần Tài năm nay» date=\"2025-02-07\" leap_month=false lunar_day=10 lunar_month=1 lunar_year=2025 year_inferred=true",
                "lunar_date «ngày Thần Tài 2024» date=\"2024-02-19\" leap_month=false lunar_day=10 lunar_month=1 lunar_year=2024 year_inferred=false",
            ],
        ),
        (
            "Ngày Vu Lan, chùa đông; ngày lễ Phật đản 2025 và ngày Thất tịch.",
            &[
                "lunar_date «Ngày Vu Lan» date=\"2025-09-06\" leap_month=false lunar_day=15 lunar_month=7 lunar_year=2025 year_inferred=true",
                "lunar_date «ngày lễ Phật đản 2025» date=\"2025-05-12\" leap_month=false lunar_day=15 lunar_month=4 lunar_year=2025 year_inferred=false",
                "lunar_date «ngày Thất tịch» date=\"2025-08-29\" leap_month=false lunar_day=7 lunar_month=7 lunar_year=2025 year_inferred=true",
            ],
        ),
        (
            "Ngày lễ Giáng sinh, ngày lễ Tình nhân và ngày lễ Quốc khánh 2/9.",
            &[
                "date «Ngày lễ Giáng sinh» date=\"2024-12-25\" day=25 month=12 relative=false year=2024 year_inferred=true",
                "date «ngày lễ Tình nhân» date=\"2025-02-14\" day=14 month=2 relative=false year=2025 year_inferred=true",
                "date «ngày lễ Quốc khánh 2/9» date=\"2025-09-02\" day=2 month=9 relative=false year=2025 year_inferred=true",
            ],
        ),
        // Look-alikes: the god himself, a holiday unnamed; `Trung thu` is
        // read from its own word.
        (
            "Tượng Thần Tài năm nay bán chạy. Ngày lễ lớn, phố đông. Ngày Trung thu năm nay.",
            &[
                "period «năm nay» end=\"2025-12-31\" relative=true start=\"2025-01-01\" year_inferred=false",
                "lunar_date «Trung thu năm nay» date=\"2025-10-06\" leap_month=false lunar_day=15 lunar_month=8 lunar_year=2025 year_inferred=true",
            ],
        ),
    ]);
}

/// A range whose end is a weekday alone (`từ thứ Năm (12/2) đến thứ Hai`,
/// `từ ngày 12/2 đến hết Chủ nhật`): the end is the first such day after
/// the start. Before, the weekday was the one nearest the dateline and the
/// start was moved a year back to come before it (under a dateline of 10
/// February 2026, 12 February 2025 to 9 February 2026: a wrong value).
/// `đến hết` joins two dates as `đến` does (`từ thứ Năm 12/2 đến hết thứ
/// Hai 16/2` was two dates).
#[test]
#[rustfmt::skip]
fn a_range_to_a_weekday_alone_or_through_its_end() {
    check("10/02/2026 - 08:00", &[
        (
            "Nghỉ từ thứ Năm (12/2) đến thứ Hai. Mưa từ 12/2 đến sáng Chủ nhật.",
            &[
                "period «từ thứ Năm (12/2) đến thứ Hai» end=\"2026-02-16\" relative=false start=\"2026-02-12\" year_inferred=true",
                "period «từ 12/2 đến sáng Chủ nhật» end=\"2026-02-15\" relative=false start=\"2026-02-12\" year_inferred=true",
            ],
        ),
        (
            "Nghỉ từ thứ Năm 12/2 đến hết thứ Hai 16/2; từ ngày 12/2/2025 đến hết Chủ nhật.",
            &[
                "period «từ thứ Năm 12/2 đến hết thứ Hai 16/2» end=\"2026-02-16\" relative=false start=\"2026-02-12\" year_inferred=true",
                "period «từ ngày 12/2/2025 đến hết Chủ nhật» end=\"2025-02-16\" relative=false start=\"2025-02-12\" year_inferred=false",
            ],
        ),
        // Look-alikes: a week named with the weekday, or a start counted
        // from the dateline, keep the end counted from it.
        (
            "Từ 12/2 đến thứ Sáu tuần sau, mưa. Từ hôm qua đến thứ Sáu, nắng.",
            &[
                "period «Từ 12/2 đến thứ Sáu tuần sau» end=\"2026-02-20\" relative=true start=\"2026-02-12\" year_inferred=false",
                "period «Từ hôm qua đến thứ Sáu» end=\"2026-02-13\" relative=true start=\"2026-02-09\" year_inferred=false",
            ],
        ),
    ]);
}

/// A part of the day before `hôm qua`, `hôm nay` or `hôm kia` and then the
/// date (`Sáng hôm qua (2/4)`, `Tối hôm kia (1/4)`): one mention, the date
/// written, as `Sáng qua (2/4)` and `hôm qua (2/4)` are. Before, the
/// relative day and the date in brackets were two mentions.
#[test]
#[rustfmt::skip]
fn a_part_of_the_day_before_hom_qua_and_its_date() {
    check("03/04/2024 - 08:00", &[
        (
            "Sáng hôm qua (2/4), mưa; tối hôm kia (1/4), cháy; chiều hôm nay 3/4, họp.",
            &[
                "date «Sáng hôm qua (2/4)» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "date «tối hôm kia (1/4)» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
                "date «chiều hôm nay 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        // Look-alike: without a date, the day counted from the dateline.
        (
            "Sáng hôm qua, trời mưa.",
            &["date «Sáng hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false"],
        ),
    ]);
}

/// A range of days whose ends hold their times before their dates (`từ
/// 8h ngày 1/4 đến 17h ngày 5/4`, `từ ngày 24/4 đến 17h ngày 5/5`, `Từ
/// 8h sáng 1/4 đến 17h chiều 5/4`): one period of the days, the times in
/// its text, as `từ sáng 12/2 đến chiều 16/2` is. Before, each time and
/// each date was a mention of its own and the range was lost.
#[test]
#[rustfmt::skip]
fn a_range_of_days_with_the_times_of_its_ends() {
    check("03/04/2024 - 08:00", &[
        (
            "Cấm xe từ 8h ngày 1/4 đến 17h ngày 5/4; đăng ký từ ngày 24/4 đến 17h ngày 5/5.",
            &[
                "period «từ 8h ngày 1/4 đến 17h ngày 5/4» end=\"2024-04-05\" relative=false start=\"2024-04-01\" year_inferred=true",
                "period «từ ngày 24/4 đến 17h ngày 5/5» end=\"2024-05-05\" relative=false start=\"2024-04-24\" year_inferred=true",
            ],
        ),
        (
            "Từ 22h30 ngày 30/4 đến 6h sáng 1/5, cấm xe.",
            &["period «Từ 22h30 ngày 30/4 đến 6h sáng 1/5» end=\"2024-05-01\" relative=false start=\"2024-04-30\" year_inferred=true"],
        ),
        // Look-alikes: two times of one day; a list of times and dates;
        // an end before the start.
        (
            "Từ 7h30 đến 11h ngày 3/4, cấm xe.",
            &[
                "time «7h30» time=\"07:30:00\"",
                "time «11h» time=\"11:00:00\"",
                "date «ngày 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Từ 7h ngày 5/4 đến 17h ngày 1/4.",
            &[
                "time «7h» time=\"07:00:00\"",
                "date «ngày 5/4» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
                "time «17h» time=\"17:00:00\"",
                "date «ngày 1/4» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Two days joined by a tilde (`Từ 3/4 ~ 7/4`, `tháng 3/2024 ~ tháng
/// 5/2024`): a period, as with a dash. Before, two dates.
#[test]
#[rustfmt::skip]
fn a_range_joined_by_a_tilde() {
    check("03/04/2024 - 08:00", &[
        (
            "Từ 3/4 ~ 7/4, mưa; tháng 3/2024 ~ tháng 5/2024, nắng.",
            &[
                "period «Từ 3/4 ~ 7/4» end=\"2024-04-07\" relative=false start=\"2024-04-03\" year_inferred=true",
                "period «tháng 3/2024 ~ tháng 5/2024» end=\"2024-05-31\" relative=false start=\"2024-03-01\" year_inferred=false",
            ],
        ),
        // Look-alike: an end before the start.
        (
            "Ngày 3/4 ~ 1/4, mưa.",
            &[
                "date «Ngày 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
                "date «1/4» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// A lunar day in words with the tens said without `mươi` (`hai ba tháng
/// Chạp`, `hai lăm tháng Chạp`), after a part of the day or `hôm` too
/// (`Sáng hai ba tháng Chạp`): the lunar day. Before, `Ngày hai lăm tháng
/// Chạp` and `Sáng hai ba tháng Chạp` were the Gregorian 25 and 23
/// December, and `Hai ba tháng Chạp` the lunar 3rd (wrong values).
#[test]
#[rustfmt::skip]
fn lunar_days_in_words_with_the_tens_without_muoi() {
    check("03/04/2024 - 08:00", &[
        (
            "Ngày hai lăm tháng Chạp, họp; sáng hai ba tháng Chạp, cúng.",
            &[
                "lunar_date «Ngày hai lăm tháng Chạp» date=\"2024-02-04\" leap_month=false lunar_day=25 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «sáng hai ba tháng Chạp» date=\"2024-02-02\" leap_month=false lunar_day=23 lunar_month=12 lunar_year=2023 year_inferred=true",
            ],
        ),
        (
            "Vào hai ba tháng Chạp, cúng; chiều mười lăm tháng Giêng, rằm.",
            &[
                "lunar_date «hai ba tháng Chạp» date=\"2024-02-02\" leap_month=false lunar_day=23 lunar_month=12 lunar_year=2023 year_inferred=true",
                "lunar_date «chiều mười lăm tháng Giêng» date=\"2024-02-24\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2024 year_inferred=true",
            ],
        ),
        // Look-alikes: a Gregorian month; two or three people.
        (
            "Sáng hai tư tháng bảy, họp. Có hai ba người đến.",
            &["date «Sáng hai tư tháng bảy» date=\"2024-07-24\" day=24 month=7 relative=false year=2024 year_inferred=true"],
        ),
    ]);
}

/// Days counted in words before `hôm` and `qua` or `nay` (`Hai hôm nay`,
/// `mười hai hôm qua`): the days ending on the dateline's, as `2 hôm qua`
/// is. Before, `Hai hôm nay` was today and `mười hai hôm qua` yesterday
/// (wrong values).
#[test]
#[rustfmt::skip]
fn days_counted_in_words_before_hom() {
    check("03/04/2024 - 08:00", &[
        (
            "Hai hôm nay, mưa; mười hai hôm qua, nắng.",
            &[
                "period «Hai hôm nay» end=\"2024-04-03\" relative=true start=\"2024-04-02\" year_inferred=false",
                "period «mười hai hôm qua» end=\"2024-04-03\" relative=true start=\"2024-03-23\" year_inferred=false",
            ],
        ),
        // Look-alike: `hôm nay` alone is the dateline's day.
        (
            "Hôm nay, mưa.",
            &["date «Hôm nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false"],
        ),
    ]);
}

/// A week of a year by its number (`Tuần 12/2024`, `tuần thứ 15 năm
/// 2024`, `tuần 15 của năm ngoái`): the Monday-to-Sunday week ISO 8601
/// numbers so (the first holds the year's first Thursday), as weekly
/// health reports count them. Before, `Tuần 12/2024` was December 2024 (a
/// wrong value) and `tuần 15 năm 2024` a number and a year. A session
/// numbered in a year (`Kỳ 2/2024`, `đợt 3-2024`, `Kỳ họp thứ 7/2024`) is
/// no month (it was one).
#[test]
#[rustfmt::skip]
fn weeks_of_a_year_by_number() {
    check("03/04/2024 - 08:00", &[
        (
            "Tuần 12/2024, dịch giảm; tuần thứ 15 năm 2024, tăng.",
            &[
                "period «Tuần 12/2024» end=\"2024-03-24\" relative=false start=\"2024-03-18\" year_inferred=false",
                "period «tuần thứ 15 năm 2024» end=\"2024-04-14\" relative=false start=\"2024-04-08\" year_inferred=false",
            ],
        ),
        // The first week of 2025 opens in 2024; 2026 has a 53rd.
        (
            "Tuần 1/2025 và tuần 53-2026; tuần 15 của năm ngoái.",
            &[
                "period «Tuần 1/2025» end=\"2025-01-05\" relative=false start=\"2024-12-30\" year_inferred=false",
                "period «tuần 53-2026» end=\"2027-01-03\" relative=false start=\"2026-12-28\" year_inferred=false",
                "period «tuần 15 của năm ngoái» end=\"2023-04-16\" relative=true start=\"2023-04-10\" year_inferred=false",
            ],
        ),
        // Counted with `thứ` (a week of a month is counted from its first
        // Monday: `tuần thứ 2 của tháng 1`).
        (
            "Tuần thứ 2 của năm 2025 và tuần thứ 2 của tháng 1/2025.",
            &[
                "period «Tuần thứ 2 của năm 2025» end=\"2025-01-12\" relative=false start=\"2025-01-06\" year_inferred=false",
                "period «tuần thứ 2 của tháng 1/2025» end=\"2025-01-19\" relative=false start=\"2025-01-13\" year_inferred=false",
            ],
        ),
        // Look-alikes: 2024 has no 53rd week; a week without its year; a
        // session of a year; a month after `tháng`.
        (
            "Tuần 53/2024 có 3 ca. Tuần 15, giảm. Kỳ 2/2024 và đợt 3-2024 xét tuyển; Kỳ họp thứ 7/2024.",
            &[
                "number «3 ca» unit=\"ca\" value=3",
                "number «15» unit=null value=15",
            ],
        ),
        (
            "Báo cáo tháng 12/2024, lần 2 trong năm.",
            &[
                "period «tháng 12/2024» end=\"2024-12-31\" relative=false start=\"2024-12-01\" year_inferred=false",
                "number «2» unit=null value=2",
            ],
        ),
    ]);
}

/// A range of days whose end is the 24th hour of its last day (`đến 24h
/// ngày 7/4`, `24 giờ`, `24h00`, `24:00`): one period, as with any other
/// hour. Before, the range was lost (two dates, `24 giờ` a number).
#[test]
#[rustfmt::skip]
fn ranges_ending_at_the_days_end() {
    check("03/04/2024 - 08:00", &[
        (
            "Từ 0h ngày 5/4 đến 24h ngày 7/4, cấm đường.",
            &["period «Từ 0h ngày 5/4 đến 24h ngày 7/4» end=\"2024-04-07\" relative=false start=\"2024-04-05\" year_inferred=true"],
        ),
        (
            "Ngày 1/4 họp; từ 0 giờ ngày 5/4 đến 24 giờ ngày 7/4, cấm đường.",
            &[
                "date «Ngày 1/4» date=\"2024-04-01\" day=1 month=4 relative=false year=2024 year_inferred=true",
                "period «từ 0 giờ ngày 5/4 đến 24 giờ ngày 7/4» end=\"2024-04-07\" relative=false start=\"2024-04-05\" year_inferred=true",
            ],
        ),
        (
            "Từ ngày 5/4 đến 24h00 ngày 7/4 và từ 8/4 đến 24:00 ngày 9/4.",
            &[
                "period «Từ ngày 5/4 đến 24h00 ngày 7/4» end=\"2024-04-07\" relative=false start=\"2024-04-05\" year_inferred=true",
                "period «từ 8/4 đến 24:00 ngày 9/4» end=\"2024-04-09\" relative=false start=\"2024-04-08\" year_inferred=true",
            ],
        ),
        // Look-alikes: no start; an hour that is no day's end.
        (
            "Trực 24h ngày 7/4. Từ ngày 5/4 đến 124h ngày 7/4.",
            &[
                "date «ngày 7/4» date=\"2024-04-07\" day=7 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 5/4» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
                "date «ngày 7/4» date=\"2024-04-07\" day=7 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// A weekday or a list or range of them labelling a timetable's line
/// (`Thứ 2 - Thứ 6: 7h30 - 17h`, `Thứ Bảy, Chủ nhật: nghỉ`): every such
/// day, no date. Before, each was the nearest such day of the dateline's
/// week (wrong values). With its date it stays a date.
#[test]
#[rustfmt::skip]
fn weekdays_labelling_a_timetable() {
    check("03/04/2024 - 08:00", &[
        (
            "Thứ 2 - Thứ 6: 7h30 - 17h00.",
            &[
                "time «7h30» time=\"07:30:00\"",
                "time «17h00» time=\"17:00:00\"",
            ],
        ),
        ("Thứ Bảy, Chủ nhật: nghỉ. Thứ Hai đến thứ Sáu : làm việc.", &[]),
        (
            "Thứ Bảy (6/4): thi. Chủ nhật, mưa.",
            &[
                "date «Thứ Bảy (6/4)» date=\"2024-04-06\" day=6 month=4 relative=false year=2024 year_inferred=true",
                "date «Chủ nhật» date=\"2024-03-31\" day=31 days=-3 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// Pairs after nouns of rounds, episodes and ranks (`Vòng 1/8`, `Tập
/// 2/4`, `hạng 3/10`) are ranks out of a number, and a scale after `tỷ lệ`
/// a ratio whatever its denominator (`tỷ lệ 1/2000`), with a colon too
/// (`tỷ lệ 1:500`, `tỷ lệ 3:1`). Before, `Vòng 1/8` was 1 August, `Tập
/// 2/4` 2 April and `tỷ lệ 1/2000` January 2000 (wrong values); the colon's
/// were none.
#[test]
#[rustfmt::skip]
fn ranks_after_rounds_and_scales_after_ty_le() {
    check("03/04/2024 - 08:00", &[
        (
            "Vòng 1/8 World Cup; Tập 2/4 của phim; hạng 3/10.",
            &[
                "ratio «1/8» denominator=8 numerator=1",
                "ratio «2/4» denominator=4 numerator=2",
                "ratio «3/10» denominator=10 numerator=3",
            ],
        ),
        (
            "Bản đồ tỷ lệ 1/2000 và tỉ lệ 1/500.",
            &[
                "ratio «1/2000» denominator=2000 numerator=1",
                "ratio «1/500» denominator=500 numerator=1",
            ],
        ),
        // A proportion with a colon, whichever term is the larger.
        (
            "Bản đồ tỷ lệ 1:500; tỷ lệ 3:1 giữa nam và nữ.",
            &[
                "ratio «1:500» denominator=500 numerator=1",
                "ratio «3:1» denominator=1 numerator=3",
            ],
        ),
        // Look-alikes: a date after `ngày`; a count after the scale; a
        // time after `lúc`; no term of 0.
        (
            "Lúc 3:15, tỉ lệ 1:0.",
            &["time «Lúc 3:15» time=\"03:15:00\""],
        ),
        (
            "Vòng loại diễn ra ngày 1/8; tỷ lệ 1/2000 người.",
            &["date «ngày 1/8» date=\"2024-08-01\" day=1 month=8 relative=false year=2024 year_inferred=true"],
        ),
    ]);
}

/// A half of a decade or a century (`nửa đầu thế kỷ 20`, `nửa cuối thập
/// niên 90`): the first or last half of its whole years. Before, the half
/// was dropped and the mention was the whole decade or century.
#[test]
#[rustfmt::skip]
fn halves_of_decades_and_centuries() {
    check("03/04/2024 - 08:00", &[
        (
            "Nửa đầu thế kỷ 20, nửa cuối thế kỷ XIX; nửa cuối thập niên 90, nửa đầu những năm 2000.",
            &[
                "period «Nửa đầu thế kỷ 20» end=\"1950-12-31\" relative=false start=\"1901-01-01\" year_inferred=false",
                "period «nửa cuối thế kỷ XIX» end=\"1900-12-31\" relative=false start=\"1851-01-01\" year_inferred=false",
                "period «nửa cuối thập niên 90» end=\"1999-12-31\" relative=false start=\"1995-01-01\" year_inferred=true",
                "period «nửa đầu những năm 2000» end=\"2004-12-31\" relative=false start=\"2000-01-01\" year_inferred=false",
            ],
        ),
        (
            "Nửa đầu thế kỷ trước.",
            &["period «Nửa đầu thế kỷ trước» end=\"1950-12-31\" relative=true start=\"1901-01-01\" year_inferred=false"],
        ),
        // Look-alikes: a part other than a half; a decade up to the
        // dateline's day.
        (
            "Đầu thế kỷ XXI; nửa cuối thập niên 1990 đến nay.",
            &[
                "period «thế kỷ XXI» end=\"2100-12-31\" relative=false start=\"2001-01-01\" year_inferred=false",
                "period «thập niên 1990 đến nay» end=\"2024-04-03\" relative=true start=\"1990-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// Two quarters of written years joined by a dash or `đến` (`quý II/2023
/// đến quý II/2024`, `Quý IV/2023 - quý I/2024`), or a quarter and a month
/// (`quý IV/2023 - tháng 1/2024`): one period, as two months across years
/// are. Before, each quarter was a mention of its own.
#[test]
#[rustfmt::skip]
fn quarters_of_two_years_joined() {
    check("03/04/2024 - 08:00", &[
        (
            "Quý IV/2023 - quý I/2024, doanh thu tăng; quý II/2023 đến quý II/2024, giảm.",
            &[
                "period «Quý IV/2023 - quý I/2024» end=\"2024-03-31\" relative=false start=\"2023-10-01\" year_inferred=false",
                "period «quý II/2023 đến quý II/2024» end=\"2024-06-30\" relative=false start=\"2023-04-01\" year_inferred=false",
            ],
        ),
        (
            "Quý IV/2023 - tháng 1/2024.",
            &["period «Quý IV/2023 - tháng 1/2024» end=\"2024-01-31\" relative=false start=\"2023-10-01\" year_inferred=false"],
        ),
        // Look-alikes: the second before the first; a list.
        (
            "Quý II/2024 - quý I/2024; quý I, quý II/2024.",
            &[
                "quarter «Quý II/2024» quarter=2 year=2024 year_inferred=false",
                "quarter «quý I/2024» quarter=1 year=2024 year_inferred=false",
                "quarter «quý I» quarter=1 year=2024 year_inferred=false",
                "quarter «quý II/2024» quarter=2 year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// `đến hết` and a week, month or year alone where the clause closes
/// (`đến hết tuần`, `đến hết tháng`, `đến hết năm`): up to the end of the
/// dateline's, as with `này`. Before, none; `đến hết năm học` stays none.
#[test]
#[rustfmt::skip]
fn until_the_end_of_this_week_month_or_year() {
    check("03/04/2024 - 08:00", &[
        (
            "Nắng kéo dài đến hết tuần; giá giữ đến hết tháng, rồi giảm đến hết năm.",
            &[
                "period «đến hết tuần» end=\"2024-04-07\" relative=true start=\"2024-04-03\" year_inferred=false",
                "period «đến hết tháng» end=\"2024-04-30\" relative=true start=\"2024-04-03\" year_inferred=false",
                "period «đến hết năm» end=\"2024-12-31\" relative=true start=\"2024-04-03\" year_inferred=false",
            ],
        ),
        // Look-alike: another year than the calendar's.
        ("Học bổng cấp đến hết năm học.", &[]),
    ]);
}

/// A bare hour right after a date, past spaces or a comma (`ngày mai 8h`,
/// `Sáng nay 8h`, `ngày 6/4/2024, 8h`, `Tối 2/4, 8 giờ`): a time, in the
/// date's part of day, as an hour before a date (`8h ngày 6/4`) already
/// was. Before, the hour was lost (or `8 giờ` a number).
#[test]
#[rustfmt::skip]
fn a_bare_hour_after_a_date() {
    check("03/04/2024 - 08:00", &[
        (
            "Thời gian: ngày 6/4/2024, 8h. Ngày mai 8h họp.",
            &[
                "date «ngày 6/4/2024» date=\"2024-04-06\" day=6 month=4 relative=false year=2024 year_inferred=false",
                "time «8h» time=\"08:00:00\"",
                "date «Ngày mai» date=\"2024-04-04\" day=4 days=1 month=4 relative=true year=2024 year_inferred=false",
                "time «8h» time=\"08:00:00\"",
            ],
        ),
        (
            "Tối 2/4, 8 giờ, họp; chiều nay 3h, họp.",
            &[
                "date «Tối 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "time «8 giờ» time=\"20:00:00\"",
                "date «chiều nay» date=\"2024-04-03\" day=3 days=0 month=4 relative=true year=2024 year_inferred=false",
                "time «3h» time=\"15:00:00\"",
            ],
        ),
        // Look-alikes: durations and counts after a date.
        (
            "Hôm qua 3 giờ đồng hồ; ngày 2/4, 3 giờ sau đó; ngày 3/4 2 người.",
            &[
                "date «Hôm qua» date=\"2024-04-02\" day=2 days=-1 month=4 relative=true year=2024 year_inferred=false",
                "number «3» unit=null value=3",
                "date «ngày 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
                "number «3» unit=null value=3",
                "date «ngày 3/4» date=\"2024-04-03\" day=3 month=4 relative=false year=2024 year_inferred=true",
                "number «2 người» unit=\"người\" value=2",
            ],
        ),
    ]);
}

/// A bare hour before a weekday and its date, past a comma (`8 giờ, thứ
/// Hai, ngày 8/4`, `14 giờ, thứ Sáu (5/4)`), as an invitation prints when
/// and where: a time. Before, a number. A weekday without its date after
/// the hour leaves it a count (`làm 8 giờ, thứ Hai đến thứ Sáu`).
#[test]
#[rustfmt::skip]
fn a_bare_hour_before_a_weekday_and_its_date() {
    check("03/04/2024 - 08:00", &[
        (
            "Thời gian: 8 giờ, thứ Hai, ngày 8/4; 14 giờ, thứ Sáu (5/4).",
            &[
                "time «8 giờ» time=\"08:00:00\"",
                "date «thứ Hai, ngày 8/4» date=\"2024-04-08\" day=8 month=4 relative=false year=2024 year_inferred=true",
                "time «14 giờ» time=\"14:00:00\"",
                "date «thứ Sáu (5/4)» date=\"2024-04-05\" day=5 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
        (
            "Họ làm 8 giờ, thứ Hai đến thứ Sáu.",
            &[
                "number «8» unit=null value=8",
                "period «thứ Hai đến thứ Sáu» end=\"2024-04-05\" relative=true start=\"2024-04-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// A day before a part of the next that opens a month (`đêm 31 rạng sáng
/// 1/4`, `đêm 30 rạng sáng mùng 1 Tết`): the eve, the last day of the month
/// before, as `30 Tết` is for Tết; and a day before a part of the next
/// after a time that took its own part (`22h30 đêm 15 rạng sáng 16/3`).
/// Before, each first day a number.
#[test]
#[rustfmt::skip]
fn the_night_before_a_first_day() {
    check("10/01/2025 - 08:00", &[
        (
            "Khoảng 22h30 đêm 15 rạng sáng 16/3, mưa; đêm 31 rạng sáng 1/4/2025, cháy.",
            &[
                "time «Khoảng 22h30 đêm» time=\"22:30:00\"",
                "date «15» date=\"2025-03-15\" day=15 month=3 relative=false year=2025 year_inferred=true",
                "date «rạng sáng 16/3» date=\"2025-03-16\" day=16 month=3 relative=false year=2025 year_inferred=true",
                "date «đêm 31» date=\"2025-03-31\" day=31 month=3 relative=false year=2025 year_inferred=false",
                "date «rạng sáng 1/4/2025» date=\"2025-04-01\" day=1 month=4 relative=false year=2025 year_inferred=false",
            ],
        ),
        (
            "Đêm 29 rạng sáng 1/3/2024; đêm 30 Tết là đêm 30 rạng sáng mùng 1 Tết.",
            &[
                "date «Đêm 29» date=\"2024-02-29\" day=29 month=2 relative=false year=2024 year_inferred=false",
                "date «rạng sáng 1/3/2024» date=\"2024-03-01\" day=1 month=3 relative=false year=2024 year_inferred=false",
                "lunar_date «đêm 30 Tết» date=\"2025-01-28\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2024 year_inferred=true",
                "lunar_date «đêm 30» date=\"2025-01-28\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2024 year_inferred=true",
                "lunar_date «rạng sáng mùng 1 Tết» date=\"2025-01-29\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2025 year_inferred=true",
            ],
        ),
        // Look-alikes: no eve of the first (the 28th of a leap February,
        // the 30th of March), and no date word before the day.
        (
            "Đêm 28 rạng sáng 1/3/2024; đêm 30 rạng sáng 1/4; phòng 31 rạng sáng 1/4.",
            &[
                "number «28» unit=null value=28",
                "date «rạng sáng 1/3/2024» date=\"2024-03-01\" day=1 month=3 relative=false year=2024 year_inferred=false",
                "number «30» unit=null value=30",
                "date «rạng sáng 1/4» date=\"2025-04-01\" day=1 month=4 relative=false year=2025 year_inferred=true",
                "number «31» unit=null value=31",
                "date «rạng sáng 1/4» date=\"2025-04-01\" day=1 month=4 relative=false year=2025 year_inferred=true",
            ],
        ),
    ]);
}

/// A month after the name of an event it names (`Cách mạng Tháng Tám`,
/// `Tổng khởi nghĩa tháng Tám`, `Cách mạng tháng Mười Nga`, the street
/// `Cách Mạng Tháng 8`): no period without its year; with it, the month.
/// Before, the month of the year nearest the dateline.
#[test]
#[rustfmt::skip]
fn months_naming_events() {
    check("20/03/2024 - 08:00", &[
        ("Kỷ niệm Cách mạng Tháng Tám và Tổng khởi nghĩa tháng Tám; Cách mạng tháng Mười Nga.", &[]),
        (
            "Cách mạng Tháng Tám năm 1945; cửa hàng trên đường Cách Mạng Tháng 8 (Q.3).",
            &[
                "period «Tháng Tám năm 1945» end=\"1945-08-31\" relative=false start=\"1945-08-01\" year_inferred=false",
                "number «8» unit=null value=8",
            ],
        ),
        // Look-alike: a month after other words.
        (
            "Mạng lưới tháng 8 mở rộng.",
            &["period «tháng 8» end=\"2024-08-31\" relative=false start=\"2024-08-01\" year_inferred=true"],
        ),
    ]);
}

/// Streets and bridges named for a date written out (`đường 3 Tháng 2`,
/// `đường Ba Tháng Hai`, `cầu 2 Tháng 9`, `Cầu 2/9`): no
/// date, as `đường 3/2` already was; with a year written, a date. And
/// `không` before a month counts nothing (`trên không tháng 12/1972`).
/// Before, each a date, and the month in the air none.
#[test]
#[rustfmt::skip]
fn places_named_for_dates_and_zero() {
    check("20/03/2024 - 08:00", &[
        ("Trên đường Ba Tháng Hai, Cầu 2/9 và cầu Hai Tháng Chín.", &[]),
        (
            "Điện Biên Phủ trên không tháng 12/1972; ngày 3 tháng 2 năm 2024.",
            &[
                "period «tháng 12/1972» end=\"1972-12-31\" relative=false start=\"1972-12-01\" year_inferred=false",
                "date «ngày 3 tháng 2 năm 2024» date=\"2024-02-03\" day=3 month=2 relative=false year=2024 year_inferred=false",
            ],
        ),
        // Look-alike: a date after another word.
        (
            "Tiết lộ 3 tháng 2 vừa qua.",
            &["date «3 tháng 2 vừa qua» date=\"2024-02-03\" day=3 month=2 relative=false year=2024 year_inferred=true"],
        ),
    ]);
}

/// A range to Tết (`từ nay đến Tết`, `Từ tháng 11 đến Tết`, `từ nay đến
/// Tết Nguyên đán`, `đến Tết Dương lịch`): up to the new year's first day,
/// `Tết` alone the first on or after the dateline's day. Before, none (or
/// the feast alone).
#[test]
#[rustfmt::skip]
fn ranges_to_tet() {
    check("20/12/2024 - 08:00", &[
        (
            "Từ nay đến Tết, giá tăng; từ tháng 11 đến Tết Nguyên đán, hàng về.",
            &[
                "period «Từ nay đến Tết» end=\"2025-01-29\" relative=true start=\"2024-12-20\" year_inferred=true",
                "period «từ tháng 11 đến Tết Nguyên đán» end=\"2025-01-29\" relative=false start=\"2024-11-01\" year_inferred=true",
            ],
        ),
        (
            "Từ nay tới Tết Dương lịch 2025.",
            &["period «Từ nay tới Tết Dương lịch 2025» end=\"2025-01-01\" relative=true start=\"2024-12-20\" year_inferred=false"],
        ),
        // Look-alike: `Tết` alone inside a clause, no range's end.
        ("Từ nay đến Tết sẽ có thêm hàng.", &[]),
    ]);
    check("20/03/2025 - 08:00", &[(
        "Từ nay đến Tết.",
        &["period «Từ nay đến Tết» end=\"2026-02-17\" relative=true start=\"2025-03-20\" year_inferred=true"],
    )]);
    // From `Tết` alone: the last one on or before the dateline's day.
    check("20/01/2024 - 08:00", &[(
        "Từ Tết đến nay, giá tăng.",
        &["period «Từ Tết đến nay» end=\"2024-01-20\" relative=true start=\"2023-01-22\" year_inferred=true"],
    )]);
    check("20/03/2024 - 08:00", &[(
        "Từ Tết tới cuối tháng 3.",
        &["period «Từ Tết tới cuối tháng 3» end=\"2024-03-31\" relative=false start=\"2024-02-10\" year_inferred=true"],
    )]);
}

/// `ngày` before `mùng` or `mồng` (`ngày mùng 6 tháng Giêng`, `ngày mồng
/// 10 tháng 3 âm lịch`, `ngày mùng 3 tháng Chạp`, `ngày mồng 1, 2, 3
/// Tết`): a lunar day, as without `ngày`. Before, a Gregorian date (6
/// January, 10 March) or the list without its first word.
#[test]
#[rustfmt::skip]
fn ngay_before_mung() {
    check("20/03/2024 - 08:00", &[
        (
            "Khai hội vào ngày mùng 6 tháng Giêng; giỗ ngày mồng 10 tháng 3 âm lịch.",
            &[
                "lunar_date «ngày mùng 6 tháng Giêng» date=\"2024-02-15\" leap_month=false lunar_day=6 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «ngày mồng 10 tháng 3 âm lịch» date=\"2024-04-18\" leap_month=false lunar_day=10 lunar_month=3 lunar_year=2024 year_inferred=true",
            ],
        ),
        (
            "Nghỉ ngày mồng 1, 2 Tết.",
            &[
                "lunar_date «ngày mồng 1» date=\"2024-02-10\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2024 year_inferred=true",
                "lunar_date «2 Tết» date=\"2024-02-11\" leap_month=false lunar_day=2 lunar_month=1 lunar_year=2024 year_inferred=true",
            ],
        ),
        // Look-alike: a month in digits without `âm lịch` stays Gregorian.
        (
            "Ngày mùng 5 tháng 5 và ngày mùng 2/9.",
            &[
                "date «Ngày mùng 5 tháng 5» date=\"2024-05-05\" day=5 month=5 relative=false year=2024 year_inferred=true",
                "date «ngày mùng 2/9» date=\"2024-09-02\" day=2 month=9 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// Midnight and noon named after a word that announces a time (`lúc nửa
/// đêm`, `vào khoảng giữa trưa`), before a date or where the clause closes:
/// 00:00 and 12:00. Before, the date alone (`nửa đêm 15/3`) or none.
#[test]
#[rustfmt::skip]
fn midnight_and_noon_after_luc() {
    check("20/03/2024 - 08:00", &[
        (
            "Cháy lúc nửa đêm ngày 15/3; tan lúc giữa trưa 16/3.",
            &[
                "time «lúc nửa đêm» time=\"00:00:00\"",
                "date «ngày 15/3» date=\"2024-03-15\" day=15 month=3 relative=false year=2024 year_inferred=true",
                "time «lúc giữa trưa» time=\"12:00:00\"",
                "date «16/3» date=\"2024-03-16\" day=16 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
        // Look-alikes: the day after the part (`nửa đêm qua`), and the part
        // before a date without `lúc`.
        (
            "Lúc nửa đêm qua và nửa đêm 15/3.",
            &[
                "date «nửa đêm qua» date=\"2024-03-19\" day=19 days=-1 month=3 relative=true year=2024 year_inferred=false",
                "date «nửa đêm 15/3» date=\"2024-03-15\" day=15 month=3 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// `Năm` with its capital after `tháng` is May, before a year or a
/// direction too (`tháng Năm 2024`, `tháng Năm vừa qua`, `ngày 5 tháng Năm
/// 2024`). Before, `Năm 2024` was the year, `Năm vừa qua` the past year
/// and `5 tháng Năm 2024` five months. In small letters before a year it
/// stays the year (`9 tháng năm 2018`: the first nine months).
#[test]
#[rustfmt::skip]
fn may_by_its_capital() {
    check("20/03/2024 - 08:00", &[
        (
            "Từ tháng Năm 2023 đến nay; ngày 5 tháng Năm 2024; tháng Năm vừa qua.",
            &[
                "period «Từ tháng Năm 2023 đến nay» end=\"2024-03-20\" relative=true start=\"2023-05-01\" year_inferred=false",
                "date «ngày 5 tháng Năm 2024» date=\"2024-05-05\" day=5 month=5 relative=false year=2024 year_inferred=false",
                "period «tháng Năm vừa qua» end=\"2023-05-31\" relative=false start=\"2023-05-01\" year_inferred=true",
            ],
        ),
        // Look-alike: the small letter before a year.
        (
            "Doanh thu 9 tháng năm 2018 tăng.",
            &["period «9 tháng năm 2018» end=\"2018-09-30\" relative=false start=\"2018-01-01\" year_inferred=false"],
        ),
    ]);
}

/// `năm` in small letters before a year is May where no count of months
/// can stand: a day past eleven (`29 tháng năm 2017`, `12 tháng năm
/// 2017`), or a word that announces a date before it (`ngày 9 tháng năm
/// 2018`, `thứ hai, 29 tháng năm 2017`, dateparser's form). Before, the
/// day was a number and `năm 2017` the year, and `ngày 9 tháng năm 2018`
/// the first nine months.
#[test]
#[rustfmt::skip]
fn may_in_small_letters_where_no_count_stands() {
    check("20/03/2024 - 08:00", &[
        (
            "Thứ hai, 29 tháng năm 2017, trời mưa; ngày 9 tháng năm 2018 và 12 tháng năm 2019.",
            &[
                "date «Thứ hai, 29 tháng năm 2017» date=\"2017-05-29\" day=29 month=5 relative=false year=2017 year_inferred=false",
                "date «ngày 9 tháng năm 2018» date=\"2018-05-09\" day=9 month=5 relative=false year=2018 year_inferred=false",
                "date «12 tháng năm 2019» date=\"2019-05-12\" day=12 month=5 relative=false year=2019 year_inferred=false",
            ],
        ),
        // Look-alikes: a count of months before the year, and before a
        // year counted from the dateline's.
        (
            "Sau 11 tháng năm 2018, lãi 15 tháng năm nay.",
            &[
                "period «11 tháng năm 2018» end=\"2018-11-30\" relative=false start=\"2018-01-01\" year_inferred=false",
                "number «15» unit=null value=15",
                "period «năm nay» end=\"2024-12-31\" relative=true start=\"2024-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// `ngày hôm sau`, `ngày hôm trước`, `ngày hôm đó` before a date in
/// brackets: `ngày` and the word of the day after it open the mention.
/// Before, the date in brackets alone.
#[test]
#[rustfmt::skip]
fn ngay_hom_sau_before_a_bracketed_date() {
    check("20/03/2024 - 08:00", &[(
        "Ngày hôm sau (21/3), ổn định; ngày hôm trước (19/3) và ngày hôm qua thì không.",
        &[
            "date «Ngày hôm sau (21/3)» date=\"2024-03-21\" day=21 month=3 relative=false year=2024 year_inferred=true",
            "date «ngày hôm trước (19/3)» date=\"2024-03-19\" day=19 month=3 relative=false year=2024 year_inferred=true",
            "date «ngày hôm qua» date=\"2024-03-19\" day=19 days=-1 month=3 relative=true year=2024 year_inferred=false",
        ],
    )]);
}

/// A weekday and a day without its month where the clause closes
/// (`thứ Sáu ngày 13,`): that day of the month nearest the dateline, up to
/// six months away, on which it falls on the weekday. Before, the day of
/// the nearest month whatever its weekday (13 March 2024, a Wednesday).
#[test]
#[rustfmt::skip]
fn a_weekday_chooses_the_month_of_its_day() {
    check("20/03/2024 - 08:00", &[
        (
            "Thứ Sáu ngày 13, trời mưa; vào thứ Năm, ngày 21.",
            &[
                "date «Thứ Sáu ngày 13» date=\"2023-10-13\" day=13 month=10 relative=true year=2023 year_inferred=false",
                "date «thứ Năm, ngày 21» date=\"2024-03-21\" day=21 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
        // Look-alike: a number after a weekday without `ngày`.
        ("Thứ Hai, 2 người đến.", &["date «Thứ Hai» date=\"2024-03-18\" day=18 days=-2 month=3 relative=true year=2024 year_inferred=false", "number «2 người» unit=\"người\" value=2"]),
    ]);
}

/// Births and lives: `SN: 1985` (a colon after `SN`), `năm sinh 1990`, and
/// a life's years in brackets before 1900 or over a hundred years long
/// (`Nguyễn Du (1766-1820)`, `Võ Nguyên Giáp (1911 - 2013)`): the whole
/// years. Before, none.
#[test]
#[rustfmt::skip]
fn births_and_lives() {
    check("20/03/2024 - 08:00", &[
        (
            "Ông A (SN: 1985), năm sinh 1960; Nguyễn Du (1766-1820), Võ Nguyên Giáp (1911 - 2013).",
            &[
                "period «SN: 1985» end=\"1985-12-31\" relative=false start=\"1985-01-01\" year_inferred=false",
                "period «năm sinh 1960» end=\"1960-12-31\" relative=false start=\"1960-01-01\" year_inferred=false",
                "period «1766-1820» end=\"1820-12-31\" relative=false start=\"1766-01-01\" year_inferred=false",
                "period «1911 - 2013» end=\"2013-12-31\" relative=false start=\"1911-01-01\" year_inferred=false",
            ],
        ),
        // Look-alikes: a range of counts in brackets, `năm sinh viên`.
        (
            "Có (1500-1800 người) dự; năm sinh viên.",
            &["number «1500-1800 người» unit=\"người\" value=1500 value_to=1800"],
        ),
    ]);
}

/// A leap month (`tháng 6 nhuận năm 2025`, `tháng 2 nhuận năm Quý Mão`,
/// `đầu tháng 6 nhuận`): the Gregorian days of that lunar month, as with
/// `âm lịch`. Before, the Gregorian June and the year apart.
#[test]
#[rustfmt::skip]
fn leap_months() {
    check("20/03/2024 - 08:00", &[(
        "Tháng 6 nhuận năm 2025 và tháng 2 nhuận năm Quý Mão; đầu tháng 6 nhuận năm 2025.",
        &[
            "period «Tháng 6 nhuận năm 2025» end=\"2025-08-22\" relative=false start=\"2025-07-25\" year_inferred=false",
            "period «tháng 2 nhuận năm Quý Mão» end=\"2023-04-19\" relative=false start=\"2023-03-22\" year_inferred=false",
            "period «đầu tháng 6 nhuận năm 2025» end=\"2025-08-03\" relative=false start=\"2025-07-25\" year_inferred=false",
        ],
    )]);
}

/// A day inside a list joined by commas whose last day holds the month
/// (`các ngày 20, 21, 22/3`): a date of that month with its year inferred,
/// as the first is. Before, `21` was the 21st nearest the dateline
/// (21 January under a dateline of 20 January: a wrong value).
#[test]
#[rustfmt::skip]
fn a_day_inside_a_list_takes_the_lists_month() {
    check("20/01/2024 - 08:00", &[(
        "Hội chợ mở các ngày 20, 21, 22/3.",
        &[
            "date «ngày 20» date=\"2024-03-20\" day=20 month=3 relative=false year=2024 year_inferred=true",
            "date «21» date=\"2024-03-21\" day=21 month=3 relative=false year=2024 year_inferred=true",
            "date «22/3» date=\"2024-03-22\" day=22 month=3 relative=false year=2024 year_inferred=true",
        ],
    )]);
}

/// A range of years whose last is written by its two last digits after a
/// word naming a span of years (`giai đoạn 2021-25`, `nhiệm kỳ 2020-25`):
/// the whole years. Before, none.
#[test]
#[rustfmt::skip]
fn a_span_of_years_ending_in_two_digits() {
    check("20/03/2024 - 08:00", &[
        (
            "Giai đoạn 2021-25 và nhiệm kỳ 2020-25.",
            &[
                "period «2021-25» end=\"2025-12-31\" relative=false start=\"2021-01-01\" year_inferred=false",
                "period «2020-25» end=\"2025-12-31\" relative=false start=\"2020-01-01\" year_inferred=false",
            ],
        ),
        // Look-alikes: other words before it, a count after it, an end
        // before the start.
        ("Mã 2021-25; kế hoạch 2021-25 người; giai đoạn 2021-20.", &[]),
    ]);
}

/// The weekday in brackets after a period's last day, when that day falls
/// on it (`đến hết ngày 12/4/2024 (thứ Sáu)`, `từ ngày 8/4 (thứ Hai) đến
/// hết ngày 12/4 (thứ Sáu)`): the period's. Before, a mention of its own,
/// the such day nearest the dateline (a wrong value).
#[test]
#[rustfmt::skip]
fn the_weekday_of_a_periods_last_day() {
    check("20/03/2024 - 08:00", &[
        (
            "Từ ngày 8/4 (thứ Hai) đến hết ngày 12/4 (thứ Sáu), nghỉ.",
            &["period «Từ ngày 8/4 (thứ Hai) đến hết ngày 12/4 (thứ Sáu)» end=\"2024-04-12\" relative=false start=\"2024-04-08\" year_inferred=true"],
        ),
        (
            "Hạn đến hết ngày 12/4/2024 (thứ Sáu).",
            &["period «đến hết ngày 12/4/2024 (thứ Sáu)» end=\"2024-04-12\" relative=true start=\"2024-03-20\" year_inferred=false"],
        ),
        // Look-alike: a weekday the last day does not fall on stays apart.
        (
            "Hạn đến hết ngày 12/4/2024 (thứ Năm).",
            &[
                "period «đến hết ngày 12/4/2024» end=\"2024-04-12\" relative=true start=\"2024-03-20\" year_inferred=false",
                "date «thứ Năm» date=\"2024-03-21\" day=21 days=1 month=3 relative=true year=2024 year_inferred=false",
            ],
        ),
    ]);
}

/// Two days written with dots and joined after a word that announces a day
/// (`ngày 30.3 - 2.4`, `ngày 30.3-2.4`, `dịp 30.4 - 1.5`): one period, as
/// with slashes or hyphens. Before, the first date alone (or none).
#[test]
#[rustfmt::skip]
fn dotted_days_joined() {
    check("20/03/2024 - 08:00", &[
        (
            "Hội chợ ngày 30.3 - 2.4.2024; triển lãm ngày 30.3-2.4.",
            &[
                "period «ngày 30.3 - 2.4.2024» end=\"2024-04-02\" relative=false start=\"2024-03-30\" year_inferred=false",
                "period «ngày 30.3-2.4» end=\"2024-04-02\" relative=false start=\"2024-03-30\" year_inferred=true",
            ],
        ),
        // Look-alike: decimals joined without a word before them.
        ("Tăng 30.3-2.4 lần.", &[]),
    ]);
}

/// A day and month joined by a dot after a word that places a day
/// (`trước 30.4,`, `vào 2.9 năm nay`, `sau 15.3 vừa qua`, `đến 6.8,`), where
/// the clause closes or a year or a direction follows: a date, as after
/// `từ`. Before, none.
#[test]
#[rustfmt::skip]
fn dotted_days_after_words_that_place_them() {
    check("20/03/2024 - 08:00", &[
        (
            "Xong trước 30.4, khai trương vào 2.9 năm nay.",
            &[
                "date «30.4» date=\"2024-04-30\" day=30 month=4 relative=false year=2024 year_inferred=true",
                "date «2.9 năm nay» date=\"2024-09-02\" day=2 month=9 relative=true year=2024 year_inferred=false",
            ],
        ),
        // Look-alikes: decimals before a unit, a hyphen after such a word.
        (
            "Tăng đến 30.4 điểm; trước 6-8 người.",
            &["number «6-8 người» unit=\"người\" value=6 value_to=8"],
        ),
    ]);
}

/// Days of a month made lunar by the mark after the last end (`ngày
/// 10-12/3 âm lịch`, `từ 10/3 đến 12/3 (âm lịch)`, `10 - 12/3 ÂL`), by a
/// month's name (`ngày 10-12 tháng Giêng`) or by a year named in the cycle
/// (`ngày 10-12 tháng 3 năm Giáp Thìn`): one period of their Gregorian
/// days. Before, the same days of the Gregorian month.
#[test]
#[rustfmt::skip]
fn lunar_days_of_a_range() {
    check("20/01/2024 - 08:00", &[
        (
            "Hội diễn ra ngày 10-12/3 âm lịch, từ ngày 10 đến 12/3 (âm lịch) và từ mùng 10 đến 12 tháng 3 âm lịch.",
            &[
                "period «ngày 10-12/3 âm lịch» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=true",
                "period «từ ngày 10 đến 12/3 (âm lịch)» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=true",
                "period «từ mùng 10 đến 12 tháng 3 âm lịch» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=true",
            ],
        ),
        (
            "Hội từ 10/3 đến 12/3 (âm lịch), 10/3 - 12/3 âm lịch, 10 - 12/3 ÂL.",
            &[
                "period «từ 10/3 đến 12/3 (âm lịch)» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=true",
                "period «10/3 - 12/3 âm lịch» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=true",
                "period «10 - 12/3 ÂL» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=true",
            ],
        ),
        (
            // Across the turn of the lunar year; a first day after the last.
            "Nghỉ từ 28/12 đến 5/1 âm lịch; hội ngày 28-3/4 âm lịch.",
            &[
                "period «từ 28/12 đến 5/1 âm lịch» end=\"2024-02-14\" relative=false start=\"2024-02-07\" year_inferred=true",
                "period «ngày 28-3/4 âm lịch» end=\"2024-05-10\" relative=false start=\"2024-05-06\" year_inferred=true",
            ],
        ),
        (
            "Hội ngày 10-12 tháng Giêng, ngày 10-12/3 âm lịch năm 2024, ngày 10-12 tháng 3 năm Giáp Thìn.",
            &[
                "period «ngày 10-12 tháng Giêng» end=\"2024-02-21\" relative=false start=\"2024-02-19\" year_inferred=true",
                "period «ngày 10-12/3 âm lịch năm 2024» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=false",
                "period «ngày 10-12 tháng 3 năm Giáp Thìn» end=\"2024-04-20\" relative=false start=\"2024-04-18\" year_inferred=false",
            ],
        ),
        // Look-alikes: the Gregorian days, marked or not.
        (
            "Hội từ 10/3 đến 12/3 dương lịch, ngày 10-12/3.",
            &[
                "period «từ 10/3 đến 12/3» end=\"2024-03-12\" relative=false start=\"2024-03-10\" year_inferred=true",
                "period «ngày 10-12/3» end=\"2024-03-12\" relative=false start=\"2024-03-10\" year_inferred=true",
            ],
        ),
    ]);
}

/// A range whose first end is glossed in brackets with its lunar day or a
/// feast's name (`từ ngày 8/2 (tức 29 tháng Chạp) đến hết ngày 14/2`, `từ
/// ngày 30/4 (ngày Giải phóng miền Nam) đến 1/5`): one period, the gloss in
/// its text; the last end's gloss stays a mention of its own. Before, the
/// first date and its gloss apart, and the period to the last end counted
/// from the dateline (or two dates).
#[test]
#[rustfmt::skip]
fn a_range_over_a_gloss_of_its_first_end() {
    check("20/01/2024 - 08:00", &[
        (
            "Nghỉ từ ngày 8/2 (tức 29 tháng Chạp) đến hết ngày 14/2 (tức mùng 5 tháng Giêng).",
            &[
                "period «từ ngày 8/2 (tức 29 tháng Chạp) đến hết ngày 14/2» end=\"2024-02-14\" relative=false start=\"2024-02-08\" year_inferred=true",
                "lunar_date «mùng 5 tháng Giêng» date=\"2024-02-14\" leap_month=false lunar_day=5 lunar_month=1 lunar_year=2024 year_inferred=true",
            ],
        ),
        (
            "Nghỉ từ 8/2/2024 (29 Tết) đến 14/2/2024; mở từ ngày 30/4 (ngày Giải phóng miền Nam) đến 1/5.",
            &[
                "period «từ 8/2/2024 (29 Tết) đến 14/2/2024» end=\"2024-02-14\" relative=false start=\"2024-02-08\" year_inferred=false",
                "period «từ ngày 30/4 (ngày Giải phóng miền Nam) đến 1/5» end=\"2024-05-01\" relative=false start=\"2024-04-30\" year_inferred=true",
            ],
        ),
        // A lunar first end glossed with its Gregorian date, with `tức` or
        // the date alone in brackets (not a range from the bracket).
        (
            "Nghỉ từ 29 tháng Chạp (tức 8/2) đến mùng 5 Tết; từ 29 Tết (8/2) đến hết mùng 5 Tết (14/2).",
            &[
                "period «từ 29 tháng Chạp (tức 8/2) đến mùng 5 Tết» end=\"2024-02-14\" relative=false start=\"2024-02-08\" year_inferred=true",
                "period «từ 29 Tết (8/2) đến hết mùng 5 Tết» end=\"2024-02-14\" relative=false start=\"2024-02-08\" year_inferred=true",
                "date «(14/2)» date=\"2024-02-14\" day=14 month=2 relative=false year=2024 year_inferred=true",
            ],
        ),
        // Look-alikes: a gloss of another day, a gloss with no range after it.
        (
            "Từ ngày 8/2 (tức 28 tháng Chạp) đến ngày 14/2; ngày 8/2 (tức 29 tháng Chạp), trời rét.",
            &[
                "date «ngày 8/2» date=\"2024-02-08\" day=8 month=2 relative=false year=2024 year_inferred=true",
                "lunar_date «28 tháng Chạp» date=\"2024-02-07\" leap_month=false lunar_day=28 lunar_month=12 lunar_year=2023 year_inferred=true",
                "date «ngày 14/2» date=\"2024-02-14\" day=14 month=2 relative=false year=2024 year_inferred=true",
                "date «ngày 8/2» date=\"2024-02-08\" day=8 month=2 relative=false year=2024 year_inferred=true",
                "lunar_date «29 tháng Chạp» date=\"2024-02-08\" leap_month=false lunar_day=29 lunar_month=12 lunar_year=2023 year_inferred=true",
            ],
        ),
    ]);
}

/// `Tháng Giêng` and `Tháng Chạp` with a year after a comma (`1 Tháng
/// Giêng, 2026`, `Tháng Giêng, 2026`), as the press abroad writes the
/// Gregorian January and December; with `năm` before the year, after
/// `rằm` or `Tết`, or a count after the comma, the lunar months as
/// before.
#[test]
#[rustfmt::skip]
fn named_months_with_a_year_after_a_comma_are_gregorian() {
    check("06/12/2025 - 08:00", &[
        (
            "Sắc lệnh có hiệu lực từ ngày 1 Tháng Giêng, 2026 đến hết Tháng Giêng, 2026.",
            &[
                "period «từ ngày 1 Tháng Giêng, 2026 đến hết Tháng Giêng, 2026» end=\"2026-01-31\" relative=false start=\"2026-01-01\" year_inferred=false",
            ],
        ),
        (
            "Ngày 20 Tháng Chạp, 2025, trời lạnh; từ ngày 1 đến 3 Tháng Giêng, 2026 nghỉ.",
            &[
                "date «Ngày 20 Tháng Chạp, 2025» date=\"2025-12-20\" day=20 month=12 relative=false year=2025 year_inferred=false",
                "period «từ ngày 1 đến 3 Tháng Giêng, 2026» end=\"2026-01-03\" relative=false start=\"2026-01-01\" year_inferred=false",
            ],
        ),
        (
            "Trong Tháng Giêng, 2026, giá tăng.",
            &[
                "period «Tháng Giêng, 2026» end=\"2026-01-31\" relative=false start=\"2026-01-01\" year_inferred=false",
            ],
        ),
        (
            "Ngày 15 tháng Giêng năm 2026, rằm tháng Giêng, 2026 và mùng 1 Tết, 2026; ngày 1 tháng Giêng, 20 người đến.",
            &[
                "lunar_date «Ngày 15 tháng Giêng năm 2026» date=\"2026-03-03\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2026 year_inferred=false",
                "lunar_date «rằm tháng Giêng» date=\"2026-03-03\" leap_month=false lunar_day=15 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «mùng 1 Tết» date=\"2026-02-17\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2026 year_inferred=true",
                "lunar_date «ngày 1 tháng Giêng» date=\"2026-02-17\" leap_month=false lunar_day=1 lunar_month=1 lunar_year=2026 year_inferred=true",
                "number «20 người» unit=\"người\" value=20",
            ],
        ),
        (
            // Four digits after the comma that count (`2000 người`): no year.
            "Ngày 5 tháng Giêng, 2000 người dự lễ.",
            &[
                "lunar_date «Ngày 5 tháng Giêng» date=\"2026-02-21\" leap_month=false lunar_day=5 lunar_month=1 lunar_year=2026 year_inferred=true",
                "number «2000 người» unit=\"người\" value=2000",
            ],
        ),
    ]);
}

/// `tháng Giêng` and `tháng Chạp` alone, or with a year, a part or a
/// direction (`trong tháng Giêng`, `tháng Giêng năm 2025`, `cuối tháng
/// Chạp`): the first and the last lunar month, as after a day (`ngày 15
/// tháng Giêng`); `dương lịch` after them makes them January and December.
/// Before, January and December.
#[test]
#[rustfmt::skip]
fn the_lunar_months_by_their_names() {
    check("20/01/2024 - 08:00", &[
        (
            "Hội trong tháng Giêng, chợ họp tháng Chạp; tháng Giêng năm 2025 cũng vậy.",
            &[
                "period «tháng Giêng» end=\"2024-03-09\" relative=false start=\"2024-02-10\" year_inferred=true",
                "period «tháng Chạp» end=\"2024-02-09\" relative=false start=\"2024-01-11\" year_inferred=true",
                "period «tháng Giêng năm 2025» end=\"2025-02-27\" relative=false start=\"2025-01-29\" year_inferred=false",
            ],
        ),
        (
            "Đầu tháng Giêng và cuối tháng Chạp, khách đông.",
            &[
                "period «Đầu tháng Giêng» end=\"2024-02-19\" relative=false start=\"2024-02-10\" year_inferred=true",
                "period «cuối tháng Chạp» end=\"2024-02-09\" relative=false start=\"2024-01-31\" year_inferred=true",
            ],
        ),
        // Look-alikes: the Gregorian months, marked or by their numbers.
        (
            "Tháng Giêng dương lịch và tháng Một năm 2024, xuất khẩu tăng.",
            &[
                "period «Tháng Giêng» end=\"2024-01-31\" relative=false start=\"2024-01-01\" year_inferred=true",
                "period «tháng Một năm 2024» end=\"2024-01-31\" relative=false start=\"2024-01-01\" year_inferred=false",
            ],
        ),
    ]);
}

/// Days of a month joined by a dash with the month and year after a dot
/// (`20 - 22.3.2024`, `20-22.3.2024`), or the month alone after a date
/// word (`ngày 20-22.3`): one period, as with a slash. Before, none (or a
/// number and the last date).
#[test]
#[rustfmt::skip]
fn days_of_a_dotted_month() {
    check("20/03/2024 - 08:00", &[
        (
            "Hội chợ 20 - 22.3.2024, hội thảo ngày 20-22.3.2024, triển lãm ngày 25-27.3 tại Cần Thơ.",
            &[
                "period «20 - 22.3.2024» end=\"2024-03-22\" relative=false start=\"2024-03-20\" year_inferred=false",
                "period «ngày 20-22.3.2024» end=\"2024-03-22\" relative=false start=\"2024-03-20\" year_inferred=false",
                "period «ngày 25-27.3» end=\"2024-03-27\" relative=false start=\"2024-03-25\" year_inferred=true",
            ],
        ),
        // Look-alikes: decimals without a date word or a year.
        ("Giá tăng 20-22.3 lần.", &[]),
    ]);
}

/// Places of more than one word named for a date (`đại lộ 30/4`, `Nhà văn
/// hóa 3/2`, `Sân vận động 19/8`, `Quảng trường 2/4`, `Công ty 19/5`, `ngã
/// tư 3/2`, `vòng xoay 3/2`, `Bến xe 29/3`): no date, as after `đường`.
/// Before, each a date.
#[test]
#[rustfmt::skip]
fn places_of_more_words_named_for_dates() {
    check("20/03/2024 - 08:00", &[
        ("Đi qua đại lộ 30/4, Nhà văn hóa 3/2, Sân vận động 19/8 và Quảng trường 2/4.", &[]),
        ("Công ty 19/5 ở ngã tư 3/2, gần vòng xoay 3/2 và Bến xe 29/3.", &[]),
        // Look-alikes: the last word after another (`tiết lộ`, `cập cảng`,
        // `năm học`, `thứ ba`).
        (
            "Tiết lộ 3/2; cập cảng 19/5; khai giảng năm học 5/9; thứ ba 2/4.",
            &[
                "date «3/2» date=\"2024-02-03\" day=3 month=2 relative=false year=2024 year_inferred=true",
                "date «19/5» date=\"2024-05-19\" day=19 month=5 relative=false year=2024 year_inferred=true",
                "date «5/9» date=\"2024-09-05\" day=5 month=9 relative=false year=2024 year_inferred=true",
                "date «thứ ba 2/4» date=\"2024-04-02\" day=2 month=4 relative=false year=2024 year_inferred=true",
            ],
        ),
    ]);
}

/// A figure parted from a month or year by a comma or a bracket counts
/// nothing there (`lần 8, tháng 5/1941`, `khóa 8 (tháng 5/1941)`): the
/// month is read whole. Before, `5/1941` alone or nothing at all.
#[test]
#[rustfmt::skip]
fn a_figure_parted_from_the_month_after_it() {
    check("28/08/2025 - 20:36", &[
        (
            "Hội nghị lần 8, tháng 5/1941 và Hội nghị khóa 8 (tháng 5 năm 1941); tổ 3. Tháng 6 năm nay.",
            &[
                "number «8» unit=null value=8",
                "period «tháng 5/1941» end=\"1941-05-31\" relative=false start=\"1941-05-01\" year_inferred=false",
                "number «8» unit=null value=8",
                "period «tháng 5 năm 1941» end=\"1941-05-31\" relative=false start=\"1941-05-01\" year_inferred=false",
                "number «3» unit=null value=3",
                "period «Tháng 6 năm nay» end=\"2025-06-30\" relative=true start=\"2025-06-01\" year_inferred=false",
            ],
        ),
        // Look-alikes: months counted across a space (`8 tháng`, `3 tháng
        // 2 lần`).
        (
            "Sau 8 tháng thi công, mỗi 3 tháng 2 lần kiểm tra.",
            &[
                "number «8» unit=null value=8",
                "number «3» unit=null value=3",
                "number «2» unit=null value=2",
            ],
        ),
    ]);
}
