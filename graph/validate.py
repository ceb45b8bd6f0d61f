"""Validate a graph against the SHACL shapes of ontology/shapes.ttl (pyshacl).

The ontology goes in as pyshacl's ontology graph, so `sh:class org:Organization` accepts
a `vnkg:PartyCommittee` through the ontology's rdfs:subClassOf axioms, without running a
reasoner over the data.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH

from graph.errors import InputError

_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".n3": "n3"}


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    value: str = ""


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)


def ontology_dir() -> Path:
    """ontology/ of a source checkout, else the copy shipped inside the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontology", here / "data"):
        if (candidate / "shapes.ttl").exists() and (candidate / "vnkg.ttl").exists():
            return candidate
    raise InputError("cannot find vnkg.ttl and shapes.ttl (looked in ontology/ and graph/data/)")


def read_graph(path: Path) -> rdflib.Graph:
    """Parse a graph file by its extension; named graphs are merged."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown graph format {path.suffix!r}; use one of {', '.join(sorted(_FORMATS))}")
    if not path.exists():
        raise InputError(f"{path}: no such file; run `vnkg build` first")
    try:
        if fmt in {"trig", "nquads"}:
            dataset = rdflib.Dataset()
            dataset.parse(path, format=fmt)
            graph = rdflib.Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(f"{path}: not valid {fmt}: {first}") from None


def validate_graph(data: rdflib.Graph, ontology: Path | None = None) -> ValidationReport:
    """Run the shapes over `data`; return every violation found."""
    import pyshacl

    folder = ontology or ontology_dir()
    shapes = rdflib.Graph().parse(folder / "shapes.ttl", format="turtle")
    ont = rdflib.Graph().parse(folder / "vnkg.ttl", format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ont, inference="none",
                                           advanced=True, allow_warnings=True)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def value(predicate):
            found = report.value(result, predicate)
            return "" if found is None else str(found)
        violations.append(Violation(value(SH.focusNode), value(SH.resultPath), value(SH.resultMessage),
                                    value(SH.resultSeverity).rsplit("#", 1)[-1], value(SH.value)))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), len(data), violations)


def validate_file(path: Path, ontology: Path | None = None) -> ValidationReport:
    return validate_graph(read_graph(path), ontology)
