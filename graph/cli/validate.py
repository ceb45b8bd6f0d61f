"""`vnkg validate`: check a graph against the SHACL shapes."""
from __future__ import annotations

from pathlib import Path

import click

from graph.errors import OntologyError
from graph.validate import validate_file


@click.command()
@click.argument("graph", type=click.Path(path_type=Path), default=Path("exports/graph.ttl"))
def validate(graph):
    """Check GRAPH (default exports/graph.ttl) against ontology/shapes.ttl.

    Prints "Conforms" or one line per violation (node, property, what is wrong) and
    exits with status 3 when the graph does not conform.

    \b
    Example:
      vnkg validate exports/graph.trig
    """
    report = validate_file(graph)
    if report.conforms:
        warnings = [v for v in report.violations if v.severity != "Violation"]
        click.echo(f"Conforms: {graph}, {report.triples} triples, 0 violations, {len(warnings)} warning(s)")
        for warning in warnings:
            click.echo(f"  warning: {warning.focus}  {warning.message}")
        return
    width = max(len(v.focus) for v in report.violations)
    for violation in report.violations:
        path = violation.path.rsplit("/", 1)[-1] if violation.path else "-"
        click.echo(f"{violation.focus:<{width}}  {path:<24}  {violation.message}")
    raise OntologyError(f"{graph}: {len(report.violations)} violation(s) of the shapes")
