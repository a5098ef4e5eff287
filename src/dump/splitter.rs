//! The splitter of a dump: where each article opens, weighed a line at
//! a time.

use super::*;

/// Tells, a line at a time, where the articles of a dump start: at a line
/// that is a dateline, after a blank line, once the current article has a
/// header, a title and a paragraph (so a section line, a title or a byline
/// above its own dateline stays with the article), and when the article before it has ended (its last line is
/// a credit, page furniture or the end mark) or the dateline is written the
/// way the dump's first one is, or the way the dateline that opened the
/// current article is (a second source's articles after the first's).
/// Datelines of teasers listed under an article (`10:15 17/12/2025` under
/// `Thứ ba, 23/12/2025 09:02 (GMT+7)`) stay in it. A breadcrumb (`THỜI SỰ >
/// Cần Thơ`) standing alone above the dateline opens the article with it,
/// and so does a header printed above the dateline (a section, the title,
/// a byline: pages in their own order) right under the line that ended the
/// article before; over a dateline written unlike the dump's, only a
/// header topped by a breadcrumb, or of two lines or more under a line
/// that ended the article before, none dated (a teaser's headline over its
/// date, or a headline and its tag under the closing buttons, stay put);
/// over a dateline written alike, the header may follow a page that ended
/// with a paragraph. A byline and its date on one line (`Trương Thi -
/// Ngày 21/02/2024 06:59 AM`) stand for a dateline, and so does a date
/// with the page's category after a bar (`08-09-2025 06:00 | Sức khỏe`).
/// Over a dateline written unlike the dump's, any other header (a title
/// alone, a section alone, a header under a paragraph) opens the page only
/// when the lead, on the line under the dateline or under the title under
/// it, opens with a source marker (a teaser's headline over its date looks
/// the same). A header under a credit opens a page after a page of one
/// paragraph too, and the credit right over the dateline is the page's
/// byline when a headline stands over it. A line opening with a small
/// letter (a tag) in a header keeps it from opening a page, and no header
/// takes all the lines of the article it would end.
#[derive(Debug, Default, Clone)]
pub(crate) struct Splitter {
    seen_content: usize,
    prev_blank: bool,
    /// The last non-blank line stood after a blank line (a breadcrumb
    /// there opens the next article with the dateline under it).
    prev_after_blank: bool,
    /// How many paragraphs the article so far holds, counted up to two:
    /// until it holds one, a dateline is its own (pages print bylines and datelines
    /// in any order above the lead), never the next article's.
    paragraphs: u8,
    /// How the dump's first dateline is written.
    first_shape: Option<String>,
    /// How the dateline that opened the current article is written, when
    /// one did after the first: a dump of one source's articles after
    /// another's is split as one written alike from its start.
    opened_shape: Option<String>,
    /// The last non-blank line opened the next article by itself
    /// ([`Split::Here`]): a date stamp under a byline (`Cập nhật:
    /// 12/02/2026 10:15`) if a dateline follows it after a blank line.
    opened_alone: bool,
    /// The current article opened at its dateline alone ([`Split::Here`]):
    /// before it holds a paragraph, it may be a related box's headlines
    /// each over its date, printed under the end of the page before, and
    /// a header under the line that ends the box (`Bình luận (0)`) opens
    /// the next page over its date (the box, left without a paragraph,
    /// goes back to the page before).
    bare_open: bool,
    /// The last non-blank line opened the next article with the header
    /// over it only if the line after it opens with a source marker
    /// ([`Split::AtLineIf`]), or the line after that when the line after
    /// it is a headline (`Xã hội` / date / title / lead); `true` when the
    /// dateline opens the next article by itself otherwise, the lines
    /// that may still stand before the lead, and whether the header stood
    /// right under a line that ended the article before (a credit, closing
    /// furniture): then a lead of its own under the title confirms it too.
    unconfirmed: Option<(bool, u8, bool)>,
    /// Whether the dump prints its articles as blocks without blank lines
    /// inside, joined by blank lines: told at its first blank line, from
    /// the block above it (a page of [`MIN_COMPACT_BLOCK`] lines or more,
    /// a dateline among them). `None` until then.
    compact: Option<bool>,
    /// A dateline stands in the dump's first block.
    first_block_dated: bool,
    /// The non-blank lines since the last blank line.
    block_lines: usize,
    /// The lines of the block above the last blank line.
    block_above: usize,
    /// An article opened in the current block.
    block_opened: bool,
    /// A dateline was found in the current block.
    block_dated: bool,
    /// A dateline was found in the block above the last blank line.
    above_dated: bool,
    /// The split a block's dateline asked for in a dump of blocks, until
    /// the line after it confirms it (a line of the same block) or a blank
    /// line cancels it (a date stamp alone after a blank line), with the
    /// article as it stood before it.
    block_unconfirmed: Option<Before>,
    /// A date written unlike the dump's datelines that opened an article
    /// by itself under a line that ended the one before (a blank line
    /// between them or not), until the next line confirms it: page
    /// furniture under it (`Tin liên quan`, share buttons) makes it the
    /// stamp of the article it closes (the next dateline opens the next
    /// article, see [`Splitter::closed`]); with the article as it stood
    /// before it.
    stamp_unconfirmed: Option<Before>,
    /// The article was closed by its date stamp and the furniture under
    /// it (a cancelled [`Splitter::stamp_unconfirmed`]): a dateline after
    /// them opens the next article though no blank line or end stands
    /// right above it (a related box's headlines may).
    closed: bool,
    /// How many lines stood over the dump's first dateline in its first
    /// article (`Xã hội` / title / date: two), once read: how its pages
    /// print their header, told from a related box's headlines above the
    /// next page's dateline (see [`Above::box_under_end`]).
    first_header: Option<usize>,
    /// The dump's first article holds a paragraph, or a split was made:
    /// [`Splitter::first_header`] is no longer looked for.
    past_first_header: bool,
}

/// The current article as it stood before a split that a later line may
/// cancel: its count of lines and paragraphs, its opening shape and
/// whether it opened alone.
#[derive(Debug, Clone)]
struct Before {
    seen_content: usize,
    paragraphs: u8,
    opened_shape: Option<String>,
    opened_alone: bool,
    bare_open: bool,
}

impl Splitter {
    /// Starts the next article after a [`Separator`]: nothing before it is
    /// weighed, and the next line is read as after a blank line.
    pub(crate) fn separate(&mut self) {
        *self = Splitter {
            first_shape: self.first_shape.take(),
            first_header: self.first_header,
            past_first_header: true,
            compact: self.compact,
            first_block_dated: self.first_block_dated,
            prev_blank: true,
            ..Splitter::default()
        };
    }

    /// Feeds `line` in, `back(k)` giving the `k`-th non-blank line before
    /// it (from 1, up to [`RECENT`]; read only when it is weighed, `None`
    /// past the article's start or the bytes kept); where it puts the next
    /// article's start.
    ///
    /// `line` is the line's bytes, trimmed ([`trim_bytes`]), and `text` gives
    /// them as text: most lines are weighed by their bytes alone.
    pub(crate) fn feed<'l>(
        &mut self,
        line: &[u8],
        text: impl Fn() -> Cow<'l, str>,
        back: impl Fn(usize) -> Option<Cow<'l, str>>,
    ) -> Split {
        if line.is_empty() {
            return self.blank();
        }
        // A line under the dateline in its block confirms its split.
        self.block_unconfirmed = None;
        // The lines of the block above this one, and whether the dump's
        // first block holds a dateline (read there only).
        let in_block = self.block_lines;
        self.block_lines += 1;
        if self.compact.is_none()
            && !self.first_block_dated
            && has_digit(line)
            && line.len() <= 2 * dateline::MAX_HEADER_LINE
        {
            self.first_block_dated = dateline::find_in_header(&normalize(&text())).is_some();
        }
        let cancel = match self.confirm(line, &text) {
            Ok(cancel) => cancel,
            Err(wait) => return wait,
        };
        let cancel = cancel.or_else(|| self.stamp_cancelled(&text));
        if self.instead(line, &text) {
            return Split::Instead;
        }
        let mut above = Above::new(back, self.seen_content);
        let (found_shape, compact_page) = self.dated(line, text, in_block, &mut above);
        // An ended article opens the next at a dateline once it holds two
        // paragraphs (a sapo, a byline and its date may stand above the
        // body); a dateline written as the dump's first opens one at once.
        // The shape first: it costs less than weighing the last line.
        // A header above the dateline opens the article with it when the
        // dump's datelines are written alike (or its first line was none).
        let first_shape = self.first_shape.as_deref().unwrap_or_default();
        let alike = found_shape.as_deref().is_some_and(|s| {
            (!first_shape.is_empty() && first_shape == s) || self.opened_shape.as_deref() == Some(s)
        });
        let (run, tentative) = self.header_over(
            (found_shape.as_deref(), alike, first_shape.is_empty()),
            cancel,
            in_block,
            &mut above,
        );
        // A header under a credit or closing furniture, or one a marked
        // lead will confirm, opens the page after a page of one paragraph
        // too (a dateline right under one's lead is that page's). Before
        // the article holds a paragraph (see [`Splitter::bare_open`]), only
        // a header under the line that ended the box does.
        let opens = found_shape.is_some()
            && if self.paragraphs == 0 {
                run.is_some_and(|k| above.has_ended_before(k))
            } else {
                alike
                    || (self.paragraphs >= 2 && (run.is_some() || above.has_ended()))
                    || (self.paragraphs == 1
                        && run.is_some()
                        && (tentative || above.header_run() == run))
            };
        let compact_split = compact_page && found_shape.is_some();
        let block_split = !compact_split && opens && self.block_page(in_block, &above);
        // A split the header over the date asks for by itself (its whole
        // block, under the line that ended the article before) stands
        // whatever follows the date; a block's alone waits for the next
        // line of its block.
        let header_split = !tentative
            && run == Some(in_block)
            && (above.has_ended_before(in_block) || self.boxed_block(in_block, &mut above));
        if (compact_split || block_split) && !header_split {
            self.block_unconfirmed = Some(self.before());
        }
        let split = match run {
            _ if compact_split && in_block == 0 => Split::Here,
            _ if compact_split || block_split => Split::AtLine(in_block),
            Some(k) if opens && tentative => Split::AtLineIf(k),
            Some(k) if opens => Split::AtLine(k),
            _ if opens && self.after_breadcrumb(&above) => Split::AtLine(1),
            _ if opens => Split::Here,
            _ => Split::No,
        };
        self.block_opened |= split != Split::No;
        // Unconfirmed, the dateline under a credit opens the article
        // itself, as it did before a header was weighed over it; and one
        // line over the date (the section, or the title), right under the
        // line that ended the article before, is confirmed by a lead of
        // its own too.
        let fallback = tentative && above.has_ended();
        let run_under_end =
            tentative && run == Some(1) && above.line(2).is_some_and(|l| Self::ended(trim(&l)));
        // (Weighed before `advance` reads the blank line before it.)
        let stamp = split == Split::Here && !alike && above.has_ended();
        let before = stamp.then(|| self.before());
        self.advance(line, split, (fallback, run_under_end));
        self.stamp_unconfirmed = before;
        // Written unlike the dump's datelines (a dateline written alike
        // opens an article wherever it stands).
        self.opened_alone = split == Split::Here && !alike;
        if !matches!(split, Split::No | Split::Cancel(_) | Split::Wait) {
            self.bare_open = split == Split::Here;
        }
        if split != Split::No {
            self.opened_shape = found_shape;
        }
        match (split, cancel) {
            (Split::No, Some(instead)) => Split::Cancel(instead),
            _ => split,
        }
    }

    /// The shape of the dateline `line` is (see [`shape`]), when it is
    /// one that may open an article here, and whether it would open a page
    /// in a dump of blocks; `text` gives the line as text. The dump's first
    /// line sets the shape of its datelines.
    fn dated<'l>(
        &mut self,
        line: &[u8],
        text: impl Fn() -> Cow<'l, str>,
        in_block: usize,
        above: &mut Above<impl Fn(usize) -> Option<Cow<'l, str>>>,
    ) -> (Option<String>, bool) {
        // The line is only normalized when it may be a dateline.
        // Every dateline holds a digit (normalizing keeps ASCII digits).
        // No dateline line is longer than `MAX_HEADER_LINE` once normalized,
        // and NFC takes at most a third off Vietnamese (`ế` written as three
        // characters is five bytes, composed three).
        // A longer line may be a dateline with the lead glued after it
        // (`05/12/2025 08:45 (VTC News) - Sáng 5/12, ...`).
        let short = line.len() <= 2 * dateline::MAX_HEADER_LINE;
        let may_be = self.seen_content >= 2
            && (self.paragraphs > 0 || self.bare_open)
            && may_open_dateline(line)
            && (if short {
                has_digit(line)
            } else {
                dateline::timed_near_start(line)
            });
        // The dump's first line sets the shape of its datelines, if it is
        // short enough to be one.
        let first = self.first_shape.is_none();
        let shaped = first && line.len() <= 2 * dateline::MAX_HEADER_LINE;
        let line_text = (may_be || shaped).then(&text);
        let line_text = line_text.as_deref().unwrap_or_default();
        // A short line ending as a date does may be a byline and its date
        // (`Trương Thi - Ngày 21/02/2024 06:59 AM`, `DS. LÊ HÀ • 11/05/2017`).
        // A line that opens no dateline as it stands is only normalized
        // when it holds a combining mark (U+0300 to U+036F: CC 80 to CD AF),
        // which NFC may compose into a weekday.
        let byline_dated = may_be && short && may_be_byline_dated(line);
        let opens = may_be
            && (byline_dated
                || dateline::may_open_line(line_text)
                || memchr::memchr2(0xCC, 0xCD, line).is_some());
        let compact_page = opens && self.compact_page(in_block, above);
        // After a blank line, an ended article or a header printed above
        // it (weighed last: it costs more).
        let candidate = opens
            && (self.prev_blank
                || self.closed
                || compact_page
                || above.has_ended()
                || above.header_run().is_some()
                || above.loose_run().is_some()
                || above.box_under_end().is_some());
        let nfc = if candidate || shaped {
            normalize(line_text)
        } else {
            Cow::Borrowed(line_text)
        };
        let found = if candidate && (byline_dated || dateline::may_open_line(&nfc)) {
            let alone = short.then(|| dateline::find_in_header(&nfc)).flatten();
            alone
                .filter(|f| {
                    // A head of marks alone (`|`) is none; a byline's or a
                    // section's is the page's header.
                    !f.head.is_some_and(|h| {
                        h.chars().any(crate::parse::letters::is_alphanumeric)
                            && !is_byline_head(h)
                            && !is_section_head(h)
                    })
                })
                .or_else(|| dateline::with_lead_after(&nfc).map(|(f, _)| f))
        } else {
            None
        };
        self.block_dated |= found.is_some();
        if first {
            let first_found = dateline::find(&nfc);
            self.first_header = first_found.is_some().then_some(0);
            self.first_shape = Some(first_found.map(|f| shape(f.text)).unwrap_or_default());
        } else if !self.past_first_header
            && self.first_header.is_none()
            && has_digit(line)
            && line.len() <= 2 * dateline::MAX_HEADER_LINE
            && dateline::find_in_header(&normalize(&text())).is_some()
        {
            self.first_header = Some(self.seen_content);
        }
        (found.map(|f| shape(f.text)), compact_page)
    }

    /// The line that opened an article alone was the last of the article
    /// before when a dateline follows it after a blank line: whether
    /// `line` is that dateline, the state moved past it.
    fn instead<'l>(&mut self, line: &[u8], text: &impl Fn() -> Cow<'l, str>) -> bool {
        if !(std::mem::take(&mut self.opened_alone)
            && self.prev_blank
            && self.opens_instead(line, text))
        {
            return false;
        }
        self.prev_after_blank = true;
        self.prev_blank = false;
        // Written as the dump's first (see `opens_instead`).
        self.opened_shape.clone_from(&self.first_shape);
        true
    }

    /// A blank line: it ends the block, and cancels the split of a block
    /// that was its dateline alone (the article goes on).
    fn blank(&mut self) -> Split {
        let cancelled = self.block_unconfirmed.take().map(|b| self.restore(b));
        if self.block_lines > 0 {
            if self.compact.is_none() {
                self.compact =
                    Some(self.block_lines >= MIN_COMPACT_BLOCK && self.first_block_dated);
            }
            self.block_above = self.block_lines;
            self.above_dated = self.block_dated;
        }
        (self.block_lines, self.block_opened, self.block_dated) = (0, false, false);
        self.prev_blank = true;
        match cancelled {
            Some(()) => Split::Cancel(false),
            None => Split::No,
        }
    }

    /// The line after a page's header over its date (or after the title
    /// under it): the page opens there only under a lead with a source
    /// marker. `Err` with [`Split::Wait`] for a headline the split waits
    /// past; the split to cancel when the line is no such lead (`true`:
    /// the dateline opens the article instead), `None` when it is or no
    /// split waits.
    fn confirm<'l>(
        &mut self,
        line: &[u8],
        text: &impl Fn() -> Cow<'l, str>,
    ) -> Result<Option<bool>, Split> {
        let Some((instead, waits, under_end)) = self.unconfirmed.take() else {
            return Ok(None);
        };
        let written = text();
        let line_text = normalize(&written);
        if crate::parse::source::marker(&line_text).is_some() {
            return Ok(None);
        }
        let headline = waits > 0
            && line.len() <= MAX_CREDIT_LINE
            && !line_text.ends_with(SENTENCE_CLOSES)
            && dateline::find_in_header(&line_text).is_none();
        if headline {
            self.unconfirmed = Some((instead, waits - 1, under_end));
            self.prev_after_blank = self.prev_blank;
            self.prev_blank = false;
            self.seen_content += 1;
            return Err(Split::Wait);
        }
        // Under a credit, one line over the date (the section), the title
        // under it, then a paragraph: a page of its own (a teaser is a
        // headline over its date, its sapo right under it).
        let lead = under_end && waits == 0 && is_paragraph_bytes(line);
        Ok((!lead).then_some(instead))
    }

    /// Whether the line after a date that opened an article by itself
    /// ([`Splitter::stamp_unconfirmed`]) is page furniture, which cancels
    /// that split (`Some(false)`), the state put back as it stood before
    /// the date, counting the date as a line of the article it closes.
    fn stamp_cancelled<'l>(&mut self, text: &impl Fn() -> Cow<'l, str>) -> Option<bool> {
        let before = self.stamp_unconfirmed.take()?;
        if !Self::weigh(trim(&text())).1 {
            return None;
        }
        self.restore(before);
        self.closed = true;
        Some(false)
    }

    /// The current article as it stands, to put back if a split is
    /// cancelled.
    fn before(&self) -> Before {
        Before {
            seen_content: self.seen_content,
            paragraphs: self.paragraphs,
            opened_shape: self.opened_shape.clone(),
            opened_alone: self.opened_alone,
            bare_open: self.bare_open,
        }
    }

    /// The article put back as it stood `before` a cancelled split, the
    /// line that asked for the split counted as one of its own.
    fn restore(&mut self, before: Before) {
        self.seen_content = before.seen_content + 1;
        self.paragraphs = before.paragraphs;
        self.opened_shape = before.opened_shape;
        self.opened_alone = before.opened_alone;
        self.bare_open = before.bare_open;
    }

    /// The header over the dateline of the shape `found` (its lines above
    /// it, and whether the line after it must confirm it), `alike`:
    /// written as the dump's datelines are; `first_unshaped`: the dump's
    /// first line was no dateline; `cancel`: a split was cancelled on this
    /// line.
    fn header_over<'l>(
        &self,
        (found, alike, first_unshaped): (Option<&str>, bool, bool),
        cancel: Option<bool>,
        in_block: usize,
        above: &mut Above<impl Fn(usize) -> Option<Cow<'l, str>>>,
    ) -> (Option<usize>, bool) {
        let (run, tentative) = if alike || (found.is_some() && first_unshaped) {
            // Written alike, the dateline opens an article: the header
            // over it may follow a page that ended with a paragraph; not
            // under a date alone written as this one is (a related box's
            // headline under the date of the one before it).
            let run = above
                .header_run()
                .or_else(|| above.loose_run())
                .filter(|&k| !found.is_some_and(|shaped| above.date_alone_as(k + 1, shaped)));
            // Under a related box, the lines over the date are the next
            // page's header as many as the first page's were; the lines
            // above them the box's headlines.
            // None of them dated: a run holding a date is the box's
            // headline over its date, under another (`Tin cùng chuyên
            // mục` / headline / date / headline / date).
            let boxed = || {
                let header = self.first_header.filter(|&t| t > 0)?;
                above
                    .box_under_end()
                    .filter(|&k| header < k && above.undated(header))
                    .map(|_| header)
            };
            (run.or_else(boxed), false)
        } else if found.is_some() && self.boxed_block(in_block, above) {
            (Some(in_block), false)
        } else if found.is_some() {
            self.header_unlike(cancel, above)
        } else {
            (None, false)
        };
        // The header must leave the article two lines of its own at least
        // (a kicker over a page's title, `Trung Quốc:`, is no article).
        let run = run.filter(|&k| k + MIN_ARTICLE_LINES <= self.seen_content);
        // Nor does a header open inside the block above: over a blank line
        // and the next page's date, the last lines of a page printed
        // without blank lines (a caption, `Tin, ảnh: MINH HUY`) are that
        // page's. Its lines in the blocks above take the whole block above
        // or none of it.
        let run = run.filter(|&k| k <= in_block || k - in_block >= self.block_above);
        (run, tentative)
    }

    /// The header over a dateline written unlike the dump's, and whether
    /// the line after it must confirm it ([`Split::AtLineIf`]). Under a
    /// rule of another mark (`***`, `. . .` over `Xã hội` / title / byline
    /// / date; a rule of `=` or `-` is a [`Separator`]), the header opens
    /// the next article however its date is written. Otherwise, once the
    /// article holds a paragraph and no split was cancelled, a page's
    /// header: topped by a breadcrumb, or two lines or more (a section,
    /// the title, a byline) under the line that ended the article before;
    /// none of them dated. A teaser under an article is one headline over
    /// its date, or a list of them with dates. A credit right over the
    /// dateline is the page's byline (the header's lines over it are no
    /// credit), never a tag.
    fn header_unlike<'l>(
        &self,
        cancel: Option<bool>,
        above: &mut Above<impl Fn(usize) -> Option<Cow<'l, str>>>,
    ) -> (Option<usize>, bool) {
        let under_rule =
            |above: &Above<_>, k: usize| above.line(k + 1).is_some_and(|l| is_rule(trim(&l)));
        // (A rule near is told first: weighing the header costs more.)
        if (2..=MAX_HEADER_RUN + 1).any(|k| under_rule(above, k)) {
            let run = above.header_run().filter(|&k| under_rule(above, k));
            return (run, false);
        }
        if (self.paragraphs < 1 && !self.bare_open) || cancel.is_some() {
            return (None, false);
        }
        let under_credit = above.has_ended();
        let words = |above: &Above<_>, j: usize| above.line(j).map_or(0, |l| word_count(trim(&l)));
        // A headline, then a short line that is no byline: another
        // article's link and its tag (`Ngập đường ở Cần Thơ: Bao giờ mới
        // hết?` / `Ngập nước`), not a page's header.
        let tag_last = words(above, 1) <= MAX_TAG_WORDS && words(above, 2) > MAX_TAG_WORDS;
        // Under a credit, a header holds a headline: a line of more words
        // than a tag that ends nothing (credits over credits and a
        // caption's label, `Ảnh minh họa`, are the article's end).
        let headlined = |above: &Above<_>, k: usize| {
            (2..=k).any(|j| {
                words(above, j) > MAX_TAG_WORDS
                    && above.line(j).is_some_and(|l| !Self::weigh(trim(&l)).0)
            })
        };
        // A line under the run's first opening with a small letter is a
        // tag (`Tiết kiệm tiền` / `gửi tiết kiệm` under a related
        // headline), not a page's title or byline.
        let tagged = |above: &Above<_>, k: usize| {
            (1..k).any(|j| {
                above
                    .line(j)
                    .is_some_and(|l| trim(&l).starts_with(char::is_lowercase))
            })
        };
        let page = above.header_run().filter(|&k| {
            let topped = above.line(k).is_some_and(|l| is_breadcrumb(trim(&l)));
            (topped
                || (k >= MIN_PAGE_HEADER_RUN
                    && if under_credit {
                        headlined(above, k)
                    } else {
                        !tag_last
                    }))
                && above.undated(k)
                && !tagged(above, k)
        });
        if page.is_some() {
            return (page, false);
        }
        // A title alone over the date, or a header under a paragraph or a
        // title prefix (`Trung Quốc:`): the next line must confirm it.
        match above.loose_run() {
            Some(k) if above.undated(k) && !tagged(above, k) => (Some(k), true),
            _ => (None, false),
        }
    }

    /// Whether the `in_block` lines over the date in its block stand under
    /// a related box printed after the end of the article before, in the
    /// blocks above (`KIM XUÂN` / `Tin liên quan` / its headlines, a blank
    /// line, then `Văn hóa` / a title / the date): the block is the next
    /// page's header, however its date is written.
    fn boxed_block<'l>(
        &self,
        in_block: usize,
        above: &mut Above<impl Fn(usize) -> Option<Cow<'l, str>>>,
    ) -> bool {
        self.paragraphs >= 1 && in_block >= 1 && above.box_under_end().is_some_and(|k| k > in_block)
    }

    /// In a dump of blocks, a dateline among the first lines of a block
    /// under a page's block opens an article there, with the lines above it
    /// in its block (a header, a lead printed over the date). (No
    /// furniture above it: `Đọc thêm` over a teaser's date and headline is
    /// the page's box.)
    fn compact_page<'l>(
        &self,
        in_block: usize,
        above: &Above<impl Fn(usize) -> Option<Cow<'l, str>>>,
    ) -> bool {
        self.compact == Some(true)
            && self.block_above >= MIN_COMPACT_BLOCK
            && in_block <= MAX_HEADER_RUN
            && self.may_open_block(in_block)
            && above.block_head(in_block, false)
    }

    /// In a dump of pages joined by blank lines, a page printed without
    /// them whose dateline stands among its block's first lines (a menu,
    /// the section, the title, a byline over it), under a page's block (of
    /// `MIN_COMPACT_BLOCK` lines or more, dated) or a block whose last line
    /// ended an article (a credit, closing furniture, the end mark), opens
    /// at the block's first line too when no line above the date in its
    /// block is a paragraph or furniture (weighed only once the date is
    /// found); the next line of the block confirms it, as in a dump of
    /// blocks.
    fn block_page<'l>(
        &self,
        in_block: usize,
        above: &Above<impl Fn(usize) -> Option<Cow<'l, str>>>,
    ) -> bool {
        self.compact != Some(true)
            && (1..=MAX_BLOCK_HEADER).contains(&in_block)
            && self.may_open_block(in_block)
            && above.block_head(in_block, true)
            && ((self.block_above >= MIN_COMPACT_BLOCK && self.above_dated)
                || above.line(in_block + 1).is_some_and(|l| Self::ended(&l)))
    }

    /// A page may open at its block's first line: none opened in the block
    /// yet, and the article above keeps lines of its own.
    fn may_open_block(&self, in_block: usize) -> bool {
        !self.block_opened && in_block + MIN_ARTICLE_LINES <= self.seen_content
    }

    /// A breadcrumb standing alone after a blank line, right above the
    /// dateline: it opens the article with it.
    fn after_breadcrumb<'l>(&self, above: &Above<impl Fn(usize) -> Option<Cow<'l, str>>>) -> bool {
        self.prev_after_blank
            && self.seen_content >= 3
            && is_breadcrumb(trim(&above.line(1).unwrap_or_default()))
    }

    /// The article's counts after the non-blank `line` and its `split`;
    /// `confirm`: what a split the next line must confirm falls back to
    /// and whether it stood under a line that ended the article before
    /// (see [`Splitter::unconfirmed`]).
    fn advance(&mut self, line: &[u8], split: Split, (fallback, run_under_end): (bool, bool)) {
        self.seen_content = match split {
            Split::No | Split::Cancel(_) | Split::Wait => self.seen_content + 1,
            Split::Here | Split::Instead => 1,
            Split::AtLine(k) | Split::AtLineIf(k) => k + 1,
        };
        self.paragraphs = match split {
            Split::No | Split::Cancel(_) | Split::Wait if self.paragraphs < 2 => {
                // A headline of many words is no paragraph: the page's
                // dateline under it stays the page's.
                self.paragraphs + u8::from(is_paragraph_line(line))
            }
            Split::No | Split::Cancel(_) | Split::Wait => self.paragraphs,
            Split::Here | Split::AtLine(_) | Split::AtLineIf(_) | Split::Instead => 0,
        };
        self.unconfirmed =
            matches!(split, Split::AtLineIf(_)).then_some((fallback, 1, run_under_end));
        self.closed &= matches!(split, Split::No | Split::Cancel(_) | Split::Wait);
        self.past_first_header |= self.paragraphs > 0 || !matches!(split, Split::No | Split::Wait);
        self.prev_after_blank = self.prev_blank;
        self.prev_blank = false;
    }

    /// Whether `line` is a dateline written as the dump's are (see
    /// [`Splitter::feed`]).
    fn opens_instead<'l>(&self, line: &[u8], text: &impl Fn() -> Cow<'l, str>) -> bool {
        let first_shape = self.first_shape.as_deref().unwrap_or_default();
        if first_shape.is_empty()
            || line.len() > 2 * dateline::MAX_HEADER_LINE
            || !may_open_dateline(line)
            || !has_digit(line)
        {
            return false;
        }
        let line_text = text();
        let nfc = normalize(&line_text);
        dateline::may_open_line(&nfc)
            && dateline::find(&nfc)
                .is_some_and(|f| f.head.is_none() && shape(f.text) == first_shape)
    }
}

/// Whether the trimmed `line` is a paragraph of an article: a closed
/// sentence of running text, no widget's dotted words.
pub(super) fn is_paragraph_line(line: &[u8]) -> bool {
    is_closed_paragraph_bytes(line) && !is_dotted_furniture(line)
}

/// Whether `line` is a widget's words with their dots (`Đang tải...`):
/// page furniture, no paragraph of an article (see
/// [`crate::parse::article::is_dotted_widget`]). Told by its last byte
/// first (`.`, or the last of `…`), and its length: no longer than twice a
/// widget's (NFC takes at most a third off Vietnamese written decomposed).
fn is_dotted_furniture(line: &[u8]) -> bool {
    matches!(line.last(), Some(b'.' | 0xA6))
        && line.len() <= 2 * crate::parse::article::MAX_DOTTED_WIDGET_BYTES
        && std::str::from_utf8(line)
            .is_ok_and(|l| crate::parse::article::is_dotted_widget(trim(&normalize(l))))
}
