//! Nothing lost: every byte of the text an article was parsed from is held
//! either verbatim by one of its pieces or in its layout, and
//! [`Article::rebuild`] puts them back together.

use crate::model::{Article, BlockKind, Span, Text};

impl Article<'_> {
    /// The normalized text this article was parsed from, rebuilt byte for
    /// byte from its pieces and the layout between them (line ends, blank
    /// lines, separators). For [`crate::parse()`] that is
    /// [`crate::normalize()`] of the text; for an article of [`crate::parse_many`],
    /// its own stretch of the normalized dump.
    ///
    /// ```
    /// let text = "03/04/2024 - 07:35\r\n\r\nBình Thủy\n\nTiêu đề\u{a0}\n\n(CT)- Nội dung.\n";
    /// let article = vn_article::parse(text)?;
    /// assert_eq!(article.rebuild(), text);
    /// # Ok::<(), vn_article::Error>(())
    /// ```
    pub fn rebuild(&self) -> String {
        let mut parts: Vec<(Span, &str)> = self.leaves(true);
        parts.extend(self.layout.iter().map(|t| (t.span, t.as_str())));
        parts.sort_by_key(|(s, _)| s.start);
        let mut out = String::with_capacity(parts.last().map_or(0, |(s, _)| s.end));
        for (_, text) in parts {
            out.push_str(text);
        }
        out
    }

    /// The pieces with their spans, in no particular order: all of them hold
    /// their text verbatim but a title joined from two lines, which is given
    /// as it stood when `raw`, as joined otherwise.
    pub(crate) fn leaves(&self, raw: bool) -> Vec<(Span, &str)> {
        let mut out: Vec<(Span, &str)> = Vec::with_capacity(self.body.len() + 8);
        if let Some(d) = &self.dateline {
            out.push((d.text.span, d.text.as_str()));
        }
        out.extend(self.section.iter().map(|s| (s.span, s.as_str())));
        match &self.title_raw {
            Some(stood) if raw => out.push((self.title.span, stood)),
            _ => out.push((self.title.span, self.title.as_str())),
        }
        if let Some(m) = &self.source {
            out.push((m.text.span, m.text.as_str()));
        }
        if let Some(l) = &self.lead {
            out.push((l.span, l.as_str()));
        }
        for b in &self.body {
            match b.kind {
                BlockKind::Caption => {
                    if !b.text.is_empty() {
                        out.push((b.text.span, b.text.as_str()));
                    }
                    out.extend(b.credits.iter().map(|c| (c.text.span, c.text.as_str())));
                }
                _ => out.push((b.text.span, b.text.as_str())),
            }
        }
        out.extend(self.credits.iter().map(|c| (c.text.span, c.text.as_str())));
        out.extend(self.footer.iter().map(|f| (f.span, f.as_str())));
        out.extend(self.header.iter().map(|f| (f.span, f.as_str())));
        out
    }
}

impl Article<'_> {
    /// Moves every span by `delta` bytes: for an article parsed from its own
    /// stretch of a dump, to make its spans offsets in the whole dump.
    pub(crate) fn shift_spans(&mut self, delta: isize) {
        if delta == 0 {
            return;
        }
        let mv = |s: &mut Span| {
            s.start = s.start.saturating_add_signed(delta);
            s.end = s.end.saturating_add_signed(delta);
        };
        if let Some(d) = &mut self.dateline {
            mv(&mut d.text.span);
        }
        self.section.iter_mut().for_each(|t| mv(&mut t.span));
        mv(&mut self.title.span);
        if let Some(m) = &mut self.source {
            mv(&mut m.text.span);
        }
        if let Some(l) = &mut self.lead {
            mv(&mut l.span);
        }
        for b in &mut self.body {
            mv(&mut b.span);
            mv(&mut b.text.span);
            b.credits.iter_mut().for_each(|c| mv(&mut c.text.span));
        }
        self.credits.iter_mut().for_each(|c| mv(&mut c.text.span));
        self.footer.iter_mut().for_each(|t| mv(&mut t.span));
        self.header.iter_mut().for_each(|t| mv(&mut t.span));
        self.mentions.iter_mut().for_each(|m| mv(&mut m.text.span));
        self.diagnostics.iter_mut().for_each(|d| mv(&mut d.span));
        self.layout.iter_mut().for_each(|t| mv(&mut t.span));
    }
}

/// The stretches of `text[from..to]` that no leaf of `article` covers.
pub(crate) fn layout<'a>(
    article: &Article<'_>,
    text: &'a str,
    from: usize,
    to: usize,
) -> Vec<Text<'a>> {
    let mut leaves = article.leaves(true);
    // Nearly in order already: the sort has little to do.
    leaves.sort_by_key(|(s, _)| s.start);
    let mut out = Vec::with_capacity(leaves.len() + 1);
    let mut pos = from;
    for (s, _) in leaves {
        if s.start > pos {
            if let Some(gap) = text.get(pos..s.start) {
                out.push(Text::new(gap, Span::new(pos, s.start)));
            }
        }
        pos = pos.max(s.end);
    }
    if pos < to {
        if let Some(gap) = text.get(pos..to) {
            out.push(Text::new(gap, Span::new(pos, to)));
        }
    }
    out
}
