//! Numbers, months and years in words and digits, as the period grammars
//! read them: `hai mươi mốt`, `tháng Mười Một`, `năm 2024`, `năm nay`.

use super::*;

/// A unit in words that may stand at `allowed` places, with its value.
pub(super) fn unit_word(allowed: u8) -> impl Fn(&str) -> Res<'_, u32> {
    move |i: &str| {
        let (rest, (value, places)) = NUMBER_WORDS.starting()(i)?;
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

/// Minutes or seconds in words after the hour: a number of
/// [`number_in_words`]; `không tám`, `linh năm` (08, 05: a zero or `linh`
/// before a unit); `hai ba`, `ba lăm` before `phút` or `giây` (23, 35: the
/// tens without `mươi`, which elsewhere count two or three things).
pub(crate) fn minute_in_words(i: &str) -> Res<'_, u32> {
    let zero = alt((
        unit_word(place::ALONE).map_opt(|n| (n == 0).then_some(())),
        AND_UNITS.starting(),
    ));
    if let Ok((rest, unit)) = preceded((zero, sp1), unit_word(place::ALONE)).parse(i) {
        if (1..10).contains(&unit) {
            return Ok((rest, unit));
        }
    }
    let clock_word = (
        sp1,
        alt((
            word(crate::vocab::MINUTE_WORD),
            word(crate::vocab::SECOND_WORD),
        )),
    );
    let (rest, n) = number_in_words(false)(i)?;
    let unit = move |r| unit_after_tens(r, n);
    if let Ok(found) =
        nom::sequence::terminated(unit, nom::combinator::peek(clock_word)).parse(rest)
    {
        return Ok(found);
    }
    Ok((rest, n))
}

/// A number from 21 to 99 said as its two digits, the tens without `mươi`
/// (`hai tư` 24, `ba lăm` 35, `hai mốt` 21): read only where a number must
/// stand (before `phút`, `giây`, `tháng`, after `nghìn` or `trăm`), since
/// elsewhere the two words count two or three things (`hai ba người`).
pub(crate) fn tens_without_muoi(i: &str) -> Res<'_, u32> {
    let (rest, tens) = unit_word(place::ALONE)(i)?;
    unit_after_tens(rest, tens)
}

/// A day of a month in words (see [`number_in_words`]), or the tens
/// without `mươi` before the month only (`hai tư tháng bảy`, `hai lăm
/// tháng Chạp`).
pub(crate) fn day_in_words(i: &str) -> Res<'_, u32> {
    let (rest, n) = number_in_words(false)(i)?;
    let unit = move |r| unit_after_tens(r, n);
    let month = nom::combinator::peek((sp1, crate::parse::dateline::month_word));
    Ok(nom::sequence::terminated(unit, month)
        .parse(rest)
        .unwrap_or((rest, n)))
}

/// The unit word after `tens` read as a digit (see [`tens_without_muoi`]):
/// the number of both.
pub(crate) fn unit_after_tens(rest: &str, tens: u32) -> Res<'_, u32> {
    if !(2..10).contains(&tens) {
        return fail(rest);
    }
    let (after, unit) = preceded(sp1, unit_word(place::AFTER_TENS)).parse(rest)?;
    if (1..10).contains(&unit) {
        Ok((after, tens * 10 + unit))
    } else {
        fail(rest)
    }
}

/// A year in words: `hai nghìn hai mươi tư` (2024), `một nghìn chín trăm
/// bảy mươi lăm` (1975), `hai nghìn không trăm linh năm` and `hai nghìn
/// linh năm` (2005), `hai nghìn` (2000), or read digit by digit (`một chín
/// chín chín`, `hai không hai ba`: 1999, 2023).
pub(crate) fn year_in_words(i: &str) -> Res<'_, i32> {
    if let Ok(found) = year_digit_by_digit(i) {
        return Ok(found);
    }
    let (i, thousands) = unit_word(place::ALONE)(i)?;
    let (i, _) = (sp1, THOUSAND.starting()).parse(i)?;
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
    }
    // `hai nghìn linh chín`, `không trăm linh năm`: units after `linh`.
    if let Ok((rest, unit)) =
        preceded((sp1, AND_UNITS.starting(), sp1), unit_word(place::ALONE)).parse(i)
    {
        return Ok((rest, (year + unit) as i32));
    }
    if let Ok((rest, rest_of)) = preceded(sp1, number_in_words(false)).parse(i) {
        if rest_of >= 10 {
            return Ok((rest, (year + rest_of) as i32));
        }
    }
    // `hai nghìn hai mốt`, `không trăm hai tư`.
    if let Ok((rest, rest_of)) = preceded(sp1, tens_without_muoi).parse(i) {
        return Ok((rest, (year + rest_of) as i32));
    }
    Ok((i, year as i32))
}

/// A year of four digits read one by one: `một chín chín chín` (1999),
/// `hai không hai ba` (2023), `một chín bảy lăm` (1975: a five after another
/// digit may be `lăm`, a four `tư`), `hai không linh chín` (2009: `linh` or
/// `lẻ` for the zero of the tens), or its last two as a number (`hai
/// không mười ba`, 2013); from 1000 to 2099.
fn year_digit_by_digit(i: &str) -> Res<'_, i32> {
    four_digits(i).or_else(|_| two_digits_and_a_number(i))
}

/// `hai không mười ba`: the century's two digits, then the rest of the year
/// as a number from 10 (`mười ba`, `hai mươi`).
fn two_digits_and_a_number(i: &str) -> Res<'_, i32> {
    let (rest, (first, _, second)) =
        (unit_word(place::ALONE), sp1, unit_word(place::ALONE)).parse(i)?;
    let (rest, last) = preceded(sp1, number_in_words(false)).parse(rest)?;
    let year = first * 1000 + second * 100 + last;
    if !(1..=2).contains(&first)
        || second > 9
        || !(10..100).contains(&last)
        || !(1000..2100).contains(&year)
        || preceded(sp1, unit_word(place::ANY)).parse(rest).is_ok()
    {
        return fail(i);
    }
    Ok((rest, year as i32))
}

/// [`year_digit_by_digit`] of four digit words.
fn four_digits(i: &str) -> Res<'_, i32> {
    let (mut rest, first) = unit_word(place::ALONE)(i)?;
    if !(1..=2).contains(&first) {
        return fail(i);
    }
    let mut year = first;
    for k in 0..3 {
        // `hai không linh chín` (2009): `linh`, `lẻ` stand for the zero of
        // the tens.
        if k == 1 {
            if let Ok((r, _)) = preceded(sp1, AND_UNITS.starting()).parse(rest) {
                (rest, year) = (r, year * 10);
                continue;
            }
        }
        let (r, digit) = preceded(sp1, unit_word(place::ALONE | place::AFTER_TENS)).parse(rest)?;
        if digit > 9 {
            return fail(i);
        }
        (rest, year) = (r, year * 10 + digit);
    }
    // A fifth number word makes it no year (`một hai ba bốn năm`).
    if preceded(sp1, unit_word(place::ANY)).parse(rest).is_ok() || !(1000..2100).contains(&year) {
        return fail(i);
    }
    Ok((rest, year as i32))
}

/// A month after `tháng`: `9`, `09`, `Giêng`, `Chạp`, `Mười Một`, `tư`, in
/// any case. `năm` (May) only when no year or relative word follows
/// (`tháng năm nay` is no May).
pub(crate) fn month_number(i: &str) -> Res<'_, u32> {
    /// `Năm` with its capital: the month's name, never `năm` (year).
    const MAY_CAPITALIZED: &str = "Năm";
    if let Ok((rest, m)) = number(1, 2)(i) {
        return if (1..=12).contains(&m) {
            Ok((rest, m))
        } else {
            fail(i)
        };
    }
    if let Ok(found) = MONTH_NAMES.starting()(i) {
        return Ok(found);
    }
    let (rest, m) = number_in_words(true)(i)?;
    if !(1..=12).contains(&m) {
        return fail(i);
    }
    // `mỗi tháng một lần`: a count; but `tháng tư ngày mười`, the month
    // and then its day, is no `tư ngày` (four days).
    let day_after = || {
        let day = alt((number(1, 2), number_in_words(false)));
        (sp1, word(crate::vocab::DAY_WORD), sp1, day)
            .parse(rest)
            .is_ok()
    };
    if counted_noun_follows(rest) && !day_after() {
        return fail(i);
    }
    // `tháng Năm 2024`, `tháng Năm vừa qua`: the capital makes it May.
    if m == 5 && word(YEAR_WORD)(i).is_ok() && !i.starts_with(MAY_CAPITALIZED) {
        let next = sp1(rest).map(|(r, _)| r).unwrap_or("");
        let taken = next.starts_with(|c: char| c.is_ascii_digit())
            || RELATIVE_UNITS.starting()(next).is_ok()
            || NOT_CALENDAR_YEAR.starting()(next).is_ok()
            || PAST.starting()(next).is_ok();
        if taken {
            return fail(i);
        }
    }
    Ok((rest, m))
}

/// `năm` in small letters as May, before a year written in four digits
/// (`29 tháng năm 2017`): for a date whose day no count of months can be
/// (see [`month_number`], which reads that `năm` as the year's word).
pub(crate) fn may_before_year(i: &str) -> Res<'_, u32> {
    let (rest, _) = word(YEAR_WORD)(i)?;
    (sp1, year4).parse(rest)?;
    Ok((rest, 5))
}

/// Whether a noun that counts follows (`một lần`, `hai người`, `một năm`);
/// not `năm` before its year (`tháng một năm 2025`).
pub(crate) fn counted_noun_follows(rest: &str) -> bool {
    let next = sp1(rest).map(|(r, _)| r).unwrap_or("");
    COUNTED_NOUNS.starting()(next).is_ok()
        && year_after(rest).is_err()
        && year2_named(rest, None).is_err()
}

/// A year as written: given, counted from the dateline's, or not written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Year {
    Written(i32),
    Relative(i32),
    /// `năm đó`, `năm ấy`, `năm trước đó`: a year the text spoke of
    /// before, not known from the mention or the dateline.
    Referred,
    Missing,
}

/// `nay`, `ngoái`, `trước`, `tới`, `sau` after `năm`: years from the
/// dateline's (`này` is for weeks and months).
///
/// Not `tới` before `nay`, `giờ`, `bây giờ`: `đầu năm tới nay` runs from the
/// start of the dateline's year up to its day (`tới đây` stays the time to
/// come: `quý tới đây`).
pub(crate) fn relative_unit(i: &str) -> Res<'_, i32> {
    if toward_now(i) {
        return fail(i);
    }
    let (rest, n) = RELATIVE_UNITS.starting()(i)?;
    // `tháng trước đó`, `năm sau đó`: the month or year before or after
    // what the text spoke of, not the dateline's.
    if (sp1, word(crate::vocab::THAT)).parse(rest).is_ok() {
        return fail(i);
    }
    // `rồi` alone: read by `relative_unit_after` only.
    if word(crate::vocab::LAST_ALONE)(i).is_ok() {
        return fail(i);
    }
    Ok((rest, n))
}

/// [`relative_unit`] after a week, month or year that follows `prev`
/// (`tuần rồi`, `tháng này`), and `rồi` alone: the one before the
/// dateline's where the clause closes after it, not after a word of a
/// whole span (`cả tuần rồi`, `hết tháng rồi`) nor a part of one (`cuối
/// năm rồi,` is as often the year's end come).
pub(crate) fn relative_unit_after<'a>(i: &'a str, prev: &str) -> Res<'a, i32> {
    let Ok((rest, _)) = word(crate::vocab::LAST_ALONE)(i) else {
        return relative_unit(i);
    };
    let closes = rest.is_empty() || rest.starts_with(crate::vocab::CLAUSE_ENDS);
    if !closes || crate::vocab::WHOLE_SPAN_WORDS.contains(prev) {
        return fail(i);
    }
    Ok((rest, -1))
}

/// Whether `i` opens with `tới` and a word for the dateline's day other
/// than `đây` (`tới nay`, `tới bây giờ`), which close a range up to now.
fn toward_now(i: &str) -> bool {
    // Told by the first byte first: most units are followed by no `tới`.
    if !matches!(i.as_bytes().first(), Some(b't' | b'T')) {
        return false;
    }
    let Ok((after, _)) = (word(crate::vocab::TOWARD), sp1).parse(i) else {
        return false;
    };
    word(crate::vocab::HERE)(after).is_err()
        && crate::vocab::NOW.starting()(after)
            .is_ok_and(|(rest, ())| crate::parse::mention::ends_cleanly(rest))
}

/// A four-digit year that ends its word and opens no range of years
/// (`2023-2024`) or code (`2024/QĐ`).
pub(crate) fn year4(i: &str) -> Res<'_, i32> {
    let (rest, y) = number(4, 4)(i)?;
    if year_ends(rest) {
        Ok((rest, y as i32))
    } else {
        fail(i)
    }
}

/// Whether a year's digits end their word at `rest`: no letter or digit
/// after them, nor a mark before another digit.
fn year_ends(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if crate::parse::common::is_word_char(c) => false,
        Some('/' | '-' | crate::vocab::EN_DASH | '.' | ',') => {
            !chars.next().is_some_and(|c| c.is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// `/19` of `12/6/19`, `-98` of `3-9-98`: a two-digit year after `sep`,
/// ending its word as [`year4`] does, read by [`two_digit_year`].
pub(crate) fn year2_after(i: &str, sep: char, dateline: Option<NaiveDate>) -> Res<'_, i32> {
    let (rest, yy) = preceded(ch(sep), number(2, 2)).parse(i)?;
    if year_ends(rest) {
        Ok((rest, two_digit_year(yy, dateline)))
    } else {
        fail(i)
    }
}

/// ` năm 99` after a day and month, a month or a quarter (`ngày 29 tháng
/// 10 năm 99`, `tháng 12 năm 99`, `quý 3 năm 99`): a two-digit year read
/// by [`two_digit_year`]; not an age (`năm 20 tuổi`) nor a count (`năm 10
/// người`).
pub(crate) fn year2_named(i: &str, dateline: Option<NaiveDate>) -> Res<'_, i32> {
    preceded(sp1, |i| year2_word(i, dateline)).parse(i)
}

/// `năm 99`, as [`year2_named`] reads it without the space before it
/// (`mùa đông năm 99`, `đầu năm 99`).
pub(crate) fn year2_word(i: &str, dateline: Option<NaiveDate>) -> Res<'_, i32> {
    let (rest, yy) = preceded((word(YEAR_WORD), sp1), number(2, 2)).parse(i)?;
    // The word after the digits, looked up without reading a year after
    // it (`năm 11 năm 12 ...` is read once).
    let next = sp1(rest).map_or("", |(r, _)| r);
    if !year_ends(rest)
        || !crate::parse::mention::ends_cleanly(rest)
        || word(crate::vocab::AGE_WORD)(next).is_ok()
        || COUNTED_NOUNS.starting()(next).is_ok()
        || crate::parse::number::unit_follows(rest)
    {
        return fail(i);
    }
    Ok((rest, two_digit_year(yy, dateline)))
}

/// A two-digit year after a month: ` năm 99` ([`year2_named`]) or `/99`.
pub(crate) fn month_year2(i: &str, dateline: Option<NaiveDate>) -> Res<'_, i32> {
    year2_named(i, dateline).or_else(|_| year2_after(i, '/', dateline))
}

/// The year a two-digit year `yy` stands for: the one nearest the
/// dateline's (within 50 years); without a dateline, as datelines read it
/// (2000 to 2069, 1970 to 1999).
pub(crate) fn two_digit_year(yy: u32, dateline: Option<NaiveDate>) -> i32 {
    let yy = yy as i32;
    match dateline {
        Some(d) => {
            let y = d.year();
            let century = y - y.rem_euclid(100);
            [century - 100, century, century + 100]
                .into_iter()
                .map(|c| c + yy)
                .min_by_key(|c| (c - y).abs())
                .unwrap_or(century + yy)
        }
        None if yy < 70 => 2000 + yy,
        None => 1900 + yy,
    }
}

/// A year of the first millennium after `năm`, in three digits or in words
/// (`năm 938`, `năm chín trăm ba tám`, `năm ba trăm lẻ tám`), that closes its
/// clause (a mark or the end after it: `năm 938 quân Nam Hán` or `năm 100
/// người` is a count).
pub(crate) fn early_year(i: &str) -> Res<'_, i32> {
    let (rest, year) = alt((number(3, 3).map(|y| y as i32), hundreds_in_words)).parse(i)?;
    let next = crate::normalize::trim_start(rest).chars().next();
    if !(100..1000).contains(&year)
        || !next.map_or(true, |c| {
            matches!(c, ',' | '.' | ';' | ':' | ')' | '!' | '?')
        })
    {
        return fail(i);
    }
    Ok((rest, year))
}

/// `chín trăm ba tám`, `ba trăm lẻ tám`, `bảy trăm bốn mươi tư`: a number
/// of hundreds in words, its tens and units written or not.
fn hundreds_in_words(i: &str) -> Res<'_, i32> {
    let (i, (hundreds, _, _)) = (unit_word(place::ALONE), sp1, word(HUNDRED)).parse(i)?;
    if !(1..=9).contains(&hundreds) {
        return fail(i);
    }
    let year = hundreds * 100;
    if let Ok((rest, unit)) =
        preceded((sp1, AND_UNITS.starting(), sp1), unit_word(place::ALONE)).parse(i)
    {
        return Ok((rest, (year + unit) as i32));
    }
    if let Ok((rest, rest_of)) = preceded(sp1, number_in_words(false)).parse(i) {
        if (10..100).contains(&rest_of) {
            return Ok((rest, (year + rest_of) as i32));
        }
    }
    if let Ok((rest, rest_of)) = preceded(sp1, tens_without_muoi).parse(i) {
        return Ok((rest, (year + rest_of) as i32));
    }
    Ok((i, year as i32))
}

/// A four-digit year after a space, or a comma and a space as calendars
/// print it, closing a quarter or a month (`quý 3 2025`, `Q3 2025`, `Quý
/// 2, 2024`, `Tháng 4, 2024`): not an amount nor a count (`quý 3 2025 tỷ
/// đồng`, `Q1 2000 người`, `tháng 4, 2024 hộ`), which a multiplier, a
/// currency, a unit or a counted noun after it tells, nor a number out of
/// [`MONTH_YEARS`].
pub(crate) fn spaced_year(i: &str) -> Res<'_, Year> {
    let (rest, y) = preceded((opt(ch(',')), sp1), year4).parse(i)?;
    if !MONTH_YEARS.contains(&y) || amount_or_count_follows(rest) {
        return fail(i);
    }
    Ok((rest, Year::Written(y)))
}

/// Whether a multiplier, a currency, a counted noun or a unit follows a
/// year's digits at `rest` (`2025 tỷ đồng`, `2000 người`): they were an
/// amount or a count.
fn amount_or_count_follows(rest: &str) -> bool {
    preceded(
        sp1,
        alt((
            crate::vocab::MULTIPLIERS.starting().map(|_| ()),
            crate::vocab::CURRENCIES.starting().map(|_| ()),
        )),
    )
    .parse(rest)
    .is_ok()
        || counted_noun_follows(rest)
        || crate::parse::number::unit_follows(rest)
}

/// ` / 2024`, ` - 2024` after a month or a quarter (`tháng 9 / 2019`, `quý
/// II - 2019`): the year after a spaced slash or dash, not an amount or a
/// count.
fn spaced_mark_year(i: &str) -> Res<'_, Year> {
    let (rest, y) = preceded((sp1, alt((ch('/'), dash.map(|_| '-'))), sp1), year4).parse(i)?;
    if amount_or_count_follows(rest) {
        return fail(i);
    }
    Ok((rest, Year::Written(y)))
}

/// The year after a month or a quarter: `/2024`, `-2024`, ` / 2024`, ` -
/// 2024`, ` năm 2024`, `, năm 2024`, ` của năm 2021`, ` năm nay`, ` năm
/// ngoái`.
pub(crate) fn year_after(i: &str) -> Res<'_, Year> {
    alt((
        preceded(alt((ch('/'), dash, ch('.'))), year4).map(Year::Written),
        spaced_mark_year,
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
                early_year.map(Year::Written),
                referred_year.map(|()| Year::Referred),
            )),
        ),
    ))
    .parse(i)
}

/// ` năm đó`, ` năm ấy`, ` năm trước đó` after a day and month (`ngày 5/3
/// năm đó`): a year the text spoke of before ([`Year::Referred`]).
pub(crate) fn referred_year_after(i: &str) -> Res<'_, ()> {
    preceded((sp1, word(YEAR_WORD), sp1), referred_year).parse(i)
}

/// After `năm`: `đó`, `ấy`, `trước đó`, `sau đó` ([`crate::vocab::THAT`],
/// [`crate::vocab::THAT_TOO`], [`crate::vocab::COUNTED_SIDES`]): a year
/// the text spoke of before.
pub(super) fn referred_year(i: &str) -> Res<'_, ()> {
    let mut that = alt((
        preceded(
            opt((crate::vocab::COUNTED_SIDES.starting(), sp1)),
            word(crate::vocab::THAT),
        ),
        word(crate::vocab::THAT_TOO),
    ));
    let (rest, _) = that.parse(i)?;
    if crate::parse::mention::ends_cleanly(rest) {
        Ok((rest, ()))
    } else {
        fail(i)
    }
}

/// A direction word closing a clause at `rest` (see [`crate::vocab::DIRECTIONS`]):
/// what follows it and the direction.
pub(crate) fn direction(rest: &str) -> Option<(&str, i32)> {
    let (after, dir) = preceded(sp1, crate::vocab::DIRECTIONS.starting())
        .parse(rest)
        .ok()?;
    // `tới` in any case (`TỚI`), compared as the grammar compares words.
    let read = rest.get(..rest.len() - after.len()).unwrap_or_default();
    let read = read.trim_start_matches(crate::normalize::is_space);
    if !crate::parse::common::is_word(read, crate::vocab::TOWARD) {
        return Some((after, dir));
    }
    let next = after.trim_start_matches(crate::normalize::is_space);
    let closes = crate::parse::common::clause_closes(next)
        || crate::vocab::AFTER_TOWARD.starting()(next).is_ok();
    closes.then_some((after, dir))
}
