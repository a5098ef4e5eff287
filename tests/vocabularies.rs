//! Every public enum over a closed vocabulary: its names are the ones JSON
//! writes, unique, and `as_str`, `Display` and `FromStr` round-trip.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::collections::HashSet;
use std::fmt::Display;
use std::str::FromStr;

use vn_article::{BlockKind, Currency, DiagnosticCode, ErrorKind, MentionKind, Role};

/// The names of every value of an enum, checked to round-trip.
fn names<T>(all: impl Iterator<Item = T>, as_str: impl Fn(&T) -> &'static str) -> Vec<&'static str>
where
    T: Display + FromStr<Err = vn_article::Error> + PartialEq + std::fmt::Debug,
{
    let mut seen = HashSet::new();
    all.map(|v| {
        let name = as_str(&v);
        assert!(seen.insert(name), "{name} twice");
        assert_eq!(v.to_string(), name);
        assert_eq!(name.parse::<T>().unwrap(), v);
        name
    })
    .collect()
}

#[test]
fn names_are_the_json_ones_and_round_trip() {
    assert_eq!(
        names(Role::all(), |r| r.as_str()),
        [
            "news",
            "article",
            "photo",
            "video",
            "graphics",
            "production",
            "translation",
            "compilation",
            "author",
            "source",
            "editing",
            "design",
            "unknown"
        ]
    );
    assert_eq!(
        names(BlockKind::all(), |k| k.as_str()),
        ["paragraph", "caption", "related", "unknown"]
    );
    assert_eq!(
        names(MentionKind::all(), |k| k.as_str()),
        [
            "date",
            "quarter",
            "period",
            "lunar_date",
            "time",
            "percent",
            "ratio",
            "number",
            "money"
        ]
    );
    assert_eq!(
        names(Currency::all(), |c| c.as_str()),
        [
            "VND", "USD", "EUR", "JPY", "CNY", "GBP", "KRW", "THB", "AUD", "CAD", "SGD", "HKD",
            "TWD", "NZD", "CHF", "RUB", "INR", "MYR", "IDR", "PHP", "LAK", "KHR", "unknown"
        ]
    );
    assert_eq!(
        names(DiagnosticCode::all(), |c| c.as_str()),
        [
            "missing_dateline",
            "offset_assumed",
            "impossible_date",
            "impossible_time",
            "weekday_mismatch",
            "unknown_outlet",
            "missing_lead",
            "missing_title",
            "redundant_meridiem",
            "title_joined",
            "ambiguous_number",
            "number_too_long",
            "unknown"
        ]
    );
    assert_eq!(
        names(ErrorKind::all(), |k| k.as_str()),
        [
            "empty_input",
            "no_title",
            "invalid_utf8",
            "too_large",
            "too_many_pieces",
            "invalid_dateline",
            "invalid_source_marker",
            "invalid_credit",
            "io",
            "invalid_number",
            "unknown_name"
        ]
    );
}

#[test]
fn an_unknown_name_is_an_error_with_its_vocabulary() {
    let err = "Photo".parse::<Role>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownName);
    assert_eq!(
        err.to_string(),
        "unknown credit role: \"Photo\" at line 1, column 1"
    );
    assert_eq!(
        "usd".parse::<Currency>().unwrap_err().to_string(),
        "unknown currency code: \"usd\" at line 1, column 1"
    );
    assert_eq!(
        "".parse::<MentionKind>().unwrap_err().to_string(),
        "unknown mention kind: \"\" at line 1, column 1"
    );
    assert_eq!(
        "photo caption"
            .parse::<BlockKind>()
            .unwrap_err()
            .to_string(),
        "unknown block kind: \"photo caption\" at line 1, column 1"
    );
}

/// Names and texts honour a width and an alignment, as `str` does.
#[test]
fn names_and_texts_are_padded_as_str_is() {
    assert_eq!(format!("[{:<8}]", MentionKind::Money), "[money   ]");
    assert_eq!(format!("[{:>8}]", Role::Photo), "[   photo]");
    assert_eq!(format!("[{:^7}]", BlockKind::Caption), "[caption]");
    let text = vn_article::Text::from("quý II");
    assert_eq!(format!("[{text:<8}]"), "[quý II  ]");
    assert_eq!(format!("[{text}]"), "[quý II]");
}
