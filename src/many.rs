//! Dumps of many articles: split where each article opens with its dateline
//! after a blank line, from a string ([`ParseMany`]) or from a reader too
//! large to hold ([`ReadMany`]).

use std::borrow::Cow;
use std::io::{BufRead, Read};

use crate::error::{Error, ErrorKind};
use crate::model::Article;
use crate::normalize::{normalize, trim};
use crate::parse::article::parse_range;
use crate::parse::article::{furniture, is_breadcrumb, is_end_mark, is_paragraph, Furniture};
use crate::parse::common::{has_digit, raw_lines};
use crate::parse::credit::{credit_line, Place};
use crate::parse::dateline;
use crate::pieces::too_large;
use crate::MAX_INPUT_LEN;

/// Tells, a line at a time, where the articles of a dump start: at a line
/// that is a dateline, after a blank line, once the current article has a
/// header, a title and a paragraph (so a section line, a title or a byline
/// above its own dateline stays with the article), and when the article before it has ended (its last line is
/// a credit, page furniture or the end mark) or the dateline is written the
/// way the dump's first one is. Datelines of teasers listed under an article
/// (`10:15 17/12/2025` under `Thứ ba, 23/12/2025 09:02 (GMT+7)`) stay in it.
/// A breadcrumb (`THỜI SỰ > Cần Thơ`) standing alone above the dateline
/// opens the article with it.
#[derive(Debug, Default, Clone)]
pub(crate) struct Splitter {
    seen_content: usize,
    prev_blank: bool,
    /// The last non-blank line was a breadcrumb after a blank line.
    prev_breadcrumb: bool,
    /// How many paragraphs the article so far holds (up to 255): until it
    /// holds one, a dateline is its own (pages print bylines and datelines
    /// in any order above the lead), never the next article's.
    paragraphs: u8,
    /// The last non-blank line, when short enough to be a credit.
    last_content: String,
    /// How the dump's first dateline is written.
    first_shape: Option<String>,
}

/// Whether `line` may open with a dateline: a digit, or the first letter of
/// a weekday (`Thứ`, `T4`, `Chủ nhật`, `CN`), of `ngày` or of a label
/// (`Cập nhật`, `Ngày đăng`, `Đăng lúc`, `Xuất bản`, `Thời gian`, `Lúc`).
fn may_open_dateline(line: &str) -> bool {
    match line.chars().next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) => matches!(
            c.to_lowercase().next(),
            Some('t' | 'c' | 'n' | 'đ' | 'x' | 'l')
        ),
        None => false,
    }
}

/// The longest line kept to be weighed as a credit, in bytes.
const MAX_CREDIT_LINE: usize = 240;

/// How a dateline is written: digit runs as `9`, letter runs as `a`, white
/// space as one space, other characters as they are. `Thứ ba, 23/12/2025
/// 09:02 (GMT+7)` gives `a a, 9/9/9 9:9 (a+9)`.
fn shape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let class = if c.is_ascii_digit() {
            '9'
        } else if c.is_alphabetic() {
            'a'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        };
        if !(matches!(class, '9' | 'a' | ' ') && out.ends_with(class)) {
            out.push(class);
        }
    }
    out
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
        // A dump separates its articles with blank lines; a dateline right
        // after a credit line (files joined as they are) opens one too.
        // Whether the article so far has ended is weighed at most once a
        // line, and only for a line that may be a dateline.
        let mut ended = None;
        let mut has_ended = |s: &Self| *ended.get_or_insert_with(|| s.ended());
        // The line is only normalized when it may be a dateline.
        // Every dateline holds a digit (normalizing keeps ASCII digits).
        let candidate = self.seen_content >= 2
            && self.paragraphs > 0
            && may_open_dateline(line)
            && has_digit(line.as_bytes())
            && (self.prev_blank || has_ended(self));
        let nfc = if candidate || self.first_shape.is_none() {
            normalize(line)
        } else {
            Cow::Borrowed(line)
        };
        let found = if candidate {
            dateline::find(&nfc).filter(|f| f.head.is_none())
        } else {
            None
        };
        if self.first_shape.is_none() && self.seen_content == 0 {
            // The dump's first line: its dateline, if any, sets the shape.
            self.first_shape = Some(
                dateline::find(&nfc)
                    .map(|f| shape(f.text))
                    .unwrap_or_default(),
            );
        }
        // An ended article opens the next at a dateline once it holds two
        // paragraphs (a sapo, a byline and its date may stand above the
        // body); a dateline written as the dump's first opens one at once.
        let opens = found.is_some_and(|f| {
            (self.paragraphs >= 2 && has_ended(self))
                || self
                    .first_shape
                    .as_deref()
                    .is_some_and(|s| !s.is_empty() && s == shape(f.text))
        });
        let split = if opens && self.prev_breadcrumb && self.seen_content >= 3 {
            Split::AtPreviousLine
        } else if opens {
            Split::Here
        } else {
            Split::No
        };
        self.last_content.clear();
        if line.len() <= MAX_CREDIT_LINE {
            self.last_content.push_str(line);
        }
        self.seen_content = match split {
            Split::No => self.seen_content + 1,
            Split::Here => 1,
            Split::AtPreviousLine => 2,
        };
        self.paragraphs = match split {
            Split::No => self.paragraphs.saturating_add(u8::from(is_paragraph(line))),
            Split::Here | Split::AtPreviousLine => 0,
        };
        self.prev_breadcrumb = self.prev_blank && is_breadcrumb(line);
        self.prev_blank = false;
        split
    }

    /// Whether the article so far has ended: its last line is a credit, page
    /// furniture or the end mark.
    fn ended(&self) -> bool {
        let last = normalize(self.last_content.as_str());
        let last = last.as_ref();
        !last.is_empty()
            && (furniture(last).is_some_and(Furniture::closes)
                || is_end_mark(last)
                || credit_line(last, Place::End).is_some())
    }
}

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
    pos: usize,
    /// Where `pos` falls in the normalized dump.
    normalized_pos: usize,
    /// The line `pos` is on, from 1.
    line: usize,
    /// Where the lines not yet fed to `splitter` start.
    resume: usize,
    /// Where the last non-blank line fed starts.
    prev_content: usize,
    splitter: Splitter,
}

impl<'a> ParseMany<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        ParseMany {
            text,
            pos: 0,
            normalized_pos: 0,
            line: 1,
            resume: 0,
            prev_content: 0,
            splitter: Splitter::default(),
        }
    }
}

impl<'a> Iterator for ParseMany<'a> {
    type Item = Result<Article<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let start = self.pos;
        // Nothing but white space left (found without walking a long tail).
        if !text
            .get(start..)?
            .contains(|c: char| !crate::normalize::is_space(c))
        {
            self.pos = text.len();
            return None;
        }
        // The splitter goes on where it stopped: the line that opened this
        // article has been fed already.
        let mut end = text.len();
        let mut resume = text.len();
        let mut lines = raw_lines(text, self.resume.max(start), text.len()).peekable();
        while let Some((s, e)) = lines.next() {
            let line = text.get(s..e).unwrap_or_default();
            let split = self.splitter.feed(line);
            if split != Split::No {
                end = if split == Split::Here {
                    s
                } else {
                    self.prev_content
                };
                resume = lines.peek().map_or(text.len(), |&(next, _)| next);
                if !trim(line).is_empty() {
                    self.prev_content = s;
                }
                break;
            }
            if !trim(line).is_empty() {
                self.prev_content = s;
            }
        }
        self.resume = resume;
        let first_line = self.line;
        self.line += raw_lines(text, start, end).count();
        self.pos = end;
        if end - start > MAX_INPUT_LEN {
            return Some(Err(too_large(end - start, self.normalized_pos)));
        }
        let chunk = text.get(start..end).unwrap_or_default();
        let at = self.normalized_pos;
        Some(match normalize(chunk) {
            Cow::Borrowed(_) => {
                self.normalized_pos += chunk.len();
                let delta = at as isize - start as isize;
                parse_range(text, start, end, first_line)
                    .map(|mut a| {
                        a.shift_spans(delta);
                        a
                    })
                    .map_err(|e| e.shifted(delta))
            }
            Cow::Owned(nfc) => {
                self.normalized_pos += nfc.len();
                parse_range(&nfc, 0, nfc.len(), first_line)
                    .map(|a| {
                        let mut a = a.into_owned();
                        a.shift_spans(at as isize);
                        a
                    })
                    .map_err(|e| e.shifted(at as isize))
            }
        })
    }
}

/// The iterator of [`crate::read_many`]: reads a dump line by line and
/// yields each article, owned, as soon as the next one opens. It holds one
/// article at a time, so a dump may be larger than memory.
///
/// Spans are byte ranges in the normalized stream, and diagnostics' lines
/// count from its start, as for [`crate::parse_many`]; an error's offset is
/// that of the raw bytes.
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
    /// Where `buf`'s start falls in the normalized stream.
    normalized_offset: usize,
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
            normalized_offset: 0,
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
        // White space only (in the parser's sense, as for `parse_many`).
        let blank = std::str::from_utf8(&bytes)
            .is_ok_and(|t| !t.contains(|c: char| !crate::normalize::is_space(c)));
        if blank {
            self.normalized_offset += bytes.len();
            return None;
        }
        let base = usize::try_from(offset).unwrap_or(usize::MAX);
        if bytes.len() > MAX_INPUT_LEN {
            return Some(Err(too_large(bytes.len(), base)));
        }
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                self.normalized_offset += bytes.len();
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
        let at = self.normalized_offset;
        self.normalized_offset += nfc.len();
        // Errors point into the raw stream, articles into the normalized one.
        Some(
            parse_range(&nfc, 0, nfc.len(), first_line)
                .map(|a| {
                    let mut a = a.into_owned();
                    a.shift_spans(at as isize);
                    a
                })
                .map_err(|e| e.shifted(base as isize)),
        )
    }
}

impl<R: BufRead> Iterator for ReadMany<R> {
    type Item = Result<Article<'static>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            // A pending line opened this article and was fed already.
            let fed = self.pending.is_some();
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
            // A line that is no UTF-8 still counts as content.
            let split = if fed {
                Split::No
            } else {
                self.splitter.feed(&String::from_utf8_lossy(&line))
            };
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
