"""Ranking quality: the metrics and the embedding-only baseline the benchmark and tests share.

With ranked ids r_1..r_k and graded relevance g(c) in {0, 1, 2}:

* nDCG@k = DCG / IDCG, DCG = Σ_i (2^g(r_i) − 1) / log2(i + 1) over the top k, IDCG the same for
  the ideal order (Järvelin & Kekäläinen 2002).
* MRR = 1 / rank of the first relevant result (g ≥ 1), 0 if none in the top k.
* recall@k = |relevant ∩ top k| / min(k, |relevant|), so a query with more than k relevant
  candidates can still reach 1.
"""

from __future__ import annotations

import math

import numpy as np

from matchmaker.graph.connection import Graph
from matchmaker.matching.service import Matcher

K = 10


def ndcg(ranked: list[str], rel: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** rel.get(c, 0) - 1) / math.log2(i + 2) for i, c in enumerate(ranked[:k]))
    ideal = sorted(rel.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def mrr(ranked: list[str], rel: dict[str, int], k: int = K) -> float:
    return next((1 / (i + 1) for i, c in enumerate(ranked[:k]) if rel.get(c, 0) >= 1), 0.0)


def recall(ranked: list[str], rel: dict[str, int], k: int = K) -> float:
    relevant = {c for c, g in rel.items() if g >= 1}
    return len(relevant & set(ranked[:k])) / min(k, len(relevant)) if relevant else 0.0


class EmbeddingOnly:
    """The baseline: cosine of the query text's vector to each offer vector, target kind only."""

    def __init__(self, graph: Graph, matcher: Matcher) -> None:
        rows = [r for r in graph.read("matching/offer_vectors") if r["vec"] is not None]
        self.ids = [r["id"] for r in rows]
        self.kinds = [r["kind"] for r in rows]
        m = np.asarray([r["vec"] for r in rows], dtype=np.float32)
        self.vectors = m / np.linalg.norm(m, axis=1, keepdims=True)
        self.matcher = matcher

    def rank(self, text: str, target: str) -> list[str]:
        scores = self.vectors @ self.matcher.texts.query(text).vector
        order = sorted(range(len(self.ids)), key=lambda i: (-scores[i], self.ids[i]))
        return [self.ids[i] for i in order if target == "any" or self.kinds[i] == target][:K]


class Hybrid:
    """The product's ranking, as a ranker over ids; texts in ``offers`` are what the seeker offers
    (a parts maker's "we make single-use bags"), asked as an offer, as such a user would."""

    def __init__(self, matcher: Matcher, offers: frozenset[str] = frozenset()) -> None:
        self.matcher = matcher
        self.offers = offers

    def rank(self, text: str, target: str) -> list[str]:
        from matchmaker.matching.models import MatchFilters

        if text in self.offers:
            return [m.id for m in self.matcher.match_text(None, target, MatchFilters(), K, offer=text).matches]
        return [m.id for m in self.matcher.match_text(text, target, MatchFilters(), K).matches]
