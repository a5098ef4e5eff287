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
use crate::normalize::plain_spaced;
use nom::Parser;
use std::borrow::Cow;

use super::common::{
    line_breaks, longer_than, more_words_than, position, raw_lines, word_count, word_count_up_to,
};
use super::credit::{
    caption_or_photo, closed_by_numbered_picture, closed_by_picture_kind, closing_byline,
    closing_labelled, closing_source, credit_line, is_caption_label_alone, is_labelled_caption,
    is_labelled_picture, is_numbered_picture, is_picture_kind, is_picture_note, Place, RawCredit,
    MAX_PICTURE_KIND_BYTES,
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
mod dated;
pub(crate) use dated::is_barred_head;
mod end;
mod layout;
mod lines;

use builder::*;
use layout::*;
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

impl<'a> Line<'a> {
    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// The line's text from byte `from` on, as a line of its own.
    fn part_from(&self, from: usize) -> Option<Line<'a>> {
        Some(self.part(self.text.get(from..)?))
    }

    /// The piece `text` of this line's text, as a line of its own.
    fn part(&self, text: &'a str) -> Line<'a> {
        Line {
            text,
            start: self.start + super::common::offset_in(self.text, text),
            indent: 0,
        }
    }

    /// What follows the dash that opens this line, trimmed, as a line of
    /// its own (`- Thời sự` after a dateline).
    fn after_dash(&self) -> Option<Line<'a>> {
        let rest = self.text.strip_prefix(crate::normalize::is_dash)?;
        Some(self.part(trim(rest)))
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
/// The most credit lines read at the end when those past
/// [`MAX_CREDIT_LINES`] are labelled with their roles (`Thiết kế: ...`):
/// the credits of a long form.
const MAX_LABELLED_CREDIT_LINES: usize = 12;
/// The most tags (short labels that are no credit: `Giá vàng`) under the
/// last credit line.
const MAX_TRAILING_TAGS: usize = 6;
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
        let spaced = trim(raw);
        if spaced.is_empty() {
            continue;
        }
        let indent = raw
            .get(..super::common::offset_in(raw, spaced))
            .unwrap_or_default()
            .chars()
            .count();
        let t = lines::without_markup(spaced);
        let at = start + super::common::offset_in(raw, t);
        if out.len() == MAX_PIECES {
            return Err(at);
        }
        out.push(Line {
            text: t,
            start: at,
            indent,
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
    let mut lines = lines(text, from, to).map_err(|at| {
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
    split_glued_marker(&mut lines);
    split_glued_dateline(&mut lines);
    let mut b = Builder::new(text, from, to, first_line);
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
    missing_header(&mut b, &lines);
    let rest_from = layout.body_from;
    let (lead_at, marked, marker_alone, twice) = lead_and_copies(&mut b, &lines, &layout);
    // A sapo's cut copy over the dateline and the full copy under it: the
    // dateline is read under the cut copy.
    let over_dateline = twice.filter(|&k| lead_at.is_some_and(|l| k < l));
    let mut skip = dateline_under_lead(&mut b, &lines, over_dateline.or(lead_at));
    if let Some(lead) = lead_at.filter(|_| skip.as_slice().is_empty()) {
        byline_under_lead(&mut b, &lines, lead, &mut skip);
    }
    if let Some(i) = marker_alone {
        skip.push(i);
    }
    // A line read under the lead already is no copy.
    if let Some((k, line)) = twice
        .filter(|&k| !skip.contains(k))
        .and_then(|k| Some((k, lines.get(k)?)))
    {
        b.header.push(Text::new(line.text, line.span()));
        skip.push(k);
    }

    // Credits, furniture and the end mark `./.` at the end, never taking the lead.
    let floor = lead_at.map_or(rest_from, |i| (i + 1).max(rest_from));
    let floor = skip
        .as_slice()
        .iter()
        .fold(floor, |floor, &s| floor.max(s + 1));
    let (end, mut credits, mut footer) = b.end_region(&lines, floor);
    // The last paragraph: the body's last line, or the lead's when nothing
    // stands between it and the end (an article of one paragraph, a page
    // flattened to one line under its title).
    let last = if end > floor {
        Some(end - 1)
    } else {
        lead_at.filter(|&i| i + 1 == end)
    };
    // In a lead opened by its marker, the words after the marker.
    let last = last.map(|i| match (&b.lead, lines.get(i)) {
        (Some(lead), Some(l)) if Some(i) == lead_at => (i, lead.span.start.saturating_sub(l.start)),
        _ => (i, 0),
    });
    let cut =
        last.and_then(|last| closing_credit(&mut b, &lines, last, (&mut credits, &mut footer)));
    if let Some((i, len)) = cut.filter(|&(i, _)| Some(i) == lead_at) {
        if let Some(l) = lines.get(i) {
            b.cut_lead(l, len);
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
    // A block at most for each line between the header and the end region.
    b.body.reserve(end.saturating_sub(rest_from));
    body_blocks(&mut b, &lines, &body);
    if b.lead.is_none() {
        b.findings.push(Finding::new(
            DiagnosticCode::MissingLead,
            Detail::MissingLead.to_string(),
            title,
        ));
    }
    dateline_at_end(&mut b, &lines, end, &mut footer);
    b.add_end_credits(credits, &mut footer);
    b.footer = footer;
    // The lines are placed: let their memory go before the layout is built.
    drop(lines);
    b.finish()
}

/// A dateline and the lead glued on one line under the title (see
/// [`dateline::with_lead_after`]) split into two lines, as the page's two
/// tags print them; the lines above the first paragraph (told by its
/// length and the period that ends it) are looked at.
fn split_glued_dateline(lines: &mut Vec<Line<'_>>) {
    for i in 1..lines.len().min(header::MAX_HEADER_LINES) {
        let Some(&line) = lines.get(i) else {
            return;
        };
        if let Some((found, lead)) = dateline::with_lead_after(line.text) {
            if let Some(slot) = lines.get_mut(i) {
                *slot = line.part(found.text);
            }
            lines.insert(i + 1, line.part(lead));
            return;
        }
        if line.text.len() > MIN_PARAGRAPH_BYTES && line.text.ends_with('.') {
            return;
        }
    }
}

/// A title glued to the lead's source marker on one line (`Kết nạp đảng
/// viên mới đạt 53,68% kế hoạch năm (CT) - Ngày 2-4-2024, ...`), as a
/// scraper joins the page's headline and sapo, split at the marker; a
/// dateline printed with the title (`03/04/2024 - 07:35 Kết nạp ... (CT) -
/// ...`, the header joined whole) split from it too (see
/// [`title_and_dateline`]), as it is from the line over a lead opened by
/// its marker. The lines down to the lead or the first headline are looked
/// at.
fn split_glued_marker(lines: &mut Vec<Line<'_>>) {
    for i in 0..lines.len().min(header::MAX_HEADER_LINES) {
        let Some(&line) = lines.get(i) else {
            return;
        };
        let t = line.text;
        // Its words, counted once, up to more than a glued line needs.
        let words = word_count_up_to(t, MIN_GLUED_LINE_WORDS + 1);
        let window = t.get(..MAX_GLUED_TITLE_BYTES).unwrap_or(t);
        // A dateline over the line: the article's (the words after the
        // title are a byline's: `Đăng bởi Minh Châu vào lúc 10:05 ...`).
        let dated_above = || {
            lines
                .get(..i)
                .unwrap_or_default()
                .iter()
                .any(|l| dateline::find_in_header(l.text).is_some())
        };
        // A dateline and the title on one line, the lead under it: told
        // by their words (more than a dateline's) and a time's mark first.
        let marked_under = || {
            lines
                .get(i + 1)
                .is_some_and(|l| source::marker(l.text).is_some())
        };
        if words > MIN_TITLED_DATELINE_WORDS
            && dateline::has_time_mark(window.as_bytes())
            && marked_under()
        {
            if !dated_above() {
                let parts = title_and_dateline(line, t);
                if parts.len() > 1 {
                    lines.splice(i..=i, parts);
                }
            }
            return;
        }
        // A section, a dateline, a byline: read past.
        if words <= MAX_SECTION_WORDS_OVER_GLUED {
            continue;
        }
        // Long enough to hold a title and a lead, a bracket or a dash in
        // reach; not the lead's own line.
        let w = window.as_bytes();
        let glued = words > MIN_GLUED_LINE_WORDS
            && (w.contains(&b'(') || w.contains(&b'-') || w.contains(&0xE2));
        if glued {
            if source::marker(t).is_some() {
                return;
            }
            if let Some(at) = glued_marker_at(t) {
                let head = t.get(..at).unwrap_or_default().trim_end_matches(is_space);
                let lead = line.part(t.get(at..).unwrap_or_default());
                let mut parts = if dated_above() {
                    vec![line.part(head)]
                } else {
                    title_and_dateline(line, head)
                };
                parts.push(lead);
                lines.splice(i..=i, parts);
                return;
            }
        }
        // Past a headline (no breadcrumb, no dateline), the title is read:
        // a marker further down is a paragraph's. A dateline told by its
        // first word or a time's mark first.
        let dated = || {
            (dateline::may_open_line(t) || dateline::has_time_mark(window.as_bytes()))
                && dateline::find_in_header(t).is_some()
        };
        if !lines::is_breadcrumb(t) && !dated() {
            return;
        }
    }
}

/// `text` (a piece of `line`) as the title and a dateline printed with it
/// on one line, each a line of its own: the dateline first (`03/04/2024 -
/// 07:35 Kết nạp đảng viên mới ...`) or after the title (`7 món ăn bài
/// thuốc ... 26-01-2024 09:38 | Chữa bệnh`, more words before the date than
/// a section's or a byline's); else `text` alone.
fn title_and_dateline<'a>(line: Line<'a>, text: &'a str) -> Vec<Line<'a>> {
    if let Some((found, title)) = dateline::with_title_after(text) {
        return vec![line.part(found.text), line.part(title)];
    }
    // The dateline with its time from a word past a section's words,
    // opened by a digit or a weekday's or a label's letter, to the end (a
    // category after it); a title may close with a date alone (`... từ
    // ngày 5-3-2025`).
    let titled = text
        .match_indices(' ')
        .map(|(k, _)| k + 1)
        .skip(MAX_SECTION_WORDS_OVER_GLUED)
        .filter(|&k| {
            text.as_bytes()
                .get(k)
                .is_some_and(|&b| b.is_ascii_digit() || matches!(b | 0x20, b't' | b'c' | b'n'))
                && text
                    .get(k..)
                    .is_some_and(|r| dateline::timed_near_start(r.as_bytes()))
        })
        .find_map(|k| {
            let rest = text.get(k..)?;
            let f = dateline::find_in_header(rest)?;
            (f.head.is_none() && f.timed() && rest.starts_with(f.text)).then_some(k)
        })
        .and_then(|k| {
            // The bar or the dash between them is the layout's.
            let title = text
                .get(..k)?
                .trim_end_matches(|c: char| is_space(c) || crate::vocab::is_bar_or_dash(c));
            Some([title, text.get(k..)?])
        });
    match titled {
        Some(parts) => parts.iter().map(|p| line.part(p)).collect(),
        None => vec![line.part(text)],
    }
}

/// Where a known outlet's code and its dash open the lead inside `line`
/// (see [`split_glued_marker`]), in brackets (`... năm (CT) - Ngày`) or
/// bare (`... Malaysia TTO - Phát biểu`, `... tuần Báo Công Thương -
/// Sáng`): after a space, within [`MAX_GLUED_TITLE_BYTES`], the words
/// before it no sentence (no period, colon or comma before the code, no
/// sentence closed among them), a
/// capital or a digit after the dash (`TTO - 23h đêm 8-12, ...`) and more
/// than [`MIN_GLUED_LEAD_WORDS`] words.
fn glued_marker_at(line: &str) -> Option<usize> {
    let opens_lead = |k: usize| {
        let head = line.get(..k).unwrap_or_default();
        let before = head.trim_end_matches(is_space);
        // A sentence closed before it (`... tuần trước. Từ mùng 1 Tết đến
        // hết ngày (CT) - 20/2`): a paragraph, not a title.
        if before.len() == head.len()
            || before.is_empty()
            || before.ends_with(['.', ':', ',', ';'])
            || closes_sentence_inside(before)
        {
            return false;
        }
        let Some(m) = line.get(k..).and_then(source::marker) else {
            return false;
        };
        let after = line.get(k + m.consumed..).unwrap_or_default();
        m.outlet.is_some()
            && m.text.ends_with(crate::normalize::is_dash)
            && after.starts_with(|c: char| letters::is_uppercase(c) || c.is_ascii_digit())
            && more_words_than(after, MIN_GLUED_LEAD_WORDS)
    };
    let window = || {
        line.char_indices()
            .take_while(|&(k, _)| k <= MAX_GLUED_TITLE_BYTES)
    };
    let bracketed = window()
        .filter(|&(_, c)| crate::vocab::OPEN_BRACKETS.contains(&c))
        .map(|(k, _)| k)
        .find(|&k| opens_lead(k));
    // A bare code of up to [`MAX_GLUED_CODE_WORDS`] words before a dash
    // between spaces, the longest first.
    let bare = window()
        .filter(|&(k, c)| {
            crate::normalize::is_dash(c) && line.get(..k).is_some_and(|h| h.ends_with(' '))
        })
        .find_map(|(k, _)| {
            let head = line.get(..k).unwrap_or_default().trim_end_matches(is_space);
            let starts: Vec<usize> = head
                .rmatch_indices(' ')
                .map(|(s, _)| s + 1)
                .take(MAX_GLUED_CODE_WORDS)
                .collect();
            // The code opens the words (`Nhất (Dân trí) -` is a place
            // before a bracketed code, read as such above).
            let code_first = |s: usize| {
                let rest = line.get(s..).unwrap_or_default();
                rest.starts_with(letters::is_uppercase)
                    && source::marker(rest).is_some_and(|m| rest.starts_with(m.code))
            };
            starts
                .into_iter()
                .rev()
                .find(|&s| code_first(s) && opens_lead(s))
        });
    match (bracketed, bare) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether a sentence closes inside `s`: a period (not an ellipsis's), a
/// space and a capital (`... tuần trước. Từ mùng 1 Tết`; not `giấy vay...
/// 400 triệu`).
fn closes_sentence_inside(s: &str) -> bool {
    s.match_indices(". ").any(|(k, _)| {
        let period_before = k.checked_sub(1).and_then(|p| s.as_bytes().get(p)) == Some(&b'.');
        !period_before
            && s.get(k + 2..)
                .is_some_and(|r| r.starts_with(letters::is_uppercase))
    })
}

/// The most words of a bare code glued after the title (`Báo Công Thương`).
const MAX_GLUED_CODE_WORDS: usize = 3;

/// The most words of a dateline alone on its line (`Thứ Hai, 07/12/2026
/// 09:20 (GMT+7)`): a line of more may hold the title too.
const MIN_TITLED_DATELINE_WORDS: usize = 5;

/// The fewest words of a lead glued after the title's words, less one: a
/// sentence, not the rest of a headline a marker stands in.
const MIN_GLUED_LEAD_WORDS: usize = 8;

/// The fewest words of a line holding a title glued to its lead, less
/// one: a word of the title, the code, the lead's words.
const MIN_GLUED_LINE_WORDS: usize = MIN_GLUED_LEAD_WORDS + 2;

/// The most words of a line (no dateline) over a title glued to the
/// lead's marker: a section's or a menu's (`Bình Thủy`, `Thời sự`).
const MAX_SECTION_WORDS_OVER_GLUED: usize = 4;

/// The most bytes before a marker glued to the title on one line (a
/// dateline, a section and a long title).
const MAX_GLUED_TITLE_BYTES: usize = 400;

/// The shortest line ended by a period that is taken for a paragraph
/// where the header is looked at cheaply, in bytes.
const MIN_PARAGRAPH_BYTES: usize = 120;

/// The findings of a header without a title or a dateline.
fn missing_header(b: &mut Builder<'_>, lines: &[Line<'_>]) {
    if b.title.is_none() {
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
}

/// The lead's line, whether its marker opens it, the line of a marker
/// alone over it, and the line of a sapo printed twice (its cut copy or
/// the second), which goes to the header.
fn lead_and_copies<'a>(
    b: &mut Builder<'a>,
    lines: &[Line<'a>],
    layout: &Layout<'a>,
) -> (Option<usize>, bool, Option<usize>, Option<usize>) {
    let mut lead_at = lead_line(b, lines, layout);
    let mut marked = matches!(layout.lead, Lead::Marker(..));
    // A marker alone on its line (`SGGPO`, `(Chinhphu.vn) -`) over a
    // paragraph: that paragraph is the lead, the marker's line left out.
    let mut marker_alone = None;
    if let Some(i) = lead_at.filter(|_| marked && b.lead.is_none()) {
        let next = lines.get(i + 1).map_or("", |l| l.text);
        if is_paragraph(next) && !is_caption(next) && !is_furniture(next) {
            (marker_alone, lead_at, marked) = (Some(i), Some(i + 1), false);
        }
    }
    // A sapo printed twice, once cut mid-word, right over or under its full
    // copy, or whole twice: the cut copy (or the second) goes to the header.
    let mut twice = None;
    let text_of = |k: usize| lines.get(k).map_or("", |l| l.text);
    if let Some(i) = lead_at.filter(|_| marked) {
        // Opened by its marker, printed whole again right under it.
        if text_of(i + 1) == text_of(i) {
            twice = Some(i + 1);
        }
    } else if let Some(i) = lead_at {
        // The full copy reads as a paragraph, the cut one holds no date
        // (a byline and its date over a longer one is no sapo).
        let copy = |cut: &str, full: &str| {
            is_cut_copy(cut, full) && is_paragraph(full) && dateline::find_in_header(cut).is_none()
        };
        // The full copy right under the cut one, or under the dateline
        // between them (`12/02/2026 09:41`).
        let dated_between = || dateline::find_in_header(text_of(i + 1)).is_some();
        if copy(text_of(i), text_of(i + 1)) {
            (twice, lead_at) = (Some(i), Some(i + 1));
        } else if is_cut_mid_word(text_of(i), text_of(i + 2))
            && copy(text_of(i), text_of(i + 2))
            && dated_between()
        {
            (twice, lead_at) = (Some(i), Some(i + 2));
        } else if copy(text_of(i + 1), text_of(i))
            || (text_of(i + 1) == text_of(i) && is_paragraph(text_of(i)))
        {
            // Cut, or whole again (a teaser and the article's sapo).
            twice = Some(i + 1);
        }
    }
    (lead_at, marked, marker_alone, twice)
}

/// A source in brackets, a byline or credits opened by their roles closing
/// the last paragraph (line `last`, its text from byte `from` on): cut
/// from it and put first in `credits`; the line and the length of its text
/// kept. The page's buttons glued after such credits (`... Tin, ảnh: KIM
/// XUÂN Chia sẻ bài viết`, a page flattened to one line) go first in
/// `footer`.
fn closing_credit<'a>(
    b: &mut Builder<'a>,
    lines: &[Line<'a>],
    (last, from): (usize, usize),
    (credits, footer): (&mut Vec<Credit<'a>>, &mut Vec<Text<'a>>),
) -> Option<(usize, usize)> {
    let l = lines.get(last)?.part_from(from)?;
    let none_under = credits.is_empty();
    let (found, buttons) = closing_credits_in(l.text, none_under)
        .map(|found| (found, Vec::new()))
        .or_else(|| {
            let (kept, buttons) = without_closing_buttons(l.text)?;
            Some((closing_credits_in(kept, none_under)?, buttons))
        })?;
    let (len, found) = found;
    // The paragraph keeps words of its own: a line of credits alone is the
    // end region's; a caption's credit is the caption's.
    if trim(l.text.get(..len)?).is_empty() || is_caption(l.text) {
        return None;
    }
    let found: Vec<Credit<'a>> = found.into_iter().map(|c| b.credit(c)).collect();
    credits.splice(0..0, found);
    let buttons = buttons.into_iter().map(|t| Text::new(t, l.part(t).span()));
    footer.splice(0..0, buttons);
    Some((last, from + len))
}

/// The credits closing the paragraph `text` (see [`closing_credit`]), and
/// no buttons after them: a source in brackets or after `Theo`, a byline
/// in capitals or cased as names after the last sentence (`none_under`: no
/// credit under the paragraph), credits opened by their roles; the length
/// of the paragraph's own text and the credits.
pub(super) fn closing_credits_in(
    text: &str,
    none_under: bool,
) -> Option<(usize, Vec<RawCredit<'_>>)> {
    let closing = || {
        closing_byline(text)
            .filter(|_| none_under)
            .map(|(len, c)| (len, vec![c]))
    };
    closing_source(text)
        .map(|(len, c)| byline_before_source(text, len, none_under).unwrap_or((len, vec![c])))
        .or_else(closing)
        .or_else(|| closing_labelled(text))
}

/// The byline before a source in brackets closing a paragraph, read with
/// it as a line of its own is (`... bán chạy. Thu Hằng (TTXVN tại
/// Washington)`: the author and the source, where the bracket alone gave
/// the source); `len` is where the bracket opens.
fn byline_before_source(
    text: &str,
    len: usize,
    none_under: bool,
) -> Option<(usize, Vec<RawCredit<'_>>)> {
    let (at, _) = closing_byline(text.get(..len)?).filter(|_| none_under)?;
    let line = trim(text.get(at..)?);
    let found = credit_line(line, Place::End)?;
    found
        .iter()
        .any(|c| c.roles.contains(&Role::Author))
        .then_some((at, found))
}

/// `text` without the page's buttons and links glued after its words with
/// a space (`Chia sẻ bài viết`, `Chia sẻ Bình luận (0)`), as a page
/// flattened to one line ends: the text kept, and the buttons in order.
/// Each is the shortest run of the last words (at most
/// [`MAX_BUTTON_WORDS`]) that is page furniture; `None` when none is.
fn without_closing_buttons(text: &str) -> Option<(&str, Vec<&str>)> {
    let mut kept = text.trim_end_matches(is_space);
    // Most paragraphs close their last sentence: no button after it.
    if kept.ends_with(crate::vocab::SENTENCE_ENDS) {
        return None;
    }
    let mut buttons = Vec::new();
    while buttons.len() < MAX_CLOSING_BUTTONS {
        let spaces = kept
            .char_indices()
            .rev()
            .filter(|&(_, c)| is_space(c))
            .take(MAX_BUTTON_WORDS);
        // Buttons open with a capital and a word of the page's furniture:
        // told by the capital and the word's hash before the furniture's
        // tests.
        let found = spaces.map(|(at, _)| at).find(|&at| {
            let tail = trim(kept.get(at..).unwrap_or_default());
            tail.starts_with(letters::is_uppercase)
                && crate::vocab::FURNITURE_WORDS.may_start(tail).0
                && is_furniture(tail)
        });
        let Some(at) = found else {
            break;
        };
        buttons.push(trim(kept.get(at..)?));
        kept = kept.get(..at)?.trim_end_matches(is_space);
    }
    buttons.reverse();
    (!buttons.is_empty()).then_some((kept, buttons))
}

/// The most words of a button glued after a paragraph's closing credits.
const MAX_BUTTON_WORDS: usize = 6;

/// The most buttons read off the end of a paragraph's closing credits.
const MAX_CLOSING_BUTTONS: usize = 4;

/// `s` without the mark of a text cut short at its end (`…`, `...`, `..`);
/// a single period ends a sentence and stays.
pub(super) fn without_cut_mark(s: &str) -> &str {
    // Most lines end with neither mark: told by the last byte (`…` ends
    // with A6).
    if !matches!(s.as_bytes().last(), Some(b'.' | 0xA6)) {
        return s;
    }
    let t = s.trim_end_matches(['…', '.']);
    let dots = s.get(t.len()..).unwrap_or_default();
    if dots.contains('…') || dots.len() >= 2 {
        t
    } else {
        s
    }
}

/// Whether `cut` is `full` cut short (anywhere, marked with `…` or not), at
/// least [`MIN_CUT_COPY_BYTES`] long: a paragraph that the next one opens
/// with whole is no paragraph of its own.
pub(super) fn is_cut_copy(cut: &str, full: &str) -> bool {
    let t = without_cut_mark(cut);
    t.len() >= MIN_CUT_COPY_BYTES && full.len() > t.len() && full.starts_with(t)
}

/// [`is_cut_copy`] cut mid-word or marked as cut (`…`, `...`): over the
/// lead, where a title that the lead opens with is no copy.
pub(super) fn is_cut_mid_word(cut: &str, full: &str) -> bool {
    let t = without_cut_mark(cut);
    is_cut_copy(cut, full)
        && (t.len() < cut.len()
            || full
                .get(t.len()..)
                .and_then(|r| r.chars().next())
                .is_some_and(crate::parse::letters::is_alphanumeric))
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
        Lead::Search => (0..rest.len())
            .find(|&k| {
                rest.get(k)
                    .is_some_and(|l| !is_caption(l.text) && !is_furniture(l.text))
                    && !k
                        .checked_sub(1)
                        .and_then(|j| rest.get(j))
                        .is_some_and(|l| is_caption_label_alone(l.text))
            })
            .map(|k| rest_from + k),
        Lead::None => None,
    }
}

/// An audio or video player's clock (`0:00 / 3:21`, `00:00`): a counter
/// with a colon, two clocks parted by a slash or a clock at zero; a time
/// alone (`10:15`, a live report's stamp) is none.
fn is_player_clock(t: &str) -> bool {
    is_counter(t)
        && t.contains(':')
        && (t.contains('/') || t.bytes().all(|b| matches!(b, b'0' | b':' | b' ')))
}

/// A dateline under the lead, when the header has none (one government
/// outlet prints it there; others print the sapo over the byline and the
/// date), with a byline right above it or right under it: read, and their
/// lines given back to be left out of the body.
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
        // Bylines between, and other credits but a photo's (`Theo Báo Hà
        // Nội Mới`, `Tin, ảnh: KIM XUÂN` over `Ngày đăng: 12/02/2026` under
        // the last paragraph).
        for k in lead + 1..i {
            if let Some(byline) = lines.get(k) {
                if b.credit_line_over_date(byline) {
                    skip.push(k);
                }
            }
        }
        // Or right under it (`02/12/2025 | 10:15` over `Minh Anh`).
        if skip.as_slice().is_empty() && lines.get(i + 1).is_some_and(|l| b.byline_line(l)) {
            skip.push(i + 1);
        }
        skip.push(i);
        break;
    }
    skip
}

/// A byline alone right under the lead, with no credit over the title and
/// more of the body under it (`Nguyễn Hoài` between the sapo and the first
/// paragraph, as some outlets print it without the date): read, and its
/// line given back to be left out of the body. Only a name opened by a
/// family name ([`is_surnamed_name`](crate::parse::credit::is_surnamed_name)):
/// a place (`Bình Dương`, a report's dateline place), a widget (`XEM VIDEO`),
/// letters (`A A`, the buttons of the type's size) or a subheading there
/// are no byline.
fn byline_under_lead<'a>(b: &mut Builder<'a>, lines: &[Line<'a>], lead: usize, skip: &mut Indexes) {
    let i = lead + 1;
    if !b.head_credits.is_empty() || lines.len() <= i + 1 {
        return;
    }
    let Some(line) = lines.get(i) else { return };
    if crate::parse::credit::is_surnamed_name(line.text) && b.byline_line(line) {
        skip.push(i);
    }
}

/// With no dateline yet, a date on a line of the end (`lines[end..]`,
/// under the byline: `Minh Anh` over `15/01/2024 08:30`, `Ngày đăng:
/// 15/01/2024`; or after it: `Minh Anh - 15/01/2024 08:30`) with no
/// furniture over it, taken from the `footer` it went to: the article's
/// dateline.
fn dateline_at_end<'a>(
    b: &mut Builder<'a>,
    lines: &[Line<'a>],
    end: usize,
    footer: &mut Vec<Text<'a>>,
) {
    if b.dateline.is_some() || b.unplaced_dateline {
        return;
    }
    for line in lines.get(end..).unwrap_or_default() {
        // Credits stand before it; furniture (a related box's dates) ends
        // the search.
        let Some(at) = footer.iter().position(|t| t.span == line.span()) else {
            continue;
        };
        let Some(found) = end::dateline_closing(line.text) else {
            return;
        };
        if !b.dateline_line(line, &found) {
            return;
        }
        footer.remove(at);
        b.findings
            .retain(|f| f.code != DiagnosticCode::MissingDateline);
        return;
    }
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
/// headline is a link to another article (`related`). The page's buttons
/// between the lead and the first block (`Chia sẻ`, `Nghe bài viết`, a
/// player's clock `0:00 / 3:21`, as pages that print the sapo over the
/// byline and the date set them) go to `header`.
fn body_blocks<'a>(b: &mut Builder<'a>, lines: &[Line<'a>], body: &BodyLines) {
    let mut under_related = false;
    for (i, l) in lines.iter().enumerate().take(body.end).skip(body.from) {
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
        if Some(i) == body.lead {
            b.plain_lead(l);
        }
        if body.skip.contains(i) {
            continue;
        }
        if b.body.is_empty()
            && b.lead.is_some()
            && l.text.len() <= MAX_FURNITURE_BYTES
            && (is_furniture_of(l.text, Furniture::Closing) || is_player_clock(l.text))
        {
            b.header.push(Text::new(l.text, l.span()));
            continue;
        }
        // `Xem thêm`, `Xem thêm: <headline>`: a short line, or a label
        // and its colon near the start.
        // `>> <headline>`, `Bấm xem >> <headline>`: a link to another
        // article, however long (a short one is furniture).
        let related = ((l.text.len() <= MAX_FURNITURE_BYTES || colon_near_start(l.text))
            && is_furniture_of(l.text, Furniture::Related))
            || is_link_headline(l.text)
            || (l.text.len() > MAX_FURNITURE_BYTES && is_labelled_link(l.text));
        let mut block = b.block(l, body.lead_indent);
        // The caption under its label alone (`Chụp lại hình ảnh,`).
        if block.kind == BlockKind::Paragraph
            && b.body.last().is_some_and(|p| {
                p.kind == BlockKind::Caption && is_caption_label_alone(&p.text.text)
            })
        {
            block.kind = BlockKind::Caption;
        }
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
