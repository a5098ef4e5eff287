//! Bylines: names printed without a role (`Hoàng Lan`, `TRẦN MINH -
//! TTXVN`), with what they did after them (`Lê Hà (tổng hợp)`), a source
//! after a slash or in brackets, an agency last.

use super::*;

/// Role words in lowercase after the names (`QUỐC BẢO thực hiện`): the
/// names and the roles.
pub(super) fn roles_after(line: &str) -> Option<(&str, Vec<Role>)> {
    // A few names and a role or two: a short line.
    if line.bytes().filter(|&b| b == b' ').count() > MAX_NAME_WORDS + 2 {
        return None;
    }
    // The role of two words first (`lược dịch`, not `dịch`).
    let mut spaces = line.rmatch_indices(' ').map(|(at, _)| at);
    let (last, before_last) = (spaces.next(), spaces.next());
    for at in [before_last, last].into_iter().flatten() {
        let tail = line.get(at + 1..)?;
        if !tail.starts_with(letters::is_small_letter) {
            continue;
        }
        if let Ok((rest, roles)) = role_list(tail) {
            let names = trim(line.get(..at)?);
            // `Ảnh minh họa`: role words alone, no names.
            let no_names = role_list(names).is_ok_and(|(r, _)| trim(r).is_empty());
            // What was done to the text (`thực hiện`, `tổng hợp`, `dịch`,
            // `ghi`), not what it is: `Nghe bài`, `Lưu bài`, `Xem ảnh` are
            // buttons.
            let done = roles.iter().all(|r| {
                matches!(
                    r,
                    Role::Production | Role::Compilation | Role::Translation | Role::Editing
                ) || *r == Role::Article
                    && !crate::vocab::ARTICLE_NOUNS
                        .iter()
                        .any(|n| tail.starts_with(n))
            });
            if trim(rest).is_empty() && done && !no_names {
                return Some((names, roles));
            }
        }
    }
    None
}

/// A bare byline (`KIM XUÂN`, `Hồng Vân- Thanh Tú`, `MAI ANH (Theo Reuters)`)
/// or an outlet's name standing alone (a source).
pub(super) fn byline(full: &str) -> Option<Vec<RawCredit<'_>>> {
    let line = without_closing_separators(full);
    // `Mai Lan (*)`: the mark of a note about the author after the name.
    let line = line
        .strip_suffix(crate::vocab::FOOTNOTE_MARK)
        .map_or(line, trim);
    // `Minh Anhminhanh@bao.vn`: an address glued to the last name, cut
    // off; the credit's text keeps it.
    if let Some(at) = glued_email_at(line) {
        let mut credits = byline(line.get(..at)?)?;
        let last = credits.last_mut()?;
        let from = offset_in(line, last.text);
        if last.text.as_ptr() >= line.as_ptr() {
            last.text = line.get(from..)?;
        }
        return Some(credits);
    }
    // A sentence closed by its period and longer than the most names a
    // byline holds is none (told before the names are weighed: most lines
    // asked are the article's last paragraph).
    if !first_part_may_be_name(line)
        || (line.ends_with('.') && more_words_than(line, MAX_BYLINE_SENTENCE_WORDS))
    {
        return None;
    }
    // An outlet's name, or its code as printed (`TTXVN`), or an agency
    // abroad (`AFP`), alone: the source.
    let bare = line.trim_end_matches('.');
    let name = if crate::outlets::is_outlet_name(line) {
        Some(line)
    } else {
        crate::vocab::FOREIGN_OUTLETS.contains(bare).then_some(bare)
    };
    if let Some(name) = name {
        return Some(vec![RawCredit {
            text: line,
            roles: vec![Role::Source],
            names: vec![Cow::Borrowed(name)],
        }]);
    }
    // A desk: `Nhóm phóng viên`, `Ban Thời sự`, a period after it or not.
    let desk = if is_desk(line) {
        Some(line)
    } else {
        // With a period, a desk of a few words: a sentence there names
        // more (`Ban Giám đốc cho biết.`).
        line.strip_suffix('.').filter(|d| {
            !d.ends_with('.') && !more_words_than(d, MAX_DOTTED_DESK_WORDS) && is_desk(d)
        })
    };
    if let Some(desk) = desk {
        return Some(vec![RawCredit {
            text: without_closing_separators(full),
            roles: vec![Role::Author],
            names: vec![Cow::Borrowed(desk)],
        }]);
    }
    // `Từ Paris, Minh Anh`: where the writer writes from, before the
    // names; the credit's text keeps it.
    if let Some(names) = after_place_written_from(line) {
        let mut credits = byline(names)?;
        let first = credits.first_mut()?;
        let end = offset_in(line, first.text) + first.text.len();
        first.text = line.get(..end)?;
        return Some(credits);
    }
    let uncut = line;
    let line = without_page_clock(without_email(without_follow_button(line)));
    // An outlet's name with the page's clock after it (`Tuổi Trẻ - 2 giờ
    // trước`, as an aggregator prints the source): the source, as alone.
    if line.len() < uncut.len() && crate::outlets::is_outlet_name(line) {
        return Some(vec![RawCredit {
            text: uncut,
            roles: vec![Role::Source],
            names: vec![Cow::Borrowed(line)],
        }]);
    }
    let mut credits = byline_names(full, line)?;
    // What was cut off the end (an e-mail, a page clock) stays in the last
    // credit's text: nothing of the line is lost.
    if line.len() < uncut.len() {
        if let Some(last) = credits.last_mut() {
            let from = offset_in(uncut, last.text);
            let inside = last.text.as_ptr() >= uncut.as_ptr();
            if inside && from + last.text.len() < uncut.len() {
                last.text = uncut.get(from..).unwrap_or(last.text);
            }
        }
    }
    Some(credits)
}

/// [`byline`] of `line`, the line `full` without an e-mail or a page clock
/// after the names.
pub(super) fn byline_names<'a>(full: &'a str, line: &'a str) -> Option<Vec<RawCredit<'a>>> {
    if let Some(decided) = byline_of_form(line) {
        return decided;
    }
    let (mut names_part, mut extra) = trailing_source(line);
    // Role words after the names, bracketed or not: `Lê Hà (tổng hợp)`,
    // `QUỐC BẢO thực hiện`; the names did that, no more.
    let mut roles = vec![Role::Author];
    // A source no outlet names (`Lê Hà (theo nhiều nguồn)`) stays a source.
    if let Some(c) = extra.take_if(|c| c.names.is_empty() && c.roles != [Role::Source]) {
        roles = c.roles;
    } else if let Some((names, after)) = roles_after(names_part) {
        (names_part, roles) = (names, after);
    }
    // `Vân Anh/dulich.petrotimes.vn`, `Lê Hà/Báo Tin tức`: a name, and
    // after a slash the source it comes from; before a source in brackets
    // too (`Minh Quang/VTV.vn (Theo Kyodo)`: two sources).
    let mut slash_source = None;
    if let Some((names, source)) = name_and_source(names_part) {
        names_part = names;
        slash_source = Some(source);
    }
    if extra.is_none() {
        extra = slash_source.take();
    }
    // Up to four names: stop at the first part that is none.
    let mut names: Vec<Cow<'_, str>> = Vec::new();
    for n in self::names(names_part) {
        // `Hoàng Lan, Theo Trí Thức Trẻ`: a source after the names, the
        // rest of the line.
        if let Some(source) = (!names.is_empty() && extra.is_none())
            .then(|| later_source(names_part, n))
            .flatten()
        {
            // The separator before the source is neither's (`Minh Anh |
            // Theo Dân trí`, `Minh Anh / Theo Dân trí`).
            let at = offset_in(names_part, n);
            names_part = names_part
                .get(..at)
                .unwrap_or(names_part)
                .trim_end_matches(|c: char| {
                    is_space(c)
                        || is_dash(c)
                        || c == ','
                        || c == '/'
                        || crate::vocab::TAIL_SEPARATORS.contains(&c)
                });
            extra = Some(source);
            break;
        }
        // An outlet's channel or bureau after the names (`Minh Anh -
        // VTV24`, `Lê Hà - VTV Đà Nẵng`, `Lê Hà - VOV Giao thông`): where
        // they come from, below.
        let desk = || !names.is_empty() && is_printed_outlet(n);
        if names.len() == 4 || !(is_name(n) || is_domain(n) || desk()) {
            return None;
        }
        names.push(Cow::Borrowed(n));
    }
    if names.is_empty() {
        return None;
    }
    // `Video`, `EMAGAZINE`: the kind of the text alone, no name.
    if names.iter().all(|n| is_domain(n))
        || matches!(names.as_slice(), [n] if crate::parse::source::is_note_word(n))
    {
        return None;
    }
    // `Hoàng Lan - TTXVN`, `Lê Hà - Tuổi Trẻ`: an agency's code or an
    // outlet's name as printed after the names is where they come from, a
    // source.
    let last = self::names(names_part).last();
    if let Some(agency) =
        last.filter(|n| extra.is_none() && names.len() >= 2 && is_printed_outlet(n))
    {
        let cut = names_part.rfind(agency).unwrap_or(names_part.len());
        names_part = names_part
            .get(..cut)
            .unwrap_or(names_part)
            .trim_end_matches(|c: char| is_space(c) || is_dash(c) || c == ',');
        names.pop();
        extra = Some(RawCredit {
            text: agency,
            roles: vec![Role::Source],
            names: vec![Cow::Borrowed(agency)],
        });
    }
    let mut out = vec![RawCredit {
        text: without_closing_separators(full),
        roles,
        names,
    }];
    if let Some(mut source) = extra {
        if let Some(first) = out.first_mut() {
            first.text = trim(names_part);
        }
        source.text = source.text.trim();
        out.extend(slash_source);
        out.push(source);
    }
    Some(out)
}

/// The credits of a byline of one of the forms told before its names are
/// split: names and what they did from sources in brackets, a byline with
/// its agency in brackets and the outlet after a slash, a source after
/// `Theo`, names before what the person is (`Lan Anh (CTV)`) or where
/// they work. `Some` with the answer when the line is of such a form
/// (`None` in it: no credit), `None` when the names are to be split.
pub(super) fn byline_of_form(line: &str) -> Option<Option<Vec<RawCredit<'_>>>> {
    // `Ngọc Mai (tổng hợp từ Reuters, AFP)`, `Hải Yến (lược dịch từ CNN)`:
    // the names did that, from those sources.
    if let Some((names_part, roles, source)) = roles_from_sources(line) {
        let names = split_names(names_part);
        if !names.is_empty() && names.iter().all(|n| is_name(n)) {
            return Some(Some(vec![
                RawCredit {
                    text: names_part,
                    roles,
                    names,
                },
                source,
            ]));
        }
    }
    // `Thu Hà (TTXVN)/Báo Tin tức`: a byline with its agency in brackets,
    // then the outlet that ran it after a slash.
    let bracket_slash = memchr::memchr_iter(b')', line.as_bytes())
        .find(|&at| line.as_bytes().get(at + 1) == Some(&b'/'));
    if let Some(at) = bracket_slash {
        let (Some(head), Some(tail)) = (line.get(..=at), line.get(at + 2..).map(trim)) else {
            return Some(None);
        };
        if let Some(mut credits) =
            byline(head).filter(|_| is_outlet_like(tail) && is_source_name(tail))
        {
            credits.push(RawCredit {
                text: tail,
                roles: vec![Role::Source],
                names: vec![Cow::Borrowed(tail)],
            });
            return Some(Some(credits));
        }
    }
    // `Theo Minh Anh (Nguồn: VnExpress)`: a source before a bracketed
    // source; `Theo` opens no byline (`Theo ông Minh (Bộ Y tế)`).
    if word(SOURCE_WORD)(line).is_ok() {
        let (names_part, extra) = trailing_source(line);
        let Some(first) = source_credit(trim(names_part)) else {
            return Some(None);
        };
        let mut credits = vec![first];
        credits.extend(extra);
        return Some(Some(credits));
    }
    // `Lan Anh (CTV)`, `LAN ANH (PV)`: what the person is, in brackets;
    // `Minh Anh - Trung tâm Y tế huyện`: where they work.
    if let Some(names_part) = before_title_bracket(line).or_else(|| before_workplace(line)) {
        // A workplace alone, in parts (`Khoa Nhi, Bệnh viện Nhi Trung
        // ương`): no names before it.
        if is_workplace(names_part) {
            return Some(None);
        }
        let names = split_names(names_part);
        if !names.is_empty() && names.iter().all(|n| is_name(n) && !is_place(n)) {
            // `Minh Anh (PV TTXVN tại Paris)`, `Minh Anh - PV TTXVN tại
            // Paris`: an agency's reporter abroad; the agency is the source.
            let post = line
                .get(offset_in(line, names_part) + names_part.len()..)
                .map(|p| trim(trim(p).trim_start_matches(|c: char| is_dash(c) || c == ',')))
                .unwrap_or_default();
            let desk = strip_brackets(post).map_or(post, trim);
            if let Some(source) = super::sources::reporters_abroad(desk) {
                return Some(Some(vec![
                    RawCredit {
                        text: names_part,
                        roles: vec![Role::Author],
                        names,
                    },
                    RawCredit {
                        text: post,
                        ..source
                    },
                ]));
            }
            return Some(Some(vec![RawCredit {
                text: line,
                roles: vec![Role::Author],
                names,
            }]));
        }
    }
    None
}

/// The most words before the first separator of a byline: a title
/// (`Bác sĩ`) and a name, or an outlet's name (`Báo điện tử Đảng Cộng sản
/// Việt Nam`).
pub(super) const MAX_FIRST_PART_WORDS: usize = MAX_NAME_WORDS + 4;

/// A cheap test a byline passes: its words up to the first character that
/// may end a name (`,`, `/`, `;`, `&`, `|`, `(`, `•`, a dash) are few, as a
/// name's are, or the whole line may be an outlet's name. Sentences fail it
/// at once.
pub(super) fn first_part_may_be_name(line: &str) -> bool {
    let mut spaces = 0;
    for &b in line.as_bytes() {
        match b {
            b',' | b'/' | b';' | b'&' | b'|' | b'(' | b'-' | 0xE2 => return true,
            b' ' => {
                spaces += 1;
                if spaces >= MAX_FIRST_PART_WORDS {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// Whether `n`, after a writer's name, is the outlet they write for: a
/// registered code as printed (`TTXVN`), a channel or bureau (`VTV24`,
/// `VOV Tây Bắc`), or a registered outlet's printed name (`Tuổi Trẻ`,
/// `VOV Giao thông`, `Báo Tin tức`), which no person bears.
fn is_printed_outlet(n: &str) -> bool {
    crate::outlets::is_outlet_name(n) || is_outlet_desk(n)
}

/// The most words of a line closed by a period that may still be a
/// byline: four names of four words each.
const MAX_BYLINE_SENTENCE_WORDS: usize = 16;

/// The most words of a desk closed by a period (`Ban Thời sự.`).
const MAX_DOTTED_DESK_WORDS: usize = 3;
