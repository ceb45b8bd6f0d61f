"""`vnkg export`: the store as files for other tools and bulk loaders."""
from __future__ import annotations

from pathlib import Path

import click

from graph.export import write_shards
from graph.store import open_store


@click.command()
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig", "turtle"]), default="nquads", show_default=True)
@click.option("--split", type=click.IntRange(1), default=None, help="At most N statements per file (shards).")
@click.option("--store", type=click.Path(path_type=Path), default=Path("exports/store"), show_default=True)
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("exports/shards"), show_default=True)
def export(fmt, split, store, out_dir):
    """Write the graph from the store as N-Quads, TriG or Turtle, optionally split into
    shards of at most N statements (graph by graph, sorted, so the same graph gives the
    same files) for bulk loaders.

    \b
    Example:
      vnkg export --format nquads --split 100000 --out /tmp/shards
    """
    written = write_shards(open_store(store), out_dir, fmt, split)
    click.echo(f"Wrote {len(written)} file(s) to {out_dir}/")
