//! The Vietnamese lunar calendar: a lunar day to its Gregorian day.
//!
//! The months start on the day (in UTC+7) of each new moon; the eleventh
//! month holds the winter solstice; a year of thirteen months repeats the
//! first month that holds no major solar term. The new moons and the sun's
//! longitude come from the series of Jean Meeus's *Astronomical Algorithms*,
//! as Hồ Ngọc Đức set them out for the Vietnamese calendar. Computed for
//! UTC+7, the calendar differs from the Chinese one (UTC+8) in some years:
//! the Tết of 1985 fell on 21 January in Vietnam and on 20 February in
//! China, that of 2007 on 17 February (18 in China). The same rule is
//! applied before 1968, when calendars printed in the North still followed
//! UTC+8: for 1903, 1935 and 1965 it gives a Tết a day before the one
//! printed then.

use std::f64::consts::PI;

use chrono::{Datelike, NaiveDate};

/// Vietnam's offset from UTC, in hours.
const TIME_ZONE: f64 = 7.0;

/// The Julian day number of 1 January 1900's new moon reference (k = 0).
const EPOCH: f64 = 2_415_021.076_998_695;

/// The mean length of a lunar month, in days.
const SYNODIC_MONTH: f64 = 29.530_588_853;

/// Days between the Julian day numbers and chrono's days from the common era.
const JD_FROM_CE: i64 = 1_721_425;

/// The years the conversion is offered for: the series hold well within
/// them.
pub(crate) const YEARS: std::ops::RangeInclusive<i32> = 1800..=2199;

/// The days a lunar month may have (a short month has 29).
pub(crate) const DAYS: std::ops::RangeInclusive<u32> = 1..=30;

/// The months of a lunar year (a leap month repeats one of them).
pub(crate) const MONTHS: std::ops::RangeInclusive<u32> = 1..=12;

/// The Julian day number of a Gregorian date.
fn jd(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) + JD_FROM_CE
}

/// The Gregorian date of a Julian day number.
fn date_of(jd: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jd - JD_FROM_CE).ok()?)
}

/// The moment (Julian day, UTC) of the `k`-th new moon after 1 January 1900.
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3) = (t * t, t * t * t);
    let dr = PI / 180.0;
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let mut c1 = (0.1734 - 0.000_393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - delta_t
}

/// The Julian day number of the day (UTC+7) of the `k`-th new moon.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k as f64) + 0.5 + TIME_ZONE / 24.0).floor() as i64
}

/// The sun's longitude at the start of the day `day` (UTC+7), as the
/// number of the 30° sector it is in (0 to 11; 9 holds the winter
/// solstice).
fn sun_sector(day: i64) -> i64 {
    let t = (day as f64 - 0.5 - TIME_ZONE / 24.0 - 2_451_545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin();
    dl += (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin() + 0.000_290 * (dr * 3.0 * m).sin();
    let l = ((l0 + dl) * dr).rem_euclid(2.0 * PI);
    (l / PI * 6.0).floor() as i64
}

/// The first day (Julian day number) of the eleventh lunar month that
/// holds the winter solstice of Gregorian year `year`.
fn month_11(year: i32) -> Option<i64> {
    let dec31 = jd(NaiveDate::from_ymd_opt(year, 12, 31)?);
    let k = ((dec31 as f64 - 2_415_021.0) / SYNODIC_MONTH).floor() as i64;
    let day = new_moon_day(k);
    Some(if sun_sector(day) >= 9 {
        new_moon_day(k - 1)
    } else {
        day
    })
}

/// The number of the new moon that starts the month of day `day`.
fn moon_number(day: i64) -> i64 {
    ((day as f64 - EPOCH) / SYNODIC_MONTH + 0.5).floor() as i64
}

/// In a year of thirteen months that starts at the eleventh month `a11`,
/// the place (counted from it) of the leap month: the first whose days
/// hold no change of sector.
fn leap_offset(a11: i64) -> i64 {
    let k = moon_number(a11);
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i));
        if arc == last || i >= 14 {
            return i - 1;
        }
    }
}

/// The months from the eleventh month of one Gregorian year to that of the
/// next: computed once per year (the new moons and the sun's longitude are
/// series of sines), then read.
#[derive(Debug)]
struct Span {
    /// The first day (Julian day number) of each month from the eleventh
    /// on: up to fourteen months and the day after the last.
    starts: [i64; 15],
    /// The place of the leap month, counted from the eleventh, in a span
    /// of thirteen months.
    leap_at: Option<i64>,
}

impl Span {
    fn compute(year: i32) -> Option<Span> {
        let a11 = month_11(year)?;
        let b11 = month_11(year + 1)?;
        let k = moon_number(a11);
        let mut starts = [0; 15];
        for (j, start) in (0i64..).zip(starts.iter_mut()) {
            *start = new_moon_day(k + j);
        }
        let leap_at = (b11 - a11 > 365).then(|| leap_offset(a11));
        Some(Span { starts, leap_at })
    }
}

/// The [`Span`] that opens with the eleventh month of `year` (in
/// [`YEARS`], or one before), computed on first use.
fn span(year: i32) -> Option<&'static Span> {
    static SPANS: std::sync::OnceLock<Vec<std::sync::OnceLock<Option<Span>>>> =
        std::sync::OnceLock::new();
    let first = YEARS.start() - 1;
    let spans = SPANS.get_or_init(|| {
        (first..=*YEARS.end())
            .map(|_| std::sync::OnceLock::new())
            .collect()
    });
    let slot = spans.get(usize::try_from(year - first).ok()?)?;
    slot.get_or_init(|| Span::compute(year)).as_ref()
}

/// The Gregorian day of a lunar date: day 1 to 30 of month 1 to 12 of
/// lunar year `year` (the year its first month starts in), `leap` for the
/// repeated month. `None` when the date does not exist (day 30 of a short
/// month, a leap month the year does not have) or the year is out of
/// [`YEARS`].
pub(crate) fn to_gregorian(year: i32, month: u32, day: u32, leap: bool) -> Option<NaiveDate> {
    if !YEARS.contains(&year) || !MONTHS.contains(&month) || !DAYS.contains(&day) {
        return None;
    }
    let span = span(if month < 11 { year - 1 } else { year })?;
    let mut offset = (i64::from(month) - 11).rem_euclid(12);
    match span.leap_at {
        Some(leap_at) => {
            let leap_month = (leap_at - 2).rem_euclid(12);
            if leap && i64::from(month) != leap_month {
                return None;
            }
            if leap || offset >= leap_at {
                offset += 1;
            }
        }
        None if leap => return None,
        None => {}
    }
    let at = usize::try_from(offset).ok()?;
    let start = *span.starts.get(at)?;
    let length = span.starts.get(at + 1)? - start;
    if i64::from(day) > length {
        return None;
    }
    date_of(start + i64::from(day) - 1)
}

/// The lunar year (the year its first month starts in) holding `date`'s
/// day, as [`to_gregorian`] counts them.
pub(crate) fn lunar_year_of(date: NaiveDate) -> i32 {
    let y = date.year();
    match to_gregorian(y, 1, 1, false) {
        Some(tet) if date < tet => y - 1,
        _ => y,
    }
}

/// The heavenly stems, in their order (`Giáp` first).
pub(crate) const STEMS: [&str; 10] = [
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];

/// The earthly branches, in their order (`Tý` first); the second spelling
/// of each, where there is one, is read too.
pub(crate) const BRANCHES: [(&str, &str); 12] = [
    ("tý", "tí"),
    ("sửu", "sửu"),
    ("dần", "dần"),
    ("mão", "mẹo"),
    ("thìn", "thìn"),
    ("tỵ", "tị"),
    ("ngọ", "ngọ"),
    ("mùi", "mùi"),
    ("thân", "thân"),
    ("dậu", "dậu"),
    ("tuất", "tuất"),
    ("hợi", "hợi"),
];

/// The year named by stem `stem` (0 to 9) and branch `branch` (0 to 11)
/// nearest `near`, or `None` for a pair no year has (the stem and branch of
/// a year are both even or both odd).
pub(crate) fn sexagenary_year(stem: usize, branch: usize, near: i32) -> Option<i32> {
    if stem % 2 != branch % 2 || stem >= 10 || branch >= 12 {
        return None;
    }
    // 1984 is Giáp Tý (0, 0); the cycle is 60 years.
    let place = (0..60).find(|&n| n % 10 == stem && n % 12 == branch)?;
    let first = 1984 + place as i32;
    let cycles = (near - first + 30).div_euclid(60);
    Some(first + 60 * cycles)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn well_known_days() {
        assert_eq!(to_gregorian(2024, 1, 1, false), Some(ymd(2024, 2, 10)));
        assert_eq!(to_gregorian(2026, 1, 15, false), Some(ymd(2026, 3, 3)));
        assert_eq!(to_gregorian(1985, 1, 1, false), Some(ymd(1985, 1, 21)));
        // 2023 repeated its second month.
        assert_eq!(to_gregorian(2023, 2, 1, true), Some(ymd(2023, 3, 22)));
        assert_eq!(to_gregorian(2023, 3, 1, true), None);
        assert_eq!(to_gregorian(2020, 4, 1, true), Some(ymd(2020, 5, 23)));
        assert_eq!(to_gregorian(2025, 6, 1, true), Some(ymd(2025, 7, 25)));
        assert_eq!(to_gregorian(2025, 7, 1, false), Some(ymd(2025, 8, 23)));
        assert_eq!(to_gregorian(2024, 2, 1, true), None);
        assert_eq!(to_gregorian(2024, 13, 1, false), None);
        assert_eq!(to_gregorian(2024, 1, 0, false), None);
        assert_eq!(to_gregorian(1000, 1, 1, false), None);
    }

    /// The first day of the Chinese lunar year (UTC+8), 1900 to 2099, by
    /// decade, as month and day: the Hong Kong Observatory's tables.
    const CHINESE_NEW_YEAR: [&str; 20] = [
        "0131 0219 0208 0129 0216 0204 0125 0213 0202 0122", // 1900
        "0210 0130 0218 0206 0126 0214 0203 0123 0211 0201", // 1910
        "0220 0208 0128 0216 0205 0124 0213 0202 0123 0210", // 1920
        "0130 0217 0206 0126 0214 0204 0124 0211 0131 0219", // 1930
        "0208 0127 0215 0205 0125 0213 0202 0122 0210 0129", // 1940
        "0217 0206 0127 0214 0203 0124 0212 0131 0218 0208", // 1950
        "0128 0215 0205 0125 0213 0202 0121 0209 0130 0217", // 1960
        "0206 0127 0215 0203 0123 0211 0131 0218 0207 0128", // 1970
        "0216 0205 0125 0213 0202 0220 0209 0129 0217 0206", // 1980
        "0127 0215 0204 0123 0210 0131 0219 0207 0128 0216", // 1990
        "0205 0124 0212 0201 0122 0209 0129 0218 0207 0126", // 2000
        "0214 0203 0123 0210 0131 0219 0208 0128 0216 0205", // 2010
        "0125 0212 0201 0122 0210 0129 0217 0206 0126 0213", // 2020
        "0203 0123 0211 0131 0219 0208 0128 0215 0204 0124", // 2030
        "0212 0201 0122 0210 0130 0217 0206 0126 0214 0202", // 2040
        "0123 0211 0201 0219 0208 0128 0215 0204 0124 0212", // 2050
        "0202 0121 0209 0129 0217 0205 0126 0214 0203 0123", // 2060
        "0211 0131 0219 0207 0127 0215 0205 0124 0212 0202", // 2070
        "0122 0209 0129 0217 0206 0126 0214 0203 0124 0210", // 2080
        "0130 0218 0207 0127 0215 0205 0125 0212 0201 0121", // 2090
    ];

    #[test]
    fn tet_against_the_chinese_new_year_1900_to_2099() {
        let mut differ = Vec::new();
        for (decade, days) in CHINESE_NEW_YEAR.iter().enumerate() {
            for (k, md) in days.split(' ').enumerate() {
                let year = 1900 + 10 * decade as i32 + k as i32;
                let (m, d) = md.split_at(2);
                let chinese = ymd(year, m.parse().unwrap_or(0), d.parse().unwrap_or(0));
                let tet = to_gregorian(year, 1, 1, false).unwrap_or_default();
                if tet != chinese {
                    differ.push((year, tet, chinese));
                }
                // Every year's Tết opens the lunar year it names.
                assert_eq!(lunar_year_of(tet), year);
            }
        }
        // The years the two calendars part, Vietnam a day (or, in 1985, a
        // month) earlier: 1968, 1985, 2007 and 2030 as published; the
        // others by the same rule (before 1968 the North printed the
        // UTC+8 calendar, so its Tết of 1903, 1935 and 1965 was China's).
        let parted: Vec<(i32, NaiveDate)> = differ.iter().map(|&(y, tet, _)| (y, tet)).collect();
        assert_eq!(
            parted,
            [
                (1903, ymd(1903, 1, 28)),
                (1935, ymd(1935, 2, 3)),
                (1965, ymd(1965, 2, 1)),
                (1968, ymd(1968, 1, 29)),
                (1969, ymd(1969, 2, 16)),
                (1985, ymd(1985, 1, 21)),
                (2007, ymd(2007, 2, 17)),
                (2030, ymd(2030, 2, 2)),
                (2053, ymd(2053, 2, 18)),
            ]
        );
        assert!(differ
            .iter()
            .all(|&(y, tet, chinese)| tet < chinese
                && (y == 1985 || (chinese - tet).num_days() == 1)));
    }

    #[test]
    fn sexagenary_names() {
        assert_eq!(sexagenary_year(0, 4, 2026), Some(2024)); // Giáp Thìn
        assert_eq!(sexagenary_year(0, 4, 1960), Some(1964));
        assert_eq!(sexagenary_year(4, 8, 2026), Some(2028)); // Mậu Thân
        assert_eq!(sexagenary_year(4, 8, 1990), Some(1968));
        assert_eq!(sexagenary_year(1, 2, 2026), None);
    }
}
