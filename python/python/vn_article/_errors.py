"""The exception classes of ``vn_article``: one per error kind of the crate.

Every error raised by the parser is an :class:`Error`; its class tells the
kind (``vn_article.NoTitle`` for ``no_title``) and its attributes where the
text went wrong: ``offset`` (bytes from the start of the UTF-8 text, from 0),
``line`` and ``column`` (from 1, columns counted in characters), and ``path``
for a file read by ``parse_file`` or ``parse_files``.
"""

from __future__ import annotations

from typing import Dict, Optional, Type


class Error(ValueError):
    """A text or file that gives no article, with the position of the cause.

    ``str(error)`` is the message with its position (and the file first, when
    there is one): ``no title: the text holds no line after its header at
    line 2, column 1``.

    Attributes:
        kind: the crate's error kind, a stable snake_case name (``"no_title"``).
        message: the message without the position, as the example's JSON
            writes it (``"no title: the text holds no line after its header"``).
        offset: the byte offset of the cause in the UTF-8 text, from 0.
        line: the line of the cause, from 1.
        column: the column of the cause in characters, from 1.
        path: the file the text was read from, or ``None``.
    """

    kind: str = "error"

    def __init__(
        self,
        message: str,
        offset: int = 0,
        line: int = 1,
        column: int = 1,
        path: Optional[str] = None,
        text: Optional[str] = None,
    ) -> None:
        super().__init__(message if text is None else text)
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.path = path

    def __reduce__(self):  # errors cross process boundaries (Dask, multiprocessing)
        return (
            type(self),
            (self.message, self.offset, self.line, self.column, self.path, self.args[0]),
        )

    def __str__(self) -> str:
        if self.path is None:
            return str(self.args[0])
        return f"{self.path}: {self.args[0]}"


class EmptyInput(Error):
    """The text is empty or holds only white space."""

    kind = "empty_input"


class NoTitle(Error):
    """The text holds no line that can be the title."""

    kind = "no_title"


class InvalidUtf8(Error):
    """The bytes of a file are not valid UTF-8."""

    kind = "invalid_utf8"


class TooLarge(Error):
    """The text is larger than the parser's input limit (16 MiB)."""

    kind = "too_large"


class TooManyPieces(Error):
    """One article would hold more lines, mentions or diagnostics than the limit."""

    kind = "too_many_pieces"


class InvalidDateline(Error):
    """A dateline could not be read."""

    kind = "invalid_dateline"


class InvalidSourceMarker(Error):
    """A source marker such as ``(CT) -`` could not be read."""

    kind = "invalid_source_marker"


class InvalidCredit(Error):
    """A credit line such as ``Tin, ảnh: KIM XUÂN`` could not be read."""

    kind = "invalid_credit"


class Io(Error, OSError):
    """A file could not be read (it is also an ``OSError``)."""

    kind = "io"

    def __init__(self, message: str, offset: int = 0, line: int = 1, column: int = 1,
                 path: Optional[str] = None, text: Optional[str] = None) -> None:
        Error.__init__(self, message, offset, line, column, path, text)
        self.filename = path


class InvalidNumber(Error):
    """A number could not be read."""

    kind = "invalid_number"


class UnknownName(Error):
    """A name of a closed vocabulary (a role, a kind) is not known."""

    kind = "unknown_name"


_CLASSES: Dict[str, Type[Error]] = {
    cls.kind: cls
    for cls in (
        EmptyInput,
        NoTitle,
        InvalidUtf8,
        TooLarge,
        TooManyPieces,
        InvalidDateline,
        InvalidSourceMarker,
        InvalidCredit,
        Io,
        InvalidNumber,
        UnknownName,
    )
}


# Shown and pickled as `vn_article.NoTitle`, where users find them.
for _cls in (Error, *_CLASSES.values()):
    _cls.__module__ = "vn_article"
del _cls


def _make(kind: str, message: str, offset: int, line: int, column: int,
          path: Optional[str], text: str) -> Error:
    """The exception of ``kind`` (the base :class:`Error` for a kind this
    package does not know yet), called by the native module."""
    cls = _CLASSES.get(kind, Error)
    err = cls(message, offset, line, column, path, text)
    if cls is Error:
        err.kind = kind
    return err
