//! The entry points behind the public functions, and `FromStr` for the pieces.

use crate::error::Detail;
use std::borrow::Cow;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};
use crate::model::{Article, Credit, Dateline, Mention, SourceMarker, Span, Text};
use crate::normalize::{normalize, trim};
use crate::parse::article::parse_range;
use crate::parse::common::raw_lines;
use crate::parse::credit::{credit_line, Place};
use crate::parse::{dateline, mention, source};
use crate::{MAX_INPUT_LEN, MAX_PIECES};

pub(crate) fn parse_one(text: &str) -> Result<Article<'_>, Error> {
    if text.len() > MAX_INPUT_LEN {
        return Err(too_large(text.len(), 0));
    }
    match normalize(text) {
        Cow::Borrowed(nfc) => parse_range(nfc, 0, nfc.len(), 1),
        Cow::Owned(nfc) => parse_range(&nfc, 0, nfc.len(), 1).map(Article::into_owned),
    }
}

/// [`crate::mentions`]: the normalized text scanned line by line.
pub(crate) fn mentions(
    text: &str,
    dateline: Option<chrono::NaiveDate>,
) -> Result<Vec<Mention<'_>>, Error> {
    if text.len() > MAX_INPUT_LEN {
        return Err(too_large(text.len(), 0));
    }
    match normalize(text) {
        Cow::Borrowed(nfc) => mentions_of_lines(nfc, dateline),
        Cow::Owned(nfc) => mentions_of_lines(&nfc, dateline)
            .map(|found| found.into_iter().map(Mention::into_owned).collect()),
    }
}

/// The mentions of each line of the normalized `text` (the lines an
/// article's are: ended by `\n`, `\r\n` or a lone `\r`).
fn mentions_of_lines(
    text: &str,
    dateline: Option<chrono::NaiveDate>,
) -> Result<Vec<Mention<'_>>, Error> {
    let ctx = mention::Context {
        dateline,
        ..Default::default()
    };
    let (mut found, mut findings) = (Vec::new(), Vec::new());
    for (start, end) in raw_lines(text, 0, text.len()) {
        let line = text.get(start..end).unwrap_or_default();
        mention::scan(line, start, ctx, &mut found, &mut findings);
        // The scanner stops one past the limit.
        if let Some(past) = found.get(MAX_PIECES) {
            let message = Detail::TooManyPieces { what: "mentions" }.to_string();
            return Err(Error::at(
                ErrorKind::TooManyPieces,
                message,
                text,
                past.text.span.start,
            ));
        }
    }
    Ok(found)
}

pub(crate) fn too_large(len: usize, offset: usize) -> Error {
    Error::with_position(
        ErrorKind::TooLarge,
        Detail::TooLarge { len }.to_string(),
        offset,
        1,
        1,
    )
}

pub(crate) fn utf8_error(bytes: &[u8], e: &std::str::Utf8Error) -> Error {
    let at = e.valid_up_to();
    let valid = std::str::from_utf8(bytes.get(..at).unwrap_or_default()).unwrap_or_default();
    let message = Detail::InvalidUtf8 {
        byte: bytes.get(at).copied(),
        cut_short: e.error_len().is_none(),
    }
    .to_string();
    let mut err = Error::at(ErrorKind::InvalidUtf8, message, valid, at);
    // Error::at clamps to the text; the offset is that of the bad byte.
    if err.offset() != at {
        err = Error::with_position(
            ErrorKind::InvalidUtf8,
            err.message().to_string(),
            at,
            err.line(),
            err.column(),
        );
    }
    err
}

/// `text` in NFC when it is not already (`Thứ tư` with its marks written
/// apart, as some pages do): the piece parsers read the composed text
/// first, and own what they find there (its spans are then byte ranges in
/// the composed text). When the composed text gives an error too, the error
/// is that of `text` as given, its position counted in it.
fn composed(text: &str) -> Option<String> {
    match crate::normalize::normalize(text) {
        std::borrow::Cow::Borrowed(_) => None,
        std::borrow::Cow::Owned(nfc) => Some(nfc),
    }
}

impl<'a> Dateline<'a> {
    /// Parses a dateline such as `03/04/2024 - 07:35` or
    /// `Thứ ba, 23/12/2025 09:02 (GMT+7)`, borrowing from `text`.
    ///
    /// Diagnostics the article parser would give (an assumed offset, a
    /// weekday that does not match) are not errors here: look at
    /// `offset_assumed` and `weekday`.
    ///
    /// Text not in NFC (marks written apart) is read composed, and the
    /// dateline then owns its text, its span a range of the composed text;
    /// an error is placed in `text` as given.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidDateline`] when `text` is no dateline or names a
    /// date or a time that does not exist; the error's position is the
    /// day of an impossible date or the hour of an impossible time
    /// (`Thứ Hai, 31/02/2024` at column 10), else the dateline's start.
    ///
    /// ```
    /// use vn_article::Dateline;
    /// let d: Dateline = "Thứ ba, 23/12/2025 09:02 (GMT+7)".parse()?;
    /// assert_eq!(d.datetime().unwrap().to_rfc3339(), "2025-12-23T09:02:00+07:00");
    /// assert!(!d.offset_assumed);
    /// let err = "31/02/2024 - 07:35".parse::<Dateline>().unwrap_err();
    /// assert_eq!(err.to_string(), "invalid dateline: impossible date in the dateline: day 31, month 2, year 2024 at line 1, column 1");
    /// # Ok::<(), vn_article::Error>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Dateline<'a>, Error> {
        if let Some(Ok(found)) =
            composed(text).map(|nfc| Dateline::parse_nfc(&nfc).map(Dateline::into_owned))
        {
            return Ok(found);
        }
        Self::parse_nfc(text)
    }

    /// [`Dateline::parse`] of text as it is.
    fn parse_nfc(text: &'a str) -> Result<Dateline<'a>, Error> {
        let t = trim(text);
        let at = crate::parse::common::offset_in(text, t);
        let fail = |why: &str| {
            Error::at(
                ErrorKind::InvalidDateline,
                Detail::InvalidDateline { why }.to_string(),
                text,
                at,
            )
        };
        let Some(found) = dateline::find(t) else {
            // A dateline with more after it, as a page's header prints it
            // (`| Thời sự`, `- 0 Bình luận`): the error at the first mark or
            // letter after the date.
            // A date with anything else after it (`03/04/2024 abc`) too.
            let read = dateline::find_in_header(t)
                .filter(|f| f.head.is_none() && f.tail.is_some())
                .map(|f| crate::parse::common::offset_in(t, f.text) + f.text.len())
                .or_else(|| dateline::read_before_rest(t));
            if let Some(end) = read {
                let after = t.get(end..).unwrap_or_default();
                let gap = after.len() - crate::normalize::trim_start(after).len();
                return Err(Error::at(
                    ErrorKind::InvalidDateline,
                    Detail::InvalidDateline {
                        why: "unexpected text after the date",
                    }
                    .to_string(),
                    text,
                    at + end + gap,
                ));
            }
            return Err(fail("expected a day-first date such as 03/04/2024 - 07:35"));
        };
        if found.head.is_some() {
            return Err(fail("unexpected text before the date"));
        }
        let mut findings = Vec::new();
        let base = at + crate::parse::common::offset_in(t, found.text);
        let built = dateline::build(&found, base, &mut findings);
        // The error at the hour of an impossible time or the day of an
        // impossible date, when found, else at the dateline's start.
        let fail_at = |f: Option<&crate::parse::Finding>| {
            let code = f.map(|f| f.code);
            let why = f.map_or("impossible date", |f| f.message.as_str());
            let at = code
                .and_then(|c| found.problem_at(c))
                .map_or(at, |k| base + k);
            Error::at(
                ErrorKind::InvalidDateline,
                Detail::InvalidDateline { why }.to_string(),
                text,
                at,
            )
        };
        if let Some(f) = findings
            .iter()
            .find(|f| f.code == crate::DiagnosticCode::ImpossibleTime)
        {
            return Err(fail_at(Some(f)));
        }
        match built {
            Some(d) => Ok(d),
            None => Err(fail_at(findings.first())),
        }
    }
}

impl FromStr for Dateline<'static> {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Dateline::parse(s).map(Dateline::into_owned)
    }
}

impl<'a> SourceMarker<'a> {
    /// Parses a source marker such as `(CT) -`, `TTO -`, `TTO:` or `(Dân trí) –`,
    /// borrowing from `text`, and looks its code up in the registry. A
    /// registered code that opens leads without a dash (`(Vietnam+)`,
    /// `SGGPO`, `TGVN.`) reads alone too, so that the text of every
    /// [`Article::source`](crate::Article::source) reads again. Text not in
    /// NFC is read composed, as by [`Dateline::parse`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidSourceMarker`] when `text` is not exactly a marker.
    ///
    /// ```
    /// use vn_article::SourceMarker;
    /// let m: SourceMarker = "(NLĐO) –".parse()?;
    /// assert_eq!((&*m.code, m.outlet.map(|o| o.name)), ("NLĐO", Some("Người Lao Động")));
    /// let m: SourceMarker = "(Vietnam+)".parse()?;
    /// assert_eq!(&*m.code, "Vietnam+");
    /// let m: SourceMarker = "TTO:".parse()?;
    /// assert_eq!((&*m.code, m.outlet.map(|o| o.name)), ("TTO", Some("Tuổi Trẻ")));
    /// let err = "(mở rộng)".parse::<SourceMarker>().unwrap_err();
    /// assert_eq!(err.to_string(), "invalid source marker: expected a code such as (CT) - or TTO - at line 1, column 1");
    /// # Ok::<(), vn_article::Error>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<SourceMarker<'a>, Error> {
        if let Some(Ok(found)) =
            composed(text).map(|nfc| SourceMarker::parse_nfc(&nfc).map(SourceMarker::into_owned))
        {
            return Ok(found);
        }
        Self::parse_nfc(text)
    }

    /// [`SourceMarker::parse`] of text as it is.
    fn parse_nfc(text: &'a str) -> Result<SourceMarker<'a>, Error> {
        let t = trim(text);
        let at = crate::parse::common::offset_in(text, t);
        // A marker that opens leads without a dash (`(Vietnam+)`, `SGGPO`,
        // `TGVN.`) is one alone too, as `Article::source` writes it.
        let Some(m) = source::marker(t).or_else(|| source::code_alone(t)) else {
            // `(CT`, `(NLĐO -`: a code in a bracket never closed, the error
            // after the code.
            let (detail, at) = match unclosed_code_end(t) {
                Some(k) => (Detail::UnclosedSourceMarker, at + k),
                None => (Detail::NoSourceMarker, at),
            };
            return Err(Error::at(
                ErrorKind::InvalidSourceMarker,
                detail.to_string(),
                text,
                at,
            ));
        };
        if m.consumed < t.len() {
            return Err(Error::at(
                ErrorKind::InvalidSourceMarker,
                Detail::AfterSourceMarker.to_string(),
                text,
                at + m.consumed,
            ));
        }
        let (code, outlet) = m.plain_code();
        Ok(SourceMarker {
            text: Text::new(m.text, Span::new(at, at + m.text.len())),
            code,
            outlet,
        })
    }
}

/// Where the code of `(CT`, `(NLĐO -` ends: a bracket opened before a
/// word of capitals, digits and dots (as codes are written) that no
/// bracket closes. `None` for anything else.
fn unclosed_code_end(t: &str) -> Option<usize> {
    let code = t.strip_prefix('(')?;
    if t.contains(')') {
        return None;
    }
    let capital = crate::parse::letters::is_uppercase;
    let len = code
        .find(|c: char| !(capital(c) || c.is_ascii_digit() || c == '.'))
        .unwrap_or(code.len());
    let word = code.get(..len)?;
    let rest = crate::normalize::trim(code.get(len..)?);
    let capital = word.chars().next().is_some_and(capital);
    (capital && (rest.is_empty() || rest.chars().all(crate::normalize::is_dash))).then_some(1 + len)
}

impl FromStr for SourceMarker<'static> {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        SourceMarker::parse(s).map(SourceMarker::into_owned)
    }
}

impl<'a> Credit<'a> {
    /// Parses one credit such as `Tin, ảnh: KIM XUÂN`, `Theo TTXVN`, a bare
    /// byline `KIM XUÂN` or a caption's credit alone (`(Ảnh: Hà Phong).`,
    /// as [`Block::credits`](crate::Block::credits) writes it), borrowing
    /// from `text`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidCredit`] when `text` is no credit, or holds several
    /// (`Bài: A - Ảnh: B`; read those with [`Credit::parse_line`]).
    ///
    /// ```
    /// use vn_article::{Credit, Role};
    /// let c: Credit = "Tin, ảnh: KIM XUÂN".parse()?;
    /// assert_eq!(c.roles, [Role::News, Role::Photo]);
    /// assert_eq!(c.names, ["KIM XUÂN"]);
    /// let c: Credit = "(Ảnh: Hà Phong).".parse()?;
    /// assert_eq!(c.roles, [Role::Photo]);
    /// assert_eq!(c.names, ["Hà Phong"]);
    /// # Ok::<(), vn_article::Error>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Credit<'a>, Error> {
        let mut credits = Credit::parse_line(text)?;
        if credits.len() > 1 {
            let at = credits.get(1).map_or(0, |c| c.text.span.start);
            return Err(Error::at(
                ErrorKind::InvalidCredit,
                Detail::SeveralCredits {
                    count: credits.len(),
                }
                .to_string(),
                text,
                at,
            ));
        }
        credits.pop().ok_or_else(|| {
            Error::at(
                ErrorKind::InvalidCredit,
                Detail::NoCredit.to_string(),
                text,
                0,
            )
        })
    }

    /// Parses a credit line, which may hold several credits:
    /// `Bài: A - Ảnh: B` gives two, `MAI ANH (Theo Reuters)` an author and a
    /// source. Text not in NFC is read composed, as by [`Dateline::parse`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidCredit`] when `text` is no credit line.
    ///
    /// ```
    /// use vn_article::{Credit, Role};
    /// let credits = Credit::parse_line("Bài: MINH HẢI - Ảnh: THU TRANG")?;
    /// assert_eq!(credits[0].roles, [Role::Article]);
    /// assert_eq!(credits[1].names, ["THU TRANG"]);
    /// # Ok::<(), vn_article::Error>(())
    /// ```
    pub fn parse_line(text: &'a str) -> Result<Vec<Credit<'a>>, Error> {
        let owned =
            |credits: Vec<Credit<'_>>| credits.into_iter().map(Credit::into_owned).collect();
        if let Some(Ok(found)) = composed(text).map(|nfc| Credit::parse_line_nfc(&nfc).map(owned)) {
            return Ok(found);
        }
        Self::parse_line_nfc(text)
    }

    /// [`Credit::parse_line`] of text as it is.
    fn parse_line_nfc(text: &'a str) -> Result<Vec<Credit<'a>>, Error> {
        let t = trim(text);
        let at = crate::parse::common::offset_in(text, t);
        // A caption's credit alone, as `Block::credits` writes it (`(Ảnh:
        // Hà Phong).`, `Ảnh do nhà trường cung cấp`).
        let caption_credit = || match crate::parse::credit::caption_or_photo(t) {
            Some((None | Some(0), c)) => Some(vec![c]),
            _ => None,
        };
        let Some(raw) = credit_line(t, Place::End).or_else(caption_credit) else {
            // A label with no name after it: the error where the name
            // should be.
            let (detail, at) = match crate::parse::credit::names_missing_at(t) {
                Some(k) => (Detail::NoCreditNames, at + k),
                None => (Detail::NoCredit, at),
            };
            return Err(Error::at(
                ErrorKind::InvalidCredit,
                detail.to_string(),
                text,
                at,
            ));
        };
        Ok(raw.into_iter().map(|c| c.placed_in(text)).collect())
    }
}

impl FromStr for Credit<'static> {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Credit::parse(s).map(Credit::into_owned)
    }
}
