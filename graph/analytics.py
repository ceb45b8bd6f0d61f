"""Network analytics over the graph (networkx): who is central, what hangs together."""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from graph.view import NetworkModel, build_model

_PEOPLE_AND_BODIES = {"Official", "PartyCommittee", "ExecutiveCommittee", "StandingCommittee", "Politburo",
                      "Secretariat", "CentralCommittee", "PartyAgency", "PartyDelegation", "PeoplesCouncil",
                      "PeoplesCommittee", "FatherlandFront", "EmulationCluster", "Government", "OtherOrganization"}


@dataclass
class Stats:
    centrality: list[dict]  # officials and bodies: label, class, degree, betweenness, community
    components: list[int]  # sizes, largest first
    communities: list[list[str]]  # labels, largest first
    several_posts: list[dict]  # official, posts


def network(model: NetworkModel) -> nx.Graph:
    graph = nx.Graph()
    for iri, node in model.nodes.items():
        graph.add_node(iri, label=node.label, cls=node.cls)
    graph.add_edges_from((s, t) for s, t, _, _ in model.edges)
    return graph


def compute_stats(source, top: int = 20) -> Stats:
    """Degree and betweenness centrality, components, Louvain communities (fixed seed)."""
    model = build_model(source)
    graph = network(model)
    degree = nx.degree_centrality(graph) if len(graph) > 1 else {n: 0.0 for n in graph}
    k = None if len(graph) <= 2000 else 500
    betweenness = nx.betweenness_centrality(graph, k=k, seed=7) if len(graph) > 2 else {n: 0.0 for n in graph}
    communities = sorted((sorted(c) for c in nx.community.louvain_communities(graph, seed=7)),
                         key=lambda c: (-len(c), c)) if len(graph) else []
    community_of = {n: i + 1 for i, c in enumerate(communities) for n in c}
    rows = [{"label": model.nodes[n].label, "class": model.nodes[n].cls, "degree": round(degree[n], 4),
             "betweenness": round(betweenness[n], 4), "community": community_of.get(n, 0)}
            for n in graph if model.nodes[n].cls in _PEOPLE_AND_BODIES]
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["label"]))
    posts: dict[str, set[tuple[str, str]]] = {}
    for person, role, body, article, _ in model.memberships:
        posts.setdefault((person, article), set()).add((role, model.nodes[body].label))
    several = sorted(({"official": model.nodes[p].label, "article": a,
                       "posts": " | ".join(f"{r} — {b}" for r, b in sorted(v))}
                      for (p, a), v in posts.items() if len(v) > 1), key=lambda r: (r["official"], r["article"]))
    return Stats(rows[:top], sorted((len(c) for c in nx.connected_components(graph)), reverse=True),
                 [[model.nodes[n].label for n in c] for c in communities], several)
