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

/// The messages of errors and diagnostics, written in one place.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Detail<'a> {
    /// A name outside a closed vocabulary: `what` names the vocabulary.
    UnknownName { what: &'static str, name: &'a str },
    /// A number that is not one: what was expected instead.
    InvalidNumber { expected: &'static str },
    /// A number outside the bounds of a decimal.
    NumberOutOfBounds,
    /// A figure in a text with more digits than a decimal holds.
    NumberTooLong { text: &'a str },
    /// A figure with a dot that may be a decimal point or a date.
    AmbiguousNumber { text: &'a str },
    /// Reading the input failed.
    CannotRead { io: &'a std::io::Error },
}

impl fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::UnknownName { what, name } => write!(f, "unknown {what}: {name:?}"),
            Detail::InvalidNumber { expected } => write!(f, "invalid number: expected {expected}"),
            Detail::NumberOutOfBounds => f.write_str(
                "invalid number: outside what a decimal holds exactly (a whole number \
                 that a 64-bit integer holds; with a fraction, 15 significant digits from 0.00001)",
            ),
            Detail::NumberTooLong { text } => write!(
                f,
                "number too long to hold exactly: {text} \
                 (a whole number that a 64-bit integer holds; with a fraction, \
                 15 significant digits from 0.00001); not read"
            ),
            Detail::CannotRead { io } => write!(f, "cannot read: {io}"),
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
/// (see [`crate::normalize`]); for [`ErrorKind::InvalidUtf8`] they are those of
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
    io: Option<std::sync::Arc<std::io::Error>>,
}

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
            .as_deref()
            .map(|io| io as &(dyn std::error::Error + 'static))
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
        self.0.io = Some(std::sync::Arc::new(io));
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
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_after_multibyte_letters() {
        let text = "Bình Thủy\nKết nạp đảng";
        let offset = text.find("đảng").unwrap();
        assert_eq!(line_column(text, offset), (2, 9));
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, text.len() + 10), (2, 13));
    }

    #[test]
    fn line_column_handles_crlf_and_lone_cr() {
        assert_eq!(line_column("a\r\nb\rc", 5), (3, 1));
        assert_eq!(line_column("a\r\nb\rc", 3), (2, 1));
    }

    #[test]
    fn messages_are_capped() {
        let long = "ả".repeat(500);
        let err = Error::at(ErrorKind::NoTitle, long, "", 0);
        assert!(err.message().len() <= MAX_MESSAGE + '…'.len_utf8());
        assert!(err.message().ends_with('…'));
    }
}
