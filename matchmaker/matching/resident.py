"""A seeker read from the process's own copies of the graph, so a match by id sends one query.

Why: with the vector cache and the row store loaded, a match by id waited for two round trips in a
row, the seeker (with the versions) and then the final page's sentences; at 100,000 organisations
the page's candidates are rarely in the sentence memo, so most asks paid both. The seeker's row is
in the row store (its declared and stated facets, what its needs ask for, its links), its vectors
in the cache, so the match is ranked at the versions those copies hold, and the final page's
round trip (matching/page.py) brings the meta that proves them current. If a write moved them
meanwhile, the matcher ranks again the usual way (:class:`matching.service.Matcher`).

Not taken, the usual way instead: a copy not loaded, loading again or of another epoch, a seeker not in them,
and a seeker asking with its own confidential needs (the cache holds no confidential vector).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from matchmaker.matching.network import Side
from matchmaker.matching.seekers import OrganizationSeeker, Query
from matchmaker.matching.store import RowStore
from matchmaker.matching.vectors import VectorCache

#: The versions a resident ranking assumes: embeddings revision, graph version (the last seen; it
#: keys the answer memo only), row revision, epoch, as :meth:`Matcher._checked` returns them.
Versions = tuple[int, int, int, int]


@dataclass(frozen=True)
class Resident:
    query: Query
    versions: Versions


def resident(
    seekers: OrganizationSeeker, vectors: VectorCache | None, store: RowStore | None, model: str, graph_version: int,
    org_id: str, *, own: bool, offering: bool | None,
) -> Resident | None:  # fmt: skip
    """``org_id``'s query from the copies, at the versions they hold (None: take the usual way)."""
    if vectors is None or store is None or store.revision < 0 or store.loading:
        return None  # a store loading again (many rows changed) would fail every check until it is done
    held, revision, epoch = vectors.version
    if held != model or epoch != store.epoch:
        return None
    row, found = store.row(org_id), vectors.own(org_id)
    if row is None or found is None:
        return None
    p = row["props"]
    if own and p["needs_confidential"]:
        return None
    offer, needs = found
    props = {**p, **(row.get("wants") or {}), "vec_offer": offer, "vec_needs": needs}
    seeker = {"props": props, "gmp_use": row["gmp_use"], "side": Side.of_links(row["links"])}
    query = seekers.query(org_id, own=own, offering=offering, row=seeker)
    return Resident(query, (revision, graph_version, store.revision, epoch))


def versions_of(meta: dict[str, Any]) -> Versions:
    """The versions an embeddings meta gives (``embeddings/meta_get``, ``matching/seeker``, ``matching/page``)."""
    return meta["revision"], meta["version"], meta["rows"], meta["epoch"]


def current(meta: dict | None, model: str, versions: Versions, *, exact: bool = False) -> bool:
    """Whether ``meta`` (``matching/page``'s) shows the copies a ranking used were the graph's;
    ``exact``: at the same graph version too (an answer kept under it)."""
    if meta is None or meta["model"] != model:
        return False
    read = versions_of(meta)
    return read == versions if exact else (read[0], read[2], read[3]) == (versions[0], versions[2], versions[3])


def to_name(side: Side | None, rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The community, hub and partner ids the seeker (``side``) shares with ``rows``, for the final
    page's round trip to name."""
    ids: dict[str, set[str]] = {"communities": set(), "hubs": set(), "partners": set()}
    for row in rows if side is not None else []:
        for part, shared in side.shared(row).items():  # type: ignore[union-attr]
            ids[part].update(shared)
    return {part: sorted(found) for part, found in ids.items()}
