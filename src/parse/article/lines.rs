//! What a line is by its own shape: page furniture (share and comment
//! widgets, related boxes, counters, links, placeholders, signatures),
//! paragraphs, breadcrumbs, sections, labels, titles, end marks.

use super::*;
pub(super) use crate::vocab::{
    BACK_LINKS, BOX_HEADINGS, BREADCRUMB_SEPARATORS, COUNTED_FURNITURE, FURNITURE,
    FURNITURE_ANY_STARTS, FURNITURE_OPENINGS, FURNITURE_WORDS, HOME_BREADCRUMB_SEPARATORS,
    HOME_LABELS, READER_WORDS, SECTION_LABELS, SERIES_MARKS, SITE_CHROME, WIDGETS,
};

/// The first words of [`FURNITURE_OPENINGS`], as a filter.
pub(super) const OPENING_WORDS: crate::parse::common::WordFilter =
    crate::parse::common::WordFilter::new().with(FURNITURE_OPENINGS.entries);

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

/// The entries of `table` of kind `kind`, as bits of its index by first
/// bytes (the `starts` of a [`crate::parse::common::Table`]).
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: `i` stays below the length
pub(super) const fn kind_entries(table: &[(&str, Furniture)], kind: Furniture) -> u64 {
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

/// Comment headings and related-article labels, as bits of the `starts`
/// of [`crate::vocab::FURNITURE`] and of [`crate::vocab::FURNITURE_OPENINGS`].
const COMMENTS: (u64, u64) = (
    kind_entries(FURNITURE.entries, Furniture::Comments),
    kind_entries(FURNITURE_OPENINGS.entries, Furniture::Comments),
);

const RELATED: (u64, u64) = (
    kind_entries(FURNITURE.entries, Furniture::Related),
    kind_entries(FURNITURE_OPENINGS.entries, Furniture::Related),
);

/// Widgets, tags and other lines that close the article.
const CLOSING: (u64, u64) = (
    kind_entries(FURNITURE.entries, Furniture::Closing),
    kind_entries(FURNITURE_OPENINGS.entries, Furniture::Closing),
);

/// Whether `line` is furniture of `kind`, told first by the bytes its
/// entries open with ([`may_be_furniture`]).
pub(super) fn is_furniture_of(line: &str, kind: Furniture) -> bool {
    may_be_furniture(line, kind) && furniture(line) == Some(kind)
}

/// Whether `line` may be furniture of `kind`: its words (as [`furniture`]
/// reads them) open with the first byte of one of its entries ([`COMMENTS`],
/// and every one of [`BOX_HEADINGS`] for related furniture).
fn may_be_furniture(line: &str, kind: Furniture) -> bool {
    let (whole, openings) = match kind {
        Furniture::Closing => CLOSING,
        Furniture::Related => RELATED,
        Furniture::Comments => COMMENTS,
    };
    let first = usize::from(
        bare_words(without_count(line))
            .as_bytes()
            .first()
            .copied()
            .unwrap_or(0),
    );
    let any =
        |starts: &[u64; 256], entries: u64| starts.get(first).is_some_and(|&s| s & entries != 0);
    any(&FURNITURE.starts, whole)
        || any(&FURNITURE_OPENINGS.starts, openings)
        || (kind == Furniture::Related
            && (any(&BOX_HEADINGS.starts, u64::MAX) || is_link_headline(line)))
        || (kind == Furniture::Closing && any(&WIDGETS.starts, u64::MAX))
}

/// `line` without a count before its words (`1.024 lượt xem`, `0 Bình
/// luận`, a rating's `5/5 (1 bình chọn)`), which is read like one after
/// them.
pub(super) fn without_count(line: &str) -> &str {
    if line.as_bytes().first().is_some_and(u8::is_ascii_digit) && line.len() <= MAX_FURNITURE_BYTES
    {
        trim(line.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | '(' | '-') || is_space(c)
        }))
    } else {
        line
    }
}

/// Whether `line` is another article's headline behind the arrows of a
/// link (`>> Đeo nhẫn cưới cũng phải biết cách`, `» Giá vàng tăng`,
/// `>>> Giá vàng tăng`, `>>Giá vàng tăng`): no sentence closed by a period
/// after them.
pub(super) fn is_link_headline(line: &str) -> bool {
    // Told by the first byte of the arrows (`>`, `»` C2 BB, `›` E2 80 BA).
    if !matches!(line.as_bytes().first(), Some(b'>' | 0xC2 | 0xE2)) {
        return false;
    }
    // More marks of the arrows (`>>>`), then a space, or a capital glued
    // to them (`>>Giá vàng tăng`).
    let Some(rest) = crate::vocab::LINK_ARROWS
        .iter()
        .find_map(|a| line.strip_prefix(a))
        .map(|r| r.trim_start_matches(['>', '»']))
        .filter(|r| r.starts_with(is_space) || r.starts_with(letters::is_uppercase))
    else {
        return false;
    };
    let headline = trim(rest);
    !headline.is_empty() && is_title_shaped(headline)
}

/// Whether `line` is a link to another article behind a related box's
/// label on its line (`Bấm xem >> Giá vàng tăng`, `Tin liên quan » Giá
/// vàng tăng`), as [`is_link_headline`] reads it after the label.
#[inline]
pub(super) fn is_labelled_link(line: &str) -> bool {
    // No headline closes with a sentence's period (most paragraphs do).
    (!line.ends_with('.') || line.ends_with("...")) && labelled_link(line)
}

/// [`is_labelled_link`] of a line that closes with no period.
fn labelled_link(line: &str) -> bool {
    // Told by an arrow near the start, found by its first byte (`>`, `»`
    // C2 BB, `›` E2 80 BA; C2 and E2 open spaces, dashes and quotes too).
    let b = line.as_bytes();
    let head = b.get(..MAX_LABEL_ARROW_AT).unwrap_or(b);
    let arrow_at = |at: usize| {
        let rest = b.get(at..).unwrap_or_default();
        crate::vocab::LINK_ARROWS
            .iter()
            .any(|a| rest.starts_with(a.as_bytes()))
    };
    if !memchr::memchr3_iter(b'>', 0xC2, 0xE2, head).any(arrow_at) {
        return false;
    }
    matches!(
        FURNITURE.starting()(bare_words(line)),
        Ok((rest, Furniture::Related))
            if is_link_headline(trim(trim(rest).trim_start_matches(':')))
    )
}

/// How far into a line the arrows after a related box's label may end, in
/// bytes (`Tin cùng chuyên mục: >>`).
const MAX_LABEL_ARROW_AT: usize = 32;

/// The words of a furniture line: after bullets, `>` and the `+` of a
/// button (`+ Theo dõi`).
pub(super) fn bare_words(line: &str) -> &str {
    trim(line.trim_start_matches(|c: char| matches!(c, '*' | '>' | '+' | '•') || is_space(c)))
}

/// A reader's signature: `Bạn đọc Lê Văn An`, `Độc giả: Minh Anh (Hà Nội)`.
pub(super) fn is_signature(line: &str) -> bool {
    let Ok((rest, _)) = READER_WORDS.starting().parse(line) else {
        return false;
    };
    let rest = trim(rest.trim_start_matches([':', ' ']));
    let name = rest
        .find(crate::normalize::OPEN_BRACKETS)
        .and_then(|at| rest.get(..at))
        .map_or(rest, trim);
    crate::parse::credit::is_name(name)
}

/// Whether a line is a sentence, never a title: a few words closed by a
/// period (not an ellipsis).
pub(super) fn is_sentence(line: &str) -> bool {
    line.ends_with('.') && !line.ends_with("..") && more_words_than(line, MIN_SENTENCE_WORDS - 1)
}

/// The fewest words of a [`is_sentence`].
const MIN_SENTENCE_WORDS: usize = 4;

/// Whether `line` is a page's keywords, listed after commas (`Sức Khỏe Gia
/// Đình, trẻ em, ho, mẹo dân gian`): four items or more, each of a few
/// words, no paragraph. A headline lists fewer, or longer items.
pub(crate) fn is_keyword_line(line: &str) -> bool {
    const MIN_KEYWORDS: usize = 4;
    const MAX_KEYWORD_WORDS: usize = 4;
    // The most bytes of a line of keywords: told by its length first, as
    // most lines it is asked of are a lead's paragraph.
    const MAX_KEYWORD_LINE_BYTES: usize = 160;
    line.len() <= MAX_KEYWORD_LINE_BYTES
        && memchr::memchr_iter(b',', line.as_bytes()).count() + 1 >= MIN_KEYWORDS
        && !is_paragraph(line)
        && line
            .split(',')
            .all(|item| !trim(item).is_empty() && !more_words_than(item, MAX_KEYWORD_WORDS))
}

/// Whether `line` is prose however it closes: a paragraph by its length
/// that holds a sentence's end before another sentence (`... lõm ngực. Em
/// muốn biết ...`, a reader's question closed by their name in brackets).
/// A headline holds none; an abbreviation's period (`TP. HCM`, `Q. 1`)
/// closes a word of two letters or fewer, or a word in capitals.
pub(super) fn is_prose(line: &str) -> bool {
    // The sentence's end first: most lines asked of hold none.
    memchr::memchr3_iter(b'.', b'?', b'!', line.as_bytes()).any(|at| {
        let (Some(before), Some(after)) = (line.get(..at), line.get(at + 1..)) else {
            return false;
        };
        let word = before.rsplit(' ').next().unwrap_or_default();
        let next = after.strip_prefix(' ').and_then(|a| a.chars().next());
        next.is_some_and(letters::is_uppercase)
            && word.chars().count() > 2
            && word.chars().any(letters::is_small_letter)
    }) && is_paragraph(line)
}

/// Whether a line reads as a paragraph: it closes a sentence, or it is long.
pub(crate) fn is_paragraph(line: &str) -> bool {
    is_paragraph_bytes(line.as_bytes())
}

use crate::vocab::PARAGRAPH_ENDS;

/// A line's text inside the Markdown marks or the HTML tags that wrap it
/// whole, as pages converted to Markdown, or scraped with their markup,
/// print their lines: a heading's marks (`# Tiêu đề`), emphasis around
/// the whole line (`**06/12/2025 08:15**`, `*Người dân xếp hàng. Ảnh: Minh
/// Anh*`, `***...***`), an element around it (`<p>Tin, ảnh: KIM
/// XUÂN</p>`, `<p class="author"><strong>MINH ANH</strong></p>`). The
/// marks and tags are the layout's. A line with emphasis or tags inside it
/// (`**Hà Nội** và **Huế**`, `<p><b>Tin:</b> Lê Hà</p>`) or marks alone
/// (`# # #`) is kept whole.
pub(crate) fn without_markup(line: &str) -> &str {
    use crate::vocab::{EMPHASIS_MARKS, HEADING_MARK, MAX_HEADING_LEVEL};
    // Told first by the first byte: most lines open with a letter.
    if !line.as_bytes().first().is_some_and(|&b| may_open_markup(b)) {
        return line;
    }
    let mut t = line;
    let level = t.bytes().take_while(|&b| b == HEADING_MARK).count();
    if (1..=MAX_HEADING_LEVEL).contains(&level) {
        if let Some(heading) = t.get(level..).and_then(|h| h.strip_prefix(' ')) {
            t = trim(heading);
        }
    }
    // `***x***`: bold, then italic, inside; `<p><strong>x</strong></p>`:
    // an element in an element.
    for _ in 0..MAX_WRAPPING_MARKS {
        let inner = inside_element(t).or_else(|| {
            EMPHASIS_MARKS.iter().find_map(|&mark| {
                let inner = t.strip_prefix(mark)?.strip_suffix(mark)?;
                let glued = !inner.starts_with(is_space) && !inner.ends_with(is_space);
                (glued && !inner.is_empty() && !inner.contains(mark)).then_some(inner)
            })
        });
        match inner {
            Some(inner) => t = inner,
            None => break,
        }
    }
    // Marks alone (`# # #`, a rule): the line as it is.
    if t.chars().any(char::is_alphanumeric) {
        t
    } else {
        line
    }
}

/// Whether a line opening with byte `b` may be wrapped in marks or an
/// element (see [`without_markup`]): a heading's or emphasis's mark, a
/// tag's `<`.
pub(crate) fn may_open_markup(b: u8) -> bool {
    b == crate::vocab::HEADING_MARK || b == b'<' || crate::vocab::EMPHASIS_BYTES.contains(&b)
}

/// The most marks or elements read off a line, one inside another.
const MAX_WRAPPING_MARKS: usize = 3;

/// The longest HTML tag name read as one wrapping a line (`figcaption`).
const MAX_TAG_NAME_BYTES: usize = 10;

/// The text inside the HTML element that wraps `t` whole, its white space
/// trimmed: an opening tag (a name of ASCII letters and digits opened by a
/// letter, attributes after a space) at the start, the closing tag of the
/// same name (in either case) at the end, no other tag of that name
/// between them; `None` when `t` is no such element or holds nothing
/// else.
fn inside_element(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('<')?;
    let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = rest.get(..name_len)?;
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || name_len > MAX_TAG_NAME_BYTES {
        return None;
    }
    let after_name = rest.get(name_len..)?;
    let gt = after_name.find('>')?;
    let attributes = after_name.get(..gt)?;
    if !(attributes.is_empty() || attributes.starts_with(is_space)) || attributes.contains('<') {
        return None;
    }
    let body = after_name.get(gt + 1..)?.strip_suffix('>')?;
    let close_at = body.rfind("</")?;
    let close = body.get(close_at + 2..)?;
    let inner = trim(body.get(..close_at)?);
    let opened_again = || {
        inner.match_indices('<').any(|(k, _)| {
            inner
                .get(k + 1..k + 1 + name_len)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
    };
    (close.eq_ignore_ascii_case(name) && !inner.is_empty() && !opened_again()).then_some(inner)
}

/// [`is_paragraph`] of a line's UTF-8 bytes, which need not be checked.
pub(crate) fn is_paragraph_bytes(line: &[u8]) -> bool {
    // Each run of spaces holds a space, a tab or an A0 byte: with fewer of
    // those, told by a pass the compiler vectorizes, there are fewer runs
    // (most lines are short).
    let most_runs = || {
        line.iter()
            .filter(|&&b| matches!(b, b' ' | b'\t' | 0xA0))
            .count()
    };
    is_closed_paragraph_bytes(line)
        || (most_runs() >= PARAGRAPH_WORDS && gaps(line, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS)
}

/// The runs of spaces between a line's words, counted up to `limit`:
/// ASCII spaces, tabs and non-breaking spaces (U+00A0, as `&nbsp;` gives
/// them: C2 A0, a lead byte that Vietnamese letters never use), a run of
/// them counted once (`&nbsp;` before a space gives two).
fn gaps(line: &[u8], limit: usize) -> usize {
    // Whether a space ends at each byte, and whether one ended at the
    // byte before: a run is counted at its first space.
    let mut after_space = false;
    let mut after_c2 = false;
    let mut runs = 0;
    for &b in line {
        let space = b == b' ' || b == b'\t' || (after_c2 && b == 0xA0);
        // The C2 of a non-breaking space is not a letter either: a run
        // reaches over it.
        let lead = b == 0xC2;
        runs += usize::from(space && !after_space);
        if runs >= limit {
            break;
        }
        after_space = space || (lead && after_space);
        after_c2 = lead;
    }
    runs
}

/// Whether a line's UTF-8 bytes are a paragraph closed as one (by a
/// sentence's end or a colon) or too long for a headline: a headline of
/// many words (`Bộ ảnh cưới độc đáo ... nhận cơn mưa lời khen`) is none.
pub(crate) fn is_closed_paragraph_bytes(line: &[u8]) -> bool {
    PARAGRAPH_ENDS
        .iter()
        .any(|c| line.ends_with(c.encode_utf8(&mut [0; 4]).as_bytes()))
        || line.len() > PARAGRAPH_WORDS * MAX_WORD_BYTES
}

/// Whether `next` (a header text line: no marker, caption or dateline) goes
/// on with the title `title`: the two stand on adjacent lines in a text that
/// otherwise puts blank lines between blocks, and `next` reads as the rest of
/// a headline, not as a lead or a sentence.
pub(super) fn continues_title(
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
    // On a page without blank lines, with a line under them: a title cut
    // after its comma, or a line going on with a word in small letters
    // (`Giá vàng tăng mạnh,` / `nhà đầu tư đổ xô đi mua`; not a brand,
    // `iPhone`).
    let small_word =
        next.text.split(is_space).next().is_some_and(|w| {
            !w.is_empty() && w.chars().all(crate::parse::letters::is_small_letter)
        });
    let goes_on = after.is_some() && (title.text.ends_with(',') || small_word);
    // Past blank lines, a line going on with a word in small letters
    // (`Thủ tướng yêu cầu ...` / `trong năm 2025`), with a line under it;
    // of no more words than the title (a headline's three or more), no
    // sentence (a lead cut at its start is longer, and holds commas or
    // ends as sentences do). However many the blank lines: the rendering
    // of an article writes one between its pieces, and reads the same.
    let spaced_on = || {
        small_word
            && after.is_some()
            && more_words_than(title.text, 2)
            && !more_words_than(next.text, crate::parse::common::word_count(title.text))
            && !next.text.contains(',')
            && !next.text.ends_with(crate::vocab::TITLE_CLOSERS)
    };
    // Lines wrapped each in its own marks or element (`<h1>...</h1>` over
    // `<span>...</span>`, `**...**` twice) are two pieces of the page: the
    // gap between them holds nothing but white space for a title run on.
    let marked_apart = || !gap(title, next).chars().all(is_space);
    (adjacent && (blank_after || goes_on) || spaced_on())
        && !marked_apart()
        && !title.text.ends_with(crate::vocab::TITLE_CLOSERS)
        && !longer_than(next.text, 120)
        && is_title_shaped(next.text)
        && !is_label_shaped(next.text)
}

/// Whether `line`, wholly in brackets, a reporter's post (`Phóng viên
/// Ban Thời sự`), a workplace (`Trường Đại học Kinh tế Quốc dân`, `Đoàn
/// Luật sư TP Hà Nội`) or an office (`Giám đốc Sở Y tế tỉnh Quảng Ninh`),
/// and no credit but a bare byline or a desk (read alone, `(Lê Hà)` and
/// `PV Ban Xã hội` sign), stands under a bare byline (`above`): the
/// byline's affiliation.
pub(super) fn is_affiliation(line: &str, above: Option<&Line<'_>>) -> bool {
    // A post alone is a few words (`Phóng viên`, `Biên tập viên`).
    const MAX_POST_BYTES: usize = 32;
    // Told by its length first: a long line is none of them.
    if longer_than(line, MAX_SECTION_CHARS) {
        return false;
    }
    let bracketed = line.starts_with(crate::normalize::OPEN_BRACKETS)
        && line.ends_with(crate::normalize::CLOSE_BRACKETS);
    let authors_only = |c: Vec<RawCredit<'_>>| c.iter().all(|c| c.roles == [Role::Author]);
    // `Phóng viên Ban Thời sự`, `Phóng viên`: the reporter's post on a
    // line of its own.
    (bracketed
        || crate::parse::credit::is_reporter_post(line)
        || (line.len() <= MAX_POST_BYTES && crate::parse::credit::is_post(line))
        || crate::parse::credit::is_workplace(line)
        || crate::parse::credit::is_office(line))
        && credit_line(line, Place::End).map_or(true, authors_only)
        && above.is_some_and(|a| {
            credit_line(a.text, Place::End)
                .is_some_and(|c| c.iter().all(|c| c.roles == [Role::Author]))
        })
}

/// The end mark of Vietnamese articles, alone on its line: `./.`, or the
/// mark of an article printed in parts (`(Còn nữa)`, `(Hết)`, one of
/// [`SERIES_MARKS`]).
pub(crate) fn is_end_mark(line: &str) -> bool {
    matches!(line, "./." | "./" | "//.")
        || line.len() <= MAX_FURNITURE_BYTES
            && SERIES_MARKS.contains(line.trim_matches(|c: char| {
                matches!(c, '(' | ')' | '.') || crate::normalize::is_dash(c) || is_space(c)
            }))
}

/// A line closed by an end mark ([`is_end_mark`]): the mark of an article
/// printed in parts, in brackets (`MINH AN (Còn nữa)`, `Tin, ảnh: Lê Hà
/// (còn tiếp)`), or `./.` glued to the words (`Theo TTXVN./.`): the words
/// before it, trimmed, and the mark. `None` when no such mark closes the
/// line or nothing stands before it.
pub(crate) fn end_mark_closing(line: &str) -> Option<(&str, &str)> {
    let at = if line.ends_with(')') {
        line.rfind('(')?
    } else {
        let head = ["./.", "//.", "./"]
            .iter()
            .find_map(|m| line.strip_suffix(m))?;
        head.len()
    };
    let (head, mark) = line.split_at_checked(at)?;
    let head = trim(head);
    (!head.is_empty() && is_end_mark(mark)).then_some((head, mark))
}

/// `line` cut where page furniture is glued to the words before it, a
/// capital right after a letter with no space (`KIM XUÂNChia sẻ bài
/// viết`, `Minh AnhBình luận (0)`, as a page's spans are read with nothing
/// between them): the words and the furniture.
pub(crate) fn glued_furniture(line: &str) -> Option<(&str, &str)> {
    // A credit's line is short: a paragraph's is told by its length.
    if line.len() > MAX_GLUED_FURNITURE_LINE {
        return None;
    }
    let from = line.len().saturating_sub(MAX_FURNITURE_BYTES);
    letters::glued_capitals(line, from).find_map(|at| {
        let (head, tail) = line.split_at_checked(at)?;
        let head = trim(head);
        (words_glued_to(head) && is_furniture(tail)).then_some((head, tail))
    })
}

/// The longest line, in bytes, read as words with furniture glued to them
/// (a credit's line and a widget's words).
const MAX_GLUED_FURNITURE_LINE: usize = 160;

/// Whether `head` may be the words something is glued to, read apart: two
/// words or more (`KIM XUÂN`, `Tin, ảnh: Lê Hà`) or an outlet's name
/// (`TTXVN`); a capital or two alone (`ẠChia sẻ`, `PMThích`) is more
/// likely a word's end.
pub(crate) fn words_glued_to(head: &str) -> bool {
    crate::parse::common::word_count(head) >= 2 || crate::outlets::is_outlet_name(head)
}

/// Whether `line` is a badge a page pins by a title, alone (`Hot`, `Mới`,
/// `NÓNG`); in a name's last word (`Báo Hà Nội Mới`) it is none.
pub(crate) fn is_badge(line: &str) -> bool {
    crate::vocab::BADGES.whole(line).is_some()
}

/// The longest comment box's prompt, in bytes.
const MAX_PROMPT_BYTES: usize = 80;

/// A comment box's prompt, short, asking the reader and closed by the word
/// of comments (`Hãy là người đầu tiên bình luận`, `Vui lòng nhập nội dung
/// bình luận`, `Bạn đọc có thể gửi bình luận tại đây`, a colon or dots
/// after it or not); a sentence ends with its period, a headline opens
/// with no word of [`crate::vocab::PROMPT_OPENERS`].
fn is_comment_prompt(bare: &str) -> bool {
    // Told by the last byte first: `luận`'s `n`, the `y` of `đây`, the `i`
    // of `dưới`, a colon or dots.
    if !matches!(
        bare.as_bytes().last(),
        Some(b'n' | b'N' | b'y' | b'Y' | b'i' | b'I' | b':' | b'.' | 0xA6)
    ) || bare.ends_with('.') && !bare.ends_with("..")
    {
        return false;
    }
    let t = trim(bare.trim_end_matches([':', '.', '…']));
    let here = || {
        crate::vocab::HERE_WORDS
            .entries
            .iter()
            .find(|(w, ())| crate::parse::common::ends_with_word(t, w))
    };
    let t = match t.ends_with(['y', 'Y', 'i', 'I']).then(here).flatten() {
        Some((w, ())) => trim(t.get(..t.len() - w.len()).unwrap_or(t)),
        None => t,
    };
    crate::parse::common::ends_with_word(t, crate::vocab::COMMENT_WORD)
        && crate::vocab::PROMPT_OPENERS.starting().parse(t).is_ok()
}

/// A rule drawn with marks (`***`, `---`, `* * *`, `___`): no letter, no
/// digit, three marks or more.
pub(crate) fn is_rule(line: &str) -> bool {
    line.len() >= crate::vocab::MIN_RULE_MARKS
        && line.len() <= MAX_FURNITURE_BYTES
        && line
            .bytes()
            .all(|b| matches!(b, b'*' | b'-' | b'_' | b'=' | b'~' | b'.' | b' '))
        && line.bytes().filter(|&b| b != b' ').count() >= crate::vocab::MIN_RULE_MARKS
}

/// The font-size widget's buttons alone on a line (`A`, `A- A+`, `A A`):
/// each word its letter in capitals and `+` or `-` after it.
fn is_font_size_row(line: &str) -> bool {
    // Told by its first letter: most lines open with another.
    line.starts_with(crate::vocab::FONT_SIZE_BUTTON)
        && line.len() <= MAX_FURNITURE_BYTES
        && line.split_whitespace().all(|w| {
            w.strip_prefix(crate::vocab::FONT_SIZE_BUTTON)
                .is_some_and(|signs| signs.bytes().all(|b| matches!(b, b'+' | b'-')))
        })
}

/// A line of hashtags (`#giá vàng #lãi suất`): a `#` before a letter
/// opens it, and no sentence end closes it.
fn is_hashtags(line: &str) -> bool {
    line.strip_prefix('#')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic)
        && !line.ends_with(['.', '!', '?'])
}

/// Whether a photo caption, a standalone photo credit or a caption
/// opened by its label.
pub(super) fn is_caption(line: &str) -> bool {
    caption_or_photo(line).is_some() || crate::parse::credit::is_labelled_caption(line)
}

pub(crate) fn is_furniture(line: &str) -> bool {
    furniture(line).is_some()
}

/// The longest widget printed with dots (`Đang tải...`, `Xem thêm...`),
/// in bytes: a longer line closing with a period is a sentence.
pub(crate) const MAX_DOTTED_WIDGET_BYTES: usize = 48;

/// Whether `line`, which closes with a period or an ellipsis as a sentence
/// does, is a widget's words with their dots (`Đang tải...`, `Xem
/// thêm...`): page furniture, no paragraph.
pub(crate) fn is_dotted_widget(line: &str) -> bool {
    line.len() <= MAX_DOTTED_WIDGET_BYTES && line.ends_with(['.', '…']) && is_furniture(line)
}

/// What kind of furniture `line` is, if it is any (matched whole, ignoring
/// case, with a count such as `Bình luận (0)` or a colon after it).
pub(crate) fn furniture(line: &str) -> Option<Furniture> {
    // A link or an e-mail address alone, a label with an unfilled template
    // placeholder (`Nguồn: [Tên nguồn]`), a copyright notice.
    if listed_link(line).is_some()
        || line.ends_with([']', '}']) && is_placeholder(line)
        || is_counter(line)
        || is_hashtags(line)
        || is_rule(line)
        || crate::vocab::is_file_name_line(line.as_bytes())
        || line.starts_with(crate::vocab::COPYRIGHT_SIGN)
        || is_font_size_row(line)
        || is_player_speed(line)
        || line.len() <= MAX_FURNITURE_BYTES
            && ((line.as_bytes().contains(&b'@') && crate::parse::credit::is_email(line))
                || is_reading_time(line)
                // `(GMT+7)` alone, split from the page's clock.
                || crate::parse::dateline::is_offset_alone(line))
    {
        return Some(Furniture::Closing);
    }
    if is_link_headline(line) {
        return Some(Furniture::Related);
    }
    let written = line;
    let line = without_count(line);
    let bare = bare_words(line);
    if line.len() <= MAX_PROMPT_BYTES && is_comment_prompt(bare) {
        return Some(Furniture::Comments);
    }
    // Most lines open with no furniture word: told by the hash of the
    // first (a long line can only open with one of the openings).
    let long = line.len() > MAX_FURNITURE_BYTES;
    let (words, starts) = if long {
        (&OPENING_WORDS, &FURNITURE_OPENINGS.starts)
    } else {
        (&FURNITURE_WORDS, &FURNITURE_ANY_STARTS)
    };
    let first = bare.as_bytes().first().copied().unwrap_or(0);
    if starts.get(usize::from(first)) == Some(&0) || !words.may_start(bare).0 {
        // A related box's label before a link (`Bấm xem >> Giá vàng
        // tăng`), however long: the long lines' filter holds none.
        return (long && is_labelled_link(line)).then_some(Furniture::Related);
    }
    if let Ok((_, f)) = FURNITURE_OPENINGS.starting().parse(bare) {
        return Some(f);
    }
    if is_labelled_link(line) {
        return Some(Furniture::Related);
    }
    if long {
        // `Theo dõi tin tức mới nhất trên Google News`.
        return is_follow_widget(bare).then_some(Furniture::Closing);
    }
    // Buttons carry no colon: `Trả lời:` labels an answer, where `Trả
    // lời` alone is a comment's button.
    let button = |f: Option<Furniture>| f.filter(|_| !line.ends_with(':'));
    // A count, a colon, the dots of a button still loading or an audio
    // player's clock after the words (`Bình luận (0)`, `Đang tải...`,
    // `Nghe bài viết 0:00 / 3:25`).
    let t = trim(bare.trim_end_matches(|c: char| {
        matches!(c, ':' | '>' | '(' | ')' | '/' | '.' | '…') || c.is_ascii_digit() || is_space(c)
    }));
    if let Ok((rest, f)) = BACK_LINKS.starting()(t) {
        let words = word_count(rest);
        if (1..=MAX_BACK_LINK_WORDS).contains(&words) && !is_paragraph(t) {
            return Some(f);
        }
    }
    FURNITURE
        .whole(t)
        .or_else(|| BOX_HEADINGS.whole(t).map(|()| Furniture::Related))
        .or_else(|| button(WIDGETS.whole(t).map(|()| Furniture::Closing)))
        .or_else(|| SITE_CHROME.whole(t).map(|()| Furniture::Closing))
        .or_else(|| button(furniture_run(t)))
        .or_else(|| is_follow_widget(t).then_some(Furniture::Closing))
        .or_else(|| {
            // `Ý kiến (5)`, `12 ý kiến`: the count told it.
            written
                .bytes()
                .any(|b| b.is_ascii_digit())
                .then(|| COUNTED_FURNITURE.whole(t))
                .flatten()
        })
}

/// The most words of a follow widget.
const MAX_FOLLOW_WORDS: usize = 10;

/// A follow widget: `Theo dõi` and an outlet's name, closed by `trên` or
/// `Google News` (`Theo dõi Giadinhonline trên`, `Theo dõi Báo Tin Mới
/// trên Google News`).
fn is_follow_widget(t: &str) -> bool {
    // Told by the last word first: most lines end with another.
    t.rsplit(is_space)
        .next()
        .is_some_and(|last| crate::vocab::FOLLOW_ENDS.contains(last))
        && !more_words_than(t, MAX_FOLLOW_WORDS)
        && crate::parse::common::word(crate::vocab::FOLLOW_WORDS)(t).is_ok()
}

/// A row of widgets, each a furniture entry or one of the [`WIDGETS`] that
/// are no furniture alone, joined by spaces or by `|`, `,`, `·`, `•`, `/`
/// (`Facebook Twitter Zalo Copy link`, `Lưu | Chia sẻ`, `Giọng nam Giọng
/// nữ`): the kind of the first furniture entry, closing when there is none.
fn furniture_run(line: &str) -> Option<Furniture> {
    // Counts stand between the buttons (`Thích 0 Chia sẻ`).
    let is_joiner =
        |c: char| is_space(c) || c.is_ascii_digit() || matches!(c, '|' | ',' | '·' | '•' | '/');
    let furniture = |i| FURNITURE.starting()(i).map(|(rest, f)| (rest, Some(f)));
    let button = |i| furniture(i).or_else(|_| WIDGETS.starting()(i).map(|(rest, ())| (rest, None)));
    let (mut rest, mut kind) = button(line).ok()?;
    let mut widgets = 1;
    while !rest.is_empty() {
        let next = rest.trim_start_matches(is_joiner);
        if next.len() == rest.len() {
            return None;
        }
        if next.is_empty() {
            break;
        }
        let (after, f) = button(next).ok()?;
        (rest, kind) = (after, kind.or(f));
        widgets += 1;
    }
    (widgets > 1).then_some(kind.unwrap_or(Furniture::Closing))
}

/// The most words after `Trở lại` in a link back (`Trở lại Thời sự`).
const MAX_BACK_LINK_WORDS: usize = 3;

/// Whether a colon stands in the first [`MAX_LABEL_COLON_AT`] bytes of `line`.
pub(super) fn colon_near_start(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr(b':', b.get(..MAX_LABEL_COLON_AT).unwrap_or(b)).is_some()
}

/// The length of the number that opens `t` as an entry of a list, with
/// its mark and the space after it: digits or a Roman numeral, then `.`,
/// `)` or `:` and a space (`1. Bối cảnh`, `II. Giải pháp`, `3) Kết luận`;
/// a non-breaking space or a tab too).
#[inline]
pub(crate) fn list_number_len(t: &str) -> Option<usize> {
    const ROMAN: &[u8] = b"IVX";
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let numerals = b.iter().take_while(|c| ROMAN.contains(c)).count();
    let n = if digits > 0 { digits } else { numerals };
    if !(1..=4).contains(&n) || !matches!(b.get(n), Some(b'.' | b')' | b':')) {
        return None;
    }
    if b.get(n + 1) == Some(&b' ') {
        return Some(n + 2);
    }
    let space = t.get(n + 1..)?.chars().next().filter(|&c| is_space(c))?;
    Some(n + 1 + space.len_utf8())
}

/// An audio or video player's speed button alone (`1x`, `1.5x`, `0,75x`).
fn is_player_speed(line: &str) -> bool {
    line.len() <= MAX_SPEED_BYTES
        && line.strip_suffix('x').is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit())
                && n.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        })
}

/// The longest player's speed button, in bytes (`0.75x`).
const MAX_SPEED_BYTES: usize = 5;

/// A widget's clock or counter alone on its line (`0:00 / 3:45`, `12`): digits
/// and the marks between them, no letter.
pub(crate) fn is_counter(line: &str) -> bool {
    line.len() <= MAX_FURNITURE_BYTES
        && line.bytes().any(|b| b.is_ascii_digit())
        && line
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'/' | b'.' | b' '))
}

/// A reading-time widget: `3 phút đọc`, `Đọc trong 3 phút`, `Thời gian
/// đọc: khoảng 3 phút`, after a bullet, a bar or a dash or not (the caller
/// reads only lines as short as furniture).
fn is_reading_time(line: &str) -> bool {
    use crate::parse::common::{number, sp0, sp1, word};
    use crate::vocab::{ABOUT, MINUTE_WORD, READING_TIME_WORDS, READ_WORD};
    use nom::combinator::opt;
    use nom::Parser;
    // Its minutes are digits: most lines are told by holding none.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let t = trim(line.trim_start_matches(|c: char| crate::vocab::is_bar_or_dash(c) || is_space(c)));
    let minutes = || (number(1, 3), sp1, word(MINUTE_WORD));
    let after = (minutes(), sp1, word(READ_WORD)).map(|_| ());
    let before = (
        READING_TIME_WORDS.starting(),
        sp0,
        opt(nom::character::complete::char(':')),
        sp0,
        opt((ABOUT.starting(), sp1)),
        minutes(),
    )
        .map(|_| ());
    nom::branch::alt((after, before))
        .parse(t)
        .is_ok_and(|(rest, ())| trim(rest).is_empty())
}

/// A web address alone on its line.
pub(crate) fn is_link(line: &str) -> bool {
    (line.starts_with("http://") || line.starts_with("https://")) && !line.contains(is_space)
}

/// Whether `c` marks a list's item: a bullet or a dash (`- WHO`, `• CDC`).
pub(crate) fn is_list_mark(c: char) -> bool {
    crate::vocab::BULLETS.contains(&c) || crate::vocab::is_dash(c)
}

/// `line` without the list's marks and the spaces that open it (`- WHO`
/// is `WHO`).
pub(crate) fn without_list_mark(line: &str) -> &str {
    line.trim_start_matches(|c: char| is_list_mark(c) || is_space(c))
}

/// The link alone on `line`, after a list's bullet or dash or not (`-
/// https://...`, `• https://...`).
pub(crate) fn listed_link(line: &str) -> Option<&str> {
    // Told by the first byte: the link's `h`, else a list's mark first.
    if line.starts_with('h') {
        return is_link(line).then_some(line);
    }
    if !line.starts_with(is_list_mark) {
        return None;
    }
    let rest = without_list_mark(line);
    is_link(rest).then_some(rest)
}

/// A label whose value is an unfilled template placeholder: `Nguồn: [Tên
/// nguồn]`, `Tác giả: {{author}}`.
pub(super) fn is_placeholder(line: &str) -> bool {
    let Some((label, value)) = line.split_once(':') else {
        return false;
    };
    let value = trim(value);
    !longer_than(label, MAX_SECTION_CHARS)
        && (value.starts_with('[') && value.ends_with(']')
            || value.starts_with('{') && value.ends_with('}'))
}

/// A breadcrumb: a few short labels joined by `>`, `»` or `›` (`THỜI SỰ >
/// Cần Thơ`, `Trang chủ » Thời sự`), or by `/` and `|` after a home label
/// (`Trang chủ / Kinh tế / Thị trường`).
pub(crate) fn is_breadcrumb(line: &str) -> bool {
    labelled_section(line).is_some() || is_bare_breadcrumb(line)
}

/// A breadcrumb without a label.
fn is_bare_breadcrumb(line: &str) -> bool {
    let separators = breadcrumb_separators(line);
    (has_breadcrumb_separator(line) || separators.len() > BREADCRUMB_SEPARATORS.len())
        && line.split(separators).count() <= MAX_SECTION_WORDS
        && line.split(separators).count() > 1
        && line.split(separators).all(|part| {
            let part = trim(part);
            !part.is_empty()
                && !longer_than(part, MAX_SECTION_CHARS)
                && part.chars().any(letters::is_alphanumeric)
        })
}

/// What joins the labels of the breadcrumb `line`: [`BREADCRUMB_SEPARATORS`],
/// and `/`, `|` after a home label (`Trang chủ / Kinh tế`).
pub(crate) fn breadcrumb_separators(line: &str) -> &'static [char] {
    match HOME_LABELS.starting()(line) {
        Ok((rest, ())) if trim(rest).starts_with(HOME_BREADCRUMB_SEPARATORS) => {
            HOME_BREADCRUMB_SEPARATORS
        }
        _ => BREADCRUMB_SEPARATORS,
    }
}

/// The section after a label (`Chuyên mục: Kinh tế`, `Danh mục : Thời sự
/// > Xã hội`): a section label or a breadcrumb.
pub(crate) fn labelled_section(line: &str) -> Option<&str> {
    memchr::memchr(b':', line.as_bytes())?;
    let (rest, ()) = SECTION_LABELS.starting()(line).ok()?;
    let value = trim(trim(rest).strip_prefix(':')?);
    (!value.is_empty() && (is_bare_breadcrumb(value) || is_label_shaped(value))).then_some(value)
}

/// Whether `line` holds one of the [`BREADCRUMB_SEPARATORS`], found by byte
/// searches (a search for a set of characters decodes every one).
pub(super) fn has_breadcrumb_separator(line: &str) -> bool {
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
    // A dash between two labels is no word (`Chính trị - Xây dựng Đảng`).
    let dash = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(crate::vocab::is_dash) && chars.next().is_none()
    };
    let words = |l: &str| {
        l.split(is_space)
            .filter(|w| !(w.is_empty() || dash(w)))
            .nth(MAX_SECTION_WORDS)
            .is_none()
    };
    line.len() <= MAX_SECTION_CHARS * 4
        && !longer_than(line, MAX_SECTION_CHARS)
        && words(line)
        && !line.ends_with(crate::vocab::NOT_LABEL_ENDS)
        && opens_with_capital(line)
}

/// Whether `line` opens with a capital, or with a brand's small letter
/// before a capital (`eMagazine`, `iPhone`).
fn opens_with_capital(line: &str) -> bool {
    let mut chars = line.chars();
    match (chars.next(), chars.next()) {
        (Some(c), _) if letters::is_uppercase(c) => true,
        (Some(c), Some(d)) => c.is_ascii_lowercase() && d.is_ascii_uppercase(),
        _ => false,
    }
}

/// A title: no source marker, no caption, no closing period, not too long.
pub(crate) fn is_title_like(line: &str) -> bool {
    is_title_shaped(line) && source::marker(line).is_none() && !is_caption(line)
}

/// Whether a line known to hold no marker and no caption has the shape of
/// a title: no closing period, not too long.
pub(super) fn is_title_shaped(line: &str) -> bool {
    !longer_than(line, 300) && (!line.ends_with('.') || line.ends_with("..."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_inside_an_element_that_wraps_a_line() {
        for (line, inner) in [
            ("<p>Tin, ảnh: KIM XUÂN</p>", Some("Tin, ảnh: KIM XUÂN")),
            ("<p class=\"a\"> Lê Hà </P>", Some("Lê Hà")),
            ("<figcaption>Ảnh: Lê Hà</figcaption>", Some("Ảnh: Lê Hà")),
            ("<p><b>Lê Hà</b></p>", Some("<b>Lê Hà</b>")),
            ("<p>Một.</p><p>Hai.</p>", None),
            ("<p>Một.</div>", None),
            ("<p></p>", None),
            ("<p>Một.", None),
            ("<1>Một.</1>", None),
            ("<blockquotes>Một.</blockquotes>", None),
            ("<pclass>Một.</pclass>", Some("Một.")),
            ("<p<b>Một.</p>", None),
        ] {
            assert_eq!(inside_element(line), inner, "{line}");
        }
        assert_eq!(without_markup("<p><strong>Lê Hà</strong></p>"), "Lê Hà");
        assert_eq!(without_markup("<p>**Lê Hà**</p>"), "Lê Hà");
        assert_eq!(without_markup("<br>"), "<br>");
    }

    #[test]
    fn emphasis_marks_are_written_with_their_bytes() {
        for mark in crate::vocab::EMPHASIS_MARKS {
            assert!(
                mark.bytes()
                    .all(|b| crate::vocab::EMPHASIS_BYTES.contains(&b)),
                "{mark}"
            );
        }
        for b in crate::vocab::EMPHASIS_BYTES {
            assert!(crate::vocab::EMPHASIS_MARKS.contains(&char::from(b).to_string().as_str()));
        }
    }

    #[test]
    fn a_run_of_spaces_parts_two_words_once() {
        let all = |line: &[u8]| gaps(line, usize::MAX);
        assert_eq!(all(b"a b c"), 2);
        assert_eq!(all(b"a  b\t\tc"), 2);
        assert_eq!(all("a\u{a0} b \u{a0}c\u{a0}\u{a0}d".as_bytes()), 3);
        assert_eq!(all(b" a "), 2);
        // A letter whose UTF-8 holds A0 (`à` is C3 A0) is no space.
        assert_eq!(all("là à".as_bytes()), 1);
        // Counted up to the limit.
        assert_eq!(gaps(b"a b c d e", 2), 2);
        let headline = "Rơi xuống vực vì đi tắt, cô gái thoát chết nhờ chàng trai giữ chặt chân";
        assert!(!is_paragraph(headline));
        assert!(!is_paragraph(&headline.replace(' ', "  ")));
        assert!(!is_paragraph(&headline.replace(' ', "\u{a0} ")));
        assert!(is_paragraph(&format!("{headline} và {headline}")));
    }

    #[test]
    fn comment_prompts_are_furniture() {
        for line in [
            "Bạn đọc có thể gửi bình luận tại đây",
            "Hãy là người đầu tiên bình luận",
            "Vui lòng nhập nội dung bình luận...",
            "Mời bạn đọc gửi bình luận:",
        ] {
            assert_eq!(furniture(line), Some(Furniture::Comments), "{line}");
        }
        // A sentence closed by its period, a headline that asks no reader,
        // or a line longer than a prompt, is none.
        let long = "Bạn đọc có thể xem thêm ý kiến của các chuyên gia và độc giả khác trong phần bình luận";
        assert!(long.len() > MAX_PROMPT_BYTES);
        for line in [
            "Ông từ chối bình luận.",
            "Ông Trump từ chối bình luận",
            long,
        ] {
            assert_eq!(furniture(line), None, "{line}");
        }
    }

    /// The first bytes [`is_link_headline`] tells the arrows by are those
    /// of [`crate::vocab::LINK_ARROWS`], and each arrow opens a link.
    #[test]
    fn link_arrows_are_told_by_their_first_bytes() {
        for arrow in crate::vocab::LINK_ARROWS {
            assert!(
                matches!(arrow.as_bytes().first(), Some(b'>' | 0xC2 | 0xE2)),
                "{arrow}"
            );
            assert!(
                is_link_headline(&format!("{arrow} Giá vàng tăng")),
                "{arrow}"
            );
            assert!(
                !is_link_headline(&format!("{arrow} Giá vàng tăng.")),
                "{arrow}"
            );
            assert!(
                is_link_headline(&format!("{arrow}Giá vàng tăng")),
                "{arrow}"
            );
            assert!(
                !is_link_headline(&format!("{arrow}giá vàng tăng")),
                "{arrow}"
            );
        }
    }
}
