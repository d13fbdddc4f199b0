"""Tiers: how many candidates a ranking gathers and rescores, and how an ask for more results keeps
the answer to an ask for fewer.

A ranking is built tier by tier: the first 10 from the candidates and rerank window of a 10-result
ask, places 11-20 from those of a 20-result ask, and so on, each tier adding the best of its own
ranking not placed yet; an ask for ``limit`` results is the first ``limit`` of the tiers up to the
first that reaches it. Candidates are gathered once, for the largest tier: every retrieval is in
cosine order, so a smaller tier's candidates are those within its pool's places (matching/gather.py).
Without tiers, the larger pools and windows of one ranking moved the first 10 in 9 of 10 asks at
2,000 organisations.
"""

from __future__ import annotations

from collections.abc import Callable

from matchmaker.matching.scorer import Scored

TIERS = (10, 20, 50, 100)
CANDIDATES_PER_RESULT = 5
MIN_CANDIDATES = 50
#: The rerank window: a tier's best RERANK_PER_RESULT·tier candidates (at least RERANK_MIN) by the
#: whole-profile score are rescored for hubness (matching/score.py, CSLS).
RERANK_PER_RESULT = 3
RERANK_MIN = 30


def tiers_for(limit: int) -> list[int]:
    """The tiers an ask for ``limit`` results is built from (the last reaches ``limit``)."""
    return [t for t in TIERS if t < limit] + [next((t for t in TIERS if t >= limit), limit)]


def pool(tier: int) -> int:
    """Candidates gathered per retrieval for a ranking of ``tier`` results."""
    return max(MIN_CANDIDATES, CANDIDATES_PER_RESULT * tier)


def windows(scored: list[Scored], at: dict[str, int], tiers: list[int]) -> list[list[Scored]]:
    """Each tier's rerank window: the best of ``scored`` (in rank order) that its own pool would have
    gathered (``at``: each candidate's best place in any retrieval)."""
    return [[s for s in scored if at[s.id] < pool(t)][: max(RERANK_MIN, RERANK_PER_RESULT * t)] for t in tiers]


def place(
    tiers: list[int], windows: list[list[Scored]], rerank: Callable[[list[Scored]], list[Scored]]
) -> list[Scored]:
    """The ranking: each tier's window reranked, its best not yet placed filling the places up to it."""
    placed: dict[str, Scored] = {}
    for tier, window in zip(tiers, windows, strict=True):
        best = (s for s in sorted(rerank(window), key=lambda s: s.rank_key()) if s.id not in placed)
        for s in best:
            if len(placed) >= tier:
                break
            placed[s.id] = s
    return list(placed.values())
