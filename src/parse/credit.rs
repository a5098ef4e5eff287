//! Credit lines and the photo credits of captions.
//!
//! Role credits: `Tin, ảnh: KIM XUÂN`, `Bài và ảnh: NGỌC LAN`, `Bài: A - Ảnh: B`,
//! `Đồ họa: MINH CHÂU (nguồn Bộ Công Thương)`, `Thực hiện: ...`, a line of role
//! words alone (`Tổng hợp`). Sources: `Theo TTXVN`, `(Theo Dân trí)`,
//! `Nguồn: vietnamplus.vn`, `Nguồn Lao Động:`, `Tham khảo: CNN`. Bare bylines:
//! `KIM XUÂN`, `T.L`, `MINH HẢI - THU TRANG`, `Hồng Vân- Thanh Tú`,
//! `QUANG VINH |`, `MAI ANH (Theo Reuters)`. Names are kept as written and
//! split on ` - `, `–`, `,`, ` và `, `/`; a trailing `|` is dropped.

use super::letters;
use nom::branch::alt;
use nom::combinator::opt;
use nom::multi::separated_list1;
use nom::Parser;
use std::borrow::Cow;

use super::common::{
    ch, dash, ends_with_word, longer_than, more_words_than, offset_in, sp0, sp1, word, word_count,
    Res, Table, WordFilter,
};
use crate::model::Role;
use crate::normalize::{
    is_dash, is_space, plain_spaced, trim, CLOSE_BRACKETS, DASHES, OPEN_BRACKETS,
};
use crate::vocab::{DESKS, HONORIFICS, HONORIFIC_WORDS, OUTLET_WORDS, ROLES, SQUARE_BRACKETS};

mod bylines;
mod caption;
mod closing;
mod names;
mod pictures;
mod places;
mod roles;
mod sources;

use crate::vocab::BULLETS;
use bylines::*;
pub(crate) use caption::*;
pub(crate) use closing::*;
pub(crate) use names::*;
pub(crate) use pictures::*;
pub(crate) use places::*;
use roles::*;
use sources::*;

/// `name` without a title before it (`BS. TRẦN VŨ` gives `TRẦN VŨ`), when
/// a name follows the title.
fn without_honorific(name: &str) -> &str {
    // Most names open with no title: told by the hash of the first word.
    if !HONORIFIC_WORDS.may_start(name).0 {
        return name;
    }
    // Titles stack, spaced or not (`PGS. TS. Lê Hà`, `ThS. BS Lê Hà`).
    let mut out = name;
    for _ in 0..MAX_STACKED_TITLES {
        match after_title(out, false) {
            Some(after) => out = after,
            None => break,
        }
    }
    out
}

/// What follows the title that opens `s` (`BS.`, `PGS`, `Đại tá`), past its
/// dot and, when `comma`, the comma that must close it, when a capital
/// opens it (a name, or the next title).
fn after_title(s: &str, comma: bool) -> Option<&str> {
    let (rest, ()) = HONORIFICS.starting().parse(s).ok()?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let rest = if comma { rest.strip_prefix(',')? } else { rest };
    let after = trim(rest);
    after.starts_with(letters::is_uppercase).then_some(after)
}

/// `line` without the icons that open it (`✍️ Minh Anh`, `📌 Hà Nội`), as
/// [`credit_line`] reads it.
pub(crate) fn without_icons(line: &str) -> &str {
    trim(line.trim_start_matches(crate::vocab::is_pictograph))
}

/// The most titles stacked before a name (`GS. TS. BS Lê Hà`).
const MAX_STACKED_TITLES: usize = 3;

/// `Nhóm phóng viên`, or `Ban` or `Nhóm` and up to three words that open
/// with a capital (`Ban Thời sự`, `Nhóm Kinh tế`), not a sentence (`Ban tổ
/// chức cho biết`).
pub(crate) fn is_desk(line: &str) -> bool {
    use crate::vocab::{BOARD_WORD, GROUP_WORD};
    if DESKS.contains(line) {
        return true;
    }
    // The desk's name: a few words, a capital first.
    let named = |rest: &str| {
        let mut words = rest.split_whitespace();
        let first = words.next();
        first.is_some_and(|w| w.starts_with(letters::is_uppercase))
            && words.count() < MAX_DESK_NAME_WORDS
            && !line.ends_with(['.', ',', ':', ';', '!', '?'])
    };
    // `Ban Thời sự`, `Nhóm Thời sự`: the group's name right after its word.
    let board = |s: &str| {
        (
            alt((word(BOARD_WORD), word(GROUP_WORD))),
            super::common::sp1,
        )
            .parse(s)
            .is_ok_and(|(rest, _)| named(rest))
    };
    // `Ban Thời sự`; `PV Ban Xã hội`, `Nhóm PV Kinh tế` (not `PV Minh
    // Anh`: a title and a name).
    match DESKS.starting().parse(line) {
        Ok((rest, ())) => {
            let rest = trim(rest);
            board(rest) || (word(GROUP_WORD)(line).is_ok() && named(rest))
        }
        Err(_) => board(line),
    }
}

/// The most words of a desk's name (`Ban Văn hóa Xã hội`).
const MAX_DESK_NAME_WORDS: usize = 4;

/// The longest credit line read, in characters.
const MAX_CREDIT_CHARS: usize = 160;
/// The most words a name may have.
const MAX_NAME_WORDS: usize = 5;
/// The most words the name of an outlet opened by one of [`OUTLET_WORDS`]
/// may have (`Đài Phát thanh và Truyền hình tỉnh Quảng Ninh`).
const MAX_OUTLET_NAME_WORDS: usize = 12;
/// The longest photo credit line looked for, in bytes (`Ảnh: ` and a few names).
const MAX_PHOTO_CREDIT_BYTES: usize = 200;
/// How far from the end of a caption its photo credit may start, in bytes.
const MAX_CAPTION_CREDIT_BYTES: usize = 128;
/// The longest name, in characters.
const MAX_NAME_CHARS: usize = 48;

/// A credit found in a line, not yet placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawCredit<'a> {
    pub text: &'a str,
    pub roles: Vec<Role>,
    pub names: Vec<Cow<'a, str>>,
}

impl<'a> RawCredit<'a> {
    /// The credit placed in `whole`, the text its own text was read from,
    /// its names with their white space plain ([`plain_spaced`]).
    pub(crate) fn placed_in(self, whole: &str) -> crate::model::Credit<'a> {
        let start = offset_in(whole, self.text);
        crate::model::Credit {
            text: crate::model::Text::new(
                self.text,
                crate::model::Span::new(start, start + self.text.len()),
            ),
            roles: self.roles,
            names: {
                let mut names = self.names;
                for n in &mut names {
                    if let Some(plain) = plain_spaced(n) {
                        *n = Cow::Owned(plain);
                    }
                }
                names
            },
        }
    }
}

/// Where a credit line may stand, which decides how much it may look like a
/// sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// Among the last lines of the article: bare bylines are read too.
    End,
    /// Anywhere else: only lines that say what they are (`Ảnh:`, `Theo`).
    Labelled,
}

/// `Tin, ảnh`, `Bài và ảnh`: role words joined by `,`, `và`, `&`, `/`, `+`.
fn role_list(i: &str) -> Res<'_, Vec<Role>> {
    // Most lines open with no role word: told by the hash of the first word.
    if !ROLE_WORDS.may_start(i).0 {
        return super::common::fail(i);
    }
    let sep = (
        sp0,
        alt((
            ch(',').map(|_| ()),
            ch('&').map(|_| ()),
            ch('/').map(|_| ()),
            ch('+').map(|_| ()),
            // `Tin - ảnh: X`
            dash.map(|_| ()),
            word("và").map(|_| ()),
        )),
        sp0,
    );
    separated_list1(sep, ROLES.starting()).parse(i)
}

/// The first words of [`ROLES`], as a filter.
const ROLE_WORDS: WordFilter = WordFilter::new()
    .with(ROLES.parts[0].entries)
    .with(ROLES.parts[1].entries);

/// The words a labelled credit opens with: the first words of [`ROLES`],
/// `Theo` and `Nguồn`, as a filter.
const LABEL_OPENERS: WordFilter = WordFilter::new()
    .with(ROLES.parts[0].entries)
    .with(ROLES.parts[1].entries)
    .with(&[(SOURCE_WORD, ()), (SOURCE_LABEL, ())]);

/// `Theo`: the word that opens a source credit.
pub(crate) const SOURCE_WORD: &str = "theo";
/// `Nguồn`: the label of a source credit.
const SOURCE_LABEL: &str = "nguồn";

/// Where a line that is no credit misses its names (`Tin, ảnh:`, `Theo`,
/// `Ảnh`, `Bài: A - Ảnh:`): right after the label of the first part with nothing
/// after it (its roles and colon, `Theo` or `Nguồn:`), for the position
/// of an error. `None` when no part is a label alone.
pub(crate) fn names_missing_at(line: &str) -> Option<usize> {
    let label = |i| {
        let source = (
            alt((word(SOURCE_WORD), word(SOURCE_LABEL))),
            sp0,
            opt(ch(':')),
        );
        // Role words alone (`Ảnh`, `Tin, ảnh`) miss their names as with
        // a colon.
        let alone = (role_list, sp0, nom::combinator::eof).map(|_| ());
        alt((
            (role_list, sp0, ch(':')).map(|_| ()),
            alone,
            source.map(|_| ()),
        ))
        .parse(i)
    };
    let mut from = 0;
    loop {
        let part = crate::normalize::trim_start(line.get(from..)?);
        if let Ok((rest, ())) = label(part) {
            let next = crate::normalize::trim_start(rest);
            if next.is_empty() || next.starts_with(is_dash) {
                return Some(line.len() - next.len());
            }
        }
        // The next part, after the first dash between spaces.
        let spaced = |k: usize, c: char| {
            is_dash(c)
                && part.get(..k).is_some_and(|b| b.ends_with(' '))
                && part
                    .get(k + c.len_utf8()..)
                    .is_some_and(|a| a.starts_with(' '))
        };
        let (k, dash) = part.char_indices().find(|&(k, c)| spaced(k, c))?;
        from = line.len() - part.len() + k + dash.len_utf8();
    }
}

/// Reads one line as credits. `None` when it is not a credit line.
pub(crate) fn credit_line(line: &str, place: Place) -> Option<Vec<RawCredit<'_>>> {
    // A bullet, a dash or an icon before the credit (`• Tin, ảnh: X`, `✍️
    // Minh Anh`) is no part of it.
    let line = trim(line.trim_start_matches(|c: char| {
        BULLETS.contains(&c) || is_dash(c) || crate::vocab::is_pictograph(c)
    }));
    // A labelled credit opens with a role word, `Theo` or `Nguồn`, or a
    // bracket: most lines are told by the hash of their first word.
    if place == Place::Labelled
        && !line.starts_with(OPEN_BRACKETS)
        && !LABEL_OPENERS.may_start(line).0
    {
        return None;
    }
    if line.is_empty() || longer_than(line, MAX_CREDIT_CHARS) {
        return None;
    }
    // `Minh Anh (TTXVN).`, `Theo Lê Hà (VTC News).`: a period after the
    // bracket that closes the credit, no part of it; the last credit's
    // text keeps it.
    if let Some(head) = line.strip_suffix(").") {
        let head = line.get(..head.len() + 1)?;
        let mut credits = credit_line(head, place)?;
        let last = credits.last_mut()?;
        last.text = line.get(offset_in(line, last.text)..)?;
        return Some(credits);
    }
    // `(Theo Dân trí)`, `(Nguồn: Reuters)`: the whole line in brackets.
    if let Some(inner) = strip_brackets(line) {
        // `(TTXVN/Vietnam+)`: agencies alone in brackets are the source;
        // at the end, `(Minh Anh)`: a byline.
        let bracketed_byline = || {
            (place == Place::End)
                .then(|| byline(inner))
                .flatten()
                .filter(|c| {
                    c.iter()
                        .all(|c| c.roles == [Role::Author] && !c.names.iter().any(|n| is_place(n)))
                })
        };
        let mut credits = credit_line(inner, Place::Labelled)
            .or_else(|| agencies(inner).map(|c| vec![c]))
            .or_else(bracketed_byline)?;
        if let [only] = credits.as_mut_slice() {
            only.text = line;
        }
        return Some(credits);
    }
    // `Phóng viên` alone signs as a desk; `Phóng viên: Lê Hà` is a role.
    if let Some(c) = role_credits(line).filter(|_| !DESKS.contains(line)) {
        return Some(c);
    }
    // `PV TTXVN tại Paris`: the agency's reporters abroad.
    if let Some(c) = reporters_abroad(line) {
        return Some(vec![c]);
    }
    // `By Minh Anh`, `Bởi Minh Anh`, `Tác giả Minh Anh`: the author's label
    // without its colon labels a byline wherever it stands.
    if place == Place::Labelled {
        let author_label = role_list(line).is_ok_and(|(rest, roles)| {
            roles == [Role::Author] && rest.starts_with(is_space) && !trim(rest).starts_with(':')
        });
        if author_label {
            return byline(line).filter(|c| c.iter().all(|c| c.roles == [Role::Author]));
        }
    }
    if let Some(c) = source_credit(line) {
        return Some(vec![c]);
    }
    if let Some(c) = roles_then_sources(line) {
        return Some(c);
    }
    if place == Place::End {
        if let Some(c) = media_credit_line(line) {
            return Some(vec![c]);
        }
        if let Some(c) = byline_then_roles(line) {
            return Some(c);
        }
        if let Some(c) = byline_then_glued_source(line) {
            return Some(c);
        }
        let Some(credits) = byline(line) else {
            return bylines_with_outlets(line);
        };
        // `TTXVN/Vietnam+`, `Reuters, AFP`, `Báo Thị Trường` without
        // brackets: outlets alone are the source, as in brackets.
        let names = || credits.iter().flat_map(|c| c.names.iter());
        if names().next().is_some() && names().all(|n| is_outlet_like(n)) {
            if let Some(c) = agencies(line) {
                return Some(vec![c]);
            }
        }
        return Some(credits);
    }
    None
}

/// `Đức Minh (TTXVN) - Bích Ngọc`, `Hoàng Lan (TTXVN) - Minh Đức
/// (Vietnam+)`: writers parted by spaced dashes, an outlet in brackets after
/// a writer's name before a dash: each part's credits in turn (authors and sources only,
/// as `Minh Anh (TTXVN)` alone gives).
fn bylines_with_outlets(line: &str) -> Option<Vec<RawCredit<'_>>> {
    // A bracket closing a part right before a dash: told first. Parts
    // hold no spaced dash (each is read by [`credit_line`] alone).
    let closes_part = memchr::memchr_iter(b')', line.as_bytes()).any(|k| {
        line.get(k + 1..)
            .is_some_and(|r| r.trim_start_matches(is_space).starts_with(is_dash))
    });
    if !closes_part {
        return None;
    }
    spaced_dash(line)?;
    let mut credits = Vec::new();
    let mut rest = line;
    for _ in 0..MAX_BYLINE_PARTS {
        let at = spaced_dash(rest);
        let part = trim(rest.get(..at.map_or(rest.len(), |(start, _)| start))?);
        let found = byline(part).or_else(|| {
            credit_line(part, Place::End).filter(|c| {
                c.iter()
                    .all(|c| c.roles == [Role::Author] || c.roles == [Role::Source])
            })
        })?;
        if found.iter().any(|c| c.names.is_empty()) {
            return None;
        }
        credits.extend(found);
        match at {
            Some((_, end)) => rest = rest.get(end..)?,
            None => return (credits.len() > 1).then_some(credits),
        }
    }
    None
}

/// The most writers of [`bylines_with_outlets`].
const MAX_BYLINE_PARTS: usize = 4;

/// Where the first dash with spaces on both sides stands in `s`: its start
/// and the end of the spaces after it.
fn spaced_dash(s: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(k) = s.get(from..)?.find(is_dash) {
        let at = from + k;
        let dash_len = s.get(at..)?.chars().next()?.len_utf8();
        let before = s.get(..at)?;
        let after = s.get(at + dash_len..)?;
        if before.ends_with(is_space) && after.starts_with(is_space) {
            let start = before.trim_end_matches(is_space).len();
            let end = s.len() - after.trim_start_matches(is_space).len();
            return Some((start, end));
        }
        from = at + dash_len;
    }
    None
}

/// `Bích Ngọc - Video: Hồng Anh`, `MINH ANH | Ảnh: LÊ HÀ`: a bare byline,
/// then role credits after a dash, a bar or a semicolon.
fn byline_then_roles(line: &str) -> Option<Vec<RawCredit<'_>>> {
    let (head, Some(next)) = split_next_credit(line) else {
        return None;
    };
    let head = trim(head);
    let mut credits = byline(head)?;
    credits.extend(role_credits(next)?);
    Some(credits)
}

/// `Minh AnhTheo VnExpress`: a bare byline, then its source glued to it
/// (a page's two spans read with nothing between them).
fn byline_then_glued_source(line: &str) -> Option<Vec<RawCredit<'_>>> {
    // Told by the capital of the word's first letter first.
    let first = SOURCE_WORD.as_bytes().first()?.to_ascii_uppercase();
    memchr::memchr_iter(first, line.as_bytes()).find_map(|at| {
        let (head, tail) = line.split_at_checked(at)?;
        word(SOURCE_WORD)(tail).ok()?;
        let head = trim(head);
        if !letters::is_glued_at(line, at) || !crate::parse::article::words_glued_to(head) {
            return None;
        }
        let source = source_credit(tail)?;
        let mut credits = byline(head)?;
        credits.push(source);
        Some(credits)
    })
}

/// `inner` when `s` is `(inner)` with ASCII or full-width brackets, or
/// `[inner]`.
fn strip_brackets(s: &str) -> Option<&str> {
    let mut chars = s.chars();
    let open = chars.next()?;
    let close = chars.next_back()?;
    let square = (open, close) == SQUARE_BRACKETS;
    if !square && (!OPEN_BRACKETS.contains(&open) || !CLOSE_BRACKETS.contains(&close)) {
        return None;
    }
    let inner = s.get(open.len_utf8()..s.len() - close.len_utf8())?;
    if inner.contains(|c: char| is_bracket(c)) {
        return None;
    }
    Some(trim(inner))
}

/// Whether `c` opens or closes brackets, round, full-width or square.
fn is_bracket(c: char) -> bool {
    OPEN_BRACKETS.contains(&c)
        || CLOSE_BRACKETS.contains(&c)
        || c == SQUARE_BRACKETS.0
        || c == SQUARE_BRACKETS.1
}

/// `NAMES (ROLES từ SOURCES)`, `NAMES (ROLES theo SOURCES)`: the names, the
/// roles they had, and the sources as a credit of their own.
fn roles_from_sources(line: &str) -> Option<(&str, Vec<Role>, RawCredit<'_>)> {
    let t = trim(line);
    let open = rfind_open_bracket(t)?;
    let (before, bracket) = t.split_at_checked(open)?;
    let inner = strip_brackets(trim(bracket))?;
    let (rest, roles) = role_list(inner).ok()?;
    if roles.contains(&Role::Source) {
        return None;
    }
    let names = sources_after_roles(rest)?;
    if trim(before).is_empty() {
        return None;
    }
    let source = RawCredit {
        text: trim(bracket),
        roles: vec![Role::Source],
        names,
    };
    Some((trim(before), roles, source))
}

/// The sources after role words (` từ Reuters, AFP`, ` theo CNN`, `/Reuters`,
/// `, theo AP` and `; theo AP` after a comma or a semicolon): their names,
/// each a source's; none for sources no outlet names (` từ nhiều nguồn`),
/// where it was found as printed (` từ Internet`).
fn sources_after_roles(rest: &str) -> Option<Vec<Cow<'_, str>>> {
    let from = alt((word(crate::vocab::RANGE_FROM), word(SOURCE_WORD)));
    let (sources, _) = alt((
        (opt(alt((ch(','), ch(';')))), sp1, from, sp1).map(|_| ()),
        (sp0, ch('/'), sp0).map(|_| ()),
    ))
    .parse(rest)
    .ok()?;
    let whole = trim(sources).trim_end_matches('.');
    if let Some(found) = crate::vocab::UNNAMED_SOURCES.whole(whole) {
        return Some(if found {
            vec![Cow::Borrowed(whole)]
        } else {
            Vec::new()
        });
    }
    let names: Vec<Cow<'_, str>> = self::names(sources).map(Cow::Borrowed).collect();
    (!names.is_empty() && names.iter().all(|n| is_source_name(n))).then_some(names)
}

/// What was done to the text, then the sources it was done from, with no
/// names (`Lược dịch theo The Guardian`, `Tổng hợp từ Reuters, AFP`, as
/// `Hải Yến (lược dịch từ CNN)` without the name; `Tổng hợp/Reuters`): the
/// roles, then the sources (`theo The Guardian`).
fn roles_then_sources(line: &str) -> Option<Vec<RawCredit<'_>>> {
    // A role or two and a few sources: a short line, opened by one of
    // the roles' first letters (`dịch`, `biên dịch`, `lược dịch`, `tổng
    // hợp`, `sưu tầm`), `theo`, `từ` or a slash in it.
    let opens = line
        .bytes()
        .next()
        .is_some_and(|b| matches!(b | 0x20, b'b' | b'd' | b'l' | b's' | b't'));
    if line.len() > MAX_ROLES_THEN_SOURCES_BYTES
        || !opens
        || !(line.contains(" theo ") || line.contains(" từ ") || line.contains('/'))
    {
        return None;
    }
    let (rest, roles) = role_list(line).ok()?;
    if !roles
        .iter()
        .all(|r| matches!(r, Role::Compilation | Role::Translation))
    {
        return None;
    }
    let names = sources_after_roles(rest)?;
    let done = trim(line.get(..line.len() - rest.len())?);
    Some(vec![
        RawCredit {
            text: done,
            roles,
            names: Vec::new(),
        },
        RawCredit {
            text: trim(rest),
            roles: vec![Role::Source],
            names,
        },
    ])
}

/// The longest [`roles_then_sources`] line, in bytes.
const MAX_ROLES_THEN_SOURCES_BYTES: usize = 96;

/// The offset of the last opening bracket of `s`, `(` or `（` (EF BC 88),
/// found by its last byte.
fn rfind_open_bracket(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr2(b'(', 0x88, b.get(..end)?) {
        if b.get(i) == Some(&b'(') {
            return Some(i);
        }
        if i >= 2 && b.get(i - 2..i) == Some(&[0xEF, 0xBC]) {
            return Some(i - 2);
        }
        end = i;
    }
    None
}

/// `Theo TTXVN`, `Theo TTXVN- Thanh Niên`, `Nguồn: X`, `Nguồn Lao Động:`,
/// `Nguồn Thanh Niên: https://...`.
fn source_credit(line: &str) -> Option<RawCredit<'_>> {
    let line = trim(line);
    let names_part = if let Ok((rest, _)) = word(SOURCE_WORD)(line) {
        // `Theo: VnExpress`: a colon after the word, as after a label.
        let rest = trim(rest);
        rest.strip_prefix(':').map_or(rest, trim)
    } else if let Ok((rest, _)) = word(SOURCE_LABEL)(line) {
        let rest = trim(rest);
        match rest.strip_prefix(':') {
            Some(r) => trim(r),
            // `Nguồn Lao Động:`, `Nguồn Thanh Niên: <url>`, `(nguồn Bộ Công Thương)`.
            None => {
                let (name, after) = rest.split_once(':').unwrap_or((rest, ""));
                // `Nguồn clip: VTV`: the source of a piece of the page, its
                // role words before the colon, its names after it.
                let after = trim(after);
                if !after.is_empty() {
                    if let Some(roles) = roles_named_as_source(&[Cow::Borrowed(trim(name))]) {
                        // Names as a role's are, or sources' (`VTV`); a
                        // sentence there is no credit.
                        let names: Vec<&str> = self::names(after).collect();
                        let named = |n: &&str| is_name(n) || is_desk(n) || is_source_name(n);
                        return names.iter().all(named).then(|| RawCredit {
                            text: line,
                            roles,
                            names: names.into_iter().map(Cow::Borrowed).collect(),
                        });
                    }
                }
                trim(name)
            }
        }
    } else {
        return None;
    };
    // `Nguồn: https://vtv.vn/...`: the address, whole, names the source.
    if crate::parse::article::is_link(names_part) {
        return Some(RawCredit {
            text: line,
            roles: vec![Role::Source],
            names: vec![Cow::Borrowed(names_part)],
        });
    }
    let names_part = without_share_button(names_part);
    let mut names = Vec::new();
    let mut roles = vec![Role::Source];
    // `Theo Minh Đức (TTXVN/Vietnam+)`: a bracket closing the names holds
    // names of its own.
    let (names_part, closing) = match rfind_open_bracket(names_part) {
        Some(open) if names_part.ends_with(CLOSE_BRACKETS) => {
            let (before, bracket) = names_part.split_at_checked(open)?;
            (trim(before), strip_brackets(trim(bracket)))
        }
        _ => (names_part, None),
    };
    // `Theo Minh Ngọc (Tổng hợp)`: a bracket of roles alone says what the
    // names did, as `MINH HƯƠNG(tổng hợp)` does glued to a name.
    let closing = match closing.map(role_list) {
        Some(Ok((rest, more))) if trim(rest).is_empty() && !more.contains(&Role::Source) => {
            roles.extend(more);
            None
        }
        _ => closing,
    };
    for part in self::names(names_part).chain(closing.into_iter().flat_map(self::names)) {
        // `MỘC LAN (VTC News)`, `MINH HƯƠNG(tổng hợp)`
        match part.find(|c: char| OPEN_BRACKETS.contains(&c)) {
            Some(open) => {
                let (name, bracket) = part.split_at_checked(open)?;
                names.push(Cow::Borrowed(trim(name)));
                let inner = strip_brackets(trim(bracket))?;
                match role_list(inner) {
                    Ok((rest, more)) if trim(rest).is_empty() => roles.extend(more),
                    _ => names.push(Cow::Borrowed(inner)),
                }
            }
            // `Theo PV TTXVN tại Paris`: the agency, its bureau in the text.
            None => names.push(Cow::Borrowed(outlet_at_bureau(part).unwrap_or(part))),
        }
    }
    if roles == [Role::Source] {
        if let Some(done) = roles_named_as_source(&names) {
            return Some(RawCredit {
                text: line,
                roles: done,
                names: Vec::new(),
            });
        }
    }
    // `Theo nhiều nguồn`, `(theo các nguồn tin)`: a source no outlet
    // names; `Nguồn: Internet`, `Theo mạng xã hội`: where it was found,
    // named as printed.
    if let [only] = names.as_slice() {
        if let Some(found) = crate::vocab::UNNAMED_SOURCES
            .whole(only)
            .filter(|_| roles == [Role::Source])
        {
            if !found {
                names.clear();
            }
            return Some(RawCredit {
                text: line,
                roles,
                names,
            });
        }
    }
    if names.is_empty() || !names.iter().all(|n| is_source_name(n)) {
        return None;
    }
    Some(RawCredit {
        text: line,
        roles,
        names,
    })
}

/// The roles a source's one name is made of (`Nguồn: Tổng hợp`, `(Theo
/// tổng hợp)`): what was done, by no one named; `None` for a name.
fn roles_named_as_source(names: &[Cow<'_, str>]) -> Option<Vec<Role>> {
    let [only] = names else { return None };
    let (after, done) = role_list(only).ok()?;
    (trim(after).is_empty() && !done.contains(&Role::Source)).then_some(done)
}

/// A role's label alone on its line, its names on the line under it
/// (`Tin, ảnh:` over `KIM XUÂN`, `Nguồn:` over a link, `Theo` over
/// `VnExpress`), as a scraper parts an inline name from its label: a
/// credit of the label's roles and no names.
pub(crate) fn label_alone(line: &str) -> Option<RawCredit<'_>> {
    let text = trim(line);
    // Told by its last byte: a colon, a comma, or the `o` of `Theo`.
    if text.len() > MAX_LABEL_BYTES
        || !matches!(text.as_bytes().last(), Some(b':' | b',' | b'o' | b'O'))
    {
        return None;
    }
    // `Tác giả,` over `Minh Anh`: a label printed for screen readers, its
    // comma for the colon.
    if let Some(words) = text.strip_suffix(',') {
        crate::vocab::COMMA_LABELS.whole(trim(words))?;
        let (_, roles) = role_list(trim(words)).ok()?;
        return Some(RawCredit {
            text,
            roles,
            names: Vec::new(),
        });
    }
    // `Theo`, with its colon or not (`Theo:` over a list of outlets).
    let source = |words: &str| {
        word(SOURCE_WORD)(words)
            .is_ok_and(|(rest, _)| rest.is_empty())
            .then(|| vec![Role::Source])
    };
    let roles = match text.strip_suffix(':') {
        Some(words) => match role_list(trim(words)) {
            Ok((rest, roles)) if trim(rest).is_empty() => roles,
            _ => source(trim(words))?,
        },
        None => source(text)?,
    };
    Some(RawCredit {
        text,
        roles,
        names: Vec::new(),
    })
}

/// The credits of a line whose last credit is a role's label cut off from
/// its names (`Bài: Minh Anh - Ảnh:`, the names on the line under it).
pub(crate) fn closed_by_label(line: &str) -> Option<Vec<RawCredit<'_>>> {
    let line = trim(line);
    // Told by the colon that closes it first.
    if !line.ends_with(':') {
        return None;
    }
    // The label after the last mark that parts two credits (` - `, `;`,
    // `|`, `*`, `•`, `·`; not the comma between roles, `Tin, ảnh:`), the
    // labelled credits with their names before it.
    let parts = |c: char| is_dash(c) || (c != ',' && roles::CREDIT_PARTS_CUT.contains(&c));
    let tail_from = line.len().saturating_sub(MAX_LABEL_BYTES + 1);
    let cut = line
        .char_indices()
        .rev()
        .take_while(|&(i, _)| i >= tail_from)
        .find(|&(_, c)| parts(c))?
        .0;
    let label = label_alone(line.get(cut..)?.trim_start_matches(parts))?;
    let mut credits = credit_line(line.get(..cut)?, Place::Labelled)?;
    // Named, and by what the names did: a code in brackets alone (`(CT) -
    // Tin, ảnh:`, a marker's form) is none.
    if credits.iter().any(|c| c.names.is_empty())
        || credits.iter().all(|c| c.roles == [Role::Source])
    {
        return None;
    }
    credits.push(label);
    Some(credits)
}

/// The credit of `line` read under the role's label `label` alone on the
/// line over it (`Báo Tin tức` under `Theo`, `Minh Anh (Hà Nội)` under
/// `Tác giả:`): one credit, its names found in `line`, its text the line.
pub(crate) fn under_label<'a>(label: &str, line: &'a str) -> Option<RawCredit<'a>> {
    let joined = format!("{label} {}", trim(line));
    let [c] = <[RawCredit<'_>; 1]>::try_from(credit_line(&joined, Place::End)?).ok()?;
    let names = c
        .names
        .iter()
        .map(|n| {
            let at = line.find(n.as_ref())?;
            line.get(at..at + n.len()).map(Cow::Borrowed)
        })
        .collect::<Option<Vec<_>>>()?;
    (!names.is_empty()).then(|| RawCredit {
        text: trim(line),
        roles: c.roles,
        names,
    })
}

/// The longest role's label alone on a line (`Bài và ảnh:`, `Nguồn tham
/// khảo:`), in bytes.
const MAX_LABEL_BYTES: usize = 40;

/// The outlet alone on the line under `Theo Lê Hà` (`Nhịp sống kinh
/// tế`, `Tạp chí Doanh nghiệp`), `above` the line over it: a source credit
/// of its own. A few words opening with a capital, no digit, no colon and
/// no sentence end; the line over it names one source (`Theo Lê Hà (Tiền
/// Phong)` names its outlet already: a tag under it is no outlet).
pub(crate) fn outlet_under_source<'a>(line: &'a str, above: &str) -> Option<RawCredit<'a>> {
    let text = trim(line);
    // `Pháp luật TP Hồ Chí Minh.`: a period closing the name is no part
    // of it (the credit's text keeps it).
    let line = text.strip_suffix('.').unwrap_or(text);
    // Short, under `Theo`: told before the line's words are counted.
    if line.len() > MAX_NAME_CHARS * 4 || word(SOURCE_WORD)(trim(above)).is_err() {
        return None;
    }
    let shaped = line.starts_with(letters::is_uppercase)
        && !more_words_than(line, MAX_OUTLET_WORDS)
        && !longer_than(line, MAX_NAME_CHARS)
        && !line.contains(|c: char| c.is_ascii_digit() || c == ':' || c == '|')
        && !line.ends_with(crate::vocab::SENTENCE_ENDS)
        && !line.contains(crate::vocab::NOT_IN_NAMES);
    let under_theo =
        || source_credit(above).is_some_and(|c| c.roles == [Role::Source] && c.names.len() == 1);
    (shaped && under_theo()).then(|| RawCredit {
        text,
        roles: vec![Role::Source],
        names: vec![Cow::Borrowed(line)],
    })
}

/// The most words of an outlet's name alone on a line.
const MAX_OUTLET_WORDS: usize = 6;

#[cfg(test)]
mod tests;
