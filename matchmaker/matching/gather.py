"""A request's candidates, gathered: its main retrieval and one per wanted term (a certification or
modality whose stating candidates count however far their vectors read), deduplicated, each with
the network facts between the seeker and it.

With the warm vector cache, every retrieval that asks only for terms the cache indexes is ranked
in the process, so the rows its memo lacks for all of them are read in one round trip, and the
network facts of the ranked ids are read beside it on another connection: a match waits for one
round trip here instead of two in a row (rows, then network facts) plus one per filtered
retrieval. Anything else (filters only the graph can check, Neo4j's index or scan without the
cache) goes through its retriever, in parallel threads, and the network facts follow.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from matchmaker.graph.connection import Graph
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.retrievers import CacheRetriever, Retriever
from matchmaker.matching.seekers import Query

#: Threads for a request's round trips that can run beside each other (each mostly waits).
_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="retrieve")
#: The network facts of a seeker without any link, with every candidate.
NO_TIES: dict[str, Any] = {"communities": [], "communities_ja": [], "hubs": [], "common_partners": [],
                           "met_before": False}  # fmt: skip


def gather(
    graph: Graph, retriever: Retriever, query: Query, kinds: list[str], each: list[MatchFilters], k: int
) -> list[dict[str, Any]]:
    """The best ``k`` candidates for each of ``each`` (the request's filters, then one copy per
    wanted term), deduplicated in that order, with ``net`` set on each row (None: no seeker)."""
    found: list[list[dict[str, Any]] | None] = [None] * len(each)
    ties: Future[dict[str, Any] | None] | None = None
    ranked: list[str] = []
    if isinstance(retriever, CacheRetriever):
        plans = [(n, f, ids) for n, f in enumerate(each) if (ids := retriever.plan(query, kinds, f, k)) is not None]
        ranked = list(dict.fromkeys(i for _, _, ids in plans for i in ids))
        if ranked and query.id is not None and query.ties:  # else no round trip to wait for
            ties = _POOL.submit(network, graph, query, ranked)
        completed = retriever.complete(query, kinds, [(f, ids) for _, f, ids in plans])
        for (n, _, _), rows in zip(plans, completed, strict=True):
            found[n] = rows
    pending = [n for n, rows in enumerate(found) if rows is None]
    if len(pending) == 1:
        found[pending[0]] = retriever.retrieve(query, kinds, each[pending[0]], k)
    elif pending:
        retrieved = _POOL.map(lambda n: retriever.retrieve(query, kinds, each[n], k), pending)
        for n, rows in zip(pending, retrieved, strict=True):
            found[n] = rows
    rows, seen = [], set()
    for row in (r for batch in found for r in batch or []):
        if row["props"]["id"] not in seen:
            seen.add(row["props"]["id"])
            rows.append(row)
    ids = [r["props"]["id"] for r in rows]
    nets = ties.result() if ties is not None else network(graph, query, ids)
    known = set(ranked)
    if ties is not None and nets is not None and (unread := [i for i in ids if i not in known]):
        nets |= network(graph, query, unread) or {}
    return [{**row, "net": None if nets is None else nets.get(row["props"]["id"], NO_TIES)} for row in rows]


def network(graph: Graph, query: Query, ids: list[str]) -> dict[str, Any] | None:
    """The network facts between the seeker and those of ``ids`` it shares any with (the others
    share none); None when there is no seeker in the graph to have any."""
    if query.id is None or not ids:
        return None
    if not query.ties:
        return {}
    found = graph.read("matching/network", seeker=query.id, ids=ids)
    return {shared["id"]: shared["net"] for shared in found[0]["shared"]} if found else None
