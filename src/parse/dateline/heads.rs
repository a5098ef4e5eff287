//! What may stand before a dateline on its line: a byline or a section,
//! set apart by a separator (`Hoàng Lan • 14/02/2022 10:12`) or by a space
//! alone when every word of it is capitalized (`Hoàng Lan 12/02/2024
//! 08:00`).

use super::*;

/// The most words of a byline set before a dateline by a space alone.
const MAX_SPACED_HEAD_WORDS: usize = 8;

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
            Some(c) if letters::is_alphabetic(c) && !letters::is_uppercase(c) => return false,
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
