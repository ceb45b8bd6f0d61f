"""`vnkg view`: write the HTML network views."""
from __future__ import annotations

from pathlib import Path

import click

from graph.view import write_graph_html, write_views


@click.command()
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=Path("exports/graph.trig"),
              show_default=True, help="Graph to draw (.trig keeps the articles apart; .ttl, .nq work too).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("exports"), show_default=True)
def view(graph_file, out_dir):
    """Write graph.html (whole graph, self-contained) and views/ (index, one view per
    official, body and province) into --out. They open offline from file://.

    \b
    Example:
      vnkg view --graph exports/graph.trig --out /tmp/views && xdg-open /tmp/views/views/index.html
    """
    from graph.errors import InputError

    if not Path(graph_file).exists():
        raise InputError(f"{graph_file}: no such graph file; run `vnkg build` first")
    whole = write_graph_html(graph_file, Path(out_dir) / "graph.html")
    pages = write_views(graph_file, Path(out_dir) / "views")
    click.echo(f"Wrote {whole.path} ({whole.nodes} nodes, {whole.edges} edges) and {len(pages)} views "
               f"in {Path(out_dir) / 'views'}/")
