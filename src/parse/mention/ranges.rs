//! What a mention makes of the ones before it: a day named by the date
//! before it (`chiều cùng ngày`), two dates of one range (`từ sáng 12/2 đến
//! chiều 16/2`), a weekday a date falls on, a time closing the range a time
//! opened, the part of day a date lends the time after it, and the next
//! item of a list of days, months or years.

use super::*;

/// How many mentions back the date of `cùng ngày` is looked for: the day
/// it names was read a few mentions before (and a run of them cannot make
/// the search grow with the square of the text).
pub(super) const SAME_DAY_LOOKBACK: usize = 16;

/// A day named by the date read before it ([`vocab::DAYS_AFTER_DATE`]:
/// `cùng ngày`, the same day; `ngày hôm sau`, the next), with the part of
/// the day before it (`chiều cùng ngày`, `sáng ngày hôm sau`), at the
/// anchor `anchor` (`ngày`, after `cùng` or before `hôm sau`), from
/// `pos` on: where it starts and ends, and its day, counted from the last
/// date mention before it in `out` (a date written, or counted from the
/// dateline; within [`SAME_DAY_LOOKBACK`] mentions). Only where a clause
/// goes on after it (a mark, the end, a capital: `Chiều cùng ngày, ...`);
/// before a date (`cùng ngày 3/4`) or a word (`cùng ngày sinh`), or with
/// no date before it, none.
pub(super) fn day_after_date(
    text: &str,
    pos: usize,
    anchor: usize,
    out: &[Mention<'_>],
) -> Option<(usize, usize, MentionValue)> {
    let bytes = text.as_bytes();
    // The anchor is `ngày` (told by its first two bytes, as most anchors
    // are other words and digits).
    if !matches!(
        bytes.get(anchor..anchor + 2),
        Some([b'n' | b'N', b'g' | b'G'])
    ) {
        return None;
    }
    // Where the phrase opens: `cùng` before `ngày`, or `ngày`.
    let start = if same_before(bytes, anchor) {
        anchor.checked_sub(1 + vocab::SAME_WORD.len())?
    } else if bytes.get(anchor + 5) == Some(&b' ') {
        anchor
    } else {
        return None;
    };
    let (rest, shift) = vocab::DAYS_AFTER_DATE.starting()(text.get(start..)?).ok()?;
    let next = trim_start(rest);
    let clause_goes_on = crate::parse::common::clause_closes(next)
        || (next.len() < rest.len() && next.starts_with(letters::is_uppercase));
    if !clause_goes_on {
        return None;
    }
    // The part of the day before it, one space apart.
    let part_at = start
        .checked_sub(1)
        .filter(|&end| bytes.get(end) == Some(&b' '))
        .and_then(|end| Some((word_start_in(bytes, pos, end)?, end)))
        .filter(|&(s, end)| {
            text.get(s..end)
                .is_some_and(|w| vocab::PARTS_OF_DAY.whole(w).is_some())
        })
        .map(|(s, _)| s);
    let from = part_at.filter(|&s| s >= pos).unwrap_or(start);
    if from < pos {
        return None;
    }
    // The nearest date: when its day cannot be moved, none.
    let before = out.iter().rev().take(SAME_DAY_LOOKBACK).find(|m| {
        matches!(
            m.value,
            MentionValue::Date { .. } | MentionValue::RelativeDate { .. }
        )
    })?;
    let day = days_after(&before.value, shift)?;
    Some((from, text.len() - rest.len(), day))
}

/// The date mention `value` moved `days` days on.
pub(super) fn days_after(value: &MentionValue, days: i64) -> Option<MentionValue> {
    let mut moved = value.clone();
    match &mut moved {
        MentionValue::Date {
            date: date @ Some(_),
            year,
            month,
            day,
            ..
        } => {
            let d = when::add_days((*date)?, days)?;
            (*date, *year, *month, *day) = (Some(d), Some(d.year()), d.month(), d.day());
        }
        // Without a dateline: a day counted from it keeps its count, a
        // date its day and month when they stay in the month in any year.
        MentionValue::RelativeDate { date, days: n } => {
            if let Some(d) = *date {
                *date = Some(when::add_days(d, days)?);
            }
            *n = n.checked_add(i32::try_from(days).ok()?)?;
        }
        MentionValue::Date {
            date: None, day, ..
        } => {
            *day = u32::try_from(i64::from(*day).checked_add(days)?).ok()?;
            if !(1..=MIN_MONTH_DAYS).contains(day) {
                return None;
            }
        }
        _ => return None,
    }
    Some(moved)
}

/// The days every month has.
pub(super) const MIN_MONTH_DAYS: u32 = 28;

/// The period of the date mention `prev` and the date `value` read at `at`
/// when `từ` stands before the first and `đến`, `tới` or a dash between
/// them (`từ sáng 12/2 đến chiều 16/2`: each end read with its part of day
/// or weekday, which the grammar of ranges does not take), or `đến`, `tới`
/// alone (`26 tháng Chạp đến mùng 5 tháng Giêng`), or when `value` is read
/// from `đến` on (`25/1 đến hết 2/2/2025`: the end of `đến hết`, not a
/// period from the dateline), and where it starts; lunar days count as
/// their Gregorian ones. `None` unless the end is on or after the start.
/// Two periods joined likewise make one ([`range_of_periods`]).
pub(super) fn range_of_dates(
    text: &str,
    base: usize,
    prev: Option<&Mention<'_>>,
    (at, end_at): (usize, usize),
    value: &MentionValue,
) -> Option<(usize, MentionValue)> {
    range_of_dates_from(text, base, prev?, (None, at), (at, end_at), value)
}

/// `từ 8h ngày 1/4 đến 17h ngày 5/4`, `từ ngày 24/4 đến 17h ngày 5/5`: a
/// range of days whose end (and start) holds its time before its date,
/// the time a mention of its own right before the date `value` read at
/// `at`: one period from the first date (its time too) to the last, the
/// times in its text, as [`range_of_dates`] joins `từ sáng 12/2 đến chiều
/// 16/2`. Where the period starts, and how many mentions read before it
/// it takes in.
pub(super) fn range_of_timed_dates(
    text: &str,
    base: usize,
    out: &[Mention<'_>],
    (at, end_at): (usize, usize),
    value: &MentionValue,
) -> Option<(usize, MentionValue, usize)> {
    let spaced =
        |from: usize, to: usize| text.get(from..to).is_some_and(|g| g.chars().all(is_space));
    let is_time = |m: &Mention<'_>| matches!(m.value, MentionValue::Time { .. });
    // The end's time: a mention, or the day's end (`đến 24h ngày 7/4`),
    // which is no time of a clock and no mention but `24 giờ`, read as a
    // number; and how many mentions it is.
    let (time_at, rest, end_taken) = match out.split_last() {
        Some((time, rest))
            if is_time(time) && spaced(time.text.span.end.checked_sub(base)?, at) =>
        {
            (time.text.span.start.checked_sub(base)?, rest, 1)
        }
        _ => {
            let hour_at = day_end_before(text, at)?;
            match out.split_last() {
                Some((last, rest)) if last.text.span.start.checked_sub(base) == Some(hour_at) => {
                    (hour_at, rest, 1)
                }
                _ => (hour_at, out, 0),
            }
        }
    };
    let (first, rest) = rest.split_last()?;
    let first_at = first.text.span.start.checked_sub(base)?;
    // The start's own time before it (`từ 8h ngày 1/4`).
    let (from, taken) = match rest.last() {
        Some(t) if is_time(t) && spaced(t.text.span.end.checked_sub(base)?, first_at) => {
            (t.text.span.start.checked_sub(base)?, end_taken + 2)
        }
        _ => (first_at, end_taken + 1),
    };
    if !matches!(
        first.value,
        MentionValue::Date { .. } | MentionValue::RelativeDate { .. }
    ) {
        return None;
    }
    let (start, joined) = range_of_dates_from(
        text,
        base,
        first,
        (Some(from), time_at),
        (at, end_at),
        value,
    )?;
    Some((start, joined, taken))
}

/// `từ ngày 8/2 (tức 29 tháng Chạp) đến hết ngày 14/2`, `từ 8/2 (29 Tết)
/// đến 14/2`, `từ ngày 30/4 (ngày Giải phóng miền Nam) đến 1/5`, `từ 29
/// tháng Chạp (tức 8/2) đến mùng 5 Tết`, `từ 29 Tết (8/2) đến ...`: a range
/// whose first end, a date or a lunar day, is glossed in brackets with the
/// same day written another way (its lunar day, its Gregorian date, a
/// feast's name), the last mention of `out` (`tức` or nothing before it in
/// the bracket): one period from the first end to the date `value` read at
/// `at`, the gloss in its text, as [`range_of_dates`] joins two dates;
/// where it starts, and the two mentions it takes in.
#[inline(always)]
pub(super) fn range_over_gloss(
    text: &str,
    base: usize,
    out: &[Mention<'_>],
    ends: (usize, usize),
    value: &MentionValue,
) -> Option<(usize, MentionValue, usize)> {
    // Told by the bracket closing right after the last mention, or as its
    // last byte, first: most have none.
    let gloss_end = out.last()?.text.span.end.checked_sub(base)?;
    let bytes = text.as_bytes();
    if bytes.get(gloss_end) != Some(&b')') && bytes.get(gloss_end.checked_sub(1)?) != Some(&b')') {
        return None;
    }
    glossed_range(text, base, out, ends, value)
}

/// [`range_over_gloss`] past its first test. Out of the scanner's line:
/// few mentions get this far.
#[inline(never)]
fn glossed_range(
    text: &str,
    base: usize,
    out: &[Mention<'_>],
    (at, end_at): (usize, usize),
    value: &MentionValue,
) -> Option<(usize, MentionValue, usize)> {
    let [.., first, gloss] = out else {
        return None;
    };
    let day = |v: &MentionValue| match *v {
        MentionValue::LunarDate { date, .. } | MentionValue::Date { date, .. } => date,
        _ => None,
    };
    if day(&gloss.value).is_none() || day(&gloss.value) != day(&first.value) {
        return None;
    }
    let (first_at, first_end) = (
        first.text.span.start.checked_sub(base)?,
        first.text.span.end.checked_sub(base)?,
    );
    let (gloss_at, gloss_end) = (
        gloss.text.span.start.checked_sub(base)?,
        gloss.text.span.end.checked_sub(base)?,
    );
    let between = text.get(first_end..gloss_at)?;
    // The gloss's own brackets in its text (`(8/2)`) after a space, or
    // ` (` or ` (tức ` before it and `)` after it.
    let end = if gloss.text.text.starts_with('(') && gloss.text.text.ends_with(')') {
        if between.is_empty() || !between.chars().all(is_space) {
            return None;
        }
        gloss_end
    } else {
        let opened = trim_start(between.strip_prefix(" (")?);
        if !(opened.is_empty() || opened.trim_end() == vocab::NAMELY)
            || text.as_bytes().get(gloss_end) != Some(&b')')
        {
            return None;
        }
        gloss_end + 1
    };
    let glossed = Mention {
        text: Text::new(
            text.get(first_at..end)?,
            Span::new(base + first_at, base + end),
        ),
        value: first.value.clone(),
    };
    let (from, joined) =
        range_of_dates_from(text, base, &glossed, (None, at), (at, end_at), value)?;
    Some((from, joined, 2))
}

/// Where the end of a day written as its 24th hour (`24h`, `24 giờ`,
/// `24h00`, `24g`, `24:00`) stands, when it stands right before `at` with
/// a space between; compared as bytes from the end (most mentions have
/// none before them).
fn day_end_before(text: &str, at: usize) -> Option<usize> {
    const MARKS: [&[u8]; 6] = [b"h", b"H", b"g", b"h00", b"H00", b":00"];
    let head = text.as_bytes().get(..at)?.strip_suffix(b" ")?;
    // Told first by the last byte: `h`, `g`, `0` or that of `ờ` (E1 BB 9D).
    if !matches!(head.last(), Some(b'h' | b'H' | b'g' | b'0' | 0x9D)) {
        return None;
    }
    let number_end = match head.strip_suffix(vocab::HOUR_WORD.as_bytes()) {
        // `24 giờ`: the hour's word after a space.
        Some(before) => before.strip_suffix(b" ")?.len(),
        None => head.len() - MARKS.iter().find(|m| head.ends_with(m))?.len(),
    };
    let hours = vocab::DAY_END_HOUR.as_bytes();
    let from = number_end.checked_sub(hours.len())?;
    // The hour starts a word: a space or the text's start before it.
    (head.get(from..number_end) == Some(hours) && (from == 0 || head.get(from - 1) == Some(&b' ')))
        .then_some(from)
}

/// [`range_of_dates`] from the mention `prev`, its text opening at
/// `first_from` when given (a time before it), the words joining the two
/// ends ending at `gap_to` (a time before the end's date).
fn range_of_dates_from(
    text: &str,
    base: usize,
    prev: &Mention<'_>,
    (first_from, gap_to): (Option<usize>, usize),
    (at, end_at): (usize, usize),
    value: &MentionValue,
) -> Option<(usize, MentionValue)> {
    // A date written, or counted from the dateline (`từ thứ Hai đến thứ
    // Sáu tuần trước`): its day, whether its year was inferred, whether it
    // was counted.
    let day = |v: &MentionValue| match *v {
        MentionValue::Date {
            date: Some(d),
            year_inferred,
            relative,
            ..
        } => Some((d, year_inferred, relative)),
        MentionValue::RelativeDate { date: Some(d), .. } => Some((d, false, true)),
        MentionValue::LunarDate {
            date: Some(d),
            year_inferred,
            ..
        } => Some((d, year_inferred, false)),
        _ => None,
    };
    // `đến hết 2/2/2025` right after a date: the range's end.
    let until = || match *value {
        MentionValue::Period {
            end: Some(e),
            year_inferred,
            ..
        } if text.get(at..).is_some_and(|t| {
            // Told by `đ` (C4 91, `Đ` C4 90) or `t` and the first byte of
            // `ớ` (E1) first: most periods open with another word.
            matches!(
                t.as_bytes(),
                [0xC4, 0x90 | 0x91, ..] | [b't' | b'T', 0xE1, ..]
            ) && vocab::RANGE_TO.starting()(t).is_ok()
        }) =>
        {
            Some((e, year_inferred, false))
        }
        _ => None,
    };
    let (start, end) = (
        match first_from {
            Some(from) => from,
            None => prev.text.span.start.checked_sub(base)?,
        },
        prev.text.span.end.checked_sub(base)?,
    );
    let gap = crate::normalize::trim(text.get(end..gap_to)?);
    let ((last, last_inferred, last_relative), through) = match day(value) {
        Some(found) => (found, false),
        None => match until() {
            Some(found) => (found, true),
            None => return range_of_periods(prev, start, gap, value),
        },
    };
    if through && !gap.is_empty() {
        return None;
    }
    let to = range_to(gap) || through;
    let joined = to || dash_alone(gap);
    let mut before = text.get(..start)?.trim_end_matches(is_space);
    // Where the first end's text starts: its part of the day's, for a day
    // alone (`Tối 4 đến sáng 5/4`).
    let mut first_at = start;
    let (first, first_inferred, first_relative) = match day(&prev.value) {
        Some(first) => first,
        // `từ sáng 15 đến chiều 16/8`: a day alone after a part of the
        // day, in the month of the range's end.
        None => {
            let day = bare_day(&prev.value)?;
            let part = before.rsplit(is_space).next()?;
            if !(joined && vocab::PARTS_OF_DAY.whole(part).is_some()) {
                return None;
            }
            first_at = before.len() - part.len();
            before = before.get(..first_at)?.trim_end_matches(is_space);
            // A day after the end's is in the month before, near enough
            // (`Đêm 30 tới rạng sáng 1/5`; not `từ tối 17 đến sáng 16/2`).
            let first = if day > last.day() {
                when::month_before_range(last.month(), day, last.day())?;
                last.with_day(1)?.pred_opt()?.with_day(day)?
            } else {
                last.with_day(day)?
            };
            (first, last_inferred, last_relative)
        }
    };
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let opened = is_word(before.get(from..)?, vocab::RANGE_FROM);
    // Without `từ`, `đến` or `tới` joins them (not a dash: `12/2 - 16/2`
    // is read by the grammar of ranges), from the first date on, and two
    // days without a year no further apart than such a range may be.
    let from = if opened { from } else { first_at };
    // `từ thứ Năm (12/2) đến thứ Hai`: a weekday alone at the end is the
    // first such day after the start, not the one nearest the dateline.
    let (last, last_inferred, last_relative) = match *value {
        MentionValue::RelativeDate { date: Some(d), .. }
            if !first_relative && text.get(at..end_at).is_some_and(is_weekday_alone) =>
        {
            let ahead = (d.weekday().num_days_from_monday() + 7
                - first.weekday().num_days_from_monday())
                % 7;
            let ahead = if ahead == 0 { 7 } else { ahead };
            (
                when::add_days(first, i64::from(ahead))?,
                first_inferred,
                false,
            )
        }
        _ => (last, last_inferred, last_relative),
    };
    // `ngày 20 tháng 11 – ngày 31 tháng 12 năm 2011`: a year written on
    // the end only is the start's too (the year before, when the start's
    // month comes later).
    let first = if first_inferred && !last_inferred && !first_relative {
        carried_year(first, last).unwrap_or(first)
    } else {
        first
    };
    let first_inferred = first_inferred && last_inferred;
    let bare_too_long =
        first_inferred && last_inferred && (last - first).num_days() > when::MAX_BARE_RANGE_DAYS;
    // Without `từ`, `đến`, `tới` or a dash between two dates written with
    // words (`ngày 20 tháng 11 – ngày 31 tháng 12`) joins them; a dash
    // alone only two days written, the second after the first (not a day
    // and its date: `hôm qua - (22/12)`, `Ngày Phụ nữ Việt Nam - 20/10`).
    let dashed_only = !opened && !to;
    let apart = !dashed_only || (first < last && !first_relative && !last_relative);
    (joined && (opened || !bare_too_long) && apart && first <= last).then_some((
        from,
        MentionValue::Period {
            start: Some(first),
            end: Some(last),
            relative: first_relative || last_relative,
            year_inferred: first_inferred || last_inferred,
        },
    ))
}

/// Whether `gap`, the trimmed text between two ends of a range, joins them:
/// `đến`, `tới`, or either before `hết` (`từ thứ Năm (12/2) đến hết thứ
/// Hai (16/2)`).
fn range_to(gap: &str) -> bool {
    vocab::RANGE_TO.contains(gap)
        || gap
            .split_once(' ')
            .is_some_and(|(to, end)| vocab::RANGE_TO.contains(to) && end == vocab::END_OF)
}

/// Whether `t`, a mention's text, is a weekday alone, after a part of the
/// day or not (`thứ Hai`, `sáng Chủ nhật`): no week or date with it.
fn is_weekday_alone(t: &str) -> bool {
    let t = match t.split_once(' ') {
        Some((part, rest)) if vocab::PARTS_OF_DAY.contains(part) => rest,
        _ => t,
    };
    vocab::WEEKDAYS.whole(t).is_some()
}

/// The period from the period or quarter mention `prev` (starting at
/// `start`) to the period or quarter `value`, when `gap`, the trimmed text
/// between them, is a dash, `đến` or `tới` alone (`11/2011 – 01/2014`,
/// `năm 2011 – năm 2064`, `tháng 3/2020 đến tháng 5/2021`, `quý IV/2023 -
/// quý I/2024`), neither is counted from the dateline (`tháng 12/2023 -
/// tháng 1 năm sau` counts its year from the first), and the second
/// neither starts nor ends before the first.
fn range_of_periods(
    prev: &Mention<'_>,
    start: usize,
    gap: &str,
    value: &MentionValue,
) -> Option<(usize, MentionValue)> {
    // A period's days, or a quarter's of its year (`quý IV/2023 - quý
    // I/2024`), whether counted from the dateline, whether its year was.
    let span = |v: &MentionValue| match *v {
        MentionValue::Period {
            start: Some(s),
            end: Some(e),
            relative,
            year_inferred,
        } => Some((s, e, relative, year_inferred)),
        MentionValue::Quarter {
            quarter,
            year: Some(y),
            year_inferred,
        } => when::quarter_days(quarter, y).map(|(s, e)| (s, e, false, year_inferred)),
        _ => None,
    };
    let (s2, e2, r2, y2) = span(value)?;
    let (s1, e1, r1, y1) = span(&prev.value)?;
    let joined = range_to(gap) || dash_alone(gap);
    (joined && !r1 && !r2 && s1 <= s2 && e1 <= e2).then_some((
        start,
        MentionValue::Period {
            start: Some(s1),
            end: Some(e2),
            relative: false,
            year_inferred: y1 || y2,
        },
    ))
}

/// Whether `gap`, trimmed, is one dash and nothing else, or a tilde as
/// some pages join the ends of a range with (`3/4 ~ 7/4`).
fn dash_alone(gap: &str) -> bool {
    let mut chars = gap.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if is_dash(c) || c == '~')
}

/// `first` in the year of `last`, or the year before when it would come
/// after `last` in that year.
fn carried_year(first: NaiveDate, last: NaiveDate) -> Option<NaiveDate> {
    let same = first.with_year(last.year())?;
    if same <= last {
        Some(same)
    } else {
        first.with_year(last.year() - 1)
    }
}

/// The date of the mention `prev` as the value of the weekday read at `at`,
/// when a word of [`vocab::FALLS_ON`] stands between them in one clause
/// (`Tết Dương lịch 2026 rơi vào thứ Năm`): a date, as the mention before
/// it; a weekday the date does not fall on is reported as after a date.
pub(super) fn date_falling_on(
    text: &str,
    base: usize,
    prev: Option<&Mention<'_>>,
    at: usize,
) -> Option<MentionValue> {
    let before = text.get(..at)?.trim_end_matches(is_space);
    let word_end = |w: &str| {
        before
            .strip_suffix(w)
            .is_some_and(|b| b.is_empty() || b.ends_with(is_space))
    };
    if !vocab::FALLS_ON.iter().any(|w| word_end(w)) {
        return None;
    }
    let prev = prev?;
    let gap = text.get(prev.text.span.end.checked_sub(base)?..at)?;
    if gap.contains(['.', ';', '!', '?']) || gap.len() > MAX_FALLS_ON_GAP_BYTES {
        return None;
    }
    let (date, year_inferred) = match prev.value {
        MentionValue::Date {
            date: Some(d),
            year_inferred,
            ..
        }
        | MentionValue::LunarDate {
            date: Some(d),
            year_inferred,
            ..
        } => (d, year_inferred),
        _ => return None,
    };
    Some(MentionValue::Date {
        date: Some(date),
        year: Some(date.year()),
        month: date.month(),
        day: date.day(),
        year_inferred,
        relative: false,
    })
}

/// The most bytes between a date and the weekday it falls on (`Rằm tháng
/// Giêng năm nay sẽ rơi vào thứ Ba`).
pub(super) const MAX_FALLS_ON_GAP_BYTES: usize = 48;

/// The day of a number mention of `value` that may be a day of a month:
/// a whole number from 1 to 31 with no unit.
pub(super) fn bare_day(value: &MentionValue) -> Option<u32> {
    match value {
        MentionValue::Number {
            value,
            value_to: None,
            unit: None,
        } => value
            .to_i128()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|d| (1..=31).contains(d)),
        _ => None,
    }
}

/// Sets the time `value`, read as `t`, in the part of day of the date
/// before it, when `t` names none of its own (no part of day, no AM or PM).
pub(super) fn with_day_part(value: &mut MentionValue, t: &str, part: PartOfDay) {
    let MentionValue::Time { time } = *value else {
        return;
    };
    let own = t.split(is_space).any(|w| {
        let w = w.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ':' | 'h' | 'g'));
        vocab::PARTS_OF_DAY.whole(w).is_some() || vocab::MERIDIEMS.whole(w).is_some()
    });
    let hour = chrono::Timelike::hour(&time);
    if let Some(time) = chrono::Timelike::with_hour(&time, part.apply(hour)).filter(|_| !own) {
        *value = MentionValue::Time { time };
    }
}

/// Where a time right after the date mention `at..end` of `value` would
/// stand, past spaces and a comma (`tối 2/4, lúc 8 giờ`, `ngày mai 8h`),
/// and the part of day that opens it (`tối 2/4`, `chiều nay`); `None` for
/// a mention of another kind.
pub(super) fn date_after(
    text: &str,
    (at, end): (usize, usize),
    value: &MentionValue,
) -> Option<(usize, Option<PartOfDay>)> {
    if !matches!(
        value,
        MentionValue::Date { .. } | MentionValue::RelativeDate { .. }
    ) {
        return None;
    }
    let part = text
        .get(at..end)
        .and_then(|t| vocab::PARTS_OF_DAY.starting()(t).ok())
        .map(|(_, part)| part);
    let rest = text
        .get(end..)?
        .trim_start_matches(|c: char| is_space(c) || c == ',');
    Some((text.len() - rest.len(), part))
}

/// The time of the mention `last` when a time read at `at` may close the
/// range it opens: only `đến`, `tới` or a dash, with spaces, stands
/// between them (`4 giờ` in `từ 2 giờ chiều đến 4 giờ`).
pub(super) fn range_from_time(
    text: &str,
    base: usize,
    last: Option<&Mention<'_>>,
    at: usize,
) -> Option<chrono::NaiveTime> {
    let m = last?;
    let MentionValue::Time { time } = m.value else {
        return None;
    };
    let gap = text.get(m.text.span.end.checked_sub(base)?..at)?;
    if gap.len() > MAX_RANGE_GAP_BYTES {
        return None;
    }
    crate::parse::number::range_joiner(gap)
        .is_some_and(str::is_empty)
        .then_some(time)
}

/// The most bytes between the two times of a range (` đến `, ` – `).
pub(super) const MAX_RANGE_GAP_BYTES: usize = 8;

/// Where the next item of a list stands, and what it is, when the mention
/// `at..end` of `value` is an item of one and `,` or a joiner (`và`,
/// `hoặc`) follows it: a day (a date whose last word is its day alone,
/// `ngày 4`, `5`, or its day and month after a dash or a dot, `30-4`), a month
/// (a month whose last word is its number: `tháng 3`) or a year (a whole
/// year whose last word is its number: `năm 2023`).
pub(super) fn next_listed(
    text: &str,
    (at, end): (usize, usize),
    value: &MentionValue,
) -> Option<(usize, Listed)> {
    let kind = match value {
        MentionValue::Date { .. } => Listed::Day,
        MentionValue::Period {
            start: Some(s),
            end: Some(e),
            ..
        } if s.ordinal() == 1 && e.year() == s.year() && e.month() == 12 && e.day() == 31 => {
            Listed::Year
        }
        MentionValue::Period {
            start: Some(s),
            end: Some(e),
            ..
        } if s.day() == 1 && e.month() == s.month() && e.year() == s.year() => Listed::Month(*s),
        _ => return None,
    };
    let t = text.get(at..end)?;
    let last = t.rsplit(' ').next()?;
    let bytes = last.as_bytes();
    let digits = match bytes.iter().position(|b| !b.is_ascii_digit()) {
        None => true,
        // `30-4` in `dịp 30-4 và 1-5`: a day and its month, the next one's
        // month written too (after a slash, `1/5` is read on its own).
        Some(sep @ 1..=2) if kind == Listed::Day => {
            let month = bytes.get(sep + 1..).unwrap_or_default();
            matches!(bytes.get(sep), Some(b'-' | b'.'))
                && (1..=2).contains(&month.len())
                && month.iter().all(u8::is_ascii_digit)
        }
        Some(_) => false,
    };
    let len_ok = match kind {
        Listed::Year => last.len() == 4,
        Listed::Month(_) => last.len() <= 2,
        Listed::Day => true,
    };
    if !digits || !len_ok {
        return None;
    }
    let after = text.get(end..)?;
    // `ngày 15,16/3`: a day glued after the comma.
    let glued = || after_glued_comma(after).filter(|_| kind == Listed::Day);
    let rest = list_joined(after).or_else(glued)?;
    Some((text.len() - rest.len(), kind))
}

/// What follows the `,` or the joiner (`và`, `hoặc`: [`vocab::JOINERS`])
/// that joins two items of a list (`, 5`, ` và 6`, `, và 7`, ` hoặc 8`),
/// spaces after it passed; `None` without one.
pub(crate) fn list_joined(i: &str) -> Option<&str> {
    let (rest, (comma, _, and)) = (opt(ch(',')), sp1, opt((vocab::JOINERS.starting(), sp1)))
        .parse(i)
        .ok()?;
    (comma.is_some() || and.is_some()).then_some(rest)
}
