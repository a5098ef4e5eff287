"""Results as an Apache Arrow table: one row per article, the columns of
schema 1 with Arrow's own types (see :data:`ARROW_SCHEMA`)."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

import pyarrow as pa

#: The scale of every exact number (``value``, ``value_to``): 18 digits after
#: the point and 20 before, which holds every value the crate writes but a
#: fraction below 0.001 with 15 significant digits (that raises, never rounds).
DECIMAL = pa.decimal128(38, 18)

#: The time zone of ``dateline.datetime``: Vietnam's. The instant is exact
#: whatever offset the dateline gave; ``dateline.offset`` keeps that offset
#: as the JSON writes it (``+07:00``).
TIME_ZONE = "+07:00"

_CREDIT = pa.struct(
    [
        ("text", pa.string()),
        ("roles", pa.list_(pa.string())),
        ("names", pa.list_(pa.string())),
    ]
)

_DATELINE = pa.struct(
    [
        ("text", pa.string()),
        ("date", pa.date32()),
        ("time", pa.time32("s")),
        ("datetime", pa.timestamp("s", tz=TIME_ZONE)),
        ("offset", pa.string()),
        ("offset_assumed", pa.bool_()),
        ("weekday", pa.string()),
    ]
)

_MENTION = pa.struct(
    [
        ("kind", pa.string()),
        ("text", pa.string()),
        # date, lunar_date; relative dates add `days`
        ("date", pa.date32()),
        ("year", pa.int32()),
        ("month", pa.int8()),
        ("day", pa.int8()),
        ("year_inferred", pa.bool_()),
        ("relative", pa.bool_()),
        ("days", pa.int32()),
        # quarter
        ("quarter", pa.int8()),
        # period
        ("start", pa.date32()),
        ("end", pa.date32()),
        # lunar_date
        ("lunar_year", pa.int32()),
        ("lunar_month", pa.int8()),
        ("lunar_day", pa.int8()),
        ("leap_month", pa.bool_()),
        # time
        ("time", pa.time32("s")),
        # percent, number, money
        ("value", DECIMAL),
        ("value_to", DECIMAL),
        ("unit", pa.string()),
        ("currency", pa.string()),
        # ratio
        ("numerator", pa.uint64()),
        ("denominator", pa.uint64()),
    ]
)

#: The Arrow schema of :func:`to_arrow`: schema 1, field for field, with
#: ``date32`` dates, ``time32[s]`` times, a ``timestamp[s, tz=+07:00]``
#: datetime, ``decimal128(38, 18)`` exact numbers, lists and structs.
#: Every mention is one struct holding the fields of every kind (null where
#: its kind has none), told apart by ``kind``.
ARROW_SCHEMA = pa.schema(
    [
        ("schema", pa.int32()),
        (
            "dateline",
            _DATELINE,
        ),
        ("section", pa.list_(pa.string())),
        ("title", pa.string()),
        (
            "source",
            pa.struct([("text", pa.string()), ("code", pa.string()), ("outlet", pa.string())]),
        ),
        ("lead", pa.string()),
        (
            "body",
            pa.list_(
                pa.struct(
                    [("kind", pa.string()), ("text", pa.string()), ("credits", pa.list_(_CREDIT))]
                )
            ),
        ),
        ("credits", pa.list_(_CREDIT)),
        ("footer", pa.list_(pa.string())),
        ("header", pa.list_(pa.string())),
        ("mentions", pa.list_(_MENTION)),
        (
            "diagnostics",
            pa.list_(
                pa.struct([("code", pa.string()), ("message", pa.string()), ("line", pa.int64())])
            ),
        ),
    ]
)

_DATE_FIELDS = ("date", "start", "end")
_DECIMAL_FIELDS = ("value", "value_to")


def _date(text: Optional[str]) -> Optional[_dt.date]:
    return None if text is None else _dt.date.fromisoformat(text)


def _time(text: Optional[str]) -> Optional[_dt.time]:
    return None if text is None else _dt.time.fromisoformat(text)


def _decimal(value: Any) -> Any:
    return value if value is None or isinstance(value, Decimal) else Decimal(value)


def _dateline(d: Optional[Mapping[str, Any]]) -> Optional[Dict[str, Any]]:
    if d is None:
        return None
    row = dict(d)
    row["date"] = _date(d.get("date"))
    row["time"] = _time(d.get("time"))
    text = d.get("datetime")
    row["datetime"] = None if text is None else _dt.datetime.fromisoformat(text)
    return row


def _mention(m: Mapping[str, Any]) -> Dict[str, Any]:
    row = dict(m)
    for key in _DATE_FIELDS:
        if key in row:
            row[key] = _date(row[key])
    if "time" in row:
        row["time"] = _time(row["time"])
    for key in _DECIMAL_FIELDS:
        if key in row:
            row[key] = _decimal(row[key])
    return row


def _row(article: Mapping[str, Any]) -> Dict[str, Any]:
    row = dict(article)
    row["dateline"] = _dateline(article.get("dateline"))
    row["mentions"] = [_mention(m) for m in article.get("mentions", [])]
    return row


def to_arrow(results: Iterable[Mapping[str, Any]], paths: Optional[Sequence[str]] = None) -> pa.Table:
    """The articles ``results`` (dicts of schema 1, as ``parse`` returns them)
    as a ``pyarrow.Table``, one row per article, with the schema
    :data:`ARROW_SCHEMA`; with ``paths`` (one per article) a first column
    ``path``.

    Raises ``TypeError`` for a result that is not an article (an error
    returned by ``parse_files(..., return_errors=True)``: leave those out
    first), and ``pyarrow.ArrowInvalid`` for a number the decimal type cannot
    hold exactly (never rounded).

    >>> import vn_article
    >>> table = vn_article.to_arrow([vn_article.parse("03/04/2024 - 07:35\\nTiêu đề\\nĐoạn đầu.")])
    >>> table.column("title").to_pylist()
    ['Tiêu đề']
    """
    rows: List[Dict[str, Any]] = []
    for i, article in enumerate(results):
        if not isinstance(article, Mapping):
            raise TypeError(
                f"result {i} is {type(article).__name__}, not an article: "
                "leave errors out before calling to_arrow"
            )
        rows.append(_row(article))
    schema = ARROW_SCHEMA
    if paths is not None:
        paths = list(paths)
        if len(paths) != len(rows):
            raise ValueError(f"{len(paths)} paths for {len(rows)} articles")
        for row, path in zip(rows, paths):
            row["path"] = path
        schema = pa.schema([("path", pa.string())] + list(ARROW_SCHEMA))
    return pa.Table.from_pylist(rows, schema=schema)
