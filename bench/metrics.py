"""Network-metric timings: plain networkx beside igraph (and rustworkx for exact betweenness).

Three parts, all in one run so that the ratios compare like with like:

1. Projection from Neo4j: ``matchmaker.synthetic.generate(N)`` (default 10,000 organisations) is
   imported into an isolated embedded Neo4j (unless NEO4J_URI is set) and the two projection
   queries plus the networkx build are timed.
2. Metrics on synthetic graphs built directly in networkx: Barabási-Albert graphs of 10,000 nodes /
   50,000 links and 100,000 nodes / 1,000,000 links (heavy-tailed, like the ecosystem), with random
   kinds and link weights. Each metric runs on both engines, with the service's rules (betweenness
   sampled from k=500 sources above 2,000 nodes, closeness above 5,000; on graphs over 200,000 links
   the bench uses ``--large-k`` 150 sources to stay within about 8 minutes). Plain-networkx
   runs that exceed ``--limit`` seconds are stopped (in a child process) and shown as ``>limit``.
3. Approximation error on the 10,000-node graph, where exact values are affordable (igraph):
   sampled betweenness, sampled closeness and the sampled average path length against exact.

    .venv/bin/python bench/metrics.py [--limit 15] [--large-k 150] [--orgs 10000] [--skip-neo4j]
        [--sizes 10000:50000 100000:1000000]
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import random
import time
from collections.abc import Callable
from typing import Any

import networkx as nx
from rich.console import Console
from rich.table import Table

from matchmaker.metrics import network as net
from matchmaker.metrics import organizations as orgs
from matchmaker.metrics.projection import Filters, fetch, to_networkx

console = Console(width=150)
KINDS = ["startup", "pharma", "cdmo", "cro", "vc", "supplier", "university", "research_institute", "government"]
SECTOR = {"vc": "finance", "university": "academia", "research_institute": "academia", "government": "government"}
_G: nx.Graph | None = None  # the graph a forked child works on (inherited, not pickled)


def synthetic(n: int, m: int, seed: int = 1) -> nx.Graph:
    """A Barabási-Albert graph with about m edges, kinds and link-type weights."""
    G = nx.barabasi_albert_graph(n, max(1, round(m / n)), seed=seed)
    rng = random.Random(seed)
    for v in G:
        kind = rng.choice(KINDS)
        G.nodes[v].update(kind=kind, sector=SECTOR.get(kind, "industry"), external=0)
    for u, v in G.edges():
        G.edges[u, v]["weight"] = float(rng.choice((1, 2, 2, 3)))
    return G


def _child(fn: Callable[[nx.Graph], Any], queue: Any) -> None:
    t0 = time.perf_counter()
    fn(_G)
    queue.put(time.perf_counter() - t0)


def timed_limited(G: nx.Graph, fn: Callable[[nx.Graph], Any], limit: float) -> float | None:
    """Seconds ``fn(G)`` takes in a forked child, or None when stopped at ``limit`` seconds."""
    global _G
    _G = G
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(fn, queue))
    proc.start()
    proc.join(limit)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    return queue.get() if not queue.empty() else None


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def nx_metrics(k: int = orgs.SAMPLE_K) -> dict[str, Callable[[nx.Graph], Any]]:
    return {
        "degree + weighted": lambda G: orgs.degrees(G),
        "betweenness": lambda G: orgs.betweenness(G, k=k, engine="networkx"),
        "closeness": lambda G: orgs.closeness(G, k=k, engine="networkx"),
        "pagerank": lambda G: orgs.pagerank(G, engine="networkx"),
        "constraint + eff. size": lambda G: orgs.brokerage(G, engine="networkx"),
        "k-core": lambda G: orgs.core_numbers(G, engine="networkx"),
        "clustering": lambda G: orgs.clustering(G, engine="networkx"),
        "components + bicomp.": lambda G: net.components(G),
        "avg path length": lambda G: net.average_path_length(G, k=k, engine="networkx"),
        "louvain + modularity": lambda G: net.louvain(G, engine="networkx"),
        "assortativity by kind": lambda G: net.kind_assortativity(G),
    }


SHARED: dict[str, Callable[[nx.Graph], Any]] = {}


def ig_metrics(g: orgs.IG, k: int = orgs.SAMPLE_K) -> dict[str, Callable[[nx.Graph], Any]]:
    shared = {"degree + weighted", "components + bicomp.", "assortativity by kind"}
    plain = nx_metrics(k)
    SHARED.update((name, plain[name]) for name in shared)
    out: dict[str, Callable[[nx.Graph], Any]] = {
        "betweenness": lambda G: orgs.betweenness(G, k=k, engine="igraph", ig_graph=g),
        "closeness": lambda G: orgs.closeness(G, k=k, engine="igraph", ig_graph=g),
        "pagerank": lambda G: orgs.pagerank(G, engine="igraph", ig_graph=g),
        "constraint + eff. size": lambda G: orgs.brokerage(G, engine="igraph", ig_graph=g),
        "k-core": lambda G: orgs.core_numbers(G, engine="igraph", ig_graph=g),
        "clustering": lambda G: orgs.clustering(G, engine="igraph", ig_graph=g),
        "avg path length": lambda G: net.average_path_length(G, k=k, engine="igraph"),
        "louvain + modularity": lambda G: net.louvain(G, engine="igraph"),
    }
    out.update(SHARED)  # no engine difference: same code on both sides
    return out


def bench_size(n: int, m: int, limit: float, k: int = orgs.SAMPLE_K) -> tuple[Table, nx.Graph]:
    gen_s, G = timed(lambda: synthetic(n, m))
    conv_s, g = timed(lambda: orgs.IG.of(G))
    table = Table(
        "metric", "networkx s", "igraph s", "ratio", "method",
        title=f"{G.number_of_nodes():,} nodes / {G.number_of_edges():,} links (generated in {gen_s:.1f} s; "
        f"igraph copy {conv_s:.1f} s, counted once below)",
    )  # fmt: skip
    fast = ig_metrics(g, k)
    total_nx = total_ig = 0.0
    nx_stopped = False
    for name, fn in nx_metrics(k).items():
        ig_s, result = timed(lambda fn=fast[name]: fn(G))
        # metrics with no igraph path run the same code: time them once
        nx_s = ig_s if fast[name] is SHARED.get(name) else timed_limited(G, fn, limit)
        method = ""
        if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], orgs.Approximation):
            a = result[1]
            method = f"{a.method}" + (f", k={a.k}" if a.k else "")
        total_ig += ig_s
        if nx_s is None:
            nx_stopped = True
            total_nx += limit  # a lower bound: the run was stopped there
            table.add_row(name, f">{limit:.0f} (stopped)", f"{ig_s:.2f}", f">{limit / max(ig_s, 1e-3):.0f}x", method)
        else:
            total_nx += nx_s
            table.add_row(name, f"{nx_s:.2f}", f"{ig_s:.2f}", f"{nx_s / max(ig_s, 1e-3):.1f}x", method)
    total_ig += conv_s
    table.add_row(
        "total", ("≥" if nx_stopped else "") + f"{total_nx:.1f}", f"{total_ig:.1f}",
        ("≥" if nx_stopped else "") + f"{total_nx / total_ig:.1f}x", "",
    )  # fmt: skip
    return table, G


def exact_betweenness(G: nx.Graph) -> tuple[str, float, dict[Any, float]]:
    """Exact betweenness on igraph and rustworkx; the igraph values serve as the reference for the errors."""
    g = orgs.IG.of(G)
    ig_s, exact = timed(lambda: orgs.betweenness(G, exact_limit=10**9, engine="igraph", ig_graph=g)[0])
    try:
        import rustworkx as rx

        r = rx.networkx_converter(G)
        rx_s, _ = timed(lambda: rx.betweenness_centrality(r, normalized=True))
        rx_txt = f"rustworkx {rx_s:.1f} s (parallel Brandes, {mp.cpu_count()} cores)"
    except ImportError:
        rx_txt = "rustworkx not installed"
    # networkx exact is not run: its sampled k=500 run above already exceeds the limit
    line = f"exact betweenness on {G.number_of_nodes():,} nodes: igraph {ig_s:.1f} s, {rx_txt}"
    return line, ig_s, exact


def approximation_errors(G: nx.Graph, ex_s: float, exact: dict[Any, float]) -> Table:
    """Sampled (service rules) against exact values, on a graph where exact is affordable."""
    g = orgs.IG.of(G)
    table = Table("metric", "sampled k", "exact s", "sampled s", "error", title="approximation error (igraph)")
    for k in (100, 500):
        sa_s, est = timed(lambda k=k: orgs.betweenness(G, exact_limit=0, k=k, engine="igraph", ig_graph=g)[0])
        top = sorted(exact, key=exact.get, reverse=True)[:100]
        top_est = set(sorted(est, key=est.get, reverse=True)[:100])
        rel = [abs(est[v] - exact[v]) / exact[v] for v in top]
        table.add_row(
            "betweenness", str(k), f"{ex_s:.1f}", f"{sa_s:.2f}",
            f"top-100 by exact: median rel. error {sorted(rel)[50]:.1%}, max {max(rel):.1%}; "
            f"top-100 overlap {len(top_est & set(top))}%; Spearman (all) {spearman(exact, est):.3f}",
        )  # fmt: skip
    ex_s, exact = timed(lambda: orgs.closeness(G, exact_limit=10**9, engine="igraph", ig_graph=g)[0])
    sa_s, est = timed(lambda: orgs.closeness(G, exact_limit=0, k=500, engine="igraph", ig_graph=g)[0])
    rel = [abs(est[v] - exact[v]) / exact[v] for v in G if exact[v]]
    table.add_row(
        "closeness", "500", f"{ex_s:.1f}", f"{sa_s:.2f}",
        f"median rel. error {sorted(rel)[len(rel) // 2]:.2%}, max {max(rel):.2%}",
    )  # fmt: skip
    ex_s, apl = timed(lambda: net.average_path_length(G, exact_limit=10**9, engine="igraph")[0])
    sa_s, est_apl = timed(lambda: net.average_path_length(G, exact_limit=0, k=500, engine="igraph")[0])
    table.add_row(
        "avg path length", "500", f"{ex_s:.1f}", f"{sa_s:.2f}",
        f"exact {apl:.4f}, sampled {est_apl:.4f} ({abs(est_apl - apl) / apl:.2%})",
    )  # fmt: skip
    return table


def spearman(a: dict[Any, float], b: dict[Any, float]) -> float:
    keys = list(a)

    def ranks(d: dict[Any, float]) -> dict[Any, float]:
        order = sorted(keys, key=lambda k: d[k])
        out: dict[Any, float] = {}
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and d[order[j + 1]] == d[order[i]]:
                j += 1
            for x in order[i : j + 1]:
                out[x] = (i + j) / 2
            i = j + 1
        return out

    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra.values()) / len(keys), sum(rb.values()) / len(keys)
    cov = sum((ra[k] - ma) * (rb[k] - mb) for k in keys)
    va = math.sqrt(sum((ra[k] - ma) ** 2 for k in keys))
    vb = math.sqrt(sum((rb[k] - mb) ** 2 for k in keys))
    return cov / (va * vb)


def bench_projection(orgs_n: int) -> str:
    from matchmaker.exchange.importer import import_records
    from matchmaker.exchange.reader import RawRecord
    from matchmaker.graph.connection import Graph
    from matchmaker.graph.schema import migrate
    from matchmaker.graph.server import isolated_server
    from matchmaker.settings import Settings
    from matchmaker.synthetic import generate

    with isolated_server(Settings(), heap="2g", pagecache="1g") as settings:
        graph = Graph.connect(settings)
        try:
            migrate(graph)
            imp_s, _ = timed(
                lambda: import_records(graph, [RawRecord("syn", i, r) for i, r in enumerate(generate(orgs_n, seed=1))])
            )
            lines = [f"projection from Neo4j ({orgs_n:,} synthetic organisations imported in {imp_s:.0f} s):"]
            for label, filters in (("whole ecosystem", Filters()), ("one kind (startup)", Filters(kinds=("startup",)))):
                fetch(graph, filters)  # warm the query plans
                q_s, proj = timed(lambda f=filters: fetch(graph, f))
                b_s, G = timed(lambda p=proj: to_networkx(p))
                lines.append(
                    f"  {label}: queries {q_s:.2f} s ({len(proj.nodes):,} organisations, {len(proj.links):,} links), "
                    f"networkx build {b_s:.2f} s -> {G.number_of_nodes():,} nodes / {G.number_of_edges():,} edges"
                )
            lines.append(graph_version_timing(graph))
            return "\n".join(lines)
        finally:
            graph.close()


# The metrics cache's graph version before the change counter: counts plus a scan for the newest
# node, kept here as the baseline.
PREVIOUS_FINGERPRINT = """
MATCH (n:Entity)
WITH count(n) AS nodes, max(n.created_at) AS last_created
RETURN nodes, COUNT { MATCH ()-[]->() } AS links, toString(last_created) AS last_created
"""


def graph_version_timing(graph: Any, repeat: int = 50) -> str:
    """Median ms of the graph version every metrics request reads first, against the previous one."""
    from matchmaker.metrics.projection import fingerprint

    def median_ms(fn: Callable[[], Any]) -> float:
        fn()
        samples = sorted(timed(fn)[0] for _ in range(repeat))
        return samples[len(samples) // 2] * 1000

    now = median_ms(lambda: fingerprint(graph))
    before = median_ms(lambda: graph.driver.execute_query(PREVIOUS_FINGERPRINT, database_=graph.database))
    return (
        f"  graph version per metrics request: {now:.2f} ms (change counter), {before:.2f} ms before "
        f"(scan for the newest node), {now / before:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=15, help="stop a plain-networkx metric after this many s")
    parser.add_argument("--orgs", type=int, default=10_000, help="organisations imported for the projection timing")
    parser.add_argument("--skip-neo4j", action="store_true")
    parser.add_argument(
        "--large-k", type=int, default=150, help="sampled sources on graphs over 200,000 links (service: 500)"
    )
    parser.add_argument("--sizes", nargs="*", default=["10000:50000", "100000:1000000"], help="nodes:links")
    args = parser.parse_args()
    t_start = time.perf_counter()
    if not args.skip_neo4j:
        console.print(bench_projection(args.orgs))
    first: nx.Graph | None = None
    for spec in args.sizes:
        n, m = (int(x) for x in spec.split(":"))
        table, G = bench_size(n, m, args.limit, orgs.SAMPLE_K if m <= 200_000 else args.large_k)
        console.print(table)
        if first is None:
            first = G
            line, ex_s, exact = exact_betweenness(G)
            console.print(line)
            console.print(approximation_errors(G, ex_s, exact))
    console.print(f"total {time.perf_counter() - t_start:.0f} s on {mp.cpu_count()} cores")


if __name__ == "__main__":
    main()
