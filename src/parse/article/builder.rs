//! The builder that puts an article together from its classified lines:
//! the header fields, the lead, the body blocks, the end credits and
//! footer, the mentions; and the errors it gives with their positions.

use super::*;
use crate::vocab::TAIL_SEPARATORS;

/// Collects the pieces of an article.
pub(super) struct Builder<'a> {
    pub(super) text: &'a str,
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) first_line: usize,
    pub(super) title_raw: Option<Cow<'a, str>>,
    pub(super) dateline: Option<crate::model::Dateline<'a>>,
    pub(super) section: Vec<Text<'a>>,
    pub(super) title: Option<Text<'a>>,
    pub(super) source: Option<SourceMarker<'a>>,
    pub(super) lead: Option<Text<'a>>,
    pub(super) body: Vec<Block<'a>>,
    pub(super) head_credits: Vec<Credit<'a>>,
    pub(super) credits: Vec<Credit<'a>>,
    pub(super) footer: Vec<Text<'a>>,
    pub(super) header: Vec<Text<'a>>,
    /// Whether the chosen dateline could not be read (its line is in the body).
    pub(super) unplaced_dateline: bool,
    pub(super) findings: Vec<Finding>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(text: &'a str, from: usize, to: usize, first_line: usize) -> Self {
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
    pub(super) fn header(
        &mut self,
        lines: &[Line<'a>],
        header: &Header<'a>,
        layout: &Layout<'_>,
    ) -> Span {
        let has_breadcrumb = header
            .lines
            .iter()
            .any(|(_, c)| matches!(c, Class::Breadcrumb | Class::Crumb));
        let mut datelines: Vec<(usize, &dateline::Found<'a>)> = Vec::new();
        for (i, class) in &header.lines {
            let i = *i;
            let Some(line) = lines.get(i) else { continue };
            if i >= layout.body_from || Some(i) == layout.title || Some(i) == layout.title_next {
                continue;
            }
            match class {
                Class::Dateline(found) => datelines.push((i, found)),
                Class::Breadcrumb if self.section.is_empty() => self.section(line),
                Class::Crumb => self.section(line),
                Class::Text
                    if (Some(i) == layout.label || Some(i) == layout.sublabel)
                        && !has_breadcrumb =>
                {
                    self.section(line)
                }
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
                    if layout.title.is_some_and(|t| i > t)
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
        let span = self.title(lines, layout);
        self.crumb_of_title();
        span
    }

    /// The lead on `line`, which no marker opens; a label before it
    /// (`Sapo: ...`) goes to `header`.
    pub(super) fn plain_lead(&mut self, line: &Line<'a>) {
        let (label, lead) = lead_label(line.text).unwrap_or(("", line.text));
        if !label.is_empty() {
            self.header.push(Text::new(
                label,
                Span::new(line.start, line.start + label.len()),
            ));
        }
        let start = line.start + crate::parse::common::offset_in(line.text, lead);
        self.lead = Some(Text::new(lead, Span::new(start, start + lead.len())));
    }

    /// A breadcrumb's last crumb that is the title (`Trang chủ > Thời sự >`
    /// and the title, whole or cut with `...`) is no section: it goes to
    /// `header`.
    fn crumb_of_title(&mut self) {
        let (Some(title), [_, .., last]) = (&self.title, self.section.as_slice()) else {
            return;
        };
        let (crumb, title) = (last.as_str(), title.as_str());
        let marked = crumb.ends_with(['…', '.']);
        if crumb == title || (marked && is_cut_copy(crumb, title)) {
            if let Some(last) = self.section.pop() {
                self.header.push(last);
            }
        }
    }

    /// The article's dateline among the header's: the only one; of one
    /// above the title and one under it, the one above when both say the
    /// same minute (a date printed twice), else the one under it (the one
    /// above is the page's clock). The others go to `header`. With no title
    /// every dateline stands above it.
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
        let above = datelines
            .iter()
            .rposition(|&(i, f)| title.map_or(true, |t| i < t) && candidate(f));
        let below = datelines
            .iter()
            .position(|&(i, f)| title.is_some_and(|t| i > t) && candidate(f));
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
            let joined = self.with_clock_below(lines, i, found);
            if !self.dateline_line(&line, joined.as_ref().unwrap_or(found)) {
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

    /// The dateline `found` on line `i` joined with its clock alone on the
    /// next line (a date without a time over `16:02 (GMT +7)`), that line
    /// taken back from `header`; `None` when the next line is no such clock.
    fn with_clock_below(
        &mut self,
        lines: &[Line<'a>],
        i: usize,
        found: &dateline::Found<'a>,
    ) -> Option<dateline::Found<'a>> {
        let (line, next) = (lines.get(i)?, lines.get(i + 1)?);
        let from = line.start + crate::parse::common::offset_in(line.text, found.text);
        let next_span = next.span();
        let joined = self.text.get(from..next_span.end)?;
        let found = dateline::with_clock_below(found, joined)?;
        let at = self.header.iter().position(|t| t.span == next_span)?;
        self.header.remove(at);
        Some(found)
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
                for piece in pieces.split(TAIL_SEPARATORS).map(trim) {
                    if !piece.is_empty() {
                        self.tail_piece(&line.part(piece));
                    }
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
                    self.head_credits.push(credit);
                }
            } else if is_furniture(tail) {
                // `Email In`, `A A`: buttons, however their words are cased.
                self.header.push(Text::new(tail, part.span()));
            } else if is_name_cased(tail) && self.byline_line(&part) {
                // `15/01/2024 08:30 Minh Anh`: a name after the date.
            } else if self.outlet_piece(&part) {
                // `15/01/2024 08:30 Báo Thanh Niên`: the outlet.
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
    /// Anh`), the category when none is read (`Thời sự`), else a widget
    /// kept in `header`.
    fn tail_piece(&mut self, piece: &Line<'a>) {
        if let Some(credits) = credit_line(piece.text, Place::Labelled) {
            for c in credits {
                let credit = self.credit(c);
                self.head_credits.push(credit);
            }
            return;
        }
        // `Email`, `A-`: buttons, however their words are cased.
        let button = is_furniture(piece.text);
        if (is_name_cased(piece.text) && !button && self.byline_line(piece))
            || self.outlet_piece(piece)
        {
            return;
        }
        let counter = piece.text.bytes().any(|b| b.is_ascii_digit());
        if self.section.is_empty() && is_section_like(piece.text) && !button && !counter {
            self.section(piece);
        } else {
            self.header.push(Text::new(piece.text, piece.span()));
        }
    }

    /// Reads a piece of a dateline's tail as the outlet the article comes
    /// from (`| Báo Thanh Niên`, `| Tuổi Trẻ`), a source's credit as under
    /// the last paragraph; `true` when it is one, its credit taken.
    fn outlet_piece(&mut self, piece: &Line<'a>) -> bool {
        let Some(credits) = credit_line(piece.text, Place::End) else {
            return false;
        };
        if credits.is_empty() || !credits.iter().all(|c| c.roles == [Role::Source]) {
            return false;
        }
        for c in credits {
            let credit = self.credit(c);
            self.head_credits.push(credit);
        }
        true
    }

    /// Reads a dateline's tail opened by a dash as a bare byline (`14/03/2024
    /// 10:05 - Hoàng Lan`); `true` when it is one, its credits taken.
    fn byline_after_dash(&mut self, tail: &Line<'a>) -> bool {
        tail.after_dash()
            .is_some_and(|part| self.byline_line(&part))
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
        match credit_line(head, Place::End) {
            Some(credits) => {
                for c in credits {
                    let credit = self.credit(c);
                    self.head_credits.push(credit);
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
            None => self.header.push(Text::new(head, part.span())),
        }
    }

    /// The title, joined with the line that goes on with it; returns its span.
    pub(super) fn title(&mut self, lines: &[Line<'a>], layout: &Layout<'_>) -> Span {
        let Some(title) = layout.title.and_then(|t| lines.get(t)) else {
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
    pub(super) fn marked_lead(&mut self, line: &Line<'a>, m: crate::parse::source::RawMarker<'a>) {
        let code_start = line.start + crate::parse::common::offset_in(line.text, m.code);
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
            let start = line.start + crate::parse::common::offset_in(line.text, lead);
            self.lead = Some(Text::new(lead, Span::new(start, start + lead.len())));
        }
    }

    /// The credits, furniture and end mark at the end, read bottom up down
    /// to `floor`: the index where the body ends, the credits and the footer,
    /// in text order.
    pub(super) fn end_region(
        &self,
        lines: &[Line<'a>],
        floor: usize,
    ) -> (usize, Vec<Credit<'a>>, Vec<Text<'a>>) {
        let mut footer = Vec::new();
        let mut end = page_tail(lines, floor, &mut footer);
        // Read bottom up, each line's credits pushed last first: reversed once
        // at the end, lines and credits stand in text order.
        let mut credits: Vec<Credit<'a>> = Vec::new();
        let mut credit_lines = 0;
        let mut tags = 0;
        // Where the reading starts: a last line that ends it there may be
        // the last of headlines and tags under the closing furniture.
        let bottom = end;
        while end > floor {
            let Some(l) = lines.get(end - 1) else { break };
            // `(*) Tác giả là chuyên gia kinh tế`: a note about the author
            // under the byline, kept with the page's furniture.
            let note = l.text.starts_with(crate::vocab::FOOTNOTE_MARK);
            // `Ngày đăng: 15/01/2024 08:30` under the byline, `Minh Anh -
            // 15/01/2024 08:30`, with no dateline read yet: set aside for
            // `dateline_at_end`; a date alone there under the dateline read
            // at the top (`Ngày xuất bản: 12/02/2026`): the page's stamp.
            let dated = || {
                (self.dateline.is_none() || l.text.len() <= MAX_STAMP_BYTES)
                    && dateline_closing(l.text)
                        .is_some_and(|f| self.dateline.is_none() || f.head.is_none())
            };
            if is_furniture(l.text)
                || is_end_mark(l.text)
                || is_signature(l.text)
                || note
                || dated()
            {
                footer.push(Text::new(l.text, l.span()));
            } else if credits.is_empty() && is_affiliation(l.text, lines.get(end.wrapping_sub(2))) {
                // `(BV ĐH Y Dược TP.HCM)` under the last byline: where its
                // author works, no credit of its own.
                footer.push(Text::new(l.text, l.span()));
            } else if credit_lines < MAX_CREDIT_LINES
                || (credit_lines < MAX_LABELLED_CREDIT_LINES
                    && credit_line(l.text, Place::Labelled).is_some())
            {
                // `Nhịp sống kinh tế` under `Theo Lê Hà`: the outlet alone.
                let outlet = || {
                    let above = lines.get(end.checked_sub(2)?)?;
                    let c = crate::parse::credit::outlet_under_source(l.text, above.text)?;
                    credits.is_empty().then(|| vec![c])
                };
                let Some(found) = credit_line(l.text, Place::End).or_else(outlet) else {
                    let tags_left = if credits.is_empty() {
                        MAX_TRAILING_TAGS.saturating_sub(tags)
                    } else {
                        0
                    };
                    let Some((k, tag)) = tail_over_credits(lines, (floor, end, bottom), tags_left)
                    else {
                        break;
                    };
                    for t in lines.get(k..end).unwrap_or_default().iter().rev() {
                        footer.push(Text::new(t.text, t.span()));
                    }
                    tags += usize::from(tag);
                    end = k;
                    continue;
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
    /// given once (its names in any case: `Hoàng Lan` and `HOÀNG LAN`). The
    /// end's printing with the same names or fewer is kept verbatim in the
    /// footer; with more (`Hoàng Lan` over the title, `Hoàng Lan - Minh Anh`
    /// at the end) it is the credit, and the header's is kept verbatim in
    /// the header.
    pub(super) fn add_end_credits(&mut self, end: Vec<Credit<'a>>, footer: &mut Vec<Text<'a>>) {
        let mut head = self.head_credits.len();
        let mut all = std::mem::take(&mut self.head_credits);
        for c in end {
            let heads = all.get(..head).unwrap_or_default();
            if heads
                .iter()
                .any(|h| h.roles == c.roles && names_within(&c.names, &h.names))
            {
                footer.push(c.text);
                continue;
            }
            let fewer = heads
                .iter()
                .position(|h| h.roles == c.roles && names_within(&h.names, &c.names));
            if let Some(i) = fewer.filter(|&i| i < all.len()) {
                let h = all.remove(i);
                head -= 1;
                self.header.push(h.text);
                self.header.sort_by_key(|t| t.span.start);
            }
            all.push(c);
        }
        // Spans never overlap, so the unstable sort keeps the order a
        // stable one would, without a buffer as long as the footer.
        footer.sort_unstable_by_key(|t| t.span.start);
        self.credits = all;
    }

    /// Splits a breadcrumb on its separators into the section.
    pub(super) fn section(&mut self, line: &Line<'a>) {
        let text = labelled_section(line.text).unwrap_or(line.text);
        for part in text.split(breadcrumb_separators(text)) {
            let t = trim(part);
            if !t.is_empty() {
                let start = line.start + crate::parse::common::offset_in(line.text, t);
                self.section
                    .push(Text::new(t, Span::new(start, start + t.len())));
            }
        }
    }

    pub(super) fn credit(&self, c: RawCredit<'a>) -> Credit<'a> {
        c.placed_in(self.text)
    }

    pub(super) fn block(&self, l: &Line<'a>, lead_indent: usize) -> Block<'a> {
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
            let mut text = match len {
                Some(len) => l.text.get(..len).unwrap_or_default(),
                None => "",
            };
            let mut credits = vec![self.credit(credit)];
            // `... . Ảnh: Thanh Hà - Đồ họa: Minh Anh`: a credit of another
            // medium before the last, a dash between them.
            while let Some((Some(len), before)) = credits
                .first()
                .filter(|_| credits.len() < MAX_CAPTION_CREDITS)
                .and_then(|c| c.text.span.start.checked_sub(l.span().start))
                .and_then(|credit_at| l.text.get(text.len()..credit_at))
                .filter(|gap| gap.contains(crate::normalize::is_dash))
                .and_then(|_| caption_or_photo(text))
            {
                credits.insert(0, self.credit(before));
                text = text.get(..len).unwrap_or_default();
            }
            let start = l.span().start;
            return Block {
                kind: BlockKind::Caption,
                text: Text::new(text, Span::new(start, start + text.len())),
                credits,
                span: l.span(),
            };
        }
        // `Ảnh minh họa` under a picture, `Ảnh 2: ...`, a caption closed
        // by `Ảnh minh họa`: a caption without a credit.
        let kind = if (l.text.len() <= MAX_PICTURE_KIND_BYTES && is_picture_kind(l.text))
            || is_numbered_picture(l.text)
            || closed_by_picture_kind(l.text)
        {
            BlockKind::Caption
        } else {
            BlockKind::Paragraph
        };
        Block {
            kind,
            text: Text::new(l.text, l.span()),
            credits: Vec::new(),
            span: l.span(),
        }
    }

    /// Scans the title (where it stood: a title joined from two lines is
    /// scanned as it stood), the lead, then the body in order, for their
    /// mentions.
    fn scan_mentions(
        &self,
        ctx: Context,
        mentions: &mut Vec<crate::model::Mention<'a>>,
        findings: &mut Vec<Finding>,
    ) {
        match (&self.title, &self.title_raw) {
            (Some(title), None) => {
                if let Cow::Borrowed(s) = title.text {
                    mention::scan(s, title.span.start, ctx, mentions, findings);
                }
            }
            (Some(title), Some(Cow::Borrowed(raw))) => {
                mention::scan(raw, title.span.start, ctx, mentions, findings);
            }
            _ => {}
        }
        if let Some(lead) = &self.lead {
            if let Cow::Borrowed(s) = lead.text {
                mention::scan(s, lead.span.start, ctx, mentions, findings);
            }
        }
        for block in &self.body {
            if let Cow::Borrowed(s) = block.text.text {
                // A gallery's counter (`Ảnh 4/5`) holds no date, the number
                // of an entry of a list (`1. Bối cảnh`) is no figure.
                if crate::parse::credit::is_picture_counter(s) {
                    continue;
                }
                let skip = super::list_number_len(s).unwrap_or(0);
                let s = s.get(skip..).unwrap_or(s);
                mention::scan(s, block.text.span.start + skip, ctx, mentions, findings);
            }
        }
    }

    /// The article; [`ErrorKind::TooManyPieces`] when it would hold more
    /// than [`MAX_PIECES`] mentions or diagnostics.
    pub(super) fn finish(mut self) -> Result<Article<'a>, Error> {
        let text = self.text;
        let ctx = Context {
            dateline: self.dateline.as_ref().map(|d| d.date),
            listed: None,
        };
        let mut findings = std::mem::take(&mut self.findings);
        let header_findings = findings.len();
        let mut mentions = Vec::with_capacity(16);
        self.scan_mentions(ctx, &mut mentions, &mut findings);
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
        once_each(&mut findings, header_findings);
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

/// The page's tail under the article (above line `floor` none): a dump's
/// separator, readers' comments from their heading on, a related box; its
/// lines pushed on `footer` bottom up. Where the article's end region
/// ends.
fn page_tail<'a>(lines: &[Line<'a>], floor: usize, footer: &mut Vec<Text<'a>>) -> usize {
    let mut end = lines.len();
    // A dump's separator last (`=====`, `==> bai-02.txt <==`): the end
    // is read over it, as the article's own end.
    while end > floor {
        match lines.get(end - 1) {
            Some(l) if crate::vocab::is_separator_line(l.text.as_bytes()) => {
                footer.push(Text::new(l.text, l.span()));
                end -= 1;
            }
            _ => break,
        }
    }
    // Readers' comments close the article: from their heading on, all
    // is page furniture.
    if let Some(k) = (floor..end).find(|&k| {
        // A heading, not a widget's count (`Bình luận (0)`), unless a
        // comment's clock or reply button stands right under it (`Ý kiến
        // bạn đọc (2)` / `Minh Anh` / `2 giờ trước`).
        lines.get(k).is_some_and(|l| {
            l.text.len() <= MAX_FURNITURE_BYTES
                && is_furniture_of(l.text, Furniture::Comments)
                && (!l.text.bytes().any(|b| b.is_ascii_digit())
                    || comment_under(lines.get(k + 1..end).unwrap_or_default()))
        })
    }) {
        for l in lines.get(k..end).unwrap_or_default().iter().rev() {
            footer.push(Text::new(l.text, l.span()));
        }
        end = k;
    }
    // A related box at the end (`Tin cùng chuyên mục` and headlines
    // under it, no credit among them) is page furniture too.
    if let Some(k) = related_tail(lines, floor, end) {
        for l in lines.get(k..end).unwrap_or_default().iter().rev() {
            footer.push(Text::new(l.text, l.span()));
        }
        end = k;
    }
    end
}

/// The page's lines that end at line `end` (above line `floor` none; the
/// reading of the end started at `bottom`) where no credit reads: a
/// topic's tag under the credits (`Giá vàng` under `Theo Minh Anh (Tiền
/// Phong)`), when `tags_left` more may stand there; told last, as few
/// lines get this far, `Biến thể mới ... | SKĐS`, a video of the outlet's
/// by its title (under a box's heading, the box's, in the body); another
/// article's headline and sapo over the byline (`Video: ...` / `SKĐS -
/// ...`); headlines and tags under the closing furniture (`Link bài gốc`,
/// `Copy link`), with no heading of their own. Where they start, and
/// whether the line is a tag.
fn tail_over_credits(
    lines: &[Line<'_>],
    (floor, end, bottom): (usize, usize, usize),
    tags_left: usize,
) -> Option<(usize, bool)> {
    let l = lines.get(end.checked_sub(1)?)?;
    if tags_left > 0 && tag_over_credit(lines, end - 1, floor, tags_left) {
        return Some((end - 1, true));
    }
    let video = is_outlet_headline(l.text)
        && !lines
            .get(end.wrapping_sub(2))
            .is_some_and(|h| furniture(h.text) == Some(Furniture::Related));
    if video {
        return Some((end - 1, false));
    }
    teaser_at(lines, end - 1, floor)
        .or_else(|| (end == bottom).then(|| closing_tail(lines, floor, end))?)
        .map(|k| (k, false))
}

/// The first line of a related box or a list of tags that closes
/// `lines[floor..end]`: the topmost heading (`Tin liên quan`, `Bài viết
/// liên quan`, `Tags:` alone, an invitation to read on) of a run of lines
/// at the end in which every line is a heading, furniture, a headline
/// (short, no closing period, no credit), a headline's sapo (opened by a
/// source marker, or under the box's first headline) or a tag under its
/// label: boxes stacked one over the other (`Tags:` and its tags, `Bài
/// liên quan` and its headlines, `Đọc nhiều nhất`...) close the article
/// together.
fn related_tail(lines: &[Line<'_>], floor: usize, end: usize) -> Option<usize> {
    // A heading is short, but for an invitation to read on.
    let heading = |l: &Line<'_>| {
        (l.text.len() <= MAX_FURNITURE_BYTES || is_invitation(l.text)) && is_list_heading(l.text)
    };
    let headline = |l: &Line<'_>| {
        is_title_like(l.text) && !is_paragraph(l.text) && credit_line(l.text, Place::End).is_none()
    };
    // Furniture, a headline, or the sapo under it that opens with its
    // outlet's marker (`ĐNO - Chiều 29/12, ...`: the article's own marker
    // opened its lead).
    let in_box = |l: &Line<'_>| {
        is_furniture(l.text) || headline(l) || crate::parse::source::marker(l.text).is_some()
    };
    // Most articles end with no box: told by the cheap test of headings.
    (floor..end)
        .rev()
        .find(|&k| lines.get(k).is_some_and(heading))?;
    let mut top = None;
    let mut k = end;
    while k > floor {
        let at = k - 1;
        let l = lines.get(at)?;
        // A paragraph under a related box's first headline, with more of
        // the box under it: the headline's sapo (a box right over the last
        // paragraph leaves it in the body).
        let sapo = || {
            is_paragraph(l.text)
                && at + 1 < end
                && at >= floor + 2
                && lines
                    .get(at - 1)
                    .is_some_and(|h| !heading(h) && headline(h))
                && lines
                    .get(at - 2)
                    .is_some_and(|h| heading(h) && !is_tags_label(h.text))
        };
        if heading(l) {
            top = Some(at);
        } else if !in_box(l) && !sapo() {
            // Tags that read as names or places (`Đà Nẵng`) under a tags
            // label: the label heads them all.
            let Some(label) = tags_label_above(lines, floor, at) else {
                break;
            };
            top = Some(label);
            k = label;
            continue;
        }
        k = at;
    }
    top
}

/// The most credits read at the end of a caption (`Ảnh: X - Đồ họa: Y`).
const MAX_CAPTION_CREDITS: usize = 3;

/// The fewest words of a headline before its outlet's code.
const MIN_HEADLINE_WORDS: usize = 4;

/// Whether `line` is a headline closed by its outlet's code after a bar
/// (`Phụ nữ lầm tưởng bị thiếu canxi | SKĐS`; the bar scraped as a capital
/// `I` too), as pages title the videos they embed: a known outlet, no
/// closing period, a few words before it.
fn is_outlet_headline(line: &str) -> bool {
    // Told by its end: no period, and a bar among the last bytes.
    let b = line.as_bytes();
    if !is_title_shaped(line) {
        return false;
    }
    // The code and the bar with its two spaces (` | `).
    let from = b
        .len()
        .saturating_sub(crate::parse::source::MAX_CODE_BYTES + 3);
    let tail = b.get(from..).unwrap_or_default();
    // The last bar between spaces (a code may hold an `I`: `VIETNAMPLUS`).
    let Some(bar) = memchr::memrchr2_iter(b'|', b'I', tail)
        .map(|k| from + k)
        .find(|&k| k > 0 && b.get(k - 1) == Some(&b' ') && b.get(k + 1) == Some(&b' '))
    else {
        return false;
    };
    let (Some(head), Some(code)) = (line.get(..bar - 1), line.get(bar + 2..)) else {
        return false;
    };
    head.split_whitespace()
        .nth(MIN_HEADLINE_WORDS - 1)
        .is_some()
        && crate::outlets::outlet(trim(code)).is_some()
}

/// Where another article's teaser that ends at `at` starts: a line opened
/// by a source marker (another article's sapo, often cut: this one's
/// opened its lead) under a headline (`Video: Nghẹt thở cảnh giải cứu bé
/// gái` / `SKĐS - Sau gần 4 tiếng ...`), both below `floor`.
fn teaser_at(lines: &[Line<'_>], at: usize, floor: usize) -> Option<usize> {
    let sapo = lines.get(at)?.text;
    if at <= floor + 1 || crate::parse::source::marker(sapo).is_none() {
        return None;
    }
    let headline = lines.get(at - 1)?.text;
    // A headline may be as long as a paragraph: told by no closing period.
    (is_title_like(headline) && credit_line(headline, Place::End).is_none()).then_some(at - 1)
}

/// The most lines of headlines and tags read under the closing furniture
/// at the end (see [`closing_tail`]).
const MAX_CLOSING_TAIL_LINES: usize = 4;

/// The longest line of headlines and tags under the closing furniture at
/// the end, in bytes.
const MAX_CLOSING_TAIL_BYTES: usize = 200;

/// Where the headlines and tags printed last, under a line of closing
/// furniture (`Link bài gốc Lấy link ...`, `Copy link`, `Chia sẻ`), start:
/// at most [`MAX_CLOSING_TAIL_LINES`] short lines above `end`, none closed
/// by a period and none a credit, right under such a line above `floor`.
/// A related box without its heading: no line of the article follows the
/// page's closing buttons.
fn closing_tail(lines: &[Line<'_>], floor: usize, end: usize) -> Option<usize> {
    // The lines' shapes and the furniture first; the credits (which cost
    // more) only under closing furniture.
    for k in (floor..end).rev().take(MAX_CLOSING_TAIL_LINES + 1) {
        let t = lines.get(k)?.text;
        let kind = furniture(t);
        if k + 1 < end && kind == Some(Furniture::Closing) {
            let tail = lines.get(k + 1..end)?;
            return (!tail
                .iter()
                .any(|l| credit_line(l.text, Place::End).is_some()))
            .then_some(k + 1);
        }
        if t.len() > MAX_CLOSING_TAIL_BYTES || t.ends_with(['.', '…']) || kind.is_some() {
            return None;
        }
    }
    None
}

/// The tags label (`Tags:`, `Từ khóa:`) over the line `at`, when every
/// line from it down to `at` is as short as a tag, at most
/// [`MAX_TAG_LINES`] of them.
fn tags_label_above(lines: &[Line<'_>], floor: usize, at: usize) -> Option<usize> {
    for j in (floor..=at).rev().take(MAX_TAG_LINES + 1) {
        let t = lines.get(j)?.text;
        if j < at && is_tags_label(t) {
            return Some(j);
        }
        if t.len() > MAX_TAG_BYTES || is_paragraph(t) {
            return None;
        }
    }
    None
}

/// The most lines of tags under a tags label.
const MAX_TAG_LINES: usize = 12;
/// The longest tag, in bytes.
const MAX_TAG_BYTES: usize = 60;

/// Whether `line` is a tags label alone (`Tags:`, `Từ khóa:`, `Từ khóa`).
fn is_tags_label(line: &str) -> bool {
    let t = line.trim_end_matches(is_space);
    if t.ends_with(':') {
        is_furniture_of(line, Furniture::Closing)
    } else {
        t.len() <= MAX_TAG_LABEL_BYTES && crate::vocab::TAG_LABELS.whole(t).is_some()
    }
}

/// The longest tags label without a colon, in bytes.
const MAX_TAG_LABEL_BYTES: usize = 16;

/// Whether `line` opens with an invitation to read on (`* Mời bạn đọc
/// ...`).
fn is_invitation(line: &str) -> bool {
    // Told by the first byte past a bullet: most lines open otherwise.
    let first = line.bytes().find(|&b| !matches!(b, b'*' | b' '));
    matches!(first, Some(b'm' | b'M'))
        && crate::parse::common::word(crate::vocab::INVITATION_WORD)(bare_words(line)).is_ok()
}

/// Whether `line` heads a list at the end of an article: a related box's
/// heading (`Tin liên quan`), or a tags label alone (`Tags:`, `Từ khóa:`)
/// with the tags on the lines under it.
fn is_list_heading(line: &str) -> bool {
    is_furniture_of(line, Furniture::Related) || is_tags_label(line)
}

/// An error at byte `offset` of the article that starts at byte `from`, on
/// line `first_line`, of `text`: the position is counted from the article's
/// start, not the text's, so that errors in a long dump cost no more than
/// the article.
pub(super) fn error_at(
    kind: ErrorKind,
    message: Detail<'_>,
    (text, from, first_line): (&str, usize, usize),
    offset: usize,
) -> Error {
    let offset = offset.min(text.len());
    let (line, column) = position(text, from, first_line, offset);
    Error::with_position(kind, message.to_string(), offset, line, column)
}

/// A dateline line that could not be read stays in the body, where the
/// scanner meets its impossible date again: the findings after the first
/// `header` (the header's) that repeat one of those, same code over the
/// same text, are dropped, so that it is said once.
fn once_each(findings: &mut Vec<Finding>, header: usize) {
    if header == 0 || findings.len() <= header {
        return;
    }
    let first: Vec<(DiagnosticCode, Span)> = findings
        .iter()
        .take(header)
        .map(|h| (h.code, h.span))
        .collect();
    let mut seen = 0;
    findings.retain(|f| {
        seen += 1;
        seen <= header
            || !first.iter().any(|&(code, span)| {
                code == f.code && span.start < f.span.end && f.span.start < span.end
            })
    });
}

/// `line` cut after a lead label and its colon (`Sapo: ...`): the label
/// with its colon and the lead, when a lead follows.
fn lead_label(line: &str) -> Option<(&str, &str)> {
    let (rest, ()) = crate::vocab::LEAD_LABELS.starting()(line).ok()?;
    let after = rest.trim_start_matches(crate::normalize::is_space);
    let after = after.strip_prefix(':')?;
    let lead = trim(after);
    let label = trim(line.get(..line.len() - after.len())?);
    (!lead.is_empty()).then_some((label, lead))
}

/// Whether the line at `at` is a tag under the credits: a short label of
/// words alone (no credit, no digit, no colon), with a credit line over
/// it, or over up to `budget - 1` more such labels, and above `floor`.
fn tag_over_credit(lines: &[Line<'_>], at: usize, floor: usize, budget: usize) -> bool {
    let mut k = at;
    for _ in 0..budget {
        let tag = lines.get(k).is_some_and(|l| {
            is_label_shaped(l.text)
                && !is_paragraph(l.text)
                && !l.text.contains(|c: char| c.is_ascii_digit() || c == ':')
        });
        if !tag || k <= floor {
            return false;
        }
        k -= 1;
        if lines
            .get(k)
            .is_some_and(|l| credit_line(l.text, Place::End).is_some())
        {
            return true;
        }
    }
    false
}

/// Whether `text` is cased as a name: two words or more, each opening with
/// a capital, and a small letter among them (`Minh Anh`, not `TTXVN` nor
/// the sentence-cased `Thời sự`).
fn is_name_cased(text: &str) -> bool {
    text.split_whitespace().count() >= 2
        && text
            .split_whitespace()
            .all(|w| w.starts_with(letters::is_uppercase))
        && text.chars().any(letters::is_small_letter)
}

/// The longest date stamp under the byline when the dateline stood at the
/// top (`Ngày xuất bản: Thứ Năm, 12/02/2026 - 09:41 (GMT+7)`), in bytes.
const MAX_STAMP_BYTES: usize = 64;

/// A line of the end that is a dateline whole, or a byline and a dateline
/// (`Minh Anh - 15/01/2024 08:30`): the dateline found.
pub(super) fn dateline_closing(line: &str) -> Option<dateline::Found<'_>> {
    let found = dateline::find_in_header(line)?;
    let whole = match found.head {
        None => found.text == line,
        Some(head) => {
            found.tail.is_none()
                && line.ends_with(found.text)
                && credit_line(head, Place::End).is_some()
        }
    };
    whole.then_some(found)
}

/// Whether every one of `names` is one of `of`, ignoring case (and `names`
/// holds one at least).
fn names_within(names: &[Cow<'_, str>], of: &[Cow<'_, str>]) -> bool {
    let same = |a: &str, b: &str| {
        a.chars().count() == b.chars().count()
            && a.chars()
                .zip(b.chars())
                .all(|(x, y)| crate::parse::letters::eq_ignore_case(x, y))
    };
    !names.is_empty() && names.iter().all(|n| of.iter().any(|o| same(n, o)))
}

/// The most lines between a counted comments heading and the first
/// comment's clock or reply button (the reader's name, the clock).
const COMMENT_HEAD_LINES: usize = 3;

/// Whether `under` (the lines under a comments heading) opens with a
/// comment: a page clock counting back (`2 giờ trước`) or a reply button
/// within its first [`COMMENT_HEAD_LINES`] lines.
fn comment_under(under: &[Line<'_>]) -> bool {
    under.iter().take(COMMENT_HEAD_LINES).any(|l| {
        dateline::is_relative_clock(l.text)
            || crate::parse::common::is_word(trim(l.text), crate::vocab::REPLY_BUTTON)
    })
}
