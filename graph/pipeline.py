"""The build: articles in, graph files out. Each article goes through the stages on its
own (so articles stream and can run in parallel); the exports are written at the end,
atomically, so an interrupted build leaves the previous ones intact."""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pyoxigraph import NamedNode, Quad

from graph.errors import InputError, VnkgError
from graph.export import (chunks_from_nquads, join_chunks, trig_block, trig_block_of_rows, trig_blocks,
                          write_atomic, write_chunk_exports)
from graph.extract import extract
from graph.extract.dates import header_date
from graph.load import expand_inputs
from graph.normalize import glosses, normalize_text
from graph.resolve import link_documents_in_chunks, resolve_article
from graph.segment import split_sentences
from graph.to_rdf import Minter, extraction_quads, extraction_statements, iri_value
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
                   date_hint=raw.date_hint, site=_site(raw), glosses=tuple(glosses(raw.text).items()))


_SITE_LEAD = re.compile(r"^\(([\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))\)\s*[-–—:]", re.IGNORECASE | re.MULTILINE)
_URL_HOST = re.compile(r"^[a-z]+://([^/:]+)", re.IGNORECASE)


def _site(raw: RawArticle) -> str | None:
    """The publishing site, which tells the province of a provincial paper."""
    if raw.url:
        host = _URL_HOST.match(raw.url)
        if host:
            return host.group(1).lower()
    lead = _SITE_LEAD.search(raw.text[:3000])
    return lead.group(1).lower() if lead else None


def read_extraction(raw: RawArticle) -> Extraction:
    """Run every per-article stage: normalize, segment, extract, resolve."""
    return resolve_article(extract(prepare(raw)))


def article_quads(raw: RawArticle, base: str = DEFAULT_BASE) -> list[Quad]:
    return extraction_quads(read_extraction(raw), Minter(base))


def article_graph(raw: RawArticle, base: str = DEFAULT_BASE) -> tuple[str, bytes, bytes]:
    """(graph IRI, N-Quads, TriG block) of one article: the TriG is written here, in the
    worker, so the final stage only joins blocks."""
    minter = Minter(base)
    graph = minter.article(raw.identifier)
    nquads, rows = extraction_statements(read_extraction(raw), minter)
    return iri_value(graph), nquads, trig_block_of_rows(graph, rows, nquads) if rows else b""


def _process(task: str | RawArticle) -> list[tuple]:
    """One task through every stage: a file the worker reads itself (so reading and
    decoding run in parallel too), or one record of a JSON Lines archive the main process
    streams. Results are ("article", source, (graph, nquads, trig)) or ("skip", source,
    message): plain text and bytes, to cross process boundaries."""
    results: list[tuple] = []

    def skip(error: InputError) -> None:
        results.append(("skip", None, str(error)))

    if isinstance(task, RawArticle):
        raws, source = [task], task.source
    else:
        from graph.sources import read_source

        source = task
        try:
            raws = list(read_source(Path(task), on_error=skip))
        except InputError as error:
            return results + [("skip", source, str(error))]
    for raw in raws:
        try:
            results.append(("article", raw.source, article_graph(raw, _WORKER_BASE)))
        except VnkgError as error:
            results.append(("skip", raw.source, str(error)))
    return results


_WORKER_BASE = DEFAULT_BASE


def _set_base(base: str) -> None:
    global _WORKER_BASE
    _WORKER_BASE = base


def _chunk_size(paths: list[Path], jobs: int) -> int:
    """Tasks per message to a worker. The parent pays per message (thread wake-ups,
    pickling): on 10,000 articles with two jobs its CPU time fell from about 3.0 s to
    1.3 s going from 8 to 32. A few files still spread over every worker."""
    from graph.sources import FORMATS

    if any(FORMATS["jsonl"].sniff(path, b"") for path in paths):
        return 32
    return max(1, min(32, len(paths) // (4 * jobs)))


def _tasks(paths: list[Path], on_error: Callable[[InputError], None]):
    """Files as they are; archives split into their records here, as they stream."""
    from graph.sources import FORMATS, read_source

    for path in paths:
        if FORMATS["jsonl"].sniff(path, b""):
            try:
                yield from read_source(path, on_error)
            except InputError as error:
                on_error(error)
        else:
            yield str(path)


@dataclass
class ArticleGraphs:
    """Each article's statements as N-Quads text and as a TriG block, by graph IRI."""

    nquads: dict[str, bytes] = field(default_factory=dict)
    trig: dict[str, bytes] = field(default_factory=dict)

    def put(self, graph: str, nquads: bytes, trig: bytes | None) -> None:
        if graph in self.nquads:  # two files with one name: one article graph
            nquads = b"".join(sorted(set((self.nquads[graph] + nquads).splitlines(keepends=True))))
            trig = None
        self.nquads[graph] = nquads
        self.trig[graph] = trig if trig is not None else trig_block(nquads)


def build_graphs(paths: list[Path], base: str = DEFAULT_BASE, strict: bool = False,
                 on_skip: Callable[[str, str], None] | None = None,
                 on_article: Callable[[str], None] | None = None, jobs: int = 1) -> tuple[ArticleGraphs, BuildSummary]:
    """Read each file (text, HTML, JSON Lines), run the stages, keep each article's
    statements; a bad file or line is skipped with its reason (or stops the build when
    strict). With jobs > 1 articles run in worker processes; results come in input
    order, so the output does not depend on jobs. Articles stream: the corpus text is
    never held whole, only the graph."""
    summary = BuildSummary()
    graphs = ArticleGraphs()

    def skipped(error: InputError | str) -> None:
        if strict:
            raise error if isinstance(error, InputError) else InputError(error)
        text = str(error)
        summary.skipped.append((text.split(": ", 1)[0], text))
        if on_skip:
            on_skip(text.split(": ", 1)[0], text)

    tasks = _tasks(paths, skipped)
    _set_base(base)
    if jobs > 1:
        import multiprocessing

        context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        pool = context.Pool(jobs, initializer=_set_base, initargs=(base,))
        results = pool.imap(_process, tasks, chunksize=_chunk_size(paths, jobs))
    else:
        pool = None
        results = map(_process, tasks)
    try:
        for task_results in results:
            for kind, source, payload in task_results:
                if kind == "skip":
                    skipped(payload)
                else:
                    graphs.put(*payload)
                    summary.articles += 1
                if on_article and source:
                    on_article(source)
    finally:
        if pool is not None:
            pool.terminate()
    return graphs, summary


CACHE = Path(".vnkg-cache") / "unlinked.nq"


def _previous_graphs(out_dir: Path) -> ArticleGraphs:
    """The per-article statements of the previous build, before cross-article linking:
    its graph.nq and graph.trig, with the few graphs that linking changed put back as
    they were read."""
    cache = out_dir / CACHE
    if not cache.exists() or not (out_dir / "graph.nq").exists():
        raise InputError(f"{out_dir}: no previous build to add to (missing {CACHE}); run a full build first")
    try:
        nquads = chunks_from_nquads((out_dir / "graph.nq").read_bytes())
        blocks = trig_blocks((out_dir / "graph.trig").read_bytes()) if (out_dir / "graph.trig").exists() else {}
        unlinked = chunks_from_nquads(cache.read_bytes())
    except OSError as error:
        raise InputError(f"{out_dir}: cannot read the previous build ({error.strerror})") from None
    previous = ArticleGraphs()
    for graph, data in nquads.items():
        original = unlinked.get(graph)
        previous.nquads[graph] = data if original is None else original
        previous.trig[graph] = blocks.get(graph) if original is None else None
    return previous


def build(inputs: list[Path], out_dir: Path, base: str = DEFAULT_BASE, strict: bool = False,
          with_views: bool = True, with_store: bool = True, on_skip=None, on_article=None,
          jobs: int = 1, add: bool = False) -> BuildSummary:
    """Build the graph from article files and directories into out_dir. With add=True
    only the given articles are read; they join (or replace) those of the previous
    build, and the result equals a full rebuild of all of them."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    paths = expand_inputs(inputs)
    if not paths:
        raise InputError(f"{', '.join(map(str, inputs))}: no article files found")
    previous = _previous_graphs(out_dir) if add else ArticleGraphs()
    graphs, summary = build_graphs(paths, base, strict, on_skip, on_article, jobs)
    if summary.articles == 0:
        raise InputError("no article could be read; nothing was written (previous exports are intact)")
    kept = [graph for graph in previous.nquads if graph not in graphs.nquads]
    summary.articles += len(kept)
    for graph in kept:
        graphs.nquads[graph] = previous.nquads[graph]
        graphs.trig[graph] = previous.trig[graph] or trig_block(previous.nquads[graph])
    chunks = link_documents_in_chunks(graphs.nquads, base)
    relinked = {graph: data for graph, data in graphs.nquads.items() if chunks[graph] is not data}
    blocks = {graph: trig_block(chunks[graph]) if graph in relinked else block
              for graph, block in graphs.trig.items()}
    summary.outputs, (summary.counts, summary.quads, summary.triples) = write_chunk_exports(
        chunks, out_dir, blocks, parallel=jobs > 1)
    write_atomic(out_dir / CACHE, lambda temporary: temporary.write_bytes(join_chunks(relinked)))
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

    replace_store(summary.outputs["nquads"], out_dir / "store", ontology_dir() / "vnkg.ttl", summary.outputs["turtle"])
    return {"store": out_dir / "store"}
