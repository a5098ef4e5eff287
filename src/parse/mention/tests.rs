//! The scanner and its grammars on made-up sentences, with exact values.

use super::*;
use crate::model::Currency;
use chrono::NaiveTime;

/// The decimal written `s`.
fn dec(s: &str) -> crate::Decimal {
    s.parse().unwrap()
}

fn mentions(s: &str, dateline: Option<(i32, u32, u32)>) -> Vec<(String, MentionValue)> {
    let ctx = Context {
        dateline: dateline.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        ..Default::default()
    };
    let mut out = Vec::new();
    scan(s, 0, ctx, &mut out, &mut Vec::new());
    out.into_iter()
        .map(|m| (m.text.to_string(), m.value))
        .collect()
}

fn date(y: i32, m: u32, d: u32, inferred: bool) -> MentionValue {
    MentionValue::Date {
        date: NaiveDate::from_ymd_opt(y, m, d),
        year: Some(y),
        month: m,
        day: d,
        year_inferred: inferred,
        relative: false,
    }
}

fn t(h: u32, m: u32) -> MentionValue {
    MentionValue::Time {
        time: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
    }
}

#[test]
fn dates_with_years() {
    assert_eq!(
        mentions("Ngày 2-4-2024, Ban", None),
        vec![("Ngày 2-4-2024".into(), date(2024, 4, 2, false))]
    );
    assert_eq!(
        mentions("vào 15.6.2024 tới", None),
        vec![("15.6.2024".into(), date(2024, 6, 15, false))]
    );
    assert_eq!(
        mentions("ngày 9.11.2021", None),
        vec![("ngày 9.11.2021".into(), date(2021, 11, 9, false))]
    );
    assert_eq!(
        mentions("ngày 2 tháng 4 năm 2024", None),
        vec![("ngày 2 tháng 4 năm 2024".into(), date(2024, 4, 2, false))]
    );
    assert_eq!(
        mentions("giải phóng (30-4-1975)", None),
        vec![("(30-4-1975)".into(), date(1975, 4, 30, false))]
    );
    assert_eq!(
        mentions("tối mùng 3/9/2025", None),
        vec![("tối mùng 3/9/2025".into(), date(2025, 9, 3, false))]
    );
}

#[test]
fn date_words_before_the_digits_with_any_spaces() {
    let dl = Some((2024, 4, 3));
    for s in [
        "Vào ngày  12-5 tới",
        "Vào ngày\u{a0} 12-5 tới",
        "Vào Ngày 12-5 tới",
        "vào “ngày 12-5 tới",
        "Sáng\u{a0}nay 12-5 tới",
        "vào tối 12-5 tới",
        "vào đêm 12-5 tới",
    ] {
        let found = mentions(s, dl);
        assert_eq!(found.len(), 1, "{s:?}");
        let (text, value) = found[0].clone();
        let start = s.find(['n', 'N', 'S', 't', 'đ']).unwrap_or(0);
        // `tới` closing the clause is the date's: the next 12 May.
        assert_eq!(Some(text.as_str()), s.get(start..), "{s:?}");
        assert_eq!(value, date(2024, 5, 12, true), "{s:?}");
    }
    // A word between the date word and the digits: no date word read.
    assert_eq!(
        mentions("ngày, 12-5", dl),
        Vec::<(String, MentionValue)>::new()
    );
    assert_eq!(
        mentions("lúc  19h, ngày mai 2/4", dl),
        vec![
            ("lúc  19h".into(), t(19, 0)),
            ("ngày mai 2/4".into(), date(2024, 4, 2, true))
        ]
    );
}

#[test]
fn dates_without_years() {
    let dl = Some((2024, 4, 3));
    assert_eq!(
        mentions("hôm nay (28/3)", dl),
        vec![("hôm nay (28/3)".into(), date(2024, 3, 28, true))]
    );
    assert_eq!(
        mentions("Hôm nay (28/3), trời", dl),
        vec![("Hôm nay (28/3)".into(), date(2024, 3, 28, true))]
    );
    assert_eq!(
        mentions("sáng 12-5", dl),
        vec![("sáng 12-5".into(), date(2024, 5, 12, true))]
    );
    assert_eq!(
        mentions("hôm qua (21/7)", dl),
        vec![("hôm qua (21/7)".into(), date(2024, 7, 21, true))]
    );
    assert_eq!(
        mentions("phiên 22/12, giá", Some((2025, 1, 3))),
        vec![("22/12".into(), date(2024, 12, 22, true))]
    );
    let none = mentions("sáng 12-5", None);
    assert_eq!(
        none,
        vec![(
            "sáng 12-5".into(),
            MentionValue::Date {
                date: None,
                year: None,
                month: 5,
                day: 12,
                year_inferred: false,
                relative: false,
            }
        )]
    );
}

#[test]
fn not_dates() {
    assert_eq!(
        mentions("51/95 đảng viên", None),
        vec![(
            "51/95".into(),
            MentionValue::Ratio {
                numerator: 51,
                denominator: 95
            }
        )]
    );
    assert_eq!(
        mentions("tăng 15-25%", None),
        vec![(
            "15-25%".into(),
            MentionValue::Percent {
                value: dec("15"),
                value_to: Some(dec("25"))
            }
        )]
    );
    assert_eq!(
        mentions("nặng 1,7934g", None),
        vec![(
            "1,7934g".into(),
            MentionValue::number(dec("1.7934"), Some("g".parse().unwrap()))
        )]
    );
    assert_eq!(
        mentions("2/9 kg", None),
        vec![(
            "2/9".into(),
            MentionValue::Ratio {
                numerator: 2,
                denominator: 9
            }
        )]
    );
    assert!(mentions("thắng 2-0 và 4-0", None).is_empty());
    assert!(mentions("Báo cáo 318/BC-UBND", None).is_empty());
    assert!(mentions("Nghị định 15/2020/NĐ-CP", None).is_empty());
    assert!(mentions("gọi 0912.345.678 hoặc 028-3829-1234", None).is_empty());
    // A month is a period, not a day and month nor a ratio.
    assert!(mentions("vào tháng 6/2026", None)
        .iter()
        .all(|(_, v)| matches!(v, MentionValue::Period { .. })));
}

#[test]
fn figures_in_running_text() {
    let m = mentions(
        "hơn 4.000 tổ chức, số tiền 20 tỷ đồng; từ 450.000 đồng -1,2 triệu đồng, giảm 6 triệu đồng -4 triệu đồng, năm 2023",
        None,
    );
    let money = |v: &str| MentionValue::money(dec(v), Currency::Vnd);
    assert_eq!(
        m,
        vec![
            ("4.000".into(), MentionValue::number(dec("4000"), None)),
            ("20 tỷ đồng".into(), money("20000000000")),
            (
                "450.000 đồng -1,2 triệu đồng".into(),
                MentionValue::money_range(dec("450000"), dec("1200000"), Currency::Vnd)
            ),
            // Falling: no range, the dash before the second figure skipped.
            ("6 triệu đồng".into(), money("6000000")),
            ("4 triệu đồng".into(), money("4000000")),
            (
                "năm 2023".into(),
                MentionValue::Period {
                    start: NaiveDate::from_ymd_opt(2023, 1, 1),
                    end: NaiveDate::from_ymd_opt(2023, 12, 31),
                    relative: false,
                    year_inferred: false,
                }
            ),
        ]
    );
}

#[test]
fn impossible_dates_without_years_are_findings() {
    for (text, at, message) in [
        (
            "hôm qua (31/2) trời mưa",
            "hôm qua (",
            "impossible date in the text: day 31, month 2",
        ),
        (
            "hạn 30/2 tới",
            "hạn ",
            "impossible date in the text: day 30, month 2",
        ),
        (
            "ngày 31-4 tới",
            "ngày ",
            "impossible date in the text: day 31, month 4",
        ),
    ] {
        let mut out = Vec::new();
        let mut findings = Vec::new();
        scan(text, 0, Context::default(), &mut out, &mut findings);
        assert!(
            out.iter()
                .all(|m| !matches!(m.value, MentionValue::Date { .. })),
            "{text}"
        );
        assert_eq!(findings.len(), 1, "{text}");
        assert_eq!(findings[0].message, message, "{text}");
        assert_eq!(findings[0].span.start, at.len(), "{text}");
    }
    // 29 February exists: its year is the leap year nearest the dateline
    // (2024-02-29 is 638 days after 2022-06-01, 2020-02-29 823 days before).
    let got = mentions("ngày 29/2", Some((2022, 6, 1)));
    assert_eq!(got, vec![("ngày 29/2".into(), date(2024, 2, 29, true))]);
}

#[test]
fn ambiguous_numbers_are_findings() {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    scan(
        "tỷ lệ 15.6 điểm",
        0,
        Context::default(),
        &mut out,
        &mut findings,
    );
    assert!(out.is_empty());
    assert_eq!(findings[0].code, DiagnosticCode::AmbiguousNumber);
    assert_eq!(
        findings[0].message,
        "ambiguous number 15.6: a decimal point or a date; not read"
    );
    assert_eq!(
        findings[0].span,
        Span::new("tỷ lệ ".len(), "tỷ lệ 15.6".len())
    );
}

#[test]
fn impossible_dates_are_findings() {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    scan(
        "Hạn chót là ngày 31/02/2024, không đổi.",
        10,
        Context::default(),
        &mut out,
        &mut findings,
    );
    assert!(out.is_empty());
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].message,
        "impossible date in the text: day 31, month 2, year 2024"
    );
    assert_eq!(
        findings[0].span,
        Span::new(
            10 + "Hạn chót là ngày ".len(),
            10 + "Hạn chót là ngày 31/02/2024".len()
        )
    );
}

#[test]
fn openers_cover_every_opening_word_in_either_case() {
    for (w, kinds) in OPENER_WORDS.entries {
        let mut chars = w.chars();
        let first = chars.next().unwrap();
        let capital: String = first.to_uppercase().chain(chars).collect();
        for form in [w.to_string(), capital] {
            assert_eq!(opener(&format!("{form} 3/4")), Some(*kinds), "{form}");
        }
    }
    for (phrase, _) in DATE_WORDS.entries.iter().chain(TIME_WORDS.entries) {
        assert!(opener(phrase).is_some(), "{phrase}");
    }
    for w in ["người", "Nhà", "sau", "lúa", "quốcx", "Đà", "ngàyx", "các"] {
        assert_eq!(opener(w), None, "{w}");
    }
}

#[test]
fn anchors_are_digits_and_quy() {
    let s = "Kết nạp đảng viên mới đạt 53,68% kế hoạch".as_bytes();
    assert_eq!(find_anchor(s, 0), Some("Kết nạp đảng viên mới đạt ".len()));
    assert_eq!(find_anchor(b"abc", 0), None);
    let q = "trong quý II, Quý 3 và QUÝ IV; quốc, quy".as_bytes();
    assert_eq!(find_anchor(q, 0), Some("trong ".len()));
    assert_eq!(find_anchor(q, 7), Some("trong quý II, ".len()));
    assert_eq!(find_anchor(q, 18), Some("trong quý II, Quý ".len()));
    assert_eq!(find_anchor(q, 21), Some("trong quý II, Quý 3 và ".len()));
    assert_eq!(find_anchor(q, 27), None);
    // The words of mentions without digits, in either case, after a
    // space; not inside a word, nor words that only begin alike.
    let w = "Tháng Giêng, năm nay, tuần qua, bảy giờ, rằm, Tết; THÁNG, NĂM, GIỜ, thứ Hai, THỨ, chủ nhật, CHỦ NHẬT, mùa hè, MÙA";
    let found: Vec<usize> = std::iter::successors(find_anchor(w.as_bytes(), 0), |&a| {
        find_anchor(w.as_bytes(), a + 1)
    })
    .collect();
    let starts = [
        "Tháng", "năm", "nay", "tuần", "qua", "giờ", "rằm", "Tết", "THÁNG", "NĂM", "GIỜ", "thứ",
        "THỨ", "chủ", "CHỦ", "mùa", "MÙA",
    ];
    assert_eq!(found, starts.map(|p| w.find(p).unwrap()).to_vec());
    for plain in [
        "thánh thất",
        "nhà tuấn",
        "giữ gìn",
        "quan",
        "mái nhà",
        "kiam",
        "ngay",
        "thức ăn",
        "chủ nhà",
        "chủ nhiệm",
        "chủ nhậtx",
        "chức",
        "mùng",
        "mà",
        "mùan",
        "ngày càng",
        "vài ngày",
        "ngà voi",
        "ngày mốtx",
        "tổ chức",
        "thu nhập",
        "Trung thuê",
        "Giỗ tổng",
    ] {
        assert_eq!(find_anchor(plain.as_bytes(), 0), None, "{plain}");
    }
    // The names of feasts without `Tết`: at their second word.
    for (text, at) in [
        ("dịp Trung thu", "thu"),
        ("dịp trung Thu", "Thu"),
        ("Giỗ Tổ Hùng Vương", "Tổ"),
        ("giỗ tổ Hùng Vương", "tổ"),
    ] {
        assert_eq!(find_anchor(text.as_bytes(), 0), text.find(at), "{text}");
    }
    // `ngày` after a number in words, or before `mốt`.
    for (text, day) in [
        ("ba ngày", "ngày"),
        ("mười NGÀY", "NGÀY"),
        ("hai mươi ngày", "ngày"),
        ("ngày mốt", "ngày"),
        ("Ngày Mốt", "Ngày"),
    ] {
        assert_eq!(find_anchor(text.as_bytes(), 0), text.find(day), "{text}");
    }
    for n in 0..100 {
        // The bytes next to the digits, `/` and `:`, all around.
        let mut v: Vec<u8> = b"/x:".iter().copied().cycle().take(100).collect();
        v[n] = b'7';
        assert_eq!(find_anchor(&v, 0), Some(n));
        assert_eq!(find_anchor(&v, n.min(50)), Some(n));
        assert_eq!(find_anchor(&v, n + 1), None);
    }
    for n in 0..24 {
        let mut w: Vec<u8> = "ạ".repeat(8).into_bytes();
        w.insert(n.min(w.len()), b'0');
        assert_eq!(find_anchor(&w, 0), Some(n.min(24)));
    }
}

#[test]
fn quarters() {
    let q = |quarter, year| MentionValue::Quarter {
        quarter,
        year,
        year_inferred: false,
    };
    assert_eq!(mentions("quý I", None), vec![("quý I".into(), q(1, None))]);
    assert_eq!(
        mentions("quý II-2024.", None),
        vec![("quý II-2024".into(), q(2, Some(2024)))]
    );
    assert_eq!(
        mentions("quý III/2023", None),
        vec![("quý III/2023".into(), q(3, Some(2023)))]
    );
    assert_eq!(
        mentions("quý 4/2023", None),
        vec![("quý 4/2023".into(), q(4, Some(2023)))]
    );
    assert_eq!(
        mentions("quý IV năm 2023", None),
        vec![("quý IV năm 2023".into(), q(4, Some(2023)))]
    );
    assert!(mentions("Trong quý, Đảng bộ", None).is_empty());
    // `quí`, as older texts spell it; the adjective (`quí giá`) is none.
    assert_eq!(
        mentions("Quí II/2024 và quí 3 năm 2023.", None),
        vec![
            ("Quí II/2024".into(), q(2, Some(2024))),
            ("quí 3 năm 2023".into(), q(3, Some(2023)))
        ]
    );
    assert!(mentions("Món quà quí giá của những người bạn quí.", None).is_empty());
}

#[test]
fn times() {
    assert_eq!(
        mentions("lúc 7 giờ 35", None),
        vec![("lúc 7 giờ 35".into(), t(7, 35))]
    );
    assert_eq!(
        mentions("12 giờ 50 phút", None),
        vec![("12 giờ 50 phút".into(), t(12, 50))]
    );
    assert_eq!(
        mentions("khoảng 18h15 ngày", None),
        vec![("khoảng 18h15".into(), t(18, 15))]
    );
    assert_eq!(
        mentions("7g30 sáng", None),
        vec![("7g30 sáng".into(), t(7, 30))]
    );
    assert_eq!(
        mentions("7 giờ 35 chiều", None),
        vec![("7 giờ 35 chiều".into(), t(19, 35))]
    );
    assert_eq!(
        mentions("diễn ra lúc 19h", None),
        vec![("lúc 19h".into(), t(19, 0))]
    );
    assert!(mentions("Trong 6h tới", None).is_empty());
}

#[test]
fn percents() {
    assert_eq!(
        mentions("đạt 53,68% kế hoạch", None),
        vec![(
            "53,68%".into(),
            MentionValue::Percent {
                value: dec("53.68"),
                value_to: None
            }
        )]
    );
}

/// Every place of [`vocab::PLACE_PHRASES`] is told by its last word.
#[test]
fn place_phrases_are_told_by_their_last_words() {
    for p in vocab::PLACE_PHRASES {
        let last = p.rsplit(' ').next().unwrap_or(p);
        assert!(vocab::PLACE_PHRASE_LAST_WORDS.contains(last), "{p}");
    }
}
