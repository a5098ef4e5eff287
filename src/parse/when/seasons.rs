//! The seasons of the year: `mùa hè này`, `mùa đông năm ngoái`, `mùa thu
//! 2023`, `mùa xuân tới`, bounded as the astronomical seasons of the
//! northern hemisphere (see [`Season`]).

use super::*;
use crate::vocab::{Season, SEASON_NAMES, SEASON_WORD, SUMMER_WORD, THIS};

/// Which instance of a season the words after its name pick.
#[derive(Debug, Clone, Copy)]
enum Which {
    /// `này`: the one the dateline's day falls in, or the next.
    This,
    /// `năm nay`, `năm ngoái`, `năm tới`: the one that starts in the year
    /// counted from the dateline's (winter before 21 March: the one under
    /// way).
    Year(i32),
    /// `mùa thu 2023`, `mùa đông năm 2023`: the one that starts in that year.
    Written(i32),
    /// `tới`, `sau`: the first to start after the dateline's day.
    Next,
    /// `trước`: the last to end before it.
    Last,
}

/// `mùa hè này`, `mùa hè năm nay`, `mùa đông năm ngoái`, `mùa thu 2023`,
/// `mùa xuân năm 2024`, `mùa hè tới`, `mùa đông trước`, and summer without
/// `mùa` before a year (`hè 2024`, `hè năm nay`): a period of the season's
/// days. A season named alone (`mùa hè`, `mùa xuân Hà Nội`) is
/// none: it may be any year's.
pub(crate) fn season(i: &str, ctx: Option<NaiveDate>) -> Res<'_, MentionValue> {
    let named =
        (word(SEASON_WORD), sp1, SEASON_NAMES.starting()).map(|(_, _, season)| (season, false));
    // `hè 2024`, `hè năm nay`: summer without `mùa` (`bare`), before a year
    // only.
    let summer = word(SUMMER_WORD).map(|_| (Season::Summer, true));
    let (rest, ((season, bare), _)) = (alt((named, summer)), sp1).parse(i)?;
    let (rest, which) = alt((
        word(THIS).map(|_| Which::This),
        preceded(
            (word(YEAR_WORD), sp1),
            alt((
                year4.map(Which::Written),
                (|i| relative_unit_after(i, "")).map(Which::Year),
            )),
        ),
        // `mùa đông năm 99`: two digits.
        (|i| year2_word(i, ctx)).map(Which::Written),
        year4.map(Which::Written),
        relative_unit.map(|n| if n < 0 { Which::Last } else { Which::Next }),
    ))
    .parse(rest)?;
    if !super::super::mention::ends_cleanly(rest)
        || bare && !matches!(which, Which::Written(_) | Which::Year(_))
    {
        return fail(i);
    }
    let days = instance(season, which, ctx);
    Ok((
        rest,
        Resolved {
            start: days.map(|d| d.0),
            end: days.map(|d| d.1),
            relative: !matches!(which, Which::Written(_)),
            year_inferred: false,
        }
        .value(),
    ))
}

/// The first and last days of `season` starting in `year`.
fn season_days(season: Season, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let ((m1, d1), (m2, d2)) = season.bounds();
    let last_year = if season == Season::Winter {
        year + 1
    } else {
        year
    };
    Some((
        NaiveDate::from_ymd_opt(year, m1, d1)?,
        NaiveDate::from_ymd_opt(last_year, m2, d2)?,
    ))
}

/// The days of the instance of `season` that `which` picks: the one of a
/// written year, or one counted from the dateline's day (none without a
/// dateline).
fn instance(
    season: Season,
    which: Which,
    ctx: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    // The instances around the dateline's year, in order.
    let around =
        |d: NaiveDate| (d.year() - 2..=d.year() + 1).filter_map(move |y| season_days(season, y));
    match which {
        Which::Written(y) => season_days(season, y),
        Which::This => ctx.and_then(|d| around(d).find(|&(_, end)| end >= d)),
        Which::Next => ctx.and_then(|d| around(d).find(|&(start, _)| start > d)),
        Which::Last => ctx.and_then(|d| around(d).rfind(|&(_, end)| end < d)),
        Which::Year(n) => {
            let d = ctx?;
            let (_, (m2, d2)) = season.bounds();
            let under_way = season == Season::Winter && n == 0 && (d.month(), d.day()) <= (m2, d2);
            season_days(season, d.year() + n - i32::from(under_way))
        }
    }
}
