//! The date grammars of the mention scanner: dates with digits in every
//! order and separator, written out (`ngày 2 tháng 4 năm 2024`), with the
//! month first, in brackets, announced by a date word, with two-digit or
//! relative years; quarters (`quý II-2024`, `quý hai`); and the impossible
//! dates reported rather than read.

use super::*;

/// A date that does not exist, reported rather than read: a full date
/// (`31/02/2024`, `31/ 2/2026`), or a day and month no year has (`31/2`, or `31-4` after
/// a date word such as `ngày`). `prev_word` is the word before `s`. Gives
/// the length and the message.
pub(super) fn impossible_date(s: &str, prev_word: &str) -> Option<(usize, String)> {
    if let Ok((rest, d)) = date_dmy(s).or_else(|_| date_dmy_spaced(s)) {
        let impossible = NaiveDate::from_ymd_opt(d.year, d.month, d.day).is_none();
        return (impossible && ends_cleanly(rest)).then(|| {
            let message = Detail::ImpossibleDate {
                place: "text",
                day: d.day,
                month: d.month,
                year: Some(d.year),
            }
            .to_string();
            (s.len() - rest.len(), message)
        });
    }
    // `d/m` anywhere; `d-m` and `d.m` only after a date word, looked up
    // only for them.
    let (rest, (day, month)) = day_month_any(s).ok()?;
    let slash = s
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with('/');
    let announced = || DATE_WORDS_AFTER.contains(prev_word) || DATE_WORDS.contains(prev_word);
    if !slash && !announced() {
        return None;
    }
    let in_range = (1..=31).contains(&day) && (1..=12).contains(&month);
    let never = NaiveDate::from_ymd_opt(LEAP_YEAR, month, day).is_none();
    (in_range && never && ends_cleanly(rest) && !unit_follows(rest)).then(|| {
        let message = Detail::ImpossibleDate {
            place: "text",
            day,
            month,
            year: None,
        }
        .to_string();
        (s.len() - rest.len(), message)
    })
}

pub(super) use when::LEAP_YEAR;

/// `Tháng Mười Một 14, 2019`, `tháng 7 4, 2018`, `thg 3 15, 2018`: the
/// month first, as some pages print it; `tháng 2 14 2010` without the
/// comma, the year not an amount or a count ([`when::spaced_year`]).
pub(super) fn month_first_date(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    let (i, _) = (crate::parse::dateline::month_word, sp1).parse(i)?;
    let (i, month) = when::month_number(i)?;
    let (i, day) = preceded(sp1, number(1, 2)).parse(i)?;
    let comma = preceded((sp0, ch(','), sp0), number(4, 4)).map(|y| y as i32);
    let spaced = |i| match when::spaced_year(i) {
        Ok((rest, when::Year::Written(y))) => Ok((rest, y)),
        _ => crate::parse::common::fail(i),
    };
    let (i, year) = alt((comma, spaced)).parse(i)?;
    if !ends_cleanly(i) {
        return crate::parse::common::fail(i);
    }
    match date_value(day, month, Some(year), ctx) {
        Some(v) => Ok((i, v)),
        None => crate::parse::common::fail(i),
    }
}

/// `28/3`: day and month joined by `/` (no year).
pub(super) fn day_month_slash(i: &str) -> Res<'_, (u32, u32)> {
    let (i, d) = number(1, 2)(i)?;
    let (i, _) = ch('/')(i)?;
    let (i, m) = number(1, 2)(i)?;
    Ok((i, (d, m)))
}

/// `12-5`, `12/5`, `1.12`, `21 – 8`: day and month with any separator, a
/// dash with spaces too (after a date word).
pub(super) fn day_month_any(i: &str) -> Res<'_, (u32, u32)> {
    let (i, d) = number(1, 2)(i)?;
    let (i, _) = alt((ch('/'), (sp0, dash, sp0).map(|_| '-'), ch('.'))).parse(i)?;
    let (i, m) = number(1, 2)(i)?;
    Ok((i, (d, m)))
}

/// A day and month with its year told by what follows them (`rest`): a
/// year written (`năm 2024`, `/2024` spelled apart), a year counted from the
/// dateline's (`năm ngoái`), the year just named (`cùng năm`), or a
/// direction (`tới`, `vừa qua`).
pub(super) fn date_with_year_after(
    day: u32,
    month: u32,
    rest: &str,
    ctx: Context,
) -> Option<(&str, MentionValue)> {
    if let Some(found) = written_year_after(rest, day, month, ctx) {
        return Some(found);
    }
    if let Ok((rest, n)) = when::relative_year(rest) {
        if let Some(v) = relative_year_date(day, month, n, ctx).filter(|_| ends_cleanly(rest)) {
            return Some((rest, v));
        }
    }
    if let Ok((rest, ())) = when::referred_year_after(rest) {
        if let Some(v) = referred_date(day, month) {
            return Some((rest, v));
        }
    }
    directed_date(day, month, rest, ctx)
}

/// A date after a date word: full, year-less or written out.
pub(super) fn date_after_word(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    if let Ok((rest, v)) = date_written_mention(i, true, ctx) {
        return Ok((rest, v));
    }
    if let Ok((rest, d)) = date_dmy(i).or_else(|_| date_dmy_spaced(i)) {
        if ends_cleanly(rest) {
            if let Some(v) = date_value(d.day, d.month, Some(d.year), ctx) {
                return Ok((rest, v));
            }
        }
        return crate::parse::common::fail(i);
    }
    if let Ok((rest, (d, m, yy))) = dmy_two_digit(i) {
        if ends_cleanly(rest) {
            if let Some(v) = date_value(d, m, Some(when::two_digit_year(yy, ctx.dateline)), ctx) {
                return Ok((rest, v));
            }
        }
        return crate::parse::common::fail(i);
    }
    if let Ok((rest, (day, month))) = day_month_any(i) {
        if let Some(found) = date_with_year_after(day, month, rest, ctx) {
            return Ok(found);
        }
        if day_month_ends(rest) {
            if let Some(v) = listed_date_value(day, month, rest, ctx) {
                return Ok((rest, v));
            }
        }
    }
    if let Ok((rest, v)) = bracketed_date(i, ctx) {
        return Ok((rest, v));
    }
    if let Some(found) = directed_day(i, ctx) {
        return Ok(found);
    }
    listed_day(i, ctx, true)
}

/// `Sáng 21, ...`, `ngày 25.`: a day without its month that closes its
/// clause after a date word (not `mùng`), the nearest such day to the
/// dateline's (the one before it when two are as near; `back`, after `hôm`:
/// on or before it). No mention without a dateline.
pub(super) fn day_closing_clause(
    i: &str,
    ctx: Context,
    back: bool,
) -> Option<(&str, MentionValue)> {
    let (rest, day) = number(1, 2)(i).ok()?;
    if !when::clause_closes_after_day(rest) {
        return None;
    }
    let date = when::nearest_day(day, ctx.dateline?, back)?;
    Some((rest, counted_date(date)))
}

/// Whether a day and month without a year may end before `rest`: at the
/// end of a clause, not before `%` nor a word of how many times (`ngày 3-5
/// lần`: three to five times a day).
pub(super) fn day_month_ends(rest: &str) -> bool {
    let times = || sp1(rest).is_ok_and(|(r, _)| crate::vocab::TIMES_WORDS.starting()(r).is_ok());
    (ends_cleanly(rest) && !rest.starts_with('%') && !times()) || glued_date_follows(rest)
}

/// Whether the next date of a list follows its comma without a space
/// (`,16/3` of `ngày 15/3,16/3`): a day and month some year has.
pub(super) fn glued_date_follows(rest: &str) -> bool {
    after_glued_comma(rest).is_some_and(|r| {
        day_month_slash(r).is_ok_and(|(after, (day, month))| {
            // The next one's end is its own reading's: no look further
            // (a chain of them is read one at a time).
            NaiveDate::from_ymd_opt(LEAP_YEAR, month, day).is_some()
                && (ends_cleanly(after) || after_glued_comma(after).is_some())
        })
    })
}

/// `15/3 năm 2024`: the year written with `năm` after a day and month
/// (`rest` follows them), and the date.
pub(super) fn written_year_after(
    rest: &str,
    day: u32,
    month: u32,
    ctx: Context,
) -> Option<(&str, MentionValue)> {
    if !rest.starts_with([' ', ',']) {
        return None;
    }
    let (rest, y) = written_year(rest)?;
    ends_cleanly(rest)
        .then(|| date_value(day, month, Some(y), ctx))
        .flatten()
        .map(|v| (rest, v))
}

/// A year written after a month ([`when::year_after`]: `/2024`, ` năm
/// 2024`), not one counted from the dateline, and what follows it.
pub(super) fn written_year(rest: &str) -> Option<(&str, i32)> {
    match when::year_after(rest) {
        Ok((rest, when::Year::Written(y))) => Some((rest, y)),
        _ => None,
    }
}

/// `ngày 15/4 vừa qua`, `ngày 15/4 tới`: a day and month whose year puts it
/// before (or after) the dateline, the nearest such; the dateline's own day
/// is gone by (`ngày 15/3 vừa qua` on the 15th of March is that day), not
/// to come.
pub(super) fn directed_date(
    day: u32,
    month: u32,
    rest: &str,
    ctx: Context,
) -> Option<(&str, MentionValue)> {
    let (after, dir) = when::direction(rest)?;
    let mut value = date_value(day, month, None, ctx)?;
    if let (MentionValue::Date { date, year, .. }, Some(dl)) = (&mut value, ctx.dateline) {
        let Some(d) = *date else {
            return Some((after, value));
        };
        let wrong_side = (dir > 0 && d <= dl) || (dir < 0 && d > dl);
        if wrong_side {
            let moved = NaiveDate::from_ymd_opt(d.year() + dir, month, day);
            *date = moved;
            *year = moved.map(|m| m.year());
        }
    }
    Some((after, value))
}

/// `ngày 20 tới`, `hôm 20 vừa qua`, `sáng 15 tới`: a day without its month,
/// the nearest such day after (or before) the dateline's; `ngày 20 này`:
/// on or after it. No mention without a dateline.
fn directed_day(i: &str, ctx: Context) -> Option<(&str, MentionValue)> {
    let (rest, day) = number(1, 2)(i).ok()?;
    // `ngày 20 này`: that day on or after the dateline's (0).
    let this = || {
        let (after, _) = preceded(sp1, word(vocab::THIS)).parse(rest).ok()?;
        ends_cleanly(after).then_some((after, 0))
    };
    let (after, dir) = when::direction(rest).or_else(this)?;
    let dl = ctx.dateline?;
    if !(1..=31).contains(&day) {
        return None;
    }
    // The months from the dateline's on, forward or back, until one has
    // the day on the right side of the dateline.
    let first = dl.with_day(1)?;
    let step = if dir == 0 { 1 } else { dir };
    let date = (0..=12).find_map(|k| {
        let month = when::add_months(first, i64::from(step * k))?;
        let d = month.with_day(day)?;
        let side = match dir {
            0 => d >= dl,
            1.. => d > dl,
            _ => d < dl,
        };
        side.then_some(d)
    })?;
    Some((after, counted_date(date)))
}

/// `2024-04-03`, `2024/04/03`: a date written year first, as ISO 8601 writes
/// it (two-digit month and day, one separator used twice), in the years
/// [`crate::parse::when::MONTH_YEARS`] counts.
pub(super) fn iso_date(i: &str, ctx: Context) -> Option<(&str, MentionValue)> {
    let (rest, (year, sep, month)) = (number(4, 4), alt((ch('-'), ch('/'))), number(2, 2))
        .parse(i)
        .ok()?;
    let (rest, day) = preceded(ch(sep), number(2, 2)).parse(rest).ok()?;
    let year = i32::try_from(year).ok()?;
    if !when::MONTH_YEARS.contains(&year) || !ends_cleanly(rest) {
        return None;
    }
    Some((rest, date_value(day, month, Some(year), ctx)?))
}

/// A date whose month was counted from the dateline's (`ngày 4 tháng này`,
/// `ngày 20 tới`).
pub(super) fn counted_date(date: NaiveDate) -> MentionValue {
    let mut value = MentionValue::date(date);
    if let MentionValue::Date { relative, .. } = &mut value {
        *relative = true;
    }
    value
}

/// `(28/3)`, `(30-4-1975)`, `(3.12)`: a date alone in brackets.
pub(super) fn bracketed_date(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    bracketed_date_with(i, ctx, false)
}

/// [`bracketed_date`], with `ngày` before the date when `day_word` (after
/// a weekday: `thứ Hai (ngày 15/1)`).
pub(super) fn bracketed_date_with(i: &str, ctx: Context, day_word: bool) -> Res<'_, MentionValue> {
    let Some(open) = i.chars().next().filter(|c| OPEN_BRACKETS.contains(c)) else {
        return crate::parse::common::fail(i);
    };
    let inner = i.get(open.len_utf8()..).unwrap_or_default();
    let inner = if day_word {
        (word(vocab::DAY_WORD), sp1)
            .parse(inner)
            .map_or(inner, |(rest, _)| rest)
    } else {
        inner
    };
    let (rest, raw) = alt((
        date_dmy.map(|d: RawDate| (d.day, d.month, Some(d.year))),
        day_month_any.map(|(d, m)| (d, m, None)),
    ))
    .parse(inner)?;
    let Some(close) = rest.chars().next().filter(|c| CLOSE_BRACKETS.contains(c)) else {
        return crate::parse::common::fail(i);
    };
    let rest = rest.get(close.len_utf8()..).unwrap_or_default();
    match date_value(raw.0, raw.1, raw.2, ctx) {
        Some(v) => Ok((rest, v)),
        None => crate::parse::common::fail(i),
    }
}

/// `ngày 2-4-2024`, `sáng 12-5`, `tối mùng 3/9/2025`, `hôm qua (21/7)`;
/// with `lunar` (after a part of day or `hôm`), a lunar day too, the words
/// read as part of it: `chiều 23 tháng Chạp`, `sáng mùng 1 Tết`, `tối 10/3
/// âm lịch`.
pub(super) fn announced_date(i: &str, ctx: Context, lunar: bool) -> Res<'_, MentionValue> {
    let (rest, _) = DATE_WORDS.starting().parse(i)?;
    let (rest, _) = opt(preceded(sp1, vocab::PART_QUALIFIERS.starting())).parse(rest)?;
    // A day in digits, `mùng`, `mồng`, `ngày` or `rằm` may open a lunar
    // day, or a day in words (`hai ba tháng Chạp`: `hai`, `ba`, `bảy`,
    // `chín`, `sáu`, `tám`, `mười`, `năm`).
    if let Some((day, _)) = lunar.then(|| sp1(rest).ok()).flatten().filter(|(r, _)| {
        matches!(
            r.as_bytes().first().map(|b| b | 0x20),
            Some(b'0'..=b'9' | b'm' | b'n' | b'r' | b'h' | b'b' | b'c' | b's' | b't')
        )
    }) {
        if let Ok(found) = when::lunar_date(day, ctx.dateline) {
            return Ok(found);
        }
    }
    let (rest, _) = opt(preceded(sp1, DATE_WORDS_AFTER.starting())).parse(rest)?;
    let (rest, _) = sp1(rest)?;
    if let Ok(found) = when::day_range(rest, ctx.dateline, true) {
        return Ok(found);
    }
    // `ngày 30/4 - 1/5`, `ngày 30-4 đến 1-5`: two days joined, a period.
    if let Ok(found) = when::dated_range(rest, ctx.dateline, true) {
        return Ok(found);
    }
    date_after_word(rest, ctx).or_else(|e| {
        // Not after `mùng` (`mùng 1` alone is as often a lunar day).
        let word = i
            .get(..i.len() - rest.len())
            .unwrap_or_default()
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or_default();
        match vocab::EARLY_DAY_WORDS.contains(word) {
            true => Err(e),
            false => day_closing_clause(rest, ctx, vocab::LOOKING_BACK.contains(word)).ok_or(e),
        }
    })
}

/// `ngày 2 tháng 4 năm 2024`, `2 tháng 4`, `20 tháng mười một năm 2022`,
/// `12 Tháng hai 2016`, `4 tháng 9 năm nay`: the written form, year
/// optional.
pub(super) fn date_written_mention(
    i: &str,
    announced: bool,
    ctx: Context,
) -> Res<'_, MentionValue> {
    let (i, day) = match number(1, 2)(i) {
        Ok(found) => found,
        Err(_) => when::day_in_words(i)?,
    };
    // `10 Th9, 2023`: the month glued to its abbreviation, with its year
    // unless `ngày` stands before (`3 Th2 trận` is no date).
    if let Ok((i, month)) = preceded(sp1, crate::parse::dateline::glued_month).parse(i) {
        let found = written_date_year(i, day, month, ctx)?;
        let dated = matches!(
            found.1,
            MentionValue::Date {
                year_inferred: false,
                ..
            }
        );
        if !announced && !dated {
            return crate::parse::common::fail(i);
        }
        return Ok(found);
    }
    let (i, _) = (sp1, crate::parse::dateline::month_word, sp1).parse(i)?;
    // `ngày 4 tháng này`: a day of the dateline's month or its neighbour,
    // after `ngày` (`3 tháng trước` is three months ago); `ngày 5 tháng
    // qua`: of the month before.
    let mut relative = alt((when::relative_unit, vocab::PAST.starting().map(|()| -1)));
    if let Some((rest, n)) = announced.then(|| relative.parse(i).ok()).flatten() {
        if !ends_cleanly(rest) || !(1..=31).contains(&day) {
            return crate::parse::common::fail(i);
        }
        let month = ctx
            .dateline
            .and_then(|d| when::add_months(d.with_day(1)?, i64::from(n)));
        // Without a dateline the month is not known: no mention.
        let Some(date) = month.and_then(|m| m.with_day(day)) else {
            return crate::parse::common::fail(i);
        };
        return Ok((rest, counted_date(date)));
    }
    // `29 tháng năm 2017`, `ngày 9 tháng năm 2018`: `năm` in small
    // letters before a year is May where no count of months can stand
    // (a day past 11, or `ngày` before it); `9 tháng năm 2018` alone is
    // the first nine months.
    let may = || {
        (announced || day > when::MONTHS_COUNTED_BEFORE_YEAR)
            .then(|| when::may_before_year(i).ok())
            .flatten()
    };
    let (i, month) = match when::month_number(i) {
        Ok(found) => found,
        Err(e) => may().ok_or(e)?,
    };
    // `3 tháng 2 lần`: twice in three months; `trong 2 tháng 10 và 11`:
    // two months counted, then named (no 2 October).
    let months_counted = || {
        let listed = when::months_listed_after(i);
        listed > 0 && day == 1 + listed
    };
    // After `ngày` (`ngày 5 tháng 3 năm học mới`), `năm` counts nothing.
    let year_word_follows = || {
        (sp1, crate::parse::common::word(vocab::YEAR_WORD))
            .parse(i)
            .is_ok()
    };
    if (when::counted_noun_follows(i) && !(announced && year_word_follows()))
        || (!announced && months_counted())
    {
        return crate::parse::common::fail(i);
    }
    written_date_year(i, day, month, ctx)
}

/// The year after a written date's day and month, if any (`năm 2024`, `,
/// 2024`, ` 2024`, `năm nay`), and the date.
fn written_date_year(i: &str, day: u32, month: u32, ctx: Context) -> Res<'_, MentionValue> {
    let (i, year) = opt(alt((
        when::year_after,
        preceded(
            alt(((sp0, ch(','), sp0).map(|_| ()), sp1.map(|_| ()))),
            number(4, 4),
        )
        .map(|y| when::Year::Written(y as i32)),
        // `ngày 29 tháng 10 năm 99`: two digits.
        (|i| when::year2_named(i, ctx.dateline)).map(when::Year::Written),
    )))
    .parse(i)?;
    // `ngày 1 tháng 2 tới`, `15 tháng 4 vừa qua`: placed by the direction.
    if year.is_none() {
        if let Some((after, v)) = directed_date(day, month, i, ctx) {
            return Ok((after, v));
        }
    }
    if !ends_cleanly(i) {
        return crate::parse::common::fail(i);
    }
    let value = match year {
        Some(when::Year::Written(y)) => date_value(day, month, Some(y), ctx),
        Some(when::Year::Relative(n)) => relative_year_date(day, month, n, ctx),
        Some(when::Year::Referred) => referred_date(day, month),
        _ => date_value(day, month, None, ctx),
    };
    match value {
        Some(v) => Ok((i, v)),
        None => crate::parse::common::fail(i),
    }
}

/// The date `day` `month` of a year the text spoke of before (`ngày 5
/// tháng 3 năm ấy`): its day and month, no year or date. `None` for a day
/// no year has.
pub(super) fn referred_date(day: u32, month: u32) -> Option<MentionValue> {
    // A day and month no year has (`31/2`) is no date.
    NaiveDate::from_ymd_opt(LEAP_YEAR, month, day)?;
    Some(MentionValue::Date {
        date: None,
        year: None,
        month,
        day,
        year_inferred: false,
        relative: false,
    })
}

/// A date value, inferring a missing year from the dateline. `None` for an
/// impossible day or month.
pub(super) fn date_value(
    day: u32,
    month: u32,
    year: Option<i32>,
    ctx: Context,
) -> Option<MentionValue> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    match year {
        Some(y) => {
            let date = NaiveDate::from_ymd_opt(y, month, day)?;
            Some(MentionValue::Date {
                date: Some(date),
                year: Some(y),
                month,
                day,
                year_inferred: false,
                relative: false,
            })
        }
        None => {
            // A day and month no year has (`31/2`) is no date.
            NaiveDate::from_ymd_opt(LEAP_YEAR, month, day)?;
            let inferred = ctx.dateline.and_then(|d| when::nearest_year(d, month, day));
            Some(MentionValue::Date {
                date: inferred,
                year: inferred.map(|d| d.year()),
                month,
                day,
                year_inferred: inferred.is_some(),
                relative: false,
            })
        }
    }
}

/// `2-9 năm nay`: a day and month in the year `years` from the
/// dateline's. `None` for a day and month no year has.
pub(super) fn relative_year_date(
    day: u32,
    month: u32,
    years: i32,
    ctx: Context,
) -> Option<MentionValue> {
    NaiveDate::from_ymd_opt(LEAP_YEAR, month, day)?;
    let year = ctx.dateline.map(|d| d.year() + years);
    let date = match year {
        Some(y) => Some(NaiveDate::from_ymd_opt(y, month, day)?),
        None => None,
    };
    Some(MentionValue::Date {
        date,
        year,
        month,
        day,
        year_inferred: false,
        relative: true,
    })
}

/// `12/6/19`, `3-9-98`: day, month and a two-digit year, one separator
/// (`/` or `-`) used twice.
pub(super) fn dmy_two_digit(i: &str) -> Res<'_, (u32, u32, u32)> {
    let (i, day) = number(1, 2)(i)?;
    let (i, sep) = alt((ch('/'), ch('-'))).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, _) = ch(sep)(i)?;
    let (i, yy) = number(2, 2)(i)?;
    Ok((i, (day, month, yy)))
}

/// `T12/2023`, `T1/2024`, `Th12/2024`: a month abbreviated, only with its
/// year after a slash (`T4` alone is as often Wednesday).
pub(super) fn abbreviated_month(i: &str, dl: Option<NaiveDate>) -> Option<(&str, MentionValue)> {
    let rest = i.strip_prefix(char::from(vocab::MONTH_LETTER))?;
    let rest = rest.strip_prefix('h').unwrap_or(rest);
    let digits = crate::parse::number::leading_digits(rest);
    if !(1..=2).contains(&digits) || rest.as_bytes().get(digits) != Some(&b'/') {
        return None;
    }
    when::month_of_year(rest, dl).ok()
}

/// A two-digit year after a slash that closes the mention (`/25` of `quý
/// III/25`, `Q4/24`), as [`when::two_digit_year`] reads it.
pub(super) fn short_year_after(i: &str, dateline: Option<NaiveDate>) -> Option<(&str, i32)> {
    let (rest, yy) = preceded(ch('/'), number(2, 2)).parse(i).ok()?;
    ends_cleanly(rest).then(|| (rest, when::two_digit_year(yy, dateline)))
}

/// What follows a date read up to `end` of `text` and belongs to it: the
/// weekday it falls on (`ngày 1/4/2023 (thứ Bảy)`, `Rằm tháng Giêng (thứ
/// Bảy)`), then `đến nay` making it the start of a period that ends on the
/// dateline's day (`hôm qua đến nay`, `ngày 2/12 đến nay`; a day after the
/// dateline's stays a date). Returns the new end; `value` is changed in
/// place (most mentions are no dates: told by their kind at once).
#[inline]
pub(super) fn date_tail(
    text: &str,
    end: usize,
    value: &mut MentionValue,
    dateline: Option<NaiveDate>,
) -> usize {
    match value {
        MentionValue::Date { .. } | MentionValue::LunarDate { .. } => {}
        MentionValue::RelativeDate { .. } => return day_until_now(text, end, value, dateline),
        // `đến hết ngày 12/4/2024 (thứ Sáu)`: the weekday the period's last
        // day falls on is the period's.
        MentionValue::Period {
            end: Some(last), ..
        } => {
            // Told first by the bracket after its space.
            let rest = text.get(end..).unwrap_or_default();
            if !matches!(rest.as_bytes(), [b'(', ..] | [b' ', b'(', ..]) {
                return end;
            }
            return match weekday_after_date(rest) {
                Some((len, named)) if last.weekday() == named => end + len,
                _ => end,
            };
        }
        _ => return end,
    }
    let mut end = end;
    if let Some((len, named)) = weekday_after_date(text.get(end..).unwrap_or_default()) {
        end += len;
        *value = year_by_weekday(value.clone(), named);
    }
    day_until_now(text, end, value, dateline)
}

/// [`date_tail`] past the weekday: a day before `đến nay`.
fn day_until_now(
    text: &str,
    end: usize,
    value: &mut MentionValue,
    dateline: Option<NaiveDate>,
) -> usize {
    let (start, year_inferred) = match *value {
        MentionValue::Date {
            date: Some(d),
            year_inferred,
            ..
        } => (d, year_inferred),
        MentionValue::RelativeDate { date: Some(d), .. } => (d, false),
        _ => return end,
    };
    let rest = text.get(end..).unwrap_or_default();
    // `ngày 5/4 đến nay` under an April 3 dateline: the 5th of April
    // before it, as the start of a period up to now is.
    let start = match dateline {
        Some(d) if year_inferred && start > d => start
            .with_year(start.year() - 1)
            .filter(|&s| s <= d)
            .unwrap_or(start),
        _ => start,
    };
    match when::up_to_now(rest) {
        Some(after) if !dateline.is_some_and(|d| start > d) => {
            *value = MentionValue::Period {
                start: Some(start),
                end: dateline,
                relative: true,
                year_inferred,
            };
            end + rest.len() - after.len()
        }
        _ => end,
    }
}
