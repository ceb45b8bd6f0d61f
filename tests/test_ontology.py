"""The ontology defines the public vocabulary exactly, and the code uses the same terms."""
import re

import pyoxigraph
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from graph.vocab import VNKG
from tests.conftest import ROOT, SHARED

ONTOLOGY = ROOT / "ontology" / "vnkg.ttl"
NS = "https://w3id.org/vnkg/ontology#"


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def defined_terms(ontology):
    return {str(s)[len(NS):] for s in ontology.subjects(RDF.type, None)
            if str(s).startswith(NS) and (s, RDFS.isDefinedBy, None) in ontology}


def test_ontology_parses_with_pyoxigraph_too(ontology):
    triples = list(pyoxigraph.parse(ONTOLOGY.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(ontology)


def test_ontology_and_code_list_the_same_terms(ontology):
    in_code = {name for name in VNKG.__annotations__}
    assert defined_terms(ontology) == in_code


@pytest.mark.skipif(not (SHARED / "VOCABULARY.md").exists(), reason="../shared/VOCABULARY.md not present")
def test_ontology_defines_every_vocabulary_term(ontology):
    text = (SHARED / "VOCABULARY.md").read_text(encoding="utf-8")
    terms = set(re.findall(r"`vnkg:(\w+)`", text))
    assert terms and terms <= defined_terms(ontology)


@pytest.mark.parametrize("term", sorted(VNKG.__annotations__))
def test_ontology_term_has_labels_and_comment(ontology, term):
    node = rdflib.URIRef(NS + term)
    languages = {label.language for label in ontology.objects(node, RDFS.label)}
    assert {"vi", "en"} <= languages
    assert (node, RDFS.comment, None) in ontology


@pytest.mark.parametrize("child, parent", [
    ("Article", "https://schema.org/NewsArticle"), ("Official", "http://xmlns.com/foaf/0.1/Person"),
    ("PartyCommittee", "http://www.w3.org/ns/org#Organization"),
    ("OtherOrganization", "http://www.w3.org/ns/org#Organization"),
    ("Province", NS + "AdministrativeUnit"), ("AdministrativeUnit", "https://schema.org/AdministrativeArea"),
    ("Resolution", NS + "PolicyDocument"), ("Conference", "https://schema.org/Event"),
])
def test_ontology_subclass_axioms(ontology, child, parent):
    assert (rdflib.URIRef(NS + child), RDFS.subClassOf, rdflib.URIRef(parent)) in ontology


@pytest.mark.parametrize("prop, parent", [
    ("issuedBy", "http://purl.org/dc/terms/creator"), ("partOf", "https://schema.org/containedInPlace"),
    ("inferredIn", "http://www.w3.org/ns/prov#wasDerivedFrom"),
])
def test_ontology_subproperty_axioms(ontology, prop, parent):
    assert (rdflib.URIRef(NS + prop), RDFS.subPropertyOf, rdflib.URIRef(parent)) in ontology


def test_ontology_properties_have_domain_or_range(ontology):
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        if str(prop).startswith(NS):
            assert (prop, RDFS.range, None) in ontology
