//! Feasts: Tết (`mùng 1 Tết`, `đêm giao thừa`), the lunar feasts named
//! (`Trung thu năm nay`, `Giỗ tổ`), the solar ones (`Tết Dương lịch`,
//! `ngày Quốc khánh`, `Giáng sinh`), each resolved in the year written or
//! the one nearest the dateline.

use super::*;

/// `Tết Nguyên đán`, `Tết Nguyên đán Giáp Thìn`, `Tết Nguyên đán 2024`,
/// `Tết Giáp Thìn`, `Tết 2024`, `Tết năm nay`: the first day of the lunar
/// year, as `mùng 1 Tết`; the other feasts after `Tết` (`Tết Trung thu
/// 2024`, `Tết Đoan ngọ`) their own days. `Tết` alone is no mention, nor
/// before another name (`Tết Dương lịch` is the Gregorian new year).
pub(crate) fn lunar_new_year<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, _) = word(NEW_YEAR)(i)?;
    let (i, feast) = opt(preceded(sp1, LUNAR_FEASTS.starting())).parse(i)?;
    let (day, month, _) = feast.map_or(TET, |(day, month)| (day, month, false));
    feast_in_year(i, (day, month), feast.is_some(), ctx)
}

/// A lunar feast named without `Tết` (`Trung thu năm nay`, `Giỗ Tổ Hùng
/// Vương 2025`): its day in the lunar year written or counted after it, or
/// the nearest the dateline; none after a word that makes the name a thing
/// of the feast (`bánh Trung thu`), `prev_word`.
pub(crate) fn named_lunar_feast<'a>(
    i: &'a str,
    prev_word: &str,
    ctx: Option<NaiveDate>,
) -> Res<'a, MentionValue> {
    // The name first: most words tried here open none (`trung tâm`, `đầu
    // tư`), told by the table's first bytes.
    let (after, (day, month, other_words)) =
        crate::vocab::NAMED_LUNAR_FEASTS.starting().parse(i)?;
    if crate::vocab::NOT_FEAST_BEFORE.whole(prev_word).is_some() {
        return fail(i);
    }
    let (rest, value) = feast_in_year(after, (day, month), true, ctx)?;
    // A name that is also other words: after a word of the feast, or with
    // its year read after it.
    let placed = rest.len() < after.len() || crate::vocab::FEAST_BEFORE.whole(prev_word).is_some();
    if other_words && !placed {
        return fail(i);
    }
    Ok((rest, value))
}

/// `ngày vía Thần Tài`, `ngày Vu Lan`, `ngày lễ Phật đản năm nay`, `ngày
/// Thất tịch 2025`: a lunar feast of [`crate::vocab::NAMED_LUNAR_FEASTS`]
/// named as a day after `ngày` (and `lễ`), its day in the lunar year
/// written, counted or nearest the dateline. The feasts whose names hold an
/// anchor of their own (`ngày Trung thu`) are read from that anchor.
pub(crate) fn lunar_feast_day<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (rest, _) = day_words(i)?;
    if crate::vocab::FEAST_ANCHORS
        .iter()
        .any(|&(first, _)| word(first)(rest).is_ok())
    {
        return fail(i);
    }
    let (rest, value) = named_lunar_feast(rest, crate::vocab::DAY_WORD, ctx)?;
    Ok((rest, value))
}

/// `ngày ` or `ngày lễ ` before a feast's name.
fn day_words(i: &str) -> Res<'_, ()> {
    (
        word(crate::vocab::DAY_WORD),
        sp1,
        opt((word(crate::vocab::RITE_WORD), sp1)),
    )
        .map(|_| ())
        .parse(i)
}

/// `mùa Vu Lan`, `mùa Phật đản năm nay`: the season of a feast of
/// [`crate::vocab::FEASTS_AT_ANCHOR`], its day (the others are read from
/// their name: `mùa Trung thu`).
pub(crate) fn feast_season<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (rest, _) = (word(crate::vocab::SEASON_WORD), sp1).parse(i)?;
    let named = crate::vocab::FEASTS_AT_ANCHOR
        .iter()
        .any(|&(first, _)| word(first)(rest).is_ok());
    if !named {
        return fail(i);
    }
    named_lunar_feast(rest, crate::vocab::SEASON_WORD, ctx)
}

/// The lunar day `(day, month)` of a feast named before `i`, in the lunar
/// year written or counted at `i`; `named`: a feast's own name was read
/// (`Tết Trung thu`), which needs no year after it (`Tết` alone does).
pub(super) fn feast_in_year(
    i: &str,
    (day, month): (u32, u32),
    named: bool,
    ctx: Option<NaiveDate>,
) -> Res<'_, MentionValue> {
    let found = lunar_year(i, ctx);
    // `Tết năm ấy`: the year the text spoke of, none taken from the dateline.
    let ctx = ctx.filter(|_| !matches!(found, Ok((_, LunarYear::Referred))));
    let (i, year) = match found {
        // `Tết Giáp Thìn 2024`: the year written after its name.
        Ok((rest, LunarYear::Named(_))) if (sp1, year4).parse(rest).is_ok() => {
            let (rest, (_, written)) = (sp1, year4).parse(rest)?;
            (rest, (Some(written), false))
        }
        Ok((rest, y)) => (rest, y.year((day, month, false), ctx)),
        Err(e) => match feast_placed(i, (day, month), ctx) {
            Some(found) => found,
            None if named => (i, (None, false)),
            None => return Err(e),
        },
    };
    if !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    Ok((i, lunar_value((day, month, false), year, ctx)))
}

/// `Tết này`, `Tết tới`, `Tết vừa qua` (`Trung thu tới`): the lunar year
/// of the feast `(day, month)` placed by the word after it: the next after
/// the dateline's day, the last on or before it, or (`này`, or no
/// dateline) none, which [`lunar_value`] reads as the nearest; what follows
/// the word, and the year counted from the dateline.
pub(super) fn feast_placed(
    i: &str,
    (day, month): (u32, u32),
    ctx: Option<NaiveDate>,
) -> Option<(&str, (Option<i32>, bool))> {
    let this = || {
        preceded(sp1, word(crate::vocab::THIS))
            .parse(i)
            .ok()
            .map(|(rest, _)| (rest, 0))
    };
    let (rest, dir) = this().or_else(|| direction(i))?;
    let Some(d) = ctx.filter(|_| dir != 0) else {
        return Some((rest, (None, false)));
    };
    let ly = lunar::lunar_year_of(d);
    let days = [ly - 1, ly, ly + 1].into_iter().filter_map(|y| {
        Some((
            y,
            (lunar::to_gregorian(y, month, day, false)? - d).num_days(),
        ))
    });
    let year = if dir > 0 {
        days.filter(|&(_, n)| n > 0).min_by_key(|&(_, n)| n)
    } else {
        days.filter(|&(_, n)| n <= 0).max_by_key(|&(_, n)| n)
    }
    .map(|(y, _)| y);
    Some((rest, (year, true)))
}

/// `Tết Dương lịch`, `Tết Dương lịch 2025`, `Tết Tây năm nay`: 1 January
/// of the year written, counted or nearest the dateline's day; a date. Not
/// `Tết Tây Nguyên`.
pub(crate) fn solar_new_year<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, (_, _, place_word)) =
        (word(NEW_YEAR), sp1, crate::vocab::SOLAR_NEW_YEAR.starting()).parse(i)?;
    if place_word && crate::parse::common::capital_follows(i) {
        return fail(i);
    }
    let (i, year) = opt(alt((preceded(sp1, year4).map(Year::Written), year_after))).parse(i)?;
    if !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    match day_of_year((1, 1), year.unwrap_or(Year::Missing), ctx) {
        Some(v) => Ok((i, v)),
        None => fail(i),
    }
}

/// `Giáng sinh 2024`, `Noel năm nay`, `Quốc khánh năm nay`: the feast's
/// day (see [`crate::vocab::SOLAR_FEASTS`]) of the year written or counted
/// from the dateline's (`relative`); a date. With its own day and month
/// after it (`Quốc khánh 2-9`, `Giáng sinh (25/12)`), the year may be left
/// out: the one nearest the dateline's day (`year_inferred`). No mention
/// without a year or its day (`cây thông Noel`, `mùa Giáng sinh`, `Quốc
/// khánh Trung Quốc 1/10`).
pub(crate) fn solar_feast<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, day) = crate::vocab::SOLAR_FEASTS.starting()(i)?;
    let (i, year) = match own_day(i, day) {
        Ok((rest, Some(y))) => (rest, Year::Written(y)),
        Ok((rest, None)) => opt(feast_year)
            .parse(rest)
            .map(|(r, y)| (r, y.unwrap_or(Year::Missing)))?,
        Err(_) => feast_year.parse(i)?,
    };
    feast_date(i, day, year, ctx)
}

/// The feast's own day and month `(month, day)` written after its name
/// (` 8/3`, ` (8-3)`, ` 2-9-2025`), in brackets or not, and the year
/// written with them.
fn own_day(i: &str, (month, day): (u32, u32)) -> Res<'_, Option<i32>> {
    let separator = || alt((ch('/'), dash, ch('.')));
    let (rest, (_, open, d, _, m, year)) = (
        sp1,
        opt(ch('(')),
        number(1, 2),
        separator(),
        number(1, 2),
        opt(preceded(separator(), year4)),
    )
        .parse(i)?;
    if (d, m) != (day, month) {
        return fail(i);
    }
    let (rest, _) = cond(open.is_some(), ch(')')).parse(rest)?;
    Ok((rest, year))
}

/// The year after a feast's name: written (`Giáng sinh 2024`, `Quốc khánh
/// năm 2025`) or counted from the dateline's (`năm nay`).
pub(super) fn feast_year(i: &str) -> Res<'_, Year> {
    alt((preceded(sp1, year4).map(Year::Written), year_after)).parse(i)
}

/// The feast's day `(month, day)` of `year`, a date, when the mention ends
/// at `i`.
pub(super) fn feast_date(
    i: &str,
    day: (u32, u32),
    year: Year,
    ctx: Option<NaiveDate>,
) -> Res<'_, MentionValue> {
    if !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    match day_of_year(day, year, ctx) {
        Some(v) => Ok((i, v)),
        None => fail(i),
    }
}

/// `ngày Quốc khánh`, `ngày Giáng sinh`, `ngày lễ Giáng sinh`, `ngày Quốc
/// tế Phụ nữ 8/3`, `ngày Quốc khánh 2-9-2025`, `ngày Quốc tế Lao động năm
/// nay`: the
/// feast's day (see [`crate::vocab::SOLAR_FEASTS`]) named as a day, of the
/// year written, counted from the dateline's (`relative`) or nearest the
/// dateline's day (`year_inferred`); a date. The feast's own day and month
/// after its name are the mention's (`8/3`, `(8-3)`); another day and month
/// are a mention of their own (`3/9` in `ngày Quốc khánh 3/9`).
pub(crate) fn feast_day<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, _) = day_words(i)?;
    let (i, (month, day)) = day_feast(i)?;
    let (i, year) = match own_day(i, (month, day)) {
        Ok((rest, Some(y))) => (rest, Some(Year::Written(y))),
        Ok((rest, None)) => opt(feast_year).parse(rest)?,
        Err(_) => opt(feast_year).parse(i)?,
    };
    feast_date(i, (month, day), year.unwrap_or(Year::Missing), ctx)
}

/// The name of a feast named as a day after `ngày` (see
/// [`crate::vocab::DAY_FEASTS`]) opening `i`: its `(month, day)`.
pub(crate) fn day_feast(i: &str) -> Res<'_, (u32, u32)> {
    crate::vocab::DAY_FEASTS
        .iter()
        .find_map(|table| table.starting()(i).ok())
        .map_or_else(|| fail(i), Ok)
}

/// The day `(month, day)` of the year written, counted from the dateline's
/// (`relative`) or, when none is written, nearest the dateline's day
/// (`year_inferred`); a date. `None` when a year written or counted holds
/// no such day.
pub(super) fn day_of_year(
    (month, day): (u32, u32),
    year: Year,
    ctx: Option<NaiveDate>,
) -> Option<MentionValue> {
    let (date, relative, inferred) = match year {
        Year::Written(y) => (NaiveDate::from_ymd_opt(y, month, day), false, false),
        Year::Relative(n) => (
            ctx.and_then(|d| NaiveDate::from_ymd_opt(d.year() + n, month, day)),
            true,
            false,
        ),
        Year::Missing => (ctx.and_then(|d| nearest_year(d, month, day)), false, true),
        Year::Referred => (None, false, false),
    };
    if date.is_none() && matches!(year, Year::Written(_) | Year::Relative(_)) && ctx.is_some() {
        return None;
    }
    Some(MentionValue::Date {
        date,
        year: date.map(|d| d.year()),
        month,
        day,
        year_inferred: inferred && date.is_some(),
        relative,
    })
}

/// `giao thừa`, `đêm giao thừa`, `chiều giao thừa Tết Giáp Thìn`: the last
/// day of the lunar year before that Tết (the 29th or 30th of the twelfth
/// month), or before the Tết nearest the dateline. No mention without a
/// year to place it in.
pub(crate) fn lunar_eve<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, MentionValue> {
    let (i, _) = opt((crate::vocab::PARTS_OF_DAY.starting(), sp1)).parse(i)?;
    let (i, _) = word(NEW_YEAR_EVE)(i)?;
    let (i, tet) = match preceded(sp1, |i| lunar_new_year(i, ctx)).parse(i) {
        Ok((rest, tet)) => (rest, tet),
        Err(_) => (i, lunar_value(TET, (None, false), ctx)),
    };
    if !crate::parse::mention::ends_cleanly(i) {
        return fail(i);
    }
    match before_tet(LAST_DAY, tet) {
        Some(eve @ MentionValue::LunarDate { date: Some(_), .. }) => Ok((i, eve)),
        _ => fail(i),
    }
}

/// The longest a lunar month is; `30 Tết` is the last day of the year
/// whatever its month's length.
pub(super) const LAST_DAY: u32 = 30;

/// The day `day` of the last month of the lunar year before the Tết `tet`
/// (a lunar date of the first day of a year: `30 Tết`, `28 Tết`): the
/// twelfth month, or its leap month when the year repeats it; a day past
/// the month's end (`30 Tết` in a year of 29 days) is its last. `None`
/// when `tet` is no first day; without its year, the day keeps its number
/// with no year nor date.
pub(crate) fn before_tet(day: u32, tet: MentionValue) -> Option<MentionValue> {
    let MentionValue::LunarDate {
        lunar_year,
        lunar_month: 1,
        lunar_day: 1,
        year_inferred,
        ..
    } = tet
    else {
        return None;
    };
    let Some(year) = lunar_year else {
        return Some(MentionValue::LunarDate {
            lunar_year: None,
            lunar_month: 12,
            lunar_day: day,
            leap_month: false,
            date: None,
            year_inferred: false,
        });
    };
    let eve = lunar::to_gregorian(year, 1, 1, false)?.pred_opt()?;
    let (last, leap) = [(30, true), (29, true), (30, false), (29, false)]
        .into_iter()
        .find(|&(day, leap)| lunar::to_gregorian(year - 1, 12, day, leap) == Some(eve))?;
    let day = day.min(last);
    Some(MentionValue::LunarDate {
        lunar_year: Some(year - 1),
        lunar_month: 12,
        lunar_day: day,
        leap_month: leap,
        date: add_days(eve, -i64::from(last - day)),
        year_inferred,
    })
}
