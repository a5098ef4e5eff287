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
    ch, dash, first_bytes, is_one_of, number, one_of_starting, sp0, sp1, word, PartOfDay, Res,
    WordFilter, PARTS_OF_DAY, PART_OF_DAY_STARTS,
};
use super::Finding;
use crate::model::{Dateline, DiagnosticCode, Span, Text};
use crate::normalize::{is_dash, is_space, trim};
use crate::vocab;

/// Weekday names, longest first where one is the prefix of another.
pub(crate) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("chủ nhật", Weekday::Sun),
    ("thứ hai", Weekday::Mon),
    ("thứ ba", Weekday::Tue),
    ("thứ tư", Weekday::Wed),
    ("thứ năm", Weekday::Thu),
    ("thứ sáu", Weekday::Fri),
    ("thứ bảy", Weekday::Sat),
    ("thứ bẩy", Weekday::Sat),
    ("thứ 2", Weekday::Mon),
    ("thứ 3", Weekday::Tue),
    ("thứ 4", Weekday::Wed),
    ("thứ 5", Weekday::Thu),
    ("thứ 6", Weekday::Fri),
    ("thứ 7", Weekday::Sat),
    ("cn", Weekday::Sun),
    ("t2", Weekday::Mon),
    ("t3", Weekday::Tue),
    ("t4", Weekday::Wed),
    ("t5", Weekday::Thu),
    ("t6", Weekday::Fri),
    ("t7", Weekday::Sat),
];

/// The first bytes of [`WEEKDAYS`].
const WEEKDAY_STARTS: [u64; 256] = first_bytes(WEEKDAYS);

/// Labels that may open a dateline and belong to it (`Cập nhật: ...`).
const LABELS: &[(&str, ())] = &[
    ("cập nhật", ()),
    ("cập nhật lúc", ()),
    ("ngày cập nhật", ()),
    ("ngày đăng", ()),
    ("đăng ngày", ()),
    ("đăng lúc", ()),
    ("đăng", ()),
    ("xuất bản", ()),
    ("ngày xuất bản", ()),
    ("thời gian", ()),
    ("ngày", ()),
    ("lúc", ()),
];

/// The first bytes of [`LABELS`].
const LABEL_STARTS: [u64; 256] = first_bytes(LABELS);

/// Characters that separate a byline or section from the date on one line.
const HEAD_SEPARATORS: &[char] = &['|', ',', '·', '•', '/'];

/// Vietnam's offset from UTC, assumed when the text gives none.
pub(crate) const VIETNAM_OFFSET_SECS: i32 = 7 * 3600;

/// The longest line searched for a dateline, in bytes.
pub(crate) const MAX_HEADER_LINE: usize = 240;

/// `AM` or `PM`, in any of their spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    Am,
    Pm,
}

const MERIDIEMS: &[(&str, Meridiem)] = &[
    ("am", Meridiem::Am),
    ("a.m.", Meridiem::Am),
    ("sa", Meridiem::Am),
    ("pm", Meridiem::Pm),
    ("p.m.", Meridiem::Pm),
    ("ch", Meridiem::Pm),
];

/// The first bytes of [`MERIDIEMS`].
const MERIDIEM_STARTS: [u64; 256] = first_bytes(MERIDIEMS);

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

/// A weekday name and the comma or dash after it.
fn weekday(i: &str) -> Res<'_, Weekday> {
    let (i, day) = one_of_starting(WEEKDAYS, &WEEKDAY_STARTS).parse(i)?;
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

/// `03/04/2024`, `3-4-2024`, `15.6.2024`: day, month, four-digit year with
/// one separator used twice.
pub(crate) fn date_dmy(i: &str) -> Res<'_, RawDate> {
    let (i, day) = number(1, 2)(i)?;
    let (i, sep) = alt((ch('/'), ch('-'), ch('.'))).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = ch(sep)(i)?;
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// `15 - 9 - 2010`, `3 – 4 – 2024`: day, month and year between dashes
/// with spaces around them (read in running text).
pub(crate) fn date_dmy_spaced(i: &str) -> Res<'_, RawDate> {
    let (i, day) = number(1, 2)(i)?;
    let (i, _) = (sp1, dash, sp1).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = (sp1, dash, sp1).parse(i)?;
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// `2018-12-06`, `2019-3-7`: year first, ISO-like.
fn date_ymd(i: &str) -> Res<'_, RawDate> {
    let (i, year) = number(4, 4)(i)?;
    let (i, sep) = alt((ch('-'), ch('/'))).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = ch(sep)(i)?;
    let (i, day) = number(1, 2)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// `ngày 3 tháng 4 năm 2024` (the leading `ngày` optional), `12 Tháng hai
/// 2016`, `13 tháng 12, 2024`, `20 tháng mười một năm 2022`; the month
/// first: `Tháng Mười Một 14, 2019`. Months in words are read from
/// [`crate::vocab`].
pub(crate) fn date_written(i: &str) -> Res<'_, RawDate> {
    alt((date_written_day_first, date_written_month_first)).parse(i)
}

fn date_written_day_first(i: &str) -> Res<'_, RawDate> {
    let (i, _) = opt((word(DAY_WORD), sp1)).parse(i)?;
    let (i, day) = number(1, 2)(i)?;
    let (i, _) = (sp1, word(vocab::MONTH_WORD), sp1).parse(i)?;
    let (i, month) = super::when::month_number(i)?;
    // `năm 2024`, a comma and the year (`13 tháng 12, 2024`), or the year
    // alone after a space (`12 Tháng hai 2016`).
    let (i, _) = alt((
        (sp0, opt(ch(',')), sp0, word(vocab::YEAR_WORD), sp1).map(|_| ()),
        (sp0, ch(','), sp0).map(|_| ()),
        sp1.map(|_| ()),
    ))
    .parse(i)?;
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

fn date_written_month_first(i: &str) -> Res<'_, RawDate> {
    let (i, _) = (word(vocab::MONTH_WORD), sp1).parse(i)?;
    let (i, month) = super::when::month_number(i)?;
    let (i, day) = preceded(sp1, number(1, 2)).parse(i)?;
    let (i, _) = (sp0, ch(','), sp0).parse(i)?;
    let (i, year) = number(4, 4)(i)?;
    Ok((i, RawDate::new(day, month, year)))
}

/// `12/12/24`: day, month and a two-digit year (2000 to 2069, 1970 to 1999),
/// read in datelines only.
fn date_dmy_short(i: &str) -> Res<'_, RawDate> {
    let (i, day) = number(1, 2)(i)?;
    let (i, sep) = alt((ch('/'), ch('-'), ch('.'))).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = ch(sep)(i)?;
    let (i, yy) = number(2, 2)(i)?;
    let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
    Ok((i, RawDate::new(day, month, year)))
}

/// Any dateline date form, with an optional `ngày` before numeric forms.
fn date(i: &str) -> Res<'_, RawDate> {
    alt((
        date_written,
        preceded(
            opt((word(DAY_WORD), sp1)),
            alt((date_dmy, date_ymd, date_dmy_short)),
        ),
    ))
    .parse(i)
}

/// `07:35`, `09:30:00`, `18h15`, `7g30`, `20g15p`, `11 h45`, `7 giờ 35
/// (phút)`, `5 giờ rưỡi`, `9 giờ kém 10` (08:50), `bảy giờ mười lăm`, with
/// `AM`/`PM` or a part of day after it. An hour in words takes `giờ`.
pub(crate) fn time(i: &str) -> Res<'_, RawTime> {
    let (i, hour, worded) = match number(1, 2)(i) {
        Ok((rest, h)) => (rest, h, false),
        Err(_) => {
            let (rest, h) = super::when::number_in_words(false)(i)?;
            (rest, h, true)
        }
    };
    let mut to_hour = false;
    let mut clock = true;
    let (i, minute, second) = if worded {
        clock = false;
        let (i, (m, to)) = hours_word_minutes(i)?;
        to_hour = to;
        (i, m, None)
    } else if let Ok((i, (m, sec))) = (
        preceded(ch(':'), number(2, 2)),
        opt(preceded(ch(':'), number(2, 2))),
    )
        .parse(i)
    {
        (i, Some(m), sec)
    } else if let Ok((i, m)) = preceded(
        (sp0, alt((ch('h'), ch('g'), ch('H'), ch('G')))),
        opt(number(2, 2)),
    )
    .parse(i)
    .and_then(|(rest, m)| {
        // `7h30`, `18h`; not the `g` of `giờ` nor `ha`.
        let word_goes_on = m.is_none()
            && rest.starts_with(|c: char| letters::is_alphanumeric(c))
            && one_of_starting(MERIDIEMS, &MERIDIEM_STARTS)(rest).is_err();
        if word_goes_on {
            super::common::fail(rest)
        } else {
            Ok((rest, m))
        }
    }) {
        (i, m, None)
    } else {
        clock = false;
        let (i, (m, to)) = hours_word_minutes(i)?;
        to_hour = to;
        (i, m, None)
    };
    // `9 giờ kém 10`: ten minutes to nine.
    let (hour, minute) = match minute {
        Some(m) if to_hour => match hour.checked_sub(1) {
            Some(h) => (h, Some(60 - m)),
            None => return super::common::fail(i),
        },
        _ => (hour, minute),
    };
    let has_minutes = minute.is_some();
    let minute = minute.unwrap_or(0);
    // `15 phút`, `15p` (not `pm`).
    let i = match (sp1, word(vocab::MINUTE_WORD)).parse(i) {
        Ok((rest, _)) => rest,
        Err(_) => match i.strip_prefix('p') {
            Some(rest)
                if has_minutes && !rest.starts_with(|c: char| letters::is_alphanumeric(c)) =>
            {
                rest
            }
            _ => i,
        },
    };
    // `15 phút 10 giây`, `hai mươi phút ba mươi lăm giây`: the seconds.
    let (i, second) = match preceded(
        sp1,
        (
            alt((number(1, 2), super::when::number_in_words(false))),
            sp1,
            word(vocab::SECOND_WORD),
        ),
    )
    .parse(i)
    {
        Ok((rest, (sec, _, _))) if has_minutes && second.is_none() => (rest, Some(sec)),
        _ => (i, second),
    };
    let (i, meridiem) =
        opt(preceded(sp0, one_of_starting(MERIDIEMS, &MERIDIEM_STARTS))).parse(i)?;
    let (i, part) = if meridiem.is_none() {
        opt(preceded(
            sp1,
            one_of_starting(PARTS_OF_DAY, &PART_OF_DAY_STARTS),
        ))
        .parse(i)?
    } else {
        (i, None)
    };
    Ok((
        i,
        RawTime {
            hour,
            minute,
            second: second.unwrap_or(0),
            has_minutes,
            clock,
            in_words: !clock,
            meridiem,
            part,
        },
    ))
}

/// ` giờ` and what may follow it: minutes in digits or words (`giờ 35`,
/// `giờ mười lăm`), `rưỡi` (30), `kém 10` (ten to the hour: `true` with
/// the minutes), or nothing.
fn hours_word_minutes(i: &str) -> Res<'_, (Option<u32>, bool)> {
    let (i, _) = (sp1, word("giờ")).parse(i)?;
    let minutes =
        |i| -> Res<'_, u32> { alt((number(1, 2), super::when::number_in_words(false))).parse(i) };
    let Ok((rest, _)) = sp1(i) else {
        return Ok((i, (None, false)));
    };
    if let Ok((rest, _)) = word(vocab::HALF)(rest) {
        return Ok((rest, (Some(30), false)));
    }
    if let Ok((rest, m)) = preceded((word(vocab::TO), sp1), minutes).parse(rest) {
        if (1..60).contains(&m) {
            let rest = opt((sp1, word(vocab::MINUTE_WORD))).parse(rest)?.0;
            return Ok((rest, (Some(m), true)));
        }
        return super::common::fail(i);
    }
    // `7 giờ hơn`: a little past seven.
    if let Ok((rest, _)) = word(vocab::PAST_THE_HOUR)(rest) {
        return Ok((rest, (None, false)));
    }
    match minutes(rest) {
        Ok((rest, m)) => Ok((rest, (Some(m), false))),
        Err(_) => Ok((i, (None, false))),
    }
}

impl RawTime {
    /// The time read with a part of day written before it (`tối 19h`).
    pub(crate) fn with_part(self, part: PartOfDay) -> Self {
        RawTime {
            part: Some(part),
            ..self
        }
    }

    /// Whether AM/PM or a part of day was written after it.
    pub(crate) fn has_part(&self) -> bool {
        self.meridiem.is_some() || self.part.is_some()
    }
}

/// `0:0`, `7:5`: a clock with one-digit minutes, read in datelines only.
fn short_time(i: &str) -> Res<'_, RawTime> {
    let (i, hour) = number(1, 2)(i)?;
    let (i, _) = ch(':')(i)?;
    let (i, minute) = number(1, 1)(i)?;
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        return super::common::fail(i);
    }
    Ok((
        i,
        RawTime {
            hour,
            minute,
            second: 0,
            has_minutes: true,
            clock: true,
            in_words: false,
            meridiem: None,
            part: None,
        },
    ))
}

/// `GMT+7`, `(GMT+7)`, `+07:00`, `UTC+07`, `GMT-3`: the offset in seconds.
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
            let (i, h) = number(1, 2)(i)?;
            let (i, m) = opt(preceded(opt(ch(':')), number(2, 2))).parse(i)?;
            (i, (h, m.unwrap_or(0)))
        }
        None => (i, (0, 0)),
    };
    let (i, _) = if open.is_some() {
        (sp0, ch(')')).parse(i)?
    } else {
        (i, ("", ')'))
    };
    let (i, _) = if square.is_some() {
        (sp0, ch(']')).parse(i)?
    } else {
        (i, ("", ']'))
    };
    let secs = sign.unwrap_or(1) * (hours as i32 * 3600 + minutes as i32 * 60);
    Ok((i, secs))
}

/// What may stand between a date and a time: spaces, a dash, a comma, `|`, `lúc`.
fn date_time_sep(i: &str) -> Res<'_, ()> {
    // ISO 8601's `T`: `2024-04-03T07:35:00+07:00`.
    if let Some(rest) = i.strip_prefix('T') {
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok((rest, ()));
        }
    }
    let (rest, _) = sp0(i)?;
    let (rest, sep) = opt(alt((dash, ch(','), ch('|'), word("lúc").map(|_| ' ')))).parse(rest)?;
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
    alt((date_first, time_first)).parse(i)
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
        // `Thứ 4, ...`: a weekday's number before a comma.
        (1, Some(b',')) => true,
        // `03/04`, `3-4`, `15.6`: a day and a month of one or two digits
        // (`10.000` is a number).
        (1 | 2, Some(b'/' | b'-' | b'.')) => (1..=2).contains(&digits(at + run + 1)),
        // `07:35`, `18h15`, `7g30`, a day or an hour alone at the end.
        (1 | 2, None | Some(b':' | b'h' | b'H' | b'g')) => true,
        // `3 tháng 4`, `7 giờ 35`, `Thứ 2 12/02`, or a dash.
        (1 | 2, Some(b' ' | 0xC2)) => {
            matches!(after, Some(b't' | b'T' | b'g' | b'G' | b'-' | 0xA0 | 0xE2))
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

/// Characters that set a category or a widget apart after the date.
const TAIL_SEPARATORS: &[char] = &['|', '•', '·'];

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

/// The part of `after` (what follows a dateline's grammar on its line) that
/// is a tail, or `None` when the line cannot end there.
fn tail_of<'a>(after: &'a str, raw: &Raw, with_tail: bool) -> Option<Option<&'a str>> {
    let rest = after.trim_matches(|c: char| is_space(c) || c == '|');
    if rest.is_empty() {
        return Some(None);
    }
    if !with_tail {
        return None;
    }
    let t = trim(after);
    let set_apart = t.starts_with(TAIL_SEPARATORS) || t.starts_with(is_dash);
    let after_time = raw.time.is_some()
        && t.starts_with(|c: char| letters::is_alphabetic(c))
        && after.starts_with(is_space)
        && t.split(is_space).filter(|w| !w.is_empty()).count() <= MAX_TAIL_WORDS;
    (set_apart || after_time).then_some(Some(rest))
}

fn find_with(line: &str, with_tail: bool) -> Option<Found<'_>> {
    if line.len() > MAX_HEADER_LINE {
        return None;
    }
    // Every dateline holds a digit and runs to the end of the line: no
    // word after the last digit can open one.
    let last_digit = line.bytes().rposition(|b| b.is_ascii_digit())?;
    // Nor can a word further from the end than the longest dateline; on a
    // header line, which may go on after it, the dateline opens at or
    // before the line's first digit, no further before it than the longest
    // weekday or label and its separator.
    let (from, last_digit) = if with_tail {
        let first_digit = line.bytes().position(|b| b.is_ascii_digit())?;
        if !may_open_at_digits(line.as_bytes(), first_digit) {
            return None;
        }
        let mut from = first_digit.saturating_sub(MAX_BEFORE_FIRST_DIGIT);
        while !line.is_char_boundary(from) {
            from += 1;
        }
        (from, first_digit)
    } else {
        (last_tokens_start(line, MAX_DATELINE_TOKENS), last_digit)
    };
    let mut prev_is_word = false;
    for (idx, c) in line.get(from..).unwrap_or_default().char_indices() {
        let idx = from + idx;
        if idx > last_digit {
            break;
        }
        let alphanumeric = letters::is_alphanumeric(c);
        let starts_word = !prev_is_word && alphanumeric;
        prev_is_word = alphanumeric;
        // A dateline opens with a digit, a weekday (`Thứ`, `T4`, `Chủ
        // nhật`, `CN`) or `ngày`.
        if !starts_word || !(c.is_ascii_digit() || matches!(c, 'T' | 't' | 'C' | 'c' | 'N' | 'n')) {
            continue;
        }
        let Some(rest) = line.get(idx..) else {
            continue;
        };
        if !c.is_ascii_digit() && !opens_with_day_word(rest) {
            continue;
        }
        let Ok((after, raw)) = dateline(rest) else {
            continue;
        };
        let Some(tail) = tail_of(after, &raw, with_tail) else {
            continue;
        };
        let end = line.len() - after.len();
        let prefix = trim(line.get(..idx).unwrap_or_default());
        let body = trim(line.get(idx..end).unwrap_or_default());
        if prefix.is_empty() {
            return Some(Found {
                text: body,
                head: None,
                tail,
                raw,
            });
        }
        if is_label(prefix) {
            let whole = trim(line.get(..end).unwrap_or_default());
            return Some(Found {
                text: whole,
                head: None,
                tail,
                raw,
            });
        }
        // A label after a section: `Thể thao - Ngày đăng : 21:14, 19/06/2023`.
        if prefix.ends_with(':') {
            if let Some((head, label)) = split_at_last_separator(prefix) {
                if is_label(label) {
                    let start = super::common::offset_in(line, label);
                    return Some(Found {
                        text: trim(line.get(start..end).unwrap_or_default()),
                        head: Some(head),
                        tail,
                        raw,
                    });
                }
            }
        }
        if let Some(head) =
            prefix.strip_suffix(|c: char| HEAD_SEPARATORS.contains(&c) || is_dash(c))
        {
            let head = trim(head);
            if !head.is_empty() {
                return Some(Found {
                    text: body,
                    head: Some(head),
                    tail,
                    raw,
                });
            }
        }
    }
    None
}

/// `s` cut at its last separator (a dash, `|`, a comma or a bullet) into
/// what stands before it and after it, both trimmed and not empty.
fn split_at_last_separator(s: &str) -> Option<(&str, &str)> {
    let at = s.rfind(|c: char| HEAD_SEPARATORS.contains(&c) || is_dash(c))?;
    let (head, rest) = s.split_at_checked(at)?;
    let sep_len = rest.chars().next()?.len_utf8();
    let (head, after) = (trim(head), trim(rest.get(sep_len..)?));
    (!head.is_empty() && !after.is_empty()).then_some((head, after))
}

/// Whether `s` starts with a weekday or `ngày`, the words a dateline may
/// open with before its first digit.
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

fn opens_with_day_word(s: &str) -> bool {
    // Most words open neither: told by the hash of the first word.
    DAY_OPENERS.may_start(s).0
        && (one_of_starting(WEEKDAYS, &WEEKDAY_STARTS).parse(s).is_ok()
            || word(DAY_WORD)(s).is_ok()
            || word(vocab::MONTH_WORD)(s).is_ok())
}

/// The word before a day's number (`ngày 3 tháng 4`, `ngày 03/04/2024`).
const DAY_WORD: &str = vocab::DAY_WORD;

/// The first words of [`WEEKDAYS`] and [`DAY_WORD`]: the words a dateline
/// may open with, as a filter.
const DAY_OPENERS: WordFilter = WordFilter::new()
    .with(WEEKDAYS)
    .with(&[(DAY_WORD, ()), (vocab::MONTH_WORD, ())]);

/// Whether a dateline that [`find`] gives without a head may open `line`:
/// it opens with a digit, a weekday or `ngày`, a label of [`LABELS`], or a
/// label of at most four words ending in a colon. Most lines of a body are
/// told by their first word.
pub(crate) fn may_open_line(line: &str) -> bool {
    if line.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if LINE_OPENERS.may_start(line).0
        && (opens_with_day_word(line) || one_of_starting(LABELS, &LABEL_STARTS).parse(line).is_ok())
    {
        return true;
    }
    memchr::memchr(b':', line.as_bytes())
        .and_then(|colon| line.get(..colon))
        .is_some_and(|head| head.split_whitespace().nth(4).is_none())
}

/// The first words of [`WEEKDAYS`], [`DAY_WORD`] and [`LABELS`], as a
/// filter.
const LINE_OPENERS: WordFilter = DAY_OPENERS.with(LABELS);

fn is_label(prefix: &str) -> bool {
    let bare = trim(prefix.trim_end_matches(':'));
    prefix.ends_with(':') && bare.split_whitespace().count() <= 4
        || is_one_of(bare, LABELS, &LABEL_STARTS)
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

/// The time of a raw reading with AM/PM or a part of day applied, or `None`
/// with a finding when no such time exists.
pub(crate) fn checked_time(
    t: RawTime,
    span: Span,
    findings: &mut Vec<Finding>,
) -> Option<NaiveTime> {
    let mut hour = t.hour;
    match t.meridiem {
        Some(m) if t.hour > 12 || t.hour == 0 => findings.push(Finding::new(
            DiagnosticCode::RedundantMeridiem,
            Detail::RedundantMeridiem {
                hour: t.hour,
                minute: t.minute,
                pm: m == Meridiem::Pm,
            }
            .to_string(),
            span,
        )),
        Some(Meridiem::Am) if t.hour == 12 => hour = 0,
        Some(Meridiem::Pm) if t.hour < 12 => hour += 12,
        _ => {}
    }
    if let Some(part) = t.part {
        hour = part.apply(hour);
    }
    let time = NaiveTime::from_hms_opt(hour, t.minute, t.second);
    if time.is_none() {
        findings.push(Finding::new(
            DiagnosticCode::ImpossibleTime,
            Detail::ImpossibleTime {
                hour: t.hour,
                minute: t.minute,
                second: t.second,
            }
            .to_string(),
            span,
        ));
    }
    time
}

/// The weekdays with their English lowercase names, as written in JSON.
const WEEKDAY_NAMES: [(Weekday, &str); 7] = [
    (Weekday::Mon, "monday"),
    (Weekday::Tue, "tuesday"),
    (Weekday::Wed, "wednesday"),
    (Weekday::Thu, "thursday"),
    (Weekday::Fri, "friday"),
    (Weekday::Sat, "saturday"),
    (Weekday::Sun, "sunday"),
];

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
mod tests {
    use super::*;

    fn one(s: &str) -> (Option<Dateline<'_>>, Vec<Finding>) {
        let found = find(s).unwrap_or_else(|| panic!("no dateline in {s:?}"));
        let mut findings = Vec::new();
        let d = build(&found, 0, &mut findings);
        (d, findings)
    }

    #[track_caller]
    fn datetime(s: &str, expected: &str) {
        let (d, _) = one(s);
        let d = d.unwrap();
        assert_eq!(d.datetime().unwrap().to_rfc3339(), expected, "{s}");
    }

    #[track_caller]
    fn codes(s: &str, expected: &[&str]) {
        let (_, f) = one(s);
        let got: Vec<_> = f.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(got, expected, "{s}");
    }

    #[test]
    fn numeric_forms() {
        datetime("03/04/2024 - 07:35", "2024-04-03T07:35:00+07:00");
        datetime("3/4/2024 07:35", "2024-04-03T07:35:00+07:00");
        datetime("03-04-2024, 07:35", "2024-04-03T07:35:00+07:00");
        datetime("14/02/2025  08:05", "2025-02-14T08:05:00+07:00");
        datetime("03/04/2024 – 07:35", "2024-04-03T07:35:00+07:00");
        datetime("2018-12-06 09:14:39", "2018-12-06T09:14:39+07:00");
        datetime("2019-3-7 10:02", "2019-03-07T10:02:00+07:00");
        datetime("13 tháng 12, 2024 | 10:15", "2024-12-13T10:15:00+07:00");
        datetime("16:40 (GMT+7) 12/12/2024", "2024-12-12T16:40:00+07:00");
        datetime("12/12/24 16:40", "2024-12-12T16:40:00+07:00");
        datetime("2024-04-03T07:35:00+07:00", "2024-04-03T07:35:00+07:00");
        datetime("2024-04-03T00:35:00Z", "2024-04-03T00:35:00+00:00");
        datetime("THỨ TƯ, 03/04/2024 — 07:35", "2024-04-03T07:35:00+07:00");
        datetime("03/04/2024-07:35", "2024-04-03T07:35:00+07:00");
        datetime(
            "Thứ hai, ngày 01/04/2024 lúc 08:00",
            "2024-04-01T08:00:00+07:00",
        );
        datetime("01/04/2024 - 8h00 (UTC+07:00)", "2024-04-01T08:00:00+07:00");
    }

    #[test]
    fn weekdays_and_offsets() {
        datetime("Thứ Tư, 03/04/2024 - 07:35", "2024-04-03T07:35:00+07:00");
        datetime(
            "Thứ ba, 23/12/2025 09:02 (GMT+7)",
            "2025-12-23T09:02:00+07:00",
        );
        datetime(
            "Thứ Tư, 24/12/2025 09:30:00 +07:00",
            "2025-12-24T09:30:00+07:00",
        );
        datetime("Chủ nhật, 06/07/2025 10:20", "2025-07-06T10:20:00+07:00");
        datetime(
            "Thứ sáu , 13/10/2017 09:41 AM GMT+7",
            "2017-10-13T09:41:00+07:00",
        );
        let (d, _) = one("Thứ ba, 23/12/2025 09:02 (GMT+7)");
        let d = d.unwrap();
        assert_eq!(d.weekday, Some(Weekday::Tue));
        assert!(!d.offset_assumed);
        assert_eq!(d.text, "Thứ ba, 23/12/2025 09:02 (GMT+7)");
    }

    #[test]
    fn time_first_and_labels() {
        datetime("16:20, 21/05/2019", "2019-05-21T16:20:00+07:00");
        datetime("07:35 03/04/2024", "2024-04-03T07:35:00+07:00");
        datetime("08:15 Ngày 11/11/2019", "2019-11-11T08:15:00+07:00");
        datetime(
            "Cập nhật: 10:15 ngày 05/06/2023",
            "2023-06-05T10:15:00+07:00",
        );
        datetime("Ngày đăng: 10:45, 19/03/2024", "2024-03-19T10:45:00+07:00");
        datetime("21:30 | 02/10/2022 GMT+7", "2022-10-02T21:30:00+07:00");
        let (d, _) = one("Cập nhật: 10:15 ngày 05/06/2023");
        assert_eq!(d.unwrap().text, "Cập nhật: 10:15 ngày 05/06/2023");
        // A label without its colon, matched whole (`cập nhật lúc`, not
        // `cập nhật`), stays in the dateline.
        let (d, _) = one("Cập nhật lúc 10:15 05/06/2023");
        assert_eq!(d.unwrap().text, "Cập nhật lúc 10:15 05/06/2023");
        assert_eq!(
            find("Mới cập nhật lúc | 10:15 05/06/2023").map(|f| (f.text, f.head)),
            Some(("10:15 05/06/2023", Some("Mới cập nhật lúc")))
        );
    }

    #[test]
    fn head_before_the_date() {
        let found = find("Minh Anh | 05/01/2023 06:40 (GMT+7)").unwrap();
        assert_eq!(found.head, Some("Minh Anh"));
        assert_eq!(found.text, "05/01/2023 06:40 (GMT+7)");
        datetime(
            "Minh Anh | 05/01/2023 06:40 (GMT+7)",
            "2023-01-05T06:40:00+07:00",
        );
    }

    #[test]
    fn datelines_open_with_a_weekday_or_the_day_word_in_any_case() {
        for (w, _) in WEEKDAYS {
            for form in [w.to_string(), w.to_uppercase(), w.replacen('t', "T", 1)] {
                assert!(
                    opens_with_day_word(&format!("{form}, 03/04/2024")),
                    "{form}"
                );
            }
        }
        for yes in ["Ngày 03/04/2024", "NGÀY 3 tháng 4", "ngày 3"] {
            assert!(opens_with_day_word(yes), "{yes}");
        }
        for no in [
            "Theo báo cáo",
            "trong năm",
            "Chủ tịch",
            "thứ tự",
            "CNN",
            "T20",
        ] {
            assert!(!opens_with_day_word(no), "{no}");
        }
    }

    #[test]
    fn the_longest_forms_are_found_after_any_head() {
        // 22 words, the time first; and with the date first.
        let longest =
            "7 giờ 35 phút sáng ( GMT+07:00 ) , Thứ Tư , ngày 3 tháng 4 , năm 2024 ( GMT+7 )";
        let date_first = "Thứ Tư , ngày 3 tháng 4 , năm 2024 , 7 giờ 35 phút sáng ( GMT+7 ) | |";
        for line in [longest, date_first] {
            let head = "Một dòng chữ khá dài gồm nhiều từ đứng trước";
            let with_head = format!("{head} | {line}");
            for s in [line.to_string(), with_head] {
                let found = find(&s).unwrap_or_else(|| panic!("{s}"));
                assert_eq!(found.text, line.trim_end_matches([' ', '|']), "{s}");
            }
        }
        assert_eq!(last_tokens_start("a b  c | | d", 2), "a b  ".len());
        assert_eq!(last_tokens_start("a b", 5), 0);
        // A long sentence with figures is no dateline.
        assert!(
            find("Ngày 2-4-2024, quận kết nạp 94 đảng viên, đạt 53,68% kế hoạch năm 2024")
                .is_none()
        );
    }

    #[test]
    fn written_form_and_date_only() {
        datetime(
            "ngày 3 tháng 4 năm 2024, 7 giờ 35",
            "2024-04-03T07:35:00+07:00",
        );
        let (d, f) = one("17/10/2024");
        let d = d.unwrap();
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2024, 10, 17).unwrap());
        assert_eq!(d.time, None);
        assert_eq!(d.datetime(), None);
        assert!(d.offset_assumed);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, DiagnosticCode::OffsetAssumed);
    }

    #[test]
    fn meridiem() {
        datetime("13/10/2017 09:41 PM", "2017-10-13T21:41:00+07:00");
        datetime("13/10/2017 12:05 AM", "2017-10-13T00:05:00+07:00");
        datetime("13/10/2017 14:10 PM", "2017-10-13T14:10:00+07:00");
        codes(
            "13/10/2017 14:10 PM",
            &["redundant_meridiem", "offset_assumed"],
        );
    }

    #[test]
    fn broken_variants_give_diagnostics() {
        let (d, f) = one("31/02/2024 - 07:35");
        assert!(d.is_none());
        assert_eq!(f[0].code, DiagnosticCode::ImpossibleDate);
        assert_eq!(
            f[0].message,
            "impossible date in the dateline: day 31, month 2, year 2024"
        );
        assert_eq!(f[0].span, Span::new(0, 18));

        let (d, f) = one("03/04/2024 25:61");
        assert_eq!(d.unwrap().time, None);
        assert_eq!(f[0].code, DiagnosticCode::ImpossibleTime);
        assert_eq!(f[0].message, "impossible time 25:61:00");

        let (d, f) = one("Thứ Năm, 03/04/2024 - 07:35");
        assert_eq!(d.unwrap().weekday, Some(Weekday::Thu));
        assert_eq!(f[0].code, DiagnosticCode::WeekdayMismatch);
        assert_eq!(
            f[0].message,
            "the dateline names thursday but 2024-04-03 is a wednesday"
        );
    }

    #[test]
    fn sentences_are_not_datelines() {
        assert_eq!(find("Hội nghị diễn ra ngày 03/04/2024"), None);
        assert_eq!(
            find("Ngày 2-4-2024, Ban Thường vụ Quận ủy Bình Thủy tổ chức hội nghị"),
            None
        );
        assert_eq!(find("Bình Thủy"), None);
        assert_eq!(find("51/95"), None);
    }
}
