//! The shared parsers, look-ups and line splitting on made-up input.

use super::*;

#[test]
fn line_at_reads_every_line_end_alike() {
    let b = b"ab\ncd\r\nef\rg";
    assert_eq!(line_at(b, 0, 0, true), Some((2, 3)));
    assert_eq!(line_at(b, 3, 3, true), Some((5, 7)));
    assert_eq!(line_at(b, 7, 7, true), Some((9, 10)));
    assert_eq!(line_at(b, 10, 10, true), Some((11, 11)));
    assert_eq!(line_at(b, 11, 11, true), None);
    // Before the end of the stream: a last line without its end, or a
    // `\r` last (the first half of `\r\n`?), waits for more.
    assert_eq!(line_at(b, 10, 10, false), None);
    assert_eq!(line_at(b"ab\r", 0, 0, false), None);
    assert_eq!(line_at(b"ab\r", 0, 0, true), Some((2, 3)));
    assert_eq!(line_at(b"ab\rc", 0, 0, false), Some((2, 3)));
    // A search resumed where the last one stopped.
    assert_eq!(line_at(b"abc\n", 0, 2, false), Some((3, 4)));
    assert_eq!(
        raw_lines("a\r\rb\r\n", 0, 7).collect::<Vec<_>>(),
        [(0, 1), (2, 2), (3, 4)]
    );
}

#[test]
fn sp0_takes_every_kind_of_space() {
    assert_eq!(sp0("x"), Ok(("x", "")));
    assert_eq!(sp0(" x"), Ok(("x", " ")));
    assert_eq!(sp0(" ạ"), Ok(("ạ", " ")));
    assert_eq!(sp0("  x"), Ok(("x", "  ")));
    assert_eq!(sp0(" \u{a0}x"), Ok(("x", " \u{a0}")));
    assert_eq!(sp0("\u{a0}\u{200b}x"), Ok(("x", "\u{a0}\u{200b}")));
    assert_eq!(sp0(" "), Ok(("", " ")));
    assert_eq!(sp0(""), Ok(("", "")));
    assert!(sp1("x").is_err());
    assert_eq!(sp1(" x"), Ok(("x", " ")));
}

#[test]
fn more_words_than_agrees_with_the_count() {
    for s in [
        "",
        "  ",
        "Kết",
        "Kết nạp",
        " Tin, ảnh:\u{a0}KIM\u{200b}XUÂN ",
        "Một  đoạn văn dài có nhiều chữ hơn một nhãn.",
    ] {
        for n in 0..12 {
            assert_eq!(more_words_than(s, n), word_count(s) > n, "{s:?} {n}");
        }
    }
    assert!(more_words_than("Kết nạp đảng viên", 3));
    assert!(!more_words_than("Kết nạp đảng viên", 4));
}

#[test]
fn word_ignores_case_and_needs_a_boundary() {
    assert_eq!(word("ngày")("Ngày 2-4"), Ok((" 2-4", "Ngày")));
    assert!(word("ngày")("ngàyx").is_err());
    assert_eq!(word("chủ nhật")("CHỦ  NHẬT,"), Ok((",", "CHỦ  NHẬT")));
}

#[test]
fn phrases_match_in_either_case_with_any_spaces() {
    use super::tables::match_phrase;
    // The same bytes, ASCII capitals, capitals with marks (two and three
    // bytes), runs of spaces and a non-breaking space for one space.
    assert_eq!(match_phrase("tháng 3", "tháng"), Some("tháng".len()));
    assert_eq!(match_phrase("THÁNG 3", "tháng"), Some("THÁNG".len()));
    assert_eq!(match_phrase("Đầu năm", "đầu"), Some("Đầu".len()));
    assert_eq!(match_phrase("CHỦ NHẬT", "chủ nhật"), Some("CHỦ NHẬT".len()));
    assert_eq!(match_phrase("hôm  nay", "hôm nay"), Some("hôm  nay".len()));
    assert_eq!(
        match_phrase("hôm\u{a0}nay", "hôm nay"),
        Some("hôm\u{a0}nay".len())
    );
    assert_eq!(
        match_phrase("hôm \u{a0} nay", "hôm nay"),
        Some("hôm \u{a0} nay".len())
    );
    // Other letters: ASCII, other first bytes (`á` C3 against `ứ` E1), the
    // same first byte (`á` C3 A1 against `à` C3 A0), a mark against none,
    // the input's end, a missing space.
    assert_eq!(match_phrase("thì", "tháng"), None);
    assert_eq!(match_phrase("thứ", "tháng"), None);
    assert_eq!(match_phrase("thàng", "tháng"), None);
    assert_eq!(match_phrase("thang", "tháng"), None);
    assert_eq!(match_phrase("thá", "tháng"), None);
    assert_eq!(match_phrase("hômnay", "hôm nay"), None);
    assert_eq!(match_phrase("", "a"), None);
    assert_eq!(match_phrase("abc", ""), Some(0));
}

/// The bytes under which a table's first-byte index files an entry.
fn indexed_bytes(starts: &[u64; 256]) -> Vec<u8> {
    (0..=255u8)
        .filter(|&b| starts[usize::from(b)] != 0)
        .collect()
}

#[test]
fn first_bytes_cover_both_cases_and_bytes_outside_ascii() {
    const T: Table<u8> = Table::new(&[
        ("tỷ", 1),
        ("Kg", 2),
        ("đồng", 3),
        ("%", 4),
        ("tấn", 5),
        ("ước", 6),
        ("µg", 7),
    ]);
    let on = indexed_bytes(&T.starts);
    let mut want = vec![b'%', b'K', b'T', b'k', b't'];
    want.extend(0x80..=0xFF);
    assert_eq!(on, want);
    assert_eq!(T.starts[usize::from(b't')], 0b10001);
    // A letter of Vietnamese and its capital share their first byte: `đ`
    // and `Đ` C4, `ư` and `Ư` C6; `µ` (C2 B5) and its capital `Μ` (CE 9C)
    // do not, and it stands under every byte from 0x80.
    assert_eq!(T.starts[0xC4], 0b100_0100);
    assert_eq!(T.starts[0xC6], 0b110_0000);
    assert_eq!(T.starts[0xE1], 0b100_0000);
    let p = T.starting();
    assert_eq!(p("Tỷ đồng"), Ok((" đồng", 1)));
    assert_eq!(p("TẤN"), Ok(("", 5)));
    assert_eq!(p("Đồng"), Ok(("", 3)));
    assert_eq!(p("ƯỚC"), Ok(("", 6)));
    assert_eq!(p("µg"), Ok(("", 7)));
    assert!(p("xã").is_err());
    assert!(p("tỷx").is_err());
    assert!(p("").is_err());
    assert!(first_bytes::<u8>(&[]).iter().all(|&b| b == 0));
    // Signs with no other case (`£` C2 A3, `€` and `₫` E2, `–` E2) stand
    // under their first byte alone, and match only as written.
    const S: Table<u8> = Table::new(&[("£", 1), ("€", 2), ("₫", 3), ("–", 4)]);
    assert_eq!(indexed_bytes(&S.starts), [0xC2, 0xE2]);
    assert_eq!(S.starts[0xE2], 0b1110);
    let p = S.starting();
    assert_eq!(p("₫ 10"), Ok((" 10", 3)));
    assert_eq!(p("– 5"), Ok((" 5", 4)));
    assert_eq!(p("£"), Ok(("", 1)));
    assert!(p("—").is_err());
    assert!(p("¥").is_err());
    assert!(p("đ").is_err());
    // A whole match may be a later entry than a shorter one that starts it.
    const L: Table<u8> = Table::new(&[("cập nhật", 1), ("cập nhật lúc", 2), ("lúc", 3)]);
    assert_eq!(L.whole("Cập  nhật lúc"), Some(2));
    assert_eq!(L.whole("cập nhật"), Some(1));
    assert_eq!(L.whole("cập nhật lúc 7"), None);
    assert_eq!(L.whole(""), None);
    assert!(L.contains("LÚC"));
}

#[test]
fn second_bytes_keep_every_entry_the_text_may_match() {
    const T: Table<u8> = Table::new(&[
        ("x", 1),
        ("ab", 2),
        ("a b", 3),
        ("àa", 4),
        ("ấp", 5),
        ("mùa", 6),
        ("mĩ", 7),
        ("µg", 8),
    ]);
    let under = |bit: u8| -> Vec<u8> {
        (0..=255u8)
            .filter(|&b| T.seconds[usize::from(b)] & (1 << (bit - 1)) != 0)
            .collect()
    };
    // One byte: whatever follows it.
    assert_eq!(under(1), (0..=255).collect::<Vec<u8>>());
    // An ASCII letter: both its cases.
    assert_eq!(under(2), vec![b'B', b'b']);
    // A space: any white space, ASCII or led by a byte from 0x80.
    let mut spaces: Vec<u8> = (0..=0x20).collect();
    spaces.extend(0x80..=0xFF);
    assert_eq!(under(3), spaces);
    // The last byte of a two-byte letter (`à` C3 A0, `À` C3 80) and any
    // other character's second byte: every continuation byte.
    assert_eq!(under(4), (0x80..=0xBF).collect::<Vec<u8>>());
    assert_eq!(under(8), (0x80..=0xBF).collect::<Vec<u8>>());
    // A letter of U+1EA0..U+1EF9 (`ấ` E1 BA A5): its second byte; a
    // letter with marks after an ASCII one: its first byte.
    assert_eq!(under(5), vec![0xBA]);
    assert_eq!(under(6), vec![0xC3]);
    assert_eq!(under(7), vec![0xC4]);
    let p = T.starting();
    assert_eq!(p("A  B"), Ok(("", 3)));
    assert_eq!(p("a\u{a0}b"), Ok(("", 3)));
    assert_eq!(p("AB"), Ok(("", 2)));
    assert_eq!(p("ÀA"), Ok(("", 4)));
    assert_eq!(p("ẤP"), Ok(("", 5)));
    assert_eq!(p("MÙA"), Ok(("", 6)));
    assert_eq!(p("MĨ"), Ok(("", 7)));
    assert_eq!(p("X"), Ok(("", 1)));
    assert!(p("ac").is_err());
    assert!(p("a").is_err());
    assert!(p("ắp").is_err());
    assert!(p("mưa").is_err());
}

#[test]
fn word_filters_take_first_or_last_words_in_either_case() {
    const T: &[(&str, ())] = &[("rạng sáng", ()), ("km/h", ()), ("tỷ", ())];
    const FIRST: WordFilter = WordFilter::new().with(T);
    const LAST: WordFilter = WordFilter::new().with_last(T);
    assert_eq!(FIRST.may_start("Rạng đông"), (true, "Rạng".len()));
    assert_eq!(FIRST.may_start("KM/H"), (true, 2));
    assert_eq!(FIRST.may_start("TỶ."), (true, "TỶ".len()));
    assert!(!FIRST.may_start("sáng").0);
    assert!(LAST.may_end("hôm SÁNG"));
    assert!(LAST.may_end("“sáng"));
    assert!(LAST.may_end("x\u{a0}sáng"));
    assert!(LAST.may_end("tỷ"));
    assert!(LAST.may_end("TỶ"));
    assert!(!LAST.may_end("rạng"));
    assert!(!LAST.may_end("sáng,"));
    assert!(!LAST.may_end("sáng“"));
    assert!(!LAST.may_end(""));
    assert!(!LAST.may_end("sán"));
    assert!(LAST.may_end("SÁNG"));
    assert!(!LAST.may_end("TÝ"));
    // Every character whose lowercase is the last letter of a word ends
    // with one of the filter's end bytes.
    const D: &[(&str, ())] = &[("tối", ()), ("đêm", ()), ("trưa", ()), ("ngày", ())];
    const DL: WordFilter = WordFilter::new().with_last(D);
    let lasts: Vec<char> = D.iter().filter_map(|d| d.0.chars().last()).collect();
    let mut seen = 0;
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if lasts.iter().any(|&l| c.to_lowercase().eq([l])) {
            let last = *c.to_string().as_bytes().last().unwrap();
            assert!(
                DL.ends[usize::from(last / 64)] & (1 << (last % 64)) != 0,
                "{c:?}"
            );
            seen += 1;
        }
    }
    assert_eq!(seen, 8, "ố Ố m M a A y Y");
    assert!(DL.may_end("TỐI") && DL.may_end("ĐÊM") && DL.may_end("NGÀY"));
}

#[test]
fn numbers_are_read_whole_or_refused() {
    assert_eq!(number(1, 2)("07:35"), Ok((":35", 7)));
    assert_eq!(number(4, 4)("2024-"), Ok(("-", 2024)));
    assert!(number(1, 2)("123").is_err());
    assert!(number(1, 2)("x").is_err());
    assert_eq!(number(1, 10)("4294967295"), Ok(("", u32::MAX)));
    assert!(number(1, 10)("4294967296").is_err());
}

#[test]
fn longer_than_counts_characters() {
    assert!(!longer_than("", 0));
    assert!(longer_than("a", 0));
    assert!(!longer_than("ệệệ", 3));
    assert!(longer_than("ệệệ", 2));
    assert!(!longer_than("abc", 3));
    assert!(longer_than(&"ệ".repeat(13), 12));
    assert!(!longer_than(&"ệ".repeat(12), 12));
    assert!(longer_than(&"a".repeat(49), 12));
}

#[test]
fn rfind_byte_finds_the_last_match() {
    let s = b"abc def ghijklmnop q";
    assert_eq!(rfind_byte(s, s.len(), b' '), Some(18));
    assert_eq!(rfind_byte(s, 18, b' '), Some(7));
    assert_eq!(rfind_byte(s, 7, b' '), Some(3));
    assert_eq!(rfind_byte(s, 3, b' '), None);
    assert_eq!(rfind_byte(s, 99, b'a'), Some(0));
    // Bytes one above the needle next to it: no false match.
    assert_eq!(rfind_byte(b"!!!! !!!!!!!!!!!", 16, b' '), Some(4));
    for n in 0..40 {
        let mut v = vec![b'!'; 40];
        v[n] = b' ';
        assert_eq!(rfind_byte(&v, 40, b' '), Some(n));
        assert_eq!(rfind_byte(&v, n, b' '), None);
        assert_eq!(rfind_byte(&v, n + 1, b' '), Some(n));
    }
}

#[test]
fn find_byte_finds_the_first_match() {
    let s = b"abc defghij klmnopq r";
    assert_eq!(find_byte(s, 0, b' '), 3);
    assert_eq!(find_byte(s, 4, b' '), 11);
    assert_eq!(find_byte(s, 12, b' '), 19);
    assert_eq!(find_byte(s, 20, b' '), s.len());
    assert_eq!(find_byte(b"\xff\x20\x21\x20", 0, b' '), 1);
    for n in 0..40 {
        let mut v = vec![b'x'; 40];
        v[n] = b' ';
        assert_eq!(find_byte(&v, 0, b' '), n);
    }
}

#[test]
fn number_takes_bounded_digit_runs() {
    assert_eq!(number(1, 2)("03/"), Ok(("/", 3)));
    assert!(number(1, 2)("123").is_err());
    assert!(number(4, 4)("99").is_err());
}

#[test]
fn parts_of_day_apply_to_twelve_hour_readings() {
    assert_eq!(PartOfDay::Evening.apply(7), 19);
    assert_eq!(PartOfDay::Afternoon.apply(14), 14);
    assert_eq!(PartOfDay::Noon.apply(1), 13);
    assert_eq!(PartOfDay::Noon.apply(11), 11);
    assert_eq!(PartOfDay::Night.apply(2), 2);
    assert_eq!(PartOfDay::Night.apply(10), 22);
    assert_eq!(PartOfDay::Morning.apply(7), 7);
}

#[test]
fn rfind_byte_above_stops_at_its_floor() {
    let s = b"mot hai ba bon nam sau bay tam";
    assert_eq!(rfind_byte_above(s, 0, s.len(), b' '), Some(26));
    assert_eq!(rfind_byte_above(s, 26, s.len(), b' '), Some(26));
    assert_eq!(rfind_byte_above(s, 27, s.len(), b' '), None);
    // The eight bytes read may reach below the floor: a space there is
    // not found.
    assert_eq!(rfind_byte_above(s, 20, 26, b' '), Some(22));
    assert_eq!(rfind_byte_above(s, 23, 26, b' '), None);
    assert_eq!(rfind_byte_above(s, 0, 3, b' '), None);
    assert_eq!(rfind_byte_above(s, 2, 4, b' '), Some(3));
    assert_eq!(rfind_byte_above(s, 5, 4, b' '), None);
    // A text without spaces, looked at above its floor only.
    let long = [b'1'; 100];
    assert_eq!(rfind_byte_above(&long, 90, 100, b' '), None);
}
