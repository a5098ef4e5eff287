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
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

use super::common::{ch, dash, fail, is_one_of, number, one_of_starting, sp0, sp1, word, Res};
use crate::lunar;
use crate::model::MentionValue;
use crate::vocab::{
    place, Count, Part, AND_UNITS, AND_UNITS_STARTS, COUNTED_NOUNS, COUNTED_NOUN_STARTS, COUNTS,
    COUNT_STARTS, COUNT_WORDS, COUNT_WORD_STARTS, DAY_UNITS, DAY_UNIT_STARTS, DAY_WORD,
    EARLY_DAY_WORDS, EARLY_DAY_WORD_STARTS, END_OF, FIRST, FULL_MOON, HUNDRED, LAST, LEAP, LUNAR,
    MONTH_NAMES, MONTH_NAME_STARTS, MONTH_WORD, NEW_YEAR, NOT_CALENDAR_YEAR,
    NOT_CALENDAR_YEAR_STARTS, NOW, NUMBER_WORDS, NUMBER_WORD_STARTS, OF, PARTS, PART_STARTS, PAST,
    RANGE_FROM, RANGE_TO, RANGE_TO_STARTS, RELATIVE_DAYS, RELATIVE_DAY_STARTS, RELATIVE_UNITS,
    RELATIVE_UNIT_STARTS, TEN, TENS, THOUSAND, THOUSAND_STARTS, TOMORROW, WEEK_WORD, YEAR_WORD,
};

/// A unit in words that may stand at `allowed` places, with its value.
fn unit_word(allowed: u8) -> impl Fn(&str) -> Res<'_, u32> {
    move |i: &str| {
        let (rest, (value, places)) = one_of_starting(NUMBER_WORDS, &NUMBER_WORD_STARTS)(i)?;
        if places & allowed == 0 {
            return fail(i);
        }
        Ok((rest, value))
    }
}

/// A number from 1 to 99 in words: `bảy`, `mười`, `mười lăm`, `hai mươi`,
/// `hai mươi mốt`, `ba mươi`; with `ordinal`, `tư` for four too (`tháng
/// tư`, `quý tư`).
pub(crate) fn number_in_words(ordinal: bool) -> impl Fn(&str) -> Res<'_, u32> {
    move |i: &str| {
        if let Ok((rest, _)) = word(TEN)(i) {
            return match preceded(sp1, unit_word(place::AFTER_TEN)).parse(rest) {
                Ok((rest, unit)) => Ok((rest, 10 + unit)),
                Err(_) => Ok((rest, 10)),
            };
        }
        let alone = if ordinal {
            place::ALONE | place::ORDINAL
        } else {
            place::ALONE
        };
        let (rest, tens) = unit_word(alone)(i)?;
        if tens >= 2 {
            if let Ok((rest, _)) = (sp1, word(TENS)).parse(rest) {
                return match preceded(sp1, unit_word(place::AFTER_TENS)).parse(rest) {
                    Ok((rest, unit)) => Ok((rest, tens * 10 + unit)),
                    Err(_) => Ok((rest, tens * 10)),
                };
            }
        }
        Ok((rest, tens))
    }
}

/// A year in words: `hai nghìn hai mươi tư` (2024), `một nghìn chín trăm
/// bảy mươi lăm` (1975), `hai nghìn không trăm linh năm` (2005), `hai
/// nghìn` (2000).
pub(crate) fn year_in_words(i: &str) -> Res<'_, i32> {
    let (i, thousands) = unit_word(place::ALONE)(i)?;
    let (i, _) = (sp1, one_of_starting(THOUSAND, &THOUSAND_STARTS)).parse(i)?;
    if !(1..=2).contains(&thousands) {
        return fail(i);
    }
    let mut year = thousands * 1000;
    let mut i = i;
    if let Ok((rest, hundreds)) = preceded(sp1, (unit_word(place::ALONE), sp1, word(HUNDRED)))
        .map(|(h, _, _)| h)
        .parse(i)
    {
        year += hundreds * 100;
        i = rest;
        if let Ok((rest, unit)) = preceded(
            (sp1, one_of_starting(AND_UNITS, &AND_UNITS_STARTS), sp1),
            unit_word(place::ALONE),
        )
        .parse(i)
        {
            return Ok((rest, (year + unit) as i32));
        }
    }
    if let Ok((rest, rest_of)) = preceded(sp1, number_in_words(false)).parse(i) {
        if rest_of >= 10 {
            return Ok((rest, (year + rest_of) as i32));
        }
    }
    Ok((i, year as i32))
}

/// A month after `tháng`: `9`, `09`, `Giêng`, `Chạp`, `Mười Một`, `tư`, in
/// any case. `năm` (May) only when no year or relative word follows
/// (`tháng năm nay` is no May).
pub(crate) fn month_number(i: &str) -> Res<'_, u32> {
    if let Ok((rest, m)) = number(1, 2)(i) {
        return if (1..=12).contains(&m) {
            Ok((rest, m))
        } else {
            fail(i)
        };
    }
    if let Ok(found) = one_of_starting(MONTH_NAMES, &MONTH_NAME_STARTS)(i) {
        return Ok(found);
    }
    let (rest, m) = number_in_words(true)(i)?;
    if !(1..=12).contains(&m) {
        return fail(i);
    }
    // `mỗi tháng một lần`: a count.
    if counted_noun_follows(rest) {
        return fail(i);
    }
    if m == 5 && word(YEAR_WORD)(i).is_ok() {
        let next = sp1(rest).map(|(r, _)| r).unwrap_or("");
        let taken = next.starts_with(|c: char| c.is_ascii_digit())
            || one_of_starting(RELATIVE_UNITS, &RELATIVE_UNIT_STARTS)(next).is_ok()
            || one_of_starting(NOT_CALENDAR_YEAR, &NOT_CALENDAR_YEAR_STARTS)(next).is_ok()
            || word(PAST)(next).is_ok();
        if taken {
            return fail(i);
        }
    }
    Ok((rest, m))
}

/// Whether a noun that counts follows (`một lần`, `hai người`, `một năm`);
/// not `năm` before its year (`tháng một năm 2025`).
pub(crate) fn counted_noun_follows(rest: &str) -> bool {
    let next = sp1(rest).map(|(r, _)| r).unwrap_or("");
    one_of_starting(COUNTED_NOUNS, &COUNTED_NOUN_STARTS)(next).is_ok() && year_after(rest).is_err()
}

/// A year as written: given, counted from the dateline's, or not written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Year {
    Written(i32),
    Relative(i32),
    Missing,
}

/// `nay`, `ngoái`, `trước`, `tới`, `sau` after `năm`: years from the
/// dateline's (`này` is for weeks and months).
pub(crate) fn relative_unit(i: &str) -> Res<'_, i32> {
    one_of_starting(RELATIVE_UNITS, &RELATIVE_UNIT_STARTS)(i)
}

/// A four-digit year that ends its word and opens no range of years
/// (`2023-2024`) or code (`2024/QĐ`).
fn year4(i: &str) -> Res<'_, i32> {
    let (rest, y) = number(4, 4)(i)?;
    let mut chars = rest.chars();
    let ends = match chars.next() {
        None => true,
        Some(c) if super::common::is_word_char(c) => false,
        Some('/' | '-' | '–' | '.' | ',') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    };
    if ends {
        Ok((rest, y as i32))
    } else {
        fail(i)
    }
}

/// The year after a month or a quarter: `/2024`, `-2024`, ` năm 2024`,
/// `, năm 2024`, ` của năm 2021`, ` năm nay`, ` năm ngoái`.
pub(crate) fn year_after(i: &str) -> Res<'_, Year> {
    alt((
        preceded(alt((ch('/'), dash, ch('.'))), year4).map(Year::Written),
        preceded(
            (
                sp0,
                opt(ch(',')),
                sp0,
                opt((word(OF), sp1)),
                word(YEAR_WORD),
                sp1,
            ),
            alt((
                year4.map(Year::Written),
                relative_unit.map(Year::Relative),
                year_in_words.map(Year::Written),
            )),
        ),
    ))
    .parse(i)
}

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
            Shape::Month(m, Some(Part::Early)) => Some((ymd(m, 1)?, ymd(m, 10)?)),
            Shape::Month(m, Some(Part::Middle)) => Some((ymd(m, 11)?, ymd(m, 20)?)),
            Shape::Month(m, Some(Part::Late)) => Some((ymd(m, 21)?, month_end(year, m)?)),
            Shape::Month(_, Some(_)) => None,
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

    /// The piece in a given year.
    fn in_year(self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Piece::Calendar { shape, .. } => shape.in_year(year),
            Piece::Counted(r) => Some((r.start?, r.end?)),
        }
    }

    fn written_year(self) -> bool {
        matches!(
            self,
            Piece::Calendar {
                year: Year::Written(_) | Year::Relative(_),
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
        // No year to be had (no dateline): the kind and text stay.
        return dateline.is_none().then_some(Resolved::unknown(relative));
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
fn is_count(prev: &str) -> bool {
    // A count has at most three digits (`3 tháng`, `24 tháng`); a year has
    // four (`năm 2025, tháng Hai`).
    let digits = prev.bytes().rev().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        return true;
    }
    let first = prev.as_bytes().first().map_or(0, |b| usize::from(*b));
    let may = |starts: &[u64; 256]| starts.get(first).is_some_and(|m| *m != 0);
    (may(&COUNT_WORD_STARTS) && is_one_of(prev, COUNT_WORDS, &COUNT_WORD_STARTS))
        || (may(&NUMBER_WORD_STARTS)
            && number_in_words(false)(prev).is_ok_and(|(rest, _)| rest.is_empty()))
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

/// `day` moved by `n` days.
fn add_days(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        day.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// A week, month or year counted from the dateline's: `tuần này`,
/// `tuần trước`, `tuần qua` (the seven days ending on the dateline's day),
/// `tháng tới`, `năm ngoái`.
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
        _ => None,
    };
    Resolved {
        start: days.map(|x| x.0),
        end: days.map(|x| x.1),
        relative: true,
        year_inferred: false,
    }
}

/// `tháng 9/2024`, `tháng 5-2020`, `tháng 9 năm 2024`, `tháng Mười Một`,
/// `tháng 9`; `tháng này`, `tháng trước`, `tháng tới`.
fn month_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    // `mỗi tháng 2 lần`, `3 tháng`: months counted.
    if is_count(prev) {
        return fail(i);
    }
    let (i, _) = (word(MONTH_WORD), sp1).parse(i)?;
    if let Ok((rest, n)) = relative_unit(i) {
        return Ok((rest, Piece::Counted(counted(MONTH_WORD, Some(n), ctx))));
    }
    let (i, m) = month_number(i)?;
    // `tháng 1 2024`: the year after a space too.
    let (i, year) = opt(alt((year_after, preceded(sp1, year4).map(Year::Written)))).parse(i)?;
    Ok((
        i,
        Piece::calendar(Shape::Month(m, None), year.unwrap_or(Year::Missing), true),
    ))
}

/// `năm 2024`, `năm nay`, `năm ngoái`, `năm tới`: a whole year. Not
/// `năm học 2023-2024` nor `2 năm trước`.
fn year_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    let (i, _) = (word(YEAR_WORD), sp1).parse(i)?;
    if let Ok((rest, y)) = alt((year4, year_in_words)).parse(i) {
        return Ok((
            rest,
            Piece::calendar(Shape::Months(1, 12), Year::Written(y), false),
        ));
    }
    let (rest, n) = relative_unit(i)?;
    if is_count(prev) {
        return fail(i);
    }
    Ok((rest, Piece::Counted(counted(YEAR_WORD, Some(n), ctx))))
}

/// `tuần này`, `tuần trước`, `tuần tới`, `tuần sau`, `tuần qua`.
fn week_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    if is_count(prev) {
        return fail(i);
    }
    let (i, _) = (word(WEEK_WORD), sp1).parse(i)?;
    let (i, n) = alt((relative_unit.map(Some), word(PAST).map(|_| None))).parse(i)?;
    Ok((i, Piece::Counted(counted(WEEK_WORD, n, ctx))))
}

/// `cuối tuần`, `cuối tuần này`, `cuối tuần trước`, `cuối tuần qua`: the
/// Saturday and Sunday of the dateline's week (or the one before or
/// after).
fn weekend(i: &str, ctx: Option<NaiveDate>) -> Res<'_, Piece> {
    let (i, _) = (word(LAST), sp1, word(WEEK_WORD)).parse(i)?;
    // `qua`: the last weekend over by the dateline's day.
    let last = ctx.map_or(-1, |d| {
        if d.weekday() == chrono::Weekday::Sun {
            0
        } else {
            -1
        }
    });
    let (i, n) = opt(preceded(
        sp1,
        alt((relative_unit, word(PAST).map(|_| last))),
    ))
    .parse(i)?;
    let week = counted(WEEK_WORD, Some(n.unwrap_or(0)), ctx);
    Ok((
        i,
        Piece::Counted(Resolved {
            start: week.start.and_then(|m| add_days(m, 5)),
            ..week
        }),
    ))
}

/// The year of a part or a count of months: `năm 2024`, `năm nay`, or
/// `năm` alone (the dateline's year); not `năm học`.
fn year_of_part(i: &str) -> Res<'_, Year> {
    let (i, _) = word(YEAR_WORD)(i)?;
    if let Ok((rest, y)) = preceded(
        sp1,
        alt((year4.map(Year::Written), relative_unit.map(Year::Relative))),
    )
    .parse(i)
    {
        return Ok((rest, y));
    }
    let next = sp1(i).map(|(r, _)| r).unwrap_or("");
    if one_of_starting(NOT_CALENDAR_YEAR, &NOT_CALENDAR_YEAR_STARTS)(next).is_ok() {
        return fail(i);
    }
    Ok((i, Year::Missing))
}

/// `đầu tháng 8`, `hạ tuần tháng 8/2024`, `cuối tháng này`, `đầu năm`,
/// `cuối năm 2023`, `nửa đầu năm`, `nửa cuối năm 2023`.
fn part_piece<'a>(i: &'a str, prev: &str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    // `hàng đầu năm 2024` (leading in 2024) holds no start of a year.
    if is_count(prev) {
        return fail(i);
    }
    let (i, part) = one_of_starting(PARTS, &PART_STARTS)(i)?;
    let (i, _) = sp1(i)?;
    if let Ok((rest, piece)) = month_piece(i, "", ctx) {
        let days = match (piece, part) {
            (_, Part::FirstHalf | Part::SecondHalf) => return fail(i),
            (
                Piece::Calendar {
                    shape: Shape::Month(m, None),
                    year,
                    ..
                },
                _,
            ) => Piece::calendar(Shape::Month(m, Some(part)), year, true),
            (Piece::Counted(r), _) => {
                let (Some(first), Some(last)) = (r.start, r.end) else {
                    return Ok((rest, Piece::Counted(r)));
                };
                let (a, b) = match part {
                    Part::Early => (1, 10),
                    Part::Middle => (11, 20),
                    _ => (21, last.day()),
                };
                Piece::Counted(Resolved {
                    start: first.with_day(a),
                    end: first.with_day(b),
                    ..r
                })
            }
            _ => return fail(i),
        };
        return Ok((rest, days));
    }
    let (rest, year) = year_of_part(i)?;
    let months = match part {
        Part::Early => (1, 3),
        Part::Late => (10, 12),
        Part::FirstHalf => (1, 6),
        Part::SecondHalf => (7, 12),
        // `giữa năm`: the middle two quarters.
        Part::Middle => (4, 9),
    };
    Ok((
        rest,
        Piece::calendar(Shape::Months(months.0, months.1), year, false),
    ))
}

/// `6 tháng đầu năm 2024`, `9 tháng cuối năm`, `sáu tháng đầu năm nay`.
fn months_of_year(i: &str) -> Res<'_, Piece> {
    let (i, n) = alt((number(1, 2), number_in_words(false))).parse(i)?;
    if !(1..=11).contains(&n) {
        return fail(i);
    }
    let (i, _) = (sp1, word(MONTH_WORD), sp1).parse(i)?;
    // `9 tháng năm 2018`: the first months, `đầu` left out before a year.
    let (i, first) = match alt((word(FIRST).map(|_| true), word(LAST).map(|_| false))).parse(i) {
        Ok((rest, first)) => (sp1(rest)?.0, first),
        Err(_)
            if (word(YEAR_WORD), sp1, alt((year4.map(|_| 0), relative_unit)))
                .parse(i)
                .is_ok() =>
        {
            (i, true)
        }
        Err(e) => return Err(e),
    };
    let (i, year) = year_of_part(i)?;
    let months = if first { (1, n) } else { (13 - n, 12) };
    Ok((
        i,
        Piece::calendar(Shape::Months(months.0, months.1), year, false),
    ))
}

/// A day as a range writes it: `ngày 12-6`, `12/6`, `3/7/2024`,
/// `18-3-2021`, `ngày 2 tháng 4 năm 2024`.
fn day_piece(i: &str) -> Res<'_, Piece> {
    let (i, _) = opt((word(DAY_WORD), sp1)).parse(i)?;
    if let Ok((rest, d)) = super::dateline::date_dmy(i) {
        return Ok((
            rest,
            Piece::calendar(Shape::Day(d.month, d.day), Year::Written(d.year), true),
        ));
    }
    let (i, day) = number(1, 2)(i)?;
    let (i, month) = alt((
        preceded(alt((ch('/'), ch('-'), ch('.'))), number(1, 2)),
        preceded((sp1, word(MONTH_WORD), sp1), month_number),
    ))
    .parse(i)?;
    let (i, year) = opt(alt((
        preceded(
            (sp0, opt(ch(',')), sp0, word(YEAR_WORD), sp1),
            alt((year4.map(Year::Written), relative_unit.map(Year::Relative))),
        ),
        preceded(alt((ch('/'), ch('-'))), year4).map(Year::Written),
    )))
    .parse(i)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return fail(i);
    }
    Ok((
        i,
        Piece::calendar(Shape::Day(month, day), year.unwrap_or(Year::Missing), true),
    ))
}

/// A piece that may open or close a range.
fn range_piece<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    // `từ mùng 1 Tết đến ...`: a lunar day, as its Gregorian day (only
    // after `rằm`, `mùng`, `mồng` or `ngày`).
    let may_be_lunar = matches!(
        i.as_bytes().first().map(|b| b | 0x20),
        Some(b'r' | b'm' | b'n')
    );
    let lunar = if may_be_lunar {
        lunar_date(i, ctx).ok()
    } else {
        None
    };
    if let Some((
        rest,
        MentionValue::LunarDate {
            date,
            year_inferred,
            ..
        },
    )) = lunar
    {
        return Ok((
            rest,
            Piece::Counted(Resolved {
                start: date,
                end: date,
                relative: false,
                year_inferred,
            }),
        ));
    }
    if let Ok(found) = part_piece(i, "", ctx) {
        return Ok(found);
    }
    if let Ok(found) = month_piece(i, "", ctx) {
        return Ok(found);
    }
    if let Ok(found) = year_piece(i, "", ctx) {
        return Ok(found);
    }
    day_piece(i)
}

/// `từ ngày 12-6 đến 3-7`, `từ 12/6 đến ngày 3/7/2024`, `từ tháng 5-2020
/// đến ngày 18-3-2021`, `từ đầu năm đến 30/9`, `từ đầu năm 2019 đến nay`,
/// `từ ngày 12 đến 15/6`, `từ năm 2019 đến 2024`.
fn range<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Resolved> {
    let (i, _) = (word(RANGE_FROM), sp1).parse(i)?;
    let bare_day = |i| -> Res<'_, u32> {
        let (i, _) = opt((word(DAY_WORD), sp1)).parse(i)?;
        number(1, 2)(i)
    };
    let (i, from) = match range_piece(i, ctx) {
        Ok((rest, piece)) => (rest, Ok(piece)),
        Err(_) => {
            let (rest, day) = bare_day(i)?;
            (rest, Err(day))
        }
    };
    let (i, _) = (sp1, one_of_starting(RANGE_TO, &RANGE_TO_STARTS), sp1).parse(i)?;
    let (i, _) = opt((word(END_OF), sp1)).parse(i)?;
    if let Ok((rest, _)) = word(NOW)(i) {
        let from = from.map_err(|_| {
            nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
        })?;
        let start = from.resolve(ctx);
        let Some(end) = ctx else {
            return Ok((
                rest,
                Resolved {
                    end: None,
                    relative: true,
                    ..start
                },
            ));
        };
        if start.start.is_some_and(|s| s > end) {
            return fail(i);
        }
        return Ok((
            rest,
            Resolved {
                end: Some(end),
                relative: true,
                ..start
            },
        ));
    }
    let years_only = matches!(
        from,
        Ok(Piece::Calendar {
            shape: Shape::Months(1, 12),
            ..
        })
    );
    let (i, to) = match range_piece(i, ctx) {
        Ok(found) => found,
        Err(_) if years_only => {
            let (rest, y) = year4(i)?;
            (
                rest,
                Piece::calendar(Shape::Months(1, 12), Year::Written(y), false),
            )
        }
        Err(e) => return Err(e),
    };
    let from = match (from, to) {
        (Ok(piece), _) => piece,
        (
            Err(day),
            Piece::Calendar {
                shape: Shape::Day(m, _),
                year,
                nearest,
            },
        ) => Piece::calendar(
            Shape::Day(m, day),
            if year == Year::Missing {
                Year::Missing
            } else {
                year
            },
            nearest,
        ),
        _ => return fail(i),
    };
    match join(from, to, ctx) {
        Some(r) => Ok((i, r)),
        None => fail(i),
    }
}

/// `đến hết tháng 9/2024`, `tới hết năm nay`: from the dateline's day to the
/// end of a period.
fn until<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Resolved> {
    let (i, _) = (
        one_of_starting(RANGE_TO, &RANGE_TO_STARTS),
        sp1,
        word(END_OF),
        sp1,
    )
        .parse(i)?;
    let (i, piece) = range_piece(i, ctx)?;
    let end = piece.resolve(ctx);
    let start = ctx.filter(|d| !end.end.is_some_and(|e| *d > e));
    Ok((
        i,
        Resolved {
            start,
            end: end.end,
            relative: true,
            year_inferred: end.year_inferred,
        },
    ))
}

/// `ngày 3-4/6`, `12-15/6/2024`: days of one month (after a date word).
pub(crate) fn day_range(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, first) = number(1, 2)(i)?;
    let (i, _) = dash(i)?;
    let (i, last) = number(1, 2)(i)?;
    let (i, _) = ch('/')(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, year) = opt(preceded(ch('/'), year4)).parse(i)?;
    if !(1..=12).contains(&month) || first == 0 || first >= last || last > 31 {
        return fail(i);
    }
    if !super::mention::ends_cleanly(i) {
        return fail(i);
    }
    let piece = Piece::calendar(
        Shape::Days(month, first, last),
        year.map_or(Year::Missing, Year::Written),
        true,
    );
    let r = piece.resolve(ctx);
    if year.is_some() && r.start.is_none() {
        return fail(i);
    }
    Ok((i, r.value()))
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
        _ => {
            let (rest, piece) = match kind {
                PeriodWord::Part => part_piece(i, prev, ctx).or_else(|_| weekend(i, ctx))?,
                PeriodWord::Count => months_of_year(i)?,
                PeriodWord::Month => month_piece(i, prev, ctx)?,
                PeriodWord::Year => year_piece(i, prev, ctx)?,
                _ => week_piece(i, prev, ctx)?,
            };
            (rest, piece.resolve(ctx))
        }
    };
    if !super::mention::ends_cleanly(rest) {
        return fail(i);
    }
    Ok((rest, resolved.value()))
}

/// Days counted from the dateline's after a number: `3 ngày trước` (a
/// day), `3 ngày nữa` (a day), `7 ngày qua` (the seven days ending on the
/// dateline's), `2 tuần tới` (the fourteen days after it).
pub(crate) fn counted_days(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, n) = alt((number(1, 3), number_in_words(false))).parse(i)?;
    if let Ok(found) = counted_months(i, n, ctx) {
        return Ok(found);
    }
    let (i, unit) = preceded(sp1, one_of_starting(DAY_UNITS, &DAY_UNIT_STARTS)).parse(i)?;
    let (i, count) = preceded(sp1, one_of_starting(COUNTS, &COUNT_STARTS)).parse(i)?;
    if n == 0 || !super::mention::ends_cleanly(i) {
        return fail(i);
    }
    let days = i64::from(n) * i64::from(unit);
    let Ok(span) = i32::try_from(days) else {
        return fail(i);
    };
    let at = |k: i64| ctx.and_then(|d| add_days(d, k));
    let value = match count {
        Count::Ago => MentionValue::RelativeDate {
            date: at(-days),
            days: -span,
        },
        Count::Later => MentionValue::RelativeDate {
            date: at(days),
            days: span,
        },
        Count::Past => Resolved {
            start: at(1 - days),
            end: at(0),
            relative: true,
            year_inferred: false,
        }
        .value(),
        Count::Next => Resolved {
            start: at(1),
            end: at(days),
            relative: true,
            year_inferred: false,
        }
        .value(),
    };
    Ok((i, value))
}

/// `6 tháng qua`, `2 năm qua`, `1 tháng nay` (the months or years ending on
/// the dateline's day), `3 tháng tới` (those starting the day after it),
/// `3 tháng trước`, `2 năm nữa` (a day, under a dateline).
fn counted_months<'a>(i: &'a str, n: u32, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, months) = preceded(
        sp1,
        alt((
            word(MONTH_WORD).map(|_| n),
            word(YEAR_WORD).map(|_| n.saturating_mul(12)),
        )),
    )
    .parse(i)?;
    let (i, count) = preceded(sp1, one_of_starting(COUNTS, &COUNT_STARTS)).parse(i)?;
    if n == 0 || !super::mention::ends_cleanly(i) {
        return fail(i);
    }
    let shift = |d: NaiveDate, back: bool| {
        let n = i64::from(months);
        add_months(d, if back { -n } else { n })
    };
    let (start, end) = match count {
        Count::Past => (
            ctx.and_then(|d| shift(d, true))
                .and_then(|d| add_days(d, 1)),
            ctx,
        ),
        Count::Next => (
            ctx.and_then(|d| add_days(d, 1)),
            ctx.and_then(|d| shift(d, false)),
        ),
        // `3 tháng trước`, `2 năm nữa`: the day that many months back or on,
        // its distance in days known only from a dateline.
        Count::Ago | Count::Later => {
            let Some(d) = ctx else {
                return fail(i);
            };
            let Some(day) = shift(d, count == Count::Ago) else {
                return fail(i);
            };
            let Ok(days) = i32::try_from((day - d).num_days()) else {
                return fail(i);
            };
            return Ok((
                i,
                MentionValue::RelativeDate {
                    date: Some(day),
                    days,
                },
            ));
        }
    };
    Ok((
        i,
        Resolved {
            start,
            end,
            relative: true,
            year_inferred: false,
        }
        .value(),
    ))
}

/// A day counted from the dateline's: `hôm nay`, `hôm qua`, `ngày mai`,
/// `sáng nay`, `đêm qua`; `mai` before a part of day or a time.
pub(crate) fn relative_day(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    // A part of day before the day: `tối hôm qua`, `trưa ngày mai`.
    let day = match (
        one_of_starting(
            super::common::PARTS_OF_DAY,
            &super::common::PART_OF_DAY_STARTS,
        ),
        sp1,
    )
        .parse(i)
    {
        Ok((rest, _)) if one_of_starting(RELATIVE_DAYS, &RELATIVE_DAY_STARTS)(rest).is_ok() => rest,
        _ => i,
    };
    let (rest, days) = match one_of_starting(RELATIVE_DAYS, &RELATIVE_DAY_STARTS)(day) {
        Ok(found) => found,
        Err(_) => {
            let (rest, _) = word(TOMORROW)(i)?;
            let next = sp1(rest).map(|(r, _)| r).unwrap_or("");
            let before_time = next.starts_with(|c: char| c.is_ascii_digit())
                || one_of_starting(
                    super::common::PARTS_OF_DAY,
                    &super::common::PART_OF_DAY_STARTS,
                )(next)
                .is_ok();
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

/// A lunar month after `tháng`, whether it is the leap one (`tháng 4
/// nhuận`), and whether it was named (`Giêng`, `Chạp`: lunar months).
fn lunar_month(i: &str) -> Res<'_, (u32, bool, bool)> {
    let (i, (m, named)) = alt((
        one_of_starting(MONTH_NAMES, &MONTH_NAME_STARTS).map(|m| (m, true)),
        month_number.map(|m| (m, false)),
    ))
    .parse(i)?;
    let (i, leap) = opt(preceded(sp1, word(LEAP))).parse(i)?;
    Ok((i, (m, leap.is_some(), named)))
}

/// A sexagenary year name (`Giáp Thìn`), as its stem and branch.
fn sexagenary(i: &str) -> Res<'_, (usize, usize)> {
    for (s, stem) in lunar::STEMS.iter().enumerate() {
        let Ok((rest, _)) = (word(stem), sp1).parse(i) else {
            continue;
        };
        for (b, (name, other)) in lunar::BRANCHES.iter().enumerate() {
            if let Ok((rest, _)) = alt((word(name), word(other))).parse(rest) {
                return Ok((rest, (s, b)));
            }
        }
    }
    fail(i)
}

/// The lunar year after a lunar day: ` năm 2024`, ` năm Giáp Thìn`,
/// ` Giáp Thìn` (after `Tết`); whether it was a sexagenary name.
fn lunar_year<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, (Option<i32>, bool)> {
    let (i, _) = sp1(i)?;
    let (i, _) = opt((word(YEAR_WORD), sp1)).parse(i)?;
    if let Ok((rest, y)) = year4(i) {
        return Ok((rest, (Some(y), false)));
    }
    let (rest, (stem, branch)) = sexagenary(i)?;
    // Without a dateline the cycle of sixty years is not placed.
    let year = ctx.and_then(|d| lunar::sexagenary_year(stem, branch, d.year()));
    Ok((rest, (year, true)))
}

/// ` âm lịch`, ` (âm lịch)`, ` (AL)` after a lunar day.
fn lunar_mark(i: &str) -> Res<'_, ()> {
    let (i, _) = sp1(i)?;
    alt((
        word(LUNAR).map(|_| ()),
        (ch('('), sp0, word(LUNAR), sp0, ch(')')).map(|_| ()),
    ))
    .parse(i)
}

/// A day of the lunar calendar: `mùng 1 Tết`, `rằm tháng Giêng`, `rằm
/// tháng Bảy năm Giáp Thìn`, `mùng 10 tháng 3 âm lịch`, `ngày 23 tháng
/// Chạp`, `10/3 âm lịch`. A month written with digits is lunar only with
/// `âm lịch`; `Giêng` and `Chạp` are lunar months.
pub(crate) fn lunar_date<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    // The day: `rằm` (15th), or [mùng|mồng|ngày] and its number.
    let (i, day, full_moon) = match word(FULL_MOON)(i) {
        Ok((rest, _)) => (rest, 15, true),
        Err(_) => {
            let (i, _) = opt((
                alt((
                    one_of_starting(EARLY_DAY_WORDS, &EARLY_DAY_WORD_STARTS).map(|_| ()),
                    word(DAY_WORD).map(|_| ()),
                )),
                sp1,
            ))
            .parse(i)?;
            let (i, day) = number(1, 2)(i)?;
            (i, day, false)
        }
    };
    // The month: `Tết` (the first), `tháng M [nhuận]`, or `/M`, `-M`.
    let (i, (month, leap), named, tet) =
        if let Ok((rest, _)) = preceded(sp1, word(NEW_YEAR)).parse(i) {
            (rest, (1, false), true, true)
        } else if let Ok((rest, (m, leap, named))) =
            preceded((sp1, word(MONTH_WORD), sp1), lunar_month).parse(i)
        {
            (rest, (m, leap), named, false)
        } else if !full_moon {
            let (rest, m) = preceded(alt((ch('/'), ch('-'))), number(1, 2)).parse(i)?;
            (rest, (m, false), false, false)
        } else {
            return fail(i);
        };
    let (i, (year, named_year)) = match lunar_year(i, ctx) {
        Ok((rest, (y, named))) => (rest, (Some(y), named)),
        Err(_) => (i, (None, false)),
    };
    let (i, marked) = match lunar_mark(i) {
        Ok((rest, _)) => (rest, true),
        Err(_) => (i, false),
    };
    // Lunar by its words: `rằm`, `Tết`, `Giêng`/`Chạp`, `âm lịch`, a
    // sexagenary year.
    if !(full_moon || tet || named || marked || named_year || leap)
        || !(1..=12).contains(&month)
        || !(1..=30).contains(&day)
    {
        return fail(i);
    }
    if tet && day > 10 {
        return fail(i);
    }
    if !super::mention::ends_cleanly(i) {
        return fail(i);
    }
    let (lunar_year, inferred) = match year.flatten() {
        Some(y) => (Some(y), false),
        None => match ctx {
            Some(d) => {
                let ly = lunar::lunar_year_of(d);
                let best = [ly, ly - 1, ly + 1]
                    .into_iter()
                    .filter_map(|y| Some((y, lunar::to_gregorian(y, month, day, leap)?)))
                    .min_by_key(|&(_, g)| (g - d).num_days().abs())
                    .map(|(y, _)| y);
                (best, best.is_some())
            }
            None => (None, false),
        },
    };
    Ok((
        i,
        MentionValue::LunarDate {
            lunar_year,
            lunar_month: month,
            lunar_day: day,
            leap_month: leap,
            date: lunar_year.and_then(|y| lunar::to_gregorian(y, month, day, leap)),
            year_inferred: inferred,
        },
    ))
}

/// A date's year written as a word counted from the dateline's
/// (`dịp 2-9 năm nay`, `ngày 15-8 năm ngoái`): the years it adds.
pub(crate) fn relative_year(i: &str) -> Res<'_, i32> {
    preceded((sp1, word(YEAR_WORD), sp1), relative_unit).parse(i)
}
