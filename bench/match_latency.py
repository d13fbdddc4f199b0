"""Match latency: p50/p95 of matches by id and by text over 1,000, 10,000 and 100,000 organisations.

For each size, an isolated embedded Neo4j (unless NEO4J_URI is set) is loaded with a synthetic
ecosystem, embedded with the configured encoder (its rate is printed too), and then queried in
process through the Matcher (no HTTP): by id, drug ventures looking for CDMOs, CROs and VCs and
suppliers looking for pharma; by text, Japanese and English needs. Two configurations per size:
the API's (candidates from the in-process vector cache, matching/vectors.py, loaded first; its
load time is printed) and the CLI's (Neo4j's vector index or an exact Cypher scan), the baseline.
Each figure is over the stated number of requests after a warm-up; ratios are to the
smallest size and to the baseline of the same run (with --reuse, list the size already loaded
first so the others do not clear it).

    .venv/bin/python bench/match_latency.py [--sizes 1000 10000 100000] [--requests 200] [--reuse]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from rich.console import Console
from rich.table import Table

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.registry import get_encoder
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import cypher
from matchmaker.graph.schema import migrate
from matchmaker.graph.server import isolated_server
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.service import Matcher
from matchmaker.matching.vectors import VectorCache
from matchmaker.settings import Settings, get_settings
from matchmaker.synthetic import generate

console = Console(width=200)
TEXTS = [
    ("AAVベクターの治験薬をGMPで製造できる委託先を探しています", "cdmo"),
    ("We need GMP manufacturing of our antibody drug substance for a phase 1 trial", "cdmo"),
    ("非臨床の安全性試験をお願いできるCROを探しています", "cro"),
    ("Looking for a lead investor for our Series A in gene therapy", "vc"),
    ("シングルユースバッグを評価してくれる製薬企業を探しています", "pharma"),
    ("Which pharma companies buy chromatography resins for antibody purification?", "pharma"),
    ("mRNAワクチンの充填を受託できる企業", "cdmo"),
    ("A university lab with iPS cell expertise for joint research", "university"),
]
BY_ID_TARGETS = {"startup": ["cdmo", "cro", "vc"], "supplier": ["pharma", "cdmo"], "university": ["startup", "pharma"]}


def percentiles(samples: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return q[49] * 1000, q[94] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the graph when it already holds SIZE organisations (NEO4J_URI of an earlier run)",
    )
    args = parser.parse_args()
    settings = get_settings()
    encoder = get_encoder(settings.encoder, settings.encoder_threads)
    with isolated_server(Settings(), heap="2g", pagecache="3g") as server_settings:
        measure(server_settings, encoder, args)


def measure(settings: Settings, encoder: Encoder, args: argparse.Namespace) -> None:
    graph = Graph.connect(settings)
    migrate(graph)
    rng = random.Random(7)
    table = Table("organisations", "candidates from", "embed/s", "by id p50 ms", "by id p95 ms", "by text p50 ms",
                  "by text p95 ms", "id p95 / smallest", "text p95 / smallest", "id p95 / Neo4j")  # fmt: skip
    results: dict[int, tuple[str, dict[str, tuple[float, float, float, float]]]] = {}
    try:
        for size in args.sizes:
            raws = [RawRecord("synthetic", n, r) for n, r in enumerate(generate(size, seed=1), start=1)]
            held = graph.driver.execute_query("MATCH (o:Organization) RETURN count(o) AS n").records[0]["n"]
            embed_rate = "-"
            if not (args.reuse and held == size):
                graph.run_auto(cypher("write/clear"))
                with console.status(f"importing and embedding {size:,} organisations..."):
                    t0 = time.perf_counter()
                    report = import_records(graph, raws, encoder=encoder, batch_size=2000)
                    embed_rate = f"{report.embedded / (time.perf_counter() - t0):,.0f}"
                    graph.run_auto("CALL db.awaitIndexes(600)")
            orgs = [r.data for r in raws if r.data["record"] == "organization" and r.data["kind"] in BY_ID_TARGETS]
            by_id = [(o["id"], rng.choice(BY_ID_TARGETS[o["kind"]])) for o in rng.sample(orgs, min(len(orgs), 400))]
            by_text = [TEXTS[i % len(TEXTS)] for i in range(args.requests)]
            cache = VectorCache()
            t0 = time.perf_counter()
            cache.load(graph, encoder.name)
            console.print(f"{size:,}: vector cache loaded in {time.perf_counter() - t0:.1f} s")
            figures = {}
            for label, vectors in (("Neo4j index/scan", None), ("vector cache", cache)):
                matcher = Matcher(graph, encoder, vectors)
                for org_id, target in by_id[:20]:  # warm-up
                    matcher.match_organization(org_id, target, MatchFilters(), 10)
                id_times, text_times = [], []
                for org_id, target in (by_id * 2)[: args.requests]:
                    t = time.perf_counter()
                    matcher.match_organization(org_id, target, MatchFilters(), 10)
                    id_times.append(time.perf_counter() - t)
                for text, target in by_text:
                    t = time.perf_counter()
                    matcher.match_text(text, target, MatchFilters(), 10)
                    text_times.append(time.perf_counter() - t)
                figures[label] = (*percentiles(id_times), *percentiles(text_times))
            results[size] = (embed_rate, figures)
            console.print(f"{size:,}: " + ", ".join(f"{k} by id p95 {v[1]:.1f} ms" for k, v in figures.items()))
        smallest = results[min(results)][1]
        for size, (embed_rate, figures) in sorted(results.items()):
            neo4j_id95 = figures["Neo4j index/scan"][1]
            for label, (id50, id95, tx50, tx95) in figures.items():
                first = smallest[label]
                table.add_row(f"{size:,}", label, embed_rate, f"{id50:.1f}", f"{id95:.1f}", f"{tx50:.1f}",
                              f"{tx95:.1f}", f"{id95 / first[1]:.2f}", f"{tx95 / first[3]:.2f}",
                              f"{id95 / neo4j_id95:.2f}")  # fmt: skip
        console.print(table)
    finally:
        graph.close()


if __name__ == "__main__":
    main()
