"""vnkg serve over real HTTP: the SPARQL 1.1 Protocol as clients use it."""
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from graph.serve import start_server


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(seed_store):
    port = free_port()
    process = start_server(seed_store, port=port, quiet=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/vnkg/ontology#Official> }"


def fetch(request):
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("Content-Type", ""), response.read().decode("utf-8")


def test_serve_get_json(endpoint):
    url = endpoint + "/query?" + urllib.parse.urlencode({"query": COUNT})
    kind, body = fetch(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"}))
    assert "json" in kind
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "14"


@pytest.mark.parametrize("accept, marker", [
    ("application/sparql-results+xml", "<sparql"), ("text/csv", "n\r\n14"), ("text/tab-separated-values", "?n"),
])
def test_serve_form_post_content_negotiation(endpoint, accept, marker):
    data = urllib.parse.urlencode({"query": COUNT}).encode()
    request = urllib.request.Request(endpoint + "/query", data=data, headers={
        "Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
    _, body = fetch(request)
    assert marker in body


def test_serve_sparql_query_post_and_construct_turtle(endpoint):
    query = "CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"
    request = urllib.request.Request(endpoint + "/query", data=query.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    kind, body = fetch(request)
    assert "turtle" in kind and "Trần Thế Dũng" in body


def test_serve_refuses_updates(endpoint):
    request = urllib.request.Request(endpoint + "/update", data=b"INSERT DATA { <a:a> <a:b> <a:c> }",
                                     headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code in (403, 404, 405)


def test_serve_query_page_works_offline(endpoint):
    _, page = fetch(endpoint + "/")
    assert "yasgui" in page.lower() and "https://" not in page
    _, script = fetch(endpoint + "/yasgui.min.js")
    assert len(script) > 10000


def test_serve_cors(endpoint):
    url = endpoint + "/query?" + urllib.parse.urlencode({"query": COUNT})
    request = urllib.request.Request(url, headers={"Origin": "http://example.org"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers.get("Access-Control-Allow-Origin") in ("*", "http://example.org")
