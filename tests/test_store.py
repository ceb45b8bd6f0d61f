"""The store stage: files vnkg wrote are cut at statement ends and loaded by several
loaders at once; the store must hold exactly what one loader gives."""
from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import given, settings, strategies as st

from graph import store as store_module
from graph.store import bulk_load_file, split_for_loading

TURTLE = pyoxigraph.RdfFormat.TURTLE
N_QUADS = pyoxigraph.RdfFormat.N_QUADS


def _quads(path, format, threads):
    store = pyoxigraph.Store()
    bulk_load_file(store, path, format, threads=threads)
    return set(store)


@pytest.fixture
def tiny_parts(monkeypatch):
    """Cut even the seeds' small files, so the tests exercise the parallel path."""
    monkeypatch.setattr(store_module, "PARALLEL_MIN_BYTES", 0)


@pytest.mark.parametrize("name, format", [("graph.ttl", TURTLE), ("graph.nq", N_QUADS)])
def test_parallel_load_equals_one_loader(seed_build, tiny_parts, name, format):
    path = seed_build[0] / name
    header, ranges = split_for_loading(path, format, 4)
    assert len(ranges) == 4
    assert ranges[0][0] == 0 and ranges[-1][1] == path.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))  # no byte lost or read twice
    assert (header.startswith(b"@prefix") and header.endswith(b" .\n")) if format == TURTLE else header == b""
    one = _quads(path, format, threads=1)
    assert len(one) > 500
    assert _quads(path, format, threads=4) == one


def test_parallel_load_on_disk_equals_one_loader(seed_build, tiny_parts, tmp_path):
    path = seed_build[0] / "graph.ttl"
    on_disk = pyoxigraph.Store(str(tmp_path / "store"))
    bulk_load_file(on_disk, path, TURTLE, threads=3)
    on_disk.flush()
    assert set(on_disk) == _quads(path, TURTLE, threads=1)


def test_turtle_parts_start_at_a_subject(seed_build, tiny_parts):
    path = seed_build[0] / "graph.ttl"
    data = path.read_bytes()
    _, ranges = split_for_loading(path, TURTLE, 5)
    for start, _ in ranges[1:]:
        assert data[start - 3:start] == b" .\n" and data[start:start + 1] not in (b"\t", b" ")


def test_files_with_blank_nodes_are_not_cut(tmp_path, tiny_parts):
    path = tmp_path / "blank.nq"
    path.write_bytes(b"".join(b"_:b%d <http://e/p> \"%d\" <http://e/g> .\n" % (i % 3, i) for i in range(200)))
    assert split_for_loading(path, N_QUADS, 4)[1] == [(0, path.stat().st_size)]
    store = pyoxigraph.Store()
    bulk_load_file(store, path, N_QUADS, threads=4)
    assert len({quad.subject for quad in store}) == 3  # one loader: each label one node


def test_small_files_load_in_one_part(seed_build):
    path = seed_build[0] / "graph.nq"
    assert len(split_for_loading(path, N_QUADS, 4)[1]) == 1


def test_a_bad_part_raises_the_loaders_error(tmp_path, tiny_parts):
    path = tmp_path / "bad.nq"
    good = b"<http://e/s> <http://e/p> \"x\" <http://e/g> .\n"
    path.write_bytes(good * 100 + b"<http://e/s> <http://e/p> oops .\n" + good * 100)
    with pytest.raises(SyntaxError):
        bulk_load_file(pyoxigraph.Store(), path, N_QUADS, threads=4)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 5), st.text(max_size=20)), min_size=1, max_size=60),
       st.integers(1, 6))
def test_any_turtle_pyoxigraph_writes_loads_the_same_in_parts(tmp_path_factory, triples, threads):
    """Literals with line breaks, quotes and ' .' inside: the cuts still fall between statements."""
    graph = [pyoxigraph.Triple(pyoxigraph.NamedNode(f"http://e/s{s}"), pyoxigraph.NamedNode(f"http://e/p{p}"),
                               pyoxigraph.Literal(text + " .\n<x>")) for s, p, text in triples]
    path = tmp_path_factory.mktemp("turtle") / "graph.ttl"
    path.write_bytes(pyoxigraph.serialize(graph, format=TURTLE, prefixes={"e": "http://e/"}))
    original = store_module.PARALLEL_MIN_BYTES
    store_module.PARALLEL_MIN_BYTES = 0
    try:
        assert _quads(path, TURTLE, threads) == _quads(path, TURTLE, 1)
    finally:
        store_module.PARALLEL_MIN_BYTES = original
