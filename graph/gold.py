"""Gold annotations: read them (../shared/gold/FORMAT.md) and write them as a graph.

`load_gold` turns each gold JSON file into a `GoldArticle`. `gold_to_graph` writes gold
articles the way the builder writes its graph (docs/RDF_MAPPING.md), so the scorer can
be checked against gold it must score 1.0, and other stages (views, queries, validate)
can be tried on hand-made data before the extractor finds it.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path, PurePath

from rdflib import Graph, Literal, URIRef

from graph.errors import InputError
from graph.normalize import canonical
from graph.to_rdf import slug
from graph.vocab import (
    AREA_CLASSES, DCTERMS, DEFAULT_BASE, FOAF, ORG, PREFIXES, RDF, SCHEMA, SKOS, VNKG, XSD,
)


@dataclass(frozen=True)
class GoldRole:
    role: str
    organization: str


@dataclass(frozen=True)
class GoldPerson:
    name: str
    roles: tuple[GoldRole, ...] = ()


@dataclass(frozen=True)
class GoldOrganization:
    name: str
    type: str  # body class local name, "Other" for vnkg:OtherOrganization
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    area: str | None = None


@dataclass(frozen=True)
class GoldArea:
    name: str
    type: str  # area class local name
    parent: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    number: str | None
    type: str  # document class local name, "Other" for vnkg:OtherDocument
    date: str | None = None
    issuer: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    type: str
    date: str | None
    organizer: str | None
    chairs: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    """What a careful reader puts in the graph from one article."""

    article: str  # the article's file name, matched to dcterms:identifier
    published: str | None
    persons: tuple[GoldPerson, ...] = ()
    organizations: tuple[GoldOrganization, ...] = ()
    areas: tuple[GoldArea, ...] = ()
    documents: tuple[GoldDocument, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    source: str = ""  # the gold file, for messages


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Every `*.json` in `gold_dir` whose object has an "article" field, sorted by article.

    Other JSON files (no object, no "article") are not gold and are skipped; a file that
    is not JSON or lacks a required field raises InputError naming it.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"gold directory {gold_dir} not found: pass --gold DIR with the gold *.json files")
    articles = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InputError(f"cannot read gold file {path}: {error}") from None
        if isinstance(data, dict) and "article" in data:
            articles.append(_gold_article(data, path))
    if not articles:
        raise InputError(f"no gold files in {gold_dir}: expected *.json objects with an \"article\" field")
    return sorted(articles, key=lambda gold: gold.article)


def _gold_article(data: dict, path: Path) -> GoldArticle:
    try:
        return GoldArticle(
            article=data["article"],
            published=data.get("published"),
            persons=tuple(
                GoldPerson(p["name"], tuple(GoldRole(r["role"], r["organization"]) for r in p.get("roles") or ()))
                for p in data.get("persons") or ()),
            organizations=tuple(
                GoldOrganization(o["name"], o["type"], tuple(o.get("aliases") or ()), o.get("parent"), o.get("area"))
                for o in data.get("organizations") or ()),
            areas=tuple(GoldArea(a["name"], a["type"], a.get("parent")) for a in data.get("areas") or ()),
            documents=tuple(
                GoldDocument(d.get("number"), d["type"], d.get("date"), d.get("issuer"), d.get("title"))
                for d in data.get("documents") or ()),
            events=tuple(
                GoldEvent(e["type"], e.get("date"), e.get("organizer"), tuple(e.get("chairs") or ()),
                          tuple(e.get("attendees") or ()), tuple(e.get("documents") or ()))
                for e in data.get("events") or ()),
            source=str(path),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise InputError(f"gold file {path} is malformed: missing or wrong field {error}") from None


# Gold type → class local name, where they differ.
_BODY_CLASS = {"Other": "OtherOrganization"}
_DOCUMENT_CLASS = {"Other": "OtherDocument"}
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def vi(text: str) -> Literal:
    """A Vietnamese label as the builder writes it: canonical form, tagged @vi."""
    return Literal(canonical(text), lang="vi")


def date_literal(value: str) -> Literal:
    """A YYYY, YYYY-MM or YYYY-MM-DD string as an xsd:gYear / gYearMonth / date literal."""
    return Literal(value, datatype=_DATE_TYPES.get(len(value), XSD.date))


def gold_to_graph(gold: list[GoldArticle], base: str = DEFAULT_BASE) -> Graph:
    """The union graph a perfect builder would write for these gold articles.

    Follows docs/RDF_MAPPING.md. Gold has no sentences, so no vnkg:evidence; parents,
    jurisdictions and issuers are linked when the same article lists them. A body that
    gold names only as an issuer, organizer or role's body and does not list (NOTES 11:
    "Chính phủ" from "NĐ-CP") is written as an org:Organization with `vnkg:inferredIn`.
    """
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    base = base if base.endswith(("/", "#")) else base + "/"
    for article in gold:
        _GoldWriter(graph, base, article).write()
    return graph


class _GoldWriter:
    """Writes one gold article into a shared graph."""

    def __init__(self, graph: Graph, base: str, article: GoldArticle):
        self.graph, self.base, self.gold = graph, base, article
        self.node = self.iri("article", slug(PurePath(article.article).stem, keep="_"))
        self.bodies = {o.name: o for o in article.organizations}

    def iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def add(self, *triple) -> None:
        self.graph.add(triple)

    def mentioned(self, node: URIRef) -> URIRef:
        self.add(node, VNKG.mentionedIn, self.node)
        return node

    def write(self) -> None:
        gold = self.gold
        self.add(self.node, RDF.type, VNKG.Article)
        self.add(self.node, DCTERMS.identifier, Literal(gold.article))
        if gold.published:
            self.add(self.node, DCTERMS.date, date_literal(gold.published))
        areas = {(a.name, a.type): self.area(a) for a in gold.areas}
        for org in gold.organizations:
            self.body(org, areas)
        persons = {p.name: self.person(p) for p in gold.persons}
        documents = {d.number: self.document(d, index) for index, d in enumerate(gold.documents)}
        for index, event in enumerate(gold.events):
            self.event(event, index, persons, documents)

    def area(self, area: GoldArea) -> URIRef:
        node = self.mentioned(self.iri("area", area.type.lower(), slug(area.name)))
        self.add(node, RDF.type, VNKG[area.type])
        self.add(node, SKOS.prefLabel, vi(area.name))
        parent = self._parent_area(area)
        if parent is not None:
            self.add(node, VNKG.partOf, self.iri("area", parent.type.lower(), slug(parent.name)))
        return node

    def _parent_area(self, area: GoldArea) -> GoldArea | None:
        """The listed area named `area.parent` nearest above it (city Hà Tĩnh, then province)."""
        rank = AREA_CLASSES.index(area.type) if area.type in AREA_CLASSES else len(AREA_CLASSES)
        above = [a for a in self.gold.areas if a.name == area.parent and AREA_CLASSES.index(a.type) < rank]
        return max(above, key=lambda a: AREA_CLASSES.index(a.type), default=None)

    def body_node(self, name: str) -> URIRef:
        """The node of a body by canonical name; one the article does not list is inferred."""
        node = self.iri("org", slug(name))
        if name not in self.bodies:
            self.add(node, RDF.type, ORG.Organization)
            self.add(node, SKOS.prefLabel, vi(name))
            self.add(node, VNKG.inferredIn, self.node)
        return node

    def body(self, org: GoldOrganization, areas: dict) -> None:
        node = self.mentioned(self.body_node(org.name))
        self.add(node, RDF.type, VNKG[_BODY_CLASS.get(org.type, org.type)])
        self.add(node, SKOS.prefLabel, vi(org.name))
        for alias in org.aliases:
            if canonical(alias) != canonical(org.name):
                self.add(node, SKOS.altLabel, vi(alias))
        if org.parent in self.bodies:
            self.add(node, ORG.subOrganizationOf, self.body_node(org.parent))
        area = next((node for (name, _), node in areas.items() if name == org.area), None)
        if area is not None:
            self.add(node, VNKG.jurisdiction, area)

    def person(self, person: GoldPerson) -> URIRef:
        node = self.mentioned(self.iri("person", slug(person.name)))
        self.add(node, RDF.type, VNKG.Official)
        self.add(node, FOAF.name, vi(person.name))
        for role in person.roles:
            role_node = self.iri("role", slug(role.role))
            self.add(role_node, RDF.type, ORG.Role)
            self.add(role_node, SKOS.prefLabel, vi(role.role))
            key = "\x1f".join((person.name, role.role, role.organization, self.gold.article))
            membership = self.mentioned(self.iri("membership", hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]))
            self.add(membership, RDF.type, ORG.Membership)
            self.add(membership, ORG.member, node)
            self.add(membership, ORG.organization, self.body_node(role.organization))
            self.add(membership, ORG.role, role_node)
        return node

    def document(self, document: GoldDocument, index: int) -> URIRef:
        issuer = slug(document.issuer) if document.issuer else "unknown"
        period = document.date[:4] if document.date else "undated"
        name = slug(document.number or document.title or f"untitled-{index + 1}")
        node = self.mentioned(self.iri("document", issuer, period, name))
        self.add(node, RDF.type, VNKG[_DOCUMENT_CLASS.get(document.type, document.type)])
        if document.number:
            self.add(node, VNKG.documentNumber, Literal(document.number))
        if document.date:
            self.add(node, DCTERMS.issued, date_literal(document.date))
        if document.issuer:
            self.add(node, VNKG.issuedBy, self.body_node(document.issuer))
        if document.title:
            self.add(node, DCTERMS.title, vi(document.title))
        return node

    def event(self, event: GoldEvent, index: int, persons: dict, documents: dict) -> None:
        node = self.mentioned(self.iri("event", slug(PurePath(self.gold.article).stem, keep="_"), str(index + 1)))
        self.add(node, RDF.type, VNKG[event.type])
        if event.date:
            self.add(node, SCHEMA.startDate, date_literal(event.date))
        if event.organizer:
            self.add(node, SCHEMA.organizer, self.body_node(event.organizer))
        for predicate, names in ((VNKG.chair, event.chairs), (SCHEMA.attendee, event.attendees)):
            for name in names:
                self.add(node, predicate, persons.get(name) or self.iri("person", slug(name)))
        for number in event.documents:
            if number in documents:
                self.add(node, VNKG.concerns, documents[number])
