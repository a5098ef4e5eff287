//! Days, months and years counted from the dateline's: `3 ngày trước`,
//! `7 ngày qua`, `6 tháng qua`, `hôm qua`, `sáng nay`, `năm ngoái`.

use super::*;

/// Days counted from the dateline's after a number: `3 ngày trước` (a
/// day), `3 ngày nữa` (a day), `7 ngày qua` (the seven days ending on the
/// dateline's), `2 tuần tới` (the fourteen days after it).
pub(crate) fn counted_days(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, n) = alt((number(1, 3), number_in_words(false))).parse(i)?;
    if let Ok(found) = counted_months(i, n, ctx) {
        return Ok(found);
    }
    let (i, unit) = preceded(sp1, DAY_UNITS.starting()).parse(i)?;
    days_counted(i, i64::from(n) * i64::from(unit), ctx)
}

/// `nửa tháng qua` (the fifteen days ending on the dateline's), `nửa năm
/// tới` (the six months after it), `nửa tháng trước`: half a month (fifteen
/// days) or half a year (six months) counted from the dateline's.
pub(crate) fn half_counted(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, _) = (word(HALF_OF), sp1).parse(i)?;
    if let Ok((rest, _)) = word(YEAR_WORD)(i) {
        return months_counted(rest, 6, ctx);
    }
    let (rest, _) = word(MONTH_WORD)(i)?;
    days_counted(rest, DAYS_IN_HALF_MONTH, ctx)
}

/// The days of half a month, as `nửa tháng` counts them.
const DAYS_IN_HALF_MONTH: i64 = 15;

/// `days` counted from the dateline's by the word that opens `i` (` trước`,
/// ` qua`, ` tới`, ` nữa`): a day, or the days ending on or starting after
/// the dateline's.
fn days_counted(i: &str, days: i64, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, count) = preceded(sp1, COUNTS.starting()).parse(i)?;
    if days == 0 || !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    let Ok(span) = i32::try_from(days) else {
        return fail(i);
    };
    let at = |k: i64| ctx.and_then(|d| add_days(d, k));
    let value = match count {
        Count::Ago => MentionValue::RelativeDate {
            date: at(-days),
            days: -span,
        },
        Count::Later => MentionValue::RelativeDate {
            date: at(days),
            days: span,
        },
        Count::Past => Resolved {
            start: at(1 - days),
            end: at(0),
            relative: true,
            year_inferred: false,
        }
        .value(),
        Count::Next => Resolved {
            start: at(1),
            end: at(days),
            relative: true,
            year_inferred: false,
        }
        .value(),
    };
    Ok((i, value))
}

/// `cách đây 3 ngày`, `cách đây 2 tuần`, `cách đây ba tháng`, `cách đây 5
/// năm`: the day that many days, weeks, months or years before the
/// dateline's (`trước` may close it). Months and years are known only from
/// a dateline; without one days keep their count with a `null` date.
pub(crate) fn ago(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, _) = (AGO.starting(), sp1, opt((ABOUT.starting(), sp1))).parse(i)?;
    let (i, n) = alt((number(1, 3), number_in_words(false))).parse(i)?;
    let (i, unit) = preceded(
        sp1,
        alt((
            DAY_UNITS.starting().map(|d| (d, 0)),
            word(MONTH_WORD).map(|_| (0, 1)),
            word(YEAR_WORD).map(|_| (0, 12)),
        )),
    )
    .parse(i)?;
    let i = match preceded(sp1, COUNTS.starting()).parse(i) {
        Ok((rest, Count::Ago)) => rest,
        _ => i,
    };
    if n == 0 || !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    let (days, months) = (i64::from(n) * i64::from(unit.0), i64::from(n) * unit.1);
    let day = match ctx {
        Some(d) if months > 0 => add_months(d, -months),
        Some(d) => add_days(d, -days),
        None if months > 0 => return fail(i),
        None => None,
    };
    let days = match (ctx, day) {
        (Some(d), Some(day)) => (day - d).num_days(),
        (None, None) => -days,
        _ => return fail(i),
    };
    let Ok(days) = i32::try_from(days) else {
        return fail(i);
    };
    Ok((i, MentionValue::RelativeDate { date: day, days }))
}

/// `6 tháng qua`, `2 năm qua`, `1 tháng nay` (the months or years ending on
/// the dateline's day), `3 tháng tới` (those starting the day after it),
/// `3 tháng trước`, `2 năm nữa` (a day, under a dateline).
pub(super) fn counted_months<'a>(
    i: &'a str,
    n: u32,
    ctx: Option<NaiveDate>,
) -> Res<'a, MentionValue> {
    let (i, months) = preceded(
        sp1,
        alt((
            word(MONTH_WORD).map(|_| n),
            word(YEAR_WORD).map(|_| n.saturating_mul(12)),
        )),
    )
    .parse(i)?;
    months_counted(i, months, ctx)
}

/// `months` counted from the dateline's by the word that opens `i`: the
/// months ending on or starting after the dateline's day, or a day that
/// many months back or on.
fn months_counted(i: &str, months: u32, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, count) = preceded(sp1, COUNTS.starting()).parse(i)?;
    if months == 0 || !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    let shift = |d: NaiveDate, back: bool| {
        let n = i64::from(months);
        add_months(d, if back { -n } else { n })
    };
    let (start, end) = match count {
        Count::Past => (
            ctx.and_then(|d| shift(d, true))
                .and_then(|d| add_days(d, 1)),
            ctx,
        ),
        Count::Next => (
            ctx.and_then(|d| add_days(d, 1)),
            ctx.and_then(|d| shift(d, false)),
        ),
        // `3 tháng trước`, `2 năm nữa`: the day that many months back or on,
        // its distance in days known only from a dateline.
        Count::Ago | Count::Later => {
            let Some(d) = ctx else {
                return fail(i);
            };
            let Some(day) = shift(d, count == Count::Ago) else {
                return fail(i);
            };
            let Ok(days) = i32::try_from((day - d).num_days()) else {
                return fail(i);
            };
            return Ok((
                i,
                MentionValue::RelativeDate {
                    date: Some(day),
                    days,
                },
            ));
        }
    };
    Ok((
        i,
        Resolved {
            start,
            end,
            relative: true,
            year_inferred: false,
        }
        .value(),
    ))
}

/// A day counted from the dateline's: `hôm nay`, `hôm qua`, `ngày mai`,
/// `sáng nay`, `đêm qua`; `mai` before a part of day or a time.
pub(crate) fn relative_day(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (rest, days) = match counted_day(i) {
        Ok(found) => found,
        Err(_) => {
            let (rest, _) = word(TOMORROW)(i)?;
            let next = sp1(rest).map(|(r, _)| r).unwrap_or("");
            let before_time = next.starts_with(|c: char| c.is_ascii_digit())
                || crate::vocab::PARTS_OF_DAY.starting()(next).is_ok();
            if !before_time {
                return fail(i);
            }
            (rest, 1)
        }
    };
    Ok((
        rest,
        MentionValue::RelativeDate {
            date: ctx.and_then(|d| add_days(d, i64::from(days))),
            days,
        },
    ))
}

/// A day counted from the dateline's and the days it adds: `hôm qua`,
/// `ngày mai`; a part of day, narrowed or not, before `nay`, `qua`, `mai`
/// or such a day (`sáng nay`, `sáng sớm nay`, `chiều tối qua`, `tối hôm
/// qua`, `trưa ngày mai`).
pub(crate) fn counted_day(i: &str) -> Res<'_, i32> {
    if let Ok(found) = RELATIVE_DAYS.starting()(i) {
        return Ok(found);
    }
    let part = crate::vocab::PARTS_OF_DAY.starting();
    let qualifier = opt((crate::vocab::PART_QUALIFIERS.starting(), sp1));
    let (rest, _) = (part, sp1, qualifier).parse(i)?;
    alt((
        RELATIVE_DAYS.starting(),
        crate::vocab::DAYS_AFTER_PART.starting(),
    ))
    .parse(rest)
}

/// A date's year written as a word counted from the dateline's
/// (`dịp 2-9 năm nay`, `ngày 15-8 năm ngoái`): the years it adds.
pub(crate) fn relative_year(i: &str) -> Res<'_, i32> {
    preceded((sp1, word(YEAR_WORD), sp1), relative_unit).parse(i)
}
