//! Mentions in the running text: dates, quarters, times, percents, ratios.
//!
//! The scanner looks only at word starts, dispatching on the first byte: a
//! digit, a bracket, or the first letter of one of the words that open a
//! mention (`ngày`, `mùng`, `hôm`, the parts of the day, `quý`, `lúc`).
//!
//! Rules:
//! - A date with its year in any order of separators (`2-4-2024`, `28/3/2024`,
//!   `15.6.2024`) or written out (`ngày 2 tháng 4 năm 2024`).
//! - A date without its year: `d/m` anywhere; `d-m` and `d.m` only after a word
//!   that announces a date (`ngày`, `sáng`, `hôm qua`, `mùng`...) or in brackets
//!   (`(28/3)`), since `2-0` is a score and `15.6` a number otherwise. Its year
//!   is the one that puts it nearest the dateline.
//! - Never a date: a form followed by `%`, another `/` or a letter
//!   (`318/BC-UBND`, `15/2020/NĐ-CP`), or an impossible day or month (`51/95`).
//! - A quarter: `quý` and a Roman or Arabic numeral 1 to 4, with an optional
//!   year after `-`, `/` or `năm`.
//! - A time: `7 giờ 35`, `12 giờ 50 phút`, `18h15`, `7g30`, `19:35`, with
//!   `sáng`/`chiều`/`tối`... after it applied; an hour alone (`18h`, `7 giờ`)
//!   only after `lúc` or `khoảng`.
//! - A percent: a Vietnamese number (decimal comma, thousands dot) and `%`,
//!   or a range `15-25%`.
//! - A ratio: `51/95` when it is no date and the count is at most the total.

use super::letters;
use chrono::{Datelike, NaiveDate};
use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

use super::common::{
    ch, dash, find_byte, is_word, number, sp0, sp1, word, PartOfDay, Res, Table, WordFilter,
};
use super::dateline::{date_dmy, date_dmy_spaced, time, RawDate, RawTime};
use super::number::{
    ambiguous, figure, figure_after, leading_digits, too_long, unit_follows, vn_decimal,
    vn_number_with,
};
use super::when;
use super::Finding;
use crate::error::Detail;
use crate::model::{DiagnosticCode, Mention, MentionValue, Span, Text};
use crate::normalize::{is_dash, is_space, trim_start, Spaced, CLOSE_BRACKETS, OPEN_BRACKETS};
use crate::vocab::{self, DATE_WORDS, DATE_WORDS_AFTER, NOT_RATIO_BEFORE, TIME_WORDS};
use crate::MAX_PIECES;

mod anchors;
mod checks;
mod dates;
mod grammars;
mod lists;
mod numeric;
mod openers;
mod quarters;
mod ranges;
mod signs;
mod times;
mod weekdays;

use anchors::*;
use checks::*;
use dates::*;
use grammars::*;
use lists::*;
use numeric::*;
use openers::*;
use quarters::*;
pub(crate) use ranges::list_joined;
use ranges::*;
use signs::*;
use times::*;
use weekdays::*;

/// What the scanner needs from the rest of the article.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    /// The dateline's date, for dates written without their year.
    pub dateline: Option<NaiveDate>,
    /// The figure read continues a list that a mention opened: of days
    /// (`5-4` in `ngày 4 và 5-4`: its day and month may be joined by a dash
    /// or a dot, as after the date word), or of years (`2024` in `năm 2023
    /// và 2024`: a year alone).
    pub listed: Option<Listed>,
    /// The figure stands right after a date (`8h` in `ngày mai 8h`, `tối
    /// 2/4, 8 giờ`): a bare hour there is a time.
    pub after_date: bool,
    /// The texts scanned are known to part their words by single spaces
    /// (their article holds none of the white space
    /// [`Spaced::of_running`] looks for): no view of them is asked for.
    pub plain_spaces: bool,
}

/// What a list continues (see [`Context::listed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Listed {
    Day,
    /// `4` in `tháng 3, 4 năm 2024`, after the month that opens (the first
    /// day of the month before it).
    Month(NaiveDate),
    Year,
}

/// Scans `text` (which starts at byte `base` of the normalized text) and
/// appends its mentions to `out`, and impossible dates to `findings`.
///
/// Mentions start at words, and words start after a space (or an opening
/// bracket or quote after a space): the scanner jumps from space to space
/// with `memchr` and tries the grammar only where the first bytes may open
/// a mention (a digit, a bracket, the first letters of `ngày`, `sáng`,
/// `quý`, `lúc`...).
pub(crate) fn scan<'a>(
    text: &'a str,
    base: usize,
    ctx: Context,
    out: &mut Vec<Mention<'a>>,
    findings: &mut Vec<Finding>,
) {
    // Past the limit the article is an error: no use reading on.
    if out.len() > MAX_PIECES || findings.len() > MAX_PIECES {
        return;
    }
    let view = if ctx.plain_spaces {
        None
    } else {
        Spaced::of_running(text)
    };
    match view {
        None => Scanner::new(text, base, ctx, out, findings).run(),
        Some(view) => scan_spaced(text, base, ctx, (out, findings), &view),
    }
}

/// [`scan`] of a text whose white space is not all single ASCII spaces
/// (`tăng\u{a0}5%`, `10  giờ 45`, a tab): its view with plain spaces
/// ([`Spaced`]) is read, and each mention found there told by the text's
/// own bytes (`tăng\u{a0}5%` is read as `tăng 5%` is; the mention's text
/// keeps the non-breaking space).
#[inline(never)]
fn scan_spaced<'a>(
    text: &'a str,
    base: usize,
    ctx: Context,
    (out, findings): (&mut Vec<Mention<'a>>, &mut Vec<Finding>),
    view: &Spaced,
) {
    // The last mentions before the text, for a day named by the date read
    // before it (`chiều cùng ngày`): their values, with their spans (before
    // `base`, so that no mention of this text is taken for one of them).
    let seeded: Vec<Mention<'_>> = out
        .iter()
        .skip(out.len().saturating_sub(SAME_DAY_LOOKBACK))
        .map(|m| Mention {
            text: Text::new("", m.text.span),
            value: m.value.clone(),
        })
        .collect();
    let (skip, mut found, mut noted) = (seeded.len(), seeded, Vec::new());
    Scanner::new(&view.text, base, ctx, &mut found, &mut noted).run();
    let in_text = |span: Span| {
        let local = Span::new(
            span.start.saturating_sub(base),
            span.end.saturating_sub(base),
        );
        let span = view.span_in_text(local);
        (span, Span::new(base + span.start, base + span.end))
    };
    for m in found.into_iter().skip(skip) {
        let (local, span) = in_text(m.text.span);
        let t = text.get(local.range()).unwrap_or_default();
        out.push(Mention {
            text: Text::new(t, span),
            value: m.value,
        });
    }
    for mut f in noted {
        f.span = in_text(f.span).1;
        findings.push(f);
    }
}

/// The scanner's state over one text (see [`scan`]).
struct Scanner<'a, 'o> {
    text: &'a str,
    /// Where `text` starts in the normalized text.
    base: usize,
    ctx: Context,
    out: &'o mut Vec<Mention<'a>>,
    findings: &'o mut Vec<Finding>,
    /// The word before the candidate, for `tháng 6/2026` and the like.
    prev_word: (usize, usize),
    /// The word the scanner reads next.
    pos: usize,
    /// Where the next day of a list of days would stand, after a day read
    /// as a date and `,` or `và`.
    list_next: Option<(usize, Listed)>,
    /// Where a time right after the date read last would stand (`tối 2/4,
    /// lúc 8 giờ`, `ngày mai 8h`), and the part of day the date opened
    /// with, which such a time takes.
    after_date: Option<(usize, Option<PartOfDay>)>,
}

/// A reading at a word: where it starts, what opens it, and the mention's
/// length and value.
type Reading = (usize, Option<Start>, Option<(usize, MentionValue)>);

impl<'a, 'o> Scanner<'a, 'o> {
    fn new(
        text: &'a str,
        base: usize,
        ctx: Context,
        out: &'o mut Vec<Mention<'a>>,
        findings: &'o mut Vec<Finding>,
    ) -> Self {
        Scanner {
            text,
            base,
            ctx,
            out,
            findings,
            prev_word: (0, 0),
            pos: 0,
            list_next: None,
            after_date: None,
        }
    }

    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        // The next anchor, none read yet: the first is looked for before
        // the first word is (`Cùng ngày, ...` opens a paragraph).
        let mut anchor = None;
        let mut candidates = anchors(bytes, 0);
        // The end of the last word looked up, and where the look started:
        // from anywhere between them the word ends there too (a text with
        // no spaces is not searched to its end again at each mention).
        let mut last_word = (usize::MAX, 0);
        while self.pos < bytes.len() {
            // Every mention holds a digit or `quý`, at most three words
            // after its first word (`rạng sáng nay (6/12)`): words further
            // from the next such anchor are skipped without a look.
            if !anchor.is_some_and(|a| a >= self.pos) {
                let Some(next) = next_anchor(&mut candidates, bytes, self.pos) else {
                    break;
                };
                anchor = Some(next);
                if self.named_day(next) {
                    if self.out.len() > MAX_PIECES {
                        return;
                    }
                    continue;
                }
                let jump = first_opening_before(self.text, self.pos, next);
                if jump > self.pos {
                    self.prev_word = (word_start(bytes, jump - 1), jump - 1);
                    self.pos = jump;
                }
            }
            let word_end = if (last_word.0..=last_word.1).contains(&self.pos) {
                last_word.1
            } else {
                let end = find_byte(bytes, self.pos, b' ');
                last_word = (self.pos, end);
                end
            };
            match self.read_word(anchor, word_end) {
                (at, Some(start), Some((len, value))) => {
                    if !self.place(at, start, len, value) {
                        return;
                    }
                    continue;
                }
                (at, Some(_), None) => match self.skip_unread(at) {
                    Some(true) => continue,
                    Some(false) => return,
                    None => {}
                },
                _ => {}
            }
            self.prev_word = (self.pos, word_end);
            self.pos = word_end + 1;
        }
    }

    /// The word before the candidate.
    fn before(&self) -> &str {
        let (from, to) = self.prev_word;
        self.text.get(from..to).unwrap_or_default()
    }

    /// `chiều cùng ngày`, `sáng ngày hôm sau`: a day named by the date read
    /// before it, at the anchor `next`, added with the scanner past it; or
    /// a feast whose name ends before it ([`Self::feast_at_anchor`]).
    fn named_day(&mut self, next: usize) -> bool {
        let (text, base) = (self.text, self.base);
        if feast_may_end_before(text.as_bytes(), next) && self.feast_at_anchor(next) {
            return true;
        }
        let Some((from, end, value)) = day_after_date(text, self.pos, next, self.out) else {
            return false;
        };
        if let Some(t) = text.get(from..end) {
            let span = Span::new(base + from, base + end);
            push_mention(self.out, self.findings, t, span, value);
        }
        self.prev_word = (next, end);
        self.pos = next_word(text.as_bytes(), end);
        true
    }

    /// `lễ Vu Lan năm nay`, `Đại lễ Phật đản 2025`: a lunar feast whose
    /// first word opens no mention, read from that word when the anchor
    /// `next` follows its name, added with the scanner past it. Out of the
    /// scanner's line: few anchors get this far.
    #[inline(never)]
    fn feast_at_anchor(&mut self, next: usize) -> bool {
        let (text, base) = (self.text, self.base);
        let bytes = text.as_bytes();
        let Some(start) = feast_before(bytes, next).filter(|&s| s >= self.pos) else {
            return false;
        };
        let prev = start
            .checked_sub(1)
            .and_then(|end| Some((word_start_in(bytes, self.pos, end)?, end)))
            .and_then(|(from, end)| text.get(from..end))
            .unwrap_or_default();
        let read = text
            .get(start..)
            .and_then(|s| when::named_lunar_feast(s, prev, self.ctx.dateline).ok());
        let Some((rest, value)) = read else {
            return false;
        };
        let end = text.len() - rest.len();
        if let Some(t) = text.get(start..end) {
            let span = Span::new(base + start, base + end);
            push_mention(self.out, self.findings, t, span, value);
        }
        self.prev_word = (start, end);
        self.pos = next_word(bytes, end);
        true
    }

    /// The mention that opens at `at` where `start` may open one.
    #[inline(always)]
    fn read(&self, (at, start): (usize, Option<Start>)) -> Reading {
        let text = self.text;
        let head = text.get(..at).unwrap_or_default();
        let rest = text.get(at..).unwrap_or_default();
        let ctx = Context {
            listed: self
                .list_next
                .filter(|&(next, _)| next == at)
                .map(|(_, kind)| kind),
            after_date: self.after_date.is_some_and(|(next, _)| next == at),
            ..self.ctx
        };
        let mut found = start.and_then(|start| mention_at(rest, start, (head, self.before()), ctx));
        if let Some((len, value)) = &found {
            if before_that(rest.get(*len..).unwrap_or_default(), value) {
                found = None;
            }
        }
        (at, start, found)
    }

    /// The mention that opens in the word from the scanner's position to
    /// `word_end`, where `anchor` is the next anchor.
    #[inline(always)]
    fn read_word(&self, anchor: Option<usize>, word_end: usize) -> Reading {
        let (text, pos) = (self.text, self.pos);
        let (mut at, mut start, mut found) = self.read(opening(text, pos, word_end));
        // Not a date in brackets: what follows the bracket is read as
        // after a space (`(15%)`, `(lúc 14 giờ)`, `(quý II/2024)`).
        if found.is_none() && start == Some(Start::Sign) {
            let bracket = text.get(at..).and_then(|r| r.chars().next());
            if let Some(b) = bracket.filter(|c| OPEN_BRACKETS.contains(c)) {
                (at, start, found) = self.read(opening(text, at + b.len_utf8(), word_end));
            }
        }
        // `lúc18h30`, `ngày12/9`: a time or date word glued to the digits
        // after it, as pages lose the space between two tags.
        if let Some(glued_at) = anchor.filter(|&a| found.is_none() && a > pos && a < word_end) {
            if let Some(glued) = glued_after_word(text, pos, glued_at, self.ctx) {
                (at, start, found) = (glued_at, Some(Start::Sign), Some(glued));
            }
        }
        (at, start, found)
    }

    /// Adds the mention `start` opened at `at`, `len` bytes read as
    /// `value`, with what the words around it make of it, and moves the
    /// scanner past it. `false` when the article holds too many pieces to
    /// read on.
    #[inline(always)]
    fn place(&mut self, at: usize, start: Start, len: usize, mut value: MentionValue) -> bool {
        let (text, base) = (self.text, self.base);
        let (at, end) = self.settle(at, start, len, &mut value);
        self.list_next = next_listed(text, (at, end), &value);
        if let Some(t) = text.get(at..end) {
            let span = Span::new(base + at, base + end);
            push_mention(self.out, self.findings, t, span, value);
        }
        if self.out.len() > MAX_PIECES {
            return false;
        }
        // `8h-10h`: the second time of a range opens after the dash, which
        // stands as the word before it.
        if let Some(dash) = self
            .out
            .last()
            .filter(|m| matches!(m.value, MentionValue::Time { .. }))
            .and_then(|_| time_range_dash(text.get(end..).unwrap_or_default()))
        {
            self.prev_word = (at, end + dash);
            self.pos = end + dash;
            return true;
        }
        self.prev_word = word_after_mention(text, (at, end), self.out.last().map(|m| &m.value));
        // `20 USD-10 EUR`, `$20-$10`: a figure glued after the dash that
        // closes one, no range, is read from the dash on.
        let after = text.get(end..).unwrap_or_default();
        self.pos = if glued_figure_after(after) {
            end
        } else if glued_date_follows(after) {
            // `ngày 15/3,16/3`: the next date after the comma.
            end + 1
        } else {
            // `ngày 15,16/3`: the list's next day before the next space.
            let next = next_word(text.as_bytes(), end);
            self.list_next
                .map_or(next, |(listed_at, _)| listed_at.min(next).max(end))
        };
        true
    }

    /// The mention `start` opened at `at`, `len` bytes read as `value`,
    /// with what the words around it make of it: the part of day before a
    /// weekday or of the date before a time, the weekday or end that
    /// follows a date, the range a time or date closes. Its start, end and
    /// value; a range's first date is taken off the mentions.
    #[inline(always)]
    fn settle(
        &mut self,
        mut at: usize,
        start: Start,
        len: usize,
        value: &mut MentionValue,
    ) -> (usize, usize) {
        let (text, base) = (self.text, self.base);
        let mut end = at + len;
        // `sáng thứ Hai`, `chiều Chủ nhật`: the part of the day before a
        // weekday is the mention's, as before a date.
        if matches!(start, Start::Word(Opener::Weekday)) {
            at = self.part_before_weekday(at);
        }
        // `nửa đêm 3/4`, `giữa trưa nay`, `xế chiều qua`: the word that
        // narrows the part of the day is the mention's too.
        if matches!(start, Start::Word(Opener::DateWord))
            && self.word_before_in(at, &vocab::PART_NARROWERS)
            && vocab::PARTS_OF_DAY.starting()(text.get(at..).unwrap_or_default()).is_ok()
        {
            at = self.prev_word.0;
        }
        if let Some((_, Some(part))) = self.after_date.filter(|&(next, _)| next == at) {
            with_day_part(value, text.get(at..end).unwrap_or_default(), part);
        }
        end = dates::date_tail(text, end, value, self.ctx.dateline);
        // `4 giờ` in `từ 2 giờ chiều đến 4 giờ`: after the range's start.
        if let MentionValue::Time { time } = *value {
            if let Some(from) = range_from_time(text, base, self.out.last(), at) {
                *value = MentionValue::Time {
                    time: closing_time(text.get(at..end).unwrap_or_default(), time, from),
                };
            }
        }
        self.after_date = date_after(text, (at, end), value);
        if matches!(value, MentionValue::Time { .. }) {
            if let Some(part) = part_opening_relative_day(text, (at, end)) {
                end = at + text.get(at..part).unwrap_or_default().trim_end().len();
            }
        }
        // `Rằm tháng Giêng rơi vào thứ Ba`: the weekday a date just read
        // falls on is that date.
        if matches!(start, Start::Word(Opener::Weekday))
            && matches!(value, MentionValue::RelativeDate { .. })
        {
            if let Some(v) = date_falling_on(text, base, self.out.last(), at) {
                *value = v;
            }
        }
        // `-0,5%`, `(+0,98%)`, `-5 độ C`, `-12,5`, `-99,95 tỷ`: a sign
        // glued before a percent, a figure with its unit, a fraction or a
        // multiplier is the mention's, and a minus negates it.
        if let Some((sign_at, minus)) = sign_before(text, at) {
            let figure = text.get(at..end).unwrap_or_default();
            if let Some(signed) = signed_value(value, figure, minus) {
                (at, *value) = (sign_at, signed);
            }
        }
        // `từ sáng 12/2 đến chiều 16/2`, `từ thứ Năm (12/2) đến thứ Hai
        // (16/2)`, `11/2011 – 01/2014`: two dates or periods of a range,
        // one period; `từ 8h ngày 1/4 đến 17h ngày 5/4`, the times of its
        // ends in its text; first, a range over a gloss of its first end
        // (`từ 29 Tết (8/2) đến ...`: not from the gloss).
        let joined = range_over_gloss(text, base, self.out, (at, end), value)
            .or_else(|| {
                range_of_dates(text, base, self.out.last(), (at, end), value)
                    .map(|(from, joined)| (from, joined, 1))
            })
            .or_else(|| range_of_timed_dates(text, base, self.out, (at, end), value));
        if let Some((from, joined, taken)) = joined {
            // The end's weekday checked against its date first.
            if let Some(t) = text.get(at..end) {
                check_weekday(self.findings, t, Span::new(base + at, base + end), value);
            }
            let kept = self.out.len().saturating_sub(taken);
            self.out.truncate(kept);
            (at, *value) = (from, joined);
        }
        (at, end)
    }

    /// Where a weekday mention at `at` opens: at the part of the day
    /// before it (`sáng thứ Hai`), with the word that narrows the part
    /// (`sáng sớm thứ Hai`, `chiều tối thứ Hai`, `nửa đêm thứ Hai`).
    fn part_before_weekday(&self, at: usize) -> usize {
        let narrowed = self.word_before_in(at, &vocab::PART_QUALIFIERS);
        if !narrowed && !self.word_before_in(at, &vocab::PARTS_OF_DAY) {
            return at;
        }
        let mut from = self.prev_word.0;
        // `sáng sớm`, `chiều tối`: a part of the day before the narrowing
        // word (`tối` alone is a part).
        match self.word_ending_at(from) {
            Some((w_at, w)) if narrowed && vocab::PARTS_OF_DAY.contains(w) => from = w_at,
            _ if !vocab::PARTS_OF_DAY.contains(self.before()) => return at,
            _ => {}
        }
        match self.word_ending_at(from) {
            Some((w_at, w)) if vocab::PART_NARROWERS.contains(w) => w_at,
            _ => from,
        }
    }

    /// The word that ends one space before `at`, when it starts after the
    /// last mention read: its start and text.
    fn word_ending_at(&self, at: usize) -> Option<(usize, &str)> {
        let bytes = self.text.as_bytes();
        let end = at.checked_sub(1).filter(|&e| bytes.get(e) == Some(&b' '))?;
        let floor = self
            .out
            .last()
            .map_or(0, |m| m.text.span.end.saturating_sub(self.base));
        let from = word_start_in(bytes, floor, end)?;
        let word = self.text.get(from..end).filter(|w| !w.is_empty())?;
        Some((from, word))
    }

    /// Whether the word before the mention at `at` is one of `words` (a
    /// part of the day before a weekday) that belongs to it: after the
    /// last mention, spaces alone between.
    fn word_before_in<T: Copy>(&self, at: usize, words: &Table<T>) -> bool {
        let (from, to) = self.prev_word;
        from >= self
            .out
            .last()
            .map_or(0, |m| m.text.span.end.saturating_sub(self.base))
            && words.contains(self.before())
            && self
                .text
                .get(to..at)
                .is_some_and(|gap| !gap.is_empty() && gap.chars().all(is_space))
    }

    /// A figure at `at` that no grammar read: a phone number passed, a
    /// figure reported as a finding and passed; `Some(false)` when the
    /// findings are too many to read on, `None` when neither.
    fn skip_unread(&mut self, at: usize) -> Option<bool> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        // Past an opening bracket: `(31/2)`.
        let at = if bytes.get(at) == Some(&b'(') {
            at + 1
        } else {
            at
        };
        let rest = text.get(at..).unwrap_or_default();
        if !bytes.get(at).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        // `0987 654 321`: a phone number's groups are no figures.
        let len = match phone_number(rest, self.before()) {
            Some(len) => len,
            None => {
                let (code, len, message) = unread_figure(rest, self.before())?;
                let span = Span::new(self.base + at, self.base + at + len);
                self.findings.push(Finding::new(code, message, span));
                if self.findings.len() > MAX_PIECES {
                    return Some(false);
                }
                len
            }
        };
        self.prev_word = (at + len, at + len);
        self.pos = next_word(bytes, at + len);
        Some(true)
    }
}

/// A time or date read at the digit `anchor` glued to the word before it
/// (`lúc18h30`, `ngày12/9`, `sáng12/9`), the word from `pos`: one of
/// [`TIME_WORDS`] or [`DATE_WORDS`], and only a time or a date after it (a
/// code such as `COVID19` or `A1` opens with no such word).
fn glued_after_word(
    text: &str,
    pos: usize,
    anchor: usize,
    ctx: Context,
) -> Option<(usize, MentionValue)> {
    let word = text.get(pos..anchor)?;
    if !text.as_bytes().get(anchor).is_some_and(u8::is_ascii_digit)
        || (TIME_WORDS.whole(word).is_none() && DATE_WORDS.whole(word).is_none())
    {
        return None;
    }
    let found = mention_at(
        text.get(anchor..)?,
        Start::Sign,
        (text.get(..anchor)?, word),
        ctx,
    )?;
    matches!(
        found.1,
        MentionValue::Time { .. } | MentionValue::Date { .. }
    )
    .then_some(found)
}

/// Whether a day, period or quarter counted from the dateline's is
/// followed by `đó`, or by `trước đó` or `sau đó` (`tuần trước đó`, `cuối
/// tháng trước đó`, `đầu năm sau đó`): counted from what the text spoke of,
/// not from the dateline, and no mention.
#[inline]
fn before_that(after: &str, value: &MentionValue) -> bool {
    // Told first by the byte after the space: `đ` (C4), `t`, `s`.
    if !matches!(
        after.as_bytes(),
        [b' ', 0xC4 | b't' | b's' | b'T' | b'S', ..]
    ) {
        return false;
    }
    let counted = matches!(
        value,
        MentionValue::RelativeDate { .. }
            | MentionValue::Period { relative: true, .. }
            | MentionValue::Period {
                year_inferred: true,
                ..
            }
            | MentionValue::Quarter {
                year_inferred: true,
                ..
            }
    );
    let that = || (sp1, word(vocab::THAT));
    counted
        && (that().parse(after).is_ok()
            || (sp1, vocab::COUNTED_SIDES.starting(), that())
                .parse(after)
                .is_ok())
}

/// Where the scanner goes on before the anchor at `anchor` (a digit or an
/// anchor word), from `pos`: the anchor's word, or the first of the words
/// before it (back to `pos`) that may open a mention; words that open none
/// are skipped without a look.
fn first_opening_before(text: &str, pos: usize, anchor: usize) -> usize {
    let bytes = text.as_bytes();
    // Words are looked for back to `pos` only: a word opening before it
    // is read already (and a text without spaces is not read back over
    // again at each of its anchors).
    let mut start = word_start_in(bytes, pos, anchor).unwrap_or(pos);
    let mut jump = start;
    // A mention that opens before the anchor's word ends a date or time
    // word right before it, spaces aside (`ngày 2/4`, `sáng nay (6/12)`,
    // `lúc 7 giờ`): without one there is nothing to look back for.
    // A colon may stand between them (`SN: 1985`).
    let before = text.get(pos..start).unwrap_or_default();
    if !PRE_ANCHOR_WORDS.may_end(before.trim_end_matches(is_space).trim_end_matches(':')) {
        return jump;
    }
    for k in 0..LOOKBACK_WORDS {
        if start <= pos + 1 {
            break;
        }
        let end = start - 1;
        start = word_start_in(bytes, pos, end).unwrap_or(pos);
        // A chain of such words (`từ ngày`, `rạng sáng nay`, `hai mươi`): a
        // word that ends none ends the look back.
        let word = text.get(start..end).unwrap_or_default();
        if k > 0 && !PRE_ANCHOR_WORDS.may_end(word.trim_end_matches(is_space)) {
            break;
        }
        if opening(text, start, end).1.is_some() {
            jump = start;
        }
    }
    jump
}

/// The word that stands before what follows the mention `at..end` of value
/// `value`: a figure stands as a word (`2 năm trước`: `2`, a count), and so
/// does the part of day that closes a time (`9h sáng 1-12`: `sáng`
/// announces the date); other mentions as nothing.
fn word_after_mention(
    text: &str,
    (at, end): (usize, usize),
    value: Option<&MentionValue>,
) -> (usize, usize) {
    let last_word = (
        word_start_in(text.as_bytes(), at, end.saturating_sub(1)).unwrap_or(at),
        end,
    );
    let ends_with_part = || {
        let word = text.get(last_word.0..last_word.1).unwrap_or_default();
        crate::vocab::PARTS_OF_DAY.whole(word).is_some()
    };
    match value {
        // `8, tháng 5/1941`, `8 (tháng 5)`: a comma or a bracket parts the
        // figure from what follows, which it counts no more.
        Some(MentionValue::Number { .. }) if counts_on(text.get(end..).unwrap_or_default()) => {
            (at, end)
        }
        Some(MentionValue::Time { .. }) if ends_with_part() => last_word,
        _ => (end, end),
    }
}

/// Whether a figure followed by `after` counts the word after it: only
/// across a space, and not a word opened by a bracket.
fn counts_on(after: &str) -> bool {
    after.starts_with(is_space)
        && !trim_start(after).starts_with(|c: char| OPEN_BRACKETS.contains(&c) || c == '[')
}

/// Where a mention may open in the word `bytes[pos..word_end]`: past opening
/// quotes and brackets (`“Ngày`, `(28/3)`) and a dash before a figure or
/// its sign that no range took (`6 triệu đồng -4 triệu`, `$20-$10`), at a
/// digit, a bracket or the first bytes of a word that opens one. `word_end`
/// when nothing opens there.
#[inline(always)]
fn opening(text: &str, pos: usize, word_end: usize) -> (usize, Option<Start>) {
    let bytes = text.as_bytes();
    let mut at = pos;
    loop {
        if let Some(start) = may_open(text.get(at..).unwrap_or_default()) {
            return (at, Some(start));
        }
        let digit_next = |k: usize| bytes.get(at + k).is_some_and(u8::is_ascii_digit);
        match bytes.get(at) {
            Some(b'"' | b'\'' | b'[') => at += 1,
            // Markdown's emphasis (`**53,68%**`), passed over as a quote.
            Some(b) if vocab::EMPHASIS_BYTES.contains(b) => at += 1,
            // `~50%`, `≈3 triệu đồng`: about, glued before a figure.
            Some(b'~') if digit_next(1) => at += 1,
            Some(0xE2)
                if matches!(bytes.get(at + 1..at + 3), Some([0x89, 0x88])) && digit_next(3) =>
            {
                at += 3
            }
            // A currency sign before a figure: `$20`, `US$20`, `€15`, `£3`.
            Some(b'$' | b'U' | 0xE2 | 0xC2) if sign_before_figure(text, at) => {
                return (at, Some(Start::Sign))
            }
            Some(b'-') if digit_next(1) || sign_next(text, at + 1) => at += 1,
            // `+0,98%`: a plus before a percent (`+84` is a phone's).
            Some(b'+')
                if digit_next(1)
                    && bytes
                        .get(at..word_end)
                        .is_some_and(|w| memchr::memchr(b'%', w).is_some()) =>
            {
                at += 1
            }
            // `−5 độ C`: the minus sign.
            Some(0xE2)
                if matches!(bytes.get(at + 1..at + 3), Some([0x88, 0x92])) && digit_next(3) =>
            {
                at += 3
            }
            Some(0xE2)
                if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x93])) && digit_next(3) =>
            {
                at += 3
            }
            Some(0xE2) if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x9C | 0x98])) => at += 3,
            // A sentence glued to the word before it (`clip.Sáng 10.2`):
            // read from its first word.
            _ => match glued_sentence_in(text, at, word_end) {
                Some(next) => at = next,
                None => return (word_end, None),
            },
        }
    }
}

/// Where a sentence glued after a period inside the word from `at` to
/// `word_end` opens (`clip.Sáng`), if one does.
fn glued_sentence_in(text: &str, at: usize, word_end: usize) -> Option<usize> {
    let word = text.as_bytes().get(at..word_end)?;
    let dot = at + memchr::memchr(b'.', word)?;
    letters::opens_glued_sentence(text.get(dot..)?).then_some(dot + 1)
}

/// A plus or minus sign (`+`, `-`, `−`) glued before `at`, after a space,
/// an opening bracket or nothing: where it stands, and whether it is a
/// minus.
fn sign_before(text: &str, at: usize) -> Option<(usize, bool)> {
    // Told first by the last byte (`−` ends in 92): most mentions have no
    // sign before them.
    if !matches!(
        text.as_bytes().get(at.checked_sub(1)?),
        Some(b'-' | b'+' | 0x92)
    ) {
        return None;
    }
    let head = text.get(..at)?;
    let (rest, minus) = if let Some(r) = head.strip_suffix('-') {
        (r, true)
    } else if let Some(r) = head.strip_suffix(vocab::MINUS_SIGN) {
        (r, true)
    } else {
        (head.strip_suffix('+')?, false)
    };
    let opens = rest.is_empty()
        || rest.ends_with(is_space)
        || rest.ends_with(|c: char| OPEN_BRACKETS.contains(&c) || c == '[');
    opens.then_some((rest.len(), minus))
}

/// `value`, read from `figure`, with a sign before it: a percent, a figure
/// with its unit, or one with a fraction or a multiplier (`-12,5`, `-99,95
/// tỷ`: no count a list's dash opens), negated after a minus; `None` for
/// any other value (a date, a time, a range, money, a whole number alone).
fn signed_value(value: &MentionValue, figure: &str, minus: bool) -> Option<MentionValue> {
    let sign = |v: crate::decimal::Decimal| if minus { v.checked_neg() } else { Some(v) };
    match *value {
        MentionValue::Percent {
            value,
            value_to: None,
        } => Some(MentionValue::percent(sign(value)?, None)),
        MentionValue::Number {
            value,
            value_to: None,
            unit: Some(unit),
        } => Some(MentionValue::number(sign(value)?, Some(unit))),
        MentionValue::Number {
            value,
            value_to: None,
            unit: None,
        } if figure.contains([',', ' ']) => Some(MentionValue::number(sign(value)?, None)),
        _ => None,
    }
}

/// The words that may stand right before the anchor of a mention (its
/// first digit or anchor word): the last words of [`DATE_WORDS`],
/// [`DATE_WORDS_AFTER`], [`TIME_WORDS`], the opening words, the parts of a
/// month or year, numbers in words (`bảy giờ`, `mười một giờ`), the last
/// words of weekdays (`thứ Hai (1/4)`, `Chủ nhật tuần sau`) and of decades
/// (`thập niên 90`).
const PRE_ANCHOR_WORDS: WordFilter = WordFilter::new()
    .with_last(DATE_WORDS.entries)
    .with(DATE_WORDS_AFTER.entries)
    .with_last(DATE_WORDS_AFTER.entries)
    .with_last(TIME_WORDS.entries)
    .with(OPENER_WORDS.entries)
    .with_last(vocab::PARTS.entries)
    .with(vocab::PART_QUALIFIERS.entries)
    .with(vocab::NUMBER_WORDS.entries)
    .with(vocab::RANGE_TO.entries)
    .with_last(vocab::WEEKDAYS.entries)
    .with_last(vocab::AGO.entries)
    .with(vocab::ABOUT.entries)
    .with_last(vocab::DECADE_WORDS.entries)
    .with_last(vocab::CENTURY_WORDS.entries)
    .with_last(vocab::EXTREMES.entries)
    .with_every(vocab::SOLAR_FEASTS.entries)
    .with(&[(vocab::OF, ())])
    .with(vocab::NOW.entries)
    .with(&[(vocab::TENS, ()), (vocab::END_OF, ()), (vocab::BORN_IN, ())]);

/// How many words a mention may have before its first digit or `quý`.
const LOOKBACK_WORDS: usize = 5;

/// The start of the word holding byte `at`: just after the space before it.
#[inline]
fn word_start(bytes: &[u8], at: usize) -> usize {
    super::common::rfind_byte(bytes, at, b' ').map_or(0, |i| i + 1)
}

/// [`word_start`] when that word starts at or after `floor`, looked for
/// back to `floor` only; `None` when it starts before.
#[inline]
fn word_start_in(bytes: &[u8], floor: usize, at: usize) -> Option<usize> {
    match super::common::rfind_byte_above(bytes, floor.saturating_sub(1), at, b' ') {
        Some(i) => Some(i + 1),
        None => (floor == 0).then_some(0),
    }
}

/// The start of the first word at or after `from` that follows a space.
#[inline]
fn next_word(bytes: &[u8], from: usize) -> usize {
    (find_byte(bytes, from, b' ') + 1).min(bytes.len())
}

/// Whether a date or figure ends here: not followed by a digit, a letter, or
/// another separator (`318/BC`, `15/2020/NĐ-CP`, `2-4-2024-5`).
#[inline]
pub(crate) fn ends_cleanly(rest: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) if letters::is_alphanumeric(c) => false,
        Some('/') => false,
        Some('-' | '.' | ',') => {
            !rest.chars().nth(1).is_some_and(letters::is_alphanumeric)
                || letters::opens_glued_sentence(rest)
        }
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests;
