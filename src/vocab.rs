//! The crate's vocabularies, one table each, read by every grammar from
//! here: words of time as Vietnamese writes them (numbers in words, month
//! names, relative words, weekdays, the labels of datelines; the parts of a
//! month or a year and the words of decades in [`periods`]), the words of
//! credit lines ([`credits`]), and the marks of punctuation the grammars
//! agree on ([`marks`]: dashes, brackets, sentence ends, invisible
//! characters).

use crate::parse::common::{PartOfDay, Table};
use crate::parse::dateline::Meridiem;
use chrono::Weekday;

mod credits;
mod figures;
mod marks;
mod page;
mod periods;

pub(crate) use credits::*;
pub(crate) use figures::*;
pub(crate) use marks::*;
pub(crate) use page::*;
pub(crate) use periods::*;

/// Where a number word may stand: alone (`bảy giờ`), after `mười`
/// (`mười lăm`), after `mươi` (`hai mươi mốt`), or as an ordinal after
/// `tháng`, `quý` (`tháng tư`, `quý tư`).
pub(crate) mod place {
    pub(crate) const ALONE: u8 = 1;
    pub(crate) const AFTER_TEN: u8 = 2;
    pub(crate) const AFTER_TENS: u8 = 4;
    pub(crate) const ORDINAL: u8 = 8;
    pub(crate) const ANY: u8 = ALONE | AFTER_TEN | AFTER_TENS | ORDINAL;
}

/// The units written as words, with where each may stand. `năm` is five
/// only alone (`mười năm` is ten years; fifteen is `mười lăm`).
pub(crate) const NUMBER_WORDS: Table<(u32, u8)> = Table::new({
    use place::{AFTER_TEN, AFTER_TENS, ALONE, ANY, ORDINAL};
    &[
        ("không", (0, ALONE)),
        ("một", (1, ALONE | AFTER_TEN | AFTER_TENS | ORDINAL)),
        ("mốt", (1, AFTER_TENS)),
        ("hai", (2, ANY)),
        ("ba", (3, ANY)),
        ("bốn", (4, ANY)),
        ("tư", (4, AFTER_TEN | AFTER_TENS | ORDINAL)),
        ("năm", (5, ALONE | ORDINAL)),
        ("lăm", (5, AFTER_TEN | AFTER_TENS)),
        ("nhăm", (5, AFTER_TENS)),
        ("sáu", (6, ANY)),
        ("bảy", (7, ANY)),
        ("bẩy", (7, ANY)),
        ("tám", (8, ANY)),
        ("chín", (9, ANY)),
    ]
});

/// The words of a year in words (`hai nghìn hai mươi tư`, `một nghìn chín
/// trăm bảy mươi lăm`, `hai nghìn không trăm linh năm`).
pub(crate) const THOUSAND: Table<()> = Table::new(&[("nghìn", ()), ("ngàn", ())]);
pub(crate) const HUNDRED: &str = "trăm";
pub(crate) const AND_UNITS: Table<()> = Table::new(&[("linh", ()), ("lẻ", ())]);

/// `và` (and), `hoặc` (or): between the items of a list (`ngày 12 và
/// 13/6`, `mùng 4 hoặc mùng 5 Tết`, `thứ Bảy hoặc Chủ nhật`).
pub(crate) const JOINERS: Table<()> = Table::new(&[("và", ()), ("hoặc", ())]);

/// Ten, alone or before a unit (`mười`, `mười một`).
pub(crate) const TEN: &str = "mười";

/// The word after a tens digit (`hai mươi`, `ba mươi mốt`).
pub(crate) const TENS: &str = "mươi";

/// Month names that are no numbers (`tháng Giêng`, `tháng Chạp`); the
/// others are numbers in words (`tháng Mười Một`, `tháng tư`).
pub(crate) const MONTH_NAMES: Table<u32> = Table::new(&[("giêng", 1), ("chạp", 12)]);

/// The word before a month (`tháng 9`, `tháng Giêng`).
pub(crate) const MONTH_WORD: &str = "tháng";

/// `tháng` abbreviated, as dates in the short style print it (`1 thg 4,
/// 2024`).
pub(crate) const MONTH_ABBREVIATION: &str = "thg";

/// `tháng` cut to two letters with its number glued after them (`10 Th9,
/// 2023`, `15 Th01 2024`), as short date styles print it.
pub(crate) const MONTH_GLUED_ABBREVIATION: &str = "th";

/// The word before a year (`năm 2024`, `năm nay`).
pub(crate) const YEAR_WORD: &str = "năm";

/// `tuổi` (years of age): after `năm` and two digits it names an age
/// (`tháng 3 năm 20 tuổi`), not a year.
pub(crate) const AGE_WORD: &str = "tuổi";

/// The word of a week (`tuần này`).
pub(crate) const WEEK_WORD: &str = "tuần";

/// The word before a day (`ngày 2-4`).
pub(crate) const DAY_WORD: &str = "ngày";

/// A day counted from the dateline's: the words and the days they add.
/// Longest first.
pub(crate) const RELATIVE_DAYS: Table<i32> = Table::new(&[
    ("rạng sáng nay", 0),
    ("rạng sáng qua", -1),
    ("rạng sáng mai", 1),
    ("ngày hôm nay", 0),
    ("ngày hôm qua", -1),
    ("ngày hôm kia", -2),
    ("hôm nay", 0),
    ("hôm qua", -1),
    ("hôm kia", -2),
    ("bữa nay", 0),
    ("bữa qua", -1),
    // Now: the day of publication.
    ("bây giờ", 0),
    ("ngày mai", 1),
    ("ngày kia", 2),
    ("ngày mốt", 2),
]);

/// The day after a part of day, counted from the dateline's: `sáng nay`,
/// `đêm qua`, `chiều mai`, `sáng sớm nay`.
pub(crate) const DAYS_AFTER_PART: Table<i32> = Table::new(&[("nay", 0), ("qua", -1), ("mai", 1)]);

/// Days and weeks counted from the dateline's (`3 ngày trước`, `2 tuần
/// qua`, `3 hôm trước`: `hôm` a day as speech counts it): the unit in days.
pub(crate) const DAY_UNITS: Table<i32> = Table::new(&[("ngày", 1), ("hôm", 1), ("tuần", 7)]);

/// How days are counted from the dateline's after a number and a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    /// `3 ngày trước`: the day that many before.
    Ago,
    /// `3 ngày nữa`: the day that many after.
    Later,
    /// `7 ngày qua`: the days that many, ending on the dateline's.
    Past,
    /// `2 tuần tới`: the days that many, starting the day after it.
    Next,
}

/// The words after `3 ngày`, `2 tuần` and how they count.
pub(crate) const COUNTS: Table<Count> = Table::new(&[
    ("trước", Count::Ago),
    ("về trước", Count::Ago),
    ("nữa", Count::Later),
    ("qua", Count::Past),
    ("vừa qua", Count::Past),
    ("vừa rồi", Count::Past),
    ("trở lại đây", Count::Past),
    ("gần đây", Count::Past),
    ("nay", Count::Past),
    ("tới", Count::Next),
    ("tiếp theo", Count::Next),
]);

/// The word after `qua` that makes it a verb when it closes the clause
/// (`năm tháng qua đi,`, years went by): no count of days.
pub(crate) const PASS_BY: &str = "đi";

/// Words after `trước` that make it *before* something, not *ago*: `3 ngày
/// trước khi khai mạc`, `2 ngày trước đó`, `một tuần trước ngày bầu cử`,
/// `3 ngày trước Tết`: a span before an event, no day counted from the
/// dateline's (a date or a feast's name after `trước` does the same).
pub(crate) const BEFORE_AN_EVENT: Table<()> = Table::new(&[
    ("khi", ()),
    (THAT, ()),
    (DAY_WORD, ()),
    ("hôm", ()),
    ("lúc", ()),
    (HOUR_WORD, ()),
    ("thời điểm", ()),
    ("thời hạn", ()),
    ("hạn", ()),
    ("kỳ", ()),
    ("dịp", ()),
    ("lễ", ()),
    ("hội", ()),
    (SEASON_WORD, ()),
    ("đợt", ()),
    ("phiên", ()),
    ("trận", ()),
    ("buổi", ()),
    ("cuộc", ()),
    ("chuyến", ()),
    ("sự kiện", ()),
    ("khai mạc", ()),
]);

/// Before a count of days, weeks, months or years back from the dateline's
/// (`cách đây 3 ngày`, `cách nay 5 năm`).
pub(crate) const AGO: Table<()> = Table::new(&[("cách đây", ()), ("cách nay", ())]);

/// Words that make a count after them about so many (`cách đây hơn 1
/// tháng`, `cách đây khoảng 2 tuần`): the count is read as written.
pub(crate) const ABOUT: Table<()> = Table::new(&[
    ("hơn", ()),
    ("khoảng", ()),
    ("gần", ()),
    ("chừng", ()),
    ("tầm", ()),
    ("ngót", ()),
    ("trên", ()),
]);

/// `mai` alone is tomorrow only before a part of day or a time.
pub(crate) const TOMORROW: &str = "mai";

/// Words after `tuần`, `tháng`, `năm` that count from the dateline's week,
/// month or year, and by how many. `qua` after `tuần` is read apart: the
/// seven days ending on the dateline's day.
pub(crate) const RELATIVE_UNITS: Table<i32> = Table::new(&[
    (THIS, 0),
    ("nay", 0),
    ("hiện tại", 0),
    ("trước nữa", -2),
    ("sau nữa", 2),
    ("trước", -1),
    ("ngoái", -1),
    ("kia", -2),
    ("tới", 1),
    ("sau", 1),
    ("tiếp theo", 1),
    ("kế tiếp", 1),
    ("tiếp", 1),
    ("vừa rồi", -1),
    (LAST_ALONE, -1),
]);

/// `rồi` after `tuần`, `tháng`, `năm`: the one before the dateline's, as
/// the South says it (`tuần rồi`); alone only where the clause closes
/// after it (`hết tháng rồi mà` says the month is over).
pub(crate) const LAST_ALONE: &str = "rồi";

/// Words before a unit and [`LAST_ALONE`] that make it a whole span gone
/// by, no unit before the dateline's (`cả tuần rồi`, a whole week now;
/// `hết tháng rồi`, the month is over).
pub(crate) const WHOLE_SPAN_WORDS: Table<()> = Table::new(&[
    ("cả", ()),
    ("hết", ()),
    ("trọn", ()),
    ("suốt", ()),
    ("đủ", ()),
    ("sang", ()),
]);

/// `này` (this): after a unit, the dateline's (`tuần này`); after a day or a
/// weekday, that day on or after the dateline's (`ngày 20 này`, `thứ Bảy
/// này`).
pub(crate) const THIS: &str = "này";

/// `tuần qua`, `tuần vừa qua`: the seven days ending on the dateline's
/// day (after a weekday, `thứ Hai tuần qua`: in those seven days).
pub(crate) const PAST: Table<()> = Table::new(&[("vừa qua", ()), ("qua", ())]);

/// Words for the dateline's day as an end of a range: `đến nay`, `từ nay`,
/// `từ giờ đến cuối năm`, `đến bây giờ`, `từ đây đến năm 2030`.
pub(crate) const NOW: Table<()> =
    Table::new(&[("nay", ()), ("bây giờ", ()), ("giờ", ()), (HERE, ())]);

/// `đây` (here): of [`NOW`], the one that makes `tới đây` the time to come
/// (`quý tới đây`, the next quarter) rather than a range up to now.
pub(crate) const HERE: &str = "đây";

/// Words after a date without its year, or a day without its month, that
/// place it after the dateline (1: `ngày 15/4 tới`, `sáng 20 tới`) or
/// before it (-1: `ngày 15/4 vừa qua`, `hôm 20 vừa qua`). `tới` alone is
/// read only at the end of a clause or before [`AFTER_TOWARD`]
/// (`ngày 15/4 tới Hà Nội` is a trip to Hanoi).
pub(crate) const DIRECTIONS: Table<i32> = Table::new(&[
    ("sắp tới", 1),
    ("tới đây", 1),
    ("tới", 1),
    ("vừa qua", -1),
    ("vừa rồi", -1),
]);

/// Words before a date or a month without its year that place it before
/// the dateline (`hôm 12/3`, `hồi tháng 3`: a time gone by), matched
/// whole, ignoring case.
pub(crate) const LOOKING_BACK: Table<()> = Table::new(&[("hôm", ()), ("hồi", ())]);

/// Words after a date and right before the weekday it falls on (`Rằm
/// tháng Giêng rơi vào thứ Ba`, `ngày 1/1 nhằm Chủ nhật`), matched as whole
/// words at the end of the text before the weekday.
pub(crate) const FALLS_ON: &[&str] = &["rơi vào", "rơi đúng vào", "nhằm", "nhằm vào", "nhằm ngày"];

/// `tới`, the direction word that is also a verb (to reach).
pub(crate) const TOWARD: &str = "tới";

/// `đó` (that): after `trước` or `sau`, a span before or after what the
/// text spoke of (`2 ngày trước đó`, `tháng sau đó`), not counted from the
/// dateline's day.
pub(crate) const THAT: &str = "đó";

/// `ấy`, the other word for *that*: after `năm`, like [`THAT`], a year the
/// text spoke of before (`tháng 3 năm ấy`).
pub(crate) const THAT_TOO: &str = "ấy";

/// `trước` and `sau` before [`THAT`] (`cuối tháng trước đó`, `đầu năm sau
/// đó`).
pub(crate) const COUNTED_SIDES: Table<()> = Table::new(&[("trước", ()), ("sau", ())]);

/// Words after which `tới` ends a date's clause: `ngày 20 tới sẽ ...`.
pub(crate) const AFTER_TOWARD: Table<()> = Table::new(&[
    ("sẽ", ()),
    ("đã", ()),
    ("là", ()),
    ("và", ()),
    ("tại", ()),
    ("ở", ()),
]);

/// `từ năm 2020 trở lại đây`: up to the dateline's day, after the start
/// of a range.
pub(crate) const UP_TO_NOW: &str = "trở lại đây";

/// Words before a count that make `năm trước`, `tuần sau` a count of years
/// or weeks from some other day (`2 năm trước`, `vài tuần sau`), not the
/// dateline's neighbour. Numbers in words and digits are told apart.
pub(crate) const COUNT_WORDS: Table<()> = Table::new(&[
    ("mấy", ()),
    ("vài", ()),
    ("nhiều", ()),
    ("các", ()),
    ("những", ()),
    ("mỗi", ()),
    ("hàng", ()),
    ("bao", ()),
    ("cứ", ()),
    ("mười", ()),
    ("mươi", ()),
]);

/// Words after `tháng một`, `tháng hai` that make the number a count
/// (`mỗi tháng một lần`, `tháng hai đợt`), not a month's name.
pub(crate) const COUNTED_NOUNS: Table<()> = Table::new(&[
    ("lần", ()),
    ("lượt", ()),
    ("đợt", ()),
    ("buổi", ()),
    ("kỳ", ()),
    ("ngày", ()),
    ("tuần", ()),
    ("tháng", ()),
    ("năm", ()),
    ("người", ()),
    ("triệu", ()),
    ("tỷ", ()),
    ("tỉ", ()),
    ("nghìn", ()),
    ("ngàn", ()),
]);

/// `6 tháng đầu năm`, `9 tháng cuối năm`: the first or last months.
pub(crate) const FIRST: &str = "đầu";
pub(crate) const LAST: &str = "cuối";

/// Words that open a range of days and the word that closes it.
pub(crate) const RANGE_FROM: &str = "từ";

/// `gửi` (sent): before `từ` where a writer writes from (`Minh Anh (gửi từ
/// Paris)`).
pub(crate) const SENT: &str = "gửi";
pub(crate) const RANGE_TO: Table<()> = Table::new(&[("đến", ()), ("tới", ())]);

/// `đến hết tháng 9`: to the end of.
pub(crate) const END_OF: &str = "hết";

/// Words that place a day after them (`trước 30.4,`, `vào 2.9 năm nay`,
/// `đến 15.7.`): a day and month joined by a dot there is a date where
/// the clause closes or a year or a direction follows, as after
/// [`RANGE_FROM`] (not joined by a hyphen: `đến 6-8,` ends a range of
/// counts).
pub(crate) const DAY_PLACING_WORDS: Table<()> = Table::new(&[
    ("đến", ()),
    ("tới", ()),
    ("hết", ()),
    ("trước", ()),
    ("sau", ()),
    ("vào", ()),
]);

/// Words after `năm` that make it no calendar year (`năm học`, `năm tài
/// chính`), or no year placed by the dateline (`đầu năm mới`: the start
/// of a new year).
pub(crate) const NOT_CALENDAR_YEAR: Table<()> =
    Table::new(&[("học", ()), ("tài", ()), ("ngân", ()), ("mới", ())]);

/// `24/7` (day, month): round the clock when no date word announces it
/// (`trực 24/7`; `ngày 24/7` is a date).
pub(crate) const ROUND_THE_CLOCK: (u32, u32) = (24, 7);

/// The days of a week, as the second number of `7/7 ngày`, `6/7 ngày`
/// (so many days a week) before [`DAY_WORD`]: no date when no date word
/// announces it (`làm việc 7/7 ngày`; `ngày 7/7` is a date).
pub(crate) const DAYS_OF_A_WEEK: u32 = 7;

/// The word that opens a season of the year (`mùa hè này`).
pub(crate) const SEASON_WORD: &str = "mùa";

/// A season of the year, as the astronomical seasons of the northern
/// hemisphere bound it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    /// 20 March to 20 June.
    Spring,
    /// 21 June to 23 September.
    Summer,
    /// 24 September to 20 December.
    Autumn,
    /// 21 December to 20 March of the next year.
    Winter,
}

impl Season {
    /// The first and last days (month, day) of the season; winter's last
    /// is in the next year.
    pub(crate) const fn bounds(self) -> ((u32, u32), (u32, u32)) {
        match self {
            Season::Spring => ((3, 20), (6, 20)),
            Season::Summer => ((6, 21), (9, 23)),
            Season::Autumn => ((9, 24), (12, 20)),
            Season::Winter => ((12, 21), (3, 20)),
        }
    }
}

/// Summer, the one season named without [`SEASON_WORD`] before a year
/// (`hè 2024`, `hè năm nay`): `xuân 2024` is a Tết, `đông` and `thu` other
/// words as well.
pub(crate) const SUMMER_WORD: &str = "hè";

/// Words before [`SUMMER_WORD`] that make it another word (`vỉa hè`: the
/// pavement).
pub(crate) const NOT_SUMMER_BEFORE: Table<()> = Table::new(&[("vỉa", ())]);

/// The names of the seasons after [`SEASON_WORD`].
pub(crate) const SEASON_NAMES: Table<Season> = Table::new(&[
    ("xuân", Season::Spring),
    (SUMMER_WORD, Season::Summer),
    ("hạ", Season::Summer),
    ("thu", Season::Autumn),
    ("đông", Season::Winter),
]);

/// Words before a range of years that make it a season straddling two
/// years, not the years whole (`niên khóa 2020-2024`, `mùa giải 2023-2024`,
/// `vụ Đông Xuân 2023-2024`, `niên độ 2023-2024`: a financial year).
pub(crate) const SEASON_WORDS: Table<()> = Table::new(&[
    ("độ", ()),
    ("khóa", ()),
    ("khoá", ()),
    ("giải", ()),
    ("bóng", ()),
    (SEASON_WORD, ()),
    ("vụ", ()),
    ("xuân", ()),
    ("hè", ()),
    ("thu", ()),
    ("đông", ()),
]);

/// Half past (`5 giờ rưỡi`).
pub(crate) const HALF: &str = "rưỡi";

/// A little past the hour (`7 giờ hơn`).
pub(crate) const PAST_THE_HOUR: &str = "hơn";

/// To (`9 giờ kém 10` is 08:50).
pub(crate) const TO: &str = "kém";

/// Words before an hour that make it a time and belong to it.
pub(crate) const SHARP: &str = "đúng";

/// The word of the seconds (`10 giây`).
pub(crate) const SECOND_WORD: &str = "giây";

/// The word of the minutes (`35 phút`).
pub(crate) const MINUTE_WORD: &str = "phút";

/// The word of the hours (`7 giờ 35`, `24 giờ qua`).
pub(crate) const HOUR_WORD: &str = "giờ";

/// The hour that ends a day (`đến 24h ngày 7/4`): no time of a clock, the
/// end of the range's last day.
pub(crate) const DAY_END_HOUR: &str = "24";

/// Words counting hours after a number (`24 giờ qua`, `48 tiếng tới`).
pub(crate) const HOUR_UNITS: Table<()> = Table::new(&[(HOUR_WORD, ()), ("tiếng", ())]);

/// The hour mark glued to a count of hours (`24h qua`).
pub(crate) const HOUR_MARK: &str = "h";

/// After a count of hours, hours as the clock counts them (`10 giờ đồng
/// hồ`, `24 tiếng đồng hồ qua`): a duration.
pub(crate) const ON_THE_CLOCK: &str = "đồng hồ";

/// How a word before a bare hour makes it a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HourContext {
    /// Whatever its form (`vào 8h`, `từ 19 giờ`).
    Any,
    /// A clock's form (`sau 8h`), or an hour of the day from 5 to 23 but
    /// 12 in words (`sau 17 giờ`): `sau 2 giờ` is two hours later.
    ClockOrDayHour,
    /// A clock's form only, whatever the hour (`bây giờ là 19h`, `lùi lại
    /// thành 10h`, `đến tận 2h`): `là 8 giờ` is as often a count
    /// (`thời gian làm việc là 8 giờ`).
    Clock,
    /// A clock's form from [`FIRST_LATE_HOUR`] on (`gần 23h`, `quá 22h`):
    /// `gần 2h` is as often nearly two hours.
    LateClock,
}

/// Words before a bare hour (`8h`, `19 giờ`) that make it a time of day
/// (with `lúc`, `khoảng`, which the mention takes in), and how.
pub(crate) const HOUR_CONTEXT: Table<HourContext> = Table::new(&[
    ("vào", HourContext::Any),
    ("hồi", HourContext::Any),
    ("từ", HourContext::Any),
    ("đến", HourContext::Any),
    ("tới", HourContext::Any),
    ("đúng", HourContext::Any),
    ("mai", HourContext::Any),
    ("trước", HourContext::ClockOrDayHour),
    ("sau", HourContext::ClockOrDayHour),
    ("hơn", HourContext::ClockOrDayHour),
    ("là", HourContext::Clock),
    ("thành", HourContext::Clock),
    ("tận", HourContext::Clock),
    ("gần", HourContext::LateClock),
    ("quá", HourContext::LateClock),
]);

/// The first hour of [`HourContext::LateClock`]'s times.
pub(crate) const FIRST_LATE_HOUR: u32 = 13;

/// Words before a count of hours or years that make it a duration
/// (`mất 6 giờ`, `sau 1 giờ 15 phút`, `được 3-4 năm nay`).
pub(crate) const DURATION_BEFORE: Table<()> = Table::new(&[
    ("mất", ()),
    ("trong", ()),
    ("sau", ()),
    ("hơn", ()),
    ("gần", ()),
    ("được", ()),
    ("suốt", ()),
    ("vòng", ()),
    ("chưa", ()),
]);

/// Words after an hour that make it a duration (`10 giờ đồng hồ`, `một
/// giờ sau`, `2 giờ trước`).
pub(crate) const DURATION_AFTER: Table<()> = Table::new(&[
    (ON_THE_CLOCK, ()),
    ("sau", ()),
    ("trước", ()),
    ("liền", ()),
    ("qua", ()),
]);

/// The lunar calendar: `âm lịch`, and `Tết` (its first month).
pub(crate) const LUNAR: &str = "âm lịch";
/// `âm lịch` abbreviated after a lunar day (`15/7 ÂL`, `10/3 (AL)`), in
/// capitals only.
pub(crate) const LUNAR_ABBREVIATIONS: [&str; 2] = ["ÂL", "AL"];
pub(crate) const NEW_YEAR: &str = "tết";

/// After `Tết`: the Gregorian new year, 1 January (`Tết Dương lịch`, `Tết
/// Tây`); `true` for a word that also opens places (`Tết Tây Nguyên`, the
/// Central Highlands' Tết), not read before a capitalized word.
pub(crate) const SOLAR_NEW_YEAR: Table<bool> = Table::new(&[(SOLAR, false), ("tây", true)]);

/// The Gregorian calendar: `dương lịch` (`tháng Giêng dương lịch` is
/// January, not the lunar first month).
pub(crate) const SOLAR: &str = "dương lịch";

/// The feasts of the Gregorian year and their days, as (month, day):
/// Christmas (`Giáng sinh 2024`, `Noel năm nay`), the national day
/// (`Quốc khánh năm nay`), Labour Day, Women's Day, Children's Day and
/// the day of happiness (`Quốc tế Lao động`, `Quốc tế Phụ nữ`, `Quốc tế
/// Thiếu nhi`, `Quốc tế Hạnh phúc`), Valentine's day. Read before a year
/// written or counted after them; without one no mention (`cây thông
/// Noel`, `Quốc khánh Trung Quốc`). Each opens with a word of
/// `OPENER_WORDS` (`giáng`, `noel`, `quốc`, `valentine`); after `ngày`
/// they name a day whatever follows (see [`DAYS_OBSERVED`]).
pub(crate) const SOLAR_FEASTS: Table<(u32, u32)> = Table::new(&[
    ("giáng sinh", (12, 25)),
    ("noel", (12, 25)),
    ("quốc khánh", (9, 2)),
    ("quốc tế lao động", (5, 1)),
    ("quốc tế phụ nữ", (3, 8)),
    ("quốc tế thiếu nhi", (6, 1)),
    ("quốc tế hạnh phúc", (3, 20)),
    ("valentine", (2, 14)),
]);

/// The days the country keeps for its people, trades and causes, as
/// (month, day), named only after `ngày` (`ngày Nhà giáo Việt Nam 20/11`,
/// `Ngày Phụ nữ Việt Nam`, `Ngày Thầy thuốc Việt Nam`, `Ngày Báo chí Cách
/// mạng Việt Nam`, `ngày Giải phóng miền Nam`, `Ngày Môi trường thế
/// giới`, `Ngày Thương binh - Liệt sĩ`, the dash written either way or
/// left out), and Valentine's (`ngày lễ Tình nhân`): without `ngày` the
/// words name people or bodies (`Hội Liên hiệp Phụ nữ Việt Nam`, `lực
/// lượng Công an nhân dân`, `đôi tình nhân`). Read like
/// [`SOLAR_FEASTS`] after `ngày`. Each opens with an ASCII letter (the
/// scanner's anchor compares its first byte).
pub(crate) const DAYS_OBSERVED: Table<(u32, u32)> = Table::new(&[
    ("nhà giáo việt nam", (11, 20)),
    ("phụ nữ việt nam", (10, 20)),
    ("thầy thuốc việt nam", (2, 27)),
    ("báo chí cách mạng việt nam", (6, 21)),
    ("quân đội nhân dân việt nam", (12, 22)),
    ("doanh nhân việt nam", (10, 13)),
    ("gia đình việt nam", (6, 28)),
    ("giải phóng miền nam", (4, 30)),
    ("pháp luật việt nam", (11, 9)),
    ("thể thao việt nam", (3, 27)),
    ("người cao tuổi việt nam", (6, 6)),
    ("môi trường thế giới", (6, 5)),
    ("dân số thế giới", (7, 11)),
    ("tình nhân", (2, 14)),
    ("thương binh - liệt sĩ", (7, 27)),
    ("thương binh – liệt sĩ", (7, 27)),
    ("thương binh liệt sĩ", (7, 27)),
    ("thành lập đảng cộng sản việt nam", (2, 3)),
    ("chiến thắng điện biên phủ", (5, 7)),
    ("công an nhân dân", (8, 19)),
    ("biên phòng toàn dân", (3, 3)),
    ("khoa học và công nghệ việt nam", (5, 18)),
    ("sách và văn hóa đọc việt nam", (4, 21)),
    ("sách việt nam", (4, 21)),
    ("văn hóa các dân tộc việt nam", (4, 19)),
    ("di sản văn hóa việt nam", (11, 23)),
    ("chuyển đổi số quốc gia", (10, 10)),
    ("giải phóng thủ đô", (10, 10)),
    ("nam bộ kháng chiến", (9, 23)),
    ("toàn quốc kháng chiến", (12, 19)),
    ("quốc tế người cao tuổi", (10, 1)),
    ("sức khỏe thế giới", (4, 7)),
    ("nước thế giới", (3, 22)),
    ("thế giới không thuốc lá", (5, 31)),
    ("thế giới phòng chống aids", (12, 1)),
    ("halloween", (10, 31)),
]);

/// The tables of feasts named as a day after `ngày` (`ngày Noel`, `Ngày
/// Phụ nữ Việt Nam`): [`SOLAR_FEASTS`] and [`DAYS_OBSERVED`].
pub(crate) const DAY_FEASTS: [&Table<(u32, u32)>; 2] = [&SOLAR_FEASTS, &DAYS_OBSERVED];

/// The lunar new year's eve (`đêm giao thừa`): the last day of the lunar
/// year.
pub(crate) const NEW_YEAR_EVE: &str = "giao thừa";

/// After `Tết`: the lunar feasts and their lunar days, as (day, month):
/// the new year (`Tết Nguyên đán`, `Tết Âm lịch`, `Tết cổ truyền`), the mid-autumn (`Tết Trung thu`),
/// the double fifth (`Tết Đoan ngọ`), the first full moon (`Tết Nguyên
/// tiêu`), the cold food feast (`Tết Hàn thực`), the kitchen gods' day
/// (`Tết ông Công ông Táo`).
pub(crate) const LUNAR_FEASTS: Table<(u32, u32)> = Table::new(&[
    ("nguyên đán", (1, 1)),
    ("âm lịch", (1, 1)),
    ("cổ truyền", (1, 1)),
    ("trung thu", (15, 8)),
    ("đoan ngọ", (5, 5)),
    ("đoan ngũ", (5, 5)),
    ("nguyên tiêu", (15, 1)),
    ("thượng nguyên", (15, 1)),
    ("hàn thực", (3, 3)),
    ("trùng cửu", (9, 9)),
    ("ông công ông táo", (23, 12)),
    ("táo quân", (23, 12)),
]);

/// The lunar feasts named without `Tết`: the mid-autumn (`Trung thu năm
/// nay`, `đêm Trung thu`), the Hùng kings' day (`Giỗ Tổ Hùng Vương`). Each
/// opens with a word of `OPENER_WORDS` (`trung`, `giỗ`) and holds an anchor
/// of the scan ([`FEAST_ANCHORS`]). The value: the lunar day, the lunar
/// month, and whether the name is also other words (`Trung thu`: `anh Trung thu tiền`, Trung collects money), read
/// only after a word of [`FEAST_BEFORE`] or before a year.
pub(crate) const NAMED_LUNAR_FEASTS: Table<(u32, u32, bool)> = Table::new(&[
    ("trung thu", (15, 8, true)),
    ("giỗ tổ hùng vương", (10, 3, false)),
    // Read before an anchor ([`FEASTS_AT_ANCHOR`]): the feast of the
    // seventh full moon (`lễ Vu Lan`), the Buddha's birthday on the
    // fourth full moon, as the Vietnamese Buddhist Sangha keeps it
    // (`Đại lễ Phật đản`).
    ("vu lan", (15, 7, false)),
    ("phật đản", (15, 4, false)),
    // Read after `ngày` ([`crate::parse::when::lunar_feast_day`]): the god
    // of wealth's day (`ngày vía Thần Tài`; `Thần Tài` is also the god), the
    // seventh of the seventh month (`ngày Thất tịch`).
    ("vía thần tài", (10, 1, false)),
    ("thần tài", (10, 1, true)),
    ("thất tịch", (7, 7, false)),
]);

/// The two words of each of [`NAMED_LUNAR_FEASTS`] whose first word opens
/// no mention (`Vu Lan`, `Phật đản`), in lowercase: read from the first
/// when an anchor of the scan follows them (a year, `năm nay`) or after
/// `mùa`; alone (`lễ Vu Lan`) they hold no anchor and are not read.
pub(crate) const FEASTS_AT_ANCHOR: [(&str, &str); 2] = [("vu", "lan"), ("phật", "đản")];

/// Events named by the month they happened in (`Cách mạng Tháng Tám`,
/// `Tổng khởi nghĩa tháng Tám`, `Cách mạng tháng Mười Nga`): a month right
/// after them, without its year, is the event's name, no period.
pub(crate) const MONTH_NAMED_EVENTS: Table<()> =
    Table::new(&[("cách mạng", ()), ("khởi nghĩa", ())]);

/// A rite (`ngày lễ Vu Lan`): between `ngày` and a feast's name.
pub(crate) const RITE_WORD: &str = "lễ";

/// Words before a feast's name that make it the feast (`dịp Trung thu`,
/// `đêm Trung thu`, `vui Trung thu`).
pub(crate) const FEAST_BEFORE: Table<()> = Table::new(&[
    ("dịp", ()),
    ("đêm", ()),
    ("tối", ()),
    ("chiều", ()),
    ("ngày", ()),
    ("mùa", ()),
    ("lễ", ()),
    ("hội", ()),
    ("vui", ()),
    ("đón", ()),
    ("chào", ()),
    ("trước", ()),
    ("sau", ()),
    ("trong", ()),
]);

/// The second word of each of [`NAMED_LUNAR_FEASTS`] and the word before
/// it, in lowercase: the anchors of the scan in those names (`thu` after
/// `trung`, `tổ` after `giỗ`).
pub(crate) const FEAST_ANCHORS: [(&str, &str); 2] = [("trung", "thu"), ("giỗ", "tổ")];

/// Words before a feast's name that make it a thing of the feast, no day
/// (`bánh Trung thu`, a mooncake; `đèn Trung thu`, a lantern).
pub(crate) const NOT_FEAST_BEFORE: Table<()> = Table::new(&[
    ("bánh", ()),
    ("đèn", ()),
    ("quà", ()),
    ("cỗ", ()),
    ("kẹo", ()),
    ("hộp", ()),
]);

/// The full-moon day (`rằm tháng Giêng` is the 15th of the first month).
pub(crate) const FULL_MOON: &str = "rằm";

/// The leap month (`tháng 4 nhuận`).
pub(crate) const LEAP: &str = "nhuận";

/// The words before the day of a month's first ten (`mùng 5`).
pub(crate) const EARLY_DAY_WORDS: Table<()> = Table::new(&[("mùng", ()), ("mồng", ())]);

/// `của năm 2021` (`quý 3 của năm 2021`).
pub(crate) const OF: &str = "của";

// The words of the mention scanner.

/// Words that announce a date right after them; up to two of them may stand
/// together (`tối mùng 3/9`). Longest first.
pub(crate) const DATE_WORDS: Table<()> = Table::new(&[
    ("rạng sáng", ()),
    ("hôm nay", ()),
    ("hôm qua", ()),
    ("hôm", ()),
    ("ngày", ()),
    ("mùng", ()),
    ("mồng", ()),
    ("sáng", ()),
    ("trưa", ()),
    ("chiều", ()),
    ("tối", ()),
    ("đêm", ()),
    ("khuya", ()),
]);

/// Words that name an occasion by its day (`dịp 30-4`, `lễ 2-9`, `đại lễ
/// 30-4 và 1-5`): a day and month after them are a date, with a dash or a
/// dot as after a date word (`dịp 1-2 ngày` is a count).
pub(crate) const OCCASION_WORDS: Table<()> = Table::new(&[("dịp", ()), ("lễ", ())]);

/// Words that may follow a date word before the date (`sáng nay (6/12)`,
/// `tối mùng 3/9`, `chiều cùng ngày (13/3)`, `sáng hôm sau (14/3)`, `sáng
/// hôm qua (2/4)`).
pub(crate) const DATE_WORDS_AFTER: Table<()> = Table::new(&[
    ("cùng ngày", ()),
    ("hôm sau", ()),
    ("hôm qua", ()),
    ("hôm nay", ()),
    ("hôm kia", ()),
    ("hôm trước", ()),
    ("hôm đó", ()),
    ("nay", ()),
    ("qua", ()),
    ("mai", ()),
    ("kia", ()),
    ("mùng", ()),
    ("mồng", ()),
    ("ngày", ()),
]);

/// The words that open a quarter (`quý II`, and `quí II` as older texts
/// spell it).
pub(crate) const QUARTER_WORDS: Table<()> = Table::new(&[("quý", ()), ("quí", ())]);

/// The months of a quarter.
pub(crate) const MONTHS_A_QUARTER: u32 = 3;
/// The letter that abbreviates `quý` before its number (`Q1/2024`, `Q3-2023`).
pub(crate) const QUARTER_LETTER: u8 = b'Q';

/// The letter of a month abbreviated before its number (`T12/2023`), with
/// its year after a slash; after a count of months, the first months of a
/// year (`9T/2024`).
pub(crate) const MONTH_LETTER: u8 = b'T';

/// The letter that abbreviates a half of a year before its number
/// (`H1/2024`, `H2-2023`).
pub(crate) const HALF_LETTER: u8 = b'H';

/// The word before `ngày` that makes the day the one named before it
/// (`chiều cùng ngày`, `cùng ngày`: the same day).
pub(crate) const SAME_WORD: &str = "cùng";

/// Days named by the date read before them, and how many days after it:
/// `cùng ngày` (the same day), `ngày hôm sau` (the next). (`hôm đó`, that
/// day, as often follows a day no mention holds: `ngày anh ra đi`.)
pub(crate) const DAYS_AFTER_DATE: Table<i64> = Table::new(&[("cùng ngày", 0), ("ngày hôm sau", 1)]);

/// The abbreviation of `sinh năm` (born in) before a year, in capitals
/// (`Nguyễn Văn A (SN 1985)`): the year is a mention, as after `năm`.
pub(crate) const BORN_IN: &str = "SN";

/// The last words of the nouns that name a span of years (`giai đoạn`,
/// `nhiệm kỳ`, `kế hoạch`): after them a range's last year may be written
/// by its two last digits (`giai đoạn 2021-25`).
pub(crate) const YEAR_SPAN_WORDS: Table<()> =
    Table::new(&[("đoạn", ()), ("kỳ", ()), ("hoạch", ())]);

/// `tức` (that is): before the same day told another way (`(tức 12/2 âm
/// lịch)` after a dateline's date).
pub(crate) const NAMELY: &str = "tức";

/// Birth, between `năm` and a year (`năm sinh 1990`: born in 1990).
pub(crate) const BIRTH_WORD: &str = "sinh";

/// Roman numerals of quarters, longest first, and the first and last
/// named (`quý đầu tiên của năm 2024`, `quý cuối cùng`).
pub(crate) const QUARTERS: Table<u8> = Table::new(&[
    ("đầu tiên", 1),
    ("cuối cùng", 4),
    ("iv", 4),
    ("iii", 3),
    ("ii", 2),
    ("i", 1),
    ("4", 4),
    ("3", 3),
    ("2", 2),
    ("1", 1),
]);

/// The hours named by words after a word of [`TIME_WORDS`] (`lúc nửa
/// đêm`, midnight; `vào khoảng giữa trưa`, noon).
pub(crate) const NAMED_HOURS: Table<u32> = Table::new(&[("nửa đêm", 0), ("giữa trưa", 12)]);

/// Words before a bare hour that make it a time (`lúc 19h`).
pub(crate) const TIME_WORDS: Table<()> = Table::new(&[
    ("lúc", ()),
    ("khoảng", ()),
    ("tầm", ()),
    ("chừng", ()),
    ("vào lúc", ()),
    ("vào khoảng", ()),
]);

/// Words after which a small fraction is one, not a date (`chiếm 1/3`,
/// `hơn 1/2`, `gần 2/3`, `khoảng 1/4`, `tỷ lệ 1/3`, `bằng 1/2 mức cũ`,
/// `đạt 3/5 chỉ tiêu`, `thắng 2/3 trận`, `dưới 1/4`): its numerator below
/// its denominator, and that at most [`FRACTION_MAX_DENOMINATOR`]. After
/// [`ORDINAL_WORD`] any such pair is a rank out of a number (`xếp thứ
/// 2/10`, `thứ 3/12`).
pub(crate) const FRACTION_BEFORE: Table<()> = Table::new(&[
    ("chiếm", ()),
    ("hơn", ()),
    ("gần", ()),
    ("khoảng", ()),
    ("bằng", ()),
    ("đạt", ()),
    ("thắng", ()),
    ("dưới", ()),
    (RATE_WORD, ()),
]);

/// Words after a day-and-month-shaped pair that make it a fraction of
/// what they count (`1/3 số học sinh`, `2/3 diện tích`, `1/4 tổng số`, `3/5
/// thành viên`, `4/5 chỉ tiêu`), on the terms of [`FRACTION_BEFORE`].
pub(crate) const FRACTION_AFTER: Table<()> = Table::new(&[
    ("số", ()),
    ("tổng", ()),
    ("dân số", ()),
    ("diện tích", ()),
    ("trong số", ()),
    ("thành viên", ()),
    ("chỉ tiêu", ()),
    ("tiêu chí", ()),
]);

/// The largest denominator of a fraction after [`FRACTION_BEFORE`].
pub(crate) const FRACTION_MAX_DENOMINATOR: u32 = 10;

/// Words after which `n/d` is no ratio (`tháng 6/2026`, `số 12/15`).
pub(crate) const NOT_RATIO_BEFORE: Table<()> = Table::new(&[
    ("tháng", ()),
    ("năm", ()),
    ("quý", ()),
    ("quí", ()),
    ("số", ()),
    ("khoản", ()),
    ("điều", ()),
    ("điểm", ()),
    ("giờ", ()),
    ("lớp", ()),
]);

/// Words of addresses and classes before a number with a slash, which is
/// then a house, an alley, a room or a class (`số 12/5 đường Lê Lợi`, `hẻm
/// 10/2`, `kiệt 5/7`, `lớp 10/2`), or a street or a place named for a date
/// (`đường 3/2`, `Công viên 23/9`, `Bệnh viện 30/4`, `Trường THPT 19/5`,
/// `chợ 2/9`, `cầu 2/9`, and written out, `đường 3 Tháng 2`, `đường Ba
/// Tháng Hai`): no date, no ratio. Not `lộ` (`tiết lộ 3 tháng 2` is a
/// date): `đại lộ 30/4` is one of [`PLACE_PHRASES`].
pub(crate) const ADDRESS_WORDS: Table<()> = Table::new(&[
    ("cầu", ()),
    ("viên", ()),
    ("viện", ()),
    ("thpt", ()),
    ("thcs", ()),
    ("chợ", ()),
    ("số", ()),
    ("nhà", ()),
    ("hẻm", ()),
    ("kiệt", ()),
    ("ngõ", ()),
    ("ngách", ()),
    ("lớp", ()),
    ("phòng", ()),
    ("đường", ()),
    ("phố", ()),
    ("căn", ()),
    ("hộ", ()),
    ("lô", ()),
    ("tổ", ()),
    ("xóm", ()),
    ("ấp", ()),
    ("khóm", ()),
]);

/// Places of more than one word named for a date (`đại lộ 30/4`, `Nhà văn
/// hóa 3/2`, `Sân vận động 19/8`, `Quảng trường 2/4`, `Công ty 19/5`, `ngã
/// tư 3/2`, `vòng xoay 3/2`, `Bến xe 29/3`): no date, as after one of
/// [`ADDRESS_WORDS`]. Told first by their last words,
/// [`PLACE_PHRASE_LAST_WORDS`]. Not `học` (`khai giảng năm học 5/9` is a
/// date), nor `cảng` alone (`cập cảng 19/5`).
pub(crate) const PLACE_PHRASES: [&str; 19] = [
    "đại lộ",
    "nhà văn hóa",
    "nhà văn hoá",
    "sân vận động",
    "quảng trường",
    "công ty",
    "ngã tư",
    "ngã ba",
    "ngã năm",
    "ngã sáu",
    "vòng xoay",
    "bùng binh",
    "bến xe",
    "bến cảng",
    "bến phà",
    "xí nghiệp",
    "nhà máy",
    "hợp tác xã",
    "nông trường",
];

/// The last words of [`PLACE_PHRASES`].
pub(crate) const PLACE_PHRASE_LAST_WORDS: Table<()> = Table::new(&[
    ("lộ", ()),
    ("hóa", ()),
    ("hoá", ()),
    ("động", ()),
    ("trường", ()),
    ("ty", ()),
    ("tư", ()),
    ("ba", ()),
    ("năm", ()),
    ("sáu", ()),
    ("xoay", ()),
    ("binh", ()),
    ("xe", ()),
    ("cảng", ()),
    ("phà", ()),
    ("nghiệp", ()),
    ("máy", ()),
    ("xã", ()),
]);

/// The last words of the kinds of documents whose numbers look like a
/// month and year (`Thông tư 02/2015`, `Quyết định 12/2020`, `Luật số`
/// aside: `số` is in [`NOT_RATIO_BEFORE`]).
pub(crate) const DOCUMENT_LAST_WORDS: Table<()> = Table::new(&[
    ("tư", ()),
    ("định", ()),
    ("quyết", ()),
    ("thị", ()),
    ("luật", ()),
    ("văn", ()),
    ("hoạch", ()),
    ("bản", ()),
    ("điện", ()),
    ("báo", ()),
    ("lệnh", ()),
    ("án", ()),
    ("hiệu", ()),
]);

// The words of datelines.

/// Weekday names, longest first where one is the prefix of another.
pub(crate) const WEEKDAYS: Table<Weekday> = Table::new(&[
    ("chủ nhật", Weekday::Sun),
    ("thứ hai", Weekday::Mon),
    ("thứ ba", Weekday::Tue),
    ("thứ tư", Weekday::Wed),
    ("thứ năm", Weekday::Thu),
    ("thứ sáu", Weekday::Fri),
    ("thứ bảy", Weekday::Sat),
    ("thứ bẩy", Weekday::Sat),
    ("thứ 2", Weekday::Mon),
    ("thứ 3", Weekday::Tue),
    ("thứ 4", Weekday::Wed),
    ("thứ 5", Weekday::Thu),
    ("thứ 6", Weekday::Fri),
    ("thứ 7", Weekday::Sat),
    ("cn", Weekday::Sun),
    ("t2", Weekday::Mon),
    ("t3", Weekday::Tue),
    ("t4", Weekday::Wed),
    ("t5", Weekday::Thu),
    ("t6", Weekday::Fri),
    ("t7", Weekday::Sat),
]);

/// `thứ` cut to two letters before a weekday's number, in datelines (`Th
/// 2`, `Th7`).
pub(crate) const WEEKDAY_ABBREVIATION: &str = "th";

/// Weekday names in English, as some pages print their datelines
/// (`Monday, January 15, 2024 8:30 AM`, `Mon, 15 Jan 2024`): read in
/// datelines only. Full names first, Monday to Sunday (the names JSON
/// writes, [`WEEKDAY_NAMES`]), then their abbreviations.
const ENGLISH_WEEKDAY_WORDS: [(&str, Weekday); 14] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// [`ENGLISH_WEEKDAY_WORDS`] as a table.
pub(crate) const ENGLISH_WEEKDAYS: Table<Weekday> = Table::new(&ENGLISH_WEEKDAY_WORDS);

/// Month names in English (`January 15, 2024`, `15 Jan 2024`): read in
/// datelines only. Full names before their abbreviations.
pub(crate) const ENGLISH_MONTHS: Table<u32> = Table::new(&[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
]);

/// The words that label the time after a date: `lúc`, `vào lúc`, `giờ`
/// (`Ngày: 03/04/2024 Giờ: 07:35`), and the English `at` (`January 15,
/// 2024 at 8:30 am`).
pub(crate) const DATE_TIME_WORDS: Table<()> =
    Table::new(&[("vào lúc", ()), ("lúc", ()), ("giờ", ()), ("at", ())]);

/// The word before an ordinal or a weekday's number (`lần thứ 2`,
/// `thứ Năm`): a number after it is neither a count nor a year.
pub(crate) const ORDINAL_WORD: &str = "thứ";

/// The first after [`ORDINAL_WORD`] (`tuần thứ nhất`): no number word.
pub(crate) const FIRST_ORDINAL: &str = "nhất";

/// Words before a weekday that make it a day (`hôm thứ Hai`, `sáng thứ 7`,
/// `vào chủ nhật`) rather than an ordinal (`lần thứ hai`); the parts of the
/// day count too. Not `ngày`: `ngày thứ hai` is the second day.
pub(crate) const WEEKDAY_BEFORE: Table<()> =
    Table::new(&[("hôm", ()), ("bữa", ()), ("vào", ()), ("rạng sáng", ())]);

/// Words before `thứ` that make what follows an ordinal (`lần thứ năm tới
/// đây`, `hạng thứ ba`), never a weekday unless a date follows.
pub(crate) const ORDINAL_NOUNS: Table<()> = Table::new(&[
    ("lần", ()),
    ("hạng", ()),
    ("đứng", ()),
    ("xếp", ()),
    ("người", ()),
    ("lượt", ()),
    ("kỳ", ()),
    ("khóa", ()),
    ("vòng", ()),
    ("giải", ()),
    ("con", ()),
    ("phần", ()),
    ("điều", ()),
    ("bậc", ()),
    ("tầng", ()),
    ("đợt", ()),
    ("trận", ()),
    ("năm", ()),
    ("ngày", ()),
    ("tuần", ()),
    ("tháng", ()),
    ("quý", ()),
    ("quí", ()),
    ("mùa", ()),
    ("số", ()),
]);

/// Words of things numbered within a year, after which a number and a
/// year joined by a slash or a dash count them, not a month (`Kỳ 2/2024`,
/// `đợt 3/2024`, `lần 2-2024`, `phiên 5/2023`, `Kỳ họp thứ 7/2024`); a
/// week's is read as one (`tuần 12/2024`).
pub(crate) const NUMBERED_IN_YEAR: Table<()> = Table::new(&[
    ("kỳ", ()),
    ("kì", ()),
    ("đợt", ()),
    ("lần", ()),
    ("lượt", ()),
    ("phiên", ()),
    ("khóa", ()),
    ("vòng", ()),
    ("tuần", ()),
    ("thứ", ()),
    ("buổi", ()),
    ("chuyến", ()),
    ("tập", ()),
]);

/// Nouns of rounds, episodes and ranks before a pair `n/m` with `n` at
/// most `m` (`vòng 1/8`, `Tập 2/4`, `hạng 3/10`): a rank out of a number,
/// as after [`ORDINAL_WORD`], no date.
pub(crate) const RANK_NOUNS: Table<()> =
    Table::new(&[("vòng", ()), ("tập", ()), ("hạng", ()), ("bậc", ())]);

/// The word of a scale or a rate before `n/d` (`tỷ lệ 1/2000`): a ratio,
/// no month of a year.
pub(crate) const RATE_WORD: &str = "lệ";

/// Words of how many times, after which `3-5` is a count (`ngày 3-5
/// lần`: three to five times a day), no day and month.
pub(crate) const TIMES_WORDS: Table<()> = Table::new(&[("lần", ()), ("lượt", ())]);

/// Words that make the noun after them plural: numbers after the noun name
/// the ones meant (`các tháng 10-11/2024`, `những tháng 3, 4`), not a count.
pub(crate) const PLURAL_WORDS: Table<()> = Table::new(&[("các", ()), ("những", ())]);

/// Words one or two words before a weekday that make it any such day, not
/// one (`mỗi sáng thứ Tư`, `các ngày thứ Bảy`, `một ngày thứ Ba`); `true`
/// for the words of every one, which before `ngày` make it every day, no
/// date (`mỗi ngày 2-3 cốc`, `hằng ngày`).
pub(crate) const HABITUAL_BEFORE: Table<bool> = Table::new(&[
    ("mỗi", true),
    ("hàng", true),
    ("hằng", true),
    ("các", false),
    ("những", false),
    ("một", false),
    ("vài", false),
]);

/// Words after a weekday that make it any such day (`thứ Hai hằng tuần`).
pub(crate) const HABITUAL_AFTER: Table<()> =
    Table::new(&[("hàng tuần", ()), ("hằng tuần", ()), ("mỗi tuần", ())]);

/// How a weekday in the text is counted from the dateline's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WeekdayPick {
    /// The first such day after the dateline's (`thứ Năm tới`).
    Next,
    /// That day or the first such day after it (`thứ Bảy này`).
    ThisOrNext,
    /// The last such day before the dateline's (`thứ Ba vừa qua`).
    Last,
}

/// Words after a weekday that count it from the dateline's day.
pub(crate) const WEEKDAY_AFTER: Table<WeekdayPick> = Table::new(&[
    ("sắp tới", WeekdayPick::Next),
    ("tới", WeekdayPick::Next),
    (THIS, WeekdayPick::ThisOrNext),
    ("vừa qua", WeekdayPick::Last),
    ("vừa rồi", WeekdayPick::Last),
]);

/// What a dateline's label stamps: the publication, or an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stamp {
    /// When the article was published, or a label that does not say.
    Published,
    /// When the page was updated (`Cập nhật: ...`).
    Updated,
}

/// Labels that may open a dateline and belong to it (`Cập nhật: ...`),
/// with what they stamp.
pub(crate) const LABELS: Table<Stamp> = Table::new(&[
    ("cập nhật", Stamp::Updated),
    ("cập nhật lúc", Stamp::Updated),
    ("ngày cập nhật", Stamp::Updated),
    ("ngày đăng", Stamp::Published),
    ("đăng ngày", Stamp::Published),
    ("bài đăng", Stamp::Published),
    ("đăng tải", Stamp::Published),
    ("đăng lúc", Stamp::Published),
    ("đăng", Stamp::Published),
    ("xuất bản", Stamp::Published),
    ("ngày xuất bản", Stamp::Published),
    ("thời gian", Stamp::Published),
    ("ngày", Stamp::Published),
    ("vào lúc", Stamp::Published),
    ("lúc", Stamp::Published),
    ("vào", Stamp::Published),
    ("posted on", Stamp::Published),
    ("on", Stamp::Published),
    ("published", Stamp::Published),
    ("updated", Stamp::Updated),
]);

/// The weekdays with their English lowercase names, as written in JSON:
/// the full names of [`ENGLISH_WEEKDAY_WORDS`].
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: `i` stays below 7
pub(crate) const WEEKDAY_NAMES: [(Weekday, &str); 7] = {
    let mut out = [(Weekday::Mon, ""); 7];
    let mut i = 0;
    while i < 7 {
        out[i] = (ENGLISH_WEEKDAY_WORDS[i].1, ENGLISH_WEEKDAY_WORDS[i].0);
        i += 1;
    }
    out
};

/// Parts of the day and the hours they add to a 12-hour clock reading
/// (`7 giờ tối` is 19:00). One table for datelines and time mentions.
pub(crate) const PARTS_OF_DAY: Table<PartOfDay> = Table::new(&[
    ("sáng", PartOfDay::Morning),
    ("trưa", PartOfDay::Noon),
    ("chiều", PartOfDay::Afternoon),
    ("tối", PartOfDay::Evening),
    ("đêm", PartOfDay::Night),
    ("khuya", PartOfDay::Night),
]);

/// Words that narrow a part of the day after it (`sáng sớm`, `chiều tối`,
/// `tối muộn`, `đêm khuya`): the part's date or day is read after them.
pub(crate) const PART_QUALIFIERS: Table<()> =
    Table::new(&[("sớm", ()), ("muộn", ()), ("khuya", ()), ("tối", ())]);

/// Words before a part of the day that narrow it (`nửa đêm`, midnight;
/// `giữa trưa`, `xế chiều`, `chập tối`): the mention of the part's date or
/// day opens with them.
pub(crate) const PART_NARROWERS: Table<()> =
    Table::new(&[("nửa", ()), ("giữa", ()), ("xế", ()), ("chập", ())]);

/// AM and PM after a time, as English and Vietnamese write them (`sa`
/// sáng, `ch` chiều).
pub(crate) const MERIDIEMS: Table<Meridiem> = Table::new(&[
    ("am", Meridiem::Am),
    ("a.m.", Meridiem::Am),
    ("sa", Meridiem::Am),
    ("pm", Meridiem::Pm),
    ("p.m.", Meridiem::Pm),
    ("ch", Meridiem::Pm),
]);

/// The names of the time an offset is counted from (`GMT+7`, `UTC-3`,
/// `(GMT)`), matched as a whole word, ignoring case; time zones too
/// (`9 giờ GMT`).
pub(crate) const OFFSET_NAMES: Table<()> = Table::new(&[("gmt", ()), ("utc", ())]);

/// Time zones named after a time by their abbreviations (`15h CST`), matched
/// as a whole word, ignoring case, besides [`OFFSET_NAMES`]; Vietnam's own
/// names (`ICT`) are [`VIETNAM_TIME_NAMES`].
pub(crate) const TIME_ZONES: Table<()> = Table::new(&[
    ("cst", ()),
    ("cdt", ()),
    ("est", ()),
    ("edt", ()),
    ("pst", ()),
    ("pdt", ()),
    ("mst", ()),
    ("jst", ()),
    ("kst", ()),
    ("cet", ()),
    ("cest", ()),
    ("bst", ()),
    ("aest", ()),
]);

/// Vietnam's time named after a time (`09:30 ICT`, `09:30 (giờ Việt
/// Nam)`): an explicit offset of seven hours, as `GMT+7` is. Longer names
/// before their prefixes.
pub(crate) const VIETNAM_TIME_NAMES: Table<()> = Table::new(&[
    ("giờ việt nam", ()),
    ("giờ hà nội", ()),
    ("giờ vn", ()),
    ("giờ hn", ()),
    ("ict", ()),
]);
