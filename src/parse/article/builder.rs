//! The builder that puts an article together from its classified lines:
//! the header fields, the lead, the body blocks, the end credits and
//! footer, the mentions; and the errors it gives with their positions.

use super::*;

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
    /// Whether the layout found no title line: a headline before the date
    /// on the dateline's line is then the title.
    pub(super) untitled: bool,
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
            untitled: false,
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
                    // The header classed it a caption (one under its label
                    // alone too).
                    let mut block = self.block(line, 0);
                    block.kind = BlockKind::Caption;
                    self.body.push(block);
                }
                Class::Byline(credits) => {
                    // `Trần Hoàng | Thời sự`: the byline, then the sections.
                    if !self.barred_byline(line) {
                        for c in credits {
                            let credit = self.credit(c.clone());
                            self.head_credit(credit);
                        }
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
        self.untitled = layout.title.is_none();
        self.choose_dateline(lines, &datelines, layout.title);
        let span = match &self.title {
            // The headline before the date.
            Some(title) => title.span,
            None => self.title(lines, layout),
        };
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

    /// The title, joined with the line that goes on with it; returns its span.
    pub(super) fn title(&mut self, lines: &[Line<'a>], layout: &Layout<'_>) -> Span {
        let Some(title) = layout.title.and_then(|t| lines.get(t)) else {
            return Span::default();
        };
        // A title with its white space plain (`Giá\u{a0}vàng` is `Giá
        // vàng`), as it stood in `title_raw`.
        self.title = Some(match plain_spaced(title.text) {
            Some(plain) => {
                self.title_raw = Some(Cow::Borrowed(title.text));
                Text::new(plain, title.span())
            }
            None => Text::new(title.text, title.span()),
        });
        if let Some(next) = layout.title_next.and_then(|n| lines.get(n)) {
            let span = Span::new(title.start, next.start + next.text.len());
            let joined = format!("{} {}", title.text, next.text);
            let joined = plain_spaced(&joined).unwrap_or(joined);
            self.title = Some(Text::new(joined, span));
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
        let (code, known) = m.plain_code();
        if known.is_none() {
            self.findings.push(Finding::new(
                DiagnosticCode::UnknownOutlet,
                Detail::UnknownOutlet { code: m.code }.to_string(),
                Span::new(code_start, code_start + m.code.len()),
            ));
        }
        self.source = Some(SourceMarker {
            text: Text::new(m.text, Span::new(line.start, line.start + m.text.len())),
            code,
            outlet: known,
        });
        let lead = trim(line.text.get(m.consumed..).unwrap_or_default());
        if !lead.is_empty() {
            let start = line.start + crate::parse::common::offset_in(line.text, lead);
            self.lead = Some(Text::new(lead, Span::new(start, start + lead.len())));
        }
    }

    /// The lead opened by its marker on `line` cut where a closing credit
    /// was taken from the line, `len` bytes of it kept (its white space at
    /// the end left out). A lead read from the line as it stands is cut
    /// with the line's text (see `BodyLines::cut`).
    pub(super) fn cut_lead(&mut self, line: &Line<'a>, len: usize) {
        let Some(lead) = &self.lead else {
            return;
        };
        let from = lead.span.start.saturating_sub(line.start);
        let Some(kept) = line.text.get(from..len).map(str::trim_end) else {
            return;
        };
        if lead.span.start >= line.start && lead.span.end >= line.start + len {
            let start = lead.span.start;
            self.lead = Some(Text::new(kept, Span::new(start, start + kept.len())));
        }
    }

    /// Splits a breadcrumb on its separators into the section.
    pub(super) fn section(&mut self, line: &Line<'a>) {
        let text = labelled_section(line.text).unwrap_or(line.text);
        // Labels side by side parted by bars with spaces around them
        // (`Kinh tế | Tài chính`) are each a section, as a breadcrumb's are.
        let separators = breadcrumb_separators(text);
        // Most sections hold no bar: told by one byte search first.
        let bars = memchr::memchr(b'|', text.as_bytes()).is_some()
            && text.match_indices('|').all(|(i, _)| {
                let before = text.get(..i).and_then(|b| b.chars().next_back());
                let after = text.get(i + 1..).and_then(|a| a.chars().next());
                before.is_some_and(is_space) && after.is_some_and(is_space)
            });
        for part in text.split(|c: char| (bars && c == '|') || separators.contains(&c)) {
            let t = trim(part);
            if !t.is_empty() {
                let start = line.start + crate::parse::common::offset_in(line.text, t);
                self.section
                    .push(Text::new(t, Span::new(start, start + t.len())));
            }
        }
    }

    /// A credit of a byline line in the header; one printed twice there
    /// (by the avatar and by the name, `Minh Anh` / `Minh Anh`) is given
    /// once, the other printing kept verbatim in `header`.
    pub(super) fn head_credit(&mut self, credit: Credit<'a>) {
        let twice = self
            .head_credits
            .iter()
            .any(|h| h.roles == credit.roles && super::end::names_within(&credit.names, &h.names));
        if twice {
            self.header.push(credit.text);
            self.header.sort_by_key(|t| t.span.start);
        } else {
            self.head_credits.push(credit);
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
        // `Ảnh minh họa` under a picture, `Ảnh 2: ...`, `Hình: ...`, a
        // caption closed by `Ảnh minh họa` or by its picture's number (`...
        // - Ảnh 1.`) or opened by its label (`Chụp lại hình ảnh, ...`): a
        // caption without a credit.
        let kind = if (l.text.len() <= MAX_PICTURE_KIND_BYTES && is_picture_kind(l.text))
            || is_numbered_picture(l.text)
            || is_labelled_picture(l.text)
            || closed_by_picture_kind(l.text)
            || closed_by_numbered_picture(l.text)
            || is_labelled_caption(l.text)
            || is_caption_label_alone(l.text)
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
        let article = text.get(self.from..self.to).unwrap_or_default();
        let ctx = Context {
            dateline: self.dateline.as_ref().map(|d| d.date),
            plain_spaces: !crate::normalize::running_may_be_odd(article),
            ..Default::default()
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

/// The most credits read at the end of a caption (`Ảnh: X - Đồ họa: Y`).
const MAX_CAPTION_CREDITS: usize = 3;

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
