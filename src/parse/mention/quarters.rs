//! Quarters: `quý II-2024`, `quý hai`, `quý 3 của năm 2021`, `quý III/25`,
//! `Q4/24`, with the year nearest the dateline when none is written.

use super::*;

/// `Q1/2024`, `Q3-2023`, `Q4 năm 2023`, `Q4/24`, `Q3 2025`: a quarter
/// abbreviated, only with its year written (`Q1` alone is as often
/// District 1).
pub(super) fn abbreviated_quarter(
    i: &str,
    dateline: Option<NaiveDate>,
) -> Option<(&str, MentionValue)> {
    let rest = i.strip_prefix(char::from(vocab::QUARTER_LETTER))?;
    // `Q3/2023`, or `QIII/2023` with the quarter's Roman numeral.
    let (rest, quarter) = match rest.as_bytes().first()? {
        q @ b'1'..=b'4' => (rest.get(1..)?, q - b'0'),
        _ => when::roman_quarter(rest).ok()?,
    };
    let (rest, year) = match when::year_after(rest) {
        Ok((rest, when::Year::Written(year))) => (rest, year),
        Ok(_) => return None,
        Err(_) => short_year_after(rest, dateline).or_else(|| match when::spaced_year(rest) {
            Ok((rest, when::Year::Written(year))) => Some((rest, year)),
            _ => None,
        })?,
    };
    ends_cleanly(rest).then_some((
        rest,
        MentionValue::Quarter {
            quarter,
            year: Some(year),
            year_inferred: false,
        },
    ))
}

/// `quý II-2024`, `quý III/2023`, `quý 4/2023`, `quý IV năm 2023`, `quý 3
/// của năm 2021`, `quý hai`, `quý I năm nay`, `quý I` (the year nearest the
/// dateline).
pub(super) fn quarter<'a>(i: &'a str, prev_word: &str, ctx: Context) -> Res<'a, MentionValue> {
    if let Some(found) = abbreviated_quarter(i, ctx.dateline) {
        return Ok(found);
    }
    let (i, _) = (vocab::QUARTER_WORDS.starting(), sp1).parse(i)?;
    // `quý này`, `quý trước`, `quý tới`: the dateline's quarter and its
    // neighbours (none without a dateline); `quý vừa qua`, `quý qua`, the
    // one before.
    if let Ok((rest, n)) = when::relative_unit(i).or_else(|_| when::quarter_gone_by(i)) {
        let Some(counted) = ctx.dateline.map(|d| when::quarter_counted(d, n)) else {
            return crate::parse::common::fail(i);
        };
        return Ok((rest, counted_quarter(counted)));
    }
    if let Ok(found) = when::quarter_span(i, ctx.dateline) {
        return Ok(found);
    }
    // `4 quý đầu năm`: quarters counted from the start of the year, no
    // first quarter.
    if when::quarter_at_year_end(i).is_ok() && when::is_count(prev_word) {
        return crate::parse::common::fail(i);
    }
    let (i, (q, year, piece)) = when::quarter_piece(i)?;
    // `quý III/25`, `quý 3 năm 99`: a two-digit year after the slash or
    // `năm`.
    let (i, year) = match year {
        when::Year::Missing => short_year_after(i, ctx.dateline)
            .or_else(|| when::year2_named(i, ctx.dateline).ok())
            .map_or((i, year), |(rest, y)| (rest, when::Year::Written(y))),
        _ => (i, year),
    };
    if let Some(found) = when::quarter_until_now(q, year, i, ctx.dateline) {
        return Ok(found);
    }
    // `quý I tới`, `quý III vừa qua`: the nearest such quarter after (or
    // before) the dateline's; the dateline's own quarter is either, begun
    // and not over (`quý II tới` on the 3rd of April is that quarter).
    if let (when::Year::Missing, Some((rest, dir)), Some(d)) =
        (year, when::direction(i), ctx.dateline)
    {
        let placed = (0..=4)
            .map(|k| when::quarter_counted(d, dir * k))
            .find(|&(_, quarter)| quarter == q);
        if let Some(counted) = placed.filter(|_| ends_cleanly(rest)) {
            return Ok((rest, counted_quarter(counted)));
        }
    }
    let (year, year_inferred) = match (year, piece.year_of(ctx.dateline)) {
        (when::Year::Written(y), _) => (Some(y), false),
        (_, Some((y, _))) => (Some(y), true),
        (_, None) => (None, false),
    };
    Ok((
        i,
        MentionValue::Quarter {
            quarter: q,
            year,
            year_inferred,
        },
    ))
}

/// The quarter `(year, quarter)` counted from the dateline's (`quý tới`,
/// `quý III vừa qua`): its year is inferred.
fn counted_quarter((year, quarter): (i32, u8)) -> MentionValue {
    MentionValue::Quarter {
        quarter,
        year: Some(year),
        year_inferred: true,
    }
}
