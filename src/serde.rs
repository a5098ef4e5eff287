//! JSON schema 1: our own wire format, written key by key so that the
//! format of dates and times never follows a dependency by accident.
//!
//! Every key is always present (`null` or `[]` when empty). Dates are
//! `YYYY-MM-DD`, times `HH:MM:SS`, date-times RFC 3339 with seconds.

use chrono::Datelike;
use serde::de::{self, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::decimal::Decimal;
use crate::error::Detail;

use crate::model::{
    Article, Block, BlockKind, Credit, Currency, Dateline, Diagnostic, DiagnosticCode, Mention,
    MentionKind, MentionValue, Role, SourceMarker, Span, Text, Unit,
};

/// The JSON schema number this crate writes.
pub(crate) const SCHEMA: u32 = 1;

impl Serialize for Article<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Article", 12)?;
        st.serialize_field("schema", &SCHEMA)?;
        st.serialize_field("dateline", &self.dateline)?;
        st.serialize_field("section", &self.section)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("lead", &self.lead)?;
        st.serialize_field("body", &self.body)?;
        st.serialize_field("credits", &self.credits)?;
        st.serialize_field("footer", &self.footer)?;
        st.serialize_field("header", &self.header)?;
        st.serialize_field("mentions", &self.mentions)?;
        st.serialize_field("diagnostics", &self.diagnostics)?;
        st.end()
    }
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl Serialize for Dateline<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Dateline", 7)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("date", &Iso(self.date))?;
        st.serialize_field("time", &self.time.map(Iso))?;
        st.serialize_field("datetime", &self.datetime().map(Iso))?;
        st.serialize_field("offset", &self.offset.to_string())?;
        st.serialize_field("offset_assumed", &self.offset_assumed)?;
        st.serialize_field(
            "weekday",
            &self.weekday.map(crate::parse::dateline::weekday_name),
        )?;
        st.end()
    }
}

impl Serialize for SourceMarker<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("SourceMarker", 3)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("outlet", &self.outlet.map(|o| o.name))?;
        st.end()
    }
}

impl Serialize for Role {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Credit<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Credit", 3)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("roles", &self.roles)?;
        st.serialize_field("names", &self.names)?;
        st.end()
    }
}

impl Serialize for Block<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Block", 3)?;
        st.serialize_field("kind", self.kind.as_str())?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("credits", &self.credits)?;
        st.end()
    }
}

impl Serialize for Diagnostic {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Diagnostic", 3)?;
        st.serialize_field("code", self.code.as_str())?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("line", &self.line)?;
        st.end()
    }
}

/// Exact: a whole number as a JSON integer (`i64`, or `u64` past it),
/// a number with a fraction through `f64`, whose shortest form has exactly
/// the decimal's digits (at most 15 significant, no smaller than 0.00001:
/// no exponent).
impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.to_i128() {
            // The bounds keep a whole number within `i64` or `u64`.
            Some(n) => match i64::try_from(n) {
                Ok(n) => s.serialize_i64(n),
                Err(_) => s.serialize_u64(u64::try_from(n).map_err(serde::ser::Error::custom)?),
            },
            None => s.serialize_f64(self.to_f64()),
        }
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Mention<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Mention", 9)?;
        st.serialize_field("kind", self.kind().as_str())?;
        st.serialize_field("text", &self.text)?;
        value_fields(&mut st, &self.value)?;
        st.end()
    }
}

/// The fields of a mention's value, by its kind.
fn value_fields<S: SerializeStruct>(st: &mut S, value: &MentionValue) -> Result<(), S::Error> {
    match value {
        MentionValue::Date {
            date,
            year,
            month,
            day,
            year_inferred,
            relative,
        } => {
            st.serialize_field("date", &date.map(iso))?;
            st.serialize_field("year", year)?;
            st.serialize_field("month", month)?;
            st.serialize_field("day", day)?;
            st.serialize_field("year_inferred", year_inferred)?;
            st.serialize_field("relative", relative)?;
        }
        MentionValue::RelativeDate { date, days } => {
            st.serialize_field("date", &date.map(iso))?;
            st.serialize_field("year", &date.map(|d| d.year()))?;
            st.serialize_field("month", &date.map(|d| d.month()))?;
            st.serialize_field("day", &date.map(|d| d.day()))?;
            st.serialize_field("year_inferred", &false)?;
            st.serialize_field("relative", &true)?;
            st.serialize_field("days", days)?;
        }
        MentionValue::Quarter {
            quarter,
            year,
            year_inferred,
        } => {
            st.serialize_field("quarter", quarter)?;
            st.serialize_field("year", year)?;
            st.serialize_field("year_inferred", year_inferred)?;
        }
        MentionValue::Period {
            start,
            end,
            relative,
            year_inferred,
        } => {
            st.serialize_field("start", &start.map(iso))?;
            st.serialize_field("end", &end.map(iso))?;
            st.serialize_field("relative", relative)?;
            st.serialize_field("year_inferred", year_inferred)?;
        }
        MentionValue::LunarDate {
            lunar_year,
            lunar_month,
            lunar_day,
            leap_month,
            date,
            year_inferred,
        } => {
            st.serialize_field("lunar_year", lunar_year)?;
            st.serialize_field("lunar_month", lunar_month)?;
            st.serialize_field("lunar_day", lunar_day)?;
            st.serialize_field("leap_month", leap_month)?;
            st.serialize_field("date", &date.map(iso))?;
            st.serialize_field("year_inferred", year_inferred)?;
        }
        MentionValue::Time { time } => {
            st.serialize_field("time", &Iso(*time))?;
        }
        MentionValue::Percent { value, value_to } => {
            st.serialize_field("value", value)?;
            st.serialize_field("value_to", value_to)?;
        }
        MentionValue::Number {
            value,
            value_to,
            unit,
        } => {
            amount_fields(st, value, value_to)?;
            st.serialize_field("unit", unit)?;
        }
        MentionValue::Money {
            value,
            value_to,
            currency,
        } => {
            amount_fields(st, value, value_to)?;
            st.serialize_field("currency", currency)?;
        }
        MentionValue::Ratio {
            numerator,
            denominator,
        } => {
            st.serialize_field("numerator", numerator)?;
            st.serialize_field("denominator", denominator)?;
        }
    }
    Ok(())
}

/// The value of a figure or an amount of money, and the other end of its
/// range when it has one (written only then).
fn amount_fields<S: SerializeStruct>(
    st: &mut S,
    value: &Decimal,
    value_to: &Option<Decimal>,
) -> Result<(), S::Error> {
    st.serialize_field("value", value)?;
    if value_to.is_some() {
        st.serialize_field("value_to", value_to)?;
    }
    Ok(())
}

/// A date as JSON writes it: `2024-04-03`.
fn iso(d: chrono::NaiveDate) -> Iso<chrono::NaiveDate> {
    Iso(d)
}

/// A date (`2024-04-03`), a time (`07:35:00`) or a date and time with its
/// offset (`2024-04-03T07:35:00+07:00`) as JSON writes it: what chrono's
/// `%Y-%m-%d`, `%H:%M:%S` and `%Y-%m-%dT%H:%M:%S%:z` give, written without
/// reading a format string each time (chrono writes the rare rest: years
/// past four digits, leap seconds, offsets with seconds).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Iso<T>(pub(crate) T);

impl std::fmt::Display for Iso<chrono::NaiveDate> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        if (0..=9999).contains(&d.year()) {
            write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
        } else {
            write!(f, "{}", d.format("%Y-%m-%d"))
        }
    }
}

impl std::fmt::Display for Iso<chrono::NaiveTime> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use chrono::Timelike;
        let t = self.0;
        if t.nanosecond() < 1_000_000_000 {
            write!(f, "{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
        } else {
            write!(f, "{}", t.format("%H:%M:%S"))
        }
    }
}

impl std::fmt::Display for Iso<chrono::DateTime<chrono::FixedOffset>> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let local = self.0.naive_local();
        let offset = self.0.offset().local_minus_utc();
        if offset % 60 != 0 {
            return write!(f, "{}", self.0.format("%Y-%m-%dT%H:%M:%S%:z"));
        }
        let sign = if offset < 0 { '-' } else { '+' };
        let minutes = offset.unsigned_abs() / 60;
        write!(
            f,
            "{}T{}{sign}{:02}:{:02}",
            Iso(local.date()),
            Iso(local.time()),
            minutes / 60,
            minutes % 60
        )
    }
}

impl<T> Serialize for Iso<T>
where
    Iso<T>: std::fmt::Display,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

mod read;

#[cfg(test)]
mod tests {
    use super::Iso;
    use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};

    /// `Iso` writes exactly what chrono's formats write, on every day of
    /// four-digit years' edges, every second of a day's edges, leap seconds,
    /// years past four digits and offsets of every sign and size.
    #[test]
    fn iso_is_chronos_format() {
        let days = [
            (1, 1, 1),
            (999, 12, 31),
            (1000, 1, 1),
            (2024, 2, 29),
            (2024, 4, 3),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
            (0, 1, 1),
        ];
        for (y, m, d) in days {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(Iso(date).to_string(), date.format("%Y-%m-%d").to_string());
        }
        let times = [
            NaiveTime::from_hms_opt(0, 0, 0),
            NaiveTime::from_hms_opt(7, 35, 0),
            NaiveTime::from_hms_opt(23, 59, 59),
            NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500),
            NaiveTime::from_hms_nano_opt(12, 0, 1, 999_999_999),
        ];
        for t in times.into_iter().flatten() {
            assert_eq!(Iso(t).to_string(), t.format("%H:%M:%S").to_string());
        }
        let offsets = [
            0,
            7 * 3600,
            -(3 * 3600 + 30 * 60),
            14 * 3600,
            -12 * 3600,
            25,
            -3599,
        ];
        for seconds in offsets {
            let offset = FixedOffset::east_opt(seconds).unwrap();
            for (y, m, d) in days {
                let Some(at) = offset.with_ymd_and_hms(y, m, d, 7, 35, 9).single() else {
                    continue;
                };
                assert_eq!(
                    Iso(at).to_string(),
                    at.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    "{at:?}"
                );
            }
        }
    }
}
