//! Time as Vietnamese writes it beyond digits: numbers and months in words,
//! periods (`tháng 9/2024`, `năm 2024`, `6 tháng đầu năm`, `cuối tháng 8`),
//! ranges (`từ ngày 12-6 đến 3-7`, `ngày 3-4/6`), days and periods counted
//! from the dateline (`hôm qua`, `tuần trước`, `năm ngoái`, `đến nay`), and
//! days of the lunar calendar (`rằm tháng Giêng`, `mùng 1 Tết`).
//!
//! Every value is resolved against the dateline's date, exactly: a year not
//! written is the one nearest the dateline (`year_inferred`), a relative
//! word counts from the dateline's day, week, month or year (`relative`).
//! Without a dateline such values keep their kind and text with `null`
//! dates.

use chrono::{Datelike, Days, Months, NaiveDate};
use nom::branch::alt;
use nom::combinator::{cond, opt};
use nom::sequence::preceded;
use nom::Parser;

use super::common::{ch, dash, fail, number, sp0, sp1, word, Res};
use crate::lunar;
use crate::model::MentionValue;
use crate::vocab::{
    place, Count, Part, ABOUT, AGO, AND_UNITS, COUNTED_NOUNS, COUNTS, COUNT_WORDS, DAY_UNITS,
    DAY_WORD, EARLY_DAY_WORDS, END_OF, FIRST, FULL_MOON, HALF_LETTER, HALF_OF, HOUR_UNITS, HUNDRED,
    JOINERS, LAST, LEAP, LUNAR, LUNAR_FEASTS, MONTHS_A_QUARTER, MONTH_LETTER, MONTH_NAMES,
    MONTH_WORD, NEW_YEAR, NEW_YEAR_EVE, NOT_CALENDAR_YEAR, NOW, NUMBER_WORDS, OF, PARTS, PAST,
    QUARTERS, QUARTER_WORDS, RANGE_FROM, RANGE_TO, RELATIVE_DAYS, RELATIVE_UNITS, SEASON_WORDS,
    TEN, TENS, THOUSAND, TOMORROW, UP_TO_NOW, WEEK_WORD, YEAR_WORD,
};

mod counted;
mod decades;
mod extremes;
mod feasts;
mod lunar_days;
mod pieces;
mod quarters;
mod ranges;
mod seasons;
mod spans;
mod words;

pub(crate) use counted::*;
pub(crate) use decades::*;
pub(crate) use extremes::*;
pub(crate) use feasts::*;
pub(crate) use lunar_days::*;
use pieces::*;
pub(crate) use pieces::{birth_year, listed_month_period, months_listed_after};
pub(crate) use quarters::*;
pub(crate) use ranges::*;
pub(crate) use seasons::*;
pub(crate) use spans::*;
pub(crate) use words::*;

/// What a period holds within its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One day: month and day.
    Day(u32, u32),
    /// Days `first..=last` of a month.
    Days(u32, u32, u32),
    /// A month, or a part of it (days 1-10, 11-20, 21 to the end).
    Month(u32, Option<Part>),
    /// Months `first..=last`.
    Months(u32, u32),
}

/// A leap year, to ask whether a day and month exist in some year.
pub(crate) const LEAP_YEAR: i32 = 2000;

/// The most months a count before a year may be (`9 tháng năm 2018`, the
/// first nine months; `11 tháng 2025`): a count of twelve is the whole
/// year, so `12 tháng năm 2017` is the twelfth of May.
pub(crate) const MONTHS_COUNTED_BEFORE_YEAR: u32 = 11;

/// The most days a range whose first end is a day alone, after the day of
/// its last end, may span into that end's month from the month before
/// (`từ ngày 25 đến 3/5`, `Đêm 30 tới rạng sáng 1/5`); further apart, the
/// first end is no day of the range (`từ tối 17 đến sáng 16/2`).
pub(crate) const MONTH_TURN_DAYS: u32 = 15;

/// The month before `month` when a range from its day `day` to the day
/// `last` of `month` spans at most [`MONTH_TURN_DAYS`] days (`day` after
/// `last`), in a leap year for February.
pub(crate) fn month_before_range(month: u32, day: u32, last: u32) -> Option<u32> {
    let before = if month == 1 {
        12
    } else {
        month.checked_sub(1)?
    };
    let days = month_end(LEAP_YEAR, before)?.day();
    (day > last && day <= days && days - day + last <= MONTH_TURN_DAYS).then_some(before)
}

/// The last day of a month.
fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

impl Shape {
    /// Its first and last days in `year`.
    fn in_year(self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d);
        match self {
            Shape::Day(m, d) => Some((ymd(m, d)?, ymd(m, d)?)),
            Shape::Days(m, a, b) => Some((ymd(m, a)?, ymd(m, b)?)),
            Shape::Month(m, None) => Some((ymd(m, 1)?, month_end(year, m)?)),
            Shape::Month(m, Some(part)) => {
                let (a, b) = part.days_of_month(month_end(year, m)?.day());
                Some((ymd(m, a)?, ymd(m, b)?))
            }
            Shape::Months(a, b) => Some((ymd(a, 1)?, month_end(year, b)?)),
        }
    }
}

/// Days from `day` to the span `start..=end` (0 inside it).
fn distance(day: NaiveDate, (start, end): (NaiveDate, NaiveDate)) -> i64 {
    if day < start {
        (start - day).num_days()
    } else if day > end {
        (day - end).num_days()
    } else {
        0
    }
}

/// A period resolved: its days, and how its year was had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub relative: bool,
    pub year_inferred: bool,
}

impl Resolved {
    fn unknown(relative: bool) -> Self {
        Resolved {
            start: None,
            end: None,
            relative,
            year_inferred: false,
        }
    }

    /// Whether, under a dateline `now`, the period has no start or starts
    /// after its day: no start of a period up to now.
    fn starts_after(self, now: Option<NaiveDate>) -> bool {
        now.is_some_and(|d| self.start.map_or(true, |s| s > d))
    }

    fn value(self) -> MentionValue {
        MentionValue::Period {
            start: self.start,
            end: self.end,
            relative: self.relative,
            year_inferred: self.year_inferred,
        }
    }
}

/// A piece of a period as written: a shape in a year, or days counted from
/// the dateline (weeks, months, `nay`), already resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece {
    Calendar {
        shape: Shape,
        year: Year,
        /// Whether a missing year is the one nearest the dateline (days,
        /// months, quarters) rather than the dateline's own (`đầu năm`,
        /// `6 tháng cuối năm`).
        nearest: bool,
    },
    Counted(Resolved),
}

impl Piece {
    /// One day already resolved (`relative`: counted from the dateline;
    /// `year_inferred`: its year taken from the dateline).
    fn day(date: Option<NaiveDate>, relative: bool, year_inferred: bool) -> Self {
        Piece::Counted(Resolved {
            start: date,
            end: date,
            relative,
            year_inferred,
        })
    }

    fn calendar(shape: Shape, year: Year, nearest: bool) -> Self {
        Piece::Calendar {
            shape,
            year,
            nearest,
        }
    }

    /// The year the piece stands in, and whether it was inferred.
    pub(crate) fn year_of(self, dateline: Option<NaiveDate>) -> Option<(i32, bool)> {
        let Piece::Calendar {
            shape,
            year,
            nearest,
        } = self
        else {
            return None;
        };
        match year {
            Year::Written(y) => Some((y, false)),
            Year::Relative(n) => Some((dateline?.year() + n, false)),
            Year::Referred => None,
            Year::Missing => {
                let d = dateline?;
                let y = d.year();
                if !nearest {
                    return Some((y, true));
                }
                [y, y - 1, y + 1]
                    .into_iter()
                    .filter_map(|y| Some((y, distance(d, shape.in_year(y)?))))
                    .min_by_key(|&(_, far)| far)
                    .map(|(y, _)| (y, true))
            }
        }
    }

    fn relative(self) -> bool {
        match self {
            Piece::Calendar { year, .. } => matches!(year, Year::Relative(_)),
            Piece::Counted(r) => r.relative,
        }
    }

    /// The piece on its own.
    pub(crate) fn resolve(self, dateline: Option<NaiveDate>) -> Resolved {
        match self {
            Piece::Counted(r) => r,
            Piece::Calendar { shape, .. } => match self.year_of(dateline) {
                Some((y, inferred)) => {
                    let days = shape.in_year(y);
                    Resolved {
                        start: days.map(|d| d.0),
                        end: days.map(|d| d.1),
                        relative: self.relative(),
                        year_inferred: inferred,
                    }
                }
                None => Resolved::unknown(self.relative()),
            },
        }
    }

    /// The piece as the start of a period up to the dateline's day (`từ
    /// tháng 3 đến nay`): a year not written is the latest that puts its
    /// start on or before the dateline's day, the year before the nearest
    /// when the nearest is still to come.
    pub(crate) fn resolve_until_now(self, dateline: Option<NaiveDate>) -> Resolved {
        let resolved = self.resolve(dateline);
        let (Some(now), Some(start)) = (dateline, resolved.start) else {
            return resolved;
        };
        match self {
            Piece::Calendar {
                shape,
                year: Year::Missing,
                ..
            } if start > now => match shape.in_year(start.year() - 1) {
                Some((start, end)) if start <= now => Resolved {
                    start: Some(start),
                    end: Some(end),
                    ..resolved
                },
                _ => resolved,
            },
            _ => resolved,
        }
    }

    /// The piece in a given year.
    fn in_year(self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Piece::Calendar { shape, .. } => shape.in_year(year),
            Piece::Counted(r) => Some((r.start?, r.end?)),
        }
    }

    /// Whether the piece's year is one the text spoke of before (`năm đó`).
    fn referred(self) -> bool {
        matches!(
            self,
            Piece::Calendar {
                year: Year::Referred,
                ..
            }
        )
    }

    fn written_year(self) -> bool {
        matches!(
            self,
            Piece::Calendar {
                year: Year::Written(_) | Year::Relative(_) | Year::Referred,
                ..
            }
        )
    }
}

/// `from..=to` as one period: a piece without its year takes the other's
/// (the year before or after when that keeps the order), or both the one
/// nearest the dateline.
fn join(from: Piece, to: Piece, dateline: Option<NaiveDate>) -> Option<Resolved> {
    let relative = from.relative() || to.relative();
    let calendar = |p: Piece| matches!(p, Piece::Calendar { .. });
    if !(calendar(from) && calendar(to)) {
        let (a, b) = (from.resolve(dateline), to.resolve(dateline));
        if let (Some(s), Some(e)) = (a.start, b.end) {
            if s > e {
                return None;
            }
        }
        return Some(Resolved {
            start: a.start,
            end: b.end,
            relative,
            year_inferred: a.year_inferred || b.year_inferred,
        });
    }
    let years = if to.written_year() {
        to.year_of(dateline).and_then(|(to_year, inferred)| {
            let to_days = to.in_year(to_year)?;
            let from_year = if from.written_year() {
                from.year_of(dateline)?.0
            } else {
                [to_year, to_year - 1]
                    .into_iter()
                    .find(|&y| from.in_year(y).is_some_and(|a| a.0 <= to_days.1))?
            };
            Some((from.in_year(from_year)?, to_days, inferred))
        })
    } else {
        from.year_of(dateline).and_then(|(from_year, inferred)| {
            let from_days = from.in_year(from_year)?;
            let to_days = [from_year, from_year + 1]
                .into_iter()
                .find_map(|y| to.in_year(y).filter(|b| b.1 >= from_days.0))?;
            Some((from_days, to_days, inferred))
        })
    };
    let Some((from_days, to_days, inferred)) = years else {
        // No year to be had (no dateline, or a year the text spoke of
        // before: `từ tháng 3 đến tháng 5 năm đó`): the kind and text stay.
        return (dateline.is_none() || from.referred() || to.referred())
            .then_some(Resolved::unknown(relative));
    };
    if from_days.0 > to_days.1 {
        return None;
    }
    Some(Resolved {
        start: Some(from_days.0),
        end: Some(to_days.1),
        relative,
        year_inferred: inferred,
    })
}

/// Whether `prev` counts what follows (`2 năm trước`, `vài tuần sau`, `hai
/// tháng tới`): then `năm trước` is no last year.
pub(crate) fn is_count(prev: &str) -> bool {
    // A count has at most three digits (`3 tháng`, `24 tháng`); a year has
    // four (`năm 2025, tháng Hai`).
    let digits = prev.bytes().rev().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        return true;
    }
    let first = prev.as_bytes().first().map_or(0, |b| usize::from(*b));
    let may = |starts: &[u64; 256]| starts.get(first).is_some_and(|m| *m != 0);
    (may(&COUNT_WORDS.starts) && COUNT_WORDS.contains(prev))
        || (may(&NUMBER_WORDS.starts)
            // `không` (zero) counts nothing: `trên không tháng 12` is in
            // the air in December.
            && number_in_words(false)(prev).is_ok_and(|(rest, n)| rest.is_empty() && n > 0))
}

/// The Monday of `day`'s week.
fn monday(day: NaiveDate) -> Option<NaiveDate> {
    day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday())))
}

/// `day` moved by `n` months (the last day of a shorter month for a day
/// it does not have).
pub(crate) fn add_months(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    let months = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        day.checked_add_months(months)
    } else {
        day.checked_sub_months(months)
    }
}

/// The date with this day and month nearest to `anchor`, in the year before,
/// the same year or the year after.
pub(crate) fn nearest_year(anchor: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let y = anchor.year();
    // Two years each way, for `29/2`.
    [y, y - 1, y + 1, y - 2, y + 2]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - anchor).num_days().abs())
}

/// `day` moved by `n` days.
pub(crate) fn add_days(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        day.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// A week, month or year counted from the dateline's: `tuần này`,
/// `tuần trước`, `tuần qua` (the seven days ending on the dateline's day;
/// `tháng qua`, `năm qua` the month and year so), `tháng tới`, `năm
/// ngoái`.
fn counted(unit: &'static str, n: Option<i32>, dateline: Option<NaiveDate>) -> Resolved {
    let Some(d) = dateline else {
        return Resolved::unknown(true);
    };
    let days = match (unit, n) {
        (WEEK_WORD, None) => add_days(d, -6).map(|s| (s, d)),
        (WEEK_WORD, Some(n)) => monday(d)
            .and_then(|m| add_days(m, 7 * i64::from(n)))
            .and_then(|s| Some((s, add_days(s, 6)?))),
        (MONTH_WORD, Some(n)) => d
            .with_day(1)
            .and_then(|f| add_months(f, i64::from(n)))
            .and_then(|f| Some((f, month_end(f.year(), f.month())?))),
        (_, Some(n)) => Shape::Months(1, 12).in_year(d.year() + n),
        // `tháng qua`, `năm qua`: the month or year ending on the
        // dateline's day.
        (MONTH_WORD, None) => add_months(d, -1).and_then(|s| s.succ_opt()).map(|s| (s, d)),
        (_, None) => add_months(d, -12)
            .and_then(|s| s.succ_opt())
            .map(|s| (s, d)),
    };
    Resolved {
        start: days.map(|x| x.0),
        end: days.map(|x| x.1),
        relative: true,
        year_inferred: false,
    }
}

/// Which period a word opens: the grammar tried at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodWord {
    /// `từ`: a range.
    From,
    /// `đến`, `tới`: `đến hết tháng 9`.
    To,
    /// `đầu`, `cuối`, `nửa`, `thượng tuần`...: a part of a month or year.
    Part,
    /// A number: `6 tháng đầu năm`.
    Count,
    /// `tháng`.
    Month,
    /// `năm`.
    Year,
    /// `tuần`.
    Week,
    /// `những năm`, `thập niên`: a decade; `thế kỷ`: a century.
    Decade,
}

/// The period mention opening at `i` with the word `kind`. `prev` is the
/// word before it.
pub(crate) fn period<'a>(
    i: &'a str,
    kind: PeriodWord,
    prev: &str,
    ctx: Option<NaiveDate>,
) -> Res<'a, MentionValue> {
    let (rest, resolved) = match kind {
        PeriodWord::From => range(i, ctx)?,
        PeriodWord::To => until(i, ctx)?,
        PeriodWord::Decade => decade(i, ctx).or_else(|_| century(i, ctx))?,
        _ => {
            let (rest, piece) = match kind {
                PeriodWord::Part => part_piece(i, prev, ctx).or_else(|_| week_part(i, ctx))?,
                PeriodWord::Count => {
                    months_of_year(i).or_else(|_| days_of_month_or_year(i, ctx))?
                }
                PeriodWord::Month => {
                    let (rest, piece) = month_piece(i, prev, ctx)?;
                    if let Some((rest, joined)) = month_to_month(rest, piece, ctx) {
                        return ends_in(i, rest, joined);
                    }
                    (rest, piece)
                }
                PeriodWord::Year => year_piece(i, prev, ctx)?,
                _ => week_piece(i, prev, ctx)?,
            };
            let until = up_to_now(rest).map(|after| (after, piece.resolve_until_now(ctx)));
            match until {
                Some((after, r)) if !r.starts_after(ctx) => (after, until_now(r, ctx)),
                _ => (rest, piece.resolve(ctx)),
            }
        }
    };
    ends_in(i, rest, resolved)
}

/// The period `resolved`, read from `i` up to `rest`, when it ends
/// cleanly there.
fn ends_in<'a>(i: &'a str, rest: &'a str, resolved: Resolved) -> Res<'a, MentionValue> {
    if !super::mention::ends_cleanly(rest) {
        return fail(i);
    }
    Ok((rest, resolved.value()))
}

/// `tháng 1 đến tháng 3/2025`, `tháng 10 - tháng 12`: the month `from`,
/// read up to `rest`, and a month after `đến`, `tới` or a dash, as one
/// period as after `từ` (the first month takes the last one's year); not
/// a year written on one end and counted from the dateline on the other
/// (`tháng 12/2023 - tháng 1 năm sau`: the year after 2023, not the
/// dateline's).
fn month_to_month(rest: &str, from: Piece, ctx: Option<NaiveDate>) -> Option<(&str, Resolved)> {
    let (after, ()) = range_joiner(rest).ok()?;
    let (rest, to) = month_piece(after, "", ctx).ok()?;
    let mixed = (from.written_year() && to.relative()) || (to.written_year() && from.relative());
    if mixed {
        return None;
    }
    Some((rest, join(from, to, ctx)?))
}
