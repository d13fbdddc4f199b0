"""Certification as the Cabinet Office plan writes it (issue 25), against the real Neo4j and API:
places and the distance rule, ties that are ties, indicators that say whether a change is better."""

from __future__ import annotations

from typing import Any

import httpx

from matchmaker.access.models import Role
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.metrics import scorecard as sc
from matchmaker.metrics.projection import CACHE
from matchmaker.model.places import haversine_km, locate, municipality, prefecture
from tests.conftest import bearer, make_key
from tests.helpers import exported
from tests.test_metrics import link, org

# One member of each assessable kind the global list asks for (network body, R&D, fund, large
# company, companies, local government).
GLOBAL_KINDS = ["association", "university", "vc", "pharma", "startup", "government"]
TARGET = {"metric": "companies", "kind": "target", "year": 2030, "value": 500, "unit": "count", "source": "t l.1"}
CHUO = municipality("13102")


def load(graph: Graph, records: list[dict[str, Any]]) -> None:
    CACHE.clear()
    report = import_records(graph, [RawRecord("test", n, r) for n, r in enumerate(records, start=1)])
    assert report.ok, report


def north_of_chuo(km: float) -> tuple[float, float]:
    """A point ``km`` due north of Chuo ward's office (1° of latitude is 111.2 km on the sphere)."""
    assert CHUO is not None
    return CHUO.lat + km / 111.195, CHUO.lon


def fictional_global(cid: str, far_university_km: float | None = None) -> list[dict[str, Any]]:
    """A fictional global community with a hub at Chuo ward and every required kind nearby: the
    government in Yokohama (municipality), the fund in Tsukuba, the others at the hub or at their
    own coordinates. ``far_university_km`` puts the only university that far north instead."""
    hub = f"{cid}-hub"
    records: list[dict[str, Any]] = [
        {"record": "community", "id": cid, "kind": "global", "name": f"Syn {cid}", "figures": [TARGET]},
        {"record": "hub", "id": hub, "name": "Syn hub", "community": cid, "municipality": "13102", "region": "JP-13"},
        org(f"{cid}-assoc", "association", communities=[cid], hub=hub),
        org(f"{cid}-pharma", "pharma", communities=[cid], hub=hub),
        org(f"{cid}-startup", "startup", communities=[cid], latitude=35.66, longitude=139.70),
        org(f"{cid}-gov", "government", communities=[cid], municipality="14100", region="JP-14"),
        org(f"{cid}-vc", "vc", communities=[cid], municipality="08220"),
    ]
    lat, lon = north_of_chuo(far_university_km) if far_university_km else (35.71, 139.76)
    records.append(org(f"{cid}-univ", "university", communities=[cid], latitude=lat, longitude=lon))
    return records


def test_places_data_and_haversine() -> None:
    """The data file's points and the formula on distances known from a map."""
    tokyo, osaka = prefecture("JP-13"), prefecture("JP-27")
    assert tokyo and osaka and tokyo.name_ja == "東京都"
    assert 390 < haversine_km(tokyo.lat, tokyo.lon, osaka.lat, osaka.lon) < 410  # Shinjuku to Osaka: about 400 km
    lat, lon = north_of_chuo(300)
    assert abs(haversine_km(CHUO.lat, CHUO.lon, lat, lon) - 300) < 0.5  # type: ignore[union-attr]
    at = locate({"municipality": "14100"})
    assert at.precision == "municipality" and at.prefecture == "JP-14"
    assert locate({"region": "JP-12"}).precision == "prefecture"
    assert not locate({"region": "US-MA"}).known and locate({}).precision is None


def test_global_community_within_100km_is_ready_and_a_body_300km_away_is_named(graph: Graph, api: httpx.Client) -> None:
    load(graph, fictional_global("near") + fictional_global("far", far_university_km=300))
    near = api.get("/v1/metrics/scorecard", params={"community": "near"}).json()["readiness"][0]
    place = near["proximity"]
    assert place["rule"] == "within_radius" and place["radius_km"] == 100 and place["checked"]
    assert place["satisfied"] is True and place["missing"] == [] and place["outside"] == []
    assert {m["id"] for m in place["counted"]} == {
        f"near-{k}" for k in ("assoc", "pharma", "startup", "gov", "vc", "univ")
    }
    precision = {m["id"]: m["precision"] for m in place["counted"]}
    assert precision["near-assoc"] == "hub" and precision["near-gov"] == "municipality"
    assert precision["near-startup"] == "site"
    assert near["level"] == "growth", near["reasons"]

    far = api.get("/v1/metrics/scorecard", params={"community": "far"}).json()["readiness"][0]
    place = far["proximity"]
    assert place["satisfied"] is False and place["missing"] == ["rd"]
    [outside] = place["outside"]
    assert outside["id"] == "far-univ" and outside["body"] == "rd" and 299 < outside["distance_km"] < 301
    assert far["missing"] == []  # the university is a member; it is only too far away
    assert far["level"] == "initial" and any("within the radius" in r and "rd" in r for r in far["reasons"])


def test_body_without_location_is_reported_unknown(graph: Graph) -> None:
    records = fictional_global("gap")
    records = [r for r in records if r.get("id") != "gap-univ"]
    records.append(org("gap-univ", "university", communities=["gap"]))  # nothing says where it is
    load(graph, records)
    r = sc.readiness(graph, "gap")[0]
    assert [m.id for m in r.proximity.unknown] == ["gap-univ"]  # type: ignore[union-attr]
    assert r.proximity.unknown[0].precision is None and r.proximity.unknown[0].distance_km is None  # type: ignore[union-attr]
    assert r.proximity.missing == ["rd"] and r.level == "initial"  # type: ignore[union-attr]
    assert "location unknown for 1 member(s)" in r.reasons
    # a wider radius is a setting: Osaka is within 500 km of Tokyo, not within 100
    records = fictional_global("wide")
    records.append(org("wide-osaka", "cro", communities=["wide"], region="JP-27"))
    load(graph, records)
    assert sc.readiness(graph, "wide")[0].proximity.outside[0].id == "wide-osaka"  # type: ignore[union-attr]
    assert not sc.readiness(graph, "wide", radius_km=500)[0].proximity.outside  # type: ignore[union-attr]


def test_regional_community_needs_its_bodies_in_its_region(graph: Graph) -> None:
    records: list[dict[str, Any]] = [{"record": "community", "id": "kinki", "kind": "regional", "name": "Syn Kinki",
                                      "region": "JP-27"}]  # fmt: skip
    for kind in ("association", "university", "startup", "government"):
        records.append(org(f"kinki-{kind}", kind, communities=["kinki"], region="JP-27"))
    records.append(org("kinki-tokyo-cdmo", "cdmo", communities=["kinki"], region="JP-13"))
    load(graph, records)
    place = sc.readiness(graph, "kinki")[0].proximity
    assert place is not None and place.rule == "within_region" and place.region == ["JP-27"]
    assert place.satisfied is True and [m.id for m in place.outside] == ["kinki-tokyo-cdmo"]


def test_a_shared_member_alone_makes_no_tie(graph: Graph) -> None:
    records = [
        {"record": "community", "id": "a", "kind": "regional", "name": "A"},
        {"record": "community", "id": "b", "kind": "regional", "name": "B"},
        org("both", "association", communities=["a", "b"]),
        org("a-1", "startup", communities=["a"]),
        org("b-1", "cdmo", communities=["b"]),
    ]
    load(graph, records)
    [tie] = sc.readiness(graph, "a")[0].ties
    assert tie.community == "b" and tie.shared_members == 1 and tie.links == 0 and tie.regular is False
    assert sc.readiness(graph, "a")[0].regular_domestic_ties == 0
    # a spin-out is an origin, not an exchange: still no tie
    load(graph, [link("a-1", "b-1", "SPUN_OUT_FROM")])
    assert sc.readiness(graph, "a")[0].ties[0].links == 0
    # recorded exchanges are: an agreement and a meeting held
    load(graph, [link("a-1", "b-1", "OUTSOURCES_TO"), link("a-1", "b-1", "MET_WITH", attributes={"event": "b"})])
    a = sc.readiness(graph, "a")[0]
    assert a.ties[0].links == 2 and a.ties[0].regular and a.regular_domestic_ties == 1
    assert "MET_WITH" in a.tie_link_types and "SPUN_OUT_FROM" not in a.tie_link_types


def test_a_worsening_indicator_is_reported_as_worse(graph: Graph, api: httpx.Client) -> None:
    """A ring in 2022 becomes a star around one member in 2023: the star shape rises (worse, as
    lower is healthier) and the network still reads the change by direction, not by sign."""
    ids = [f"n{i}" for i in range(6)]
    records: list[dict[str, Any]] = [
        org(i, "startup" if n % 2 else "university", founded=2000) for n, i in enumerate(ids)
    ]
    ring = [
        link(ids[i], ids[(i + 1) % 6], "COLLABORATES_WITH", since="2022-01-01", until="2022-12-31") for i in range(6)
    ]
    star = [link("n0", i, "COLLABORATES_WITH", since="2023-01-01") for i in ids[1:]]
    load(graph, records + ring + star)
    card = api.get("/v1/metrics/scorecard").json()
    ind = {i["id"]: i for i in card["indicators"]}
    star_shape = ind["degree_centralization"]
    assert star_shape["direction"] == "lower"
    (y1, v1), (y2, v2) = [(t["year"], t["value"]) for t in star_shape["trend"][-2:]]
    assert (y1, y2) == (2022, 2023) and v2 > v1  # it rose
    assert star_shape["change"] > 0 and star_shape["change_is_better"] is False
    assert star_shape["trend"][-1]["change_is_better"] is False
    # the ring's clustering was 0 and the star's is 0 too: no change is neither better nor worse
    assert ind["average_clustering"]["change_is_better"] is None
    assert all(i["direction"] in ("higher", "lower") for i in card["indicators"])
    timeline = api.get("/v1/metrics/timeline").json()
    assert timeline["directions"]["average_shortest_path_length"] == "lower" and timeline["directions"]["nodes"] is None


def test_locations_import_export_and_refusals(graph: Graph, api: httpx.Client) -> None:
    csv = "id,kind,name,市区町村コード,緯度,経度,所在地の出典\nloc-1,cdmo,Loc,8220,36.08,140.07,t l.2\n"
    r = api.post("/v1/import", content=csv.encode(), headers={"content-type": "text/csv"})
    assert r.status_code == 200, r.text
    rec = next(r for r in exported(graph) if r.get("id") == "loc-1")
    assert rec["municipality"] == "08220" and rec["latitude"] == 36.08 and rec["location_source"] == "t l.2"
    bad = "id,kind,name,latitude\nloc-2,cdmo,Loc,36.1\n"
    r = api.post("/v1/import", content=bad.encode(), headers={"content-type": "text/csv"})
    assert r.status_code == 422 and "latitude and longitude" in r.text
    bad = "id,kind,name,municipality,region\nloc-3,cdmo,Loc,14100,JP-13\n"
    r = api.post("/v1/import", content=bad.encode(), headers={"content-type": "text/csv"})
    assert r.status_code == 422 and "not in region JP-13" in r.text
    r = api.post("/v1/import", content=b"id,kind,name,municipality\nloc-4,cdmo,Loc,9x\n",
                 headers={"content-type": "text/csv"})  # fmt: skip
    assert r.status_code == 422 and "municipality" in r.text


def test_public_data_locates_only_what_the_documents_state(graph: Graph) -> None:
    from matchmaker.cli.seed import public_files
    from matchmaker.exchange.reader import read_text

    CACHE.clear()
    import_records(graph, [r for p in public_files() for r in read_text(p.read_text(encoding="utf-8"), p.name)])
    gtb = sc.readiness(graph, "gtb")[0]
    place = gtb.proximity
    assert place is not None and place.checked and len(place.anchors) == 8
    unknown = {m.id for m in place.unknown}
    assert "univ-keio" in unknown and "agency-amed" in unknown  # the documents do not say where they are
    counted = {m.id: m for m in place.counted}
    assert counted["gov-yokohama"].precision == "municipality" and counted["univ-tsukuba"].precision == "hub"
    assert all(m.distance_km is not None and m.distance_km <= 100 for m in place.counted)


def test_self_assessment_gives_level_and_what_is_missing_and_the_secretariat_sees_it(
    graph: Graph, api: httpx.Client, api_url: str
) -> None:
    load(graph, [*fictional_global("sa"), {"record": "community", "id": "sa-other", "name": "Other"}])
    member = bearer(make_key(graph, Role.member, org="sa-startup"))
    url = "/v1/organizations/sa-startup/self-assessment"
    with httpx.Client(base_url=api_url, timeout=60) as anon:
        assert anon.get(url).status_code == 401
        first = anon.get(url, headers=member).json()
        assert first["body_type"] == "company" and first["level"] is None and first["next_level"] == "candidate"
        assert [r["id"] for r in first["lacks"]] == ["co_disclose"]
        assert all(r["source"].startswith("000_5702a8b11a23b71d.txt l.5") and r["ja"] for r in first["requirements"])
        setup = [r["id"] for r in first["requirements"] if r["column"] in ("registration", "setup")]
        r = anon.put(url, headers=member, json={"answers": {i: True for i in setup}})
        assert r.status_code == 200, r.text
        mine = r.json()
        assert mine["level"] == "initial" and mine["level_ja"] == "初期" and mine["next_level"] == "growth"
        results = {r["id"] for r in mine["requirements"] if r["column"] == "results"}
        assert {r["id"] for r in mine["lacks"]} == results and "co_funding" in results
        # one setup item withdrawn: back to candidate, and the next level lacks exactly that item
        r = anon.put(url, headers=member, json={"answers": {i: i != "co_phd" for i in setup}})
        assert r.json()["level"] == "candidate" and [x["id"] for x in r.json()["lacks"]] == ["co_phd"]
        assert anon.get(url, headers=member).json()["level"] == "candidate"  # stored
        bad = anon.put(url, headers=member, json={"answers": {"no_such_item": True}})
        assert bad.status_code == 422 and "answers.no_such_item" in bad.text
        bad = anon.put(url, headers=member, json={"body_type": "investment_fund", "answers": {}})
        assert bad.status_code == 422 and "body_type" in bad.text
        other = anon.put("/v1/organizations/sa-vc/self-assessment", headers=member, json={"answers": {}})
        assert other.status_code == 403
        # the network body answers everything
        assoc = bearer(make_key(graph, Role.member, org="sa-assoc"))
        items = anon.get("/v1/organizations/sa-assoc/self-assessment", headers=assoc).json()["requirements"]
        r = anon.put("/v1/organizations/sa-assoc/self-assessment", headers=assoc,
                     json={"answers": {i["id"]: True for i in items}})  # fmt: skip
        assert r.json()["body_type"] == "network_body" and r.json()["level"] == "developed" and r.json()["lacks"] == []
        # the secretariat's view
        secretariat = bearer(make_key(graph, Role.secretariat, community="sa"))
        table = anon.get("/v1/communities/sa/maturity", headers=secretariat)
        assert table.status_code == 200, table.text
        body = table.json()
        levels = {m["id"]: (m["level"], m["answered"]) for m in body["members"]}
        assert levels["sa-startup"] == ("candidate", True) and levels["sa-assoc"] == ("developed", True)
        assert levels["sa-vc"] == (None, False)
        assert body["level_counts"]["developed"] == 1 and body["answered"] == 2
        cells = {(c["axis"], c["column"]): c for c in body["table"]}
        assert len(cells) == 9 and cells[("international", "setup")]["status"] == "not_applicable"
        setup_cell = {c["id"]: c for c in cells[("community_building", "setup")]["checks"]}
        assert setup_cell["all_bodies"]["met"] and setup_cell["all_bodies"]["basis"] == "graph"
        assert setup_cell["secretariat"]["met"] and "sa-assoc" in setup_cell["secretariat"]["detail"]
        assert cells[("community_building", "setup")]["status"] == "met"
        at_level = next(c for c in cells[("community_building", "results")]["checks"] if c["id"] == "bodies_at_level")
        assert (
            not at_level["met"] and "Companies incl. ventures" in at_level["detail"]
        )  # the startup is only a candidate
        assert cells[("community_building", "results")]["status"] == "partly"
        assert anon.get("/v1/communities/sa/maturity", headers=member).status_code == 403
        elsewhere = bearer(make_key(graph, Role.secretariat, community="sa-other"))
        assert anon.get("/v1/communities/sa/maturity", headers=elsewhere).status_code == 403
        assert api.get("/v1/communities/nowhere/maturity").status_code == 404
        # a secretariat may read its members' answers, not change them
        assert anon.get(url, headers=secretariat).json()["level"] == "candidate"
        assert anon.put(url, headers=secretariat, json={"answers": {}}).status_code == 403
