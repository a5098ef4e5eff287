//! The one error type of the crate.

use std::fmt;

named! {
    /// What went wrong, without the position (see [`Error`] for that).
    ///
    /// New kinds may be added in minor releases.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ErrorKind ("error kind") {
        /// The text is empty or holds only white space.
        EmptyInput = "empty_input",
        /// The text holds no line that can be the title.
        NoTitle = "no_title",
        /// The bytes are not valid UTF-8 (see [`crate::parse_bytes`]).
        InvalidUtf8 = "invalid_utf8",
        /// The text is larger than [`crate::MAX_INPUT_LEN`].
        TooLarge = "too_large",
        /// One article would hold more than [`crate::MAX_PIECES`] lines,
        /// mentions or diagnostics.
        TooManyPieces = "too_many_pieces",
        /// A dateline could not be read.
        InvalidDateline = "invalid_dateline",
        /// A source marker such as `(CT) -` could not be read.
        InvalidSourceMarker = "invalid_source_marker",
        /// A credit line such as `Tin, ảnh: KIM XUÂN` could not be read.
        InvalidCredit = "invalid_credit",
        /// Reading the input failed (see [`crate::read_many`]).
        Io = "io",
        /// A number such as `53.68` could not be read (see [`crate::Decimal`]).
        InvalidNumber = "invalid_number",
        /// A name outside a closed vocabulary, such as a currency code the
        /// crate does not know.
        UnknownName = "unknown_name",
    }
}

/// The messages of errors and diagnostics, written in one place: each is
/// one variant, and `Display` writes it (tests assert each exact string).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Detail<'a> {
    /// The text holds no article.
    EmptyInput,
    /// No line after the header to be the title.
    NoTitle,
    /// The text is past [`crate::MAX_INPUT_LEN`].
    TooLarge { len: usize },
    /// More pieces than [`crate::MAX_PIECES`]: `what` names them.
    TooManyPieces { what: &'static str },
    /// Bytes that are not UTF-8: a byte that starts no character, one that
    /// starts a character the text cuts short, or none.
    InvalidUtf8 { byte: Option<u8>, cut_short: bool },
    /// A dateline that could not be read, and why.
    InvalidDateline { why: &'a str },
    /// No source marker where one was asked for.
    NoSourceMarker,
    /// Text after a source marker where it was asked for alone.
    AfterSourceMarker,
    /// No credit where one was asked for.
    NoCredit,
    /// A credit's label with no name after it (`Tin, ảnh:`, `Theo`).
    NoCreditNames,
    /// A source marker's code without its closing bracket (`(CT`).
    UnclosedSourceMarker,
    /// A line of several credits where one was asked for.
    SeveralCredits { count: usize },
    /// Reading the input failed.
    CannotRead { io: &'a std::io::Error },
    /// A name outside a closed vocabulary: `what` names the vocabulary.
    UnknownName { what: &'static str, name: &'a str },
    /// A number that is not one: what was expected instead.
    InvalidNumber { expected: &'static str },
    /// A number outside the bounds of a decimal.
    NumberOutOfBounds,
    /// No dateline at the top of an article.
    MissingDateline,
    /// No lead paragraph after the title.
    MissingLead,
    /// No title above the lead.
    MissingTitle,
    /// A title over two lines, joined.
    TitleJoined,
    /// A source marker whose code the registry does not know.
    UnknownOutlet { code: &'a str },
    /// A dateline without a UTC offset.
    OffsetAssumed,
    /// A date that does not exist, in the dateline or the text; without a
    /// year when the text gives none.
    ImpossibleDate {
        place: &'static str,
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// A weekday named beside a date that falls on another.
    /// `place`: `dateline`, or `text` for a date of the running text.
    WeekdayMismatch {
        place: &'static str,
        named: &'static str,
        date: chrono::NaiveDate,
        actual: &'static str,
    },
    /// A 24-hour time with AM or PM.
    RedundantMeridiem { hour: u32, minute: u32, pm: bool },
    /// A time that does not exist.
    ImpossibleTime { hour: u32, minute: u32, second: u32 },
    /// A figure in a text with more digits than a decimal holds.
    NumberTooLong { text: &'a str },
    /// A figure with a dot that may be a decimal point or a date.
    AmbiguousNumber { text: &'a str },
}

/// What a [`Decimal`](crate::Decimal) holds, for the messages about it.
const DECIMAL_BOUNDS: &str = "a whole number that a 64-bit integer holds; with a fraction, \
                              15 significant digits from 0.00001";

impl Detail<'_> {
    /// The message of a detail that says no more than its kind.
    fn fixed(&self) -> Option<&'static str> {
        Some(match *self {
            Detail::EmptyInput => "empty input: the text holds no article",
            Detail::NoTitle => "no title: the text holds no line after its header",
            Detail::TitleJoined => "the title runs over two lines; they were joined with a space",
            Detail::MissingDateline => "no dateline at the top of the article",
            Detail::MissingLead => "no lead paragraph after the title",
            Detail::MissingTitle => "no title above the lead",
            Detail::OffsetAssumed => "no UTC offset in the dateline; +07:00 assumed",
            _ => return None,
        })
    }
}

impl fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Detail::EmptyInput
            | Detail::NoTitle
            | Detail::TitleJoined
            | Detail::MissingDateline
            | Detail::MissingLead
            | Detail::MissingTitle
            | Detail::OffsetAssumed => f.write_str(self.fixed().unwrap_or_default()),
            Detail::TooLarge { len } => write!(
                f,
                "text too large: {len} bytes, the limit is {}",
                crate::MAX_INPUT_LEN
            ),
            Detail::TooManyPieces { what } => write!(
                f,
                "too many pieces: more than {} {what} for one article",
                crate::MAX_PIECES
            ),
            Detail::InvalidUtf8 {
                byte: Some(b),
                cut_short: false,
            } => write!(f, "invalid utf-8: byte {b:#04x} cannot start a character"),
            Detail::InvalidUtf8 {
                byte: Some(b),
                cut_short: true,
            } => write!(
                f,
                "invalid utf-8: byte {b:#04x} starts a character the text cuts short"
            ),
            Detail::InvalidUtf8 { byte: None, .. } => f.write_str("invalid utf-8"),
            Detail::InvalidDateline { why } => write!(f, "invalid dateline: {why}"),
            Detail::NoSourceMarker => {
                f.write_str("invalid source marker: expected a code such as (CT) - or TTO -")
            }
            Detail::AfterSourceMarker => {
                f.write_str("invalid source marker: unexpected text after the marker")
            }
            Detail::NoCredit => f.write_str(
                "invalid credit: expected roles and names such as Tin, ảnh: KIM XUÂN, \
                 a source such as Theo TTXVN, or a byline",
            ),
            Detail::NoCreditNames => f.write_str("invalid credit: expected a name after the label"),
            Detail::UnclosedSourceMarker => {
                f.write_str("invalid source marker: expected `)` after the code")
            }
            Detail::SeveralCredits { count } => {
                write!(f, "invalid credit: the line holds {count} credits")
            }
            Detail::CannotRead { io } => write!(f, "cannot read: {io}"),
            Detail::UnknownName { what, name } => write!(f, "unknown {what}: {name:?}"),
            Detail::InvalidNumber { expected } => write!(f, "invalid number: expected {expected}"),
            Detail::NumberOutOfBounds => write!(
                f,
                "invalid number: outside what a decimal holds exactly ({DECIMAL_BOUNDS})"
            ),
            Detail::UnknownOutlet { code } => write!(
                f,
                "source marker code {code:?} is not in the outlet registry"
            ),
            Detail::ImpossibleDate {
                place,
                day,
                month,
                year: Some(year),
            } => write!(
                f,
                "impossible date in the {place}: day {day}, month {month}, year {year}"
            ),
            Detail::ImpossibleDate {
                place,
                day,
                month,
                year: None,
            } => write!(
                f,
                "impossible date in the {place}: day {day}, month {month}"
            ),
            Detail::WeekdayMismatch {
                place,
                named,
                date,
                actual,
            } => write!(f, "the {place} names {named} but {date} is a {actual}"),
            Detail::RedundantMeridiem { hour, minute, pm } => write!(
                f,
                "24-hour time {hour:02}:{minute:02} with a redundant {}",
                if pm { "PM" } else { "AM" }
            ),
            Detail::ImpossibleTime {
                hour,
                minute,
                second,
            } => write!(f, "impossible time {hour:02}:{minute:02}:{second:02}"),
            Detail::NumberTooLong { text } => write!(
                f,
                "number too long to hold exactly: {text} ({DECIMAL_BOUNDS}); not read"
            ),
            Detail::AmbiguousNumber { text } => write!(
                f,
                "ambiguous number {text}: a decimal point or a date; not read"
            ),
        }
    }
}

/// The error for a name outside a closed vocabulary (`what` names it).
pub(crate) fn unknown_name(what: &'static str, name: &str) -> Error {
    Error::at(
        ErrorKind::UnknownName,
        Detail::UnknownName { what, name }.to_string(),
        name,
        0,
    )
}

/// An error with its kind and its position in the text.
///
/// Positions are those of the text as parsed, that is after NFC normalization
/// (see [`crate::normalize()`]); for [`ErrorKind::InvalidUtf8`] they are those of
/// the raw bytes. The byte offset starts at 0; the line and the column start at
/// 1, and the column counts characters (Unicode scalar values), not bytes.
///
/// `Display` writes one lowercase line, at most a few hundred bytes long:
///
/// ```
/// let err = vn_article::parse("   \n\n").unwrap_err();
/// assert_eq!(err.to_string(), "empty input: the text holds no article at line 1, column 1");
/// assert_eq!(err.kind(), vn_article::ErrorKind::EmptyInput);
/// ```
///
/// An [`ErrorKind::Io`] error keeps the `std::io::Error` it comes from as
/// its [`source`](std::error::Error::source).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error(Box<Inner>);

#[derive(Debug, Clone)]
struct Inner {
    kind: ErrorKind,
    message: String,
    offset: usize,
    line: usize,
    column: usize,
    /// The reading error behind an [`ErrorKind::Io`] error.
    io: Option<Cause>,
}

/// The reading error behind an error, shared by its clones. Unwind-safe
/// like the rest of [`Error`]: it is only ever read.
#[derive(Debug, Clone)]
struct Cause(std::sync::Arc<std::io::Error>);

impl std::panic::UnwindSafe for Cause {}
impl std::panic::RefUnwindSafe for Cause {}

impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.message, self.line, self.column
        )
    }
}

/// The source is the `std::io::Error` itself (not its shared handle), so
/// that `downcast_ref::<std::io::Error>()` finds it.
impl std::error::Error for Inner {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.io
            .as_ref()
            .map(|io| &*io.0 as &(dyn std::error::Error + 'static))
    }
}

/// Errors are equal when they say the same: kind, message and position.
impl PartialEq for Inner {
    fn eq(&self, other: &Self) -> bool {
        (
            self.kind,
            &self.message,
            self.offset,
            self.line,
            self.column,
        ) == (
            other.kind,
            &other.message,
            other.offset,
            other.line,
            other.column,
        )
    }
}

impl Eq for Inner {}

/// The longest message kept, in bytes; longer ones are cut at a character
/// boundary and end in `…`.
const MAX_MESSAGE: usize = 200;

impl Error {
    /// Builds an error at byte `offset` of `text`, computing line and column.
    pub(crate) fn at(
        kind: ErrorKind,
        message: impl Into<String>,
        text: &str,
        offset: usize,
    ) -> Self {
        let (line, column) = line_column(text, offset);
        Self::with_position(kind, message, offset, line, column)
    }

    pub(crate) fn with_position(
        kind: ErrorKind,
        message: impl Into<String>,
        offset: usize,
        line: usize,
        column: usize,
    ) -> Self {
        Error(Box::new(Inner {
            kind,
            message: cap(message.into()),
            offset,
            line,
            column,
            io: None,
        }))
    }

    /// The same error with the reading error behind it as its source.
    pub(crate) fn caused_by(mut self, io: std::io::Error) -> Self {
        self.0.io = Some(Cause(std::sync::Arc::new(io)));
        self
    }

    /// The same error with its byte offset moved by `delta`.
    pub(crate) fn shifted(mut self, delta: isize) -> Self {
        self.0.offset = self.0.offset.saturating_add_signed(delta);
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The message without the position, such as
    /// `"invalid dateline: expected a day-first date such as 03/04/2024"`.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The byte offset where the error is, from 0.
    pub fn offset(&self) -> usize {
        self.0.offset
    }

    /// The line where the error is, from 1.
    pub fn line(&self) -> usize {
        self.0.line
    }

    /// The column where the error is, in characters, from 1.
    pub fn column(&self) -> usize {
        self.0.column
    }
}

fn cap(mut message: String) -> String {
    if message.len() > MAX_MESSAGE {
        let mut end = MAX_MESSAGE;
        while !message.is_char_boundary(end) {
            end -= 1;
        }
        message.truncate(end);
        message.push('…');
    }
    message
}

/// The 1-based line and character column of byte `offset` in `text`. An offset
/// past the end or inside a character counts up to the character boundary
/// before it. A lone `\r` ends a line as `\n` and `\r\n` do.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    crate::parse::common::position(text, 0, 1, end)
}

#[cfg(test)]
mod tests;
