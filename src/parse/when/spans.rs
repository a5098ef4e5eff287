//! Spans of time written with digits alone: days of one month (`20-25/6`,
//! `3-4/6/2024`), a month of a year (`3/2024`, `10-2023`), a range of whole
//! years (`giai đoạn 2021-2025`).

use super::*;

/// The most years a range of years may span (`giai đoạn 2021-2025`).
const MAX_RANGE_YEARS: i32 = 100;

/// The years of a range in brackets right after a name (a life:
/// `Nguyễn Du (1766-1820)`).
const LIFE_YEARS: std::ops::RangeInclusive<i32> = 1000..=2100;

/// The most years a range in brackets may span (`(1911 - 2013)`).
const MAX_LIFE_YEARS: i32 = 125;

/// `2021-2025`, `2020 – 2025`: the years from the first to the last, both
/// whole; `prev` is the word before it. Not a season or a school or
/// financial year (`năm học 2023-2024`, `mùa giải 2023-2024`, `vụ Đông
/// Xuân 2023-2024`), which straddle two years.
pub(crate) fn year_range<'a>(
    i: &'a str,
    prev: &str,
    ctx: Option<NaiveDate>,
) -> Res<'a, MentionValue> {
    if SEASON_WORDS.contains(prev) || NOT_CALENDAR_YEAR.contains(prev) {
        return fail(i);
    }
    if let Ok(found) = year_to_now(i, ctx) {
        return Ok(found);
    }
    let (rest, (from, _)) = (number(4, 4), (sp0, dash, sp0)).parse(i)?;
    // `giai đoạn 2021-25`: the last year by its two last digits, in the
    // first's century (and after it), after a word that names a span of
    // years.
    let (rest, to) = match number(4, 4)(rest) {
        Ok(found) => found,
        Err(_) if crate::vocab::YEAR_SPAN_WORDS.contains(prev) => {
            let (rest, yy) = number(2, 2)(rest)?;
            (rest, from - from % 100 + yy)
        }
        Err(e) => return Err(e),
    };
    let (from, to) = (from as i32, to as i32);
    // `Nguyễn Du (1766-1820)`, `Võ Nguyên Giáp (1911 - 2013)`: a life in
    // brackets, older and longer than the ranges of the running text.
    let (years, longest) = if rest.starts_with(')') {
        (LIFE_YEARS, MAX_LIFE_YEARS)
    } else {
        (MONTH_YEARS, MAX_RANGE_YEARS)
    };
    if !(years.contains(&from) && years.contains(&to))
        || from >= to
        || to - from > longest
        || !crate::parse::mention::ends_cleanly(rest)
        || counted_noun_follows(rest)
        || crate::parse::number::unit_follows(rest)
    {
        return fail(i);
    }
    let days = (
        Shape::Months(1, 1).in_year(from),
        Shape::Months(12, 12).in_year(to),
    );
    Ok((
        rest,
        Resolved {
            start: days.0.map(|d| d.0),
            end: days.1.map(|d| d.1),
            relative: false,
            year_inferred: false,
        }
        .value(),
    ))
}

/// `2020 - nay`, `2020 đến nay`: from the year's first day to the
/// dateline's (a year after the dateline's is none).
fn year_to_now(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (rest, from) = number(4, 4)(i)?;
    let from = from as i32;
    let Some(after) = super::up_to_now(rest).filter(|_| MONTH_YEARS.contains(&from)) else {
        return fail(i);
    };
    let start = Shape::Months(1, 1).in_year(from).map(|d| d.0);
    if ctx.is_some_and(|d| start.map_or(true, |s| s > d)) {
        return fail(i);
    }
    Ok((
        after,
        Resolved {
            start,
            end: ctx,
            relative: true,
            year_inferred: false,
        }
        .value(),
    ))
}

/// A year alone as an end of a range (`từ 2020 đến nay`, `từ năm 2019
/// đến 2024`): four digits in [`MONTH_YEARS`], no count nor amount (`từ
/// 2000 đến 2050 người`, `2000 đồng`, `2000 tỷ`).
pub(super) fn bare_year_piece(i: &str) -> Res<'_, Piece> {
    let (rest, y) = year4(i)?;
    if !MONTH_YEARS.contains(&y)
        || !crate::parse::mention::ends_cleanly(rest)
        || counted_noun_follows(rest)
        || crate::parse::number::figure(i, 4).is_some()
    {
        return fail(i);
    }
    Ok((
        rest,
        Piece::calendar(Shape::Months(1, 12), Year::Written(y), false),
    ))
}

/// A year alone (`2024` in `năm 2023 và 2024`) as a whole year: see
/// [`bare_year_piece`].
pub(crate) fn year_alone(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (rest, piece) = bare_year_piece(i)?;
    Ok((rest, piece.resolve(ctx).value()))
}

/// The years a month written with its year alone may have (`3/2024`):
/// beyond them `5/1000` is a figure.
pub(crate) const MONTH_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// `3/2024`, `12-2025`: a month and its year without `tháng` (the caller
/// rules out document numbers such as `Thông tư 02/2015`).
pub(crate) fn month_of_year(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (rest, piece) = month_year_piece(i)?;
    Ok((rest, piece.resolve(ctx).value()))
}

/// [`month_of_year`] as a piece of a range (`từ 3/2024 đến 5/2024`).
pub(super) fn month_year_piece(i: &str) -> Res<'_, Piece> {
    let (rest, m) = number(1, 2)(i)?;
    let (rest, _) = alt((ch('/'), ch('-'))).parse(rest)?;
    let (rest, y) = year4(rest)?;
    // `3/2000 người`: a count.
    if !(1..=12).contains(&m)
        || !MONTH_YEARS.contains(&y)
        || !crate::parse::mention::ends_cleanly(rest)
        || counted_noun_follows(rest)
        || crate::parse::number::unit_follows(rest)
    {
        return fail(i);
    }
    let piece = Piece::calendar(Shape::Month(m, None), Year::Written(y), false);
    Ok((rest, piece))
}

/// `9T/2024`, `6T2024`, `11T-2025`: the first months of a year written as
/// the financial pages shorten `9 tháng đầu năm 2024`, only with the year
/// written (`6T` alone is as often six tonnes).
pub(crate) fn abbreviated_months(i: &str) -> Res<'_, MentionValue> {
    let (rest, (n, _)) = (number(1, 2), ch(char::from(MONTH_LETTER))).parse(i)?;
    let (rest, y) = alt((preceded(alt((ch('/'), dash, ch('.'))), year4), year4)).parse(rest)?;
    if !(1..=12).contains(&n) {
        return fail(i);
    }
    months_of_written_year(i, rest, (1, n), y)
}

/// `H1/2024`, `H2-2023`, `H1 năm 2024`: a half of a year abbreviated, only
/// with its year written (`H1` alone may name anything).
pub(crate) fn abbreviated_half(i: &str) -> Res<'_, MentionValue> {
    let (rest, (_, half)) = (ch(char::from(HALF_LETTER)), number(1, 1)).parse(i)?;
    let (rest, Year::Written(y)) = year_after(rest)? else {
        return fail(i);
    };
    let months = match half {
        1 => (1, 6),
        2 => (7, 12),
        _ => return fail(i),
    };
    months_of_written_year(i, rest, months, y)
}

/// The months `first` to `last` of the written year `y`, a period, read
/// from `i` up to `rest`; none when `y` is no year of [`MONTH_YEARS`] or
/// the mention does not end cleanly.
fn months_of_written_year<'a>(
    i: &'a str,
    rest: &'a str,
    (first, last): (u32, u32),
    y: i32,
) -> Res<'a, MentionValue> {
    if !MONTH_YEARS.contains(&y) || !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    let piece = Piece::calendar(Shape::Months(first, last), Year::Written(y), false);
    Ok((rest, piece.resolve(None).value()))
}

/// `01-12/2025`, `từ 1-3/2024`: the months from the first to the last of a
/// written year, as `tháng 1-3/2025` (the caller rules out document
/// numbers, as for [`month_of_year`]).
pub(crate) fn month_range_of_year(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (rest, piece) = month_range_piece(i)?;
    Ok((rest, piece.resolve(ctx).value()))
}

/// The months of [`month_range_of_year`], as a piece.
pub(super) fn month_range_piece(i: &str) -> Res<'_, Piece> {
    let (after, (first, _)) = (number(1, 2), dash).parse(i)?;
    // `1-7-2024` is a date, the first of July: a dash on both sides of the
    // month makes a day, a month and a year.
    let (past_month, _) = number(1, 2)(after)?;
    if past_month.starts_with(crate::normalize::is_dash) {
        return fail(i);
    }
    let (rest, piece) = month_year_piece(after)?;
    let Piece::Calendar {
        shape: Shape::Month(last, None),
        year,
        ..
    } = piece
    else {
        return fail(i);
    };
    if first == 0 || first >= last {
        return fail(i);
    }
    Ok((
        rest,
        Piece::calendar(Shape::Months(first, last), year, false),
    ))
}

/// Whether a day without its month closes its clause before `rest`: a
/// mark or the end, or a note in brackets (`Sáng 21 (giờ địa phương)`);
/// not a month written after the comma (`ngày 2, tháng 3`).
pub(crate) fn clause_closes_after_day(rest: &str) -> bool {
    let month_after = || {
        preceded((ch(','), sp1), word(MONTH_WORD))
            .parse(rest)
            .is_ok()
    };
    match rest.as_bytes() {
        [] | [b';', ..] => true,
        // `15,16/3`, `15,5`: a day glued to the next of its list, or a
        // decimal.
        [b',', next, ..] if next.is_ascii_digit() => false,
        [b',', ..] => !month_after(),
        [b'.', next, ..] => !next.is_ascii_digit(),
        [b'.'] => true,
        [b' ', b'(', next, ..] => !next.is_ascii_digit(),
        _ => false,
    }
}

/// The day `day` of a month nearest the dateline `dl` (the one before it
/// when two are as near; `back`: on or before it), in the dateline's
/// month or one beside it.
pub(crate) fn nearest_day(day: u32, dl: NaiveDate, back: bool) -> Option<NaiveDate> {
    nearest_day_where(day, dl, 1, |d| !back || d <= dl)
}

/// The day `day` of a month nearest the dateline `dl` (the one before it
/// when two are as near) among those up to `months` from the dateline's
/// month that `keep` holds for (`thứ Sáu ngày 13`: a Friday).
pub(crate) fn nearest_day_where(
    day: u32,
    dl: NaiveDate,
    months: i64,
    keep: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    if !(1..=31).contains(&day) {
        return None;
    }
    let first = dl.with_day(1)?;
    (-months..=months)
        .filter_map(|k| add_months(first, k)?.with_day(day))
        .filter(|&d| keep(d))
        .min_by_key(|d| ((*d - dl).num_days().abs(), *d > dl))
}

/// `ngày 3-4/6`, `12-15/6/2024`: days of one month; after a date word
/// (`announced`) the dash may stand between spaces (`ngày 5 - 7/4`), or
/// `đến` between them (`ngày 15 đến 20/3`, `ngày 15 đến ngày 20/3`);
/// without one, between spaces only before a year (`1 - 5/1/2020`, not
/// the score and the date of `thắng 1 - 5/1`).
pub(crate) fn day_range(i: &str, ctx: Option<NaiveDate>, announced: bool) -> Res<'_, MentionValue> {
    let (i, first) = number(1, 2)(i)?;
    let joiner = i;
    let (i, spaced) = if announced {
        (range_joiner, opt((word(DAY_WORD), sp1)))
            .map(|_| false)
            .parse(i)?
    } else {
        alt((dash.map(|_| false), (sp1, dash, sp1).map(|_| true))).parse(i)?
    };
    let (i, last) = number(1, 2)(i)?;
    // `ngày 10-12/3 âm lịch`, `ngày 10-12 tháng Giêng`: days of a lunar
    // month.
    if let Some((rest, r)) = lunar_days(i, (first, last), ctx) {
        return Ok((rest, r.value()));
    }
    // `ngày 14-20 tháng 1`, `ngày 3 - 4 thg 6 năm 2024`: the month in
    // words, after a date word. Without one, after a hyphen when a year, a
    // direction or the clause's end follows (`10-15 tháng 5.`, `10-12
    // tháng 5 vừa qua`; `sau 3-5 tháng 2 bên ký` counts months), or a
    // spaced dash before a year (`10 - 15 tháng 5 năm 2011`).
    if let Ok((rest, (month, year))) = worded_month(i) {
        // `ngày 10 đến 15 tháng 5 năm 99`: two digits.
        let (rest, year) = match year {
            Year::Missing => {
                year2_named(rest, ctx).map_or((rest, year), |(after, y)| (after, Year::Written(y)))
            }
            _ => (rest, year),
        };
        let closed = || {
            year != Year::Missing
                || clause_closes_after_day(rest)
                || super::direction(rest).is_some()
        };
        if announced || (!spaced && closed()) || matches!(year, Year::Written(_)) {
            return days_of_month(rest, (first, last, month), year, ctx);
        }
    }
    // `Từ ngày 10 đến 15, ...`, `ngày 10-15,`: days without their month
    // closing the clause after a date word, of the month of the last one's
    // nearest day (after a dash, a last day that may be a month, `ngày
    // 10-12`, is the 10th of December).
    if announced && !i.starts_with(['/', '.']) {
        return bare_day_range(i, (first, last), ctx, joiner).map(|(rest, r)| (rest, r.value()));
    }
    // `20-22.3.2024`, `20 - 22.3.2024`: dots only before a year of four
    // digits or after a date word (`ngày 20-22.3`; not the decimals of
    // `tăng 20-22.3`).
    let (i, sep) = alt((ch('/'), ch('.'))).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    // `20 – 31/12/11`: a year of two digits too.
    let (i, year) = opt(alt((preceded(ch(sep), year4), |i| {
        year2_after(i, sep, ctx)
            .ok()
            .filter(|_| sep == '/')
            .map_or_else(|| fail(i), Ok)
    })))
    .parse(i)?;
    if !(1..=12).contains(&month) || ((spaced || (sep == '.' && !announced)) && year.is_none()) {
        return fail(i);
    }
    let year = year.map_or(Year::Missing, Year::Written);
    days_of_month(i, (first, last, month), year, ctx)
}

/// The days `first` to `last` of `month` in `year`, the mention ending at
/// `i`: a period, when the days are in order and the mention ends cleanly
/// (and a year written holds them).
fn days_of_month(
    i: &str,
    (first, last, month): (u32, u32, u32),
    year: Year,
    ctx: Option<NaiveDate>,
) -> Res<'_, MentionValue> {
    if first == 0 || first == last || last > 31 || !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    // `ngày 28-3/5`: a first day after the last is of the month before,
    // near enough ([`super::month_before_range`]), in the last's year or
    // the one before.
    if first > last {
        let Some(before) = super::month_before_range(month, first, last) else {
            return fail(i);
        };
        let from = Piece::calendar(Shape::Day(before, first), Year::Missing, true);
        let to = Piece::calendar(Shape::Day(month, last), year, true);
        return match super::join(from, to, ctx) {
            Some(r) if r.start.is_some() || !matches!(year, Year::Written(_)) => Ok((i, r.value())),
            _ => fail(i),
        };
    }
    let piece = Piece::calendar(Shape::Days(month, first, last), year, true);
    let r = piece.resolve(ctx);
    if matches!(year, Year::Written(_)) && r.start.is_none() {
        return fail(i);
    }
    Ok((i, r.value()))
}

/// The days `first` to `last` without their month, at `rest` after them,
/// `joiner` the text from the first day's end: a period when the clause
/// closes there, of the month of the last day's nearest occurrence; not
/// after a dash when the last may be a month (`ngày 10-12` is 10 December).
pub(crate) fn bare_day_range<'a>(
    rest: &'a str,
    (first, last): (u32, u32),
    ctx: Option<NaiveDate>,
    joiner: &str,
) -> Res<'a, Resolved> {
    let month_like =
        last <= 12 && crate::normalize::trim_start(joiner).starts_with(crate::normalize::is_dash);
    let end = ctx.and_then(|dl| nearest_day(last, dl, false));
    let start = end.and_then(|e| e.with_day(first));
    match (start, end) {
        (Some(start), Some(end))
            if !month_like && first > 0 && first < last && clause_closes_after_day(rest) =>
        {
            let r = Resolved {
                start: Some(start),
                end: Some(end),
                relative: true,
                year_inferred: false,
            };
            Ok((rest, r))
        }
        _ => fail(rest),
    }
}

/// `12/6 - 3/7`, `01/01-31/12/2020`, `12/6/2024 – 15/6/2024`, `12/6 đến
/// 3/7`, `5/4 đến ngày 7/4`: two days written with a slash and joined by a
/// dash, `đến` or `tới`,
/// without `từ`: the days from the first to the last (a year written on
/// one end only is both's). With `dashed` (after a word that announces a
/// day: `ngày 30-4 - 1-5`, `dịp 30-4 đến 1-5`, `ngày 30.3 - 2.4`), the days
/// may be written with a hyphen or a dot too.
pub(crate) fn dated_range<'a>(
    i: &'a str,
    ctx: Option<NaiveDate>,
    dashed: bool,
) -> Res<'a, MentionValue> {
    // Cheap first: the first date's digits and slashes, then the joiner
    // and a digit.
    // The first date's separator is the first byte after its digits: a
    // dash after dots joins the two (`ngày 30.3-2.4`).
    let sep = i.bytes().find(|b| !b.is_ascii_digit()).unwrap_or(b'/');
    let first_len = i
        .bytes()
        .take_while(|&b| {
            b.is_ascii_digit() || b == b'/' || (dashed && b == sep && (b == b'-' || b == b'.'))
        })
        .count();
    let after = i.get(first_len..).unwrap_or_default();
    // `5/4 đến ngày 7/4`: the day word may stand before the last.
    let digit_next = range_joiner(after).is_ok_and(|(r, ())| {
        let r = opt((word(DAY_WORD), sp1))
            .parse(r)
            .map_or(r, |(rest, _)| rest);
        r.starts_with(|c: char| c.is_ascii_digit())
    });
    if !(3..=10).contains(&first_len) || !digit_next {
        return fail(i);
    }
    let day_piece = |i| match range_piece(i, ctx) {
        Ok((
            rest,
            piece @ Piece::Calendar {
                shape: Shape::Day(..),
                ..
            },
        )) => Ok((rest, piece)),
        _ => fail(i),
    };
    let (rest, from) = day_piece(i)?;
    let (rest, ()) = range_joiner(rest)?;
    // `10/3 - 12/3 âm lịch`: both ends lunar by the mark after the last.
    let to_text = rest;
    let (rest, to) = if digits_marked_lunar(to_text) {
        range_piece(to_text, ctx)?
    } else {
        day_piece(rest)?
    };
    let from = lunar_first_end(from, to_text, ctx);
    if !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    let written = |p: Piece| {
        matches!(
            p,
            Piece::Calendar {
                year: Year::Written(_),
                ..
            }
        )
    };
    let Some(r) = join(from, to, ctx) else {
        return fail(i);
    };
    // Without a year, a long span is two fractions (`tỷ số 2/3 - 1/2`)
    // rather than days.
    let days = match (r.start, r.end) {
        (Some(s), Some(e)) => (e - s).num_days(),
        _ => 0,
    };
    if !(written(from) || written(to)) && days > MAX_BARE_RANGE_DAYS {
        return fail(i);
    }
    Ok((rest, r.value()))
}

/// The most days two dates without a year joined by a dash may span.
pub(crate) const MAX_BARE_RANGE_DAYS: i64 = 92;
