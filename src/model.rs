//! The public data model: what an article is made of.
//!
//! Every piece borrows its text from the input (`Cow::Borrowed`) when the input
//! is already NFC, and carries the byte [`Span`] where it was found in the
//! normalized text. Equality compares what a piece *says*, never where it
//! stood: two articles are equal when their contents are, so that
//! `parse(&article.to_string())` equals `article` although spans differ.

use std::borrow::Cow;
use std::fmt;
use std::ops::{Deref, Range};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Weekday};

use crate::decimal::Decimal;
use crate::outlets::Outlet;

/// A byte range `start..end` in the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    /// The first byte, from 0.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range`, for slicing the normalized text.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The length in bytes.
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span holds no byte.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A piece of text with the span it came from. Dereferences to `str`.
#[derive(Debug, Clone, Eq)]
#[non_exhaustive]
pub struct Text<'a> {
    /// The text, trimmed of surrounding white space.
    pub text: Cow<'a, str>,
    /// Where it stood in the normalized text.
    pub span: Span,
}

impl<'a> Text<'a> {
    /// A text with its span.
    pub fn new(text: impl Into<Cow<'a, str>>, span: Span) -> Self {
        Text {
            text: text.into(),
            span,
        }
    }

    /// The text as a `&str`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The same text, owning its data.
    pub fn into_owned(self) -> Text<'static> {
        Text {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
        }
    }
}

/// A text without a position (an empty span), as read from JSON or built
/// by hand.
impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Text::new(text, Span::default())
    }
}

/// A text without a position (an empty span).
impl From<String> for Text<'static> {
    fn from(text: String) -> Self {
        Text::new(text, Span::default())
    }
}

/// A text without a position (an empty span).
impl<'a> From<Cow<'a, str>> for Text<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Text::new(text, Span::default())
    }
}

impl Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Text<'_> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl PartialEq for Text<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl PartialEq<str> for Text<'_> {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Text<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Turns every `Cow` field of a model type into an owned one.
fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

/// One parsed article.
///
/// Build it with [`crate::parse`]; render it back to canonical text with
/// `Display` (`article.to_string()`), which parses to an equal article.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Article<'a> {
    /// The date (and time) the article was published, when the text gives it.
    pub dateline: Option<Dateline<'a>>,
    /// The section breadcrumb, `THỜI SỰ > Cần Thơ` giving two entries.
    pub section: Vec<Text<'a>>,
    /// The headline.
    pub title: Text<'a>,
    /// The outlet's source marker opening the lead, such as `(CT) -`.
    pub source: Option<SourceMarker<'a>>,
    /// The lead paragraph, without its source marker.
    pub lead: Option<Text<'a>>,
    /// The paragraphs and captions after the lead, in order.
    pub body: Vec<Block<'a>>,
    /// The credit lines at the end (`Tin, ảnh: KIM XUÂN`, `Theo TTXVN`, bylines).
    pub credits: Vec<Credit<'a>>,
    /// Page furniture after the credits (`Chia sẻ bài viết`), verbatim.
    pub footer: Vec<Text<'a>>,
    /// Page furniture above the lead that is none of the header fields,
    /// verbatim: a page clock above the title when the article's own date
    /// stands under it, widget counters cut from a dateline (`- 0 Bình
    /// luận`), kickers and labels (`TIN MỚI`).
    pub header: Vec<Text<'a>>,
    /// Dates, quarters, times and figures found in the lead, body and captions.
    pub mentions: Vec<Mention<'a>>,
    /// What the parser found odd or missing, with where.
    pub diagnostics: Vec<Diagnostic>,
    /// The stretches of the text no piece holds verbatim (line ends, blank
    /// lines, separators, a title broken over lines), for [`Article::rebuild`].
    pub(crate) layout: Vec<Text<'a>>,
    /// The title as it stood, when `title.text` was joined from two lines.
    pub(crate) title_raw: Option<Cow<'a, str>>,
}

impl Article<'_> {
    /// The same article, owning all its text, for callers who keep it longer
    /// than the input.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            dateline: self.dateline.map(Dateline::into_owned),
            section: self.section.into_iter().map(Text::into_owned).collect(),
            title: self.title.into_owned(),
            source: self.source.map(SourceMarker::into_owned),
            lead: self.lead.map(Text::into_owned),
            body: self.body.into_iter().map(Block::into_owned).collect(),
            credits: self.credits.into_iter().map(Credit::into_owned).collect(),
            footer: self.footer.into_iter().map(Text::into_owned).collect(),
            header: self.header.into_iter().map(Text::into_owned).collect(),
            mentions: self.mentions.into_iter().map(Mention::into_owned).collect(),
            diagnostics: self.diagnostics,
            layout: self.layout.into_iter().map(Text::into_owned).collect(),
            title_raw: self.title_raw.map(own),
        }
    }
}

/// Articles are equal when they say the same: diagnostics and spans are
/// about the text an article was read from, not part of the article.
impl PartialEq for Article<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.dateline == other.dateline
            && self.section == other.section
            && self.title == other.title
            && self.source == other.source
            && self.lead == other.lead
            && self.body == other.body
            && self.credits == other.credits
            && self.footer == other.footer
            && self.header == other.header
            && self.mentions == other.mentions
    }
}

/// The date and time an article was published, as its header line gives it.
///
/// The date is always day first. The offset is the one written (`GMT+7`,
/// `+07:00`), else +07:00 (Vietnam time) with `offset_assumed` set.
#[derive(Debug, Clone, Eq)]
#[non_exhaustive]
pub struct Dateline<'a> {
    /// The dateline as written, such as `03/04/2024 - 07:35`, with where it
    /// stood.
    pub text: Text<'a>,
    /// The calendar date.
    pub date: NaiveDate,
    /// The time of day, when given.
    pub time: Option<NaiveTime>,
    /// The UTC offset, written or assumed.
    pub offset: FixedOffset,
    /// Whether the offset was assumed (+07:00) because the text gives none.
    pub offset_assumed: bool,
    /// The weekday the text names (`Thứ Tư`), if any.
    pub weekday: Option<Weekday>,
}

impl Dateline<'_> {
    /// The date and time with the offset, when the text gives a time.
    pub fn datetime(&self) -> Option<DateTime<FixedOffset>> {
        let time = self.time?;
        self.date
            .and_time(time)
            .and_local_timezone(self.offset)
            .single()
    }

    /// The same dateline, owning its text.
    pub fn into_owned(self) -> Dateline<'static> {
        Dateline {
            text: self.text.into_owned(),
            ..self
        }
    }
}

impl PartialEq for Dateline<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
            && self.date == other.date
            && self.time == other.time
            && self.offset == other.offset
            && self.offset_assumed == other.offset_assumed
            && self.weekday == other.weekday
    }
}

/// The outlet's source marker opening the lead: `(CT) -`, `TTO -`, `(Dân trí) -`.
#[derive(Debug, Clone, Eq)]
#[non_exhaustive]
pub struct SourceMarker<'a> {
    /// The marker as written, with its brackets and dash, and where it
    /// stood.
    pub text: Text<'a>,
    /// The code without brackets, dash and spaces, as written (`CT`, `Dân trí`).
    pub code: Cow<'a, str>,
    /// The outlet's entry in the registry ([`crate::outlets`]), or `None`
    /// for a code it does not know.
    pub outlet: Option<&'static Outlet>,
}

impl SourceMarker<'_> {
    /// The same marker, owning its text.
    pub fn into_owned(self) -> SourceMarker<'static> {
        SourceMarker {
            text: self.text.into_owned(),
            code: own(self.code),
            outlet: self.outlet,
        }
    }
}

impl PartialEq for SourceMarker<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.code == other.code && self.outlet == other.outlet
    }
}

named! {
    /// What a credited person or source did. The vocabulary may only grow.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum Role ("credit role") {
        /// `Tin`: the news item.
        News = "news",
        /// `Bài`: the article.
        Article = "article",
        /// `Ảnh`: the photos.
        Photo = "photo",
        /// `Video`, `Clip`.
        Video = "video",
        /// `Đồ họa`: the graphics.
        Graphics = "graphics",
        /// `Thực hiện`: the production.
        Production = "production",
        /// `Dịch`, `Lược dịch`, `Biên dịch`: the translation.
        Translation = "translation",
        /// `Tổng hợp`: the compilation.
        Compilation = "compilation",
        /// A bare byline such as `KIM XUÂN`.
        Author = "author",
        /// `Theo ...`, `Nguồn: ...`: where the text comes from.
        Source = "source",
        /// A role this version does not know, read from JSON written by a later
    /// one. The parser never gives it.
        Unknown = "unknown",
    }
}

/// A credit: who did what (`Tin, ảnh: KIM XUÂN`) or where it comes from
/// (`Theo TTXVN`).
#[derive(Debug, Clone, Eq)]
#[non_exhaustive]
pub struct Credit<'a> {
    /// The credit as written, and where it stood.
    pub text: Text<'a>,
    /// The roles, in the order written.
    pub roles: Vec<Role>,
    /// The names, exactly as written.
    pub names: Vec<Cow<'a, str>>,
}

impl Credit<'_> {
    /// The same credit, owning its text.
    pub fn into_owned(self) -> Credit<'static> {
        Credit {
            text: self.text.into_owned(),
            roles: self.roles,
            names: self.names.into_iter().map(own).collect(),
        }
    }
}

impl PartialEq for Credit<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.roles == other.roles && self.names == other.names
    }
}

named! {
    /// What a body block is. Later kinds may be added.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum BlockKind ("block kind") {
        /// A paragraph of text.
        Paragraph = "paragraph",
        /// A photo caption: a paragraph that ends in a photo credit.
        Caption = "caption",
        /// A link to a related article set in the body (an indented headline).
        Related = "related",
        /// A kind this version does not know, read from JSON written by a later
    /// one. The parser never gives it.
        Unknown = "unknown",
    }
}

/// One block of the body.
#[derive(Debug, Clone, Eq)]
#[non_exhaustive]
pub struct Block<'a> {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text, and where it stood; for a caption, without its photo
    /// credit.
    pub text: Text<'a>,
    /// For a caption, its photo credit.
    pub credits: Vec<Credit<'a>>,
    /// Where the whole block (credit included) stood.
    pub span: Span,
}

impl Block<'_> {
    /// The same block, owning its text.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            kind: self.kind,
            text: self.text.into_owned(),
            credits: self.credits.into_iter().map(Credit::into_owned).collect(),
            span: self.span,
        }
    }
}

impl PartialEq for Block<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind && self.text == other.text && self.credits == other.credits
    }
}

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
    /// A figure: `66.032` (66032), `1,7934g`, `20 tỷ` (20000000000).
    #[non_exhaustive]
    Number {
        /// The value, exact, with `nghìn`, `triệu`, `tỉ` applied.
        value: Decimal,
        /// The unit after it, as written (`g`, `kg`, `ha`, `người`...).
        unit: Option<Unit>,
    },
    /// An amount of money: `256.341 tỉ đồng`, `4.489,5 USD`, `10,2 triệu
    /// tỷ đồng`.
    #[non_exhaustive]
    Money {
        /// The amount in units of the currency, exact, with `nghìn`,
        /// `triệu`, `tỉ` applied.
        value: Decimal,
        /// The currency.
        currency: Currency,
    },
    /// A count out of a total: `51/95`.
    #[non_exhaustive]
    Ratio {
        /// The count.
        numerator: u64,
        /// The total.
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
        MentionValue::Number { value, unit }
    }

    /// An amount of money: `256.341 tỉ đồng`.
    pub fn money(value: Decimal, currency: Currency) -> MentionValue {
        MentionValue::Money { value, currency }
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
        /// Vietnamese đồng (`đồng`, `đ`, `VNĐ`).
        Vnd = "VND",
        /// United States dollar (`USD`, `đô la`).
        Usd = "USD",
        /// Euro.
        Eur = "EUR",
        /// Japanese yen (`yên`).
        Jpy = "JPY",
        /// Chinese yuan (`nhân dân tệ`, `NDT`).
        Cny = "CNY",
        /// Pound sterling (`bảng Anh`).
        Gbp = "GBP",
        /// South Korean won.
        Krw = "KRW",
        /// Thai baht (`bạt`).
        Thb = "THB",
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
        crate::parse::number::UNITS
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
        crate::parse::number::UNITS
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

/// Something odd or missing the parser met, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The stable code.
    pub code: DiagnosticCode,
    /// A message for people.
    pub message: String,
    /// The line, from 1.
    pub line: usize,
    /// The bytes concerned.
    pub span: Span,
}

named! {
    /// The stable codes of [`Diagnostic`]s. New codes may be added.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DiagnosticCode ("diagnostic code") {
        /// No dateline was found at the top of the article.
        MissingDateline = "missing_dateline",
        /// The dateline gives no UTC offset; +07:00 was assumed.
        OffsetAssumed = "offset_assumed",
        /// A date that does not exist (`31/02/2024`).
        ImpossibleDate = "impossible_date",
        /// A time that does not exist (`25:61`).
        ImpossibleTime = "impossible_time",
        /// The weekday named does not match the date.
        WeekdayMismatch = "weekday_mismatch",
        /// The source marker's code is not in the outlet registry.
        UnknownOutlet = "unknown_outlet",
        /// No lead paragraph was found.
        MissingLead = "missing_lead",
        /// A 24-hour time carries a redundant `AM`/`PM`.
        RedundantMeridiem = "redundant_meridiem",
        /// The title runs over two lines, which were joined.
        TitleJoined = "title_joined",
        /// A number the grammar cannot read for sure (`15.6`: a decimal point,
        /// or a date?); it gives no mention.
        AmbiguousNumber = "ambiguous_number",
        /// A figure with more digits than a [`Decimal`] holds exactly; it gives
        /// no mention.
        NumberTooLong = "number_too_long",
        /// A code this version does not know, read from JSON written by a later
    /// one. The parser never gives it.
        Unknown = "unknown",
    }
}
