"""The Dask example on a LocalCluster of two worker processes: the Parquet
it writes reads back with a row per article and exact fields."""

from __future__ import annotations

import importlib.util
import datetime as dt
from pathlib import Path

import pyarrow.dataset as ds

import vn_article
from conftest import ROOT, SEED, SEEDS, corpus_dir, txt_files


def load_example():
    path = ROOT / "python" / "examples" / "dask_corpus.py"
    spec = importlib.util.spec_from_file_location("dask_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_corpus_on_a_local_cluster(tmp_path: Path) -> None:
    # The seeds, a bad file, and the shared corpus where it lies.
    tree = tmp_path / "tree"
    (tree / "seeds").mkdir(parents=True)
    for seed in txt_files(SEEDS):
        (tree / "seeds" / seed.name).write_bytes(seed.read_bytes())
    (tree / "seeds" / "zz_bad.txt").write_bytes(b"\xff\xfe")
    corpus = corpus_dir()
    if corpus is not None:
        for f in txt_files(corpus):
            target = tree / "corpus" / f.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.read_bytes())
    files = sorted(str(p) for p in tree.rglob("*.txt"))
    out = tmp_path / "parquet"

    example = load_example()
    summary = example.main([str(tree), str(out), "--workers", "2", "--batch", "8"])
    assert summary["workers"] == 2
    assert summary["files"] == len(files)
    assert summary["errors"] == {"invalid_utf8": 1}
    assert summary["articles"] == len(files) - 1
    assert len(summary["parts"]) == (len(files) + 7) // 8

    table = ds.dataset(str(out), format="parquet").to_table()
    assert table.num_rows == len(files) - 1
    rows = {r["path"]: r for r in table.to_pylist()}
    assert set(rows) == set(files) - {str(tree / "seeds" / "zz_bad.txt")}
    seed = rows[str(tree / "seeds" / SEED.name)]
    assert seed["title"] == "Kết nạp đảng viên mới đạt 53,68% kế hoạch năm"
    assert seed["dateline"]["date"] == dt.date(2024, 4, 3)
    assert seed["source"] == {"text": "(CT) -", "code": "CT", "outlet": "Báo Cần Thơ"}
    assert seed["credits"][0]["names"] == ["KIM XUÂN"]
    # Every title is the one parse_file gives.
    for path, row in rows.items():
        assert row["title"] == vn_article.parse_file(path)["title"], path
