//! Datelines: the date and time an article was published.
//!
//! Day first, always. The forms read (with any spacing, dash and case):
//! `03/04/2024 - 07:35`, `3/4/2024 07:35`, `03-04-2024, 07:35`, `15.6.2024`,
//! a weekday before the date (`Thứ Tư, 03/04/2024 - 07:35`, `Chủ nhật, ...`),
//! seconds, `AM`/`PM`, an offset (`GMT+7`, `(GMT+7)`, `+07:00`), the time first
//! (`16:20, 21/05/2019`, `08:15 Ngày 11/11/2019`), labels (`Cập nhật:`,
//! `Ngày đăng:`), ISO-like `2018-12-06 09:14:39`, and the written form
//! `ngày 3 tháng 4 năm 2024, 7 giờ 35`. A header line may hold a byline or a
//! section before the date, separated by `|`, a dash or a comma.

use super::letters;
use crate::error::Detail;
use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, Weekday};
use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

use super::common::{ch, dash, number, sp0, sp1, word, word_count, PartOfDay, Res, WordFilter};
use super::Finding;
use crate::model::{Dateline, DiagnosticCode, Span, Text};
use crate::normalize::{is_dash, is_space, trim};
use crate::vocab::{self, LABELS, MERIDIEMS, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_NAMES};

mod dates;
mod heads;
mod times;

use crate::vocab::{HEAD_SEPARATORS, TAIL_SEPARATORS};
pub(crate) use dates::*;
use heads::*;
pub(crate) use times::*;

/// Vietnam's offset from UTC, assumed when the text gives none.
pub(crate) const VIETNAM_OFFSET_SECS: i32 = 7 * 3600;

/// The longest line searched for a dateline, in bytes.
pub(crate) const MAX_HEADER_LINE: usize = 240;

/// `AM` or `PM`, in any of their spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meridiem {
    Am,
    Pm,
}

/// A date as written, not yet checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDate {
    pub day: u32,
    pub month: u32,
    pub year: i32,
}

/// A time as written, not yet checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawTime {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// Whether the minutes were written (`18h15`, not `18h`).
    pub has_minutes: bool,
    /// Whether it was written as a clock (`18h15`, `18:15`, `8h`), not
    /// with `giờ`.
    pub clock: bool,
    /// Whether the words `giờ ... phút` wrote it (`1 giờ 15 phút`, `một
    /// giờ`), which may also count hours.
    pub in_words: bool,
    meridiem: Option<Meridiem>,
    part: Option<PartOfDay>,
}

/// A dateline as written, not yet checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Raw {
    weekday: Option<Weekday>,
    date: RawDate,
    time: Option<RawTime>,
    offset: Option<i32>,
}

/// A weekday in English and the comma after it, read only before a date
/// written in English (`Thu, 15 Feb 2024`): `Thu` is also a name (`Minh
/// Thu, 15/01/2024`).
fn english_weekday(i: &str) -> Res<'_, Weekday> {
    let (i, day) = vocab::ENGLISH_WEEKDAYS.starting().parse(i)?;
    let (i, _) = (sp0, opt(ch(',')), sp0).parse(i)?;
    Ok((i, day))
}

/// `Th 2`, `Th7`: the weekday's number (2 to 7, Monday to Saturday) after
/// `thứ` cut to two letters ([`vocab::WEEKDAY_ABBREVIATION`]).
fn short_weekday(i: &str) -> Res<'_, Weekday> {
    let (rest, n) = abbreviated_number(i, vocab::WEEKDAY_ABBREVIATION, 1, true, 2..=7)?;
    match Weekday::try_from((n - 2) as u8) {
        Ok(day) => Ok((rest, day)),
        Err(_) => super::common::fail(i),
    }
}

/// A weekday in English written whole (`Thursday`), before any date
/// (`Thursday, 12/02/2026`): no abbreviation, which may be a name.
fn full_english_weekday(i: &str) -> Res<'_, Weekday> {
    /// The shortest weekday in English written whole (`Monday`).
    const SHORTEST: usize = 6;
    let (rest, day) = vocab::ENGLISH_WEEKDAYS.starting().parse(i)?;
    if i.len() - rest.len() < SHORTEST {
        return super::common::fail(i);
    }
    Ok((rest, day))
}

/// A weekday in English cut to three letters and the comma after it, before
/// any date (`Tue, 12/02/2026`): all but `Thu`, `Sun` and `Mon`, which are
/// names as often (`Minh Thu, 15/01/2024`).
fn short_english_weekday(i: &str) -> Res<'_, Weekday> {
    let (rest, day) = vocab::ENGLISH_WEEKDAYS.starting().parse(i)?;
    let read = i.len() - rest.len();
    let name = matches!(day, Weekday::Thu | Weekday::Sun | Weekday::Mon);
    if read != 3 || name || !rest.starts_with(',') {
        return super::common::fail(i);
    }
    Ok((rest, day))
}

/// A weekday name and the comma or dash after it.
fn weekday(i: &str) -> Res<'_, Weekday> {
    let (i, day) = alt((
        WEEKDAYS.starting(),
        short_weekday,
        full_english_weekday,
        short_english_weekday,
    ))
    .parse(i)?;
    let (i, _) = sp0(i)?;
    let (i, _) = opt(alt((ch(','), dash))).parse(i)?;
    let (i, _) = sp0(i)?;
    Ok((i, day))
}

impl RawDate {
    /// A date from its day, month and year as written.
    fn new(day: u32, month: u32, year: u32) -> Self {
        RawDate {
            day,
            month,
            year: year as i32,
        }
    }
}

impl RawTime {
    /// A clock's hour and minutes (`7:5`, `17.30`), no seconds, no AM or
    /// PM, with the part of day written after it if any.
    pub(crate) fn clock(hour: u32, minute: u32, part: Option<PartOfDay>) -> Self {
        RawTime {
            hour,
            minute,
            second: 0,
            has_minutes: true,
            clock: true,
            in_words: false,
            meridiem: None,
            part,
        }
    }

    /// The time read with a part of day written before it (`tối 19h`).
    pub(crate) fn with_part(self, part: PartOfDay) -> Self {
        RawTime {
            part: Some(part),
            ..self
        }
    }

    /// The time with the AM/PM and part of day of `other` (the end of a
    /// range: `2 giờ` in `từ 2 giờ đến 4 giờ chiều`).
    pub(crate) fn with_part_of(self, other: &RawTime) -> Self {
        RawTime {
            meridiem: other.meridiem,
            part: other.part,
            ..self
        }
    }

    /// Whether AM/PM or a part of day was written after it.
    pub(crate) fn has_part(&self) -> bool {
        self.meridiem.is_some() || self.part.is_some()
    }
}

/// Whether `line` is a clock time alone, with or without its offset
/// (`16:02 (GMT +7)`, `08:30 GMT+7`): a page clock, or the time of a date
/// printed on the line above.
pub(crate) fn is_clock_alone(line: &str) -> bool {
    // A clock opens with its hour's digits: most lines are told at once.
    let line = trim(line);
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Ok((rest, t)) = time(line) else {
        return false;
    };
    let rest = opt(offset).parse(rest).map_or(rest, |(r, _)| r);
    t.clock && t.has_minutes && trim(rest).is_empty()
}

/// Whether `line` is a page clock relative to when the page was read (`2
/// giờ trước`, `5 phút trước`, `Hôm nay, 08:30`, `08:30 hôm qua`): no date
/// can be read from it, and it is no title.
pub(crate) fn is_relative_clock(line: &str) -> bool {
    const MAX_RELATIVE_CLOCK_BYTES: usize = 40;
    let line = trim(line);
    let Some(&first) = line.as_bytes().first() else {
        return false;
    };
    if line.len() > MAX_RELATIVE_CLOCK_BYTES || !(first.is_ascii_digit() || first | 0x20 == b'h') {
        return false;
    }
    let day = |i| vocab::PAGE_CLOCK_DAYS.starting()(i);
    let whole = |r: Res<'_, ()>| r.is_ok_and(|(rest, ())| trim(rest).is_empty());
    // `2 giờ trước`
    let ago = (
        number(1, 3),
        sp1,
        vocab::PAGE_CLOCK_UNITS.starting(),
        sp1,
        word(vocab::BEFORE_NOW),
    );
    // `08:30 hôm nay`, `Hôm nay, 08:30`
    let time_then_day = (time, sp0, opt(ch(',')), sp0, day);
    let day_then_time = (day, sp0, opt(alt((ch(','), dash))), sp0, time);
    whole(ago.map(|_| ()).parse(line))
        || whole(time_then_day.map(|_| ()).parse(line))
        || whole(day_then_time.map(|_| ()).parse(line))
}

/// `GMT+7`, `(GMT+7)`, `+07:00`, `UTC+07`, `GMT-3`, `ICT`, `(giờ Việt Nam)`:
/// the offset in seconds.
fn offset(i: &str) -> Res<'_, i32> {
    // ISO 8601's `Z` for UTC, right after the time.
    if let Some(rest) = i.strip_prefix('Z') {
        if !rest.starts_with(|c: char| letters::is_alphanumeric(c)) {
            return Ok((rest, 0));
        }
    }
    let (i, _) = sp0(i)?;
    let (i, square) = opt(ch('[')).parse(i)?;
    let (i, _) = sp0(i)?;
    let (i, open) = opt(ch('(')).parse(i)?;
    let (i, _) = sp0(i)?;
    // `ICT`, `giờ Việt Nam`: Vietnam's time by name.
    if let Ok((i, ())) = vocab::VIETNAM_TIME_NAMES.starting()(i) {
        let (i, _) = close_brackets(i, open.is_some(), square.is_some())?;
        return Ok((i, VIETNAM_OFFSET_SECS));
    }
    let (i, named) = opt(alt((word("gmt"), word("utc")))).parse(i)?;
    // `GMT + 7`: spaces around the sign only after the name.
    let spaced = |i| if named.is_some() { sp0(i) } else { Ok((i, "")) };
    let (i, _) = spaced(i)?;
    let (i, sign) = match alt((ch('+'), dash)).parse(i) {
        Ok((rest, c)) => (rest, Some(if c == '+' { 1 } else { -1 })),
        Err(_) if named.is_some() => (i, None),
        Err(e) => return Err(e),
    };
    let (i, (hours, minutes)) = match sign {
        Some(_) => {
            let (i, _) = spaced(i)?;
            // `+0700`: hours and minutes in four digits.
            if let Ok((rest, hhmm)) = number(4, 4)(i) {
                (rest, (hhmm / 100, hhmm % 100))
            } else {
                let (i, h) = number(1, 2)(i)?;
                let (i, m) = opt(preceded(opt(ch(':')), number(2, 2))).parse(i)?;
                (i, (h, m.unwrap_or(0)))
            }
        }
        None => (i, (0, 0)),
    };
    let (i, _) = close_brackets(i, open.is_some(), square.is_some())?;
    let secs = sign.unwrap_or(1) * (hours as i32 * 3600 + minutes as i32 * 60);
    Ok((i, secs))
}

/// The `)` and then the `]` an offset opened with (`[(GMT+7)]`).
fn close_brackets(i: &str, round: bool, square: bool) -> Res<'_, ()> {
    let (i, _) = if round {
        (sp0, ch(')')).parse(i)?
    } else {
        (i, ("", ')'))
    };
    let (i, _) = if square {
        (sp0, ch(']')).parse(i)?
    } else {
        (i, ("", ']'))
    };
    Ok((i, ()))
}

/// What may stand between a date and a time: spaces, a dash, a comma, `|`
/// or a bullet (the [`TAIL_SEPARATORS`]), `lúc`.
fn date_time_sep(i: &str) -> Res<'_, ()> {
    // ISO 8601's `T`: `2024-04-03T07:35:00+07:00`.
    if let Some(rest) = i.strip_prefix('T') {
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok((rest, ()));
        }
    }
    let (rest, _) = sp0(i)?;
    let separator = nom::character::complete::satisfy(|c| TAIL_SEPARATORS.contains(&c));
    let (rest, sep) = opt(alt((
        dash,
        ch(','),
        separator,
        vocab::DATE_TIME_WORDS.starting().map(|()| ' '),
    )))
    .parse(rest)?;
    let (rest, _) = sp0(rest)?;
    if sep.is_none() && rest.len() == i.len() {
        return super::common::fail(i);
    }
    Ok((rest, ()))
}

/// A whole dateline from its first word: weekday, date and time in either order, offset.
fn dateline(i: &str) -> Res<'_, Raw> {
    let date_first = (
        opt(weekday),
        date,
        opt(preceded(date_time_sep, alt((time, short_time)))),
        opt(offset),
    )
        .map(|(weekday, date, time, offset)| Raw {
            weekday,
            date,
            time,
            offset,
        });
    let time_first = (
        opt(weekday),
        time,
        opt(offset),
        date_time_sep,
        opt(weekday),
        date,
        opt(offset),
    )
        .map(|(first, time, before, (), weekday, date, after)| Raw {
            weekday: first.or(weekday),
            date,
            time: Some(time),
            offset: before.or(after),
        });
    let english = (
        english_weekday,
        date_english,
        opt(preceded(date_time_sep, alt((time, short_time)))),
        opt(offset),
    )
        .map(|(weekday, date, time, offset)| Raw {
            weekday: Some(weekday),
            date,
            time,
            offset,
        });
    alt((date_first, time_first, english)).parse(i)
}

/// A dateline found on a header line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found<'a> {
    /// The dateline as written, trimmed, with a label that opens it.
    pub text: &'a str,
    /// A byline or section written before the date on the same line.
    pub head: Option<&'a str>,
    /// What the line holds after the date: a category (`| Kinh doanh`) or
    /// widget counters (`- 0 Bình luận`), read in the header only.
    pub tail: Option<&'a str>,
    raw: Raw,
}

impl Found<'_> {
    /// Whether two datelines give the same day and the same minute (or
    /// both no time): one date printed twice.
    pub(crate) fn same_minute(&self, other: &Found<'_>) -> bool {
        let minute = |t: Option<RawTime>| t.map(|t| (t.hour, t.minute));
        self.raw.date == other.raw.date && minute(self.raw.time) == minute(other.raw.time)
    }
}

/// Whether the digits at `at` may be a dateline's first: one or two digits
/// (a day, an hour, a weekday's number) before a separator, a space or a
/// comma, or four (a year) before `-` or `/`. A number in a title (`53,68%`,
/// `năm 2026`, `134 tuyến`) is told at once.
fn may_open_at_digits(b: &[u8], at: usize) -> bool {
    let digits = |from: usize| {
        b.get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let run = digits(at);
    let next = b.get(at + run).copied();
    let after = b.get(at + run + 1).copied();
    match (run, next) {
        // `Thứ 4, ...`: a weekday's number before a comma; a day before
        // the year's comma (`Tháng Một 15, 2024`, `January 15, 2024`).
        (1 | 2, Some(b',')) => true,
        // `03/04`, `3-4`, `15.6`: a day and a month of one or two digits
        // (`10.000` is a number).
        (1 | 2, Some(b'/' | b'-' | b'.')) => (1..=2).contains(&digits(at + run + 1)),
        // `07:35`, `18h15`, `7g30`, a day or an hour alone at the end.
        (1 | 2, None | Some(b':' | b'h' | b'H' | b'g')) => true,
        // `3 tháng 4`, `7 giờ 35`, `Thứ 2 12/02`, or a dash.
        (1 | 2, Some(b' ' | 0xC2)) => {
            // `15 January 2024`, `15 Jan 2024`: a month in English.
            matches!(after, Some(b't' | b'T' | b'g' | b'G' | b'-' | 0xA0 | 0xE2))
                || matches!(
                    after.map(|c| c | 0x20),
                    Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
                )
                || after.is_some_and(|c| c.is_ascii_digit())
        }
        (1 | 2, Some(0xE2)) => true,
        // `2018-12-06`: a year first.
        (4, Some(b'-' | b'/')) => true,
        _ => false,
    }
}

/// The most bytes a dateline's words may take before its first digit
/// (`Cập nhật lúc `, `Chủ nhật, ngày `, `Ngày xuất bản: `).
const MAX_BEFORE_FIRST_DIGIT: usize = 40;

/// The most runs of digits passed over before a dateline on a header line.
const MAX_DIGIT_RUNS_BEFORE: usize = 3;

/// The most digits of a widget's counter alone after a date and its time.
const MAX_COUNTER_DIGITS: usize = 6;

/// The most words after a date that a header line may hold when nothing
/// sets them apart (`07:18 | 05/07/2023 Khỏe - Đẹp`).
const MAX_TAIL_WORDS: usize = 12;

/// Looks for a dateline taking up `line` (after a label or a byline/section
/// and its separator). `None` when the line is something else.
pub(crate) fn find(line: &str) -> Option<Found<'_>> {
    find_with(line, false)
}

/// [`find`] for a line of the header, which may also hold a category or
/// widget counters after the date: after a bar, a bullet or a dash, or
/// after a date with its time.
pub(crate) fn find_in_header(line: &str) -> Option<Found<'_>> {
    find_with(line, true)
}

/// A date without a time on one line and its clock alone on the next
/// (`Chủ nhật, ngày 08 tháng 12 năm 2024` over `16:02 (GMT +7)`), read as
/// one dateline. `joined` runs from the date's first byte to the end of
/// the clock's line; `None` unless it is that date with that clock.
pub(crate) fn with_clock_below<'a>(date: &Found<'a>, joined: &'a str) -> Option<Found<'a>> {
    if date.raw.time.is_some() || date.tail.is_some() {
        return None;
    }
    let (_, clock) = joined.split_once(['\n', '\r'])?;
    if !is_clock_alone(clock) {
        return None;
    }
    let found = find_in_header(joined)?;
    (found.text == trim(joined)
        && found.head.is_none()
        && found.tail.is_none()
        && found.raw.date == date.raw.date
        && found.raw.time.is_some())
    .then_some(found)
}

/// Whether `t` opens with a word of [`vocab::ROLES`] that gives the author
/// and a space, no colon (`bởi Minh Anh`, `by Minh Anh`, `tác giả Lê Hà`).
pub(crate) fn opens_with_author_word(t: &str) -> bool {
    vocab::ROLES
        .starting()
        .parse(t)
        .is_ok_and(|(r, role)| role == crate::model::Role::Author && r.starts_with(is_space))
}

/// The part of `after` (what follows a dateline's grammar on its line) that
/// is a tail, or `None` when the line cannot end there.
fn tail_of<'a>(after: &'a str, raw: &Raw, with_tail: bool) -> Option<Option<&'a str>> {
    let rest = after.trim_matches(|c: char| is_space(c) || c == '|');
    // `Thứ Sáu, Ngày 19 tháng 04 năm 2024,`: a comma left at the end.
    if rest.is_empty() || rest == "," {
        return Some(None);
    }
    if !with_tail {
        return None;
    }
    let t = trim(after);
    // `(Cập nhật 15/03/2024 08:00)`, `, cập nhật 15:00`: when the page
    // updated the article, after a bracket or a comma.
    let updated = || {
        t.strip_prefix(['(', ','])
            .is_some_and(|r| LABELS.starting().parse(trim(r)).is_ok())
    };
    let set_apart = t.starts_with(TAIL_SEPARATORS) || t.starts_with(is_dash) || updated();
    // `09:30 ICT`, `09:30 (Giờ Việt Nam)`: words after the time, bare or
    // in brackets.
    let bracketed = || {
        t.starts_with(crate::normalize::OPEN_BRACKETS)
            && t.ends_with(crate::normalize::CLOSE_BRACKETS)
    };
    let after_time = raw.time.is_some()
        && (t.starts_with(|c: char| letters::is_alphabetic(c)) || bracketed())
        && after.starts_with(is_space)
        && word_count(t) <= MAX_TAIL_WORDS;
    // `Đăng ngày 12/02/2026 bởi Minh Anh`, `Posted on 12/02/2026 by Minh
    // Anh`: the author after a word of [`vocab::ROLES`] that needs no
    // colon, read as a credit.
    let by = || {
        after.starts_with(is_space) && word_count(t) <= MAX_TAIL_WORDS && opens_with_author_word(t)
    };
    // `08:09 01/10/2020 0`: a comment counter's number alone after a date
    // with its time, or with its label (`0 bình luận`, `1.024 lượt xem`).
    let counter =
        raw.time.is_some() && after.starts_with(is_space) && (is_count(t) || counted_label(t));
    (set_apart || after_time || counter || by()).then_some(Some(rest))
}

/// The most words of a counter's label after its number (`lượt xem`).
const MAX_COUNTER_LABEL_WORDS: usize = 3;

/// Whether `t` is a counter's number: digits, and the dots or commas of
/// thousands (`1.024`), at most [`MAX_COUNTER_DIGITS`] bytes.
fn is_count(t: &str) -> bool {
    t.len() <= MAX_COUNTER_DIGITS
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// Whether `t` is a counter's number and a label of a few words without
/// digits (`0 bình luận`, `12 Ý kiến`, `1.024 lượt xem`).
fn counted_label(t: &str) -> bool {
    t.split_once(' ').is_some_and(|(n, label)| {
        let label = trim(label);
        is_count(n)
            && label.starts_with(letters::is_alphabetic)
            && !label.contains(|c: char| c.is_ascii_digit())
            && word_count(label) <= MAX_COUNTER_LABEL_WORDS
    })
}

fn find_with(line: &str, with_tail: bool) -> Option<Found<'_>> {
    if line.len() > MAX_HEADER_LINE {
        return None;
    }
    // `(12/02/2026 - 09:41)`, `[12/02/2026]`: a dateline alone in brackets
    // is read inside them (the brackets stay in the layout); not an update's
    // stamp (`(Cập nhật: ...)`), which is the page's.
    if let Some(inner) = bracketed(line) {
        return find_from(inner, false, 0).filter(|f| {
            f.head.is_none() && f.tail.is_none() && f.text == inner && !stamps_update(f.text)
        });
    }
    let found = find_from(line, with_tail, 0);
    if let Some(found) = found {
        return Some(published_in_tail(line, found));
    }
    if !with_tail {
        return None;
    }
    // On a header line, a dateline after a bar that digits stand before
    // (`Hotline: 0912 345 678 | Thứ Sáu, 19/04/2024 08:00`): read from the
    // first digit after each bar.
    line.match_indices('|')
        .find_map(|(bar, _)| find_from(line, with_tail, bar + 1))
}

/// What the label that opens the dateline `text` stamps (`Cập nhật:
/// 15/01/2024 08:30` an update, `Xuất bản: ...` the publication); `None`
/// without a label.
pub(crate) fn stamp(text: &str) -> Option<vocab::Stamp> {
    LABELS.starting().parse(text).ok().map(|(_, stamp)| stamp)
}

/// Whether the dateline `text` opens with a label of an update.
fn stamps_update(text: &str) -> bool {
    stamp(text) == Some(vocab::Stamp::Updated)
}

/// What a pair of round or square brackets holds when they open and close
/// `line` and no other stands inside, trimmed.
fn bracketed(line: &str) -> Option<&str> {
    let close = match line.as_bytes().first()? {
        b'(' => ')',
        b'[' => ']',
        _ => return None,
    };
    let inner = line.get(1..)?.strip_suffix(close)?;
    (!inner.contains(['(', ')', '[', ']'])).then(|| trim(inner))
}

/// `found`, or the dateline its tail holds when `found` stamps an update
/// and the tail the publication (`Cập nhật: 15/01/2024 08:30 | Đăng:
/// 14/01/2024 20:00`): the update then stands before it as a head.
fn published_in_tail<'a>(line: &'a str, found: Found<'a>) -> Found<'a> {
    let Some(tail) = found.tail else {
        return found;
    };
    if !stamps_update(found.text) {
        return found;
    }
    let published = stamp(tail) == Some(vocab::Stamp::Published);
    let Some(other) = find_from(tail, true, 0).filter(|o| published && o.head.is_none()) else {
        return found;
    };
    let at = super::common::offset_in(line, other.text);
    let head = line.get(..at).map(|h| {
        trim(
            h.trim_end_matches(|c: char| is_space(c) || TAIL_SEPARATORS.contains(&c) || is_dash(c)),
        )
    });
    match head {
        Some(head) if !head.is_empty() => Found {
            head: Some(head),
            ..other
        },
        _ => found,
    }
}

/// [`find_with`] from the first digit at or after `start` (`with_tail`) or
/// over the line's last words.
fn find_from(line: &str, with_tail: bool, start: usize) -> Option<Found<'_>> {
    // Every dateline holds a digit and runs to the end of the line: no
    // word after the last digit can open one.
    let last_digit = line.bytes().rposition(|b| b.is_ascii_digit())?;
    // Nor can a word further from the end than the longest dateline; on a
    // header line, which may go on after it, the dateline opens at or
    // before the line's first digit, no further before it than the longest
    // weekday or label and its separator.
    let (from, last_digit) = if with_tail {
        // The first run of digits that may open a dateline: a number in a
        // section's name before it (`Sống + Y tế 360 Thứ ba, 21/09/2021`)
        // is passed over.
        let bytes = line.as_bytes();
        let mut first_digit = start;
        for _ in 0..MAX_DIGIT_RUNS_BEFORE {
            first_digit += bytes
                .get(first_digit..)?
                .iter()
                .position(u8::is_ascii_digit)?;
            if may_open_at_digits(bytes, first_digit) {
                break;
            }
            first_digit += bytes
                .get(first_digit..)?
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        }
        if !may_open_at_digits(bytes, first_digit) {
            return None;
        }
        let mut from = first_digit
            .saturating_sub(MAX_BEFORE_FIRST_DIGIT)
            .max(start);
        while !line.is_char_boundary(from) {
            from += 1;
        }
        (from, first_digit)
    } else {
        (last_tokens_start(line, MAX_DATELINE_TOKENS), last_digit)
    };
    let bytes = line.as_bytes();
    for idx in from..=last_digit {
        // A dateline opens with a digit, a weekday (`Thứ`, `T4`, `Chủ
        // nhật`, `CN`) or `ngày`, at a word start: told by the byte first
        // (ASCII, so at a character boundary), then by the character
        // before it.
        let Some(&b) = bytes.get(idx) else {
            break;
        };
        let digit = b.is_ascii_digit();
        // `T`, `C`, `N` for `Thứ`, `Chủ nhật`, `ngày`, `tháng`; the others
        // for English months and weekdays.
        let opener = b | 0x20;
        if !(digit
            || matches!(
                opener,
                b't' | b'c' | b'n' | b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'd' | b'w'
            ))
        {
            continue;
        }
        let (Some(before), Some(rest)) = (line.get(from..idx), line.get(idx..)) else {
            continue;
        };
        if before
            .chars()
            .next_back()
            .is_some_and(letters::is_alphanumeric)
        {
            continue;
        }
        if !digit && !opens_with_day_word(rest) {
            continue;
        }
        let Ok((after, raw)) = dateline(rest) else {
            continue;
        };
        let Some(tail) = tail_of(after, &raw, with_tail) else {
            continue;
        };
        let end = line.len() - after.len();
        if let Some(found) = with_head(line, (idx, end), tail, raw, with_tail) {
            return Some(found);
        }
    }
    None
}

/// The most words (runs of characters between spaces, not counting runs of
/// `|` alone) a dateline spans: the longest form, the time first, has 22
/// (`7 giờ 35 phút sáng ( GMT+07:00 ) , Thứ Tư , ngày 3 tháng 4 , năm 2024
/// ( GMT+7 )`).
const MAX_DATELINE_TOKENS: usize = 24;

/// Where the last `n` words of `line` start, words split at ASCII spaces
/// (other white space only joins words, so the count is never more than the
/// parser's) and runs of `|` alone not counted; 0 when it has no more.
fn last_tokens_start(line: &str, n: usize) -> usize {
    let bytes = line.as_bytes();
    // Fewer spaces than that, fewer words: most lines are short.
    if bytes.iter().filter(|&&b| b == b' ').count() < n {
        return 0;
    }
    let mut end = bytes.len();
    let mut counted = 0;
    while let Some(space) = super::common::rfind_byte(bytes, end, b' ') {
        let word = bytes.get(space + 1..end).unwrap_or_default();
        if word.iter().any(|&b| b != b'|') {
            counted += 1;
            if counted == n {
                return space + 1;
            }
        }
        end = space;
    }
    0
}

/// Whether `s` starts with a weekday, `ngày`, `tháng` or `thg`, or a weekday or
/// month in English: the words a dateline may open with before its first
/// digit.
fn opens_with_day_word(s: &str) -> bool {
    // `Th 2`, `Th7` (a weekday), `Th02` (a month first): told by their
    // letters and digits. Most words open none: told
    // by the hash of the first word.
    short_weekday(s).is_ok()
        || dates::glued_month(s).is_ok()
        || DAY_OPENERS.may_start(s).0
            && (WEEKDAYS.starting().parse(s).is_ok()
                || word(DAY_WORD)(s).is_ok()
                || dates::month_word(s).is_ok()
                || vocab::ENGLISH_MONTHS.starting().parse(s).is_ok()
                || vocab::ENGLISH_WEEKDAYS.starting().parse(s).is_ok())
}

/// The word before a day's number (`ngày 3 tháng 4`, `ngày 03/04/2024`).
const DAY_WORD: &str = vocab::DAY_WORD;

/// The first words of [`WEEKDAYS`] and [`DAY_WORD`]: the words a dateline
/// may open with, as a filter.
const DAY_OPENERS: WordFilter = WordFilter::new()
    .with(WEEKDAYS.entries)
    .with(vocab::ENGLISH_WEEKDAYS.entries)
    .with(vocab::ENGLISH_MONTHS.entries)
    .with(&[
        (DAY_WORD, ()),
        (vocab::MONTH_WORD, ()),
        (vocab::MONTH_ABBREVIATION, ()),
    ]);

/// Whether a dateline that [`find`] gives without a head may open `line`:
/// it opens with a digit, a weekday or `ngày`, a label of [`LABELS`], or a
/// label of at most four words ending in a colon, inside a bracket or not.
/// Most lines of a body are told by their first word.
pub(crate) fn may_open_line(line: &str) -> bool {
    if line.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // A dateline alone in brackets: what they hold; after a bar (`|
    // 28/11/2025 | 19:30`), what follows it.
    if let Some(inner) = line.strip_prefix(['(', '[', '|']) {
        return may_open_line(trim(inner));
    }
    if short_weekday(line).is_ok()
        || dates::glued_month(line).is_ok()
        || LINE_OPENERS.may_start(line).0
            && (opens_with_day_word(line) || LABELS.starting().parse(line).is_ok())
    {
        return true;
    }
    memchr::memchr(b':', line.as_bytes())
        .and_then(|colon| line.get(..colon))
        .is_some_and(|head| head.split_whitespace().nth(4).is_none())
}

/// The first words of [`WEEKDAYS`], [`DAY_WORD`] and [`LABELS`], as a
/// filter.
const LINE_OPENERS: WordFilter = DAY_OPENERS.with(LABELS.entries);

/// Whether `prefix` labels the date after it: a few words closed by a
/// colon, or one of [`LABELS`], or two (`Đăng tải lúc`).
fn is_label(prefix: &str) -> bool {
    let bare = trim(prefix.trim_end_matches(':'));
    prefix.ends_with(':') && bare.split_whitespace().count() <= 4
        || LABELS.contains(bare)
        || LABELS
            .starting()
            .parse(bare)
            .is_ok_and(|(rest, _)| LABELS.contains(trim(rest)))
}

/// Checks a found dateline and builds it. `base` is the byte offset of
/// `found.text` in the normalized text. Problems go to `findings`; an
/// impossible date gives `None`.
pub(crate) fn build<'a>(
    found: &Found<'a>,
    base: usize,
    findings: &mut Vec<Finding>,
) -> Option<Dateline<'a>> {
    let span = Span::new(base, base + found.text.len());
    let raw = found.raw;
    let d = raw.date;
    let Some(date) = NaiveDate::from_ymd_opt(d.year, d.month, d.day) else {
        findings.push(Finding::new(
            DiagnosticCode::ImpossibleDate,
            Detail::ImpossibleDate {
                place: "dateline",
                day: d.day,
                month: d.month,
                year: Some(d.year),
            }
            .to_string(),
            span,
        ));
        return None;
    };
    let time = raw.time.and_then(|t| checked_time(t, span, findings));
    if let Some(named) = raw.weekday {
        if named != date.weekday() {
            findings.push(Finding::new(
                DiagnosticCode::WeekdayMismatch,
                Detail::WeekdayMismatch {
                    place: "dateline",
                    named: weekday_name(named),
                    date,
                    actual: weekday_name(date.weekday()),
                }
                .to_string(),
                span,
            ));
        }
    }
    let written = raw.offset.and_then(FixedOffset::east_opt);
    let offset = written.or_else(|| FixedOffset::east_opt(VIETNAM_OFFSET_SECS))?;
    if written.is_none() {
        findings.push(Finding::new(
            DiagnosticCode::OffsetAssumed,
            Detail::OffsetAssumed.to_string(),
            span,
        ));
    }
    Some(Dateline {
        text: Text::new(found.text, span),
        date,
        time,
        offset,
        offset_assumed: written.is_none(),
        weekday: raw.weekday,
    })
}

/// The English lowercase name of a weekday, as written in JSON.
pub(crate) fn weekday_name(d: Weekday) -> &'static str {
    WEEKDAY_NAMES
        .iter()
        .find(|(w, _)| *w == d)
        .map_or("", |&(_, name)| name)
}

/// The weekday of a name [`weekday_name`] writes.
#[cfg(feature = "serde")]
pub(crate) fn weekday_from_name(name: &str) -> Option<Weekday> {
    WEEKDAY_NAMES
        .iter()
        .find(|(_, n)| *n == name)
        .map(|&(w, _)| w)
}

#[cfg(test)]
mod tests;
