//! What a mention that opens with a digit is: a date, a time, a period, a
//! percent, a ratio or a figure, the grammars ruled out by what follows
//! the digits before they are tried.

use std::ops::ControlFlow;

use super::*;

/// A mention starting with a digit.
pub(super) fn numeric(s: &str, prev_word: &str, ctx: Context) -> Option<(usize, MentionValue)> {
    let digits = leading_digits(s);
    if phone_number(s, prev_word).is_some() {
        return None;
    }
    // `2024` in `năm 2023 và 2024`, `4` in `tháng 3, 4 năm 2024`: a year
    // or a month of a list.
    let listed = match ctx.listed {
        Some(Listed::Year) if digits == 4 => when::year_alone(s, ctx.dateline).ok(),
        Some(Listed::Month(before)) if digits <= 2 => {
            when::listed_month_period(s, ctx.dateline, before, prev_word).ok()
        }
        // `11` in `Ngày 10 và 11, ...`: the last day of a list without its
        // month.
        // `21` in `các ngày 20, 21, 22/3`: a day of the list whose month
        // closes it, first.
        Some(Listed::Day) if digits <= 2 => listed_day(s, ctx, true)
            .ok()
            .or_else(|| day_closing_clause(s, ctx, false)),
        _ => None,
    };
    if let Some((rest, v)) = listed {
        return Some((s.len() - rest.len(), v));
    }
    // `2024-04-03`: year first.
    if digits == 4 && matches!(s.as_bytes().get(4), Some(b'-' | b'/')) {
        if let Some((rest, v)) = iso_date(s, ctx) {
            return Some((s.len() - rest.len(), v));
        }
    }
    if let Some(found) = hour_before_dashed_time(s, digits, prev_word) {
        return Some(found);
    }
    // `9T/2024`: the first months of a year, abbreviated.
    if digits <= 2 && s.as_bytes().get(digits) == Some(&vocab::MONTH_LETTER) {
        if let Ok((rest, v)) = when::abbreviated_months(s) {
            return Some((s.len() - rest.len(), v));
        }
    }
    if !numeric_may_open(s.as_bytes(), digits) {
        return figure(s, digits);
    }
    let shape = Shape::of(s, digits);
    if let ControlFlow::Break(found) = digit_dates(s, prev_word, ctx, shape) {
        return found;
    }
    if shape.clock {
        if let Some(found) = clock_time(s, prev_word, ctx.after_date) {
            return Some(found);
        }
        // `24h qua`, `48h tới`: days counted in hours, the mark glued (a
        // day has 24 hours: two digits).
        if digits == 2 && matches!(s.as_bytes().get(2), Some(b'h' | b'H')) {
            if let Some((rest, v)) = hours_counted(s, ctx) {
                return Some((s.len() - rest.len(), v));
            }
        }
    }
    // One reading of the number for the percent and the figure: a percent
    // has its `%`, or the dash of a range, after it.
    let (after, number) = vn_number_with(s, digits).ok()?;
    let sign = trim_start(after);
    if sign.starts_with('%') || sign.starts_with(is_dash) || percent_word_follows(after) {
        if let Ok((rest, v)) = percent(s) {
            return Some((s.len() - rest.len(), v));
        }
    }
    // `1.5%`, `4.5%/năm`: a decimal point before a percent's sign.
    if after.starts_with('.') {
        if let Some(found) = point_percent(s) {
            return Some(found);
        }
    }
    if let Some(found) = day_month(s, prev_word, ctx, shape) {
        return Some(found);
    }
    // `3, 4 và 5/6`: a day of a list under one month; `28 và 29 Tết`, of
    // a lunar one.
    if digits <= 2 && matches!(s.as_bytes().get(digits), Some(b',' | b' ')) {
        if let Ok((rest, v)) = listed_lunar_day(s, ctx) {
            return Some((s.len() - rest.len(), v));
        }
        if let Ok((rest, v)) = listed_day(
            s,
            ctx,
            ctx.listed == Some(Listed::Day) || DATE_WORDS.contains(prev_word),
        ) {
            return Some((s.len() - rest.len(), v));
        }
    }
    // `giai đoạn 2021-2025`: a range of years.
    if digits == 4 {
        if let Ok((rest, v)) = when::year_range(s, prev_word, ctx.dateline) {
            return Some((s.len() - rest.len(), v));
        }
    }
    figure_after(s, digits, after, number)
}

/// What follows the leading digits, which rules grammars out before they
/// are tried: dates, times and day/month pairs open with one or two digits
/// and a given separator.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// `2-4`, `2/4`, `2.4`: a date with its day first.
    dmy: bool,
    /// `2 tháng 4`, `6 tháng đầu năm`: a date or period in words.
    written: bool,
    /// `7:35`, `7h`, `7 giờ`: a time.
    clock: bool,
    /// `2/4`: a day and month, or a ratio.
    slash: bool,
}

impl Shape {
    fn of(s: &str, digits: usize) -> Shape {
        let next = s.get(digits..).and_then(|r| r.chars().next());
        let short = digits <= 2;
        let spaced = next.is_some_and(is_space);
        Shape {
            // A dash in any of its forms too (`5–3–2025`).
            dmy: short && next.is_some_and(|c| matches!(c, '/' | '.') || is_dash(c)),
            written: short && spaced,
            clock: short
                && (matches!(next, Some(':' | 'h' | 'g' | 'H' | 'a' | 'p' | 'A' | 'P')) || spaced),
            slash: short && next == Some('/'),
        }
    }
}

/// The dates and periods that open with a day: `2-4-2024`, `12/6/19`,
/// `2-9 năm nay`, `2 tháng 4`, `3 ngày trước`, `6 tháng đầu năm`, `15 - 9 -
/// 2010`. `Break` with the answer (`None`: a date that reads but does not
/// end cleanly is no mention), `Continue` to try the other grammars.
fn digit_dates(
    s: &str,
    prev_word: &str,
    ctx: Context,
    shape: Shape,
) -> ControlFlow<Option<(usize, MentionValue)>> {
    let done = |rest: &str, v| ControlFlow::Break(Some((s.len() - rest.len(), v)));
    let Shape { dmy, written, .. } = shape;
    // `20-25/6`, `3-4/6/2024`, `1 - 5/1/2020`: days of one month, as after
    // `ngày`; not a count (`3-4/10 người`).
    let digits = leading_digits(s);
    let dash_next = match s.as_bytes().get(digits..) {
        Some([b'-', ..]) => true,
        // A space, then a hyphen or a dash of three bytes (`–` E2 80 93).
        Some([b' ', b'-' | 0xE2, ..]) => true,
        _ => false,
    };
    if (dmy || written) && dash_next {
        if let Ok((rest, v)) = when::day_range(s, ctx.dateline, false) {
            if !when::counted_noun_follows(rest) && !unit_follows(rest) {
                return done(rest, v);
            }
        }
    }
    // `01-12/2025`: months of a year, unless a document's number.
    if dmy && s.as_bytes().get(leading_digits(s)) == Some(&b'-') && !document_number(prev_word) {
        if let Ok((rest, v)) = when::month_range_of_year(s, ctx.dateline) {
            return done(rest, v);
        }
    }
    // `12/6 - 3/7`, `01/01-31/12/2020`: two days joined, a period; with
    // hyphens after a word naming an occasion (`dịp 30-4 - 1-5`).
    let occasion = || vocab::OCCASION_WORDS.contains(prev_word);
    if shape.slash || (dmy && occasion()) {
        if let Ok((rest, v)) = when::dated_range(s, ctx.dateline, !shape.slash) {
            return done(rest, v);
        }
    }
    if let Some((rest, d)) = dmy.then(|| date_dmy(s).ok()).flatten() {
        if ends_cleanly(rest) && !unit_follows(rest) {
            return match date_value(d.day, d.month, Some(d.year), ctx) {
                Some(v) => done(rest, v),
                None => ControlFlow::Break(None),
            };
        }
        return ControlFlow::Break(None);
    }
    // `12/6/19`, `3-9-98`: a two-digit year, the one within 50 years of the
    // dateline's.
    if let Some((rest, (d, m, yy))) = dmy.then(|| dmy_two_digit(s).ok()).flatten() {
        if ends_cleanly(rest) && !unit_follows(rest) {
            let year = when::two_digit_year(yy, ctx.dateline);
            if let Some(v) = date_value(d, m, Some(year), ctx) {
                return done(rest, v);
            }
        }
    }
    // `12/ 2/2026`: a space after the first slash.
    if shape.slash && s.as_bytes().get(digits + 1) == Some(&b' ') {
        spaced_date(s, ctx)?;
    }
    // `tỷ lệ 1/2000`: a scale, a ratio whatever its denominator; `tỷ lệ
    // 3:1`, `tỉ lệ 1:500`, a proportion, whichever term is the larger.
    if is_word(prev_word, vocab::RATE_WORD) {
        if let Ok((rest, (n, sep, d))) =
            (number(1, 3), alt((ch('/'), ch(':'))), number(1, 7)).parse(s)
        {
            let v = match sep {
                '/' => ratio(n, d),
                _ => (d > 0).then_some(MentionValue::Ratio {
                    numerator: u64::from(n),
                    denominator: u64::from(d),
                }),
            };
            if let Some(v) = v.filter(|_| ends_cleanly(rest) && !unit_follows(rest)) {
                return done(rest, v);
            }
        }
    }
    // `3/2024`, `12-2025`: a month of a year, unless a document's number
    // (`Thông tư 02/2015`, `số 3/2015`).
    let separator = s.as_bytes().get(leading_digits(s)).copied();
    if dmy && matches!(separator, Some(b'/' | b'-')) {
        if let Ok((rest, v)) = when::month_of_year(s, ctx.dateline) {
            if !document_number(prev_word) {
                return done(rest, v);
            }
        }
    }
    // `2-9 năm nay`, `15-8 năm ngoái`: the year counted from the dateline's.
    let counted = vocab::DURATION_BEFORE.contains(prev_word);
    if let Some((rest, (d, m))) = (dmy && !counted).then(|| day_month_any(s).ok()).flatten() {
        // `4/12 năm Quý Mão`: a lunar day, its year named in the cycle.
        if when::named_lunar_year_follows(rest) {
            if let Ok((rest, v)) = when::lunar_date(s, ctx.dateline) {
                return done(rest, v);
            }
        }
        if let Ok((rest, n)) = when::relative_year(rest) {
            if ends_cleanly(rest) {
                if let Some(v) = relative_year_date(d, m, n, ctx) {
                    return done(rest, v);
                }
            }
        }
        // `5/3 năm đó`: a year the text spoke of before.
        if let Ok((rest, ())) = when::referred_year_after(rest) {
            if let Some(v) = referred_date(d, m) {
                return done(rest, v);
            }
        }
    }
    if !written {
        return ControlFlow::Continue(());
    }
    written_dates(s, prev_word, ctx)
}

/// A date, days or months counted, or a lunar day written with words
/// after the digits opening `s` (`14 tháng Giêng`, `3 ngày trước`, `6
/// tháng đầu năm 2024`, `15 - 9 - 2010`), `prev_word` standing before
/// them.
fn written_dates(
    s: &str,
    prev_word: &str,
    ctx: Context,
) -> ControlFlow<Option<(usize, MentionValue)>> {
    let done = |rest: &str, v| ControlFlow::Break(Some((s.len() - rest.len(), v)));
    // `14 tháng Giêng`, `23 tháng Chạp năm Giáp Thìn`, `14 tháng 3 âm
    // lịch`: a lunar day, as after `ngày`.
    let written_date = date_written_mention(s, false, ctx);
    let rest = written_date.as_ref().ok().map(|(rest, _)| *rest);
    if when::digit_day_may_be_lunar(s, rest) {
        if let Ok((rest, d)) = when::lunar_date(s, ctx.dateline) {
            return done(rest, d);
        }
    }
    if let Ok((rest, d)) = written_date {
        if named_place(prev_word, &d) {
            return ControlFlow::Break(None);
        }
        return done(rest, d);
    }
    // `3 ngày trước`, `7 ngày qua`, `2 tuần tới`, `3 tháng 10 ngày trước`:
    // days counted from the dateline's, never after a word announcing a
    // date (`ngày 3 tháng 10 ngày trước đó`).
    let counted = when::counted_days(s, ctx.dateline)
        .ok()
        .filter(|_| !DATE_WORDS.contains(prev_word));
    if let Some((rest, d)) = counted {
        return done(rest, d);
    }
    // `6 tháng đầu năm 2024`: the first or last months of a year.
    if let Ok((rest, d)) = when::period(s, when::PeriodWord::Count, prev_word, ctx.dateline) {
        return done(rest, d);
    }
    // `15 - 9 - 2010`: spaced dashes, with the year.
    spaced_date(s, ctx)
}

/// [`when::counted_days`] of hours with their mark glued (`24h qua`): out
/// of the way of the numbers' common path.
#[cold]
#[inline(never)]
fn hours_counted(s: &str, ctx: Context) -> Option<(&str, MentionValue)> {
    when::counted_days(s, ctx.dateline).ok()
}

/// `15 - 9 - 2010`, `12/ 2/2026`, `12 / 2 / 2026`: a day, month and year
/// with spaces beside their separators, as [`date_dmy_spaced`] reads them;
/// `Break` with the date (`None` when no such day exists), `Continue` when
/// none is written so or it does not end cleanly.
fn spaced_date(s: &str, ctx: Context) -> ControlFlow<Option<(usize, MentionValue)>> {
    if let Ok((rest, d)) = date_dmy_spaced(s) {
        if ends_cleanly(rest) && !unit_follows(rest) {
            return ControlFlow::Break(
                date_value(d.day, d.month, Some(d.year), ctx).map(|v| (s.len() - rest.len(), v)),
            );
        }
    }
    ControlFlow::Continue(())
}

/// Whether digits after `prev_word` number a document, an address or
/// one of a year's sessions, or write a scale (`Thông tư 02/2015`, `số
/// 3/2015`, `đợt 2/2024`, `tỷ lệ 1/2000`) rather than a month.
fn document_number(prev_word: &str) -> bool {
    NOT_RATIO_BEFORE.contains(prev_word)
        || vocab::DOCUMENT_LAST_WORDS.contains(prev_word)
        || vocab::NUMBERED_IN_YEAR.contains(prev_word)
        || is_word(prev_word, vocab::RATE_WORD)
}

/// A time that opens with its hour (`7:35`, `19h`, `3 giờ chiều`); a part
/// of day before the hour (`tối 19h`, `chiều 3 giờ`) makes it a time, and
/// applies, as does a date right before it (`after_date`: `ngày mai 8h`,
/// `tối 2/4, 8 giờ`), whose part of day the scanner applies.
fn clock_time(s: &str, prev_word: &str, after_date: bool) -> Option<(usize, MentionValue)> {
    let (rest, t) = time(s).ok()?;
    let whole = (prev_word.is_empty() && trim_start(rest).is_empty()) || after_date;
    let t = match crate::vocab::PARTS_OF_DAY.whole(prev_word) {
        Some(part) if !t.has_part() => t.with_part(part),
        _ => t,
    };
    let ends = ends_cleanly(rest) || time_range_follows(rest);
    if hour_is_time(&t, prev_word, rest, whole) && ends && !rest.starts_with('%') {
        return time_value(with_range_part(t, rest)).map(|v| (s.len() - rest.len(), v));
    }
    None
}

/// A day and month without a year: after a date word that closed the
/// mention before (`9h sáng 1-12`; `d-m` and `d.m` need one, see
/// `impossible_date`), or with a slash (`2/9`), which is else a ratio
/// (`51/95`) unless a unit follows (`2/9 kg` is a figure); after a word of
/// addresses (`hẻm 10/2`, `lớp 10/2`) neither.
fn day_month(
    s: &str,
    prev_word: &str,
    ctx: Context,
    shape: Shape,
) -> Option<(usize, MentionValue)> {
    let done = |rest: &str, v| Some((s.len() - rest.len(), v));
    let occasion = || vocab::OCCASION_WORDS.contains(prev_word);
    let announced = shape.dmy
        && (ctx.listed == Some(Listed::Day)
            || DATE_WORDS.contains(prev_word)
            || DATE_WORDS_AFTER.contains(prev_word)
            || occasion());
    if let Some((rest, (day, month))) =
        announced
            .then(|| day_month_any(s).ok())
            .flatten()
            .filter(|(rest, _)| {
                !(occasion() && (when::counted_noun_follows(rest) || unit_follows(rest)))
            })
    {
        if let Some((after, v)) = written_year_after(rest, day, month, ctx) {
            return done(after, v);
        }
        if let Some((after, v)) = directed_date(day, month, rest, ctx) {
            return done(after, v);
        }
        if day_month_ends(rest) {
            if let Some(v) = listed_date_value(day, month, rest, ctx) {
                return done(rest, v);
            }
        }
    }
    // `Từ 1-7, luật có hiệu lực`, `hiệu lực từ 15.7 tới`: after `từ`, a
    // day and month joined by a hyphen or a dot where the clause closes, or
    // a year or a direction follows; else a range of counts (`từ 1-7 ly`,
    // `từ 3-5 ngày`) or the start of a range of days (`từ 1-7 đến 31-12`,
    // read before this). A day and month joined by a dot, likewise after a
    // word that places a day (`trước 30.4,`, `vào 2.9 năm nay`).
    let placed = || {
        is_word(prev_word, vocab::RANGE_FROM)
            || (s.as_bytes().get(leading_digits(s)) == Some(&b'.')
                && vocab::DAY_PLACING_WORDS.contains(prev_word))
    };
    if shape.dmy && !shape.slash && placed() {
        if let Ok((rest, (day, month))) = day_month_any(s) {
            if let Some((after, v)) = written_year_after(rest, day, month, ctx)
                .or_else(|| directed_date(day, month, rest, ctx))
            {
                return done(after, v);
            }
            if when::clause_closes_after_day(rest) {
                if let Some(v) = listed_date_value(day, month, rest, ctx) {
                    return done(rest, v);
                }
            }
        }
    }
    let (rest, (day, month)) = shape.slash.then(|| day_month_slash(s).ok()).flatten()?;
    // `trực 24/7`, `hỗ trợ 24/7`: round the clock, unless announced as a
    // day (`ngày 24/7`, read above). An address's word before a lunar day
    // is none (`Giỗ Tổ 10/3 âm lịch`).
    if !(ends_cleanly(rest) || glued_date_follows(rest))
        || rest.starts_with('%')
        || (vocab::ADDRESS_WORDS.contains(prev_word)
            && !when::digit_day_may_be_lunar(s, Some(rest)))
        || (day, month) == vocab::ROUND_THE_CLOCK
        || (month == vocab::DAYS_OF_A_WEEK && day <= month && days_counted_after(rest))
    {
        return None;
    }
    // `chiếm 1/3`, `hơn 1/2`, `1/3 số học sinh`: a fraction; `thứ 2/10`: a
    // rank.
    let rank = day <= month
        && (is_word(prev_word, vocab::ORDINAL_WORD) || vocab::RANK_NOUNS.contains(prev_word));
    // Not after `từ` (`Từ 1/7 số tiền phạt tăng`: a date, the comma left
    // out).
    let counted_after = || {
        !is_word(prev_word, vocab::RANGE_FROM)
            && rest
                .strip_prefix(' ')
                .is_some_and(|r| vocab::FRACTION_AFTER.starting()(r).is_ok())
    };
    if rank
        || (day < month
            && month <= vocab::FRACTION_MAX_DENOMINATOR
            && (vocab::FRACTION_BEFORE.contains(prev_word) || counted_after()))
    {
        return ratio(day, month).and_then(|v| done(rest, v));
    }
    // `10/3 âm lịch`: a lunar day.
    if when::digit_day_may_be_lunar(s, Some(rest)) {
        if let Ok((rest, v)) = when::lunar_date(s, ctx.dateline) {
            return done(rest, v);
        }
    }
    // `15/3 năm 2024`: the year after `năm`.
    if let Some((after, v)) = written_year_after(rest, day, month, ctx) {
        return done(after, v);
    }
    if let Some((after, v)) = directed_date(day, month, rest, ctx) {
        return done(after, v);
    }
    if let Some(v) = listed_date_value(day, month, rest, ctx).filter(|_| !unit_follows(rest)) {
        return done(rest, v);
    }
    if !NOT_RATIO_BEFORE.contains(prev_word) {
        if let Some(v) = ratio(day, month) {
            return done(rest, v);
        }
    }
    None
}

/// Whether what follows the digits at the start of `s` may make a mention:
/// a separator (`/`, `-`, `.`, `,`, `:`), `h`/`g` (`18h15`), `%`, AM or PM
/// (`4pm`), or a space and `tháng`, `giờ`, `%` or AM or PM. A number
/// followed by a word is none.
pub(super) fn numeric_may_open(s: &[u8], digits: usize) -> bool {
    let after = s.get(digits..).unwrap_or_default();
    match after.first() {
        Some(b'/' | b'-' | b'.' | b',' | b':' | b'h' | b'H' | b'g' | b'%') => true,
        // `4pm`, `10am`, `4p.m.`: an hour before AM or PM.
        Some(b'a' | b'p' | b'A' | b'P') => {
            digits <= 2 && matches!(after.get(1), Some(b'm' | b'M' | b'.'))
        }
        // `\u{2013}` and `\u{2212}`: `15–25%`.
        Some(0xE2) => true,
        Some(b' ') | Some(0xC2) => {
            let word = after
                .get(if after.first() == Some(&b' ') { 1 } else { 2 }..)
                .unwrap_or_default();
            // `15 - 9 - 2010`, `21 – 8`: a spaced dash (`-`, or E2 for
            // `–`, `—`, `−`).
            // The words that may follow a number in a mention, by their
            // first bytes in either case: `tháng` (74 68 C3 A1/81), `tuần`
            // (74 75 E1), `Tết` (54 E1 BA), `giờ` (67 69 E1 BB), `ngày` (6E 67 C3 A0/80),
            // `năm` (6E C4 83/82), `quý`; `h`/`g` alone (`11 h45`).
            let lower = |k: usize| word.get(k).map_or(0, |b| b | 0x20);
            let byte = |k: usize| word.get(k).copied().unwrap_or(0);
            let (first, second) = (lower(0), lower(1));
            (first == b't' && second == b'h' && byte(2) == 0xC3 && (byte(3) | 0x20) == 0xA1)
                // `thg` (`1 thg 4, 2024`)
                || (first == b't' && second == b'h' && lower(2) == b'g' && byte(3) == b' ')
                // `Th9` (`10 Th9, 2023`)
                || (first == b't' && second == b'h' && byte(2).is_ascii_digit())
                || (first == b't' && second == b'u' && byte(2) == 0xE1)
                // `Tết` (54 E1 BA BF): `30 Tết`.
                || (first == b't' && byte(1) == 0xE1 && byte(2) == 0xBA)
                // `tiếng` (74 69 E1 BA BF): `24 tiếng qua`.
                || (first == b't' && second == b'i' && byte(2) == 0xE1 && byte(3) == 0xBA)
                || (first == b'g' && second == b'i' && byte(2) == 0xE1)
                || (first == b'n' && second == b'g' && byte(2) == 0xC3 && (byte(3) | 0x20) == 0xA0)
                || ((first == b'h' || first == b'g')
                    && !word.get(1).is_some_and(u8::is_ascii_alphabetic))
                || (first == b'n' && byte(1) == 0xC4)
                // `quý`, `quí` (71 75 C3): `3 quý đầu năm`.
                || (first == b'q' && second == b'u' && byte(2) == 0xC3)
                || word.starts_with(b"%")
                // `phần trăm` (70 68 E1 BA A7): `50 phần trăm`.
                || (first == b'p' && second == b'h' && byte(2) == 0xE1)
                || word.starts_with(b"-")
                // `12 / 2 / 2026`: a spaced slash.
                || word.starts_with(b"/")
                // `12 và 13/6`, `4 hoặc 5/6`: a list of days.
                || (vocab::JOINERS.may_start_byte(byte(0))
                    && vocab::JOINERS.entries.iter().any(|(joiner, ())| {
                        word.starts_with(joiner.as_bytes())
                            && word.get(joiner.len()) == Some(&b' ')
                    }))
                // `4 pm`, `10 AM`, `10 a.m.`: an hour before AM or PM; `am`
                // in small letters only before a mark or the end (`8 am
                // hiểu` is a verb).
                || (digits <= 2
                    && match (byte(0), byte(1)) {
                        (b'a' | b'p' | b'A' | b'P', b'.') => true,
                        (b'p' | b'P' | b'A', b'm' | b'M') => true,
                        (b'a', b'm' | b'M') => !matches!(byte(2), b' ' | 0xC2),
                        _ => false,
                    })
                // `rưỡi` (72 C6 B0): `3 rưỡi chiều`, half past; `rạng`
                // (72 E1 BA A1): a list of days joined by the part of the
                // next (`đêm 15 rạng sáng 16/3`).
                || (first == b'r' && byte(1) == 0xC6)
                || (digits <= 2 && first == b'r' && byte(1) == 0xE1 && byte(2) == 0xBA && byte(3) == 0xA1)
                || word.first() == Some(&0xE2)
                // `đến` (C4 91 E1 BA BF) after four digits: `2020 đến nay`.
                || (digits == 4 && word.starts_with(&[0xC4, 0x91, 0xE1, 0xBA, 0xBF]))
        }
        _ => false,
    }
}

/// Whether `phần trăm` may follow the space at the start of `rest`: `ph`,
/// then `ầ` (E1 BA A7), told by its first bytes ([`percent`] reads the
/// word).
fn percent_word_follows(rest: &str) -> bool {
    matches!(rest.as_bytes(), [b' ', b'p', b'h', 0xE1, ..])
}

/// `53,68%`, `15-25%`, `20%-30%`, `1,9 %`, `50 phần trăm`.
pub(super) fn percent(i: &str) -> Res<'_, MentionValue> {
    let to = || preceded((sp0, dash, sp0), vn_decimal);
    let (i, value) = vn_decimal(i)?;
    let (i, value_to) = opt(to()).parse(i)?;
    let (i, _) = percent_sign(i)?;
    // `20%-30%`: each end with its sign.
    let (i, value_to) = match value_to {
        Some(_) => (i, value_to),
        None => opt(nom::sequence::terminated(to(), percent_sign)).parse(i)?,
    };
    Ok((i, MentionValue::Percent { value, value_to }))
}

/// `1.5%`, `4.5 %`: one to three digits, a dot and one or two digits
/// before a percent's sign, which no date stands before: a decimal point
/// (the thousands dot takes three digits). Its length and value.
fn point_percent(s: &str) -> Option<(usize, MentionValue)> {
    let len = crate::parse::number::ambiguous(s)?;
    let (figure, after) = s.split_at_checked(len)?;
    let (rest, ()) = percent_sign(after).ok()?;
    let value = figure.parse::<crate::decimal::Decimal>().ok()?;
    Some((
        s.len() - rest.len(),
        MentionValue::Percent {
            value,
            value_to: None,
        },
    ))
}

/// The sign after a percent's number: `%`, or `phần trăm` written out
/// after a space (`50 phần trăm`).
fn percent_sign(i: &str) -> Res<'_, ()> {
    alt((
        (sp0, ch('%')).map(|_| ()),
        (sp1, word(vocab::PERCENT_WORD)).map(|_| ()),
    ))
    .parse(i)
}

pub(super) fn ratio(numerator: u32, denominator: u32) -> Option<MentionValue> {
    (denominator > 0 && numerator <= denominator).then_some(MentionValue::Ratio {
        numerator: u64::from(numerator),
        denominator: u64::from(denominator),
    })
}

/// Whether `word` is a country's calling code: `+` and one to three
/// digits, in brackets or not (`+84`, `(+84)`).
fn is_country_code(word: &str) -> bool {
    let code = word.strip_prefix('(').unwrap_or(word);
    let code = code.strip_suffix(')').unwrap_or(code);
    code.strip_prefix('+')
        .is_some_and(|d| (1..=3).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit()))
}

/// The most digits of a phone number.
const MAX_PHONE_DIGITS: usize = 11;

/// The length of the phone number that opens `s`, written in groups of
/// digits joined by one space or dot: `0987 654 321`, `024 3825 1234`,
/// `0912.345.678` (a first group of two to four digits opening with `0`,
/// nine to eleven digits in all), the area code in brackets (`(024) 3825
/// 1234`, `s` after the bracket), a hotline `1900 1234`, `1800 6789` (eight
/// digits); after a country's code (`before`, the word before it: `+84`,
/// `(+84)`), the number without its `0` (`+84 912 345 678`, eight to ten
/// digits).
pub(super) fn phone_number(s: &str, before: &str) -> Option<usize> {
    let b = s.as_bytes();
    let hotline = b.starts_with(b"1900") || b.starts_with(b"1800");
    let national = b.first() == Some(&b'0') || hotline;
    // The word before looked at only for a number that opens with no `0`.
    let abroad = !national && is_country_code(before);
    if !national && !abroad {
        return None;
    }
    let group = |at: usize| Some(leading_digits(s.get(at..)?)).filter(|g| (2..=4).contains(g));
    let mut len = group(0)?;
    let (mut total, mut groups) = (len, 1);
    // `(024) 3825 1234`: the bracket closing the area code.
    if !abroad && b.get(len..len + 2) == Some(b") ") {
        len += 1;
    }
    // The next group after one space or dot, up to more digits than a
    // number holds (a run of groups built to be slow stops there).
    while let Some([b' ' | b'.', _]) = b.get(len..len + 2) {
        let Some(g) = group(len + 1) else { break };
        (len, total, groups) = (len + 1 + g, total + g, groups + 1);
        if total > MAX_PHONE_DIGITS {
            return None;
        }
    }
    let digits_ok = if hotline {
        total == 8
    } else if abroad {
        (8..=MAX_PHONE_DIGITS - 1).contains(&total)
    } else {
        (9..=MAX_PHONE_DIGITS).contains(&total)
    };
    let ends = !b.get(len).is_some_and(|c| c.is_ascii_alphanumeric());
    (groups >= 2 && digits_ok && ends).then_some(len)
}

/// Whether ` ngày` follows as a word (`7/7 ngày`: days counted, not the
/// 7th of July).
fn days_counted_after(rest: &str) -> bool {
    (sp1, word(vocab::DAY_WORD)).parse(rest).is_ok()
}

/// Whether a day and month written out without their year after one of
/// [`vocab::ADDRESS_WORDS`] name a street or a place (`đường 3 Tháng 2`,
/// `đường Ba Tháng Hai`, `cầu 2 Tháng 9`), as `đường 3/2` does: no
/// date.
pub(super) fn named_place(prev_word: &str, value: &MentionValue) -> bool {
    matches!(
        value,
        MentionValue::Date {
            year_inferred: true,
            ..
        }
    ) && vocab::ADDRESS_WORDS.contains(prev_word)
}

/// Whether a day and month without their year follow one of
/// [`vocab::PLACE_PHRASES`] ending `head` (`đại lộ 30/4`, `Nhà văn hóa
/// 3/2`, `vòng xoay 3/2`; `prev_word` its last word): a place named for the
/// date, no date.
#[inline(always)]
pub(super) fn named_place_of_words(head: &str, prev_word: &str, value: &MentionValue) -> bool {
    matches!(
        value,
        MentionValue::Date {
            year_inferred: true,
            ..
        }
    ) && place_phrase_ends(head, prev_word)
}

/// Whether one of [`vocab::PLACE_PHRASES`] ends `head`, `prev_word` its
/// last word. Out of line: few dates stand after such a word.
#[inline(never)]
fn place_phrase_ends(head: &str, prev_word: &str) -> bool {
    if !vocab::PLACE_PHRASE_LAST_WORDS.contains(prev_word) {
        return false;
    }
    let head = head.trim_end();
    vocab::PLACE_PHRASES
        .iter()
        .any(|p| crate::parse::common::ends_with_word(head, p) || is_word(head, p))
}
