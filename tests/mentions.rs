//! `vn_article::mentions`: the mentions of a text that is no article,
//! resolved against a day of publication handed in, as `parse` reads them
//! in an article's running text.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::borrow::Cow;

use chrono::NaiveDate;
use vn_article::{ErrorKind, MentionValue, MAX_INPUT_LEN, MAX_PIECES};

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Each mention as its text, span and value.
fn found(text: &str, dateline: Option<NaiveDate>) -> Vec<(String, (usize, usize), MentionValue)> {
    vn_article::mentions(text, dateline)
        .unwrap()
        .into_iter()
        .map(|m| {
            let span = (m.text.span.start, m.text.span.end);
            (m.text.to_string(), span, m.value)
        })
        .collect()
}

#[test]
fn a_sentence_resolved_against_the_day_handed_in() {
    let text = "Từ tháng 5 đến nay, sáng 2/4 lúc 8h30 và hôm qua giá tăng 12,5%.";
    let got = found(text, day(2024, 4, 3));
    let at = |s: &str| text.find(s).unwrap();
    assert_eq!(got.len(), 5);
    assert_eq!(got[0].0, "Từ tháng 5 đến nay");
    assert_eq!(got[0].1, (0, at(",")));
    assert!(matches!(
        got[0].2,
        MentionValue::Period { start, end, relative: true, year_inferred: true, .. }
            if start == day(2023, 5, 1) && end == day(2024, 4, 3)
    ));
    assert_eq!(got[1].0, "sáng 2/4");
    assert!(matches!(got[1].2, MentionValue::Date { date, .. } if date == day(2024, 4, 2)));
    assert_eq!(got[2].0, "lúc 8h30");
    assert_eq!(
        got[2].2,
        MentionValue::time(chrono::NaiveTime::from_hms_opt(8, 30, 0).unwrap())
    );
    assert_eq!(got[3].0, "hôm qua");
    assert_eq!(got[3].1, (at("hôm qua"), at(" giá")));
    assert!(
        matches!(got[3].2, MentionValue::RelativeDate { date, days: -1, .. } if date == day(2024, 4, 2))
    );
    assert_eq!(got[4].0, "12,5%");
    // Without a day: the same pieces, dates unknown.
    let bare = found(text, None);
    let texts: Vec<&str> = bare.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Từ tháng 5 đến nay",
            "sáng 2/4",
            "lúc 8h30",
            "hôm qua",
            "12,5%"
        ]
    );
    assert!(matches!(
        bare[3].2,
        MentionValue::RelativeDate {
            date: None,
            days: -1,
            ..
        }
    ));
    assert!(matches!(
        bare[1].2,
        MentionValue::Date {
            date: None,
            year: None,
            month: 4,
            day: 2,
            ..
        }
    ));
}

#[test]
fn lines_are_read_each_on_its_own_with_spans_in_the_whole_text() {
    // A date does not run on across a line end; `\r\n` and a lone `\r`
    // end a line too, as in an article. The day alone closes its line:
    // the 2nd nearest the day handed in.
    let lone = found("Ngày 2\r4/2024", day(2024, 4, 3));
    let texts: Vec<(&str, (usize, usize))> = lone.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert_eq!(texts, [("Ngày 2", (0, 7)), ("4/2024", (8, 14))]);
    assert!(matches!(
        lone[0].2,
        MentionValue::Date { date: Some(d), relative: true, .. } if d == day(2024, 4, 2).unwrap()
    ));
    let text = "Ngày 2\r\n4/2024 khởi công\nquý II-2024";
    let got = found(text, day(2024, 4, 3));
    let texts: Vec<(&str, (usize, usize))> = got.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert_eq!(
        texts,
        [
            ("Ngày 2", (0, 7)),
            ("4/2024", (9, 15)),
            ("quý II-2024", (29, 41))
        ]
    );
    assert!(matches!(
        got[2].2,
        MentionValue::Quarter {
            quarter: 2,
            year: Some(2024),
            year_inferred: false,
            ..
        }
    ));
}

#[test]
fn nfc_text_is_borrowed_and_other_text_normalized() {
    let nfc = "Ngày 2-4-2024, quý II.";
    let got = vn_article::mentions(nfc, None).unwrap();
    assert!(got.iter().all(|m| matches!(m.text.text, Cow::Borrowed(_))));
    // `Ngày` with its grave accent as a combining mark: the spans are
    // those of the normalized text, one byte shorter before them.
    let nfd = "Nga\u{300}y 2-4-2024, quy\u{301} II.";
    let got = vn_article::mentions(nfd, day(2024, 4, 3)).unwrap();
    let texts: Vec<(&str, (usize, usize))> = got
        .iter()
        .map(|m| (m.text.as_str(), (m.text.span.start, m.text.span.end)))
        .collect();
    assert_eq!(texts, [("Ngày 2-4-2024", (0, 14)), ("quý II", (16, 23))]);
    assert!(got.iter().all(|m| matches!(m.text.text, Cow::Owned(_))));
}

#[test]
fn the_limits_are_errors_with_their_positions() {
    let text = "5%, ".repeat(MAX_PIECES + 1);
    let err = vn_article::mentions(&text, None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooManyPieces);
    assert_eq!(err.offset(), 4 * MAX_PIECES);
    assert_eq!(
        err.to_string(),
        format!(
            "too many pieces: more than {MAX_PIECES} mentions for one article at line 1, column {}",
            4 * MAX_PIECES + 1
        )
    );
    let text = "a".repeat(MAX_INPUT_LEN + 1);
    let err = vn_article::mentions(&text, None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLarge);
    assert_eq!((err.offset(), err.line(), err.column()), (0, 1, 1));
    // An empty text holds none.
    assert!(vn_article::mentions("", None).unwrap().is_empty());
}

/// Over the seeds: an article's title, lead and paragraphs read alone, one
/// a line, under the article's dateline, give the mentions the article
/// gives them (a mention may lean on one read before it, `chiều cùng ngày`,
/// as in the article).
#[test]
fn the_running_text_alone_reads_as_in_its_article() {
    let mut files = txt_files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    let seeds = files.len();
    // And the corpus's articles and pages where it lies.
    if let Some(dir) = std::env::var_os("VN_ARTICLE_CORPUS") {
        files.extend(txt_files(std::path::Path::new(&dir)));
    }
    let mut read = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let a = vn_article::parse(&text).unwrap();
        // The number of an entry of a list is no figure in an article, nor
        // a gallery's counter (`Ảnh 2/5`) a date: such articles are left out.
        let listed = a.body.iter().any(|b| {
            ["Ảnh ", "(Ảnh "].iter().any(|p| b.text.starts_with(p))
                || b.text.starts_with(|c: char| c.is_ascii_digit())
        });
        if listed {
            continue;
        }
        let mut lines = vec![a.title.as_str()];
        lines.extend(a.lead.as_ref().map(|l| l.as_str()));
        lines.extend(a.body.iter().map(|b| b.text.as_str()));
        let running = lines.join("\n");
        let dateline = a.dateline.as_ref().map(|d| d.date);
        let want: Vec<_> = a
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), &m.value))
            .collect();
        let got = vn_article::mentions(&running, dateline).unwrap();
        for m in &got {
            assert_eq!(running.get(m.text.span.range()), Some(m.text.as_str()));
        }
        let got: Vec<_> = got.iter().map(|m| (m.text.as_str(), &m.value)).collect();
        assert_eq!(got, want, "{}", path.display());
        read += 1;
    }
    // Seven seeds hold lists, galleries or a table (`130`, `190`, `230`,
    // `235`, `400`, `490`, `545`).
    assert!(read >= seeds - 7, "{read} of {seeds}");
}

/// The `.txt` files under `dir`, its folders' too, sorted (none when it
/// does not exist).
fn txt_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for path in entries.map(|e| e.unwrap().path()) {
        if path.is_dir() {
            files.extend(txt_files(&path));
        } else if path.extension().is_some_and(|x| x == "txt") {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn words_parted_by_other_white_space_than_one_space() {
    // A non-breaking space, two spaces, a tab, a thin space, a zero-width
    // space after a space: read as one space; the texts and spans are the
    // text's own.
    let text = "Giá tăng\u{a0}53,68% trong quý\u{a0}II/2024, lúc 10  giờ 45\tvà đạt 2\u{2009}tỷ đồng vào \u{200b}ngày 5/12.";
    let got = found(text, day(2024, 12, 6));
    let at = |s: &str| text.find(s).unwrap();
    let texts: Vec<(&str, (usize, usize))> = got.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert_eq!(
        texts,
        [
            ("53,68%", (at("53,68%"), at(" trong"))),
            ("quý\u{a0}II/2024", (at("quý"), at(", lúc"))),
            ("lúc 10  giờ 45", (at("lúc"), at("\tvà"))),
            ("2\u{2009}tỷ đồng", (at("2\u{2009}"), at(" vào"))),
            ("ngày 5/12", (at("ngày"), at("."))),
        ]
    );
    assert!(
        matches!(got[0].2, MentionValue::Percent { value, .. } if value.to_string() == "53.68")
    );
    assert!(matches!(
        got[1].2,
        MentionValue::Quarter {
            quarter: 2,
            year: Some(2024),
            ..
        }
    ));
    assert_eq!(
        got[2].2,
        MentionValue::time(chrono::NaiveTime::from_hms_opt(10, 45, 0).unwrap())
    );
    assert!(
        matches!(got[3].2, MentionValue::Money { value, .. } if value.to_string() == "2000000000")
    );
    assert!(matches!(got[4].2, MentionValue::Date { date, .. } if date == day(2024, 12, 5)));
    // A soft hyphen or a zero-width space inside a word is no gap.
    let got = found("tăng trong thá\u{ad}ng 9 năm 2024", day(2024, 12, 6));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "thá\u{ad}ng 9 năm 2024");
    assert!(
        matches!(got[0].2, MentionValue::Period { start, end, .. } if start == day(2024, 9, 1) && end == day(2024, 9, 30))
    );
}

#[test]
fn sentences_glued_without_a_space_after_a_mention() {
    // Paragraphs a scraper joined without a space: the mention before the
    // period ends there, and one opening right after it is read.
    let text = "Vụ việc xảy ra ngày 26.2.2025.Theo đó, lúc 9h30.Tại đây có khoảng 1.200 người.\
                Cả ngày 2/1,Ngoài ra lan truyền clip.Sáng 10.2 tăng 15%.Trong đó";
    let got = found(text, day(2025, 2, 14));
    let texts: Vec<&str> = got.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "ngày 26.2.2025",
            "lúc 9h30",
            "1.200 người",
            "ngày 2/1",
            "Sáng 10.2",
            "15%"
        ]
    );
    let at = |s: &str| text.find(s).unwrap();
    assert_eq!(got[4].1, (at("Sáng"), at(" tăng")));
    assert!(matches!(got[0].2, MentionValue::Date { date, .. } if date == day(2025, 2, 26)));
    assert_eq!(
        got[1].2,
        MentionValue::time(chrono::NaiveTime::from_hms_opt(9, 30, 0).unwrap())
    );
    assert!(matches!(got[3].2, MentionValue::Date { date, .. } if date == day(2025, 1, 2)));
    assert!(matches!(got[4].2, MentionValue::Date { date, .. } if date == day(2025, 2, 10)));
    // A period between capitals, or before a word of capitals alone, is
    // part of the word (`TP.HCM`, `5.12.TP`).
    // `Cùng ngày` names no day with no date before it.
    let other = found(
        "Ở TP.Hồ Chí Minh lúc 5.12.TP và Nhi Đồng 2.Cùng ngày",
        day(2025, 2, 14),
    );
    assert_eq!(other.len(), 1);
    assert_eq!(
        (other[0].0.as_str(), &other[0].2),
        ("2", &MentionValue::number("2".parse().unwrap(), None))
    );
}
