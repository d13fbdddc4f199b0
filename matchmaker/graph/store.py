"""Reads of ecosystem records from the graph, shared by the API and the exporter.

Writes go through :mod:`matchmaker.exchange.importer` only, so that the API's create and update
get exactly the validation an import gets.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import neo4j.exceptions
import neo4j.time
from cachetools import TTLCache

from matchmaker.graph.connection import Graph
from matchmaker.model.names import query_terms, rank
from matchmaker.model.records import NODE_LABELS, Community, Event, Hub, LinkType, NodeRecord, Organization, Seed

MODELS: dict[str, type[NodeRecord]] = {
    "organization": Organization, "community": Community, "hub": Hub, "event": Event, "seed": Seed,
}  # fmt: skip
# Node fields that the graph holds as links: (field, link type, outgoing from this node).
SHORTHAND: dict[type[NodeRecord], tuple[tuple[str, LinkType, str, bool], ...]] = {
    Organization: (("communities", LinkType.MEMBER_OF, "Community", True), ("hub", LinkType.LOCATED_IN, "Hub", True)),
    Hub: (("community", LinkType.PART_OF, "Community", True),),
    Seed: (("owner", LinkType.OWNS, "Organization", False),),
    Community: (),
    Event: (),
}
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
#: Words Lucene's query parser reads as operators (in capitals only): searched for as words.
_LUCENE_KEYWORDS = frozenset({"AND", "OR", "NOT", "TO"})


def native(value: Any) -> Any:
    """Neo4j temporal values as ISO strings, everything else unchanged."""
    if isinstance(value, neo4j.time.Date):
        return value.iso_format()
    if isinstance(value, neo4j.time.DateTime):
        return value.iso_format()
    return value


def _by_type(pairs: list[list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for link_type, other in pairs:
        out.setdefault(link_type, []).append(other)
    return out


def record_from_row(model: type[NodeRecord], row: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """A node row (props, out_pairs, in_pairs) as an exchange record, plus the links its
    shorthand fields state, as (source, type, target)."""
    props = row["props"]
    rec: dict[str, Any] = {"record": model.model_fields["record"].default}
    rec.update({k: native(props[k]) for k in model.model_fields if k != "record" and props.get(k) not in (None, [])})
    out, inc = _by_type(row["out_pairs"]), _by_type(row["in_pairs"])
    stated = []
    for name, link_type, _label, outgoing in SHORTHAND[model]:
        ends = sorted((out if outgoing else inc).get(link_type.value, []))
        if not ends:
            continue
        chosen = ends if isinstance(model.model_fields[name].default, list) else ends[:1]
        rec[name] = chosen if isinstance(model.model_fields[name].default, list) else chosen[0]
        stated += [(rec["id"], link_type.value, o) if outgoing else (o, link_type.value, rec["id"]) for o in chosen]
    return rec, stated


def _fields(record: str) -> list[str]:
    """The stored properties a record of this kind shows (the read queries return only these: a
    profile's vectors and sentences are tens of kilobytes nobody reads here)."""
    return [name for name in MODELS[record].model_fields if name != "record"]


def _paired(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "props": dict(row["props"])}


def get_record(graph: Graph, record: str, node_id: str) -> dict[str, Any] | None:
    rows = graph.read("read/node_get", id=node_id, label=NODE_LABELS[record], fields=_fields(record))
    return record_from_row(MODELS[record], _paired(rows[0]))[0] if rows else None


def lucene_escape(term: str) -> str:
    """One search word as Lucene text that matches it literally: every operator character escaped,
    and the operator words (``AND``, ``OR``, ``NOT``, ``TO``) lowercased, which the analyzer
    would do to any word anyway."""
    if term in _LUCENE_KEYWORDS:
        return term.lower()
    return _LUCENE_SPECIAL.sub(r"\\\1", term)


def _hits(graph: Graph, text: str, label: str, limit: int) -> list[dict[str, Any]]:
    """Full-text hits for ``text`` (substring hits for one character or unparsable text)."""
    if len(text) < 2:
        return graph.read("read/name_contains", text=text, label=label, limit=limit)
    terms = " AND ".join(lucene_escape(t) for t in text.split())
    try:
        return graph.read("read/name_search", query=terms, label=label, limit=limit)
    except neo4j.exceptions.ClientError:
        # The escaping above leaves nothing for the query parser to reject; should some text still
        # fail to parse, it is searched as a substring rather than answered with an error.
        return graph.read("read/name_contains", text=text, label=label, limit=limit)


def search_ids(graph: Graph, record: str, text: str, limit: int = 1000) -> list[str]:
    """Ids whose English or Japanese name matches ``text``, best first (``model/names.py``): the
    name typed, then names it begins, then names containing it, then the other full-text hits by
    similarity. The query is also searched without its legal form (株式会社, (株), Inc.), and as a
    substring, so ``神奈川バイオ製造(株)`` finds ``神奈川バイオ製造株式会社``."""
    text = text.strip()
    label = NODE_LABELS[record]
    core = query_terms(text) or text
    if core == text and len(text) >= 2:  # the common case: both look-ups in one round trip
        try:
            query = " AND ".join(lucene_escape(t) for t in text.split())
            rows = graph.read("read/name_search_contains", query=query, text=text, label=label, limit=limit)
        except neo4j.exceptions.ClientError:  # unparsable after escaping (see _hits): as a substring
            rows = graph.read("read/name_contains", text=text, label=label, limit=limit)
        return _ranked(text, rows, limit)
    rows = _hits(graph, text, label, limit)
    if core != text:
        rows += _hits(graph, core, label, limit)
    if len(core) >= 2:
        rows += graph.read("read/name_contains", text=core, label=label, limit=limit)
    return _ranked(text, rows, limit)


def _ranked(text: str, rows: list[dict[str, Any]], limit: int) -> list[str]:
    names: dict[str, tuple[str | None, str | None]] = {}
    for row in rows:
        names.setdefault(row["id"], (row["name"], row["name_ja"]))
    return rank(text, names.items())[:limit]


def fingerprint(graph: Graph) -> str:
    """The graph version: matchmaker's change counter and the node and link counts (all constant
    time, unlike the scan for the newest node this replaced)."""
    return _version_of(graph.read("read/fingerprint")[0])


def _version_of(row: dict[str, Any]) -> str:
    return f"{row['version']}:{row['nodes']}:{row['links']}"


class _Searches:
    """Name searches kept with the graph version they were ranked at: a person narrowing a list,
    the browser asking again, a dashboard's links all repeat a name, and a repeat then costs the
    page's one round trip (which reads the version too) instead of three. Entries expire like the
    metrics cache's, for edits made around matchmaker that keep the version (see read/fingerprint)."""

    def __init__(self, size: int = 1024, ttl: float = 300.0) -> None:
        self._items: TTLCache[tuple[int, str, str], tuple[str, list[str]]] = TTLCache(maxsize=size, ttl=ttl)
        self._lock = threading.Lock()

    def get(self, key: tuple[int, str, str]) -> tuple[str, list[str]] | None:
        with self._lock:
            return self._items.get(key)

    def put(self, key: tuple[int, str, str], version: str, ids: list[str]) -> None:
        with self._lock:
            self._items[key] = (version, ids)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


SEARCHES = _Searches()


def list_records(
    graph: Graph, record: str, *, q: str | None, limit: int, offset: int, **filters: Any
) -> tuple[int, list[dict[str, Any]]]:
    """One page of a label's records, filtered; ordered by name, or best match first for a name
    search ``q``; returns (total, records). A name search's ranked hits are kept (:class:`_Searches`)
    and used again while the page read with them shows the same graph version; they are kept only
    when the version read before the search is the page's, so no write fell between the two."""
    if not q:
        return _page(graph, record, None, limit, offset, filters)[:2]
    key = (id(graph), record, q.strip())
    before = None
    if (kept := SEARCHES.get(key)) is not None:
        total, items, before = _page(graph, record, kept[1], limit, offset, filters)
        if before == kept[0]:
            return total, items
    # the version read before searching: the stale page's, which was, or one read now
    before = before or fingerprint(graph)
    matched = search_ids(graph, record, q)
    total, items, version = _page(graph, record, matched, limit, offset, filters)
    if version == before:
        SEARCHES.put(key, version, matched)
    return total, items


def _page(
    graph: Graph, record: str, matched: list[str] | None, limit: int, offset: int, filters: dict[str, Any]
) -> tuple[int, list[dict[str, Any]], str | None]:
    """(total, records, the graph version read with them: None for a list without a search)."""
    paged = matched is not None and all(value is None for value in filters.values())
    found = len(matched or [])
    if paged:
        # nothing filters the hits further: only the page's are looked up (a common name part
        # matches hundreds, each an index seek and a rank entry sent for nothing)
        matched, offset = matched[offset : offset + limit], 0
    rank_of = {node_id: place for place, node_id in enumerate(matched or [])}
    model = MODELS[record]
    if record == "organization":
        name = "read/organization_list" if matched is None else "read/organization_list_matched"
        rows = graph.read(
            name, matched=matched, rank=rank_of, limit=limit, offset=offset, fields=_fields(record), **filters
        )
    else:
        rows = graph.read(
            "read/node_list", label=NODE_LABELS[record], matched=matched, rank=rank_of, limit=limit, offset=offset,
            fields=_fields(record),
        )  # fmt: skip
    row = rows[0]
    total = found if paged else row["total"]
    version = _version_of(row) if "version" in row else None
    return total, [record_from_row(model, _paired(item))[0] for item in row["items"]], version


def node_links(graph: Graph, node_id: str) -> list[dict[str, Any]]:
    out = []
    for row in graph.read("read/node_links", id=node_id):
        props = {k: native(v) for k, v in row.pop("props").items() if v is not None and k != "key"}
        out.append({**row, "attributes": props})
    return out
