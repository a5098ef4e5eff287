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
/// (`ngày đầu tiên của năm nay`).
pub(crate) fn month_extreme<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, week) = alt((word(DAY_WORD).map(|_| false), word(WEEK_WORD).map(|_| true))).parse(i)?;
    let (i, _) = sp1(i)?;
    // A week's may be `đầu`, `cuối` alone: `tuần đầu tháng 4`.
    let (i, first) = match EXTREMES.starting()(i) {
        Ok(found) => found,
        Err(_) if week => alt((word(FIRST).map(|_| true), word(LAST).map(|_| false))).parse(i)?,
        Err(e) => return Err(e),
    };
    let (i, _) = (sp1, opt((word(OF), sp1))).parse(i)?;
    // `ngày đầu tiên của năm 2024`: a day of a year too.
    let (rest, piece) =
        month_piece(i, "", ctx).or_else(|e| if week { Err(e) } else { year_piece(i, "", ctx) })?;
    if !crate::parse::mention::ends_cleanly(rest) {
        return fail(i);
    }
    let month = piece.resolve(ctx);
    let (Some(start), Some(end)) = (month.start, month.end) else {
        return fail(i);
    };
    if week {
        let monday = if first {
            start + Days::new(u64::from((7 - start.weekday().num_days_from_monday()) % 7))
        } else {
            end - Days::new(u64::from(end.weekday().num_days_from_sunday()) + 6)
        };
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
