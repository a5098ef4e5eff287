//! How the splitter weighs a line and the lines above it: whether a line
//! may open with a dateline or is a byline and its date, how a dateline is
//! written, whether a line ended the article before, and the header
//! printed above a dateline.

use super::*;

/// Whether `line` may open with a dateline: a digit, or the first letter of
/// a weekday (`Thứ`, `T4`, `Chủ nhật`, `CN`), of `ngày`, of a label
/// (`Cập nhật`, `Ngày đăng`, `Đăng lúc`, `Xuất bản`, `Thời gian`, `Lúc`, `Vào
/// lúc`, `Posted on`, `Updated`), of a month or weekday in English, a
/// bracket (a dateline alone in brackets) or a bar before the date.
/// Told by its first bytes (`đ` is C4 91, `Đ` C4 90), which a test checks
/// against the first letters of the vocabulary's tables.
pub(super) fn may_open_dateline(line: &[u8]) -> bool {
    matches!(
        line,
        [
            b'0'..=b'9'
                | b't'
                | b'c'
                | b'n'
                | b'x'
                | b'l'
                | b'v'
                | b'T'
                | b'C'
                | b'N'
                | b'X'
                | b'L'
                | b'V'
                // `Bài đăng ngày ...`.
                | b'b'
                | b'B'
                // A month or weekday in English (`January 15, 2024`,
                // `Monday, ...`).
                | b'j'
                | b'f'
                | b'm'
                | b'a'
                | b's'
                | b'o'
                | b'd'
                | b'w'
                | b'J'
                | b'F'
                | b'M'
                | b'A'
                | b'S'
                | b'O'
                | b'D'
                | b'W'
                // An English label (`Posted on`, `Published`, `Updated`).
                | b'p'
                | b'u'
                | b'P'
                | b'U'
                // An offset before the date (`GMT+7 12/02/2026 09:41`).
                | b'g'
                | b'G'
                // A dateline alone in brackets (`(12/02/2026 - 09:41)`),
                // or the offset in them before it (`(GMT+7) ...`).
                | b'('
                | b'['
                // A bar before the date (`| 28/11/2025 | 19:30`).
                | b'|',
            ..
        ] | [0xC4, 0x90 | 0x91, ..]
    )
}

/// Whether `line` (trimmed bytes) is short and ends as a date or a time
/// does (a digit, a bracket, `AM`/`PM`), with a mark before the date that
/// may close a byline (`-`, `•`, `|`, `,`): a byline and its date on one
/// line, told before the line is read.
pub(super) fn may_be_byline_dated(line: &[u8]) -> bool {
    line.len() <= MAX_BYLINE_DATED_LINE
        && matches!(line.last(), Some(b'0'..=b'9' | b')' | b']' | b'M'))
        && line.iter().any(|&b| matches!(b, b'-' | b'|' | b',' | 0xE2))
}

/// The longest line read as a byline and its date, in bytes.
pub(super) const MAX_BYLINE_DATED_LINE: usize = 120;

/// Whether `head`, written before a date on its line, is a byline
/// (`Trương Thi -`, `DS. NGUYỄN VĂN AN •`, `Theo Minh Hương/VTC News,`):
/// such a line opens a page's article as a dateline alone does.
pub(super) fn is_byline_head(head: &str) -> bool {
    let name = trim(head.trim_end_matches(|c: char| {
        crate::normalize::is_space(c)
            || crate::normalize::is_dash(c)
            || BYLINE_DATE_MARKS.contains(&c)
    }));
    !name.is_empty() && credit_line(name, Place::End).is_some()
}

/// Whether `head`, before a date on its line, is a section's label, with
/// or without the bar or dash after it (`Thời sự |`, `Tin tức - Sự kiện`):
/// a header printed on the dateline's line; not a place (`Hà Nội -`, `Hà
/// Nội,`).
pub(super) fn is_section_head(head: &str) -> bool {
    let t = head.trim_end_matches(crate::normalize::is_space);
    if t.ends_with(',') {
        return false;
    }
    let label = trim(t.trim_end_matches(|c: char| c == '|' || crate::normalize::is_dash(c)));
    // Read as a section, not as a lead's marker (`Tin tức - Sự kiện`
    // opens with an outlet's name).
    use crate::parse::article::{is_breadcrumb, is_label_shaped};
    (is_breadcrumb(label) || is_label_shaped(label) || crate::parse::article::is_barred_head(label))
        && !crate::parse::credit::is_place(label)
}

/// The marks between a byline and the date after it on one line.
pub(super) const BYLINE_DATE_MARKS: [char; 4] = ['•', '|', ',', '·'];

/// The longest line kept to be weighed as a credit, in bytes.
pub(super) const MAX_CREDIT_LINE: usize = 240;

/// How a dateline is written: digit runs as `9`, letter runs as `a`, white
/// space as one space, other characters as they are. `Thứ ba, 23/12/2025
/// 09:02 (GMT+7)` gives `a a, 9/9/9 9:9 (a+9)`.
pub(super) fn shape(text: &str) -> String {
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

/// The longest line read as a clock or a weekday alone over a date
/// (`Đăng lúc 09:41`, `Chủ Nhật,`), in bytes.
const MAX_CLOCK_LINE: usize = 40;

impl Splitter {
    /// The header printed above a dateline (a section, a title, a byline
    /// between them and the date: short lines, no paragraph nor furniture),
    /// read back from the dateline to the line that ended the article
    /// before it (a credit, closing furniture or the end mark; the outlet
    /// alone under `Theo Lê Hà` is that credit's) above a line that is no
    /// credit: `k` of [`Split::AtLine`]. `limit`: the non-blank lines of the
    /// article so far. A line is a paragraph only when it ends a sentence
    /// with a period, a colon or an ellipsis (a title may close with a
    /// quote or a question mark, and run long), and a breadcrumb opens the
    /// header whatever stands over it.
    ///
    /// `after_paragraph`: a paragraph (a line ending a sentence, or longer
    /// than a credit) bounds the header too, as the last line of an article
    /// that ended without a credit.
    pub(super) fn header_run<'l>(
        back: &impl Fn(usize) -> Option<Cow<'l, str>>,
        limit: usize,
        after_paragraph: bool,
    ) -> Option<usize> {
        let mut titled = false;
        // Separators alone seen (`•`, `|`, `/` between a byline and the
        // date, or between a breadcrumb's labels a label a line): the
        // header's as their neighbours are, and no line of it to count.
        let mut separators = 0;
        // The page's buttons between its title and its date (`Nghe bài
        // viết`, a player's clock, `Lưu bài`, `A+`), skipped: they are the
        // header's only under a headline (more words than a tag) and over
        // it the line that ended the article before, never a paragraph.
        let mut widgets = 0;
        let mut headline = false;
        let widgets_kept =
            |run: usize, headline: bool, widgets: usize| (widgets == 0 || headline).then_some(run);
        for k in 1..=RECENT.min(limit) {
            let line = back(k)?;
            let line = trim(&line);
            if crate::parse::header::is_separator_line(line) {
                separators += 1;
                continue;
            }
            // Whether the line ended the article before: a credit, closing
            // furniture or the end mark, or the outlet alone under `Theo Lê
            // Hà` (`Pháp luật TP Hồ Chí Minh`: that credit's source, as the
            // article reads it); and whether it is furniture.
            let weigh = || {
                let (ended, furniture) = Self::weigh(line);
                let source = || {
                    back(k + 1).is_some_and(|above| {
                        crate::parse::credit::outlet_under_source(line, trim(&above)).is_some()
                    })
                };
                (ended || (!furniture && source()), furniture)
            };
            // A paragraph, or a line past the longest header, closes the
            // run (a line of dialogue, `- Cho tớ vay 5 triệu!`, is the
            // text's): weighed only when a header stands under it.
            let paragraph = line.ends_with(SENTENCE_CLOSES)
                || line.len() > MAX_CREDIT_LINE
                || line.starts_with(crate::normalize::is_dash);
            if paragraph || k - separators - widgets > MAX_HEADER_RUN {
                if !titled {
                    return None;
                }
                // A breadcrumb printed a label a line, under its home
                // label (`Trang chủ` / `/` / `Kinh doanh` / ...), tops the
                // page however many its labels.
                if let Some(home) = (!paragraph)
                    .then(|| Self::home_above(back, k, limit))
                    .flatten()
                {
                    return Some(home);
                }
                if paragraph && after_paragraph {
                    return (widgets == 0).then_some(k - 1);
                }
                return weigh()
                    .0
                    .then_some(k - 1)
                    .and_then(|run| widgets_kept(run, headline, widgets));
            }
            // A clock or a weekday alone right over the date (`09:41`,
            // `Thứ Năm`): part of the date, as the article reads it.
            if k == 1 && Self::date_part(line) {
                continue;
            }
            let (ended, furniture) = weigh();
            if ended && titled {
                return widgets_kept(k - 1, headline, widgets);
            }
            // An end mark is furniture here: it ended the article.
            if furniture {
                if !titled && is_header_widget(line) {
                    widgets += 1;
                    continue;
                }
                return None;
            }
            // A breadcrumb tops a page: the header runs from it, whatever
            // ended the article before.
            if is_breadcrumb(line) {
                return widgets_kept(k, headline, widgets);
            }
            if !titled && !ended {
                headline = crate::parse::common::word_count(line) > MAX_TAG_WORDS;
            }
            titled |= !ended;
        }
        None
    }

    /// The line at or above the `k`-th where a home label alone stands
    /// (`Trang chủ`), with only labels and separators between: a
    /// breadcrumb printed a label a line. `None` past a paragraph, a line
    /// that ended an article, or [`RECENT`] lines.
    fn home_above<'l>(
        back: &impl Fn(usize) -> Option<Cow<'l, str>>,
        k: usize,
        limit: usize,
    ) -> Option<usize> {
        for j in k..=RECENT.min(limit) {
            let line = back(j)?;
            let line = trim(&line);
            if crate::vocab::HOME_LABELS.contains(line) {
                return Some(j);
            }
            if !crate::parse::header::is_separator_line(line)
                && !crate::parse::article::is_label_shaped(line)
            {
                return None;
            }
        }
        None
    }

    /// Whether the trimmed `line` is a clock or a weekday alone, as a page
    /// prints it over its date (`09:41`, `Đăng lúc 09:41`, `Thứ Năm`).
    pub(super) fn date_part(line: &str) -> bool {
        line.len() <= MAX_CLOCK_LINE && {
            let line = normalize(line);
            dateline::is_labelled_clock(&line) || dateline::is_weekday_alone(&line)
        }
    }

    /// Whether the article so far has ended: its last line is a credit, page
    /// furniture or the end mark.
    pub(super) fn ended(last: &str) -> bool {
        Self::weigh(trim(last)).0
    }

    /// Whether the trimmed `line` ends an article (a credit, closing
    /// furniture or the end mark), and whether it is furniture or the end
    /// mark: lines longer than a credit are neither.
    pub(super) fn weigh(line: &str) -> (bool, bool) {
        if line.len() > MAX_CREDIT_LINE || line.is_empty() {
            return (false, false);
        }
        let line = normalize(line);
        let line = line.as_ref();
        let furniture = furniture(line);
        let end_mark = is_end_mark(line);
        // `MINH AN (Còn nữa)`, `Theo TTXVN./.`: a credit closed by the
        // end mark.
        let marked_credit = || {
            crate::parse::article::end_mark_closing(line)
                .is_some_and(|(head, _)| credit_line(head, Place::End).is_some())
        };
        // `Tin và ảnh HOÀNG LANChia sẻ bài viết`: a credit with a
        // widget glued to it.
        let glued_credit = || {
            crate::parse::article::glued_furniture(line)
                .is_some_and(|(head, _)| credit_line(head, Place::End).is_some())
        };
        let ended = furniture.is_some_and(Furniture::closes)
            || end_mark
            || credit_line(line, Place::End).is_some()
            || marked_credit()
            || glued_credit();
        (ended, furniture.is_some() || end_mark)
    }
}

/// The non-blank lines above the one a [`Splitter`] weighs, read back
/// through `back` (see [`Splitter::feed`]), with the answers that cost
/// most kept once asked.
pub(super) struct Above<B> {
    back: B,
    /// The non-blank lines of the article so far.
    limit: usize,
    /// Whether the article so far has ended (see [`Splitter::ended`]).
    ended: Option<bool>,
    /// The header over the line (see [`Splitter::header_run`]).
    run: Option<Option<usize>>,
    /// The same after a paragraph too.
    loose: Option<Option<usize>>,
    /// The related box's heading under the article's end (see
    /// [`Above::box_under_end`]).
    boxed: Option<Option<usize>>,
}

impl<'l, B: Fn(usize) -> Option<Cow<'l, str>>> Above<B> {
    pub(super) fn new(back: B, limit: usize) -> Self {
        Above {
            back,
            limit,
            ended: None,
            run: None,
            loose: None,
            boxed: None,
        }
    }

    /// The `k`-th non-blank line above (from 1).
    pub(super) fn line(&self, k: usize) -> Option<Cow<'l, str>> {
        (self.back)(k)
    }

    /// Whether the article so far has ended: its last line is a credit,
    /// page furniture or the end mark.
    pub(super) fn has_ended(&mut self) -> bool {
        let back = &self.back;
        *self
            .ended
            .get_or_insert_with(|| Splitter::ended(&back(1).unwrap_or_default()))
    }

    /// Whether the line `k + 1` above (the one over a run of `k` lines)
    /// ended the article before: a credit, closing furniture or the end
    /// mark.
    pub(super) fn has_ended_before(&self, k: usize) -> bool {
        self.line(k + 1).is_some_and(|l| Splitter::ended(&l))
    }

    /// The header printed above the line, right after the article before
    /// ended.
    pub(super) fn header_run(&mut self) -> Option<usize> {
        let (back, limit) = (&self.back, self.limit);
        *self
            .run
            .get_or_insert_with(|| Splitter::header_run(back, limit, false))
    }

    /// The header printed above the line after the article before ended,
    /// or after its last paragraph.
    pub(super) fn loose_run(&mut self) -> Option<usize> {
        let (back, limit) = (&self.back, self.limit);
        *self
            .loose
            .get_or_insert_with(|| Splitter::header_run(back, limit, true))
    }

    /// The `k`-th line above, when it is a related box's heading (`Tin
    /// liên quan`) right under a line that ended the article (a credit,
    /// closing furniture, the end mark), with only short lines (no
    /// paragraph: its headlines, the next page's header) between it and
    /// the line: the article before has ended, its box printed after it.
    pub(super) fn box_under_end(&mut self) -> Option<usize> {
        let (back, limit) = (&self.back, self.limit);
        *self.boxed.get_or_insert_with(|| {
            for k in 1..=RECENT.min(limit) {
                let line = back(k)?;
                let line = trim(&line);
                if line.len() > MAX_CREDIT_LINE || line.ends_with(SENTENCE_CLOSES) {
                    return None;
                }
                if furniture(&normalize(line)) == Some(Furniture::Related) {
                    return back(k + 1)
                        .is_some_and(|l| Splitter::ended(&l))
                        .then_some(k);
                }
            }
            None
        })
    }

    /// Whether the `k`-th line above is a date alone (no label, no text
    /// around it) of the shape `shaped` (see [`shape`]).
    pub(super) fn date_alone_as(&self, k: usize, shaped: &str) -> bool {
        self.line(k).is_some_and(|l| {
            let l = trim(&l);
            has_digit(l.as_bytes())
                && l.len() <= dateline::MAX_HEADER_LINE
                && dateline::find_in_header(&normalize(l)).is_some_and(|f| {
                    f.head.is_none() && f.tail.is_none() && shape(f.text) == shaped
                })
        })
    }

    /// Whether none of the `k` lines above holds a date.
    pub(super) fn undated(&self, k: usize) -> bool {
        (1..=k).all(|j| {
            self.line(j).is_some_and(|l| {
                !has_digit(l.as_bytes()) || dateline::find(&normalize(&l)).is_none()
            })
        })
    }

    /// Whether no line above the line in its block (`in_block` lines) is
    /// furniture, nor, as `headlines` asks, a paragraph.
    pub(super) fn block_head(&self, in_block: usize, headlines: bool) -> bool {
        (1..=in_block).all(|k| {
            self.line(k).is_some_and(|l| {
                let l = trim(&l);
                (!headlines || (!l.ends_with(SENTENCE_CLOSES) && l.len() <= MAX_CREDIT_LINE))
                    && !Splitter::weigh(l).1
            })
        })
    }
}

/// Whether the furniture `line` is one of the page's buttons a header
/// prints between its title and its date (`Nghe bài viết`, `00:00 /
/// 03:25`, `Tốc độ đọc 1x`, `Lưu bài`, `A+`): closing furniture, no end
/// mark, no credit, no comments' or related box's heading.
fn is_header_widget(line: &str) -> bool {
    let line = normalize(line);
    furniture(&line) == Some(Furniture::Closing)
        && !is_end_mark(&line)
        && credit_line(&line, Place::End).is_none()
}
