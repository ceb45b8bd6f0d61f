"""Push the graph to a server-grade store (Virtuoso, Fuseki, GraphDB, Neptune, QLever)
through the SPARQL 1.1 Graph Store HTTP Protocol, or through SPARQL Update.

Each article's named graph and the ontology graph are replaced whole (PUT, or DROP +
INSERT DATA), so pushing twice gives the same server state. A failure names the graph
and the server's answer and stops there; graphs already pushed stay correct and the
server's other graphs are never touched.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pyoxigraph
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from graph.errors import VnkgError
from graph.store import open_store


class PushError(VnkgError):
    """The server refused or failed a push."""

    exit_code = 6


@dataclass(frozen=True)
class PushStats:
    graphs: int
    triples: int


def _graphs(store: pyoxigraph.Store) -> list[tuple[str, list]]:
    found = []
    for graph in sorted(store.named_graphs(), key=str):
        triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object)
                   for q in store.quads_for_pattern(None, None, None, graph)]
        triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        found.append((graph.value, triples))
    return found


def _ntriples(triples: list) -> bytes:
    text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")
    return unicodedata.normalize("NFC", text).encode("utf-8")


def _session(user: str | None, password: str | None, digest: bool) -> requests.Session:
    session = requests.Session()
    if user:
        session.auth = HTTPDigestAuth(user, password or "") if digest else HTTPBasicAuth(user, password or "")
    return session


def _check(response: requests.Response, graph: str, url: str) -> None:
    if response.status_code >= 400:
        answer = " ".join(response.text.split())[:300] or response.reason
        raise PushError(f"pushing graph <{graph}> to {url} failed: HTTP {response.status_code}: {answer}")


def push_graph_store(store_path: Path, url: str, user: str | None = None, password: str | None = None,
                     digest: bool = True, timeout: float = 60.0,
                     on_graph: Callable[[str, int], None] | None = None) -> PushStats:
    """PUT each named graph to a Graph Store Protocol endpoint (`?graph=IRI`)."""
    session = _session(user, password, digest)
    graphs = _graphs(open_store(store_path))
    total = 0
    for graph, triples in graphs:
        try:
            response = session.put(url, params={"graph": graph}, data=_ntriples(triples),
                                   headers={"Content-Type": "text/turtle; charset=utf-8"}, timeout=timeout)
        except requests.RequestException as error:
            raise PushError(f"pushing graph <{graph}> to {url} failed: {error.__class__.__name__}: {error}") from None
        _check(response, graph, url)
        total += len(triples)
        if on_graph:
            on_graph(graph, len(triples))
    return PushStats(len(graphs), total)


def push_update(store_path: Path, url: str, user: str | None = None, password: str | None = None,
                digest: bool = True, timeout: float = 60.0, chunk: int = 2000,
                on_graph: Callable[[str, int], None] | None = None) -> PushStats:
    """Replace each named graph through SPARQL Update: DROP SILENT GRAPH, then INSERT DATA
    in chunks (form-encoded POST, which every server accepts)."""
    session = _session(user, password, digest)
    graphs = _graphs(open_store(store_path))
    total = 0
    for graph, triples in graphs:
        statements = [f"DROP SILENT GRAPH <{graph}>"]
        for start in range(0, len(triples), chunk):
            body = _ntriples(triples[start:start + chunk]).decode("utf-8")
            statements.append(f"INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}")
        for statement in statements:
            try:
                response = session.post(url, data={"update": statement}, timeout=timeout)
            except requests.RequestException as error:
                raise PushError(f"pushing graph <{graph}> to {url} failed: {error.__class__.__name__}: {error}") from None
            _check(response, graph, url)
        total += len(triples)
        if on_graph:
            on_graph(graph, len(triples))
    return PushStats(len(graphs), total)
