//! Canonical rendering: `Display` for the article and its pieces.
//!
//! An article renders as its lines separated by blank lines: dateline,
//! section (joined with ` > `), title, the lead behind its source marker, the
//! body blocks, one line per credit, the footer. Parsing the rendering gives
//! an equal article.

use std::fmt;

use crate::model::{Article, Block, BlockKind, Credit, Dateline, Mention, SourceMarker};

impl fmt::Display for Article<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut sep = |f: &mut fmt::Formatter<'_>| -> fmt::Result {
            if first {
                first = false;
                Ok(())
            } else {
                f.write_str("\n\n")
            }
        };
        if let Some(d) = &self.dateline {
            sep(f)?;
            write!(f, "{d}")?;
        }
        if !self.section.is_empty() {
            sep(f)?;
            for (i, s) in self.section.iter().enumerate() {
                if i > 0 {
                    f.write_str(" > ")?;
                }
                f.write_str(s)?;
            }
        }
        sep(f)?;
        f.write_str(&self.title)?;
        match (&self.source, &self.lead) {
            (Some(m), Some(lead)) => {
                sep(f)?;
                write!(f, "{m} {lead}")?;
            }
            (Some(m), None) => {
                sep(f)?;
                write!(f, "{m}")?;
            }
            (None, Some(lead)) => {
                sep(f)?;
                write!(f, "{lead}")?;
            }
            (None, None) => {}
        }
        for block in &self.body {
            sep(f)?;
            write!(f, "{block}")?;
        }
        for credit in &self.credits {
            sep(f)?;
            write!(f, "{credit}")?;
        }
        for line in &self.footer {
            sep(f)?;
            f.write_str(line)?;
        }
        f.write_str("\n")
    }
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
            let bracketed = credit.text.starts_with(['(', '\u{FF08}']);
            let ends_sentence = self.text.ends_with(['.', '!', '?', '"', '”', '…']);
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
