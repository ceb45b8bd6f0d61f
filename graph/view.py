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
MAX_DRAWN_NODES = 3000

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
    for quad in quads:
        by_subject.setdefault(quad.subject.value, []).append(quad)
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
    edges = set()
    for subject, statements in by_subject.items():
        values = {}
        for quad in statements:
            values.setdefault(quad.predicate.value, []).append(quad.object)
        if any(q.predicate.value == RDF + "type" and q.object.value == ORG + "Membership" for q in statements):
            member, body, role = (values.get(ORG + k, [None])[0] for k in ("member", "organization", "role"))
            if member is not None and body is not None and member.value in nodes and body.value in nodes:
                role_label = _label(by_subject.get(role.value, []), "vi") if role is not None else ""
                role_en = _label(by_subject.get(role.value, []), "en") if role is not None else ""
                evidence = "; ".join(o.value for o in values.get(V + "evidence", []))
                tooltip = f"{role_label} ({role_en})\n{evidence}" if role_en else f"{role_label}\n{evidence}"
                edges.add((member.value, body.value, role_label, tooltip))
            continue
        if subject not in nodes:
            continue
        for predicate, label in _EDGES.items():
            for obj in values.get(predicate, []):
                if obj.value in nodes and obj.value != subject:
                    edges.add((subject, obj.value, label, label))
    return NetworkModel(nodes, sorted(edges))


def _label(statements, language: str) -> str:
    for quad in statements:
        if quad.predicate.value == SKOS + "prefLabel" and getattr(quad.object, "language", None) == language:
            return quad.object.value
    return ""


def _layout(model: NetworkModel, ids: list[str]) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from((s, t) for s, t, _, _ in model.edges if s in graph and t in graph)
    if not ids:
        return {}
    scale = 220 * max(1.0, len(ids) ** 0.5)
    iterations = 50 if len(ids) <= 2000 else 25
    positions = nx.spring_layout(graph, seed=7, iterations=iterations, scale=scale)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in positions.items()}


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


def render_html(model: NetworkModel, title: str, limit: int = MAX_DRAWN_NODES) -> tuple[str, int, int, bool]:
    ids, reduced = _select(model, limit)
    chosen = set(ids)
    positions = _layout(model, ids)
    degree: dict[str, int] = {n: 0 for n in ids}
    edges = [e for e in model.edges if e[0] in chosen and e[1] in chosen]
    for source, target, _, _ in edges:
        degree[source] += 1
        degree[target] += 1
    vis_nodes = []
    for index, iri in enumerate(ids):
        node = model.nodes[iri]
        group = _CLASS_GROUP[node.cls]
        _, color, shape = GROUPS[group]
        tooltip = "\n".join([f"{node.label}", f"{node.cls}" + (f" — {node.english}" if node.english else "")]
                            + node.details[:8] + [f"bài: {', '.join(sorted(node.articles))}"])
        x, y = positions.get(iri, (0.0, 0.0))
        vis_nodes.append({"id": index, "label": node.label or iri.rsplit("/", 1)[-1], "title": tooltip,
                          "group": group, "color": color, "shape": shape, "x": x, "y": y,
                          "value": 1 + degree[iri], "iri": iri})
    index_of = {iri: i for i, iri in enumerate(ids)}
    vis_edges = [{"from": index_of[s], "to": index_of[t], "label": label, "title": tip, "arrows": "to"}
                 for s, t, label, tip in edges]
    page = _TEMPLATE
    vis = resources.files("pyvis").joinpath("lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")
    css = resources.files("pyvis").joinpath("lib/vis-9.1.2/vis-network.css").read_text("utf-8")
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
    }
    for key, value in replacements.items():
        page = page.replace(key, value)
    return page, len(ids), len(vis_edges), reduced


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
<style>%%CSS%%</style>
<style>
body { margin: 0; font-family: system-ui, sans-serif; }
#bar { padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
#bar label { font-size: 13px; white-space: nowrap; }
.swatch { display: inline-block; width: 11px; height: 11px; margin-right: 4px; border-radius: 2px; }
#network { width: 100%; height: calc(100vh - 60px); }
.note { margin: 0; font-size: 12px; color: #a00; }
#counts { font-size: 12px; color: #555; }
div.vis-tooltip { white-space: pre-wrap; max-width: 480px; }
</style>
</head>
<body>
<div id="bar">
<strong>%%TITLE%%</strong>
<input id="search" type="search" placeholder="Tìm / search" list="names">
<datalist id="names"></datalist>
%%LEGEND%%
<span id="counts">%%COUNTS%%</span>
%%NOTE%%
</div>
<div id="network"></div>
<script>%%VIS%%</script>
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
window.vnkgNetwork = network;
</script>
</body>
</html>
"""
