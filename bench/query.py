"""Store load time and query latency: the embedded store `vnkg query` uses (pyoxigraph on
disk, opened read-only, as `vnkg build` loads it) against rdflib's in-memory engine, on
the same graph and the same query texts. pyoxigraph's in-memory store is shown too.

    python bench/query.py BUILD_DIR [--rdflib-timeout 600]

BUILD_DIR is the --out of a `vnkg build` (graph.nq, graph.ttl). rdflib runs each query
once in a forked process and is stopped at the timeout ("> N s" in the table).
"""
from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph
import rdflib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from graph.query import with_prefixes  # noqa: E402
from graph.store import open_store, replace_store  # noqa: E402

QUERIES = {
    "aggregate: members per body": """
        SELECT ?body (COUNT(DISTINCT ?person) AS ?n) WHERE {
          ?m org:organization ?body ; org:member ?person } GROUP BY ?body ORDER BY DESC(?n) LIMIT 10""",
    "aggregate: members per body (as queries/members_per_body.rq)":
        (ROOT / "queries" / "members_per_body.rq").read_text(encoding="utf-8"),
    "join: posts with labels (property paths)": """
        SELECT ?name ?role ?body WHERE {
          ?m org:member/foaf:name ?name ; org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?body .
          FILTER(lang(?role) = "vi" && lang(?body) = "vi") }""",
    "join: posts with labels (labels first, as queries/posts_by_body.rq)": """
        SELECT ?name ?role ?body WHERE {
          ?m org:organization ?o ; org:role ?r ; org:member ?p . ?p foaf:name ?name .
          { SELECT ?o ?body WHERE { ?o skos:prefLabel ?body FILTER(lang(?body) = "vi") } }
          { SELECT ?r ?role WHERE { ?r skos:prefLabel ?role FILTER(lang(?role) = "vi") } } }""",
    "join: documents by issuer and year": """
        SELECT ?issuer ?year ?n WHERE {
          { SELECT ?b ?year (COUNT(*) AS ?n) WHERE {
              ?doc vnkg:issuedBy ?b ; dcterms:issued ?d . BIND(YEAR(?d) AS ?year) } GROUP BY ?b ?year }
          ?b skos:prefLabel ?issuer . FILTER(lang(?issuer) = "vi") }""",
    "lookup: one official's posts": """
        SELECT ?role ?body WHERE { ?p foaf:name ?n . FILTER(STRSTARTS(?n, "Nguyễn Văn"))
          ?m org:member ?p ; org:role/skos:prefLabel ?role ; org:organization ?body } LIMIT 50""",
}


def best_of(function, repeat: int = 3) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(list(function()))
        best = min(best, time.perf_counter() - start)
    return best, rows


_RDFLIB_GRAPH = None


def _rdflib_run(query: str, pipe) -> None:
    start = time.perf_counter()
    rows = len(list(_RDFLIB_GRAPH.query(query)))
    pipe.send((time.perf_counter() - start, rows))


def rdflib_time(query: str, timeout: float) -> tuple[float | None, int | None]:
    """One run in a forked child (which shares the parsed graph), stopped at the timeout."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_rdflib_run, args=(query, sender))
    child.start()
    if receiver.poll(timeout):
        result = receiver.recv()
        child.join()
        return result
    child.kill()
    child.join()
    return None, None


def main() -> None:
    global _RDFLIB_GRAPH
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path, help="a vnkg build's output directory")
    parser.add_argument("--rdflib-timeout", type=float, default=600)
    options = parser.parse_args()
    nquads, turtle = options.build / "graph.nq", options.build / "graph.ttl"
    print(f"graph: {sum(1 for _ in nquads.open('rb'))} quads, {sum(1 for _ in pyoxigraph.parse(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE))} distinct triples")

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        one = pyoxigraph.Store(str(Path(folder) / "union-only"))
        one.bulk_load(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE)
        one.flush()
        print(f"on-disk store, bulk load of graph.ttl alone: {time.perf_counter() - start:.1f} s")
        del one
        start = time.perf_counter()
        stats = replace_store(nquads, Path(folder) / "store", None, turtle)
        print(f"on-disk store as `vnkg build` makes it (named graphs + union): {stats.quads} statements "
              f"in {time.perf_counter() - start:.1f} s")
        disk = open_store(Path(folder) / "store")
        memory = pyoxigraph.Store()
        memory.bulk_load(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE)
        start = time.perf_counter()
        _RDFLIB_GRAPH = rdflib.Graph()
        _RDFLIB_GRAPH.parse(str(turtle), format="turtle")
        print(f"rdflib: parse of graph.ttl in {time.perf_counter() - start:.1f} s")
        print("| query | embedded store (s) | pyoxigraph in memory (s) | rdflib (s) | speed-up (embedded) | rows |")
        print("| --- | --- | --- | --- | --- | --- |")
        for name, text in QUERIES.items():
            full, _ = with_prefixes(text)
            on_disk, rows = best_of(lambda: disk.query(full))
            in_memory, _ = best_of(lambda: memory.query(full))
            slow, slow_rows = rdflib_time(full, options.rdflib_timeout)
            assert slow_rows in (None, rows), (name, rows, slow_rows)
            slow_text = f"{slow:.2f}" if slow is not None else f"> {options.rdflib_timeout:.0f}"
            ratio = f"{slow / on_disk:.0f}×" if slow is not None else f"> {options.rdflib_timeout / on_disk:.0f}×"
            print(f"| {name} | {on_disk:.3f} | {in_memory:.3f} | {slow_text} | {ratio} | {rows} |", flush=True)


if __name__ == "__main__":
    main()
