//! Unicode and layout variants, one seed document each (see `seeds/`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

use vn_article::{BlockKind, Role};

/// The article's dateline as RFC 3339.
fn rfc3339(a: &vn_article::Article<'_>) -> String {
    a.dateline
        .as_ref()
        .unwrap()
        .datetime()
        .unwrap()
        .to_rfc3339()
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(util::seeds_dir().join(name)).unwrap()
}

#[test]
fn mixed_nfc_and_nfd_lines_give_the_nfc_article() {
    let nfc = seed("000_ad18fd4188fc23a2.txt");
    let mixed = seed("060_mixed_nfc_nfd.txt");
    assert_ne!(nfc, mixed);
    assert_eq!(
        vn_article::parse(&mixed).unwrap(),
        vn_article::parse(&nfc).unwrap()
    );
}

#[test]
fn crlf_bom_nbsp_and_several_blank_lines() {
    let text = seed("030_crlf_bom_nbsp.txt");
    assert!(text.starts_with('\u{feff}') && text.contains("\r\n\r\n\r\n"));
    let a = util::article(&text);
    assert_eq!(rfc3339(&a), "2018-12-06T09:14:39+07:00");
    assert_eq!(a.title, "Cán bộ trẻ đồng hành cùng nông dân");
    assert_eq!(
        a.lead.as_ref().unwrap(),
        "Sáng nay (6/12), hơn 200 đoàn viên đã về xã để giúp bà con thu hoạch lúa."
    );
    assert_eq!(a.credits[0].names, ["T.L"]);
    assert_eq!(a.credits[1].roles, [Role::Source]);
    assert_eq!(a.credits[1].names, ["Dân trí"]);
    assert_eq!(a.rebuild(), text);
}

#[test]
fn tabs_zero_width_and_lone_cr() {
    let text = seed("070_tabs_zero_width_cr.txt");
    assert!(text.contains('\t') && text.contains('\u{200b}') && !text.contains('\n'));
    let a = util::article(&text);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "03/04/2024  -  07:35");
    assert_eq!(
        d.datetime().unwrap().to_rfc3339(),
        "2024-04-03T07:35:00+07:00"
    );
    assert_eq!(a.section, ["Đô thị"]);
    // The title's runs of spaces and tabs are one space each.
    assert_eq!(a.title, "Thành phố mở thêm ba tuyến buýt điện");
    assert_eq!(
        text.get(a.title.span.start..a.title.span.end).unwrap(),
        "Thành phố  mở  thêm   ba tuyến buýt điện"
    );
    assert_eq!(a.source.as_ref().unwrap().code, "CT");
    assert!(a
        .lead
        .as_ref()
        .unwrap()
        .starts_with("Từ ngày\u{a0}1-5, thành phố"));
    assert_eq!(
        a.body[0].text,
        "Giá vé\tmỗi lượt là 7.000 đồng, giảm 50% cho học sinh."
    );
    assert_eq!(
        (
            a.credits[0].roles.as_slice(),
            a.credits[0].names[0].as_ref()
        ),
        ([Role::News].as_slice(), "HOÀNG YẾN")
    );
    assert_eq!(
        a.diagnostics.iter().map(|d| d.line).collect::<Vec<_>>(),
        [1]
    );
    assert_eq!(a.rebuild(), text);
}

#[test]
fn dash_bracket_and_quote_variants() {
    let text = seed("080_dashes_brackets_quotes.txt");
    let a = util::article(&text);
    assert_eq!(rfc3339(&a), "2024-11-14T16:05:00+07:00");
    assert_eq!(
        a.title,
        "“Mùa mưa năm nay đến sớm…” – cảnh báo của cơ quan khí tượng"
    );
    let s = a.source.as_ref().unwrap();
    assert_eq!(
        (&*s.text, &*s.code, s.outlet.map(|o| o.name)),
        ("（NLĐO）−", "NLĐO", Some("Người Lao Động"))
    );
    assert!(a
        .lead
        .as_ref()
        .unwrap()
        .ends_with("\"mưa lớn kéo dài\" ở khu vực ven biển…"));
    assert_eq!(a.body[1].kind, BlockKind::Caption);
    assert_eq!(a.body[1].text, "Người dân gia cố nhà cửa trước mùa mưa");
    assert_eq!(a.body[1].credits[0].names, ["THANH TÙNG"]);
    let credits: Vec<(Vec<Role>, String)> = a
        .credits
        .iter()
        .map(|c| (c.roles.clone(), c.names.join("|")))
        .collect();
    assert_eq!(
        credits,
        [
            (vec![Role::Article], "MINH HẢI".to_string()),
            (vec![Role::Photo], "THANH TÙNG".to_string())
        ]
    );
}

#[test]
fn one_block_per_line() {
    let text = seed("090_one_block_per_line.txt");
    let a = util::article(&text);
    assert_eq!(a.section, ["Giáo dục"]);
    assert_eq!(a.title, "Hơn 1 triệu thí sinh bước vào kỳ thi tốt nghiệp");
    assert_eq!(a.source.as_ref().unwrap().code, "GD&TĐ");
    assert_eq!(a.body.len(), 2);
    assert_eq!(a.body[1].kind, BlockKind::Caption);
    assert_eq!(a.credits[0].names, ["N.V.K"]);
    assert_eq!(a.credits[0].roles, [Role::Author]);
}

#[test]
fn title_over_two_lines_related_links_end_mark_and_furniture() {
    let text = seed("100_title_two_lines_end_mark.txt");
    let a = util::article(&text);
    assert_eq!(a.section, ["THỜI SỰ", "Kinh tế"]);
    assert_eq!(
        a.title,
        "Xuất khẩu nông sản quý I/2025 tăng mạnh nhờ đơn hàng từ các thị trường mới"
    );
    assert_eq!(util::codes(&a), ["offset_assumed", "title_joined"]);
    assert_eq!(a.diagnostics[1].line, 5);
    let kinds: Vec<BlockKind> = a.body.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [BlockKind::Related, BlockKind::Related, BlockKind::Paragraph]
    );
    assert_eq!(a.body[0].text, "Giá cà phê lập kỷ lục mới");
    assert!(a.body[2].text.ends_with("70 tỷ USD./."));
    assert_eq!(a.credits[0].names, ["TTXVN"]);
    assert_eq!(
        a.footer,
        ["./.", "Chia sẻ", "Bình luận (0)", "Tin liên quan"]
    );
    assert_eq!(a.rebuild(), text);
    assert_eq!(util::article(&a.to_string()), a);
}

/// Each credit's names.
fn credit_names<'s>(a: &'s vn_article::Article<'_>) -> Vec<Vec<&'s str>> {
    a.credits
        .iter()
        .map(|c| c.names.iter().map(|n| n.as_ref()).collect())
        .collect()
}

/// A row of share widgets under the byline (`Facebook Twitter Zalo Copy
/// link`, `Lưu | Chia sẻ`) is page furniture, not a second author.
#[test]
fn a_row_of_share_widgets_is_furniture() {
    let text = "14/03/2024 10:05\nĐường sắt tốc độ cao được thông qua\n\
                (Chinhphu.vn) - Chiều 13/3, Chính phủ họp chuyên đề về đề án đường sắt.\n\
                Tổng mức đầu tư dự kiến khoảng 67 tỷ USD, chia làm hai giai đoạn.\n\
                Hải Minh\nFacebook Twitter Zalo Copy link\nLưu | Chia sẻ\n";
    let a = util::article(text);
    assert_eq!(credit_names(&a), [["Hải Minh"]]);
    assert_eq!(
        a.footer,
        ["Facebook Twitter Zalo Copy link", "Lưu | Chia sẻ"]
    );
    assert_eq!(a.rebuild(), text);
    // Words after a widget's word that are no widget: text.
    let text = text.replace(
        "Facebook Twitter Zalo Copy link\nLưu | Chia sẻ",
        "Chia sẻ niềm vui cùng bạn đọc",
    );
    let a = util::article(&text);
    assert!(a.footer.is_empty());
    assert_eq!(
        a.body.last().map(|b| (b.kind, b.text.as_str())),
        Some((BlockKind::Paragraph, "Chia sẻ niềm vui cùng bạn đọc"))
    );
}

/// An author's name marked for a note (`Mai Lan (*)`) is the byline; the
/// note under it (`(*) Tác giả là ...`) goes to the footer.
#[test]
fn a_byline_marked_for_a_note_and_the_note() {
    let text = "14/03/2024 10:05\nCà phê Việt có mặt ở hơn 80 quốc gia\n\
                Từ những nông trại nhỏ ở Tây Nguyên, cà phê Việt đã đi khắp thế giới.\n\
                Năm 2023, xuất khẩu cà phê đạt 4,2 tỷ USD, cao nhất từ trước đến nay.\n\
                Mai Lan (*)\n(*) Tác giả là chuyên gia kinh tế\n";
    let a = util::article(text);
    assert_eq!(credit_names(&a), [["Mai Lan"]]);
    assert_eq!(a.footer, ["(*) Tác giả là chuyên gia kinh tế"]);
    assert_eq!(a.rebuild(), text);
}

/// Each mention as its kind, its text with white space plain, and its value.
fn plain_mentions(
    a: &vn_article::Article<'_>,
) -> Vec<(&'static str, String, vn_article::MentionValue)> {
    a.mentions
        .iter()
        .map(|m| {
            let words: Vec<&str> = m.text.as_str().split_whitespace().collect();
            (m.kind().as_str(), words.join(" "), m.value.clone())
        })
        .collect()
}

#[test]
fn non_breaking_wide_and_double_spaces_between_words() {
    let text = seed("490_nonbreaking_and_wide_spaces_between_words.txt");
    assert!(text.contains("tăng\u{a0}53,68%") && text.contains("10  giờ") && text.contains('\t'));
    let a = util::article(&text);
    // Every mention read, its text as written: the spaces kept.
    let texts: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Sáng\u{a0}5/12",
            "500.000 đồng",
            "quý\u{a0}II/2026",
            "53,68%",
            "Chiều\u{a0}cùng ngày",
            "152\u{a0}triệu đồng",
            "7h sáng",
            "lúc 10  giờ 45",
            "2.650\u{a0}USD",
            "1,2%",
        ]
    );
    for m in &a.mentions {
        assert_eq!(text.get(m.text.span.range()), Some(m.text.as_str()));
    }
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 12, d);
    assert!(matches!(
        a.mentions[2].value,
        vn_article::MentionValue::Quarter {
            quarter: 2,
            year: Some(2026),
            ..
        }
    ));
    assert!(
        matches!(a.mentions[3].value, vn_article::MentionValue::Percent { value, .. } if value.to_string() == "53.68")
    );
    // `cùng ngày` is the day of the date read last, in the lead.
    assert!(
        matches!(a.mentions[4].value, vn_article::MentionValue::Date { date, .. } if date == day(5))
    );
    assert_eq!(
        a.mentions[7].value,
        vn_article::MentionValue::time(chrono::NaiveTime::from_hms_opt(10, 45, 0).unwrap())
    );
    // The numbers of a list's entries after a non-breaking space are no
    // figures.
    assert!(a.body.iter().any(|b| b.text == "1.\u{a0}Giá trong nước"));
    // The code printed with two spaces, the names with non-breaking ones.
    let source = a.source.as_ref().unwrap();
    assert_eq!(
        (source.text.as_str(), source.code.as_ref()),
        ("Báo Công  Thương -", "Báo Công Thương")
    );
    assert_eq!(source.outlet.map(|o| o.name), Some("Báo Công Thương"));
    assert_eq!(credit_names(&a), [vec!["Minh Anh", "Lê Hà"]]);
    let caption = a
        .body
        .iter()
        .find(|b| b.kind == BlockKind::Caption)
        .unwrap();
    assert_eq!(caption.credits[0].names, ["Minh Anh"]);
    // A headline closed by its outlet's code after a bar between
    // non-breaking spaces is the page's.
    assert_eq!(
        a.footer,
        ["Giá bạc lập đỉnh mới trong phiên sáng nay\u{a0}|\u{a0}VTC News"]
    );
    // The same article with one plain space between words reads the same.
    let plain: String = text
        .split('\n')
        .map(|l| {
            l.split([' ', '\u{a0}', '\t'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let p = util::article(&plain);
    assert_eq!(plain_mentions(&a), plain_mentions(&p));
    assert_eq!(credit_names(&a), credit_names(&p));
    assert_eq!(
        a.source.as_ref().map(|s| s.code.clone()),
        p.source.as_ref().map(|s| s.code.clone())
    );
    assert_eq!(a.body.len(), p.body.len());
}

#[test]
fn non_breaking_spaces_in_a_screen_readers_labels_and_a_place() {
    let text = "Cảng biển miền Bắc tăng công suất\n\
                Tác\u{a0}giả,\n\
                Nguyễn\u{a0}Minh\u{a0}Hà\n\
                Vai\u{a0}trò,\u{a0}Phóng\u{a0}viên\n\
                Hải\u{a0}Phòng\n\
                4\u{a0}tháng\u{a0}12\u{a0}2025\n\
                Chú\u{a0}thích\u{a0}hình\u{a0}ảnh,\u{a0}Hàng hóa tại cảng\n\
                Sản lượng hàng hóa qua cảng tăng 12% so với cùng kỳ năm ngoái.\n\
                Các chuyên gia cho rằng đà tăng trưởng sẽ tiếp tục.\n";
    let a = util::article(text);
    assert_eq!(a.dateline.as_ref().unwrap().date.to_string(), "2025-12-04");
    assert_eq!(a.title, "Cảng biển miền Bắc tăng công suất");
    assert_eq!(
        credit_names(&a),
        [Vec::<&str>::new(), vec!["Nguyễn Minh Hà"]]
    );
    assert_eq!(
        a.lead.as_deref(),
        Some("Sản lượng hàng hóa qua cảng tăng 12% so với cùng kỳ năm ngoái.")
    );
    assert_eq!(
        a.header,
        ["Vai\u{a0}trò,\u{a0}Phóng\u{a0}viên", "Hải\u{a0}Phòng"]
    );
    assert_eq!(a.body[0].kind, BlockKind::Caption);
    assert_eq!(
        a.body[0].text,
        "Chú\u{a0}thích\u{a0}hình\u{a0}ảnh,\u{a0}Hàng hóa tại cảng"
    );
    assert_eq!(a.body.len(), 2);
}

#[test]
fn a_header_and_a_closing_source_with_every_space_doubled() {
    // As pages give words parted by `&nbsp;` and a space, turned to two
    // spaces by a scraper.
    let text = "Trung  Quốc:\n\
                Rơi  xuống  vực  vì  đi  tắt,  cô  gái  thoát  chết  nhờ  chàng  trai  giữ  chặt  chân\n\
                Ái  Vy\n\
                Thứ  sáu,  09/05/2025  -  11:02\n\
                (Dân  trí)  -  Thay  vì  chờ  đợi,  hai  người  đi  tắt  qua  vách  đá.\n\
                Cả  hai  được  đưa  đến  bệnh  viện  gần  đó.\n\
                Theo  VTC  News  Copy  link\n";
    let a = util::article(text);
    assert_eq!(rfc3339(&a), "2025-05-09T11:02:00+07:00");
    assert_eq!(
        a.title,
        "Rơi xuống vực vì đi tắt, cô gái thoát chết nhờ chàng trai giữ chặt chân"
    );
    assert_eq!(a.header, ["Trung  Quốc:"]);
    assert_eq!(
        a.source
            .as_ref()
            .map(|s| (s.text.as_str(), s.code.as_ref())),
        Some(("(Dân  trí)  -", "Dân trí"))
    );
    // The byline under the title, and the source without the page's
    // share button.
    assert_eq!(credit_names(&a), [vec!["Ái Vy"], vec!["VTC News"]]);
    assert_eq!(a.credits[0].roles, [Role::Author]);
    assert_eq!(a.credits[1].roles, [Role::Source]);
}

#[test]
fn a_date_with_its_month_in_words_and_spaces_doubled_under_the_title() {
    let text = "Tác giả, Nguyễn Minh Hà\n\
                Cảng biển miền Bắc tăng công suất\n\
                4  tháng  12  2025\n\
                Sản lượng hàng hóa qua cảng tăng 12% so với cùng kỳ năm ngoái.\n";
    let a = util::article(text);
    assert_eq!(a.dateline.as_ref().unwrap().text, "4  tháng  12  2025");
    assert_eq!(a.dateline.as_ref().unwrap().date.to_string(), "2025-12-04");
    assert_eq!(a.title, "Cảng biển miền Bắc tăng công suất");
    assert_eq!(credit_names(&a), [vec!["Nguyễn Minh Hà"]]);
    assert!(a.header.is_empty());
}

/// The pieces of the page of the marked-up lines' tests, as Markdown or
/// HTML wrap them: its title, dateline, marker and lead, the caption at
/// `caption` in the body and its credit, the closing credit.
fn assert_the_marked_page(a: &vn_article::Article<'_>, caption: usize) {
    assert_eq!(a.title, "Kiểm tra cơ sở kinh doanh thực phẩm dịp cuối năm");
    assert_eq!(a.dateline.as_ref().unwrap().text, "06/12/2025 08:15");
    assert_eq!(rfc3339(a), "2025-12-06T08:15:00+07:00");
    let source = a.source.as_ref().unwrap();
    assert_eq!((source.text.as_str(), &*source.code), ("(CT) -", "CT"));
    assert_eq!(
        a.lead.as_deref(),
        Some("Sáng 6-12, lực lượng chức năng kiểm tra 25 cơ sở.")
    );
    let caption = &a.body[caption];
    assert_eq!(
        (caption.kind, caption.text.as_str()),
        (
            BlockKind::Caption,
            "Lực lượng chức năng kiểm tra một cơ sở."
        )
    );
    assert_eq!(caption.credits[0].names, ["MINH ANH"]);
    assert_eq!(credit_names(a), [vec!["KIM XUÂN"]]);
    assert_eq!(a.credits[0].roles, [Role::News, Role::Photo]);
}

#[test]
fn lines_wrapped_whole_in_markdown_marks() {
    // A page converted to Markdown: a heading, emphasis around whole
    // lines, emphasis inside a paragraph; a picture's line is kept whole
    // (its address is text).
    let text = "# Kiểm tra cơ sở kinh doanh thực phẩm dịp cuối năm\n\n\
                **06/12/2025 08:15**\n\n\
                **(CT) - Sáng 6-12, lực lượng chức năng kiểm tra 25 cơ sở.**\n\n\
                Số cơ sở vi phạm tăng **53,68%** so với *quý II/2024*.\n\n\
                ![Ảnh](https://example.vn/a.jpg)\n\n\
                *Lực lượng chức năng kiểm tra một cơ sở. Ảnh: MINH ANH*\n\n\
                ***Tin, ảnh: KIM XUÂN***\n";
    let a = util::article(text);
    assert_the_marked_page(&a, 2);
    assert_eq!(a.body[1].text, "![Ảnh](https://example.vn/a.jpg)");
    let texts: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        ["cuối năm", "Sáng 6-12", "25", "53,68%", "quý II/2024"]
    );
    // The marks are the layout's: the text rebuilt byte for byte.
    assert_eq!(a.rebuild(), text);
    util::check_lossless(text, &a).unwrap();
    // Emphasis inside a line, a mark alone, a mark and a space: the line
    // kept whole.
    for line in [
        "**Hà Nội** và **Huế** cùng đón khách.",
        "**",
        "* Giá vàng tăng mạnh trong tuần *",
    ] {
        let text = format!("06/12/2025 08:15\nTiêu đề bài viết\n(CT) - Sáng 6-12, mưa.\n{line}\n");
        let a = util::article(&text);
        assert_eq!(a.body.last().map(|b| b.text.as_str()), Some(line), "{line}");
    }
}

/// A page scraped with its markup: each line wrapped whole in an element
/// (`<h1>`, `<p class="...">`, an element in an element) is read inside
/// it, the tags left to the layout. Before, the dateline, the marker and
/// the credits were not read, the tags in their text.
#[test]
fn lines_wrapped_whole_in_html_elements() {
    let text = "<h1>Kiểm tra cơ sở kinh doanh thực phẩm dịp cuối năm</h1>\n\
                <span class=\"date\">06/12/2025 08:15</span>\n\
                <p class=\"sapo\"><strong>(CT) - Sáng 6-12, lực lượng chức năng kiểm tra 25 cơ sở.</strong></p>\n\
                <p>Số cơ sở vi phạm tăng 53,68% so với quý II/2024.</p>\n\
                <figcaption>Lực lượng chức năng kiểm tra một cơ sở. Ảnh: MINH ANH</figcaption>\n\
                <P ALIGN=\"right\"><b>Tin, ảnh: KIM XUÂN</b></P>\n";
    let a = util::article(text);
    assert_the_marked_page(&a, 1);
    assert_eq!(
        a.body[0].text,
        "Số cơ sở vi phạm tăng 53,68% so với quý II/2024."
    );
    assert_eq!(a.rebuild(), text);
    util::check_lossless(text, &a).unwrap();
    // Tags inside a line, two elements on one line, an element of another
    // name closing it, a tag alone, a comparison: the line kept whole, or
    // read inside its outer element only.
    for (line, kept) in [
        (
            "<p>Hà Nội và <b>Huế</b> cùng đón khách.</p>",
            "Hà Nội và <b>Huế</b> cùng đón khách.",
        ),
        (
            "<p>Giá vàng tăng.</p><p>Giá bạc giảm.</p>",
            "<p>Giá vàng tăng.</p><p>Giá bạc giảm.</p>",
        ),
        (
            "<p>Giá vàng tăng mạnh.</div>",
            "<p>Giá vàng tăng mạnh.</div>",
        ),
        ("<br>", "<br>"),
        ("<5% hộ dân dùng nước sạch", "<5% hộ dân dùng nước sạch"),
    ] {
        let text = format!("06/12/2025 08:15\nTiêu đề bài viết\n(CT) - Sáng 6-12, mưa.\n{line}\n");
        let a = util::article(&text);
        assert_eq!(a.body.last().map(|b| b.text.as_str()), Some(kept), "{line}");
        assert_eq!(a.rebuild(), text);
    }
}

/// A page's headline joined to its sapo on one line, as a scraper joins
/// the two tags: the title and the lead split at the lead's marker, a
/// known outlet's code in brackets or bare; the whole header on one line
/// (the dateline, the title, the lead); a dateline and the title on one
/// line over the lead. Nothing is lost.
#[test]
fn a_title_glued_to_the_leads_marker() {
    let lead =
        "Ngày 2-4-2024, Ban Thường vụ Quận ủy Bình Thủy tổ chức hội nghị Ban Chấp hành Đảng bộ.";
    let title = "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm";
    let at_0735 = "2024-04-03T07:35:00+07:00";
    let texts = [
        format!("03/04/2024 - 07:35\nBình Thủy\n{title} (CT) - {lead}\nĐoạn hai.\n"),
        format!("THỜI SỰ > Cần Thơ\n03/04/2024 - 07:35\n{title} TTO - {lead}\nĐoạn hai.\n"),
        format!("03/04/2024 - 07:35 {title} (CT) - {lead}\nĐoạn hai.\n"),
        format!("03/04/2024 - 07:35 {title}\n(CT) - {lead}\nĐoạn hai.\n"),
    ];
    for (text, (title, lead, marker, code, datetime)) in [
        // The title and the lead under a section, a breadcrumb, a dateline;
        // the whole header on one line; the dateline on the title's line.
        (texts[0].as_str(), (title, lead, "(CT) -", "CT", at_0735)),
        (&texts[1], (title, lead, "TTO -", "TTO", at_0735)),
        (&texts[2], (title, lead, "(CT) -", "CT", at_0735)),
        (&texts[3], (title, lead, "(CT) -", "CT", at_0735)),
        // A lead opened by a digit; an ellipsis inside the title.
        (
            "2018-12-08 00:00:00\nÔng Lê Hoài Anh giữ chức tổng thư ký VFF TTO - 23h đêm 8-12, cuộc họp đầu tiên của ban chấp hành đã diễn ra.\n",
            (
                "Ông Lê Hoài Anh giữ chức tổng thư ký VFF",
                "23h đêm 8-12, cuộc họp đầu tiên của ban chấp hành đã diễn ra.",
                "TTO -",
                "TTO",
                "2018-12-08T00:00:00+07:00",
            ),
        ),
        (
            "2018-12-08 00:00:00\nĐòi nợ 60 triệu, ép nạn nhân viết giấy vay... 400 triệu (Dân trí) - Do con nợ không trả được tiền, nhóm đối tượng đã giữ người trái phép.\n",
            (
                "Đòi nợ 60 triệu, ép nạn nhân viết giấy vay... 400 triệu",
                "Do con nợ không trả được tiền, nhóm đối tượng đã giữ người trái phép.",
                "(Dân trí) -",
                "Dân trí",
                "2018-12-08T00:00:00+07:00",
            ),
        ),
    ] {
        let a = util::article(text);
        assert_eq!(rfc3339(&a), datetime, "{text}");
        assert_eq!(a.title, title, "{text}");
        let source = a.source.as_ref().unwrap();
        assert_eq!((source.text.as_str(), source.code.as_ref()), (marker, code));
        assert_eq!(a.lead.as_ref().unwrap(), lead);
        let at = text.find(title).unwrap();
        assert_eq!(a.title.span.range(), at..at + title.len());
        assert_eq!(a.rebuild(), text);
    }
    let a = util::article("03/04/2024 - 07:35\nBình Thủy\nKết nạp đảng viên mới (CT) - Ngày 2-4-2024, Quận ủy tổ chức hội nghị toàn thể.\n");
    assert_eq!(a.section[0], "Bình Thủy");
    // A marker inside the lead under the title, inside the title with a
    // few words after it, after a place that opens no code: as written.
    for (text, title) in [
        (
            "03/04/2024 - 07:35\nThông xe tuyến đường ven sông Hương\nHUẾ - Sáng 2/12, UBND TP Huế thông xe tuyến đường nối cầu Trường (CT) - Tiền với khu đô thị mới phía đông của thành phố.\n",
            "Thông xe tuyến đường ven sông Hương",
        ),
        (
            "03/04/2024 - 07:35\nMưa lớn kéo dài ở Nam (CT) - Bộ, cảnh báo ngập sâu\nTrong 24 giờ qua, nhiều nơi ở Nam Bộ có mưa to.\n",
            "Mưa lớn kéo dài ở Nam (CT) - Bộ, cảnh báo ngập sâu",
        ),
        (
            "03/04/2024 - 07:35\nChợ hoa mở cửa. Từ mùng 1 Tết đến hết ngày (CT) - 20/2, chợ mở cửa từ 5 giờ rưỡi sáng đến mười giờ tối mỗi ngày.\n",
            "Chợ hoa mở cửa. Từ mùng 1 Tết đến hết ngày (CT) - 20/2, chợ mở cửa từ 5 giờ rưỡi sáng đến mười giờ tối mỗi ngày.",
        ),
        (
            "03/04/2024 - 07:35\nTiêu đề bài viết, Tuổi Trẻ - Sáng 2/12, UBND TP Huế thông xe tuyến đường nối cầu Trường Tiền.\nĐoạn hai.\n",
            "Tiêu đề bài viết, Tuổi Trẻ - Sáng 2/12, UBND TP Huế thông xe tuyến đường nối cầu Trường Tiền.",
        ),
    ] {
        let a = util::article(text);
        assert_eq!(a.title, title, "{text}");
        assert!(a.source.is_none(), "{text}");
        assert_eq!(a.rebuild(), text);
    }
}

/// A dateline printed on the title's line over the lead, after the title
/// (a category after it) or before a quoted title: each read on its own.
/// A title closing with a date alone, or over which a dateline stands
/// already, keeps its words.
#[test]
fn a_dateline_on_the_titles_line_over_the_lead() {
    let lead = "SKĐS - Thiên môn đông có tác dụng dưỡng âm, nhuận phế và được dùng nhiều trong y học cổ truyền.";
    let text =
        format!("7 món ăn bài thuốc phòng và trị bệnh 26-01-2024 09:38 | Chữa bệnh\n{lead}\n");
    let a = util::article(&text);
    assert_eq!(a.title, "7 món ăn bài thuốc phòng và trị bệnh");
    assert_eq!(rfc3339(&a), "2024-01-26T09:38:00+07:00");
    assert_eq!(a.section[0], "Chữa bệnh");
    assert_eq!(a.source.as_ref().unwrap().code, "SKĐS");
    assert_eq!(a.rebuild(), text);
    let text = "2018-12-07 00:00:00 “Siêu máy bay” A350 chở cổ động viên đi Malaysia (Dân trí) - Vietnam Airlines tăng thêm 6 chuyến bay để chở cổ động viên sang Malaysia.\n";
    let a = util::article(text);
    assert_eq!(a.title, "“Siêu máy bay” A350 chở cổ động viên đi Malaysia");
    assert_eq!(rfc3339(&a), "2018-12-07T00:00:00+07:00");
    assert_eq!(a.source.as_ref().unwrap().code, "Dân trí");
    assert_eq!(a.rebuild(), text);
    for (text, title) in [
        (
            "Thứ Tư, 05/03/2025 - 10:20\nChùa chuẩn bị Đại lễ Phật đản từ ngày 5-3-2025\n(CT) - Sáng 5/3, các chùa trên địa bàn thành phố bắt đầu trang trí cổng chào.\n",
            "Chùa chuẩn bị Đại lễ Phật đản từ ngày 5-3-2025",
        ),
        (
            "Thứ Năm, 11/01/2024 10:30 (GMT+7)\nLàng nghề vào mùa cao điểm trước Tết, đăng lúc 10:05 11/01/2024\n(CT) - Chiều 11/1, các làng nghề trên địa bàn thành phố tất bật sản xuất hàng Tết.\n",
            "Làng nghề vào mùa cao điểm trước Tết, đăng lúc 10:05 11/01/2024",
        ),
    ] {
        let a = util::article(text);
        assert_eq!(a.title, title);
        assert_eq!(a.dateline.as_ref().unwrap().text, text.lines().next().unwrap());
    }
}
