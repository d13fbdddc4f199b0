"""A request's candidates, gathered: its main retrieval and one per wanted term (a certification or
modality whose stating candidates count however far their vectors read), deduplicated, each with
the network facts between the seeker and it (matching/network.py, from the seeker's side and the
candidate's row: no round trip of their own).

With the warm vector cache, every retrieval that asks only for terms the cache indexes is ranked
in the process, so the rows its memo lacks for all of them are read in one round trip (none when
the memo has them all). Anything else (filters only the graph can check, Neo4j's index or scan
without the cache) goes through its retriever, in parallel threads.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from matchmaker.matching.models import MatchFilters
from matchmaker.matching.network import facts
from matchmaker.matching.retrievers import CacheRetriever, Retriever
from matchmaker.matching.seekers import Query

#: Threads for a request's retrievals that can run beside each other (each mostly waits).
_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="retrieve")


def gather(
    retriever: Retriever, query: Query, kinds: list[str], each: list[MatchFilters], k: int
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The best ``k`` candidates for each of ``each`` (the request's filters, then one copy per
    wanted term), deduplicated in that order, with ``net`` set on each row (None: no seeker); and
    each candidate's best place in any of those retrievals, so that the candidates a smaller ``k``
    would have gathered are known without gathering again (every retrieval is in cosine order)."""
    found: list[list[dict[str, Any]] | None] = [None] * len(each)
    if isinstance(retriever, CacheRetriever):
        plans = [(n, f, ids) for n, f in enumerate(each) if (ids := retriever.plan(query, kinds, f, k)) is not None]
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
    rows, at = [], {}
    for batch in found:
        for place, row in enumerate(batch or []):
            if (i := row["props"]["id"]) not in at:
                rows.append(row)
            at[i] = min(place, at.get(i, place))
    if query.id is None:
        return [{**row, "net": None} for row in rows], at
    return [{**row, "net": facts(query.side, row)} for row in rows], at
