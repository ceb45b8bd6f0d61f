"""View stage: the graph as an interactive network page that opens offline.

The page is our own template with vis-network (shipped inside the pyvis package) inlined:
pyvis's own `write_html` pulls Bootstrap from CDNs even with `cdn_resources="in_line"`
and writes in the platform encoding, so we only borrow its copy of vis-network. Nodes
are laid out in Python (networkx, seeded) so the browser has nothing to simulate and
the same graph gives the same bytes.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph

from graph.export import write_atomic
from graph.vocab import PREFIXES

V, ORG, SCHEMA, SKOS, FOAF, RDF = (PREFIXES[p] for p in ("vnkg", "org", "schema", "skos", "foaf", "rdf"))
MAX_DRAWN_NODES = 10000
LAYOUT_CORE = 1500

# class local name → (group, color, shape)
GROUPS = {
    "Official": ("Cán bộ / Official", "#d62728", "dot"),
    "party": ("Cơ quan Đảng / Party body", "#ff7f0e", "box"),
    "state": ("Cơ quan nhà nước, MTTQ / State body", "#1f77b4", "box"),
    "other": ("Tổ chức khác / Other body", "#7f7f7f", "box"),
    "area": ("Đơn vị hành chính / Area", "#2ca02c", "triangle"),
    "document": ("Văn bản / Document", "#9467bd", "square"),
    "meeting": ("Hội nghị / Meeting", "#8c564b", "star"),
}
_CLASS_GROUP = {
    **{c: "party" for c in ("PartyCommittee", "ExecutiveCommittee", "StandingCommittee", "Politburo", "Secretariat",
                            "CentralCommittee", "PartyAgency", "PartyDelegation")},
    **{c: "state" for c in ("PeoplesCouncil", "PeoplesCommittee", "FatherlandFront", "Government")},
    **{c: "other" for c in ("OtherOrganization", "EmulationCluster")},
    **{c: "area" for c in ("Country", "Province", "City", "Town", "District", "Commune", "Village")},
    **{c: "document" for c in ("Resolution", "Directive", "Regulation", "Conclusion", "Decision", "OfficialLetter",
                               "Decree", "Charter", "Notice", "Plan", "OtherDocument")},
    **{c: "meeting" for c in ("Conference", "Congress", "Meeting")},
    "Official": "Official",
}
_DOCUMENTS = {c for c, g in _CLASS_GROUP.items() if g == "document"}
_EDGES = {
    ORG + "subOrganizationOf": "thuộc",
    V + "jurisdiction": "địa bàn",
    V + "partOf": "thuộc",
    V + "issuedBy": "ban hành",
    SCHEMA + "organizer": "tổ chức",
    V + "chair": "chủ trì",
    SCHEMA + "attendee": "dự",
    V + "concerns": "về văn bản",
}


@dataclass
class Node:
    iri: str
    cls: str
    label: str = ""
    english: str = ""
    details: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)


@dataclass
class NetworkModel:
    nodes: dict[str, Node]
    edges: list[tuple[str, str, str, str]]  # source, target, label, tooltip
    # (official, role, body, article identifier, article date) for timelines
    memberships: list[tuple[str, str, str, str, str]] = field(default_factory=list)


@dataclass
class ViewStats:
    path: Path
    nodes: int
    edges: int
    aggregated: bool = False


def _quads(source) -> list:
    if isinstance(source, (str, Path)):
        path = Path(source)
        fmt = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".trig": pyoxigraph.RdfFormat.TRIG,
               ".nq": pyoxigraph.RdfFormat.N_QUADS, ".nt": pyoxigraph.RdfFormat.N_TRIPLES}[path.suffix]
        return list(pyoxigraph.parse(path.read_bytes(), format=fmt))
    if isinstance(source, pyoxigraph.Store):
        return list(source.quads_for_pattern(None, None, None, None))
    return [pyoxigraph.Quad(pyoxigraph.NamedNode(str(s)), pyoxigraph.NamedNode(str(p)),
                            pyoxigraph.Literal(str(o)) if not hasattr(o, "n3") or o.__class__.__name__ == "Literal"
                            else pyoxigraph.NamedNode(str(o))) for s, p, o in source]


def build_model(source) -> NetworkModel:
    """Nodes and labelled edges from the graph: memberships become official → body edges
    labelled with the role, which is what people want to see."""
    quads = _quads(source)
    by_subject: dict[str, list] = {}
    seen = set()
    for quad in quads:
        triple = pyoxigraph.Triple(quad.subject, quad.predicate, quad.object)
        if triple not in seen:
            seen.add(triple)
            by_subject.setdefault(quad.subject.value, []).append(triple)
    article_dates = {}
    for subject, statements in by_subject.items():
        for triple in statements:
            if triple.predicate.value == PREFIXES["dcterms"] + "date":
                article_dates[subject] = triple.object.value
    nodes: dict[str, Node] = {}
    for subject, statements in by_subject.items():
        for quad in statements:
            if quad.predicate.value == RDF + "type" and quad.object.value.startswith(V):
                cls = quad.object.value[len(V):]
                if cls in _CLASS_GROUP:
                    nodes[subject] = Node(subject, cls)
    for iri, node in nodes.items():
        for quad in by_subject[iri]:
            predicate, obj = quad.predicate.value, quad.object
            if predicate in (SKOS + "prefLabel", FOAF + "name") and isinstance(obj, pyoxigraph.Literal):
                if obj.language == "en":
                    node.english = obj.value
                elif not node.label:
                    node.label = obj.value
            elif predicate == SKOS + "altLabel":
                node.details.append(f"cũng gọi: {obj.value}")
            elif predicate in (V + "documentNumber", PREFIXES["dcterms"] + "title") and node.cls in _DOCUMENTS:
                if predicate == V + "documentNumber" or not node.label:
                    node.label = obj.value if predicate == V + "documentNumber" else obj.value[:60]
                node.details.append(obj.value)
            elif predicate in (SCHEMA + "startDate", PREFIXES["dcterms"] + "issued", V + "isoCode"):
                node.details.append(f"{predicate.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}: {obj.value}")
            elif predicate in (V + "mentionedIn", V + "inferredIn"):
                node.articles.add(obj.value.rsplit("/", 1)[-1])
            elif predicate == V + "evidence":
                node.details.append(f"“{obj.value}”")
            elif predicate == PREFIXES["rdfs"] + "label" and not node.label:
                node.label = obj.value
    edges: dict[tuple[str, str, str], set[str]] = {}
    memberships = set()
    for subject, statements in by_subject.items():
        values = {}
        for quad in statements:
            values.setdefault(quad.predicate.value, []).append(quad.object)
        if any(q.predicate.value == RDF + "type" and q.object.value == ORG + "Membership" for q in statements):
            member, body, role = (values.get(ORG + k, [None])[0] for k in ("member", "organization", "role"))
            if member is not None and body is not None and member.value in nodes and body.value in nodes:
                role_label = _label(by_subject.get(role.value, []), "vi") if role is not None else ""
                role_en = _label(by_subject.get(role.value, []), "en") if role is not None else ""
                tips = edges.setdefault((member.value, body.value, role_label),
                                        {f"{role_label} ({role_en})" if role_en else role_label})
                tips.update(o.value for o in values.get(V + "evidence", []))
                for article in values.get(V + "mentionedIn", []):
                    memberships.add((member.value, role_label, body.value, article.value.rsplit("/", 1)[-1],
                                     article_dates.get(article.value, "")))
            continue
        if subject not in nodes:
            continue
        for predicate, label in _EDGES.items():
            for obj in values.get(predicate, []):
                if obj.value in nodes and obj.value != subject:
                    edges.setdefault((subject, obj.value, label), {label})
    flat = sorted((s, t, label, "\n".join(sorted(tips, key=lambda tip: (tip != label, tip)))[:1500])
                  for (s, t, label), tips in edges.items())
    return NetworkModel(nodes, flat, sorted(memberships))


def _label(statements, language: str) -> str:
    for quad in statements:
        if quad.predicate.value == SKOS + "prefLabel" and getattr(quad.object, "language", None) == language:
            return quad.object.value
    return ""


def _layout(model: NetworkModel, ids: list[str]) -> dict[str, tuple[float, float]]:
    """Positions computed here so the browser runs no physics. A force layout of the
    best-connected nodes (networkx, seeded), then every other node placed beside its
    best-connected neighbour: force layouts cost minutes beyond a few thousand nodes."""
    import random

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from((s, t) for s, t, _, _ in model.edges if s in graph and t in graph)
    if not ids:
        return {}
    scale = 110 * max(1.0, len(ids) ** 0.5)
    core = ids if len(ids) <= LAYOUT_CORE else sorted(ids, key=lambda n: (-graph.degree(n), n))[:LAYOUT_CORE]
    # (the core's own graph, nodes in sorted order: a subgraph view of a few of many nodes
    # iterates a set, whose order changes from run to run, and so would the layout)
    core_graph = nx.Graph()
    core_graph.add_nodes_from(sorted(core))
    in_core = set(core)
    core_graph.add_edges_from((s, t) for s, t in graph.edges if s in in_core and t in in_core)
    positions = nx.spring_layout(core_graph, seed=7, iterations=50 if len(core) <= 1000 else 30, scale=scale)
    placed = {n: (float(x), float(y)) for n, (x, y) in positions.items()}
    rng = random.Random(7)
    pending = [n for n in ids if n not in placed]
    for _ in range(3):  # nodes whose neighbours are placed first, then their neighbours
        later = []
        for node in pending:
            anchors = sorted((m for m in graph.neighbors(node) if m in placed), key=lambda m: (-graph.degree(m), m))
            if anchors:
                x, y = placed[anchors[0]]
                placed[node] = (x + rng.uniform(-40, 40), y + rng.uniform(-40, 40))
            else:
                later.append(node)
        pending = later
    for node in pending:
        placed[node] = (rng.uniform(-scale, scale), rng.uniform(-scale, scale))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in placed.items()}


def _select(model: NetworkModel, limit: int) -> tuple[list[str], bool]:
    """All nodes, or the best-connected `limit` of them when a browser could not draw more."""
    ids = sorted(model.nodes)
    if len(ids) <= limit:
        return ids, False
    degree: dict[str, int] = {n: 0 for n in ids}
    for source, target, _, _ in model.edges:
        degree[source] += 1
        degree[target] += 1
    return sorted(sorted(ids, key=lambda n: (-degree[n], n))[:limit]), True


_COMMUNITY_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666",
                      "#1f78b4", "#b2df8a", "#fb9a99", "#cab2d6"]


def _centrality(ids: list[str], edges) -> tuple[dict[str, float], dict[str, int]]:
    """Betweenness (sampled on big graphs) and Louvain communities, both seeded, for the
    page's size and colour options."""
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from((s, t) for s, t, _, _ in edges)
    if len(graph) < 3:
        return {}, {}
    betweenness = nx.betweenness_centrality(graph, k=None if len(graph) <= 1500 else 200, seed=7)
    communities = sorted((sorted(c) for c in nx.community.louvain_communities(graph, seed=7)),
                         key=lambda c: (-len(c), c))
    return ({n: round(v, 5) for n, v in betweenness.items()},
            {n: index for index, members in enumerate(communities) for n in members})


def render_html(model: NetworkModel, title: str, limit: int = MAX_DRAWN_NODES, links: dict[str, str] | None = None,
                extra: str = "", back: str = "", assets: str | None = None) -> tuple[str, int, int, bool]:
    """The page; vis-network inline, or from `assets` (a relative folder beside the page)."""
    ids, reduced = _select(model, limit)
    chosen = set(ids)
    positions = _layout(model, ids)
    degree: dict[str, int] = {n: 0 for n in ids}
    edges = [e for e in model.edges if e[0] in chosen and e[1] in chosen]
    for source, target, _, _ in edges:
        degree[source] += 1
        degree[target] += 1
    betweenness, community = _centrality(ids, edges)
    vis_nodes = []
    for index, iri in enumerate(ids):
        node = model.nodes[iri]
        group = _CLASS_GROUP[node.cls]
        _, color, shape = GROUPS[group]
        tooltip = "\n".join([f"{node.label}", f"{node.cls}" + (f" — {node.english}" if node.english else "")]
                            + node.details[:8] + [f"bài: {', '.join(sorted(node.articles))}"])
        x, y = positions.get(iri, (0.0, 0.0))
        entry = {"id": index, "label": node.label or iri.rsplit("/", 1)[-1], "title": tooltip,
                 "group": group, "color": color, "shape": shape, "x": x, "y": y, "value": 1 + degree[iri], "iri": iri,
                 "degree": degree[iri], "betweenness": betweenness.get(iri, 0.0),
                 "community": _COMMUNITY_COLORS[community.get(iri, 0) % len(_COMMUNITY_COLORS)], "classColor": color}
        if links and iri in links:
            entry["href"] = links[iri]
            entry["title"] += "\n(nhấp đúp để mở / double-click to open)"
        vis_nodes.append(entry)
    index_of = {iri: i for i, iri in enumerate(ids)}
    vis_edges = [{"from": index_of[s], "to": index_of[t], "label": label, "title": tip, "arrows": "to"}
                 for s, t, label, tip in edges]
    page = _TEMPLATE
    if assets is None:
        vis, css = _vis_assets()
        page = page.replace("%%VISTAG%%", "<script>%%VIS%%</script>").replace("%%CSSTAG%%", "<style>%%CSS%%</style>")
    else:
        vis = css = ""
        page = page.replace("%%VISTAG%%", f'<script src="{assets}vis-network.min.js"></script>').replace(
            "%%CSSTAG%%", f'<link rel="stylesheet" href="{assets}vis-network.css">')
    legend = "".join(
        f'<label><input type="checkbox" class="cls" value="{key}" checked> '
        f'<span class="swatch" style="background:{color}"></span>{html.escape(name)}</label>'
        for key, (name, color, _) in GROUPS.items())
    note = (f"<p class='note'>Showing the {len(ids)} best-connected of {len(model.nodes)} nodes.</p>"
            if reduced else "")
    replacements = {
        "%%TITLE%%": html.escape(title), "%%CSS%%": css, "%%VIS%%": vis, "%%LEGEND%%": legend, "%%NOTE%%": note,
        "%%NODES%%": json.dumps(vis_nodes, ensure_ascii=False, sort_keys=True).replace("</", "<\\/"),
        "%%EDGES%%": json.dumps(vis_edges, ensure_ascii=False, sort_keys=True).replace("</", "<\\/"),
        "%%COUNTS%%": f"{len(ids)} nodes, {len(vis_edges)} edges",
        "%%EXTRA%%": extra, "%%BACK%%": back,
    }
    for key, value in replacements.items():
        page = page.replace(key, value)
    return page, len(ids), len(vis_edges), reduced


def _vis_assets() -> tuple[str, str]:
    """vis-network 9.1.2 as shipped inside the pyvis package (Apache-2.0 / MIT)."""
    folder = resources.files("pyvis").joinpath("lib/vis-9.1.2")
    return (folder.joinpath("vis-network.min.js").read_text("utf-8"),
            folder.joinpath("vis-network.css").read_text("utf-8"))


def write_graph_html(source, path: Path, title: str = "vnkg — đồ thị tri thức") -> ViewStats:
    """The whole-graph view, one self-contained UTF-8 file."""
    model = build_model(source)
    page, nodes, edges, reduced = render_html(model, title)
    write_atomic(Path(path), lambda temporary: temporary.write_text(page, encoding="utf-8"))
    return ViewStats(Path(path), nodes, edges, reduced)


_TEMPLATE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>%%TITLE%%</title>
%%CSSTAG%%
<style>
body { margin: 0; font-family: system-ui, sans-serif; }
#bar { padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
#bar label { font-size: 13px; white-space: nowrap; }
.swatch { display: inline-block; width: 11px; height: 11px; margin-right: 4px; border-radius: 2px; }
#network { width: 100%; height: calc(100vh - 60px); min-height: 480px; }
.note { margin: 0; font-size: 12px; color: #a00; }
#counts { font-size: 12px; color: #555; }
#extra { padding: 8px 12px; font-size: 13px; }
#extra table { border-collapse: collapse; }
#extra td, #extra th { border-bottom: 1px solid #eee; padding: 2px 8px; text-align: left; }
div.vis-tooltip { white-space: pre-wrap; max-width: 480px; }
</style>
</head>
<body>
<div id="bar">
%%BACK%%<strong>%%TITLE%%</strong>
<input id="search" type="search" placeholder="Tìm / search" list="names">
<datalist id="names"></datalist>
%%LEGEND%%
<label>cỡ / size <select id="sizeBy"><option value="degree">degree</option>
<option value="betweenness">betweenness</option></select></label>
<label>màu / colour <select id="colorBy"><option value="class">class</option>
<option value="community">community (Louvain)</option></select></label>
<span id="counts">%%COUNTS%%</span>
%%NOTE%%
</div>
<div id="network"></div>
%%EXTRA%%
%%VISTAG%%
<script>
const allNodes = %%NODES%%;
const allEdges = %%EDGES%%;
const nodes = new vis.DataSet(allNodes);
const edges = new vis.DataSet(allEdges);
const container = document.getElementById("network");
const network = new vis.Network(container, {nodes: nodes, edges: edges}, {
  physics: false,
  nodes: {scaling: {min: 8, max: 40}, font: {size: 14}},
  edges: {smooth: false, font: {size: 10, align: "middle"}, color: {opacity: 0.6}},
  interaction: {hover: true, tooltipDelay: 150}
});
const names = document.getElementById("names");
for (const n of allNodes) { const o = document.createElement("option"); o.value = n.label; names.appendChild(o); }
document.getElementById("search").addEventListener("change", (event) => {
  const wanted = event.target.value.trim().toLowerCase();
  const hit = allNodes.find((n) => n.label.toLowerCase() === wanted) ||
              allNodes.find((n) => n.label.toLowerCase().includes(wanted));
  if (hit) { network.selectNodes([hit.id]); network.focus(hit.id, {scale: 1.2, animation: false}); window.focusedNode = hit.id; }
});
for (const box of document.querySelectorAll("input.cls")) {
  box.addEventListener("change", () => {
    const shown = new Set([...document.querySelectorAll("input.cls:checked")].map((b) => b.value));
    nodes.update(allNodes.map((n) => ({id: n.id, hidden: !shown.has(n.group)})));
  });
}
document.getElementById("sizeBy").addEventListener("change", (event) => {
  const by = event.target.value;
  nodes.update(allNodes.map((n) => ({id: n.id, value: by === "degree" ? 1 + n.degree : 1 + 200 * n.betweenness})));
});
document.getElementById("colorBy").addEventListener("change", (event) => {
  const by = event.target.value;
  nodes.update(allNodes.map((n) => ({id: n.id, color: by === "class" ? n.classColor : n.community})));
});
network.on("doubleClick", (params) => {
  if (params.nodes.length) { const n = nodes.get(params.nodes[0]); if (n.href) { window.location.href = n.href; } }
});
window.vnkgNetwork = network;
</script>
</body>
</html>
"""


# ---------------------------------------------------------------- views/

_PARTY_OR_STATE = {c for c, g in _CLASS_GROUP.items() if g in {"party", "state", "other"}}


def _slug(iri: str) -> str:
    """A page name from an IRI: its path below the kind ("org/ha-tinh/huyen-uy-x" →
    "ha-tinh-huyen-uy-x")."""
    parts = iri.rstrip("/").split("/id/", 1)[-1].split("/")
    kept = parts[2:] if parts[0] == "area" else parts[1:]  # area IRIs carry their kind too
    return "-".join(kept) or parts[-1]


@dataclass
class _Index:
    """What every page's scope is read from, computed once: a graph of thousands of
    pages must not rescan all nodes and edges per page."""
    order: dict[str, int]  # node → its position in the model (pages keep the model's order)
    around: dict[str, set[str]]
    edges_at: dict[str, list[int]]  # node → indexes of the edges that touch it
    parents: dict[str, str]  # body → the body it belongs to
    children: dict[str, list[str]]
    part_of: dict[str, str]  # area → the area it lies in
    posts: dict[str, list[tuple[str, str, str, str, str]]]  # official → memberships


def _index(model: NetworkModel) -> _Index:
    around: dict[str, set[str]] = {iri: set() for iri in model.nodes}
    edges_at: dict[str, list[int]] = {iri: [] for iri in model.nodes}
    for number, (source, target, _, _) in enumerate(model.edges):
        around[source].add(target)
        around[target].add(source)
        edges_at[source].append(number)
        if target != source:
            edges_at[target].append(number)
    area_classes = {c for c, g in _CLASS_GROUP.items() if g == "area"}
    parents = {s: t for s, t, label, _ in model.edges if label == "thuộc" and model.nodes[s].cls in _PARTY_OR_STATE}
    children: dict[str, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    part_of = {s: t for s, t, label, _ in model.edges if label == "thuộc" and model.nodes[s].cls in area_classes}
    posts: dict[str, list] = {}
    for membership in model.memberships:
        posts.setdefault(membership[0], []).append(membership)
    return _Index({iri: n for n, iri in enumerate(model.nodes)}, around, edges_at, parents, children, part_of, posts)


def _restricted(model: NetworkModel, index: _Index, keep: set[str]) -> NetworkModel:
    kept = sorted((iri for iri in keep if iri in model.nodes), key=index.order.__getitem__)
    numbers = sorted({n for iri in kept for n in index.edges_at[iri]})
    return NetworkModel({iri: model.nodes[iri] for iri in kept},
                        [model.edges[n] for n in numbers if model.edges[n][0] in keep and model.edges[n][1] in keep],
                        model.memberships)


def _ego(model: NetworkModel, index: _Index, iri: str) -> set[str]:
    """An official's posts, bodies, meetings, their documents and co-attendees (two hops)."""
    around = index.around
    keep = {iri} | around[iri]
    for first in list(around[iri]):
        if model.nodes[first].cls in {"Conference", "Congress", "Meeting"}:
            keep |= around[first]
    return keep


def _body_scope(index: _Index, iri: str) -> set[str]:
    """A body's hierarchy up and down, members, documents issued, meetings organized."""
    parents = index.parents
    keep = {iri} | index.around[iri]
    up = iri
    while up in parents and parents[up] not in keep | {iri}:
        up = parents[up]
        keep.add(up)
    keep |= set(index.children.get(iri, ()))
    return keep


def _province_scope(model: NetworkModel, index: _Index, iri: str) -> set[str]:
    """A province's areas, the bodies whose territory lies in it, and their officials."""
    part_of = index.part_of

    def inside(area: str) -> bool:
        seen = set()
        while area not in seen:
            if area == iri:
                return True
            seen.add(area)
            if area not in part_of:
                return False
            area = part_of[area]
        return False

    areas = {a for a in model.nodes if _CLASS_GROUP[model.nodes[a].cls] == "area" and inside(a)}
    bodies = {s for s, t, label, _ in model.edges if label == "địa bàn" and t in areas}
    people = {s for s, t, _, _ in model.edges if t in bodies and model.nodes[s].cls == "Official"}
    return areas | bodies | people


def _timeline(model: NetworkModel, index: _Index, iri: str) -> str:
    rows = sorted((date, role, model.nodes[body].label, article)
                  for person, role, body, article, date in index.posts.get(iri, ()) if body in model.nodes)
    if not rows:
        return ""
    cells = "".join(f"<tr><td>{html.escape(d or '?')}</td><td>{html.escape(r)}</td><td>{html.escape(b)}</td>"
                    f"<td>{html.escape(a)}</td></tr>" for d, r, b, a in rows)
    return ("<div id='extra'><h3>Chức vụ theo thời gian / Posts over time</h3><table><tr><th>ngày bài báo</th>"
            f"<th>chức vụ</th><th>cơ quan</th><th>bài</th></tr>{cells}</table></div>")


def write_views(source, out_dir: Path, summary: dict | None = None) -> list[ViewStats]:
    """index.html, the whole graph, and one view per official, body and province,
    written into a fresh folder that replaces the old one whole (no stale pages)."""
    import shutil
    import tempfile

    final = Path(out_dir)
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.new.", dir=final.parent))
    try:
        stats = _write_views(source, staging, summary)
        if final.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{final.name}.old.", dir=final.parent))
            retired.rmdir()
            final.rename(retired)
            shutil.rmtree(retired, ignore_errors=True)
        staging.chmod(0o755)
        staging.rename(final)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return [ViewStats(final / s.path.relative_to(staging), s.nodes, s.edges, s.aggregated) for s in stats]


def _write_views(source, out_dir: Path, summary: dict | None = None) -> list[ViewStats]:
    model = build_model(source)
    out_dir = Path(out_dir)
    index = _index(model)
    kinds = {"official": [i for i, n in model.nodes.items() if n.cls == "Official"],
             "body": [i for i, n in model.nodes.items() if n.cls in _PARTY_OR_STATE],
             "province": [i for i, n in model.nodes.items() if n.cls == "Province"]}
    pages = {iri: f"{kind}/{_slug(iri)}.html" for kind, iris in kinds.items() for iri in iris}
    stats: list[ViewStats] = []
    vis, css = _vis_assets()
    write_atomic(out_dir / "lib" / "vis-network.min.js", lambda t: t.write_text(vis, encoding="utf-8"))
    write_atomic(out_dir / "lib" / "vis-network.css", lambda t: t.write_text(css, encoding="utf-8"))

    def write(relative: str, title: str, scope: NetworkModel, extra: str = "") -> None:
        depth = relative.count("/")
        prefix = "../" * depth
        links = {iri: prefix + pages[iri] for iri in scope.nodes if iri in pages}
        back = f"<a href='{prefix}index.html'>← index</a> "
        page, nodes, edges, reduced = render_html(scope, title, links=links, extra=extra, back=back,
                                                  assets=prefix + "lib/")
        path = out_dir / relative
        write_atomic(path, lambda temporary: temporary.write_text(page, encoding="utf-8"))
        stats.append(ViewStats(path, nodes, edges, reduced))

    write("all.html", "Toàn bộ đồ thị / whole graph", model)
    for iri in sorted(kinds["official"]):
        write(pages[iri], model.nodes[iri].label, _restricted(model, index, _ego(model, index, iri)),
              _timeline(model, index, iri))
    for iri in sorted(kinds["body"]):
        write(pages[iri], model.nodes[iri].label, _restricted(model, index, _body_scope(index, iri)))
    for iri in sorted(kinds["province"]):
        write(pages[iri], model.nodes[iri].label, _restricted(model, index, _province_scope(model, index, iri)))
    _write_index(out_dir, model, stats, pages, summary or {})
    return stats


def _write_index(out_dir: Path, model: NetworkModel, stats: list[ViewStats], pages: dict[str, str],
                 summary: dict) -> None:
    by_path = {s.path.relative_to(out_dir).as_posix(): s for s in stats}
    sections = []
    for kind, heading in (("official", "Cán bộ / Officials"), ("body", "Cơ quan / Bodies"),
                          ("province", "Tỉnh, thành / Provinces")):
        items = sorted((model.nodes[iri].label, page) for iri, page in pages.items() if page.startswith(kind + "/"))
        rows = "".join(f"<li data-name='{html.escape(label.casefold())}'><a href='{page}'>{html.escape(label)}</a> "
                       f"<small>{by_path[page].nodes} nodes, {by_path[page].edges} edges</small></li>"
                       for label, page in items)
        sections.append(f"<h2>{heading} ({len(items)})</h2><ul>{rows}</ul>")
    whole = by_path["all.html"]
    counts = "".join(f"<li>{html.escape(str(k))}: {v}</li>" for k, v in sorted(summary.get("counts", {}).items()))
    note = " (best-connected nodes only)" if whole.aggregated else ""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>vnkg — views</title>
<style>body {{ font-family: system-ui, sans-serif; margin: 20px; }} li.hidden {{ display: none; }}
small {{ color: #777; }}</style></head>
<body><h1>vnkg — đồ thị tri thức</h1>
<p><a href="all.html">Toàn bộ đồ thị / whole graph</a> <small>{whole.nodes} nodes, {whole.edges} edges{note}</small></p>
<p>Build: {summary.get("articles", "?")} article(s), {summary.get("skipped", 0)} skipped.</p>
<ul>{counts}</ul>
<input id="search" type="search" placeholder="Tìm cán bộ, cơ quan, tỉnh / search" size="40">
{"".join(sections)}
<script>
document.getElementById("search").addEventListener("input", (event) => {{
  const wanted = event.target.value.trim().toLowerCase();
  for (const item of document.querySelectorAll("li[data-name]")) {{
    item.classList.toggle("hidden", wanted !== "" && !item.dataset.name.includes(wanted));
  }}
}});
</script></body></html>
"""
    write_atomic(out_dir / "index.html", lambda temporary: temporary.write_text(page, encoding="utf-8"))
