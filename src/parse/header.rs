//! The header region: the lines above the lead, each classified on its own.
//!
//! Pages print the header fields in many orders: the section or breadcrumb,
//! the title, a byline, the dateline (alone, or with a byline before it and a
//! category or widget counters after it), kickers, labels and page clocks.
//! Each line is classed here from what it says, never from where it stands;
//! the assembler ([`super::article`]) then places the pieces from the
//! classes. The one thing position decides is whether a line naming people
//! is a byline: only once a title-like line stands above it.

use super::article::{
    is_breadcrumb, is_counter, is_dotted_widget, is_furniture, is_keyword_line, is_label_shaped,
    is_paragraph, is_title_like, list_number_len, Line,
};
use super::common::word_count;
use super::credit::{
    caption_or_photo, credit_line, is_post_line, is_surnamed_name, Place, RawCredit,
};
use super::dateline::{self, Found};
use super::source::{self, RawMarker};
use crate::model::Role;

mod frame;

pub(crate) use frame::is_separator_line;
use frame::*;

/// The most lines read as the header before the lead.
pub(crate) const MAX_HEADER_LINES: usize = 24;
/// The longest header line that may hold a dateline, a breadcrumb,
/// furniture or a byline, in bytes.
const MAX_META_LINE: usize = 240;

/// The most lines after a paragraph under the title looked at for a
/// source marker.
const MARKER_WINDOW: usize = 3;
/// The longest line that is a date alone after a category (`(Thời sự) -
/// Thứ Năm, 12/02/2026 - 09:41 (GMT+7)`), in bytes.
const MAX_DATE_LINE_BYTES: usize = 64;

/// What a header line is.
#[derive(Debug, Clone)]
pub(crate) enum Class<'a> {
    /// A dateline, possibly with a byline or section before it and a
    /// category or widget after it.
    Dateline(Found<'a>),
    /// A breadcrumb `A > B > C`.
    Breadcrumb,
    /// One label of a breadcrumb printed a label a line, under a home
    /// label alone (`Trang chủ` / `Thời sự` / `Giao thông`), the home label
    /// too.
    Crumb,
    /// Page furniture (`Xem các bài viết của tác giả`, `TIN MỚI`).
    Furniture,
    /// A photo caption or a standalone photo credit.
    Caption,
    /// A byline: `Hoàng Lan`, `Tin, ảnh: X`, `Theo Lê Hà (TTXVN)`.
    Byline(Vec<RawCredit<'a>>),
    /// Anything else: the title, a section label, a kicker, a category, a
    /// lead without a source marker.
    Text,
}

/// Indexes of header lines, at most [`MAX_HEADER_LINES`], held without an
/// allocation; more are dropped.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Indexes {
    at: [usize; MAX_HEADER_LINES],
    len: usize,
}

impl Indexes {
    /// Adds `i`, when there is room.
    pub fn push(&mut self, i: usize) {
        if let Some(slot) = self.at.get_mut(self.len) {
            *slot = i;
            self.len += 1;
        }
    }

    /// The indexes, in the order pushed.
    pub fn as_slice(&self) -> &[usize] {
        self.at.get(..self.len).unwrap_or_default()
    }

    /// Whether `i` is one of them.
    pub fn contains(&self, i: usize) -> bool {
        self.as_slice().contains(&i)
    }
}

impl FromIterator<usize> for Indexes {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut out = Indexes::default();
        for i in iter {
            out.push(i);
        }
        out
    }
}

/// The classified header.
#[derive(Debug, Clone, Default)]
pub(crate) struct Header<'a> {
    /// The classes of the lines before the lead, by line index.
    pub lines: Vec<(usize, Class<'a>)>,
    /// The line that opens with a source marker, and its marker.
    pub marker: Option<(usize, RawMarker<'a>)>,
}

impl Header<'_> {
    /// The indexes of the [`Class::Text`] lines, in order.
    pub fn texts(&self) -> impl Iterator<Item = usize> + '_ {
        self.lines
            .iter()
            .filter(|(_, c)| matches!(c, Class::Text))
            .map(|&(i, _)| i)
    }
}

/// Classifies the lines at the top of an article, up to the line that opens
/// with a source marker (or [`MAX_HEADER_LINES`]).
pub(crate) fn classify<'a>(lines: &[Line<'a>]) -> Header<'a> {
    let menu = menu_lines(lines);
    let mut c = Classifier {
        lines,
        out: Header {
            lines: Vec::with_capacity(8),
            marker: None,
        },
        texts: 0,
        first_text: None,
        title_above: false,
        seen_dateline: false,
        paragraph_at: None,
        menu,
        crumbs: if menu > 0 { 0 } else { crumbs_a_line(lines) },
        box_end: 0,
        label_above: None,
    };
    for (i, line) in lines.iter().enumerate().take(MAX_HEADER_LINES + menu) {
        match c.line(i, line.text) {
            Some(class) => c.out.lines.push((i, class)),
            None => break,
        }
    }
    c.out
}

/// What [`classify`] knows of the lines above the one it classifies.
struct Classifier<'a, 'l> {
    lines: &'l [Line<'a>],
    out: Header<'a>,
    /// Whether a line above may be the title, so that a name below it is a
    /// byline: a line that reads as no section label, two text lines (a
    /// label and the title), or a text line with a dateline under it.
    texts: usize,
    /// The first text line, while it is the only one.
    first_text: Option<&'a str>,
    title_above: bool,
    seen_dateline: bool,
    /// After a paragraph under the title (a lead with no marker), only a
    /// few lines more are looked at, for a marker.
    paragraph_at: Option<usize>,
    /// The lines of a site's menu at the top.
    menu: usize,
    /// The lines of a breadcrumb printed a label a line.
    crumbs: usize,
    /// The end of a summary box under the title or of a table of contents.
    box_end: usize,
    /// The names' credit read under a credit's label alone on its line
    /// (`Tác giả:` / `Minh Anh`), and the index of the names' line.
    label_above: Option<(usize, RawCredit<'a>)>,
}

impl<'a> Classifier<'a, '_> {
    /// The class of line `i`, `t`; `None` where the header ends (the line
    /// opens the lead with a marker, or stands too far under a paragraph).
    fn line(&mut self, i: usize, t: &'a str) -> Option<Class<'a>> {
        if let Some(class) = self.framed(i, t) {
            return Some(class);
        }
        if self.opens_lead(i, t) {
            return None;
        }
        if let Some(p) = self.paragraph_at {
            return (i <= p + MARKER_WINDOW).then_some(Class::Text);
        }
        if let Some(class) = self.labelled(i, t) {
            return Some(class);
        }
        if let Some(class) = self.long(i, t) {
            return Some(class);
        }
        Some(self.meta(i, t))
    }

    /// The class of line `i`, `t`, when it is the page's frame: a menu, a
    /// breadcrumb a label a line, a table of contents or a summary box.
    fn framed(&mut self, i: usize, t: &str) -> Option<Class<'a>> {
        if i < self.menu {
            return Some(Class::Furniture);
        }
        if i < self.crumbs {
            // The separators between the labels are the page's.
            return Some(if is_separator_line(t) {
                Class::Furniture
            } else {
                Class::Crumb
            });
        }
        if i < self.box_end {
            return Some(Class::Furniture);
        }
        if self.paragraph_at.is_some() {
            return None;
        }
        let boxed = contents_box(self.lines, i, self.texts > 0).or_else(|| {
            (self.texts > 0)
                .then(|| summary_box(self.lines, i))
                .flatten()
        });
        let end = boxed?;
        self.box_end = end;
        Some(Class::Furniture)
    }

    /// Whether line `i`, `t`, opens the lead with a source marker (kept in
    /// the header).
    fn opens_lead(&mut self, i: usize, t: &'a str) -> bool {
        let lines = self.lines;
        // A category in brackets before the date (`(Thời sự) - 12/02/2026
        // 09:41`): the dateline's head, no marker over a lead.
        // (A lead is longer than a date line: told by its length first.)
        let dated = |m: &RawMarker<'_>| {
            t.get(m.consumed..).is_some_and(|rest| {
                let rest = crate::normalize::trim(rest);
                rest.len() <= MAX_DATE_LINE_BYTES
                    && dateline::find_in_header(rest).is_some_and(|f| f.text == rest)
            })
        };
        // An outlet's name before the page's clock (`VnExpress - 5 phút
        // trước`, as an aggregator prints the source): a credit, no lead.
        let clocked = |m: &RawMarker<'_>| {
            t.get(m.consumed..)
                .is_some_and(|rest| dateline::is_relative_clock(crate::normalize::trim(rest)))
        };
        if let Some(m) =
            source::marker(t).filter(|m| (!dated(m) || self.fragment_at(i)) && !clocked(m))
        {
            // An outlet's code before a label of a few words over more
            // lines (`Tin tức - Sự kiện` over the title): a section, not
            // a lead.
            let label = self.texts == 0
                && i + 1 < lines.len()
                && t.get(m.consumed..)
                    .is_some_and(|rest| is_label_shaped(crate::normalize::trim(rest)));
            if !label {
                self.out.marker = Some((i, m));
                return true;
            }
        }
        // An outlet's code alone under the title, over the lead's paragraph
        // (no paragraph above it: a wire's code alone ends an article).
        if self.texts > 0 && self.paragraph_at.is_none() {
            let lead_under = || lines.get(i + 1).is_some_and(|l| is_paragraph(l.text));
            if let Some(m) = source::code_alone(t).filter(|_| lead_under()) {
                self.out.marker = Some((i, m));
                return true;
            }
        }
        false
    }

    /// Whether line `i` stands where a fragment's text does: under a
    /// dateline and a title, with no paragraph below it (at most the
    /// credits and the page's furniture). A date there is the phrase set
    /// as the lead, not the article's own date under a page clock.
    fn fragment_at(&self, i: usize) -> bool {
        self.seen_dateline
            && self.texts > 0
            && self
                .lines
                .get(i + 1..)
                .is_some_and(|below| !below.iter().any(|l| is_paragraph(l.text)))
    }

    /// The class of line `i`, `t`, when it is a label alone over what it
    /// labels (closed by a colon, as a paragraph may be): a credit's over
    /// the names (`Tác giả:` / `Minh Anh`, `Bài và ảnh:` / `MINH ANH`), a
    /// credit of no names, the names a credit with its roles; the date's
    /// over the date (`Ngày đăng:` / `12/02/2026 09:41`), the page's.
    fn labelled(&mut self, i: usize, t: &'a str) -> Option<Class<'a>> {
        if let Some((_, names)) = self.label_above.take().filter(|(k, _)| *k == i) {
            return Some(Class::Byline(vec![names]));
        }
        // Told by the colon (or a screen reader's comma) that closes it first.
        if !t.ends_with([':', ',']) {
            return None;
        }
        let next = self.lines.get(i + 1).map_or("", |l| l.text);
        // The names a name's shape: of two words or more, or a word in
        // capitals or initials (`Sáng` under `Tin, ảnh:` opens a lead).
        let named = |c: &RawCredit<'_>| {
            c.names.iter().all(|n| {
                n.contains(crate::normalize::is_space)
                    || n.contains('.')
                    || !n.chars().any(crate::parse::letters::is_small_letter)
            })
        };
        if let Some(label) = crate::parse::credit::label_alone(t) {
            if let Some(names) = crate::parse::credit::under_label(label.text, next).filter(named) {
                self.label_above = Some((i + 1, names));
                return Some(Class::Byline(vec![label]));
            }
        }
        (dateline::is_date_label(t) && dateline::find_in_header(next).is_some())
            .then_some(Class::Furniture)
    }

    /// The class of line `i`, `t`, when it is a paragraph under the title
    /// (the lead without a marker, or a photo's caption over it) or a line
    /// too long for anything but a paragraph, a caption or a headline.
    fn long(&mut self, i: usize, t: &'a str) -> Option<Class<'a>> {
        // A counter's label closing with its colon (`Lượt xem: 9.767 -
        // Ngày:`) or a widget's words with their dots (`Đang tải...`, `Xem
        // thêm...`) is furniture, not the lead.
        let furniture = || t.ends_with(':') && is_furniture(t) || is_dotted_widget(t);
        if self.title_above && is_paragraph(t) && !furniture() && !is_dotted_byline(t) {
            // The title printed twice (the page's heading and the
            // article's own), a paragraph by its shape (`Vì sao ...?`):
            // the copy is the page's, no lead.
            if i.checked_sub(1)
                .and_then(|k| self.lines.get(k))
                .is_some_and(|l| l.text == t)
            {
                return Some(Class::Furniture);
            }
            // A photo under the title with its caption comes before the lead.
            return Some(if caption_or_photo(t).is_some() {
                Class::Caption
            } else {
                self.paragraph_at = Some(i);
                Class::Text
            });
        }
        // A long line is a paragraph, a caption or a headline: no
        // dateline, breadcrumb, furniture or byline is that long.
        if t.len() > MAX_META_LINE {
            return Some(if caption_or_photo(t).is_some() {
                Class::Caption
            } else {
                self.texts += 1;
                self.title_above = true;
                Class::Text
            });
        }
        None
    }

    /// The class of the short line `i`, `t`: a dateline, a breadcrumb,
    /// furniture, a caption, a byline, or text (a section or the title).
    fn meta(&mut self, i: usize, t: &'a str) -> Class<'a> {
        let lines = self.lines;
        let found = dateline::find_in_header(t);
        // A date, a clock time or a weekday alone under a title, with a
        // dateline above (`3/3/17`, `15:23:24`, `thứ hai`): the text of a fragment, not a second
        // dateline or a player's counter.
        let clock_alone =
            || is_counter(t) || dateline::is_clock_alone(t) || dateline::is_weekday_alone(t);
        if self.fragment_at(i) && (found.is_some() || clock_alone()) {
            return Class::Text;
        }
        if let Some(found) = found {
            self.title_above |= self.texts > 0;
            self.seen_dateline = true;
            return Class::Dateline(found);
        }
        if is_breadcrumb(t) {
            return Class::Breadcrumb;
        }
        if is_furniture(t)
            || crate::parse::article::is_badge(t)
            || dateline::is_clock_alone(t)
            || dateline::is_weekday_alone(t)
            || dateline::is_relative_clock(t)
            || !t.chars().any(crate::parse::letters::is_alphanumeric)
            || crate::vocab::LEAD_LABELS.whole(t).is_some()
        {
            // A clock or a weekday alone (`16:02 (GMT +7)`, `Thứ Năm`, by
            // a date line) or one
            // counted from when the page was read (`2 giờ trước`) is no
            // title; nor is a bullet or a rule alone (`•`, `***`) the lead,
            // nor the lead's label alone (`Sapo`) a byline.
            return Class::Furniture;
        }
        // The kind of a picture alone, no sentence (`Ảnh minh họa`, `(Ảnh
        // minh họa)`): a note on the page's picture, no title, no lead.
        // (Told by its first byte: `Ả` E1, `H`, `P`, a bracket.)
        let may_be_picture = matches!(
            t.as_bytes().first().map(|b| b | 0x20),
            Some(0xE1 | b'h' | b'p' | b'(' | b'{')
        );
        if may_be_picture
            && !t.ends_with('.')
            && crate::parse::credit::is_picture_note(t)
            && crate::parse::credit::is_picture_kind(t)
        {
            return Class::Furniture;
        }
        // `Chụp lại hình ảnh, ...`, or its label alone over the caption.
        let caption_label_above = || {
            i.checked_sub(1)
                .and_then(|k| lines.get(k))
                .is_some_and(|l| crate::parse::credit::is_caption_label_alone(l.text))
        };
        if crate::parse::credit::is_labelled_caption(t)
            || crate::parse::credit::is_caption_label_alone(t)
            || caption_label_above()
        {
            return Class::Caption;
        }
        // `Vai trò, Phóng viên` under the byline: the writer's post; its
        // label alone over it (`Vai trò,` / `Phóng viên`), both lines.
        let post_label_above = || {
            let above = &self.out.lines;
            i.checked_sub(1)
                .and_then(|k| lines.get(k))
                .is_some_and(|l| crate::parse::credit::is_post_label_alone(l.text))
                && above.len() >= 2
                && right_under_byline(above.get(..above.len() - 1).unwrap_or_default(), i - 1)
        };
        if (right_under_byline(&self.out.lines, i) && crate::parse::credit::is_post_label_line(t))
            || post_label_above()
        {
            return Class::Furniture;
        }
        if let Some(caption) = caption_or_photo(t) {
            // `Ảnh: Lê Hà` between `Nội dung: Minh Anh` and `Thiết kế:
            // Hoàng Long`: the article's credits, no picture's.
            return match photo_among_credits(lines, i, caption, &self.out.lines) {
                Some(credits) => Class::Byline(credits),
                None => Class::Caption,
            };
        }
        let named = self.title_above || name_under_title(self.first_text, t, lines.get(i + 1..));
        // Over the title before any text line, or under a section's label
        // alone (`Đô thị` / `Nguyễn Văn An` / date / title).
        let credits = byline(t, named).or_else(|| {
            let under_label = || {
                self.texts == 1
                    && t.len() <= MAX_BYLINE_OVER_TITLE_BYTES
                    && self
                        .first_text
                        .is_some_and(crate::parse::article::is_label_shaped)
            };
            if self.texts == 0 {
                name_over_title(t, lines.get(i + 1..)?, false)
            } else if under_label() {
                name_over_title(t, lines.get(i + 1..)?, true)
            } else {
                None
            }
        });
        if let Some(credits) = credits {
            // An avatar's initials over the byline (`MA` over `Minh Anh`),
            // the post under it (`Phóng viên`): the page's, no credit.
            let next = lines.get(i + 1).map_or("", |l| l.text);
            return if is_initials_of(t, next)
                || (right_under_byline(&self.out.lines, i) && is_post_line(t))
            {
                Class::Furniture
            } else {
                Class::Byline(credits)
            };
        }
        if crate::outlets::is_outlet_name(t) || clocked_label(t) || bracketed_date(t) {
            // The outlet's name alone (`Tuổi Trẻ Online`): the page's brand;
            // a label with a page clock (`Giao thông • 2 giờ trước`), no
            // byline; a date in brackets (`(Cập nhật: 15/01/2024 08:30)`),
            // no title: the page's.
            return Class::Furniture;
        }
        self.texts += 1;
        self.first_text = (self.texts == 1).then_some(t);
        // Neither a marker nor a dateline: the label's shape decides.
        self.title_above |= self.texts >= 2 || !is_label_shaped(t);
        Class::Text
    }
}

/// The credits of the standalone photo credit on line `i` (`Ảnh: Lê Hà`,
/// read by `caption_or_photo` as `caption`), when a byline stands right
/// above it or a labelled credit right under it: a block of the article's
/// credits; or of a photo credit after a credit on the same line
/// (`Nội dung: Minh Anh - Ảnh: Lê Hà`).
fn photo_among_credits<'a>(
    lines: &[Line<'a>],
    i: usize,
    (caption, credit): (Option<usize>, RawCredit<'a>),
    above: &[(usize, Class<'a>)],
) -> Option<Vec<RawCredit<'a>>> {
    let t = lines.get(i)?.text;
    // `Nội dung: Minh Anh - Ảnh: Lê Hà`: what stands before the photo
    // credit is a credit too, the line a credit line.
    if let Some(len) = caption.filter(|&len| len > 0) {
        let before = t.get(..len)?;
        credit_line(before, Place::Labelled)?;
        return credit_line(t, Place::Labelled);
    }
    let credit_under = || {
        lines
            .get(i + 1)
            .and_then(|l| credit_line(l.text, Place::Labelled))
            .is_some_and(|c| c.iter().any(|c| !c.names.is_empty()))
    };
    // `Video: Minh Anh` alone under the dateline of a video page: the
    // article's; `Ảnh: X` there stays the picture's.
    let other_medium = || !credit.roles.contains(&Role::Photo) && right_under_dateline(above, i);
    (right_under_byline(above, i) || other_medium() || credit_under())
        .then(|| credit_line(t, Place::Labelled))
        .flatten()
}

/// Whether the line classed last of `above` is a dateline on the line
/// right over line `i`, under a title.
fn right_under_dateline(above: &[(usize, Class<'_>)], i: usize) -> bool {
    let titled = above.iter().any(|(_, c)| matches!(c, Class::Text));
    titled
        && above
            .last()
            .is_some_and(|&(k, ref c)| k + 1 == i && matches!(c, Class::Dateline(_)))
}

/// Whether `t` is the initials of the words of `name` in capitals (an
/// avatar's: `MA` over `Minh Anh`), two or three of them.
fn is_initials_of(t: &str, name: &str) -> bool {
    let initials = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase);
    (2..=3).contains(&t.chars().count())
        && t.chars().all(crate::parse::letters::is_uppercase)
        && t.chars().eq(initials)
}

/// Whether the line classed last of `above` is a byline on the line
/// right over line `i`.
fn right_under_byline(above: &[(usize, Class<'_>)], i: usize) -> bool {
    above
        .last()
        .is_some_and(|&(k, ref c)| k + 1 == i && matches!(c, Class::Byline(_)))
}

/// A header line read as credits: a labelled credit anywhere (`Tin, ảnh:
/// X`, `Theo TTXVN`), a bare byline (`Hoàng Lan`, `T.HÙNG`) only under a
/// title.
fn byline(t: &str, title_above: bool) -> Option<Vec<RawCredit<'_>>> {
    // Role words alone (`Video`, `Ảnh`) over a title are a kicker, not a
    // credit.
    let named = |credits: &Vec<RawCredit<'_>>| credits.iter().any(|c| !c.names.is_empty());
    // An icon before the names (`✍️ Minh Anh`) marks them as the byline,
    // as a label does.
    if !title_above && !t.starts_with(crate::vocab::is_pictograph) {
        return credit_line(t, Place::Labelled)
            .filter(named)
            .or_else(|| name_with_outlet(t));
    }
    let credits = credit_line(t, Place::End).filter(named)?;
    // The line without its icon, as the credit reads it (`📌 Hà Nội`).
    let t = crate::parse::credit::without_icons(t);
    // An outlet's name alone is a source at the end of an article; in the
    // header it is the page's brand. A province or a city alone (`Hà
    // Nội`) is no writer: a title or a label.
    // (With the page's clock after it, `Tuổi Trẻ - 2 giờ trước`, the
    // source an aggregator prints: a credit.)
    let bare_outlet = credits
        .iter()
        .all(|c| c.roles == [Role::Source] && c.text == t && c.names.iter().all(|n| n == t));
    let place = || match credits.as_slice() {
        [c] => c.roles == [Role::Author] && c.text == t && crate::parse::credit::is_place(t),
        _ => false,
    };
    (!(bare_outlet || place()) || credit_line(t, Place::Labelled).is_some()).then_some(credits)
}

/// A byline closed by a period under the title (`Tuấn Kiệt.`, `Minh Anh -
/// Lê Hà.`): writers' names alone, no place, short; a sentence's period
/// makes it no lead.
fn is_dotted_byline(t: &str) -> bool {
    t.len() <= MAX_DOTTED_BYLINE_BYTES
        && t.strip_suffix('.')
            .is_some_and(|names| !names.ends_with('.'))
        && credit_line(t, Place::End).is_some_and(|credits| {
            credits.iter().all(|c| {
                c.roles == [Role::Author]
                    && !c.names.is_empty()
                    && c.names.iter().all(|n| !crate::parse::credit::is_place(n))
            })
        })
}

/// The longest [`is_dotted_byline`], in bytes.
const MAX_DOTTED_BYLINE_BYTES: usize = 64;

/// A byline that names its outlet after the writer's name (`Ngọc Anh/VOV.VN`,
/// `Lê Hà (TTXVN)`): a credit wherever it stands, no section label. The
/// outlet is one of the registry's, by its code or its name.
fn name_with_outlet(t: &str) -> Option<Vec<RawCredit<'_>>> {
    // The outlet stands after a slash or in brackets: most lines have neither.
    memchr::memchr2(b'/', b'(', t.as_bytes())?;
    let credits = credit_line(t, Place::End)?;
    let author = |c: &RawCredit<'_>| c.roles == [Role::Author] && !c.names.is_empty();
    let outlet = |c: &RawCredit<'_>| {
        c.roles == [Role::Source]
            && !c.names.is_empty()
            && c.names.iter().all(|n| crate::outlets::outlet(n).is_some())
    };
    matches!(credits.as_slice(), [a, o] if author(a) && outlet(o)).then_some(credits)
}

/// Whether `t`, right over the dateline (`below`: the lines under it) and
/// under the header's one text line `above`, is the byline under a title
/// short enough to be a section's label (`Giá vàng tăng mạnh` / `HOÀNG
/// LAN` / date): a person's full name ([`is_surnamed_name`]; a place or a
/// pen name there may be the title under a section, `Kinh doanh tài chính`
/// / `Bình Thủy`), `above` a headline of more words than `t`.
fn name_under_title(above: Option<&str>, t: &str, below: Option<&[Line<'_>]>) -> bool {
    let dated_at = |k: usize| {
        below
            .and_then(|b| b.get(k))
            .is_some_and(|l| dateline::find_in_header(l.text).is_some())
    };
    // `Tú Anh,` / `Theo Pháp luật & Bạn đọc` / date: a pen name too, its
    // comma kept in the credit's text, over a source after `Theo` right
    // over the dateline.
    let over_source = || {
        // Told by the next line's first byte first: most open otherwise.
        let source = below.and_then(|b| b.first()).is_some_and(|l| {
            matches!(l.text.as_bytes().first(), Some(b'T' | b't'))
                && crate::parse::common::word(crate::parse::credit::SOURCE_WORD)(l.text).is_ok()
                && credit_line(l.text, Place::Labelled)
                    .is_some_and(|c| c.iter().all(|c| c.roles == [Role::Source]))
        });
        source
            && dated_at(1)
            && crate::parse::credit::is_name_cased(crate::normalize::trim(
                t.strip_suffix(',').unwrap_or(t),
            ))
    };
    let dated = (is_surnamed_name(t) && dated_at(0)) || over_source();
    dated && above.is_some_and(|above| word_count(above) > word_count(t) && is_headline(above))
}

/// The credit of a byline over the title, before any text line: a
/// person's full name (`Nguyễn Văn An`, `TRẦN MINH`, see
/// [`is_surnamed_name`]) right over a headline of more words, or over the
/// dateline over it (`Lê Minh` / `12/02/2026 09:41` / headline; `below`:
/// the lines under the name); names joined by a dash or a comma, one of
/// them so opened (`Nguyễn Hà - Trần Minh`, `Minh Anh - Lê Hà`), or a desk
/// (`PV`, `Nhóm phóng viên`). Under a section's label (`under_label`), a
/// name alone has three words or more. A place or a label there (`Bình
/// Thủy`, `Xã hội`) is the section.
fn name_over_title<'a>(
    t: &'a str,
    below: &[Line<'_>],
    under_label: bool,
) -> Option<Vec<RawCredit<'a>>> {
    if t.len() > MAX_BYLINE_OVER_TITLE_BYTES {
        return None;
    }
    // Under a section's label, a place of two words may be its part
    // (`Địa phương` / `Lý Sơn`): a full name alone there has three words
    // or more.
    let surnamed = |s: &str| is_surnamed_name(s) && (!under_label || word_count(s) >= 3);
    // Names joined: one opening with a family name, the others cased as
    // names (`Minh Anh - Lê Hà`). Told by the bytes first: a comma, a
    // hyphen or the first byte of the other dashes (E2), and no digit (a
    // date).
    let joined = || {
        let parted = |c: char| c == ',' || crate::normalize::is_dash(c);
        memchr::memchr3(b',', b'-', 0xE2, t.as_bytes()).is_some()
            && !t.bytes().any(|b| b.is_ascii_digit())
            && t.contains(parted)
            && {
                let mut any_surnamed = false;
                t.split(parted).map(crate::normalize::trim).all(|p| {
                    let surnamed = is_surnamed_name(p);
                    any_surnamed |= surnamed;
                    surnamed
                        || (crate::parse::credit::is_name_cased(p)
                            && !crate::parse::credit::is_place(p))
                }) && any_surnamed
            }
    };
    if !surnamed(t) && !crate::parse::credit::is_desk(t) && !joined() {
        return None;
    }
    let next = match below {
        [date, next, ..] if dateline::find_in_header(date.text).is_some() => next.text,
        [next, ..] => next.text,
        [] => return None,
    };
    (word_count(next) > word_count(t) + 1 && is_headline(next))
        .then(|| credit_line(t, Place::End))
        .flatten()
        .filter(|c| c.iter().any(|c| !c.names.is_empty()))
}

/// The longest byline [`name_over_title`] reads, in bytes: two or three
/// names, or a desk.
const MAX_BYLINE_OVER_TITLE_BYTES: usize = 96;

/// A label and a page clock counted from the reading after a bullet, a bar
/// or a dash (`Giao thông • 2 giờ trước`).
fn clocked_label(t: &str) -> bool {
    // A label is short, and so is a clock: a paragraph is told by its
    // length.
    const MAX_CLOCKED_LABEL_BYTES: usize = 160;
    if t.len() > MAX_CLOCKED_LABEL_BYTES {
        return false;
    }
    let label = super::credit::without_page_clock(t);
    label.len() < t.len() && is_label_shaped(label)
}

/// A date and its label alone in brackets (`(Cập nhật: 15/01/2024 08:30)`,
/// `[15/01/2024 08:30]`).
fn bracketed_date(t: &str) -> bool {
    let inner = t
        .strip_prefix(['(', '['])
        .and_then(|r| r.strip_suffix([')', ']']));
    inner.is_some_and(|inner| {
        dateline::find_in_header(inner).is_some_and(|f| f.head.is_none() && f.tail.is_none())
    })
}
