"""Parse a folder tree of Vietnamese articles on a Dask distributed cluster
and write the results as partitioned Parquet.

Every ``.txt`` file under ROOT is one article. The files are cut into batches
(``--batch`` files each); each batch is one task, which reads and parses its
files with ``vn_article.parse_files`` on the worker's cores and writes its
articles as one Parquet file ``part-NNNNN.parquet`` under OUT (with a ``path``
column; the Arrow schema is ``vn_article.ARROW_SCHEMA``). Files that give no
article are counted by error kind, never lost silently. A summary is printed
at the end.

    # a local cluster of 2 worker processes
    python python/examples/dask_corpus.py ROOT OUT --workers 2
    # a running cluster: every worker needs vn_article installed (see README)
    python python/examples/dask_corpus.py ROOT OUT --scheduler tcp://host:8786

OUT must be a folder every worker can write to (a shared file system), or
any URL pyarrow's file systems read (``s3://bucket/prefix``).
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from typing import Dict, List, Optional, Sequence

import pyarrow.parquet as pq


def parse_batch(index: int, paths: List[str], out: str) -> Dict[str, object]:
    """Task: parse ``paths`` and write their articles to ``OUT/part-INDEX``;
    what it did, for the summary."""
    import vn_article  # on the worker

    articles, names, errors = [], [], collections.Counter()
    size = 0
    for path, result in zip(paths, vn_article.parse_files(paths, return_errors=True)):
        size += os.path.getsize(path) if os.path.exists(path) else 0
        if isinstance(result, vn_article.Error):
            errors[result.kind] += 1
        else:
            articles.append(result)
            names.append(path)
    table = vn_article.to_arrow(articles, paths=names)
    target = f"{out.rstrip('/')}/part-{index:05}.parquet"
    pq.write_table(table, target)
    outlets = collections.Counter(
        (a["source"] or {}).get("outlet") or "(none)" for a in articles
    )
    return {
        "files": len(paths),
        "articles": len(articles),
        "bytes": size,
        "errors": dict(errors),
        "outlets": dict(outlets),
        "part": target,
    }


def find_files(root: str) -> List[str]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        found.extend(os.path.join(folder, f) for f in sorted(files) if f.endswith(".txt"))
    return found


def run(
    root: str,
    out: str,
    scheduler: Optional[str] = None,
    workers: int = 2,
    batch: int = 64,
) -> Dict[str, object]:
    """Parses ROOT on the cluster and writes OUT; the summary."""
    from dask.distributed import Client, LocalCluster

    paths = find_files(root)
    if not paths:
        raise SystemExit(f"no .txt files under {root}")
    if "://" not in out:
        os.makedirs(out, exist_ok=True)
    batches = [paths[i : i + batch] for i in range(0, len(paths), batch)]
    start = time.perf_counter()
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = client.map(
            parse_batch, range(len(batches)), batches, out=out, pure=False
        )
        results = client.gather(futures)
        worker_count = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.perf_counter() - start
    errors: collections.Counter = collections.Counter()
    outlets: collections.Counter = collections.Counter()
    for r in results:
        errors.update(r["errors"])
        outlets.update(r["outlets"])
    return {
        "files": sum(r["files"] for r in results),
        "articles": sum(r["articles"] for r in results),
        "bytes": sum(r["bytes"] for r in results),
        "errors": dict(errors),
        "outlets": dict(outlets),
        "parts": [r["part"] for r in results],
        "workers": worker_count,
        "seconds": seconds,
    }


def main(argv: Optional[Sequence[str]] = None) -> Dict[str, object]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", help="folder tree of .txt articles")
    ap.add_argument("out", help="folder (or URL) for the Parquet parts")
    ap.add_argument("--scheduler", help="address of a running scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    ap.add_argument("--batch", type=int, default=64, help="files per task")
    args = ap.parse_args(argv)
    s = run(args.root, args.out, args.scheduler, args.workers, args.batch)
    print(f"{s['files']} files, {s['bytes'] / 1e6:.1f} MB, on {s['workers']} workers in {s['seconds']:.1f} s")
    print(f"{s['articles']} articles in {len(s['parts'])} Parquet parts under {args.out}")
    for kind, n in sorted(s["errors"].items()):
        print(f"  {n} files gave no article: {kind}")
    for outlet, n in collections.Counter(s["outlets"]).most_common(5):
        print(f"  {n:6} {outlet}")
    return s


if __name__ == "__main__":
    main(sys.argv[1:])
