"""Retrievers: where candidates come from. One class per strategy, each with its own named query.

Every strategy puts its source (``cypher/matching/from_*.cypher``) in front of the shared
``matching/candidates`` query (filters, the same cosine order, ``matching/row``), so the
strategies rank identically and a filter never drops a qualifying candidate:

* :class:`CacheRetriever`: the in-process vector cache ranks exactly (by offer or needs
  vectors); Neo4j filters and hydrates its ranked ids in chunks. Filters the cache indexes
  (none, a modality, a certification) need no filter query: rows come from the row store
  (matching/store.py) or a memo per version (``plan``, ``complete``; matching/gather.py);
* :class:`IndexRetriever`: Neo4j's vector index proposes nodes (fast, approximate; large kinds);
* :class:`ScanRetriever`: every node of the target kinds is scored in Cypher (exact).

:func:`choose` picks one per request.
"""

from __future__ import annotations

from typing import Any

from matchmaker.graph.connection import Graph
from matchmaker.matching.memo import Memo
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.rows import filter_terms, states_terms
from matchmaker.matching.seekers import Query
from matchmaker.matching.store import RowStore
from matchmaker.matching.vectors import Scored, VectorCache

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
ROW = "matching/row"
#: The candidate row without similarities (no vector read), for ids the cache has ranked.
ROWS = ("matching/rows", ROW)
NO_FILTERS = MatchFilters()
#: Kept for an id that the cache ranks but the graph no longer holds (of these kinds) at a version.
GONE: dict[str, Any] = {}


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
        return self.graph.read((self.source, CANDIDATES, ROW), **params)

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
    :data:`CACHE_SLICES` slices, one exact scan in Neo4j (same filters, same cosine order).

    Without filters (or with indexed terms only) the best ``k`` are known from the ranking alone:
    their rows come from ``store`` (at the request's row revision) or from ``memo`` at
    ``versions``, which every write moves, ids not seen read by ``matching/rows``."""

    source = "matching/from_ids"

    def __init__(
        self, graph: Graph, vectors: VectorCache, memo: Memo | None = None,
        versions: tuple[int, ...] | None = None, store: RowStore | None = None,
    ) -> None:  # fmt: skip
        super().__init__(graph)
        self.vectors = vectors
        self.memo = memo
        self.versions = versions
        self.store = store
        self._scored: dict[tuple[int, tuple[str, ...], bool], Scored] = {}  # one product per query and kinds

    def retrieve(self, query: Query, kinds: list[str], filters: MatchFilters, k: int) -> list[dict[str, Any]]:
        plan = self.plan(query, kinds, filters, k)
        if plan is not None and (rows := self.complete(query, kinds, [(filters, plan)])[0]) is not None:
            return rows
        params = _params(query, kinds, filters, k)
        first = k + 1 if filters == NO_FILTERS else k * 4  # the seeker itself may be among them
        rows = []
        ranking = self.vectors.ranked(query.vector, kinds, first=first, chunk=CACHE_CHUNK, by_needs=query.by_needs)
        for n, ids in enumerate(ranking):
            if n == CACHE_SLICES:
                return ScanRetriever(self.graph).retrieve(query, kinds, filters, k)
            params["k"] = k - len(rows)
            rows += self._read(ids=ids, **params)
            if len(rows) >= k:
                break
        return rows

    def plan(self, query: Query, kinds: list[str], filters: MatchFilters, k: int) -> list[str] | None:
        """The best ``k`` ids by the cache alone, when ``filters`` ask only for terms it indexes
        (None: a filter needs the graph, so :meth:`retrieve`'s slice path decides)."""
        terms = filter_terms(filters)
        if terms is None or (self.memo is None and self.store is None):
            return None
        if (scored := self._scored.get(key := (id(query.vector), tuple(kinds), query.by_needs))) is None:
            scored = self._scored[key] = self.vectors.scored(query.vector, kinds, by_needs=query.by_needs)
        ranking = self.vectors.ranked(
            query.vector, kinds, first=k + 1, chunk=CACHE_CHUNK, by_needs=query.by_needs, within=terms, scored=scored
        )  # fmt: skip
        return [i for i in next(ranking, []) if i != query.id][:k]

    def complete(
        self, query: Query, kinds: list[str], plans: list[tuple[MatchFilters, list[str]]]
    ) -> list[list[dict[str, Any]] | None]:
        """Each plan's rows, from the store or the memo (ids not seen at these versions read in one
        round trip); None for a plan with an id gone or no longer stating its terms (slices decide)."""
        wanted = list(dict.fromkeys(i for _, ids in plans for i in ids))
        rows = self._memo_rows(wanted, kinds) if self.store is None else self.store.get(wanted, kinds)
        rows.update((i, GONE) for i in wanted if i not in rows)  # not (of these kinds) in the graph
        forward = self.vectors.cosines(wanted, query.vector, needs=query.by_needs)  # all plans' at once
        reverse = self.vectors.cosines(wanted, query.offer, needs=True)
        out: list[list[dict[str, Any]] | None] = []
        for filters, ids in plans:
            terms = filter_terms(filters) or []
            if any(rows[i] is GONE or not states_terms(rows[i]["props"], terms) for i in ids):
                out.append(None)
                continue
            batch = []
            for i in ids:
                row, shared = rows[i], not rows[i]["props"]["needs_confidential"]
                fwd = forward[i] if shared or not query.by_needs else None
                batch.append({**row, "fwd": _neo4j(fwd), "rev": _neo4j(reverse[i]) if shared else None})
            out.append(batch)
        return out

    def _memo_rows(self, wanted: list[str], kinds: list[str]) -> dict[str, dict[str, Any]]:
        """``wanted``'s rows from the memo, those not seen at these versions read in one round trip."""
        assert self.memo is not None
        rows = {i: row for i in wanted if (row := self.memo.peek((i, self.versions))) is not None}
        if missing := [i for i in wanted if i not in rows]:
            read = {row["props"]["id"]: row for row in self.graph.read(ROWS, ids=missing, kinds=kinds)}
            for i in missing:
                rows[i] = read.get(i, GONE)  # its null similarities are replaced below, per query
                self.memo.put((i, self.versions), rows[i])
        return rows


def _neo4j(cosine: float | None) -> float | None:
    """A cosine as Neo4j's ``vector.similarity.cosine`` reports it, (1 + cos) / 2."""
    return None if cosine is None else (1.0 + cosine) / 2.0


def choose(
    graph: Graph,
    vectors: VectorCache | None,
    model: str,
    versions: tuple[int, int, int, int],
    kinds: list[str],
    by_needs: bool = False,
    memo: Memo | None = None,
    store: RowStore | None = None,
) -> Retriever:
    """The warm cache when there is one (it holds offer and needs vectors), with its rows from
    ``store`` when that is at ``versions``' row revision and epoch (both asked: after a clear both
    load again at once), else from ``memo`` at ``versions`` (embeddings revision, graph version,
    row revision, epoch); else the index for large kinds and an exact scan below."""
    warm = vectors is not None and vectors.ready(graph, model, versions[0], versions[3])
    rows = store if store is not None and store.ready(graph, versions[2], versions[3]) else None
    if warm and vectors is not None:
        return CacheRetriever(graph, vectors, memo, versions, rows)
    if graph.read("matching/kind_count", kinds=kinds)[0]["n"] <= EXACT_SCAN_LIMIT:
        return ScanRetriever(graph)
    return NeedsIndexRetriever(graph) if by_needs else IndexRetriever(graph)
