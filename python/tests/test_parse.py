"""parse, parse_file, parse_many, parse_files: exact values from the seed,
the error classes with their positions, the order and the threads of
parse_files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import vn_article
from conftest import SEED, SEEDS, loads, txt_files

NO_TITLE = "no title: the text holds no line after its header at line 2, column 1"


def test_seed_fields(seed_text: str) -> None:
    a = vn_article.parse(seed_text)
    assert a["schema"] == 1 == vn_article.SCHEMA
    assert a["dateline"] == {
        "text": "03/04/2024 - 07:35",
        "date": "2024-04-03",
        "time": "07:35:00",
        "datetime": "2024-04-03T07:35:00+07:00",
        "offset": "+07:00",
        "offset_assumed": True,
        "weekday": None,
    }
    assert a["section"] == ["Bình Thủy"]
    assert a["title"] == "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm"
    assert a["source"] == {"text": "(CT) -", "code": "CT", "outlet": "Báo Cần Thơ"}
    assert a["lead"].startswith("Ngày 2-4-2024, Ban Thường vụ Quận ủy Bình Thủy")
    assert a["credits"] == [
        {"text": "Tin, ảnh: KIM XUÂN", "roles": ["news", "photo"], "names": ["KIM XUÂN"]}
    ]
    assert a["footer"] == ["Chia sẻ bài viết"]
    assert a["diagnostics"] == [
        {"code": "offset_assumed", "message": "no UTC offset in the dateline; +07:00 assumed", "line": 1}
    ]
    assert a["mentions"][0] == {
        "kind": "percent",
        "text": "53,68%",
        "value": Decimal("53.68"),
        "value_to": None,
    }
    assert a["mentions"][1] == {
        "kind": "date",
        "text": "Ngày 2-4-2024",
        "date": "2024-04-02",
        "year": 2024,
        "month": 4,
        "day": 2,
        "year_inferred": False,
        "relative": False,
    }
    # Keys in the order the JSON writes them.
    assert list(a) == [
        "schema", "dateline", "section", "title", "source", "lead", "body",
        "credits", "footer", "header", "mentions", "diagnostics",
    ]


def test_numbers_are_exact_never_float() -> None:
    text = (
        "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Doanh thu đạt 9.007.199.254.740.993 đồng, "
        "tăng 0,1% và 12,5 triệu USD.\n"
    )
    values = [(m["kind"], m["value"]) for m in vn_article.parse(text)["mentions"]]
    assert values == [
        ("money", 9007199254740993),
        ("percent", Decimal("0.1")),
        ("money", 12500000),
    ]
    assert type(values[0][1]) is int and type(values[1][1]) is Decimal


@pytest.mark.parametrize("seed", txt_files(SEEDS), ids=lambda p: p.name)
def test_every_seed_equals_its_golden_json(seed: Path) -> None:
    golden = loads(seed.with_suffix(".json").read_text(encoding="utf-8"))
    assert vn_article.parse_file(seed) == golden
    assert vn_article.parse_file(str(seed)) == golden


def test_errors_have_their_class_and_position() -> None:
    with pytest.raises(vn_article.EmptyInput) as e:
        vn_article.parse("  \n\n")
    assert str(e.value) == "empty input: the text holds no article at line 1, column 1"
    assert (e.value.kind, e.value.offset, e.value.line, e.value.column, e.value.path) == (
        "empty_input", 0, 1, 1, None,
    )
    assert isinstance(e.value, vn_article.Error) and isinstance(e.value, ValueError)

    with pytest.raises(vn_article.NoTitle) as e:
        vn_article.parse("03/04/2024 - 07:35\n")
    assert e.value.kind == "no_title"
    assert (e.value.offset, e.value.line, e.value.column) == (19, 2, 1)
    assert str(e.value) == NO_TITLE
    assert e.value.message == "no title: the text holds no line after its header"


def test_bad_utf8_in_a_file_is_that_files_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"03/04/2024 - 07:35\nTi\xffeu de\n")
    with pytest.raises(vn_article.InvalidUtf8) as e:
        vn_article.parse_file(bad)
    assert (e.value.offset, e.value.line, e.value.column) == (21, 2, 3)
    assert e.value.path == str(bad)
    assert str(e.value) == (
        f"{bad}: invalid utf-8: byte 0xff cannot start a character at line 2, column 3"
    )


def test_a_missing_file_is_io_and_oserror(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(OSError) as e:
        vn_article.parse_file(missing)
    assert type(e.value) is vn_article.Io
    assert e.value.path == str(missing) == e.value.filename
    assert e.value.message == "No such file or directory (os error 2)"
    assert str(e.value) == f"{missing}: cannot read: No such file or directory (os error 2)"


def test_parse_many(seed_text: str) -> None:
    dump = seed_text + "\n\n" + seed_text
    articles = vn_article.parse_many(dump)
    assert [a["title"] for a in articles] == [
        "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm"
    ] * 2
    assert vn_article.parse_many("") == []


def test_parse_many_errors_raised_or_returned() -> None:
    # The second article holds more mentions than one article may.
    dump = (
        "03/04/2024 - 07:35\n\nTiêu đề\n\nĐoạn một.\n\nTin: KIM XUÂN\n\n"
        "04/04/2024 - 08:00\n\nTiêu đề hai\n\n(CT) - " + "5% " * 10_001 + "\n"
    )
    results = vn_article.parse_many(dump, return_errors=True)
    assert results[0]["title"] == "Tiêu đề"
    assert isinstance(results[1], vn_article.TooManyPieces)
    with pytest.raises(vn_article.TooManyPieces):
        vn_article.parse_many(dump)
    # A dateline last in the dump opens no article: it stays the last one's.
    last = vn_article.parse_many(
        "03/04/2024 - 07:35\n\nTiêu đề\n\nĐoạn một.\n\n04/04/2024 - 08:00\n"
    )
    assert [a["title"] for a in last] == ["Tiêu đề"]


def test_parse_files_in_order_on_threads(tmp_path: Path) -> None:
    seeds = txt_files(SEEDS)
    paths = seeds * 5
    expected = [vn_article.parse_file(p) for p in paths]
    for threads in (None, 1, 2, 7):
        assert list(vn_article.parse_files(paths, threads=threads)) == expected
    it = vn_article.parse_files(iter(paths))
    assert it.__length_hint__() == len(paths)
    next(it)
    assert it.__length_hint__() == len(paths) - 1
    del it  # workers stop when the iterator goes
    assert list(vn_article.parse_files([])) == []


def test_parse_files_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    paths = [SEED, bad, empty, tmp_path / "missing.txt", SEED]
    results = list(vn_article.parse_files(paths, threads=2, return_errors=True))
    assert [type(r).__name__ for r in results] == ["dict", "InvalidUtf8", "EmptyInput", "Io", "dict"]
    assert [getattr(r, "path", None) for r in results[1:4]] == [str(p) for p in paths[1:4]]
    it = vn_article.parse_files(paths)
    assert next(it)["title"].startswith("Kết nạp")
    with pytest.raises(vn_article.InvalidUtf8):
        next(it)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        vn_article.parse_files(paths, threads=0)


def test_errors_pickle() -> None:
    import pickle

    with pytest.raises(vn_article.NoTitle) as e:
        vn_article.parse("03/04/2024 - 07:35\n")
    back = pickle.loads(pickle.dumps(e.value))
    assert type(back) is vn_article.NoTitle
    assert (back.offset, back.line, back.column, str(back)) == (19, 2, 1, NO_TITLE)


def test_outlets_and_version() -> None:
    assert ("CT", "Báo Cần Thơ") in vn_article.outlets()
    assert vn_article.__version__ == "0.1.0"


def test_help_reads_well() -> None:
    assert vn_article.parse.__doc__.startswith("The article of ``text``, as a dict of schema 1.")
    assert "InvalidUtf8" in vn_article.parse_file.__doc__
    assert "return_errors" in vn_article.parse_files.__doc__


def test_import_leaves_pyarrow_until_to_arrow() -> None:
    import subprocess
    import sys

    code = (
        "import sys, vn_article; a = 'pyarrow' in sys.modules; "
        "vn_article.ARROW_SCHEMA; print(a, 'pyarrow' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_docstring_examples_run() -> None:
    import doctest

    import vn_article._arrow

    for module, examples in ((vn_article, 8), (vn_article._arrow, 3)):
        result = doctest.testmod(module, extraglobs={"vn_article": vn_article})
        assert (result.failed, result.attempted) == (0, examples), module.__name__


def test_ranges_of_money_carry_their_upper_value() -> None:
    text = "03/04/2024 - 07:35\n\nTiêu đề\n\n(CT) - Giá 20-25 triệu đồng, 0,3-0,5m; 3 người.\n"
    mentions = vn_article.parse(text)["mentions"]
    assert mentions == [
        {
            "kind": "money",
            "text": "20-25 triệu đồng",
            "value": 20000000,
            "value_to": 25000000,
            "currency": "VND",
        },
        {
            "kind": "number",
            "text": "0,3-0,5m",
            "value": Decimal("0.3"),
            "value_to": Decimal("0.5"),
            "unit": "m",
        },
        {"kind": "number", "text": "3 người", "value": 3, "unit": "người"},
    ]
