"""vnkg query: formats, prefixes, errors with positions, timeouts."""
import json

import pytest
from click.testing import CliRunner

from graph.cli import cli, main
from graph.errors import QueryError
from graph.query import display_width, format_result, run_query, with_prefixes

NAMES = 'SELECT ?name WHERE { ?p a vnkg:Official ; foaf:name ?name } ORDER BY ?name'


@pytest.mark.parametrize("fmt, check", [
    ("table", lambda out: "Trần Thế Dũng" in out and out.splitlines()[1].startswith("---")),
    ("csv", lambda out: out.splitlines()[0] == "name" and "Trần Thế Dũng" in out),
    ("tsv", lambda out: out.splitlines()[0] == "?name" and '"Trần Thế Dũng"@vi' in out),
    ("json", lambda out: {"name": "Trần Thế Dũng"} in json.loads(out)),
    ("sparql-json", lambda out: json.loads(out)["head"]["vars"] == ["name"]),
])
def test_query_formats(seed_store, fmt, check):
    assert check(format_result(run_query(NAMES, store=seed_store), fmt))


def test_query_construct_as_turtle(seed_store):
    result = run_query('CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a vnkg:Official ; foaf:name ?n }', store=seed_store)
    out = format_result(result, "turtle")
    assert "@prefix foaf:" in out and "Trần Thế Dũng" in out
    with pytest.raises(QueryError, match="for SELECT"):
        format_result(result, "csv")


def test_query_ask_and_describe(seed_store):
    assert run_query('ASK { ?d vnkg:documentNumber "09-NQ/TU" }', store=seed_store).boolean is True
    from graph.to_rdf import Minter, iri_value
    described = run_query(f"DESCRIBE <{iri_value(Minter().person('Trần Thế Dũng'))}>", store=seed_store)
    assert described.kind == "graph" and described.triples


def test_query_prefixes_only_when_not_declared():
    text, added = with_prefixes("PREFIX vnkg: <x#>\nSELECT * {}")
    assert "PREFIX vnkg: <https://" not in text and added == len(text.splitlines()) - 2


def test_query_syntax_error_has_line_and_column(seed_store):
    with pytest.raises(QueryError, match=r"^query:2:9: syntax error"):
        run_query("SELECT ?x WHERE {\n ?x ?y }", store=seed_store)


def test_query_cli_syntax_error_exits_4(seed_store, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["query", "SELECT ?x WHERE { ?x ?y }", "--store", str(seed_store)])
    assert stop.value.code == 4
    assert "syntax error" in capsys.readouterr().err


def test_query_timeout_stops_cleanly(seed_store):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryError, match="timed out after 0.5 s"):
        run_query(slow, store=seed_store, timeout=0.5)
    assert run_query(NAMES, store=seed_store, timeout=10).rows


def test_query_reads_a_graph_file(seed_build):
    out, _ = seed_build
    result = run_query('ASK { ?d vnkg:documentNumber "09-NQ/TU" }', graph_file=out / "graph.ttl")
    assert result.boolean is True


def test_query_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(Exception, match="run `vnkg build` first"):
        run_query(NAMES, store=tmp_path / "nope")


def test_query_cli_reads_rq_file(seed_store, tmp_path):
    query_file = tmp_path / "q.rq"
    query_file.write_text(NAMES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(query_file), "--store", str(seed_store), "--format", "csv"])
    assert result.exit_code == 0 and "Võ Hồng Hải" in result.output


@pytest.mark.parametrize("text, width", [("Tỉnh ủy", 7), ("Nghị quyết", 10), ("中文", 4),
                                         ("Tỉnh ủy".encode().decode(), 7)])
def test_query_display_width(text, width):
    import unicodedata
    assert display_width(unicodedata.normalize("NFD", text)) == width
