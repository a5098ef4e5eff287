//! Source markers: the outlet's code that opens the lead.
//!
//! Bracketed: `(CT) -`, `(CT)-`, `(CTO) –`, `(CT) -Word`, `(CT)-Word`,
//! `(Dân trí) -`, `(Chinhphu.vn) -`, `(VTC News) -`, `(CT):`, and `(CODE)
//! Word` with no dash when the code is a registered outlet or written in
//! capitals; in square brackets with a dash or a colon (`[CT] -`, `[PLO]:`).
//! Bare: `TTO -`, `VOV.VN -`, `VOV.VN-`, `GD&TĐ -`, `VIETNAMPLUS.VN -`,
//! a known pair of codes `TTXVN/Vietnam+ -`,
//! `Laodongthudo -`, lowercase codes; a web edition's registered code with
//! no dash before a capital (`SGGPO Sáng 1-12`). Look-alikes are left alone: a bracketed
//! aside, date or number, a note about the text, `LTS -` (editor's note), a
//! heading with a colon.

use super::letters;
use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use super::common::{ch, dash, fail, sp0, sp1, word, Res};
use crate::normalize::{is_dash, is_space, CLOSE_BRACKETS, OPEN_BRACKETS};
use crate::outlets::{outlet, FoldedSet, Outlet};
use crate::vocab::{NOTE_WORDS, NOT_OUTLETS, SQUARE_BRACKETS};

/// The longest code read, in characters.
const MAX_CODE_CHARS: usize = 30;

/// The longest code read, in bytes (a character of a code is at most four).
pub(crate) const MAX_CODE_BYTES: usize = 4 * MAX_CODE_CHARS;

/// A marker found at the start of a lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawMarker<'a> {
    /// The marker as written, trimmed of the spaces after it.
    pub text: &'a str,
    /// The code.
    pub code: &'a str,
    /// The byte length of marker and the spaces after it.
    pub consumed: usize,
    /// The outlet the code stands for, if the registry knows it.
    pub outlet: Option<&'static Outlet>,
}

impl<'a> RawMarker<'a> {
    /// The code with its white space plain (`Dân\u{a0}trí` and `Dân  trí`
    /// are `Dân trí`), and the registry's entry for it, looked up plain
    /// when the code as written has none.
    pub(crate) fn plain_code(&self) -> (std::borrow::Cow<'a, str>, Option<&'static Outlet>) {
        let plain = crate::normalize::plain_spaced(self.code);
        let known = self.outlet.or_else(|| plain.as_deref().and_then(outlet));
        (plain.map_or(self.code.into(), Into::into), known)
    }
}

/// A code inside brackets: `(CT)`, `（Dân trí）`.
fn bracketed(i: &str) -> Res<'_, (&str, bool)> {
    let Some(open) = i.chars().next().filter(|c| OPEN_BRACKETS.contains(c)) else {
        return fail(i);
    };
    let inner = i.get(open.len_utf8()..).unwrap_or_default();
    let Some(close_at) =
        inner.find(|c: char| CLOSE_BRACKETS.contains(&c) || OPEN_BRACKETS.contains(&c))
    else {
        return fail(i);
    };
    let code = inner.get(..close_at).unwrap_or_default();
    let rest = inner.get(close_at..).unwrap_or_default();
    let Some(close) = rest.chars().next().filter(|c| CLOSE_BRACKETS.contains(c)) else {
        return fail(i);
    };
    Ok((
        rest.get(close.len_utf8()..).unwrap_or_default(),
        (code, true),
    ))
}

/// A code inside square brackets: `[CT]`, `[PLO]`. Such a code opens a
/// lead only with a dash or a colon after it (see [`one_word_marker`]):
/// `[Video]`, `[Infographic]` and the like open titles and captions.
fn square_bracketed(i: &str) -> Res<'_, (&str, bool)> {
    let (open, close) = SQUARE_BRACKETS;
    let Some(inner) = i.strip_prefix(open) else {
        return fail(i);
    };
    let Some((code, rest)) = inner.split_once(close) else {
        return fail(i);
    };
    if code.contains(open) {
        return fail(i);
    }
    Ok((rest, (code, true)))
}

/// The characters a bare code holds beside letters and digits (`VOV.VN`,
/// `GD&TĐ`, `Vietnam+`, `TTXVN/Vietnam+`: a code with a slash names two
/// outlets, and is read only when the registry knows it).
const BARE_CODE_MARKS: [char; 4] = ['.', '&', '+', '/'];

/// A code without brackets: one token of letters, digits and
/// [`BARE_CODE_MARKS`].
fn bare(i: &str) -> Res<'_, (&str, bool)> {
    let len: usize = i
        .chars()
        .take_while(|&c| letters::is_alphanumeric(c) || BARE_CODE_MARKS.contains(&c))
        .map(char::len_utf8)
        .sum();
    let (code, rest) = i.split_at_checked(len).unwrap_or((i, ""));
    if code.is_empty() {
        return fail(i);
    }
    Ok((rest, (code.trim_end_matches('.'), false)))
}

/// Whether `lead` may open with a marker, and how: it opens with a bracket
/// (round or square), or a
/// dash (`-`, or a dash of U+2010 to U+2015 or U+2212, which all open with
/// the byte E2) follows its first word or its second (`VTC News -`, `Dân
/// trí -`),
/// spaces aside, or its first word ends with a dot (`TGVN.`): a code
/// ([`Opens::Code`]); a dash after its third or fourth word, an outlet's
/// name ([`Opens::Name`]: `Người Đưa Tin -`). Most lines are told by their
/// first word.
#[inline(always)]
fn may_open(lead: &str) -> Option<Opens> {
    if lead.starts_with(OPEN_BRACKETS) || lead.starts_with(SQUARE_BRACKETS.0) {
        return Some(Opens::Code);
    }
    let b = lead.as_bytes();
    let mut at = 0;
    // Where the second word starts: a name of three words or four has its
    // first two capitalized (`Người Đưa Tin`, `Sài Gòn Giải Phóng`).
    let mut second = 0;
    let capital = |at: usize| match b.get(at) {
        Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
        _ => lead
            .get(at..)
            .and_then(|r| r.chars().next())
            .is_some_and(letters::is_uppercase),
    };
    for k in 0..MAX_NAME_WORDS {
        let word = b
            .get(at..)
            .unwrap_or_default()
            .iter()
            .position(|&c| matches!(c, b' ' | b'\t' | b'-' | 0xC2 | 0xE2))
            .map_or(b.len(), |n| at + n);
        // `TGVN. Ngày`, `TTO: Sáng`: a dot or a colon closes a code.
        if k == 0 && word > 0 {
            match b.get(word - 1) {
                Some(b'.') => return Some(Opens::Code),
                Some(b':') => return Some(Opens::Colon),
                _ => {}
            }
        }
        at = word;
        loop {
            match (b.get(at), b.get(at + 1)) {
                (Some(b' ' | b'\t'), _) => at += 1,
                (Some(0xC2), Some(0xA0)) => at += 2,
                // A thin, narrow or other wide space (U+2000 to U+200A,
                // U+202F), which shares its first byte with the dashes.
                (Some(0xE2), Some(0x80)) if matches!(b.get(at + 2), Some(0x80..=0x8A | 0xAF)) => {
                    at += 3
                }
                (Some(&c), _) if c == b'-' || c == 0xE2 => {
                    return Some(if k < 2 { Opens::Code } else { Opens::Name });
                }
                // `LĐO | Đợt mưa lũ`: a bar after the first word.
                (Some(b'|'), _) if k == 0 => return Some(Opens::Code),
                // A next word (`VTC News -`, `Dân trí -`, `QĐND Online -`,
                // `Người Đưa Tin -`).
                (Some(&c), _) if k == 0 && (c.is_ascii_alphabetic() || c >= 0xC3) => {
                    second = at;
                    break;
                }
                (Some(&c), _)
                    if k + 1 < MAX_NAME_WORDS
                        && (c.is_ascii_alphabetic() || c >= 0xC3)
                        && capital(0)
                        && capital(second) =>
                {
                    break
                }
                _ => return None,
            }
        }
    }
    None
}

/// How a lead may open with a marker (see [`may_open`]).
#[derive(Clone, Copy)]
enum Opens {
    /// A code: in brackets, before a dash or a bar, or ended by a dot.
    Code,
    /// An outlet's name of three or four words before a dash.
    Name,
    /// A first word closed by a colon: a known outlet's code (`TTO:`) or a
    /// label (`Nguồn:`) before a place and a bracketed code.
    Colon,
}

/// A bare code the registry knows written in two words (`VTC News -`,
/// `KTSG Online -`), a code in capitals or known with `Online` after it
/// (`QĐND Online -`, looked up without the word), or a known code ended by
/// a dot before a capital (`TGVN. Ngày 13/3`, `Bnews. Sáng nay`).
#[cold]
fn named_bare(lead: &str) -> Option<RawMarker<'_>> {
    let (rest, (first, _)) = bare(lead).ok()?;
    let token = lead.get(..lead.len() - rest.len())?;
    let (text_end, code, registered) = if token.ends_with('.') {
        // One dot, a space, a capital; a code of three letters or more
        // (`TT. Phú Mỹ` is a township).
        if first.chars().count() < 3 {
            return None;
        }
        let registered = outlet(first)?;
        let (after, spaces) = sp0(rest).ok()?;
        let capital = after.chars().next().is_some_and(letters::is_uppercase);
        if token.len() != first.len() + 1 || spaces.is_empty() || !capital {
            return None;
        }
        (token.len(), first, Some(registered))
    } else {
        let (second_at, _) = sp0(rest).ok()?;
        let (mut rest, (second, _)) = bare(second_at).ok()?;
        // A slash joins two codes of one word each (`TTXVN/Vietnam+`).
        if first.contains('/') || second.contains('/') {
            return None;
        }
        // `Người Đưa Tin -`, `Sài Gòn Giải Phóng -`: more words, up to the
        // dash.
        let mut words = 2;
        while words < MAX_NAME_WORDS && dash(sp0(rest).ok()?.0).is_err() {
            (rest, _) = bare(sp0(rest).ok()?.0).ok()?;
            words += 1;
        }
        let code = lead.get(..lead.len() - rest.len())?;
        let (after_spaces, _) = sp0(rest).ok()?;
        let (after_dash, _) = dash(after_spaces).ok()?;
        let online = matches!(second, "Online" | "online");
        let registered = if words == 2 {
            outlet(code)
                .or_else(|| online.then(|| outlet(first)).flatten())
                .or_else(|| outlet_named(code))
        } else {
            // The registry's entry for the code first, as the JSON reads
            // it back (`Báo Công Thương` is a code as well as a name).
            outlet(code).or_else(|| outlet_named(code))
        };
        // `Báo Công  Thương -`: two spaces or a tab between its words.
        let registered = registered.or_else(|| {
            let plain = crate::normalize::plain_spaced(code)?;
            outlet(&plain).or_else(|| outlet_named(&plain))
        });
        if registered.is_none() && !(online && is_capitals(first)) {
            return None;
        }
        // A name that is also a section's, before the rest of a dateline's
        // line (`Tin tức - Sự kiện | 03/04/2024 10:15`): no marker.
        if crate::parse::dateline::find_in_header(after_dash).is_some() {
            return None;
        }
        (lead.len() - after_dash.len(), code, registered)
    };
    ended_at(lead, text_end, code, registered)
}

/// The most words of an outlet's name written bare before a dash
/// (`Sài Gòn Giải Phóng -`).
const MAX_NAME_WORDS: usize = 4;

/// The outlet whose name `name` is as the outlet prints it: the registry's
/// name as it stands there, or its words capitalized (`Người Đưa Tin`,
/// `Tuổi Trẻ`); `Người dân Hà Nội` is no outlet's.
fn outlet_named(name: &str) -> Option<&'static Outlet> {
    let found = crate::outlets::outlet_by_name(name)?;
    let capitalized = name
        .split(is_space)
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().next().is_some_and(letters::is_uppercase));
    (capitalized || name == found.name).then_some(found)
}

/// The marker `lead[..text_end]` of `code`, with the spaces after it
/// consumed.
fn ended_at<'a>(
    lead: &'a str,
    text_end: usize,
    code: &'a str,
    outlet: Option<&'static Outlet>,
) -> Option<RawMarker<'a>> {
    let (after, _) = sp0(lead.get(text_end..)?).ok()?;
    Some(RawMarker {
        text: lead.get(..text_end)?,
        code,
        consumed: lead.len() - after.len(),
        outlet,
    })
}

/// The fewest characters of a code printed without a dash (see
/// [`undashed`]).
const MIN_UNDASHED_CODE_CHARS: usize = 3;

/// The letter that closes the code of an outlet's web edition (`SGGPO`,
/// `TPO`, `NLĐO`: the `O` of Online).
const ONLINE_LETTER: char = 'O';

/// A registered code of an outlet's web edition, printed exactly as the
/// registry holds it (in capitals, closed by [`ONLINE_LETTER`]) and set
/// apart from the lead by a space alone, the lead opening with a capital:
/// `SGGPO Sáng 1-12, ...`, as outlets that print their code in bold before
/// the lead show it once the bold is gone. Other codes are left alone
/// without a dash: `VOV Giao thông`, `VTV Awards` open titles.
#[cold]
fn undashed(lead: &str) -> Option<RawMarker<'_>> {
    // Told by the bytes around the first space first: a capital opens the
    // line, the letter of Online stands before the space.
    let space = memchr::memchr(b' ', lead.as_bytes())?;
    let online = u8::try_from(ONLINE_LETTER).ok();
    if !lead.starts_with(letters::is_uppercase)
        || space
            .checked_sub(1)
            .and_then(|k| lead.as_bytes().get(k))
            .copied()
            != online
    {
        return None;
    }
    let (rest, (code, _)) = bare(lead).ok()?;
    if code.len() != lead.len() - rest.len()
        || code.chars().count() < MIN_UNDASHED_CODE_CHARS
        || !code.ends_with(ONLINE_LETTER)
        || !is_capitals(code)
    {
        return None;
    }
    let registered = outlet(code).filter(|o| o.code == code)?;
    let (after, spaces) = sp0(rest).ok()?;
    if spaces.is_empty() || !after.starts_with(letters::is_uppercase) {
        return None;
    }
    ended_at(lead, code.len(), code, Some(registered))
}

/// A registered outlet's code alone on its line, as some pages print it
/// over the lead (`SGGPO`, `(CLO)`, `VOV.VN`): in brackets, in capitals or
/// with a dot, and known to the registry. Whether a lead follows is the
/// caller's to tell.
pub(crate) fn code_alone(line: &str) -> Option<RawMarker<'_>> {
    let t = line.trim_end_matches(is_space);
    let (rest, (code, in_brackets)) = alt((bracketed, bare)).parse(t).ok()?;
    let code = code.trim_matches(is_space);
    if !rest.is_empty() || !(in_brackets || is_capitals(code) || code.contains('.')) {
        return None;
    }
    let registered = outlet(code)?;
    ended_at(t, t.len(), code, Some(registered))
}

/// Reads a source marker at the start of `lead`.
pub(crate) fn marker(lead: &str) -> Option<RawMarker<'_>> {
    match may_open(lead) {
        None => placed(lead).or_else(|| undashed(lead)),
        Some(Opens::Code) => one_word_marker(lead).or_else(|| named_bare(lead)),
        // `Nguồn: (TTXVN) -`: a label's colon opens no code, a place may.
        Some(Opens::Colon) => one_word_marker(lead).or_else(|| placed(lead)),
        Some(Opens::Name) => named_bare(lead)
            .or_else(|| placed(lead))
            .or_else(|| undashed(lead)),
    }
}

/// The most bytes of a place (and its date) before a wire's code.
const MAX_PLACE_BYTES: usize = 48;

/// The most words of a place before a wire's code.
const MAX_PLACE_WORDS: usize = 4;

/// The most words of the region after a place's comma (`WASHINGTON, DC`).
const MAX_REGION_WORDS: usize = 2;

/// A known outlet's bracketed code after the place the story was filed
/// from, as agencies print it: `Hà Nội (TTXVN) -`, `Bắc Kinh (TTXVN) –`,
/// `Hà Nội, 14/3 (TTXVN) -` (with the day), `Washington (TTXVN 14/3) -`
/// (the day in the code's bracket), `WASHINGTON, DC (NV) –` (the region
/// after the city). The place's words are
/// capitalized; the code must be in the registry and a dash must follow.
fn placed(lead: &str) -> Option<RawMarker<'_>> {
    // Agencies bracket their code with `(`: looked for by its byte.
    let open = memchr::memchr(
        b'(',
        lead.as_bytes().get(..MAX_PLACE_BYTES.min(lead.len()))?,
    )?;
    let place = lead.get(..open)?.trim_end_matches(is_space);
    let (words, day) = match place.split_once(',') {
        Some((words, day)) => (words, Some(day.trim_matches(is_space))),
        None => (place, None),
    };
    let count = words.split_whitespace().count();
    let capitalized = words
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(letters::is_uppercase));
    let is_day = |d: &str| {
        !d.is_empty()
            && d.chars()
                .all(|c| c.is_ascii_digit() || c == '/' || c == '-')
    };
    // `WASHINGTON, DC (NV) –`, `LONDON, Anh (NV) –`: the region after the
    // city, capitalized as the city is.
    let region_words = |d: &str| {
        let n = d.split_whitespace().count();
        (1..=MAX_REGION_WORDS).contains(&n)
            && count + n <= MAX_PLACE_WORDS
            && d.split_whitespace()
                .all(|w| w.chars().next().is_some_and(letters::is_uppercase))
            && !d.contains(|c: char| c.is_ascii_digit())
    };
    let day_ok = day.map_or(true, |d| is_day(d) || region_words(d));
    // A space before the bracket: `Việt Nam(TTXVN)` is no place.
    let spaced = place.len() < open;
    if !(1..=MAX_PLACE_WORDS).contains(&count) || !capitalized || !day_ok || !spaced {
        return None;
    }
    let (rest, (code, _)) = bracketed(lead.get(open..)?).ok()?;
    let code = code.trim_matches(is_space);
    // `Washington (TTXVN 20/11) -`: the day after the code, in its
    // bracket.
    let code = match code.split_once(is_space) {
        Some((code, d)) if day.is_none() && is_day(d.trim_matches(is_space)) => code,
        _ => code,
    };
    let registered = outlet(code)?;
    let (rest, _) = sp0(rest).ok()?;
    let (rest, _) = dash(rest).ok()?;
    ended_at(lead, lead.len() - rest.len(), code, Some(registered))
}

/// The bar some outlets print between their bare code and the lead, as
/// others print a dash (`LĐO | Đợt mưa lũ ...`).
const BAR: char = '|';

/// [`BAR`] before a space or the end (`(CT) | Ngày ...`, or the marker's
/// text alone): glued to the lead's words, no bar of a marker.
fn spaced_bar(i: &str) -> Res<'_, char> {
    let (rest, bar) = ch(BAR)(i)?;
    if rest.is_empty() || rest.starts_with(is_space) {
        Ok((rest, bar))
    } else {
        fail(i)
    }
}

/// The longest outlet's name read in brackets as a marker, in bytes.
const MAX_BRACKETED_NAME_BYTES: usize = 48;

/// A marker of one word, or in brackets.
fn one_word_marker(lead: &str) -> Option<RawMarker<'_>> {
    let square = lead.starts_with(SQUARE_BRACKETS.0);
    let (rest, (code, in_brackets)) = alt((bracketed, square_bracketed, bare)).parse(lead).ok()?;
    let (rest, spaces_before) = sp0(rest).ok()?;
    // A colon closes a bracketed code as a dash does: `(CT): Ngày ...`;
    // so does a bar between spaces (`(CT) | Ngày ...`), and a period after
    // a known outlet's (`(TGVN). Ngày ...`), and an underscore glued to
    // the bracket (`(Baodaklak.vn)_ Sáng ...`); a colon closes a known
    // outlet's bare code too (`TTO: Sáng 5-12`).
    let (rest, dash_char) = if in_brackets {
        opt(alt((dash, ch(':'), ch('.'), ch('_'), spaced_bar))).parse(rest)
    } else {
        opt(alt((dash, ch(BAR), ch(':')))).parse(rest)
    }
    .ok()?;
    let text_end = lead.len() - rest.len();
    let (after, spaces_after) = sp0(rest).ok()?;
    let code = code.trim_matches(is_space);
    // `(Theo TTXVN) -`: the outlet a story is taken from, in brackets; the
    // code is the outlet's.
    let code = match (word(crate::parse::credit::SOURCE_WORD), sp1).parse(code) {
        Ok((named, _)) if in_brackets => named,
        _ => code,
    };
    // A bare code needs its dash, a code in square brackets its dash or
    // colon; check that before the code itself.
    if (!in_brackets || square) && dash_char.is_none() {
        return None;
    }
    // An outlet's name in brackets, as printed (`(Báo Đầu tư) -`, `(Sài
    // Gòn Giải Phóng) -`): known whatever its length.
    let named = (in_brackets && code.len() <= MAX_BRACKETED_NAME_BYTES)
        .then(|| outlet(code).or_else(|| crate::outlets::outlet_by_printed_name(code)))
        .flatten();
    // The code's shape first: most lines that get this far (a date and
    // a dash, a sentence in brackets) are told without the registry.
    if named.is_none() && !code_shaped(code) {
        return None;
    }
    let registered = named.or_else(|| outlet(code));
    let known = registered.is_some();
    if !plausible_code(code, known) || (!in_brackets && code.contains('/') && !known) {
        return None;
    }
    match (in_brackets, dash_char) {
        (true, Some('.')) => {
            if !known || !spaces_before.is_empty() || spaces_after.is_empty() {
                return None;
            }
        }
        (true, Some('_')) => {
            if !spaces_before.is_empty() {
                return None;
            }
        }
        (true, Some(_)) => {}
        (true, None) => {
            // `(CODE) Word`: only a known outlet or a code in capitals, and
            // a lead must follow; glued to a known outlet's bracket, a
            // capital opens it (`(Baonghean.vn)Sáng 15/1`).
            let glued_ok = known && after.starts_with(letters::is_uppercase);
            if !(known || is_capitals(code))
                || (spaces_before.is_empty() && !glued_ok)
                || after.is_empty()
            {
                return None;
            }
        }
        // `TTO: Sáng 5-12`: a colon glued to a known outlet's code, a
        // space and a capital after it (or nothing: the marker alone).
        (false, Some(':')) => {
            let capital = !spaces_after.is_empty() && after.starts_with(letters::is_uppercase);
            if !known || !spaces_before.is_empty() || !(capital || after.is_empty()) {
                return None;
            }
        }
        // `LĐO | Đợt mưa lũ`: a bar after a known outlet's code, spaced.
        (false, Some(BAR)) => {
            if !known || spaces_before.is_empty() || (spaces_after.is_empty() && !after.is_empty())
            {
                return None;
            }
        }
        (false, Some(_)) => {
            // `TTO -`: a space after the dash, or none anywhere (`VOV.VN-Word`
            // is read as a marker only for known outlets).
            let spaced = !spaces_after.is_empty() || after.is_empty();
            let shaped = known || (is_capitals(code) && !is_place_word(code)) || code.contains('.');
            if !shaped || !(spaced || known) {
                return None;
            }
        }
        (false, None) => return None,
    }
    let text = lead.get(..text_end)?.trim_end_matches(is_space);
    let text = if dash_char.is_none() {
        text.trim_end_matches(is_space)
    } else {
        text
    };
    Some(RawMarker {
        text,
        code,
        consumed: lead.len() - after.len(),
        outlet: registered,
    })
}

/// A code of [`code_shaped`] shape looks like an outlet's: it opens with a
/// capital (or the registry knows it, `known`, or it holds a dot), it is no
/// editor's note, and its words after the first are capitalized when it
/// has three (unless it is known, `Báo Đầu tư`, or a name after `Báo`
/// whose first word is, `Báo Quốc tế`).
fn plausible_code(code: &str, known: bool) -> bool {
    let mut words = code.split_whitespace();
    let first = words.next().unwrap_or_default();
    let capitalized = |w: &str| w.chars().next().is_some_and(letters::is_uppercase);
    let printed_name = crate::vocab::OUTLET_NAME_PREFIXES.contains(first)
        && words.clone().next().is_some_and(capitalized);
    (capitalized(first) || known || code.contains('.'))
        && (known || !is_note(code))
        && (known || printed_name || words.clone().count() <= 1 || words.all(capitalized))
}

/// What a code needs whether the registry knows it or not: at most
/// [`MAX_CODE_CHARS`] characters in at most three words, two letters or
/// more, no dash, no clause punctuation, not a date.
fn code_shaped(code: &str) -> bool {
    if code.is_empty() || code.len() > MAX_CODE_BYTES {
        return false;
    }
    let chars = code.chars().count();
    let letter_count = code.chars().filter(|&c| letters::is_alphabetic(c)).count();
    chars <= MAX_CODE_CHARS
        && code.split_whitespace().nth(3).is_none()
        && letter_count >= 2
        && !code.contains(is_dash)
        && !code.contains([':', ',', ';', '"', '“'])
        // `(TTXVN/Vietnam+)` names two outlets; `(28/3)` is a date.
        && !(code.contains('/') && code.contains(|c: char| c.is_ascii_digit()))
}

/// Whether `code` is an editor's note (`LTS`) or opens with a word of a
/// note about the text (`Video`, `Bài 2`).
fn is_note(code: &str) -> bool {
    let first = code.split_whitespace().next().unwrap_or_default();
    (code.len() <= 12 && notes().0.contains(code)) || is_note_word(first)
}

/// Whether `word` is one of [`NOTE_WORDS`], the kinds of a text (`Video`,
/// `EMAGAZINE`, `Podcast`), in any case: no outlet's code, no byline.
pub(crate) fn is_note_word(word: &str) -> bool {
    word.len() <= 12 && notes().1.contains(word)
}

/// [`NOT_OUTLETS`] and [`NOTE_WORDS`], folded once.
fn notes() -> &'static (FoldedSet, FoldedSet) {
    use std::sync::OnceLock;
    static NOTES: OnceLock<(FoldedSet, FoldedSet)> = OnceLock::new();
    NOTES.get_or_init(|| {
        (
            FoldedSet::new(NOT_OUTLETS.iter().copied()),
            FoldedSet::new(NOTE_WORDS.iter().copied()),
        )
    })
}

/// A place written in capitals before a dash (`HUẾ - Sáng 2/12`,
/// `WASHINGTON - ...`), as some outlets open the lead with where it was
/// filed: a province or city the vocabulary knows, at home or abroad, or
/// a word with a vowel's marks (`Ế`, `Ơ`), which an outlet's initials
/// never hold (`Đ` aside: `NLĐO`, `ANTĐ`). No code: the lead keeps it.
fn is_place_word(code: &str) -> bool {
    crate::parse::credit::is_place(code)
        || code
            .chars()
            .any(|c| !c.is_ascii() && letters::is_alphabetic(c) && !matches!(c, 'Đ' | 'đ'))
}

/// Whether every letter of `code` is a capital (`TTO`, `SKĐS`, `GD&TĐ`).
fn is_capitals(code: &str) -> bool {
    code.chars().any(letters::is_alphabetic)
        && code
            .chars()
            .filter(|&c| letters::is_alphabetic(c))
            .all(letters::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn code(lead: &str) -> Option<(&str, &str)> {
        marker(lead).map(|m| (m.text, m.code))
    }

    #[test]
    fn a_known_outlets_code_closed_by_a_colon() {
        assert_eq!(code("TTO: Sáng 5-12, mưa lớn"), Some(("TTO:", "TTO")));
        assert_eq!(code("VOV.VN: Sáng nay"), Some(("VOV.VN:", "VOV.VN")));
        let m = marker("TTXVN: Sáng 6-12").unwrap();
        assert_eq!(m.consumed, "TTXVN: ".len());
        assert_eq!(m.outlet.map(|o| o.name), Some("Thông tấn xã Việt Nam"));
        // Unknown codes, an interview's questions, a colon after a space
        // or without a capital after it: no marker.
        for lead in [
            "PV: Thưa ông, đợt kiểm tra này có gì mới?",
            "XYZ: Sáng 5-12",
            "TTO : Sáng 5-12",
            "TTO:Sáng 5-12",
            "TTO: sáng 5-12",
            "Ông A: Đợt này chúng tôi kiểm tra 25 cơ sở.",
        ] {
            assert_eq!(code(lead), None, "{lead}");
        }
        // A label before a place and a bracketed code: the place's marker.
        assert_eq!(
            code("Nguồn: (TTXVN) - Kim ngạch tăng"),
            Some(("Nguồn: (TTXVN) -", "TTXVN"))
        );
    }

    #[test]
    fn bracketed_markers() {
        assert_eq!(code("(CT) - Ngày 2-4-2024"), Some(("(CT) -", "CT")));
        assert_eq!(code("(CT)- Ngày 2-4-2024"), Some(("(CT)-", "CT")));
        assert_eq!(code("(CTO) – Ngày 8-1"), Some(("(CTO) –", "CTO")));
        assert_eq!(code("(CT)-Ngày 8-1"), Some(("(CT)-", "CT")));
        assert_eq!(code("(CT) -Ngày 8-1"), Some(("(CT) -", "CT")));
        // A known outlet's bracket glued to the lead's capital.
        assert_eq!(
            code("(Baonghean.vn)Sáng 15/1"),
            Some(("(Baonghean.vn)", "Baonghean.vn"))
        );
        assert_eq!(code("(ABC)Sáng 15/1"), None);
        assert_eq!(code("(CT)ngày 15/1"), None);
        // A period after a known outlet's bracket, a space after it.
        assert_eq!(code("(TGVN). Ngày 3/6"), Some(("(TGVN).", "TGVN")));
        assert_eq!(code("(TGVN).Ngày 3/6"), None);
        assert_eq!(code("(ABC). Ngày 3/6"), None);
        assert_eq!(code("(Còn nữa). Ngày 3/6"), None);
        // An underscore glued to the bracket, as a dash.
        assert_eq!(
            code("(Baodaklak.vn)_ Sáng 12-3"),
            Some(("(Baodaklak.vn)_", "Baodaklak.vn"))
        );
        assert_eq!(code("(BĐK)_Sáng 12-3"), Some(("(BĐK)_", "BĐK")));
        assert_eq!(code("(BĐK) _ Sáng 12-3"), None);
        assert_eq!(
            code("(Dân trí) - Công an"),
            Some(("(Dân trí) -", "Dân trí"))
        );
        assert_eq!(
            code("(Chinhphu.vn) - Thủ tướng"),
            Some(("(Chinhphu.vn) -", "Chinhphu.vn"))
        );
        assert_eq!(
            code("(VTC News) - Sau 8 tháng"),
            Some(("(VTC News) -", "VTC News"))
        );
        assert_eq!(
            code("(Tổ Quốc) - Sáng nay"),
            Some(("(Tổ Quốc) -", "Tổ Quốc"))
        );
        assert_eq!(code("(NLĐO) Sáng nay"), Some(("(NLĐO)", "NLĐO")));
        assert_eq!(code("（CT） - Ngày"), Some(("（CT） -", "CT")));
        assert_eq!(
            code("(TTXVN/Vietnam+) - Sáng"),
            Some(("(TTXVN/Vietnam+) -", "TTXVN/Vietnam+"))
        );
        // The outlet a story is taken from, after `Theo` in the bracket:
        // the code is the outlet's.
        assert_eq!(
            code("(Theo TTXVN) - Sáng nay"),
            Some(("(Theo TTXVN) -", "TTXVN"))
        );
        assert_eq!(
            code("(theo Dân trí) - Sáng nay"),
            Some(("(theo Dân trí) -", "Dân trí"))
        );
        assert_eq!(
            marker("(Theo TTXVN) - Sáng nay").and_then(|m| m.outlet.map(|o| o.code)),
            Some("TTXVN")
        );
        assert_eq!(code("(Theo dõi) - Sáng nay"), None);
        // A colon after the bracket, as a dash.
        assert_eq!(code("(CT): Ngày 2-4-2024"), Some(("(CT):", "CT")));
        assert_eq!(code("(TTXVN):Sáng nay"), Some(("(TTXVN):", "TTXVN")));
        assert_eq!(code("(LTS): Bài viết"), None);
        assert_eq!(code("Lưu ý: Ngày 2-4"), None);
    }

    #[test]
    fn square_bracketed_markers_need_a_dash_or_a_colon() {
        assert_eq!(code("[CT] - Ngày 2-4-2024"), Some(("[CT] -", "CT")));
        assert_eq!(code("[PLO]- Sáng nay"), Some(("[PLO]-", "PLO")));
        assert_eq!(code("[PLO]: Sáng nay"), Some(("[PLO]:", "PLO")));
        assert_eq!(code("[CT] -Ngày 8-1"), Some(("[CT] -", "CT")));
        // Without one: a title's or a caption's tag.
        assert_eq!(code("[CT] Ngày 2-4"), None);
        assert_eq!(code("[VIDEO] Ngày 12"), None);
        assert_eq!(code("[Video] - Cận cảnh"), None);
        assert_eq!(code("[Bài 1] - Những"), None);
        assert_eq!(code("[CT - Ngày"), None);
        assert_eq!(code("[[CT]] - Ngày"), None);
    }

    #[test]
    fn a_known_bare_code_before_a_bar() {
        assert_eq!(code("LĐO | Đợt mưa lũ"), Some(("LĐO |", "LĐO")));
        assert_eq!(code("TTO | Sáng nay"), Some(("TTO |", "TTO")));
        // Unknown, unspaced, or a section before a bar: no marker.
        assert_eq!(code("ABC | Đợt mưa lũ"), None);
        assert_eq!(code("LĐO|Đợt mưa lũ"), None);
        assert_eq!(code("Xã hội | Thời sự"), None);
        assert_eq!(code("Thời sự | Sáng nay"), None);
    }

    #[test]
    fn bare_markers() {
        assert_eq!(code("TTO - Năm 19 tuổi"), Some(("TTO -", "TTO")));
        assert_eq!(code("TT - Năm 19 tuổi"), Some(("TT -", "TT")));
        assert_eq!(code("VOV.VN -  Sáng nay"), Some(("VOV.VN -", "VOV.VN")));
        assert_eq!(code("VOV.VN- Sáng nay"), Some(("VOV.VN-", "VOV.VN")));
        assert_eq!(code("GD&TĐ - Sáng nay"), Some(("GD&TĐ -", "GD&TĐ")));
        assert_eq!(code("SKĐS - Sáng nay"), Some(("SKĐS -", "SKĐS")));
        // Two codes joined by a slash: only a pair the registry knows.
        assert_eq!(
            code("TTXVN/Vietnam+ - Sáng nay"),
            Some(("TTXVN/Vietnam+ -", "TTXVN/Vietnam+"))
        );
        assert_eq!(code("ABC/XYZ - Sáng nay"), None);
        assert_eq!(code("12/3 - Sáng nay"), None);
        assert_eq!(code("Hà Nội/TTXVN - Sáng nay"), None);
        assert_eq!(
            code("VIETNAMPLUS.VN - Sáng"),
            Some(("VIETNAMPLUS.VN -", "VIETNAMPLUS.VN"))
        );
        assert_eq!(
            code("Laodongthudo - Sáng"),
            Some(("Laodongthudo -", "Laodongthudo"))
        );
        assert_eq!(code("tto - Sáng nay"), Some(("tto -", "tto")));
    }

    #[test]
    fn web_edition_codes_without_a_dash() {
        let m = marker("SGGPO Sáng 1-12, tại TPHCM").unwrap();
        assert_eq!((m.text, m.code, m.consumed), ("SGGPO", "SGGPO", 6));
        assert_eq!(m.outlet.map(|o| o.name), Some("Sài Gòn Giải Phóng"));
        assert_eq!(code("NLĐO Chiều 30-11, ..."), Some(("NLĐO", "NLĐO")));
        // Not a web edition's code, not as registered, a small letter
        // after, or a place of two letters.
        for lead in [
            "SGGP Chiều 30-11, UBND TP đã họp.",
            "VOV Giao thông cho biết",
            "TTXVN Sáng 1/12, đoàn đã đến.",
            "Sggpo Sáng 1-12",
            "SGGPO cho biết",
            "TPO",
            "UBND tỉnh vừa ban hành",
            "TP Hồ Chí Minh đón khách",
        ] {
            assert_eq!(code(lead), None, "{lead}");
        }
    }

    #[test]
    fn markers_after_the_place_filed_from() {
        assert_eq!(
            code("Hà Nội (TTXVN) - Sáng 14/3"),
            Some(("Hà Nội (TTXVN) -", "TTXVN"))
        );
        assert_eq!(
            code("Hà Nội, 14/3 (TTXVN) – Sáng nay"),
            Some(("Hà Nội, 14/3 (TTXVN) –", "TTXVN"))
        );
        let m = marker("Bắc Kinh (TTXVN) - Ngày 13/3").unwrap();
        assert_eq!(m.consumed, "Bắc Kinh (TTXVN) - ".len());
        // The day in the code's bracket.
        assert_eq!(
            code("Washington (TTXVN 20/11) - Tổng thống Mỹ"),
            Some(("Washington (TTXVN 20/11) -", "TTXVN"))
        );
        assert_eq!(
            code("Hà Nội (TTXVN 20/11)- Sáng nay"),
            Some(("Hà Nội (TTXVN 20/11)-", "TTXVN"))
        );
        // The region after the city, capitalized as the city is.
        assert_eq!(
            code("WASHINGTON, DC (NV) – Tổng thống Mỹ"),
            Some(("WASHINGTON, DC (NV) –", "NV"))
        );
        let m = marker("LONDON, Anh (NV) – Ban Việt Ngữ").unwrap();
        assert_eq!(
            (m.text, m.outlet.map(|o| o.name)),
            ("LONDON, Anh (NV) –", Some("Người Việt"))
        );
        assert_eq!(code("Hà Nội, thủ đô (TTXVN) - Sáng nay"), None);
        assert_eq!(
            code("Quận Ba Đình, Thành Phố Hà Nội (TTXVN) - Sáng nay"),
            None
        );
        assert_eq!(code("Hà Nội (TTXVN 20 giờ) - Sáng nay"), None);
        assert_eq!(code("Hà Nội, 20/11 (TTXVN 20/11) - Sáng nay"), None);
        // Unknown codes, no dash, a person, no space before the bracket.
        assert_eq!(code("Hà Nội (XYZ) - Sáng nay"), None);
        assert_eq!(code("Hà Nội (TTXVN) cho biết"), None);
        assert_eq!(code("Ông Nguyễn Văn An (Bộ Y tế) - người phát ngôn"), None);
        assert_eq!(code("Việt Nam(TTXVN) - Sáng nay"), None);
        assert_eq!(code("hà nội (TTXVN) - Sáng nay"), None);
        // A place in capitals alone before the dash is no code: a province
        // or a word with a vowel's marks; initials unknown to the registry
        // stay codes, `Đ` and all.
        assert_eq!(code("HUẾ - Sáng 2/12, UBND tỉnh họp"), None);
        // A city abroad without marks, as leads filed from it open.
        assert_eq!(code("WASHINGTON - Bộ Ngoại giao Mỹ ngày 1/12"), None);
        assert_eq!(code("NEW YORK - Sáng 2/12"), None);
        assert_eq!(code("WASH - Sáng 2/12"), Some(("WASH -", "WASH")));
        assert_eq!(code("HUẾ.VN - Sáng 2/12"), Some(("HUẾ.VN -", "HUẾ.VN")));
        assert_eq!(code("PNVN - Sáng 2/12"), Some(("PNVN -", "PNVN")));
        assert_eq!(code("BĐBP - Sáng 2/12"), Some(("BĐBP -", "BĐBP")));
        assert_eq!(code("NLĐO - Sáng 2/12"), Some(("NLĐO -", "NLĐO")));
    }

    #[test]
    fn named_bare_markers() {
        // Two words the registry knows, or `Online` after a code.
        assert_eq!(
            code("VTC News - Sáng nay"),
            Some(("VTC News -", "VTC News"))
        );
        assert_eq!(
            code("KTSG Online – Sáng nay"),
            Some(("KTSG Online –", "KTSG Online"))
        );
        let m = marker("QĐND Online - Sáng nay").unwrap();
        assert_eq!(
            (m.text, m.code, m.outlet.map(|o| o.name)),
            ("QĐND Online -", "QĐND Online", Some("Quân đội Nhân dân"))
        );
        // A known code of three letters or more ended by a dot.
        let m = marker("TGVN. Ngày 13/3, Bộ Ngoại giao").unwrap();
        assert_eq!(
            (m.text, m.code, m.consumed, m.outlet.map(|o| o.name)),
            ("TGVN.", "TGVN", 6, Some("Thế giới & Việt Nam"))
        );
        // A second word in small letters, as the outlet prints its name.
        let m = marker("Dân trí - Sáng nay").unwrap();
        assert_eq!(
            (m.text, m.code, m.outlet.map(|o| o.name)),
            ("Dân trí -", "Dân trí", Some("Dân trí"))
        );
        assert_eq!(code("Tin tức – Sáng nay"), Some(("Tin tức –", "Tin tức")));
        // A section's name before a date on the dateline's line.
        assert_eq!(code("Tin tức - Sự kiện | 03/04/2024 10:15"), None);
        assert_eq!(code("Dân trí - Sự kiện - 03/04/2024"), None);
        assert_eq!(
            code("Tin tức - Ngày 3/4/2024, Bộ Y tế họp với các tỉnh."),
            Some(("Tin tức -", "Tin tức"))
        );
        assert_eq!(code("Thời sự - Sáng nay"), None);
        assert_eq!(code("Theo ông - Sáng nay"), None);
        // A known code is no note even when its first word is one.
        assert_eq!(
            code("(Tin tức) - Sáng nay"),
            Some(("(Tin tức) -", "Tin tức"))
        );
        // Look-alikes: an unknown pair, a short code, a name, no capital.
        assert_eq!(code("Hà Nội - Sáng nay"), None);
        assert_eq!(code("Báo Mới - Sáng nay"), None);
        assert_eq!(code("CT. Ngày 2-4"), None);
        assert_eq!(code("TP. Hồ Chí Minh - Sáng"), None);
        assert_eq!(code("TGVN. ngày 13/3"), None);
        assert_eq!(code("VTC News cho biết"), None);
    }

    #[test]
    fn outlets_names_before_a_dash() {
        // The name the registry holds, of two to four words, its words
        // capitalized as the outlet prints them.
        let m = marker("Người Đưa Tin - Sáng 5/12, giá vàng tăng.").unwrap();
        assert_eq!(
            (m.text, m.code, m.consumed, m.outlet.map(|o| o.code)),
            (
                "Người Đưa Tin -",
                "Người Đưa Tin",
                21,
                Some("NguoiDuaTin.vn")
            )
        );
        assert_eq!(
            code("Sài Gòn Giải Phóng – Sáng nay"),
            Some(("Sài Gòn Giải Phóng –", "Sài Gòn Giải Phóng"))
        );
        assert_eq!(
            code("Tuổi Trẻ - Sáng nay"),
            Some(("Tuổi Trẻ -", "Tuổi Trẻ"))
        );
        // A name of three or four words has its first two capitalized
        // (told before the registry is asked).
        assert_eq!(code("Quân đội Nhân dân - Sáng nay"), None);
        // Words no outlet is named, a name in small letters, five words, no
        // dash.
        assert_eq!(code("Người dân Hà Nội - những người đầu tiên"), None);
        assert_eq!(code("Người lao động - những người đầu tiên"), None);
        assert_eq!(code("Báo Sài Gòn Giải Phóng Online - Sáng nay"), None);
        assert_eq!(code("Người Đưa Tin cho biết sáng nay"), None);
        // An agency's place before its code is still read past three words.
        assert_eq!(
            code("Thừa Thiên Huế (TTXVN) - Sáng nay"),
            Some(("Thừa Thiên Huế (TTXVN) -", "TTXVN"))
        );
    }

    #[test]
    fn look_alikes_are_not_markers() {
        assert_eq!(code("(mở rộng) đánh giá"), None);
        assert_eq!(code("(28/3) - Sáng nay"), None);
        assert_eq!(code("(2) Sáng nay"), None);
        assert_eq!(
            code("(Bài viết thể hiện quan điểm riêng của tác giả) Sáng"),
            None
        );
        assert_eq!(code("LTS - Trong những năm qua"), None);
        assert_eq!(code("TP.HCM - Sáng nay"), None);
        assert_eq!(code("HÀ NỘI - Sáng nay"), None);
        assert_eq!(code("(LTS) - Trong những năm qua"), None);
        assert_eq!(code("Bản tin thời sự: Sáng nay"), None);
        assert_eq!(code("Covid-19 lây lan"), None);
        assert_eq!(code("Ngày 2-4-2024, Ban"), None);
        assert_eq!(code("Hà Nội - Sáng nay"), None);
        assert_eq!(code("(Video) - Sáng nay"), None);
        assert_eq!(code("(Bài 2) - Sáng nay"), None);
        assert_eq!(code("(Tin cập nhật) Sáng nay"), None);
        assert_eq!(code("(Ảnh minh họa) Sáng nay"), None);
        assert_eq!(code("Sáng nay - trời mưa"), None);
    }
}
