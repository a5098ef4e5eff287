//! Small nom parsers and vocabulary tables shared by the piece parsers.
//!
//! Every parser here works on `&str` with nom's default error type and never
//! appears in the public API.

use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::{Err as NomErr, IResult};

use crate::normalize::{is_dash, is_space, trim_start};

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

/// A word or phrase, ignoring case, that ends at a word boundary.
/// `phrase` is written in lowercase; a space in it matches any run of spaces.
pub(crate) fn word<'p>(phrase: &'p str) -> impl Fn(&str) -> Res<'_, &str> + 'p {
    move |i: &str| match match_phrase(i, phrase) {
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

/// The byte length of the prefix of `i` that equals `phrase` ignoring case,
/// with each space of `phrase` matching one or more spaces of `i`.
#[inline]
fn match_phrase(i: &str, phrase: &str) -> Option<usize> {
    // Most calls fail on the first byte: an ASCII letter matches only the
    // same letter in either case, and never a letter outside ASCII.
    let (ib, pb) = (i.as_bytes(), phrase.as_bytes());
    if let (Some(&a), Some(&b)) = (ib.first(), pb.first()) {
        if (a.is_ascii() || b.is_ascii()) && !a.eq_ignore_ascii_case(&b) {
            return None;
        }
        // Two ASCII first letters: the second characters start at byte 1 of
        // both, and are compared the same way (a space of the phrase matches
        // any white space, so it is left to the loop).
        if a.is_ascii() && b.is_ascii() {
            match (ib.get(1), pb.get(1)) {
                (None, Some(_)) => return None,
                (Some(&c), Some(&d))
                    if d != b' '
                        && (c.is_ascii() || d.is_ascii())
                        && !c.eq_ignore_ascii_case(&d) =>
                {
                    return None
                }
                _ => {}
            }
        }
        // The same first byte: most such inputs are written as the phrase
        // is (lowercase, one space), and the bytes alone tell.
        if a == b && ib.get(..pb.len()) == Some(pb) {
            return Some(pb.len());
        }
    }
    let mut rest = i;
    for p in phrase.chars() {
        if p == ' ' {
            let trimmed = rest.trim_start_matches(is_space);
            if trimmed.len() == rest.len() {
                return None;
            }
            rest = trimmed;
            continue;
        }
        let c = rest.chars().next()?;
        let same = if c.is_ascii() || p.is_ascii() {
            c.eq_ignore_ascii_case(&p)
        } else {
            super::letters::eq_ignore_case(c, p)
        };
        if !same {
            return None;
        }
        rest = rest.get(c.len_utf8()..)?;
    }
    Some(i.len() - rest.len())
}

/// For each byte, the entries of `table` (at most 64) a text starting with
/// it may match as [`one_of_starting`] compares them, one bit each: an entry starting
/// with an ASCII byte under that byte in either case, an entry starting
/// outside ASCII under every byte from 0x80 up. Worked out at compile time,
/// for [`one_of_starting`].
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
pub(crate) const fn first_bytes<T: Copy>(table: &[(&str, T)]) -> [u64; 256] {
    assert!(
        table.len() <= 64,
        "a table indexed by first bytes has at most 64 entries"
    );
    let mut out = [0u64; 256];
    let mut i = 0;
    while i < table.len() {
        let phrase = table[i].0.as_bytes();
        let bit = 1u64 << i;
        if !phrase.is_empty() {
            let b = phrase[0];
            if b.is_ascii() {
                out[b.to_ascii_lowercase() as usize] |= bit;
                out[b.to_ascii_uppercase() as usize] |= bit;
            } else {
                let mut k = 0x80;
                while k < 256 {
                    out[k] |= bit;
                    k += 1;
                }
            }
        }
        i += 1;
    }
    out
}

/// The first entry of `table` whose phrase starts `i` (ignoring case, at a
/// word boundary), with its value; put longer phrases before their
/// prefixes. Only the entries the first byte of `i` may start are tried
/// (`first` is [`first_bytes`] of `table`), in the table's order.
pub(crate) fn one_of_starting<'t, T: Copy>(
    table: &'t [(&'t str, T)],
    first: &'t [u64; 256],
) -> impl Fn(&str) -> Res<'_, T> + 't {
    move |i: &str| {
        for &(phrase, value) in candidates(i, table, first) {
            if let Some(len) = match_phrase(i, phrase) {
                let rest = i.get(len..).unwrap_or_default();
                if !rest.chars().next().is_some_and(is_word_char) {
                    return Ok((rest, value));
                }
            }
        }
        fail(i)
    }
}

/// The value of the first phrase of `table` that is the whole of `s`
/// (ignoring case as [`one_of_starting`] does; `first` is [`first_bytes`]
/// of `table`).
pub(crate) fn whole_one_of<T: Copy>(s: &str, table: &[(&str, T)], first: &[u64; 256]) -> Option<T> {
    candidates(s, table, first)
        .find(|&&(phrase, _)| match_phrase(s, phrase) == Some(s.len()))
        .map(|&(_, value)| value)
}

/// Whether the whole of `s` is one of the phrases of `table` (see
/// [`whole_one_of`]).
pub(crate) fn is_one_of<T: Copy>(s: &str, table: &[(&str, T)], first: &[u64; 256]) -> bool {
    whole_one_of(s, table, first).is_some()
}

/// The entries of `table` the first byte of `s` may start, in the table's
/// order (`first` is [`first_bytes`] of `table`).
#[inline]
fn candidates<'t, T>(
    s: &str,
    table: &'t [(&'t str, T)],
    first: &[u64; 256],
) -> impl Iterator<Item = &'t (&'t str, T)> {
    let b = s.as_bytes().first().copied().unwrap_or(0);
    let mut entries = first.get(usize::from(b)).copied().unwrap_or(0);
    std::iter::from_fn(move || {
        if entries == 0 {
            return None;
        }
        let k = entries.trailing_zeros() as usize;
        entries &= entries - 1;
        Some(k)
    })
    .map_while(|k| table.get(k))
}

/// The first (or last) words of the phrases of some tables, as a filter over
/// the words of a text: [`WordFilter::may_start`] (the word a text opens
/// with) and [`WordFilter::may_end`] (the word it ends with) let through
/// every word whose lowercase is one of them (and, by a hash collision, a
/// few others), so that a caller skips the tables for the words refused.
///
/// Built at compile time with [`WordFilter::with`] (or
/// [`WordFilter::with_last`] for the last words); a phrase's first word ends
/// at a space or a `/` (`km/h`), and is lowercased in ASCII (the tables
/// write other letters in lowercase).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordFilter {
    bits: [u64; WORD_FILTER_WORDS],
    /// The last bytes of the words' last characters in either case, one bit
    /// each: an ASCII letter or digit in both cases; for a letter outside
    /// ASCII its last byte, and the byte 1 and 0x20 below it, where the last
    /// byte of the capital lies for the letters of Vietnamese (`Ố` E1 BB 90
    /// for `ố` E1 BB 91, `À` C3 80 for `à` C3 A0).
    ends: [u64; 4],
}

/// The size of a [`WordFilter`], in 64-bit words: 1024 bits, so that the
/// words of a few tables take few of them.
const WORD_FILTER_WORDS: usize = 16;

/// FNV-1a over characters: the hash of the filter's words.
const fn fnv_char(h: u32, c: u32) -> u32 {
    (h ^ c).wrapping_mul(0x0100_0193)
}

/// The hash a word starts from.
const FNV_START: u32 = 0x811C_9DC5;

/// The bit of a word's hash in a [`WordFilter`].
const fn filter_bit(h: u32) -> (usize, u64) {
    let k = (h >> 22) as usize;
    (k / 64, 1 << (k % 64))
}

impl WordFilter {
    /// The empty filter.
    pub(crate) const fn new() -> Self {
        WordFilter {
            bits: [0; WORD_FILTER_WORDS],
            ends: [0; 4],
        }
    }

    /// The filter with the first word of each phrase of `table` added.
    pub(crate) const fn with<T: Copy>(self, table: &[(&str, T)]) -> Self {
        self.with_words(table, false)
    }

    /// The filter with the last word of each phrase of `table` added.
    pub(crate) const fn with_last<T: Copy>(self, table: &[(&str, T)]) -> Self {
        self.with_words(table, true)
    }

    /// The filter with the first (`last_word`: last) word of each phrase of
    /// `table` added.
    #[allow(clippy::indexing_slicing)] // evaluated by the compiler: `i` stays below the length
    const fn with_words<T: Copy>(self, table: &[(&str, T)], last_word: bool) -> Self {
        let mut out = self;
        let mut i = 0;
        while i < table.len() {
            out = out.add_word(table[i].0.as_bytes(), last_word);
            i += 1;
        }
        out
    }

    /// The filter with the first word of the phrase `b` added (its last
    /// word with `last_word`).
    #[allow(clippy::indexing_slicing)] // evaluated by the compiler on UTF-8 text
    const fn add_word(mut self, b: &[u8], last_word: bool) -> Self {
        let mut k = 0;
        if last_word {
            let mut j = 0;
            while j < b.len() {
                if b[j] == b' ' {
                    k = j + 1;
                }
                j += 1;
            }
        }
        let mut h = FNV_START;
        let mut last_byte = 0;
        while k < b.len() && b[k] != b' ' && b[k] != b'/' {
            // One character decoded from its UTF-8 bytes.
            let (c, n) = match b[k] {
                x if x < 0x80 => (x.to_ascii_lowercase() as u32, 1),
                x if x < 0xE0 => (((x & 0x1F) as u32) << 6 | (b[k + 1] & 0x3F) as u32, 2),
                x if x < 0xF0 => (
                    ((x & 0x0F) as u32) << 12
                        | ((b[k + 1] & 0x3F) as u32) << 6
                        | (b[k + 2] & 0x3F) as u32,
                    3,
                ),
                x => (
                    ((x & 0x07) as u32) << 18
                        | ((b[k + 1] & 0x3F) as u32) << 12
                        | ((b[k + 2] & 0x3F) as u32) << 6
                        | (b[k + 3] & 0x3F) as u32,
                    4,
                ),
            };
            h = fnv_char(h, c);
            last_byte = b[k + n - 1];
            k += n;
        }
        let (word, bit) = filter_bit(h);
        self.bits[word] |= bit;
        let ends = if last_byte.is_ascii() {
            [
                last_byte.to_ascii_lowercase(),
                last_byte.to_ascii_uppercase(),
                last_byte,
            ]
        } else {
            [
                last_byte,
                last_byte.saturating_sub(1),
                last_byte.saturating_sub(0x20),
            ]
        };
        let mut e = 0;
        while e < ends.len() {
            self.ends[(ends[e] / 64) as usize] |= 1 << (ends[e] % 64);
            e += 1;
        }
        self
    }

    /// Whether the word (the run of letters and digits) at the end of `s`
    /// may be one of the filter's words, ignoring case.
    #[inline]
    pub(crate) fn may_end(&self, s: &str) -> bool {
        // A word that ends in a byte none of the words ends with in either
        // case is none of them; nor is an empty run (a text that ends in
        // something else than a letter or digit).
        let Some(&b) = s.as_bytes().last() else {
            return false;
        };
        let ends_with = self
            .ends
            .get(usize::from(b / 64))
            .is_some_and(|set| set & (1 << (b % 64)) != 0);
        if !ends_with {
            return false;
        }
        // The run starts after the last ASCII byte that is no letter or
        // digit; a character outside ASCII that is no word character
        // starts it again.
        let from = s
            .bytes()
            .rposition(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        let mut h = FNV_START;
        let mut run = 0;
        for c in s.get(from..).unwrap_or_default().chars() {
            if is_word_char(c) {
                super::letters::for_lowercase(c, |l| h = fnv_char(h, u32::from(l)));
                run += 1;
            } else {
                h = FNV_START;
                run = 0;
            }
        }
        let (word, bit) = filter_bit(h);
        run > 0 && self.bits.get(word).is_some_and(|w| w & bit != 0)
    }

    /// Whether the word (the run of letters and digits) at the start of `s`
    /// may be one of the filter's words, ignoring case; and the word's
    /// length in bytes.
    #[inline]
    pub(crate) fn may_start(&self, s: &str) -> (bool, usize) {
        let mut h = FNV_START;
        let mut len = 0;
        for c in s.chars() {
            if !is_word_char(c) {
                break;
            }
            super::letters::for_lowercase(c, |l| h = fnv_char(h, u32::from(l)));
            len += c.len_utf8();
        }
        let (word, bit) = filter_bit(h);
        (self.bits.get(word).is_some_and(|w| w & bit != 0), len)
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

/// The last byte before `end` that is `needle`, eight bytes at a time:
/// words are short, and this beats `memrchr`'s set-up and a byte loop.
#[inline]
pub(crate) fn rfind_byte(bytes: &[u8], end: usize, needle: u8) -> Option<usize> {
    const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut end = end.min(bytes.len());
    while end >= 8 {
        let chunk = bytes.get(end - 8..end).unwrap_or_default();
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]))
            ^ (0x0101_0101_0101_0101 * u64::from(needle));
        // The high bit of each zero byte of `x`, exactly (no carry crosses
        // bytes).
        let zero = !(((x & LO7) + LO7) | x | LO7);
        if zero != 0 {
            return Some(end - 8 + (63 - zero.leading_zeros() as usize) / 8);
        }
        end -= 8;
    }
    bytes.get(..end)?.iter().rposition(|&b| b == needle)
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

/// Parts of the day and the hours they add to a 12-hour clock reading
/// (`7 giờ tối` is 19:00). One table for datelines and time mentions.
pub(crate) const PARTS_OF_DAY: &[(&str, PartOfDay)] = &[
    ("sáng", PartOfDay::Morning),
    ("trưa", PartOfDay::Noon),
    ("chiều", PartOfDay::Afternoon),
    ("tối", PartOfDay::Evening),
    ("đêm", PartOfDay::Night),
];

/// The first bytes of [`PARTS_OF_DAY`].
pub(crate) const PART_OF_DAY_STARTS: [u64; 256] = first_bytes(PARTS_OF_DAY);

/// A part of the day, as the words in [`PARTS_OF_DAY`] name it.
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
            PartOfDay::Night => hour,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_at_reads_every_line_end_alike() {
        let b = b"ab\ncd\r\nef\rg";
        assert_eq!(line_at(b, 0, 0, true), Some((2, 3)));
        assert_eq!(line_at(b, 3, 3, true), Some((5, 7)));
        assert_eq!(line_at(b, 7, 7, true), Some((9, 10)));
        assert_eq!(line_at(b, 10, 10, true), Some((11, 11)));
        assert_eq!(line_at(b, 11, 11, true), None);
        // Before the end of the stream: a last line without its end, or a
        // `\r` last (the first half of `\r\n`?), waits for more.
        assert_eq!(line_at(b, 10, 10, false), None);
        assert_eq!(line_at(b"ab\r", 0, 0, false), None);
        assert_eq!(line_at(b"ab\r", 0, 0, true), Some((2, 3)));
        assert_eq!(line_at(b"ab\rc", 0, 0, false), Some((2, 3)));
        // A search resumed where the last one stopped.
        assert_eq!(line_at(b"abc\n", 0, 2, false), Some((3, 4)));
        assert_eq!(
            raw_lines("a\r\rb\r\n", 0, 7).collect::<Vec<_>>(),
            [(0, 1), (2, 2), (3, 4)]
        );
    }

    #[test]
    fn sp0_takes_every_kind_of_space() {
        assert_eq!(sp0("x"), Ok(("x", "")));
        assert_eq!(sp0(" x"), Ok(("x", " ")));
        assert_eq!(sp0(" ạ"), Ok(("ạ", " ")));
        assert_eq!(sp0("  x"), Ok(("x", "  ")));
        assert_eq!(sp0(" \u{a0}x"), Ok(("x", " \u{a0}")));
        assert_eq!(sp0("\u{a0}\u{200b}x"), Ok(("x", "\u{a0}\u{200b}")));
        assert_eq!(sp0(" "), Ok(("", " ")));
        assert_eq!(sp0(""), Ok(("", "")));
        assert!(sp1("x").is_err());
        assert_eq!(sp1(" x"), Ok(("x", " ")));
    }

    #[test]
    fn word_ignores_case_and_needs_a_boundary() {
        assert_eq!(word("ngày")("Ngày 2-4"), Ok((" 2-4", "Ngày")));
        assert!(word("ngày")("ngàyx").is_err());
        assert_eq!(word("chủ nhật")("CHỦ  NHẬT,"), Ok((",", "CHỦ  NHẬT")));
    }

    #[test]
    fn first_bytes_cover_both_cases_and_bytes_outside_ascii() {
        const T: &[(&str, u8)] = &[("tỷ", 1), ("Kg", 2), ("đồng", 3), ("%", 4), ("tấn", 5)];
        const F: [u64; 256] = first_bytes(T);
        let on: Vec<u8> = (0..=255u8).filter(|&b| F[usize::from(b)] != 0).collect();
        let mut want = vec![b'%', b'K', b'T', b'k', b't'];
        want.extend(0x80..=0xFF);
        assert_eq!(on, want);
        assert_eq!(F[usize::from(b't')], 0b10001);
        assert_eq!(F[0xC4], 0b00100);
        let p = one_of_starting(T, &F);
        assert_eq!(p("Tỷ đồng"), Ok((" đồng", 1)));
        assert_eq!(p("TẤN"), Ok(("", 5)));
        assert_eq!(p("Đồng"), Ok(("", 3)));
        assert!(p("xã").is_err());
        assert!(p("tỷx").is_err());
        assert!(p("").is_err());
        assert!(first_bytes::<u8>(&[]).iter().all(|&b| b == 0));
        // A whole match may be a later entry than a shorter one that starts it.
        const L: &[(&str, u8)] = &[("cập nhật", 1), ("cập nhật lúc", 2), ("lúc", 3)];
        const LF: [u64; 256] = first_bytes(L);
        assert_eq!(whole_one_of("Cập  nhật lúc", L, &LF), Some(2));
        assert_eq!(whole_one_of("cập nhật", L, &LF), Some(1));
        assert_eq!(whole_one_of("cập nhật lúc 7", L, &LF), None);
        assert_eq!(whole_one_of("", L, &LF), None);
        assert!(is_one_of("LÚC", L, &LF));
    }

    #[test]
    fn word_filters_take_first_or_last_words_in_either_case() {
        const T: &[(&str, ())] = &[("rạng sáng", ()), ("km/h", ()), ("tỷ", ())];
        const FIRST: WordFilter = WordFilter::new().with(T);
        const LAST: WordFilter = WordFilter::new().with_last(T);
        assert_eq!(FIRST.may_start("Rạng đông"), (true, "Rạng".len()));
        assert_eq!(FIRST.may_start("KM/H"), (true, 2));
        assert_eq!(FIRST.may_start("TỶ."), (true, "TỶ".len()));
        assert!(!FIRST.may_start("sáng").0);
        assert!(LAST.may_end("hôm SÁNG"));
        assert!(LAST.may_end("“sáng"));
        assert!(LAST.may_end("x\u{a0}sáng"));
        assert!(LAST.may_end("tỷ"));
        assert!(LAST.may_end("TỶ"));
        assert!(!LAST.may_end("rạng"));
        assert!(!LAST.may_end("sáng,"));
        assert!(!LAST.may_end("sáng“"));
        assert!(!LAST.may_end(""));
        assert!(!LAST.may_end("sán"));
        assert!(LAST.may_end("SÁNG"));
        assert!(!LAST.may_end("TÝ"));
        // Every character whose lowercase is the last letter of a word ends
        // with one of the filter's end bytes.
        const D: &[(&str, ())] = &[("tối", ()), ("đêm", ()), ("trưa", ()), ("ngày", ())];
        const DL: WordFilter = WordFilter::new().with_last(D);
        let lasts: Vec<char> = D.iter().filter_map(|d| d.0.chars().last()).collect();
        let mut seen = 0;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if lasts.iter().any(|&l| c.to_lowercase().eq([l])) {
                let last = *c.to_string().as_bytes().last().unwrap();
                assert!(
                    DL.ends[usize::from(last / 64)] & (1 << (last % 64)) != 0,
                    "{c:?}"
                );
                seen += 1;
            }
        }
        assert_eq!(seen, 8, "ố Ố m M a A y Y");
        assert!(DL.may_end("TỐI") && DL.may_end("ĐÊM") && DL.may_end("NGÀY"));
    }

    #[test]
    fn numbers_are_read_whole_or_refused() {
        assert_eq!(number(1, 2)("07:35"), Ok((":35", 7)));
        assert_eq!(number(4, 4)("2024-"), Ok(("-", 2024)));
        assert!(number(1, 2)("123").is_err());
        assert!(number(1, 2)("x").is_err());
        assert_eq!(number(1, 10)("4294967295"), Ok(("", u32::MAX)));
        assert!(number(1, 10)("4294967296").is_err());
    }

    #[test]
    fn longer_than_counts_characters() {
        assert!(!longer_than("", 0));
        assert!(longer_than("a", 0));
        assert!(!longer_than("ệệệ", 3));
        assert!(longer_than("ệệệ", 2));
        assert!(!longer_than("abc", 3));
        assert!(longer_than(&"ệ".repeat(13), 12));
        assert!(!longer_than(&"ệ".repeat(12), 12));
        assert!(longer_than(&"a".repeat(49), 12));
    }

    #[test]
    fn rfind_byte_finds_the_last_match() {
        let s = b"abc def ghijklmnop q";
        assert_eq!(rfind_byte(s, s.len(), b' '), Some(18));
        assert_eq!(rfind_byte(s, 18, b' '), Some(7));
        assert_eq!(rfind_byte(s, 7, b' '), Some(3));
        assert_eq!(rfind_byte(s, 3, b' '), None);
        assert_eq!(rfind_byte(s, 99, b'a'), Some(0));
        // Bytes one above the needle next to it: no false match.
        assert_eq!(rfind_byte(b"!!!! !!!!!!!!!!!", 16, b' '), Some(4));
        for n in 0..40 {
            let mut v = vec![b'!'; 40];
            v[n] = b' ';
            assert_eq!(rfind_byte(&v, 40, b' '), Some(n));
            assert_eq!(rfind_byte(&v, n, b' '), None);
            assert_eq!(rfind_byte(&v, n + 1, b' '), Some(n));
        }
    }

    #[test]
    fn find_byte_finds_the_first_match() {
        let s = b"abc defghij klmnopq r";
        assert_eq!(find_byte(s, 0, b' '), 3);
        assert_eq!(find_byte(s, 4, b' '), 11);
        assert_eq!(find_byte(s, 12, b' '), 19);
        assert_eq!(find_byte(s, 20, b' '), s.len());
        assert_eq!(find_byte(b"\xff\x20\x21\x20", 0, b' '), 1);
        for n in 0..40 {
            let mut v = vec![b'x'; 40];
            v[n] = b' ';
            assert_eq!(find_byte(&v, 0, b' '), n);
        }
    }

    #[test]
    fn number_takes_bounded_digit_runs() {
        assert_eq!(number(1, 2)("03/"), Ok(("/", 3)));
        assert!(number(1, 2)("123").is_err());
        assert!(number(4, 4)("99").is_err());
    }

    #[test]
    fn parts_of_day_apply_to_twelve_hour_readings() {
        assert_eq!(PartOfDay::Evening.apply(7), 19);
        assert_eq!(PartOfDay::Afternoon.apply(14), 14);
        assert_eq!(PartOfDay::Noon.apply(1), 13);
        assert_eq!(PartOfDay::Noon.apply(11), 11);
        assert_eq!(PartOfDay::Night.apply(2), 2);
        assert_eq!(PartOfDay::Night.apply(10), 22);
        assert_eq!(PartOfDay::Morning.apply(7), 7);
    }
}
