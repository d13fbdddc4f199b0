"""What the API and the CLI call: filters in, response models out, cached by graph version.

The scorecard's introductions are ranked by the matcher when an encoder is given and the
profiles are embedded (:func:`matcher_ranker`), cached like the rest.

Every result is cached under (graph fingerprint, filters, what was asked) in
:data:`matchmaker.metrics.projection.CACHE`, so a dashboard that reloads does not recompute;
every write through matchmaker (an import, an edit, a deletion) changes the fingerprint and the
next request recomputes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import networkx as nx

from matchmaker.embeddings.store import stored_model
from matchmaker.errors import DomainError
from matchmaker.graph.connection import Graph
from matchmaker.matching.models import Match, MatchFilters
from matchmaker.matching.service import Matcher
from matchmaker.metrics import network as net
from matchmaker.metrics import organizations as orgs
from matchmaker.metrics import scorecard as sc
from matchmaker.metrics.models import (
    FiltersOut,
    Introduction,
    NetworkMetrics,
    NetworkResponse,
    OrganizationsResponse,
    OrgMetrics,
    ScorecardResponse,
    Snapshot,
    TimelineResponse,
)
from matchmaker.metrics.projection import CACHE, Filters, cached_projection, fingerprint, to_networkx

SortKey = Literal[
    "betweenness", "degree", "weighted_degree", "closeness", "pagerank", "constraint", "effective_size",
    "core_number", "clustering", "id",
]  # fmt: skip
TIMELINE_RULE = (
    "Yearly snapshots: for year Y, links active at some time in Y (since ≤ Y-12-31, or undated; until null or "
    "≥ Y-01-01) among the selected organisations founded by Y (or of unknown founding year)."
)


def _graph(graph: Graph, filters: Filters) -> tuple[str, nx.Graph]:
    version = fingerprint(graph)
    projection = cached_projection(graph, filters, version)
    return version, to_networkx(projection, filters.since, filters.until)


def _computed(graph: Graph, filters: Filters) -> dict[str, Any]:
    """Network and per-organisation metrics of one selection, computed once per graph version."""
    version = fingerprint(graph)

    def compute() -> dict[str, Any]:
        G = to_networkx(cached_projection(graph, filters, version), filters.since, filters.until)
        rows, approx, engine = orgs.organization_metrics(G)
        metrics, comms = net.network_metrics(G)
        member = {v: i for i, c in enumerate(comms) for v in c}
        for row in rows:
            row["community"] = member.get(row["id"])
        return {"version": version, "G": G, "rows": rows, "approx": approx, "engine": engine, "network": metrics}

    return CACHE.get_or_compute(("computed", id(graph), version, filters), compute)


def network(graph: Graph, filters: Filters) -> NetworkResponse:
    c = _computed(graph, filters)
    return NetworkResponse(
        graph_version=c["version"], filters=FiltersOut(**filters.as_dict()), metrics=NetworkMetrics(**c["network"])
    )


def organizations(
    graph: Graph, filters: Filters, *, sort: SortKey = "betweenness", limit: int = 100, offset: int = 0
) -> OrganizationsResponse:
    c = _computed(graph, filters)
    rows = c["rows"]
    # each order once per graph version: a dashboard pages and re-sorts the same table, which would
    # otherwise sort every organisation of the selection and build its page's models on each request
    orders: dict[str, list[OrgMetrics]] = c.setdefault("orders", {})
    if (ordered := orders.get(sort)) is None:
        ordered = orders[sort] = [OrgMetrics(**r) for r in _ordered(rows, sort)]
    G = c["G"]
    return OrganizationsResponse(
        graph_version=c["version"], filters=FiltersOut(**filters.as_dict()), nodes=G.number_of_nodes(),
        edges=G.number_of_edges(), engine=c["engine"], approximations=c["approx"], total=len(rows),
        items=ordered[offset : offset + limit],
    )  # fmt: skip


def _ordered(rows: list[dict[str, Any]], sort: SortKey) -> list[dict[str, Any]]:
    if sort == "id":
        return sorted(rows, key=lambda r: r["id"])
    if sort == "constraint":  # low constraint = broker: ascending, isolates last
        return sorted(rows, key=lambda r: (r["constraint"] is None, r["constraint"] or 0.0, r["id"]))
    return sorted(rows, key=lambda r: (-(r[sort] or 0.0), r["id"]))


def _snapshots(graph: Graph, filters: Filters, max_years: int) -> tuple[str, dict[int, dict[str, Any]]]:
    version = fingerprint(graph)

    def compute() -> dict[int, dict[str, Any]]:
        projection = cached_projection(graph, filters, version)
        out = {}
        for year in sc.snapshot_years(projection.years(), max_years=max_years, until=filters.until):
            start = dt.date(year, 1, 1)
            if filters.since and filters.since > start:
                start = filters.since
            G = to_networkx(projection, start, dt.date(year, 12, 31), founded_by=year)
            out[year] = net.snapshot_metrics(G)
        return out

    return version, CACHE.get_or_compute(("timeline", id(graph), version, filters, max_years), compute)


def timeline(graph: Graph, filters: Filters, *, max_years: int = 15) -> TimelineResponse:
    version, snaps = _snapshots(graph, filters, max_years)
    return TimelineResponse(
        graph_version=version,
        filters=FiltersOut(**filters.as_dict()),
        rule=TIMELINE_RULE,
        snapshots=[Snapshot(year=y, **s) for y, s in sorted(snaps.items())],
        directions=sc.SNAPSHOT_DIRECTIONS,
    )


#: How many of the matcher's matches a peripheral member's eligible core members are looked for in.
MATCH_POOL = 100


def matcher_ranker(graph: Graph, matcher: Matcher | None, filters: Filters) -> sc.Ranker | None:
    """The matcher as the scorecard's ranker of introductions, or None when it cannot run
    (no encoder, nothing embedded yet, or the vectors belong to another model).

    One ``match_organization(source, "any", ...)`` per peripheral member, within the selected
    community and leaving out its partners, keeping the matches among the eligible core members;
    a core member outside the matcher's top :data:`MATCH_POOL` is not seen by it. The secretariat
    asks on the members' behalf, so their confidential needs stay out (``own=False``).
    """
    if matcher is None:
        return None
    meta = stored_model(graph)
    if meta is None or meta["model"] != matcher.encoder.name:
        return None
    match_filters = MatchFilters(community=filters.community, exclude_partners=True)

    def rank(source: str, eligible: list[str]) -> dict[str, Match] | None:
        try:
            response = matcher.match_organization(source, "any", match_filters, MATCH_POOL, own=False)
        except DomainError:  # no profile vector for this member: the network rule decides
            return None
        wanted = set(eligible)
        return {m.id: m for m in response.matches if m.id in wanted}

    return rank


def scorecard(
    graph: Graph,
    filters: Filters,
    *,
    max_years: int = 15,
    introductions: int = 20,
    matcher: Matcher | None = None,
    radius_km: float = sc.DEFAULT_RADIUS_KM,
) -> ScorecardResponse:
    """Indicators, introductions (ranked by the ``matcher`` when given and the profiles are
    embedded), readiness per community and the comparison with the reference clusters."""
    c = _computed(graph, filters)
    _, snaps = _snapshots(graph, filters, max_years)
    G = c["G"]
    current = c["network"]
    core = {r["id"]: r["core_number"] for r in c["rows"]}
    pr = {r["id"]: r["pagerank"] for r in c["rows"]}

    def intros() -> list[Introduction]:
        rank = matcher_ranker(graph, matcher, filters)
        return sc.introductions(G, core, pr, limit=introductions, rank=rank)

    key = ("introductions", id(graph), c["version"], filters, introductions, matcher.encoder.name if matcher else None)
    return ScorecardResponse(
        graph_version=c["version"],
        filters=FiltersOut(**filters.as_dict()),
        notice=sc.NO_TIES if not current.get("edges") else None,
        indicators=sc.indicators(current, snaps),
        introductions=CACHE.get_or_compute(key, intros),
        introductions_rule=sc.INTRODUCTIONS_RULE,
        readiness=sc.readiness(graph, filters.community, radius_km=radius_km),
        readiness_rules=sc.READINESS_RULES,
        reference=sc.reference_comparison(graph, filters.community),
    )
