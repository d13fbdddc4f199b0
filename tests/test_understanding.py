"""What the profile analyser reads from kinds of text it used to misread, in both languages.

The sentences are this file's own phrasings of each kind (a sales office abroad read as a site,
regulatory CMC work, an outsourced step, scale as volumes, funding focus and limits, certification);
none is copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from matchmaker.profiles.analyser import analyse


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.section, f.term, f.polarity) for f in analyse(text).facets}


@pytest.mark.parametrize(
    "text",
    [
        "Japanese customers are looked after by our representative office in Osaka; all production runs in Ireland.",
        "日本では東京の営業所のみで、製品はすべてドイツの工場で製造しています。",
        "We operate no manufacturing plant in Japan; our only factory is in Singapore.",
    ],
)
def test_a_sales_office_in_japan_is_not_a_site(text: str) -> None:
    found = facts(text)
    assert ("sites", "JP", "positive") not in found
    assert any(s == "sites" and t != "JP" and p == "positive" for s, t, p in found)


def test_a_plant_in_japan_stays_a_site() -> None:
    assert ("sites", "JP", "positive") in facts("Our GMP plant is in Sendai, and a sales office serves Osaka.")


@pytest.mark.parametrize(
    "text",
    [
        "We write the CMC sections of IND and CTA dossiers for our clients.",
        "治験届のCMC部分の申請資料作成を代行します。",
    ],
)
def test_regulatory_cmc_work_is_regulatory(text: str) -> None:
    assert ("capabilities", "regulatory", "positive") in facts(text)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("We run upstream and purification in house; lyophilisation is carried out by a partner site.", "formulation"),
        ("Aseptic filling is subcontracted to another company in Shiga.", "fill_finish"),
        ("We rely on partners for fill-finish.", "fill_finish"),
        ("凍結乾燥などの製剤化は協力会社に外部委託しています。", "formulation"),
        ("無菌充填は提携しているCMOに委託しています。", "fill_finish"),
    ],
)
def test_an_outsourced_step_is_not_offered(text: str, step: str) -> None:
    found = facts(text)
    assert ("capabilities", step, "negative") in found
    assert ("capabilities", step, "positive") not in found


@pytest.mark.parametrize(
    "text",
    [
        "医薬品の受託製造は一切行っておりません。",
        "Manufacturing itself is handed to partner CMOs; we only develop processes.",
    ],
)
def test_no_manufacturing_rules_out_the_manufacturing_steps(text: str) -> None:
    found = facts(text)
    assert {("capabilities", s, "negative") for s in ("drug_substance", "clinical_supply")} <= found


def test_a_wish_to_outsource_is_a_need_not_an_absence() -> None:
    assert ("capabilities", "formulation", "positive") in facts("製剤化を外部に委託したいと考えています。")
    assert ("capabilities", "formulation", "positive") in facts("We want to outsource formulation of our antibody.")


@pytest.mark.parametrize(
    ("text", "scales"),
    [
        ("抗体を1,000〜5,000 Lのステンレスタンクで培養します。", {"clinical", "commercial"}),
        ("Our single-use line goes up to 500 L.", {"clinical"}),
        ("We culture in shake flasks and 10 L wave bags.", {"research"}),
        ("年間トン単位で低分子原薬を製造しています。", {"commercial"}),
        ("Peptides are synthesised at gram scale.", {"clinical"}),
        ("We deliver small lab-scale batches within three weeks.", {"research"}),
    ],
)
def test_scale_stated_as_quantities(text: str, scales: set[str]) -> None:
    assert {t for s, t, p in facts(text) if s == "scales" and p == "positive"} == scales


def test_a_stated_purpose_wins_over_volumes() -> None:
    found = facts("We make 5 g batches of GMP mRNA for first-in-human trials.")
    assert ("scales", "clinical", "positive") in found and ("scales", "research", "positive") not in found


@pytest.mark.parametrize(
    ("text", "stated", "excluded"),
    [
        ("We invest exclusively in Series C and pre-IPO rounds.", {"series_c", "ipo"}, {"seed", "series_a"}),
        ("投資対象はシードのみです。", {"seed"}, {"series_a", "series_b"}),
        ("Our fund mostly writes Series B tickets.", {"series_b"}, set()),
    ],
)
def test_funding_stage_focus_and_limits(text: str, stated: set[str], excluded: set[str]) -> None:
    found = facts(text)
    assert stated <= {t for s, t, p in found if s == "funding_stages" and p == "positive"}
    assert excluded <= {t for s, t, p in found if s == "funding_stages" and p == "negative"}
    assert ("funding_stages", "m_and_a", "negative") not in found  # exits are not rounds


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("We are one of the VCs certified by AMED for drug ventures.", "positive"),
        ("当ファンドはAMED認定VCに採択されています。", "positive"),
        ("We are not an AMED-certified VC.", "negative"),
    ],
)
def test_certification_is_read(text: str, polarity: str) -> None:
    assert ("certifications", "amed_certified_vc", polarity) in facts(text)


def test_a_makers_phases_are_its_clients_not_its_pipeline() -> None:
    found = facts("We manufacture GMP antibody drug substance for Phase 1 and Phase 2 studies.")
    assert ("capabilities", "clinical_supply", "positive") in found
    assert not {t for s, t, _ in found if s == "stages"}
    own = facts("Our lead candidate enters Phase 1 next year; a CDMO manufactures it.")
    assert ("stages", "phase1", "positive") in own


def test_a_makers_bioreactors_are_equipment_and_a_suppliers_are_products() -> None:
    assert ("capabilities", "bioreactor", "positive") not in facts(
        "GMP drug substance is made in two 2,000 L single-use bioreactors."
    )
    assert ("capabilities", "bioreactor", "positive") in facts(
        "We manufacture single-use bioreactors from 50 L to 2,000 L for process development labs."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Our Gunma plant runs three 3,000 L stainless-steel bioreactors for licensed biologics.",
        "Seed trains feed a 1,000 L perfusion culture at the Osaka site.",
        "大阪工場では5,000Lの培養槽2基で抗体医薬を生産しています。",
        "当社の発酵槽は最大2,000Lで、組換えタンパク質を扱います。",
    ],
)
def test_culture_vessels_run_at_a_volume_are_upstream_culture_not_parts_for_sale(text: str) -> None:
    found = facts(text)
    assert ("capabilities", "upstream", "positive") in found
    assert ("capabilities", "bioreactor", "positive") not in found


@pytest.mark.parametrize(
    "text",
    [
        "We design and build single-use bioreactors from 5 L to 3,000 L.",
        "当社は50Lから3,000Lまでのシングルユース培養バッグを自社工場で製造しています。",
    ],
)
def test_a_makers_vessels_at_a_volume_stay_its_products(text: str) -> None:
    assert ("capabilities", "upstream", "positive") not in facts(text)


def test_culture_the_sentence_rules_out_stays_ruled_out() -> None:
    found = facts("We hold 2,000 L of bioreactor capacity at a partner site but do not run cell culture ourselves.")
    assert ("capabilities", "upstream", "positive") not in found


def test_an_offer_lists_products_so_its_vessels_are_for_sale() -> None:
    text = "Single-use bioreactors up to 3,000 L and mixing systems, assembled in Kobe for GMP plants."
    assert ("capabilities", "bioreactor", "positive") in {
        (f.section, f.term, f.polarity) for f in analyse(text, offer=True).facets
    }
    assert ("capabilities", "upstream", "positive") not in facts(text)  # "assembled in": a maker's sentence
