"""Ranking quality on the small labelled set (bench/data/*_small.jsonl), against the real Neo4j.

The labels were written from each profile's stated facts before any ranking was run; the full
set and the keyword baseline are in bench/match_quality.py.
"""

from __future__ import annotations

import statistics

import orjson

from matchmaker.embeddings.registry import get_encoder
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.matching.evaluation import EmbeddingOnly, Hybrid, mrr, ndcg, recall
from matchmaker.matching.service import Matcher
from matchmaker.settings import REPO_ROOT

DATA = REPO_ROOT / "bench" / "data"


def rows(name: str) -> list[dict]:
    return [orjson.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_metrics_on_known_rankings() -> None:
    rel = {"a": 2, "b": 1, "c": 0}
    assert ndcg(["a", "b", "x"], rel) == 1.0
    assert 0 < ndcg(["x", "b", "a"], rel) < 1
    assert mrr(["x", "c", "b"], rel) == 1 / 3
    assert recall(["b", "x"], rel) == 0.5


def test_hybrid_beats_embedding_alone_on_the_small_labelled_set(graph: Graph) -> None:
    pool, queries = rows("match_pool_small.jsonl"), rows("match_queries_small.jsonl")
    encoder = get_encoder("use")
    report = import_records(graph, [RawRecord("pool", n, r) for n, r in enumerate(pool, 1)], encoder=encoder)
    assert report.ok and report.embedded == len(pool)
    matcher = Matcher(graph, encoder)
    hybrid, embedding = Hybrid(matcher), EmbeddingOnly(graph, matcher)
    scores = {
        name: statistics.mean(ndcg(ranker.rank(q["text"], q["target"]), q["relevant"]) for q in queries)
        for name, ranker in (("hybrid", hybrid), ("embedding", embedding))
    }
    assert scores["hybrid"] > scores["embedding"], scores
    assert scores["hybrid"] >= 0.8, scores  # measured 0.92 when the labels were written
