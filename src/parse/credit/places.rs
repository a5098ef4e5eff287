//! Where the people of a credit are and work: places in a province, the
//! place a report is written from, posts (`Phóng viên`), workplaces and
//! offices after the names.

use super::*;

/// A place and the province or city it lies in, after commas (`Hà Đông,
/// Hà Nội`, `Quận 7, TP.HCM`, `Phường 3, Quận 5, TP.HCM`): a few
/// capitalized words each, no digit but in a local unit's number, the last
/// one of [`crate::vocab::PLACES`] or a local unit.
pub(super) fn is_place_in_province(s: &str) -> bool {
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
                    && !more_words_than(part, MAX_PART_WORDS)
                    && !part.contains(|c: char| c.is_ascii_digit()))
        })
}

/// A local unit by its kind and its name or number (`Quận 7`, `Phường Bến
/// Nghé`, `TP Thủ Đức`, `Huyện Củ Chi`): one of
/// [`crate::vocab::ADMINISTRATIVE_UNITS`], capitalized, then after a space
/// or a period a capital or a digit, a few words in all.
pub(super) fn is_local_place(s: &str) -> bool {
    const MAX_WORDS: usize = 5;
    s.starts_with(letters::is_uppercase)
        && !more_words_than(s, MAX_WORDS)
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
pub(super) fn is_place_written_from(s: &str) -> bool {
    const MAX_PLACE_WORDS: usize = 4;
    let sent = nom::combinator::opt((word(crate::vocab::SENT), crate::parse::common::sp1));
    (
        sent,
        word(crate::vocab::RANGE_FROM),
        crate::parse::common::sp1,
    )
        .parse(s)
        .is_ok_and(|(place, _)| {
            place.starts_with(letters::is_uppercase)
                && !more_words_than(place, MAX_PLACE_WORDS)
                && !place.contains(|c: char| c.is_ascii_digit() || c == ',')
        })
}

/// The names after where the writer writes from, opened by `Từ` and
/// closed by a comma (`Từ Paris, Minh Anh`): a known place only, since
/// `Từ` is also a family name (`Từ Minh, Lê Hà` names two people).
pub(super) fn after_place_written_from(line: &str) -> Option<&str> {
    let (rest, _) = (word(crate::vocab::RANGE_FROM), crate::parse::common::sp1)
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
        && !more_words_than(s, MAX_WORKPLACE_WORDS)
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
/// part of a workplace), or an outlet's channel closing them (`Trung tâm
/// Tin tức VTV24`): a workplace, an office after a name.
pub(super) fn after_kind<'s>(s: &'s str, kinds: &'static Table<()>) -> Option<&'s str> {
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
        && (numbered || !digits_in(last) || super::sources::is_outlet_desk(last)))
    .then_some(rest)
}

/// The most digits of the number that closes a workplace's name (`Bệnh
/// viện 108`).
pub(super) const MAX_WORKPLACE_NUMBER_DIGITS: usize = 3;

/// The most words a workplace after a titled name has (`Bệnh viện Đa khoa
/// tỉnh Cà Mau`).
pub(super) const MAX_WORKPLACE_WORDS: usize = 10;

/// What stands before where the writer works, or their post, set after
/// the names by a dash, a comma or a bar (`Minh Anh - Trung tâm Y tế
/// huyện`, `Lê Hà, Sở Y tế`, `Thu Hằng - PV TTXVN tại Paris`, `Lê Hà -
/// CTV`, `Minh Anh | Phóng viên`), or the province or city they write
/// from (`Võ Trang - Lâm Đồng`), the workplace in up to
/// [`MAX_WORKPLACE_PARTS`] parts (`Lan Anh - Khoa Dinh dưỡng, Bệnh viện
/// Bạch Mai`).
pub(super) fn before_workplace(line: &str) -> Option<&str> {
    // Most bylines hold no comma, no dash (the long ones open with E2) and
    // no bar.
    let b = line.as_bytes();
    memchr::memchr3(b',', b'-', 0xE2, b).or_else(|| memchr::memchr(b'|', b))?;
    // A post after names (`Lê Hà - CTV`), not after another post (`PV -
    // CTV`: desks alone sign as names).
    let after_names = || {
        let first = line.split(is_part_separator).next();
        !first.is_some_and(|f| is_post(trim(f)))
    };
    let mut before = line;
    for _ in 0..MAX_WORKPLACE_PARTS {
        let at = last_part_separator(before);
        let cut = cut_at_separator(before, at, |s| {
            is_workplace(s)
                || is_reporter_post(s)
                || (is_post(s) && after_names())
                || is_office(s)
                || is_place(s)
                || (is_section_after_bar(before, s) && after_names())
        });
        if cut.len() == before.len() {
            break;
        }
        before = cut;
    }
    (before.len() < line.len()).then_some(before)
}

/// Whether `text` is cased as a name: two words or more, each opening with
/// a capital, and a small letter among them (`Minh Anh`, not `TTXVN` nor
/// the sentence-cased `Thời sự`).
pub(crate) fn is_name_cased(text: &str) -> bool {
    text.split_whitespace().count() >= 2
        && text
            .split_whitespace()
            .all(|w| w.starts_with(letters::is_uppercase))
        && text.chars().any(letters::is_small_letter)
}

/// Whether `s`, after a bar or a bullet that follows the names, is the
/// section the page files the article under (`Minh Anh | Thời sự`): shaped
/// as a section's label and cased as a sentence, not as a name.
fn is_section_after_bar(line: &str, s: &str) -> bool {
    let at = crate::parse::common::offset_in(line, s);
    let bar = line
        .get(..at)
        .map(trim)
        .is_some_and(|before| before.ends_with(crate::vocab::TAIL_SEPARATORS));
    // No outlet (`| Thời báo Ngân hàng`: the source), no label, address or
    // number (`| E-mail: ...`), no source after `Theo` (`| Theo Dân trí`).
    bar && s.chars().any(letters::is_small_letter)
        && word(super::SOURCE_WORD)(s).is_err()
        && !s.contains([':', '@'])
        && !s.bytes().any(|b| b.is_ascii_digit())
        && !is_name_cased(s)
        && crate::parse::article::is_section_like(s)
        && !super::sources::is_outlet_like(s)
}

/// Whether `c` may part a workplace, a post or a place from the names
/// before it: a comma, a bar, a bullet or a dash.
fn is_part_separator(c: char) -> bool {
    c == ',' || c == '|' || c == '•' || is_dash(c)
}

/// Where the last comma, bar or dash that parts a workplace from what
/// stands before it is in `s`: a dash with a space on a side, not the
/// hyphen of a name (`Trung tâm VH-TT huyện`).
pub(super) fn last_part_separator(s: &str) -> Option<usize> {
    let mut end = s.len();
    while let Some(at) = s.get(..end)?.rfind(is_part_separator) {
        let spaced = s.get(..at).is_some_and(|b| b.ends_with(is_space))
            || s.get(at..)
                .and_then(|r| r.chars().nth(1))
                .is_some_and(is_space);
        if s.get(at..).is_some_and(|r| r.starts_with([',', '|'])) || spaced {
            return Some(at);
        }
        end = at;
    }
    None
}

/// The most parts of a workplace after a byline, parted by commas or
/// dashes (a ward, its hospital, its city).
pub(super) const MAX_WORKPLACE_PARTS: usize = 3;
