"""Export stage: write the graph as Turtle (union), TriG and N-Quads (one named graph per
article), byte-stable and atomically.

Serialization goes through pyoxigraph (rdflib needs ~95 s for a million triples as
Turtle); quads are sorted first so the same graph always gives the same bytes.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Triple, serialize

from graph.errors import OutputError
from graph.vocab import PREFIXES

EXPORT_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in {"owl"}}


@contextmanager
def atomic_path(path: Path):
    """Yield a temporary path beside `path`; rename it over `path` only on success."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError as error:
        raise OutputError(f"{path.parent}: cannot write here ({error.strerror})") from None
    try:
        yield Path(temporary)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes files private; exports are not
        os.replace(temporary, path)
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror})") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write_atomic(path: Path, writer: Callable[[Path], None]) -> None:
    with atomic_path(path) as temporary:
        writer(temporary)


def sorted_quads(quads: Iterable[Quad]) -> list[Quad]:
    """Graph by graph in IRI order, each graph's statements in the order the builder
    made them (sorted per article). No global sort: that is what keeps a million
    statements fast, and the order is still the same for the same input."""
    runs: dict = {}
    current, run = None, None
    for quad in quads:
        graph = quad.graph_name
        if run is None or graph != current:
            current = graph
            run = runs.setdefault(str(graph), [])
        run.append(quad)
    ordered: list[Quad] = []
    for key in sorted(runs):
        ordered.extend(runs[key])
    return ordered


def union_triples(quads: Iterable[Quad]) -> list[Triple]:
    """Every statement once, in the order of its first appearance."""
    seen: dict = {}
    for quad in sorted_quads(quads):
        seen.setdefault(Triple(quad.subject, quad.predicate, quad.object), None)
    return list(seen)


def serialize_turtle(quads: Iterable[Quad]) -> bytes:
    return serialize(union_triples(quads), format=RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)


def serialize_trig(quads: Iterable[Quad]) -> bytes:
    return serialize(sorted_quads(quads), format=RdfFormat.TRIG, prefixes=EXPORT_PREFIXES)


def serialize_nquads(quads: Iterable[Quad]) -> bytes:
    return serialize(sorted_quads(quads), format=RdfFormat.N_QUADS)


FORMATS: dict[str, tuple[str, Callable[[Iterable[Quad]], bytes]]] = {
    "turtle": ("graph.ttl", serialize_turtle),
    "trig": ("graph.trig", serialize_trig),
    "nquads": ("graph.nq", serialize_nquads),
}


def write_exports(quads: list[Quad], out_dir: Path, formats: Iterable[str] = ("turtle", "trig", "nquads")) -> dict[str, Path]:
    """Write each format to out_dir atomically; return format → path."""
    written = {}
    for name in formats:
        if name not in FORMATS:
            raise OutputError(f"unknown export format {name!r}; choose from {', '.join(sorted(FORMATS))}")
        filename, serializer = FORMATS[name]
        data = serializer(quads)
        path = Path(out_dir) / filename
        write_atomic(path, lambda temporary, data=data: temporary.write_bytes(data))
        written[name] = path
    return written


_SHARD = {"nquads": (".nq", serialize_nquads), "trig": (".trig", serialize_trig), "turtle": (".ttl", serialize_turtle)}


def write_shards(store, out_dir: Path, fmt: str = "nquads", size: int | None = None) -> list[Path]:
    """The store's article and ontology graphs (not the derived default graph) as files
    of at most `size` statements each; files are filled graph by graph in sorted order."""
    suffix, serializer = _SHARD[fmt]
    quads = sorted_quads(q for q in store.quads_for_pattern(None, None, None, None)
                         if not isinstance(q.graph_name, DefaultGraph))
    size = size or max(1, len(quads))
    out_dir = Path(out_dir)
    written = []
    for index, start in enumerate(range(0, max(len(quads), 1), size)):
        path = out_dir / f"graph-{index + 1:05d}{suffix}"
        data = serializer(quads[start:start + size])
        write_atomic(path, lambda temporary, data=data: temporary.write_bytes(data))
        written.append(path)
    return written
