//! Money whose currency sign stands before the figure (`$20`, `US$1,5
//! tỷ`, `€15`, `$10-$20`), and the tests the scanner makes for a sign
//! before a figure.

use super::*;

/// The currency sign that opens `s` (ignoring case: `US$`, `us$`), what
/// follows it and its currency.
pub(super) fn currency_sign(s: &str) -> Option<(&str, crate::model::Currency)> {
    vocab::CURRENCY_SIGNS
        .entries
        .iter()
        .find_map(|&(sign, currency)| {
            let head = s.get(..sign.len())?;
            head.eq_ignore_ascii_case(sign)
                .then(|| (s.get(sign.len()..).unwrap_or_default(), currency))
        })
}

/// Whether `rest`, after a mention, opens with a dash glued to a figure or
/// to a currency sign before one (`-10 EUR`, `-$10`).
#[inline]
pub(super) fn glued_figure_after(rest: &str) -> bool {
    match rest.as_bytes() {
        [b'-', next, ..] => next.is_ascii_digit() || sign_next(rest, 1),
        _ => false,
    }
}

/// Whether a currency sign before a figure stands at `at` of `text`, told
/// by its first byte first (`$`, `US$`, `€` and `₫` E2, `£` and `¥` C2).
#[inline]
pub(super) fn sign_next(text: &str, at: usize) -> bool {
    matches!(text.as_bytes().get(at), Some(b'$' | b'U' | 0xE2 | 0xC2))
        && sign_before_figure(text, at)
}

/// Whether a currency sign at `at` stands right before a figure.
#[cold]
#[inline(never)]
pub(super) fn sign_before_figure(text: &str, at: usize) -> bool {
    currency_sign(text.get(at..).unwrap_or_default())
        .is_some_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// `$20`, `US$1,5 tỷ`, `€15`: money whose currency sign stands before the
/// figure (`s` opens with the sign, `after` follows it); `$10-$20`, `$10
/// đến $20`, the sign again before the second end, one range.
pub(super) fn signed_money(
    s: &str,
    after: &str,
    currency: crate::model::Currency,
) -> Option<(usize, MentionValue)> {
    let (len, value, value_to) = signed_figure(after)?;
    let end = s.len() - after.len() + len;
    let second = || {
        if value_to.is_some() {
            return None;
        }
        let rest = crate::parse::number::range_joiner(s.get(end..)?)?;
        let (after, again) = currency_sign(rest)?;
        let (len, to, None) = signed_figure(after)? else {
            return None;
        };
        (again == currency && value < to).then(|| (s.len() - after.len() + len, to))
    };
    Some(match second() {
        Some((end, to)) => (end, MentionValue::money_range(value, to, currency)),
        None => (
            end,
            MentionValue::Money {
                value,
                value_to,
                currency,
            },
        ),
    })
}

/// The figure after a currency sign (`after`, opening with a digit), with
/// no unit: its length, value and the value its range runs to.
pub(super) fn signed_figure(
    after: &str,
) -> Option<(
    usize,
    crate::decimal::Decimal,
    Option<crate::decimal::Decimal>,
)> {
    if !after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    match figure(after, leading_digits(after))? {
        (
            len,
            MentionValue::Number {
                value,
                value_to,
                unit: None,
            },
        ) => Some((len, value, value_to)),
        _ => None,
    }
}
