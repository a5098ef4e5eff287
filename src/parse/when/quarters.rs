//! Quarters in periods: a quarter and its year (`quý II/2024`, `quý 3 của
//! năm 2021`), lists and spans of quarters, a quarter counted from the
//! dateline's (`quý này`, `quý qua`), the part of a quarter (`cuối quý I`).

use super::*;

/// The quarter numerals: Roman (`II`), digits, words (`hai`, `tư`).
pub(super) fn quarter_number(i: &str) -> Res<'_, u8> {
    if let Ok(found) = QUARTERS.starting().parse(i) {
        return Ok(found);
    }
    let (rest, n) = number_in_words(true)(i)?;
    match u8::try_from(n) {
        Ok(q @ 1..=4) => Ok((rest, q)),
        _ => fail(i),
    }
}

/// A quarter's Roman numeral in capitals after `Q` (`QIII/2023`).
pub(crate) fn roman_quarter(i: &str) -> Res<'_, u8> {
    if !i.starts_with('I') {
        return fail(i);
    }
    QUARTERS.starting().parse(i)
}

/// A quarter's numeral after `quý` and its year if written (`II/2024`,
/// `3 của năm 2021`, `IV`): the quarter, its year as written and its
/// months as a piece (a missing year the one nearest the dateline).
pub(crate) fn quarter_piece(i: &str) -> Res<'_, (u8, Year, Piece)> {
    if let Ok(found) = quarter_at_year_end(i) {
        return Ok(found);
    }
    let (i, q) = quarter_number(i)?;
    let months = quarters_months(q, q);
    // `quý cuối cùng của năm`, `quý 3 của năm`: of the dateline's year.
    if let Ok((rest, year @ Year::Missing)) = preceded((sp1, word(OF), sp1), year_of_part).parse(i)
    {
        if crate::parse::mention::ends_cleanly(rest) {
            return Ok((rest, (q, year, Piece::calendar(months, year, false))));
        }
    }
    // `quý 1 - 2020`: the year after a dash with spaces around it too (read
    // by `year_after`), or after a space or a comma (`quý 3 2025`, `quý 2,
    // 2024`).
    let (i, year) = opt(alt((year_after, spaced_year))).parse(i)?;
    // `quý III và quý IV năm 2024`, `quý III, quý IV/2024`: the year of the
    // list's last quarter, when written, is this one's too.
    let year = year
        .or_else(|| quarter_list_year(i))
        .unwrap_or(Year::Missing);
    Ok((i, (q, year, Piece::calendar(months, year, true))))
}

/// `quý đầu năm`, `quý cuối năm 2023`, `quý cuối năm nay` (after `quý`): the
/// first or last quarter of the year after `năm`, the dateline's when none
/// is written.
pub(crate) fn quarter_at_year_end(i: &str) -> Res<'_, (u8, Year, Piece)> {
    let (rest, part) = PARTS.starting()(i)?;
    // One word (`đầu`, `cuối`), not `thượng tuần`.
    let one_word = !i.get(..i.len() - rest.len()).unwrap_or("").contains(' ');
    let q = match part {
        Part::Early if one_word => 1,
        Part::Late if one_word => 4,
        _ => return fail(i),
    };
    let (rest, year) = preceded(sp1, year_of_part).parse(rest)?;
    let months = quarters_months(q, q);
    Ok((rest, (q, year, Piece::calendar(months, year, false))))
}

/// `quý III đến nay`, `quý II/2023 tới nay`: the quarter `q` of `year`
/// read up to `rest`, opening a period up to the dateline's day when
/// `đến nay` or its kin follows (a quarter without its year still to come
/// under the dateline is the one of the year before).
pub(crate) fn quarter_until_now(
    q: u8,
    year: Year,
    rest: &str,
    ctx: Option<NaiveDate>,
) -> Option<(&str, MentionValue)> {
    let after = up_to_now(rest)?;
    let start = Piece::calendar(quarters_months(q, q), year, true).resolve_until_now(ctx);
    if start.starts_after(ctx) {
        return None;
    }
    Some((after, until_now(start, ctx).value()))
}

/// The first and last days of quarter `q` of `year`.
pub(crate) fn quarter_days(q: u8, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    quarters_months(q, q).in_year(year)
}

/// The months of quarters `first` to `last` of a year.
fn quarters_months(first: u8, last: u8) -> Shape {
    Shape::Months(
        u32::from(first) * MONTHS_A_QUARTER - 2,
        u32::from(last) * MONTHS_A_QUARTER,
    )
}

/// The year written after the last quarter of the list that follows a
/// quarter (` và quý IV năm 2024`, `, IV/2024`): at most three quarters on,
/// each after a comma or `và`.
pub(super) fn quarter_list_year(mut i: &str) -> Option<Year> {
    for _ in 0..3 {
        let (rest, (comma, _, and, _, _, year)) = (
            opt(ch(',')),
            sp1,
            opt((JOINERS.starting(), sp1)),
            opt((QUARTER_WORDS.starting(), sp1)),
            quarter_number,
            opt(year_after),
        )
            .parse(i)
            .ok()?;
        if comma.is_none() && and.is_none() {
            return None;
        }
        if year.is_some() {
            return year;
        }
        i = rest;
    }
    None
}

/// Quarters joined by a dash or by `đến` or `tới` and `quý`, or two in a
/// row joined by `và` or a comma, with the year after the last
/// (`II-III/2024`, `3 - 4`, `I - quý III/2023`, `I đến quý III/2025`, `II
/// và III năm 2024`, `III, IV năm 2023`), or more in a row (`I, II và
/// III`): their months, a period.
pub(crate) fn quarter_span(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let (i, first) = quarter_number(i)?;
    // The joiner: a dash, or `đến` or `tới` and `quý` again (any quarters
    // after; `quý I đến 3 dự án` counts), `và` or a comma (the next
    // quarter; after a comma only with the year: `quý II, 3 dự án`).
    let joiner = alt((
        (sp0, dash, sp0, opt((QUARTER_WORDS.starting(), sp1))).map(|_| (false, false)),
        (sp1, RANGE_TO.starting(), sp1, QUARTER_WORDS.starting(), sp1).map(|_| (false, false)),
        (sp1, JOINERS.starting(), sp1).map(|_| (true, false)),
        (ch(','), sp1).map(|_| (true, true)),
    ));
    let (mut i, ((next, mut comma), mut last)) = (joiner, quarter_number).parse(i)?;
    if last <= first || (next && last != first + 1) {
        return fail(i);
    }
    // `I, II và III năm 2024`, `I, II, III và IV`: the next quarters of the
    // list, each after a comma or `và`; a list that `và` closes needs no
    // year after its commas.
    while next && last < 4 {
        let more = (
            alt((
                (sp1, JOINERS.starting(), sp1).map(|_| false),
                (ch(','), sp1, opt((JOINERS.starting(), sp1))).map(|(_, _, and)| and.is_none()),
            )),
            quarter_number,
        )
            .parse(i);
        match more {
            Ok((rest, (bare_comma, q))) if q == last + 1 => {
                (i, last, comma) = (rest, q, bare_comma);
            }
            _ => break,
        }
    }
    let (i, year) = opt(year_after).parse(i)?;
    if comma && year.is_none() {
        return fail(i);
    }
    let piece = Piece::calendar(
        quarters_months(first, last),
        year.unwrap_or(Year::Missing),
        true,
    );
    Ok((i, piece.resolve(ctx).value()))
}

/// `qua`, `vừa qua` after `quý` (the quarter before the dateline's), as
/// -1; not `quý qua quý` (quarter on quarter).
pub(crate) fn quarter_gone_by(i: &str) -> Res<'_, i32> {
    let (rest, ()) = PAST.starting()(i)?;
    if preceded(sp1, QUARTER_WORDS.starting()).parse(rest).is_ok() {
        return fail(i);
    }
    Ok((rest, -1))
}

/// The quarter `n` quarters from the dateline `d`'s (`quý này` 0, `quý
/// tới` 1), and its year.
pub(crate) fn quarter_counted(d: NaiveDate, n: i32) -> (i32, u8) {
    let index = d.year() * 4 + (d.month0() / 3) as i32 + n;
    let quarter = u8::try_from(index.rem_euclid(4) + 1).unwrap_or(1);
    (index.div_euclid(4), quarter)
}

/// The part `part` of quarter `q` of `year`: its first, middle or last
/// month, or (`nửa đầu quý II`) to the 15th of its middle month, (`nửa
/// cuối`) from the 16th.
pub(super) fn quarter_part(part: Part, q: u8, year: Year, ctx: Option<NaiveDate>) -> Piece {
    let first = u32::from(q) * MONTHS_A_QUARTER - 2;
    let month = match part {
        Part::Early => first,
        Part::Middle => first + 1,
        Part::Late => first + 2,
        Part::FirstHalf | Part::SecondHalf => {
            let r = Piece::calendar(Shape::Months(first, first + 2), year, true).resolve(ctx);
            let mid = r
                .start
                .and_then(|s| add_months(s, 1))
                .and_then(|m| m.with_day(15));
            let (start, end) = if part == Part::FirstHalf {
                (r.start, mid)
            } else {
                (mid.and_then(|m| m.succ_opt()), r.end)
            };
            return Piece::Counted(Resolved { start, end, ..r });
        }
    };
    Piece::calendar(Shape::Month(month, None), year, true)
}

/// The part `part` of a quarter, `i` following the part's word: `cuối
/// quý I`, `đầu quý II/2024`, `cuối quý này`. `None` when no quarter
/// follows.
pub(super) fn part_of_quarter(
    i: &str,
    part: Part,
    ctx: Option<NaiveDate>,
) -> Option<Res<'_, Piece>> {
    // `cuối quý I`, `đầu quý II/2024`: the quarter's first, middle or last
    // month.
    if let Ok((rest, (_, _, (q, year, _)))) =
        (QUARTER_WORDS.starting(), sp1, quarter_piece).parse(i)
    {
        return Some(Ok((rest, quarter_part(part, q, year, ctx))));
    }
    // `cuối quý này`, `đầu quý tới`: of the dateline's quarter or a
    // neighbour (unknown days without a dateline); `cuối quý qua`, `đầu
    // quý vừa qua`: of the one before (not `quý qua quý`, quarter on
    // quarter).
    let quarter_counted_from = alt((relative_unit, quarter_gone_by));
    let counted_part = |rest, n| {
        let Some((year, q)) = ctx.map(|d| quarter_counted(d, n)) else {
            return Ok((rest, Piece::Counted(Resolved::unknown(true))));
        };
        let r = quarter_part(part, q, Year::Written(year), ctx).resolve(ctx);
        Ok((
            rest,
            Piece::Counted(Resolved {
                relative: true,
                year_inferred: false,
                ..r
            }),
        ))
    };
    if let Ok((rest, (_, _, n))) = (QUARTER_WORDS.starting(), sp1, quarter_counted_from).parse(i) {
        return Some(counted_part(rest, n));
    }
    // `cuối quý`, `đầu quý.` alone: of the dateline's quarter, as `cuối
    // quý này`; only before a mark, the end or `đến nay` (`từ đầu quý đến
    // nay`), since `quý` before a word is as often `dear` (`đầu quý
    // khách`) as a quarter.
    let (rest, _) = QUARTER_WORDS.starting()(i).ok()?;
    let alone = rest.chars().next().map_or(true, |c| {
        !crate::parse::letters::is_alphanumeric(c) && !crate::normalize::is_space(c)
    }) || up_to_now(rest).is_some();
    alone.then(|| counted_part(rest, 0))
}
