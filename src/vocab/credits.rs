//! The words of credit lines: roles, desks, honorifics, outlet words.

use crate::model::Role;
use crate::parse::common::{Table, WideTable, WordFilter};

/// Role words, longest first where one is the prefix of another; in two
/// parts of at most 64 (a [`WideTable`]).
pub(crate) const ROLES: WideTable<Role> = WideTable::new(
    &[
        ("t/h", Role::Compilation),
        ("t.h", Role::Compilation),
        ("th", Role::Compilation),
        ("tin", Role::News),
        ("bài viết", Role::Article),
        ("bài", Role::Article),
        ("ảnh trong bài", Role::Photo),
        ("ảnh", Role::Photo),
        ("hình ảnh", Role::Photo),
        ("hình", Role::Photo),
        ("photo", Role::Photo),
        ("video", Role::Video),
        ("clip", Role::Video),
        ("đồ họa", Role::Graphics),
        ("đồ hoạ", Role::Graphics),
        ("infographic", Role::Graphics),
        ("minh họa", Role::Graphics),
        ("minh hoạ", Role::Graphics),
        ("thực hiện", Role::Production),
        ("chỉ đạo thực hiện", Role::Production),
        ("tổ chức sản xuất", Role::Production),
        ("sản xuất", Role::Production),
        ("kỹ thuật", Role::Production),
        ("đạo diễn", Role::Production),
        ("thể hiện", Role::Design),
        ("nội dung", Role::Article),
        ("lược ghi", Role::Article),
        ("ghi chép", Role::Article),
        ("ký sự", Role::Article),
        ("phóng sự ảnh", Role::Photo),
        ("phóng sự", Role::Article),
        ("bút ký", Role::Article),
        ("tường thuật", Role::Article),
        ("phỏng vấn", Role::Article),
        ("ghi", Role::Article),
        ("kịch bản", Role::Article),
        ("biên tập viên", Role::Editing),
        ("biên tập", Role::Editing),
        ("thiết kế", Role::Design),
        ("trình bày", Role::Design),
        ("quay phim", Role::Video),
        ("dựng video", Role::Video),
        ("dựng clip", Role::Video),
        ("dựng phim", Role::Video),
        ("lồng tiếng", Role::Video),
        ("lược dịch", Role::Translation),
        ("biên dịch", Role::Translation),
        ("dịch", Role::Translation),
        ("tổng hợp", Role::Compilation),
        ("tác giả", Role::Author),
        ("người viết", Role::Author),
        ("người đăng", Role::Author),
        ("phóng viên", Role::Author),
        ("pv", Role::Author),
        ("đăng bởi", Role::Author),
        ("bởi", Role::Author),
        ("by", Role::Author),
        ("nguồn ảnh", Role::Photo),
        ("nguồn tin", Role::Source),
        ("nguồn tham khảo", Role::Source),
        ("nguồn bài viết", Role::Source),
        ("nguồn", Role::Source),
        ("trích nguồn", Role::Source),
        ("tham khảo", Role::Source),
    ],
    &[
        ("biên soạn", Role::Compilation),
        ("lược thuật", Role::Article),
        ("viết bởi", Role::Author),
        ("sưu tầm", Role::Compilation),
        ("chủ biên", Role::Editing),
        ("btv", Role::Editing),
        ("cộng tác viên", Role::Author),
        ("ctv", Role::Author),
        ("tác giả bài viết", Role::Author),
        ("nhóm thực hiện", Role::Production),
        ("ekip thực hiện", Role::Production),
        ("êkíp thực hiện", Role::Production),
        ("người thực hiện", Role::Production),
        ("dựng", Role::Video),
        ("quay", Role::Video),
        ("người dịch", Role::Translation),
        ("dịch giả", Role::Translation),
        ("chuyển ngữ", Role::Translation),
        ("dẫn chương trình", Role::Video),
        ("giọng đọc", Role::Video),
        ("âm thanh", Role::Production),
        // A picture's or a clip's source (`Nguồn hình ảnh: Reuters`).
        ("nguồn hình ảnh", Role::Photo),
        ("nguồn hình", Role::Photo),
        ("nguồn video", Role::Video),
        // The English labels of magazine pages (`Design: X`, `Text: Y`).
        ("designer", Role::Design),
        ("design", Role::Design),
        ("text", Role::Article),
        ("content", Role::Article),
        ("writer", Role::Author),
        ("reporter", Role::Author),
        ("editor", Role::Editing),
        ("producer", Role::Production),
    ],
);

/// The role words of [`ROLES`] that name the article itself (`bài`, `nội
/// dung`), not what was done to it: after names they make no credit
/// (`Nghe bài`, `Lưu bài viết` are buttons).
pub(crate) const ARTICLE_NOUNS: &[&str] = &["bài", "nội dung"];

/// The word before who gave or took a picture in a caption (`Ảnh do gia
/// đình cung cấp`).
pub(crate) const GIVEN_BY_WORD: &str = "do";

/// What the one after [`GIVEN_BY_WORD`] did, closing a caption's credit
/// (`Ảnh do gia đình cung cấp`, `Ảnh do anh Minh chụp`).
pub(crate) const GIVEN_BY_ENDS: &[&str] = &[PROVIDED, TAKEN, "thực hiện"];

/// Taken (a picture): `Ảnh do anh Minh chụp`, and the note of when or
/// where after a photo credit's name (`Ảnh: Minh Anh (chụp ngày 30/11)`).
pub(crate) const TAKEN: &str = "chụp";

/// The labels pages print for screen readers before a name, a comma for
/// their colon (`Tác giả, Minh Anh`, `Nguồn hình ảnh, Getty Images`): the
/// role words of [`ROLES`] a comma may close.
pub(crate) const COMMA_LABELS: Table<()> = Table::new(&[("tác giả", ()), ("nguồn hình ảnh", ())]);

/// The word before a desk's name (`Ban Thời sự`).
pub(crate) const BOARD_WORD: &str = "ban";

/// The word that opens a group of writers (`Nhóm PV Kinh tế`): a desk of
/// [`DESKS`] opened by it may go on with the group's name.
pub(crate) const GROUP_WORD: &str = "nhóm";

/// The words between a reporter and the outlet that sends them abroad
/// (`Phóng viên thường trú TTXVN tại Tokyo`).
pub(crate) const RESIDENT_WORDS: Table<()> = Table::new(&[("thường trú", ())]);

/// The word before the city a bureau abroad files from (`PV TTXVN tại
/// Paris`).
pub(crate) const BUREAU_AT: &str = "tại";

/// Desks that sign articles, matched whole.
pub(crate) const DESKS: Table<()> = Table::new(&[
    ("nhóm phóng viên", ()),
    ("nhóm pv", ()),
    ("nhóm tác giả", ()),
    ("phóng viên", ()),
    ("pv", ()),
    ("p/v", ()),
    ("p.v", ()),
    ("cộng tác viên", ()),
    ("ctv", ()),
    ("btv", ()),
]);

/// The lowercase words a name of three words or more may hold (one of
/// them): a middle name written small (`Lê thị Bình`), a form of address
/// (`Theo ông A`), a particle of a foreign name (`Leonardo da Vinci`).
/// Any other lowercase word makes a line no name (`Việt Nam thắng
/// Indonesia` is a headline).
pub(crate) const NAME_PARTICLES: Table<()> = Table::new(&[
    ("thị", ()),
    ("văn", ()),
    ("ông", ()),
    ("bà", ()),
    ("anh", ()),
    ("chị", ()),
    ("cô", ()),
    ("chú", ()),
    ("da", ()),
    ("de", ()),
    ("del", ()),
    ("van", ()),
    ("von", ()),
    ("bin", ()),
]);

/// Titles written before a name (`BS. Lê Hà`, `ThS. Trần Minh`, `Bác sĩ
/// Lan`), and `Bởi`, `Đăng bởi`, `Viết bởi`, `By` (by, posted by, written by):
/// part of the credit's text, not of the name. Matched as whole words,
/// ignoring case, with or without their dot.
pub(crate) const HONORIFICS: Table<()> = Table::new(&[
    ("đăng bởi", ()),
    ("viết bởi", ()),
    ("posted by", ()),
    ("tác giả", ()),
    ("đại tướng", ()),
    ("thượng tướng", ()),
    ("trung tướng", ()),
    ("thiếu tướng", ()),
    ("đại tá", ()),
    ("thượng tá", ()),
    ("trung tá", ()),
    ("thiếu tá", ()),
    ("đại úy", ()),
    ("đại uý", ()),
    ("thượng úy", ()),
    ("thượng uý", ()),
    ("trung úy", ()),
    ("trung uý", ()),
    ("thiếu úy", ()),
    ("thiếu uý", ()),
    ("nhà văn", ()),
    ("nhà thơ", ()),
    ("nhạc sĩ", ()),
    ("họa sĩ", ()),
    ("hoạ sĩ", ()),
    ("bởi", ()),
    ("by", ()),
    ("bác sĩ", ()),
    ("biên tập viên", ()),
    ("btv", ()),
    ("ckii", ()),
    ("cki", ()),
    ("bsckii", ()),
    ("bscki", ()),
    ("bsck", ()),
    ("bs", ()),
    ("cộng tác viên", ()),
    ("ctv", ()),
    ("kỹ sư", ()),
    ("lương y", ()),
    ("phóng viên", ()),
    ("pv", ()),
    ("dược sĩ", ()),
    ("ds", ()),
    ("gs", ()),
    ("giáo sư", ()),
    ("kiến trúc sư", ()),
    ("kts", ()),
    ("luật sư", ()),
    ("ls", ()),
    ("nhà báo", ()),
    ("ký giả", ()),
    ("kí giả", ()),
    ("nhiếp ảnh gia", ()),
    ("nsnd", ()),
    ("nsưt", ()),
    ("pgs", ()),
    ("thạc sĩ", ()),
    ("th.s", ()),
    ("ths", ()),
    ("tiến sĩ", ()),
    ("tskh", ()),
    ("ts", ()),
]);

/// The kinds of workplaces that open a titled writer's affiliation in
/// brackets (`TS. Lê Hà (Đại học Y Hà Nội)`, `BS. Minh (Bệnh viện Bạch
/// Mai)`).
pub(crate) const WORKPLACES: Table<()> = Table::new(&[
    ("đại học", ()),
    ("trường", ()),
    ("học viện", ()),
    ("viện", ()),
    ("bệnh viện", ()),
    ("bv", ()),
    ("bvđk", ()),
    ("trung tâm", ()),
    ("ttyt", ()),
    ("cdc", ()),
    ("trạm y tế", ()),
    ("sở", ()),
    ("bộ", ()),
    ("ủy ban", ()),
    ("uỷ ban", ()),
    ("công ty", ()),
    ("tập đoàn", ()),
    ("ngân hàng", ()),
    ("đoàn luật sư", ()),
    ("văn phòng", ()),
    ("hội", ()),
    ("khoa", ()),
    ("phòng", ()),
    ("cục", ()),
    ("vụ", ()),
    ("công an", ()),
    ("ubnd", ()),
    ("ban", ()),
    ("bộ chỉ huy", ()),
    ("bch", ()),
    ("bộ tư lệnh", ()),
    ("tỉnh ủy", ()),
    ("tỉnh uỷ", ()),
    ("thành ủy", ()),
    ("thành uỷ", ()),
    ("huyện ủy", ()),
    ("huyện uỷ", ()),
    ("quận ủy", ()),
    ("quận uỷ", ()),
    ("thị ủy", ()),
    ("thị uỷ", ()),
    ("đảng ủy", ()),
    ("đảng uỷ", ()),
]);

/// The first words of [`HONORIFICS`], as a filter.
pub(crate) const HONORIFIC_WORDS: WordFilter = WordFilter::new().with(HONORIFICS.entries);

/// Words that open the name of a newspaper, a magazine or a station.
pub(crate) const OUTLET_WORDS: Table<()> = Table::new(&[
    ("báo", ()),
    ("thời báo", ()),
    ("tuần báo", ()),
    ("nhật báo", ()),
    ("đài", ()),
    ("tạp chí", ()),
    ("thông tấn xã", ()),
    ("truyền hình", ()),
    ("cổng thông tin điện tử", ()),
    ("cổng thông tin", ()),
    ("cổng ttđt", ()),
    ("trang thông tin điện tử", ()),
    ("trang thông tin", ()),
    ("trang tin", ()),
    ("hãng tin", ()),
    ("hãng thông tấn", ()),
    ("kênh", ()),
]);

/// The kinds of administrative units, in lowercase before their name
/// (`tỉnh Quảng Ninh`), after an outlet's opening words (`Cổng thông tin
/// điện tử tỉnh Quảng Ninh`).
pub(crate) const ADMINISTRATIVE_UNITS: Table<()> = Table::new(&[
    ("tỉnh", ()),
    ("thành phố", ()),
    ("tp", ()),
    ("huyện", ()),
    ("quận", ()),
    ("thị xã", ()),
    ("xã", ()),
    ("phường", ()),
]);

/// News agencies and outlets abroad that Vietnamese articles cite as their
/// source (`Theo Reuters`, `AFP/TTXVN`), matched whole, ignoring case.
pub(crate) const FOREIGN_OUTLETS: Table<()> = Table::new(&[
    ("reuters", ()),
    ("afp", ()),
    ("ap", ()),
    ("bloomberg", ()),
    ("xinhua", ()),
    ("tân hoa xã", ()),
    ("kyodo", ()),
    ("yonhap", ()),
    ("sputnik", ()),
    ("tass", ()),
    ("ria novosti", ()),
    ("bernama", ()),
    ("nhk", ()),
    ("cnn", ()),
    ("cnbc", ()),
    ("bbc", ()),
    ("al jazeera", ()),
    ("nikkei", ()),
    ("scmp", ()),
    ("the guardian", ()),
    ("guardian", ()),
    ("new york times", ()),
    ("washington post", ()),
    ("wall street journal", ()),
    ("straits times", ()),
    ("global times", ()),
]);

/// Words printed before an outlet's name (`Báo Tuổi Trẻ`).
pub(crate) const OUTLET_NAME_PREFIXES: Table<()> = Table::new(&[("báo", ())]);

/// Words printed after an outlet's name or code (`Tuổi Trẻ Online`, `Nhân
/// Dân điện tử`, `VTV Digital`), in lowercase.
pub(crate) const OUTLET_NAME_SUFFIXES: Table<()> =
    Table::new(&[("online", ()), ("điện tử", ()), ("digital", ())]);

/// Codes that open a lead but are not outlets: editor's notes, and places
/// written like a dateline (`TP.HCM - Sáng nay`).
pub(crate) const NOT_OUTLETS: &[&str] = &[
    "LTS", "NDLTS", "TB", "GHI CHÚ", "TP.HCM", "TPHCM", "TP HCM", "HN", "HCM",
];

/// The words that close a media credit naming who handed the picture
/// over rather than who made it: `Ảnh: Nhân vật cung cấp`, `Clip: Người
/// dân cung cấp`.
pub(crate) const PROVIDED: &str = "cung cấp";

/// The word after an agency that released a picture (`Ảnh: TTXVN phát`,
/// `Ảnh: Tân Hoa xã phát`): not part of the name.
pub(crate) const RELEASED_WORD: &str = "phát";

/// First words of bracketed notes about the text itself (`(Video)`,
/// `(Bài 2)`, `(Tin cập nhật)`), which are no outlet codes.
pub(crate) const NOTE_WORDS: &[&str] = &[
    "ảnh",
    "audio",
    "bài",
    "cập",
    "chùm",
    "clip",
    "emagazine",
    "hết",
    "infographic",
    "kỳ",
    "longform",
    "phần",
    "podcast",
    "tiếp",
    "tin",
    "trực",
    "video",
];

/// Words after `Ảnh` that say what kind of picture it is (`Ảnh minh họa:
/// iStock`, `Ảnh đồ họa: X`), with the role they give.
pub(crate) const PICTURE_KINDS: Table<Role> = Table::new(&[
    ("minh họa", Role::Photo),
    ("minh hoạ", Role::Photo),
    ("đồ họa", Role::Graphics),
    ("đồ hoạ", Role::Graphics),
    ("chụp màn hình", Role::Photo),
    ("tư liệu", Role::Photo),
    ("cắt từ clip", Role::Photo),
    ("cắt từ video", Role::Photo),
    ("sưu tầm", Role::Photo),
]);

/// The labels a caption opens with, printed for screen readers
/// (`Chụp lại hình ảnh, Người dân xếp hàng`) or as a label (`Chú thích
/// ảnh: ...`): a caption without a credit, matched at the start, ignoring
/// case.
pub(crate) const CAPTION_LABELS: Table<()> = Table::new(&[
    ("chụp lại hình ảnh,", ()),
    ("chụp lại video,", ()),
    ("chú thích hình ảnh,", ()),
    ("chú thích ảnh:", ()),
    ("chú thích ảnh,", ()),
]);

/// The label of a writer's post on the line under the byline, printed for
/// screen readers (`Vai trò, Phóng viên`): the page's, no credit, matched
/// at the start, ignoring case.
pub(crate) const POST_LABELS: Table<()> = Table::new(&[("vai trò,", ()), ("vai trò:", ())]);

/// What a credit may name in small letters instead of a name: where a
/// picture or a text was found (`Ảnh: sưu tầm`, `Ảnh: tư liệu`, `Ảnh:
/// internet`, `Ảnh: mạng xã hội`, `Lê Hà (tổng hợp từ nhiều nguồn)`) or who
/// handed it over, unnamed (`Ảnh: cơ quan chức năng`, the authorities),
/// matched whole, ignoring case. `true` for a place it was found, which a
/// source's credit names as printed (`Nguồn: Internet`, `Theo mạng xã
/// hội`, as `Ảnh: Internet` does); `false` for sources no one names (`Theo
/// nhiều nguồn`: a source's credit without names).
pub(crate) const UNNAMED_SOURCES: Table<bool> = Table::new(&[
    ("sưu tầm", false),
    ("tư liệu", true),
    ("internet", true),
    ("mạng xã hội", true),
    ("cơ quan chức năng", false),
    ("lực lượng chức năng", false),
    ("nhiều nguồn khác nhau", false),
    ("nhiều nguồn tin", false),
    ("nhiều nguồn", false),
    ("các nguồn tin", false),
    ("các nguồn", false),
    ("nguồn tin nước ngoài", false),
    ("báo chí nước ngoài", false),
    ("báo chí quốc tế", false),
    ("báo chí", false),
    ("các báo", false),
    ("st", false),
    ("tl", false),
]);

/// Offices a writer holds, printed after the name in brackets or after a
/// dash or a comma (`Nguyễn Văn An - Giám đốc Sở Y tế`, `Lê Hà (Hiệu
/// trưởng Trường THPT Chu Văn An)`), matched at the start, ignoring case;
/// longer phrases before their prefixes.
pub(crate) const OFFICES: Table<()> = Table::new(&[
    ("phó tổng giám đốc", ()),
    ("tổng giám đốc", ()),
    ("phó giám đốc", ()),
    ("giám đốc", ()),
    ("phó chủ tịch", ()),
    ("chủ tịch", ()),
    ("phó hiệu trưởng", ()),
    ("hiệu trưởng", ()),
    ("phó viện trưởng", ()),
    ("viện trưởng", ()),
    ("phó trưởng phòng", ()),
    ("trưởng phòng", ()),
    ("phó trưởng khoa", ()),
    ("trưởng khoa", ()),
    ("phó trưởng ban", ()),
    ("trưởng ban", ()),
    ("phó bí thư", ()),
    ("bí thư", ()),
    ("bộ trưởng", ()),
    ("thứ trưởng", ()),
    ("phó tổng biên tập", ()),
    ("tổng biên tập", ()),
    ("chuyên gia", ()),
    ("giảng viên", ()),
    ("nghiên cứu viên", ()),
    ("đại biểu quốc hội", ()),
]);

/// Labels of an e-mail address after a writer's name (`Lê Hà | Email:
/// ten@bao.vn`), matched at the start, ignoring case, before a colon.
pub(crate) const EMAIL_LABELS: Table<()> =
    Table::new(&[("email", ()), ("e-mail", ()), ("mail", ())]);

/// How a picture was taken from another medium, opening a media credit
/// that names no one (`Ảnh: Cắt từ clip`, `Ảnh: Chụp màn hình`), matched
/// at the start, ignoring case.
pub(crate) const PICTURE_ORIGINS: Table<()> = Table::new(&[
    ("cắt từ", ()),
    ("cắt clip", ()),
    ("chụp màn hình", ()),
    ("chụp từ", ()),
    ("chụp lại", ()),
    ("trích từ", ()),
    ("trích xuất", ()),
    ("trích clip", ()),
]);

/// The roles a caption's credit may give: who made the picture.
pub(crate) const MEDIA_ROLES: &[Role] = &[Role::Photo, Role::Video, Role::Graphics];

/// The commonest Vietnamese family names, which open most people's full
/// names (`Nguyễn Văn An`, `TRẦN MINH`): a line of a few capitalized words
/// opening with one, over the title, is a byline rather than a section
/// label (`Hoàng Lan` over the title; `Bình Thủy`, `Cần Thơ` stay
/// sections). In small letters, compared whole.
pub(crate) const SURNAMES: &[&str] = &[
    "bùi", "cao", "châu", "chu", "diệp", "doãn", "dương", "đàm", "đào", "đặng", "đinh", "đoàn",
    "đỗ", "hà", "hoàng", "hồ", "huỳnh", "hứa", "khổng", "khúc", "kiều", "lã", "lâm", "lê", "lò",
    "lục", "lưu", "lương", "lý", "mạc", "mai", "ngô", "nguyễn", "nông", "phạm", "phan", "phùng",
    "quách", "tạ", "tăng", "thái", "tô", "tôn", "tống", "trần", "triệu", "trịnh", "trương", "võ",
    "vũ", "vương",
];

/// Continents and countries whose Vietnamese names open with a family
/// name of [`SURNAMES`] (`Châu Á`, `Hà Lan`, `Thái Lan`): places, no
/// byline, like [`PLACES`]. In small letters, compared whole.
pub(crate) const FOREIGN_PLACES: &[&str] = &[
    "châu á",
    "châu âu",
    "châu mỹ",
    "châu phi",
    "châu úc",
    "hà lan",
    "thái lan",
];

/// Cities abroad written without marks, as leads filed from them open
/// (`WASHINGTON - ...`, `NEW YORK - ...`): places, no outlet's code. In
/// small letters, compared whole.
pub(crate) const FOREIGN_CITIES: &[&str] = &[
    "bangkok",
    "beijing",
    "berlin",
    "brussels",
    "bruxelles",
    "cairo",
    "canberra",
    "geneva",
    "havana",
    "jakarta",
    "kuala lumpur",
    "kyiv",
    "london",
    "madrid",
    "manila",
    "moscow",
    "moskva",
    "new delhi",
    "new york",
    "ottawa",
    "paris",
    "phnom penh",
    "rome",
    "seoul",
    "singapore",
    "sydney",
    "tokyo",
    "vienna",
    "vientiane",
    "washington",
];

/// Vietnam's provinces, centrally run cities and regions, as datelines and
/// place lines print them (`Hà Nội, 15/01/2024`, `TP.HCM`): a place is no
/// byline. In small letters, compared whole.
pub(crate) const PLACES: &[&str] = &[
    "thành phố hồ chí minh",
    "bà rịa - vũng tàu",
    "thừa thiên - huế",
    "bà rịa-vũng tàu",
    "tp. hồ chí minh",
    "thừa thiên huế",
    "tp.hồ chí minh",
    "tp hồ chí minh",
    "thái nguyên",
    "tuyên quang",
    "hồ chí minh",
    "bình dương",
    "bình phước",
    "bình thuận",
    "kiên giang",
    "ninh thuận",
    "quảng bình",
    "quảng ngãi",
    "quảng ninh",
    "tiền giang",
    "bắc giang",
    "bình định",
    "điện biên",
    "đồng tháp",
    "hải dương",
    "hải phòng",
    "hậu giang",
    "khánh hòa",
    "khánh hoà",
    "ninh bình",
    "quảng nam",
    "quảng trị",
    "sóc trăng",
    "thái bình",
    "thanh hóa",
    "thanh hoá",
    "vĩnh long",
    "vĩnh phúc",
    "an giang",
    "bạc liêu",
    "bắc ninh",
    "cao bằng",
    "đắk nông",
    "đồng nai",
    "hà giang",
    "hòa bình",
    "hoà bình",
    "hưng yên",
    "lai châu",
    "lạng sơn",
    "lâm đồng",
    "nam định",
    "tây ninh",
    "trà vinh",
    "bắc kạn",
    "bến tre",
    "cần thơ",
    "đà nẵng",
    "đắk lắk",
    "gia lai",
    "hà tĩnh",
    "kon tum",
    "lào cai",
    "long an",
    "nghệ an",
    "phú thọ",
    "phú yên",
    "yên bái",
    "tp. hcm",
    "sài gòn",
    "cà mau",
    "hà nam",
    "hà nội",
    "sơn la",
    "tp.hcm",
    "tp hcm",
    "tphcm",
    "huế",
    // The regions, as an outlet's bureaus are named after them (`VOV Tây
    // Bắc`, `TTXVN - Tây Nguyên`).
    "tây bắc",
    "đông bắc",
    "tây nguyên",
    "miền bắc",
    "miền trung",
    "miền nam",
    "miền tây",
    "bắc bộ",
    "trung bộ",
    "nam bộ",
    "bắc trung bộ",
    "nam trung bộ",
    "đông nam bộ",
    "tây nam bộ",
    "đbscl",
    "đồng bằng sông cửu long",
];
