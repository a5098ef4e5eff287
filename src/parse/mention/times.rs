//! The time grammars of the mention scanner: times announced by a word
//! (`lúc 19h`), opened by a number in words (`bảy giờ rưỡi tối`), and when
//! an hour is a time of day rather than a count of hours.

use super::*;
use crate::parse::number::range_joiner;
use crate::vocab::HourContext;

/// A time opening with a number in words or `đúng`: `bảy giờ rưỡi tối`,
/// `đúng 4 giờ chiều`, `mười một giờ`.
pub(super) fn worded_time<'a>(i: &'a str, prev_word: &str) -> Res<'a, MentionValue> {
    let (j, sharp) = opt((word(vocab::SHARP), sp1)).parse(i)?;
    let (rest, t) = time(j)?;
    let prev = if sharp.is_some() {
        vocab::SHARP
    } else {
        prev_word
    };
    // An hour in words alone (`một giờ`) is a time only after `lúc`,
    // `vào`, `khoảng`, `đúng`, `từ` (`từ tám giờ`), or as the whole text
    // (`tám giờ`): `chưa đến một giờ`, `từ một đến hai giờ` count hours.
    let announced = sharp.is_some()
        || TIME_WORDS.contains(prev)
        || word("vào")(prev).is_ok()
        || word(vocab::RANGE_FROM)(prev).is_ok();
    let whole = prev.is_empty() && trim_start(rest).is_empty();
    let zoned = zone_follows(trim_start(rest));
    let is_time = hour_is_time(&t, prev, rest, whole)
        && (t.has_minutes || t.has_part() || announced || whole || zoned);
    match time_value(t) {
        Some(v) if ends_cleanly(rest) && is_time => Ok((rest, v)),
        _ => crate::parse::common::fail(i),
    }
}

/// Whether a time read at a word is a time of day rather than a count of
/// hours. Never before `đồng hồ`, `sau`, `trước` (`10 giờ đồng hồ`, `một
/// giờ sau`), nor `X giờ Y phút` after a word of duration (`sau 1 giờ 15
/// phút`). Else it is one with its minutes (`18h15`), a part of day or
/// AM/PM, when it is the whole text (`whole`), when a date follows it (`8h
/// ngày 3/4`, `19 giờ hôm nay`, `8 giờ, thứ Hai, ngày 25/11`), or after
/// `lúc`, `vào`, `khoảng`, `từ`, `đến`, `đúng`, and for a clock form (`8h`)
/// after `trước`, `sau`, `hơn`, `là` too. `mất 6 giờ`, `trong 12 giờ` are counts.
pub(super) fn hour_is_time(t: &RawTime, prev: &str, rest: &str, whole: bool) -> bool {
    // `14h15 chiều qua` is yesterday afternoon's; `8h, trước 17h` two
    // times.
    if !t.has_part() && vocab::DURATION_AFTER.starting()(trim_start(rest)).is_ok() {
        return false;
    }
    let next = rest.trim_start_matches(|c: char| is_space(c) || c == ',');
    let after_duration_word = vocab::DURATION_BEFORE.contains(prev);
    if t.has_minutes {
        return !(t.in_words && after_duration_word) || t.has_part();
    }
    // `15h CST`, `9 giờ GMT`: a zone after the hour names a clock; `15h:
    // Bão đổ bộ`, a live report's hour before its news.
    let labels = || {
        t.clock
            && rest
                .strip_prefix(':')
                .is_some_and(|r| r.is_empty() || r.starts_with(is_space))
    };
    if t.has_part() || whole || time_range_follows(rest) || zone_follows(next) || labels() {
        return true;
    }
    // The second time of a range (`8h-10h`): the scanner hands over the
    // first time and its dash as the word before it, with the words that
    // opened it or its part of day (`khoảng 8h-`, `1h chiều -`), parted by
    // spaces as the scanner's words are.
    let after_time = prev.trim_end().ends_with(is_dash)
        && prev
            .split(' ')
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    // `trước 8 giờ`, `sau 17 giờ` are times; `sau 2 giờ`, `sau 12 giờ`,
    // `sau 24 giờ` counts of hours; `gần 23h`, `quá 22h` hours of the
    // evening.
    let by_context = match vocab::HOUR_CONTEXT.whole(prev) {
        Some(HourContext::Any) => true,
        Some(HourContext::ClockOrDayHour) => {
            t.clock || ((5..=23).contains(&t.hour) && t.hour != 12)
        }
        Some(HourContext::Clock) => t.clock,
        Some(HourContext::LateClock) => t.clock && t.hour >= vocab::FIRST_LATE_HOUR,
        None => TIME_WORDS.contains(prev) || after_time,
    };
    if by_context {
        return true;
    }
    let dated = |s: &str| {
        word(vocab::DAY_WORD)(s).is_ok() || date_dmy(s).is_ok() || day_month_any(s).is_ok()
    };
    // `8 giờ, thứ Hai, ngày 25/11`, `14 giờ, thứ Sáu (22/11)`: a weekday
    // and its date.
    let weekday_dated = || {
        vocab::WEEKDAYS.starting()(next).is_ok_and(|(r, _)| {
            dated(r.trim_start_matches(|c: char| is_space(c) || c == ',' || c == '('))
        })
    };
    dated(next) || when::counted_day(next).is_ok() || weekday_dated()
}

/// `lúc 19h`, `khoảng 7 giờ`: a bare hour after a word that makes it a time.
pub(super) fn announced_time(i: &str) -> Res<'_, MentionValue> {
    let (i, (announcing, _)) = (nom::combinator::recognize(TIME_WORDS.starting()), sp1).parse(i)?;
    // `lúc nửa đêm`, `vào khoảng giữa trưa`: the hour the words name, where
    // the clause closes or a date follows (`lúc nửa đêm 15/3`); `lúc nửa
    // đêm qua` stays the day's.
    if let Ok((rest, hour)) = vocab::NAMED_HOURS.starting()(i) {
        let next = trim_start(rest);
        let date_next =
            next.starts_with(|c: char| c.is_ascii_digit()) || word(vocab::DAY_WORD)(next).is_ok();
        if ends_cleanly(rest) && (crate::parse::common::clause_closes(rest) || date_next) {
            let time = chrono::NaiveTime::from_hms_opt(hour, 0, 0);
            return match time {
                Some(time) => Ok((rest, MentionValue::Time { time })),
                None => crate::parse::common::fail(i),
            };
        }
    }
    // `lúc 17.30`; `khoảng 7.15 sáng`, with its part of day.
    let (i, t) = crate::parse::dateline::announced_clock(i).or_else(|_| {
        let bare = vocab::DATE_TIME_WORDS.contains(announcing.rsplit(' ').next().unwrap_or(""));
        crate::parse::dateline::dotted_time(i, !bare)
    })?;
    // `khoảng một giờ sau`: an hour later.
    let next = trim_start(i);
    // `lúc 11 giờ đêm qua` is last night's, after its part of day.
    if !t.has_part() && vocab::DURATION_AFTER.starting()(next).is_ok() {
        return crate::parse::common::fail(i);
    }
    // `vào 3h sáng nay`: the part of day opens a day counted from the
    // dateline's, read after the time (see `part_opening_relative_day`).
    let day_follows = || t.has_part() && vocab::DAYS_AFTER_PART.starting()(next).is_ok();
    match time_value(t) {
        Some(v) if ends_cleanly(i) || time_range_follows(i) || day_follows() => Ok((i, v)),
        _ => crate::parse::common::fail(i),
    }
}

/// The length of the dash that joins a time to the clock time after it
/// (`8h-10h`, `7h30–9h`, `8:00-11:30`, `9h - 10h`), with the spaces around
/// it, when `rest` opens with one.
pub(super) fn time_range_dash(rest: &str) -> Option<usize> {
    let after = after_dash(rest)?;
    clock_time_at(after).then_some(rest.len() - after.len())
}

/// What follows the dash that opens `rest`, past the white space on either
/// side of it.
fn after_dash(rest: &str) -> Option<&str> {
    let dash = trim_start(rest);
    let c = dash.chars().next().filter(|&c| is_dash(c))?;
    Some(trim_start(dash.get(c.len_utf8()..)?))
}

/// Whether a clock time opens `s` (`9h`, `9:30`, `9 giờ sáng`; not `9
/// giờ` alone, a count of hours), no weight.
fn clock_time_at(s: &str) -> bool {
    time(s)
        .ok()
        .is_some_and(|(_, t)| (t.clock || t.has_part()) && t.hour <= 24 && !weighs_grams(s, &t))
}

/// Whether the time `t` read at `s` is rather a weight: `10g-15g` weighs
/// grams, an hour marked `g` alone (no minutes, no part of day: `9g sáng`
/// is a time).
fn weighs_grams(s: &str, t: &RawTime) -> bool {
    let marker = s.trim_start_matches(|c: char| c.is_ascii_digit());
    !t.has_minutes && !t.has_part() && marker.starts_with(['g', 'G'])
}

/// The length of ` đến ` or ` tới ` before a time of day, after an hour
/// opened by `từ` (`prev_word`): `từ 7 đến 9 giờ`, `từ 20 tới 22h`.
fn hour_range_to(rest: &str, prev_word: &str) -> Option<usize> {
    if !is_word(prev_word, vocab::RANGE_FROM) {
        return None;
    }
    let (after, (_, to, _)) = (
        sp1,
        nom::combinator::recognize(vocab::RANGE_TO.starting()),
        sp1,
    )
        .parse(rest)
        .ok()?;
    let (tail, t) = time(after)
        .ok()
        .filter(|_| after.starts_with(|c: char| c.is_ascii_digit()))?;
    let is_time = t.hour <= 24 && !weighs_grams(after, &t) && hour_is_time(&t, to, tail, false);
    is_time.then_some(rest.len() - after.len())
}

/// The length of the dash, with its spaces, before an hour with a part of
/// day (`9 - 11h sáng`, `từ 8 - 10 giờ sáng`, `từ 7-9 giờ tối`) or, after
/// `từ`, a clock time (`từ 9 - 11h`); a count of hours (`chờ từ 2 - 3 giờ`,
/// `trong vòng 12-24 giờ`) has neither, and a spaced dash before a clock
/// time alone joins no hours (`lớp 7 - 9h`).
fn hour_range_dash(rest: &str, prev_word: &str) -> Option<usize> {
    let from = is_word(prev_word, vocab::RANGE_FROM);
    // Without `từ`, told first by a space and the first byte of a dash
    // (`-`, or E2 of `–`): most numbers stand before a word.
    if !from && !matches!(rest.as_bytes(), [b' ', b'-' | 0xE2, ..]) {
        return None;
    }
    let after = after_dash(rest)?;
    if !after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (_, t) = time(after).ok()?;
    let marked = t.has_part() || (t.clock && from);
    let is_time = t.hour <= 24 && marked && !weighs_grams(after, &t);
    is_time.then_some(rest.len() - after.len())
}

/// `7-9h`, `13-15h30`, `từ 7 đến 9 giờ`: an hour alone before a dash (or,
/// after `từ`, `đến`) and a clock time, which carries the marker of both;
/// the first hour (earlier than the second) is a time, as long as its
/// digits (`digits`). The second is read after it.
pub(super) fn hour_before_dashed_time(
    s: &str,
    digits: usize,
    prev_word: &str,
) -> Option<(usize, MentionValue)> {
    if digits > 2 {
        return None;
    }
    let rest = s.get(digits..)?;
    // A dash right after the hour: `lớp 7 - 9h` has no range.
    let dash = rest
        .starts_with(is_dash)
        .then(|| time_range_dash(rest))
        .flatten()
        .or_else(|| hour_range_to(rest, prev_word))
        .or_else(|| hour_range_dash(rest, prev_word))?;
    let hour: u32 = s.get(..digits)?.parse().ok()?;
    let (_, second) = time(rest.get(dash..)?).ok()?;
    if hour >= second.hour {
        return None;
    }
    // `7-9h tối`: the part of day of the second is the first's too.
    let MentionValue::Time { time: resolved } = time_value(second)? else {
        return None;
    };
    let shift = if chrono::Timelike::hour(&resolved) > second.hour {
        12
    } else {
        0
    };
    let value = MentionValue::Time {
        time: chrono::NaiveTime::from_hms_opt(hour + shift, 0, 0)?,
    };
    Some((digits, value))
}

/// The time `t`, read before `rest`, with the part of day (or AM/PM) of
/// the time that closes its range when it has none: `2 giờ` in `từ 2 giờ
/// đến 4 giờ chiều` is 14:00, `7h` in `7h-9h tối` 19:00; not when the part
/// would put it after the range's end (`từ 10 giờ đến 2 giờ chiều`).
pub(super) fn with_range_part(t: RawTime, rest: &str) -> RawTime {
    if t.has_part() {
        return t;
    }
    let Some(after) = range_joiner(rest).filter(|a| a.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return t;
    };
    let Some((_, end)) = time(after).ok().filter(|(_, e)| e.has_part()) else {
        return t;
    };
    let shared = t.with_part_of(&end);
    match (time_value(shared), time_value(end)) {
        (Some(MentionValue::Time { time: a }), Some(MentionValue::Time { time: b })) if a < b => {
            shared
        }
        _ => t,
    }
}

/// The time `time` of the mention `t` that closes a range opened at
/// `from`: twelve hours on when `t` opens with its hour, has no part of day
/// (nor AM/PM), would else come before the start, and twelve hours on
/// comes after it (`4 giờ` in `từ 2 giờ chiều đến 4 giờ` is 16:00); else as
/// read (`từ 22h đến 6h` runs overnight).
pub(super) fn closing_time(
    t: &str,
    time: chrono::NaiveTime,
    from: chrono::NaiveTime,
) -> chrono::NaiveTime {
    use chrono::Timelike;
    if time >= from || time.hour() >= 12 {
        return time;
    }
    let bare = t.starts_with(|c: char| c.is_ascii_digit())
        && crate::parse::dateline::time(t).is_ok_and(|(_, raw)| !raw.has_part());
    match time.with_hour(time.hour() + 12) {
        Some(later) if bare && later > from => later,
        _ => time,
    }
}

/// Whether a clock time joined by a dash follows (see [`time_range_dash`]).
pub(super) fn time_range_follows(rest: &str) -> bool {
    time_range_dash(rest).is_some()
}

pub(super) fn time_value(t: RawTime) -> Option<MentionValue> {
    let mut sink = Vec::new();
    crate::parse::dateline::checked_time(t, Span::default(), &mut sink)
        .filter(|_| sink.is_empty())
        .map(|time| MentionValue::Time { time })
}

/// Where a time's closing part of day starts when that part opens a day
/// counted from the dateline (`15h chiều qua`, `8 giờ sáng mai`, `20h tối
/// hôm nay`): the time then ends before it (its value keeps the part) and
/// the day is read from it, as `chiều qua` alone is. `None` for other
/// times (`9h sáng 1-12`, `7 giờ tối`).
pub(super) fn part_opening_relative_day(text: &str, (at, end): (usize, usize)) -> Option<usize> {
    let part_start = word_start_in(text.as_bytes(), at + 1, end.saturating_sub(1))?;
    vocab::PARTS_OF_DAY.whole(text.get(part_start..end)?)?;
    let from = text.get(part_start..)?;
    let (rest, _) = when::relative_day(from, None).ok()?;
    (part_start + (from.len() - rest.len()) > end).then_some(part_start)
}

/// Whether a time zone's name opens `next` (`CST`, `GMT`, `ICT`: one of
/// [`vocab::OFFSET_NAMES`], [`vocab::TIME_ZONES`] or
/// [`vocab::VIETNAM_TIME_NAMES`]).
fn zone_follows(next: &str) -> bool {
    vocab::OFFSET_NAMES.starting()(next).is_ok()
        || vocab::TIME_ZONES.starting()(next).is_ok()
        || vocab::VIETNAM_TIME_NAMES.starting()(next).is_ok()
}
