"""Profile understanding through the real API and Neo4j: negations, declared facets winning,
re-analysis on change, and required facets in the ranking and its reasons."""

from __future__ import annotations

import httpx
from typer.testing import CliRunner

from matchmaker.cli import app
from matchmaker.graph.connection import Graph
from matchmaker.profiles.analyser import ANALYSER_VERSION
from tests.helpers import jsonl

GMP_EN = "We manufacture AAV vectors under GMP for phase 1 clinical trials."
NEAR_MISS = "AAV vector production for research use. Our facility is not GMP-certified."
NEAR_MISS_JA = "研究用のAAVベクターを製造しています。GMP対応はしていません。"


def org(id_: str, description: str, **extra: object) -> dict[str, object]:
    return {"record": "organization", "id": id_, "kind": "cdmo", "name": id_.title(), "description": description,
            **extra}  # fmt: skip


def load(api: httpx.Client, *records: dict[str, object]) -> None:
    r = api.post("/v1/import", content=jsonl(*records).encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text


def gmp(facets: list[dict[str, str]], polarity: str) -> list[dict[str, str]]:
    return [f for f in facets if f["section"] == "compliance" and f["term"] == "gmp" and f["polarity"] == polarity]


def test_negations_never_become_positive_facets(api: httpx.Client) -> None:
    for text in ("GMP対応はしていません。", "Our facility is not GMP-certified."):
        body = api.post("/v1/profiles/analyse", json={"text": text}).json()
        assert gmp(body["facets"], "positive") == [] and gmp(body["facets"], "negative"), text
        assert gmp(body["facets"], "negative")[0]["evidence"] == text
    positive = api.post("/v1/profiles/analyse", json={"text": GMP_EN}).json()
    assert gmp(positive["facets"], "positive") and positive["version"] == ANALYSER_VERSION
    assert api.post("/v1/profiles/analyse", json={"text": ""}).json()["errors"][0]["field"] == "text"


def test_stored_analysis_declared_facets_win_and_text_changes_reanalyse(api: httpx.Client, graph: Graph) -> None:
    load(api, org("c-decl", "We do not offer fill-finish. We make AAV vectors.", capabilities=["fill_finish"]))
    facets = api.get("/v1/organizations/c-decl/facets").json()
    assert facets["declared"]["capabilities"] == ["fill_finish"]  # the declaration stays
    negative = [f for f in facets["inferred"] if f["term"] == "fill_finish"]
    assert [f["polarity"] for f in negative] == ["negative"] and facets["analyser_version"] == ANALYSER_VERSION
    # The declared capability still counts as offered: it matches a fill-finish need.
    r = api.post("/v1/matches", json={"text": "We need fill-finish for our AAV vector", "target": "cdmo"}).json()
    reasons = {x["code"] for x in r["matches"][0]["reasons"]}
    assert "capability" in reasons and "caution" not in reasons
    # A changed description is analysed again.
    changed = org("c-decl", NEAR_MISS_JA, capabilities=["fill_finish"])
    assert api.put("/v1/organizations/c-decl", json=changed).status_code == 200
    facets = api.get("/v1/organizations/c-decl/facets").json()["inferred"]
    assert gmp(facets, "negative") and gmp(facets, "negative")[0]["evidence"] == "GMP対応はしていません。"
    assert not [f for f in facets if f["term"] == "fill_finish"]


def test_required_facets_rank_a_gmp_match_above_a_near_miss(api: httpx.Client) -> None:
    load(api, org("c-gmp", GMP_EN), org("c-near", NEAR_MISS), org("c-near-ja", NEAR_MISS_JA))
    body = api.post(
        "/v1/matches", json={"text": "AAVベクターをGMPで製造できる委託先を探しています", "target": "cdmo"}
    ).json()
    assert "gmp" in body["seeker"]["wants"]["compliance"]
    ranked = [m["id"] for m in body["matches"]]
    assert ranked[0] == "c-gmp" and set(ranked[1:]) == {"c-near", "c-near-ja"}
    top = body["matches"][0]
    compliance = [x for x in top["reasons"] if x["code"] == "compliance"]
    assert compliance and compliance[0]["evidence"] == GMP_EN and GMP_EN in compliance[0]["en"]
    near = next(m for m in body["matches"] if m["id"] == "c-near")
    caution = [x for x in near["reasons"] if x["code"] == "caution"]
    assert caution and caution[0]["evidence"] == "Our facility is not GMP-certified."
    assert near["signals"]["structured"] < top["signals"]["structured"]


def test_cli_analyse_and_reanalyse(api: httpx.Client, cli_env: dict, graph: Graph) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["profiles", "analyse", "--text", NEAR_MISS_JA, "--json"])
    assert result.exit_code == 0 and '"polarity": "negative"' in result.output
    load(api, org("c-one", GMP_EN), org("c-two", NEAR_MISS))
    graph.driver.execute_query("MATCH (o:Organization) SET o.analyser_version = 'old'")
    result = runner.invoke(app, ["profiles", "reanalyse"])
    assert result.exit_code == 0 and "analysed 2 of 2" in result.output
    assert "analysed 0 of 2" in runner.invoke(app, ["profiles", "reanalyse"]).output
