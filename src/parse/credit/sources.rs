//! Where credited names come from: an agency or outlet in brackets after
//! them (`Lê Hà (TTXVN)`, `(Báo Tin tức)`), after a slash (`Thu Trang/Báo
//! Tin tức`), or opened by `Theo` after them (`Hoàng Lan, Theo Dân trí`).

use super::*;

/// `TTXVN`, `TTXVN/Vietnam+`, `Reuters`: the agencies or outlets a name in
/// brackets comes from (`Lê Hà (TTXVN)`), a source credit. At least one
/// is a registered outlet, a code in capitals or a domain. An outlet's
/// bureau abroad is the outlet (`Lê Hà (TTXVN tại Washington)`).
pub(super) fn agencies(inner: &str) -> Option<RawCredit<'_>> {
    let names: Vec<Cow<'_, str>> = self::names(inner)
        .map(|n| Cow::Borrowed(outlet_at_bureau(n).unwrap_or(n)))
        .collect();
    // A registered outlet, or a code in capitals that names no place
    // (`TP.HCM` is none).
    let known = |n: &str| {
        is_outlet_like(n)
            || (n.chars().filter(|c| letters::is_alphabetic(*c)).count() >= 2
                && !n.chars().any(letters::is_small_letter)
                && !super::is_place(n))
    };
    // `(GMT+7)` after a date is its offset, no agency.
    let source_name = |n: &str| {
        (is_source_name(n) || is_outlet_like(n)) && !crate::parse::dateline::is_offset_alone(n)
    };
    (!names.is_empty() && names.iter().all(|n| source_name(n)) && names.iter().any(|n| known(n)))
        .then_some(RawCredit {
            text: inner,
            roles: vec![Role::Source],
            names,
        })
}

/// Whether `s` names an outlet or an agency: a domain, a registered
/// outlet's name or code, an agency abroad (`Reuters`), or a name opened by
/// `Báo`, `Tạp chí`, `Đài`... (`Báo Quân đội nhân dân`), a province's or a
/// city's after its kind (`Cổng thông tin điện tử tỉnh Quảng Ninh`).
pub(super) fn is_outlet_like(s: &str) -> bool {
    is_domain(s)
        || crate::outlets::outlet_by_printed_name(s).is_some()
        || crate::outlets::outlet(s).is_some()
        || is_outlet_desk(s)
        || crate::vocab::FOREIGN_OUTLETS.contains(s)
        || OUTLET_WORDS
            .starting()
            .parse(s)
            .is_ok_and(|(rest, ())| named_after_kind(rest))
}

/// Whether `rest`, after the kind of an outlet or a workplace, names one: a
/// capital opens it, after the kind of an administrative unit if one
/// stands first (`tỉnh Quảng Ninh`).
fn named_after_kind(rest: &str) -> bool {
    let rest = trim(rest);
    let rest = crate::vocab::ADMINISTRATIVE_UNITS
        .starting()
        .parse(rest)
        .map_or(rest, |(after, ())| trim(after));
    rest.starts_with(letters::is_uppercase)
}

/// Whether `s` names an organization by its kind and its name (`Công an
/// tỉnh Nghệ An`, `Sở Y tế tỉnh Quảng Nam`, `Bệnh viện Bạch Mai`): one of
/// [`crate::vocab::WORKPLACES`], capitalized, then a name.
pub(super) fn is_organization(s: &str) -> bool {
    after_workplace(s).is_some_and(named_after_kind)
}

/// Whether `s` names an office by its kind and the kind of its unit alone,
/// capitalized (`Công an tỉnh`, `Ủy ban huyện`): the unit's own office, as
/// a picture's credit names it.
pub(super) fn is_unit_office(s: &str) -> bool {
    after_workplace(s).is_some_and(|rest| crate::vocab::ADMINISTRATIVE_UNITS.contains(trim(rest)))
}

/// What follows one of [`crate::vocab::WORKPLACES`] that opens `s`
/// capitalized.
fn after_workplace(s: &str) -> Option<&str> {
    if !s.starts_with(letters::is_uppercase) {
        return None;
    }
    let (rest, ()) = crate::vocab::WORKPLACES.starting().parse(s).ok()?;
    Some(rest)
}

/// A registered code in capitals with a channel's number (`VOV1`,
/// `VTV24`), a bureau after a dash (`VOV-Tây Bắc`, `TTXVN - Hà Nội`) or a
/// province or city after a space (`VTV Đà Nẵng`).
pub(super) fn is_outlet_desk(s: &str) -> bool {
    let registered = |code: &str| {
        code.len() >= 2
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && crate::outlets::outlet(code).is_some()
    };
    if let Some((code, bureau)) = s.split_once(crate::normalize::is_dash) {
        let bureau = trim(bureau);
        return bureau.starts_with(letters::is_uppercase)
            && !more_words_than(bureau, MAX_BUREAU_WORDS)
            && registered(trim(code));
    }
    let channel = s.trim_end_matches(|c: char| c.is_ascii_digit());
    if channel.len() < s.len() {
        return registered(channel);
    }
    // The place asked last: the code is told by its bytes.
    s.split_once(' ')
        .is_some_and(|(code, place)| registered(code) && super::is_place(trim(place)))
}

/// `TTXVN tại Paris`: an outlet, then its bureau's city abroad after
/// `tại` (a few capitalized words): the outlet's name.
pub(super) fn outlet_at_bureau(s: &str) -> Option<&str> {
    s.match_indices(' ').find_map(|(k, _)| {
        let (city, _) = (word(crate::vocab::BUREAU_AT), sp1)
            .parse(s.get(k + 1..)?)
            .ok()?;
        let (outlet, city) = (trim(s.get(..k)?), trim(city));
        (is_name(city)
            && !more_words_than(city, MAX_BUREAU_WORDS)
            && crate::outlets::is_outlet_name(outlet))
        .then_some(outlet)
    })
}

/// `PV TTXVN tại Paris`, `Phóng viên thường trú TTXVN tại Tokyo`, `Nhóm
/// PV TTXVN tại Bangkok`: the agency's reporters abroad, unnamed; the
/// agency is the source, the line its credit's text.
pub(super) fn reporters_abroad(line: &str) -> Option<RawCredit<'_>> {
    let (rest, ()) = crate::vocab::DESKS.starting().parse(line).ok()?;
    let rest = trim(rest);
    let rest = match crate::vocab::RESIDENT_WORDS.starting().parse(rest) {
        Ok((r, ())) => trim(r),
        Err(_) => rest,
    };
    let outlet = outlet_at_bureau(rest)?;
    Some(RawCredit {
        text: line,
        roles: vec![Role::Source],
        names: vec![Cow::Borrowed(outlet)],
    })
}

/// The most words of a bureau after an outlet's code (`VOV-Tây Bắc`,
/// `TTXVN - Đồng bằng sông Cửu Long`).
const MAX_BUREAU_WORDS: usize = 6;

/// `NAME/SOURCE`: the names before the last slash (or bar, or a spaced
/// dash before `Báo ...`, `Tạp chí ...` or a domain), and a source credit
/// for what follows it when that is an outlet (a domain, a registered
/// outlet, `Báo ...`, `Tạp chí ...`).
pub(super) fn name_and_source(s: &str) -> Option<(&str, RawCredit<'_>)> {
    let (names, source) = match s.rfind(['/', '|']) {
        Some(at) => {
            let (names, after) = s.split_at_checked(at)?;
            (names, trim(after.get(1..)?))
        }
        // `Ngọc Anh - Báo Tin tức`: after a spaced dash, an outlet named
        // with its kind (`Báo`, `Tạp chí`...) or by its domain.
        None => {
            // The last dash spaced on both sides, found by its byte; a
            // space there may be a non-breaking one (`Ngọc Anh&nbsp;- ...`).
            let spaced = |d: usize| {
                s.get(..d).is_some_and(|b| b.ends_with(is_space))
                    && s.get(d + 1..).is_some_and(|a| a.starts_with(is_space))
            };
            let dash =
                crate::parse::common::rfind_byte_where(s.as_bytes(), b'-', |d| d > 0 && spaced(d))?;
            let (names, after) = (s.get(..dash)?, s.get(dash + 1..)?);
            let after = trim(after);
            let named = OUTLET_WORDS.starting().parse(after).is_ok() || is_domain(after);
            (names, named.then_some(after)?)
        }
    };
    let (mut names, source) = (trim(names), source.trim_end_matches('.'));
    // `Minh Anh/PV TTXVN tại Mỹ`: an agency's reporter abroad; the agency
    // is the source.
    let source = match reporters_abroad(source) {
        Some(RawCredit { names: found, .. }) => match found.first() {
            Some(&Cow::Borrowed(outlet)) => outlet,
            _ => source,
        },
        None => source,
    };
    if !(is_outlet_like(source) && !names.is_empty() && is_source_name(source)) {
        return None;
    }
    let mut sources = vec![Cow::Borrowed(source)];
    // `Lê Hà/Bnews/TTXVN`: every outlet after a slash is a source.
    while let Some((before, outlet)) = names.rsplit_once('/') {
        let (before, outlet) = (trim(before), trim(outlet));
        if before.is_empty() || !is_outlet_like(outlet) || !is_source_name(outlet) {
            break;
        }
        sources.insert(0, Cow::Borrowed(outlet));
        names = before;
    }
    let text = match sources.first() {
        Some(Cow::Borrowed(first)) => s.get(offset_in(s, first)..)?,
        _ => source,
    };
    let text = trim(text).trim_end_matches('.');
    Some((
        names,
        RawCredit {
            text,
            roles: vec![Role::Source],
            names: sources,
        },
    ))
}

/// The source credit that the part `n` of `names_part` opens, when it is
/// `Theo` and a name: `n` and what follows it on the line.
pub(super) fn later_source<'a>(names_part: &'a str, n: &'a str) -> Option<RawCredit<'a>> {
    let (rest, _) = word(SOURCE_WORD)(n).ok()?;
    let at = offset_in(names_part, n);
    let text = trim(names_part.get(at..)?);
    let credit = source_credit(text)?;
    (!trim(rest).is_empty()).then_some(credit)
}
