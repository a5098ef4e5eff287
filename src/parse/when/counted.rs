//! Days, months and years counted from the dateline's: `3 ngày trước`,
//! `7 ngày qua`, `6 tháng qua`, `2 tuần 3 ngày trước`, `24 giờ qua`, `hôm
//! qua`, `sáng nay`, `năm ngoái`.

use super::*;

/// A length of time as the calendar counts it: whole months (years are
/// twelve), then days (weeks are seven); `in_hours` when it was counted in
/// hours (`48 giờ`: two days, from the dateline's moment).
#[derive(Clone, Copy)]
struct Length {
    months: u32,
    days: i64,
    in_hours: bool,
}

impl Length {
    /// `months` and `days` as the calendar counts them.
    const fn calendar(months: u32, days: i64) -> Length {
        Length {
            months,
            days,
            in_hours: false,
        }
    }

    /// The day this length before (`back`) or after `day`: the months first,
    /// then the days.
    fn from(self, day: NaiveDate, back: bool) -> Option<NaiveDate> {
        let sign = if back { -1 } else { 1 };
        let day = add_months(day, sign * i64::from(self.months))?;
        add_days(day, sign * self.days)
    }
}

/// Days counted from the dateline's after a number: `3 ngày trước` (a
/// day), `3 ngày nữa` (a day), `7 ngày qua` (the seven days ending on the
/// dateline's), `2 tuần tới` (the fourteen days after it), `6 tháng qua`,
/// `2 năm nữa`, and counts of several units in falling order (`2 tuần 3
/// ngày trước`, `1 năm 2 tháng qua`).
pub(crate) fn counted_days(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, n) = count(i)?;
    let (i, span) = alt((|j| units(j, n), |j| hours_marked(j, n))).parse(i)?;
    span_counted(i, span, ctx)
}

/// `n` hours, a whole number of days (`24`, `48`, `72`), as a length in
/// days: hours counted from the dateline's moment reach the same days
/// whatever its time, so that the days are exact though the time is not
/// read. Other counts of hours (`3 giờ tới`) are no days.
fn whole_days_in_hours(n: u32) -> Option<Length> {
    const HOURS_A_DAY: u32 = 24;
    (n > 0 && n % HOURS_A_DAY == 0).then(|| Length {
        months: 0,
        days: i64::from(n / HOURS_A_DAY),
        in_hours: true,
    })
}

/// `h` glued to a count of hours (`24h qua`), the count a whole number of
/// days ([`whole_days_in_hours`]).
fn hours_marked(i: &str, n: u32) -> Res<'_, Length> {
    let Some(span) = whole_days_in_hours(n) else {
        return fail(i);
    };
    let (i, _) = word(crate::vocab::HOUR_MARK)(i)?;
    Ok((i, span))
}

/// A count in digits or in words.
fn count(i: &str) -> Res<'_, u32> {
    alt((number(1, 3), number_in_words(false))).parse(i)
}

/// After a count `n`, the unit that follows it and any smaller units
/// counted after that one (`năm 2 tháng`, `tuần 3 ngày`), as one span.
fn units(i: &str, n: u32) -> Res<'_, Length> {
    let (mut i, (mut rank, mut span)) = preceded(sp1, |j| unit(j, n)).parse(i)?;
    // Another count after the space, told by its first byte (a digit, or
    // the first letter of a number in words) before it is read.
    let count_next = |i: &str| {
        i.as_bytes().get(1).is_some_and(|&b| {
            b.is_ascii_digit()
                || NUMBER_WORDS
                    .starts
                    .get(usize::from(b))
                    .is_some_and(|m| *m != 0)
        })
    };
    let mut next_unit = preceded(sp1, |j| {
        count(j).and_then(|(j, m)| preceded(sp1, |k| unit(k, m)).parse(j))
    });
    while let Some(Ok((rest, (smaller, more)))) = count_next(i).then(|| next_unit.parse(i)) {
        // Hours count alone: `2 ngày 24 giờ` is no length of the calendar.
        if smaller >= rank || span.in_hours || more.in_hours {
            break;
        }
        rank = smaller;
        span.months = span.months.saturating_add(more.months);
        span.days = span.days.saturating_add(more.days);
        i = rest;
    }
    Ok((i, span))
}

/// The unit opening `i`, `n` times, with its rank (years 4, months 3,
/// weeks 2, days 1, hours 0: only a whole number of days in hours, see
/// [`whole_days_in_hours`]).
fn unit(i: &str, n: u32) -> Res<'_, (u8, Length)> {
    if let Some(span) = whole_days_in_hours(n) {
        if let Ok((rest, ())) = HOUR_UNITS.starting()(i) {
            // `24 giờ đồng hồ qua`: hours as the clock counts them.
            let clock = preceded(sp1, word(crate::vocab::ON_THE_CLOCK));
            let (rest, _) = opt(clock).parse(rest)?;
            return Ok((rest, (0, span)));
        }
    }
    alt((
        word(YEAR_WORD).map(|_| (4, Length::calendar(n.saturating_mul(12), 0))),
        word(MONTH_WORD).map(|_| (3, Length::calendar(n, 0))),
        DAY_UNITS.starting().map(|d| {
            let rank = 1 + u8::from(d > 1);
            (rank, Length::calendar(0, i64::from(n) * i64::from(d)))
        }),
    ))
    .parse(i)
}

/// `nửa tháng qua` (the fifteen days ending on the dateline's), `nửa năm
/// tới` (the six months after it), `nửa tháng trước`: half a month (fifteen
/// days) or half a year (six months) counted from the dateline's.
pub(crate) fn half_counted(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, _) = (word(HALF_OF), sp1).parse(i)?;
    if let Ok((rest, _)) = word(YEAR_WORD)(i) {
        return span_counted(rest, Length::calendar(6, 0), ctx);
    }
    let (rest, _) = word(MONTH_WORD)(i)?;
    span_counted(rest, Length::calendar(0, DAYS_IN_HALF_MONTH), ctx)
}

/// The days of half a month, as `nửa tháng` counts them.
const DAYS_IN_HALF_MONTH: i64 = 15;

/// `span` counted from the dateline's by the word that opens `i` (` trước`,
/// ` qua`, ` tới`, ` nữa`): a day, or the days ending on or starting after
/// the dateline's. Without a dateline a count of days alone keeps its
/// count with a `null` date; one with months is no mention.
fn span_counted(i: &str, span: Length, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, count) = preceded(sp1, COUNTS.starting()).parse(i)?;
    if (span.months == 0 && span.days == 0)
        || !crate::parse::mention::ends_cleanly(i)
        || (count == Count::Ago && before_an_event(i))
        || (count == Count::Past && passes_by(i))
    {
        return fail(i);
    }
    let value = match count {
        Count::Ago | Count::Later => match day_counted(span, count == Count::Ago, ctx) {
            Some(value) => value,
            None => return fail(i),
        },
        // Days counted end on the dateline's day or start the day after it
        // (`7 ngày qua`, `3 ngày tới`); hours run from or to the
        // dateline's moment, on its day (`24 giờ qua`: from the day
        // before).
        Count::Past => Resolved {
            start: ctx
                .and_then(|d| span.from(d, true))
                .and_then(|d| add_days(d, i64::from(!span.in_hours))),
            end: ctx,
            relative: true,
            year_inferred: false,
        }
        .value(),
        Count::Next => Resolved {
            start: ctx.and_then(|d| add_days(d, i64::from(!span.in_hours))),
            end: ctx.and_then(|d| span.from(d, false)),
            relative: true,
            year_inferred: false,
        }
        .value(),
    };
    Ok((i, value))
}

/// Whether `rest`, after `qua`, is `đi` closing the clause (`năm tháng
/// qua đi, ...`: *years went by*); `qua đi lại` (`3 ngày qua đi lại khó`,
/// travel) goes on.
fn passes_by(rest: &str) -> bool {
    preceded(sp1, word(crate::vocab::PASS_BY))
        .parse(rest)
        .is_ok_and(|(after, _)| crate::parse::common::clause_closes(after))
}

/// Whether `rest`, after `3 ngày trước`, names what the days are before
/// (`khi khai mạc`, `đó`, `ngày bầu cử`, `30/4`, `Tết`, `Giáng sinh`):
/// then `trước` is *before*, not *ago*.
fn before_an_event(rest: &str) -> bool {
    let next = crate::normalize::trim_start(rest);
    if next.len() == rest.len() {
        // `3 ngày trước, ...`, `3 ngày trước.`: the count closes there.
        return false;
    }
    next.starts_with(|c: char| c.is_ascii_digit())
        || crate::vocab::BEFORE_AN_EVENT.starting()(next).is_ok()
        || word(NEW_YEAR)(next).is_ok()
        || super::feasts::day_feast(next).is_ok()
        || crate::vocab::NAMED_LUNAR_FEASTS.starting()(next).is_ok()
}

/// The day `span` before (`back`) or after the dateline's, with the days
/// between them. Without a dateline only a span of days alone is known
/// (its date `null`).
fn day_counted(span: Length, back: bool, ctx: Option<NaiveDate>) -> Option<MentionValue> {
    let Some(d) = ctx else {
        if span.months > 0 {
            return None;
        }
        let days = i32::try_from(span.days).ok()?;
        return Some(MentionValue::RelativeDate {
            date: None,
            days: if back { -days } else { days },
        });
    };
    let day = span.from(d, back)?;
    let days = i32::try_from((day - d).num_days()).ok()?;
    Some(MentionValue::RelativeDate {
        date: Some(day),
        days,
    })
}

/// `cách đây 3 ngày`, `cách đây 2 tuần`, `cách đây ba tháng`, `cách đây 5
/// năm`, `cách đây 1 năm 3 tháng`: the day that many days, weeks, months or
/// years before the dateline's (`trước` may close it). Months and years
/// are known only from a dateline; without one days keep their count with
/// a `null` date.
pub(crate) fn ago(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, _) = (AGO.starting(), sp1, opt((ABOUT.starting(), sp1))).parse(i)?;
    let (i, n) = count(i)?;
    let (i, span) = units(i, n)?;
    let i = match preceded(sp1, COUNTS.starting()).parse(i) {
        Ok((rest, Count::Ago)) => rest,
        _ => i,
    };
    if n == 0 || !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    match day_counted(span, true, ctx) {
        Some(value) => Ok((i, value)),
        None => fail(i),
    }
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
