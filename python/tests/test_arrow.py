"""to_arrow: the documented Arrow schema, exact values, Parquet round trip."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import vn_article
from conftest import SEED, SEEDS, txt_files


def test_schema_is_the_documented_one() -> None:
    table = vn_article.to_arrow([vn_article.parse_file(SEED)])
    assert table.schema == vn_article.ARROW_SCHEMA
    assert table.schema.names == [
        "schema", "dateline", "section", "title", "source", "lead", "body",
        "credits", "footer", "header", "mentions", "diagnostics",
    ]
    dateline = table.schema.field("dateline").type
    assert dateline.field("date").type == pa.date32()
    assert dateline.field("time").type == pa.time32("s")
    assert dateline.field("datetime").type == pa.timestamp("s", tz="+07:00")
    mention = table.schema.field("mentions").type.value_type
    assert mention.field("value").type == pa.decimal128(38, 18)
    assert mention.field("start").type == pa.date32()


def test_seed_values() -> None:
    row = vn_article.to_arrow([vn_article.parse_file(SEED)]).to_pylist()[0]
    assert row["dateline"] == {
        "text": "03/04/2024 - 07:35",
        "date": dt.date(2024, 4, 3),
        "time": dt.time(7, 35),
        "datetime": dt.datetime(2024, 4, 3, 0, 35, tzinfo=dt.timezone.utc).astimezone(
            dt.timezone(dt.timedelta(hours=7))
        ),
        "offset": "+07:00",
        "offset_assumed": True,
        "weekday": None,
    }
    assert row["credits"] == [
        {"text": "Tin, ảnh: KIM XUÂN", "roles": ["news", "photo"], "names": ["KIM XUÂN"]}
    ]
    first = row["mentions"][0]
    assert (first["kind"], first["text"], first["value"]) == ("percent", "53,68%", Decimal("53.68"))
    assert first["date"] is None and first["quarter"] is None
    date = row["mentions"][1]
    assert (date["kind"], date["date"], date["year_inferred"]) == ("date", dt.date(2024, 4, 2), False)
    periods = [m for m in row["mentions"] if m["kind"] == "period"]
    assert (periods[0]["text"], periods[0]["start"], periods[0]["end"]) == (
        "năm 2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31),
    )


def test_exact_money_and_paths(tmp_path: Path) -> None:
    text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Thu 9.007.199.254.740.993 đồng và 0,15%.\n"
    table = vn_article.to_arrow([vn_article.parse(text)], paths=["a.txt"])
    assert table.schema.names[0] == "path"
    values = [(m["kind"], m["value"]) for m in table.column("mentions").to_pylist()[0]]
    assert values == [("money", Decimal("9007199254740993")), ("percent", Decimal("0.15"))]
    assert table.column("path").to_pylist() == ["a.txt"]


def test_every_seed_converts_and_round_trips_through_parquet(tmp_path: Path) -> None:
    files = txt_files(SEEDS)
    articles = list(vn_article.parse_files(files))
    table = vn_article.to_arrow(articles, paths=[str(p) for p in files])
    assert table.num_rows == len(files)
    pq.write_table(table, tmp_path / "seeds.parquet")
    back = pq.read_table(tmp_path / "seeds.parquet")
    # Parquet keeps times in milliseconds: the same values, read back.
    assert back.cast(table.schema).equals(table)
    assert back.column("title").to_pylist() == [a["title"] for a in articles]


def test_errors_are_refused() -> None:
    results = [vn_article.parse_file(SEED), vn_article.EmptyInput("x")]
    with pytest.raises(TypeError, match="result 1 is EmptyInput, not an article"):
        vn_article.to_arrow(results)
    with pytest.raises(ValueError, match="2 paths for 1 articles"):
        vn_article.to_arrow([vn_article.parse_file(SEED)], paths=["a", "b"])
