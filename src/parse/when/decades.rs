//! Decades: `những năm 1990`, `thập niên 90`, `thập kỷ 2010`, a period of
//! ten whole years.

use super::*;
use crate::normalize::is_dash;
use crate::vocab::DECADE_WORDS;

/// `những năm 1990`, `thập niên 1980`, `thập niên 90`: the ten years from
/// a year ending in 0. Two digits name a decade of the century that puts it
/// at or before the dateline's year (`thập niên 20` in 2026 is the 2020s, in
/// 2018 the 1920s; the 1900s without a dateline), `year_inferred`. Not a
/// range of years (`những năm 2021-2025`), nor a year not ending in 0.
pub(crate) fn decade<'a>(i: &'a str, ctx: Option<NaiveDate>) -> Res<'a, Resolved> {
    let (i, ()) = DECADE_WORDS.starting()(i)?;
    let (i, _) = sp1(i)?;
    let (rest, (first, inferred)) = alt((
        year4.map(|y| (y, false)),
        number(2, 2).map(|yy| {
            let yy = i32::try_from(yy).unwrap_or(0);
            let year = match ctx {
                Some(d) => {
                    let y = d.year() - d.year().rem_euclid(100) + yy;
                    if y > d.year() {
                        y - 100
                    } else {
                        y
                    }
                }
                None => 1900 + yy,
            };
            (year, true)
        }),
    ))
    .parse(i)?;
    // `những năm 2021-2025`: a range, read as one.
    let range = rest.starts_with(|c: char| is_dash(c) || c == '/');
    if first % 10 != 0 || range {
        return fail(i);
    }
    Ok((
        rest,
        Resolved {
            start: NaiveDate::from_ymd_opt(first, 1, 1),
            end: NaiveDate::from_ymd_opt(first + 9, 12, 31),
            relative: false,
            year_inferred: inferred,
        },
    ))
}
