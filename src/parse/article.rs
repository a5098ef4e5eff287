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
use std::borrow::Cow;

use super::common::{line_breaks, longer_than, position, raw_lines};
use super::credit::{caption_or_photo, credit_line, Place, RawCredit};
use super::dateline;
use super::mention::{self, Context};
use super::source;
use super::Finding;
use crate::error::{Error, ErrorKind};
use crate::model::{Article, Block, BlockKind, Credit, DiagnosticCode, SourceMarker, Span, Text};
use crate::normalize::{is_space, trim};

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
    ("bình luận", Furniture::Closing),
    ("bài liên quan", Furniture::Related),
    ("chia sẻ", Furniture::Closing),
    ("chia sẻ bài viết", Furniture::Closing),
    ("chia sẻ facebook", Furniture::Closing),
    ("gửi bình luận", Furniture::Closing),
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

/// The first bytes of [`FURNITURE`].
const FURNITURE_STARTS: [u64; 256] = super::common::first_bytes(FURNITURE);

/// What a furniture line does on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Furniture {
    /// Closes the article: share, comment, print buttons, tags.
    Closing,
    /// Heads a list of other articles (`Tin liên quan`, `Đọc thêm`).
    Related,
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
/// The most credit lines read at the end.
const MAX_CREDIT_LINES: usize = 6;

/// Splits `text` into its non-blank lines, trimmed, with their offsets. Line
/// ends are `\n`, `\r\n` and a lone `\r`.
pub(crate) fn lines(text: &str, from: usize, to: usize) -> Vec<Line<'_>> {
    // About one line per 80 bytes in news text; a guess saves the regrowth.
    let mut out = Vec::with_capacity(to.saturating_sub(from) / 80 + 8);
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
        out.push(Line {
            text: t,
            start: start + before.len(),
            indent: before.chars().count(),
        });
    }
    out
}

/// Parses the article in `text[from..to]` (NFC text); spans are offsets in
/// the whole `text`.
pub(crate) fn parse_range(
    text: &str,
    from: usize,
    to: usize,
    first_line: usize,
) -> Result<Article<'_>, Error> {
    let lines = lines(text, from, to);
    let Some(&top) = lines.first() else {
        return Err(error_at(
            ErrorKind::EmptyInput,
            "empty input: the text holds no article",
            (text, from, first_line),
            from,
        ));
    };
    let mut b = Builder::new(text, from, to, first_line);
    b.body.reserve(lines.len());
    let mut idx = 0;

    // Dateline, possibly under a section line.
    let mut dateline_at = None;
    for (i, line) in lines.iter().enumerate().take(2) {
        if let Some(found) = dateline::find(line.text) {
            if i == 1 && !is_section_like(lines.first().map_or("", |l| l.text)) {
                break;
            }
            dateline_at = Some((i, found));
            break;
        }
    }
    let mut unplaced: Vec<Line<'_>> = Vec::new();
    match dateline_at {
        Some((i, found)) => {
            if i == 1 {
                if let Some(l) = lines.first() {
                    b.section(l);
                }
            }
            let line = lines.get(i).copied().unwrap_or(top);
            let base = line.start + super::common::offset_in(line.text, found.text);
            b.dateline = dateline::build(&found, base, &mut b.findings);
            if b.dateline.is_none() {
                unplaced.push(line);
            }
            // A line whose dateline could not be read stays whole in the body.
            if let Some(head) = found.head.filter(|_| b.dateline.is_some()) {
                let head_line = Line {
                    text: head,
                    start: line.start + super::common::offset_in(line.text, head),
                    indent: 0,
                };
                match credit_line(head, Place::End)
                    .filter(|c| c.iter().all(|c| c.roles == [crate::Role::Author]))
                {
                    Some(credits) => {
                        b.head_credits = credits.into_iter().map(|c| b.credit(c)).collect()
                    }
                    None => b.section(&head_line),
                }
            }
            idx = i + 1;
        }
        None => b.findings.push(Finding::new(
            DiagnosticCode::MissingDateline,
            "no dateline at the top of the article",
            lines.first().map_or(Span::default(), Line::span),
        )),
    }

    // Section, when a short label stands before a title.
    if b.section.is_empty() {
        if let (Some(first), Some(second)) = (lines.get(idx), lines.get(idx + 1)) {
            if is_breadcrumb(first.text)
                || (is_section_like(first.text) && is_title_like(second.text))
            {
                b.section(first);
                idx += 1;
            }
        }
    }

    // Title.
    let Some(title) = lines.get(idx) else {
        return Err(error_at(
            ErrorKind::NoTitle,
            "no title: the text holds no line after its header",
            (text, from, first_line),
            to,
        ));
    };
    b.title = Some(Text::new(title.text, title.span()));
    idx += 1;
    if let Some(next) = lines.get(idx) {
        if continues_title(text, title, next, lines.get(idx + 1)) {
            let span = Span::new(title.start, next.start + next.text.len());
            b.title = Some(Text::new(format!("{} {}", title.text, next.text), span));
            b.title_raw = text.get(span.range()).map(Cow::Borrowed);
            b.findings.push(Finding::new(
                DiagnosticCode::TitleJoined,
                "the title runs over two lines; they were joined with a space",
                span,
            ));
            idx += 1;
        }
    }

    // Lead: the marker line near the top, else the first line that is no caption.
    let rest = lines.get(idx..).unwrap_or_default();
    let marked = rest
        .iter()
        .take(LEAD_WINDOW)
        .enumerate()
        .find_map(|(i, l)| source::marker(l.text).map(|m| (i, m)));
    let lead_at = match marked {
        Some((i, m)) => {
            let line = rest.get(i).copied();
            if let Some(line) = line {
                let code_start = line.start + super::common::offset_in(line.text, m.code);
                let known = m.outlet;
                if known.is_none() {
                    b.findings.push(Finding::new(
                        DiagnosticCode::UnknownOutlet,
                        format!(
                            "source marker code {:?} is not in the outlet registry",
                            m.code
                        ),
                        Span::new(code_start, code_start + m.code.len()),
                    ));
                }
                b.source = Some(SourceMarker {
                    text: m.text.into(),
                    code: m.code.into(),
                    outlet: known.map(|o| Cow::Borrowed(o.name)),
                    span: Span::new(line.start, line.start + m.text.len()),
                });
                let lead = trim(line.text.get(m.consumed..).unwrap_or_default());
                if !lead.is_empty() {
                    let start = line.start + super::common::offset_in(line.text, lead);
                    b.lead = Some(Text::new(lead, Span::new(start, start + lead.len())));
                }
            }
            Some(i)
        }
        None => rest
            .iter()
            .position(|l| !is_caption(l.text) && !is_furniture(l.text)),
    };

    // Credits, furniture and the end mark `./.` at the end, never taking the lead.
    let floor = lead_at.map_or(0, |i| i + 1);
    let mut end = rest.len();
    let mut footer = Vec::new();
    // Read bottom up, each line's credits pushed last first: reversed once
    // at the end, lines and credits stand in text order.
    let mut credits = Vec::new();
    let mut credit_lines = 0;
    while end > floor {
        let Some(l) = rest.get(end - 1) else { break };
        if is_furniture(l.text) || is_end_mark(l.text) {
            footer.push(Text::new(l.text, l.span()));
        } else if credit_lines < MAX_CREDIT_LINES {
            let Some(found) = credit_line(l.text, Place::End) else {
                break;
            };
            credits.extend(found.into_iter().rev().map(|c| b.credit(c)));
            credit_lines += 1;
        } else {
            break;
        }
        end -= 1;
    }
    footer.reverse();
    credits.reverse();

    // Body: everything else in order.
    for line in unplaced {
        b.body.push(Block {
            kind: BlockKind::Paragraph,
            text: line.text.into(),
            credits: Vec::new(),
            span: line.span(),
        });
    }
    for (i, l) in rest.iter().enumerate().take(end) {
        if Some(i) == lead_at {
            if marked.is_none() {
                b.lead = Some(Text::new(l.text, l.span()));
            }
            continue;
        }
        let lead_indent = lead_at.and_then(|i| rest.get(i)).map_or(0, |l| l.indent);
        let block = b.block(l, lead_indent);
        b.body.push(block);
    }
    if b.lead.is_none() {
        b.findings.push(Finding::new(
            DiagnosticCode::MissingLead,
            "no lead paragraph after the title",
            title.span(),
        ));
    }
    b.credits = if b.head_credits.is_empty() {
        credits
    } else {
        let mut all = std::mem::take(&mut b.head_credits);
        all.extend(credits);
        all
    };
    b.footer = footer;
    // The lines are placed: let their memory go before the layout is built.
    drop(lines);
    Ok(b.finish())
}

/// Whether `next` goes on with the title `title`: the two stand on adjacent
/// lines in a text that otherwise puts blank lines between blocks, and
/// `next` reads as the rest of a headline, not as a lead, a caption or a
/// sentence.
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
        && is_title_like(next.text)
        && !is_section_like(next.text)
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
    if line.len() > MAX_FURNITURE_BYTES {
        return None;
    }
    let t = trim(line.trim_end_matches(|c: char| {
        c == ':' || c.is_ascii_digit() || c == '(' || c == ')' || is_space(c)
    }));
    super::common::whole_one_of(t, FURNITURE, &FURNITURE_STARTS)
}

/// A breadcrumb: a few short labels joined by `>` (`THỜI SỰ > Cần Thơ`).
pub(crate) fn is_breadcrumb(line: &str) -> bool {
    line.contains('>')
        && line.split('>').count() <= MAX_SECTION_WORDS
        && line.split('>').all(|part| {
            let part = trim(part);
            !part.is_empty() && !longer_than(part, MAX_SECTION_CHARS)
        })
}

/// A section label: a breadcrumb, or a short label with no sentence end.
fn is_section_like(line: &str) -> bool {
    if is_breadcrumb(line) {
        return true;
    }
    // Cheap tests first: a section label is short.
    line.len() <= MAX_SECTION_CHARS * 4
        && !longer_than(line, MAX_SECTION_CHARS)
        && line.split(is_space).filter(|w| !w.is_empty()).count() <= MAX_SECTION_WORDS
        && !line.ends_with(['.', '?', '!', ':', ',', ';', '"', '”'])
        && line.chars().next().is_some_and(letters::is_uppercase)
        && source::marker(line).is_none()
        && dateline::find(line).is_none()
}

/// A title: no source marker, no closing period, not too long.
fn is_title_like(line: &str) -> bool {
    !longer_than(line, 300)
        && (!line.ends_with('.') || line.ends_with("..."))
        && source::marker(line).is_none()
        && !is_caption(line)
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
            findings: Vec::new(),
        }
    }

    /// Splits a breadcrumb on `>` into the section.
    fn section(&mut self, line: &Line<'a>) {
        let mut pos = 0;
        for part in line.text.split('>') {
            let t = trim(part);
            if !t.is_empty() {
                let start = line.start + pos + super::common::offset_in(part, t);
                self.section
                    .push(Text::new(t, Span::new(start, start + t.len())));
            }
            pos += part.len() + 1;
        }
    }

    fn credit(&self, c: RawCredit<'a>) -> Credit<'a> {
        let start = super::common::offset_in(self.text, c.text);
        Credit {
            text: c.text.into(),
            roles: c.roles,
            names: c.names,
            span: Span::new(start, start + c.text.len()),
        }
    }

    fn block(&self, l: &Line<'a>, lead_indent: usize) -> Block<'a> {
        if l.indent >= RELATED_INDENT && l.indent > lead_indent && is_title_like(l.text) {
            return Block {
                kind: BlockKind::Related,
                text: l.text.into(),
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
            return Block {
                kind: BlockKind::Caption,
                text: text.into(),
                credits: vec![self.credit(credit)],
                span: l.span(),
            };
        }
        Block {
            kind: BlockKind::Paragraph,
            text: l.text.into(),
            credits: Vec::new(),
            span: l.span(),
        }
    }

    fn finish(self) -> Article<'a> {
        let text = self.text;
        let ctx = Context {
            dateline: self.dateline.as_ref().map(|d| d.date),
        };
        let mut mentions = Vec::with_capacity(16);
        let mut findings = self.findings;
        let header_findings = findings.len();
        if let Some(lead) = &self.lead {
            if let Cow::Borrowed(s) = lead.text {
                mention::scan(s, lead.span.start, ctx, &mut mentions, &mut findings);
            }
        }
        for block in &self.body {
            if let Cow::Borrowed(s) = block.text {
                mention::scan(s, block.span.start, ctx, &mut mentions, &mut findings);
            }
        }
        // Lead first, then the body in order: the order the canonical
        // rendering gives, so that rendering keeps the mentions' order.

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
        let mut article = Article {
            dateline: self.dateline,
            section: self.section,
            title: self.title.unwrap_or_else(|| Text::new("", Span::default())),
            source: self.source,
            lead: self.lead,
            body: self.body,
            credits: self.credits,
            footer: self.footer,
            mentions,
            diagnostics,
            layout: Vec::new(),
            title_raw: self.title_raw,
        };
        article.layout = crate::lossless::layout(&article, text, self.from, self.to);
        article
    }
}

/// An error at byte `offset` of the article that starts at byte `from`, on
/// line `first_line`, of `text`: the position is counted from the article's
/// start, not the text's, so that errors in a long dump cost no more than
/// the article.
fn error_at(
    kind: ErrorKind,
    message: &str,
    (text, from, first_line): (&str, usize, usize),
    offset: usize,
) -> Error {
    let offset = offset.min(text.len());
    let (line, column) = position(text, from, first_line, offset);
    Error::with_position(kind, message, offset, line, column)
}
