"""Retrievers: where candidates come from. One class per strategy, each with its own named query.

Every strategy puts its source (``cypher/matching/from_*.cypher``) in front of the shared
``matching/candidates`` query, which applies the filters, orders by the same cosine and adds the
network facts, so the strategies rank identically and a filter never drops a qualifying candidate:

* :class:`CacheRetriever`: the in-process vector cache ranks exactly (by offer vectors, or by
  needs vectors for a seeker that offers); Neo4j filters and hydrates its ranked ids in chunks
  (the API, once the cache is warm);
* :class:`IndexRetriever`: Neo4j's vector index proposes nodes (fast, approximate; large kinds);
* :class:`ScanRetriever`: every node of the target kinds is scored in Cypher (exact).

:func:`choose` picks one per request.
"""

from __future__ import annotations

from typing import Any

from matchmaker.graph.connection import Graph
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.seekers import Query
from matchmaker.matching.vectors import VectorCache

# Below this many organisations of the target kinds, an exact scan is faster than the index.
EXACT_SCAN_LIMIT = 20_000
MAX_INDEX_K = 5000
# Ids the vector cache hands the filter query at a time once the first, partial sort is used up.
CACHE_CHUNK = 2_000
# Slices of the cache's ranking tried before a selective filter is left to one exact scan: each
# slice is a round trip, and filters that (almost) nothing passes would otherwise walk the whole
# ranking a slice at a time (bounded now by one query over the target kinds).
CACHE_SLICES = 2
CANDIDATES = "matching/candidates"


def _params(query: Query, kinds: list[str], filters: MatchFilters, k: int) -> dict[str, Any]:
    return {
        "kinds": kinds,
        "seeker": query.id,
        "query": query.vector.tolist(),
        "reverse": None if query.offer is None else query.offer.tolist(),
        "k": k,
        "by_needs": query.by_needs,
        **filters.model_dump(),
    }


class Retriever:
    """The best ``k`` candidates of ``kinds`` for ``query`` that pass ``filters``."""

    source: str

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def _read(self, **params: Any) -> list[dict[str, Any]]:
        return self.graph.read((self.source, CANDIDATES), **params)

    def retrieve(self, query: Query, kinds: list[str], filters: MatchFilters, k: int) -> list[dict[str, Any]]:
        raise NotImplementedError


class ScanRetriever(Retriever):
    source = "matching/from_scan"

    def retrieve(self, query: Query, kinds: list[str], filters: MatchFilters, k: int) -> list[dict[str, Any]]:
        return self._read(**_params(query, kinds, filters, k))


class IndexRetriever(Retriever):
    """The vector index, falling back to an exact scan when it leaves fewer than ``k`` (a selective
    filter rejected most of what it proposed)."""

    source = "matching/from_index"

    def retrieve(self, query: Query, kinds: list[str], filters: MatchFilters, k: int) -> list[dict[str, Any]]:
        rows = self._read(k_index=min(MAX_INDEX_K, k * 20), **_params(query, kinds, filters, k))
        return rows if len(rows) >= k else ScanRetriever(self.graph).retrieve(query, kinds, filters, k)


class NeedsIndexRetriever(IndexRetriever):
    """The vector index on needs vectors, for a seeker that offers (ranked by what candidates seek)."""

    source = "matching/from_index_needs"


class CacheRetriever(Retriever):
    """The vector cache's exact ranking, handed to Neo4j a slice at a time until ``k`` pass; after
    :data:`CACHE_SLICES` slices, one exact scan in Neo4j (same filters, same cosine order)."""

    source = "matching/from_ids"

    def __init__(self, graph: Graph, vectors: VectorCache) -> None:
        super().__init__(graph)
        self.vectors = vectors

    def retrieve(self, query: Query, kinds: list[str], filters: MatchFilters, k: int) -> list[dict[str, Any]]:
        params = _params(query, kinds, filters, k)
        first = k + 1 if filters == MatchFilters() else k * 4  # the seeker itself may be among them
        rows: list[dict[str, Any]] = []
        ranking = self.vectors.ranked(query.vector, kinds, first=first, chunk=CACHE_CHUNK, by_needs=query.by_needs)
        for n, ids in enumerate(ranking):
            if n == CACHE_SLICES:
                return ScanRetriever(self.graph).retrieve(query, kinds, filters, k)
            params["k"] = k - len(rows)
            rows += self._read(ids=ids, **params)
            if len(rows) >= k:
                break
        return rows


def choose(
    graph: Graph, vectors: VectorCache | None, model: str, revision: int, kinds: list[str], by_needs: bool = False
) -> Retriever:
    """The warm cache when there is one (it holds offer and needs vectors); else the index for
    large kinds and an exact scan below; ``by_needs`` ranks by needs vectors."""
    if vectors is not None and vectors.ready(graph, model, revision):
        return CacheRetriever(graph, vectors)
    if graph.read("matching/kind_count", kinds=kinds)[0]["n"] <= EXACT_SCAN_LIMIT:
        return ScanRetriever(graph)
    return NeedsIndexRetriever(graph) if by_needs else IndexRetriever(graph)
