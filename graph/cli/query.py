"""`vnkg query`: SPARQL on the built graph."""
from __future__ import annotations

from pathlib import Path

import click

from graph.query import FORMATS, format_result, run_query


@click.command()
@click.argument("query")
@click.option("--store", type=click.Path(path_type=Path), default=None,
              help="Embedded store to query [default: exports/store].")
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=None,
              help="Query a graph file (.ttl, .trig, .nq, .nt) instead of the store.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="table", show_default=True)
@click.option("--timeout", type=float, default=None, help="Stop the query after this many seconds.")
def query(query, store, graph_file, fmt, timeout):
    """Run a SPARQL query (text, or a .rq file) on the graph.

    The vocabulary's prefixes (vnkg, org, foaf, skos, dcterms, schema, prov, xsd,
    rdf, rdfs, owl) are predeclared. The default graph is the union of all articles'
    graphs; GRAPH ?article { ... } reads them one by one.

    \b
    Examples:
      vnkg query 'SELECT ?name WHERE { ?p a vnkg:Official ; foaf:name ?name }'
      vnkg query queries/posts_by_body.rq --format csv
      vnkg query 'ASK { ?d vnkg:documentNumber "09-NQ/TU" }' --graph exports/graph.ttl
    """
    source = Path(query)
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and source.is_file()):
        from graph.errors import QueryError

        if not source.is_file():
            raise QueryError(f"{source}: no such query file")
        text, name = source.read_text(encoding="utf-8"), str(source)
    else:
        text, name = query, "query"
    result = run_query(text, store=store, graph_file=graph_file, timeout=timeout, source_name=name)
    click.echo(format_result(result, fmt))
