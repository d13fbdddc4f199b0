"""Match latency: p50/p95 of matches by id and by text over 1,000, 10,000 and 100,000 organisations.

For each size, an isolated embedded Neo4j (unless NEO4J_URI is set) is loaded with a synthetic
ecosystem, embedded with the configured encoder (its rate is printed too), and then queried in
process through the Matcher (no HTTP): by id, drug ventures looking for CDMOs, CROs and VCs and
suppliers looking for pharma; by text, Japanese and English needs. Two configurations per size:
the API's (candidates ranked by the in-process vector cache, matching/vectors.py, and their rows
from the row store, matching/store.py, both loaded first; their load times are printed) and the
CLI's (Neo4j's vector index or an exact Cypher scan, rows read from Neo4j), the baseline.
Each figure is over the stated number of requests after a warm-up, each ask a first ask (the
matcher's answer memo is emptied before it; the same asks again, answered from it at the same
versions, are printed on a line of their own, for the cache); ratios are to the
smallest size and to the baseline of the same run (with --reuse, list the size already loaded
first so the others do not clear it).

    .venv/bin/python bench/match_latency.py [--sizes 1000 10000 100000] [--requests 200] [--reuse]
        [--vectors encoder|hashed]

``--vectors hashed`` embeds with a feature-hashing encoder (words and CJK character pairs hashed
into 512 dimensions, unit length) instead of the configured one: the stored graph is the same
(real Neo4j, the same import path with its profile analysis, sentence vectors, vector indexes and
revisions), only the vectors mean less, so 100,000 organisations load in minutes instead of hours
of the sentence encoder on two cores. Latency depends on sizes and round trips, not on what the
vectors mean; the quality benches use the real encoder. The import prints its progress.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import statistics
import time

import numpy as np
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
from matchmaker.matching.store import RowStore
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


class HashedEncoder(Encoder):
    """Feature hashing: each word (and each pair of adjacent CJK characters) adds ±1 to one of
    ``dimension`` coordinates chosen by a stable hash. Fast and deterministic; for latency only."""

    name = "hashed-bench-512"
    dimension = 512
    _TOKENS = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]{1,2}")

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in self._TOKENS.findall(text.lower()):
                h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
                out[row, h % self.dimension] += 1.0 if (h >> 32) & 1 else -1.0
            if not out[row].any():
                out[row, 0] = 1.0
        return out


def load(graph: Graph, raws: list[RawRecord], encoder: Encoder, step: int = 10_000) -> int:
    """Import and embed ``raws`` a slice at a time (organisations and links come in an order
    whose references are always to earlier records), printing progress; returns profiles embedded."""
    embedded, t0 = 0, time.perf_counter()
    for start in range(0, len(raws), step):
        report = import_records(graph, raws[start : start + step], encoder=encoder, batch_size=2000)
        embedded += report.embedded
        done = min(start + step, len(raws))
        console.print(f"  {done:,} of {len(raws):,} records, {embedded:,} profiles embedded, "
                      f"{time.perf_counter() - t0:.0f} s")  # fmt: skip
    return embedded


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
    parser.add_argument(
        "--vectors", choices=["encoder", "hashed"], default="encoder",
        help="hashed: a fast feature-hashing encoder for profiles and queries (see above)",
    )  # fmt: skip
    args = parser.parse_args()
    settings = get_settings()
    encoder = HashedEncoder() if args.vectors == "hashed" else get_encoder(settings.encoder, settings.encoder_threads)
    with isolated_server(Settings(), heap="2g", pagecache="3g") as server_settings:
        measure(server_settings, encoder, args)


#: Every organisation's properties and links read once, so a reused graph's pages are in the page cache.
WARM = "MATCH (o:Organization) RETURN count(o {.*}) AS n, sum(COUNT { (o)--() }) AS links"


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
                console.print(f"importing and embedding {size:,} organisations ({encoder.name})...")
                t0 = time.perf_counter()
                embedded = load(graph, raws, encoder)
                embed_rate = f"{embedded / (time.perf_counter() - t0):,.0f}"
                graph.run_auto("CALL db.awaitIndexes(1800)")
            else:  # a reused graph (a server just started) is read once, as warm as one just imported
                graph.driver.execute_query(WARM)
            orgs = [r.data for r in raws if r.data["record"] == "organization" and r.data["kind"] in BY_ID_TARGETS]
            by_id = [(o["id"], rng.choice(BY_ID_TARGETS[o["kind"]])) for o in rng.sample(orgs, min(len(orgs), 400))]
            by_text = [TEXTS[i % len(TEXTS)] for i in range(args.requests)]
            cache, store = VectorCache(), RowStore()
            t0 = time.perf_counter()
            cache.load(graph, encoder.name)
            t1 = time.perf_counter()
            store.load(graph)
            console.print(f"{size:,}: vector cache loaded in {t1 - t0:.1f} s, row store ({store.size:,} rows) in "
                          f"{time.perf_counter() - t1:.1f} s")  # fmt: skip
            figures = {}
            for label, vectors, rows in (("Neo4j index/scan", None, None), ("vector cache + row store", cache, store)):
                matcher = Matcher(graph, encoder, vectors, rows)
                for org_id, target in by_id[:20]:  # warm-up
                    matcher.match_organization(org_id, target, MatchFilters(), 10)
                id_times, text_times, repeats = [], [], []
                for org_id, target in (by_id * 2)[: args.requests]:
                    matcher.responses.clear()  # each ask as a first ask: the answer is ranked, not recalled
                    t = time.perf_counter()
                    matcher.match_organization(org_id, target, MatchFilters(), 10)
                    id_times.append(time.perf_counter() - t)
                for org_id, target in by_id[: args.requests // 2] if vectors else []:  # twice: the second is kept
                    matcher.match_organization(org_id, target, MatchFilters(), 10)
                    t = time.perf_counter()
                    matcher.match_organization(org_id, target, MatchFilters(), 10)
                    repeats.append(time.perf_counter() - t)
                for text, target in by_text:
                    matcher.responses.clear()
                    t = time.perf_counter()
                    matcher.match_text(text, target, MatchFilters(), 10)
                    text_times.append(time.perf_counter() - t)
                figures[label] = (*percentiles(id_times), *percentiles(text_times))
                if repeats:
                    console.print(f"{size:,}, {label}: by id asked again, p50 / p95 "
                                  + " / ".join(f"{v:.1f}" for v in percentiles(repeats)) + " ms")  # fmt: skip
            results[size] = (embed_rate, figures)
            console.print(f"{size:,}: " + ", ".join(f"{k} by id p95 {v[1]:.1f} ms" for k, v in figures.items())
                          + f" (load average {os.getloadavg()[0]:.2f})")  # fmt: skip
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
