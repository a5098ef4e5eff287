//! Turn the text of Vietnamese newspaper articles into typed, validated data.
//!
//! ```
//! let text = "03/04/2024 - 07:35\n\nBình Thủy\n\nKết nạp đảng viên mới\n\n\
//!             (CT) - Ngày 2-4-2024, Ban Thường vụ Quận ủy tổ chức hội nghị.\n\n\
//!             Tin, ảnh: KIM XUÂN\n";
//! let article = vn_article::parse(text)?;
//! let dateline = article.dateline.as_ref().unwrap();
//! assert_eq!(dateline.datetime().unwrap().to_rfc3339(), "2024-04-03T07:35:00+07:00");
//! assert!(dateline.offset_assumed);
//! assert_eq!(article.section[0], "Bình Thủy");
//! assert_eq!(article.title, "Kết nạp đảng viên mới");
//! let source = article.source.as_ref().unwrap();
//! assert_eq!((&*source.code, source.outlet.as_deref()), ("CT", Some("Báo Cần Thơ")));
//! assert_eq!(article.credits[0].names, ["KIM XUÂN"]);
//! # Ok::<(), vn_article::Error>(())
//! ```
//!
//! # What is read
//!
//! An article's text, as scraped, runs top to bottom: a dateline
//! (`03/04/2024 - 07:35`), a section (`Bình Thủy`, or a breadcrumb
//! `THỜI SỰ > Cần Thơ`), the title, the lead opened by the outlet's source
//! marker (`(CT) -`), body paragraphs and photo captions, credit lines
//! (`Tin, ảnh: KIM XUÂN`) and page furniture (`Chia sẻ bài viết`). Every
//! non-blank line lands in one field of [`Article`]; a line the parser cannot
//! place stays in `body`, so nothing of the input is lost.
//!
//! - **Datelines** are day first, always. The offset is the one written
//!   (`GMT+7`, `+07:00`), else +07:00 with `offset_assumed` and a diagnostic.
//!   A weekday that does not match the date, an impossible date or time are
//!   diagnostics, never wrong values.
//! - **Source markers** are looked up in the outlet registry ([`outlets`]).
//! - **Credits** carry roles from a closed vocabulary ([`Role`]) and names
//!   exactly as written.
//! - **Mentions** in the lead, body and captions: dates (a year-less date
//!   takes the year that puts it nearest the dateline), quarters (`quý II-2024`),
//!   times (`7 giờ 35 chiều`), percents (`53,68%`) and ratios (`51/95`).
//!
//! # Normalization
//!
//! Input is put in Unicode NFC first ([`normalize`]), borrowing when it
//! already is. Nothing else is rewritten: line ends (`\n`, `\r\n`, a lone
//! `\r`), a BOM, non-breaking and zero-width spaces are kept in the text and
//! treated as white space by the parser. Spans are byte ranges in the
//! normalized text.
//!
//! # Diagnostics
//!
//! [`parse`] fails only when there is no article at all. Everything odd it
//! meets is a [`Diagnostic`] with a stable [`DiagnosticCode`]:
//! `missing_dateline`, `offset_assumed`, `impossible_date`, `impossible_time`,
//! `weekday_mismatch`, `unknown_outlet`, `missing_lead`, `redundant_meridiem`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod display;
mod error;
mod model;
mod normalize;
mod outlets;
mod parse;
mod pieces;
#[cfg(feature = "serde")]
mod serde;

pub use error::{Error, ErrorKind};
pub use model::{
    Article, Block, BlockKind, Credit, Dateline, Diagnostic, DiagnosticCode, Mention, MentionValue,
    Role, SourceMarker, Span, Text,
};
pub use normalize::normalize;
pub use outlets::{outlet, outlets, Outlet};
pub use pieces::ParseMany;

/// The largest text [`parse`] reads, in bytes (16 MiB). A larger one is an
/// [`ErrorKind::TooLarge`] error rather than an allocation storm; split dumps
/// of many articles with [`parse_many`], which applies the limit per article.
pub const MAX_INPUT_LEN: usize = 16 << 20;

/// Parses one article.
///
/// # Errors
///
/// Fails only when the text holds no article: [`ErrorKind::EmptyInput`] for
/// an empty or blank text, [`ErrorKind::NoTitle`] when no line is left for a
/// title after the header, [`ErrorKind::TooLarge`] past [`MAX_INPUT_LEN`].
/// Everything else becomes a diagnostic of the article.
///
/// ```
/// let err = vn_article::parse("03/04/2024 - 07:35\n").unwrap_err();
/// assert_eq!(err.kind(), vn_article::ErrorKind::NoTitle);
/// assert_eq!((err.line(), err.column()), (2, 1));
/// ```
pub fn parse(text: &str) -> Result<Article<'_>, Error> {
    pieces::parse_one(text)
}

/// Parses one article from bytes, checking they are UTF-8 first.
///
/// # Errors
///
/// [`ErrorKind::InvalidUtf8`] at the first bad byte, else as [`parse`].
///
/// ```
/// let err = vn_article::parse_bytes(b"Ti\xff\xfeu \xc4").unwrap_err();
/// assert_eq!(err.kind(), vn_article::ErrorKind::InvalidUtf8);
/// assert_eq!(err.offset(), 2);
/// assert_eq!(err.to_string(), "invalid utf-8: byte 0xff cannot start a character at line 1, column 3");
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => Err(pieces::utf8_error(bytes, &e)),
    }
}

/// Parses a dump of many articles, each opened by its dateline after a blank
/// line, one at a time.
///
/// The text is normalized once; each article is found and parsed when the
/// iterator reaches it, so the work is linear in the text. Spans are byte
/// ranges in the whole normalized text.
///
/// ```
/// let dump = "03/04/2024 - 07:35\n\nTitle one\n\nLead one.\n\n\
///             04/04/2024 - 08:00\n\nTitle two\n\nLead two.\n";
/// let titles: Vec<String> = vn_article::parse_many(dump)
///     .map(|a| a.map(|a| a.title.to_string()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(titles, ["Title one", "Title two"]);
/// # Ok::<(), vn_article::Error>(())
/// ```
pub fn parse_many(text: &str) -> ParseMany<'_> {
    ParseMany::new(text)
}

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
