"""SHACL validation: the seed build conforms; each kind of malformed node is caught."""
import pytest
import rdflib
from click.testing import CliRunner

from graph.cli import cli, main
from graph.validate import validate_file, validate_graph
from tests.conftest import DATA

BASE = DATA / "shapes" / "base.ttl"
ID = "https://w3id.org/vnkg/id/"


def test_validate_seed_build_conforms(seed_build):
    out, _ = seed_build
    report = validate_file(out / "graph.trig")
    assert report.conforms, report.violations[:5]


def test_validate_fixture_conforms():
    assert validate_file(BASE).conforms


@pytest.mark.parametrize("remove, add, expected", [
    ((ID + "membership/1", "http://www.w3.org/ns/org#member"), None, "exactly one org:member"),
    ((ID + "document/x/2020/1-nq-tu", "https://w3id.org/vnkg/ontology#documentNumber"), None,
     "a vnkg:documentNumber or a dcterms:title"),
    ((ID + "person/nguyen-van-an", "https://w3id.org/vnkg/ontology#mentionedIn"), None, None),
    (None, (ID + "event/a/1", "https://schema.org/startDate", rdflib.Literal("22/7/2024")), "schema:startDate"),
    (None, (ID + "org/tinh-uy-nghe-an", "http://www.w3.org/ns/org#subOrganizationOf", rdflib.URIRef(ID + "area/province/nghe-an")),
     "parent body"),
])
def test_validate_catches_malformed_nodes(remove, add, expected):
    graph = rdflib.Graph().parse(BASE)
    if remove:
        graph.remove((rdflib.URIRef(remove[0]), rdflib.URIRef(remove[1]), None))
    if add:
        graph.add((rdflib.URIRef(add[0]), rdflib.URIRef(add[1]), add[2]))
    report = validate_graph(graph)
    assert not report.conforms
    if expected:
        assert any(expected in v.message for v in report.violations), report.violations


def test_validate_cli_exit_codes(tmp_path):
    result = CliRunner().invoke(cli, ["validate", str(BASE)])
    assert result.exit_code == 0 and "Conforms" in result.output
    broken = tmp_path / "broken.ttl"
    graph = rdflib.Graph().parse(BASE)
    graph.remove((rdflib.URIRef(ID + "membership/1"), None, None))
    graph.add((rdflib.URIRef(ID + "membership/1"), rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/org#Membership")))
    graph.serialize(broken, format="turtle")
    with pytest.raises(SystemExit) as stop:
        main(["validate", str(broken)])
    assert stop.value.code == 3


def test_validate_unparseable_graph_is_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<")
    with pytest.raises(SystemExit) as stop:
        main(["validate", str(bad)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {bad}: not valid turtle") and err.count("\n") == 1
