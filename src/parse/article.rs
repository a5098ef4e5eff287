//! The assembler: splits the normalized text into lines and gives each line
//! its place in the [`Article`].
//!
//! Layout read, top to bottom: an optional section line above the dateline,
//! the dateline, the section (a breadcrumb `A > B` or a short label), the
//! title, photo captions under the title, the lead (opened by the source
//! marker, else the first paragraph that is no caption), body paragraphs and
//! captions, credit lines, page furniture. Each non-blank line lands in
//! exactly one field; a line that fits nowhere else stays in `body`.

use super::letters;
use crate::error::Detail;
use nom::Parser;
use std::borrow::Cow;

use super::common::{line_breaks, longer_than, position, raw_lines};
use super::credit::{
    caption_or_photo, closing_source, credit_line, is_picture_kind, is_picture_note, Place,
    RawCredit, MAX_PICTURE_KIND_BYTES,
};
use super::dateline;
use super::header::{self, Class, Header, Indexes};
use super::mention::{self, Context};
use super::source;
use super::Finding;
use crate::error::{Error, ErrorKind};
use crate::model::{
    Article, Block, BlockKind, Credit, DiagnosticCode, Role, SourceMarker, Span, Text,
};
use crate::normalize::{is_space, trim};
use crate::MAX_PIECES;

mod builder;
mod lines;

use builder::*;
pub(crate) use lines::*;

/// A non-blank line of the text, trimmed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub text: &'a str,
    /// Byte offset of `text` in the whole text.
    pub start: usize,
    /// The characters of white space before `text` on its line.
    pub indent: usize,
}

impl Line<'_> {
    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
}

/// The longest furniture line, in bytes.
const MAX_FURNITURE_BYTES: usize = 48;
/// The most lines after the title searched for the source marker.
const LEAD_WINDOW: usize = 4;
/// The longest section label, in characters.
const MAX_SECTION_CHARS: usize = 48;
/// The most words of a section label.
const MAX_SECTION_WORDS: usize = 5;
/// The indent (in characters) from which a title-like body line is a link
/// to a related article.
const RELATED_INDENT: usize = 2;
/// How far into a line the colon of a furniture label (`Xem thêm:`) may
/// stand, in bytes.
const MAX_LABEL_COLON_AT: usize = 24;
/// The most lines under the lead looked at for a dateline when the header
/// has none.
const DATELINE_UNDER_LEAD: usize = 3;
/// The most credit lines read at the end.
const MAX_CREDIT_LINES: usize = 6;
/// The shortest sapo cut short that is told from the whole one, in bytes.
const MIN_CUT_COPY_BYTES: usize = 24;
/// A generous length of a Vietnamese word with its space, in bytes.
const MAX_WORD_BYTES: usize = 12;
/// The words from which a line under the title reads as a paragraph.
const PARAGRAPH_WORDS: usize = 20;

/// Splits `text` into its non-blank lines, trimmed, with their offsets. Line
/// ends are `\n`, `\r\n` and a lone `\r`.
///
/// # Errors
///
/// The offset of the first line past [`MAX_PIECES`].
pub(crate) fn lines(text: &str, from: usize, to: usize) -> Result<Vec<Line<'_>>, usize> {
    // About one line per 80 bytes in news text; a guess saves the regrowth.
    let mut out = Vec::with_capacity((to.saturating_sub(from) / 80 + 8).min(MAX_PIECES));
    for (start, end) in raw_lines(text, from, to) {
        let Some(raw) = text.get(start..end) else {
            continue;
        };
        let t = trim(raw);
        if t.is_empty() {
            continue;
        }
        let before = raw
            .get(..super::common::offset_in(raw, t))
            .unwrap_or_default();
        if out.len() == MAX_PIECES {
            return Err(start + before.len());
        }
        out.push(Line {
            text: t,
            start: start + before.len(),
            indent: before.chars().count(),
        });
    }
    Ok(out)
}

/// Parses the article in `text[from..to]` (NFC text); spans are offsets in
/// the whole `text`.
pub(crate) fn parse_range(
    text: &str,
    from: usize,
    to: usize,
    first_line: usize,
) -> Result<Article<'_>, Error> {
    let lines = lines(text, from, to).map_err(|at| {
        error_at(
            ErrorKind::TooManyPieces,
            Detail::TooManyPieces { what: "lines" },
            (text, from, first_line),
            at,
        )
    })?;
    if lines.is_empty() {
        return Err(error_at(
            ErrorKind::EmptyInput,
            Detail::EmptyInput,
            (text, from, first_line),
            from,
        ));
    }
    let mut b = Builder::new(text, from, to, first_line);
    b.body.reserve(lines.len());
    let header = header::classify(&lines);
    let Some(layout) = place_header(text, &lines, &header) else {
        return Err(error_at(
            ErrorKind::NoTitle,
            Detail::NoTitle,
            (text, from, first_line),
            to,
        ));
    };
    let title = b.header(&lines, &header, &layout);
    if layout.title.is_none() {
        let first = lines.first().map_or(Span::default(), Line::span);
        b.findings.push(Finding::new(
            DiagnosticCode::MissingTitle,
            Detail::MissingTitle.to_string(),
            Span::new(first.start, first.start),
        ));
    }
    if b.dateline.is_none() && !b.unplaced_dateline {
        b.findings.push(Finding::new(
            DiagnosticCode::MissingDateline,
            Detail::MissingDateline.to_string(),
            lines.first().map_or(Span::default(), Line::span),
        ));
    }
    let rest_from = layout.body_from;
    let lead_at = lead_line(&mut b, &lines, &layout);
    let marked = matches!(layout.lead, Lead::Marker(..));
    let skip = dateline_under_lead(&mut b, &lines, lead_at);

    // Credits, furniture and the end mark `./.` at the end, never taking the lead.
    let floor = lead_at.map_or(rest_from, |i| (i + 1).max(rest_from));
    let floor = skip
        .as_slice()
        .iter()
        .fold(floor, |floor, &s| floor.max(s + 1));
    let (end, mut credits, footer) = b.end_region(&lines, floor);
    // A source in brackets closing the last paragraph: a credit, cut from it.
    let mut cut = None;
    if end > floor {
        if let Some(l) = lines.get(end - 1) {
            if let Some((len, c)) = closing_source(l.text).filter(|_| !is_caption(l.text)) {
                cut = Some((end - 1, len));
                credits.insert(0, b.credit(c));
            }
        }
    }

    // Body: everything else in order.
    let body = BodyLines {
        from: rest_from,
        end,
        lead: lead_at.filter(|_| !marked),
        lead_indent: lead_at.and_then(|i| lines.get(i)).map_or(0, |l| l.indent),
        skip: lead_at
            .into_iter()
            .chain(skip.as_slice().iter().copied())
            .collect(),
        cut,
    };
    body_blocks(&mut b, &lines, &body);
    if b.lead.is_none() {
        b.findings.push(Finding::new(
            DiagnosticCode::MissingLead,
            Detail::MissingLead.to_string(),
            title,
        ));
    }
    let mut footer = footer;
    b.add_end_credits(credits, &mut footer);
    b.footer = footer;
    // The lines are placed: let their memory go before the layout is built.
    drop(lines);
    b.finish()
}

/// The lead's line: the marker's line (its text read as the lead), else
/// the line `place_header` chose, else the first line under the header that
/// is neither a caption nor furniture.
fn lead_line<'a>(b: &mut Builder<'a>, lines: &[Line<'a>], layout: &Layout<'a>) -> Option<usize> {
    let rest_from = layout.body_from;
    let rest = lines.get(rest_from..).unwrap_or_default();
    match layout.lead {
        Lead::Marker(i, m) => {
            if let Some(line) = lines.get(i) {
                b.marked_lead(line, m);
            }
            Some(i)
        }
        Lead::Plain(i) => Some(i),
        Lead::Search => rest
            .iter()
            .position(|l| !is_caption(l.text) && !is_furniture(l.text))
            .map(|k| rest_from + k),
        Lead::None => None,
    }
}

/// A dateline under the lead, when the header has none (one government
/// outlet prints it there; others print the sapo over the byline and the
/// date), with a byline right above it: read, and their lines given back
/// to be left out of the body.
fn dateline_under_lead<'a>(
    b: &mut Builder<'a>,
    lines: &[Line<'a>],
    lead_at: Option<usize>,
) -> Indexes {
    let mut skip = Indexes::default();
    let Some(lead) = lead_at.filter(|_| b.dateline.is_none() && !b.unplaced_dateline) else {
        return skip;
    };
    for i in lead + 1..=lead + DATELINE_UNDER_LEAD {
        let Some(line) = lines.get(i) else { break };
        let Some(found) = dateline::find_in_header(line.text) else {
            continue;
        };
        if !b.dateline_line(line, &found) {
            break;
        }
        b.findings
            .retain(|f| f.code != DiagnosticCode::MissingDateline);
        for k in lead + 1..i {
            if let Some(byline) = lines.get(k) {
                if b.byline_line(byline) {
                    skip.push(k);
                }
            }
        }
        skip.push(i);
        break;
    }
    skip
}

/// The lines of the body: `from..end`, the lead's line read as the lead
/// when no marker opened it, the lines placed elsewhere left out, the last
/// paragraph cut where a closing source was taken from it.
#[derive(Debug)]
struct BodyLines {
    from: usize,
    end: usize,
    /// The lead's line, when its text is the lead as it stands.
    lead: Option<usize>,
    /// The lead's indent, against which related links are told.
    lead_indent: usize,
    /// Lines that are no body block: the lead's, a dateline and bylines
    /// under it.
    skip: Indexes,
    /// A line cut to this length.
    cut: Option<(usize, usize)>,
}

/// Reads the body's lines into blocks, in order: under a `Xem thêm` line a
/// headline is a link to another article (`related`).
fn body_blocks<'a>(b: &mut Builder<'a>, lines: &[Line<'a>], body: &BodyLines) {
    let mut under_related = false;
    for (i, l) in lines.iter().enumerate().take(body.end).skip(body.from) {
        if Some(i) == body.lead {
            b.lead = Some(Text::new(l.text, l.span()));
        }
        if body.skip.contains(i) {
            continue;
        }
        let short;
        let l = match body.cut {
            Some((at, len)) if at == i => {
                short = Line {
                    text: l.text.get(..len).unwrap_or(l.text),
                    ..*l
                };
                &short
            }
            _ => l,
        };
        // `Xem thêm`, `Xem thêm: <headline>`: a short line, or a label
        // and its colon near the start.
        let related = (l.text.len() <= MAX_FURNITURE_BYTES || colon_near_start(l.text))
            && may_be_furniture(l.text, RELATED)
            && furniture(l.text) == Some(Furniture::Related);
        let mut block = b.block(l, body.lead_indent);
        if block.kind == BlockKind::Paragraph
            && (related || under_related && is_title_like(l.text) && !is_paragraph(l.text))
        {
            block.kind = BlockKind::Related;
        }
        // Headlines one under another under a related heading.
        under_related = related || (under_related && block.kind == BlockKind::Related);
        b.body.push(block);
    }
}

/// Where the lead is.
#[derive(Debug, Clone, Copy)]
enum Lead<'a> {
    /// The line at this index opens with this source marker.
    Marker(usize, super::source::RawMarker<'a>),
    /// The line at this index, with no marker.
    Plain(usize),
    /// The first line from the body on that is no caption or furniture.
    Search,
    /// No line is left for a lead.
    None,
}

/// The header's places: which text line is the title, which are section
/// labels, where the lead is and where the body starts.
#[derive(Debug, Clone)]
struct Layout<'a> {
    /// The line of the title; none when the text opens with its lead (a
    /// fragment: `(CT) - ...` on its first line).
    title: Option<usize>,
    /// A short label above the title: the section (or, under a breadcrumb,
    /// header furniture).
    label: Option<usize>,
    /// A second label under it (`Giao thông` under `Thời sự`, `Video`):
    /// more of the section.
    sublabel: Option<usize>,
    /// The line that goes on with the title, joined to it.
    title_next: Option<usize>,
    lead: Lead<'a>,
    /// The first line after the header (the lead's line when it has none
    /// of its own).
    body_from: usize,
}

/// The places of the header's lines from their classes; `None` when there
/// is no title.
fn place_header<'a>(text: &str, lines: &[Line<'a>], header: &Header<'a>) -> Option<Layout<'a>> {
    let header_end = match header.marker {
        Some((i, _)) => i,
        None => header.lines.last().map_or(0, |&(i, _)| i + 1),
    };
    let texts = title_candidates(lines, header);
    let texts = texts.as_slice();
    let (at, (label, sublabel)) = above_title(lines, header, texts)?;
    let Some(&title) = texts.get(at) else {
        return layout_without_text(lines, header);
    };
    // A fragment of running text (no dateline, a sentence first): no
    // title, and the lead is that sentence.
    let no_dateline = !header
        .lines
        .iter()
        .any(|(_, c)| matches!(c, Class::Dateline(_)));
    if no_dateline
        && title == 0
        && header.marker.is_none()
        && lines.first().is_some_and(|l| is_sentence(l.text))
    {
        return Some(Layout {
            title: None,
            label: None,
            sublabel: None,
            title_next: None,
            lead: Lead::Plain(0),
            body_from: 0,
        });
    }
    // A title run over two lines.
    let title_next = texts.get(at + 1).copied().filter(|&n| {
        n == title + 1
            && match (lines.get(title), lines.get(n)) {
                (Some(t), Some(next)) => continues_title(text, t, next, lines.get(n + 1)),
                _ => false,
            }
    });
    let layout = |lead, body_from| Layout {
        title: Some(title),
        label,
        sublabel,
        title_next,
        lead,
        body_from,
    };
    if let Some((i, m)) = header.marker {
        return Some(layout(Lead::Marker(i, m), i));
    }
    Some(match plain_lead(lines, texts, title, title_next) {
        Some(i) => layout(Lead::Plain(i), i),
        None if header_end < lines.len() => layout(Lead::Search, header_end),
        None => layout(Lead::None, header_end),
    })
}

/// The header's text lines that may be the title, a label over it or the
/// lead: neither the headlines of a related box (under `TIN LIÊN QUAN`), nor
/// a sapo printed twice, once cut over the meta lines (a line that a later
/// one starts with), nor a second copy of a line (the title printed twice).
/// Those stay in the header.
fn title_candidates(lines: &[Line<'_>], header: &Header<'_>) -> Indexes {
    let all_texts: Indexes = header.texts().collect();
    let mut related = false;
    let mut skipped = Indexes::default();
    for &(i, ref class) in &header.lines {
        let Some(line) = lines.get(i) else { continue };
        match class {
            Class::Furniture => related = furniture(line.text) == Some(Furniture::Related),
            Class::Text if related && !is_paragraph(line.text) => skipped.push(i),
            // A dateline, byline, breadcrumb or caption ends the box.
            _ => related = false,
        }
    }
    let is_cut_copy = |i: usize| {
        let Some(line) = lines.get(i).map(|l| l.text) else {
            return false;
        };
        let t = line.trim_end_matches(['…', '.']);
        let marked = t.len() < line.len();
        // A teaser over the meta lines (a dateline, a byline), printed in
        // full under them.
        let meta_between = |j: usize| {
            header.lines.iter().any(|&(k, ref c)| {
                k > i && k < j && matches!(c, Class::Dateline(_) | Class::Byline(_))
            })
        };
        t.len() >= MIN_CUT_COPY_BYTES
            && all_texts.as_slice().iter().any(|&j| {
                j > i
                    && meta_between(j)
                    && lines.get(j).is_some_and(|l| {
                        l.text.len() > t.len()
                            && l.text.starts_with(t)
                            // Cut mid-word, or marked as cut.
                            && (marked
                                || l.text
                                    .get(t.len()..)
                                    .and_then(|r| r.chars().next())
                                    .is_some_and(letters::is_alphanumeric))
                    })
            })
    };
    // The title printed twice (a page's heading and the article's own):
    // a line of a few words that the text line before it says already.
    let texts = all_texts.as_slice();
    let is_repeat = |i: usize| {
        let text_of = |i: usize| lines.get(i).map_or("", |l| l.text);
        let before = texts.iter().take_while(|&&j| j < i).last();
        before.is_some_and(|&j| text_of(j) == text_of(i))
            && text_of(i).split(is_space).filter(|w| !w.is_empty()).count() > MAX_KICKER_WORDS
    };
    all_texts
        .as_slice()
        .iter()
        .copied()
        .filter(|&i| !skipped.contains(i) && !is_cut_copy(i) && !is_repeat(i))
        .collect()
}

/// Where the title stands among the candidate `texts`, past a kicker (a
/// short line closing with a colon) and a section label above it, and the
/// label's line and a second label's (`Thời sự` / `Giao thông`).
fn above_title(
    lines: &[Line<'_>],
    header: &Header<'_>,
    texts: &[usize],
) -> Option<(usize, Labels)> {
    let mut at = 0;
    if let (Some(&k), Some(_)) = (texts.first(), texts.get(1)) {
        if lines
            .get(k)
            .is_some_and(|l| l.text.ends_with(':') && !longer_than(l.text, MAX_SECTION_CHARS))
        {
            at = 1;
        }
    }
    if let (Some(&first), Some(&second)) = (texts.get(at), texts.get(at + 1)) {
        let (f, s) = (lines.get(first)?.text, lines.get(second)?.text);
        let meta_between = header
            .lines
            .iter()
            .any(|&(i, ref c)| i > first && i < second && !matches!(c, Class::Text));
        // Text lines hold no marker, dateline, breadcrumb or caption: their
        // shape alone tells a label from a title. Two short lines with meta
        // lines between them (`Tài chính` / date / `Giá vàng lập đỉnh mới`,
        // or a title / date / category): the one of more words is the
        // title, the first when they have as many.
        let words = |t: &str| t.split(is_space).filter(|w| !w.is_empty()).count();
        let second_is_title = !(meta_between && is_label_shaped(s)) || words(s) > words(f);
        // The last line of the text is no title: a title has a lead under it.
        let last = second + 1 == lines.len();
        if is_label_shaped(f) && is_title_shaped(s) && second_is_title && !last {
            // A second label of a word or two under the section (`Thời sự`
            // / `Video` / title, `Thời sự` / `Giao thông` / date / title):
            // the title is the line after it.
            let kicker = |third: usize| {
                let t = lines.get(third).map_or("", |l| l.text);
                let meta_after = header
                    .lines
                    .iter()
                    .any(|&(i, ref c)| i > second && i < third && !matches!(c, Class::Text));
                !(meta_after && meta_between)
                    && words(s) <= MAX_KICKER_WORDS
                    && is_label_shaped(s)
                    && is_title_shaped(t)
                    && !is_paragraph(t)
                    && words(t) > words(s)
            };
            if texts.get(at + 2).is_some_and(|&third| kicker(third)) {
                return Some((at + 2, (Some(first), Some(second))));
            }
            return Some((at + 1, (Some(first), None)));
        }
    }
    Some((at, (None, None)))
}

/// The lines of the labels above the title: the section, and a second
/// label under it.
type Labels = (Option<usize>, Option<usize>);

/// The most words of a kicker between the section and the title (`Video`,
/// `Góc nhìn`).
const MAX_KICKER_WORDS: usize = 2;

/// The layout of a header with no text line: its first line that is no
/// dateline, or the lead's, is the title, and the lead is searched after
/// it. Datelines alone: the one under the first is the title.
fn layout_without_text<'a>(lines: &[Line<'a>], header: &Header<'a>) -> Option<Layout<'a>> {
    let title = (0..lines.len())
        .find(|&i| {
            !header
                .lines
                .iter()
                .any(|&(j, ref c)| j == i && matches!(c, Class::Dateline(_) | Class::Breadcrumb))
        })
        .or_else(|| (lines.len() > 1).then_some(1))?;
    // The text opens with its lead (`(CT) - ...`, a fragment of an
    // article): no title, and the lead is that line.
    if let Some((i, m)) = header.marker.filter(|&(i, _)| i == title) {
        return Some(Layout {
            title: None,
            label: None,
            sublabel: None,
            title_next: None,
            lead: Lead::Marker(i, m),
            body_from: i,
        });
    }
    let search_to = title + 1 + LEAD_WINDOW;
    let marker = lines
        .iter()
        .enumerate()
        .take(search_to)
        .skip(title + 1)
        .find_map(|(i, l)| super::source::marker(l.text).map(|m| (i, m)));
    Some(Layout {
        title: Some(title),
        label: None,
        sublabel: None,
        title_next: None,
        lead: match marker {
            Some((i, m)) => Lead::Marker(i, m),
            None => Lead::Search,
        },
        body_from: title + 1,
    })
}

/// With no marker, the lead: the first text line under the title, unless a
/// short label (a category) stands over a paragraph.
fn plain_lead(
    lines: &[Line<'_>],
    texts: &[usize],
    title: usize,
    title_next: Option<usize>,
) -> Option<usize> {
    let after: Indexes = texts
        .iter()
        .copied()
        .filter(|&i| i > title && Some(i) != title_next)
        .collect();
    match after.as_slice() {
        // A label, or a note on the picture (`Ảnh minh họa`, `(Ảnh: TTXVN)`),
        // over a paragraph: the paragraph.
        [first, second, ..]
            if lines
                .get(*first)
                .is_some_and(|l| is_label_shaped(l.text) || is_picture_note(l.text))
                && lines.get(*second).is_some_and(|l| is_paragraph(l.text)) =>
        {
            Some(*second)
        }
        [first, ..] => Some(*first),
        [] => None,
    }
}
