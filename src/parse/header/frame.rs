//! The page's frame above an article's header: a site's menu a label a
//! line, a breadcrumb a label a line, a summary box under the title, a
//! table of contents.

use super::*;

/// The most lines of a summary box under its heading (`Tóm tắt` and the
/// points under it, over the byline or the dateline).
pub(super) const MAX_SUMMARY_LINES: usize = 8;

/// How many lines at the top are a breadcrumb printed a label a line: a
/// home label alone (`Trang chủ`), then the short labels under it, the
/// last of them excepted when no headline follows (it is the title: `Trang
/// chủ` / `Kinh tế` / `Giá vàng tăng` / date), unless a headline of more
/// words than a label's stands right under the date (`Trang chủ` / `Khoa
/// học - Công nghệ` / date / headline: the last label is the section's,
/// and the headline the title). A separator alone on its
/// line between two labels (`Thời sự` / `>` / `Giao thông`) makes a
/// breadcrumb too, without a home label; separators are passed over. 0
/// without either, or without a label under the first.
pub(super) fn crumbs_a_line(lines: &[Line<'_>]) -> usize {
    let home = lines
        .first()
        .is_some_and(|l| crate::vocab::HOME_LABELS.contains(crate::normalize::trim(l.text)));
    let separated = lines.get(1).is_some_and(|l| is_separator_line(l.text))
        && lines.first().is_some_and(|l| is_label_shaped(l.text));
    if !home && !separated {
        return 0;
    }
    // The labels under the first (their line indexes), separators passed
    // over, and the line after the last.
    let mut labels = Indexes::default();
    let mut next = 1;
    while let Some(l) = lines.get(next) {
        if is_separator_line(l.text) {
            next += 1;
            continue;
        }
        if labels.len >= MAX_CRUMB_LINES
            || !is_label_shaped(l.text)
            || dateline::find_in_header(l.text).is_some()
        {
            break;
        }
        labels.push(next);
        next += 1;
    }
    let headline = lines.get(next).is_some_and(|l| is_headline(l.text));
    let headline_under_date = || {
        let mut past = next;
        while lines
            .get(past)
            .is_some_and(|l| dateline::find_in_header(l.text).is_some())
        {
            past += 1;
        }
        past > next
            && lines.get(past).is_some_and(|l| {
                is_headline(l.text) && !is_label_shaped(l.text) && !is_keyword_line(l.text)
            })
    };
    let crumbs = if headline || headline_under_date() {
        labels.as_slice()
    } else {
        labels
            .as_slice()
            .split_last()
            .map_or(&[][..], |(_, head)| head)
    };
    crumbs.last().map_or(0, |&last| last + 1)
}

/// How many lines at the top are the site's menu, a label a line: more
/// labels over the title than a breadcrumb holds (`Trang chủ` / `Thời sự`
/// / `Kinh tế` / `Xã hội` / `Pháp luật` / `Thế giới` / `Thời sự` /
/// headline), all but the last, which is the article's section. 0 when
/// no headline follows the labels, or they are few.
pub(super) fn menu_lines(all: &[Line<'_>]) -> usize {
    // A dump's separator over the article (`=====`) is passed over.
    let skip = all
        .iter()
        .take_while(|l| crate::vocab::is_separator_line(l.text.as_bytes()))
        .count();
    let lines = all.get(skip..).unwrap_or_default();
    // Menu labels are short: told by their bytes before their words (most
    // headers open with no run of short lines this long).
    let short = lines
        .iter()
        .take(MIN_MENU_LABELS)
        .filter(|l| l.text.len() <= MAX_MENU_LABEL_BYTES)
        .count();
    if short < MIN_MENU_LABELS {
        return 0;
    }
    // A menu holds no buttons: the run stops at the first (`Xã hội` /
    // `Giao thông` / `In bài` / `Cỡ chữ` / `Lưu` / `Chia sẻ` are a section
    // pair over a toolbar). Related and comment headings may be menu labels
    // (`Tin mới`, `Bình luận`).
    let run = lines
        .iter()
        .take(MAX_MENU_RUN + 1)
        .take_while(|l| {
            is_label_shaped(l.text)
                && crate::parse::article::furniture(l.text)
                    != Some(crate::parse::article::Furniture::Closing)
        })
        .count();
    if run < MIN_MENU_LABELS {
        return 0;
    }
    let undated = || {
        lines
            .iter()
            .take(run)
            .all(|l| dateline::find_in_header(l.text).is_none())
    };
    let headline = |i: usize| lines.get(i).is_some_and(|l| is_headline(l.text));
    if run > MAX_MENU_RUN || !undated() {
        return 0;
    }
    if headline(run) {
        // The last label over the headline is the section.
        skip + run - 1
    } else if lines.get(run).is_some_and(|l| is_breadcrumb(l.text)) && headline(run + 1) {
        // A breadcrumb under the menu (`Trang chủ > Giải trí > Hậu
        // trường`) gives the section: every label over it is the menu's.
        skip + run
    } else {
        0
    }
}

/// The fewest labels a line each at the top that are a menu, not a
/// breadcrumb ([`MAX_CRUMB_LINES`] under a home label) and a section.
pub(super) const MIN_MENU_LABELS: usize = MAX_CRUMB_LINES + 2;

/// The longest label of a menu, in bytes (`Khoa học - Công nghệ`).
pub(super) const MAX_MENU_LABEL_BYTES: usize = 40;

/// The most label lines read back as a menu: a longer run is no header.
pub(super) const MAX_MENU_RUN: usize = 40;

/// A separator alone on its line: no letter or digit, a few characters
/// (`>`, `|`, `»`, `•`, `/`).
pub(crate) fn is_separator_line(t: &str) -> bool {
    const MAX_SEPARATOR_CHARS: usize = 3;
    let t = crate::normalize::trim(t);
    !t.is_empty()
        && !crate::parse::common::longer_than(t, MAX_SEPARATOR_CHARS)
        && !t.chars().any(crate::parse::letters::is_alphanumeric)
}

/// Whether `t` reads as a headline: title-like, no paragraph, no dateline.
/// A question, an exclamation or a quote closes a headline as it closes a
/// sentence (`Có nên gửi tiết kiệm kỳ hạn 1 năm?`, `... với chủ đề
/// "Thăng Long"`): one of a headline's words, with no sentence before it.
pub(super) fn is_headline(t: &str) -> bool {
    // The most words of a headline closed by a question mark or a quote.
    const MAX_HEADLINE_WORDS: usize = 30;
    let closed_headline = || {
        t.ends_with(['?', '!', '"', '\u{201D}'])
            && !crate::parse::common::more_words_than(t, MAX_HEADLINE_WORDS)
            && !t.contains(". ")
    };
    is_title_like(t)
        && (!is_paragraph(t) || closed_headline())
        && dateline::find_in_header(t).is_none()
}

/// The most labels under a home label read as a breadcrumb a label a line.
pub(super) const MAX_CRUMB_LINES: usize = 4;

/// The end of the summary box whose heading is line `i` (`Tóm tắt`, `Tóm
/// tắt bài viết`, a label of the lead alone on its line), when a byline,
/// the dateline or the lead's source marker closes it within
/// [`MAX_SUMMARY_LINES`], or a machine's note under its points (`Tóm tắt
/// bởi AI`, the box's own line): the points under the heading are the
/// page's, the lead comes after the box. A byline or a dateline closes the
/// box only with a paragraph under it, within [`MAX_SUMMARY_LINES`]: the
/// byline at the end of a short article closes the article, and the box
/// heads its lead.
pub(super) fn summary_box(lines: &[Line<'_>], i: usize) -> Option<usize> {
    crate::vocab::LEAD_LABELS.whole(lines.get(i)?.text)?;
    // The lines under the box's heading, and whether a paragraph stands
    // under the line `k` of them.
    let under = lines.get(i + 1..)?;
    let lead_under = |k: usize| {
        under
            .iter()
            .skip(k + 1)
            .take(MAX_SUMMARY_LINES)
            .any(|l| is_paragraph(l.text))
    };
    let closes = |k: usize, t: &str| {
        source::marker(t).is_some()
            || ((dateline::find_in_header(t).is_some() || byline(t, true).is_some())
                && lead_under(k))
    };
    let note = |t: &str| {
        crate::vocab::SUMMARY_CLOSINGS
            .whole(t.strip_suffix('.').unwrap_or(t))
            .is_some()
    };
    let bulleted = |t: &str| t.starts_with(crate::vocab::BULLETS);
    // The closing line's offset, and whether it is the box's own note.
    let (k, own) = under
        .iter()
        .take(MAX_SUMMARY_LINES + 1)
        .enumerate()
        .find_map(|(k, l)| {
            if note(l.text) {
                Some((k, true))
            } else {
                // Points marked by bullets, then a paragraph with none:
                // the lead after the box.
                let after_points = k > 0
                    && !bulleted(l.text)
                    && is_paragraph(l.text)
                    && under.iter().take(k).all(|p| bulleted(p.text));
                (after_points || closes(k, l.text)).then_some((k, false))
            }
        })?;
    (k > 0).then_some(i + 1 + k + usize::from(own))
}

/// The most entries of a table of contents over the lead.
pub(super) const MAX_CONTENTS_LINES: usize = 16;

/// The longest entry of a table of contents, in bytes.
pub(super) const MAX_CONTENTS_ENTRY_BYTES: usize = 160;

/// The end of the table of contents whose heading is line `i` (`Mục lục`,
/// one of [`crate::vocab::CONTENTS_LABELS`]): the entries under it, up to
/// the first paragraph, dateline or byline. Under the title
/// (`under_title`) an entry is any short line that is no paragraph; over
/// it only numbered ones (`1. Bối cảnh`, `II. Giải pháp`), so that the
/// title after them is not taken. `None` without an entry.
pub(super) fn contents_box(lines: &[Line<'_>], i: usize, under_title: bool) -> Option<usize> {
    let heading = lines.get(i)?.text;
    crate::vocab::CONTENTS_LABELS.whole(heading.strip_suffix(':').unwrap_or(heading))?;
    let entry = |t: &str| {
        t.len() <= MAX_CONTENTS_ENTRY_BYTES
            && (list_number_len(t).is_some() || (under_title && !is_paragraph(t)))
            && dateline::find_in_header(t).is_none()
            && byline(t, true).is_none()
    };
    let k = lines
        .get(i + 1..)?
        .iter()
        .take(MAX_CONTENTS_LINES)
        .take_while(|l| entry(l.text))
        .count();
    (k > 0).then_some(i + 1 + k)
}
