//! What a line says of a picture rather than of its credit: the kind of
//! picture (`Ảnh minh họa`, `Video`), a numbered picture (`Ảnh 1:`), a
//! counter of a gallery (`1/12`), a note under a photo.

use super::*;
use crate::vocab::{MEDIA_ROLES, PICTURE_KINDS};

/// Whether `line` is a note on a picture rather than a sentence: short, no
/// sentence end (but for the kind of a picture alone, `Ảnh minh họa.`), and
/// a photo word in it (`Ảnh minh họa`, `(Ảnh: TTXVN)`).
pub(crate) fn is_picture_note(line: &str) -> bool {
    line.len() <= MAX_PICTURE_NOTE_BYTES
        && has_photo_word(line.as_bytes())
        && (!crate::parse::article::is_paragraph(line) || is_picture_kind(line))
}

/// Whether `line` is a caption opened by its label (`Chụp lại hình ảnh,
/// Người dân xếp hàng`, `Chú thích ảnh: ...`, see
/// [`crate::vocab::CAPTION_LABELS`]): a caption without a credit.
#[inline]
pub(crate) fn is_labelled_caption(line: &str) -> bool {
    opens_caption_label(line)
        && crate::vocab::CAPTION_LABELS
            .starting()
            .parse(line)
            .is_ok_and(|(rest, ())| !trim(rest).is_empty())
}

/// Whether `line` is a caption's label alone (`Chụp lại hình ảnh,`), the
/// caption on the line under it, as a scraper parts the label from the
/// caption's paragraph.
#[inline]
pub(crate) fn is_caption_label_alone(line: &str) -> bool {
    opens_caption_label(line) && crate::vocab::CAPTION_LABELS.whole(trim(line)).is_some()
}

/// Whether `line` may open with one of [`crate::vocab::CAPTION_LABELS`],
/// told by its first word: `Chụp` or `Chú` in any case (`ụ` E1 BB A5,
/// `Ụ` E1 BB A4, `ú` C3 BA, `Ú` C3 9A) and, after `Chú`, a space or the
/// first byte of a non-breaking one (C2), as few paragraphs open (`Chúng`
/// does).
#[inline(always)]
fn opens_caption_label(line: &str) -> bool {
    match line.as_bytes() {
        [c, h, rest @ ..] if (c | 0x20) == b'c' && (h | 0x20) == b'h' => matches!(
            rest,
            [0xE1, 0xBB, 0xA4 | 0xA5, b'p' | b'P', ..] | [0xC3, 0x9A | 0xBA, b' ' | 0xC2, ..]
        ),
        _ => false,
    }
}

/// Whether `line` opens with the label of a writer's post (`Vai trò,
/// Phóng viên`, see [`crate::vocab::POST_LABELS`]), or is that label alone.
#[inline]
pub(crate) fn is_post_label_line(line: &str) -> bool {
    matches!(line.as_bytes().first(), Some(b'V' | b'v'))
        && crate::vocab::POST_LABELS.starting().parse(line).is_ok()
}

/// Whether `line` is the label of a writer's post alone (`Vai trò,`), the
/// post on the line under it.
pub(crate) fn is_post_label_alone(line: &str) -> bool {
    matches!(line.as_bytes().first(), Some(b'V' | b'v'))
        && crate::vocab::POST_LABELS.whole(trim(line)).is_some()
}

/// The longest [`is_picture_note`], in bytes.
pub(super) const MAX_PICTURE_NOTE_BYTES: usize = 64;

/// Whether `line` names only the kind of a picture (`Ảnh minh họa`, `(Ảnh
/// minh họa)`, `Ảnh chụp màn hình.`): a caption without a credit.
pub(crate) fn is_picture_kind(line: &str) -> bool {
    let line = line.strip_suffix('.').unwrap_or(line);
    let line = strip_brackets(line).unwrap_or(line);
    let Ok((rest, roles)) = role_list(line) else {
        return false;
    };
    roles == [Role::Photo]
        && PICTURE_KINDS
            .starting()
            .parse(trim(rest))
            .is_ok_and(|(rest, _)| trim(rest).is_empty())
}

/// Whether `line` closes with the kind of its picture, after a sentence
/// end, a dash or a bar, or in brackets (`Người dân mua sắm. Ảnh minh họa`,
/// `... (Ảnh minh họa)`, `... - Ảnh chụp màn hình`): a caption without a
/// credit.
pub(crate) fn closed_by_picture_kind(line: &str) -> bool {
    // A caption is a few sentences, and ends with one of the kinds: told
    // first, by the last byte, then by the kinds' words.
    let bytes = line.as_bytes();
    let closed = bytes
        .iter()
        .rposition(|b| !matches!(b, b'.' | b')' | b']' | b' '))
        .map_or(0, |i| i + 1);
    let end = line.get(..closed).unwrap_or_default();
    if line.len() > MAX_CAPTION_LINE_BYTES
        || !matches!(end.as_bytes(), [.., a, b] if PICTURE_KIND_ENDS.contains(&[*a, *b]))
        || !PICTURE_KINDS
            .entries
            .iter()
            .any(|&(kind, _)| ends_with_word(end, kind))
    {
        return false;
    }
    let t = trim(line);
    let t = t.strip_suffix('.').unwrap_or(t);
    // After the last sentence end, dash or bar (`... ra mắt - Ảnh minh
    // họa`, `... | Ảnh chụp màn hình`).
    let at = if t.ends_with(CLOSE_BRACKETS) {
        rfind_open_bracket(t)
    } else {
        t.char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '|') || is_dash(c))
            .map(|(at, c)| at + c.len_utf8())
    };
    let Some((head, kind)) = at.and_then(|at| t.split_at_checked(at)) else {
        return false;
    };
    !trim(head).is_empty() && kind.len() <= MAX_PICTURE_KIND_BYTES && is_picture_kind(trim(kind))
}

/// The last two bytes of [`PICTURE_KINDS`] in either case (`ọa` and `Ọa`,
/// `ạ` and `Ạ`, `nh`, `ệu`, `ip`, `eo`, `ầm`), which a test checks.
pub(super) const PICTURE_KIND_ENDS: [[u8; 2]; 14] = [
    [0x8D, b'a'],
    [0x8C, b'A'],
    [0xBA, 0xA1],
    [0xBA, 0xA0],
    [b'n', b'h'],
    [b'N', b'H'],
    [0x87, b'u'],
    [0x86, b'U'],
    [b'i', b'p'],
    [b'I', b'P'],
    [b'e', b'o'],
    [b'E', b'O'],
    [0xA7, b'm'],
    [0xA6, b'M'],
];

/// The longest caption [`closed_by_picture_kind`] reads, in bytes.
pub(super) const MAX_CAPTION_LINE_BYTES: usize = 600;

/// Whether `line` is a caption numbered after its picture (`Ảnh 2: Hành
/// khách lên xe`, `Hình 3. Sơ đồ tuyến`, `Video 1 - Toàn cảnh`, `Ảnh 3/5:
/// Hoa nở`): a media word, a number of up to three digits (and the count
/// of pictures after a slash), a colon, a period or a dash, and
/// the caption's text. A caption without a credit (a number makes it no
/// name).
pub(crate) fn is_numbered_picture(line: &str) -> bool {
    // Told first by a digit after a first word as long as a media word.
    let bytes = line.as_bytes();
    let numbered = MEDIA_WORD_BYTES
        .iter()
        .any(|&k| bytes.get(k) == Some(&b' ') && bytes.get(k + 1).is_some_and(u8::is_ascii_digit));
    if !numbered {
        return false;
    }
    let Ok((rest, roles)) = role_list(line) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest.get(digits..).unwrap_or_default();
    // Of a count of pictures: `Ảnh 3/5: ...`.
    let after = match after.strip_prefix('/') {
        Some(total) => {
            let count = total.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=3).contains(&count) {
                return false;
            }
            total.get(count..).unwrap_or_default()
        }
        None => after,
    };
    let after = after.strip_prefix([':', '.']).or_else(|| {
        after
            .strip_prefix(' ')
            .and_then(|a| a.strip_prefix(is_dash))
    });
    roles.iter().all(|r| MEDIA_ROLES.contains(r))
        && (1..=3).contains(&digits)
        && after.is_some_and(|a| a.starts_with(' ') && !trim(a).is_empty())
}

/// Whether `line` is a caption opened by its medium's label and a colon
/// (`Hình: Sơ đồ tuyến đường sắt`, `Hình ảnh: Phối cảnh nhà ga`, `Video:
/// Toàn cảnh vụ cháy`, `Ảnh minh họa: Cánh đồng lúa`), for a line read as
/// no credit (what follows the colon names no one): a caption without a
/// credit. The text after the colon opens with a capital or a digit, as a
/// caption's does.
pub(crate) fn is_labelled_picture(line: &str) -> bool {
    // Told first by the label's first letter (`Ả`, `Đ`, or one of `c`,
    // `h`, `i`, `m`, `p`, `v` in either case), then by a colon within
    // reach of the line's start.
    let bytes = line.as_bytes();
    let first = bytes.first().map_or(0, |b| b | 0x20);
    if !matches!(first, b'c' | b'h' | b'i' | b'm' | b'p' | b'v' | 0xE1 | 0xE4)
        || !bytes
            .get(..bytes.len().min(MAX_MEDIA_LABEL_BYTES))
            .is_some_and(|head| head.contains(&b':'))
    {
        return false;
    }
    // `Ảnh minh họa:`, `Ảnh chụp màn hình:`: the picture's kind too.
    super::caption::media_label(line).is_some_and(|(_, rest)| {
        rest.strip_prefix(':')
            .map(trim)
            .and_then(|text| text.chars().next())
            .is_some_and(|c| letters::is_uppercase(c) || c.is_ascii_digit())
    })
}

/// The most bytes of a medium's label before its colon (`Hình ảnh minh
/// họa:` is 23).
const MAX_MEDIA_LABEL_BYTES: usize = 32;

/// Whether `line` is a caption closed by its picture's number after a dash
/// or a bar (`Người dân xếp hàng mua vàng - Ảnh 1.`, `... - Hình 2`), as
/// pages name each picture of an article in its alternative text: a
/// caption without a credit (a number makes it no name).
pub(crate) fn closed_by_numbered_picture(line: &str) -> bool {
    let t = trim(line);
    let t = t.strip_suffix('.').unwrap_or(t);
    // Told first by the digits at the end.
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) || t.len() > MAX_CAPTION_LINE_BYTES {
        return false;
    }
    let Some(head) = t.get(..t.len() - digits).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let word_at = head.rfind(' ').map_or(0, |at| at + 1);
    let (before, word) = head.split_at_checked(word_at).unwrap_or_default();
    let before = before.trim_end_matches(' ');
    let media = role_list(word).is_ok_and(|(rest, roles)| {
        rest.is_empty() && roles.iter().all(|r| MEDIA_ROLES.contains(r))
    });
    media
        && before
            .strip_suffix(|c: char| is_dash(c) || c == '|')
            .is_some_and(|caption| !trim(caption).is_empty())
}

/// The longest counter of a gallery's pictures, in bytes.
pub(super) const MAX_PICTURE_COUNTER_BYTES: usize = 32;

/// A gallery's counter alone on its line: `1 / 5`, `Ảnh 4/5`, `(Ảnh 3
/// trên 5)`, `Hình 2 của 8`: a media word or none, the picture's number,
/// a slash or a word of [`crate::vocab::COUNT_OF_WORDS`], the count, no
/// larger than it, in brackets or not. The page's, not a date (`Ảnh
/// 4/5`). Two numbers and a slash alone, without a space, a media word or
/// a bracket, may be a date heading a live report's entries (`4/5`): no
/// counter.
pub(crate) fn is_picture_counter(line: &str) -> bool {
    use crate::parse::common::{number, sp0};
    if line.len() > MAX_PICTURE_COUNTER_BYTES || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let t = trim(line);
    let (t, bracketed) = strip_brackets(t).map_or((t, false), |inner| (trim(inner), true));
    let (t, media) = match role_list(t) {
        Ok((rest, roles)) if roles.iter().all(|r| MEDIA_ROLES.contains(r)) => (trim(rest), true),
        _ => (t, false),
    };
    if !(bracketed || media || t.contains(' ')) {
        return false;
    }
    let of = (
        sp0,
        nom::branch::alt((
            nom::character::complete::char('/').map(|_| ()),
            crate::vocab::COUNT_OF_WORDS.starting(),
        )),
        sp0,
    );
    match (number(1, 3), of, number(1, 3)).parse(t) {
        Ok((rest, (n, _, count))) => rest.is_empty() && 1 <= n && n <= count,
        Err(_) => false,
    }
}

/// The lengths in bytes of the role words of one word for a medium
/// (`clip`; `ảnh`, `hình`, `video`, `photo`; `infographic`), which a test
/// checks against [`crate::vocab::ROLES`]: [`is_numbered_picture`] looks
/// for the space after them.
pub(crate) const MEDIA_WORD_BYTES: [usize; 4] = [4, 5, 6, 11];

/// The longest line [`is_picture_kind`] is asked about, in bytes.
pub(crate) const MAX_PICTURE_KIND_BYTES: usize = 48;
