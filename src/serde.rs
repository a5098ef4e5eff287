//! JSON schema 1: our own wire format, written key by key so that the
//! format of dates and times never follows a dependency by accident.
//!
//! Every key is always present (`null` or `[]` when empty). Dates are
//! `YYYY-MM-DD`, times `HH:MM:SS`, date-times RFC 3339 with seconds.

use chrono::Datelike;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::model::{
    Article, Block, Credit, Dateline, Diagnostic, Mention, MentionValue, Role, SourceMarker, Text,
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
        st.serialize_field("date", &self.date.format("%Y-%m-%d").to_string())?;
        st.serialize_field("time", &self.time.map(|t| t.format("%H:%M:%S").to_string()))?;
        st.serialize_field(
            "datetime",
            &self
                .datetime()
                .map(|d| d.format("%Y-%m-%dT%H:%M:%S%:z").to_string()),
        )?;
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
        st.serialize_field("outlet", &self.outlet)?;
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

/// A number written as an integer when it is one (so `256341000000000`, not
/// `256341000000000.0`), else as a float.
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        if self.0.fract() == 0.0 && self.0.abs() < EXACT {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

impl Serialize for Mention<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Mention", 9)?;
        st.serialize_field("kind", self.kind())?;
        st.serialize_field("text", &self.text)?;
        match &self.value {
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
                st.serialize_field("time", &time.format("%H:%M:%S").to_string())?;
            }
            MentionValue::Percent { value, value_to } => {
                st.serialize_field("value", &Num(*value))?;
                st.serialize_field("value_to", &value_to.map(Num))?;
            }
            MentionValue::Number { value, unit } => {
                st.serialize_field("value", &Num(*value))?;
                st.serialize_field("unit", unit)?;
            }
            MentionValue::Money { value, currency } => {
                st.serialize_field("value", &Num(*value))?;
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
        st.end()
    }
}

/// A date as JSON writes it: `2024-04-03`.
fn iso(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
