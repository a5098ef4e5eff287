//! What is checked as a mention is added or a figure passed: days past the
//! years JSON writes made unknown, a weekday its date does not fall on
//! reported, a figure no grammar reads reported rather than read.

use super::*;

/// Adds the mention `t` at `span`, and a `weekday_mismatch` finding when
/// it names a weekday its date does not fall on.
#[inline]
pub(super) fn push_mention<'a>(
    out: &mut Vec<Mention<'a>>,
    findings: &mut Vec<Finding>,
    t: &'a str,
    span: Span,
    value: MentionValue,
) {
    let value = if beyond_written_years(&value) {
        within_written_years(value)
    } else {
        value
    };
    check_weekday(findings, t, span, &value);
    out.push(Mention {
        text: Text::new(t, span),
        value,
    });
}

/// The years a date of a mention may have: four digits, as JSON writes
/// them and as every written year is.
pub(super) const WRITTEN_YEARS: std::ops::RangeInclusive<i32> = 0..=9999;

/// Whether the day `d` is known and past [`WRITTEN_YEARS`].
pub(super) fn past_written_years(d: &Option<NaiveDate>) -> bool {
    d.is_some_and(|d| !WRITTEN_YEARS.contains(&d.year()))
}

/// Whether a day of `value` is past [`WRITTEN_YEARS`].
#[inline]
pub(super) fn beyond_written_years(value: &MentionValue) -> bool {
    match value {
        MentionValue::Date { date, .. }
        | MentionValue::RelativeDate { date, .. }
        | MentionValue::LunarDate { date, .. } => past_written_years(date),
        MentionValue::Period { start, end, .. } => {
            past_written_years(start) || past_written_years(end)
        }
        _ => false,
    }
}

/// `value` with its days past [`WRITTEN_YEARS`] (counted from a dateline at
/// the calendar's end: `ngày mai` under `31/12/9999`) unknown, as a day
/// that depends on a dateline the article does not have is.
#[cold]
pub(super) fn within_written_years(mut value: MentionValue) -> MentionValue {
    let known = |d: &mut Option<NaiveDate>| {
        if past_written_years(d) {
            *d = None;
        }
    };
    match &mut value {
        MentionValue::Date { date, year, .. } if past_written_years(date) => {
            (*date, *year) = (None, None);
        }
        MentionValue::RelativeDate { date, .. } | MentionValue::LunarDate { date, .. } => {
            known(date)
        }
        MentionValue::Period { start, end, .. } => {
            known(start);
            known(end);
        }
        _ => {}
    }
    value
}

/// A `weekday_mismatch` finding at `span` when the mention `t` names a
/// weekday its date does not fall on.
pub(super) fn check_weekday(
    findings: &mut Vec<Finding>,
    t: &str,
    span: Span,
    value: &MentionValue,
) {
    if let Some((named, date)) = weekday_mismatch(t, value) {
        let detail = Detail::WeekdayMismatch {
            place: "text",
            named: crate::parse::dateline::weekday_name(named),
            date,
            actual: crate::parse::dateline::weekday_name(date.weekday()),
        };
        let code = DiagnosticCode::WeekdayMismatch;
        findings.push(Finding::new(code, detail.to_string(), span));
    }
}

/// A figure at the start of `rest` that the grammars cannot read, reported
/// rather than read: `15.6` (a decimal point or a date?), more digits than
/// a decimal holds, a date that does not exist (`before`: the word before
/// it). Its code, length and message.
pub(super) fn unread_figure(rest: &str, before: &str) -> Option<(DiagnosticCode, usize, String)> {
    if let Some(len) = ambiguous(rest) {
        let text = rest.get(..len).unwrap_or_default();
        let detail = Detail::AmbiguousNumber { text };
        return Some((DiagnosticCode::AmbiguousNumber, len, detail.to_string()));
    }
    if let Some(len) = too_long(rest) {
        let text = rest.get(..len).unwrap_or_default();
        let detail = Detail::NumberTooLong { text };
        return Some((DiagnosticCode::NumberTooLong, len, detail.to_string()));
    }
    let (len, message) = impossible_date(rest, before)?;
    Some((DiagnosticCode::ImpossibleDate, len, message))
}
