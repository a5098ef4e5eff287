//! Reading schema 1 back. Every key of schema 1 is read; unknown keys are
//! ignored and a missing key takes its default (`null`, `[]`, `false`), so
//! that JSON stored by other versions keeps loading. Spans are not in JSON:
//! what is read back has empty spans (equality ignores them), and no layout
//! for `Article::rebuild`.

use super::*;

/// A date as JSON writes it, read back.
fn date_from<E: de::Error>(s: &str) -> Result<chrono::NaiveDate, E> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| E::custom(format_args!("invalid date {s:?}: YYYY-MM-DD expected")))
}

/// A time as JSON writes it, read back.
fn time_from<E: de::Error>(s: &str) -> Result<chrono::NaiveTime, E> {
    chrono::NaiveTime::parse_from_str(s, "%H:%M:%S")
        .map_err(|_| E::custom(format_args!("invalid time {s:?}: HH:MM:SS expected")))
}

/// An optional date.
fn opt_date<E: de::Error>(s: Option<&str>) -> Result<Option<chrono::NaiveDate>, E> {
    s.map(date_from).transpose()
}

/// A name of a closed vocabulary, or `unknown` for one a later version
/// wrote.
fn name_or<'de, D, T>(d: D, unknown: T) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: std::str::FromStr,
{
    let name = std::borrow::Cow::<str>::deserialize(d)?;
    Ok(name.parse().unwrap_or(unknown))
}

/// Reads any JSON number (or a string of one) back into the decimal it
/// was written from: an `f64` by its shortest digits, which are the
/// decimal's own; with serde_json's `arbitrary_precision`, the digits as
/// written.
impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                self.visit_i128(i128::from(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                self.visit_i128(i128::from(v))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
                Decimal::new(v, 0).ok_or_else(|| E::custom(Detail::NumberOutOfBounds))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
                let v = i128::try_from(v).map_err(|_| E::custom(Detail::NumberOutOfBounds))?;
                self.visit_i128(v)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                // `Display` writes the shortest digits, without exponent.
                self.visit_str(&v.to_string())
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
                // serde_json's `arbitrary_precision` hands numbers over as
                // a map of one private key to the digits.
                let Some((_, digits)) = map.next_entry::<de::IgnoredAny, String>()? else {
                    return Err(de::Error::custom("a number expected"));
                };
                digits.parse().map_err(de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// Names of closed vocabularies, each read with the value a name from a
/// later version reads as.
macro_rules! read_names {
    ($($name:ty => $unknown:expr),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                name_or(d, $unknown)
            }
        }
    )*};
}

read_names! {
    Currency => Currency::Unknown,
    Unit => Unit::UNKNOWN,
    Role => Role::Unknown,
    BlockKind => BlockKind::Unknown,
    DiagnosticCode => DiagnosticCode::Unknown,
}

impl<'de> Deserialize<'de> for Text<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Text::new(String::deserialize(d)?, Span::default()))
    }
}

impl<'de> Deserialize<'de> for Dateline<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            text: String,
            date: String,
            #[serde(default)]
            time: Option<String>,
            #[serde(default)]
            datetime: Option<String>,
            #[serde(default)]
            offset: Option<String>,
            #[serde(default)]
            offset_assumed: bool,
            #[serde(default)]
            weekday: Option<String>,
        }
        let w = Wire::deserialize(d)?;
        // The offset as written, else the datetime's, else Vietnam's.
        let from_datetime = w
            .datetime
            .as_deref()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map(|t| *t.offset());
        let offset = match w.offset.as_deref() {
            Some(s) => s
                .parse::<chrono::FixedOffset>()
                .map_err(|_| de::Error::custom(format_args!("invalid offset {s:?}")))?,
            None => from_datetime
                .or_else(|| {
                    chrono::FixedOffset::east_opt(crate::parse::dateline::VIETNAM_OFFSET_SECS)
                })
                .ok_or_else(|| de::Error::custom("no offset"))?,
        };
        let weekday = match w.weekday.as_deref() {
            None => None,
            Some(name) => Some(
                crate::parse::dateline::weekday_from_name(name)
                    .ok_or_else(|| de::Error::custom(format_args!("invalid weekday {name:?}")))?,
            ),
        };
        Ok(Dateline {
            text: w.text.into(),
            date: date_from(&w.date)?,
            time: w.time.as_deref().map(time_from).transpose()?,
            offset,
            offset_assumed: w.offset_assumed,
            weekday,
        })
    }
}

impl<'de> Deserialize<'de> for SourceMarker<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The outlet is the registry's entry for the code, as the parser
        // gives it; for a marker that is an outlet's name (`Người Đưa Tin
        // -`), the entry of the name written beside it.
        #[derive(Deserialize)]
        struct Wire {
            text: String,
            code: String,
            #[serde(default)]
            outlet: Option<String>,
        }
        let w = Wire::deserialize(d)?;
        let named = || w.outlet.as_deref().and_then(crate::outlets::outlet_by_name);
        Ok(SourceMarker {
            outlet: crate::outlet(&w.code).or_else(named),
            text: w.text.into(),
            code: w.code.into(),
        })
    }
}

impl<'de> Deserialize<'de> for Credit<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            text: String,
            #[serde(default)]
            roles: Vec<Role>,
            #[serde(default)]
            names: Vec<String>,
        }
        let w = Wire::deserialize(d)?;
        Ok(Credit {
            text: w.text.into(),
            roles: w.roles,
            names: w.names.into_iter().map(Into::into).collect(),
        })
    }
}

impl<'de> Deserialize<'de> for Block<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            kind: BlockKind,
            text: String,
            #[serde(default)]
            credits: Vec<Credit<'static>>,
        }
        let w = Wire::deserialize(d)?;
        Ok(Block {
            kind: w.kind,
            text: w.text.into(),
            credits: w.credits,
            span: Span::default(),
        })
    }
}

impl<'de> Deserialize<'de> for Diagnostic {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            code: DiagnosticCode,
            #[serde(default)]
            message: String,
            #[serde(default)]
            line: usize,
        }
        let w = Wire::deserialize(d)?;
        Ok(Diagnostic {
            code: w.code,
            message: w.message,
            line: w.line,
            span: Span::default(),
        })
    }
}

/// Every key a mention of any kind may carry.
#[derive(Deserialize)]
struct MentionWire {
    kind: String,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    year: Option<i32>,
    #[serde(default)]
    month: Option<u32>,
    #[serde(default)]
    day: Option<u32>,
    #[serde(default)]
    year_inferred: bool,
    #[serde(default)]
    relative: bool,
    #[serde(default)]
    days: Option<i32>,
    #[serde(default)]
    quarter: Option<u8>,
    #[serde(default)]
    start: Option<String>,
    #[serde(default)]
    end: Option<String>,
    #[serde(default)]
    lunar_year: Option<i32>,
    #[serde(default)]
    lunar_month: Option<u32>,
    #[serde(default)]
    lunar_day: Option<u32>,
    #[serde(default)]
    leap_month: bool,
    #[serde(default)]
    time: Option<String>,
    #[serde(default)]
    value: Option<Decimal>,
    #[serde(default)]
    value_to: Option<Decimal>,
    #[serde(default)]
    unit: Option<Unit>,
    #[serde(default)]
    currency: Option<Currency>,
    #[serde(default)]
    numerator: Option<u64>,
    #[serde(default)]
    denominator: Option<u64>,
}

impl MentionWire {
    /// The mention, or `None` for a kind this version does not know.
    fn mention<E: de::Error>(self) -> Result<Option<Mention<'static>>, E> {
        let Ok(kind) = self.kind.parse::<MentionKind>() else {
            return Ok(None);
        };
        let need = |key: &'static str| E::missing_field(key);
        let date = opt_date(self.date.as_deref())?;
        let value = match kind {
            MentionKind::Date => match self.days {
                Some(days) if self.relative => MentionValue::RelativeDate { date, days },
                _ => MentionValue::Date {
                    date,
                    year: self.year,
                    month: self.month.ok_or_else(|| need("month"))?,
                    day: self.day.ok_or_else(|| need("day"))?,
                    year_inferred: self.year_inferred,
                    relative: self.relative,
                },
            },
            MentionKind::Quarter => MentionValue::Quarter {
                quarter: self.quarter.ok_or_else(|| need("quarter"))?,
                year: self.year,
                year_inferred: self.year_inferred,
            },
            MentionKind::Period => MentionValue::Period {
                start: opt_date(self.start.as_deref())?,
                end: opt_date(self.end.as_deref())?,
                relative: self.relative,
                year_inferred: self.year_inferred,
            },
            MentionKind::LunarDate => MentionValue::LunarDate {
                lunar_year: self.lunar_year,
                lunar_month: self.lunar_month.ok_or_else(|| need("lunar_month"))?,
                lunar_day: self.lunar_day.ok_or_else(|| need("lunar_day"))?,
                leap_month: self.leap_month,
                date,
                year_inferred: self.year_inferred,
            },
            MentionKind::Time => MentionValue::Time {
                time: time_from(self.time.as_deref().ok_or_else(|| need("time"))?)?,
            },
            MentionKind::Percent => MentionValue::Percent {
                value: self.value.ok_or_else(|| need("value"))?,
                value_to: self.value_to,
            },
            MentionKind::Number => MentionValue::Number {
                value: self.value.ok_or_else(|| need("value"))?,
                value_to: self.value_to,
                unit: self.unit,
            },
            MentionKind::Money => MentionValue::Money {
                value: self.value.ok_or_else(|| need("value"))?,
                value_to: self.value_to,
                currency: self.currency.ok_or_else(|| need("currency"))?,
            },
            MentionKind::Ratio => MentionValue::Ratio {
                numerator: self.numerator.ok_or_else(|| need("numerator"))?,
                denominator: self.denominator.ok_or_else(|| need("denominator"))?,
            },
        };
        Ok(Some(Mention {
            text: self.text.into(),
            value,
        }))
    }
}

/// A mention of a kind this version does not know is an error here; in an
/// article it is left out (see [`Article`]'s `Deserialize`).
impl<'de> Deserialize<'de> for Mention<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let w = MentionWire::deserialize(d)?;
        let kind = w.kind.clone();
        w.mention()?.ok_or_else(|| {
            de::Error::custom(crate::error::Detail::UnknownName {
                what: "mention kind",
                name: &kind,
            })
        })
    }
}

/// Reads schema-1 JSON back into an article equal to the one written
/// (spans aside, which JSON does not hold). A mention of a kind this
/// version does not know is left out; a `schema` other than 1 is an error.
impl<'de> Deserialize<'de> for Article<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            #[serde(default)]
            schema: Option<u32>,
            #[serde(default)]
            dateline: Option<Dateline<'static>>,
            #[serde(default)]
            section: Vec<Text<'static>>,
            title: Text<'static>,
            #[serde(default)]
            source: Option<SourceMarker<'static>>,
            #[serde(default)]
            lead: Option<Text<'static>>,
            #[serde(default)]
            body: Vec<Block<'static>>,
            #[serde(default)]
            credits: Vec<Credit<'static>>,
            #[serde(default)]
            footer: Vec<Text<'static>>,
            #[serde(default)]
            header: Vec<Text<'static>>,
            #[serde(default)]
            mentions: Vec<MentionWire>,
            #[serde(default)]
            diagnostics: Vec<Diagnostic>,
        }
        let w = Wire::deserialize(d)?;
        if let Some(schema) = w.schema.filter(|&s| s != SCHEMA) {
            return Err(de::Error::custom(format_args!(
                "schema {schema}: this version reads schema {SCHEMA}"
            )));
        }
        let mut mentions = Vec::with_capacity(w.mentions.len());
        for m in w.mentions {
            mentions.extend(m.mention()?);
        }
        Ok(Article {
            dateline: w.dateline,
            section: w.section,
            title: w.title,
            source: w.source,
            lead: w.lead,
            body: w.body,
            credits: w.credits,
            footer: w.footer,
            header: w.header,
            mentions,
            diagnostics: w.diagnostics,
            layout: Vec::new(),
            title_raw: None,
        })
    }
}
