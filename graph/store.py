"""The embedded SPARQL store (pyoxigraph, on disk): one named graph per article plus the
ontology in its own graph, so later commands query without re-parsing Turtle.

A rebuild loads a fresh store beside the old one and swaps the directories by rename,
so an interrupted build leaves the previous store usable.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from graph.errors import InputError, OutputError
from graph.vocab import ONTOLOGY_IRI

ONTOLOGY_GRAPH = pyoxigraph.NamedNode(ONTOLOGY_IRI)


@dataclass(frozen=True)
class StoreStats:
    path: Path
    quads: int
    graphs: int


def refresh_union(store: pyoxigraph.Store) -> None:
    """The default graph holds every article's statements once (what a plain query sees);
    the named graphs keep who said what. Without it a union over graphs would repeat a
    statement once per article that makes it."""
    store.clear_graph(pyoxigraph.DefaultGraph())
    store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_IRI}>) }}")


def _load(store: pyoxigraph.Store, nquads: bytes | Path, ontology: Path | None, union: Path | None = None) -> None:
    if isinstance(nquads, (bytes, bytearray)):
        store.bulk_load(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    else:
        store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    if union is not None:  # the build's union Turtle: a bulk load, far faster than INSERT
        store.bulk_load(path=str(union), format=pyoxigraph.RdfFormat.TURTLE)
    else:
        refresh_union(store)
    if ontology is not None and Path(ontology).exists():
        store.bulk_load(path=str(ontology), format=pyoxigraph.RdfFormat.TURTLE, to_graph=ONTOLOGY_GRAPH)
    store.flush()


def replace_store(nquads: bytes | Path, store_path: Path, ontology: Path | None = None,
                  union: Path | None = None) -> StoreStats:
    """Load the build's N-Quads (+ ontology) into a new store and swap it in atomically."""
    store_path = Path(store_path)
    try:
        store_path.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{store_path.name}.new.", dir=store_path.parent))
    except OSError as error:
        raise OutputError(f"{store_path.parent}: cannot create the store here ({error.strerror})") from None
    try:
        store = pyoxigraph.Store(str(fresh))
        _load(store, nquads, ontology, union)
        stats = StoreStats(store_path, len(store), sum(1 for _ in store.named_graphs()))
        del store
        retired = None
        if store_path.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{store_path.name}.old.", dir=store_path.parent))
            retired.rmdir()
            store_path.rename(retired)
        fresh.rename(store_path)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
        return stats
    finally:
        if fresh.exists():
            shutil.rmtree(fresh, ignore_errors=True)


def add_to_store(nquads: bytes | Path, store_path: Path) -> StoreStats:
    """Replace, graph by graph, the named graphs the input carries (incremental builds)."""
    store = pyoxigraph.Store(str(store_path))
    data = nquads if isinstance(nquads, (bytes, bytearray)) else Path(nquads).read_bytes()
    quads = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS))
    for graph in sorted({q.graph_name for q in quads}, key=str):
        store.remove_graph(graph) if store.contains_named_graph(graph) else None
    store.extend(quads)
    refresh_union(store)
    store.flush()
    return StoreStats(Path(store_path), len(store), sum(1 for _ in store.named_graphs()))


def open_store(path: Path, read_only: bool = True) -> pyoxigraph.Store:
    path = Path(path)
    if not path.is_dir():
        raise InputError(f"no store at {path}: run `vnkg build` first (or pass --graph FILE)")
    try:
        return pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))
    except OSError as error:
        raise InputError(f"{path}: cannot open the store ({error})") from None
