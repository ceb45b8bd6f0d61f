"""Export time per format for a built graph (its cached per-article N-Quads).

    python bench/export.py OUT_DIR_OF_A_BUILD
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from pyoxigraph import RdfFormat, parse, serialize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graph.export import EXPORT_PREFIXES, chunks_from_nquads, join_chunks, union_ntriples  # noqa: E402


def main() -> None:
    build = Path(sys.argv[1])
    chunks = chunks_from_nquads((build / ".vnkg-cache" / "articles.nq").read_bytes())
    start = time.perf_counter()
    nquads = join_chunks(chunks)
    union = union_ntriples(chunks)
    prepared = time.perf_counter() - start
    quads, triples = nquads.count(b"\n"), union.count(b"\n")
    with tempfile.TemporaryDirectory() as folder:
        timings = {}
        start = time.perf_counter()
        (Path(folder) / "graph.nq").write_bytes(nquads)
        timings["N-Quads"] = time.perf_counter() - start
        start = time.perf_counter()
        serialize(parse(union, format=RdfFormat.N_TRIPLES), str(Path(folder) / "graph.ttl"),
                  format=RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)
        timings["Turtle"] = time.perf_counter() - start
        start = time.perf_counter()
        serialize(parse(nquads, format=RdfFormat.N_QUADS), str(Path(folder) / "graph.trig"),
                  format=RdfFormat.TRIG, prefixes=EXPORT_PREFIXES)
        timings["TriG"] = time.perf_counter() - start
    print(f"{len(chunks)} articles, {quads} quads, {triples} distinct triples; "
          f"joining chunks and computing the union: {prepared:.2f} s")
    for name, seconds in timings.items():
        print(f"{name}: {seconds:.2f} s")


if __name__ == "__main__":
    main()
