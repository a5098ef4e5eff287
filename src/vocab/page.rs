//! The words and marks of the page around an article: furniture (share and
//! comment widgets, related boxes), readers' signatures, breadcrumb,
//! bullet and header separators.

use crate::parse::article::Furniture;
use crate::parse::common::{Table, WordFilter};

/// A comment, the word of every comment box (`Bình luận (0)`, `Gửi bình
/// luận`, `Hãy là người đầu tiên bình luận`).
pub(crate) const COMMENT_WORD: &str = "bình luận";

/// The first words of a comment box's prompt, asking the reader (`Hãy là
/// người đầu tiên bình luận`, `Vui lòng nhập nội dung bình luận`, `Bạn
/// đọc có thể gửi bình luận tại đây`): a headline closed by the word of
/// comments (`Ông Trump từ chối bình luận`) opens with none.
pub(crate) const PROMPT_OPENERS: Table<()> = Table::new(&[
    ("hãy", ()),
    ("vui lòng", ()),
    ("xin vui lòng", ()),
    ("mời", ()),
    ("bạn", ()),
    ("quý độc giả", ()),
    ("độc giả", ()),
    ("đăng nhập", ()),
    ("chưa có", ()),
]);

/// Badges a page pins over or under a title, one word each (`Hot`, `Mới`,
/// `NÓNG`): the page's, no byline. Matched whole, ignoring case.
pub(crate) const BADGES: Table<()> = Table::new(&[
    ("hot", ()),
    ("new", ()),
    ("mới", ()),
    ("nóng", ()),
    ("magazine", ()),
    ("live", ()),
]);

/// Where a comment box points to, after its words (`Bạn đọc có thể gửi
/// bình luận tại đây`).
pub(crate) const HERE_WORDS: Table<()> = Table::new(&[
    ("tại đây", ()),
    ("ở đây", ()),
    ("dưới đây", ()),
    ("bên dưới", ()),
]);

/// Page furniture: lines that are part of the page, not of the article.
/// Matched whole, ignoring case; a line that starts with one of the `…`
/// entries followed by more is furniture too.
pub(crate) const FURNITURE: Table<Furniture> = Table::new(&[
    (COMMENT_WORD, Furniture::Comments),
    ("ý kiến bạn đọc", Furniture::Comments),
    ("ý kiến của bạn", Furniture::Comments),
    ("bạn quan tâm", Furniture::Related),
    ("bấm xem", Furniture::Related),
    ("bài liên quan", Furniture::Related),
    ("copy link", Furniture::Closing),
    ("lấy link", Furniture::Closing),
    ("lượt thích", Furniture::Closing),
    ("lượt xem", Furniture::Closing),
    ("nghe bài viết", Furniture::Closing),
    ("đọc bài viết", Furniture::Closing),
    ("nghe đọc bài", Furniture::Closing),
    ("nghe audio", Furniture::Closing),
    ("nghe tin", Furniture::Closing),
    ("dừng đọc", Furniture::Closing),
    ("tạm dừng", Furniture::Closing),
    ("phóng to", Furniture::Closing),
    ("thu nhỏ", Furniture::Closing),
    ("sự kiện", Furniture::Related),
    ("tin mới", Furniture::Related),
    ("xem các bài viết của tác giả", Furniture::Closing),
    ("chia sẻ", Furniture::Closing),
    ("chia sẻ bài viết", Furniture::Closing),
    ("chia sẻ facebook", Furniture::Closing),
    ("gửi bình luận", Furniture::Comments),
    ("in bài", Furniture::Closing),
    ("in bài viết", Furniture::Closing),
    ("lưu bài", Furniture::Closing),
    ("quay lại", Furniture::Closing),
    ("tin liên quan", Furniture::Related),
    ("tin cùng chuyên mục", Furniture::Related),
    ("từ khóa", Furniture::Closing),
    ("tags", Furniture::Closing),
    ("xem thêm", Furniture::Related),
    ("xem tiếp", Furniture::Related),
    ("đọc thêm", Furniture::Related),
    ("đọc tiếp", Furniture::Related),
    ("theo dõi", Furniture::Closing),
    ("bài viết liên quan", Furniture::Related),
    ("tin khác", Furniture::Related),
    ("tin cùng chủ đề", Furniture::Related),
    ("có thể bạn quan tâm", Furniture::Related),
    ("tin nổi bật", Furniture::Related),
    ("đọc nhiều", Furniture::Related),
    ("bạn nghĩ sao?", Furniture::Comments),
    ("lưu bài viết", Furniture::Closing),
    ("lưu", Furniture::Closing),
    ("cỡ chữ", Furniture::Closing),
    ("a-", Furniture::Closing),
    ("a+", Furniture::Closing),
    ("facebook", Furniture::Closing),
    ("zalo", Furniture::Closing),
    ("twitter", Furniture::Closing),
    ("google news", Furniture::Closing),
    ("linkedin", Furniture::Closing),
    ("telegram", Furniture::Closing),
    ("messenger", Furniture::Closing),
    ("email", Furniture::Closing),
    ("góp ý", Furniture::Closing),
    ("gửi góp ý", Furniture::Closing),
    ("sao chép liên kết", Furniture::Closing),
    ("in", Furniture::Closing),
    ("bản in", Furniture::Closing),
]);

/// Comment widgets that are furniture only with their count (`Ý kiến
/// (5)`, `12 ý kiến`): alone, `Ý kiến` is as often a section's name.
/// Matched whole, ignoring case.
pub(crate) const COUNTED_FURNITURE: Table<Furniture> =
    Table::new(&[("ý kiến", Furniture::Comments)]);

/// The letter of the font-size widget's buttons (`A`, `A-`, `A+`, `A A`):
/// in capitals only (a small `a` alone is a list's mark as often).
pub(crate) const FONT_SIZE_BUTTON: char = 'A';

/// The sign that opens a copyright notice (`© 2024 Báo ABC`).
pub(crate) const COPYRIGHT_SIGN: char = '©';

/// The arrows before a link to another article (`>> Giá vàng tăng`, `»
/// Giá vàng tăng`).
pub(crate) const LINK_ARROWS: [&str; 3] = [">>", "»", "\u{203A}\u{203A}"];

/// The headings of boxes of other articles beyond [`FURNITURE`]'s (which
/// holds at most 64 entries), matched whole, ignoring case: related
/// furniture (`Tin mới nhất`, `Xem nhiều`, `Bạn có thể quan tâm`).
pub(crate) const BOX_HEADINGS: Table<()> = Table::new(&[
    ("tin mới nhất", ()),
    ("mới nhất", ()),
    ("bài viết mới nhất", ()),
    ("xem nhiều nhất", ()),
    ("xem nhiều", ()),
    ("đọc nhiều nhất", ()),
    ("bài đọc nhiều", ()),
    ("tin đọc nhiều", ()),
    ("tin xem nhiều", ()),
    ("video đang xem nhiều", ()),
    ("video đang được xem nhiều", ()),
    ("video xem nhiều", ()),
    ("video nổi bật", ()),
    ("bài viết cùng tác giả", ()),
    ("bài cùng tác giả", ()),
    ("tin cùng tác giả", ()),
    ("cùng tác giả", ()),
    ("cùng chuyên mục", ()),
    ("bài cùng chuyên mục", ()),
    ("bài viết cùng chuyên mục", ()),
    ("cùng chủ đề", ()),
    ("bài viết cùng chủ đề", ()),
    ("tin bài khác", ()),
    ("bài viết khác", ()),
    ("tin tức khác", ()),
    ("các tin liên quan", ()),
    ("nội dung liên quan", ()),
    ("tin tức mới nhất", ()),
    ("tin mới cập nhật", ()),
    ("tin nóng", ()),
    ("bài viết nổi bật", ()),
    ("tin cùng loại", ()),
    ("bạn có thể quan tâm", ()),
    ("đề xuất cho bạn", ()),
    ("tin tiêu điểm", ()),
    ("tin nên đọc", ()),
    ("tin hot", ()),
    ("tin tức liên quan", ()),
    ("tin bài liên quan", ()),
    ("các tin khác", ()),
    ("các bài viết khác", ()),
    ("tin đã đăng", ()),
    ("điểm tin", ()),
]);

/// Widgets beyond [`FURNITURE`]'s (which holds at most 64 entries),
/// matched whole, ignoring case: closing furniture (`Quảng cáo`,
/// `Đánh giá bài viết`, the count of a rating `5/5 (1 bình chọn)`, the
/// answers of a rating `Hay`, `Bình thường`, `Chưa hay`, the sorting of
/// the comments `Sắp xếp theo`, `Quan tâm nhất`, `Lưu tin`, `Đang
/// tải...`). Full: 64 entries.
pub(crate) const WIDGETS: Table<()> = Table::new(&[
    ("quảng cáo", ()),
    ("advertisement", ()),
    ("đánh giá bài viết", ()),
    ("bình chọn", ()),
    ("lượt bình chọn", ()),
    ("lượt đánh giá", ()),
    ("báo lỗi", ()),
    ("báo lỗi bài viết", ()),
    ("tải app", ()),
    ("tải ứng dụng", ()),
    ("lên đầu trang", ()),
    ("về đầu trang", ()),
    ("thích", ()),
    ("like", ()),
    ("share", ()),
    ("tweet", ()),
    ("xem video", ()),
    ("xem thêm video", ()),
    ("xem toàn màn hình", ()),
    ("toàn màn hình", ()),
    ("xem ảnh lớn", ()),
    ("tặng sao", ()),
    ("follow", ()),
    ("đang theo dõi", ()),
    ("gửi", ()),
    ("hay", ()),
    ("rất hay", ()),
    ("bình thường", ()),
    ("chưa hay", ()),
    ("không hay", ()),
    ("hữu ích", ()),
    ("không hữu ích", ()),
    ("nghe", ()),
    ("lắng nghe", ()),
    ("tốc độ", ()),
    ("đọc", ()),
    ("đọc bài", ()),
    ("nghe bài", ()),
    ("mặc định", ()),
    ("cỡ chữ lớn", ()),
    ("cỡ chữ nhỏ", ()),
    ("giọng nữ", ()),
    ("giọng nam", ()),
    ("giọng nữ miền bắc", ()),
    ("giọng nữ miền nam", ()),
    ("giọng nam miền bắc", ()),
    ("giọng nam miền nam", ()),
    ("tài trợ", ()),
    ("nội dung tài trợ", ()),
    ("được tài trợ", ()),
    ("pinterest", ()),
    ("top", ()),
    ("hủy", ()),
    ("sắp xếp theo", ()),
    ("quan tâm nhất", ()),
    ("cũ nhất", ()),
    ("xem thêm bình luận", ()),
    ("viết bình luận", ()),
    (REPLY_BUTTON, ()),
    // The answers under `Bài viết có hữu ích với bạn không?`.
    ("có", ()),
    ("không", ()),
    // A button that keeps the article, and what a player or a box prints
    // while it loads (`Đang tải...`).
    ("lưu tin", ()),
    ("đang tải", ()),
    ("loading", ()),
]);

/// The site's own buttons and links a page prints around its articles
/// (`Đăng nhập`, `Đăng ký`, `Tìm kiếm`, `Liên hệ`), beyond [`WIDGETS`]'s
/// (which holds at most 64 entries): furniture, matched whole, ignoring
/// case.
pub(crate) const SITE_CHROME: Table<()> = Table::new(&[
    ("đăng nhập", ()),
    ("đăng ký", ()),
    ("đăng xuất", ()),
    ("tìm kiếm", ()),
    ("menu", ()),
    ("danh mục", ()),
    ("liên hệ", ()),
    ("rss", ()),
    ("e-paper", ()),
    ("đặt báo", ()),
    ("đăng ký nhận tin", ()),
]);

/// The button under each reader's comment (`Trả lời`).
pub(crate) const REPLY_BUTTON: &str = "trả lời";

/// The marks of an article printed in parts, alone on the line under
/// its last paragraph (`(Còn nữa)`, `(Hết)`, `Hết.`, `- Hết -`), matched
/// whole, ignoring case, the brackets, dots and dashes around them.
pub(crate) const SERIES_MARKS: Table<()> = Table::new(&[
    ("còn nữa", ()),
    ("còn tiếp", ()),
    ("hết", ()),
    ("tiếp theo", ()),
]);

/// Furniture lines that go on after their opening words: `Link bài gốc
/// Lấy link https://...`, `* Mời quý độc giả xem thêm ...`.
pub(crate) const FURNITURE_OPENINGS: Table<Furniture> = Table::new(&[
    ("bài liên quan:", Furniture::Related),
    ("link bài gốc", Furniture::Closing),
    ("tin liên quan:", Furniture::Related),
    ("xem thêm:", Furniture::Related),
    ("đọc thêm:", Furniture::Related),
    ("mời bạn xem thêm", Furniture::Related),
    ("mời bạn đọc", Furniture::Related),
    ("mời độc giả", Furniture::Related),
    ("mời quý độc giả", Furniture::Related),
    ("mời quý vị", Furniture::Related),
    ("tags:", Furniture::Closing),
    ("tag:", Furniture::Closing),
    ("từ khóa:", Furniture::Closing),
    ("từ khoá:", Furniture::Closing),
    ("chủ đề:", Furniture::Closing),
    ("sự kiện:", Furniture::Related),
    ("dòng sự kiện:", Furniture::Related),
    ("theo dõi chúng tôi", Furniture::Closing),
    ("theo dõi báo", Furniture::Closing),
    ("theo dõi kênh", Furniture::Closing),
    ("lượt xem:", Furniture::Closing),
    ("lượt đọc:", Furniture::Closing),
    ("tốc độ đọc", Furniture::Closing),
    ("giọng đọc", Furniture::Closing),
    ("bạn đang xem:", Furniture::Related),
    ("bạn đang đọc bài viết", Furniture::Closing),
    ("bản quyền thuộc về", Furniture::Closing),
    ("email:", Furniture::Closing),
    ("đăng nhập để bình luận", Furniture::Comments),
    ("hotline:", Furniture::Closing),
    ("đường dây nóng:", Furniture::Closing),
    ("liên hệ quảng cáo", Furniture::Closing),
    ("đăng ký nhận", Furniture::Closing),
    ("cảm ơn bạn đã đọc", Furniture::Closing),
    ("xem bài gốc", Furniture::Closing),
    ("link bài viết", Furniture::Closing),
    ("copyright", Furniture::Closing),
    ("bạn thấy bài viết", Furniture::Closing),
    ("bạn đánh giá bài viết", Furniture::Closing),
    ("đánh giá bài viết", Furniture::Closing),
    ("quý độc giả có thể", Furniture::Related),
    ("bạn đọc có thể gửi", Furniture::Closing),
    ("độc giả có thể gửi", Furniture::Closing),
    ("quý độc giả quan tâm", Furniture::Related),
    ("quý độc giả vui lòng", Furniture::Related),
    ("bài viết có hữu ích", Furniture::Closing),
    ("bài viết này có hữu ích", Furniture::Closing),
    ("bạn nghĩ sao", Furniture::Comments),
    ("bạn nghĩ gì", Furniture::Comments),
    ("nhấn vào đây", Furniture::Related),
    ("bấm vào đây", Furniture::Related),
    ("click vào đây", Furniture::Related),
    // The next part of an article printed in parts, announced under its
    // last paragraph (`Kỳ tới: ...`); not `Bài cuối:`, which titles the
    // last part itself.
    ("kỳ tới:", Furniture::Closing),
    ("kỳ sau:", Furniture::Closing),
    ("kỳ tiếp:", Furniture::Closing),
    ("kỳ tiếp theo:", Furniture::Closing),
    ("bài tới:", Furniture::Closing),
    ("bài sau:", Furniture::Closing),
    ("bài tiếp:", Furniture::Closing),
    ("bài tiếp theo:", Furniture::Closing),
    ("đón đọc", Furniture::Closing),
    ("mời đón đọc", Furniture::Closing),
]);

/// Labels of a note under the byline (`Ghi chú: Bài viết mang tính tham
/// khảo`), matched at the start, ignoring case.
pub(crate) const NOTE_LABELS: Table<()> =
    Table::new(&[("ghi chú:", ()), ("lưu ý:", ()), ("chú thích:", ())]);

/// The heading of a list of references, alone on its line with its colon
/// or not (`Tài liệu tham khảo:` over `1. WHO (2023). ...`), ignoring case.
pub(crate) const REFERENCE_LABELS: Table<()> = Table::new(&[
    ("danh mục tài liệu tham khảo", ()),
    ("tài liệu tham khảo", ()),
    ("nguồn tham khảo", ()),
    ("tham khảo", ()),
    ("references", ()),
]);

/// The words of a part of an article printed in parts (`Kỳ 2:`, `Bài 3:`,
/// `Phần 2:`): before its number and a colon under the byline, the next
/// part announced.
pub(crate) const PART_WORDS: Table<()> = Table::new(&[("kỳ", ()), ("bài", ()), ("phần", ())]);

/// The mark that opens a note under the byline (`* Bài viết có sử dụng tư
/// liệu của ...`).
pub(crate) const NOTE_MARK: &str = "* ";

/// Labels that name the section a page files the article under, before a
/// colon: `Chuyên mục: Kinh tế`, `Danh mục: Thời sự > Xã hội`.
pub(crate) const SECTION_LABELS: Table<()> = Table::new(&[
    ("chuyên mục", ()),
    ("chuyên trang", ()),
    ("danh mục", ()),
    ("mục", ()),
    ("category", ()),
    ("bạn đang xem", ()),
    ("bạn đang ở", ()),
]);

/// Labels a page prints before the lead, closed by a colon: `Sapo: ...`,
/// `Tóm tắt: ...`; alone on their line, the headings of a summary box
/// (`Tóm tắt bài viết`). The longer phrases first.
pub(crate) const LEAD_LABELS: Table<()> = Table::new(&[
    ("tóm tắt bài viết", ()),
    ("tóm tắt nội dung", ()),
    ("tóm tắt nhanh", ()),
    ("nội dung tóm tắt", ()),
    ("sapo", ()),
    ("tóm tắt", ()),
    ("tóm lược", ()),
]);

/// The notes that close a summary box written by a machine (`Tóm tắt bởi
/// AI`), alone on their line, a period after them or not.
pub(crate) const SUMMARY_CLOSINGS: Table<()> = Table::new(&[
    ("nội dung được tóm tắt bởi ai", ()),
    ("nội dung được tạo bởi ai", ()),
    ("nội dung được tạo bằng ai", ()),
    ("được tạo bởi ai", ()),
    ("nội dung do ai tóm tắt", ()),
    ("được tóm tắt bởi ai", ()),
    ("tóm tắt bởi ai", ()),
    ("tóm tắt bằng ai", ()),
]);

/// Headings of a table of contents a page prints over the lead (`Mục
/// lục`, `Nội dung chính`), alone on their line, a colon after them or
/// not: the entries under them are the page's.
pub(crate) const CONTENTS_LABELS: Table<()> = Table::new(&[
    ("mục lục bài viết", ()),
    ("mục lục", ()),
    ("nội dung bài viết", ()),
    ("nội dung chính", ()),
    ("các nội dung chính", ()),
    ("xem nhanh", ()),
]);

/// The words between a picture's number and the count of a gallery's
/// pictures (`Ảnh 3 trên 5`, `Hình 2 của 8`).
pub(crate) const COUNT_OF_WORDS: Table<()> = Table::new(&[("trên", ()), ("của", ())]);

/// Labels over an article's tags that a page may print without a colon
/// (`Từ khóa` over `giá vàng` / `SJC`); with one, any closing label is.
pub(crate) const TAG_LABELS: Table<()> = Table::new(&[
    ("từ khóa", ()),
    ("từ khoá", ()),
    ("tags", ()),
    ("tag", ()),
    ("chủ đề", ()),
]);

/// Words that open a reader's signature (`Bạn đọc Lê Văn An`).
pub(crate) const READER_WORDS: Table<()> = Table::new(&[("bạn đọc", ()), ("độc giả", ())]);

/// What joins the labels of a breadcrumb: `>`, `»`, `›`.
pub(crate) const BREADCRUMB_SEPARATORS: &[char] = &['>', '»', '›'];

/// The first label of a breadcrumb that opens at the home page (`Trang
/// chủ / Kinh tế / Thị trường`): after it `/` and `|` join labels too.
pub(crate) const HOME_LABELS: Table<()> =
    Table::new(&[("trang chủ", ()), ("trang nhất", ()), ("home", ())]);

/// What joins the labels of a breadcrumb opened by one of [`HOME_LABELS`].
pub(crate) const HOME_BREADCRUMB_SEPARATORS: &[char] = &['>', '»', '›', '/', '|'];

/// Links back to a section, before a short label (`Trở lại Thời sự`,
/// `Trở lại chủ đề`, `Trở về trang chủ`): furniture when what follows is a
/// few words, no sentence.
pub(crate) const BACK_LINKS: Table<Furniture> = Table::new(&[
    ("trở lại", Furniture::Closing),
    ("trở về", Furniture::Closing),
]);

/// The first words of [`FURNITURE`], [`BOX_HEADINGS`], [`WIDGETS`],
/// [`SITE_CHROME`], [`FURNITURE_OPENINGS`] and [`BACK_LINKS`], as a filter.
pub(crate) const FURNITURE_WORDS: WordFilter = WordFilter::new()
    .with(FURNITURE.entries)
    .with(BOX_HEADINGS.entries)
    .with(WIDGETS.entries)
    .with(SITE_CHROME.entries)
    .with(FURNITURE_OPENINGS.entries)
    .with(BACK_LINKS.entries);

/// The first bytes of [`FURNITURE`], [`BOX_HEADINGS`], [`WIDGETS`],
/// [`SITE_CHROME`], [`FURNITURE_OPENINGS`] and [`BACK_LINKS`] together.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: bytes index 256 slots
pub(crate) const FURNITURE_ANY_STARTS: [u64; 256] = {
    let mut out = FURNITURE.starts;
    let mut b = 0;
    while b < 256 {
        out[b] |= BOX_HEADINGS.starts[b]
            | WIDGETS.starts[b]
            | SITE_CHROME.starts[b]
            | FURNITURE_OPENINGS.starts[b]
            | BACK_LINKS.starts[b];
        b += 1;
    }
    out
};

/// Bullets that may open a credit line.
pub(crate) const BULLETS: &[char] = &['•', '·', '*', '+', '>'];

/// Characters that separate a byline or section from the date on one line.
pub(crate) const HEAD_SEPARATORS: &[char] = &['|', ',', '·', '•', '/'];

/// Characters that set a category or a widget apart after the date, and
/// the labels of a head before it from one another (`Thời sự | Minh Anh |`).
pub(crate) const TAIL_SEPARATORS: &[char] = &['|', '•', '·'];

/// Whether `c` is one of [`TAIL_SEPARATORS`] or a dash: what sets a byline,
/// a category or a widget apart from a date on its line.
#[inline]
pub(crate) fn is_bar_or_dash(c: char) -> bool {
    TAIL_SEPARATORS.contains(&c) || super::is_dash(c)
}

/// The units of a page clock that counts back from when the page was read
/// (`2 giờ trước`, `5 phút trước`), before [`BEFORE_NOW`].
pub(crate) const PAGE_CLOCK_UNITS: Table<()> = Table::new(&[
    ("giây", ()),
    ("phút", ()),
    ("giờ", ()),
    ("tiếng", ()),
    ("ngày", ()),
    ("tuần", ()),
    ("tháng", ()),
    ("năm", ()),
]);

/// `trước` (ago) after a page clock's count.
pub(crate) const BEFORE_NOW: &str = "trước";

/// The days a page clock names instead of a date, before or after its time
/// (`Hôm nay, 08:30`, `08:30 hôm qua`).
pub(crate) const PAGE_CLOCK_DAYS: Table<()> = Table::new(&[("hôm nay", ()), ("hôm qua", ())]);

/// The words of a reading-time widget before its minutes (`Đọc trong 3
/// phút`, `Thời gian đọc: 3 phút`, `Đọc 3 phút`), longest first.
pub(crate) const READING_TIME_WORDS: Table<()> =
    Table::new(&[("thời gian đọc", ()), ("đọc trong", ()), ("đọc", ())]);

/// The word after a reading-time widget's minutes (`3 phút đọc`).
pub(crate) const READ_WORD: &str = "đọc";

/// The word that opens an invitation to read on (`* Mời bạn đọc vào
/// chuyên mục Y tế xem các tin, bài liên quan.`), a related box's heading
/// however long.
pub(crate) const INVITATION_WORD: &str = "mời";

/// A follow widget's first words (`Theo dõi Giadinhonline trên`, `Theo
/// dõi Báo Tin Mới trên Google News`), before the outlet's name.
pub(crate) const FOLLOW_WORDS: &str = "theo dõi";

/// The last words of a follow widget, after the outlet's name: `trên`
/// (an icon follows), `Google News`.
pub(crate) const FOLLOW_ENDS: Table<()> = Table::new(&[("trên", ()), ("news", ())]);

/// The marks of Markdown emphasis, as text converted from a page to
/// Markdown wraps a whole line in them (`**06/12/2025 08:15**`, `*Người
/// dân xếp hàng. Ảnh: Minh Anh*`): the longer of a pair first.
pub(crate) const EMPHASIS_MARKS: [&str; 4] = ["**", "__", "*", "_"];

/// The bytes [`EMPHASIS_MARKS`] are written with.
pub(crate) const EMPHASIS_BYTES: [u8; 2] = [b'*', b'_'];

/// The mark of a Markdown heading, one to [`MAX_HEADING_LEVEL`] of them and
/// a space before the heading's text (`# Tiêu đề`, `## Mục 1`).
pub(crate) const HEADING_MARK: u8 = b'#';

/// The deepest level of a Markdown heading.
pub(crate) const MAX_HEADING_LEVEL: usize = 6;
