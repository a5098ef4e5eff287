//! Days of the lunar calendar: `mùng 1 Tết`, `rằm tháng Giêng năm Giáp
//! Thìn`, `mùng 10 tháng 3 âm lịch`, `ngày 23 tháng Chạp`.

use super::*;

/// A lunar month after `tháng`, whether it is the leap one (`tháng 4
/// nhuận`), and whether it was named (`Giêng`, `Chạp`: lunar months).
pub(super) fn lunar_month(i: &str) -> Res<'_, (u32, bool, bool)> {
    let (i, (m, named)) = alt((
        MONTH_NAMES.starting().map(|m| (m, true)),
        month_number.map(|m| (m, false)),
    ))
    .parse(i)?;
    let (i, leap) = opt(preceded(sp1, word(LEAP))).parse(i)?;
    Ok((i, (m, leap.is_some(), named)))
}

/// The first bytes of [`lunar::STEMS`], in either case (the first byte of
/// `ấ` and `Ấ`, of `đ` and `Đ`, is the same).
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
const STEM_FIRST_BYTES: [bool; 256] = {
    let mut out = [false; 256];
    let mut k = 0;
    while k < lunar::STEMS.len() {
        let b = lunar::STEMS[k].as_bytes()[0];
        out[b.to_ascii_lowercase() as usize] = true;
        out[b.to_ascii_uppercase() as usize] = true;
        k += 1;
    }
    out
};

/// A sexagenary year name (`Giáp Thìn`), as its stem and branch.
pub(super) fn sexagenary(i: &str) -> Res<'_, (usize, usize)> {
    // Most words after `năm` open no stem: told by their first byte.
    let first = i.as_bytes().first().copied().unwrap_or(0);
    if !STEM_FIRST_BYTES
        .get(usize::from(first))
        .copied()
        .unwrap_or(false)
    {
        return fail(i);
    }
    for (s, stem) in lunar::STEMS.iter().enumerate() {
        let Ok((rest, _)) = (word(stem), sp1).parse(i) else {
            continue;
        };
        for (b, (name, other)) in lunar::BRANCHES.iter().enumerate() {
            if let Ok((rest, _)) = alt((word(name), word(other))).parse(rest) {
                return Ok((rest, (s, b)));
            }
        }
    }
    fail(i)
}

/// A lunar year as written after a lunar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LunarYear {
    /// ` năm 2024`.
    Written(i32),
    /// ` năm Giáp Thìn`, ` Giáp Thìn` (after `Tết`): placed in the cycle of
    /// sixty years by the dateline (`None` without one).
    Named(Option<i32>),
    /// ` năm nay`, ` năm ngoái`: the lunar year whose Tết falls in the
    /// dateline's year, or one before or after it, by so many years; for
    /// Tết itself, counted from the Tết nearest the dateline (`Tết năm
    /// nay` in December is the Tết a few weeks on, as pages mean it).
    Counted(i32),
    /// ` năm ấy`, ` năm đó`: a year the text spoke of before, not known.
    Referred,
}

impl LunarYear {
    /// The year of the lunar day `(day, month, leap)`, and whether it was
    /// taken from the dateline (`None` for a year counted or named without
    /// one).
    pub(super) fn year(self, day: (u32, u32, bool), ctx: Option<NaiveDate>) -> (Option<i32>, bool) {
        match self {
            LunarYear::Written(y) => (Some(y), false),
            LunarYear::Named(y) => (y, false),
            LunarYear::Counted(n) if day == TET => {
                (nearest_lunar_year(TET, ctx).map(|y| y + n), true)
            }
            LunarYear::Counted(n) => (ctx.map(|d| d.year() + n), true),
            LunarYear::Referred => (None, false),
        }
    }
}

/// The first day of the first lunar month: Tết.
pub(super) const TET: (u32, u32, bool) = (1, 1, false);

/// The lunar year that puts the lunar day `(day, month, leap)` nearest the
/// dateline's day.
pub(super) fn nearest_lunar_year(
    (day, month, leap): (u32, u32, bool),
    ctx: Option<NaiveDate>,
) -> Option<i32> {
    let d = ctx?;
    let ly = lunar::lunar_year_of(d);
    [ly, ly - 1, ly + 1]
        .into_iter()
        .filter_map(|y| Some((y, lunar::to_gregorian(y, month, day, leap)?)))
        .min_by_key(|&(_, g)| (g - d).num_days().abs())
        .map(|(y, _)| y)
}

/// The lunar year after a lunar day: ` năm 2024`, ` năm Giáp Thìn`,
/// ` Giáp Thìn` (after `Tết`), ` năm nay`, ` năm ngoái`, ` năm ấy`.
pub(super) fn lunar_year<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, LunarYear> {
    let (i, _) = sp1(i)?;
    let (i, year_word) = opt((word(YEAR_WORD), sp1)).parse(i)?;
    if let Ok((rest, y)) = year4(i) {
        return Ok((rest, LunarYear::Written(y)));
    }
    if let Some((rest, n)) = year_word.and_then(|_| relative_unit(i).ok()) {
        return Ok((rest, LunarYear::Counted(n)));
    }
    if let Some((rest, ())) = year_word.and_then(|_| referred_year(i).ok()) {
        return Ok((rest, LunarYear::Referred));
    }
    let (rest, (stem, branch)) = sexagenary(i)?;
    // Without a dateline the cycle of sixty years is not placed.
    let year = ctx.and_then(|d| lunar::sexagenary_year(stem, branch, d.year()));
    Ok((rest, LunarYear::Named(year)))
}

/// Whether the day written with digits that opens `i` may be a lunar one
/// for its month's name (`14 tháng Giêng`), the year named in the cycle
/// after its month (`24 tháng 2 năm Giáp Thìn`) or `Tết` (`30 Tết`), or for the mark after the date
/// that ends at `rest` (`14 tháng 3 âm lịch`, `10/3 (âm lịch)`): a cheap
/// test before [`lunar_date`].
pub(crate) fn digit_day_may_be_lunar(i: &str, rest: Option<&str>) -> bool {
    if rest.is_some_and(|r| lunar_mark(r).is_ok()) {
        return true;
    }
    let after_day = i.trim_start_matches(|c: char| c.is_ascii_digit());
    // `30 Tết`.
    if (sp1, word(NEW_YEAR)).parse(after_day).is_ok() {
        return true;
    }
    let Ok((month, _)) = (sp1, word(MONTH_WORD), sp1).parse(after_day) else {
        return false;
    };
    // `14 tháng Giêng`; `24 tháng 2 năm Giáp Thìn`: the year named in the
    // cycle after the month.
    MONTH_NAMES.starting()(month).is_ok()
        || month_number(month).is_ok_and(|(r, _)| named_lunar_year_follows(r))
}

/// Whether ` âm lịch` or ` (âm lịch)` follows: the day before is a lunar
/// one.
pub(crate) fn lunar_mark_follows(rest: &str) -> bool {
    lunar_mark(rest).is_ok()
}

/// Whether ` năm` and a sexagenary year's name follow (`4/12 năm Quý
/// Mão`): the day before is a lunar one.
pub(crate) fn named_lunar_year_follows(rest: &str) -> bool {
    (sp1, word(YEAR_WORD), sp1, sexagenary).parse(rest).is_ok()
}

/// Whether a day and month written with digits open `i` (`12/3`, `12-3`,
/// `12 tháng 3`, with ` năm 2024` after them or not) and the mark of the
/// lunar calendar follows them (`12/3 âm lịch`, `12 tháng 3 (ÂL)`): the
/// mark after a range's last end makes both ends lunar (`từ 10/3 đến 12/3
/// âm lịch`).
pub(crate) fn digits_marked_lunar(i: &str) -> bool {
    // Told first by what follows the day's and month's digits: a space
    // and the mark's first byte (`â`, `Â` C3, `A`, `(`), `tháng` or `năm`.
    let digits = i
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b'/' || b == b'-')
        .count();
    if !matches!(
        i.as_bytes().get(digits..digits + 2),
        Some([b' ', 0xC3 | b'A' | b'(' | b't' | b'T' | b'n'])
    ) {
        return false;
    }
    let month = alt((
        preceded(alt((ch('/'), ch('-'))), number(1, 2)),
        preceded((sp1, word(MONTH_WORD), sp1), month_number),
    ));
    let year = opt((sp1, word(YEAR_WORD), sp1, year4));
    (number(1, 2), month, year, lunar_mark).parse(i).is_ok()
}

/// The lunar day `(day, month, leap)` that opens a range whose last end is
/// the lunar day `last`: in `last`'s lunar year, or the one before when it
/// would fall after `last` in it (`từ 28/12 đến 5/1 âm lịch`), its year
/// inferred as `last`'s was. `None` when `last` is no lunar day or `(day,
/// month)` none of a lunar month's.
pub(crate) fn lunar_day_before(
    last: &MentionValue,
    (day, month, leap): (u32, u32, bool),
    ctx: Option<NaiveDate>,
) -> Option<MentionValue> {
    let MentionValue::LunarDate {
        lunar_year,
        lunar_month,
        lunar_day,
        year_inferred,
        ..
    } = *last
    else {
        return None;
    };
    if !lunar::MONTHS.contains(&month) || !lunar::DAYS.contains(&day) {
        return None;
    }
    let year = lunar_year.map(|y| {
        if (month, day) <= (lunar_month, lunar_day) {
            y
        } else {
            y - 1
        }
    });
    Some(lunar_value((day, month, leap), (year, year_inferred), ctx))
}

/// `ngày 10-12/3 âm lịch`, `10 đến 12 tháng 3 (ÂL)`, `ngày 10-12 tháng
/// Giêng`, `28-3/4 âm lịch năm 2024`: the days `first` to `last` of a lunar
/// month, `i` after the last day: the period of their Gregorian days, with
/// the text after it. Lunar by the same words as [`lunar_date`]: the
/// mark, a month's name, `nhuận`, a year named in the cycle. `None`
/// without them, for a year the text spoke of before (`năm ấy`), or days
/// that are none of a lunar month's.
pub(crate) fn lunar_days(
    i: &str,
    (first, last): (u32, u32),
    ctx: Option<NaiveDate>,
) -> Option<(&str, Resolved)> {
    let (i, (month, leap, named)) = alt((
        preceded((sp1, word(MONTH_WORD), sp1), lunar_month),
        preceded(alt((ch('/'), ch('-'))), number(1, 2)).map(|m| (m, false, false)),
    ))
    .parse(i)
    .ok()?;
    let (i, year, marked) = year_and_mark(i, ctx);
    // `1 Tháng Giêng, 2026`: a year after a comma, as the press abroad
    // writes the Gregorian January; a lunar day takes `năm` before its
    // year.
    if named && year.is_none() && !marked && comma_year(i) {
        return None;
    }
    let named_year = matches!(year, Some(LunarYear::Named(_)));
    if !(named || leap || marked || named_year)
        || year == Some(LunarYear::Referred)
        || !lunar::MONTHS.contains(&month)
        || !lunar::DAYS.contains(&last)
        || !crate::parse::mention::ends_cleanly(i)
    {
        return None;
    }
    let day = (last, month, leap);
    let counted = matches!(year, Some(LunarYear::Counted(_)));
    let end = lunar_value(day, year.map_or((None, false), |y| y.year(day, ctx)), ctx);
    // `ngày 28-3/4 âm lịch`: a first day after the last is of the month
    // before.
    let first_month = match month {
        _ if first <= last => month,
        1 => 12,
        _ => month - 1,
    };
    let start = lunar_day_before(&end, (first, first_month, leap && first <= last), ctx)?;
    let (
        MentionValue::LunarDate {
            date: start_day, ..
        },
        MentionValue::LunarDate {
            date: end_day,
            year_inferred,
            ..
        },
    ) = (start, end)
    else {
        return None;
    };
    if first == last || start_day.zip(end_day).is_some_and(|(s, e)| s >= e) {
        return None;
    }
    let r = Resolved {
        start: start_day,
        end: end_day,
        relative: counted,
        year_inferred: year_inferred && !counted,
    };
    Some((i, r))
}

/// ` âm lịch`, ` (âm lịch)`, ` ÂL`, ` (AL)` after a lunar day.
pub(crate) fn lunar_mark(i: &str) -> Res<'_, ()> {
    let (i, _) = sp1(i)?;
    let mark = |i| alt((word(LUNAR).map(|_| ()), lunar_abbreviation)).parse(i);
    alt((mark, (ch('('), sp0, mark, sp0, ch(')')).map(|_| ()))).parse(i)
}

/// `ÂL`, `AL`: `âm lịch` abbreviated, in capitals, the word ending there.
fn lunar_abbreviation(i: &str) -> Res<'_, ()> {
    crate::vocab::LUNAR_ABBREVIATIONS
        .iter()
        .find_map(|a| i.strip_prefix(a))
        .filter(|rest| !rest.starts_with(|c: char| crate::parse::letters::is_alphanumeric(c)))
        .map_or_else(|| crate::parse::common::fail(i), |rest| Ok((rest, ())))
}

/// `mùng `, `mồng `, `ngày `, `ngày mùng `: the words before a day's
/// number, and their spaces.
pub(crate) fn day_word(i: &str) -> Res<'_, ()> {
    let early = |i| (EARLY_DAY_WORDS.starting(), sp1).map(|_| ()).parse(i);
    alt((early, (word(DAY_WORD), sp1, opt(early)).map(|_| ()))).parse(i)
}

/// After a lunar day's month, its year and the mark of the lunar calendar,
/// each if written, the year before the mark or after it (`15/7 năm 2024
/// âm lịch`, `15/7 âm lịch năm nay`): the text after them, the year, and
/// whether the mark was there.
fn year_and_mark(i: &str, ctx: Option<NaiveDate>) -> (&str, Option<LunarYear>, bool) {
    let year_at = |i| match lunar_year(i, ctx) {
        Ok((rest, y)) => (rest, Some(y)),
        Err(_) => (i, None),
    };
    let (i, year) = year_at(i);
    match lunar_mark(i) {
        Ok((rest, ())) if year.is_none() => {
            let (rest, year) = year_at(rest);
            (rest, year, true)
        }
        Ok((rest, ())) => (rest, year, true),
        Err(_) => (i, year, false),
    }
}

/// The first day of the last month written as a day of `Tết` (`23 Tết`,
/// the kitchen gods' day, to `30 Tết`).
const DAYS_BEFORE_TET: u32 = 20;

/// Whether `i` opens with a comma and a year as a month's is written after
/// it (`, 2026`; [`super::words::spaced_year`], which no count or amount
/// follows: `, 2000 người` is none).
fn comma_year(i: &str) -> bool {
    i.starts_with(',') && super::words::spaced_year(i).is_ok()
}

/// A day of the lunar calendar: `mùng 1 Tết`, `rằm tháng Giêng`, `rằm
/// tháng Bảy năm Giáp Thìn`, `mùng 10 tháng 3 âm lịch`, `ngày 23 tháng
/// Chạp`, `10/3 âm lịch`, `30 Tết` (the last day before it). A month
/// written with digits is lunar only with `âm lịch`; `Giêng` and `Chạp`
/// are lunar months.
pub(crate) fn lunar_date<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    // The day: `rằm` (15th), or [mùng|mồng|ngày] and its number.
    let (i, day, full_moon) = match word(FULL_MOON)(i) {
        Ok((rest, _)) => (rest, 15, true),
        Err(_) => {
            let (i, _) = opt(day_word).parse(i)?;
            // `mùng mười tháng ba âm lịch`, `hai lăm tháng Chạp`: the day
            // in words too.
            let (i, day) = alt((number(1, 2), day_in_words)).parse(i)?;
            (i, day, false)
        }
    };
    // The month: `Tết` (the first), `tháng M [nhuận]`, or `/M`, `-M`.
    let (i, (month, leap), named, tet) =
        if let Ok((rest, _)) = preceded(sp1, word(NEW_YEAR)).parse(i) {
            (rest, (1, false), true, true)
        } else if let Ok((rest, (m, leap, named))) =
            preceded((sp1, word(MONTH_WORD), sp1), lunar_month).parse(i)
        {
            (rest, (m, leap), named, false)
        } else if !full_moon {
            let (rest, m) = preceded(alt((ch('/'), ch('-'))), number(1, 2)).parse(i)?;
            (rest, (m, false), false, false)
        } else {
            return fail(i);
        };
    let (i, year, marked) = year_and_mark(i, ctx);
    // `1 Tháng Giêng, 2026`: a year after a comma, as the press abroad
    // writes the Gregorian January; a lunar day takes `năm` before its
    // year (`rằm` and `Tết` are the lunar calendar's whatever follows).
    if named && !(full_moon || tet) && year.is_none() && !marked && comma_year(i) {
        return fail(i);
    }
    let named_year = matches!(year, Some(LunarYear::Named(_)));
    // Lunar by its words: `rằm`, `Tết`, `Giêng`/`Chạp`, `âm lịch`, a
    // sexagenary year.
    if !(full_moon || tet || named || marked || named_year || leap)
        || !lunar::MONTHS.contains(&month)
        || !lunar::DAYS.contains(&day)
    {
        return fail(i);
    }
    // `rằm tháng Giêng tới`, `rằm tháng Bảy vừa qua`: the lunar year that
    // puts the day after (or before) the dateline's.
    let placed = (year.is_none() && !(tet && day > 10))
        .then(|| super::feasts::feast_placed(i, (day, month), ctx))
        .flatten();
    if let Some((rest, found)) = placed {
        return Ok((rest, lunar_value((day, month, leap), found, ctx)));
    }
    if !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    // ` năm ấy`: the year not known, none taken from the dateline.
    let ctx = ctx.filter(|_| year != Some(LunarYear::Referred));
    let year_of = |day| year.map_or((None, false), |y| y.year(day, ctx));
    // `mùng 1 Tết` to `mùng 10 Tết`: the first month; `23 Tết` to `30
    // Tết`: the last month before it.
    if tet && day > 10 {
        let found = (day >= DAYS_BEFORE_TET)
            .then(|| before_tet(day, lunar_value(TET, year_of(TET), ctx)))
            .flatten();
        return found.map_or_else(|| fail(i), |v| Ok((i, v)));
    }
    let day = (day, month, leap);
    Ok((i, lunar_value(day, year_of(day), ctx)))
}

/// The lunar day `day` of `month` (the leap month when `leap`) as a
/// mention: in the lunar year `year` (`counted` from the dateline's:
/// `năm nay`, which makes it `year_inferred`), or the one that puts it
/// nearest the dateline (`year_inferred`), with its Gregorian day.
pub(super) fn lunar_value(
    (day, month, leap): (u32, u32, bool),
    (year, counted): (Option<i32>, bool),
    ctx: Option<NaiveDate>,
) -> MentionValue {
    let (lunar_year, inferred) = match year {
        Some(y) => (Some(y), counted),
        None => {
            let best = nearest_lunar_year((day, month, leap), ctx);
            (best, best.is_some())
        }
    };
    MentionValue::LunarDate {
        lunar_year,
        lunar_month: month,
        lunar_day: day,
        leap_month: leap,
        date: lunar_year.and_then(|y| lunar::to_gregorian(y, month, day, leap)),
        year_inferred: inferred,
    }
}

/// The lunar day `day` of the month and year of the lunar day `of`
/// (`mùng 1` of `mùng 2 Tết`'s month), with its Gregorian day; in the
/// year nearest the dateline `ctx` where `of` has none (`30 tháng Chạp` in
/// none of the years beside it). `None` when `of` is no lunar day or
/// `day` is none of a lunar month's.
pub(crate) fn lunar_day_beside(
    of: &MentionValue,
    day: u32,
    ctx: Option<NaiveDate>,
) -> Option<MentionValue> {
    let MentionValue::LunarDate {
        lunar_year,
        lunar_month,
        leap_month,
        year_inferred,
        ..
    } = *of
    else {
        return None;
    };
    // `từ 0 và 11 tháng Giêng`: no lunar day is 0.
    if !lunar::DAYS.contains(&day) {
        return None;
    }
    let year = lunar_year.map_or((None, false), |y| (Some(y), year_inferred));
    Some(lunar_value((day, lunar_month, leap_month), year, ctx))
}

/// ` âm lịch` after a month (`tháng 7 âm lịch`, `tháng Giêng âm lịch năm
/// nay`), `nhuận` (`tháng 6 nhuận năm 2025`: the leap month), or a year
/// named in the cycle of sixty without the mark (`tháng Giêng năm Ất Tỵ`,
/// `tháng 3 năm Giáp Thìn`), or a month named (`named`: `tháng Giêng`,
/// `tháng Chạp năm nay`, lunar months by their names alone): the
/// Gregorian days of that lunar month, in
/// the lunar year written after the mark or the one nearest the dateline;
/// a year counted from the dateline's makes the period relative (`tháng
/// Chạp âm lịch năm nay`).
pub(super) fn lunar_month_span<'a>(
    i: &'a str,
    (month, named): (u32, bool),
    ctx: Option<NaiveDate>,
) -> Res<'a, Resolved> {
    // `tháng 6 nhuận`: a leap month is a lunar one, with its mark or not.
    let (i, leap) = opt(preceded(sp1, word(LEAP))).parse(i)?;
    let leap = leap.is_some();
    // `tháng Giêng dương lịch`: January.
    let solar = || {
        (sp1, opt((ch('('), sp0)), word(crate::vocab::SOLAR))
            .parse(i)
            .is_ok()
    };
    let i = match lunar_mark(i) {
        Ok((rest, ())) => rest,
        // `Tháng Giêng, 2026`: a year after a comma, as the press abroad
        // writes the Gregorian January.
        Err(_) if leap || named_lunar_year_follows(i) || (named && !solar() && !comma_year(i)) => i,
        Err(e) => return Err(e),
    };
    let (i, year, relative) = match lunar_year(i, ctx) {
        Ok((rest, y)) => {
            let counted = matches!(y, LunarYear::Counted(_));
            let (year, inferred) = y.year((1, month, leap), ctx);
            (rest, (year, inferred && !counted), counted)
        }
        Err(_) => (i, (None, false), false),
    };
    if !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    // The month's first day, placed as a lunar day is; its last, the 30th
    // or the 29th.
    let MentionValue::LunarDate {
        lunar_year,
        date: start,
        year_inferred,
        ..
    } = lunar_value((1, month, leap), year, ctx)
    else {
        return fail(i);
    };
    let end = lunar_year.and_then(|y| {
        lunar::to_gregorian(y, month, 30, leap).or_else(|| lunar::to_gregorian(y, month, 29, leap))
    });
    Ok((
        i,
        Resolved {
            start,
            end,
            relative,
            year_inferred,
        },
    ))
}

/// `Giáp Thìn`, `Giáp Thìn 2024` after `năm`: the lunar year, from its Tết
/// to the eve of the next, placed in the cycle of sixty years by the year
/// written after it or by the dateline (no dates without either).
pub(super) fn lunar_year_span<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Piece> {
    let (i, (stem, branch)) = sexagenary(i)?;
    let (i, written) = opt(preceded(sp1, year4)).parse(i)?;
    if !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    let year = match written {
        // A year written with its name is that name's year or none.
        Some(y) => match lunar::sexagenary_year(stem, branch, y) {
            Some(named) if named == y => Some(y),
            _ => return fail(i),
        },
        None => ctx.and_then(|d| lunar::sexagenary_year(stem, branch, d.year())),
    };
    let start = year.and_then(|y| lunar::to_gregorian(y, 1, 1, false));
    let end = year
        .and_then(|y| lunar::to_gregorian(y + 1, 1, 1, false))
        .and_then(|d| d.pred_opt());
    Ok((
        i,
        Piece::Counted(Resolved {
            start,
            end,
            relative: false,
            year_inferred: false,
        }),
    ))
}
