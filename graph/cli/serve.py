"""`vnkg serve`: a read-only SPARQL endpoint over the embedded store."""
from __future__ import annotations

from pathlib import Path

import click

from graph.serve import serve as run_server


@click.command()
@click.option("--store", type=click.Path(path_type=Path), default=Path("exports/store"), show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", type=int, default=7878, show_default=True)
@click.option("--timeout", type=float, default=None, help="Stop queries after this many seconds.")
def serve(store, host, port, timeout):
    """Serve the graph as a SPARQL 1.1 Protocol endpoint (read-only, CORS on).

    Open http://HOST:PORT/ for a query page; send queries to /query (GET, form POST,
    or POST with Content-Type application/sparql-query). Updates are refused.
    Ctrl-C stops the server.

    \b
    Example:
      vnkg serve --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 3' http://127.0.0.1:7878/query
    """
    click.echo(f"Serving {store} at http://{host}:{port}/ (read-only; Ctrl-C to stop)")
    raise SystemExit(_serve(store, host, port, timeout))


def _serve(store, host, port, timeout):
    status = run_server(store, host, port, timeout)
    return 0 if status in (0, -2, -15, 130, 143) else status
