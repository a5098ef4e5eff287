//! The first or last day or week of a month: `ngày đầu tiên của tháng 3`,
//! `ngày cuối cùng của tháng này`, `tuần đầu tiên của tháng 9 năm 2017`;
//! the first or last day of a year: `ngày cuối cùng của năm 2023`.

use super::*;
use crate::vocab::{EXTREMES, OF};

/// `ngày đầu tiên của tháng ba` (a date: the 1st), `ngày cuối cùng của
/// tháng 2/2024` (its last day), `tuần đầu tiên của tháng 9 năm 2017`,
/// `tuần đầu tháng 4` (a period: the first Monday-to-Sunday week that
/// opens in the month),
/// `tuần cuối cùng của tháng này` (the last that closes in it). The month
/// is read as [`month_piece`] reads it, its year nearest the dateline when
/// not written; a day's may be a year, read as [`year_piece`] reads it
/// (`ngày đầu tiên của năm nay`), the dateline's when `năm` stands alone
/// (`ngày cuối cùng của năm`, its year inferred).
pub(crate) fn month_extreme<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, week) = alt((word(DAY_WORD).map(|_| false), word(WEEK_WORD).map(|_| true))).parse(i)?;
    let (i, _) = sp1(i)?;
    // A week's may be `đầu`, `cuối` alone (`tuần đầu tháng 4`), or counted
    // (`tuần thứ 2 của tháng 3`, `tuần thứ hai`): the `nth` from the first.
    let counted = |i| week_ordinal(i).map(|(rest, n)| (rest, (true, n)));
    let (i, (first, nth)) = match EXTREMES.starting()(i) {
        Ok((rest, first)) => (rest, (first, 1)),
        Err(_) if week => alt((
            word(FIRST).map(|_| (true, 1)),
            word(LAST).map(|_| (false, 1)),
            counted,
        ))
        .parse(i)?,
        Err(e) => return Err(e),
    };
    let (i, _) = (sp1, opt((word(OF), sp1))).parse(i)?;
    // `ngày đầu tiên của năm 2024`, `tuần đầu tiên của năm 2024`: a day or
    // a week of a year too.
    // `ngày cuối cùng của năm`: the dateline's year, inferred, with a mark
    // or the end after it (`năm mới`, `năm học` are other years).
    let this_year = |i| {
        let (rest, _) = word(YEAR_WORD)(i)?;
        if !crate::parse::common::clause_closes(rest) {
            return fail(i);
        }
        let piece = Piece::calendar(Shape::Months(1, 12), Year::Missing, false);
        Ok((rest, piece))
    };
    let (rest, piece) = month_piece(i, "", ctx)
        .or_else(|_| year_piece(i, "", ctx))
        .or_else(|_| this_year(i))?;
    if !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    let month = piece.resolve(ctx);
    let (Some(start), Some(end)) = (month.start, month.end) else {
        return fail(i);
    };
    if week {
        let monday = if first {
            start
                + Days::new(u64::from((7 - start.weekday().num_days_from_monday()) % 7))
                + Days::new(7 * u64::from(nth - 1))
        } else {
            end - Days::new(u64::from(end.weekday().num_days_from_sunday()) + 6)
        };
        // The week opens in the month or year.
        if monday > end {
            return fail(i);
        }
        return Ok((
            rest,
            Resolved {
                start: Some(monday),
                end: monday.checked_add_days(Days::new(6)),
                ..month
            }
            .value(),
        ));
    }
    let day = if first { start } else { end };
    Ok((
        rest,
        MentionValue::Date {
            date: Some(day),
            year: Some(day.year()),
            month: day.month(),
            day: day.day(),
            year_inferred: month.year_inferred,
            relative: month.relative,
        },
    ))
}

/// After a weekday `day` (at the space after it), which such day of a
/// month: `đầu tiên`, `thứ hai`, `cuối cùng`, then `của` or not, then the
/// month as [`month_piece`] reads it, or `tháng` alone (the dateline's);
/// `cuối` straight before the month (`thứ Sáu cuối tháng`). `Chủ nhật thứ
/// hai của tháng 5` is the second Sunday of May, `thứ Sáu cuối cùng của
/// tháng này` the last Friday of the dateline's month: a date.
pub(crate) fn weekday_of_month(
    i: &str,
    day: chrono::Weekday,
    ctx: Option<NaiveDate>,
) -> Res<'_, MentionValue> {
    let (i, _) = sp1(i)?;
    let ordinal = alt((
        EXTREMES.starting().map(|first| (first, 1)),
        week_ordinal.map(|n| (true, n)),
    ));
    let (i, (first, nth)) =
        match nom::sequence::terminated(ordinal, (sp1, opt((word(OF), sp1)))).parse(i) {
            Ok(found) => found,
            Err(_) => (preceded(word(LAST), sp1).parse(i)?.0, (false, 1)),
        };
    // `tháng` alone: the dateline's month, as `tháng này`.
    let alone = || {
        let (rest, _) = word(MONTH_WORD)(i)?;
        if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i);
        }
        Ok((rest, Piece::Counted(counted(MONTH_WORD, Some(0), ctx))))
    };
    let (rest, piece) = month_piece(i, "", ctx).or_else(|_| alone())?;
    if !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    let month = piece.resolve(ctx);
    let (Some(start), Some(end)) = (month.start, month.end) else {
        return fail(i);
    };
    let want = day.num_days_from_monday();
    let date = if first {
        let ahead = (7 + want - start.weekday().num_days_from_monday()) % 7;
        start + Days::new(u64::from(ahead) + 7 * u64::from(nth - 1))
    } else {
        let back = (7 + end.weekday().num_days_from_monday() - want) % 7;
        end - Days::new(u64::from(back))
    };
    if date > end {
        return fail(i);
    }
    Ok((
        rest,
        MentionValue::Date {
            date: Some(date),
            year: Some(date.year()),
            month: date.month(),
            day: date.day(),
            year_inferred: month.year_inferred,
            relative: month.relative,
        },
    ))
}

/// The most weeks counted in a month (`tuần thứ 5`).
const MAX_WEEK_ORDINAL: u32 = 5;

/// `thứ 2`, `thứ hai`, `thứ nhất` after `tuần`: which week, counted from
/// the first, at most [`MAX_WEEK_ORDINAL`] (a year's weeks counted
/// further are left alone).
fn week_ordinal(i: &str) -> Res<'_, u32> {
    let (i, _) = (word(crate::vocab::ORDINAL_WORD), sp1).parse(i)?;
    let (rest, n) = alt((
        word(crate::vocab::FIRST_ORDINAL).map(|_| 1),
        crate::parse::common::number(1, 1),
        crate::parse::when::words::number_in_words(true),
    ))
    .parse(i)?;
    if (1..=MAX_WEEK_ORDINAL).contains(&n) {
        Ok((rest, n))
    } else {
        fail(i)
    }
}

/// The most weeks of a year (ISO 8601 gives 52 or 53).
const MAX_WEEK_OF_YEAR: u32 = 53;

/// `tuần 12/2024`, `tuần 15 năm 2024`, `tuần thứ 15 của năm nay`, `tuần
/// 1-2025`: the numbered Monday-to-Sunday week of a year as ISO 8601
/// counts them (the first is the one holding the year's first Thursday),
/// as weekly reports number them; the year written after `/`, `-`, `năm`
/// or `của năm`, or counted from the dateline's (`năm nay`). A week the
/// year does not have (`tuần 53/2024`) is none.
pub(crate) fn week_of_year<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, _) = (
        word(WEEK_WORD),
        sp1,
        opt((word(crate::vocab::ORDINAL_WORD), sp1)),
    )
        .parse(i)?;
    let (i, n) = crate::parse::common::number(1, 2)(i)?;
    let glued = |i| {
        let (i, _) = alt((ch('/'), ch('-'))).parse(i)?;
        let (rest, y) = year4(i)?;
        Ok((
            rest,
            Piece::calendar(Shape::Months(1, 12), Year::Written(y), false),
        ))
    };
    let spaced = |i| {
        let (i, _) = (sp1, opt((word(OF), sp1))).parse(i)?;
        year_piece(i, "", ctx)
    };
    let (rest, year) = alt((glued, spaced)).parse(i)?;
    if !(1..=MAX_WEEK_OF_YEAR).contains(&n) || !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    let year = year.resolve(ctx);
    let monday = match year.start {
        Some(first) => {
            let monday = NaiveDate::from_isoywd_opt(first.year(), n, chrono::Weekday::Mon);
            // `tuần 53/2024`: 2024 has 52 weeks.
            if monday.map_or(true, |m| m.iso_week().year() != first.year()) {
                return fail(i);
            }
            monday
        }
        None => None,
    };
    Ok((
        rest,
        Resolved {
            start: monday,
            end: monday.and_then(|m| m.checked_add_days(Days::new(6))),
            ..year
        }
        .value(),
    ))
}
