//! Mentions: what the running text says of dates, times, periods and
//! figures, typed; with the closed vocabularies of their values
//! (`MentionKind`, `Currency`, `Unit`).

use super::*;

/// Something typed found in the running text: a date, a quarter, a time, a figure.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Mention<'a> {
    /// The words as written, such as `ngày 2-4-2024` or `quý II-2024`,
    /// and where they stood.
    pub text: Text<'a>,
    /// What they mean.
    pub value: MentionValue,
}

impl Mention<'_> {
    /// The kind (`as_str()` gives `"date"`, `"quarter"`, ... as in JSON).
    pub fn kind(&self) -> MentionKind {
        self.value.kind()
    }

    /// The same mention, owning its text.
    pub fn into_owned(self) -> Mention<'static> {
        Mention {
            text: self.text.into_owned(),
            value: self.value,
        }
    }
}

impl PartialEq for Mention<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.value == other.value
    }
}

/// The typed value of a [`Mention`]. Later kinds may be added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MentionValue {
    /// A calendar date, possibly without its year.
    #[non_exhaustive]
    Date {
        /// The full date, when the year is known (written or inferred).
        date: Option<NaiveDate>,
        /// The year, written or inferred from the dateline.
        year: Option<i32>,
        /// The month, 1 to 12.
        month: u32,
        /// The day, 1 to 31.
        day: u32,
        /// Whether the year was taken from the dateline.
        year_inferred: bool,
        /// Whether the year was counted from the dateline's by a relative
        /// word: `dịp 2-9 năm nay`, `ngày 15-8 năm ngoái`.
        relative: bool,
    },
    /// A day counted from the dateline's: `hôm qua`, `ngày mai`, `sáng nay`.
    /// Written in JSON as a `date` with `relative: true` and `days`.
    #[non_exhaustive]
    RelativeDate {
        /// The day, when the article has a dateline.
        date: Option<NaiveDate>,
        /// Days after the dateline's day: -1 for `hôm qua`, 1 for `ngày mai`.
        days: i32,
    },
    /// A quarter of a year: `quý II-2024`, `quý hai`.
    #[non_exhaustive]
    Quarter {
        /// 1 to 4.
        quarter: u8,
        /// The year, written or taken from the dateline.
        year: Option<i32>,
        /// Whether the year was taken from the dateline (the year that puts
        /// the quarter nearest it).
        year_inferred: bool,
    },
    /// A span of days, both ends inclusive: `tháng 9/2024`, `năm 2024`,
    /// `6 tháng đầu năm`, `từ ngày 12-6 đến 3-7`, `tuần trước`, `cuối tháng 8`.
    #[non_exhaustive]
    Period {
        /// The first day, when it can be known.
        start: Option<NaiveDate>,
        /// The last day, when it can be known.
        end: Option<NaiveDate>,
        /// Whether an end was counted from the dateline by a relative word
        /// (`tuần trước`, `năm ngoái`, `đến nay`).
        relative: bool,
        /// Whether a year not written was taken from the dateline
        /// (`tháng 9`, `6 tháng cuối năm`).
        year_inferred: bool,
    },
    /// A day of the Vietnamese lunar calendar: `rằm tháng Giêng`, `mùng 1
    /// Tết`, `ngày 23 tháng Chạp`, `mùng 10 tháng 3 âm lịch`.
    #[non_exhaustive]
    LunarDate {
        /// The lunar year (the year of its first month), written as a number
        /// or a sexagenary name (`năm Giáp Thìn`), or the one nearest the
        /// dateline.
        lunar_year: Option<i32>,
        /// The lunar month, 1 to 12.
        lunar_month: u32,
        /// The lunar day, 1 to 30.
        lunar_day: u32,
        /// Whether the month is the leap month of its year (`tháng 4 nhuận`).
        leap_month: bool,
        /// The Gregorian day, by the Vietnamese calendar (UTC+7), when the
        /// lunar year is known and the day exists.
        date: Option<NaiveDate>,
        /// Whether the lunar year was taken from the dateline.
        year_inferred: bool,
    },
    /// A time of day: `7 giờ 35`, `18h15`.
    #[non_exhaustive]
    Time {
        /// The time, 24-hour, with the part of day (`chiều`, `tối`) applied.
        time: NaiveTime,
    },
    /// A percentage: `53,68%`, or a range `15-25%`.
    #[non_exhaustive]
    Percent {
        /// The (first) value, exact: 53.68.
        value: Decimal,
        /// The upper value of a range.
        value_to: Option<Decimal>,
    },
    /// A figure: `66.032` (66032), `1,7934g`, `20 tỷ` (20000000000), or a
    /// range of them with its unit (`20-25 người`).
    #[non_exhaustive]
    Number {
        /// The (first) value, exact, with `nghìn`, `triệu`, `tỉ` applied.
        value: Decimal,
        /// The upper value of a range (added in 0.2; JSON writes it only
        /// for a range).
        value_to: Option<Decimal>,
        /// The unit after it, as written (`g`, `kg`, `ha`, `người`...).
        unit: Option<Unit>,
    },
    /// An amount of money: `256.341 tỉ đồng`, `4.489,5 USD`, `10,2 triệu
    /// tỷ đồng`, or a range (`20-25 triệu đồng`).
    #[non_exhaustive]
    Money {
        /// The (first) amount in units of the currency, exact, with
        /// `nghìn`, `triệu`, `tỉ` applied.
        value: Decimal,
        /// The upper amount of a range (added in 0.2; JSON writes it only
        /// for a range).
        value_to: Option<Decimal>,
        /// The currency.
        currency: Currency,
    },
    /// A count out of a total: `51/95`; or, after `tỷ lệ`, a scale or a
    /// proportion, its terms as written (`tỷ lệ 1/2000`, `tỷ lệ 3:1`).
    #[non_exhaustive]
    Ratio {
        /// The count (a proportion's first term).
        numerator: u64,
        /// The total (a proportion's second term).
        denominator: u64,
    },
}

named! {
    /// The kind of a [`Mention`], as written in JSON's `kind`. Later kinds
    /// may be added.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum MentionKind ("mention kind") {
        /// A date, written or counted from the dateline.
        Date = "date",
        /// A quarter of a year.
        Quarter = "quarter",
        /// A span of days.
        Period = "period",
        /// A day of the lunar calendar.
        LunarDate = "lunar_date",
        /// A time of day.
        Time = "time",
        /// A percentage.
        Percent = "percent",
        /// A count out of a total.
        Ratio = "ratio",
        /// A figure.
        Number = "number",
        /// An amount of money.
        Money = "money",
    }
}

impl MentionValue {
    /// A date written in full: `ngày 2-4-2024`.
    pub fn date(date: NaiveDate) -> MentionValue {
        MentionValue::Date {
            date: Some(date),
            year: Some(date.year()),
            month: date.month(),
            day: date.day(),
            year_inferred: false,
            relative: false,
        }
    }

    /// A time of day: `7 giờ 35`.
    pub fn time(time: NaiveTime) -> MentionValue {
        MentionValue::Time { time }
    }

    /// A percentage, or a range of them: `53,68%`, `15-25%`.
    pub fn percent(value: Decimal, value_to: Option<Decimal>) -> MentionValue {
        MentionValue::Percent { value, value_to }
    }

    /// A figure with its unit: `1,7934g`.
    pub fn number(value: Decimal, unit: Option<Unit>) -> MentionValue {
        MentionValue::Number {
            value,
            value_to: None,
            unit,
        }
    }

    /// A range of figures with their unit: `20-25 người`.
    pub fn number_range(value: Decimal, value_to: Decimal, unit: Option<Unit>) -> MentionValue {
        MentionValue::Number {
            value,
            value_to: Some(value_to),
            unit,
        }
    }

    /// An amount of money: `256.341 tỉ đồng`.
    pub fn money(value: Decimal, currency: Currency) -> MentionValue {
        MentionValue::Money {
            value,
            value_to: None,
            currency,
        }
    }

    /// A range of amounts of money: `20-25 triệu đồng`.
    pub fn money_range(value: Decimal, value_to: Decimal, currency: Currency) -> MentionValue {
        MentionValue::Money {
            value,
            value_to: Some(value_to),
            currency,
        }
    }

    /// A count out of a total: `51/95`.
    pub fn ratio(numerator: u64, denominator: u64) -> MentionValue {
        MentionValue::Ratio {
            numerator,
            denominator,
        }
    }

    /// The kind: [`MentionKind::Date`], [`MentionKind::Quarter`], ...
    pub fn kind(&self) -> MentionKind {
        match self {
            MentionValue::Date { .. } | MentionValue::RelativeDate { .. } => MentionKind::Date,
            MentionValue::Quarter { .. } => MentionKind::Quarter,
            MentionValue::Period { .. } => MentionKind::Period,
            MentionValue::LunarDate { .. } => MentionKind::LunarDate,
            MentionValue::Time { .. } => MentionKind::Time,
            MentionValue::Percent { .. } => MentionKind::Percent,
            MentionValue::Ratio { .. } => MentionKind::Ratio,
            MentionValue::Number { .. } => MentionKind::Number,
            MentionValue::Money { .. } => MentionKind::Money,
        }
    }
}

named! {
    /// A currency the figures of a text are counted in, by its ISO 4217
    /// code.
    ///
    /// `as_str`, `Display` and `FromStr` use the code. More currencies may
    /// be added in minor releases; JSON from a later version with a code
    /// this one does not know reads as [`Currency::Unknown`].
    ///
    /// ```
    /// use vn_article::Currency;
    ///
    /// let c: Currency = "USD".parse().unwrap();
    /// assert_eq!(c, Currency::Usd);
    /// assert_eq!(c.to_string(), "USD");
    /// assert_eq!(Currency::Vnd.name(), "Vietnamese đồng");
    /// ```
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Currency ("currency code") {
        /// Vietnamese đồng (`đồng`, `đ`, `VNĐ`, `₫`).
        Vnd = "VND",
        /// United States dollar (`USD`, `đô la`).
        Usd = "USD",
        /// Euro.
        Eur = "EUR",
        /// Japanese yen (`yên`, `¥`).
        Jpy = "JPY",
        /// Chinese yuan (`nhân dân tệ`, `NDT`).
        Cny = "CNY",
        /// Pound sterling (`bảng Anh`).
        Gbp = "GBP",
        /// South Korean won.
        Krw = "KRW",
        /// Thai baht (`bạt`).
        Thb = "THB",
        /// Australian dollar (`đô la Úc`).
        Aud = "AUD",
        /// Canadian dollar (`đô la Canada`).
        Cad = "CAD",
        /// Singapore dollar (`đô la Singapore`).
        Sgd = "SGD",
        /// Hong Kong dollar (`đô la Hồng Kông`).
        Hkd = "HKD",
        /// New Taiwan dollar (`Đài tệ`, `đô la Đài Loan`).
        Twd = "TWD",
        /// New Zealand dollar (`đô la New Zealand`).
        Nzd = "NZD",
        /// Swiss franc (`franc Thụy Sĩ`).
        Chf = "CHF",
        /// Russian ruble (`rúp`, `₽`).
        Rub = "RUB",
        /// Indian rupee (`rupee`, `₹`).
        Inr = "INR",
        /// Malaysian ringgit (`ringgit`).
        Myr = "MYR",
        /// Indonesian rupiah (`rupiah`).
        Idr = "IDR",
        /// Philippine peso (`peso Philippines`).
        Php = "PHP",
        /// Lao kip (`kíp Lào`; `kíp` alone is also a work shift).
        Lak = "LAK",
        /// Cambodian riel (`riel`).
        Khr = "KHR",
        /// A currency this version does not know, read from JSON written by
        /// a later one. The parser never gives it.
        Unknown = "unknown",
    }
}

impl Currency {
    /// The English name: `"Vietnamese đồng"`.
    pub fn name(self) -> &'static str {
        match self {
            Currency::Vnd => "Vietnamese đồng",
            Currency::Usd => "United States dollar",
            Currency::Eur => "Euro",
            Currency::Jpy => "Japanese yen",
            Currency::Cny => "Chinese yuan",
            Currency::Gbp => "Pound sterling",
            Currency::Krw => "South Korean won",
            Currency::Thb => "Thai baht",
            Currency::Aud => "Australian dollar",
            Currency::Cad => "Canadian dollar",
            Currency::Sgd => "Singapore dollar",
            Currency::Hkd => "Hong Kong dollar",
            Currency::Twd => "New Taiwan dollar",
            Currency::Nzd => "New Zealand dollar",
            Currency::Chf => "Swiss franc",
            Currency::Rub => "Russian ruble",
            Currency::Inr => "Indian rupee",
            Currency::Myr => "Malaysian ringgit",
            Currency::Idr => "Indonesian rupiah",
            Currency::Php => "Philippine peso",
            Currency::Lak => "Lao kip",
            Currency::Khr => "Cambodian riel",
            Currency::Unknown => "unknown currency",
        }
    }
}

/// A unit after a figure, kept as written (`kg`, `km2`, `km²`, `người`,
/// `°C`): one of the units the crate reads.
///
/// ```
/// use vn_article::Unit;
///
/// let u: Unit = "km/h".parse().unwrap();
/// assert_eq!(u.as_str(), "km/h");
/// assert!("KG".parse::<Unit>().is_err()); // units are matched as written
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unit {
    written: &'static str,
}

impl Unit {
    /// A unit this version does not know, read from JSON written by a later
    /// one (written `unknown`). The parser never gives it.
    pub const UNKNOWN: Unit = Unit { written: "unknown" };

    /// A unit from the crate's table.
    pub(crate) const fn from_table(written: &'static str) -> Unit {
        Unit { written }
    }

    /// The unit of the crate's table written `written`, exactly.
    pub(crate) fn known(written: &str) -> Option<Unit> {
        crate::vocab::UNITS
            .entries
            .iter()
            .find(|(u, ())| *u == written)
            .map(|&(written, ())| Unit { written })
    }

    /// The unit as written.
    pub fn as_str(self) -> &'static str {
        self.written
    }

    /// Every unit the crate reads, in its table's order.
    pub fn all() -> impl Iterator<Item = Unit> {
        crate::vocab::UNITS
            .entries
            .iter()
            .map(|&(written, ())| Unit { written })
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.written)
    }
}

impl std::str::FromStr for Unit {
    type Err = crate::Error;

    /// The unit written exactly `s` (`kg`, not `KG`).
    ///
    /// # Errors
    ///
    /// [`crate::ErrorKind::UnknownName`] for a unit the crate does not read.
    fn from_str(s: &str) -> Result<Unit, crate::Error> {
        Unit::known(s).ok_or_else(|| crate::error::unknown_name("unit", s))
    }
}
