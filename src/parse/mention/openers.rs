//! What opens a mention at a word: a digit or a bracket, or one of the
//! opening words (`ngày`, `sáng`, `quý`, `lúc`, `từ`...) and the grammars
//! each opens.

use super::*;

/// What may open a mention at a word start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Start {
    /// A digit or an opening bracket.
    Sign,
    /// A word that opens mentions, read once for the grammars it opens.
    Word(Opener),
}

/// What may start a mention at `s`, a word start: a digit, an opening
/// bracket, or a word that opens one.
#[inline]
pub(super) fn may_open(s: &str) -> Option<Start> {
    match s.as_bytes().first()? {
        b if b.is_ascii_digit() || *b == b'(' => Some(Start::Sign),
        0xEF => s.starts_with(vocab::FULLWIDTH_OPEN).then_some(Start::Sign),
        // `Q1/2024`, `QIII/2023`: a quarter abbreviated.
        &vocab::QUARTER_LETTER if matches!(s.as_bytes().get(1), Some(b'1'..=b'4' | b'I')) => {
            Some(Start::Word(Opener::Quarter))
        }
        // `CN này`: Sunday abbreviated, a word of its own.
        b'C' | b'c'
            if matches!(s.as_bytes().get(1), Some(b'N' | b'n'))
                && !s.as_bytes().get(2).is_some_and(u8::is_ascii_alphanumeric) =>
        {
            Some(Start::Word(Opener::ShortWeekday))
        }
        // `H1/2024`: a half of a year abbreviated.
        &vocab::HALF_LETTER if matches!(s.as_bytes().get(1), Some(b'1' | b'2')) => {
            Some(Start::Word(Opener::Half))
        }
        // `T12/2023`, `Th12/2023`: a month abbreviated.
        &vocab::MONTH_LETTER
            if matches!(
                s.as_bytes().get(1..),
                Some([b'0'..=b'9', ..] | [b'h', b'0'..=b'9', ..])
            ) =>
        {
            Some(Start::Word(Opener::Month))
        }
        // `SN 1985`, `SN: 1985`: a year of birth.
        b'S' if s
            .strip_prefix(vocab::BORN_IN)
            .is_some_and(|r| r.starts_with(' ') || r.starts_with(": ")) =>
        {
            Some(Start::Word(Opener::Born))
        }
        _ => opener(s).map(Start::Word),
    }
}

/// What a word opens: the grammars tried at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Opener {
    /// `rạng`, `hôm`, `sáng`, `trưa`, `chiều`, `tối`, `đêm`: a date after
    /// it, or a day counted from the dateline's (`hôm qua`, `bây giờ`).
    DateWord,
    /// `ngày`: a date, a lunar date, `ngày mai`.
    Day,
    /// `mùng`, `mồng`: a date or a lunar date.
    EarlyDay,
    /// `lúc`, `khoảng`, `vào lúc`: a time after it.
    TimeWord,
    /// `quý`.
    Quarter,
    /// `tháng`, `thg`: a month, or a date with the month first.
    Month,
    /// `năm`: a year, or five o'clock (`năm giờ`).
    Year,
    /// `tuần`, `từ`, `đến`, `đầu`, `cuối`...: a period.
    Period(when::PeriodWord),
    /// `rằm`: a lunar date.
    FullMoon,
    /// A number in words: an hour (`bảy giờ rưỡi`), a count of months
    /// (`sáu tháng đầu năm`).
    Number,
    /// `đúng` before a time.
    Sharp,
    /// `mai` before a part of day or a time.
    Tomorrow,
    /// `thứ`, `chủ`: a weekday (`thứ Hai`, `chủ nhật`).
    Weekday,
    /// `CN`: Sunday abbreviated, read only with what places it
    /// (`CN này`).
    ShortWeekday,
    /// `cách đây`: a day counted back (`cách đây 3 ngày`).
    Ago,
    /// `Tết`: the lunar new year (`Tết Nguyên đán`); `giao thừa`, its eve.
    NewYear,
    /// `giỗ`: a lunar feast named without `Tết` (`Giỗ Tổ Hùng Vương`).
    LunarFeast,
    /// `mùa`: a season of a year (`mùa hè này`); `hè`, summer (`hè 2024`).
    Season,
    /// `Giáng sinh`, `Noel`, `Quốc khánh` before a year: a feast of the
    /// Gregorian year.
    SolarFeast,
    /// `SN` (`sinh năm`) before a year: the year of birth.
    Born,
    /// `H1`, `H2` before a year: a half of the year (`H1/2024`).
    Half,
}

/// The words that open mentions and what each opens. At most 64 (one bit
/// each in the table's `starts`).
pub(super) const OPENER_WORDS: Table<Opener> = Table::new({
    use when::PeriodWord::{Decade, From, Part, To, Week};
    use Opener::{
        Ago, DateWord, Day, EarlyDay, FullMoon, LunarFeast, Month, NewYear, Number, Period,
        Quarter, Season, Sharp, SolarFeast, TimeWord, Tomorrow, Weekday, Year,
    };
    &[
        ("rạng", DateWord),
        ("hôm", DateWord),
        ("bữa", DateWord),
        ("bây", DateWord),
        ("ngày", Day),
        ("mùng", EarlyDay),
        ("mồng", EarlyDay),
        ("sáng", DateWord),
        ("trưa", DateWord),
        ("chiều", DateWord),
        ("tối", DateWord),
        ("đêm", DateWord),
        ("khuya", DateWord),
        ("lúc", TimeWord),
        ("khoảng", TimeWord),
        ("tầm", TimeWord),
        ("chừng", TimeWord),
        ("vào", TimeWord),
        ("quý", Quarter),
        ("quí", Quarter),
        ("tháng", Month),
        (vocab::MONTH_ABBREVIATION, Month),
        ("năm", Year),
        ("tuần", Period(Week)),
        ("từ", Period(From)),
        ("đến", Period(To)),
        ("tới", Period(To)),
        ("đầu", Period(Part)),
        ("giữa", Period(Part)),
        ("cuối", Period(Part)),
        (vocab::HALF_OF, Period(Part)),
        ("thượng", Period(Part)),
        ("trung", Period(Part)),
        ("hạ", Period(Part)),
        ("rằm", FullMoon),
        ("không", Number),
        ("một", Number),
        ("hai", Number),
        ("ba", Number),
        ("bốn", Number),
        ("sáu", Number),
        ("bảy", Number),
        ("bẩy", Number),
        ("tám", Number),
        ("chín", Number),
        ("mười", Number),
        ("đúng", Sharp),
        ("mai", Tomorrow),
        (vocab::ORDINAL_WORD, Weekday),
        ("chủ", Weekday),
        ("cách", Ago),
        ("tết", NewYear),
        ("giao", NewYear),
        ("giỗ", LunarFeast),
        ("giáng", SolarFeast),
        ("noel", SolarFeast),
        ("valentine", SolarFeast),
        ("quốc", SolarFeast),
        ("những", Period(Decade)),
        ("thập", Period(Decade)),
        ("thế", Period(Decade)),
        (vocab::SEASON_WORD, Season),
        (vocab::SUMMER_WORD, Season),
    ]
});

/// What the word at `s` opens, or `None`. The word is compared as bytes
/// with its first letter in lowercase (callgrind: a fifth of the
/// instructions of comparing it letter by letter ignoring case); a word in
/// capitals (`THÁNG`) is compared ignoring case.
#[inline]
pub(super) fn opener(s: &str) -> Option<Opener> {
    let bytes = s.as_bytes();
    let first = *bytes.first()?;
    let mut entries = OPENER_WORDS
        .starts
        .get(usize::from(first))
        .copied()
        .unwrap_or(0);
    if entries == 0 {
        return None;
    }
    // Past the word: no letter, digit or combining mark goes on (lead
    // bytes of Vietnamese letters: C3 to C6, E1; marks: CC, CD).
    let ends_at = |n: usize| match bytes.get(n) {
        None => true,
        Some(c) => !(c.is_ascii_alphanumeric() || matches!(c, 0xC3..=0xC6 | 0xCC | 0xCD | 0xE1)),
    };
    while entries != 0 {
        let i = entries.trailing_zeros() as usize;
        entries &= entries - 1;
        let Some(&(w, kind)) = OPENER_WORDS.entries.get(i) else {
            continue;
        };
        let w = w.as_bytes();
        let n = w.len();
        // The first byte is the table's in either case; `Đ` (C4 90) is `đ`
        // (C4 91) in lowercase.
        // A few bytes: compared in place, without a call to `memcmp`.
        let eq = |a: &[u8], b: &[u8]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y);
        let same = match (w, bytes.get(..n)) {
            ([0xC4, second, rest @ ..], Some([_, x, got @ ..])) => {
                (x | 1) == *second && eq(got, rest)
            }
            ([_, rest @ ..], Some([_, got @ ..])) => eq(got, rest),
            _ => false,
        };
        if same && ends_at(n) {
            return Some(kind);
        }
    }
    let word = bytes;
    // Capitals beyond the first letter: compared ignoring case.
    let shouting = word.get(1).is_some_and(|b| b.is_ascii_uppercase())
        || (word.get(1).is_some_and(|b| *b >= 0x80)
            && s.chars().nth(1).is_some_and(letters::is_uppercase));
    if shouting {
        return OPENER_WORDS.starting()(s).ok().map(|(_, kind)| kind);
    }
    None
}
