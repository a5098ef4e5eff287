//! Letter classes and case for the characters of Vietnamese text, answered
//! without the Unicode tables for ASCII, Latin-1 and the Vietnamese letters
//! (`ă đ ĩ ũ ơ ư` and U+1EA0..U+1EF9), and by the standard library for the
//! rest. Each answer is the standard library's: the tests compare every
//! character of the fast ranges.

/// The Vietnamese letters of Latin Extended-A and -B, as (capital, small).
const EXTENDED_PAIRS: &[(char, char)] = &[
    ('\u{102}', '\u{103}'),
    ('\u{110}', '\u{111}'),
    ('\u{128}', '\u{129}'),
    ('\u{168}', '\u{169}'),
    ('\u{1A0}', '\u{1A1}'),
    ('\u{1AF}', '\u{1B0}'),
];

/// What the fast path knows of a character: a letter, and whether capital.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Capital,
    Small,
    /// Not a letter or digit.
    Other,
    /// Outside the fast ranges: ask the standard library.
    Unknown,
}

#[inline]
fn class(c: char) -> Class {
    let n = u32::from(c);
    match n {
        0..=0x7F => {
            let b = n as u8;
            if b.is_ascii_uppercase() {
                Class::Capital
            } else if b.is_ascii_lowercase() {
                Class::Small
            } else {
                Class::Other
            }
        }
        0xD7 | 0xF7 => Class::Other,
        0xC0..=0xDE => Class::Capital,
        0xDF..=0xFF => Class::Small,
        0x1EA0..=0x1EF9 => {
            if n % 2 == 0 {
                Class::Capital
            } else {
                Class::Small
            }
        }
        _ => match EXTENDED_PAIRS.iter().find(|p| p.0 == c || p.1 == c) {
            Some(p) if p.0 == c => Class::Capital,
            Some(_) => Class::Small,
            None => Class::Unknown,
        },
    }
}

/// `char::is_alphanumeric`.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match class(c) {
        Class::Capital | Class::Small => true,
        Class::Other => c.is_ascii_digit(),
        Class::Unknown => c.is_alphanumeric(),
    }
}

/// `char::is_alphabetic`.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match class(c) {
        Class::Capital | Class::Small => true,
        Class::Other => false,
        Class::Unknown => c.is_alphabetic(),
    }
}

/// `char::is_uppercase`.
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    match class(c) {
        Class::Capital => true,
        Class::Small | Class::Other => false,
        Class::Unknown => c.is_uppercase(),
    }
}

/// A letter that is no capital: [`is_alphabetic`] and not [`is_uppercase`]
/// (a letter of a script without case is one).
#[inline]
pub(crate) fn is_small_letter(c: char) -> bool {
    match class(c) {
        Class::Small => true,
        Class::Capital | Class::Other => false,
        Class::Unknown => c.is_alphabetic() && !c.is_uppercase(),
    }
}

/// Where words glued to the words before them start in `s` at or after
/// byte `from`: a capital right after a small letter (`AnhChia sẻ`), or
/// after a capital when a small letter follows it (`XUÂNChia sẻ`), as a
/// page's spans are read with nothing between them.
pub(crate) fn glued_capitals(s: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
    (from.max(1)..s.len()).filter(move |&at| is_glued_at(s, at))
}

/// Whether a word glued to the word before it starts at byte `at` of `s`,
/// as [`glued_capitals`] finds them.
#[inline]
pub(crate) fn is_glued_at(s: &str, at: usize) -> bool {
    // Told by bytes first: a capital opens with an ASCII capital or a lead
    // byte, after a letter's last byte (ASCII or continuing).
    let bytes = s.as_bytes();
    let (Some(&b), Some(&before)) = (bytes.get(at), at.checked_sub(1).and_then(|k| bytes.get(k)))
    else {
        return false;
    };
    let may_open = b.is_ascii_uppercase() || b >= 0xC3;
    let after_letter = before.is_ascii_alphabetic() || (0x80..0xC0).contains(&before);
    if !may_open || !after_letter {
        return false;
    }
    let (Some(head), Some(tail)) = (s.get(..at), s.get(at..)) else {
        return false;
    };
    let mut chars = tail.chars();
    let (Some(c), next) = (chars.next(), chars.next()) else {
        return false;
    };
    is_uppercase(c)
        && head.chars().next_back().is_some_and(|b| {
            is_small_letter(b) || is_uppercase(b) && next.is_some_and(is_small_letter)
        })
}

/// Whether `a` and `b` are the same letter in either case: equal, or with
/// equal lowercase mappings (`char::to_lowercase`).
#[inline]
pub(crate) fn eq_ignore_case(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    match (small(a), small(b)) {
        (Some(x), Some(y)) => x == y,
        // Signs and punctuation without case (`–`, `€`, `₫`, `£`): no
        // letter lowers to one.
        _ if is_caseless_sign(u32::from(a)) || is_caseless_sign(u32::from(b)) => false,
        _ => a.to_lowercase().eq(b.to_lowercase()),
    }
}

/// Whether code point `n` is a sign with no other case, which
/// `char::to_lowercase` and `char::to_uppercase` leave as it is: Latin-1's
/// signs but `µ` (whose capital is Greek), `×` and `÷`, general
/// punctuation, super- and subscripts and the currency signs
/// (U+2000..U+20FF: `–`, `€`, `₫`).
#[inline]
pub(crate) const fn is_caseless_sign(n: u32) -> bool {
    matches!(n, 0xA1..=0xB4 | 0xB6..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x20FF)
}

/// Each character of the lowercase of `c` (`char::to_lowercase`), to `f`.
#[inline]
pub(crate) fn for_lowercase(c: char, mut f: impl FnMut(char)) {
    match small(c) {
        Some(l) => f(l),
        None => c.to_lowercase().for_each(f),
    }
}

/// The lowercase of `c` when it is a letter of the fast ranges: ASCII,
/// Latin-1 and the letters of Vietnamese (one character each). `None` for
/// anything else, digits and letters of other scripts among them.
#[inline(always)]
pub(crate) fn fast_letter_lower(c: char) -> Option<char> {
    let n = u32::from(c);
    match n {
        0x41..=0x5A => char::from_u32(n + 0x20),
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF => Some(c),
        0xC0..=0xD6 | 0xD8..=0xDE => char::from_u32(n + 0x20),
        // Capitals at even code points, small letters at the odd ones.
        0x1EA0..=0x1EF9 => char::from_u32(n | 1),
        _ => extended_small(n),
    }
}

/// The small letter of the pair of [`EXTENDED_PAIRS`] that holds the code
/// point `n`, capital or small.
#[inline(always)]
pub(crate) const fn extended_small(n: u32) -> Option<char> {
    let mut pairs = EXTENDED_PAIRS;
    while let [(capital, small), rest @ ..] = pairs {
        if n == *capital as u32 || n == *small as u32 {
            return Some(*small);
        }
        pairs = rest;
    }
    None
}

/// The lowercase of `c` when the fast path knows it (one character).
#[inline]
fn small(c: char) -> Option<char> {
    let n = u32::from(c);
    match class(c) {
        Class::Small | Class::Other => Some(c),
        Class::Capital => match n {
            0..=0xFF => char::from_u32(n + 0x20),
            0x1EA0..=0x1EF9 => char::from_u32(n + 1),
            _ => extended_small(n),
        },
        Class::Unknown => None,
    }
}

/// Whether `rest` is a period or a comma before a word in capitals and
/// small letters with no space between them (`ngày 26.2.2025.Theo đó`,
/// `lúc 9h30.Tại đây`): paragraphs or sentences that a scraper joined
/// without a space, the mention before them ended.
pub(crate) fn opens_glued_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('.' | ','))
        && chars.next().is_some_and(is_uppercase)
        && chars.next().is_some_and(is_small_letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_capitals_start_words_read_with_nothing_between() {
        let at = |s: &str, from| glued_capitals(s, from).collect::<Vec<_>>();
        // After a small letter; after a capital when a small letter follows.
        assert_eq!(at("Minh AnhChia sẻ", 0), [8]);
        assert_eq!(at("KIM XUÂNChia sẻ", 0), [9]);
        // Capitals alone, words apart, a word's first capital: none.
        assert_eq!(at("KIM XUÂN", 0), []);
        assert_eq!(at("Minh Anh Chia sẻ", 0), []);
        assert_eq!(at("TTXVN", 0), []);
        // From a byte on, the letter before it counted.
        assert_eq!(at("AnhBình", 3), [3]);
        assert_eq!(at("Anh Bình", 4), []);
    }

    fn fast_ranges() -> impl Iterator<Item = char> {
        (0..=0x2FFu32)
            .chain(0x1E00..=0x1EFF)
            .filter_map(char::from_u32)
    }

    #[test]
    fn fast_letters_lower_as_the_standard_library() {
        for c in fast_ranges() {
            let expected = (c.is_alphabetic() && c.to_lowercase().count() == 1)
                .then(|| c.to_lowercase().next())
                .flatten();
            match fast_letter_lower(c) {
                Some(l) => assert_eq!(Some(l), expected, "{c:?}"),
                None => assert!(!matches!(class(c), Class::Capital | Class::Small), "{c:?}"),
            }
        }
        assert_eq!(fast_letter_lower('Ư'), Some('ư'));
        assert_eq!(fast_letter_lower('Đ'), Some('đ'));
        assert_eq!(fast_letter_lower('Ố'), Some('ố'));
        assert_eq!(fast_letter_lower('7'), None);
    }

    #[test]
    fn classes_are_the_standard_librarys() {
        for c in fast_ranges() {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn lowercase_is_the_standard_librarys() {
        for c in fast_ranges().chain(['\u{130}', '\u{212A}', 'Σ']) {
            let mut got = String::new();
            for_lowercase(c, |l| got.push(l));
            assert_eq!(got, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn case_folding_is_the_standard_librarys() {
        let chars: Vec<char> = fast_ranges().chain(['\u{130}', 'K', '\u{212A}']).collect();
        let mut pairs = 0;
        for &a in &chars {
            for &b in &chars {
                let want = a == b || a.to_lowercase().eq(b.to_lowercase());
                assert_eq!(eq_ignore_case(a, b), want, "{a:?} {b:?}");
                pairs += usize::from(want && a != b);
            }
        }
        // Ă/ă … Ỹ/ỹ and the rest: both orders of each pair of one letter.
        assert!(pairs > 400, "{pairs}");
    }
}
