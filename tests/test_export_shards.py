import pyoxigraph
from click.testing import CliRunner

from graph.cli import cli


def test_export_shards_cover_the_store_once(seed_store, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "nquads", "--split", "300", "--store", str(seed_store),
                                      "--out", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    shards = sorted((tmp_path / "a").glob("graph-*.nq"))
    quads = [q for shard in shards for q in pyoxigraph.parse(shard.read_bytes(), format=pyoxigraph.RdfFormat.N_QUADS)]
    assert len(shards) > 1 and all(len(list(pyoxigraph.parse(s.read_bytes(), format=pyoxigraph.RdfFormat.N_QUADS))) <= 300
                                   for s in shards)
    store = pyoxigraph.Store.read_only(str(seed_store))
    expected = {q for q in store.quads_for_pattern(None, None, None, None)
                if not isinstance(q.graph_name, pyoxigraph.DefaultGraph)}
    assert len(quads) == len(set(quads)) and set(quads) == expected
    CliRunner().invoke(cli, ["export", "--split", "300", "--store", str(seed_store), "--out", str(tmp_path / "b")])
    assert [s.read_bytes() for s in shards] == [s.read_bytes() for s in sorted((tmp_path / "b").glob("*.nq"))]
