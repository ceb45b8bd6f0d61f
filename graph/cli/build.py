"""`vnkg build`: articles → exports/."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from graph.load import expand_inputs
from graph.pipeline import build as run_build
from graph.vocab import DEFAULT_BASE


def _wants_progress(count: int, quiet: bool) -> bool:
    return not quiet and count > 20 and sys.stderr.isatty() and not os.environ.get("CI")


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="Directory for graph.ttl, graph.trig, graph.nq, graph.html, views/ and store/.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the resources minted.")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read (exit 2).")
@click.option("--no-views", is_flag=True, help="Skip the HTML views.")
@click.option("--no-store", is_flag=True, help="Skip loading the embedded SPARQL store.")
@click.option("--add", is_flag=True,
              help="Read only INPUTS and add them to (or replace them in) the previous build in --out.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes; the output is identical for any value.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Name each article as it is read.")
def build(inputs, out_dir, base, strict, no_views, no_store, add, jobs, quiet, verbose):
    """Build the knowledge graph from article files or directories (default: seeds/).

    Reads UTF-8 text (also UTF-16 and Windows-1258), HTML pages saved from news sites
    and JSON Lines archives, with metadata from a sidecar .json or front matter.
    Writes graph.ttl (all statements), graph.trig and graph.nq (one named graph per
    article), graph.html and views/ (network views), and store/ (SPARQL store) into
    --out, then prints the number of nodes of each class. Files that cannot be read
    are skipped with one line each (exit status 0), or stop the build with --strict
    (exit status 2); an interrupted build (Ctrl-C, exit 130) leaves the previous
    exports as they were.

    \b
    Examples:
      vnkg build
      vnkg build articles/ more/article.txt --out /tmp/graph --jobs 2
      vnkg build archive.jsonl saved-page.html
      vnkg build --add new-article.txt          # only the new article is read
    """
    if add and not inputs:
        raise click.UsageError("--add needs the article files to add")
    inputs = list(inputs) or [Path("seeds")]
    total = len(expand_inputs(inputs))
    bar = click.progressbar(length=total, label="Reading articles", file=sys.stderr) \
        if _wants_progress(total, quiet) else None

    def skipped(path, reason):
        if not quiet:
            click.echo(f"skipped: {reason}", err=True)

    def read(path):
        if bar is not None:
            bar.update(1)
        elif verbose:
            click.echo(f"read: {path}", err=True)

    try:
        if bar is not None:
            bar.__enter__()
        summary = run_build(inputs, out_dir, base=base, strict=strict, with_views=not no_views,
                            with_store=not no_store, on_skip=skipped, on_article=read, jobs=jobs, add=add)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if quiet:
        return
    click.echo(f"Built {out_dir}/ from {summary.articles} article(s) in {summary.seconds:.2f} s: "
               f"{summary.triples} triples, {summary.quads} quads"
               + (f"; {len(summary.skipped)} skipped (reasons above)" if summary.skipped else ""))
    width = max((len(name) for name in summary.counts), default=0)
    for name, count in summary.counts.items():
        click.echo(f"  {name:<{width}}  {count:>6}")
