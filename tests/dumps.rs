//! Dumps of many articles: `parse_many` over a string and `read_many` over a
//! reader give the same articles; bad articles spoil only themselves.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod util;

use vn_article::ErrorKind;

fn seeds_dump() -> String {
    let mut dump = String::new();
    for f in util::txt_files(&util::seeds_dir()) {
        let text = std::fs::read_to_string(f).unwrap();
        dump.push_str(text.trim_start_matches('\u{feff}'));
        dump.push_str("\n\n");
    }
    dump
}

/// The articles of `dump` through `parse_many`, checked equal to those
/// `read_many` gives.
fn read_both(dump: &str) -> Vec<vn_article::Article<'_>> {
    let all: Vec<_> = vn_article::parse_many(dump)
        .collect::<Result<_, _>>()
        .unwrap();
    let read: Vec<_> = vn_article::read_many(dump.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(read, all);
    all
}

#[test]
fn seeds_joined_by_separators_give_their_own_articles() {
    util::joined_files_give_their_own_articles(&util::txt_files(&util::seeds_dir()));
}

#[test]
fn parse_many_and_read_many_agree_on_the_seeds() {
    let dump = seeds_dump();
    let many: Vec<_> = vn_article::parse_many(&dump)
        .collect::<Result<_, _>>()
        .unwrap();
    let read: Vec<_> = vn_article::read_many(dump.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(many.len(), util::txt_files(&util::seeds_dir()).len());
    let titles =
        |v: &[vn_article::Article<'_>]| v.iter().map(|a| a.title.to_string()).collect::<Vec<_>>();
    assert_eq!(titles(&read), titles(&many));
    for (i, (m, r)) in many.iter().zip(&read).enumerate() {
        assert_eq!(m, r, "article {i}: {} / {}", m.title, r.title);
    }
    // Each seed's own article, its header and its end: the title, the
    // dateline, the section and the credits `parse` reads from its file.
    for (a, f) in many.iter().zip(util::txt_files(&util::seeds_dir())) {
        let text = std::fs::read_to_string(&f).unwrap();
        let one = vn_article::parse(&text).unwrap();
        let credits = |a: &vn_article::Article<'_>| {
            a.credits
                .iter()
                .map(|c| c.text.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(a.title, one.title, "{}", f.display());
        assert_eq!(
            a.dateline.as_ref().map(|d| d.text.as_str()),
            one.dateline.as_ref().map(|d| d.text.as_str()),
            "{}",
            f.display()
        );
        assert_eq!(a.section, one.section, "{}", f.display());
        assert_eq!(credits(a), credits(&one), "{}", f.display());
    }
    let lines: Vec<Vec<usize>> = many
        .iter()
        .map(|a| a.diagnostics.iter().map(|d| d.line).collect())
        .collect();
    let read_lines: Vec<Vec<usize>> = read
        .iter()
        .map(|a| a.diagnostics.iter().map(|d| d.line).collect())
        .collect();
    assert_eq!(lines, read_lines);
    let rebuilt: String = many.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, vn_article::normalize(&dump));
}

#[test]
fn read_many_splits_lone_cr_lines() {
    let one = "03/04/2024 - 07:35\r\rTiêu đề một\r\r(CT) - Nội dung một.\r\r";
    let two = "04/04/2024 - 08:00\r\rTiêu đề hai\r\rTTO - Nội dung hai.\r";
    let dump = format!("{one}{two}");
    let read: Vec<_> = vn_article::read_many(dump.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(read.len(), 2);
    assert_eq!(read[1].title, "Tiêu đề hai");
    assert_eq!(read[1].rebuild(), two);
}

/// A reader that gives its bytes `step` at a time, then fails with `fail`
/// when it is set.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
    fail: Option<std::io::ErrorKind>,
}

/// `bytes` read `step` at a time through a buffer of `step` bytes.
fn trickle(
    bytes: &[u8],
    step: usize,
    fail: Option<std::io::ErrorKind>,
) -> std::io::BufReader<Trickle<'_>> {
    std::io::BufReader::with_capacity(step, Trickle { bytes, step, fail })
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.bytes.is_empty() {
            return match self.fail {
                Some(kind) => Err(std::io::Error::new(kind, "the line dropped")),
                None => Ok(0),
            };
        }
        let n = self.step.min(out.len()).min(self.bytes.len());
        out[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

#[test]
fn read_many_reads_the_same_whatever_the_reader_cuts() {
    // Every line end, a `\r\n` and a lone `\r` cut between two reads among them.
    let one = "03/04/2024 - 07:35\r\n\r\nTiêu đề một\r\rBình Thủy\n(CT) - Nội dung một.\r\n\r\n";
    let two = "04/04/2024 - 08:00\r\rTiêu đề hai\n\nTTO - Nội dung hai.\r";
    let dump = format!("{one}{two}");
    let whole: Vec<_> = vn_article::parse_many(&dump)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(whole.len(), 2);
    for step in [1, 2, 3, 5, 7, 64] {
        let read: Vec<_> = vn_article::read_many(trickle(dump.as_bytes(), step, None))
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(read, whole, "step {step}");
        assert_eq!(read[0].rebuild(), one, "step {step}");
        assert_eq!(read[1].rebuild(), two, "step {step}");
    }
}

#[test]
fn an_io_error_ends_read_many_at_its_position() {
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Nội dung một.\n\n";
    let two = "04/04/2024 - 08:00\n\nTiêu đề hai\n\nTTO - Nội ";
    let dump = format!("{one}{two}");
    let reader = trickle(
        dump.as_bytes(),
        16,
        Some(std::io::ErrorKind::ConnectionReset),
    );
    let items: Vec<_> = vn_article::read_many(reader).collect();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().title, "Tiêu đề một");
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    assert_eq!(
        err.to_string(),
        "cannot read: the line dropped at line 11, column 11"
    );
    assert_eq!(err.offset(), dump.len());
    // The reading error is kept as the source.
    let source = std::error::Error::source(err).expect("an io source");
    let io = source
        .downcast_ref::<std::io::Error>()
        .expect("an io::Error");
    assert_eq!(
        (io.kind(), io.to_string()),
        (
            std::io::ErrorKind::ConnectionReset,
            "the line dropped".to_string()
        )
    );
    // Errors of other kinds have none.
    assert!(std::error::Error::source(&vn_article::parse("").unwrap_err()).is_none());
}

#[test]
fn a_bad_article_spoils_only_itself() {
    let mut dump = b"03/04/2024 - 07:35\n\nTi\xeau \xff\n\nN\xf4i dung.\n\n".to_vec();
    dump.extend_from_slice("04/04/2024 - 08:00\n\nTiêu đề hai\n\nTTO - Nội dung hai.\n".as_bytes());
    let items: Vec<_> = vn_article::read_many(&dump[..]).collect();
    assert_eq!(items.len(), 2);
    let err = items[0].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
    assert_eq!((err.offset(), err.line(), err.column()), (22, 3, 3));
    assert_eq!(items[1].as_ref().unwrap().title, "Tiêu đề hai");
}

#[test]
fn a_dateline_right_after_a_dateline_is_the_title() {
    let dump = "03/04/2024 - 07:35\n\n04/04/2024 - 07:35\n";
    let items: Vec<_> = vn_article::parse_many(dump).collect();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].as_ref().unwrap().title, "04/04/2024 - 07:35");
}

#[test]
fn teasers_under_an_article_stay_in_it() {
    let text = "Thứ ba, 23/12/2025 09:02 (GMT+7)\n\nKinh doanh\n\nGiá vàng lập đỉnh\n\n\
                Giá vàng thế giới tăng mạnh.\n\nĐọc thêm\n\n\
                10:15 17/12/2025\n\nGiá vàng thế giới bật tăng\n\nGiá vàng tăng trở lại sau quyết định của Fed.\n\n\
                09:42 11/12/2025\n\nTủ sách kinh tế\n\nGiới thiệu sách mới.\n";
    let all: Vec<_> = vn_article::parse_many(text)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), 1);
    let read: Vec<_> = vn_article::read_many(text.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(read, all);
    assert_eq!(all[0].body[1].text, "10:15 17/12/2025");
}

/// A dateline last in the text (printed under the byline, as one
/// government outlet does) opens no article: it stays the article's, and
/// a dateline followed by an article still opens it, through both readers.
#[test]
fn a_dateline_last_opens_no_article() {
    let page = "Giá vàng tăng mạnh\n\n(Dân trí) - Sáng nay, giá vàng tăng.\n\n\
                Theo các chuyên gia, giá có thể còn tăng.\n\nHoàng Lan\n\n03/04/2024 - 07:35\n\n";
    let all = read_both(page);
    assert_eq!(all.len(), 1);
    let dateline = all[0].dateline.as_ref().unwrap();
    assert_eq!(dateline.text, "03/04/2024 - 07:35");
    assert_eq!(all[0].title, "Giá vàng tăng mạnh");
    let dump = format!("{page}03/04/2024 - 08:00\n\nTiêu đề hai\n\nĐoạn mở đầu hai.\n");
    let all = read_both(&dump);
    assert_eq!(
        all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Giá vàng tăng mạnh", "Tiêu đề hai"]
    );
}

#[test]
fn datelines_with_the_month_abbreviated_first_split_alike() {
    let one = "Th02 12, 2026\n\nTiêu đề một\n\nĐoạn mở đầu một.\n\nĐoạn cuối một.\n\n";
    let two = "Th02 13, 2026\n\nTiêu đề hai\n\nĐoạn mở đầu hai.\n";
    let dump = format!("{one}{two}");
    let all = read_both(&dump);
    assert_eq!(titles(&all), ["Tiêu đề một", "Tiêu đề hai"]);
    assert_eq!(
        all.iter()
            .map(|a| a.dateline.as_ref().map(|d| d.date.to_string()))
            .collect::<Vec<_>>(),
        [
            Some("2026-02-12".to_string()),
            Some("2026-02-13".to_string())
        ]
    );
}

#[test]
fn articles_with_datelines_written_alike_split_without_credits() {
    let one = "2018-12-09 00:00:00\n\nTiêu đề một\n\nĐoạn mở đầu một.\n\nĐoạn cuối một.\n\n";
    let two = "2018-12-10 08:30:00\n\nTiêu đề hai\n\nĐoạn mở đầu hai.\n";
    let dump = format!("{one}{two}");
    let all = read_both(&dump);
    assert_eq!(
        all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Tiêu đề một", "Tiêu đề hai"]
    );
}

#[test]
fn spans_of_a_decomposed_dump_point_into_the_normalized_dump() {
    use unicode_normalization::UnicodeNormalization;
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Nội dung một.\n\nKIM XUÂN\n\n";
    let two = "04/04/2024 - 08:00\n\nTiêu đề hai\n\nTTO - Nội dung hai.\n";
    let dump = format!("{}{}", one.nfd().collect::<String>(), two);
    let nfc = vn_article::normalize(&dump).into_owned();
    for articles in [
        vn_article::parse_many(&dump)
            .map(|a| a.map(vn_article::Article::into_owned))
            .collect::<Result<Vec<_>, _>>(),
        vn_article::read_many(dump.as_bytes()).collect::<Result<Vec<_>, _>>(),
    ] {
        let articles = articles.unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(&nfc[articles[0].title.span.range()], "Tiêu đề một");
        assert_eq!(&nfc[articles[1].title.span.range()], "Tiêu đề hai");
        assert_eq!(
            &nfc[articles[1].source.as_ref().unwrap().text.span.range()],
            "TTO -"
        );
        assert_eq!(articles[1].diagnostics[0].line, 9);
    }
}

#[test]
fn split_many_pieces_parse_to_the_articles_of_parse_many() {
    use unicode_normalization::UnicodeNormalization;
    let dump = seeds_dump();
    // Decomposed and with CRLF line ends too: spans count in the normalized
    // dump, lines from its start.
    for text in [
        dump.clone(),
        dump.nfd().collect(),
        dump.replace('\n', "\r\n"),
    ] {
        let many: Vec<_> = vn_article::parse_many(&text).collect();
        let pieces: Vec<_> = vn_article::split_many(&text).collect();
        assert_eq!(pieces.len(), many.len());
        assert_eq!(pieces.len(), util::txt_files(&util::seeds_dir()).len());
        // Parsed last first: each piece on its own.
        let mut parsed: Vec<_> = pieces.iter().rev().map(|p| p.parse()).collect();
        parsed.reverse();
        assert_eq!(parsed, many);
        // The pieces cover the dump, in order.
        let joined: String = pieces.iter().map(|p| p.text()).collect();
        assert_eq!(joined, text);
        assert_eq!((pieces[0].offset(), pieces[0].line()), (0, 1));
    }
}

/// Pages in their own order (the section, the title and a byline above the
/// dateline) split where the article before ended (a credit, closing
/// furniture), the header opening the next; without an ended article only
/// over a dateline written alike, and teasers under a heading stay the
/// article's.
#[test]
fn pages_with_their_header_above_the_dateline() {
    let one = "Xã hội\nMở rộng tuyến xe buýt điện\nHoàng Lan\nThứ năm, 12/02/2026 - 09:41\n\
               (NLĐO) - Sáng 12-2, Sở Giao thông vận tải cho biết sẽ mở rộng tuyến.\n\
               Theo kế hoạch, tuyến mới sẽ chạy từ tháng 3.\nHOÀNG LAN\n\n";
    let two = "Kinh tế\nGiá vàng lập đỉnh mới\nThứ sáu, 13/02/2026 - 08:00\n\
               Sáng 13-2, giá vàng miếng tăng mạnh.\nGiá vàng nhẫn cũng tăng theo.\n\
               Chia sẻ bài viết\n\n";
    let three = "Giáo dục\nHọc sinh nghỉ Tết 10 ngày\n(14/02/2026 - 07:30)\n\
                 Sáng 14-2, Sở Giáo dục công bố lịch nghỉ Tết.\nHọc sinh đi học lại từ mùng 8.\n";
    let dump = format!("{one}{two}{three}");
    let all = read_both(&dump);
    assert_eq!(
        all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        [
            "Mở rộng tuyến xe buýt điện",
            "Giá vàng lập đỉnh mới",
            "Học sinh nghỉ Tết 10 ngày"
        ]
    );
    assert_eq!(all[1].section, ["Kinh tế"]);
    assert_eq!(all[2].section, ["Giáo dục"]);
    assert_eq!(
        all.iter()
            .map(|a| a.dateline.as_ref().map(|d| d.text.to_string()))
            .collect::<Vec<_>>(),
        [
            Some("Thứ năm, 12/02/2026 - 09:41".to_string()),
            Some("Thứ sáu, 13/02/2026 - 08:00".to_string()),
            Some("14/02/2026 - 07:30".to_string()),
        ]
    );
    assert_eq!(all[0].credits[0].names, ["Hoàng Lan"]);
    assert_eq!(all[1].footer, ["Chia sẻ bài viết"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // The article before not ended (its last line a paragraph): the
    // header over a dateline written as the one that opened that article
    // opens the next all the same.
    let unended = format!(
        "{}{two}",
        one.replace("HOÀNG LAN\n\n", "Tuyến mới dài 25 km.\n\n")
    );
    let all = read_both(&unended);
    assert_eq!(
        all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Mở rộng tuyến xe buýt điện", "Giá vàng lập đỉnh mới"]
    );
    assert_eq!(
        all[0].body.last().map(|b| b.text.as_str()),
        Some("Tuyến mới dài 25 km.")
    );
    assert_eq!(all[1].section, ["Kinh tế"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, unended);
    // A teaser under a heading after the credit: the article's.
    let teaser = format!("{one}Tin liên quan\nGiá vé xe buýt tăng\n10:15 11/02/2026\n");
    let all = read_both(&teaser);
    assert_eq!(
        all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Mở rộng tuyến xe buýt điện"]
    );
    assert_eq!(all[0].rebuild(), teaser);
}

/// A page whose buttons stand between its title and its dateline (`Nghe
/// bài viết`, a player's clock, `Lưu bài`, `A+`, `A-`) under an article
/// that ended with its credit: the header opens the next article, buttons
/// and all (before, the section, the title and the buttons stayed in the
/// article before, whose credit was lost, and the next took its lead for
/// its title). Under tags (`vàng nhẫn`, a few words) or a paragraph, the
/// same buttons open nothing.
#[test]
fn a_page_with_buttons_between_its_title_and_its_dateline() {
    let one =
        "Thứ Hai, 25/11/2024 09:15 (GMT+7)\nThế giới\nÔng Trump chọn người đứng đầu Bộ Tài chính\n\
               (VTC News) - Ông Donald Trump đã chọn ông Scott Bessent làm Bộ trưởng Tài chính.\n\
               Ông Bessent là nhà quản lý quỹ đầu tư.\nMINH ANH (Nguồn: CNN)\n\n";
    let buttons = "Nghe bài viết\n00:00 / 03:25\nTốc độ đọc 1x\nLưu bài\nA+\nA-\n";
    let two = format!(
        "Kinh doanh\nTài chính\nGiá vàng hôm nay 25/11: Vàng nhẫn giảm mạnh\n{buttons}\
         Thứ Hai, 25/11/2024 08:30 (GMT+7)\n\
         Giá vàng nhẫn sáng nay giảm 500.000 đồng mỗi lượng.\nLê Anh\n"
    );
    let dump = format!("{one}{two}");
    let all = read_both(&dump);
    assert_eq!(
        all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        [
            "Ông Trump chọn người đứng đầu Bộ Tài chính",
            "Giá vàng hôm nay 25/11: Vàng nhẫn giảm mạnh"
        ]
    );
    assert_eq!(all[0].credits.len(), 2);
    assert_eq!(all[0].credits[0].names, ["MINH ANH"]);
    assert_eq!(all[0].credits[1].names, ["CNN"]);
    assert_eq!(all[1].section, ["Kinh doanh", "Tài chính"]);
    assert_eq!(
        all[1].header,
        [
            "Nghe bài viết",
            "00:00 / 03:25",
            "Tốc độ đọc 1x",
            "Lưu bài",
            "A+",
            "A-"
        ]
    );
    assert_eq!(
        all[1].lead.as_deref(),
        Some("Giá vàng nhẫn sáng nay giảm 500.000 đồng mỗi lượng.")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // Tags over the buttons, or a paragraph: the buttons are the article
    // before's, and the next opens at its dateline.
    for above in [
        "Từ khóa:\ngiá vàng\nvàng nhẫn\n",
        "Giá vàng còn biến động mạnh.\n",
    ] {
        let dump = format!(
            "{}{above}{buttons}Thứ Hai, 25/11/2024 08:30 (GMT+7)\n\
             Giá vàng hôm nay 25/11\nGiá vàng nhẫn sáng nay giảm 500.000 đồng mỗi lượng.\n",
            one.replace("MINH ANH (Nguồn: CNN)\n\n", "")
        );
        let all = read_both(&dump);
        assert_eq!(
            all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
            [
                "Ông Trump chọn người đứng đầu Bộ Tài chính",
                "Giá vàng hôm nay 25/11"
            ],
            "{above}"
        );
        assert!(all[1].header.is_empty(), "{above}");
        let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
        assert_eq!(rebuilt, dump);
    }
}

/// A page opened by its site's menu and a breadcrumb, its headline of
/// twenty words and more over the dateline: one article (before: the
/// headline counted as a paragraph, and the menu was read as an article of
/// its own); and two such pages, two articles.
#[test]
fn a_page_under_a_menu_with_a_long_headline_is_one_article() {
    let title = "Bộ ảnh cưới độc đáo chụp ở Đà Lạt của cặp đôi trẻ, cô dâu cài hoa, \
                 trang điểm nhẹ nhàng nhận cơn mưa lời khen";
    let page = format!(
        "Trang chủ\nThời sự\nKinh tế\nXã hội\nThế giới\nThể thao\n\
         Trang chủ > Giải trí > Hậu trường\n\n{title}\n\n\
         Thứ hai, 11/12/2023, 20:15 (GMT+7)\n\n\
         Trước thềm lễ cưới, bộ ảnh của cặp đôi được chụp ở Đà Lạt.\n\n\
         Bộ ảnh nhận nhiều lời khen của người xem.\n\nHà My\n\n"
    );
    let all = read_both(&page);
    assert_eq!(titles(&all), [title]);
    assert_eq!(all[0].section, ["Trang chủ", "Giải trí", "Hậu trường"]);
    assert_eq!(
        all[0].header,
        [
            "Trang chủ",
            "Thời sự",
            "Kinh tế",
            "Xã hội",
            "Thế giới",
            "Thể thao"
        ]
    );
    assert_eq!(
        all[0].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ hai, 11/12/2023, 20:15 (GMT+7)")
    );
    let two = format!("{page}{page}");
    let all = read_both(&two);
    assert_eq!(titles(&all), [title, title]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, two);
}

/// A rule between the dump's articles (`=====`): the header above the
/// next dateline opens the next article however its date is written
/// (datelines written unlike the dump's first kept it with the article
/// before).
/// Articles of a second source after the first's, their datelines written
/// unlike the dump's first: the first of them opens after a credit, the
/// next ones as it is written, whatever ends the article before.
#[test]
fn articles_of_a_second_source_split_as_its_first_does() {
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Đoạn mở đầu một.\n\nĐoạn hai.\n\nHOÀNG LAN\n\n";
    let two = "2021-08-18 16:55:00\n\nTiêu đề hai\n\nĐoạn mở đầu hai.\n\nĐoạn cuối hai.\n\n";
    let three = "2018-12-09 00:00:00\n\nTiêu đề ba\n\nĐoạn mở đầu ba.\n\nĐoạn cuối ba.\n\n";
    let four = "Thứ năm, 12/02/2026 - 09:41\n\nTiêu đề bốn\n\nĐoạn mở đầu bốn.\n";
    let dump = format!("{one}{two}{three}{four}");
    let all = read_both(&dump);
    // The fourth, written unlike both after a paragraph: the third's.
    assert_eq!(titles(&all), ["Tiêu đề một", "Tiêu đề hai", "Tiêu đề ba"]);
    assert_eq!(
        all[2].body.last().map(|b| b.text.as_str()),
        Some("Đoạn mở đầu bốn.")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// The outlet alone under `Theo Lê Hà` ends the article with its credit:
/// no header of the next one.
#[test]
fn an_outlet_under_its_source_credit_stays_with_it() {
    let one = "2018-12-09 00:00:00\n\nTiêu đề một\n\nĐoạn mở đầu một.\n\nĐoạn cuối một.\n\n\
               Theo Lê Ánh\n\nPháp luật TP Hồ Chí Minh\n\n";
    let two = "2018-12-10 08:30:00\n\nTiêu đề hai\n\nĐoạn mở đầu hai.\n";
    let dump = format!("{one}{two}");
    let all = read_both(&dump);
    assert_eq!(titles(&all), ["Tiêu đề một", "Tiêu đề hai"]);
    assert_eq!(
        all[0]
            .credits
            .iter()
            .map(|c| c.names.join(", "))
            .collect::<Vec<_>>(),
        ["Lê Ánh", "Pháp luật TP Hồ Chí Minh"]
    );
}

/// Pages joined as they are, each dated its own way: a header topped by a
/// breadcrumb opens the next page whatever ends the one before; a section
/// and the title under a credit do too, and so does a section alone over
/// the date under a credit with a title and a paragraph under the date. A
/// headline and its tag under the closing buttons, and a teaser's headline
/// over its date (and its sapo), stay where they are.
#[test]
fn page_headers_over_datelines_written_unlike_the_dumps() {
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Đoạn mở đầu một.\n\nĐoạn cuối một.\n\n";
    let crumbed = "Thời sự > Giao thông\n\nThứ Năm, 30/07/2026 - 15:11\n\nTiêu đề hai\n\n\
                   Đoạn mở đầu hai.\n\nĐoạn cuối hai.\n\nTuấn Kiệt\n\n";
    let sectioned = "Sức khỏe đời sống\n\nLễ hội Du lịch Hà Nội với chủ đề \"Thủ đô quyến rũ\"\n\n\
                     04/04/2024 10:40\n\nĐoạn mở đầu ba.\n\nĐoạn cuối ba.\n";
    let dump = format!("{one}{crumbed}{sectioned}");
    let all = read_both(&dump);
    assert_eq!(
        titles(&all),
        [
            "Tiêu đề một",
            "Tiêu đề hai",
            "Lễ hội Du lịch Hà Nội với chủ đề \"Thủ đô quyến rũ\""
        ]
    );
    assert_eq!(all[1].section, ["Thời sự", "Giao thông"]);
    assert_eq!(all[2].section, ["Sức khỏe đời sống"]);
    assert_eq!(all[1].credits[0].names, ["Tuấn Kiệt"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // A section and a title after a paragraph, not a credit: one article.
    let unended = format!("{one}Sức khỏe đời sống\n\nTiêu đề ba\n\n04/04/2024 10:40\n\nĐoạn ba.\n");
    assert_eq!(titles(&read_both(&unended)), ["Tiêu đề một"]);
    // A headline and its tag under the closing buttons, then a date.
    let tagged = format!(
        "{}Chia sẻ\n\nNgập đường ở Cần Thơ: Bao giờ mới hết?\n\nNgập nước\n\n\
         2019-08-23 20:50:52\n\nTiêu đề ba\n\nĐoạn ba.\n",
        one
    );
    assert_eq!(titles(&read_both(&tagged)), ["Tiêu đề một"]);
    // A teaser's headline over its date under the credit.
    let teaser = format!("{one}HOÀNG LAN\n\nGiá vé xe buýt tăng\n\n10:15 11/02/2026\n");
    let all = read_both(&teaser);
    assert_eq!(titles(&all), ["Tiêu đề một"]);
    assert_eq!(all[0].rebuild(), teaser);
    // The section alone over the date under the credit, the title and a
    // paragraph under it: the next page, from its section on.
    let lead = "Sáng 2/12, thành phố thông xe tuyến đường ven sông dài 2,5 km.";
    let paged = format!(
        "{one}HOÀNG LAN\n\nThời sự\n\nThứ Ba, 02/12/2025 09:15 (GMT+7)\n\n\
         Thông xe tuyến đường ven sông\n\n{lead}\n\nĐoạn cuối.\n"
    );
    let all = read_both(&paged);
    assert_eq!(
        titles(&all),
        ["Tiêu đề một", "Thông xe tuyến đường ven sông"]
    );
    assert_eq!(all[0].credits[0].names, ["HOÀNG LAN"]);
    assert_eq!(all[1].section, ["Thời sự"]);
    assert_eq!(all[1].lead.as_deref(), Some(lead));
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, paged);
    // A teaser's headline over its date and its sapo right under it: the
    // article's end.
    let sapo = format!(
        "{one}HOÀNG LAN\n\nGiá vé xe buýt tăng\n\nThứ Ba, 02/12/2025 09:15 (GMT+7)\n\n{lead}\n"
    );
    assert_eq!(titles(&read_both(&sapo)), ["Tiêu đề một"]);
}

/// Pages of one outlet joined by blank lines, each ending with a paragraph
/// (no credit): the section and the title over each dateline open its
/// page, not the page before's end; a line of dialogue ending the page
/// before stays there.
#[test]
fn page_headers_after_pages_that_end_with_a_paragraph() {
    let page = |section: &str, title: &str, date: &str, last: &str| {
        format!(
            "{section}\n\n{title}\n\n{date}\n\nSáng nay, thành phố công bố kế hoạch mới.\n\n\
             Theo kế hoạch, các tuyến mới chạy từ tháng sau.\n\n{last}\n\n"
        )
    };
    let dump = [
        page(
            "Xã hội",
            "Tiêu đề một",
            "12/02/2026 09:41",
            "Đoạn cuối một.",
        ),
        page(
            "Khoa học",
            "Tiêu đề hai, dài hơn và khép lại bằng \"ngoặc kép\"",
            "13/02/2026 10:05",
            "- Cho tớ vay 5 triệu!",
        ),
        page(
            "Giáo dục",
            "Tiêu đề ba",
            "14/02/2026 07:30",
            "Đoạn cuối ba.",
        ),
    ]
    .concat();
    let all = read_both(&dump);
    assert_eq!(
        titles(&all),
        [
            "Tiêu đề một",
            "Tiêu đề hai, dài hơn và khép lại bằng \"ngoặc kép\"",
            "Tiêu đề ba"
        ]
    );
    assert_eq!(
        all.iter()
            .map(|a| a.section.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .collect::<Vec<_>>(),
        [["Xã hội"], ["Khoa học"], ["Giáo dục"]]
    );
    assert_eq!(
        all[1].body.last().map(|b| b.text.as_str()),
        Some("- Cho tớ vay 5 triệu!")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// A byline and its date on one line (`Trương Thi - Ngày 21/02/2024 06:59
/// AM`, `DS. LÊ HÀ • 11/05/2017 09:10 AM`) opens a page as a dateline
/// alone does; a sentence ending in a date does not.
#[test]
fn a_byline_beside_its_date_opens_a_page() {
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Đoạn mở đầu một.\n\nĐoạn hai.\n\nHOÀNG LAN\n\n";
    let two = "Tiêu dùng\n\nTiêu đề hai\n\nTrương Thi - Ngày 21/02/2024 06:59 AM (GMT+7)\n\n\
               Đoạn mở đầu hai.\n\nĐoạn cuối hai.\n\nHOÀNG LAN\n\n";
    let three = "Khoa học\n\nTiêu đề ba\n\nDS. LÊ HÀ • 11/05/2017 09:10 AM\n\nĐoạn mở đầu ba.\n";
    let dump = format!("{one}{two}{three}");
    let all = read_both(&dump);
    assert_eq!(titles(&all), ["Tiêu đề một", "Tiêu đề hai", "Tiêu đề ba"]);
    assert_eq!(
        all.iter()
            .map(|a| a
                .dateline
                .as_ref()
                .and_then(|d| d.datetime())
                .map(|t| t.to_rfc3339()))
            .collect::<Vec<_>>(),
        [
            Some("2024-04-03T07:35:00+07:00".to_string()),
            Some("2024-02-21T06:59:00+07:00".to_string()),
            Some("2017-05-11T09:10:00+07:00".to_string()),
        ]
    );
    assert_eq!(all[1].credits[0].names, ["Trương Thi"]);
    assert_eq!(all[2].credits[0].names, ["LÊ HÀ"]);
    // A sentence that ends in a date, after a blank line: the article's.
    let sentence = format!("{one}Hạn chót nộp hồ sơ là 12/02/2026\n\nĐoạn tiếp theo.\n");
    assert_eq!(titles(&read_both(&sentence)), ["Tiêu đề một"]);
}

#[test]
fn a_header_under_a_rule_opens_the_next_article() {
    let one = "12/02/2026 09:41\nMở rộng tuyến xe buýt điện\n\
               Sáng 12-2, Sở Giao thông vận tải cho biết sẽ mở rộng tuyến.\n\
               Theo kế hoạch, tuyến mới sẽ chạy từ tháng 3.\nHOÀNG LAN\n";
    let two = "Kinh tế\nGiá vàng lập đỉnh mới\nThu Hà\nThứ sáu, 13/02/2026 - 08:00\n\
               Sáng 13-2, giá vàng miếng tăng mạnh.\nGiá vàng nhẫn cũng tăng theo.\n";
    let dump = format!("{one}=====\n{two}");
    let all = read_both(&dump);
    assert_eq!(
        all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Mở rộng tuyến xe buýt điện", "Giá vàng lập đỉnh mới"]
    );
    assert!(all[0].footer.is_empty());
    assert_eq!(all[1].header, ["====="]);
    assert_eq!(all[1].section, ["Kinh tế"]);
    assert_eq!(all[1].credits[0].names, ["Thu Hà"]);
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ sáu, 13/02/2026 - 08:00")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// Articles without datelines, their paragraphs apart by blank lines and a
/// related headline last, split only by what separates them: a rule of
/// `=`, `-`, `_`, `~` or `#` alone on its line or a file's name as `tail`
/// prints it, which opens the next article's header, or a form feed
/// wherever it stands, after which the next article opens. A rule of `*` breaks an article's sections.
#[test]
fn rules_and_form_feeds_separate_articles_without_datelines() {
    let one = "Thời sự\n\nMở rộng tuyến xe buýt điện\n\n\
               Sở Giao thông vận tải cho biết sẽ mở rộng tuyến.\n\n\
               ***\n\nTheo kế hoạch, tuyến mới sẽ chạy từ tháng 3.\n\n\
               Hà Nội thêm 20 tuyến xe buýt mới\n";
    let two = "Giá vàng lập đỉnh mới\n\nSáng nay, giá vàng miếng tăng mạnh.\n\n\
               Giá vàng nhẫn cũng tăng theo.\n";
    let three = "Kinh tế\nXuất khẩu gạo tăng\nXuất khẩu gạo tháng 1 đạt 800.000 tấn.\n";
    let titles_of = |dump: &str| {
        let all = read_both(dump);
        let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
        assert_eq!(rebuilt, dump);
        all.iter().map(|a| a.title.to_string()).collect::<Vec<_>>()
    };
    let all3 = [
        "Mở rộng tuyến xe buýt điện",
        "Giá vàng lập đỉnh mới",
        "Xuất khẩu gạo tăng",
    ];
    // Joined by blank lines, they are one article.
    assert_eq!(titles_of(&format!("{one}\n{two}\n{three}")), all3[..1]);
    for rule in ["=====", "-----", "___", "~~~", "# # #", "=========="] {
        let dump = format!("{one}\n{rule}\n\n{two}{rule}\n{three}");
        assert_eq!(titles_of(&dump), all3, "{rule}");
        let all = read_both(&dump);
        assert_eq!(all[1].header, [rule]);
        assert_eq!(all[2].header, [rule]);
        assert_eq!(all[2].section, ["Kinh tế"]);
        assert_eq!(
            all[0].body.last().map(|b| b.text.as_str()),
            Some("Hà Nội thêm 20 tuyến xe buýt mới")
        );
    }
    // Form feeds alone on their line, between lines, or within one.
    for (a, b) in [("\n\u{c}\n", "\u{c}"), ("\u{c}", "\n\u{c}\n\n")] {
        let dump = format!("{one}{a}{two}{b}{three}");
        assert_eq!(titles_of(&dump), all3);
    }
    let glued = format!("{}\u{c}{}\u{c}{three}", one.trim_end(), two.trim_end());
    let all = read_both(&glued);
    assert_eq!(titles(&all), all3);
    assert_eq!(
        all[1].lead.as_deref(),
        Some("Sáng nay, giá vàng miếng tăng mạnh.")
    );
    // The line of the form feed and the lines after it: the next article's.
    assert_eq!(Some(all[1].title.span.start), glued.find("Giá vàng lập"));
    assert_eq!(Some(all[2].section[0].span.start), glued.find("Kinh tế"));
    // A rule first or last in the dump opens no article of its own.
    let ends = format!("=====\n{two}=====\n");
    let all = read_both(&ends);
    assert_eq!(titles(&all), ["Giá vàng lập đỉnh mới"]);
    assert_eq!(all[0].header, ["====="]);
    assert_eq!(all[0].footer, ["====="]);
    // Files joined by `tail -n +1`, each under its name.
    let tailed = format!("==> mot.txt <==\n{one}\n==> hai.txt <==\n{two}\n==> ba.txt <==\n{three}");
    let all = read_both(&tailed);
    assert_eq!(titles(&all), all3);
    assert_eq!(all[0].header, ["==> mot.txt <=="]);
    assert_eq!(all[1].header, ["==> hai.txt <=="]);
    assert_eq!(all[2].header, ["==> ba.txt <=="]);
    // Two marks, marks of two kinds, or text beside them: no rule.
    for line in ["==", "=-=", "== Tin mới =="] {
        let dump = format!("{one}{line}\n{two}");
        assert_eq!(titles_of(&dump), all3[..1], "{line}");
    }
}

/// A page's title alone over its date, under the credit or the last
/// paragraph of the page before, opens the page when its lead opens with a
/// source marker (`SKĐS - `); a teaser's headline over its date, with no
/// marker under it, stays in the article. A date with the page's category
/// after a bar (`08-09-2025 06:00 | Chữa bệnh`) opens a page as a date
/// alone does, and a line opening with a small letter (a tag under a
/// related headline) keeps the lines over it from opening one.
#[test]
fn a_title_alone_over_its_date_opens_a_page_under_a_marked_lead() {
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Đoạn mở đầu một.\n\n\
               Đoạn cuối một.\n\nHOÀNG LAN\n\n";
    let two = "Giãn tĩnh mạch và cách phòng ngừa\n\n\
               08-09-2025 06:00 | Chữa bệnh không dùng thuốc\n\n\
               SKĐS - Những đường gân xanh nổi dần trên chân.\n\n\
               Đoạn hai của bài hai.\n\nĐoạn cuối của bài hai.\n\n";
    let three = "Bảy món ăn bài thuốc từ thiên môn đông\n\n\
                 Thứ hai, 26/01/2024 09:38 | Y học cổ truyền\n\n\
                 SKĐS - Thiên môn đông có tác dụng dưỡng âm.\n\nĐoạn hai của bài ba.\n";
    let dump = format!("{one}{two}{three}");
    let all = read_both(&dump);
    assert_eq!(
        titles(&all),
        [
            "Tiêu đề một",
            "Giãn tĩnh mạch và cách phòng ngừa",
            "Bảy món ăn bài thuốc từ thiên môn đông"
        ]
    );
    assert_eq!(all[0].credits[0].names, ["HOÀNG LAN"]);
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("08-09-2025 06:00")
    );
    assert_eq!(all[1].section, ["Chữa bệnh không dùng thuốc"]);
    assert_eq!(all[1].source.as_ref().map(|s| &*s.code), Some("SKĐS"));
    assert_eq!(
        all[2].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ hai, 26/01/2024 09:38")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // A teaser's headline over its date, a line without a marker under it.
    let teaser = format!(
        "{one}Giá vé xe buýt tăng\n\n10:15 11/02/2026 | Giao thông\n\nGiá vé tăng từ tháng sau.\n"
    );
    let all = read_both(&teaser);
    assert_eq!(titles(&all), ["Tiêu đề một"]);
    assert_eq!(
        all[0]
            .body
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>(),
        [
            "Đoạn cuối một.",
            "HOÀNG LAN",
            "Giá vé xe buýt tăng",
            "10:15 11/02/2026 | Giao thông",
            "Giá vé tăng từ tháng sau."
        ]
    );
    // Tags under a related headline, over the next page's title and date:
    // no header of that page is told from them, and the page stays in the
    // article before.
    let tagged = format!(
        "{one}Gửi tiết kiệm lời bao nhiêu mỗi tháng?\n\nTiết kiệm tiền\n\ngửi tiết kiệm\n\n\
         Cha đẻ bộ gõ tiếng Việt đầu quân cho ví điện tử\n\n20/01/2022 01:39 PM | Kinh doanh\n\n\
         Anh đã rời công ty sau 8 năm gắn bó.\n\nĐoạn hai.\n"
    );
    assert_eq!(titles(&read_both(&tagged)), ["Tiêu đề một"]);
}

/// A page's header of a title and a byline over a dateline written unlike
/// the dump's, under a paragraph or a title prefix ending in a colon
/// (`Trung Quốc:`), opens the page when the lead under the dateline opens
/// with a source marker (without one, the dateline under the byline opens
/// the next article by itself); under a credit it opens the page whatever
/// the lead, when it holds a headline.
#[test]
fn a_title_and_byline_over_a_date_open_a_page_under_a_marked_lead() {
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Đoạn mở đầu một.\n\n\
               Đoạn cuối một.\n\n";
    let two = |lead: &str| {
        format!(
            "Trung Quốc:\n\nRơi xuống vực vì đi tắt\n\nÁi Vy\n\n\
             Thứ sáu, 09/05/2025 - 11:02\n\n{lead}Thay vì chờ đợi, đôi nam nữ cố vượt hàng.\n\n\
             Đoạn cuối hai.\n"
        )
    };
    let dump = format!("{one}{}", two("(Dân trí) - "));
    let all = read_both(&dump);
    assert_eq!(titles(&all), ["Tiêu đề một", "Rơi xuống vực vì đi tắt"]);
    assert_eq!(
        all[0].body.last().map(|b| b.text.as_str()),
        Some("Trung Quốc:")
    );
    assert_eq!(all[1].credits[0].names, ["Ái Vy"]);
    assert_eq!(all[1].source.as_ref().map(|s| &*s.code), Some("Dân trí"));
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ sáu, 09/05/2025 - 11:02")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // No marker: the dateline under the byline opens the article itself.
    let unmarked = format!("{one}{}", two(""));
    assert_eq!(
        titles(&read_both(&unmarked)),
        ["Tiêu đề một", "Thay vì chờ đợi, đôi nam nữ cố vượt hàng."]
    );
    // Nor a byline: a headline under a paragraph over its date stays.
    let bare = format!(
        "{one}Rơi xuống vực vì đi tắt\n\nThứ sáu, 09/05/2025 - 11:02\n\n\
         Thay vì chờ đợi, đôi nam nữ cố vượt hàng.\n"
    );
    assert_eq!(titles(&read_both(&bare)), ["Tiêu đề một"]);
    // Under the credit ending the article before, the header (a headline
    // and a byline) opens the page, with a marker under it or not.
    let credited = format!("{one}HOÀNG LAN\n\n");
    let page = |lead: &str| {
        format!(
            "{credited}Giá vàng miếng lập đỉnh mới trong phiên sáng nay\n\nMinh Anh\n\nThứ sáu, 13/02/2026 - 08:00\n\n\
             {lead}Sáng nay, giá vàng miếng tăng mạnh.\n\nGiá vàng nhẫn cũng tăng theo.\n"
        )
    };
    let marked = page("(CT) - ");
    let all = read_both(&marked);
    assert_eq!(
        titles(&all),
        [
            "Tiêu đề một",
            "Giá vàng miếng lập đỉnh mới trong phiên sáng nay"
        ]
    );
    assert_eq!(all[0].credits[0].names, ["HOÀNG LAN"]);
    assert_eq!(all[1].credits[0].names, ["Minh Anh"]);
    let plain = page("");
    let all = read_both(&plain);
    assert_eq!(
        titles(&all),
        [
            "Tiêu đề một",
            "Giá vàng miếng lập đỉnh mới trong phiên sáng nay"
        ]
    );
    assert_eq!(all[1].credits[0].names, ["Minh Anh"]);
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ sáu, 13/02/2026 - 08:00")
    );
    // Credits and a caption's label over credits are the article's end:
    // the dateline under them opens the next article by itself.
    let ends = format!(
        "{one}Đồ họa: Thu Hà\n\nẢnh minh họa\n\nNgười viết: Minh An\n\nTheo Thể thao & Văn hóa\n\n\
         Thứ Năm, 11/01/2024 10:30 (GMT+7)\n\nVăn hóa\n\nLàng nghề vào mùa cao điểm trước Tết\n\n\
         Chiều 23 tháng Chạp, làng nghề đón hơn 3.000 lượt khách.\n"
    );
    let all = read_both(&ends);
    assert_eq!(
        titles(&all),
        ["Tiêu đề một", "Làng nghề vào mùa cao điểm trước Tết"]
    );
    assert_eq!(
        all[0]
            .credits
            .iter()
            .map(|c| c.names.clone())
            .collect::<Vec<_>>(),
        [["Minh An"], ["Thể thao & Văn hóa"]]
    );
}

/// A section alone over a dateline written unlike the dump's, then the
/// title and a lead with a source marker: the page opens at the section,
/// after a page of one paragraph too; with no marker two lines under the
/// dateline, the lines stay the article's (a teaser's date and headline).
#[test]
fn a_section_over_its_date_opens_a_page_under_its_title_and_marked_lead() {
    let one = "Xã hội\nĐiện Biên: Hàng trăm học sinh được hỗ trợ áo ấm\n12/02/2026 09:41 GMT+7\n\
               VTV.vn - Ngày 12/2, Tỉnh đoàn Điện Biên trao 500 áo ấm cho học sinh.\n\
               Minh Anh/VTV Digital\n\n";
    let two =
        "Thời sự\nThứ Năm, 12/02/2026 - 09:41\nGiá xăng dầu đồng loạt giảm từ 15h chiều nay\n\
               (VTC News) - Từ 15h ngày 12/2, giá xăng RON 95 giảm 300 đồng/lít.\n\
               Liên Bộ vừa công bố kỳ điều hành giá mới.\nLÊ HÀ\n";
    let dump = format!("{one}{two}");
    let all = read_both(&dump);
    assert_eq!(
        titles(&all),
        [
            "Điện Biên: Hàng trăm học sinh được hỗ trợ áo ấm",
            "Giá xăng dầu đồng loạt giảm từ 15h chiều nay"
        ]
    );
    assert_eq!(
        all[0]
            .credits
            .iter()
            .map(|c| c.names.clone())
            .collect::<Vec<_>>(),
        [["Minh Anh"], ["VTV Digital"]]
    );
    assert_eq!(all[1].section, ["Thời sự"]);
    assert_eq!(all[1].source.as_ref().map(|s| &*s.code), Some("VTC News"));
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // A page alone, its breadcrumb first and its long title counted as a
    // paragraph: the header over its dateline is all of it, no new page.
    let alone = "Video > Đời sống\n\nNgày đầu đi xe buýt miễn phí: một chi tiết mới khiến \
                 hành khách thấy đi xe buýt tiện hơn hẳn so với trước kia rất nhiều\n\n\
                 Phước Huỳnh | phuoc@example.com\n\n01/07/2026 16:36 GMT+7\n\n\
                 Từ ngày 1.7.2026, TP.HCM triển khai miễn phí vé xe buýt.\n";
    let all = read_both(alone);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].section, ["Video", "Đời sống"]);
    let teaser = format!(
        "{one}Đọc thêm\n10:15 11/02/2026\nGiá vé xe buýt tăng\nGiá vé tăng từ tháng sau.\n"
    );
    let all = read_both(&teaser);
    assert_eq!(
        titles(&all),
        ["Điện Biên: Hàng trăm học sinh được hỗ trợ áo ấm"]
    );
}

/// Pages printed without blank lines inside, joined by blank lines: the
/// header over a dateline written unlike the dump's (`Cập nhật: ...`),
/// after a page that ended with a paragraph, opens its page at the blank
/// line, under a lead with a source marker or without one.
#[test]
fn compact_pages_after_a_paragraph_split_at_a_marked_lead() {
    let one = "12/02/2026 09:41\nSức khỏe\n5 thói quen buổi sáng giúp sống lâu\n\
               Thói quen buổi sáng ảnh hưởng lớn tới sức khỏe.\n\
               Uống một cốc nước ấm sau khi thức dậy giúp cơ thể thải độc.\n\n";
    let two = |lead: &str| {
        format!(
            "Pháp luật\nKhởi tố 5 bị can trong vụ án lừa đảo\nCập nhật: 12/02/2026 10:15\n\
             {lead}Cơ quan CSĐT Công an TP.HCM vừa khởi tố 5 bị can.\n\
             Các bị can bị cáo buộc lừa đảo hơn 10 tỉ đồng.\n"
        )
    };
    let dump = format!("{one}{}", two("(PLO) - "));
    let all = read_both(&dump);
    assert_eq!(
        titles(&all),
        [
            "5 thói quen buổi sáng giúp sống lâu",
            "Khởi tố 5 bị can trong vụ án lừa đảo"
        ]
    );
    assert_eq!(all[1].section, ["Pháp luật"]);
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Cập nhật: 12/02/2026 10:15")
    );
    let plain = format!("{one}{}", two(""));
    let all = read_both(&plain);
    assert_eq!(
        titles(&all),
        [
            "5 thói quen buổi sáng giúp sống lâu",
            "Khởi tố 5 bị can trong vụ án lừa đảo"
        ]
    );
    assert_eq!(
        all[1].lead.as_deref(),
        Some("Cơ quan CSĐT Công an TP.HCM vừa khởi tố 5 bị can.")
    );
}

/// The titles of `all`, in order.
fn titles<'s>(all: &'s [vn_article::Article<'_>]) -> Vec<&'s str> {
    all.iter().map(|a| a.title.as_str()).collect()
}

/// A date stamp printed last in an article (`Cập nhật: 12/02/2026 10:15`
/// under the byline), a blank line, then the next article's dateline
/// written as the dump's are: the stamp stays in the article's footer (it
/// opened the next article, whose header it became); with no blank line
/// before a dateline written unlike the dump's, it still opens the next
/// article.
#[test]
fn a_date_stamp_last_in_an_article_stays_in_it() {
    let one = "12/02/2026 - 09:41\nThời sự\nMở rộng tuyến xe buýt điện\n\
               (CT) - Sáng 12/2, thành phố mở rộng tuyến xe buýt.\n\
               Tuyến mới dài 20 km.\nLê Minh\nCập nhật: 12/02/2026 10:15\n\n";
    let two = "13/02/2026 - 08:00\nKinh tế\nGiá vàng lập đỉnh mới\n\
               (CT) - Sáng 13/2, giá vàng miếng tăng mạnh.\nGiá vàng nhẫn cũng tăng.\n";
    let dump = format!("{one}{two}");
    let all = read_both(&dump);
    let both = ["Mở rộng tuyến xe buýt điện", "Giá vàng lập đỉnh mới"];
    assert_eq!(titles(&all), both);
    assert_eq!(all[0].footer, ["Cập nhật: 12/02/2026 10:15"]);
    assert_eq!(all[0].credits[0].names, ["Lê Minh"]);
    assert!(all[1].header.is_empty());
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("13/02/2026 - 08:00")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // The next article opened by its dateline, not by the stamp: a line
    // written as the stamp further in it is its own.
    let more = format!(
        "{}\n\nCập nhật: 13/02/2026 09:00\n\nGiá vàng nhẫn đứng yên.\n",
        dump.trim_end()
    );
    let all = read_both(&more);
    assert_eq!(titles(&all), both);
    assert_eq!(
        all[1].body.last().map(|b| b.text.as_str()),
        Some("Giá vàng nhẫn đứng yên.")
    );

    // Written unlike the dump's datelines, a dateline under a credit
    // still opens the next article.
    let three = "Thứ sáu, 13/02/2026 08:00\nGiá vàng lập đỉnh mới\n\
                 (CT) - Sáng 13/2, giá vàng miếng tăng mạnh.\nGiá vàng nhẫn cũng tăng.\n";
    let dump = format!("{}\n{three}", one.trim_end());
    let all = read_both(&dump);
    assert_eq!(titles(&all), both);
    assert!(all[0].footer.is_empty());
    assert_eq!(all[1].header, ["Cập nhật: 12/02/2026 10:15"]);
}

/// A credit closed by the mark of an article printed in parts (`Minh Anh
/// (Còn nữa)`) ends its article: the next page's dateline, written unlike
/// the dump's first and with the offset before the date, opens the next
/// (before, the credit opened it as its byline).
#[test]
fn a_credit_closed_by_an_end_mark_ends_its_article() {
    let one = "12/02/2026 - 09:41\n\nChứng khoán hồi phục\n\n\
               (CT) - Sáng 12/2, chỉ số tăng 1,2%.\n\nThanh khoản cải thiện rõ.\n\n\
               Minh Anh (tổng hợp/Reuters) (Còn nữa)\n\n";
    let two = "(GMT+7) Thứ Năm, 12/02/2026 09:41\n\nDu lịch\n\nCác điểm vui chơi kín chỗ\n\n\
               (CT) - Du khách đổ về các điểm vui chơi.\n\nBài: Lê Hà * Ảnh: Minh An\n";
    let dump = format!("{one}{two}");
    let all = read_both(&dump);
    assert_eq!(
        titles(&all),
        ["Chứng khoán hồi phục", "Các điểm vui chơi kín chỗ"]
    );
    assert_eq!(all[0].footer, ["(Còn nữa)"]);
    assert_eq!(all[0].credits[0].names, ["Minh Anh"]);
    let d = all[1].dateline.as_ref().unwrap();
    assert_eq!(d.text, "(GMT+7) Thứ Năm, 12/02/2026 09:41");
    assert!(!d.offset_assumed);
    assert!(all[1].header.is_empty());
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// A date under the byline with page furniture under it (a related box):
/// the stamp of the article it closes, in its footer with the box; the
/// next dateline opens the next article, its header its own (before, the
/// date opened an article that took the box and the next page's header).
/// So with blank lines between the lines, and without them, the stamp
/// there or not: the box's heading under the article's end makes its
/// headlines the article's footer, and the next dateline (no blank line,
/// no end right above it) opens the next article.
#[test]
fn a_date_and_a_related_box_under_the_byline_stay_in_its_article() {
    let one = [
        "03/04/2024 - 07:35",
        "Bình Thủy",
        "Kết nạp đảng viên mới đạt kế hoạch năm",
        "(CT) - Ngày 2-4-2024, Ban Thường vụ Quận ủy tổ chức hội nghị.",
        "Theo báo cáo, quận đã kết nạp 100 đảng viên mới.",
        "KIM XUÂN",
    ];
    let related = [
        "Tin liên quan",
        "Quận Cái Răng kết nạp đảng viên mới",
        "Quận Ninh Kiều tổ chức hội nghị",
    ];
    let two = [
        "04/04/2024 - 08:10",
        "Cái Răng",
        "Hội nghị sơ kết quý I năm 2024",
        "(CT) - Ngày 3-4-2024, Quận ủy Cái Răng tổ chức hội nghị sơ kết.",
        "Hội nghị đánh giá kết quả quý I.",
        "MINH HUY",
    ];
    for (blank, stamped) in [(true, true), (false, true), (false, false)] {
        let stamp: &[&str] = if stamped { &["03/04/2024"] } else { &[] };
        let lines = [&one[..], stamp, &related[..], &two[..]].concat();
        let dump = lines.join(if blank { "\n\n" } else { "\n" }) + "\n";
        let all = read_both(&dump);
        let case = format!("blank lines: {blank}, stamped: {stamped}");
        assert_eq!(titles(&all), [one[2], two[2]], "{case}");
        let footer = [stamp, &related[..]].concat();
        assert_eq!(all[0].footer, footer, "{case}");
        assert_eq!(all[0].credits.len(), 1, "{case}");
        assert_eq!(all[0].credits[0].names, ["KIM XUÂN"], "{case}");
        assert!(all[1].header.is_empty(), "{case}");
        assert_eq!(all[1].section, ["Cái Răng"], "{case}");
        assert_eq!(all[1].credits.len(), 1, "{case}");
        assert_eq!(all[1].credits[0].names, ["MINH HUY"], "{case}");
        let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
        assert_eq!(rebuilt, dump, "{case}");
    }
}

/// A page's header printed as one block over a blank line (`Thời tiết` /
/// title / date, the lead after the blank line), right under the byline
/// that ended the article before: the header's split stands, though no
/// line of the date's block follows it (a teaser's headline over its date
/// alone is no page: see `teasers_under_an_article_stay_in_it`).
#[test]
fn a_header_block_over_a_blank_line_opens_its_page() {
    let dump = "(GMT+7) Thứ Năm, 12/02/2026 09:41\n\nDu lịch\n\nCác điểm vui chơi kín chỗ\n\n\
                (CT) - Theo kế hoạch, dịp nghỉ lễ kéo dài 5 ngày.\n\n\
                Các khu du lịch dự kiến đón khách đông.\n\nBài: Lê Hà * Ảnh: Minh An\n\n\
                Thời tiết\nMưa lớn kéo dài ở Nam Bộ\nThứ Tư, 03/04/2024 07:35\n\n\
                (CT) - Trong 24 giờ qua, nhiều nơi có mưa to.\n\nNước sông dâng cao.\n\nKIM XUÂN\n";
    let all = read_both(dump);
    assert_eq!(
        titles(&all),
        ["Các điểm vui chơi kín chỗ", "Mưa lớn kéo dài ở Nam Bộ"]
    );
    assert_eq!(all[0].credits.len(), 2);
    assert_eq!(all[1].section, ["Thời tiết"]);
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ Tư, 03/04/2024 07:35")
    );
    assert_eq!(all[1].credits[0].names, ["KIM XUÂN"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// Pages whose header stands over the date, in a dump without blank
/// lines, a related box under each byline: the next page's header is as
/// many lines over its date as the first page's (`Kinh tế` and its title),
/// the lines above them the box's headlines, in the article before's
/// footer.
#[test]
fn a_related_box_over_the_next_pages_header_without_blank_lines() {
    let dump = "Xã hội\nMở rộng tuyến xe buýt điện ra ngoại thành\nThứ năm, 04/04/2024 - 07:35\n\
                (NLĐO) - Sáng 3-4, Sở Giao thông công bố kế hoạch mở rộng tuyến xe buýt điện.\n\
                Theo kế hoạch, thành phố sẽ mở thêm 5 tuyến mới trong năm nay.\nHoàng Lan\n\
                Tin liên quan\nXe buýt điện chạy thử ở Thủ Đức\nGiá vé xe buýt giữ nguyên\n\
                Kinh tế\nGiá xăng giảm mạnh từ chiều nay\nThứ năm, 04/04/2024 - 15:00\n\
                (NLĐO) - Liên Bộ Công Thương - Tài chính điều chỉnh giá xăng dầu chiều nay.\n\
                Giá xăng RON95 giảm 500 đồng mỗi lít.\nMinh Anh\n";
    let all = read_both(dump);
    assert_eq!(
        titles(&all),
        [
            "Mở rộng tuyến xe buýt điện ra ngoại thành",
            "Giá xăng giảm mạnh từ chiều nay"
        ]
    );
    assert_eq!(
        all[0].footer,
        [
            "Tin liên quan",
            "Xe buýt điện chạy thử ở Thủ Đức",
            "Giá vé xe buýt giữ nguyên"
        ]
    );
    assert_eq!(all[0].credits[0].names, ["Hoàng Lan"]);
    assert_eq!(all[1].section, ["Kinh tế"]);
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ năm, 04/04/2024 - 15:00")
    );
    assert_eq!(all[1].credits.len(), 1);
    assert_eq!(all[1].credits[0].names, ["Minh Anh"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// A dump of blocks: pages printed without blank lines inside, joined by
/// blank lines. A dateline among the first lines of a block opens a page
/// there with the lines above it in the block (a section, the title, a
/// byline, a lead printed over its date), whatever ended the page before
/// and however the date is written; the page is each block's own.
#[test]
fn a_dump_of_blocks_opens_a_page_at_each_dated_block() {
    let pages = [
        "Thời sự\nThủ tướng chủ trì phiên họp Chính phủ\nThứ Bảy, 29/11/2025 - 10:15\n\
         Sáng 29/11, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.\n\
         Các bộ cần tập trung giải ngân vốn đầu tư công.",
        "Sức khỏe\n5 loại rau giúp hạ huyết áp\n\
         SKĐS - Các chuyên gia khuyến cáo nên ăn nhiều rau xanh.\n30/11/2025 07:00\n\
         Rau cần tây chứa nhiều kali.\nBS. Lê Thị Hoa",
        "Kinh doanh\nXuất khẩu thủy sản cán đích 10 tỷ USD\nThứ Ba, 02/12/2025 08:15 (GMT+7)\nPV\n\
         Xuất khẩu thủy sản đạt 10,2 tỷ USD.\nDự báo cả năm đạt 11 tỷ USD.",
        "08:15 02/12/2025\nCông an triệt phá đường dây ma túy\n\
         ANTĐ - Ngày 1/12, Công an TP Hà Nội triệt phá đường dây ma túy.\nThu giữ 20 bánh heroin.",
        "Đời sống\nNgười dân đổ xô đi mua sắm cuối năm\nThu Hà\n| 28/11/2025 | 19:30\n\
         Nhiều trung tâm thương mại đông khách chiều 28/11.\nCác cửa hàng giảm giá đến 70%.",
    ];
    let dump = pages.join("\n\n") + "\n";
    let all = read_both(&dump);
    assert_eq!(
        titles(&all),
        [
            "Thủ tướng chủ trì phiên họp Chính phủ",
            "5 loại rau giúp hạ huyết áp",
            "Xuất khẩu thủy sản cán đích 10 tỷ USD",
            "Công an triệt phá đường dây ma túy",
            "Người dân đổ xô đi mua sắm cuối năm"
        ]
    );
    assert_eq!(
        all[4].dateline.as_ref().map(|d| d.text.as_str()),
        Some("28/11/2025 | 19:30")
    );
    for (a, page) in all.iter().zip(pages) {
        let one = vn_article::parse(page).unwrap();
        assert_eq!(
            a.dateline.as_ref().map(|d| &d.text),
            one.dateline.as_ref().map(|d| &d.text)
        );
        assert_eq!(a.source, one.source);
        assert_eq!(a.lead, one.lead);
        let credited = |a: &vn_article::Article<'_>| {
            a.credits
                .iter()
                .map(|c| {
                    (
                        c.roles.clone(),
                        c.names.iter().map(|n| n.to_string()).collect(),
                    )
                })
                .collect::<Vec<(Vec<vn_article::Role>, Vec<String>)>>()
        };
        assert_eq!(credited(a), credited(&one));
        assert_eq!(a.title, one.title);
        assert_eq!(a.section, one.section);
    }
    assert_eq!(all[1].source.as_ref().map(|s| &*s.code), Some("SKĐS"));
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
    // A date stamp alone after a blank line is no page; a box's heading
    // over a teaser's date and headline is the page's.
    let stamp = format!(
        "{}\n\nCập nhật: 02/12/2025 09:00\n\nThu giữ thêm 5 bánh heroin.\n",
        pages[0]
    );
    let all = read_both(&stamp);
    assert_eq!(titles(&all), ["Thủ tướng chủ trì phiên họp Chính phủ"]);
    let teaser = format!(
        "{}\n\nĐọc thêm\n10:15 11/02/2026\nGiá vé xe buýt tăng\nGiá vé tăng từ tháng sau.\n",
        pages[0]
    );
    assert_eq!(
        titles(&read_both(&teaser)),
        ["Thủ tướng chủ trì phiên họp Chính phủ"]
    );
    // A dump whose first page has blank lines inside is no dump of
    // blocks: a block of lines inside a page (a box of teasers with their
    // dates) stays the page's.
    let spaced = "29/11/2025 - 10:15\n\nThủ tướng chủ trì phiên họp\n\n\
                  Sáng 29/11, Thủ tướng chủ trì phiên họp.\n\n\
                  Tin liên quan\nGiá vé xe buýt tăng\nGiá vé tăng.\n\n\
                  Thời sự\nGiá vàng tăng mạnh\n10:15 11/02/2026\nGiá vàng tăng.\n";
    assert_eq!(titles(&read_both(spaced)), ["Thủ tướng chủ trì phiên họp"]);
}

/// A dump whose first page holds blank lines, then pages printed without
/// them: each of those opens at its block's first line, and the last lines
/// of a page (a caption, its credit) stay that page's.
#[test]
fn pages_without_blank_lines_after_a_page_with_them() {
    let dump = "29/11/2025 - 10:15\n\nThủ tướng chủ trì phiên họp\n\n\
                Sáng 29/11, Thủ tướng chủ trì phiên họp.\n\n\
                Phiên họp bàn về tình hình kinh tế.\n\n\
                Tin, ảnh: LÊ HÀ\n\n\
                Thứ Ba, 02/12/2025 - 09:40\nXã hội\nGiá vàng tăng mạnh\n\
                Sáng 2/12, giá vàng tăng mạnh.\n\
                Người dân mua vàng. Ảnh: MINH HUY\n\
                Tin, ảnh: MINH HUY\n\n\
                Kinh tế\nGiá xăng giảm nhẹ\nThứ Tư, 03/12/2025 - 15:00\n\
                Chiều 3/12, giá xăng giảm nhẹ.\n\
                Quý độc giả có thể xem thêm các bài viết khác tại chuyên mục Kinh tế.\n\n\
                Thể thao\nViệt Nam thắng đậm\n04/12/2025 21:00\nLắng nghe\nĐọc bài\n\
                Tối 4/12, Việt Nam thắng đậm.\n\
                Cổ động viên ăn mừng. Ảnh: MINH KHÔI\n\
                Tin, ảnh: MINH KHÔI\n\n\
                05/12/2025 08:00\nThời tiết\nHà Nội rét đậm\n\
                Sáng 5/12, Hà Nội rét đậm.\n\
                Thu Hà\n";
    let all = read_both(dump);
    let got: Vec<(String, Option<String>, Vec<String>)> = all
        .iter()
        .map(|a| {
            (
                a.title.to_string(),
                a.dateline.as_ref().map(|d| d.text.to_string()),
                a.credits.iter().map(|c| c.text.to_string()).collect(),
            )
        })
        .collect();
    let want = |t: &str, d: &str, c: &[&str]| {
        (
            t.to_string(),
            Some(d.to_string()),
            c.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        got,
        [
            want(
                "Thủ tướng chủ trì phiên họp",
                "29/11/2025 - 10:15",
                &["Tin, ảnh: LÊ HÀ"]
            ),
            want(
                "Giá vàng tăng mạnh",
                "Thứ Ba, 02/12/2025 - 09:40",
                &["Tin, ảnh: MINH HUY"]
            ),
            want("Giá xăng giảm nhẹ", "Thứ Tư, 03/12/2025 - 15:00", &[]),
            want(
                "Việt Nam thắng đậm",
                "04/12/2025 21:00",
                &["Tin, ảnh: MINH KHÔI"]
            ),
            want("Hà Nội rét đậm", "05/12/2025 08:00", &["Thu Hà"]),
        ]
    );
    assert_eq!(all[3].header, ["Lắng nghe", "Đọc bài"]);
    let body: Vec<_> = all[1]
        .body
        .iter()
        .map(|b| {
            let credits: Vec<&str> = b.credits.iter().map(|c| c.text.as_str()).collect();
            (b.kind, b.text.as_str(), credits)
        })
        .collect();
    assert_eq!(
        body,
        [(
            vn_article::BlockKind::Caption,
            "Người dân mua vàng.",
            vec!["Ảnh: MINH HUY"]
        )]
    );
    assert_eq!(all[2].section, ["Kinh tế"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// A page printed without blank lines whose header over its date runs
/// long (a site's menu a label a line, the section, the title, a byline)
/// opens at its block in a dump whose first page holds blank lines.
#[test]
fn a_long_header_opens_its_page_at_its_block() {
    let dump = "29/11/2025 - 10:15\n\nThủ tướng chủ trì phiên họp\n\n\
                Sáng 29/11, Thủ tướng chủ trì phiên họp.\n\n\
                Phiên họp bàn về tình hình kinh tế.\n\n\
                Chia sẻ bài viết\n\n\
                Trang chủ\nThời sự\nKinh tế\nXã hội\nPháp luật\nThế giới\nXã hội\n\
                Hỗ trợ khẩn cấp hộ dân vùng lũ\nNgọc Anh/VOV.VN\n\
                Xuất bản: 01/12/2025 07:10\n\
                Sáng 1/12, tỉnh hỗ trợ 2.000 hộ dân vùng lũ.\n\
                Các hộ nhận 5 triệu đồng mỗi hộ.\n";
    let all = read_both(dump);
    let titles: Vec<&str> = all.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Thủ tướng chủ trì phiên họp",
            "Hỗ trợ khẩn cấp hộ dân vùng lũ"
        ]
    );
    assert_eq!(all[1].section, ["Xã hội"]);
    let credits: Vec<(&str, Vec<vn_article::Role>)> = all[1]
        .credits
        .iter()
        .map(|c| (c.text.as_str(), c.roles.clone()))
        .collect();
    assert_eq!(
        credits,
        [
            ("Ngọc Anh", vec![vn_article::Role::Author]),
            ("VOV.VN", vec![vn_article::Role::Source])
        ]
    );
    assert_eq!(all[0].footer, ["Chia sẻ bài viết"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dump);
}

/// Pages whose date shares its line with the section (`Thời sự | 03/04/2024
/// 10:15`, `Tin tức - Sự kiện | ...`) under their title open there, as a
/// date alone does; after a page that closed with a related box, a header
/// block over such a date (after a blank line) opens the next page however
/// its date is written.
#[test]
fn pages_dated_beside_their_section() {
    let page = |title: &str, dated: &str, name: &str| {
        format!(
            "{title}\n{dated}\n\nSáng 3/4, đoàn công tác đến thăm và làm việc tại tỉnh.\n\n\
             Đoạn hai của bài viết.\n\n{name}\n"
        )
    };
    for dated in [
        "Thời sự | 03/04/2024 10:15",
        "Thời sự - 03/04/2024 10:15",
        "Tin tức - Sự kiện | 03/04/2024 10:15",
    ] {
        let dump = format!(
            "{}\n\n{}",
            page("Tiêu đề bài viết thứ nhất", dated, "MINH HÀ"),
            page("Tiêu đề bài viết thứ hai", dated, "LAN ANH")
        );
        let all = read_both(&dump);
        let titles: Vec<_> = all.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Tiêu đề bài viết thứ nhất", "Tiêu đề bài viết thứ hai"],
            "{dated}"
        );
    }
    // A place before the date is no section's header: the line stays the
    // article's.
    let dump = format!(
        "{}\n\n{}",
        page("Tiêu đề bài viết thứ nhất", "03/04/2024 10:15", "MINH HÀ"),
        page(
            "Tiêu đề bài viết thứ hai",
            "Hà Nội - 03/04/2024 10:15",
            "LAN ANH"
        )
    );
    assert_eq!(read_both(&dump).len(), 1);
    // Under a related box after the byline, a section, a title and a date
    // written unlike the first page's.
    let first = "03/04/2024 - 07:35\n\nTiêu đề bài viết thứ nhất\n\n\
                 (CT) - Sáng 3/4, đoàn công tác đến thăm và làm việc tại tỉnh.\n\n\
                 Đoạn hai của bài viết.\n\nKIM XUÂN\nTin liên quan\n\
                 Triều cường dâng cao ở Cần Thơ\n";
    let dump = format!(
        "{first}\n\nVăn hóa\n{}",
        page(
            "Tiêu đề bài viết thứ hai",
            "Tin tức - Sự kiện | 03/04/2024 10:15",
            "LAN ANH"
        )
    );
    let all = read_both(&dump);
    let titles: Vec<_> = all.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Tiêu đề bài viết thứ nhất", "Tiêu đề bài viết thứ hai"]
    );
    let footer: Vec<_> = all[0].footer.iter().map(|t| t.as_str()).collect();
    assert_eq!(footer, ["Tin liên quan", "Triều cường dâng cao ở Cần Thơ"]);
    let section: Vec<_> = all[1].section.iter().map(|t| t.as_str()).collect();
    assert_eq!(section, ["Văn hóa"]);
}

/// A page whose breadcrumb is printed a label a line, with a separator
/// alone between each label and between the byline and the date
/// (`Trang chủ` / `/` / `Kinh doanh` / ... / `Minh Anh` / `•` / date),
/// after a page of the same dump: the page opens at its home label, its
/// labels its sections, its title and byline its own (before: the page
/// ran on in the page above, or opened at the bullet, its title and
/// breadcrumb left to the page above).
#[test]
fn a_breadcrumb_a_label_a_line_over_a_byline_and_a_bullet() {
    let first = "Giá vàng hôm nay tăng mạnh\n05/12/2025 08:45\nMinh Anh\n\
                 Sáng 5/12, giá vàng miếng trong nước tăng mạnh theo đà thế giới.\n\
                 Theo ghi nhận, các doanh nghiệp đồng loạt điều chỉnh giá.\n";
    let second = "Trang chủ\n/\nKinh doanh\n/\nTài chính\nGiá bạc hôm nay giảm nhẹ\n\
                  Lê Hà\n•\n05/12/2025 09:10\n\
                  Sáng 5/12, giá bạc trong nước giảm nhẹ theo đà thế giới.\n\
                  Theo ghi nhận, các cửa hàng đồng loạt điều chỉnh giá.\n";
    let dump = format!("{first}\n{second}");
    let all = read_both(&dump);
    let titles: Vec<_> = all.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Giá vàng hôm nay tăng mạnh", "Giá bạc hôm nay giảm nhẹ"]
    );
    let section: Vec<_> = all[1].section.iter().map(|t| t.as_str()).collect();
    assert_eq!(section, ["Trang chủ", "Kinh doanh", "Tài chính"]);
    let names = |a: &vn_article::Article<'_>| -> Vec<String> {
        a.credits
            .iter()
            .flat_map(|c| c.names.iter().map(|n| n.to_string()))
            .collect()
    };
    assert_eq!(names(&all[0]), ["Minh Anh"]);
    assert_eq!(names(&all[1]), ["Lê Hà"]);
    assert!(all[0].footer.is_empty());
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("05/12/2025 09:10")
    );
}

/// Pages whose dateline and lead are glued on one line, after a blank
/// line in a dump: each page opens at its section over its title, the
/// dateline and the lead read apart (before: the second page ran on in the
/// first, the splitter finding no dateline on a line of its own).
#[test]
fn pages_whose_dateline_is_glued_before_the_lead() {
    let page = |title: &str, time: &str| {
        format!(
            "Thời sự\n\n{title}\n\n05/12/2025 {time} (VTC News) - Sáng 5/12, giá vàng \
             miếng trong nước tăng mạnh theo đà thế giới.\n\n\
             Theo ghi nhận, các doanh nghiệp đồng loạt điều chỉnh giá.\n\nMINH ANH\n"
        )
    };
    let dump = format!(
        "{}\n{}",
        page("Giá vàng hôm nay tăng mạnh", "08:45"),
        page("Giá bạc hôm nay giảm nhẹ", "09:10")
    );
    let all = read_both(&dump);
    let titles: Vec<_> = all.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Giá vàng hôm nay tăng mạnh", "Giá bạc hôm nay giảm nhẹ"]
    );
    let datelines: Vec<_> = all
        .iter()
        .map(|a| a.dateline.as_ref().map(|d| d.text.as_str()))
        .collect();
    assert_eq!(
        datelines,
        [Some("05/12/2025 08:45"), Some("05/12/2025 09:10")]
    );
    for a in &all {
        assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("VTC News"));
        assert_eq!(
            a.lead.as_deref(),
            Some("Sáng 5/12, giá vàng miếng trong nước tăng mạnh theo đà thế giới.")
        );
    }
}

/// A page ending with a box of other articles' headlines, each over its
/// date written as the page's dateline is: no article of its own (it holds
/// no paragraph), the page's lines; through `parse_many`, `read_many` (a
/// few bytes at a time too) and `split_many`. A page with paragraphs after
/// the box still opens there (at its header over its date), and a rule
/// keeps even a page without a paragraph apart.
#[test]
fn a_box_of_dated_headlines_under_a_page_is_the_page_s() {
    let page = "Xã hội\nMở rộng tuyến xe buýt điện\n12/02/2026 09:41\n\
                (NLĐO) - Sáng 12-2, Sở Giao thông vận tải cho biết sẽ mở rộng tuyến.\n\
                Theo kế hoạch, tuyến mới sẽ chạy từ tháng 3.\nHOÀNG LAN\n";
    let boxed = "Tin cùng chuyên mục\nGiá vé xe buýt tăng từ tháng sau\n11/02/2026 08:00\n\
                 Thông xe cầu vượt nút giao phía tây\n10/02/2026 16:30\n\
                 Khởi công nhà ga ngầm thứ hai\n09/02/2026 07:15\nBình luận (0)\n";
    let text = format!("{page}{boxed}");
    let all = read_both(&text);
    assert_eq!(titles(&all), ["Mở rộng tuyến xe buýt điện"]);
    assert_eq!(all[0].credits[0].names, ["HOÀNG LAN"]);
    assert_eq!(all[0].rebuild(), text);
    let trickled: Vec<_> = vn_article::read_many(trickle(text.as_bytes(), 16, None))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(trickled, all);
    let pieces: Vec<_> = vn_article::split_many(&text).map(|p| p.text()).collect();
    assert_eq!(pieces, [text.as_str()]);
    // The box's headlines alone, a blank line between them: the same.
    let spaced = text.replace('\n', "\n\n");
    let all = read_both(&spaced);
    assert_eq!(titles(&all), ["Mở rộng tuyến xe buýt điện"]);
    assert_eq!(all[0].rebuild(), spaced);
    // A page after the box, its section, title and byline over its date:
    // it opens at its section, the box stays the page's before it (the
    // box's dates were taken for a header of two lines, a date and a
    // headline, when the dump's first page printed two over its date).
    let next = "Giao thông\nThông xe tuyến buýt nhanh thứ hai\nLê Minh\n13/02/2026 10:05\n\
                (NLĐO) - Sáng 13-2, tuyến buýt nhanh thứ hai chính thức vận hành.\n\
                Tuyến dài 20 km, có 15 nhà chờ.\nLÊ MINH\n";
    let two = format!("{text}\n{next}");
    let all = read_both(&two);
    assert_eq!(
        titles(&all),
        [
            "Mở rộng tuyến xe buýt điện",
            "Thông xe tuyến buýt nhanh thứ hai"
        ]
    );
    // The box whole, each line verbatim, in the first page's footer.
    let box_lines: Vec<&str> = boxed.lines().collect();
    let footer: Vec<_> = all[0].footer.iter().map(|t| t.as_str()).collect();
    assert_eq!(footer, box_lines);
    let section: Vec<_> = all[1].section.iter().map(|t| t.as_str()).collect();
    assert_eq!(section, ["Giao thông"]);
    assert_eq!(
        all[1].dateline.as_ref().map(|d| d.text.as_str()),
        Some("13/02/2026 10:05")
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, two);
    // The box's dates written as the dump's first dateline, which opens
    // it: the box stays the page's, the next page opens at its header.
    let dated_first = format!(
        "12/02/2026 09:41\nMở rộng tuyến xe buýt điện\n\
         (NLĐO) - Sáng 12-2, Sở Giao thông vận tải cho biết sẽ mở rộng tuyến.\n\
         Theo kế hoạch, tuyến mới sẽ chạy từ tháng 3.\nHOÀNG LAN\n{boxed}\n{next}"
    );
    let all = read_both(&dated_first);
    assert_eq!(
        titles(&all),
        [
            "Mở rộng tuyến xe buýt điện",
            "Thông xe tuyến buýt nhanh thứ hai"
        ]
    );
    let footer: Vec<_> = all[0].footer.iter().map(|t| t.as_str()).collect();
    assert_eq!(footer, box_lines);
    let section: Vec<_> = all[1].section.iter().map(|t| t.as_str()).collect();
    assert_eq!(section, ["Giao thông"]);
    // The same with the box's dates written unlike the pages' (a dash
    // between date and time, the pages' under a weekday).
    let dashed = "Nông nghiệp\nMở rộng vùng trồng cà phê đạt chuẩn\nThứ Năm, 10/12/2026 - 08:20\n\
                  (Baodaklak.vn)_ Sáng 9-12, thành phố có thêm 1.200 ha cà phê đạt chuẩn.\n\
                  Giá cà phê nhân xô tăng 15% so với cùng kỳ.\nHỒNG CHUYÊN\nTin cùng chuyên mục\n\
                  Đón 1,2 triệu lượt khách trong 9 tháng\n08/12/2026 - 15:40\n\
                  Giá hồ tiêu tăng mạnh sau ba năm\n07/12/2026 - 09:10\n\
                  Khai mạc lễ hội cà phê lần thứ chín\n05/12/2026 - 19:30\nBình luận (0)\n\n\
                  Chính trị\nBài học từ hội nghị năm 1941\nNguyễn Văn An\n\
                  Thứ Hai, 14/12/2026 - 09:15\n\
                  (QĐND) - Hội nghị tháng 5/1941 đã đặt nhiệm vụ giải phóng dân tộc lên hàng đầu.\n\
                  Hội thảo nhìn lại 85 năm thực hiện đường lối.\nNGUYỄN VĂN AN\n";
    let all = read_both(dashed);
    assert_eq!(
        titles(&all),
        [
            "Mở rộng vùng trồng cà phê đạt chuẩn",
            "Bài học từ hội nghị năm 1941"
        ]
    );
    let footer: Vec<_> = all[0].footer.iter().map(|t| t.as_str()).collect();
    assert_eq!(
        footer,
        [
            "Tin cùng chuyên mục",
            "Đón 1,2 triệu lượt khách trong 9 tháng",
            "08/12/2026 - 15:40",
            "Giá hồ tiêu tăng mạnh sau ba năm",
            "07/12/2026 - 09:10",
            "Khai mạc lễ hội cà phê lần thứ chín",
            "05/12/2026 - 19:30",
            "Bình luận (0)"
        ]
    );
    let section: Vec<_> = all[1].section.iter().map(|t| t.as_str()).collect();
    assert_eq!(section, ["Chính trị"]);
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, dashed);
    // A rule between them: the article without a paragraph is one.
    let ruled = format!("{page}=====\nGiá vé xe buýt tăng từ tháng sau\n11/02/2026 08:00\n");
    let all = read_both(&ruled);
    assert_eq!(
        titles(&all),
        [
            "Mở rộng tuyến xe buýt điện",
            "Giá vé xe buýt tăng từ tháng sau"
        ]
    );
    let rebuilt: String = all.iter().map(|a| a.rebuild()).collect();
    assert_eq!(rebuilt, ruled);
}

/// An article past the size limit after a small one, read a few
/// kilobytes at a time: the small one first (read before its turn, its
/// bytes let go with the large one's), then the large one's error, as
/// `parse_many` gives them.
#[test]
fn an_article_past_the_limit_after_one_held() {
    let one = "03/04/2024 - 07:35\n\nTiêu đề một\n\n(CT) - Nội dung một.\n\n";
    let long_line = "Nội dung rất dài của bài thứ hai ".repeat(64);
    let lines = vn_article::MAX_INPUT_LEN / long_line.len() + 2;
    let two = format!(
        "04/04/2024 - 08:00\n\nTiêu đề hai\n\n{}",
        format!("{long_line}.\n").repeat(lines)
    );
    let dump = format!("{one}{two}");
    let kinds = |items: &[Result<vn_article::Article<'_>, vn_article::Error>]| {
        items
            .iter()
            .map(|r| match r {
                Ok(a) => a.title.to_string(),
                Err(e) => format!("{:?}", e.kind()),
            })
            .collect::<Vec<_>>()
    };
    let many: Vec<_> = vn_article::parse_many(&dump).collect();
    assert_eq!(kinds(&many), ["Tiêu đề một", "TooLarge"]);
    let read: Vec<_> = vn_article::read_many(trickle(dump.as_bytes(), 1 << 16, None)).collect();
    assert_eq!(kinds(&read), kinds(&many));
    assert_eq!(read[0].as_ref().ok(), many[0].as_ref().ok());
}
