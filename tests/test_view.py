"""The network view: offline, deterministic, labelled."""
import json
import re

from graph.to_rdf import Minter, iri_value
from graph.view import GROUPS, build_model, render_html, write_graph_html

TRAN_THE_DUNG = iri_value(Minter().person("Trần Thế Dũng")).rsplit("/", 1)[-1]


def test_view_model_turns_memberships_into_role_edges(seed_build):
    out, _ = seed_build
    model = build_model(out / "graph.trig")
    labels = {node.label for node in model.nodes.values()}
    assert {"Trần Thế Dũng", "Tỉnh ủy Hà Tĩnh", "Hà Tĩnh"} <= labels
    roles = {(model.nodes[s].label, label, model.nodes[t].label) for s, t, label, _ in model.edges}
    assert ("Trần Thế Dũng", "Phó Bí thư Thường trực", "Tỉnh ủy Hà Tĩnh") in roles


def test_view_html_is_offline_and_utf8(seed_build, tmp_path):
    out, _ = seed_build
    stats = write_graph_html(out / "graph.trig", tmp_path / "graph.html")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert stats.nodes > 50 and stats.edges > 50
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "vis.Network" in page and "Phó Bí thư Thường trực" in page
    for name, color, _ in GROUPS.values():
        assert color in page and name in page


def test_view_html_is_deterministic(seed_build, tmp_path):
    out, _ = seed_build
    write_graph_html(out / "graph.trig", tmp_path / "a.html")
    write_graph_html(out / "graph.trig", tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_view_keeps_best_connected_nodes_above_the_limit(seed_build):
    out, _ = seed_build
    model = build_model(out / "graph.trig")
    page, nodes, edges, reduced = render_html(model, "t", limit=20)
    assert reduced and nodes == 20
    assert "Showing the 20 best-connected of" in page
    drawn = json.loads(re.search(r"const allNodes = (\[.*?\]);\n", page).group(1))
    assert len(drawn) == 20


def test_view_pages_for_officials_bodies_provinces(seed_build, tmp_path):
    from graph.view import write_views

    out, _ = seed_build
    stats = write_views(out / "graph.trig", tmp_path / "views", {"articles": 5, "counts": {"vnkg:Official": 14}})
    names = {s.path.relative_to(tmp_path / "views").as_posix() for s in stats}
    official = f"official/{TRAN_THE_DUNG}.html"
    assert {"all.html", official, "body/tinh-uy-ha-tinh.html", "province/ha-tinh.html"} <= names
    index = (tmp_path / "views" / "index.html").read_text(encoding="utf-8")
    assert official in index and "Build: 5 article(s)" in index
    ego = (tmp_path / "views" / official).read_text(encoding="utf-8")
    assert "Posts over time" in ego and "003_0dfd54546ab2b1b6" in ego
    assert '"href": "../body/tinh-uy-ha-tinh.html"' in ego
    assert '<script src="../lib/vis-network.min.js">' in ego
    body = (tmp_path / "views" / "body" / "ban-thuong-vu-tinh-uy-ha-tinh.html").read_text(encoding="utf-8")
    assert "Tỉnh ủy Hà Tĩnh" in body and "09-NQ/TU" in body


def test_layout_of_a_big_graph_does_not_depend_on_the_hash_seed():
    """Pages are exports: the same graph must give the same page in every run. With more
    nodes than the force-laid core, the core once came from a set-ordered subgraph view."""
    import subprocess
    import sys

    code = ("import graph.view as v, random; v.LAYOUT_CORE = 20; "
            "nodes = {f'n{i}': v.Node(f'n{i}', 'Official') for i in range(100)}; rng = random.Random(3); "
            "edges = sorted({(f'n{i}', f'n{rng.randrange(100)}', 'x', 'x') for i in range(100)}); "
            "print(v._layout(v.NetworkModel(nodes, edges), sorted(nodes)))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1 and "n99" in next(iter(runs))
