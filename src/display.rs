//! Canonical rendering: `Display` for the article and its pieces.
//!
//! An article renders as its pieces in the order they were read, each piece
//! as it now stands, with the white space between them made canonical: the
//! text before the first piece (a BOM, blank lines) is dropped, a line end
//! becomes `\n`, two or more become one blank line (`\n\n`), a line's
//! indent is kept (it tells related-article links apart), white space at the
//! end of a line is dropped, and separators within a line (` - `, ` > `,
//! ` | `) stay as they were. Parsing the rendering gives an equal article,
//! since every line stands where it stood, beside the same neighbours.

use std::fmt;

use crate::model::{Article, Block, BlockKind, Credit, Dateline, Mention, SourceMarker, Span};
use crate::normalize::{is_space, plain_spaced, trim};

impl fmt::Display for Article<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A title joined from two lines, or given with its white space
        // plain, renders as it stood while it still reads as the title, so
        // that it is read (and joined) the same way.
        let raw_title = self.title_raw.as_deref().is_some_and(|raw| {
            let joined = match raw.split_once(['\n', '\r']) {
                Some((first, rest)) => format!("{} {}", trim(first), trim(rest)),
                None => raw.to_string(),
            };
            plain_spaced(&joined).unwrap_or(joined) == self.title.as_str()
        });
        let mut parts: Vec<(Span, &str, bool)> = self
            .leaves(raw_title)
            .into_iter()
            .map(|(span, text)| (span, text, true))
            .collect();
        parts.extend(self.layout.iter().map(|t| (t.span, t.as_str(), false)));
        parts.sort_by_key(|(span, _, _)| span.start);
        let last_piece = parts
            .iter()
            .rposition(|&(_, _, is_piece)| is_piece)
            .unwrap_or(0);
        let mut started = false;
        for (i, &(_, text, is_piece)) in parts.iter().enumerate() {
            if is_piece {
                f.write_str(text)?;
                started = true;
            } else {
                write_gap(f, text, !started, i > last_piece)?;
            }
        }
        f.write_str("\n")
    }
}

/// Writes what stands between two pieces (`first`: before the first one,
/// `last`: after the last one) in its canonical form. Within a line it is
/// kept as it is; across lines, the end of the line loses its trailing white
/// space, the line ends become one or two, and the start of the next line
/// (its indent, a dash) is kept. Nothing visible is dropped.
fn write_gap(f: &mut fmt::Formatter<'_>, gap: &str, first: bool, last: bool) -> fmt::Result {
    let segments: Vec<&str> = split_lines(gap);
    let [head, middle @ .., tail] = segments.as_slice() else {
        // No line end: white space within a line.
        return f.write_str(if first {
            gap.trim_start_matches(is_space)
        } else if last {
            gap.trim_end_matches(is_space)
        } else {
            gap
        });
    };
    let visible: Vec<&str> = middle
        .iter()
        .map(|m| trim(m))
        .filter(|m| !m.is_empty())
        .collect();
    let head = head.trim_end_matches(is_space);
    let breaks = if middle.is_empty() { "\n" } else { "\n\n" };
    let mut wrote = !first || !trim(head).is_empty();
    f.write_str(if first { trim(head) } else { head })?;
    for line in &visible {
        if wrote {
            f.write_str("\n\n")?;
        }
        f.write_str(line)?;
        wrote = true;
    }
    if last {
        let tail = trim(tail);
        if !tail.is_empty() {
            f.write_str("\n\n")?;
            f.write_str(tail)?;
        }
        return Ok(());
    }
    if wrote {
        f.write_str(if visible.is_empty() { breaks } else { "\n\n" })?;
    }
    f.write_str(if first && !wrote {
        tail.trim_start_matches(is_space)
    } else {
        tail
    })
}

/// `s` cut at its line ends (`\n`, `\r\n`, a lone `\r`).
fn split_lines(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(at) = rest.find(['\n', '\r']) {
        out.push(rest.get(..at).unwrap_or_default());
        let crlf = rest.get(at..).is_some_and(|r| r.starts_with("\r\n"));
        rest = rest
            .get(at + if crlf { 2 } else { 1 }..)
            .unwrap_or_default();
    }
    out.push(rest);
    out
}

impl fmt::Display for Dateline<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Display for SourceMarker<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Display for Credit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A block renders as its text; a caption puts its credit back behind it,
/// after a space when the text ends a sentence or the credit is in
/// brackets, after ` - ` otherwise.
impl fmt::Display for Block<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == BlockKind::Related {
            // Related links are told apart by their indent.
            f.write_str("    ")?;
        }
        f.write_str(&self.text)?;
        for credit in &self.credits {
            let bracketed = credit.text.starts_with(crate::vocab::OPEN_BRACKETS)
                || credit.text.starts_with(crate::vocab::SQUARE_BRACKETS.0);
            let ends_sentence = self.text.ends_with(crate::vocab::SENTENCE_ENDS);
            if self.text.is_empty() {
            } else if bracketed || ends_sentence {
                f.write_str(" ")?;
            } else {
                f.write_str(" - ")?;
            }
            f.write_str(&credit.text)?;
        }
        Ok(())
    }
}

impl fmt::Display for Mention<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}
