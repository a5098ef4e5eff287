//! Figures as typed mentions, read through the public API and the JSON.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

use vn_article::{Currency, Decimal, MentionValue};

/// The mentions of a lead, as (text, value).
fn figures(lead: &str) -> Vec<(String, MentionValue)> {
    let text = format!("03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - {lead}\n");
    let a = util::article(&text);
    a.mentions
        .iter()
        .map(|m| (m.text.to_string(), m.value.clone()))
        .collect()
}

/// The decimal written `s`.
fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn money(v: &str, code: &str) -> MentionValue {
    MentionValue::money(dec(v), code.parse().unwrap())
}

fn number(v: &str, unit: Option<&str>) -> MentionValue {
    MentionValue::number(dec(v), unit.map(|u| u.parse().unwrap()))
}

#[test]
fn every_form_of_the_issue() {
    assert_eq!(
        figures("Đạt 53,68% kế hoạch năm, kết nạp 51/95 đảng viên."),
        [
            (
                "53,68%".to_string(),
                MentionValue::percent(dec("53.68"), None)
            ),
            ("51/95".to_string(), MentionValue::ratio(51, 95)),
        ]
    );
    assert_eq!(
        figures("Triển khai 66.032 cuộc thanh tra."),
        [("66.032".to_string(), number("66032", None))]
    );
    assert_eq!(
        figures("Kiến nghị thu hồi 256.341 tỉ đồng."),
        [(
            "256.341 tỉ đồng".to_string(),
            money("256341000000000", "VND")
        )]
    );
    assert_eq!(
        figures("Giá vàng lên 4.489,5 USD/ounce."),
        [("4.489,5 USD".to_string(), money("4489.5", "USD"))]
    );
    assert_eq!(
        figures("Giá từ 450.000 đồng -1,2 triệu đồng."),
        [(
            "450.000 đồng -1,2 triệu đồng".to_string(),
            MentionValue::money_range(dec("450000"), dec("1200000"), Currency::Vnd)
        )]
    );
    // `năm trước` is the year before the dateline's.
    let found = figures("Tăng 15-25% so với năm trước.");
    assert_eq!(
        found[0],
        (
            "15-25%".to_string(),
            MentionValue::percent(dec("15"), Some(dec("25")))
        )
    );
    let (text, value) = &found[1];
    let MentionValue::Period {
        start,
        end,
        relative,
        year_inferred,
        ..
    } = value
    else {
        panic!("{value:?}")
    };
    assert_eq!(
        (text.as_str(), *start, *end, *relative, *year_inferred),
        (
            "năm trước",
            chrono::NaiveDate::from_ymd_opt(2023, 1, 1),
            chrono::NaiveDate::from_ymd_opt(2023, 12, 31),
            true,
            false
        )
    );
    assert_eq!(found.len(), 2);
    // Each end with its sign, spaced or not.
    assert_eq!(
        figures("Khoảng 20%-30%, 1% - 2,5% dân số; 5%-6 người."),
        [
            (
                "20%-30%".to_string(),
                MentionValue::percent(dec("20"), Some(dec("30")))
            ),
            (
                "1% - 2,5%".to_string(),
                MentionValue::percent(dec("1"), Some(dec("2.5")))
            ),
            ("5%".to_string(), MentionValue::percent(dec("5"), None)),
            // No range of a percent and a count: each is its own.
            ("6 người".to_string(), number("6", Some("người"))),
        ]
    );
    // The sign written out; `điểm phần trăm` stays a unit (points), and
    // `phần` alone no sign.
    assert_eq!(
        figures("Tăng 50 phần trăm, 15-20 phần trăm dân số, 2,5 điểm phần trăm; 5 phần."),
        [
            (
                "50 phần trăm".to_string(),
                MentionValue::percent(dec("50"), None)
            ),
            (
                "15-20 phần trăm".to_string(),
                MentionValue::percent(dec("15"), Some(dec("20")))
            ),
            (
                "2,5 điểm phần trăm".to_string(),
                number("2.5", Some("điểm phần trăm"))
            ),
            ("5".to_string(), number("5", None)),
        ]
    );
    assert_eq!(
        figures("Khối lượng 1,7934g."),
        [("1,7934g".to_string(), number("1.7934", Some("g")))]
    );
}

/// Amounts written in parts, each under a smaller multiplier, or with half
/// the multiplier after it (`rưỡi`): one figure.
#[test]
fn amounts_in_parts() {
    let one = |text: &str, v: MentionValue| vec![(text.to_string(), v)];
    assert_eq!(
        figures("Chi phí 3 tỉ 500 triệu đồng."),
        one("3 tỉ 500 triệu đồng", money("3500000000", "VND"))
    );
    assert_eq!(
        figures("Lương 2 triệu 500 nghìn đồng/tháng."),
        one("2 triệu 500 nghìn đồng", money("2500000", "VND"))
    );
    assert_eq!(
        figures("Tổng 1 tỷ 200 triệu 50 nghìn đồng."),
        one("1 tỷ 200 triệu 50 nghìn đồng", money("1200050000", "VND"))
    );
    assert_eq!(
        figures("Thu 3 tỷ 500 triệu."),
        one("3 tỷ 500 triệu", number("3500000000", None))
    );
    // `rưỡi` after a multiplier: and half of it; after a bare number it
    // is no part of the figure (`1 tiếng rưỡi` is a duration).
    assert_eq!(
        figures("Chi 1 triệu rưỡi mỗi tháng, giá 2 tỷ rưỡi đồng, thưởng 3 nghìn rưỡi; mất 1 tiếng rưỡi."),
        [
            ("1 triệu rưỡi".to_string(), number("1500000", None)),
            ("2 tỷ rưỡi đồng".to_string(), money("2500000000", "VND")),
            ("3 nghìn rưỡi".to_string(), number("3500", None)),
            ("1".to_string(), number("1", None)),
        ]
    );
    // A digit alone after a multiplier of a thousand or more, closing the
    // figure or before a currency: its tenth, as spoken (`ba triệu hai`);
    // glued to `tr` too. Before a word, or glued to `k` (`2k5`, born in
    // 2005), it is none.
    assert_eq!(
        figures("Lương 3 triệu 2, giá 1 tỷ 2 đồng, vé 5 nghìn 2; phí 1tr5."),
        [
            ("3 triệu 2".to_string(), number("3200000", None)),
            ("1 tỷ 2 đồng".to_string(), money("1200000000", "VND")),
            ("5 nghìn 2".to_string(), number("5200", None)),
            ("1tr5".to_string(), number("1500000", None)),
        ]
    );
    assert_eq!(
        figures("Có 3 triệu 2 người, nữ sinh 2k5, giá 3 triệu 2.500 đồng."),
        [
            ("3 triệu".to_string(), number("3000000", None)),
            ("2 người".to_string(), number("2", Some("người"))),
            ("3 triệu".to_string(), number("3000000", None)),
            ("2.500 đồng".to_string(), money("2500", "VND")),
        ]
    );
    // A larger or equal multiplier after the first is another figure.
    assert_eq!(
        figures("Khoảng 2 triệu 3 triệu người."),
        [
            ("2 triệu".to_string(), number("2000000", None)),
            (
                "3 triệu người".to_string(),
                number("3000000", Some("người"))
            ),
        ]
    );
}

/// Currency signs before or after the figure: money in that currency.
#[test]
fn currency_signs() {
    assert_eq!(
        figures("Giá $20, US$1,5 tỷ, €15, £3 và 20$; giá 1.000 yen."),
        [
            ("$20".to_string(), money("20", "USD")),
            ("US$1,5 tỷ".to_string(), money("1500000000", "USD")),
            ("€15".to_string(), money("15", "EUR")),
            ("£3".to_string(), money("3", "GBP")),
            ("20$".to_string(), money("20", "USD")),
            ("1.000 yen".to_string(), money("1000", "JPY")),
        ]
    );
    // The đồng's sign and the yen's, after the figure or before it, a
    // range's ends each with its own.
    assert_eq!(
        figures("Giá 1.234.567₫, 100₫/kg, ₫10.000, 50.000₫-100.000₫; vé 10¥, ¥500."),
        [
            ("1.234.567₫".to_string(), money("1234567", "VND")),
            ("100₫".to_string(), money("100", "VND")),
            ("₫10.000".to_string(), money("10000", "VND")),
            (
                "50.000₫-100.000₫".to_string(),
                MentionValue::money_range(dec("50000"), dec("100000"), "VND".parse().unwrap())
            ),
            ("10¥".to_string(), money("10", "JPY")),
            ("¥500".to_string(), money("500", "JPY")),
        ]
    );
    // A sign without a figure after it, or before a date, is none.
    assert_eq!(figures("Giá $ thôi, mã US$X, ngày $2/4, ₫ và ¥."), []);
}

/// A small fraction after `chiếm`, `hơn`, `gần`, `khoảng`, `bằng`, `đạt`, or before `số`,
/// `tổng`, `diện tích`, is a ratio; a date written alike elsewhere, or with
/// a day past the month, stays one.
#[test]
fn fractions_after_their_words() {
    assert_eq!(
        figures("Chiếm 2/3 diện tích, hơn 1/2 số hộ, khoảng 1/4 dân số."),
        [
            ("2/3".to_string(), MentionValue::ratio(2, 3)),
            ("1/2".to_string(), MentionValue::ratio(1, 2)),
            ("1/4".to_string(), MentionValue::ratio(1, 4)),
        ]
    );
    // Before a count of votes or stars: a ratio, and the count a unit.
    assert_eq!(
        figures("Đạt 7/10 phiếu, được chấm 5/5 sao, khách sạn 4 sao."),
        [
            ("7/10".to_string(), MentionValue::ratio(7, 10)),
            ("5/5".to_string(), MentionValue::ratio(5, 5)),
            ("4 sao".to_string(), number("4", Some("sao"))),
        ]
    );
    // The dates of `lead`: their text, date and whether the year was
    // inferred.
    let dates = |lead: &str| -> Vec<(String, Option<chrono::NaiveDate>, bool)> {
        figures(lead)
            .into_iter()
            .map(|(t, v)| match v {
                MentionValue::Date {
                    date,
                    year_inferred,
                    ..
                } => (t, date, year_inferred),
                other => panic!("{t}: {other:?}"),
            })
            .collect()
    };
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2024, m, d);
    assert_eq!(
        dates("Khoảng 15/3 và ngày 1/3 trời mưa."),
        [
            ("15/3".to_string(), day(3, 15), true),
            ("ngày 1/3".to_string(), day(3, 1), true),
        ]
    );
    // Before what it is a fraction of (`số`, `tổng`, `diện tích`): a
    // ratio, unless a date opens with `từ` or a day's word.
    assert_eq!(
        figures("Chỉ 1/3 số học sinh, 2/3 diện tích và 1/4 tổng số ca."),
        [
            ("1/3".to_string(), MentionValue::ratio(1, 3)),
            ("2/3".to_string(), MentionValue::ratio(2, 3)),
            ("1/4".to_string(), MentionValue::ratio(1, 4)),
        ]
    );
    assert_eq!(
        dates("Từ 1/7 số tiền phạt tăng. Ngày 1/3 số ca mắc giảm."),
        [
            ("1/7".to_string(), day(7, 1), true),
            ("Ngày 1/3".to_string(), day(3, 1), true),
        ]
    );
    // After a verb of measure (`bằng`, `đạt`, `thắng`, `dưới`) or before
    // the members or targets counted: a ratio. Before, a date (`bằng 1/2`
    // was the 1st of February).
    assert_eq!(
        figures("Bằng 1/2 mức cũ, đạt 3/5 chỉ tiêu, thắng 2/3 trận, dưới 1/4 số hộ."),
        [
            ("1/2".to_string(), MentionValue::ratio(1, 2)),
            ("3/5".to_string(), MentionValue::ratio(3, 5)),
            ("2/3".to_string(), MentionValue::ratio(2, 3)),
            ("1/4".to_string(), MentionValue::ratio(1, 4)),
        ]
    );
    assert_eq!(
        figures("Có 3/5 thành viên và 4/5 tiêu chí."),
        [
            ("3/5".to_string(), MentionValue::ratio(3, 5)),
            ("4/5".to_string(), MentionValue::ratio(4, 5)),
        ]
    );
    // A date's word or `từ` before them keeps the date; so does a day past
    // the month (`đạt 15/3` is no fraction).
    assert_eq!(
        dates("Ngày 3/5 thành viên mới nhập học. Từ 1/3 thành viên mới đóng phí. Đạt 15/3."),
        [
            ("Ngày 3/5".to_string(), day(5, 3), true),
            ("1/3".to_string(), day(3, 1), true),
            ("15/3".to_string(), day(3, 15), true),
        ]
    );
}

/// Phone numbers in groups of digits, house and class numbers with a
/// slash: no figures, no dates; the same forms elsewhere are read.
#[test]
fn phone_numbers_and_addresses_are_no_figures() {
    assert_eq!(
        figures("Gọi 0987 654 321, 024 3825 1234, 0912.345.678 hoặc 1900 1234."),
        []
    );
    // The area code in brackets; after a country's code, the number
    // without its `0`.
    assert_eq!(
        figures("Gọi (024) 3825 1234, +84 912 345 678 hoặc (+84) 24 3825 1234."),
        []
    );
    // A number in brackets before a count is read.
    assert_eq!(
        figures("Tăng (12) 345 người."),
        [
            ("12".to_owned(), number("12", None)),
            ("345 người".to_owned(), number("345", Some("người"))),
        ]
    );
    assert_eq!(
        figures("Nhà số 12/5 đường 3/2, hẻm 10/2, kiệt 5/7, học sinh lớp 10/2."),
        []
    );
    // Places named for a date: a park, a hospital, a school, a market.
    assert_eq!(
        figures("Tuyến 109 (Công viên 23/9), Bệnh viện 30/4, Trường THPT 19/5, chợ 2/9."),
        [("109".to_owned(), number("109", None))]
    );
    let found = figures("Đến 12/5, có 654 321 người.");
    assert!(
        matches!(
            &found[0],
            (t, MentionValue::Date { date, .. })
                if t == "12/5" && *date == chrono::NaiveDate::from_ymd_opt(2024, 5, 12)
        ),
        "{found:?}"
    );
    assert_eq!(
        found[1..],
        [
            ("654".to_string(), number("654", None)),
            ("321 người".to_string(), number("321", Some("người"))),
        ]
    );
}

#[test]
fn the_grammar_decides() {
    assert_eq!(
        figures("Có 1.000 người."),
        [("1.000 người".to_string(), number("1000", Some("người")))]
    );
    assert_eq!(
        figures("Tăng 2,5 lần."),
        [("2,5".to_string(), number("2.5", None))]
    );
    // Document numbers and scores are neither dates nor ratios nor figures.
    assert_eq!(
        figures("Theo Báo cáo 626/BC-BYT và Nghị định 06/2019/NĐ-CP."),
        []
    );
    assert_eq!(figures("Thắng 2-0 rồi 4-0."), []);
    // A date form with a percent after it is no date: here a range of percents.
    assert_eq!(
        figures("Tăng 28-3%."),
        [(
            "28-3%".to_string(),
            MentionValue::percent(dec("28"), Some(dec("3")))
        )]
    );
    // A dot the grammar cannot read is a diagnostic, not a guess.
    let text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Đạt 15.6 điểm.\n";
    let a = util::article(text);
    assert!(a.mentions.is_empty());
    assert_eq!(util::codes(&a), ["offset_assumed", "ambiguous_number"]);
    assert_eq!(a.diagnostics[1].line, 5);
}

#[test]
fn figures_in_json() {
    let text =
        "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Thu 256.341 tỉ đồng và 1,7934g, đạt 53,68%.\n";
    let a = util::article(text);
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(
        v["mentions"],
        serde_json::json!([
            {"kind": "money", "text": "256.341 tỉ đồng", "value": 256_341_000_000_000_i64, "currency": "VND"},
            {"kind": "number", "text": "1,7934g", "value": 1.7934, "unit": "g"},
            {"kind": "percent", "text": "53,68%", "value": 53.68, "value_to": null}
        ])
    );
}

#[test]
fn amounts_are_exact_whatever_their_size() {
    assert_eq!(
        figures("Tổng cộng 9.007.199.254.740.993 đồng."),
        [(
            "9.007.199.254.740.993 đồng".to_string(),
            money("9007199254740993", "VND")
        )]
    );
    assert_eq!(
        figures("Quy mô GDP đạt 10,2 triệu tỷ đồng, vốn 1,2 triệu USD."),
        [
            (
                "10,2 triệu tỷ đồng".to_string(),
                // `triệu tỷ` is 10^15: 10.2 quadrillion, Vietnam's GDP.
                money("10200000000000000", "VND")
            ),
            ("1,2 triệu USD".to_string(), money("1200000", "USD")),
        ]
    );
    assert_eq!(
        figures("Chi 3.456,789 nghìn tỷ đồng."),
        [(
            "3.456,789 nghìn tỷ đồng".to_string(),
            money("3456789000000000", "VND")
        )]
    );
    // The value, its digits and a float for convenience.
    let m = &figures("Đạt 53,68% kế hoạch.")[0].1;
    let MentionValue::Percent { value, .. } = m else {
        panic!("{m:?}")
    };
    assert_eq!((value.mantissa(), value.scale()), (5368, 2));
    assert_eq!(value.to_f64(), 53.68);
    assert_eq!(Currency::Vnd.as_str(), "VND");
    assert_eq!("EUR".parse::<Currency>().unwrap(), Currency::Eur);
    let err = "XYZ".parse::<Currency>().unwrap_err();
    assert_eq!(err.kind(), vn_article::ErrorKind::UnknownName);
    assert_eq!(
        err.to_string(),
        "unknown currency code: \"XYZ\" at line 1, column 1"
    );
    for c in Currency::all() {
        assert_eq!(c.as_str().parse::<Currency>().unwrap(), c);
        assert_eq!(c.to_string(), c.as_str());
    }
}

#[test]
fn a_figure_too_long_is_reported_not_dropped() {
    let text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Mã 1234567890123456789012345678901234567890 và 0,0000001 mg, còn 12.345.678.901.234,56 đồng.\n";
    let a = util::article(text);
    assert!(a.mentions.is_empty(), "{:?}", a.mentions);
    assert_eq!(
        util::codes(&a),
        [
            "offset_assumed",
            "number_too_long",
            "number_too_long",
            "number_too_long"
        ]
    );
    let d = &a.diagnostics[1];
    assert_eq!(
        d.message,
        "number too long to hold exactly: 1234567890123456789012345678901234567890 \
         (a whole number that a 64-bit integer holds; with a fraction, \
         15 significant digits from 0.00001); not read"
    );
    assert_eq!(
        (d.line, text.get(d.span.range()).unwrap()),
        (5, "1234567890123456789012345678901234567890")
    );
    assert_eq!(
        text.get(a.diagnostics[2].span.range()).unwrap(),
        "0,0000001"
    );
    assert_eq!(
        text.get(a.diagnostics[3].span.range()).unwrap(),
        "12.345.678.901.234,56"
    );
    // A multiplier past a 64-bit integer, whatever the spaces before it.
    let text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Chi 20.000  triệu tỷ đồng.\n";
    let a = util::article(text);
    assert!(a.mentions.is_empty(), "{:?}", a.mentions);
    assert_eq!(util::codes(&a), ["offset_assumed", "number_too_long"]);
    assert_eq!(
        text.get(a.diagnostics[1].span.range()).unwrap(),
        "20.000  triệu tỷ"
    );
}

#[test]
fn json_numbers_have_exactly_the_digits_of_the_value() {
    let text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Thu 9.007.199.254.740.993 đồng, 10,2 triệu tỷ đồng, 18.446.744.073.709.551.615 đồng, 0,00005 mg và 1.234.567.890.123,45 USD.\n";
    let a = util::article(text);
    let json = serde_json::to_string(&a.mentions).unwrap();
    for digits in [
        r#""value":9007199254740993,"#,
        r#""value":10200000000000000,"#,
        r#""value":18446744073709551615,"#,
        r#""value":0.00005,"#,
        r#""value":1234567890123.45,"#,
    ] {
        assert!(json.contains(digits), "{digits} in {json}");
    }
    // No exponent anywhere: no digit followed by `e` and a digit or sign.
    let exponent = json.as_bytes().windows(3).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], b'e' | b'E')
            && (w[2].is_ascii_digit() || matches!(w[2], b'+' | b'-'))
    });
    assert!(!exponent, "{json}");
}

/// Ranges of figures sharing their suffix (a multiplier, a currency, a
/// unit), joined by a dash with or without spaces or by `đến`: one mention
/// with `value_to`; a pair without a suffix (a score, a house number) or
/// falling is none.
#[test]
fn ranges_of_money_and_figures() {
    let range = |v: &str, to: &str, code: &str| {
        MentionValue::money_range(dec(v), dec(to), code.parse().unwrap())
    };
    let numbers = |v: &str, to: &str, unit: Option<&str>| {
        MentionValue::number_range(dec(v), dec(to), unit.map(|u| u.parse().unwrap()))
    };
    assert_eq!(
        figures("Giá khoảng 20-25 triệu đồng, vay 3 đến 5 tỷ đồng, lãi 10 – 15 USD."),
        [
            (
                "20-25 triệu đồng".to_string(),
                range("20000000", "25000000", "VND")
            ),
            (
                "3 đến 5 tỷ đồng".to_string(),
                range("3000000000", "5000000000", "VND")
            ),
            ("10 – 15 USD".to_string(), range("10", "15", "USD")),
        ]
    );
    assert_eq!(
        figures("Có 20 - 25 người, sóng cao 0,3-0,5m, gió 62-88km/h, khoảng 20-30 nghìn."),
        [
            (
                "20 - 25 người".to_string(),
                numbers("20", "25", Some("người"))
            ),
            ("0,3-0,5m".to_string(), numbers("0.3", "0.5", Some("m"))),
            ("62-88km/h".to_string(), numbers("62", "88", Some("km/h"))),
            ("20-30 nghìn".to_string(), numbers("20000", "30000", None)),
        ]
    );
    assert_eq!(figures("Tỷ số 2-1, nhà số 12-14, giá 5-3 triệu đồng."), []);
    // Units of two words, exactly as written: `độ C`, `điểm phần trăm`.
    let with_unit = |v: &str, unit: &str| number(v, Some(unit));
    assert_eq!(
        figures("Nắng 38 độ C, lãi giảm 0,25 điểm phần trăm; 38 độ có, 3 điểm, 2 đến 8 độ C."),
        [
            ("38 độ C".to_string(), with_unit("38", "độ C")),
            (
                "0,25 điểm phần trăm".to_string(),
                with_unit("0.25", "điểm phần trăm")
            ),
            ("38 độ".to_string(), with_unit("38", "độ")),
            ("3 điểm".to_string(), with_unit("3", "điểm")),
            ("2 đến 8 độ C".to_string(), numbers("2", "8", Some("độ C"))),
        ]
    );
    // Each end with its own multiplier.
    assert_eq!(
        figures("Phạt từ 4 triệu đến 6 triệu đồng, vé 500 nghìn - 1 triệu đồng, 100 triệu tới 200 triệu người."),
        [
            (
                "4 triệu đến 6 triệu đồng".to_string(),
                range("4000000", "6000000", "VND")
            ),
            (
                "500 nghìn - 1 triệu đồng".to_string(),
                range("500000", "1000000", "VND")
            ),
            (
                "100 triệu tới 200 triệu người".to_string(),
                numbers("100000000", "200000000", Some("người"))
            ),
        ]
    );
    // Falling: two figures.
    assert_eq!(
        figures("Giá 6 triệu đến 4 triệu đồng."),
        [
            ("6 triệu".to_string(), number("6000000", None)),
            ("4 triệu đồng".to_string(), money("4000000", "VND")),
        ]
    );
    // A figure with a multiplier priced by a unit after a slash; a
    // document's number stays none.
    assert_eq!(
        figures(
            "Giá 3,2 triệu/m2, lương 10 - 15 triệu/tháng, 2 tỷ - 3 tỷ/căn, văn bản 626/BC-BYT."
        ),
        [
            ("3,2 triệu".to_string(), number("3200000", None)),
            (
                "10 - 15 triệu".to_string(),
                numbers("10000000", "15000000", None)
            ),
            (
                "2 tỷ - 3 tỷ".to_string(),
                numbers("2000000000", "3000000000", None)
            ),
        ]
    );
    // Percents joined by `đến`, `tới`, as by a dash.
    assert_eq!(
        figures("Tăng từ 15 đến 25%, giảm 1,5 tới 2 %."),
        [
            (
                "15 đến 25%".to_string(),
                MentionValue::percent(dec("15"), Some(dec("25")))
            ),
            (
                "1,5 tới 2 %".to_string(),
                MentionValue::percent(dec("1.5"), Some(dec("2")))
            ),
        ]
    );
    // Each end with its own currency, unit or sign: one range; a falling
    // pair or one of two currencies stays two figures.
    assert_eq!(
        figures("Vé 50.000đ-100.000đ, phạt 2 triệu đồng - 5 triệu đồng, giá $10-$20 hay 10 USD đến 20 USD."),
        [
            (
                "50.000đ-100.000đ".to_string(),
                range("50000", "100000", "VND")
            ),
            (
                "2 triệu đồng - 5 triệu đồng".to_string(),
                range("2000000", "5000000", "VND")
            ),
            ("$10-$20".to_string(), range("10", "20", "USD")),
            ("10 USD đến 20 USD".to_string(), range("10", "20", "USD")),
        ]
    );
    assert_eq!(
        figures("Liều 10g-15g, dài 15 cm - 25 cm, tốc độ 105km/h tới 144km/h."),
        [
            ("10g-15g".to_string(), numbers("10", "15", Some("g"))),
            ("15 cm - 25 cm".to_string(), numbers("15", "25", Some("cm"))),
            (
                "105km/h tới 144km/h".to_string(),
                numbers("105", "144", Some("km/h"))
            ),
        ]
    );
    assert_eq!(
        figures("Giá 20 USD - 10 USD, đổi 10 USD - 20 EUR, $20-$10."),
        [
            ("20 USD".to_string(), money("20", "USD")),
            ("10 USD".to_string(), money("10", "USD")),
            ("10 USD".to_string(), money("10", "USD")),
            ("20 EUR".to_string(), money("20", "EUR")),
            ("$20".to_string(), money("20", "USD")),
            ("$10".to_string(), money("10", "USD")),
        ]
    );
}

/// Multipliers glued to their digits, as informal text writes them:
/// `tr` (`triệu`) and `k` (`nghìn`) in lower case, closing the word, or
/// in capitals before a currency.
#[test]
fn glued_multipliers() {
    let numbers = |v: &str, to: &str| MentionValue::number_range(dec(v), dec(to), None);
    assert_eq!(
        figures("Lương 10tr, giá 50k, vé 10k-20k, phí 2tr-5tr, thưởng 1,5tr, 300k đồng."),
        [
            ("10tr".to_string(), number("10000000", None)),
            ("50k".to_string(), number("50000", None)),
            ("10k-20k".to_string(), numbers("10000", "20000")),
            ("2tr-5tr".to_string(), numbers("2000000", "5000000")),
            ("1,5tr".to_string(), number("1500000", None)),
            ("300k đồng".to_string(), money("300000", "VND")),
        ]
    );
    // Units opening with the same letters, capitals, a letter or digit
    // after them: no multiplier.
    assert_eq!(
        figures("Chạy 10km, nặng 10kg, màn hình 4K, lứa 2k7, trang 10trang."),
        [
            ("10km".to_string(), number("10", Some("km"))),
            ("10kg".to_string(), number("10", Some("kg"))),
        ]
    );
    // In capitals before a currency, a multiplier too; alone, or in mixed
    // case, none.
    assert_eq!(
        figures("Vé 10K đồng, phí 200K VNĐ, lương 10TR đồng; màn hình 4K, gói 5TR, phí 10Tr đồng."),
        [
            ("10K đồng".to_string(), money("10000", "VND")),
            ("200K VNĐ".to_string(), money("200000", "VND")),
            ("10TR đồng".to_string(), money("10000000", "VND")),
        ]
    );
}

/// A range's upper value in JSON only when there is one: `value_to` after
/// `value`, absent from a single figure.
#[cfg(feature = "serde")]
#[test]
fn ranges_in_json() {
    let text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Giá 20-25 triệu đồng, 3 người.\n";
    let a = util::article(text);
    let json = serde_json::to_value(&a).unwrap();
    let m = &json["mentions"];
    assert_eq!(
        m[0],
        serde_json::json!({"kind": "money", "text": "20-25 triệu đồng", "value": 20000000,
            "value_to": 25000000, "currency": "VND"})
    );
    assert_eq!(
        m[1],
        serde_json::json!({"kind": "number", "text": "3 người", "value": 3, "unit": "người"})
    );
    let back: vn_article::Article = serde_json::from_value(json).unwrap();
    assert_eq!(back.mentions[0].value, a.mentions[0].value);
}

#[test]
fn vạn_and_the_abbreviated_million_multiply() {
    assert_eq!(
        figures("Chuộc 11 vạn nhân dân tệ, hàng vạn du khách, 2,5 vạn người."),
        [
            ("11 vạn nhân dân tệ".to_string(), money("110000", "CNY")),
            ("2,5 vạn người".to_string(), number("25000", Some("người"))),
        ]
    );
    assert_eq!(
        figures("Thưởng 15 tr đồng, lương 10 tr mỗi tháng."),
        [
            ("15 tr đồng".to_string(), money("15000000", "VND")),
            ("10 tr".to_string(), number("10000000", None)),
        ]
    );
    // A word that opens with the letters is no multiplier.
    assert_eq!(
        figures("Có 10 trẻ em, 5 trường và 3 vạch kẻ."),
        [
            ("10".to_string(), number("10", None)),
            ("5".to_string(), number("5", None)),
            ("3".to_string(), number("3", None)),
        ]
    );
}

/// `đô la` written as one word is the dollar too.
#[test]
fn the_dollar_in_one_word() {
    assert_eq!(
        figures("Giá 100 đôla, phí 2 triệu đô la Mỹ."),
        [
            ("100 đôla".to_string(), money("100", "USD")),
            ("2 triệu đô la Mỹ".to_string(), money("2000000", "USD")),
        ]
    );
}

/// The dollars of other countries by name are their own currencies, not the
/// US dollar; the ruble, the rupee and their signs, the currencies of the
/// region by name. `kíp` alone is a work shift.
#[test]
fn the_currencies_of_other_countries() {
    assert_eq!(
        figures("Quỹ 10 triệu đô la Úc, vé 100 đô la Singapore, vốn 2 tỷ đô la Hồng Kông và 300 triệu Đài tệ."),
        [
            ("10 triệu đô la Úc".to_string(), money("10000000", "AUD")),
            ("100 đô la Singapore".to_string(), money("100", "SGD")),
            ("2 tỷ đô la Hồng Kông".to_string(), money("2000000000", "HKD")),
            ("300 triệu Đài tệ".to_string(), money("300000000", "TWD")),
        ]
    );
    assert_eq!(
        figures("Phạt 5 tỷ rúp, ₽1.000, 1.000 rupee, ₹500, 200 franc Thụy Sĩ, 100 ringgit, 1 tỷ rupiah."),
        [
            ("5 tỷ rúp".to_string(), money("5000000000", "RUB")),
            ("₽1.000".to_string(), money("1000", "RUB")),
            ("1.000 rupee".to_string(), money("1000", "INR")),
            ("₹500".to_string(), money("500", "INR")),
            ("200 franc Thụy Sĩ".to_string(), money("200", "CHF")),
            ("100 ringgit".to_string(), money("100", "MYR")),
            ("1 tỷ rupiah".to_string(), money("1000000000", "IDR")),
        ]
    );
    assert_eq!(
        figures(
            "Chia 3 kíp trực; giá 5 triệu kíp Lào, 50 CAD, 20 NZD và 40 peso Philippines, 9 riel."
        ),
        [
            ("3".to_string(), number("3", None)),
            ("5 triệu kíp Lào".to_string(), money("5000000", "LAK")),
            ("50 CAD".to_string(), money("50", "CAD")),
            ("20 NZD".to_string(), money("20", "NZD")),
            ("40 peso Philippines".to_string(), money("40", "PHP")),
            ("9 riel".to_string(), money("9", "KHR")),
        ]
    );
}

/// A sign glued before a percent or a figure with its unit, after a space
/// or a bracket, is the mention's, and a minus (`-` or `−`) negates it
/// (before: the sign was dropped, `-0,5%` read as 0.5); so is one before a
/// figure with a fraction or a multiplier (`-12,5`, `-99,95 tỷ`). Not
/// before money, a date or a whole number alone; a plus before no percent
/// (`+84`) is a phone's;
/// a dash between figures is a range's.
#[test]
fn signs_before_percents_and_figures() {
    let percent = |v: &str| MentionValue::percent(dec(v), None);
    assert_eq!(
        figures("VN-Index tăng 12,5 điểm (+0,98%), giảm (-1,2%), lãi −0,5%; trời −5 độ C, -3°C."),
        [
            ("12,5 điểm".to_string(), number("12.5", Some("điểm"))),
            ("+0,98%".to_string(), percent("0.98")),
            ("-1,2%".to_string(), percent("-1.2")),
            ("−0,5%".to_string(), percent("-0.5")),
            ("−5 độ C".to_string(), number("-5", Some("độ C"))),
            ("-3°C".to_string(), number("-3", Some("°C"))),
        ]
    );
    assert_eq!(
        figures("Lỗ -5 tỷ đồng, số -12, gọi +84 912, từ 3-5%."),
        [
            ("5 tỷ đồng".to_string(), money("5000000000", "VND")),
            ("12".to_string(), number("12", None)),
            ("912".to_string(), number("912", None)),
            (
                "3-5%".to_string(),
                MentionValue::percent(dec("3"), Some(dec("5")))
            ),
        ]
    );
    // A fraction or a multiplier without a unit: no count a list's dash
    // opens (before, the sign was dropped).
    assert_eq!(
        figures("Lợi nhuận -99,95 tỷ, chỉ số -12,5, lỗ -1,2 triệu."),
        [
            ("-99,95 tỷ".to_string(), number("-99950000000", None)),
            ("-12,5".to_string(), number("-12.5", None)),
            ("-1,2 triệu".to_string(), number("-1200000", None)),
        ]
    );
    // A decimal point before a percent's sign, where no date stands; before
    // anything else it stays ambiguous (a diagnostic, no mention).
    assert_eq!(
        figures("Giảm 1.5%, lãi suất 4.5%/năm, tăng 12.25 %; đạt 15.6 điểm."),
        [
            ("1.5%".to_string(), percent("1.5")),
            ("4.5%".to_string(), percent("4.5")),
            ("12.25 %".to_string(), percent("12.25")),
        ]
    );
    let text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Giảm -0,98%.\n";
    let v = serde_json::to_value(util::article(text)).unwrap();
    assert_eq!(
        v["mentions"],
        serde_json::json!([{"kind": "percent", "text": "-0,98%", "value": -0.98, "value_to": null}])
    );
}

/// A figure glued after `~` or `≈` (about): read, the mark left out of its
/// text. Before, the figure was lost.
#[test]
fn figures_after_about_marks() {
    assert_eq!(
        figures("Lãi ~50%, chi ≈3 triệu đồng; x~50 không."),
        [
            ("50%".to_string(), MentionValue::percent(dec("50"), None)),
            ("3 triệu đồng".to_string(), money("3000000", "VND")),
        ]
    );
}
