//! The pieces a period is made of: a month, a year, a week, a part of a week, a
//! part of a month or year, the first or last months of a year, a day.

use super::*;

/// `tháng 9/2024`, `tháng 5-2020`, `tháng 9 năm 2024`, `tháng Mười Một`,
/// `tháng 9`, `thg 12/2024`; `tháng này`, `tháng trước`, `tháng tới`; `tháng qua` (the
/// month ending on the dateline's day); `tháng 7 âm lịch` (the days of a
/// lunar month).
pub(super) fn month_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    // `mỗi tháng 2 lần`, `3 tháng`, `các tháng qua`: months counted; but
    // `các tháng 10-11/2024` names them.
    let counting = is_count(prev);
    // `thg 12/2024`: `tháng` abbreviated, before the month's number only.
    let (i, (abbreviated, _)) = (
        alt((
            word(MONTH_WORD).map(|_| false),
            word(crate::vocab::MONTH_ABBREVIATION).map(|_| true),
        )),
        sp1,
    )
        .parse(i)?;
    if (counting || abbreviated) && !i.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    if let Ok((rest, n)) = relative_unit_after(i, prev)
        .map(|(rest, n)| (rest, Some(n)))
        .or_else(|_| past(i, MONTH_WORD))
    {
        return Ok((rest, Piece::Counted(counted(MONTH_WORD, n, ctx))));
    }
    let named = MONTH_NAMES.starting()(i).is_ok();
    let (i, m) = month_number(i)?;
    // `trong 2 tháng 10 và 11`: as many months named as counted.
    if counting && !crate::vocab::PLURAL_WORDS.contains(prev) && !names_counted_months(prev, i) {
        return fail(i);
    }
    // `tháng Giêng`, `tháng Chạp năm nay`: the first and the last month of
    // the lunar calendar, by their names.
    if named {
        if let Ok((rest, days)) = lunar_month_span(i, (m, true), ctx) {
            return Ok((rest, Piece::Counted(days)));
        }
    }
    // `tháng 6-7/2024`: the months from one to the other.
    let (i, last) =
        opt(preceded((sp0, dash, sp0), number(1, 2)))
            .parse(i)
            .map(|(rest, n)| match n {
                Some(n) if n > m && n <= 12 => (rest, Some(n)),
                _ => (i, None),
            })?;
    // `tháng 1 2024`: the year after a space too, or after a comma when
    // it is no amount or count (`Tháng 4, 2024`, as calendars print a
    // month); `tháng 12 năm 99`, `tháng 12/99`: two digits.
    let (i, year) = opt(alt((
        year_after,
        preceded(sp1, year4).map(Year::Written),
        spaced_year,
        (|i| month_year2(i, ctx)).map(Year::Written),
    )))
    .parse(i)?;
    // `tháng 12/2023 - 1/2024`, `tháng 12/2023 – tháng 2/2024`: the months
    // from one of a written year to one of another.
    if let (None, Some(Year::Written(from))) = (last, year) {
        if let Ok((rest, days)) = months_across_years(i, (m, from)) {
            return Ok((rest, Piece::Counted(days)));
        }
    }
    // `tháng 7 âm lịch`: a month of the lunar calendar.
    if let (None, None, Ok((rest, days))) = (year, last, lunar_month_span(i, (m, false), ctx)) {
        return Ok((rest, Piece::Counted(days)));
    }
    // `tháng 11 và 12/2022`, `tháng 3, 4 năm 2024`: the year of the list's
    // last month, when written, is this one's too.
    let year = match (year, last) {
        (None, None) => list_year(i, m),
        _ => year,
    };
    // `tháng 12 tới`, `tháng 5 vừa qua`: the nearest such month after (or
    // before) the dateline's; the dateline's own month is gone by in part
    // (`tháng 3 vừa qua` on the 28th of March is that March); `tháng 12
    // này`: the dateline's month or the nearest after it (0).
    let this = || {
        let (after, _) = preceded(sp1, word(crate::vocab::THIS)).parse(i).ok()?;
        crate::parse::mention::ends_cleanly(after).then_some((after, 0))
    };
    if let (None, None, Some((rest, dir)), Some(d)) = (year, last, direction(i).or_else(this), ctx)
    {
        let first = d.with_day(1).unwrap_or(d);
        let from = if dir > 0 { 1 } else { 0 };
        let step = if dir == 0 { 1 } else { dir };
        let start = (from..=12).find_map(|k| {
            let s = add_months(first, i64::from(step) * k)?;
            (s.month() == m).then_some(s)
        });
        if let Some(start) = start {
            return Ok((
                rest,
                Piece::Counted(Resolved {
                    start: Some(start),
                    end: add_months(start, 1).and_then(|n| n.pred_opt()),
                    relative: false,
                    year_inferred: true,
                }),
            ));
        }
    }
    let shape = match last {
        Some(n) => Shape::Months(m, n),
        None => Shape::Month(m, None),
    };
    Ok((
        i,
        Piece::calendar(shape, year.unwrap_or(Year::Missing), true),
    ))
}

/// After a month `m` of a written year `y` (`tháng 12/2023`), the dash and
/// the last month with its own year (` - 1/2024`, ` – tháng 2/2024`): the
/// days from the first month's first to the last month's last, which must
/// come after it.
fn months_across_years(i: &str, (m, y): (u32, i32)) -> Res<'_, Resolved> {
    let (rest, (_, _, _, _, last, year)) = (
        sp0,
        dash,
        sp0,
        opt((word(MONTH_WORD), sp1)),
        number(1, 2),
        year_after,
    )
        .parse(i)?;
    let Year::Written(last_year) = year else {
        return fail(i);
    };
    let start = NaiveDate::from_ymd_opt(y, m, 1);
    let end = (1..=12)
        .contains(&last)
        .then(|| Shape::Month(last, None).in_year(last_year))
        .flatten()
        .map(|(_, end)| end);
    match (start, end) {
        (Some(start), Some(end))
            if (y, m) < (last_year, last) && crate::parse::mention::ends_cleanly(rest) =>
        {
            Ok((
                rest,
                Resolved {
                    start: Some(start),
                    end: Some(end),
                    relative: false,
                    year_inferred: false,
                },
            ))
        }
        _ => fail(i),
    }
}

/// The next month of a list after a month (`, 4 năm 2024`, ` và
/// 12/2022`, ` và tháng 5`): its number and its year if written.
pub(crate) fn listed_month(i: &str) -> Res<'_, (u32, Option<Year>)> {
    let (i, _) = (
        opt(ch(',')),
        sp1,
        opt((JOINERS.starting(), sp1)),
        opt((word(MONTH_WORD), sp1)),
    )
        .parse(i)?;
    month_item(i)
}

/// Whether the count `prev` before `tháng` is the number of months named
/// from there: the first, then those listed after it (`rest`).
fn names_counted_months(prev: &str, rest: &str) -> bool {
    let count = prev.parse::<u32>().ok().or_else(|| {
        number_in_words(false)(prev)
            .ok()
            .filter(|(r, _)| r.is_empty())
            .map(|(_, n)| n)
    });
    count.is_some_and(|n| {
        let listed = months_listed_after(rest);
        listed > 0 && n == listed + 1
    })
}

/// How many months the list after a month names, each joined by a comma
/// or `và` (`, 11 và 12` names two; ` 11` none).
pub(crate) fn months_listed_after(mut i: &str) -> u32 {
    let mut n = 0;
    for _ in 0..12 {
        if crate::parse::mention::list_joined(i).is_none() {
            break;
        }
        let Ok((rest, _)) = listed_month(i) else {
            break;
        };
        n += 1;
        i = rest;
    }
    n
}

/// The year written after the last month of the list that follows the
/// month `from` (`, 4, 5 năm 2023`): at most twelve months on. Past a
/// month no later than the one before it, the list runs into the next
/// year (`tháng 12 và tháng 1/2023`: December of 2022); a year relative
/// to the dateline's then gives none.
fn list_year(mut i: &str, from: u32) -> Option<Year> {
    let (mut last, mut wraps) = (from, 0);
    for _ in 0..12 {
        let (rest, (m, year)) = listed_month(i).ok()?;
        if m <= last {
            wraps += 1;
        }
        match year {
            Some(Year::Written(y)) => return Some(Year::Written(y - wraps)),
            Some(_) if wraps > 0 => return None,
            Some(year) => return Some(year),
            None => {}
        }
        (i, last) = (rest, m);
    }
    None
}

/// A month's number in a list and its year if written (`4 năm 2024`,
/// `12/2022`, `5`); without its year, only before a mark, the end or the
/// list going on (`tháng 3, 4 cán bộ` counts people), unless `closing`.
fn month_item(i: &str) -> Res<'_, (u32, Option<Year>)> {
    month_item_closing(i, None)
}

/// [`month_item`]; `after_and`: the month before the item when `và` stands
/// between them, and the item the month after it closes the list (`tháng
/// 3, 4 và 5 là`), needing no mark after it.
fn month_item_closing(i: &str, after_and: Option<u32>) -> Res<'_, (u32, Option<Year>)> {
    let (i, m) = number(1, 2)(i)?;
    let closing = after_and.is_some_and(|before| m == before % 12 + 1);
    let (i, year) = opt(year_after).parse(i)?;
    let next = crate::normalize::trim_start(i);
    let list_goes_on =
        || crate::parse::common::clause_closes(next) || JOINERS.starting()(next).is_ok();
    if !(1..=12).contains(&m)
        || !crate::parse::mention::ends_cleanly(i)
        || (year.is_none() && !closing && !list_goes_on())
    {
        return fail(i);
    }
    Ok((i, (m, year)))
}

/// A month of a list after a month, at its number (`4 năm 2024` in `tháng
/// 3, 4 năm 2024`), as a period; `before` is the first day of the month
/// before it in the list. Without a year written here or after the list,
/// the month is the first of its number after `before` (`tháng 7 và 8`,
/// `tháng 12 và 1`: the January after), its year inferred. `prev_word`
/// is the word before the item (`và` may close the list).
pub(crate) fn listed_month_period<'a>(
    i: &'a str,
    ctx: Option<NaiveDate>,
    before: NaiveDate,
    prev_word: &str,
) -> Res<'a, MentionValue> {
    // `tháng 3, 4 và 5 là mùa khô`: the month right after the one before,
    // after `và`, closes the list.
    let after_and = JOINERS.contains(prev_word).then(|| before.month());
    let (rest, (m, year)) = month_item_closing(i, after_and)?;
    let (year, inferred) = match year.or_else(|| list_year(rest, m)) {
        Some(year) => (year, false),
        None if m > before.month() => (Year::Written(before.year()), true),
        None => (Year::Written(before.year() + 1), true),
    };
    let piece = Piece::calendar(Shape::Month(m, None), year, true);
    let mut resolved = piece.resolve(ctx);
    resolved.year_inferred |= inferred;
    Ok((rest, resolved.value()))
}

/// `năm 2024`, `năm nay`, `năm ngoái`, `năm tới`: a whole year; `năm
/// qua`: the year ending on the dateline's day; `năm Giáp Thìn`: the
/// lunar year. Not
/// `năm học 2023-2024` nor `2 năm trước`.
pub(super) fn year_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    let (i, _) = (word(YEAR_WORD), sp1).parse(i)?;
    // `năm sinh 1990`: the year of a birth (told first by its `s`).
    let mut born = (
        word(crate::vocab::BIRTH_WORD),
        sp1,
        nom::combinator::peek(year4),
    );
    let i = match i.as_bytes().first() {
        Some(b's') => born.parse(i).map_or(i, |(rest, _)| rest),
        _ => i,
    };
    if let Ok((rest, y)) = alt((year4, year_in_words, early_year)).parse(i) {
        return Ok((
            rest,
            Piece::calendar(Shape::Months(1, 12), Year::Written(y), false),
        ));
    }
    if let Ok(found) = lunar_year_span(i, ctx) {
        return Ok(found);
    }
    let (rest, n) = relative_unit_after(i, prev)
        .map(|(rest, n)| (rest, Some(n)))
        .or_else(|_| past(i, YEAR_WORD))?;
    if is_count(prev) {
        return fail(i);
    }
    Ok((rest, Piece::Counted(counted(YEAR_WORD, n, ctx))))
}

/// `qua` after `tháng` or `năm` (`tháng qua`, `năm qua`: the month or
/// year ending on the dateline's day), as no count (`None`); not `tháng
/// qua tháng` (month after month).
fn past<'a>(i: &'a str, unit: &'static str) -> Res<'a, Option<i32>> {
    let (rest, ()) = PAST.starting()(i)?;
    if preceded(sp1, word(unit)).parse(rest).is_ok() {
        return fail(i);
    }
    Ok((rest, None))
}

/// `tuần này`, `tuần trước`, `tuần tới`, `tuần sau`, `tuần qua`.
pub(super) fn week_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    if is_count(prev) {
        return fail(i);
    }
    let (i, _) = (word(WEEK_WORD), sp1).parse(i)?;
    let (i, n) = alt((
        (|i| relative_unit_after(i, prev)).map(Some),
        PAST.starting().map(|()| None),
    ))
    .parse(i)?;
    Ok((i, Piece::Counted(counted(WEEK_WORD, n, ctx))))
}

/// `cuối tuần`, `cuối tuần này`, `cuối tuần trước`, `cuối tuần qua`: the
/// Saturday and Sunday of the dateline's week (or the one before or
/// after); `đầu tuần sau` its Monday and Tuesday, `giữa tuần này` its
/// Wednesday and Thursday ([`Part::days_of_week`]).
pub(super) fn week_part(i: &str, ctx: Option<NaiveDate>) -> Res<'_, Piece> {
    let (i, (part, _, _)) = (PARTS.starting(), sp1, word(WEEK_WORD)).parse(i)?;
    let Some((first, last)) = part.days_of_week() else {
        return fail(i);
    };
    // `đầu tuần thứ hai`: a week counted, not a part of one.
    if preceded(sp1, word(crate::vocab::ORDINAL_WORD))
        .parse(i)
        .is_ok()
    {
        return fail(i);
    }
    // `qua`: the last such days over by the dateline's day.
    let over = ctx.map_or(-1, |d| {
        if i64::from(d.weekday().num_days_from_monday()) >= last {
            0
        } else {
            -1
        }
    });
    let (i, n) = opt(preceded(
        sp1,
        alt((relative_unit, PAST.starting().map(|()| over))),
    ))
    .parse(i)?;
    let week = counted(WEEK_WORD, Some(n.unwrap_or(0)), ctx);
    Ok((
        i,
        Piece::Counted(Resolved {
            start: week.start.and_then(|m| add_days(m, first)),
            end: week.start.and_then(|m| add_days(m, last)),
            ..week
        }),
    ))
}

/// The year of a part or a count of months: `năm 2024`, `năm nay`, or
/// `năm` alone (the dateline's year); not `năm học`.
pub(super) fn year_of_part(i: &str) -> Res<'_, Year> {
    let (i, _) = word(YEAR_WORD)(i)?;
    if let Ok((rest, y)) = preceded(
        sp1,
        alt((
            year4.map(Year::Written),
            relative_unit.map(Year::Relative),
            year_in_words.map(Year::Written),
        )),
    )
    .parse(i)
    {
        return Ok((rest, y));
    }
    let next = sp1(i).map(|(r, _)| r).unwrap_or("");
    if NOT_CALENDAR_YEAR.starting()(next).is_ok() {
        return fail(i);
    }
    Ok((i, Year::Missing))
}

/// `đầu tháng 8`, `hạ tuần tháng 8/2024`, `cuối tháng này`, `đầu năm`,
/// `cuối năm 2023`, `nửa đầu năm`, `nửa cuối năm 2023`, `cuối quý I` (its
/// last month), `nửa đầu quý II`.
pub(super) fn part_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    // `hàng đầu năm 2024` (leading in 2024) holds no start of a year.
    if is_count(prev) {
        return fail(i);
    }
    let (i, part) = PARTS.starting()(i)?;
    let (i, _) = sp1(i)?;
    if let Some(found) = part_of_quarter(i, part, ctx) {
        return found;
    }
    // `nửa đầu thế kỷ 20`, `nửa cuối thập niên 90`: a half of the years of
    // a decade or a century (not of one up to the dateline's day).
    if matches!(part, Part::FirstHalf | Part::SecondHalf) {
        let span = decade(i, ctx)
            .ok()
            .filter(|(_, r)| !r.relative)
            .or_else(|| century(i, ctx).ok());
        if let Some((rest, r)) = span {
            return Ok((rest, Piece::Counted(half_of_years(r, part))));
        }
    }
    // The part's days of a month counted from the dateline's: of the
    // calendar month its first day falls in (`cuối tháng qua`, where the
    // month runs up to the dateline's day, is late last month).
    // The part's days of a month of `len` days opening on `first`.
    let part_days = |first: NaiveDate, len: u32, r: Resolved| {
        let (a, b) = part.days_of_month(len);
        let day = |n: u32| add_days(first, i64::from(n) - 1);
        Piece::Counted(Resolved {
            start: day(a),
            end: day(b),
            ..r
        })
    };
    let days_of = |r: Resolved| match r.start.and_then(|d| Some((d, d.with_day(1)?))) {
        Some((start, first)) => {
            let len = add_months(first, 1)
                .and_then(|d| d.pred_opt())
                .map_or(start.day(), |d| d.day());
            part_days(first, len, r)
        }
        _ => Piece::Counted(r),
    };
    // `đầu tháng 7 âm lịch`, `cuối tháng 12 âm lịch`: the part's days of
    // the lunar month, counted from its first day (a lunar month has 29
    // or 30 days).
    let lunar = (word(MONTH_WORD), sp1).parse(i).and_then(|(month, _)| {
        let named = MONTH_NAMES.starting()(month).is_ok();
        let (rest, m) = month_number(month)?;
        lunar_month_span(rest, (m, named), ctx)
    });
    if let Ok((rest, r)) = lunar {
        if let (Some(first), Some(last)) = (r.start, r.end) {
            let len = u32::try_from((last - first).num_days() + 1).unwrap_or(0);
            return Ok((rest, part_days(first, len, r)));
        }
        return Ok((rest, Piece::Counted(r)));
    }
    if let Ok((rest, piece)) = month_piece(i, "", ctx) {
        let days = match piece {
            Piece::Calendar {
                shape: Shape::Month(m, None),
                year,
                ..
            } => Piece::calendar(Shape::Month(m, Some(part)), year, true),
            Piece::Counted(r) => days_of(r),
            _ => return fail(i),
        };
        return Ok((rest, days));
    }
    // `đầu tháng`, `cuối tháng` alone: of the dateline's month, as `đầu
    // tháng này`.
    if let Ok((rest, _)) = word(MONTH_WORD)(i) {
        return Ok((rest, days_of(counted(MONTH_WORD, Some(0), ctx))));
    }
    // `đầu 2025`, `cuối 2024`: the year alone after the part, `năm` left
    // out.
    let bare_year = || match super::spans::bare_year_piece(i) {
        Ok((rest, Piece::Calendar { year, .. })) => Ok((rest, year)),
        _ => fail(i),
    };
    // `đầu năm 99`: two digits.
    let year2 = || year2_word(i, ctx).map(|(rest, y)| (rest, Year::Written(y)));
    let (rest, year) = year2()
        .or_else(|_| year_of_part(i))
        .or_else(|_| bare_year())?;
    let months = match part {
        Part::Early => (1, 3),
        Part::Late => (10, 12),
        Part::FirstHalf => (1, 6),
        Part::SecondHalf => (7, 12),
        // `giữa năm`: the middle two quarters.
        Part::Middle => (4, 9),
    };
    Ok((
        rest,
        Piece::calendar(Shape::Months(months.0, months.1), year, false),
    ))
}

/// The first or the second half (`part`) of the whole years of `r`: five
/// of a decade's, fifty of a century's (`nửa đầu thế kỷ 20` is 1901 to
/// 1950).
fn half_of_years(r: Resolved, part: Part) -> Resolved {
    let (Some(start), Some(end)) = (r.start, r.end) else {
        return r;
    };
    let mid = start.year() + (end.year() - start.year() + 1) / 2;
    let (start, end) = if part == Part::FirstHalf {
        (Some(start), NaiveDate::from_ymd_opt(mid - 1, 12, 31))
    } else {
        (NaiveDate::from_ymd_opt(mid, 1, 1), Some(end))
    };
    Resolved { start, end, ..r }
}

/// `6 tháng đầu năm 2024`, `9 tháng cuối năm`, `sáu tháng đầu năm nay`,
/// `9 tháng 2025`.
pub(super) fn months_of_year(i: &str) -> Res<'_, Piece> {
    let (i, n) = alt((number(1, 2), number_in_words(false))).parse(i)?;
    // `3 quý đầu năm`, `hai quý cuối năm 2024`: quarters of three months.
    let unit = alt((
        word(MONTH_WORD).map(|_| 1),
        QUARTER_WORDS.starting().map(|()| MONTHS_A_QUARTER),
    ));
    let (i, (_, each, _)) = (sp1, unit, sp1).parse(i)?;
    let n = n * each;
    if !(1..=MONTHS_COUNTED_BEFORE_YEAR).contains(&n) {
        return fail(i);
    }
    // `9 tháng 2025`: the first months of a year written right after
    // them, `đầu năm` left out.
    if let Ok((rest, y)) = year4(i) {
        return Ok((
            rest,
            Piece::calendar(Shape::Months(1, n), Year::Written(y), false),
        ));
    }
    // `9 tháng năm 2018`: the first months, `đầu` left out before a year.
    let (i, first) = match alt((word(FIRST).map(|_| true), word(LAST).map(|_| false))).parse(i) {
        Ok((rest, first)) => (sp1(rest)?.0, first),
        Err(_)
            if (word(YEAR_WORD), sp1, alt((year4.map(|_| 0), relative_unit)))
                .parse(i)
                .is_ok() =>
        {
            (i, true)
        }
        Err(e) => return Err(e),
    };
    let (i, year) = year_of_part(i)?;
    let months = if first { (1, n) } else { (13 - n, 12) };
    Ok((
        i,
        Piece::calendar(Shape::Months(months.0, months.1), year, false),
    ))
}

/// `10 ngày đầu tháng 4`, `15 ngày cuối tháng`, `mười ngày cuối năm 2024`,
/// `hai tuần đầu tháng 7`: the first or last days (or weeks, seven days
/// each) of a month or year (a count of one or two digits, or in words).
pub(super) fn days_of_month_or_year<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    let (i, n) = alt((number(1, 2), number_in_words(false))).parse(i)?;
    let (i, (_, days_each, _, first, _)) = (
        sp1,
        alt((word(DAY_WORD).map(|_| 1), word(WEEK_WORD).map(|_| 7))),
        sp1,
        alt((word(FIRST).map(|_| true), word(LAST).map(|_| false))),
        sp1,
    )
        .parse(i)?;
    let n = n * days_each;
    let (rest, whole) = match month_piece(i, "", ctx) {
        Ok((rest, piece)) => (rest, piece.resolve(ctx)),
        // `đầu tháng` alone: the dateline's month.
        Err(_) => match word(MONTH_WORD)(i) {
            Ok((rest, _)) => (rest, counted(MONTH_WORD, Some(0), ctx)),
            Err(_) => {
                let (rest, year) = year_of_part(i)?;
                let year = Piece::calendar(Shape::Months(1, 12), year, false);
                (rest, year.resolve(ctx))
            }
        },
    };
    let (Some(start), Some(end)) = (whole.start, whole.end) else {
        return Ok((rest, Piece::Counted(whole)));
    };
    let span = (end - start).num_days() + 1;
    let n = i64::from(n);
    if n < 1 || n >= span {
        return fail(i);
    }
    let days = if first {
        (Some(start), add_days(start, n - 1))
    } else {
        (add_days(end, 1 - n), Some(end))
    };
    Ok((
        rest,
        Piece::Counted(Resolved {
            start: days.0,
            end: days.1,
            ..whole
        }),
    ))
}

/// A day as a range writes it: `ngày 12-6`, `12/6`, `3/7/2024`,
/// `18-3-2021`, `20/11/11` (a two-digit year read against the dateline),
/// `ngày 2 tháng 4 năm 2024`.
pub(super) fn day_piece(i: &str, ctx: Option<NaiveDate>) -> Res<'_, Piece> {
    let (i, _) = opt((word(DAY_WORD), sp1)).parse(i)?;
    if let Ok((rest, d)) = crate::parse::dateline::date_dmy(i) {
        return Ok((
            rest,
            Piece::calendar(Shape::Day(d.month, d.day), Year::Written(d.year), true),
        ));
    }
    let (i, day) = number(1, 2)(i)?;
    if let Ok((rest, (month, year))) = worded_month(i) {
        if !(1..=31).contains(&day) {
            return fail(i);
        }
        return Ok((rest, Piece::calendar(Shape::Day(month, day), year, true)));
    }
    let (i, (sep, month)) = (alt((ch('/'), ch('-'), ch('.'))), number(1, 2)).parse(i)?;
    // `20/11/11`: two digits after the separator of the day and month.
    let (i, year) = opt(alt((
        year_named,
        preceded(alt((ch('/'), ch('-'))), year4).map(Year::Written),
        (|i| year2_after(i, sep, ctx)).map(Year::Written),
    )))
    .parse(i)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return fail(i);
    }
    Ok((
        i,
        Piece::calendar(Shape::Day(month, day), year.unwrap_or(Year::Missing), true),
    ))
}

/// After a day, its month in words and the year if one follows (` tháng 1`,
/// ` thg 1 năm 2019`, ` Th01`, ` tháng Giêng năm nay`, ` tháng 7, 2004`):
/// the month and the year, [`Year::Missing`] when none is written.
pub(crate) fn worded_month(i: &str) -> Res<'_, (u32, Year)> {
    let (i, month) = preceded(sp1, crate::parse::dateline::written_month).parse(i)?;
    let (i, year) = opt(alt((
        year_named,
        preceded((sp0, ch(','), sp0), year4).map(Year::Written),
    )))
    .parse(i)?;
    if !(1..=12).contains(&month) {
        return fail(i);
    }
    Ok((i, (month, year.unwrap_or(Year::Missing))))
}

/// After a day and its month, `năm` and the year written or counted from
/// the dateline's (` năm 2024`, `, năm nay`), or one the text spoke of
/// before (` năm ấy`).
fn year_named(i: &str) -> Res<'_, Year> {
    preceded(
        (sp0, opt(ch(',')), sp0, word(YEAR_WORD), sp1),
        alt((
            year4.map(Year::Written),
            relative_unit.map(Year::Relative),
            referred_year.map(|()| Year::Referred),
        )),
    )
    .parse(i)
}

/// `SN 1985`, `SN: 1985` (`sinh năm`, born in, in capitals): the whole
/// year, as `năm 1985` reads.
pub(crate) fn birth_year(i: &str) -> Res<'_, MentionValue> {
    let (rest, (_, _, _, y)) = (
        nom::bytes::complete::tag(crate::vocab::BORN_IN),
        opt(ch(':')),
        sp1,
        year4,
    )
        .parse(i)?;
    if !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    let piece = Piece::calendar(Shape::Months(1, 12), Year::Written(y), false);
    Ok((rest, piece.resolve(None).value()))
}
