"""The build end to end on the seeds, through the CLI."""

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from graph.cli import cli
from tests.conftest import SEEDS


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_build_cli_writes_exports_and_counts(tmp_path):
    result = run("build", str(SEEDS), "--out", str(tmp_path), "--no-views", "--no-store")
    assert result.exit_code == 0
    assert "from 5 article(s)" in result.output
    assert "vnkg:Official" in result.output
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (tmp_path / name).stat().st_size > 1000


def test_build_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    run("build", str(SEEDS), "--out", str(first), "--no-views", "--no-store")
    run("build", str(SEEDS), "--out", str(second), "--no-views", "--no-store")
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_build_turtle_round_trips_through_rdflib_and_pyoxigraph(seed_build):
    out, _ = seed_build
    data = (out / "graph.ttl").read_bytes()
    via_rdflib = rdflib.Graph().parse(data=data, format="turtle")
    via_oxigraph = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(via_rdflib) == len(set(via_oxigraph)) > 500
    reserialized = via_rdflib.serialize(format="nt")
    again = set(pyoxigraph.parse(reserialized.encode(), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert again == set(via_oxigraph)


def test_build_trig_has_one_graph_per_article(seed_build):
    out, _ = seed_build
    quads = list(pyoxigraph.parse((out / "graph.trig").read_bytes(), format=pyoxigraph.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads}
    assert len(graphs) == 5
    assert all(g.startswith("https://w3id.org/vnkg/id/article/") for g in graphs)


def test_build_skips_bad_file_and_keeps_going(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text((SEEDS / "000_fccdc8ef853b0581.txt").read_text())
    (corpus / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out"), "--no-views",
                                      "--no-store"])
    assert result.exit_code == 0
    assert f"skipped: {corpus / 'empty.txt'}: file is empty" in result.output


def test_build_strict_stops_with_exit_2(tmp_path):
    from graph.cli import main

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("")
    with pytest.raises(SystemExit) as stop:
        main(["build", str(corpus), "--out", str(tmp_path / "out"), "--strict", "--no-views", "--no-store"])
    assert stop.value.code == 2
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_build_failure_leaves_previous_exports(tmp_path):
    from graph.cli import main

    out = tmp_path / "out"
    run("build", str(SEEDS / "000_fccdc8ef853b0581.txt"), "--out", str(out), "--no-views", "--no-store")
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 100)
    with pytest.raises(SystemExit) as stop:
        main(["build", str(bad), "--out", str(out), "--no-views", "--no-store"])
    assert stop.value.code == 2
    assert (out / "graph.ttl").read_bytes() == before


def test_build_parallel_output_identical(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run("build", str(SEEDS), "--out", str(one), "--no-views", "--no-store", "--jobs", "1")
    run("build", str(SEEDS), "--out", str(two), "--no-views", "--no-store", "--jobs", "2")
    assert (one / "graph.nq").read_bytes() == (two / "graph.nq").read_bytes()


def test_build_links_undated_citation_to_the_dated_document(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ngày 3/4/2020, Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt Chỉ thị số "
                                  "05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Các địa phương tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\n",
                                  encoding="utf-8")
    (corpus / "c.txt").write_text("Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết số 18-NQ/TW "
                                  "ngày 28/1/2022 của Ban Chấp hành Trung ương.\n", encoding="utf-8")
    run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-views", "--no-store")
    nquads = (tmp_path / "out" / "graph.nq").read_text()
    assert "document/bo-chinh-tri/2016/05-ct-tw" in nquads
    assert "/undated/05-ct-tw" not in nquads
    # same number, two terms: two documents
    assert "/2017/18-nq-tw" in nquads and "/2022/18-nq-tw" in nquads


def test_build_add_equals_full_rebuild(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    full, incremental = tmp_path / "full", tmp_path / "inc"
    run("build", str(SEEDS), "--out", str(full), "--no-views")
    run("build", *map(str, seeds[:3]), "--out", str(incremental), "--no-views")
    result = run("build", "--add", *map(str, seeds[3:]), "--out", str(incremental), "--no-views")
    assert "from 5 article(s)" in result.output
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (full / name).read_bytes() == (incremental / name).read_bytes()
    import pyoxigraph
    stores = [pyoxigraph.Store.read_only(str(d / "store")) for d in (full, incremental)]
    assert set(stores[0].quads_for_pattern(None, None, None, None)) == \
        set(stores[1].quads_for_pattern(None, None, None, None))


def test_build_add_replaces_a_changed_article(tmp_path):
    out = tmp_path / "out"
    article = tmp_path / "a.txt"
    article.write_text("Bí thư Tỉnh ủy Nghệ An Nguyễn Văn An phát biểu.\n", encoding="utf-8")
    run("build", str(article), "--out", str(out), "--no-views", "--no-store")
    article.write_text("Bí thư Tỉnh ủy Nghệ An Lê Văn Bình phát biểu.\n", encoding="utf-8")
    run("build", "--add", str(article), "--out", str(out), "--no-views", "--no-store")
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Lê Văn Bình" in graph and "Nguyễn Văn An" not in graph


def test_build_site_tells_the_province(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("(Baonghean.vn) - Chiều 3/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Bí thư Tỉnh ủy "
                       "Nguyễn Văn An phát biểu.\n", encoding="utf-8")
    run("build", str(article), "--out", str(tmp_path / "out"), "--no-views", "--no-store")
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert '"Tỉnh ủy Nghệ An"@vi' in graph and '"Ban Thường vụ Tỉnh ủy Nghệ An"@vi' in graph


def test_workers_get_large_chunks_but_a_few_files_still_spread(tmp_path):
    from graph.pipeline import _chunk_size

    assert _chunk_size([tmp_path / f"{n}.txt" for n in range(10_000)], 2) == 32
    assert _chunk_size([tmp_path / f"{n}.txt" for n in range(20)], 2) == 2
    assert _chunk_size([tmp_path / "one.txt"], 2) == 1
    assert _chunk_size([tmp_path / "archive.jsonl"], 2) == 32  # records, not files
