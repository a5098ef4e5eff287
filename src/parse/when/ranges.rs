//! Ranges of dates: `từ ngày 12-6 đến 3-7`, `từ đầu năm 2019 đến nay`,
//! `từ 2020 đến nay`, `đến hết tháng 9/2024`; what joins their ends and
//! the period up to the dateline's day.

use super::*;

/// A piece that may open or close a range.
pub(super) fn range_piece<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    // `từ mùng 1 Tết đến ...`, `đến 15 tháng Giêng`: a lunar day, as its
    // Gregorian day (only at `rằm`, `mùng`, `mồng`, `ngày` or a number).
    let may_be_lunar = match i.as_bytes().first().map(|b| b | 0x20) {
        Some(b'r' | b'm' | b'n') => true,
        Some(b'0'..=b'9') => digit_day_may_be_lunar(i, None) || digits_marked_lunar(i),
        _ => false,
    };
    let lunar = if may_be_lunar {
        lunar_date(i, ctx).ok()
    } else {
        None
    };
    if let Some((
        rest,
        MentionValue::LunarDate {
            date,
            year_inferred,
            ..
        },
    )) = lunar
    {
        return Ok((rest, Piece::day(date, false, year_inferred)));
    }
    // `đến Tết Nguyên đán`, `từ Tết Giáp Thìn đến nay`: the first day of
    // the lunar year; `đến Tết Dương lịch`, of the Gregorian one.
    if matches!(i.as_bytes().first(), Some(b'T' | b't')) {
        match lunar_new_year(i, ctx).or_else(|_| solar_new_year(i, ctx)) {
            Ok((
                rest,
                MentionValue::LunarDate {
                    date,
                    year_inferred,
                    ..
                },
            ))
            | Ok((
                rest,
                MentionValue::Date {
                    date,
                    year_inferred,
                    ..
                },
            )) => {
                return Ok((rest, Piece::day(date, false, year_inferred)));
            }
            _ => {}
        }
    }
    if let Ok(found) = part_piece(i, "", ctx) {
        return Ok(found);
    }
    // `từ nay đến cuối tuần`: to the Sunday; `đến đầu tuần sau`: to its Tuesday.
    if let Ok(found) = week_part(i, ctx) {
        return Ok(found);
    }
    // `từ tuần trước đến nay`, `từ hôm qua đến nay`: a week or a day
    // counted from the dateline's.
    if let Ok(found) = week_piece(i, "", ctx) {
        return Ok(found);
    }
    if let Ok((rest, days)) = counted_day(i) {
        let day = ctx.and_then(|d| add_days(d, i64::from(days)));
        return Ok((rest, Piece::day(day, true, false)));
    }
    if let Ok(found) = month_piece(i, "", ctx) {
        return Ok(found);
    }
    // `từ quý II đến quý IV/2024`: the quarters' months.
    if let Ok((rest, (_, _, piece))) =
        preceded((QUARTER_WORDS.starting(), sp1), quarter_piece).parse(i)
    {
        return Ok((rest, piece));
    }
    if let Ok(found) = year_piece(i, "", ctx) {
        return Ok(found);
    }
    if let Ok(found) = month_year_piece(i) {
        return Ok(found);
    }
    // `từ nay đến cuối năm`: from the dateline's day.
    if let Ok((rest, ())) = NOW.starting()(i) {
        return Ok((rest, Piece::day(ctx, true, false)));
    }
    day_piece(i, ctx)
}

/// `từ ngày 12-6 đến 3-7`, `từ 12/6 đến ngày 3/7/2024`, `từ tháng 5-2020
/// đến ngày 18-3-2021`, `từ đầu năm đến 30/9`, `từ đầu năm 2019 đến nay`,
/// `từ ngày 12 đến 15/6`, `từ năm 2019 đến 2024`, `từ 2019 đến 2024`,
/// `từ 2020 đến nay`, `từ 3/2024 đến 5/2024`, `từ nay đến cuối năm`.
pub(super) fn range<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Resolved> {
    let (i, _) = (word(RANGE_FROM), sp1).parse(i)?;
    let bare_day = |i| -> Res<'_, u32> {
        let (i, _) = opt(day_word).parse(i)?;
        number(1, 2)(i)
    };
    // `từ 01-12/2025`: the months of a year, the range whole.
    if let Ok((rest, piece)) = spans::month_range_piece(i) {
        if range_joiner(rest).is_err() {
            return Ok((rest, piece.resolve(ctx)));
        }
    }
    // `từ 2020 đến nay`: a year alone opens a range of years.
    let opened = i;
    let (mut i, mut from) = match range_piece(i, ctx)
        .or_else(|_| bare_year_piece(i))
        .or_else(|_| tet_behind(i, ctx))
    {
        Ok((rest, piece)) => (rest, Ok(piece)),
        Err(_) => {
            let (rest, day) = bare_day(i)?;
            (rest, Err(day))
        }
    };
    // `từ đầu năm tới nay`: a `tới` read as the piece's (`năm tới`, next
    // year) joins the ends when nothing else does.
    // The piece's last word is told first: most ranges have none such.
    let read = opened.get(..opened.len() - i.len()).unwrap_or_default();
    let last = read.rfind(crate::normalize::is_space).map_or(0, |k| k + 1);
    let joined = |i| range_joiner(i).is_ok() || preceded(sp1, word(UP_TO_NOW)).parse(i).is_ok();
    if RANGE_TO.contains(read.get(last..).unwrap_or_default()) && !joined(i) {
        let cut = read.get(..last).unwrap_or_default().trim_end();
        if let Ok(("", piece)) = range_piece(cut, ctx) {
            (i, from) = (opened.get(cut.len()..).unwrap_or_default(), Ok(piece));
        }
    }
    let joined_at = i;
    // `từ năm 2020 trở lại đây`: up to the dateline's day, as `đến nay`.
    let up_to_now = preceded(sp1, word(UP_TO_NOW)).parse(i);
    let (i, now) = match up_to_now {
        Ok((rest, _)) => (rest, Some(rest)),
        Err(_) => {
            let (i, ()) = range_joiner(i)?;
            let (i, _) = opt((word(END_OF), sp1)).parse(i)?;
            (i, NOW.starting()(i).ok().map(|(rest, ())| rest))
        }
    };
    if let Some(rest) = now {
        let from = from.map_err(|_| {
            nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
        })?;
        let start = from.resolve_until_now(ctx);
        if ctx.is_some_and(|end| start.start.is_some_and(|s| s > end)) {
            return fail(i);
        }
        return Ok((rest, until_now(start, ctx)));
    }
    let years_only = matches!(
        from,
        Ok(Piece::Calendar {
            shape: Shape::Months(1, 12),
            ..
        })
    );
    let to_text = i;
    let (i, to) = match range_piece(i, ctx) {
        Ok(found) => found,
        Err(_) if years_only => bare_year_piece(i)?,
        Err(_) if word(NEW_YEAR)(i).is_ok() => tet_ahead(i, ctx)?,
        // `từ ngày 10 đến 15,`: days without their month after the day
        // word, closing the clause (as `ngày 10-15,`).
        Err(e) => {
            let (Err(first), Ok(_)) = (from, word(DAY_WORD)(opened)) else {
                return Err(e);
            };
            let (i, _) = opt((word(DAY_WORD), sp1)).parse(i)?;
            let (i, last) = number(1, 2)(i)?;
            return spans::bare_day_range(i, (first, last), ctx, joined_at);
        }
    };
    let from = from.map(|p| lunar_first_end(p, to_text, ctx));
    let Some(from) = first_end(from, to, to_text, ctx) else {
        return fail(i);
    };
    match join(from, to, ctx) {
        Some(r) => Ok((i, r)),
        None => fail(i),
    }
}

/// `Tết` alone opening a range (`từ Tết đến nay`, `từ Tết tới cuối tháng
/// 3`): the first day of the last lunar year that opened on or before the
/// dateline's day, its year inferred.
fn tet_behind(i: &str, ctx: Option<NaiveDate>) -> Res<'_, Piece> {
    let (rest, _) = word(NEW_YEAR)(i)?;
    if range_joiner(rest).is_err() {
        return fail(i);
    }
    let day = ctx.and_then(|d| tet_beside(d, false));
    Ok((rest, Piece::day(day, false, day.is_some())))
}

/// `Tết` alone closing a range where the clause closes (`từ nay đến Tết`,
/// `từ tháng 11 đến Tết`): the first day of the first lunar year that
/// opens on or after the dateline's day, its year inferred.
fn tet_ahead(i: &str, ctx: Option<NaiveDate>) -> Res<'_, Piece> {
    let (rest, _) = word(NEW_YEAR)(i)?;
    if !crate::parse::common::clause_closes(rest) {
        return fail(i);
    }
    let day = ctx.and_then(|d| tet_beside(d, true));
    Ok((rest, Piece::day(day, false, day.is_some())))
}

/// The first day of the lunar year nearest `day` on its side: on or after
/// it (`ahead`), or on or before it.
fn tet_beside(day: NaiveDate, ahead: bool) -> Option<NaiveDate> {
    let tet = |y| lunar::to_gregorian(y, 1, 1, false);
    let y = day.year();
    if ahead {
        [y, y + 1].into_iter().filter_map(tet).find(|&t| t >= day)
    } else {
        [y, y - 1].into_iter().filter_map(tet).find(|&t| t <= day)
    }
}

/// `từ 10/3 đến 12/3 âm lịch`, `10/3 - 12/3 (ÂL)`: a first end written as
/// a day and month alone, `from`, is a lunar day too when the mark after
/// the last end, read from `to_text`, makes that one lunar.
pub(super) fn lunar_first_end(from: Piece, to_text: &str, ctx: Option<NaiveDate>) -> Piece {
    let Piece::Calendar {
        shape: Shape::Day(month, day),
        year: Year::Missing,
        ..
    } = from
    else {
        return from;
    };
    let digits = day_word(to_text).map_or(to_text, |(rest, ())| rest);
    if !digits_marked_lunar(digits) {
        return from;
    }
    let first = lunar_date(to_text, ctx)
        .ok()
        .and_then(|(_, last)| lunar_day_before(&last, (day, month, false), ctx));
    match first {
        Some(MentionValue::LunarDate {
            date,
            year_inferred,
            ..
        }) => Piece::day(date, false, year_inferred),
        _ => from,
    }
}

/// The first end of a range, `from` (a piece, or a day's number whose
/// month the end `to`, read from `to_text`, gives), when the two make a
/// range.
pub(super) fn first_end(
    from: Result<Piece, u32>,
    to: Piece,
    to_text: &str,
    ctx: Option<NaiveDate>,
) -> Option<Piece> {
    Some(match (from, to) {
        (Ok(piece), _) => piece,
        // `từ 10 đến 15 tháng Giêng`: a bare day of the lunar month that
        // closes the range.
        (Err(day), Piece::Counted(_)) => lunar_day_of(to_text, day, ctx)?,
        (
            Err(day),
            Piece::Calendar {
                shape: Shape::Day(m, last),
                year,
                nearest,
            },
        ) => {
            // A day after the end's: of the month before, near enough
            // (`từ ngày 25 đến 3/5`), in the end's year or the one before
            // (`từ ngày 30 đến 2/1/2025`).
            let (month, year) = if day > last {
                (super::month_before_range(m, day, last)?, Year::Missing)
            } else {
                (m, year)
            };
            Piece::calendar(Shape::Day(month, day), year, nearest)
        }
        // `từ 01-12/2025`: the first month written alone, the last with
        // its year.
        (
            Err(first),
            Piece::Calendar {
                shape: Shape::Month(last, None),
                year: year @ Year::Written(_),
                nearest,
            },
        ) if (1..last).contains(&first) && to_text.starts_with(|c: char| c.is_ascii_digit()) => {
            Piece::calendar(Shape::Month(first, None), year, nearest)
        }
        _ => return None,
    })
}

/// What joins the ends of a range: ` đến `, ` tới `, or a dash with or
/// without spaces (`từ 01/01 - 31/12/2020`, `12/6-3/7`), read as figures'
/// ranges read it.
pub(super) fn range_joiner(i: &str) -> Res<'_, ()> {
    match crate::parse::number::joined_range(i) {
        Some(rest) => Ok((rest, ())),
        None => fail(i),
    }
}

/// The day `day` of the lunar month and year of the lunar day that opens
/// `text`, as a piece of its Gregorian day.
pub(super) fn lunar_day_of(text: &str, day: u32, ctx: Option<NaiveDate>) -> Option<Piece> {
    let (_, last) = lunar_date(text, ctx).ok()?;
    let MentionValue::LunarDate {
        date,
        year_inferred,
        ..
    } = lunar_day_beside(&last, day, ctx)?
    else {
        return None;
    };
    Some(Piece::day(date, false, year_inferred))
}

/// `đến hết tháng 9/2024`, `tới hết năm nay`: from the dateline's day to the
/// end of a period.
pub(super) fn until<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Resolved> {
    let (i, _) = (RANGE_TO.starting(), sp1, word(END_OF), sp1).parse(i)?;
    // `đến hết tuần`, `đến hết tháng`, `đến hết năm`: the unit alone where
    // the clause closes is the dateline's, as with `này` (not `đến hết năm
    // học`).
    let this_unit = |i| {
        let (rest, unit) = alt((
            word(WEEK_WORD).map(|_| WEEK_WORD),
            word(MONTH_WORD).map(|_| MONTH_WORD),
            word(YEAR_WORD).map(|_| YEAR_WORD),
        ))
        .parse(i)?;
        if !crate::parse::common::clause_closes(rest) {
            return fail(i);
        }
        Ok((rest, Piece::Counted(counted(unit, Some(0), ctx))))
    };
    let (i, piece) = range_piece(i, ctx).or_else(|_| this_unit(i))?;
    let end = piece.resolve(ctx);
    let start = ctx.filter(|d| !end.end.is_some_and(|e| *d > e));
    Ok((
        i,
        Resolved {
            start,
            end: end.end,
            relative: true,
            year_inferred: end.year_inferred,
        },
    ))
}

/// What follows `đến nay`, `tới nay`, `- nay`, `đến bây giờ` at `rest`,
/// closing a period opened without `từ` (`đầu năm đến nay`, `tuần trước
/// đến nay`, `năm 2020 - nay`).
pub(crate) fn up_to_now(rest: &str) -> Option<&str> {
    let after = crate::parse::number::range_joiner(rest)?;
    let (after, ()) = NOW.starting()(after).ok()?;
    crate::parse::mention::ends_cleanly(after).then_some(after)
}

/// `resolved` ended on the dateline's day (`None` without a dateline).
pub(super) fn until_now(resolved: Resolved, ctx: Option<NaiveDate>) -> Resolved {
    Resolved {
        end: ctx,
        relative: true,
        ..resolved
    }
}
