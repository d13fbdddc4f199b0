"""The row store (matching/store.py, issue 19): candidates' rows kept in the process answer the
same as the rows Neo4j reads, and every kind of write reaches them without a full reload. Against
the real Neo4j, with writes through the real HTTP API."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import numpy as np
import pytest

from matchmaker.embeddings.registry import get_encoder
from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import cypher
from matchmaker.graph.schema import migrate
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.service import Matcher
from matchmaker.matching.store import RowStore
from matchmaker.matching.vectors import VectorCache
from matchmaker.profiles.store import analyse_organizations
from tests.test_match_speed import count_reads
from tests.test_matching import POOL, load


def org(id_: str, kind: str, description: str, **extra: object) -> dict[str, Any]:
    return {"record": "organization", "id": id_, "kind": kind, "name": id_.title(), "description": description,
            **extra}  # fmt: skip


NETWORK = [
    {"record": "community", "id": "s-com", "name": "West Bio", "name_ja": "西バイオ"},
    org("s-seeker", "startup", "We develop an AAV gene therapy.", needs="GMP manufacturing of AAV vectors.",
        communities=["s-com"]),
    org("s-near", "cdmo", "GMP manufacturing of AAV vectors in Kobe.", communities=["s-com"]),
    org("s-far", "cdmo", "GMP manufacturing of AAV vectors in Sendai."),
    org("s-uni", "university", "AAV capsid research."),
    {"record": "link", "source": "s-seeker", "type": "COLLABORATES_WITH", "target": "s-uni",
     "attributes": {"topic": "AAV"}},
]  # fmt: skip


def matcher_with_store(graph: Graph) -> tuple[Matcher, RowStore]:
    encoder = get_encoder()
    cache, store = VectorCache(), RowStore()
    cache.load(graph, encoder.name)
    store.load(graph)
    return Matcher(graph, encoder, cache, store), store


def codes(matcher: Matcher, seeker: str = "s-seeker") -> dict[str, set[str]]:
    result = matcher.match_organization(seeker, "cdmo", MatchFilters(), 10)
    return {m.id: {r.code for r in m.reasons} for m in result.matches}


def test_matches_from_the_row_store_are_the_ones_neo4j_rows_give(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(api, [*POOL, *NETWORK])
    stored, store = matcher_with_store(graph)
    assert store.size == 11  # every embedded organisation
    asks = [("m-startup", "cdmo"), ("m-startup", "vc"), ("m-supplier", "any"), ("s-seeker", "cdmo")]
    sent = count_reads(graph, monkeypatch)
    answers = [stored.match_organization(seeker, target, MatchFilters(), 5) for seeker, target in asks]
    # the seeker from the store and the cache, checked by the final page's read: one query a match
    assert sent == {"matching/page": len(asks)}
    plain = Matcher(graph, get_encoder(), stored.vectors)  # the same vectors, rows read from Neo4j
    for (seeker, target), answer in zip(asks, answers, strict=True):
        assert answer.matches, (seeker, target)
        assert answer.model_dump() == plain.match_organization(seeker, target, MatchFilters(), 5).model_dump()
    assert sent["matching/rows"] >= 1  # the plain matcher's


def test_every_write_reaches_the_row_store_without_a_full_load(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(api, NETWORK)
    matcher, store = matcher_with_store(graph)
    reloads: list[Graph] = []
    monkeypatch.setattr(store, "load_in_background", reloads.append)
    assert "community" in codes(matcher)["s-near"] and "community" not in codes(matcher)["s-far"]

    # a link made through the API reaches the next match: both members of the community now
    made = api.post("/v1/links", json={"record": "link", "source": "s-far", "type": "MEMBER_OF", "target": "s-com"})
    assert made.status_code == 201, made.text
    assert "community" in codes(matcher)["s-far"]
    # and its deletion does too
    gone = api.delete("/v1/links", params={"source": "s-far", "type": "MEMBER_OF", "target": "s-com"})
    assert gone.status_code == 204, gone.text
    assert "community" not in codes(matcher)["s-far"]

    # a profile edit (a new name and text: import, analysis and embedding) reaches the match's row
    far = next(r for r in NETWORK if r.get("id") == "s-far")
    edited = api.put("/v1/organizations/s-far", json={**far, "name": "Sendai Vector Plant", "region": "JP-04"})
    assert edited.status_code == 200, edited.text
    result = matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    assert {m.id: m.name for m in result.matches}["s-far"] == "Sendai Vector Plant"
    assert store.get(["s-far"], ["cdmo"])["s-far"]["props"]["region"] == "JP-04"

    # a deleted organisation is no candidate; imported again, it is one again
    assert api.delete("/v1/organizations/s-far").status_code == 204
    assert "s-far" not in codes(matcher) and not store.get(["s-far"], ["cdmo"])
    load(api, [far])
    assert "s-far" in codes(matcher)

    # a new analysis of the profiles (no import) is a row change too
    before = store.revision
    assert analyse_organizations(graph, ["s-near"], force=True) == 1
    codes(matcher)
    assert store.revision > before
    assert reloads == []  # every change above was read in place

    # clearing every organisation moves the epoch: the store loads again
    graph.run_auto(cypher("write/clear"))
    load(api, NETWORK)
    assert matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10).matches
    assert reloads == [graph]


def test_a_store_not_loaded_yet_leaves_the_rows_to_neo4j(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(api, NETWORK)
    encoder = get_encoder()
    cache, store = VectorCache(), RowStore()
    cache.load(graph, encoder.name)
    started: list[Graph] = []
    monkeypatch.setattr(store, "load_in_background", started.append)
    sent = count_reads(graph, monkeypatch)
    result = Matcher(graph, encoder, cache, store).match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    assert {m.id for m in result.matches} == {"s-near", "s-far"}
    assert sent["matching/rows"] == 1 and started == [graph]


def reset_like_db_reset(graph: Graph) -> None:
    """What ``matchmaker db reset`` leaves for the row store: a database with no ecosystem and no
    meta nodes, whose schema the next start applies again (the schema marker and the session's API
    keys stay here, the other tests' fixtures hold them)."""
    graph.driver.execute_query(
        "MATCH (n) WHERE n:Entity OR n:Partnering OR n:Notification OR n:_Gone OR (n:_Meta AND n.id <> 'schema') "
        "DETACH DELETE n"
    )
    migrate(graph)


def test_a_database_reset_under_a_running_store_loads_it_again(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    reset_like_db_reset(graph)  # a fresh database: no clear has moved its epoch yet
    load(api, NETWORK)
    matcher, store = matcher_with_store(graph)
    monkeypatch.setattr(store, "load_in_background", store.load)  # a reload, done before the next match
    assert store.get(["s-far"], ["cdmo"])["s-far"]["props"]["name"] == "S-Far"

    # `matchmaker db reset` (then restore or import) while the API runs: the same records, one renamed
    reset_like_db_reset(graph)
    renamed = [{**r, "name": "Sendai Vector Plant"} if r.get("id") == "s-far" else r for r in NETWORK]
    load(api, renamed)
    assert graph.read("embeddings/meta_get")[0]["rows"] <= store.revision  # the new count is no further on
    assert matcher.vectors is not None
    matcher.vectors.load(graph, get_encoder().name)  # (the vector cache follows a revision of its own)
    names = {m.id: m.name for m in matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10).matches}
    assert names["s-far"] == "Sendai Vector Plant"
    assert store.get(["s-far"], ["cdmo"])["s-far"]["props"]["name"] == "Sendai Vector Plant"


def test_an_ask_with_the_epoch_before_a_clear_starts_no_second_full_load(api: httpx.Client, graph: Graph) -> None:
    """A request that read the versions before a clear and reaches the copies after they loaded the new epoch
    asks for the old one: the background load it starts finds both copies current and keeps them."""
    load(api, NETWORK)
    before = graph.read("embeddings/meta_get")[0]
    graph.run_auto(cypher("write/clear"))
    load(api, NETWORK)
    now = graph.read("embeddings/meta_get")[0]
    assert now["epoch"] != before["epoch"]
    matcher, store = matcher_with_store(graph)  # both copies loaded at the new epoch
    cache, model = matcher.vectors, get_encoder().name
    assert cache is not None
    rows, state = store._rows, cache._state
    assert not store.ready(graph, before["rows"], before["epoch"])  # the late ask starts a background load
    assert not cache.ready(graph, model, before["revision"], before["epoch"])
    for loader in (store._loader, cache._loader):
        assert loader is not None
        loader.join(30)
    assert store._rows is rows and cache._state is state  # kept: nothing was loaded again
    assert store.ready(graph, now["rows"], now["epoch"]) and cache.ready(graph, model, now["revision"], now["epoch"])


def neo4j_rows(graph: Graph, ids: list[str], kinds: list[str]) -> dict[str, dict[str, Any]]:
    """``ids``' rows as ``matching/rows`` reads them (the matcher without a store), similarities left out."""
    rows = graph.read(("matching/rows", "matching/row"), ids=ids, kinds=kinds)
    return {r["props"]["id"]: {k: v for k, v in r.items() if k not in ("fwd", "rev")} for r in rows}


def stored_rows(store: RowStore, ids: list[str], kinds: list[str]) -> dict[str, dict[str, Any]]:
    return {i: {k: v for k, v in row.items() if k != "facets"} for i, row in store.get(ids, kinds).items()}


def test_the_store_keeps_every_link_a_row_lists(api: httpx.Client, graph: Graph) -> None:
    event = {"record": "event", "id": "s-event", "name": "Bio Partnering 2030", "starts_on": "2030-10-14",
             "ends_on": "2030-10-15", "timezone": "Asia/Tokyo"}  # fmt: skip
    seed = {"record": "seed", "id": "s-capsid", "name": "Capsid library", "owner": "s-uni"}
    licence = {"record": "link", "source": "s-capsid", "type": "LICENSED_TO", "target": "s-near"}
    load(api, [*NETWORK, event, seed, licence])
    matcher, store = matcher_with_store(graph)
    ids, kinds = ["s-seeker", "s-near", "s-far", "s-uni"], ["startup", "cdmo", "university"]
    assert stored_rows(store, ids, kinds) == neo4j_rows(graph, ids, kinds)

    # registering for an event's partnering makes an ATTENDS link (which no row lists: no stamp needed)
    programme = {"sessions": [{"day": "2030-10-14", "start": "10:00", "end": "12:00", "minutes": 30}], "tables": ["T1"]}
    assert api.put("/v1/events/s-event/programme", json=programme).status_code == 200
    registered = api.put("/v1/events/s-event/participants/s-far", json={})
    assert registered.status_code == 200, registered.text
    # deleting an organisation deletes its seeds, and with them their links to other organisations
    assert api.delete("/v1/organizations/s-uni").status_code == 204
    codes(matcher)  # the next match brings the store up to date
    ids = ["s-seeker", "s-near", "s-far"]
    stored, read = stored_rows(store, ids, kinds), neo4j_rows(graph, ids, kinds)
    assert {i: r["links"] for i, r in stored.items()} == {i: r["links"] for i, r in read.items()}
    assert stored == read


def test_a_store_over_its_limit_stays_off_without_loading_again_on_each_request(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(api, NETWORK)
    store = RowStore(max_rows=2)
    assert store.load(graph) == 0 and store.size == 0
    meta = graph.read("embeddings/meta_get")[0]
    sent = count_reads(graph, monkeypatch)
    for _ in range(3):  # three matches in a row: rows come from Neo4j, and no load starts for each
        assert not store.ready(graph, meta["rows"], meta["epoch"])
    if store._loader is not None:  # a load started anyway: let it read before counting
        store._loader.join(30)
    assert sent["embeddings/meta_get"] == 0  # what a (background) load reads first


def test_a_repeated_ask_is_answered_from_memory_until_a_write_moves_its_versions(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(api, NETWORK)
    matcher, _ = matcher_with_store(graph)
    first = matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    sent = count_reads(graph, monkeypatch)
    again = matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    assert again.model_dump() == first.model_dump()
    assert sent == {"matching/page": 1}  # only the versions are read, to check the answer kept for them
    # asked another way (on its behalf, another limit, a filter) is another answer, ranked anew
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10, own=False)
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 5)
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(community="s-com"), 10)
    assert len(matcher.responses) == 4
    # an event's participants change without moving a version: never kept
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(event="no-such-event"), 10)
    assert len(matcher.responses) == 4
    # a write moves the versions: the same ask is ranked again and shows it
    made = api.post("/v1/links", json={"record": "link", "source": "s-far", "type": "MEMBER_OF", "target": "s-com"})
    assert made.status_code == 201, made.text
    assert "community" not in {r.code for m in first.matches if m.id == "s-far" for r in m.reasons}
    assert "community" in codes(matcher)["s-far"]


def test_a_database_reset_under_a_running_vector_cache_loads_it_again(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    reset_like_db_reset(graph)
    load(api, NETWORK)
    matcher, _ = matcher_with_store(graph)
    cache = matcher.vectors
    assert cache is not None
    monkeypatch.setattr(cache, "load_in_background", lambda g, model=None: cache.load(g, get_encoder().name))
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    held = cache.offer_vectors(["s-far"])[0]

    # a reset database whose embeddings revision comes out no further than the one the cache holds,
    # with s-far now describing something else: its vector must be the new one
    reset_like_db_reset(graph)
    other = [{**r, "description": "Fill and finish of sterile vials."} if r.get("id") == "s-far" else r
             for r in NETWORK]  # fmt: skip
    load(api, other)
    assert graph.read("embeddings/meta_get")[0]["revision"] <= cache._state.revision
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    stored = graph.driver.execute_query("MATCH (o:Organization {id: 's-far'}) RETURN o.vec_offer AS v").records[0]["v"]
    now = cache.offer_vectors(["s-far"])[0]
    assert held is not None and now is not None
    assert float(now @ (np.asarray(stored) / np.linalg.norm(stored))) > 0.999 > float(held @ now)


def test_a_match_ranked_from_the_copies_sends_one_query_and_ranks_again_after_a_write_it_missed(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seeker from the row store and the cache (matching/resident.py): one round trip, whose
    meta proves the copies current; a write made meanwhile elsewhere (here the API's own process)
    is found by that read, and the match is ranked again the usual way, showing the write."""
    load(api, NETWORK)
    matcher, store = matcher_with_store(graph)
    sent = count_reads(graph, monkeypatch)
    first = matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    assert sent == {"matching/page": 1}
    # the network facts' names come with that read: the same reasons as a seeker read from Neo4j
    near = next(m for m in first.matches if m.id == "s-near")
    assert any(r.code == "community" and "West Bio" in r.en and "西バイオ" in r.ja for r in near.reasons)
    plain = Matcher(graph, get_encoder(), matcher.vectors).match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    assert first.model_dump() == plain.model_dump()
    # a write the copies have not seen: the answer ranked from them is dropped, and ranked again
    kept = store.revision
    made = api.post("/v1/links", json={"record": "link", "source": "s-far", "type": "MEMBER_OF", "target": "s-com"})
    assert made.status_code == 201, made.text
    sent.clear()
    again = matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)
    assert sent["matching/page"] >= 1 and sent["matching/seeker"] == 1 and store.revision > kept
    far = next(m for m in again.matches if m.id == "s-far")
    assert any(r.code == "community" and "West Bio" in r.en for r in far.reasons)
    # asked with its own confidential needs: the cache holds no such vector, so the usual way
    secret = next(r for r in NETWORK if r.get("id") == "s-seeker")
    assert api.put("/v1/organizations/s-seeker", json={**secret, "needs_confidential": True}).status_code == 200
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 10)  # catches up with the write
    sent.clear()
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 3)
    assert sent["matching/seeker"] == 1
    sent.clear()
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 3, own=False)  # on its behalf: no needs
    assert sent == {"matching/page": 1}
    # while the store loads again in the background, its rows may be behind: the usual way, not a check
    # that would fail on every ask until the load is done
    done = threading.Event()
    store._loader = threading.Thread(target=done.wait, daemon=True)  # a load in progress
    store._loader.start()
    sent.clear()
    matcher.match_organization("s-seeker", "cdmo", MatchFilters(), 4, own=False)
    done.set()
    assert sent["matching/seeker"] == 1 and sent["matching/page"] <= 1
