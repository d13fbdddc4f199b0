"""Per-network metrics: is the ecosystem one connected, clustered, multi-hub network?

One public function per metric family on the weighted undirected organisation graph of
:mod:`matchmaker.metrics.projection`. The research behind the choice: a large connected
component with open institutions in it (Owen-Smith & Powell 2004), short paths with local
clustering (Schilling & Phelps 2007), several independent paths rather than a star around one hub
(Powell et al. 2005; Freeman 1979 for centralisation), and gatekeepers who bring in outside
knowledge (Giuliani & Bell 2005).
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Hashable
from typing import Any

import networkx as nx

from matchmaker.metrics.models import Approximation
from matchmaker.metrics.organizations import EXACT_LIMIT, IG, SAMPLE_K, SEED, Engine, choose_engine, core_numbers


def size_and_density(G: nx.Graph) -> dict[str, Any]:
    """Nodes, edges (partner pairs), links behind them, total weight, and density 2m / (n(n-1))."""
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "links": int(sum(d for _, _, d in G.edges(data="links", default=1))),
        "total_weight": float(G.size(weight="weight")),
        "density": nx.density(G),
    }


def components(G: nx.Graph) -> dict[str, Any]:
    """Connected components and the giant component's share |C_max| / n (Owen-Smith & Powell 2004),
    and the largest bicomponent's share (Powell et al. 2005: members joined by at least two
    independent paths, so the network survives the loss of any one organisation)."""
    n = G.number_of_nodes()
    comps = list(nx.connected_components(G))
    giant = max((len(c) for c in comps), default=0)
    bic = max((len(c) for c in nx.biconnected_components(G)), default=0) if G.number_of_edges() else 0
    return {
        "components": len(comps),
        "giant_component_size": giant,
        "giant_component_share": giant / n if n else 0.0,
        "largest_bicomponent_share": bic / n if n else 0.0,
    }


def average_path_length(
    G: nx.Graph, *, exact_limit: int = EXACT_LIMIT, k: int = SAMPLE_K, seed: int = SEED, engine: Engine = "auto"
) -> tuple[float | None, Approximation]:
    """Average shortest path length (hops) within the giant component (Schilling & Phelps 2007).

    L = Σ_{s≠t} d(s, t) / (n_g (n_g - 1)) over the giant component's n_g nodes; exact when
    n_g ≤ ``exact_limit``, otherwise the mean over the BFS distances from ``k`` sources drawn with a
    fixed ``seed`` (an unbiased estimate). None when the giant component has fewer than 2 nodes.
    """
    if G.number_of_nodes() == 0:
        return None, Approximation(metric="average_shortest_path_length", method="exact")
    giant = max(nx.connected_components(G), key=len)
    n_g = len(giant)
    approx = Approximation.choose(
        "average_shortest_path_length", n_g, exact_limit=exact_limit, k=k, seed=seed,
        sampled_note=f"mean of BFS distances from {k} sources in the giant component", exact_note="giant component",
    )  # fmt: skip
    sampled = approx.method == "sampled"
    if n_g < 2:
        return None, approx
    H = G.subgraph(giant)
    if not sampled:
        if choose_engine(H, engine) == "igraph":
            return IG.of(H).graph.average_path_length(directed=False), approx
        return nx.average_shortest_path_length(H), approx
    sources = random.Random(seed).sample(sorted(giant, key=str), k)
    total = 0
    pairs = 0
    if choose_engine(H, engine) == "igraph":
        g = IG.of(H)
        index = {v: i for i, v in enumerate(g.nodes)}
        for start in range(0, k, 25):  # batches bound the memory of igraph's list-of-lists result
            for row in g.graph.distances(source=[index[s] for s in sources[start : start + 25]]):
                total += sum(row)
                pairs += len(row) - 1
    else:
        for s in sources:
            dist = nx.single_source_shortest_path_length(H, s)
            total += sum(dist.values())
            pairs += len(dist) - 1
    return total / pairs, approx


def clustering_summary(G: nx.Graph) -> dict[str, float]:
    """Average local clustering (Watts & Strogatz 1998; zeros counted) and transitivity
    3 × triangles / connected triples."""
    if G.number_of_nodes() == 0:
        return {"average_clustering": 0.0, "transitivity": 0.0}
    if choose_engine(G) == "igraph":
        g = IG.of(G).graph
        return {
            "average_clustering": g.transitivity_avglocal_undirected(mode="zero"),
            "transitivity": g.transitivity_undirected(mode="zero"),
        }
    return {"average_clustering": nx.average_clustering(G), "transitivity": nx.transitivity(G)}


def degree_centralization(G: nx.Graph) -> float:
    """Freeman's (1979) degree centralisation: Σ_i (d_max - d_i) / ((n-1)(n-2)).

    1 for a star (everything runs through one hub), 0 when every member has the same degree;
    0 for fewer than three nodes.
    """
    n = G.number_of_nodes()
    if n < 3:
        return 0.0
    degs = [d for _, d in G.degree()]
    d_max = max(degs)
    return sum(d_max - d for d in degs) / ((n - 1) * (n - 2))


def louvain(G: nx.Graph, *, seed: int = SEED, engine: Engine = "auto") -> tuple[list[set[Hashable]], float | None]:
    """Louvain communities (Blondel et al. 2008) on link-type weights, seed fixed, and their
    modularity Q = Σ_c [W_c / W - (S_c / 2W)²] (Newman 2006). Largest community first;
    modularity None when there are no edges."""
    if G.number_of_edges() == 0:
        return [{v} for v in G], None
    if choose_engine(G, engine) == "igraph":
        g = IG.of(G)
        state = random.getstate()
        random.seed(seed)  # igraph draws from Python's random module
        try:
            parts = g.graph.community_multilevel(weights="weight")
        finally:
            random.setstate(state)
        comms = [{g.nodes[i] for i in part} for part in parts]
    else:
        comms = [set(c) for c in nx.community.louvain_communities(G, weight="weight", seed=seed)]
    comms.sort(key=lambda c: (-len(c), min(map(str, c))))
    return comms, nx.community.modularity(G, comms, weight="weight")


def kind_assortativity(G: nx.Graph) -> float | None:
    """Attribute assortativity by organisation kind (Newman 2003): r = (Σ_i e_ii - Σ_i a_i b_i) /
    (1 - Σ_i a_i b_i). Near 1: kinds tie among themselves; negative: across kinds. None when
    undefined (no edges, or one kind only)."""
    if G.number_of_edges() == 0:
        return None
    try:
        r = nx.attribute_assortativity_coefficient(G, "kind")
    except (ZeroDivisionError, ValueError):
        return None
    return None if r is None or math.isnan(r) else float(r)


def sector_ties(G: nx.Graph) -> tuple[float | None, dict[str, int]]:
    """Share of ties that join two sectors (academia, industry, finance, government, support),
    over edges whose two ends have a known sector, and the edge count per sector pair.
    Owen-Smith & Powell (2004): open, cross-sector ties keep knowledge flowing."""
    pairs: Counter[str] = Counter()
    cross = known = 0
    for u, v in G.edges():
        a, b = G.nodes[u].get("sector"), G.nodes[v].get("sector")
        if not a or not b:
            continue
        known += 1
        cross += a != b
        pairs["-".join(sorted((a, b)))] += 1
    return (cross / known if known else None), dict(sorted(pairs.items()))


def core_periphery(G: nx.Graph, *, core: dict[Hashable, int] | None = None) -> dict[str, Any]:
    """Core and periphery by k-cores (Seidman 1983): the core is the highest k-core (every member
    has at least k_max partners inside it); the periphery is every node with core number ≤ 1
    (isolates and tree-like fringes). Isolates (no tie) and weakly tied members (one partner)
    are listed by id."""
    core = core if core is not None else core_numbers(G)
    k_max = max(core.values(), default=0)
    members = sorted((v for v, c in core.items() if c == k_max and k_max > 0), key=str)
    deg = dict(G.degree())
    return {
        "max_core_number": k_max,
        "core_size": len(members),
        "core_members": members,
        "periphery_size": sum(1 for c in core.values() if c <= 1) if k_max > 0 else 0,  # no ties: no periphery
        "isolates": sorted((v for v, d in deg.items() if d == 0), key=str),
        "weakly_tied": sorted((v for v, d in deg.items() if d == 1), key=str),
    }


def gatekeeper_share(G: nx.Graph) -> float | None:
    """Share of members with at least one partner outside the selection (or abroad, for the
    whole ecosystem): Giuliani & Bell's (2005) gatekeepers, who bring outside knowledge in."""
    n = G.number_of_nodes()
    if not n:
        return None
    return sum(1 for _, e in G.nodes(data="external", default=0) if e) / n


def network_metrics(
    G: nx.Graph, *, exact_limit: int = EXACT_LIMIT, k: int = SAMPLE_K, seed: int = SEED, engine: Engine = "auto"
) -> tuple[dict[str, Any], list[set[Hashable]]]:
    """Every per-network metric as a dict for :class:`~matchmaker.metrics.models.NetworkMetrics`,
    and the Louvain communities (for labelling organisations)."""
    out: dict[str, Any] = {}
    out.update(size_and_density(G))
    out.update(components(G))
    apl, approx = average_path_length(G, exact_limit=exact_limit, k=k, seed=seed, engine=engine)
    out["average_shortest_path_length"] = apl
    out.update(clustering_summary(G))
    out["degree_centralization"] = degree_centralization(G)
    comms, q = louvain(G, seed=seed, engine=engine)
    out["modularity"] = q
    out["louvain_communities"] = [
        {
            "index": i,
            "size": len(c),
            "kinds": dict(Counter(G.nodes[v].get("kind") or "unknown" for v in c).most_common()),
            "top_members": [v for v, _ in sorted(G.degree(c), key=lambda x: (-x[1], str(x[0])))[:5]],
        }
        for i, c in enumerate(comms)
        if len(c) > 1 or G.number_of_nodes() <= 50
    ][:50]
    out["kind_assortativity"] = kind_assortativity(G)
    out["cross_sector_tie_share"], out["sector_ties"] = sector_ties(G)
    out.update(core_periphery(G, core=core_numbers(G, engine=engine)))
    out["gatekeeper_share"] = gatekeeper_share(G)
    out["approximations"] = [
        approx,
        Approximation(metric="louvain", method="exact", seed=seed, note="heuristic optimum; seed fixed"),
    ]
    return out, comms


def snapshot_metrics(G: nx.Graph, *, seed: int = SEED) -> dict[str, Any]:
    """The cheap indicators a yearly snapshot needs (no Louvain, no per-node centralities)."""
    comp = components(G)
    apl, _ = average_path_length(G, k=min(SAMPLE_K, 200), seed=seed)
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "density": nx.density(G) if G.number_of_nodes() > 1 else 0.0,
        "giant_component_share": comp["giant_component_share"],
        "largest_bicomponent_share": comp["largest_bicomponent_share"],
        "average_clustering": clustering_summary(G)["average_clustering"],
        "average_shortest_path_length": apl,
        "degree_centralization": degree_centralization(G),
        "cross_sector_tie_share": sector_ties(G)[0],
        "gatekeeper_share": gatekeeper_share(G),
    }
