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
    ch, first_bytes, is_one_of, longer_than, offset_in, one_of_starting, sp0, word, Res, WordFilter,
};
use crate::model::Role;
use crate::normalize::{is_dash, is_space, trim, CLOSE_BRACKETS, DASHES, OPEN_BRACKETS};
use crate::outlets::outlet_by_name;

/// Role words, longest first where one is the prefix of another.
pub(crate) const ROLES: &[(&str, Role)] = &[
    ("t/h", Role::Compilation),
    ("tin", Role::News),
    ("bài viết", Role::Article),
    ("bài", Role::Article),
    ("ảnh", Role::Photo),
    ("hình", Role::Photo),
    ("video", Role::Video),
    ("clip", Role::Video),
    ("đồ họa", Role::Graphics),
    ("đồ hoạ", Role::Graphics),
    ("thực hiện", Role::Production),
    ("lược dịch", Role::Translation),
    ("biên dịch", Role::Translation),
    ("dịch", Role::Translation),
    ("tổng hợp", Role::Compilation),
    ("tác giả", Role::Author),
    ("nguồn ảnh", Role::Photo),
    ("nguồn", Role::Source),
    ("tham khảo", Role::Source),
];

/// The first bytes of [`ROLES`].
const ROLE_STARTS: [u64; 256] = first_bytes(ROLES);

/// Desks that sign articles, matched whole.
const DESKS: &[(&str, ())] = &[
    ("nhóm phóng viên", ()),
    ("nhóm pv", ()),
    ("nhóm tác giả", ()),
    ("phóng viên", ()),
    ("pv", ()),
];

/// Titles written before a name (`BS. Lê Hà`, `ThS. Trần Minh`, `Bác sĩ
/// Lan`): part of the credit's text, not of the name. Matched as whole
/// words, ignoring case, with or without their dot.
const HONORIFICS: &[(&str, ())] = &[
    ("bác sĩ", ()),
    ("bs.ckii", ()),
    ("bs.cki", ()),
    ("bsckii", ()),
    ("bscki", ()),
    ("bsck", ()),
    ("bs", ()),
    ("ctv", ()),
    ("kỹ sư", ()),
    ("lương y", ()),
    ("phóng viên", ()),
    ("pv", ()),
    ("dược sĩ", ()),
    ("ds", ()),
    ("gs.ts", ()),
    ("gs", ()),
    ("giáo sư", ()),
    ("kiến trúc sư", ()),
    ("kts", ()),
    ("luật sư", ()),
    ("ls", ()),
    ("nhà báo", ()),
    ("nsnd", ()),
    ("nsưt", ()),
    ("pgs.ts", ()),
    ("pgs", ()),
    ("thạc sĩ", ()),
    ("ths.bs", ()),
    ("ths", ()),
    ("tiến sĩ", ()),
    ("ts", ()),
];

/// The first words of [`HONORIFICS`], as a filter.
const HONORIFIC_WORDS: WordFilter = WordFilter::new().with(HONORIFICS);

/// The first bytes of [`HONORIFICS`].
const HONORIFIC_STARTS: [u64; 256] = first_bytes(HONORIFICS);

/// `name` without a title before it (`BS. TRẦN VŨ` gives `TRẦN VŨ`), when
/// a name follows the title.
fn without_honorific(name: &str) -> &str {
    // Most names open with no title: told by the hash of the first word.
    if !HONORIFIC_WORDS.may_start(name).0 {
        return name;
    }
    let Ok((rest, _)) = one_of_starting(HONORIFICS, &HONORIFIC_STARTS).parse(name) else {
        return name;
    };
    // The title ends at a dot or a space, and a capital opens the name.
    let after = trim(rest.strip_prefix('.').unwrap_or(rest));
    if after.starts_with(letters::is_uppercase) {
        after
    } else {
        name
    }
}

/// The first bytes of [`DESKS`].
const DESK_STARTS: [u64; 256] = first_bytes(DESKS);

/// `Nhóm phóng viên`, or `Ban` and up to three words that open with a
/// capital (`Ban Thời sự`, `Ban Kinh tế`), not a sentence (`Ban tổ chức cho biết`).
fn is_desk(line: &str) -> bool {
    if is_one_of(line, DESKS, &DESK_STARTS) {
        return true;
    }
    let Ok((rest, _)) = (word("ban"), super::common::sp1).parse(line) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(letters::is_uppercase))
        && !line.ends_with(['.', ',', ':', ';', '!', '?'])
}

/// The longest credit line read, in characters.
const MAX_CREDIT_CHARS: usize = 160;
/// The most words a name may have.
const MAX_NAME_WORDS: usize = 5;
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
    let sep = (
        sp0,
        alt((
            ch(',').map(|_| ()),
            ch('&').map(|_| ()),
            ch('/').map(|_| ()),
            ch('+').map(|_| ()),
            word("và").map(|_| ()),
        )),
        sp0,
    );
    separated_list1(sep, one_of_starting(ROLES, &ROLE_STARTS)).parse(i)
}

/// The words a labelled credit opens with: the first words of [`ROLES`],
/// `Theo` and `Nguồn`, as a filter.
const LABEL_OPENERS: WordFilter = WordFilter::new()
    .with(ROLES)
    .with(&[(SOURCE_WORD, ()), (SOURCE_LABEL, ())]);

/// `Theo`: the word that opens a source credit.
const SOURCE_WORD: &str = "theo";
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
        // `(TTXVN/Vietnam+)`: agencies alone in brackets are the source.
        let mut credits =
            credit_line(inner, Place::Labelled).or_else(|| agencies(inner).map(|c| vec![c]))?;
        if let [only] = credits.as_mut_slice() {
            only.text = line;
        }
        return Some(credits);
    }
    if let Some(c) = role_credits(line) {
        return Some(c);
    }
    if let Some(c) = source_credit(line) {
        return Some(vec![c]);
    }
    if place == Place::End {
        return byline(line);
    }
    None
}

/// Bullets that may open a credit line.
const BULLETS: &[char] = &['•', '·', '*', '+', '>'];

/// `inner` when `s` is `(inner)` with ASCII or full-width brackets.
fn strip_brackets(s: &str) -> Option<&str> {
    let mut chars = s.chars();
    let open = chars.next()?;
    let close = chars.next_back()?;
    if !OPEN_BRACKETS.contains(&open) || !CLOSE_BRACKETS.contains(&close) {
        return None;
    }
    let inner = s.get(open.len_utf8()..s.len() - close.len_utf8())?;
    if inner.contains(|c: char| OPEN_BRACKETS.contains(&c) || CLOSE_BRACKETS.contains(&c)) {
        return None;
    }
    Some(trim(inner))
}

/// `Tin, ảnh: KIM XUÂN`, `Bài: A - Ảnh: B`, `Tổng hợp`.
fn role_credits(line: &str) -> Option<Vec<RawCredit<'_>>> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        let (after_roles, roles) = role_list(rest).ok()?;
        let (after_roles, _) = sp0(after_roles).ok()?;
        if after_roles.is_empty() && out.is_empty() {
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
        let names_part = after_roles.strip_prefix(':')?;
        // The next credit of the same line starts at ` - Ảnh:`, `; Ảnh:`, `, Ảnh:`.
        let (names_part, next) = split_next_credit(names_part);
        let text = trim(rest.get(..rest.len() - next.map_or(0, str::len))?);
        let text = trim(text.trim_end_matches(|c: char| c == ';' || c == ',' || is_dash(c)));
        let (names_part, extra) = trailing_source(names_part);
        // With a source in brackets after the names, the credit's text stops
        // before the bracket, which is the source credit's text.
        let text = match extra {
            Some(_) => {
                let end = offset_in(rest, names_part) + names_part.len();
                trim(rest.get(..end).unwrap_or(text))
            }
            None => text,
        };
        let names = split_names(names_part);
        if names.is_empty()
            || !names
                .iter()
                .all(|n| is_name(n) || (roles.contains(&Role::Source) && is_source_name(n)))
        {
            return None;
        }
        out.push(RawCredit { text, roles, names });
        if let Some(source) = extra {
            out.push(source);
        }
        match next {
            Some(n) => rest = n,
            None => return Some(out),
        }
    }
}

/// Splits `names` before a following `- Ảnh:`-style credit.
fn split_next_credit(names: &str) -> (&str, Option<&str>) {
    for (idx, c) in names.char_indices() {
        if !(is_dash(c) || c == ';' || c == ',' || c == '|') {
            continue;
        }
        let Some(after) = names.get(idx + c.len_utf8()..) else {
            continue;
        };
        let candidate = after.trim_start_matches(is_space);
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
        trim(rest)
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
    if names.is_empty() || !names.iter().all(|n| is_source_name(n)) {
        return None;
    }
    Some(RawCredit {
        text: line,
        roles,
        names,
    })
}

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
    if !before.ends_with(['.', '!', '?', '"', '”', '…']) {
        return None;
    }
    let text = trim(par.get(open..)?);
    Some((before.len(), RawCredit { text, ..credit }))
}

/// `TTXVN`, `TTXVN/Vietnam+`, `Reuters`: the agencies or outlets a name in
/// brackets comes from (`Lê Hà (TTXVN)`), a source credit. At least one
/// is a registered outlet, a code in capitals or a domain.
fn agencies(inner: &str) -> Option<RawCredit<'_>> {
    let names: Vec<Cow<'_, str>> = self::names(inner).map(Cow::Borrowed).collect();
    let known = |n: &str| {
        crate::outlets::outlet(n).is_some()
            || outlet_by_name(n).is_some()
            || is_domain(n)
            || (n.chars().filter(|c| letters::is_alphabetic(*c)).count() >= 2
                && !n
                    .chars()
                    .any(|c| letters::is_alphabetic(c) && !letters::is_uppercase(c)))
    };
    (!names.is_empty() && names.iter().all(|n| is_source_name(n)) && names.iter().any(|n| known(n)))
        .then_some(RawCredit {
            text: inner,
            roles: vec![Role::Source],
            names,
        })
}

/// `line` without an e-mail address set after the name by a bar or a dash
/// (`Phước Huỳnh | ten@bao.vn`).
fn without_email(line: &str) -> &str {
    if memchr::memchr(b'@', line.as_bytes()).is_none() {
        return line;
    }
    let Some(at) = line.rfind(|c: char| c == '|' || is_dash(c)) else {
        return line;
    };
    let (before, after) = line.split_at_checked(at).unwrap_or((line, ""));
    let address = trim(after.get(1..).unwrap_or_default());
    let is_email = address.contains('@') && !address.contains(is_space) && address.contains('.');
    if is_email && !trim(before).is_empty() {
        trim(before)
    } else {
        line
    }
}

/// Words that open the name of a newspaper, a magazine or a station.
const OUTLET_WORDS: &[(&str, ())] = &[
    ("báo", ()),
    ("đài", ()),
    ("tạp chí", ()),
    ("thông tấn xã", ()),
    ("truyền hình", ()),
];

/// The first bytes of [`OUTLET_WORDS`].
const OUTLET_WORD_STARTS: [u64; 256] = first_bytes(OUTLET_WORDS);

/// `NAME/SOURCE`: the names before the last slash, and a source credit for
/// what follows it when that is an outlet (a domain, a registered outlet,
/// `Báo ...`, `Tạp chí ...`).
fn name_and_source(s: &str) -> Option<(&str, RawCredit<'_>)> {
    let at = s.rfind('/')?;
    let (names, after) = s.split_at_checked(at)?;
    let source = trim(after.get(1..)?);
    let (names, source) = (trim(names), source.trim_end_matches('.'));
    let outlet_like = is_domain(source)
        || outlet_by_name(source).is_some()
        || crate::outlets::outlet(source).is_some()
        || one_of_starting(OUTLET_WORDS, &OUTLET_WORD_STARTS)
            .parse(source)
            .is_ok_and(|(rest, _)| trim(rest).starts_with(letters::is_uppercase));
    (outlet_like && !names.is_empty() && is_source_name(source)).then(|| {
        (
            names,
            RawCredit {
                text: source,
                roles: vec![Role::Source],
                names: vec![Cow::Borrowed(source)],
            },
        )
    })
}

/// Role words in lowercase after the names (`QUỐC BẢO thực hiện`): the
/// names and the roles.
fn roles_after(line: &str) -> Option<(&str, Vec<Role>)> {
    // A few names and a role or two: a short line.
    if line.bytes().filter(|&b| b == b' ').count() > MAX_NAME_WORDS + 2 {
        return None;
    }
    let mut spaces = line.rmatch_indices(' ');
    for _ in 0..2 {
        let (at, _) = spaces.next()?;
        let tail = line.get(at + 1..)?;
        if !tail.starts_with(|c: char| letters::is_alphabetic(c) && !letters::is_uppercase(c)) {
            continue;
        }
        if let Ok((rest, roles)) = role_list(tail) {
            if trim(rest).is_empty() && !roles.contains(&Role::Source) {
                return Some((trim(line.get(..at)?), roles));
            }
        }
    }
    None
}

/// A bare byline (`KIM XUÂN`, `Hồng Vân- Thanh Tú`, `MAI ANH (Theo Reuters)`)
/// or an outlet's name standing alone (a source).
fn byline(full: &str) -> Option<Vec<RawCredit<'_>>> {
    let line = trim(full.trim_end_matches(|c: char| c == '|' || is_space(c)));
    if !first_part_may_be_name(line) {
        return None;
    }
    // An outlet's name, or its code as printed (`TTXVN`), alone: the source.
    if outlet_by_name(line).is_some() || crate::outlets::outlet_exact(line).is_some() {
        return Some(vec![RawCredit {
            text: line,
            roles: vec![Role::Source],
            names: vec![Cow::Borrowed(line)],
        }]);
    }
    // A desk: `Nhóm phóng viên`, `Ban Thời sự`.
    if is_desk(line) {
        return Some(vec![RawCredit {
            text: trim(full),
            roles: vec![Role::Author],
            names: vec![Cow::Borrowed(line)],
        }]);
    }
    let line = without_email(line);
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
    // after a slash the source it comes from.
    if extra.is_none() {
        if let Some((names, source)) = name_and_source(names_part) {
            names_part = names;
            extra = Some(source);
        }
    }
    // Up to four names: stop at the first part that is none.
    let mut names: Vec<Cow<'_, str>> = Vec::new();
    for n in self::names(names_part) {
        if names.len() == 4 || !(is_name(n) || is_domain(n)) {
            return None;
        }
        names.push(Cow::Borrowed(n));
    }
    if names.is_empty() {
        return None;
    }
    if names.iter().all(|n| is_domain(n)) {
        return None;
    }
    let mut out = vec![RawCredit {
        text: trim(full),
        roles,
        names,
    }];
    if let Some(mut source) = extra {
        if let Some(first) = out.first_mut() {
            first.text = trim(names_part);
        }
        source.text = source.text.trim();
        out.push(source);
    }
    Some(out)
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

/// Splits a names part on ` - `, `–`, `,`, ` và `, `/`, `;`, `&`, dropping a
/// trailing `|` and a closing period.
pub(crate) fn split_names(s: &str) -> Vec<Cow<'_, str>> {
    names(s).map(Cow::Borrowed).collect()
}

/// The characters that always cut a names part (dashes cut too, spaced).
const NAME_SEPARATORS: &[char] = &[',', '/', ';', '&', '–', '—'];

/// The first bytes of the characters that may cut a names part: the
/// [`NAME_SEPARATORS`], the space (of ` và `) and the [`DASHES`].
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
const NAME_CUT_LEADS: [bool; 256] = {
    let mut out = [false; 256];
    out[b' ' as usize] = true;
    let mut i = 0;
    while i < NAME_SEPARATORS.len() {
        out[utf8_lead(NAME_SEPARATORS[i]) as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < DASHES.len() {
        out[utf8_lead(DASHES[i]) as usize] = true;
        i += 1;
    }
    out
};

/// The first byte of the UTF-8 encoding of `c`.
const fn utf8_lead(c: char) -> u8 {
    let n = c as u32;
    match n {
        0..=0x7F => n as u8,
        0x80..=0x7FF => 0xC0 | (n >> 6) as u8,
        0x800..=0xFFFF => 0xE0 | (n >> 12) as u8,
        _ => 0xF0 | (n >> 18) as u8,
    }
}

/// The names of [`split_names`], one at a time, so that a caller can stop
/// at the first that is no name.
fn names(s: &str) -> impl Iterator<Item = &str> {
    let s = trim(s.trim_end_matches(|c: char| c == '|' || is_space(c)));
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut pos = 0;
    let mut done = false;
    let parts = std::iter::from_fn(move || {
        if done {
            return None;
        }
        // Only the characters that may cut are looked at (the separators,
        // the dashes and the space of ` và `), found by their first byte.
        while let Some(idx) = bytes
            .get(pos..)
            .and_then(|r| {
                r.iter()
                    .position(|&b| NAME_CUT_LEADS.get(usize::from(b)) == Some(&true))
            })
            .map(|k| pos + k)
        {
            let Some(c) = s.get(idx..).and_then(|r| r.chars().next()) else {
                break;
            };
            pos = idx + c.len_utf8();
            let cut = match c {
                c if NAME_SEPARATORS.contains(&c) => true,
                c if is_dash(c) => {
                    let before = s.get(..idx).and_then(|b| b.chars().next_back());
                    let after = s.get(pos..).and_then(|a| a.chars().next());
                    // `T.Lan-H.Vũ`: initialled names joined by bare hyphens.
                    let initials = s.get(start..idx).is_some_and(|p| p.contains('.'))
                        && s.get(pos..).is_some_and(opens_with_initial);
                    before.is_some_and(is_space) || after.is_some_and(is_space) || initials
                }
                _ => false,
            };
            let cut_len = if cut {
                c.len_utf8()
            } else if c == ' '
                && s.get(idx..).is_some_and(|r| r.starts_with(" và "))
                // `và` joins two names, not the words of one (`Doanh
                // nghiệp và Tiếp thị`).
                && !matches!(s.get(start..idx), Some(p) if !(trim(p).is_empty() || is_name(trim(p))))
            {
                " và ".len()
            } else {
                0
            };
            if cut_len > 0 {
                // Inside ` và ` the start has moved past `idx`: no part.
                let part = s.get(start..idx);
                start = idx + cut_len;
                if part.is_some() {
                    return part;
                }
            }
        }
        done = true;
        s.get(start..)
    });
    parts
        .map(|p| {
            let p = trim(p);
            match p.strip_suffix('.') {
                Some(q)
                    if q.chars()
                        .rev()
                        .take_while(|&c| letters::is_alphabetic(c))
                        .count()
                        > 1 =>
                {
                    without_honorific(trim(q))
                }
                _ => without_honorific(p),
            }
        })
        .filter(|p| !p.is_empty())
}

/// Whether `s` opens with an initial: a capital and a dot (`H.Vũ`).
fn opens_with_initial(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(letters::is_uppercase) && chars.next() == Some('.')
}

/// Whether `s` reads as a person's or outlet's name: a few words, the first
/// capitalized (or initials like `T.L`, `N. Hà`), at most one lowercase word
/// after it, no sentence punctuation.
pub(crate) fn is_name(s: &str) -> bool {
    if longer_than(s, MAX_NAME_CHARS) {
        return false;
    }
    // One pass over the characters, word by word.
    let mut words = 0;
    let mut lowercase = 0;
    let mut in_word = false;
    // The current word's digit and dot (`T.78` is initials, `78` no name).
    let (mut digit, mut dot) = (false, false);
    for c in s.chars() {
        if matches!(
            c,
            ':' | ';' | '?' | '!' | '"' | '(' | ')' | '>' | '<' | '“' | '”'
        ) {
            return false;
        }
        if is_space(c) {
            if in_word && digit && !dot {
                return false;
            }
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            words += 1;
            let capitalized = letters::is_uppercase(c);
            if words == 1 && !capitalized || words > MAX_NAME_WORDS {
                return false;
            }
            lowercase += usize::from(!capitalized);
            (digit, dot) = (false, false);
        }
        digit |= c.is_ascii_digit();
        dot |= c == '.';
    }
    !(in_word && digit && !dot) && words > 0 && lowercase <= usize::from(words >= 3)
}

/// Whether `s` may name a source: a name, a domain, or a capitalized name of
/// a few words (`Dân trí`, `Bộ Y tế`).
fn is_source_name(s: &str) -> bool {
    let words = s.split(is_space).filter(|w| !w.is_empty()).count();
    is_name(s)
        || is_domain(s)
        || (words <= MAX_NAME_WORDS
            && !longer_than(s, MAX_NAME_CHARS)
            && s.chars().next().is_some_and(letters::is_uppercase)
            && !s.contains(|c: char| {
                matches!(c, ':' | ';' | '?' | '!' | '"' | '“' | '”' | '(' | ')')
            }))
}

/// Whether `s` is a bare domain such as `vietnamplus.vn` or a URL.
fn is_domain(s: &str) -> bool {
    !s.contains(is_space)
        && (s.starts_with("http://") || s.starts_with("https://") || {
            let mut parts = s.rsplit('.');
            let tld = parts.next().unwrap_or_default();
            parts.next().is_some()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// `par` without the `|` and white space that close it, and whether it
/// then ends in brackets (`(Ảnh: X)`, `(Ảnh: X).`).
fn caption_end(par: &str) -> (&str, bool) {
    let t = par.trim_end_matches(|c: char| is_space(c) || c == '|');
    let bracketed = t.ends_with([')', '\u{FF09}']) || t.ends_with(").") || t.ends_with("\u{FF09}.");
    (t, bracketed)
}

/// A photo credit at the end of a caption paragraph: `... . Ảnh: T.H`,
/// `... - Ảnh: HỮU KHOA |`, `(Ảnh: TTXVN)`, `(Ảnh: Văn Toàn).`, `(Ảnh VGP)`,
/// `(Nguồn: Reuters)`, given the paragraph's [`caption_end`]. Returns the
/// caption text's length and the credit.
fn caption_credit_in<'a>(
    par: &'a str,
    t: &'a str,
    bracketed: bool,
    whole_has_photo: Option<bool>,
) -> Option<(usize, RawCredit<'a>)> {
    // The credit is at the end, and names are short: look at the tail only.
    let tail_from = t.len().saturating_sub(MAX_CAPTION_CREDIT_BYTES);
    let window = t.get(tail_from..).or_else(|| {
        let mut at = tail_from;
        while !t.is_char_boundary(at) {
            at += 1;
        }
        t.get(at..)
    })?;
    let w = window.as_bytes();
    // `(Ảnh: X)` and `(Ảnh: X).` at the end (`bracketed`: `closed` ends in
    // a bracket).
    let closed = t.strip_suffix('.').unwrap_or(t);
    if bracketed {
        let open = closed.rfind(|c: char| OPEN_BRACKETS.contains(&c))?;
        let bracket = closed.get(open..)?;
        let inner = strip_brackets(bracket)?;
        let credit = photo_credit(inner)
            .or_else(|| {
                word(SOURCE_LABEL)(inner)
                    .ok()
                    .and_then(|_| source_credit(inner))
            })
            .or_else(|| media_credit(inner))?;
        // The credit's text runs to the end, with a closing period or `|`.
        let text = trim(par.get(open..).unwrap_or(bracket));
        let credit = RawCredit { text, ..credit };
        let text_end = trim_end_len(par, open);
        return Some((text_end, credit));
    }
    // `... . Ảnh: X`, `... - Ảnh: X`: the last `Ảnh` after a sentence end or
    // a dash, so none without `ảnh` in the window (a short line is its own
    // window, and the caller may have searched it for photo words).
    let may_open = match whole_has_photo {
        Some(known) if tail_from == 0 => known,
        _ => has_anh(w),
    };
    if !may_open {
        return None;
    }
    let window_from = t.len() - window.len();
    let mut search_end = window.len();
    // `Ả` and `ả` are E1 BA A2 and E1 BA A3: found by their middle byte.
    let last_a = |end: usize| {
        let mut end = end;
        while let Some(i) = memchr::memrchr(0xBA, w.get(..end).unwrap_or_default()) {
            let three = i.checked_sub(1).and_then(|s| w.get(s..i + 2));
            if matches!(three, Some(&[a, b, c]) if is_a_hook(a, b, c)) {
                return Some(i - 1);
            }
            end = i;
        }
        None
    };
    while let Some(found) = last_a(search_end) {
        search_end = found;
        let at = window_from + found;
        if !opens_photo_credit(t.get(at..)?) {
            continue;
        }
        let mut before = t.get(..at)?.trim_end_matches(is_space);
        // `Nguồn ảnh: X`: the credit opens at `Nguồn`.
        let at = match strip_source_label(before) {
            Some(rest) => {
                let label_at = rest.len();
                before = rest.trim_end_matches(is_space);
                label_at
            }
            None => at,
        };
        let opener = before.chars().next_back();
        let after_sentence =
            matches!(opener, Some('.' | '!' | '?' | '"' | '”' | '…')) || before.is_empty();
        // ` - Ảnh: X`, ` | Ảnh: X`
        let after_dash = opener.is_some_and(|c| is_dash(c) || c == '|');
        if !(after_sentence || after_dash) {
            continue;
        }
        // The credit's text runs to the end of the paragraph, `|` included.
        let credit = photo_credit(par.get(at..)?)?;
        let end = if after_dash {
            before.len() - opener.map_or(0, char::len_utf8)
        } else {
            before.len()
        };
        return Some((trim_end_len(par, end), credit));
    }
    None
}

/// A caption with its photo credit ([`caption_credit_in`]: the caption text's
/// length and the credit), else a standalone photo credit ([`photo_credit`]:
/// no length). A short line is searched for photo words once for both.
pub(crate) fn caption_or_photo(par: &str) -> Option<(Option<usize>, RawCredit<'_>)> {
    let (t, bracketed) = caption_end(par);
    // A short line is searched for photo words once: the caption's window
    // is the whole line, and both need a photo word (the caption may do
    // without one only in brackets). `t` and the trimmed line hold the same
    // letters, so the answer is the standalone credit's too.
    let short = t.len() <= MAX_CAPTION_CREDIT_BYTES;
    let has_photo = short.then(|| has_photo_word(t.as_bytes()));
    if !bracketed && has_photo == Some(false) {
        return None;
    }
    if let Some((len, credit)) = caption_credit_in(par, t, bracketed, has_photo) {
        return Some((Some(len), credit));
    }
    photo_credit_searched(par, has_photo).map(|credit| (None, credit))
}

/// Whether `s` (at an `Ả`/`ả`) opens a photo credit: `Ảnh` then a colon, a
/// capital, or a role list (`Ảnh, video:`); not `ảnh hưởng`.
fn opens_photo_credit(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("Ảnh")
        .or_else(|| s.strip_prefix("ảnh"))
        .or_else(|| s.strip_prefix("ẢNH"))
    else {
        return false;
    };
    let rest = rest.trim_start_matches(is_space);
    rest.starts_with([':', ',', '&', '/', '-', '–'])
        || rest.starts_with(letters::is_uppercase)
        || rest.starts_with("và ")
        // `Ảnh minh họa: X`, `Ảnh đồ họa: X`
        || (rest.starts_with(['m', 'đ']) && media_credit(s).is_some())
}

/// Whether `s` holds `ảnh`/`Ảnh` (E1 BA A3 / E1 BA A2, then `nh`) or
/// `hình`/`Hình` (`h`/`H`, C3 AC, then `nh`; not `trình`), the photo role
/// words, found by their five bytes in one vectorized pass.
fn has_photo_word(s: &[u8]) -> bool {
    crate::scan::any_whole(s, |a, b, c, n, h| {
        // `ì` is C3 AC, `Ì` C3 8C; `nh` in either case (`ẢNH`, `HÌNH`).
        let hinh = ((a | 0x20) == b'h') & (b == 0xC3) & ((c | 0x20) == 0xAC);
        ((n | 0x20) == b'n') & ((h | 0x20) == b'h') & (is_a_hook(a, b, c) | hinh)
    })
}

/// Whether `s` holds `ảnh`/`Ảnh` alone of the photo words.
fn has_anh(s: &[u8]) -> bool {
    crate::scan::any_whole(s, |a, b, c, n, h| {
        ((n | 0x20) == b'n') & ((h | 0x20) == b'h') & is_a_hook(a, b, c)
    })
}

/// `s` without the `Nguồn` (in any case) that closes it, if it does.
fn strip_source_label(s: &str) -> Option<&str> {
    let at = s
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (rest, last) = s.split_at_checked(at)?;
    matches!(word(SOURCE_LABEL)(last), Ok(("", _))).then_some(rest)
}

/// Whether `a b c` are `ả` or `Ả` (E1 BA A3 / E1 BA A2).
#[inline(always)]
fn is_a_hook(a: u8, b: u8, c: u8) -> bool {
    (a == 0xE1) & (b == 0xBA) & ((c & 0xFE) == 0xA2)
}

/// `Ảnh: X`, `ảnh: X`, `Ảnh X` (no colon, one capitalized name), `Ảnh - Video: X`.
pub(crate) fn photo_credit(s: &str) -> Option<RawCredit<'_>> {
    photo_credit_searched(s, None)
}

/// [`photo_credit`], given whether `s` holds a photo word when that is known.
fn photo_credit_searched(s: &str, has_photo: Option<bool>) -> Option<RawCredit<'_>> {
    let full = trim(s);
    if full.len() > MAX_PHOTO_CREDIT_BYTES
        || !has_photo.unwrap_or_else(|| has_photo_word(full.as_bytes()))
    {
        return None;
    }
    photo_credit_names(full).map(|c| RawCredit { text: full, ..c })
}

fn photo_credit_names(s: &str) -> Option<RawCredit<'_>> {
    let s = trim(s.trim_end_matches(|c: char| c == '|' || is_space(c)));
    if let Some(mut credits) = role_credits(s) {
        let only = credits.pop().filter(|_| credits.is_empty())?;
        let media = only.roles.iter().all(|r| MEDIA_ROLES.contains(r));
        return (media && !only.names.is_empty()).then_some(only);
    }
    if let Some(c) = media_credit(s) {
        return Some(c);
    }
    // `Ảnh VGP`: no colon (and not in capitals: `ẢNH HƯỞNG CỦA BÃO` is a
    // heading).
    if s.starts_with("ẢNH") {
        return None;
    }
    let (rest, _) = word("ảnh")(s).ok()?;
    let name = trim(rest);
    let names = split_names(name);
    if names.len() == 1
        && names
            .iter()
            .all(|n| is_name(n) && n.split_whitespace().count() <= 3)
    {
        return Some(RawCredit {
            text: s,
            roles: vec![Role::Photo],
            names,
        });
    }
    None
}

/// Words after `Ảnh` that say what kind of picture it is (`Ảnh minh họa:
/// iStock`, `Ảnh đồ họa: X`), with the role they give.
const PICTURE_KINDS: &[(&str, Role)] = &[
    ("minh họa", Role::Photo),
    ("minh hoạ", Role::Photo),
    ("đồ họa", Role::Graphics),
    ("đồ hoạ", Role::Graphics),
];

/// The first bytes of [`PICTURE_KINDS`].
const PICTURE_KIND_STARTS: [u64; 256] = first_bytes(PICTURE_KINDS);

/// The roles a caption's credit may give: who made the picture.
const MEDIA_ROLES: &[Role] = &[Role::Photo, Role::Video, Role::Graphics];

/// The most words of what a caption's credit names.
const MAX_MEDIA_NAME_WORDS: usize = 6;

/// A caption's credit: media roles (`Ảnh`, `Video`, `Đồ họa`, `Ảnh minh
/// họa`), a colon or a slash, and what they credit, which need not be a
/// person's name (`Ảnh: Chụp màn hình`, `Ảnh: báo Bạc Liêu`, `Ảnh minh họa
/// / TTXVN`); a closing period is not part of it.
fn media_credit(s: &str) -> Option<RawCredit<'_>> {
    let s = trim(s);
    let (rest, mut roles) = role_list(s).ok()?;
    if !roles.iter().all(|r| MEDIA_ROLES.contains(r)) {
        return None;
    }
    let mut rest = trim(rest);
    // `Ảnh minh họa`, `Ảnh đồ họa`: the kind of picture.
    if roles == [Role::Photo] {
        if let Ok((after, role)) = one_of_starting(PICTURE_KINDS, &PICTURE_KIND_STARTS).parse(rest)
        {
            roles = vec![role];
            rest = trim(after);
        }
    }
    let names_part = rest.strip_prefix(':').or_else(|| rest.strip_prefix('/'))?;
    let names = split_names(names_part);
    let credits_something = |n: &str| {
        !longer_than(n, MAX_NAME_CHARS)
            && n.split(is_space).filter(|w| !w.is_empty()).count() <= MAX_MEDIA_NAME_WORDS
            && !n.contains([':', ';', '?', '!', '"', '“', '”'])
    };
    (!names.is_empty() && names.iter().all(|n| credits_something(n))).then_some(RawCredit {
        text: s,
        roles,
        names,
    })
}

fn trim_end_len(s: &str, end: usize) -> usize {
    s.get(..end)
        .map_or(0, |p| p.trim_end_matches(is_space).len())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::string_slice)]

    use super::*;

    fn caption_credit(par: &str) -> Option<(usize, RawCredit<'_>)> {
        let (t, bracketed) = caption_end(par);
        caption_credit_in(par, t, bracketed, None)
    }

    /// The names, all borrowed from the line read.
    fn borrowed(names: Vec<Cow<'_, str>>) -> Vec<&str> {
        names
            .into_iter()
            .map(|n| match n {
                Cow::Borrowed(b) => b,
                Cow::Owned(o) => panic!("{o:?} is a copy"),
            })
            .collect()
    }

    fn parse_line(s: &str) -> Vec<(Vec<Role>, Vec<&str>)> {
        credit_line(s, Place::End)
            .unwrap_or_else(|| panic!("no credit in {s:?}"))
            .into_iter()
            .map(|c| (c.roles, borrowed(c.names)))
            .collect()
    }

    use Role::*;

    #[test]
    fn caption_or_photo_agrees_with_its_two_parts() {
        let lines = [
            "Ảnh: TTXVN",
            "Tin, ảnh: KIM XUÂN",
            "Quang cảnh buổi lễ. Ảnh: HỮU KHOA |",
            "Quang cảnh buổi lễ (Ảnh: Văn Toàn).",
            "Lãnh đạo thành phố trao quà (Nguồn: Reuters)",
            "Hình thức tổ chức được đổi mới.",
            "Hình: NAM",
            "Ảnh hưởng của bão số 3",
            "Bài và ảnh: MINH CHÂU",
            "Ảnh VGP",
            "(Ảnh minh họa)",
            "Người dân đến xem. - Ảnh: T.H",
            "",
            "|",
        ];
        let long = format!("{} Ảnh: TTXVN", "Một đoạn văn dài. ".repeat(12));
        for line in lines.iter().copied().chain([long.as_str()]) {
            let want = caption_credit(line)
                .map(|(len, c)| (Some(len), c))
                .or_else(|| photo_credit(line).map(|c| (None, c)));
            assert_eq!(caption_or_photo(line), want, "{line:?}");
        }
        assert!(caption_or_photo("Ảnh: TTXVN").is_some_and(|(len, _)| len == Some(0)));
        assert!(caption_or_photo("Ảnh VGP").is_some_and(|(len, _)| len == Some(0)));
        assert!(caption_or_photo("Quang cảnh buổi lễ. Ảnh: HỮU KHOA |")
            .is_some_and(|(len, _)| len == Some("Quang cảnh buổi lễ.".len())));
    }

    #[test]
    fn the_last_opening_bracket_is_found_by_its_bytes() {
        for s in [
            "",
            "MAI ANH",
            "MAI ANH (Theo Reuters)",
            "A (b) C （d） e",
            "（x",
            "ẈẈ (",
            "\u{FF08}\u{FF08}",
            "ằ ǈ Ȉ",
        ] {
            let want = s.rfind(|c: char| OPEN_BRACKETS.contains(&c));
            assert_eq!(rfind_open_bracket(s), want, "{s:?}");
        }
    }

    #[test]
    fn photo_words_are_found_at_any_place() {
        for w in ["ảnh", "Ảnh", "hình", "Hình"] {
            assert!(has_photo_word(w.as_bytes()), "{w}");
            assert!(has_photo_word(format!("x {w}").as_bytes()), "{w}");
            assert!(has_photo_word(format!("{w}: X").as_bytes()), "{w}");
            assert!(has_photo_word(
                format!("{}{w}{}", "ạ".repeat(40), "b".repeat(40)).as_bytes()
            ));
        }
        for s in [
            "", "anh", "ản", "Ản h", "hinh", "ạnh", "ẩnh", "ìn", "ình", "trình", "bình",
        ] {
            assert!(!has_photo_word(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn role_credits() {
        assert_eq!(
            parse_line("Tin, ảnh: KIM XUÂN"),
            vec![(vec![News, Photo], vec!["KIM XUÂN"])]
        );
        assert_eq!(
            parse_line("Bài và ảnh: NGỌC LAN"),
            vec![(vec![Article, Photo], vec!["NGỌC LAN"])]
        );
        assert_eq!(
            parse_line("Tin và ảnh: Hoàng Yến"),
            vec![(vec![News, Photo], vec!["Hoàng Yến"])]
        );
        assert_eq!(
            parse_line("Bài, ảnh: HỮU KHOA"),
            vec![(vec![Article, Photo], vec!["HỮU KHOA"])]
        );
        assert_eq!(
            parse_line("Bài: MINH HẢI - Ảnh: THU TRANG"),
            vec![
                (vec![Article], vec!["MINH HẢI"]),
                (vec![Photo], vec!["THU TRANG"])
            ]
        );
        assert_eq!(
            parse_line("Ảnh: Quốc Bảo"),
            vec![(vec![Photo], vec!["Quốc Bảo"])]
        );
        assert_eq!(
            parse_line("Đồ họa: MINH CHÂU (nguồn Bộ Công Thương)"),
            vec![
                (vec![Graphics], vec!["MINH CHÂU"]),
                (vec![Source], vec!["Bộ Công Thương"])
            ]
        );
        assert_eq!(
            parse_line("Nguồn ảnh: Reuters"),
            vec![(vec![Photo], vec!["Reuters"])]
        );
        assert_eq!(
            parse_line("Video: Hải Long"),
            vec![(vec![Video], vec!["Hải Long"])]
        );
        assert_eq!(
            parse_line("Thực hiện: Ngọc Mai, Hà Thu"),
            vec![(vec![Production], vec!["Ngọc Mai", "Hà Thu"])]
        );
        assert_eq!(parse_line("Tổng hợp"), vec![(vec![Compilation], vec![])]);
    }

    #[test]
    fn sources() {
        assert_eq!(
            parse_line("Theo TTXVN"),
            vec![(vec![Source], vec!["TTXVN"])]
        );
        assert_eq!(
            parse_line("Theo TTXVN- Thanh Niên"),
            vec![(vec![Source], vec!["TTXVN", "Thanh Niên"])]
        );
        assert_eq!(
            parse_line("(Theo Dân trí)"),
            vec![(vec![Source], vec!["Dân trí"])]
        );
        assert_eq!(
            parse_line("Nguồn: vietnamplus.vn"),
            vec![(vec![Source], vec!["vietnamplus.vn"])]
        );
        assert_eq!(
            parse_line("Nguồn Lao Động:"),
            vec![(vec![Source], vec!["Lao Động"])]
        );
        assert_eq!(
            parse_line("Nguồn Thanh Niên: https://thanhnien.vn/bai-viet.html"),
            vec![(vec![Source], vec!["Thanh Niên"])]
        );
        assert_eq!(
            parse_line("Theo MỘC LAN (VTC News)"),
            vec![(vec![Source], vec!["MỘC LAN", "VTC News"])]
        );
        assert_eq!(
            parse_line("Tham khảo: CNN"),
            vec![(vec![Source], vec!["CNN"])]
        );
    }

    #[test]
    fn names_are_cut_at_separators_dashes_with_a_space_and_va() {
        fn cut(s: &str) -> Vec<&str> {
            names(s).collect()
        }
        assert_eq!(cut("Minh Hải - Thu Trang"), ["Minh Hải", "Thu Trang"]);
        assert_eq!(cut("Minh Hải -Thu Trang"), ["Minh Hải", "Thu Trang"]);
        assert_eq!(cut("Minh Hải\u{a0}-Thu"), ["Minh Hải", "Thu"]);
        // A hyphen inside a word cuts nothing; en and em dashes always cut.
        assert_eq!(cut("Lê Thị-Hà"), ["Lê Thị-Hà"]);
        assert_eq!(cut("A–B—C"), ["A", "B", "C"]);
        assert_eq!(cut("A\u{2212} B"), ["A", "B"]);
        assert_eq!(
            cut("An, Bình; Chi & Dũng/Hà"),
            ["An", "Bình", "Chi", "Dũng", "Hà"]
        );
        assert_eq!(cut("Mai Anh và Thu Hà"), ["Mai Anh", "Thu Hà"]);
        // The space that closes one ` và ` may open the next.
        assert_eq!(cut("Mai và và Hà"), ["Mai", "Hà"]);
        assert_eq!(cut("Mai Anh và - Hà"), ["Mai Anh", "Hà"]);
        assert_eq!(cut("N.V.K. |"), ["N.V.K."]);
        assert_eq!(cut("Hoàng Anh."), ["Hoàng Anh"]);
        assert_eq!(cut(""), Vec::<&str>::new());
    }

    #[test]
    fn names_are_a_few_capitalized_words() {
        // One lowercase word among three or more is allowed.
        for yes in [
            "KIM XUÂN",
            "T.L",
            "N. Hà",
            "T.78",
            "Lê Văn An",
            "Lê thị Bình Ba",
            "Theo ông A",
        ] {
            assert!(is_name(yes), "{yes}");
        }
        for no in [
            "",
            "kim xuân",
            "Lê Văn: An",
            "Ban 78",
            "Quý 2",
            "A B C D E F",
            "“KIM” XUÂN",
            "Lê thị bình",
        ] {
            assert!(!is_name(no), "{no}");
        }
    }

    #[test]
    fn bylines() {
        assert_eq!(
            parse_line("KIM XUÂN"),
            vec![(vec![Author], vec!["KIM XUÂN"])]
        );
        assert_eq!(parse_line("T.L"), vec![(vec![Author], vec!["T.L"])]);
        assert_eq!(parse_line("PV"), vec![(vec![Author], vec!["PV"])]);
        assert_eq!(parse_line("N.V.K"), vec![(vec![Author], vec!["N.V.K"])]);
        assert_eq!(
            parse_line("MINH HẢI - THU TRANG"),
            vec![(vec![Author], vec!["MINH HẢI", "THU TRANG"])]
        );
        assert_eq!(
            parse_line("Hồng Vân- Thanh Tú"),
            vec![(vec![Author], vec!["Hồng Vân", "Thanh Tú"])]
        );
        assert_eq!(
            parse_line("QUANG VINH |"),
            vec![(vec![Author], vec!["QUANG VINH"])]
        );
        assert_eq!(
            parse_line("Ngọc Ánh"),
            vec![(vec![Author], vec!["Ngọc Ánh"])]
        );
        assert_eq!(parse_line("N. Hà"), vec![(vec![Author], vec!["N. Hà"])]);
        assert_eq!(
            parse_line("Nhóm phóng viên"),
            vec![(vec![Author], vec!["Nhóm phóng viên"])]
        );
        assert_eq!(
            parse_line("Ban Thời sự"),
            vec![(vec![Author], vec!["Ban Thời sự"])]
        );
        assert_eq!(credit_line("Ban tổ chức cho biết", Place::End), None);
        // Role words after the names say what the names did.
        assert_eq!(
            parse_line("Hoàng Anh (t/h)"),
            vec![(vec![Compilation], vec!["Hoàng Anh"])]
        );
        assert_eq!(
            parse_line("Minh Khôi (tổng hợp)"),
            vec![(vec![Compilation], vec!["Minh Khôi"])]
        );
        assert_eq!(
            parse_line("QUỐC BẢO thực hiện"),
            vec![(vec![Production], vec!["QUỐC BẢO"])]
        );
        assert_eq!(
            parse_line("MAI ANH (Theo Reuters)"),
            vec![
                (vec![Author], vec!["MAI ANH"]),
                (vec![Source], vec!["Reuters"])
            ]
        );
        let c = credit_line("MAI ANH (Theo Reuters)", Place::End).unwrap();
        assert_eq!(c[0].text, "MAI ANH");
        assert_eq!(c[1].text, "(Theo Reuters)");
    }

    #[test]
    fn sentences_are_not_credits() {
        for s in [
            "Theo ông Nguyễn Văn A, giá vàng sẽ còn tăng.",
            "Theo TTXVN, chiều nay bão đã suy yếu",
            "Theo dõi diễn biến của cơn bão",
            "Theo kế hoạch, công trình hoàn thành vào cuối năm",
            "Vụ việc đang được điều tra làm rõ.",
            "Các sân bay ứng phó với bão",
            "Ảnh: minh họa cho thấy cảnh người dân đi lại",
        ] {
            assert_eq!(credit_line(s, Place::End), None, "{s}");
        }
    }

    #[test]
    fn long_captions_close_with_anh() {
        let long = "Quang cảnh phiên họp, nơi các đại biểu phải thảo luận về tình hình kinh tế xã hội và nhiều vấn đề khác của địa phương trong năm qua.";
        assert!(long.len() > MAX_CAPTION_CREDIT_BYTES);
        let with_credit = format!("{long} Ảnh: HỮU KHOA");
        let (end, c) = caption_credit(&with_credit).unwrap();
        assert_eq!(&with_credit[..end], long);
        assert_eq!(c.names, vec!["HỮU KHOA"]);
        // `hình` and the `ả` of `cảnh` and `phải` open no credit.
        assert_eq!(caption_credit(&format!("{long} Hình: X")), None);
        assert_eq!(caption_credit(long), None);
    }

    #[test]
    fn captions() {
        let par = "Quang cảnh hội nghị. Ảnh: T.H";
        let (end, c) = caption_credit(par).unwrap();
        assert_eq!(&par[..end], "Quang cảnh hội nghị.");
        assert_eq!(
            (c.text, c.roles, borrowed(c.names)),
            ("Ảnh: T.H", vec![Photo], vec!["T.H"])
        );

        let par = "Alma Faz trên đường chạy - Ảnh: HỮU KHOA |";
        let (end, c) = caption_credit(par).unwrap();
        assert_eq!(&par[..end], "Alma Faz trên đường chạy");
        assert_eq!(c.names, vec!["HỮU KHOA"]);

        let par = "Cây đổ trên đường - ảnh: X |";
        assert_eq!(caption_credit(par).unwrap().1.names, vec!["X"]);

        let par = "Lễ ký kết (Ảnh: TTXVN)";
        let (end, c) = caption_credit(par).unwrap();
        assert_eq!((&par[..end], c.text), ("Lễ ký kết", "(Ảnh: TTXVN)"));

        let par = "Lễ ký kết (Ảnh: Văn Toàn).";
        assert_eq!(caption_credit(par).unwrap().1.names, vec!["Văn Toàn"]);
        let par = "Thủ tướng phát biểu (Ảnh VGP)";
        assert_eq!(caption_credit(par).unwrap().1.names, vec!["VGP"]);
        let par = "Hiện trường vụ cháy (Nguồn: Reuters)";
        let (_, c) = caption_credit(par).unwrap();
        assert_eq!(
            (c.roles, borrowed(c.names)),
            (vec![Source], vec!["Reuters"])
        );
        let par = "Sau sự cố, máy bay mất 2 bánh trước. Ảnh: Tây Nguyên.";
        assert_eq!(caption_credit(par).unwrap().1.names, vec!["Tây Nguyên"]);
    }

    #[test]
    fn not_captions() {
        for s in [
            "Ảnh minh họa cho bài viết về giá vàng",
            "Đường chạy của người phụ nữ cụt chân - Ảnh 1.",
            "Ảnh: người dân đổ ra đường xem pháo hoa rất đông vui",
            "Giá vàng tăng mạnh trong phiên sáng nay.",
        ] {
            assert_eq!(caption_credit(s), None, "{s}");
        }
    }
}
