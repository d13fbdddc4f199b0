"""The organisation network: a projection from Neo4j into networkx, with filters and a time window.

Nodes are organisations; edges are the organisation-to-organisation link types, undirected for
the metrics (who is tied to whom matters for cohesion, not who invested in whom). Each link adds
its type's weight (:data:`LINK_WEIGHTS`) to the edge, so parallel links (two investment rounds,
a collaboration and a licence) sum. An edge keeps ``weight``, ``links`` (how many) and ``types``
(count per type).

Filters select organisations (``community`` via MEMBER_OF, ``hub`` via LOCATED_IN, ``region``,
``kinds``), link types, and a time window ``since``..``until``: a link counts when it began on or
before the window's end (``link.since <= until``) and had not ended before its start
(``link.until`` is null or ``>= since``). A link without ``since`` is taken as always present
(most public facts carry no start date); a missing window bound is open.

:class:`Projection` is fetched once per (graph version, filters) and cached; the time window and
the yearly snapshots of the timeline are cut from it in Python, so the timeline costs one query.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import networkx as nx

from matchmaker.graph.connection import Graph
from matchmaker.graph.store import fingerprint
from matchmaker.model.vocabulary import get_vocabulary

#: Weight of one link of each type in the undirected organisation network. Capital and shared
#: work bind more than a purchase or one meeting; the numbers are ordinal judgements, stated so
#: that a secretariat can see and change them.
LINK_WEIGHTS: dict[str, float] = {
    "INVESTED_IN": 3.0,
    "COLLABORATES_WITH": 2.0,
    "OUTSOURCES_TO": 2.0,
    "LICENSED_TO": 2.0,
    "SPUN_OUT_FROM": 2.0,
    "SUPPLIES": 1.0,
    "MET_WITH": 1.0,
}
ORG_LINK_TYPES: tuple[str, ...] = tuple(LINK_WEIGHTS)
#: Cached results live this long even when the fingerprint has not changed (edits made directly
#: in Neo4j, around matchmaker's change counter, that keep the node and link counts).
CACHE_TTL_SECONDS = 300.0


def sector_of(kind: str | None) -> str | None:
    """The sector (academia, industry, finance, government, support) of an organisation kind."""
    if kind is None:
        return None
    term = get_vocabulary().terms("org_kinds").get(kind)
    return term.sector if term else None


@dataclass(frozen=True)
class Filters:
    """What part of the ecosystem a metric looks at. Every field is optional."""

    community: str | None = None
    hub: str | None = None
    region: str | None = None
    kinds: tuple[str, ...] = ()
    link_types: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def selects_nodes(self) -> bool:
        return bool(self.community or self.hub or self.region or self.kinds)

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(t for t in ORG_LINK_TYPES if not self.link_types or t in self.link_types)

    def without_window(self) -> Filters:
        return Filters(self.community, self.hub, self.region, self.kinds, self.link_types)

    def as_dict(self) -> dict[str, Any]:
        return {
            "community": self.community,
            "hub": self.hub,
            "region": self.region,
            "kinds": list(self.kinds),
            "link_types": list(self.types),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


@dataclass(frozen=True, slots=True)
class RawLink:
    source: str
    target: str
    type: str
    since: dt.date | None
    until: dt.date | None
    external: str | None = None  # the end outside the selection, when one is
    external_region: str | None = None


@dataclass
class Projection:
    """The selected organisations and every link touching them, before the time window."""

    nodes: dict[str, dict[str, Any]]
    links: list[RawLink]
    filters: Filters
    version: str = ""
    outside: dict[str, dict[str, Any]] = field(default_factory=dict)

    def years(self) -> list[int]:
        """Years in which a selected link began (the timeline's range)."""
        return sorted({ln.since.year for ln in self.links if ln.since and ln.external is None})


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_native"):
        return value.to_native()
    return dt.date.fromisoformat(str(value))


def link_active(since: dt.date | None, until: dt.date | None, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether a link with dates ``since``..``until`` counts in the window ``start``..``end``.

    A link counts if it began on or before the window's end and had not ended before its start;
    a link without ``since`` is taken as always present, a missing bound as open.
    """
    if end is not None and since is not None and since > end:
        return False
    return not (start is not None and until is not None and until < start)


def fetch(graph: Graph, filters: Filters, version: str = "") -> Projection:
    """Read the selected organisations and their links from Neo4j (two named queries: all links
    for the whole ecosystem, or the links of the selected organisations found by index seek)."""
    params = {
        "community": filters.community,
        "hub": filters.hub,
        "region": filters.region,
        "kinds": list(filters.kinds) or None,
    }
    nodes: dict[str, dict[str, Any]] = {}
    for row in graph.read("metrics/org_nodes", **params):
        row["sector"] = sector_of(row["kind"])
        nodes[row["id"]] = row
    links: list[RawLink] = []
    outside: dict[str, dict[str, Any]] = {}
    types = list(filters.types)
    if not nodes or not types:
        return Projection(nodes, links, filters, version, outside)
    if not filters.selects_nodes:
        for row in graph.read("metrics/org_links", types=types):
            if row["source"] in nodes and row["target"] in nodes:
                links.append(
                    RawLink(row["source"], row["target"], row["type"], _date(row["since"]), _date(row["until"]))
                )
        return Projection(nodes, links, filters, version, outside)
    seen: set[str] = set()
    for row in graph.read("metrics/org_links_of", types=types, ids=list(nodes)):
        if row["rid"] in seen:
            continue
        seen.add(row["rid"])
        s, t = row["source"], row["target"]
        s_in, t_in = s in nodes, t in nodes
        ext = None if s_in and t_in else (t if s_in else s)
        ext_region = None
        if ext is not None:
            ext_region = row["target_region"] if s_in else row["source_region"]
            ext_kind = row["target_kind"] if s_in else row["source_kind"]
            outside[ext] = {"id": ext, "region": ext_region, "kind": ext_kind, "sector": sector_of(ext_kind)}
        links.append(RawLink(s, t, row["type"], _date(row["since"]), _date(row["until"]), ext, ext_region))
    return Projection(nodes, links, filters, version, outside)


def to_networkx(
    projection: Projection,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    founded_by: int | None = None,
) -> nx.Graph:
    """The weighted undirected organisation network for a time window.

    ``founded_by`` (used by yearly snapshots) leaves out organisations founded after that year.
    Links leaving the selection are not edges; they are kept as the node attribute ``external``
    (how many distinct outside partners, for the gatekeeper indicator).
    """
    G = nx.Graph()
    for node_id, attrs in projection.nodes.items():
        if founded_by is not None and attrs.get("founded") and attrs["founded"] > founded_by:
            continue
        G.add_node(node_id, **{k: v for k, v in attrs.items() if k != "id"}, external=0)
    external: dict[str, set[str]] = {}
    for ln in projection.links:
        if not link_active(ln.since, ln.until, start, end):
            continue
        if ln.external is not None:
            inside = ln.target if ln.external == ln.source else ln.source
            if inside in G:
                external.setdefault(inside, set()).add(ln.external)
            continue
        if ln.source not in G or ln.target not in G:
            continue
        w = LINK_WEIGHTS[ln.type]
        if G.has_edge(ln.source, ln.target):
            e = G.edges[ln.source, ln.target]
            e["weight"] += w
            e["links"] += 1
            e["types"][ln.type] = e["types"].get(ln.type, 0) + 1
        else:
            G.add_edge(ln.source, ln.target, weight=w, links=1, types={ln.type: 1})
    for node_id, partners in external.items():
        G.nodes[node_id]["external"] = len(partners)
    if not projection.filters.selects_nodes:
        # Whole ecosystem: nothing is outside the selection, so an overseas partner is the
        # outside knowledge a gatekeeper brings in (Giuliani & Bell 2005).
        for node_id in G:
            abroad = {
                m for m in G[node_id] if G.nodes[m].get("region") and not str(G.nodes[m]["region"]).startswith("JP")
            }
            own = G.nodes[node_id].get("region")
            G.nodes[node_id]["external"] = len(abroad) if own is None or str(own).startswith("JP") else 0
    return G


def project(graph: Graph, filters: Filters) -> nx.Graph:
    """Filters in, weighted undirected networkx graph out (fetch, then cut the time window)."""
    projection = cached_projection(graph, filters)
    return to_networkx(projection, filters.since, filters.until)


# --- cache ----------------------------------------------------------------------------------------

log = logging.getLogger(__name__)
T = TypeVar("T")


class VersionedCache:
    """A small LRU of results keyed by (graph version, what was asked), with a time to live.

    The version is :func:`fingerprint`: constant time, and it changes with every write made
    through matchmaker; the TTL covers edits made around it.
    """

    def __init__(self, size: int = 16, ttl: float = CACHE_TTL_SECONDS) -> None:
        self.size, self.ttl = size, ttl
        self._items: OrderedDict[tuple[Any, ...], tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[tuple[Any, ...], threading.Lock] = {}

    def get_or_compute(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """The cached value, or one computation of it however many requests ask at once (the
        others wait for it: bench/load.py saw identical 45 s computations pile up without this).

        Once a value is cached it is never recomputed on a request's path: when its time to live
        has passed, the request gets it at once and one background thread refreshes it (the
        version is in the key, so an expired value is still this graph version's; the refresh is
        only for edits made around matchmaker)."""
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and time.monotonic() - hit[0] < self.ttl:
                self._items.move_to_end(key)
                return hit[1]
            key_lock = self._computing.setdefault(key, threading.Lock())
        if hit is not None:
            if key_lock.acquire(blocking=False):  # nobody refreshes it yet: one thread does
                threading.Thread(
                    target=self._refresh, args=(key, key_lock, compute), name="metrics-refresh", daemon=True
                ).start()
            return hit[1]
        key_lock.acquire()
        try:
            with self._lock:
                fresh = self._items.get(key)
                if fresh is not None and time.monotonic() - fresh[0] < self.ttl:
                    return fresh[1]
            value = compute()
            self._store(key, value)
            return value
        finally:
            self._release(key, key_lock)

    def _refresh(self, key: tuple[Any, ...], key_lock: threading.Lock, compute: Callable[[], Any]) -> None:
        try:
            self._store(key, compute())
        except Exception:  # the previous value stays; the next expired read tries again
            log.exception("refreshing a cached metrics result failed")
        finally:
            self._release(key, key_lock)

    def _store(self, key: tuple[Any, ...], value: Any) -> None:
        with self._lock:
            self._items[key] = (time.monotonic(), value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def _release(self, key: tuple[Any, ...], key_lock: threading.Lock) -> None:
        key_lock.release()
        with self._lock:
            if self._computing.get(key) is key_lock and not key_lock.locked():
                del self._computing[key]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


CACHE = VersionedCache()


def cached_projection(graph: Graph, filters: Filters, version: str | None = None) -> Projection:
    version = version or fingerprint(graph)
    key = ("projection", id(graph), version, filters.without_window())
    return CACHE.get_or_compute(key, lambda: fetch(graph, filters.without_window(), version))


def parse_filters(
    community: str | None = None,
    hub: str | None = None,
    region: str | None = None,
    kinds: Iterable[str] | None = None,
    link_types: Iterable[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Filters:
    """Filters from loose inputs (CLI and API), with kinds and link types checked."""
    known_kinds = get_vocabulary().terms("org_kinds")
    kinds_t = tuple(sorted(set(kinds or ())))
    bad = [k for k in kinds_t if k not in known_kinds]
    if bad:
        raise ValueError(f"unknown kind(s) {bad}; known: {', '.join(known_kinds)}")
    types_t = tuple(sorted({t.upper() for t in (link_types or ())}))
    bad = [t for t in types_t if t not in LINK_WEIGHTS]
    if bad:
        raise ValueError(f"link types {bad} are not organisation-to-organisation; use {', '.join(ORG_LINK_TYPES)}")
    if since and until and until < since:
        raise ValueError("until is before since")
    return Filters(community, hub, region, kinds_t, types_t, since, until)
