//! Decades and centuries: `những năm 1990`, `thập niên 90`, `thập kỷ
//! 2010`, a period of ten whole years; `thế kỷ XX`, `thế kỷ 21`, `thế kỷ
//! trước`, of a hundred.

use super::*;
use crate::normalize::is_dash;
use crate::vocab::{CENTURY_WORDS, DECADE_WORDS};

/// `những năm 1990`, `thập niên 1980`, `thập niên 90`: the ten years from
/// a year ending in 0. Two digits name a decade of the century that puts it
/// at or before the dateline's year (`thập niên 20` in 2026 is the 2020s, in
/// 2018 the 1920s; the 1900s without a dateline), `year_inferred`. Not a
/// range of years (`những năm 2021-2025`), nor a year not ending in 0.
/// Before `đến nay` (`những năm 1990 đến nay`), from its first day to the
/// dateline's (`relative`).
pub(crate) fn decade<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Resolved> {
    let (i, ()) = DECADE_WORDS.starting()(i)?;
    let (i, _) = sp1(i)?;
    let (rest, (first, inferred)) = alt((
        year4.map(|y| (y, false)),
        number(2, 2).map(|yy| {
            let yy = i32::try_from(yy).unwrap_or(0);
            let year = match ctx {
                Some(d) => {
                    let y = d.year() - d.year().rem_euclid(100) + yy;
                    if y > d.year() {
                        y - 100
                    } else {
                        y
                    }
                }
                None => 1900 + yy,
            };
            (year, true)
        }),
    ))
    .parse(i)?;
    // `những năm 2021-2025`: a range, read as one.
    let range = rest.starts_with(|c: char| is_dash(c) || c == '/');
    if first % 10 != 0 || range {
        return fail(i);
    }
    let resolved = Resolved {
        start: NaiveDate::from_ymd_opt(first, 1, 1),
        end: NaiveDate::from_ymd_opt(first + 9, 12, 31),
        relative: false,
        year_inferred: inferred,
    };
    // `thập niên 1990 đến nay`: from the decade's first day to the
    // dateline's.
    if let Some(after) = up_to_now(rest) {
        if ctx.map_or(true, |d| resolved.start.is_some_and(|s| s <= d)) {
            return Ok((after, until_now(resolved, ctx)));
        }
    }
    Ok((rest, resolved))
}

/// `thế kỷ XX`, `thế kỉ 21`: the hundred years from year 1 of the century
/// (the 20th is 1901 to 2000); `thế kỷ trước`, `thế kỷ này`, `thế kỷ tới`
/// count from the dateline's (`relative`; no dates without a dateline).
pub(crate) fn century<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Resolved> {
    let (i, ()) = CENTURY_WORDS.starting()(i)?;
    let (i, _) = sp1(i)?;
    let (rest, n, relative) = match relative_unit(i) {
        Ok((rest, k)) => {
            let Some(d) = ctx else {
                return Ok((rest, Resolved::unknown(true)));
            };
            (rest, (d.year() - 1).div_euclid(100) + 1 + k, true)
        }
        Err(_) => {
            // `thế kỷ thứ 21`, `thế kỷ thứ XXI`: the ordinal's word before
            // the number.
            let (i, _) = opt((word(crate::vocab::ORDINAL_WORD), sp1)).parse(i)?;
            // `thế kỷ hai mươi`, `thế kỷ mười chín`: in words from the tenth
            // on (`thế kỷ một lần` counts).
            let worded = number_in_words(false).map_opt(|n| (n >= 10).then_some(n));
            let (rest, n) = alt((number(1, 2), roman, worded)).parse(i)?;
            (rest, i32::try_from(n).unwrap_or(0), false)
        }
    };
    if !(1..=MAX_CENTURY).contains(&n) || !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    Ok((
        rest,
        Resolved {
            start: NaiveDate::from_ymd_opt((n - 1) * 100 + 1, 1, 1),
            end: NaiveDate::from_ymd_opt(n * 100, 12, 31),
            relative,
            year_inferred: false,
        },
    ))
}

/// The last century read (`thế kỷ XXX` is none of the news').
const MAX_CENTURY: i32 = 30;

/// A Roman numeral of `I`, `V` and `X` in either case (`XXI`, `xx`), its
/// value; a letter or digit after it is no numeral.
fn roman(i: &str) -> Res<'_, u32> {
    let len = i
        .bytes()
        .take_while(|b| matches!(b | 0x20, b'i' | b'v' | b'x'))
        .count();
    let (digits, rest) = i.split_at_checked(len).unwrap_or(("", i));
    let value = |b: u8| match b | 0x20 {
        b'x' => 10,
        b'v' => 5,
        _ => 1,
    };
    let mut total = 0u32;
    let mut bytes = digits.bytes().peekable();
    while let Some(b) = bytes.next() {
        let v = value(b);
        match bytes.peek() {
            Some(&next) if value(next) > v => total = total.saturating_sub(v),
            _ => total += v,
        }
    }
    if digits.is_empty() || rest.starts_with(|c: char| crate::parse::common::is_word_char(c)) {
        return fail(i);
    }
    Ok((rest, total))
}
