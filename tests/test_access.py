"""Access: keys and roles, confidential needs, limits, headers, the audit trail; through the real
HTTP API over the real Neo4j."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from matchmaker.access.models import Role
from matchmaker.api.app import create_app
from matchmaker.cli import app as cli
from matchmaker.graph.connection import Graph
from matchmaker.settings import Settings
from tests.conftest import Database, bearer, make_key
from tests.helpers import FIXTURES, jsonl, served

SECRET_NEEDS = (
    "We plan to buy a lyophilisation line in Kobe next year. "
    "We look for a gene therapy venture to co-develop retinal AAV products with us."
)
OTHER_NEEDS = "We look for European suppliers of single-use bioreactor bags and sterile connectors."
ALIGNED_NEEDS = "Gene therapy ventures developing retinal AAV treatments that need clinical batches."

RECORDS: list[dict[str, Any]] = [
    {"record": "community", "id": "gtb-t", "name": "Test Biocommunity"},
    {"record": "community", "id": "other-t", "name": "Other Community"},
    {"record": "event", "id": "ev-1", "name": "Partnering One"},
    {"record": "event", "id": "ev-2", "name": "Partnering Two"},
    {
        "record": "organization", "id": "vent-a", "kind": "startup", "name": "Retina Gene Venture",
        "description": "A drug venture developing AAV gene therapy for inherited retinal disease.",
        "needs": "We need a CDMO for GMP manufacturing of AAV viral vectors for our phase 1 trial.",
        "communities": ["gtb-t"],
    },
    {
        "record": "organization", "id": "cdmo-secret", "kind": "cdmo", "name": "Quiet Vectors",
        "description": "GMP manufacturing of AAV and lentiviral vectors from 200 to 2,000 L, with fill and finish.",
        "needs": SECRET_NEEDS, "needs_confidential": True, "communities": ["gtb-t"],
    },
    {
        "record": "organization", "id": "cdmo-open", "kind": "cdmo", "name": "Open Vectors",
        "description": "Viral vector process development and GMP production of AAV for clinical trials.",
        "needs": ALIGNED_NEEDS,
    },
    {
        "record": "organization", "id": "cdmo-mab", "kind": "cdmo", "name": "Antibody Works",
        "description": "Antibody drug substance manufacturing in CHO cells.",
    },
    {
        "record": "organization", "id": "pharma-x", "kind": "pharma", "name": "Outside Pharma",
        "description": "Ophthalmology pharma company.", "communities": ["other-t"],
    },
]  # fmt: skip


@pytest.fixture
def loaded(api: httpx.Client) -> httpx.Client:
    r = api.post("/v1/import", content=jsonl(*RECORDS), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    return api


def as_key(api_url: str, key: str | None) -> httpx.Client:
    return httpx.Client(base_url=api_url, timeout=60, headers=bearer(key) if key else {})


def replace(api: httpx.Client, org_id: str, **changes: Any) -> None:
    record = next(r for r in RECORDS if r.get("id") == org_id) | changes
    r = api.put(f"/v1/organizations/{org_id}", json=record)
    assert r.status_code == 200, r.text


def by_id(response: httpx.Response) -> dict[str, dict[str, Any]]:
    assert response.status_code == 200, response.text
    return {m["id"]: m for m in response.json()["matches"]}


def test_nothing_is_open_without_a_key_but_health_and_public_profiles(
    loaded: httpx.Client, graph: Graph, api_url: str
) -> None:
    with as_key(api_url, None) as anon:
        assert anon.get("/healthz").status_code == 200 and anon.get("/readyz").status_code == 200
        profile = anon.get("/v1/organizations/vent-a").json()
        assert profile["name"] == "Retina Gene Venture" and "needs" not in profile
        listed = anon.get("/v1/organizations", params={"kind": "startup"}).json()["items"]
        assert [o["id"] for o in listed] == ["vent-a"] and "needs" not in listed[0]
        for method, path in [
            ("GET", "/v1/organizations/vent-a/links"), ("GET", "/v1/organizations/vent-a/matches"),
            ("GET", "/v1/organizations/vent-a/facets"), ("POST", "/v1/matches"), ("GET", "/v1/export"),
            ("GET", "/v1/metrics/network"), ("GET", "/v1/communities/gtb-t/members"), ("POST", "/v1/import"),
            ("PUT", "/v1/organizations/vent-a"), ("DELETE", "/v1/organizations/vent-a"), ("GET", "/v1/keys"),
            ("GET", "/v1/events/ev-1/participants"), ("GET", "/v1/audit"),
        ]:  # fmt: skip
            r = anon.request(method, path, json={"text": "x"} if method in ("POST", "PUT") else None)
            assert r.status_code == 401, (method, path, r.status_code)
            assert r.headers["WWW-Authenticate"] == "Bearer" and "API key" in r.json()["message"]
        bad = anon.get("/v1/organizations/vent-a", headers=bearer("mm_000000000000_not-a-real-secret"))
        assert bad.status_code == 401 and "not valid" in bad.json()["message"]
    # A key holder sees (non-confidential) needs.
    member = make_key(graph, Role.member, org="cdmo-open")
    with as_key(api_url, member) as c:
        assert c.get("/v1/organizations/vent-a").json()["needs"].startswith("We need a CDMO")


def test_keys_are_stored_hashed_and_revocation_takes_effect(loaded: httpx.Client, graph: Graph, api_url: str) -> None:
    created = loaded.post("/v1/keys", json={"role": "member", "name": "CTO", "org": "vent-a"})
    assert created.status_code == 201, created.text
    key = created.json()
    secret = key["secret"]
    assert secret.startswith(f"mm_{key['id']}_")
    stored = graph.driver.execute_query("MATCH (k:ApiKey {id: $id}) RETURN k {.*} AS k", id=key["id"]).records[0]["k"]
    assert secret not in str(stored) and secret.split("_", 2)[2] not in str(stored)
    assert stored["hash"] == hashlib.sha256(secret.split("_", 2)[2].encode()).hexdigest()
    listed = loaded.get("/v1/keys").json()
    assert key["id"] in {k["id"] for k in listed} and all("secret" not in k and "hash" not in k for k in listed)
    with as_key(api_url, secret) as member:
        assert member.get("/v1/organizations/vent-a/links").status_code == 200
        who = member.get("/v1/me").json()
        assert (who["role"], who["org"], who["key_id"]) == ("member", "vent-a", key["id"]) and "rate_limit" not in who
    own = loaded.get("/v1/me").json()["key_id"]
    refused_self = loaded.delete(f"/v1/keys/{own}")  # an admin key does not revoke itself (no lock-out)
    assert refused_self.status_code == 409 and "key_id" in refused_self.json()["message"]
    assert loaded.get("/v1/me").status_code == 200
    with as_key(api_url, secret) as member:
        assert loaded.delete(f"/v1/keys/{key['id']}").status_code == 204
        refused = member.get("/v1/organizations/vent-a/links")
        assert refused.status_code == 401 and "not valid" in refused.json()["message"]
    assert key["id"] not in {k["id"] for k in loaded.get("/v1/keys").json()}
    assert key["id"] in {k["id"] for k in loaded.get("/v1/keys", params={"revoked": True}).json()}
    # A key may expire: refused once its time has passed.
    expiring = loaded.post("/v1/keys", json={"role": "member", "name": "temp", "org": "vent-a", "expires_in_days": 30})
    assert expiring.status_code == 201
    assert 29 <= (dt.datetime.fromisoformat(expiring.json()["expires_at"]) - dt.datetime.now(dt.UTC)).days <= 30
    graph.driver.execute_query(
        "MATCH (k:ApiKey {id: $id}) SET k.expires_at = datetime() - duration('PT1S')", id=expiring.json()["id"]
    )
    with as_key(api_url, expiring.json()["secret"]) as late:
        expired = late.get("/v1/organizations/vent-a/links")
        assert expired.status_code == 401 and "expired" in expired.json()["message"]
    # Scopes are checked when a key is made.
    missing = loaded.post("/v1/keys", json={"role": "member", "name": "x", "org": "nobody"})
    assert missing.status_code == 422 and "org" in missing.json()["message"]
    unscoped = loaded.post("/v1/keys", json={"role": "secretariat", "name": "x"})
    assert unscoped.status_code == 422 and "community" in unscoped.json()["message"]


def test_each_role_reaches_its_own_and_nothing_else(loaded: httpx.Client, graph: Graph, api_url: str) -> None:
    member = as_key(api_url, make_key(graph, Role.member, org="vent-a"))
    secretariat = as_key(api_url, make_key(graph, Role.secretariat, community="gtb-t"))
    organiser = as_key(api_url, make_key(graph, Role.organiser, events=["ev-1"]))
    own = next(r for r in RECORDS if r.get("id") == "vent-a")
    # member: its own profile and matches; not another's, not memberships, not imports or metrics.
    assert member.put("/v1/organizations/vent-a", json=own | {"description": "AAV for retina."}).status_code == 200
    other = next(r for r in RECORDS if r.get("id") == "cdmo-open")
    assert member.put("/v1/organizations/cdmo-open", json=other).status_code == 403
    moved = member.put("/v1/organizations/vent-a", json=own | {"communities": ["other-t"]})
    assert moved.status_code == 403 and "communities" in moved.json()["message"]
    assert member.get("/v1/organizations/vent-a/matches", params={"target": "cdmo"}).status_code == 200
    assert member.get("/v1/organizations/cdmo-open/matches").status_code == 403
    assert member.post("/v1/import", content=b"").status_code == 403
    assert member.get("/v1/metrics/network").status_code == 403
    assert member.post("/v1/keys", json={"role": "admin", "name": "me"}).status_code == 403
    assert member.post("/v1/matches", json={"text": "AAV manufacturing", "target": "cdmo"}).status_code == 200
    # secretariat: its community's metrics (the default selection) and members' matches.
    network = secretariat.get("/v1/metrics/network")
    assert network.status_code == 200, network.text
    assert secretariat.get("/v1/metrics/network", params={"community": "other-t"}).status_code == 403
    assert secretariat.get("/v1/organizations/vent-a/matches").status_code == 200
    assert secretariat.get("/v1/organizations/pharma-x/matches").status_code == 403
    assert secretariat.put("/v1/organizations/vent-a", json=own).status_code == 403
    # organiser: its own event only.
    programme = {"sessions": [{"day": "2030-10-14", "start": "10:00", "end": "11:00", "minutes": 30}], "tables": ["T1"]}
    assert organiser.put("/v1/events/ev-1/programme", json=programme).status_code == 200
    assert organiser.put("/v1/events/ev-2/programme", json=programme).status_code == 403
    assert member.put("/v1/events/ev-1/programme", json=programme).status_code == 403
    assert member.put("/v1/events/ev-1/participants/vent-a", json={}).status_code == 200
    assert member.put("/v1/events/ev-1/participants/cdmo-open", json={}).status_code == 403
    assert organiser.put("/v1/events/ev-1/participants/cdmo-open", json={}).status_code == 200
    sent = member.post("/v1/events/ev-1/requests", json={"from": "vent-a", "to": "cdmo-open"})
    assert sent.status_code == 201, sent.text
    forged = member.post("/v1/events/ev-1/requests", json={"from": "cdmo-open", "to": "vent-a"})
    assert forged.status_code == 403
    assert member.post(f"/v1/events/ev-1/requests/{sent.json()['id']}/accept").status_code == 403  # not the receiver
    assert member.post("/v1/events/ev-1/schedule").status_code == 403
    assert organiser.get("/v1/events/ev-1/meetings").status_code == 200
    assert member.get("/v1/events/ev-1/meetings").status_code == 403
    assert member.get("/v1/events/ev-1/agenda/cdmo-open").status_code == 403
    for client in (member, secretariat, organiser):
        client.close()


def test_confidential_needs_are_never_shown_or_inferable(loaded: httpx.Client, graph: Graph, api_url: str) -> None:
    venture = as_key(api_url, make_key(graph, Role.member, org="vent-a"))
    owner = as_key(api_url, make_key(graph, Role.member, org="cdmo-secret"))
    secretariat = as_key(api_url, make_key(graph, Role.secretariat, community="gtb-t"))
    words = ("lyophilisation", "Kobe", "co-develop")

    # Not shown: the profile, the list, the facets read from the needs.
    for client in (venture, secretariat):
        profile = client.get("/v1/organizations/cdmo-secret").json()
        assert "needs" not in profile and "needs_confidential" not in profile
        listed = client.get("/v1/communities/gtb-t/members").json()["items"]
        assert all("needs" not in o for o in listed if o["id"] == "cdmo-secret")
        facets = client.get("/v1/organizations/cdmo-secret/facets").json()
        assert not [f for f in facets["inferred"] if f["text"] == "needs"]
    assert owner.get("/v1/organizations/cdmo-secret").json()["needs"] == SECRET_NEEDS
    assert [f for f in loaded.get("/v1/organizations/cdmo-secret/facets").json()["inferred"] if f["text"] == "needs"]
    # Not exported for anyone but an admin (whose export is the backup, flag included).
    assert venture.get("/v1/export").status_code == 403
    exported = [r for r in loaded.get("/v1/export").text.splitlines() if '"cdmo-secret"' in r and "needs" in r]
    assert exported and '"needs_confidential":true' in exported[0]

    # Not inferable: the venture's results are the same whatever the confidential needs say...
    def venture_sees() -> dict[str, dict[str, Any]]:
        return by_id(venture.get("/v1/organizations/vent-a/matches", params={"target": "cdmo", "limit": 10}))

    before = venture_sees()
    assert "cdmo-secret" in before and before["cdmo-secret"]["signals"]["reverse"] is None
    assert not any(w in str(before["cdmo-secret"]["reasons"]) for w in words)
    secretariat_before = by_id(secretariat.get("/v1/organizations/cdmo-secret/matches", params={"target": "startup"}))
    owner_before = by_id(owner.get("/v1/organizations/cdmo-secret/matches", params={"target": "startup"}))
    replace(loaded, "cdmo-secret", needs=OTHER_NEEDS)
    after = venture_sees()
    assert after["cdmo-secret"]["score"] == pytest.approx(before["cdmo-secret"]["score"], abs=1e-9)
    assert after["cdmo-secret"]["reasons"] == before["cdmo-secret"]["reasons"]
    # ...and the secretariat, asking on the owner's behalf, ranks without them too...
    secretariat_after = by_id(secretariat.get("/v1/organizations/cdmo-secret/matches", params={"target": "startup"}))
    assert {k: v["score"] for k, v in secretariat_after.items()} == pytest.approx(
        {k: v["score"] for k, v in secretariat_before.items()}, abs=1e-9
    )
    # ...while the owner's own matches do use them (so the checks above could have failed).
    owner_after = by_id(owner.get("/v1/organizations/cdmo-secret/matches", params={"target": "startup"}))
    assert owner_after["vent-a"]["score"] != pytest.approx(owner_before["vent-a"]["score"], abs=1e-6)
    # Control: needs that are not confidential do move another organisation's results.
    open_before = venture_sees()["cdmo-open"]
    assert open_before["signals"]["reverse"] is not None
    replace(loaded, "cdmo-open", needs=OTHER_NEEDS)
    assert venture_sees()["cdmo-open"]["score"] != pytest.approx(open_before["score"], abs=1e-6)
    for client in (venture, owner, secretariat):
        client.close()


def test_limits_on_bodies_texts_lists_and_rate(
    loaded: httpx.Client, graph: Graph, api_url: str, database: Database
) -> None:
    big = loaded.post("/v1/matches", content=b'{"text": "' + b"a" * 1_100_000 + b'"}',
                      headers={"content-type": "application/json"})  # fmt: skip
    assert big.status_code == 413 and "body" in big.json()["message"]
    small_uploads = database.settings.model_copy(update={"max_upload_bytes": 1000})
    with served(create_app(small_uploads, graph)) as url:
        upload = httpx.post(f"{url}/v1/import", content=jsonl(*RECORDS).encode(), headers=loaded.headers)
        assert upload.status_code == 413 and "1,000" in upload.json()["message"]
    long_text = loaded.post("/v1/matches", json={"text": "a" * 9000})
    assert long_text.status_code == 422 and long_text.json()["message"].startswith("text")
    people = [{"name": f"P{i}"} for i in range(21)]
    long_list = loaded.put("/v1/events/ev-1/participants/vent-a", json={"people": people})
    assert long_list.status_code == 422 and long_list.json()["message"].startswith("people")
    slow = as_key(api_url, None)
    slow.headers.update(bearer(make_key(graph, Role.member, org="vent-a", rate_limit="3/minute")))
    answers = [slow.get("/v1/organizations/vent-a/links").status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    limited = slow.get("/v1/organizations/vent-a/links")
    assert int(limited.headers["Retry-After"]) >= 1 and "rate limit" in limited.json()["message"]
    assert loaded.get("/v1/organizations/vent-a/links").status_code == 200  # other keys are not affected
    slow.close()


def test_security_headers_and_configurable_cors(
    loaded: httpx.Client, database: Database, session_graph: Graph, api_url: str
) -> None:
    page = httpx.get(f"{api_url}/organizations/vent-a")
    api = loaded.get("/v1/organizations/vent-a")
    for r in (page, api):
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert api.headers["cache-control"] == "no-store"
    preflight = {"Origin": "https://gtb.example", "Access-Control-Request-Method": "GET",
                 "Access-Control-Request-Headers": "authorization"}  # fmt: skip
    assert "access-control-allow-origin" not in httpx.options(f"{api_url}/v1/organizations", headers=preflight).headers
    settings = database.settings.model_copy(update={"cors_origins": "https://gtb.example"})
    with served(create_app(settings, session_graph)) as url:
        allowed = httpx.options(f"{url}/v1/organizations", headers=preflight)
        assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "https://gtb.example"
        other = httpx.options(f"{url}/v1/organizations", headers=preflight | {"Origin": "https://evil.example"})
        assert other.headers.get("access-control-allow-origin") != "https://evil.example"


def test_every_write_is_audited_and_reads_are_not(
    loaded: httpx.Client, graph: Graph, api_url: str, cli_env: dict[str, str]
) -> None:
    key = make_key(graph, Role.member, org="vent-a")
    key_id = key.split("_")[1]
    own = next(r for r in RECORDS if r.get("id") == "vent-a")
    with as_key(api_url, key) as member:
        assert member.put("/v1/organizations/vent-a", json=own).status_code == 200
        assert member.delete("/v1/organizations/cdmo-open").status_code == 403
        member.get("/v1/organizations/vent-a/links")
        member.post("/v1/matches", json={"text": "AAV"})
    imported = loaded.get("/v1/audit", params={"limit": 50}).json()
    assert any(e["action"] == "POST /v1/import" and e["status"] == 200 and "organization" in e["detail"]
               for e in imported)  # fmt: skip
    trail = loaded.get("/v1/audit", params={"actor": f"key:{key_id}"}).json()
    assert [(e["action"], e["status"], e["role"], e["org"]) for e in trail] == [
        ("DELETE /v1/organizations/cdmo-open", 403, "member", "vent-a"),
        ("PUT /v1/organizations/vent-a", 200, "member", "vent-a"),
    ]
    # The CLI: keys made there work over HTTP, and its writes are audited under the OS user.
    runner = CliRunner()
    made = runner.invoke(cli, ["keys", "create", "--role", "organiser", "--name", "Ops", "--event", "ev-2"])
    assert made.exit_code == 0, made.output
    secret = made.output.strip().splitlines()[-1]
    with as_key(api_url, secret) as organiser:
        assert organiser.get("/v1/events/ev-2/meetings").status_code in (200, 404)
        assert organiser.get("/v1/events/ev-1/meetings").status_code == 403
    listed = runner.invoke(cli, ["keys", "list"])
    assert secret.split("_")[1] in listed.output and secret.split("_", 2)[2] not in listed.output
    assert runner.invoke(cli, ["keys", "revoke", secret.split("_")[1]]).exit_code == 0
    # The API process remembers a checked key for key_cache_seconds, so the revocation reaches it then.
    deadline = time.monotonic() + Settings().key_cache_seconds + 5
    with as_key(api_url, secret) as organiser:
        while (r := organiser.get("/v1/events/ev-2/meetings")).status_code != 401 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert r.status_code == 401
    wrong = runner.invoke(cli, ["keys", "create", "--role", "member", "--name", "x", "--org", "nobody"])
    assert wrong.exit_code == 1 and "--org" in wrong.output
    assert runner.invoke(cli, ["import", "--dry-run", str(FIXTURES / "small.jsonl")]).exit_code == 0
    assert runner.invoke(cli, ["import", "--no-embed", str(FIXTURES / "small.jsonl")]).exit_code == 0
    audit = runner.invoke(cli, ["audit", "--limit", "10"])
    assert "keys create" in audit.output and "keys revoke" in audit.output and "cli:" in audit.output
    imports = [e for e in loaded.get("/v1/audit", params={"limit": 10}).json() if e["action"] == "import"]
    assert len(imports) == 1 and "small.jsonl" in imports[0]["detail"]  # the dry run wrote nothing


def test_a_remembered_key_expiring_during_its_look_up_is_checked_again_not_a_server_error(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key cache is read once per request: an entry that expired between a membership test and
    the read raised KeyError (a 500 the schema fuzzer met once). Here every clock reading moves on
    0.6 of the cache's lifetime, so an entry expires between any two readings."""
    from cachetools import TTLCache

    import matchmaker.api.security as security

    ticks = iter(range(1, 1000))
    gate = security.Gate(Settings())
    gate._keys = TTLCache(maxsize=10, ttl=1.0, timer=lambda: 0.6 * next(ticks))
    gate._keys["mm_unknown"] = None
    checked: list[str] = []
    monkeypatch.setattr(security, "verify", lambda _graph, token: checked.append(token))
    assert [gate.principal(graph, "mm_unknown") for _ in range(6)] == [None] * 6
    assert checked and set(checked) == {"mm_unknown"}  # once expired, checked against the graph again
