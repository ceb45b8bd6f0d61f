"""Score a built graph against gold annotations, as an outside scorer would (`vnkg eval`).

The graph is read only through the public vocabulary and docs/RDF_MAPPING.md: what an
article says is every node with `vnkg:mentionedIn` that article (matched to a gold file
by `dcterms:identifier`). Nodes the builder inferred (`vnkg:inferredIn`) are not scored.

Matching follows ../shared/gold/FORMAT.md. Strings compare after NFC, modern tone-mark
placement, case folding and collapsing white space (`key`). Each section is a one-to-one
matching (each gold and each predicted item used at most once), made of exact pairs
first and alias pairs second, each step a maximum matching:

- persons: an Official whose `foaf:name` equals the gold name;
- roles: an `org:Membership` whose member's name, role `skos:prefLabel`@vi and
  organization match the gold (person, role, organization);
- organizations: a body-class node (gold "Other" = vnkg:OtherOrganization) whose
  prefLabel/altLabel@vi include the gold name or an alias, and whose class is the type;
- areas: an area-class node whose prefLabel equals the name, and whose class is the type;
- documents: only documents with a number, on both sides (FORMAT: unnumbered ones are
  not scored). A PolicyDocument (gold "Other" = vnkg:OtherDocument) with that
  `vnkg:documentNumber`, that class and, when the gold date is not null, a
  `dcterms:issued` in the gold date's year (a document with no issued date has no year);
- events: a Conference/Congress/Meeting with a `schema:startDate` equal to the gold date,
  or inside it when the gold date is a month ("2024-07") or a year ("2015"), and a
  `schema:organizer` matching the gold organizer; a null gold date or organizer
  matches anything.

An organization reference (a role's body, an issuer, an organizer) matches a node whose
labels include the gold name, or an alias of the body of that name in the same gold
article. An alias names no body when two different gold bodies share it (NOTES 9: the
bare "Tỉnh ủy" is Hà Tĩnh's in one article and Thừa Thiên Huế's in another), counted
over the whole gold set, which includes two bodies of one article.

Counts: a matched pair is a true positive, an unmatched gold item a false negative, an
unmatched predicted item a false positive. Precision = tp / (tp + fp), recall =
tp / (tp + fn), F1 their harmonic mean; a ratio with an empty denominator is 1.0 when
nothing went wrong (fn = 0, resp. fp = 0) and 0.0 otherwise. Sections are micro-averaged:
counts are summed over articles before the ratios are taken.

Document attributes, over the matched documents only:
- document dates: correct when the gold date is not null and the predicted
  `dcterms:issued` values are exactly that string. tp = correct, fp = matched documents
  with a predicted date that is not correct, fn = matched documents with a gold date
  that is not correct; so precision = correct / matched documents with a predicted date
  and recall = correct / matched documents whose gold date is not null.
- document issuers: the same with "correct" = the gold issuer is not null and some
  `vnkg:issuedBy` node's labels match it as an organization reference.

published: correct when the article's `dcterms:date` lexical form equals the gold
string, or both are absent; accuracy = correct / gold articles. A gold article missing
from the graph has every gold item (documents with a number) as a false negative, adds
nothing to the document attributes (it has no matched documents) and has published
wrong. Graph articles without a gold file are ignored.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path, PurePath
from typing import Callable, Iterable

from rdflib import Dataset, Graph, Literal
from rdflib.exceptions import Error as RdflibError

from graph.errors import InputError
from graph.gold import GoldArticle, load_gold
from graph.normalize import canonical
from graph.vocab import (
    AREA_CLASSES, BODY_CLASSES, DCTERMS, DEFAULT_BASE, DOCUMENT_CLASSES, FOAF, MEETING_CLASSES,
    ORG, RDF, SCHEMA, SKOS, VNKG,
)

__all__ = [
    "SECTIONS", "REPORT_FORMATS", "Counts", "Finding", "ArticleScore", "EvalReport", "Node", "PredictedRole",
    "PredictedDocument", "PredictedEvent", "PredictedArticle", "key", "read_graph", "predictions_from_graph",
    "load_gold", "ambiguous_aliases", "date_matches", "match", "score", "evaluate", "section_scores",
    "format_report",
]

SECTIONS = ("persons", "roles", "organizations", "areas", "documents", "document dates",
            "document issuers", "events")


@lru_cache(maxsize=None)
def key(text: str) -> str:
    """The form strings are compared in: NFC, modern tones, case-folded, single spaces."""
    return unicodedata.normalize("NFC", canonical(text).casefold())


# ---------------------------------------------------------------- reading the graph

GRAPH_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads"}
_QUAD_FORMATS = {"trig", "nquads"}


def read_graph(path: Path) -> Graph:
    """Parse a graph file by extension; the named graphs of TriG / N-Quads are merged."""
    path = Path(path)
    rdf_format = GRAPH_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise InputError(f"graph file {path}: unknown extension, expected one of {', '.join(GRAPH_FORMATS)}")
    if not path.is_file():
        raise InputError(f"graph file {path} not found: run `vnkg build` first or pass --graph FILE")
    try:
        if rdf_format not in _QUAD_FORMATS:
            return Graph().parse(path, format=rdf_format)
        dataset = Dataset()
        dataset.parse(path, format=rdf_format)
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    except (SyntaxError, ValueError, RdflibError, UnicodeDecodeError, OSError) as error:
        reason = " ".join(str(error).split()).split(" at ^ in:")[0][:200] or type(error).__name__
        raise InputError(f"cannot parse graph file {path} as {rdf_format}: {reason}") from None


@dataclass(frozen=True)
class Node:
    """A predicted node as the scorer sees it: IRI, labels (names), gold type names."""

    iri: str
    labels: tuple[str, ...]  # prefLabel(s) first, then altLabels; foaf:name for persons
    types: frozenset[str] = frozenset()

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(map(key, self.labels))

    @property
    def label(self) -> str:
        return self.labels[0] if self.labels else "(no label)"


@dataclass(frozen=True)
class PredictedRole:
    iri: str
    member: Node
    role: Node
    organization: Node


@dataclass(frozen=True)
class PredictedDocument:
    iri: str
    types: frozenset[str]
    numbers: tuple[str, ...]
    issued: tuple[str, ...]
    issuers: tuple[Node, ...]
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class PredictedEvent:
    iri: str
    types: frozenset[str]
    dates: tuple[str, ...]
    organizers: tuple[Node, ...]


@dataclass
class PredictedArticle:
    """Everything the graph says one article mentions."""

    identifier: str
    iri: str
    published: str | None = None
    persons: list[Node] = field(default_factory=list)
    roles: list[PredictedRole] = field(default_factory=list)
    organizations: list[Node] = field(default_factory=list)
    areas: list[Node] = field(default_factory=list)
    documents: list[PredictedDocument] = field(default_factory=list)
    events: list[PredictedEvent] = field(default_factory=list)


def _gold_type(local: str) -> str:
    return "Other" if local in ("OtherOrganization", "OtherDocument") else local


# class IRI → (section, gold type name)
_CLASSES = {
    VNKG.Official: ("persons", "Official"), ORG.Membership: ("roles", "Membership"),
    **{VNKG[c]: ("organizations", _gold_type(c)) for c in BODY_CLASSES},
    **{VNKG[c]: ("areas", c) for c in AREA_CLASSES},
    **{VNKG[c]: ("documents", _gold_type(c)) for c in DOCUMENT_CLASSES},
    **{VNKG[c]: ("events", c) for c in MEETING_CLASSES},
}


class _Reader:
    """Reads predicted records off an rdflib graph."""

    def __init__(self, graph: Graph):
        self.graph = graph

    def strings(self, node, predicate) -> tuple[str, ...]:
        """Lexical forms of literal values; language-tagged ones only when Vietnamese."""
        values = {str(o) for o in self.graph.objects(node, predicate)
                  if isinstance(o, Literal) and (o.language or "vi").startswith("vi")}
        return tuple(sorted(values))

    def types(self, node, section: str) -> frozenset[str]:
        """The gold type names of the node's classes that belong to `section`."""
        classes = (_CLASSES.get(cls) for cls in self.graph.objects(node, RDF.type))
        return frozenset(name for sec, name in filter(None, classes) if sec == section)

    def node(self, iri, section: str = "organizations") -> Node:
        if section == "persons":
            labels = self.strings(iri, FOAF.name)
        else:
            pref = self.strings(iri, SKOS.prefLabel)
            labels = pref + tuple(a for a in self.strings(iri, SKOS.altLabel) if a not in pref)
        return Node(str(iri), labels, self.types(iri, section))

    def nodes(self, subject, predicate, section: str = "organizations") -> tuple[Node, ...]:
        return tuple(self.node(o, section) for o in sorted(self.graph.objects(subject, predicate)))

    def merged(self, subject, predicate, section: str = "organizations") -> Node:
        """One node standing for all values (a membership should have one member, one body)."""
        nodes = self.nodes(subject, predicate, section)
        return Node(" ".join(n.iri for n in nodes), tuple(label for n in nodes for label in n.labels),
                    frozenset().union(*(n.types for n in nodes)))

    def role(self, iri) -> PredictedRole:
        return PredictedRole(str(iri), self.merged(iri, ORG.member, "persons"), self.merged(iri, ORG.role, "roles"),
                             self.merged(iri, ORG.organization))

    def document(self, iri) -> PredictedDocument:
        return PredictedDocument(str(iri), self.types(iri, "documents"), self.strings(iri, VNKG.documentNumber),
                                 self.strings(iri, DCTERMS.issued), self.nodes(iri, VNKG.issuedBy),
                                 self.strings(iri, DCTERMS.title))

    def event(self, iri) -> PredictedEvent:
        return PredictedEvent(str(iri), self.types(iri, "events"), self.strings(iri, SCHEMA.startDate),
                              self.nodes(iri, SCHEMA.organizer))

    def article(self, iri, mentioned: Iterable) -> PredictedArticle:
        identifiers = self.strings(iri, DCTERMS.identifier)
        dates = self.strings(iri, DCTERMS.date)
        article = PredictedArticle(identifiers[0] if identifiers else str(iri), str(iri), dates[0] if dates else None)
        read = {"persons": lambda n: self.node(n, "persons"), "roles": self.role, "organizations": self.node,
                "areas": lambda n: self.node(n, "areas"), "documents": self.document, "events": self.event}
        for node in sorted(mentioned):
            for section in sorted({_CLASSES[c][0] for c in self.graph.objects(node, RDF.type) if c in _CLASSES}):
                getattr(article, section).append(read[section](node))
        return article


def predictions_from_graph(graph: Graph | Path) -> dict[str, PredictedArticle]:
    """What each vnkg:Article of the graph mentions, keyed by its dcterms:identifier."""
    if not isinstance(graph, Graph):
        graph = read_graph(graph)
    mentions = defaultdict(list)
    for node, article in graph.subject_objects(VNKG.mentionedIn):
        mentions[article].append(node)
    reader = _Reader(graph)
    articles = (reader.article(iri, mentions[iri]) for iri in sorted(set(graph.subjects(RDF.type, VNKG.Article))))
    return {article.identifier: article for article in articles}


# ---------------------------------------------------------------- matching

def ambiguous_aliases(gold: Iterable[GoldArticle]) -> frozenset[str]:
    """Keys of the names and aliases that two different gold bodies share."""
    owners = defaultdict(set)
    for article in gold:
        for org in article.organizations:
            for form in (org.name, *org.aliases):
                owners[key(form)].add(key(org.name))
    return frozenset(form for form, names in owners.items() if len(names) > 1)


class _References:
    """Matches organization references of one gold article: name first, then aliases."""

    def __init__(self, gold: GoldArticle, ambiguous: frozenset[str]):
        self.aliases: dict[str, set[str]] = defaultdict(set)
        for org in gold.organizations:
            name = key(org.name)
            self.aliases[name].update(a for a in map(key, org.aliases) if a != name and a not in ambiguous)

    def level(self, name: str | None, nodes: Iterable[Node]) -> int | None:
        """0 when a node's labels include the name, 1 when an alias of it, else None."""
        if name is None:
            return 0
        name_key, levels = key(name), []
        for node in nodes:
            if name_key in node.keys:
                return 0
            if node.keys & self.aliases.get(name_key, set()):
                levels.append(1)
        return min(levels, default=None)


def _exact(found: bool) -> int | None:
    return 0 if found else None


def date_matches(date: str, gold: str | None) -> bool:
    """A predicted date equals the gold date or lies inside its month or year."""
    return gold is None or date == gold or date.startswith(gold + "-")


def _types(types: Iterable[str]) -> str:
    return "/".join(sorted(types)) or "untyped"


@dataclass(frozen=True)
class _Section:
    """How one section pairs gold items with predicted ones and describes them."""

    name: str
    fields: tuple[str, ...]
    identity: int | None  # a field that must agree for a pair to be shown as a near miss
    compare: Callable  # (gold, predicted) -> one level per field: 0 exact, 1 alias, None
    gold_text: Callable
    predicted_text: Callable


def _sections(refs: _References) -> list[_Section]:
    both = refs.level
    return [
        _Section("persons", ("name",), 0,
                 lambda g, p: (_exact(key(g.name) in p.keys),),
                 lambda g: g.name, lambda p: p.label),
        _Section("roles", ("person", "role", "organization"), 0,
                 lambda g, p: (_exact(key(g[0]) in p.member.keys), _exact(key(g[1].role) in p.role.keys),
                               both(g[1].organization, [p.organization])),
                 lambda g: f"{g[0]} | {g[1].role} | {g[1].organization}",
                 lambda p: f"{p.member.label} | {p.role.label} | {p.organization.label}"),
        _Section("organizations", ("name", "type"), 0,
                 lambda g, p: (both(g.name, [p]), _exact(g.type in p.types)),
                 lambda g: f"{g.name} [{g.type}]", lambda p: f"{_labels(p)} [{_types(p.types)}]"),
        _Section("areas", ("name", "type"), 0,
                 lambda g, p: (_exact(key(g.name) in p.keys), _exact(g.type in p.types)),
                 lambda g: f"{g.name} [{g.type}]", lambda p: f"{p.label} [{_types(p.types)}]"),
        _Section("documents", ("number", "type", "year"), 0,
                 lambda g, p: (_exact(key(g.number) in map(key, p.numbers)), _exact(g.type in p.types),
                               _exact(g.date is None or g.date[:4] in {d[:4] for d in p.issued})),
                 lambda g: f"{g.number} [{g.type}] {g.date or 'undated'}",
                 lambda p: f"{'/'.join(p.numbers) or '(no number)'} [{_types(p.types)}] "
                           f"{'/'.join(p.issued) or 'undated'}"),
        _Section("events", ("date", "organizer"), None,
                 lambda g, p: (_exact(g.date is None or any(date_matches(d, g.date) for d in p.dates)),
                               both(g.organizer, p.organizers)),
                 lambda g: f"[{g.type}] {g.date or 'undated'} by {g.organizer or '(no organizer)'}",
                 lambda p: f"[{_types(p.types)}] {'/'.join(p.dates) or 'undated'} by "
                           f"{' / '.join(n.label for n in p.organizers) or '(no organizer)'}"),
    ]


def _labels(node: Node, shown: int = 3) -> str:
    """The first label, then a few other forms: enough to see why an alias did not match."""
    others = node.labels[1:]
    if not others:
        return node.label
    more = f", +{len(others) - shown}" if len(others) > shown else ""
    return f"{node.label} (also: {', '.join(others[:shown])}{more})"


def _max_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths), gold index → predicted index."""
    owner: dict[int, int] = {}

    def augment(gold: int, seen: set[int]) -> bool:
        for predicted in edges[gold]:
            if predicted not in seen:
                seen.add(predicted)
                if predicted not in owner or augment(owner[predicted], seen):
                    owner[predicted] = gold
                    return True
        return False

    for gold in sorted(edges):
        augment(gold, set())
    return {gold: predicted for predicted, gold in owner.items()}


def match(levels: dict[tuple[int, int], int]) -> dict[int, int]:
    """One-to-one pairs from pair levels: as many exact pairs as possible, then alias pairs."""
    pairs: dict[int, int] = {}
    for allowed in (0, 1):
        used = set(pairs.values())
        edges = defaultdict(list)
        for (g, p), level in sorted(levels.items()):
            if level <= allowed and g not in pairs and p not in used:
                edges[g].append(p)
        pairs.update(_max_matching(edges))
    return pairs


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def empty(self) -> bool:
        return not (self.tp or self.fp or self.fn)


@dataclass(frozen=True)
class Finding:
    """One scoring error, for --details: what gold has, what the graph has, what differs."""

    section: str
    kind: str  # "missing" (false negative), "extra" (false positive), "wrong" (one of each)
    gold: str = ""
    predicted: str = ""
    iri: str = ""
    note: str = ""


@dataclass
class ArticleScore:
    article: str
    in_graph: bool
    published_gold: str | None
    published_predicted: str | None
    counts: dict[str, Counts]
    findings: list[Finding] = field(default_factory=list)

    @property
    def published_correct(self) -> bool:
        return self.in_graph and self.published_gold == self.published_predicted


@dataclass
class EvalReport:
    articles: list[ArticleScore]
    ignored: list[str] = field(default_factory=list)  # graph articles without a gold file

    @property
    def totals(self) -> dict[str, Counts]:
        return {s: sum((a.counts[s] for a in self.articles), Counts()) for s in SECTIONS}

    @property
    def published(self) -> tuple[int, int]:
        """(correct, gold articles)."""
        return sum(a.published_correct for a in self.articles), len(self.articles)

    @property
    def missing(self) -> list[str]:
        return [a.article for a in self.articles if not a.in_graph]

    @property
    def warnings(self) -> list[str]:
        return [f"warning: {a.article} is not in the graph: its {sum(c.fn for c in a.counts.values())} "
                f"gold items count as false negatives" for a in self.articles if not a.in_graph]


def section_scores(report: EvalReport) -> dict[str, tuple[float, float, float]]:
    """(precision, recall, F1) per section, micro-averaged, plus ("published", accuracy × 3)."""
    scores = {name: (c.precision, c.recall, c.f1) for name, c in report.totals.items()}
    correct, total = report.published
    accuracy = correct / total if total else 1.0
    scores["published"] = (accuracy, accuracy, accuracy)
    return scores


# ---------------------------------------------------------------- scoring

def _score_section(section: _Section, gold: list, predicted: list, findings: list[Finding]):
    """Counts of one section; appends its findings; returns the matched (gold, predicted) pairs."""
    levels, near = {}, {}
    for g, gold_item in enumerate(gold):
        for p, item in enumerate(predicted):
            fields = section.compare(gold_item, item)
            if None not in fields:
                levels[g, p] = max(fields)
            elif fields.count(None) == 1 and len(fields) > 1 and fields.index(None) != section.identity:
                near.setdefault(g, []).append((p, section.fields[fields.index(None)]))
    pairs = match(levels)
    matched = set(pairs.values())
    used = set(matched)
    missing = [g for g in range(len(gold)) if g not in pairs]
    for g in missing:
        p, differs = next(((p, f) for p, f in near.get(g, []) if p not in used), (None, None))
        if p is None:
            findings.append(Finding(section.name, "missing", gold=section.gold_text(gold[g])))
        else:
            used.add(p)
            findings.append(Finding(section.name, "wrong", section.gold_text(gold[g]),
                                    section.predicted_text(predicted[p]), predicted[p].iri, f"{differs} differs"))
    extra = [p for p in range(len(predicted)) if p not in matched]
    for p in sorted(set(extra) - used, key=lambda p: section.predicted_text(predicted[p])):
        findings.append(Finding(section.name, "extra", predicted=section.predicted_text(predicted[p]),
                                iri=predicted[p].iri))
    counts = Counts(len(pairs), len(extra), len(missing))
    return counts, [(gold[g], predicted[p]) for g, p in sorted(pairs.items())]


def _score_attribute(name: str, attribute: str, pairs, gold_value, predicted_values, correct,
                     findings: list[Finding]) -> Counts:
    """A document attribute over matched documents (see the module docstring)."""
    tp = fp = fn = 0
    for gold, predicted in pairs:
        expected, found = gold_value(gold), predicted_values(predicted)
        if expected is not None and found and correct(gold, predicted):
            tp += 1
            continue
        fp += bool(found)
        fn += expected is not None
        shown = " / ".join(found) or "none"
        if expected is None and not found:
            continue
        kind = "wrong" if expected is not None and found else "missing" if expected is not None else "extra"
        findings.append(Finding(name, kind, f"{gold.number}: {expected or 'none'}", f"{gold.number}: {shown}",
                                predicted.iri, f"{attribute} differs"))
    return Counts(tp, fp, fn)


def _score_article(gold: GoldArticle, predicted: PredictedArticle | None, ambiguous: frozenset[str]) -> ArticleScore:
    refs = _References(gold, ambiguous)
    findings: list[Finding] = []
    gold_items = {
        "persons": list(gold.persons),
        "roles": [(person.name, role) for person in gold.persons for role in person.roles],
        "organizations": list(gold.organizations),
        "areas": list(gold.areas),
        "documents": [d for d in gold.documents if d.number],
        "events": list(gold.events),
    }
    predicted_items = {name: [] for name in gold_items}
    if predicted is not None:
        predicted_items = {name: list(getattr(predicted, name)) for name in gold_items}
        predicted_items["documents"] = [d for d in predicted.documents if d.numbers]
    counts, pairs = {}, {}
    for section in _sections(refs):
        counts[section.name], pairs[section.name] = _score_section(
            section, gold_items[section.name], predicted_items[section.name], findings)
    documents = pairs["documents"]
    counts["document dates"] = _score_attribute(
        "document dates", "date", documents, lambda g: g.date, lambda p: p.issued,
        lambda g, p: set(p.issued) == {g.date}, findings)
    counts["document issuers"] = _score_attribute(
        "document issuers", "issuer", documents, lambda g: g.issuer, lambda p: tuple(n.label for n in p.issuers),
        lambda g, p: refs.level(g.issuer, p.issuers) is not None, findings)
    if predicted is None:
        findings = [Finding("article", "missing", gold=gold.article, note="not in the graph")]
    order = {name: i for i, name in enumerate(SECTIONS)}
    findings.sort(key=lambda f: order.get(f.section, -1))
    return ArticleScore(gold.article, predicted is not None, gold.published,
                        predicted.published if predicted else None, {s: counts[s] for s in SECTIONS}, findings)


def score(gold: list[GoldArticle], predicted: dict[str, PredictedArticle]) -> EvalReport:
    """Score in-memory predictions (from `predictions_from_graph`) against gold articles."""
    by_stem = {PurePath(identifier).stem: article for identifier, article in predicted.items()}
    ambiguous = ambiguous_aliases(gold)
    articles, seen = [], set()
    for article in gold:
        found = predicted.get(article.article) or by_stem.get(PurePath(article.article).stem)
        if found is not None:
            seen.add(found.identifier)
        articles.append(_score_article(article, found, ambiguous))
    return EvalReport(articles, sorted(set(predicted) - seen))


def evaluate(graph: Graph | Path, gold_dir: Path) -> EvalReport:
    """Score a graph (an rdflib Graph or a .ttl/.trig/.nt/.nq file) against a gold directory."""
    gold = load_gold(gold_dir)
    return score(gold, predictions_from_graph(graph))


# ---------------------------------------------------------------- rendering

_SHORT = {"persons": "persons", "roles": "roles", "organizations": "orgs", "areas": "areas",
          "documents": "docs", "document dates": "doc dates", "document issuers": "doc issuers",
          "events": "events"}
_MARK = {"missing": "-", "extra": "+", "wrong": "~"}
_LEGEND = ("- in gold, missing from the graph (false negative); + in the graph, not in gold (false "
           "positive);\n~ a gold item and a graph item that differ in one field (one of each)")


def _iri(iri: str) -> str:
    return f"<{iri[len(DEFAULT_BASE):] if iri.startswith(DEFAULT_BASE) else iri}>" if iri else ""


def _table(rows: list[list[str]], right: Iterable[int] = ()) -> list[str]:
    """Aligned columns: left-aligned unless the column index is in `right`."""
    right = set(right)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                      for i, (cell, w) in enumerate(zip(row, widths))).rstrip() for row in rows]


def _summary(report: EvalReport) -> list[str]:
    rows = [["section", "tp", "fp", "fn", "precision", "recall", "f1"]]
    for name, c in report.totals.items():
        rows.append([name, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"])
    correct, total = report.published
    accuracy = correct / total if total else 1.0
    lines = _table(rows, right=range(1, 7))
    lines.append(f"published: {correct}/{total} correct (accuracy {accuracy:.3f})")
    lines.append(f"{total} gold article(s), {len(report.missing)} missing from the graph; "
                 f"{len(report.ignored)} graph article(s) without gold ignored")
    return lines


def _per_article(report: EvalReport) -> list[str]:
    rows = [["article", *(_SHORT[s] for s in SECTIONS), "published"]]
    for a in report.articles:
        cells = ["-" if a.counts[s].empty else f"{a.counts[s].f1:.3f}" for s in SECTIONS]
        published = "yes" if a.published_correct else "no" if a.in_graph else "absent"
        rows.append([a.article, *cells, published])
    return ["F1 per article (- = nothing in gold or graph):", *_table(rows, right=range(1, len(SECTIONS) + 1))]


def _details(report: EvalReport) -> list[str]:
    lines = ["Details:", _LEGEND]
    for a in report.articles:
        lines.append("")
        if not a.in_graph:
            lines.append(f"{a.article}: not in the graph (all gold items count as missing)")
            continue
        if not a.findings and a.published_correct:
            lines.append(f"{a.article}: no errors")
            continue
        lines.append(a.article)
        if not a.published_correct:
            lines.append(f"  published: gold {a.published_gold or 'none'}, graph {a.published_predicted or 'none'}")
        section = None
        for finding in a.findings:
            if finding.section != section:
                section = finding.section
                c = a.counts[section]
                lines.append(f"  {section} (tp {c.tp}, fp {c.fp}, fn {c.fn})")
            lines.extend(_finding_lines(finding))
    return lines


def _finding_lines(finding: Finding) -> list[str]:
    mark = _MARK[finding.kind]
    if finding.kind == "missing":
        return [f"    {mark} {finding.gold}"]
    if finding.kind == "extra":
        return [f"    {mark} {finding.predicted}  {_iri(finding.iri)}".rstrip()]
    return [f"    {mark} {finding.gold}",
            f"        graph: {finding.predicted}  {_iri(finding.iri)}  ({finding.note})"]


def _format_table(report: EvalReport, details: bool, per_article: bool) -> str:
    lines = list(report.warnings)
    if details:
        lines += _details(report) + [""]
    if per_article:
        lines += _per_article(report) + [""]
    return "\n".join(lines + _summary(report))


def _counts_json(c: Counts) -> dict:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
            "recall": round(c.recall, 4), "f1": round(c.f1, 4)}


def _format_json(report: EvalReport, details: bool, per_article: bool) -> str:
    correct, total = report.published
    data = {
        "sections": {name: _counts_json(c) for name, c in report.totals.items()},
        "published": {"correct": correct, "total": total, "accuracy": round(correct / total, 4) if total else 1.0},
        "articles": [a.article for a in report.articles],
        "missing_articles": report.missing,
        "ignored_graph_articles": report.ignored,
        "warnings": report.warnings,
    }
    if per_article:
        data["per_article"] = [
            {"article": a.article, "in_graph": a.in_graph,
             "published": {"gold": a.published_gold, "graph": a.published_predicted, "correct": a.published_correct},
             "sections": {name: _counts_json(c) for name, c in a.counts.items()}}
            for a in report.articles]
    if details:
        data["details"] = [{"article": a.article, **asdict(f)} for a in report.articles for f in a.findings]
    return json.dumps(data, ensure_ascii=False, indent=2)


REPORT_FORMATS = {"table": _format_table, "json": _format_json}


def format_report(report: EvalReport, details: bool = False, per_article: bool = False, fmt: str = "table") -> str:
    """The report as an aligned text table (summary last) or as JSON."""
    try:
        render = REPORT_FORMATS[fmt]
    except KeyError:
        raise InputError(f"unknown report format {fmt!r}: use one of {', '.join(REPORT_FORMATS)}") from None
    return render(report, details, per_article)
