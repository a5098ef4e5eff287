//! Schema-1 JSON read back into articles: every seed and corpus file reads
//! back equal; unknown keys are ignored, missing later keys take their
//! defaults, values from a later version read as `unknown`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

use std::path::PathBuf;

use vn_article::{Article, BlockKind, Currency, MentionKind, MentionValue, Role, Unit};

/// The seeds, and the corpus (its pages too) when `VN_ARTICLE_CORPUS` is set.
fn documents() -> Vec<PathBuf> {
    let mut files = util::txt_files(&util::seeds_dir());
    files.extend(util::corpus_files());
    files
}

#[test]
fn every_document_reads_back_equal() {
    let mut read = 0;
    for path in documents() {
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(a) = vn_article::parse(&text) else {
            continue;
        };
        let json = serde_json::to_string(&a).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        if let Some(why) = util::schema_violation(&value) {
            panic!("{}: {why}", path.display());
        }
        let back: Article<'static> = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("{}: {e}\n{json}", path.display()));
        assert_eq!(back, a, "{}", path.display());
        // The same JSON again: nothing is lost on the way.
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            json,
            "{}",
            path.display()
        );
        read += 1;
    }
    assert!(read >= 13, "{read} documents");
}

/// The seed's article as JSON, edited by `edit`, read back.
fn seed_json_edited(edit: impl FnOnce(&mut serde_json::Value)) -> Article<'static> {
    let text = std::fs::read_to_string(util::seeds_dir().join("000_ad18fd4188fc23a2.txt")).unwrap();
    let a = util::article(&text);
    let mut v = serde_json::to_value(&a).unwrap();
    edit(&mut v);
    serde_json::from_value(v).unwrap()
}

#[test]
fn the_seed_reads_back_with_its_values() {
    let text = std::fs::read_to_string(util::seeds_dir().join("000_ad18fd4188fc23a2.txt")).unwrap();
    let a = util::article(&text);
    let back: Article<'static> = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
    let d = back.dateline.as_ref().unwrap();
    assert_eq!(
        d.datetime().unwrap().to_rfc3339(),
        "2024-04-03T07:35:00+07:00"
    );
    assert!(d.offset_assumed);
    assert_eq!(back.source.as_ref().unwrap().code, "CT");
    assert_eq!(
        back.source.as_ref().unwrap().outlet.map(|o| o.name),
        Some("Báo Cần Thơ")
    );
    assert_eq!(back.credits[0].roles, [Role::News, Role::Photo]);
    assert_eq!(back.credits[0].names, ["KIM XUÂN"]);
    assert_eq!(back.title.as_str(), a.title.as_str());
    // Spans are not in JSON: they come back empty.
    assert_eq!(back.title.span, vn_article::Span::default());
    assert_eq!(back.diagnostics.len(), a.diagnostics.len());
    assert_eq!(back.diagnostics[0].message, a.diagnostics[0].message);
}

#[test]
fn unknown_keys_are_ignored_and_missing_ones_take_defaults() {
    let back = seed_json_edited(|v| {
        v["a_later_key"] = serde_json::json!({"nested": [1, 2]});
        v["dateline"]["a_later_key"] = serde_json::json!(true);
        let o = v.as_object_mut().unwrap();
        for key in [
            "header",
            "footer",
            "mentions",
            "diagnostics",
            "section",
            "schema",
        ] {
            o.remove(key);
        }
    });
    assert!(back.header.is_empty() && back.footer.is_empty() && back.mentions.is_empty());
    assert!(back.section.is_empty());
    assert_eq!(
        back.title.as_str(),
        "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm"
    );
}

#[test]
fn values_from_a_later_version_read_as_unknown() {
    let back = seed_json_edited(|v| {
        v["credits"][0]["roles"] = serde_json::json!(["news", "narration"]);
        v["body"][0]["kind"] = serde_json::json!("subheading");
        v["mentions"] = serde_json::json!([
            {"kind": "distance", "text": "5 km", "value": 5},
            {"kind": "money", "text": "5 bitcoin", "value": 5, "currency": "XBT"},
            {"kind": "number", "text": "5 dặm", "value": 5, "unit": "dặm"},
            {"kind": "number", "text": "2,5", "value": 2.5, "unit": null}
        ]);
    });
    assert_eq!(back.credits[0].roles, [Role::News, Role::Unknown]);
    assert_eq!(back.body[0].kind, BlockKind::Unknown);
    // The mention of an unknown kind is left out.
    let kinds: Vec<MentionKind> = back.mentions.iter().map(|m| m.kind()).collect();
    assert_eq!(
        kinds,
        [MentionKind::Money, MentionKind::Number, MentionKind::Number]
    );
    assert_eq!(
        back.mentions[0].value,
        MentionValue::money("5".parse().unwrap(), Currency::Unknown)
    );
    assert_eq!(
        back.mentions[1].value,
        MentionValue::number("5".parse().unwrap(), Some(Unit::UNKNOWN))
    );
    assert_eq!(
        back.mentions[2].value,
        MentionValue::number("2.5".parse().unwrap(), None)
    );
}

#[test]
fn bad_json_is_an_error_naming_what() {
    let text = std::fs::read_to_string(util::seeds_dir().join("000_ad18fd4188fc23a2.txt")).unwrap();
    let a = util::article(&text);
    let v = serde_json::to_value(&a).unwrap();
    let err = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = v.clone();
        edit(&mut v);
        serde_json::from_value::<Article<'static>>(v)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        err(&|v| v["schema"] = serde_json::json!(2)),
        "schema 2: this version reads schema 1"
    );
    assert_eq!(
        err(&|v| v["dateline"]["date"] = serde_json::json!("03/04/2024")),
        "invalid date \"03/04/2024\": YYYY-MM-DD expected"
    );
    assert_eq!(
        err(&|v| v["mentions"][0]["kind"] = serde_json::json!("quarter")),
        "missing field `quarter`"
    );
    assert_eq!(
        err(&|v| {
            v.as_object_mut().unwrap().remove("title");
        }),
        "missing field `title`"
    );
    assert_eq!(
        err(&|v| v["mentions"] =
            serde_json::json!([{"kind": "percent", "text": "x", "value": "1,5"}])),
        "invalid number: expected a digit, `.` or an exponent at line 1, column 2"
    );
}

#[test]
fn decimals_read_back_exactly_whatever_their_form() {
    for (json, want) in [
        ("9007199254740993", "9007199254740993"),
        ("18446744073709551615", "18446744073709551615"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("53.68", "53.68"),
        ("0.00001", "0.00001"),
        ("1234567890123.45", "1234567890123.45"),
        ("1.5e3", "1500"),
        ("\"12.5\"", "12.5"),
    ] {
        let d: vn_article::Decimal = serde_json::from_str(json).unwrap();
        assert_eq!(d.to_string(), want, "{json}");
        assert_eq!(serde_json::to_string(&d).unwrap(), want.trim_matches('"'));
    }
    assert!(serde_json::from_str::<vn_article::Decimal>("18446744073709551616").is_err());
}

#[test]
fn the_schema_file_rejects_what_schema_1_is_not() {
    let text = std::fs::read_to_string(util::seeds_dir().join("000_ad18fd4188fc23a2.txt")).unwrap();
    let a = util::article(&text);
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(util::schema_violation(&v), None);
    let first = |kind: &str| {
        v["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .position(|m| m["kind"] == kind)
            .unwrap()
    };
    let (date, quarter) = (first("date"), first("quarter"));
    let broken = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = v.clone();
        edit(&mut v);
        util::schema_violation(&v).is_some()
    };
    assert!(broken(&|v| v["schema"] = serde_json::json!(2)));
    assert!(broken(&|v| {
        v.as_object_mut().unwrap().remove("footer");
    }));
    assert!(broken(
        &|v| v["dateline"]["date"] = serde_json::json!("03/04/2024")
    ));
    assert!(broken(
        &|v| v["credits"][0]["roles"] = serde_json::json!(["writer"])
    ));
    assert!(broken(
        &|v| v["mentions"][date]["month"] = serde_json::json!(13)
    ));
    assert!(broken(
        &|v| v["mentions"][date]["kind"] = serde_json::json!("money")
    ));
    assert!(broken(
        &|v| v["mentions"][quarter]["quarter"] = serde_json::json!("II")
    ));
    assert!(broken(
        &|v| v["diagnostics"][0]["line"] = serde_json::json!(0)
    ));
    assert!(broken(
        &|v| v["mentions"][date]["date"] = serde_json::json!("2024-4-2")
    ));
    // Keys a later version adds are allowed.
    assert!(!broken(&|v| v["a_later_key"] = serde_json::json!(1)));
}
