//! The time of a dateline and of the running text: `07:35`, `7 giờ 35`,
//! `18h15`, `20g15p`, `bảy giờ rưỡi tối`, `9 giờ kém 10`, with AM/PM and
//! the part of day applied, and checked.

use super::*;

/// `07:35`, `09:30:00`, `18h15`, `7g30`, `20g15p`, `11 h45`, `7 giờ 35
/// (phút)`, `5 giờ rưỡi`, `9 giờ kém 10` (08:50), `bảy giờ mười lăm`, with
/// `AM`/`PM` or a part of day after it. An hour in words takes `giờ`.
pub(crate) fn time(i: &str) -> Res<'_, RawTime> {
    time_with(i, false)
}

/// A time after a word that announces one (`lúc 15h5 cùng ngày`, `khoảng
/// 9h5 sáng`): as [`time`], and one digit of minutes after the hour's
/// letter without its mark (`Mã 9h5` alone is no time).
pub(crate) fn announced_clock(i: &str) -> Res<'_, RawTime> {
    time_with(i, true)
}

/// [`time`]; `one_digit`: one digit of minutes after the hour's letter
/// needs no mark.
fn time_with(i: &str, one_digit: bool) -> Res<'_, RawTime> {
    let (i, hour, worded) = match number(1, 2)(i) {
        Ok((rest, h)) => (rest, h, false),
        Err(_) => {
            let (rest, h) = crate::parse::when::number_in_words(false)(i)?;
            (rest, h, true)
        }
    };
    let (i, after) = if worded {
        hours_word_minutes(i).map(|(i, (m, to))| (i, AfterHour::worded(m, to)))?
    } else {
        clock_minutes(i, one_digit)?
    };
    let AfterHour {
        minute,
        second,
        to_hour,
        clock,
    } = after;
    // `9 giờ kém 10`: ten minutes to nine; `0h kém 5`: five to midnight.
    let (hour, minute) = match minute {
        Some(m) if to_hour => (hour.checked_sub(1).unwrap_or(23), Some(60 - m)),
        _ => (hour, minute),
    };
    let has_minutes = minute.is_some();
    let (i, second) = minutes_and_seconds_words(i, has_minutes, second);
    let (i, meridiem) = opt(preceded(sp0, MERIDIEMS.starting())).parse(i)?;
    let (i, part) = if meridiem.is_none() {
        opt(preceded(sp1, PARTS_OF_DAY.starting())).parse(i)?
    } else {
        (i, None)
    };
    Ok((
        i,
        RawTime {
            hour,
            minute: minute.unwrap_or(0),
            second: second.unwrap_or(0),
            has_minutes,
            clock,
            in_words: !clock,
            meridiem,
            part,
        },
    ))
}

/// A time with a dot between the hour and two digits of minutes, as some
/// pages write it after `lúc` (`lúc 17.30`, `lúc 5.30 chiều`): never in a
/// dateline, where `15.6` may be a date. `with_part`: only with a part of
/// day after it (`khoảng 7.15 sáng`), which a decimal never has.
pub(crate) fn dotted_time(i: &str, with_part: bool) -> Res<'_, RawTime> {
    let (rest, (hour, _, minute)) = (number(1, 2), ch('.'), number(2, 2)).parse(i)?;
    let (rest, part) = opt(preceded(sp1, PARTS_OF_DAY.starting())).parse(rest)?;
    // `1.500`, `1.50.2`, `1.50,5`: a number goes on.
    let goes_on = rest.starts_with(|c: char| c.is_ascii_digit())
        || (rest.starts_with(['.', ','])
            && rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())));
    if hour > 23 || minute > 59 || goes_on || (with_part && part.is_none()) {
        return crate::parse::common::fail(i);
    }
    Ok((rest, RawTime::clock(hour, minute, part)))
}

/// What follows the hour.
#[derive(Debug, Clone, Copy)]
struct AfterHour {
    minute: Option<u32>,
    second: Option<u32>,
    /// The minutes are to the hour (`9 giờ kém 10`).
    to_hour: bool,
    /// Clock notation (`7:35`, `7h35`), not `giờ`.
    clock: bool,
}

impl AfterHour {
    /// ` giờ` and its minutes.
    fn worded(minute: Option<u32>, to_hour: bool) -> Self {
        AfterHour {
            minute,
            second: None,
            to_hour,
            clock: false,
        }
    }

    fn clock(minute: Option<u32>, second: Option<u32>) -> Self {
        AfterHour {
            minute,
            second,
            to_hour: false,
            clock: true,
        }
    }
}

/// The most digits of a fraction of a second (nanoseconds).
const MAX_FRACTION_DIGITS: usize = 9;

/// What follows an hour in digits: `:35` (and `:00` seconds), `h30`, `g`,
/// `h` alone, or ` giờ` and its minutes; `one_digit`: `h5` too, one digit
/// of minutes without its mark.
fn clock_minutes(i: &str, one_digit: bool) -> Res<'_, AfterHour> {
    // `09:410 Bình luận`: a widget's counter glued to the minutes (a
    // page's two tags read with no space between); the minutes are the
    // first two digits (`1:100 người` stays a ratio).
    if let Some((two, after)) = i.strip_prefix(':').and_then(|r| r.split_at_checked(2)) {
        if after.starts_with(|c: char| c.is_ascii_digit()) && super::found::counted_widget(after) {
            let (_, m) = number(2, 2)(two)?;
            return Ok((after, AfterHour::clock(Some(m), None)));
        }
    }
    if let Ok((i, (m, sec))) = (
        preceded(ch(':'), number(2, 2)),
        opt(preceded(ch(':'), number(2, 2))),
    )
        .parse(i)
    {
        // A fraction of the seconds (`07:35:00.000`, as ISO 8601 stamps
        // carry it): read and dropped, the time kept to the second.
        let fraction = (
            alt((ch('.'), ch(','))),
            nom::bytes::complete::take_while_m_n(1, MAX_FRACTION_DIGITS, |c: char| {
                c.is_ascii_digit()
            }),
        );
        let i = match sec {
            Some(_) => opt(fraction).parse(i)?.0,
            None => i,
        };
        return Ok((i, AfterHour::clock(Some(m), sec)));
    }
    let lettered = preceded(
        (sp0, alt((ch('h'), ch('g'), ch('H'), ch('G')))),
        opt(alt((number(2, 2), one_digit_minute, |i| {
            bare_one_digit_minute(i, one_digit)
        }))),
    )
    .parse(i)
    .and_then(|(rest, m)| {
        // `7h30`, `18h`; not the `g` of `giờ` nor `ha`.
        let word_goes_on = m.is_none()
            && rest.starts_with(|c: char| letters::is_alphanumeric(c))
            && MERIDIEMS.starting()(rest).is_err();
        if word_goes_on {
            crate::parse::common::fail(rest)
        } else {
            Ok((rest, m))
        }
    });
    if let Ok((i, m)) = lettered {
        // `7h kém 15`: fifteen minutes to seven.
        if let Some(Ok((rest, to))) = m.is_none().then(|| minutes_to_hour(i)) {
            let after = AfterHour {
                to_hour: true,
                ..AfterHour::clock(Some(to), None)
            };
            return Ok((rest, after));
        }
        // `20h 23p`, `20h 23 phút`: the minutes after a space, told by
        // their mark or word.
        if let Some((rest, m)) = m.is_none().then(|| spaced_minutes(i)).flatten() {
            return Ok((rest, AfterHour::clock(Some(m), None)));
        }
        return Ok((i, AfterHour::clock(m, None)));
    }
    // `8am`, `8 PM`: the hour marked by AM or PM alone, read after it.
    let english_meridiem = preceded(sp0, MERIDIEMS.starting())
        .parse(i)
        .is_ok_and(|_| crate::normalize::trim_start(i).starts_with(['a', 'A', 'p', 'P']));
    if english_meridiem {
        return Ok((i, AfterHour::clock(None, None)));
    }
    let (i, (m, to)) = hours_word_minutes(i).or_else(|_| half_past(i))?;
    Ok((i, AfterHour::worded(m, to)))
}

/// ` rưỡi` right after an hour in digits, as speech leaves out `giờ` (`3
/// rưỡi chiều`, `lúc 7 rưỡi`): half past, a time only where an hour alone
/// would be one; a word after it is a part of day or a day's (`3 rưỡi
/// triệu` counts millions).
fn half_past(i: &str) -> Res<'_, (Option<u32>, bool)> {
    let (rest, _) = (sp1, word(vocab::HALF)).parse(i)?;
    let next = crate::normalize::trim_start(rest);
    let closes = !next.starts_with(|c: char| letters::is_alphanumeric(c))
        || vocab::DATE_WORDS.starting()(next).is_ok();
    if !closes {
        return crate::parse::common::fail(i);
    }
    Ok((rest, (Some(30), false)))
}

/// ` 23p`, ` 5'`, ` 23 phút` after an hour with its letter (`20h 23p`,
/// `7h 5p`): minutes after a space, with their mark or word; two digits
/// without them where the clause closes or a part of the day, a date or
/// the range's end follows (`lúc 9h 30,`, `9h 30 sáng`, `từ 8h 30 đến
/// 9h`). `8h 30 người` counts people.
fn spaced_minutes(i: &str) -> Option<(&str, u32)> {
    let (digits, _) = sp1(i).ok()?;
    let (rest, m) = number(1, 2)(digits).ok()?;
    if m > 59 {
        return None;
    }
    if let Some((after, None)) = minute_mark(rest) {
        return Some((after, m));
    }
    // The word is read after the minutes (with the seconds after it).
    if (sp1, word(vocab::MINUTE_WORD)).parse(rest).is_ok() {
        return Some((rest, m));
    }
    let two_digits = digits.len() - rest.len() == 2;
    let closes = rest.is_empty()
        || rest.starts_with(vocab::CLAUSE_ENDS)
        || preceded(
            sp1,
            alt((
                PARTS_OF_DAY.starting().map(|_| ()),
                vocab::RANGE_TO.starting(),
                word(vocab::DAY_WORD).map(|_| ()),
                dash.map(|_| ()),
            )),
        )
        .parse(rest)
        .is_ok();
    (two_digits && closes).then_some((rest, m))
}

/// A minute of one digit after the hour's letter, told by the minute mark
/// after it: `9h5p`, `9h2m2s`, `7h5'` (not `9h5` alone).
fn one_digit_minute(i: &str) -> Res<'_, u32> {
    let (rest, m) = number(1, 1)(i)?;
    match minute_mark(rest) {
        Some(_) => Ok((rest, m)),
        None => crate::parse::common::fail(i),
    }
}

/// A minute of one digit after the hour's letter where the word ends
/// (`15h5`), when `allowed`.
fn bare_one_digit_minute(i: &str, allowed: bool) -> Res<'_, u32> {
    let (rest, m) = number(1, 1)(i)?;
    if !allowed || rest.starts_with(|c: char| letters::is_alphanumeric(c)) {
        return crate::parse::common::fail(i);
    }
    Ok((rest, m))
}

/// What follows the minute mark after minutes in digits (`p`, `m`, `'`,
/// `’`: `20g15p`, `9h2m`, `7h35'`), when one opens `i`: nothing more of
/// the word, or the seconds of a clock (`12h24p30s`, `9h2m2s`).
fn minute_mark(i: &str) -> Option<(&str, Option<u32>)> {
    let rest = i.strip_prefix(['p', 'm', '\'', '\u{2019}'])?;
    let ends = |r: &str| !r.starts_with(|c: char| letters::is_alphanumeric(c));
    if ends(rest) {
        return Some((rest, None));
    }
    let (after, sec) = nom::sequence::terminated(number(1, 2), ch('s'))
        .parse(rest)
        .ok()?;
    ends(after).then_some((after, Some(sec)))
}

/// The word for minutes after them (`15 phút`, `15p`, not `pm`), and the
/// seconds in digits or words after that (`15 phút 10 giây`, `hai mươi phút
/// ba mươi lăm giây`) when none were read yet.
fn minutes_and_seconds_words(
    i: &str,
    has_minutes: bool,
    second: Option<u32>,
) -> (&str, Option<u32>) {
    let (i, second) = match (sp1, word(vocab::MINUTE_WORD)).parse(i) {
        Ok((rest, _)) => (rest, second),
        // `20g15p`, and the minute mark: `7h35'`, `7h35’`, `12h24p30s`.
        Err(_) => match minute_mark(i) {
            Some((rest, sec)) if has_minutes => (rest, sec.or(second)),
            _ => (i, second),
        },
    };
    match preceded(
        sp1,
        (
            alt((number(1, 2), crate::parse::when::minute_in_words)),
            sp1,
            word(vocab::SECOND_WORD),
        ),
    )
    .parse(i)
    {
        Ok((rest, (sec, _, _))) if has_minutes && second.is_none() => (rest, Some(sec)),
        _ => (i, second),
    }
}

/// ` giờ` and what may follow it: minutes in digits or words (`giờ 35`,
/// `giờ mười lăm`), `rưỡi` (30), `kém 10` (ten to the hour: `true` with
/// the minutes), no minutes before seconds (`giờ mười giây`: zero, the
/// seconds left to read), or nothing.
pub(super) fn hours_word_minutes(i: &str) -> Res<'_, (Option<u32>, bool)> {
    let (i, _) = (sp1, word(vocab::HOUR_WORD)).parse(i)?;
    let minutes =
        |i| -> Res<'_, u32> { alt((number(1, 2), crate::parse::when::minute_in_words)).parse(i) };
    let Ok((rest, _)) = sp1(i) else {
        return Ok((i, (None, false)));
    };
    if let Ok((rest, _)) = word(vocab::HALF)(rest) {
        return Ok((rest, (Some(30), false)));
    }
    if word(vocab::TO)(rest).is_ok() {
        return match minutes_to_hour(i) {
            Ok((rest, m)) => Ok((rest, (Some(m), true))),
            Err(_) => crate::parse::common::fail(i),
        };
    }
    // `7 giờ hơn`: a little past seven.
    if let Ok((rest, _)) = word(vocab::PAST_THE_HOUR)(rest) {
        return Ok((rest, (None, false)));
    }
    match minutes(rest) {
        // `ba giờ mười giây`: seconds, no minutes; they are read after the
        // minutes (none: zero).
        Ok((after, _)) if (sp1, word(vocab::SECOND_WORD)).parse(after).is_ok() => {
            Ok((i, (Some(0), false)))
        }
        Ok((rest, m)) => Ok((rest, (Some(m), false))),
        Err(_) => Ok((i, (None, false))),
    }
}

/// ` kém 10` after an hour (`9 giờ kém 10`, `7h kém 15 phút`): the minutes
/// to the hour, 1 to 59, in digits or words, `phút` after them or not.
fn minutes_to_hour(i: &str) -> Res<'_, u32> {
    let minutes = alt((number(1, 2), crate::parse::when::minute_in_words));
    let (rest, m) = preceded((sp1, word(vocab::TO), sp1), minutes).parse(i)?;
    if !(1..60).contains(&m) {
        return crate::parse::common::fail(i);
    }
    let (rest, _) = opt((sp1, word(vocab::MINUTE_WORD))).parse(rest)?;
    Ok((rest, m))
}

/// `0:0`, `7:5`: a clock with one-digit minutes, read in datelines only.
pub(super) fn short_time(i: &str) -> Res<'_, RawTime> {
    let (i, hour) = number(1, 2)(i)?;
    let (i, _) = ch(':')(i)?;
    let (i, minute) = number(1, 1)(i)?;
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        return crate::parse::common::fail(i);
    }
    Ok((i, RawTime::clock(hour, minute, None)))
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
