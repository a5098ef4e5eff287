//! A view of a text with its white space plain, for the readers that part
//! words at an ASCII space: each run of white space (tabs, non-breaking
//! and thin spaces, two spaces or more) written as one space, and the
//! invisibles between letters (a soft hyphen, a zero-width space) left
//! out; with the way back from an offset of the view to one of the text,
//! so that what is read in the view is told by the text's own bytes.

use crate::model::Span;

/// A text's view with plain white space (see the module's docs).
#[derive(Debug)]
pub(crate) struct Spaced {
    /// The view.
    pub(crate) text: String,
    /// Where the view and the text part, in order.
    edits: Vec<Edit>,
}

/// A run of the text written otherwise in the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    /// Where the run stands in the view.
    view: usize,
    /// Whether the view writes the run as one space (white space) or
    /// leaves it out (invisibles alone).
    space: bool,
    /// The run's bytes in the text.
    from: usize,
    to: usize,
}

impl Edit {
    /// The run's length in the view: one space or none.
    fn len(self) -> usize {
        usize::from(self.space)
    }
}

impl Spaced {
    /// The view of a short `text` (a name, a title, a code), or `None`
    /// when every run of white space in it is one ASCII space already:
    /// told eight bytes at a time ([`may_be_odd_spaced`]), then by its
    /// characters without a copy.
    pub(crate) fn of(text: &str) -> Option<Spaced> {
        if !may_be_odd_spaced(text.as_bytes()) {
            return None;
        }
        // Most texts the bytes let through are plain (a quote or a dash
        // shares its first byte with the wide spaces): told without a copy.
        let mut after_space = false;
        let plain = text.chars().all(|c| {
            let space = c == ' ';
            let ok = !(space && after_space) && (space || !super::is_space(c));
            after_space = space;
            ok
        });
        if plain {
            return None;
        }
        Self::build(text)
    }

    /// The view of a paragraph of running text, or `None` when every run
    /// of white space in it is one ASCII space already (told by
    /// [`running_may_be_odd`]).
    pub(crate) fn of_running(text: &str) -> Option<Spaced> {
        if !running_may_be_odd(text) {
            return None;
        }
        Self::build(text)
    }

    /// The view of `text`, `None` when it is `text` itself.
    fn build(text: &str) -> Option<Spaced> {
        let mut view = String::with_capacity(text.len());
        let mut edits = Vec::new();
        // The run of white space and invisibles being read: where it
        // starts, and whether it holds white space.
        let mut run: Option<(usize, bool)> = None;
        let mut close = |view: &mut String, run: Option<(usize, bool)>, to: usize| {
            let Some((from, white)) = run else {
                return;
            };
            if text.get(from..to) == Some(" ") {
                view.push(' ');
                return;
            }
            edits.push(Edit {
                view: view.len(),
                space: white,
                from,
                to,
            });
            if white {
                view.push(' ');
            }
        };
        let mut copied = 0;
        for (at, c) in text.char_indices() {
            if super::is_space(c) {
                if run.is_none() {
                    view.push_str(text.get(copied..at).unwrap_or_default());
                    run = Some((at, false));
                }
                if !super::INVISIBLES.contains(&c) {
                    run = run.map(|(from, _)| (from, true));
                }
            } else if run.is_some() {
                close(&mut view, run.take(), at);
                copied = at;
            }
        }
        if run.is_some() {
            close(&mut view, run, text.len());
        } else {
            view.push_str(text.get(copied..).unwrap_or_default());
        }
        (!edits.is_empty()).then_some(Spaced { text: view, edits })
    }

    /// The bytes of the text that the bytes `span` of the view stand for:
    /// a run left out before the span's first byte or after its last is
    /// not taken in.
    pub(crate) fn span_in_text(&self, span: Span) -> Span {
        Span::new(self.start_in_text(span.start), self.end_in_text(span.end))
    }

    /// The offset of the text where the view's byte `at` starts.
    fn start_in_text(&self, at: usize) -> usize {
        let before = self.edits.partition_point(|e| e.view <= at);
        match before.checked_sub(1).and_then(|k| self.edits.get(k)) {
            None => at,
            Some(&e) if at < e.view + e.len() => e.from,
            Some(&e) => e.to + (at - e.view - e.len()),
        }
    }

    /// The offset of the text where the view's bytes before `at` end.
    fn end_in_text(&self, at: usize) -> usize {
        let before = self.edits.partition_point(|e| e.view < at);
        match before.checked_sub(1).and_then(|k| self.edits.get(k)) {
            None => at,
            Some(&e) => e.to + at.saturating_sub(e.view + e.len()),
        }
    }
}

/// Whether the running text `text` holds a tab, a non-breaking space or a
/// soft hyphen (C2 A0, C2 AD, and U+0085), or two spaces in a row: asked
/// of a whole article at once, so that its paragraphs need not be asked
/// one by one when it holds none. Searched for by their first bytes, each
/// hit told by the byte after it (`C2` opens a degree sign or a guillemet
/// too). The thin, wide and zero-width spaces (U+2000 to U+200F and their
/// kin, E2 80 ..), rarer, are not looked for: their first byte opens the
/// quotes and dashes of most paragraphs, and looking for them and for the
/// ideographic space and the byte order mark cost 1.3% of `parse` more
/// (callgrind over the corpus); with a space of the others in its
/// paragraph, the view makes them plain too.
pub(crate) fn running_may_be_odd(text: &str) -> bool {
    let b = text.as_bytes();
    let odd_at = |i: usize| {
        matches!(
            b.get(i..),
            Some([b'\t', ..] | [0xC2, 0x85 | 0xA0 | 0xAD, ..])
        )
    };
    memchr::memchr2_iter(b'\t', 0xC2, b).any(odd_at) || two_spaces().find(b).is_some()
}

/// The search for two spaces in a row, built once.
fn two_spaces() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

/// Whether `b` may hold white space that is not plain: a lead byte of a
/// non-breaking, wide or invisible space (C2, E2, E3 or EF), a tab or
/// another control, or two spaces in a row; eight bytes at a time (the
/// texts are short, shorter than a search's setup). `false` is sure, `true`
/// may be wrong (a space before `!` may pass for two).
fn may_be_odd_spaced(b: &[u8]) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte that is zero (and, past a zero, of a
    // byte that is one).
    let zeros = |v: u64| v.wrapping_sub(LO) & !v & HI;
    let odd = |b: u8| matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF) || b < b' ';
    // Whether the byte before the chunk was a space.
    let mut space_before = false;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            return chunk.iter().any(|&b| odd(b));
        };
        let x = u64::from_le_bytes(bytes);
        let spaces = zeros(x ^ (LO * 0x20));
        let pairs = spaces & (spaces << 8) != 0 || (space_before && spaces & 0x80 != 0);
        // Controls: bytes under 0x20, whose three top bits are clear.
        let controls = zeros(x & (LO * 0xE0)) != 0;
        if pairs
            || controls
            || zeros(x ^ (LO * 0xC2)) != 0
            || zeros((x & (LO * 0xFE)) ^ (LO * 0xE2)) != 0
            || zeros(x ^ (LO * 0xEF)) != 0
        {
            return true;
        }
        space_before = spaces >> 63 != 0;
    }
    let rest = chunks.remainder();
    let mut prev_space = space_before;
    rest.iter().any(|&b| {
        let pair = prev_space && b == b' ';
        prev_space = b == b' ';
        pair || odd(b)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(text: &str) -> Option<String> {
        Spaced::of(text).map(|s| s.text)
    }

    #[test]
    fn plain_text_has_no_view() {
        assert!(Spaced::of("Giá vàng tăng 53,68% “kỷ lục” – ngày 5/12").is_none());
        assert!(Spaced::of("").is_none());
        assert!(Spaced::of(" ").is_none());
    }

    #[test]
    fn runs_become_one_space_and_invisibles_go() {
        assert_eq!(view("tăng\u{a0}53,68%").as_deref(), Some("tăng 53,68%"));
        assert_eq!(view("tăng  \t 5%").as_deref(), Some("tăng 5%"));
        assert_eq!(
            view("10\u{202f}giờ\u{2009}45").as_deref(),
            Some("10 giờ 45")
        );
        assert_eq!(
            view("thông\u{ad}tin 5/12").as_deref(),
            Some("thôngtin 5/12")
        );
        assert_eq!(view("ngày \u{200b}5/12").as_deref(), Some("ngày 5/12"));
        assert_eq!(view("quý\u{3000}II").as_deref(), Some("quý II"));
        assert_eq!(view("5%\u{a0}").as_deref(), Some("5% "));
        assert_eq!(view("\u{feff}5%").as_deref(), Some("5%"));
        // A zero-width joiner is an invisible: an emoji's parts are joined.
        assert_eq!(view("a\u{200d}b").as_deref(), Some("ab"));
    }

    #[test]
    fn spans_of_the_view_point_at_the_text() {
        let text = "Giá\u{a0}tăng  53,68%\u{ad} và\tquý\u{a0}II";
        let s = Spaced::of(text).unwrap();
        assert_eq!(s.text, "Giá tăng 53,68% và quý II");
        let back = |from: &str| {
            let at = s.text.find(from).unwrap();
            let span = s.span_in_text(Span::new(at, at + from.len()));
            text.get(span.range()).unwrap()
        };
        assert_eq!(back("53,68%"), "53,68%");
        assert_eq!(back("tăng 53,68%"), "tăng  53,68%");
        assert_eq!(back("53,68% và"), "53,68%\u{ad} và");
        assert_eq!(back("quý II"), "quý\u{a0}II");
        assert_eq!(back("Giá tăng"), "Giá\u{a0}tăng");
        assert_eq!(back("Giá"), "Giá");
        assert_eq!(back("II"), "II");
        // An invisible inside a word is taken in with it.
        let text = "thông\u{ad}tin";
        let s = Spaced::of(text).unwrap();
        assert_eq!(
            s.span_in_text(Span::new(0, s.text.len())),
            Span::new(0, text.len())
        );
        assert_eq!(s.span_in_text(Span::new(0, 6)), Span::new(0, 6));
        assert_eq!(s.span_in_text(Span::new(6, 9)), Span::new(8, 11));
    }

    #[test]
    fn every_odd_space_is_seen_by_the_bytes() {
        // Short texts: every white space and invisible but U+1680 (an
        // Ogham mark, whose first byte opens every Vietnamese letter).
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if c != ' ' && c != '\u{1680}' && crate::normalize::is_space(c) {
                let text = format!("a{c}b");
                assert!(Spaced::of(&text).is_some(), "{:04X}", u32::from(c));
            }
        }
        // Running text: a tab, a non-breaking space, a soft hyphen, U+0085,
        // two spaces; a thin space with one of them.
        for odd in ["a\tb", "a\u{a0}b", "a\u{ad}b", "a\u{85}b", "a  b"] {
            assert!(Spaced::of_running(odd).is_some(), "{odd:?}");
        }
        assert_eq!(
            Spaced::of_running("a\u{2009}b c\u{a0}d")
                .map(|s| s.text)
                .as_deref(),
            Some("a b c d")
        );
        for plain in ["a b", "“a” – b…", "ở 5°C, «b»", "（a）", "a\u{2009}b"] {
            assert!(Spaced::of_running(plain).is_none(), "{plain:?}");
        }
    }
}
