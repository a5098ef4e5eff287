//! The readers over the splitter: [`ParseMany`] and [`SplitMany`] over a
//! string, [`DumpPiece`] for one article found, [`ReadMany`] over any
//! `BufRead`.

use super::*;

/// The iterator of [`crate::parse_many`]: one article at a time.
///
/// The dump is not normalized as a whole: each article is, when it is
/// reached, so that beyond the input only one article is held at a time.
/// Spans are byte ranges in the normalized dump all the same (NFC does not
/// change across line ends, so the normalized dump is the normalized
/// articles one after the other).
#[derive(Debug)]
pub struct ParseMany<'a> {
    text: &'a str,
    cutter: Cutter,
    /// Where the next article starts in the normalized dump.
    normalized_pos: usize,
}

impl<'a> ParseMany<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        ParseMany {
            text,
            cutter: Cutter::default(),
            normalized_pos: 0,
        }
    }
}

impl<'a> Iterator for ParseMany<'a> {
    type Item = Result<Article<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        loop {
            let piece = self.cutter.next(text, 0, true)?;
            let at = self.normalized_pos;
            let len = piece.end - piece.start;
            if piece.blank {
                self.normalized_pos += len;
                continue;
            }
            if len > MAX_INPUT_LEN {
                self.normalized_pos += len;
                return Some(Err(too_large(len, at)));
            }
            let (article, normalized_len) =
                parse_piece(text, (piece.start, piece.end), at, piece.line, at);
            self.normalized_pos += normalized_len;
            return Some(article);
        }
    }
}

/// The iterator of [`crate::split_many`]: the articles of a dump, found but
/// not parsed.
#[derive(Debug)]
pub struct SplitMany<'a> {
    text: &'a str,
    cutter: Cutter,
    /// Where the next article starts in the normalized dump.
    normalized_pos: usize,
}

impl<'a> SplitMany<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        SplitMany {
            text,
            cutter: Cutter::default(),
            normalized_pos: 0,
        }
    }
}

impl<'a> Iterator for SplitMany<'a> {
    type Item = DumpPiece<'a>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let piece = self.cutter.next(self.text, 0, true)?;
            let text = self.text.get(piece.start..piece.end).unwrap_or_default();
            let at = self.normalized_pos;
            self.normalized_pos += if text.len() > MAX_INPUT_LEN {
                text.len()
            } else {
                normalize(text).len()
            };
            if !piece.blank {
                return Some(DumpPiece {
                    dump: self.text,
                    piece,
                    normalized_offset: at,
                });
            }
        }
    }
}

/// One article of a dump, as [`crate::split_many`] found it: its text and
/// where it stands. [`DumpPiece::parse`] gives exactly the article (or the
/// error) [`crate::parse_many`] gives for it, on whatever thread it runs.
#[derive(Debug, Clone, Copy)]
pub struct DumpPiece<'a> {
    dump: &'a str,
    piece: Piece,
    normalized_offset: usize,
}

impl<'a> DumpPiece<'a> {
    /// The article's text, as it stands in the dump (not normalized).
    pub fn text(&self) -> &'a str {
        self.dump
            .get(self.piece.start..self.piece.end)
            .unwrap_or_default()
    }

    /// The byte offset of the article in the dump, from 0.
    pub fn offset(&self) -> usize {
        self.piece.start
    }

    /// The line the article starts on in the dump, from 1.
    pub fn line(&self) -> usize {
        self.piece.line
    }

    /// Parses the article: spans are byte ranges in the whole normalized
    /// dump, lines count from the dump's start, as for
    /// [`crate::parse_many`].
    ///
    /// # Errors
    ///
    /// The error [`crate::parse_many`] gives for this article: no title,
    /// too large, too many pieces.
    pub fn parse(&self) -> Result<Article<'a>, Error> {
        let at = self.normalized_offset;
        let len = self.piece.end - self.piece.start;
        if len > MAX_INPUT_LEN {
            return Err(too_large(len, at));
        }
        parse_piece(
            self.dump,
            (self.piece.start, self.piece.end),
            at,
            self.piece.line,
            at,
        )
        .0
    }
}

/// The iterator of [`crate::read_many`]: reads a dump a buffer at a time
/// and yields each article, owned, once the next one is known to hold a
/// paragraph (see [`crate::parse_many`]). It holds two articles at a time
/// (and the line being read), so a dump may be larger than memory.
///
/// Spans are byte ranges in the normalized stream, and diagnostics' lines
/// count from its start, as for [`crate::parse_many`]; an error's offset is
/// that of the raw bytes.
#[derive(Debug)]
pub struct ReadMany<R> {
    reader: R,
    cutter: Cutter,
    /// The stream's bytes from offset `base` on; those before `buf[head]`
    /// are no longer needed, and are let go when reading more.
    buf: Vec<u8>,
    base: usize,
    head: usize,
    /// Where the next article starts in the normalized stream.
    normalized_pos: usize,
    eof: bool,
    done: bool,
    /// What is given next, read before its turn: the article held when the
    /// next grew past the limit, or the error that ended the stream after
    /// the article before it.
    ready: Option<Result<Article<'static>, Error>>,
}

impl<R: BufRead> ReadMany<R> {
    pub(crate) fn new(reader: R) -> Self {
        ReadMany {
            reader,
            cutter: Cutter::default(),
            buf: Vec::new(),
            base: 0,
            head: 0,
            normalized_pos: 0,
            eof: false,
            done: false,
            ready: None,
        }
    }

    /// The article `piece`, parsed (`None` for white space alone); its bytes
    /// are let go.
    fn article(&mut self, piece: Piece) -> Option<Result<Article<'static>, Error>> {
        let len = piece.end - piece.start;
        let at = self.normalized_pos;
        // An article past the limit may have had its bytes let go as they
        // were read (see `fill`).
        let result = match piece.start.checked_sub(self.base) {
            _ if piece.blank => {
                self.normalized_pos += len;
                None
            }
            // The piece runs to the end of what was read: the buffer itself
            // becomes the article's text, and its longest field keeps it.
            Some(from) if len <= MAX_INPUT_LEN && from + len == self.buf.len() => {
                let mut bytes = std::mem::take(&mut self.buf);
                bytes.drain(..from);
                self.base += from + len;
                self.head = 0;
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        let (article, normalized_len) =
                            parse_piece(&text, (0, len), at, piece.line, piece.start);
                        self.normalized_pos += normalized_len;
                        Some(article.map(|a| owned_in(a, &text)).map(|(mut a, keep)| {
                            if let Some((field, range)) = keep {
                                a.fill(field, slice_in_place(text, range));
                            }
                            a
                        }))
                    }
                    Err(e) => {
                        self.normalized_pos += len;
                        Some(Err(utf8_error_at(e.as_bytes(), &e.utf8_error(), &piece)))
                    }
                }
            }
            Some(from) if len <= MAX_INPUT_LEN => {
                let bytes = self.buf.get(from..from + len).unwrap_or_default();
                match std::str::from_utf8(bytes) {
                    Ok(text) => {
                        let (article, normalized_len) =
                            parse_piece(text, (0, len), at, piece.line, piece.start);
                        self.normalized_pos += normalized_len;
                        Some(article.map(Article::into_owned))
                    }
                    Err(e) => {
                        self.normalized_pos += len;
                        Some(Err(utf8_error_at(bytes, &e, &piece)))
                    }
                }
            }
            _ => {
                self.normalized_pos += len;
                Some(Err(too_large(len, piece.start)))
            }
        };
        // The next article starts at the piece's end.
        self.let_go(piece.end);
        result
    }

    /// Marks the bytes before stream offset `to` as no longer needed.
    fn let_go(&mut self, to: usize) {
        self.head = self
            .head
            .max(to.saturating_sub(self.base))
            .min(self.buf.len());
    }

    /// Drops the bytes no longer needed when they are at least half the
    /// buffer: each byte is moved at most once on average, however the
    /// reader cuts the stream.
    fn compact(&mut self) {
        if self.head > 0 && self.head >= self.buf.len() / 2 {
            self.buf.drain(..self.head);
            self.base += self.head;
            self.head = 0;
        }
    }

    /// Reads the next buffer of the stream; an I/O error ends it.
    fn fill(&mut self) -> Result<(), Error> {
        self.compact();
        loop {
            match self.reader.fill_buf() {
                Ok([]) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(bytes) => {
                    let n = bytes.len();
                    self.buf.extend_from_slice(bytes);
                    self.reader.consume(n);
                    break;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // At the end of what was read: on the line the cutter
                    // has not finished, after its characters (a `\r` last
                    // ended it).
                    let rest = self
                        .buf
                        .get(self.cutter.pos.saturating_sub(self.base)..)
                        .unwrap_or_default();
                    let (line, column) = match rest.strip_suffix(b"\r") {
                        Some(_) => (self.cutter.lines + 2, 1),
                        None => (
                            self.cutter.lines + 1,
                            String::from_utf8_lossy(rest).chars().count() + 1,
                        ),
                    };
                    let message = Detail::CannotRead { io: &e }.to_string();
                    return Err(Error::with_position(
                        ErrorKind::Io,
                        message,
                        self.base + self.buf.len(),
                        line,
                        column,
                    )
                    .caused_by(e));
                }
            }
        }
        // An article past the limit is an error whatever follows: its bytes
        // are let go, up to what the cutter may still read.
        let needed = self.cutter.needed_from();
        if needed - self.cutter.start > MAX_INPUT_LEN {
            // The article cut before it, held until the next was known, is
            // read now: its bytes go before this one's.
            if let Some(piece) = self.cutter.take_held() {
                self.ready = self.article(piece);
            }
            self.let_go(needed);
            self.compact();
        }
        Ok(())
    }
}

impl<R: BufRead> Iterator for ReadMany<R> {
    type Item = Result<Article<'static>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(article) = self.ready.take() {
                return Some(article);
            }
            if self.done {
                return None;
            }
            if let Some(piece) = self.cutter.next(self.buf.as_slice(), self.base, self.eof) {
                match self.article(piece) {
                    Some(article) => return Some(article),
                    None => continue,
                }
            }
            if self.eof {
                self.done = true;
                return None;
            }
            if let Err(e) = self.fill() {
                self.done = true;
                self.ready = Some(Err(e));
                // The article cut last, held until the next was known, comes
                // before the error.
                if let Some(article) = self.cutter.take_held().and_then(|p| self.article(p)) {
                    return Some(article);
                }
            }
        }
    }
}

/// The error of the invalid UTF-8 `e` in `bytes`, the text of `piece`,
/// placed in the stream.
fn utf8_error_at(bytes: &[u8], e: &std::str::Utf8Error, piece: &Piece) -> Error {
    let err = crate::entry::utf8_error(bytes, e);
    Error::with_position(
        err.kind(),
        err.message().to_string(),
        piece.start + err.offset(),
        piece.line + err.line() - 1,
        err.column(),
    )
}

/// `article`, read from `text`, owned: its longest field borrowed from
/// `text`, when it holds half of `text`'s buffer or more (a kept article
/// must not hold a buffer much larger than itself), is left empty and
/// returned with its range, for the caller to fill from `text`'s own buffer
/// rather than copy it.
fn owned_in(
    article: Article<'_>,
    text: &String,
) -> (
    Article<'static>,
    Option<(crate::model::Field, std::ops::Range<usize>)>,
) {
    match article
        .longest_borrowed(text)
        .filter(|(_, range)| range.len() >= text.capacity() / 2)
    {
        Some((field, range)) => (article.into_owned_but(field), Some((field, range))),
        None => (article.into_owned(), None),
    }
}

/// The bytes `range` of `text`, in `text`'s own buffer: no copy beyond
/// moving them to its start.
fn slice_in_place(mut text: String, range: std::ops::Range<usize>) -> String {
    text.truncate(range.end);
    text.drain(..range.start.min(range.end));
    text
}
