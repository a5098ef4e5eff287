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

use super::common::{
    ch, dash, more_words_than, number, sp0, sp1, word, PartOfDay, Res, WordFilter,
};
use super::Finding;
use crate::model::{Dateline, DiagnosticCode, Span, Text};
use crate::normalize::{is_dash, is_space, trim};
use crate::vocab::{self, LABELS, MERIDIEMS, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_NAMES};

mod dates;
mod found;
mod heads;
mod times;

use crate::vocab::{HEAD_SEPARATORS, TAIL_SEPARATORS};
pub(crate) use dates::*;
pub(crate) use found::*;
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

/// A weekday's name glued to the date's digits (`Thứ năm12/02/2026`, a
/// page's two tags read with nothing between), and the digits.
fn glued_weekday(i: &str) -> Option<(&str, Weekday)> {
    // No weekday's name is longer than `Chủ nhật`'s 10 bytes, or `Chủ
    // Nhật` with two spaces.
    const MAX_WEEKDAY_BYTES: usize = 12;
    let at = i
        .bytes()
        .take(MAX_WEEKDAY_BYTES + 1)
        .position(|b| b.is_ascii_digit())?;
    let (head, digits) = i.split_at_checked(at)?;
    let day = WEEKDAYS.whole(head).filter(|_| !head.ends_with(is_space))?;
    Some((digits, day))
}

/// A weekday name and the comma, dash, bar or bullet after it (`Thứ hai |
/// 01/04/2024 | 07:35`), or nothing before the date's digits.
fn weekday(i: &str) -> Res<'_, Weekday> {
    let (i, day) = alt((
        WEEKDAYS.starting(),
        short_weekday,
        full_english_weekday,
        short_english_weekday,
    ))
    .parse(i)
    .or_else(|e| glued_weekday(i).ok_or(e))?;
    let (i, _) = sp0(i)?;
    let separator = nom::character::complete::satisfy(|c| TAIL_SEPARATORS.contains(&c));
    let (i, _) = opt(alt((ch(','), dash, separator))).parse(i)?;
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

/// Whether `line` is a weekday's name alone (`Thứ Năm`, `Chủ nhật,`,
/// `T4`), as a page prints it on the line above the date.
pub(crate) fn is_weekday_alone(line: &str) -> bool {
    // No weekday's name with its comma is longer than `Wednesday,`'s or
    // `Chủ Nhật,`'s bytes and a space: most lines are told by their length,
    // the rest by the hash of their first word.
    const MAX_WEEKDAY_LINE: usize = 16;
    let line = trim(line);
    line.len() <= MAX_WEEKDAY_LINE
        && (short_weekday(line).is_ok() || found::WEEKDAY_OPENERS.may_start(line).0)
        && weekday(line).is_ok_and(|(rest, _)| rest.is_empty())
}

/// The longest page clock relative to the reading, in bytes.
pub(crate) const MAX_RELATIVE_CLOCK_BYTES: usize = 40;

/// Whether `line` is a page clock relative to when the page was read (`2
/// giờ trước`, `5 phút trước`, `Hôm nay, 08:30`, `08:30 hôm qua`, `Hôm qua
/// lúc 08:15`): no date
/// can be read from it, and it is no title.
pub(crate) fn is_relative_clock(line: &str) -> bool {
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
    // `08:30 hôm nay`, `Hôm nay, 08:30`, `Hôm qua lúc 08:30`
    let time_then_day = (time, sp0, opt(ch(',')), sp0, day);
    let at = opt((vocab::DATE_TIME_WORDS.starting(), sp1));
    let day_then_time = (day, sp0, opt(alt((ch(','), dash))), sp0, at, time);
    whole(ago.map(|_| ()).parse(line))
        || whole(time_then_day.map(|_| ()).parse(line))
        || whole(day_then_time.map(|_| ()).parse(line))
}

/// Whether `text` is an offset alone (`GMT+7`, `(UTC+07:00)`, `ICT`): a
/// time zone, never a name.
pub(crate) fn is_offset_alone(text: &str) -> bool {
    // The most bytes of an offset alone (`( GMT + 07:00 )`, `[(GMT+07:00)]`,
    // `(giờ Việt Nam)`).
    const MAX_OFFSET_BYTES: usize = 24;
    let t = trim(text);
    // Told by its length and first byte first: a bracket, `+`, or the
    // first letter of `GMT`, `UTC`, `ICT`, `giờ`.
    t.len() <= MAX_OFFSET_BYTES
        && matches!(
            t.as_bytes().first(),
            Some(b'(' | b'[' | b'+' | b'g' | b'G' | b'u' | b'U' | b'i' | b'I')
        )
        && offset(t).is_ok_and(|(rest, _)| trim(rest).is_empty())
}

/// The time after a dateline's date, if any, and the offset after both:
/// after a time, one after a spaced dash or a bar too (see
/// [`trailing_offset`]); after the date alone such a dash stands before
/// the time (`03/04/2024 - GMT+07:35` is a time mangled, no offset).
fn timed_offset(i: &str) -> Res<'_, (Option<RawTime>, Option<i32>)> {
    let (i, time) = opt(preceded(date_time_sep, alt((time, short_time)))).parse(i)?;
    let (i, offset) = if time.is_some() {
        opt(trailing_offset).parse(i)?
    } else {
        opt(offset).parse(i)?
    };
    Ok((i, (time, offset)))
}

/// The offset after a dateline's time (see [`offset`]), or one after a
/// spaced dash or a bar (`09:41 - (GMT+7)`, `09:41 | GMT+7`) when it ends
/// the dateline or a mark follows.
fn trailing_offset(i: &str) -> Res<'_, i32> {
    if let Ok(found) = offset(i) {
        return Ok(found);
    }
    // The separator first: most datelines end without one.
    let after_spaces = crate::normalize::trim_start(i);
    if !after_spaces.starts_with(|c: char| c == '|' || is_dash(c)) {
        return super::common::fail(i);
    }
    let (rest, secs) = preceded((sp0, alt((dash, ch('|'))), sp0), offset).parse(i)?;
    if rest.starts_with(|c: char| letters::is_alphanumeric(c)) {
        return super::common::fail(i);
    }
    Ok((rest, secs))
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
    let (i, named) = opt(vocab::OFFSET_NAMES.starting()).parse(i)?;
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
/// or a bullet (the [`TAIL_SEPARATORS`]), a word that labels the time
/// (`lúc`, `Giờ:`), or a separator and the label (`, lúc 07:35`, `| Giờ:
/// 07:35`).
fn date_time_sep(i: &str) -> Res<'_, ()> {
    // ISO 8601's `T`: `2024-04-03T07:35:00+07:00`.
    if let Some(rest) = i.strip_prefix('T') {
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok((rest, ()));
        }
    }
    let (rest, _) = sp0(i)?;
    let separator = nom::character::complete::satisfy(|c| TAIL_SEPARATORS.contains(&c));
    let (rest, sep) = opt(alt((dash, ch(','), separator))).parse(rest)?;
    let (rest, _) = sp0(rest)?;
    let label = (vocab::DATE_TIME_WORDS.starting(), opt(ch(':')), sp0);
    let (rest, label) = opt(label).parse(rest)?;
    if sep.is_none() && label.is_none() && rest.len() == i.len() {
        return super::common::fail(i);
    }
    Ok((rest, ()))
}

/// `(12/02 Âm lịch)`, `(12/2 ÂL)`, `(tức 12/2 âm lịch)`, `(12/2 năm Giáp
/// Thìn)`, `(tức ngày 12 tháng 2 năm Giáp Thìn)`, `, 12/2 Giáp Thìn`: the
/// lunar day a page prints after its dateline's date, in brackets or
/// after a comma, a dash or a bar, read past (the dateline's text keeps
/// it). Lunar by its own words, as a lunar day in the text is.
fn lunar_gloss(i: &str) -> Res<'_, ()> {
    let lunar_day = |i| {
        let (i, _) = opt((word(vocab::NAMELY), sp1)).parse(i)?;
        let (rest, _) = crate::parse::when::lunar_date(i, None)?;
        Ok((rest, ()))
    };
    let bracketed = (sp0, ch('('), sp0, lunar_day, sp0, ch(')')).map(|_| ());
    let separated = (sp0, alt((ch(','), ch('|'), dash)), sp0, lunar_day).map(|_| ());
    alt((bracketed, separated)).parse(i)
}

/// How much of `line` a dateline takes from its first byte when more
/// follows that no dateline holds (`03/04/2024 abc`), for the position of
/// the error; `None` when none opens it or nothing follows.
pub(crate) fn read_before_rest(line: &str) -> Option<usize> {
    let (rest, _) = dateline(line).ok()?;
    (!rest.is_empty()).then(|| line.len() - rest.len())
}

/// A whole dateline from its first word: weekday, date and time in either order, offset.
fn dateline(i: &str) -> Res<'_, Raw> {
    let date_first = (opt(weekday), date, timed_offset, opt(lunar_gloss)).map(
        |(weekday, date, (time, offset), _)| Raw {
            weekday,
            date,
            time,
            offset,
        },
    );
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
    let english =
        (english_weekday, date_english, timed_offset).map(|(weekday, date, (time, offset))| Raw {
            weekday: Some(weekday),
            date,
            time,
            offset,
        });
    alt((date_first, time_first, english)).parse(i)
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
