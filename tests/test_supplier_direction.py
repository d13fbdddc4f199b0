"""Parts and materials makers to their buyers, through the real API over the real Neo4j: an offer
ranks buyers that need it, a covered need ranks low, GMP use records and met criteria are reasons."""

from __future__ import annotations

from typing import Any

import httpx

from tests.helpers import jsonl


def org(id_: str, kind: str, description: str, needs: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"record": "organization", "id": id_, "kind": kind, "name": id_.replace("-", " ").title(),
            "description": description, "needs": needs, **extra}  # fmt: skip


POOL = [
    org("s-bags", "supplier", "We make gamma-sterilised single-use bags and tubing assemblies in Shizuoka.",
        "CDMOs and pharma plants that run single-use processes.", capabilities=["single_use_bag", "tube"]),
    org("s-sensors", "supplier",
        "当社は使い捨てのpHセンサーとDOセンサーを国内で製造しています。変更通知は12か月前に行います。",
        "シングルユース工程を持つ製造所。"),
    org("b-seeks", "cdmo", "Antibody CDMO in Chiba with 2,000 L single-use lines.",
        "We buy single-use bags from overseas and want a domestic second source with change notification."),
    org("b-covered", "cdmo", "Antibody CDMO in Saitama running single-use upstream at 500 L.",
        "Single-use bags are covered by our current supplier; "
        "we look for new chromatography resins."),
    org("b-maker", "cdmo",
        "We manufacture our own single-use bags and sell them to other plants; antibody CDMO in Kobe."),
    org("b-sensors", "pharma", "国内でバイオ医薬品を製造する製薬企業です。",
        "pHセンサーの国内調達先を探しています。採用にはGMP使用実績と変更通知が条件です。"),
    org("b-quiet", "pharma", "A pharmaceutical company in Osaka with biologics plants."),
    {"record": "link", "source": "s-sensors", "target": "b-quiet", "type": "SUPPLIES",
     "attributes": {"items": ["sensor"], "gmp_use": True, "site": "Osaka plant"}},
]  # fmt: skip


def load(api: httpx.Client) -> None:
    r = api.post("/v1/import", content=jsonl(*POOL).encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text


def offer(api: httpx.Client, text: str, target: str = "any") -> dict[str, Any]:
    r = api.post("/v1/matches", json={"offer": text, "target": target, "limit": 10})
    assert r.status_code == 200, r.text
    return r.json()


def test_an_offer_ranks_buyers_that_need_it_above_those_that_offer_or_cover_it(api: httpx.Client) -> None:
    load(api)
    result = offer(api, "We make single-use bags for cell culture and media storage.", "cdmo")
    assert result["seeker"]["direction"] == "offer" and "single_use_bag" in result["seeker"]["offers"]["capabilities"]
    order = [m["id"] for m in result["matches"]]
    assert order[0] == "b-seeks"
    assert order.index("b-seeks") < order.index("b-maker") and order.index("b-seeks") < order.index("b-covered")
    covered = result["matches"][order.index("b-covered")]
    assert any(r["code"] == "caution" and "covered" in r["en"] for r in covered["reasons"])
    seeks = result["matches"][0]["reasons"]
    assert any(r["code"] == "procurement" and "domestic second source" in (r["evidence"] or "") for r in seeks)
    assert all(m["kind"] != "supplier" for m in offer(api, "We make single-use bags.")["matches"])


def test_the_same_text_as_a_need_ranks_offers_not_buyers(api: httpx.Client) -> None:
    load(api)
    r = api.post("/v1/matches", json={"text": "We look for single-use bags from a domestic maker.", "target": "any"})
    assert r.status_code == 200 and r.json()["seeker"]["direction"] == "need"
    assert r.json()["matches"][0]["id"] == "s-bags"


def test_a_maker_by_id_meets_criteria_and_shows_its_gmp_use_record(api: httpx.Client) -> None:
    load(api)
    r = api.get("/v1/organizations/s-sensors/matches", params={"target": "pharma"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["seeker"]["direction"] == "offer"
    assert set(body["seeker"]["offers"]["criteria"]) >= {"gmp_use_record", "change_notification"}
    top = body["matches"][0]
    assert top["id"] == "b-sensors"
    criteria = [x["en"] for x in top["reasons"] if x["code"] == "criterion"]
    assert any("GMP use record" in c for c in criteria) and any("Change notification" in c for c in criteria)
    as_need = api.get("/v1/organizations/s-sensors/matches", params={"target": "pharma", "direction": "need"})
    assert as_need.status_code == 200 and as_need.json()["seeker"]["direction"] == "need"


def test_new_part_categories_import_and_match(api: httpx.Client) -> None:
    load(api)
    maker = org("s-cold", "supplier", "Cryogenic shippers and culture flasks for cell therapy logistics.",
                capabilities=["cold_chain", "culture_vessel", "reagent"])  # fmt: skip
    r = api.post("/v1/import", content=jsonl(maker).encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    listed = api.get("/v1/organizations", params={"capability": "cold_chain"}).json()
    assert [o["id"] for o in listed["items"]] == ["s-cold"]
    found = offer(api, "We ship cell therapy products in temperature-controlled cryo shippers.", "pharma")
    assert "cold_chain" in found["seeker"]["offers"]["capabilities"]
    sensors = api.get("/v1/organizations/s-sensors/matches", params={"target": "pharma"}).json()
    assert sensors["seeker"]["offers"]["capabilities"] == ["sensor"]


def test_a_match_needs_text_or_offer(api: httpx.Client) -> None:
    r = api.post("/v1/matches", json={"target": "cdmo"})
    assert r.status_code == 422 and "text" in r.json()["message"] and "offer" in r.json()["message"]
