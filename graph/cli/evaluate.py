"""`vnkg eval`: score a built graph against gold annotations."""
from __future__ import annotations

from pathlib import Path

import click

from graph.evaluate import REPORT_FORMATS, evaluate, format_report


@click.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(path_type=Path),
              help="Directory of gold *.json files (one per article, ../shared/gold/FORMAT.md).")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=Path("exports/graph.ttl"),
              show_default=True, help="Graph to score: .ttl, .trig, .nt or .nq.")
@click.option("--per-article", is_flag=True, help="Add a table of F1 per article and section.")
@click.option("--details", is_flag=True, help="List every false negative (-) and false positive (+) by article.")
@click.option("--format", "fmt", type=click.Choice(sorted(REPORT_FORMATS)), default="table", show_default=True,
              help="Output format.")
def eval_command(gold_dir, graph_path, per_article, details, fmt):
    """Score a graph against gold annotations: precision, recall and F1 per section.

    Each vnkg:Article of the graph is matched to the gold file with the same article
    name; what the graph says the article mentions (vnkg:mentionedIn) is compared with
    the gold persons, roles, organizations, areas, documents (with their dates and
    issuers) and events, under the matching rules at the end of FORMAT.md. Published
    dates are scored as accuracy. Gold articles missing from the graph count as false
    negatives (with a warning line); graph articles without gold are ignored.

    \b
    Examples:
      vnkg eval --gold ../shared/gold
      vnkg eval --gold ../shared/gold --graph /tmp/out/graph.trig --details
      vnkg eval --gold ../shared/gold --per-article --format json
    """
    report = evaluate(graph_path, gold_dir)
    click.echo(format_report(report, details=details, per_article=per_article, fmt=fmt))
