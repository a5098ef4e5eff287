//! What may stand before a dateline on its line: a byline or a section,
//! set apart by a separator (`Hoàng Lan • 14/02/2022 10:12`) or by a space
//! alone when every word of it is capitalized (`Hoàng Lan 12/02/2024
//! 08:00`).

use super::*;

/// The most words of a byline set before a dateline by a space alone.
const MAX_SPACED_HEAD_WORDS: usize = 8;

/// The most words of a section set before a date by a space alone.
const MAX_SPACED_SECTION_WORDS: usize = 3;

/// Whether every word of `s` opens with a capital (past an opening bracket
/// or quote) or with no letter (`-`, `&`), and there are a few of them.
pub(super) fn is_capitalized_words(s: &str) -> bool {
    let mut words = 0;
    for w in s.split(is_space).filter(|w| !w.is_empty()) {
        words += 1;
        let first = w
            .trim_start_matches(|c: char| {
                crate::vocab::OPEN_BRACKETS.contains(&c) || matches!(c, '"' | '“')
            })
            .chars()
            .next();
        match first {
            Some(c) if c.is_ascii_digit() => return false,
            Some(c) if letters::is_small_letter(c) => return false,
            _ => {}
        }
    }
    (1..=MAX_SPACED_HEAD_WORDS).contains(&words)
}

/// `s` cut at its last separator (a dash, `|`, a comma or a bullet) into
/// what stands before it and after it, both trimmed and not empty.
pub(super) fn split_at_last_separator(s: &str) -> Option<(&str, &str)> {
    let at = s.rfind(|c: char| HEAD_SEPARATORS.contains(&c) || is_dash(c))?;
    let (head, rest) = s.split_at_checked(at)?;
    let sep_len = rest.chars().next()?.len_utf8();
    let (head, after) = (trim(head), trim(rest.get(sep_len..)?));
    (!head.is_empty() && !after.is_empty()).then_some((head, after))
}

/// The most bytes of an offset before a date (`[(GMT+07:00)]`, `(giờ Việt
/// Nam)`).
const MAX_OFFSET_BEFORE: usize = 24;

/// The dateline `line[idx..end]` (read as `raw`, with `tail` after it) with
/// what stands before it on its line: nothing, a label (`Cập nhật:`, part
/// of the dateline's text), a section and a label, or a byline set apart by
/// a separator or (`with_tail`: a header line) by a space alone. `None`
/// when what stands before it is none of these.
pub(super) fn with_head<'a>(
    line: &'a str,
    (idx, end): (usize, usize),
    tail: Option<&'a str>,
    raw: Raw,
    with_tail: bool,
) -> Option<Found<'a>> {
    let prefix = trim(line.get(..idx).unwrap_or_default());
    let body = trim(line.get(idx..end).unwrap_or_default());
    let found = |text, head| {
        Some(Found {
            text,
            head,
            tail,
            raw,
        })
    };
    if prefix.is_empty() {
        return found(body, None);
    }
    if is_label(prefix) {
        let whole = trim(line.get(..end).unwrap_or_default());
        return found(whole, None);
    }
    // `(GMT+7) 12/02/2026 09:41`: the offset before the date (and the
    // same after it, printed twice).
    // Told first by its ends: a bracket or a name of `OFFSET_NAMES` first,
    // a bracket, the hours or the name last.
    let names = crate::vocab::OFFSET_NAMES.entries;
    let offset_first = prefix.len() <= MAX_OFFSET_BEFORE
        && prefix.as_bytes().first().is_some_and(|&b| {
            matches!(b, b'(' | b'[') || crate::vocab::OFFSET_NAMES.may_start_byte(b)
        })
        && (prefix.ends_with(|c: char| matches!(c, ')' | ']' | '0'..='9'))
            || names.iter().any(|(name, ())| {
                prefix
                    .len()
                    .checked_sub(name.len())
                    .and_then(|at| prefix.get(at..))
                    .is_some_and(|end| end.eq_ignore_ascii_case(name))
            }));
    if let Some(Ok(("", secs))) = offset_first.then(|| super::offset(prefix)) {
        if raw.offset.map_or(true, |o| o == secs) {
            return Some(Found {
                text: trim(line.get(..end).unwrap_or_default()),
                head: None,
                tail,
                raw: Raw {
                    offset: Some(secs),
                    ..raw
                },
            });
        }
    }
    // A label after a section: `Thể thao - Ngày đăng : 21:14, 19/06/2023`.
    if prefix.ends_with(':') {
        if let Some((head, label)) = split_at_last_separator(prefix) {
            if is_label(label) {
                let start = crate::parse::common::offset_in(line, label);
                return found(trim(line.get(start..end).unwrap_or_default()), Some(head));
            }
        }
    }
    if let Some(head) = prefix.strip_suffix(|c: char| HEAD_SEPARATORS.contains(&c) || is_dash(c)) {
        let head = trim(head);
        if !head.is_empty() {
            return found(body, Some(head));
        }
    }
    if with_tail {
        let (text, head) = spaced_head(line, (prefix, body), end, raw)?;
        return found(text, Some(head));
    }
    None
}

/// On a header line, what stands before the dateline `body` (ending at
/// `end` of `line`) set apart by a space alone or in brackets, `prefix`:
/// the dateline's text and its head when the head is a category, a
/// widget's words, a byline or credits, a section or a longer head before
/// a weekday.
fn spaced_head<'a>(
    line: &'a str,
    (prefix, body): (&'a str, &'a str),
    end: usize,
    raw: Raw,
) -> Option<(&'a str, &'a str)> {
    // `[Thời sự] 12/02/2026 09:41`: a category in brackets before a date
    // with its time on a header line.
    if raw.time.is_some() && prefix.starts_with(['(', '[']) && prefix.ends_with([')', ']']) {
        return Some((body, prefix));
    }
    // `Chia sẻ Chủ nhật, 26/01/2025 - 15:29`: a widget's words before the
    // date on a header line (to the header).
    if crate::parse::article::is_furniture(prefix) {
        return Some((body, prefix));
    }
    // `Hoàng Lan 12/02/2024 08:00`, `Theo Lê Hà (Dân Việt) Thứ hai,
    // 12/2/2024 08:00`: a byline set before a date with its time by a
    // space alone, every word of it capitalized (a sentence that ends
    // with a date, `Vụ cháy xảy ra lúc 8:00 12/2/2024`, is no byline).
    if raw.time.is_some() && is_capitalized_words(prefix) {
        return Some((body, prefix));
    }
    // `Theo Trí thức trẻ 15/01/2024 08:30`, `Minh Anh, Theo Trí thức trẻ
    // 08:30 15/01/2024`: credits set before a date with its time by a
    // space alone.
    if raw.time.is_some()
        && crate::parse::credit::credit_line(prefix, crate::parse::credit::Place::End)
            .is_some_and(|c| c.iter().any(|c| !c.names.is_empty()))
    {
        return Some((body, prefix));
    }
    // `Đăng bởi Minh Anh vào lúc 10:05 14/03/2024`: a byline, then a label
    // that opens the dateline's text.
    if let Some((head, label_at)) = byline_then_label(prefix) {
        let start = crate::parse::common::offset_in(line, prefix) + label_at;
        return Some((trim(line.get(start..end).unwrap_or_default()), head));
    }
    // `Thời sự Thứ Hai, 15/01/2024 08:30`, `Thời sự 15/01/2024 08:30`: a
    // section of a few words set before a date with its time by a space
    // alone (its weekday stays the date's).
    if raw.time.is_some()
        && !more_words_than(prefix, MAX_SPACED_SECTION_WORDS)
        && crate::parse::article::is_label_shaped(prefix)
    {
        return Some((body, prefix));
    }
    // `Sống + Y tế 360 Thứ ba, 21/09/2021 06:30`: a longer head before a
    // weekday that opens a date with its time; the weekday is the date's.
    if raw.time.is_some()
        && raw.weekday.is_some()
        && !more_words_than(prefix, MAX_SPACED_HEAD_WORDS)
        && !prefix.ends_with(crate::vocab::NOT_LABEL_ENDS)
        && WEEKDAYS.starting().parse(body).is_ok()
    {
        return Some((body, prefix));
    }
    None
}

/// `prefix` as a byline then a dateline label ([`crate::vocab::LABELS`]:
/// `vào lúc`, `lúc`, `vào`, `Ngày đăng:`): the byline and where the label
/// starts. The byline's names are capitalized, after a role word of
/// authors, a title or `bởi`, or none (`Đăng bởi Minh Anh`, `Viết bởi Minh
/// Anh`, `Minh Anh`).
fn byline_then_label(prefix: &str) -> Option<(&str, usize)> {
    // The label: the last three, two or one words, longest first, read by
    // the table's own caseless match.
    let mut starts = [0usize; 3];
    let mut n = 0;
    for (slot, (i, space)) in starts.iter_mut().zip(prefix.rmatch_indices(is_space)) {
        *slot = i + space.len();
        n += 1;
    }
    // A label with its colon too (`Người đăng: Minh Anh Ngày đăng:`), the
    // colon set apart by a space or not.
    let at = starts.get(..n)?.iter().rev().copied().find(|&at| {
        prefix.get(at..).is_some_and(|label| {
            crate::vocab::LABELS.contains(label)
                || label
                    .strip_suffix(':')
                    .is_some_and(|l| crate::vocab::LABELS.contains(trim(l)))
        })
    })?;
    let head = trim(prefix.get(..at)?);
    let names = match crate::vocab::ROLES.starting()(head) {
        Ok((rest, crate::model::Role::Author)) => trim(rest.trim_start_matches(':')),
        Ok(_) => return None,
        Err(_) => crate::vocab::HONORIFICS.starting()(head).map_or(head, |(rest, ())| trim(rest)),
    };
    (!head.is_empty() && is_capitalized_words(names)).then_some((head, at))
}
