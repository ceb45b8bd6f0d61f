"""`vnkg stats`: who is central in the network, and what hangs together."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path

import click

from graph.analytics import compute_stats
from graph.query import display_width


def _table(rows: list[dict]) -> str:
    if not rows:
        return "(none)"
    keys = list(rows[0])
    widths = {k: max(display_width(k), *(display_width(str(r[k])) for r in rows)) for k in keys}
    pad = lambda text, k: str(text) + " " * (widths[k] - display_width(str(text)))  # noqa: E731
    lines = ["  ".join(pad(k, k) for k in keys).rstrip(), "  ".join("-" * widths[k] for k in keys)]
    lines += ["  ".join(pad(r[k], k) for k in keys).rstrip() for r in rows]
    return "\n".join(lines)


@click.command()
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=Path("exports/graph.trig"),
              show_default=True)
@click.option("--top", type=int, default=20, show_default=True, help="How many central nodes to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def stats(graph_file, top, fmt):
    """Degree and betweenness centrality of officials and bodies, connected components,
    Louvain communities, and officials holding several posts at once.

    \b
    Example:
      vnkg stats --top 10
      vnkg stats --format csv > centrality.csv
    """
    from graph.errors import InputError

    if not Path(graph_file).exists():
        raise InputError(f"{graph_file}: no such graph file; run `vnkg build` first")
    result = compute_stats(graph_file, top)
    if fmt == "json":
        click.echo(json.dumps(asdict(result), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=["label", "class", "degree", "betweenness", "community"])
        writer.writeheader()
        writer.writerows(result.centrality)
        click.echo(buffer.getvalue().rstrip())
    else:
        click.echo("Central officials and bodies\n" + _table(result.centrality))
        click.echo(f"\nConnected components: {len(result.components)} (sizes {result.components[:10]})")
        click.echo(f"Communities (Louvain): {len(result.communities)}")
        for index, members in enumerate(result.communities[:5], 1):
            click.echo(f"  {index}. {len(members)} nodes: {', '.join(members[:6])}{' …' if len(members) > 6 else ''}")
        click.echo("\nOfficials holding several posts at once\n" + _table(result.several_posts))
