//! Credit lines, bylines, names and caption credits on made-up lines.

#![allow(clippy::string_slice)]

use super::*;

fn caption_credit(par: &str) -> Option<(usize, RawCredit<'_>)> {
    let (t, bracketed) = caption_end(par);
    caption_credit_in(par, t, bracketed, None)
}

/// The names, all borrowed from the line read.
fn borrowed(names: Vec<Cow<'_, str>>) -> Vec<&str> {
    names
        .into_iter()
        .map(|n| match n {
            Cow::Borrowed(b) => b,
            Cow::Owned(o) => panic!("{o:?} is a copy"),
        })
        .collect()
}

fn parse_line(s: &str) -> Vec<(Vec<Role>, Vec<&str>)> {
    credit_line(s, Place::End)
        .unwrap_or_else(|| panic!("no credit in {s:?}"))
        .into_iter()
        .map(|c| (c.roles, borrowed(c.names)))
        .collect()
}

use Role::*;

#[test]
fn caption_or_photo_agrees_with_its_two_parts() {
    let lines = [
        "Ảnh: TTXVN",
        "Tin, ảnh: KIM XUÂN",
        "Quang cảnh buổi lễ. Ảnh: HỮU KHOA |",
        "Quang cảnh buổi lễ (Ảnh: Văn Toàn).",
        "Lãnh đạo thành phố trao quà (Nguồn: Reuters)",
        "Hình thức tổ chức được đổi mới.",
        "Hình: NAM",
        "Ảnh hưởng của bão số 3",
        "Bài và ảnh: MINH CHÂU",
        "Ảnh VGP",
        "(Ảnh minh họa)",
        "Người dân đến xem. - Ảnh: T.H",
        "",
        "|",
    ];
    let long = format!("{} Ảnh: TTXVN", "Một đoạn văn dài. ".repeat(12));
    for line in lines.iter().copied().chain([long.as_str()]) {
        let want = caption_credit(line)
            .map(|(len, c)| (Some(len), c))
            .or_else(|| photo_credit(line).map(|c| (None, c)));
        assert_eq!(caption_or_photo(line), want, "{line:?}");
    }
    assert!(caption_or_photo("Ảnh: TTXVN").is_some_and(|(len, _)| len == Some(0)));
    assert!(caption_or_photo("Ảnh VGP").is_some_and(|(len, _)| len == Some(0)));
    assert!(caption_or_photo("Quang cảnh buổi lễ. Ảnh: HỮU KHOA |")
        .is_some_and(|(len, _)| len == Some("Quang cảnh buổi lễ.".len())));
}

#[test]
fn the_last_opening_bracket_is_found_by_its_bytes() {
    for s in [
        "",
        "MAI ANH",
        "MAI ANH (Theo Reuters)",
        "A (b) C （d） e",
        "（x",
        "ẈẈ (",
        "\u{FF08}\u{FF08}",
        "ằ ǈ Ȉ",
    ] {
        let want = s.rfind(|c: char| OPEN_BRACKETS.contains(&c));
        assert_eq!(rfind_open_bracket(s), want, "{s:?}");
    }
}

#[test]
fn photo_words_are_found_at_any_place() {
    for w in ["ảnh", "Ảnh", "hình", "Hình"] {
        assert!(has_photo_word(w.as_bytes()), "{w}");
        assert!(has_photo_word(format!("x {w}").as_bytes()), "{w}");
        assert!(has_photo_word(format!("{w}: X").as_bytes()), "{w}");
        assert!(has_photo_word(
            format!("{}{w}{}", "ạ".repeat(40), "b".repeat(40)).as_bytes()
        ));
    }
    for s in [
        "", "anh", "ản", "Ản h", "hinh", "ạnh", "ẩnh", "ìn", "ình", "trình", "bình",
    ] {
        assert!(!has_photo_word(s.as_bytes()), "{s}");
    }
}

#[test]
fn role_credits() {
    assert_eq!(
        parse_line("Tin, ảnh: KIM XUÂN"),
        vec![(vec![News, Photo], vec!["KIM XUÂN"])]
    );
    assert_eq!(
        parse_line("Bài và ảnh: NGỌC LAN"),
        vec![(vec![Article, Photo], vec!["NGỌC LAN"])]
    );
    assert_eq!(
        parse_line("Tin và ảnh: Hoàng Yến"),
        vec![(vec![News, Photo], vec!["Hoàng Yến"])]
    );
    // Role words joined by a dash, of any kind.
    for line in ["Tin - ảnh: KIM XUÂN", "Tin – ảnh: KIM XUÂN"] {
        assert_eq!(
            parse_line(line),
            vec![(vec![News, Photo], vec!["KIM XUÂN"])],
            "{line}"
        );
    }
    // After a slash, the outlet as it prints its name, small letters and
    // all, as a code is (`/TTXVN`); a phrase after it is still no name.
    assert_eq!(
        parse_line("Bài: Minh Anh/TTXVN"),
        vec![(vec![Article], vec!["Minh Anh", "TTXVN"])]
    );
    assert_eq!(
        parse_line("Bài và ảnh: Minh Anh/Báo Tin tức"),
        vec![(vec![Article, Photo], vec!["Minh Anh", "Báo Tin tức"])]
    );
    assert_eq!(
        parse_line("Tin: Minh Anh/báo Lao Động"),
        vec![(vec![News], vec!["Minh Anh", "báo Lao Động"])]
    );
    assert!(credit_line("Bài: Minh Anh/người dân", Place::End).is_none());
    assert_eq!(
        parse_line("Bài, ảnh: HỮU KHOA"),
        vec![(vec![Article, Photo], vec!["HỮU KHOA"])]
    );
    assert_eq!(
        parse_line("Bài: MINH HẢI - Ảnh: THU TRANG"),
        vec![
            (vec![Article], vec!["MINH HẢI"]),
            (vec![Photo], vec!["THU TRANG"])
        ]
    );
    // Role groups parted by a slash, a bar, a period, or a space alone
    // before a capitalized role (a line break lost).
    for line in [
        "Bài: Minh Anh / Ảnh: Quang Huy",
        "Bài: Minh Anh/Ảnh: Quang Huy",
        "Bài: Minh Anh | Ảnh: Quang Huy",
        "Bài: Minh Anh. Ảnh: Quang Huy",
        "Bài: Minh Anh Ảnh: Quang Huy",
    ] {
        assert_eq!(
            parse_line(line),
            vec![
                (vec![Article], vec!["Minh Anh"]),
                (vec![Photo], vec!["Quang Huy"])
            ],
            "{line}"
        );
    }
    // Roles joined by a dash after the first names are no split before
    // them: the names come first.
    assert_eq!(
        parse_line("Nguồn: Tổng hợp – TH: THPL"),
        vec![
            (vec![Compilation], vec![]),
            (vec![Compilation], vec!["THPL"])
        ]
    );
}

#[test]
fn role_words_among_names_and_crews() {
    // A lowercase role word after a space is part of the names.
    assert_eq!(
        credit_line("Bài: Minh Anh ảnh: Quang Huy", Place::End),
        None
    );
    // Genres and the crew of a long form.
    for (line, role) in [
        ("Phóng sự: Lê Hà", Article),
        ("Bút ký: Lê Hà", Article),
        ("Tường thuật: Lê Hà", Article),
        ("Phỏng vấn: Lê Hà", Article),
        ("Phóng sự ảnh: Lê Hà", Photo),
        ("Dựng video: Lê Hà", Video),
        ("Chỉ đạo thực hiện: Lê Hà", Production),
        ("Tổ chức sản xuất: Lê Hà", Production),
        ("Sản xuất: Lê Hà", Production),
        ("Kỹ thuật: Lê Hà", Production),
        ("Thể hiện: Lê Hà", Design),
    ] {
        assert_eq!(
            parse_line(line),
            vec![(vec![role], vec!["Lê Hà"])],
            "{line}"
        );
    }
    assert_eq!(
        parse_line("Ảnh: Quốc Bảo"),
        vec![(vec![Photo], vec!["Quốc Bảo"])]
    );
    assert_eq!(
        parse_line("Đồ họa: MINH CHÂU (nguồn Bộ Công Thương)"),
        vec![
            (vec![Graphics], vec!["MINH CHÂU"]),
            (vec![Source], vec!["Bộ Công Thương"])
        ]
    );
    assert_eq!(
        parse_line("Nguồn ảnh: Reuters"),
        vec![(vec![Photo], vec!["Reuters"])]
    );
    assert_eq!(
        parse_line("Video: Hải Long"),
        vec![(vec![Video], vec!["Hải Long"])]
    );
    assert_eq!(
        parse_line("Thực hiện: Ngọc Mai, Hà Thu"),
        vec![(vec![Production], vec!["Ngọc Mai", "Hà Thu"])]
    );
    assert_eq!(parse_line("Tổng hợp"), vec![(vec![Compilation], vec![])]);
    // Labels of several words: the whole label is the role, a title after
    // it no part of the name.
    assert_eq!(
        parse_line("Tác giả bài viết: PGS.TS Nguyễn Văn An"),
        vec![(vec![Author], vec!["Nguyễn Văn An"])]
    );
    assert_eq!(
        parse_line("Nhóm thực hiện: Lê Hà - Minh Anh"),
        vec![(vec![Production], vec!["Lê Hà", "Minh Anh"])]
    );
    assert_eq!(
        parse_line("Người thực hiện: Lê Hà"),
        vec![(vec![Production], vec!["Lê Hà"])]
    );
}

#[test]
fn sources() {
    assert_eq!(
        parse_line("Theo TTXVN"),
        vec![(vec![Source], vec!["TTXVN"])]
    );
    assert_eq!(
        parse_line("Theo: VnExpress"),
        vec![(vec![Source], vec!["VnExpress"])]
    );
    assert_eq!(credit_line("Theo:", Place::End), None);
    // A bracket of roles alone after the names says what they did, in
    // either case; a bracket of names stays names.
    for line in [
        "Theo Minh Ngọc (Tổng hợp)",
        "Theo Minh Ngọc (tổng hợp)",
        "Theo Minh Ngọc (t/h)",
    ] {
        assert_eq!(
            parse_line(line),
            vec![(vec![Source, Compilation], vec!["Minh Ngọc"])],
            "{line}"
        );
    }
    assert_eq!(
        parse_line("Theo Thu Hà (Lược dịch)"),
        vec![(vec![Source, Translation], vec!["Thu Hà"])]
    );
    assert_eq!(
        parse_line("Theo Minh Ngọc (Dân trí)"),
        vec![(vec![Source], vec!["Minh Ngọc", "Dân trí"])]
    );
    // An agency's reporter abroad, the post after a dash or a comma as in
    // brackets: the author, and the agency the source.
    for line in [
        "Thu Hằng (PV TTXVN tại Paris)",
        "Thu Hằng - PV TTXVN tại Paris",
        "Thu Hằng, phóng viên TTXVN tại Paris",
        "Thu Hằng (P/v TTXVN tại Paris)",
        "Thu Hằng (P.V TTXVN tại Paris)",
    ] {
        assert_eq!(
            parse_line(line),
            vec![
                (vec![Author], vec!["Thu Hằng"]),
                (vec![Source], vec!["TTXVN"])
            ],
            "{line}"
        );
    }
    // A post of no agency: the author alone.
    assert_eq!(
        parse_line("Thu Hằng (Phóng viên thường trú tại Huế)"),
        vec![(vec![Author], vec!["Thu Hằng"])]
    );
    // A genre's `của` for a colon; a sentence after it is no credit.
    assert_eq!(
        parse_line("Ghi chép của Minh Anh"),
        vec![(vec![Article], vec!["Minh Anh"])]
    );
    assert_eq!(
        parse_line("Bài của Minh Anh - Ảnh: Lê Hà"),
        vec![
            (vec![Article], vec!["Minh Anh"]),
            (vec![Photo], vec!["Lê Hà"])
        ]
    );
    assert_eq!(
        credit_line("Phóng sự của Minh Anh đã đoạt giải báo chí", Place::End),
        None
    );
}

#[test]
fn sources_in_brackets_slashes_and_addresses() {
    // A byline with its agency in brackets, then the outlet after a slash.
    assert_eq!(
        parse_line("Thu Hà (TTXVN)/Báo Tin tức"),
        vec![
            (vec![Author], vec!["Thu Hà"]),
            (vec![Source], vec!["TTXVN"]),
            (vec![Source], vec!["Báo Tin tức"])
        ]
    );
    assert_eq!(
        credit_line("Minh Anh (TTXVN)/xem thêm tại đây", Place::End),
        None
    );
    // A source before a bracketed source; `Theo` opens no byline.
    assert_eq!(
        parse_line("Theo Minh Anh (Nguồn: VnExpress)"),
        vec![
            (vec![Source], vec!["Minh Anh"]),
            (vec![Source], vec!["VnExpress"])
        ]
    );
    assert_eq!(credit_line("Theo ông Minh (Bộ Y tế)", Place::End), None);
    // A web address names the source whole, after any source's label;
    // after a photo's label it is no name.
    for line in [
        "Nguồn: https://vtv.vn/the-gioi/abc-123.htm",
        "Nguồn tham khảo: https://vtv.vn/the-gioi/abc-123.htm",
        "Tham khảo: https://vtv.vn/the-gioi/abc-123.htm",
    ] {
        assert_eq!(
            parse_line(line),
            vec![(vec![Source], vec!["https://vtv.vn/the-gioi/abc-123.htm"])],
            "{line}"
        );
    }
    assert_eq!(credit_line("Ảnh: https://x.vn/a.jpg", Place::End), None);
    assert_eq!(
        parse_line("Theo TTXVN- Thanh Niên"),
        vec![(vec![Source], vec!["TTXVN", "Thanh Niên"])]
    );
    assert_eq!(
        parse_line("(Theo Dân trí)"),
        vec![(vec![Source], vec!["Dân trí"])]
    );
    assert_eq!(
        parse_line("Nguồn: vietnamplus.vn"),
        vec![(vec![Source], vec!["vietnamplus.vn"])]
    );
    assert_eq!(
        parse_line("Nguồn Lao Động:"),
        vec![(vec![Source], vec!["Lao Động"])]
    );
    assert_eq!(
        parse_line("Nguồn Thanh Niên: https://thanhnien.vn/bai-viet.html"),
        vec![(vec![Source], vec!["Thanh Niên"])]
    );
    assert_eq!(
        parse_line("Theo MỘC LAN (VTC News)"),
        vec![(vec![Source], vec!["MỘC LAN", "VTC News"])]
    );
    assert_eq!(
        parse_line("Tham khảo: CNN"),
        vec![(vec![Source], vec!["CNN"])]
    );
}

#[test]
fn names_are_cut_at_separators_dashes_with_a_space_and_va() {
    fn cut(s: &str) -> Vec<&str> {
        names(s).collect()
    }
    assert_eq!(cut("Minh Hải - Thu Trang"), ["Minh Hải", "Thu Trang"]);
    assert_eq!(cut("Minh Hải -Thu Trang"), ["Minh Hải", "Thu Trang"]);
    assert_eq!(cut("Minh Hải\u{a0}-Thu"), ["Minh Hải", "Thu"]);
    // A hyphen inside a word cuts nothing; en and em dashes always cut.
    assert_eq!(cut("Lê Thị-Hà"), ["Lê Thị-Hà"]);
    assert_eq!(cut("A–B—C"), ["A", "B", "C"]);
    assert_eq!(cut("A\u{2212} B"), ["A", "B"]);
    assert_eq!(
        cut("An, Bình; Chi & Dũng/Hà"),
        ["An", "Bình", "Chi", "Dũng", "Hà"]
    );
    // A `&` without spaces joins an outlet's code.
    assert_eq!(cut("GD&TĐ"), ["GD&TĐ"]);
    assert_eq!(cut("Hà/GD&TĐ"), ["Hà", "GD&TĐ"]);
    assert_eq!(cut("Chi &Dũng"), ["Chi", "Dũng"]);
    assert_eq!(cut("Mai Anh và Thu Hà"), ["Mai Anh", "Thu Hà"]);
    // The space that closes one ` và ` may open the next.
    assert_eq!(cut("Mai và và Hà"), ["Mai", "Hà"]);
    assert_eq!(cut("Mai Anh và - Hà"), ["Mai Anh", "Hà"]);
    assert_eq!(cut("N.V.K. |"), ["N.V.K."]);
    assert_eq!(cut("Hoàng Anh."), ["Hoàng Anh"]);
    assert_eq!(cut(""), Vec::<&str>::new());
}

#[test]
fn names_are_a_few_capitalized_words() {
    // One lowercase word among three or more is allowed when names hold
    // it (`thị`, `ông`, `da`).
    for yes in [
        "KIM XUÂN",
        "T.L",
        "N. Hà",
        "T.78",
        "Lê Văn An",
        "Lê thị Bình Ba",
        "Theo ông A",
        "Leonardo da Vinci",
    ] {
        assert!(is_name(yes), "{yes}");
    }
    for no in [
        "",
        "kim xuân",
        "Lê Văn: An",
        "Ban 78",
        "Quý 2",
        "A B C D E T.starts",
        "“KIM” XUÂN",
        "Lê thị bình",
        "Việt Nam thắng Indonesia",
        "Hà Nội mưa to",
    ] {
        assert!(!is_name(no), "{no}");
    }
}

#[test]
fn bylines() {
    assert_eq!(
        parse_line("KIM XUÂN"),
        vec![(vec![Author], vec!["KIM XUÂN"])]
    );
    assert_eq!(parse_line("T.L"), vec![(vec![Author], vec!["T.L"])]);
    assert_eq!(parse_line("PV"), vec![(vec![Author], vec!["PV"])]);
    assert_eq!(parse_line("N.V.K"), vec![(vec![Author], vec!["N.V.K"])]);
    assert_eq!(
        parse_line("MINH HẢI - THU TRANG"),
        vec![(vec![Author], vec!["MINH HẢI", "THU TRANG"])]
    );
    assert_eq!(
        parse_line("Hồng Vân- Thanh Tú"),
        vec![(vec![Author], vec!["Hồng Vân", "Thanh Tú"])]
    );
    assert_eq!(
        parse_line("QUANG VINH |"),
        vec![(vec![Author], vec!["QUANG VINH"])]
    );
    assert_eq!(
        parse_line("Ngọc Ánh"),
        vec![(vec![Author], vec!["Ngọc Ánh"])]
    );
    assert_eq!(parse_line("N. Hà"), vec![(vec![Author], vec!["N. Hà"])]);
    // Four names of four words, closed by a period: still a byline; a
    // longer sentence closed by one is none.
    assert_eq!(
        parse_line("Nguyễn Thị Minh Anh, Trần Thị Thu Bình, Lê Văn Quốc Cường, Phạm Thị Dung."),
        vec![(
            vec![Author],
            vec![
                "Nguyễn Thị Minh Anh",
                "Trần Thị Thu Bình",
                "Lê Văn Quốc Cường",
                "Phạm Thị Dung"
            ]
        )]
    );
    assert!(credit_line(
        "Dịp này, Ban Thường vụ đã tặng giấy khen cho chín cơ sở đảng hoàn thành xuất sắc nhiệm vụ.",
        Place::End
    )
    .is_none());
    assert_eq!(
        parse_line("Nhóm phóng viên"),
        vec![(vec![Author], vec!["Nhóm phóng viên"])]
    );
    assert_eq!(
        parse_line("Ban Thời sự"),
        vec![(vec![Author], vec!["Ban Thời sự"])]
    );
    assert_eq!(credit_line("Ban tổ chức cho biết", Place::End), None);
    assert_eq!(
        parse_line("Thực hiện: Nhóm Thời sự"),
        vec![(vec![Production], vec!["Nhóm Thời sự"])]
    );
    assert_eq!(credit_line("Nhóm bạn trẻ cho biết", Place::End), None);
    // A last word in small letters is the source's, not a button (`Đọc`).
    assert_eq!(
        parse_line("Theo Pháp luật & Bạn đọc"),
        vec![(vec![Source], vec!["Pháp luật & Bạn đọc"])]
    );
    assert_eq!(
        parse_line("Theo Tạp chí Người đọc"),
        vec![(vec![Source], vec!["Tạp chí Người đọc"])]
    );
    assert_eq!(
        parse_line("Theo Báo Mẫu Đọc"),
        vec![(vec![Source], vec!["Báo Mẫu"])]
    );
    // Role words after the names say what the names did.
    assert_eq!(
        parse_line("Hoàng Anh (t/h)"),
        vec![(vec![Compilation], vec!["Hoàng Anh"])]
    );
    assert_eq!(
        parse_line("Minh Khôi (tổng hợp)"),
        vec![(vec![Compilation], vec!["Minh Khôi"])]
    );
    assert_eq!(
        parse_line("QUỐC BẢO thực hiện"),
        vec![(vec![Production], vec!["QUỐC BẢO"])]
    );
    // A closing period after a syllable of one letter goes; after
    // initials it stays.
    assert_eq!(
        parse_line("Tin, ảnh: Như Ý."),
        vec![(vec![News, Photo], vec!["Như Ý"])]
    );
    assert_eq!(
        parse_line("Ảnh: K.L.M."),
        vec![(vec![Photo], vec!["K.L.M."])]
    );
    // A role of two words whose last word is a role too.
    assert_eq!(
        parse_line("Minh Anh lược dịch"),
        vec![(vec![Translation], vec!["Minh Anh"])]
    );
    assert_eq!(
        parse_line("Minh Anh ghi"),
        vec![(vec![Article], vec!["Minh Anh"])]
    );
    // What the text is, after a word: buttons, no credit.
    for line in ["Nghe bài", "Lưu bài viết", "In bài", "Xem ảnh", "Gửi tin"] {
        assert_eq!(credit_line(line, Place::End), None, "{line}");
    }
    assert_eq!(
        parse_line("MAI ANH (Theo Reuters)"),
        vec![
            (vec![Author], vec!["MAI ANH"]),
            (vec![Source], vec!["Reuters"])
        ]
    );
    let c = credit_line("MAI ANH (Theo Reuters)", Place::End).unwrap();
    assert_eq!(c[0].text, "MAI ANH");
    assert_eq!(c[1].text, "(Theo Reuters)");
}

#[test]
fn sources_after_the_names() {
    // A newspaper named in brackets after the names, or an agency's code
    // after a dash, is where they come from.
    assert_eq!(
        parse_line("Lê Hà - Hoàng Lan (Báo Tin tức)"),
        vec![
            (vec![Author], vec!["Lê Hà", "Hoàng Lan"]),
            (vec![Source], vec!["Báo Tin tức"])
        ]
    );
    assert_eq!(
        parse_line("Lê Hà (Báo Quân đội nhân dân)"),
        vec![
            (vec![Author], vec!["Lê Hà"]),
            (vec![Source], vec!["Báo Quân đội nhân dân"])
        ]
    );
    // An outlet named with its kind or by its domain after a spaced dash.
    // Every outlet after a slash is a source.
    let c = credit_line("Lê Hà/Bnews/TTXVN", Place::End).unwrap();
    assert_eq!(
        (c[0].text, borrowed(c[0].names.clone())),
        ("Lê Hà", vec!["Lê Hà"])
    );
    assert_eq!(
        (c[1].text, c[1].roles.clone(), borrowed(c[1].names.clone())),
        ("Bnews/TTXVN", vec![Source], vec!["Bnews", "TTXVN"])
    );
    assert_eq!(
        parse_line("Lê Hà/Minh Anh/TTXVN"),
        vec![
            (vec![Author], vec!["Lê Hà", "Minh Anh"]),
            (vec![Source], vec!["TTXVN"])
        ]
    );
    // The outlet after a slash, then a source in brackets: two sources,
    // in the order printed; the texts as printed.
    assert_eq!(
        parse_line("Minh Quang/VTV.vn (Theo Kyodo)"),
        vec![
            (vec![Author], vec!["Minh Quang"]),
            (vec![Source], vec!["VTV.vn"]),
            (vec![Source], vec!["Kyodo"])
        ]
    );
    let texts: Vec<String> = crate::Credit::parse_line("Mai Anh/TTXVN (Nguồn: AFP)")
        .unwrap()
        .iter()
        .map(|c| c.text.as_str().to_owned())
        .collect();
    assert_eq!(texts, ["Mai Anh", "TTXVN", "(Nguồn: AFP)"]);
    assert_eq!(
        parse_line("Lê Hà/Báo Tin tức (tổng hợp)"),
        vec![
            (vec![Compilation], vec!["Lê Hà"]),
            (vec![Source], vec!["Báo Tin tức"])
        ]
    );
}

#[test]
fn sources_after_dashes_and_theo() {
    assert_eq!(
        parse_line("Ngọc Anh - Báo Tin tức"),
        vec![
            (vec![Author], vec!["Ngọc Anh"]),
            (vec![Source], vec!["Báo Tin tức"])
        ]
    );
    assert_eq!(
        parse_line("Lê Hà - Minh Anh - baochinhphu.vn"),
        vec![
            (vec![Author], vec!["Lê Hà", "Minh Anh"]),
            (vec![Source], vec!["baochinhphu.vn"])
        ]
    );
    assert_eq!(
        parse_line("Lê Hà - Minh Anh"),
        vec![(vec![Author], vec!["Lê Hà", "Minh Anh"])]
    );
    let c = credit_line("Lê Hà - Hoàng Lan - TTXVN", Place::End).unwrap();
    assert_eq!(c[0].text, "Lê Hà - Hoàng Lan");
    assert_eq!(c[0].names, ["Lê Hà", "Hoàng Lan"]);
    assert_eq!(
        (c[1].text, c[1].roles.as_slice()),
        ("TTXVN", [Source].as_slice())
    );
    // What the writer is, or where from, after a bar, as after a dash.
    let c = credit_line("Minh Anh | Phóng viên", Place::End).unwrap();
    assert_eq!(
        (c.len(), c[0].text, borrowed(c[0].names.clone())),
        (1, "Minh Anh | Phóng viên", vec!["Minh Anh"])
    );
    assert_eq!(
        parse_line("Minh Anh | Hà Nội"),
        vec![(vec![Author], vec!["Minh Anh"])]
    );
    assert_eq!(
        parse_line("Minh Anh | Lê Hà"),
        vec![(vec![Author], vec!["Minh Anh", "Lê Hà"])]
    );
    // The section the page files it under, after a bar or a bullet, cased
    // as a sentence: out of the names, kept in the text.
    for line in ["Minh Anh | Thời sự", "Nguyễn Minh Anh • Bất động sản"] {
        let c = credit_line(line, Place::End).unwrap();
        assert_eq!((c.len(), c[0].text), (1, line), "{line}");
    }
    assert_eq!(
        parse_line("Minh Anh | Thời sự"),
        vec![(vec![Author], vec!["Minh Anh"])]
    );
    assert_eq!(
        parse_line("Nguyễn Minh Anh • Bất động sản"),
        vec![(vec![Author], vec!["Nguyễn Minh Anh"])]
    );
    // An outlet after a bar is the source; a section after a dash is no
    // credit's.
    assert_eq!(
        parse_line("Lê Hà | Thời báo Ngân hàng"),
        vec![
            (vec![Author], vec!["Lê Hà"]),
            (vec![Source], vec!["Thời báo Ngân hàng"])
        ]
    );
    assert!(credit_line("Minh Anh - Thời sự", Place::End).is_none());
    assert_eq!(
        parse_line("Viết bởi: Minh Anh"),
        vec![(vec![Author], vec!["Minh Anh"])]
    );
    // A spaced dash for the colon after the roles; before, the role words
    // were read as names (`Ảnh - Minh Anh` named `Ảnh`).
    assert_eq!(
        parse_line("Tin, ảnh - Minh Anh"),
        vec![(vec![News, Photo], vec!["Minh Anh"])]
    );
    assert_eq!(
        parse_line("Ảnh - Minh Anh"),
        vec![(vec![Photo], vec!["Minh Anh"])]
    );
    assert_eq!(
        parse_line("Thực hiện - Minh Anh - Lê Hà"),
        vec![(vec![Production], vec!["Minh Anh", "Lê Hà"])]
    );
    assert_eq!(
        parse_line("PV - CTV"),
        vec![(vec![Author], vec!["PV", "CTV"])]
    );
    // An outlet's channel (`VTV24`, `VOV1`) or its bureau in a province
    // (`VTV Đà Nẵng`) after the names, as an agency's code; a channel
    // closing a workplace's name is where the writer works.
    let c = credit_line("Minh Anh - VTV24", Place::End).unwrap();
    assert_eq!(
        (c[0].text, borrowed(c[0].names.clone())),
        ("Minh Anh", vec!["Minh Anh"])
    );
    assert_eq!(
        (c[1].text, c[1].roles.clone(), borrowed(c[1].names.clone())),
        ("VTV24", vec![Source], vec!["VTV24"])
    );
    assert_eq!(
        parse_line("Minh Anh – VOV1"),
        vec![
            (vec![Author], vec!["Minh Anh"]),
            (vec![Source], vec!["VOV1"])
        ]
    );
    assert_eq!(
        parse_line("Minh Anh, Lê Hà - VTV Đà Nẵng"),
        vec![
            (vec![Author], vec!["Minh Anh", "Lê Hà"]),
            (vec![Source], vec!["VTV Đà Nẵng"])
        ]
    );
    let c = credit_line("Minh Anh - Trung tâm Tin tức VTV24", Place::End).unwrap();
    assert_eq!(
        (c.len(), c[0].text, borrowed(c[0].names.clone())),
        (1, "Minh Anh - Trung tâm Tin tức VTV24", vec!["Minh Anh"])
    );
    assert_eq!(
        parse_line("Minh Anh - VTV"),
        vec![
            (vec![Author], vec!["Minh Anh"]),
            (vec![Source], vec!["VTV"])
        ]
    );
    assert_eq!(
        parse_line("Thanh Hà - Vietnam+"),
        vec![
            (vec![Author], vec!["Thanh Hà"]),
            (vec![Source], vec!["Vietnam+"])
        ]
    );
    assert_eq!(parse_line("BTV Lê Hà"), vec![(vec![Author], vec!["Lê Hà"])]);
    // `Theo` after the names opens the source.
    assert_eq!(
        parse_line("Lê Hà - Hoàng Lan, Theo Reuters, AFP"),
        vec![
            (vec![Author], vec!["Lê Hà", "Hoàng Lan"]),
            (vec![Source], vec!["Reuters", "AFP"])
        ]
    );
    let c = credit_line("Hoàng Lan - Theo Dân trí", Place::End).unwrap();
    assert_eq!((c[0].text, c[1].text), ("Hoàng Lan", "Theo Dân trí"));
    // An e-mail address after the name, set apart by a space or a dash.
    for line in ["Hoàng Lan hoanglan@bao.vn", "Hoàng Lan – hoanglan@bao.vn"] {
        assert_eq!(parse_line(line), vec![(vec![Author], vec!["Hoàng Lan"])]);
    }
    // Glued to the last name, told by the user's opening: a word of the
    // name or its initials, without marks. The credit's text keeps it.
    for (line, name) in [
        ("Hoàng Lanhoanglan@bao.vn", "Hoàng Lan"),
        ("Hoàng Lanlanhoang@bao.vn", "Hoàng Lan"),
        ("Lê Hàleha@bao.vn", "Lê Hà"),
        ("Nguyễn Văn Annva@bao.vn", "Nguyễn Văn An"),
    ] {
        let c = credit_line(line, Place::End).unwrap();
        assert_eq!((c.len(), c[0].text), (1, line));
        assert_eq!(c[0].names, vec![name], "{line}");
    }
    // After a label, a capital glued to the address is no name's word.
    let line = "Lê Hà | E-mail: Đle-ha@bao.vn";
    assert_eq!(parse_line(line), vec![(vec![Author], vec!["Lê Hà"])]);
    assert_eq!(super::closing::glued_email_at(line), None);
    // Names alone stay names.
    assert_eq!(
        parse_line("Lê Hà - Hoàng Lan"),
        vec![(vec![Author], vec!["Lê Hà", "Hoàng Lan"])]
    );
}

#[test]
fn sentences_are_not_credits() {
    for s in [
        "Theo ông Nguyễn Văn A, giá vàng sẽ còn tăng.",
        "Theo TTXVN, chiều nay bão đã suy yếu",
        "Theo dõi diễn biến của cơn bão",
        "Theo kế hoạch, công trình hoàn thành vào cuối năm",
        "Vụ việc đang được điều tra làm rõ.",
        "Các sân bay ứng phó với bão",
        "Ảnh: minh họa cho thấy cảnh người dân đi lại",
    ] {
        assert_eq!(credit_line(s, Place::End), None, "{s}");
    }
}

#[test]
fn long_captions_close_with_anh() {
    let long = "Quang cảnh phiên họp, nơi các đại biểu phải thảo luận về tình hình kinh tế xã hội và nhiều vấn đề khác của địa phương trong năm qua.";
    assert!(long.len() > MAX_CAPTION_CREDIT_BYTES);
    let with_credit = format!("{long} Ảnh: HỮU KHOA");
    let (end, c) = caption_credit(&with_credit).unwrap();
    assert_eq!(&with_credit[..end], long);
    assert_eq!(c.names, vec!["HỮU KHOA"]);
    // `hình` and the `ả` of `cảnh` and `phải` open no credit.
    assert_eq!(caption_credit(&format!("{long} Hình: X")), None);
    assert_eq!(caption_credit(long), None);
}

#[test]
fn captions() {
    let par = "Quang cảnh hội nghị. Ảnh: T.H";
    let (end, c) = caption_credit(par).unwrap();
    assert_eq!(&par[..end], "Quang cảnh hội nghị.");
    assert_eq!(
        (c.text, c.roles, borrowed(c.names)),
        ("Ảnh: T.H", vec![Photo], vec!["T.H"])
    );

    let par = "Alma Faz trên đường chạy - Ảnh: HỮU KHOA |";
    let (end, c) = caption_credit(par).unwrap();
    assert_eq!(&par[..end], "Alma Faz trên đường chạy");
    assert_eq!(c.names, vec!["HỮU KHOA"]);

    let par = "Cây đổ trên đường - ảnh: X |";
    assert_eq!(caption_credit(par).unwrap().1.names, vec!["X"]);

    let par = "Lễ ký kết (Ảnh: TTXVN)";
    let (end, c) = caption_credit(par).unwrap();
    assert_eq!((&par[..end], c.text), ("Lễ ký kết", "(Ảnh: TTXVN)"));

    let par = "Lễ ký kết (Ảnh: Văn Toàn).";
    assert_eq!(caption_credit(par).unwrap().1.names, vec!["Văn Toàn"]);
    let par = "Thủ tướng phát biểu (Ảnh VGP)";
    assert_eq!(caption_credit(par).unwrap().1.names, vec!["VGP"]);
    let par = "Hiện trường vụ cháy (Nguồn: Reuters)";
    let (_, c) = caption_credit(par).unwrap();
    assert_eq!(
        (c.roles, borrowed(c.names)),
        (vec![Source], vec!["Reuters"])
    );
    let par = "Sau sự cố, máy bay mất 2 bánh trước. Ảnh: Tây Nguyên.";
    assert_eq!(caption_credit(par).unwrap().1.names, vec!["Tây Nguyên"]);
    // `phát` in small letters after an agency says it released the
    // picture; a name in capitals keeps its `Phát`.
    let par = "Lực lượng cứu hộ tìm kiếm nạn nhân. Ảnh: TTXVN phát";
    let (_, c) = caption_credit(par).unwrap();
    assert_eq!(
        (c.text, borrowed(c.names)),
        ("Ảnh: TTXVN phát", vec!["TTXVN"])
    );
    let par = "Tên lửa được phóng thử. Ảnh: Tân Hoa xã phát";
    assert_eq!(caption_credit(par).unwrap().1.names, vec!["Tân Hoa xã"]);
    let par = "Tên lửa được phóng thử. Ảnh: Tấn Phát";
    assert_eq!(caption_credit(par).unwrap().1.names, vec!["Tấn Phát"]);
}

#[test]
fn captions_in_square_brackets_and_of_other_media_after_a_sentence() {
    let cases: [(&str, &str, &str, Role, &[&str]); 10] = [
        (
            "Hành khách chờ lên tàu [Ảnh: Minh Anh]",
            "Hành khách chờ lên tàu",
            "[Ảnh: Minh Anh]",
            Photo,
            &["Minh Anh"],
        ),
        (
            "Hành khách chờ lên tàu. [Ảnh: TTXVN].",
            "Hành khách chờ lên tàu.",
            "[Ảnh: TTXVN].",
            Photo,
            &["TTXVN"],
        ),
        (
            "Hành khách chờ lên tàu. Video: Lê Hà",
            "Hành khách chờ lên tàu.",
            "Video: Lê Hà",
            Video,
            &["Lê Hà"],
        ),
        (
            "Hành khách chờ lên tàu - Đồ họa: Minh Hà |",
            "Hành khách chờ lên tàu",
            "Đồ họa: Minh Hà |",
            Graphics,
            &["Minh Hà"],
        ),
        (
            "Hành khách chờ lên tàu. Photo: Reuters",
            "Hành khách chờ lên tàu.",
            "Photo: Reuters",
            Photo,
            &["Reuters"],
        ),
        (
            "Hành khách chờ lên tàu! Infographic: TTXVN",
            "Hành khách chờ lên tàu!",
            "Infographic: TTXVN",
            Graphics,
            &["TTXVN"],
        ),
        // The kind of picture before the colon: an archive photo, a
        // screenshot.
        (
            "Cảnh buổi lễ. Ảnh tư liệu: TTXVN",
            "Cảnh buổi lễ.",
            "Ảnh tư liệu: TTXVN",
            Photo,
            &["TTXVN"],
        ),
        (
            "Cảnh buổi lễ - Ảnh chụp màn hình: Minh Anh",
            "Cảnh buổi lễ",
            "Ảnh chụp màn hình: Minh Anh",
            Photo,
            &["Minh Anh"],
        ),
        // Who gave or took it after `do`.
        (
            "Bên trong ngôi nhà. Ảnh do gia đình cung cấp",
            "Bên trong ngôi nhà.",
            "Ảnh do gia đình cung cấp",
            Photo,
            &["gia đình cung cấp"],
        ),
        (
            "Bên trong ngôi nhà. Ảnh do Minh Anh chụp.",
            "Bên trong ngôi nhà.",
            "Ảnh do Minh Anh chụp.",
            Photo,
            &["Minh Anh chụp"],
        ),
    ];
    for (par, caption, text, role, names) in cases {
        let (len, c) = caption_or_photo(par).unwrap_or_else(|| panic!("{par}"));
        assert_eq!(
            (len.map(|l| &par[..l]), c.text, c.roles, borrowed(c.names)),
            (Some(caption), text, vec![role], names.to_vec()),
            "{par}"
        );
    }
    assert!(is_picture_kind("Ảnh tư liệu"));
    // Not credits: words after the colon (a heading in small letters), a
    // role before no sentence end, a medium that is no role.
    for par in [
        "Nhiều người chia sẻ. Video: những khoảnh khắc đáng nhớ của trận đấu",
        "Người xem bình chọn video: Lê Hà",
        "Hành khách chờ lên tàu. Âm thanh: Lê Hà",
        "Hành khách chờ lên tàu [xem thêm]",
        "Chị gửi nhiều tấm hình. Ảnh do chị giữ lại làm kỷ niệm.",
        "Chị gửi nhiều tấm hình. Ảnh do chị chụp từ năm 2010, khi còn ở Huế.",
    ] {
        assert_eq!(caption_or_photo(par), None, "{par}");
    }
}

#[test]
fn not_captions() {
    for s in [
        "Ảnh minh họa cho bài viết về giá vàng",
        "Đường chạy của người phụ nữ cụt chân - Ảnh 1.",
        "Ảnh: người dân đổ ra đường xem pháo hoa rất đông vui",
        "Giá vàng tăng mạnh trong phiên sáng nay.",
    ] {
        assert_eq!(caption_credit(s), None, "{s}");
    }
}

#[test]
fn a_name_and_its_outlet_after_a_bar_and_long_outlet_names() {
    // A bar parts a name from the outlet it comes from, as a slash does.
    assert_eq!(
        parse_line("Lê Hà | Thời báo Ngân hàng"),
        vec![
            (vec![Author], vec!["Lê Hà"]),
            (vec![Source], vec!["Thời báo Ngân hàng"])
        ]
    );
    assert_eq!(
        parse_line("Theo Lê Hà | Báo Tin tức"),
        vec![(vec![Source], vec!["Lê Hà", "Báo Tin tức"])]
    );
    // Two people joined by a bar are two authors.
    assert_eq!(
        parse_line("Lê Hà | Hoàng Lan"),
        vec![(vec![Author], vec!["Lê Hà", "Hoàng Lan"])]
    );
    // An outlet's name opened by its kind may run to eight words.
    assert_eq!(
        parse_line("Lê Hà/Thời báo Kinh tế Sài Gòn"),
        vec![
            (vec![Author], vec!["Lê Hà"]),
            (vec![Source], vec!["Thời báo Kinh tế Sài Gòn"])
        ]
    );
    assert_eq!(
        parse_line("Theo Cổng thông tin điện tử Chính phủ"),
        vec![(vec![Source], vec!["Cổng thông tin điện tử Chính phủ"])]
    );
    // Six words that open with no outlet's kind are no name.
    assert!(credit_line("Lê Hà/Trung tâm Kinh tế Sài Gòn Mới", Place::End).is_none());
}

#[test]
fn a_reporter_labelled_is_the_author() {
    assert_eq!(
        parse_line("Phóng viên: Minh Anh"),
        vec![(vec![Author], vec!["Minh Anh"])]
    );
    assert_eq!(
        parse_line("PV: Minh Anh - Lê Hà"),
        vec![(vec![Author], vec!["Minh Anh", "Lê Hà"])]
    );
    // Alone it signs as a desk.
    assert_eq!(
        parse_line("Phóng viên"),
        vec![(vec![Author], vec!["Phóng viên"])]
    );
}

#[test]
fn an_initial_before_a_name_is_no_domain_and_an_outlet_kind_in_small_letters() {
    // `K.Linh`, `T.Nhung`: an initial and a name, though written like a
    // domain; `dulich.petrotimes.vn` stays one.
    assert_eq!(parse_line("K.Linh"), vec![(vec![Author], vec!["K.Linh"])]);
    assert_eq!(parse_line("T.Nhung"), vec![(vec![Author], vec!["T.Nhung"])]);
    assert_eq!(
        parse_line("Vân Anh/dulich.petrotimes.vn"),
        vec![
            (vec![Author], vec!["Vân Anh"]),
            (vec![Source], vec!["dulich.petrotimes.vn"])
        ]
    );
    // `Theo báo Lao Động`: a source, not a person named so.
    assert_eq!(
        parse_line("Theo báo Lao Động"),
        vec![(vec![Source], vec!["báo Lao Động"])]
    );
    assert_eq!(
        parse_line("Theo tạp chí Forbes"),
        vec![(vec![Source], vec!["tạp chí Forbes"])]
    );
}

#[test]
fn a_byline_then_role_credits_and_a_bar_out_of_the_text() {
    assert_eq!(
        parse_line("Bích Ngọc - Video: Hồng Anh"),
        vec![
            (vec![Author], vec!["Bích Ngọc"]),
            (vec![Video], vec!["Hồng Anh"])
        ]
    );
    assert_eq!(
        parse_line("MINH ANH | Ảnh: LÊ HÀ"),
        vec![
            (vec![Author], vec!["MINH ANH"]),
            (vec![Photo], vec!["LÊ HÀ"])
        ]
    );
    // The bar before the next role is no part of a credit's text.
    let c = credit_line("Nội dung: Minh Anh | Ảnh: Lê Hà", Place::End).unwrap();
    let texts: Vec<&str> = c.iter().map(|c| c.text).collect();
    assert_eq!(texts, ["Nội dung: Minh Anh", "Ảnh: Lê Hà"]);
}

#[test]
fn outlets_alone_at_the_end_are_the_source() {
    assert_eq!(
        parse_line("TTXVN/Vietnam+"),
        vec![(vec![Source], vec!["TTXVN", "Vietnam+"])]
    );
    assert_eq!(
        parse_line("Reuters, AFP"),
        vec![(vec![Source], vec!["Reuters", "AFP"])]
    );
    assert_eq!(parse_line("AP"), vec![(vec![Source], vec!["AP"])]);
    // A person and an agency: the author and the source.
    assert_eq!(
        parse_line("Lê Hà/Reuters"),
        vec![
            (vec![Author], vec!["Lê Hà"]),
            (vec![Source], vec!["Reuters"])
        ]
    );
}

/// The lengths `is_numbered_picture` looks for a space after are those of
/// the role words of one word for a medium, in either case.
#[test]
fn media_word_lengths_are_the_roles() {
    let mut lengths: Vec<usize> = crate::vocab::ROLES
        .parts
        .iter()
        .flat_map(|t| t.entries.iter())
        .filter(|(w, role)| crate::vocab::MEDIA_ROLES.contains(role) && !w.contains(" "))
        .flat_map(|(w, _)| [w.len(), w.to_uppercase().len()])
        .collect();
    lengths.sort_unstable();
    lengths.dedup();
    assert_eq!(lengths, MEDIA_WORD_BYTES);
}

/// The last two bytes [`closed_by_picture_kind`] tells a caption's end by
/// are those of each picture kind, in small letters and in capitals.
#[test]
fn picture_kind_ends_are_the_kinds_last_bytes() {
    for &(kind, _) in crate::vocab::PICTURE_KINDS.entries {
        for k in [kind.to_string(), kind.to_uppercase()] {
            let last: Vec<u8> = k.bytes().rev().take(2).collect();
            assert!(
                PICTURE_KIND_ENDS
                    .iter()
                    .any(|e| e.iter().rev().copied().eq(last.iter().copied())),
                "{k}"
            );
        }
    }
}

#[test]
fn picture_counters_of_a_gallery() {
    for line in [
        "1 / 5",
        "Ảnh 4/5",
        "ẢNH 4 / 5",
        "(Ảnh 3 trên 5)",
        "Hình 2 của 8",
        "[ 2 / 12 ]",
        "5 / 5",
    ] {
        assert!(is_picture_counter(line), "{line}");
    }
    // A number past the count, a date alone, a caption after the number,
    // a sentence, a word that is no medium, a count of four digits.
    for line in [
        "6 / 5",
        "4/5",
        "Ảnh 12/5",
        "Ảnh 4/5: Hoa nở ven đường",
        "Tỷ số 1 / 5",
        "Ngày 4/5",
        "1 / 1000",
        "",
    ] {
        assert!(!is_picture_counter(line), "{line}");
    }
}

/// A picture's or a clip's source (`Nguồn hình ảnh: X`, `Nguồn clip: X`)
/// names what it credits, as `Nguồn ảnh: X` does; the labels pages print
/// for screen readers take a comma for the colon.
#[test]
fn sources_of_pieces_and_labels_closed_by_a_comma() {
    assert_eq!(
        parse_line("Nguồn hình ảnh: Reuters"),
        [(vec![Photo], vec!["Reuters"])]
    );
    assert_eq!(
        parse_line("Nguồn hình: Lê Hà"),
        [(vec![Photo], vec!["Lê Hà"])]
    );
    assert_eq!(parse_line("Nguồn video: VTV"), [(vec![Video], vec!["VTV"])]);
    assert_eq!(
        parse_line("Nguồn clip: VTV, VTC"),
        [(vec![Video], vec!["VTV", "VTC"])]
    );
    // A sentence after the colon is no name.
    assert!(credit_line("Nguồn clip: clip được chia sẻ trên mạng xã hội", Place::End).is_none());
    // The roles alone after `Nguồn`: what was done, by no one named.
    assert_eq!(parse_line("Nguồn tổng hợp"), [(vec![Compilation], vec![])]);
    assert_eq!(parse_line("Nguồn clip:"), [(vec![Video], vec![])]);
    assert_eq!(
        parse_line("Nguồn Lao Động: https://laodong.vn/a.html"),
        [(vec![Source], vec!["Lao Động"])]
    );
    assert_eq!(
        parse_line("Tác giả, Nguyễn Minh Hà"),
        [(vec![Author], vec!["Nguyễn Minh Hà"])]
    );
    assert_eq!(
        parse_line("Nguồn hình ảnh, Reuters/AFP"),
        [(vec![Photo], vec!["Reuters", "AFP"])]
    );
    // Other role words take no comma for a colon.
    assert!(credit_line("Ảnh, video", Place::Labelled).is_none());
    assert!(credit_line("Tác giả,", Place::Labelled).is_none());
    // The label alone over its names.
    let label = label_alone("Tác giả,").map(|c| (c.text, c.roles, c.names));
    assert_eq!(label, Some(("Tác giả,", vec![Author], vec![])));
    assert!(label_alone("Ảnh,").is_none());
    let under = under_label("Tác giả,", "Nguyễn Minh Hà").map(|c| (c.roles, borrowed(c.names)));
    assert_eq!(under, Some((vec![Author], vec!["Nguyễn Minh Hà"])));
}

/// Captions opened by their label, on the caption's line or alone over it.
#[test]
fn captions_opened_by_their_labels() {
    assert!(is_labelled_caption("Chụp lại hình ảnh, Tàu hàng tại cảng"));
    assert!(is_labelled_caption("Chú thích ảnh: Tàu hàng tại cảng"));
    assert!(!is_labelled_caption("Chụp lại hình ảnh,"));
    assert!(!is_labelled_caption(
        "Chụp lại hình ảnh hiện trường, công an điều tra."
    ));
    assert!(is_caption_label_alone("Chụp lại hình ảnh,"));
    assert!(is_caption_label_alone("chụp lại video, "));
    assert!(!is_caption_label_alone("Chụp lại hình ảnh, Tàu hàng"));
    assert!(is_post_label_line("Vai trò, Phóng viên"));
    assert!(is_post_label_line("Vai trò,"));
    assert!(!is_post_label_line("Vai trò của doanh nghiệp"));
}
