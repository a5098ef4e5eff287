//! Turn the text of Vietnamese newspaper articles into typed, validated data.
//!
//! ```
//! let text = "03/04/2024 - 07:35\n\nBình Thủy\n\nKết nạp đảng viên mới\n\n\
//!             (CT) - Ngày 2-4-2024, Ban Thường vụ Quận ủy tổ chức hội nghị.\n\n\
//!             Tin, ảnh: KIM XUÂN\n";
//! let article = vn_article::parse(text)?;
//! let dateline = article.dateline.as_ref().unwrap();
//! assert_eq!(dateline.datetime().unwrap().to_rfc3339(), "2024-04-03T07:35:00+07:00");
//! assert!(dateline.offset_assumed);
//! assert_eq!(article.section[0], "Bình Thủy");
//! assert_eq!(article.title, "Kết nạp đảng viên mới");
//! let source = article.source.as_ref().unwrap();
//! assert_eq!((&*source.code, source.outlet.map(|o| o.name)), ("CT", Some("Báo Cần Thơ")));
//! assert_eq!(article.credits[0].names, ["KIM XUÂN"]);
//! # Ok::<(), vn_article::Error>(())
//! ```
//!
//! # What is read
//!
//! An article's text, as scraped, runs top to bottom: a header (a dateline
//! `03/04/2024 - 07:35`, a section `Bình Thủy` or a breadcrumb
//! `THỜI SỰ > Cần Thơ`, the title, bylines, in whatever order the page
//! prints them), the lead opened by the outlet's source marker (`(CT) -`),
//! body paragraphs and photo captions, credit lines (`Tin, ảnh: KIM XUÂN`)
//! and page furniture (`Chia sẻ bài viết`). Every non-blank line lands in one
//! field of [`Article`]; a line the parser cannot place stays in `body`, so
//! nothing of the input is lost.
//!
//! The header is the lines above the lead. Each is classed on its own, by
//! what it says: a dateline (alone, after a byline or a section, with a
//! category or widget counters after it), a breadcrumb, page furniture, a
//! caption, a byline (a name under a title-like line, or a labelled credit
//! such as `Tin, ảnh: X`), or text. The title is the headline-like text line
//! (a short label above it is the section, a kicker closing with a colon is
//! furniture); of a dateline above the title and one under it, the one under
//! it is the article's unless both give the same minute (the one above is
//! then the article's, printed twice). What is none of the header fields
//! goes to [`Article::header`], verbatim.
//!
//! - **Datelines** are day first, always. The offset is the one written
//!   (`GMT+7`, `+07:00`), else +07:00 with `offset_assumed` and a diagnostic.
//!   A weekday that does not match the date, an impossible date or time are
//!   diagnostics, never wrong values.
//! - **Source markers** are looked up in the outlet registry ([`outlets()`]).
//! - **Credits** carry roles from a closed vocabulary ([`Role`]) and names
//!   as written, their white space plain (a non-breaking space is a space).
//! - **Mentions** in the title, lead, body and captions: dates (a year-less date
//!   takes the year that puts it nearest the dateline), quarters (`quý II-2024`),
//!   times (`7 giờ 35 chiều`), percents (`53,68%`), ratios (`51/95`), amounts of
//!   money (`256.341 tỉ đồng`) and other figures (`1,7934g`).
//!
//! # Rendering and rebuilding
//!
//! `Display` renders an article as canonical text: its pieces where they
//! were read, as they now stand, with canonical white space (one blank line
//! between blocks, `\n` line ends, no trailing spaces). Parsing that text
//! gives an equal article, for any input. [`Article::rebuild`] gives back the
//! normalized input itself, byte for byte.
//!
//! # Rules
//!
//! ## Datelines
//!
//! The dateline is a header line (or, when the header has none, the line
//! under the lead). It may open with a weekday (`Thứ Tư`, `Thứ 4`, `T4`,
//! `Chủ nhật`, `CN`) and a label (`Cập nhật:`, `Ngày đăng:`), and may follow a
//! byline or section and a separator (`Minh Anh | ...`: the byline becomes an
//! author credit, anything else a section). Then, in either order, a date
//! and a time:
//!
//! - dates are day first: `03/04/2024`, `3-4-2024`, `15.6.2024` (one
//!   separator, used twice), ISO-like year first `2018-12-06` and `2019-3-7`,
//!   or written out `ngày 3 tháng 4 năm 2024`;
//! - times are `07:35`, `09:30:00`, `8h00`, `7g30`, `7 giờ 35 (phút)`, with
//!   `AM`/`PM`/`SA`/`CH` or a part of day (`sáng`, `trưa`, `chiều`, `tối`,
//!   `đêm`) applied; a 24-hour time with a redundant `PM` keeps its hour;
//! - between them spaces, a dash of any kind, `,`, `|`, `lúc` or ISO's `T`;
//! - after them an offset: `GMT+7`, `(GMT+7)`, `[GMT+7]`, `GMT + 7`, `+07:00`,
//!   `UTC+07`, `Z`; in the header, a category or widget counters may follow.
//!
//! A date that does not exist gives no dateline and an `impossible_date`
//! diagnostic (the line stays in the body); a time that does not exist gives
//! a dateline without time and `impossible_time`; a weekday that does not
//! match the date is kept and reported as `weekday_mismatch`.
//!
//! ## Mentions
//!
//! The title, the lead and the body (captions included) are scanned at word
//! starts:
//!
//! - `date`: a full date in any separator form or written out, after an
//!   optional word announcing it (`ngày`, `mùng`, `hôm qua`, `sáng`, `chiều`,
//!   `tối`..., which are part of the mention's text); a year-less date: `d/m`
//!   anywhere, `d-m` and `d.m` only after such a word or in brackets
//!   (`(28/3)`), because `2-0` is a score and `15.6` a number otherwise. A
//!   year-less date takes the year (the dateline's, the one before or after)
//!   that puts it nearest the dateline, with `year_inferred`; with no dateline
//!   its `date` and `year` are null. Never a date: a form followed by `%`, a
//!   letter or another separator (`318/BC-UBND`, `15/2020/NĐ-CP`, phone
//!   numbers), or an impossible day or month (`51/95`); an impossible full
//!   date (`31/02/2024`) is an `impossible_date` diagnostic.
//!   Dates are written with digits, with month names (`12 Tháng hai 2016`,
//!   `ngày 20 tháng mười một năm 2022`, `Tháng Mười Một 14, 2019`), with a
//!   two-digit year (`12/6/19`, `3-9-98`, `tháng 4 năm 75`, `ngày 29 tháng
//!   10 năm 99`: the year within 50 years of the dateline's), with spaced
//!   dashes (`15 - 9 - 2010`, `sáng 21 – 8`), or
//!   with a year counted from the dateline's (`dịp 2-9 năm nay`, `ngày 15-8
//!   năm ngoái`: `relative: true`). A day counted from the dateline's
//!   (`hôm nay`, `sáng nay`, `hôm qua`, `đêm qua`, `hôm kia`, `ngày mai`,
//!   `ngày kia`, `bữa nay`, `tối hôm qua`, `trưa ngày mai`, `mai` before a
//!   part of day or a time; `3 ngày trước`, `2 tuần trước`, `3 ngày nữa`,
//!   `2 tuần 3 ngày trước`; under a dateline, `3 tháng trước`, `2 năm nữa`,
//!   `cách đây 1 năm 3 tháng`) is a `date` with
//!   `relative: true` and `days` (-1 for `hôm qua`); a written date that
//!   follows (`hôm qua (21/7)`) wins. `ngày 4 tháng này` is a day of the
//!   dateline's month. Days, months and years may be written in words
//!   (`ngày mười lăm tháng một năm hai nghìn hai mươi tư`).
//! - `quarter`: `quý` and `I` to `IV`, `1` to `4` or a word (`quý hai`,
//!   `quý tư`), with a year after `-`, `/`, `năm` or `của năm` (`quý
//!   II-2024`, `quý 3 của năm 2021`, `quý I năm nay`); without one, the year
//!   that puts the quarter nearest the dateline, with `year_inferred`; `quý
//!   này`, `quý trước`, `quý tới` count from the dateline's quarter.
//! - `period`: a span of days, both ends inclusive (`start`, `end`):
//!   ranges (`từ ngày 12-6 đến 3-7`, `từ 12/6 đến ngày 3/7/2024`, `ngày
//!   3-4/6`, `từ tháng 5-2020 đến ngày 18-3-2021`, `từ đầu năm đến 30/9`,
//!   `từ đầu năm 2019 đến nay`, `đến hết tháng 9/2024` from the dateline's
//!   day); a month (`tháng 9/2024`, `tháng 5-2020`, `tháng Mười Hai`, `tháng
//!   9`: the year nearest the dateline); a year (`năm 2024`; a bare `2024`
//!   stays no mention); the first or last months of a year (`6 tháng đầu
//!   năm 2024`, `9 tháng cuối năm`), halves (`nửa đầu năm`), parts of a
//!   month (`đầu`/`giữa`/`cuối tháng 8`, `thượng`/`trung`/`hạ tuần tháng
//!   8`: days 1-10, 11-20, 21 to the end), `đầu năm` and `cuối năm` (the
//!   first and last quarters); weeks, months and years counted from the
//!   dateline's (`tuần này`, `tuần trước`, `tuần tới`: Monday to Sunday;
//!   `tuần qua`: the seven days ending on the dateline's day; `tháng
//!   trước`, `năm ngoái`, `năm tới`, `năm tiếp theo`, `cuối tuần qua`: a
//!   Saturday and Sunday), counts of days, months or years ending on the
//!   dateline's day or starting after it (`7 ngày qua`, `6 tháng qua`, `2
//!   năm vừa rồi`, `1 tháng nay`, `3 ngày tới`, `ba tháng tiếp theo`; hours
//!   that make whole days, from or to the dateline's moment: `24 giờ qua`
//!   from the day before, `48h tới` to two days after), with
//!   `relative: true`; `giữa năm` is the middle two quarters, `9 tháng năm
//!   2018` the first nine months. A year not
//!   written is the dateline's for parts of a year and the nearest for
//!   days and months, with `year_inferred`. Counts are no periods: `2 năm
//!   trước`, `vài tuần sau`, `mỗi tháng một lần`, `cứ 3 tháng 2 lần`.
//! - `lunar_date`: a day of the Vietnamese lunar calendar (`mùng 1 Tết`,
//!   `rằm tháng Giêng`, `rằm tháng Bảy`, `mùng 10 tháng 3 âm lịch`, `ngày 23
//!   tháng Chạp`, `10/3 (âm lịch)`, `mùng 1 tháng 6 nhuận năm 2025`), with its
//!   lunar year (written, named as `năm Giáp Thìn`, or the one nearest the
//!   dateline) and its Gregorian `date` by the calendar computed for UTC+7
//!   (the Tết of 1985 fell on 21 January, a month before China's). A month
//!   with digits is lunar only with `âm lịch`; `mùng 5 tháng 5` is a date.
//!   Without a dateline, what depends on it (`relative`, an inferred year)
//!   keeps its kind and text with `null` dates.
//! - `time`: `7 giờ 35`, `12 giờ 50 phút`, `18h15`, `7g30`, `20g15p`,
//!   `11 h45pm`, `19:35`, hours and minutes in words (`bảy giờ rưỡi tối`,
//!   `mười một giờ`, `hai mươi giờ ba mươi lăm`), `rưỡi` (half past), `kém`
//!   (`9 giờ kém 10` is 08:50), `đúng` before it (`đúng 4 giờ chiều`), with a
//!   part of day or AM/PM after it applied (`7 giờ 35 chiều` is 19:35). An
//!   hour alone (`19h`, `7 giờ`) is a time after `lúc`, `khoảng`, `vào`,
//!   `từ`, `đến`, `đúng` (and `8h` after `trước`, `sau`), before a part of
//!   day or a date (`8h ngày 3/4`), or as the whole text; a count of hours
//!   never is (`mất 6 giờ`, `trong vòng 12-24 giờ`, `sau hơn 4 giờ`, `10 giờ
//!   đồng hồ`, `một giờ sau`, `6 tiếng`).
//! - `percent`: a Vietnamese number (decimal comma, thousands dot: `53,68%`,
//!   `1.234,5%`), or a range `15-25%` (`value` 15, `value_to` 25).
//! - `ratio`: `51/95` when it is no date and the count is at most the total,
//!   and not after `tháng`, `năm`, `số`...
//! - `money`: a number, a multiplier (`nghìn`/`ngàn` 10³, `triệu` 10⁶,
//!   `tỉ`/`tỷ` 10⁹, `nghìn tỷ` 10¹², `triệu tỷ` 10¹⁵) and a currency
//!   (`đồng`, `đ`, `VNĐ`, `USD`, `đô la`, `EUR`, `yên`, `nhân dân tệ`...), a
//!   [`Currency`] written as its ISO 4217 code: `256.341 tỉ đồng` is
//!   256341000000000 VND, `4.489,5 USD/ounce` is 4489.5 USD.
//! - `number`: any other figure, with its multiplier applied and the unit
//!   after it kept as written (`1,7934g`, `70 ha`, `2.024 người`). The
//!   thousands dot takes groups of exactly three digits, so `1.000` is one
//!   thousand and `2,5` two and a half. Four digits without the dot are a
//!   year or a code (`nhập ngũ 2024`), no figure; a number glued to a
//!   separator and more (`626/BC-BYT`, `2-0`) is none either. A dot followed
//!   by one or two digits (`15.6`) could be a decimal point or a date: it is
//!   an `ambiguous_number` diagnostic, not a guess; before a percent's sign,
//!   where no date stands, it is a decimal point (`1.5%` is 1.5).
//!
//! Values of percents, figures and money are exact [`Decimal`]s computed
//! from the digits, the multiplier applied exactly: `1,2 triệu` is exactly
//! 1200000, `9.007.199.254.740.993 đồng` 9007199254740993, `10,2 triệu tỷ
//! đồng` 10200000000000000. JSON writes each as a plain number with exactly
//! its digits. A figure beyond what a `Decimal` holds (a whole number past
//! 64 bits; with a fraction, more than 15 significant digits or below
//! 0.00001) is a `number_too_long` diagnostic, never a silent drop.
//!
//! ## Attribution
//!
//! The source marker opens the lead, bracketed (`(CT) -`, `(Dân trí) –`,
//! `(CT)-Word`, `(NLĐO) Word`) or bare (`TTO -`, `VOV.VN-`, `GD&TĐ -`); its
//! code is kept as written and looked up in the registry, case and accents
//! aside. Bracketed asides, dates, numbers and notes (`(Video)`), editor's
//! notes (`LTS -`) and headings with a colon are no markers. Credit lines are
//! read from the end of the article upwards: role credits
//! (`Tin, ảnh: KIM XUÂN`; roles in [`Role`]), sources (`Theo TTXVN`,
//! `(Theo Dân trí)`, `Nguồn: ...`), bare bylines of capitalized names
//! (`MINH HẢI - THU TRANG`), `NAME (Theo X)` (an author and a source), and an
//! outlet's name alone. A paragraph ending in a photo credit (`. Ảnh: X`,
//! `- Ảnh: X |`, `(Ảnh: X)`, `(Nguồn: X)`) is a caption; a line that is only a
//! photo credit is a caption with empty text.
//!
//! # Normalization
//!
//! Input is put in Unicode NFC first ([`normalize()`]), borrowing when it
//! already is, and the HTML character references a scraper may leave
//! (`&nbsp;`, `&quot;`, `Vi&#7879;t`) are decoded; the line and paragraph
//! separators U+2028 and U+2029, which text taken from a page's scripts or
//! metadata holds in place of line ends, are written as `\n`. Nothing else
//! is rewritten: line ends (`\n`, `\r\n`, a lone `\r`), a BOM,
//! non-breaking and zero-width spaces are kept in the text and treated as
//! white space by the parser. Spans, and the positions of errors and
//! diagnostics, are in the normalized text.
//!
//! # Diagnostics
//!
//! [`parse()`] fails only when there is no article at all. Everything odd it
//! meets is a [`Diagnostic`] with a stable [`DiagnosticCode`] and its line:
//!
//! | code | meaning |
//! | --- | --- |
//! | `missing_dateline` | no dateline at the top of the article |
//! | `offset_assumed` | the dateline gives no UTC offset; +07:00 assumed |
//! | `impossible_date` | a date that does not exist, in the dateline or the text |
//! | `impossible_time` | a dateline time that does not exist (`25:61`) |
//! | `weekday_mismatch` | the weekday named is not the date's |
//! | `redundant_meridiem` | a 24-hour time with `AM`/`PM` (`14:10 PM`) |
//! | `unknown_outlet` | the source marker's code is not in the registry |
//! | `missing_lead` | no lead paragraph after the title |
//! | `missing_title` | the text opens with its lead (a fragment); the title is empty |
//! | `title_joined` | the title runs over two lines, joined with a space |
//! | `ambiguous_number` | a number the grammar cannot read for sure (`15.6`) |
//! | `number_too_long` | a figure with more digits than a [`Decimal`] holds exactly |
//!
//! ## Layout
//!
//! The modules in the order data flows through them:
//!
//! - `normalize`: NFC with a borrowed fast path, the look-alike characters
//!   (spaces, dashes, quotes) and their classes; `normalize::references`
//!   decodes the HTML character references scraped text may hold.
//! - `scan`: byte searches over blocks the compiler vectorizes.
//! - `vocab`: every word list, one table each: times and dates (numbers,
//!   months, weekdays, relative words, parts of a month, year or day,
//!   counts, dateline labels), credits (`vocab::credits`: roles, desks,
//!   honorifics, outlet words), figures (`vocab::figures`: multipliers,
//!   currencies, units), the page (`vocab::page`: furniture, separators) and
//!   the punctuation sets the grammars and the renderer share
//!   (`vocab::marks`: dashes, brackets, sentence ends, invisible
//!   characters). A word table is a `Table`: its entries and the index of
//!   their first bytes, built together at compile time.
//! - `parse::common` (with `tables`, the word-table look-ups) and
//!   `parse::letters`: lines, small nom parsers, letter classes and case.
//! - `parse::header`: each line above the lead classified on its own
//!   (with `frame`, the page's frame above it).
//! - The piece grammars: `parse::dateline` (with `dates`, `times`, `found`,
//!   `heads`), `parse::source` (markers), `parse::credit` (credit lines,
//!   bylines; with `roles`, `bylines`, `names`, `sources`, `places`,
//!   `closing`, `pictures`, `caption`), `parse::mention` (the mention
//!   scanner; with `anchors`, `openers`, `grammars`, `numeric`, `signs`,
//!   `dates`, `quarters`, `lists`, `times`, `ranges`, `checks`),
//!   `parse::when` (periods and ranges; with `words`, `pieces`, `quarters`,
//!   `ranges`, `spans`, `counted`, `extremes`, `seasons`, `decades`,
//!   `lunar_days`, `feasts`), `parse::number` (figures, money, units);
//!   `decimal` (exact values), `lunar` (the Vietnamese calendar), `outlets`
//!   (the registry).
//! - `parse::article`: the assembler (with `lines`, what a line is by its
//!   shape, `layout`, where the header's pieces stand, and `builder`, which
//!   puts the pieces together; `dated`, the dateline and what stands beside
//!   it; `end`, the end read bottom up).
//! - `model` (with `mention`): the article and its pieces; `entry`: the
//!   entry points and `FromStr` of the pieces; `lossless`:
//!   `Article::rebuild` and the layout it needs.
//! - `display` (canonical text) and `serde` (JSON schema 1; with `read`,
//!   reading it back).
//! - `dump`: dumps of many articles, split once (with `splitter`, where
//!   each article opens, `weigh`, how a line and the lines above it are
//!   weighed, and `readers` for `parse_many`, `read_many` and
//!   `split_many`).
//! - `error` (the error type and every message) and `named` (the public
//!   enums' names).
//!
//! ## Stability
//!
//! What a minor release (0.x to 0.x.y before 1.0, 1.x to 1.y after) may
//! change, and what it may not:
//!
//! - It may add: functions and methods, kinds of [`Mention`] and
//!   [`MentionValue`] variants, fields to `#[non_exhaustive]` structs and
//!   variants (every public struct of the model and every `MentionValue`
//!   variant is one: match them with `..`, build them with their
//!   constructors), values to the enums over closed vocabularies
//!   ([`Role`], [`BlockKind`], [`DiagnosticCode`], [`ErrorKind`],
//!   [`Currency`], [`MentionKind`], [`Unit`]s), outlets to the registry,
//!   keys and enum values to JSON schema 1.
//! - It may change what the parser finds in a given text (a form newly
//!   read, a look-alike no longer taken), as recorded in the changelog.
//! - It may not remove or rename any of these, change a type or signature,
//!   change the meaning of a JSON key or the stable names (`as_str`) of
//!   enum values, or make JSON written before unreadable: JSON of any
//!   schema-1 version reads back (unknown keys ignored, later enum values
//!   read as `Unknown`, mentions of later kinds left out).
//!
//! `api/public-api.txt` in the repository lists the public API; CI compares
//! it with the code, so a change to it is seen before it lands.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The modules, in the order data flows through them, are listed under
// "Layout" in the crate docs above.
#[macro_use]
mod named;

mod decimal;
mod display;
mod dump;
mod entry;
mod error;
mod lossless;
mod lunar;
mod model;
mod normalize;
mod outlets;
mod parse;
mod scan;
#[cfg(feature = "serde")]
mod serde;
mod vocab;

pub use decimal::Decimal;
pub use dump::{DumpPiece, ParseMany, ReadMany, SplitMany};
pub use error::{Error, ErrorKind};
pub use model::{
    Article, Block, BlockKind, Credit, Currency, Dateline, Diagnostic, DiagnosticCode, Mention,
    MentionKind, MentionValue, Role, SourceMarker, Span, Text, Unit,
};
pub use normalize::normalize;
pub use outlets::{outlet, outlets, Outlet};

/// The largest text [`parse()`] reads, in bytes (16 MiB). A larger one is an
/// [`ErrorKind::TooLarge`] error rather than an allocation storm; split dumps
/// of many articles with [`parse_many`], which applies the limit per article.
pub const MAX_INPUT_LEN: usize = 16 << 20;

/// The most pieces one article holds: non-blank lines, mentions and
/// diagnostics, each counted on its own. Real articles hold well under a
/// hundred lines; a text past the limit is a dump or an attack, and is an
/// [`ErrorKind::TooManyPieces`] error at the first piece past it, so that
/// the memory an article takes beyond its text stays bounded (about 2 MB).
/// [`parse_many`] and [`read_many`] apply the limit per article.
pub const MAX_PIECES: usize = 10_000;

/// Parses one article.
///
/// # Errors
///
/// Fails only when the text holds no article: [`ErrorKind::EmptyInput`] for
/// an empty or blank text, [`ErrorKind::NoTitle`] when no line is left for a
/// title after the header, [`ErrorKind::TooLarge`] past [`MAX_INPUT_LEN`],
/// [`ErrorKind::TooManyPieces`] past [`MAX_PIECES`].
/// Everything else becomes a diagnostic of the article.
///
/// ```
/// let err = vn_article::parse("03/04/2024 - 07:35\n").unwrap_err();
/// assert_eq!(err.kind(), vn_article::ErrorKind::NoTitle);
/// assert_eq!((err.line(), err.column()), (2, 1));
/// ```
pub fn parse(text: &str) -> Result<Article<'_>, Error> {
    entry::parse_one(text)
}

/// Parses one article from bytes, checking they are UTF-8 first.
///
/// # Errors
///
/// [`ErrorKind::InvalidUtf8`] at the first bad byte, else as [`parse()`].
///
/// ```
/// let err = vn_article::parse_bytes(b"Ti\xff\xfeu \xc4").unwrap_err();
/// assert_eq!(err.kind(), vn_article::ErrorKind::InvalidUtf8);
/// assert_eq!(err.offset(), 2);
/// assert_eq!(err.to_string(), "invalid utf-8: byte 0xff cannot start a character at line 1, column 3");
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => Err(entry::utf8_error(bytes, &e)),
    }
}

/// Parses a dump of many articles, each opened by its dateline after a blank
/// line (or by the header a page prints above its dateline, a section, the
/// title and a byline, under the credit or furniture that ended the article
/// before), one at a time.
///
/// A rule of one mark alone on its line (`=====`, `-----`, `_____`,
/// `~~~~~`, `#####`), a file's name as `tail -n +1` prints it (`==>
/// bai-01.txt <==`) or a form feed separates two articles whatever they
/// hold: articles without datelines are split there. The rule or the name
/// opens the next article's `header`; the text after a form feed opens the
/// next article (the form feed is white space of the article before).
///
/// An article found with no paragraph (its lines headlines, dates,
/// captions or furniture: the box of other articles' headlines, each over
/// its date, that a page prints under its end) is no article of its own:
/// its lines are the article before's, unless a rule or a form feed parts
/// them.
///
/// The text is normalized once; each article is found and parsed when the
/// iterator reaches it, so the work is linear in the text. Spans are byte
/// ranges in the whole normalized text.
///
/// ```
/// let dump = "03/04/2024 - 07:35\n\nTitle one\n\nLead one.\n\n\
///             04/04/2024 - 08:00\n\nTitle two\n\nLead two.\n";
/// let titles: Vec<String> = vn_article::parse_many(dump)
///     .map(|a| a.map(|a| a.title.to_string()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(titles, ["Title one", "Title two"]);
///
/// // No datelines: a rule or a form feed tells the articles apart.
/// let dump = "Title one\n\nLead one.\n=====\nTitle two\n\nLead two.\u{c}Title three\nLead three.\n";
/// let all = vn_article::parse_many(dump).collect::<Result<Vec<_>, _>>()?;
/// let titles: Vec<&str> = all.iter().map(|a| a.title.as_str()).collect();
/// assert_eq!(titles, ["Title one", "Title two", "Title three"]);
/// assert_eq!(all[1].header, ["====="]);
///
/// // A box of other articles' headlines, each over its date, under the
/// // end of a page: the page's lines.
/// let page = "03/04/2024 - 07:35\n\nTitle one\n\nLead one.\n\nTin khác\n\n\
///             Headline two\n\n02/04/2024 - 08:00\n\nHeadline three\n\n01/04/2024 - 09:10\n";
/// let all = vn_article::parse_many(page).collect::<Result<Vec<_>, _>>()?;
/// assert_eq!(all.len(), 1);
/// assert_eq!(all[0].rebuild(), page);
/// # Ok::<(), vn_article::Error>(())
/// ```
pub fn parse_many(text: &str) -> ParseMany<'_> {
    ParseMany::new(text)
}

/// Reads a dump of many articles from `reader`, one article at a time, for
/// dumps larger than memory would allow. Articles are split as by
/// [`parse_many`] and come owned; see [`ReadMany`] for what their spans and
/// lines count from.
///
/// Each item is an article or the error that stopped it: invalid UTF-8 or
/// a missing title spoil one article and the reading goes on; an I/O error
/// ends it ([`ErrorKind::Io`]).
///
/// ```
/// let dump = "03/04/2024 - 07:35\n\nTitle one\n\nLead one.\n\n\
///             04/04/2024 - 08:00\n\nTitle two\n\nLead two.\n";
/// let articles: Vec<_> = vn_article::read_many(dump.as_bytes()).collect::<Result<_, _>>()?;
/// assert_eq!(articles[1].title, "Title two");
/// assert_eq!(articles[1].diagnostics[0].line, 7);
/// # Ok::<(), vn_article::Error>(())
/// ```
pub fn read_many<R: std::io::BufRead>(reader: R) -> ReadMany<R> {
    ReadMany::new(reader)
}

/// Finds the articles of a dump as [`parse_many`] does, without parsing
/// them: each [`DumpPiece`] parses on its own, on any thread, to exactly
/// the article [`parse_many`] gives. Finding is sequential and cheap (a
/// look at each line); parsing, the costly part, can then run on every core
/// with the output kept in input order.
///
/// ```
/// let dump = "03/04/2024 - 07:35\n\nTitle one\n\nLead one.\n\n\
///             04/04/2024 - 08:00\n\nTitle two\n\nLead two.\n";
/// let pieces: Vec<_> = vn_article::split_many(dump).collect();
/// assert_eq!((pieces[1].offset(), pieces[1].line()), (42, 7));
/// assert_eq!(pieces[1].text(), "04/04/2024 - 08:00\n\nTitle two\n\nLead two.\n");
/// // Parsed anywhere, in any order: the articles of parse_many.
/// let parsed: Vec<_> = pieces.iter().rev().map(|p| p.parse()).collect::<Result<_, _>>()?;
/// let many: Vec<_> = vn_article::parse_many(dump).collect::<Result<_, _>>()?;
/// assert_eq!(parsed.into_iter().rev().collect::<Vec<_>>(), many);
/// # Ok::<(), vn_article::Error>(())
/// ```
pub fn split_many(text: &str) -> SplitMany<'_> {
    SplitMany::new(text)
}

/// The mentions of a text that is no article (a sentence, a paragraph, a
/// page's lines), read as in an article's running text and resolved against
/// `dateline`, the day of publication that dates without their year and
/// words such as `hôm qua` or `năm ngoái` count from (`None`: they keep
/// their text and kind, with `null` dates).
///
/// The text is normalized (see [`normalize()`]) and read line by line;
/// spans are byte ranges in the normalized text, and the mentions borrow
/// from `text` when it is NFC already. Dates that cannot be (`31/02`) and
/// weekdays that do not match their date are no mentions here; [`parse()`]
/// reports them as diagnostics of an article.
///
/// # Errors
///
/// [`ErrorKind::TooLarge`] past [`MAX_INPUT_LEN`], [`ErrorKind::TooManyPieces`]
/// past [`MAX_PIECES`] mentions (at the first one past the limit).
///
/// ```
/// use chrono::NaiveDate;
/// use vn_article::MentionValue;
///
/// let day = NaiveDate::from_ymd_opt(2024, 4, 3);
/// let found = vn_article::mentions("Hôm qua, doanh thu quý I tăng 12,5%.", day)?;
/// let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
/// assert_eq!(texts, ["Hôm qua", "quý I", "12,5%"]);
/// let yesterday = NaiveDate::from_ymd_opt(2024, 4, 2);
/// assert!(matches!(found[0].value, MentionValue::RelativeDate { date, days: -1, .. } if date == yesterday));
/// assert!(matches!(found[1].value, MentionValue::Quarter { quarter: 1, year: Some(2024), .. }));
/// assert_eq!(found[2].text.span.range(), 33..38);
/// // Without a day of publication, the text and kind stay.
/// let found = vn_article::mentions("Hôm qua", None)?;
/// assert!(matches!(found[0].value, MentionValue::RelativeDate { date: None, days: -1, .. }));
/// # Ok::<(), vn_article::Error>(())
/// ```
pub fn mentions(
    text: &str,
    dateline: Option<chrono::NaiveDate>,
) -> Result<Vec<Mention<'_>>, Error> {
    entry::mentions(text, dateline)
}

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
