"""Per-organisation metrics: who holds the network together, who brokers, who is on the edge.

One public function per metric family, each taking the weighted undirected graph of
:mod:`matchmaker.metrics.projection` and returning ``{node: value}``. Two engines give the same
numbers: networkx (the reference, used on small graphs and in the tests) and igraph (C, used
when the graph has more than :data:`IGRAPH_ABOVE` nodes and igraph is installed; ``bench/metrics.py``
measures both and checks that they agree). Path-based measures count hops: the link-type
weights say how strong a tie is, not how long, so they enter only weighted degree, PageRank and
constraint.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx

from matchmaker.metrics.models import Approximation

try:  # igraph is the fast engine; everything still works on networkx alone.
    import igraph as ig
except ImportError:  # pragma: no cover - exercised only without the dependency
    ig = None

#: Above this many nodes betweenness is sampled (k sources).
EXACT_LIMIT = 2000
#: Above this many nodes igraph computes (the same figures, in C): networkx's exact betweenness
#: and closeness on 2,000 organisations took 40 s under load (bench/load.py), igraph a fraction.
IGRAPH_ABOVE = 300
#: Sampled sources (pivots) for betweenness and average path length on large graphs.
SAMPLE_K = 500
#: Above this many nodes closeness is estimated from SAMPLE_K sources (exact costs one BFS per node).
CLOSENESS_EXACT_LIMIT = 5_000
SEED = 42
Engine = Literal["auto", "networkx", "igraph"]


@dataclass
class IG:
    """An igraph copy of a networkx graph with the node order used to map results back."""

    graph: Any
    nodes: list[Hashable]

    @classmethod
    def of(cls, G: nx.Graph) -> IG:
        nodes = list(G)
        index = {n: i for i, n in enumerate(nodes)}
        g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
        g.es["weight"] = [w for _, _, w in G.edges(data="weight", default=1.0)]
        return cls(g, nodes)

    def back(self, values: list[float]) -> dict[Hashable, float]:
        return dict(zip(self.nodes, values, strict=True))


def choose_engine(G: nx.Graph, engine: Engine = "auto") -> Literal["networkx", "igraph"]:
    if engine == "auto":
        return "igraph" if ig is not None and G.number_of_nodes() > IGRAPH_ABOVE else "networkx"
    if engine == "igraph" and ig is None:
        raise RuntimeError("igraph is not installed")
    return engine


def degrees(G: nx.Graph) -> tuple[dict[Hashable, int], dict[Hashable, float]]:
    """Degree (distinct partners) and weighted degree (sum of link-type weights of all links).

    Weighted degree is Σ_j w_ij with w_ij the summed weights of the links between i and j.
    """
    return dict(G.degree()), {n: float(d) for n, d in G.degree(weight="weight")}


def sample_sources(G: nx.Graph, k: int, seed: int = SEED) -> list[Hashable]:
    """The k pivots networkx's sampled betweenness draws for ``seed`` (same generator, same order)."""
    return random.Random(seed).sample(list(G), k)


def betweenness(
    G: nx.Graph,
    *,
    exact_limit: int = EXACT_LIMIT,
    k: int = SAMPLE_K,
    seed: int = SEED,
    engine: Engine = "auto",
    ig_graph: IG | None = None,
) -> tuple[dict[Hashable, float], Approximation]:
    """Normalised shortest-path betweenness (Freeman 1977; Brandes 2001), hop distances.

    C_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st, divided by (n-1)(n-2)/2 for an undirected graph.
    Exact when n ≤ ``exact_limit``; otherwise estimated from ``k`` source nodes drawn with a fixed
    ``seed`` (Brandes & Pich 2007), with networkx's rescaling, so both engines give the same
    estimate. The :class:`Approximation` returned says which.
    """
    n = G.number_of_nodes()
    approx = Approximation.choose(
        "betweenness", n, exact_limit=exact_limit, k=k, seed=seed,
        sampled_note=f"estimated from {k} source nodes (Brandes & Pich 2007)", exact_note="",
    )  # fmt: skip
    sampled = approx.method == "sampled"
    if choose_engine(G, engine) == "networkx" or n < 3:
        values = nx.betweenness_centrality(G, k=k if sampled else None, seed=seed if sampled else None)
        return values, approx
    g = ig_graph or IG.of(G)
    if not sampled:
        raw = g.graph.betweenness(directed=False)
        scale = 2.0 / ((n - 1) * (n - 2))
        return {v: b * scale for v, b in zip(g.nodes, raw, strict=True)}, approx
    sources = sample_sources(G, k, seed)
    index = {v: i for i, v in enumerate(g.nodes)}
    raw = g.graph.betweenness(directed=False, sources=[index[s] for s in sources])
    chosen = set(sources)
    # igraph counts each (source, target) path once; networkx counts it from the source side
    # only as well but scales sources and non-sources apart (endpoints excluded).
    s_src = 2.0 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    s_non = 2.0 / (k * (n - 2))
    return {v: b * (s_src if v in chosen else s_non) for v, b in zip(g.nodes, raw, strict=True)}, approx


def closeness(
    G: nx.Graph,
    *,
    exact_limit: int = CLOSENESS_EXACT_LIMIT,
    k: int = SAMPLE_K,
    seed: int = SEED,
    engine: Engine = "auto",
    ig_graph: IG | None = None,
) -> tuple[dict[Hashable, float], Approximation]:
    """Closeness with the Wasserman & Faust correction for disconnected graphs (Freeman 1979).

    C(u) = ((r-1)/(n-1)) · ((r-1) / Σ_v d(u, v)), r the size of u's component, hop distances;
    0 for isolates. Exact (one BFS per node) up to ``exact_limit`` nodes; above, Σ_v d(u, v) is
    estimated as (r / k_c) Σ_{s∈S} d(s, u) from ``k`` sampled sources S, k_c of them in u's
    component (Eppstein & Wang 2004); components no source fell in are computed exactly.
    """
    n = G.number_of_nodes()
    approx = Approximation.choose(
        "closeness", n, exact_limit=exact_limit, k=k, seed=seed,
        sampled_note=f"distance sums estimated from {k} sources (Eppstein & Wang 2004)", exact_note="",
    )  # fmt: skip
    sampled = approx.method == "sampled"
    used = choose_engine(G, engine)
    if not sampled and used == "networkx":
        return nx.closeness_centrality(G), approx
    g = None if used == "networkx" else ig_graph or IG.of(G)  # without igraph: one BFS per source
    comp_of: dict[Hashable, int] = {}
    comps = list(nx.connected_components(G))
    for c_i, members in enumerate(comps):
        for v in members:
            comp_of[v] = c_i
    if not sampled:
        raw = g.graph.closeness(normalized=True)
        out = {}
        for i, v in enumerate(g.nodes):
            c, r = raw[i], len(comps[comp_of[v]])
            out[v] = 0.0 if (c is None or math.isnan(c) or n < 2) else c * (r - 1) / (n - 1)
        return out, approx
    sources = sample_sources(G, k, seed)
    sums: dict[Hashable, float] = dict.fromkeys(G, 0.0)
    per_comp: dict[int, int] = {}
    for s in sources:
        per_comp[comp_of[s]] = per_comp.get(comp_of[s], 0) + 1
    if g is None:
        for s in sources:
            for v, d in nx.single_source_shortest_path_length(G, s).items():
                sums[v] += d
    else:
        import numpy as np

        index = {v: i for i, v in enumerate(g.nodes)}
        total = np.zeros(n)
        for start in range(0, k, 25):
            batch = [index[s] for s in sources[start : start + 25]]
            dist = np.array(g.graph.distances(source=batch), dtype=float)
            dist[np.isinf(dist)] = 0.0
            total += dist.sum(axis=0)
        sums = {v: float(total[i]) for i, v in enumerate(g.nodes)}
    out: dict[Hashable, float] = {}
    for c_i, members in enumerate(comps):
        r = len(members)
        if r == 1:
            out.update(dict.fromkeys(members, 0.0))
        elif c_i not in per_comp:  # small component without a pivot: exact
            out.update((v, c * (r - 1) / (n - 1)) for v, c in nx.closeness_centrality(G.subgraph(members)).items())
        else:
            k_c = per_comp[c_i]
            for v in members:
                est = sums[v] * r / k_c
                out[v] = ((r - 1) / (n - 1)) * ((r - 1) / est) if est > 0 else 0.0
    return out, approx


def pagerank(
    G: nx.Graph, *, alpha: float = 0.85, engine: Engine = "auto", ig_graph: IG | None = None
) -> dict[Hashable, float]:
    """Weighted PageRank (Brin & Page 1998), damping ``alpha``.

    PR(i) = (1-α)/n + α Σ_j PR(j) w_ji / Σ_k w_jk, dangling mass spread evenly. Chosen over
    eigenvector centrality because it is defined on disconnected networks.
    """
    if choose_engine(G, engine) == "networkx":
        return nx.pagerank(G, alpha=alpha, weight="weight")
    g = ig_graph or IG.of(G)
    return g.back(g.graph.pagerank(weights="weight", damping=alpha, directed=False))


def brokerage(
    G: nx.Graph, *, engine: Engine = "auto", ig_graph: IG | None = None
) -> tuple[dict[Hashable, float | None], dict[Hashable, float | None]]:
    """Burt's constraint (weighted) and effective size (unweighted), Burt 1992.

    constraint c_i = Σ_j (p_ij + Σ_{q≠i,j} p_iq p_qj)², p_ij = w_ij / Σ_k w_ik: low constraint
    means the ties lead to otherwise unconnected partners (a broker). Effective size
    e_i = n_i - 2 t_i / n_i (Borgatti 1997's form of Burt's measure), n_i the partners and t_i the
    ties among them: the number of non-redundant partners. Both are undefined (None) for isolates.
    """
    deg = dict(G.degree())
    if G.number_of_edges() == 0:  # every node an isolate (or none at all): both undefined
        return dict.fromkeys(G), dict.fromkeys(G)
    if choose_engine(G, engine) == "networkx":
        con = nx.constraint(G, weight="weight")
        tri = nx.triangles(G)
    else:
        g = ig_graph or IG.of(G)
        con = g.back(g.graph.constraint(weights="weight"))
        local = g.back(g.graph.transitivity_local_undirected(mode="zero"))
        tri = {v: round(local[v] * deg[v] * (deg[v] - 1) / 2) for v in G}
    constraint = {v: (None if deg[v] == 0 or con[v] is None or math.isnan(con[v]) else con[v]) for v in G}
    effective = {v: (deg[v] - 2 * tri[v] / deg[v] if deg[v] else None) for v in G}
    return constraint, effective


def core_numbers(G: nx.Graph, *, engine: Engine = "auto", ig_graph: IG | None = None) -> dict[Hashable, int]:
    """k-core number (Seidman 1983): the largest k such that the node is in a subgraph where
    every node has at least k partners. The highest k-core is the network's cohesive core."""
    if choose_engine(G, engine) == "networkx":
        return nx.core_number(G)
    g = ig_graph or IG.of(G)
    return {v: int(c) for v, c in g.back(g.graph.coreness()).items()}


def clustering(G: nx.Graph, *, engine: Engine = "auto", ig_graph: IG | None = None) -> dict[Hashable, float]:
    """Local clustering coefficient (Watts & Strogatz 1998), unweighted.

    c_i = 2 t_i / (k_i (k_i - 1)): the share of a node's partner pairs that are tied themselves;
    0 when k_i < 2."""
    if choose_engine(G, engine) == "networkx":
        return nx.clustering(G)
    g = ig_graph or IG.of(G)
    return g.back(g.graph.transitivity_local_undirected(mode="zero"))


def sectors_reached(G: nx.Graph) -> dict[Hashable, list[str]]:
    """The sectors (academia, industry, finance, government, support) of each node's partners."""
    out = {}
    for v in G:
        out[v] = sorted({s for m in G[v] if (s := G.nodes[m].get("sector"))})
    return out


def organization_metrics(
    G: nx.Graph,
    *,
    engine: Engine = "auto",
    exact_limit: int = EXACT_LIMIT,
    k: int = SAMPLE_K,
    seed: int = SEED,
) -> tuple[list[dict[str, Any]], list[Approximation], str]:
    """Every per-organisation metric, one row per node, with the approximations used and the engine."""
    used = choose_engine(G, engine)
    g = IG.of(G) if used == "igraph" else None
    deg, wdeg = degrees(G)
    bet, approx = betweenness(G, exact_limit=exact_limit, k=k, seed=seed, engine=used, ig_graph=g)
    clo, clo_approx = closeness(G, k=k, seed=seed, engine=used, ig_graph=g)
    pr = pagerank(G, engine=used, ig_graph=g)
    con, eff = brokerage(G, engine=used, ig_graph=g)
    core = core_numbers(G, engine=used, ig_graph=g)
    clu = clustering(G, engine=used, ig_graph=g)
    reach = sectors_reached(G)
    rows = []
    for v, attrs in G.nodes(data=True):
        rows.append(
            {
                "id": v,
                "name": attrs.get("name"),
                "name_ja": attrs.get("name_ja"),
                "kind": attrs.get("kind"),
                "sector": attrs.get("sector"),
                "region": attrs.get("region"),
                "degree": deg[v],
                "weighted_degree": wdeg[v],
                "betweenness": bet[v],
                "closeness": clo[v],
                "pagerank": pr[v],
                "constraint": con[v],
                "effective_size": eff[v],
                "core_number": core[v],
                "clustering": clu[v],
                "sectors_reached": reach[v],
                "external_partners": attrs.get("external", 0),
            }
        )
    return rows, [approx, clo_approx], used
