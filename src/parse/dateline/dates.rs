//! The date of a dateline: day first with one separator used twice
//! (`03/04/2024`), spaced dashes, year first, written out (`12 Tháng hai
//! 2016`, `Tháng Mười Một 14, 2019`), short years.

use super::*;

/// `03/04/2024`, `3-4-2024`, `15.6.2024`, `5–3–2025`: day, month,
/// four-digit year with one separator used twice.
pub(crate) fn date_dmy(i: &str) -> Res<'_, RawDate> {
    let (i, day) = number(1, 2)(i)?;
    // A dash in any of its forms (`5–3–2025`), the same one twice.
    let (i, sep) = alt((ch('/'), ch('.'), crate::parse::common::dash)).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = ch(sep)(i)?;
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// How far after a day a space of spaced separators stands at the latest,
/// in characters: before the year (`/12/ 2026`, the fifth).
const SPACED_MONTH_CHARS: usize = 5;

/// `15 - 9 - 2010`, `3 – 4 – 2024`: day, month and year between dashes
/// with spaces around them; `12 / 2 / 2026`, `12 /2/2026`: between
/// slashes with a space beside one or more (read in running text).
pub(crate) fn date_dmy_spaced(i: &str) -> Res<'_, RawDate> {
    let (i, day) = number(1, 2)(i)?;
    // Told first by the characters after the day: a space or a slash,
    // and a space before the year (`03/04/2024` is [`date_dmy`]'s).
    let spaced = i
        .chars()
        .next()
        .is_some_and(|c| c == '/' || crate::normalize::is_space(c))
        && i.chars()
            .take(SPACED_MONTH_CHARS)
            .any(crate::normalize::is_space);
    if !spaced {
        return crate::parse::common::fail(i);
    }
    let slash = |i| (sp0, ch('/'), sp0).parse(i);
    let (i, slashed) = match (sp1, dash, sp1).parse(i) {
        Ok((rest, _)) => (rest, false),
        Err(_) => (slash(i)?.0, true),
    };
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = if slashed {
        slash(i)?
    } else {
        (sp1, dash, sp1).parse(i)?
    };
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// `2018-12-06`, `2019-3-7`, `2025.12.04`: year first, ISO-like or with
/// dots.
pub(super) fn date_ymd(i: &str) -> Res<'_, RawDate> {
    let (i, year) = number(4, 4)(i)?;
    let (i, sep) = alt((ch('-'), ch('/'), ch('.'))).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = ch(sep)(i)?;
    let (i, day) = number(1, 2)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// `ngày 3 tháng 4 năm 2024` (the leading `ngày` optional), `12 Tháng hai
/// 2016`, `13 tháng 12, 2024`, `20 tháng mười một năm 2022`, `12 Th02
/// 2026`; the month first: `Tháng Mười Một 14, 2019`, `Th02 12, 2026`, `Thg 12 3,
/// 2024`. Months in words are read from
/// [`crate::vocab`].
pub(crate) fn date_written(i: &str) -> Res<'_, RawDate> {
    alt((date_written_day_first, date_written_month_first)).parse(i)
}

/// `tháng` before the month of a written date, or its abbreviation `thg`.
pub(crate) fn month_word(i: &str) -> Res<'_, &str> {
    alt((word(vocab::MONTH_WORD), word(vocab::MONTH_ABBREVIATION))).parse(i)
}

/// A written date's month: glued to `Th` (`Th02`), or after `tháng` or
/// `thg` in digits or words (`tháng 2`, `Tháng hai`, `thg 12`).
pub(crate) fn written_month(i: &str) -> Res<'_, u32> {
    alt((
        glued_month,
        preceded((month_word, sp1), crate::parse::when::month_number),
    ))
    .parse(i)
}

/// `Th9`, `Th09`: the month's number glued to `tháng` cut short
/// ([`vocab::MONTH_GLUED_ABBREVIATION`]), ending the word.
pub(crate) fn glued_month(i: &str) -> Res<'_, u32> {
    abbreviated_number(i, vocab::MONTH_GLUED_ABBREVIATION, 2, false, 1..=12)
}

/// `abbr` in either case, then a number of at most `digits` digits in
/// `range`, glued to it or (`spaced`) after one space, ending the word
/// (`Th9`, `Th 2`).
pub(super) fn abbreviated_number<'a>(
    i: &'a str,
    abbr: &str,
    digits: usize,
    spaced: bool,
    range: std::ops::RangeInclusive<u32>,
) -> Res<'a, u32> {
    let Some(rest) = i
        .get(..abbr.len())
        .filter(|head| head.eq_ignore_ascii_case(abbr))
        .and_then(|_| i.get(abbr.len()..))
    else {
        return crate::parse::common::fail(i);
    };
    let rest = match rest.strip_prefix(' ') {
        Some(after) if spaced => after,
        _ => rest,
    };
    let (rest, n) = number(1, digits)(rest)?;
    if !range.contains(&n) || rest.starts_with(crate::parse::letters::is_alphanumeric) {
        return crate::parse::common::fail(i);
    }
    Ok((rest, n))
}

pub(super) fn date_written_day_first(i: &str) -> Res<'_, RawDate> {
    let (i, _) = opt((word(DAY_WORD), sp1)).parse(i)?;
    let (i, day) = number(1, 2)(i)?;
    let (i, _) = sp1(i)?;
    // `29 tháng năm 2017`: after a day, `năm` in small letters before the
    // year is May too.
    let may = preceded((month_word, sp1), crate::parse::when::may_before_year);
    let (i, month) = alt((written_month, may)).parse(i)?;
    // `năm 2024`, a comma and the year (`13 tháng 12, 2024`), or the year
    // alone after a space (`12 Tháng hai 2016`).
    let (i, _) = alt((
        (sp0, opt(ch(',')), sp0, word(vocab::YEAR_WORD), sp1).map(|_| ()),
        (sp0, ch(','), sp0).map(|_| ()),
        sp1.map(|_| ()),
    ))
    .parse(i)?;
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

pub(super) fn date_written_month_first(i: &str) -> Res<'_, RawDate> {
    let (i, month) = written_month(i)?;
    let (i, day) = preceded(sp1, number(1, 2)).parse(i)?;
    let (i, _) = (sp0, ch(','), sp0).parse(i)?;
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// `12/12/24`: day, month and a two-digit year (2000 to 2069, 1970 to 1999),
/// read in datelines only.
pub(super) fn date_dmy_short(i: &str) -> Res<'_, RawDate> {
    let (i, day) = number(1, 2)(i)?;
    // A dash in any of its forms (`5–3–2025`), the same one twice.
    let (i, sep) = alt((ch('/'), ch('.'), crate::parse::common::dash)).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = ch(sep)(i)?;
    let (i, yy) = number(2, 2)(i)?;
    let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
    Ok((i, RawDate::new(day, month, year)))
}

/// `January 15, 2024`, `Jan. 15 2024`, `15 January 2024`, `15 Jan, 2024`:
/// a month in English ([`vocab::ENGLISH_MONTHS`]), as some pages print
/// their datelines.
pub(super) fn date_english(i: &str) -> Res<'_, RawDate> {
    fn month(i: &str) -> Res<'_, u32> {
        let (i, m) = vocab::ENGLISH_MONTHS.starting()(i)?;
        let (i, _) = opt(ch('.')).parse(i)?;
        Ok((i, m))
    }
    let month_first = (
        month,
        sp1,
        number(1, 2),
        sp0,
        opt(ch(',')),
        sp0,
        number(4, 4),
    )
        .map(|(m, _, d, _, _, _, y)| RawDate::new(d, m, y));
    let comma_or_space = alt(((sp0, ch(','), sp0).map(|_| ()), sp1.map(|_| ())));
    let day_first = (number(1, 2), sp1, month, comma_or_space, number(4, 4))
        .map(|(d, _, m, (), y)| RawDate::new(d, m, y));
    alt((month_first, day_first)).parse(i)
}

/// Any dateline date form, with an optional `ngày` before numeric forms.
pub(super) fn date(i: &str) -> Res<'_, RawDate> {
    alt((
        date_written,
        date_english,
        preceded(
            opt((word(DAY_WORD), sp1)),
            alt((date_dmy, date_ymd, date_dmy_spaced, date_dmy_short)),
        ),
    ))
    .parse(i)
}
