//! The grammar: one module per piece, and the assembler that puts the pieces
//! of an article together.

pub(crate) mod article;
pub(crate) mod common;
pub(crate) mod credit;
pub(crate) mod dateline;
pub(crate) mod header;
pub(crate) mod letters;
pub(crate) mod mention;
pub(crate) mod number;
pub(crate) mod source;
pub(crate) mod when;

use crate::model::{Diagnostic, DiagnosticCode, Span};

/// Something a piece parser noticed, placed by span: a [`Diagnostic`] whose
/// line the assembler counts once the article is put together, in place.
pub(crate) type Finding = Diagnostic;

impl Diagnostic {
    /// A finding at `span`, its line not counted yet.
    pub(crate) fn new(code: DiagnosticCode, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            line: 0,
            span,
        }
    }
}
