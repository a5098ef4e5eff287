//! Datelines found on a line: where one may open, what stands before it
//! (a label, a section, a byline) and after it (a category, counters,
//! widgets, a second stamp), on a header line or at the end.

use super::*;

/// A dateline found on a header line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found<'a> {
    /// The dateline as written, trimmed, with a label that opens it.
    pub text: &'a str,
    /// A byline or section written before the date on the same line.
    pub head: Option<&'a str>,
    /// What the line holds after the date: a category (`| Kinh doanh`) or
    /// widget counters (`- 0 Bình luận`), read in the header only.
    pub tail: Option<&'a str>,
    pub(super) raw: Raw,
}

impl Found<'_> {
    /// Whether the dateline holds a time of day.
    pub(crate) fn timed(&self) -> bool {
        self.raw.time.is_some()
    }

    /// Whether two datelines give the same day and the same minute (or
    /// both no time): one date printed twice.
    pub(crate) fn same_minute(&self, other: &Found<'_>) -> bool {
        let minute = |t: Option<RawTime>| t.map(|t| (t.hour, t.minute));
        self.raw.date == other.raw.date && minute(self.raw.time) == minute(other.raw.time)
    }

    /// Where in [`Found::text`] the part a problem of kind `code` is about
    /// opens: the hour of an impossible time (`25` in `03/04/2024 25:61`),
    /// the day of an impossible date (`31` in `Thứ Hai, 31/02/2024`), told
    /// by its digits and what follows them (a clock's mark or `giờ`; a
    /// date's separator or `tháng`); `None` when not found.
    pub(crate) fn problem_at(&self, code: DiagnosticCode) -> Option<usize> {
        let (number, unit) = match code {
            DiagnosticCode::ImpossibleTime => (self.raw.time?.hour, vocab::HOUR_WORD),
            DiagnosticCode::ImpossibleDate => (self.raw.date.day, vocab::MONTH_WORD),
            _ => return None,
        };
        let marked = |rest: &str| match code {
            DiagnosticCode::ImpossibleTime => rest.starts_with([':', 'h', 'g', 'H', 'G']),
            _ => rest.starts_with(['/', '.']) || rest.starts_with(is_dash),
        };
        let bytes = self.text.as_bytes();
        (0..bytes.len()).find(|&at| {
            let digits = bytes
                .get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let word_start = at == 0 || !bytes.get(at - 1).is_some_and(u8::is_ascii_digit);
            let rest = self.text.get(at + digits..).unwrap_or_default();
            word_start
                && self.text.get(at..at + digits).and_then(|d| d.parse().ok()) == Some(number)
                && (marked(rest) || (sp1, word(unit)).parse(rest).is_ok())
        })
    }
}

/// Whether the digits at `at` may be a dateline's first: one or two digits
/// (a day, an hour, a weekday's number) before a separator, a space or a
/// comma, or four (a year) before `-` or `/`. A number in a title (`53,68%`,
/// `năm 2026`, `134 tuyến`) is told at once.
pub(super) fn may_open_at_digits(b: &[u8], at: usize) -> bool {
    let digits = |from: usize| {
        b.get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let run = digits(at);
    let next = b.get(at + run).copied();
    // After a space, the first byte that is none (`4  tháng  12`: spaces
    // doubled).
    let more_spaces = match next {
        Some(b' ') => b
            .get(at + run + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&c| c == b' ')
            .count(),
        _ => 0,
    };
    let after = b.get(at + run + 1 + more_spaces).copied();
    match (run, next) {
        // `Thứ 4, ...`: a weekday's number before a comma; a day before
        // the year's comma (`Tháng Một 15, 2024`, `January 15, 2024`).
        (1 | 2, Some(b',')) => true,
        // `03/04`, `3-4`, `15.6`: a day and a month of one or two digits
        // (`10.000` is a number).
        // `03/ 04/ 2024`: a space after the slash.
        (1 | 2, Some(b'/' | b'-' | b'.')) => {
            (1..=2).contains(&digits(at + run + 1)) || (next == Some(b'/') && after == Some(b' '))
        }
        // `07:35`, `18h15`, `7g30`, a day or an hour alone at the end.
        (1 | 2, None | Some(b':' | b'h' | b'H' | b'g')) => true,
        // `3 tháng 4`, `7 giờ 35`, `Thứ 2 12/02`, or a dash.
        (1 | 2, Some(b' ' | 0xC2)) => {
            // `15 January 2024`, `15 Jan 2024`: a month in English.
            // A spaced dash or slash (`03 - 04 - 2024`, `03 / 04 / 2024`).
            matches!(
                after,
                Some(b't' | b'T' | b'g' | b'G' | b'-' | b'/' | 0xA0 | 0xE2)
            ) || matches!(
                after.map(|c| c | 0x20),
                Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
            ) || after.is_some_and(|c| c.is_ascii_digit())
        }
        (1 | 2, Some(0xE2)) => true,
        // `2018-12-06`: a year first.
        (4, Some(b'-' | b'/')) => true,
        _ => false,
    }
}

/// The most bytes a dateline's words may take before its first digit
/// (`Cập nhật lúc `, `Chủ nhật, ngày `, `Ngày xuất bản: `).
pub(super) const MAX_BEFORE_FIRST_DIGIT: usize = 40;

/// The most runs of digits passed over before a dateline on a header line.
pub(super) const MAX_DIGIT_RUNS_BEFORE: usize = 3;

/// The most digits of a widget's counter alone after a date and its time.
pub(super) const MAX_COUNTER_DIGITS: usize = 6;

/// The most words after a date that a header line may hold when nothing
/// sets them apart (`07:18 | 05/07/2023 Khỏe - Đẹp`).
pub(super) const MAX_TAIL_WORDS: usize = 12;

/// Looks for a dateline taking up `line` (after a label or a byline/section
/// and its separator). `None` when the line is something else.
pub(crate) fn find(line: &str) -> Option<Found<'_>> {
    find_with(line, false)
}

/// [`find`] for a line of the header, which may also hold a category or
/// widget counters after the date: after a bar, a bullet or a dash, or
/// after a date with its time.
pub(crate) fn find_in_header(line: &str) -> Option<Found<'_>> {
    find_with(line, true)
}

/// A date without a time on one line and its clock alone on the next
/// (`Chủ nhật, ngày 08 tháng 12 năm 2024` over `16:02 (GMT +7)`), read as
/// one dateline. `joined` runs from the date's first byte to the end of
/// the clock's line; `None` unless it is that date with that clock.
pub(crate) fn with_clock_below<'a>(date: &Found<'a>, joined: &'a str) -> Option<Found<'a>> {
    if date.raw.time.is_some() || date.tail.is_some() {
        return None;
    }
    let (_, clock) = joined.rsplit_once(['\n', '\r'])?;
    if !is_clock_alone(clock) {
        return None;
    }
    joined_as_one(joined, None, |found, whole| {
        found.text == trim(whole)
            && found.head.is_none()
            && found.tail.is_none()
            && found.raw.date == date.raw.date
            && found.raw.time.is_some()
    })
}

/// A dateline with its clock or its weekday alone on the line above
/// (`09:41` or `Đăng lúc 09:41` over `12/02/2026`, `Thứ Năm` over
/// `12/02/2026 09:41`), read as
/// one dateline. `joined` runs from the first byte of the line above to
/// the end of the date's line; `None` unless it is that line over that
/// date, the date's tail (a category, widgets) kept as it was.
pub(crate) fn with_line_above<'a>(date: &Found<'a>, joined: &'a str) -> Option<Found<'a>> {
    if date.head.is_some() {
        return None;
    }
    let (above, _) = joined.split_once(['\n', '\r'])?;
    let clock = date.raw.time.is_none() && is_labelled_clock(above);
    if !(clock || date.raw.weekday.is_none() && is_weekday_alone(above)) {
        return None;
    }
    joined_as_one(joined, date.tail, |found, whole| {
        found.text.as_ptr() == trim(whole).as_ptr()
            && found.head.is_none()
            && found.tail == date.tail
            && found.raw.date == date.raw.date
            && (!clock || found.raw.time.is_some())
    })
}

/// The dateline of `joined`, lines of one dateline (a date and its clock,
/// a weekday over a date) joined by the white space between them, when
/// `keep` takes it (`keep` is given the dateline and the text it was read
/// from). The white space between the lines is read as one line break,
/// however many blank lines it holds, so that the lines are read as one
/// whatever the spacing of the page (a rendering sets one blank line
/// between pieces). `tail` is the dateline's tail, kept as it was.
fn joined_as_one<'a>(
    joined: &'a str,
    tail: Option<&'a str>,
    keep: impl Fn(&Found<'_>, &str) -> bool,
) -> Option<Found<'a>> {
    let Some((compact, removed)) = one_break_gaps(joined) else {
        let found = find_in_header(joined)?;
        return keep(&found, joined).then_some(found);
    };
    let found = find_in_header(&compact)?;
    if !keep(&found, &compact) {
        return None;
    }
    // The dateline ends on the last line, past every gap: at the same
    // place in `joined`, the bytes taken out of the gaps before it.
    let last_break = compact.rfind('\n')?;
    let end = crate::parse::common::offset_in(&compact, found.text) + found.text.len();
    if end <= last_break {
        return None;
    }
    let start = joined.len() - joined.trim_start_matches(is_space).len();
    Some(Found {
        text: joined.get(start..end + removed)?,
        head: None,
        tail,
        raw: found.raw,
    })
}

/// `text` with every run of white space that holds a line break made one
/// `\n`, and the bytes that took out; `None` when every such run is one
/// `\n` already.
fn one_break_gaps(text: &str) -> Option<(String, usize)> {
    let is_gap = |run: &str| run.contains(['\n', '\r']) && run != "\n";
    let runs = || {
        text.split(|c: char| !is_space(c))
            .filter(|run| !run.is_empty())
    };
    if !runs().any(is_gap) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(is_space) {
        let (word, from_space) = rest.split_at_checked(at)?;
        out.push_str(word);
        let after = from_space.trim_start_matches(is_space);
        let run = from_space.get(..from_space.len() - after.len())?;
        out.push_str(if run.contains(['\n', '\r']) {
            "\n"
        } else {
            run
        });
        rest = after;
    }
    out.push_str(rest);
    let removed = text.len() - out.len();
    Some((out, removed))
}

/// Whether `line` is a clock alone, after a date's label or not (`09:41`,
/// `Đăng lúc 09:41`).
pub(crate) fn is_labelled_clock(line: &str) -> bool {
    let line = trim(line);
    let at = line
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(line.len());
    let (label, clock) = line.split_at(at);
    (label.is_empty() || is_label(label)) && is_clock_alone(clock)
}

/// Whether `t` opens with a word of [`vocab::ROLES`] that gives the author
/// and a space, no colon (`bởi Minh Anh`, `by Minh Anh`, `tác giả Lê Hà`).
pub(crate) fn opens_with_author_word(t: &str) -> bool {
    vocab::ROLES
        .starting()
        .parse(t)
        .is_ok_and(|(r, role)| role == crate::model::Role::Author && r.starts_with(is_space))
}

/// The part of `after` (what follows a dateline's grammar on its line) that
/// is a tail, or `None` when the line cannot end there.
pub(super) fn tail_of<'a>(after: &'a str, raw: &Raw, with_tail: bool) -> Option<Option<&'a str>> {
    let rest = after.trim_matches(|c: char| is_space(c) || c == '|');
    // `Thứ Sáu, Ngày 19 tháng 04 năm 2024,`: a comma left at the end.
    if rest.is_empty() || rest == "," {
        return Some(None);
    }
    if !with_tail {
        return None;
    }
    let t = trim(after);
    // `(Cập nhật 15/03/2024 08:00)`, `, cập nhật 15:00`: when the page
    // updated the article, after a bracket or a comma.
    let updated = || {
        t.strip_prefix(['(', ','])
            .is_some_and(|r| LABELS.starting().parse(trim(r)).is_ok())
    };
    let set_apart = t.starts_with(TAIL_SEPARATORS) || t.starts_with(is_dash) || updated();
    // `09:30 ICT`, `09:30 (Giờ Việt Nam)`: words after the time, bare or
    // in brackets.
    let bracketed = || {
        t.starts_with(crate::normalize::OPEN_BRACKETS)
            && t.ends_with(crate::normalize::CLOSE_BRACKETS)
    };
    // A capital glued to the time (`09:41Thời sự`, `GMT+7Minh Anh`: a
    // page's two tags read with no space between) opens such words too,
    // when they are a label's few words with a small letter (not `PM`, not
    // a headline).
    let glued = || {
        after.starts_with(letters::is_uppercase)
            && t.chars().any(letters::is_small_letter)
            && !more_words_than(t, MAX_GLUED_TAIL_WORDS)
    };
    let after_time = raw.time.is_some()
        && (t.starts_with(|c: char| letters::is_alphabetic(c)) || bracketed())
        && (after.starts_with(is_space) || glued())
        && !more_words_than(t, MAX_TAIL_WORDS);
    // `Đăng ngày 12/02/2026 bởi Minh Anh`, `Posted on 12/02/2026 by Minh
    // Anh`: the author after a word of [`vocab::ROLES`] that needs no
    // colon, read as a credit.
    let by = || {
        after.starts_with(is_space)
            && !more_words_than(t, MAX_TAIL_WORDS)
            && opens_with_author_word(t)
    };
    // `08:09 01/10/2020 0`: a comment counter's number alone after a date
    // with its time, or with its label (`0 bình luận`, `1.024 lượt xem`).
    // Glued to the time's minutes, the number and its label (`09:410
    // Bình luận`: a page's two tags read with no space between).
    let counter = raw.time.is_some()
        && (after.starts_with(is_space) && (is_count(t) || counted_label(t))
            || after.starts_with(|c: char| c.is_ascii_digit()) && counted_widget(t));
    (set_apart || after_time || counter || by()).then_some(Some(rest))
}

/// The most words glued to a dateline's time that are read as its tail (a
/// section or a byline: `Bất động sản`, `Nguyễn Văn An`).
const MAX_GLUED_TAIL_WORDS: usize = 4;

/// The most words of a counter's label after its number (`lượt xem`).
pub(super) const MAX_COUNTER_LABEL_WORDS: usize = 3;

/// Whether `t` is a counter's number: digits, and the dots or commas of
/// thousands (`1.024`), at most [`MAX_COUNTER_DIGITS`] bytes.
pub(super) fn is_count(t: &str) -> bool {
    t.len() <= MAX_COUNTER_DIGITS
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// Whether `t` is a counter's number and a label of a few words without
/// digits (`0 bình luận`, `12 Ý kiến`, `1.024 lượt xem`).
pub(super) fn counted_label(t: &str) -> bool {
    t.split_once(' ').is_some_and(|(n, label)| {
        let label = trim(label);
        is_count(n)
            && label.starts_with(letters::is_alphabetic)
            && !label.contains(|c: char| c.is_ascii_digit())
            && !more_words_than(label, MAX_COUNTER_LABEL_WORDS)
    })
}

/// Whether `t` is a counter's number and a widget's label (`0 Bình
/// luận`, `12 lượt xem`), the furniture a page prints.
pub(super) fn counted_widget(t: &str) -> bool {
    t.split_once(' ')
        .is_some_and(|(n, label)| is_count(n) && crate::parse::article::is_furniture(trim(label)))
}

pub(super) fn find_with(line: &str, with_tail: bool) -> Option<Found<'_>> {
    if line.len() > MAX_HEADER_LINE {
        return None;
    }
    // `(12/02/2026 - 09:41)`, `[12/02/2026]`: a dateline alone in brackets
    // is read inside them (the brackets stay in the layout); not an update's
    // stamp (`(Cập nhật: ...)`), which is the page's.
    if let Some(inner) = bracketed(line) {
        return find_from(inner, false, 0).filter(|f| {
            f.head.is_none() && f.tail.is_none() && f.text == inner && !stamps_update(f.text)
        });
    }
    let found = find_from(line, with_tail, 0);
    if let Some(found) = found {
        return Some(published_in_tail(line, found));
    }
    if !with_tail {
        return None;
    }
    // On a header line, a dateline after a bar that digits stand before
    // (`Hotline: 0912 345 678 | Thứ Sáu, 19/04/2024 08:00`): read from the
    // first digit after each bar.
    line.match_indices('|')
        .find_map(|(bar, _)| find_from(line, with_tail, bar + 1))
}

/// What the label that opens the dateline `text` stamps (`Cập nhật:
/// 15/01/2024 08:30` an update, `Xuất bản: ...` the publication); `None`
/// without a label.
pub(crate) fn stamp(text: &str) -> Option<vocab::Stamp> {
    LABELS.starting().parse(text).ok().map(|(_, stamp)| stamp)
}

/// Whether the dateline `text` opens with a label of an update.
pub(super) fn stamps_update(text: &str) -> bool {
    stamp(text) == Some(vocab::Stamp::Updated)
}

/// What a pair of round or square brackets holds when they open and close
/// `line` and no other stands inside, trimmed.
pub(super) fn bracketed(line: &str) -> Option<&str> {
    let close = match line.as_bytes().first()? {
        b'(' => ')',
        b'[' => ']',
        _ => return None,
    };
    let inner = line.get(1..)?.strip_suffix(close)?;
    (!inner.contains(['(', ')', '[', ']'])).then(|| trim(inner))
}

/// `found`, or the dateline its tail holds when `found` stamps an update
/// and the tail the publication (`Cập nhật: 15/01/2024 08:30 | Đăng:
/// 14/01/2024 20:00`): the update then stands before it as a head.
pub(super) fn published_in_tail<'a>(line: &'a str, found: Found<'a>) -> Found<'a> {
    let Some(tail) = found.tail else {
        return found;
    };
    if !stamps_update(found.text) {
        return found;
    }
    let published = stamp(tail) == Some(vocab::Stamp::Published);
    let Some(other) = find_from(tail, true, 0).filter(|o| published && o.head.is_none()) else {
        return found;
    };
    let at = crate::parse::common::offset_in(line, other.text);
    let head = line
        .get(..at)
        .map(|h| trim(h.trim_end_matches(|c: char| is_space(c) || vocab::is_bar_or_dash(c))));
    match head {
        Some(head) if !head.is_empty() => Found {
            head: Some(head),
            ..other
        },
        _ => found,
    }
}

/// [`find_with`] from the first digit at or after `start` (`with_tail`) or
/// over the line's last words.
pub(super) fn find_from(line: &str, with_tail: bool, start: usize) -> Option<Found<'_>> {
    // Every dateline holds a digit and runs to the end of the line: no
    // word after the last digit can open one.
    let last_digit = line.bytes().rposition(|b| b.is_ascii_digit())?;
    // Nor can a word further from the end than the longest dateline; on a
    // header line, which may go on after it, the dateline opens at or
    // before the line's first digit, no further before it than the longest
    // weekday or label and its separator.
    let (from, last_digit) = if with_tail {
        // The first run of digits that may open a dateline: a number in a
        // section's name before it (`Sống + Y tế 360 Thứ ba, 21/09/2021`)
        // is passed over.
        let bytes = line.as_bytes();
        let mut first_digit = start;
        // An offset's hours (`GMT+7 12/02/2026 09:41`, `UTC-3 ...`: after
        // a plus, or a minus after a letter; not before a date's separator)
        // open none.
        let offset_hours = |at: usize| {
            let sign = at.checked_sub(1).and_then(|k| bytes.get(k));
            let letter_before = at
                .checked_sub(2)
                .and_then(|k| bytes.get(k))
                .is_some_and(u8::is_ascii_alphabetic);
            (sign == Some(&b'+') || (sign == Some(&b'-') && letter_before))
                && !matches!(
                    bytes.get(at..).unwrap_or_default(),
                    [b'0'..=b'9', b'/' | b'-' | b'.', ..]
                        | [b'0'..=b'9', b'0'..=b'9', b'/' | b'-' | b'.', ..]
                )
        };
        let opens = |at: usize| may_open_at_digits(bytes, at) && !offset_hours(at);
        for _ in 0..MAX_DIGIT_RUNS_BEFORE {
            first_digit += bytes
                .get(first_digit..)?
                .iter()
                .position(u8::is_ascii_digit)?;
            if opens(first_digit) {
                break;
            }
            first_digit += bytes
                .get(first_digit..)?
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        }
        if !opens(first_digit) {
            return None;
        }
        let mut from = first_digit
            .saturating_sub(MAX_BEFORE_FIRST_DIGIT)
            .max(start);
        while !line.is_char_boundary(from) {
            from += 1;
        }
        (from, first_digit)
    } else {
        (last_tokens_start(line, MAX_DATELINE_TOKENS), last_digit)
    };
    let bytes = line.as_bytes();
    for idx in from..=last_digit {
        // A dateline opens with a digit, a weekday (`Thứ`, `T4`, `Chủ
        // nhật`, `CN`) or `ngày`, at a word start: told by the byte first
        // (ASCII, so at a character boundary), then by the character
        // before it.
        let Some(&b) = bytes.get(idx) else {
            break;
        };
        let digit = b.is_ascii_digit();
        // `T`, `C`, `N` for `Thứ`, `Chủ nhật`, `ngày`, `tháng`; the others
        // for English months and weekdays.
        let opener = b | 0x20;
        if !(digit
            || matches!(
                opener,
                b't' | b'c' | b'n' | b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'd' | b'w'
            ))
        {
            continue;
        }
        let (Some(before), Some(rest)) = (line.get(from..idx), line.get(idx..)) else {
            continue;
        };
        // A capital weekday or a whole date glued to the word before it
        // (`Lê HàThứ năm, 12/02/2026`, `Lê Hà12/02/2026`: a byline and a
        // date read from two tags with no space between) opens one too,
        // when that word ends with two letters, the last a small one (not
        // `1Đ14/11/2024`, a stray capital inside a number).
        let last = before.chars().next_back();
        let glued = || {
            let mut end = before.chars().rev();
            let word_before = end.next().is_some_and(letters::is_small_letter)
                && end.next().is_some_and(letters::is_alphabetic);
            word_before
                && if digit {
                    dates::date_dmy(rest).is_ok()
                } else {
                    b.is_ascii_uppercase() && weekday(rest).is_ok()
                }
        };
        if last.is_some_and(letters::is_alphanumeric) && !glued() {
            continue;
        }
        if !digit && !opens_with_day_word(rest) {
            continue;
        }
        let Ok((after, raw)) = dateline(rest) else {
            continue;
        };
        let Some(tail) = tail_of(after, &raw, with_tail) else {
            continue;
        };
        let end = line.len() - after.len();
        if let Some(found) = with_head(line, (idx, end), tail, raw, with_tail) {
            return Some(found);
        }
    }
    None
}

/// The most words (runs of characters between spaces, not counting runs of
/// `|` alone) a dateline spans: the longest form, the time first, has 22
/// (`7 giờ 35 phút sáng ( GMT+07:00 ) , Thứ Tư , ngày 3 tháng 4 , năm 2024
/// ( GMT+7 )`).
pub(super) const MAX_DATELINE_TOKENS: usize = 24;

/// Where the last `n` words of `line` start, words split at ASCII spaces
/// (other white space only joins words, so the count is never more than the
/// parser's) and runs of `|` alone not counted; 0 when it has no more.
pub(super) fn last_tokens_start(line: &str, n: usize) -> usize {
    let bytes = line.as_bytes();
    // Fewer spaces than that, fewer words: most lines are short.
    if bytes.iter().filter(|&&b| b == b' ').count() < n {
        return 0;
    }
    let mut end = bytes.len();
    let mut counted = 0;
    while let Some(space) = crate::parse::common::rfind_byte(bytes, end, b' ') {
        let word = bytes.get(space + 1..end).unwrap_or_default();
        if word.iter().any(|&b| b != b'|') {
            counted += 1;
            if counted == n {
                return space + 1;
            }
        }
        end = space;
    }
    0
}

/// Whether `s` starts with a weekday, `ngày`, `tháng` or `thg`, or a weekday or
/// month in English: the words a dateline may open with before its first
/// digit.
pub(super) fn opens_with_day_word(s: &str) -> bool {
    // `Th 2`, `Th7` (a weekday), `Th02` (a month first): told by their
    // letters and digits. Most words open none: told
    // by the hash of the first word.
    short_weekday(s).is_ok()
        || dates::glued_month(s).is_ok()
        || DAY_OPENERS.may_start(s).0
            && (WEEKDAYS.starting().parse(s).is_ok()
                || glued_weekday(s).is_some()
                || word(DAY_WORD)(s).is_ok()
                || dates::month_word(s).is_ok()
                || vocab::ENGLISH_MONTHS.starting().parse(s).is_ok()
                || vocab::ENGLISH_WEEKDAYS.starting().parse(s).is_ok())
}

/// The word before a day's number (`ngày 3 tháng 4`, `ngày 03/04/2024`).
pub(super) const DAY_WORD: &str = vocab::DAY_WORD;

/// The first words of [`WEEKDAYS`] and [`vocab::ENGLISH_WEEKDAYS`], as a
/// filter.
pub(super) const WEEKDAY_OPENERS: WordFilter = WordFilter::new()
    .with(WEEKDAYS.entries)
    .with(vocab::ENGLISH_WEEKDAYS.entries);

/// The first words of [`WEEKDAYS`] and [`DAY_WORD`]: the words a dateline
/// may open with, as a filter.
pub(super) const DAY_OPENERS: WordFilter =
    WEEKDAY_OPENERS.with(vocab::ENGLISH_MONTHS.entries).with(&[
        (DAY_WORD, ()),
        (vocab::MONTH_WORD, ()),
        (vocab::MONTH_ABBREVIATION, ()),
    ]);

/// Whether a dateline that [`find`] gives without a head may open `line`:
/// it opens with a digit, a weekday or `ngày`, a label of [`LABELS`], or a
/// label of at most four words ending in a colon, inside a bracket or not.
/// Most lines of a body are told by their first word.
pub(crate) fn may_open_line(line: &str) -> bool {
    if line.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // A dateline alone in brackets: what they hold; after a bar (`|
    // 28/11/2025 | 19:30`), what follows it.
    if let Some(inner) = line.strip_prefix(['(', '[', '|']) {
        return may_open_line(trim(inner));
    }
    // `GMT+7 12/02/2026 09:41`, `(GMT+7) ...`: the offset first.
    if vocab::OFFSET_NAMES.starting()(line).is_ok() {
        return true;
    }
    if short_weekday(line).is_ok()
        || dates::glued_month(line).is_ok()
        || LINE_OPENERS.may_start(line).0
            && (opens_with_day_word(line) || LABELS.starting().parse(line).is_ok())
    {
        return true;
    }
    memchr::memchr(b':', line.as_bytes())
        .and_then(|colon| line.get(..colon))
        .is_some_and(|head| head.split_whitespace().nth(4).is_none())
}

/// The first words of [`WEEKDAYS`], [`DAY_WORD`] and [`LABELS`], as a
/// filter.
pub(super) const LINE_OPENERS: WordFilter = DAY_OPENERS.with(LABELS.entries);

/// Whether `prefix` labels the date after it: a few words closed by a
/// colon, or one of [`LABELS`], or two (`Đăng tải lúc`), a comma after
/// them or not.
pub(super) fn is_label(prefix: &str) -> bool {
    // `Cập nhật, 09:41, Thứ Năm, 12/02/2026`: a label before a comma.
    let bare = trim(prefix.trim_end_matches([':', ',']));
    prefix.ends_with(':') && bare.split_whitespace().count() <= 4 || is_labels(bare)
}

/// Whether `bare` is one of [`LABELS`] or two (`Đăng tải lúc`).
fn is_labels(bare: &str) -> bool {
    LABELS.contains(bare)
        || LABELS
            .starting()
            .parse(bare)
            .is_ok_and(|(rest, _)| LABELS.contains(trim(rest)))
}

/// Whether `line` is a date's label alone closed by its colon (`Ngày
/// đăng:`, `Cập nhật lúc:`), one of [`LABELS`] or two.
pub(crate) fn is_date_label(line: &str) -> bool {
    line.strip_suffix(':')
        .is_some_and(|bare| is_labels(trim(bare)))
}

/// The shortest line read as a dateline and a lead glued on one line, in
/// bytes: longer than a dateline with its widgets.
const MIN_GLUED_LINE_BYTES: usize = 64;

/// How far into a line a dateline glued before the lead writes its time,
/// in bytes (`Chủ Nhật, 07/12/2025 - 08:45` is 33).
const MAX_GLUED_DATELINE_BYTES: usize = 64;

/// Whether a time's mark stands near the start of `line` (`08:45`,
/// `8h45`, `8 giờ 45`), as it does in a dateline glued before the lead; a
/// lead that opens with its own date (`Ngày 2-4-2024, ...`) has none.
/// Told from the bytes, before any normalization.
pub(crate) fn timed_near_start(line: &[u8]) -> bool {
    let head = line.get(..MAX_GLUED_DATELINE_BYTES).unwrap_or(line);
    has_time_mark(head) || memchr::memmem::find(head, "giờ".as_bytes()).is_some()
}

/// Whether `bytes` hold a time's mark right after a digit (`08:45`,
/// `8h45`, `8g45`), as a dateline with its time does.
pub(crate) fn has_time_mark(bytes: &[u8]) -> bool {
    let after_digit = |i: usize| {
        i.checked_sub(1)
            .and_then(|k| bytes.get(k))
            .is_some_and(u8::is_ascii_digit)
    };
    memchr::memchr_iter(b':', bytes).any(after_digit)
        || memchr::memchr3_iter(b'h', b'H', b'g', bytes).any(after_digit)
}

/// A dateline with its time that opens `line`, the lead glued after it
/// (`05/12/2025 08:45 (VTC News) - Sáng 5/12, ...`, `Thứ Sáu, 05/12/2025
/// - 08:45 Sáng 5/12, giá vàng ...`: a page's date and sapo read from one
/// tag): the dateline and the lead, a source marker or a sentence of more
/// words than a dateline's tail. A part of day the date's time took from
/// the lead (`08:45 Sáng 5/12`: `Sáng` before the lead's date) is the
/// lead's. `None` for every other line.
pub(crate) fn with_lead_after(line: &str) -> Option<(Found<'_>, &str)> {
    with_text_after(line, MAX_TAIL_WORDS)
}

/// A dateline with its time that opens `line`, the title glued after it
/// (`03/04/2024 - 07:35 Kết nạp đảng viên mới đạt 53,68% kế hoạch năm`: a
/// page's header joined on one line over the lead): the dateline and the
/// title, opened by a capital, of more than [`MIN_GLUED_TITLE_WORDS`]
/// words. For the line over the lead, where a title stands.
pub(crate) fn with_title_after(line: &str) -> Option<(Found<'_>, &str)> {
    with_text_after(line, MIN_GLUED_TITLE_WORDS)
}

/// The fewest words of a title glued after a dateline, less one: more than
/// a section's or a byline's (`Bình Thủy`, `Trần Minh Anh`).
const MIN_GLUED_TITLE_WORDS: usize = 3;

/// [`with_lead_after`] and [`with_title_after`]: a dateline with its time
/// opening `line`, then a marker or a capital and more than `words` words.
fn with_text_after(line: &str, words: usize) -> Option<(Found<'_>, &str)> {
    let first = *line.as_bytes().first()?;
    // A date, a weekday (`Thứ`, `Chủ nhật`, `CN`, `T2`) or `Ngày` first:
    // told by the first byte before the words.
    let day_word = || matches!(first | 0x20, b't' | b'c' | b'n') && opens_with_day_word(line);
    if line.len() < MIN_GLUED_LINE_BYTES || !(first.is_ascii_digit() || day_word()) {
        return None;
    }
    if !timed_near_start(line.as_bytes()) {
        return None;
    }
    let (after, raw) = dateline(line).ok()?;
    let (mut end, mut raw) = (line.len() - after.len(), raw);
    let mut lead = after.trim_start_matches(is_space);
    if lead.len() == after.len() {
        return None;
    }
    if lead.starts_with(|c: char| c.is_ascii_digit()) {
        let text = line.get(..end)?.trim_end_matches(is_space);
        let cut = text.rfind(' ')?;
        let (rest, shorter) = dateline(text.get(..cut)?).ok()?;
        if !rest.trim_matches(is_space).is_empty() {
            return None;
        }
        end = cut - rest.len();
        raw = shorter;
        lead = line.get(cut..)?.trim_start_matches(is_space);
    }
    raw.time?;
    let text = line.get(..end)?.trim_end_matches(is_space);
    let marked = || crate::parse::source::marker(lead).is_some();
    // A capital first, or a quote before it (`“Siêu máy bay” A350 ...`).
    let sentence = lead
        .trim_start_matches(vocab::OPENING_QUOTES)
        .starts_with(letters::is_uppercase)
        && more_words_than(lead, words);
    (sentence || marked()).then_some((
        Found {
            text,
            head: None,
            tail: None,
            raw,
        },
        lead,
    ))
}
