//! The marks of punctuation the grammars agree on: dashes, brackets,
//! sentence ends, invisible characters. The renderer reads the same sets
//! as the grammars it must agree with (`parse(render(a)) == a`).

/// The en dash, which a few grammars take beside the hyphen-minus (`15–25%`,
/// `3–4/6`, names split on it).
pub(crate) const EN_DASH: char = '\u{2013}';

/// The em dash, which splits names in a credit beside the en dash.
pub(crate) const EM_DASH: char = '\u{2014}';

/// The minus sign, which negates a percent or a figure glued after it
/// (`−5 độ C`) beside the hyphen-minus.
pub(crate) const MINUS_SIGN: char = '\u{2212}';

/// Dashes that separate a source marker, a time from a date, or names in a
/// credit: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash,
/// em dash, horizontal bar and minus sign.
pub(crate) const DASHES: &[char] = &[
    '-', '\u{2010}', '\u{2011}', '\u{2012}', EN_DASH, EM_DASH, '\u{2015}', MINUS_SIGN,
];

/// Whether `c` is one of [`DASHES`].
#[inline]
pub(crate) fn is_dash(c: char) -> bool {
    DASHES.contains(&c)
}

/// Whether `c` is a pictograph a page prints as an icon before a field
/// (`✍️ Minh Anh`, `🕒 12/03/2024`, `▶ Video`): arrows, shapes, symbols,
/// dingbats and emoji, and the selector that asks for the emoji's form.
#[inline]
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2190..=0x21FF | 0x2300..=0x23FF | 0x25A0..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x1F000..=0x1FAFF
    )
}

/// Characters that carry no visible text: zero-width space, joiners, word
/// joiner, soft hyphen, the byte order mark, and the marks and controls of
/// writing direction (U+200E, U+200F, U+202A..U+202E, U+2066..U+2069),
/// which text copied from pages and social networks carries. Trimmed like
/// white space.
pub(crate) const INVISIBLES: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{00AD}', '\u{FEFF}', '\u{200E}', '\u{200F}',
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// The line and paragraph separators of Unicode (U+2028, U+2029), which
/// text taken from a page's scripts or metadata carries in place of line
/// ends: [`crate::normalize()`] writes each as `\n`.
pub(crate) const LINE_SEPARATORS: [char; 2] = ['\u{2028}', '\u{2029}'];

/// The marks that close a clause after a mention: `ngày 20 tới, ...`,
/// `tháng 3, 4.`, `ngày 1/4, thứ Ba;`.
pub(crate) const CLAUSE_ENDS: &[char] = &[',', '.', ';', ':', ')', '!', '?'];

/// The full-width opening bracket, the other of [`OPEN_BRACKETS`].
pub(crate) const FULLWIDTH_OPEN: char = '\u{FF08}';

/// The full-width closing bracket.
pub(crate) const FULLWIDTH_CLOSE: char = '\u{FF09}';

/// Opening brackets, ASCII and full-width.
pub(crate) const OPEN_BRACKETS: &[char] = &['(', FULLWIDTH_OPEN];

/// Closing brackets, ASCII and full-width, in the order of [`OPEN_BRACKETS`].
pub(crate) const CLOSE_BRACKETS: &[char] = &[')', FULLWIDTH_CLOSE];

/// Square brackets, which hold a credit as round ones do (`[Ảnh: Lê Hà]`)
/// and a source marker's code only with a dash or a colon after them
/// (`[CT] -`), but open no mention's bracket.
pub(crate) const SQUARE_BRACKETS: (char, char) = ('[', ']');

/// What ends a sentence: a caption's text before its credit, the text
/// before a closing source. A credit rendered after one takes a space, not
/// ` - `.
pub(crate) const SENTENCE_ENDS: [char; 6] = ['.', '!', '?', '"', '\u{201D}', '\u{2026}'];

/// What ends a paragraph: a sentence end, or the colon of a line that
/// announces what follows.
pub(crate) const PARAGRAPH_ENDS: [char; 7] = ['.', '!', '?', '\u{2026}', ':', '"', '\u{201D}'];

/// Quotes that open a quoted title or sentence: straight, curly and
/// angle (`"Siêu máy bay"`, `“Siêu máy bay”`, `‘Phép màu’`, `«...»`).
pub(crate) const OPENING_QUOTES: [char; 5] = ['"', '\'', '\u{201C}', '\u{2018}', '\u{AB}'];

/// Punctuation that no name holds: a line with one is a sentence, a label
/// or a list, not the names of a credit. (Brackets, which names do not
/// hold either, are told apart where a grammar reads them.)
pub(crate) const NOT_IN_NAMES: [char; 7] = [':', ';', '?', '!', '"', '\u{201C}', '\u{201D}'];

/// Whether `c` is one of [`NOT_IN_NAMES`] or a bracket.
#[inline]
pub(crate) fn not_in_names_nor_brackets(c: char) -> bool {
    NOT_IN_NAMES.contains(&c) || matches!(c, '(' | ')')
}

/// What a title ends with when the line under it goes on with it: none of
/// these (a sentence end or a colon closes the title).
pub(crate) const TITLE_CLOSERS: [char; 6] = ['.', '?', '!', ':', '"', '\u{201D}'];

/// What a section label never ends with: a sentence end, a colon, a comma
/// or a semicolon.
pub(crate) const NOT_LABEL_ENDS: [char; 8] = ['.', '?', '!', ':', ',', ';', '"', '\u{201D}'];

/// The characters that always cut a names part (dashes cut too, spaced;
/// bullets: `Minh Anh • Lê Hà`).
pub(crate) const NAME_SEPARATORS: &[char] = &[',', '/', ';', '&', '|', '•', '·', EN_DASH, EM_DASH];

/// The mark after an author's name that a note about the author explains
/// (`Mai Lan (*)`, then `(*) Tác giả là ...`).
pub(crate) const FOOTNOTE_MARK: &str = "(*)";

/// What `tail` and `head` print around a file's name between files (`==>
/// bai-01.txt <==`).
pub(crate) const FILE_NAME_MARKS: (&str, &str) = ("==> ", " <==");

/// Whether the trimmed line `line` is a file's name as `tail` and `head`
/// print it between files (see [`FILE_NAME_MARKS`]).
pub(crate) fn is_file_name_line(line: &[u8]) -> bool {
    let (open, close) = FILE_NAME_MARKS;
    line.len() > open.len() + close.len()
        && line.starts_with(open.as_bytes())
        && line.ends_with(close.as_bytes())
}

/// The marks a rule that separates a dump's articles is drawn with
/// (`=====`, `-----`, `_____`, `~~~~~`, `#####`); `*` breaks an article's
/// sections.
pub(crate) const SEPARATOR_MARKS: [u8; 5] = [b'=', b'-', b'_', b'~', b'#'];

/// The fewest marks of a rule (`***`, `=====`): of a section break in an
/// article, or of a separator between a dump's articles.
pub(crate) const MIN_RULE_MARKS: usize = 3;

/// The longest line that separates articles, in bytes.
const MAX_SEPARATOR_LINE: usize = 200;

/// Whether the trimmed line `line` separates a dump's articles: a rule of
/// one of [`SEPARATOR_MARKS`] drawn three times or more (spaces between the
/// marks allowed), or a file's name as `tail` prints it.
pub(crate) fn is_separator_line(line: &[u8]) -> bool {
    let Some(&mark) = line.first().filter(|m| SEPARATOR_MARKS.contains(m)) else {
        return false;
    };
    line.len() <= MAX_SEPARATOR_LINE
        && (line.iter().filter(|&&b| b == mark).count() >= MIN_RULE_MARKS
            && line.iter().all(|&b| b == mark || b == b' ')
            || is_file_name_line(line))
}

/// The named character references a scraper may leave in text (`&nbsp;`,
/// `&quot;`, `Vi&ecirc;&#803;t`): HTML's names for spaces, punctuation,
/// signs and the Latin letters of Vietnamese that have one, case as HTML
/// writes them. Decoded by [`crate::normalize()`].
pub(crate) const NAMED_REFERENCES: &[(&str, char)] = &[
    ("nbsp", '\u{A0}'),
    ("amp", '&'),
    ("AMP", '&'),
    ("quot", '"'),
    ("QUOT", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("LT", '<'),
    ("gt", '>'),
    ("GT", '>'),
    ("ndash", EN_DASH),
    ("mdash", EM_DASH),
    ("minus", '\u{2212}'),
    ("hellip", '\u{2026}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("sbquo", '\u{201A}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("bdquo", '\u{201E}'),
    ("laquo", '\u{AB}'),
    ("raquo", '\u{BB}'),
    ("lsaquo", '\u{2039}'),
    ("rsaquo", '\u{203A}'),
    ("middot", '\u{B7}'),
    ("bull", '\u{2022}'),
    ("prime", '\u{2032}'),
    ("Prime", '\u{2033}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("shy", '\u{AD}'),
    ("copy", '\u{A9}'),
    ("reg", '\u{AE}'),
    ("trade", '\u{2122}'),
    ("deg", '\u{B0}'),
    ("times", '\u{D7}'),
    ("divide", '\u{F7}'),
    ("plusmn", '\u{B1}'),
    ("permil", '\u{2030}'),
    ("frac12", '\u{BD}'),
    ("frac14", '\u{BC}'),
    ("frac34", '\u{BE}'),
    ("sup2", '\u{B2}'),
    ("sup3", '\u{B3}'),
    ("micro", '\u{B5}'),
    ("sect", '\u{A7}'),
    ("para", '\u{B6}'),
    ("euro", '\u{20AC}'),
    ("pound", '\u{A3}'),
    ("yen", '\u{A5}'),
    ("cent", '\u{A2}'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Atilde", 'Ã'),
    ("Abreve", 'Ă'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Igrave", 'Ì'),
    ("Iacute", 'Í'),
    ("Itilde", 'Ĩ'),
    ("Ograve", 'Ò'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Otilde", 'Õ'),
    ("Ugrave", 'Ù'),
    ("Uacute", 'Ú'),
    ("Utilde", 'Ũ'),
    ("Yacute", 'Ý'),
    ("Dstrok", 'Đ'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("abreve", 'ă'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("itilde", 'ĩ'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("utilde", 'ũ'),
    ("yacute", 'ý'),
    ("dstrok", 'đ'),
];

/// What a numeric reference to U+0080..U+009F stands for, as browsers read
/// it (the Windows-1252 characters at those bytes: `&#150;` is an en
/// dash); `None` where that code page has none.
pub(crate) const WINDOWS_1252_REFERENCES: [Option<char>; 32] = [
    Some('\u{20AC}'),
    None,
    Some('\u{201A}'),
    Some('\u{0192}'),
    Some('\u{201E}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02C6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017D}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02DC}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203A}'),
    Some('\u{0153}'),
    None,
    Some('\u{017E}'),
    Some('\u{0178}'),
];
