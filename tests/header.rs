//! The header read in any order: every form of the header, of bylines and
//! of captions that real pages print, on small made-up documents, with the
//! exact values they must give.

mod util;

use util::article;
use vn_article::{Article, BlockKind, Role};

const LEAD: &str = "Thành phố vừa công bố kế hoạch mở rộng mạng lưới xe buýt điện trong năm nay.";
const BODY: &str =
    "Theo kế hoạch, mười tuyến mới sẽ chạy từ tháng sau và phục vụ hàng nghìn lượt khách.";

/// The lines joined by blank lines, then a lead and a body paragraph.
fn page(head: &[&str]) -> String {
    let mut s = head.join("\n\n");
    s.push_str("\n\n");
    s.push_str(LEAD);
    s.push_str("\n\n");
    s.push_str(BODY);
    s.push('\n');
    s
}

fn rfc3339(a: &Article<'_>) -> String {
    a.dateline
        .as_ref()
        .and_then(|d| d.datetime())
        .map(|d| d.to_rfc3339())
        .unwrap_or_default()
}

/// A credit as its roles and names.
type RolesNames = (Vec<Role>, Vec<String>);

/// Each credit as its roles and names.
fn credits(a: &Article<'_>) -> Vec<RolesNames> {
    a.credits
        .iter()
        .map(|c| {
            (
                c.roles.clone(),
                c.names.iter().map(|n| n.to_string()).collect(),
            )
        })
        .collect()
}

fn header<'s>(a: &'s Article<'_>) -> Vec<&'s str> {
    a.header.iter().map(|t| t.as_str()).collect()
}

fn section<'s>(a: &'s Article<'_>) -> Vec<&'s str> {
    a.section.iter().map(|t| t.as_str()).collect()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn section_title_byline_dateline_marker() {
    let text = page(&[
        "Xã hội",
        "Mở rộng tuyến xe buýt điện",
        "Hoàng Lan",
        "Thứ năm, 12/02/2026 - 09:41",
        "(NLĐO)- Sáng nay, thành phố công bố kế hoạch mới.",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Xã hội"]);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("NLĐO"));
    assert_eq!(
        a.lead.as_deref(),
        Some("Sáng nay, thành phố công bố kế hoạch mới.")
    );
    assert!(a.header.is_empty());
}

#[test]
fn section_title_dateline_byline_marker_glued_to_its_dash() {
    let text = page(&[
        "Pháp luật",
        "Khởi tố nhóm lừa đảo qua mạng",
        "12/02/2026 09:41",
        "TRẦN MINH",
        "(PLO)- Công an vừa khởi tố vụ án.",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Pháp luật"]);
    assert_eq!(a.title, "Khởi tố nhóm lừa đảo qua mạng");
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["TRẦN MINH"]))]);
    assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("PLO"));
}

/// A title short enough to be a section's label over a person's full name
/// over the dateline: the name is the byline. A place or a pen name there
/// is the title under a section, as is a name under a shorter label.
#[test]
fn a_short_title_over_a_byline_over_the_dateline() {
    for name in ["HOÀNG LAN", "Nguyễn Minh Anh", "Lê Hà"] {
        let text = page(&[
            "Giá vàng tăng mạnh",
            name,
            "Thứ sáu, 13/02/2026 - 08:00",
            "(CT) - Sáng nay, giá vàng miếng tăng mạnh.",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Giá vàng tăng mạnh", "{name}");
        assert!(a.section.is_empty(), "{name}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&[name]))]);
        assert_eq!(rfc3339(&a), "2026-02-13T08:00:00+07:00");
    }
    for (label, title) in [
        ("Kinh doanh tài chính", "Bình Thủy"),
        ("Giá vàng tăng mạnh", "Minh Anh"),
        ("Thời sự", "Trần Hưng Đạo"),
    ] {
        let text = page(&[label, title, "13/02/2026 08:00"]);
        let a = article(&text);
        assert_eq!(section(&a), [label]);
        assert_eq!(a.title, title);
        assert!(a.credits.is_empty(), "{title}");
    }
    // A province or a city alone under the section and the dateline,
    // over a marked lead: no byline.
    let text = page(&[
        "Thời sự",
        "13/02/2026 08:00",
        "Hà Nội",
        "(CT) - Sáng nay, giá vàng miếng tăng mạnh.",
    ]);
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(rfc3339(&a), "2026-02-13T08:00:00+07:00");
}

/// A byline that names the writer's outlet (`Ngọc Anh/VOV.VN`, `Lê Hà
/// (TTXVN)`) is a credit above or below the dateline, under a section or
/// alone, never a section label; a name alone there stays the section's.
#[test]
fn a_byline_with_its_outlet_in_a_section_slot() {
    for (byline, name, source) in [
        ("Ngọc Anh/VOV.VN", "Ngọc Anh", "VOV.VN"),
        ("Lê Hà (TTXVN)", "Lê Hà", "TTXVN"),
    ] {
        for lines in [
            [
                "Thời sự",
                byline,
                "01/12/2025 - 07:10",
                "Ra mắt ứng dụng giao thông",
            ],
            [
                "Thời sự",
                "01/12/2025 - 07:10",
                byline,
                "Ra mắt ứng dụng giao thông",
            ],
        ] {
            let text = page(&lines);
            let a = article(&text);
            assert_eq!(section(&a), ["Thời sự"], "{lines:?}");
            assert_eq!(a.title, "Ra mắt ứng dụng giao thông");
            assert_eq!(
                credits(&a),
                [
                    (vec![Role::Author], names(&[name])),
                    (vec![Role::Source], names(&[source])),
                ],
                "{lines:?}"
            );
            assert_eq!(rfc3339(&a), "2025-12-01T07:10:00+07:00");
            assert_eq!(a.lead.as_deref(), Some(LEAD));
        }
    }
    let text = page(&[
        "Thời sự",
        "Ngọc Anh",
        "01/12/2025 - 07:10",
        "Ra mắt ứng dụng",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự", "Ngọc Anh"]);
    assert!(a.credits.is_empty());
}

/// The site's menu printed a label a line over the article (more labels
/// than a breadcrumb holds): the page's furniture in `header`; the label
/// right over the title is the section.
#[test]
fn a_menu_over_the_section_and_title() {
    let menu = [
        "Trang chủ",
        "Thời sự",
        "Kinh tế",
        "Xã hội",
        "Pháp luật",
        "Thế giới",
    ];
    let title = "Khánh thành cầu Rạch Miễu 2 sau bốn năm thi công";
    let mut head: Vec<&str> = menu.to_vec();
    head.extend(["Thời sự", title, "Thứ Bảy, 29/11/2025 - 10:15"]);
    let text = page(&head);
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự"]);
    assert_eq!(header(&a), menu);
    assert_eq!(a.title, title);
    assert_eq!(rfc3339(&a), "2025-11-29T10:15:00+07:00");
    assert_eq!(a.rebuild(), text);
    // Without the home label too; a breadcrumb a label a line stays one.
    let text = page(&[
        "Thời sự",
        "Kinh tế",
        "Xã hội",
        "Pháp luật",
        "Thế giới",
        "Văn hóa",
        title,
    ]);
    assert_eq!(section(&article(&text)), ["Văn hóa"]);
    let text = page(&["Trang chủ", "Thời sự", "Giao thông", title]);
    assert_eq!(
        section(&article(&text)),
        ["Trang chủ", "Thời sự", "Giao thông"]
    );
    // A title closed by a question mark or a quote is a headline under the
    // menu as any other (before: read as a paragraph, the menu as a
    // breadcrumb and the section as the title).
    for title in [
        "Có nên gửi tiết kiệm kỳ hạn 1 năm?",
        "Lễ hội du lịch với chủ đề \"Thủ đô quyến rũ\"",
    ] {
        let mut head: Vec<&str> = menu.to_vec();
        head.extend(["Tiêu dùng", title, "Thứ Bảy, 29/11/2025 - 10:15"]);
        let text = page(&head);
        let a = article(&text);
        assert_eq!(section(&a), ["Tiêu dùng"], "{title}");
        assert_eq!(header(&a), menu);
        assert_eq!(a.title, title);
    }
    // A breadcrumb under the menu gives the section; every label over it
    // is the menu's.
    let mut head: Vec<&str> = menu.to_vec();
    head.extend([
        "Giải trí > Hậu trường",
        title,
        "Thứ Bảy, 29/11/2025 - 10:15",
    ]);
    let text = page(&head);
    let a = article(&text);
    assert_eq!(section(&a), ["Giải trí", "Hậu trường"]);
    assert_eq!(header(&a), menu);
    assert_eq!(a.title, title);
    assert_eq!(rfc3339(&a), "2025-11-29T10:15:00+07:00");
    assert_eq!(a.rebuild(), text);
}

/// A site's whole menu over the article, a category a line, as many as a
/// large outlet prints (twenty and more): the menu's labels go to `header`,
/// the last label over the title is the section, and the header is read
/// under the menu as under a short one.
#[test]
fn a_long_menu_over_the_section_and_title() {
    let menu = [
        "Trang chủ",
        "Thời sự",
        "Thế giới",
        "Kinh doanh",
        "Bất động sản",
        "Khoa học",
        "Giải trí",
        "Thể thao",
        "Pháp luật",
        "Giáo dục",
        "Sức khỏe",
        "Đời sống",
        "Du lịch",
        "Số hóa",
        "Xe",
        "Ý kiến",
        "Tâm sự",
        "Thư giãn",
        "Video",
        "Podcasts",
        "Ảnh",
        "Infographics",
    ];
    let title = "Khánh thành cầu Rạch Miễu 2 sau bốn năm thi công";
    for n in [17, menu.len()] {
        let mut head: Vec<&str> = menu[..n].to_vec();
        head.extend(["Giao thông", title, "Thứ Bảy, 29/11/2025 - 10:15"]);
        let text = head.join("\n") + "\n" + LEAD + "\n" + BODY + "\n";
        let a = article(&text);
        assert_eq!(section(&a), ["Giao thông"], "{n}");
        assert_eq!(header(&a), &menu[..n], "{n}");
        assert_eq!(a.title, title, "{n}");
        assert_eq!(rfc3339(&a), "2025-11-29T10:15:00+07:00", "{n}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{n}");
        assert_eq!(a.rebuild(), text);
    }
}

/// A headline before the date on the dateline's line, with no title line
/// of its own (a page's title and date spans read as one line): the
/// title, not furniture (before: the title was empty and `missing_title`
/// reported).
#[test]
fn a_headline_before_the_date_on_its_line() {
    let text = format!(
        "7 món ăn bài thuốc từ thiên môn đông phòng và trị bệnh | 26-01-2024 09:38 | Chữa bệnh\n\n\
         SKĐS - {LEAD}\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(
        a.title,
        "7 món ăn bài thuốc từ thiên môn đông phòng và trị bệnh"
    );
    assert_eq!(a.title.span.start, 0);
    assert_eq!(rfc3339(&a), "2024-01-26T09:38:00+07:00");
    assert_eq!(section(&a), ["Chữa bệnh"]);
    assert!(header(&a).is_empty());
    assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("SKĐS"));
    assert_eq!(util::codes(&a), ["offset_assumed"]);
    assert_eq!(a.rebuild(), text);
    assert_eq!(article(&a.to_string()), a);
    // A section's few words there stay the section, with a title line.
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "Giao thông đô thị | 26-01-2024 09:38",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
    assert_eq!(section(&a), ["Giao thông đô thị"]);
}

/// A title and a source code written with non-breaking or invisible
/// characters (`&nbsp;` as a page gives it, a zero-width space) are given
/// with their white space plain, as names are; `rebuild` gives them as
/// they stood, and the JSON reads back to the same article.
#[test]
fn a_title_and_a_code_with_their_white_space_plain() {
    let text = format!(
        "Thời sự\nGiá\u{a0}vàng\u{a0}tăng\u{200b} mạnh\n12/02/2026 09:41\n(Dân\u{a0}trí) - {LEAD}\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng tăng mạnh");
    assert_eq!(a.title.span.start, "Thời sự\n".len());
    assert_eq!(
        a.title.span.end,
        "Thời sự\n".len() + "Giá\u{a0}vàng\u{a0}tăng\u{200b} mạnh".len()
    );
    let source = a.source.as_ref().unwrap();
    assert_eq!(&*source.code, "Dân trí");
    assert_eq!(source.outlet.map(|o| o.name), Some("Dân trí"));
    assert_eq!(&*source.text, "(Dân\u{a0}trí) -");
    assert_eq!(util::codes(&a), ["offset_assumed"]);
    assert_eq!(a.rebuild(), text);
    let json = serde_json::to_string(&a).unwrap();
    let back: Article<'static> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    let rendered = a.to_string();
    assert_eq!(article(&rendered), a);
    // A code known only once plain (`C\u{200b}T`) is the outlet's.
    let text = format!("03/04/2024 - 07:35\nBình Thủy\nTiêu đề\n(C\u{200b}T) - {LEAD}\n");
    let a = article(&text);
    let source = a.source.as_ref().unwrap();
    assert_eq!(&*source.code, "CT");
    assert_eq!(source.outlet.map(|o| o.name), Some("Báo Cần Thơ"));
    // A lead of many words parted by non-breaking spaces is a paragraph,
    // not a headline.
    let lead = LEAD.replace(' ', "\u{a0}");
    let text = format!("Thời sự\nGiá vàng tăng mạnh\n12/02/2026 09:41\n{lead}\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng tăng mạnh");
    assert_eq!(a.lead.as_deref(), Some(lead.as_str()));
    // Runs of spaces and tabs, as scrapers join a page's pieces, are one
    // space each; `rebuild` gives them as they stood.
    let text = format!(
        "Thời sự\nGiá  vàng \ttăng   mạnh\n12/02/2026 09:41\n(Dân  trí) - {LEAD}\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng tăng mạnh");
    assert_eq!(&*a.source.as_ref().unwrap().code, "Dân trí");
    assert_eq!(a.rebuild(), text);
    let json = serde_json::to_string(&a).unwrap();
    let back: Article<'static> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
}

/// An author's label without its colon (`By`, `Bởi`, `Tác giả`) opens a
/// byline above the title too, never a section label; `Posted by X on
/// date` gives the credit and the dateline.
#[test]
fn bylines_labelled_by_by() {
    let title = "Ra mắt ứng dụng giao thông thông minh";
    for by in ["By Minh Anh", "Bởi Minh Anh", "Tác giả Minh Anh"] {
        let text = page(&["Công nghệ", by, "01/12/2025 09:41", title]);
        let a = article(&text);
        assert_eq!(section(&a), ["Công nghệ"], "{by}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
        assert_eq!(a.title, title);
    }
    let text = page(&["Công nghệ", title, "Posted by Minh Anh on 01/12/2025"]);
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(
        a.dateline.as_ref().map(|d| d.date.to_string()),
        Some("2025-12-01".to_string())
    );
    assert_eq!(a.title, title);
}

#[test]
fn breadcrumb_title_dateline_lead_without_marker() {
    let text = page(&[
        "Trang chủ > Giáo dục > Tuyển sinh",
        "Điểm chuẩn lớp 10 năm 2022",
        "14/02/2022 - 10:12",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Trang chủ", "Giáo dục", "Tuyển sinh"]);
    assert_eq!(a.title, "Điểm chuẩn lớp 10 năm 2022");
    assert_eq!(rfc3339(&a), "2022-02-14T10:12:00+07:00");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.body.len(), 1);
}

/// A section named as an outlet is (`Tin tức`, the agency's paper) before
/// the date on the dateline's line is no source marker: the line is the
/// dateline's, the lead the paragraph under it.
#[test]
fn an_outlets_name_opening_the_dateline_line_is_no_marker() {
    for (line, head) in [
        ("Tin tức - Sự kiện | 03/04/2024 10:15", "Tin tức - Sự kiện"),
        ("Dân trí - Sự kiện | 03/04/2024 10:15", "Dân trí - Sự kiện"),
    ] {
        let text = page(&["Thủ tướng dự lễ khởi công cao tốc", line]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-04-03T10:15:00+07:00", "{line}");
        assert!(a.source.is_none(), "{line}");
        assert_eq!(a.title, "Thủ tướng dự lễ khởi công cao tốc");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{line}");
        assert_eq!(header(&a), [head], "{line}");
    }
}

#[test]
fn breadcrumbs_with_any_separator() {
    for crumb in [
        "Trang chủ » Thời sự » Giao thông",
        "Trang chủ › Thời sự › Giao thông",
        // After a home label, `/` and `|` join labels too.
        "Trang chủ / Thời sự / Giao thông",
        "Trang chủ | Thời sự | Giao thông",
        "Trang chủ/Thời sự/Giao thông",
    ] {
        let text = page(&[crumb, "Mở rộng tuyến xe buýt điện", "14/02/2022 - 10:12"]);
        let a = article(&text);
        assert_eq!(
            section(&a),
            ["Trang chủ", "Thời sự", "Giao thông"],
            "{crumb}"
        );
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
        assert_eq!(a.rebuild(), text);
    }
    let text = page(&[
        "TRANG CHỦ | Xã hội",
        "Mở rộng tuyến xe buýt điện",
        "14/02/2022 - 10:12",
    ]);
    assert_eq!(section(&article(&text)), ["TRANG CHỦ", "Xã hội"]);
    // Without one, a title that holds a `/` stays the title.
    let text = page(&["Thời sự / Giao thông", "14/02/2022 - 10:12"]);
    let a = article(&text);
    assert!(section(&a).is_empty());
    assert_eq!(a.title, "Thời sự / Giao thông");
}

#[test]
fn a_labelled_section_is_the_section_not_the_title() {
    for (label, want) in [
        ("Chuyên mục: Kinh tế", vec!["Kinh tế"]),
        (
            "Danh mục : Thời sự > Giao thông",
            vec!["Thời sự", "Giao thông"],
        ),
        (
            "Bạn đang xem: Trang chủ » Thời sự » Giao thông",
            vec!["Trang chủ", "Thời sự", "Giao thông"],
        ),
    ] {
        let text = page(&[label, "Ngày đăng: 12/02/2026 09:41", "Giá xăng giảm nhẹ"]);
        let a = article(&text);
        assert_eq!(section(&a), want, "{label}");
        assert_eq!(a.title, "Giá xăng giảm nhẹ", "{label}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert!(header(&a).is_empty(), "{label}");
        assert_eq!(a.rebuild(), text);
    }
    // A label with a sentence after it is no section.
    let text = page(&[
        "Mục tiêu: Giảm giá xăng trong tháng tới.",
        "Giá xăng giảm nhẹ",
    ]);
    assert!(section(&article(&text)).is_empty());
}

/// An event's tag over the title (`Sự kiện: ...`) stays in the header.
#[test]
fn an_event_tag_over_the_title() {
    let text = page(&[
        "Sự kiện: Bầu cử Mỹ 2024",
        "Ông Trump tuyên bố chiến thắng",
        "Thứ Tư, 06/11/2024 - 14:20",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Ông Trump tuyên bố chiến thắng");
    assert_eq!(header(&a), ["Sự kiện: Bầu cử Mỹ 2024"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.rebuild(), text);
}

/// An event's tag under the lead (`Sự kiện: ...`, as 24h prints it) links
/// to the event's page: a related block, not a paragraph.
#[test]
fn an_event_tag_under_the_lead_is_related() {
    for tag in ["Sự kiện: Giá vàng hôm nay", "Dòng sự kiện: Giá vàng"] {
        let text = format!("Giá vàng tăng mạnh phiên đầu tuần\n\n{LEAD}\n\n{tag}\n\n{BODY}\n");
        let a = article(&text);
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        let kinds: Vec<_> = a.body.iter().map(|b| (b.kind, &*b.text)).collect();
        assert_eq!(
            kinds,
            [(BlockKind::Related, tag), (BlockKind::Paragraph, BODY)]
        );
        assert_eq!(a.rebuild(), text);
    }
    // A sentence about an event stays a paragraph.
    let line = "Sự kiện này thu hút hơn 10.000 người tham gia.";
    let text = format!("Giá vàng tăng mạnh phiên đầu tuần\n\n{LEAD}\n\n{line}\n\n{BODY}\n");
    assert_eq!(article(&text).body[0].kind, BlockKind::Paragraph);
}

#[test]
fn a_second_label_between_the_section_and_the_title() {
    let text = page(&[
        "Thời sự",
        "Video",
        "Cháy lớn tại kho hàng ở Bình Dương",
        "13/02/2026 10:15",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự", "Video"]);
    assert_eq!(a.title, "Cháy lớn tại kho hàng ở Bình Dương");
    assert!(header(&a).is_empty());
    assert!(credits(&a).is_empty(), "a role word alone is no byline");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.rebuild(), text);
    // Two labels over the dateline, the title under it.
    let text = page(&[
        "Thời sự",
        "Giao thông",
        "Thứ năm, 12/2/2026, 09:41 (GMT+7)",
        "Mở rộng tuyến xe buýt điện đến Cần Giờ",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự", "Giao thông"]);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện đến Cần Giờ");
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    // A second label of four words, the title under it, then its
    // dateline and byline.
    let text = page(&[
        "Thể thao",
        "Bóng đá Việt Nam",
        "Tuyển Việt Nam chốt danh sách dự vòng loại Asian Cup",
        "Thứ năm, 12/2/2026 - 09:41",
        "Hoàng Lan",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thể thao", "Bóng đá Việt Nam"]);
    assert_eq!(
        a.title,
        "Tuyển Việt Nam chốt danh sách dự vòng loại Asian Cup"
    );
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert!(header(&a).is_empty());
    // A title of four words over its dateline stays the title.
    let text = page(&[
        "Thể thao",
        "Tuyển Việt Nam thắng đậm",
        "Thứ năm, 12/2/2026 - 09:41",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thể thao"]);
    assert_eq!(a.title, "Tuyển Việt Nam thắng đậm");
    // Under a breadcrumb, the second label is header furniture.
    let text = page(&[
        "Trang chủ > Thời sự",
        "Video",
        "Cháy lớn tại kho hàng ở Bình Dương",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Trang chủ", "Thời sự"]);
    assert_eq!(a.title, "Cháy lớn tại kho hàng ở Bình Dương");
}

/// Labels on both sides of the date and the headline right over the
/// lead: the headline is the title, the first label the section, a second
/// label over the date more of it; a label under the date goes to `header`.
#[test]
fn labels_on_both_sides_of_the_date_over_the_headline() {
    let title = "Giá vàng hôm nay tiếp tục giảm mạnh";
    let text = page(&[
        "Kinh doanh",
        "Thứ Tư, 17/01/2024 - 08:00",
        "Tài chính",
        title,
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Kinh doanh"]);
    assert_eq!(a.title, title);
    assert_eq!(header(&a), ["Tài chính"]);
    assert_eq!(rfc3339(&a), "2024-01-17T08:00:00+07:00");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.rebuild(), text);
    // Two labels over the date, one under it; the lead opened by a marker.
    let lead = "(Dân trí) - Giá vàng trong nước sáng nay giảm 200.000 đồng mỗi lượng.";
    let text = format!(
        "Kinh tế\n\nTài chính\n\nThứ Tư, 17/01/2024 - 08:00\n\nDoanh nghiệp\n\n{title}\n\n{lead}\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(section(&a), ["Kinh tế", "Tài chính"]);
    assert_eq!(a.title, title);
    assert_eq!(header(&a), ["Doanh nghiệp"]);
    assert_eq!(a.source.as_ref().map(|s| s.code.as_ref()), Some("Dân trí"));
    assert_eq!(a.rebuild(), text);
    // A short title over the date with a label under it and no headline:
    // the short line stays the title.
    let text = page(&["Bão số 3", "Thứ Tư, 17/01/2024 - 08:00", "Thời sự"]);
    let a = article(&text);
    assert_eq!(a.title, "Bão số 3");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
}

#[test]
fn a_title_printed_twice_is_one_title() {
    let text = page(&[
        "Kinh doanh",
        "13/02/2026 10:15 GMT+7",
        "Giá cà phê tăng kỷ lục",
        "Giá cà phê tăng kỷ lục",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Giá cà phê tăng kỷ lục");
    assert_eq!(header(&a), ["Giá cà phê tăng kỷ lục"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.rebuild(), text);
    // A title that closes as a sentence does (a question, a quote) printed
    // twice over the date: the copy is no lead, the date is the dateline.
    for title in [
        "Vì sao giá cà phê tăng kỷ lục?",
        "Giá cà phê lập đỉnh với chủ đề \"Mùa vàng\"",
    ] {
        let text = page(&["Kinh doanh", title, title, "13/02/2026 10:15 GMT+7"]);
        let a = article(&text);
        assert_eq!(a.title, title);
        assert_eq!(rfc3339(&a), "2026-02-13T10:15:00+07:00", "{title}");
        assert_eq!(header(&a), [title]);
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{title}");
        assert_eq!(a.body.len(), 1, "{title}");
        assert_eq!(a.rebuild(), text);
    }
}

#[test]
fn labelled_bylines_under_the_title() {
    for byline in [
        "Tác giả: Hoàng Lan",
        "Người viết: Hoàng Lan",
        "Đăng bởi: Hoàng Lan",
        "Bởi Hoàng Lan",
    ] {
        let text = page(&[
            "Thời sự",
            "Mở rộng tuyến xe buýt điện",
            byline,
            "13/02/2026 10:15",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{byline}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Hoàng Lan"]))],
            "{byline}"
        );
        assert!(header(&a).is_empty(), "{byline}");
    }
    // `Bởi vì` opens a sentence, not a credit.
    let text = page(&["Mở rộng tuyến xe buýt điện", "13/02/2026 10:15"])
        .replace(LEAD, "Bởi vì trời mưa: xe buýt chạy chậm hơn mọi ngày.");
    assert!(credits(&article(&text)).is_empty());
}

#[test]
fn a_related_heading_above_the_dateline_ends_there() {
    let text = page(&[
        "TIN MỚI",
        "Thời sự",
        "Thứ sáu, 13/02/2026 - 10:15",
        "Hà Nội mở thêm 5 tuyến xe buýt điện",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Hà Nội mở thêm 5 tuyến xe buýt điện");
    assert_eq!(rfc3339(&a), "2026-02-13T10:15:00+07:00");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["TIN MỚI", "Thời sự"]);
    assert_eq!(a.rebuild(), text);
}

#[test]
fn a_category_after_a_bar_is_the_section() {
    let text = page(&[
        "Lãi suất tiết kiệm tăng nhẹ",
        "12-02-2026 - 09:41 PM | Tài chính ngân hàng",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Lãi suất tiết kiệm tăng nhẹ");
    assert_eq!(rfc3339(&a), "2026-02-12T21:41:00+07:00");
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("12-02-2026 - 09:41 PM")
    );
    assert_eq!(section(&a), ["Tài chính ngân hàng"]);
    // After a dash too; a counter or a widget after a dash is no section.
    let text = page(&[
        "Lãi suất tiết kiệm tăng nhẹ",
        "Thứ năm, 12/02/2026 09:41 - Kinh doanh",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Kinh doanh"]);
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(a.rebuild(), text);
    for tail in ["- Lượt xem 1.234", "- Chia sẻ"] {
        let text = page(&[
            "Lãi suất tiết kiệm tăng nhẹ",
            &format!("12/02/2026 09:41 {tail}"),
        ]);
        let a = article(&text);
        assert!(section(&a).is_empty(), "{tail}");
        assert_eq!(header(&a), [tail], "{tail}");
    }
    // An outlet after the bar is the article's source, not its section,
    // alone or among widgets.
    for (tail, outlet) in [
        ("| Báo Thanh Niên", "Báo Thanh Niên"),
        ("| Dân trí | 1.024 lượt xem", "Dân trí"),
    ] {
        let text = page(&[
            "Lãi suất tiết kiệm tăng nhẹ",
            &format!("12/02/2026 09:41 {tail}"),
        ]);
        let a = article(&text);
        assert!(section(&a).is_empty(), "{tail}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Source], vec![outlet.to_string()])],
            "{tail}"
        );
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert_eq!(a.rebuild(), text);
    }
}

/// Two short lines with the dateline between them: the one of more words
/// is the title, whichever comes first; as many words, the first.
#[test]
fn a_short_title_under_the_dateline() {
    let date = "12/02/2024 08:00 GMT+7";
    let text = page(&["Chứng khoán", date, "Giá vàng lập đỉnh mới"]);
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng lập đỉnh mới");
    assert_eq!(section(&a), ["Chứng khoán"]);
    assert_eq!(rfc3339(&a), "2024-02-12T08:00:00+07:00");
    let text = page(&["Giá vàng lập đỉnh mới", date, "Chứng khoán"]);
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng lập đỉnh mới");
    assert_eq!(header(&a), ["Chứng khoán"]);
    let text = page(&["Vàng tăng giá", date, "Chứng khoán"]);
    assert_eq!(article(&text).title, "Vàng tăng giá");
}

#[test]
fn bylines_on_the_dateline_line() {
    let cases: &[(&str, &str, Vec<RolesNames>)] = &[
        (
            "Hoàng Lan• 14/02/2022 10:12",
            "2022-02-14T10:12:00+07:00",
            vec![(vec![Role::Author], names(&["Hoàng Lan"]))],
        ),
        (
            "TRẦN MINH • 03/05/2024 16:20",
            "2024-05-03T16:20:00+07:00",
            vec![(vec![Role::Author], names(&["TRẦN MINH"]))],
        ),
        (
            "Tin và ảnh: Lê Hà• 14/02/2022 10:12",
            "2022-02-14T10:12:00+07:00",
            vec![(vec![Role::News, Role::Photo], names(&["Lê Hà"]))],
        ),
        (
            "Tin: Minh Anh - Ảnh: Thu Hà• 14/02/2022 10:12",
            "2022-02-14T10:12:00+07:00",
            vec![
                (vec![Role::News], names(&["Minh Anh"])),
                (vec![Role::Photo], names(&["Thu Hà"])),
            ],
        ),
        (
            "Nguyễn Văn An - 12/02/2026 09:41",
            "2026-02-12T09:41:00+07:00",
            vec![(vec![Role::Author], names(&["Nguyễn Văn An"]))],
        ),
        (
            "Lê Hà (theo Reuters)\u{a0}\u{a0} -\u{a0}\u{a0} Thứ hai, 12/02/2024 08:00 (GMT+7)",
            "2024-02-12T08:00:00+07:00",
            vec![
                (vec![Role::Author], names(&["Lê Hà"])),
                (vec![Role::Source], names(&["Reuters"])),
            ],
        ),
        (
            "BS. TRẦN VÕ HƯƠNG • 10/08/2010 14:10 PM",
            "2010-08-10T14:10:00+07:00",
            vec![(vec![Role::Author], names(&["TRẦN VÕ HƯƠNG"]))],
        ),
        (
            "Hưng Thịnh (TTXVN) • 20/09/2012 20:33 PM",
            "2012-09-20T20:33:00+07:00",
            vec![
                (vec![Role::Author], names(&["Hưng Thịnh"])),
                (vec![Role::Source], names(&["TTXVN"])),
            ],
        ),
        // A space alone before the date: every word of the byline in
        // capitals, the date with its time.
        (
            "Hoàng Lan 12/02/2024 08:00",
            "2024-02-12T08:00:00+07:00",
            vec![(vec![Role::Author], names(&["Hoàng Lan"]))],
        ),
        (
            "Hoàng Lan Thứ hai, 12/2/2024 08:00 (GMT+7)",
            "2024-02-12T08:00:00+07:00",
            vec![(vec![Role::Author], names(&["Hoàng Lan"]))],
        ),
        (
            "Hoàng Lan, Theo Trí Thức Trẻ 12:00 12/02/2024",
            "2024-02-12T12:00:00+07:00",
            vec![
                (vec![Role::Author], names(&["Hoàng Lan"])),
                (vec![Role::Source], names(&["Trí Thức Trẻ"])),
            ],
        ),
        (
            "Hoàng Lan hoanglan@thanhnien.vn | 12/02/2024 08:00",
            "2024-02-12T08:00:00+07:00",
            vec![(vec![Role::Author], names(&["Hoàng Lan"]))],
        ),
        // Bullets between the date and the time; the byline after the
        // date, the section read above it.
        (
            "Hoàng Lan • 13/2/2026 • 10:15",
            "2026-02-13T10:15:00+07:00",
            vec![(vec![Role::Author], names(&["Hoàng Lan"]))],
        ),
        (
            "13/02/2026 10:15 | Hoàng Lan",
            "2026-02-13T10:15:00+07:00",
            vec![(vec![Role::Author], names(&["Hoàng Lan"]))],
        ),
    ];
    for (line, when, want) in cases {
        let text = page(&["Khoa học", "Cây hẹ chữa ho", line]);
        let a = article(&text);
        assert_eq!(a.title, "Cây hẹ chữa ho", "{line}");
        assert_eq!(rfc3339(&a), *when, "{line}");
        assert_eq!(&credits(&a), want, "{line}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{line}");
    }
}

/// Audio players, font-size buttons, save and share widgets between the
/// dateline and the lead are header furniture, never bylines.
#[test]
fn an_offset_after_the_date_is_no_source() {
    // After a dash, the offset is the dateline's.
    let text = page(&[
        "Kinh doanh",
        "Mở rộng tuyến xe buýt điện",
        "Thứ Tư, 24/12/2025 09:30 - (GMT+7)",
    ]);
    let a = article(&text);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text.as_str(), "Thứ Tư, 24/12/2025 09:30 - (GMT+7)");
    assert!(!d.offset_assumed);
    assert_eq!(rfc3339(&a), "2025-12-24T09:30:00+07:00");
    assert!(a.credits.is_empty());
    // Printed twice: the first is the dateline's, the second the page's,
    // never an agency.
    let text = page(&[
        "Kinh doanh",
        "Mở rộng tuyến xe buýt điện",
        "Thứ Tư, 24/12/2025 09:30:00 +07:00 (GMT+7)",
    ]);
    let a = article(&text);
    assert_eq!(
        a.dateline.as_ref().unwrap().text.as_str(),
        "Thứ Tư, 24/12/2025 09:30:00 +07:00"
    );
    assert!(a.credits.is_empty());
    assert_eq!(header(&a), ["(GMT+7)"]);
    // After the date alone, a dash stands before the time: a time mangled
    // into an offset's shape is no offset.
    let text = page(&[
        "Kinh doanh",
        "Mở rộng tuyến xe buýt điện",
        "05/06/2025 - GMT+09:15",
    ]);
    let a = article(&text);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!((d.text.as_str(), d.offset_assumed), ("05/06/2025", true));
    // On a line of its own, under the date or over the title: the page's,
    // never the title.
    for head in [
        [
            "Thứ Tư, 24/12/2025 09:30",
            "(GMT+7)",
            "Kinh doanh",
            "Mở rộng tuyến xe buýt điện",
        ],
        [
            "Kinh doanh",
            "(GMT+7)",
            "Mở rộng tuyến xe buýt điện",
            "Thứ Tư, 24/12/2025 09:30",
        ],
    ] {
        let text = page(&head);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
        assert_eq!(section(&a), ["Kinh doanh"]);
        assert_eq!(header(&a), ["(GMT+7)"]);
        assert!(a.credits.is_empty());
        assert_eq!(rfc3339(&a), "2025-12-24T09:30:00+07:00");
    }
    for offset in ["(GMT+7)", "(UTC+07:00)", "[GMT+7]"] {
        assert_eq!(
            vn_article::Credit::parse_line(offset)
                .unwrap_err()
                .to_string(),
            "invalid credit: expected roles and names such as Tin, ảnh: KIM XUÂN, \
             a source such as Theo TTXVN, or a byline at line 1, column 1",
            "{offset}"
        );
    }
}

#[test]
fn widgets_above_the_lead_go_to_the_header() {
    let widgets = [
        "Nghe bài viết",
        "00:00 / 03:24",
        "Cỡ chữ",
        "A-",
        "A+",
        "Lưu bài viết",
        "Google News",
        "Zalo",
        "Facebook",
        "Theo dõi Báo Tiền Phong trên Google News",
        "Tag: giao thông",
        "Nghe bài viết 0:00 / 3:25",
        "Tốc độ đọc 1x",
        "Nghe bài",
        "Giọng nam Giọng nữ",
        "Giọng nữ | Giọng nam",
        "Tốc độ",
        "1x",
        "0.75x",
        "Lượt xem: 1.234",
    ];
    let mut head = vec![
        "Mở rộng tuyến xe buýt điện",
        "Hoàng Lan",
        "12/02/2024 08:00",
    ];
    head.extend(widgets);
    let text = page(&head);
    let a = article(&text);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(header(&a), widgets);
    assert_eq!(a.lead.as_deref(), Some(LEAD));

    // A row of widgets one to a line, twenty of them: all in the header.
    let widgets = [
        "Nghe bài viết",
        "00:00 / 03:24",
        "Cỡ chữ",
        "A-",
        "A+",
        "Lưu bài viết",
        "Google News",
        "Zalo",
        "Facebook",
        "Twitter",
        "Email",
        "Copy link",
        "In bài viết",
        "Chia sẻ",
        "Theo dõi",
        "Bình luận (0)",
        "Tốc độ đọc 1x",
        "Lưu",
        "In",
        "Góp ý",
    ];
    let mut head = vec!["Mở rộng tuyến xe buýt điện", "12/02/2024 08:00"];
    head.extend(widgets);
    let text = page(&head);
    let a = article(&text);
    assert_eq!(header(&a), widgets);
    assert_eq!(a.lead.as_deref(), Some(LEAD));

    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "12/02/2024 08:00",
        "Giọng đọc: Nữ miền Bắc",
    ]);
    let a = article(&text);
    assert_eq!(header(&a), ["Giọng đọc: Nữ miền Bắc"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));

    // A headline that opens with a widget's words is no widget.
    let text = page(&["Nghe bài hát mới của ca sĩ trẻ", "12/02/2024 08:00"]);
    let a = article(&text);
    assert_eq!(a.title, "Nghe bài hát mới của ca sĩ trẻ");
    assert!(header(&a).is_empty());
}

/// What a box or a player prints while it loads (`Đang tải...`,
/// `Loading…`) and the button that keeps an article (`Lưu tin`) are
/// furniture wherever they stand: never the title above the headline,
/// never a section, and after the credit they leave it the byline.
#[test]
fn loading_boxes_and_save_buttons_are_furniture() {
    let text = page(&[
        "Đang tải...",
        "Mở rộng tuyến xe buýt điện",
        "12/02/2024 08:00",
        "Lưu tin",
        "Loading…",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
    assert_eq!(header(&a), ["Đang tải...", "Lưu tin", "Loading…"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));

    let text = format!(
        "Xã hội\n\nLưu tin\n\nMở rộng tuyến xe buýt điện\n\n12/02/2024 08:00\n\n{LEAD}\n\n{BODY}\n\nHoàng Lan\n\nĐang tải...\n"
    );
    let a = article(&text);
    assert_eq!(section(&a), ["Xã hội"]);
    assert_eq!(header(&a), ["Lưu tin"]);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(footer(&a), ["Đang tải..."]);
    assert_eq!(a.body.len(), 1);

    // With their dots, under the title and over the dateline, they are no
    // lead: the dateline under them is the article's; and a dump does not
    // take them for the paragraph of an article that ended above the title.
    for widget in ["Đang tải...", "Loading...", "Đang tải…"] {
        let text = format!(
            "Xã hội\n{widget}\nMở rộng tuyến xe buýt điện\n{widget}\n12/02/2024 08:00\n{LEAD}\n{BODY}\n"
        );
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{widget}");
        assert_eq!(header(&a), [widget, widget], "{widget}");
        assert_eq!(
            a.dateline.as_ref().unwrap().text,
            "12/02/2024 08:00",
            "{widget}"
        );
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{widget}");
        let many: Vec<_> = vn_article::parse_many(&text)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(many.len(), 1, "{widget}");
        assert_eq!(many[0].title, "Mở rộng tuyến xe buýt điện", "{widget}");
    }

    // A sentence that opens with the words is no widget.
    let text = page(&["Mở rộng tuyến xe buýt điện", "12/02/2024 08:00"])
        + "\nĐang tải dữ liệu lên hệ thống mới của thành phố.\n";
    let a = article(&text);
    assert!(header(&a).is_empty());
    assert_eq!(
        a.body.last().unwrap().text,
        "Đang tải dữ liệu lên hệ thống mới của thành phố."
    );
}

/// A fragment that opens with its lead (`(CT) - ...`), with or without a
/// dateline above it: no title (empty, with a diagnostic), the marker's
/// source, the lead, body and credits as in a whole article.
#[test]
fn a_fragment_that_opens_with_its_lead() {
    let lead = "(CT) - Ngày 2-4-2024, Ban Thường vụ Quận ủy tổ chức hội nghị.";
    let cases = [
        ("", ["missing_title", "missing_dateline"]),
        ("03/04/2024 - 07:35\n", ["offset_assumed", "missing_title"]),
    ];
    for (head, diagnostics) in cases {
        let text = format!("{head}{lead}\n{BODY}\nTin, ảnh: KIM XUÂN\n");
        let a = article(&text);
        assert_eq!(a.title, "", "{head}");
        assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("CT"));
        assert_eq!(
            a.lead.as_deref(),
            Some("Ngày 2-4-2024, Ban Thường vụ Quận ủy tổ chức hội nghị.")
        );
        assert_eq!(a.body.len(), 1);
        assert_eq!(
            credits(&a),
            [(vec![Role::News, Role::Photo], names(&["KIM XUÂN"]))]
        );
        assert_eq!(util::codes(&a), diagnostics, "{head}");
        assert_eq!(
            a.diagnostics.iter().map(|d| d.line).collect::<Vec<_>>(),
            [1, 1]
        );
        assert_eq!(a.dateline.is_some(), !head.is_empty());
        assert_eq!(a.rebuild(), text);
        let rendered = a.to_string();
        assert_eq!(article(&rendered), a, "{rendered:?}");
    }
    // One line: the lead alone.
    let a = article(lead);
    assert_eq!(a.title, "");
    assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("CT"));
    assert_eq!(
        a.lead.as_deref(),
        Some("Ngày 2-4-2024, Ban Thường vụ Quận ủy tổ chức hội nghị.")
    );
    assert!(a.body.is_empty());
}

/// Running text without a dateline whose first line is a sentence (a
/// fragment of an article) has no title: the sentence is the lead. A first
/// line that reads as a headline stays the title.
#[test]
fn a_fragment_of_running_text() {
    let first = "Sáng 12/2, giá vàng trong nước tăng mạnh.";
    let text = format!("{first}\n\n{BODY}\n\nHoàng Lan\n");
    let a = article(&text);
    assert_eq!(a.title, "");
    assert_eq!(a.lead.as_deref(), Some(first));
    assert_eq!(a.body.len(), 1);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(util::codes(&a), ["missing_title", "missing_dateline"]);
    assert_eq!(a.rebuild(), text);
    let rendered = a.to_string();
    assert_eq!(article(&rendered), a, "{rendered:?}");
    // A headline first, or a dateline above the sentence: a title as before.
    let text = format!("Giá vàng tăng mạnh\n\n{first}\n");
    assert_eq!(article(&text).title, "Giá vàng tăng mạnh");
    let text = format!("03/04/2024 - 07:35\n\n{first}\n\n{BODY}\n");
    assert_eq!(article(&text).title, first);
}

/// A fragment of running text under a photo's caption, or of one sentence
/// closed by its credits on the same line: no title, the sentence is the
/// lead, the caption keeps its credit and the closing credits are read.
#[test]
fn a_fragment_under_a_caption_or_closed_by_its_credits() {
    let first = "Sáng 12/2, giá vàng trong nước tăng mạnh.";
    let caption = "Khách mua vàng tại một cửa hàng ở Hà Nội. Ảnh: Minh Anh";
    let text = format!("{caption}\n\n{first}\n\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.title, "");
    assert_eq!(a.lead.as_deref(), Some(first));
    let blocks: Vec<(BlockKind, &str)> = a.body.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        blocks,
        [
            (
                BlockKind::Caption,
                "Khách mua vàng tại một cửa hàng ở Hà Nội."
            ),
            (BlockKind::Paragraph, BODY)
        ]
    );
    assert_eq!(a.body[0].credits[0].names, ["Minh Anh"]);
    assert_eq!(util::codes(&a), ["missing_title", "missing_dateline"]);
    assert_eq!(a.rebuild(), text);
    // One sentence and its credits on one line.
    for (closing, want) in [
        (
            "Minh Anh (TTXVN)",
            vec![
                (vec![Role::Author], names(&["Minh Anh"])),
                (vec![Role::Source], names(&["TTXVN"])),
            ],
        ),
        (
            "Theo VnExpress",
            vec![(vec![Role::Source], names(&["VnExpress"]))],
        ),
    ] {
        let text = format!("{first} {closing}\n");
        let a = article(&text);
        assert_eq!(a.title, "", "{closing}");
        assert_eq!(a.lead.as_deref(), Some(first), "{closing}");
        assert_eq!(credits(&a), want, "{closing}");
        assert_eq!(a.rebuild(), text);
    }
    // A headline under the caption stays the title.
    let text = format!("{caption}\n\nGiá vàng tăng mạnh\n\n{first}\n");
    assert_eq!(article(&text).title, "Giá vàng tăng mạnh");
}

/// Two lines alone, a label of a few words over a headline (a fragment of
/// a header: the section and the title): the label is the section, the
/// headline the title, and there is no lead. A sentence or a longer line
/// under the label, or a line under the pair, keeps the reading of a title
/// over its lead.
#[test]
fn a_fragment_of_a_section_and_its_title() {
    for (label, title) in [
        ("Kinh tế", "Giá vàng lập đỉnh mới trong phiên sáng"),
        ("Bình Thủy", "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm"),
        ("THỜI SỰ", "Mở rộng tuyến xe buýt điện ra ngoại thành"),
    ] {
        let text = format!("{label}\n{title}\n");
        let a = article(&text);
        assert_eq!(a.section, [label], "{text}");
        assert_eq!(a.title, title, "{text}");
        assert_eq!(a.lead, None, "{text}");
        assert!(a.body.is_empty(), "{text}");
        assert_eq!(
            util::codes(&a),
            ["missing_dateline", "missing_lead"],
            "{text}"
        );
        assert_eq!(a.rebuild(), text);
        let rendered = a.to_string();
        assert_eq!(article(&rendered), a, "{rendered:?}");
    }
    // Under a dateline, the header of the seed's order alone.
    let text = "03/04/2024 - 07:35\nBình Thủy\nKết nạp đảng viên mới đạt 53,68% kế hoạch năm\n";
    let a = article(text);
    assert_eq!(a.section, ["Bình Thủy"]);
    assert_eq!(a.title, "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm");
    assert_eq!(a.lead, None);
    assert_eq!(
        a.dateline
            .as_ref()
            .map(|d| d.datetime().map(|t| t.to_rfc3339())),
        Some(Some("2024-04-03T07:35:00+07:00".to_string()))
    );
    assert_eq!(util::codes(&a), ["offset_assumed", "missing_lead"]);
    assert_eq!(a.rebuild(), text);
    // A sentence under the label: a title over its lead.
    let a = article("Kinh tế\nGiá vàng tăng mạnh trong phiên sáng nay.\n");
    assert_eq!(a.title, "Kinh tế");
    assert_eq!(
        a.lead.as_deref(),
        Some("Giá vàng tăng mạnh trong phiên sáng nay.")
    );
    // A first line of more words: a title over its lead.
    let a = article("Giá vàng lập đỉnh mới\nSáng nay giá vàng miếng tăng mạnh\n");
    assert_eq!(a.title, "Giá vàng lập đỉnh mới");
    assert_eq!(a.lead.as_deref(), Some("Sáng nay giá vàng miếng tăng mạnh"));
    // Two short lines: a title over its lead.
    let a = article("Kinh tế\nGiá vàng\n");
    assert_eq!(a.title, "Kinh tế");
    assert_eq!(a.lead.as_deref(), Some("Giá vàng"));
}

/// The outlet's name alone in the header is the page's brand, not the
/// title nor a credit; with a date after a bullet it is the source.
#[test]
fn the_outlet_name_in_the_header() {
    let text = "Kinh doanh\nThứ Tư, 03/04/2024 07:35 (GMT+7)\nTuổi Trẻ Online\n\
                Giá vàng tăng mạnh\nTTO - Sáng nay, giá vàng tăng.\n";
    let a = article(text);
    assert_eq!(a.title, "Giá vàng tăng mạnh");
    assert_eq!(a.header, ["Tuổi Trẻ Online"]);
    assert!(a.credits.is_empty());
    let text = "Giá vàng tăng mạnh\nBáo Tuổi Trẻ • 03/04/2024 07:35\nSáng nay, giá vàng tăng.\n";
    let a = article(text);
    assert_eq!(a.title, "Giá vàng tăng mạnh");
    assert_eq!(a.dateline.as_ref().unwrap().text, "03/04/2024 07:35");
    assert_eq!(
        credits(&a),
        [(vec![Role::Source], names(&["Báo Tuổi Trẻ"]))]
    );
}

/// A fragment of labelled credits or captions alone, under a dateline or
/// not, has no title and no lead: its lines are the dateline, the credits
/// and the body, nothing is lost.
#[test]
fn a_fragment_of_credits_or_captions_alone() {
    let a = article("Tin, ảnh: KIM XUÂN\nTheo TTXVN\n");
    assert_eq!(a.title, "");
    assert_eq!(a.lead, None);
    assert_eq!(
        credits(&a),
        [
            (vec![Role::News, Role::Photo], names(&["KIM XUÂN"])),
            (vec![Role::Source], names(&["TTXVN"])),
        ]
    );
    assert_eq!(
        util::codes(&a),
        ["missing_title", "missing_dateline", "missing_lead"]
    );
    let text = "Người dân đổ xô mua vàng. Ảnh: Minh Hà\n";
    let a = article(text);
    assert_eq!(a.title, "");
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.body[0].kind, BlockKind::Caption);
    assert_eq!(a.body[0].text, "Người dân đổ xô mua vàng.");
    assert_eq!(a.body[0].credits[0].names, ["Minh Hà"]);
    assert_eq!(a.rebuild(), text);
    // Page furniture under them goes to the footer.
    let text = "Tin, ảnh: KIM XUÂN\nChia sẻ bài viết\n";
    let a = article(text);
    assert_eq!(a.title, "");
    assert_eq!(
        credits(&a),
        [(vec![Role::News, Role::Photo], names(&["KIM XUÂN"]))]
    );
    assert_eq!(a.footer, ["Chia sẻ bài viết"]);
    assert_eq!(a.rebuild(), text);
    // Under a dateline: the dateline, then the credits (the credit line was
    // the title).
    let text = "03/04/2024 - 07:35\nTin, ảnh: KIM XUÂN\nChia sẻ bài viết\n";
    let a = article(text);
    assert_eq!(a.title, "");
    assert_eq!(rfc3339(&a), "2024-04-03T07:35:00+07:00");
    assert_eq!(
        credits(&a),
        [(vec![Role::News, Role::Photo], names(&["KIM XUÂN"]))]
    );
    assert_eq!(a.footer, ["Chia sẻ bài viết"]);
    assert_eq!(
        util::codes(&a),
        ["missing_title", "missing_lead", "offset_assumed"]
    );
    assert_eq!(a.rebuild(), text);
    // A headline under the dateline keeps its place.
    assert_eq!(
        article("03/04/2024 - 07:35\nGiá vàng tăng mạnh\nẢnh: KIM XUÂN\n").title,
        "Giá vàng tăng mạnh"
    );
    // Furniture alone is no fragment of credits: its first line is the title.
    assert_eq!(article("Chia sẻ bài viết\n").title, "Chia sẻ bài viết");
    // A headline among them keeps its place.
    assert_eq!(
        article("Giá vàng tăng mạnh\nẢnh: KIM XUÂN\n").title,
        "Giá vàng tăng mạnh"
    );
}

/// A dateline, a title and a date alone on the last line (a fragment, or a
/// phrase set under a dateline): the date is the lead, with its mention,
/// not a second dateline; a short title over it stays the title.
#[test]
fn a_date_alone_under_the_title_is_the_lead() {
    for (last, date) in [
        ("3/3/17", "2017-03-03"),
        ("12 tháng 10 năm 2017", "2017-10-12"),
    ] {
        let text = format!("02/02/2017 - 03:55\nTiêu đề bài báo thử\n{last}\n");
        let a = article(&text);
        assert_eq!(a.title, "Tiêu đề bài báo thử", "{last}");
        assert_eq!(rfc3339(&a), "2017-02-02T03:55:00+07:00", "{last}");
        assert_eq!(a.lead.as_deref(), Some(last));
        let dates: Vec<String> = a
            .mentions
            .iter()
            .filter_map(|m| match &m.value {
                vn_article::MentionValue::Date { date, .. } => date.map(|d| d.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(dates, [date], "{last}");
        assert!(header(&a).is_empty(), "{last}");
    }
    // A clock time alone there is the lead too, not a player's counter.
    let a = article("02/02/2017 - 03:55\nTiêu đề bài báo thử\n15:23:24\n");
    assert_eq!(a.lead.as_deref(), Some("15:23:24"));
    assert!(matches!(
        a.mentions.first().map(|m| &m.value),
        Some(vn_article::MentionValue::Time { time, .. }) if time.to_string() == "15:23:24"
    ));
}

/// The same with the credits and the page's furniture under the phrase, and
/// with the outlet's marker before it: no paragraph follows, so the date is
/// still the fragment's text (the lead, its marker the source), not the
/// article's date under a page clock.
#[test]
fn a_date_alone_over_the_credits_is_the_lead() {
    for (line, lead, code, date) in [
        (
            "12 tháng 10 năm 2017",
            "12 tháng 10 năm 2017",
            None,
            "2017-10-12",
        ),
        (
            "(CT) - 12 tháng 10 năm 2017",
            "12 tháng 10 năm 2017",
            Some("CT"),
            "2017-10-12",
        ),
        (
            "(CT) - ngày 3/3/17",
            "ngày 3/3/17",
            Some("CT"),
            "2017-03-03",
        ),
        ("Ngày 20/4/2017", "Ngày 20/4/2017", None, "2017-04-20"),
    ] {
        let text = format!(
            "02/02/2017 - 03:55\nBình Thủy\nTiêu đề bài báo thử\n{line}\nTin, ảnh: KIM XUÂN\nChia sẻ bài viết\n"
        );
        let a = article(&text);
        assert_eq!(a.title, "Tiêu đề bài báo thử", "{line}");
        assert_eq!(rfc3339(&a), "2017-02-02T03:55:00+07:00", "{line}");
        assert_eq!(a.lead.as_deref(), Some(lead), "{line}");
        assert_eq!(a.source.as_ref().map(|s| s.code.as_ref()), code, "{line}");
        assert_eq!(
            util::credit_parts(&a),
            [(
                "Tin, ảnh: KIM XUÂN",
                &[Role::News, Role::Photo][..],
                vec!["KIM XUÂN"]
            )],
            "{line}"
        );
        assert_eq!(a.footer, ["Chia sẻ bài viết"], "{line}");
        assert!(header(&a).is_empty(), "{line}");
        // The lead's one mention: the date, all of the lead.
        let dates: Vec<(&str, String)> = a
            .mentions
            .iter()
            .map(|m| match &m.value {
                vn_article::MentionValue::Date { date, .. } => (
                    m.text.as_str(),
                    date.map(|d| d.to_string()).unwrap_or_default(),
                ),
                other => (m.text.as_str(), format!("{other:?}")),
            })
            .collect();
        assert_eq!(dates, [(lead, date.to_owned())], "{line}");
    }
    // With a paragraph under it, a date under the title is the article's
    // own, and the one above the title a page clock.
    let text = format!(
        "02/02/2017 - 03:55\nTiêu đề bài báo thử\n12/10/2017 08:00\n{LEAD}\nTin, ảnh: KIM XUÂN\n"
    );
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2017-10-12T08:00:00+07:00");
    assert_eq!(header(&a), ["02/02/2017 - 03:55"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
}

/// A note on the picture between the header and the lead is no lead.
#[test]
fn a_picture_note_above_the_lead_is_no_lead() {
    for note in ["(Ảnh minh họa)", "Ảnh minh họa"] {
        let text = page(&["Mở rộng tuyến xe buýt điện", "12/02/2024 08:00", note]);
        let a = article(&text);
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{note}");
        assert_eq!(header(&a), [note]);
        assert_eq!(a.body.len(), 1, "{note}");
        // Under a title of a few words: the note is not the title (nor the
        // title a section).
        let text = page(&["12/02/2024 08:00", "Đeo nhẫn lưng chừng tay", note]);
        let a = article(&text);
        assert_eq!(a.title, "Đeo nhẫn lưng chừng tay", "{note}");
        assert!(a.section.is_empty(), "{note}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{note}");
        assert_eq!(header(&a), [note]);
    }
    // Closed by a period, the kind of a picture alone is a caption without
    // a credit, in the body (it was the lead).
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "12/02/2024 08:00",
        "Ảnh minh họa.",
    ]);
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(
        a.body.first().map(|b| (b.kind, b.text.as_str())),
        Some((BlockKind::Caption, "Ảnh minh họa."))
    );
    // A photo credit alone is the photo's caption, in the body.
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "12/02/2024 08:00",
        "Ảnh: Internet",
    ]);
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.body.first().map(|b| b.kind), Some(BlockKind::Caption));
}

/// The kind, text and number of credits of the first block of the body
/// of an article with `line` under its lead.
fn first_block(line: &str) -> Option<(BlockKind, String, usize)> {
    let text = format!("03/04/2024 - 07:35\n\nTiêu đề\n\n{LEAD}\n\n{line}\n\n{BODY}\n");
    let a = article(&text);
    assert_eq!(util::check_lossless(&text, &a), Ok(()));
    a.body
        .first()
        .map(|b| (b.kind, b.text.to_string(), b.credits.len()))
}

/// A caption closed by its picture's number after a dash or a bar, as pages
/// name each picture in its alternative text (`... - Ảnh 1.`, `... - Hình
/// 2`), is a caption without a credit; a score or a sentence that ends with
/// a number stays a paragraph.
#[test]
fn a_caption_closed_by_its_pictures_number() {
    for caption in [
        "Máy bay gặp sự cố mới chỉ bay 8 chặng - Ảnh 1.",
        "Máy bay gặp sự cố mới chỉ bay 8 chặng - Hình 12",
        "Máy bay gặp sự cố mới chỉ bay 8 chặng – ảnh 3",
        "Máy bay gặp sự cố mới chỉ bay 8 chặng | Video 2",
    ] {
        let want = (BlockKind::Caption, caption.to_string(), 0);
        assert_eq!(first_block(caption), Some(want), "{caption}");
    }
    for line in [
        "Trận đấu khép lại với tỉ số 2 - 1",
        "Máy bay gặp sự cố - Ảnh 1234",
        "Đội chủ nhà thắng ở hiệp 2",
        "- Ảnh 1",
        "Cả đoàn chụp chung một ảnh 1",
    ] {
        assert_eq!(
            first_block(line).map(|b| b.0),
            Some(BlockKind::Paragraph),
            "{line}"
        );
    }
}

/// A caption closed by the kind of its picture, after a sentence end, a dash
/// or a bar, or in brackets (`... . Ảnh minh họa`, `... (Ảnh chụp màn
/// hình)`, `... - Ảnh chụp màn hình`, `... . Ảnh sưu tầm`), is a caption
/// without a credit, whole; a sentence that opens with the words, or the
/// words without `Ảnh`, stays a paragraph.
#[test]
fn a_caption_closed_by_its_picture_kind() {
    for caption in [
        "Người dân mua sắm tại siêu thị. Ảnh minh họa",
        "Người dân mua sắm tại siêu thị (Ảnh minh họa)",
        "Người dân mua sắm tại siêu thị. Ảnh chụp màn hình.",
        "Người dân mua sắm tại siêu thị! Ảnh tư liệu",
        "Người dân xếp hàng từ sáng sớm. (Ảnh cắt từ clip)",
        "Mẫu xe mới ra mắt - Ảnh chụp màn hình",
        "Mẫu xe mới ra mắt | Ảnh tư liệu",
        "Ngôi nhà cổ ở làng Đường Lâm. Ảnh sưu tầm",
        "Ngôi nhà cổ ở làng Đường Lâm (ẢNH SƯU TẦM)",
    ] {
        let want = (BlockKind::Caption, caption.to_string(), 0);
        assert_eq!(first_block(caption), Some(want), "{caption}");
    }
    for line in [
        "Ảnh minh họa cho thấy điều đó rất rõ.",
        "Bài viết dùng nhiều hình (minh họa)",
        "Hình ảnh được cắt từ clip.",
        "Tôi xem clip. Cắt từ clip",
        "Ông có nhiều tranh. Sưu tầm",
        "Ảnh sưu tầm của ông được trưng bày ở bảo tàng.",
        "Giá xăng hôm nay - Ảnh minh họa cho bài viết về giá xăng",
    ] {
        assert_eq!(
            first_block(line).map(|b| b.0),
            Some(BlockKind::Paragraph),
            "{line}"
        );
    }
}

/// A sentence that ends with a date is no byline and no dateline.
#[test]
fn a_sentence_ending_with_a_date_is_no_byline() {
    let text = page(&["Cây hẹ chữa ho", "Vụ cháy xảy ra lúc 08:00 12/02/2024"]);
    let a = article(&text);
    assert!(a.dateline.is_none());
    assert!(a.credits.is_empty());
    // A title under a label, as the shapes of the two lines say.
    assert_eq!(a.title, "Vụ cháy xảy ra lúc 08:00 12/02/2024");
    assert_eq!(section(&a), ["Cây hẹ chữa ho"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
}

#[test]
fn the_page_clock_above_the_title_goes_to_the_header() {
    let text = page(&[
        "Thứ 2, 05/10/2026 18:38 (GMT+7)",
        "Giá vàng lập đỉnh mới",
        "Thứ 3, 08/03/2022 | 14:05:00 [GMT+7]",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng lập đỉnh mới");
    assert_eq!(rfc3339(&a), "2022-03-08T14:05:00+07:00");
    assert_eq!(header(&a), ["Thứ 2, 05/10/2026 18:38 (GMT+7)"]);
}

#[test]
fn the_same_date_above_and_under_the_title_is_read_above() {
    let text = page(&[
        "Thời sự > Giao thông",
        "Thứ Năm, 30/07/2026 - 15:11",
        "Mở làn riêng cho xe buýt",
        "Tuấn Kiệt",
        "Xem các bài viết của tác giả",
        "30/07/2026 15:11 (GMT+07:00)",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Mở làn riêng cho xe buýt");
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("Thứ Năm, 30/07/2026 - 15:11")
    );
    assert_eq!(
        header(&a),
        [
            "Xem các bài viết của tác giả",
            "30/07/2026 15:11 (GMT+07:00)"
        ]
    );
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Tuấn Kiệt"]))]);
}

#[test]
fn a_dateline_under_the_lead() {
    let text = format!("Thông cáo báo chí về kỳ họp\n\n{LEAD}\n\n15/03/2024 08:30\n\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.title, "Thông cáo báo chí về kỳ họp");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(rfc3339(&a), "2024-03-15T08:30:00+07:00");
    assert_eq!(a.body.len(), 1);
    assert_eq!(util::codes(&a), ["offset_assumed"]);
    // With the byline right under it or right above it.
    for (over, under) in [("", "Minh Anh\n\n"), ("Minh Anh\n\n", "")] {
        let text = format!(
            "Thông cáo báo chí về kỳ họp\n\n{LEAD}\n\n{over}15/03/2024 | 08:30\n\n{under}{BODY}\n"
        );
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-03-15T08:30:00+07:00");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
        assert_eq!(a.body.len(), 1);
        assert_eq!(&*a.body[0].text, BODY);
        assert_eq!(a.rebuild(), text);
    }
    // A sentence under it stays in the body.
    let text = format!(
        "Thông cáo báo chí về kỳ họp\n\n{LEAD}\n\n15/03/2024 08:30\n\nMinh Anh cho biết thêm.\n\n{BODY}\n"
    );
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(a.body.len(), 2);
    assert_eq!(&*a.body[0].text, "Minh Anh cho biết thêm.");
}

/// A short article's credit between its last paragraph and a date under
/// it, within reach of the lead: a credit, whatever its kind, not a
/// paragraph; a photo's credit alone there stays a caption.
#[test]
fn a_credit_over_a_date_under_a_short_article() {
    let source = (vec![Role::Source], names(&["Báo Hà Nội Mới"]));
    for (credit, date, want, when) in [
        (
            "Theo Báo Hà Nội Mới",
            "Ngày đăng: 12/02/2026",
            vec![source.clone()],
            None,
        ),
        (
            "Nguồn: Báo Hà Nội Mới",
            "Ngày đăng: 12/02/2026 09:41",
            vec![source.clone()],
            Some("2026-02-12T09:41:00+07:00"),
        ),
        (
            "Tin, ảnh: KIM XUÂN",
            "Ngày đăng: 12/02/2026",
            vec![(vec![Role::News, Role::Photo], names(&["KIM XUÂN"]))],
            None,
        ),
        (
            "Minh Anh (TTXVN)",
            "12/02/2026 09:41",
            vec![
                (vec![Role::Author], names(&["Minh Anh"])),
                (vec![Role::Source], names(&["TTXVN"])),
            ],
            Some("2026-02-12T09:41:00+07:00"),
        ),
    ] {
        let text =
            format!("Thông cáo báo chí về kỳ họp\n\n{LEAD}\n\n{BODY}\n\n{credit}\n\n{date}\n");
        let a = article(&text);
        assert_eq!(a.rebuild(), text);
        assert_eq!(credits(&a), want, "{credit}");
        assert_eq!(
            a.dateline.as_ref().map(|d| &*d.text),
            Some(date),
            "{credit}"
        );
        assert_eq!(rfc3339(&a), when.unwrap_or_default(), "{credit}");
        assert_eq!(a.body.len(), 1, "{credit}");
        assert_eq!(&*a.body[0].text, BODY, "{credit}");
    }
    // A photo's credit alone there is the caption of the picture above.
    let text = format!(
        "Thông cáo báo chí về kỳ họp\n\n{LEAD}\n\n{BODY}\n\nẢnh: KIM XUÂN\n\n12/02/2026 09:41\n"
    );
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(a.body.len(), 2);
    assert_eq!(a.body[1].kind, BlockKind::Caption);
    assert_eq!(a.body[1].credits[0].names, ["KIM XUÂN"]);
}

#[test]
fn weekdays_offsets_and_clocks() {
    let cases = [
        ("Thứ 4, 13/03/2024 - 07:00", "2024-03-13T07:00:00+07:00"),
        ("Thứ Tư, 13/03/2024 07:00", "2024-03-13T07:00:00+07:00"),
        ("T4, 13/03/2024 07:00", "2024-03-13T07:00:00+07:00"),
        ("Chủ Nhật, 17/03/2024 07:00", "2024-03-17T07:00:00+07:00"),
        ("13/03/2024 07:00 GMT+7", "2024-03-13T07:00:00+07:00"),
        ("13/03/2024 07:00 (GMT+7)", "2024-03-13T07:00:00+07:00"),
        ("13/03/2024 07:00 [GMT+7]", "2024-03-13T07:00:00+07:00"),
        ("13/03/2024 07:00 [(GMT+7)]", "2024-03-13T07:00:00+07:00"),
        ("13/03/2024 07:00 [ GMT + 7 ]", "2024-03-13T07:00:00+07:00"),
        ("13/03/2024 07:00 ( GMT+7 )", "2024-03-13T07:00:00+07:00"),
        ("13/03/2024 15:20 PM", "2024-03-13T15:20:00+07:00"),
        ("13/03/2024 03:20 PM", "2024-03-13T15:20:00+07:00"),
        ("13/03/2024 0:0", "2024-03-13T00:00:00+07:00"),
    ];
    for (line, when) in cases {
        let text = page(&["Tin nóng trong ngày hôm nay", line]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), when, "{line}");
        assert_eq!(a.dateline.as_ref().map(|d| &*d.text), Some(line), "{line}");
    }
}

#[test]
fn widgets_after_the_date_go_to_the_header() {
    let cases = [
        (
            "13/03/2024 07:00 - 0 Bình luận",
            "13/03/2024 07:00",
            "- 0 Bình luận",
        ),
        (
            "13/03/2024 07:00 | 1.024 lượt xem",
            "13/03/2024 07:00",
            "1.024 lượt xem",
        ),
        // When the page updated it, in brackets or after a comma.
        (
            "13/03/2024 07:00 (Cập nhật 14/03/2024 08:00)",
            "13/03/2024 07:00",
            "(Cập nhật 14/03/2024 08:00)",
        ),
        (
            "Xuất bản ngày 13/03/2024 - 07:00, cập nhật 15:00",
            "Xuất bản ngày 13/03/2024 - 07:00",
            ", cập nhật 15:00",
        ),
        // A counter in brackets after the time.
        (
            "13/03/2024 - 07:00 (0 bình luận)",
            "13/03/2024 - 07:00",
            "(0 bình luận)",
        ),
        // A counter and its label with nothing before them (the date
        // was not read at all), buttons however cased (`Email In` was a
        // byline, `A A` the section).
        (
            "13/03/2024 07:00 0 bình luận",
            "13/03/2024 07:00",
            "0 bình luận",
        ),
        (
            "13/03/2024 07:00 1.024 lượt xem",
            "13/03/2024 07:00",
            "1.024 lượt xem",
        ),
        // Glued to the minutes, as a page's two tags read with no space
        // between (before: no dateline, the line the title).
        (
            "13/03/2024 07:000 Bình luận",
            "13/03/2024 07:00",
            "0 Bình luận",
        ),
        (
            "13/03/2024 07:0012 lượt xem",
            "13/03/2024 07:00",
            "12 lượt xem",
        ),
        (
            "Thứ Tư, 13/03/2024 - 07:00 Email In",
            "Thứ Tư, 13/03/2024 - 07:00",
            "Email In",
        ),
        (
            "Thứ Tư, 13/03/2024 | 07:00:00 [GMT+7] A A",
            "Thứ Tư, 13/03/2024 | 07:00:00 [GMT+7]",
            "A A",
        ),
    ];
    for (line, dateline, widget) in cases {
        let text = page(&["Hà Nội > Tin tức", "Tin nóng trong ngày hôm nay", line]);
        let a = article(&text);
        assert_eq!(
            a.dateline.as_ref().map(|d| &*d.text),
            Some(dateline),
            "{line}"
        );
        assert_eq!(header(&a), [widget], "{line}");
        assert_eq!(a.rebuild(), text);
    }
    // Buttons set apart by bars, each its own widget; a name among them
    // stays the byline.
    let line = "13/03/2024 07:00 | Email | A- | A+ | Minh Anh";
    let text = page(&["Hà Nội > Tin tức", "Tin nóng trong ngày hôm nay", line]);
    let a = article(&text);
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("13/03/2024 07:00")
    );
    assert_eq!(header(&a), ["Email", "A-", "A+"]);
    let names: Vec<&str> = a
        .credits
        .iter()
        .flat_map(|c| c.names.iter().map(|n| n.as_ref()))
        .collect();
    assert_eq!(names, ["Minh Anh"]);
    assert_eq!(a.rebuild(), text);
}

#[test]
fn widgets_in_the_header_are_no_title_or_lead() {
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "0:00 / 3:45",
        "1.024 lượt xem",
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["0:00 / 3:45", "1.024 lượt xem"]);
    // A reader's buttons and voices, the kind of a long form: the page's,
    // no byline.
    for widgets in [
        &["Nghe", "Đọc"][..],
        &["Lắng nghe", "Đọc bài"],
        &["Cỡ chữ", "A", "A", "A"],
        &["Xem toàn màn hình"],
        &["Mặc định", "Cỡ chữ lớn"],
        &["Giọng nữ", "Giọng nam"],
        &["EMAGAZINE"],
        &["Podcast"],
    ] {
        let mut head = vec!["Mở rộng tuyến xe buýt điện", "12/02/2026 09:41"];
        head.extend_from_slice(widgets);
        let text = page(&head);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{widgets:?}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{widgets:?}");
        assert!(a.credits.is_empty(), "{widgets:?}");
        assert_eq!(header(&a), widgets, "{widgets:?}");
    }
    // The font-size button is a capital alone: a small `a` alone is text.
    let text = format!(
        "{}\na\n",
        page(&["Mở rộng tuyến xe buýt điện", "12/02/2026 09:41"])
    );
    let a = article(&text);
    let last = a.body.last().map(|b| (b.kind, b.text.as_str()));
    assert_eq!(last, Some((BlockKind::Paragraph, "a")));
    assert!(a.footer.is_empty() && a.credits.is_empty());
}

#[test]
fn labels_before_the_date() {
    let cases = [
        (
            "Thể thao - Ngày đăng : 21:14, 19/06/2023",
            "Ngày đăng : 21:14, 19/06/2023",
            "2023-06-19T21:14:00+07:00",
        ),
        (
            "Ngày xuất bản: 19/06/2023 21:14",
            "Ngày xuất bản: 19/06/2023 21:14",
            "2023-06-19T21:14:00+07:00",
        ),
        (
            "Thời gian đăng: 19/06/2023 21:14",
            "Thời gian đăng: 19/06/2023 21:14",
            "2023-06-19T21:14:00+07:00",
        ),
        (
            "Cập nhật lúc 21:14 19/06/2023",
            "Cập nhật lúc 21:14 19/06/2023",
            "2023-06-19T21:14:00+07:00",
        ),
        // Two labels, and `Bài đăng`.
        (
            "Đăng tải lúc 21:14 - 19/06/2023",
            "Đăng tải lúc 21:14 - 19/06/2023",
            "2023-06-19T21:14:00+07:00",
        ),
        (
            "Bài đăng lúc 21:14 19/06/2023",
            "Bài đăng lúc 21:14 19/06/2023",
            "2023-06-19T21:14:00+07:00",
        ),
    ];
    for (line, dateline, when) in cases {
        let text = page(&["Đội tuyển thắng trận mở màn", line]);
        let a = article(&text);
        assert_eq!(
            a.dateline.as_ref().map(|d| &*d.text),
            Some(dateline),
            "{line}"
        );
        assert_eq!(rfc3339(&a), when, "{line}");
    }
    let text = page(&[
        "Đội tuyển thắng trận mở màn",
        "Thể thao - Ngày đăng : 21:14, 19/06/2023",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thể thao"]);
}

/// A registered outlet's code before a dash and a label of a few words
/// over the title (`Tin tức - Sự kiện`) is the section, not a marker and
/// a lead.
#[test]
fn an_outlet_code_before_a_label_over_the_title() {
    let text = page(&[
        "Tin tức - Sự kiện",
        "Hội nghị triển khai nhiệm vụ y tế năm 2024",
        "Ngày đăng: 15/01/2024 | Lượt xem: 120",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Tin tức - Sự kiện"]);
    assert_eq!(a.title, "Hội nghị triển khai nhiệm vụ y tế năm 2024");
    assert!(a.source.is_none());
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Lượt xem: 120"]);
    // Under the title the marker opens the lead, however short.
    let text = "Hội nghị triển khai nhiệm vụ y tế năm 2024\n\nTin tức - Sự kiện\n\nĐoạn hai.\n";
    let a = article(text);
    assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("Tin tức"));
    assert_eq!(a.lead.as_deref(), Some("Sự kiện"));
}

#[test]
fn a_paragraph_above_the_marker_stays_in_the_body() {
    let text =
        format!("Mở rộng tuyến xe buýt điện\n\n12/02/2026 09:41\n\n{LEAD}\n\nTTO - {BODY}\n");
    let a = article(&text);
    assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("TTO"));
    assert_eq!(a.lead.as_deref(), Some(BODY));
    assert_eq!(&*a.body[0].text, LEAD);
    assert!(a.header.is_empty());
}

#[test]
fn a_kicker_above_the_title_goes_to_the_header() {
    let text = page(&[
        "Trung Quốc:",
        "Rơi xuống vực vì đi tắt, cô gái thoát chết",
        "Ái Vy",
        "Thứ sáu, 09/05/2025 - 11:02",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Rơi xuống vực vì đi tắt, cô gái thoát chết");
    assert_eq!(header(&a), ["Trung Quốc:"]);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Ái Vy"]))]);
}

/// The credits an article's end gives, under a body.
fn end_credits(lines: &[&str]) -> Vec<RolesNames> {
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{}\n",
        lines.join("\n\n")
    );
    let a = article(&text);
    assert_eq!(a.rebuild(), text);
    credits(&a)
}

#[test]
fn bylines_as_pages_print_them() {
    let author = |n: &[&str]| (vec![Role::Author], names(n));
    let source = |n: &[&str]| (vec![Role::Source], names(n));
    assert_eq!(end_credits(&["BS PHAN THANH"]), [author(&["PHAN THANH"])]);
    assert_eq!(end_credits(&["ThS. Lê Hà"]), [author(&["Lê Hà"])]);
    assert_eq!(
        end_credits(&["Bác sĩ Trần Thanh Vỹ"]),
        [author(&["Trần Thanh Vỹ"])]
    );
    assert_eq!(end_credits(&["T.HÙNG"]), [author(&["T.HÙNG"])]);
    assert_eq!(end_credits(&["CTV Minh Anh"]), [author(&["Minh Anh"])]);
    assert_eq!(end_credits(&["ThS.BS Lê Văn An"]), [author(&["Lê Văn An"])]);
    assert_eq!(end_credits(&["K.L.M."]), [author(&["K.L.M."])]);
    assert_eq!(
        end_credits(&["• Tin, ảnh: Minh Hà"]),
        [(vec![Role::News, Role::Photo], names(&["Minh Hà"]))]
    );
    assert_eq!(
        end_credits(&["T.Lan-H.Vũ-K.Minh"]),
        [author(&["T.Lan", "H.Vũ", "K.Minh"])]
    );
    assert_eq!(
        end_credits(&["QUỐC BẢO thực hiện"]),
        [(vec![Role::Production], names(&["QUỐC BẢO"]))]
    );
    assert_eq!(
        end_credits(&["Lê Hà (tổng hợp)"]),
        [(vec![Role::Compilation], names(&["Lê Hà"]))]
    );
    assert_eq!(
        end_credits(&["Theo Minh Đức (TTXVN/Vietnam+)"]),
        [source(&["Minh Đức", "TTXVN", "Vietnam+"])]
    );
    assert_eq!(
        end_credits(&["Thu Trang/Báo Tin tức"]),
        [author(&["Thu Trang"]), source(&["Báo Tin tức"])]
    );
    assert_eq!(
        end_credits(&["Theo Thanh Xuân", "VnEconomy"]),
        [source(&["Thanh Xuân"]), source(&["VnEconomy"])]
    );
    // An outlet not in the registry, alone under `Theo`.
    assert_eq!(
        end_credits(&["Theo Thanh Xuân", "Nhịp sống kinh tế"]),
        [source(&["Thanh Xuân"]), source(&["Nhịp sống kinh tế"])]
    );
    // A period closing the outlet's name, a desk's, or the bracket of a
    // credit is no part of the name (before, no credit).
    assert_eq!(
        end_credits(&["Theo Thanh Xuân", "Nhịp sống kinh tế."]),
        [source(&["Thanh Xuân"]), source(&["Nhịp sống kinh tế"])]
    );
    assert_eq!(end_credits(&["Ban Thời sự."]), [author(&["Ban Thời sự"])]);
    assert_eq!(
        end_credits(&["Minh Anh (TTXVN)."]),
        [author(&["Minh Anh"]), source(&["TTXVN"])]
    );
    assert_eq!(
        end_credits(&["Theo Lê Hà (VTC News)."]),
        [source(&["Lê Hà", "VTC News"])]
    );
    // Not under `Theo`: no source, a tag under the byline; with a colon
    // or a digit: no credit.
    assert_eq!(
        end_credits(&["Thanh Xuân", "Nhịp sống kinh tế"]),
        [author(&["Thanh Xuân"])]
    );
    assert_eq!(end_credits(&["Theo Thanh Xuân", "Mã bài: 0912"]), []);
    assert_eq!(
        end_credits(&["TTXVN", "* Mời quý độc giả xem thêm các bài viết khác"]),
        [source(&["TTXVN"])]
    );
    // Invitations and rating widgets under the credit.
    for furniture in [
        "Quý độc giả có thể xem thêm các bài viết khác tại chuyên mục Công nghệ.",
        "Bạn đánh giá bài viết thế nào?",
        "Đánh giá bài viết",
        "Bạn đọc có thể gửi ý kiến về email: toasoan@bao.vn",
        "Độc giả có thể gửi bài viết, hình ảnh về địa chỉ của báo.",
    ] {
        assert_eq!(
            end_credits(&["Theo Zing", furniture]),
            [source(&["Zing"])],
            "{furniture}"
        );
        assert_eq!(
            end_credits(&["(Còn nữa)", "Hoàng Phong", furniture]),
            [author(&["Hoàng Phong"])],
            "{furniture}"
        );
    }
    // An organization by its kind and name, longer than a person's name.
    for org in [
        "Trung tâm Dự báo Khí tượng Thủy văn quốc gia",
        "Sở Giáo dục và Đào tạo Hà Nội",
    ] {
        assert_eq!(
            end_credits(&[&format!("Theo {org}")]),
            [source(&[org])],
            "{org}"
        );
    }
    assert_eq!(end_credits(&["Theo Sở này, số ca mắc tăng"]), []);
    assert_eq!(
        end_credits(&["Theo Doanh nghiệp và Tiếp thị"]),
        [source(&["Doanh nghiệp và Tiếp thị"])]
    );
    assert_eq!(
        end_credits(&["Phước Huỳnh | ten.ho@bao.vn"]),
        [author(&["Phước Huỳnh"])]
    );
    // After a byline whose bracket says where the writer is or what they
    // are, the address stays in the credit's text: nothing is lost.
    for line in [
        "Lan Anh (CTV) | ten.ho@bao.vn",
        "Lan Anh (Quận 7, TP.HCM) | Email: ten.ho@bao.vn",
    ] {
        let text = format!("03/04/2024 - 07:35\n\nTiêu đề\n\n{LEAD}\n\n{line}\n");
        let a = article(&text);
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Lan Anh"]))]);
        assert_eq!(a.credits[0].text, line);
        util::check_lossless(&text, &a).unwrap();
    }
    // The address labelled, after a bar or a dash, after roles too.
    for line in [
        "Phước Huỳnh | Email: ten.ho@bao.vn",
        "Tác giả: Phước Huỳnh | Email: ten.ho@bao.vn",
        "Tác giả: BS.CKI Phước Huỳnh - Email: ten.ho@bao.vn",
        // Dashes in the label and in the address: cut at the one before
        // the label.
        "Phước Huỳnh | E-mail: ten.ho@bao.vn",
        "Phước Huỳnh - E-mail: ten-ho@bao.vn",
        "Phước Huỳnh - ten-ho@bao.vn",
    ] {
        assert_eq!(end_credits(&[line]), [author(&["Phước Huỳnh"])], "{line}");
    }
    // Names joined by hyphens keep their address's dash apart.
    assert_eq!(
        end_credits(&["T.Lan-H.Vũ - E-mail: t-lan@bao.vn"]),
        [author(&["T.Lan", "H.Vũ"])]
    );
    assert_eq!(
        end_credits(&["Theo Trương Thi ( Sohu)", "Nguồn: [Tên nguồn]"]),
        [source(&["Trương Thi", "Sohu"])]
    );
}

#[test]
fn a_byline_above_the_title_under_a_breadcrumb() {
    let text = page(&[
        "Thời sự > Hà Nội",
        "TRẦN MINH",
        "Mở rộng tuyến xe buýt điện ra ngoại thành",
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện ra ngoại thành");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["TRẦN MINH"]))]);
    assert!(a.header.is_empty());
}

/// A breadcrumb printed a label a line under a home label alone (`Trang
/// chủ` / `Thời sự` / `Giao thông`): the section, the title under it; the
/// last short label is the title when no headline follows (the title was
/// the second label, the lead the third).
#[test]
fn a_breadcrumb_printed_a_label_a_line() {
    let title = "Mở rộng tuyến xe buýt điện ra ngoại thành";
    let text = page(&[
        "Trang chủ",
        "Thời sự",
        "Giao thông",
        title,
        "Minh Anh",
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Trang chủ", "Thời sự", "Giao thông"]);
    assert_eq!(a.title, title);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(a.rebuild(), vn_article::normalize(&text));
    let text = page(&["Trang chủ", "Kinh tế", "Giá vàng tăng", "12/02/2026 09:41"]);
    let a = article(&text);
    assert_eq!(section(&a), ["Trang chủ", "Kinh tế"]);
    assert_eq!(a.title, "Giá vàng tăng");
    // A breadcrumb on one line under the home label stays as it was read.
    let text = page(&[
        "Trang chủ",
        "Thời sự > Giao thông",
        title,
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(a.title, title);
    assert_eq!(section(&a), ["Trang chủ", "Thời sự", "Giao thông"]);
}

#[test]
fn a_full_name_over_the_title_is_a_byline_a_place_or_label_the_section() {
    let title = "Mở rộng tuyến xe buýt điện ra ngoại thành";
    for name in ["Nguyễn Văn An", "TRẦN MINH", "Lê Hà", "Hoàng Thu Trang"] {
        let text = page(&[name, title, "12/02/2026 09:41"]);
        let a = article(&text);
        assert_eq!(a.title, title, "{name}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&[name]))],
            "{name}"
        );
        assert!(a.section.is_empty(), "{name}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00", "{name}");
    }
    // Places, labels and names with no family name first stay sections.
    for label in [
        "Hà Nội",
        "Bình Thủy",
        "Thái Lan",
        "Châu Á",
        "Xã hội",
        "THỜI SỰ",
        "Minh Anh",
    ] {
        let text = page(&[label, title, "12/02/2026 09:41"]);
        let a = article(&text);
        assert_eq!(a.title, title, "{label}");
        assert_eq!(section(&a), [label], "{label}");
        assert!(a.credits.is_empty(), "{label}");
    }
    // Under the dateline, over a title: the same.
    let text = page(&["12/02/2026 09:41", "Phạm Minh Đức", title]);
    let a = article(&text);
    assert_eq!(
        credits(&a),
        [(vec![Role::Author], names(&["Phạm Minh Đức"]))]
    );
    assert_eq!(a.title, title);
    // Over the dateline over the title: the same; places and labels
    // there stay sections.
    for (top, credited) in [
        ("Lê Minh", true),
        ("NGUYỄN VĂN MINH", true),
        ("Hà Nội", false),
        ("Lâm Đồng", false),
        ("Thời sự", false),
        ("Ngọc Mai", false),
    ] {
        let text = page(&[top, "Thứ Năm, 12/02/2026 09:41", title]);
        let a = article(&text);
        assert_eq!(a.title, title, "{top}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00", "{top}");
        if credited {
            assert_eq!(credits(&a), [(vec![Role::Author], names(&[top]))], "{top}");
            assert!(a.section.is_empty(), "{top}");
        } else {
            assert_eq!(section(&a), [top], "{top}");
            assert!(a.credits.is_empty(), "{top}");
        }
    }
    // A short line under the name is no title to make it a byline.
    let text = page(&["Lê Hà", "Giá vàng", "12/02/2026 09:41"]);
    let a = article(&text);
    assert_eq!(section(&a), ["Lê Hà"]);
    assert_eq!(a.title, "Giá vàng");
}

/// Names joined by a dash or a comma over the title, one of them opening
/// with a family name, and desks (`PV`, `Nhóm phóng viên`, `Ban Thời sự`)
/// are bylines there too, under a section's label as at the top; a place
/// among the names, or labels joined by a dash, stay the section.
#[test]
fn joined_names_and_desks_over_the_title_are_bylines() {
    let title = "Mở rộng tuyến xe buýt điện ra ngoại thành";
    for (top, credited) in [
        ("Nguyễn Hà - Trần Minh", &["Nguyễn Hà", "Trần Minh"][..]),
        ("NGUYỄN HÀ, TRẦN MINH", &["NGUYỄN HÀ", "TRẦN MINH"]),
        ("Minh Anh - Lê Hà", &["Minh Anh", "Lê Hà"]),
        ("PV", &["PV"]),
        ("Nhóm phóng viên", &["Nhóm phóng viên"]),
        ("Ban Thời sự", &["Ban Thời sự"]),
    ] {
        for lines in [
            [top, "Thứ Năm, 12/02/2026 09:41", title],
            [top, title, "12/02/2026 09:41"],
        ] {
            let text = page(&lines);
            let a = article(&text);
            assert_eq!(a.title, title, "{top}");
            assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00", "{top}");
            assert_eq!(
                credits(&a),
                [(vec![Role::Author], names(credited))],
                "{top}"
            );
            assert!(a.section.is_empty(), "{top}");
        }
    }
    // Under a section's label alone, over the dateline over the title:
    // the same.
    for (top, credited) in [
        ("Nguyễn Văn An", &["Nguyễn Văn An"][..]),
        ("Nguyễn Hà - Minh Anh", &["Nguyễn Hà", "Minh Anh"]),
        ("PV", &["PV"]),
    ] {
        let text = page(&["Đô thị", top, "Thứ Năm, 12/02/2026 09:41", title]);
        let a = article(&text);
        assert_eq!(a.title, title, "{top}");
        assert_eq!(section(&a), ["Đô thị"], "{top}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(credited))],
            "{top}"
        );
    }
    // A name of two words there may be a district's (`Lý Sơn`): the
    // section's part, as a place is.
    for part in ["Bình Thủy", "Lý Sơn", "Lê Hà"] {
        let text = page(&["Địa phương", part, "Thứ Năm, 12/02/2026 09:41", title]);
        let a = article(&text);
        assert_eq!(section(&a), ["Địa phương", part], "{part}");
        assert!(a.credits.is_empty(), "{part}");
    }
    for top in [
        "Hà Nội - Lê Hà",
        "Thời sự - Chính trị",
        "Văn Hóa - Giải Trí",
        "Minh Anh - Ngọc Mai",
    ] {
        let text = page(&[top, "Thứ Năm, 12/02/2026 09:41", title]);
        let a = article(&text);
        assert_eq!(a.title, title, "{top}");
        assert_eq!(section(&a), [top], "{top}");
        assert!(a.credits.is_empty(), "{top}");
    }
}

#[test]
fn a_credit_printed_in_the_header_and_at_the_end_is_one_credit() {
    let text = page(&["Giá vàng lập đỉnh mới", "Hoàng Lan - 12/02/2026 09:41"]) + "\nHoàng Lan\n";
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(a.footer, ["Hoàng Lan"]);
    assert_eq!(a.rebuild(), text);
    util::check_lossless(&text, &a).unwrap();
}

#[test]
fn captions_as_pages_print_them() {
    let cases: &[(&str, &str, Role, &[&str])] = &[
        (
            "Người dân đến xem - Ảnh: K.L.M.",
            "Người dân đến xem",
            Role::Photo,
            &["K.L.M."],
        ),
        (
            "Quang cảnh buổi lễ (Ảnh: Lê Hà/TTXVN)",
            "Quang cảnh buổi lễ",
            Role::Photo,
            &["Lê Hà", "TTXVN"],
        ),
        (
            "Bác sĩ đang khám bệnh.Ảnh: LÊ HÀ",
            "Bác sĩ đang khám bệnh.",
            Role::Photo,
            &["LÊ HÀ"],
        ),
        // Glued to the caption's last word, its capital and colon telling
        // it.
        (
            "Bác sĩ đang khám bệnhẢnh: LÊ HÀ",
            "Bác sĩ đang khám bệnh",
            Role::Photo,
            &["LÊ HÀ"],
        ),
        (
            "Sơ đồ tuyến mới. Ảnh đồ họa: Minh Châu",
            "Sơ đồ tuyến mới.",
            Role::Graphics,
            &["Minh Châu"],
        ),
        (
            "Một ca khám bệnh. Ảnh minh họa: iStock",
            "Một ca khám bệnh.",
            Role::Photo,
            &["iStock"],
        ),
        (
            "Một ca khám bệnh. Ảnh minh họa / TTXVN",
            "Một ca khám bệnh.",
            Role::Photo,
            &["TTXVN"],
        ),
        // The picture's kind after the colon, in small letters as
        // capitalized (`Ảnh: Chụp màn hình`).
        (
            "Một ca khám bệnh. Ảnh: minh họa",
            "Một ca khám bệnh.",
            Role::Photo,
            &["minh họa"],
        ),
        (
            "Một ca khám bệnh (ảnh: chụp màn hình)",
            "Một ca khám bệnh",
            Role::Photo,
            &["chụp màn hình"],
        ),
        (
            "Bệnh nhân được xuất viện. Ảnh: BVĐK.",
            "Bệnh nhân được xuất viện.",
            Role::Photo,
            &["BVĐK"],
        ),
        (
            "Lễ ra quân. Ảnh: báo Bạc Liêu",
            "Lễ ra quân.",
            Role::Photo,
            &["báo Bạc Liêu"],
        ),
        (
            "Người dân ra đường. Ảnh: sưu tầm",
            "Người dân ra đường.",
            Role::Photo,
            &["sưu tầm"],
        ),
        (
            "Người dân ra đường. Ảnh: tư liệu",
            "Người dân ra đường.",
            Role::Photo,
            &["tư liệu"],
        ),
        (
            "Hiện trường vụ va chạm. Ảnh: Mạng xã hội",
            "Hiện trường vụ va chạm.",
            Role::Photo,
            &["Mạng xã hội"],
        ),
        (
            "Hiện trường vụ va chạm - Ảnh: cơ quan chức năng",
            "Hiện trường vụ va chạm",
            Role::Photo,
            &["cơ quan chức năng"],
        ),
        (
            "Hiện trường vụ va chạm. Ảnh: Lực lượng chức năng",
            "Hiện trường vụ va chạm.",
            Role::Photo,
            &["Lực lượng chức năng"],
        ),
        (
            "Người dân ra đường. Ảnh: Như Ý.",
            "Người dân ra đường.",
            Role::Photo,
            &["Như Ý"],
        ),
        (
            "Xe buýt điện tại bến. Hình: Lê Minh",
            "Xe buýt điện tại bến.",
            Role::Photo,
            &["Lê Minh"],
        ),
        (
            "Xe buýt điện tại bến - Hình ảnh: LÊ MINH",
            "Xe buýt điện tại bến",
            Role::Photo,
            &["LÊ MINH"],
        ),
        (
            "Gia đình anh Nam. Ảnh: Nhân vật cung cấp",
            "Gia đình anh Nam.",
            Role::Photo,
            &["Nhân vật cung cấp"],
        ),
        (
            "Cặp đôi ngã khi trèo vách đá (Video: CGTN).",
            "Cặp đôi ngã khi trèo vách đá",
            Role::Video,
            &["CGTN"],
        ),
        (
            "Chàng trai giữ chân cô gái (Ảnh: Chụp màn hình).",
            "Chàng trai giữ chân cô gái",
            Role::Photo,
            &["Chụp màn hình"],
        ),
        (
            "Bản đồ chiến sự (Đồ họa: BBC).",
            "Bản đồ chiến sự",
            Role::Graphics,
            &["BBC"],
        ),
        (
            "Xe buýt điện tại bến. ẢNH: NGỌC AN",
            "Xe buýt điện tại bến.",
            Role::Photo,
            &["NGỌC AN"],
        ),
        (
            "Xe buýt điện tại bến | Ảnh: Ngọc An",
            "Xe buýt điện tại bến",
            Role::Photo,
            &["Ngọc An"],
        ),
        (
            "Xe buýt điện tại bến. Nguồn ảnh: Reuters",
            "Xe buýt điện tại bến.",
            Role::Photo,
            &["Reuters"],
        ),
        (
            "Quang cảnh buổi lễ. Ảnh: Lê Hà (TTXVN)",
            "Quang cảnh buổi lễ.",
            Role::Photo,
            &["Lê Hà", "TTXVN"],
        ),
        // An agency abroad or an outlet by its name in the brackets.
        (
            "Quang cảnh buổi lễ. Ảnh: Lê Hà (Reuters)",
            "Quang cảnh buổi lễ.",
            Role::Photo,
            &["Lê Hà", "Reuters"],
        ),
        (
            "Quang cảnh buổi lễ. Ảnh: LÊ HÀ (Tuổi Trẻ)",
            "Quang cảnh buổi lễ.",
            Role::Photo,
            &["LÊ HÀ", "Tuổi Trẻ"],
        ),
        (
            "Quang cảnh buổi lễ. Ảnh: baochinhphu.vn",
            "Quang cảnh buổi lễ.",
            Role::Photo,
            &["baochinhphu.vn"],
        ),
        (
            "Tàu tuần tra trên biển /// AFP",
            "Tàu tuần tra trên biển",
            Role::Photo,
            &["AFP"],
        ),
        (
            "Tàu tuần tra trên biển /// Ảnh: Ngọc An",
            "Tàu tuần tra trên biển",
            Role::Photo,
            &["Ngọc An"],
        ),
        (
            "Người dân tham quan phố cổ ẢNH: NHẬT THỊNH",
            "Người dân tham quan phố cổ",
            Role::Photo,
            &["NHẬT THỊNH"],
        ),
        (
            "Học sinh trong giờ học tại TP.HCM ẢNH MINH HỌA: ĐÀO NGỌC",
            "Học sinh trong giờ học tại TP.HCM",
            Role::Photo,
            &["ĐÀO NGỌC"],
        ),
    ];
    for &(line, caption, role, who) in cases {
        assert_caption(line, caption, role, who);
    }
    // Look-alikes: brackets after a name that hold no outlet, slashes with
    // no caption before them or no space, a sentence after them.
    for line in [
        "Quang cảnh buổi lễ. Ảnh: Lê Hà (trái)",
        "/// AFP",
        "Giá vàng tăng///AFP",
        "Tàu tuần tra /// trên biển có nhiều tàu cá đang đánh bắt",
        "Người dân tham quan phố cổ ảnh: Nhật Thịnh",
        "CUỘC THI ẢNH: HÀ NỘI MÙA THU",
        "Triển lãm Ảnh: Hà Nội xưa",
        "Nhà xuất bản Ảnh Việt",
    ] {
        let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{line}\n\n{BODY}\n");
        let a = article(&text);
        assert_eq!(a.body[0].kind, vn_article::BlockKind::Paragraph, "{line}");
        assert!(a.body[0].credits.is_empty(), "{line}");
    }
}

/// Words in brackets after a photographer's name that name no outlet (a
/// place in the picture, a position) make no credit: the line stays a
/// paragraph.
#[test]
fn brackets_naming_no_outlet_after_a_photo_credit() {
    for line in [
        "Quang cảnh buổi lễ. Ảnh: Lê Hà (bên trái)",
        "Quang cảnh buổi lễ. Ảnh: Lê Hà (Hà Nội)",
    ] {
        let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{line}\n\n{BODY}\n");
        let a = article(&text);
        let first = a.body.first().map(|b| (b.kind, b.text.as_str()));
        assert_eq!(first, Some((BlockKind::Paragraph, line)), "{line}");
    }
}

/// Asserts that `line`, the paragraph under a lead, is the caption
/// `caption` with one credit of `role` naming `who`, and that the text
/// rebuilds; returns the credit's text.
#[track_caller]
fn assert_caption(line: &str, caption: &str, role: Role, who: &[&str]) -> String {
    let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{line}\n\n{BODY}\n");
    let a = article(&text);
    let Some(block) = a.body.first() else {
        panic!("{line}: no block");
    };
    assert_eq!(block.kind, vn_article::BlockKind::Caption, "{line}");
    assert_eq!(&*block.text, caption, "{line}");
    let [credit] = block.credits.as_slice() else {
        panic!("{line}: {} credits, not one", block.credits.len());
    };
    assert_eq!(credit.roles, [role], "{line}");
    assert_eq!(credit.names, who, "{line}");
    assert_eq!(a.rebuild(), text);
    credit.text.to_string()
}

/// A note of when the picture was taken after the photographer's name, in
/// brackets, after a comma or after a spaced dash: no name; the credit's
/// text keeps it.
#[test]
fn a_note_of_when_a_picture_was_taken_is_no_name() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "Du khách tham quan Đại Nội. Ảnh: Minh Anh (chụp ngày 30/11)",
            "Du khách tham quan Đại Nội.",
            "Ảnh: Minh Anh (chụp ngày 30/11)",
            "Minh Anh",
        ),
        (
            "Khách hàng mua vàng. (Ảnh: Minh Anh, chụp tháng 11/2025)",
            "Khách hàng mua vàng.",
            "(Ảnh: Minh Anh, chụp tháng 11/2025)",
            "Minh Anh",
        ),
        (
            "Khách hàng mua vàng. Ảnh: Minh Anh - chụp lúc 9h sáng 30/11",
            "Khách hàng mua vàng.",
            "Ảnh: Minh Anh - chụp lúc 9h sáng 30/11",
            "Minh Anh",
        ),
        (
            "Phố cổ Hội An. Ảnh: Lê Hà (ảnh chụp năm 2019)",
            "Phố cổ Hội An.",
            "Ảnh: Lê Hà (ảnh chụp năm 2019)",
            "Lê Hà",
        ),
        (
            "Phố cổ Hội An. ẢNH: LÊ HÀ (CHỤP NĂM 2019)",
            "Phố cổ Hội An.",
            "ẢNH: LÊ HÀ (CHỤP NĂM 2019)",
            "LÊ HÀ",
        ),
        // The word alone after the name.
        (
            "Phố cổ Hội An. Ảnh: Lê Hà chụp",
            "Phố cổ Hội An.",
            "Ảnh: Lê Hà chụp",
            "Lê Hà",
        ),
        (
            "Phố cổ Hội An (Ảnh: Lê Hà chụp)",
            "Phố cổ Hội An",
            "(Ảnh: Lê Hà chụp)",
            "Lê Hà",
        ),
    ];
    for &(line, caption, credit, name) in cases {
        let credit_text = assert_caption(line, caption, Role::Photo, &[name]);
        assert_eq!(credit_text, credit, "{line}");
    }
    // Brackets that hold something else stay a paragraph; two names after
    // a comma stay two names.
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\nQuang cảnh buổi lễ. Ảnh: Lê Hà (chủ nhật)\n\n{BODY}\n"
    );
    assert_eq!(
        article(&text).body[0].kind,
        vn_article::BlockKind::Paragraph
    );
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\nQuang cảnh buổi lễ. Ảnh: Lê Hà, Minh Anh\n\n{BODY}\n"
    );
    assert_eq!(
        article(&text).body[0].credits[0].names,
        ["Lê Hà", "Minh Anh"]
    );
    // The word with no name before it: no credit.
    for line in [
        "Quang cảnh buổi lễ. Ảnh chụp",
        "Quang cảnh buổi lễ. Ảnh: chụp",
    ] {
        let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{line}\n\n{BODY}\n");
        let a = article(&text);
        assert_eq!(a.body[0].kind, vn_article::BlockKind::Paragraph, "{line}");
        assert!(a.body[0].credits.is_empty(), "{line}");
    }
}

#[test]
fn a_caption_under_the_title_is_no_lead() {
    let text = format!(
        "Cây thông bật gốc trên đèo Prenn\n\nThứ năm, 29/9/2022, 06:00 (GMT+7)\n\n\
         Cây thông chắn ngang đường. Ảnh: Duy Khôi.\n\n{LEAD}\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.body[0].kind, vn_article::BlockKind::Caption);
    assert_eq!(&*a.body[0].text, "Cây thông chắn ngang đường.");
    assert_eq!(a.body[0].credits[0].names, ["Duy Khôi"]);
}

#[test]
fn a_one_letter_byline_under_a_source_stays_an_author() {
    assert_eq!(
        end_credits(&["Nguồn: Daily Mail", "J"]),
        [
            (vec![Role::Source], names(&["Daily Mail"])),
            (vec![Role::Author], names(&["J"]))
        ]
    );
}

#[test]
fn a_heading_in_capitals_is_no_photo_credit() {
    let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\nẢNH HƯỞNG CỦA BÃO\n\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.body[0].kind, vn_article::BlockKind::Paragraph);
    assert!(a.body[0].credits.is_empty());
}

#[test]
fn a_photo_credit_over_the_byline_closes_the_body() {
    let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nẢnh: Internet.\n\nHà My\n\nChia sẻ\n\nTheo hoinhap.vn\n");
    let a = article(&text);
    let last = a.body.last().unwrap();
    assert_eq!(last.kind, vn_article::BlockKind::Caption);
    assert_eq!(last.credits[0].names, ["Internet"]);
    assert_eq!(
        credits(&a),
        [
            (vec![Role::Author], names(&["Hà My"])),
            (vec![Role::Source], names(&["hoinhap.vn"]))
        ]
    );
    assert_eq!(a.footer, ["Chia sẻ"]);
}

#[test]
fn a_source_closing_the_last_paragraph() {
    let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY} (MSNBC)\n\nT.M\n");
    let a = article(&text);
    assert_eq!(&*a.body[0].text, BODY);
    assert_eq!(
        credits(&a),
        [
            (vec![Role::Source], names(&["MSNBC"])),
            (vec![Role::Author], names(&["T.M"]))
        ]
    );
    assert_eq!(a.rebuild(), text);
}

#[test]
fn an_affiliation_under_the_last_byline_goes_to_the_footer() {
    let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nBác sĩ Trần Thanh Vỹ\n\n(BV ĐH Y Dược TP.HCM)\n");
    let a = article(&text);
    assert_eq!(
        credits(&a),
        [(vec![Role::Author], names(&["Trần Thanh Vỹ"]))]
    );
    assert_eq!(a.footer, ["(BV ĐH Y Dược TP.HCM)"]);
}

/// A workplace or an office on the line under the last byline, longer
/// than a tag (`Trường Đại học Kinh tế Quốc dân`, `Đoàn Luật sư TP Hà
/// Nội`, `Giám đốc Sở Y tế tỉnh Quảng Ninh`): where the author works, in
/// the footer; alone at the end, with no byline over it, it stays body.
#[test]
fn a_workplace_or_office_under_the_last_byline_goes_to_the_footer() {
    for (name, want, place) in [
        (
            "PGS.TS Trần Minh",
            "Trần Minh",
            "Trường Đại học Kinh tế Quốc dân",
        ),
        (
            "Luật sư Trần Văn Bình",
            "Trần Văn Bình",
            "Đoàn Luật sư TP Hà Nội",
        ),
        (
            "Nguyễn Văn Hùng",
            "Nguyễn Văn Hùng",
            "Giám đốc Sở Y tế tỉnh Quảng Ninh",
        ),
        (
            "BS. Lê Thị Hoa",
            "Lê Thị Hoa",
            "Khoa Nhi, Bệnh viện Trung ương Quân đội 108",
        ),
    ] {
        let text =
            format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{name}\n\n{place}\n");
        let a = article(&text);
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&[want]))],
            "{place}"
        );
        assert_eq!(a.footer, [place]);
        assert_eq!(a.body.len(), 1, "{place}");
        assert_eq!(a.rebuild(), text);
    }
    // A year closes no workplace: under the byline, a paragraph.
    let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nTrần Văn Nam\n\nHội nghị tổng kết năm 2025\n");
    let a = article(&text);
    assert!(a.footer.is_empty());
    assert!(a.credits.is_empty());
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, [BODY, "Trần Văn Nam", "Hội nghị tổng kết năm 2025"]);
    // No byline over it: a paragraph of the body.
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nTrường Đại học Kinh tế Quốc dân\n"
    );
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert!(a.footer.is_empty());
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, [BODY, "Trường Đại học Kinh tế Quốc dân"]);
}

#[test]
fn mentions_with_spaced_dashes_and_in_the_title() {
    let text = "12/07/2026 09:41\n\nHọp báo sáng 21 – 8 tại Hà Nội\n\n\
                (NLĐO) - Sự kiện từng diễn ra 15 - 9 - 2010 tại hội trường.\n";
    let a = article(text);
    let got: Vec<(&str, Option<String>, bool)> = a
        .mentions
        .iter()
        .map(|m| match &m.value {
            vn_article::MentionValue::Date {
                date,
                year_inferred,
                ..
            } => (&*m.text, date.map(|d| d.to_string()), *year_inferred),
            other => panic!("not a date: {other:?}"),
        })
        .collect();
    assert_eq!(
        got,
        [
            ("sáng 21 – 8", Some("2026-08-21".to_string()), true),
            ("15 - 9 - 2010", Some("2010-09-15".to_string()), false),
        ]
    );
}

#[test]
fn a_related_box_above_the_lead_goes_to_the_header() {
    let text = page(&[
        "Giá vàng lập đỉnh mới",
        "12/02/2026 09:41",
        "TIN LIÊN QUAN",
        "Giá vàng hôm nay tăng mạnh",
        "Người dân xếp hàng mua vàng",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng lập đỉnh mới");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(
        header(&a),
        [
            "TIN LIÊN QUAN",
            "Giá vàng hôm nay tăng mạnh",
            "Người dân xếp hàng mua vàng"
        ]
    );
}

#[test]
fn a_sapo_printed_twice_once_cut_is_no_lead() {
    for cut in [
        "Thành phố vừa công bố kế hoạch mở rộng mạng lưới xe bu",
        "Thành phố vừa công bố kế hoạch mở rộng mạng lưới...",
    ] {
        let text = page(&["Giá vàng lập đỉnh mới", cut, "12/02/2026 09:41"]);
        let a = article(&text);
        assert_eq!(a.title, "Giá vàng lập đỉnh mới");
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(header(&a), [cut]);
    }
    // Over the date on a page without blank lines, the full copy under
    // the date: the full copy is the lead, the date the dateline (a lead
    // over the date, before: the cut copy was the lead).
    let title = "Mở rộng tuyến xe buýt điện khắp thành phố";
    let full = "TP.HCM mở thêm 5 tuyến xe buýt điện từ tháng 3, nâng tổng số lên 20 tuyến \
                phục vụ người dân đi lại trong nội thành.";
    let cut = "TP.HCM mở thêm 5 tuyến xe buýt điện từ tháng 3, nâng tổng số lên 20 tuyến \
               phục vụ người dân đi lại...";
    let text = format!("{title}\n{cut}\n12/02/2026 09:41\n{full}\n{BODY}\nLê Hà\n");
    let a = article(&text);
    assert_eq!(a.title, title);
    assert_eq!(a.lead.as_deref(), Some(full));
    assert_eq!(
        a.dateline.as_ref().map(|d| d.text.as_str()),
        Some("12/02/2026 09:41")
    );
    assert_eq!(header(&a), [cut]);
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.credits[0].names, ["Lê Hà"]);
    assert_eq!(a.rebuild(), text);
    // Right over its full copy, or right under it: in the header too.
    let cut = "Thành phố vừa công bố kế hoạch mở rộng mạng lưới xe bu";
    for text in [
        format!("Giá vàng lập đỉnh mới\n12/02/2026 09:41\n{cut}\n{LEAD}\n{BODY}\n"),
        format!("Giá vàng lập đỉnh mới\n12/02/2026 09:41\n{LEAD}\n{cut}\n{BODY}\n"),
    ] {
        let a = article(&text);
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{text}");
        assert_eq!(header(&a), [cut], "{text}");
        assert_eq!(a.body.len(), 1, "{text}");
        assert_eq!(a.rebuild(), text);
    }
    // Printed whole twice, one under the other: the second copy is the
    // header's; a single period closing a sentence marks no cut.
    for (text, labels) in [
        (
            format!("Giá vàng lập đỉnh mới\n12/02/2026 09:41\n{LEAD}\n{LEAD}\n{BODY}\n"),
            vec![],
        ),
        (
            format!("Kinh tế\nGiá vàng lập đỉnh mới\n12/02/2026 09:41\n{LEAD}\n{LEAD}\n{BODY}\n"),
            vec!["Kinh tế"],
        ),
    ] {
        let a = article(&text);
        assert_eq!(a.title, "Giá vàng lập đỉnh mới", "{text}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{text}");
        assert_eq!(header(&a), [LEAD], "{text}");
        assert_eq!(section(&a), labels, "{text}");
        assert_eq!(a.body.len(), 1, "{text}");
        assert_eq!(a.body[0].text, BODY, "{text}");
        assert_eq!(a.rebuild(), text);
    }
    // Opened by its marker and printed whole again: the copy is the
    // header's too.
    let marked = format!("TTO - {LEAD}");
    let text = format!("Giá vàng lập đỉnh mới\n12/02/2026 09:41\n{marked}\n{marked}\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), [marked.as_str()]);
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.rebuild(), text);
    // A title the lead opens with is no cut sapo.
    let text = format!("Thành phố vừa công bố kế hoạch mở rộng\n\n{LEAD}\n");
    assert_eq!(
        article(&text).title,
        "Thành phố vừa công bố kế hoạch mở rộng"
    );
}

#[test]
fn related_links_in_the_body() {
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\nXem thêm: Giá vàng hôm nay tăng mạnh\n\n\
         Đọc thêm\n\nNgười dân xếp hàng mua vàng\n\n{BODY}\n"
    );
    let a = article(&text);
    let kinds: Vec<BlockKind> = a.body.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Related,
            BlockKind::Related,
            BlockKind::Related,
            BlockKind::Paragraph
        ]
    );
}

#[test]
fn comments_and_signatures_close_the_article() {
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\nBạn đọc Lê Văn An\n\n\
         Ý kiến bạn đọc\n\nHoàng Nam\n\nBài viết rất hay.\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(
        a.footer,
        [
            "Bạn đọc Lê Văn An",
            "Ý kiến bạn đọc",
            "Hoàng Nam",
            "Bài viết rất hay."
        ]
    );
    assert_eq!(a.body.len(), 1);
}

/// A comments heading with its count opens the readers' comments when a
/// comment's clock or reply button stands right under it; with neither, it
/// is a widget's count and what follows stays the article's.
#[test]
fn counted_comments_heading_over_a_comment() {
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\n\
         Ý kiến bạn đọc (2)\n\nHoàng Nam\n\n2 giờ trước\n\nBài viết rất hay.\n\nTrả lời\n\nThích\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(
        a.footer,
        [
            "Ý kiến bạn đọc (2)",
            "Hoàng Nam",
            "2 giờ trước",
            "Bài viết rất hay.",
            "Trả lời",
            "Thích"
        ]
    );
    assert_eq!(a.body.len(), 1);
    // The reply button alone confirms it too.
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\n\
         Bình luận (1)\n\nHoàng Nam: Bài viết rất hay.\n\nTrả lời\n"
    );
    let a = article(&text);
    assert_eq!(
        a.footer,
        ["Bình luận (1)", "Hoàng Nam: Bài viết rất hay.", "Trả lời"]
    );
    // So does a reader's name over a comment's date and time, tags over
    // the heading going with it: the byline over them stays the credit.
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\nTags: giá vàng\n\n\
         Bình luận (2)\n\nNguyễn Văn Bình\n\n20/11/2024 10:15\n\nRất mong giá giảm.\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(
        a.footer,
        [
            "Tags: giá vàng",
            "Bình luận (2)",
            "Nguyễn Văn Bình",
            "20/11/2024 10:15",
            "Rất mong giá giảm."
        ]
    );
    assert_eq!(a.body.len(), 1);
    // A count under the lead, the article after it: a widget.
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\nBình luận (0)\n\n{BODY}\n\n\
         Giá vàng trong nước theo sát giá thế giới.\n\nMinh Anh\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(a.body.len(), 3);
    assert!(a.footer.is_empty());
}

/// `Trả lời:` with its colon labels an answer (a reader's question as the
/// lead, the expert's answer under it): a line of the body, where `Trả lời`
/// alone is a comment's reply button. So for the other buttons: a colon
/// after them makes a label.
#[test]
fn an_answers_label_with_its_colon_is_no_reply_button() {
    let question = "Tôi năm nay 45 tuổi, thường uống nước chanh mỗi sáng. Xin hỏi bác sĩ uống như vậy có tốt không?";
    let answer = "Nước chanh giàu vitamin C, tốt cho sức khỏe nếu uống đúng cách.";
    for label in ["Trả lời:", "Trả lời :", "Không:"] {
        let text = format!(
            "Uống nước chanh mỗi ngày có tốt không?\n25/11/2024 08:00 GMT+7\n{question}\n{label}\n{answer}\nThS.BS Trần Thị Hà\n"
        );
        let a = article(&text);
        assert_eq!(a.lead.as_deref(), Some(question), "{label}");
        assert!(a.header.is_empty(), "{label}");
        let blocks: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(blocks, [label, answer], "{label}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Trần Thị Hà"]))]);
    }
    // The button alone under the lead stays the page's.
    let text = format!("Giá vàng lập đỉnh mới\n{LEAD}\nTrả lời\n{BODY}\n");
    let a = article(&text);
    assert_eq!(header(&a), ["Trả lời"]);
    assert_eq!(a.body.len(), 1);
}

/// Buttons between the section's labels and the title (print, font size,
/// save, share) are no menu: the labels over them stay the sections.
#[test]
fn section_pair_over_a_toolbar() {
    let text = format!(
        "Xã hội\nGiao thông\nIn bài\nCỡ chữ\nLưu\nChia sẻ\n\
         Thông xe cao tốc đoạn Vĩnh Hảo - Phan Thiết\nThứ Tư, 03/12/2025 09:12 (GMT+7)\n\
         {LEAD}\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.section, ["Xã hội", "Giao thông"]);
    assert_eq!(&*a.title, "Thông xe cao tốc đoạn Vĩnh Hảo - Phan Thiết");
    assert_eq!(a.header, ["In bài", "Cỡ chữ", "Lưu", "Chia sẻ"]);
    assert_eq!(
        a.dateline
            .as_ref()
            .map(|d| d.datetime().map(|t| t.to_string())),
        Some(Some("2025-12-03 09:12:00 +07:00".to_string()))
    );
    assert_eq!(a.lead.as_deref(), Some(LEAD));
}

/// Tags, follow prompts and a related box under the byline are page
/// furniture: the byline above them is still the credit.
#[test]
fn tags_and_a_related_box_under_the_byline() {
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\n{BODY}\n\nHOÀNG LAN\n\nTags: vàng, giá vàng\n\n\
         Từ khóa: thị trường\n\nTheo dõi chúng tôi trên Google News\n\nTin cùng chuyên mục\n\n\
         Giá xăng giảm nhẹ từ chiều nay\n\nLãi suất tiết kiệm tăng nhẹ\n\nBạn nghĩ sao?\n\nGửi bình luận\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["HOÀNG LAN"]))]);
    assert_eq!(
        a.footer,
        [
            "Tags: vàng, giá vàng",
            "Từ khóa: thị trường",
            "Theo dõi chúng tôi trên Google News",
            "Tin cùng chuyên mục",
            "Giá xăng giảm nhẹ từ chiều nay",
            "Lãi suất tiết kiệm tăng nhẹ",
            "Bạn nghĩ sao?",
            "Gửi bình luận",
        ]
    );
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.rebuild(), text);
}

/// A related box whose entries are a headline over its byline: the box is
/// the page's, the byline over it the article's (before: the last entry's
/// byline was taken for the article's and the real one lost). One entry
/// alone may be a video's headline over the article's byline: it stays so.
#[test]
fn a_related_box_of_headlines_with_their_bylines() {
    let text = format!(
        "Giá vàng lập đỉnh mới\n{LEAD}\n{BODY}\nHoàng Lan\nTin cùng chuyên mục\n\
         Giá xăng giảm nhẹ từ chiều nay\nMinh Đức\nLãi suất tiết kiệm tăng nhẹ\nQuang Huy\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(
        a.footer,
        [
            "Tin cùng chuyên mục",
            "Giá xăng giảm nhẹ từ chiều nay",
            "Minh Đức",
            "Lãi suất tiết kiệm tăng nhẹ",
            "Quang Huy",
        ]
    );
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.rebuild(), text);
    let text = format!(
        "Giá vàng lập đỉnh mới\n{LEAD}\n{BODY}\nMời bạn xem thêm video:\n\
         Giá xăng giảm nhẹ từ chiều nay | SKĐS\nDS. Hải Sơn\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hải Sơn"]))]);
    // Widgets under that byline, then a box of headlines: the widgets'
    // labels are no entries (`Chia sẻ` / `Facebook` read as a headline and
    // a name took the byline into the box).
    let text = format!(
        "Giá vàng lập đỉnh mới\n{LEAD}\n{BODY}\nMời bạn xem thêm video:\n\
         Giá xăng giảm nhẹ từ chiều nay | SKĐS\nDS. Hải Sơn\nChia sẻ\nFacebook\nZalo\n\
         Bình luận (0)\nTin cùng chuyên mục\nLãi suất tiết kiệm tăng nhẹ\n\
         Xe buýt điện chạy thêm tuyến mới\n"
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hải Sơn"]))]);
    assert_eq!(
        a.footer,
        [
            "Chia sẻ",
            "Facebook",
            "Zalo",
            "Bình luận (0)",
            "Tin cùng chuyên mục",
            "Lãi suất tiết kiệm tăng nhẹ",
            "Xe buýt điện chạy thêm tuyến mới",
        ]
    );
}

/// Every headline under a related heading in the body is related, not
/// only the first.
#[test]
fn headlines_under_a_related_heading() {
    let text = format!(
        "Giá vàng lập đỉnh mới\n\n{LEAD}\n\nTIN LIÊN QUAN\n\nGiá xăng giảm nhẹ từ chiều nay\n\n\
         Lãi suất tiết kiệm tăng nhẹ\n\n{BODY}\n\nLê Hà\n"
    );
    let a = article(&text);
    let kinds: Vec<(BlockKind, &str)> = a.body.iter().map(|b| (b.kind, &*b.text)).collect();
    assert_eq!(
        kinds,
        [
            (BlockKind::Related, "TIN LIÊN QUAN"),
            (BlockKind::Related, "Giá xăng giảm nhẹ từ chiều nay"),
            (BlockKind::Related, "Lãi suất tiết kiệm tăng nhẹ"),
            (BlockKind::Paragraph, BODY),
        ]
    );
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Lê Hà"]))]);
}

#[test]
fn the_end_mark_goes_to_the_footer() {
    let text = format!("Giá vàng lập đỉnh mới\n\n{LEAD}\n\n{BODY}\n\nTTXVN\n\n./.\n");
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Source], names(&["TTXVN"]))]);
    assert_eq!(a.footer, ["./."]);
}

#[test]
fn a_byline_and_a_dateline_under_the_sapo() {
    let text = format!(
        "Mở rộng tuyến xe buýt điện ra ngoại thành\n\n{LEAD}\n\nHoàng Lan\n\n\
         Thứ hai, 12/02/2024 08:00 (GMT+7)\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện ra ngoại thành");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(rfc3339(&a), "2024-02-12T08:00:00+07:00");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.rebuild(), text);
}

#[test]
fn a_credit_after_the_date() {
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "Thứ hai, 12/02/2024 - 08:00 | Tác giả: Lê Hà",
    ]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-02-12T08:00:00+07:00");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Lê Hà"]))]);
    assert!(a.section.is_empty());
}

#[test]
fn a_weekday_before_a_time_first_dateline() {
    let text = page(&["Mở rộng tuyến xe buýt điện", "Thứ Hai, 08:00, 12/02/2024"]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-02-12T08:00:00+07:00");
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(&*d.text, "Thứ Hai, 08:00, 12/02/2024");
    assert_eq!(d.weekday, Some(chrono::Weekday::Mon));
    assert!(a.credits.is_empty());
}

#[test]
fn agencies_alone_in_brackets_at_the_end() {
    assert_eq!(
        end_credits(&["(TTXVN/Vietnam+)"]),
        [(vec![Role::Source], names(&["TTXVN", "Vietnam+"]))]
    );
}

#[test]
fn a_page_read_as_a_dump_stays_whole() {
    // Bylines and datelines above the body, and a sapo above the byline:
    // no dateline of a header opens another article.
    let pages = [
        format!("Thời sự\n\nMở rộng tuyến xe buýt điện\n\nNGỌC AN\n\n12/02/2026 09:41 GMT+7\n\nTTO - {LEAD}\n\n{BODY}\n\nNGỌC AN\n"),
        format!("Giá vàng lập đỉnh mới\n\n{LEAD}\n\nHoàng Lan\n\nThứ hai, 12/2/2024 08:00 (GMT+7)\n\n{BODY}\n\nHoàng Lan\n"),
    ];
    for text in &pages {
        let many: Vec<_> = vn_article::parse_many(text)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(many, [article(text)], "{text}");
        let read: Vec<_> = vn_article::read_many(text.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(read, many);
    }
}

/// A date without its time on one line and the clock alone on the next:
/// one dateline over the two lines.
#[test]
fn a_clock_alone_under_the_date_completes_the_dateline() {
    let text = page(&[
        "Chủ nhật, ngày 08 tháng 12 năm 2024",
        "16:02 (GMT +7)",
        "Xe buýt điện chạy thêm ba tuyến mới",
    ]);
    let a = article(&text);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(
        &*d.text,
        "Chủ nhật, ngày 08 tháng 12 năm 2024\n\n16:02 (GMT +7)"
    );
    assert_eq!(rfc3339(&a), "2024-12-08T16:02:00+07:00");
    assert!(!d.offset_assumed);
    assert_eq!(a.title, "Xe buýt điện chạy thêm ba tuyến mới");
    assert!(header(&a).is_empty());
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.rebuild(), text);
    // Under the title, and on adjacent lines.
    let text = format!("Xe buýt điện chạy thêm ba tuyến mới\n08/12/2024\n16:02\n{LEAD}\n{BODY}\n");
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-12-08T16:02:00+07:00");
    assert_eq!(a.title, "Xe buýt điện chạy thêm ba tuyến mới");
    assert!(header(&a).is_empty());
    assert_eq!(a.rebuild(), text);
    // A separator alone between them, as a page's bar or dash between the
    // date's and the clock's spans (before: the clock and the bar went to
    // `header`, the time lost).
    for mark in ["|", "-", "•"] {
        let text = format!(
            "Xe buýt điện chạy thêm ba tuyến mới\nThứ hai, 08/12/2024\n{mark}\n16:02\n{LEAD}\n{BODY}\n"
        );
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-12-08T16:02:00+07:00", "{mark}");
        let d = a.dateline.as_ref().unwrap();
        assert_eq!(&*d.text, format!("Thứ hai, 08/12/2024\n{mark}\n16:02"));
        assert!(header(&a).is_empty());
        assert_eq!(a.rebuild(), text);
    }
    // A date that has its time keeps the clock under it apart.
    let text = page(&[
        "08/12/2024 09:00",
        "16:02 (GMT +7)",
        "Xe buýt điện chạy thêm ba tuyến mới",
    ]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-12-08T09:00:00+07:00");
    assert_eq!(header(&a), ["16:02 (GMT +7)"]);
    // A clock that a line of text stands between is no part of it.
    let text = page(&["08/12/2024", "Xe buýt điện chạy thêm ba tuyến mới", "16:02"]);
    let a = article(&text);
    assert_eq!(a.dateline.as_ref().map(|d| &*d.text), Some("08/12/2024"));
    assert_eq!(a.dateline.as_ref().and_then(|d| d.time), None);
}

/// A kicker of many words over the title (a series' name, an event's
/// slogan) with the title right over its dateline or byline: the line over
/// the meta lines is the title, the kicker goes to `header`, and the lead
/// is the paragraph under the date (before: the kicker was the title and
/// the title the lead).
#[test]
fn a_kicker_over_the_title_over_its_dateline() {
    for meta in [
        &["12/02/2026 09:41"][..],
        &["Hoàng Lan", "12/02/2026 09:41"],
    ] {
        let mut head = vec![
            "Chuyển đổi xanh giao thông đô thị",
            "Bài 1: Những tuyến xe buýt điện đầu tiên",
        ];
        head.extend_from_slice(meta);
        let text = page(&head);
        let a = article(&text);
        assert_eq!(a.title, "Bài 1: Những tuyến xe buýt điện đầu tiên");
        assert_eq!(header(&a), ["Chuyển đổi xanh giao thông đô thị"]);
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(a.rebuild(), text);
    }
    // With a clock between the title and the date, and a marker opening
    // the lead.
    let text = format!(
        "Chuyển đổi xanh giao thông đô thị\nBài 1: Những tuyến xe buýt điện đầu tiên\n\
         09:41\n12/02/2026\n(NLĐO) - {LEAD}\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Bài 1: Những tuyến xe buýt điện đầu tiên");
    assert_eq!(header(&a), ["Chuyển đổi xanh giao thông đô thị"]);
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("NLĐO"));
    assert_eq!(a.rebuild(), text);
    // Labels parted by bars over the meta lines are no headline.
    let text = page(&[
        "Mở rộng tuyến xe buýt điện ra các quận ven",
        "Xe buýt điện | Giao thông công cộng | Thành phố",
        "Hoàng Lan",
        "12/02/2026 09:41",
    ]);
    assert_eq!(
        article(&text).title,
        "Mở rộng tuyến xe buýt điện ra các quận ven"
    );
    // A line no longer under the title stays the sapo; a short label over
    // it stays the section; a lead over the date (a paragraph) stays the
    // lead.
    let text = page(&[
        "Bài 1: Những tuyến xe buýt điện đầu tiên",
        "Hành khách đổ xô đi thử xe",
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Bài 1: Những tuyến xe buýt điện đầu tiên");
    assert_eq!(a.lead.as_deref(), Some("Hành khách đổ xô đi thử xe"));
    let text = page(&[
        "Giao thông đô thị",
        "Bài 1: Những tuyến xe buýt điện đầu tiên",
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Giao thông đô thị"]);
    assert_eq!(a.title, "Bài 1: Những tuyến xe buýt điện đầu tiên");
    let text = format!("Những tuyến xe buýt điện đầu tiên\n{LEAD}\n12/02/2026 09:41\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.title, "Những tuyến xe buýt điện đầu tiên");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    // A title run over two lines, the second in small letters, stays one.
    let text = format!(
        "Những tuyến xe buýt điện đầu tiên\nchạy từ sáng nay ở Thủ đô\n12/02/2026 09:41\n{LEAD}\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(
        a.title,
        "Những tuyến xe buýt điện đầu tiên chạy từ sáng nay ở Thủ đô"
    );
}

/// A clock or a weekday alone on the line above the date, as pages print
/// the two apart: one dateline over the lines, none of them a credit.
#[test]
fn a_clock_or_a_weekday_alone_above_the_date_completes_the_dateline() {
    let cases = [
        // (the lines, the dateline's text, its time)
        (
            ["09:41", "12/02/2026"],
            "09:41\n12/02/2026",
            "2026-02-12T09:41:00+07:00",
        ),
        (
            ["Đăng lúc 09:41", "ngày 12/02/2026"],
            "Đăng lúc 09:41\nngày 12/02/2026",
            "2026-02-12T09:41:00+07:00",
        ),
        (
            ["Thứ Năm", "12/02/2026 09:41"],
            "Thứ Năm\n12/02/2026 09:41",
            "2026-02-12T09:41:00+07:00",
        ),
        (
            ["Chủ nhật,", "15/02/2026 | 07:05 (GMT+7)"],
            "Chủ nhật,\n15/02/2026 | 07:05 (GMT+7)",
            "2026-02-15T07:05:00+07:00",
        ),
    ];
    for (lines, dated, at) in cases {
        let text = format!(
            "Thời sự\nMở rộng tuyến xe buýt điện khắp thành phố\n{}\n{}\n{LEAD}\n{BODY}\nHoàng Lan\n",
            lines[0], lines[1]
        );
        let a = article(&text);
        let d = a.dateline.as_ref().unwrap();
        assert_eq!(&*d.text, dated);
        assert_eq!(rfc3339(&a), at, "{dated}");
        assert_eq!(section(&a), ["Thời sự"]);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện khắp thành phố");
        assert!(header(&a).is_empty(), "{:?}", header(&a));
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Hoàng Lan"]))],
            "{dated}"
        );
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(a.rebuild(), text);
    }
    // The weekday a date's own: `Thứ Năm` over a Thursday.
    let text = page(&["Mở rộng tuyến xe buýt điện", "Thứ Năm", "12/02/2026 09:41"]);
    let a = article(&text);
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.weekday),
        Some(chrono::Weekday::Thu)
    );
    // A date that has its time keeps a clock above it apart; a weekday
    // above a date that names its own is no part of it, nor a credit.
    let text = page(&["Mở rộng tuyến xe buýt điện", "16:02", "12/02/2026 09:41"]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(header(&a), ["16:02"]);
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "Thứ Năm",
        "Thứ Năm, 12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("Thứ Năm, 12/02/2026 09:41")
    );
    assert_eq!(header(&a), ["Thứ Năm"]);
    assert!(a.credits.is_empty());
    // A clock that a line of text stands between is no part of it.
    let text = page(&["16:02", "Mở rộng tuyến xe buýt điện", "12/02/2026"]);
    let a = article(&text);
    assert_eq!(a.dateline.as_ref().map(|d| &*d.text), Some("12/02/2026"));
    assert_eq!(a.dateline.as_ref().and_then(|d| d.time), None);
}

/// An event's slogan a page prints over every title: the banner goes to
/// the header, the headline under it is the title.
#[test]
fn a_banner_over_the_title() {
    let text = format!(
        "Chào mừng Đại hội Công đoàn thành phố lần thứ XII\n\n\
         Người lao động cần mức lương đủ sống\n\n\
         Công nhân mua đồ ăn sáng trên đường Phạm Hùng. Ảnh: HẢI NAM\n\n{LEAD}\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Người lao động cần mức lương đủ sống");
    assert_eq!(
        header(&a),
        ["Chào mừng Đại hội Công đoàn thành phố lần thứ XII"]
    );
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.body.first().map(|b| b.kind), Some(BlockKind::Caption));
    assert_eq!(a.rebuild(), text);
    // A title over its lead: no banner, whatever the lead's length.
    let text = format!("Người lao động cần mức lương đủ sống\n\n{LEAD}\n\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.title, "Người lao động cần mức lương đủ sống");
    assert!(header(&a).is_empty());
    // A short kicker over the title is no banner either: it is the section.
    let text = format!("Thời sự\n\nNgười lao động cần mức lương đủ sống\n\n{LEAD}\n\n{BODY}\n");
    let a = article(&text);
    assert_eq!(a.title, "Người lao động cần mức lương đủ sống");
    assert_eq!(section(&a), ["Thời sự"]);
    // With a dateline in the header, two headlines are the title and a
    // line of the header read as before.
    let text = page(&["Người lao động cần mức lương đủ sống", "14/03/2024 10:05"]);
    assert_eq!(article(&text).title, "Người lao động cần mức lương đủ sống");
}

#[test]
fn a_source_byline_with_its_outlet_after_a_bar() {
    let text = page(&[
        "14/03/2024 10:05",
        "Ngân hàng giảm lãi suất cho vay",
        "Theo Lê Hà | Thời báo Ngân hàng",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Ngân hàng giảm lãi suất cho vay");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(
        credits(&a),
        [(vec![Role::Source], names(&["Lê Hà", "Thời báo Ngân hàng"]))]
    );
    assert_eq!(a.rebuild(), text);
}

#[test]
fn a_byline_after_the_date_and_a_dash() {
    let text = page(&["Mở rộng tuyến xe buýt điện", "14/03/2024 10:05 - Minh Anh"]);
    let a = article(&text);
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("14/03/2024 10:05")
    );
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert!(header(&a).is_empty());
    assert_eq!(a.rebuild(), text);
    // With the outlet after the byline: the source too.
    for tail in ["Minh Anh - Báo Hà Nội Mới", "Minh Anh (TTXVN)"] {
        let text = page(&[
            "Mở rộng tuyến xe buýt điện",
            &format!("14/03/2024 10:05 - {tail}"),
        ]);
        let a = article(&text);
        assert_eq!(
            a.dateline.as_ref().map(|d| &*d.text),
            Some("14/03/2024 10:05"),
            "{tail}"
        );
        let outlet = if tail.contains("TTXVN") {
            "TTXVN"
        } else {
            "Báo Hà Nội Mới"
        };
        assert_eq!(
            credits(&a),
            [
                (vec![Role::Author], names(&["Minh Anh"])),
                (vec![Role::Source], names(&[outlet]))
            ],
            "{tail}"
        );
        assert!(header(&a).is_empty(), "{tail}");
        assert_eq!(a.rebuild(), text);
    }
    // A widget or a lowercase label after the dash stays in the header.
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "14/03/2024 10:05 - 0 Bình luận",
    ]);
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(header(&a), ["- 0 Bình luận"]);
    // A byline then sections parted by spaced dashes: the byline and the
    // section (before: `Hoàng Lan - Thời sự` was the section, the credit
    // lost). A province's name with a dash in it stays whole.
    for (tail, section_want) in [
        ("Hoàng Lan - Thời sự", &["Thời sự"][..]),
        ("Hoàng Lan - Kinh tế - Tài chính", &["Kinh tế", "Tài chính"]),
    ] {
        let text = page(&[
            "Mở rộng tuyến xe buýt điện",
            &format!("14/03/2024 10:05 - {tail}"),
        ]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-03-14T10:05:00+07:00");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Hoàng Lan"]))],
            "{tail}"
        );
        assert_eq!(section(&a), section_want, "{tail}");
        assert!(header(&a).is_empty(), "{tail}");
        assert_eq!(a.rebuild(), text);
    }
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "14/03/2024 10:05 - Bà Rịa - Vũng Tàu",
    ]);
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(section(&a), ["Bà Rịa - Vũng Tàu"]);
}

/// A name after the date and its time, after a space or a bar, is a
/// byline; a label in sentence case there is the section.
#[test]
fn a_name_after_the_date_and_its_time() {
    for line in [
        "14/03/2024 10:05 Minh Anh",
        "14/03/2024 10:05 | Minh Anh",
        "Thứ Năm, 14/3/2024 | 10:05 | Minh Anh",
    ] {
        let text = page(&["Mở rộng tuyến xe buýt điện", line]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-03-14T10:05:00+07:00", "{line}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Minh Anh"]))],
            "{line}"
        );
        assert!(section(&a).is_empty(), "{line}");
        assert_eq!(a.rebuild(), text);
    }
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "14/03/2024 10:05 | Giao thông",
    ]);
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(section(&a), ["Giao thông"]);
}

/// A short headline of capitalized names and one lowercase word (`Việt
/// Nam thắng Indonesia`) under the section and the date is the title, not a
/// byline: a name's lowercase word is a middle name, a form of address or
/// a foreign particle (`Lê thị Bình`, `Leonardo da Vinci`).
#[test]
fn a_short_headline_with_names_is_the_title() {
    for date in ["10:05 | 14/03/2024", "14/03/2024 10:05"] {
        let text = page(&["Thể thao", date, "Việt Nam thắng Indonesia"]);
        let a = article(&text);
        assert_eq!(section(&a), ["Thể thao"], "{date}");
        assert_eq!(a.title, "Việt Nam thắng Indonesia", "{date}");
        assert_eq!(rfc3339(&a), "2024-03-14T10:05:00+07:00");
        assert_eq!(credits(&a), Vec::<RolesNames>::new());
        assert_eq!(a.lead.as_deref(), Some(LEAD));
    }
    let text = page(&[
        "Thể thao",
        "Hòa Bình thắng lớn",
        "Leonardo da Vinci",
        "14/03/2024 10:05",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Hòa Bình thắng lớn");
    assert_eq!(
        credits(&a),
        [(vec![Role::Author], names(&["Leonardo da Vinci"]))]
    );
}

/// Counters and reminders printed after the article (`Lượt xem: 1.234`,
/// `Bạn đang xem: <title>`) are footer furniture after the byline.
#[test]
fn view_counters_and_reminders_go_to_the_footer() {
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nMinh Châu\n\nLượt xem: 1.234\n\nBạn đang xem: Tin nóng trong ngày hôm nay\n"
    );
    let a = article(&text);
    assert_eq!(
        a.footer,
        [
            "Lượt xem: 1.234",
            "Bạn đang xem: Tin nóng trong ngày hôm nay"
        ]
    );
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Châu"]))]);
    assert_eq!(a.body.len(), 1);
}

/// A byline joined to the date by a label (`vào lúc`, `lúc`, `vào`,
/// `Ngày đăng:`: `Đăng bởi Minh Anh vào lúc 10:05 14/03/2024`, `Người
/// đăng: Minh Anh Ngày đăng: 14/03/2024 10:05`): the credit, and the
/// dateline with its label; `Đăng bởi`, `Viết bởi` open a byline as `Bởi`
/// does.
#[test]
fn a_byline_joined_to_its_date_by_a_word() {
    for (line, credit, date) in [
        (
            "Đăng bởi Minh Anh vào lúc 10:05 14/03/2024",
            "Đăng bởi Minh Anh",
            "vào lúc 10:05 14/03/2024",
        ),
        (
            "Viết bởi Minh Anh lúc 10:05 14/03/2024",
            "Viết bởi Minh Anh",
            "lúc 10:05 14/03/2024",
        ),
        (
            "Minh Anh vào 10:05 14/03/2024",
            "Minh Anh",
            "vào 10:05 14/03/2024",
        ),
        // A label with its colon after a labelled byline, a space alone
        // between them.
        (
            "Người đăng: Minh Anh Ngày đăng: 14/03/2024 10:05",
            "Người đăng: Minh Anh",
            "Ngày đăng: 14/03/2024 10:05",
        ),
        (
            "Tác giả: Minh Anh Cập nhật : 14/03/2024 10:05",
            "Tác giả: Minh Anh",
            "Cập nhật : 14/03/2024 10:05",
        ),
    ] {
        let text = page(&["Xã hội", "Mở rộng tuyến xe buýt điện", line]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-03-14T10:05:00+07:00", "{line}");
        assert_eq!(a.dateline.as_ref().unwrap().text, date);
        assert_eq!(a.credits.len(), 1, "{line}");
        assert_eq!(a.credits[0].text, credit);
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
        assert_eq!(header(&a), Vec::<&str>::new());
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(a.rebuild(), vn_article::normalize(&text));
        assert!(article(&a.to_string()) == a, "{line}");
    }
}

/// The date first, then the author after a word that needs no colon
/// (`Đăng ngày 12/02/2026 bởi Minh Anh`, `Posted on 12/02/2026 by Minh
/// Anh`): the dateline with its label, and the credit (the line was the
/// title, the headline over it a label).
#[test]
fn a_date_then_its_author_after_by() {
    for (line, date, credit) in [
        (
            "Đăng ngày 12/02/2026 bởi Minh Anh",
            "Đăng ngày 12/02/2026",
            "bởi Minh Anh",
        ),
        (
            "Posted on 12/02/2026 by Minh Anh",
            "Posted on 12/02/2026",
            "by Minh Anh",
        ),
        (
            "12/02/2026 09:41 bởi Minh Anh",
            "12/02/2026 09:41",
            "bởi Minh Anh",
        ),
    ] {
        let text = page(&["Mở rộng tuyến xe buýt điện", line]);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{line}");
        let d = a.dateline.as_ref().unwrap();
        assert_eq!(d.text, date, "{line}");
        assert_eq!(
            d.date,
            chrono::NaiveDate::from_ymd_opt(2026, 2, 12).unwrap()
        );
        assert_eq!(a.credits.len(), 1, "{line}");
        assert_eq!(a.credits[0].text, credit, "{line}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
        assert!(a.header.is_empty(), "{line}");
        assert_eq!(a.rebuild(), vn_article::normalize(&text));
        assert!(article(&a.to_string()) == a, "{line}");
    }
}

/// Kickers between the section and the title: up to three words (`Phóng
/// sự ảnh`), a brand's small letter before a capital (`eMagazine`), a
/// series label closing with its colon (`Bài 1:`, which goes to `header`
/// as a kicker over the title does; the others are a second label).
#[test]
fn kickers_of_three_words_brands_and_series_labels() {
    const TITLE: &str = "Hà Nội mở rộng tuyến xe buýt điện trong năm nay";
    for (kicker, labels, head) in [
        ("Phóng sự ảnh", vec!["Thời sự", "Phóng sự ảnh"], vec![]),
        ("eMagazine", vec!["Thời sự", "eMagazine"], vec![]),
        ("Bài 1:", vec!["Thời sự"], vec!["Bài 1:"]),
    ] {
        let text = page(&["Thời sự", kicker, TITLE, "14/03/2024 10:05"]);
        let a = article(&text);
        assert_eq!(a.title, TITLE, "{kicker}");
        assert_eq!(section(&a), labels, "{kicker}");
        assert_eq!(header(&a), head, "{kicker}");
        assert_eq!(rfc3339(&a), "2024-03-14T10:05:00+07:00");
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert!(article(&a.to_string()) == a, "{kicker}");
    }
}

/// Markers of outlets printed without brackets or with a dash glued on.
#[test]
fn markers_of_more_outlets() {
    for (lead, code, outlet) in [
        (
            "TP - Hôm nay (27/3), tòa mở phiên phúc thẩm.",
            "TP",
            "Tiền Phong",
        ),
        (
            "(PL)- Thành phố vừa chấp thuận chủ trương.",
            "PL",
            "Pháp Luật TP.HCM",
        ),
        (
            "(ĐĐK) - Sáng 5/4, hội nghị khai mạc.",
            "ĐĐK",
            "Đại Đoàn Kết",
        ),
        ("(Zing) - Sáng 5/4, hội nghị khai mạc.", "Zing", "Znews"),
        (
            "(DNSGO) - Sáng 5/4, hội nghị khai mạc.",
            "DNSGO",
            "Doanh Nhân Sài Gòn",
        ),
        (
            "(Baogiaothong.vn) - Sáng 5/4, cầu được thông xe.",
            "Baogiaothong.vn",
            "Báo Giao thông",
        ),
        (
            "(Baohaiquan.vn) - Sáng 5/4, cục công bố số liệu.",
            "Baohaiquan.vn",
            "Hải quan",
        ),
        (
            "(Thời Nay) - Sáng 5/4, triển lãm khai mạc.",
            "Thời Nay",
            "Thời Nay",
        ),
        (
            "(Ngoisao.vn) - Sáng 29/11, hoa hậu dự sự kiện.",
            "Ngoisao.vn",
            "Ngôi sao",
        ),
        (
            "(Xây dựng) - Sáng 5/4, cầu được thông xe.",
            "Xây dựng",
            "Báo Xây dựng",
        ),
        ("ĐBP - Sáng 5/4, hội nghị khai mạc.", "ĐBP", "Báo Điện Biên"),
        (
            "(Thanh tra) - Sáng 5/4, đoàn thanh tra công bố kết luận.",
            "Thanh tra",
            "Báo Thanh tra",
        ),
        (
            "(Danviet.vn) - Sáng 5/4, giá lúa tăng.",
            "Danviet.vn",
            "Dân Việt",
        ),
        (
            "(ĐTTC) - Sáng 5/4, thị trường tăng điểm.",
            "ĐTTC",
            "Đầu tư Tài chính",
        ),
        (
            "(THPL)- Phiên tòa tạm dừng năm ngày.",
            "THPL",
            "Truyền hình Pháp luật",
        ),
        (
            "(ĐBNDO) - Chiều 5/4, Quốc hội thảo luận.",
            "ĐBNDO",
            "Đại biểu Nhân dân",
        ),
        (
            "(BVR&MT) - Sáng 5/4, tỉnh ra quân trồng rừng.",
            "BVR&MT",
            "Bảo vệ rừng và Môi trường",
        ),
        (
            "(VietQ.vn) - Sáng 5/4, cơ quan chức năng thu giữ hàng giả.",
            "VietQ.vn",
            "VietQ",
        ),
        (
            "TheLEADER - Sáng 5/4, hội nghị khai mạc.",
            "TheLEADER",
            "TheLEADER",
        ),
    ] {
        let text = format!("Tòa phúc thẩm xử vụ chuyển nhượng đất công\n\n{lead}\n\n{BODY}\n");
        let a = article(&text);
        let source = a.source.as_ref().unwrap();
        assert_eq!(
            (&*source.code, source.outlet.map(|o| o.name)),
            (code, Some(outlet)),
            "{lead}"
        );
        assert_eq!(a.title, "Tòa phúc thẩm xử vụ chuyển nhượng đất công");
    }
}

/// A page's clock after furniture and bars, closing with a comma, over the
/// title; the article's date under it with its byline.
#[test]
fn a_page_clock_after_furniture_and_bars() {
    let clock =
        "Đặt mua báo in| Mới - Đọc báo in phiên bản số| Thứ Sáu, Ngày 19 tháng 04 năm 2024,";
    let text = page(&[
        clock,
        "Bảy cổ phiếu cần quan tâm trong phiên tới",
        "Thanh Thuý - 11/08/2014 06:02",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Bảy cổ phiếu cần quan tâm trong phiên tới");
    assert_eq!(rfc3339(&a), "2014-08-11T06:02:00+07:00");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Thanh Thuý"]))]);
    assert_eq!(header(&a), [clock]);
    assert!(section(&a).is_empty());
    assert_eq!(a.rebuild(), text);
    // Alone, the clock line is the dateline; what stands before its bar is
    // furniture, not the section.
    let text = page(&[
        "Hotline: 0912 345 678 | Thứ Sáu, 19/04/2024 08:00",
        "Bảy cổ phiếu cần quan tâm trong phiên tới",
    ]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-04-19T08:00:00+07:00");
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("Thứ Sáu, 19/04/2024 08:00")
    );
    assert_eq!(header(&a), ["Hotline: 0912 345 678"]);
    assert!(section(&a).is_empty());
    assert_eq!(a.title, "Bảy cổ phiếu cần quan tâm trong phiên tới");
    // A comma after the date is no part of it.
    let text = page(&[
        "Thứ Sáu, Ngày 19 tháng 04 năm 2024,",
        "Bảy cổ phiếu cần quan tâm trong phiên tới",
    ]);
    let a = article(&text);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(&*d.text, "Thứ Sáu, Ngày 19 tháng 04 năm 2024");
    assert_eq!(
        d.date,
        chrono::NaiveDate::from_ymd_opt(2024, 4, 19).unwrap()
    );
    assert_eq!(a.rebuild(), text);
}

/// A view counter's label closing with a colon under the title is
/// furniture, not the lead.
#[test]
fn a_view_counter_under_the_title() {
    let text = page(&[
        "Nhận định thị trường chứng khoán ngày 25/07/2016",
        "Lượt xem: 9.767 - Ngày:",
    ]);
    let a = article(&text);
    assert_eq!(header(&a), ["Lượt xem: 9.767 - Ngày:"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
}

/// Widgets after a dateline: a comment counter's number alone, a view
/// counter after a bar; both go to the header, neither is the section.
#[test]
fn counters_after_a_dateline() {
    let text = page(&[
        "Xây dựng quân đội hiện đại từ năm 2030",
        "08:09 01/10/2020 0",
    ]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2020-10-01T08:09:00+07:00");
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("08:09 01/10/2020")
    );
    assert_eq!(header(&a), ["0"]);
    assert_eq!(a.rebuild(), text);
    let text = page(&[
        "Xây dựng quân đội hiện đại từ năm 2030",
        "Thứ Hai, 08/03/2022 - 14:05 | Lượt xem: 1.024",
    ]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2022-03-08T14:05:00+07:00");
    assert_eq!(header(&a), ["Lượt xem: 1.024"]);
    assert!(section(&a).is_empty());
    // A number after a date without its time is no counter: the line is
    // no dateline.
    let text = page(&["Xây dựng quân đội hiện đại từ năm 2030", "01/10/2020 12"]);
    assert!(article(&text).dateline.is_none());
}

/// A breadcrumb that ends with the title, whole or cut: that crumb goes to
/// the header, the rest is the section.
#[test]
fn a_breadcrumb_ending_with_the_title() {
    let title = "Hà Nội mở rộng tuyến xe buýt điện trong năm nay";
    for (crumbs, last) in [
        (format!("Trang chủ > Thời sự > {title}"), title),
        (
            "Trang chủ > Thời sự > Hà Nội mở rộng tuyến xe buýt...".to_string(),
            "Hà Nội mở rộng tuyến xe buýt...",
        ),
    ] {
        let text = page(&[&crumbs, title, "14/03/2024 10:05"]);
        let a = article(&text);
        assert_eq!(section(&a), ["Trang chủ", "Thời sự"], "{crumbs}");
        assert_eq!(a.title, title);
        assert_eq!(header(&a), [last]);
        assert_eq!(a.rebuild(), text);
    }
    // A last crumb that is not the title stays in the section.
    let text = page(&[
        "Trang chủ > Thời sự > Giao thông",
        title,
        "14/03/2024 10:05",
    ]);
    assert_eq!(
        section(&article(&text)),
        ["Trang chủ", "Thời sự", "Giao thông"]
    );
}

/// A label before the lead (`Sapo:`, `Tóm tắt:`) goes to the header; the
/// lead is what follows it.
#[test]
fn a_label_before_the_lead() {
    for label in ["Sapo:", "SAPO :", "Tóm tắt:"] {
        let text = format!(
            "Xã hội\n\nHà Nội mở rộng tuyến xe buýt điện trong năm nay\n\n14/03/2024 10:05\n\n\
             {label} {LEAD}\n\n{BODY}\n"
        );
        let a = article(&text);
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{label}");
        assert_eq!(header(&a), [label]);
        assert_eq!(a.rebuild(), text);
    }
    // A word that only opens like one is the lead's own.
    let lead = "Sapo của bài viết được in đậm ở đầu trang báo.";
    let text =
        format!("Hà Nội mở rộng tuyến xe buýt điện\n\n14/03/2024 10:05\n\n{lead}\n\n{BODY}\n");
    assert_eq!(article(&text).lead.as_deref(), Some(lead));
}

/// A date over its clock with any line end between them (a lone CR, CR
/// LF): one dateline, read the same way from its rendering.
#[test]
fn a_date_over_its_clock_with_any_line_end() {
    for end in ["\r", "\r\n", " \r ", "\n"] {
        let text = format!(
            "03/04/2024{end}07:35\n\nXe buýt điện chạy thêm ba tuyến mới\n\n{LEAD}\n\n{BODY}\n"
        );
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-04-03T07:35:00+07:00", "{end:?}");
        assert!(header(&a).is_empty(), "{end:?}");
        let rendered = a.to_string();
        let again = vn_article::parse(&rendered).unwrap();
        assert_eq!(again, a, "{end:?}");
    }
}

#[test]
fn a_dateline_in_english_or_a_calendars_month_first_order_under_the_title() {
    let text = page(&[
        "Thế giới",
        "Giá dầu tăng mạnh sau cuộc họp của các nước sản xuất",
        "Monday, January 15, 2024 8:30 PM",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thế giới"]);
    assert_eq!(
        a.title,
        "Giá dầu tăng mạnh sau cuộc họp của các nước sản xuất"
    );
    assert_eq!(rfc3339(&a), "2024-01-15T20:30:00+07:00");
    assert!(a.header.is_empty());

    // `Thu` before a day-first date is a name (`Minh Thu`), no weekday: of
    // the weekdays in English cut to three letters, only those that are no
    // names are read before a day-first date (`Tue, 15/01/2024`).
    for line in [
        "Minh Thu, 15/01/2024 08:30",
        "Hoài Sun 15/01/2024 08:30",
        "Hoài Sun, 15/01/2024 08:30",
        "Trà Mon, 15/01/2024 08:30",
    ] {
        let text = page(&["Giá dầu tăng mạnh", line]);
        let a = article(&text);
        let name = line.split([',', ' ']).take(2).collect::<Vec<_>>().join(" ");
        assert_eq!(credits(&a), [(vec![Role::Author], vec![name])], "{line}");
        assert_eq!(
            a.dateline.as_ref().map(|d| &*d.text),
            Some("15/01/2024 08:30")
        );
        assert!(a
            .diagnostics
            .iter()
            .all(|d| d.code.as_str() != "weekday_mismatch"));
    }

    let text = page(&["Giá dầu tăng mạnh", "Tháng Một 15, 2024", "Minh Anh"]);
    let a = article(&text);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "Tháng Một 15, 2024");
    assert_eq!(d.date.to_string(), "2024-01-15");
    assert_eq!(d.time, None);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
}

#[test]
fn a_place_before_the_date_with_a_comma_is_no_byline() {
    let text = page(&["Mở rộng tuyến xe buýt điện", "Hà Nội, 15/01/2024"]);
    let a = article(&text);
    let date = a.dateline.as_ref().map(|d| d.date.to_string());
    assert_eq!(date.as_deref(), Some("2024-01-15"));
    assert_eq!(header(&a), ["Hà Nội"]);
    assert!(a.credits.is_empty());
    assert!(a.section.is_empty());

    let text = page(&["Mở rộng tuyến xe buýt điện", "TP.HCM, 15/1/2024"]);
    let a = article(&text);
    assert_eq!(header(&a), ["TP.HCM"]);
    assert!(a.section.is_empty());

    // A reporter named as a province is, before a date with its time or
    // set apart by a bullet.
    for line in ["Hà Nam • 15/01/2024 08:30", "Hà Nam, 15/01/2024 08:30"] {
        let text = page(&["Mở rộng tuyến xe buýt điện", line]);
        let a = article(&text);
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Hà Nam"]))],
            "{line}"
        );
        assert!(a.header.is_empty(), "{line}");
    }
}

/// The lines of an article with `end` under its body.
fn with_end(end: &[&str]) -> String {
    let mut s =
        format!("15/01/2024 08:30\n\nMở rộng tuyến xe buýt điện\n\n(HNMO) - {LEAD}\n\n{BODY}\n");
    for line in end {
        s.push('\n');
        s.push_str(line);
        s.push('\n');
    }
    s
}

fn footer<'s>(a: &'s Article<'_>) -> Vec<&'s str> {
    a.footer.iter().map(|t| t.as_str()).collect()
}

#[test]
fn boxes_stacked_at_the_end_and_share_widgets_leave_the_byline() {
    // Each end: its credit line, then the furniture that goes to the footer.
    let cases: [(&[&str], Role, &str); 9] = [
        (
            &[
                "MINH ANH",
                "Tags:",
                "Xe buýt điện",
                "Giao thông Hà Nội",
                "Bài liên quan",
                "Người dân háo hức đi thử xe buýt điện",
                "Đọc nhiều nhất",
                "Tin mới",
            ],
            Role::Author,
            "MINH ANH",
        ),
        (
            &[
                "Lê Hà",
                "Chia sẻ",
                "Zalo",
                "Copy link",
                "Sao chép liên kết",
                "In",
                "Gửi góp ý",
            ],
            Role::Author,
            "Lê Hà",
        ),
        // A related headline's sapo opened by its outlet's marker is in
        // the box.
        (
            &[
                "Lê Hà",
                "Bài liên quan",
                "Người dân háo hức đi thử xe buýt điện",
                "HNMO - Sáng 12/1, tuyến xe buýt điện đầu tiên đón khách trong ngày đầu chạy thử.",
                "Đọc tiếp",
            ],
            Role::Author,
            "Lê Hà",
        ),
        // An invitation to read on heads a related article, its sapo under
        // its headline, and the tags; the source above them stays a credit.
        (
            &[
                "TTXVN",
                "* Mời bạn đọc vào chuyên mục Giao thông xem các tin, bài liên quan.",
                "Người dân háo hức đi thử xe buýt điện",
                "Ngày đầu chạy thử, tuyến xe buýt điện đầu tiên đón hơn một nghìn lượt khách.",
                "Từ khóa: xe buýt điệngiao thông",
                "Ý kiến bạn đọc",
            ],
            Role::Source,
            "TTXVN",
        ),
        // A follow widget names its outlet between `Theo dõi` and `trên`.
        (
            &[
                "Theo Dân Việt",
                "Chia sẻ Facebook",
                "Theo dõi Giadinhonline trên",
                "Theo dõi Báo Tin Mới trên Google News",
            ],
            Role::Source,
            "Dân Việt",
        ),
        // Tags that read as places or names are tags under their label.
        (
            &["Lê Hà", "Từ khóa:", "Đà Nẵng", "Hoàng Lan", "Du lịch biển"],
            Role::Author,
            "Lê Hà",
        ),
        // A tags label without its colon; the last tag a code in capitals.
        (
            &["Lê Hà", "Từ khóa", "giá vàng", "SJC"],
            Role::Author,
            "Lê Hà",
        ),
        (&["Lê Hà", "Tags", "Giá vàng", "SJC"], Role::Author, "Lê Hà"),
        (
            &["Lê Hà", "Chủ đề", "Giá vàng", "Hoàng Lan"],
            Role::Author,
            "Lê Hà",
        ),
    ];
    for (end, role, name) in cases {
        let text = with_end(end);
        let a = article(&text);
        assert_eq!(credits(&a), [(vec![role], names(&[name]))], "{name}");
        assert_eq!(footer(&a), end[1..], "{name}");
        assert_eq!(a.body.len(), 1, "{name}");
        assert_eq!(a.rebuild(), text, "{name}");
    }
    // A sentence that opens with the same words is no widget.
    let last = "Theo dõi sát diễn biến, thành phố sẽ điều chỉnh lộ trình các tuyến trên.";
    let text = with_end(&[last]);
    let a = article(&text);
    assert!(a.footer.is_empty());
    assert_eq!(a.body.last().map(|b| b.text.as_str()), Some(last));

    // A paragraph under the tags ends the run: the box is the lines under it.
    let text = with_end(&[
        "Tags:",
        "Xe buýt điện",
        "Thành phố cũng sẽ lắp thêm trạm sạc ở các bến xe lớn trong năm nay.",
        "Tin liên quan",
        "Người dân háo hức đi thử xe buýt điện",
    ]);
    let a = article(&text);
    assert_eq!(
        footer(&a),
        ["Tin liên quan", "Người dân háo hức đi thử xe buýt điện"]
    );
}

/// A page clock counted from when the page was read gives no date and is
/// no title or lead: it goes to the header.
#[test]
fn a_page_clock_relative_to_the_reading_is_furniture() {
    for clock in [
        "2 giờ trước",
        "5 phút trước",
        "3 ngày trước",
        "Hôm nay, 08:30",
        "Hôm qua - 21:05",
        "08:30 hôm nay",
        "Hôm qua lúc 08:15",
        "Hôm nay, lúc 8:15",
    ] {
        let text = page(&["Xã hội", clock, "Mở rộng tuyến xe buýt điện"]);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{clock}");
        assert_eq!(header(&a), [clock], "{clock}");
        assert_eq!(a.dateline, None, "{clock}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{clock}");
    }
    // Under the title, too.
    let text = page(&["Mở rộng tuyến xe buýt điện", "Hôm qua lúc 08:15"]);
    let a = article(&text);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
    assert_eq!(header(&a), ["Hôm qua lúc 08:15"]);
    // A headline that opens with a count is a headline.
    let text = page(&["2 giờ trước khi bão đổ bộ, người dân sơ tán"]);
    let a = article(&text);
    assert_eq!(a.title, "2 giờ trước khi bão đổ bộ, người dân sơ tán");
}

/// A widget's words before the date on one line (`Chia sẻ`) go to the
/// header; the weekday stays with the date.
#[test]
fn a_widget_before_the_date_on_its_line() {
    let text = page(&[
        "Giao thông",
        "Chia sẻ Chủ nhật, 26/01/2025 - 15:29 Theo dõi Báo Tin Mới trên",
        "Mở rộng tuyến xe buýt điện",
    ]);
    let a = article(&text);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "Chủ nhật, 26/01/2025 - 15:29");
    assert_eq!(rfc3339(&a), "2025-01-26T15:29:00+07:00");
    assert_eq!(header(&a), ["Chia sẻ", "Theo dõi Báo Tin Mới trên"]);
    assert_eq!(section(&a), ["Giao thông"]);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
}

/// A byline closed by the bullet that sets it apart from the date printed
/// on the next line: the bullet is no part of the name or the credit.
#[test]
fn a_byline_closed_by_its_bullet() {
    for byline in [
        "Đinh Nguyệt•",
        "Đinh Nguyệt •",
        "Đinh Nguyệt |",
        "Đinh Nguyệt ·",
    ] {
        let text = page(&["Mở rộng tuyến xe buýt điện", byline, "11/09/2021 15:29"]);
        let a = article(&text);
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Đinh Nguyệt"]))],
            "{byline}"
        );
        assert_eq!(a.credits[0].text, "Đinh Nguyệt", "{byline}");
        assert_eq!(rfc3339(&a), "2021-09-11T15:29:00+07:00", "{byline}");
        assert_eq!(a.rebuild(), text, "{byline}");
    }
}

/// A title run over two lines on a page without blank lines: cut after its
/// comma, or going on in small letters; a capitalized line under a title
/// that closes cleanly stays apart.
#[test]
fn a_title_over_two_lines_without_blank_lines() {
    for (first, second) in [
        (
            "Giá vàng tăng mạnh phiên đầu tuần,",
            "nhà đầu tư đổ xô đi mua",
        ),
        (
            "Giá vàng tăng mạnh phiên đầu tuần",
            "khiến nhà đầu tư đổ xô đi mua",
        ),
    ] {
        let text = format!(
            "Kinh tế\n{first}\n{second}\nThứ Ba, 02/12/2025 10:15 (GMT+7)\n{LEAD}\n{BODY}\n"
        );
        let a = article(&text);
        assert_eq!(a.title.as_str(), format!("{first} {second}"), "{second}");
        assert_eq!(section(&a), ["Kinh tế"]);
        assert!(a.header.is_empty(), "{second}");
        assert_eq!(util::codes(&a), ["title_joined"]);
        assert_eq!(a.rebuild(), text);
    }
    let text = format!(
        "Giá vàng tăng mạnh phiên đầu tuần\nNhà đầu tư đổ xô đi mua\nThứ Ba, 02/12/2025 10:15 (GMT+7)\n{LEAD}\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng tăng mạnh phiên đầu tuần");
    assert!(util::codes(&a).is_empty());
    // A brand in small letters first is no word going on: the line under
    // the title is the sapo.
    let text = format!(
        "Apple ra mắt điện thoại mới\niPhone 17 có giá từ 25 triệu đồng\nThứ Ba, 02/12/2025 10:15 (GMT+7)\n{LEAD}\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Apple ra mắt điện thoại mới");
    assert_eq!(a.lead.as_deref(), Some("iPhone 17 có giá từ 25 triệu đồng"));
    assert!(util::codes(&a).is_empty());
}

/// A title run over two lines parted by blank lines: a line going on in
/// small letters, of no more words than the first and no sentence, is the
/// title's (before: it was taken for the lead). A line in small letters
/// holding a comma, or of more words than the title, stays apart.
#[test]
fn a_title_over_two_lines_parted_by_a_blank_line() {
    for under in [&["Thứ Ba, 02/12/2025 10:15 (GMT+7)"][..], &[]] {
        let mut head = vec![
            "Kinh tế",
            "Giá vàng tăng mạnh phiên đầu tuần",
            "trong năm 2025",
        ];
        head.extend_from_slice(under);
        let text = page(&head);
        let a = article(&text);
        assert_eq!(
            a.title, "Giá vàng tăng mạnh phiên đầu tuần trong năm 2025",
            "{under:?}"
        );
        assert_eq!(section(&a), ["Kinh tế"]);
        assert!(a.header.is_empty());
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        let want: &[&str] = if under.is_empty() {
            &["missing_dateline", "title_joined"]
        } else {
            &["title_joined"]
        };
        assert_eq!(util::codes(&a), want, "{under:?}");
        assert_eq!(a.rebuild(), text);
    }
    // However many the blank lines between them, and whatever parts the
    // line from the date under it: the rendering, one blank line between
    // its pieces, reads the same.
    let text = format!(
        "Giá vàng tăng mạnh phiên đầu tuần\n\n\n\n\ntrong năm 2025\n12/02/2026 09:41\n{LEAD}\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng tăng mạnh phiên đầu tuần trong năm 2025");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(a.rebuild(), text);
    assert_eq!(article(&a.to_string()), a);
    for second in [
        "nhà đầu tư đổ xô, giá tăng",
        "nhà đầu tư trong nước đổ xô đi mua vàng miếng",
    ] {
        let text = page(&[
            "Giá vàng tăng mạnh phiên đầu tuần",
            second,
            "Thứ Ba, 02/12/2025 10:15 (GMT+7)",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Giá vàng tăng mạnh phiên đầu tuần", "{second}");
        assert!(
            util::codes(&a).is_empty(),
            "{second}: {:?}",
            util::codes(&a)
        );
    }
}

/// Writers parted by bullets, as by bars: each a name of one credit.
#[test]
fn writers_parted_by_bullets() {
    for byline in ["Minh Anh • Lê Hà", "Minh Anh · Lê Hà", "Minh Anh | Lê Hà"] {
        let text = page(&["Mở rộng tuyến xe buýt điện", byline, "11/09/2021 15:29"]);
        let a = article(&text);
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Minh Anh", "Lê Hà"]))],
            "{byline}"
        );
        assert_eq!(a.credits[0].text, byline, "{byline}");
        assert!(a.header.is_empty(), "{byline}");
        assert_eq!(a.rebuild(), text, "{byline}");
    }
}

/// A number in a section's name before the date on one line (`Y tế 360`)
/// does not hide the date after it.
#[test]
fn a_number_in_a_section_before_the_date() {
    let text = page(&[
        "Sống + Y tế 360 Thứ ba, 21/09/2021 06:30",
        "Dấu hiệu bất thường khi ngủ báo hiệu bệnh tim",
    ]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2021-09-21T06:30:00+07:00");
    assert_eq!(a.title, "Dấu hiệu bất thường khi ngủ báo hiệu bệnh tim");
    // The weekday stays with the date, the rest goes to `header`.
    assert_eq!(
        a.dateline.as_ref().map(|d| &*d.text),
        Some("Thứ ba, 21/09/2021 06:30")
    );
    assert_eq!(header(&a), ["Sống + Y tế 360"]);
    assert_eq!(a.rebuild(), text);
    // A count in a headline is still no date.
    let text = page(&["Top 10 điểm đến 2024 của du khách"]);
    assert_eq!(article(&text).dateline, None);
}

/// A section of a few words set before the date by a space alone: the
/// section, and the weekday stays with the date.
#[test]
fn a_section_before_the_date_with_a_space_alone() {
    for (line, sec, dateline, when) in [
        (
            "Thời sự Thứ Hai, 15/01/2024 08:30",
            "Thời sự",
            "Thứ Hai, 15/01/2024 08:30",
            "2024-01-15T08:30:00+07:00",
        ),
        (
            "Kinh doanh 15/01/2024 08:30",
            "Kinh doanh",
            "15/01/2024 08:30",
            "2024-01-15T08:30:00+07:00",
        ),
    ] {
        let text = page(&[line, "Mở rộng tuyến xe buýt điện"]);
        let a = article(&text);
        assert_eq!(
            a.dateline.as_ref().map(|d| &*d.text),
            Some(dateline),
            "{line}"
        );
        assert_eq!(rfc3339(&a), when, "{line}");
        assert_eq!(section(&a), [sec], "{line}");
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{line}");
    }
    // A sentence that ends with a date, or a date without its time, is no
    // section and dateline.
    let text = page(&["Vụ cháy xảy ra lúc 8:00 12/2/2024"]);
    assert_eq!(article(&text).dateline, None);
    let text = page(&["Giá vàng 15/01/2024", "Mở rộng tuyến xe buýt điện"]);
    assert_eq!(article(&text).dateline, None);
}

/// Labelled bylines before the date on one line; a label that credits no
/// one is no section either.
#[test]
fn labelled_heads_before_the_date() {
    /// A line, its credits, its header and its section.
    type Case<'a> = (&'a str, Vec<RolesNames>, &'a [&'a str], &'a [&'a str]);
    let cases: [Case<'_>; 3] = [
        (
            "Người đăng: Minh Anh | Ngày: 15/01/2024 08:30",
            vec![(vec![Role::Author], names(&["Minh Anh"]))],
            &[],
            &[],
        ),
        (
            "Biên tập viên: Minh Anh | 15/01/2024 08:30",
            vec![(vec![Role::Editing], names(&["Minh Anh"]))],
            &[],
            &[],
        ),
        (
            "Đăng bởi: admin - 15/01/2024 08:30",
            vec![],
            &["Đăng bởi: admin"],
            &[],
        ),
    ];
    for (line, want, head, sec) in cases {
        let text = page(&["Mở rộng tuyến xe buýt điện", line]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00", "{line}");
        assert_eq!(credits(&a), want, "{line}");
        assert_eq!(header(&a), head, "{line}");
        assert_eq!(section(&a), sec, "{line}");
    }
}

/// A box heading over the title (`Tin mới`), with the title's date or
/// byline under it: the title is the article's, not the box's headline.
#[test]
fn a_box_heading_over_the_title() {
    for kicker in ["Tin mới", "TIN MỚI"] {
        for meta in ["15/01/2024 08:30", "Minh Anh - 15/01/2024 08:30"] {
            let text = page(&[kicker, "Hà Nội khởi công cầu mới qua sông Hồng", meta]);
            let a = article(&text);
            assert_eq!(a.title, "Hà Nội khởi công cầu mới qua sông Hồng", "{meta}");
            assert_eq!(header(&a), [kicker], "{meta}");
            assert_eq!(a.lead.as_deref(), Some(LEAD), "{meta}");
            assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00", "{meta}");
        }
    }
    // A box of headlines under the title stays the box's.
    let text = page(&[
        "Hà Nội khởi công cầu mới qua sông Hồng",
        "15/01/2024 08:30",
        "Tin liên quan",
        "Hà Nội đề xuất xây thêm cầu",
        "Khởi công đường vành đai 4",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Hà Nội khởi công cầu mới qua sông Hồng");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
}

/// A box heading over headlines each printed over its own date, then the
/// article's title over its date: the box's headlines and dates go to
/// `header`, the title and the dateline are the last pair's.
#[test]
fn a_box_of_dated_headlines_over_the_title() {
    for kicker in ["Tin mới", "TIN LIÊN QUAN", "Đọc nhiều"] {
        let text = page(&[
            kicker,
            "Giá vàng hôm nay tiếp tục tăng mạnh",
            "14/01/2024 07:00",
            "Cháy lớn tại kho hàng ở ngoại thành",
            "13/01/2024 21:15",
            "Hà Nội khởi công cầu mới qua sông Hồng",
            "15/01/2024 08:30",
            "(NLĐO) - Sáng nay, thành phố khởi công cầu mới.",
        ]);
        let a = article(&text);
        assert_eq!(
            a.title, "Hà Nội khởi công cầu mới qua sông Hồng",
            "{kicker}"
        );
        assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00", "{kicker}");
        assert_eq!(
            header(&a),
            [
                kicker,
                "Giá vàng hôm nay tiếp tục tăng mạnh",
                "14/01/2024 07:00",
                "Cháy lớn tại kho hàng ở ngoại thành",
                "13/01/2024 21:15",
            ],
            "{kicker}"
        );
        assert_eq!(a.source.as_ref().map(|s| &*s.code), Some("NLĐO"));
        assert_eq!(
            a.lead.as_deref(),
            Some("Sáng nay, thành phố khởi công cầu mới."),
            "{kicker}"
        );
    }
}

/// What a page prints under the byline at the end: the reporter's
/// address or post, the copyright; the byline above them is read.
#[test]
fn an_address_a_post_and_a_copyright_under_the_byline() {
    let author = |n: &[&str]| (vec![Role::Author], names(n));
    for under in [
        &["minhanh@hanoimoi.vn"][..],
        &["Phóng viên Ban Thời sự"],
        &["Bản quyền thuộc về Báo Hà Nội Mới"],
        &["Phóng viên thường trú tại Huế", "minh.anh@bao.vn"],
    ] {
        let mut end = vec!["Minh Anh"];
        end.extend_from_slice(under);
        assert_eq!(end_credits(&end), [author(&["Minh Anh"])], "{under:?}");
    }
    // An address inside a sentence is no furniture.
    assert_eq!(
        end_credits(&["Minh Anh", "Mọi góp ý xin gửi về minhanh@hanoimoi.vn."]),
        []
    );
}

/// A reading-time widget on a line of its own, or after the date, goes to
/// `header` (on its own it was taken for the title).
#[test]
fn reading_time_widgets() {
    for widget in [
        "5 phút đọc",
        "Đọc trong 3 phút",
        "Thời gian đọc: khoảng 3 phút",
    ] {
        let text = page(&[
            "Hà Nội khởi công cầu mới qua sông Hồng",
            "15/01/2024 08:30",
            widget,
        ]);
        let a = article(&text);
        assert_eq!(
            a.title, "Hà Nội khởi công cầu mới qua sông Hồng",
            "{widget}"
        );
        assert_eq!(header(&a), [widget], "{widget}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{widget}");
    }
    let text = page(&[
        "Hà Nội khởi công cầu mới qua sông Hồng",
        "Thời sự • 15/01/2024 08:30 • 5 phút đọc",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự"]);
    assert_eq!(header(&a), ["5 phút đọc"]);
    assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00");
    assert_eq!(a.rebuild(), text);
    // A sentence that opens with `Đọc` is none.
    let text = page(&["Hà Nội khởi công cầu mới qua sông Hồng", "15/01/2024 08:30"])
        .replace(LEAD, "Đọc 3 phút mỗi ngày giúp trẻ yêu sách hơn.");
    assert_eq!(
        article(&text).lead.as_deref(),
        Some("Đọc 3 phút mỗi ngày giúp trẻ yêu sách hơn.")
    );
}

/// A line with the update and the publication: the publication is the
/// dateline, whichever comes first; the update goes to `header`.
#[test]
fn the_publication_before_the_update() {
    for line in [
        "Cập nhật: 15/01/2024 08:30 | Đăng: 14/01/2024 20:00",
        "Đăng: 14/01/2024 20:00 | Cập nhật: 15/01/2024 08:30",
    ] {
        let text = page(&["Hà Nội khởi công cầu mới qua sông Hồng", line]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-01-14T20:00:00+07:00", "{line}");
        assert_eq!(
            a.dateline.as_ref().map(|d| &*d.text),
            Some("Đăng: 14/01/2024 20:00"),
            "{line}"
        );
        assert_eq!(header(&a), ["Cập nhật: 15/01/2024 08:30"], "{line}");
        assert_eq!(a.rebuild(), text, "{line}");
    }
    // An update alone is the dateline.
    let text = page(&[
        "Hà Nội khởi công cầu mới qua sông Hồng",
        "Cập nhật: 15/01/2024 08:30",
    ]);
    assert_eq!(rfc3339(&article(&text)), "2024-01-15T08:30:00+07:00");
    // On lines of their own, above or below the title, in either order;
    // and on one side of the title, a date without a label beside an
    // update (the date is the publication's).
    let (published, updated) = ("Xuất bản: 14/01/2024 20:00", "Cập nhật: 15/01/2024 08:30");
    let plain = "14/01/2024 20:00";
    let title = "Hà Nội khởi công cầu mới qua sông Hồng";
    for lines in [
        ["Thời sự", published, updated, title],
        ["Thời sự", updated, published, title],
        ["Thời sự", published, title, updated],
        ["Thời sự", updated, title, published],
        ["Thời sự", plain, updated, title],
        ["Thời sự", updated, plain, title],
        ["Thời sự", title, plain, updated],
        ["Thời sự", title, updated, plain],
    ] {
        let text = page(&lines);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-01-14T20:00:00+07:00", "{lines:?}");
        assert_eq!(header(&a), [updated], "{lines:?}");
        assert_eq!(a.title, title);
        assert_eq!(a.rebuild(), text);
    }
    // A date without a label may be the page's clock: an update under the
    // title is the article's date still.
    let text = page(&["Thứ 2, 05/02/2024 18:38", title, updated]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00");
    assert_eq!(header(&a), ["Thứ 2, 05/02/2024 18:38"]);
}

/// A title that opens with a medium and a colon (`Video: ...`,
/// `Infographic: ...`) is the title, not a credit of the medium: what
/// follows the colon is a headline, too long or with a digit for a name.
#[test]
fn a_title_opened_by_a_medium() {
    for title in [
        "Video: Khoảnh khắc cầu mới hợp long",
        "Infographic: Kinh tế Việt Nam năm 2023",
    ] {
        let text = page(&["15/01/2024 08:30", title]);
        let a = article(&text);
        assert_eq!(a.title, title);
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{title}");
        assert!(a.credits.is_empty(), "{title}");
    }
    // A short credit of the medium stays one.
    assert_eq!(
        end_credits(&["Video: Người dân cung cấp"]),
        [(vec![Role::Video], names(&["Người dân cung cấp"]))]
    );
    // A short heading of the medium is none: words of Vietnamese with a
    // capital only first, unlike a brand's name first or a name within.
    assert_eq!(end_credits(&["Video: Lễ đón chuyến bay"]), []);
    assert_eq!(
        end_credits(&["Video: Facebook nhân vật"]),
        [(vec![Role::Video], names(&["Facebook nhân vật"]))]
    );
    assert_eq!(
        end_credits(&["Đồ họa: báo Bạc Liêu"]),
        [(vec![Role::Graphics], names(&["báo Bạc Liêu"]))]
    );
    // How the picture was taken names no one, and is still its credit.
    for how in ["Chụp màn hình", "Cắt từ clip", "Trích xuất camera"] {
        assert_eq!(
            end_credits(&[&format!("Ảnh: {how}")]),
            [(vec![Role::Photo], names(&[how]))],
            "{how}"
        );
    }
}

/// With no date in the header, a date alone under the byline at the end
/// is the dateline (it went to `footer` as a counter).
#[test]
fn a_date_alone_under_the_byline_at_the_end() {
    let text = format!(
        "Hà Nội khởi công cầu mới qua sông Hồng\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\n15/01/2024 08:30\n"
    );
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert!(a.footer.is_empty());
    // The missing dateline's finding is gone; the offset was assumed.
    assert_eq!(
        a.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
        [vn_article::DiagnosticCode::OffsetAssumed]
    );
    assert_eq!(a.rebuild(), text);
    let rendered = a.to_string();
    let again = vn_article::parse(&rendered).unwrap();
    assert_eq!(again, a);
    // With a date in the header, the one at the end stays in `footer`.
    let text = format!(
        "Hà Nội khởi công cầu mới qua sông Hồng\n\n14/01/2024 20:00\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\n15/01/2024 08:30\n"
    );
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2024-01-14T20:00:00+07:00");
    assert_eq!(
        a.footer.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        ["15/01/2024 08:30"]
    );
}

/// Far under the lead, a labelled date under the byline, a byline and a
/// date on one line, or a date over the byline: the dateline, and the
/// byline read.
#[test]
fn a_labelled_date_or_a_byline_with_its_date_at_the_end() {
    const MORE: &str = "Theo kế hoạch, mười tuyến mới sẽ chạy từ tháng sau.";
    for (end, date) in [
        (
            "Minh Anh\n\nNgày đăng: 15/01/2024 08:30",
            "Ngày đăng: 15/01/2024 08:30",
        ),
        ("Minh Anh - 15/01/2024 08:30", "15/01/2024 08:30"),
        (
            "Ngày đăng: 15/01/2024 08:30\n\nMinh Anh",
            "Ngày đăng: 15/01/2024 08:30",
        ),
        (
            "Minh Anh\n\nNgày đăng: 15/01/2024 08:30\n\nChia sẻ",
            "Ngày đăng: 15/01/2024 08:30",
        ),
    ] {
        let text = format!(
            "Hà Nội khởi công cầu mới qua sông Hồng\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{MORE}\n\n{end}\n"
        );
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00", "{end}");
        assert_eq!(a.dateline.as_ref().map(|d| &*d.text), Some(date), "{end}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Minh Anh"]))],
            "{end}"
        );
        let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(body, [BODY, MORE, MORE], "{end}");
        assert_eq!(a.rebuild(), text);
    }
    // A sentence that closes with a date is no byline's.
    let text = format!(
        "Hà Nội khởi công cầu mới qua sông Hồng\n\n{LEAD}\n\n{BODY}\n\n{MORE}\n\n{MORE}\n\n\
         Lễ khởi công dự kiến vào ngày 15/01/2024\n"
    );
    let a = article(&text);
    assert!(a.dateline.is_none());
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        [BODY, MORE, MORE, "Lễ khởi công dự kiến vào ngày 15/01/2024"]
    );
}

/// A date under a related box at the end is the box's, not the article's.
#[test]
fn a_date_in_a_related_box_at_the_end_is_no_dateline() {
    let text = format!(
        "Hà Nội khởi công cầu mới qua sông Hồng\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\nTin liên quan\n\nHà Nội đề xuất xây thêm cầu qua sông Hồng\n\n14/01/2024 10:00\n"
    );
    let a = article(&text);
    assert_eq!(a.dateline, None);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(a.rebuild(), text);
}

/// A byline with a date stamp closing the article under the dateline
/// (`Minh Anh - 03/04/2024 10:15`): the name is the author, the stamp
/// stays in the credit's text, the dateline the one above (the line was a
/// paragraph, the credit lost).
#[test]
fn a_byline_with_a_date_stamp_under_the_dateline() {
    for line in [
        "Minh Anh - 03/04/2024 10:15",
        "Minh Anh • 03/04/2024",
        "MINH ANH | Thứ Tư, 03/04/2024 10:15 (GMT+7)",
    ] {
        let text =
            format!("03/04/2024 - 07:35\n\nTiêu đề bài viết\n\n{LEAD}\n\n{BODY}\n\n{line}\n");
        let a = article(&text);
        let name = if line.starts_with("MINH") {
            "MINH ANH"
        } else {
            "Minh Anh"
        };
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&[name]))],
            "{line}"
        );
        assert_eq!(a.credits[0].text, line, "{line}");
        assert_eq!(rfc3339(&a), "2024-04-03T07:35:00+07:00", "{line}");
        assert_eq!(a.body.len(), 1, "{line}");
        assert_eq!(a.rebuild(), text, "{line}");
    }
}

/// A byline with a page clock counted from the reading after it (`Minh
/// Anh • 2 giờ trước`): the name is the author, the clock stays in the
/// credit's text (the line was taken for the title).
#[test]
fn a_byline_with_a_page_clock() {
    // With a bullet or a dash between them, or a space alone, as a page's
    // two tags are read with nothing between.
    for line in [
        "Bởi Minh Anh • 2 giờ trước",
        "Minh Anh - Hôm nay, 08:30",
        "Minh Anh 2 giờ trước",
        "Minh Anh Hôm nay, 08:30",
    ] {
        let text = page(&["Giá vàng hôm nay tăng mạnh trên thị trường", line]);
        let a = article(&text);
        assert_eq!(
            a.title, "Giá vàng hôm nay tăng mạnh trên thị trường",
            "{line}"
        );
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Minh Anh"]))],
            "{line}"
        );
        assert_eq!(a.credits[0].text, line, "{line}");
        assert_eq!(a.dateline, None, "{line}");
        assert_eq!(a.rebuild(), text, "{line}");
    }
    // A label with a page clock is the page's, no title and no lead, after
    // a bullet or a space alone.
    for label in ["Giao thông • 2 giờ trước", "Giao thông 2 giờ trước"] {
        let text = page(&[
            "Giá vàng hôm nay tăng mạnh trên thị trường",
            label,
            "15/01/2024 08:30",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Giá vàng hôm nay tăng mạnh trên thị trường");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{label}");
        assert_eq!(header(&a), [label]);
        assert!(a.credits.is_empty(), "{label}");
    }
    // A number closing a title is no page clock's.
    let text = page(&["Giá vàng tăng 2 lần trước Tết", "15/01/2024 08:30"]);
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng tăng 2 lần trước Tết");
}

/// A page's two tags read with nothing between them: a byline or a section
/// glued to the date or its weekday (`Minh AnhThứ năm, ...`, `Thời
/// sự12/02/2026`), a section or a byline glued to the time: each part is
/// read where a space would part it, the weekday checked.
#[test]
fn tags_read_with_nothing_between() {
    use chrono::Weekday::{Sun, Thu};
    /// The line under the headline, the date-time, the weekday, the
    /// section and the author read from it.
    type Case<'c> = (
        &'c str,
        &'c str,
        Option<chrono::Weekday>,
        Option<&'c str>,
        Option<&'c str>,
    );
    let cases: &[Case<'_>] = &[
        (
            "Minh AnhThứ năm, 12/02/2026 09:41 (GMT+7)",
            "2026-02-12T09:41:00+07:00",
            Some(Thu),
            None,
            Some("Minh Anh"),
        ),
        (
            "Lê HàChủ nhật, 15/02/2026 - 09:41",
            "2026-02-15T09:41:00+07:00",
            Some(Sun),
            None,
            Some("Lê Hà"),
        ),
        (
            "Thứ năm12/02/2026 09:41",
            "2026-02-12T09:41:00+07:00",
            Some(Thu),
            None,
            None,
        ),
        (
            "Minh Anh12/02/2026 09:41",
            "2026-02-12T09:41:00+07:00",
            None,
            None,
            Some("Minh Anh"),
        ),
        (
            "Thời sự12/02/2026 09:41",
            "2026-02-12T09:41:00+07:00",
            None,
            Some("Thời sự"),
            None,
        ),
        (
            "Thứ năm, 12/02/2026 09:41Thời sự",
            "2026-02-12T09:41:00+07:00",
            Some(Thu),
            Some("Thời sự"),
            None,
        ),
        (
            "12/02/2026 09:41 GMT+7Bất động sản",
            "2026-02-12T09:41:00+07:00",
            None,
            Some("Bất động sản"),
            None,
        ),
        (
            "12/02/2026 09:41Minh Anh",
            "2026-02-12T09:41:00+07:00",
            None,
            None,
            Some("Minh Anh"),
        ),
    ];
    for &(line, datetime, weekday, label, author) in cases {
        let text = page(&["Giá vàng hôm nay tăng mạnh trên thị trường", line]);
        let a = article(&text);
        assert_eq!(
            a.title, "Giá vàng hôm nay tăng mạnh trên thị trường",
            "{line}"
        );
        assert_eq!(rfc3339(&a), datetime, "{line}");
        assert_eq!(a.dateline.as_ref().unwrap().weekday, weekday, "{line}");
        assert_eq!(section(&a), label.into_iter().collect::<Vec<_>>(), "{line}");
        let want: Vec<_> = author
            .map(|n| (vec![Role::Author], names(&[n])))
            .into_iter()
            .collect();
        assert_eq!(credits(&a), want, "{line}");
        assert_eq!(a.rebuild(), text, "{line}");
    }
    // Look-alikes: a stray capital inside a number (`1Đ14/11/2024`), a
    // meridiem glued after the offset, a headline glued to the time: no
    // date read from the middle of a number, no credit `PM`, no section.
    let text = page(&[
        "Giá vàng hôm nay tăng mạnh trên thị trường",
        "Thứ Năm, 1Đ14/11/2024 16:05",
    ]);
    assert_eq!(article(&text).dateline, None);
    let text = page(&[
        "Giá vàng hôm nay tăng mạnh trên thị trường",
        "15/07/2024 8:30 (GMT+7)PM",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Giá vàng hôm nay tăng mạnh trên thị trường");
    assert!(a.credits.is_empty());
    let text = page(&["12/02/2026 09:41Giá vàng hôm nay tăng mạnh trên thị trường thế giới"]);
    let a = article(&text);
    assert!(a.section.is_empty());
    // A name with a capital inside it before a date stays what it was: the
    // outlet's name before the date, no weekday.
    let text = page(&[
        "Giá vàng hôm nay tăng mạnh trên thị trường",
        "VnExpress 12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(a.dateline.as_ref().unwrap().weekday, None);
}

/// The headings of boxes of other articles at the end (`Tin mới nhất`,
/// `Xem nhiều`, `Bạn có thể quan tâm`): the box goes to `footer`, the
/// byline over it is read (it was lost in the body with the box).
#[test]
fn more_box_headings_at_the_end() {
    for heading in [
        "Tin mới nhất",
        "Đọc nhiều nhất",
        "Xem nhiều",
        "Cùng chuyên mục",
        "Bạn có thể quan tâm",
        "Bài viết cùng chuyên mục",
        "BÀI VIẾT CÙNG CHỦ ĐỀ",
        "Tin bài khác",
        "Các tin liên quan",
        "Nội dung liên quan",
        "Tin tức mới nhất",
        "Tin nóng",
    ] {
        let end = [
            "Minh Anh",
            heading,
            "Giá vàng hôm nay tăng mạnh trên thị trường",
            "Hà Nội đề xuất xây thêm cầu qua sông Hồng",
        ];
        assert_eq!(
            end_credits(&end),
            [(vec![Role::Author], names(&["Minh Anh"]))],
            "{heading}"
        );
        let text = format!(
            "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{}\n",
            end.join("\n\n")
        );
        let a = article(&text);
        let footer: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
        assert_eq!(footer, end[1..], "{heading}");
        assert_eq!(a.body.len(), 1, "{heading}");
    }
}

/// Advertisement slots, ratings, hashtags, the marks of articles printed
/// in parts, buttons, app and newsletter prompts, hotlines under the
/// byline: furniture, the byline above them read (`Thích`, `Xem video`
/// were names).
#[test]
fn ads_ratings_hashtags_and_series_marks_under_the_byline() {
    let author = |n: &[&str]| (vec![Role::Author], names(n));
    for under in [
        &["Quảng cáo"][..],
        &["ADVERTISEMENT"],
        &["Đánh giá bài viết", "5/5 (1 bình chọn)"],
        &["#giá vàng #lãi suất"],
        &["Tags: giá vàng, lãi suất", "#giá vàng #thị trường"],
        &["(Còn nữa)"],
        &["(Hết)"],
        &["Hết."],
        &["- Hết -"],
        &["– HẾT –"],
        &["Còn tiếp..."],
        // The next part announced.
        &["Kỳ tới: Những con số biết nói"],
        &["(Còn nữa)", "Bài tiếp theo: Lời giải cho bài toán nhà ở"],
        &["Đón đọc kỳ sau: Những con số biết nói"],
        // The next part by its number, a note: right under the byline.
        &["Kỳ 2: Những con số biết nói"],
        &["Bài 3: Lời giải cho bài toán nhà ở"],
        &["* Bài viết có sử dụng tư liệu của Bộ Y tế"],
        &["Ghi chú: Bài viết mang tính tham khảo."],
        &["Lưu ý: Thông tin chỉ mang tính tham khảo."],
        &["Gửi góp ý", "Báo lỗi"],
        &["Thích", "Chia sẻ", "Tweet"],
        &["Like", "Share"],
        // Links to other articles behind arrows.
        &[
            ">> Đeo nhẫn cưới cũng phải biết cách",
            "» Giá vàng tăng mạnh sau Tết",
        ],
        // The same behind a related box's label on their line.
        &["Bấm xem >> Giá vàng hôm nay"],
        &["ĐỌC THÊM » Giá vàng tăng mạnh sau Tết"],
        &["Xem thêm: >> Đeo nhẫn cưới cũng phải biết cách"],
        &["Tải ứng dụng"],
        &["Đăng ký nhận bản tin"],
        &["Hotline: 0912 345 678"],
        &["Cảm ơn bạn đã đọc bài viết"],
        &["Xem video"],
        &["Điểm tin"],
        &["Lên đầu trang"],
        &["Link bài viết: https://example.vn/a.html"],
        &["***"],
        &["* * *", "---"],
        &["Bình luận (0)", "Gửi"],
        &["TÀI TRỢ"],
        &["Nội dung tài trợ"],
        &["© 2024 Báo Mẫu"],
        &["Copyright 2024 Báo Mẫu"],
        &["Bạn nghĩ sao về vấn đề này?"],
        &["Chia sẻ", "Facebook", "Twitter", "Pinterest", "Copy link"],
        &[
            "Ý kiến",
            "Sắp xếp theo",
            "Quan tâm nhất",
            "Mới nhất",
            "Cũ nhất",
        ],
        &["Viết bình luận", "Gửi", "Hủy", "Xem thêm bình luận", "Top"],
        // Buttons with their counts on one line, and the reminder of what
        // is read.
        &["Thích 0 Chia sẻ", "Bình luận (2)"],
        &["Thích 12 | Chia sẻ 3"],
        // `Ý kiến` with its count.
        &["Ý kiến (5)", "Chia sẻ"],
        // A reader's rating and its answers.
        &["Bài viết có hữu ích với bạn không?", "Có", "Không"],
        &["Bạn thấy bài viết này thế nào?", "Hay", "Bình thường"],
        &["12 ý kiến"],
        &["Bạn đang đọc bài viết Giá vàng tăng tại chuyên mục Kinh tế"],
    ] {
        let mut end = vec!["Minh Anh - Lê Hà"];
        end.extend_from_slice(under);
        assert_eq!(
            end_credits(&end),
            [author(&["Minh Anh", "Lê Hà"])],
            "{under:?}"
        );
    }
    // Their words in a sentence, or a hashtag opening one, are none.
    assert_eq!(
        end_credits(&["Minh Anh", "#MeToo đã lan rộng khắp thế giới."]),
        []
    );
    assert_eq!(end_credits(&["Minh Anh", "Thích 2 món ăn này nhất"]), []);
    assert_eq!(
        end_credits(&["Minh Anh", "Hết giờ làm việc, anh vẫn ở lại"]),
        []
    );
}

/// The mark of an article printed in parts closing the byline's own line
/// (`MINH AN (Còn nữa)`), or the end mark glued to it (`Theo TTXVN./.`):
/// the byline read, the mark kept in the footer.
#[test]
fn series_mark_after_the_byline_on_its_line() {
    for (line, roles, name, mark) in [
        (
            "MINH AN (Còn nữa)",
            vec![Role::Author],
            "MINH AN",
            "(Còn nữa)",
        ),
        (
            "Lê Hà (còn tiếp)",
            vec![Role::Author],
            "Lê Hà",
            "(còn tiếp)",
        ),
        // The end mark glued to the credit.
        ("Theo TTXVN./.", vec![Role::Source], "TTXVN", "./."),
        ("MINH AN ./.", vec![Role::Author], "MINH AN", "./."),
        (
            "Bài và ảnh: MINH AN (HẾT)",
            vec![Role::Article, Role::Photo],
            "MINH AN",
            "(HẾT)",
        ),
        (
            "Theo TTXVN (Còn nữa)",
            vec![Role::Source],
            "TTXVN",
            "(Còn nữa)",
        ),
    ] {
        let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{line}\n");
        let a = article(&text);
        assert_eq!(a.rebuild(), text);
        assert_eq!(credits(&a), [(roles, names(&[name]))], "{line}");
        let c = &a.credits[0];
        assert_eq!(c.text.as_str(), line.strip_suffix(mark).unwrap().trim_end());
        let footer: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
        assert_eq!(footer, [mark], "{line}");
        assert_eq!(
            text.get(a.footer[0].span.start..a.footer[0].span.end),
            Some(mark)
        );
    }
    // Not a series mark: the bracket is the byline's (a source), or the
    // line is a sentence.
    assert_eq!(
        end_credits(&["Minh Anh (TTXVN)"]),
        [
            (vec![Role::Author], names(&["Minh Anh"])),
            (vec![Role::Source], names(&["TTXVN"]))
        ]
    );
    assert_eq!(end_credits(&["Anh ấy nói sẽ về (còn nữa)"]), []);
    assert_eq!(end_credits(&["Hà Nội sẽ phát triển mạnh./."]), []);
}

/// Another article's headline and sapo (opened by its outlet's marker, the
/// sapo often cut mid-word) over the byline, under a lead opened by the
/// marker: furniture, the byline read under them; a subheading and its
/// paragraph there stay the article's.
#[test]
fn another_articles_teaser_over_the_byline() {
    let teaser = [
        "Video: Công an giải cứu bé gái bị khống chế, bắt làm con tin",
        "(CT) - Sau gần 4 tiếng thuyết phục, lực lượng công an đã khống chế đối tượng, giải cứu bé gá",
    ];
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n(CT) - {LEAD}\n\n{BODY}\n\n{}\n\nĐỗ Vi\n",
        teaser.join("\n\n")
    );
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Đỗ Vi"]))]);
    assert_eq!(
        a.footer.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        teaser
    );
    assert_eq!(a.body.len(), 1);
    // Its mentions are the article's without the teaser.
    let plain = format!("Tin nóng trong ngày hôm nay\n\n(CT) - {LEAD}\n\n{BODY}\n\nĐỗ Vi\n");
    let without = article(&plain);
    let values = |a: &Article<'_>| {
        a.mentions
            .iter()
            .map(|m| m.value.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(values(&a), values(&without));
    assert_eq!(a.rebuild(), text);
    // A subheading and its paragraph, no marker: the article's.
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nKết quả bước đầu\n\n\
         Sau một tháng, tuyến mới đã đón nhiều khách.\n\nĐỗ Vi\n"
    );
    let a = article(&text);
    assert_eq!(a.body.len(), 3);
    assert!(a.footer.is_empty());
}

/// A video's headline closed by its outlet's code after a bar (`... |
/// SKĐS`, the bar scraped as `I` too) over the byline: furniture; under a
/// box's heading it stays in the box; an unknown code or a short line
/// there is the article's.
#[test]
fn an_outlets_video_headline_over_the_byline() {
    let author = (vec![Role::Author], names(&["Mai Phương"]));
    for video in [
        "Biến thể mới có thể lây nhiễm sâu trong phổi | SKĐS",
        "Biến thể mới có thể lây nhiễm sâu trong phổi I SKĐS",
        // A code that holds an `I` itself.
        "Toàn cảnh lễ khánh thành cầu mới ở Cần Thơ | VIETNAMPLUS",
    ] {
        let text =
            format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{video}\n\nMai Phương\n");
        let a = article(&text);
        assert_eq!(credits(&a), std::slice::from_ref(&author), "{video}");
        assert_eq!(
            a.footer.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
            [video]
        );
        assert_eq!(a.body.len(), 1, "{video}");
    }
    for line in [
        "Biến thể mới có thể lây nhiễm sâu | ABCXYZ",
        "Xem ngay | SKĐS",
    ] {
        let text =
            format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{line}\n\nMai Phương\n");
        let a = article(&text);
        assert!(a.footer.is_empty(), "{line}");
        assert_eq!(a.body.len(), 2, "{line}");
    }
}

/// A link to another article behind arrows in the body (`>> Giá vàng tuần
/// tới sẽ ra sao?`), alone or after a related box's label (`Xem thêm >>
/// ...`), is a `related` block, however long; a sentence closed by a
/// period after them, or a quote's `>` alone, stays a paragraph.
#[test]
fn links_behind_arrows_in_the_body_are_related() {
    for (line, kind) in [
        (
            ">> Giá vàng tuần tới sẽ ra sao và người mua nên làm gì trong lúc này?",
            BlockKind::Related,
        ),
        ("» Giá vàng tăng mạnh sau Tết", BlockKind::Related),
        ("Xem thêm >> Giá vàng tăng mạnh sau Tết", BlockKind::Related),
        (">>> Giá vàng tăng mạnh sau Tết", BlockKind::Related),
        (">>Giá vàng tăng mạnh sau Tết", BlockKind::Related),
        ("»Giá vàng tăng mạnh sau Tết", BlockKind::Related),
        (
            "Xem thêm >>> Giá vàng tăng mạnh sau Tết",
            BlockKind::Related,
        ),
        (">>giá vàng tăng mạnh sau Tết", BlockKind::Paragraph),
        (
            "Tin liên quan » Giá vàng tăng mạnh sau Tết",
            BlockKind::Related,
        ),
        (
            ">> Giá vàng tăng mạnh sau Tết, người dân đổ xô đi mua.",
            BlockKind::Paragraph,
        ),
        (
            "Xem thêm >> Giá vàng tăng mạnh sau Tết, người dân đổ xô đi mua.",
            BlockKind::Paragraph,
        ),
        ("> Giá vàng tăng mạnh sau Tết", BlockKind::Paragraph),
    ] {
        let text =
            format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{line}\n\n{BODY}\n\nMai Phương\n");
        let a = article(&text);
        assert_eq!(
            a.body
                .iter()
                .map(|b| (b.kind, b.text.as_str()))
                .collect::<Vec<_>>(),
            [(kind, line), (BlockKind::Paragraph, BODY)],
            "{line}"
        );
    }
}

/// Headlines and tags printed last under the closing buttons (`Link bài
/// gốc`, `Copy link`), with no heading of their own: furniture, the
/// credits above them read; a share button glued after a source's name is
/// no part of it (`Theo Báo Mẫu Copy link` named `Báo Mẫu Copy link`).
#[test]
fn headlines_and_tags_under_the_closing_buttons() {
    let source = |n: &[&str]| (vec![Role::Source], names(n));
    let end = [
        "Theo Báo Mẫu Copy link",
        "Link bài gốc Lấy link https://example.vn/bai-viet.html",
        "Gửi tiết kiệm bao nhiêu thì có lãi mỗi tháng?",
        "Tiết kiệm tiền",
        "gửi tiết kiệm",
    ];
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{}\n",
        end.join("\n\n")
    );
    let a = article(&text);
    assert_eq!(credits(&a), [source(&["Báo Mẫu"])]);
    assert_eq!(a.credits[0].text, "Theo Báo Mẫu Copy link");
    assert_eq!(
        a.footer.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        end[1..]
    );
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.rebuild(), text);
    // A paragraph closed by a period there is the article's: nothing moves.
    let last = "Người gửi cần cân nhắc kỹ trước khi chọn kỳ hạn.";
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nMinh Anh\n\nChia sẻ\n\n{last}\n"
    );
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert!(a.footer.is_empty());
    assert_eq!(
        a.body.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
        [BODY, "Minh Anh", "Chia sẻ", last]
    );
    // Between the site's buttons printed last (a newsletter's box under
    // the share row: `Đăng ký nhận tin` / its field's prompt / `Đăng ký`):
    // the page's too, the credit above them read.
    let end = [
        "Tin, ảnh: KIM XUÂN",
        "Chia sẻ bài viết",
        "Đăng ký nhận tin",
        "Nhập email của bạn",
        "Đăng ký",
    ];
    let text = format!(
        "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{}\n",
        end.join("\n\n")
    );
    let a = article(&text);
    assert_eq!(
        credits(&a),
        [(vec![Role::News, Role::Photo], names(&["KIM XUÂN"]))]
    );
    assert_eq!(footer(&a), end[1..]);
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.rebuild(), text);
}

/// Tags under the credits (a topic's link, up to six short labels) are
/// the page's; an outlet alone under `Theo` completes a source that names
/// none.
#[test]
fn tags_under_the_credits() {
    let source = |n: &[&str]| (vec![Role::Source], names(n));
    for under in [
        &["Giá vàng"][..],
        &["Giá vàng", "Thị trường"],
        &["Giá vàng", "Thị trường", "Tài chính"],
    ] {
        let mut lines = vec!["Theo Minh Anh (Tiền Phong)"];
        lines.extend_from_slice(under);
        assert_eq!(
            end_credits(&lines),
            [source(&["Minh Anh", "Tiền Phong"])],
            "{under:?}"
        );
        let text = format!(
            "Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{}\n",
            lines.join("\n\n")
        );
        assert_eq!(footer(&article(&text)), under, "{under:?}");
    }
    // Seven labels, or a label with no credit over it: no tags.
    assert_eq!(
        end_credits(&[
            "Theo Minh Anh (Tiền Phong)",
            "Giá vàng",
            "Thị trường",
            "Tài chính",
            "Ngân hàng",
            "Chứng khoán",
            "Bất động sản",
            "Tiền tệ"
        ]),
        []
    );
    let text = format!("Tin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\nGiá vàng\n");
    assert_eq!(footer(&article(&text)), [] as [&str; 0]);
    // `Theo` with one name: the line under it may be its outlet.
    assert_eq!(
        end_credits(&["Theo Minh Anh", "Giá vàng"]),
        [source(&["Minh Anh"]), source(&["Giá vàng"])]
    );
}

/// A date alone in brackets under the title is never the title: the
/// dateline, read inside the brackets (which stay in the layout), or an
/// update's stamp kept in `header`.
#[test]
fn a_date_in_brackets_is_no_title() {
    let text = page(&[
        "Hà Nội mở thêm ba tuyến buýt điện",
        "(Cập nhật: 02/12/2024 09:30)",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Hà Nội mở thêm ba tuyến buýt điện");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["(Cập nhật: 02/12/2024 09:30)"]);
    assert!(a.dateline.is_none());
    assert_eq!(a.rebuild(), text);
    for (line, dateline, at) in [
        (
            "[02/12/2024 09:30]",
            "02/12/2024 09:30",
            "2024-12-02T09:30:00+07:00",
        ),
        (
            "(02/12/2024 - 09:30)",
            "02/12/2024 - 09:30",
            "2024-12-02T09:30:00+07:00",
        ),
        (
            "( Thứ Hai, 02/12/2024 09:30 )",
            "Thứ Hai, 02/12/2024 09:30",
            "2024-12-02T09:30:00+07:00",
        ),
    ] {
        let text = page(&["Hà Nội mở thêm ba tuyến buýt điện", line]);
        let a = article(&text);
        assert_eq!(a.title, "Hà Nội mở thêm ba tuyến buýt điện", "{line}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{line}");
        assert_eq!(a.dateline.as_ref().map(|d| d.text.as_str()), Some(dateline));
        assert_eq!(rfc3339(&a), at, "{line}");
        assert!(header(&a).is_empty(), "{line}");
        assert_eq!(a.rebuild(), text);
        let rendered = a.to_string();
        assert_eq!(article(&rendered), a, "{rendered:?}");
    }
}

/// A credit and a photo credit on one line under the title are the
/// article's credits, no caption.
#[test]
fn a_credit_and_a_photo_credit_on_one_line_under_the_title() {
    let text = page(&[
        "Thời sự",
        "Hà Nội mở thêm ba tuyến buýt điện",
        "Nội dung: Minh Anh - Ảnh: Lê Hà",
        "02/12/2024 09:30",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Hà Nội mở thêm ba tuyến buýt điện");
    assert_eq!(
        credits(&a),
        [
            (vec![Role::Article], names(&["Minh Anh"])),
            (vec![Role::Photo], names(&["Lê Hà"]))
        ]
    );
    assert_eq!(a.body.len(), 1);
    assert_eq!(a.body[0].kind, BlockKind::Paragraph);
    assert_eq!(a.rebuild(), text);
}

/// An audio player between the date and the lead (its button and its
/// clock) is the page's, never a credit.
#[test]
fn an_audio_player_under_the_date() {
    let text = page(&[
        "Giao thông",
        "Hà Nội mở thêm ba tuyến buýt điện từ tháng 12",
        "02/12/2024 - 09:30 GMT+7",
        "Nghe bài",
        "00:00 / 03:12",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Hà Nội mở thêm ba tuyến buýt điện từ tháng 12");
    assert_eq!(rfc3339(&a), "2024-12-02T09:30:00+07:00");
    assert_eq!(header(&a), ["Nghe bài", "00:00 / 03:12"]);
    assert!(a.credits.is_empty(), "{:?}", a.credits);
}

/// A rating widget between the title and the date is furniture of the
/// header, never the lead.
#[test]
fn a_rating_widget_over_the_date() {
    let text = page(&[
        "Hà Nội khởi công cầu mới qua sông Hồng",
        "Đánh giá bài viết",
        "5/5 (1 bình chọn)",
        "Cập nhật: 08:30 15/01/2024",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Hà Nội khởi công cầu mới qua sông Hồng");
    assert_eq!(header(&a), ["Đánh giá bài viết", "5/5 (1 bình chọn)"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00");
}

/// What follows the date set apart by bars or bullets, piece by piece: a
/// byline in names' capitals, the category, widgets.
#[test]
fn pieces_after_the_date() {
    let title = "Hà Nội khởi công cầu mới qua sông Hồng";
    let text = page(&[title, "Minh Anh - Lê Hà • 15/01/2024 08:30 • Thời sự"]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự"]);
    assert_eq!(
        credits(&a),
        [(vec![Role::Author], names(&["Minh Anh", "Lê Hà"]))]
    );
    assert!(a.header.is_empty());
    let text = page(&[title, "15/01/2024 08:30 GMT+7 | Minh Anh | 1.024 lượt xem"]);
    let a = article(&text);
    assert!(a.section.is_empty());
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(header(&a), ["1.024 lượt xem"]);
    assert_eq!(a.rebuild(), text);
    let text = page(&[title, "15/01/2024 08:30 | Kinh doanh | Tác giả: Minh Anh"]);
    let a = article(&text);
    assert_eq!(section(&a), ["Kinh doanh"]);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    // Credits before the date with its time, set apart by a space alone.
    for (line, expected) in [
        (
            "Theo Trí thức trẻ 15/01/2024 08:30",
            vec![(vec![Role::Source], names(&["Trí thức trẻ"]))],
        ),
        (
            "Minh Anh, Theo Trí thức trẻ 08:30 15/01/2024",
            vec![
                (vec![Role::Author], names(&["Minh Anh"])),
                (vec![Role::Source], names(&["Trí thức trẻ"])),
            ],
        ),
    ] {
        let text = page(&[title, line]);
        let a = article(&text);
        assert_eq!(a.title, title, "{line}");
        assert_eq!(credits(&a), expected, "{line}");
        assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00", "{line}");
    }
    // `Tác giả` before a name without its colon.
    let text = page(&[title, "Tác giả Minh Anh", "15/01/2024 08:30"]);
    assert_eq!(
        credits(&article(&text)),
        [(vec![Role::Author], names(&["Minh Anh"]))]
    );
}

/// A title closed by a period under the section and over the date is the
/// title; a sapo under a short title over the date stays the lead.
#[test]
fn a_title_closed_by_a_period() {
    let title = "Học sinh Hà Nội được nghỉ Tết Nguyên đán 10 ngày.";
    let text = page(&["Giáo dục", title, "15/01/2024 08:30"]);
    let a = article(&text);
    assert_eq!(section(&a), ["Giáo dục"]);
    assert_eq!(a.title, title);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(rfc3339(&a), "2024-01-15T08:30:00+07:00");
    // Under a section of two labels, with a byline before the date.
    let text = page(&["Tin tức - Sự kiện", title, "Minh Anh", "15/01/2024 08:30"]);
    let a = article(&text);
    assert_eq!(section(&a), ["Tin tức - Sự kiện"]);
    assert_eq!(a.title, title);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Anh"]))]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    let sapo = "Giá xăng dầu trong nước được điều chỉnh giảm từ 15h chiều nay.";
    let text = page(&["Giá xăng giảm mạnh", sapo, "15/01/2024 08:30"]);
    let a = article(&text);
    assert!(a.section.is_empty());
    assert_eq!(a.title, "Giá xăng giảm mạnh");
    assert_eq!(a.lead.as_deref(), Some(sapo));
}

/// A photo credit among the article's credits under the title (`Nội
/// dung:`, `Ảnh:`, `Thiết kế:`) is one of them, no picture's caption.
#[test]
fn a_photo_credit_among_the_credits_under_the_title() {
    let text = page(&[
        "Hành trình 20 năm giữ rừng của những người lính biên phòng",
        "Nội dung: Minh Anh",
        "Ảnh: Lê Hà",
        "Thiết kế: Hoàng Long",
        "15/01/2024 08:30",
    ]);
    let a = article(&text);
    assert_eq!(
        credits(&a),
        [
            (vec![Role::Article], names(&["Minh Anh"])),
            (vec![Role::Photo], names(&["Lê Hà"])),
            (vec![Role::Design], names(&["Hoàng Long"])),
        ]
    );
    assert_eq!(
        a.body.iter().map(|b| b.kind).collect::<Vec<_>>(),
        [BlockKind::Paragraph]
    );
    // First of the block too.
    let text = page(&[
        "Hành trình 20 năm giữ rừng của những người lính biên phòng",
        "Ảnh: Lê Hà",
        "Bài: Minh Anh",
        "15/01/2024 08:30",
    ]);
    assert_eq!(
        credits(&article(&text)),
        [
            (vec![Role::Photo], names(&["Lê Hà"])),
            (vec![Role::Article], names(&["Minh Anh"])),
        ]
    );
    // Alone under the title: the top picture's credit.
    let text = page(&[
        "Hành trình 20 năm giữ rừng của những người lính biên phòng",
        "Ảnh: Lê Hà",
        "15/01/2024 08:30",
    ]);
    let a = article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(a.body[0].kind, BlockKind::Caption);
    assert_eq!(a.body[0].text.as_str(), "");
    assert_eq!(
        a.body[0]
            .credits
            .iter()
            .map(|c| (
                c.roles.clone(),
                c.names.iter().map(|n| n.to_string()).collect()
            ))
            .collect::<Vec<RolesNames>>(),
        [(vec![Role::Photo], names(&["Lê Hà"]))]
    );
}

/// Around the byline under the title: an avatar's initials over it, the
/// post and a follow button under it are the page's (`MA`, `Follow` and
/// `Phóng viên` were second authors; `+ Theo dõi` was the lead).
#[test]
fn initials_posts_and_follow_buttons_around_the_byline() {
    let title = "Hà Nội khởi công cầu mới qua sông Hồng";
    for (around, furniture) in [
        (&["MA", "Minh Anh"][..], &["MA"][..]),
        (&["Minh Anh", "Phóng viên"], &["Phóng viên"]),
        (
            &["Minh Anh", "Phóng viên Ban Thời sự"],
            &["Phóng viên Ban Thời sự"],
        ),
        (&["Minh Anh", "PV thường trú"], &["PV thường trú"]),
        (&["Minh Anh", "Follow"], &["Follow"]),
        (&["Minh Anh", "+ Theo dõi"], &["+ Theo dõi"]),
    ] {
        let mut head = vec![title];
        head.extend_from_slice(around);
        head.push("15/01/2024 08:30");
        let text = page(&head);
        let a = article(&text);
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Minh Anh"]))],
            "{around:?}"
        );
        assert_eq!(header(&a), furniture, "{around:?}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{around:?}");
    }
    // A post with a name after it names a second writer.
    let text = page(&[title, "Minh Anh", "Phóng viên Lê Hà", "15/01/2024 08:30"]);
    assert_eq!(
        credits(&article(&text)),
        [
            (vec![Role::Author], names(&["Minh Anh"])),
            (vec![Role::Author], names(&["Lê Hà"])),
        ]
    );
    // Initials of someone else: a second byline.
    let text = page(&[title, "LH", "Minh Anh", "15/01/2024 08:30"]);
    assert_eq!(
        credits(&article(&text)),
        [
            (vec![Role::Author], names(&["LH"])),
            (vec![Role::Author], names(&["Minh Anh"])),
        ]
    );
}

/// An outlet's code alone on its line under the title (`SGGPO`, `(CLO)`,
/// `(Chinhphu.vn) -`): the source marker, and the paragraph under it the
/// lead; a code alone over no paragraph, or a word that is no registered
/// code, stays where it was.
#[test]
fn a_marker_alone_over_the_lead() {
    for (line, code, outlet) in [
        ("SGGPO", "SGGPO", "Sài Gòn Giải Phóng"),
        ("(CLO)", "CLO", "Nhà báo & Công luận"),
        (
            "(Chinhphu.vn) -",
            "Chinhphu.vn",
            "Cổng Thông tin điện tử Chính phủ",
        ),
        ("VOV.VN", "VOV.VN", "Đài Tiếng nói Việt Nam"),
    ] {
        let text = page(&["Mở rộng tuyến xe buýt điện", line]);
        let a = article(&text);
        let source = a.source.as_ref().unwrap();
        assert_eq!(
            (
                source.text.as_str(),
                &*source.code,
                source.outlet.map(|o| o.name)
            ),
            (line, code, Some(outlet)),
            "{line}"
        );
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{line}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{line}");
        assert_eq!(a.body.len(), 1, "{line}");
        assert_eq!(a.body[0].text, BODY, "{line}");
        assert!(a.header.is_empty(), "{line}");
        assert_eq!(a.rebuild(), text, "{line}");
    }
    // No registered code, or a code in small letters: no marker.
    for line in ["XYZO", "sggpo"] {
        let text = page(&["Mở rộng tuyến xe buýt điện", line]);
        let a = article(&text);
        assert!(a.source.is_none(), "{line}");
    }
}

/// A bullet or a rule alone on a line of the header (`•` between the
/// byline and the date, as a scraper prints their spans a line each):
/// furniture, never the lead.
#[test]
fn a_bullet_alone_between_byline_and_date() {
    for mark in ["•", "|", "***", "—"] {
        let text = page(&[
            "Mở rộng tuyến xe buýt điện",
            "Hoàng Lan",
            mark,
            "12/02/2026 09:41",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{mark}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00", "{mark}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&["Hoàng Lan"]))],
            "{mark}"
        );
        assert_eq!(header(&a), [mark], "{mark}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{mark}");
        assert_eq!(a.rebuild(), text, "{mark}");
    }
}

/// A summary box under the title (`Tóm tắt` and its points) closed by the
/// byline or the dateline is the page's: the lead is the paragraph after
/// the dateline. The lead's label alone (`Sapo`) is no byline.
#[test]
fn a_summary_box_over_the_byline_and_dateline() {
    let title = "Mở rộng tuyến xe buýt điện ra ngoại thành";
    let points = [
        "Sở GTVT mở rộng tuyến xe buýt điện ra ngoại thành.",
        "• Tuyến mới chạy từ tháng 3",
    ];
    let text = page(&[
        title,
        "Tóm tắt",
        points[0],
        points[1],
        "Lê Minh",
        "12/02/2026 09:41 GMT+7",
    ]);
    let a = article(&text);
    assert_eq!(a.title, title);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Tóm tắt", points[0], points[1]]);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Lê Minh"]))]);
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(a.rebuild(), text);
    // Closed by the dateline alone.
    let text = page(&[title, "TÓM TẮT", points[0], "Thứ Năm, 12/02/2026 09:41"]);
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["TÓM TẮT", points[0]]);
    // No dateline or byline under it: the label heads the lead.
    for label in ["Sapo", "Tóm tắt"] {
        let text = page(&[title, label]);
        let a = article(&text);
        assert_eq!(a.title, title, "{label}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{label}");
        assert_eq!(header(&a), [label], "{label}");
        assert!(a.credits.is_empty(), "{label}");
    }
}

/// `Tóm tắt` over a short article whose byline closes it, with no paragraph
/// under the byline: the label heads the lead, the byline is the article's
/// end (before, the whole article went to the header as the box's points,
/// with no lead). Over the dateline, a short label between the title and
/// the date (`Đọc nhanh`) is no lead either.
#[test]
fn a_summary_label_over_a_short_article_closed_by_its_byline() {
    let title = "Ca sĩ trẻ tổ chức đêm nhạc ngoài trời tại Đà Lạt";
    let date = "Thứ Hai, 25/11/2024, 08:30 (GMT+7)";
    let body = [
        "Đêm nhạc dự kiến thu hút khoảng 5.000 khán giả.",
        "Vé được mở bán từ 10 giờ sáng 28/11.",
    ];
    for over in [None, Some("Đọc nhanh"), Some("Xem nhanh")] {
        let mut head = vec!["Giải trí", title];
        head.extend(over);
        head.extend([
            date,
            "Chia sẻ",
            "Tóm tắt",
            LEAD,
            body[0],
            body[1],
            "Thanh Hà",
        ]);
        let text = head.join("\n") + "\n";
        let a = article(&text);
        assert_eq!(a.title, title, "{over:?}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{over:?}");
        let mut want = Vec::from_iter(over);
        want.extend(["Chia sẻ", "Tóm tắt"]);
        assert_eq!(header(&a), want, "{over:?}");
        let paragraphs: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(paragraphs, body, "{over:?}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Thanh Hà"]))]);
        assert_eq!(rfc3339(&a), "2024-11-25T08:30:00+07:00");
        assert_eq!(a.rebuild(), text);
    }
}

/// A summary box written by a machine: its heading (`Tóm tắt bài viết`,
/// `Tóm tắt nhanh`), its points and its closing note (`Tóm tắt bởi AI`)
/// are the page's, under the dateline or over it; a box with no note is
/// closed by the lead's source marker, or by the first paragraph with no
/// bullet under points marked by bullets. A note alone heads nothing.
#[test]
fn a_summary_box_closed_by_its_note_or_the_marked_lead() {
    let title = "Mở rộng tuyến xe buýt điện ra ngoại thành";
    let points = [
        "Sở GTVT mở rộng tuyến xe buýt điện ra ngoại thành.",
        "Tuyến mới chạy từ tháng 3 với 20 xe.",
    ];
    let date = "Thứ Năm, 12/02/2026 09:41";
    for (heading, note) in [
        ("Tóm tắt bài viết", "Tóm tắt bởi AI"),
        ("Tóm tắt nhanh", "Nội dung được tóm tắt bởi AI."),
        ("TÓM TẮT", "Tóm tắt bằng AI"),
        ("Tóm tắt nội dung", "Nội dung được tạo bởi AI"),
    ] {
        // Under the dateline, over a lead with no marker.
        let text = page(&[title, date, heading, points[0], points[1], note]);
        let a = article(&text);
        assert_eq!(a.title, title, "{heading}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{heading}");
        assert_eq!(header(&a), [heading, points[0], points[1], note]);
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert_eq!(a.body.len(), 1, "{heading}");
        assert_eq!(a.rebuild(), text);
        // Over the dateline.
        let text = page(&[title, heading, points[0], note, date]);
        let a = article(&text);
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{heading}");
        assert_eq!(header(&a), [heading, points[0], note]);
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    }
    // No note: the marked lead closes the box.
    let marked = format!("(NLĐO) - {LEAD}");
    let text = format!(
        "{title}\n{date}\nTóm tắt bài viết\n{}\n{}\n{marked}\n{BODY}\n",
        points[0], points[1]
    );
    let a = article(&text);
    assert_eq!(a.source.as_ref().map(|m| m.code.as_ref()), Some("NLĐO"));
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Tóm tắt bài viết", points[0], points[1]]);
    assert_eq!(a.body.len(), 1);
    // No note, no marker: points marked by bullets, and the paragraph
    // under them, the first with none, the lead.
    let bullets = [
        "• Sở GTVT mở rộng tuyến xe buýt điện ra ngoại thành.",
        "• Tuyến mới chạy từ tháng 3 với 20 xe.",
    ];
    let text = page(&[title, date, "Tóm tắt", bullets[0], bullets[1]]);
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Tóm tắt", bullets[0], bullets[1]]);
    assert_eq!(a.body.len(), 1);
    // Points with no bullet and no note: the label heads the lead.
    let text = page(&[title, date, "Tóm tắt", points[0]]);
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(points[0]));
    // The note alone, with no heading over it, is furniture over the lead.
    let text = page(&[title, date, "Tóm tắt bởi AI"]);
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Tóm tắt bởi AI"]);
}

/// A breadcrumb printed a label a line with a separator alone on the line
/// between each two (`Thời sự` / `>` / `Giao thông`), with or without a
/// home label: the labels are the section, the separators the page's.
#[test]
fn a_breadcrumb_a_label_a_line_with_separator_lines() {
    let title = "Mở rộng tuyến xe buýt điện ra ngoại thành";
    let cases: &[(&[&str], &[&str], &[&str])] = &[
        (
            &["Trang chủ", ">", "Thời sự", ">", "Giao thông"],
            &["Trang chủ", "Thời sự", "Giao thông"],
            &[">", ">"],
        ),
        (
            &["Thời sự", "›", "Giao thông", "›", "Đô thị"],
            &["Thời sự", "Giao thông", "Đô thị"],
            &["›", "›"],
        ),
        (
            &["Thời sự", "|", "Giao thông"],
            &["Thời sự", "Giao thông"],
            &["|"],
        ),
        (
            &["Thời sự", "•", "Giao thông"],
            &["Thời sự", "Giao thông"],
            &["•"],
        ),
    ];
    for &(crumbs, want_section, want_header) in cases {
        let mut head = crumbs.to_vec();
        head.extend([title, "12/02/2026 09:41"]);
        let text = page(&head);
        let a = article(&text);
        assert_eq!(a.title, title, "{crumbs:?}");
        assert_eq!(section(&a), want_section, "{crumbs:?}");
        assert_eq!(header(&a), want_header, "{crumbs:?}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{crumbs:?}");
        assert_eq!(a.rebuild(), text, "{crumbs:?}");
    }
    // A short title under the last label, with no headline under it.
    let text = page(&[
        "Trang chủ",
        ">",
        "Kinh tế",
        "Giá vàng tăng",
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Trang chủ", "Kinh tế"]);
    assert_eq!(a.title, "Giá vàng tăng");
}

/// A category in brackets before the date with its time (`(Thời sự) -
/// 12/02/2026 09:41`, `[Thời sự] 12/02/2026 09:41`): the dateline, the
/// category in `header`; no source marker over a date for a lead.
#[test]
fn a_category_in_brackets_before_the_date() {
    let title = "Mở rộng tuyến xe buýt điện ra ngoại thành";
    for (line, head) in [
        ("(Thời sự) - 12/02/2026 09:41", "(Thời sự)"),
        ("[Thời sự] 12/02/2026 09:41", "[Thời sự]"),
        ("(Thời sự) 12/02/2026 09:41", "(Thời sự)"),
    ] {
        let text = page(&[title, line]);
        let a = article(&text);
        assert_eq!(a.title, title, "{line}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00", "{line}");
        assert!(a.source.is_none(), "{line}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{line}");
        assert_eq!(header(&a), [head], "{line}");
        assert_eq!(a.rebuild(), text, "{line}");
    }
    // An outlet's code before the lead stays the marker.
    let text = page(&[title, "12/02/2026 09:41"]).replacen(LEAD, &format!("(TTO) - {LEAD}"), 1);
    let a = article(&text);
    assert_eq!(a.source.as_ref().map(|s| s.code.as_ref()), Some("TTO"));
    assert_eq!(a.lead.as_deref(), Some(LEAD));
}

/// The end of pages with an author box (`Phóng viên` and a follow button
/// under the byline), a box of the author's or of videos, a date stamp
/// under the byline when the dateline stood at the top: the byline is the
/// credit, the rest the page's.
#[test]
fn author_boxes_and_stamps_under_the_byline() {
    let author = |n: &[&str]| (vec![Role::Author], names(n));
    let dated = |end: &[&str]| {
        let text = format!(
            "12/02/2026 09:41\n\nTin nóng trong ngày hôm nay\n\n{LEAD}\n\n{BODY}\n\n{}\n",
            end.join("\n\n")
        );
        let a = article(&text);
        assert_eq!(a.rebuild(), text);
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        (
            credits(&a),
            a.footer
                .iter()
                .map(|t| t.as_str().to_string())
                .collect::<Vec<_>>(),
        )
    };
    for end in [
        &["Lê Minh", "Phóng viên", "Theo dõi"][..],
        &[
            "Lê Minh",
            "Bài viết cùng tác giả",
            "Hà Nội thí điểm vé điện tử cho xe buýt",
        ],
        &[
            "Lê Minh",
            "Video đang được xem nhiều",
            "Xe buýt điện lăn bánh",
        ],
        &["Lê Minh", "Ngày xuất bản: 12/02/2026"],
        &["Lê Minh", "12/02/2026 09:41"],
    ] {
        let (credits, footer) = dated(end);
        assert_eq!(credits, [author(&["Lê Minh"])], "{end:?}");
        assert_eq!(footer, end[1..], "{end:?}");
    }
    // A post alone, with no byline over it, is the credit it reads as.
    assert_eq!(end_credits(&["PV"]), [author(&["PV"])]);
}

/// A byline printed over the title and again at the end is one credit:
/// in another case, or with fewer names at the end (the end's printing
/// kept in the footer); with more names at the end, the end's is the
/// credit and the header's printing stays in the header.
#[test]
fn a_byline_printed_twice_is_one_credit() {
    let with_end = |head: &str, end: &str| {
        format!(
            "Xã hội\n\nMở rộng tuyến xe buýt điện\n\n{head}\n\nThứ năm, 12/02/2026 - 09:41\n\n\
             {LEAD}\n\n{BODY}\n\n{end}\n"
        )
    };
    let t1 = with_end("Hoàng Lan", "HOÀNG LAN");
    let a = article(&t1);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(a.footer, ["HOÀNG LAN"]);
    let t2 = with_end("Hoàng Lan - Minh Anh", "HOÀNG LAN");
    let a = article(&t2);
    assert_eq!(
        credits(&a),
        [(vec![Role::Author], names(&["Hoàng Lan", "Minh Anh"]))]
    );
    assert_eq!(a.footer, ["HOÀNG LAN"]);
    let text = with_end("Hoàng Lan", "Hoàng Lan - Minh Anh");
    let a = article(&text);
    assert_eq!(
        credits(&a),
        [(vec![Role::Author], names(&["Hoàng Lan", "Minh Anh"]))]
    );
    assert_eq!(a.credits[0].text, "Hoàng Lan - Minh Anh");
    assert_eq!(a.header, ["Hoàng Lan"]);
    assert!(a.footer.is_empty());
    assert_eq!(a.rebuild(), text);
    // Other roles, other names: two credits.
    let t3 = with_end("Hoàng Lan", "Ảnh: MINH ANH");
    let a = article(&t3);
    assert_eq!(
        credits(&a),
        [
            (vec![Role::Author], names(&["Hoàng Lan"])),
            (vec![Role::Photo], names(&["MINH ANH"]))
        ]
    );
    let t4 = with_end("Hoàng Lan", "Lê Hà");
    let a = article(&t4);
    assert_eq!(
        credits(&a),
        [
            (vec![Role::Author], names(&["Hoàng Lan"])),
            (vec![Role::Author], names(&["Lê Hà"]))
        ]
    );
}

/// A bare byline and the same names with their roles (`Tác giả: Thu Hà`
/// over the title, `Thu Hà (tổng hợp)` at the end; or the other way round)
/// are one credit, the one with the roles; the bare printing is kept
/// verbatim where it stands. Before, two credits of one person.
#[test]
fn a_bare_byline_and_the_same_names_with_roles_are_one_credit() {
    let with_end = |head: &str, end: &str| {
        format!(
            "Xã hội\n\nMở rộng tuyến xe buýt điện\n\n{head}\n\nThứ năm, 12/02/2026 - 09:41\n\n\
             {LEAD}\n\n{BODY}\n\n{end}\n"
        )
    };
    let text = with_end("Tác giả: Thu Hà", "Thu Hà (tổng hợp)");
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Compilation], names(&["Thu Hà"]))]);
    assert_eq!(a.header, ["Tác giả: Thu Hà"]);
    assert!(a.footer.is_empty());
    assert_eq!(a.rebuild(), text);
    let text = with_end("Thu Hà (tổng hợp)", "THU HÀ");
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Compilation], names(&["Thu Hà"]))]);
    assert_eq!(a.footer, ["THU HÀ"]);
    assert_eq!(a.rebuild(), text);
    // Look-alike: other names with roles stay a credit of their own.
    let text = with_end("Thu Hà", "Lê Minh (tổng hợp)");
    let a = article(&text);
    assert_eq!(
        credits(&a),
        [
            (vec![Role::Author], names(&["Thu Hà"])),
            (vec![Role::Compilation], names(&["Lê Minh"]))
        ]
    );
}

/// A table of contents over the lead (`Mục lục`, `Nội dung chính` and the
/// entries under it) is the page's, under the dateline or over the title;
/// over the title only numbered entries are taken, so the title after them
/// stays the title. Under the lead the same lines are body text.
#[test]
fn a_table_of_contents_over_the_lead() {
    let title = "Giải bài toán ùn tắc giao thông ở các đô thị lớn";
    let date = "Thứ Ba, 02/12/2025 09:15 (GMT+7)";
    let entries = ["1. Thực trạng ùn tắc", "2. Nguyên nhân", "III. Giải pháp"];
    let text = page(&[
        "Thời sự",
        title,
        date,
        "Mục lục",
        entries[0],
        entries[1],
        entries[2],
    ]);
    let a = article(&text);
    assert_eq!(a.title, title);
    assert_eq!(section(&a), ["Thời sự"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Mục lục", entries[0], entries[1], entries[2]]);
    assert_eq!(rfc3339(&a), "2025-12-02T09:15:00+07:00");
    assert_eq!(a.rebuild(), text);
    // Entries without numbers under the dateline, the heading with a colon.
    let points = [
        "Ùn tắc ngày càng nghiêm trọng",
        "Giao thông công cộng là chìa khóa",
    ];
    let text = page(&[title, date, "Nội dung chính:", points[0], points[1]]);
    let a = article(&text);
    assert_eq!(a.title, title);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Nội dung chính:", points[0], points[1]]);
    // Over the title: the numbered entries, then the title.
    let text = page(&["MỤC LỤC", entries[0], entries[1], title, date]);
    let a = article(&text);
    assert_eq!(a.title, title);
    assert!(a.section.is_empty());
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["MỤC LỤC", entries[0], entries[1]]);
    assert_eq!(rfc3339(&a), "2025-12-02T09:15:00+07:00");
    // Under the lead: body text.
    let text = format!(
        "{date}\n\n{title}\n\n{LEAD}\n\nMục lục\n\n{}\n\n{BODY}\n",
        entries[0]
    );
    let a = article(&text);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert!(a.header.is_empty());
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, ["Mục lục", entries[0], BODY]);
}

#[test]
fn a_known_code_before_a_bar_opens_the_lead() {
    let title = "Mưa lũ gây thiệt hại nặng nề tại miền Trung";
    let date = "Thứ Ba, ngày 02/12/2025 - 11:05";
    let text = format!("Xã hội\n{date}\n{title}\nLĐO | {LEAD}\n{BODY}\n");
    let a = article(&text);
    assert_eq!(
        a.source
            .as_ref()
            .map(|m| (m.text.as_ref(), m.code.as_ref(), m.outlet.map(|o| o.name))),
        Some(("LĐO |", "LĐO", Some("Lao Động")))
    );
    assert_eq!(a.title, title);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(rfc3339(&a), "2025-12-02T11:05:00+07:00");
    assert_eq!(a.rebuild(), text);
    // An unknown code before a bar stays the lead's text.
    let text = format!("Xã hội\n{date}\n{title}\nABC | {LEAD}\n{BODY}\n");
    let a = article(&text);
    assert!(a.source.is_none());
    assert_eq!(a.lead.as_deref(), Some(format!("ABC | {LEAD}").as_str()));
    // A code in brackets before a bar: the marker's, whatever the code
    // (before, the bar opened the lead).
    for (marker, code) in [("(CT) |", "CT"), ("(XYZ) |", "XYZ")] {
        let text = format!("Xã hội\n{date}\n{title}\n{marker} {LEAD}\n{BODY}\n");
        let a = article(&text);
        let m = a.source.as_ref().unwrap();
        assert_eq!((m.text.as_str(), m.code.as_ref()), (marker, code));
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(a.rebuild(), text);
    }
    // The marker's text alone reads again, as every marker's does.
    for text in ["LĐO |", "(CT) |"] {
        let m = vn_article::SourceMarker::parse(text).unwrap();
        assert_eq!(m.text.as_str(), text);
    }
    let err = vn_article::SourceMarker::parse("LĐO |Ngày").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid source marker: expected a code such as (CT) - or TTO - at line 1, column 1"
    );
}

/// A credit of a medium other than a photo alone on the line right under
/// the dateline, with the title above (`Video: Minh Anh` over the lead of a
/// video page, `Đồ họa: Minh Anh` over an infographic's): the article's
/// credit, its text the line. A photo credit alone there stays the
/// picture's caption (see `a_picture_note_above_the_lead_is_no_lead`), as
/// does a caption with its text, or a credit alone over the title.
#[test]
fn a_video_credit_alone_under_the_dateline_is_the_articles() {
    for (line, role) in [
        ("Video: Minh Anh", Role::Video),
        ("Đồ họa: Minh Anh", Role::Graphics),
    ] {
        let text = format!(
            "Thời sự\n\nTiêu đề bài viết về lễ hội\n\n03/12/2024 18:20\n\n{line}\n\n{LEAD}\n\n{BODY}\n"
        );
        let a = article(&text);
        let credits = util::credit_parts(&a);
        assert_eq!(credits, [(line, &[role][..], vec!["Minh Anh"])], "{line}");
        assert!(
            a.body.iter().all(|b| b.kind != BlockKind::Caption),
            "{line}"
        );
        assert_eq!(a.rebuild(), text);
    }
    let captioned = format!(
        "Tiêu đề bài viết về lễ hội\n\n03/12/2024 18:20\n\nQuang cảnh lễ hội. Video: Minh Anh\n\n{LEAD}\n\n{BODY}\n"
    );
    let over_title = format!(
        "03/12/2024 18:20\n\nVideo: Minh Anh\n\nTiêu đề bài viết về lễ hội\n\n{LEAD}\n\n{BODY}\n"
    );
    for text in [captioned, over_title] {
        let a = article(&text);
        assert!(a.credits.is_empty(), "{text}");
        let first = a.body.first().map(|b| (b.kind, b.credits.len()));
        assert_eq!(first, Some((BlockKind::Caption, 1)), "{text}");
    }
}

/// Buttons between the lead and the first paragraph (`Chia sẻ`, `Nghe bài
/// viết`, `A A`, a rating with its votes), as pages that print the sapo
/// over the byline and the date set them, are the page's: `header`, not
/// the body, and hold no mentions. Under the first paragraph they stay in
/// the body, and a short line that is no button stays a paragraph.
#[test]
fn buttons_under_the_lead_are_the_pages() {
    let text = format!(
        "Tiêu đề bài viết về xe buýt điện\n\nTPO - {LEAD}\n\nHoàng Lan\n\nThứ Năm, 12/02/2026 09:41\n\nChia sẻ\n\nNghe bài viết\n\n0:00 / 3:21\n\nA A\n\n5/5 (1 bình chọn)\n\n{BODY}\n\nFacebook\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(
        header(&a),
        [
            "Chia sẻ",
            "Nghe bài viết",
            "0:00 / 3:21",
            "A A",
            "5/5 (1 bình chọn)"
        ]
    );
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, [BODY, "Facebook", BODY]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(
        a.dateline.as_ref().map(|d| d.text.as_str()),
        Some("Thứ Năm, 12/02/2026 09:41")
    );
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(a.credits[0].text, "Hoàng Lan");
    // The lead's and the two paragraphs' mentions; none of the rating's.
    let mentions: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, ["năm nay", "tháng sau", "tháng sau"]);
    assert_eq!(a.rebuild(), text);

    // A place, a number or a date alone under the lead stays in the body.
    let plain = format!(
        "Tiêu đề bài viết về xe buýt điện\n\n12/02/2026 09:41\n\n{LEAD}\n\nHà Nội\n\n1.\n\n31/12/2025\n\n{BODY}\n"
    );
    let a = article(&plain);
    assert!(a.header.is_empty());
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body, ["Hà Nội", "1.", "31/12/2025", BODY]);
}

/// Categories parted by bars, on a line of their own, before the date or
/// after it, are each a section, as a breadcrumb's parts are; a bar
/// without spaces around it parts nothing, and a counter after the
/// categories stays in `header`.
#[test]
fn categories_parted_by_bars_are_sections() {
    for head in [
        "Kinh tế | Tài chính\n\nMở rộng tuyến xe buýt điện ở trung tâm\n\n18:20 03/12/2024",
        "Mở rộng tuyến xe buýt điện ở trung tâm\n\nKinh tế | Tài chính | 18:20 03/12/2024",
        "Mở rộng tuyến xe buýt điện ở trung tâm\n\n18:20 03/12/2024 | Kinh tế | Tài chính",
    ] {
        let text = format!("{head}\n\n{LEAD}\n\n{BODY}\n");
        let a = article(&text);
        assert_eq!(section(&a), ["Kinh tế", "Tài chính"], "{head}");
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện ở trung tâm", "{head}");
        assert_eq!(rfc3339(&a), "2024-12-03T18:20:00+07:00", "{head}");
        assert!(a.header.is_empty(), "{head}");
        assert_eq!(a.rebuild(), text);
    }
    let text = format!(
        "Kinh tế|Tài chính\n\nMở rộng tuyến xe buýt điện ở trung tâm\n\n18:20 03/12/2024 | Thời sự | 1.024 lượt xem | Xã hội\n\n{LEAD}\n\n{BODY}\n"
    );
    let a = article(&text);
    assert_eq!(section(&a), ["Kinh tế|Tài chính"]);
    assert_eq!(header(&a), ["Thời sự", "1.024 lượt xem", "Xã hội"]);
}

/// A province's name after the date (`09:41 - Bình Dương`, `09:41 |
/// Hà Nội`) is where the news is from, no byline: the section when none
/// is read, else kept in `header`.
#[test]
fn a_province_after_the_date_is_no_byline() {
    let text = page(&[
        "Video: Cháy lớn tại kho hàng",
        "12/02/2026 09:41 - Bình Dương",
        "Minh Khang",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Video: Cháy lớn tại kho hàng");
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(section(&a), ["Bình Dương"]);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Khang"]))]);
    assert!(a.header.is_empty());
    let text = page(&[
        "Thời sự",
        "Cháy lớn tại kho hàng",
        "12/02/2026 09:41 - Hà Nội",
        "Minh Khang",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự"]);
    assert_eq!(header(&a), ["- Hà Nội"]);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Minh Khang"]))]);
}

/// Lines shaped as a note (`* ...`, `Bài 2: ...`) at the end of an article
/// with no credit over them are its text: a list's last items, a part's
/// title.
#[test]
fn note_shaped_lines_without_a_byline_over_them_stay_paragraphs() {
    for end in [
        "* Bước một làm thế này\n\n* Bước hai làm thế kia",
        "Bài 2: Những con số biết nói",
    ] {
        let text = format!("03/04/2024 - 07:35\n\nTiêu đề\n\n{LEAD}\n\n{BODY}\n\n{end}\n");
        let a = article(&text);
        assert!(a.footer.is_empty(), "{end}");
        assert!(a.credits.is_empty(), "{end}");
        assert_eq!(
            a.body.last().map(|b| (b.kind, b.text.as_str())),
            Some((BlockKind::Paragraph, end.rsplit('\n').next().unwrap_or(end))),
            "{end}"
        );
    }
}

/// A byline with the section the page files the article under after a
/// bar or a dash (`Tác giả: Minh Anh | Chuyên mục: Thời sự`): the credit,
/// the section kept in its text; the lead the paragraph under the date
/// (the line was taken for the lead).
#[test]
fn a_byline_with_its_section_label_after_it() {
    for line in [
        "Tác giả: Minh Anh | Chuyên mục: Thời sự",
        "Tin: Minh Anh - Chuyên mục: Kinh tế",
    ] {
        let text = page(&[
            "Mở rộng tuyến xe buýt điện ra ngoại thành",
            line,
            "03/04/2024 07:35",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện ra ngoại thành");
        assert_eq!(rfc3339(&a), "2024-04-03T07:35:00+07:00", "{line}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{line}");
        assert_eq!(a.credits.len(), 1, "{line}");
        assert_eq!(a.credits[0].text, line);
        assert_eq!(a.credits[0].names, ["Minh Anh"]);
        assert_eq!(a.rebuild(), text);
    }
}

/// A byline and the sections it is filed under on one line, parted by
/// bars or bullets (`Nguyễn Minh Anh | Thời sự`, `Trần Hoàng • Kinh tế |
/// Tài chính`), under or over the date: the byline's credit, its text the
/// name alone, and the sections (before: the sections were kept in the
/// credit's text, no section read); the lead under them.
#[test]
fn a_byline_with_its_section_after_a_bar() {
    // The header's lines, the name it credits and the sections.
    for (lines, who, want) in [
        (
            [
                "Mở rộng tuyến xe buýt điện",
                "12/02/2026 09:41",
                "Nguyễn Minh Anh | Thời sự",
            ],
            "Nguyễn Minh Anh",
            &["Thời sự"][..],
        ),
        (
            [
                "Mở rộng tuyến xe buýt điện",
                "Minh Anh | Thời sự",
                "12/02/2026 09:41",
            ],
            "Minh Anh",
            &["Thời sự"],
        ),
        (
            [
                "Mở rộng tuyến xe buýt điện",
                "12/02/2026 09:41",
                "Trần Hoàng • Kinh tế | Tài chính",
            ],
            "Trần Hoàng",
            &["Kinh tế", "Tài chính"],
        ),
    ] {
        let text = page(&lines);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{who}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00", "{who}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&[who]))], "{who}");
        assert_eq!(a.credits[0].text, who);
        assert_eq!(section(&a), want, "{who}");
        assert!(header(&a).is_empty(), "{who}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{who}");
        assert_eq!(a.rebuild(), text, "{who}");
    }
    // Labels cased as names are no sections: the line is the credit's.
    let line = "Trần Hoàng | Hoàng Lan";
    let text = page(&["Mở rộng tuyến xe buýt điện", "14/03/2024 10:05", line]);
    let a = article(&text);
    assert_eq!(
        credits(&a),
        [(vec![Role::Author], names(&["Trần Hoàng", "Hoàng Lan"]))]
    );
    assert_eq!(a.credits[0].text, line);
    assert!(section(&a).is_empty());
}

/// A section, then after a bar or a bullet the byline, before the date on
/// one line (`Thời sự | Nguyễn Minh Anh | 12/02/2026 09:41`), or the byline
/// first (`Nguyễn Minh Anh | Thời sự | ...`): the section and the byline's
/// credit. A place, or a label cased as the section is,
/// stays a section, and labels cased alike are all sections.
#[test]
fn a_section_then_a_byline_before_the_date() {
    for (head, section, credit, who) in [
        (
            "Thời sự | Nguyễn Minh Anh",
            vec!["Thời sự"],
            "Nguyễn Minh Anh",
            "Nguyễn Minh Anh",
        ),
        (
            "Thời sự | Minh Anh",
            vec!["Thời sự"],
            "Minh Anh",
            "Minh Anh",
        ),
        (
            "Xã hội • TRẦN MINH",
            vec!["Xã hội"],
            "TRẦN MINH",
            "TRẦN MINH",
        ),
        (
            "Thời sự | Tác giả: Minh Anh",
            vec!["Thời sự"],
            "Tác giả: Minh Anh",
            "Minh Anh",
        ),
        // The byline first, then the section (before, one credit whose
        // text held the section).
        (
            "Nguyễn Minh Anh | Thời sự",
            vec!["Thời sự"],
            "Nguyễn Minh Anh",
            "Nguyễn Minh Anh",
        ),
        (
            "TRẦN MINH • Xã hội",
            vec!["Xã hội"],
            "TRẦN MINH",
            "TRẦN MINH",
        ),
    ] {
        let line = format!("{head} | 12/02/2026 09:41");
        let text = page(&["Mở rộng tuyến xe buýt điện", &line]);
        let a = article(&text);
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện", "{head}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00", "{head}");
        assert_eq!(self::section(&a), section, "{head}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&[who]))], "{head}");
        assert_eq!(a.credits[0].text, credit, "{head}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{head}");
        assert_eq!(a.rebuild(), text, "{head}");
    }
    // An outlet after the sections is the source.
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "Kinh tế | Bất động sản | TTXVN | 12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(self::section(&a), ["Kinh tế", "Bất động sản"]);
    assert_eq!(credits(&a), [(vec![Role::Source], names(&["TTXVN"]))]);
    assert_eq!(a.rebuild(), text);
    // Before, the labels cased alike were read as two names, or a name
    // and the place it was written in.
    for head in [
        "Thời sự | Hà Nội",
        "THỜI SỰ | GIAO THÔNG",
        "Thời Sự | Giao Thông",
        "Thế Giới | Châu Á",
    ] {
        let line = format!("{head} | 12/02/2026 09:41");
        let text = page(&["Mở rộng tuyến xe buýt điện", &line]);
        let a = article(&text);
        assert_eq!(
            self::section(&a),
            head.split(" | ").collect::<Vec<_>>(),
            "{head}"
        );
        assert!(a.credits.is_empty(), "{head}");
        assert_eq!(a.rebuild(), text, "{head}");
    }
}

/// A byline printed twice in the header, by the avatar and by the name
/// (`Minh Anh` / `Minh Anh`, or in capitals once): one credit, the other
/// printing kept verbatim in `header`.
#[test]
fn a_byline_printed_on_two_header_lines() {
    for (first, second) in [("Minh Anh", "Minh Anh"), ("MINH ANH", "Minh Anh")] {
        let text = page(&[
            "Mở rộng tuyến xe buýt điện",
            "12/02/2026 09:41",
            first,
            second,
        ]);
        let a = article(&text);
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&[first]))],
            "{first}"
        );
        assert_eq!(a.credits[0].text, first);
        assert_eq!(header(&a), [second]);
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(a.rebuild(), text);
        assert_eq!(vn_article::parse(&a.to_string()).unwrap(), a);
    }
}

/// A live report's stamps under the lead (`10:15` over an entry) are the
/// body's, as a player's clock there (`0:00 / 3:21`) is the page's.
#[test]
fn a_live_reports_stamp_under_the_lead_is_the_bodys() {
    let text = "Trực tiếp: Bão số 3 đổ bộ vào đất liền\n12/02/2026 09:41\n\
                Bão số 3 đang đổ bộ vào các tỉnh Quảng Ninh - Hải Phòng.\n10:15\n\
                Gió giật cấp 12 tại Hải Phòng.\n09:50\nNhiều cây đổ tại Quảng Ninh.\n";
    let a = article(text);
    assert!(a.header.is_empty());
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        [
            "10:15",
            "Gió giật cấp 12 tại Hải Phòng.",
            "09:50",
            "Nhiều cây đổ tại Quảng Ninh."
        ]
    );
    assert_eq!(a.rebuild(), text);
    for clock in ["0:00 / 3:21", "00:00"] {
        let text = format!(
            "Bão số 3 đổ bộ vào đất liền\n12/02/2026 09:41\n\
             Bão số 3 đang đổ bộ vào các tỉnh Quảng Ninh - Hải Phòng.\n{clock}\n\
             Gió giật cấp 12 tại Hải Phòng.\n"
        );
        let a = article(&text);
        assert_eq!(header(&a), [clock]);
        assert_eq!(a.rebuild(), text);
    }
}

/// A label alone on its line in the header, closed by its colon (as a
/// paragraph may be): a credit's over the names (`Tác giả:` / `Minh Anh`,
/// `Bài và ảnh:` / `MINH ANH`) is a credit of no names, the names a credit
/// with its roles; the date's over the date (`Ngày đăng:`) is the page's.
/// Neither is the lead (before, each was).
#[test]
fn a_label_alone_over_what_it_labels_in_the_header() {
    for (lines, roles, name) in [
        (
            [
                "Mở rộng tuyến xe buýt điện",
                "Tác giả:",
                "Minh Anh",
                "12/02/2026 09:41",
            ],
            vec![Role::Author],
            "Minh Anh",
        ),
        (
            [
                "Mở rộng tuyến xe buýt điện",
                "12/02/2026 09:41",
                "Bài và ảnh:",
                "MINH ANH",
            ],
            vec![Role::Article, Role::Photo],
            "MINH ANH",
        ),
    ] {
        let text = page(&lines);
        let a = article(&text);
        assert_eq!(
            credits(&a),
            [(roles.clone(), names(&[])), (roles.clone(), names(&[name]))],
            "{name}"
        );
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{name}");
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert_eq!(a.rebuild(), text);
    }
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "Ngày đăng:",
        "12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(header(&a), ["Ngày đăng:"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
    assert_eq!(a.rebuild(), text);
    // A word alone under a credit's label is no name (`Sáng` opens a line).
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "12/02/2026 09:41",
        "Tin, ảnh:",
        "Sáng",
    ]);
    assert_eq!(credits(&article(&text)), []);
}

/// A badge a page pins under the date or over the title, one word (`Hot`,
/// `Mới`, `NÓNG`): the page's, no byline (before: each was an author); a
/// name of one word there stays a byline.
#[test]
fn a_badge_is_no_byline() {
    for badge in ["Hot", "HOT", "Mới", "NÓNG", "Magazine"] {
        let text = page(&["Mở rộng tuyến xe buýt điện", "12/02/2026 09:41", badge]);
        let a = article(&text);
        assert!(a.credits.is_empty(), "{badge}");
        assert_eq!(header(&a), [badge]);
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(a.rebuild(), text);
    }
    let text = page(&["Mở rộng tuyến xe buýt điện", "12/02/2026 09:41", "Hải"]);
    assert_eq!(
        credits(&article(&text)),
        [(vec![Role::Author], names(&["Hải"]))]
    );
}

/// The site's own buttons over the page and under the article (`Đăng
/// nhập`, `Đăng ký`, `Tìm kiếm`, `Liên hệ`, `Đăng ký nhận tin`, `Danh mục`) are page
/// furniture: in `header` and `footer`, never the section, the title or the
/// lead (before: `Đăng nhập` was the section, `Đăng ký` the title and
/// `Tìm kiếm` the lead).
#[test]
fn the_sites_own_buttons_are_furniture() {
    let text = format!(
        "Đăng nhập\nĐăng ký\nTìm kiếm\nThời sự\nMở rộng tuyến xe buýt điện\n\
         12/02/2026 09:41\n{LEAD}\n{BODY}\nHoàng Lan\nLiên hệ\nĐăng ký nhận tin\n"
    );
    let a = article(&text);
    assert_eq!(section(&a), ["Thời sự"]);
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Đăng nhập", "Đăng ký", "Tìm kiếm"]);
    let footer: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
    assert_eq!(footer, ["Liên hệ", "Đăng ký nhận tin"]);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(a.rebuild(), text);
    // The menu's button (`Danh mục`) over the title: no section.
    let text = format!("Danh mục\nMở rộng tuyến xe buýt điện\n12/02/2026 09:41\n{LEAD}\n");
    let a = article(&text);
    assert_eq!(header(&a), ["Danh mục"]);
    assert!(section(&a).is_empty());
    assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
}

/// A dateline with its time and the lead glued on one line, as a page's
/// date and sapo read from one tag: the dateline and the lead, its marker
/// read (before: the whole line was the lead, no dateline). A part of day
/// the time would take from the lead stays the lead's; a date without a
/// time, a clause after a comma and a short tail are no lead.
#[test]
fn a_dateline_glued_before_the_lead() {
    let lead = "Sáng 12/2, thành phố công bố kế hoạch mở rộng mạng lưới xe buýt điện.";
    for (line, date_text, code) in [
        (
            format!("12/02/2026 09:41 (NLĐO) - {lead}"),
            "12/02/2026 09:41",
            Some("NLĐO"),
        ),
        (
            format!("Thứ Năm, 12/02/2026 - 09:41 GD&TĐ - {lead}"),
            "Thứ Năm, 12/02/2026 - 09:41",
            Some("GD&TĐ"),
        ),
        (format!("12/02/2026 09:41 {lead}"), "12/02/2026 09:41", None),
    ] {
        let text = format!("Mở rộng tuyến xe buýt điện\n{line}\n{BODY}\n");
        let a = article(&text);
        assert_eq!(
            a.dateline.as_ref().map(|d| d.text.as_str()),
            Some(date_text),
            "{line}"
        );
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert_eq!(a.source.as_ref().map(|s| &*s.code), code, "{line}");
        assert_eq!(a.lead.as_deref(), Some(lead), "{line}");
        assert_eq!(a.title, "Mở rộng tuyến xe buýt điện");
        assert!(a.header.is_empty(), "{line}");
        assert_eq!(a.rebuild(), text);
        assert_eq!(vn_article::parse(&a.to_string()).unwrap(), a);
    }
    // No time, or a comma after it: the line is the lead.
    for line in [
        format!("12/02/2026 {lead}"),
        "9 giờ 30 phút ngày 12/02/2026, tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết công tác năm."
            .to_string(),
    ] {
        let text = format!("Mở rộng tuyến xe buýt điện\n{line}\n{BODY}\n");
        let a = article(&text);
        assert_eq!(a.dateline, None, "{line}");
        assert_eq!(a.lead.as_deref(), Some(line.as_str()));
    }
}

/// A byline with its date under the dateline the article takes (the
/// page's date, then `Minh Anh - date`): the byline is the article's
/// credit, the second date the page's in `header` (before: the whole line
/// went to `header`, the credit lost). A garbled weekday before the date is
/// no byline.
#[test]
fn a_byline_beside_the_second_date() {
    for sep in ["-", "•", "|"] {
        let text = page(&[
            "Mở rộng tuyến xe buýt điện",
            "Thứ Năm, 12/02/2026 10:15 (GMT+7)",
            &format!("Hoàng Lan {sep} 12/02/2026 09:41"),
        ]);
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2026-02-12T10:15:00+07:00");
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
        assert_eq!(header(&a), ["12/02/2026 09:41"]);
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(a.rebuild(), text);
        assert_eq!(vn_article::parse(&a.to_string()).unwrap(), a);
    }
    let text = page(&[
        "Mở rộng tuyến xe buýt điện",
        "Thứ Năm, 12/02/2026 10:15 (GMT+7)",
        "Thứ Pai, 12/02/2026 09:41",
    ]);
    let a = article(&text);
    assert_eq!(credits(&a), []);
    assert_eq!(header(&a), ["Thứ Pai, 12/02/2026 09:41"]);
}

/// A weekday or a clock alone over the date, however many blank lines
/// part them: one dateline, read the same whatever the spacing (a
/// rendering sets one blank line between pieces; before, the weekday was
/// joined over a few blank lines and not over many, so a page and its
/// rendering read apart).
#[test]
fn a_weekday_over_the_date_across_blank_lines() {
    for gap in [
        "\n",
        "\n\n",
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
        "\n \t\n",
    ] {
        let text =
            format!("Mở rộng tuyến xe buýt điện\nThứ Năm,{gap}12/02/2026 09:41\n{LEAD}\n{BODY}\n");
        let a = article(&text);
        let d = a.dateline.as_ref().unwrap();
        assert_eq!(d.text.as_str(), format!("Thứ Năm,{gap}12/02/2026 09:41"));
        assert_eq!(d.weekday, Some(chrono::Weekday::Thu));
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert!(a.header.is_empty());
        assert_eq!(a.rebuild(), text);
        assert_eq!(vn_article::parse(&a.to_string()).unwrap(), a);
    }
    for gap in ["\n", "\n\n\n\n\n\n\n\n\n\n\n\n"] {
        let text =
            format!("Mở rộng tuyến xe buýt điện\n12/02/2026{gap}09:41 (GMT+7)\n{LEAD}\n{BODY}\n");
        let a = article(&text);
        assert_eq!(rfc3339(&a), "2026-02-12T09:41:00+07:00");
        assert_eq!(vn_article::parse(&a.to_string()).unwrap(), a);
    }
}

/// A pen name under a title short enough to be a section's label, over a
/// source after `Theo` right over the dateline, with or without a comma
/// after it (`Giá vàng lập đỉnh mới` / `Tú Anh,` / `Theo Pháp luật & Bạn
/// đọc` / date): the byline. Before, it was taken for the title and the
/// title for the section.
#[test]
fn a_pen_name_over_a_source_under_the_title() {
    for name in ["Tú Anh,", "Tú Anh"] {
        let text = page(&[
            "Giá vàng lập đỉnh mới",
            name,
            "Theo Pháp luật & Bạn đọc",
            "06/03/2024 08:15 AM",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Giá vàng lập đỉnh mới", "{name}");
        assert!(section(&a).is_empty(), "{name}");
        assert_eq!(
            credits(&a),
            [
                (vec![Role::Author], names(&["Tú Anh"])),
                (vec![Role::Source], names(&["Pháp luật & Bạn đọc"]))
            ],
            "{name}"
        );
        assert_eq!(rfc3339(&a), "2024-03-06T08:15:00+07:00", "{name}");
        assert_eq!(a.rebuild(), text, "{name}");
    }
}

/// The header's lines, a marked lead, `line` and a body paragraph.
fn under_lead(head: &[&str], line: &str) -> String {
    format!(
        "{}\n\nTPO - {LEAD}\n\n{line}\n\n{BODY}\n",
        head.join("\n\n")
    )
}

/// A byline alone between the lead and the first paragraph (`Nguyễn Hoài`
/// under the sapo, as some outlets print it without a date): the credit,
/// out of the body. A place there (a report's dateline place), a widget,
/// the buttons of the type's size or a name with no family name stay
/// paragraphs; so does a name under the lead when a byline stands over it.
#[test]
fn a_byline_alone_under_the_lead() {
    const DATE: &str = "Thứ Bảy, 02/11/2024, 09:38 (GMT+7)";
    const TITLE: &str = "Hà Nội mở rộng tuyến xe buýt điện";
    for name in ["Nguyễn Hoài", "TRẦN MINH"] {
        let text = under_lead(&["Xã hội", DATE, TITLE], name);
        let a = article(&text);
        assert_eq!(a.title, TITLE, "{name}");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{name}");
        assert_eq!(
            credits(&a),
            [(vec![Role::Author], names(&[name]))],
            "{name}"
        );
        let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(body, [BODY], "{name}");
        assert_eq!(a.rebuild(), text, "{name}");
    }
    // A paragraph; the widget and the buttons, furniture in `header`.
    for (line, furniture) in [
        ("Bình Dương", false),
        ("XEM VIDEO", true),
        ("A A", true),
        ("Tú Anh", false),
        ("Sáng Chủ", false),
    ] {
        let text = under_lead(&[DATE, TITLE], line);
        let a = article(&text);
        assert!(a.credits.is_empty(), "{line}");
        let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        if furniture {
            assert_eq!(header(&a), [line], "{line}");
            assert_eq!(body, [BODY], "{line}");
        } else {
            assert!(a.header.is_empty(), "{line}");
            assert_eq!(body, [line, BODY], "{line}");
        }
    }
    let text = under_lead(&[TITLE, "Hoàng Lan", DATE], "Nguyễn Hoài");
    let a = article(&text);
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["Hoàng Lan"]))]);
    assert_eq!(a.body.first().map(|b| b.text.as_str()), Some("Nguyễn Hoài"));
}

/// The page's own title with the site's name after a spaced bar or dash,
/// over the article's title (`Giá vàng lập đỉnh mới | Báo ABC` over `Giá
/// vàng lập đỉnh mới`, as a scraper that keeps the document's title gives
/// it): page furniture in `header`, the article's title the title. Before,
/// the page's title was the title and the article's the lead.
#[test]
fn the_pages_title_with_its_site_over_the_title() {
    for page_title in [
        "Giá vàng lập đỉnh mới trong tuần | Báo ABC",
        "Giá vàng lập đỉnh mới trong tuần - Báo Điện tử ABC",
        "Giá vàng lập đỉnh mới trong tuần – VnExpress",
    ] {
        for date in ["", "20/11/2024 09:44\n\n"] {
            let text = format!(
                "{page_title}\n\n{date}Giá vàng lập đỉnh mới trong tuần\n\n{LEAD}\n\n{BODY}\n"
            );
            let a = article(&text);
            assert_eq!(a.title, "Giá vàng lập đỉnh mới trong tuần", "{page_title}");
            assert_eq!(header(&a), [page_title], "{page_title}");
            assert_eq!(a.lead.as_deref(), Some(LEAD), "{page_title}");
            assert_eq!(a.rebuild(), text, "{page_title}");
        }
    }
}

/// A breadcrumb a label a line over a title of a few words, the byline and
/// the date under it, then a line of keywords: the breadcrumb is the
/// section, the line under it the title, the keywords the page's.
#[test]
fn a_short_title_under_a_breadcrumb_a_label_a_line() {
    let text = page(&[
        "Trang chủ",
        "Sức khỏe",
        "Trị ho cho trẻ nhỏ",
        "BS. LÊ MINH • 11/05/2017 09:10 AM",
        "Sức Khỏe Gia Đình, trẻ em, ho, mẹo dân gian",
    ]);
    let a = article(&text);
    assert_eq!(section(&a), ["Trang chủ", "Sức khỏe"]);
    assert_eq!(a.title, "Trị ho cho trẻ nhỏ");
    assert_eq!(rfc3339(&a), "2017-05-11T09:10:00+07:00");
    assert_eq!(credits(&a), [(vec![Role::Author], names(&["LÊ MINH"]))]);
    assert_eq!(header(&a), ["Sức Khỏe Gia Đình, trẻ em, ho, mẹo dân gian"]);
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    // A label of a few words there, or a compound label, is the section's:
    // the headline under the date is the title.
    for label in ["Chứng khoán", "Khoa học - Công nghệ"] {
        let text = page(&[
            "Trang chủ",
            label,
            "08:12 21/01/2022",
            "Dow Jones tăng thêm 300 điểm, giá dầu tụt khỏi đỉnh",
        ]);
        let a = article(&text);
        assert_eq!(
            a.title.as_str(),
            "Dow Jones tăng thêm 300 điểm, giá dầu tụt khỏi đỉnh",
            "{label}"
        );
        assert_eq!(section(&a), ["Trang chủ", label], "{label}");
    }
    // With no label over it, or a section alone, the short title stays the
    // title and the keywords the page's.
    for head in [&[][..], &["Sức khỏe"][..]] {
        let mut lines = head.to_vec();
        lines.extend([
            "Trị ho cho trẻ nhỏ",
            "BS. LÊ MINH • 11/05/2017 09:10 AM",
            "Sức Khỏe Gia Đình, trẻ em, ho, mẹo dân gian",
        ]);
        let text = page(&lines);
        let a = article(&text);
        assert_eq!(a.title, "Trị ho cho trẻ nhỏ", "{head:?}");
        assert_eq!(section(&a), head, "{head:?}");
        assert_eq!(header(&a), ["Sức Khỏe Gia Đình, trẻ em, ho, mẹo dân gian"]);
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        assert_eq!(credits(&a), [(vec![Role::Author], names(&["LÊ MINH"]))]);
    }
}

/// A short title over the date, and under it a reader's question of
/// several sentences closed by the reader's name in brackets, no period
/// after it: the question is the lead, not the title (nor the short line a
/// section).
#[test]
fn a_question_of_sentences_under_a_short_title_is_the_lead() {
    let question = "* Tôi năm nay 45 tuổi, thường xuyên bị đau lưng vào buổi sáng. Tôi muốn biết \
                    nguyên nhân và cách điều trị. Xin bác sĩ tư vấn giúp. (Trần Văn Bình, Hà Nội)";
    let text = format!(
        "Hay bị đau lưng\n\n22/10/2008 19:23 GMT+7\n\n{question}\n\n- Trả lời: Đau lưng buổi \
         sáng có nhiều nguyên nhân, thường gặp nhất là thoái hóa cột sống.\n"
    );
    let a = article(&text);
    assert_eq!(a.title, "Hay bị đau lưng");
    assert!(a.section.is_empty());
    assert_eq!(a.lead.as_deref(), Some(question));
    assert_eq!(rfc3339(&a), "2008-10-22T19:23:00+07:00");
    // A headline of many words with an abbreviation's period in it (`TP.
    // HCM`) under a section and the date stays the title.
    let headline = "Giá nhà ở TP. HCM tiếp tục tăng mạnh trong quý đầu năm khiến nhiều người \
                    trẻ làm công ăn lương càng khó mua được nhà ở";
    let text = page(&["Bất động sản", "08:12 21/01/2022", headline]);
    let a = article(&text);
    assert_eq!(a.title, headline);
    assert_eq!(section(&a), ["Bất động sản"]);
}

/// The labels a page prints for screen readers, a comma for their colon:
/// `Tác giả, X` is the byline, `Vai trò, Y` under it the writer's post (the
/// page's), `Nguồn hình ảnh, X` a picture's credit and `Chụp lại hình ảnh,`
/// a caption, on one line or the label over what it labels. The lead is
/// the first paragraph under them.
#[test]
fn screen_reader_labels_with_their_commas() {
    let one_line = [
        "Cảng biển miền Bắc tăng công suất",
        "Tác giả, Nguyễn Minh Hà",
        "Vai trò, Phóng viên",
        "4 tháng 12 2025",
        "Nguồn hình ảnh, Getty Images",
        "Chụp lại hình ảnh, Tàu hàng tại cảng Lạch Huyện",
    ];
    let parted = [
        "Cảng biển miền Bắc tăng công suất",
        "Tác giả,",
        "Nguyễn Minh Hà",
        "Vai trò,",
        "Phóng viên",
        "4 tháng 12 2025",
        "Nguồn hình ảnh, Getty Images",
        "Chụp lại hình ảnh,",
        "Tàu hàng tại cảng Lạch Huyện",
    ];
    for head in [&one_line[..], &parted[..]] {
        let text = page(head);
        let a = article(&text);
        assert_eq!(a.title, "Cảng biển miền Bắc tăng công suất");
        assert_eq!(
            a.dateline.as_ref().map(|d| d.date.to_string()),
            Some("2025-12-04".into())
        );
        assert_eq!(a.lead.as_deref(), Some(LEAD));
        // The label alone is a credit of its own, of no names.
        let mut want = vec![(vec![Role::Author], names(&["Nguyễn Minh Hà"]))];
        if head.len() == parted.len() {
            want.insert(0, (vec![Role::Author], vec![]));
        }
        assert_eq!(credits(&a), want);
        let post: Vec<&str> = head
            .iter()
            .copied()
            .filter(|l| l.starts_with("Vai") || *l == "Phóng viên")
            .collect();
        assert_eq!(header(&a), post);
        let blocks: Vec<(BlockKind, &str, Vec<String>)> = a
            .body
            .iter()
            .map(|b| {
                let names = b
                    .credits
                    .iter()
                    .flat_map(|c| c.names.iter().map(|n| n.to_string()));
                (b.kind, b.text.as_str(), names.collect())
            })
            .collect();
        let caption = if head.len() == one_line.len() {
            vec![(
                BlockKind::Caption,
                "Chụp lại hình ảnh, Tàu hàng tại cảng Lạch Huyện",
                vec![],
            )]
        } else {
            vec![
                (BlockKind::Caption, "Chụp lại hình ảnh,", vec![]),
                (BlockKind::Caption, "Tàu hàng tại cảng Lạch Huyện", vec![]),
            ]
        };
        let mut want = vec![(BlockKind::Caption, "", names(&["Getty Images"]))];
        want.extend(caption);
        want.push((BlockKind::Paragraph, BODY, vec![]));
        assert_eq!(blocks, want);
    }
    // The post whole on its line: the line under it is no post (here the
    // title, under a byline printed over it).
    let text = page(&[
        "Tác giả, Nguyễn Minh Hà",
        "Vai trò, Phóng viên",
        "Cảng biển miền Bắc tăng công suất",
        "4 tháng 12 2025",
    ]);
    let a = article(&text);
    assert_eq!(a.title, "Cảng biển miền Bắc tăng công suất");
    assert_eq!(a.lead.as_deref(), Some(LEAD));
    assert_eq!(header(&a), ["Vai trò, Phóng viên"]);
    // In the body: the caption under its label alone, and a sentence that
    // opens with `Vai trò,` stays a paragraph.
    let text = page(&[
        "Cảng biển miền Bắc tăng công suất",
        "04/12/2025 08:00",
    ])
    .replace(
        BODY,
        "Nguồn hình ảnh, Reuters\n\nChụp lại hình ảnh,\n\nHàng hóa tại cảng\n\nVai trò, nhiệm vụ của cảng được nêu rõ trong quy hoạch mới.",
    );
    let a = article(&text);
    let kinds: Vec<(BlockKind, &str)> = a.body.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (BlockKind::Caption, ""),
            (BlockKind::Caption, "Chụp lại hình ảnh,"),
            (BlockKind::Caption, "Hàng hóa tại cảng"),
            (
                BlockKind::Paragraph,
                "Vai trò, nhiệm vụ của cảng được nêu rõ trong quy hoạch mới."
            ),
        ]
    );
    assert_eq!(a.body[0].credits[0].names, ["Reuters"]);
    assert_eq!(a.body[0].credits[0].roles, [Role::Photo]);
}

/// A byline closed by a period under the title, over the date: the
/// credit, the paragraph under it the lead. A short sentence there stays
/// the lead.
#[test]
fn a_byline_closed_by_a_period_under_the_title() {
    for (byline, names_read) in [
        ("Tuấn Kiệt.", &["Tuấn Kiệt"][..]),
        ("MINH ANH - LÊ HÀ.", &["MINH ANH", "LÊ HÀ"][..]),
    ] {
        let text = page(&[
            "Thời sự",
            "Giá vàng tăng mạnh trong phiên sáng nay",
            byline,
            "04/12/2025 08:00",
        ]);
        let a = article(&text);
        assert_eq!(a.title, "Giá vàng tăng mạnh trong phiên sáng nay");
        assert_eq!(a.lead.as_deref(), Some(LEAD), "{byline}");
        assert_eq!(credits(&a), [(vec![Role::Author], names(names_read))]);
        assert_eq!(a.credits[0].text, byline);
        assert_eq!(rfc3339(&a), "2025-12-04T08:00:00+07:00");
    }
    for short in ["Giá vàng tăng mạnh.", "Hà Nội."] {
        let text = page(&[
            "Thời sự",
            "Giá vàng tăng mạnh trong phiên sáng nay",
            short,
            "04/12/2025 08:00",
        ]);
        let a = article(&text);
        assert_eq!(a.lead.as_deref(), Some(short));
        assert!(a.credits.is_empty(), "{short}");
    }
}

/// Tags under the byline without a label: up to six, in capitals or in
/// small letters (`đất đai` / `sổ đỏ`, `#giá vàng`), over a related box or
/// not; before, the byline was read over two tags at most, and none in
/// small letters. One line in small letters alone under the byline is as
/// often the rest of a line broken in two (`Chia` / `sẻ bài viết`): no tag.
#[test]
fn tags_without_a_label_under_the_byline() {
    let cases: [(&[&str], Option<&str>, &[&str]); 5] = [
        (
            &[
                "Chinhphu.vn",
                "đất đai",
                "sổ đỏ",
                "hạn mức đất ở",
                "Tin liên quan",
            ],
            Some("Chinhphu.vn"),
            &["đất đai", "sổ đỏ", "hạn mức đất ở", "Tin liên quan"],
        ),
        (
            &["MINH ANH", "#xe buýt điện", "#giao thông"],
            Some("MINH ANH"),
            &["#xe buýt điện", "#giao thông"],
        ),
        (
            &[
                "Lê Hà",
                "Xe buýt điện",
                "Giao thông Hà Nội",
                "Vận tải công cộng",
                "Đô thị xanh",
            ],
            Some("Lê Hà"),
            &[
                "Xe buýt điện",
                "Giao thông Hà Nội",
                "Vận tải công cộng",
                "Đô thị xanh",
            ],
        ),
        // Look-alikes: the rest of a line broken in two; a line with a
        // capital after small letters.
        (&["Lê Hà", "sẻ bài viết"], None, &[]),
        (&["Lê Hà", "ê Minh", "giao thông"], None, &[]),
    ];
    for (end, credit, want) in cases {
        let text = with_end(end);
        let a = vn_article::parse(&text).unwrap();
        let got: Vec<&str> = a.credits.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(got, credit.into_iter().collect::<Vec<_>>(), "{end:?}");
        assert_eq!(footer(&a), want, "{end:?}");
    }
}

/// A province or city alone under the byline, tags between them or not
/// (`Lê Hà` / `Hà Nội`, `Lê Hà` / `Xe buýt điện` / `Đà Nẵng`), is a tag or
/// where the writer writes from: the footer's. Before, it was taken for
/// the byline, and the byline over it lost. Alone at the end it may be
/// someone's name (`Hà Nam`): a credit.
#[test]
fn a_place_under_the_byline_is_no_credit() {
    let cases: [(&[&str], &[&str], &[&str]); 4] = [
        (&["Lê Hà", "Hà Nội"], &["Lê Hà"], &["Hà Nội"]),
        (
            &["Lê Hà", "Xe buýt điện", "Đà Nẵng"],
            &["Lê Hà"],
            &["Xe buýt điện", "Đà Nẵng"],
        ),
        (
            &["Theo Minh Anh (Tiền Phong)", "TP.HCM", "Chia sẻ"],
            &["Theo Minh Anh (Tiền Phong)"],
            &["TP.HCM", "Chia sẻ"],
        ),
        (&["Hà Nam"], &["Hà Nam"], &[]),
    ];
    for (end, credits, want) in cases {
        let text = with_end(end);
        let a = vn_article::parse(&text).unwrap();
        let got: Vec<&str> = a.credits.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(got, credits, "{end:?}");
        assert_eq!(footer(&a), want, "{end:?}");
    }
}

/// A table flattened a cell a line over the byline (`SJC` / `79.500.000`
/// / ... / `Thu Hà`): its cells are the body's, the byline the credit.
/// Before, `SJC` and `PNJ` were read as bylines and the figures as widget
/// counts. A count under the byline, and a video's clock over it, stay
/// the footer's.
#[test]
fn a_flattened_table_over_the_byline() {
    let table = [
        "Mua vào",
        "Bán ra",
        "SJC",
        "79.500.000",
        "81.500.000",
        "PNJ",
        "67.200.000",
        "68.400.000",
    ];
    let mut end = table.to_vec();
    end.push("Thu Hà");
    let text = with_end(&end);
    let a = vn_article::parse(&text).unwrap();
    let credits: Vec<&str> = a.credits.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(credits, ["Thu Hà"]);
    assert_eq!(footer(&a), [] as [&str; 0]);
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body[body.len() - table.len()..], table);
    for (end, want) in [
        (&["Thu Hà", "1.024"][..], &["1.024"][..]),
        (&["02:35", "Thu Hà"], &["02:35"]),
    ] {
        let text = with_end(end);
        let a = vn_article::parse(&text).unwrap();
        let credits: Vec<&str> = a.credits.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(credits, ["Thu Hà"], "{end:?}");
        assert_eq!(footer(&a), want, "{end:?}");
    }
}

/// Two labels joined by a spaced dash over the title, five words between
/// them (`Chính trị - Xây dựng Đảng`): the section; the dash is no word.
/// Before, the line was the header's (a label has five words at most).
#[test]
fn a_section_pair_of_five_words() {
    for section in ["Chính trị - Xây dựng Đảng", "Kinh tế – Phát triển xanh"] {
        let text = page(&[
            section,
            "Bài học từ Hội nghị Trung ương 8 và giá trị với hôm nay",
            "Thứ Hai, 18/05/2026 - 09:15",
        ]);
        let a = util::article(&text);
        let got: Vec<&str> = a.section.iter().map(|t| t.as_str()).collect();
        assert_eq!(got, [section], "{section}");
        assert_eq!(
            a.title.as_str(),
            "Bài học từ Hội nghị Trung ương 8 và giá trị với hôm nay"
        );
        assert!(a.header.is_empty(), "{section}");
    }
}
