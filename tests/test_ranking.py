"""Ranking that holds on what profiles state, through the real API over the real Neo4j: a differing
modality is a caution and ranks last, a silent profile is not buried, a funding-stage focus counts,
certification is a filter and a want, reasons never credit what a profile rules out."""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from matchmaker.cli.seed import public_files
from matchmaker.embeddings.registry import get_encoder
from matchmaker.exchange.importer import import_records
from matchmaker.exchange.reader import RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.service import Matcher
from matchmaker.synthetic import generate
from tests.helpers import jsonl


def org(id_: str, kind: str, description: str, **extra: Any) -> dict[str, Any]:
    return {"record": "organization", "id": id_, "kind": kind, "name": id_.replace("-", " ").title(),
            "description": description, **extra}  # fmt: skip


CDMOS = [
    org("r-aav-stated", "cdmo", "We manufacture AAV vectors under GMP for clinical trials in our Kobe plant."),
    org("r-mrna", "cdmo", "We manufacture mRNA and lipid nanoparticles under GMP for clinical trials in Kobe."),
    org("r-sirna", "cdmo", "GMP manufacturing of siRNA and antisense oligonucleotides for clinical trials, Osaka."),
    org("r-silent", "cdmo", "A contract manufacturer in Kobe for clinical trials, under GMP, with a 200 L line."),
    org(
        "r-no-fill",
        "cdmo",
        "We make AAV drug substance under GMP in Kobe. We do not fill; formulation is outsourced to a partner. "
        "Our AAV purification platform gives high full-capsid ratios.",
    ),
]
VCS = [
    org("r-vc-a", "vc", "We lead Series A rounds in antibody and gene therapy ventures in Japan."),
    org("r-vc-b", "vc", "We mainly invest at Series B in Japanese drug ventures with clinical assets."),
    org("r-vc-silent", "vc", "A life-science venture capital firm in Tokyo backing drug ventures."),
    org("r-vc-cert", "vc", "A Tokyo life-science fund; we are an AMED-certified VC and back drug ventures."),
    org("r-vc-declared", "vc", "Venture investors in Osaka for biotech.", certifications=["amed_certified_vc"]),
]


def load(api: httpx.Client, records: list[dict[str, Any]]) -> None:
    r = api.post("/v1/import", content=jsonl(*records).encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text


def match(api: httpx.Client, text: str, target: str, **filters: Any) -> list[dict[str, Any]]:
    r = api.post("/v1/matches", json={"text": text, "target": target, "limit": 10, "filters": filters})
    assert r.status_code == 200, r.text
    return r.json()["matches"]


def test_a_differing_modality_is_a_caution_and_ranks_below(api: httpx.Client) -> None:
    load(api, CDMOS)
    matches = match(api, "GMP manufacturing of our AAV vector for a phase 1 trial", "cdmo")
    order = [m["id"] for m in matches]
    for other in ("r-mrna", "r-sirna"):
        assert order.index(other) > order.index("r-aav-stated")
        assert order.index(other) > order.index("r-silent")  # a silent profile ranks above a differing one
        cautions = [r for r in matches[order.index(other)]["reasons"] if r["code"] == "caution"]
        assert cautions and "Viral vector" in cautions[0]["en"] and "ウイルスベクター" in cautions[0]["ja"]
    silent = matches[order.index("r-silent")]
    assert not [r for r in silent["reasons"] if r["code"] == "caution"]


def test_a_silent_profile_scores_half_on_modality(api: httpx.Client) -> None:
    load(api, CDMOS)
    by_id = {m["id"]: m for m in match(api, "GMP manufacturing of our AAV vector for a phase 1 trial", "cdmo")}
    stated, silent, other = (by_id[i]["signals"]["structured"] for i in ("r-aav-stated", "r-silent", "r-mrna"))
    assert stated > silent > other


def test_reasons_never_credit_what_a_profile_rules_out(api: httpx.Client) -> None:
    load(api, CDMOS)
    by_id = {m["id"]: m for m in match(api, "AAV formulation and fill-finish under GMP", "cdmo")}
    reasons = by_id["r-no-fill"]["reasons"]
    assert not [r for r in reasons if r["code"] == "capability" and "Formulation" in r["en"]]
    assert any(r["code"] == "caution" and "Formulation" in r["en"] for r in reasons)
    best = next(r for r in reasons if r["code"] == "statement")
    assert "do not fill" not in best["evidence"] and "outsourced" not in best["evidence"]


def test_a_funding_stage_focus_one_round_away_is_a_caution(api: httpx.Client) -> None:
    load(api, VCS)
    matches = match(api, "Looking for a Series A lead investor for our gene therapy venture", "vc")
    order = [m["id"] for m in matches]
    assert order.index("r-vc-a") < order.index("r-vc-silent") < order.index("r-vc-b")
    b = matches[order.index("r-vc-b")]
    assert any(r["code"] == "caution" and "Series B" in r["en"] for r in b["reasons"])
    best = next((r for r in b["reasons"] if r["code"] == "statement"), None)
    assert best is None or "Series B" not in best["evidence"]


def test_certification_is_a_filter_and_a_want(api: httpx.Client) -> None:
    load(api, VCS)
    filtered = match(api, "Investors for our drug venture", "vc", certification="amed_certified_vc")
    assert {m["id"] for m in filtered} == {"r-vc-cert", "r-vc-declared"}
    wanted = match(api, "創薬ベンチャーです。AMED認定VCからの出資を希望します。", "vc")
    assert {m["id"] for m in wanted[:2]} == {"r-vc-cert", "r-vc-declared"}
    assert any(r["code"] == "certification" for r in wanted[0]["reasons"])
    r = api.post("/v1/matches", json={"text": "investors please", "target": "vc", "filters": {"certification": "x"}})
    assert r.status_code == 422 and "certification" in r.json()["message"]


CITIES = [
    "Kobe",
    "Osaka",
    "Kyoto",
    "Nagoya",
    "Sapporo",
    "Fukuoka",
    "Chiba",
    "Kawasaki",
    "Saitama",
    "Hiroshima",
    "Sendai",
]


def test_a_stated_modality_is_a_candidate_however_far_its_vector(api: httpx.Client) -> None:
    """55 mRNA CDMOs read closer to an antibody need than a site that states antibodies in a long,
    broad sentence: by the vector alone it is not among the 50 candidates, yet it is the only one
    that states what is wanted (the others are cautions), so it comes first."""
    templates = [
        "mRNA drug substance manufacturing in {c}, Japan, for mRNA vaccines and medicines.",
        "We make mRNA drug substance and lipid nanoparticles in {c}, Japan.",
        "GMP manufacturing of mRNA and LNP drug substance in {c}.",
        "mRNA vaccine drug substance, made under contract at our {c} plant in Japan.",
        "Contract manufacturing of mRNA medicines in {c}: drug substance and LNP formulation.",
    ]
    mrna = [org(f"r-mrna-{i}-{c.lower()}", "cdmo", t.format(c=c)) for i, t in enumerate(templates) for c in CITIES]
    far = org(
        "r-antibody-far",
        "cdmo",
        "A new biologics site in Sendai with large culture tanks, opening in 2026; it works with our older plant "
        "for integrated domestic production from raw materials to medicines, for monoclonal antibodies.",
    )
    load(api, [*mrna, far])
    for need in ("Antibody drug substance manufacturing in Japan", "抗体医薬の原薬製造を国内で委託したい。"):
        matches = match(api, need, "cdmo")
        assert matches[0]["id"] == "r-antibody-far", need
        assert all(any(r["code"] == "caution" for r in m["reasons"]) for m in matches[1:]), need


def test_a_broad_profile_is_not_ranked_below_a_cluster_of_near_identical_specialists(api: httpx.Client) -> None:
    """Hubness (CSLS): a dozen near-identical antibody specialists are each close to an antibody need
    partly for being in their cluster; a CDMO that states antibodies among four modalities reads a
    little further from it. Both state what is wanted, so the broad one is not ranked below them
    all: its centred neighbourhood density is negative and its similarity raised, theirs lowered."""
    specialists = [
        org(
            f"r-mab-{c.lower()}",
            "cdmo",
            f"Monoclonal antibody production at our {c} plant, from cell line to drug substance.",
        )
        for c in CITIES
    ]
    broad = org("r-broad", "cdmo", "Drug substance for antibodies, mRNA, gene therapy and cell therapy, made in Japan.")
    load(api, [*specialists, broad])
    for need in ("Antibody drug substance manufacturing in Japan", "抗体医薬の原薬製造を国内で委託したい。"):
        matches = match(api, need, "cdmo")
        order = [m["id"] for m in matches]
        signals = {m["id"]: m["signals"] for m in matches}
        assert "r-broad" in order[:3], (need, order)
        closer = [i for i in signals if signals[i]["forward"] > signals["r-broad"]["forward"]]
        assert len(closer) >= 3, (need, closer)  # by its cosine alone it would rank lower
        assert signals["r-broad"]["density"] < 0 < min(signals[i]["density"] for i in order if i != "r-broad")
        assert signals["r-broad"]["semantic"] > signals["r-broad"]["forward"]


def test_public_cdmos_and_certified_vcs_rank_where_their_facts_put_them(graph: Graph) -> None:
    """The public data's CDMO sites and certified VCs among a fictional ecosystem: their short
    public profiles are not buried (a silent profile scores 1/2, not 0), and a certification
    want puts certified VCs first."""
    public = [RawRecord(str(p), n, orjson.loads(line)) for p in public_files()
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if line.strip()]  # fmt: skip
    synthetic = [RawRecord("synthetic", n, r) for n, r in enumerate(generate(400, seed=0), 1)]
    encoder = get_encoder()
    assert import_records(graph, [*public, *synthetic], encoder=encoder).ok
    matcher = Matcher(graph, encoder)

    def top(text: str, target: str) -> list[str]:
        return [m.id for m in matcher.match_text(text, target, MatchFilters(), 10).matches]

    for need in (
        "mRNA drug substance manufacturing in Japan",
        "mRNA医薬の原薬製造を国内で委託したい。",
        "Antibody drug substance manufacturing in Japan",
        "抗体医薬の原薬製造を国内で委託したい。",
    ):
        assert {"cdmo-agc-yokohama", "cdmo-fujifilm-toyama"} <= set(top(need, "cdmo")), need
    for need in (
        "遺伝子治療薬・細胞治療薬の製造を国内CDMOに委託したい。",
        "Gene and cell therapy manufacturing in Japan",
    ):
        assert "cdmo-agc-yokohama" in top(need, "cdmo"), need
    certified = {
        r["id"] for r in graph.driver.execute_query(
            "MATCH (o:Organization) WHERE 'amed_certified_vc' IN o.certifications RETURN o.id AS id"
        ).records
    }  # fmt: skip
    assert len(certified) == 23
    assert set(top("We look for an AMED-certified VC to lead our Series A.", "vc")) <= certified
    assert set(top("AMED認定VCからの出資を希望します。抗体医薬のベンチャーです。", "vc")) <= certified
    by_id = [m.id for m in matcher.match_organization("startup-editforce", "vc", MatchFilters(), 10).matches]
    assert len(set(by_id) & certified) >= 3, by_id


def test_an_ask_for_more_results_begins_with_the_answer_to_an_ask_for_fewer(api: httpx.Client, graph: Graph) -> None:
    """A user who asks for 20 or 50 partners after seeing 10 sees the same 10 first: a larger limit
    gathers more candidates and rescores a larger window, which alone would move the first places."""
    synthetic = [RawRecord("synthetic", n, r) for n, r in enumerate(generate(400, seed=3), 1)]
    assert import_records(graph, synthetic, encoder=get_encoder()).ok
    kinds = {r["id"]: r["kind"] for r in graph.driver.execute_query(
        "MATCH (o:Organization) WHERE o.kind IN ['startup', 'supplier'] RETURN o.id AS id, o.kind AS kind ORDER BY id"
    ).records}  # fmt: skip
    asks = [(i, "cdmo" if kinds[i] == "startup" else "pharma") for i in list(kinds)[:12]]
    for org_id, target in asks:
        ranked = {
            limit: [m["id"] for m in api.get(
                f"/v1/organizations/{org_id}/matches", params={"target": target, "limit": limit}
            ).json()["matches"]]
            for limit in (10, 20, 50)
        }  # fmt: skip
        assert len(ranked[50]) > 20, (org_id, ranked)
        assert ranked[20][:10] == ranked[10] and ranked[50][:20] == ranked[20], (org_id, target, ranked)
    for text, target in (("GMP manufacturing of our antibody for a phase 1 trial", "cdmo"),
                         ("シリーズAの資金調達でリード投資家を探しています。", "vc")):  # fmt: skip
        ranked = {
            limit: [m["id"] for m in api.post(
                "/v1/matches", json={"text": text, "target": target, "limit": limit}
            ).json()["matches"]]
            for limit in (7, 10, 15, 20)
        }  # fmt: skip
        assert ranked[20][:15] == ranked[15] and ranked[15][:10] == ranked[10] and ranked[10][:7] == ranked[7], text
