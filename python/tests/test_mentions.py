"""mentions: a text that is no article, resolved against a day handed in
as a date or a string; the errors with their positions."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

import vn_article


def test_a_sentence_under_a_day() -> None:
    text = "Từ tháng 5 đến nay, hôm qua giá tăng 12,5%."
    found = vn_article.mentions(text, datetime.date(2024, 4, 3))
    assert found == vn_article.mentions(text, "2024-04-03")
    assert found == [
        {
            "kind": "period",
            "text": "Từ tháng 5 đến nay",
            "start": "2023-05-01",
            "end": "2024-04-03",
            "relative": True,
            "year_inferred": True,
        },
        {
            "kind": "date",
            "text": "hôm qua",
            "date": "2024-04-02",
            "year": 2024,
            "month": 4,
            "day": 2,
            "year_inferred": False,
            "relative": True,
            "days": -1,
        },
        {"kind": "percent", "text": "12,5%", "value": Decimal("12.5"), "value_to": None},
    ]


def test_without_a_day_the_text_and_kind_stay() -> None:
    found = vn_article.mentions("Hôm qua")
    assert [(m["kind"], m["text"], m["date"]) for m in found] == [("date", "Hôm qua", None)]
    assert vn_article.mentions("") == []


def test_errors() -> None:
    with pytest.raises(ValueError, match='dateline "3/4/2024" is no date as YYYY-MM-DD'):
        vn_article.mentions("Hôm qua", "3/4/2024")
    with pytest.raises(vn_article.TooManyPieces) as e:
        vn_article.mentions("5%, " * 10_001)
    assert (e.value.offset, e.value.line, e.value.column) == (40_000, 1, 40_001)
