//! The words of periods: the parts of a month or a year (`đầu`, `hạ tuần`,
//! `nửa cuối`) and the words before a decade (`những năm`, `thập niên`) or
//! a century (`thế kỷ`).

use crate::parse::common::Table;

/// A part of a month or a year: which days or months it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// Days 1 to 10 of a month; the first quarter of a year.
    Early,
    /// Days 11 to 20 of a month.
    Middle,
    /// Days 21 to the month's end; the last quarter of a year.
    Late,
    /// The first half of a year; days 1 to 15 of a month.
    FirstHalf,
    /// The second half of a year; days 16 to the month's end.
    SecondHalf,
}

impl Part {
    /// Its first and last days in a month of `last` days.
    pub(crate) fn days_of_month(self, last: u32) -> (u32, u32) {
        match self {
            Part::Early => (1, 10),
            Part::Middle => (11, 20),
            Part::Late => (21, last),
            Part::FirstHalf => (1, 15),
            Part::SecondHalf => (16, last),
        }
    }

    /// Its first and last days in a week, counted from its Monday (0):
    /// `đầu tuần` Monday and Tuesday, `giữa tuần` Wednesday and Thursday,
    /// `cuối tuần` Saturday and Sunday; a week has no halves.
    pub(crate) fn days_of_week(self) -> Option<(i64, i64)> {
        match self {
            Part::Early => Some((0, 1)),
            Part::Middle => Some((2, 3)),
            Part::Late => Some((5, 6)),
            Part::FirstHalf | Part::SecondHalf => None,
        }
    }
}

/// The words of the parts of a month (`cuối tháng 8`, `hạ tuần tháng 8`)
/// and of a year (`đầu năm`, `nửa cuối năm`). Longest first.
pub(crate) const PARTS: Table<Part> = Table::new(&[
    ("thượng tuần", Part::Early),
    ("trung tuần", Part::Middle),
    ("hạ tuần", Part::Late),
    ("nửa đầu", Part::FirstHalf),
    ("nửa cuối", Part::SecondHalf),
    ("đầu", Part::Early),
    ("giữa", Part::Middle),
    ("cuối", Part::Late),
]);

/// `nửa` (half): `nửa tháng qua` (fifteen days), `nửa năm tới` (six
/// months); it opens the halves of [`PARTS`] too.
pub(crate) const HALF_OF: &str = "nửa";

/// The words before a decade: `những năm 1990`, `thập niên 90`, `thập kỷ
/// 2010`.
pub(crate) const DECADE_WORDS: Table<()> = Table::new(&[
    ("những năm", ()),
    ("thập niên", ()),
    ("thập kỷ", ()),
    ("thập kỉ", ()),
]);

/// The words before a century: `thế kỷ XX`, `thế kỉ 21`, `thế kỷ trước`.
pub(crate) const CENTURY_WORDS: Table<()> = Table::new(&[("thế kỷ", ()), ("thế kỉ", ())]);

/// The first and the last of a month's days or weeks (`ngày đầu tiên của
/// tháng 3`, `tuần cuối cùng của tháng này`): `true` for the first.
pub(crate) const EXTREMES: Table<bool> = Table::new(&[("đầu tiên", true), ("cuối cùng", false)]);
