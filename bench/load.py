"""Store load time alone: a build's graph.ttl bulk-loaded into a fresh on-disk pyoxigraph
store, several times (the issue's target is 1M triples in under 10 s).

    python bench/load.py BUILD_DIR [--runs 3]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyoxigraph


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path, help="a vnkg build's output directory")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    turtle = str(options.build / "graph.ttl")
    triples = sum(1 for _ in pyoxigraph.parse(path=turtle, format=pyoxigraph.RdfFormat.TURTLE))
    print(f"{triples} triples in {turtle}")
    for _ in range(options.runs):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            store = pyoxigraph.Store(folder)
            store.bulk_load(path=turtle, format=pyoxigraph.RdfFormat.TURTLE)
            store.flush()
            print(f"bulk load: {time.perf_counter() - start:.2f} s, {len(store)} statements", flush=True)
            del store


if __name__ == "__main__":
    main()
