"""Vietnamese newspaper articles as typed, exact data.

``vn_article`` reads the text of a Vietnamese news article (as a scraper
takes it from a page) into a ``dict`` of the crate's JSON schema 1: the
dateline with its time zone, section, title, the source marker ``(CT) -``,
the lead, body paragraphs and photo captions, credit lines with their roles
and names, and the dates, quarters, periods, times, percents, figures and
sums of money the text mentions, each exact::

    >>> import vn_article
    >>> a = vn_article.parse("03/04/2024 - 07:35\\nBình Thủy\\nKết nạp đảng viên\\n"
    ...                      "(CT) - Ngày 2-4-2024, đạt 53,68% kế hoạch.\\nTin, ảnh: KIM XUÂN")
    >>> a["dateline"]["datetime"]
    '2024-04-03T07:35:00+07:00'
    >>> a["source"]["code"], a["credits"][0]["roles"]
    ('CT', ['news', 'photo'])
    >>> [m["value"] for m in a["mentions"] if m["kind"] == "percent"]
    [Decimal('53.68')]

Dates are ISO strings as in the JSON; numbers are ``int`` or
``decimal.Decimal``, never a float. The parser is the Rust crate
``vn-article``, run with the GIL released; ``parse_files`` reads and parses
files on every core. ``to_arrow`` turns results into a ``pyarrow.Table``.
"""

from __future__ import annotations

from os import PathLike
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Union

from . import _native
from ._errors import (
    EmptyInput,
    Error,
    InvalidCredit,
    InvalidDateline,
    InvalidNumber,
    InvalidSourceMarker,
    InvalidUtf8,
    Io,
    NoTitle,
    TooLarge,
    TooManyPieces,
    UnknownName,
)

if TYPE_CHECKING:
    import datetime

    import pyarrow

    from ._arrow import ARROW_SCHEMA

__version__: str = _native.__version__

#: The schema number of the dicts this package returns.
SCHEMA: int = _native.SCHEMA

Article = Dict[str, Any]
Path = Union[str, "PathLike[str]"]

__all__ = [
    "ARROW_SCHEMA",
    "SCHEMA",
    "Article",
    "EmptyInput",
    "Error",
    "InvalidCredit",
    "InvalidDateline",
    "InvalidNumber",
    "InvalidSourceMarker",
    "InvalidUtf8",
    "Io",
    "NoTitle",
    "TooLarge",
    "TooManyPieces",
    "UnknownName",
    "mentions",
    "outlets",
    "parse",
    "parse_file",
    "parse_files",
    "parse_many",
    "to_arrow",
]


def parse(text: str) -> Article:
    """The article of ``text``, as a dict of schema 1.

    The text is one article as a scraper gives it (the lines of the page's
    article container, top to bottom). The GIL is released while it is
    parsed.

    Raises an :class:`Error` subclass when the text gives no article:
    :class:`EmptyInput` for white space alone, :class:`NoTitle` when no line
    can be the title, :class:`TooLarge` past 16 MiB, :class:`TooManyPieces`
    past the limit of pieces; its ``offset``, ``line`` and ``column`` say
    where.

    >>> vn_article.parse("   ")
    Traceback (most recent call last):
    vn_article.EmptyInput: empty input: the text holds no article at line 1, column 1
    """
    return _native.parse(text)


def mentions(text: str, dateline: Union[None, str, "datetime.date"] = None) -> List[Dict[str, Any]]:
    """The mentions of ``text``, a text that is no article (a sentence, a
    paragraph whose day of publication is known apart), as a list of dicts
    shaped as the items of an article's ``mentions``.

    They are read line by line as in an article's running text and
    resolved against ``dateline``, the day of publication (a
    ``datetime.date`` or ``"YYYY-MM-DD"``): dates without their year take
    the one nearest it, ``hôm qua`` is the day before. Without it, relative
    mentions keep their text and kind with ``None`` dates.

    Raises :class:`TooLarge` past 16 MiB, :class:`TooManyPieces` past the
    limit of pieces, and ``ValueError`` for a ``dateline`` that is no date.

    >>> [m["text"] for m in vn_article.mentions("Hôm qua, giá tăng 12,5%.", "2024-04-03")]
    ['Hôm qua', '12,5%']
    >>> vn_article.mentions("Hôm qua", "2024-04-03")[0]["date"]
    '2024-04-02'
    """
    if dateline is not None and not isinstance(dateline, str):
        dateline = dateline.isoformat()
    return _native.mentions(text, dateline)


def parse_file(path: Path) -> Article:
    """The article of the UTF-8 file at ``path``, as a dict of schema 1.

    Raises :class:`InvalidUtf8` (with the position of the first bad byte)
    for a file that is not UTF-8, :class:`Io` (also an ``OSError``) for one
    that cannot be read, and the errors of :func:`parse`; each carries
    ``path``.
    """
    return _native.parse_file(path)


def parse_many(text: str, return_errors: bool = False) -> List[Union[Article, Error]]:
    """The articles of a dump (articles one after the other, each opening
    with its dateline after a blank line), as a list of dicts of schema 1.

    An article that gives an error raises it, or with ``return_errors`` is
    returned in its place, so that one bad article does not cost the others.
    """
    return _native.parse_many(text, return_errors)


def parse_files(
    paths: Iterable[Path],
    threads: Optional[int] = None,
    return_errors: bool = False,
) -> Iterator[Union[Article, Error]]:
    """The articles of the files at ``paths``, one per file, in the order of
    ``paths``.

    Files are read and parsed on ``threads`` threads in all (every core
    when ``None``) with the GIL released, a bounded number of files ahead of
    the one handed out: ``threads - 1`` workers and the calling thread,
    which parses a file itself whenever the next result is not ready and
    makes the Python objects of each. A file that gives no article raises its error when its
    turn comes, or with ``return_errors`` is yielded as the :class:`Error`
    instance (with ``path`` set) in its place.

    >>> for article in vn_article.parse_files(["a.txt", "b.txt"]):  # doctest: +SKIP
    ...     print(article["title"])
    """
    return _native.parse_files(list(paths), threads, return_errors)


def outlets() -> List[tuple]:
    """The outlets the parser knows, as ``(code, name)`` pairs: ``("CT",
    "Báo Cần Thơ")``."""
    return _native.outlets()


def to_arrow(
    results: Iterable[Mapping[str, Any]], paths: Optional[Sequence[str]] = None
) -> "pyarrow.Table":
    """The articles ``results`` (dicts of schema 1, as :func:`parse` returns
    them) as a ``pyarrow.Table``, one row per article, with the schema
    :data:`ARROW_SCHEMA`; with ``paths`` (one per article) a first column
    ``path``.

    Raises ``TypeError`` for a result that is not an article (an error
    returned with ``return_errors=True``: leave those out first), and
    ``pyarrow.ArrowInvalid`` for a number ``decimal128(38, 18)`` cannot hold
    exactly (never rounded). pyarrow is imported on the first call.
    """
    from ._arrow import to_arrow as convert

    return convert(results, paths)


def __getattr__(name: str) -> Any:
    # ARROW_SCHEMA imports pyarrow: only when asked for.
    if name == "ARROW_SCHEMA":
        from ._arrow import ARROW_SCHEMA

        return ARROW_SCHEMA
    raise AttributeError(f"module 'vn_article' has no attribute {name!r}")
