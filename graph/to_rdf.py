"""Map stage: one article's resolved extraction → quads in the article's named graph.

IRIs are built from normalized key parts (docs/RDF_MAPPING.md), so the same input gives
the same IRIs on every run and machine, and the same person, body, area or document read
from two articles lands on one node.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata
from pathlib import PurePath

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from graph.normalize import canonical
from graph.types import AreaRef, BodyRef, Document, Extraction, PartialDate
from graph.vocab import DEFAULT_BASE, PREFIXES

_NS = {prefix: iri for prefix, iri in PREFIXES.items()}
_XSD = _NS["xsd"]

# Terms are kept as their N-Triples text, so an article's graph is written straight to
# N-Quads lines, byte for byte what pyoxigraph's serializer writes, without building a
# Python object per term and quad (that was a quarter of the time per article).
_ESCAPES = {code: f"\\u{code:04X}" for code in [*range(0x20), 0x7F]}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})


_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')


def quoted(text: str) -> str:
    if _NEEDS_ESCAPE.search(text) is None:  # most text: translate() walks every character
        return f'"{text}"'
    return '"' + text.translate(_ESCAPES) + '"'


@lru_cache(maxsize=512)
def term(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return f"<{_NS[prefix]}{local}>"


A = term("rdf:type")
MENTIONED_IN = term("vnkg:mentionedIn")
INFERRED_IN = term("vnkg:inferredIn")
EVIDENCE = term("vnkg:evidence")
PREF_LABEL = term("skos:prefLabel")
ALT_LABEL = term("skos:altLabel")


@lru_cache(maxsize=65536)
def slug(text: str, keep: str = "") -> str:
    """ASCII, lower case, hyphenated: 'Tỉnh ủy Hà Tĩnh' → 'tinh-uy-ha-tinh'."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(rf"[^a-z0-9{re.escape(keep)}]+", "-", folded).strip("-") or "x"


def iri_value(node: str) -> str:
    """The IRI of a term written <...>."""
    return node[1:-1]


def vi(text: str) -> str:
    return quoted(canonical(text)) + "@vi"


def en(text: str) -> str:
    return quoted(text) + "@en"


def date_literal(date: PartialDate) -> str:
    kind = "gYear" if date.month is None else "gYearMonth" if date.day is None else "date"
    return f"{quoted(date.iso())}^^<{_XSD}{kind}>"


def _province_of(area: AreaRef | None) -> AreaRef | None:
    while area is not None and area.kind not in {"Province", "Country"}:
        area = area.parent
    return area if area is not None and area.kind == "Province" else None


def body_key(body: BodyRef) -> tuple[str, ...]:
    """IRI path of a body: its name, under its province when it is below province level
    ("Huyện ủy Châu Thành" exists in five provinces)."""
    province = _province_of(body.area)
    if province is not None and body.area is not None and body.area.kind != "Province":
        return slug(province.name), slug(body.name)
    return (slug(body.name),)


class Minter:
    """Mints the IRIs of one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def iri(self, *parts: str) -> str:
        return f"<{self.base}{'/'.join(parts)}>"

    def article(self, identifier: str) -> str:
        return self.iri("article", slug(PurePath(identifier).stem, keep="_"))

    def person(self, name: str) -> str:
        # Folding tone marks makes "Lương Văn" and "Lường Văn" one slug: a short digest of
        # the exact name keeps two people apart and the IRI stable.
        digest = hashlib.sha1(canonical(name).encode("utf-8")).hexdigest()[:4]
        return self.iri("person", f"{slug(name)}-{digest}")

    def role(self, title: str) -> str:
        return self.iri("role", slug(title))

    def body(self, body: BodyRef) -> str:
        return self.iri("org", *body_key(body))

    def area(self, area: AreaRef) -> str:
        chain = []
        parent = area.parent
        while parent is not None and parent.kind != "Country":
            chain.append(slug(parent.name))
            parent = parent.parent
        return self.iri("area", area.kind.lower(), *reversed(chain), slug(area.name))

    def document(self, document: Document) -> str:
        issuer = "-".join(body_key(document.issuer)) if document.issuer else "unknown"
        if document.date:
            period = str(document.date.year)
        elif document.term:
            period = "khoa-" + slug(document.term)
        else:
            period = "undated"
        return self.iri("document", issuer, period, slug(document.number or document.title or "untitled"))

    def membership(self, person: str, role: str, body: BodyRef, article: str) -> str:
        digest = hashlib.sha1("\x1f".join((person, role, body.name, article)).encode("utf-8")).hexdigest()
        return self.iri("membership", digest[:16])

    def event(self, identifier: str, index: int) -> str:
        return self.iri("event", slug(PurePath(identifier).stem, keep="_"), str(index + 1))


class _Writer:
    """Collects the quads of one article graph, tracking mentioned versus inferred nodes."""

    def __init__(self, minter: Minter, graph: str):
        self.minter = minter
        self.graph = graph
        self.triples: set[tuple[str, str, str]] = set()
        self.mentioned: set[str] = set()
        self.touched: set[str] = set()

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.triples.add((subject, predicate, obj))

    def area(self, area: AreaRef, mentioned: bool) -> str:
        node = self.minter.area(area)
        if mentioned:
            self.mentioned.add(node)
        if node in self.touched:
            return node
        self.touched.add(node)
        self.add(node, A, term(f"vnkg:{area.kind}"))
        self.add(node, PREF_LABEL, vi(area.name))
        if area.iso:
            self.add(node, term("vnkg:isoCode"), quoted(area.iso))
        if area.parent is not None:
            self.add(node, term("vnkg:partOf"), self.area(area.parent, False))
        return node

    def body(self, body: BodyRef, mentioned: bool, labels=()) -> str:
        node = self.minter.body(body)
        if mentioned:
            self.mentioned.add(node)
        for label in labels:
            if canonical(label) != canonical(body.name):
                self.add(node, ALT_LABEL, vi(label))
        if node in self.touched:
            return node
        self.touched.add(node)
        self.add(node, A, term(f"vnkg:{body.kind}"))
        self.add(node, PREF_LABEL, vi(body.name))
        if body.english:
            self.add(node, PREF_LABEL, en(body.english))
        if body.parent is not None:
            self.add(node, term("org:subOrganizationOf"), self.body(body.parent, False))
        if body.area is not None:
            self.add(node, term("vnkg:jurisdiction"), self.area(body.area, False))
        return node

    def finish(self) -> tuple[bytes, list[tuple[str, str, str]]]:
        """The graph as N-Quads, lines sorted (code point order is UTF-8 byte order), and
        its statements in that order (for the TriG block, without reading the lines back)."""
        for node in self.touched:
            self.add(node, MENTIONED_IN if node in self.mentioned else INFERRED_IN, self.graph)
        tail = f" {self.graph} .\n"
        lines = sorted([(f"{s} {p} {o}{tail}", (s, p, o)) for s, p, o in self.triples])
        return "".join([line for line, _ in lines]).encode("utf-8"), [row for _, row in lines]


def extraction_quads(extraction: Extraction, minter: Minter) -> list[Quad]:
    """All quads one article contributes, in its own named graph, sorted."""
    return list(parse(extraction_nquads(extraction, minter), format=RdfFormat.N_QUADS))


def extraction_nquads(extraction: Extraction, minter: Minter) -> bytes:
    """All statements one article contributes, in its own named graph, as sorted N-Quads."""
    return extraction_statements(extraction, minter)[0]


def extraction_statements(extraction: Extraction, minter: Minter) -> tuple[bytes, list[tuple[str, str, str]]]:
    """(sorted N-Quads, the same statements as N-Triples terms in that order)."""
    article = extraction.article
    graph = minter.article(article.identifier)
    writer = _Writer(minter, graph)
    sentences = [s.text for s in article.sentences]
    writer.add(graph, A, term("vnkg:Article"))
    writer.add(graph, term("dcterms:identifier"), quoted(article.identifier))
    if extraction.published:
        writer.add(graph, term("dcterms:date"), date_literal(extraction.published))
    if article.title:
        writer.add(graph, term("dcterms:title"), vi(article.title))
    if article.url:
        writer.add(graph, term("dcterms:source"), f"<{NamedNode(article.url).value}>")  # validates the IRI

    for area, _ in extraction.areas.values():
        writer.area(area, True)
    for body, labels, _ in extraction.bodies.values():
        writer.body(body, True, sorted(labels))
    for person in extraction.persons:
        node = minter.person(person.name)
        writer.touched.add(node)
        writer.mentioned.add(node)
        writer.add(node, A, term("vnkg:Official"))
        writer.add(node, term("foaf:name"), vi(person.name))
        for role in person.roles:
            role_node = minter.role(role.title)
            writer.add(role_node, A, term("org:Role"))
            writer.add(role_node, PREF_LABEL, vi(role.title))
            if role.english:
                writer.add(role_node, PREF_LABEL, en(role.english))
            membership = minter.membership(person.name, role.title, role.body, article.identifier)
            writer.touched.add(membership)
            writer.mentioned.add(membership)
            writer.add(membership, A, term("org:Membership"))
            writer.add(membership, term("org:member"), node)
            writer.add(membership, term("org:organization"), writer.body(role.body, True))
            writer.add(membership, term("org:role"), role_node)
            writer.add(membership, EVIDENCE, vi(sentences[role.sentence]))

    document_nodes = []
    for document in extraction.documents:
        node = minter.document(document)
        document_nodes.append(node)
        writer.touched.add(node)
        writer.mentioned.add(node)
        writer.add(node, A, term(f"vnkg:{document.kind}"))
        if document.number:
            writer.add(node, term("vnkg:documentNumber"), quoted(document.number))
        if document.date and document.date.day:
            writer.add(node, term("dcterms:issued"), date_literal(document.date))
        if document.issuer is not None:
            mentioned = document.issuer.name in extraction.bodies
            writer.add(node, term("vnkg:issuedBy"), writer.body(document.issuer, mentioned))
        title = document.title or (None if document.number else document.kind)
        if title:
            writer.add(node, term("dcterms:title"), vi(title))
        writer.add(node, EVIDENCE, vi(sentences[document.sentence]))

    for index, event in enumerate(extraction.events):
        node = minter.event(article.identifier, index)
        writer.touched.add(node)
        writer.mentioned.add(node)
        writer.add(node, A, term(f"vnkg:{event.kind}"))
        writer.add(node, term("rdfs:label"), vi(event.label))
        if event.date:
            writer.add(node, term("schema:startDate"), date_literal(event.date))
        if event.organizer is not None:
            writer.add(node, term("schema:organizer"), writer.body(event.organizer, True))
        for name in event.chairs:
            writer.add(node, term("vnkg:chair"), minter.person(name))
        for name in event.attendees:
            writer.add(node, term("schema:attendee"), minter.person(name))
        for document_index in event.documents:
            writer.add(node, term("vnkg:concerns"), document_nodes[document_index])
        writer.add(node, EVIDENCE, vi(sentences[event.sentence]))
    return writer.finish()
