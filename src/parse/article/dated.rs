//! The dateline placed: the one chosen among several lines that hold one
//! (the page's clock above the title, the article's date under it), and
//! what stands beside it on its line (a byline, a section, the outlet, a
//! page's widgets); a byline on a line of its own.

use super::*;
use crate::vocab::TAIL_SEPARATORS;

impl<'a> Builder<'a> {
    /// The article's dateline among the header's: the only one; of one
    /// above the title and one under it, the one above when both say the
    /// same minute (a date printed twice), else the one under it (the one
    /// above is the page's clock); on one side, the publication's before an
    /// update's stamp. The others go to `header`. With no title every
    /// dateline stands above it.
    pub(super) fn choose_dateline(
        &mut self,
        lines: &[Line<'a>],
        datelines: &[(usize, &dateline::Found<'a>)],
        title: Option<usize>,
    ) {
        // An update's stamp (`Cập nhật: ...`) beside one labelled as the
        // publication's (`Xuất bản: ...`): the publication is the dateline,
        // wherever it stands. (A date without a label may be the page's
        // clock.)
        let published = |f: &dateline::Found<'_>| {
            dateline::stamp(f.text) == Some(crate::vocab::Stamp::Published)
        };
        let any_published = datelines.iter().any(|&(_, f)| published(f));
        let candidate = |f: &dateline::Found<'_>| !any_published || published(f);
        let above_title = |i: usize| title.map_or(true, |t| i < t);
        let below_title = |i: usize| title.is_some_and(|t| i > t);
        let mut above = datelines
            .iter()
            .rposition(|&(i, f)| above_title(i) && candidate(f));
        let mut below = datelines
            .iter()
            .position(|&(i, f)| below_title(i) && candidate(f));
        // On one side of the title, an update's stamp beside a date
        // without a label (`12/02/2026 09:41` over `Cập nhật: 12/02/2026
        // 10:15`): the date is the publication's. (Told by the count
        // first: most headers hold one dateline.)
        if datelines.len() > 1 {
            let updated = |f: &dateline::Found<'_>| {
                dateline::stamp(f.text) == Some(crate::vocab::Stamp::Updated)
            };
            let is_update = |k: Option<usize>| {
                k.and_then(|k| datelines.get(k))
                    .is_some_and(|&(_, f)| updated(f))
            };
            let dated = |f: &dateline::Found<'_>| candidate(f) && !updated(f);
            if is_update(above) {
                if let Some(k) = datelines
                    .iter()
                    .rposition(|&(i, f)| above_title(i) && dated(f))
                {
                    above = Some(k);
                }
            }
            if is_update(below) {
                if let Some(k) = datelines
                    .iter()
                    .position(|&(i, f)| below_title(i) && dated(f))
                {
                    below = Some(k);
                }
            }
        }
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
                self.other_dateline(&line, found);
                continue;
            }
            let joined = match self.with_clock_below(lines, i, found) {
                Some(below) => Some((line, below)),
                None => self.with_line_above(lines, i, found),
            };
            let (line, found) = joined.as_ref().map_or((&line, found), |(l, f)| (l, f));
            if !self.dateline_line(line, found) {
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

    /// A dateline's line that is not the article's: to `header`, but for
    /// a byline before the date (`Minh Anh - 05/12/2025 08:45` under the
    /// page's date), whose credits are the article's.
    fn other_dateline(&mut self, line: &Line<'a>, found: &dateline::Found<'a>) {
        let at = crate::parse::common::offset_in(line.text, found.text);
        // Set apart from the date by a dash, a bullet or a bar (`Thứ Pai,
        // 15/01/2024`, a weekday garbled, is none).
        let apart = |head: &str| {
            let from = crate::parse::common::offset_in(line.text, head) + head.len();
            let mut gap = trim(line.text.get(from..at).unwrap_or_default()).chars();
            matches!((gap.next(), gap.next()), (Some(c), None) if crate::vocab::is_bar_or_dash(c))
        };
        let byline = found.head.filter(|h| apart(h)).and_then(|head| {
            let credits = credit_line(head, Place::End)?;
            credits
                .iter()
                .all(|c| c.roles == [Role::Author])
                .then_some(credits)
        });
        let Some(credits) = byline else {
            self.header.push(Text::new(line.text, line.span()));
            return;
        };
        for c in credits {
            let credit = self.credit(c);
            self.head_credit(credit);
        }
        let date = line.text.get(at..).unwrap_or_default();
        self.header.push(Text::new(date, line.part(date).span()));
    }

    /// The dateline `found` on line `i` joined with its clock alone on the
    /// next line (a date without a time over `16:02 (GMT +7)`), that line
    /// taken back from `header`; `None` when the next line is no such clock.
    fn with_clock_below(
        &mut self,
        lines: &[Line<'a>],
        i: usize,
        found: &dateline::Found<'a>,
    ) -> Option<dateline::Found<'a>> {
        let line = lines.get(i)?;
        let (taken, clock) = beside(lines, i.checked_add(1)?, i.checked_add(2))?;
        let from = line.start + crate::parse::common::offset_in(line.text, found.text);
        let joined = self.text.get(from..clock.span().end)?;
        let found = dateline::with_clock_below(found, joined)?;
        self.take_back(taken).then_some(found)
    }

    /// The dateline `found` on line `i` joined with its clock or weekday
    /// alone on the line above (`09:41` over `12/02/2026`, `Thứ Năm` over
    /// `12/02/2026 09:41`, a separator alone between them), that line
    /// taken back from `header`; with the line both take up. `None` when
    /// the line above is no such clock or weekday.
    fn with_line_above(
        &mut self,
        lines: &[Line<'a>],
        i: usize,
        found: &dateline::Found<'a>,
    ) -> Option<(Line<'a>, dateline::Found<'a>)> {
        let line = lines.get(i)?;
        let (taken, above) = beside(lines, i.checked_sub(1)?, i.checked_sub(2))?;
        let joined = self.text.get(above.start..line.span().end)?;
        let found = dateline::with_line_above(found, joined)?;
        if !self.take_back(taken) {
            return None;
        }
        let whole = Line {
            text: joined,
            start: above.start,
            indent: 0,
        };
        Some((whole, found))
    }

    /// Takes the lines `taken` back from `header` when all of them are
    /// there (both found before either leaves it); `false` when one is not.
    fn take_back(&mut self, taken: &[Line<'a>]) -> bool {
        let held = |l: &Line<'a>| self.header.iter().any(|t| t.span == l.span());
        if !taken.iter().all(held) {
            return false;
        }
        self.header
            .retain(|t| !taken.iter().any(|l| t.span == l.span()));
        true
    }

    /// Builds the dateline `found` on `line`, and places what stands before
    /// it (a byline, else the section) and after it (a credit, a category,
    /// widgets). `false` when the date cannot be read.
    pub(super) fn dateline_line(&mut self, line: &Line<'a>, found: &dateline::Found<'a>) -> bool {
        let base = line.start + crate::parse::common::offset_in(line.text, found.text);
        self.dateline = dateline::build(found, base, &mut self.findings);
        if self.dateline.is_none() {
            return false;
        }
        let timed = self.dateline.as_ref().is_some_and(|d| d.time.is_some());
        if let Some(head) = found.head {
            self.dateline_head(line, head, timed);
        }
        if let Some(tail) = found.tail {
            // Pieces set apart by bars or bullets (`• Thời sự`, `| Minh
            // Anh | 1.024 lượt xem`): each read on its own.
            let pieces =
                tail.trim_start_matches(|c: char| TAIL_SEPARATORS.contains(&c) || is_space(c));
            if pieces.len() < tail.len() || pieces.contains(TAIL_SEPARATORS) {
                // Categories side by side (`| Kinh tế | Tài chính`) are
                // each a section.
                let mut after_section = false;
                for piece in pieces.split(TAIL_SEPARATORS).map(trim) {
                    if !piece.is_empty() {
                        after_section = self.tail_piece(&line.part(piece), after_section);
                    }
                }
                return true;
            }
            // `04/04/2024 07:35 - Bình Dương`: where the news is from, a
            // province's name, no byline: the section when none is read
            // (as a place printed under the date is), else the page's.
            let bare = tail.trim_start_matches(|c: char| crate::vocab::is_dash(c) || is_space(c));
            if crate::parse::credit::is_place(bare) {
                if self.section.is_empty() {
                    self.section(&line.part(bare));
                } else {
                    self.header.push(Text::new(tail, line.part(tail).span()));
                }
                return true;
            }
            let part = line.part(tail);
            // `| Tác giả: Lê Hà`, `bởi Minh Anh`: a credit; `| Kinh doanh`:
            // the category.
            let by = || {
                dateline::opens_with_author_word(tail)
                    .then(|| credit_line(tail, Place::End))
                    .flatten()
            };
            if let Some(credits) = credit_line(tail, Place::Labelled).or_else(by) {
                for c in credits {
                    let credit = self.credit(c);
                    self.head_credit(credit);
                }
            } else if is_furniture(tail) {
                // `Email In`, `A A`: buttons, however their words are cased.
                self.header.push(Text::new(tail, part.span()));
            } else if crate::parse::credit::is_name_cased(tail) && self.byline_line(&part) {
                // `15/01/2024 08:30 Minh Anh`: a name after the date.
            } else if self.outlet_piece(&part) {
                // `15/01/2024 08:30 Báo Thanh Niên`: the outlet.
            } else if self.dashed_pieces(&part) {
                // `12/02/2026 09:41 - Hoàng Lan - Thời sự`: the byline,
                // then the section.
            } else if self.section.is_empty() && is_section_like(tail) {
                self.section(&part);
            } else if !self.byline_after_dash(&part)
                && !self.section_after_dash(&part)
                && (self.section.is_empty() || !self.byline_line(&part))
            {
                // With the section read, `| Hoàng Lan` is a byline.
                self.header.push(Text::new(tail, part.span()));
            }
        }
        true
    }

    /// One piece of a dateline's tail set apart by a bar or a bullet: a
    /// labelled credit, a byline whose words all open with a capital (`Minh
    /// Anh`), the category when none is read (`Thời sự`) or when the piece
    /// before was one (`after_section`: `Kinh tế | Tài chính`), else a
    /// widget kept in `header`. `true` when the piece is a section.
    fn tail_piece(&mut self, piece: &Line<'a>, after_section: bool) -> bool {
        if let Some(credits) = credit_line(piece.text, Place::Labelled) {
            for c in credits {
                let credit = self.credit(c);
                self.head_credit(credit);
            }
            return false;
        }
        // `Email`, `A-`: buttons, however their words are cased.
        let button = is_furniture(piece.text);
        if (crate::parse::credit::is_name_cased(piece.text) && !button && self.byline_line(piece))
            || self.outlet_piece(piece)
        {
            return false;
        }
        let counter = piece.text.bytes().any(|b| b.is_ascii_digit());
        if (self.section.is_empty() || after_section)
            && is_section_like(piece.text)
            && !button
            && !counter
        {
            self.section(piece);
            return true;
        }
        self.header.push(Text::new(piece.text, piece.span()));
        false
    }

    /// Reads a piece of a dateline's tail as the outlet the article comes
    /// from (`| Báo Thanh Niên`, `| Tuổi Trẻ`), a source's credit as under
    /// the last paragraph; `true` when it is one, its credit taken.
    fn outlet_piece(&mut self, piece: &Line<'a>) -> bool {
        self.credits_where(piece, |cs| cs.iter().all(|c| c.roles == [Role::Source]))
    }

    /// Reads a dateline's tail opened by a dash as a bare byline (`14/03/2024
    /// 10:05 - Hoàng Lan`), its outlet after it or not (`- Hoàng Lan - Báo
    /// Hà Nội Mới`); `true` when it is one, its credits taken.
    fn byline_after_dash(&mut self, tail: &Line<'a>) -> bool {
        let by_and_from = |cs: &[RawCredit<'_>]| {
            cs.iter().any(|c| c.roles == [Role::Author])
                && cs
                    .iter()
                    .all(|c| c.roles == [Role::Author] || c.roles == [Role::Source])
        };
        tail.after_dash()
            .is_some_and(|part| self.credits_where(&part, by_and_from))
    }

    /// Reads a dateline's tail opened by a dash and parted by spaced dashes
    /// as a bare byline then sections (`- Hoàng Lan - Thời sự`, `- Minh
    /// Anh - Kinh tế - Tài chính`); `true` when it is one, its pieces
    /// placed.
    fn dashed_pieces(&mut self, tail: &Line<'a>) -> bool {
        let Some(part) = tail.after_dash() else {
            return false;
        };
        self.byline_then_sections(&part, spaced_dash_pieces(part.text))
    }

    /// Reads a header line of pieces parted by bars or bullets as a bare
    /// byline then sections (`Trần Hoàng | Thời sự`, `Minh Anh • Kinh tế`);
    /// `true` when it is one, its pieces placed.
    pub(super) fn barred_byline(&mut self, line: &Line<'a>) -> bool {
        // Most bylines hold no bar: told by the bytes first.
        if !line.text.contains(is_head_bar) {
            return false;
        }
        self.byline_then_sections(line, line.text.split(is_head_bar).map(trim))
    }

    /// Reads `pieces` of `line` as a bare byline (the first piece) then
    /// sections (each other piece is shaped as one: no name, widget or
    /// figure); `true` when they are, their credits and sections taken.
    fn byline_then_sections(
        &mut self,
        line: &Line<'a>,
        mut pieces: impl Iterator<Item = &'a str> + Clone,
    ) -> bool {
        // Told by the pieces' shapes first.
        let Some(first) = pieces.next() else {
            return false;
        };
        let mut sections = pieces.clone().peekable();
        let sectioned = sections.peek().is_some()
            && sections.all(|p| {
                is_section_like(p)
                    && !is_furniture(p)
                    && !crate::parse::credit::is_name_cased(p)
                    && !p.bytes().any(|b| b.is_ascii_digit())
            });
        // A byline and its outlet (`- Minh Anh - Báo Hà Nội Mới`) are
        // credits, read whole.
        let sourced = || {
            credit_line(line.text, Place::End)
                .is_some_and(|cs| cs.iter().any(|c| c.roles.contains(&Role::Source)))
        };
        if !sectioned
            || !crate::parse::credit::is_name_cased(first)
            || sourced()
            || !self.byline_line(&line.part(first))
        {
            return false;
        }
        let mut after_section = false;
        for piece in pieces {
            after_section = self.tail_piece(&line.part(piece), after_section);
        }
        true
    }

    /// Reads a dateline's tail opened by a dash as the section when none is
    /// read yet (`14/03/2024 10:05 - Thời sự`); `true` when it is one.
    fn section_after_dash(&mut self, tail: &Line<'a>) -> bool {
        let Some(part) = tail.after_dash() else {
            return false;
        };
        // A counter (`- Lượt xem 1.234`) is no section.
        if !self.section.is_empty()
            || !is_section_like(part.text)
            || is_furniture(part.text)
            || part.text.bytes().any(|b| b.is_ascii_digit())
        {
            return false;
        }
        self.section(&part);
        true
    }

    /// Reads `line` as a bare byline (`Hoàng Lan`); `true` when it is one,
    /// its credits taken.
    pub(super) fn byline_line(&mut self, line: &Line<'a>) -> bool {
        self.credits_where(line, |cs| cs.iter().all(|c| c.roles == [Role::Author]))
    }

    /// Reads `line` as credits that `keep` takes; `true` when it is such
    /// a line, its credits taken.
    fn credits_where(&mut self, line: &Line<'a>, keep: impl Fn(&[RawCredit<'_>]) -> bool) -> bool {
        let Some(credits) = credit_line(line.text, Place::End).filter(|c| !c.is_empty() && keep(c))
        else {
            return false;
        };
        for c in credits {
            let credit = self.credit(c);
            self.head_credit(credit);
        }
        true
    }

    /// Reads `line`, over a dateline under the lead, as credits: a byline,
    /// a source, roles and names; not a photo's alone (a caption's).
    /// `true` when it is one, its credits taken.
    pub(super) fn credit_line_over_date(&mut self, line: &Line<'a>) -> bool {
        self.credits_where(line, |cs| !cs.iter().all(|c| c.roles == [Role::Photo]))
    }

    /// What stands before the date on the dateline's line (`timed`: the
    /// dateline has its time): a place (`Hà Nội,` before a date alone) or a
    /// widget (`Chia sẻ`) to `header`, a byline (`Hoàng Lan •`, `Tin: A - Ảnh: B •`),
    /// else the section.
    pub(super) fn dateline_head(&mut self, line: &Line<'a>, head: &'a str, timed: bool) {
        let part = line.part(head);
        // `Hà Nội, 15/01/2024`: the place a letter or a document was
        // written in, set apart by a comma from a date without its time (a
        // reporter may be named as a province is: `Hà Nam, 15/01/2024
        // 08:30`, `Hà Nam • 15/01/2024`).
        let at = crate::parse::common::offset_in(line.text, head);
        let after_head = line.text.get(at + head.len()..);
        let comma = after_head.is_some_and(|r| r.trim_start_matches(is_space).starts_with(','));
        let place = comma && !timed && crate::parse::credit::is_place(head);
        if place || is_furniture(head) {
            self.header.push(Text::new(head, part.span()));
            return;
        }
        match barred_head(head) {
            Some(BarredHead::Sections) if self.section.is_empty() => {
                self.section(&part);
                return;
            }
            Some(
                BarredHead::ThenByline(sections, byline) | BarredHead::BylineThen(byline, sections),
            ) => {
                if self.section.is_empty() {
                    self.section(&line.part(sections));
                } else {
                    self.header
                        .push(Text::new(sections, line.part(sections).span()));
                }
                for c in byline {
                    let credit = self.credit(c);
                    self.head_credit(credit);
                }
                return;
            }
            _ => {}
        }
        match credit_line(head, Place::End) {
            Some(credits) => {
                for c in credits {
                    let credit = self.credit(c);
                    self.head_credit(credit);
                }
            }
            // Furniture before the date (`Hotline: 0912 345 678 |`, `Đặt
            // mua báo in| Mới - Đọc báo in phiên bản số|`) is no section.
            // A label that is no section's (`Đăng bởi: admin`) neither.
            None if self.section.is_empty()
                && is_section_like(head)
                && !head.bytes().any(|b| b.is_ascii_digit())
                && (!head.contains(':') || labelled_section(head).is_some()) =>
            {
                self.section(&part)
            }
            // `7 món ăn bài thuốc từ thiên môn đông | 26-01-2024 09:38`: a
            // headline before the date, with no title line, is the title.
            None if self.untitled
                && self.title.is_none()
                && more_words_than(head, MAX_SECTION_WORDS)
                && is_title_like(head)
                && !is_paragraph(head) =>
            {
                self.title = Some(Text::new(head, part.span()));
            }
            None => self.header.push(Text::new(head, part.span())),
        }
    }
}

/// The line `next` beside a dateline's line (under it or over it), or,
/// when that is a separator alone (`12/02/2026` / `|` / `09:41`), the
/// line `past` it: the lines taken beside it, and the farther of them.
fn beside<'l, 'a>(
    lines: &'l [Line<'a>],
    next: usize,
    past: Option<usize>,
) -> Option<(&'l [Line<'a>], &'l Line<'a>)> {
    let near = lines.get(next)?;
    if !crate::parse::header::is_separator_line(near.text) {
        return Some((std::slice::from_ref(near), near));
    }
    let far = past?;
    // The separator and the far line, in the text's order.
    let taken = lines.get(far.min(next)..=far.max(next))?;
    Some((taken, lines.get(far)?))
}

/// The pieces of `text` parted by dashes with a space on both sides,
/// trimmed (`Hoàng Lan - Thời sự`; `Bà Rịa-Vũng Tàu` is one piece).
fn spaced_dash_pieces(text: &str) -> impl Iterator<Item = &str> + Clone {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let spaced = rest.char_indices().find(|&(i, c)| {
            crate::vocab::is_dash(c)
                && rest.get(..i).is_some_and(|b| b.ends_with(is_space))
                && rest
                    .get(i + c.len_utf8()..)
                    .is_some_and(|a| a.starts_with(is_space))
        });
        let (piece, next) = match spaced {
            Some((i, c)) => (
                rest.get(..i).unwrap_or_default(),
                rest.get(i + c.len_utf8()..).unwrap_or_default(),
            ),
            None => (rest, ""),
        };
        rest = next;
        Some(trim(piece))
    })
}

/// What a head of labels parted by bars or bullets before a date is:
/// sections alone, or sections then a byline.
enum BarredHead<'a> {
    /// No part is evidently a name (`Thế Giới | Châu Á`, `THỜI SỰ |
    /// GIAO THÔNG`): the sections.
    Sections,
    /// `Thời sự | Nguyễn Minh Anh`, `Thời sự • Tác giả: Minh Anh`: the
    /// sections, then the byline's credits after the last bar.
    ThenByline(&'a str, Vec<RawCredit<'a>>),
    /// `Nguyễn Minh Anh | Thời sự`: the byline's credits, then the
    /// sections after the first bar.
    BylineThen(Vec<RawCredit<'a>>, &'a str),
}

/// Whether `head`, before a date on its line, is labels parted by bars or
/// bullets: sections, with a byline after or before them or none
/// ([`barred_head`]).
pub(crate) fn is_barred_head(head: &str) -> bool {
    barred_head(head).is_some()
}

/// The credits of `s` when it is labelled and names someone (`Tác giả:
/// Minh Anh`, `Theo Lê Hà`).
fn labelled_credits(s: &str) -> Option<Vec<RawCredit<'_>>> {
    credit_line(s, Place::Labelled).filter(|c| c.iter().all(|c| !c.names.is_empty()))
}

/// Whether `c` parts the labels of a head before a date, as it parts
/// those of a tail after it.
fn is_head_bar(c: char) -> bool {
    TAIL_SEPARATORS.contains(&c)
}

/// A head of two labels or more parted by bars or bullets before a date,
/// read by which of its parts is evidently a name: labelled (`Tác giả:
/// Minh Anh`), an outlet (`TTXVN`, the source), opening with a family
/// name (`Nguyễn Minh Anh`), cased as a name beside a label cased as a
/// sentence (`Minh Anh` beside `Thời sự`), or in capitals beside a label
/// that is not (`TRẦN MINH` beside `Xã hội`). The name last: the sections,
/// then the byline; the name first and alone: the byline, then the
/// sections. `None` when a part between holds the name (read as credits)
/// or the head is of another shape.
fn barred_head<'a>(head: &'a str) -> Option<BarredHead<'a>> {
    if !head.contains(is_head_bar) || head.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = head.split(is_head_bar).map(trim).collect();
    if parts.iter().any(|p| p.is_empty() || !is_section_like(p)) {
        return None;
    }
    let sentence_cased = |p: &str| {
        p.split(is_space)
            .skip(1)
            .any(|w| w.starts_with(letters::is_small_letter))
    };
    let capitals =
        |p: &str| p.chars().any(letters::is_uppercase) && !p.chars().any(letters::is_small_letter);
    let evident = |k: usize, p: &str| {
        let others = || {
            parts
                .iter()
                .enumerate()
                .filter(move |&(j, _)| j != k)
                .map(|(_, o)| *o)
        };
        !crate::parse::credit::is_place(p)
            && (labelled_credits(p).is_some()
                || crate::outlets::is_outlet_name(p)
                || crate::parse::credit::is_surnamed_name(p)
                || crate::parse::credit::is_name_cased(p) && others().any(sentence_cased)
                || capitals(p)
                    && crate::parse::common::word_count(p) >= 2
                    && others().any(|o| !capitals(o)))
    };
    // The credits of a part that is a byline: labelled, or authors and
    // sources with their names.
    let byline = |p: &'a str| {
        labelled_credits(p).or_else(|| {
            credit_line(p, Place::End).filter(|c| {
                c.iter().all(|c| {
                    (c.roles == [Role::Author] || c.roles == [Role::Source]) && !c.names.is_empty()
                })
            })
        })
    };
    let (last, before) = parts.split_last()?;
    if before.iter().enumerate().any(|(k, p)| evident(k, p)) {
        // `Hoàng Lan | Thời sự`: the byline first, then the sections.
        let (first, after) = parts.split_first()?;
        if after.iter().enumerate().any(|(k, p)| evident(k + 1, p)) {
            return None;
        }
        let credits = byline(first)?;
        let (at, c) = head.char_indices().find(|&(_, c)| is_head_bar(c))?;
        return Some(BarredHead::BylineThen(
            credits,
            trim(head.get(at + c.len_utf8()..)?),
        ));
    }
    if !evident(before.len(), last) {
        return Some(BarredHead::Sections);
    }
    let credits = byline(last)?;
    let (at, _) = head.char_indices().rfind(|&(_, c)| is_head_bar(c))?;
    Some(BarredHead::ThenByline(trim(head.get(..at)?), credits))
}
