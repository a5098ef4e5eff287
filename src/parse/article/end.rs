//! The end of an article read bottom up: the page's tail (a separator,
//! readers' comments, a related box), the credits and the furniture
//! among them, teasers, tags and closing tails; the end's credits merged
//! with the header's.

use super::*;

impl<'a> Builder<'a> {
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
        // Where the reading starts: the lines under a credit's label alone
        // are read from there up.
        let bottom = end;
        while end > floor {
            let Some(l) = lines.get(end - 1) else { break };
            // `(*) Tác giả là chuyên gia kinh tế`: a note about the author
            // under the byline, kept with the page's furniture; so are a
            // note right under a credit (`* Bài viết có sử dụng tư liệu
            // của ...`, `Ghi chú: ...`) and the next part announced there
            // (`Kỳ 2: Những con số biết nói`).
            let note = l.text.starts_with(crate::vocab::FOOTNOTE_MARK)
                || (credits.is_empty()
                    && is_note_shaped(l.text)
                    && end >= floor + 2
                    && lines
                        .get(end - 2)
                        .is_some_and(|above| credit_line(above.text, Place::End).is_some()));
            // `Ngày đăng: 15/01/2024 08:30` under the byline, `Minh Anh -
            // 15/01/2024 08:30`, with no dateline read yet: set aside for
            // `dateline_at_end`; a date alone there under the dateline read
            // at the top (`Ngày xuất bản: 12/02/2026`): the page's stamp.
            let dated = || {
                (self.dateline.is_none() || l.text.len() <= MAX_STAMP_BYTES)
                    && dateline_closing(l.text)
                        .is_some_and(|f| self.dateline.is_none() || f.head.is_none())
            };
            // `Tin, ảnh:` alone over `KIM XUÂN`, `Nguồn:` over a link: the
            // names under the label are given its roles, the label is a
            // credit of no names.
            if let Some(label) = crate::parse::credit::label_alone(l.text) {
                if let Some(below) = lines.get(end).filter(|_| end < bottom) {
                    let start = below.span().start;
                    // The bare names on the lines right under the label
                    // (`Thực hiện:` / `Minh Anh` / `Lê Hà`), each after a
                    // list's bullet or dash or not (`Nguồn:` / `- WHO` / `-
                    // CDC`), up to the first line that holds more.
                    let bare = |c: &Credit<'_>, line: &Line<'_>| {
                        let bullet = line
                            .text
                            .strip_suffix(c.text.as_str())
                            .is_some_and(|p| without_list_mark(p).is_empty());
                        c.text.span.end == line.span().end
                            && bullet
                            && matches!(c.roles.as_slice(), [Role::Author] | [Role::Source])
                    };
                    let named = (0..credits.len())
                        .take_while(|&n| {
                            let c = credits
                                .len()
                                .checked_sub(n + 1)
                                .and_then(|i| credits.get(i));
                            let line = lines.get(end + n).filter(|_| end + n < bottom);
                            matches!((c, line), (Some(c), Some(line)) if bare(c, line))
                        })
                        .count();
                    // The links under a source's label, a line each, after
                    // a list's bullet or not (`Nguồn tham khảo:` / `-
                    // https://...`): the page's furniture on their own, set
                    // aside at the footer's end, nearest first.
                    let links = if label.roles == [Role::Source] {
                        footer
                            .iter()
                            .rev()
                            .zip(lines.get(end..bottom).unwrap_or_default())
                            .take_while(|(t, line)| {
                                t.span.start == line.span().start
                                    && listed_link(line.text).is_some()
                            })
                            .count()
                    } else {
                        0
                    };
                    let link = links > 0 && footer.last().is_some_and(|t| t.span.start == start);
                    if named > 0 || link {
                        // The links leave the footer for the credits,
                        // bottom up as the credits are read.
                        footer.truncate(footer.len().saturating_sub(links));
                        let listed = lines.get(end..end + links).unwrap_or_default();
                        for address in listed.iter().rev().filter_map(|l| listed_link(l.text)) {
                            credits.push(self.credit(RawCredit {
                                text: address,
                                roles: label.roles.clone(),
                                names: vec![Cow::Borrowed(address)],
                            }));
                        }
                        let from = credits.len().saturating_sub(named);
                        for c in credits.get_mut(from..).unwrap_or_default() {
                            c.roles.clone_from(&label.roles);
                        }
                        credits.push(self.credit(label));
                        credit_lines += 1;
                        end -= 1;
                        continue;
                    }
                }
            }
            // A figure alone over a credit (`SJC` / `79.500.000` / `Thu
            // Hà`) is a cell of the body's table flattened a cell a line,
            // no widget's count: the end is read no higher. (A clock
            // there, `02:35`, stays the video's.)
            if !credits.is_empty() && is_counter(l.text) && !l.text.contains(':') {
                break;
            }
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
                // `MINH AN (Còn nữa)`, `Theo TTXVN./.`: the end mark after
                // the byline is furniture, the words before it the credit.
                let marked = end_mark_closing(l.text)
                    .and_then(|(head, mark)| Some((credit_line(head, Place::End)?, Some(mark))));
                // `KIM XUÂNChia sẻ`: a widget glued to the byline, the same,
                // when the line is no credit whole.
                let glued = || {
                    glued_furniture(l.text)
                        .and_then(|(head, mark)| Some((credit_line(head, Place::End)?, mark)))
                };
                // `Lê Hà` under `Bài: Minh Anh - Ảnh:`: the names of the
                // label the line above closes with, read with that line.
                let mut labelled = false;
                let cut = || {
                    let above = lines
                        .get(end.checked_sub(2)?)
                        .filter(|_| end >= floor + 2)?;
                    let mut found = crate::parse::credit::closed_by_label(above.text)?;
                    let c = crate::parse::credit::under_label(found.last()?.text, l.text)?;
                    found.push(c);
                    Some(found)
                };
                let marked = marked.or_else(|| {
                    let found = cut()?;
                    labelled = true;
                    Some((found, None))
                });
                let (found, mark) = match marked {
                    Some((found, mark)) => (Some(found), mark),
                    None => match credit_line(l.text, Place::End).or_else(outlet) {
                        Some(found) => (Some(found), None),
                        None => glued().map_or((None, None), |(f, m)| (Some(f), Some(m))),
                    },
                };
                // An item of a list under the label (`Nguồn:` / `- Sở Y tế`
                // / `- Bộ Y tế`): read with the label, which is read on its
                // own line with the items under it.
                let found = found.or_else(|| {
                    let (label, item) = listed_under_label(lines, floor, end - 1)?;
                    Some(vec![crate::parse::credit::under_label(label, item)?])
                });
                // `Báo Tin tức` under `Theo`, `Minh Anh (Hà Nội)` under
                // `Tác giả:`: read with the label over it.
                let found = found.or_else(|| {
                    let above = lines
                        .get(end.checked_sub(2)?)
                        .filter(|_| end >= floor + 2)?;
                    let label = crate::parse::credit::label_alone(above.text)?;
                    let c = crate::parse::credit::under_label(label.text, l.text)?;
                    labelled = true;
                    Some(vec![label, c])
                });
                let Some(found) = found else {
                    let tags_left = if credits.is_empty() {
                        MAX_TRAILING_TAGS.saturating_sub(tags)
                    } else {
                        0
                    };
                    // Under no credit yet (the page's furniture alone
                    // read below, if anything), a run of headlines and
                    // tags under closing furniture may stand here.
                    let open = credits.is_empty();
                    let Some((k, tag)) = tail_over_credits(lines, (floor, end, open), tags_left)
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
                // `Các thành viên gồm:` / `- Nguyễn Văn An` / `- Trần Thị
                // Bình`: the items of the body's list, not bylines.
                if in_listed_items(lines, floor, end - 1) {
                    break;
                }
                // A province or city alone under the byline (`Lê Hà` /
                // `Hà Nội`, tags between them or not) is a tag, or where
                // the writer writes from: no one's name. (Alone at the
                // end, it may be one: `Hà Nam`.)
                let place = |c: &RawCredit<'_>| {
                    c.roles == [Role::Author]
                        && c.text == crate::parse::credit::without_icons(l.text)
                        && crate::parse::credit::is_place(c.text)
                };
                // (Told under a line that is no paragraph first: most
                // bylines stand under the last paragraph.)
                let tags_left = MAX_TRAILING_TAGS.saturating_sub(tags);
                if credits.is_empty()
                    && lines
                        .get(end.wrapping_sub(2))
                        .is_some_and(|above| !is_paragraph(above.text))
                    && matches!(found.as_slice(), [c] if place(c))
                    && tags_left > 0
                    && tag_over_credit(lines, end - 1, floor, tags_left)
                {
                    footer.push(Text::new(l.text, l.span()));
                    tags += 1;
                    end -= 1;
                    continue;
                }
                let photo_only = found.iter().all(|c| c.roles == [Role::Photo]);
                let over_byline = credits
                    .last()
                    .is_some_and(|c: &Credit<'_>| c.roles == [Role::Author]);
                // `Ảnh: X` over a byline credits the photos above it: a
                // caption of the body.
                if photo_only && over_byline {
                    break;
                }
                if let Some(mark) = mark {
                    footer.push(Text::new(mark, l.part(mark).span()));
                }
                credits.extend(found.into_iter().rev().map(|c| self.credit(c)));
                credit_lines += 1;
                // The label's line is read with the line under it.
                end -= usize::from(labelled);
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
    /// the header. A bare byline and the same names with roles are one
    /// credit too, the one with the roles (`Tác giả: Thu Hà` over the
    /// title, `Thu Hà (tổng hợp)` at the end).
    pub(super) fn add_end_credits(&mut self, end: Vec<Credit<'a>>, footer: &mut Vec<Text<'a>>) {
        let mut head = self.head_credits.len();
        let mut all = std::mem::take(&mut self.head_credits);
        // A bare byline (`Thu Hà`, `Tác giả: Thu Hà`) says less than the
        // same names with their roles (`Thu Hà (tổng hợp)`): the printing
        // with the roles is the credit, wherever it stands.
        let bare = |c: &Credit<'_>| c.roles == [crate::model::Role::Author];
        for c in end {
            let heads = all.get(..head).unwrap_or_default();
            if heads
                .iter()
                .any(|h| (h.roles == c.roles || bare(&c)) && names_within(&c.names, &h.names))
            {
                footer.push(c.text);
                continue;
            }
            let fewer = heads.iter().position(|h| {
                (h.roles == c.roles || (bare(h) && names_within(&c.names, &h.names)))
                    && names_within(&h.names, &c.names)
            });
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
}

/// The words of line `i` after the bullet or dash that opens it as a
/// list's item (`- Sở Y tế` is `Sở Y tế`), and the line over the run of
/// such items that holds it (above line `floor` none).
fn list_item<'a, 'l>(
    lines: &'l [Line<'a>],
    floor: usize,
    i: usize,
) -> Option<(&'a str, &'l Line<'a>)> {
    let item = |k: usize| {
        let t = lines.get(k)?.text;
        let rest = without_list_mark(t);
        (t.starts_with(is_list_mark) && !rest.is_empty()).then_some(rest)
    };
    let words = item(i)?;
    let mut k = i;
    while k > floor && item(k - 1).is_some() {
        k -= 1;
    }
    let over = lines.get(k.checked_sub(1)?).filter(|_| k > floor)?;
    Some((words, over))
}

/// The text of a role's label alone over the run of list items that holds
/// line `i` (`Nguồn:` over `- Sở Y tế` / `- Bộ Y tế`), and the item's
/// words.
fn listed_under_label<'a>(
    lines: &[Line<'a>],
    floor: usize,
    i: usize,
) -> Option<(&'a str, &'a str)> {
    let (words, over) = list_item(lines, floor, i)?;
    let label = crate::parse::credit::label_alone(over.text)?;
    Some((label.text, words))
}

/// Whether line `i` is an item of a list the body opens with a line closed
/// by a colon that labels no role (`Các thành viên gồm:`).
fn in_listed_items(lines: &[Line<'_>], floor: usize, i: usize) -> bool {
    list_item(lines, floor, i).is_some_and(|(_, intro)| {
        intro.text.ends_with(':') && crate::parse::credit::label_alone(intro.text).is_none()
    })
}

/// The page's tail under the article (above line `floor` none): a dump's
/// separator, readers' comments from their heading on, a related box; its
/// lines pushed on `footer` bottom up. Where the article's end region
/// ends.
pub(super) fn page_tail<'a>(lines: &[Line<'a>], floor: usize, footer: &mut Vec<Text<'a>>) -> usize {
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
    // A list of references under the byline (`Tài liệu tham khảo:` and
    // its numbered entries) closes the page as a related box does.
    if let Some(k) = references_tail(lines, floor, end) {
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

/// Where a list of references that closes `lines[floor..end]` starts: its
/// heading alone (one of [`crate::vocab::REFERENCE_LABELS`], with its colon
/// or not), then at most [`MAX_REFERENCES`] entries, each opened by its
/// number (`1. WHO (2023). ...`, `2) ...`, `[3] ...`), down to `end`. A
/// list of names or links under `Nguồn tham khảo:` after bullets is the
/// source's credits instead (see the end region).
pub(super) fn references_tail(lines: &[Line<'_>], floor: usize, end: usize) -> Option<usize> {
    // An entry opens with `1. `, `2) `, or its number in square brackets,
    // `[1] `; told by the last line first: most articles end with none.
    let bracketed = |t: &str| {
        t.strip_prefix('[')
            .and_then(|r| r.split_once("] "))
            .is_some_and(|(n, _)| {
                (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            })
    };
    let numbered = |k: usize| {
        lines
            .get(k)
            .is_some_and(|l| list_number_len(l.text).is_some() || bracketed(l.text))
    };
    if end <= floor || !numbered(end - 1) {
        return None;
    }
    let mut k = end - 1;
    while k > floor && end - k <= MAX_REFERENCES && numbered(k - 1) {
        k -= 1;
    }
    let heading = lines.get(k.checked_sub(1)?).filter(|_| k > floor)?;
    let label = heading.text.strip_suffix(':').unwrap_or(heading.text);
    crate::vocab::REFERENCE_LABELS
        .whole(trim(label))
        .map(|()| k - 1)
}

/// The most entries of a list of references at the end.
const MAX_REFERENCES: usize = 30;

/// The page's lines that end at line `end` (above line `floor` none;
/// `open`: no credit read under `end`) where no credit reads: a
/// topic's tag under the credits (`Giá vàng` under `Theo Minh Anh (Tiền
/// Phong)`), when `tags_left` more may stand there; told last, as few
/// lines get this far, `Biến thể mới ... | SKĐS`, a video of the outlet's
/// by its title (under a box's heading, the box's, in the body); another
/// article's headline and sapo over the byline (`Video: ...` / `SKĐS -
/// ...`); headlines and tags under the closing furniture (`Link bài gốc`,
/// `Copy link`), with no heading of their own. Where they start, and
/// whether the line is a tag.
pub(super) fn tail_over_credits(
    lines: &[Line<'_>],
    (floor, end, open): (usize, usize, bool),
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
        .or_else(|| open.then(|| closing_tail(lines, floor, end))?)
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
pub(super) fn related_tail(lines: &[Line<'_>], floor: usize, end: usize) -> Option<usize> {
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
            match tags_label_above(lines, floor, at) {
                Some(label) => {
                    top = Some(label);
                    k = label;
                    continue;
                }
                None if box_byline_at(lines, (floor, end), at) => {}
                None => break,
            }
        }
        k = at;
    }
    top
}

/// Whether line `at` of `lines[floor..end]` is a headline's byline under it
/// in a related box (`Giá vàng tăng mạnh` / `Minh Đức`), with another
/// such entry right over it or under it (one alone may be a video's
/// headline over the article's byline). Told by the lines' shapes, then by
/// their credits.
#[inline(never)]
fn box_byline_at(lines: &[Line<'_>], (floor, end): (usize, usize), at: usize) -> bool {
    // The entry's name on line `j` and its headline over it.
    let pair = |j: usize| {
        (j > floor && j < end)
            .then(|| Some((lines.get(j)?.text, lines.get(j.checked_sub(1)?)?.text)))
            .flatten()
    };
    // A headline of a few words at least, no widget's label over it.
    let shaped = |j: usize| {
        pair(j).is_some_and(|(n, h)| {
            !is_paragraph(h)
                && !more_words_than(n, MAX_BOX_BYLINE_WORDS)
                && more_words_than(h, MIN_HEADLINE_WORDS - 1)
                && !is_list_heading(h)
                && is_title_like(h)
                && !is_furniture(h)
                && !is_furniture(n)
        })
    };
    let entry = |j: usize| {
        pair(j).is_some_and(|(n, h)| {
            credit_line(n, Place::End)
                .is_some_and(|cs| !cs.is_empty() && cs.iter().all(|c| c.roles == [Role::Author]))
                && credit_line(h, Place::End).is_none()
        })
    };
    if !shaped(at) {
        return false;
    }
    let other = if shaped(at + 2) {
        at + 2
    } else if at >= 2 && shaped(at - 2) {
        at - 2
    } else {
        return false;
    };
    entry(at) && entry(other)
}

/// The most words of a byline under a related box's headline.
const MAX_BOX_BYLINE_WORDS: usize = 5;

/// The fewest words of a headline before its outlet's code.
pub(super) const MIN_HEADLINE_WORDS: usize = 4;

/// Whether `line` is a headline closed by its outlet's code after a bar
/// (`Phụ nữ lầm tưởng bị thiếu canxi | SKĐS`; the bar scraped as a capital
/// `I` too), as pages title the videos they embed: a known outlet, no
/// closing period, a few words before it.
pub(super) fn is_outlet_headline(line: &str) -> bool {
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
    // The last bar between spaces (a code may hold an `I`: `VIETNAMPLUS`),
    // plain or non-breaking.
    let spaced = |k: usize| {
        line.get(..k).is_some_and(|h| h.ends_with(is_space))
            && line.get(k + 1..).is_some_and(|t| t.starts_with(is_space))
    };
    let Some(bar) = memchr::memrchr2_iter(b'|', b'I', tail)
        .map(|k| from + k)
        .find(|&k| spaced(k))
    else {
        return false;
    };
    let (Some(head), Some(code)) = (line.get(..bar), line.get(bar + 1..)) else {
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
pub(super) fn teaser_at(lines: &[Line<'_>], at: usize, floor: usize) -> Option<usize> {
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
pub(super) const MAX_CLOSING_TAIL_LINES: usize = 4;

/// The longest line of headlines and tags under the closing furniture at
/// the end, in bytes.
pub(super) const MAX_CLOSING_TAIL_BYTES: usize = 200;

/// Where the headlines and tags printed last, under a line of closing
/// furniture (`Link bài gốc Lấy link ...`, `Copy link`, `Chia sẻ`), start:
/// at most [`MAX_CLOSING_TAIL_LINES`] short lines above `end`, none closed
/// by a period and none a credit, right under such a line above `floor`.
/// A related box without its heading: no line of the article follows the
/// page's closing buttons.
pub(super) fn closing_tail(lines: &[Line<'_>], floor: usize, end: usize) -> Option<usize> {
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
pub(super) fn tags_label_above(lines: &[Line<'_>], floor: usize, at: usize) -> Option<usize> {
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
pub(super) const MAX_TAG_LINES: usize = 12;

/// The longest tag, in bytes.
pub(super) const MAX_TAG_BYTES: usize = 60;

/// Whether `line` is a tags label alone (`Tags:`, `Từ khóa:`, `Từ khóa`).
pub(super) fn is_tags_label(line: &str) -> bool {
    let t = line.trim_end_matches(is_space);
    if t.ends_with(':') {
        is_furniture_of(line, Furniture::Closing)
    } else {
        t.len() <= MAX_TAG_LABEL_BYTES && crate::vocab::TAG_LABELS.whole(t).is_some()
    }
}

/// The longest tags label without a colon, in bytes.
pub(super) const MAX_TAG_LABEL_BYTES: usize = 16;

/// Whether `line` opens with an invitation to read on (`* Mời bạn đọc
/// ...`).
pub(super) fn is_invitation(line: &str) -> bool {
    // Told by the first byte past a bullet: most lines open otherwise.
    let first = line.bytes().find(|&b| !matches!(b, b'*' | b' '));
    matches!(first, Some(b'm' | b'M'))
        && crate::parse::common::word(crate::vocab::INVITATION_WORD)(bare_words(line)).is_ok()
}

/// Whether `line` heads a list at the end of an article: a related box's
/// heading (`Tin liên quan`), or a tags label alone (`Tags:`, `Từ khóa:`)
/// with the tags on the lines under it.
pub(super) fn is_list_heading(line: &str) -> bool {
    is_furniture_of(line, Furniture::Related) || is_tags_label(line)
}

/// Whether the line at `at` is a tag under the credits: a short label of
/// words alone (no credit, no digit, no colon), with a credit line over
/// it, or over up to `budget - 1` more such labels, and above `floor`.
pub(super) fn tag_over_credit(lines: &[Line<'_>], at: usize, floor: usize, budget: usize) -> bool {
    let small = |k: usize| lines.get(k).is_some_and(|l| is_small_tag(l.text));
    let mut k = at;
    for _ in 0..budget {
        // A tag in small letters stands among others (`đất đai` / `sổ
        // đỏ`): one alone under a byline is as often the rest of a line
        // broken in two (`Chia` / `sẻ bài viết`).
        let tag = lines.get(k).is_some_and(|l| {
            // After a hash or an icon (`#Giá vàng`, `📌 Hà Nội`).
            let label = trim(
                l.text
                    .trim_start_matches(|c: char| c == '#' || crate::vocab::is_pictograph(c)),
            );
            (is_label_shaped(label)
                || small(k) && (small(k + 1) || k.checked_sub(1).is_some_and(small)))
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

/// Whether `line` is a tag in small letters alone (`đất đai`, `sổ đỏ`),
/// after a hash or not (`#giá vàng`); a tag in capitals is label-shaped. A
/// piece of a word broken off the line over it (`ông xanh`, `ằng (TTXVN)`,
/// `ê Minh`) has a capital, a mark or a first word of one letter.
fn is_small_tag(line: &str) -> bool {
    let tag = line.strip_prefix('#').unwrap_or(line);
    !longer_than(tag, super::MAX_SECTION_CHARS)
        && !more_words_than(tag, super::MAX_SECTION_WORDS)
        && tag.chars().nth(1).is_some_and(letters::is_small_letter)
        && tag.chars().all(|c| c == ' ' || letters::is_small_letter(c))
}

/// The longest date stamp under the byline when the dateline stood at the
/// top (`Ngày xuất bản: Thứ Năm, 12/02/2026 - 09:41 (GMT+7)`), in bytes.
pub(super) const MAX_STAMP_BYTES: usize = 64;

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
pub(super) fn names_within(names: &[Cow<'_, str>], of: &[Cow<'_, str>]) -> bool {
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
pub(super) const COMMENT_HEAD_LINES: usize = 3;

/// Whether `under` (the lines under a comments heading) opens with a
/// comment: a page clock counting back (`2 giờ trước`) or a reply button
/// within its first [`COMMENT_HEAD_LINES`] lines, or a date alone on the
/// line right under the reader's name (`Minh Anh` / `20/11/2024 10:15`).
pub(super) fn comment_under(under: &[Line<'_>]) -> bool {
    let dated = under
        .get(1)
        .and_then(|l| dateline::find(l.text))
        .is_some_and(|f| f.head.is_none() && f.tail.is_none());
    dated
        || under.iter().take(COMMENT_HEAD_LINES).any(|l| {
            dateline::is_relative_clock(l.text)
                || crate::parse::common::is_word(trim(l.text), crate::vocab::REPLY_BUTTON)
        })
}

/// Whether `line` opens as a note under a byline does: with
/// [`crate::vocab::NOTE_MARK`], one of [`crate::vocab::NOTE_LABELS`], or a
/// part's word, its number and a colon (`Kỳ 2:`, `Bài 3:`).
fn is_note_shaped(line: &str) -> bool {
    if line.starts_with(crate::vocab::NOTE_MARK) {
        return true;
    }
    // The labels and the parts' numbers are told by their colon first.
    if !colon_near_start(line) {
        return false;
    }
    if crate::vocab::NOTE_LABELS.starting()(line).is_ok() {
        return true;
    }
    crate::vocab::PART_WORDS.starting()(line).is_ok_and(|(rest, ())| {
        let rest = rest.trim_start_matches(' ');
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && rest.get(digits..).is_some_and(|r| r.starts_with(':'))
    })
}
