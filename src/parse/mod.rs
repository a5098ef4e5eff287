//! The grammar: one module per piece, and the assembler that puts the pieces
//! of an article together.

pub(crate) mod article;
pub(crate) mod common;
pub(crate) mod credit;
pub(crate) mod dateline;
pub(crate) mod letters;
pub(crate) mod mention;
pub(crate) mod number;
pub(crate) mod source;

use crate::model::{DiagnosticCode, Span};

/// Something a piece parser noticed, placed by span; the assembler turns it
/// into a [`crate::Diagnostic`] with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub code: DiagnosticCode,
    pub message: String,
    pub span: Span,
}

impl Finding {
    pub(crate) fn new(code: DiagnosticCode, message: impl Into<String>, span: Span) -> Self {
        Finding {
            code,
            message: message.into(),
            span,
        }
    }
}
