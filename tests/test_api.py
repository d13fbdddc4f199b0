"""The HTTP API, served by uvicorn over the real Neo4j."""

from __future__ import annotations

import httpx

from matchmaker.cli.seed import public_files
from tests.helpers import FIXTURES

SMALL = (FIXTURES / "small.jsonl").read_text(encoding="utf-8")


def load_small(api: httpx.Client) -> None:
    r = api.post("/v1/import", content=SMALL.encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text


def test_health_and_readiness(api: httpx.Client) -> None:
    assert api.get("/healthz").json() == {"status": "ok", "neo4j": True}
    ready = api.get("/readyz")
    assert ready.status_code == 200 and ready.json()["ready"] is True


def test_public_data_lists_certified_vcs(api: httpx.Client) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in public_files())
    r = api.post("/v1/import", content=text.encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    r = api.get("/v1/organizations", params={"kind": "vc", "certification": "amed_certified_vc", "limit": 100})
    body = r.json()
    assert body["total"] == 23
    assert "vc-jafco" in {o["id"] for o in body["items"]}
    programme = api.get(
        "/v1/organizations", params={"kind": "vc", "community": "amed-drug-venture-ecosystem", "limit": 50}
    )
    assert {o["id"] for o in programme.json()["items"]} == {o["id"] for o in body["items"]}
    gtb = api.get("/v1/organizations", params={"community": "gtb", "limit": 100}).json()
    assert gtb["total"] == 43
    assert {o["kind"] for o in gtb["items"]} >= {"government", "university", "association", "support_agency"}
    vcs_in_gtb = api.get("/v1/organizations", params={"kind": "vc", "community": "gtb"}).json()
    assert all("gtb" in o["communities"] and o["kind"] == "vc" for o in vcs_in_gtb["items"])
    assert vcs_in_gtb["total"] >= 1


def test_a_name_search_pages_through_its_hits_in_rank_order(api: httpx.Client) -> None:
    """Without other filters only the page's hits are looked up: the pages still follow the
    ranking, and the total is every hit; with a filter, the total counts the hits that pass it."""
    text = "".join(p.read_text(encoding="utf-8") for p in public_files())
    assert api.post("/v1/import", content=text.encode(), headers={"content-type": "application/x-ndjson"}).is_success
    whole = api.get("/v1/organizations", params={"q": "capital", "limit": 200}).json()
    ids = [o["id"] for o in whole["items"]]
    assert whole["total"] == len(ids) >= 7
    pages = [api.get("/v1/organizations", params={"q": "capital", "limit": 3, "offset": n}).json() for n in (0, 3, 6)]
    assert [o["id"] for page in pages for o in page["items"]] == ids[:9]
    assert {page["total"] for page in pages} == {whole["total"]}
    kinds = [o["kind"] for o in whole["items"]]
    vc = api.get("/v1/organizations", params={"q": "capital", "kind": "vc", "limit": 2}).json()
    assert (
        vc["total"] == kinds.count("vc")
        and [o["id"] for o in vc["items"]] == [i for i, k in zip(ids, kinds, strict=True) if k == "vc"][:2]
    )


def test_get_and_filters(api: httpx.Client) -> None:
    load_small(api)
    org = api.get("/v1/organizations/t-vc").json()
    assert org["communities"] == ["t-gtb"] and org["hub"] == "t-hub-kawasaki" and org["region"] == "JP-13"
    assert [o["id"] for o in api.get("/v1/organizations", params={"modality": "adc"}).json()["items"]] == ["t-startup"]
    assert api.get("/v1/organizations", params={"community": "t-gtb"}).json()["total"] == 2
    assert api.get("/v1/organizations", params={"hub": "t-hub-kawasaki"}).json()["total"] == 1
    # name search in Japanese (two characters, CJK bigrams) and in English
    assert [o["id"] for o in api.get("/v1/organizations", params={"q": "ベータ"}).json()["items"]] == ["t-startup"]
    assert [o["id"] for o in api.get("/v1/organizations", params={"q": "gamma"}).json()["items"]] == ["t-cdmo"]
    assert [o["id"] for o in api.get("/v1/organizations", params={"q": "ア"}).json()["items"]] == ["t-vc"]
    links = api.get("/v1/organizations/t-startup/links").json()
    assert {(link["type"], link["other_id"]) for link in links} >= {("INVESTED_IN", "t-vc"), ("OWNS", "t-seed")}
    assert api.get("/v1/communities/t-gtb/members").json()["total"] == 2
    assert api.get("/v1/hubs/t-hub-kawasaki").json()["community"] == "t-gtb"
    assert api.get("/v1/seeds/t-seed").json()["owner"] == "t-startup"
    assert api.get("/v1/events/t-event").json()["timezone"] == "Asia/Tokyo"
    page = api.get("/v1/organizations", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 1


def test_404_answers(api: httpx.Client) -> None:
    for path in ("/v1/organizations/nope", "/v1/communities/nope", "/v1/hubs/nope/links", "/v1/events/nope"):
        r = api.get(path)
        assert r.status_code == 404, path
        assert "nope" in r.json()["message"]
    assert api.delete("/v1/organizations/nope").status_code == 404
    r = api.delete("/v1/links", params={"source": "a", "target": "b", "type": "SUPPLIES"})
    assert r.status_code == 404


def test_422_answers_name_the_field(api: httpx.Client) -> None:
    r = api.get("/v1/organizations", params={"kind": "biotech"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "kind"
    r = api.get("/v1/organizations", params={"limit": 0})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "limit"
    r = api.post("/v1/organizations", json={"id": "x", "kind": "cdmo", "name": "X", "modalities": ["magic"]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "modalities"
    assert "magic" in r.json()["message"]
    r = api.post("/v1/organizations", json={"id": "x", "kind": "cdmo"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "name"
    r = api.post("/v1/organizations", json={"id": "x", "kind": "cdmo", "name": "X", "communities": ["ghost"]})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "communities"
    r = api.post(
        "/v1/import",
        content=b'{"record": "organization", "id": "ok", "kind": "vc", "name": "A"}\n{oops\n',
        headers={"content-type": "application/x-ndjson"},
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["line"] == 2
    assert api.get("/v1/organizations/ok").status_code == 404  # nothing written


def test_create_replace_delete(api: httpx.Client) -> None:
    load_small(api)
    body = {"id": "n-1", "kind": "supplier", "name": "Zeta Bags", "capabilities": ["single_use_bag"]}
    assert api.post("/v1/organizations", json=body).status_code == 201
    assert api.post("/v1/organizations", json=body).status_code == 409
    body["communities"] = ["t-gtb"]
    body["name"] = "Zeta Bags Ltd"
    r = api.put("/v1/organizations/n-1", json=body)
    assert r.status_code == 200 and r.json()["name"] == "Zeta Bags Ltd" and r.json()["communities"] == ["t-gtb"]
    assert api.put("/v1/organizations/other", json=body).status_code == 422
    link = {"source": "n-1", "target": "t-cdmo", "type": "SUPPLIES", "attributes": {"items": ["single_use_bag"]}}
    assert api.post("/v1/links", json=link).status_code == 201
    assert any(lk["type"] == "SUPPLIES" for lk in api.get("/v1/organizations/t-cdmo/links").json())
    assert api.delete("/v1/links", params={"source": "n-1", "target": "t-cdmo", "type": "SUPPLIES"}).status_code == 204
    assert api.delete("/v1/organizations/t-startup").status_code == 204
    assert api.get("/v1/organizations/t-startup").status_code == 404
    assert api.get("/v1/seeds/t-seed").status_code == 404  # a seed goes with its owner


def test_export_and_schema(api: httpx.Client) -> None:
    load_small(api)
    lines = api.get("/v1/export").text.splitlines()
    # 7 nodes + the 6 link records; shorthand links (hub, communities, owner) stay in their node records
    assert len(lines) == 7 + 6
    assert sum('"record":"link"' in line for line in lines) == 6
    csv_text = api.get("/v1/export", params={"format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("\ufeffid,name,name_ja")  # a BOM, for Excel
    assert len(csv_text.splitlines()) == 4
    schema = api.get("/v1/schema").json()
    assert set(schema["discriminator"]["mapping"]) == {"organization", "community", "hub", "event", "seed", "link"}
    assert api.get("/openapi.json").status_code == 200
