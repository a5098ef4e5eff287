//! The layout of the header: which text line is the title, which are the
//! section's labels, where the lead is and where the body starts, placed
//! from the classes of the header's lines ([`super::header`]).

use super::*;

/// Where the lead is.
#[derive(Debug, Clone, Copy)]
pub(super) enum Lead<'a> {
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
pub(super) struct Layout<'a> {
    /// The line of the title; none when the text opens with its lead (a
    /// fragment: `(CT) - ...` on its first line).
    pub(super) title: Option<usize>,
    /// A short label above the title: the section (or, under a breadcrumb,
    /// header furniture).
    pub(super) label: Option<usize>,
    /// A second label under it (`Giao thông` under `Thời sự`, `Video`):
    /// more of the section.
    pub(super) sublabel: Option<usize>,
    /// The line that goes on with the title, joined to it.
    pub(super) title_next: Option<usize>,
    pub(super) lead: Lead<'a>,
    /// The first line after the header (the lead's line when it has none
    /// of its own).
    pub(super) body_from: usize,
}

/// The places of the header's lines from their classes; `None` when there
/// is no title.
pub(super) fn place_header<'a>(
    text: &str,
    lines: &[Line<'a>],
    header: &Header<'a>,
) -> Option<Layout<'a>> {
    let header_end = match header.marker {
        Some((i, _)) => i,
        None => header.lines.last().map_or(0, |&(i, _)| i + 1),
    };
    let texts = title_candidates(lines, header);
    let texts = texts.as_slice();
    let (at, (label, sublabel)) = above_title(lines, header, texts)?;
    let Some(&first) = texts.get(at) else {
        return layout_without_text(lines, header);
    };
    let title = match texts.get(at + 1) {
        Some(&next) if label.is_none() && is_banner(lines, header, first, next) => next,
        _ => first,
    };
    // Labels on both sides of the date, the headline right over the lead
    // (`Kinh doanh` / date / `Tài chính` / headline / `(Dân trí) - ...`):
    // the headline is the title, the first label the section.
    let (title, label, sublabel) = match headline_under_labels(lines, header, texts, title) {
        Some(headline) if label.is_none() => (headline, Some(title), None),
        Some(headline) if sublabel.is_none() => (headline, label, Some(title)),
        Some(headline) => (headline, label, sublabel),
        None => (title, label, sublabel),
    };
    // A fragment of running text (no dateline, a sentence first): no
    // title, and the lead is that sentence.
    let no_dateline = !header
        .lines
        .iter()
        .any(|(_, c)| matches!(c, Class::Dateline(_)));
    // The sentence may come under captions (a photo over the fragment), and
    // close with its credits (`... năm nay. Minh Anh (TTXVN)`).
    // (Every line over the title a caption: the header's first entries,
    // lines 0 to `title`.)
    let captions_over = || {
        header.lines.len() >= title
            && header
                .lines
                .iter()
                .take(title)
                .enumerate()
                .all(|(n, &(i, ref c))| i == n && matches!(c, Class::Caption))
    };
    let sentence = |t: &str| {
        is_sentence(t)
            || super::closing_credits_in(t, true)
                .and_then(|(len, _)| t.get(..len))
                .is_some_and(|s| is_sentence(trim(s)))
    };
    if no_dateline
        && header.marker.is_none()
        && (title == 0 || captions_over())
        && lines.get(title).is_some_and(|l| sentence(l.text))
    {
        return Some(Layout {
            title: None,
            label: None,
            sublabel: None,
            title_next: None,
            lead: Lead::Plain(title),
            body_from: title,
        });
    }
    if let Some(layout) = credits_alone(lines, header) {
        return Some(layout);
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
/// a sapo printed twice, once cut over the meta lines or right over its
/// full copy (a line that a later one starts with), nor a second copy of a
/// line (the title printed twice).
/// Those stay in the header.
fn title_candidates(lines: &[Line<'_>], header: &Header<'_>) -> Indexes {
    let all_texts: Indexes = header.texts().collect();
    let mut related = false;
    let mut skipped = Indexes::default();
    // A headline right over a dateline or a byline is the article's own
    // (`Tin mới` over the title, its date under it), not the box's; a
    // label there (`Thời sự`) stays the box's.
    let over_meta = |k: usize, text: &str| {
        more_words_than(text, MAX_KICKER_WORDS)
            && header
                .lines
                .get(k + 1)
                .is_some_and(|(_, c)| matches!(c, Class::Dateline(_) | Class::Byline(_)))
    };
    // The last such headline: a box's headlines printed each over its
    // own date (`Tin mới` / headline / date / headline / date, then the
    // article's title over its date) are the box's but the last.
    // (Looked for only in a box: most headers hold none.)
    let text_at = |i: usize| lines.get(i).map_or("", |l| l.text);
    let last_over_meta = std::cell::OnceCell::new();
    let last_over_meta = || {
        *last_over_meta.get_or_init(|| {
            header
                .lines
                .iter()
                .enumerate()
                .rev()
                .find(|&(k, &(i, ref c))| matches!(c, Class::Text) && over_meta(k, text_at(i)))
                .map(|(k, _)| k)
        })
    };
    // The box's last headline was printed over its date: that date is the
    // box's too, and the box goes on under it.
    let mut item_dated = false;
    for (k, &(i, ref class)) in header.lines.iter().enumerate() {
        let Some(line) = lines.get(i) else { continue };
        let dated_item = std::mem::take(&mut item_dated);
        match class {
            Class::Furniture => related = furniture(line.text) == Some(Furniture::Related),
            Class::Text
                if related
                    && !is_paragraph(line.text)
                    && (!over_meta(k, line.text) || last_over_meta().is_some_and(|l| k < l)) =>
            {
                skipped.push(i);
                item_dated = over_meta(k, line.text);
            }
            Class::Dateline(_) if related && dated_item => {}
            // A dateline, byline, breadcrumb or caption ends the box.
            _ => related = false,
        }
    }
    let is_cut_copy = |i: usize| {
        let Some(line) = lines.get(i).map(|l| l.text) else {
            return false;
        };
        // Right over its full copy.
        if lines
            .get(i + 1)
            .is_some_and(|next| super::is_cut_mid_word(line, next.text))
        {
            return true;
        }
        let t = super::without_cut_mark(line);
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
    let text_of = |i: usize| lines.get(i).map_or("", |l| l.text);
    let is_repeat = |i: usize| {
        let before = texts.iter().take_while(|&&j| j < i).last();
        before.is_some_and(|&j| text_of(j) == text_of(i))
            && more_words_than(text_of(i), MAX_KICKER_WORDS)
    };
    // The page's own title over the article's, the site's name after it
    // (`Giá vàng lập đỉnh mới | Báo ABC` over `Giá vàng lập đỉnh mới`).
    let is_page_title = |i: usize| {
        let after = texts.iter().find(|&&j| j > i);
        // Told by the prefix first: most lines open unlike the next one.
        after.is_some_and(|&j| {
            let title = text_of(j);
            text_of(i)
                .strip_prefix(title)
                .and_then(site_after_title)
                .is_some()
                && more_words_than(title, MAX_KICKER_WORDS)
        })
    };
    all_texts
        .as_slice()
        .iter()
        .copied()
        .filter(|&i| !skipped.contains(i) && !is_cut_copy(i) && !is_repeat(i) && !is_page_title(i))
        .collect()
}

/// The most words of a site's name after a page's title.
const MAX_SITE_WORDS: usize = 6;

/// The site's name that `rest` gives after a page's title: a spaced bar or
/// dash, then a few words (` | Báo ABC`, ` - VnExpress`).
fn site_after_title(rest: &str) -> Option<&str> {
    let rest = rest.trim_start_matches(is_space);
    let mut chars = rest.chars();
    let sep = chars.next()?;
    if !(sep == '|' || crate::normalize::is_dash(sep)) {
        return None;
    }
    let after = chars.as_str();
    let site = trim(after);
    (after.starts_with(is_space) && !site.is_empty() && !more_words_than(site, MAX_SITE_WORDS))
        .then_some(site)
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
        // A separator alone on its line (`|`, `>`, `•` between two labels
        // of a breadcrumb) is no meta line.
        let separator = |i: usize| {
            lines
                .get(i)
                .is_some_and(|l| !l.text.chars().any(letters::is_alphanumeric))
        };
        let meta_between = header.lines.iter().any(|&(i, ref c)| {
            i > first && i < second && !matches!(c, Class::Text) && !separator(i)
        });
        // Text lines hold no marker, dateline, breadcrumb or caption: their
        // shape alone tells a label from a title. Two short lines with meta
        // lines between them (`Tài chính` / date / `Giá vàng lập đỉnh mới`,
        // or a title / date / category): the one of more words is the
        // title, the first when they have as many.
        let second_is_title =
            !(meta_between && is_label_shaped(s)) || word_count(s) > word_count(f);
        // Right under a breadcrumb printed a label a line, over meta lines
        // (`Trang chủ` / `Khoa học` / `Dùng trà trị hôi chân` / byline and
        // date / a line of keywords): the breadcrumb gave the section, and
        // a line of more words than a kicker's, none of a compound label's
        // joints (`Khoa học - Công nghệ`, `Văn hóa & Giải trí`), is the
        // title; a label of a few words there (`Chứng khoán`) is the section.
        let under_crumbs = || {
            header
                .lines
                .iter()
                .any(|&(i, ref c)| i + 1 == first && matches!(c, Class::Crumb))
        };
        let headline_words = || {
            more_words_than(f, MAX_KICKER_WORDS)
                && !f.contains(|c: char| c == '&' || c == ',' || crate::normalize::is_dash(c))
        };
        if meta_between && under_crumbs() && headline_words() {
            return Some((at, (None, None)));
        }
        // The last line of the text is no title: a title has a lead under it;
        // unless these are the text's two text lines, a label of a few words
        // over a headline that is no paragraph (`Kinh tế` / `Giá vàng lập
        // đỉnh mới`, with or without a dateline: a fragment of a header).
        let pair_alone = texts.len() == at + 2
            && header.marker.is_none()
            && !more_words_than(f, MAX_KICKER_WORDS)
            && more_words_than(s, MAX_KICKER_WORDS)
            && !is_paragraph(s);
        let last = second + 1 == lines.len() && !pair_alone;
        // A title closed by a period under the section, over the date
        // (bylines and furniture aside: `Giáo dục` / `Học sinh được nghỉ
        // Tết 10 ngày.` / date); a sapo there stands under a title, of
        // more words than a section's few.
        let dated_sentence = || {
            !meta_between
                && (!more_words_than(f, MAX_KICKER_WORDS) || is_section_pair(f))
                && !more_words_than(s, MAX_TITLE_SENTENCE_WORDS)
                && header
                    .lines
                    .iter()
                    .find(|&&(i, ref c)| {
                        i > second && !matches!(c, Class::Byline(_) | Class::Furniture)
                    })
                    .is_some_and(|(_, c)| matches!(c, Class::Dateline(_)))
        };
        // A line of keywords (`Sức Khỏe Gia Đình, trẻ em, ho, mẹo dân
        // gian`) under the byline and date is the page's, not the title
        // under a label: the short line over it is the title.
        if is_label_shaped(f)
            && (is_title_shaped(s) && !is_prose(s) && !is_keyword_line(s) || dated_sentence())
            && second_is_title
            && !last
        {
            // A second label of a word or two under the section (`Thời sự`
            // / `Video` / title, `Thời sự` / `Giao thông` / date / title):
            // the title is the line after it.
            let kicker = |third: usize| is_kicker(lines, header, (second, third), meta_between);
            if texts.get(at + 2).is_some_and(|&third| kicker(third)) {
                // A kicker closing with its colon is no label: it goes to
                // `header`, as one over the title does.
                let label = (!s.ends_with(':')).then_some(second);
                return Some((at + 2, (Some(first), label)));
            }
            return Some((at + 1, (Some(first), None)));
        }
    }
    Some((at, (None, None)))
}

/// Whether the text line `second`, under the section, is a kicker over
/// the title on line `third`: a second label of a word or two (`Thời sự`
/// / `Video` / title, `Thời sự` / `Giao thông` / date / title), or one
/// closing with its colon (`Bài 1:`); `meta_between`: meta lines stand
/// between the section and it.
fn is_kicker(
    lines: &[Line<'_>],
    header: &Header<'_>,
    (second, third): (usize, usize),
    meta_between: bool,
) -> bool {
    let s = lines.get(second).map_or("", |l| l.text);
    let t = lines.get(third).map_or("", |l| l.text);
    let meta_after = header
        .lines
        .iter()
        .any(|&(i, ref c)| i > second && i < third && !matches!(c, Class::Text));
    // `Bài 1:` ends with its colon.
    let colon_kicker = s.ends_with(':') && !longer_than(s, MAX_SECTION_CHARS);
    // A longer second label (`Thể thao` / `Bóng đá Việt Nam`)
    // only right over a title with its dateline or byline under it.
    let meta_under_third = header
        .lines
        .iter()
        .find(|&&(i, _)| i > third)
        .is_some_and(|(_, c)| matches!(c, Class::Dateline(_) | Class::Byline(_)));
    let short =
        !more_words_than(s, MAX_KICKER_WORDS) || (!meta_between && !meta_after && meta_under_third);
    !(meta_after && meta_between)
        && short
        && (is_label_shaped(s) || colon_kicker)
        && is_title_shaped(t)
        && !is_paragraph(t)
        && word_count(t) > word_count(s)
}

/// The headline under the short label taken for the `title`, with only
/// short labels and meta lines between them: the last candidate text over
/// the lead (the marker's line, or a paragraph right under it), of more
/// words than a label, no sentence. `None` when the title reads as one.
fn headline_under_labels(
    lines: &[Line<'_>],
    header: &Header<'_>,
    texts: &[usize],
    title: usize,
) -> Option<usize> {
    let text = |i: usize| lines.get(i).map_or("", |l| l.text);
    if more_words_than(text(title), MAX_KICKER_WORDS) || !is_label_shaped(text(title)) {
        return None;
    }
    // The candidates under the title and over the lead (the marker's line,
    // or the first paragraph).
    let lead = header.marker.map(|(m, _)| m);
    let after: Vec<usize> = texts
        .iter()
        .copied()
        .filter(|&i| i > title && !lead.is_some_and(|m| i >= m))
        .take_while(|&i| !is_paragraph(text(i)))
        .collect();
    let (&headline, between) = after.split_last()?;
    let t = text(headline);
    let over_lead = match lead {
        Some(_) => true,
        None => lines
            .get(headline + 1)
            .is_some_and(|l| is_paragraph(l.text)),
    };
    (over_lead
        && more_words_than(t, MAX_KICKER_WORDS)
        && is_title_shaped(t)
        && between
            .iter()
            .all(|&i| !more_words_than(text(i), MAX_KICKER_WORDS) && is_label_shaped(text(i))))
    .then_some(headline)
}

/// Whether the headline on line `first` is a banner over the title on the
/// line `next` under it (an event's slogan a page prints over every article,
/// `Chào mừng Đại hội ...` over the title): two headlines with no marker
/// above and no dateline in the header, the second over a paragraph or a
/// caption; or, with a dateline, the second right over the dateline or a
/// byline (a kicker over the title). The banner goes to `header`.
fn is_banner(lines: &[Line<'_>], header: &Header<'_>, first: usize, next: usize) -> bool {
    let headline = |i: usize| {
        lines.get(i).is_some_and(|l| {
            is_title_shaped(l.text)
                && !is_paragraph(l.text)
                && !l.text.ends_with([':', '?', '!'])
                && more_words_than(l.text, MIN_BANNER_WORDS - 1)
        })
    };
    let under = lines.get(next + 1).map(|l| l.text);
    let dateline = header
        .lines
        .iter()
        .any(|(_, c)| matches!(c, Class::Dateline(_)));
    // A kicker over the title right over its dateline or byline (`Chuyển
    // đổi xanh giao thông đô thị` / `Bài 1: Những tuyến đầu tiên` / date):
    // the line over the meta lines is the title, when it opens with a
    // capital and has more words (a line no longer is a sapo there, as is
    // one opening with a brand's small letter).
    let meta_under = || {
        let words = |i: usize| lines.get(i).map_or(0, |l| word_count(l.text));
        // Page furniture between them aside (a clock over the date).
        header
            .lines
            .iter()
            .find(|&&(i, ref c)| i > next && !matches!(c, Class::Furniture))
            .is_some_and(|(_, c)| matches!(c, Class::Dateline(_) | Class::Byline(_)))
            && words(next) > words(first)
            && lines.get(next).is_some_and(|l| {
                // Labels parted by bars (`Thời sự | Minh Anh | ...`) are
                // no headline.
                l.text.starts_with(letters::is_uppercase)
                    && !l.text.contains(crate::vocab::TAIL_SEPARATORS)
            })
    };
    next == first + 1
        && headline(first)
        && headline(next)
        && (header.marker.is_none()
            && !dateline
            && under.is_some_and(|u| is_paragraph(u) || is_caption(u))
            || meta_under())
}

/// Two labels of a few words joined by a dash (`Tin tức - Sự kiện`, `Văn
/// hóa – Xã hội`): a section.
fn is_section_pair(line: &str) -> bool {
    let mut parts = line.split(crate::normalize::is_dash);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) => [a, b]
            .iter()
            .all(|p| (1..=MAX_KICKER_WORDS).contains(&word_count(p)) && is_label_shaped(trim(p))),
        _ => false,
    }
}

/// The most words of a title closed by a period (see [`above_title`]).
const MAX_TITLE_SENTENCE_WORDS: usize = 25;

/// The fewest words of either headline of [`is_banner`]: a shorter line
/// over the title is a kicker or a label.
const MIN_BANNER_WORDS: usize = 4;

/// The lines of the labels above the title: the section, and a second
/// label under it.
type Labels = (Option<usize>, Option<usize>);

/// The most words of a kicker between the section and the title (`Video`,
/// `Góc nhìn`, `Phóng sự ảnh`).
const MAX_KICKER_WORDS: usize = 3;

/// The layout of a header with no text line: its first line that is no
/// dateline, or the lead's, is the title, and the lead is searched after
/// it. Datelines alone: the one under the first is the title.
fn layout_without_text<'a>(lines: &[Line<'a>], header: &Header<'a>) -> Option<Layout<'a>> {
    if let Some(layout) = credits_alone(lines, header) {
        return Some(layout);
    }
    let title = (0..lines.len())
        .find(|&i| {
            !header.lines.iter().any(|&(j, ref c)| {
                j == i && matches!(c, Class::Dateline(_) | Class::Breadcrumb | Class::Crumb)
            })
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
        // A label, a note on the picture (`Ảnh minh họa`, `(Ảnh: TTXVN)`) or
        // a line of keywords, over a paragraph: the paragraph.
        [first, second, ..]
            if lines.get(*first).is_some_and(|l| {
                is_label_shaped(l.text) || is_picture_note(l.text) || is_keyword_line(l.text)
            }) && lines.get(*second).is_some_and(|l| is_paragraph(l.text)) =>
        {
            Some(*second)
        }
        [first, ..] => Some(*first),
        [] => None,
    }
}

/// A fragment of labelled credits or captions alone, with no source marker
/// (`Ảnh: KIM XUÂN`, `Theo TTXVN`, `... Ảnh: Minh Hà`), a dateline and
/// page furniture aside (`Chia sẻ bài viết` under them): no title and no
/// lead; its lines are the dateline, the credits, the body and the footer.
fn credits_alone<'a>(lines: &[Line<'a>], header: &Header<'a>) -> Option<Layout<'a>> {
    let dated = |i: usize| {
        header
            .lines
            .iter()
            .any(|&(j, ref c)| j == i && matches!(c, Class::Dateline(_)))
    };
    let credit_or_caption = |l: &Line<'_>| {
        crate::parse::credit::credit_line(l.text, crate::parse::credit::Place::Labelled).is_some()
            || crate::parse::credit::caption_or_photo(l.text).is_some()
    };
    let furniture = |l: &Line<'_>| super::lines::furniture(l.text).is_some();
    // A dateline over them (`03/04/2024 - 07:35` / `Tin, ảnh: KIM XUÂN`)
    // is the fragment's own.
    (header.marker.is_none()
        && lines
            .iter()
            .enumerate()
            .all(|(i, l)| dated(i) || credit_or_caption(l) || furniture(l))
        && lines.iter().any(credit_or_caption))
    .then_some(Layout {
        title: None,
        label: None,
        sublabel: None,
        title_next: None,
        lead: Lead::None,
        body_from: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::site_after_title;

    #[test]
    fn a_sites_name_after_a_pages_title() {
        assert_eq!(site_after_title(" | Báo ABC"), Some("Báo ABC"));
        assert_eq!(site_after_title(" - VnExpress"), Some("VnExpress"));
        assert_eq!(
            site_after_title(" – Báo Điện tử ABC"),
            Some("Báo Điện tử ABC")
        );
        // No separator, none spaced, nothing after it, or a sentence.
        for rest in [
            " qua",
            "|Báo ABC",
            " -VnExpress",
            " | ",
            "",
            " | Giá bán ra tăng thêm hai triệu đồng",
        ] {
            assert_eq!(site_after_title(rest), None, "{rest}");
        }
    }
}
