"""Export stage: write the graph as Turtle (union), TriG and N-Quads (one named graph per
article), byte-stable and atomically.

Serialization goes through pyoxigraph (rdflib needs ~95 s for a million triples as
Turtle); quads are sorted first so the same graph always gives the same bytes.
"""
from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
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


# ---------------------------------------------------------------- article chunks
# A build keeps each article's statements as its N-Quads text (a "chunk"): compact in
# memory, cheap to pass between processes, and already in canonical line form, so the
# exports are joins and one streaming parse rather than millions of Python objects.

Chunks = dict  # graph IRI → N-Quads bytes of that graph


def join_chunks(chunks: Chunks) -> bytes:
    return b"".join(chunks[graph] for graph in sorted(chunks))


def triple_lines(graph: str, chunk: bytes) -> bytes:
    """One graph's N-Quads text as N-Triples: its name dropped from every line (N-Quads
    escapes line breaks inside literals, so " <graph> .\\n" only ends a line)."""
    return chunk.replace(b" <" + graph.encode("utf-8") + b"> .\n", b" .\n")


def union_ntriples(chunks: Chunks) -> bytes:
    """Every statement once, in the order of its first appearance, as N-Triples."""
    seen: dict[bytes, None] = {}
    for graph in sorted(chunks):  # chunk by chunk: no corpus-sized join and line list
        seen.update(dict.fromkeys(triple_lines(graph, chunks[graph]).split(b"\n")))
    seen.pop(b"", None)
    return b"\n".join(seen) + b"\n" if seen else b""


def chunks_from_nquads(data: bytes) -> Chunks:
    """Split N-Quads text (in graph order, as vnkg writes it) back into chunks."""
    chunks: dict = {}
    for line in data.splitlines(keepends=True):
        if line.strip():
            graph = line.rsplit(b" ", 2)[1].strip(b"<>").decode("utf-8")
            chunks.setdefault(graph, []).append(line)
    return {graph: b"".join(lines) for graph, lines in chunks.items()}


def _trig_split(serialized: bytes) -> tuple[bytes, bytes]:
    """(prefix lines, graph blocks) of pyoxigraph's TriG."""
    end = 0
    while serialized.startswith(b"@prefix", end):
        end = serialized.index(b"\n", end) + 1
    return serialized[:end], serialized[end:]


def trig_header() -> bytes:
    from pyoxigraph import NamedNode

    node = NamedNode("urn:x")  # an empty dataset gets no prefix lines: serialize one quad
    return _trig_split(serialize([Quad(node, node, node, node)], format=RdfFormat.TRIG, prefixes=EXPORT_PREFIXES))[0]


def trig_block(chunk: bytes) -> bytes:
    """One graph's TriG block without the prefix lines. Blocks joined in graph order
    under trig_header() are byte for byte what serializing all the quads at once gives,
    so each article's block can be written in the worker that read it. The lines of an
    article's graph are sorted, so subjects and predicates come grouped: the block is
    written from the lines directly, as pyoxigraph would write it (the tests compare),
    and through pyoxigraph when a term is one this writer does not abbreviate itself."""
    rows = []
    graphs = set()
    for line in chunk.decode("utf-8").split("\n"):  # not splitlines: U+0085, U+2028 are text
        if line:
            head, graph = line[:-2].rsplit(" ", 1)
            rows.append(head.split(" ", 2))
            graphs.add(graph)
    if len(graphs) > 1:
        return _trig_block_pyoxigraph(chunk)
    return trig_block_of_rows(graphs.pop(), rows, chunk) if rows else b""


def trig_block_of_rows(graph: str, rows, chunk: bytes) -> bytes:
    """The TriG block of one graph's (subject, predicate, object) N-Triples terms, in the
    order of its sorted N-Quads lines (`chunk`, for terms left to pyoxigraph)."""
    parts: list[str] = [f"{graph} {{\n"]
    subject = predicate = None
    for s, p, o in rows:
        short_o = _turtle_object(o)
        if short_o is None:
            return _trig_block_pyoxigraph(chunk)
        if s != subject:
            short_s, short_p = _turtle_iri(s), _turtle_predicate(p)
            if short_s is None or short_p is None:
                return _trig_block_pyoxigraph(chunk)
            parts.append(f" .\n\t{short_s} {short_p} {short_o}" if subject else f"\t{short_s} {short_p} {short_o}")
            subject, predicate = s, p
        elif p != predicate:
            short_p = _turtle_predicate(p)
            if short_p is None:
                return _trig_block_pyoxigraph(chunk)
            parts.append(f" ;\n\t\t{short_p} {short_o}")
            predicate = p
        else:
            parts.append(f" , {short_o}")
    if subject is None:
        return b""
    parts.append(" .\n}\n")
    return "".join(parts).encode("utf-8")


def _trig_block_pyoxigraph(chunk: bytes) -> bytes:
    from pyoxigraph import parse

    serialized = serialize(parse(chunk, format=RdfFormat.N_QUADS), format=RdfFormat.TRIG, prefixes=EXPORT_PREFIXES)
    return _trig_split(serialized)[1]


_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_BARE_DATATYPES = {PREFIXES["xsd"] + name for name in ("integer", "decimal", "double", "boolean")}


@lru_cache(maxsize=8192)
def _turtle_iri(node: str) -> str | None:
    """<iri> as Turtle: prefixed when an export prefix covers it with a plain local name;
    None when a prefix covers it with another local name (left to pyoxigraph)."""
    if node[0] != "<":
        return None
    iri = node[1:-1]
    for name, namespace in EXPORT_PREFIXES.items():
        if iri.startswith(namespace):
            local = iri[len(namespace):]
            return f"{name}:{local}" if _PLAIN_LOCAL.match(local) else None
    return node


_RDF_TYPE = f"<{PREFIXES['rdf']}type>"


def _turtle_predicate(node: str) -> str | None:
    return "a" if node == _RDF_TYPE else _turtle_iri(node)


def _turtle_object(node: str) -> str | None:
    if node[0] != '"':
        return _turtle_iri(node)
    close = node.rindex('"')
    suffix = node[close + 1:]
    if not suffix.startswith("^^"):
        return node
    if suffix[3:-1] in _BARE_DATATYPES:
        return None
    datatype = _turtle_iri(suffix[2:])
    return None if datatype is None else f"{node[:close + 1]}^^{datatype}"


_TRIG_BLOCK = re.compile(rb"^<([^>\n]*)> \{\n.*?^\}\n", re.MULTILINE | re.DOTALL)


def trig_blocks(data: bytes) -> dict[str, bytes]:
    """A TriG file vnkg wrote, split back into its graph blocks."""
    return {match.group(1).decode("utf-8"): match.group(0) for match in _TRIG_BLOCK.finditer(data)}


def write_chunk_exports(chunks: Chunks, out_dir: Path, blocks: dict[str, bytes] | None = None,
                        parallel: bool = False) -> tuple[dict[str, Path], tuple[dict[str, int], int, int]]:
    """graph.nq (the chunks joined), graph.trig (the articles' TriG blocks joined) and
    graph.ttl (the union streamed through pyoxigraph's serializer), each written
    atomically; returns the paths and chunk_counts. With parallel, the Turtle (the
    longest of them) is written by a forked process while this one does the rest."""
    from pyoxigraph import parse

    out_dir = Path(out_dir)
    union = union_ntriples(chunks)
    if blocks is None:
        blocks = {graph: trig_block(data) for graph, data in chunks.items()}

    def turtle(path: Path) -> None:
        serialize(parse(union, format=RdfFormat.N_TRIPLES), str(path), format=RdfFormat.TURTLE,
                  prefixes=EXPORT_PREFIXES)

    def trig(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.write(trig_header())
            for graph in sorted(blocks):
                handle.write(blocks[graph])

    def nquads(path: Path) -> None:
        with open(path, "wb") as handle:
            for graph in sorted(chunks):
                handle.write(chunks[graph])

    written = {}
    with atomic_path(out_dir / "graph.ttl") as turtle_path:
        child = _forked(turtle, turtle_path) if parallel else None
        if child is None:
            turtle(turtle_path)
        for name, filename, writer in (("nquads", "graph.nq", nquads), ("trig", "graph.trig", trig)):
            write_atomic(out_dir / filename, writer)
            written[name] = out_dir / filename
        counts = chunk_counts(chunks, union)
        if child is not None:
            child.join()
            if child.exitcode != 0:
                raise OutputError(f"{out_dir / 'graph.ttl'}: the process writing it failed (exit {child.exitcode})")
    written["turtle"] = out_dir / "graph.ttl"
    return {name: written[name] for name in ("nquads", "trig", "turtle")}, counts


def _forked(function, *args):
    """Run function(*args) in a forked process (it sees this process's data without
    copying it); None where fork is not available."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    process = multiprocessing.get_context("fork").Process(target=function, args=args)
    process.start()
    return process


_TYPED = re.compile(rb" <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <([^>]*)> \.\n")


def chunk_counts(chunks: Chunks, union: bytes | None = None) -> tuple[dict[str, int], int, int]:
    """(nodes per class, quads, distinct triples), read off the N-Triples of the union:
    its lines are distinct, so each rdf:type line is one node of its class."""
    union = union_ntriples(chunks) if union is None else union
    quads = sum(data.count(b"\n") for data in chunks.values())
    counts: dict[str, int] = {}
    for cls, number in Counter(_TYPED.findall(union)).items():
        iri = cls.decode("utf-8")
        for prefix, namespace in EXPORT_PREFIXES.items():
            if iri.startswith(namespace):
                iri = f"{prefix}:{iri[len(namespace):]}"
                break
        counts[iri] = counts.get(iri, 0) + number
    return dict(sorted(counts.items())), quads, union.count(b"\n")
