//! Attribution in whole articles: source markers, credit lines at the end,
//! captions and their photo credits.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod util;

use vn_article::{BlockKind, Role};

fn doc(lead: &str, rest: &str) -> String {
    format!("03/04/2024 - 07:35\n\nTiêu đề bài viết\n\n{lead}\n\n{rest}\n")
}

/// The credits read from `end` closing a body, as roles and names.
fn end_credits(end: &str) -> Vec<(Vec<Role>, Vec<String>)> {
    util::article(&doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}")))
        .credits
        .iter()
        .map(|c| {
            (
                c.roles.clone(),
                c.names.iter().map(|n| n.to_string()).collect(),
            )
        })
        .collect()
}

/// A credit of one role, as roles and names.
fn credit(role: Role, names: &[&str]) -> (Vec<Role>, Vec<String>) {
    (vec![role], names.iter().map(|n| n.to_string()).collect())
}

#[test]
fn markers_in_every_spacing_and_dash() {
    for (lead, code, outlet) in [
        ("(CT) - Nội dung.", "CT", Some("Báo Cần Thơ")),
        ("(CT)-Nội dung.", "CT", Some("Báo Cần Thơ")),
        ("(CTO) -Nội dung.", "CTO", Some("Báo Cần Thơ")),
        ("(NLĐO) – Nội dung.", "NLĐO", Some("Người Lao Động")),
        ("(PLO)- Nội dung.", "PLO", Some("Pháp Luật TP.HCM")),
        // Two hyphens for a long dash, as typewriters write it.
        ("(CT) -- Nội dung.", "CT", Some("Báo Cần Thơ")),
        ("TTO -- Nội dung.", "TTO", Some("Tuổi Trẻ")),
        ("(Dân trí) - Nội dung.", "Dân trí", Some("Dân trí")),
        (
            "(Chinhphu.vn) - Nội dung.",
            "Chinhphu.vn",
            Some("Cổng Thông tin điện tử Chính phủ"),
        ),
        ("(VTC News) - Nội dung.", "VTC News", Some("VTC News")),
        ("(Tổ Quốc) - Nội dung.", "Tổ Quốc", Some("Tổ Quốc")),
        // An outlet's name in brackets, however long, small words and all.
        ("(Báo Đầu tư) - Nội dung.", "Báo Đầu tư", Some("Báo Đầu tư")),
        (
            "(Sài Gòn Giải Phóng) - Nội dung.",
            "Sài Gòn Giải Phóng",
            Some("Sài Gòn Giải Phóng"),
        ),
        (
            "(An ninh Thủ đô) – Nội dung.",
            "An ninh Thủ đô",
            Some("An ninh Thủ đô"),
        ),
        (
            "(Báo Tuổi Trẻ) - Nội dung.",
            "Báo Tuổi Trẻ",
            Some("Tuổi Trẻ"),
        ),
        ("TTO - Nội dung.", "TTO", Some("Tuổi Trẻ")),
        ("TT - Nội dung.", "TT", Some("Tuổi Trẻ")),
        (
            "VOV.VN -  Nội dung.",
            "VOV.VN",
            Some("Đài Tiếng nói Việt Nam"),
        ),
        (
            "VOV.VN- Nội dung.",
            "VOV.VN",
            Some("Đài Tiếng nói Việt Nam"),
        ),
        ("GD&TĐ - Nội dung.", "GD&TĐ", Some("Giáo dục và Thời đại")),
        ("SKĐS - Nội dung.", "SKĐS", Some("Sức khỏe & Đời sống")),
        (
            "VIETNAMPLUS.VN - Nội dung.",
            "VIETNAMPLUS.VN",
            Some("Vietnam+ (Thông tấn xã Việt Nam)"),
        ),
        (
            "Laodongthudo - Nội dung.",
            "Laodongthudo",
            Some("Lao động Thủ đô"),
        ),
        ("tto - Nội dung.", "tto", Some("Tuổi Trẻ")),
        ("(NLĐO) Nội dung.", "NLĐO", Some("Người Lao Động")),
        ("(QWERTY) - Nội dung.", "QWERTY", None),
        // An outlet's name after `Báo`, its first word capitalized, known
        // or not.
        ("(Báo Quốc tế) - Nội dung.", "Báo Quốc tế", None),
    ] {
        let text = doc(lead, "Đoạn thân bài.");
        let a = util::article(&text);
        let s = a
            .source
            .as_ref()
            .unwrap_or_else(|| panic!("no marker in {lead:?}"));
        assert_eq!(
            (&*s.code, s.outlet.map(|o| o.name)),
            (code, outlet),
            "{lead}"
        );
        assert_eq!(a.lead.as_ref().unwrap(), "Nội dung.", "{lead}");
        assert_eq!(
            util::codes(&a).contains(&"unknown_outlet"),
            outlet.is_none(),
            "{lead}"
        );
    }
}

#[test]
fn look_alikes_are_leads_without_marker() {
    for lead in [
        "(Ảnh minh họa) Nội dung.",
        "(28/3) - Nội dung.",
        "(1) Nội dung.",
        "(Bài viết thể hiện quan điểm riêng của tác giả) Nội dung.",
        "LTS - Nội dung.",
        "Bản tin thời sự: Nội dung.",
        "(Video) - Nội dung.",
        "(Hội nghị toàn quốc) - Nội dung.",
        "(Đầu tư công) - Nội dung.",
        "(Báo cáo tổng hợp) - Nội dung.",
    ] {
        let text = doc(lead, "Đoạn thân bài.");
        let a = util::article(&text);
        assert_eq!(a.source, None, "{lead}");
        assert_eq!(a.lead.as_ref().unwrap(), lead);
    }
}

#[test]
fn several_credit_lines_and_a_source_on_the_next_line() {
    let text = doc("TTO - Nội dung.", "Đoạn thân bài.\n\nMAI ANH\n\n(Theo BBC)");
    let a = util::article(&text);
    let got: Vec<(Vec<Role>, Vec<&str>)> = a
        .credits
        .iter()
        .map(|c| (c.roles.clone(), c.names.iter().map(|n| &**n).collect()))
        .collect();
    assert_eq!(
        got,
        [
            (vec![Role::Author], vec!["MAI ANH"]),
            (vec![Role::Source], vec!["BBC"])
        ]
    );
    assert_eq!(a.body.len(), 1);

    let text = doc(
        "TTO - Nội dung.",
        "Đoạn thân bài.\n\nBài: Ngọc Mai và Hà Thu\n\nẢnh: QUỐC BẢO\n\nTheo TTXVN",
    );
    let a = util::article(&text);
    let got: Vec<(Vec<Role>, Vec<&str>)> = a
        .credits
        .iter()
        .map(|c| (c.roles.clone(), c.names.iter().map(|n| &**n).collect()))
        .collect();
    assert_eq!(
        got,
        [
            (vec![Role::Article], vec!["Ngọc Mai", "Hà Thu"]),
            (vec![Role::Photo], vec!["QUỐC BẢO"]),
            (vec![Role::Source], vec!["TTXVN"])
        ]
    );
}

#[test]
fn an_ampersand_joins_an_outlet_name_and_parts_people() {
    // Outlets written in sentence case: the word before `&` is lowercase.
    assert_eq!(
        end_credits("Hoàng Lan, Theo Thể thao & Văn hóa"),
        [
            credit(Role::Author, &["Hoàng Lan"]),
            credit(Role::Source, &["Thể thao & Văn hóa"])
        ]
    );
    assert_eq!(
        end_credits("Theo Sức khỏe & Đời sống"),
        [credit(Role::Source, &["Sức khỏe & Đời sống"])]
    );
    // People and agencies: every word capitalized, two names.
    assert_eq!(
        end_credits("Theo Reuters & AFP"),
        [credit(Role::Source, &["Reuters", "AFP"])]
    );
    assert_eq!(
        end_credits("Bài: Ngọc Mai & Hà Thu"),
        [credit(Role::Article, &["Ngọc Mai", "Hà Thu"])]
    );
}

#[test]
fn an_outlet_alone_at_the_end_is_the_source() {
    // Registered or named by its kind (`Báo`), one or more.
    for (end, names) in [
        ("Báo Thanh Niên", &["Báo Thanh Niên"][..]),
        ("Báo Thị Trường Mới", &["Báo Thị Trường Mới"][..]),
        ("TTXVN/Vietnam+", &["TTXVN", "Vietnam+"][..]),
    ] {
        assert_eq!(
            end_credits(&format!("Hoàng Lan\n\n{end}")),
            [
                credit(Role::Author, &["Hoàng Lan"]),
                credit(Role::Source, names)
            ],
            "{end}"
        );
    }
}

#[test]
fn a_media_credit_to_whoever_handed_it_over() {
    assert_eq!(
        end_credits("Clip: Người dân cung cấp\n\nHoàng Lan"),
        [
            credit(Role::Video, &["Người dân cung cấp"]),
            credit(Role::Author, &["Hoàng Lan"])
        ]
    );
    // A heading after a media word is no credit.
    assert!(end_credits("Video: xem toàn cảnh vụ cháy").is_empty());
}

#[test]
fn captions_of_other_media_and_picture_kinds() {
    let first_block = |par: &str| {
        let text = doc(
            "TTO - Nội dung.",
            &format!("{par}\n\nĐoạn thân bài.\n\nHoàng Lan"),
        );
        let a = util::article(&text);
        let b = &a.body[0];
        let credits: Vec<(Vec<Role>, Vec<String>)> = b
            .credits
            .iter()
            .map(|c| {
                (
                    c.roles.clone(),
                    c.names.iter().map(|n| n.to_string()).collect(),
                )
            })
            .collect();
        (b.kind, b.text.to_string(), credits)
    };
    let credited = |role: Role, name: &str| vec![credit(role, &[name])];
    assert_eq!(
        first_block("Đồ họa: Minh Hà"),
        (
            BlockKind::Caption,
            String::new(),
            credited(Role::Graphics, "Minh Hà")
        )
    );
    assert_eq!(
        first_block("Infographic: TTXVN"),
        (
            BlockKind::Caption,
            String::new(),
            credited(Role::Graphics, "TTXVN")
        )
    );
    assert_eq!(
        first_block("Video: Người dân cung cấp"),
        (
            BlockKind::Caption,
            String::new(),
            credited(Role::Video, "Người dân cung cấp")
        )
    );
    for kind in [
        "Ảnh minh họa",
        "(Ảnh minh hoạ)",
        "Ảnh chụp màn hình.",
        "Ảnh cắt từ clip",
        "Ảnh cắt từ video",
    ] {
        assert_eq!(
            first_block(kind),
            (BlockKind::Caption, kind.to_string(), vec![])
        );
    }
    // Captions numbered after their pictures, the number and the text
    // verbatim; a credit closing one is read as on any caption.
    for caption in [
        "Ảnh 2: Hành khách lên xe tại trạm Bến Thành.",
        "Hình 3. Sơ đồ tuyến xe buýt mới",
        "Video 1 - Toàn cảnh tuyến mới",
        "Ảnh 3/5: Hoa nở rộ ven đường.",
    ] {
        assert_eq!(
            first_block(caption),
            (BlockKind::Caption, caption.to_string(), vec![])
        );
    }
    // A month and year after the media word is no count of pictures.
    assert_eq!(
        first_block("Ảnh 12/2025: năm của những bức ảnh đẹp.").0,
        BlockKind::Paragraph
    );
    assert_eq!(
        first_block("Ảnh 1: Xe buýt điện tại bến. Ảnh: Lê Hà"),
        (
            BlockKind::Caption,
            "Ảnh 1: Xe buýt điện tại bến.".to_string(),
            credited(Role::Photo, "Lê Hà")
        )
    );
    // An organization or an outlet named by its kind and its name, and a
    // medium after `Nguồn`, after a caption's sentence.
    for (credit_text, role, name) in [
        (
            "Ảnh: Công an tỉnh Nghệ An",
            Role::Photo,
            "Công an tỉnh Nghệ An",
        ),
        (
            "Ảnh: Sở Y tế tỉnh Quảng Nam",
            Role::Photo,
            "Sở Y tế tỉnh Quảng Nam",
        ),
        (
            "Ảnh: Cổng TTĐT tỉnh Quảng Nam",
            Role::Photo,
            "Cổng TTĐT tỉnh Quảng Nam",
        ),
        ("Nguồn video: VTV", Role::Video, "VTV"),
        // The office by the kind of its unit alone.
        ("Ảnh: Công an tỉnh", Role::Photo, "Công an tỉnh"),
        ("Ảnh: Ủy ban huyện", Role::Photo, "Ủy ban huyện"),
    ] {
        assert_eq!(
            first_block(&format!("Hành khách lên xe tại bến. {credit_text}")),
            (
                BlockKind::Caption,
                "Hành khách lên xe tại bến.".to_string(),
                credited(role, name)
            ),
            "{credit_text}"
        );
    }
    // An office in small letters, or one that opens a sentence, credits
    // nothing.
    for par in [
        "Hành khách lên xe tại bến. Ảnh: công an tỉnh",
        "Hành khách lên xe tại bến. Ảnh: Công an tỉnh đã vào cuộc điều tra",
    ] {
        assert_eq!(
            first_block(par),
            (BlockKind::Paragraph, par.to_string(), vec![]),
            "{par}"
        );
    }
    // A source labelled `Nguồn:` under a chart or a picture, alone or
    // closing its caption after a sentence end or a dash; a sentence after
    // the label is no credit.
    assert_eq!(
        first_block("Nguồn: Sở Xây dựng"),
        (
            BlockKind::Caption,
            String::new(),
            credited(Role::Source, "Sở Xây dựng")
        )
    );
    for (par, caption, name) in [
        (
            "Diễn biến giá vàng trong tuần. Nguồn: SJC",
            "Diễn biến giá vàng trong tuần.",
            "SJC",
        ),
        (
            "Tăng trưởng GDP qua các quý - Nguồn: Tổng cục Thống kê",
            "Tăng trưởng GDP qua các quý",
            "Tổng cục Thống kê",
        ),
        (
            "Giá xăng từ đầu năm. Nguồn: Bộ Công Thương.",
            "Giá xăng từ đầu năm.",
            "Bộ Công Thương",
        ),
    ] {
        assert_eq!(
            first_block(par),
            (
                BlockKind::Caption,
                caption.to_string(),
                credited(Role::Source, name)
            ),
            "{par}"
        );
    }
    assert_eq!(
        first_block("Giá xăng từ đầu năm. Nguồn: Tổng hợp"),
        (
            BlockKind::Caption,
            "Giá xăng từ đầu năm.".to_string(),
            vec![(vec![Role::Compilation], vec![])]
        )
    );
    for par in [
        "Nguồn: theo báo cáo của các địa phương gửi về trong tuần này",
        "Giá xăng tăng mạnh. Nguồn: theo số liệu được công bố ngày 2/12 của bộ",
        "Anh nói về nguồn: nước sạch là quan trọng nhất",
    ] {
        assert_eq!(
            first_block(par),
            (BlockKind::Paragraph, par.to_string(), vec![]),
            "{par}"
        );
    }
    // Two credits of two media, a dash between them: both the caption's,
    // in their order, the text rebuilt whole.
    assert_eq!(
        first_block("Hành khách lên xe tại bến. Ảnh: Thanh Hà - Đồ họa: Minh Anh"),
        (
            BlockKind::Caption,
            "Hành khách lên xe tại bến.".to_string(),
            vec![
                credit(Role::Photo, &["Thanh Hà"]),
                credit(Role::Graphics, &["Minh Anh"])
            ]
        )
    );
    let text = doc(
        "TTO - Nội dung.",
        "Hành khách lên xe. Ảnh: Thanh Hà - Đồ họa: Minh Anh\n\nĐoạn thân bài.\n\nHoàng Lan",
    );
    assert_eq!(util::article(&text).rebuild(), text);
    // A heading after a medium's label and a colon names the picture or
    // the clip under it, as a numbered one does: a caption without a
    // credit, verbatim.
    for caption in [
        "Video: Khoảnh khắc cầu Rồng phun lửa đêm qua",
        "Hình: Sơ đồ tuyến đường sắt đô thị số 5",
        "Hình ảnh: Phối cảnh nhà ga Văn Cao",
        "Ảnh: Phối cảnh nhà ga Văn Cao",
        "Ảnh minh họa: Cánh đồng lúa chín",
        "Đồ họa: 5 điểm mới của luật",
    ] {
        assert_eq!(
            first_block(caption),
            (BlockKind::Caption, caption.to_string(), vec![]),
            "{caption}"
        );
    }
    // Headings in small letters and sentences after the same words stay
    // paragraphs.
    for par in [
        "Video: xem toàn cảnh vụ cháy",
        "Ảnh: những ngày qua, người dân đổ về",
        "Ảnh hưởng của bão số 3",
        "Ảnh minh họa cho thấy điều đó.",
        "Ảnh 2024: một năm nhìn lại",
        "Ảnh 2:",
        "Bài 2: Xe buýt và đường sắt",
    ] {
        assert_eq!(
            first_block(par),
            (BlockKind::Paragraph, par.to_string(), vec![])
        );
    }
}

#[test]
fn links_back_to_a_section_close_the_article() {
    for link in ["Trở lại Thời sự", "Trở lại chủ đề", "Trở về trang chủ"] {
        let text = doc(
            "TTO - Nội dung.",
            &format!("Đoạn thân bài.\n\nHoàng Lan\n\n{link}\n\nChia sẻ"),
        );
        let a = util::article(&text);
        let footer: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
        assert_eq!(footer, [link, "Chia sẻ"], "{link}");
        let names: Vec<&str> = a
            .credits
            .iter()
            .flat_map(|c| c.names.iter().map(|n| &**n))
            .collect();
        assert_eq!(names, ["Hoàng Lan"], "{link}");
        assert_eq!(a.body.len(), 1, "{link}");
    }
    // A sentence that opens with the same words is text.
    let text = doc(
        "TTO - Nội dung.",
        "Trở lại với câu chuyện của gia đình anh Nam.\n\nHoàng Lan",
    );
    let a = util::article(&text);
    assert_eq!(a.body.len(), 1);
    assert!(a.footer.is_empty());
}

#[test]
fn a_role_from_sources_in_brackets() {
    assert_eq!(
        end_credits("Ngọc Mai (Tổng hợp từ Reuters, AFP)"),
        [
            credit(Role::Compilation, &["Ngọc Mai"]),
            credit(Role::Source, &["Reuters", "AFP"])
        ]
    );
    assert_eq!(
        end_credits("Hải Yến (lược dịch theo CNN)"),
        [
            credit(Role::Translation, &["Hải Yến"]),
            credit(Role::Source, &["CNN"])
        ]
    );
    // The sources after a slash.
    assert_eq!(
        end_credits("Minh Anh (tổng hợp/Reuters)"),
        [
            credit(Role::Compilation, &["Minh Anh"]),
            credit(Role::Source, &["Reuters"])
        ]
    );
    // Sources no outlet names: the source's credit has no names.
    for line in [
        "Lê Hà (Tổng hợp từ nhiều nguồn)",
        "Lê Hà (tổng hợp từ báo chí nước ngoài)",
    ] {
        assert_eq!(
            end_credits(line),
            [
                credit(Role::Compilation, &["Lê Hà"]),
                credit(Role::Source, &[])
            ],
            "{line}"
        );
    }
    // Nor are people such a source: no credit.
    assert_eq!(end_credits("Lê Hà (tổng hợp từ nhiều người)"), []);
    // After a comma or a semicolon, the sources as without it.
    assert_eq!(
        end_credits("Minh Hà (tổng hợp, theo AP)"),
        [
            credit(Role::Compilation, &["Minh Hà"]),
            credit(Role::Source, &["AP"])
        ]
    );
    assert_eq!(
        end_credits("Minh Hà (lược dịch; theo Reuters, AFP)"),
        [
            credit(Role::Translation, &["Minh Hà"]),
            credit(Role::Source, &["Reuters", "AFP"])
        ]
    );
    assert_eq!(end_credits("Minh Hà (tổng hợp, nhiều người)"), []);
    // A writer from sources no outlet names: an author, and a source of no
    // names (not a source named after the writer).
    for line in [
        "Minh Hà (theo nhiều nguồn)",
        "Minh Hà (Nguồn: các nguồn tin)",
    ] {
        assert_eq!(
            end_credits(line),
            [
                credit(Role::Author, &["Minh Hà"]),
                credit(Role::Source, &[])
            ],
            "{line}"
        );
    }
}

/// What was done and the sources, with no name: the roles alone, then the
/// sources; a sentence opened by the same words is no credit.
#[test]
fn a_role_from_sources_without_a_name() {
    assert_eq!(
        end_credits("Lược dịch theo The Guardian"),
        [
            credit(Role::Translation, &[]),
            credit(Role::Source, &["The Guardian"])
        ]
    );
    assert_eq!(
        end_credits("Tổng hợp từ Reuters, AFP"),
        [
            credit(Role::Compilation, &[]),
            credit(Role::Source, &["Reuters", "AFP"])
        ]
    );
    let texts: Vec<String> =
        util::article(&doc("TTO - Nội dung.", "Đoạn thân bài.\n\nDịch theo BBC"))
            .credits
            .iter()
            .map(|c| c.text.to_string())
            .collect();
    assert_eq!(texts, ["Dịch", "theo BBC"]);
    let texts: Vec<String> = util::article(&doc(
        "TTO - Nội dung.",
        "Đoạn thân bài.\n\nTổng hợp/Reuters, AFP",
    ))
    .credits
    .iter()
    .map(|c| format!("{} {:?} {:?}", c.text, c.roles, c.names))
    .collect();
    assert_eq!(
        texts,
        [
            "Tổng hợp [Compilation] []",
            "/Reuters, AFP [Source] [\"Reuters\", \"AFP\"]"
        ]
    );
    assert_eq!(
        end_credits("Tổng hợp theo báo cáo của Bộ Y tế, số ca mắc tăng mạnh trong tuần qua."),
        []
    );
    assert_eq!(end_credits("Dịch từ tiếng Anh"), []);
    // From sources no outlet names, with no name before them: the roles,
    // and a source of no names, as in brackets after a name.
    assert_eq!(
        end_credits("Tổng hợp từ nhiều nguồn."),
        [credit(Role::Compilation, &[]), credit(Role::Source, &[])]
    );
    for line in [
        "Theo nhiều nguồn",
        "Theo báo chí quốc tế",
        "Nguồn: các nguồn tin",
    ] {
        assert_eq!(end_credits(line), [credit(Role::Source, &[])], "{line}");
    }
    assert_eq!(end_credits("Theo nhiều người dân địa phương"), []);
    // A role a name must fill, alone at the end (a tab's word, a label
    // whose names were lost): no credit.
    for line in ["Tin, ảnh", "Video", "Ảnh"] {
        assert_eq!(end_credits(line), [], "{line}");
    }
    assert_eq!(end_credits("Tổng hợp"), [credit(Role::Compilation, &[])]);
}

/// Where a text or a picture was found (`Internet`, `mạng xã hội`, `tư
/// liệu`) is named as printed by a source's credit, at the end, after a
/// name's roles and closing a caption, as a photo credit names it; sources
/// no one names (`nhiều nguồn`) give none.
#[test]
fn a_source_found_on_the_internet_is_named() {
    for (line, name) in [
        ("Nguồn: Internet", "Internet"),
        ("Theo Internet", "Internet"),
        ("Theo mạng xã hội", "mạng xã hội"),
        ("(Nguồn: Tư liệu)", "Tư liệu"),
    ] {
        assert_eq!(end_credits(line), [credit(Role::Source, &[name])], "{line}");
    }
    assert_eq!(
        end_credits("Lê Hà (tổng hợp từ Internet)"),
        [
            credit(Role::Compilation, &["Lê Hà"]),
            credit(Role::Source, &["Internet"])
        ]
    );
    assert_eq!(
        end_credits("Lê Hà (tổng hợp từ nhiều nguồn)"),
        [
            credit(Role::Compilation, &["Lê Hà"]),
            credit(Role::Source, &[])
        ]
    );
    for (par, caption, credit_text) in [
        (
            "Hình minh họa. (Nguồn: Internet)",
            "Hình minh họa.",
            "(Nguồn: Internet)",
        ),
        (
            "Cánh đồng lúa chín. Nguồn: Internet",
            "Cánh đồng lúa chín.",
            "Nguồn: Internet",
        ),
    ] {
        let text = doc(
            "TTO - Nội dung.",
            &format!("{par}\n\nĐoạn thân bài.\n\nHoàng Lan"),
        );
        let a = util::article(&text);
        let b = &a.body[0];
        assert_eq!(
            (b.kind, b.text.as_ref()),
            (BlockKind::Caption, caption),
            "{par}"
        );
        let [c] = b.credits.as_slice() else {
            panic!("{par}: {:?}", b.credits)
        };
        assert_eq!(c.text, credit_text, "{par}");
        assert_eq!(c.roles, [Role::Source], "{par}");
        assert_eq!(c.names, ["Internet"], "{par}");
    }
}

/// The credits of long-form pages: content, editing, design and layout,
/// filming; a title in brackets after the names, or a titled name's
/// workplace, is no source.
#[test]
fn editing_design_and_titles_in_brackets() {
    assert_eq!(
        end_credits("Nội dung: Lan Anh - Ảnh: Minh Hà - Thiết kế: Hồng Nhung"),
        [
            credit(Role::Article, &["Lan Anh"]),
            credit(Role::Photo, &["Minh Hà"]),
            credit(Role::Design, &["Hồng Nhung"]),
        ]
    );
    assert_eq!(
        end_credits("Biên tập: Lê Hà; Trình bày: Quốc Bảo"),
        [
            credit(Role::Editing, &["Lê Hà"]),
            credit(Role::Design, &["Quốc Bảo"]),
        ]
    );
    assert_eq!(
        end_credits("Quay phim: Minh Hà"),
        [credit(Role::Video, &["Minh Hà"])]
    );
    // A desk after a role's colon, as alone.
    assert_eq!(
        end_credits("Thực hiện: Ban Thời sự"),
        [credit(Role::Production, &["Ban Thời sự"])]
    );
    assert_eq!(
        end_credits("Thực hiện: Nhóm phóng viên Xã hội"),
        [credit(Role::Production, &["Nhóm phóng viên Xã hội"])]
    );
    // A video's crew: the director produces, the script is the text, the
    // voice-over is the video's.
    assert_eq!(
        end_credits("Đạo diễn: Minh Tú - Kịch bản: Lan Anh - Lồng tiếng: Thu Hà"),
        [
            credit(Role::Production, &["Minh Tú"]),
            credit(Role::Article, &["Lan Anh"]),
            credit(Role::Video, &["Thu Hà"]),
        ]
    );
    // Who compiled, edited or collaborated: `Biên soạn`, `Sưu tầm`, `Chủ
    // biên`, `BTV`, `CTV`, `Cộng tác viên` before a colon or in brackets.
    assert_eq!(
        end_credits("Biên soạn: Minh Tú - Chủ biên: Lan Anh"),
        [
            credit(Role::Compilation, &["Minh Tú"]),
            credit(Role::Editing, &["Lan Anh"]),
        ]
    );
    assert_eq!(
        end_credits("CTV: Minh Tú | BTV: Lan Anh"),
        [
            credit(Role::Author, &["Minh Tú"]),
            credit(Role::Editing, &["Lan Anh"]),
        ]
    );
    assert_eq!(
        end_credits("Thu Hà (sưu tầm)"),
        [credit(Role::Compilation, &["Thu Hà"])]
    );
    // Who summed up what was said writes the text, as who noted it.
    assert_eq!(
        end_credits("Thu Hà (lược thuật)"),
        [credit(Role::Article, &["Thu Hà"])]
    );
    assert_eq!(
        end_credits("Lược thuật: Thu Hà"),
        [credit(Role::Article, &["Thu Hà"])]
    );
    assert_eq!(
        end_credits("Cộng tác viên: Thu Hà"),
        [credit(Role::Author, &["Thu Hà"])]
    );
    // Desks alone still sign as names.
    for (line, names) in [
        ("CTV", &["CTV"][..]),
        ("PV - CTV", &["PV", "CTV"]),
        ("PV | CTV", &["PV", "CTV"]),
        ("PV/CTV", &["PV", "CTV"]),
        ("PV-CTV", &["PV-CTV"]),
    ] {
        assert_eq!(end_credits(line), [credit(Role::Author, names)], "{line}");
    }
    assert_eq!(
        end_credits("LAN ANH, MINH HÀ (CTV)"),
        [credit(Role::Author, &["LAN ANH", "MINH HÀ"])]
    );
    // The post after a dash, as in brackets: what the names are, no name;
    // the credit's text keeps it.
    for (line, names) in [
        ("Lan Anh - CTV", &["Lan Anh"][..]),
        ("LAN ANH, MINH HÀ - CTV", &["LAN ANH", "MINH HÀ"]),
        ("Lan Anh - Phóng viên", &["Lan Anh"]),
        ("Lan Anh – PV", &["Lan Anh"]),
    ] {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{line}"));
        let a = util::article(&text);
        assert_eq!(
            util::credit_parts(&a),
            [(line, &[Role::Author][..], names.to_vec())],
            "{line}"
        );
    }
    assert_eq!(
        end_credits("Lan Anh (TTXVN)"),
        [
            credit(Role::Author, &["Lan Anh"]),
            credit(Role::Source, &["TTXVN"]),
        ]
    );
    // Registered outlets close the last paragraph without a sentence end
    // before them, unless the words before spell the outlet out.
    assert_eq!(
        end_credits("Số liệu của Tổng cục Hải quan (TTXVN/Vietnam+)"),
        [credit(Role::Source, &["TTXVN", "Vietnam+"])]
    );
    assert_eq!(
        end_credits("Tin được công bố tại Thông tấn xã Việt Nam (TTXVN)"),
        []
    );
    // `TH`, `t.h`: compiled, as `tổng hợp`; `Ký sự`, `Ghi chép`: the
    // article; ranks and callings before a name are no part of it.
    assert_eq!(
        end_credits("Minh Anh (TH)"),
        [credit(Role::Compilation, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("Minh Anh (t.h)"),
        [credit(Role::Compilation, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("TH: Minh Anh"),
        [credit(Role::Compilation, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("Ký sự: Minh Anh"),
        [credit(Role::Article, &["Minh Anh"])]
    );
    for line in [
        "Đại tá Lê Văn An",
        "Thiếu úy Lê Văn An",
        "Nhà văn Lê Văn An",
        "Th.S Lê Văn An",
        "Ký giả Lê Văn An",
        "Nhiếp ảnh gia Lê Văn An",
    ] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Author, &["Lê Văn An"])],
            "{line}"
        );
    }
    // An agency or a channel named with its kind, in small letters.
    assert_eq!(
        end_credits("Theo hãng tin Reuters"),
        [credit(Role::Source, &["hãng tin Reuters"])]
    );
    assert_eq!(
        end_credits("Theo kênh VTV1"),
        [credit(Role::Source, &["kênh VTV1"])]
    );
    // A reporter's post after the name: the author alone; an agency's
    // reporter abroad, the author and the agency, the source.
    assert_eq!(
        end_credits("Lê Hà (Phóng viên thường trú tại Huế)"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    assert_eq!(
        end_credits("MINH ANH (PV TTXVN tại Paris)"),
        [
            credit(Role::Author, &["MINH ANH"]),
            credit(Role::Source, &["TTXVN"])
        ]
    );
    // A post without the desk word, or with a number, is no credit.
    assert_eq!(end_credits("Lê Hà (thường trú tại Huế)"), []);
    assert_eq!(end_credits("Lê Hà (Phóng viên 2 năm tại Huế)"), []);
    // A source under its label's other names.
    assert_eq!(
        end_credits("Trích nguồn: VnExpress"),
        [credit(Role::Source, &["VnExpress"])]
    );
    assert_eq!(
        end_credits("Nguồn tham khảo: Reuters, AFP"),
        [credit(Role::Source, &["Reuters", "AFP"])]
    );
    // A titled name and where the person works: the author.
    assert_eq!(
        end_credits("TS. Nguyễn Văn An (Đại học Y Hà Nội)"),
        [credit(Role::Author, &["Nguyễn Văn An"])]
    );
    assert_eq!(
        end_credits("BS. Lê Hà (Bệnh viện Bạch Mai)"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    // Without a title too, and titles stacked with spaces.
    assert_eq!(
        end_credits("Lê Hà (Đại học Y Hà Nội)"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    assert_eq!(
        end_credits("Minh Anh (Trung tâm Văn hóa tỉnh)"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("PGS. TS. Nguyễn Văn An (Đại học Y Hà Nội)"),
        [credit(Role::Author, &["Nguyễn Văn An"])]
    );
    assert_eq!(
        end_credits("GS. TSKH Nguyễn Văn An"),
        [credit(Role::Author, &["Nguyễn Văn An"])]
    );
    assert_eq!(
        end_credits("BS. CKII Lê Hà"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    // Where the writer works after a dash or a comma.
    assert_eq!(
        end_credits("Minh Anh - Trung tâm Y tế huyện"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("Minh Anh - Lê Hà - Trung tâm Văn hóa tỉnh"),
        [credit(Role::Author, &["Minh Anh", "Lê Hà"])]
    );
    assert_eq!(
        end_credits("Lê Hà, Sở Y tế"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    assert_eq!(end_credits("Hà Nội, Bệnh viện Bạch Mai"), []);
    // A workplace in parts: the ward, then its hospital.
    assert_eq!(
        end_credits("ThS. Nguyễn Lan Anh - Khoa Dinh dưỡng, Bệnh viện Bạch Mai"),
        [credit(Role::Author, &["Nguyễn Lan Anh"])]
    );
    assert_eq!(
        end_credits("Minh Anh, Lê Hà - Khoa Nhi, Bệnh viện Nhi Trung ương"),
        [credit(Role::Author, &["Minh Anh", "Lê Hà"])]
    );
    assert_eq!(end_credits("Khoa Nhi, Bệnh viện Nhi Trung ương"), []);
    // Workplaces by their abbreviations; a hyphen inside a workplace's
    // name parts nothing.
    for line in [
        "Thanh Hương - TTYT huyện Quế Võ",
        "Thanh Hương - BVĐK tỉnh",
        "Thanh Hương - CDC Bắc Ninh",
        "Thanh Hương (TTYT Quế Võ)",
        "Thanh Hương - Trung tâm VH-TT huyện",
        "Thanh Hương - Huyện ủy Yên Dũng",
        "Thanh Hương (BCH Quân sự huyện)",
        "Tác giả: Thanh Hương - Trung tâm VH-TT huyện",
    ] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Author, &["Thanh Hương"])],
            "{line}"
        );
    }
    assert_eq!(
        end_credits("T.Lan-H.Vũ"),
        [credit(Role::Author, &["T.Lan", "H.Vũ"])]
    );
    // Writers parted by dashes, an outlet in brackets after a writer's
    // name: each part's credits in turn.
    assert_eq!(
        end_credits("Đức Minh (TTXVN) - Bích Ngọc"),
        [
            credit(Role::Author, &["Đức Minh"]),
            credit(Role::Source, &["TTXVN"]),
            credit(Role::Author, &["Bích Ngọc"]),
        ]
    );
    assert_eq!(
        end_credits("Hoàng Lan (TTXVN) - Minh Đức (Vietnam+)"),
        [
            credit(Role::Author, &["Hoàng Lan"]),
            credit(Role::Source, &["TTXVN"]),
            credit(Role::Author, &["Minh Đức"]),
            credit(Role::Source, &["Vietnam+"]),
        ]
    );
    assert_eq!(end_credits("Đức Minh (TTXVN) - Sáng nay trời mưa to"), []);
    // The province or city written from after a dash, as in brackets.
    assert_eq!(
        end_credits("Võ Trang - Lâm Đồng"),
        [credit(Role::Author, &["Võ Trang"])]
    );
    assert_eq!(
        end_credits("Lê Hà - TP.HCM"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    assert_eq!(
        end_credits("Minh Anh - Lê Hà"),
        [credit(Role::Author, &["Minh Anh", "Lê Hà"])]
    );
    // A hospital named by its number, in brackets or after a dash; a year
    // closes no workplace.
    assert_eq!(
        end_credits("BS. Minh Anh (Bệnh viện 108)"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("Lê Hà - Bệnh viện Quân y 175"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    assert_eq!(end_credits("Lê Hà (Hội nghị năm 2025)"), []);
    // An office held, and where, after the name.
    for line in [
        "Nguyễn Văn An - Giám đốc Sở Y tế",
        "Nguyễn Văn An, Hiệu trưởng Trường THPT Chu Văn An",
        "Nguyễn Văn An (Phó Chủ tịch UBND huyện)",
        "TS. Nguyễn Văn An (Chuyên gia kinh tế)",
    ] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Author, &["Nguyễn Văn An"])],
            "{line}"
        );
    }
    assert_eq!(end_credits("Giám đốc Sở Y tế"), []);
    // After the names of roles, too (the workplace made the credit none).
    assert_eq!(
        end_credits("Tin, ảnh: Lê Hà - Trung tâm VHTT huyện Phong Điền"),
        [(vec![Role::News, Role::Photo], vec!["Lê Hà".to_string()])]
    );
    assert_eq!(
        end_credits("Tin: Lê Hà, Sở Y tế - Ảnh: Minh Anh"),
        [
            credit(Role::News, &["Lê Hà"]),
            credit(Role::Photo, &["Minh Anh"])
        ]
    );
    // The province or city the writer sends from: the author alone.
    assert_eq!(
        end_credits("Lê Hà (Quảng Ninh)"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    assert_eq!(
        end_credits("MINH ANH (Hà Nội)"),
        [credit(Role::Author, &["MINH ANH"])]
    );
    // A place and its province or city, as readers sign their letters.
    assert_eq!(
        end_credits("Nguyễn Văn An (Hà Đông, Hà Nội)"),
        [credit(Role::Author, &["Nguyễn Văn An"])]
    );
    assert_eq!(
        end_credits("Lê Hà (Thủ Đức, TP.HCM)"),
        [credit(Role::Author, &["Lê Hà"])]
    );
    // Local units by their kind and their number or name.
    for line in [
        "Lê Hà (Quận 7, TP.HCM)",
        "Lê Hà (Phường 3, Quận 5, TP.HCM)",
        "Lê Hà (TP Thủ Đức)",
        "Lê Hà (Huyện Củ Chi)",
    ] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Author, &["Lê Hà"])],
            "{line}"
        );
    }
    assert_eq!(end_credits("Lê Hà (Xã hội)"), []);
    assert_eq!(end_credits("Lê Hà (phường 3, quận 5)"), []);
    // A city's code in capitals in brackets is no agency.
    assert_eq!(
        end_credits("MINH ANH (TP.HCM)"),
        [credit(Role::Author, &["MINH ANH"])]
    );
    // A desk named after its word (`Nhóm PV`, `Ban`), not a titled name.
    for desk in ["Nhóm PV Kinh tế", "PV Ban Xã hội", "Ban Văn hóa Xã hội"] {
        assert_eq!(end_credits(desk), [credit(Role::Author, &[desk])], "{desk}");
    }
    assert_eq!(
        end_credits("PV Minh Anh"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    // Titles stacked with dots, and `Cộng tác viên` before or after.
    for line in [
        "GS.TSKH Nguyễn Văn An",
        "PGS.TS. Nguyễn Văn An",
        "ThS.BS Nguyễn Văn An",
        "BS.CKII Nguyễn Văn An",
        "Cộng tác viên Nguyễn Văn An",
        "Nguyễn Văn An (Cộng tác viên)",
    ] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Author, &["Nguyễn Văn An"])],
            "{line}"
        );
    }
    // A byline alone in brackets; a place there is none.
    assert_eq!(
        end_credits("(Minh Anh)"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("[Minh Anh]"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    assert_eq!(end_credits("(Hà Nội)"), []);
    // A sentence in the bracket, or a place that is no province, none.
    assert_eq!(end_credits("TS. Lê Hà (trường hợp này rất hiếm)"), []);
    assert_eq!(end_credits("Lê Hà (Phố Huế)"), []);
    // An outlet of a province under its kind: the source.
    assert_eq!(
        end_credits("Theo Cổng thông tin điện tử tỉnh Quảng Ninh"),
        [credit(
            Role::Source,
            &["Cổng thông tin điện tử tỉnh Quảng Ninh"]
        )]
    );
    assert_eq!(
        end_credits("Theo Đài Phát thanh và Truyền hình tỉnh Quảng Ninh"),
        [credit(
            Role::Source,
            &["Đài Phát thanh và Truyền hình tỉnh Quảng Ninh"]
        )]
    );
    assert_eq!(end_credits("Theo báo cáo tỉnh Quảng Ninh"), []);
    // A sentence after the label is no credit.
    assert_eq!(
        end_credits("Nội dung: Hội nghị bàn về việc tăng giá điện năm nay."),
        []
    );
}

/// An outlet's name as pages print it, `Báo` before it or `Online` after
/// it, or its code before `Digital` or `Online`, alone at the end or after a
/// name and a slash: the source.
#[test]
fn outlet_names_as_printed_are_sources() {
    for line in [
        "Tuổi Trẻ Online",
        "Tuoi Tre Online",
        "Báo Tuổi Trẻ",
        "VTV Digital",
        "VOV Online",
    ] {
        assert_eq!(end_credits(line), [credit(Role::Source, &[line])], "{line}");
    }
    // After a slash, a name and the outlet as printed.
    for (end, source) in [
        ("PV/VTV Digital", "VTV Digital"),
        ("Thanh Hà/Tuổi Trẻ Online", "Tuổi Trẻ Online"),
    ] {
        let name = end.split('/').next().unwrap();
        assert_eq!(
            end_credits(end),
            [
                credit(Role::Author, &[name]),
                credit(Role::Source, &[source])
            ],
            "{end}"
        );
    }
    // A code with a suffix that is no outlet's is no source: the slash
    // parts two names, as before.
    assert_eq!(
        end_credits("Thanh Hà/ABC Digital"),
        [credit(Role::Author, &["Thanh Hà", "ABC Digital"])]
    );
}

#[test]
fn body_sentences_are_not_credits() {
    for last in [
        "Theo ông Nguyễn Văn An, dự án sẽ hoàn thành trong năm nay.",
        "Theo TTXVN, chiều cùng ngày đoàn đã tới thăm nhà máy.",
        "Theo dõi diễn biến mới nhất của cơn bão",
        "Theo kế hoạch, công trình khởi công vào tháng 5",
        "Thông tin được đăng tải (theo Dân trí) cho thấy giá tăng.",
    ] {
        let text = doc("TTO - Nội dung.", last);
        let a = util::article(&text);
        assert!(a.credits.is_empty(), "{last}: {:?}", a.credits);
        assert_eq!(a.body.last().unwrap().text, last);
    }
}

#[test]
fn a_photo_credit_under_the_title_is_a_caption_before_the_lead() {
    let text = "03/04/2024 - 07:35\n\nTiêu đề bài viết\n\nẢnh: Quốc Bảo\n\nNội dung mở đầu.\n\nĐoạn thân bài.\n";
    let a = util::article(text);
    assert_eq!(a.lead.as_ref().unwrap(), "Nội dung mở đầu.");
    assert_eq!(a.body[0].kind, BlockKind::Caption);
    assert_eq!(a.body[0].text, "");
    assert_eq!(a.body[0].credits[0].names, ["Quốc Bảo"]);
    assert_eq!(a.body[1].text, "Đoạn thân bài.");
    assert_eq!(util::article(&a.to_string()), a);
}

#[test]
fn captions_drop_their_credit_from_the_text() {
    for (par, text, credit, names) in [
        (
            "Quang cảnh hội nghị. Ảnh: T.H",
            "Quang cảnh hội nghị.",
            "Ảnh: T.H",
            vec!["T.H"],
        ),
        (
            "Du khách tham quan - Ảnh: HỮU KHOA |",
            "Du khách tham quan",
            "Ảnh: HỮU KHOA |",
            vec!["HỮU KHOA"],
        ),
        (
            "Du khách tham quan - ảnh: X |",
            "Du khách tham quan",
            "ảnh: X |",
            vec!["X"],
        ),
        (
            "Lễ ký kết (Ảnh: TTXVN)",
            "Lễ ký kết",
            "(Ảnh: TTXVN)",
            vec!["TTXVN"],
        ),
        (
            "Lễ ký kết (Ảnh: Văn Toàn).",
            "Lễ ký kết",
            "(Ảnh: Văn Toàn).",
            vec!["Văn Toàn"],
        ),
        (
            "Thủ tướng phát biểu (Ảnh VGP)",
            "Thủ tướng phát biểu",
            "(Ảnh VGP)",
            vec!["VGP"],
        ),
        (
            "Hiện trường vụ cháy (Nguồn: Reuters)",
            "Hiện trường vụ cháy",
            "(Nguồn: Reuters)",
            vec!["Reuters"],
        ),
    ] {
        let doc = doc("TTO - Nội dung.", &format!("{par}\n\nĐoạn cuối bài."));
        let a = util::article(&doc);
        let b = &a.body[0];
        assert_eq!(b.kind, BlockKind::Caption, "{par}");
        assert_eq!(b.text, text, "{par}");
        assert_eq!(b.credits[0].text, credit, "{par}");
        assert_eq!(b.credits[0].names, names, "{par}");
        assert_eq!(util::article(&a.to_string()), a, "{par}");
    }
}

#[test]
fn not_captions() {
    for par in [
        "Ảnh minh họa cho thấy người dân xếp hàng chờ mua vé.",
        "Ảnh: người dân đổ ra đường xem pháo hoa rất đông vui và hào hứng",
    ] {
        let doc = doc("TTO - Nội dung.", &format!("{par}\n\nĐoạn cuối bài."));
        let a = util::article(&doc);
        assert_eq!(a.body[0].kind, BlockKind::Paragraph, "{par}");
        assert_eq!(a.body[0].text, par);
    }
    // A picture's number is no name: a caption without a credit.
    let par = "Đường chạy của người phụ nữ cụt chân - Ảnh 1.";
    let text = doc("TTO - Nội dung.", &format!("{par}\n\nĐoạn cuối bài."));
    let a = util::article(&text);
    assert_eq!(a.body[0].kind, BlockKind::Caption);
    assert_eq!(a.body[0].text, par);
    assert!(a.body[0].credits.is_empty());
}

/// Illustration, filming and film editing are roles (`Minh họa:` graphics,
/// `Dựng phim:`, `Quay:`, `Dựng:` video), `Nguồn tin:` names a source; role words alone (`Ảnh minh
/// họa`) are no credit.
#[test]
fn illustration_film_editing_and_news_sources() {
    assert_eq!(
        end_credits("Minh họa: Hải Nam - Dựng phim: Văn Nam"),
        [
            credit(Role::Graphics, &["Hải Nam"]),
            credit(Role::Video, &["Văn Nam"]),
        ]
    );
    assert_eq!(
        end_credits("Nguồn tin: Bộ Y tế"),
        [credit(Role::Source, &["Bộ Y tế"])]
    );
    // `Quay:`, `Dựng:` alone: filming and editing; a sentence opened by
    // those words is none.
    assert_eq!(
        end_credits("Quay: Minh Anh - Dựng: Lê Hà"),
        [
            credit(Role::Video, &["Minh Anh"]),
            credit(Role::Video, &["Lê Hà"]),
        ]
    );
    assert_eq!(
        end_credits("Dựng lại hiện trường, cơ quan điều tra xác định nghi phạm."),
        []
    );
    // A source named by what was done (`Nguồn: Tổng hợp`) is that role,
    // by no one named; a name after `Nguồn:` stays a source.
    for line in ["Nguồn: Tổng hợp", "(Nguồn: tổng hợp)", "Theo: Tổng hợp"] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Compilation, &[])],
            "{line}"
        );
    }
    assert_eq!(
        end_credits("Minh Anh (Nguồn: Tổng hợp)"),
        [credit(Role::Compilation, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("Nguồn: Internet"),
        [credit(Role::Source, &["Internet"])]
    );
    assert_eq!(end_credits("Ảnh minh họa"), []);
    assert_eq!(
        vn_article::Credit::parse_line("Ảnh minh họa").unwrap_err().to_string(),
        "invalid credit: expected roles and names such as Tin, ảnh: KIM XUÂN, a source such as Theo TTXVN, or a byline at line 1, column 1"
    );
}

/// `ghi` after the names (`THANH HÀ ghi`, `Lê Hà (ghi)`: who wrote an
/// interview down) is the article's credit; `Ảnh trong bài:` a photo
/// credit; a desk may be the names after roles (`Thực hiện: Nhóm phóng
/// viên`); `Ghi chú:` is no credit; `Ekip thực hiện` is a team's roles.
#[test]
fn written_down_photos_in_the_article_and_desks_after_roles() {
    assert_eq!(
        end_credits("THANH HÀ ghi"),
        [credit(Role::Article, &["THANH HÀ"])]
    );
    assert_eq!(
        end_credits("Lê Hà (ghi)"),
        [credit(Role::Article, &["Lê Hà"])]
    );
    assert_eq!(
        end_credits("Lê Hà (lược ghi)"),
        [credit(Role::Article, &["Lê Hà"])]
    );
    assert_eq!(
        end_credits("Ảnh trong bài: Minh Anh"),
        [credit(Role::Photo, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("Thực hiện: Nhóm phóng viên"),
        [credit(Role::Production, &["Nhóm phóng viên"])]
    );
    assert_eq!(end_credits("Ghi chú: bài viết có sửa chữa"), []);
    // A team's heading over its roles names no one.
    assert_eq!(
        end_credits("Ekip thực hiện\nNội dung: Minh Anh\nẢnh: Hoàng Lan"),
        [
            credit(Role::Production, &[]),
            credit(Role::Article, &["Minh Anh"]),
            credit(Role::Photo, &["Hoàng Lan"])
        ]
    );
    assert_eq!(
        end_credits("Êkíp thực hiện: Minh Anh, Hoàng Lan"),
        [credit(Role::Production, &["Minh Anh", "Hoàng Lan"])]
    );
}

/// A wire's code after the place the story was filed from (`Hà Nội
/// (TTXVN) -`) is the lead's source marker, the place with it; the
/// article renders and reads back the same.
#[test]
fn a_wire_marker_after_its_place() {
    let text = "14/03/2024 10:05\nThủ tướng làm việc với tỉnh Bình Định\nBình Định (TTXVN) - Sáng 14/3, Thủ tướng làm việc với tỉnh.\nĐoạn thân bài.\n";
    let a = util::article(text);
    let source = a.source.as_ref().unwrap();
    assert_eq!(source.text.as_str(), "Bình Định (TTXVN) -");
    assert_eq!(&*source.code, "TTXVN");
    assert_eq!(source.outlet.map(|o| o.name), Some("Thông tấn xã Việt Nam"));
    assert_eq!(
        a.lead.as_deref(),
        Some("Sáng 14/3, Thủ tướng làm việc với tỉnh.")
    );
    assert!(util::article(&a.to_string()) == a);
    let m: vn_article::SourceMarker = "Bình Định (TTXVN) -".parse().unwrap();
    assert_eq!(&*m.code, "TTXVN");
}

/// A name and the channel or bureau of a registered outlet after a slash
/// (`VOV1`, `VTV24`, `VOV-Tây Bắc`): an author and a source, as after
/// `VOV.VN`; the line was no credit, or one credit of both names. So for
/// an outlet's printed name (`Tuổi Trẻ`, `VOV Giao thông`) or a bureau
/// named after a region (`VOV Tây Bắc`) after a spaced dash: before, no
/// credit (`VOV Giao thông`) or a second author (`Tuổi Trẻ`, `VOV Tây
/// Bắc`). A province after the dash is the writer's place, no source.
#[test]
fn a_name_and_an_outlets_channel_or_bureau() {
    for (end, source) in [
        ("Thanh Hà/VOV1", "VOV1"),
        ("Thanh Hà/VTV24", "VTV24"),
        ("Thanh Hà/VOV-Tây Bắc", "VOV-Tây Bắc"),
        ("Thanh Hà - Tuổi Trẻ", "Tuổi Trẻ"),
        ("Thanh Hà - VOV Giao thông", "VOV Giao thông"),
        ("Thanh Hà - VOV Tây Bắc", "VOV Tây Bắc"),
        ("Thanh Hà/VOV Tây Nguyên", "VOV Tây Nguyên"),
        ("Thanh Hà - Dân trí", "Dân trí"),
    ] {
        assert_eq!(
            end_credits(end),
            [
                credit(Role::Author, &["Thanh Hà"]),
                credit(Role::Source, &[source])
            ],
            "{end}"
        );
    }
    assert_eq!(
        end_credits("Thanh Hà, Lê Minh - Tiền Phong"),
        [
            credit(Role::Author, &["Thanh Hà", "Lê Minh"]),
            credit(Role::Source, &["Tiền Phong"])
        ]
    );
    assert_eq!(
        end_credits("Thanh Hà - Bình Dương"),
        [credit(Role::Author, &["Thanh Hà"])]
    );
    // An unknown code with a number is no outlet.
    assert_eq!(
        end_credits("Thanh Hà/ABC1"),
        Vec::<(Vec<Role>, Vec<String>)>::new()
    );
}

/// A byline in capitals or cased as names after the last sentence of the
/// last paragraph (`... năm 2026. MINH ANH`, `... năm 2026. Minh Anh`): a
/// credit, cut from the paragraph; words in small letters, widgets,
/// places, slogans, or a byline of its own under it, none.
#[test]
fn a_byline_closing_the_last_paragraph() {
    let last = |a: &vn_article::Article<'_>| a.body.last().map(|b| b.text.to_string());
    for (end, names, text) in [
        (
            "Cây cầu hoàn thành năm 2026. MINH ANH",
            &["MINH ANH"][..],
            "Cây cầu hoàn thành năm 2026.",
        ),
        (
            "Cây cầu hoàn thành năm 2026./. MINH ANH - LÊ HÀ",
            &["MINH ANH", "LÊ HÀ"],
            "Cây cầu hoàn thành năm 2026./.",
        ),
        // Cased as names, after a space or glued to the period.
        (
            "Cây cầu hoàn thành năm 2026. Minh Anh",
            &["Minh Anh"],
            "Cây cầu hoàn thành năm 2026.",
        ),
        (
            "Cây cầu hoàn thành năm 2026.Nguyễn Minh Anh",
            &["Nguyễn Minh Anh"],
            "Cây cầu hoàn thành năm 2026.",
        ),
    ] {
        let page = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&page);
        assert_eq!(end_credits(end), [credit(Role::Author, names)], "{end}");
        assert_eq!(last(&a).as_deref(), Some(text), "{end}");
        assert_eq!(
            a.credits[0].text.as_str(),
            end.split_at(text.len()).1.trim()
        );
    }
    for end in [
        "Cây cầu hoàn thành năm 2026. Minh anh",
        "Cây cầu hoàn thành năm 2026. Tin Liên Quan",
        "Cây cầu hoàn thành năm 2026. Hà Nội",
        "Cây cầu hoàn thành năm 2026. HÀ NỘI",
        "Đội tuyển đã giành chiến thắng. VIỆT NAM VÔ ĐỊCH",
        "Theo số liệu của WHO. UNICEF",
    ] {
        assert_eq!(end_credits(end), [], "{end}");
    }
    assert_eq!(
        end_credits("Cây cầu hoàn thành năm 2026. MINH ANH\n\nLê Hà"),
        [credit(Role::Author, &["Lê Hà"])]
    );
}

/// Names read with their white space plain (a non-breaking space is a
/// space, a zero-width one is dropped); the credit's text keeps them.
#[test]
fn names_with_their_white_space_plain() {
    assert_eq!(
        end_credits("Tin,\u{a0}ảnh:\u{a0}Minh\u{a0}Anh"),
        [(vec![Role::News, Role::Photo], vec!["Minh Anh".to_string()])]
    );
    let text = doc("TTO - Nội dung.", "Đoạn thân bài.\n\nMinh\u{200b} Anh");
    let a = util::article(&text);
    assert_eq!(a.credits[0].names, ["Minh Anh"]);
    assert_eq!(a.credits[0].text, "Minh\u{200b} Anh");
    let c = vn_article::Credit::parse_line("Ảnh: Lê\u{a0}Hà").unwrap();
    assert_eq!(c[0].names, ["Lê Hà"]);
    assert_eq!(c[0].text, "Ảnh: Lê\u{a0}Hà");
    // A run of spaces or a tab between a name's words is one space.
    let c = vn_article::Credit::parse_line("Ảnh: Lê  Hà, Minh\t Anh").unwrap();
    assert_eq!(c[0].names, ["Lê Hà", "Minh Anh"]);
    assert_eq!(c[0].text, "Ảnh: Lê  Hà, Minh\t Anh");
    // A non-breaking space beside the dash before an outlet named with its
    // kind (`&nbsp;-`, `-&nbsp;`): the author and the source, as with plain
    // spaces.
    for line in [
        "Ngọc Anh\u{a0}- Báo Tin tức",
        "Ngọc Anh -\u{a0}Báo Tin tức",
        "Ngọc Anh\u{a0}-\u{a0}Báo Tin tức",
    ] {
        assert_eq!(
            end_credits(line),
            [
                credit(Role::Author, &["Ngọc Anh"]),
                credit(Role::Source, &["Báo Tin tức"])
            ],
            "{line:?}"
        );
    }
    // Printed in the header and at the end, once with two spaces, a
    // byline is one credit; the other printing is kept in `footer`.
    let text = "Thời sự\nMở rộng tuyến xe buýt điện\nHoàng Lan\n12/02/2026 09:41\n\
                Sáng 12/2, Sở Giao thông công bố kế hoạch mở rộng tuyến xe buýt điện.\n\
                Theo kế hoạch, các tuyến mới sẽ hoạt động từ tháng 3.\nHoàng  Lan\n";
    let a = util::article(text);
    assert_eq!(a.credits.len(), 1, "{:?}", a.credits);
    assert_eq!(a.credits[0].names, ["Hoàng Lan"]);
    assert_eq!(a.credits[0].text, "Hoàng Lan");
    let footer: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
    assert_eq!(footer, ["Hoàng  Lan"]);
    assert_eq!(a.rebuild(), text);
}

/// The credits of a long form, one role a line, past six lines: all read;
/// bylines without a role stop at six.
#[test]
fn the_credit_roll_of_a_long_form() {
    let roll = "Chỉ đạo thực hiện: Minh Anh\n\nNội dung: Lê Hà\n\nẢnh: Quang Huy\n\n\
                Video: Hoàng Nam\n\nĐồ họa: Thu Trang\n\nThiết kế: Văn Hải\n\n\
                Kỹ thuật: Ngọc Mai\n\nBiên tập: Hà Linh";
    assert_eq!(
        end_credits(roll),
        [
            credit(Role::Production, &["Minh Anh"]),
            credit(Role::Article, &["Lê Hà"]),
            credit(Role::Photo, &["Quang Huy"]),
            credit(Role::Video, &["Hoàng Nam"]),
            credit(Role::Graphics, &["Thu Trang"]),
            credit(Role::Design, &["Văn Hải"]),
            credit(Role::Production, &["Ngọc Mai"]),
            credit(Role::Editing, &["Hà Linh"]),
        ]
    );
    let names = [
        "Minh Anh",
        "Lê Hà",
        "Quang Huy",
        "Hoàng Nam",
        "Thu Trang",
        "Văn Hải",
        "Ngọc Mai",
    ];
    let bylines = names.join("\n\n");
    let last_six: Vec<_> = names[1..]
        .iter()
        .map(|n| credit(Role::Author, &[n]))
        .collect();
    assert_eq!(end_credits(&bylines), last_six);
}

/// A place written from or the writer's post in brackets after the names
/// of a role (`Bài và ảnh: Minh Anh (Quảng Ninh)`, `Ảnh: Lê Hà (CTV)`) or
/// of a bare byline, with `từ` or `gửi từ` too (`Minh Anh (từ Paris)`,
/// `Minh Anh (gửi từ Paris)`), or before the names, opened by `Từ` and
/// closed by a comma (`Từ Paris, Minh Anh`): the names' credit, its text
/// the whole line; an agency there stays a source. `Từ` before a name that
/// is no known place is a family name (`Từ Minh, Lê Hà` names two people).
#[test]
fn places_and_posts_around_a_roles_names() {
    let article_photo = || vec![Role::Article, Role::Photo];
    for (end, roles, names) in [
        (
            "Bài và ảnh: Minh Anh (Quảng Ninh)",
            article_photo(),
            &["Minh Anh"][..],
        ),
        (
            "Bài và ảnh: Minh Anh (từ Paris)",
            article_photo(),
            &["Minh Anh"],
        ),
        ("Ảnh: Lê Hà (CTV)", vec![Role::Photo], &["Lê Hà"]),
        (
            "Minh Anh (từ Washington)",
            vec![Role::Author],
            &["Minh Anh"],
        ),
        ("Minh Anh (gửi từ Paris)", vec![Role::Author], &["Minh Anh"]),
        ("Từ Paris, Minh Anh", vec![Role::Author], &["Minh Anh"]),
        ("Từ Hà Nội, HOÀNG LAN", vec![Role::Author], &["HOÀNG LAN"]),
        (
            "Từ Tokyo, Minh Anh - Lê Hà",
            vec![Role::Author],
            &["Minh Anh", "Lê Hà"],
        ),
        ("Từ Minh, Lê Hà", vec![Role::Author], &["Từ Minh", "Lê Hà"]),
    ] {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&text);
        assert_eq!(a.credits.len(), 1, "{end}");
        assert_eq!(a.credits[0].roles, roles, "{end}");
        assert_eq!(a.credits[0].names, names, "{end}");
        assert_eq!(a.credits[0].text, end, "{end}");
        assert_eq!(a.rebuild(), text);
    }
    assert_eq!(
        end_credits("Tin: Minh Anh (TTXVN)"),
        [
            credit(Role::News, &["Minh Anh"]),
            credit(Role::Source, &["TTXVN"]),
        ]
    );
    // A source after the names stays a credit of its own.
    assert_eq!(
        end_credits("Từ Tokyo, Minh Anh (theo Kyodo)"),
        [
            credit(Role::Author, &["Minh Anh"]),
            credit(Role::Source, &["Kyodo"]),
        ]
    );
    // A year after `từ` is no place; `gửi` needs `từ` after it.
    assert_eq!(end_credits("Bài: Minh Anh (từ 2020)"), []);
    assert_eq!(end_credits("Bài: Minh Anh (gửi Paris)"), []);
}

/// A follow button glued after a byline (`Minh Anh Theo dõi`, `Minh Anh -
/// Theo dõi`) at the end or in the header: the names' credit, its text the
/// whole line; a sentence closed by `theo dõi` stays a paragraph, and a
/// long follow widget is closing furniture.
#[test]
fn a_follow_button_after_a_byline() {
    for (end, name) in [
        ("Minh Anh Theo dõi", "Minh Anh"),
        ("Minh Anh - Theo dõi", "Minh Anh"),
        ("MINH ANH THEO DÕI", "MINH ANH"),
        // Glued, as a page's two tags read with nothing between.
        ("Minh AnhTheo dõi", "Minh Anh"),
    ] {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&text);
        assert_eq!(a.credits.len(), 1, "{end}");
        assert_eq!(a.credits[0].roles, [Role::Author], "{end}");
        assert_eq!(a.credits[0].names, [name], "{end}");
        assert_eq!(a.credits[0].text, end, "{end}");
        assert_eq!(a.rebuild(), text);
    }
    let page = "Kinh tế\nGiá vàng tăng mạnh phiên đầu tuần\nLê Hà Theo dõi\n\
                Thứ Ba, 02/12/2025 10:15\n(NLĐO) - Giá vàng tăng.\nĐoạn thân bài.\n\
                Theo dõi tin tức mới nhất trên Google News\n";
    let a = util::article(page);
    assert_eq!(a.credits.len(), 1);
    assert_eq!(a.credits[0].names, ["Lê Hà"]);
    assert_eq!(a.credits[0].text, "Lê Hà Theo dõi");
    assert_eq!(a.header, Vec::<&str>::new());
    assert_eq!(a.footer, ["Theo dõi tin tức mới nhất trên Google News"]);
    assert_eq!(a.rebuild(), page);
    assert_eq!(end_credits("Cơ quan chức năng đang theo dõi"), []);
    assert_eq!(end_credits("Cơ quan chức năng đangtheo dõi"), []);
}

/// Two credits of one line parted by an asterisk or a bullet, as by a
/// semicolon: each its own credit, the mark in neither's text.
#[test]
fn credits_of_one_line_parted_by_an_asterisk_or_a_bullet() {
    for line in [
        "Bài: Lê Hà * Ảnh: Minh An",
        "Bài: Lê Hà • Ảnh: Minh An",
        "Bài: Lê Hà · Ảnh: Minh An",
        "Bài: Lê Hà; Ảnh: Minh An",
    ] {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{line}"));
        let a = util::article(&text);
        let got: Vec<_> = a
            .credits
            .iter()
            .map(|c| {
                (
                    c.text.to_string(),
                    c.roles.clone(),
                    c.names.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Bài: Lê Hà".to_string(),
                    vec![Role::Article],
                    vec!["Lê Hà".to_string()]
                ),
                (
                    "Ảnh: Minh An".to_string(),
                    vec![Role::Photo],
                    vec!["Minh An".to_string()]
                ),
            ],
            "{line}"
        );
    }
    assert_eq!(
        end_credits("Lê Hà * Ảnh: Minh An"),
        [
            credit(Role::Author, &["Lê Hà"]),
            credit(Role::Photo, &["Minh An"])
        ]
    );
}

/// A byline or a source with another role's credit in brackets after it
/// (`Lê Hà (ảnh: Minh An)`, `Theo TTXVN (video: Lê Hà)`): both credits,
/// at the end of an article and through `Credit::parse_line`. After a
/// form of address the line is a portrait's caption.
#[test]
fn a_byline_with_another_roles_credit_in_brackets() {
    assert_eq!(
        end_credits("Lê Hà (ảnh: Minh An)"),
        [
            credit(Role::Author, &["Lê Hà"]),
            credit(Role::Photo, &["Minh An"])
        ]
    );
    assert_eq!(
        end_credits("Theo TTXVN (video: Lê Hà)"),
        [
            credit(Role::Source, &["TTXVN"]),
            credit(Role::Video, &["Lê Hà"])
        ]
    );
    let parsed = vn_article::Credit::parse_line("Minh Anh (Ảnh: Lê Hà/TTXVN)").unwrap();
    let got: Vec<_> = parsed
        .iter()
        .map(|c| (c.text.to_string(), c.roles.clone(), c.names.len()))
        .collect();
    assert_eq!(
        got,
        [
            ("Minh Anh".to_string(), vec![Role::Author], 1),
            ("(Ảnh: Lê Hà/TTXVN)".to_string(), vec![Role::Photo], 2),
        ]
    );
    // A portrait's caption: no credit of the article.
    let text = doc(
        "TTO - Nội dung.",
        "Đoạn thân bài.\n\nÔng Nguyễn Văn An (Ảnh: TTXVN)",
    );
    let a = util::article(&text);
    assert!(a.credits.is_empty());
    let last = a.body.last().unwrap();
    assert_eq!(
        (last.kind, last.text.as_ref()),
        (BlockKind::Caption, "Ông Nguyễn Văn An")
    );
    assert_eq!(last.credits[0].names, ["TTXVN"]);
}

/// A role's label alone on its line over the names it credits (`Tin,
/// ảnh:` over `KIM XUÂN`, `Nguồn:` over a link), as a scraper parts an
/// inline name from its label: the names take the label's roles, the
/// label is a credit of no names; a line that is no credit alone is read
/// with the label over it (`Theo` / `Báo Tin tức`); a label over a byline
/// with its agency stays where it was.
#[test]
fn a_roles_label_over_the_names_it_credits() {
    use Role::{Author, News, Photo, Production, Source};
    /// The lines closing the body, the credits read (text, roles, names),
    /// and the footer.
    type Case<'c> = (
        &'c str,
        &'c [(&'c str, &'c [Role], &'c [&'c str])],
        &'c [&'c str],
    );
    let cases: &[Case<'_>] = &[
        (
            "Tin, ảnh:\nKIM XUÂN",
            &[
                ("Tin, ảnh:", &[News, Photo], &[]),
                ("KIM XUÂN", &[News, Photo], &["KIM XUÂN"]),
            ],
            &[],
        ),
        (
            "Minh Anh\nNguồn:\nhttps://vtc.vn/bai-viet.html\nChia sẻ",
            &[
                ("Minh Anh", &[Author], &["Minh Anh"]),
                ("Nguồn:", &[Source], &[]),
                (
                    "https://vtc.vn/bai-viet.html",
                    &[Source],
                    &["https://vtc.vn/bai-viet.html"],
                ),
            ],
            &["Chia sẻ"],
        ),
        (
            "Theo\nMinh Anh",
            &[
                ("Theo", &[Source], &[]),
                ("Minh Anh", &[Source], &["Minh Anh"]),
            ],
            &[],
        ),
        // Every bare name under the label, up to the first line that
        // holds more.
        (
            "Thực hiện:\nMinh Anh\nLê Hà",
            &[
                ("Thực hiện:", &[Production], &[]),
                ("Minh Anh", &[Production], &["Minh Anh"]),
                ("Lê Hà", &[Production], &["Lê Hà"]),
            ],
            &[],
        ),
        // A line that is no credit alone, read with the label over it.
        (
            "Theo\nBáo Tin tức\nChia sẻ",
            &[
                ("Theo", &[Source], &[]),
                ("Báo Tin tức", &[Source], &["Báo Tin tức"]),
            ],
            &["Chia sẻ"],
        ),
        (
            "Tác giả:\nMinh Anh (Hà Nội)",
            &[
                ("Tác giả:", &[Author], &[]),
                ("Minh Anh (Hà Nội)", &[Author], &["Minh Anh"]),
            ],
            &[],
        ),
        // A list under the label, its items after a bullet or a dash: a
        // credit each, with the byline over the label read too.
        (
            "MINH ANH\nNguồn:\n- WHO\n- CDC",
            &[
                ("MINH ANH", &[Author], &["MINH ANH"]),
                ("Nguồn:", &[Source], &[]),
                ("WHO", &[Source], &["WHO"]),
                ("CDC", &[Source], &["CDC"]),
            ],
            &[],
        ),
        // Items that are no credit alone, read with the label.
        (
            "MINH ANH\nNguồn:\n- Sở Y tế\n- Bộ Y tế",
            &[
                ("MINH ANH", &[Author], &["MINH ANH"]),
                ("Nguồn:", &[Source], &[]),
                ("Sở Y tế", &[Source], &["Sở Y tế"]),
                ("Bộ Y tế", &[Source], &["Bộ Y tế"]),
            ],
            &[],
        ),
        (
            "MINH ANH\nTheo:\n• Reuters\n• AFP",
            &[
                ("MINH ANH", &[Author], &["MINH ANH"]),
                ("Theo:", &[Source], &[]),
                ("Reuters", &[Source], &["Reuters"]),
                ("AFP", &[Source], &["AFP"]),
            ],
            &[],
        ),
        (
            "Nguồn tham khảo:\n- https://www.who.int/news\n- https://cdc.gov\nChia sẻ",
            &[
                ("Nguồn tham khảo:", &[Source], &[]),
                (
                    "https://www.who.int/news",
                    &[Source],
                    &["https://www.who.int/news"],
                ),
                ("https://cdc.gov", &[Source], &["https://cdc.gov"]),
            ],
            &["Chia sẻ"],
        ),
        // Over a byline with its agency, the label is no credit's: it
        // stays the body's last paragraph (below).
        (
            "Theo\nMinh Anh (TTXVN)",
            &[
                ("Minh Anh", &[Author], &["Minh Anh"]),
                ("(TTXVN)", &[Source], &["TTXVN"]),
            ],
            &[],
        ),
    ];
    for &(end, expected, footer) in cases {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&text);
        let found = util::credit_parts(&a);
        let expected: Vec<(&str, &[Role], Vec<&str>)> = expected
            .iter()
            .map(|&(t, r, n)| (t, r, n.to_vec()))
            .collect();
        assert_eq!(found, expected, "{end}");
        let footer_found: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
        assert_eq!(footer_found, footer, "{end}");
        assert_eq!(a.rebuild(), text, "{end}");
    }
    let text = doc(
        "TTO - Nội dung.",
        "Đoạn thân bài.\n\nTheo\nMinh Anh (TTXVN)",
    );
    let a = util::article(&text);
    assert_eq!(a.body.last().map(|b| b.text.as_str()), Some("Theo"));
    // Names listed under a line that labels no role are the body's list's
    // items, not bylines: only the byline under them is read.
    let text = doc(
        "TTO - Nội dung.",
        "Đoạn thân bài.\n\nCác thành viên gồm:\n- Nguyễn Văn An\n- Trần Thị Bình\nMINH ANH",
    );
    let a = util::article(&text);
    assert_eq!(
        util::credit_parts(&a),
        [("MINH ANH", &[Author][..], vec!["MINH ANH"])]
    );
    let tail: Vec<&str> = a
        .body
        .iter()
        .rev()
        .take(3)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(
        tail,
        ["- Trần Thị Bình", "- Nguyễn Văn An", "Các thành viên gồm:"]
    );
    // A list of references under the byline, its entries numbered: the
    // page's footer, the byline read over it; a numbered list in the body
    // under a heading that is none stays text.
    for (heading, entries) in [
        (
            "Tài liệu tham khảo:",
            [
                "1. WHO (2023). Báo cáo sức khỏe toàn cầu.",
                "2. Bộ Y tế (2024). Hướng dẫn.",
            ],
        ),
        ("Tham khảo", ["[1] Healthline (2023)", "[2] Mayo Clinic"]),
    ] {
        let end = format!("MINH ANH\n{heading}\n{}\n{}", entries[0], entries[1]);
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&text);
        assert_eq!(
            util::credit_parts(&a),
            [("MINH ANH", &[Author][..], vec!["MINH ANH"])],
            "{heading}"
        );
        let footer: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
        assert_eq!(footer, [heading, entries[0], entries[1]], "{heading}");
        assert_eq!(a.rebuild(), text, "{heading}");
    }
    let text = doc(
        "TTO - Nội dung.",
        "Đoạn thân bài.\n\nMINH ANH\nCác bước thực hiện:\n1. Rửa tay.\n2. Đeo khẩu trang.",
    );
    let a = util::article(&text);
    assert!(a.footer.is_empty());
    assert_eq!(
        a.body.last().map(|b| b.text.as_str()),
        Some("2. Đeo khẩu trang.")
    );
}

/// A page's widget or a source glued to the byline at the end (`KIM
/// XUÂNChia sẻ bài viết`, `Minh AnhTheo VnExpress`), as a page's spans are
/// read with nothing between them: the byline's credit, the widget in the
/// footer, the source a credit of its own. A capital or two alone before
/// the widget (`ẠChia sẻ`, `PMThích`) is no byline.
#[test]
fn a_widget_or_a_source_glued_to_the_byline() {
    for (end, credit_text, name, widget) in [
        (
            "Tin, ảnh: KIM XUÂNChia sẻ bài viết",
            "Tin, ảnh: KIM XUÂN",
            "KIM XUÂN",
            "Chia sẻ bài viết",
        ),
        ("Minh AnhChia sẻ", "Minh Anh", "Minh Anh", "Chia sẻ"),
        (
            "MINH ANHTheo dõi Báo trên Google News",
            "MINH ANH",
            "MINH ANH",
            "Theo dõi Báo trên Google News",
        ),
    ] {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&text);
        assert_eq!(a.credits.len(), 1, "{end}");
        assert_eq!(a.credits[0].names, [name], "{end}");
        assert_eq!(a.credits[0].text, credit_text, "{end}");
        assert_eq!(a.footer, [widget], "{end}");
        assert_eq!(a.rebuild(), text);
    }
    assert_eq!(
        end_credits("Minh AnhTheo VnExpress"),
        [
            credit(Role::Author, &["Minh Anh"]),
            credit(Role::Source, &["VnExpress"]),
        ]
    );
    for end in ["ẠChia sẻ", "Phố mở cửa đến 10 giờ tối, 9 PMThích 0 Chia sẻ"] {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&text);
        assert_eq!(a.credits, [], "{end}");
        assert_eq!(a.rebuild(), text);
    }
}

/// An agency's reporters abroad, unnamed (`PV TTXVN tại Paris`,
/// `Phóng viên thường trú TTXVN tại Tokyo`, after `Theo` or not): the
/// agency is the source, its bureau's city in the credit's text.
#[test]
fn an_agencys_reporters_abroad() {
    for end in [
        "PV TTXVN tại Paris",
        "Phóng viên TTXVN tại Washington",
        "Phóng viên thường trú TTXVN tại Tokyo",
        "Nhóm PV TTXVN tại Bangkok",
        "Theo PV TTXVN tại Paris",
    ] {
        let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&text);
        assert_eq!(a.credits.len(), 1, "{end}");
        assert_eq!(a.credits[0].roles, [Role::Source], "{end}");
        assert_eq!(a.credits[0].names, ["TTXVN"], "{end}");
        assert_eq!(a.credits[0].text, end, "{end}");
        assert_eq!(a.rebuild(), text);
    }
    // No outlet before `tại`: a sentence.
    assert_eq!(end_credits("Phóng viên có mặt tại Paris"), []);
}

/// Two roles or more, then the names after a space, no colon (`Tin và
/// ảnh Lê Hà`, `Bài, ảnh LÊ HÀ`): the names have the roles. One role word
/// before capitalized words is no such credit (`Ảnh Hồ Gươm` may be a
/// caption's words).
#[test]
fn roles_then_names_without_a_colon() {
    assert_eq!(
        end_credits("Tin và ảnh Lê Hà"),
        [(vec![Role::News, Role::Photo], vec!["Lê Hà".to_string()])]
    );
    assert_eq!(
        end_credits("Bài, ảnh LÊ HÀ - MINH ANH"),
        [(
            vec![Role::Article, Role::Photo],
            vec!["LÊ HÀ".to_string(), "MINH ANH".to_string()]
        )]
    );
    assert_eq!(end_credits("Tin và ảnh Hà Nội xưa được trưng bày"), []);
}

/// `Theo` and registered outlets after the last sentence of the last
/// paragraph, no bracket (`... giữ nguyên. Theo VnExpress`, glued to the
/// period or not): the source, cut from the paragraph. Other words after
/// `Theo` there stay the paragraph's.
#[test]
fn a_source_closing_the_last_paragraph() {
    for (end, names) in [
        ("Giá vé giữ nguyên. Theo VnExpress", &["VnExpress"][..]),
        ("Giá vé giữ nguyên.Theo TTXVN", &["TTXVN"]),
    ] {
        let page = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&page);
        assert_eq!(end_credits(end), [credit(Role::Source, names)], "{end}");
        assert_eq!(
            a.body.last().map(|b| b.text.as_str()),
            Some("Giá vé giữ nguyên.")
        );
        assert_eq!(a.rebuild(), page);
    }
    assert_eq!(end_credits("Giá vé giữ nguyên. Theo ông Minh"), []);
}

/// `a`'s credits are `credits` (text, roles, names), the first one's span
/// where its text stands in `page`.
fn assert_credits_with_spans(
    page: &str,
    a: &vn_article::Article<'_>,
    credits: &[(&str, Vec<Role>, Vec<&str>)],
    what: &str,
) {
    let read: Vec<_> = util::credit_parts(a)
        .into_iter()
        .map(|(text, roles, names)| (text, roles.to_vec(), names))
        .collect();
    assert_eq!(read, credits, "{what}");
    let start = page.find(credits[0].0).unwrap();
    assert_eq!(
        a.credits[0].text.span.range(),
        start..start + credits[0].0.len()
    );
}

/// Credits opened by their roles after the last sentence of the last
/// paragraph, after a space or glued to its period (`... năm 2023. Tin,
/// ảnh: KIM XUÂN`, `... ngày 31-12.Bài và ảnh: Lê Hà`), as a scraper joins
/// the byline's paragraph to the one above: cut from the paragraph, the
/// sentence end kept; the credit's text from its first role. A photo's
/// credit there closes a caption, and words with a colon that open no
/// credit stay the paragraph's.
#[test]
fn credits_opened_by_roles_closing_the_last_paragraph() {
    for (end, text, credits) in [
        (
            "Giá vé giữ nguyên đến ngày 31-12. Tin, ảnh: KIM XUÂN",
            "Giá vé giữ nguyên đến ngày 31-12.",
            vec![(
                "Tin, ảnh: KIM XUÂN",
                vec![Role::News, Role::Photo],
                vec!["KIM XUÂN"],
            )],
        ),
        (
            "Giá vé giữ nguyên đến ngày 31-12.Bài và ảnh: Lê Hà",
            "Giá vé giữ nguyên đến ngày 31-12.",
            vec![(
                "Bài và ảnh: Lê Hà",
                vec![Role::Article, Role::Photo],
                vec!["Lê Hà"],
            )],
        ),
        // Names with periods after the label; a quote closing the sentence.
        (
            "Ông nói: \"Giá vé giữ nguyên.\"Tin: T.HÙNG, K.L.M",
            "Ông nói: \"Giá vé giữ nguyên.\"",
            vec![(
                "Tin: T.HÙNG, K.L.M",
                vec![Role::News],
                vec!["T.HÙNG", "K.L.M"],
            )],
        ),
    ] {
        let page = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&page);
        assert_eq!(a.body.last().map(|b| b.text.as_str()), Some(text), "{end}");
        assert_credits_with_spans(&page, &a, &credits, end);
        assert_eq!(a.rebuild(), page);
    }
    // A photo's credit: a caption's.
    let end = "Đoàn khách đầu tiên đến sân bay Đà Nẵng. Ảnh: Lê Hà (TTXVN)";
    let page = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
    let a = util::article(&page);
    assert!(a.credits.is_empty(), "{:?}", a.credits);
    let last = a.body.last().unwrap();
    assert_eq!(last.kind, BlockKind::Caption);
    assert_eq!(last.credits[0].names, ["Lê Hà", "TTXVN"]);
    // A colon in the sentence: the paragraph's.
    for end in [
        "Giá vé giữ nguyên. Lưu ý: Hồ sơ nộp trước ngày 5-12",
        "Ông cho biết: Giá vé giữ nguyên. Bài học rút ra là: Tin vào dân",
    ] {
        let page = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
        let a = util::article(&page);
        assert!(a.credits.is_empty(), "{end}: {:?}", a.credits);
        assert_eq!(a.body.last().map(|b| b.text.as_str()), Some(end));
    }
}

/// Credits closing the lead when nothing follows it: an article of one
/// paragraph, or a page flattened to one line under its title, the byline
/// joined to the lead (and the page's buttons joined after it). The
/// credits are cut from the lead, the buttons go to `footer`. Before, the
/// lead kept them and the article had no credit.
#[test]
fn credits_closing_a_lead_that_ends_the_article() {
    type Want<'w> = (
        &'w str,
        Vec<(&'w str, Vec<Role>, Vec<&'w str>)>,
        Vec<&'w str>,
    );
    let cases: Vec<(&str, Want<'_>)> =
        vec![
        (
            "(CT) - Ngày 2-4-2024, quận kết nạp 73 đảng viên. Tin, ảnh: KIM XUÂN Chia sẻ bài viết",
            (
                "Ngày 2-4-2024, quận kết nạp 73 đảng viên.",
                vec![("Tin, ảnh: KIM XUÂN", vec![Role::News, Role::Photo], vec!["KIM XUÂN"])],
                vec!["Chia sẻ bài viết"],
            ),
        ),
        // No marker: the lead as it stands; a byline in capitals.
        (
            "Ngày 2-4-2024, quận kết nạp 73 đảng viên mới trong quý I. MINH ANH",
            (
                "Ngày 2-4-2024, quận kết nạp 73 đảng viên mới trong quý I.",
                vec![("MINH ANH", vec![Role::Author], vec!["MINH ANH"])],
                vec![],
            ),
        ),
        // An initial's period is no sentence end.
        (
            "TTO - Họ có thể làm mọi điều họ muốn và nhiều hơn nữa. D.KIM THOA",
            (
                "Họ có thể làm mọi điều họ muốn và nhiều hơn nữa.",
                vec![("D.KIM THOA", vec![Role::Author], vec!["D.KIM THOA"])],
                vec![],
            ),
        ),
        // `Theo` and an outlet cased as names: the source, no author.
        (
            "TTO - Tên lửa có tầm bắn 300 km. Theo Forbes, Newsweek",
            (
                "Tên lửa có tầm bắn 300 km.",
                vec![("Theo Forbes, Newsweek", vec![Role::Source], vec!["Forbes", "Newsweek"])],
                vec![],
            ),
        ),
        // A byline and its bureau in brackets: the author and the source.
        (
            "TTO - Tượng Thần Tài năm nay bán chạy. Thu Hằng (TTXVN tại Washington)",
            (
                "Tượng Thần Tài năm nay bán chạy.",
                vec![
                    ("Thu Hằng", vec![Role::Author], vec!["Thu Hằng"]),
                    ("(TTXVN tại Washington)", vec![Role::Source], vec!["TTXVN"]),
                ],
                vec![],
            ),
        ),
    ];
    // The lead alone under the title and the dateline.
    let lone_lead = |lead: &str| format!("03/04/2024 - 07:35\n\nTiêu đề bài viết\n\n{lead}\n");
    for (lead, (text, credits, footer)) in cases {
        let page = lone_lead(lead);
        let a = util::article(&page);
        assert_eq!(a.lead.as_ref().map(|l| l.as_str()), Some(text), "{lead}");
        assert_credits_with_spans(&page, &a, &credits, lead);
        let buttons: Vec<&str> = a.footer.iter().map(|t| t.as_str()).collect();
        assert_eq!(buttons, footer, "{lead}");
        assert_eq!(a.rebuild(), page);
    }
    // Look-alikes: a sentence after `Theo`, a colon in the sentence, words
    // after the last sentence that name no one; a body under the lead.
    for lead in [
        "TTO - Giá vé giữ nguyên đến hết năm. Theo Bộ Y tế",
        "TTO - Giá vé giữ nguyên. Lưu ý: Hồ sơ nộp trước ngày 5-12",
        "TTO - Giá vé giữ nguyên. Chia sẻ bài viết",
    ] {
        let page = lone_lead(lead);
        let a = util::article(&page);
        assert!(a.credits.is_empty(), "{lead}: {:?}", a.credits);
        assert_eq!(
            a.lead.as_ref().map(|l| l.as_str()),
            lead.strip_prefix("TTO - ")
        );
    }
    let page = doc("TTO - Giá vé giữ nguyên. MINH ANH", "Đoạn thân bài.");
    let a = util::article(&page);
    assert!(a.credits.is_empty(), "{:?}", a.credits);
    assert_eq!(
        a.lead.as_ref().map(|l| l.as_str()),
        Some("Giá vé giữ nguyên. MINH ANH")
    );
}

/// A comment box's prompt under the byline (`Bạn đọc có thể gửi bình luận
/// tại đây`): the page's, the byline over it read.
#[test]
fn a_comment_prompt_under_the_byline() {
    let end = "Minh Anh - Hoàng Lan\n\nBạn đọc có thể gửi bình luận tại đây\n\nÝ kiến của bạn";
    let text = doc("TTO - Nội dung.", &format!("Đoạn thân bài.\n\n{end}"));
    let a = util::article(&text);
    assert_eq!(a.credits.len(), 1);
    assert_eq!(a.credits[0].names, ["Minh Anh", "Hoàng Lan"]);
    assert_eq!(
        a.footer,
        ["Bạn đọc có thể gửi bình luận tại đây", "Ý kiến của bạn"]
    );
    assert_eq!(a.rebuild(), text);
}

/// A link's call under the byline (`Nhấn vào đây để xem thêm`, `Bấm vào
/// đây ...`): the page's, the byline over it read.
#[test]
fn a_links_call_under_the_byline() {
    for call in ["Nhấn vào đây để xem thêm", "Bấm vào đây để đọc bài gốc"] {
        let text = doc(
            "TTO - Nội dung.",
            &format!("Đoạn thân bài.\n\nMinh Anh\n\n{call}"),
        );
        let a = util::article(&text);
        assert_eq!(a.credits.len(), 1, "{call}");
        assert_eq!(a.credits[0].names, ["Minh Anh"]);
        assert_eq!(a.footer, [call]);
        assert_eq!(a.rebuild(), text);
    }
}

/// An outlet's name with the page's clock after it (`Tuổi Trẻ - 2 giờ
/// trước`, as an aggregator prints where an article comes from): the
/// source, at the end and under the title (before: an author named after
/// the outlet); a name alone under the title stays the page's brand, a
/// writer's name with the clock stays the author.
#[test]
fn an_outlet_with_the_page_clock_is_the_source() {
    assert_eq!(
        end_credits("Tuổi Trẻ - 2 giờ trước"),
        [credit(Role::Source, &["Tuổi Trẻ"])]
    );
    assert_eq!(
        end_credits("Minh Anh - 2 giờ trước"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    let page = |line: &str| {
        format!(
            "Giá vàng hôm nay tăng mạnh phiên đầu tuần\n{line}\n\
             Sáng 5/12, giá vàng miếng trong nước tăng mạnh theo đà thế giới.\n\
             Theo ghi nhận, các doanh nghiệp đồng loạt điều chỉnh giá.\n"
        )
    };
    let text = page("VnExpress - 5 phút trước");
    let a = util::article(&text);
    assert_eq!(a.credits.len(), 1);
    assert_eq!(a.credits[0].roles, [Role::Source]);
    assert_eq!(a.credits[0].names, ["VnExpress"]);
    assert_eq!(a.credits[0].text, "VnExpress - 5 phút trước");
    assert!(a.header.is_empty());
    assert_eq!(a.rebuild(), text);
    let text = page("Báo Tuổi Trẻ");
    let a = util::article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(a.header, ["Báo Tuổi Trẻ"]);
}

/// The words of a translator: `Người dịch`, `Dịch giả`, `Chuyển ngữ`
/// before the name or after it; a sentence about a translator is text.
#[test]
fn translators_named_every_way() {
    for line in [
        "Người dịch: Hà Lê",
        "Dịch giả: Hà Lê",
        "Chuyển ngữ: Hà Lê",
        "Hà Lê (chuyển ngữ)",
    ] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Translation, &["Hà Lê"])],
            "{line}"
        );
    }
    assert_eq!(
        end_credits("Dịch giả Nguyễn Văn An cho biết sách sẽ ra mắt vào tháng sau."),
        []
    );
}

/// A name and its agency's bureau abroad without the reporter's word (`Lê
/// Hà (TTXVN tại Washington)`, `(VOV tại Bangkok)`, `(Thông tấn xã Việt
/// Nam tại Mỹ)`), or after a slash (`Lê Hà/PV TTXVN tại Mỹ`): the author
/// and the agency, the source, without its city. Before, the first two and
/// the slash were no credit and the third kept `tại Mỹ` in the source.
#[test]
fn a_name_and_its_agencys_bureau_abroad() {
    for (line, agency) in [
        ("Lê Hà (TTXVN tại Washington)", "TTXVN"),
        ("Lê Hà (VOV tại Bangkok)", "VOV"),
        (
            "Lê Hà (Thông tấn xã Việt Nam tại Mỹ)",
            "Thông tấn xã Việt Nam",
        ),
        ("Lê Hà/PV TTXVN tại Mỹ", "TTXVN"),
    ] {
        assert_eq!(
            end_credits(line),
            [
                credit(Role::Author, &["Lê Hà"]),
                credit(Role::Source, &[agency])
            ],
            "{line}"
        );
    }
    // Look-alike: an office at a place is no agency.
    assert_eq!(
        end_credits("Lê Hà (Sở Y tế tại Hà Nội)"),
        [credit(Role::Author, &["Lê Hà"])]
    );
}

/// The words of a video's or a podcast's credits: a host (`Dẫn chương
/// trình`) and a reading voice (`Giọng đọc`) are the video's, the
/// sound (`Âm thanh`) the production's; a sentence opening with them is
/// text.
#[test]
fn hosts_voices_and_sound() {
    assert_eq!(
        end_credits("Dẫn chương trình: Hà Lê"),
        [credit(Role::Video, &["Hà Lê"])]
    );
    assert_eq!(
        end_credits("Thực hiện: Minh Anh; Giọng đọc: Hà Lê; Âm thanh: Văn Tú"),
        [
            credit(Role::Production, &["Minh Anh"]),
            credit(Role::Video, &["Hà Lê"]),
            credit(Role::Production, &["Văn Tú"])
        ]
    );
    assert_eq!(end_credits("Âm thanh sôi động vang lên khắp phố."), []);
}

/// The English labels of magazine pages (`Text:`, `Content:`, `Design:`,
/// `Designer:`, `Writer:`, `Reporter:`, `Editor:`, `Producer:`) are roles,
/// as their Vietnamese words are. Before, such lines were no credit.
#[test]
fn english_role_labels() {
    assert_eq!(
        end_credits("Text: Minh Anh; Photo: Hoàng Lan\n\nDesign: Thu Hà\n\nEditor: Lê Hà"),
        vec![
            credit(Role::Article, &["Minh Anh"]),
            credit(Role::Photo, &["Hoàng Lan"]),
            credit(Role::Design, &["Thu Hà"]),
            credit(Role::Editing, &["Lê Hà"]),
        ]
    );
    assert_eq!(
        end_credits("Writer: Minh Anh - Producer: Hoàng Lan"),
        vec![
            credit(Role::Author, &["Minh Anh"]),
            credit(Role::Production, &["Hoàng Lan"]),
        ]
    );
    // Look-alike: the words inside a sentence are no label.
    assert_eq!(end_credits("Text mẫu được thiết kế lại."), vec![]);
}

/// A byline and a source after a bar, a bullet or a slash (`Minh Anh |
/// Theo Dân trí`, `Minh Anh • Theo Dân trí`), as after a dash or a comma:
/// two credits, the separator in neither's text. Before, after a bar or a
/// bullet the source was taken for a section and dropped. A section after
/// a bar (`| Thời sự`) stays out of the names.
#[test]
fn a_source_after_a_bar_or_a_bullet() {
    for (line, sep) in [
        ("Minh Anh | Theo Dân trí", "|"),
        ("Minh Anh • Theo Dân trí", "•"),
        ("Minh Anh / Theo Dân trí", "/"),
    ] {
        let credits = vn_article::Credit::parse_line(line).unwrap();
        let got: Vec<(&str, Vec<Role>, Vec<&str>)> = credits
            .iter()
            .map(|c| {
                (
                    &*c.text.text,
                    c.roles.clone(),
                    c.names.iter().map(|n| &**n).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Minh Anh", vec![Role::Author], vec!["Minh Anh"]),
                ("Theo Dân trí", vec![Role::Source], vec!["Dân trí"]),
            ],
            "{sep}"
        );
    }
    assert_eq!(
        end_credits("Minh Anh | Theo Dân trí"),
        [
            credit(Role::Author, &["Minh Anh"]),
            credit(Role::Source, &["Dân trí"])
        ]
    );
    assert_eq!(
        end_credits("Minh Anh | Thời sự"),
        [credit(Role::Author, &["Minh Anh"])]
    );
}

/// The last credit's label cut off from its names by a line break (`Bài:
/// Minh Anh - Ảnh:` over `Lê Hà`): the names under it are that label's;
/// the label keeps its own credit of no names, as a label alone over its
/// names does.
#[test]
fn names_under_the_label_a_credit_line_closes_with() {
    assert_eq!(
        end_credits("Bài: Minh Anh - Ảnh:\n\nLê Hà"),
        [
            (vec![Role::Article], vec!["Minh Anh".to_string()]),
            credit(Role::Photo, &[]),
            credit(Role::Photo, &["Lê Hà"]),
        ]
    );
    assert_eq!(
        end_credits("Nội dung: Hoàng Lan; Thiết kế:\n\nQuang Huy"),
        [
            (vec![Role::Article], vec!["Hoàng Lan".to_string()]),
            credit(Role::Design, &[]),
            credit(Role::Design, &["Quang Huy"]),
        ]
    );
    // Roles parted by a comma are one label (`Tin, ảnh:`), and a code in
    // brackets before the label is no credit of names: the names under
    // them are read as before.
    assert_eq!(
        end_credits("Tin, ảnh:\n\nKIM XUÂN"),
        [
            (vec![Role::News, Role::Photo], vec![]),
            (vec![Role::News, Role::Photo], vec!["KIM XUÂN".to_string()]),
        ]
    );
    // With nothing under it, the line is no credit, as before.
    let text = doc("TTO - Nội dung.", "Đoạn thân bài.\n\nBài: Minh Anh - Ảnh:");
    let a = util::article(&text);
    assert!(a.credits.is_empty());
    assert_eq!(
        a.body.last().map(|b| b.text.as_str()),
        Some("Bài: Minh Anh - Ảnh:")
    );
}

/// A writer's ranks and degrees each closed by a comma, as journals print
/// them (`Đại tá, PGS.TS Nguyễn Văn An`, `PGS, TS Nguyễn Văn An`): titles,
/// not names. Before, `PGS` was read as a second name, and a rank before
/// the degrees made the line no credit. Names parted by commas, each with
/// its title, stay two; a desk's word after a name is none.
#[test]
fn ranks_and_degrees_parted_by_commas() {
    for line in [
        "PGS, TS Nguyễn Văn An",
        "PGS, TS. Nguyễn Văn An",
        "Đại tá, PGS.TS Nguyễn Văn An",
        "Thượng tá, TS Nguyễn Văn An",
        "Thiếu tướng, PGS, TS. Nguyễn Văn An - Viện trưởng Viện Chiến lược",
        "Đại tá, ThS Nguyễn Văn An, Học viện Quốc phòng",
    ] {
        assert_eq!(
            end_credits(line),
            [credit(Role::Author, &["Nguyễn Văn An"])],
            "{line}"
        );
    }
    assert_eq!(
        end_credits("BS Lê Hà, BS Minh Anh"),
        [credit(Role::Author, &["Lê Hà", "Minh Anh"])]
    );
    assert_eq!(
        end_credits("PV/VTV Digital"),
        [
            credit(Role::Author, &["PV"]),
            credit(Role::Source, &["VTV Digital"])
        ]
    );
}

/// An icon a page prints before a byline or a photo's credit (`✍️ Minh
/// Anh`, `... hội nghị. 📷 Ảnh: Lê Hà`) is no part of it: the credit is
/// read, the icon kept in the layout. Before, the byline stayed a
/// paragraph (or the header's line) and the caption a paragraph.
#[test]
fn an_icon_before_a_byline_or_a_photo_credit() {
    assert_eq!(
        end_credits("✍️ Minh Anh"),
        [credit(Role::Author, &["Minh Anh"])]
    );
    assert_eq!(
        end_credits("▶ Theo TTXVN"),
        [credit(Role::Source, &["TTXVN"])]
    );
    let text = doc(
        "TTO - Nội dung.",
        "Quang cảnh hội nghị. 📷 Ảnh: Lê Hà\n\nĐoạn thân bài.",
    );
    let a = util::article(&text);
    assert_eq!(a.body[0].kind, vn_article::BlockKind::Caption);
    assert_eq!(a.body[0].text.as_str(), "Quang cảnh hội nghị.");
    assert_eq!(a.body[0].credits[0].text.as_str(), "Ảnh: Lê Hà");
    assert_eq!(a.rebuild(), text);
    // Under the title, the byline with its icon.
    let text = "12/03/2024 10:00\nTiêu đề bài viết thử\n✍️ Minh Anh\nTTO - Nội dung.\n";
    let a = util::article(text);
    assert_eq!(a.title.as_str(), "Tiêu đề bài viết thử");
    let names: Vec<&str> = a.credits.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(names, ["Minh Anh"]);
    assert!(a.header.is_empty());
    // Look-alike: an icon before a sentence leaves a paragraph.
    let text = doc(
        "TTO - Nội dung.",
        "Đoạn thân bài.\n\n👉 Người dân cần chú ý an toàn khi tham gia giao thông.",
    );
    let a = util::article(&text);
    assert!(a.credits.is_empty());
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        [
            "Đoạn thân bài.",
            "👉 Người dân cần chú ý an toàn khi tham gia giao thông."
        ]
    );
}

/// A place after an icon (`📌 Hà Nội`) is no byline, over the title as
/// under the byline at the end, as without the icon.
#[test]
fn a_place_after_an_icon_is_no_byline() {
    let text = "Xã hội\nHà Nội thí điểm làn đường riêng cho xe buýt\n📌 Hà Nội\n12/03/2024 10:00\n(HNMO) - Nội dung của bài.\nĐoạn thân bài.\n";
    let a = util::article(text);
    assert!(a.credits.is_empty());
    let header: Vec<&str> = a.header.iter().map(|t| t.as_str()).collect();
    assert_eq!(header, ["📌 Hà Nội"]);
    assert_eq!(
        end_credits("Lê Hà\n\n📌 Hà Nội"),
        [credit(Role::Author, &["Lê Hà"])]
    );
}
