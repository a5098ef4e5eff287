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
use super::credit::{caption_or_photo, closing_source, credit_line, Place, RawCredit};
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

/// Page furniture: lines that are part of the page, not of the article.
/// Matched whole, ignoring case; a line that starts with one of the `…`
/// entries followed by more is furniture too.
const FURNITURE: &[(&str, Furniture)] = &[
    ("bình luận", Furniture::Comments),
    ("ý kiến bạn đọc", Furniture::Comments),
    ("ý kiến của bạn", Furniture::Comments),
    ("bạn quan tâm", Furniture::Related),
    ("bấm xem", Furniture::Related),
    ("bài liên quan", Furniture::Related),
    ("copy link", Furniture::Closing),
    ("lấy link", Furniture::Closing),
    ("lượt thích", Furniture::Closing),
    ("lượt xem", Furniture::Closing),
    ("nghe bài viết", Furniture::Closing),
    ("sự kiện", Furniture::Related),
    ("tin mới", Furniture::Related),
    ("xem các bài viết của tác giả", Furniture::Closing),
    ("chia sẻ", Furniture::Closing),
    ("chia sẻ bài viết", Furniture::Closing),
    ("chia sẻ facebook", Furniture::Closing),
    ("gửi bình luận", Furniture::Comments),
    ("in bài", Furniture::Closing),
    ("in bài viết", Furniture::Closing),
    ("lưu bài", Furniture::Closing),
    ("quay lại", Furniture::Closing),
    ("tin liên quan", Furniture::Related),
    ("tin cùng chuyên mục", Furniture::Related),
    ("từ khóa", Furniture::Closing),
    ("tags", Furniture::Closing),
    ("xem thêm", Furniture::Related),
    ("xem tiếp", Furniture::Related),
    ("đọc thêm", Furniture::Related),
    ("đọc tiếp", Furniture::Related),
    ("theo dõi", Furniture::Closing),
];

/// Furniture lines that go on after their opening words: `Link bài gốc
/// Lấy link https://...`, `* Mời quý độc giả xem thêm ...`.
const FURNITURE_OPENINGS: &[(&str, Furniture)] = &[
    ("bài liên quan:", Furniture::Related),
    ("link bài gốc", Furniture::Closing),
    ("tin liên quan:", Furniture::Related),
    ("xem thêm:", Furniture::Related),
    ("đọc thêm:", Furniture::Related),
    ("mời bạn xem thêm", Furniture::Related),
    ("mời độc giả", Furniture::Related),
    ("mời quý độc giả", Furniture::Related),
    ("mời quý vị", Furniture::Related),
];

/// The first bytes of [`FURNITURE_OPENINGS`].
const FURNITURE_OPENING_STARTS: [u64; 256] = super::common::first_bytes(FURNITURE_OPENINGS);

/// The first words of [`FURNITURE_OPENINGS`], as a filter.
const OPENING_WORDS: super::common::WordFilter =
    super::common::WordFilter::new().with(FURNITURE_OPENINGS);

/// The first words of [`FURNITURE`] and [`FURNITURE_OPENINGS`], as a filter.
const FURNITURE_WORDS: super::common::WordFilter = super::common::WordFilter::new()
    .with(FURNITURE)
    .with(FURNITURE_OPENINGS);

/// The first bytes of [`FURNITURE`].
const FURNITURE_STARTS: [u64; 256] = super::common::first_bytes(FURNITURE);

/// The first bytes of [`FURNITURE`] and [`FURNITURE_OPENINGS`] together.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
const FURNITURE_ANY_STARTS: [u64; 256] = {
    let mut out = FURNITURE_STARTS;
    let mut b = 0;
    while b < 256 {
        out[b] |= FURNITURE_OPENING_STARTS[b];
        b += 1;
    }
    out
};

/// What a furniture line does on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Furniture {
    /// Closes the article: share, comment, print buttons, tags.
    Closing,
    /// Heads a list of other articles (`Tin liên quan`, `Đọc thêm`).
    Related,
    /// Heads the readers' comments (`Bình luận`, `Ý kiến bạn đọc`): what
    /// follows is no part of the article.
    Comments,
}

impl Furniture {
    /// Whether the line closes the article (share and comment widgets).
    pub(crate) fn closes(self) -> bool {
        matches!(self, Furniture::Closing | Furniture::Comments)
    }
}

/// The entries of `table` of kind `kind`, as bits of its [`first_bytes`]
/// table.
///
/// [`first_bytes`]: super::common::first_bytes
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: `i` stays below the length
const fn kind_entries(table: &[(&str, Furniture)], kind: Furniture) -> u64 {
    let mut out = 0;
    let mut i = 0;
    while i < table.len() {
        if table[i].1 as u8 == kind as u8 {
            out |= 1 << i;
        }
        i += 1;
    }
    out
}

/// Comment headings and related-article labels, as bits of
/// [`FURNITURE_STARTS`] and of [`FURNITURE_OPENING_STARTS`].
const COMMENTS: (u64, u64) = (
    kind_entries(FURNITURE, Furniture::Comments),
    kind_entries(FURNITURE_OPENINGS, Furniture::Comments),
);
const RELATED: (u64, u64) = (
    kind_entries(FURNITURE, Furniture::Related),
    kind_entries(FURNITURE_OPENINGS, Furniture::Related),
);

/// Whether `line` may be furniture of the `entries` (see [`COMMENTS`]): its
/// words (as [`furniture`] reads them) open with the first byte of one.
fn may_be_furniture(line: &str, (whole, openings): (u64, u64)) -> bool {
    let first = usize::from(
        bare_words(without_count(line))
            .as_bytes()
            .first()
            .copied()
            .unwrap_or(0),
    );
    let any =
        |starts: &[u64; 256], entries: u64| starts.get(first).is_some_and(|&s| s & entries != 0);
    any(&FURNITURE_STARTS, whole) || any(&FURNITURE_OPENING_STARTS, openings)
}

/// `line` without a count before its words (`1.024 lượt xem`, `0 Bình
/// luận`), which is read like one after them.
fn without_count(line: &str) -> &str {
    if line.starts_with(|c: char| c.is_ascii_digit()) && line.len() <= MAX_FURNITURE_BYTES {
        trim(line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ','))
    } else {
        line
    }
}

/// The words of a furniture line: after bullets and `>`.
fn bare_words(line: &str) -> &str {
    trim(line.trim_start_matches(|c: char| c == '*' || c == '>' || is_space(c)))
}

/// Words that open a reader's signature (`Bạn đọc Lê Văn An`).
const READER_WORDS: &[(&str, ())] = &[("bạn đọc", ()), ("độc giả", ())];

/// The first bytes of [`READER_WORDS`].
const READER_WORD_STARTS: [u64; 256] = super::common::first_bytes(READER_WORDS);

/// A reader's signature: `Bạn đọc Lê Văn An`, `Độc giả: Minh Anh (Hà Nội)`.
fn is_signature(line: &str) -> bool {
    let Ok((rest, _)) =
        super::common::one_of_starting(READER_WORDS, &READER_WORD_STARTS).parse(line)
    else {
        return false;
    };
    let rest = trim(rest.trim_start_matches([':', ' ']));
    let name = rest
        .find(crate::normalize::OPEN_BRACKETS)
        .and_then(|at| rest.get(..at))
        .map_or(rest, trim);
    super::credit::is_name(name)
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
    if b.dateline.is_none() && !b.unplaced_dateline {
        b.findings.push(Finding::new(
            DiagnosticCode::MissingDateline,
            Detail::MissingDateline.to_string(),
            lines.first().map_or(Span::default(), Line::span),
        ));
    }
    let rest_from = layout.body_from;
    let rest = lines.get(rest_from..).unwrap_or_default();
    // The lead: the marker's line, else the line `place_header` chose.
    let lead_at = match layout.lead {
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
    };
    let marked = matches!(layout.lead, Lead::Marker(..));

    // A dateline under the lead, when the header has none (one government
    // outlet prints it there; others print the sapo over the byline and the
    // date), with a byline right above it.
    let mut skip = Indexes::default();
    if let Some(lead) = lead_at.filter(|_| b.dateline.is_none() && !b.unplaced_dateline) {
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
    }

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
    let lead_indent = lead_at.and_then(|i| lines.get(i)).map_or(0, |l| l.indent);
    // Under a `Xem thêm` line, a headline is a link to another article.
    let mut under_related = false;
    for (i, l) in lines.iter().enumerate().take(end).skip(rest_from) {
        if Some(i) == lead_at {
            if !marked {
                b.lead = Some(Text::new(l.text, l.span()));
            }
            continue;
        }
        if skip.contains(i) {
            continue;
        }
        let short;
        let l = match cut {
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
        let mut block = b.block(l, lead_indent);
        if block.kind == BlockKind::Paragraph
            && (related || under_related && is_title_like(l.text) && !is_paragraph(l.text))
        {
            block.kind = BlockKind::Related;
        }
        under_related = related;
        b.body.push(block);
    }
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
    /// The line of the title.
    title: usize,
    /// A short label above the title: the section (or, under a breadcrumb,
    /// header furniture).
    label: Option<usize>,
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
    let all_texts: Indexes = header.texts().collect();
    // Neither title nor lead: the headlines of a related box (under `TIN
    // LIÊN QUAN`), a sapo printed twice, once cut over the meta lines (a
    // line that a later one starts with). They stay in the header.
    let mut related = false;
    let mut skipped = Indexes::default();
    for &(i, ref class) in &header.lines {
        let Some(line) = lines.get(i) else { continue };
        match class {
            Class::Furniture => related = furniture(line.text) == Some(Furniture::Related),
            Class::Text if related && !is_paragraph(line.text) => skipped.push(i),
            Class::Text => related = false,
            _ => {}
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
    let texts: Indexes = all_texts
        .as_slice()
        .iter()
        .copied()
        .filter(|&i| !skipped.contains(i) && !is_cut_copy(i))
        .collect();
    let texts = texts.as_slice();
    let mut at = 0;
    let mut label = None;
    // A kicker above the title: a short line closing with a colon.
    if let (Some(&k), Some(_)) = (texts.first(), texts.get(1)) {
        if lines
            .get(k)
            .is_some_and(|l| l.text.ends_with(':') && !longer_than(l.text, MAX_SECTION_CHARS))
        {
            at = 1;
        }
    }
    // A section label above the title.
    if let (Some(&first), Some(&second)) = (texts.get(at), texts.get(at + 1)) {
        let (f, s) = (lines.get(first)?.text, lines.get(second)?.text);
        let meta_between = header
            .lines
            .iter()
            .any(|&(i, ref c)| i > first && i < second && !matches!(c, Class::Text));
        // Text lines hold no marker, dateline, breadcrumb or caption: their
        // shape alone tells a label from a title.
        if is_label_shaped(f) && is_title_shaped(s) && !(meta_between && is_label_shaped(s)) {
            label = Some(first);
            at += 1;
        }
    }
    let Some(&title) = texts.get(at) else {
        // No text line: the header's first line that is no dateline, or
        // the lead's, is the title, and the lead is searched after it.
        // Datelines alone: the one under the first is the title.
        let title = (0..lines.len())
            .find(|&i| {
                !header.lines.iter().any(|&(j, ref c)| {
                    j == i && matches!(c, Class::Dateline(_) | Class::Breadcrumb)
                })
            })
            .or_else(|| (lines.len() > 1).then_some(1))?;
        let search_to = title + 1 + LEAD_WINDOW;
        let marker = lines
            .iter()
            .enumerate()
            .take(search_to)
            .skip(title + 1)
            .find_map(|(i, l)| super::source::marker(l.text).map(|m| (i, m)));
        return Some(Layout {
            title,
            label: None,
            title_next: None,
            lead: match marker {
                Some((i, m)) => Lead::Marker(i, m),
                None => Lead::Search,
            },
            body_from: title + 1,
        });
    };
    // A title run over two lines.
    let title_next = texts.get(at + 1).copied().filter(|&n| {
        n == title + 1
            && match (lines.get(title), lines.get(n)) {
                (Some(t), Some(next)) => continues_title(text, t, next, lines.get(n + 1)),
                _ => false,
            }
    });
    if let Some((i, m)) = header.marker {
        return Some(Layout {
            title,
            label,
            title_next,
            lead: Lead::Marker(i, m),
            body_from: i,
        });
    }
    // No marker: the first text line under the title is the lead, unless a
    // short label (a category) stands over a paragraph.
    let after: Indexes = texts
        .iter()
        .copied()
        .filter(|&i| i > title && Some(i) != title_next)
        .collect();
    let lead = match after.as_slice() {
        [first, second, ..]
            if lines.get(*first).is_some_and(|l| is_label_shaped(l.text))
                && lines.get(*second).is_some_and(|l| is_paragraph(l.text)) =>
        {
            Some(*second)
        }
        [first, ..] => Some(*first),
        [] => None,
    };
    Some(match lead {
        Some(i) => Layout {
            title,
            label,
            title_next,
            lead: Lead::Plain(i),
            body_from: i,
        },
        None => Layout {
            title,
            label,
            title_next,
            lead: if header_end < lines.len() {
                Lead::Search
            } else {
                Lead::None
            },
            body_from: header_end,
        },
    })
}

/// Whether a line reads as a paragraph: it closes a sentence, or it is long.
pub(crate) fn is_paragraph(line: &str) -> bool {
    is_paragraph_bytes(line.as_bytes())
}

/// The characters that close a paragraph's last sentence.
const PARAGRAPH_ENDS: [char; 7] = ['.', '!', '?', '…', ':', '"', '”'];

/// [`is_paragraph`] of a line's UTF-8 bytes, which need not be checked.
pub(crate) fn is_paragraph_bytes(line: &[u8]) -> bool {
    PARAGRAPH_ENDS
        .iter()
        .any(|c| line.ends_with(c.encode_utf8(&mut [0; 4]).as_bytes()))
        || line.len() > PARAGRAPH_WORDS * MAX_WORD_BYTES
        || line.iter().filter(|&&b| b == b' ').count() >= PARAGRAPH_WORDS
}

/// Whether `next` (a header text line: no marker, caption or dateline) goes
/// on with the title `title`: the two stand on adjacent lines in a text that
/// otherwise puts blank lines between blocks, and `next` reads as the rest of
/// a headline, not as a lead or a sentence.
fn continues_title(
    text: &str,
    title: &Line<'_>,
    next: &Line<'_>,
    after: Option<&Line<'_>>,
) -> bool {
    let gap = |a: &Line<'_>, b: &Line<'_>| {
        text.get(a.start + a.text.len()..b.start)
            .unwrap_or_default()
    };
    let line_ends = |g: &str| raw_lines(g, 0, g.len()).count();
    let adjacent = line_ends(gap(title, next)) <= 1;
    let blank_after = after.is_some_and(|a| line_ends(gap(next, a)) >= 2);
    adjacent
        && blank_after
        && !title.text.ends_with(['.', '?', '!', ':', '"', '”'])
        && !longer_than(next.text, 120)
        && is_title_shaped(next.text)
        && !is_label_shaped(next.text)
}

/// Whether `line`, wholly in brackets and no credit, stands under a bare
/// byline (`above`): the byline's affiliation.
fn is_affiliation(line: &str, above: Option<&Line<'_>>) -> bool {
    line.starts_with(crate::normalize::OPEN_BRACKETS)
        && line.ends_with(crate::normalize::CLOSE_BRACKETS)
        && !longer_than(line, MAX_SECTION_CHARS)
        && credit_line(line, Place::End).is_none()
        && above.is_some_and(|a| {
            credit_line(a.text, Place::End)
                .is_some_and(|c| c.iter().all(|c| c.roles == [Role::Author]))
        })
}

/// The end mark of Vietnamese articles, alone on its line: `./.`
pub(crate) fn is_end_mark(line: &str) -> bool {
    matches!(line, "./." | "./" | "//.")
}

/// Whether a photo caption or a standalone photo credit.
fn is_caption(line: &str) -> bool {
    caption_or_photo(line).is_some()
}

pub(crate) fn is_furniture(line: &str) -> bool {
    furniture(line).is_some()
}

/// What kind of furniture `line` is, if it is any (matched whole, ignoring
/// case, with a count such as `Bình luận (0)` or a colon after it).
pub(crate) fn furniture(line: &str) -> Option<Furniture> {
    // A link alone, or a label with an unfilled template placeholder
    // (`Nguồn: [Tên nguồn]`).
    if is_link(line) || line.ends_with([']', '}']) && is_placeholder(line) || is_counter(line) {
        return Some(Furniture::Closing);
    }
    let line = without_count(line);
    let bare = bare_words(line);
    // Most lines open with no furniture word: told by the hash of the
    // first (a long line can only open with one of the openings).
    let long = line.len() > MAX_FURNITURE_BYTES;
    let (words, starts) = if long {
        (&OPENING_WORDS, &FURNITURE_OPENING_STARTS)
    } else {
        (&FURNITURE_WORDS, &FURNITURE_ANY_STARTS)
    };
    let first = bare.as_bytes().first().copied().unwrap_or(0);
    if starts.get(usize::from(first)) == Some(&0) || !words.may_start(bare).0 {
        return None;
    }
    if let Ok((_, f)) =
        super::common::one_of_starting(FURNITURE_OPENINGS, &FURNITURE_OPENING_STARTS).parse(bare)
    {
        return Some(f);
    }
    if long {
        return None;
    }
    let t = trim(line.trim_end_matches(|c: char| {
        c == ':' || c == '>' || c.is_ascii_digit() || c == '(' || c == ')' || is_space(c)
    }));
    super::common::whole_one_of(t, FURNITURE, &FURNITURE_STARTS)
}

/// Whether a colon stands in the first [`MAX_LABEL_COLON_AT`] bytes of `line`.
fn colon_near_start(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr(b':', b.get(..MAX_LABEL_COLON_AT).unwrap_or(b)).is_some()
}

/// A widget's clock or counter alone on its line (`0:00 / 3:45`, `12`): digits
/// and the marks between them, no letter.
fn is_counter(line: &str) -> bool {
    line.len() <= MAX_FURNITURE_BYTES
        && line.bytes().any(|b| b.is_ascii_digit())
        && line
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'/' | b'.' | b' '))
}

/// A web address alone on its line.
fn is_link(line: &str) -> bool {
    (line.starts_with("http://") || line.starts_with("https://")) && !line.contains(is_space)
}

/// A label whose value is an unfilled template placeholder: `Nguồn: [Tên
/// nguồn]`, `Tác giả: {{author}}`.
fn is_placeholder(line: &str) -> bool {
    let Some((label, value)) = line.split_once(':') else {
        return false;
    };
    let value = trim(value);
    !longer_than(label, MAX_SECTION_CHARS)
        && (value.starts_with('[') && value.ends_with(']')
            || value.starts_with('{') && value.ends_with('}'))
}

/// What joins the labels of a breadcrumb: `>`, `»`, `›`.
const BREADCRUMB_SEPARATORS: &[char] = &['>', '»', '›'];

/// A breadcrumb: a few short labels joined by `>`, `»` or `›` (`THỜI SỰ >
/// Cần Thơ`, `Trang chủ » Thời sự`).
pub(crate) fn is_breadcrumb(line: &str) -> bool {
    has_breadcrumb_separator(line)
        && line.split(BREADCRUMB_SEPARATORS).count() <= MAX_SECTION_WORDS
        && line.split(BREADCRUMB_SEPARATORS).all(|part| {
            let part = trim(part);
            !part.is_empty() && !longer_than(part, MAX_SECTION_CHARS)
        })
}

/// Whether `line` holds one of the [`BREADCRUMB_SEPARATORS`], found by byte
/// searches (a search for a set of characters decodes every one).
fn has_breadcrumb_separator(line: &str) -> bool {
    let b = line.as_bytes();
    // `»` is C2 BB, `›` E2 80 BA: found by their first byte, then checked.
    memchr::memchr(b'>', b).is_some()
        || memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| {
            matches!(b.get(i..i + 3), Some([0xC2, 0xBB, ..] | [0xE2, 0x80, 0xBA]))
                || b.get(i..) == Some(&[0xC2, 0xBB])
        })
}

/// A section label: a breadcrumb, or a short label with no sentence end.
pub(crate) fn is_section_like(line: &str) -> bool {
    is_breadcrumb(line)
        || is_label_shaped(line) && source::marker(line).is_none() && dateline::find(line).is_none()
}

/// Whether `line` has the shape of a section label: short, a few words,
/// a capital first, no sentence end.
pub(crate) fn is_label_shaped(line: &str) -> bool {
    // Cheap tests first: a section label is short.
    line.len() <= MAX_SECTION_CHARS * 4
        && !longer_than(line, MAX_SECTION_CHARS)
        && line.split(is_space).filter(|w| !w.is_empty()).count() <= MAX_SECTION_WORDS
        && !line.ends_with(['.', '?', '!', ':', ',', ';', '"', '”'])
        && line.chars().next().is_some_and(letters::is_uppercase)
}

/// A title: no source marker, no caption, no closing period, not too long.
fn is_title_like(line: &str) -> bool {
    is_title_shaped(line) && source::marker(line).is_none() && !is_caption(line)
}

/// Whether a line known to hold no marker and no caption has the shape of
/// a title: no closing period, not too long.
fn is_title_shaped(line: &str) -> bool {
    !longer_than(line, 300) && (!line.ends_with('.') || line.ends_with("..."))
}

/// Collects the pieces of an article.
struct Builder<'a> {
    text: &'a str,
    from: usize,
    to: usize,
    first_line: usize,
    title_raw: Option<Cow<'a, str>>,
    dateline: Option<crate::model::Dateline<'a>>,
    section: Vec<Text<'a>>,
    title: Option<Text<'a>>,
    source: Option<SourceMarker<'a>>,
    lead: Option<Text<'a>>,
    body: Vec<Block<'a>>,
    head_credits: Vec<Credit<'a>>,
    credits: Vec<Credit<'a>>,
    footer: Vec<Text<'a>>,
    header: Vec<Text<'a>>,
    /// Whether the chosen dateline could not be read (its line is in the body).
    unplaced_dateline: bool,
    findings: Vec<Finding>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, from: usize, to: usize, first_line: usize) -> Self {
        Builder {
            text,
            from,
            to,
            first_line,
            title_raw: None,
            dateline: None,
            section: Vec::new(),
            title: None,
            source: None,
            lead: None,
            body: Vec::new(),
            head_credits: Vec::new(),
            credits: Vec::new(),
            footer: Vec::new(),
            header: Vec::new(),
            unplaced_dateline: false,
            findings: Vec::new(),
        }
    }

    /// Places the header's lines from their classes and `layout`; returns
    /// the title's span.
    fn header(&mut self, lines: &[Line<'a>], header: &Header<'a>, layout: &Layout<'_>) -> Span {
        let has_breadcrumb = header
            .lines
            .iter()
            .any(|(_, c)| matches!(c, Class::Breadcrumb));
        let mut datelines: Vec<(usize, &dateline::Found<'a>)> = Vec::new();
        for (i, class) in &header.lines {
            let i = *i;
            let Some(line) = lines.get(i) else { continue };
            if i >= layout.body_from || i == layout.title || Some(i) == layout.title_next {
                continue;
            }
            match class {
                Class::Dateline(found) => datelines.push((i, found)),
                Class::Breadcrumb if self.section.is_empty() => self.section(line),
                Class::Text if Some(i) == layout.label && !has_breadcrumb => self.section(line),
                // Under a breadcrumb, a name over the title is a byline.
                Class::Text if Some(i) == layout.label => {
                    if !self.byline_line(line) {
                        self.header.push(Text::new(line.text, line.span()));
                    }
                }
                Class::Caption => {
                    let block = self.block(line, 0);
                    self.body.push(block);
                }
                Class::Byline(credits) => {
                    for c in credits {
                        let credit = self.credit(c.clone());
                        self.head_credits.push(credit);
                    }
                }
                // A paragraph above the marker's line (a sapo before
                // `ANTD.VN - ...`) is text of the article, not furniture.
                Class::Text
                    if i > layout.title
                        && is_paragraph(line.text)
                        && !line.text.ends_with([':', '…'])
                        && !line.text.ends_with("...") =>
                {
                    let block = self.block(line, 0);
                    self.body.push(block);
                }
                Class::Breadcrumb | Class::Text | Class::Furniture => {
                    self.header.push(Text::new(line.text, line.span()))
                }
            }
        }
        self.choose_dateline(lines, &datelines, layout.title);
        self.title(lines, layout)
    }

    /// The article's dateline among the header's: the only one; of one
    /// above the title and one under it, the one above when both say the
    /// same minute (a date printed twice), else the one under it (the one
    /// above is the page's clock). The others go to `header`.
    fn choose_dateline(
        &mut self,
        lines: &[Line<'a>],
        datelines: &[(usize, &dateline::Found<'a>)],
        title: usize,
    ) {
        let above = datelines.iter().rposition(|&(i, _)| i < title);
        let below = datelines.iter().position(|&(i, _)| i > title);
        let chosen = match (above, below) {
            (Some(a), Some(b)) => {
                let same = match (datelines.get(a), datelines.get(b)) {
                    (Some((_, x)), Some((_, y))) => x.same_minute(y),
                    _ => false,
                };
                if same {
                    a
                } else {
                    b
                }
            }
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => return,
        };
        for (k, &(i, found)) in datelines.iter().enumerate() {
            let Some(line) = lines.get(i).copied() else {
                continue;
            };
            if k != chosen {
                self.header.push(Text::new(line.text, line.span()));
                continue;
            }
            if !self.dateline_line(&line, found) {
                // A line whose dateline could not be read stays whole in the body.
                self.unplaced_dateline = true;
                self.body.push(Block {
                    kind: BlockKind::Paragraph,
                    text: Text::new(line.text, line.span()),
                    credits: Vec::new(),
                    span: line.span(),
                });
            }
        }
    }

    /// Builds the dateline `found` on `line`, and places what stands before
    /// it (a byline, else the section) and after it (a credit, a category,
    /// widgets). `false` when the date cannot be read.
    fn dateline_line(&mut self, line: &Line<'a>, found: &dateline::Found<'a>) -> bool {
        let base = line.start + super::common::offset_in(line.text, found.text);
        self.dateline = dateline::build(found, base, &mut self.findings);
        if self.dateline.is_none() {
            return false;
        }
        if let Some(head) = found.head {
            self.dateline_head(line, head);
        }
        if let Some(tail) = found.tail {
            let part = Line {
                text: tail,
                start: line.start + super::common::offset_in(line.text, tail),
                indent: 0,
            };
            // `| Tác giả: Lê Hà`: a credit; `| Kinh doanh`: the category.
            if let Some(credits) = credit_line(tail, Place::Labelled) {
                for c in credits {
                    let credit = self.credit(c);
                    self.head_credits.push(credit);
                }
            } else if self.section.is_empty() && is_section_like(tail) {
                self.section(&part);
            } else {
                self.header.push(Text::new(tail, part.span()));
            }
        }
        true
    }

    /// Reads `line` as a bare byline (`Hoàng Lan`); `true` when it is one,
    /// its credits taken.
    fn byline_line(&mut self, line: &Line<'a>) -> bool {
        let Some(credits) = credit_line(line.text, Place::End)
            .filter(|c| c.iter().all(|c| c.roles == [Role::Author]))
        else {
            return false;
        };
        for c in credits {
            let credit = self.credit(c);
            self.head_credits.push(credit);
        }
        true
    }

    /// What stands before the date on the dateline's line: a byline (`Hoàng
    /// Lan •`, `Tin: A - Ảnh: B •`), else the section.
    fn dateline_head(&mut self, line: &Line<'a>, head: &'a str) {
        let part = Line {
            text: head,
            start: line.start + super::common::offset_in(line.text, head),
            indent: 0,
        };
        match credit_line(head, Place::End) {
            Some(credits) => {
                for c in credits {
                    let credit = self.credit(c);
                    self.head_credits.push(credit);
                }
            }
            None if self.section.is_empty() => self.section(&part),
            None => self.header.push(Text::new(head, part.span())),
        }
    }

    /// The title, joined with the line that goes on with it; returns its span.
    fn title(&mut self, lines: &[Line<'a>], layout: &Layout<'_>) -> Span {
        let Some(title) = lines.get(layout.title) else {
            return Span::default();
        };
        self.title = Some(Text::new(title.text, title.span()));
        if let Some(next) = layout.title_next.and_then(|n| lines.get(n)) {
            let span = Span::new(title.start, next.start + next.text.len());
            self.title = Some(Text::new(format!("{} {}", title.text, next.text), span));
            self.title_raw = self.text.get(span.range()).map(Cow::Borrowed);
            self.findings.push(Finding::new(
                DiagnosticCode::TitleJoined,
                Detail::TitleJoined.to_string(),
                span,
            ));
        }
        title.span()
    }

    /// The lead that opens with the source marker `m`.
    fn marked_lead(&mut self, line: &Line<'a>, m: super::source::RawMarker<'a>) {
        let code_start = line.start + super::common::offset_in(line.text, m.code);
        let known = m.outlet;
        if known.is_none() {
            self.findings.push(Finding::new(
                DiagnosticCode::UnknownOutlet,
                Detail::UnknownOutlet { code: m.code }.to_string(),
                Span::new(code_start, code_start + m.code.len()),
            ));
        }
        self.source = Some(SourceMarker {
            text: Text::new(m.text, Span::new(line.start, line.start + m.text.len())),
            code: m.code.into(),
            outlet: known,
        });
        let lead = trim(line.text.get(m.consumed..).unwrap_or_default());
        if !lead.is_empty() {
            let start = line.start + super::common::offset_in(line.text, lead);
            self.lead = Some(Text::new(lead, Span::new(start, start + lead.len())));
        }
    }

    /// The credits, furniture and end mark at the end, read bottom up down
    /// to `floor`: the index where the body ends, the credits and the footer,
    /// in text order.
    fn end_region(
        &self,
        lines: &[Line<'a>],
        floor: usize,
    ) -> (usize, Vec<Credit<'a>>, Vec<Text<'a>>) {
        let mut end = lines.len();
        let mut footer = Vec::new();
        // Readers' comments close the article: from their heading on, all
        // is page furniture.
        if let Some(k) = (floor..end).find(|&k| {
            // A heading, not a widget's count (`Bình luận (0)`).
            lines.get(k).is_some_and(|l| {
                l.text.len() <= MAX_FURNITURE_BYTES
                    && !l.text.bytes().any(|b| b.is_ascii_digit())
                    && may_be_furniture(l.text, COMMENTS)
                    && furniture(l.text) == Some(Furniture::Comments)
            })
        }) {
            for l in lines.get(k..end).unwrap_or_default().iter().rev() {
                footer.push(Text::new(l.text, l.span()));
            }
            end = k;
        }
        // Read bottom up, each line's credits pushed last first: reversed once
        // at the end, lines and credits stand in text order.
        let mut credits: Vec<Credit<'a>> = Vec::new();
        let mut credit_lines = 0;
        while end > floor {
            let Some(l) = lines.get(end - 1) else { break };
            if is_furniture(l.text) || is_end_mark(l.text) || is_signature(l.text) {
                footer.push(Text::new(l.text, l.span()));
            } else if credits.is_empty() && is_affiliation(l.text, lines.get(end.wrapping_sub(2))) {
                // `(BV ĐH Y Dược TP.HCM)` under the last byline: where its
                // author works, no credit of its own.
                footer.push(Text::new(l.text, l.span()));
            } else if credit_lines < MAX_CREDIT_LINES {
                let Some(found) = credit_line(l.text, Place::End) else {
                    break;
                };
                let photo_only = found.iter().all(|c| c.roles == [Role::Photo]);
                let over_byline = credits
                    .last()
                    .is_some_and(|c: &Credit<'_>| c.roles == [Role::Author]);
                // `Ảnh: X` over a byline credits the photos above it: a
                // caption of the body.
                if photo_only && over_byline {
                    break;
                }
                credits.extend(found.into_iter().rev().map(|c| self.credit(c)));
                credit_lines += 1;
            } else {
                break;
            }
            end -= 1;
        }
        footer.reverse();
        credits.reverse();
        (end, credits, footer)
    }

    /// The header's credits, then the end's: a credit printed in both is
    /// given once, its second printing kept verbatim in the footer.
    fn add_end_credits(&mut self, end: Vec<Credit<'a>>, footer: &mut Vec<Text<'a>>) {
        let head = self.head_credits.len();
        let mut all = std::mem::take(&mut self.head_credits);
        for c in end {
            let again = all
                .get(..head)
                .unwrap_or_default()
                .iter()
                .any(|h| h.roles == c.roles && h.names == c.names);
            if again {
                footer.push(c.text);
            } else {
                all.push(c);
            }
        }
        footer.sort_by_key(|t| t.span.start);
        self.credits = all;
    }

    /// Splits a breadcrumb on its separators into the section.
    fn section(&mut self, line: &Line<'a>) {
        for part in line.text.split(BREADCRUMB_SEPARATORS) {
            let t = trim(part);
            if !t.is_empty() {
                let start = line.start + super::common::offset_in(line.text, t);
                self.section
                    .push(Text::new(t, Span::new(start, start + t.len())));
            }
        }
    }

    fn credit(&self, c: RawCredit<'a>) -> Credit<'a> {
        let start = super::common::offset_in(self.text, c.text);
        Credit {
            text: Text::new(c.text, Span::new(start, start + c.text.len())),
            roles: c.roles,
            names: c.names,
        }
    }

    fn block(&self, l: &Line<'a>, lead_indent: usize) -> Block<'a> {
        if l.indent >= RELATED_INDENT && l.indent > lead_indent && is_title_like(l.text) {
            return Block {
                kind: BlockKind::Related,
                text: Text::new(l.text, l.span()),
                credits: Vec::new(),
                span: l.span(),
            };
        }
        if let Some((len, credit)) = caption_or_photo(l.text) {
            // A standalone photo credit is a caption with no text.
            let text = match len {
                Some(len) => l.text.get(..len).unwrap_or_default(),
                None => "",
            };
            let start = l.span().start;
            return Block {
                kind: BlockKind::Caption,
                text: Text::new(text, Span::new(start, start + text.len())),
                credits: vec![self.credit(credit)],
                span: l.span(),
            };
        }
        Block {
            kind: BlockKind::Paragraph,
            text: Text::new(l.text, l.span()),
            credits: Vec::new(),
            span: l.span(),
        }
    }

    /// The article; [`ErrorKind::TooManyPieces`] when it would hold more
    /// than [`MAX_PIECES`] mentions or diagnostics.
    fn finish(self) -> Result<Article<'a>, Error> {
        let text = self.text;
        let ctx = Context {
            dateline: self.dateline.as_ref().map(|d| d.date),
        };
        let mut mentions = Vec::with_capacity(16);
        let mut findings = self.findings;
        let header_findings = findings.len();
        // The title (read where it stood: a title joined from two lines is
        // scanned as it stood), the lead, then the body in order.
        match (&self.title, &self.title_raw) {
            (Some(title), None) => {
                if let Cow::Borrowed(s) = title.text {
                    mention::scan(s, title.span.start, ctx, &mut mentions, &mut findings);
                }
            }
            (Some(title), Some(Cow::Borrowed(raw))) => {
                mention::scan(raw, title.span.start, ctx, &mut mentions, &mut findings);
            }
            _ => {}
        }
        if let Some(lead) = &self.lead {
            if let Cow::Borrowed(s) = lead.text {
                mention::scan(s, lead.span.start, ctx, &mut mentions, &mut findings);
            }
        }
        for block in &self.body {
            if let Cow::Borrowed(s) = block.text.text {
                mention::scan(s, block.text.span.start, ctx, &mut mentions, &mut findings);
            }
        }
        // Lead first, then the body in order: the order the canonical
        // rendering gives, so that rendering keeps the mentions' order.

        // The scanner stops one past the limit.
        let past = |what: &'static str, span: Option<Span>| {
            let at = span.map_or(self.from, |s| s.start);
            error_at(
                ErrorKind::TooManyPieces,
                Detail::TooManyPieces { what },
                (text, self.from, self.first_line),
                at,
            )
        };
        if mentions.len() > MAX_PIECES {
            return Err(past(
                "mentions",
                mentions.get(MAX_PIECES).map(|m| m.text.span),
            ));
        }
        if findings.len() > MAX_PIECES {
            findings.sort_by_key(|f| f.span.start);
            return Err(past(
                "diagnostics",
                findings.get(MAX_PIECES).map(|f| f.span),
            ));
        }
        // A dateline line that could not be read stays in the body, where the
        // scanner meets its impossible date again: say it once.
        if header_findings > 0 && findings.len() > header_findings {
            let header: Vec<(DiagnosticCode, Span)> = findings
                .iter()
                .take(header_findings)
                .map(|h| (h.code, h.span))
                .collect();
            let mut seen = 0;
            findings.retain(|f| {
                seen += 1;
                seen <= header_findings
                    || !header.iter().any(|&(code, span)| {
                        code == f.code && span.start < f.span.end && f.span.start < span.end
                    })
            });
        }
        // Lines counted in one walk over the findings in text order, each
        // finding becoming its diagnostic in place.
        findings.sort_by_key(|f| f.span.start);
        let (mut pos, mut line) = (self.from, self.first_line);
        for f in &mut findings {
            let at = f.span.start.max(pos);
            line += line_breaks(text, pos, at);
            pos = at;
            f.line = line;
        }
        let diagnostics = findings;
        // The header's furniture in text order.
        let mut header = self.header;
        header.sort_by_key(|t| t.span.start);
        let mut article = Article {
            dateline: self.dateline,
            section: self.section,
            title: self.title.unwrap_or_else(|| Text::new("", Span::default())),
            source: self.source,
            lead: self.lead,
            body: self.body,
            credits: self.credits,
            footer: self.footer,
            header,
            mentions,
            diagnostics,
            layout: Vec::new(),
            title_raw: self.title_raw,
        };
        article.layout = crate::lossless::layout(&article, text, self.from, self.to);
        Ok(article)
    }
}

/// An error at byte `offset` of the article that starts at byte `from`, on
/// line `first_line`, of `text`: the position is counted from the article's
/// start, not the text's, so that errors in a long dump cost no more than
/// the article.
fn error_at(
    kind: ErrorKind,
    message: Detail<'_>,
    (text, from, first_line): (&str, usize, usize),
    offset: usize,
) -> Error {
    let offset = offset.min(text.len());
    let (line, column) = position(text, from, first_line, offset);
    Error::with_position(kind, message.to_string(), offset, line, column)
}
