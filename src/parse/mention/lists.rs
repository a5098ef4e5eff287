//! Dates of a list (`ngày 4 và 5-4`, `tháng 3, 4 năm 2024`, `năm 2023 và
//! 2024`): the day, month or year that continues one, and the date the
//! list closes with.

use super::*;

/// A day and month with no year of their own (`rest` follows them): a
/// date in the year written after the last date of the list they open
/// (`30/4 và 1/5/2024`, `30/4 và 1/5 năm nay`), else in the year nearest
/// the dateline.
pub(super) fn listed_date_value(
    day: u32,
    month: u32,
    rest: &str,
    ctx: Context,
) -> Option<MentionValue> {
    date_before_list(day, month, rest, (month, day), ctx)
}

/// [`listed_date_value`] for the date `day` and `month` of a list whose
/// item before `rest` is `last` (a month and a day).
pub(super) fn date_before_list(
    day: u32,
    month: u32,
    rest: &str,
    last: (u32, u32),
    ctx: Context,
) -> Option<MentionValue> {
    match listed_year(rest, last) {
        when::Year::Written(y) => date_value(day, month, Some(y), ctx),
        when::Year::Relative(n) => relative_year_date(day, month, n, ctx),
        when::Year::Missing => date_value(day, month, None, ctx),
        when::Year::Referred => referred_date(day, month),
    }
}

/// The year written after the last of the dates that `rest` lists after a
/// day and month (`, 1/5/2024`, ` và ngày 2/9 năm 2024`, ` và 1/5 năm
/// nay`), the dates rising from `first` (a month and a day).
pub(super) fn listed_year(rest: &str, first: (u32, u32)) -> when::Year {
    // Most dates end a clause: told by the next byte first.
    if !rest.starts_with([',', ' ']) {
        return when::Year::Missing;
    }
    let mut tail = rest;
    let mut last = first;
    for _ in 0..MAX_LISTED_DAYS {
        let Some((r, (day, month))) = next_listed_date(tail) else {
            break;
        };
        if (month, day) <= last {
            break;
        }
        if let Some((after, year)) = written_year(r) {
            if ends_cleanly(after) {
                return when::Year::Written(year);
            }
            break;
        }
        if let Ok((after, n)) = when::relative_year(r) {
            if ends_cleanly(after) {
                return when::Year::Relative(n);
            }
            break;
        }
        (tail, last) = (r, (month, day));
    }
    when::Year::Missing
}

/// The next day and month of a list after `,` or `và` (`, 1/5`, ` và ngày
/// 2/9`), and what follows them.
pub(super) fn next_listed_date(tail: &str) -> Option<(&str, (u32, u32))> {
    let r = list_joined(tail)?;
    let (r, _) = opt((word(vocab::DAY_WORD), sp1)).parse(r).ok()?;
    day_month_any(r).ok()
}

/// What follows a comma with a digit right after it, the next item of a
/// list glued to it (`16/3` of `,16/3`).
pub(super) fn after_glued_comma(s: &str) -> Option<&str> {
    s.strip_prefix(',')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// The most days a list of days under one month holds (`ngày 3, 4 và 5/6`).
pub(super) const MAX_LISTED_DAYS: usize = 8;

/// `12 và 13/6`, `3, 4 và 5/6`, `12, ngày 13/6/2024`: the first day of a
/// list of days whose month closes the list, as a date of that month; after
/// a word that announces a date (`announced`), a part of day may join them
/// too (`đêm 12 rạng sáng 13/2`, `tối 11 và sáng 12/2`). The days rise;
/// the other days are read in their turn (the last one is a date of its
/// own). Unannounced, the list needs `và` or `ngày` inside it: commas alone
/// join no days (`phòng 7, 26/4`).
pub(super) fn listed_day(i: &str, ctx: Context, announced: bool) -> Res<'_, MentionValue> {
    let (rest, day) = number(1, 2)(i)?;
    let mut tail = rest;
    let mut last = day;
    let mut joined = announced;
    for _ in 0..MAX_LISTED_DAYS {
        let (r, comma) = opt(ch(',')).parse(tail)?;
        // `ngày 15,16/3`: after a date word, the comma may go without its
        // space.
        let glued = comma.is_some() && announced && r.starts_with(|c: char| c.is_ascii_digit());
        let r = match sp1(r) {
            Ok((r, _)) => r,
            Err(_) if glued => r,
            Err(_) => break,
        };
        let (r, and) = opt((vocab::JOINERS.starting(), sp1)).parse(r)?;
        let before_part = r;
        let (r, part) = match announced {
            true => opt((DATE_WORDS.starting(), sp1)).parse(r)?,
            false => (r, None),
        };
        if comma.is_none() && and.is_none() && part.is_none() {
            break;
        }
        // `đêm 31 rạng sáng 1/4`, `đêm 30 rạng sáng mùng 1 Tết`: the night
        // before the first day of a month.
        if part.is_some() && last == day && day >= MIN_EVE_DAY {
            if let Some(v) = eve_of(day, before_part, ctx) {
                return Ok((rest, v));
            }
        }
        let (r, day_word) = opt((word(vocab::DAY_WORD), sp1)).parse(r)?;
        let Ok((r, next)) = number(1, 2)(r) else {
            break;
        };
        if next <= last || next > 31 {
            break;
        }
        joined |= and.is_some() || day_word.is_some();
        // The month after `/`; after a word that announces a date, after
        // `-` or `.` too (`ngày 4 và 5-4`), the year after the same sign.
        let sep = match r.as_bytes().first() {
            Some(&b'/') => '/',
            Some(&b) if announced && (b == b'-' || b == b'.') => char::from(b),
            _ => '/',
        };
        if let Ok((after, month)) = preceded(ch(sep), number(1, 2)).parse(r) {
            let (after, year) = opt(preceded(ch(sep), when::year4)).parse(after)?;
            if !ends_cleanly(after) || !joined {
                break;
            }
            // `28, 29/4 và 1/5/2024`: the year of the list's last date;
            // `30 và 31/12 năm ngoái`, `5 và 6/11 tới`: the year the words
            // after it give it.
            let value = match year {
                Some(_) => date_value(day, month, year, ctx),
                None => match date_with_year_after(next, month, after, ctx) {
                    Some((_, last)) => same_month_as(day, last),
                    None => date_before_list(day, month, after, (month, next), ctx),
                },
            };
            return match value {
                Some(v) => Ok((rest, v)),
                None => crate::parse::common::fail(i),
            };
        }
        // `ngày 15 và 16 tháng 3`: the month written out, and its year.
        let mut written = (
            sp1,
            crate::parse::dateline::month_word,
            sp1,
            when::month_number,
        );
        if let Ok((after, (_, _, _, month))) = written.parse(r) {
            let (after, year) = match written_year(after) {
                Some((a, y)) => (a, Some(y)),
                None => (after, None),
            };
            // `ngày 15 và 16 tháng 3 âm lịch`: lunar days, read apart.
            if !ends_cleanly(after)
                || !joined
                || when::counted_noun_follows(after)
                || when::lunar_mark_follows(after)
            {
                break;
            }
            let value = match year {
                Some(_) => date_value(day, month, year, ctx),
                None => match date_with_year_after(next, month, after, ctx) {
                    Some((_, last)) => same_month_as(day, last),
                    None => date_value(day, month, None, ctx),
                },
            };
            return match value {
                Some(v) => Ok((rest, v)),
                None => crate::parse::common::fail(i),
            };
        }
        (tail, last) = (r, next);
    }
    // `Ngày 10 và 11, ...`, `tối 10 và sáng 11,`: days without their month
    // closing the clause after a date word, of the month of the last one's
    // nearest day to the dateline's.
    if announced && last > day && when::clause_closes_after_day(tail) {
        let first = ctx
            .dateline
            .and_then(|dl| when::nearest_day(last, dl, false))
            .and_then(|d| d.with_day(day));
        if let Some(d) = first {
            return Ok((rest, counted_date(d)));
        }
    }
    crate::parse::common::fail(i)
}

/// The date `day` of the month and year of `last`, a date of the same
/// list, with its flags.
fn same_month_as(day: u32, mut last: MentionValue) -> Option<MentionValue> {
    let MentionValue::Date { date, day: at, .. } = &mut last else {
        return None;
    };
    if let Some(d) = date {
        *d = d.with_day(day)?;
    }
    *at = day;
    Some(last)
}

/// The first day of a month that may be the last of the month before
/// (`28` in `đêm 28 rạng sáng 1/3`): below it, a day before a first is no
/// eve.
const MIN_EVE_DAY: u32 = 28;

/// `day` as the eve of the first day of a month that the part of day at
/// `i` announces (`rạng sáng 1/4`, `rạng sáng mùng 1 Tết`): the day before
/// it, when that day is `day` (the 31st before the 1st of April, not the
/// 30th), with the first day's year and its flags. For Tết, the last day
/// of the lunar year before it, as `30 Tết` is (the 30th of a month of 29
/// days is its 29th).
fn eve_of(day: u32, i: &str, ctx: Context) -> Option<MentionValue> {
    let (rest, first) = announced_date(i, ctx, true).ok()?;
    if !ends_cleanly(rest) {
        return None;
    }
    match first {
        MentionValue::Date {
            date: Some(first),
            year_inferred,
            relative,
            ..
        } if first.day() == 1 => {
            let eve = first.pred_opt().filter(|d| d.day() == day)?;
            Some(MentionValue::Date {
                date: Some(eve),
                year: Some(eve.year()),
                month: eve.month(),
                day,
                year_inferred,
                relative,
            })
        }
        MentionValue::LunarDate { .. } => when::before_tet(day, first),
        _ => None,
    }
}

/// The most bytes before the first day of a list of lunar days (`ngày
/// mồng `).
const MAX_BEFORE_LISTED_DAY: usize = 14;

/// `mùng 1 và mùng 2 Tết`, `mùng 1, 2, 3 Tết`, `ngày 10 và 11 tháng
/// Giêng`, `28 và 29 Tết`: the first day of a list of rising days closed by
/// a lunar day, as a lunar day of that one's month and year (the others
/// are read in their turn). The days may open with `mùng`, `mồng` or
/// `ngày`.
pub(super) fn listed_lunar_day(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    // Told first by the joiner after the first day's digits: most days
    // and numbers are followed by a word or a date's sign.
    let bytes = i.as_bytes();
    let Some(first_digit) = bytes
        .iter()
        .take(MAX_BEFORE_LISTED_DAY)
        .position(u8::is_ascii_digit)
    else {
        return crate::parse::common::fail(i);
    };
    let digits = leading_digits(i.get(first_digit..).unwrap_or_default());
    let after = i.get(first_digit + digits..).unwrap_or_default();
    let joiner_next = || {
        after.starts_with(' ')
            && after
                .as_bytes()
                .get(1)
                .is_some_and(|&b| vocab::JOINERS.may_start_byte(b))
    };
    if !(after.starts_with(',') || joiner_next()) || list_joined(after).is_none() {
        return crate::parse::common::fail(i);
    }
    let (rest, _) = opt(when::day_word).parse(i)?;
    let (rest, day) = number(1, 2)(rest)?;
    let mut tail = rest;
    let mut last = day;
    for _ in 0..MAX_LISTED_DAYS {
        let Some(r) = list_joined(tail) else { break };
        if let Ok((_, closing)) = when::lunar_date(r, ctx.dateline) {
            let rising =
                matches!(closing, MentionValue::LunarDate { lunar_day, .. } if lunar_day > last);
            return match when::lunar_day_beside(&closing, day, ctx.dateline).filter(|_| rising) {
                Some(v) => Ok((rest, v)),
                None => crate::parse::common::fail(i),
            };
        }
        let (r, _) = opt(when::day_word).parse(r)?;
        let Ok((r, next)) = number(1, 2)(r) else {
            break;
        };
        if next <= last {
            break;
        }
        (tail, last) = (r, next);
    }
    crate::parse::common::fail(i)
}
