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
    ch, dash, find_byte, first_bytes, is_one_of, number, one_of_starting, sp0, sp1, word, Res,
    WordFilter,
};
use super::dateline::{date_dmy, date_dmy_spaced, time, RawDate, RawTime};
use super::number::{
    ambiguous, figure, figure_after, leading_digits, unit_follows, vn_float, vn_number_with,
};
use super::Finding;
use crate::model::{DiagnosticCode, Mention, MentionValue, Span};
use crate::normalize::{is_dash, is_space, trim_start, CLOSE_BRACKETS, OPEN_BRACKETS};
use crate::MAX_PIECES;

/// Words that announce a date right after them; up to two of them may stand
/// together (`tối mùng 3/9`). Longest first.
const DATE_WORDS: &[(&str, ())] = &[
    ("rạng sáng", ()),
    ("hôm nay", ()),
    ("hôm qua", ()),
    ("ngày", ()),
    ("mùng", ()),
    ("mồng", ()),
    ("sáng", ()),
    ("trưa", ()),
    ("chiều", ()),
    ("tối", ()),
    ("đêm", ()),
];

/// The first bytes of [`DATE_WORDS`].
const DATE_WORD_STARTS: [u64; 256] = first_bytes(DATE_WORDS);

/// Words that may follow a date word before the date (`sáng nay (6/12)`,
/// `tối mùng 3/9`).
const DATE_WORDS_AFTER: &[(&str, ())] = &[
    ("nay", ()),
    ("qua", ()),
    ("mùng", ()),
    ("mồng", ()),
    ("ngày", ()),
];

/// The first bytes of [`DATE_WORDS_AFTER`].
const DATE_WORD_AFTER_STARTS: [u64; 256] = first_bytes(DATE_WORDS_AFTER);

/// Roman numerals of quarters, longest first.
const QUARTERS: &[(&str, u8)] = &[
    ("iv", 4),
    ("iii", 3),
    ("ii", 2),
    ("i", 1),
    ("4", 4),
    ("3", 3),
    ("2", 2),
    ("1", 1),
];

/// Words before a bare hour that make it a time (`lúc 19h`).
const TIME_WORDS: &[(&str, ())] = &[("lúc", ()), ("khoảng", ()), ("vào lúc", ())];

/// The first bytes of [`QUARTERS`] and [`TIME_WORDS`].
const QUARTER_STARTS: [u64; 256] = first_bytes(QUARTERS);
const TIME_WORD_STARTS: [u64; 256] = first_bytes(TIME_WORDS);

/// Words after which `n/d` is no ratio (`tháng 6/2026`, `số 12/15`).
const NOT_RATIO_BEFORE: &[(&str, ())] = &[
    ("tháng", ()),
    ("năm", ()),
    ("quý", ()),
    ("số", ()),
    ("khoản", ()),
    ("điều", ()),
    ("điểm", ()),
    ("giờ", ()),
    ("lớp", ()),
];

/// The first bytes of [`NOT_RATIO_BEFORE`].
const NOT_RATIO_BEFORE_STARTS: [u64; 256] = first_bytes(NOT_RATIO_BEFORE);

/// What the scanner needs from the rest of the article.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    /// The dateline's date, for dates written without their year.
    pub dateline: Option<NaiveDate>,
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
    let mut anchor = 0;
    // Past the limit the article is an error: no use reading on.
    if out.len() > MAX_PIECES || findings.len() > MAX_PIECES {
        return;
    }
    while pos < bytes.len() {
        // Every mention holds a digit or `quý`, at most three words after
        // its first word (`rạng sáng nay (6/12)`): words further from the
        // next such anchor are skipped without a look.
        if anchor < pos {
            let Some(next) = find_anchor(bytes, pos) else {
                break;
            };
            anchor = next;
            // The anchor's word, or the first of the words before it (back
            // to `pos`) that may open a mention: words that open none are
            // skipped without a look.
            let mut start = word_start(bytes, anchor);
            let mut jump = start;
            // A mention that opens before the anchor's word ends a date or
            // time word right before it, spaces aside (`ngày 2/4`, `sáng
            // nay (6/12)`, `lúc 7 giờ`): without one there is nothing to
            // look back for.
            let before = text.get(pos..start).unwrap_or_default();
            let lookback = if PRE_ANCHOR_WORDS.may_end(before.trim_end_matches(is_space)) {
                LOOKBACK_WORDS
            } else {
                0
            };
            for _ in 0..lookback {
                if start <= pos + 1 {
                    break;
                }
                let end = start - 1;
                start = word_start(bytes, end);
                if opening(bytes, start, end) < end {
                    jump = start;
                }
            }
            if jump > pos {
                prev_word = (word_start(bytes, jump - 1), jump - 1);
                pos = jump;
            }
        }
        let word_end = find_byte(bytes, pos, b' ');
        let at = opening(bytes, pos, word_end);
        if at < word_end {
            let rest = text.get(at..).unwrap_or_default();
            let before = text.get(prev_word.0..prev_word.1).unwrap_or_default();
            if let Some((len, value)) = mention_at(rest, before, ctx) {
                let end = at + len;
                if let Some(t) = text.get(at..end) {
                    out.push(Mention {
                        text: t.into(),
                        value,
                        span: Span::new(base + at, base + end),
                    });
                }
                if out.len() > MAX_PIECES {
                    return;
                }
                prev_word = (end, end);
                pos = next_word(bytes, end);
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
            if let Some(len) = digit.then(|| ambiguous(rest)).flatten() {
                let seen = rest.get(..len).unwrap_or_default();
                findings.push(Finding::new(
                    DiagnosticCode::AmbiguousNumber,
                    format!("ambiguous number {seen}: a decimal point or a date; not read"),
                    Span::new(base + at, base + at + len),
                ));
                if findings.len() > MAX_PIECES {
                    return;
                }
                prev_word = (at + len, at + len);
                pos = next_word(bytes, at + len);
                continue;
            }
            if let Some((len, message)) = digit.then(|| impossible_date(rest, before)).flatten() {
                findings.push(Finding::new(
                    DiagnosticCode::ImpossibleDate,
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

/// Where a mention may open in the word `bytes[pos..word_end]`: past opening
/// quotes and brackets (`“Ngày`, `(28/3)`) and the dash of a range before a
/// figure (`450.000 đồng -1,2 triệu`), at a digit, a bracket or the first
/// bytes of a word that opens one. `word_end` when nothing opens there.
#[inline(always)]
fn opening(bytes: &[u8], pos: usize, word_end: usize) -> usize {
    let mut at = pos;
    loop {
        if may_open(bytes.get(at..).unwrap_or_default()) {
            return at;
        }
        let digit_next = |k: usize| bytes.get(at + k).is_some_and(u8::is_ascii_digit);
        match bytes.get(at) {
            Some(b'"' | b'\'' | b'[') => at += 1,
            Some(b'-') if digit_next(1) => at += 1,
            Some(0xE2)
                if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x93])) && digit_next(3) =>
            {
                at += 3
            }
            Some(0xE2) if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x9C | 0x98])) => at += 3,
            _ => return word_end,
        }
    }
}

/// The words that may stand right before the date or time of a mention:
/// the last words of [`DATE_WORDS`], [`DATE_WORDS_AFTER`] and
/// [`TIME_WORDS`].
const PRE_ANCHOR_WORDS: WordFilter = WordFilter::new()
    .with_last(DATE_WORDS)
    .with_last(DATE_WORDS_AFTER)
    .with_last(TIME_WORDS);

/// How many words a mention may have before its first digit or `quý`.
const LOOKBACK_WORDS: usize = 3;

/// The first digit or `quý` (`q` or `Q`, then `uý`: 75 C3 BD) at or after
/// `from`.
fn find_anchor(bytes: &[u8], from: usize) -> Option<usize> {
    let mut from = from;
    loop {
        // One byte a lane: a digit or `q`, the `uý` after a `q` checked
        // apart (callgrind: 0.8 million instructions less over the corpus
        // than four bytes a lane).
        let at = crate::bytes::find(bytes, from, |a, _, _, _, _| {
            (a.wrapping_sub(b'0') < 10) | ((a | 0x20) == b'q')
        })?;
        if bytes.get(at).is_some_and(u8::is_ascii_digit)
            || bytes.get(at + 1..at + 4) == Some(&[b'u', 0xC3, 0xBD])
        {
            return Some(at);
        }
        from = at + 1;
    }
}

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

/// Whether a mention may start at `s`, a word start: a digit, an opening
/// bracket, or the first bytes of a word that opens one.
#[inline]
fn may_open(s: &[u8]) -> bool {
    match s.first() {
        Some(b) if b.is_ascii_digit() || *b == b'(' => true,
        Some(0xEF) => s.starts_with("\u{FF08}".as_bytes()),
        Some(_) => opener(s).is_some(),
        None => false,
    }
}

/// What kind of mention a word opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// `quý`.
    Quarter,
    /// A word of [`DATE_WORDS`].
    DateWord,
    /// A word of [`TIME_WORDS`].
    TimeWord,
}

/// The word that opens a quarter (`quý II`).
const QUARTER_WORD: &str = "quý";

/// A word that opens a mention, as [`opener`] looks it up: its first four
/// bytes as a key, the word, and the kind of mention.
#[derive(Clone, Copy)]
struct OpenerWord {
    key: u32,
    word: &'static str,
    kind: Opener,
}

/// A multiplier that sends the key of each opening word to a slot of its
/// own among 16 (checked by a test).
const OPENER_HASH: u32 = 0xB863_A167;

/// The slot of a four-byte key.
const fn opener_slot(key: u32) -> usize {
    (key.wrapping_mul(OPENER_HASH) >> 28) as usize
}

/// The first four bytes of a word, as a key (every opening word has four).
#[allow(clippy::indexing_slicing)] // evaluated by the compiler
const fn opener_key(word: &str) -> u32 {
    let b = word.as_bytes();
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// The first word of `phrase`.
#[allow(clippy::indexing_slicing)] // `n` stays below the length
const fn first_word(phrase: &'static str) -> &'static str {
    let bytes = phrase.as_bytes();
    let mut n = 0;
    while n < bytes.len() && bytes[n] != b' ' {
        n += 1;
    }
    match std::str::from_utf8(bytes.split_at(n).0) {
        Ok(word) => word,
        Err(_) => phrase,
    }
}

/// The words that open mentions, at the slots of their keys, from the
/// tables: the first word of each of [`DATE_WORDS`] (`rạng`, `hôm`), each
/// of [`TIME_WORDS`] whole (`vào lúc`, not `vào`), and [`QUARTER_WORD`].
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: slots are below 16
const OPENERS: [Option<OpenerWord>; 16] = {
    let mut slots: [Option<OpenerWord>; 16] = [None; 16];
    let mut i = 0;
    while i < DATE_WORDS.len() + TIME_WORDS.len() + 1 {
        let (word, kind) = if i < DATE_WORDS.len() {
            (first_word(DATE_WORDS[i].0), Opener::DateWord)
        } else if i < DATE_WORDS.len() + TIME_WORDS.len() {
            (TIME_WORDS[i - DATE_WORDS.len()].0, Opener::TimeWord)
        } else {
            (QUARTER_WORD, Opener::Quarter)
        };
        let key = opener_key(word);
        slots[opener_slot(key)] = Some(OpenerWord { key, word, kind });
        i += 1;
    }
    slots
};

/// The kind of mention the word at `s` may open: the first words of
/// [`DATE_WORDS`], [`TIME_WORDS`] and [`QUARTER_WORD`]. The first letter may
/// be a capital; the rest is matched as written, in lowercase.
#[inline]
fn opener(s: &[u8]) -> Option<Opener> {
    // The first four bytes (the first letter in lowercase, `đ` for `Đ`) are
    // the key of the one word that may stand here; the rest of that word
    // must follow as written.
    let byte = |k: usize| s.get(k).copied().unwrap_or(0);
    let first = byte(0).to_ascii_lowercase();
    let second = if first == 0xC4 { byte(1) | 1 } else { byte(1) };
    let key = u32::from_le_bytes([first, second, byte(2), byte(3)]);
    let known = OPENERS
        .get(opener_slot(key))?
        .as_ref()
        .filter(|o| o.key == key)?;
    // A few bytes at most: compared in place, without a call.
    let rest = known.word.as_bytes().get(4..)?;
    let after = s.get(4..4 + rest.len())?;
    after
        .iter()
        .zip(rest)
        .all(|(a, b)| a == b)
        .then_some(known.kind)
}

/// A date that does not exist, reported rather than read: a full date
/// (`31/02/2024`), or a day and month no year has (`31/2`, or `31-4` after
/// a date word such as `ngày`). `prev_word` is the word before `s`. Gives
/// the length and the message.
fn impossible_date(s: &str, prev_word: &str) -> Option<(usize, String)> {
    if let Ok((rest, d)) = date_dmy(s) {
        let impossible = NaiveDate::from_ymd_opt(d.year, d.month, d.day).is_none();
        return (impossible && ends_cleanly(rest)).then(|| {
            let message = format!(
                "impossible date in the text: day {}, month {}, year {}",
                d.day, d.month, d.year
            );
            (s.len() - rest.len(), message)
        });
    }
    // `d/m` anywhere; `d-m` and `d.m` only after a date word, looked up
    // only for them.
    let (rest, (day, month)) = day_month_any(s).ok()?;
    let slash = s
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with('/');
    let announced = || {
        is_one_of(prev_word, DATE_WORDS_AFTER, &DATE_WORD_AFTER_STARTS)
            || is_one_of(prev_word, DATE_WORDS, &DATE_WORD_STARTS)
    };
    if !slash && !announced() {
        return None;
    }
    let in_range = (1..=31).contains(&day) && (1..=12).contains(&month);
    let never = NaiveDate::from_ymd_opt(LEAP_YEAR, month, day).is_none();
    (in_range && never && ends_cleanly(rest) && !unit_follows(rest)).then(|| {
        let message = format!("impossible date in the text: day {day}, month {month}");
        (s.len() - rest.len(), message)
    })
}

/// A leap year, to ask whether a day and month exist in some year.
const LEAP_YEAR: i32 = 2000;

/// The mention starting `s`, with its byte length.
fn mention_at(s: &str, prev_word: &str, ctx: Context) -> Option<(usize, MentionValue)> {
    let first = s.as_bytes().first().copied()?;
    if first.is_ascii_digit() {
        return numeric(s, prev_word, ctx);
    }
    if s.starts_with(OPEN_BRACKETS) {
        let (rest, value) = bracketed_date(s, ctx).ok()?;
        return Some((s.len() - rest.len(), value));
    }
    let parsed = match opener(s.as_bytes())? {
        Opener::Quarter => quarter(s),
        Opener::DateWord => announced_date(s, ctx),
        Opener::TimeWord => announced_time(s),
    };
    parsed.ok().map(|(rest, v)| (s.len() - rest.len(), v))
}

/// A mention starting with a digit.
fn numeric(s: &str, prev_word: &str, ctx: Context) -> Option<(usize, MentionValue)> {
    let digits = leading_digits(s);
    if !numeric_may_open(s.as_bytes(), digits) {
        return figure(s, digits);
    }
    let done = |rest: &str, v| Some((s.len() - rest.len(), v));
    // What follows the digits rules grammars out before they are tried:
    // dates, times and day/month pairs open with one or two digits and a
    // given separator.
    let next = s.get(digits..).and_then(|r| r.chars().next());
    let short = digits <= 2;
    let spaced = next.is_some_and(is_space);
    let (dmy, written, clock, slash) = (
        short && matches!(next, Some('/' | '-' | '.')),
        short && spaced,
        short && (matches!(next, Some(':' | 'h' | 'g' | 'H')) || spaced),
        short && next == Some('/'),
    );
    if let Some((rest, d)) = dmy.then(|| date_dmy(s).ok()).flatten() {
        if ends_cleanly(rest) && !unit_follows(rest) {
            return date_value(d.day, d.month, Some(d.year), ctx).and_then(|v| done(rest, v));
        }
        return None;
    }
    if let Some((rest, d)) = written.then(|| date_written_mention(s, ctx).ok()).flatten() {
        return done(rest, d);
    }
    // `15 - 9 - 2010`: spaced dashes, with the year.
    if let Some((rest, d)) = written.then(|| date_dmy_spaced(s).ok()).flatten() {
        if ends_cleanly(rest) && !unit_follows(rest) {
            return date_value(d.day, d.month, Some(d.year), ctx).and_then(|v| done(rest, v));
        }
    }
    if let Some((rest, t)) = clock.then(|| time(s).ok()).flatten() {
        if t.has_minutes && ends_cleanly(rest) && !rest.starts_with('%') {
            if let Some(v) = time_value(t) {
                return done(rest, v);
            }
        }
    }
    // One reading of the number for the percent and the figure: a percent
    // has its `%`, or the dash of a range, after it.
    let (after, number) = vn_number_with(s, digits).ok()?;
    let sign = trim_start(after);
    if sign.starts_with('%') || sign.starts_with(is_dash) {
        if let Ok((rest, v)) = percent(s) {
            return done(rest, v);
        }
    }
    if let Some((rest, (day, month))) = slash.then(|| day_month_slash(s).ok()).flatten() {
        if ends_cleanly(rest) && !rest.starts_with('%') {
            // `2/9 kg` is a figure, not a date.
            if let Some(v) = date_value(day, month, None, ctx).filter(|_| !unit_follows(rest)) {
                return done(rest, v);
            }
            if !is_one_of(prev_word, NOT_RATIO_BEFORE, &NOT_RATIO_BEFORE_STARTS) {
                if let Some(v) = ratio(day, month) {
                    return done(rest, v);
                }
            }
        }
    }
    figure_after(s, digits, after, number)
}

/// Whether what follows the digits at the start of `s` may make a mention:
/// a separator (`/`, `-`, `.`, `,`, `:`), `h`/`g` (`18h15`), `%`, or a space
/// and `tháng`, `giờ` or `%`. A number followed by a word is none.
fn numeric_may_open(s: &[u8], digits: usize) -> bool {
    let after = s.get(digits..).unwrap_or_default();
    match after.first() {
        Some(b'/' | b'-' | b'.' | b',' | b':' | b'h' | b'H' | b'g' | b'%') => true,
        // `\u{2013}` and `\u{2212}`: `15–25%`.
        Some(0xE2) => true,
        Some(b' ') | Some(0xC2) => {
            let word = after
                .get(if after.first() == Some(&b' ') { 1 } else { 2 }..)
                .unwrap_or_default();
            // `15 - 9 - 2010`, `21 – 8`: a spaced dash (`-`, or E2 for
            // `–`, `—`, `−`).
            word.starts_with(b"th")
                || word.starts_with(b"gi")
                || word.starts_with(b"%")
                || word.starts_with(b"-")
                || word.first() == Some(&0xE2)
        }
        _ => false,
    }
}

/// Whether a date or figure ends here: not followed by a digit, a letter, or
/// another separator (`318/BC`, `15/2020/NĐ-CP`, `2-4-2024-5`).
#[inline]
fn ends_cleanly(rest: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) if letters::is_alphanumeric(c) => false,
        Some('/') => false,
        Some('-' | '.' | ',') => !rest.chars().nth(1).is_some_and(letters::is_alphanumeric),
        Some(_) => true,
    }
}

/// `28/3`: day and month joined by `/` (no year).
fn day_month_slash(i: &str) -> Res<'_, (u32, u32)> {
    let (i, d) = number(1, 2)(i)?;
    let (i, _) = ch('/')(i)?;
    let (i, m) = number(1, 2)(i)?;
    Ok((i, (d, m)))
}

/// `12-5`, `12/5`, `1.12`, `21 – 8`: day and month with any separator, a
/// dash with spaces too (after a date word).
fn day_month_any(i: &str) -> Res<'_, (u32, u32)> {
    let (i, d) = number(1, 2)(i)?;
    let (i, _) = alt((ch('/'), (sp0, dash, sp0).map(|_| '-'), ch('.'))).parse(i)?;
    let (i, m) = number(1, 2)(i)?;
    Ok((i, (d, m)))
}

/// A date after a date word: full, year-less or written out.
fn date_after_word(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    if let Ok((rest, v)) = date_written_mention(i, ctx) {
        return Ok((rest, v));
    }
    if let Ok((rest, d)) = date_dmy(i).or_else(|_| date_dmy_spaced(i)) {
        if ends_cleanly(rest) {
            if let Some(v) = date_value(d.day, d.month, Some(d.year), ctx) {
                return Ok((rest, v));
            }
        }
        return super::common::fail(i);
    }
    if let Ok((rest, (day, month))) = day_month_any(i) {
        if ends_cleanly(rest) && !rest.starts_with('%') {
            if let Some(v) = date_value(day, month, None, ctx) {
                return Ok((rest, v));
            }
        }
    }
    if let Ok((rest, v)) = bracketed_date(i, ctx) {
        return Ok((rest, v));
    }
    super::common::fail(i)
}

/// `(28/3)`, `(30-4-1975)`, `(3.12)`: a date alone in brackets.
fn bracketed_date(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    let Some(open) = i.chars().next().filter(|c| OPEN_BRACKETS.contains(c)) else {
        return super::common::fail(i);
    };
    let inner = i.get(open.len_utf8()..).unwrap_or_default();
    let (rest, raw) = alt((
        date_dmy.map(|d: RawDate| (d.day, d.month, Some(d.year))),
        day_month_any.map(|(d, m)| (d, m, None)),
    ))
    .parse(inner)?;
    let Some(close) = rest.chars().next().filter(|c| CLOSE_BRACKETS.contains(c)) else {
        return super::common::fail(i);
    };
    let rest = rest.get(close.len_utf8()..).unwrap_or_default();
    match date_value(raw.0, raw.1, raw.2, ctx) {
        Some(v) => Ok((rest, v)),
        None => super::common::fail(i),
    }
}

/// `ngày 2-4-2024`, `sáng 12-5`, `tối mùng 3/9/2025`, `hôm qua (21/7)`.
fn announced_date(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    let (rest, _) = one_of_starting(DATE_WORDS, &DATE_WORD_STARTS).parse(i)?;
    let (rest, _) = opt(preceded(
        sp1,
        one_of_starting(DATE_WORDS_AFTER, &DATE_WORD_AFTER_STARTS),
    ))
    .parse(rest)?;
    let (rest, _) = sp1(rest)?;
    date_after_word(rest, ctx)
}

/// `ngày 2 tháng 4 năm 2024`, `2 tháng 4`: the written form, year optional.
fn date_written_mention(i: &str, ctx: Context) -> Res<'_, MentionValue> {
    let (i, day) = number(1, 2)(i)?;
    let (i, _) = (sp1, word("tháng"), sp1).parse(i)?;
    let (i, month) = number(1, 2)(i)?;
    let (i, year) = opt(preceded(
        (sp0, opt(ch(',')), sp0, word("năm"), sp1),
        number(4, 4),
    ))
    .parse(i)?;
    if !ends_cleanly(i) {
        return super::common::fail(i);
    }
    match date_value(day, month, year.map(|y| y as i32), ctx) {
        Some(v) => Ok((i, v)),
        None => super::common::fail(i),
    }
}

/// `quý II-2024`, `quý III/2023`, `quý 4/2023`, `quý IV năm 2023`, `quý I`.
fn quarter(i: &str) -> Res<'_, MentionValue> {
    let (i, _) = (word(QUARTER_WORD), sp1).parse(i)?;
    let (i, q) = one_of_starting(QUARTERS, &QUARTER_STARTS).parse(i)?;
    let (i, year) = opt(alt((
        preceded(alt((dash, ch('/'))), number(4, 4)),
        preceded((sp1, word("năm"), sp1), number(4, 4)),
    )))
    .parse(i)?;
    Ok((
        i,
        MentionValue::Quarter {
            quarter: q,
            year: year.map(|y| y as i32),
        },
    ))
}

/// `lúc 19h`, `khoảng 7 giờ`: a bare hour after a word that makes it a time.
fn announced_time(i: &str) -> Res<'_, MentionValue> {
    let (i, _) = (one_of_starting(TIME_WORDS, &TIME_WORD_STARTS), sp1).parse(i)?;
    let (i, t) = time(i)?;
    match time_value(t) {
        Some(v) if ends_cleanly(i) => Ok((i, v)),
        _ => super::common::fail(i),
    }
}

fn time_value(t: RawTime) -> Option<MentionValue> {
    let mut sink = Vec::new();
    super::dateline::checked_time(t, Span::default(), &mut sink)
        .filter(|_| sink.is_empty())
        .map(|time| MentionValue::Time { time })
}

/// `53,68%`, `15-25%`, `1,9 %`.
fn percent(i: &str) -> Res<'_, MentionValue> {
    let (i, value) = vn_float(i)?;
    let (i, value_to) = opt(preceded((sp0, dash, sp0), vn_float)).parse(i)?;
    let (i, _) = (sp0, ch('%')).parse(i)?;
    Ok((i, MentionValue::Percent { value, value_to }))
}

/// A date value, inferring a missing year from the dateline. `None` for an
/// impossible day or month.
fn date_value(day: u32, month: u32, year: Option<i32>, ctx: Context) -> Option<MentionValue> {
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
            })
        }
        None => {
            // A day and month no year has (`31/2`) is no date.
            NaiveDate::from_ymd_opt(LEAP_YEAR, month, day)?;
            let inferred = ctx.dateline.and_then(|d| nearest_year(d, month, day));
            Some(MentionValue::Date {
                date: inferred,
                year: inferred.map(|d| d.year()),
                month,
                day,
                year_inferred: inferred.is_some(),
            })
        }
    }
}

/// The date with this day and month nearest to `anchor`, in the year before,
/// the same year or the year after.
fn nearest_year(anchor: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let y = anchor.year();
    // Two years each way, for `29/2`.
    [y, y - 1, y + 1, y - 2, y + 2]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - anchor).num_days().abs())
}

fn ratio(numerator: u32, denominator: u32) -> Option<MentionValue> {
    (denominator > 0 && numerator <= denominator).then_some(MentionValue::Ratio {
        numerator: u64::from(numerator),
        denominator: u64::from(denominator),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn mentions(s: &str, dateline: Option<(i32, u32, u32)>) -> Vec<(String, MentionValue)> {
        let ctx = Context {
            dateline: dateline.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        };
        let mut out = Vec::new();
        scan(s, 0, ctx, &mut out, &mut Vec::new());
        out.into_iter()
            .map(|m| (m.text.into_owned(), m.value))
            .collect()
    }

    fn date(y: i32, m: u32, d: u32, inferred: bool) -> MentionValue {
        MentionValue::Date {
            date: NaiveDate::from_ymd_opt(y, m, d),
            year: Some(y),
            month: m,
            day: d,
            year_inferred: inferred,
        }
    }

    fn t(h: u32, m: u32) -> MentionValue {
        MentionValue::Time {
            time: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
        }
    }

    #[test]
    fn dates_with_years() {
        assert_eq!(
            mentions("Ngày 2-4-2024, Ban", None),
            vec![("Ngày 2-4-2024".into(), date(2024, 4, 2, false))]
        );
        assert_eq!(
            mentions("vào 15.6.2024 tới", None),
            vec![("15.6.2024".into(), date(2024, 6, 15, false))]
        );
        assert_eq!(
            mentions("ngày 9.11.2021", None),
            vec![("ngày 9.11.2021".into(), date(2021, 11, 9, false))]
        );
        assert_eq!(
            mentions("ngày 2 tháng 4 năm 2024", None),
            vec![("ngày 2 tháng 4 năm 2024".into(), date(2024, 4, 2, false))]
        );
        assert_eq!(
            mentions("giải phóng (30-4-1975)", None),
            vec![("(30-4-1975)".into(), date(1975, 4, 30, false))]
        );
        assert_eq!(
            mentions("tối mùng 3/9/2025", None),
            vec![("tối mùng 3/9/2025".into(), date(2025, 9, 3, false))]
        );
    }

    #[test]
    fn date_words_before_the_digits_with_any_spaces() {
        let dl = Some((2024, 4, 3));
        for s in [
            "Vào ngày  12-5 tới",
            "Vào ngày\u{a0} 12-5 tới",
            "Vào Ngày 12-5 tới",
            "vào “ngày 12-5 tới",
            "Sáng\u{a0}nay 12-5 tới",
            "vào tối 12-5 tới",
            "vào đêm 12-5 tới",
        ] {
            let found = mentions(s, dl);
            assert_eq!(found.len(), 1, "{s:?}");
            let (text, value) = found[0].clone();
            let start = s.find(['n', 'N', 'S', 't', 'đ']).unwrap_or(0);
            assert_eq!(
                Some(text.as_str()),
                s.get(start..s.find(" tới").unwrap()),
                "{s:?}"
            );
            assert_eq!(value, date(2024, 5, 12, true), "{s:?}");
        }
        // A word between the date word and the digits: no date word read.
        assert_eq!(
            mentions("ngày, 12-5", dl),
            Vec::<(String, MentionValue)>::new()
        );
        assert_eq!(
            mentions("lúc  19h, ngày mai 2/4", dl),
            vec![
                ("lúc  19h".into(), t(19, 0)),
                ("2/4".into(), date(2024, 4, 2, true))
            ]
        );
    }

    #[test]
    fn dates_without_years() {
        let dl = Some((2024, 4, 3));
        assert_eq!(
            mentions("hôm nay (28/3)", dl),
            vec![("hôm nay (28/3)".into(), date(2024, 3, 28, true))]
        );
        assert_eq!(
            mentions("Hôm nay (28/3), trời", dl),
            vec![("Hôm nay (28/3)".into(), date(2024, 3, 28, true))]
        );
        assert_eq!(
            mentions("sáng 12-5", dl),
            vec![("sáng 12-5".into(), date(2024, 5, 12, true))]
        );
        assert_eq!(
            mentions("hôm qua (21/7)", dl),
            vec![("hôm qua (21/7)".into(), date(2024, 7, 21, true))]
        );
        assert_eq!(
            mentions("phiên 22/12, giá", Some((2025, 1, 3))),
            vec![("22/12".into(), date(2024, 12, 22, true))]
        );
        let none = mentions("sáng 12-5", None);
        assert_eq!(
            none,
            vec![(
                "sáng 12-5".into(),
                MentionValue::Date {
                    date: None,
                    year: None,
                    month: 5,
                    day: 12,
                    year_inferred: false
                }
            )]
        );
    }

    #[test]
    fn not_dates() {
        assert_eq!(
            mentions("51/95 đảng viên", None),
            vec![(
                "51/95".into(),
                MentionValue::Ratio {
                    numerator: 51,
                    denominator: 95
                }
            )]
        );
        assert_eq!(
            mentions("tăng 15-25%", None),
            vec![(
                "15-25%".into(),
                MentionValue::Percent {
                    value: 15.0,
                    value_to: Some(25.0)
                }
            )]
        );
        assert_eq!(
            mentions("nặng 1,7934g", None),
            vec![(
                "1,7934g".into(),
                MentionValue::Number {
                    value: 1.7934,
                    unit: Some("g")
                }
            )]
        );
        assert_eq!(
            mentions("2/9 kg", None),
            vec![(
                "2/9".into(),
                MentionValue::Ratio {
                    numerator: 2,
                    denominator: 9
                }
            )]
        );
        assert!(mentions("thắng 2-0 và 4-0", None).is_empty());
        assert!(mentions("Báo cáo 318/BC-UBND", None).is_empty());
        assert!(mentions("Nghị định 15/2020/NĐ-CP", None).is_empty());
        assert!(mentions("gọi 0912.345.678 hoặc 028-3829-1234", None).is_empty());
        assert!(mentions("vào tháng 6/2026", None).is_empty());
    }

    #[test]
    fn figures_in_running_text() {
        let m = mentions(
            "hơn 4.000 tổ chức, số tiền 20 tỷ đồng; từ 450.000 đồng -1,2 triệu đồng, năm 2023",
            None,
        );
        let money = |v: f64| MentionValue::Money {
            value: v,
            currency: "VND",
        };
        assert_eq!(
            m,
            vec![
                (
                    "4.000".into(),
                    MentionValue::Number {
                        value: 4000.0,
                        unit: None
                    }
                ),
                ("20 tỷ đồng".into(), money(20_000_000_000.0)),
                ("450.000 đồng".into(), money(450_000.0)),
                ("1,2 triệu đồng".into(), money(1_200_000.0)),
            ]
        );
    }

    #[test]
    fn impossible_dates_without_years_are_findings() {
        for (text, at, message) in [
            (
                "hôm qua (31/2) trời mưa",
                "hôm qua (",
                "impossible date in the text: day 31, month 2",
            ),
            (
                "hạn 30/2 tới",
                "hạn ",
                "impossible date in the text: day 30, month 2",
            ),
            (
                "ngày 31-4 tới",
                "ngày ",
                "impossible date in the text: day 31, month 4",
            ),
        ] {
            let mut out = Vec::new();
            let mut findings = Vec::new();
            scan(text, 0, Context::default(), &mut out, &mut findings);
            assert!(
                out.iter()
                    .all(|m| !matches!(m.value, MentionValue::Date { .. })),
                "{text}"
            );
            assert_eq!(findings.len(), 1, "{text}");
            assert_eq!(findings[0].message, message, "{text}");
            assert_eq!(findings[0].span.start, at.len(), "{text}");
        }
        // 29 February exists: its year is the leap year nearest the dateline
        // (2024-02-29 is 638 days after 2022-06-01, 2020-02-29 823 days before).
        let got = mentions("ngày 29/2", Some((2022, 6, 1)));
        assert_eq!(got, vec![("ngày 29/2".into(), date(2024, 2, 29, true))]);
    }

    #[test]
    fn ambiguous_numbers_are_findings() {
        let mut out = Vec::new();
        let mut findings = Vec::new();
        scan(
            "tỷ lệ 15.6 điểm",
            0,
            Context::default(),
            &mut out,
            &mut findings,
        );
        assert!(out.is_empty());
        assert_eq!(findings[0].code, DiagnosticCode::AmbiguousNumber);
        assert_eq!(
            findings[0].message,
            "ambiguous number 15.6: a decimal point or a date; not read"
        );
        assert_eq!(
            findings[0].span,
            Span::new("tỷ lệ ".len(), "tỷ lệ 15.6".len())
        );
    }

    #[test]
    fn impossible_dates_are_findings() {
        let mut out = Vec::new();
        let mut findings = Vec::new();
        scan(
            "Hạn chót là ngày 31/02/2024, không đổi.",
            10,
            Context::default(),
            &mut out,
            &mut findings,
        );
        assert!(out.is_empty());
        assert_eq!(findings.len(), 1);
        assert_eq!(
            findings[0].message,
            "impossible date in the text: day 31, month 2, year 2024"
        );
        assert_eq!(
            findings[0].span,
            Span::new(
                10 + "Hạn chót là ngày ".len(),
                10 + "Hạn chót là ngày 31/02/2024".len()
            )
        );
    }

    #[test]
    fn openers_cover_every_opening_word() {
        for (phrase, _) in DATE_WORDS.iter().chain(TIME_WORDS) {
            let capital: String = phrase
                .chars()
                .next()
                .unwrap()
                .to_uppercase()
                .chain(phrase.chars().skip(1))
                .collect();
            assert!(opener(phrase.as_bytes()).is_some(), "{phrase}");
            assert!(opener(capital.as_bytes()).is_some(), "{capital}");
        }
        assert!(opener("quý".as_bytes()) == Some(Opener::Quarter));
        assert!(opener("các".as_bytes()).is_none());
        assert!(opener("vào".as_bytes()).is_none());
    }

    #[test]
    fn opening_words_have_slots_of_their_own() {
        let words = DATE_WORDS
            .iter()
            .map(|(p, _)| (first_word(p), Opener::DateWord))
            .chain(TIME_WORDS.iter().map(|&(p, _)| (p, Opener::TimeWord)))
            .chain([(QUARTER_WORD, Opener::Quarter)]);
        let mut n = 0;
        for (word, kind) in words {
            let slot = OPENERS[opener_slot(opener_key(word))].unwrap();
            assert_eq!((slot.word, slot.kind), (word, kind));
            n += 1;
        }
        assert_eq!(n, DATE_WORDS.len() + TIME_WORDS.len() + 1);
        assert_eq!(first_word("rạng sáng"), "rạng");
        assert_eq!(first_word("ngày"), "ngày");
    }

    #[test]
    fn every_opening_word_passes_the_key_filter_in_either_case() {
        let words = DATE_WORDS
            .iter()
            .chain(TIME_WORDS)
            .map(|(w, _)| *w)
            .chain([QUARTER_WORD]);
        let mut n = 0;
        for w in words {
            let mut chars = w.chars();
            let first = chars.next().unwrap();
            let capital: String = first.to_uppercase().chain(chars).collect();
            for form in [w.to_string(), capital] {
                let text = format!("{form} 3/4");
                assert!(opener(text.as_bytes()).is_some(), "{form}");
                n += 1;
            }
        }
        assert_eq!(n, 2 * (DATE_WORDS.len() + TIME_WORDS.len() + 1));
        for w in ["người", "Nhà", "tháng", "sau", "vào", "lúa", "quốc", "Đà"] {
            assert!(opener(w.as_bytes()).is_none(), "{w}");
        }
    }

    #[test]
    fn anchors_are_digits_and_quy() {
        let s = "Kết nạp đảng viên mới đạt 53,68% kế hoạch".as_bytes();
        assert_eq!(find_anchor(s, 0), Some("Kết nạp đảng viên mới đạt ".len()));
        assert_eq!(find_anchor(b"abc", 0), None);
        let q = "trong quý II, Quý 3 và QUÝ IV; quốc, quy".as_bytes();
        assert_eq!(find_anchor(q, 0), Some("trong ".len()));
        assert_eq!(find_anchor(q, 7), Some("trong quý II, ".len()));
        assert_eq!(find_anchor(q, 18), Some("trong quý II, Quý ".len()));
        assert_eq!(find_anchor(q, 23), None);
        for n in 0..100 {
            // The bytes next to the digits, `/` and `:`, all around.
            let mut v: Vec<u8> = b"/x:".iter().copied().cycle().take(100).collect();
            v[n] = b'7';
            assert_eq!(find_anchor(&v, 0), Some(n));
            assert_eq!(find_anchor(&v, n.min(50)), Some(n));
            assert_eq!(find_anchor(&v, n + 1), None);
        }
        for n in 0..24 {
            let mut w: Vec<u8> = "ạ".repeat(8).into_bytes();
            w.insert(n.min(w.len()), b'0');
            assert_eq!(find_anchor(&w, 0), Some(n.min(24)));
        }
    }

    #[test]
    fn quarters() {
        let q = |quarter, year| MentionValue::Quarter { quarter, year };
        assert_eq!(mentions("quý I", None), vec![("quý I".into(), q(1, None))]);
        assert_eq!(
            mentions("quý II-2024.", None),
            vec![("quý II-2024".into(), q(2, Some(2024)))]
        );
        assert_eq!(
            mentions("quý III/2023", None),
            vec![("quý III/2023".into(), q(3, Some(2023)))]
        );
        assert_eq!(
            mentions("quý 4/2023", None),
            vec![("quý 4/2023".into(), q(4, Some(2023)))]
        );
        assert_eq!(
            mentions("quý IV năm 2023", None),
            vec![("quý IV năm 2023".into(), q(4, Some(2023)))]
        );
        assert!(mentions("Trong quý, Đảng bộ", None).is_empty());
    }

    #[test]
    fn times() {
        assert_eq!(
            mentions("lúc 7 giờ 35", None),
            vec![("lúc 7 giờ 35".into(), t(7, 35))]
        );
        assert_eq!(
            mentions("12 giờ 50 phút", None),
            vec![("12 giờ 50 phút".into(), t(12, 50))]
        );
        assert_eq!(
            mentions("khoảng 18h15 ngày", None),
            vec![("khoảng 18h15".into(), t(18, 15))]
        );
        assert_eq!(
            mentions("7g30 sáng", None),
            vec![("7g30 sáng".into(), t(7, 30))]
        );
        assert_eq!(
            mentions("7 giờ 35 chiều", None),
            vec![("7 giờ 35 chiều".into(), t(19, 35))]
        );
        assert_eq!(
            mentions("diễn ra lúc 19h", None),
            vec![("lúc 19h".into(), t(19, 0))]
        );
        assert!(mentions("Trong 6h tới", None).is_empty());
    }

    #[test]
    fn percents() {
        assert_eq!(
            mentions("đạt 53,68% kế hoạch", None),
            vec![(
                "53,68%".into(),
                MentionValue::Percent {
                    value: 53.68,
                    value_to: None
                }
            )]
        );
    }
}
