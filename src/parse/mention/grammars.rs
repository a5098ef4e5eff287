//! The grammar each opening of a mention leads to: a figure, a bracket or
//! a currency sign, and the words that open dates, periods, quarters,
//! times and feasts; a day whose year was inferred moved back when the
//! words before it look back.

use super::*;

/// The mention starting `s`, with its byte length; `head` is the text
/// before it, `prev_word` the word the scanner read before it.
pub(super) fn mention_at(
    s: &str,
    start: Start,
    (head, prev_word): (&str, &str),
    ctx: Context,
) -> Option<(usize, MentionValue)> {
    // `mất khoảng 2 giờ`, `trong khoảng 8h`: a time word after a word of
    // duration counts hours; the number is read as if that word stood
    // right before it.
    let duration = || {
        (hour_follows(s) && TIME_WORDS.contains(prev_word))
            .then(|| word_before(head))
            .filter(|&w| vocab::DURATION_BEFORE.contains(w))
    };
    // `mỗi ngày 2-3 cốc`: `ngày` after a word of every one announces no
    // date; the number is read as if it stood alone.
    let every_day = || is_word(prev_word, vocab::DAY_WORD) && every(word_before(head));
    let opener = match start {
        Start::Word(Opener::TimeWord) if vocab::DURATION_BEFORE.contains(prev_word) => {
            return None;
        }
        Start::Word(Opener::Day) if every(prev_word) => return None,
        Start::Word(opener) => opener,
        // `từ thứ 2 đến thứ 6`: days of a list, no figures.
        Start::Sign if is_listed_weekday_number(s, head, prev_word) => return None,
        Start::Sign if s.as_bytes().first()?.is_ascii_digit() => {
            let prev_word = if every_day() { "" } else { prev_word };
            let found = numeric(s, duration().unwrap_or(prev_word), ctx)
                .filter(|(_, v)| !named_place_of_words(head, prev_word, v));
            return with_direction(s, found, ctx.dateline);
        }
        Start::Sign => {
            if let Some((after, currency)) = currency_sign(s) {
                return signed_money(s, after, currency);
            }
            let (rest, value) = bracketed_date(s, ctx).ok()?;
            return Some((s.len() - rest.len(), value));
        }
    };
    // After `thứ` a number is an ordinal or a weekday's (`lần thứ hai`,
    // `thứ Năm tới`): never a count, a year or an hour.
    if matches!(opener, Opener::Number | Opener::Year) && is_word(prev_word, vocab::ORDINAL_WORD) {
        return None;
    }
    let found = opened_by(s, opener, (head, prev_word), ctx);
    let dl = ctx.dateline;
    let found = found.map(|(rest, v)| {
        let inferred = matches!(
            v,
            MentionValue::Date {
                year_inferred: true,
                ..
            } | MentionValue::Period {
                year_inferred: true,
                relative: false,
                ..
            }
        );
        let v = match dl {
            Some(d) if inferred && looks_back(s, prev_word) => gone_by(v, d),
            _ => v,
        };
        (s.len() - rest.len(), v)
    });
    with_direction(s, found, dl)
}

/// [`when::relative_day`] unless a word counting days stands before it
/// (`mấy hôm nay`, `vài ngày nay`: these last days, no one day).
fn relative_day_uncounted<'a>(
    s: &'a str,
    prev_word: &str,
    dl: Option<NaiveDate>,
) -> crate::parse::common::Res<'a, MentionValue> {
    let found = when::relative_day(s, dl)?;
    if vocab::COUNT_WORDS.contains(prev_word) {
        return crate::parse::common::fail(s);
    }
    Ok(found)
}

/// The mention `opener` opens at the start of `s` and what follows it;
/// `head` is the text before it, `prev_word` the word the scanner read
/// before it.
#[inline(always)]
fn opened_by<'a>(
    s: &'a str,
    opener: Opener,
    (head, prev_word): (&str, &str),
    ctx: Context,
) -> Option<(&'a str, MentionValue)> {
    let dl = ctx.dateline;
    match opener {
        Opener::Quarter => quarter(s, prev_word, ctx).ok(),
        Opener::Day => when::lunar_date(s, dl)
            .or_else(|_| listed_lunar_day(s, ctx))
            .or_else(|_| announced_date(s, ctx, false))
            .or_else(|_| relative_day_uncounted(s, prev_word, dl))
            .or_else(|_| when::month_extreme(s, dl))
            .ok()
            .or_else(|| {
                // `ngày Quốc khánh`, `ngày lễ Giáng sinh`, `ngày Valentine`;
                // `ngày vía Thần Tài`, `ngày lễ Vu Lan`, a lunar feast: told
                // by the first letter after `ngày` (`l` of `lễ`).
                let first = next_word_first(s)?;
                let rite = first | 0x20 == b'l';
                let solar = rite || vocab::DAY_FEASTS.iter().any(|t| t.may_start_byte(first));
                let lunar = rite || vocab::NAMED_LUNAR_FEASTS.may_start_byte(first);
                solar
                    .then(|| when::feast_day(s, dl).ok())
                    .flatten()
                    .or_else(|| lunar.then(|| when::lunar_feast_day(s, dl).ok()).flatten())
            }),
        Opener::EarlyDay => when::lunar_date(s, dl)
            .or_else(|_| listed_lunar_day(s, ctx))
            .or_else(|_| announced_date(s, ctx, false))
            .ok(),
        Opener::DateWord => announced_date(s, ctx, true)
            .or_else(|_| relative_day_uncounted(s, prev_word, dl))
            .ok()
            .or_else(|| {
                // `đêm giao thừa`
                matches!(next_word_first(s), Some(b'g' | b'G'))
                    .then(|| when::lunar_eve(s, dl).ok())
                    .flatten()
            }),
        Opener::Tomorrow => when::relative_day(s, dl).ok(),
        // `T12/2023`, `Th12/2023`, a month; `T2 tuần sau`, a weekday.
        Opener::Month
            if matches!(
                s.as_bytes(),
                [vocab::MONTH_LETTER, b'0'..=b'9', ..]
                    | [vocab::MONTH_LETTER, b'h', b'0'..=b'9', ..]
            ) =>
        {
            abbreviated_month(s, dl).or_else(|| abbreviated_weekday(s, head, ctx))
        }
        Opener::Month => month_first_date(s, ctx)
            .or_else(|_| when::period(s, when::PeriodWord::Month, prev_word, dl))
            .ok()
            .filter(|(_, v)| !names_an_event(head, v)),
        Opener::Year => year_opened(s, prev_word, dl),
        Opener::Period(kind) => period_opened(s, kind, prev_word, dl),
        Opener::FullMoon => when::lunar_date(s, dl).ok(),
        // `sáu tháng đầu năm`; `bảy giờ`, `hai mươi giờ`, `mười một giờ`.
        Opener::Number => {
            number_opened(s, prev_word, ctx).filter(|(_, v)| !named_place(prev_word, v))
        }
        Opener::Sharp => worded_time(s, prev_word).ok(),
        Opener::TimeWord => announced_time(s).ok(),
        Opener::Weekday => weekday_mention(s, head, ctx).ok(),
        Opener::ShortWeekday => abbreviated_weekday(s, head, ctx),
        Opener::Ago => when::ago(s, dl).ok(),
        // `vỉa hè năm 2024`: the pavement, no summer.
        Opener::Season if vocab::NOT_SUMMER_BEFORE.contains(prev_word) => None,
        Opener::Season => when::season(s, dl)
            .or_else(|_| when::feast_season(s, dl))
            .ok(),
        Opener::NewYear => when::lunar_new_year(s, dl)
            .or_else(|_| when::lunar_eve(s, dl))
            .or_else(|_| when::solar_new_year(s, dl))
            .ok(),
        Opener::SolarFeast => when::solar_feast(s, dl).ok(),
        Opener::LunarFeast => when::named_lunar_feast(s, prev_word, dl).ok(),
        Opener::Born => when::birth_year(s).ok(),
        Opener::Half => when::abbreviated_half(s).ok(),
    }
}

/// What `năm` opens: a year or years (`năm 2024`, `năm 2024 - 2025`), a
/// year counted from the dateline, a time (`năm giờ`), a lunar year
/// (`năm Giáp Thìn`) or days counted (`năm ngày trước`).
fn year_opened<'a>(
    s: &'a str,
    prev_word: &str,
    dl: Option<NaiveDate>,
) -> Option<(&'a str, MentionValue)> {
    match next_word_first(s) {
        // `năm 2024`, `năm nay`, `năm ngoái`, `năm tới`, `năm sau`, `năm qua`,
        // `năm trước`, `năm kế tiếp`, `năm hiện tại`, `năm vừa qua`, `năm rồi`;
        // `năm giờ`; `năm 2024 - 2025`: the years from one to the other;
        // years in words (`năm chín trăm ba tám`, `năm bảy trăm`).
        Some(
            first @ (b'0'..=b'9'
            | b'n'
            | b't'
            | b's'
            | b'k'
            | b'h'
            | b'm'
            | b'q'
            | b'v'
            | b'b'
            | b'c'
            | b'r'),
        ) => {
            let years = |r| when::year_range(r, prev_word, dl);
            first
                .is_ascii_digit()
                .then(|| preceded((word(vocab::YEAR_WORD), sp1), years).parse(s).ok())
                .flatten()
                .map_or_else(
                    || when::period(s, when::PeriodWord::Year, prev_word, dl),
                    Ok,
                )
                // `năm ngày trước`: five days ago.
                .or_else(|_| when::counted_days(s, dl))
                .ok()
        }
        Some(b'g') => worded_time(s, prev_word).ok(),
        // `năm Giáp Thìn`, `năm Ất Tỵ`: the lunar year, after the first
        // byte of a stem's capital (`Ất` E1, `Đinh` C4).
        Some(b'G' | b'B' | b'C' | b'K' | b'M' | b'N' | b'Q' | b'T' | 0xC4 | 0xE1) => {
            when::period(s, when::PeriodWord::Year, prev_word, dl).ok()
        }
        _ => None,
    }
}

/// What a word of periods (`kind`: `từ`, `đến`, a part, a decade, a week...)
/// opens, told by the first byte of the word after it first.
fn period_opened<'a>(
    s: &'a str,
    kind: when::PeriodWord,
    prev_word: &str,
    dl: Option<NaiveDate>,
) -> Option<(&'a str, MentionValue)> {
    // What may follow each word: `từ` a day, month, year, part
    // or lunar day (`12`, `ngày`, `tháng`, `năm`, `đầu`, `cuối`,
    // `giữa`, `nửa`, `mùng`, `rằm`, `thượng`, `hạ`), a day counted
    // from the dateline (`hôm qua`, `sáng nay`) or the dateline's
    // (`nay`, `giờ`, `bây giờ`, `đây`); `đến` `hết`;
    // a part `tháng`, `năm`, `tuần`, `quý`, `đầu`, `cuối`; `tuần` a
    // relative word.
    let next = next_word_first(s).map(|b| b | 0x20);
    let may = match kind {
        when::PeriodWord::From => matches!(
            next,
            Some(
                b'0'..=b'9'
                    | b'n'
                    | b't'
                    | 0xE4
                    | b'c'
                    | b'g'
                    | b'm'
                    | b'r'
                    | b'h'
                    | b'q'
                    | b'b'
                    | b's'
            )
        ),
        when::PeriodWord::To => next == Some(b'h'),
        when::PeriodWord::Part => {
            matches!(next, Some(b'0'..=b'9' | b't' | b'n' | 0xE4 | b'c' | b'q'))
        }
        // `những năm` (6E C4), `thập niên` (6E 69), `thế kỷ` (6B E1).
        when::PeriodWord::Decade => matches!(
            next_word_bytes(s),
            Some([b'n' | b'N', 0xC4 | b'i' | b'I'] | [b'k' | b'K', 0xE1])
        ),
        _ => true,
    };
    if may {
        // `nửa tháng qua`, `nửa năm tới`: half a month or year counted.
        (kind == when::PeriodWord::Part)
            .then(|| when::half_counted(s, dl).ok())
            .flatten()
            .or_else(|| when::period(s, kind, prev_word, dl).ok())
            .or_else(|| {
                // `tuần đầu tiên của tháng 9`; `tuần 12/2024`, a week of a
                // year by its number.
                (kind == when::PeriodWord::Week)
                    .then(|| {
                        when::week_of_year(s, dl)
                            .or_else(|_| when::month_extreme(s, dl))
                            .ok()
                    })
                    .flatten()
            })
            .or_else(|| {
                // `Trung thu năm nay`: a feast, no part of a month.
                (kind == when::PeriodWord::Part && next == Some(b't'))
                    .then(|| when::named_lunar_feast(s, prev_word, dl).ok())
                    .flatten()
            })
    } else {
        None
    }
}

/// What a number in words opens: a count or date before `tháng`, `ngày`,
/// `năm` or `quý`, or a time (`bảy giờ`, `mười một giờ`).
fn number_opened<'a>(s: &'a str, prev_word: &str, ctx: Context) -> Option<(&'a str, MentionValue)> {
    let dl = ctx.dateline;
    match next_word_first(s) {
        // `mười tám giờ`: a time when no date or count reads.
        Some(b't' | b'T') => {
            counted_or_dated(s, prev_word, ctx).or_else(|| worded_time(s, prev_word).ok())
        }
        // `năm ngày trước`, `hai năm qua` (`ngày` 6E 67, `năm` 6E C4),
        // `mười ngày đầu tháng 5`.
        Some(b'n' | b'N') => matches!(next_word_bytes(s), Some([_, b'g' | b'G' | 0xC4]))
            .then(|| {
                when::counted_days(s, dl)
                    .or_else(|_| when::period(s, when::PeriodWord::Count, prev_word, dl))
                    .ok()
            })
            .flatten()
            .or_else(|| worded_time(s, prev_word).ok()),
        Some(b'g' | b'G') => worded_time(s, prev_word).ok(),
        // `hai quý cuối năm`: quarters counted.
        Some(b'q' | b'Q') => counted_or_dated(s, prev_word, ctx),
        // `hai hôm nay`, `ba hôm qua` (`hôm` 68 C3 B4): days counted (the
        // scan anchors them at `nay`, `qua`; `hai hôm trước` holds none).
        Some(b'h' | b'H') if matches!(next_word_bytes(s), Some([_, 0xC3])) => {
            when::counted_days(s, dl).ok()
        }
        // A number of two words or more: `mười hai tháng qua`, `hai
        // mươi tư tháng bảy`.
        Some(b'm' | b'M' | b'l' | b'h' | b'b' | b's' | b'c' | b'\xC3') => {
            worded_time(s, prev_word).ok().or_else(|| {
                // Only a number of more words before `tháng` (`hai ba
                // tháng Chạp`: the tens without `mươi` too).
                let (rest, _) = when::day_in_words(s).ok()?;
                matches!(
                    rest.as_bytes(),
                    [b' ', b't' | b'T' | b'n' | b'N', ..] | [b' ', b'h' | b'H', 0xC3, ..]
                )
                .then(|| counted_or_dated(s, prev_word, ctx))
                .flatten()
            })
        }
        _ => None,
    }
}

/// Whether `w` is a word of every one (`mỗi`, `hằng`, `hàng`: see
/// [`vocab::HABITUAL_BEFORE`]).
pub(super) fn every(w: &str) -> bool {
    vocab::HABITUAL_BEFORE.whole(w) == Some(true)
}

/// Whether the digits opening `s` may be an hour: `h`, `g` or `:` right
/// after them, or a space and a `g` (`giờ`).
pub(super) fn hour_follows(s: &str) -> bool {
    let b = s.as_bytes();
    let d = leading_digits(s);
    match b.get(d) {
        Some(b'h' | b'H' | b'g' | b'G' | b':') => true,
        Some(b' ') => b.get(d + 1).is_some_and(|&c| c | 0x20 == b'g'),
        _ => false,
    }
}

/// The word before the last of `head` (the text before a mention): `mất`
/// in `mất khoảng `.
pub(super) fn word_before(head: &str) -> &str {
    let h = head.trim_end_matches(is_space);
    let h = h
        .rsplit_once(' ')
        .map_or("", |(h, _)| h)
        .trim_end_matches(is_space);
    h.rsplit_once(' ').map_or(h, |(_, w)| w)
}

/// Whether a mention is of a time gone by: one of [`vocab::LOOKING_BACK`]
/// is the word before it (`hồi tháng 3`) or its own first word, before a
/// number (`hôm 12/3`).
pub(super) fn looks_back(s: &str, prev_word: &str) -> bool {
    let alone = |w: &str| vocab::LOOKING_BACK.contains(w);
    if alone(prev_word) {
        return true;
    }
    let first = s.split(' ').next().unwrap_or_default();
    alone(first)
        && s.as_bytes()
            .get(first.len() + 1)
            .is_some_and(u8::is_ascii_digit)
}

/// `value` whose year was inferred, moved a year back when it fell after
/// the dateline's day `d`: the latest such day or month on or before it.
pub(super) fn gone_by(value: MentionValue, d: chrono::NaiveDate) -> MentionValue {
    use chrono::Datelike;
    match value {
        MentionValue::Date {
            date: Some(on),
            month,
            day,
            year_inferred: true,
            relative,
            ..
        } if on > d => {
            let back = chrono::NaiveDate::from_ymd_opt(on.year() - 1, month, day);
            MentionValue::Date {
                date: back.or(Some(on)),
                year: Some(back.unwrap_or(on).year()),
                month,
                day,
                year_inferred: true,
                relative,
            }
        }
        MentionValue::Period {
            start: Some(start),
            end,
            relative: false,
            year_inferred: true,
        } if start > d => MentionValue::Period {
            start: when::add_months(start, -12),
            end: end.and_then(|e| when::add_months(e, -12)),
            relative: false,
            year_inferred: true,
        },
        other => other,
    }
}

/// `10-12/5 vừa qua`, `ngày 10-12/12 tới`, `từ 10/5 đến 12/5 vừa qua`: a
/// period of days whose year was inferred, read from `s` by a grammar,
/// with a direction closing the clause after it: the direction is the
/// mention's (its byte length grows by it), and the period the nearest such
/// before the dateline's day (after it for `tới`), as for a date (`ngày
/// 15/5 vừa qua`). Any other mention is left as it is. Inlined: most
/// mentions are no periods, told by their kind at once (callgrind, three
/// passes over the corpus: 0.38 million instructions more out of line, the
/// mentions moved in and out).
#[inline(always)]
fn with_direction(
    s: &str,
    found: Option<(usize, MentionValue)>,
    dl: Option<chrono::NaiveDate>,
) -> Option<(usize, MentionValue)> {
    let (len, start, end, d) = match (&found, dl) {
        (
            Some((
                len,
                MentionValue::Period {
                    start: Some(start),
                    end: Some(end),
                    year_inferred: true,
                    relative: false,
                },
            )),
            Some(d),
        ) => (*len, *start, *end, d),
        _ => return found,
    };
    let Some((after, dir)) = when::direction(s.get(len..).unwrap_or_default()) else {
        return found;
    };
    let months = match dir {
        _ if dir < 0 && start > d => -12,
        _ if dir > 0 && end < d => 12,
        _ => 0,
    };
    let moved = MentionValue::Period {
        start: when::add_months(start, months),
        end: when::add_months(end, months),
        relative: false,
        year_inferred: true,
    };
    Some((s.len() - after.len(), moved))
}

/// What a number in words opens before `tháng`: a count of months
/// (`sáu tháng đầu năm`, `hai tháng qua`), of days back or ahead, a lunar
/// date (`mười lăm tháng tám âm lịch`) or a date (`hai mươi tư tháng
/// bảy`).
pub(super) fn counted_or_dated<'a>(
    s: &'a str,
    prev_word: &str,
    ctx: Context,
) -> Option<(&'a str, MentionValue)> {
    let dl = ctx.dateline;
    when::period(s, when::PeriodWord::Count, prev_word, dl)
        .or_else(|_| when::counted_days(s, dl))
        .or_else(|_| when::lunar_date(s, dl))
        .or_else(|_| date_written_mention(s, false, ctx))
        .ok()
}

/// The first two bytes of the word after the first space of `s`.
#[inline]
pub(super) fn next_word_bytes(s: &str) -> Option<[u8; 2]> {
    let bytes = s.as_bytes();
    let space = bytes.iter().position(|&b| b == b' ')?;
    match bytes.get(space + 1..space + 3)? {
        &[a, b] => Some([a, b]),
        _ => None,
    }
}

/// The first byte of the word after the first word of `s`, when a space
/// separates them.
#[inline]
pub(super) fn next_word_first(s: &str) -> Option<u8> {
    let bytes = s.as_bytes();
    let space = bytes.iter().position(|&b| b == b' ')?;
    bytes.get(space + 1).copied()
}

/// Whether the month read after `head` names an event (`Cách mạng Tháng
/// Tám`, `Tổng khởi nghĩa tháng Tám`, `Cách mạng tháng Mười Nga`): a month
/// without its year after one of [`vocab::MONTH_NAMED_EVENTS`] is no
/// period (with its year, `Cách mạng Tháng Tám năm 1945`, it is).
fn names_an_event(head: &str, value: &MentionValue) -> bool {
    if !matches!(
        value,
        MentionValue::Period {
            year_inferred: true,
            relative: false,
            ..
        }
    ) {
        return false;
    }
    let head = head.trim_end_matches(is_space);
    let bytes = head.as_bytes();
    // The last two words of `head`.
    let last = memchr::memrchr(b' ', bytes).map_or(0, |i| i + 1);
    let two = last
        .checked_sub(1)
        .and_then(|space| bytes.get(..space))
        .map_or(0, |b| memchr::memrchr(b' ', b).map_or(0, |i| i + 1));
    head.get(two..)
        .is_some_and(|words| vocab::MONTH_NAMED_EVENTS.contains(words))
}
