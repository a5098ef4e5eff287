//! Unicode and layout variants, one seed document each (see `seeds/`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

use vn_article::{BlockKind, Role};

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
    assert_eq!(
        a.dateline
            .as_ref()
            .unwrap()
            .datetime()
            .unwrap()
            .to_rfc3339(),
        "2018-12-06T09:14:39+07:00"
    );
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
    assert_eq!(
        a.dateline
            .as_ref()
            .unwrap()
            .datetime()
            .unwrap()
            .to_rfc3339(),
        "2024-11-14T16:05:00+07:00"
    );
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
