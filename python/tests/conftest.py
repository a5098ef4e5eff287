"""Where the tests find the repository's seeds, the shared corpus and the
Rust example."""

from __future__ import annotations

import json
import os
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Dict, List, Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_ad18fd4188fc23a2.txt"


def corpus_dir() -> Optional[Path]:
    """The shared corpus (``VN_ARTICLE_CORPUS``, else ``../shared/corpus``
    beside the repository), when it is there."""
    env = os.environ.get("VN_ARTICLE_CORPUS")
    path = Path(env) if env else ROOT.parent / "shared" / "corpus"
    return path if path.is_dir() else None


def txt_files(folder: Path) -> List[Path]:
    return sorted(p for p in folder.rglob("*.txt") if p.is_file())


def loads(text: str):
    """JSON as the package gives it: numbers with a fraction as Decimal."""
    return json.loads(text, parse_float=Decimal)


def rust_example_json(paths: List[Path]) -> Dict[str, dict]:
    """What ``cargo run --release --example parse -- --json PATHS`` writes,
    line by line, keyed by file."""
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "parse", "--", "--json", "--threads", "1"]
        + [str(p) for p in paths],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    lines = {}
    for line in out.stdout.splitlines():
        record = loads(line)
        assert "index" not in record, f"{record['file']} holds several articles"
        lines[record["file"]] = record
    return lines


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
