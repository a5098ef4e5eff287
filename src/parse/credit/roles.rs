//! Credits opened by their roles (`Tin, ảnh: KIM XUÂN`, `Bài và ảnh: Lê
//! Hà - Minh Anh`): the names after each role, the next credit on the
//! line, a source after the names, what a person is in brackets.

use super::*;

/// `Tin, ảnh: KIM XUÂN`, `Bài: A - Ảnh: B`, `Tổng hợp`, `Ghi chép của Minh
/// Anh`.
pub(super) fn role_credits(line: &str) -> Option<Vec<RawCredit<'_>>> {
    let mut out: Vec<RawCredit<'_>> = Vec::new();
    let mut rest = line;
    loop {
        // `Tác giả: Minh Anh | Chuyên mục: Thời sự`: the section the page
        // files the article under, after the credits, stays in the last
        // one's text (nothing of the line is lost).
        if let Some(last) = out.last_mut() {
            if crate::parse::article::labelled_section(rest).is_some() {
                last.text = trim(line.get(offset_in(line, last.text)..)?);
                return Some(out);
            }
        }
        let (after_roles, roles) = role_list(rest).ok()?;
        let (after_roles, space) = sp0(after_roles).ok()?;
        if after_roles.is_empty() && out.is_empty() {
            // Desks alone sign as names (`PV - CTV`, `PV/CTV`), as one
            // does; they are split as the role words were.
            let desks_alone = rest
                .split(|c: char| matches!(c, ',' | '&' | '/' | '+') || is_dash(c))
                .all(|n| DESKS.contains(trim(n)));
            if desks_alone {
                return None;
            }
            // Role words alone: `Tổng hợp`, `Lược dịch`, what was done to
            // the text, or a team's heading over its roles (`Ekip thực
            // hiện`); a role a name must fill (`Ảnh`, `Tin`, `Video`, a
            // tab's or a heading's word as often) is no credit alone.
            if roles.iter().all(stands_alone) {
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
        // `Tin, ảnh - Minh Anh`, `Ảnh - Minh Anh`: a spaced dash for the
        // colon (before: the role words were read as a name).
        let dashed = || {
            let after = after_roles.strip_prefix(is_dash)?;
            (out.is_empty() && after.starts_with(is_space)).then_some(after)
        };
        // `Tin và ảnh Lê Hà`, `Bài, ảnh LÊ HÀ`: two roles or more, then
        // names alone after a space (one role word may open a caption's
        // words: `Ảnh Hồ Gươm`).
        let spaced = || {
            let names = split_names(after_roles);
            (out.is_empty()
                && roles.len() >= 2
                && !space.is_empty()
                && !names.is_empty()
                && names.iter().all(|n| is_name(n) && !is_place(n)))
            .then_some(after_roles)
        };
        // `Tác giả, Minh Anh`, `Nguồn hình ảnh, Getty Images`: a label
        // printed for screen readers, its comma for the colon.
        let commaed = || {
            let label = trim(rest.get(..rest.len() - after_roles.len())?);
            let names = after_roles.strip_prefix(',')?;
            (out.is_empty() && crate::vocab::COMMA_LABELS.whole(label).is_some()).then_some(names)
        };
        let names_part = after_roles
            .strip_prefix(':')
            .or_else(commaed)
            .or_else(of)
            .or_else(dashed)
            .or_else(spaced)?;
        // The next credit of the same line starts at ` - Ảnh:`, `; Ảnh:`, `, Ảnh:`.
        let (names_part, next) = split_next_credit(names_part);
        let names_part = without_email(names_part);
        let text = trim(rest.get(..rest.len() - next.map_or(0, str::len))?);
        let text =
            trim(text.trim_end_matches(|c: char| CREDIT_PARTS_CUT.contains(&c) || is_dash(c)));
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
            let mut names = split_names(names_part);
            // `Bài: Minh Anh - Ảnh`: the words of a role a name must fill,
            // last, their names cut off, are no name (the credit's text
            // keeps them). `Nguồn: Tổng hợp` names what was done.
            let must_fill = |n: &str| {
                role_list(n).is_ok_and(|(rest, roles)| {
                    trim(rest).is_empty() && !roles.iter().any(stands_alone)
                })
            };
            while roles != [Role::Source]
                && names.len() > 1
                && names.last().is_some_and(|n| must_fill(n))
            {
                names.pop();
            }
            names
        };
        let done = (roles == [Role::Source])
            .then(|| roles_named_as_source(&names))
            .flatten();
        // After a slash, the outlet a person writes for, named as it
        // prints its name (`Bài: Minh Anh/Báo Tin tức`), as a source is.
        let after_slash = |n: &str| {
            names_part
                .rsplit_once('/')
                .is_some_and(|(_, last)| trim(last) == n)
        };
        let named = |n: &Cow<'_, str>| {
            is_name(n)
                || is_desk(n)
                || ((roles.contains(&Role::Source) || after_slash(n)) && is_source_name(n))
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

/// Whether `role` may stand without a name: what was done to the text
/// (`Tổng hợp`, `Lược dịch`) or a team's heading (`Ekip thực hiện`); the
/// others (`Ảnh`, `Tin`, `Video`) are roles a name must fill.
fn stands_alone(role: &Role) -> bool {
    matches!(
        role,
        Role::Compilation | Role::Translation | Role::Production
    )
}

/// The marks between two credits of one line besides dashes (`Bài: Lê Hà;
/// Ảnh: Minh An`, `Bài: Lê Hà * Ảnh: Minh An`), left out of both.
pub(super) const CREDIT_PARTS_CUT: [char; 6] = [';', ',', '|', '*', '•', '·'];

/// Splits `names` before a following credit of roles: after a dash, `;`,
/// `,`, `|`, `/` or a period (`Bài: Minh Anh - Ảnh: Quang Huy`, `Bài: Minh
/// Anh / Ảnh: Quang Huy`, `Bài: Minh Anh. Ảnh: Quang Huy`), or after a
/// space alone when the role word is capitalized (`Bài: Minh Anh Ảnh:
/// Quang Huy`, where a page's line break was lost).
pub(super) fn split_next_credit(names: &str) -> (&str, Option<&str>) {
    // A credit of roles needs its colon: most names parts have none.
    if memchr::memchr(b':', names.as_bytes()).is_none() {
        return (names, None);
    }
    for (idx, c) in names.char_indices() {
        let spaced = is_space(c);
        if !(is_dash(c) || spaced || CREDIT_PARTS_CUT.contains(&c) || c == '/' || c == '.') {
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
        // `| Chuyên mục: Thời sự`: the section after the credits.
        if crate::parse::article::labelled_section(candidate).is_some() {
            return (names.get(..idx).unwrap_or(names), Some(candidate));
        }
    }
    (names, None)
}

/// `MINH CHÂU (nguồn Bộ Công Thương)`, `MAI ANH (Theo Reuters)`: the names and
/// the source credit in brackets after them.
pub(super) fn trailing_source(names: &str) -> (&str, Option<RawCredit<'_>>) {
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
    // `(ảnh: Lê Hà)`, `(Video: Minh An)`: the credit of another role; not
    // after a form of address (`Ông Nguyễn Văn A (Ảnh: TTXVN)` is a
    // portrait's caption).
    let other_role = || {
        let first = trim(before).split(' ').next().unwrap_or_default();
        if crate::vocab::NAME_PARTICLES.contains(first) {
            return None;
        }
        let [one] = <[RawCredit<'_>; 1]>::try_from(role_credits(inner)?).ok()?;
        let named_other = !one.names.is_empty()
            && !one
                .roles
                .iter()
                .any(|r| matches!(r, Role::Author | Role::Source));
        named_other.then_some(one)
    };
    let source = source_credit(inner)
        .or(roles_only)
        .or_else(|| agencies(inner))
        .or_else(other_role)
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
pub(super) fn before_title_bracket(line: &str) -> Option<&str> {
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
