//! Look-ups in the word tables: a phrase matched ignoring case, the first
//! bytes of a table's entries as a mask, and the filter of a table's words.

use super::*;

/// The byte length of the prefix of `i` that equals `phrase` ignoring case,
/// with each space of `phrase` matching one or more spaces of `i`.
#[inline]
pub(super) fn match_phrase(i: &str, phrase: &str) -> Option<usize> {
    // Byte by byte while the bytes tell: the same byte, an ASCII letter in
    // the other case, a space of the phrase (one or more in the input).
    // Two letters with marks that share a first byte are compared whole.
    let (ib, pb) = (i.as_bytes(), phrase.as_bytes());
    let (mut k, mut j) = (0, 0);
    loop {
        // The common run first: the same byte or an ASCII letter in the
        // other case, no space of the phrase.
        while let (Some(&c), Some(&d)) = (ib.get(k), pb.get(j)) {
            if d == b' ' || !(c == d || (c ^ d == 0x20 && (d | 0x20).is_ascii_lowercase())) {
                break;
            }
            (k, j) = (k + 1, j + 1);
        }
        let Some(&d) = pb.get(j) else {
            return Some(k);
        };
        let &c = ib.get(k)?;
        if d == b' ' {
            // Most gaps are one ASCII space before a letter.
            let gap = if c == b' '
                && crate::normalize::opens_with_non_space(ib.get(k + 1..).unwrap_or_default())
            {
                1
            } else {
                let rest = i.get(k..)?;
                rest.len() - crate::normalize::trim_start(rest).len()
            };
            if gap == 0 {
                return None;
            }
            (k, j) = (k + gap, j + 1);
        } else if c.is_ascii()
            || d.is_ascii()
            || (c >= 0xC0 && d >= 0xC0 && case_keeps_lead_byte(pb.get(j..).unwrap_or_default()))
        {
            // Not the same letter in either case: an ASCII one against
            // another, or letters of Vietnamese with other first bytes.
            return None;
        } else {
            // Two letters with marks: compared whole, from the start of the
            // character in both (its bytes before `j` are the same in both).
            let mut from = j;
            while !phrase.is_char_boundary(from) {
                from -= 1;
            }
            let at = k - (j - from);
            let p = phrase.get(from..)?.chars().next()?;
            let c = i.get(at..)?.chars().next()?;
            if !crate::parse::letters::eq_ignore_case(c, p) {
                return None;
            }
            (k, j) = (at + c.len_utf8(), from + p.len_utf8());
        }
    }
}

/// For each byte, the entries of `table` (at most 64) a text starting with
/// it may match as [`one_of_starting`] compares them, one bit each: an entry starting
/// with an ASCII byte under that byte in either case, an entry starting
/// with a letter of Vietnamese under its first byte (its capital's too, see
/// [`case_keeps_lead_byte`]), any other under every byte from 0x80 up. Worked out at compile time,
/// for [`one_of_starting`].
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
pub(super) const fn first_bytes<T: Copy>(table: &[(&str, T)]) -> [u64; 256] {
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
            } else if case_keeps_lead_byte(phrase) {
                out[b as usize] |= bit;
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

/// For each byte, the entries of `table` (at most 64) a text whose second
/// byte it is may match, one bit each: the filter [`candidates`] adds to
/// [`first_bytes`]. An entry of one byte, or one whose second byte may
/// differ in the other case (the last byte of a two-byte letter, `à` C3 A0
/// and `À` C3 80) or stand for more than itself (a space of the phrase,
/// one or more spaces of the text), lies under every byte it may meet; an
/// ASCII letter under both its cases; the second byte of a letter of
/// U+1EA0..U+1EF9 under itself (a letter and its capital differ in the last
/// byte only).
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
pub(super) const fn second_bytes<T: Copy>(table: &[(&str, T)]) -> [u64; 256] {
    let mut out = [0u64; 256];
    let mut i = 0;
    while i < table.len() {
        let phrase = table[i].0.as_bytes();
        let bit = 1u64 << i;
        // The bytes from `lo` to `hi` the entry lies under, beside `one`.
        let (lo, hi, one): (usize, usize, Option<u8>) = match phrase {
            [a, b, ..] if a.is_ascii() && *b == b' ' => (0x80, 0xFF, Some(b' ')),
            [a, b, ..] if a.is_ascii() && b.is_ascii() => {
                out[b.to_ascii_lowercase() as usize] |= bit;
                (1, 0, Some(b.to_ascii_uppercase()))
            }
            [a, b, ..] if a.is_ascii() => {
                let (_, rest) = phrase.split_at(1);
                if case_keeps_lead_byte(rest) {
                    (1, 0, Some(*b))
                } else {
                    (0x80, 0xFF, None)
                }
            }
            [0xE1, b, ..] if case_keeps_lead_byte(phrase) => (1, 0, Some(*b)),
            [_, _, ..] => (0x80, 0xBF, None),
            _ => (0, 0xFF, None),
        };
        if let Some(b) = one {
            out[b as usize] |= bit;
        }
        // A space of the phrase: any white space of the text, ASCII up to
        // the space or led by a byte from 0x80.
        if matches!(one, Some(b' ')) {
            let mut k = 0;
            while k < 0x20 {
                out[k] |= bit;
                k += 1;
            }
        }
        let mut k = lo;
        while k <= hi {
            out[k] |= bit;
            k += 1;
        }
        i += 1;
    }
    out
}

/// Whether the first character of `phrase` (UTF-8, outside ASCII) and its
/// other case share their first byte, as every letter of Vietnamese does
/// (`đ` C4 91 and `Đ` C4 90, `ế` E1 BA BF and `Ế` E1 BA BE), or it has no
/// other case (`£`, `€`, `₫`, `–`): then a text can match the phrase only if
/// it opens with that byte.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler on UTF-8 text
const fn case_keeps_lead_byte(phrase: &[u8]) -> bool {
    let c = match phrase[0] {
        x if x >= 0xC0 && x < 0xE0 && phrase.len() >= 2 => {
            ((x & 0x1F) as u32) << 6 | (phrase[1] & 0x3F) as u32
        }
        x if x >= 0xE0 && x < 0xF0 && phrase.len() >= 3 => {
            ((x & 0x0F) as u32) << 12 | ((phrase[1] & 0x3F) as u32) << 6 | (phrase[2] & 0x3F) as u32
        }
        _ => return false,
    };
    matches!(c, 0xC0..=0xFE | 0x1EA0..=0x1EF9)
        || crate::parse::letters::is_caseless_sign(c)
        || crate::parse::letters::extended_small(c).is_some()
}

/// A word table and the index of its entries by first byte, built
/// together at compile time so that a look-up cannot pair a table with
/// another's index. At most 64 entries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table<T: 'static> {
    /// The phrases and their values, longer phrases before their prefixes.
    pub(crate) entries: &'static [(&'static str, T)],
    /// [`first_bytes`] of `entries`.
    pub(crate) starts: [u64; 256],
    /// [`second_bytes`] of `entries`.
    pub(crate) seconds: [u64; 256],
}

impl<T: Copy> Table<T> {
    /// The table of `entries`, with its index.
    pub(crate) const fn new(entries: &'static [(&'static str, T)]) -> Self {
        Table {
            entries,
            starts: first_bytes(entries),
            seconds: second_bytes(entries),
        }
    }

    /// Whether a text opening with byte `b` may start one of the entries,
    /// in either case: a test of the index alone, before a look-up.
    #[inline]
    pub(crate) fn may_start_byte(&self, b: u8) -> bool {
        self.starts
            .get(usize::from(b))
            .is_some_and(|&bits| bits != 0)
    }

    /// Whether a text opening with `bytes` may start one of the entries,
    /// in either case: its first two bytes tested on the index alone.
    #[inline]
    pub(crate) fn may_start_bytes(&self, bytes: &[u8]) -> bool {
        entry_bits(bytes, (&self.starts, &self.seconds)) != 0
    }

    /// A parser of the first entry whose phrase starts the input (see
    /// [`one_of_starting`]).
    #[inline]
    pub(crate) fn starting(&'static self) -> impl Fn(&str) -> Res<'_, T> {
        one_of_starting(self.entries, (&self.starts, &self.seconds))
    }

    /// The value of the entry that is the whole of `s` (see
    /// [`whole_one_of`]).
    #[inline]
    pub(crate) fn whole(&self, s: &str) -> Option<T> {
        whole_one_of(s, self.entries, (&self.starts, &self.seconds))
    }

    /// The entries the first byte of `s` may start, in the table's order
    /// (see [`candidates`]).
    #[inline]
    pub(crate) fn candidates<'t>(&'t self, s: &str) -> impl Iterator<Item = &'t (&'t str, T)> {
        candidates(s, self.entries, (&self.starts, &self.seconds))
    }

    /// Whether the whole of `s` is one of the entries.
    #[inline]
    pub(crate) fn contains(&self, s: &str) -> bool {
        self.whole(s).is_some()
    }
}

/// A word table of more than 64 entries: two [`Table`]s read as one, the
/// longer match of the two winning (so that a phrase of the second is not
/// shadowed by a prefix of it in the first). At most 128 entries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WideTable<T: 'static> {
    pub(crate) parts: [Table<T>; 2],
}

impl<T: Copy> WideTable<T> {
    /// The table of `first` and `second` (at most 64 entries each), with
    /// their indexes.
    pub(crate) const fn new(
        first: &'static [(&'static str, T)],
        second: &'static [(&'static str, T)],
    ) -> Self {
        WideTable {
            parts: [Table::new(first), Table::new(second)],
        }
    }

    /// A parser of the longest entry whose phrase starts the input (see
    /// [`Table::starting`]).
    pub(crate) fn starting(&'static self) -> impl Fn(&str) -> Res<'_, T> {
        let [first, second] = &self.parts;
        let (first, second) = (first.starting(), second.starting());
        move |i: &str| match (first(i), second(i)) {
            // The shorter rest is the longer match.
            (Ok(a), Ok(b)) => Ok(if b.0.len() < a.0.len() { b } else { a }),
            (Ok(a), Err(_)) => Ok(a),
            (Err(_), found) => found,
        }
    }
}

/// The first entry of `table` whose phrase starts `i` (ignoring case, at a
/// word boundary), with its value; put longer phrases before their
/// prefixes. Only the entries the first two bytes of `i` may start are tried
/// (`first` is [`first_bytes`] and [`second_bytes`] of `table`), in the
/// table's order.
pub(super) fn one_of_starting<'t, T: Copy>(
    table: &'t [(&'t str, T)],
    first: (&'t [u64; 256], &'t [u64; 256]),
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
pub(super) fn whole_one_of<T: Copy>(
    s: &str,
    table: &[(&str, T)],
    first: (&[u64; 256], &[u64; 256]),
) -> Option<T> {
    // A letter and its capital are as long in UTF-8 (every Vietnamese one)
    // and a space matches one or more: no phrase longer than `s` is it.
    candidates(s, table, first)
        .find(|&&(phrase, _)| phrase.len() <= s.len() && match_phrase(s, phrase) == Some(s.len()))
        .map(|&(_, value)| value)
}

/// The entries of `table` the first two bytes of `s` may start, in the table's
/// order (`first` is [`first_bytes`] and [`second_bytes`] of `table`).
#[inline]
pub(super) fn candidates<'t, T>(
    s: &str,
    table: &'t [(&'t str, T)],
    (first, second): (&[u64; 256], &[u64; 256]),
) -> impl Iterator<Item = &'t (&'t str, T)> {
    let mut entries = entry_bits(s.as_bytes(), (first, second));
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

/// The entries (one bit each) the first two bytes of `b` may start
/// (`first` is [`first_bytes`] and `second` [`second_bytes`] of a table).
#[inline]
fn entry_bits(b: &[u8], (first, second): (&[u64; 256], &[u64; 256])) -> u64 {
    let at = |k: usize| usize::from(b.get(k).copied().unwrap_or(0));
    let entries = first.get(at(0)).copied().unwrap_or(0);
    if entries == 0 {
        return 0;
    }
    entries & second.get(at(1)).copied().unwrap_or(0)
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
    pub(super) ends: [u64; 4],
}

/// The size of a [`WordFilter`], in 64-bit words: 1024 bits, so that the
/// words of a few tables take few of them.
pub(super) const WORD_FILTER_WORDS: usize = 16;

/// FNV-1a over characters: the hash of the filter's words.
pub(super) const fn fnv_char(h: u32, c: u32) -> u32 {
    (h ^ c).wrapping_mul(0x0100_0193)
}

/// Whether the byte `x` ends a run of letters and digits: an ASCII byte
/// that is neither.
const fn breaks_word(x: u8) -> bool {
    x < 0x80 && !x.is_ascii_alphanumeric()
}

/// The hash a word starts from.
pub(super) const FNV_START: u32 = 0x811C_9DC5;

/// The bit of a word's hash in a [`WordFilter`].
pub(super) const fn filter_bit(h: u32) -> (usize, u64) {
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

    /// The filter with every word of each phrase of `table` added (for a
    /// look back through phrases of more than two words).
    #[allow(clippy::indexing_slicing)] // evaluated by the compiler: `i`, `k` stay below the lengths
    pub(crate) const fn with_every<T: Copy>(self, table: &[(&str, T)]) -> Self {
        let mut out = self;
        let mut i = 0;
        while i < table.len() {
            let mut rest = table[i].0.as_bytes();
            // Each word from its first byte, up to the next break.
            loop {
                out = out.add_word(rest, false);
                let mut k = 0;
                while k < rest.len() && !breaks_word(rest[k]) {
                    k += 1;
                }
                if k >= rest.len() {
                    break;
                }
                rest = rest.split_at(k + 1).1;
            }
            i += 1;
        }
        out
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
        // The word is the run of letters and digits that `may_start` and
        // `may_end` read: it stops at any ASCII byte that is neither (a
        // space, `/`, `.`, `:`, `-`...), so that `tags:` and `bs.ckii` are
        // filed under `tags` and `bs`, and `tp.hcm` ends in `hcm`.
        let mut k = 0;
        if last_word {
            let mut j = 0;
            while j < b.len() {
                if breaks_word(b[j]) {
                    k = j + 1;
                }
                j += 1;
            }
        }
        let mut h = FNV_START;
        let mut last_byte = 0;
        while k < b.len() && !breaks_word(b[k]) {
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
            // ASCII here is a letter or a digit: lowercased at once.
            if c.is_ascii() {
                h = fnv_char(h, u32::from(c.to_ascii_lowercase()));
                run += 1;
            } else if let Some(l) = crate::parse::letters::fast_letter_lower(c) {
                h = fnv_char(h, u32::from(l));
                run += 1;
            } else if is_word_char(c) {
                crate::parse::letters::for_lowercase(c, |l| h = fnv_char(h, u32::from(l)));
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
            if c.is_ascii() {
                // A letter or a digit, lowercased at once; anything else
                // ends the word.
                if !c.is_ascii_alphanumeric() {
                    break;
                }
                h = fnv_char(h, u32::from(c.to_ascii_lowercase()));
                len += 1;
                continue;
            }
            if let Some(l) = crate::parse::letters::fast_letter_lower(c) {
                h = fnv_char(h, u32::from(l));
            } else if is_word_char(c) {
                crate::parse::letters::for_lowercase(c, |l| h = fnv_char(h, u32::from(l)));
            } else {
                break;
            }
            len += c.len_utf8();
        }
        let (word, bit) = filter_bit(h);
        (self.bits.get(word).is_some_and(|w| w & bit != 0), len)
    }
}
