//! Unicode normalization and the one table of look-alike characters.
//!
//! The parser works on NFC text. [`normalize`] returns the input itself
//! (borrowed) when it is already NFC, which is the common case for scraped
//! Vietnamese text, and a normalized copy otherwise; character references a
//! scraper left in the text (`&nbsp;`, `Vi&#7879;t`) are decoded first. It
//! changes nothing else but the line and paragraph separators U+2028 and
//! U+2029, each written as `\n` (the line end they stand for): line ends,
//! non-breaking spaces, zero-width characters and dash variants are kept,
//! so spans point into text the caller can rebuild with this function.
//! The parser treats those variants as their plain forms through the tables
//! below.

use std::borrow::Cow;

mod references;
mod spaced;

pub(crate) use spaced::{running_may_be_odd, Spaced};

pub(crate) use crate::vocab::{
    is_dash, CLOSE_BRACKETS, DASHES, INVISIBLES, LINE_SEPARATORS, OPEN_BRACKETS,
};

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns `text` in Unicode NFC, borrowing it when it already is, with the
/// HTML character references a scraper left in it decoded (`&nbsp;` is a
/// non-breaking space, `Vi&#7879;t` is `Việt`, `&#150;` an en dash as
/// browsers read it; `AT&T` and `&nbsp` without its `;` stay as written),
/// and each line or paragraph separator (U+2028, U+2029, which text taken
/// from a page's scripts or metadata holds in place of line ends) written
/// as `\n`.
///
/// ```
/// use std::borrow::Cow;
/// // "ế" written as e + U+0302 + U+0301 (NFD) becomes one character.
/// let nfd = "Ti\u{65}\u{302}\u{301}ng Vi\u{65}\u{323}\u{302}t";
/// assert_eq!(vn_article::normalize(nfd), "Tiếng Việt");
/// assert!(matches!(vn_article::normalize("Tiếng Việt"), Cow::Borrowed(_)));
/// assert_eq!(vn_article::normalize("Vi&#7879;t&nbsp;Nam"), "Việt\u{a0}Nam");
/// assert_eq!(vn_article::normalize("Bình Thủy\u{2028}Tin: KIM XUÂN"), "Bình Thủy\nTin: KIM XUÂN");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    if let Some(decoded) = references::decode(text) {
        return Cow::Owned(match nfc(&decoded) {
            Cow::Borrowed(_) => decoded,
            Cow::Owned(composed) => composed,
        });
    }
    nfc(text)
}

/// `text` in NFC, borrowed when it already is.
fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc_fast(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    compose_segments(text)
}

/// NFC of `text`, normalizing only the stretches that need it: each run of
/// characters outside the fast set, with the character before it (the base
/// a combining mark may compose with). Characters of the fast set are NFC
/// starters that never compose with what precedes them, so the text between
/// the runs is copied as it is.
fn compose_segments(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut changed = false;
    let mut done = 0;
    let mut nfc = String::new();
    while let Some(i) = next_slow(bytes, done) {
        // The character before, as the base a mark may compose with.
        let before = (i.saturating_sub(4)..i)
            .rfind(|&j| text.is_char_boundary(j))
            .unwrap_or(i);
        let start = before.max(done);
        let run = text.get(i..).unwrap_or_default();
        let end = i + run
            .char_indices()
            .find(|&(_, c)| is_fast_char(c))
            .map_or(run.len(), |(j, _)| j);
        let segment = text.get(start..end).unwrap_or_default();
        // The usual stretch, a letter and its marks, composes in order; a
        // stretch of another script is most often NFC already.
        nfc.clear();
        let same = if segment.contains(LINE_SEPARATORS) {
            // NFC maps no character to a separator nor a separator to
            // another: the separators are written as line ends after it.
            nfc.extend(segment.nfc().map(|c| {
                if LINE_SEPARATORS.contains(&c) {
                    '\n'
                } else {
                    c
                }
            }));
            false
        } else if compose_in_order(segment, &mut nfc) {
            nfc == segment
        } else if matches!(is_nfc_quick(segment.chars()), IsNormalized::Yes) {
            true
        } else {
            nfc.clear();
            nfc.extend(segment.nfc());
            nfc == segment
        };
        if !same {
            if !changed {
                out.reserve(text.len());
                changed = true;
            }
            out.push_str(text.get(copied..start).unwrap_or_default());
            out.push_str(&nfc);
            copied = end;
        }
        done = end;
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    Cow::Owned(out)
}

/// Composes a starter and the combining marks after it, as NFC does, when
/// no reordering is needed (the usual case of decomposed Vietnamese: a
/// letter, then its vowel mark, then its tone mark). Returns `false`, having
/// written nothing useful, when the segment needs the general algorithm.
fn compose_in_order(segment: &str, out: &mut String) -> bool {
    use unicode_normalization::char::{
        canonical_combining_class as ccc, compose, decompose_canonical,
    };
    let mut chars = segment.chars();
    let Some(mut starter) = chars.next() else {
        return true;
    };
    // Only a starter of the fast set: other starters may be singletons
    // (U+2126 OHM SIGN is U+03A9 in NFC).
    if !is_fast_char(starter) || ccc(starter) != 0 {
        return false;
    }
    // The marks already inside a precomposed starter (`ê` is `e` + U+0302);
    // none in an ASCII letter.
    let mut order = 0;
    if !starter.is_ascii() {
        let mut last = starter;
        decompose_canonical(starter, |c| last = c);
        order = ccc(last);
    }
    // The marks that did not compose, in order: a run of any length is
    // composed here, in memory no larger than the run.
    let mut kept = String::new();
    let mut kept_ccc = 0;
    for mark in chars {
        // The marks of Vietnamese, which decompose to nothing else, told
        // without the tables.
        let class = match mark {
            '\u{300}'..='\u{303}' | '\u{306}' | '\u{309}' => 230,
            '\u{323}' => 220,
            '\u{31B}' => 216,
            _ => {
                // A mark that decomposes (U+0343 is U+0313 in NFC) needs
                // the general algorithm.
                let mut itself = true;
                decompose_canonical(mark, |d| itself &= d == mark);
                if !itself {
                    return false;
                }
                ccc(mark)
            }
        };
        if class == 0 || class < order {
            return false;
        }
        order = class;
        let blocked = !kept.is_empty() && kept_ccc >= class;
        match compose(starter, mark) {
            Some(c) if !blocked => starter = c,
            _ => {
                kept.push(mark);
                kept_ccc = class;
            }
        }
    }
    out.push(starter);
    out.push_str(&kept);
    true
}

/// The characters [`is_nfc_fast`] accepts.
fn is_fast_char(c: char) -> bool {
    let c = u32::from(c);
    c < 0x300
        || (0x1E00..=0x1EFF).contains(&c)
        || ((0x2002..=0x203F).contains(&c) && !matches!(c, 0x2028 | 0x2029))
}

/// A byte scan that says "NFC" for text made only of characters that are NFC
/// whatever stands next to them: below U+0300 (ASCII, Latin-1 and the other
/// Latin letters Vietnamese uses: ă â đ ê ô ơ ư), the precomposed Vietnamese
/// letters U+1E00..U+1EFF, and general punctuation U+2002..U+203F (dashes,
/// quotes, `…`) but the line and paragraph separators. Anything else (a
/// combining mark, another script, a separator) answers `false`, and the
/// caller asks the full quick check.
fn is_nfc_fast(bytes: &[u8]) -> bool {
    next_slow(bytes, 0).is_none()
}

/// The offset of the first character at or after byte `from` that is
/// outside the fast set of [`is_nfc_fast`].
fn next_slow(bytes: &[u8], from: usize) -> Option<usize> {
    let mut from = from;
    loop {
        // Two bytes a lane: general punctuation (E2 80) is a hit, its third
        // byte checked apart (U+2000 and U+2001 are the two NFC maps to
        // U+2002 and U+2003).
        // (callgrind: 3.1 to 1.9 million instructions over the corpus.)
        let at = crate::scan::find(bytes, from, |b, n, _, _, _| slow_lead(b, n, 0))?;
        let [b, n, a] = [at, at + 1, at + 2].map(|i| bytes.get(i).copied().unwrap_or(0));
        if slow_lead(b, n, a) {
            return Some(at);
        }
        from = at + 1;
    }
}

/// Whether the character that starts with byte `b` (followed by `n` and `a`)
/// is outside the fast set of [`is_nfc_fast`]. Bytes that start no
/// character (ASCII and continuation bytes, `0x00..=0xBF`) and the leads of
/// U+0080..U+02FF (`0xC2..=0xCB`) answer `false`.
#[inline(always)]
fn slow_lead(b: u8, n: u8, a: u8) -> bool {
    // `&` and `|`, not `&&` and `||`: no branches, so the search vectorizes.
    let vietnamese = (b == 0xE1) & ((n & 0xFC) == 0xB8);
    // U+2028 and U+2029 (E2 80 A8, E2 80 A9) are written as line ends.
    let punctuation = (b == 0xE2) & (n == 0x80) & (a >= 0x82) & ((a | 1) != 0xA9);
    (b >= 0xCC) & !(vietnamese | punctuation)
}

/// White space in the parser's sense: Unicode white space (which takes in
/// the non-breaking space U+00A0) and the [`INVISIBLES`].
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    match u32::from(c) {
        // What `char::is_whitespace` says for ASCII, the vertical tab included.
        0..=0x7F => matches!(c, ' ' | '\t' | '\n' | '\u{B}' | '\u{C}' | '\r'),
        // Below U+2000 (the letters of Vietnamese among them) the white
        // space and invisibles are these four.
        0x80..=0x1FFF => matches!(c, '\u{85}' | '\u{A0}' | '\u{AD}' | '\u{1680}'),
        // The invisibles from U+2000 up lie in these blocks: told by the
        // code point before the table is read (most characters here are
        // quotes and dashes).
        cp => {
            c.is_whitespace()
                || (matches!(cp, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF)
                    && INVISIBLES.contains(&c))
        }
    }
}

/// `s` without leading and trailing [`is_space`] characters.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    // Most lines and fields start and end with a letter, a digit or a
    // punctuation mark: told by their bytes, without decoding. White space
    // and the invisibles are ASCII up to the space, U+0085, U+00A0, U+00AD
    // and U+1680 below U+2000, so no character led by a byte from `!` to
    // 0x7F or from 0xC3 to 0xDF is one, nor U+1E80..U+1EFF (E1 BA, E1 BB).
    let b = s.as_bytes();
    if b.is_empty() {
        return s;
    }
    if opens_with_non_space(b) && closes_with_non_space(b) {
        return s;
    }
    s.trim_matches(is_space)
}

/// Whether `b` (UTF-8) closes with a character told by its last bytes to be
/// no [`is_space`] character, as [`opens_with_non_space`] tells the first.
#[inline]
fn closes_with_non_space(b: &[u8]) -> bool {
    matches!(
        b,
        [.., 0x21..=0x7F] | [.., 0xC3..=0xDF, _] | [.., 0xE1, 0xBA | 0xBB, _]
    )
}

/// [`trim`] of UTF-8 bytes that need not be checked: the characters at
/// either end are decoded one at a time, and a byte that starts no
/// character ends the trimming there.
pub(crate) fn trim_bytes(b: &[u8]) -> &[u8] {
    if b.is_empty() || opens_with_non_space(b) && closes_with_non_space(b) {
        return b;
    }
    // One character decoded from its bytes, or none.
    let decode = |c: &[u8]| std::str::from_utf8(c).ok().and_then(|s| s.chars().next());
    let width = |lead: u8| match lead {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 0,
    };
    let mut start = 0;
    while let Some(&lead) = b.get(start) {
        let w = width(lead);
        match b.get(start..start + w).and_then(decode) {
            Some(c) if w > 0 && is_space(c) => start += w,
            _ => break,
        }
    }
    let mut end = b.len();
    while end > start {
        // The last character starts at its lead byte: at most three
        // continuation bytes (10xxxxxx) before the end.
        let lead_at = (end.saturating_sub(4)..end)
            .rev()
            .find(|&i| b.get(i).is_some_and(|&x| x & 0xC0 != 0x80))
            .unwrap_or(end - 1);
        match b.get(lead_at..end).and_then(decode) {
            Some(c) if c.len_utf8() == end - lead_at && is_space(c) => end = lead_at,
            _ => break,
        }
    }
    b.get(start..end).unwrap_or_default()
}

/// `s` without leading [`is_space`] characters. Most gaps are no space or
/// one ASCII space, told by their bytes.
#[inline(always)]
pub(crate) fn trim_start(s: &str) -> &str {
    let b = s.as_bytes();
    if opens_with_non_space(b) {
        return s;
    }
    if b.first() == Some(&b' ') && opens_with_non_space(b.get(1..).unwrap_or_default()) {
        return s.get(1..).unwrap_or_default();
    }
    trim_start_slow(s)
}

/// [`trim_start`] past its common cases, out of line.
#[inline(never)]
fn trim_start_slow(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

/// Whether `b` (UTF-8) opens with a character told by its first bytes to be
/// no [`is_space`] character: ASCII from `!`, a two-byte character from
/// U+00C0, a letter of U+1E80..U+1EFF. `false` leaves it open.
#[inline]
pub(crate) fn opens_with_non_space(b: &[u8]) -> bool {
    matches!(
        b,
        [0x21..=0x7F | 0xC3..=0xDF, ..] | [0xE1, 0xBA | 0xBB, ..]
    )
}

/// `text` with its white space plain: a non-breaking or other wide space
/// or a tab is a space, a run of spaces one, an invisible character (a
/// zero-width space, a soft hyphen) is dropped (`Minh\u{a0}Anh` and `Minh
/// Anh` with two spaces are `Minh Anh`); `None` when it is plain. Names,
/// titles and source codes are given so.
pub(crate) fn plain_spaced(text: &str) -> Option<String> {
    Spaced::of(text).map(|view| view.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_spaced_collapses_runs_and_tabs_anywhere() {
        assert_eq!(plain_spaced("Giá vàng tăng mạnh"), None);
        // A run of spaces within a chunk of eight bytes, across two, in
        // the tail after the last whole chunk; a tab; a space before `!`
        // (passed by the first test, plain after all).
        for (text, want) in [
            ("ab  cd", "ab cd"),
            ("abcdefg  hij", "abcdefg hij"),
            ("abcdefgh ijklmno  p", "abcdefgh ijklmno p"),
            ("Giá\tvàng", "Giá vàng"),
            ("Minh \t Anh", "Minh Anh"),
        ] {
            assert_eq!(plain_spaced(text).as_deref(), Some(want), "{text:?}");
        }
        assert_eq!(plain_spaced("Tăng !abc"), None);
    }

    #[test]
    fn nfc_input_is_borrowed() {
        let s = "Kết nạp đảng viên mới đạt 53,68% – “quý II”…";
        assert!(matches!(normalize(s), Cow::Borrowed(x) if x == s));
    }

    #[test]
    fn line_separators_become_line_ends() {
        assert_eq!(normalize("a\u{2028}b\u{2029}c"), "a\nb\nc");
        // Beside marks to compose, and a run of them.
        assert_eq!(
            normalize("Thu\u{309}y\u{2028}\u{2029}\u{2028}x"),
            "Thủy\n\n\nx"
        );
        // In a character reference.
        assert_eq!(normalize("Tin&#8232;ảnh"), "Tin\nảnh");
        // Other general punctuation stays, borrowed.
        assert!(matches!(normalize("a\u{2027}\u{202F}b"), Cow::Borrowed(_)));
    }

    #[test]
    fn nfd_input_is_composed() {
        let nfd: String = "Bình Thủy, Cần Thơ".nfd().collect();
        assert_ne!(nfd, "Bình Thủy, Cần Thơ");
        let out = normalize(&nfd);
        assert!(matches!(out, Cow::Owned(_)));
        assert_eq!(out, "Bình Thủy, Cần Thơ");
    }

    #[test]
    fn composing_in_order_agrees_with_nfc() {
        let samples = [
            "Vie\u{323}\u{302}t Nam",
            "Tie\u{302}\u{301}ng Vie\u{302}\u{323}t",
            "e\u{302}\u{323}",
            "\u{1EBF}\u{323}",
            "a\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}",
            "o\u{31B}\u{300} u\u{31B}\u{303} a\u{306}\u{309} \u{110}o\u{302}\u{300}ng",
            "\u{feff}\u{343}4472",
            "a\u{340}\u{341}\u{344} \u{2126}\u{301}",
            "q\u{307}\u{323} \u{301}x",
        ];
        for s in samples {
            let nfd: String = s.nfd().collect();
            let want: String = s.nfc().collect();
            assert_eq!(normalize(s), want, "{s:?}");
            assert_eq!(normalize(&nfd), want, "{nfd:?}");
        }
    }

    #[test]
    fn every_letter_with_up_to_three_marks_composes_as_nfc_does() {
        let bases = [
            'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ',
            'ế', 'ộ', 'q',
        ];
        let marks = [
            '\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}', '\u{306}', '\u{31B}',
        ];
        let mut n = 0;
        for b in bases {
            for m1 in marks {
                for m2 in marks {
                    for m3 in [None, Some('\u{301}'), Some('\u{323}')] {
                        let s: String = [Some(b), Some(m1), Some(m2), m3]
                            .into_iter()
                            .flatten()
                            .collect();
                        let want: String = s.nfc().collect();
                        assert_eq!(normalize(&s), want, "{s:?}");
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(n, 20 * 8 * 8 * 3);
    }

    #[test]
    fn only_the_stretches_that_need_it_are_composed() {
        let mixed = format!(
            "Bình Thủy {} và Япония ≤ 5",
            "Cần Thơ".nfd().collect::<String>()
        );
        assert_eq!(normalize(&mixed), "Bình Thủy Cần Thơ và Япония ≤ 5");
        let mark_first = "\u{301}a e\u{301}";
        assert_eq!(normalize(mark_first), mark_first.nfc().collect::<String>());
    }

    #[test]
    fn other_scripts_that_are_nfc_stay_borrowed() {
        let s = "Япония 日本";
        assert!(matches!(normalize(s), Cow::Borrowed(_)));
    }

    #[test]
    fn fast_scan_rejects_combining_marks_and_singletons() {
        assert!(!is_nfc_fast("e\u{301}".as_bytes()));
        assert!(!is_nfc_fast("\u{2000}".as_bytes()));
        assert!(is_nfc_fast("\u{2013}\u{201C}\u{2026}".as_bytes()));
    }

    #[test]
    fn block_scan_finds_a_slow_character_at_any_offset() {
        // Every offset around the 32-byte blocks, for a mark, a singleton
        // (U+2000), a character split over a block end, and fast ones.
        for slow in ["\u{301}", "\u{2000}", "\u{1F00}", "Я", "\u{2126}"] {
            for at in 0..80 {
                let s = format!("{}{slow}{}", "a".repeat(at), "ệ".repeat(30));
                assert_eq!(next_slow(s.as_bytes(), 0), Some(at), "{slow:?} at {at}");
                assert!(!is_nfc_fast(s.as_bytes()));
            }
        }
        for at in 0..80 {
            let s = format!("{}\u{2013}“ệ”{}", "ă".repeat(at), "a".repeat(at));
            assert_eq!(next_slow(s.as_bytes(), 0), None, "{s:?}");
        }
        let two = format!("{}\u{301}{}\u{300}", "a".repeat(40), "b".repeat(40));
        assert_eq!(next_slow(two.as_bytes(), 41), Some(82));
    }

    #[test]
    fn white_space_is_what_char_says_and_the_invisibles() {
        for c in (0..0x3100).filter_map(char::from_u32) {
            let want = c.is_whitespace() || INVISIBLES.contains(&c);
            assert_eq!(is_space(c), want, "{c:?}");
        }
        assert!(is_space('\u{FEFF}'));
    }

    #[test]
    fn ascii_white_space_is_what_char_says() {
        for b in 0..128u8 {
            let c = char::from(b);
            assert_eq!(is_space(c), c.is_whitespace(), "{b:#x}");
        }
    }

    #[test]
    fn trim_by_bytes_agrees_with_trim_matches() {
        // Every character of the Basic Multilingual Plane at either end.
        for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
            for s in [
                format!("{c}x{c}"),
                format!("x{c}"),
                format!("{c}x"),
                c.to_string(),
            ] {
                assert_eq!(trim(&s), s.trim_matches(is_space), "{c:?}");
                assert_eq!(trim_bytes(s.as_bytes()), trim(&s).as_bytes(), "{c:?}");
            }
        }
        assert_eq!(trim(""), "");
        assert_eq!(trim(" ạ "), "ạ");
        assert_eq!(trim("\u{1680}ạ\u{1680}"), "ạ");
    }

    #[test]
    fn trim_bytes_stops_at_bytes_that_start_no_character() {
        assert_eq!(trim_bytes(b" \xff a \xe1\xba"), b"\xff a \xe1\xba");
        assert_eq!(trim_bytes(b"\xc2\xa0\x80"), b"\x80");
        assert_eq!(trim_bytes(b" \t\r "), b"");
        assert_eq!(trim_bytes(b""), b"");
    }

    #[test]
    fn trim_drops_nbsp_and_zero_width() {
        assert_eq!(trim("\u{a0} Bình Thủy\u{200b} \u{a0}"), "Bình Thủy");
    }

    #[test]
    fn odd_spaces_made_plain_wherever_they_stand() {
        let words = "Giá vàng tăng mạnh, nhà đầu tư đổ xô đi mua";
        assert_eq!(plain_spaced(words), None);
        // Each odd space at every place of a text longer than a block of
        // eight bytes, and in its tail.
        for odd in [
            '\u{a0}', '\u{200b}', '\u{feff}', '\u{3000}', '\u{2009}', '\u{ad}',
        ] {
            for (head, tail) in (0..=20).filter_map(|at| words.split_at_checked(at)) {
                let text = format!("{head}{odd}{tail}");
                // Beside a space, the two are one.
                let want = if crate::vocab::INVISIBLES.contains(&odd) {
                    words.to_string()
                } else if head.ends_with(' ') || tail.starts_with(' ') {
                    format!("{} {}", head.trim_end(), tail.trim_start())
                } else {
                    format!("{head} {tail}")
                };
                assert_eq!(plain_spaced(&text), Some(want), "{odd:?} after {head:?}");
            }
        }
        // Quotes and dashes share a lead byte with them: no change.
        assert_eq!(plain_spaced("“Giá vàng” – tăng…"), None);
    }
}
