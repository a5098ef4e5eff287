//! Names in credits: split on their separators, and told from words that
//! are no name (a desk, a source, a domain).

use super::*;
use crate::vocab::NAME_SEPARATORS;

/// Splits a names part on ` - `, `–`, `,`, ` và `, `/`, `;`, `&`, dropping a
/// trailing `|` and a closing period.
pub(crate) fn split_names(s: &str) -> Vec<Cow<'_, str>> {
    names(s).map(Cow::Borrowed).collect()
}

/// The first bytes of the characters that may cut a names part: the
/// [`NAME_SEPARATORS`], the space (of ` và `) and the [`DASHES`].
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
pub(super) const NAME_CUT_LEADS: [bool; 256] = {
    let mut out = [false; 256];
    out[b' ' as usize] = true;
    let mut i = 0;
    while i < NAME_SEPARATORS.len() {
        out[utf8_lead(NAME_SEPARATORS[i]) as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < DASHES.len() {
        out[utf8_lead(DASHES[i]) as usize] = true;
        i += 1;
    }
    out
};

/// The first byte of the UTF-8 encoding of `c`.
pub(super) const fn utf8_lead(c: char) -> u8 {
    let n = c as u32;
    match n {
        0..=0x7F => n as u8,
        0x80..=0x7FF => 0xC0 | (n >> 6) as u8,
        0x800..=0xFFFF => 0xE0 | (n >> 12) as u8,
        _ => 0xF0 | (n >> 18) as u8,
    }
}

/// The names of [`split_names`], one at a time, so that a caller can stop
/// at the first that is no name.
pub(super) fn names(s: &str) -> impl Iterator<Item = &str> {
    let s = without_title_chain(without_closing_separators(s));
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut pos = 0;
    let mut done = false;
    let parts = std::iter::from_fn(move || {
        if done {
            return None;
        }
        // Only the characters that may cut are looked at (the separators,
        // the dashes and the space of ` và `), found by their first byte.
        while let Some(idx) = bytes
            .get(pos..)
            .and_then(|r| {
                r.iter()
                    .position(|&b| NAME_CUT_LEADS.get(usize::from(b)) == Some(&true))
            })
            .map(|k| pos + k)
        {
            let Some(c) = s.get(idx..).and_then(|r| r.chars().next()) else {
                break;
            };
            pos = idx + c.len_utf8();
            let cut = match c {
                // `Sức khỏe & Đời sống`, `Thể thao & Văn hóa`: outlets named
                // in sentence case join two words with `&`; people's names
                // (every word capitalized) and agencies do not end so. A
                // `&` without spaces joins an outlet's code (`GD&TĐ`).
                '&' => {
                    let spaced = s.get(..idx).is_some_and(|b| b.ends_with(is_space))
                        || s.get(pos..).is_some_and(|a| a.starts_with(is_space));
                    spaced && !s.get(start..idx).is_some_and(ends_with_lowercase_word)
                }
                c if NAME_SEPARATORS.contains(&c) => true,
                c if is_dash(c) => {
                    let before = s.get(..idx).and_then(|b| b.chars().next_back());
                    let after = s.get(pos..).and_then(|a| a.chars().next());
                    // `T.Lan-H.Vũ`: initialled names joined by bare hyphens.
                    let initials = s.get(start..idx).is_some_and(|p| p.contains('.'))
                        && s.get(pos..).is_some_and(opens_with_initial);
                    before.is_some_and(is_space) || after.is_some_and(is_space) || initials
                }
                _ => false,
            };
            let cut_len = if cut {
                c.len_utf8()
            } else if c == ' '
                && s.get(idx..).is_some_and(|r| r.starts_with(" và "))
                // `và` joins two names, not the words of one (`Doanh
                // nghiệp và Tiếp thị`).
                && !matches!(s.get(start..idx), Some(p) if !(trim(p).is_empty() || is_name(trim(p))))
            {
                " và ".len()
            } else {
                0
            };
            if cut_len > 0 {
                // Inside ` và ` the start has moved past `idx`: no part.
                let part = s.get(start..idx);
                start = idx + cut_len;
                if part.is_some() {
                    return part;
                }
            }
        }
        done = true;
        s.get(start..)
    });
    parts
        .map(|p| {
            let p = trim(p);
            // A closing period after a word (`BVĐK.`, `Như Ý.`: a letter
            // after a space is a syllable), not after an initial (`K.L.M.`).
            let closes_word = |q: &str| {
                let mut back = q.chars().rev();
                let letters = back
                    .by_ref()
                    .take_while(|&c| letters::is_alphabetic(c))
                    .count();
                let before = q.chars().rev().nth(letters);
                letters > 1 || (letters == 1 && before.is_some_and(is_space))
            };
            let p = match p.strip_suffix('.') {
                Some(q) if closes_word(q) => without_honorific(trim(q)),
                _ => without_honorific(p),
            };
            without_released(p)
        })
        .filter(|p| !p.is_empty())
}

/// `s` without the titles that open it each closed by a comma (`Đại tá,
/// PGS.TS Lê Hà`, `Thiếu tướng, PGS, TS. Lê Hà`, as journals print a
/// writer's ranks and degrees): the comma parts titles there, not names.
/// The titles left before the name go with it ([`without_honorific`]).
fn without_title_chain(s: &str) -> &str {
    // Told by a comma first: most lines hold none.
    if memchr::memchr(b',', s.as_bytes()).is_none() {
        return s;
    }
    let mut out = s;
    for _ in 0..MAX_STACKED_TITLES {
        // Most names open with no title: told by the hash of the first word.
        if !HONORIFIC_WORDS.may_start(out).0 {
            break;
        }
        match after_title(out, true) {
            Some(after) => out = after,
            None => break,
        }
    }
    out
}

/// `s` without a closing `phát` in small letters after the name of who
/// released it (`TTXVN phát`); a name in capitals keeps it (`Tấn Phát`).
fn without_released(s: &str) -> &str {
    match s
        .strip_suffix(crate::vocab::RELEASED_WORD)
        .and_then(|head| head.strip_suffix(is_space))
    {
        Some(head) if !trim(head).is_empty() => trim(head),
        _ => s,
    }
}

/// Whether `s` opens with an initial: a capital and a dot (`H.Vũ`).
pub(super) fn opens_with_initial(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(letters::is_uppercase) && chars.next() == Some('.')
}

/// Whether `s` reads as a person's or outlet's name: a few words, the first
/// capitalized (or initials like `T.L`, `N. Hà`), at most one lowercase word
/// after it, no sentence punctuation.
pub(crate) fn is_name(s: &str) -> bool {
    // A plus closes no name, nor a dash a letter or two (`A+`, `A-`: the
    // type's size buttons; `GMT+`).
    if longer_than(s, MAX_NAME_CHARS) || s.ends_with('+') || is_size_button(s) {
        return false;
    }
    // One pass over the characters, word by word.
    let mut words = 0;
    let mut lowercase = 0;
    let mut in_word = false;
    // The current word's digit and dot (`T.78` is initials, `78` no name).
    let (mut digit, mut dot) = (false, false);
    for c in s.chars() {
        if crate::vocab::not_in_names_nor_brackets(c) || matches!(c, '>' | '<') {
            return false;
        }
        if is_space(c) {
            if in_word && digit && !dot {
                return false;
            }
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            words += 1;
            let capitalized = letters::is_uppercase(c);
            if words == 1 && !capitalized || words > MAX_NAME_WORDS {
                return false;
            }
            lowercase += usize::from(!capitalized);
            (digit, dot) = (false, false);
        }
        digit |= c.is_ascii_digit();
        dot |= c == '.';
    }
    !(in_word && digit && !dot)
        && words > 0
        && (lowercase == 0
            || (lowercase == 1
                && words >= 3
                && s.split(is_space)
                    .filter(|w| w.chars().next().is_some_and(|c| !letters::is_uppercase(c)))
                    .all(|w| crate::vocab::NAME_PARTICLES.contains(w))))
}

/// Whether `s` may name a source: a name, a domain, or a capitalized name of
/// a few words (`Dân trí`, `Bộ Y tế`).
pub(super) fn is_source_name(s: &str) -> bool {
    if is_name(s) || is_domain(s) {
        return true;
    }
    if longer_than(s, MAX_NAME_CHARS) || s.contains(crate::vocab::not_in_names_nor_brackets) {
        return false;
    }
    let words = word_count(s);
    let capital = s.chars().next().is_some_and(letters::is_uppercase);
    // `Thời báo Kinh tế Sài Gòn`, `Cổng thông tin điện tử Chính phủ`: an
    // outlet's name may be longer than a person's; `báo Lao Động`, its kind
    // in small letters. The registry is asked only then.
    // `Trung tâm Dự báo KTTV quốc gia`, `Sở Giáo dục và Đào tạo Hà Nội`:
    // an organization by its kind and name, as long as an outlet's.
    (capital && words <= MAX_NAME_WORDS)
        || (words <= MAX_OUTLET_NAME_WORDS
            && (is_outlet_like(s) || super::sources::is_organization(s)))
}

/// Whether `s` is a bare domain such as `vietnamplus.vn` or a URL; not
/// an initial before a name (`K.Linh`, `Th.Minh`: a one-letter first
/// label, or a top-level label in capitals and small letters).
pub(super) fn is_domain(s: &str) -> bool {
    !s.contains(is_space)
        && (s.starts_with("http://") || s.starts_with("https://") || {
            let mut parts = s.rsplit('.');
            let tld = parts.next().unwrap_or_default();
            let one_case = tld.chars().all(|c| c.is_ascii_lowercase())
                || tld.chars().all(|c| c.is_ascii_uppercase());
            let first = s.split('.').next().unwrap_or_default();
            parts.next().is_some()
                && (2..=6).contains(&tld.len())
                && one_case
                && first.chars().nth(1).is_some()
        })
}

/// Whether the last word of `s` (spaces aside) opens with a lowercase
/// letter: `Sức khỏe` does, `Hoàng Lan` and `AFP` do not.
fn ends_with_lowercase_word(s: &str) -> bool {
    let s = s.trim_end_matches(is_space);
    let word = s.rsplit(is_space).next().unwrap_or_default();
    word.chars().next().is_some_and(letters::is_small_letter)
}

/// Whether `s` is a province or city of [`crate::vocab::PLACES`], a
/// place of [`crate::vocab::FOREIGN_PLACES`] or a city of
/// [`crate::vocab::FOREIGN_CITIES`], in any case (`Hà Nội`, `TP.HCM`,
/// `HÀ NỘI`, `Thái Lan`, `WASHINGTON`).
pub(crate) fn is_place(s: &str) -> bool {
    const MAX_PLACE_BYTES: usize = 32;
    if s.len() > MAX_PLACE_BYTES {
        return false;
    }
    let lower = lowercase(s);
    let lower = lower.as_str();
    crate::vocab::PLACES.contains(&lower)
        || crate::vocab::FOREIGN_PLACES.contains(&lower)
        || crate::vocab::FOREIGN_CITIES.contains(&lower)
}

/// `s` in small letters, each run of white space one space (`Hải\u{a0}Phòng`
/// is `hải phòng`).
fn lowercase(s: &str) -> String {
    let mut lower = String::with_capacity(s.len());
    for c in s.chars() {
        let space = if c.is_ascii() {
            c.is_ascii_whitespace()
        } else {
            is_space(c)
        };
        if space {
            if !lower.ends_with(' ') {
                lower.push(' ');
            }
        } else {
            letters::for_lowercase(c, |l| lower.push(l));
        }
    }
    lower
}

/// Whether `s` is a person's name as bylines print it over a title: two
/// to four capitalized words opening with a family name of
/// [`crate::vocab::SURNAMES`] (`Nguyễn Văn An`, `TRẦN MINH`), and no place
/// (`Hà Nội`, `Thái Lan`).
pub(crate) fn is_surnamed_name(s: &str) -> bool {
    const MAX_SURNAMED_BYTES: usize = 48;
    if s.len() > MAX_SURNAMED_BYTES || !(2..=4).contains(&crate::parse::common::word_count(s)) {
        return false;
    }
    let capitalized = s.split(is_space).filter(|w| !w.is_empty()).all(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(letters::is_uppercase) && chars.all(letters::is_alphabetic)
    });
    let first = s.split(is_space).next().unwrap_or_default();
    capitalized && crate::vocab::SURNAMES.contains(&lowercase(first).as_str()) && !is_place(s)
}

/// `s` trimmed, without the bars and bullets that close it (`Hoàng Lan |`,
/// `Đinh Nguyệt•`: a separator before a date printed apart).
pub(crate) fn without_closing_separators(s: &str) -> &str {
    trim(s.trim_end_matches(|c: char| crate::vocab::TAIL_SEPARATORS.contains(&c) || is_space(c)))
}

/// Whether `s` is a letter or two closed by a dash (`A-`, `Aa-`): the
/// button that makes the type smaller, no name.
fn is_size_button(s: &str) -> bool {
    s.strip_suffix(is_dash).is_some_and(|head| {
        (1..=2).contains(&head.chars().count()) && head.chars().all(letters::is_alphanumeric)
    })
}
