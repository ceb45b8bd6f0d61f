"""`vnkg push`: upload the graph to a SPARQL server."""
from __future__ import annotations

from pathlib import Path

import click

from graph.push import push_graph_store, push_update


@click.command()
@click.option("--graph-store", "graph_store", default=None, help="Graph Store Protocol endpoint URL.")
@click.option("--update", "update_url", default=None, help="SPARQL Update endpoint URL (alternative).")
@click.option("--store", type=click.Path(path_type=Path), default=Path("exports/store"), show_default=True)
@click.option("--user", default=None)
@click.option("--password", default=None, envvar="VNKG_PUSH_PASSWORD", help="Or set VNKG_PUSH_PASSWORD.")
@click.option("--basic", is_flag=True, help="HTTP basic instead of digest authentication.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds per HTTP request.")
def push(graph_store, update_url, store, user, password, basic, timeout):
    """Push each article's named graph and the ontology to a SPARQL server, replacing
    those graphs (pushing again changes nothing).

    \b
    Examples (Virtuoso):
      vnkg push --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba
      vnkg push --update http://127.0.0.1:8890/sparql-auth --user dba --password dba
    """
    if bool(graph_store) == bool(update_url):
        raise click.UsageError("give exactly one of --graph-store URL or --update URL")

    def report(graph, count):
        click.echo(f"  {graph}  {count} triples")

    if graph_store:
        stats = push_graph_store(store, graph_store, user, password, not basic, timeout, report)
    else:
        stats = push_update(store, update_url, user, password, not basic, timeout, on_graph=report)
    click.echo(f"Pushed {stats.graphs} graphs, {stats.triples} triples.")
