import json

from click.testing import CliRunner

from graph.analytics import compute_stats
from graph.cli import cli


def test_analytics_centrality_communities_and_posts(seed_build):
    out, _ = seed_build
    stats = compute_stats(out / "graph.trig", top=5)
    assert len(stats.centrality) == 5
    assert stats.centrality[0]["betweenness"] >= stats.centrality[-1]["betweenness"]
    assert sum(stats.components) == sum(len(c) for c in stats.communities)
    assert {r["official"] for r in stats.several_posts} == {"Hoàng Trung Dũng", "Võ Hồng Hải", "Võ Trọng Hải"}
    assert compute_stats(out / "graph.trig", top=5) == stats  # seeded: the same every run


def test_analytics_cli_formats(seed_build):
    out, _ = seed_build
    table = CliRunner().invoke(cli, ["stats", "--graph", str(out / "graph.trig")])
    assert table.exit_code == 0 and "Officials holding several posts at once" in table.output
    as_json = CliRunner().invoke(cli, ["stats", "--graph", str(out / "graph.trig"), "--format", "json"])
    assert json.loads(as_json.output)["several_posts"]
    as_csv = CliRunner().invoke(cli, ["stats", "--graph", str(out / "graph.trig"), "--format", "csv"])
    assert as_csv.output.startswith("label,class,degree,betweenness,community")
