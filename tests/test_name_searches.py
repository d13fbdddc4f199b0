"""A name search's ranked hits are kept with the graph version (graph/store.py ``SEARCHES``): a
repeat costs the page's one round trip, and any write makes the next search read afresh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph import store
from matchmaker.graph.connection import Graph


def load(graph: Graph, *names: tuple[str, str]) -> None:
    records = [{"record": "organization", "id": i, "kind": "cdmo", "name": n} for i, n in names]
    import_records(graph, [RawRecord("test", n, r) for n, r in enumerate(records, start=1)])


@pytest.fixture
def reads(graph: Graph, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the queries the graph runs (the real ones, on the real Neo4j)."""
    store.SEARCHES.clear()
    names: list[str] = []
    real = graph.read

    def counted(name: str | tuple[str, ...], **params: Any) -> list[dict[str, Any]]:
        names.append(str(name))
        return real(name, **params)

    monkeypatch.setattr(graph, "read", counted)
    yield names


def search(graph: Graph, q: str, **filters: Any) -> list[str]:
    filters = {"kind": None, "community": None, "hub": None, "region": None, "modality": None,
               "capability": None, "certification": None} | filters  # fmt: skip
    _, items = store.list_records(graph, "organization", q=q, limit=10, offset=0, **filters)
    return [i["id"] for i in items]


def test_a_repeated_name_search_is_one_round_trip_with_the_same_hits(graph: Graph, reads: list[str]) -> None:
    load(graph, ("s-1", "Harbor Biologics"), ("s-2", "Harbor Cell Works"), ("s-3", "Inland Pharma"))
    first = search(graph, "Harbor")
    searched = list(reads)
    reads.clear()
    assert search(graph, "Harbor") == first and set(first) == {"s-1", "s-2"}
    assert reads == ["read/organization_list_matched"] and len(searched) > 1
    reads.clear()
    assert search(graph, "Harbor", kind="cdmo") == first  # a filter pages the kept hits too
    assert reads == ["read/organization_list_matched"]


def test_a_write_after_a_search_is_seen_by_the_next_one(graph: Graph, reads: list[str]) -> None:
    """The kept hits' page shows a new version: the search runs again, with that page's version as
    the one read before it (no fingerprint query of its own), and its hits are kept under it."""
    load(graph, ("s-1", "Harbor Biologics"))
    assert search(graph, "Harbor") == ["s-1"]
    load(graph, ("s-4", "Harbor Analytics"))
    reads.clear()
    assert set(search(graph, "Harbor")) == {"s-1", "s-4"}
    assert reads[0] == reads[-1] == "read/organization_list_matched" and "read/fingerprint" not in reads
    reads.clear()
    assert set(search(graph, "Harbor")) == {"s-1", "s-4"} and reads == ["read/organization_list_matched"]


def test_hits_from_before_a_write_that_fell_inside_the_search_are_not_kept(
    graph: Graph, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The version read before the search differs from the page's: the hits may predate the write,
    so they serve this answer only and the next search reads afresh."""
    load(graph, ("s-1", "Harbor Biologics"))
    real = store.search_ids

    def then_a_write(*args: Any, **kwargs: Any) -> list[str]:
        found = real(*args, **kwargs)
        load(graph, ("s-5", "Harbor Vectors"))
        return found

    monkeypatch.setattr(store, "search_ids", then_a_write)
    assert search(graph, "Harbor") == ["s-1"]
    monkeypatch.setattr(store, "search_ids", real)
    reads.clear()
    assert set(search(graph, "Harbor")) == {"s-1", "s-5"}
    assert "read/fingerprint" in reads
