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
use nom::multi::separated_list1;
use nom::Parser;
use std::borrow::Cow;

use super::common::{
    ch, dash, is_word, longer_than, offset_in, sp0, sp1, word, word_count, Res, Table, WordFilter,
};
use crate::model::Role;
use crate::normalize::{is_dash, is_space, trim, CLOSE_BRACKETS, DASHES, OPEN_BRACKETS};
use crate::vocab::{DESKS, HONORIFICS, HONORIFIC_WORDS, OUTLET_WORDS, ROLES, SQUARE_BRACKETS};

mod caption;
mod names;
mod sources;

use crate::vocab::BULLETS;
pub(crate) use caption::*;
pub(crate) use names::*;
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
        let Ok((rest, _)) = HONORIFICS.starting().parse(out) else {
            break;
        };
        // The title ends at a dot or a space, and a capital opens the name.
        let after = trim(rest.strip_prefix('.').unwrap_or(rest));
        if !after.starts_with(letters::is_uppercase) {
            break;
        }
        out = after;
    }
    out
}

/// The most titles stacked before a name (`GS. TS. BS Lê Hà`).
const MAX_STACKED_TITLES: usize = 3;

/// `Nhóm phóng viên`, or `Ban` or `Nhóm` and up to three words that open
/// with a capital (`Ban Thời sự`, `Nhóm Kinh tế`), not a sentence (`Ban tổ
/// chức cho biết`).
fn is_desk(line: &str) -> bool {
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

/// Reads one line as credits. `None` when it is not a credit line.
pub(crate) fn credit_line(line: &str, place: Place) -> Option<Vec<RawCredit<'_>>> {
    // A bullet or a dash before the credit (`• Tin, ảnh: X`) is no part of it.
    let line = trim(line.trim_start_matches(|c: char| BULLETS.contains(&c) || is_dash(c)));
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

/// `Tin, ảnh: KIM XUÂN`, `Bài: A - Ảnh: B`, `Tổng hợp`, `Ghi chép của Minh
/// Anh`.
fn role_credits(line: &str) -> Option<Vec<RawCredit<'_>>> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        let (after_roles, roles) = role_list(rest).ok()?;
        let (after_roles, _) = sp0(after_roles).ok()?;
        if after_roles.is_empty() && out.is_empty() {
            // Desks alone sign as names (`PV - CTV`, `PV/CTV`), as one
            // does; they are split as the role words were.
            let desks_alone = rest
                .split(|c: char| matches!(c, ',' | '&' | '/' | '+') || is_dash(c))
                .all(|n| DESKS.contains(trim(n)));
            if desks_alone {
                return None;
            }
            // Role words alone: `Tổng hợp`.
            if roles.iter().all(|r| *r != Role::Source) {
                out.push(RawCredit {
                    text: rest,
                    roles,
                    names: Vec::new(),
                });
                return Some(out);
            }
            return None;
        }
        // `Ghi chép của Minh Anh`: the genre's `của` for a colon, first.
        let of = || {
            let (names, _) = word(crate::vocab::OF)(after_roles).ok()?;
            (out.is_empty() && names.starts_with(is_space)).then_some(names)
        };
        let names_part = after_roles.strip_prefix(':').or_else(of)?;
        // The next credit of the same line starts at ` - Ảnh:`, `; Ảnh:`, `, Ảnh:`.
        let (names_part, next) = split_next_credit(names_part);
        let names_part = without_email(names_part);
        let text = trim(rest.get(..rest.len() - next.map_or(0, str::len))?);
        let text =
            trim(text.trim_end_matches(|c: char| matches!(c, ';' | ',' | '|') || is_dash(c)));
        // `Bài và ảnh: Minh Anh (Quảng Ninh)`, `Ảnh: Lê Hà (CTV)`: the
        // place written from or the writer's post, as after a bare byline,
        // stays in the credit's text; else a source may close the names.
        let (names_part, extra) =
            match before_title_bracket(names_part).or_else(|| before_workplace(names_part)) {
                Some(names) => (names, None),
                None => trailing_source(names_part),
            };
        // With a source in brackets after the names, the credit's text stops
        // before the bracket, which is the source credit's text.
        let text = match extra {
            Some(_) => {
                let end = offset_in(rest, names_part) + names_part.len();
                trim(rest.get(..end).unwrap_or(text))
            }
            None => text,
        };
        // `Nguồn tham khảo: https://...`: the address, whole, names the
        // source, as after `Nguồn:`.
        let address = trim(names_part);
        let link = roles == [Role::Source] && crate::parse::article::is_link(address);
        let names = if link {
            vec![Cow::Borrowed(address)]
        } else {
            split_names(names_part)
        };
        let done = (roles == [Role::Source])
            .then(|| roles_named_as_source(&names))
            .flatten();
        let named = |n: &Cow<'_, str>| {
            is_name(n) || is_desk(n) || (roles.contains(&Role::Source) && is_source_name(n))
        };
        let credit = match done {
            Some(done) => RawCredit {
                text,
                roles: done,
                names: Vec::new(),
            },
            None if names.is_empty() || (!link && !names.iter().all(named)) => return None,
            None => RawCredit { text, roles, names },
        };
        out.push(credit);
        if let Some(source) = extra {
            out.push(source);
        }
        match next {
            Some(n) => rest = n,
            None => return Some(out),
        }
    }
}

/// A name with its white space plain: a non-breaking or other wide space
/// is a space, an invisible character (a zero-width space, a soft hyphen)
/// is dropped (`Minh\u{a0}Anh` is `Minh Anh`); `None` when it is plain.
fn plain_spaced(name: &str) -> Option<String> {
    let odd = |c: char| c != ' ' && is_space(c);
    // Told by the first bytes of those characters first (U+0085 to U+00AD
    // open with C2, U+2000 to U+2060 with E2, U+3000 with E3, U+FEFF with
    // EF).
    let may = name.bytes().any(|b| matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF));
    if !may || !name.contains(odd) {
        return None;
    }
    Some(
        name.chars()
            .filter(|c| !crate::vocab::INVISIBLES.contains(c))
            .map(|c| if odd(c) { ' ' } else { c })
            .collect(),
    )
}

/// Splits `names` before a following credit of roles: after a dash, `;`,
/// `,`, `|`, `/` or a period (`Bài: Minh Anh - Ảnh: Quang Huy`, `Bài: Minh
/// Anh / Ảnh: Quang Huy`, `Bài: Minh Anh. Ảnh: Quang Huy`), or after a
/// space alone when the role word is capitalized (`Bài: Minh Anh Ảnh:
/// Quang Huy`, where a page's line break was lost).
fn split_next_credit(names: &str) -> (&str, Option<&str>) {
    // A credit of roles needs its colon: most names parts have none.
    if memchr::memchr(b':', names.as_bytes()).is_none() {
        return (names, None);
    }
    for (idx, c) in names.char_indices() {
        let spaced = is_space(c);
        if !(is_dash(c) || spaced || matches!(c, ';' | ',' | '|' | '/' | '.')) {
            continue;
        }
        let Some(after) = names.get(idx + c.len_utf8()..) else {
            continue;
        };
        let candidate = after.trim_start_matches(is_space);
        // Names must stand before (`Nguồn: Tổng hợp – TH: THPL` is no
        // empty source before `Tổng hợp – TH:`).
        let before = names.get(..idx).unwrap_or_default();
        if (spaced && !candidate.chars().next().is_some_and(letters::is_uppercase))
            || trim(before).is_empty()
        {
            continue;
        }
        if let Ok((r, _)) = role_list(candidate) {
            if sp0(r).is_ok_and(|(r, _)| r.starts_with(':')) {
                return (names.get(..idx).unwrap_or(names), Some(candidate));
            }
        }
    }
    (names, None)
}

/// `MINH CHÂU (nguồn Bộ Công Thương)`, `MAI ANH (Theo Reuters)`: the names and
/// the source credit in brackets after them.
fn trailing_source(names: &str) -> (&str, Option<RawCredit<'_>>) {
    let t = trim(names);
    let Some(open) = rfind_open_bracket(t) else {
        return (names, None);
    };
    let (before, bracket) = t.split_at_checked(open).unwrap_or((t, ""));
    let Some(inner) = strip_brackets(trim(bracket)) else {
        return (names, None);
    };
    // `(Theo Reuters)`, `(nguồn X)`, or role words alone: `(tổng hợp)`, `(t/h)`.
    let roles_only = role_list(inner)
        .ok()
        .filter(|(rest, _)| trim(rest).is_empty())
        .map(|(_, roles)| RawCredit {
            text: inner,
            roles,
            names: Vec::new(),
        });
    let source = source_credit(inner)
        .or(roles_only)
        .or_else(|| agencies(inner))
        .map(|mut c| {
            c.text = trim(bracket);
            c
        });
    match source {
        Some(s) if !trim(before).is_empty() => (before, Some(s)),
        _ => (names, None),
    }
}

/// What stands before a bracket that closes `line` and holds a title alone
/// (`(CTV)`, `(PV)`, `(BTV)`), where the writer works (`TS. Lê Hà (Đại học
/// Y Hà Nội)`, `Minh Anh (Trung tâm Văn hóa tỉnh)`, not an outlet) or the
/// province or city they write from (`Lê Hà (Quảng Ninh)`, one of
/// [`crate::vocab::PLACES`]): the names of its author.
fn before_title_bracket(line: &str) -> Option<&str> {
    let t = trim(line);
    let open = rfind_open_bracket(t)?;
    let (before, bracket) = t.split_at_checked(open)?;
    let (before, inner) = (trim(before), trim(strip_brackets(trim(bracket))?));
    ((is_post(inner)
        || is_reporter_post(inner)
        || is_office(inner)
        || is_workplace(inner)
        || is_place(inner)
        || is_local_place(inner)
        || is_place_in_province(inner)
        || is_place_written_from(inner))
        && !before.is_empty())
    .then_some(before)
}

/// A place and the province or city it lies in, after commas (`Hà Đông,
/// Hà Nội`, `Quận 7, TP.HCM`, `Phường 3, Quận 5, TP.HCM`): a few
/// capitalized words each, no digit but in a local unit's number, the last
/// one of [`crate::vocab::PLACES`] or a local unit.
fn is_place_in_province(s: &str) -> bool {
    const MAX_PARTS: usize = 3;
    const MAX_PART_WORDS: usize = 4;
    let Some((head, last)) = s.rsplit_once(',') else {
        return false;
    };
    let last = trim(last);
    (is_place(last) || is_local_place(last))
        && head.split(',').count() < MAX_PARTS
        && head.split(',').all(|part| {
            let part = trim(part);
            is_local_place(part)
                || (part.starts_with(letters::is_uppercase)
                    && word_count(part) <= MAX_PART_WORDS
                    && !part.contains(|c: char| c.is_ascii_digit()))
        })
}

/// A local unit by its kind and its name or number (`Quận 7`, `Phường Bến
/// Nghé`, `TP Thủ Đức`, `Huyện Củ Chi`): one of
/// [`crate::vocab::ADMINISTRATIVE_UNITS`], capitalized, then after a space
/// or a period a capital or a digit, a few words in all.
fn is_local_place(s: &str) -> bool {
    const MAX_WORDS: usize = 5;
    s.starts_with(letters::is_uppercase)
        && word_count(s) <= MAX_WORDS
        && crate::vocab::ADMINISTRATIVE_UNITS
            .starting()
            .parse(s)
            .is_ok_and(|(rest, ())| {
                let named = trim(rest.strip_prefix('.').unwrap_or(rest));
                named.len() < rest.len()
                    && named.starts_with(|c: char| letters::is_uppercase(c) || c.is_ascii_digit())
            })
}

/// Where the writer writes from, after `từ` (`từ Paris`, `từ Hà Nội`,
/// `gửi từ Paris`): a few words that open with a capital, no digit.
fn is_place_written_from(s: &str) -> bool {
    const MAX_PLACE_WORDS: usize = 4;
    let sent = nom::combinator::opt((word(crate::vocab::SENT), super::common::sp1));
    (sent, word(crate::vocab::RANGE_FROM), super::common::sp1)
        .parse(s)
        .is_ok_and(|(place, _)| {
            place.starts_with(letters::is_uppercase)
                && word_count(place) <= MAX_PLACE_WORDS
                && !place.contains(|c: char| c.is_ascii_digit() || c == ',')
        })
}

/// The names after where the writer writes from, opened by `Từ` and
/// closed by a comma (`Từ Paris, Minh Anh`): a known place only, since
/// `Từ` is also a family name (`Từ Minh, Lê Hà` names two people).
fn after_place_written_from(line: &str) -> Option<&str> {
    let (rest, _) = (word(crate::vocab::RANGE_FROM), super::common::sp1)
        .parse(line)
        .ok()?;
    let (place, names) = rest.split_once(',')?;
    let names = trim(names);
    (is_place(trim(place)) && !names.is_empty()).then_some(names)
}

/// A title or a desk alone (`CTV`, `Phóng viên`, `Cộng tác viên`, `PV`):
/// what the writer is, as pages print it in brackets after the name or on
/// the line under it.
pub(crate) fn is_post(s: &str) -> bool {
    HONORIFICS.contains(s) || DESKS.contains(s)
}

/// A post alone on the line under a byline (`Phóng viên`), or with its
/// desk or where it is held (`Phóng viên Ban Thời sự`, `Phóng viên thường
/// trú tại Huế`): no name (`Phóng viên Hà Anh` names one).
pub(crate) fn is_post_line(s: &str) -> bool {
    is_post(s)
        || (is_reporter_post(s)
            && DESKS.starting()(s).is_ok_and(|(rest, ())| {
                let rest = trim(rest);
                rest.starts_with(letters::is_small_letter) || is_desk(rest)
            }))
}

/// A reporter's post, in brackets after the name or after a dash or a
/// comma: a desk, then where (`Phóng viên thường trú tại Huế`, `PV TTXVN
/// tại Paris`).
pub(crate) fn is_reporter_post(s: &str) -> bool {
    DESKS.starting()(s).is_ok_and(|(rest, _)| rest.starts_with(is_space))
        && word_count(s) <= MAX_WORKPLACE_WORDS
        && !s.contains(|c: char| c.is_ascii_digit())
}

/// Where a person works, in brackets or after a dash after a name, or on
/// the line under a byline: a few words that open with a kind of
/// workplace in capitals (`Đại học Y Hà Nội`, `Bệnh viện Bạch Mai`, `Bệnh
/// viện 108`, see [`after_kind`]); an outlet (`(Báo Lao Động)`) is a
/// source.
pub(crate) fn is_workplace(s: &str) -> bool {
    after_kind(s, &crate::vocab::WORKPLACES).is_some()
}

/// Whether `s` is an office and where it is held (`Giám đốc Sở Y tế`,
/// `Hiệu trưởng Trường THPT Chu Văn An`): one of [`crate::vocab::OFFICES`],
/// capitalized, then a few words, no digit but a short closing number
/// (see [`after_kind`]).
pub(crate) fn is_office(s: &str) -> bool {
    after_kind(s, &crate::vocab::OFFICES)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(is_space))
}

/// What follows the kind of `kinds` that opens `s`, capitalized, when `s`
/// is a few words with no digit but a short number closing them, as
/// hospitals are named (`Bệnh viện Trung ương Quân đội 108`; a year is no
/// part of a workplace): a workplace, an office after a name.
fn after_kind<'s>(s: &'s str, kinds: &'static Table<()>) -> Option<&'s str> {
    if !s.starts_with(letters::is_uppercase) {
        return None;
    }
    // The kind first: most lines open with none, told by the table's
    // first letters.
    let (rest, ()) = kinds.starting().parse(s).ok()?;
    let (head, last) = s.rsplit_once(' ').unwrap_or(("", s));
    let numbered =
        last.len() <= MAX_WORKPLACE_NUMBER_DIGITS && last.bytes().all(|b| b.is_ascii_digit());
    let digits_in = |t: &str| t.bytes().any(|b| b.is_ascii_digit());
    (s.split_whitespace().count() <= MAX_WORKPLACE_WORDS
        && !digits_in(head)
        && (numbered || !digits_in(last)))
    .then_some(rest)
}

/// The most digits of the number that closes a workplace's name (`Bệnh
/// viện 108`).
const MAX_WORKPLACE_NUMBER_DIGITS: usize = 3;

/// The most words a workplace after a titled name has (`Bệnh viện Đa khoa
/// tỉnh Cà Mau`).
const MAX_WORKPLACE_WORDS: usize = 10;

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

/// The sources after role words (` từ Reuters, AFP`, ` theo CNN`): their
/// names, each a source's.
fn sources_after_roles(rest: &str) -> Option<Vec<Cow<'_, str>>> {
    let from = alt((word(crate::vocab::RANGE_FROM), word(SOURCE_WORD)));
    let (sources, _) = (sp1, from, sp1).parse(rest).ok()?;
    let names: Vec<Cow<'_, str>> = self::names(sources).map(Cow::Borrowed).collect();
    (!names.is_empty() && names.iter().all(|n| is_source_name(n))).then_some(names)
}

/// What was done to the text, then the sources it was done from, with no
/// names (`Lược dịch theo The Guardian`, `Tổng hợp từ Reuters, AFP`, as
/// `Hải Yến (lược dịch từ CNN)` without the name): the roles, then the
/// sources (`theo The Guardian`).
fn roles_then_sources(line: &str) -> Option<Vec<RawCredit<'_>>> {
    // A role or two and a few sources: a short line, opened by one of
    // the roles' first letters (`dịch`, `biên dịch`, `lược dịch`, `tổng
    // hợp`, `sưu tầm`), `theo` or `từ` in it.
    let opens = line
        .bytes()
        .next()
        .is_some_and(|b| matches!(b | 0x20, b'b' | b'd' | b'l' | b's' | b't'));
    if line.len() > MAX_ROLES_THEN_SOURCES_BYTES
        || !opens
        || !(line.contains(" theo ") || line.contains(" từ "))
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

/// The most words of a share button glued after a source's names.
const MAX_SHARE_BUTTON_WORDS: usize = 2;

/// `names` without a share button glued after them (`Theo VTC News Copy
/// link`: the button is the page's, kept in the credit's text); a last
/// word in small letters stays the name's (`Theo Pháp luật & Bạn đọc`).
fn without_share_button(names: &str) -> &str {
    let mut end = names.len();
    for _ in 0..MAX_SHARE_BUTTON_WORDS {
        let Some(space) = names.get(..end).and_then(|h| h.rfind(' ')) else {
            break;
        };
        end = space;
        let tail = names.get(space + 1..).unwrap_or_default();
        // One word in small letters closes a name (`Theo Pháp luật & Bạn
        // đọc`); a button of one word is printed with its capital (`Nghe`).
        let one_small = !tail.contains(' ') && tail.starts_with(letters::is_small_letter);
        if !one_small
            && crate::parse::article::furniture(tail)
                .is_some_and(|f| f == crate::parse::article::Furniture::Closing)
        {
            return trim(names.get(..space).unwrap_or_default());
        }
    }
    names
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
            None => trim(rest.split_once(':').map_or(rest, |(name, _)| name)),
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
            None => names.push(Cow::Borrowed(part)),
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

/// The outlet alone on the line under `Theo Lê Hà` (`Nhịp sống kinh
/// tế`, `Tạp chí Doanh nghiệp`), `above` the line over it: a source credit
/// of its own. A few words opening with a capital, no digit, no colon and
/// no sentence end; the line over it names one source (`Theo Lê Hà (Tiền
/// Phong)` names its outlet already: a tag under it is no outlet).
pub(crate) fn outlet_under_source<'a>(line: &'a str, above: &str) -> Option<RawCredit<'a>> {
    let line = trim(line);
    // Short, under `Theo`: told before the line's words are counted.
    if line.len() > MAX_NAME_CHARS * 4 || word(SOURCE_WORD)(trim(above)).is_err() {
        return None;
    }
    let shaped = line.starts_with(letters::is_uppercase)
        && word_count(line) <= MAX_OUTLET_WORDS
        && !longer_than(line, MAX_NAME_CHARS)
        && !line.contains(|c: char| c.is_ascii_digit() || c == ':' || c == '|')
        && !line.ends_with(crate::vocab::SENTENCE_ENDS)
        && !line.contains(crate::vocab::NOT_IN_NAMES);
    let under_theo =
        || source_credit(above).is_some_and(|c| c.roles == [Role::Source] && c.names.len() == 1);
    (shaped && under_theo()).then(|| RawCredit {
        text: line,
        roles: vec![Role::Source],
        names: vec![Cow::Borrowed(line)],
    })
}

/// The most words of an outlet's name alone on a line.
const MAX_OUTLET_WORDS: usize = 6;

/// A source in brackets closing a paragraph after its last sentence (`...
/// lan tràn như kể trên. (MSNBC)`, `... (Theo Reuters)`): the length of the
/// paragraph's text before it, and the source credit.
pub(crate) fn closing_source(par: &str) -> Option<(usize, RawCredit<'_>)> {
    let t = par.trim_end_matches(is_space);
    let closed = t.strip_suffix('.').unwrap_or(t);
    if !closed.ends_with(CLOSE_BRACKETS) {
        return None;
    }
    let open = rfind_open_bracket(closed)?;
    let bracket = closed.get(open..)?;
    let inner = strip_brackets(bracket)?;
    let credit = source_credit(inner).or_else(|| agencies(inner))?;
    let before = par.get(..open)?.trim_end_matches(is_space);
    // `... theo Tổng cục Hải quan (TTXVN/Vietnam+)`: registered outlets and
    // agencies need no sentence end before them, unless the words before
    // spell the outlet out (`Thông tấn xã Việt Nam (TTXVN)` names it).
    let registered = || {
        let spelled = before.to_lowercase();
        credit
            .names
            .iter()
            .all(|n| match crate::outlets::outlet(n) {
                Some(o) => !spelled.ends_with(&o.name.to_lowercase()),
                None => crate::vocab::FOREIGN_OUTLETS.contains(n),
            })
    };
    if !before.ends_with(crate::vocab::SENTENCE_ENDS) && !registered() {
        return None;
    }
    let text = trim(par.get(open..)?);
    Some((before.len(), RawCredit { text, ..credit }))
}

/// A byline in capitals closing the last paragraph after its last
/// sentence (`... năm 2026. MINH ANH`, `... ./. MINH ANH - LÊ HÀ`), as
/// pages print a right-aligned byline inside the paragraph: where the
/// paragraph's own text ends (the sentence end kept), and the credit.
pub(crate) fn closing_byline(par: &str) -> Option<(usize, RawCredit<'_>)> {
    let t = par.trim_end_matches(is_space);
    // Told by the last letter first: most paragraphs end with a mark.
    let last = t.chars().next_back()?;
    if !letters::is_uppercase(last) {
        return None;
    }
    let end = t.rfind(['.', '!', '?'])?;
    let name = trim(t.get(end + 1..)?);
    if name.len() > MAX_CLOSING_BYLINE_BYTES
        || name.split_whitespace().count() < 2
        || name.chars().any(letters::is_small_letter)
    {
        return None;
    }
    let names = split_names(name);
    // Pen names of two or three words (`VIỆT NAM VÔ ĐỊCH` is a slogan).
    let named = |n: &Cow<'_, str>| {
        is_name(n) && !is_place(n) && n.split_whitespace().count() <= MAX_CLOSING_NAME_WORDS
    };
    (!names.is_empty() && names.len() <= MAX_CLOSING_BYLINE_NAMES && names.iter().all(named)).then(
        || {
            (
                end + 1,
                RawCredit {
                    text: name,
                    roles: vec![Role::Author],
                    names,
                },
            )
        },
    )
}

/// The longest byline closing a paragraph, in bytes.
const MAX_CLOSING_BYLINE_BYTES: usize = 64;
/// The most names of a byline closing a paragraph.
const MAX_CLOSING_BYLINE_NAMES: usize = 3;
/// The most words of each name of a byline closing a paragraph.
const MAX_CLOSING_NAME_WORDS: usize = 3;

/// Whether `s` is an e-mail address alone: no space, an `@` with a dot
/// after it.
pub(crate) fn is_email(s: &str) -> bool {
    // Told by its `@` first: most lines hold none.
    let Some(at) = memchr::memchr(b'@', s.as_bytes()) else {
        return false;
    };
    let (user, host) = s.split_at(at);
    !user.is_empty() && host.contains('.') && !s.contains(is_space)
}

/// `line` without an e-mail address set after the name by a bar, a dash
/// or a space (`Phước Huỳnh | ten@bao.vn`, `Hoàng Lan ten@bao.vn`), its
/// label before it or not (`Lê Hà | Email: ten@bao.vn`).
fn without_email(line: &str) -> &str {
    if memchr::memchr(b'@', line.as_bytes()).is_none() {
        return line;
    }
    let labelled = |s: &str| {
        let address = crate::vocab::EMAIL_LABELS
            .starting()
            .parse(s)
            .map_or(s, |(rest, ())| trim(rest.strip_prefix(':').unwrap_or(rest)));
        is_email(address)
    };
    // The first bar or dash with the address (labelled or not) after it:
    // `Lê Hà - E-mail: le-ha@bao.vn` is cut at the dash before the label,
    // not at the one within it or within the address.
    let marks = line
        .char_indices()
        .filter(|&(_, c)| c == '|' || is_dash(c))
        .map(|(at, _)| at);
    for at in marks {
        let cut = cut_at_separator(line, Some(at), labelled);
        if cut.len() < line.len() {
            return cut;
        }
    }
    // `Lê Hà ten@bao.vn`: the address after a space.
    cut_at_separator(line, line.rfind(is_space), labelled)
}

/// What stands before where the writer works, or their post, set after
/// the names by a dash or a comma (`Minh Anh - Trung tâm Y tế huyện`, `Lê
/// Hà, Sở Y tế`, `Thu Hằng - PV TTXVN tại Paris`), or the province or city
/// they write from (`Võ Trang - Lâm Đồng`), the workplace in up to
/// [`MAX_WORKPLACE_PARTS`] parts (`Lan Anh - Khoa Dinh dưỡng, Bệnh viện
/// Bạch Mai`).
fn before_workplace(line: &str) -> Option<&str> {
    // Most bylines hold no comma and no dash (the long ones open with E2).
    memchr::memchr3(b',', b'-', 0xE2, line.as_bytes())?;
    let mut before = line;
    for _ in 0..MAX_WORKPLACE_PARTS {
        let at = last_part_separator(before);
        let cut = cut_at_separator(before, at, |s| {
            is_workplace(s) || is_reporter_post(s) || is_office(s) || is_place(s)
        });
        if cut.len() == before.len() {
            break;
        }
        before = cut;
    }
    (before.len() < line.len()).then_some(before)
}

/// Where the last comma or dash that parts a workplace from what stands
/// before it is in `s`: a dash with a space on a side, not the hyphen of
/// a name (`Trung tâm VH-TT huyện`).
fn last_part_separator(s: &str) -> Option<usize> {
    let mut end = s.len();
    while let Some(at) = s.get(..end)?.rfind(|c: char| c == ',' || is_dash(c)) {
        let spaced = s.get(..at).is_some_and(|b| b.ends_with(is_space))
            || s.get(at..)
                .and_then(|r| r.chars().nth(1))
                .is_some_and(is_space);
        if s.get(at..).is_some_and(|r| r.starts_with(',')) || spaced {
            return Some(at);
        }
        end = at;
    }
    None
}

/// The most parts of a workplace after a byline, parted by commas or
/// dashes (a ward, its hospital, its city).
const MAX_WORKPLACE_PARTS: usize = 3;

/// `line` without a page clock counted from the reading set after the
/// name by a bullet, a bar or a dash (`Minh Anh • 2 giờ trước`, `Minh Anh
/// - Hôm nay, 08:30`): no date can be read from it, and it is no name.
pub(crate) fn without_page_clock(line: &str) -> &str {
    // Every page clock holds a digit (`2 giờ trước`, `Hôm nay, 08:30`).
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return line;
    }
    let at = line.rfind(|c: char| crate::vocab::TAIL_SEPARATORS.contains(&c) || is_dash(c));
    cut_at_separator(line, at, crate::parse::dateline::is_relative_clock)
}

/// `line` without a follow button glued after the names (`Minh Anh Theo
/// dõi`, `Minh Anh - Theo dõi`): the button is the page's, kept in the
/// credit's text.
fn without_follow_button(line: &str) -> &str {
    let follow = crate::vocab::FOLLOW_WORDS;
    // Told by the last letter first: most lines end with another.
    if !matches!(line.as_bytes().last(), Some(b'i' | b'I')) {
        return line;
    }
    let at = line.len().saturating_sub(follow.len());
    let (Some(before), Some(tail)) = (line.get(..at), line.get(at..)) else {
        return line;
    };
    if !before.ends_with(is_space) || word(follow)(tail).is_err() {
        return line;
    }
    let names = trim(trim(before).trim_end_matches(|c: char| is_dash(c) || c == '|'));
    if names.is_empty() {
        line
    } else {
        names
    }
}

/// What stands before the separator at `at` in `line`, trimmed, when
/// something does and what follows the separator (trimmed) is `cut`;
/// else `line`.
fn cut_at_separator(line: &str, at: Option<usize>, cut: impl Fn(&str) -> bool) -> &str {
    let Some((before, after)) = at.and_then(|at| line.split_at_checked(at)) else {
        return line;
    };
    let mut rest = after.chars();
    rest.next();
    if !trim(before).is_empty() && cut(trim(rest.as_str())) {
        trim(before)
    } else {
        line
    }
}

/// Role words in lowercase after the names (`QUỐC BẢO thực hiện`): the
/// names and the roles.
fn roles_after(line: &str) -> Option<(&str, Vec<Role>)> {
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
fn byline(full: &str) -> Option<Vec<RawCredit<'_>>> {
    let line = without_closing_separators(full);
    // `Mai Lan (*)`: the mark of a note about the author after the name.
    let line = line
        .strip_suffix(crate::vocab::FOOTNOTE_MARK)
        .map_or(line, trim);
    if !first_part_may_be_name(line) {
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
    // A desk: `Nhóm phóng viên`, `Ban Thời sự`.
    if is_desk(line) {
        return Some(vec![RawCredit {
            text: without_closing_separators(full),
            roles: vec![Role::Author],
            names: vec![Cow::Borrowed(line)],
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
fn byline_names<'a>(full: &'a str, line: &'a str) -> Option<Vec<RawCredit<'a>>> {
    if let Some(decided) = byline_of_form(line) {
        return decided;
    }
    let (mut names_part, mut extra) = trailing_source(line);
    // Role words after the names, bracketed or not: `Lê Hà (tổng hợp)`,
    // `QUỐC BẢO thực hiện`; the names did that, no more.
    let mut roles = vec![Role::Author];
    if let Some(c) = extra.take_if(|c| c.names.is_empty()) {
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
            let at = offset_in(names_part, n);
            names_part = names_part
                .get(..at)
                .unwrap_or(names_part)
                .trim_end_matches(|c: char| is_space(c) || is_dash(c) || c == ',');
            extra = Some(source);
            break;
        }
        if names.len() == 4 || !(is_name(n) || is_domain(n)) {
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
    // `Hoàng Lan - TTXVN`: an agency's code as printed after the names is
    // where they come from, a source.
    let last = self::names(names_part).last();
    if let Some(agency) = last.filter(|n| {
        extra.is_none() && names.len() >= 2 && crate::outlets::outlet_exact(n).is_some()
    }) {
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
fn byline_of_form(line: &str) -> Option<Option<Vec<RawCredit<'_>>>> {
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
const MAX_FIRST_PART_WORDS: usize = MAX_NAME_WORDS + 4;

/// A cheap test a byline passes: its words up to the first character that
/// may end a name (`,`, `/`, `;`, `&`, `|`, `(`, `•`, a dash) are few, as a
/// name's are, or the whole line may be an outlet's name. Sentences fail it
/// at once.
fn first_part_may_be_name(line: &str) -> bool {
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

#[cfg(test)]
mod tests;
