"""How far the top 10 depends on how many candidates each retrieval gathers, on a graph already
loaded by ``bench/match_latency.py --vectors hashed`` (NEO4J_URI; any size), or by the demo
(``--vectors encoder``: the configured encoder's vectors).

A match gathers the best k candidates by cosine from its main retrieval and from one retrieval per
wanted modality or certification (matching/tiers.py: k = 50 for an ask of 10), then scores them all.
For each k given, the same asks by id (drug ventures to CDMOs, CROs and VCs, suppliers to pharma and
CDMOs, universities to ventures and pharma; each a first ask) are ranked with every retrieval at that
k, and their top 10 compared with the top 10 at the shipped k: identical lists, and
how many of the top-10 places hold another organisation. p50 / p95 of each run are printed beside, in
the same run. Fewer candidates than the ranking needs to settle change what users see; this is how
much.

    NEO4J_URI=... .venv/bin/python bench/candidate_pool.py [--ks 30 25 100] [--asks 300] [--vectors encoder]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from match_latency import BY_ID_TARGETS, HashedEncoder
from rich.console import Console
from rich.table import Table

from matchmaker.embeddings.registry import get_encoder
from matchmaker.graph.connection import Graph
from matchmaker.matching import tiers
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.service import Matcher
from matchmaker.matching.store import RowStore
from matchmaker.matching.vectors import VectorCache
from matchmaker.settings import get_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ks", type=int, nargs="+", default=[30, 25, 100])
    parser.add_argument("--asks", type=int, default=300)
    parser.add_argument("--vectors", choices=("hashed", "encoder"), default="hashed", help="as the graph was embedded")
    args = parser.parse_args()
    graph = Graph.connect(get_settings())
    encoder = HashedEncoder() if args.vectors == "hashed" else get_encoder()
    seekers = graph.driver.execute_query(
        "MATCH (o:Organization) WHERE o.kind IN $kinds RETURN o.id AS id, o.kind AS kind ORDER BY o.id",
        kinds=list(BY_ID_TARGETS),
    ).records
    rng = random.Random(11)
    picked = rng.sample(seekers, min(args.asks, len(seekers)))
    asks = [(r["id"], rng.choice(BY_ID_TARGETS[r["kind"]])) for r in picked]
    cache, store = VectorCache(), RowStore()
    cache.load(graph, encoder.name)
    store.load(graph)
    matcher = Matcher(graph, encoder, cache, store)

    def run(k: int | None) -> tuple[list[list[str]], list[float]]:
        tiers.MIN_CANDIDATES, tiers.CANDIDATES_PER_RESULT = shipped_pool if k is None else (k, 0)
        tops, times = [], []
        for org_id, target in asks:
            matcher.responses.clear()
            start = time.perf_counter()
            answer = matcher.match_organization(org_id, target, MatchFilters(), 10)
            times.append((time.perf_counter() - start) * 1000)
            tops.append([m.id for m in answer.matches])
        return tops, times

    def quantiles(times: list[float]) -> str:
        q = statistics.quantiles(times, n=100, method="inclusive")
        return f"{q[49]:.1f} / {q[94]:.1f}"

    shipped_pool = tiers.MIN_CANDIDATES, tiers.CANDIDATES_PER_RESULT
    run(None)  # warm-up
    shipped, times = run(None)
    organisations = graph.driver.execute_query("MATCH (o:Organization) RETURN count(o) AS n").records[0]["n"]
    title = f"Top 10 by the candidates per retrieval (k), {organisations:,} organisations, {len(asks)} asks by id"
    table = Table(title=title)
    for col in ("k", "identical top 10", "top-10 places changed", "p50 / p95 ms"):
        table.add_column(col, justify="right")
    table.add_row("shipped (50)", f"{len(asks)}", "0", quantiles(times))
    for k in args.ks:
        tops, times = run(k)
        same = sum(a == b for a, b in zip(shipped, tops, strict=True))
        changed = sum(len(set(a) - set(b)) for a, b in zip(shipped, tops, strict=True))
        places = sum(len(a) for a in shipped)
        table.add_row(str(k), f"{same}", f"{changed} of {places} ({changed / max(1, places):.0%})", quantiles(times))
    Console(width=160).print(table)
    graph.close()


if __name__ == "__main__":
    main()
