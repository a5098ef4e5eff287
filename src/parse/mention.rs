//! Mentions in the running text: dates, quarters, times, percents, ratios.
//!
//! The scanner looks only at word starts, dispatching on the first byte: a
//! digit, a bracket, or the first letter of one of the words that open a
//! mention (`ngày`, `mùng`, `hôm`, the parts of the day, `quý`, `lúc`).
//!
//! Rules:
//! - A date with its year in any order of separators (`2-4-2024`, `28/3/2024`,
//!   `15.6.2024`) or written out (`ngày 2 tháng 4 năm 2024`).
//! - A date without its year: `d/m` anywhere; `d-m` and `d.m` only after a word
//!   that announces a date (`ngày`, `sáng`, `hôm qua`, `mùng`...) or in brackets
//!   (`(28/3)`), since `2-0` is a score and `15.6` a number otherwise. Its year
//!   is the one that puts it nearest the dateline.
//! - Never a date: a form followed by `%`, another `/` or a letter
//!   (`318/BC-UBND`, `15/2020/NĐ-CP`), or an impossible day or month (`51/95`).
//! - A quarter: `quý` and a Roman or Arabic numeral 1 to 4, with an optional
//!   year after `-`, `/` or `năm`.
//! - A time: `7 giờ 35`, `12 giờ 50 phút`, `18h15`, `7g30`, `19:35`, with
//!   `sáng`/`chiều`/`tối`... after it applied; an hour alone (`18h`, `7 giờ`)
//!   only after `lúc` or `khoảng`.
//! - A percent: a Vietnamese number (decimal comma, thousands dot) and `%`,
//!   or a range `15-25%`.
//! - A ratio: `51/95` when it is no date and the count is at most the total.

use super::letters;
use chrono::{Datelike, NaiveDate};
use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

use super::common::{
    ch, dash, find_byte, is_word, number, sp0, sp1, word, PartOfDay, Res, Table, WordFilter,
};
use super::dateline::{date_dmy, date_dmy_spaced, time, RawDate, RawTime};
use super::number::{
    ambiguous, figure, figure_after, leading_digits, too_long, unit_follows, vn_decimal,
    vn_number_with,
};
use super::when;
use super::Finding;
use crate::error::Detail;
use crate::model::{DiagnosticCode, Mention, MentionValue, Span, Text};
use crate::normalize::{is_dash, is_space, trim_start, CLOSE_BRACKETS, OPEN_BRACKETS};
use crate::vocab::{self, DATE_WORDS, DATE_WORDS_AFTER, NOT_RATIO_BEFORE, TIME_WORDS};
use crate::MAX_PIECES;

mod anchors;
mod dates;
mod numeric;
mod openers;
mod times;
mod weekdays;

use anchors::*;
use dates::*;
use numeric::*;
use openers::*;
use times::*;
use weekdays::*;

/// What the scanner needs from the rest of the article.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    /// The dateline's date, for dates written without their year.
    pub dateline: Option<NaiveDate>,
    /// The figure read continues a list that a mention opened: of days
    /// (`5-4` in `ngày 4 và 5-4`: its day and month may be joined by a dash
    /// or a dot, as after the date word), or of years (`2024` in `năm 2023
    /// và 2024`: a year alone).
    pub listed: Option<Listed>,
}

/// What a list continues (see [`Context::listed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Listed {
    Day,
    /// `4` in `tháng 3, 4 năm 2024`, after the month that opens (the first
    /// day of the month before it).
    Month(NaiveDate),
    Year,
}

/// Scans `text` (which starts at byte `base` of the normalized text) and
/// appends its mentions to `out`, and impossible dates to `findings`.
///
/// Mentions start at words, and words start after a space (or an opening
/// bracket or quote after a space): the scanner jumps from space to space
/// with `memchr` and tries the grammar only where the first bytes may open
/// a mention (a digit, a bracket, the first letters of `ngày`, `sáng`,
/// `quý`, `lúc`...).
pub(crate) fn scan<'a>(
    text: &'a str,
    base: usize,
    ctx: Context,
    out: &mut Vec<Mention<'a>>,
    findings: &mut Vec<Finding>,
) {
    let bytes = text.as_bytes();
    // The word before the candidate, for `tháng 6/2026` and the like.
    let mut prev_word = (0, 0);
    let mut pos = 0;
    // The next anchor, none read yet: the first is looked for before the
    // first word is (`Cùng ngày, ...` opens a paragraph).
    let mut anchor = None;
    // Past the limit the article is an error: no use reading on.
    if out.len() > MAX_PIECES || findings.len() > MAX_PIECES {
        return;
    }
    let mut candidates = anchors(bytes, 0);
    // Where the next day of a list of days would stand, after a day read
    // as a date and `,` or `và`.
    let mut list_next = None;
    // The part of day of a date that opened with one, and where a time
    // right after it (`tối 2/4, lúc 8 giờ`) would stand.
    let mut day_part: Option<(PartOfDay, usize)> = None;
    while pos < bytes.len() {
        // Every mention holds a digit or `quý`, at most three words after
        // its first word (`rạng sáng nay (6/12)`): words further from the
        // next such anchor are skipped without a look.
        if !anchor.is_some_and(|a| a >= pos) {
            let Some(next) = next_anchor(&mut candidates, bytes, pos) else {
                break;
            };
            anchor = Some(next);
            // `chiều cùng ngày`, `sáng ngày hôm sau`: a day named by the
            // date read before it.
            if let Some((from, end, value)) = day_after_date(text, pos, next, out) {
                if let Some(t) = text.get(from..end) {
                    push_mention(out, findings, t, Span::new(base + from, base + end), value);
                }
                if out.len() > MAX_PIECES {
                    return;
                }
                prev_word = (next, end);
                pos = next_word(bytes, end);
                continue;
            }
            let jump = first_opening_before(text, pos, next);
            if jump > pos {
                prev_word = (word_start(bytes, jump - 1), jump - 1);
                pos = jump;
            }
        }
        let word_end = find_byte(bytes, pos, b' ');
        let before = text.get(prev_word.0..prev_word.1).unwrap_or_default();
        let read_at = |(at, start): (usize, Option<Start>)| {
            let head = text.get(..at).unwrap_or_default();
            let rest = text.get(at..).unwrap_or_default();
            let ctx = Context {
                listed: list_next
                    .filter(|&(next, _)| next == at)
                    .map(|(_, kind)| kind),
                ..ctx
            };
            let found = start.and_then(|start| mention_at(rest, start, (head, before), ctx));
            (at, start, found)
        };
        let (mut at, mut start, mut found) = read_at(opening(text, pos, word_end));
        // Not a date in brackets: what follows the bracket is read as
        // after a space (`(15%)`, `(lúc 14 giờ)`, `(quý II/2024)`).
        if found.is_none() && start == Some(Start::Sign) {
            let bracket = text.get(at..).and_then(|r| r.chars().next());
            if let Some(b) = bracket.filter(|c| OPEN_BRACKETS.contains(c)) {
                (at, start, found) = read_at(opening(text, at + b.len_utf8(), word_end));
            }
        }
        // `lúc18h30`, `ngày12/9`: a time or date word glued to the digits
        // after it, as pages lose the space between two tags.
        if let Some(glued_at) = anchor.filter(|&a| found.is_none() && a > pos && a < word_end) {
            if let Some(glued) = glued_after_word(text, pos, glued_at, ctx) {
                (at, start, found) = (glued_at, Some(Start::Sign), Some(glued));
            }
        }
        if start.is_some() {
            if let Some((len, mut value)) = found {
                let mut end = at + len;
                // `sáng thứ Hai`, `chiều Chủ nhật`: the part of the day
                // before a weekday is the mention's, as before a date.
                if matches!(start, Some(Start::Word(Opener::Weekday)))
                    && prev_word.0
                        >= out
                            .last()
                            .map_or(0, |m| m.text.span.end.saturating_sub(base))
                    && vocab::PARTS_OF_DAY.contains(before)
                    && text
                        .get(prev_word.1..at)
                        .is_some_and(|gap| !gap.is_empty() && gap.chars().all(is_space))
                {
                    at = prev_word.0;
                }
                if let Some((part, _)) = day_part.filter(|&(_, next)| next == at) {
                    value = with_day_part(value, text.get(at..end).unwrap_or_default(), part);
                }
                end = dates::date_tail(text, end, &mut value, ctx.dateline);
                // `4 giờ` in `từ 2 giờ chiều đến 4 giờ`: after the range's
                // start.
                if let MentionValue::Time { time } = value {
                    if let Some(from) = range_from_time(text, base, out.last(), at) {
                        value = MentionValue::Time {
                            time: closing_time(text.get(at..end).unwrap_or_default(), time, from),
                        };
                    }
                }
                day_part = date_day_part(text, (at, end), &value);
                if matches!(value, MentionValue::Time { .. }) {
                    if let Some(part) = part_opening_relative_day(text, (at, end)) {
                        end = at + text.get(at..part).unwrap_or_default().trim_end().len();
                    }
                }
                // `Rằm tháng Giêng rơi vào thứ Ba`: the weekday a date just
                // read falls on is that date.
                if matches!(start, Some(Start::Word(Opener::Weekday)))
                    && matches!(value, MentionValue::RelativeDate { .. })
                {
                    if let Some(v) = date_falling_on(text, base, out.last(), at) {
                        value = v;
                    }
                }
                // `từ sáng 12/2 đến chiều 16/2`, `từ thứ Năm (12/2) đến thứ
                // Hai (16/2)`: two dates of a range, one period.
                if let Some((from, joined)) = range_of_dates(text, base, out.last(), at, &value) {
                    // The end's weekday checked against its date first.
                    if let Some(t) = text.get(at..end) {
                        check_weekday(findings, t, Span::new(base + at, base + end), &value);
                    }
                    out.pop();
                    (at, value) = (from, joined);
                }
                list_next = next_listed(text, (at, end), &value);
                if let Some(t) = text.get(at..end) {
                    push_mention(out, findings, t, Span::new(base + at, base + end), value);
                }
                if out.len() > MAX_PIECES {
                    return;
                }
                // `8h-10h`: the second time of a range opens after the
                // dash, which stands as the word before it.
                if let Some(dash) = out
                    .last()
                    .filter(|m| matches!(m.value, MentionValue::Time { .. }))
                    .and_then(|_| time_range_dash(text.get(end..).unwrap_or_default()))
                {
                    prev_word = (at, end + dash);
                    pos = end + dash;
                    continue;
                }
                prev_word = word_after_mention(text, (at, end), out.last().map(|m| &m.value));
                // `20 USD-10 EUR`, `$20-$10`: a figure glued after the dash
                // that closes one, no range, is read from the dash on.
                pos = if glued_figure_after(text.get(end..).unwrap_or_default()) {
                    end
                } else {
                    next_word(bytes, end)
                };
                continue;
            }
            // Past an opening bracket: `(31/2)`.
            let at = if bytes.get(at) == Some(&b'(') {
                at + 1
            } else {
                at
            };
            let rest = text.get(at..).unwrap_or_default();
            let digit = bytes.get(at).is_some_and(u8::is_ascii_digit);
            // `0987 654 321`: a phone number's groups are no figures.
            if let Some(len) = digit.then(|| phone_number(rest)).flatten() {
                prev_word = (at + len, at + len);
                pos = next_word(bytes, at + len);
                continue;
            }
            if let Some((code, len, message)) = digit.then(|| unread_figure(rest, before)).flatten()
            {
                findings.push(Finding::new(
                    code,
                    message,
                    Span::new(base + at, base + at + len),
                ));
                if findings.len() > MAX_PIECES {
                    return;
                }
                prev_word = (at + len, at + len);
                pos = next_word(bytes, at + len);
                continue;
            }
        }
        prev_word = (pos, word_end);
        pos = word_end + 1;
    }
}

/// A time or date read at the digit `anchor` glued to the word before it
/// (`lúc18h30`, `ngày12/9`, `sáng12/9`), the word from `pos`: one of
/// [`TIME_WORDS`] or [`DATE_WORDS`], and only a time or a date after it (a
/// code such as `COVID19` or `A1` opens with no such word).
fn glued_after_word(
    text: &str,
    pos: usize,
    anchor: usize,
    ctx: Context,
) -> Option<(usize, MentionValue)> {
    let word = text.get(pos..anchor)?;
    if !text.as_bytes().get(anchor).is_some_and(u8::is_ascii_digit)
        || (TIME_WORDS.whole(word).is_none() && DATE_WORDS.whole(word).is_none())
    {
        return None;
    }
    let found = mention_at(
        text.get(anchor..)?,
        Start::Sign,
        (text.get(..anchor)?, word),
        ctx,
    )?;
    matches!(
        found.1,
        MentionValue::Time { .. } | MentionValue::Date { .. }
    )
    .then_some(found)
}

/// How many mentions back the date of `cùng ngày` is looked for: the day
/// it names was read a few mentions before (and a run of them cannot make
/// the search grow with the square of the text).
const SAME_DAY_LOOKBACK: usize = 16;

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
fn day_after_date(
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
    let clause_goes_on = next.is_empty()
        || next.starts_with(vocab::CLAUSE_ENDS)
        || (next.len() < rest.len() && next.starts_with(letters::is_uppercase));
    if !clause_goes_on {
        return None;
    }
    // The part of the day before it, one space apart.
    let part_at = start
        .checked_sub(1)
        .filter(|&end| bytes.get(end) == Some(&b' '))
        .map(|end| (word_start(bytes, end), end))
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
fn days_after(value: &MentionValue, days: i64) -> Option<MentionValue> {
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
const MIN_MONTH_DAYS: u32 = 28;

/// The period of the date mention `prev` and the date `value` read at `at`
/// when `từ` stands before the first and `đến`, `tới` or a dash between
/// them (`từ sáng 12/2 đến chiều 16/2`: each end read with its part of day
/// or weekday, which the grammar of ranges does not take), or `đến`, `tới`
/// alone (`26 tháng Chạp đến mùng 5 tháng Giêng`), or when `value` is read
/// from `đến` on (`25/1 đến hết 2/2/2025`: the end of `đến hết`, not a
/// period from the dateline), and where it starts; lunar days count as
/// their Gregorian ones. `None` unless the end is on or after the start.
fn range_of_dates(
    text: &str,
    base: usize,
    prev: Option<&Mention<'_>>,
    at: usize,
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
    let ((last, last_inferred, last_relative), through) = match day(value) {
        Some(found) => (found, false),
        None => (until()?, true),
    };
    let prev = prev?;
    let (start, end) = (
        prev.text.span.start.checked_sub(base)?,
        prev.text.span.end.checked_sub(base)?,
    );
    let gap = crate::normalize::trim(text.get(end..at)?);
    if through && !gap.is_empty() {
        return None;
    }
    let to = vocab::RANGE_TO.contains(gap) || through;
    let joined = to || (gap.chars().count() == 1 && gap.starts_with(is_dash));
    let mut before = text.get(..start)?.trim_end_matches(is_space);
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
            before = before
                .get(..before.len() - part.len())?
                .trim_end_matches(is_space);
            (last.with_day(day)?, last_inferred, last_relative)
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
    let from = if opened { from } else { start };
    let bare_too_long =
        first_inferred && last_inferred && (last - first).num_days() > when::MAX_BARE_RANGE_DAYS;
    (joined && (opened || (to && !bare_too_long)) && first <= last).then_some((
        from,
        MentionValue::Period {
            start: Some(first),
            end: Some(last),
            relative: first_relative || last_relative,
            year_inferred: first_inferred || last_inferred,
        },
    ))
}

/// The date of the mention `prev` as the value of the weekday read at `at`,
/// when a word of [`vocab::FALLS_ON`] stands between them in one clause
/// (`Tết Dương lịch 2026 rơi vào thứ Năm`): a date, as the mention before
/// it; a weekday the date does not fall on is reported as after a date.
fn date_falling_on(
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
const MAX_FALLS_ON_GAP_BYTES: usize = 48;

/// The day of a number mention of `value` that may be a day of a month:
/// a whole number from 1 to 31 with no unit.
fn bare_day(value: &MentionValue) -> Option<u32> {
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

/// The time `value` read as `t` in the part of day of the date before it,
/// when `t` names none of its own (no part of day, no AM or PM).
fn with_day_part(value: MentionValue, t: &str, part: PartOfDay) -> MentionValue {
    let MentionValue::Time { time } = value else {
        return value;
    };
    let own = t.split(is_space).any(|w| {
        let w = w.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ':' | 'h' | 'g'));
        vocab::PARTS_OF_DAY.whole(w).is_some() || vocab::MERIDIEMS.whole(w).is_some()
    });
    let hour = chrono::Timelike::hour(&time);
    match chrono::Timelike::with_hour(&time, part.apply(hour)) {
        Some(time) if !own => MentionValue::Time { time },
        _ => value,
    }
}

/// The part of day that opens the date mention `at..end` of `value` (`tối
/// 2/4`, `chiều nay`), and where a time after it, past spaces and a comma,
/// would stand.
fn date_day_part(
    text: &str,
    (at, end): (usize, usize),
    value: &MentionValue,
) -> Option<(PartOfDay, usize)> {
    if !matches!(
        value,
        MentionValue::Date { .. } | MentionValue::RelativeDate { .. }
    ) {
        return None;
    }
    let t = text.get(at..end)?;
    let (_, part) = vocab::PARTS_OF_DAY.starting()(t).ok()?;
    let after = text.get(end..)?;
    let rest = after.trim_start_matches(|c: char| is_space(c) || c == ',');
    Some((part, text.len() - rest.len()))
}

/// The time of the mention `last` when a time read at `at` may close the
/// range it opens: only `đến`, `tới` or a dash, with spaces, stands
/// between them (`4 giờ` in `từ 2 giờ chiều đến 4 giờ`).
fn range_from_time(
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
const MAX_RANGE_GAP_BYTES: usize = 8;

/// Where the next item of a list stands, and what it is, when the mention
/// `at..end` of `value` is an item of one and `,` or `và` follows it: a
/// day (a date whose last word is its day alone: `ngày 4`, `5`), a month
/// (a month whose last word is its number: `tháng 3`) or a year (a whole
/// year whose last word is its number: `năm 2023`).
fn next_listed(
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
    let digits = last.bytes().all(|b| b.is_ascii_digit());
    let len_ok = match kind {
        Listed::Year => last.len() == 4,
        Listed::Month(_) => last.len() <= 2,
        Listed::Day => true,
    };
    if !digits || !len_ok {
        return None;
    }
    let rest = list_joined(text.get(end..)?)?;
    Some((text.len() - rest.len(), kind))
}

/// What follows the `,` or `và` that joins two items of a list (`, 5`, `
/// và 6`, `, và 7`), spaces after it passed; `None` without one.
pub(crate) fn list_joined(i: &str) -> Option<&str> {
    let (rest, (comma, _, and)) = (opt(ch(',')), sp1, opt((word(vocab::AND), sp1)))
        .parse(i)
        .ok()?;
    (comma.is_some() || and.is_some()).then_some(rest)
}

/// Adds the mention `t` at `span`, and a `weekday_mismatch` finding when
/// it names a weekday its date does not fall on.
#[inline]
fn push_mention<'a>(
    out: &mut Vec<Mention<'a>>,
    findings: &mut Vec<Finding>,
    t: &'a str,
    span: Span,
    value: MentionValue,
) {
    let value = if beyond_written_years(&value) {
        within_written_years(value)
    } else {
        value
    };
    check_weekday(findings, t, span, &value);
    out.push(Mention {
        text: Text::new(t, span),
        value,
    });
}

/// The years a date of a mention may have: four digits, as JSON writes
/// them and as every written year is.
const WRITTEN_YEARS: std::ops::RangeInclusive<i32> = 0..=9999;

/// Whether the day `d` is known and past [`WRITTEN_YEARS`].
fn past_written_years(d: &Option<NaiveDate>) -> bool {
    d.is_some_and(|d| !WRITTEN_YEARS.contains(&d.year()))
}

/// Whether a day of `value` is past [`WRITTEN_YEARS`].
#[inline]
fn beyond_written_years(value: &MentionValue) -> bool {
    match value {
        MentionValue::Date { date, .. }
        | MentionValue::RelativeDate { date, .. }
        | MentionValue::LunarDate { date, .. } => past_written_years(date),
        MentionValue::Period { start, end, .. } => {
            past_written_years(start) || past_written_years(end)
        }
        _ => false,
    }
}

/// `value` with its days past [`WRITTEN_YEARS`] (counted from a dateline at
/// the calendar's end: `ngày mai` under `31/12/9999`) unknown, as a day
/// that depends on a dateline the article does not have is.
#[cold]
fn within_written_years(mut value: MentionValue) -> MentionValue {
    let known = |d: &mut Option<NaiveDate>| {
        if past_written_years(d) {
            *d = None;
        }
    };
    match &mut value {
        MentionValue::Date { date, year, .. } if past_written_years(date) => {
            (*date, *year) = (None, None);
        }
        MentionValue::RelativeDate { date, .. } | MentionValue::LunarDate { date, .. } => {
            known(date)
        }
        MentionValue::Period { start, end, .. } => {
            known(start);
            known(end);
        }
        _ => {}
    }
    value
}

/// A `weekday_mismatch` finding at `span` when the mention `t` names a
/// weekday its date does not fall on.
fn check_weekday(findings: &mut Vec<Finding>, t: &str, span: Span, value: &MentionValue) {
    if let Some((named, date)) = weekday_mismatch(t, value) {
        let detail = Detail::WeekdayMismatch {
            place: "text",
            named: crate::parse::dateline::weekday_name(named),
            date,
            actual: crate::parse::dateline::weekday_name(date.weekday()),
        };
        let code = DiagnosticCode::WeekdayMismatch;
        findings.push(Finding::new(code, detail.to_string(), span));
    }
}

/// Where the scanner goes on before the anchor at `anchor` (a digit or an
/// anchor word), from `pos`: the anchor's word, or the first of the words
/// before it (back to `pos`) that may open a mention; words that open none
/// are skipped without a look.
fn first_opening_before(text: &str, pos: usize, anchor: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = word_start(bytes, anchor);
    let mut jump = start;
    // A mention that opens before the anchor's word ends a date or time
    // word right before it, spaces aside (`ngày 2/4`, `sáng nay (6/12)`,
    // `lúc 7 giờ`): without one there is nothing to look back for.
    let before = text.get(pos..start).unwrap_or_default();
    if !PRE_ANCHOR_WORDS.may_end(before.trim_end_matches(is_space)) {
        return jump;
    }
    for k in 0..LOOKBACK_WORDS {
        if start <= pos + 1 {
            break;
        }
        let end = start - 1;
        start = word_start(bytes, end);
        // A chain of such words (`từ ngày`, `rạng sáng nay`, `hai mươi`): a
        // word that ends none ends the look back.
        let word = text.get(start..end).unwrap_or_default();
        if k > 0 && !PRE_ANCHOR_WORDS.may_end(word.trim_end_matches(is_space)) {
            break;
        }
        if opening(text, start, end).1.is_some() {
            jump = start;
        }
    }
    jump
}

/// A figure at the start of `rest` that the grammars cannot read, reported
/// rather than read: `15.6` (a decimal point or a date?), more digits than
/// a decimal holds, a date that does not exist (`before`: the word before
/// it). Its code, length and message.
fn unread_figure(rest: &str, before: &str) -> Option<(DiagnosticCode, usize, String)> {
    if let Some(len) = ambiguous(rest) {
        let text = rest.get(..len).unwrap_or_default();
        let detail = Detail::AmbiguousNumber { text };
        return Some((DiagnosticCode::AmbiguousNumber, len, detail.to_string()));
    }
    if let Some(len) = too_long(rest) {
        let text = rest.get(..len).unwrap_or_default();
        let detail = Detail::NumberTooLong { text };
        return Some((DiagnosticCode::NumberTooLong, len, detail.to_string()));
    }
    let (len, message) = impossible_date(rest, before)?;
    Some((DiagnosticCode::ImpossibleDate, len, message))
}

/// The word that stands before what follows the mention `at..end` of value
/// `value`: a figure stands as a word (`2 năm trước`: `2`, a count), and so
/// does the part of day that closes a time (`9h sáng 1-12`: `sáng`
/// announces the date); other mentions as nothing.
fn word_after_mention(
    text: &str,
    (at, end): (usize, usize),
    value: Option<&MentionValue>,
) -> (usize, usize) {
    let last_word = (
        word_start(text.as_bytes(), end.saturating_sub(1)).max(at),
        end,
    );
    let ends_with_part = || {
        let word = text.get(last_word.0..last_word.1).unwrap_or_default();
        crate::vocab::PARTS_OF_DAY.whole(word).is_some()
    };
    match value {
        Some(MentionValue::Number { .. }) => (at, end),
        Some(MentionValue::Time { .. }) if ends_with_part() => last_word,
        _ => (end, end),
    }
}

/// Where a mention may open in the word `bytes[pos..word_end]`: past opening
/// quotes and brackets (`“Ngày`, `(28/3)`) and a dash before a figure or
/// its sign that no range took (`6 triệu đồng -4 triệu`, `$20-$10`), at a
/// digit, a bracket or the first bytes of a word that opens one. `word_end`
/// when nothing opens there.
#[inline(always)]
fn opening(text: &str, pos: usize, word_end: usize) -> (usize, Option<Start>) {
    let bytes = text.as_bytes();
    let mut at = pos;
    loop {
        if let Some(start) = may_open(text.get(at..).unwrap_or_default()) {
            return (at, Some(start));
        }
        let digit_next = |k: usize| bytes.get(at + k).is_some_and(u8::is_ascii_digit);
        match bytes.get(at) {
            Some(b'"' | b'\'' | b'[') => at += 1,
            // A currency sign before a figure: `$20`, `US$20`, `€15`, `£3`.
            Some(b'$' | b'U' | 0xE2 | 0xC2) if sign_before_figure(text, at) => {
                return (at, Some(Start::Sign))
            }
            Some(b'-') if digit_next(1) || sign_next(text, at + 1) => at += 1,
            Some(0xE2)
                if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x93])) && digit_next(3) =>
            {
                at += 3
            }
            Some(0xE2) if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x9C | 0x98])) => at += 3,
            _ => return (word_end, None),
        }
    }
}

/// The words that may stand right before the anchor of a mention (its
/// first digit or anchor word): the last words of [`DATE_WORDS`],
/// [`DATE_WORDS_AFTER`], [`TIME_WORDS`], the opening words, the parts of a
/// month or year, numbers in words (`bảy giờ`, `mười một giờ`), the last
/// words of weekdays (`thứ Hai (1/4)`, `Chủ nhật tuần sau`) and of decades
/// (`thập niên 90`).
const PRE_ANCHOR_WORDS: WordFilter = WordFilter::new()
    .with_last(DATE_WORDS.entries)
    .with(DATE_WORDS_AFTER.entries)
    .with_last(DATE_WORDS_AFTER.entries)
    .with_last(TIME_WORDS.entries)
    .with(OPENER_WORDS.entries)
    .with_last(vocab::PARTS.entries)
    .with(vocab::PART_QUALIFIERS.entries)
    .with(vocab::NUMBER_WORDS.entries)
    .with(vocab::RANGE_TO.entries)
    .with_last(vocab::WEEKDAYS.entries)
    .with_last(vocab::AGO.entries)
    .with(vocab::ABOUT.entries)
    .with_last(vocab::DECADE_WORDS.entries)
    .with_last(vocab::CENTURY_WORDS.entries)
    .with_last(vocab::EXTREMES.entries)
    .with_every(vocab::SOLAR_FEASTS.entries)
    .with(&[(vocab::OF, ())])
    .with(vocab::NOW.entries)
    .with(&[(vocab::TENS, ()), (vocab::END_OF, ()), (vocab::BORN_IN, ())]);

/// How many words a mention may have before its first digit or `quý`.
const LOOKBACK_WORDS: usize = 5;

/// The start of the word holding byte `at`: just after the space before it.
#[inline]
fn word_start(bytes: &[u8], at: usize) -> usize {
    super::common::rfind_byte(bytes, at, b' ').map_or(0, |i| i + 1)
}

/// The start of the first word at or after `from` that follows a space.
#[inline]
fn next_word(bytes: &[u8], from: usize) -> usize {
    (find_byte(bytes, from, b' ') + 1).min(bytes.len())
}

/// The mention starting `s`, with its byte length; `head` is the text
/// before it, `prev_word` the word the scanner read before it.
fn mention_at(
    s: &str,
    start: Start,
    (head, prev_word): (&str, &str),
    ctx: Context,
) -> Option<(usize, MentionValue)> {
    // `mất khoảng 2 giờ`, `trong khoảng 8h`: a time word after a word of
    // duration counts hours; the number is read as if that word stood
    // right before it.
    let duration = || {
        (hour_follows(s) && TIME_WORDS.contains(prev_word))
            .then(|| word_before(head))
            .filter(|&w| vocab::DURATION_BEFORE.contains(w))
    };
    // `mỗi ngày 2-3 cốc`: `ngày` after a word of every one announces no
    // date; the number is read as if it stood alone.
    let every_day = || is_word(prev_word, vocab::DAY_WORD) && every(word_before(head));
    let opener = match start {
        Start::Word(Opener::TimeWord) if vocab::DURATION_BEFORE.contains(prev_word) => {
            return None;
        }
        Start::Word(Opener::Day) if every(prev_word) => return None,
        Start::Word(opener) => opener,
        // `từ thứ 2 đến thứ 6`: days of a list, no figures.
        Start::Sign if is_listed_weekday_number(s, head, prev_word) => return None,
        Start::Sign if s.as_bytes().first()?.is_ascii_digit() => {
            let prev_word = if every_day() { "" } else { prev_word };
            return numeric(s, duration().unwrap_or(prev_word), ctx);
        }
        Start::Sign => {
            if let Some((after, currency)) = currency_sign(s) {
                return signed_money(s, after, currency);
            }
            let (rest, value) = bracketed_date(s, ctx).ok()?;
            return Some((s.len() - rest.len(), value));
        }
    };
    let dl = ctx.dateline;
    // After `thứ` a number is an ordinal or a weekday's (`lần thứ hai`,
    // `thứ Năm tới`): never a count, a year or an hour.
    if matches!(opener, Opener::Number | Opener::Year) && is_word(prev_word, vocab::ORDINAL_WORD) {
        return None;
    }
    let found = match opener {
        Opener::Quarter => quarter(s, ctx).ok(),
        Opener::Day => when::lunar_date(s, dl)
            .or_else(|_| announced_date(s, ctx, false))
            .or_else(|_| when::relative_day(s, dl))
            .or_else(|_| when::month_extreme(s, dl))
            .ok()
            .or_else(|| {
                // `ngày Quốc khánh`, `ngày Giáng sinh`, `ngày Valentine`:
                // told by the first letter after `ngày`.
                next_word_first(s)
                    .is_some_and(|b| vocab::SOLAR_FEASTS.starts.get(usize::from(b)) != Some(&0))
                    .then(|| when::feast_day(s, dl).ok())
                    .flatten()
            }),
        Opener::EarlyDay => when::lunar_date(s, dl)
            .or_else(|_| announced_date(s, ctx, false))
            .ok(),
        Opener::DateWord => announced_date(s, ctx, true)
            .or_else(|_| when::relative_day(s, dl))
            .ok()
            .or_else(|| {
                // `đêm giao thừa`
                matches!(next_word_first(s), Some(b'g' | b'G'))
                    .then(|| when::lunar_eve(s, dl).ok())
                    .flatten()
            }),
        Opener::Tomorrow => when::relative_day(s, dl).ok(),
        // `T12/2023`, `Th12/2023`, a month; `T2 tuần sau`, a weekday.
        Opener::Month
            if matches!(
                s.as_bytes(),
                [vocab::MONTH_LETTER, b'0'..=b'9', ..]
                    | [vocab::MONTH_LETTER, b'h', b'0'..=b'9', ..]
            ) =>
        {
            abbreviated_month(s, dl).or_else(|| abbreviated_weekday(s, head, ctx))
        }
        Opener::Month => month_first_date(s, ctx)
            .or_else(|_| when::period(s, when::PeriodWord::Month, prev_word, dl))
            .ok(),
        Opener::Year => match next_word_first(s) {
            // `năm 2024`, `năm nay`, `năm ngoái`, `năm tới`, `năm sau`, `năm qua`,
            // `năm trước`, `năm kế tiếp`, `năm hiện tại`, `năm vừa qua`;
            // `năm giờ`; `năm 2024 - 2025`: the years from one to the other;
            // years in words (`năm chín trăm ba tám`, `năm bảy trăm`).
            Some(
                first @ (b'0'..=b'9'
                | b'n'
                | b't'
                | b's'
                | b'k'
                | b'h'
                | b'm'
                | b'q'
                | b'v'
                | b'b'
                | b'c'),
            ) => {
                let years = |r| when::year_range(r, prev_word, dl);
                first
                    .is_ascii_digit()
                    .then(|| preceded((word(vocab::YEAR_WORD), sp1), years).parse(s).ok())
                    .flatten()
                    .map_or_else(
                        || when::period(s, when::PeriodWord::Year, prev_word, dl),
                        Ok,
                    )
                    // `năm ngày trước`: five days ago.
                    .or_else(|_| when::counted_days(s, dl))
                    .ok()
            }
            Some(b'g') => worded_time(s, prev_word).ok(),
            // `năm Giáp Thìn`, `năm Ất Tỵ`: the lunar year, after the first
            // byte of a stem's capital (`Ất` E1, `Đinh` C4).
            Some(b'G' | b'B' | b'C' | b'K' | b'M' | b'N' | b'Q' | b'T' | 0xC4 | 0xE1) => {
                when::period(s, when::PeriodWord::Year, prev_word, dl).ok()
            }
            _ => None,
        },
        Opener::Period(kind) => {
            // What may follow each word: `từ` a day, month, year, part
            // or lunar day (`12`, `ngày`, `tháng`, `năm`, `đầu`, `cuối`,
            // `giữa`, `nửa`, `mùng`, `rằm`, `thượng`, `hạ`), a day counted
            // from the dateline (`hôm qua`, `sáng nay`) or the dateline's
            // (`nay`, `giờ`, `bây giờ`, `đây`); `đến` `hết`;
            // a part `tháng`, `năm`, `tuần`, `quý`, `đầu`, `cuối`; `tuần` a
            // relative word.
            let next = next_word_first(s).map(|b| b | 0x20);
            let may = match kind {
                when::PeriodWord::From => matches!(
                    next,
                    Some(
                        b'0'..=b'9'
                            | b'n'
                            | b't'
                            | 0xE4
                            | b'c'
                            | b'g'
                            | b'm'
                            | b'r'
                            | b'h'
                            | b'q'
                            | b'b'
                            | b's'
                    )
                ),
                when::PeriodWord::To => next == Some(b'h'),
                when::PeriodWord::Part => {
                    matches!(next, Some(b'0'..=b'9' | b't' | b'n' | 0xE4 | b'c' | b'q'))
                }
                // `những năm` (6E C4), `thập niên` (6E 69), `thế kỷ` (6B E1).
                when::PeriodWord::Decade => matches!(
                    next_word_bytes(s),
                    Some([b'n' | b'N', 0xC4 | b'i' | b'I'] | [b'k' | b'K', 0xE1])
                ),
                _ => true,
            };
            if may {
                // `nửa tháng qua`, `nửa năm tới`: half a month or year counted.
                (kind == when::PeriodWord::Part)
                    .then(|| when::half_counted(s, dl).ok())
                    .flatten()
                    .or_else(|| when::period(s, kind, prev_word, dl).ok())
                    .or_else(|| {
                        // `tuần đầu tiên của tháng 9`
                        (kind == when::PeriodWord::Week)
                            .then(|| when::month_extreme(s, dl).ok())
                            .flatten()
                    })
                    .or_else(|| {
                        // `Trung thu năm nay`: a feast, no part of a month.
                        (kind == when::PeriodWord::Part && next == Some(b't'))
                            .then(|| when::named_lunar_feast(s, prev_word, dl).ok())
                            .flatten()
                    })
            } else {
                None
            }
        }
        Opener::FullMoon => when::lunar_date(s, dl).ok(),
        // `sáu tháng đầu năm`; `bảy giờ`, `hai mươi giờ`, `mười một giờ`.
        Opener::Number => match next_word_first(s) {
            // `mười tám giờ`: a time when no date or count reads.
            Some(b't' | b'T') => {
                counted_or_dated(s, prev_word, ctx).or_else(|| worded_time(s, prev_word).ok())
            }
            // `năm ngày trước`, `hai năm qua` (`ngày` 6E 67, `năm` 6E C4),
            // `mười ngày đầu tháng 5`.
            Some(b'n' | b'N') => matches!(next_word_bytes(s), Some([_, b'g' | b'G' | 0xC4]))
                .then(|| {
                    when::counted_days(s, dl)
                        .or_else(|_| when::period(s, when::PeriodWord::Count, prev_word, dl))
                        .ok()
                })
                .flatten()
                .or_else(|| worded_time(s, prev_word).ok()),
            Some(b'g' | b'G') => worded_time(s, prev_word).ok(),
            // `hai quý cuối năm`: quarters counted.
            Some(b'q' | b'Q') => counted_or_dated(s, prev_word, ctx),
            // A number of two words or more: `mười hai tháng qua`, `hai
            // mươi tư tháng bảy`.
            Some(b'm' | b'M' | b'l' | b'h' | b'b' | b's' | b'c' | b'\xC3') => {
                worded_time(s, prev_word).ok().or_else(|| {
                    // Only a number of more words before `tháng`.
                    let (rest, _) = when::number_in_words(false)(s).ok()?;
                    matches!(rest.as_bytes(), [b' ', b't' | b'T' | b'n' | b'N', ..])
                        .then(|| counted_or_dated(s, prev_word, ctx))
                        .flatten()
                })
            }
            _ => None,
        },
        Opener::Sharp => worded_time(s, prev_word).ok(),
        Opener::TimeWord => announced_time(s).ok(),
        Opener::Weekday => weekday_mention(s, head, ctx).ok(),
        Opener::ShortWeekday => abbreviated_weekday(s, head, ctx),
        Opener::Ago => when::ago(s, dl).ok(),
        // `vỉa hè năm 2024`: the pavement, no summer.
        Opener::Season if vocab::NOT_SUMMER_BEFORE.contains(prev_word) => None,
        Opener::Season => when::season(s, dl).ok(),
        Opener::NewYear => when::lunar_new_year(s, dl)
            .or_else(|_| when::lunar_eve(s, dl))
            .or_else(|_| when::solar_new_year(s, dl))
            .ok(),
        Opener::SolarFeast => when::solar_feast(s, dl).ok(),
        Opener::LunarFeast => when::named_lunar_feast(s, prev_word, dl).ok(),
        Opener::Born => when::birth_year(s).ok(),
        Opener::Half => when::abbreviated_half(s).ok(),
    };
    found.map(|(rest, v)| {
        let inferred = matches!(
            v,
            MentionValue::Date {
                year_inferred: true,
                ..
            } | MentionValue::Period {
                year_inferred: true,
                relative: false,
                ..
            }
        );
        let v = match dl {
            Some(d) if inferred && looks_back(s, prev_word) => gone_by(v, d),
            _ => v,
        };
        (s.len() - rest.len(), v)
    })
}

/// Whether `w` is a word of every one (`mỗi`, `hằng`, `hàng`: see
/// [`vocab::HABITUAL_BEFORE`]).
fn every(w: &str) -> bool {
    vocab::HABITUAL_BEFORE.whole(w) == Some(true)
}

/// Whether the digits opening `s` may be an hour: `h`, `g` or `:` right
/// after them, or a space and a `g` (`giờ`).
fn hour_follows(s: &str) -> bool {
    let b = s.as_bytes();
    let d = leading_digits(s);
    match b.get(d) {
        Some(b'h' | b'H' | b'g' | b'G' | b':') => true,
        Some(b' ') => b.get(d + 1).is_some_and(|&c| c | 0x20 == b'g'),
        _ => false,
    }
}

/// The word before the last of `head` (the text before a mention): `mất`
/// in `mất khoảng `.
fn word_before(head: &str) -> &str {
    let h = head.trim_end_matches(is_space);
    let h = h
        .rsplit_once(' ')
        .map_or("", |(h, _)| h)
        .trim_end_matches(is_space);
    h.rsplit_once(' ').map_or(h, |(_, w)| w)
}

/// Whether a mention is of a time gone by: one of [`vocab::LOOKING_BACK`]
/// is the word before it (`hồi tháng 3`) or its own first word, before a
/// number (`hôm 12/3`).
fn looks_back(s: &str, prev_word: &str) -> bool {
    let alone = |w: &str| vocab::LOOKING_BACK.contains(w);
    if alone(prev_word) {
        return true;
    }
    let first = s.split(' ').next().unwrap_or_default();
    alone(first)
        && s.as_bytes()
            .get(first.len() + 1)
            .is_some_and(u8::is_ascii_digit)
}

/// `value` whose year was inferred, moved a year back when it fell after
/// the dateline's day `d`: the latest such day or month on or before it.
fn gone_by(value: MentionValue, d: chrono::NaiveDate) -> MentionValue {
    use chrono::Datelike;
    match value {
        MentionValue::Date {
            date: Some(on),
            month,
            day,
            year_inferred: true,
            relative,
            ..
        } if on > d => {
            let back = chrono::NaiveDate::from_ymd_opt(on.year() - 1, month, day);
            MentionValue::Date {
                date: back.or(Some(on)),
                year: Some(back.unwrap_or(on).year()),
                month,
                day,
                year_inferred: true,
                relative,
            }
        }
        MentionValue::Period {
            start: Some(start),
            end,
            relative: false,
            year_inferred: true,
        } if start > d => MentionValue::Period {
            start: when::add_months(start, -12),
            end: end.and_then(|e| when::add_months(e, -12)),
            relative: false,
            year_inferred: true,
        },
        other => other,
    }
}

/// What a number in words opens before `tháng`: a count of months
/// (`sáu tháng đầu năm`, `hai tháng qua`), of days back or ahead, a lunar
/// date (`mười lăm tháng tám âm lịch`) or a date (`hai mươi tư tháng
/// bảy`).
fn counted_or_dated<'a>(
    s: &'a str,
    prev_word: &str,
    ctx: Context,
) -> Option<(&'a str, MentionValue)> {
    let dl = ctx.dateline;
    when::period(s, when::PeriodWord::Count, prev_word, dl)
        .or_else(|_| when::counted_days(s, dl))
        .or_else(|_| when::lunar_date(s, dl))
        .or_else(|_| date_written_mention(s, false, ctx))
        .ok()
}

/// The currency sign that opens `s` (ignoring case: `US$`, `us$`), what
/// follows it and its currency.
fn currency_sign(s: &str) -> Option<(&str, crate::model::Currency)> {
    vocab::CURRENCY_SIGNS
        .entries
        .iter()
        .find_map(|&(sign, currency)| {
            let head = s.get(..sign.len())?;
            head.eq_ignore_ascii_case(sign)
                .then(|| (s.get(sign.len()..).unwrap_or_default(), currency))
        })
}

/// Whether `rest`, after a mention, opens with a dash glued to a figure or
/// to a currency sign before one (`-10 EUR`, `-$10`).
#[inline]
fn glued_figure_after(rest: &str) -> bool {
    match rest.as_bytes() {
        [b'-', next, ..] => next.is_ascii_digit() || sign_next(rest, 1),
        _ => false,
    }
}

/// Whether a currency sign before a figure stands at `at` of `text`, told
/// by its first byte first (`$`, `US$`, `€` E2, `£` C2).
#[inline]
fn sign_next(text: &str, at: usize) -> bool {
    matches!(text.as_bytes().get(at), Some(b'$' | b'U' | 0xE2 | 0xC2))
        && sign_before_figure(text, at)
}

/// Whether a currency sign at `at` stands right before a figure.
#[cold]
#[inline(never)]
fn sign_before_figure(text: &str, at: usize) -> bool {
    currency_sign(text.get(at..).unwrap_or_default())
        .is_some_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// `$20`, `US$1,5 tỷ`, `€15`: money whose currency sign stands before the
/// figure (`s` opens with the sign, `after` follows it); `$10-$20`, `$10
/// đến $20`, the sign again before the second end, one range.
fn signed_money(
    s: &str,
    after: &str,
    currency: crate::model::Currency,
) -> Option<(usize, MentionValue)> {
    let (len, value, value_to) = signed_figure(after)?;
    let end = s.len() - after.len() + len;
    let second = || {
        if value_to.is_some() {
            return None;
        }
        let rest = crate::parse::number::range_joiner(s.get(end..)?)?;
        let (after, again) = currency_sign(rest)?;
        let (len, to, None) = signed_figure(after)? else {
            return None;
        };
        (again == currency && value < to).then(|| (s.len() - after.len() + len, to))
    };
    Some(match second() {
        Some((end, to)) => (end, MentionValue::money_range(value, to, currency)),
        None => (
            end,
            MentionValue::Money {
                value,
                value_to,
                currency,
            },
        ),
    })
}

/// The figure after a currency sign (`after`, opening with a digit), with
/// no unit: its length, value and the value its range runs to.
fn signed_figure(
    after: &str,
) -> Option<(
    usize,
    crate::decimal::Decimal,
    Option<crate::decimal::Decimal>,
)> {
    if !after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    match figure(after, leading_digits(after))? {
        (
            len,
            MentionValue::Number {
                value,
                value_to,
                unit: None,
            },
        ) => Some((len, value, value_to)),
        _ => None,
    }
}

/// The first two bytes of the word after the first space of `s`.
#[inline]
fn next_word_bytes(s: &str) -> Option<[u8; 2]> {
    let bytes = s.as_bytes();
    let space = bytes.iter().position(|&b| b == b' ')?;
    match bytes.get(space + 1..space + 3)? {
        &[a, b] => Some([a, b]),
        _ => None,
    }
}

/// The first byte of the word after the first word of `s`, when a space
/// separates them.
#[inline]
fn next_word_first(s: &str) -> Option<u8> {
    let bytes = s.as_bytes();
    let space = bytes.iter().position(|&b| b == b' ')?;
    bytes.get(space + 1).copied()
}

/// Whether a date or figure ends here: not followed by a digit, a letter, or
/// another separator (`318/BC`, `15/2020/NĐ-CP`, `2-4-2024-5`).
#[inline]
pub(crate) fn ends_cleanly(rest: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) if letters::is_alphanumeric(c) => false,
        Some('/') => false,
        Some('-' | '.' | ',') => !rest.chars().nth(1).is_some_and(letters::is_alphanumeric),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests;
