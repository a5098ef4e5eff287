//! Dumps of many articles: split where each article opens with its dateline
//! after a blank line, or at a rule or a form feed between two articles,
//! from a string ([`ParseMany`]) or from a reader too large to hold
//! ([`ReadMany`]).

use std::borrow::Cow;
use std::io::BufRead;

use crate::entry::too_large;
use crate::error::{Detail, Error, ErrorKind};
use crate::model::Article;
use crate::normalize::{normalize, trim, trim_bytes};
use crate::parse::article::parse_range;
use crate::parse::article::{
    furniture, is_breadcrumb, is_closed_paragraph_bytes, is_end_mark, is_paragraph_bytes, is_rule,
    may_open_markup, without_markup, Furniture,
};
use crate::parse::common::{has_digit, word_count};
use crate::parse::credit::{credit_line, Place};
use crate::parse::dateline;
use crate::MAX_INPUT_LEN;

mod readers;
mod splitter;
mod weigh;

pub use readers::*;
use splitter::is_paragraph_line;
pub(crate) use splitter::Splitter;
use weigh::*;

/// How a line separates a dump's articles whatever stands around it: a
/// rule of one mark drawn three times or more alone on its line (`=====`,
/// `-----`, `_____`, `~~~~~`, `#####`, spaces between the marks allowed),
/// a file's name as `tail` and `head` print it between files (`==>
/// bai-01.txt <==`), or a form feed (a page break) wherever it stands. Rules of `*` (`***`,
/// `* * *`) break an article's sections and separate nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Separator {
    /// A rule or a file's name: the next article opens with it (in its
    /// header) when a non-blank line follows it.
    Rule,
    /// A form feed: the next article opens at this offset of the line,
    /// right after the last form feed on it.
    FormFeed(usize),
}

/// The form feed, a page break: one between two articles separates them.
const FORM_FEED: u8 = 0x0C;

/// How the line `raw` (`line` trimmed) separates articles, if it does (see
/// [`Separator`]).
pub(crate) fn separator(raw: &[u8], line: &[u8]) -> Option<Separator> {
    if crate::vocab::is_separator_line(line) {
        return Some(Separator::Rule);
    }
    memchr::memrchr(FORM_FEED, raw).map(|feed| Separator::FormFeed(feed + 1))
}

/// Where a line puts the start of a new article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Split {
    /// The line belongs to the current article.
    No,
    /// The line opens the next article.
    Here,
    /// The `k`-th non-blank line before it (from 1, at most [`RECENT`])
    /// opens the next article: a breadcrumb, or the header printed above
    /// the dateline (section, title, byline).
    AtLine(usize),
    /// The line opens the next article, not the line that last asked to
    /// (a date stamp printed last in the article before, a blank line
    /// between them).
    Instead,
    /// As [`Split::AtLine`], if the next non-blank line opens with a
    /// source marker (`SKĐS - ...`): a page's header over its date after
    /// a paragraph or a credit, which a teaser's headline over its date
    /// looks like.
    AtLineIf(usize),
    /// The line opens with no source marker: the split the dateline
    /// asked for ([`Split::AtLineIf`]) is not made; with `true`, the
    /// dateline (under a credit) opens the next article instead.
    Cancel(bool),
    /// The line is a headline between the dateline and the lead: the split
    /// the dateline asked for waits for the line after it.
    Wait,
}

/// The most non-blank lines before a dateline the splitter may look back
/// at: a header above it of up to [`MAX_BLOCK_HEADER`] lines, and the line
/// that ended the article before.
pub(crate) const RECENT: usize = MAX_BLOCK_HEADER + 1;

/// The most lines above its dateline of a page printed without blank
/// lines in a dump whose first page holds them (a site's menu a label a
/// line, the section, the title, a byline).
const MAX_BLOCK_HEADER: usize = 12;

/// The most lines of a header printed above its dateline (`Văn hóa` /
/// title / byline / dateline).
const MAX_HEADER_RUN: usize = 4;

/// What closes a sentence, not a headline: a line of a page's header
/// ends in none of them.
const SENTENCE_CLOSES: [char; 4] = ['.', ':', ';', '\u{2026}'];

/// The fewest lines an article keeps when a header under them opens the
/// next: a title and a paragraph.
const MIN_ARTICLE_LINES: usize = 2;

/// The most words of a topic's tag under another article's headline.
const MAX_TAG_WORDS: usize = 3;

/// The fewest lines of a block that make a dump one of blocks (a page
/// printed without blank lines inside: a title, its date and a paragraph).
const MIN_COMPACT_BLOCK: usize = 3;

/// The fewest lines of a header over a dateline written unlike the
/// dump's that open an article (a section and the title): one line is a
/// teaser's headline over its date.
const MIN_PAGE_HEADER_RUN: usize = 2;

/// Where the cutter reads lines from: a string (lines are slices of it) or
/// bytes from a reader (lines are checked as UTF-8, and read with U+FFFD
/// for what is not).
pub(crate) trait Source {
    fn bytes(&self) -> &[u8];
    fn text(&self, from: usize, to: usize) -> Cow<'_, str>;
}

impl Source for str {
    fn bytes(&self) -> &[u8] {
        self.as_bytes()
    }
    fn text(&self, from: usize, to: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.get(from..to).unwrap_or_default())
    }
}

impl Source for [u8] {
    fn bytes(&self) -> &[u8] {
        self
    }
    fn text(&self, from: usize, to: usize) -> Cow<'_, str> {
        let bytes = self.get(from..to).unwrap_or_default();
        match std::str::from_utf8(bytes) {
            Ok(t) => Cow::Borrowed(t),
            Err(_) => String::from_utf8_lossy(bytes),
        }
    }
}

/// The last [`RECENT`] non-blank lines read, each one's start, end and
/// number less one, in a ring: a line read costs one slot written,
/// however many are kept.
#[derive(Debug, Default, Clone, Copy)]
struct Recent {
    lines: [Option<(usize, usize, usize)>; RECENT],
    /// The slot the next line read takes.
    next: usize,
}

impl Recent {
    fn push(&mut self, line: (usize, usize, usize)) {
        if let Some(slot) = self.lines.get_mut(self.next) {
            *slot = Some(line);
        }
        self.next = (self.next + 1) % RECENT;
    }

    /// The `k`-th line before the next one, from 0 (the latest).
    fn get(&self, k: usize) -> Option<(usize, usize, usize)> {
        if k >= RECENT {
            return None;
        }
        let at = (self.next + RECENT - 1 - k) % RECENT;
        self.lines.get(at).copied().flatten()
    }
}

/// An article of a dump: bytes `start..end` of the stream, from line `line`
/// (from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    /// Nothing but white space (in the parser's sense): no article.
    pub blank: bool,
    /// A paragraph stands among its lines (see [`Cutter::next`]).
    pub paragraph: bool,
    /// It opens after a rule or a form feed: no article before it takes it.
    pub separated: bool,
}

/// The one splitter of both readers: fed the stream's bytes as they come (a
/// string in one piece), it reads each line once, whatever its line end,
/// feeds it to the [`Splitter`] and tells where each article ends. Nothing
/// is searched twice: a line whose end has not arrived yet is searched on
/// from where the last search stopped.
#[derive(Debug, Default)]
pub(crate) struct Cutter {
    splitter: Splitter,
    /// Stream offset of the next line to read, and its number less one.
    pos: usize,
    lines: usize,
    /// Where a line end may first stand after `pos`.
    searched: usize,
    /// Where the current article starts, and its first line less one.
    start: usize,
    start_lines: usize,
    /// The last non-blank lines, the latest first: each one's start, end,
    /// and number less one (`None` before the stream's first).
    recent: Recent,
    /// The current article has a non-blank line before `pos`.
    content: bool,
    /// A cut the splitter asked for (its offset and line less one), made
    /// at the next non-blank line: a dateline last in the text (under a
    /// page's byline) opens no article.
    pending: Option<(usize, usize)>,
    /// The cut waiting in `pending` was asked for by a rule or a form feed.
    pending_separates: bool,
    /// The current article opened after a rule or a form feed.
    start_separated: bool,
    /// Where the current article's first paragraph starts, once read
    /// (each line is weighed as one only until it is).
    first_paragraph: Option<usize>,
    /// Where the dateline that asked for a split to be confirmed
    /// ([`Split::AtLineIf`]) stands, and its line less one.
    unconfirmed_at: Option<(usize, usize)>,
    /// The article cut last, given once the next one is known to hold a
    /// paragraph (or the stream ends): one with none (a box of other
    /// articles' headlines, each over its date) is the one before's.
    held: Option<Piece>,
    done: bool,
}

impl Cutter {
    /// The next article of the stream whose bytes from offset `base` on are
    /// `buf` (`eof`: the stream ends with them). `None` when more bytes are
    /// needed, or at `eof` when every article has been given. The last
    /// article may be white space alone: the callers skip it.
    ///
    /// An article cut with no paragraph (its lines headlines, dates,
    /// captions, furniture: a box of other articles' headlines each over
    /// its date, printed under a page's end) goes back to the article
    /// before it, unless a rule or a form feed parts them: each article is
    /// given once the next one is known.
    pub(crate) fn next<S: Source + ?Sized>(
        &mut self,
        source: &S,
        base: usize,
        eof: bool,
    ) -> Option<Piece> {
        loop {
            let Some(piece) = self.next_cut(source, base, eof) else {
                // Every article cut: the one held is the last.
                return if self.done { self.held.take() } else { None };
            };
            match self.held.take() {
                Some(held)
                    if !held.blank && !piece.blank && !piece.paragraph && !piece.separated =>
                {
                    self.held = Some(Piece {
                        end: piece.end,
                        ..held
                    });
                }
                Some(held) => {
                    self.held = Some(piece);
                    return Some(held);
                }
                None => self.held = Some(piece),
            }
        }
    }

    /// The article cut last and not given yet, for a stream that ends
    /// before the next is known (a reading error).
    pub(crate) fn take_held(&mut self) -> Option<Piece> {
        self.held.take()
    }

    /// The next cut of the stream (see [`Cutter::next`]), before an article
    /// without a paragraph is given back to the one before.
    fn next_cut<S: Source + ?Sized>(
        &mut self,
        source: &S,
        base: usize,
        eof: bool,
    ) -> Option<Piece> {
        let buf = source.bytes();
        loop {
            let at = self.pos.checked_sub(base)?;
            let search = self.searched.saturating_sub(base);
            let Some((end, next)) = super::parse::common::line_at(buf, at, search, eof) else {
                if eof && !self.done {
                    self.done = true;
                    return Some(self.cut(base + buf.len(), self.lines, false));
                }
                // A `\r` last may be the start of `\r\n`: searched again.
                self.searched = base + buf.len().saturating_sub(1).max(at);
                return None;
            };
            let raw = buf.get(at..end).unwrap_or_default();
            let line = trim_bytes(raw);
            let separates = separator(raw, line);
            // Past a form feed, the line is the next article's text after it.
            let (here, line) = match separates {
                Some(Separator::FormFeed(k)) => {
                    (self.pos + k, trim_bytes(raw.get(k..).unwrap_or_default()))
                }
                _ => (self.pos, line),
            };
            // A line wrapped whole in Markdown's marks or an HTML element is
            // weighed by the text inside, as `parse` reads it.
            let line = unwrapped_bytes(line);
            // Where the trimmed line starts in the raw one.
            let lead = (line.as_ptr() as usize).saturating_sub(raw.as_ptr() as usize);
            let text = || source.text(at + lead, at + lead + line.len());
            let recent = &self.recent;
            let back = |k: usize| {
                let (start, end, _) = recent.get(k.checked_sub(1)?)?;
                (start >= base).then(|| unwrapped_line(source.text(start - base, end - base)))
            };
            let here_lines = self.lines;
            // A separator overrides whatever a line before it asked for.
            let split = match separates {
                Some(Separator::Rule) => {
                    self.splitter.separate();
                    self.pending = None;
                    Split::No
                }
                Some(Separator::FormFeed(k)) => {
                    self.splitter.separate();
                    // Cut after the form feed, where the next article opens,
                    // if any text stands before it.
                    let before = !trim_bytes(raw.get(..k).unwrap_or_default()).is_empty();
                    self.pending = (self.content || before).then_some((here, here_lines));
                    self.pending_separates = true;
                    self.content |= before;
                    self.splitter.feed(line, text, back);
                    Split::No
                }
                None => self.splitter.feed(line, text, back),
            };
            self.pos = base + next;
            self.searched = self.pos;
            self.lines += 1;
            let line_at = (here, base + end, here_lines);
            if self.first_paragraph.is_none() && is_paragraph_line(line) {
                self.first_paragraph = Some(here);
            }
            if let Some(piece) = self.place(split, line_at, line.is_empty(), separates) {
                // The next article's first paragraph, among the lines read
                // past the cut (its header over the date, this line).
                self.first_paragraph = (0..RECENT)
                    .filter_map(|k| self.recent.get(k))
                    .take_while(|&(start, _, _)| start >= piece.end)
                    .filter(|&(start, end, _)| {
                        let raw = start
                            .checked_sub(base)
                            .and_then(|from| buf.get(from..end.checked_sub(base)?));
                        raw.is_some_and(|raw| is_paragraph_line(unwrapped_bytes(trim_bytes(raw))))
                    })
                    .map(|(start, _, _)| start)
                    .last();
                return Some(piece);
            }
        }
    }

    /// What the line read at `here` (line `here_lines`, ending at `end`;
    /// `blank`, and how it `separates` articles) does once the splitter
    /// asked for `split`: the cut waiting for it made, the next one asked
    /// for, the line kept among the recent ones. The article the line
    /// ends, if it does.
    fn place(
        &mut self,
        split: Split,
        (here, end, here_lines): (usize, usize, usize),
        blank: bool,
        separates: Option<Separator>,
    ) -> Option<Piece> {
        match split {
            Split::Cancel(false) => self.pending = None,
            // The dateline opens the next article.
            Split::Cancel(true) => {
                self.pending = self.unconfirmed_at;
                self.pending_separates = false;
            }
            _ => {}
        }
        let asked = match split {
            Split::No | Split::Cancel(_) | Split::Wait => None,
            Split::Here | Split::Instead => Some((here, here_lines)),
            Split::AtLine(k) | Split::AtLineIf(k) => self
                .recent
                .get(k.saturating_sub(1))
                .map(|(start, _, lines)| (start, lines)),
        };
        if !blank && separates != Some(Separator::Rule) {
            self.recent.push((here, end, here_lines));
        }
        // The cut waiting for a line after it is made at this one, which
        // with the lines before it opens the next article.
        let piece = match self.pending.take() {
            // The line that asked for it stays the article's.
            Some(_) if split == Split::Instead => None,
            // Not confirmed yet.
            waiting @ Some(_) if split == Split::Wait => {
                self.pending = waiting;
                None
            }
            Some((end, lines)) if !blank => Some(self.cut(end, lines, self.pending_separates)),
            waiting => {
                self.pending = waiting;
                None
            }
        };
        if asked.is_some() {
            self.pending = asked;
            self.pending_separates = false;
        }
        if matches!(split, Split::AtLineIf(_)) {
            self.unconfirmed_at = Some((here, here_lines));
        }
        // A rule opens the next article when a non-blank line follows
        // it, if this one has any text.
        if separates == Some(Separator::Rule) && self.content {
            self.pending = Some((here, here_lines));
            self.pending_separates = true;
        }
        self.content |= !blank && separates != Some(Separator::Rule);
        piece
    }

    /// Ends the current article at `end`, the next one starting there on
    /// line `lines` + 1 (`separated`: after a rule or a form feed).
    fn cut(&mut self, end: usize, lines: usize, separated: bool) -> Piece {
        let piece = Piece {
            start: self.start,
            end,
            line: self.start_lines + 1,
            blank: !self.content,
            paragraph: self.first_paragraph.is_some_and(|p| p < end),
            separated: self.start_separated,
        };
        self.start = end;
        self.start_lines = lines;
        self.start_separated = separated;
        self.content = false;
        piece
    }

    /// The first byte of the stream the cutter may still read: the next
    /// line, or the last non-blank lines before it that are short enough
    /// to be weighed (as a credit) or to open the next article (a
    /// breadcrumb, a header above its dateline).
    fn needed_from(&self) -> usize {
        (0..RECENT)
            .map(|k| self.recent.get(k))
            .map_while(|l| l.filter(|&(start, end, _)| end - start <= MAX_CREDIT_LINE))
            .map(|(start, _, _)| start)
            .fold(self.pos, usize::min)
            // None before the current article: its lines are read no more.
            .max(self.start.min(self.pos))
    }
}

/// The bytes of the trimmed `line` inside the marks or the element that
/// wrap it whole (see [`without_markup`]); told first by the first byte.
fn unwrapped_bytes(line: &[u8]) -> &[u8] {
    if !line.first().is_some_and(|&b| may_open_markup(b)) {
        return line;
    }
    std::str::from_utf8(line).map_or(line, |s| without_markup(s).as_bytes())
}

/// A line read back, trimmed and without the marks or the element that
/// wrap it whole; an owned line copied only when something came off it.
fn unwrapped_line(line: Cow<'_, str>) -> Cow<'_, str> {
    match line {
        Cow::Borrowed(s) => Cow::Borrowed(without_markup(trim(s))),
        Cow::Owned(s) => match without_markup(trim(&s)) {
            inner if inner.len() == s.len() => Cow::Owned(s),
            inner => Cow::Owned(inner.to_string()),
        },
    }
}

/// Parses the article in `text[from..to]`, normalizing it first; `at` is
/// where `from` falls in the normalized stream, `first_line` its line.
/// Spans are offsets in the normalized stream; an error's offset is moved
/// by `error_base - from`.
fn parse_piece<'a>(
    text: &'a str,
    (from, to): (usize, usize),
    at: usize,
    first_line: usize,
    error_base: usize,
) -> (Result<Article<'a>, Error>, usize) {
    let chunk = text.get(from..to).unwrap_or_default();
    let error_delta = error_base as isize - from as isize;
    match normalize(chunk) {
        Cow::Borrowed(_) => {
            let delta = at as isize - from as isize;
            let article = parse_range(text, from, to, first_line)
                .map(|mut a| {
                    a.shift_spans(delta);
                    a
                })
                .map_err(|e| e.shifted(error_delta));
            (article, chunk.len())
        }
        Cow::Owned(nfc) => {
            let len = nfc.len();
            let article = parse_range(&nfc, 0, len, first_line)
                .map(|a| {
                    let mut a = a.into_owned();
                    a.shift_spans(at as isize);
                    a
                })
                .map_err(|e| e.shifted(error_base as isize));
            (article, len)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::weigh::may_open_dateline;
    use crate::vocab::{
        DAY_WORD, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, LABELS, OFFSET_NAMES, WEEKDAYS,
    };

    /// The first bytes `may_open_dateline` lets through are exactly the
    /// first letters, in either case, of the weekdays, `ngày`, the labels,
    /// the months and weekdays in English, the offsets' names, the digits
    /// and the brackets.
    #[test]
    fn dateline_openers_are_the_tables_first_letters() {
        let mut firsts: Vec<char> = WEEKDAYS
            .entries
            .iter()
            .map(|(w, _)| *w)
            .chain(LABELS.entries.iter().map(|(w, _)| *w))
            .chain(ENGLISH_MONTHS.entries.iter().map(|(w, _)| *w))
            .chain(ENGLISH_WEEKDAYS.entries.iter().map(|(w, _)| *w))
            .chain(OFFSET_NAMES.entries.iter().map(|(w, _)| *w))
            .chain([DAY_WORD])
            .filter_map(|w| w.chars().next())
            .flat_map(|c| c.to_lowercase().chain(c.to_uppercase()))
            .collect();
        firsts.extend('0'..='9');
        firsts.extend(['(', '[', '|']);
        firsts.sort_unstable();
        firsts.dedup();
        for c in (0..0x250u32).filter_map(char::from_u32) {
            let line = format!("{c}x");
            assert_eq!(
                may_open_dateline(line.as_bytes()),
                firsts.contains(&c),
                "{c:?}"
            );
        }
    }
}
