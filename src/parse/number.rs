//! Figures written the Vietnamese way: the thousands dot and the decimal
//! comma (`66.032` is 66032, `53,68` is 53.68, `4.489,5` is 4489.5), with
//! the multipliers `nghìn`/`ngàn`, `triệu`, `tỉ`/`tỷ`, a currency (`đồng`,
//! `USD`...) or a unit (`kg`, `ha`, `người`...) after them.
//!
//! Values are computed from the digits in integers and scaled once, so
//! `1,2 triệu` is exactly 1200000 and `256.341 tỉ` exactly 256341000000000.

use super::letters;
use nom::branch::alt;
use nom::sequence::preceded;
use nom::Parser;

use super::common::{fail, sp0, sp1, word, Res, WordFilter};
use crate::decimal::Decimal;
use crate::model::{MentionValue, Unit};
use crate::normalize::trim_start;
use crate::vocab::{CURRENCIES, CURRENCY_SIGNS, GLUED_MULTIPLIERS, MULTIPLIERS, UNITS};

/// The multiplier after a number and a space, with its power of ten: one
/// word, or a larger one after it (`nghìn tỷ`, `triệu tỷ`).
fn multiplier(i: &str) -> Res<'_, i32> {
    if let Some(glued) = glued_multiplier(i) {
        return Ok(glued);
    }
    let word = || MULTIPLIERS.starting();
    let (i, first) = preceded(sp1, word()).parse(i)?;
    match preceded(sp1, word()).parse(i) {
        Ok((rest, second)) if second > first => Ok((rest, first + second)),
        _ => Ok((i, first)),
    }
}

/// A multiplier of [`GLUED_MULTIPLIERS`] right after the digits, closing
/// the word (`10tr`, `50k`; not `10km`), and what follows it; in capitals
/// only before a currency (`10K đồng`, `200TR VNĐ`; `4K` alone is a
/// screen's).
#[inline]
fn glued_multiplier(i: &str) -> Option<(&str, i32)> {
    match i.as_bytes().first() {
        Some(b't' | b'k') => GLUED_MULTIPLIERS.iter().find_map(|&(word, exp)| {
            let rest = i.strip_prefix(word)?;
            // `1tr5`: a tenth glued after a million (`2k5` is a year of
            // birth, 2005, no amount).
            (closes_word(rest) || (exp == MILLION && tenth(rest).is_some())).then_some((rest, exp))
        }),
        Some(b'T' | b'K') => glued_multiplier_in_capitals(i),
        _ => None,
    }
}

/// [`glued_multiplier`] in capitals (`10K đồng`), a currency after it.
#[cold]
#[inline(never)]
fn glued_multiplier_in_capitals(i: &str) -> Option<(&str, i32)> {
    GLUED_MULTIPLIERS.iter().find_map(|&(word, exp)| {
        let head = i.get(..word.len())?;
        let rest = i.get(word.len()..)?;
        let capitals =
            head.bytes().all(|b| b.is_ascii_uppercase()) && head.eq_ignore_ascii_case(word);
        (capitals && closes_word(rest) && preceded(sp1, CURRENCIES.starting()).parse(rest).is_ok())
            .then_some((rest, exp))
    })
}

/// The power of ten of a million, the one multiplier a tenth may be glued
/// to (`1tr5`).
const MILLION: i32 = 6;

/// A digit alone at `rest` (`2` of `3 triệu 2`, `5` of `1tr5`): the tenth
/// of the multiplier before it, as `ba triệu hai` is spoken; closing the
/// figure (the end, a mark) or before a currency. The digit and what
/// follows it.
fn tenth(rest: &str) -> Option<(u8, &str)> {
    let &digit = rest.as_bytes().first()?;
    let after = rest.get(1..)?;
    let closes = match after.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii_alphanumeric() || !b.is_ascii() => false,
        Some(b' ') => currency_after(after).is_some(),
        Some(_) => figure_ends(after) && !after.starts_with(crate::normalize::is_space),
    };
    // The digit is told first: `then_some` would subtract before it is.
    (matches!(digit, b'1'..=b'9') && closes).then(|| (digit - b'0', after))
}

/// Whether no letter nor digit follows a glued multiplier.
#[inline]
fn closes_word(rest: &str) -> bool {
    !rest.chars().next().is_some_and(letters::is_alphanumeric)
}

/// `3 tỷ 500 triệu`, `2 triệu 500 nghìn`, `1 tỷ 200 triệu 50 nghìn`: the
/// whole amounts, each under a smaller multiplier, after a number and its
/// multiplier `exp` (0: none), and their sum (0 when there is none); or
/// `rưỡi`, half the multiplier (`1 triệu rưỡi` is 1500000).
fn smaller_amounts(rest: &str, exp: i32) -> (&str, i128) {
    // `1 triệu rưỡi`, `2 tỷ rưỡi`: and half the multiplier.
    if exp > 0 {
        if let Ok((r, _)) = preceded(sp1, word(crate::vocab::HALF)).parse(rest) {
            let half = u32::try_from(exp)
                .ok()
                .and_then(|e| 10i128.checked_pow(e))
                .map(|p| p / 2);
            if let Some(half) = half {
                return (r, half);
            }
        }
    }
    // `3 triệu 2`, `1 tỷ 2`, `5 nghìn 2`, `1tr5`: a tenth of a thousand
    // or more.
    if exp >= 3 {
        let digit_at = sp1(rest).map_or(rest, |(r, _)| r);
        if let Some((digit, after)) = tenth(digit_at) {
            let part = u32::try_from(exp - 1)
                .ok()
                .and_then(|e| 10i128.checked_pow(e))
                .map(|p| p * i128::from(digit));
            if let Some(part) = part {
                return (after, part);
            }
        }
    }
    let (mut rest, mut exp, mut sum) = (rest, exp, 0i128);
    while exp > 0 {
        let Ok((r, _)) = sp1(rest) else { break };
        let digits = leading_digits(r);
        if !(1..=3).contains(&digits) {
            break;
        }
        let Ok((r, n)) = vn_number_with(r, digits) else {
            break;
        };
        let Ok((r, e)) = multiplier(r) else { break };
        let part = (n.scale == 0 && e < exp)
            .then(|| n.value(e)?.to_i128())
            .flatten();
        let Some(total) = part.and_then(|p| sum.checked_add(p)) else {
            break;
        };
        (rest, exp, sum) = (r, e, total);
    }
    (rest, sum)
}

/// The first words of [`MULTIPLIERS`], [`CURRENCIES`] and [`UNITS`].
const SUFFIX_WORDS: WordFilter = WordFilter::new()
    .with(MULTIPLIERS.entries)
    .with(CURRENCIES.entries)
    .with(UNITS.entries);

/// Whether a multiplier, a currency or a unit may follow a number at `rest`:
/// the next word is one of theirs, or `°` follows it (`°C`, the one unit
/// that starts with no letter). Most words after a number are none, and
/// the tables are not searched for them.
#[inline]
fn may_have_suffix(rest: &str) -> bool {
    let after = trim_start(rest);
    let (known, len) = SUFFIX_WORDS.may_start(after);
    known
        || glued_multiplier(rest).is_some()
        || after.get(len..).is_some_and(|r| r.starts_with('°'))
        || CURRENCY_SIGNS.starting()(after).is_ok()
}

/// The digits of a written number: `mantissa / 10^scale`, or more digits
/// than 64 bits hold (`overflow`), more than a [`Decimal`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Digits {
    pub mantissa: u64,
    pub scale: u32,
    pub overflow: bool,
}

impl Digits {
    /// The exact value times `10^exp`, or `None` when a [`Decimal`] does
    /// not hold it.
    pub(crate) fn value(self, exp: i32) -> Option<Decimal> {
        if self.overflow {
            return None;
        }
        // A whole number (most figures) needs no zeros dropped: 64 bits.
        if self.scale == 0 {
            let factor = 10u64.checked_pow(u32::try_from(exp).ok()?)?;
            return Some(Decimal::whole(self.mantissa.checked_mul(factor)?));
        }
        Decimal::new(i128::from(self.mantissa), self.scale)?.times_ten_pow(exp)
    }
}

/// `66.032`, `53,68`, `4.489,5`, `2024`: a number with an optional thousands
/// dot (groups of exactly three digits after a head of one to three) and an
/// optional decimal comma.
pub(crate) fn vn_number(i: &str) -> Res<'_, Digits> {
    vn_number_with(i, leading_digits(i))
}

/// The number of ASCII digits `s` opens with.
#[inline]
pub(crate) fn leading_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// [`vn_number`] of `i`, which opens with `head` digits (counted once by
/// the caller: each count of a run of unknown length costs a missed branch).
/// Any number of digits is read; past what a [`Decimal`] holds the result
/// says so (`overflow`), for a diagnostic.
pub(crate) fn vn_number_with(i: &str, head: usize) -> Res<'_, Digits> {
    let bytes = i.as_bytes();
    if head == 0 {
        return fail(i);
    }
    let mut digits = Digits {
        mantissa: 0,
        scale: 0,
        overflow: false,
    };
    let mut push = |run: &[u8]| {
        for &b in run {
            match digits
                .mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(u64::from(b.wrapping_sub(b'0'))))
            {
                Some(m) => digits.mantissa = m,
                None => digits.overflow = true,
            }
        }
    };
    let mut pos = head;
    push(bytes.get(..head).unwrap_or_default());
    if head <= 3 {
        // Thousands groups: a dot and exactly three digits.
        while let (Some(b'.'), Some(group)) = (bytes.get(pos), bytes.get(pos + 1..pos + 4)) {
            let more = bytes.get(pos + 4).is_some_and(u8::is_ascii_digit);
            if more || !group.iter().all(u8::is_ascii_digit) {
                break;
            }
            push(group);
            pos += 4;
        }
    }
    if bytes.get(pos) == Some(&b',') {
        let frac = bytes.get(pos + 1..).unwrap_or_default();
        let n = frac.iter().take_while(|b| b.is_ascii_digit()).count();
        if n > 0 {
            push(frac.get(..n).unwrap_or_default());
            digits.scale = u32::try_from(n).unwrap_or(u32::MAX);
            pos += 1 + n;
        }
    }
    Ok((i.get(pos..).unwrap_or_default(), digits))
}

/// [`vn_number`] as a [`Decimal`]; fails when the value is outside what
/// one holds.
pub(crate) fn vn_decimal(i: &str) -> Res<'_, Decimal> {
    let (rest, d) = vn_number(i)?;
    match d.value(0) {
        Some(v) => Ok((rest, v)),
        None => fail(i),
    }
}

/// The length of the figure at the start of `s` (with its multiplier) when
/// it has more digits than a [`Decimal`] holds: it is reported rather than
/// read.
pub(crate) fn too_long(s: &str) -> Option<usize> {
    // Within 15 digits, without four zeros after the comma and without a
    // multiplier after it, a figure always fits: most end here.
    let token = s
        .as_bytes()
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        .count();
    let (written, after) = s.split_at_checked(token).unwrap_or((s, ""));
    let written = written.as_bytes();
    // The first byte of the next word, whatever spaces stand before it (as
    // `sp1` reads them).
    let next = trim_start(after).as_bytes().first().copied().unwrap_or(0);
    let may_multiply = MULTIPLIERS
        .starts
        .get(usize::from(next))
        .is_some_and(|&entries| entries != 0);
    if token <= 15 && !written.windows(5).any(|w| w == b",0000") && !may_multiply {
        return None;
    }
    let (rest, digits) = vn_number(s).ok()?;
    let (after, exp) = multiplier(rest).unwrap_or((rest, 0));
    digits.value(exp).is_none().then_some(s.len() - after.len())
}

/// A unit right after a number (a space between them or none).
pub(crate) fn unit(i: &str) -> Res<'_, &'static str> {
    let (rest, _) = sp0(i)?;
    // A first byte no unit has rules all out.
    let first = rest.as_bytes().first().copied().unwrap_or(0);
    if !UNITS.may_start_byte(first) {
        return fail(i);
    }
    // The word after the number, compared whole with each unit; a unit per
    // unit (`km/h`) first, then its first part.
    let word_len = |s: &str| -> usize {
        s.chars()
            .take_while(|&c| letters::is_alphanumeric(c) || matches!(c, '²' | '³' | '°'))
            .map(char::len_utf8)
            .sum()
    };
    let len = word_len(rest);
    let per = rest
        .get(len..)
        .and_then(|r| r.strip_prefix('/'))
        .map_or(0, |r| 1 + word_len(r));
    if len == 0 {
        return fail(i);
    }
    // A unit of two words that opens with the unit read (`độ C`,
    // `điểm phần trăm`), exactly as written, a word's end after it.
    let two_words = |u: &str| {
        UNITS.candidates(rest).map(|&(e, ())| e).find(|e| {
            e.as_bytes().get(u.len()) == Some(&b' ')
                && e.starts_with(u)
                && rest.starts_with(e)
                && !rest
                    .get(e.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(letters::is_alphanumeric)
        })
    };
    let tries = if per > 0 { 2 } else { 1 };
    for len in [len + per, len].into_iter().take(tries) {
        let (token, after) = rest.split_at_checked(len).unwrap_or((rest, ""));
        // The first byte rules out most units without a string compare.
        let first = token.as_bytes().first();
        if let Some(&(u, ())) = UNITS
            .entries
            .iter()
            .find(|(u, ())| u.as_bytes().first() == first && *u == token)
        {
            if after.starts_with(' ') {
                if let Some(two) = two_words(u) {
                    return Ok((rest.get(two.len()..).unwrap_or(after), two));
                }
            }
            return Ok((after, u));
        }
    }
    fail(i)
}

/// What a number at a word start is: money, a number with its unit, or
/// nothing when it is part of something else (`626/BC-BYT`, `2-0`) or a year
/// (`2024`). `s` opens with `head` digits (see [`vn_number_with`]).
pub(crate) fn figure(s: &str, head: usize) -> Option<(usize, MentionValue)> {
    let (rest, number) = vn_number_with(s, head).ok()?;
    figure_after(s, head, rest, number)
}

/// [`figure`] with the number at the start of `s` read already: `number`,
/// written with `head` digits before any separator, followed by `rest`.
pub(crate) fn figure_after<'a>(
    s: &'a str,
    head: usize,
    rest: &'a str,
    number: Digits,
) -> Option<(usize, MentionValue)> {
    let done = |rest: &str, v| Some((s.len() - rest.len(), v));
    if let Some((after, v)) = figure_range(rest, number) {
        return done(after, v);
    }
    let (rest, exp, unit) = if may_have_suffix(rest) {
        let (rest, exp) = multiplier(rest).unwrap_or((rest, 0));
        if exp > 0 {
            if let Some((after, v)) = multiplied_range(rest, number, exp) {
                return done(after, v);
            }
        }
        // `3 tỷ 500 triệu đồng`: smaller amounts after the first, when a
        // currency or the figure's end follows them.
        let (after_more, more) = smaller_amounts(rest, exp);
        let sum = || Decimal::new(number.value(exp)?.to_i128()?.checked_add(more)?, 0);
        if more > 0 {
            if let Some((after, currency)) = currency_after(after_more) {
                return done(after, MentionValue::money(sum()?, currency));
            }
            if figure_ends(after_more) {
                return done(after_more, MentionValue::number(sum()?, None));
            }
        }
        if let Some((after, currency)) = currency_after(rest) {
            let value = number.value(exp)?;
            // `50.000đ-100.000đ`, `2 triệu đồng - 5 triệu đồng`: one range.
            let second = repeated_end(after, |r| {
                currency_after(r)
                    .filter(|&(_, c)| c == currency)
                    .map(|(r, _)| r)
            });
            if let Some((after, value_to)) = second.filter(|&(_, to)| value < to) {
                return done(after, MentionValue::money_range(value, value_to, currency));
            }
            // `USD/ounce`, `đồng/lượng`: the price of a unit is still money.
            return done(after, MentionValue::money(value, currency));
        }
        match unit(rest) {
            Ok((r, u)) => {
                // `3kg-6kg`, `15 cm - 25 cm`: one range of the unit.
                let value = number.value(exp)?;
                let second =
                    repeated_end(r, |r| unit(r).ok().filter(|&(_, v)| v == u).map(|(r, _)| r));
                match second.filter(|&(r, to)| value < to && figure_ends(r)) {
                    Some((after, value_to)) => {
                        let unit = Some(Unit::from_table(u));
                        return done(after, MentionValue::number_range(value, value_to, unit));
                    }
                    None => (r, exp, Some(Unit::from_table(u))),
                }
            }
            _ => (rest, exp, None),
        }
    } else {
        (rest, 0, None)
    };
    if !figure_ends_priced(rest, exp, unit.is_some()) {
        return None;
    }
    // Counts from a thousand up are written with the thousands dot
    // (`2.024`), so four digits without it are a year (`nhập ngũ 2024`,
    // `năm 2023`) or a code, not a figure.
    let year_like = exp == 0 && unit.is_none() && number.scale == 0 && head == 4;
    if year_like {
        return None;
    }
    done(rest, MentionValue::number(number.value(exp)?, unit))
}

/// The currency after a figure and its multiplier (`đồng`, `USD`, `đ`),
/// spaces before it or not.
#[inline]
fn currency_after(rest: &str) -> Option<(&str, crate::model::Currency)> {
    let sign = CURRENCY_SIGNS.starting();
    preceded(sp0, alt((CURRENCIES.starting(), sign)))
        .parse(rest)
        .ok()
}

/// A range of figures whose first number `from` was read, `rest` following
/// it: a dash (spaced or not) or `đến`, `tới`, the second number, and a
/// suffix both ends share, a multiplier, a currency or a unit (`20-25
/// triệu đồng`, `3 - 5 người`, `3 đến 5 tỷ`), or a percent sign (`15 đến
/// 25%`). The first must be the smaller; without a suffix a pair is no
/// range (`tỷ số 2-1`, `số 12-14`).
fn figure_range(rest: &str, from: Digits) -> Option<(&str, MentionValue)> {
    let (rest, to) = range_second(rest)?;
    // `15 đến 25%`: a range of percents.
    if let Ok((after, _)) = (sp0, super::common::ch('%')).parse(rest) {
        let (value, value_to) = (from.value(0)?, to.value(0)?);
        return (value < value_to).then(|| (after, MentionValue::percent(value, Some(value_to))));
    }
    if !may_have_suffix(rest) {
        return None;
    }
    let (rest, exp) = multiplier(rest).unwrap_or((rest, 0));
    suffixed_range(rest, (from.value(exp)?, to.value(exp)?), exp)
}

/// The range from `value` to `value_to` (the first the smaller), read up
/// to its second number's multiplier (`exp`, 0 for none), `rest` following
/// it: money with the currency after it, else a number with its unit (which
/// a range without a multiplier needs: `tỷ số 2-1` is none).
fn suffixed_range(
    rest: &str,
    (value, value_to): (Decimal, Decimal),
    exp: i32,
) -> Option<(&str, MentionValue)> {
    if value >= value_to {
        return None;
    }
    if let Some((after, currency)) = currency_after(rest) {
        return Some((after, MentionValue::money_range(value, value_to, currency)));
    }
    let (rest, unit) = match unit(rest) {
        Ok((r, u)) => (r, Some(Unit::from_table(u))),
        _ if exp > 0 => (rest, None),
        _ => return None,
    };
    figure_ends_priced(rest, exp, unit.is_some())
        .then(|| (rest, MentionValue::number_range(value, value_to, unit)))
}

/// The second end of a range whose ends carry the same suffix, after the
/// first end's suffix (`rest`): a joiner, a number, its multiplier if any,
/// and the suffix again, told by `same` (which returns what follows it).
/// Returns what follows the second end and its value.
fn repeated_end<'a>(
    rest: &'a str,
    same: impl Fn(&'a str) -> Option<&'a str>,
) -> Option<(&'a str, Decimal)> {
    let (rest, to) = range_second(rest)?;
    let (rest, exp) = multiplier(rest).unwrap_or((rest, 0));
    Some((same(rest)?, to.value(exp)?))
}

/// The joiner of a range and its second number at the start of `rest`
/// (after the first number, or its multiplier): [`range_joiner`], then
/// digits. Returns what follows the second number.
fn range_second(rest: &str) -> Option<(&str, Digits)> {
    let second = range_joiner(rest)?;
    let digits = leading_digits(second);
    if digits == 0 {
        return None;
    }
    vn_number_with(second, digits).ok()
}

/// What follows the joiner of a range at the start of `rest`: a dash
/// (spaced or not) or `đến`, `tới` between spaces.
#[inline]
pub(crate) fn range_joiner(rest: &str) -> Option<&str> {
    // Told by the bytes after the spaces first: a dash (`-`, E2 for `–`),
    // `đến` (C4 91 E1 BA BF), `tới` (74 E1 BB 9B); most figures are
    // followed by none.
    let joiner = matches!(
        trim_start(rest).as_bytes(),
        [b'-' | 0xE2, ..] | [0xC4, 0x91, 0xE1, 0xBA, 0xBF, ..] | [b't', 0xE1, 0xBB, 0x9B, ..]
    );
    if !joiner {
        return None;
    }
    joined_range(rest)
}

/// [`range_joiner`] past its test of the first bytes, out of line: what
/// follows a dash (spaced or not) or `đến`, `tới` (any case) between
/// spaces at the start of `rest`.
#[inline(never)]
pub(crate) fn joined_range(rest: &str) -> Option<&str> {
    let joined = alt((
        (sp0, crate::parse::common::dash, sp0).map(|_| ()),
        (sp1, crate::vocab::RANGE_TO.starting(), sp1).map(|_| ()),
    ))
    .parse(rest);
    joined.ok().map(|(second, ())| second)
}

/// A range whose two ends carry their own multipliers (`4 triệu đến 6
/// triệu đồng`, `500 nghìn - 1 triệu đồng`), after the first's multiplier
/// (`exp`), `rest` following it: one mention, money with the currency
/// after the second, else a number with its unit, if any. The first must
/// be the smaller.
fn multiplied_range(rest: &str, from: Digits, exp: i32) -> Option<(&str, MentionValue)> {
    let (rest, to) = range_second(rest)?;
    let (rest, exp_to) = multiplier(rest).ok()?;
    suffixed_range(rest, (from.value(exp)?, to.value(exp_to)?), exp_to)
}

/// [`figure_ends`], or a figure with a multiplier (`exp` above 0) and no
/// unit priced by the unit after a slash (`3,2 triệu/m2`, `50
/// triệu/tháng`), where `626/BC` is a document's number.
fn figure_ends_priced(rest: &str, exp: i32, has_unit: bool) -> bool {
    figure_ends(rest) || (exp > 0 && !has_unit && rest.starts_with('/'))
}

/// Whether a figure ends here: not followed by a letter or digit, nor by a
/// separator and more of the same word (`626/BC`, `2-0`, `1.5.2`).
#[inline]
fn figure_ends(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if letters::is_alphanumeric(c) => false,
        Some('/' | '-' | '.' | ',' | ':' | crate::vocab::EN_DASH) => {
            !chars.next().is_some_and(letters::is_alphanumeric)
                || letters::opens_glued_sentence(rest)
        }
        Some(_) => true,
    }
}

/// `15.6`, `2.5`: a dot followed by one or two digits, which is neither the
/// thousands dot nor a date without a word announcing it. The length of
/// what is ambiguous, to be reported rather than read.
pub(crate) fn ambiguous(s: &str) -> Option<usize> {
    let head = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = s.get(head..)?.strip_prefix('.')?;
    let tail = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest.get(tail..)?;
    ((1..=2).contains(&tail) && (1..=3).contains(&head) && figure_ends(after))
        .then_some(head + 1 + tail)
}

/// `%` or a unit right after a number, which makes a date form a figure.
pub(crate) fn unit_follows(rest: &str) -> bool {
    let (r, _) = sp0(rest).unwrap_or((rest, ""));
    r.starts_with('%') || unit(rest).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Currency;

    fn num(s: &str) -> String {
        vn_decimal(s).map_or_else(|_| "none".into(), |(_, v)| v.to_string())
    }

    /// The decimal written `s`.
    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(num("66.032"), "66032");
        assert_eq!(num("1,7934"), "1.7934");
        assert_eq!(num("4.489,5"), "4489.5");
        assert_eq!(num("1.000"), "1000");
        assert_eq!(num("2,5"), "2.5");
        assert_eq!(num("2,50"), "2.5");
        assert_eq!(num("256.341"), "256341");
        assert_eq!(num("2024"), "2024");
        assert_eq!(vn_decimal("0912.345.678"), Ok((".345.678", d("912"))));
        assert_eq!(vn_decimal("1.2345"), Ok((".2345", d("1"))));
        // Exact past 2^53, up to what a 64-bit integer holds.
        assert_eq!(num("9.007.199.254.740.993"), "9007199254740993");
        assert_eq!(num("18.446.744.073.709.551.615"), "18446744073709551615");
        assert_eq!(num("18.446.744.073.709.551.616"), "none");
        assert_eq!(num("123.456.789.012.345.678.901.234"), "none");
        assert_eq!(num(&"9".repeat(60)), "none");
        // With a fraction: 15 significant digits, from 0,00001.
        assert_eq!(num("1.234.567.890.123,45"), "1234567890123.45");
        assert_eq!(num("12.345.678.901.234,56"), "none");
        assert_eq!(num("0,00001"), "0.00001");
        assert_eq!(num("0,000001"), "none");
    }

    #[test]
    fn figures() {
        let money = |v: &str, currency| Some(MentionValue::money(d(v), currency));
        let fig = |s: &str| figure(s, leading_digits(s)).map(|(_, v)| v);
        assert_eq!(
            fig("256.341 tỉ đồng"),
            money("256341000000000", Currency::Vnd)
        );
        assert_eq!(fig("4.489,5 USD/ounce"), money("4489.5", Currency::Usd));
        assert_eq!(fig("1,2 triệu đồng"), money("1200000", Currency::Vnd));
        assert_eq!(fig("450.000 đồng"), money("450000", Currency::Vnd));
        assert_eq!(fig("7.000đ"), money("7000", Currency::Vnd));
        assert_eq!(fig("9,2 tỷ USD"), money("9200000000", Currency::Usd));
        assert_eq!(
            fig("157,5 triệu đồng/lượng"),
            money("157500000", Currency::Vnd)
        );
        let number = |v: &str, unit: Option<&str>| {
            Some(MentionValue::number(d(v), unit.map(|u| u.parse().unwrap())))
        };
        assert_eq!(fig("66.032 cuộc"), number("66032", None));
        assert_eq!(fig("1,7934g"), number("1.7934", Some("g")));
        assert_eq!(fig("350 gram heroin"), number("350", Some("gram")));
        assert_eq!(fig("0,5 m."), number("0.5", Some("m")));
        assert_eq!(fig("70 ha rau"), number("70", Some("ha")));
        assert_eq!(fig("20 tỷ"), number("20000000000", None));
        assert_eq!(fig("2,5 triệu người"), number("2500000", Some("người")));
        assert_eq!(fig("60 km/h."), number("60", Some("km/h")));
        assert_eq!(fig("100 m/giờ"), None);
        assert_eq!(fig("110 văn bản"), number("110", None));
        assert_eq!(fig("626/BC-BYT"), None);
        assert_eq!(fig("2-0"), None);
        assert_eq!(fig("2023"), None);
        assert_eq!(fig("2024..."), None);
        assert_eq!(fig("2.024 người"), number("2024", Some("người")));
    }

    #[test]
    fn suffix_words_pass_the_filter_in_either_case() {
        let first_words = MULTIPLIERS
            .entries
            .iter()
            .map(|e| e.0)
            .chain(CURRENCIES.entries.iter().map(|e| e.0))
            .chain(UNITS.entries.iter().map(|e| e.0))
            .map(|p| p.split([' ', '/']).next().unwrap_or(p));
        for w in first_words.filter(|w| !w.starts_with('°')) {
            for form in [w.to_string(), w.to_uppercase(), w.to_lowercase()] {
                assert!(may_have_suffix(&format!(" {form}.")), "{form}");
            }
        }
        assert!(may_have_suffix("°C"));
        assert!(may_have_suffix(" °C"));
        // Words that follow numbers and start none of them.
        for w in [
            " xã",
            " cán bộ",
            " văn bản",
            " cuộc",
            " năm",
            ",",
            "",
            " tỉnh",
        ] {
            assert!(!may_have_suffix(w), "{w}");
        }
    }

    #[test]
    fn figures_with_suffixes_in_any_case() {
        fn fig(s: &str) -> Option<(&str, MentionValue)> {
            figure(s, leading_digits(s)).and_then(|(n, v)| Some((s.get(..n)?, v)))
        }
        let number = |v: &str, unit: Option<&str>| {
            MentionValue::number(d(v), unit.map(|u| u.parse().unwrap()))
        };
        assert_eq!(fig("25 °C,"), Some(("25 °C", number("25", Some("°C")))));
        assert_eq!(fig("25°C"), Some(("25°C", number("25", Some("°C")))));
        assert_eq!(fig("3 MW điện"), Some(("3 MW", number("3", Some("MW")))));
        // Units are matched as written.
        assert_eq!(fig("3 mw điện"), Some(("3", number("3", None))));
        let money = |v: &str, currency| MentionValue::money(d(v), currency);
        assert_eq!(
            fig("5 TRIỆU ĐỒNG"),
            Some(("5 TRIỆU ĐỒNG", money("5000000", Currency::Vnd)))
        );
        assert_eq!(
            fig("2 Nghìn Tỷ đồng"),
            Some(("2 Nghìn Tỷ đồng", money("2000000000000", Currency::Vnd)))
        );
        assert_eq!(fig("100usd"), Some(("100usd", money("100", Currency::Usd))));
        assert_eq!(fig("12 xã"), Some(("12", number("12", None))));
    }

    #[test]
    fn ambiguous_dots() {
        assert_eq!(ambiguous("15.6 điểm"), Some(4));
        assert_eq!(ambiguous("66.032"), None);
        assert_eq!(ambiguous("1.2.3"), None);
    }

    /// Writes `mantissa / 10^scale` the Vietnamese way.
    fn format_vn(mantissa: u64, scale: u32) -> String {
        let digits = mantissa.to_string();
        let digits = format!("{digits:0>width$}", width = scale as usize + 1);
        let (int, frac) = digits.split_at(digits.len() - scale as usize);
        let mut grouped = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push('.');
            }
            grouped.push(c);
        }
        if frac.is_empty() {
            grouped
        } else {
            format!("{grouped},{frac}")
        }
    }

    #[test]
    fn formatting_the_vietnamese_way_reads_back() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mantissa = x % 10u64.pow(1 + (x % 15) as u32);
            let scale = (x >> 32) as u32 % 5;
            let text = format_vn(mantissa, scale);
            let want = Decimal::new(i128::from(mantissa), scale);
            assert_eq!(vn_decimal(&text).ok(), want.map(|w| ("", w)), "{text}");
        }
        assert_eq!(format_vn(44_895, 1), "4.489,5");
        assert_eq!(format_vn(66032, 0), "66.032");
    }
}
