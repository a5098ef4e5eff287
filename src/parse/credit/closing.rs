//! Credits closing the last paragraph (a source in brackets, a byline in
//! capitals or a credit opened by its roles after its last sentence), and
//! what pages glue to a byline: an e-mail address, the page clock, a follow
//! or share button.

use super::*;

/// The most words of a share button glued after a source's names.
pub(super) const MAX_SHARE_BUTTON_WORDS: usize = 2;

/// `names` without a share button glued after them (`Theo VTC News Copy
/// link`: the button is the page's, kept in the credit's text); a last
/// word in small letters stays the name's (`Theo Pháp luật & Bạn đọc`).
pub(super) fn without_share_button(names: &str) -> &str {
    let mut end = names.len();
    for _ in 0..MAX_SHARE_BUTTON_WORDS {
        // The last space, a non-breaking one too (`News\u{a0}Copy link`),
        // before the spaces after it (`News  Copy  link`).
        let head = names
            .get(..end)
            .unwrap_or_default()
            .trim_end_matches(is_space);
        let Some(space) = head.rfind(is_space) else {
            break;
        };
        end = space;
        let tail = trim(names.get(space..).unwrap_or_default());
        // One word in small letters closes a name (`Theo Pháp luật & Bạn
        // đọc`); a button of one word is printed with its capital (`Nghe`).
        let one_small = !tail.contains(is_space) && tail.starts_with(letters::is_small_letter);
        if !one_small
            && crate::parse::article::furniture(tail)
                .is_some_and(|f| f == crate::parse::article::Furniture::Closing)
        {
            return trim(names.get(..space).unwrap_or_default());
        }
    }
    names
}

/// A source in brackets closing a paragraph after its last sentence (`...
/// lan tràn như kể trên. (MSNBC)`, `... (Theo Reuters)`): the length of the
/// paragraph's text before it, and the source credit.
pub(crate) fn closing_source(par: &str) -> Option<(usize, RawCredit<'_>)> {
    let t = par.trim_end_matches(is_space);
    let closed = t.strip_suffix('.').unwrap_or(t);
    if !closed.ends_with(CLOSE_BRACKETS) {
        return closing_outlet(t);
    }
    let open = rfind_open_bracket(closed)?;
    let bracket = closed.get(open..)?;
    let inner = strip_brackets(bracket)?;
    let credit = source_credit(inner).or_else(|| agencies(inner))?;
    let before = par.get(..open)?.trim_end_matches(is_space);
    // `... theo Tổng cục Hải quan (TTXVN/Vietnam+)`: registered outlets and
    // agencies need no sentence end before them, unless the words before
    // spell the outlet out (`Thông tấn xã Việt Nam (TTXVN)` names it).
    let registered = || {
        let spelled = before.to_lowercase();
        credit
            .names
            .iter()
            .all(|n| match crate::outlets::outlet(n) {
                Some(o) => !spelled.ends_with(&o.name.to_lowercase()),
                None => crate::vocab::FOREIGN_OUTLETS.contains(n),
            })
    };
    if !before.ends_with(crate::vocab::SENTENCE_ENDS) && !registered() {
        return None;
    }
    let text = trim(par.get(open..)?);
    Some((before.len(), RawCredit { text, ..credit }))
}

/// `... giữ nguyên. Theo VnExpress`, `... giữ nguyên.Theo TTXVN`: `Theo`
/// and registered outlets after the last sentence, no bracket: where the
/// paragraph's own text ends, and the source credit.
fn closing_outlet(t: &str) -> Option<(usize, RawCredit<'_>)> {
    // Told by the last letter first: most paragraphs end with a mark.
    if !t.ends_with(|c: char| letters::is_alphanumeric(c) || c == '+') {
        return None;
    }
    let end = t.rfind(['.', '!', '?'])?;
    let tail = trim(t.get(end + 1..)?);
    word(SOURCE_WORD)(tail).ok()?;
    let credit = source_credit(tail)?;
    // Registered outlets, agencies abroad (`Theo Reuters`), or names cased
    // as an outlet's, words of letters each opened by a capital (`Theo
    // Newsweek`, `Theo Forbes, Newsweek`, `Theo South China Morning Post`):
    // no sentence goes on after `Theo` this way.
    let cased =
        |w: &str| w.starts_with(letters::is_uppercase) && w.chars().all(letters::is_alphabetic);
    let outlet = |n: &str| {
        crate::outlets::is_outlet_name(n)
            || crate::vocab::FOREIGN_OUTLETS.contains(n)
            || (n.split_whitespace().count() <= MAX_CLOSING_OUTLET_WORDS
                && n.split_whitespace().all(cased))
    };
    credit
        .names
        .iter()
        .all(|n| outlet(n))
        .then_some((end + 1, credit))
}

/// The most words of an unregistered outlet's name after `Theo` closing a
/// paragraph (`Theo South China Morning Post`).
const MAX_CLOSING_OUTLET_WORDS: usize = 5;

/// Where the last sentence of `t` ends: its last period, `!` or `?` but
/// the periods of initials (`D.KIM THOA`, `N. Hà`: a capital alone after a
/// space before the period; a Roman numeral too, `quý I.`, which
/// [`closing_byline`] tells by the names after it).
fn last_sentence_end(t: &str) -> Option<usize> {
    let mut end = t.len();
    loop {
        let k = t.get(..end)?.rfind(['.', '!', '?'])?;
        if !is_initial_period(t, k) {
            return Some(k);
        }
        end = k;
    }
}

/// Whether the byte `k` of `t` is the period of an initial: after a
/// capital alone, at the start or after a space or another initial's
/// period (`D.`, `N. Hà`, `K.L.M`).
fn is_initial_period(t: &str, k: usize) -> bool {
    let before = t.get(..k).unwrap_or_default();
    let mut back = before.chars().rev();
    t.get(k..k + 1) == Some(".")
        && back.next().is_some_and(letters::is_uppercase)
        && !matches!(back.next(), Some(c) if !is_space(c) && c != '.')
}

/// A byline in capitals or cased as names closing the last paragraph after
/// its last sentence (`... năm 2026. MINH ANH`, `... ./. MINH ANH - LÊ
/// HÀ`, `... giữ nguyên. Minh Anh`), as pages print a right-aligned byline
/// inside the paragraph: where the paragraph's own text ends (the sentence
/// end kept), and the credit.
pub(crate) fn closing_byline(par: &str) -> Option<(usize, RawCredit<'_>)> {
    let t = par.trim_end_matches(is_space);
    // Told by the last letter first: most paragraphs end with a mark.
    let last = t.chars().next_back()?;
    if !letters::is_alphabetic(last) {
        return None;
    }
    // The names may open with initials (`... nữa. D.KIM THOA`, `... trên.
    // N. Hà`): the sentence end before them first; then the last period
    // when a space follows it (`... trong quý I. MINH ANH`), never a
    // period glued to a name (`D.KIM`).
    let last_end = t.rfind(['.', '!', '?'])?;
    if !is_initial_period(t, last_end) {
        return byline_after(t, last_end);
    }
    let spaced = t
        .get(last_end + 1..)
        .is_some_and(|rest| rest.starts_with(is_space));
    t.get(..last_end)
        .and_then(last_sentence_end)
        .and_then(|end| byline_after(t, end))
        .or_else(|| spaced.then(|| byline_after(t, last_end)).flatten())
}

/// The byline of [`closing_byline`] after the sentence end at `end` of `t`.
fn byline_after(t: &str, end: usize) -> Option<(usize, RawCredit<'_>)> {
    let name = trim(t.get(end + 1..)?);
    // A source after `Theo` is no byline (see `closing_outlet`).
    if word(SOURCE_WORD)(name).is_ok() {
        return None;
    }
    // In capitals, or cased as names (`... giữ nguyên. Minh Anh`), each
    // word a capital and small letters: no widget (`Tin Liên Quan`).
    let cased = || {
        crate::parse::credit::is_name_cased(name)
            && name
                .split_whitespace()
                .all(|w| w.chars().skip(1).all(letters::is_small_letter))
            && !crate::parse::article::is_furniture(name)
    };
    if name.len() > MAX_CLOSING_BYLINE_BYTES
        || name.split_whitespace().count() < 2
        || name.chars().any(letters::is_small_letter) && !cased()
    {
        return None;
    }
    let names = split_names(name);
    // Pen names of two or three words (`VIỆT NAM VÔ ĐỊCH` is a slogan).
    let named = |n: &Cow<'_, str>| {
        is_name(n) && !is_place(n) && n.split_whitespace().count() <= MAX_CLOSING_NAME_WORDS
    };
    (!names.is_empty() && names.len() <= MAX_CLOSING_BYLINE_NAMES && names.iter().all(named)).then(
        || {
            (
                end + 1,
                RawCredit {
                    text: name,
                    roles: vec![Role::Author],
                    names,
                },
            )
        },
    )
}

/// Credits opened by their roles closing the last paragraph after its last
/// sentence, with a space between or none (`... trong năm 2023. Tin, ảnh:
/// KIM XUÂN`, `... ngày 31-12.Bài và ảnh: Lê Hà`), as a scraper joins the
/// byline's paragraph to the one above: where the paragraph's own text ends
/// (the sentence end kept), and the credits. A photo's credit first closes
/// a caption (`... Đà Nẵng. Ảnh: Lê Hà (TTXVN)`), not an article; names
/// with no label stay the paragraph's (see [`closing_byline`]).
pub(crate) fn closing_labelled(par: &str) -> Option<(usize, Vec<RawCredit<'_>>)> {
    let t = par.trim_end_matches(is_space);
    let mut from = t.len().saturating_sub(MAX_CLOSING_CREDIT_BYTES);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    // Told by a colon near the end first: most paragraphs hold none there.
    memchr::memchr(b':', t.get(from..)?.as_bytes())?;
    // The sentence ends nearest the end first: the names after the label
    // may hold periods (`Tin: T.HÙNG - Ảnh: K.L.M.`).
    let ends = t
        .char_indices()
        .rev()
        .take_while(|&(k, _)| k >= from)
        .filter(|&(_, c)| crate::vocab::SENTENCE_ENDS.contains(&c));
    for (k, c) in ends {
        let cut = k + c.len_utf8();
        let tail = trim(t.get(cut..)?);
        if !tail.contains(':') {
            continue;
        }
        let Some(found) = credit_line(tail, Place::Labelled) else {
            continue;
        };
        // The first credit's label read with it (`HÙNG - Ảnh: K.L.M` after
        // the period of `T.HÙNG` opens with a name).
        if found
            .first()
            .is_some_and(|c| c.roles != [Role::Photo] && c.text.contains(':'))
        {
            return Some((cut, found));
        }
    }
    None
}

/// The longest labelled credit closing a paragraph, in bytes.
pub(super) const MAX_CLOSING_CREDIT_BYTES: usize = 128;

/// The longest byline closing a paragraph, in bytes.
pub(super) const MAX_CLOSING_BYLINE_BYTES: usize = 64;

/// The most names of a byline closing a paragraph.
pub(super) const MAX_CLOSING_BYLINE_NAMES: usize = 3;

/// The most words of each name of a byline closing a paragraph.
pub(super) const MAX_CLOSING_NAME_WORDS: usize = 3;

/// Whether `s` is an e-mail address alone: no space, an `@` with a dot
/// after it.
pub(crate) fn is_email(s: &str) -> bool {
    // Told by its `@` first: most lines hold none.
    let Some(at) = memchr::memchr(b'@', s.as_bytes()) else {
        return false;
    };
    let (user, host) = s.split_at(at);
    !user.is_empty() && host.contains('.') && !s.contains(is_space)
}

/// `line` without an e-mail address set after the name by a bar, a dash
/// or a space (`Phước Huỳnh | ten@bao.vn`, `Hoàng Lan ten@bao.vn`), its
/// label before it or not (`Lê Hà | Email: ten@bao.vn`).
pub(super) fn without_email(line: &str) -> &str {
    if memchr::memchr(b'@', line.as_bytes()).is_none() {
        return line;
    }
    let labelled = |s: &str| {
        let address = crate::vocab::EMAIL_LABELS
            .starting()
            .parse(s)
            .map_or(s, |(rest, ())| trim(rest.strip_prefix(':').unwrap_or(rest)));
        is_email(address)
    };
    // The first bar or dash with the address (labelled or not) after it:
    // `Lê Hà - E-mail: le-ha@bao.vn` is cut at the dash before the label,
    // not at the one within it or within the address.
    let marks = line
        .char_indices()
        .filter(|&(_, c)| c == '|' || is_dash(c))
        .map(|(at, _)| at);
    for at in marks {
        let cut = cut_at_separator(line, Some(at), labelled);
        if cut.len() < line.len() {
            return cut;
        }
    }
    // `Lê Hà ten@bao.vn`: the address after a space.
    cut_at_separator(line, line.rfind(is_space), labelled)
}

/// Where an e-mail address glued to the name's last word starts in `line`
/// (`Minh Anhminhanh@bao.vn`, as a page's two spans are read with nothing
/// between them): the first place in that word after which an address
/// stands whose user opens with a word of the name without its marks
/// (`minh`, `le` for `Lê`) or with its initials (`nva` for `Nguyễn Văn
/// An`), the most common ways addresses are made.
pub(super) fn glued_email_at(line: &str) -> Option<usize> {
    let start = line.rfind(is_space).map_or(0, |at| at + 1);
    let word = line.get(start..)?;
    if !word.starts_with(letters::is_uppercase) || !is_email(word) {
        return None;
    }
    let user_end = memchr::memchr(b'@', word.as_bytes())?;
    let folded: Vec<String> = line
        .get(..start)?
        .split(is_space)
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(crate::outlets::fold).collect())
        .collect();
    // The initials of the names' words, the glued one's last.
    let initials: String = folded
        .iter()
        .filter_map(|w| w.chars().next())
        .chain(word.chars().next().map(crate::outlets::fold))
        .collect();
    word.char_indices()
        .skip(1)
        .take_while(|&(k, _)| k < user_end)
        .find_map(|(k, c)| {
            let (name, user) = (word.get(..k)?, word.get(k..user_end)?);
            let opens = |w: &str| w.chars().nth(1).is_some() && user.starts_with(w);
            let glued: String = name.chars().map(crate::outlets::fold).collect();
            // The name's word a capital and small letters (`Đle-ha@...` after
            // a label is a mistyped address, no name).
            (c.is_ascii_lowercase()
                && name.chars().nth(1).is_some_and(letters::is_small_letter)
                && name.chars().all(letters::is_alphabetic)
                && (folded.iter().any(|w| opens(w)) || opens(&glued) || opens(&initials)))
            .then_some(start + k)
        })
}

/// `line` without a page clock counted from the reading set after the
/// name by a bullet, a bar or a dash (`Minh Anh • 2 giờ trước`, `Minh Anh
/// – Hôm nay, 08:30`): no date can be read from it, and it is no name;
/// nor a date stamp (`Minh Anh – 03/04/2024 10:15`), the byline's own when
/// the article's dateline stands above. A page clock after a space alone
/// (`Minh Anh 2 giờ trước`, as a page's two tags are read without a
/// separator) goes too.
pub(crate) fn without_page_clock(line: &str) -> &str {
    // Every page clock holds a digit (`2 giờ trước`, `Hôm nay, 08:30`).
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return line;
    }
    let at = line.rfind(crate::vocab::is_bar_or_dash);
    let cut = cut_at_separator(line, at, |s| {
        crate::parse::dateline::is_relative_clock(s)
            || crate::parse::dateline::find(s).is_some_and(|f| f.head.is_none() && f.tail.is_none())
    });
    if cut.len() < line.len() {
        return cut;
    }
    // The longest relative clock after a space, among the line's last
    // bytes (a clock is short, opens with a digit or `h` and closes with a
    // digit, `trước` or its day: told by the end first).
    let day_last_words = crate::vocab::PAGE_CLOCK_DAYS.entries.iter();
    let closes = line.ends_with(|c: char| c.is_ascii_digit())
        || line.ends_with(crate::vocab::BEFORE_NOW)
        || day_last_words
            .filter_map(|(day, ())| day.rsplit(' ').next())
            .any(|last| line.ends_with(last));
    if !closes {
        return line;
    }
    let mut from = line
        .len()
        .saturating_sub(crate::parse::dateline::MAX_RELATIVE_CLOCK_BYTES);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let tail = line.get(from..).unwrap_or_default().as_bytes();
    let opens = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_digit() || b | 0x20 == b'h');
    memchr::memchr_iter(b' ', tail)
        .filter(|&k| opens(tail.get(k + 1)))
        .find_map(|k| {
            let (before, clock) = (line.get(..from + k)?, line.get(from + k + 1..)?);
            let before = trim(before);
            (!before.is_empty() && crate::parse::dateline::is_relative_clock(clock))
                .then_some(before)
        })
        .unwrap_or(line)
}

/// `line` without a follow button after the names (`Minh Anh Theo dõi`,
/// `Minh Anh - Theo dõi`, `Minh AnhTheo dõi`): the button is the page's,
/// kept in the credit's text.
pub(super) fn without_follow_button(line: &str) -> &str {
    let follow = crate::vocab::FOLLOW_WORDS;
    // Told by the last letter first: most lines end with another.
    if !matches!(line.as_bytes().last(), Some(b'i' | b'I')) {
        return line;
    }
    let at = line.len().saturating_sub(follow.len());
    let (Some(before), Some(tail)) = (line.get(..at), line.get(at..)) else {
        return line;
    };
    // After a space, or glued to the name with its capital (`Minh
    // AnhTheo dõi`: two tags read with nothing between).
    let glued = || letters::is_glued_at(line, at);
    if !(before.ends_with(is_space) || glued()) || word(follow)(tail).is_err() {
        return line;
    }
    let names = trim(trim(before).trim_end_matches(|c: char| is_dash(c) || c == '|'));
    if names.is_empty() {
        line
    } else {
        names
    }
}

/// What stands before the separator at `at` in `line`, trimmed, when
/// something does and what follows the separator (trimmed) is `cut`;
/// else `line`.
pub(super) fn cut_at_separator(line: &str, at: Option<usize>, cut: impl Fn(&str) -> bool) -> &str {
    let Some((before, after)) = at.and_then(|at| line.split_at_checked(at)) else {
        return line;
    };
    let mut rest = after.chars();
    rest.next();
    if !trim(before).is_empty() && cut(trim(rest.as_str())) {
        trim(before)
    } else {
        line
    }
}
