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

mod mention;

pub use mention::*;

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
        // As `str` does: width, fill and alignment honoured.
        f.pad(&self.text)
    }
}

/// Turns every `Cow` field of a model type into an owned one.
fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

/// One parsed article.
///
/// Build it with [`crate::parse()`]; render it back to canonical text with
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
    /// The title as it stood, when `title.text` was joined from two lines
    /// or given with its white space plain.
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

/// A text field of an article: the title, the lead or a block of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Lead,
    Body(usize),
}

impl<'a> Article<'a> {
    /// The field whose text, borrowed from `input`, is the longest, with
    /// its byte range in `input`: what [`Article::into_owned_but`] may leave
    /// to its caller to fill from `input`'s own buffer.
    pub(crate) fn longest_borrowed(&self, input: &str) -> Option<(Field, Range<usize>)> {
        let base = input.as_ptr() as usize;
        let range = |t: &Text<'a>| match &t.text {
            Cow::Borrowed(s) => {
                let start = (s.as_ptr() as usize).checked_sub(base)?;
                (start + s.len() <= input.len()).then_some(start..start + s.len())
            }
            Cow::Owned(_) => None,
        };
        let fields = std::iter::once((Field::Title, &self.title))
            .chain(self.lead.iter().map(|t| (Field::Lead, t)))
            .chain(
                self.body
                    .iter()
                    .enumerate()
                    .map(|(i, b)| (Field::Body(i), &b.text)),
            );
        fields
            .filter_map(|(f, t)| range(t).map(|r| (f, r)))
            .max_by_key(|(_, r)| r.len())
    }

    /// [`Article::into_owned`], with the text of `field` left empty rather
    /// than copied: the caller fills it with [`Article::fill`].
    pub(crate) fn into_owned_but(mut self, field: Field) -> Article<'static> {
        let empty = || Cow::Owned(String::new());
        match field {
            Field::Title => self.title.text = empty(),
            Field::Lead => {
                if let Some(t) = self.lead.as_mut() {
                    t.text = empty();
                }
            }
            Field::Body(i) => {
                if let Some(b) = self.body.get_mut(i) {
                    b.text.text = empty();
                }
            }
        }
        self.into_owned()
    }

    /// Sets the text of `field`.
    pub(crate) fn fill(&mut self, field: Field, text: String) {
        let slot = match field {
            Field::Title => Some(&mut self.title),
            Field::Lead => self.lead.as_mut(),
            Field::Body(i) => self.body.get_mut(i).map(|b| &mut b.text),
        };
        if let Some(t) = slot {
            t.text = Cow::Owned(text);
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
    /// The outlet's entry in the registry ([`crate::outlets()`]), or `None`
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
        /// `Bài`: the article; also its genre as a role (`Ký sự`, `Phóng
        /// sự`, `Bút ký`, `Ghi chép`, `Tường thuật`, `Phỏng vấn`), and a
        /// video's script (`Kịch bản`).
        Article = "article",
        /// `Ảnh`: the photos.
        Photo = "photo",
        /// `Video`, `Clip`, `Quay phim`, `Dựng video`, `Lồng tiếng`.
        Video = "video",
        /// `Đồ họa`: the graphics.
        Graphics = "graphics",
        /// `Thực hiện`: the production (`Sản xuất`, `Tổ chức sản xuất`,
        /// `Chỉ đạo thực hiện`, `Kỹ thuật`, `Đạo diễn`).
        Production = "production",
        /// `Dịch`, `Lược dịch`, `Biên dịch`, `Người dịch`, `Dịch giả`,
        /// `Chuyển ngữ`: the translation.
        Translation = "translation",
        /// `Tổng hợp`: the compilation.
        Compilation = "compilation",
        /// A bare byline such as `KIM XUÂN`.
        Author = "author",
        /// `Theo ...`, `Nguồn: ...`: where the text comes from.
        Source = "source",
        /// `Biên tập`: the editing.
        Editing = "editing",
        /// `Thiết kế`, `Trình bày`, `Thể hiện`: the design and layout.
        Design = "design",
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
    /// The names as written, their white space plain: a non-breaking space
    /// is a space, an invisible character (zero-width, soft hyphen) is
    /// dropped; `text` keeps them.
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
        /// No title stands above the lead: the text opens with its lead
        /// (`(CT) - Ngày 2-4-2024, ...`), as a fragment of an article does;
        /// the title is empty.
        MissingTitle = "missing_title",
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
