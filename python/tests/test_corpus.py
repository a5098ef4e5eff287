"""The Python results equal the Rust example's JSON (``--json``), file for
file: the seeds always, and every file of the shared corpus where it lies
(``VN_ARTICLE_CORPUS`` or ``../shared/corpus``)."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

import vn_article
from conftest import SEEDS, corpus_dir, rust_example_json, txt_files


def check_against_example(files: List[Path]) -> int:
    expected = rust_example_json(files)
    assert len(expected) == len(files)
    results = vn_article.parse_files(files, return_errors=True)
    for path, result in zip(files, results):
        record = expected[str(path)]
        if "article" in record:
            assert result == record["article"], path
        else:
            error = record["error"]
            assert isinstance(result, vn_article.Error), path
            assert result.kind == error["kind"] and result.message == error["message"], path
            if "offset" in error:
                assert (result.offset, result.line, result.column) == (
                    error["offset"], error["line"], error["column"],
                ), path
    return len(files)


def test_seeds_equal_the_rust_example() -> None:
    assert check_against_example(txt_files(SEEDS)) == len(txt_files(SEEDS)) > 10


@pytest.mark.skipif(corpus_dir() is None, reason="the shared corpus is not beside the repository")
def test_corpus_equals_the_rust_example() -> None:
    files = txt_files(corpus_dir())
    assert check_against_example(files) > 100


def test_errors_equal_the_rust_example(tmp_path: Path) -> None:
    (tmp_path / "a_bad_utf8.txt").write_bytes(b"Ti\xff\xfeu\n")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_no_title.txt").write_bytes("03/04/2024 - 07:35\n".encode())
    (tmp_path / "d_seed.txt").write_bytes((SEEDS / "000_ad18fd4188fc23a2.txt").read_bytes())
    files = txt_files(tmp_path)
    assert check_against_example(files) == 4
    kinds = [getattr(r, "kind", "article") for r in vn_article.parse_files(files, return_errors=True)]
    assert kinds == ["invalid_utf8", "empty_input", "no_title", "article"]
