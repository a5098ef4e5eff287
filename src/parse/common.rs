//! Small nom parsers and vocabulary tables shared by the piece parsers.
//!
//! Every parser here works on `&str` with nom's default error type and never
//! appears in the public API.

use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::{Err as NomErr, IResult};

use crate::normalize::{is_dash, is_space, trim_start};

mod tables;

pub(crate) use tables::*;

/// The result type of the crate's nom parsers.
pub(crate) type Res<'a, T> = IResult<&'a str, T>;

/// A recoverable nom failure at `input`.
pub(crate) fn fail<T>(input: &str) -> Res<'_, T> {
    Err(NomErr::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// Skips white space in the parser's sense (never fails).
#[inline]
pub(crate) fn sp0(i: &str) -> Res<'_, &str> {
    let rest = trim_start(i);
    Ok((rest, i.get(..i.len() - rest.len()).unwrap_or_default()))
}

/// At least one white-space character.
#[inline]
pub(crate) fn sp1(i: &str) -> Res<'_, &str> {
    let (rest, s) = sp0(i)?;
    if s.is_empty() {
        fail(i)
    } else {
        Ok((rest, s))
    }
}

/// One dash of any variant.
#[inline]
pub(crate) fn dash(i: &str) -> Res<'_, char> {
    match i.chars().next() {
        // `--`, as typewriters write a long dash: one dash.
        Some('-') if i.as_bytes().get(1) == Some(&b'-') => {
            Ok((i.get(2..).unwrap_or_default(), '-'))
        }
        Some(c) if is_dash(c) => Ok((i.get(c.len_utf8()..).unwrap_or_default(), c)),
        _ => fail(i),
    }
}

/// One given character.
#[inline]
pub(crate) fn ch(c: char) -> impl Fn(&str) -> Res<'_, char> {
    // By the first character rather than `strip_prefix`, which compares
    // the encoded bytes with a call.
    move |i: &str| match i.chars().next() {
        Some(x) if x == c => Ok((i.get(c.len_utf8()..).unwrap_or_default(), c)),
        _ => fail(i),
    }
}

/// A run of `min..=max` ASCII digits not followed by another digit, as a number.
#[inline]
pub(crate) fn number(min: usize, max: usize) -> impl Fn(&str) -> Res<'_, u32> {
    move |i: &str| {
        let len = i.bytes().take_while(u8::is_ascii_digit).count();
        if len < min || len > max {
            return fail(i);
        }
        let (digits, rest) = i.split_at_checked(len).unwrap_or((i, ""));
        // Checked, so that a run too long for a `u32` is refused.
        let value = digits.bytes().try_fold(0u32, |n, b| {
            n.checked_mul(10)?
                .checked_add(u32::from(b.wrapping_sub(b'0')))
        });
        match value {
            Some(n) => Ok((rest, n)),
            None => fail(i),
        }
    }
}

/// Whether `c` continues a word (so that `ngày` does not match `ngàyx`).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    super::letters::is_alphanumeric(c)
}

/// Whether `s` is the word `w` whole, ignoring case as [`word`] does; told
/// first by the length (a letter and its capital are as long in UTF-8:
/// `từ` and `TỪ`).
pub(crate) fn is_word(s: &str, w: &str) -> bool {
    s.len() == w.len() && word(w)(s).is_ok_and(|(rest, _)| rest.is_empty())
}

/// Whether `s` ends with the words `w` after a space, ignoring case as
/// [`word`] does (a letter and its capital are as long in UTF-8).
pub(crate) fn ends_with_word(s: &str, w: &str) -> bool {
    let at = s.len().saturating_sub(w.len());
    s.get(..at).is_some_and(|head| head.ends_with(' '))
        && s.get(at..).is_some_and(|end| is_word(end, w))
}

/// A word or phrase, ignoring case, that ends at a word boundary.
/// `phrase` is written in lowercase; a space in it matches any run of spaces.
pub(crate) fn word<'p>(phrase: &'p str) -> impl Fn(&str) -> Res<'_, &str> + 'p {
    move |i: &str| match first_letters_may_match(i, phrase)
        .then(|| match_phrase(i, phrase))
        .flatten()
    {
        Some(len) => {
            let (matched, rest) = i.split_at_checked(len).unwrap_or((i, ""));
            if rest.chars().next().is_some_and(is_word_char) {
                fail(i)
            } else {
                Ok((rest, matched))
            }
        }
        None => fail(i),
    }
}

/// Whether `i` may open with `phrase` ignoring case, told by the first
/// bytes alone: two ASCII bytes differ in more than case (most calls of a
/// grammar that tries words in turn).
#[inline(always)]
fn first_letters_may_match(i: &str, phrase: &str) -> bool {
    match (i.as_bytes().first(), phrase.as_bytes().first()) {
        (Some(&c), Some(&p)) if c.is_ascii() && p.is_ascii() => {
            c == p || (c | 0x20 == p | 0x20 && p.is_ascii_alphabetic())
        }
        _ => true,
    }
}

/// The lines of `text[from..to]` as byte ranges `(start, end)` without their
/// line ends. A line ends at `\n`, `\r\n` or a lone `\r`; a text ending in a
/// line end has no empty last line.
pub(crate) fn raw_lines(
    text: &str,
    from: usize,
    to: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text
        .as_bytes()
        .get(..to.min(text.len()))
        .unwrap_or_default();
    let mut pos = from;
    std::iter::from_fn(move || {
        let start = pos;
        let (end, next) = line_at(bytes, start, start, true)?;
        pos = next;
        Some((start, end))
    })
}

/// The line of `bytes` that starts at `start`: where its text ends and where
/// the next line starts, every kind of line end (`\n`, `\r\n`, a lone `\r`)
/// found by one search from `search_from` (where the caller knows no line
/// end stands before). `None` when no line starts at `start`, or, unless
/// `eof` (the bytes are all there is), when its end is not in `bytes` yet:
/// a `\r` last may be the first half of `\r\n`.
#[inline]
pub(crate) fn line_at(
    bytes: &[u8],
    start: usize,
    search_from: usize,
    eof: bool,
) -> Option<(usize, usize)> {
    if start >= bytes.len() {
        return None;
    }
    // A blank line (half the lines of a text with blank lines between
    // paragraphs) ends where it starts, without a search.
    let from = search_from.max(start);
    let found = match bytes.get(start) {
        Some(b'\n' | b'\r') => Some(start),
        _ => memchr::memchr2(b'\n', b'\r', bytes.get(from..).unwrap_or_default()).map(|p| from + p),
    };
    match (found, bytes.get(found.unwrap_or(0) + 1)) {
        (Some(at), next) if bytes.get(at) == Some(&b'\r') => match next {
            Some(b'\n') => Some((at, at + 2)),
            Some(_) => Some((at, at + 1)),
            None => eof.then_some((at, at + 1)),
        },
        (Some(at), _) => Some((at, at + 1)),
        (None, _) => eof.then_some((bytes.len(), bytes.len())),
    }
}

/// Whether a word opening with a capital follows `rest`'s spaces: a name
/// (`Chủ nhật Đỏ`, `Tết Tây Nguyên`) rather than the end of a mention.
pub(crate) fn capital_follows(rest: &str) -> bool {
    sp1(rest).is_ok_and(|(next, _)| {
        next.chars()
            .next()
            .is_some_and(super::letters::is_uppercase)
    })
}

/// Whether the clause closes at `rest`: only spaces before its end or a
/// mark of [`crate::vocab::CLAUSE_ENDS`] (`,`, `.`, `)`...).
pub(crate) fn clause_closes(rest: &str) -> bool {
    let next = crate::normalize::trim_start(rest);
    next.is_empty() || next.starts_with(crate::vocab::CLAUSE_ENDS)
}

/// The first byte at or after `from` that is `needle`, eight bytes at a
/// time; `bytes.len()` when there is none. Faster than `memchr` for the
/// short distances between words.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, needle: u8) -> usize {
    find_below(bytes, from, needle, 1)
}

/// Whether `s` has more than `max` characters, counted only when its
/// length in bytes leaves it open (a character is one to four bytes).
#[inline]
pub(crate) fn longer_than(s: &str, max: usize) -> bool {
    s.len() > max && (s.len() > max.saturating_mul(4) || s.chars().count() > max)
}

/// How many words `s` holds, words parted by [`is_space`] characters.
#[inline]
pub(crate) fn word_count(s: &str) -> usize {
    s.split(is_space).filter(|w| !w.is_empty()).count()
}

/// Whether `s` holds more than `n` words (see [`word_count`]), counted
/// only up to the word past the `n`th (a paragraph's words are not all
/// counted to tell it from a label of five).
#[inline]
pub(crate) fn more_words_than(s: &str, n: usize) -> bool {
    s.split(is_space).filter(|w| !w.is_empty()).nth(n).is_some()
}

/// [`word_count`] of `s`, counted up to `limit` (the words past it are
/// not looked at).
#[inline]
pub(crate) fn word_count_up_to(s: &str, limit: usize) -> usize {
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .take(limit)
        .count()
}

/// Whether `bytes` holds an ASCII digit.
#[inline]
pub(crate) fn has_digit(bytes: &[u8]) -> bool {
    find_below(bytes, 0, b'0', 10) < bytes.len()
}

/// The first byte `b` at or after `from` with `b ^ xor < below` (`below`
/// at most 128), eight bytes at a time; `bytes.len()` when there is none.
#[inline]
fn find_below(bytes: &[u8], mut from: usize, xor: u8, below: u8) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ (LO * u64::from(xor));
        // The lowest byte of `x` below `below` sets the lowest bit here.
        let found = x.wrapping_sub(LO * u64::from(below)) & !x & HI;
        if found != 0 {
            return from + (found.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while let Some(&b) = bytes.get(from) {
        if b ^ xor < below {
            return from;
        }
        from += 1;
    }
    bytes.len()
}

/// The last `needle` in `bytes` at whose index `pred` holds
/// (`/` closing `///`, a dash with a space on each side).
pub(crate) fn rfind_byte_where(
    bytes: &[u8],
    needle: u8,
    pred: impl Fn(usize) -> bool,
) -> Option<usize> {
    // `memrchr`: the span may be a caption's whole tail, longer than the
    // gaps between words that `rfind_byte` is for.
    let mut end = bytes.len();
    loop {
        let i = memchr::memrchr(needle, bytes.get(..end)?)?;
        if pred(i) {
            return Some(i);
        }
        end = i;
    }
}

/// The last byte before `end` that is `needle`, eight bytes at a time:
/// words are short, and this beats `memrchr`'s set-up and a byte loop.
#[inline]
pub(crate) fn rfind_byte(bytes: &[u8], end: usize, needle: u8) -> Option<usize> {
    rfind_byte_above(bytes, 0, end, needle)
}

/// [`rfind_byte`] over `bytes[lo..end]` only: the last `needle` at or
/// after `lo`, eight bytes at a time (the eight may reach below `lo`).
#[inline]
pub(crate) fn rfind_byte_above(bytes: &[u8], lo: usize, end: usize, needle: u8) -> Option<usize> {
    const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut end = end.min(bytes.len());
    while end >= 8 && end > lo {
        let chunk = bytes.get(end - 8..end).unwrap_or_default();
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]))
            ^ (0x0101_0101_0101_0101 * u64::from(needle));
        // The high bit of each zero byte of `x`, exactly (no carry crosses
        // bytes).
        let zero = !(((x & LO7) + LO7) | x | LO7);
        if zero != 0 {
            let at = end - 8 + (63 - zero.leading_zeros() as usize) / 8;
            return (at >= lo).then_some(at);
        }
        end -= 8;
    }
    let from = lo.min(end);
    let at = bytes.get(from..end)?.iter().rposition(|&b| b == needle)?;
    Some(from + at)
}

/// The line ends (`\n`, `\r\n`, a lone `\r`) in `text[from..to]`.
pub(crate) fn line_breaks(text: &str, from: usize, to: usize) -> usize {
    let bytes = text
        .as_bytes()
        .get(from..to.min(text.len()))
        .unwrap_or_default();
    memchr::memchr2_iter(b'\n', b'\r', bytes)
        .filter(|&i| !(bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n')))
        .count()
}

/// The line (counting from `first_line` at byte `from`) and the column (in
/// characters, from 1) of byte `offset` of `text`, a character boundary.
pub(crate) fn position(
    text: &str,
    from: usize,
    first_line: usize,
    offset: usize,
) -> (usize, usize) {
    let line = first_line + line_breaks(text, from, offset);
    let before = text.as_bytes().get(from..offset).unwrap_or_default();
    let line_start = memchr::memrchr2(b'\n', b'\r', before).map_or(from, |i| from + i + 1);
    let column = text
        .get(line_start..offset)
        .map_or(0, |s| s.chars().count())
        + 1;
    (line, column)
}

/// The byte offset of `part` inside `whole`, when `part` is a sub-slice of it.
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// A part of the day, as the words in [`crate::vocab::PARTS_OF_DAY`] name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartOfDay {
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    /// The 24-hour hour for a clock reading `hour` said with this part of day.
    pub(crate) fn apply(self, hour: u32) -> u32 {
        match self {
            PartOfDay::Morning => hour,
            PartOfDay::Noon if hour < 6 => hour + 12,
            PartOfDay::Noon => hour,
            PartOfDay::Afternoon | PartOfDay::Evening if hour < 12 => hour + 12,
            PartOfDay::Afternoon | PartOfDay::Evening => hour,
            PartOfDay::Night if (6..12).contains(&hour) => hour + 12,
            // `12 giờ đêm`: midnight.
            PartOfDay::Night if hour == 12 => 0,
            PartOfDay::Night => hour,
        }
    }
}

#[cfg(test)]
mod tests;
