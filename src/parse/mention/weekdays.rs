//! Weekdays in the running text: with their date (`thứ Hai (1/4)`,
//! `Chủ nhật 31/3`, `thứ 2 ngày 6 tháng 2`), or counted from the
//! dateline's day (`thứ Năm tuần tới`, `thứ Ba vừa qua`, `hôm thứ Hai`).

use chrono::Weekday;

use super::*;
use crate::vocab::{
    WeekdayPick, HABITUAL_AFTER, HABITUAL_BEFORE, JOINERS, OF, ORDINAL_NOUNS, PAST, RANGE_TO,
    RELATIVE_UNITS, WEEKDAYS, WEEKDAY_AFTER, WEEKDAY_BEFORE, WEEK_WORD,
};

/// How a weekday is counted from the dateline's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    /// That day of a Monday-to-Sunday week counted from the dateline's
    /// (`thứ Hai tuần sau`: 1).
    Week(i32),
    /// Before or after the dateline's day (`thứ Năm tới`).
    Near(WeekdayPick),
    /// The such day nearest the dateline's, at most three days away.
    Nearest,
    /// The dateline's day or the last such day before it (`hôm thứ Hai`:
    /// a day gone by, one of [`vocab::LOOKING_BACK`] before it).
    GoneBy,
}

/// The weekday abbreviated at `s` (`T2` to `T7`, `CN`), only with what
/// places it after it: `T2 tuần sau`, `CN này`, `T7 (6/12)`, `CN, 7/12`.
/// Alone it is none (`T4` is as often a name, `CN` an industry).
pub(super) fn abbreviated_weekday<'a>(
    s: &'a str,
    head: &str,
    ctx: Context,
) -> Option<(&'a str, MentionValue)> {
    let (rest, value) = weekday_mention(s, head, ctx).ok()?;
    (s.len() - rest.len() > ABBREVIATED_WEEKDAY_BYTES).then_some((rest, value))
}

/// The length of a weekday abbreviated (`T2`, `CN`), in bytes.
const ABBREVIATED_WEEKDAY_BYTES: usize = 2;

/// The weekday mention at `s` (at `thứ` or `chủ`); `head` is the text
/// before it.
///
/// - A date after the weekday (`thứ Hai (1/4)`, `thứ Ba, ngày 2/4`), or in
///   brackets after a counted weekday (`thứ Hai tuần trước (25/3)`), is
///   the mention's value: a date, the weekday read with it.
/// - `tuần này`, `tuần tới`, `tuần trước`, `tuần rồi` after it: that day of
///   that Monday-to-Sunday week; `tuần qua`, `vừa qua`, `vừa rồi`: the last
///   such day before the dateline's; `tới`, `sắp tới`: the first after it;
///   `này`: the dateline's day or the first such day after it.
/// - Alone, only where it cannot be an ordinal (`lần thứ hai`): after
///   `hôm`, `vào` or a part of the day, as `Chủ nhật`, or with its number
///   in capitals (`thứ Hai`); it is the such day nearest the dateline's.
///   Before a capitalized word it names something (`Chủ nhật Đỏ`). The
///   whole text (`thứ hai` alone) is a day too.
///   After a word that counts (`lần`, `hạng`, `ngày`), only as such a day
///   or with a date after it.
///
/// A weekday that recurs (`mỗi sáng thứ Tư`, `các ngày thứ Bảy`, `vào một
/// ngày thứ Ba`, `thứ Hai hằng tuần`) is no mention. Counted weekdays are
/// days relative to the dateline (`relative: true`, `days`); without a
/// dateline they are no mention.
pub(super) fn weekday_mention<'a>(s: &'a str, head: &str, ctx: Context) -> Res<'a, MentionValue> {
    let (rest, day) = WEEKDAYS.starting()(s)?;
    let after = (opt((sp0, ch(','))), sp0)
        .parse(rest)
        .map_or(rest, |(r, _)| r);
    if let Some(found) = weekday_day_alone(after, day, ctx) {
        return Ok(found);
    }
    if let Ok((rest, found)) = announced_date(after, ctx, false)
        .or_else(|_| date_after_word(after, ctx))
        .or_else(|_| bracketed_date_with(after, ctx, true))
    {
        return Ok((rest, year_by_weekday(found, day)));
    }
    let Some(dateline) = ctx.dateline else {
        return crate::parse::common::fail(s);
    };
    // `mỗi sáng thứ Tư`, `thứ Hai hằng tuần`: every such day, no one day;
    // so is a day of a list that recurs (`thứ Ba, thứ Năm hằng tuần`, `các
    // ngày thứ Bảy và Chủ nhật`), weighed by the two words before its first
    // day and the words after its last.
    let habitual_before = list_start(head)
        .trim_end_matches(is_space)
        .rsplit(is_space)
        .take(2)
        .any(|w| HABITUAL_BEFORE.contains(w));
    // A weekday or a list of them labelling what follows it (`Thứ 2 - Thứ
    // 6: 7h30 - 17h`, `Thứ Bảy, Chủ nhật: nghỉ`): a timetable's, every
    // such day.
    let end = list_end(rest);
    if habitual_before
        || preceded(sp1, HABITUAL_AFTER.starting()).parse(end).is_ok()
        || trim_start(end).starts_with(':')
    {
        return crate::parse::common::fail(s);
    }
    let prev_word = head
        .trim_end_matches(is_space)
        .rsplit(is_space)
        .next()
        .unwrap_or_default();
    // `Chủ nhật thứ hai của tháng 5`, `thứ Sáu cuối tháng`: which such day
    // of a month.
    if is_day(s, day, prev_word) || !ORDINAL_NOUNS.contains(prev_word) {
        if let Ok(found) = when::weekday_of_month(rest, day, ctx.dateline) {
            return Ok(found);
        }
    }
    // What follows says how the day is counted; alone, it is the nearest
    // such day, only where it cannot be an ordinal.
    let counted = match week_after(rest) {
        Ok((r, week)) => Some((r, week.map_or(Pick::Near(WeekdayPick::Last), Pick::Week))),
        Err(_) => preceded(sp1, WEEKDAY_AFTER.starting())
            .parse(rest)
            .ok()
            .map(|(r, pick)| (r, Pick::Near(pick)))
            .or_else(|| {
                // `thứ Bảy, Chủ nhật tuần này`: the week after the list is
                // each day's (the text stays the day's own).
                let end = list_end(rest);
                let week = (end.len() < rest.len()).then(|| week_after(end).ok());
                week.flatten()
                    .and_then(|(_, week)| week)
                    .map(|week| (rest, Pick::Week(week)))
            }),
    };
    let (rest, pick) = match counted {
        // `lần thứ năm tới đây`, `hạng thứ ba tuần này`: ordinals, unless
        // written as a day.
        Some(found) if is_day(s, day, prev_word) || !ORDINAL_NOUNS.contains(prev_word) => found,
        // `Chủ nhật Đỏ`, `Chủ nhật Xanh`: a name (a campaign's), no day.
        // After a part of the day it is a day whatever follows (`sáng Chủ
        // nhật Hà Nội mưa`).
        None if (is_day(s, day, prev_word) || is_whole(head, rest))
            && (!crate::parse::common::capital_follows(rest)
                || vocab::PARTS_OF_DAY.contains(prev_word)) =>
        {
            let gone_by = vocab::LOOKING_BACK.contains(prev_word);
            (rest, if gone_by { Pick::GoneBy } else { Pick::Nearest })
        }
        _ => return crate::parse::common::fail(s),
    };
    // `thứ Hai tuần trước (25/3)`: the date in brackets after the counted
    // day is its value, as right after the weekday.
    if pick != Pick::Nearest {
        if let Ok((after, found)) = preceded(sp1, |i| bracketed_date(i, ctx)).parse(rest) {
            return Ok((after, year_by_weekday(found, day)));
        }
    }
    if !ends_cleanly(rest) {
        return crate::parse::common::fail(s);
    }
    let days = match pick {
        Pick::Nearest | Pick::GoneBy => listed_days(head, day, dateline.weekday())
            .unwrap_or_else(|| pick_days(dateline.weekday(), day, pick)),
        _ => pick_days(dateline.weekday(), day, pick),
    };
    match when::add_days(dateline, i64::from(days)) {
        Some(date) => Ok((
            rest,
            MentionValue::RelativeDate {
                date: Some(date),
                days,
            },
        )),
        None => crate::parse::common::fail(s),
    }
}

/// The days from the dateline's day (a `today`) to `day` when it is not
/// the first of a list of weekdays (`head` is the text before it): the
/// list's first day placed as it is alone (the nearest, or gone by after
/// `hôm`), the others the first such days after it (`thứ Bảy và Chủ nhật`
/// under a Wednesday: Saturday and the Sunday after it, not the Sunday
/// before). `None` for a day alone.
fn listed_days(head: &str, day: Weekday, today: Weekday) -> Option<i32> {
    // `sáng thứ Bảy và chiều Chủ nhật`: the part of the day before it
    // passed.
    let head = head.trim_end_matches(is_space);
    let head = match head.rsplit_once(is_space) {
        Some((before, part)) if vocab::PARTS_OF_DAY.contains(part) => before,
        _ => head,
    };
    let start = list_start(head);
    if start.len() == head.len() {
        return None;
    }
    let first_text = head.get(start.len()..)?.trim_start_matches(is_space);
    let (_, first) = WEEKDAYS.starting()(first_text).ok()?;
    let word_before = start.trim_end_matches(is_space).rsplit(is_space).next();
    let pick = match word_before {
        Some(w) if vocab::LOOKING_BACK.contains(w) => Pick::GoneBy,
        _ => Pick::Nearest,
    };
    let gap = (day.num_days_from_monday() + 7 - first.num_days_from_monday()) % 7;
    Some(pick_days(today, first, pick) + gap as i32)
}

/// What separates the weekdays of a list: `,`, `và`, `đến`, `tới`, a dash.
fn list_separator(i: &str) -> Res<'_, ()> {
    alt((
        ch(',').map(|_| ()),
        dash.map(|_| ()),
        JOINERS.starting(),
        RANGE_TO.starting(),
    ))
    .parse(i)
}

/// Whether the number `s` opens after `thứ` (its word `prev_word`, the text
/// before it `head`) is a weekday's of a list (`từ thứ 2 đến thứ 6`, `thứ
/// 3, thứ 5`): a day of a list of days, no figure.
pub(super) fn is_listed_weekday_number(s: &str, head: &str, prev_word: &str) -> bool {
    if !is_word(prev_word, crate::vocab::ORDINAL_WORD) {
        return false;
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let weekday = s
        .get(..digits)
        .and_then(|d| d.parse::<u32>().ok())
        .is_some_and(|n| (2..=8).contains(&n));
    if !weekday {
        return false;
    }
    let rest = s.get(digits..).unwrap_or_default();
    let before = head.trim_end_matches(is_space);
    let before = before
        .get(..before.len().saturating_sub(prev_word.len()))
        .unwrap_or_default();
    list_end(rest).len() < rest.len() || list_start(before).len() < before.len()
}

/// What follows the last weekday of the list whose first stands before
/// `rest` (`, thứ Năm hằng tuần` gives ` hằng tuần`).
fn list_end(rest: &str) -> &str {
    let mut rest = rest;
    for _ in 0..MAX_LISTED_WEEKDAYS {
        match (sp0, list_separator, sp0, WEEKDAYS.starting()).parse(rest) {
            Ok((after, _)) => rest = after,
            Err(_) => break,
        }
    }
    rest
}

/// The most weekdays a list is read through, each day of a week once: a
/// longer run (text built to be slow) is read as lists of that length, so
/// that a weekday costs the same however long the run.
const MAX_LISTED_WEEKDAYS: usize = 7;

/// `head` (the text before a weekday) without the weekdays of a list
/// before it (`các ngày thứ Bảy và ` gives `các ngày `).
fn list_start(head: &str) -> &str {
    let mut head = head;
    for _ in 0..MAX_LISTED_WEEKDAYS {
        let before = head.trim_end_matches(is_space);
        // The separator: the last word, or a comma or dash glued to it.
        let Some(sep_at) = before
            .char_indices()
            .rev()
            .take(MAX_LIST_SEPARATOR_CHARS)
            .map(|(k, _)| k)
            .find(|&k| {
                before.get(k..).is_some_and(|t| {
                    list_separator(t).is_ok_and(|(r, ())| r.is_empty())
                        && (k == 0
                            || !t.starts_with(|c: char| c.is_alphanumeric())
                            || before.get(..k).is_some_and(|b| b.ends_with(is_space)))
                })
            })
        else {
            return head;
        };
        let day_end = before
            .get(..sep_at)
            .unwrap_or_default()
            .trim_end_matches(is_space);
        // The weekday before it, matched whole up to the separator.
        let day_at = day_end
            .char_indices()
            .rev()
            .take(MAX_WEEKDAY_CHARS)
            .map(|(k, _)| k)
            .find(|&k| {
                (k == 0 || day_end.get(..k).is_some_and(|b| b.ends_with(is_space)))
                    && day_end.get(k..).is_some_and(|t| WEEKDAYS.contains(t))
            });
        match day_at {
            Some(k) => head = day_end.get(..k).unwrap_or_default(),
            None => return head,
        }
    }
    head
}

/// The most characters of a separator of [`list_start`] (`hoặc`, `đến`):
/// the longest word of [`JOINERS`] and [`RANGE_TO`].
const MAX_LIST_SEPARATOR_CHARS: usize = {
    let a = longest_in_chars(JOINERS.entries);
    let b = longest_in_chars(RANGE_TO.entries);
    if a > b {
        a
    } else {
        b
    }
};

/// The most characters of a phrase of `entries`.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: `i` and `k` stay below the lengths
const fn longest_in_chars(entries: &[(&str, ())]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < entries.len() {
        let bytes = entries[i].0.as_bytes();
        let (mut chars, mut k) = (0, 0);
        while k < bytes.len() {
            // A character's first byte: no continuation byte (10xxxxxx).
            if bytes[k] & 0xC0 != 0x80 {
                chars += 1;
            }
            k += 1;
        }
        if chars > longest {
            longest = chars;
        }
        i += 1;
    }
    longest
}

/// The most characters of a weekday of [`list_start`] (`Chủ nhật`).
const MAX_WEEKDAY_CHARS: usize = 9;

/// ` tuần sau`, ` của tuần tới`, ` tuần rồi`: the weeks counted from the
/// dateline's; `None` for ` tuần qua` (the seven days before it).
fn week_after(i: &str) -> Res<'_, Option<i32>> {
    let (i, _) = (sp1, opt((word(OF), sp1)), word(WEEK_WORD), sp1).parse(i)?;
    alt((
        RELATIVE_UNITS.starting().map(Some),
        PAST.starting().map(|()| None),
    ))
    .parse(i)
}

/// Whether the weekday is the whole text (`thứ hai` alone, a closing
/// period aside): no ordinal then.
fn is_whole(head: &str, rest: &str) -> bool {
    head.trim_end_matches(is_space).is_empty()
        && rest
            .trim_matches(|c: char| is_space(c) || c == '.')
            .is_empty()
}

/// Whether a weekday is a day however it is followed: `Chủ nhật`, its
/// number in capitals (`thứ Hai`, `Thứ Năm`) or in digits after a capital
/// (`Thứ 7`, not after an ordinal's noun: `Lần Thứ 7`), or a word before
/// it that announces a day (`hôm thứ hai`, `sáng thứ 7`).
fn is_day(s: &str, day: Weekday, prev_word: &str) -> bool {
    // The number after `thứ`: in capitals (`Thứ Năm`), or in digits after
    // a capital `Thứ` (`Thứ 7 có họp`; an ordinal is written small, `lần
    // thứ 7`, or after its noun, `Lần Thứ 7`).
    let number = s
        .get(crate::vocab::ORDINAL_WORD.len()..)
        .unwrap_or_default()
        .trim_start_matches(is_space);
    let number_in_capitals = number.starts_with(letters::is_uppercase);
    let digit_after_capital = s.starts_with('T')
        && number.starts_with(|c: char| c.is_ascii_digit())
        && !ORDINAL_NOUNS.contains(prev_word);
    day == Weekday::Sun
        || number_in_capitals
        || digit_after_capital
        || WEEKDAY_BEFORE.contains(prev_word)
        || vocab::PARTS_OF_DAY.contains(prev_word)
}

/// The days from the dateline's day (a `today`) to the `day` that `pick`
/// means.
fn pick_days(today: Weekday, day: Weekday, pick: Pick) -> i32 {
    let (now, want) = (
        today.num_days_from_monday() as i32,
        day.num_days_from_monday() as i32,
    );
    let back = (now - want).rem_euclid(7);
    let forward = (want - now).rem_euclid(7);
    match pick {
        Pick::Week(n) => want - now + 7 * n,
        Pick::Near(WeekdayPick::Next) => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        Pick::Near(WeekdayPick::ThisOrNext) => forward,
        Pick::Near(WeekdayPick::Last) => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Pick::GoneBy => -back,
        Pick::Nearest => {
            if back <= 3 {
                -back
            } else {
                forward
            }
        }
    }
}

/// A date whose year was taken from the dateline, moved to the year before
/// or after when the weekday named with it falls there and not in the
/// nearest (`thứ Hai (1/4)` under a dateline of December 2024 is 1 April
/// 2024, a Monday, not 2025, a Tuesday); a lunar day likewise, by its lunar
/// year (`Rằm tháng Giêng (Chủ nhật)` under a dateline of March 2024 is the
/// full moon of 2023, 5 February 2023, a Sunday).
pub(super) fn year_by_weekday(found: MentionValue, named: Weekday) -> MentionValue {
    // A lunar day whose year was not written (`Rằm tháng Giêng (thứ Bảy)`):
    // the lunar year before or after, when its day falls on the weekday.
    if let MentionValue::LunarDate {
        lunar_year: Some(year),
        lunar_month,
        lunar_day,
        leap_month,
        date: Some(date),
        year_inferred: true,
    } = found
    {
        if date.weekday() == named {
            return found;
        }
        let other = [-1, 1].into_iter().find_map(|k| {
            crate::lunar::to_gregorian(year + k, lunar_month, lunar_day, leap_month)
                .filter(|d| d.weekday() == named)
                .map(|d| (year + k, d))
        });
        return match other {
            Some((year, d)) => MentionValue::LunarDate {
                lunar_year: Some(year),
                lunar_month,
                lunar_day,
                leap_month,
                date: Some(d),
                year_inferred: true,
            },
            None => found,
        };
    }
    let MentionValue::Date {
        date: Some(date),
        year_inferred: true,
        relative: false,
        month,
        day,
        ..
    } = found
    else {
        return found;
    };
    if date.weekday() == named {
        return found;
    }
    let other = [-1, 1]
        .into_iter()
        .filter_map(|k| NaiveDate::from_ymd_opt(date.year() + k, month, day))
        .find(|d| d.weekday() == named);
    match other {
        Some(d) => MentionValue::Date {
            date: Some(d),
            year: Some(d.year()),
            month,
            day,
            year_inferred: true,
            relative: false,
        },
        None => found,
    }
}

/// The most months from the dateline's a weekday's day without its month
/// is looked for in (`thứ Sáu ngày 13`).
const MAX_MONTHS_TO_WEEKDAY: i64 = 6;

/// `thứ Sáu ngày 13,`, `Thứ Năm, ngày 21.`: a day without its month after
/// a weekday and `ngày`, where the clause closes: that day of the month
/// nearest the dateline (up to [`MAX_MONTHS_TO_WEEKDAY`] away) on which it
/// falls on the weekday, counted from the dateline. `None` without a
/// dateline or such a month.
fn weekday_day_alone(i: &str, named: Weekday, ctx: Context) -> Option<(&str, MentionValue)> {
    let (rest, (_, _, day)) = (word(vocab::DAY_WORD), sp1, number(1, 2)).parse(i).ok()?;
    if !when::clause_closes_after_day(rest) {
        return None;
    }
    let found = when::nearest_day_where(day, ctx.dateline?, MAX_MONTHS_TO_WEEKDAY, |d| {
        d.weekday() == named
    })?;
    Some((rest, counted_date(found)))
}

/// The weekday a date mention opens with (`thứ Hai (1/4)`, after a part of
/// the day: `sáng thứ Hai (1/4)`) or closes with (`Rằm tháng Giêng (thứ
/// Hai)`) when its date falls on another day, and the date: reported, the
/// written date kept.
pub(super) fn weekday_mismatch(text: &str, value: &MentionValue) -> Option<(Weekday, NaiveDate)> {
    let (MentionValue::Date {
        date: Some(date), ..
    }
    | MentionValue::LunarDate {
        date: Some(date), ..
    }) = value
    else {
        return None;
    };
    let opening = (vocab::PARTS_OF_DAY.starting(), sp1)
        .parse(text)
        .map_or(text, |(rest, _)| rest);
    let named = match WEEKDAYS.starting()(opening) {
        Ok((_, named)) => named,
        Err(_) => trailing_weekday(text)?,
    };
    (named != date.weekday()).then_some((named, *date))
}

/// The weekday that closes a date's text (`ngày 1/4/2023 (thứ Bảy)`, `1/4,
/// thứ Hai`), after its last bracket or comma.
fn trailing_weekday(text: &str) -> Option<Weekday> {
    let at = text.rfind(['(', ','])?;
    let rest = trim_start(text.get(at + 1..)?);
    let (rest, named) = WEEKDAYS.starting()(rest).ok()?;
    trim_start(rest)
        .trim_start_matches(')')
        .is_empty()
        .then_some(named)
}

/// The length of the weekday after a date, in brackets or after a comma
/// (` (thứ Bảy)`, `, Chủ nhật`), and the weekday; after a comma only when
/// nothing but a mark or the end follows it (`, thứ Bảy tuần sau` is
/// another day).
pub(super) fn weekday_after_date(rest: &str) -> Option<(usize, Weekday)> {
    let mut bracketed = (sp0, ch('('), sp0, WEEKDAYS.starting(), sp0, ch(')')).map(|t| t.3);
    let (after, named) = match bracketed.parse(rest) {
        Ok(found) => found,
        Err(_) => {
            let (after, (_, _, named)) = (ch(','), sp1, WEEKDAYS.starting()).parse(rest).ok()?;
            if !crate::parse::common::clause_closes(after) {
                return None;
            }
            (after, named)
        }
    };
    Some((rest.len() - after.len(), named))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_from_the_dateline_weekday() {
        use Weekday::{Mon, Sat, Sun, Thu, Tue, Wed};
        // From a Wednesday.
        assert_eq!(pick_days(Wed, Mon, Pick::Week(0)), -2);
        assert_eq!(pick_days(Wed, Sun, Pick::Week(0)), 4);
        assert_eq!(pick_days(Wed, Mon, Pick::Week(1)), 5);
        assert_eq!(pick_days(Wed, Sat, Pick::Week(-1)), -4);
        assert_eq!(pick_days(Wed, Thu, Pick::Near(WeekdayPick::Next)), 1);
        assert_eq!(pick_days(Wed, Wed, Pick::Near(WeekdayPick::Next)), 7);
        assert_eq!(pick_days(Wed, Wed, Pick::Near(WeekdayPick::ThisOrNext)), 0);
        assert_eq!(pick_days(Wed, Tue, Pick::Near(WeekdayPick::ThisOrNext)), 6);
        assert_eq!(pick_days(Wed, Tue, Pick::Near(WeekdayPick::Last)), -1);
        assert_eq!(pick_days(Wed, Wed, Pick::Near(WeekdayPick::Last)), -7);
        assert_eq!(pick_days(Wed, Thu, Pick::Near(WeekdayPick::Last)), -6);
        // Nearest: three days back at most, else ahead.
        assert_eq!(pick_days(Wed, Wed, Pick::Nearest), 0);
        assert_eq!(pick_days(Wed, Sun, Pick::Nearest), -3);
        assert_eq!(pick_days(Wed, Sat, Pick::Nearest), 3);
        assert_eq!(pick_days(Mon, Weekday::Fri, Pick::Nearest), -3);
    }
}
