//! Dumps of many articles: split where each article opens with its dateline
//! after a blank line, from a string ([`ParseMany`]) or from a reader too
//! large to hold ([`ReadMany`]).

use std::borrow::Cow;
use std::io::{BufRead, Read};

use crate::error::{Error, ErrorKind};
use crate::model::Article;
use crate::normalize::{normalize, trim};
use crate::parse::article::parse_range;
use crate::parse::common::raw_lines;
use crate::parse::dateline;
use crate::pieces::too_large;
use crate::MAX_INPUT_LEN;

/// Tells, a line at a time, where the articles of a dump start: at a line
/// that is a dateline, after a blank line, once the current article has a
/// header and a title (so a section line above its own dateline stays with
/// the article). A breadcrumb (`THỜI SỰ > Cần Thơ`) standing alone above the
/// dateline opens the article with it.
#[derive(Debug, Default, Clone)]
pub(crate) struct Splitter {
    seen_content: usize,
    prev_blank: bool,
    /// The last non-blank line was a breadcrumb after a blank line.
    prev_breadcrumb: bool,
}

/// Where a line puts the start of a new article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Split {
    /// The line belongs to the current article.
    No,
    /// The line opens the next article.
    Here,
    /// The last non-blank line (a breadcrumb) opens the next article.
    AtPreviousLine,
}

impl Splitter {
    /// Feeds `line` in; where it puts the next article's start.
    pub(crate) fn feed(&mut self, line: &str) -> Split {
        let line = trim(line);
        if line.is_empty() {
            self.prev_blank = true;
            return Split::No;
        }
        let is_dateline = self.prev_blank && dateline::find(line).is_some_and(|f| f.head.is_none());
        let split = if is_dateline && self.prev_breadcrumb && self.seen_content >= 3 {
            Split::AtPreviousLine
        } else if is_dateline && self.seen_content >= 2 {
            Split::Here
        } else {
            Split::No
        };
        self.seen_content = match split {
            Split::No => self.seen_content + 1,
            Split::Here => 1,
            Split::AtPreviousLine => 2,
        };
        self.prev_breadcrumb = self.prev_blank && line.contains('>');
        self.prev_blank = false;
        split
    }
}

/// The iterator of [`crate::parse_many`]: one article at a time.
#[derive(Debug)]
pub struct ParseMany<'a> {
    text: Cow<'a, str>,
    pos: usize,
    /// The line `pos` is on, from 1.
    line: usize,
}

impl<'a> ParseMany<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        ParseMany {
            text: normalize(text),
            pos: 0,
            line: 1,
        }
    }
}

impl<'a> Iterator for ParseMany<'a> {
    type Item = Result<Article<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let text: &str = &self.text;
        let start = self.pos;
        if trim(text.get(start..)?).is_empty() {
            self.pos = text.len();
            return None;
        }
        let mut splitter = Splitter::default();
        let mut prev_content = start;
        let mut end = text.len();
        for (s, e) in raw_lines(text, start, text.len()) {
            let line = text.get(s..e).unwrap_or_default();
            match splitter.feed(line) {
                Split::Here => {
                    end = s;
                    break;
                }
                Split::AtPreviousLine => {
                    end = prev_content;
                    break;
                }
                Split::No if !trim(line).is_empty() => prev_content = s,
                Split::No => {}
            }
        }
        let first_line = self.line;
        self.line += raw_lines(text, start, end).count();
        self.pos = end;
        if end - start > MAX_INPUT_LEN {
            return Some(Err(too_large(end - start, start)));
        }
        Some(match &self.text {
            Cow::Borrowed(t) => parse_range(t, start, end, first_line),
            Cow::Owned(t) => parse_range(t, start, end, first_line).map(Article::into_owned),
        })
    }
}

/// The iterator of [`crate::read_many`]: reads a dump line by line and
/// yields each article, owned, as soon as the next one opens. It holds one
/// article at a time, so a dump may be larger than memory.
///
/// Each article's spans are byte ranges in its own normalized text (what
/// [`Article::rebuild`] gives); its diagnostics' lines count from the start of
/// the stream.
#[derive(Debug)]
pub struct ReadMany<R> {
    reader: R,
    splitter: Splitter,
    /// The current article's text so far.
    buf: Vec<u8>,
    /// A line read that opens the next article.
    pending: Option<Vec<u8>>,
    /// Byte offset in the stream of `buf`'s start.
    offset: u64,
    /// Line in the stream of `buf`'s start, from 1.
    line: usize,
    /// Lines in `buf`.
    buf_lines: usize,
    /// Where in `buf` its last non-blank line starts, and the lines before it.
    last_content: (usize, usize),
    /// Bytes read past `buf` that belong to the line being read.
    segment: Vec<u8>,
    done: bool,
}

impl<R: BufRead> ReadMany<R> {
    pub(crate) fn new(reader: R) -> Self {
        ReadMany {
            reader,
            splitter: Splitter::default(),
            buf: Vec::new(),
            pending: None,
            offset: 0,
            line: 1,
            buf_lines: 0,
            last_content: (0, 0),
            segment: Vec::new(),
            done: false,
        }
    }

    /// The next line with its line end (`\n`, `\r\n` or a lone `\r`), or
    /// `None` at the end of the stream.
    fn read_line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        if self.segment.is_empty() {
            let limit = MAX_INPUT_LEN as u64 + 1;
            let mut seg = Vec::new();
            (&mut self.reader).take(limit).read_until(b'\n', &mut seg)?;
            if seg.is_empty() {
                return Ok(None);
            }
            self.segment = seg;
        }
        // A lone `\r` ends a line too.
        let cut = self
            .segment
            .iter()
            .enumerate()
            .find(|&(i, &b)| {
                b == b'\r' && self.segment.get(i + 1) != Some(&b'\n') && i + 1 < self.segment.len()
            })
            .map(|(i, _)| i + 1);
        Ok(Some(match cut {
            Some(at) => {
                let rest = self.segment.split_off(at);
                std::mem::replace(&mut self.segment, rest)
            }
            None => std::mem::take(&mut self.segment),
        }))
    }

    /// Parses the article in `buf` and starts the next one.
    fn flush(&mut self) -> Option<Result<Article<'static>, Error>> {
        let bytes = std::mem::take(&mut self.buf);
        let (offset, first_line) = (self.offset, self.line);
        self.offset += bytes.len() as u64;
        self.line += self.buf_lines;
        self.buf_lines = 0;
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return None;
        }
        let base = usize::try_from(offset).unwrap_or(usize::MAX);
        if bytes.len() > MAX_INPUT_LEN {
            return Some(Err(too_large(bytes.len(), base)));
        }
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                let err = crate::pieces::utf8_error(&bytes, &e);
                return Some(Err(Error::with_position(
                    err.kind(),
                    err.message().to_string(),
                    base + err.offset(),
                    first_line + err.line() - 1,
                    err.column(),
                )));
            }
        };
        let nfc = normalize(text);
        Some(parse_range(&nfc, 0, nfc.len(), first_line).map(Article::into_owned))
    }
}

impl<R: BufRead> Iterator for ReadMany<R> {
    type Item = Result<Article<'static>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            let line = match self.pending.take() {
                Some(l) => l,
                None => match self.read_line() {
                    Ok(Some(l)) => l,
                    Ok(None) => {
                        self.done = true;
                        return self.flush();
                    }
                    Err(e) => {
                        self.done = true;
                        let at =
                            usize::try_from(self.offset).unwrap_or(usize::MAX) + self.buf.len();
                        return Some(Err(Error::with_position(
                            ErrorKind::Io,
                            format!("cannot read: {e}"),
                            at,
                            self.line + self.buf_lines,
                            1,
                        )));
                    }
                },
            };
            // A line that is no UTF-8 still counts as content; datelines are
            // recognized in NFC, as in the parser.
            let split = self
                .splitter
                .feed(&normalize(&String::from_utf8_lossy(&line)));
            match split {
                Split::Here if !self.buf.is_empty() => {
                    self.pending = Some(line);
                    if let Some(article) = self.flush() {
                        return Some(article);
                    }
                    continue;
                }
                Split::AtPreviousLine => {
                    // The breadcrumb and what follows it open the next article.
                    let (at, lines_before) = self.last_content;
                    let mut next = self.buf.split_off(at.min(self.buf.len()));
                    let moved_lines = self.buf_lines - lines_before;
                    self.buf_lines = lines_before;
                    let article = self.flush();
                    next.extend_from_slice(&line);
                    self.buf = next;
                    self.buf_lines = moved_lines + 1;
                    self.last_content = (0, 0);
                    if let Some(article) = article {
                        return Some(article);
                    }
                    continue;
                }
                _ => {}
            }
            if !trim(&String::from_utf8_lossy(&line)).is_empty() {
                self.last_content = (self.buf.len(), self.buf_lines);
            }
            if self.buf.len() <= MAX_INPUT_LEN {
                self.buf.extend_from_slice(&line);
            }
            self.buf_lines += 1;
        }
    }
}
