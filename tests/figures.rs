//! Figures as typed mentions, read through the public API and the JSON.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

use vn_article::MentionValue;

/// The mentions of a lead, as (text, value).
fn figures(lead: &str) -> Vec<(String, MentionValue)> {
    let text = format!("03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - {lead}\n");
    let a = util::article(&text);
    a.mentions
        .iter()
        .map(|m| (m.text.to_string(), m.value.clone()))
        .collect()
}

fn money(v: f64, c: &'static str) -> MentionValue {
    MentionValue::Money {
        value: v,
        currency: c,
    }
}

fn number(v: f64, u: Option<&'static str>) -> MentionValue {
    MentionValue::Number { value: v, unit: u }
}

#[test]
fn every_form_of_the_issue() {
    assert_eq!(
        figures("Đạt 53,68% kế hoạch năm, kết nạp 51/95 đảng viên."),
        [
            (
                "53,68%".to_string(),
                MentionValue::Percent {
                    value: 53.68,
                    value_to: None
                }
            ),
            (
                "51/95".to_string(),
                MentionValue::Ratio {
                    numerator: 51,
                    denominator: 95
                }
            ),
        ]
    );
    assert_eq!(
        figures("Triển khai 66.032 cuộc thanh tra."),
        [("66.032".to_string(), number(66032.0, None))]
    );
    assert_eq!(
        figures("Kiến nghị thu hồi 256.341 tỉ đồng."),
        [(
            "256.341 tỉ đồng".to_string(),
            money(256_341_000_000_000.0, "VND")
        )]
    );
    assert_eq!(
        figures("Giá vàng lên 4.489,5 USD/ounce."),
        [("4.489,5 USD".to_string(), money(4489.5, "USD"))]
    );
    assert_eq!(
        figures("Giá từ 450.000 đồng -1,2 triệu đồng."),
        [
            ("450.000 đồng".to_string(), money(450_000.0, "VND")),
            ("1,2 triệu đồng".to_string(), money(1_200_000.0, "VND")),
        ]
    );
    // `năm trước` is the year before the dateline's.
    assert_eq!(
        figures("Tăng 15-25% so với năm trước."),
        [
            (
                "15-25%".to_string(),
                MentionValue::Percent {
                    value: 15.0,
                    value_to: Some(25.0)
                }
            ),
            (
                "năm trước".to_string(),
                MentionValue::Period {
                    start: chrono::NaiveDate::from_ymd_opt(2023, 1, 1),
                    end: chrono::NaiveDate::from_ymd_opt(2023, 12, 31),
                    relative: true,
                    year_inferred: false
                }
            )
        ]
    );
    assert_eq!(
        figures("Khối lượng 1,7934g."),
        [("1,7934g".to_string(), number(1.7934, Some("g")))]
    );
}

#[test]
fn the_grammar_decides() {
    assert_eq!(
        figures("Có 1.000 người."),
        [("1.000 người".to_string(), number(1000.0, Some("người")))]
    );
    assert_eq!(
        figures("Tăng 2,5 lần."),
        [("2,5".to_string(), number(2.5, None))]
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
            MentionValue::Percent {
                value: 28.0,
                value_to: Some(3.0)
            }
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
