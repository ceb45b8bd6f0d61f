"""Store load time and query latency: the embedded pyoxigraph store against rdflib's
in-memory engine, on the same graph and queries.

    python bench/query.py GRAPH.nq [--rdflib-limit 1000000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graph.query import with_prefixes  # noqa: E402

QUERIES = {
    "aggregate: members per body": """
        SELECT ?body (COUNT(DISTINCT ?person) AS ?n) WHERE {
          ?m org:organization ?body ; org:member ?person } GROUP BY ?body ORDER BY DESC(?n) LIMIT 10""",
    "join: posts with labels": """
        SELECT ?name ?role ?body WHERE {
          ?m org:member/foaf:name ?name ; org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?body .
          FILTER(lang(?role) = "vi" && lang(?body) = "vi") }""",
    "join: documents by issuer and year": """
        SELECT ?issuer ?year ?n WHERE {
          { SELECT ?b ?year (COUNT(*) AS ?n) WHERE {
              ?doc vnkg:issuedBy ?b ; dcterms:issued ?d . BIND(YEAR(?d) AS ?year) } GROUP BY ?b ?year }
          ?b skos:prefLabel ?issuer . FILTER(lang(?issuer) = "vi") }""",
    "lookup: one official's posts": """
        SELECT ?role ?body WHERE { ?p foaf:name ?n . FILTER(STRSTARTS(?n, "Nguyễn Văn"))
          ?m org:member ?p ; org:role/skos:prefLabel ?role ; org:organization ?body } LIMIT 50""",
}


def timed(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("graph", type=Path)
    parser.add_argument("--rdflib-limit", type=int, default=1_000_000, help="quads given to rdflib")
    options = parser.parse_args()
    data = options.graph.read_bytes()
    quads = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS))
    triples = list(dict.fromkeys(pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads))
    subset = triples[:options.rdflib_limit]
    nt = pyoxigraph.serialize(subset, format=pyoxigraph.RdfFormat.N_TRIPLES)
    print(f"graph: {len(quads)} quads, {len(triples)} distinct triples; compared on {len(subset)} triples")

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        union = Path(folder) / "union.nt"
        union.write_bytes(pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES))
        store = pyoxigraph.Store(str(Path(folder) / "store"))
        store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS)
        store.bulk_load(path=str(union), format=pyoxigraph.RdfFormat.N_TRIPLES)
        store.flush()
        print(f"pyoxigraph on-disk store: bulk load of {len(quads)} quads + union graph in "
              f"{time.perf_counter() - start:.1f} s")
    oxi = pyoxigraph.Store()
    oxi.bulk_load(nt, format=pyoxigraph.RdfFormat.N_TRIPLES)
    start = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(data=nt.decode("utf-8"), format="nt")
    print(f"rdflib: parse of {len(subset)} triples in {time.perf_counter() - start:.1f} s")
    print("| query | pyoxigraph (s) | rdflib (s) | speed-up | rows |")
    print("| --- | --- | --- | --- | --- |")
    for name, text in QUERIES.items():
        full, _ = with_prefixes(text)
        rows = len(list(oxi.query(full)))
        fast = timed(lambda: list(oxi.query(full)))
        slow = timed(lambda: list(graph.query(full)), repeat=1)
        print(f"| {name} | {fast:.3f} | {slow:.2f} | {slow / fast:.0f}× | {rows} |", flush=True)


if __name__ == "__main__":
    main()
