"""vnkg push against a real Virtuoso 7 started privately by scripts/virtuoso.sh."""
import json
import shutil
import socket
import subprocess
import urllib.parse
import urllib.request

import pytest

from graph.push import PushError, push_graph_store, push_update
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("virtuoso-t") is None,
                                reason="Virtuoso is not installed (apt-get install virtuoso-opensource-7)")
PASSWORD = "vnkg-test"
SCRIPT = ROOT / "scripts" / "virtuoso.sh"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    folder = tmp_path_factory.mktemp("virtuoso")
    http, sql = free_port(), free_port()
    subprocess.run([str(SCRIPT), "start", str(folder), str(http), str(sql), PASSWORD], check=True,
                   capture_output=True, timeout=120)
    yield f"http://127.0.0.1:{http}"
    subprocess.run([str(SCRIPT), "stop", str(folder)], check=False, timeout=60)


def sparql(base, query):
    url = base + "/sparql?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))["results"]["bindings"]


def vnkg_counts(base):
    rows = sparql(base, 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } '
                        'FILTER(STRSTARTS(STR(?g), "https://w3id.org/vnkg/")) } GROUP BY ?g')
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def local_counts(store):
    import pyoxigraph
    opened = pyoxigraph.Store.read_only(str(store))
    return {g.value: sum(1 for _ in opened.quads_for_pattern(None, None, None, g)) for g in opened.named_graphs()}


def test_push_graph_store_is_idempotent_and_byte_exact(virtuoso, seed_store):
    url = virtuoso + "/sparql-graph-crud-auth"
    import requests
    from requests.auth import HTTPDigestAuth
    other = requests.put(url, params={"graph": "http://example.org/other"}, data=b"<a:x> <a:y> <a:z> .",
                         headers={"Content-Type": "text/turtle"}, auth=HTTPDigestAuth("dba", PASSWORD), timeout=30)
    assert other.status_code < 300
    stats = push_graph_store(seed_store, url, "dba", PASSWORD)
    expected = local_counts(seed_store)
    assert vnkg_counts(virtuoso) == expected and stats.graphs == len(expected)
    push_graph_store(seed_store, url, "dba", PASSWORD)
    assert vnkg_counts(virtuoso) == expected  # nothing doubled
    kept = sparql(virtuoso, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/other> { ?s ?p ?o } }")
    assert kept[0]["n"]["value"] == "1"  # the server's other graphs are untouched
    names = {row["n"]["value"] for row in sparql(virtuoso, "SELECT ?n WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?n } }")}
    assert "Trần Thế Dũng" in names and "Đinh Thị Phượng" in names


def test_push_update_replaces_graphs(virtuoso, seed_store):
    push_update(seed_store, virtuoso + "/sparql-auth", "dba", PASSWORD)
    assert vnkg_counts(virtuoso) == local_counts(seed_store)


def test_push_refused_auth_names_graph_and_answer(virtuoso, seed_store):
    with pytest.raises(PushError, match=r"graph <https://w3id.org/vnkg/id/article/.*> .* HTTP 401"):
        push_graph_store(seed_store, virtuoso + "/sparql-graph-crud-auth", "dba", "wrong")


def test_push_server_down_is_a_clear_error(seed_store):
    with pytest.raises(PushError, match="ConnectionError"):
        push_graph_store(seed_store, f"http://127.0.0.1:{free_port()}/gsp", timeout=2)
