//! The photo credits that close captions (`- Ảnh: X`, `(Ảnh: X)`, `[Ảnh:
//! X]`, `Ảnh minh họa / TTXVN`, `Nguồn ảnh: X`), the credits of other
//! media after a caption's last sentence (`... . Video: X`), and
//! standalone photo credits.

use super::*;
use crate::vocab::{MEDIA_ROLES, PICTURE_KINDS, SQUARE_BRACKETS};

/// `par` without the `|` and white space that close it, and whether it
/// then ends in brackets (`(Ảnh: X)`, `(Ảnh: X).`).
pub(super) fn caption_end(par: &str) -> (&str, bool) {
    let t = par.trim_end_matches(|c: char| is_space(c) || c == '|');
    let closes = |u: &str| u.ends_with(CLOSE_BRACKETS) || u.ends_with(SQUARE_BRACKETS.1);
    let bracketed = closes(t) || t.strip_suffix('.').is_some_and(closes);
    (t, bracketed)
}

/// A photo credit at the end of a caption paragraph: `... . Ảnh: T.H`,
/// `... - Ảnh: HỮU KHOA |`, `(Ảnh: TTXVN)`, `(Ảnh: Văn Toàn).`, `(Ảnh VGP)`,
/// `(Nguồn: Reuters)`, given the paragraph's [`caption_end`]. Returns the
/// caption text's length and the credit.
pub(super) fn caption_credit_in<'a>(
    par: &'a str,
    t: &'a str,
    bracketed: bool,
    whole_has_photo: Option<bool>,
) -> Option<(usize, RawCredit<'a>)> {
    // The credit is at the end, and names are short: look at the tail only.
    let tail_from = t.len().saturating_sub(MAX_CAPTION_CREDIT_BYTES);
    let window = t.get(tail_from..).or_else(|| {
        let mut at = tail_from;
        while !t.is_char_boundary(at) {
            at += 1;
        }
        t.get(at..)
    })?;
    let w = window.as_bytes();
    // `(Ảnh: X)` and `(Ảnh: X).` at the end (`bracketed`: `closed` ends in
    // a bracket).
    // Brackets that hold no credit end the search, unless an outlet's code
    // or a note of when the picture was taken fills them (`Ảnh: Hoàng Hà
    // (TTXVN)`, `Ảnh: Minh Anh (chụp ngày 30/11)`: the credit opens before
    // them).
    if bracketed {
        let found = bracketed_credit(par, t);
        if found.is_some() || (agency_in_brackets(t).is_none() && without_taken_note(t).is_none()) {
            return found;
        }
    }
    // `... . Ảnh: X`, `... - Ảnh: X`: the last `Ảnh` after a sentence end or
    // a dash, so none without `ảnh` in the window (a short line is its own
    // window, and the caller may have searched it for photo words).
    let may_open = match whole_has_photo {
        Some(known) if tail_from == 0 => known,
        _ => has_anh(w),
    };
    if !may_open {
        return None;
    }
    let window_from = t.len() - window.len();
    let mut search_end = window.len();
    // `Ả` and `ả` are E1 BA A2 and E1 BA A3: found by their middle byte.
    let last_a = |end: usize| {
        let mut end = end;
        while let Some(i) = memchr::memrchr(0xBA, w.get(..end).unwrap_or_default()) {
            let three = i.checked_sub(1).and_then(|s| w.get(s..i + 2));
            if matches!(three, Some(&[a, b, c]) if is_a_hook(a, b, c)) {
                return Some(i - 1);
            }
            end = i;
        }
        None
    };
    while let Some(found) = last_a(search_end) {
        search_end = found;
        let at = window_from + found;
        if !opens_photo_credit(t.get(at..)?) {
            continue;
        }
        // An icon before the label (`... hội nghị. 📷 Ảnh: X`) is neither's.
        let mut before = t
            .get(..at)?
            .trim_end_matches(|c: char| is_space(c) || crate::vocab::is_pictograph(c));
        // `Nguồn ảnh: X`: the credit opens at `Nguồn`.
        let at = match strip_source_label(before) {
            Some(rest) => {
                let label_at = rest.len();
                before = rest.trim_end_matches(is_space);
                label_at
            }
            None => at,
        };
        // After a sentence end, ` - Ảnh: X`, ` | Ảnh: X`; or right after
        // the caption's last word when the label is in capitals and has its
        // colon (`... sức đề kháng ẢNH: NHẬT THỊNH`, the caption and its
        // credit printed in two boxes a scraper joins with a space), but
        // not in a line of capitals (`CUỘC THI ẢNH: HÀ NỘI MÙA THU`).
        // Or glued to the caption's last small letter, its capital, its
        // colon and a capitalized name after it telling it (`... Bến
        // ThànhẢnh: Lê Hà`, two tags read with nothing between).
        let label = t.get(at..).unwrap_or_default();
        let glued = || {
            let colon = label
                .char_indices()
                .take_while(|&(i, _)| i < MAX_GLUED_LABEL_BYTES)
                .find(|&(_, c)| c == ':');
            let name = colon.and_then(|(i, _)| label.get(i + 1..)).map(trim);
            before.len() == at
                && before.ends_with(letters::is_small_letter)
                && label.starts_with('Ả')
                && name.is_some_and(|n| n.starts_with(letters::is_uppercase))
        };
        let Some(end) = caption_text_end(before).or_else(|| {
            ((capital_label_colon(label) && before.chars().any(char::is_lowercase)) || glued())
                .then_some(before.len())
        }) else {
            continue;
        };
        // The credit's text runs to the end of the paragraph, `|` included.
        let credit = photo_credit(par.get(at..)?)?;
        return Some((trim_end_len(par, end), credit));
    }
    None
}

/// The credit after three slashes that close a caption (`... /// AFP`,
/// `... /// Ảnh: Ngọc Thắng`): a photo credit, or a name alone (a
/// person's, an agency's), given the paragraph's [`caption_end`] `t`.
/// Returns the caption text's length and the credit.
fn credit_after_slashes<'a>(par: &'a str, t: &'a str) -> Option<(usize, RawCredit<'a>)> {
    let tail_from = t.len().saturating_sub(MAX_CAPTION_CREDIT_BYTES);
    let tail = t.as_bytes().get(tail_from..)?;
    // The last slash that closes three, found slash by slash from the end:
    // most lines hold none, a date two.
    let last = crate::parse::common::rfind_byte_where(tail, b'/', |i| {
        i >= 2 && tail.get(i - 2..i) == Some(b"//")
    })?;
    let at = tail_from + last - 2;
    // A space before the slashes, and a caption before them.
    let before = t.get(..at)?.trim_end_matches(is_space);
    if before.is_empty() || before.len() == at {
        return None;
    }
    // `t` is `par` cut at its end: the credit's text is the rest of `t`.
    let after = trim(t.get(at + CAPTION_SLASHES.len()..)?);
    let credit = photo_credit(after).or_else(|| {
        let name = after.strip_suffix('.').unwrap_or(after);
        (is_name(name) || is_domain(name)).then(|| RawCredit {
            text: after,
            roles: vec![Role::Photo],
            names: vec![Cow::Borrowed(name)],
        })
    })?;
    Some((trim_end_len(par, before.len()), credit))
}

/// What Thanh Niên's pages print between a caption and its credit.
const CAPTION_SLASHES: &str = "///";

/// The credit in the brackets that close the caption `t` (`(Ảnh: X)`,
/// `(Ảnh: X).`, `(Nguồn: Reuters)`), with the caption text's length; `None`
/// when the brackets hold something else (`Ảnh: Hoàng Hà (TTXVN)`: the
/// credit opens before them).
fn bracketed_credit<'a>(par: &'a str, t: &'a str) -> Option<(usize, RawCredit<'a>)> {
    let closed = t.strip_suffix('.').unwrap_or(t);
    let open = if closed.ends_with(SQUARE_BRACKETS.1) {
        closed.rfind(SQUARE_BRACKETS.0)?
    } else {
        closed.rfind(|c: char| OPEN_BRACKETS.contains(&c))?
    };
    let bracket = closed.get(open..)?;
    let inner = strip_brackets(bracket)?;
    let credit = photo_credit(inner)
        .or_else(|| {
            word(SOURCE_LABEL)(inner)
                .ok()
                .and_then(|_| source_credit(inner))
        })
        .or_else(|| media_credit(inner))?;
    // The credit's text runs to the end, with a closing period or `|`.
    let text = trim(par.get(open..).unwrap_or(bracket));
    let credit = RawCredit { text, ..credit };
    Some((trim_end_len(par, open), credit))
}

/// A caption with its photo credit ([`caption_credit_in`]: the caption text's
/// length and the credit), else a standalone photo credit ([`photo_credit`]:
/// no length). A short line is searched for photo words once for both.
pub(crate) fn caption_or_photo(par: &str) -> Option<(Option<usize>, RawCredit<'_>)> {
    let (t, bracketed) = caption_end(par);
    if let Some((len, credit)) = credit_after_slashes(par, t) {
        return Some((Some(len), credit));
    }
    // A short line is searched for photo words once: the caption's window
    // is the whole line, and both need a photo word (the caption may do
    // without one only in brackets). `t` and the trimmed line hold the same
    // letters, so the answer is the standalone credit's too.
    let short = t.len() <= MAX_CAPTION_CREDIT_BYTES;
    let has_photo = short.then(|| has_photo_word(t.as_bytes()));
    if !bracketed && has_photo == Some(false) {
        // `Đồ họa: Minh Hà`, `Video: Người dân cung cấp`: the other media.
        if let Some(c) = media_credit_line(t).or_else(|| labelled_source(t)) {
            return Some((None, c));
        }
        return media_credit_after_sentence(par, t).map(|(len, c)| (Some(len), c));
    }
    if let Some((len, credit)) = caption_credit_in(par, t, bracketed, has_photo) {
        return Some((Some(len), credit));
    }
    if let Some(credit) = photo_credit_searched(par, has_photo) {
        return Some((None, credit));
    }
    if bracketed {
        return None;
    }
    media_credit_after_sentence(par, t).map(|(len, c)| (Some(len), c))
}

/// The credit of another medium, or in English, that closes a caption
/// after a sentence end or a dash (`... . Video: Lê Hà`, `... - Đồ họa:
/// Minh Hà`, `... . Photo: Reuters`), given the paragraph's
/// [`caption_end`] `t`: the roles just before the last colon, the names
/// after it. Returns the caption text's length and the credit.
fn media_credit_after_sentence<'a>(par: &'a str, t: &'a str) -> Option<(usize, RawCredit<'a>)> {
    let tail_from = t.len().saturating_sub(MAX_CAPTION_CREDIT_BYTES);
    let colon = tail_from + memchr::memrchr(b':', t.as_bytes().get(tail_from..)?)?;
    let head = t.get(..colon)?;
    // Most colons close no role word: told by the hash of the last word.
    if let Some(found) = source_after_sentence(par, head) {
        return Some(found);
    }
    if !ROLE_ENDS.may_end(head) {
        return None;
    }
    // The mark before the roles, a space after it, and no more than a few
    // words between it and the colon.
    let (mark_at, mark) =
        head.char_indices()
            .rev()
            .take(MAX_MEDIA_ROLES_CHARS)
            .find(|&(i, c)| {
                (crate::vocab::SENTENCE_ENDS.contains(&c) || is_dash(c) || c == '|')
                    && head
                        .get(i + c.len_utf8()..)
                        .is_some_and(|r| r.starts_with(is_space))
            })?;
    let at = mark_at + mark.len_utf8();
    // Roles opening with `Ảnh` were read by [`caption_credit_in`], which
    // turned them down; `Hình`, `Hình ảnh` are read here.
    let roles = crate::normalize::trim_start(head.get(at..)?).as_bytes();
    if matches!(roles, [a, b, c, ..] if is_a_hook(*a, *b, *c)) {
        return None;
    }
    let credit = media_credit(par.get(at..)?).filter(credits_someone)?;
    // A dash or a bar before the credit is no part of the caption; a
    // sentence's end is.
    let end = if crate::vocab::SENTENCE_ENDS.contains(&mark) {
        at
    } else {
        mark_at
    };
    let len = trim_end_len(par, end);
    (len > 0).then_some((len, credit))
}

/// `Nguồn: X` closing a caption after a sentence end or a dash (`Diễn
/// biến giá vàng. Nguồn: SJC`, `Biểu đồ GDP - Nguồn: Tổng cục Thống
/// kê`), given the paragraph up to the colon that follows `Nguồn`.
/// Returns the caption text's length and the source's credit.
fn source_after_sentence<'a>(par: &'a str, head: &str) -> Option<(usize, RawCredit<'a>)> {
    let before = strip_source_label(head.trim_end_matches(is_space))?;
    let label_at = before.len();
    let end = caption_text_end(before.trim_end_matches(is_space))?;
    let credit = labelled_source(par.get(label_at..)?)?;
    let len = trim_end_len(par, end);
    (len > 0).then_some((len, credit))
}

/// Where a caption's text ends, given the text `before` the credit that
/// closes it (white space trimmed): after its sentence end, which it keeps,
/// or before the dash or bar that sets the credit apart (`... - Ảnh: X`,
/// `... | Ảnh: X`); 0 when nothing stands before the credit; `None` when a
/// word does (the label is then inside a sentence).
fn caption_text_end(before: &str) -> Option<usize> {
    match before.chars().next_back() {
        None => Some(0),
        Some(c) if crate::vocab::SENTENCE_ENDS.contains(&c) => Some(before.len()),
        Some(c) if is_dash(c) || c == '|' => Some(before.len() - c.len_utf8()),
        Some(_) => None,
    }
}

/// The last words of the role words, as a filter.
const ROLE_ENDS: crate::parse::common::WordFilter = crate::parse::common::WordFilter::new()
    .with_last(crate::vocab::ROLES.parts[0].entries)
    .with_last(crate::vocab::ROLES.parts[1].entries);

/// The most characters between a caption's last sentence and the colon
/// of its credit (`Ảnh và video`, `Đồ họa`, `Infographic`).
const MAX_MEDIA_ROLES_CHARS: usize = 24;

/// Whether `s` (at an `Ả`/`ả`) opens a photo credit: `Ảnh` then a colon, a
/// capital, a role list (`Ảnh, video:`) or `do` and who gave it; not `ảnh
/// hưởng`.
pub(super) fn opens_photo_credit(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("Ảnh")
        .or_else(|| s.strip_prefix("ảnh"))
        .or_else(|| s.strip_prefix("ẢNH"))
    else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    rest.starts_with([':', ',', '&', '/', '-', crate::vocab::EN_DASH])
        || rest.starts_with(letters::is_uppercase)
        || rest.starts_with("và ")
        // `Ảnh do gia đình cung cấp`
        || rest
            .strip_prefix(crate::vocab::GIVEN_BY_WORD)
            .is_some_and(|r| r.starts_with(' '))
        // `Ảnh minh họa: X`, `Ảnh đồ họa: X`, `Ảnh tư liệu: X`, `Ảnh chụp
        // màn hình: X` (the first letters of the kinds of picture)
        || (rest.starts_with(['m', 'đ', 't', 'c']) && media_credit(s).is_some())
}

/// Whether `s` opens with `ẢNH` in capitals and, after the kind of picture
/// if any (`ẢNH MINH HỌA`, `ẢNH TƯ LIỆU`), a colon: a credit's label that
/// prose does not print inside a sentence.
fn capital_label_colon(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("ẢNH") else {
        return false;
    };
    let label = rest.split(':').next().unwrap_or_default();
    label.len() < rest.len()
        && label.chars().count() <= MAX_MEDIA_ROLES_CHARS
        && !label.chars().any(char::is_lowercase)
}

/// The most bytes from a photo label glued to a caption to its colon
/// (`Ảnh, video:`).
const MAX_GLUED_LABEL_BYTES: usize = 16;

/// Whether `s` holds `ảnh`/`Ảnh` (E1 BA A3 / E1 BA A2, then `nh`) or
/// `hình`/`Hình` (`h`/`H`, C3 AC, then `nh`; not `trình`), the photo role
/// words, found by their five bytes in one vectorized pass.
pub(super) fn has_photo_word(s: &[u8]) -> bool {
    crate::scan::any_whole(s, |a, b, c, n, h| {
        // `ì` is C3 AC, `Ì` C3 8C; `nh` in either case (`ẢNH`, `HÌNH`).
        let hinh = ((a | 0x20) == b'h') & (b == 0xC3) & ((c | 0x20) == 0xAC);
        ((n | 0x20) == b'n') & ((h | 0x20) == b'h') & (is_a_hook(a, b, c) | hinh)
    })
}

/// Whether `s` holds `ảnh`/`Ảnh` alone of the photo words.
pub(super) fn has_anh(s: &[u8]) -> bool {
    crate::scan::any_whole(s, |a, b, c, n, h| {
        ((n | 0x20) == b'n') & ((h | 0x20) == b'h') & is_a_hook(a, b, c)
    })
}

/// `s` without the `Nguồn` (in any case) that closes it, if it does.
pub(super) fn strip_source_label(s: &str) -> Option<&str> {
    let at = s
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (rest, last) = s.split_at_checked(at)?;
    matches!(word(SOURCE_LABEL)(last), Ok(("", _))).then_some(rest)
}

/// Whether `a b c` are `ả` or `Ả` (E1 BA A3 / E1 BA A2).
#[inline(always)]
pub(super) fn is_a_hook(a: u8, b: u8, c: u8) -> bool {
    (a == 0xE1) & (b == 0xBA) & ((c & 0xFE) == 0xA2)
}

/// `Ảnh: X`, `ảnh: X`, `Ảnh X` (no colon, one capitalized name), `Ảnh - Video: X`.
pub(crate) fn photo_credit(s: &str) -> Option<RawCredit<'_>> {
    photo_credit_searched(s, None)
}

/// [`photo_credit`], given whether `s` holds a photo word when that is known.
pub(super) fn photo_credit_searched(s: &str, has_photo: Option<bool>) -> Option<RawCredit<'_>> {
    let full = trim(s);
    if full.len() > MAX_PHOTO_CREDIT_BYTES
        || !has_photo.unwrap_or_else(|| has_photo_word(full.as_bytes()))
    {
        return None;
    }
    photo_credit_names(full).map(|c| RawCredit { text: full, ..c })
}

pub(super) fn photo_credit_names(s: &str) -> Option<RawCredit<'_>> {
    let s = without_closing_separators(s);
    // `Ảnh: Minh Anh (chụp ngày 30/11)`, `Ảnh: Minh Anh, chụp tháng
    // 11/2025`: when or where it was taken is no name; the credit's text
    // keeps it.
    if let Some(head) = without_taken_note(s) {
        let mut credit = photo_credit_names(head)?;
        credit.text = s;
        return Some(credit);
    }
    // `Ảnh: Hoàng Hà (TTXVN)`: the agency in brackets after the name is a
    // name of the credit, as after a slash.
    if let Some((head, agency)) = agency_in_brackets(s) {
        let mut credit = photo_credit_names(head)?;
        credit.text = s;
        credit.names.push(Cow::Borrowed(agency));
        return Some(credit);
    }
    if let Some(mut credits) = role_credits(s) {
        let only = credits.pop().filter(|_| credits.is_empty())?;
        let media = only.roles.iter().all(|r| MEDIA_ROLES.contains(r));
        return (media && !only.names.is_empty()).then_some(only);
    }
    if let Some(c) = media_credit(s).filter(credits_someone) {
        return Some(c);
    }
    // `Ảnh VGP`: no colon (and not in capitals: `ẢNH HƯỞNG CỦA BÃO` is a
    // heading).
    if s.starts_with("ẢNH") {
        return None;
    }
    let (rest, _) = word("ảnh")(s).ok()?;
    // `Ảnh do gia đình cung cấp`, `Ảnh do Minh Anh chụp`: who gave or
    // took it, a few words after `do` (by).
    if let Ok((by, _)) = word(crate::vocab::GIVEN_BY_WORD)(trim(rest)) {
        let by = trim(by.trim_end_matches('.'));
        let words = by.split_whitespace().count();
        // Opened by a name, or closed by what was done (`cung cấp`).
        let given = by.starts_with(letters::is_uppercase)
            || crate::vocab::GIVEN_BY_ENDS
                .iter()
                .any(|w| ends_with_word(by, w));
        return ((1..=MAX_GIVEN_BY_WORDS).contains(&words)
            && given
            && !by.contains([',', ';', '.']))
        .then(|| RawCredit {
            text: s,
            roles: vec![Role::Photo],
            names: vec![Cow::Borrowed(by)],
        });
    }
    let name = trim(rest);
    let names = split_names(name);
    if names.len() == 1
        && names
            .iter()
            .all(|n| is_name(n) && n.split_whitespace().count() <= 3)
    {
        return Some(RawCredit {
            text: s,
            roles: vec![Role::Photo],
            names,
        });
    }
    None
}

/// `s` without the note of when or where its picture was taken that
/// closes it: in brackets after a space (`Minh Anh (chụp ngày 30/11)`,
/// `(ảnh chụp năm 2019)`), after a comma or a spaced dash (`Minh Anh,
/// chụp tháng 11/2025`, `Minh Anh - chụp lúc 9h`), opened by [`crate::vocab::TAKEN`];
/// that word alone after the name (`Minh Anh chụp`).
fn without_taken_note(s: &str) -> Option<&str> {
    // Most credits hold no `chụp`: told by its `ụp` (`ụ` E1 BB A5, `Ụ` E1
    // BB A4) first.
    let b = s.as_bytes();
    let has_up = memchr::memchr2_iter(b'p', b'P', b).any(|k| {
        matches!(
            k.checked_sub(2).and_then(|j| b.get(j..k)),
            Some([0xBB, 0xA4 | 0xA5])
        )
    });
    if !has_up {
        return None;
    }
    let taken = |note: &str| {
        let note = trim(note);
        let note = word("ảnh")(note).map_or(note, |(rest, _)| trim(rest));
        word(crate::vocab::TAKEN)(note).is_ok()
    };
    if let Some(closed) = s.strip_suffix(')') {
        let open = closed.rfind('(')?;
        let head = closed.get(..open)?;
        return (head.ends_with(is_space) && taken(closed.get(open + 1..)?))
            .then(|| head.trim_end_matches(is_space));
    }
    // `Ảnh: Minh Anh chụp`: the word alone after the name.
    if let Some(head) = s
        .strip_suffix(crate::vocab::TAKEN)
        .filter(|h| h.ends_with(is_space))
        .map(|h| h.trim_end_matches(is_space))
        .filter(|h| {
            let last = h.rsplit(is_space).next().unwrap_or_default();
            !h.ends_with(':') && !word("ảnh")(last).is_ok_and(|(r, _)| r.is_empty())
        })
    {
        return Some(head);
    }
    let (cut, c) = s.char_indices().rev().find(|&(i, c)| {
        c == ',' || is_dash(c) && s.get(..i).is_some_and(|head| head.ends_with(is_space))
    })?;
    taken(s.get(cut + c.len_utf8()..)?).then(|| trim(s.get(..cut).unwrap_or_default()))
}

/// The most words after `Ảnh do` (`Ảnh do Sở Y tế tỉnh Quảng Ninh cung
/// cấp`).
const MAX_GIVEN_BY_WORDS: usize = 10;

/// `s` without the outlet or agency in brackets that closes it after a
/// space (`Ảnh: Hoàng Hà (TTXVN)`, `Ảnh: Minh Anh (Reuters)`, `Ảnh: Hoàng
/// Lan (Tuổi Trẻ)`), and the outlet as written.
fn agency_in_brackets(s: &str) -> Option<(&str, &str)> {
    let closed = s.strip_suffix(')')?;
    let open = closed.rfind('(')?;
    let head = closed.get(..open)?;
    let code = closed.get(open + 1..)?;
    (head.ends_with(is_space) && super::sources::is_outlet_like(code))
        .then(|| (head.trim_end_matches(is_space), code))
}

/// The most words of what a caption's credit names.
pub(super) const MAX_MEDIA_NAME_WORDS: usize = 6;

/// A media credit on a line of its own (`Đồ họa: Minh Hà`, `Clip: Người
/// dân cung cấp`) that [`credits_someone`].
pub(super) fn media_credit_line(line: &str) -> Option<RawCredit<'_>> {
    memchr::memchr2(b':', b'/', line.as_bytes())?;
    media_credit(line).filter(credits_someone)
}

/// `Nguồn: X` standing alone under a picture, a chart or a table, or
/// closing its caption (`Diễn biến giá vàng. Nguồn: SJC`): the source's
/// credit when it names someone (`Nguồn: Tổng cục Thống kê`, `Nguồn: Tổng
/// hợp`); not `Nguồn: theo báo cáo của ... năm 2024` (a sentence).
fn labelled_source(s: &str) -> Option<RawCredit<'_>> {
    let (rest, _) = word(SOURCE_LABEL)(s).ok()?;
    trim(rest).strip_prefix(':')?;
    source_credit(s).filter(credits_someone)
}

/// Whether a media credit standing alone names someone: a name, a name
/// within its words (`báo Bạc Liêu`), whoever handed it over (`Người
/// dân cung cấp`), where it was found (`sưu tầm`, `tư liệu`) or how it
/// was taken (`Cắt từ clip`); not a heading (`xem toàn cảnh vụ cháy`,
/// `Lễ đón chuyến bay`).
fn credits_someone(c: &RawCredit<'_>) -> bool {
    // A few words with a capital among them past the first letter (`báo
    // Bạc Liêu`, `iStock`) or a brand's name first (`Facebook nhân vật`);
    // more, or with a digit, are a headline (`Video: Khoảnh khắc cầu mới
    // hợp long`), as are words of Vietnamese with a capital only first
    // (`Video: Lễ đón chuyến bay`).
    let named_within = |n: &str| {
        let capital_after = n.chars().skip(1).any(letters::is_uppercase);
        let first = n.split(is_space).next().unwrap_or_default();
        let brand_first = first.starts_with(letters::is_uppercase) && first.is_ascii();
        (capital_after || brand_first)
            && !more_words_than(n, MAX_NAMED_WITHIN_WORDS)
            && !n.contains(|c: char| c.is_ascii_digit())
    };
    // An outlet or an organization by its kind and name (`Cổng TTĐT tỉnh
    // Quảng Nam`, `Công an tỉnh Nghệ An`), or by the kind of its unit alone
    // (`Công an tỉnh`).
    let organization = |n: &str| {
        !more_words_than(n, MAX_MEDIA_NAME_WORDS)
            && !n.contains(|c: char| c.is_ascii_digit())
            && (super::sources::is_organization(n)
                || super::sources::is_outlet_like(n)
                || super::sources::is_unit_office(n))
    };
    c.names.iter().all(|n| {
        is_name(n)
            || is_domain(n)
            || named_within(n)
            || organization(n)
            || ends_with_word(n, crate::vocab::PROVIDED)
            || crate::vocab::UNNAMED_SOURCES.contains(n)
            // `Ảnh: minh họa`, `Ảnh: chụp màn hình`: the picture's kind,
            // in small letters as capitalized.
            || PICTURE_KINDS.contains(n)
            || crate::vocab::PICTURE_ORIGINS.starting()(n).is_ok()
    })
}

/// The most words of what a media credit names when it is no name (`báo
/// Bạc Liêu`, `Facebook nhân vật`).
const MAX_NAMED_WITHIN_WORDS: usize = 4;

/// The media roles that open `s` (`Ảnh`, `Video`, `Đồ họa`), a photo's
/// kind of picture read as its role (`Ảnh minh họa`, `Ảnh đồ họa`), and
/// what follows them, trimmed; `None` when other roles open it.
pub(super) fn media_label(s: &str) -> Option<(Vec<Role>, &str)> {
    let (rest, mut roles) = role_list(s).ok()?;
    if !roles.iter().all(|r| MEDIA_ROLES.contains(r)) {
        return None;
    }
    let mut rest = trim(rest);
    if roles == [Role::Photo] {
        if let Ok((after, role)) = PICTURE_KINDS.starting().parse(rest) {
            roles = vec![role];
            rest = trim(after);
        }
    }
    Some((roles, rest))
}

/// A caption's credit: media roles (`Ảnh`, `Video`, `Đồ họa`, `Ảnh minh
/// họa`, after `Nguồn` too), a colon or a slash, and what they credit, which need not be a
/// person's name (`Ảnh: Chụp màn hình`, `Ảnh: báo Bạc Liêu`, `Ảnh minh họa
/// / TTXVN`); a closing period is not part of it.
pub(super) fn media_credit(s: &str) -> Option<RawCredit<'_>> {
    let s = trim(s);
    // `Nguồn video: VTV`: the source's label before the roles.
    let roles_from = word(SOURCE_LABEL)(s).map_or(s, |(rest, _)| trim(rest));
    let (roles, rest) = media_label(roles_from)?;
    let names_part = rest.strip_prefix(':').or_else(|| rest.strip_prefix('/'))?;
    let names = split_names(names_part);
    let credits_something = |n: &str| {
        !longer_than(n, MAX_NAME_CHARS)
            && !more_words_than(n, MAX_MEDIA_NAME_WORDS)
            && !n.contains(crate::vocab::NOT_IN_NAMES)
    };
    (!names.is_empty() && names.iter().all(|n| credits_something(n))).then_some(RawCredit {
        text: s,
        roles,
        names,
    })
}

pub(super) fn trim_end_len(s: &str, end: usize) -> usize {
    s.get(..end)
        .map_or(0, |p| p.trim_end_matches(is_space).len())
}
