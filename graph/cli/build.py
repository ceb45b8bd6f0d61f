"""`vnkg build`: articles → exports/."""
from __future__ import annotations

from pathlib import Path

import click

from graph.pipeline import build as run_build
from graph.vocab import DEFAULT_BASE


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
def build(inputs, out_dir, base, strict, no_views, no_store, add, jobs, quiet):
    """Build the knowledge graph from article files or directories (default: seeds/).

    Writes graph.ttl (all statements), graph.trig and graph.nq (one named graph per
    article), graph.html and views/ (network views), and store/ (SPARQL store) into
    --out, then prints the number of nodes of each class. Files that cannot be read
    are skipped with one line each (exit status 0), or stop the build with --strict.

    \b
    Examples:
      vnkg build
      vnkg build articles/ more/article.txt --out /tmp/graph
      vnkg build --add new-article.txt          # only the new article is read
    """
    if add and not inputs:
        raise click.UsageError("--add needs the article files to add")
    inputs = list(inputs) or [Path("seeds")]

    def skipped(path, reason):
        click.echo(f"skipped: {reason}", err=True)

    summary = run_build(inputs, out_dir, base=base, strict=strict, with_views=not no_views,
                        with_store=not no_store, on_skip=skipped, jobs=jobs, add=add)
    if quiet:
        return
    click.echo(f"Built {out_dir}/ from {summary.articles} article(s) in {summary.seconds:.2f} s: "
               f"{summary.triples} triples, {summary.quads} quads"
               + (f"; {len(summary.skipped)} file(s) skipped" if summary.skipped else ""))
    width = max((len(name) for name in summary.counts), default=0)
    for name, count in summary.counts.items():
        click.echo(f"  {name:<{width}}  {count:>6}")
