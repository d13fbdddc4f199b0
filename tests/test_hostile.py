"""What an outside tester tries, against the real API and Neo4j: search syntax and closed-set values
as input, members changing what others trust, formula and control characters in exports, rate
limits dodged with bad keys or forwarded headers, oversized programmes, Neo4j stopped under the
API, and hostile strings sent to every route. None of it may give a 500."""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.access.models import Role
from matchmaker.api.app import create_app
from matchmaker.graph.connection import Graph
from matchmaker.graph.server import EmbeddedServer
from matchmaker.graph.store import lucene_escape
from tests.conftest import Database, bearer, make_key
from tests.helpers import jsonl, served

EVENT = "h-event"
BASE = f"/v1/events/{EVENT}"
NDJSON = {"content-type": "application/x-ndjson"}
FORMULAS = {"h-eq": "=HYPERLINK(\"http://x.example\",\"go\")", "h-plus": "+81 Bio", "h-minus": "-2+3",
            "h-at": "@SUM(A1:A9)"}  # fmt: skip
SEARCH_SYNTAX = ["R AND D", "OR", "NOT", "AND", "(", "[a TO z", "a) OR (b", '"', "\\", "*", "?x", "~", "a && b",
                 "||", "!", "{}", "/re/", "R&D AND", "NOT NOT", "to TO", "  AND  ", "東京 AND バイオ"]  # fmt: skip
# Things an outside tester sends wherever a string goes.
HOSTILE = ["R AND D", "(", "Asia", "x" * 300, "=cmd|' /C calc'!A0", "../../etc/passwd", "%00", "\x00", "\x1b[31m",
           "0.5", "-1", "9" * 30, "' OR 1=1 --", "{{7*7}}", "東京" * 150, "Asia/Tokyo\x00", " ", "null"]  # fmt: skip


ZONE_TRIES = ["Asia", "America", "Etc", "x" * 300, "/etc/passwd", "../zoneinfo/UTC", "Asia/", "UTC\x00", "Asia/Tokyo"]


def org(id_: str, name: str, kind: str = "startup", **extra: Any) -> dict[str, Any]:
    return {"record": "organization", "id": id_, "kind": kind, "name": name, **extra}


def load(api: httpx.Client, *records: dict[str, Any]) -> None:
    r = api.post("/v1/import", content=jsonl(*records).encode(), headers=NDJSON)
    assert r.status_code == 200, r.text


def as_key(url: str, key: str | None) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=60, headers=bearer(key) if key else {})


# --- search text is data ------------------------------------------------------------------------


@pytest.fixture
def named(api: httpx.Client) -> httpx.Client:
    load(api, org("h-rd", "R AND D Labs"), org("h-or", "OR Biologics (Tokyo)"), org("h-tokyo", "東京バイオ株式会社"))
    return api


def test_search_syntax_is_searched_for_not_parsed(named: httpx.Client, api_url: str) -> None:
    with as_key(api_url, None) as anonymous:
        for q in SEARCH_SYNTAX:
            r = anonymous.get("/v1/organizations", params={"q": q})
            assert r.status_code == 200, (q, r.status_code, r.text)
        found = anonymous.get("/v1/organizations", params={"q": "OR Biologics (Tokyo)"}).json()["items"]
        assert [o["id"] for o in found] == ["h-or"]
        assert [o["id"] for o in anonymous.get("/v1/organizations", params={"q": "R AND D"}).json()["items"]] == [
            "h-rd"
        ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_any_search_text_is_a_valid_full_text_query(session_graph: Graph, text: str) -> None:
    """The escaped words go to Neo4j's full-text parser as they are (no fallback): it never refuses them."""
    terms = " AND ".join(lucene_escape(t) for t in text.split())
    if terms:
        session_graph.read("read/name_search", query=terms, label="Organization", limit=5)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(min_size=1, max_size=200))
def test_no_search_text_gives_a_server_error(named: httpx.Client, q: str) -> None:
    for path in ("/v1/organizations", "/v1/events", "/v1/communities"):
        r = named.get(path, params={"q": q})
        assert r.status_code in (200, 422), (q, r.status_code, r.text)
        if r.status_code == 422:
            assert r.json()["errors"][0]["field"] == "q"


# --- closed sets: time zones and dates ----------------------------------------------------------


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(zone=st.one_of(st.text(max_size=300), st.sampled_from(ZONE_TRIES)))
def test_any_time_zone_is_refused_by_name_or_accepted(api: httpx.Client, zone: str) -> None:
    event = {"record": "event", "id": "h-tz", "name": "TZ test", "timezone": zone}
    put = api.put("/v1/events/h-tz", json=event)
    imported = api.post("/v1/import", content=jsonl(event).encode(), headers=NDJSON)
    for r in (put, imported):
        assert r.status_code in (200, 422), (zone, r.status_code, r.text)
        if r.status_code == 422:
            assert "timezone" in r.json()["message"], r.text
    assert (put.status_code == 200) == (zone.strip() == "Asia/Tokyo" or zone.strip() in _zones())


def _zones() -> frozenset[str]:
    from matchmaker.model.records import time_zones

    return time_zones()


def test_dates_are_written_as_dates(api: httpx.Client, graph: Graph) -> None:
    load(api, org("h-a", "A"), org("h-b", "B"))
    link = {"record": "link", "source": "h-a", "target": "h-b", "type": "COLLABORATES_WITH"}
    for value in ("0.5", "0", 0, 0.5, "1700000000", "2026-13-01"):
        r = api.get("/v1/metrics/network", params={"since": value})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "since", (value, r.text)
        bad = api.post("/v1/import", content=jsonl({**link, "until": value}).encode(), headers=NDJSON)
        assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "until", bad.text
    assert api.get("/v1/metrics/network", params={"since": "2020-01-01"}).status_code == 200
    for value in ("0.5", "0", "0243-02-26T20:06:09+22:29"):  # the last once reached Neo4j and gave a 500
        r = api.get("/v1/audit", params={"since": value})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "since", (value, r.text)
    assert api.get("/v1/audit", params={"since": "2026-01-01T00:00:00"}).status_code == 200
    load(api, {"record": "event", "id": EVENT, "name": "E", "timezone": "Asia/Tokyo"})
    slot = {"id": "s1", "start": 0, "end": "2030-10-14T10:30:00+09:00"}
    r = api.put(f"{BASE}/programme", json={"slots": [slot], "tables": ["T1"]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "slots.0.start", r.text


# --- trusted fields -----------------------------------------------------------------------------


@pytest.fixture
def community(api: httpx.Client) -> httpx.Client:
    load(
        api,
        {"record": "community", "id": "h-com", "name": "H community"},
        {"record": "hub", "id": "h-hub", "name": "H hub", "community": "h-com"},
        org("h-member", "Member Co", kind="startup", communities=["h-com"], hub="h-hub", source="doc l.1"),
        org("h-loner", "Loner Co", kind="cdmo"),
    )
    return api


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "vc"), ("certifications", ["amed_certified_vc"]), ("communities", []), ("hub", None),
     ("source", "my own say-so")],
)  # fmt: skip
def test_a_member_cannot_change_what_others_trust(
    community: httpx.Client, graph: Graph, api_url: str, field: str, value: Any
) -> None:
    key = make_key(graph, Role.member, org="h-member")
    before = community.get("/v1/organizations/h-member").json()
    vcs = community.get("/v1/organizations", params={"certification": "amed_certified_vc"}).json()["total"]
    with as_key(api_url, key) as member:
        r = member.put("/v1/organizations/h-member", json={**before, field: value, "description": "changed"})
    assert r.status_code == 403 and r.json()["message"].startswith(f"{field}:"), r.text
    assert community.get("/v1/organizations/h-member").json() == before
    assert community.get("/v1/organizations", params={"certification": "amed_certified_vc"}).json()["total"] == vcs
    deadline = time.monotonic() + 5  # the audit is written just after the answer is sent
    while not (audit := community.get("/v1/audit", params={"actor": f"key:{key.split('_')[1]}"}).json()):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert [(e["status"], e["detail"]) for e in audit] == [(403, f"refused change of {field}")]


def test_a_member_changes_its_own_description_with_or_without_communities(
    community: httpx.Client, graph: Graph, api_url: str
) -> None:
    for oid in ("h-member", "h-loner"):
        current = community.get(f"/v1/organizations/{oid}").json()
        with as_key(api_url, make_key(graph, Role.member, org=oid)) as member:
            r = member.put(f"/v1/organizations/{oid}", json={**current, "description": "We make AAV vectors."})
        assert r.status_code == 200, r.text
        assert community.get(f"/v1/organizations/{oid}").json() == {**current, "description": "We make AAV vectors."}
    # An admin still sets them.
    current = community.get("/v1/organizations/h-loner").json()
    assert community.put("/v1/organizations/h-loner", json={**current, "kind": "vc"}).json()["kind"] == "vc"


# --- text in and out ----------------------------------------------------------------------------


@pytest.fixture
def meetings(api: httpx.Client) -> httpx.Client:
    """An event whose participants have formula-like names, with two scheduled meetings."""
    load(
        api,
        {"record": "event", "id": EVENT, "name": "=Event", "timezone": "Asia/Tokyo"},
        *[org(oid, name) for oid, name in FORMULAS.items()],
    )
    programme = {"sessions": [{"day": "2030-10-14", "start": "10:00", "end": "11:00", "minutes": 30}],
                 "tables": ["=T1", "T2"]}  # fmt: skip
    assert api.put(f"{BASE}/programme", json=programme).status_code == 200
    for oid in FORMULAS:
        r = api.put(f"{BASE}/participants/{oid}", json={"people": [{"name": "-Sato", "title": "@CEO"}]})
        assert r.status_code == 200, r.text
    for a, b in (("h-eq", "h-plus"), ("h-minus", "h-at")):
        assert api.post(f"{BASE}/pairs", json={"a": a, "b": b, "message": "+hello"}).status_code in (200, 201)
    assert api.post(f"{BASE}/schedule", json={"time_limit": 5}).status_code == 200
    return api


def cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


def test_formula_prefixes_are_neutralised_in_every_csv_export(meetings: httpx.Client) -> None:
    exports = {
        "organisations": meetings.get("/v1/export", params={"format": "csv"}).text,
        "overview": meetings.get(f"{BASE}/meetings", params={"format": "csv"}).text,
        **{f"agenda {o}": meetings.get(f"{BASE}/agenda/{o}", params={"format": "csv"}).text for o in FORMULAS},
    }
    for name, text in exports.items():
        values = cells(text)
        assert not [v for v in values if v[:1] in ("=", "+", "-", "@")], (name, values)
        assert any(v.startswith("'") for v in values), name
    orgs = cells(exports["organisations"])
    for name in FORMULAS.values():
        assert "'" + name in orgs


def test_a_neutralised_csv_imports_back_unchanged(meetings: httpx.Client, graph: Graph) -> None:
    exported = meetings.get("/v1/export", params={"format": "csv"}).text
    graph.driver.execute_query("MATCH (o:Organization) DETACH DELETE o")
    r = meetings.post("/v1/import", content=exported.encode(), headers={"content-type": "text/csv"})
    assert r.status_code == 200, r.text
    for oid, name in FORMULAS.items():
        assert meetings.get(f"/v1/organizations/{oid}").json()["name"] == name


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_are_refused_naming_the_field(meetings: httpx.Client, char: str) -> None:
    refused = {
        "name": meetings.post("/v1/organizations", json=org("h-new", f"Bad{char}Name")),
        "needs": meetings.put("/v1/organizations/h-eq", json=org("h-eq", "ok", needs=f"x{char}y")),
        "people.0.name": meetings.put(f"{BASE}/participants/h-eq", json={"people": [{"name": f"A{char}B"}]}),
        "message": meetings.post(f"{BASE}/pairs", json={"a": "h-eq", "b": "h-at", "message": f"hi{char}there"}),
        "tables": meetings.put(f"{BASE}/programme", json={"slots": [], "sessions": [
            {"day": "2030-10-14", "start": "10:00", "end": "11:00"}], "tables": ["T1", f"T{char}2"]}),
    }  # fmt: skip
    for field, r in refused.items():
        assert r.status_code == 422, (field, r.text)
        assert r.json()["errors"][0]["field"] == field and "control character" in r.json()["message"], r.text
    line = jsonl(org("h-imp", "Imported", description=f"a{char}b"))
    imported = meetings.post("/v1/import", content=line.encode(), headers=NDJSON)
    assert imported.status_code == 422 and imported.json()["errors"][0]["field"] == "description"
    assert meetings.post("/v1/organizations", json=org("h-tab", "Fine", description="a\tb\r\nc")).status_code == 201


def test_a_stored_control_character_breaks_no_export(meetings: httpx.Client, graph: Graph) -> None:
    """Values written before the rule (or straight into Neo4j) still export."""
    graph.driver.execute_query("MATCH (o:Organization {id: 'h-eq'}) SET o.name = 'Bell\u0007\u0000Co\u001b'")
    for fmt in ("csv", "xlsx", "html", "json"):
        r = meetings.get(f"{BASE}/meetings", params={"format": fmt})
        assert r.status_code == 200, (fmt, r.text[:200])
    for fmt in ("csv", "ics", "html", "json"):
        assert meetings.get(f"{BASE}/agenda/h-plus", params={"format": fmt}).status_code == 200, fmt
    book = openpyxl.load_workbook(io.BytesIO(meetings.get(f"{BASE}/meetings", params={"format": "xlsx"}).content))
    names = [c.value for row in book["Meetings"].iter_rows() for c in row]
    assert "BellCo" in names
    assert meetings.get("/v1/export", params={"format": "csv"}).status_code == 200


# --- limits -------------------------------------------------------------------------------------


def test_refused_keys_are_rate_limited_per_address(database: Database, session_graph: Graph) -> None:
    limited = database.settings.model_copy(update={"rate_limit_anonymous": "5/minute"})
    with served(create_app(limited, session_graph)) as url:
        answers = [httpx.get(f"{url}/v1/organizations", headers=bearer(f"mm_x{i}_guess")).status_code
                   for i in range(8)]  # fmt: skip
        assert answers[:5] == [401] * 5 and set(answers[5:]) == {429}, answers
        # Until the window passes the address gets no look-up at all, even for a valid key.
        good = make_key(session_graph, Role.admin)
        held = httpx.get(f"{url}/v1/organizations", headers=bearer(good))
        assert held.status_code == 429 and "refused keys" in held.json()["message"]
        assert int(held.headers["Retry-After"]) >= 1


def test_a_rotating_forwarded_header_does_not_reset_the_limit(database: Database, session_graph: Graph) -> None:
    limited = database.settings.model_copy(update={"rate_limit_anonymous": "5/minute"})
    with served(create_app(limited, session_graph)) as url:
        answers = [httpx.get(f"{url}/v1/vocabulary", headers={"x-forwarded-for": f"10.0.0.{i}"}).status_code
                   for i in range(8)]  # fmt: skip
        assert answers[:5] == [200] * 5 and set(answers[5:]) == {429}, answers
    trusting = limited.model_copy(update={"trusted_proxies": "127.0.0.1"})
    with served(create_app(trusting, session_graph)) as url:  # behind a named proxy, its header counts
        answers = [httpx.get(f"{url}/v1/vocabulary", headers={"x-forwarded-for": f"10.0.1.{i}"}).status_code
                   for i in range(8)]  # fmt: skip
        assert set(answers) == {200}, answers
        same = [httpx.get(f"{url}/v1/vocabulary", headers={"x-forwarded-for": "10.0.2.1"}).status_code
                for _ in range(6)]  # fmt: skip
        assert same[-1] == 429


def test_an_oversized_programme_is_refused_before_any_slot_is_made(api: httpx.Client) -> None:
    load(api, {"record": "event", "id": EVENT, "name": "Big", "timezone": "Asia/Tokyo"})
    sessions = [{"day": f"2030-10-{d:02d}", "start": "00:00", "end": "23:55", "minutes": 5} for d in range(1, 31)]
    started = time.monotonic()
    r = api.put(f"{BASE}/programme", json={"sessions": sessions, "tables": ["T1"]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "sessions", r.text
    assert "2,000" in r.json()["message"] and time.monotonic() - started < 2
    assert api.get(f"{BASE}/programme").status_code == 409  # nothing was set
    many = api.put(f"{BASE}/programme", json={"sessions": sessions[:1], "tables": ["T1"], "max_requests": 10**6})
    assert many.status_code == 422 and many.json()["errors"][0]["field"] == "max_requests"
    fits = api.put(f"{BASE}/programme", json={"sessions": sessions[:6], "tables": ["T1"]})  # 1,722 slots
    assert fits.status_code == 200 and len(fits.json()["slots"]) == 6 * 287


def test_bodies_over_the_limit_and_broken_json_name_the_body(api: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"a" * 100_000
        yield b'"}'

    streamed = api.post("/v1/matches", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["errors"][0]["field"] == "body", streamed.text
    truncated = b'{"text": "AAV vector GMP", "targ'
    broken = api.post("/v1/matches", content=truncated, headers={"content-type": "application/json"})
    assert broken.status_code == 422 and broken.json()["errors"][0]["field"] == "body", broken.text
    twice = api.post("/v1/import", content=b"id,kind,name,name\nh-x,cdmo,X,Y\n", headers={"content-type": "text/csv"})
    assert twice.status_code == 422 and twice.json()["errors"][0]["field"] == "name", twice.text


# --- every route, hostile strings ---------------------------------------------------------------


def _body_fields(spec: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    ref = schema.get("$ref") or next((s.get("$ref") for s in schema.get("anyOf", []) if "$ref" in s), None)
    if ref is None:
        return []
    return list(spec["components"]["schemas"][ref.rsplit("/", 1)[-1]].get("properties", {}))


def test_every_route_answers_hostile_strings_without_a_server_error(named: httpx.Client) -> None:
    spec = named.get("/openapi.json").json()
    failures: list[str] = []
    calls = 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            params = operation.get("parameters", [])
            fields = _body_fields(spec, operation)
            for hostile in HOSTILE:
                url = re.sub(r"\{[^}]+\}", lambda _: httpx.URL("/", params={"_": hostile}).query.decode()[2:], path)  # noqa: B023
                query = {p["name"]: hostile for p in params if p["in"] == "query"}
                body: Any = {f: hostile for f in fields} if fields else None
                r = named.request(method.upper(), url, params=query, json=body)
                calls += 1
                if r.status_code >= 500:
                    failures.append(f"{method.upper()} {path} {hostile[:20]!r}: {r.status_code} {r.text[:120]}")
    assert calls > 500 and not failures, failures[:20]


def test_lone_surrogates_in_json_are_refused(api: httpx.Client) -> None:
    body = b'{"record": "organization", "id": "h-s", "kind": "cdmo", "name": "A\\ud800B"}'
    r = api.post("/v1/organizations", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text


# --- Neo4j stopped ------------------------------------------------------------------------------


@pytest.mark.embedded
def test_with_neo4j_stopped_answers_come_within_a_second_and_recover(own_server: EmbeddedServer) -> None:
    graph = Graph.connect(own_server.settings)
    try:
        with served(create_app(own_server.settings, graph)) as url, httpx.Client(base_url=url, timeout=60) as api:
            assert api.get("/healthz").status_code == 200 and api.get("/v1/vocabulary").status_code == 200
            own_server.stop()
            for path in ("/healthz", "/readyz", "/v1/organizations", "/v1/organizations", "/healthz"):
                started = time.monotonic()
                r = api.get(path)
                took = time.monotonic() - started
                assert r.status_code == 503 and int(r.headers["Retry-After"]) > 0, (path, r.text)
                assert took < 1.5, (path, took)
            own_server.start()
            deadline = time.monotonic() + 30
            while (r := api.get("/v1/organizations")).status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.3)
            assert r.status_code == 200 and api.get("/healthz").status_code == 200
    finally:
        graph.close()
