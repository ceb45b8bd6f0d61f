"""Query stage: SPARQL over the embedded store or a graph file, with the vocabulary's
prefixes predeclared, a timeout that really stops the query, and output formats from a
registry (an aligned table that keeps Vietnamese readable, CSV, TSV, JSON, SPARQL JSON,
Turtle)."""
from __future__ import annotations

import json
import multiprocessing
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph

from graph.errors import QueryError
from graph.vocab import PREFIXES

_DECLARED = re.compile(r"^\s*PREFIX\s+([\w-]*):", re.IGNORECASE | re.MULTILINE)
_POSITION = re.compile(r"error at (\d+):(\d+)")
_GRAPH_FORMATS = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".trig": pyoxigraph.RdfFormat.TRIG,
                  ".nq": pyoxigraph.RdfFormat.N_QUADS, ".nt": pyoxigraph.RdfFormat.N_TRIPLES}


@dataclass
class QueryResult:
    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list = field(default_factory=list)


def with_prefixes(text: str) -> tuple[str, int]:
    """Prepend the vocabulary's PREFIX lines the query does not declare itself."""
    declared = {m.group(1) for m in _DECLARED.finditer(text)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join(lines + [text]), len(lines)


def _open(store_path: Path | None, graph_file: Path | None) -> pyoxigraph.Store:
    if graph_file is not None:
        path = Path(graph_file)
        if path.suffix not in _GRAPH_FORMATS:
            raise QueryError(f"{path}: unknown graph format; use one of {', '.join(sorted(_GRAPH_FORMATS))}")
        if not path.exists():
            raise QueryError(f"{path}: no such graph file; run `vnkg build` first")
        from graph.store import refresh_union

        store = pyoxigraph.Store()
        store.bulk_load(path=str(path), format=_GRAPH_FORMATS[path.suffix])
        if path.suffix in {".trig", ".nq"}:
            refresh_union(store)
        from graph.store import ONTOLOGY_GRAPH
        from graph.validate import ontology_dir

        store.bulk_load(path=str(ontology_dir() / "vnkg.ttl"), format=pyoxigraph.RdfFormat.TURTLE,
                        to_graph=ONTOLOGY_GRAPH)
        return store
    from graph.store import open_store

    return open_store(store_path or Path("exports/store"))


def _execute(text: str, store_path, graph_file, source_name: str) -> tuple[str, bytes]:
    """Run the query; return (kind, serialized results) so it can cross a process boundary."""
    store = _open(store_path, graph_file)
    full, offset = with_prefixes(text)
    try:
        result = store.query(full)
    except SyntaxError as error:
        message = str(error)
        position = _POSITION.search(message)
        if position:
            line, column = int(position.group(1)) - offset, int(position.group(2))
            detail = _POSITION.sub("", message).strip(" :")
            raise QueryError(f"{source_name}:{line}:{column}: syntax error: {detail}") from None
        raise QueryError(f"{source_name}: syntax error: {message}") from None
    except OSError as error:
        raise QueryError(f"{source_name}: the query failed: {error}") from None
    if isinstance(result, pyoxigraph.QueryBoolean):
        return "ask", b"true" if bool(result) else b"false"
    if isinstance(result, pyoxigraph.QuerySolutions):
        return "select", result.serialize(format=pyoxigraph.QueryResultsFormat.JSON)
    return "graph", pyoxigraph.serialize(list(result), format=pyoxigraph.RdfFormat.N_TRIPLES)


def _child(connection, text, store_path, graph_file, source_name):
    try:
        connection.send(("ok", _execute(text, store_path, graph_file, source_name)))
    except Exception as error:  # sent back and raised in the parent
        connection.send(("error", (type(error).__name__, str(error))))
    finally:
        connection.close()


def _decode(kind: str, payload: bytes) -> QueryResult:
    if kind == "ask":
        return QueryResult("ask", boolean=payload == b"true")
    if kind == "graph":
        return QueryResult("graph", triples=list(pyoxigraph.parse(payload, format=pyoxigraph.RdfFormat.N_TRIPLES)))
    solutions = pyoxigraph.parse_query_results(payload, format=pyoxigraph.QueryResultsFormat.JSON)
    variables = [v.value for v in solutions.variables]
    rows = [[solution[v] for v in variables] for solution in solutions]
    return QueryResult("select", variables, rows)


def run_query(text: str, store: Path | None = None, graph_file: Path | None = None,
              timeout: float | None = None, source_name: str = "query") -> QueryResult:
    """Run a SPARQL query. The default graph holds every statement once; GRAPH ?article
    reads articles one by one. With a timeout the query runs in a child process that is
    killed when time is up (pyoxigraph cannot interrupt a query)."""
    if timeout is None:
        return _decode(*_execute(text, store, graph_file, source_name))
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, text, store, graph_file, source_name), daemon=True)
    process.start()
    sender.close()
    if not receiver.poll(timeout):
        process.kill()
        process.join()
        raise QueryError(f"{source_name}: query timed out after {timeout:g} s")
    status, payload = receiver.recv()
    process.join()
    if status == "error":
        name, message = payload
        raise QueryError(message) if name in {"QueryError", "InputError"} else QueryError(f"{source_name}: {message}")
    return _decode(*payload)


# ---------------------------------------------------------------- rendering

def shorten(term) -> str:
    """A term as a reader wants it: prefixed IRIs, bare literal values."""
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    return term.value


def display_width(text: str) -> int:
    """Columns a terminal uses: combining marks take none, wide characters two."""
    width = 0
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_table(result: QueryResult) -> str:
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        return format_turtle(result)
    cells = [[shorten(term).replace("\n", " ") for term in row] for row in result.rows]
    widths = [max([display_width(v)] + [display_width(row[i]) for row in cells])
              for i, v in enumerate(result.variables)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def _term_json(term) -> dict:
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    value = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        value["datatype"] = term.datatype.value
    return value


def _to_sparql_json(variables: list[str], rows: list[dict]) -> bytes:
    return json.dumps({"head": {"vars": variables},
                       "results": {"bindings": [{k: _term_json(t) for k, t in row.items()} for row in rows]}},
                      ensure_ascii=False).encode("utf-8")


def format_sparql_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    if result.kind == "graph":
        raise QueryError("sparql-json is for SELECT and ASK results; use --format turtle for CONSTRUCT/DESCRIBE")
    rows = [{v: t for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return _to_sparql_json(result.variables, rows).decode("utf-8")


def format_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps(result.boolean)
    if result.kind == "graph":
        return json.dumps([[shorten(t.subject), shorten(t.predicate), shorten(t.object)] for t in result.triples],
                          ensure_ascii=False, indent=1)
    return json.dumps([{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)}
                       for row in result.rows], ensure_ascii=False, indent=1)


def _delimited(fmt) -> Callable[[QueryResult], str]:
    def render(result: QueryResult) -> str:
        if result.kind != "select":
            raise QueryError("csv and tsv are for SELECT results; use table, json or turtle")
        rows = [{v: t for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        parsed = pyoxigraph.parse_query_results(_to_sparql_json(result.variables, rows),
                                                format=pyoxigraph.QueryResultsFormat.JSON)
        return parsed.serialize(format=fmt).decode("utf-8")
    return render


def format_turtle(result: QueryResult) -> str:
    if result.kind != "graph":
        raise QueryError("turtle is for CONSTRUCT and DESCRIBE results; use table, csv, tsv or json")
    triples = sorted(result.triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")


FORMATS: dict[str, Callable[[QueryResult], str]] = {
    "table": format_table,
    "csv": _delimited(pyoxigraph.QueryResultsFormat.CSV),
    "tsv": _delimited(pyoxigraph.QueryResultsFormat.TSV),
    "json": format_json,
    "sparql-json": format_sparql_json,
    "turtle": format_turtle,
}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return FORMATS[fmt](result)
