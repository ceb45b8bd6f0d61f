"""The vocabulary as code: closed namespaces, so a misspelt term fails at import.

`ontology/vnkg.ttl` is the source of truth; `tests/test_ontology.py` checks that the
terms listed here and the terms defined there are the same.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, OWL, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/vnkg/ontology"
DEFAULT_BASE = "https://w3id.org/vnkg/id/"


class VNKG(DefinedNamespace):
    """Terms of the vnkg ontology (https://w3id.org/vnkg/ontology#)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # sources and people
    Article: URIRef
    Official: URIRef
    # bodies
    PartyCommittee: URIRef
    ExecutiveCommittee: URIRef
    StandingCommittee: URIRef
    Politburo: URIRef
    Secretariat: URIRef
    CentralCommittee: URIRef
    PartyAgency: URIRef
    PartyDelegation: URIRef
    PeoplesCouncil: URIRef
    PeoplesCommittee: URIRef
    FatherlandFront: URIRef
    EmulationCluster: URIRef
    Government: URIRef
    OtherOrganization: URIRef
    # areas
    AdministrativeUnit: URIRef
    Country: URIRef
    Province: URIRef
    City: URIRef
    Town: URIRef
    District: URIRef
    Commune: URIRef
    Village: URIRef
    # documents
    PolicyDocument: URIRef
    Resolution: URIRef
    Directive: URIRef
    Regulation: URIRef
    Conclusion: URIRef
    Decision: URIRef
    OfficialLetter: URIRef
    Decree: URIRef
    Charter: URIRef
    Notice: URIRef
    Plan: URIRef
    OtherDocument: URIRef
    # meetings
    Conference: URIRef
    Congress: URIRef
    Meeting: URIRef
    # properties
    jurisdiction: URIRef
    partOf: URIRef
    isoCode: URIRef
    documentNumber: URIRef
    issuedBy: URIRef
    chair: URIRef
    concerns: URIRef
    mentionedIn: URIRef
    inferredIn: URIRef
    evidence: URIRef


SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "vnkg": str(VNKG._NS),
    "org": str(ORG),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
}

BODY_CLASSES = (
    "PartyCommittee", "ExecutiveCommittee", "StandingCommittee", "Politburo", "Secretariat",
    "CentralCommittee", "PartyAgency", "PartyDelegation", "PeoplesCouncil", "PeoplesCommittee",
    "FatherlandFront", "EmulationCluster", "Government", "OtherOrganization",
)
AREA_CLASSES = ("Country", "Province", "City", "Town", "District", "Commune", "Village")
DOCUMENT_CLASSES = (
    "Resolution", "Directive", "Regulation", "Conclusion", "Decision", "OfficialLetter",
    "Decree", "Charter", "Notice", "Plan", "OtherDocument",
)
MEETING_CLASSES = ("Conference", "Congress", "Meeting")

__all__ = [
    "VNKG", "SCHEMA", "PREFIXES", "DEFAULT_BASE", "ONTOLOGY_IRI", "BODY_CLASSES",
    "AREA_CLASSES", "DOCUMENT_CLASSES", "MEETING_CLASSES",
    "DCTERMS", "FOAF", "ORG", "PROV", "RDF", "RDFS", "SKOS", "XSD", "OWL",
]
