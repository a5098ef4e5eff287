"""Throughput of ``vn_article.parse_files`` next to the Rust example's, in one
run over the same files and cores.

The shared corpus (or any folder of ``.txt`` articles) is copied over and over
into a temporary folder until it holds ``--megabytes`` (200 by default); then
``cargo run --release --example parse -- --json --threads N DIR`` (JSON Lines to
``/dev/null``) and ``parse_files(paths, threads=N)`` (every result taken as a
``dict``) read it, each ``--rounds`` times, and the medians are printed with
their ratio.

    python python/bench/throughput.py [--corpus DIR] [--megabytes 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import vn_article

ROOT = Path(__file__).resolve().parents[2]


def copies(corpus: Path, target: Path, megabytes: int) -> list:
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not files:
        sys.exit(f"no .txt files under {corpus}")
    paths, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        folder = target / f"copy{n:04}"
        folder.mkdir()
        for f in files:
            dest = folder / f"{len(paths):06}_{f.name}"
            shutil.copyfile(f, dest)
            paths.append(str(dest))
            size += f.stat().st_size
        n += 1
    return paths, size


def main() -> None:
    default = Path(os.environ.get("VN_ARTICLE_CORPUS", ROOT.parent / "shared" / "corpus"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=default)
    ap.add_argument("--megabytes", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "parse"], cwd=ROOT, check=True)
    example = ROOT / "target" / "release" / "examples" / "parse"
    with tempfile.TemporaryDirectory() as tmp:
        paths, size = copies(args.corpus, Path(tmp), args.megabytes)
        print(f"{len(paths)} files, {size / 1e6:.1f} MB, {args.threads} threads, median of {args.rounds}")
        rust, python = [], []
        for _ in range(args.rounds):
            start = time.perf_counter()
            with open(os.devnull, "wb") as sink:
                subprocess.run(
                    [str(example), "--json", "--threads", str(args.threads), tmp],
                    stdout=sink, stderr=subprocess.DEVNULL, check=False,
                )
            rust.append(time.perf_counter() - start)
            start = time.perf_counter()
            n = 0
            for result in vn_article.parse_files(paths, threads=args.threads, return_errors=True):
                n += 1
            python.append(time.perf_counter() - start)
            assert n == len(paths)
        r, p = statistics.median(rust), statistics.median(python)
        print(f"rust example     {size / 1e6 / r:7.1f} MB/s  ({r:.2f} s)")
        print(f"parse_files      {size / 1e6 / p:7.1f} MB/s  ({p:.2f} s)")
        print(f"parse_files / rust example {r / p:.2f}")


if __name__ == "__main__":
    main()
