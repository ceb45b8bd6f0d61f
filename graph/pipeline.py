"""The build: articles in, graph files out. Each article goes through the stages on its
own (so articles stream and can run in parallel); the exports are written at the end,
atomically, so an interrupted build leaves the previous ones intact."""
from __future__ import annotations

import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import NamedNode, Quad

from graph.errors import InputError, VnkgError
from graph.extract import extract
from graph.extract.dates import header_date
from graph.load import expand_inputs
from graph.normalize import normalize_text
from graph.resolve import link_documents_across_articles, resolve_article
from graph.segment import split_sentences
from graph.to_rdf import Minter, extraction_quads
from graph.types import Article, Extraction, RawArticle
from graph.vocab import DEFAULT_BASE, PREFIXES

_RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
_DATE_LINE = re.compile(r"^(date\s+\S+\s*|ngày cập nhật.*|thứ .*\d{4}.*|\d{1,2}/\d{1,2}/\d{4}.*)$", re.IGNORECASE)


@dataclass
class BuildSummary:
    articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    quads: int = 0
    seconds: float = 0.0
    outputs: dict[str, Path] = field(default_factory=dict)


def _title(lines: list[str]) -> str | None:
    """A first line that reads as a headline (short, no final full stop)."""
    for line in lines[:3]:
        line = re.sub(r"^date\s+\S+\s+", "", line.strip(), flags=re.IGNORECASE)
        if not line or _DATE_LINE.match(line) or header_date([line]):
            continue
        words = line.split()
        if 3 <= len(words) <= 30 and not line.endswith((".", ":", ";")):
            return line
        return None
    return None


def prepare(raw: RawArticle) -> Article:
    """Normalize and segment one article."""
    text = normalize_text(raw.text)
    if not text.strip():
        raise InputError(f"{raw.source or raw.identifier}: no article text left after removing page furniture")
    lines = [line for line in text.split("\n") if line.strip()]
    return Article(raw.identifier, text, tuple(split_sentences(text)), title=_title(lines), url=raw.url,
                   date_hint=raw.date_hint)


def read_extraction(raw: RawArticle) -> Extraction:
    """Run every per-article stage: normalize, segment, extract, resolve."""
    return resolve_article(extract(prepare(raw)))


def article_quads(raw: RawArticle, base: str = DEFAULT_BASE) -> list[Quad]:
    return extraction_quads(read_extraction(raw), Minter(base))


def class_counts(quads: Iterable[Quad]) -> dict[str, int]:
    """Distinct nodes per class (local name with prefix)."""
    seen: set[tuple[str, str]] = set()
    for quad in quads:
        if quad.predicate == _RDF_TYPE:
            seen.add((quad.subject.value, quad.object.value))
    counts: Counter = Counter()
    for _, cls in seen:
        for prefix, iri in PREFIXES.items():
            if cls.startswith(iri):
                cls = f"{prefix}:{cls[len(iri):]}"
                break
        counts[cls] += 1
    return dict(sorted(counts.items()))


def _process(raw: RawArticle) -> tuple[str, list[Quad] | None, str | None]:
    """One article through every stage; errors come back as text (picklable, one line)."""
    base = _WORKER_BASE
    try:
        return raw.source, article_quads(raw, base), None
    except VnkgError as error:
        return raw.source, None, str(error)


_WORKER_BASE = DEFAULT_BASE


def _set_base(base: str) -> None:
    global _WORKER_BASE
    _WORKER_BASE = base


def build_quads(paths: list[Path], base: str = DEFAULT_BASE, strict: bool = False,
                on_skip: Callable[[str, str], None] | None = None,
                on_article: Callable[[str], None] | None = None, jobs: int = 1) -> tuple[list[Quad], BuildSummary]:
    """Read each file (text, HTML, JSON Lines), run the stages, collect the quads; a bad
    file or line is skipped with its reason (or stops the build when strict). With
    jobs > 1 articles run in worker processes; results come in input order, so the
    output does not depend on jobs. Articles stream: the corpus is never held whole."""
    from graph.sources import iter_sources

    summary = BuildSummary()
    quads: list[Quad] = []

    def skipped(error: InputError) -> None:
        if strict:
            raise error
        text = str(error)
        summary.skipped.append((text.split(": ", 1)[0], text))
        if on_skip:
            on_skip(text.split(": ", 1)[0], text)

    articles = iter_sources(paths, on_error=skipped)
    _set_base(base)
    if jobs > 1:
        import multiprocessing

        context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        pool = context.Pool(jobs, initializer=_set_base, initargs=(base,))
        results = pool.imap(_process, articles, chunksize=8)
    else:
        pool = None
        results = map(_process, articles)
    try:
        for source, article, error in results:
            if error is not None:
                skipped(InputError(error))
            else:
                quads.extend(article)
                summary.articles += 1
            if on_article:
                on_article(source)
    finally:
        if pool is not None:
            pool.terminate()
    return quads, summary


CACHE = Path(".vnkg-cache") / "articles.nq"


def _cached_quads(out_dir: Path) -> list[Quad]:
    """The per-article quads of the previous build, before cross-article linking."""
    import pyoxigraph

    cache = out_dir / CACHE
    if not cache.exists():
        raise InputError(f"{out_dir}: no previous build to add to (missing {CACHE}); run a full build first")
    return list(pyoxigraph.parse(cache.read_bytes(), format=pyoxigraph.RdfFormat.N_QUADS))


def build(inputs: list[Path], out_dir: Path, base: str = DEFAULT_BASE, strict: bool = False,
          with_views: bool = True, with_store: bool = True, on_skip=None, on_article=None,
          jobs: int = 1, add: bool = False) -> BuildSummary:
    """Build the graph from article files and directories into out_dir. With add=True
    only the given articles are read; they join (or replace) those of the previous
    build, and the result equals a full rebuild of all of them."""
    from graph.export import serialize_nquads, write_atomic, write_exports

    started = time.perf_counter()
    out_dir = Path(out_dir)
    paths = expand_inputs(inputs)
    if not paths:
        raise InputError(f"{', '.join(map(str, inputs))}: no article files found")
    previous = _cached_quads(out_dir) if add else []
    quads, summary = build_quads(paths, base, strict, on_skip, on_article, jobs)
    if summary.articles == 0:
        raise InputError("no article could be read; nothing was written (previous exports are intact)")
    if previous:
        replaced = {q.graph_name for q in quads}
        kept = [q for q in previous if q.graph_name not in replaced]
        summary.articles += len({q.graph_name for q in kept})
        quads = kept + quads
    raw = quads
    quads = link_documents_across_articles(quads, base)
    summary.outputs = write_exports(quads, out_dir)
    write_atomic(out_dir / CACHE, lambda temporary: temporary.write_bytes(serialize_nquads(raw)))
    summary.counts = class_counts(quads)
    summary.quads = len(set(quads))
    summary.triples = len({(q.subject, q.predicate, q.object) for q in quads})
    if with_views:
        summary.outputs.update(_write_views(out_dir, summary))
    if with_store:
        summary.outputs.update(_write_store(out_dir, summary))
    summary.seconds = time.perf_counter() - started
    return summary


def _write_views(out_dir: Path, summary: BuildSummary) -> dict[str, Path]:
    from graph import view

    graph_file = summary.outputs["trig"]
    written = {"html": view.write_graph_html(graph_file, out_dir / "graph.html").path}
    if hasattr(view, "write_views"):
        view.write_views(graph_file, out_dir / "views", {"articles": summary.articles, "counts": summary.counts,
                                                         "skipped": len(summary.skipped)})
        written["views"] = out_dir / "views"
    return written


def _write_store(out_dir: Path, summary: BuildSummary) -> dict[str, Path]:
    try:
        from graph.store import replace_store
    except ImportError:
        return {}
    from graph.validate import ontology_dir

    replace_store(summary.outputs["nquads"], out_dir / "store", ontology_dir() / "vnkg.ttl")
    return {"store": out_dir / "store"}
