"""The hand-written N-Quads and TriG writers give pyoxigraph's bytes, and the committed
exports are what a build of the seeds writes today (golden files)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from graph.export import EXPORT_PREFIXES, _trig_block_pyoxigraph, trig_block
from graph.to_rdf import date_literal, quoted
from graph.types import PartialDate
from graph.vocab import PREFIXES
from tests.conftest import ROOT

GRAPH = NamedNode("https://w3id.org/vnkg/id/article/a_1")


def _nquad_object(obj) -> str:
    line = serialize([Quad(GRAPH, GRAPH, obj, GRAPH)], format=RdfFormat.N_QUADS).decode("utf-8")
    return line[len(f"<{GRAPH.value}> <{GRAPH.value}> "):-len(f" <{GRAPH.value}> .\n")]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_literals_are_written_as_pyoxigraph_writes_them(text):
    assert quoted(text) == _nquad_object(Literal(text))
    assert quoted(text) + "@vi" == _nquad_object(Literal(text, language="vi"))


def test_dates_are_written_with_their_precision():
    assert date_literal(PartialDate(2024, 7, 22)) == _nquad_object(
        Literal("2024-07-22", datatype=NamedNode(PREFIXES["xsd"] + "date")))
    assert date_literal(PartialDate(2024, 7)).endswith("#gYearMonth>")
    assert date_literal(PartialDate(2024)) == '"2024"^^<http://www.w3.org/2001/XMLSchema#gYear>'


def _iris(locals_):
    return st.one_of(
        st.sampled_from([f"https://w3id.org/vnkg/id/{kind}/{n}" for kind in ("org", "person", "event") for n in "ab"]),
        st.builds(lambda prefix, local: EXPORT_PREFIXES[prefix] + local,
                  st.sampled_from(sorted(EXPORT_PREFIXES)), st.sampled_from(locals_)))


PLAIN_IRIS = _iris(["type", "Official", "prefLabel", "x_1", "date"])
ANY_IRIS = _iris(["type", "Official", "", "1abc", "a.b", "a-b", "é", "%20"])


def _literals(datatypes):
    return st.one_of(
        st.builds(Literal, st.text(max_size=12)),
        st.builds(lambda text: Literal(text, language="vi"), st.text(max_size=12)),
        st.builds(lambda value, kind: Literal(value, datatype=NamedNode(PREFIXES["xsd"] + kind)),
                  st.sampled_from(["2024", "2024-07", "2024-07-22", "5", "1.5", "true"]), st.sampled_from(datatypes)))


def _chunk(triples) -> bytes:
    quads = [Quad(NamedNode(s), NamedNode(p), o, GRAPH) for s, p, o in triples]
    lines = serialize(quads, format=RdfFormat.N_QUADS).splitlines(keepends=True) if quads else []
    return b"".join(sorted(set(lines)))  # an article's graph: unique lines, sorted


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(PLAIN_IRIS, PLAIN_IRIS, st.one_of(PLAIN_IRIS.map(NamedNode),
                                                            _literals(["date", "gYear", "gYearMonth", "string"]))),
                max_size=25))
def test_trig_blocks_are_written_as_pyoxigraph_writes_them(triples):
    chunk = _chunk(triples)
    expected = _trig_block_pyoxigraph(chunk)
    with pytest.MonkeyPatch.context() as patch:  # the terms vnkg writes never need pyoxigraph
        patch.setattr("graph.export._trig_block_pyoxigraph", lambda chunk: pytest.fail("fell back"))
        assert trig_block(chunk) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(ANY_IRIS, ANY_IRIS, st.one_of(ANY_IRIS.map(NamedNode),
                                                        _literals(["date", "integer", "decimal", "double", "boolean"]))),
                max_size=8))
def test_trig_blocks_of_unusual_terms_still_match(triples):
    chunk = _chunk(triples)
    assert trig_block(chunk) == _trig_block_pyoxigraph(chunk)


@pytest.mark.parametrize("name", ["graph.nq", "graph.trig", "graph.ttl"])
def test_committed_exports_are_what_the_seeds_build_to(seed_build, name):
    out, _ = seed_build
    assert (out / name).read_bytes() == (ROOT / "exports" / name).read_bytes(), (
        f"exports/{name} is stale: run `vnkg build` and commit exports/")
