//! The anchors of the mention scanner: a digit, or the first bytes of a
//! word every mention without digits holds, found block by block.

/// The first anchor at or after `from`: a digit, or the first byte of a
/// word every mention without digits holds: `quý`, `tháng`, `năm`, `tuần`,
/// `giờ`, `giao thừa`, `rằm`, `Tết`, `thứ`, `thế` (`thế kỷ XX`), `chủ nhật`,
/// `mùa`, `CN`, and `nay`, `qua`, `kia`, `mai` after a space, `ngày` after
/// a number in words or before `mốt` or a feast's name (`ngày Noel`),
/// and the second word of a feast's name (`thu` after `Trung`, `tổ` after
/// `Giỗ`).
#[cfg(test)]
pub(super) fn find_anchor(bytes: &[u8], from: usize) -> Option<usize> {
    next_anchor(&mut anchors(bytes, from), bytes, from)
}

/// The candidate anchors of `bytes` from `from` on (see `find_anchor`):
/// branch-free over two bytes a lane, a digit or the first two bytes of an
/// anchor word in either case (`quý`, `qua` 71 75, `tháng` and `thứ` 74
/// 68, `tuần` 74 75, `Tết` 54 E1, `năm` 6E C4, `nay` 6E 61, `giờ` 67 69,
/// `rằm` 72 E1, `kia` 6B 69, `mai` 6D 61), the rest of the word checked apart;
/// `ngày` by four (6E 67 C3 A0, `à` or `À`: taken after a number in words);
/// `mùa` by two (6D C3, which `mà`, `mã`, `má` share: callgrind over the
/// corpus, three passes, counts 0.4 million instructions fewer than
/// testing its third byte in the mask as well);
/// `mốt` is no anchor (`sáng mốt` is not read): tested by its four bytes
/// (6D E1 BB 91, which `mối`, `mốc` share) it cost 0.9% more instructions
/// over the corpus (callgrind, three passes); nor is `kìa` (`hôm kìa`,
/// three days back; `k` C3 in the mask, the words in the table of days,
/// 0.25% more);
/// `chủ` by three (63 68 E1: `ch` alone opens too many common words, `cho`,
/// `chính`, `chúng`); `CN` by two (63 6E). Each block is tested once
/// however dense the hits; two bytes a lane rather than three cost less than the more hits they let
/// through (callgrind over the corpus, three passes: 9.0 million
/// instructions in the test at three bytes; `chủ` tested by its five bytes
/// costs 0.25 million more than by three).
pub(super) fn anchors(
    bytes: &[u8],
    from: usize,
) -> crate::scan::Hits<'_, impl Fn(u8, u8, u8, u8, u8) -> bool> {
    crate::scan::Hits::new(bytes, from, |a, b, c, _, _| {
        let (l, m) = (a | 0x20, b | 0x20);
        (a.wrapping_sub(b'0') < 10)
            | ((l == b'q') & (m == b'u'))
            | ((l == b't') & ((m == b'h') | (m == b'u') | (b == 0xE1)))
            | ((l == b'n') & ((b == 0xC4) | (m == b'a')))
            | ((l == b'g') & (m == b'i'))
            | ((l == b'r') & (b == 0xE1))
            | ((l == b'k') & (m == b'i'))
            | ((l == b'm') & ((m == b'a') | (b == 0xC3)))
            | ((l == b'c') & (m == b'h') & (c == 0xE1))
            | ((l == b'c') & (m == b'n'))
            | ((l == b'n') & (m == b'g') & (c == 0xC3))
    })
}

/// Whether the word before the space before `at` is a number in words
/// (`ba`, `mươi`, `lăm`).
fn number_word_before(bytes: &[u8], at: usize) -> bool {
    let head = bytes.get(..at.saturating_sub(1)).unwrap_or_default();
    let from = memchr::memrchr(b' ', head).map_or(0, |i| i + 1);
    std::str::from_utf8(head.get(from..).unwrap_or_default()).is_ok_and(|w| {
        crate::vocab::NUMBER_WORDS.contains(w)
            || [crate::vocab::TEN, crate::vocab::TENS].contains(&w)
    })
}

/// The last bytes of the first words of [`crate::vocab::FEAST_ANCHORS`]
/// (`g` of `trung`, 97 of `giỗ`): the byte before the space before a feast's
/// anchor.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: the words are not empty
const FEAST_BEFORE_ENDS: [u8; crate::vocab::FEAST_ANCHORS.len()] = {
    let anchors = crate::vocab::FEAST_ANCHORS;
    let mut out = [0u8; crate::vocab::FEAST_ANCHORS.len()];
    let mut i = 0;
    while i < anchors.len() {
        let before = anchors[i].0.as_bytes();
        out[i] = before[before.len() - 1];
        i += 1;
    }
    out
};

/// Whether the word at `at` and the one before it are one of
/// [`crate::vocab::FEAST_ANCHORS`] (`Trung thu`, `Giỗ Tổ`), any case of
/// their first letters.
fn feast_anchor(bytes: &[u8], at: usize) -> bool {
    crate::vocab::FEAST_ANCHORS.iter().any(|&(before, word)| {
        let word = word.as_bytes();
        bytes
            .get(at..at + word.len())
            .is_some_and(|w| same_word_any_case(w, word))
            && word_before(bytes, at, before)
    })
}

/// Whether a name of [`crate::vocab::FEASTS_AT_ANCHOR`] may end before the
/// space before `at`: told by its last letter, `n` (most anchors stand
/// after other words).
#[inline(always)]
pub(super) fn feast_may_end_before(bytes: &[u8], at: usize) -> bool {
    at.checked_sub(2)
        .and_then(|k| bytes.get(k..at))
        .is_some_and(|w| matches!(w, [b'n' | b'N', b' ']))
}

/// Where the two words before the space before `at` open when they are
/// one of [`crate::vocab::FEASTS_AT_ANCHOR`] (`Vu Lan 2025`, `Phật đản năm
/// nay`), any case of their first letters.
pub(super) fn feast_before(bytes: &[u8], at: usize) -> Option<usize> {
    if !feast_may_end_before(bytes, at) {
        return None;
    }
    let space = at.checked_sub(1)?;
    crate::vocab::FEASTS_AT_ANCHOR
        .iter()
        .find_map(|&(first, second)| {
            let second_at = space.checked_sub(second.len())?;
            let w = bytes.get(second_at..space)?;
            (same_word_any_case(w, second.as_bytes()) && word_before(bytes, second_at, first))
                .then(|| second_at.checked_sub(1 + first.len()))
                .flatten()
        })
}

/// Whether `w` is `word` (in lowercase) with its first letter in either
/// case: an ASCII letter, or `đ` (C4 91, `Đ` C4 90).
fn same_word_any_case(w: &[u8], word: &[u8]) -> bool {
    match (w, word) {
        ([0xC4, x, tail @ ..], [0xC4, y, rest @ ..]) => (x | 1) == *y && tail == rest,
        ([x, tail @ ..], [y, rest @ ..]) => (x | 0x20) == *y && tail == rest,
        _ => false,
    }
}

/// The names of feasts read as a day after `ngày`: those of
/// [`crate::vocab::DAY_FEASTS`] (`ngày Noel`) and the lunar ones of
/// [`crate::vocab::NAMED_LUNAR_FEASTS`] (`ngày vía Thần Tài`, `ngày Vu Lan`)
/// but those whose names hold an anchor of their own (`Trung thu`).
fn day_feast_names() -> impl Iterator<Item = &'static str> {
    let lunar = crate::vocab::NAMED_LUNAR_FEASTS
        .entries
        .iter()
        .filter(|&&(name, _)| {
            !crate::vocab::FEAST_ANCHORS
                .iter()
                .any(|&(first, _)| name.starts_with(first))
        });
    crate::vocab::DAY_FEASTS
        .iter()
        .flat_map(|t| t.entries)
        .map(|&(name, _)| name)
        .chain(lunar.map(|&(name, _)| name))
}

/// Every feast's name read after `ngày` ([`day_feast_names`]) opens with an
/// ASCII letter in small case: [`feast_first_word`] compares its first byte
/// in either case (`ngày Đại đoàn kết` would need the letter's two bytes).
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: the names are not empty
const _: () = {
    let tables = crate::vocab::DAY_FEASTS;
    let mut t = 0;
    while t < tables.len() {
        let entries = tables[t].entries;
        let mut i = 0;
        while i < entries.len() {
            assert!(entries[i].0.as_bytes()[0].is_ascii_lowercase());
            i += 1;
        }
        t += 1;
    }
    let entries = crate::vocab::NAMED_LUNAR_FEASTS.entries;
    let mut i = 0;
    while i < entries.len() {
        assert!(entries[i].0.as_bytes()[0].is_ascii_lowercase());
        i += 1;
    }
};

/// Whether `rest` opens with the first word of a feast's name read after
/// `ngày` ([`day_feast_names`]: `noel`, `nhà`, `phụ`, `vía`), any case of
/// its first letter, or with `lễ` before it (`ngày lễ Vu Lan`); the name
/// is read whole by the grammar.
fn feast_first_word(rest: &[u8]) -> bool {
    // `lễ` (l, E1 BB 85) and a space.
    let rest = match rest {
        [b'l' | b'L', 0xE1, 0xBB, 0x85 | 0x84, b' ', after @ ..] => after,
        _ => rest,
    };
    let may_start = |t: &crate::parse::common::Table<_>| t.may_start_bytes(rest);
    if !crate::vocab::DAY_FEASTS.iter().any(|t| may_start(t))
        && !crate::vocab::NAMED_LUNAR_FEASTS.may_start_bytes(rest)
    {
        return false;
    }
    let Some((&head, tail)) = rest.split_first() else {
        return false;
    };
    day_feast_names().any(|name| {
        let Some((&first, letters)) = name.as_bytes().split_first() else {
            return false;
        };
        // The name's bytes up to its first space, compared as they come.
        let n = letters.iter().take_while(|&&b| b != b' ').count();
        head | 0x20 == first
            && tail.get(..n) == letters.get(..n)
            && !tail
                .get(n)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    })
}

/// Whether the word before the space before `at` is `ngày`, any case of
/// its first letter (`ngày Quốc khánh`).
#[inline]
fn day_word_before(bytes: &[u8], at: usize) -> bool {
    word_before(bytes, at, crate::vocab::DAY_WORD)
}

/// Whether the word before the space before `at` is `cùng` (`chiều cùng
/// ngày`), any case of its first letter.
pub(super) fn same_before(bytes: &[u8], at: usize) -> bool {
    word_before(bytes, at, crate::vocab::SAME_WORD)
}

/// Whether the word before the space before `at` is `word` (written in
/// lowercase), any case of its first letter.
#[inline]
fn word_before(bytes: &[u8], at: usize, word: &str) -> bool {
    let word = word.as_bytes();
    // Most words stand after another: told by the byte before the space.
    if at.checked_sub(2).and_then(|k| bytes.get(k)) != word.last() {
        return false;
    }
    let Some(head) = at.checked_sub(1).and_then(|end| bytes.get(..end)) else {
        return false;
    };
    let Some(word_at) = head.len().checked_sub(word.len()) else {
        return false;
    };
    let starts_word = word_at == 0
        || head
            .get(word_at - 1)
            .is_some_and(|&b| !b.is_ascii_alphanumeric() && b < 0x80);
    starts_word
        && bytes.get(at - 1) == Some(&b' ')
        && head
            .get(word_at..)
            .is_some_and(|w| same_word_any_case(w, word))
}

/// The first anchor at or after `from` among the candidates.
pub(super) fn next_anchor(
    candidates: &mut impl Iterator<Item = usize>,
    bytes: &[u8],
    from: usize,
) -> Option<usize> {
    candidates.find(|&at| {
        at >= from && (bytes.get(at).is_some_and(u8::is_ascii_digit) || is_anchor_word(bytes, at))
    })
}

/// Whether an anchor word (see `find_anchor`) starts at `at`, after a
/// space or the start (or a bracket or quote).
pub(super) fn is_anchor_word(bytes: &[u8], at: usize) -> bool {
    let word_start = at == 0
        || matches!(
            bytes.get(at - 1),
            Some(b' ' | b'(' | b'"' | b'\'' | b'\n' | b'\t' | 0x9C | 0xA0)
        );
    if !word_start {
        return false;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    let lower = |k: usize| lower_at(rest, k);
    let ends = |k: usize| ends_at(rest, k);
    // A letter with marks at `k`, small or capital: two-byte letters differ
    // by 0x20 in their last byte (`á` C3 A1, `Á` C3 81), three-byte ones and
    // `ă` by 1 (`ầ` E1 BA A7, `Ầ` E1 BA A6).
    let letter = |k: usize, small: &[u8]| letter_at(rest, k, small);
    match lower(0) {
        // `quý`, `quí` (`ý` C3 BD, `í` C3 AD), `qua`.
        // `quốc` (`ố` E1 BB 91) after `ngày`: `ngày Quốc khánh`.
        b'q' => {
            lower(1) == b'u'
                && (letter(2, &[0xC3, 0xBD])
                    || letter(2, &[0xC3, 0xAD])
                    || (lower(2) == b'a' && ends(3))
                    || (day_word_before(bytes, at) && letter(2, &[0xE1, 0xBB, 0x91])))
        }
        b't' => {
            (lower(1) == b'h'
                && letter(2, &[0xC3, 0xA1])
                && lower(4) == b'n'
                && lower(5) == b'g'
                && ends(6))
                || (lower(1) == b'u' && letter(2, &[0xE1, 0xBA, 0xA7]) && lower(5) == b'n')
                || (letter(1, &[0xE1, 0xBA, 0xBF]) && lower(4) == b't')
                || (lower(1) == b'h' && letter(2, &[0xE1, 0xBB, 0xA9]) && ends(5))
                || (lower(1) == b'h' && letter(2, &[0xE1, 0xBA, 0xBF]) && ends(5))
                // `thu` after `Trung`, `tổ` (`ổ` E1 BB 95) after `Giỗ`: a
                // lunar feast named without `Tết`.
                // Told first by the last byte of the word before and the
                // shape of the word (`tổ chức`, `thu nhập` are common).
                || (at
                    .checked_sub(2)
                    .and_then(|k| bytes.get(k))
                    .is_some_and(|b| FEAST_BEFORE_ENDS.contains(b))
                    && ((lower(1) == b'h' && lower(2) == b'u' && ends(3))
                        || (letter(1, &[0xE1, 0xBB, 0x95]) && ends(4)))
                    && feast_anchor(bytes, at))
        }
        b'n' => {
            (letter(1, &[0xC4, 0x83]) && lower(3) == b'm' && ends(4))
                || (lower(1) == b'a' && lower(2) == b'y' && ends(3))
                // `ngày` (`à` C3 A0) after a number in words: `ba ngày
                // trước`, `hai mươi ngày qua`.
                || (lower(1) == b'g'
                    && letter(2, &[0xC3, 0xA0])
                    && lower(4) == b'y'
                    && ends(5)
                    && day_anchor(bytes, at, rest))
        }
        // `giáng` (`á` C3 A1) after `ngày`: `ngày Giáng sinh`.
        b'g' => {
            lower(1) == b'i'
                && (letter(2, &[0xE1, 0xBB, 0x9D])
                    || (day_word_before(bytes, at) && letter(2, &[0xC3, 0xA1]))
                    // `giao thừa` (`ừ` E1 BB AB), not `giao thông`.
                    || (lower(2) == b'a'
                        && lower(3) == b'o'
                        && rest.get(4) == Some(&b' ')
                        && lower(5) == b't'
                        && lower(6) == b'h'
                        && letter(7, &[0xE1, 0xBB, 0xAB])))
        }
        b'r' => letter(1, &[0xE1, 0xBA, 0xB1]) && lower(4) == b'm',
        b'k' => lower(1) == b'i' && lower(2) == b'a' && ends(3),
        // `mai`, `mùa` (`ù` C3 B9).
        b'm' => {
            (lower(1) == b'a' && lower(2) == b'i' && ends(3))
                || (letter(1, &[0xC3, 0xB9]) && lower(3) == b'a' && ends(4))
        }
        // `chủ nhật` (`ủ` E1 BB A7, `ậ` E1 BA AD).
        // `CN` (Sunday abbreviated) before a word that places it.
        b'c' => {
            (lower(1) == b'h'
                && letter(2, &[0xE1, 0xBB, 0xA7])
                && rest.get(5) == Some(&b' ')
                && lower(6) == b'n'
                && lower(7) == b'h'
                && letter(8, &[0xE1, 0xBA, 0xAD])
                && lower(11) == b't'
                && ends(12))
                || (lower(1) == b'n' && ends(2))
        }
        _ => false,
    }
}

/// The byte at `k` of `rest`, lowercased if a letter (0 past the end).
#[inline(always)]
fn lower_at(rest: &[u8], k: usize) -> u8 {
    rest.get(k).map_or(0, |b| b | 0x20)
}

/// Whether the word of `rest` ends at `k`: no letter or digit there.
#[inline(always)]
fn ends_at(rest: &[u8], k: usize) -> bool {
    !rest
        .get(k)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
}

/// Whether a letter with marks stands at `k` of `rest`, small or capital,
/// whose small form is `small`.
#[inline(always)]
fn letter_at(rest: &[u8], k: usize, small: &[u8]) -> bool {
    let n = small.len();
    match (rest.get(k..k + n), small.split_last()) {
        (Some(got), Some((&last, head))) => {
            got.starts_with(head)
                && got.last().is_some_and(|&b| {
                    b == last
                        || b == if n == 2 && head != [0xC4] {
                            last - 0x20
                        } else {
                            last - 1
                        }
                })
        }
        _ => false,
    }
}

/// Whether `ngày`, the word `rest` of `bytes` opens at `at`, is an anchor:
/// after a number in words (`ba ngày trước`, `hai mươi ngày qua`) or
/// `cùng`, before `hôm sau` (`ô` C3 B4: the day after the date before it)
/// or `mốt` (`ố` E1 BB 91), or before a feast whose first word no anchor
/// opens (`ngày Noel`, `ngày Valentine`, `ngày Nhà giáo Việt Nam`). Out of
/// the anchor test's line: few words get this far.
#[inline(never)]
fn day_anchor(bytes: &[u8], at: usize, rest: &[u8]) -> bool {
    let lower = |k: usize| lower_at(rest, k);
    let letter = |k: usize, small: &[u8]| letter_at(rest, k, small);
    number_word_before(bytes, at)
        || same_before(bytes, at)
        || (rest.get(5) == Some(&b' ')
            && lower(6) == b'h'
            && letter(7, &[0xC3, 0xB4])
            && lower(9) == b'm'
            && rest.get(10) == Some(&b' ')
            && lower(11) == b's')
        || (rest.get(5) == Some(&b' ')
            && lower(6) == b'm'
            && letter(7, &[0xE1, 0xBB, 0x91])
            && lower(10) == b't'
            && ends_at(rest, 11))
        // `ngày Noel`, `Ngày Phụ nữ Việt Nam`: a feast's name after it.
        || (rest.get(5) == Some(&b' ')
            && feast_first_word(rest.get(6..).unwrap_or_default()))
}
