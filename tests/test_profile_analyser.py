"""The profile analyser (matchmaker.profiles.analyser): negation in both languages, evidence,
paraphrases, versioning and a held-out accuracy check. Pure tests: no Neo4j."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matchmaker.model.vocabulary import Term, Vocabulary, get_vocabulary
from matchmaker.profiles import analyser as analyser_module
from matchmaker.profiles.analyser import ANALYSER_VERSION, Analysis, ProfileAnalyser, analyse

FIXTURE = Path(__file__).parent / "fixtures" / "extraction_small.jsonl"


@pytest.mark.parametrize(
    "text",
    [
        "GMP対応はしていません。",
        "Our facility is not GMP-certified.",
        "当社の施設はGMP対応はしていませんが、研究用の材料は提供しています。",
    ],
)
def test_negated_gmp_is_negative_never_positive(text: str) -> None:
    result = analyse(text)
    assert "gmp" not in result.positives("compliance")
    assert result.negatives("compliance") == ["gmp"]


def test_non_glp_is_negative() -> None:
    result = analyse("We run non-GLP exploratory studies in rodents.")
    assert result.negatives("compliance") == ["glp"]
    assert "glp" not in result.positives("compliance")
    assert "nonclinical_studies" in result.positives("capabilities")


def test_vc_focus_and_exclusions() -> None:
    result = analyse("Brightwell Health Partners invests in medtech and digital health only: no therapeutics.")
    assert set(result.positives("modalities")) == {"medical_device", "digital_health"}
    assert result.negatives("modalities") == ["therapeutics"]


def test_pre_ipo_only() -> None:
    """A limit on rounds rules the other rounds out (issue 15: "pre-IPO only" is a limit), not exits."""
    result = analyse("We join pre-IPO rounds only.")
    assert result.positives("funding_stages") == ["ipo"]
    assert result.negatives("funding_stages") == ["seed", "series_a", "series_b", "series_c"]


def test_japanese_exclusions_and_limits() -> None:
    assert analyse("医療機器やデジタルヘルスは投資対象外です。").negatives("modalities") == [
        "medical_device",
        "digital_health",
    ]
    assert analyse("シリーズA以外には投資しません。").positives("funding_stages") == ["series_a"]
    assert analyse("がん以外の領域に投資します。").negatives("therapeutic_areas") == ["oncology"]
    assert analyse("シードからシリーズBまでの企業に投資します。").positives("funding_stages") == [
        "seed",
        "series_b",
        "series_a",
    ]


def test_no_site_in_japan() -> None:
    ja = analyse("国内に生産拠点はありません。")
    assert ja.negatives("sites") == ["JP"]
    assert "JP" not in ja.positives("sites")
    en = analyse("We manufacture in Singapore. We have no site in Japan, but our team visits Tokyo every quarter.")
    assert en.negatives("sites") == ["JP"]
    assert en.positives("sites") == ["SG"]


def test_prefecture_implies_japan() -> None:
    result = analyse("カゼノバイオプロセスは神戸市に拠点を置くCDMOです。")
    assert result.positives("sites") == ["JP-28", "JP"]


def test_evidence_is_the_source_sentence() -> None:
    text = "We are a CDMO in Osaka. Our GMP suites are built for early-phase clinical batches. We do not fill vials."
    result = analyse(text)
    assert result.evidence_for("compliance", "gmp") == "Our GMP suites are built for early-phase clinical batches."
    assert result.evidence_for("capabilities", "fill_finish", "negative") == "We do not fill vials."
    assert result.evidence_for("capabilities", "fill_finish") is None
    assert result.as_facets_dict()["scales"] == ["clinical"]


def test_japanese_paraphrases() -> None:
    result = analyse("細胞株の樹立とクローン選抜を受託し、出荷試験や無菌試験も実施しています。")
    assert {"cell_line_development", "quality_control"} <= set(result.positives("capabilities"))
    nfkc = analyse("ＧＭＰ下で治験薬を製造しています。")  # full-width Latin letters
    assert "gmp" in nfkc.positives("compliance")
    # token boundaries: 京都 is not read inside 東京都
    assert analyse("東京都に本社があります。").positives("sites") == ["JP-13", "JP"]


def test_negated_terms_are_never_positives_and_evidence_is_the_stating_sentence() -> None:
    text = "We do not offer fill-finish. We make AAV vectors."
    analysis = analyse(text)
    # "we make AAV vectors" is drug substance manufacturing (set 2 rule 9), never fill-finish
    assert analysis.positives("capabilities") == ["drug_substance"]
    assert analysis.negatives("capabilities") == ["fill_finish"]
    assert analysis.positives("modalities") == ["viral_vector"]
    assert analysis.evidence_for("modalities", "viral_vector") == "We make AAV vectors."
    assert analysis.evidence_for("capabilities", "fill_finish", "negative") == "We do not offer fill-finish."
    assert analyse(None).facets == []


def test_version_changes_with_vocabulary() -> None:
    vocab = get_vocabulary()
    assert ProfileAnalyser(vocab).version == ANALYSER_VERSION == analyser_module.default_analyser().version
    sections = dict(vocab.sections)
    gmp = sections["compliance"]["gmp"]
    sections["compliance"] = {
        **sections["compliance"],
        "gmp": Term(**{**gmp.model_dump(), "synonyms": (*gmp.synonyms, "GxP")}),
    }
    changed = ProfileAnalyser(Vocabulary(sections=sections))
    assert changed.version != ANALYSER_VERSION
    assert changed.analyse("A GxP facility.").positives("compliance") == ["gmp"]
    assert analyse("A GxP facility.").positives("compliance") == []


def _micro_f1(rows: list[dict]) -> float:
    tp = fp = fn = 0
    for row in rows:
        gold = {(s, t, pol) for s, lab in row["labels"].items() for pol in ("positive", "negative") for t in lab[pol]}
        pred = {(f.section, f.term, f.polarity) for f in analyse(row["text"]).facets}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def test_held_out_micro_f1() -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 30
    assert {r["lang"] for r in rows} == {"ja", "en"}
    assert _micro_f1(rows) >= 0.85


def test_empty_text() -> None:
    assert analyse(None) == Analysis(facets=[], version=ANALYSER_VERSION)
    assert analyse("   ").facets == []


# --- issue 15: general rules for scales, stages, sites, funding stages and compliance -----------
# Own phrasings of each kind of text (none copied from a benchmark set), English and Japanese, with
# forms that must not fire.


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(f.section, f.term, f.polarity) for f in analyse(text).facets}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Our analytical lab sits in Hamamatsu.", {"JP-22", "JP"}),
        ("当社の工場は北九州市にあります。", {"JP-40", "JP"}),
        ("We run a GMP suite in Takasaki and a pilot plant in Kurashiki.", {"JP-10", "JP-33", "JP"}),
        ("研究所は金沢にあり、工場は鳥栖市です。", {"JP-17", "JP-41", "JP"}),
        ("Our labs are located in Seoul and Melbourne.", {"KR", "AU"}),
        ("製造拠点はベトナムのハノイにあります。", {"VN"}),
        ("The company operates a plant in Wales.", {"GB"}),
    ],
)
def test_a_city_or_region_names_its_prefecture_or_country(text: str, codes: set[str]) -> None:
    """A site named by its city, district or region gives the code of its prefecture or country."""
    assert codes <= set(analyse(text).positives("sites"))


def test_places_are_valid_region_codes_and_no_city_is_two_prefectures() -> None:
    from matchmaker.profiles.places import PLACES

    vocab = get_vocabulary()
    assert all(vocab.region_known(code) for code in PLACES)
    seen: dict[str, str] = {}
    for code, names in PLACES.items():
        for name in names:
            assert seen.setdefault(name, code) == code, name


def test_a_city_in_a_market_sentence_is_no_site() -> None:
    assert not analyse("We export kits to customers in Shanghai and Taipei.").positives("sites")


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Our GMP suite for commercial batches will open in 2028.", {("scales", "commercial"), ("compliance", "gmp")}),
        ("当社は2027年に大阪府に新工場を建設する予定です。", {("sites", "JP-27")}),
        ("研究用グレードを販売しており、治験用グレードは来年発売予定です。", {("scales", "clinical")}),
        ("We previously held GLP accreditation but closed the unit in 2022.", {("compliance", "glp")}),
        ("2025年にGMP製造から撤退しました。", {("compliance", "gmp")}),
        ("Our plant in Kobe is being built; today we run a pilot lab in Osaka.", {("sites", "JP-28")}),
    ],
)
def test_planned_or_given_up_is_not_available_now(text: str, negated: set[tuple[str, str]]) -> None:
    """A plant, grade or status that is only planned, or was given up, is negative, never positive."""
    said = _said(text)
    for section, term in negated:
        assert (section, term, "negative") in said and (section, term, "positive") not in said


def test_current_things_beside_planned_ones_stay_positive() -> None:
    said = _said("We make research-grade media today and will launch a GMP grade for clinical use from 2027.")
    assert ("scales", "research", "positive") in said and ("scales", "clinical", "negative") in said
    assert ("sites", "JP-27", "positive") in _said(
        "Our plant in Kobe is being built; today we run a pilot lab in Osaka."
    )
    # expanding what exists is no plan for something new
    assert ("sites", "JP-12", "positive") in _said("We will add a second 2,000 L line to our plant in Chiba.")


@pytest.mark.parametrize(
    ("text", "section", "term"),
    [
        ("Hoshino Bio, formerly known as Kita Labs, operates a GMP plant in Sendai.", "sites", "JP-04"),
        ("Hoshino Bio, formerly known as Kita Labs, operates a GMP plant in Sendai.", "compliance", "gmp"),
        ("2024年にGMP査察を終了し、適合と判定されました。", "compliance", "gmp"),
        ("We have been GMP-certified since 2018 and passed an FDA audit in 2023.", "compliance", "gmp"),
    ],
)
def test_a_former_name_or_a_finished_inspection_is_nothing_given_up(text: str, section: str, term: str) -> None:
    assert term in analyse(text).positives(section)


@pytest.mark.parametrize(
    "text",
    ["当社はGMP製造施設の事業計画の策定を支援しています。", "We write GMP validation plans for our clients."],
)
def test_plans_written_for_clients_are_no_plans_of_ones_own(text: str) -> None:
    result = analyse(text)
    assert "gmp" in result.positives("compliance") and not result.negatives("compliance")


@pytest.mark.parametrize(
    ("text", "current", "planned"),
    [
        ("Our lead programme completed Phase 2 and we plan to start Phase 3 in 2027.", "phase2", "phase3"),
        ("現在第2相試験を実施中で、2027年に第3相試験を開始する予定です。", "phase2", "phase3"),
        ("The candidate is in IND-enabling studies and is set to enter the clinic in 2027.", "preclinical", "phase1"),
    ],
)
def test_a_planned_next_phase_is_not_the_current_stage(text: str, current: str, planned: str) -> None:
    stages = analyse(text)
    assert current in stages.positives("stages")
    assert planned not in stages.positives("stages") and planned not in stages.negatives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Drug product is filled by a partner CMO in Shizuoka.",
        "We buy our plasmid from a supplier in Kobe.",
        "Vector supply is contracted to a German CDMO.",
        "原薬の製造は静岡の提携先に委託しています。",
        "充填は大阪のCMOに外注しています。",
        "Our lead asset is in a Phase 2 trial in Korea and Taiwan.",
        "Our Osaka office handles business development and project management for overseas clients.",
        "大阪の事務所は事業開発と顧客対応を担当しています。",
    ],
)
def test_a_partners_place_a_trials_place_or_a_business_office_is_no_site(text: str) -> None:
    """Where a partner works, where trials run, or a business-development office: no site, and not
    a negated one either (only "no site in X" says there is none)."""
    sites = analyse(text)
    assert sites.positives("sites") == [] and sites.negatives("sites") == []


@pytest.mark.parametrize(
    "text",
    [
        "治験は国内の医療機関で実施しています。",
        "日米で第1/2相試験を実施中です。",
        "Our lead programme is in a Phase 2 trial in Japan.",
    ],
)
def test_where_the_organisations_own_trials_run_is_no_site(text: str) -> None:
    assert analyse(text).positives("sites") == []


@pytest.mark.parametrize(
    "text",
    [
        "当社は国内の医療機関で治験のモニタリングを受託しています。",
        "We monitor Phase 2 trials in Japan and Korea.",
    ],
)
def test_where_a_cro_works_on_trials_is_its_site(text: str) -> None:
    assert "JP" in analyse(text).positives("sites")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("We are a Shizuoka CDMO working with partners across Asia.", "JP-22"),
        ("当社は静岡県のCDMOで、提携先と協力して充填も行います。", "JP-22"),
        ("We make GMP vector for clinical trials in Kyoto.", "JP-26"),
        ("We are a US biotech with a research lab in Kobe.", "US"),
        ("We serve Japanese sponsors from our labs in Singapore.", "SG"),
    ],
)
def test_the_organisations_own_place_stays_a_site(text: str, site: str) -> None:
    assert site in analyse(text).positives("sites")


def test_a_nationality_of_others_and_a_pronoun_are_no_sites() -> None:
    assert "JP" not in analyse("We serve Japanese sponsors from our labs in Singapore.").positives("sites")
    assert analyse("Let us know; the team will help us.").positives("sites") == []
    assert analyse("A US$200 million fund based in Tokyo.").positives("sites") == ["JP-13", "JP"]
    assert "US" not in analyse("We filed with the US FDA from our plant in Osaka.").positives("sites")
    assert analyse("日本のPMDAと米国FDAへの申請を支援します。").positives("sites") == []
    assert analyse("米国の顧客にも対応しています。").positives("sites") == []
    assert "JP" in analyse("当社は日本の製薬企業です。").positives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "Our plant is in Ireland, and Japan is served through distributors.",
        "国内は代理店経由で販売しており、工場はドイツにあります。",
    ],
)
def test_a_country_served_through_distributors_has_no_site(text: str) -> None:
    assert "JP" in analyse(text).negatives("sites")


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        ("シリーズAで10億円を調達しました。", "series_a"),
        ("現在、シードラウンドの資金調達を進めています。", "seed"),
        ("We closed a Series B round last year.", "series_b"),
    ],
)
def test_a_startups_own_round_is_stated_not_bought_in(text: str, round_: str) -> None:
    """Raising money (資金調達) is not procurement: the round a startup closed or raises is positive."""
    result = analyse(text)
    assert round_ in result.positives("funding_stages") and round_ not in result.negatives("funding_stages")


def test_procurement_is_still_bought_in() -> None:
    assert "plasmid" in analyse("プラスミドは海外の業者から調達しています。").negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our reagents are for research use only and are not intended for clinical manufacturing.",
        "All kits are research-grade only and are not sold for clinical use.",
    ],
)
def test_an_exclusive_scale_is_affirmed_beside_a_negated_other(text: str) -> None:
    result = analyse(text)
    assert "research" in result.positives("scales")
    assert {"clinical", "commercial"} <= set(result.negatives("scales"))


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("主力品目は第II/III相試験を実施中です。", {"phase2", "phase3"}),
        ("Our lead is in a Phase 2/3 study.", {"phase2", "phase3"}),
        ("Two programmes are in phases 1 and 2.", {"phase1", "phase2"}),
        ("We in-license Phase 3 assets and commercialise them in Japan.", {"phase3"}),
        ("当社は承認済み製品を3品目持ち、自社工場で製造しています。", {"approved"}),
        ("The company owns a GMP plant that supplies its own Phase 2 trials.", {"phase2"}),
        ("Our lead candidate is in preclinical studies.", {"preclinical"}),
    ],
)
def test_stages_of_the_organisations_own_pipeline(text: str, stages: set[str]) -> None:
    assert stages <= set(analyse(text).positives("stages"))


@pytest.mark.parametrize(
    "text",
    [
        "We manage Phase 2 and Phase 3 trials for sponsors in Asia.",
        "The firm helps biotech sponsors run Phase 1 studies in Japan.",
        "現在は非臨床の安全性試験の受託に専念しています。",
        "We offer preclinical pharmacology studies to biotech clients.",
    ],
)
def test_a_service_providers_clients_stages_are_not_its_own(text: str) -> None:
    assert analyse(text).positives("stages") == []


@pytest.mark.parametrize(
    "text", ["We make GLP-1 receptor agonist peptides at kilogram scale.", "GLP-2アナログの原薬を製造しています。"]
)
def test_a_glp_hormone_is_no_glp_status(text: str) -> None:
    result = analyse(text)
    assert "glp" not in result.positives("compliance") and "glp" not in result.negatives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "Our pivotal GLP toxicology is run by a CRO in Europe.",
        "GLP毒性試験はCROに委託しています。",
    ],
)
def test_glp_work_run_by_a_cro_is_negative(text: str) -> None:
    result = analyse(text)
    assert "glp" in result.negatives("compliance") and "glp" not in result.positives("compliance")


def test_glp_work_of_ones_own_stays_positive() -> None:
    assert "glp" in analyse("当社はCDMOで、GLP試験も自社で実施しています。").positives("compliance")


@pytest.mark.parametrize(
    ("text", "positive"),
    [
        ("The university licenses its antibody platform to pharmaceutical companies.", True),
        ("当研究所は技術を製薬企業にライセンス供与しています。", True),
        ("We in-license late-stage assets from biotechs.", False),
        ("We licensed the compound from a university.", False),
    ],
)
def test_licensing_out_stated_as_a_verb(text: str, positive: bool) -> None:
    assert ("licence_out" in analyse(text).positives("funding_stages")) is positive


@pytest.mark.parametrize(
    ("text", "scales"),
    [
        ("We fill syringes from clinical lots up to commercial runs of 100,000 units.", {"clinical", "commercial"}),
        ("The plant makes tox batches and Phase 1 material of peptides.", {"non_clinical", "clinical"}),
        ("研究用の少量から治験原薬の製造まで対応しています。", {"research", "clinical"}),
        ("商用ロットの充填を受託しています。", {"commercial"}),
        ("Bag sizes range from 20 mL to 500 L.", {"research", "clinical"}),
        ("Our 3,000 L bioreactor line serves launch volumes for partners.", {"commercial"}),
    ],
)
def test_scale_of_material_named_by_its_purpose_or_volume(text: str, scales: set[str]) -> None:
    assert scales <= set(analyse(text).positives("scales"))


def test_a_purpose_wins_over_a_volume_in_a_sentence_without_a_making_verb() -> None:
    assert analyse("Our 2,000 L single-use line is reserved for launch volumes.").positives("scales") == ["commercial"]


def test_a_run_verb_or_a_name_is_no_material() -> None:
    assert analyse("Lakeside Clinical Research runs ICH-GCP trials in Thailand.").positives("scales") == []


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("We invest in Series A and B rounds of drug ventures.", {"series_a", "series_b"}),
        ("シリーズA〜Cのバイオベンチャーに投資しています。", {"series_a", "series_b", "series_c"}),
        ("We lead Series A-C rounds.", {"series_a", "series_b", "series_c"}),
    ],
)
def test_rounds_sharing_series(text: str, rounds: set[str]) -> None:
    assert set(analyse(text).positives("funding_stages")) == rounds


def test_negated_rounds_sharing_series() -> None:
    result = analyse("We do not join Series B or C rounds.")
    assert {"series_b", "series_c"} <= set(result.negatives("funding_stages")) and not result.positives(
        "funding_stages"
    )


@pytest.mark.parametrize(
    "text",
    [
        "研究用の少量パックから商用生産向けの大容量まで取り揃えています。",
        "Bags are sold from research grade up to commercial supply.",
    ],
)
def test_a_product_range_covers_every_scale_between_its_ends(text: str) -> None:
    assert set(analyse(text).positives("scales")) == {"research", "non_clinical", "clinical", "commercial"}


def test_two_scales_in_separate_clauses_are_no_range() -> None:
    assert set(analyse("Research grade is sold in Europe; commercial supply is in Japan.").positives("scales")) == {
        "research",
        "commercial",
    }


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture the approved products of our own pipeline in-house, for commercial sale and for our trials.",
        "開発品2品目を持つ創薬企業です。自社工場で承認済み製品の商用生産を行っています。",
    ],
)
def test_a_developer_making_only_its_own_products_supplies_no_scale(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.positives("capabilities")
    assert not result.positives("scales") and not result.negatives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "We develop our own pipeline. Our plant also makes commercial batches for clients.",
        "当社は抗体医薬品の受託製造を行っており、自社製品も2品目持っています。商用生産に対応しています。",
    ],
)
def test_a_developer_that_also_makes_for_others_keeps_its_scale(text: str) -> None:
    assert "commercial" in analyse(text).positives("scales")


@pytest.mark.parametrize(
    ("text", "section", "term"),
    [
        ("Our closed-system bioreactors are made in Osaka.", "capabilities", "bioreactor"),
        ("閉鎖系の自動培養装置を製造しています。", "capabilities", "bioreactor"),
        ("Phase 2 data are expected in 2027.", "stages", "phase2"),
    ],
)
def test_a_closed_system_or_expected_results_are_no_time_cue(text: str, section: str, term: str) -> None:
    """'Closed' naming a kind of system, and results that are expected, say nothing of what is given up or planned."""
    assert term in analyse(text).positives(section)


def test_a_needs_text_keeps_what_it_plans() -> None:
    """In a needs text, a plan is the reason for the need: the step asked for stays wanted."""
    result = analyse("We plan to start a Phase 1 trial in 2027 and need clinical supply of our antibody.", need=True)
    assert "clinical_supply" in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The CPC operates under GCTP.", "positive"),
        ("当社の細胞加工施設はGCTP省令に適合しています。", "positive"),
        ("Our plant is PIC/S GMP certified.", "positive"),
        ("We are preparing for GMP certification.", "negative"),
        ("GLP対応は現在準備中です。", "negative"),
    ],
)
def test_gmp_regimes_by_name_and_status_not_yet_held(text: str, polarity: str) -> None:
    facts = {(f.term, f.polarity) for f in analyse(text).facets if f.section == "compliance"}
    term = "glp" if "GLP" in text else "gmp"
    assert (term, polarity) in facts and (term, "positive" if polarity == "negative" else "negative") not in facts


# --- issue 15: general rules for capabilities and modalities ------------------------------------
# Every sentence below is this file's own phrasing of a kind of text (none is copied from a
# benchmark set); each kind has English and Japanese cases, and negated or outsourced forms that
# must not fire.


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.section, f.term, f.polarity) for f in analyse(text).facets}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We produce recombinant enzymes under GMP for early clinical programmes.", "clinical_supply"),
        ("Our second plant makes peptide APIs for marketed products.", "commercial_manufacturing"),
        ("Purified vector is filled into vials for Phase 2 studies.", "clinical_supply"),
        ("当社は市販品向けにペプチド原薬を製造しています。", "commercial_manufacturing"),
        ("第2相試験用のバイアルに充填して出荷します。", "clinical_supply"),
        ("治験薬から商用品まで一貫して対応します。", "commercial_manufacturing"),
        ("ヒト初回投与試験に向けたロットを製造しています。", "clinical_supply"),
        ("Our suite makes vector for use in patients.", "clinical_supply"),
        ("The plant produces tablets for global markets.", "commercial_manufacturing"),
    ],
)
def test_supply_stated_by_purpose(text: str, term: str) -> None:
    """What material is made for names the supply step, whatever words the sentence uses."""
    assert ("capabilities", term, "positive") in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture enzymes, but not for clinical programmes.",
        "当社の製造品は臨床向けではありません。",
        "We do not make anything for use in patients.",
        "We run a cGMP line producing 5-50 kg of oligonucleotide per batch.",
        "GMPで1バッチあたり10kgの核酸原薬を生産しています。",
    ],
)
def test_no_clinical_supply_from_a_negated_purpose_or_a_volume_alone(text: str) -> None:
    """A purpose said not to be served, or a GMP volume without a purpose, is no clinical supply."""
    assert ("capabilities", "clinical_supply", "positive") not in _facts(text)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "The Leeds site makes commercial drug substance for biologics.",
            {"drug_substance", "commercial_manufacturing"},
        ),
        ("Our chemists develop purification processes for new formats.", {"downstream", "process_development"}),
        ("Harvested material is then purified in-house.", {"downstream"}),
        ("培養工程の開発を受託しています。", {"upstream", "process_development"}),
    ],
)
def test_steps_named_inside_longer_labels_and_by_verbs(text: str, terms: set[str]) -> None:
    assert terms <= set(analyse(text).positives("capabilities"))


def test_a_step_verb_is_negated_like_its_noun() -> None:
    found = _facts("The crude product is not purified here.")
    assert ("capabilities", "downstream", "positive") not in found
    assert ("capabilities", "downstream", "negative") in found


def test_hyphen_like_dashes_are_hyphens() -> None:
    assert "adc" in analyse("We conjugate antibody\u2013drug conjugates at gram scale.").positives("modalities")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("We do not supply GMP-grade media.", "culture_medium"),
        ("GMPグレードの培地は扱っていません。", "culture_medium"),
    ],
)
def test_a_negated_grade_negates_the_grade_not_the_thing(text: str, part: str) -> None:
    result = analyse(text)
    assert part not in result.negatives("capabilities")
    assert result.negatives("compliance") == ["gmp"]


@pytest.mark.parametrize("text", ["We do not offer GMP manufacturing.", "GMP製造は手がけていません。"])
def test_no_gmp_manufacturing_is_no_gmp_not_no_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" not in result.negatives("capabilities")
    assert "gmp" in result.negatives("compliance")


@pytest.mark.parametrize(
    "text",
    ["GMP manufacturing is transferred to a partner CDMO.", "GMP製造は提携先のCDMOに委託しています。"],
)
def test_gmp_manufacturing_handed_to_a_partner_is_no_clinical_supply(text: str) -> None:
    assert "clinical_supply" in analyse(text).negatives("capabilities")


def test_asked_of_a_partner_is_outsourced_but_a_request_is_a_need() -> None:
    assert "formulation" in analyse("製剤化は協力会社にお願いしています。").negatives("capabilities")
    assert "formulation" in analyse("製剤化は協力会社にお願いしたいと考えています。").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We lead Series A rounds in regenerative medicine startups.",
        "シリーズAラウンドで再生医療ベンチャーを支えるファンドです。",
        "当ファンドは創薬とデジタルヘルスの両分野を対象としています。",
    ],
)
def test_an_investor_naming_a_therapeutic_field_invests_in_therapeutics(text: str) -> None:
    assert "therapeutics" in analyse(text).positives("modalities")


@pytest.mark.parametrize("text", ["We are a cell therapy CDMO in Kobe.", "神戸の細胞治療CDMOです。"])
def test_a_maker_of_a_modality_is_no_therapeutics_investor(text: str) -> None:
    assert "therapeutics" not in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        ("We manufacture CAR-T cells for trials.", {"car_t"}, {"cell_therapy"}),
        ("iPS細胞由来の製品を製造しています。", {"ips"}, {"cell_therapy"}),
        ("We develop bispecific antibodies.", {"bispecific", "antibody"}, set()),
        ("二重特異性抗体を開発しています。", {"bispecific", "antibody"}, set()),
    ],
)
def test_broader_modality_only_where_the_mention_names_it(text: str, stated: set[str], not_stated: set[str]) -> None:
    positives = set(analyse(text).positives("modalities"))
    assert stated <= positives
    assert not (not_stated & positives)


def test_matching_applies_the_modality_hierarchy() -> None:
    """CAR-T is a cell therapy for matching, although the analyser reports only what the text names."""
    from matchmaker.matching.score import modality_fit

    family = {"cell_therapy": "cell", "car_t": "cell", "mrna": "nucleic"}
    implies = {"car_t": ("cell_therapy",)}
    assert modality_fit(["cell_therapy"], ["car_t"], [], family, implies) == 1.0
    assert modality_fit(["cell_therapy"], ["car_t"], [], family) == 0.5
    assert modality_fit(["cell_therapy"], ["mrna"], [], family, implies) == 0.0


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("We back cell and gene therapy ventures.", "positive"),
        ("細胞・遺伝子治療の受託製造を行います。", "positive"),
        ("We do not invest in cell or gene therapy.", "negative"),
    ],
)
def test_conjuncts_share_a_head_noun(text: str, polarity: str) -> None:
    found = _facts(text)
    assert {("modalities", "cell_therapy", polarity), ("modalities", "gene_therapy", polarity)} <= found


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Our scientists develop and qualify cell-based potency assays.", "analytical_development"),
        ("We develop and validate bioassays.", "analytical_development"),
        ("分析法の確立からバリデーションまで対応します。", "analytical_development"),
        ("The team handles route design and process chemistry for APIs.", "process_development"),
        ("プロセス化学の専門チームが製法を改良します。", "process_development"),
        ("We prepare IND submissions for overseas sponsors.", "regulatory"),
        ("MF登録の手続きを代行します。", "regulatory"),
        ("We engineer CHO cell lines for clients.", "cell_line_development"),
        ("生産株の構築を受託しています。", "cell_line_development"),
    ],
)
def test_capabilities_stated_by_work_patterns(text: str, term: str) -> None:
    assert term in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We do not validate methods; clients bring their own.", "analytical_development"),
        ("申請資料の作成は行っていません。", "regulatory"),
    ],
)
def test_negated_work_patterns_are_negative(text: str, term: str) -> None:
    result = analyse(text)
    assert term not in result.positives("capabilities")
    assert term in result.negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The plant passed a PMDA pre-approval inspection last year.", "regulatory"),
        ("工場は昨年PMDAの査察を受けました。", "regulatory"),
        ("Our programmes range from discovery to Phase 1.", "drug_discovery"),
        ("We offer discovery toxicology in rodents.", "drug_discovery"),
        ("We back remote monitoring apps at seed.", "clinical_trials"),
        ("在宅モニタリング機器の開発企業に投資します。", "clinical_trials"),
    ],
)
def test_readings_that_only_qualify_another_are_dropped(text: str, term: str) -> None:
    assert term not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text", ["We run GLP biodistribution studies in rodents.", "GLP準拠で体内分布試験を実施しています。"]
)
def test_studies_under_glp_are_nonclinical_studies(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


def test_studies_not_under_glp_are_not_read_as_nonclinical_from_glp() -> None:
    result = analyse("Our assessments are not GLP.")
    assert "nonclinical_studies" not in result.positives("capabilities")
    assert result.negatives("compliance") == ["glp"]


def test_a_product_type_in_a_name_is_stated_a_sector_word_is_not() -> None:
    assert "gene_therapy" in analyse("Ostrava Gene Therapy Works manufactures vectors.").positives("modalities")
    assert "therapeutics" not in analyse("Northwind Therapeutics runs a kinase programme.").positives("modalities")


@pytest.mark.parametrize(
    "text",
    ["Kestrel Bio is a drug venture working on a peptide for obesity.", "当社は抗体の創薬ベンチャーです。"],
)
def test_a_drug_venture_describing_itself_states_its_modality_not_the_sector(text: str) -> None:
    result = analyse(text)
    assert "therapeutics" not in result.positives("modalities")
    assert result.positives("modalities")


def test_a_seeker_asking_for_drug_ventures_still_wants_the_sector() -> None:
    assert "therapeutics" in analyse("Looking for partners among drug ventures.", need=True).wanted("modalities")


@pytest.mark.parametrize(
    ("text", "made", "not_made"),
    [
        ("We make siRNA-LNP for rodent studies.", "formulation", None),
        ("mRNA-LNPの試作を行います。", "formulation", None),
        ("We sell lipids for mRNA-LNP.", "lipid", "formulation"),
    ],
)
def test_a_payload_in_lnp_is_a_formulated_product(text: str, made: str, not_made: str | None) -> None:
    positives = analyse(text).positives("capabilities")
    assert made in positives
    assert not_made not in positives


def test_a_negated_payload_in_lnp_is_negative() -> None:
    assert "formulation" in analyse("We do not make mRNA-LNP.").negatives("capabilities")


@pytest.mark.parametrize(
    "text", ["大阪市のナニワ生物製剤は、抗体原薬を製造しています。", "カモメ充填技研株式会社は、試薬を販売しています。"]
)
def test_a_word_of_a_japanese_name_is_no_offer(text: str) -> None:
    positives = analyse(text).positives("capabilities")
    assert "formulation" not in positives
    assert "fill_finish" not in positives


def test_a_japanese_sentence_without_a_name_keeps_its_steps() -> None:
    assert "formulation" in analyse("当社の工場は、製剤化まで対応します。").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our buffers are not manufactured under GMP.",
        "GMP下での生産は行っていません。",
        "GMPでの製造には対応していません。",
    ],
)
def test_manufacturing_negated_only_as_gmp_is_no_manufacturing_negation(text: str) -> None:
    result = analyse(text)
    assert not set(result.negatives("capabilities")) & {"drug_substance", "commercial_manufacturing"}


def test_a_phase_in_another_predicate_is_no_supply() -> None:
    result = analyse("We make sterile injectables and are seeking to acquire assets in phase 2.")
    assert "clinical_supply" not in result.positives("capabilities")
    assert "clinical_supply" in analyse("We make sterile injectables for phase 2 studies.").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    ["The lab offers identity testing of drug substance for sponsors.", "We run stability studies on drug product."],
)
def test_what_a_testing_service_tests_is_not_a_step_it_performs(text: str) -> None:
    positives = analyse(text).positives("capabilities")
    assert not set(positives) & {"drug_substance", "formulation"}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The clinic takes part in phase 3 vaccine trials.", "clinical_trials"),
        ("当院は第3相の治験に参加しています。", "clinical_trials"),
        ("工程の改良と製法の確立を支援します。", "process_development"),
    ],
)
def test_trial_sites_and_process_work_by_pattern(text: str, term: str) -> None:
    assert term in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text", ["We are after GMP production of our peptide.", "ペプチドのGMP製造をお願いできる先を探しています。"]
)
def test_gmp_manufacturing_asked_for_is_clinical_supply_wanted(text: str) -> None:
    assert "clinical_supply" in analyse(text, need=True).wanted("capabilities")
    assert "clinical_supply" not in analyse(text).positives("capabilities")  # in a profile it only says GMP


# --- issue 15, second independent set: general rules for capabilities and modalities ------------
# Every phrasing below is written for these tests; none is a sentence of a labelled set.


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Fill-finish is handled by our sister company in Osaka.", "fill_finish"),
        ("Bulk drug substance is produced by a partner CMO in Ireland.", "drug_substance"),
        ("We buy our plasmid from an outside vendor.", "plasmid"),
        ("Purification development is contracted to a university group.", "downstream"),
        ("Toxicology studies were run by a CRO in Kumamoto.", "nonclinical_studies"),
        ("臨床試験の運営は海外のCROに委託しています。", "clinical_trials"),
        ("製剤化は関連会社が担当しています。", "formulation"),
    ],
)
def test_a_step_handed_to_a_contractor_sister_company_or_bought_in_is_negated(text: str, term: str) -> None:
    found = _facts(text)
    assert ("capabilities", term, "negative") in found
    assert ("capabilities", term, "positive") not in found


@pytest.mark.parametrize(
    "text",
    [
        "当社は抗体医薬の受託製造を行うCDMOです。",
        "We are a contract manufacturer that takes on fill-finish for other companies.",
    ],
)
def test_taking_work_on_is_no_outsourcing(text: str) -> None:
    assert not analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "section", "term"),
    [
        ("We plan to add aseptic fill-finish next year.", "capabilities", "fill_finish"),
        ("A lyophilisation suite is under construction at the Kobe plant.", "capabilities", "formulation"),
        ("Toxicology studies will be available from 2031.", "capabilities", "nonclinical_studies"),
        ("We used to offer trial monitoring for academic sponsors.", "capabilities", "clinical_trials"),
        ("無菌充填ラインは来年稼働する予定です。", "capabilities", "fill_finish"),
        ("以前はモニタリング業務も受託していましたが、現在は行っていません。", "capabilities", "clinical_trials"),
        ("将来的にはペプチド医薬にも参入する計画です。", "modalities", "peptide"),
    ],
)
def test_a_planned_or_past_offer_is_not_current(text: str, section: str, term: str) -> None:
    found = _facts(text)
    assert (section, term, "negative") in found
    assert (section, term, "positive") not in found


@pytest.mark.parametrize(
    ("text", "section", "term"),
    [
        (
            "We will support your programme through process development and GMP release.",
            "capabilities",
            "process_development",
        ),
        ("2019年から抗体の製造を行っています。", "modalities", "antibody"),
        ("Fill-finish has been offered since 2015.", "capabilities", "fill_finish"),
    ],
)
def test_a_promise_or_a_start_date_in_the_past_stays_current(text: str, section: str, term: str) -> None:
    assert (section, term, "positive") in _facts(text)


def test_a_narrower_kind_negated_yields_to_the_term_stated_elsewhere() -> None:
    found = _facts("げっ歯類の毒性試験を受託しています。がん原性試験は外部に委託しています。")
    assert ("capabilities", "nonclinical_studies", "positive") in found
    assert ("capabilities", "nonclinical_studies", "negative") not in found
    assert ("capabilities", "nonclinical_studies", "negative") in _facts("毒性試験は外部に委託しています。")


def test_a_past_line_of_a_product_type_still_made_is_no_negation() -> None:
    found = _facts("We make GMP oligonucleotides. Our research-grade peptide catalogue was discontinued in 2020.")
    assert ("modalities", "nucleic_acid", "positive") in found
    assert ("modalities", "peptide", "negative") in found  # only peptides ended
    both = _facts("We make GMP peptides. We previously sold research peptides too.")
    assert ("modalities", "peptide", "positive") in both
    assert ("modalities", "peptide", "negative") not in both


@pytest.mark.parametrize(
    ("text", "stated", "absent"),
    [
        ("We make serum-free media for iPSC and MSC expansion.", "culture_medium", {"ips", "msc"}),
        ("抗体精製用のプロテインA担体を製造しています。", "chromatography_resin", {"antibody"}),
        ("We sell pH sensors for single-use bioreactors.", "sensor", {"bioreactor"}),
        ("細胞培養試薬と緩衝液を製造・販売しています。", "reagent", {"upstream"}),
    ],
)
def test_what_a_suppliers_part_is_for_is_the_customers(text: str, stated: str, absent: set[str]) -> None:
    result = analyse(text)
    assert stated in result.positives("capabilities")
    assert not absent & {*result.positives("capabilities"), *result.positives("modalities")}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We manufacture AAV vectors for gene therapy developers.", "viral_vector"),
        ("遺伝子治療用のプラスミドとレンチウイルスベクターを製造しています。", "gene_therapy"),
    ],
)
def test_a_maker_of_a_product_type_keeps_it(text: str, term: str) -> None:
    assert term in analyse(text).positives("modalities")


@pytest.mark.parametrize("text", ["mRNA原薬の合成は行っていません。", "We do not make antibody drug substance."])
def test_a_negated_step_does_not_negate_the_product_type_that_qualifies_it(text: str) -> None:
    result = analyse(text)
    assert "drug_substance" in result.negatives("capabilities")
    assert not result.negatives("modalities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We perform lot release and stability testing for biologics.", "quality_control"),
        ("Our lab tests finished products for sterility and endotoxin.", "quality_control"),
        ("ロットの出荷判定に必要な試験を行います。", "quality_control"),
        ("We offer characterisation of biosimilar candidates.", "analytical_development"),
        ("不純物の構造解析を受託しています。", "analytical_development"),
        ("GLP bioanalysis of clinical samples is our core service.", "analytical_development"),
    ],
)
def test_analytics_stated_by_what_is_tested(text: str, term: str) -> None:
    assert term in analyse(text).positives("capabilities")


def test_diagnostic_assays_and_process_characterisation_are_no_analytics() -> None:
    assert "analytical_development" not in analyse("We develop companion diagnostic assays.").positives("capabilities")
    caps = analyse("We run process characterization for late-stage biologics.").positives("capabilities")
    assert "process_development" in caps and "analytical_development" not in caps


def test_viral_clearance_studies_under_glp_are_qc_not_nonclinical() -> None:
    caps = analyse("Viral clearance studies are run under GLP in our Kyoto lab.").positives("capabilities")
    assert "quality_control" in caps and "nonclinical_studies" not in caps


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "We cover everything from cell line to filled vials.",
            {"upstream", "downstream", "drug_substance", "formulation"},
        ),
        ("細胞株の樹立から製剤化まで対応します。", {"upstream", "downstream", "drug_substance"}),
        ("Projects run from upstream culture through fill-finish.", {"downstream", "drug_substance", "formulation"}),
    ],
)
def test_a_range_over_the_manufacturing_chain_states_the_steps_between(text: str, terms: set[str]) -> None:
    assert terms <= set(analyse(text).positives("capabilities"))


def test_filling_into_vials_is_no_range() -> None:
    caps = analyse("We fill the purified protein into vials.").positives("capabilities")
    assert "fill_finish" in caps and "formulation" not in caps


@pytest.mark.parametrize(
    "text",
    [
        "Our 10,000 L bioreactors run commercial campaigns for partners.",
        "当社の充填ラインは商用品向けです。",
        "販売用の製品も自社で製造しています。",
    ],
)
def test_commercial_use_named_by_runs_lines_or_products(text: str) -> None:
    assert "commercial_manufacturing" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "組換えタンパク質製剤を開発・販売しています。",
        "We fill lyophilised products into cartridges.",
        "原薬および製剤の出荷試験を受託しています。",
    ],
)
def test_a_product_form_or_a_tested_object_is_no_formulation(text: str) -> None:
    assert not {"formulation", "drug_substance"} & set(analyse(text).positives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "Our team discovers single-domain antibodies against ion channels.",
        "独自ライブラリーからペプチドの探索を行っています。",
    ],
)
def test_finding_molecules_is_drug_discovery(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


def test_making_molecules_is_no_drug_discovery() -> None:
    assert "drug_discovery" not in analyse("We manufacture antibodies under GMP.").positives("capabilities")


def test_therapeutics_for_investors_by_what_they_do_not_by_the_word_fund() -> None:
    vc = analyse("A healthcare investor, we take part in Series B rounds of gene therapy developers.")
    assert "therapeutics" in vc.positives("modalities")
    startup = analyse("We fund our antibody research with grants.")
    assert "therapeutics" not in startup.positives("modalities")


@pytest.mark.parametrize(
    "text", ["ヒト用医薬品には投資しません。", "医療機器専門の試験機関です。", "We invest in medical devices only."]
)
def test_drugs_excluded_or_a_non_drug_field_alone_rules_out_therapeutics(text: str) -> None:
    assert "therapeutics" in analyse(text).negatives("modalities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We are looking for a CDMO to take on cell line development.", "cell_line_development"),
        ("製剤化を担っていただけるCDMOを探しています。", "formulation"),
    ],
)
def test_a_step_a_profile_seeks_a_contractor_for_is_not_its_own(text: str, term: str) -> None:
    assert term in analyse(text).negatives("capabilities")
    assert term in analyse(text, need=True).wanted("capabilities")  # in a needs text it is the want


def test_a_modality_label_inside_another_mention() -> None:
    modalities = analyse("We develop iPS cell-based therapy products.").positives("modalities")
    assert {"ips", "cell_therapy"} <= set(modalities)


@pytest.mark.parametrize(
    ("text", "negated", "kept"),
    [
        ("We have no labs and do no manufacturing.", {"drug_substance", "clinical_supply"}, set()),
        (
            "We fill vials for partners. We do not manufacture drug substance.",
            {"drug_substance"},
            {"clinical_supply", "commercial_manufacturing"},
        ),
        ("Our Tokyo office does no manufacturing.", set(), {"drug_substance", "clinical_supply"}),
        ("We do no manufacturing in Europe.", set(), {"drug_substance", "clinical_supply"}),
        ("自社でのGMP製造は行っていません。", {"clinical_supply", "commercial_manufacturing"}, {"drug_substance"}),
    ],
)
def test_absent_manufacturing_by_clause_object_and_place(text: str, negated: set[str], kept: set[str]) -> None:
    negatives = set(analyse(text).negatives("capabilities"))
    assert negated <= negatives
    assert not kept & negatives


def test_trials_named_as_what_material_is_for_are_supply_beside_trial_support() -> None:
    caps = analyse("大学病院の医師主導治験用に、GMP下で細胞加工物を製造・支援しています。").positives("capabilities")
    assert "clinical_supply" in caps and "clinical_trials" not in caps


def test_a_technique_named_after_a_molecule_is_no_product_type() -> None:
    assert "mrna" not in analyse("We screen macrocycle libraries by mRNA display.").positives("modalities")
    assert "mrna" in analyse("We make mRNA vaccines.").positives("modalities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("当社は治験原薬のロットを受託製造します。", "clinical_supply"),
        ("LNPの処方設計を受託しています。", "formulation"),
        ("We run formulation screening for biologics.", "formulation"),
        ("Our in vivo pharmacology group tests candidates in mouse models.", "nonclinical_studies"),
    ],
)
def test_supply_formulation_and_animal_work_by_pattern(text: str, term: str) -> None:
    assert term in analyse(text).positives("capabilities")


def test_in_vivo_therapies_are_no_studies() -> None:
    caps = analyse("We develop in vivo gene editing therapies.").positives("capabilities")
    assert "nonclinical_studies" not in caps


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("We have no R&D of our own.", True),
        ("自社での研究開発は行っていません。", True),
        ("国内に研究開発拠点はありません。", False),
        ("Our R&D team of forty chemists supports partners.", False),
    ],
)
def test_research_said_to_be_absent_rules_out_drug_discovery(text: str, negated: bool) -> None:
    result = analyse(text)
    assert ("drug_discovery" in result.negatives("capabilities")) is negated
    assert "drug_discovery" not in result.positives("capabilities")


def test_a_long_subject_before_outside_our_scope_is_negated() -> None:
    result = analyse("Viral vectors and other gene-modified products are outside our scope.")
    assert "viral_vector" in result.negatives("modalities")


def test_a_range_ends_on_a_step_stated_by_a_work_pattern() -> None:
    caps = analyse("生産株の構築から治験薬製造まで対応します。").positives("capabilities")
    assert {"upstream", "downstream"} <= set(caps)


def test_testing_only_means_no_manufacturing_unless_it_limits_a_kind_of_test() -> None:
    assert "drug_substance" not in analyse("現在は非GLP試験のみを受託しています。").negatives("capabilities")
    assert "drug_substance" in analyse("当社は試験のみを受託しています。").negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("必要に応じて、協力会社を通じて安全性試験の手配も行います。", "nonclinical_studies"),
        ("Through partner CROs we also arrange trial monitoring.", "clinical_trials"),
    ],
)
def test_a_step_arranged_through_a_partner_is_not_its_own(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


def test_a_step_offered_with_a_partner_named_elsewhere_stays_positive() -> None:
    assert "nonclinical_studies" in analyse("We run toxicology studies; partners handle nothing else.").positives(
        "capabilities"
    )


def test_bought_in_drug_substance_and_no_step_of_its_own_is_no_manufacturing() -> None:
    # (the drug substance alone bought in says nothing of trial or market supply:
    # test_drug_substance_alone_from_others_says_nothing_of_clinical_or_commercial_supply)
    result = analyse("当社は核酸医薬を開発しています。原薬と製剤は国内のCDMOから購入しています。")
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))
    filler = analyse("We fill sterile injectables. Drug substance is supplied by our clients.")
    assert "fill_finish" in filler.positives("capabilities")
    assert "clinical_supply" not in filler.negatives("capabilities")


def test_a_step_verb_with_a_part_as_its_object_is_the_step() -> None:
    caps = analyse("We fill vials for partners.").positives("capabilities")
    assert "fill_finish" in caps


def test_studies_done_for_sponsors_are_a_service_even_in_a_progress_sentence() -> None:
    """Work for others (sponsors, clients) is a service wherever the analyser asks, not only for stages and sites."""
    assert "nonclinical_studies" in analyse(
        "We are currently completing toxicology studies for the candidates of our sponsors."
    ).positives("capabilities")
    assert not analyse("We are currently completing toxicology studies for our lead candidate.").positives(
        "capabilities"
    )


# --- issue 15, round 3: manufacturing steps and GMP read by kind, not by writer ----------------------
# Own phrasings (en and ja) of each kind found in two or more writers of the third set, with forms that
# must not fire.

_STEPS = {"drug_substance", "clinical_supply", "commercial_manufacturing"}


@pytest.mark.parametrize(
    "text",
    [
        "We produce siRNA duplexes at our Hamamatsu plant.",
        "Our chemists handle the synthesis of cyclic peptides up to kilogram lots.",
        "Bispecific antibodies we produce in-house at our Gunma site.",
        "当社は抗体の受託製造を行っています。",
        "社内の設備でアンチセンス核酸を合成しています。",
    ],
)
def test_a_making_verb_with_a_substance_modality_is_drug_substance(text: str) -> None:
    """Set 2 rule 9: "we make <modality>" is drug substance manufacturing, without the step's name."""
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We produce CAR-T cells for our own trials.",  # a cell product: drug substance only when written
        "Our catalogue covers reagents for mRNA manufacturing.",  # the customers' use
        "We make antibodies for research use only.",  # research-only production
        "We develop antibodies against solid tumours.",  # developing is not making
        "当社はmRNA製造用の酵素を販売しています。",
        "抗体生産細胞株を提供しています。",  # a making word qualifying a part
        "We manufacture small-molecule drug products.",  # a drug product: formulation
    ],
)
def test_no_drug_substance_where_the_made_thing_is_not_a_substance(text: str) -> None:
    assert "drug_substance" not in analyse(text).positives("capabilities")


def test_a_substance_made_for_a_stated_purpose_is_that_supply_not_drug_substance() -> None:
    result = analyse("We make oligonucleotides for early clinical trials.")
    assert "clinical_supply" in result.positives("capabilities")
    assert "drug_substance" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make plasmid DNA under GMP. We do not make the lentiviral vector itself.",
        "プラスミドDNAをGMPで製造しています。ウイルスベクター自体の製造は行っていません。",
        "We supply capping enzymes. Lipids are not manufactured by us.",
    ],
)
def test_a_negated_making_of_one_object_in_a_making_text_rules_out_no_step(text: str) -> None:
    assert not _STEPS & set(analyse(text).negatives("capabilities"))


def test_a_negated_making_of_an_object_in_a_text_that_makes_nothing_is_no_manufacturing() -> None:
    """A testing lab saying it does not make the product it tests makes nothing at all (set 1)."""
    result = analyse("当社はベクターの力価測定を受託する試験機関です。ベクターの製造は行っていません。")
    assert set(result.negatives("capabilities")) >= _STEPS


@pytest.mark.parametrize(
    "text",
    [
        "GMP manufacturing is outsourced to a contract manufacturer; we make research lots in-house.",
        "研究用ロットは自社で作りますが、GMP製造は提携先のCMOに委託しています。",
    ],
)
def test_gmp_manufacture_handed_to_a_partner_rules_out_clinical_and_commercial(text: str) -> None:
    """Set 2 rule 27: clinical supply and commercial manufacturing negative, not drug substance."""
    caps = analyse(text).negatives("capabilities")
    assert {"clinical_supply", "commercial_manufacturing"} <= set(caps)
    assert "drug_substance" not in caps


@pytest.mark.parametrize(
    "text",
    [
        "We make GMP antibody lots for Phase 1 trials; commercial supply is beyond our capacity.",
        "We make GMP peptide lots for Phase 2 trials. Commercial production is, however, outside our scope.",
        "GMP製造は治験薬まで；商用：非対応。",
        "GMPで治験薬を製造していますが、商用生産は対応範囲外です。",
        "We make GMP clinical lots; commercial: n/a.",
    ],
)
def test_commercial_supply_ruled_out_by_a_limit_is_negative(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")
    assert "clinical_supply" in result.positives("capabilities")


def test_a_limit_on_something_else_does_not_negate_the_supply() -> None:
    result = analyse("We make GMP lots for commercial supply; antibody discovery is beyond our remit.")
    assert "commercial_manufacturing" in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make clinical lots today; a commercial-scale plant is planned for 2029.",
        "For commercial lots we are building a new facility in Sendai, start-up in 2028.",
        "Research lots now; GMP clinical lots from Q2 2028.",
        "商用スケールの製造棟は2029年に稼働する予定です。",
        "治験薬のGMP製造はまだで、新棟の完成を待っています。",
    ],
)
def test_a_planned_supply_is_not_offered_now(text: str) -> None:
    result = analyse(text)
    planned = "clinical_supply" if "clinical lots from" in text or "治験薬" in text else "commercial_manufacturing"
    assert planned in result.negatives("capabilities")
    assert planned not in result.positives("capabilities")


def test_a_phase_ruled_out_beside_a_phase_offered_keeps_the_supply() -> None:
    """Set 2 rule 35: "up to Phase 2; Phase 3: not offered" narrows clinical supply, it does not negate it."""
    result = analyse("GMP製造は第2相治験薬まで；第3相：非対応。")
    assert "clinical_supply" in result.positives("capabilities")
    assert "clinical_supply" not in result.negatives("capabilities")


def test_an_aside_however_keeps_its_clause() -> None:
    assert "fill_finish" in analyse("Aseptic filling is, however, not something we offer.").negatives("capabilities")
    assert "fill_finish" in analyse("We offer aseptic filling; however, formulation is not offered.").positives(
        "capabilities"
    )


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Aseptic vial filling: via a partner CMO.", "fill_finish"),
        ("Lyophilisation: outsourced.", "formulation"),
        ("Plasmid DNA: bought in.", "plasmid"),
    ],
)
def test_a_terse_field_handing_a_step_to_others_is_negative(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


def test_a_terse_field_with_a_value_of_its_own_stays_positive() -> None:
    assert "fill_finish" in analyse("Aseptic vial filling: in-house, isolator line.").positives("capabilities")
    assert "commercial_manufacturing" not in analyse("Clinical: none. GLP tox in-house.").negatives("capabilities")


def test_a_non_gmp_line_beside_gmp_work_keeps_gmp() -> None:
    """A "non-GMP" product line narrows the scope; GMP stated for another line stands (and yields nothing)."""
    said = _said("We make non-GMP intermediates for toxicology and GMP API for trials.")
    assert ("compliance", "gmp", "positive") in said and ("compliance", "gmp", "negative") not in said
    said = _said("GMPは小型ラインのみ対応で、大型の培養槽は非GMPの食品用途です。")
    assert ("compliance", "gmp", "positive") in said
    only_non = _said("All our material is non-GMP, for research.")
    assert ("compliance", "gmp", "negative") in only_non and ("compliance", "gmp", "positive") not in only_non


@pytest.mark.parametrize(
    "text",
    [
        "We advise start-ups on GMP gap assessments before their first inspection.",
        "CMC薬事のコンサルタントとして、GMP適合性調査の対応支援を行っています。",
    ],
)
def test_gmp_as_the_subject_of_a_consulting_service_is_not_gmp_status(text: str) -> None:
    said = _said(text)
    assert ("compliance", "gmp", "positive") not in said


def test_an_inspection_the_organisation_passed_is_its_gmp() -> None:
    assert ("compliance", "gmp", "positive") in _said("Our plant passed a PMDA GMP inspection last year.")


@pytest.mark.parametrize(
    "text",
    [
        "CPC：再生医療法の許可あり；GMP：非該当。",
        "Research grades now; a GMP grade from 2029.",
        "Our clinical-grade medium should launch next spring under GMP.",
        "GMP manufacture of drug substance for clinical trials is not something we do.",
    ],
)
def test_gmp_ruled_out_tersely_planned_or_after_a_long_subject_is_negative(text: str) -> None:
    said = _said(text)
    assert ("compliance", "gmp", "negative") in said and ("compliance", "gmp", "positive") not in said


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Parenterals is an injectable drug product CMO based in Toyama.",
        "当社は注射剤を中心とする無菌製剤メーカーで、バイアル充填を受託しています。",
        "We perform release testing of APIs, excipients, drug products and packaging.",
        "当社は血漿分画製剤を主力とする製薬企業です。",
        "We fill biologics into vials on an isolator line, and a freeze-drying unit finishes the lyo products.",
    ],
)
def test_a_drug_product_named_as_a_kind_of_product_is_not_formulation(text: str) -> None:
    """A product class, a tested object, or a filler's drying step names no formulation work."""
    assert "formulation" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We run formulation development for biologics in Kobe.",
        "抗体医薬の製剤化と凍結乾燥条件の検討を受託しています。",
        "We develop freeze-dried formulations for peptide candidates.",
    ],
)
def test_formulation_work_stays_formulation(text: str) -> None:
    assert "formulation" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    ["製剤化：対応不可。", "Formulation & fill: done by our affiliate."],
)
def test_a_step_field_ruled_out_or_handed_over_is_negative(text: str) -> None:
    result = analyse(text)
    assert "formulation" in result.negatives("capabilities")
    assert "formulation" not in result.positives("capabilities")


def test_trials_named_as_work_taken_on_stay_trial_operations_in_a_making_sentence() -> None:
    result = analyse("臨床試験の受託や治験薬の製造は行っていません。")
    assert {"clinical_trials", "clinical_supply"} <= set(result.negatives("capabilities"))
    assert "clinical_trials" not in analyse("治験薬をGMPで製造し、臨床試験に供給しています。").positives("capabilities")


def test_products_made_for_trials_the_organisation_also_runs_are_supply_and_trials() -> None:
    result = analyse(
        "Our cell processing centre manufactures MSC products for investigator-initiated trials that our hospital runs."
    )
    assert {"clinical_supply", "clinical_trials"} <= set(result.positives("capabilities"))
    monitoring = analyse("We monitor investigator-initiated trials for hospitals and manage their data.")
    assert "clinical_supply" not in monitoring.positives("capabilities")


# --- issue 15, set 3: kinds seen in at least two writers (own phrasings, not the labelled texts) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our plant ships research and tox batches to biotech clients.", {"research", "non_clinical"}),
        ("We also hand out small research preparations of our AAV capsids.", {"research"}),
        ("Peptides from a few grams up to 10 kg per batch under GMP.", {"research", "clinical"}),
        ("培地を研究開発用途向けに小分けして出荷しています。", {"research"}),
    ],
)
def test_research_material_named_by_its_use_is_the_research_scale(text: str, expected: set[str]) -> None:
    assert set(analyse(text).positives("scales")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We analyse clinical samples for sponsors.",  # samples tested, not material supplied
        "Our research institute studies lipid biology.",  # a research organisation, not research material
        "当社は研究開発型の製薬企業です。",
    ],
)
def test_research_words_that_name_no_material_give_no_research_scale(text: str) -> None:
    assert "research" not in analyse(text).positives("scales")


def test_research_material_negated_is_negative() -> None:
    result = analyse("We make GMP lipids for clinical use. We do not sell research lots of them.")
    assert "research" in result.negatives("scales")
    assert "research" not in result.positives("scales")


def test_the_research_word_of_a_material_phrase_is_no_stage() -> None:
    result = analyse("Currently we offer research & tox supply of LNP lipids.")
    assert "research" not in result.positives("stages")
    assert {"research", "non_clinical"} <= set(result.positives("scales"))


@pytest.mark.parametrize(
    "text",
    [
        "We are a biotech developing a TCR therapy; our clinical trial material is manufactured by a partner CDMO.",
        "当社は低分子の創薬ベンチャーです。治験薬の製造は外部のCDMOに全面的に委託しています。",
        "We are a toxicology CRO. We do not manufacture investigational products.",
    ],
)
def test_supply_not_done_by_an_organisation_making_no_material_gives_no_scale(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert result.negatives("scales") == [] and result.positives("scales") == []


def test_supply_not_done_by_a_maker_bounds_its_scale() -> None:
    result = analyse("We make research-grade mRNA lots in Kobe. We do not manufacture clinical material yet.")
    assert "clinical" in result.negatives("scales")
    assert "research" in result.positives("scales")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lead programme: Ph2, dosing in Japan and Korea.", {"phase2"}),
        ("Our second asset entered a Phase 2b study this spring.", {"phase2"}),
        ("Our TCR product: Ph1/2 at two university hospitals.", {"phase1", "phase2"}),
        ("自社パイプライン：リード品はPh1、2番手は前臨床。", {"phase1", "preclinical"}),
    ],
)
def test_short_forms_of_a_phase_are_the_phase(text: str, expected: set[str]) -> None:
    assert set(analyse(text).positives("stages")) == expected


@pytest.mark.parametrize("text", ["Our buffers hold pH 2 to pH 3 for a week.", "Media at pH 3 are sold as RUO."])
def test_a_ph_value_is_no_phase(text: str) -> None:
    assert analyse(text).positives("stages") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vector CDMO in Osaka. GMP lots for first-in-human through Phase 3.",
        "Plasmid maker: GMP plasmid for Ph1–3 supply.",
        "抗体CDMO。非臨床〜第3相向けの原薬を製造。",
        "微生物発酵CDMOとして、前臨床から商用までの各段階に対応しています。",
    ],
)
def test_a_range_of_stages_material_is_for_is_no_pipeline_stage(text: str) -> None:
    assert analyse(text).positives("stages") == []


def test_a_range_of_its_own_pipeline_stays_stages() -> None:
    result = analyse("Our pipeline spans discovery to Phase 2.")
    assert {"research", "phase1", "phase2"} <= set(result.positives("stages"))


@pytest.mark.parametrize(
    "text",
    [
        "Our lab receives plasma from non-clinical and clinical studies for PK assays.",
        "現在はGLP下での非臨床の安全性試験に特化しています。",
        "非臨床の薬理評価も所内で引き受けられます。",
    ],
)
def test_a_stage_word_qualifying_studies_is_no_stage(text: str) -> None:
    assert "preclinical" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We are still at the stage of non-clinical studies for our lead.",
        "自社候補はまだ非臨床試験の段階です。",
    ],
)
def test_own_progress_in_studies_stays_a_stage(text: str) -> None:
    assert "preclinical" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        ("We write CMC dossiers. Our clients are mostly antibody and peptide companies from Europe.", "antibody"),
        ("Our filters are sold to vaccine and mAb manufacturers across Asia.", "vaccine"),
        ("Bioanalysis lab in Kobe. Clients: ADC developers and biotech start-ups.", "adc"),
        ("We run GLP tox studies for sponsors developing siRNA and small molecules.", "nucleic_acid"),
    ],
)
def test_modalities_of_a_cro_or_suppliers_customers_are_silent(text: str, silent: str) -> None:
    result = analyse(text)
    assert silent not in result.positives("modalities") and silent not in result.negatives("modalities")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a maker's customers' product is what it makes
        ("We manufacture GMP drug substance in Kobe for our antibody customers.", "antibody"),
        # an investor's companies are its focus
        ("We invest in seed-stage cell therapy companies in Japan.", "cell_therapy"),
        # an organisation naming the modality as its own work
        ("We are a cell therapy company developing our own NK cell product.", "cell_therapy"),
    ],
)
def test_modalities_of_makers_investors_and_own_work_stay(text: str, kept: str) -> None:
    assert kept in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We produce albumin-fusion proteins and IgG4 antibodies in CHO cells.", "protein"),
        ("Our approved product is an enzyme replacement therapy for Fabry disease.", "protein"),
        ("We make recombinant human cytokines under GMP.", "protein"),
        ("当社はIgG融合タンパク質の原薬製造を受託しています。", "protein"),
        ("We back companies developing RNA-based medicines.", "nucleic_acid"),
        ("RNA創薬のベンチャーに投資しています。", "nucleic_acid"),
    ],
)
def test_product_kinds_name_their_modality(text: str, term: str) -> None:
    assert term in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We make mRNA therapeutics for infectious disease.", "nucleic_acid"),  # mRNA is not also nucleic acid
        ("mRNA医薬の製造を受託しています。", "nucleic_acid"),
        ("We sell capping enzymes to mRNA makers.", "protein"),  # a reagent, not a recombinant protein product
        ("We do not make fusion proteins.", "protein"),
    ],
)
def test_near_product_kinds_that_are_not_the_modality(text: str, term: str) -> None:
    assert term not in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "We develop an ASO for Huntington's disease and closed a seed round with two VCs and angel investors.",
        "Autologous CAR-T maker; release tests include sterility and VCN.",
    ],
)
def test_a_developer_naming_its_investors_is_no_investor(text: str) -> None:
    assert "therapeutics" not in analyse(text).positives("modalities")


def test_an_investor_still_reads_as_one() -> None:
    assert "therapeutics" in analyse("We are a VC investing in antibody ventures in Japan.").positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "Our application for AMED certification was filed this spring.",
        "We are seeking AMED accreditation under the drug-venture programme.",
        "当ファンドはAMED認定の取得に向けて準備しています。",
    ],
)
def test_a_certification_applied_for_is_not_held(text: str) -> None:
    result = analyse(text)
    assert result.negatives("certifications") == ["amed_certified_vc"]
    assert result.positives("certifications") == []


def test_a_certification_of_co_investors_is_theirs() -> None:
    assert analyse("We often syndicate with AMED-certified funds.").positives("certifications") == []
    result = analyse("We join rounds alongside AMED-certified VCs; the fund itself is not certified.")
    assert result.negatives("certifications") == ["amed_certified_vc"]


def test_a_certification_held_stays_positive() -> None:
    assert analyse("We became an AMED-certified VC in 2023.").positives("certifications") == ["amed_certified_vc"]


@pytest.mark.parametrize(
    "text",
    [
        "We are a mid-size pharma with a pipeline in immunology. Our biologics plant makes our products for "
        "commercial supply and clinical trials. We run our own Phase 2 trials in Japan.",
        "当社は抗体医薬を自社で開発中の製薬企業です。自社工場で商用生産と治験薬製造をGMPで行っています。",
    ],
)
def test_a_developer_making_only_its_own_products_states_no_scale(text: str) -> None:
    result = analyse(text)
    assert result.positives("scales") == [] and result.negatives("scales") == []
    assert "commercial_manufacturing" in result.positives("capabilities")


def test_a_maker_serving_sponsors_beside_its_own_products_keeps_its_scale() -> None:
    result = analyse("We make GMP clinical batches for sponsors and also our own products for clinical trials.")
    assert "clinical" in result.positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "Microbial CDMO: we make GMP drug substance, mostly for IND-enabling studies and first-in-human trials.",
        "Our peptide batches are intended for GLP tox and Phase 1.",
        "AAVベクターの受託製造。前臨床〜第1相向け。",
    ],
)
def test_material_made_for_non_clinical_work_is_the_non_clinical_scale(text: str) -> None:
    assert "non_clinical" in analyse(text).positives("scales")


def test_a_cro_running_studies_for_every_stage_states_no_scale() -> None:
    result = analyse("Our CRO supports sponsors from preclinical to Phase 3, for toxicology studies and trials alike.")
    assert result.positives("scales") == []


def test_modalities_of_a_japanese_suppliers_customers_are_silent() -> None:
    result = analyse("培養バッグを販売しています。主な顧客は細胞治療の研究者向けです。")
    assert "cell_therapy" not in result.positives("modalities")


def test_a_japanese_vector_maker_supplying_developers_keeps_their_modality() -> None:
    result = analyse("当社はレンチウイルスベクターをGMP下で製造し、CAR-T細胞の開発企業に供給しています。")
    assert "car_t" in result.positives("modalities")


def test_a_cell_and_gene_therapy_maker_buying_its_vector_is_no_gene_therapy_maker() -> None:
    result = analyse(
        "We are a cell and gene therapy CDMO making autologous CAR-T products. "
        "The lentiviral vector is purchased from a US partner."
    )
    assert "gene_therapy" not in result.positives("modalities")
    assert "viral_vector" in result.negatives("modalities")


def test_a_cell_and_gene_therapy_maker_making_its_vector_keeps_gene_therapy() -> None:
    result = analyse("We are a cell and gene therapy CDMO; we make CAR-T cells and the lentiviral vectors for them.")
    assert "gene_therapy" in result.positives("modalities")


# --- issue 15, round 4 (capabilities and GMP across seven writers) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our company makes chromatography resins. Clinical-grade and commercial-grade lots are shipped from Akita.",
        "We sell single-use bags for customers' clinical and commercial bioprocessing lines.",
        "細胞培養用の培地を製造しています。研究用グレードと治験用グレードを用意し、商用生産にも採用されています。",
        "ガラスバイアルを製造・販売しています。臨床用途には使用できません。",
    ],
)
def test_a_parts_suppliers_clinical_and_commercial_are_its_customers_use(text: str) -> None:
    result = analyse(text)
    for step in ("clinical_supply", "commercial_manufacturing"):
        assert step not in result.positives("capabilities") and step not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # a maker of product steps keeps its supply, though it also sells a part
        "We manufacture antibody drug substance for Phase 1 trials and also sell our culture media.",
        "当社はAAVベクターの原薬を治験用に製造し、プラスミドも外販しています。",
    ],
)
def test_a_maker_that_also_sells_parts_keeps_its_clinical_supply(text: str) -> None:
    assert "clinical_supply" in analyse(text).positives("capabilities")


def test_a_parts_supplier_saying_it_makes_no_products_keeps_that_negation() -> None:
    result = analyse("We sell liquid-nitrogen shippers and tubing. We have no manufacturing of our own.")
    assert {"clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "安全性薬理試験はGLP準拠で外部のCROにて実施しています。",
        "当社のGLP試験は受託試験機関が担当しています。",
        "GLP毒性試験は提携CROに委託しており、治験薬の製造委託先を探しています。",
    ],
)
def test_japanese_glp_work_run_at_a_contractor_is_negative(text: str) -> None:
    assert "glp" in analyse(text).negatives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "当社はGLP適合施設で毒性試験を受託するCROです。",  # the CRO itself: no contractor named as where it runs
        "GLP毒性試験を自社で実施しています。",
    ],
)
def test_japanese_glp_work_done_in_house_stays_positive(text: str) -> None:
    assert "glp" in analyse(text).positives("compliance")


def test_a_japanese_wish_in_another_clause_does_not_undo_outsourcing() -> None:
    result = analyse("製剤化は外部委託しており、現在は新しい分析パートナーを探しています。")
    assert "formulation" in result.negatives("capabilities")


def test_a_japanese_wish_to_outsource_states_a_need_not_an_absence() -> None:
    assert "formulation" not in analyse("製剤化を外部委託したいと考えています。").negatives("capabilities")


@pytest.mark.parametrize(
    "text", ["現在はノンGMPの研究用ロットのみを製造しています。", "当ラボではnon-GLPの探索試験を行っています。"]
)
def test_a_loaned_non_prefix_in_japanese_negates_the_status(text: str) -> None:
    result = analyse(text)
    assert result.positives("compliance") == [] and result.negatives("compliance")


def test_a_japanese_gmp_setup_not_yet_in_place_is_negative() -> None:
    result = analyse("当社のGMP製造設備は未導入で、現在は研究用試薬のみを扱っています。")
    assert "gmp" in result.negatives("compliance") and "gmp" not in result.positives("compliance")


def test_gmp_work_undertaken_by_a_licensee_is_negative() -> None:
    result = analyse("Our lab designs the vectors; GMP production is undertaken by our licensee in Osaka.")
    assert "gmp" in result.negatives("compliance") and "gmp" not in result.positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "Our Nagoya lab makes research-grade peptides; GMP batches are planned once the plant expansion opens in 2028.",
        "研究用ロットのみ製造しています。GMP製造は工場の増設後、2028年に開始する予定です。",
    ],
)
def test_gmp_that_only_an_extension_will_bring_is_negative(text: str) -> None:
    result = analyse(text)
    assert "gmp" in result.negatives("compliance") and "gmp" not in result.positives("compliance")


def test_an_extension_of_a_current_gmp_step_keeps_it_positive() -> None:
    result = analyse(
        "We run GMP commercial manufacturing of antibodies in Chiba. A second 5,000 L line will be added in 2027."
    )
    assert "commercial_manufacturing" in result.positives("capabilities") and "gmp" in result.positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "We synthesise peptide drug substance in Kobe, from lots for your GLP safety studies up to Phase 2 supply.",
        "Our plant makes GLP tox batches and GMP clinical lots of siRNA.",
        "当社はGLP安全性試験用の原薬を受託製造しています。",
    ],
)
def test_glp_named_as_what_material_is_for_is_not_the_makers_glp(text: str) -> None:
    assert "glp" not in analyse(text).positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "We run GLP toxicology studies in rodents at our Chiba facility.",
        "当社はGLP適合の毒性試験を自社施設で実施しています。",
        "We offer GLP tox for biologics and supply no material.",
    ],
)
def test_glp_studies_the_organisation_runs_stay_positive(text: str) -> None:
    assert "glp" in analyse(text).positives("compliance")


def test_no_glp_accreditation_stays_negative() -> None:
    assert "glp" in analyse("Our assay lab is not GLP-certified for safety studies.").negatives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "We construct high-yield Bacillus producer strains for enzyme and protein clients in Ibaraki.",
        "Services: yeast expression strain generation, 500 L fermentation and purification.",
        "当社は組換え菌の造成から培養、精製までを受託しています。",
    ],
)
def test_building_a_microbial_production_strain_is_cell_line_development(text: str) -> None:
    assert "cell_line_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our institute isolates gut bacteria and keeps a strain library for research partners.",
        "Clients send us their own strains; we run fermentation up to 2,000 L.",
        "菌株の構築は行っておらず、お客様の生産菌をお預かりして培養します。",
    ],
)
def test_strains_kept_or_received_are_no_cell_line_development(text: str) -> None:
    assert "cell_line_development" not in analyse(text).positives("capabilities")


def test_material_for_glp_studies_makes_no_study_service() -> None:
    result = analyse("当社はGLP試験用の核酸原薬ロットを製造しています。")
    assert "nonclinical_studies" not in result.positives("capabilities")
    assert "nonclinical_studies" in analyse("当社はGLP準拠の反復投与毒性試験を受託しています。").positives(
        "capabilities"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We run release testing under GMP in Shizuoka. Our research antibodies for sale are not made under GMP.",
        "GMP準拠の試験施設です。GMPでの製造は行わず、分析だけを受託しています。",
    ],
)
def test_a_gmp_status_negated_for_a_part_keeps_the_affirmation(text: str) -> None:
    result = analyse(text)
    assert "gmp" in result.positives("compliance") and "gmp" not in result.negatives("compliance")


def test_a_gmp_status_negated_alone_stays_negative() -> None:
    result = analyse("Our lab makes research reagents only. We do not work under GMP.")
    assert "gmp" in result.negatives("compliance") and "gmp" not in result.positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "Services: analytical development and QC release. Planned: GMP fill-finish of vials from 2028.",
        "受託内容：分析法開発。今後：無菌充填ラインの導入。",
    ],
)
def test_a_field_labelled_as_planned_is_not_current(text: str) -> None:
    result = analyse(text)
    assert "fill_finish" in result.negatives("capabilities") and "fill_finish" not in result.positives("capabilities")


@pytest.mark.parametrize("text", ["当社では商用生産は検討段階にあります。", "製剤化：検討前。原薬：自社で製造。"])
def test_a_japanese_step_still_under_consideration_is_not_current(text: str) -> None:
    result = analyse(text)
    step = "commercial_manufacturing" if "商用" in text else "formulation"
    assert step in result.negatives("capabilities") and step not in result.positives("capabilities")


def test_a_field_label_that_is_not_a_plan_keeps_the_step_current() -> None:
    result = analyse("Services: aseptic fill-finish of vials. Site: Kobe.")
    assert "fill_finish" in result.positives("capabilities")


def test_a_contractor_in_a_later_aside_does_not_hand_over_the_stage_before_it() -> None:
    result = analyse("品目Aは第3相試験を実施中、品目Bは前臨床段階（薬物動態試験はCROで実施）。")
    assert "phase3" in result.positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sapporo team runs pharmacodynamic studies in rat arthritis models for biotech clients.",
        "当社は霊長類モデルでの薬効評価を受託しています。",
        "マウスを用いた免疫原性の試験を自社ラボで行っています。",
    ],
)
def test_studies_of_a_drug_in_animals_are_non_clinical_studies(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our 80-bed unit in Fukuoka runs clinical pharmacology studies in healthy volunteers.",
        "当院では健康成人を対象とした臨床薬理試験を実施しています。",
    ],
)
def test_clinical_pharmacology_is_no_non_clinical_study(text: str) -> None:
    assert "nonclinical_studies" not in analyse(text).positives("capabilities")


def test_animal_efficacy_work_handed_to_a_partner_is_negative() -> None:
    result = analyse("薬効評価は提携先に委託しています。")
    assert "nonclinical_studies" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our CRO operates a 90-bed early-phase unit in Hakata for healthy-volunteer work.",
        "We conduct Phase 2 and 3 oncology studies for Korean and Japanese sponsors.",
        "当社は東京に臨床薬理ユニット（60床）を持つCROです。",
    ],
)
def test_a_trial_unit_or_trials_run_are_clinical_trial_operations(text: str) -> None:
    assert "clinical_trials" in analyse(text).positives("capabilities")


def test_no_phase_1_unit_at_a_monitoring_cro_only_narrows_the_service() -> None:
    result = analyse("Our staff provide monitoring of Phase 3 trials for sponsors. We have no Phase 1 unit.")
    assert "clinical_trials" in result.positives("capabilities")
    assert "clinical_trials" not in result.negatives("capabilities")


def test_a_developer_in_phase_1_runs_no_trial_unit() -> None:
    assert "clinical_trials" not in analyse("Our lead antibody is in Phase 1.").positives("capabilities")


# --- issue 15, round 4 (wt15s): scales stated exclusively, planned vessels -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our antibodies and enzymes: all of our products are research grade.",
        "当社の試薬は全製品が研究用です。",
        "培地シリーズはいずれも研究用（RUO）であり、臨床での使用はできません。",
        "現在販売しているのは研究用（RUO）グレードのみです。",
        "非GMP（研究用）のみの受託となります。",
    ],
)
def test_every_product_of_one_scale_rules_out_the_others(text: str) -> None:
    result = analyse(text)
    assert result.positives("scales") == ["research"]
    assert {"non_clinical", "clinical", "commercial"} <= set(result.negatives("scales"))


@pytest.mark.parametrize(
    "text",
    [
        "すべての製品を研究用から商用まで供給しています。",
        "All our media ship from Shizuoka; we offer research-grade and clinical-grade lots.",
        "We make research-grade and clinical-grade plasmid in all batch sizes.",
    ],
)
def test_all_beside_a_range_or_a_list_of_scales_rules_nothing_out(text: str) -> None:
    assert analyse(text).negatives("scales") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("10,000 Lの培養槽を備えた新工場は2028年に稼働する予定です。", "commercial"),
        ("A 6,000 L bioreactor train is under construction in Gunma.", "commercial"),
        ("We plan to install 1,000 L single-use bioreactors next year.", "clinical"),
    ],
)
def test_a_vessel_only_planned_offers_no_scale_yet(text: str, term: str) -> None:
    result = analyse(text)
    assert term not in result.positives("scales")
    assert term in result.negatives("scales")


def test_a_vessel_running_now_beside_a_planned_plant_keeps_its_scale() -> None:
    result = analyse("We run 2,000 L single-use bioreactors in Kobe. A second site opens in 2029.")
    assert "clinical" in result.positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "Our first antibody was out-licensed in 2022; the licensee is now running Phase 2.",
        "Our lead peptide was licensed to a US pharma, and Phase 3 is run by the licensee.",
        "主力品は導出済みで、導出先の製薬企業で第2相試験が進んでいます。",
        "当社は顧客の第1相から第3相までの治験薬原薬を製造しています。",
    ],
)
def test_a_stage_held_by_a_licensee_or_client_is_no_stage_of_ones_own(text: str) -> None:
    assert analyse(text).positives("stages") == []


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Our lead is in Phase 2 with a partner.", "phase2"),
        ("当社のリード品は第2相試験中で、パートナー企業と共同開発しています。", "phase2"),
        ("Our lead candidate completed Phase 1 in 2024.", "phase1"),
    ],
)
def test_ones_own_stage_beside_a_partner_or_a_completed_phase_stays(text: str, stage: str) -> None:
    assert stage in analyse(text).positives("stages")


def test_a_building_completed_is_no_progress_of_a_pipeline() -> None:
    result = analyse("Our new GMP plant was completed in 2025 and now makes material for first-in-human trials.")
    assert result.positives("stages") == []
    assert "clinical_supply" in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "done", "next_"),
    [
        ("当社の開発品は第2相試験を終了、第3相は2027年に開始する予定です。", "phase2", "phase3"),
        ("Our lead finished Phase 1 last year; Phase 2 begins in H1 2027.", "phase1", "phase2"),
        ("Lead asset: Phase 1 completed. Phase 2: 2027.", "phase1", "phase2"),
    ],
)
def test_a_phase_done_is_the_stage_and_the_next_one_planned_is_none(text: str, done: str, next_: str) -> None:
    stages = analyse(text).positives("stages")
    assert done in stages
    assert next_ not in stages


def test_a_phase_under_way_with_a_date_of_its_start_in_the_past_stays() -> None:
    assert "phase2" in analyse("Our lead has been in Phase 2 since 2023.").positives("stages")


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("当社は基礎研究から第2相までの開発品を有しています。", {"research", "preclinical", "phase1", "phase2"}),
        ("当社の研究所では探索から前臨床までを自社で進めています。", {"research", "preclinical"}),
        (
            "Our institute takes its own antivirals from early discovery through pre-clinical work.",
            {"research", "preclinical"},
        ),
    ],
)
def test_own_work_from_research_to_a_stage_names_every_stage_between(text: str, stages: set[str]) -> None:
    assert stages <= set(analyse(text).positives("stages"))


@pytest.mark.parametrize(
    "text",
    [
        "当社は創薬研究から非臨床試験までの受託サービスを提供しています。",
        "We run studies for sponsors from discovery to Phase 1.",
    ],
)
def test_a_service_from_research_to_a_stage_names_no_stage(text: str) -> None:
    assert analyse(text).positives("stages") == []


@pytest.mark.parametrize(
    "text",
    [
        "当社の抗体医薬は2021年に国内承認を取得し、自社工場で商用生産しています。",
        "We received marketing authorisation for our gene therapy in 2024 and make it in Sendai.",
        "Our company was granted conditional approval for its cell product last year.",
    ],
)
def test_an_approval_obtained_is_the_approved_stage(text: str) -> None:
    assert "approved" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We have not yet obtained approval for any product.",
        "承認品の商用生産を受託しています。",
        "We make commercial lots of our clients' approved products.",
    ],
)
def test_approval_not_obtained_or_a_clients_is_no_stage(text: str) -> None:
    assert "approved" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    ("text", "stated", "ruled_out"),
    [
        ("当ファンドはシリーズA投資に特化しています。", {"series_a"}, {"seed", "series_b", "series_c", "ipo"}),
        ("We are a VC specialised in seed rounds of academic spin-outs.", {"seed"}, {"series_a", "series_b"}),
        ("研究用試薬に特化したメーカーです。", set(), set()),
    ],
)
def test_a_round_specialised_in_rules_out_the_other_rounds(text: str, stated: set[str], ruled_out: set[str]) -> None:
    result = analyse(text)
    assert stated <= set(result.positives("funding_stages"))
    assert ruled_out <= set(result.negatives("funding_stages"))


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("当社は2019年に東証スタンダード市場へ上場しました。", "positive"),
        ("Our shares have been listed on the Tokyo Stock Exchange since 2020.", "positive"),
        ("当社株式は証券取引所に上場していません。", "negative"),
    ],
)
def test_a_listing_on_an_exchange_is_the_ipo_round(text: str, polarity: str) -> None:
    result = analyse(text)
    found = result.positives("funding_stages") if polarity == "positive" else result.negatives("funding_stages")
    assert "ipo" in found


def test_a_listing_only_aimed_at_or_supported_is_no_ipo() -> None:
    assert "ipo" not in analyse("当社は東証への上場を目指しています。").positives("funding_stages")
    assert "ipo" not in analyse("東証グロース市場への上場支援を行うコンサルです。").positives("funding_stages")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("日本では名古屋に事務所のみを構え、顧客対応の窓口としています。", "JP-23"),
        ("In Japan we run a customer support and training office in Kobe only.", "JP-28"),
        ("国内拠点は営業窓口（大阪市）のみです。", "JP-27"),
    ],
)
def test_a_sales_only_office_said_across_a_comma_or_gloss_is_no_site(text: str, code: str) -> None:
    result = analyse(text)
    assert code not in result.positives("sites")
    assert code in result.negatives("sites")


def test_a_plant_beside_a_sales_only_office_stays_a_site() -> None:
    result = analyse("Our plant is in Toyama and we keep a sales office in Osaka only.")
    assert "JP-16" in result.positives("sites")
    assert "JP-27" in result.negatives("sites")


@pytest.mark.parametrize(
    ("text", "other", "own"),
    [
        ("Our plant is in Toyama; packaging is done by our sister company in Vietnam.", "VN", "JP-16"),
        (
            "We make API in Gunma, and tablets are pressed at our group company's plant in Taipei, Taiwan.",
            "TW",
            "JP-10",
        ),
        ("Our lab is in Sendai; bioanalysis runs at partner labs in Singapore and Thailand.", "TH", "JP-04"),
        ("We ferment in Kobe; drying is handled by our Korean sister site in Ochang.", "KR", "JP-28"),
    ],
)
def test_a_sister_or_partner_companys_place_is_no_site_of_ones_own(text: str, other: str, own: str) -> None:
    sites = analyse(text).positives("sites")
    assert other not in sites
    assert own in sites


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("GMPグレードのイオン化脂質を販売しています。主にmRNA・siRNAの製造用原料として採用されています。", "mrna"),
        ("当社はキャップ試薬を販売しています。抗体やmRNAを研究する企業の研究所が主なお客様です。", "mrna"),
        ("We sell plasmid DNA and ELISA kits for AAV capsid titres.", "viral_vector"),
        ("We supply GMP lipids for mRNA manufacturing at our customers' plants.", "mrna"),
    ],
)
def test_a_product_type_a_supplied_material_is_for_is_not_made(text: str, modality: str) -> None:
    assert modality not in analyse(text).positives("modalities")


def test_a_maker_of_the_product_type_itself_keeps_it() -> None:
    result = analyse("当社はmRNA原薬を製造しています。mRNA製造用のプラスミドも自社で作製しています。")
    assert "mrna" in result.positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "Our model is the licensing-out of platform antibodies to drug companies.",
        "We hope to find a partner to license our lead asset out to by 2027.",
        "Three of our patents were licensed to a local start-up last year.",
        "We invest from seed to Series B and look for exits through M&A or licensing deals.",
    ],
)
def test_licensing_out_in_other_words_is_the_licence_out_route(text: str) -> None:
    assert "licence_out" in analyse(text).positives("funding_stages")


def test_licensing_in_is_no_licence_out() -> None:
    assert "licence_out" not in analyse("We in-license late-stage assets from ventures.").positives("funding_stages")


@pytest.mark.parametrize(
    ("text", "stated", "ruled_out"),
    [
        ("シリーズAの調達完了（15億円）。", {"series_a"}, set()),
        ("プレシリーズAは調達済みです。シードラウンドも調達済み。", {"seed"}, set()),
        (
            "投資対象：シリーズB〜シリーズC（シードとシリーズAは対象外）。",
            {"series_b", "series_c"},
            {"seed", "series_a"},
        ),
    ],
)
def test_a_round_done_or_named_beside_a_gloss_of_exclusions_is_stated(
    text: str, stated: set[str], ruled_out: set[str]
) -> None:
    result = analyse(text)
    assert stated <= set(result.positives("funding_stages"))
    assert not stated & set(result.negatives("funding_stages"))
    assert ruled_out <= set(result.negatives("funding_stages"))


def test_a_round_not_invested_in_stays_negative() -> None:
    result = analyse("当ファンドはシリーズCには投資しません（シードとシリーズAが中心）。")
    assert "series_c" in result.negatives("funding_stages")


@pytest.mark.parametrize(
    "text",
    [
        "Candidate B is in Phase 2; its GMP batches are produced by a contract partner.",
        "Our lab only makes small research batches; the GMP virus for our Phase 1 trial was produced by a CDMO.",
        "We have no GMP suite; for clinical lots we introduce customers to a partner.",
        "治験に使う細胞は、連携先の大学病院の施設で製造されています。",
        "第2相試験用の治験薬は、共同研究先の病院の調製施設で作製されています。",
    ],
)
def test_clinical_material_made_by_another_party_is_not_own_clinical_supply(text: str) -> None:
    """Clinical material another party makes (issue 15, sets 3-4): clinical supply done elsewhere,
    and no clinical scale of the organisation's own."""
    result = analyse(text)
    assert "clinical_supply" not in result.positives("capabilities")
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical" not in result.positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "We make the GMP lots for our Phase 1 study in our own plant.",
        "We manufacture Phase 1 material for biotech partners.",
        "治験薬を自社で製造し、提携先の病院に供給しています。",
    ],
)
def test_clinical_material_made_for_a_partner_is_own_clinical_supply(text: str) -> None:
    """A partner named as the client or the receiver, not as the maker, leaves clinical supply positive."""
    result = analyse(text)
    assert "clinical_supply" in result.positives("capabilities")
    assert "clinical" in result.positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "Our pilot plant makes research-grade oligos; GMP batches for the clinic are produced by a CMO partner.",
        "Early research happens in our Osaka lab, while all GMP material is manufactured by contract partners.",
        "研究用のロットは自社ラボで作りますが、GMPロットは提携先のCDMOで製造されています。",
    ],
)
def test_gmp_material_made_by_another_party_rules_out_both_gmp_supplies(text: str) -> None:
    """GMP material another party makes (issue 15, sets 3-4): neither clinical supply nor commercial
    manufacturing of the organisation's own."""
    result = analyse(text)
    negatives = result.negatives("capabilities")
    assert "clinical_supply" in negatives and "commercial_manufacturing" in negatives
    assert not {"clinical_supply", "commercial_manufacturing"} & set(result.positives("capabilities"))


def test_gmp_material_made_in_house_for_partners_stays_positive() -> None:
    result = analyse("We manufacture GMP antibody lots in-house for partners' Phase 2 trials.")
    assert "clinical_supply" in result.positives("capabilities")
    assert "commercial_manufacturing" not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は経口剤の製剤化と商用生産を受託しています。バルク原薬は当社では作っておらず、委託元から受け取ります。",
        "バイアル充填と商用生産を受託しています。抗体原薬は製造しておらず、顧客から受け入れます。",
    ],
)
def test_a_substance_named_as_topic_of_a_negated_making_negates_that_substance_alone(text: str) -> None:
    """'原薬は作っておらず' beside commercial production of a drug product: drug substance is ruled out,
    not the commercial manufacturing the text states (issue 15)."""
    result = analyse(text)
    assert "drug_substance" in result.negatives("capabilities")
    assert "commercial_manufacturing" in result.positives("capabilities")
    assert "commercial_manufacturing" not in result.negatives("capabilities")


def test_negated_manufacturing_without_an_object_still_rules_out_every_step() -> None:
    result = analyse("当社は分析サービスを提供しています。製造は一切行っていません。")
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "当社はシングルユースバッグと培地を製造・販売しています。細胞製品の製造は自社では行っていません。",
        "当社は凍結保存用のバッグを製造しています。遺伝子治療製品の製造は行っていません。",
    ],
)
def test_a_kind_of_drug_product_not_made_by_a_parts_maker_is_no_gmp_supply_negation(text: str) -> None:
    """'細胞製品' / '遺伝子治療製品' name a kind of product (not the generic 医薬品): a parts maker that does
    not make them rules out nothing it was never going to supply (issue 15)."""
    result = analyse(text)
    assert not {"clinical_supply", "commercial_manufacturing"} & set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    "text", ["医薬品の製造は行っていません。", "当社は品質試験を受託しています。細胞製品の製造は行っていません。"]
)
def test_no_drug_making_at_all_still_rules_out_gmp_supply(text: str) -> None:
    result = analyse(text)
    assert {"clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))


# --- issue 15, round 5: GMP work placed with a partner; vessels a seller lists ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Process development is ours; GMP batches rest with a partner CMO in Ireland.",
        "All GMP work — plasmid, vector, release — is done by our CDMO partners.",
        "Clinical tier: GMP production at 500 L – for now through a partner plant in Korea.",
        "GMP製造はパートナーCDMOにて実施します。",
    ],
)
def test_gmp_work_placed_with_a_partner_is_not_ones_own(text: str) -> None:
    result = analyse(text)
    assert "gmp" in result.negatives("compliance")
    assert "gmp" not in result.positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "GMP batches sit with our own QA team until release.",
        "GMP production at 500 L – in our own plant in Kobe.",
        "All GMP work — plasmid, vector, release — is done in our Kobe plant.",
    ],
)
def test_gmp_work_kept_in_house_stays_gmp(text: str) -> None:
    assert "gmp" in analyse(text).positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "Our stirred-tank bioreactors of 50 L to 1,000 L are sold to vaccine makers across Asia.",
        "Benchtop 5 L and pilot 200 L bioreactor models are available; a 3,000 L model follows in 2027.",
        "撹拌型バイオリアクター（10 L〜500 L）をラインアップしています。",
        "50 L〜2,000 Lのシングルユース培養槽を取り揃えています。",
    ],
)
def test_vessels_a_seller_lists_at_volumes_are_no_culture_of_its_own(text: str) -> None:
    result = analyse(text)
    assert "upstream" not in result.positives("capabilities")
    assert "bioreactor" in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We run four 5,000 L stainless bioreactors for commercial antibody drug substance.",
        "2,000 Lの培養槽で抗体原薬を製造しています。",
    ],
)
def test_vessels_a_maker_runs_at_volumes_stay_upstream(text: str) -> None:
    result = analyse(text)
    assert "upstream" in result.positives("capabilities")
    assert "bioreactor" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Kobe plant makes its own marketed products in 6,000 L stainless bioreactors.",
        "We take on contract production of enzymes, running three 1,000 L bioreactors.",
        "再生医療等製品の製造には自動培養装置を使用します。",
    ],
)
def test_a_bioreactor_a_maker_makes_medicines_in_is_no_part_offered(text: str) -> None:
    assert "bioreactor" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make single-use bioreactors and sell them to CDMOs.",
        "Our products: single-use bioreactors from 50 L to 2,000 L.",
        "自動培養装置を製造・販売しています。",
    ],
)
def test_a_bioreactor_a_supplier_makes_stays_a_part(text: str) -> None:
    assert "bioreactor" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Option C: vial filling – offered through a partner filler in Osaka.", "fill_finish"),
        ("Our whole chain — culture, purification, filling — is done by partner CMOs.", "fill_finish"),
        ("We make the peptide API; formulation we leave to our clients.", "formulation"),
    ],
)
def test_a_step_handed_to_a_partner_after_it_is_not_ones_own(text: str, step: str) -> None:
    result = analyse(text)
    assert step in result.negatives("capabilities")
    assert step not in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Option C: vial filling – in our own isolator line in Osaka.", "fill_finish"),
        ("Our whole chain — culture, purification, filling — is done in our Osaka plant.", "fill_finish"),
        ("We make the peptide API and leave nothing to partners: formulation too.", "formulation"),
    ],
)
def test_a_step_kept_in_house_after_a_dash_stays_ones_own(text: str, step: str) -> None:
    assert step in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We offer bioanalysis for toxicology studies and clinical trials: LBA and LC-MS/MS.",
        "We measure drug levels in samples from animal studies.",
        "毒性試験および臨床試験の検体の濃度測定を承ります。",
        "マイコプラズマ否定試験とウイルス安全性試験を受託しています。",
    ],
)
def test_studies_a_lab_only_analyses_samples_of_are_not_its_own(text: str) -> None:
    positives = analyse(text).positives("capabilities")
    assert "nonclinical_studies" not in positives
    assert "clinical_trials" not in positives


@pytest.mark.parametrize(
    "text",
    [
        "We run toxicology studies in rodents and analyse their samples in-house.",
        "毒性試験と安全性薬理試験を実施しています。",
    ],
)
def test_studies_a_lab_runs_stay_its_own(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


def test_a_product_type_in_an_aside_handed_to_partners_stays_the_developers() -> None:
    result = analyse("All GMP work — the mRNA, the LNP, the filling — is made by CDMO partners.")
    assert "mrna" in result.positives("modalities")
    assert "fill_finish" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We write dossiers only: no testing, no manufacturing.",
        "Our consultants never perform any laboratory testing.",
        "弊社は試験を一切行っておりません。",
        "分析や試験は実施しておらず、書類作成のみです。",
    ],
)
def test_no_testing_at_all_rules_out_quality_control(text: str) -> None:
    assert "quality_control" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "GLP試験は実施しておらず、薬効試験のみ行います。",
        "We do not perform GLP studies.",
        "We perform release testing under GMP.",
    ],
)
def test_a_named_kind_of_study_not_done_is_no_testing_at_all(text: str) -> None:
    assert "quality_control" not in analyse(text).negatives("capabilities")


def test_a_topic_particle_after_testing_is_no_negation_of_testing() -> None:
    assert "quality_control" not in analyse("当社の試験はいずれも探索的な評価です。").negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Clinical services: n/a.",
        "We never manage clinical studies; our work ends at the IND.",
        "Trials we do not run ourselves, a partner CRO does.",
        "治験の運営は行っておりません。",
        "治験は外部に全面委託しています。",
    ],
)
def test_trials_said_in_general_words_not_run_are_no_trial_operations(text: str) -> None:
    result = analyse(text)
    assert "clinical_trials" in result.negatives("capabilities")
    assert "clinical_trials" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We run first-in-human trials at our own 40-bed unit.",
        "治験の運営を受託しています。",
    ],
)
def test_trials_run_in_general_words_stay_affirmed(text: str) -> None:
    assert "clinical_trials" not in analyse(text).negatives("capabilities")


# --- issue 15, round 6 (wt15v): one list of other parties; generic manufacturing and its scales ---


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # parties that stood in only one of the three former lists now count in every rule
        ("Fill-finish for our products is carried out at a university hospital.", "fill_finish"),
        ("Formulation is handled by our licensee in Europe.", "formulation"),
        ("Our clinical batches are manufactured by a contract research organisation.", "clinical_supply"),
        ("Phase 1 material was produced by one of our licensees.", "clinical_supply"),
        ("治験薬は協力会社で製造されています。", "clinical_supply"),
    ],
)
def test_a_step_done_by_any_other_party_is_not_ones_own(text: str, step: str) -> None:
    result = analyse(text)
    assert step in result.negatives("capabilities")
    assert step not in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # a place is no party: "outside" before a city, not before a firm
        ("Fill-finish is done at our own plant outside Osaka.", "fill_finish"),
        ("We make clinical batches at our GMP site outside Boston.", "clinical_supply"),
    ],
)
def test_a_place_outside_a_city_is_no_other_party(text: str, step: str) -> None:
    assert step in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # a thing outside the vocabulary, compounded before the making noun or the subject of a passive
        "We sell single-use mixing bags. Glass carboys are not manufactured by us; we resell them.",
        "We produce serum-free culture media. Capsule production is not part of our services.",
        "We make ionizable lipids at our plant in Himeji. Tablet manufacture is not something we do.",
    ],
)
def test_a_named_thing_not_made_by_a_maker_is_no_absence_of_manufacturing(text: str) -> None:
    negatives = analyse(text).negatives("capabilities")
    assert not {"clinical_supply", "commercial_manufacturing", "drug_substance"} & set(negatives)


@pytest.mark.parametrize(
    "text",
    [
        # no thing named: the organisation's making as a whole is ruled out
        "Our lab designs antibodies for partners. No manufacturing is done at our company.",
        "Our lab designs antibodies for partners. We do not offer manufacturing.",
        "We develop a peptide vaccine. All manufacturing is outsourced to a CDMO.",
    ],
)
def test_manufacturing_ruled_out_without_a_thing_named_stays_ruled_out(text: str) -> None:
    negatives = analyse(text).negatives("capabilities")
    assert {"clinical_supply", "commercial_manufacturing", "drug_substance"} <= set(negatives)


@pytest.mark.parametrize(
    "text",
    [
        # a describing word after the article, and the bulk or antigen of the product named as made
        "Our Kumamoto plant manufactures the attenuated vaccines for national immunisation programmes.",
        "We make our humanised antibodies at a 2,000 L plant in Chiba.",
        "当社はワクチンの原液製造から充填までを一貫して行っています。",
        "当社は組換えタンパク質ワクチンの抗原の製造を行っています。",
        "Vaccine maker, Sendai: in-house antigen manufacture, adjuvant formulation and filling.",
    ],
)
def test_a_described_product_or_its_bulk_made_is_drug_substance(text: str) -> None:
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # the customers' making, research-only making, or a making ruled out
        "We supply adjuvants for antigen production by vaccine makers.",
        "抗原製造用の培地を販売しています。",
        "We produce the recombinant antigens for research use only.",
        "We do not manufacture the antigen; it is supplied by the client.",
        "We sell the sterile filtered media to makers of antibodies.",
    ],
)
def test_bulk_or_product_words_without_own_making_give_no_drug_substance(text: str) -> None:
    assert "drug_substance" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # "commercial" qualifying what the organisation makes
        "Our Niigata plant makes commercial peptide API under GMP.",
        "Commercial monoclonal antibody lots are produced in our Yamagata plant.",
        "GMP sites: Osaka (clinical, 200 L) and Mie (commercial, 10,000 L).",
        "当社は富山工場で抗体医薬品のコマーシャル生産を行っています。",
        "We run the manufacturing of our commercial products at our own plant in Hyogo.",
    ],
)
def test_a_made_product_called_commercial_is_commercial_manufacturing(text: str) -> None:
    assert "commercial_manufacturing" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # "commercial" of a company, of partners, or of the customers' use of a supplier's parts
        "We are a commercial-stage biotech with two approved products and partner with CDMOs for all manufacturing.",
        "We sell GMP-grade culture media for commercial production in 200 L bags.",
        "Our commercial partners handle distribution in Asia.",
    ],
)
def test_commercial_said_of_no_own_product_is_no_commercial_manufacturing(text: str) -> None:
    assert "commercial_manufacturing" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "A commercial line for launch batches will open at our plant in 2028.",
        "Commercial lots are not produced at our site; we make clinical batches only.",
    ],
)
def test_commercial_products_planned_or_not_made_are_negative(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # material made for trials named by who runs them
        "Our hospital unit makes GMP-grade NK cell products for investigator-initiated Phase 2 trials.",
        "The centre provides GMP manufacture of dendritic cell vaccines for academic trials across Kyushu.",
        "Lentiviral vectors for physician-led gene therapy trials are produced in our 20 L GMP suite.",
        "本センターは医師主導治験に用いる細胞製品をGMP下で製造しています。",
        "当院の加工センターは、医師主導治験に使用する遺伝子改変T細胞のGMP製造を院内の研究者に向けて支援している。",
    ],
)
def test_material_made_for_investigator_initiated_trials_is_clinical_supply(text: str) -> None:
    assert "clinical_supply" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # running or supporting such trials makes no material
        "We monitor investigator-initiated trials at 40 hospitals across Japan.",
        "本学は医師主導治験の実施を支援しています。",
    ],
)
def test_investigator_initiated_trials_run_are_no_clinical_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" not in result.positives("capabilities")
    assert "clinical_trials" in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # one product's drug substance ended or planned, beside clinical or commercial making now
        "We made small-molecule APIs until 2019. Today we manufacture GMP peptides for Phase 2 trials.",
        "2018年まで低分子原薬の製造を行っていましたが、現在は抗体の治験薬GMP製造を提供しています。",
        "当社はワクチンの商用生産を行っています。核酸原薬の製造は2028年に開始する予定です。",
    ],
)
def test_a_products_drug_substance_ended_or_planned_beside_making_now_is_no_negation(text: str) -> None:
    assert "drug_substance" not in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # with nothing made now, the ended or planned drug substance stays ruled out
        "We made peptide APIs until 2020 and closed the plant. We now offer regulatory consulting only.",
        "原薬の製造は2028年に開始する予定です。現在は分析試験のみを受託しています。",
    ],
)
def test_drug_substance_ended_or_planned_with_nothing_made_now_stays_negative(text: str) -> None:
    assert "drug_substance" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # a vessel's volume affirms the clinical band; an exclusive statement rules it out
        "We grow plasmid-bearing E. coli in fermenters of up to 300 L. For now we supply non-GMP tox lots only.",
        "当社の培養槽は最大500 Lです。現在は研究用グレードのみを提供しています。",
    ],
)
def test_a_scale_ruled_out_in_words_wins_over_a_volume(text: str) -> None:
    result = analyse(text)
    assert "clinical" in result.negatives("scales")
    assert "clinical" not in result.positives("scales")


def test_a_volume_alone_still_gives_its_scale() -> None:
    assert "clinical" in analyse("We make GMP antibody lots for Phase 1 trials in 200 L bioreactors.").positives(
        "scales"
    )


@pytest.mark.parametrize(
    ("text", "scales"),
    [
        # a range closed by まで is still a range: every band it touches
        ("当社は300 Lから8,000 Lまでの培養槽で抗体を製造しています。", {"clinical", "commercial"}),
        ("当社は最大8,000 Lまでの培養槽で抗体を製造しています。", {"commercial"}),
        ("当社は8,000 Lまでの培養槽で抗体を製造しています。", {"commercial"}),
    ],
)
def test_a_range_closed_by_made_is_a_range_and_up_to_is_one_band(text: str, scales: set[str]) -> None:
    assert set(analyse(text).positives("scales")) == scales


# --- issue 15, round 6 (wt15w): kinds seen in three or more writers of sets 2-4 -------------------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Our plant is in Germany. 日本国内には営業窓口（大阪市）のみを置いています。", "JP-27"),
        (
            "Founded by Japanese scientists and based in San Diego, California, with a Nagoya sales office only.",
            "JP-23",
        ),
        ("Plant: Gunma. Our Seattle office is for sales only.", "US"),
    ],
)
def test_a_country_whose_only_place_is_a_sales_office_is_ruled_out(text: str, office: str) -> None:
    result = analyse(text)
    country = office.split("-")[0]
    assert country in result.negatives("sites")
    assert country not in result.positives("sites")


def test_a_sales_office_beside_a_plant_in_the_same_country_keeps_the_country() -> None:
    result = analyse("Our plant is in Gunma. The Osaka office is for sales only.")
    assert "JP-27" in result.negatives("sites")
    assert "JP" in result.positives("sites")
    assert "JP" not in result.negatives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "We prepare IND dossiers and PMDA briefing packages for antibody and gene therapy products. Office: Kyoto.",
        "薬事コンサルティング：承認申請資料の作成。ワクチン・抗体医薬の申請支援の実績があります。本社は福岡市です。",
        "We offer temperature-controlled logistics for cell therapy doses from our depot in Kobe.",
    ],
)
def test_a_service_done_for_others_products_names_no_modality_of_its_own(text: str) -> None:
    assert analyse(text).positives("modalities") == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("We develop an antibody for lupus and run our own Phase 1 trial in Japan.", "antibody"),
        ("We make GMP antibody drug substance and prepare the CMC sections of IND filings.", "antibody"),
        ("医療機器専門のCROとして治験のモニタリングを受託しています。", "medical_device"),
    ],
)
def test_a_developer_maker_or_specialist_field_keeps_its_modality(text: str, modality: str) -> None:
    assert modality in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("培養バッグを製造・販売しています。当社では細胞加工の受託は行っていません。", "negative"),
        ("We sell culture media; cell products are not manufactured at our site.", "negative"),
        ("弊社のCPCで細胞加工を受託しています。", "positive"),
    ],
)
def test_cell_processing_and_cell_products_are_cell_therapy(text: str, polarity: str) -> None:
    result = analyse(text)
    found = result.positives("modalities") if polarity == "positive" else result.negatives("modalities")
    assert "cell_therapy" in found


def test_a_cell_product_of_a_named_cell_type_leaves_cell_therapy_to_the_cell_type() -> None:
    result = analyse("MSC由来の細胞製品を治験用に製造しています。")
    assert "msc" in result.positives("modalities")
    assert "cell_therapy" not in result.positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "Seed fund for drug discovery startups in Kansai; we also back medtech.",
        "The fund does not invest in drug discovery; our sectors are diagnostics and digital health.",
    ],
)
def test_an_investors_drug_discovery_is_a_field_not_a_service(text: str) -> None:
    result = analyse(text)
    assert "drug_discovery" not in result.positives("capabilities") + result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Antibody reagents made to order for discovery groups at universities.",
        "We synthesise small batches of oligos to support discovery scientists.",
        "探索研究用のペプチドを受託合成しています。",
        "創薬研究向けの化合物ライブラリーを販売しています。",
    ],
)
def test_discovery_as_the_customers_work_is_no_discovery_service(text: str) -> None:
    assert "drug_discovery" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our discovery group runs hit finding for partners.",
        "We offer drug discovery services from target to candidate.",
        "探索研究を受託しています。",
    ],
)
def test_discovery_an_organisation_does_stays_its_service(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "capability"),
    [
        ("Regulated bioanalysis of plasma samples by LC-MS/MS and ELISA. Lab: Kobe.", "analytical_development"),
        ("We are a bioanalytical CRO measuring anti-drug antibodies.", "analytical_development"),
        ("ペプチド医薬のバイオアナリシスを受託しています。", "analytical_development"),
        ("Stability programmes for biologics are run on request.", "quality_control"),
        ("ICH stability and impurity profiling for oligonucleotide APIs.", "quality_control"),
        ("Process development and QC in-house; GMP API from 1 kg.", "quality_control"),
        ("原薬のリリース試験およびスタビリティ試験を提供しています。", "quality_control"),
    ],
)
def test_bioanalysis_and_stability_or_qc_in_other_words_are_read(text: str, capability: str) -> None:
    assert capability in analyse(text).positives("capabilities")


def test_a_stability_word_without_testing_is_no_quality_control() -> None:
    assert "quality_control" not in analyse("Our lyophilised formulation improves shelf stability.").positives(
        "capabilities"
    )


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Downstream purification, which the firm does not perform itself, goes to a partner in Chiba.", "downstream"),
        ("Formulation development we do not offer; clients send finished bulk.", "formulation"),
        ("Cell line development is handled by a partner in Osaka, not by us.", "cell_line_development"),
        ("Aseptic filling is currently not in our own facility.", "fill_finish"),
    ],
)
def test_a_step_the_organisation_says_afterwards_it_does_not_do_is_negated(text: str, step: str) -> None:
    result = analyse(text)
    assert step in result.negatives("capabilities")
    assert step not in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("We offer fill-finish, which we do not outsource.", "fill_finish"),
        (
            "Fill-finish of the drug product, which the company does not perform itself, is done by a partner.",
            "formulation",
        ),
    ],
)
def test_a_trailing_clause_that_keeps_or_is_not_about_the_step_leaves_it(text: str, step: str) -> None:
    assert step not in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "service"),
    [
        (
            "We build EDC systems and run data management for Phase 2 studies. Site monitoring is not offered.",
            "clinical_trials",
        ),
        (
            "GLP toxicology in rodents and dogs. Carcinogenicity studies are subcontracted to a partner lab.",
            "nonclinical_studies",
        ),
        ("薬事申請の支援を行っています。医療機器の承認申請は取り扱っておりません。", "regulatory"),
    ],
)
def test_a_negated_sub_scope_of_a_service_offered_keeps_the_service(text: str, service: str) -> None:
    result = analyse(text)
    assert service in result.positives("capabilities")
    assert service not in result.negatives("capabilities")


def test_a_service_only_negated_stays_negated() -> None:
    result = analyse("We make GMP peptides. We do not offer monitoring.")
    assert "clinical_trials" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Founded by two former regulatory officials, the lab runs LC-MS/MS bioanalysis in Kobe.",
        "Our chromatography resins are made in Okayama; regulatory support files are available to customers.",
        "Our lipids are made in Toyama, and a Drug Master File is registered with PMDA.",
        "We run forced-degradation and stability studies to support clients' IND and CTD filings.",
    ],
)
def test_a_regulatory_word_that_names_no_regulatory_work_is_no_service(text: str) -> None:
    assert "regulatory" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We support regulatory submissions to PMDA and prepare CTD Module 3.",
        "元PMDA審査官が在籍し、薬事申請の支援を行っています。",
    ],
)
def test_regulatory_work_done_stays_a_service(text: str) -> None:
    assert "regulatory" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lead antibody: Phase 2, Korean sites. HQ: Kyoto.", "KR"),
        ("We fill our product in our Gunma plant, and a Phase 3 trial in the UK is being prepared.", "GB"),
        ("We run our own Phase 1 study across 5 Taiwanese hospitals. Lab: Kobe.", "TW"),
        ("Our Phase 1 trial is enrolling at centres in Australia. Lab: Kobe.", "AU"),
    ],
)
def test_the_place_a_developers_trial_runs_is_no_site(text: str, place: str) -> None:
    assert place not in analyse(text).positives("sites")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We run Phase 1 studies at our US sites.", "US"),
        ("We make GMP material for clinical trials in Leiden.", "NL"),
    ],
)
def test_own_trial_sites_and_material_made_for_trials_stay_sites(text: str, place: str) -> None:
    assert place in analyse(text).positives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "Kobe Fill Works: aseptic fill-finish of vials. Lines: liquid filling, lyophilisation, capping.",
        "We run aseptic filling of liquid and lyophilised products into cartridges.",
        "Fill-finish of the client's drug product is our only business.",
        "Sterile drug product services: vial filling and visual inspection.",
        "無菌充填を受託しています。凍結乾燥ラインも2基あります。",
    ],
)
def test_a_fillers_drying_step_and_filled_product_are_no_formulation(text: str) -> None:
    assert "formulation" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We develop lyophilised formulations and fill them into vials.",
        "We design lyophilisation cycles for biologics.",
    ],
)
def test_formulating_a_lyophilised_product_stays_formulation(text: str) -> None:
    assert "formulation" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "創薬支援の受託研究機関として、化合物の評価を行っています。",
        "創薬初期のヒット化合物の合成を受託しています。",
        "We are an early drug discovery partner for biotech startups.",
    ],
)
def test_early_discovery_or_discovery_support_in_general_words_is_drug_discovery(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


def test_discovery_a_needs_text_asks_for_stays_wanted() -> None:
    result = analyse("We are looking for a CRO for discovery chemistry.", need=True)
    assert "drug_discovery" in result.wanted("capabilities")


@pytest.mark.parametrize(
    ("text", "capability"),
    [
        ("製剤の長期安定性を高める添加剤を販売しています。", "quality_control"),
        ("Our coating improves the stability of stored vials.", "quality_control"),
        ("Our discovery-stage antibody is licensed to a partner.", "drug_discovery"),
    ],
)
def test_look_alikes_of_testing_bioanalysis_and_discovery_do_not_fire(text: str, capability: str) -> None:
    assert capability not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は血液製剤メーカーで、アルブミン製剤などのタンパク質医薬を自社工場で商業生産しています。",
        "ペプチド医薬を国内市場に供給しています。",
        "We are a plasma company supplying recombinant proteins to the European market.",
        "The company sells its peptide drugs across Asian markets.",
    ],
)
def test_own_products_produced_commercially_or_on_a_market_are_approved(text: str) -> None:
    assert "approved" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We supply lipids for mRNA vaccines to the global market.",  # a part for others' products
        "抗体医薬の商用生産を受託しています。",  # a contract service
        "抗体を商用規模で受託製造しています。",
        "ワクチンを国内市場に供給する予定です。",  # planned
        "ペプチド医薬を商用生産していません。",  # negated
        "We do not sell antibodies in the US market.",
    ],
)
def test_supply_to_a_market_that_is_not_an_own_product_on_sale_gives_no_approval(text: str) -> None:
    assert "approved" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "当社は2024年度に創薬ベンチャーエコシステム強化事業に採択されました。",
        "エコシステム強化事業の採択ベンチャーとして非臨床開発を進めています。",
        "Our company was selected in 2025 as a supported venture of the AMED drug-venture ecosystem programme.",
        "Awardee of the AMED ecosystem programme (2024).",
    ],
)
def test_a_venture_selected_for_the_ecosystem_programme_is_a_supported_venture(text: str) -> None:
    result = analyse(text)
    assert result.positives("certifications") == ["amed_supported_venture"]


@pytest.mark.parametrize(
    "text",
    [
        "当社はAMED認定VC（創薬ベンチャーエコシステム強化事業）です。",  # a VC's certification
        "We invest in startups selected under the drug-venture ecosystem programme.",  # others' status
    ],
)
def test_the_ecosystem_programme_named_without_an_own_selection_is_no_supported_venture(text: str) -> None:
    assert "amed_supported_venture" not in analyse(text).positives("certifications")


@pytest.mark.parametrize(
    "text",
    [
        "創薬ベンチャーエコシステム強化事業への採択を目指して申請中です。",
        "We have not been selected for the drug-venture ecosystem programme.",
    ],
)
def test_a_selection_applied_for_or_denied_is_negative(text: str) -> None:
    result = analyse(text)
    assert result.negatives("certifications") == ["amed_supported_venture"]
    assert "amed_supported_venture" not in result.positives("certifications")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Our Sendai plant operates under the GMP of Japan, the EU and the US.", "US"),
        ("Our Sendai plant has passed audits against US GMP.", "US"),
        ("Headquarters: Tokyo. Next step: a US IND filing.", "US"),
        ("主力品目は英国製薬企業へ導出済みです。", "GB"),
        ("リード抗体はドイツの製薬会社にライセンスしました。", "DE"),
        ("仙台の工場は米国GMPに対応しています。", "US"),
    ],
)
def test_a_country_qualifying_rules_a_filing_or_a_licensee_is_no_site(text: str, place: str) -> None:
    assert place not in analyse(text).positives("sites")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We manufacture enzymes under GMP in Sendai.", "JP-04"),
        ("Our plant in the US makes GMP lots.", "US"),
        ("米国の工場でGMP製造を行っています。", "US"),
        ("英国の製薬企業と共同で、当社の英国ラボにて研究を行っています。", "GB"),
    ],
)
def test_a_place_where_the_organisation_works_stays_a_site(text: str, place: str) -> None:
    assert place in analyse(text).positives("sites")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Mixers: not made.", "mixer"),
        ("Sensors and bioreactor control units: not made.", "bioreactor"),
        ("Plasmid supply and aseptic filling: not offered.", "plasmid"),
        ("Plasmid supply and aseptic filling: not offered.", "fill_finish"),
        ("Not available: aseptic filling, lyophilisation. Site: Kobe.", "fill_finish"),
        ("Services: QC release. Not offered: fill-finish.", "fill_finish"),
        ("Out of scope: cell line development.", "cell_line_development"),
    ],
)
def test_a_terse_field_ruling_out_its_items_negates_them(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


def test_a_field_label_ruling_out_other_things_leaves_the_next_field_affirmed() -> None:
    result = analyse("Not offered: fill-finish. Services: process development, QC release.")
    assert "fill_finish" in result.negatives("capabilities")
    assert {"process_development", "quality_control"} <= set(result.positives("capabilities"))


def test_things_named_only_before_a_field_colon_stay_affirmed() -> None:
    result = analyse("We back medtech and digital health only: no therapeutics.")
    assert {"medical_device", "digital_health"} <= set(result.positives("modalities"))
    assert result.negatives("modalities") == ["therapeutics"]


def test_exclusions_field_negates_its_product_types() -> None:
    result = analyse("Sectors: small molecules. Exclusions: medical devices, digital health.")
    assert {"medical_device", "digital_health"} <= set(result.negatives("modalities"))
    assert "small_molecule" in result.positives("modalities")


# --- issue 15, round 8: scale and stage kinds seen in two writers or more (own phrasings) ---------------------


def _scales(text: str) -> tuple[set[str], set[str]]:
    result = analyse(text)
    return set(result.positives("scales")), set(result.negatives("scales"))


@pytest.mark.parametrize(
    "text",
    [
        "Our API plant has glass-lined reactors of 250 L to 6,000 L.",
        "We synthesise intermediates in Hastelloy vessels and reactors from 500 to 8,000 L.",
        "低分子の合成は反応槽 300 L〜5,000 L で行います。",
        "グラスライニング製のリアクター（1,000 L・4,000 L）を備えています。",
    ],
)
def test_round8_chemical_reactor_volumes_give_no_scale_band(text: str) -> None:
    assert _scales(text) == (set(), set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We culture CHO cells in single-use bioreactors of 500 to 5,000 L.", {"clinical", "commercial"}),
        ("抗体はバイオリアクター 200 L〜2,000 L で製造しています。", {"clinical"}),
        ("Our microbial fermenters of 15 m³ make enzymes.", {"commercial"}),
    ],
)
def test_round8_culture_vessels_are_still_banded(text: str, expected: set[str]) -> None:
    assert _scales(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our bioreactors hold up to 1,500 litres.", {"clinical"}),
        ("Our bioreactors hold up to 4000 ℓ.", {"commercial"}),
        ("当社の培養槽は最大５千リットルです。", {"commercial"}),
        ("培養タンクは1.2万Lです。", {"commercial"}),
        ("培養は30リッター規模の研究用です。", {"research"}),
        ("Fermentation runs at 300-L scale for our own products.", {"clinical"}),
        ("We run 100- and 1,000-L single-use bioreactors.", {"clinical"}),
        ("Our bioreactors range between 20 and 3,000 L.", {"research", "clinical", "commercial"}),
        ("Our culture vessels are larger than 2,000 L.", {"commercial"}),
        ("培養槽は2,000 L超です。", {"commercial"}),
        ("Peptide API batches of up to 40 kilograms.", {"clinical"}),
        ("Peptide batches of less than 60 grams.", {"research"}),
        ("Output of 12 metric tons per annum of API.", {"commercial"}),
        ("原薬の年産は800 kgです。", {"commercial"}),
    ],
)
def test_round8_quantities_in_other_spellings_units_and_bounds(text: str, expected: set[str]) -> None:
    assert _scales(text)[0] == expected


def test_round8_two_sizes_joined_by_and_are_a_list_not_a_range() -> None:
    # a range from 10 L to 8,000 L would cover the clinical band too; two sizes do not
    assert _scales("We operate 10 L and 8,000 L stainless-steel bioreactors.")[0] == {"research", "commercial"}


def test_round8_cubic_metres_of_a_room_give_no_scale() -> None:
    assert _scales("Our warehouse offers 4,000 m³ of cold storage for pharma clients.") == (set(), set())
    assert _scales("クリーンルームの容積は600立方メートルです。") == (set(), set())


def test_round8_a_mass_per_year_is_read_beside_its_year_only() -> None:
    positives = _scales("GMP API batches of 2–50 kg; our generics line ships about 80 t/yr.")[0]
    assert positives == {"clinical", "commercial"}
    assert _scales("GMP API batches of 2–50 kg, released to clinics.")[0] == {"clinical"}


@pytest.mark.parametrize(
    ("text", "current", "later"),
    [
        (
            "Our 500 L suite makes clinical lots today — commercial lots will follow after approval.",
            "clinical",
            "commercial",
        ),
        ("Commercial fill lots start once the new filling building is completed.", None, "commercial"),
        ("商用生産は、新工場の完成後に開始します。", None, "commercial"),
        ("第2工場の竣工後は商用スケールの製造も行います。", None, "commercial"),
    ],
)
def test_round8_a_scale_offered_only_after_an_event_to_come_is_negative(
    text: str, current: str | None, later: str
) -> None:
    positives, negatives = _scales(text)
    assert later in negatives and later not in positives
    if current:
        assert current in positives


@pytest.mark.parametrize(
    "text",
    [
        "We entered Phase 2 after completion of Phase 1, and our plant makes commercial lots.",
        "承認後の製品について、商用生産を受託しています。",
    ],
)
def test_round8_a_past_event_or_an_approved_product_leaves_the_scale_current(text: str) -> None:
    positives, negatives = _scales(text)
    assert "commercial" in positives and "commercial" not in negatives


@pytest.mark.parametrize(
    "text",
    [
        "GMP lots for GLP safety studies and clinical trials are made in Osaka.",
        "We make conjugate at 20 g to 1 kg per batch for tox work and first-in-human trials.",
    ],
)
def test_round8_a_purpose_coordinated_after_another_gives_its_scale(text: str) -> None:
    positives = _scales(text)[0]
    assert {"non_clinical", "clinical"} <= positives


@pytest.mark.parametrize(
    "text",
    [
        "We formulate LNPs at screening scale and for GLP tox batches.",
        "Oligos are synthesised in milligrams for compound screening.",
        "スクリーニング用の少量サンプルを合成しています。",
        "数mLのスクリーニングから毒性試験用ロットまで製造できます。",
    ],
)
def test_round8_material_for_screening_is_research_scale(text: str) -> None:
    assert "research" in _scales(text)[0]


@pytest.mark.parametrize(
    "text", ["We offer high-throughput screening services to pharma.", "化合物スクリーニングを受託しています。"]
)
def test_round8_screening_as_a_service_gives_no_scale(text: str) -> None:
    assert "research" not in _scales(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Lead asset AX-7: IND-enabling studies under way.",
        "Our pipeline has two programmes in discovery and one in IND-enabling studies.",
        "GLP tox and other IND-enabling studies are in progress for our lead.",
    ],
)
def test_round8_studies_going_on_are_the_pipelines_stage(text: str) -> None:
    assert "preclinical" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We perform IND-enabling studies in rodents and dogs under GLP.",
        "Our experience in IND-enabling studies spans 15 years.",
    ],
)
def test_round8_studies_a_cro_runs_are_no_stage(text: str) -> None:
    assert "preclinical" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Both of our small-molecule assets are at the hit-to-lead stage.",
        "Our antibody programme is in lead identification.",
        "当社の核酸医薬パイプラインはディスカバリー段階にあります。",
        "自社の新規抗体はまだリサーチ段階です。",
    ],
)
def test_round8_discovery_steps_and_katakana_words_are_the_research_stage(text: str) -> None:
    assert "research" in analyse(text).positives("stages")


def test_round8_katakana_preclinical_stage() -> None:
    assert "preclinical" in analyse("リード化合物はプレクリニカル段階です。").positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We provide hit-to-lead chemistry to biotech clients.",
        "ヒット・トゥ・リードの化学合成をサポートしています。",
    ],
)
def test_round8_discovery_steps_offered_as_a_service_are_no_stage(text: str) -> None:
    assert analyse(text).positives("stages") == []


def test_round8_a_second_line_keeps_its_size_current_but_a_scale_a_new_plant_brings_is_planned() -> None:
    assert "clinical" in _scales("We will install another 1,000 L bioreactor next year.")[0]
    positives, negatives = _scales("Commercial API will be offered from our second plant, due to open in 2028.")
    assert "commercial" in negatives and "commercial" not in positives
    positives, negatives = _scales("商用原薬は増設中の第二工場で2028年から対応予定です。")
    assert "commercial" in negatives and "commercial" not in positives


@pytest.mark.parametrize(
    "text",
    [
        "We still need a partner to produce the vector for a first-in-human trial.",
        "Early development: a 60-bed Phase 1 clinic in Osaka and Phase 2 monitoring across Japan.",
        "Asia's Phase 1 specialist for healthy-volunteer studies.",
    ],
)
def test_round8_a_stage_qualifying_material_or_a_unit_is_no_stage(text: str) -> None:
    assert analyse(text).positives("stages") == []


@pytest.mark.parametrize(
    ("text", "stage"),
    [("Our lead antibody is in Phase 2.", "phase2"), ("Our Phase 1 asset was partnered last year.", "phase1")],
)
def test_round8_a_stage_of_the_pipeline_still_counts(text: str, stage: str) -> None:
    assert stage in analyse(text).positives("stages")


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("リサーチ・グレードのプラスミドを販売しています。", "research"),
        ("クリニカルグレードのウイルスベクターを製造します。", "clinical"),
        ("コマーシャルスケールの抗体原薬生産を受託しています。", "commercial"),
        ("Our kilo lab makes research- and GLP-grade peptide lots.", "research"),
    ],
)
def test_round8_scale_words_in_katakana_and_with_a_suspended_hyphen(text: str, scale: str) -> None:
    assert scale in _scales(text)[0]


def test_round8_a_commercial_scale_named_in_katakana_wins_over_the_volume() -> None:
    # a stated purpose wins over volumes: 2,000 L alone would be the clinical band
    assert _scales("2,000 Lのタンク6基でコマーシャル・スケール生産を行います。")[0] == {"commercial"}


def test_round8_research_and_another_noun_is_no_suspended_grade() -> None:
    assert "research" not in _scales("We fund research and GMP-grade manufacturing upgrades at partner sites.")[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All our culture vessels are smaller than 50 L.", {"research"}),
        ("培養は50 L未満の規模です。", {"research"}),
        ("Peptide batches of up to 100 g.", {"clinical"}),
    ],
)
def test_round8_strictly_below_a_band_limit_is_the_band_under_it(text: str, expected: set[str]) -> None:
    assert _scales(text)[0] == expected


# --- issue 15, round 8 (wt15c8): capability conventions decided by the dev writers' majority -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Our Osaka suite conjugates cytotoxic payloads onto client antibodies for GMP toxicology and Phase 1 lots.",
        "We handle conjugation of linker-payloads to monoclonal antibodies in an OEB5 isolator line.",
        "当社は高活性封じ込め設備で、抗体とリンカー・ペイロードのコンジュゲーションを行い、治験用ロットを出荷しています。",
        "ADCのコンジュゲーション工程を受託し、非臨床から第1相向けまでのロットを製造します。",
    ],
)
def test_adc_conjugation_by_the_organisation_is_drug_substance(text: str) -> None:
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # the conjugation is someone else's
        "Our ADC programme is preclinical; payload chemistry and conjugation are outsourced.",
        "Antibody supply and conjugation for our lead ADC sit with two CDMOs in Europe.",
        "抗体の製造とADCのコンジュゲーションは、すべて提携先に委託しています。",
        # the customers' use of a part
        "We sell linker-payloads for ADC conjugation in 1 g to 100 g packs.",
        "ADCのコンジュゲーション用リンカーを研究用に販売しています。",
        # an oligonucleotide's conjugation chemistry, and the modality's own name
        "siRNA and antisense synthesis with GalNAc conjugation on request.",
        "We are an antibody-drug conjugate company with two programmes in Phase 1.",
    ],
)
def test_adc_conjugation_elsewhere_or_for_customers_is_no_drug_substance(text: str) -> None:
    assert "drug_substance" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "自社の工場で自社品の治験薬を製造していますが、他社からの受託は行っていません。",
        "自前のCPCで自社製品の治験製品を製造；受託なし。",
        "We make clinical trial material for our own programmes in-house and do not accept contract work.",
    ],
)
def test_own_trial_making_with_no_contract_work_is_no_clinical_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make GMP clinical trial material for biotech clients in our own plant in Sendai.",
        "当社は自社工場で、ベンチャー企業から治験薬の製造を受託しています。",
        # contract work ruled out, but no making of its own in that sentence
        "We are a consultancy and do not accept contract work for testing.",
    ],
)
def test_contract_making_or_no_own_making_keeps_clinical_supply_as_read(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our GMP-compliant cell culture buffers ship in research and clinical-grade versions from Nagoya.",
        "臨床用グレードの無血清培地を10 Lボトルで販売しています。",
        "A clinical-grade donor cell bank is kept at the institute and shared with partner universities.",
    ],
)
def test_a_clinical_grade_of_a_product_is_a_scale_not_clinical_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical" in result.positives("scales")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture clinical-grade AAV vectors for Phase 1 trials at our Kobe plant.",
        "治験用グレードの抗体を第1相試験向けに自社工場で製造しています。",
    ],
)
def test_a_clinical_grade_made_for_trials_is_clinical_supply(text: str) -> None:
    assert "clinical_supply" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our depth filters are used in the commercial lines of several CDMOs in Korea.",
        "当社のシングルユースバッグは、国内製薬企業のGMP製造所で採用されています。",
        "抗体医薬の商用生産ラインにも採用実績がある培地です。",
    ],
)
def test_a_product_adopted_in_customers_making_gives_no_making_of_its_own(text: str) -> None:
    result = analyse(text)
    made = {"commercial_manufacturing", "clinical_supply", "drug_substance", "fill_finish", "formulation"}
    assert not made & set(result.positives("capabilities"))
    assert "gmp" not in result.positives("compliance")
    assert "antibody" not in result.positives("modalities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Our 500 L line is used for GMP clinical batches of antibodies.", "clinical_supply"),
        ("当社の工場では抗体の商用生産を行っています。", "commercial_manufacturing"),
    ],
)
def test_own_lines_in_use_keep_their_making(text: str, term: str) -> None:
    assert term in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We have three approved antibody products in Japan. Their drug substance is produced in our Ibaraki plant.",
        "承認品を3品目持つ製薬企業です。原薬は自社の静岡工場で製造しています。",
        "A 60-year-old maker producing and supplying pediatric vaccines to the Japanese market.",
    ],
)
def test_own_marketed_products_made_in_house_are_commercial_manufacturing(text: str) -> None:
    assert "commercial_manufacturing" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # marketed, but made by others
        "We have two approved enzyme therapies, produced by contract manufacturers in Europe.",
        "承認品2品目を販売しています。製造はすべて国内の受託製造会社に委託しています。",
        # made in-house, but not yet on the market
        "Our lead is in Phase 3; its drug substance is produced in our own 2,000 L plant.",
    ],
)
def test_marketed_products_made_elsewhere_or_products_not_marketed_give_no_commercial_making(text: str) -> None:
    assert "commercial_manufacturing" not in analyse(text).positives("capabilities")


# --- round 9, manufacturing chain ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Bio is a CDMO for bispecific antibodies. We offer GMP manufacture for Phase 1 and Phase 2 trials.",
        "Our oligonucleotide plant in Yamagata makes cGMP batches of up to 3 kg for first-in-human studies.",
        "組換えタンパク質の治験薬GMP製造を受託しています。拠点は静岡県です。",
        "当社はAAVベクターの商用生産に対応しており、岡山県に工場があります。",
    ],
)
def test_gmp_clinical_or_commercial_making_of_a_substance_is_that_supply_not_drug_substance(text: str) -> None:
    # round 9 measured the sets 2-4 rule 9 reading (drug substance too) and did not adopt it: 13 right, 8 wrong
    result = analyse(text)
    assert {"clinical_supply", "commercial_manufacturing"} & set(result.positives("capabilities"))
    assert "drug_substance" not in result.positives("capabilities")
    assert result.positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        # a cell product: drug substance only when the word is written (set 2 rule 26)
        "We manufacture autologous CAR-T cell products under GMP for Phase 1 trials in Osaka.",
        # a living microbial product, fermented and encapsulated whole
        "当社は生菌製剤を治験用にGMP製造しています。",
        # a drug-product maker: formulation and fill named, no step of the substance
        "Aseptic fill-finish of antibody vials for clinical trials and commercial supply, under GMP.",
        # research material only
        "We produce research-grade antibodies only; no GMP manufacturing.",
    ],
)
def test_gmp_making_of_cells_drug_product_or_research_material_is_not_drug_substance(text: str) -> None:
    assert "drug_substance" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # (with the trial material named as what goes to the partner, clinical supply alone is ruled out:
        # test_gmp_making_handed_on_with_the_trial_material_named_rules_out_clinical_supply_alone)
        "We run no GMP production here; we transfer the process to a partner CMO.",
        "GMPでの製造は行っていません（提携先をご紹介します）。",
    ],
)
def test_no_gmp_making_handed_on_rules_out_clinical_and_commercial_supply(text: str) -> None:
    result = analyse(text)
    assert {"clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))
    assert not {"clinical_supply", "commercial_manufacturing"} & set(result.positives("capabilities"))


def test_no_gmp_making_of_research_material_alone_leaves_supply_silent() -> None:
    # set 1's convention, kept: a research maker saying it works without GMP says nothing of supply
    result = analyse("We synthesise research-grade peptides in milligram amounts; GMP manufacturing is not offered.")
    assert "commercial_manufacturing" not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Scale-up is done with a Japanese CMO, to which launch manufacturing will be transferred.",
        "Commercial production will be handed over to our licensing partner after approval.",
    ],
)
def test_commercial_making_to_be_handed_over_is_negative(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our cell processing centre makes the product for our own trials, but we take no contract manufacturing.",
        "We make the investigational product for our trial in our Sendai CPC and do not accept contract work.",
        "自社のCPCで自社治験用の細胞製品を製造しており、他社からの受託製造は行っていません。",
    ],
)
def test_own_trial_making_without_contract_work_rules_out_clinical_supply_only(text: str) -> None:
    result = analyse("We develop iPS cell-derived retinal cells. " + text)
    assert "clinical_supply" in result.negatives("capabilities")
    # commercial making is silent (writers 3a, 4d), and a cell product has no drug substance (rule 26)
    assert "commercial_manufacturing" not in result.negatives("capabilities")
    assert "drug_substance" not in result.negatives("capabilities") + result.positives("capabilities")


def test_a_substance_made_for_own_trials_without_contract_work_rules_out_its_drug_substance() -> None:
    result = analyse(
        "We develop siRNA drugs. Our GMP plant makes the oligonucleotides for our own trials; "
        "we accept no contract manufacturing."
    )
    assert {"clinical_supply", "drug_substance"} <= set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "Production is 100% outsourced; we are now searching for a CDMO for our tox and Phase 1 lots.",
        "Manufacturing: never — we are a testing house.",
    ],
)
def test_all_manufacturing_outsourced_or_never_rules_out_every_making_step(text: str) -> None:
    result = analyse(text)
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))
    assert not {"drug_substance", "clinical_supply"} & set(result.positives("capabilities"))


def test_lots_sought_from_a_contractor_are_no_clinical_supply_of_ones_own() -> None:
    result = analyse("We need a GMP CDMO in Japan for our Phase 1 material, about 40 patients.")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "今のところGMP製造はお受けしておらず、治験用の製造は国内の提携先で生産しています。",
        "We do no GMP manufacture in-house at present; clinical batches are produced by a partner CMO in Ireland.",
    ],
)
def test_no_gmp_making_with_clinical_lots_made_by_a_partner_rules_out_both_supplies(text: str) -> None:
    result = analyse(text)
    assert {"clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "We engineer and bank Bacillus production strains for enzyme programmes.",
        "Our lab handles strain engineering for yeast hosts before fermentation.",
        "生産菌の育種から発酵まで自社で行います。",
    ],
)
def test_microbial_strain_work_is_cell_line_development(text: str) -> None:
    assert "cell_line_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We do not isolate strains; clients bring their own.",
        "We sell a curated strain library for screening.",
    ],
)
def test_strains_not_worked_or_only_sold_are_no_cell_line_development(text: str) -> None:
    assert "cell_line_development" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We offer expression and purification of recombinant enzymes for academic groups.",
        "大学向けに組換えタンパク質の発現・精製を受託しています。",
    ],
)
def test_expression_service_is_upstream_culture(text: str) -> None:
    assert "upstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We measure gene expression profiles in patient biopsies.",
        "We sell expression vectors and competent cells.",
        "Transient expression for antibody screening is offered at 1 L.",
    ],
)
def test_measured_expression_vectors_or_transient_expression_alone_are_not_upstream(text: str) -> None:
    assert "upstream" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our ADC's payload is made in our lab; we are seeking a CDMO for GMP conjugation of the first clinical lots.",
        "ADC venture: antibody and conjugation are both contracted out to CDMOs in Europe.",
        "当社のADCは、抗体へのコンジュゲーションを国内のCDMOに委託しています。",
    ],
)
def test_adc_conjugation_sought_or_done_elsewhere_rules_out_drug_substance(text: str) -> None:
    result = analyse(text)
    assert "drug_substance" in result.negatives("capabilities")
    # one step handed on says nothing of the rest of the supply
    assert "commercial_manufacturing" not in result.negatives("capabilities")


def test_adc_conjugation_done_in_house_beside_an_outsourced_antibody_stays_drug_substance() -> None:
    result = analyse(
        "We conjugate our payload-linker to the antibody in our Gunma plant; the mAb is made by a partner."
    )
    assert "drug_substance" in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "提供するタンパク質は研究用途のみで、GMPに準拠した製造は行っていません。",
        "Our peptides are research grade; we do no GMP-compliant production.",
    ],
)
def test_no_gmp_compliant_making_of_research_material_rules_out_no_drug_substance(text: str) -> None:
    assert "drug_substance" not in analyse(text).negatives("capabilities")


# --- round 9, services and parts (issue 15, analyser a12) -------------------------------------------------
# Kinds shared by two or more dev writers, each written here in new phrasings (en and ja), with forms that
# must not fire.


@pytest.mark.parametrize(
    "text",
    [
        "We sponsor our own clinical trials in Japan and Taiwan.",
        "The company runs its own Phase 2/3 study at twelve hospitals.",
        "当社は自社で第2相試験を実施しています。",
        "本センターでは、自ら主導する臨床試験を運営している。",
    ],
)
def test_trials_an_organisation_runs_itself_are_trial_operations(text: str) -> None:
    assert "clinical_trials" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        # a pipeline in a phase is a stage, not a trial service
        "Our lead asset is currently running a Phase 1/2 trial in Europe.",
        "We run our own toxicology studies in Hiroshima.",
        "当社が開発中の候補は第1相試験を実施中です。",
        # handed to others
        "Our Phase 2 trial is run by a partner CRO.",
    ],
)
def test_trials_in_progress_or_run_by_others_are_no_trial_operations(text: str) -> None:
    assert "clinical_trials" not in analyse(text).positives("capabilities")


def test_own_trials_not_run_in_house_are_negated() -> None:
    assert "clinical_trials" in analyse("治験は自社では実施していません。").negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "GLP-compliant repeat-dose toxicity studies and safety pharmacology for small molecules.",
        "We offer in vitro ADME: metabolic stability and drug-drug interaction screening.",
        "Our scientists carry out our own preclinical research in Kyoto.",
        "反復投与毒性・がん原性までGLP準拠で受託しています。",
        "当研究所では、抗体医薬の非臨床研究を行っています。",
        "代謝安定性や薬物相互作用試験などのin vitro評価を受託しています。",
    ],
)
def test_studies_named_by_their_kind_are_nonclinical_studies(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "本化合物は肝毒性が低いことが特徴です。",
        "Our compound shows no hepatotoxicity in early screens.",
    ],
)
def test_a_toxicity_as_a_property_is_no_study(text: str) -> None:
    assert "nonclinical_studies" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は代謝安定性試験を受託しています。",
        "We run metabolic stability assays in human liver microsomes.",
        "GMP省令に準拠した品質管理体制のもとで製造しています。",
        "Trials are run under an ICH-GCP quality management system.",
    ],
)
def test_metabolic_stability_and_a_quality_system_are_no_quality_control(text: str) -> None:
    assert "quality_control" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We perform ICH stability testing and release testing of drug products.",
        "出荷試験と安定性試験を自社ラボで実施しています。",
    ],
)
def test_stability_and_release_testing_stay_quality_control(text: str) -> None:
    assert "quality_control" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We identify and validate novel drug targets in fibrosis.",
        "The lab discovered two new targets for autoimmune disease.",
        "本研究室は新たな創薬標的を同定しています。",
        "独自の阻害剤を創出し、製薬企業へ導出しています。",
    ],
)
def test_finding_targets_or_creating_inhibitors_is_drug_discovery(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


def test_a_targeted_therapy_is_no_discovery_of_targets() -> None:
    text = "We manufacture targeted therapies for our clients at GMP."
    assert "drug_discovery" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our CMC lab offers impurity identification and forced degradation studies.",
        "Services: impurity profiling, method dev / validation.",
        "不純物の同定と構造解析を受託しています。",
    ],
)
def test_impurities_found_and_described_are_analytical_development(text: str) -> None:
    assert "analytical_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "The company designs and scales purification processes for recombinant enzymes.",
        "We develop robust cell culture processes for our clients.",
        "製造プロセスの研究から受託しています。",
    ],
)
def test_processes_developed_are_process_development(text: str) -> None:
    assert "process_development" in analyse(text).positives("capabilities")


def test_a_regulatory_process_is_no_process_development() -> None:
    text = "We help start-ups develop their regulatory processes for PMDA consultations."
    assert "process_development" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We plan to submit our first IND in 2026.",
        "第2相試験の結果を受けて、2028年に承認申請を予定しています。",
    ],
)
def test_a_developers_own_filing_to_come_is_no_negated_regulatory_service(text: str) -> None:
    assert "regulatory" not in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We will offer IND submission support from 2027.",
        "薬事申請の支援は2027年度から提供予定です。",
    ],
)
def test_a_regulatory_service_to_come_is_still_negative(text: str) -> None:
    assert "regulatory" in analyse(text).negatives("capabilities")


def test_a_document_named_after_a_plan_is_no_plan() -> None:
    result = analyse("当社はCROとして、治験計画届の提出代行と治験のモニタリングを提供しています。")
    assert {"regulatory", "clinical_trials"} <= set(result.positives("capabilities"))
    assert not {"regulatory", "clinical_trials"} & set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("We sell chemically defined media, shipped in 10 L and 200 L bioprocess bags.", "single_use_bag"),
        ("Adjuvant is supplied (frozen, in 2 mL vials) for research use.", "vial"),
        ("注射用水を20 Lのバッグで供給しています。", "single_use_bag"),
        ("凍結保存した細胞はバイアルに充填してお届けします。", "vial"),
    ],
)
def test_a_container_that_packs_another_product_is_no_container_sold(text: str, part: str) -> None:
    assert part not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We specialise in single-use bags from 50 mL to 2,000 L.",
        "シングルユースバッグを国内工場で製造し、販売しています。",
        "Our glass vials are made in Shiga.",
    ],
)
def test_containers_made_or_sold_as_products_stay_parts(text: str) -> None:
    assert {"single_use_bag", "vial"} & set(analyse(text).positives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "We make 2D and 3D bioreactor bags up to 2,000 L.",
        "バイオリアクター用バッグを製造・販売しています。",
    ],
)
def test_bioreactor_bags_are_bags_not_bioreactors(text: str) -> None:
    caps = analyse(text).positives("capabilities")
    assert "single_use_bag" in caps
    assert "bioreactor" not in caps


def test_a_seller_of_bioreactors_keeps_them() -> None:
    assert "bioreactor" in analyse("We sell single-use bioreactors from 50 L to 2,000 L.").positives("capabilities")


@pytest.mark.parametrize(
    ("text", "done", "not_done"),
    [
        ("分析法開発は本社ラボで実施、安定性試験は行っていません。", "analytical_development", "quality_control"),
        (
            "非臨床試験は自社施設にて対応、治験のモニタリングは行っていません。",
            "nonclinical_studies",
            "clinical_trials",
        ),
    ],
)
def test_a_noun_of_doing_before_a_comma_ends_its_clause(text: str, done: str, not_done: str) -> None:
    result = analyse(text)
    assert done in result.positives("capabilities")
    assert not_done in result.negatives("capabilities")


def test_a_listed_noun_of_doing_shares_the_negation() -> None:
    result = analyse("毒性試験の実施、申請資料の作成は行っていません。")
    assert "nonclinical_studies" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make disposable cell culture bags and tubing sets in Gunma.",
        "使い捨ての培養バッグを国内で製造しています。",
    ],
)
def test_single_use_culture_bags_are_single_use_bags_not_culture_vessels(text: str) -> None:
    caps = analyse(text).positives("capabilities")
    assert "single_use_bag" in caps
    assert "culture_vessel" not in caps


def test_culture_bags_without_single_use_stay_culture_vessels() -> None:
    assert "culture_vessel" in analyse("We sell cell culture bags for CAR-T research.").positives("capabilities")


# --- round 9, modalities, stage and scale (issue 15) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We conjugate payloads onto client-supplied monoclonal antibodies under cGMP.", "antibody"),
        ("Transduction uses customer-provided lentiviral vector; we make the T cells.", "viral_vector"),
        ("Lentivectors: bought in from a US supplier.", "viral_vector"),
        ("コンジュゲーションに用いる抗体はお客様からご支給いただいております。", "antibody"),
        ("お客様からの支給品のレンチウイルスベクターを用いて遺伝子導入を行います。", "viral_vector"),
    ],
)
def test_a_modality_the_client_supplies_is_negative(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("modalities")
    assert term not in result.positives("modalities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # the organisation's own making, even beside a client: not supplied to it
        ("We supply clients with GMP monoclonal antibodies made in our Chiba plant.", "antibody"),
        ("お客様向けにレンチウイルスベクターを自社で製造しています。", "viral_vector"),
    ],
)
def test_a_modality_made_for_clients_stays_positive(text: str, term: str) -> None:
    assert term in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "Our lab validates anti-drug antibody and neutralising antibody assays for clinical samples.",
        "Immunogenicity: screening of anti-drug antibodies, plus a cell-based neutralizing antibody assay.",
        "臨床検体の抗薬物抗体測定と中和抗体価の測定を受託しています。",
    ],
)
def test_anti_drug_and_neutralising_antibodies_are_no_modality(text: str) -> None:
    assert "antibody" not in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "We develop PK assays for therapeutic antibodies and bispecifics.",
        "抗体医薬品の薬物濃度測定法を開発しています。",
        # a neutralising antibody developed as a drug
        "We develop broadly neutralising antibodies against RSV; the lead is in Phase 1.",
        "新型ウイルスに対する中和抗体医薬を開発しています。",
    ],
)
def test_an_assay_for_a_therapeutic_antibody_keeps_the_modality(text: str) -> None:
    assert "antibody" in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Our lead antibody completed Phase 1; the Phase 2 study is being prepared.", "phase2"),
        ("The pivotal Phase 3 trial is in preparation in the US.", "phase3"),
        ("第1相試験を終え、現在は第2相試験の準備を進めています。", "phase2"),
        ("リード化合物は前臨床段階にあり、第1相試験の準備中です。", "phase1"),
    ],
)
def test_a_phase_being_prepared_is_no_current_stage(text: str, stage: str) -> None:
    assert stage not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # the current stage beside the one prepared stays
        ("Our lead antibody completed Phase 1; the Phase 2 study is being prepared.", "phase1"),
        ("リード化合物は前臨床段階にあり、第1相試験の準備中です。", "preclinical"),
        # preparing for something else keeps the stage
        ("Our candidate is in Phase 2 and we are preparing the CMC package.", "phase2"),
    ],
)
def test_the_current_stage_beside_a_phase_prepared_stays(text: str, stage: str) -> None:
    assert stage in analyse(text).positives("stages")


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "The programme is at the lead-optimisation stage, and GLP tox studies are planned for 2027 with a CRO.",
            "research",
        ),
        (
            "Our two peptides are now at an early preclinical stage; dosing studies run at a contract CRO.",
            "preclinical",
        ),
    ],
)
def test_a_programme_at_a_stage_is_own_development_beside_a_cro(text: str, stage: str) -> None:
    assert stage in analyse(text).positives("stages")


def test_a_cro_serving_stages_still_names_no_stage_of_its_own() -> None:
    result = analyse("We are a CRO and provide preclinical and Phase 1 services to sponsors.")
    assert not result.positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Nimbus Bio develops a bispecific antibody for asthma. We closed a Series B financing in 2025.",
        "当社は抗体医薬を開発するベンチャーです。シードラウンドで5億円を調達しました。",
        "We are developing an mRNA vaccine and are raising a Series A round.",
    ],
)
def test_a_round_the_company_raises_makes_it_no_investor(text: str) -> None:
    result = analyse(text)
    # the startup's own modality stays, and its round does not make it an investor covering therapeutics
    assert {"antibody", "mrna"} & set(result.positives("modalities"))
    assert "therapeutics" not in result.positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "We invest in antibody and cell therapy companies and lead Series A rounds.",
        "当社はシリーズAラウンドをリードし、抗体医薬のベンチャーに投資します。",
        "当ファンドはシリーズAラウンドを中心に抗体医薬のベンチャーへの投資を実施しています。",
        "We have completed 40 financing rounds as lead investor in antibody companies.",
    ],
)
def test_an_investor_leading_rounds_covers_therapeutics(text: str) -> None:
    assert "therapeutics" in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "Our company researches and develops first-in-class therapeutics for fibrosis.",
        "当社は希少疾患の治療薬を開発しています。",
        "当社は低分子新薬の研究開発型製薬企業です。",
        "A regional pharmaceutical company manufacturing generic and new drugs in Toyama.",
    ],
)
def test_the_generic_word_for_own_products_is_therapeutics(text: str) -> None:
    assert "therapeutics" in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        # a name word, a compound naming a narrower modality, and a service for others' drugs
        "Irmgard Therapeutics runs an antibody discovery platform.",
        "当社はAAV遺伝子治療薬を開発しています。",
        "We support new drugs' CMC filings for our clients.",
        "新薬開発を支援する受託試験機関です。",
    ],
)
def test_therapeutics_not_from_names_compounds_or_services(text: str) -> None:
    assert "therapeutics" not in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Commercial scale: not yet.", "commercial"),
        ("Clinical-grade lots: from Q3 2027.", "clinical"),
        ("Commercial supply is to be moved to our licensee in 2028.", "commercial"),
        ("商用スケール：未定。", "commercial"),
        ("臨床用グレード：2027年から。", "clinical"),
    ],
)
def test_a_scale_whose_value_is_to_come_is_negative(text: str, scale: str) -> None:
    result = analyse(text)
    assert scale in result.negatives("scales")
    assert scale not in result.positives("scales")


def test_manufacturing_to_be_handed_over_is_done_elsewhere_with_no_scale_of_ones_own() -> None:
    # the two round-9 rules meet here: a handing over to come (negation.py) reads the step as done elsewhere,
    # which leaves the scale to the other party (as GMP material made by another), not a scale of one's own
    result = analyse("Commercial manufacturing will be transferred to a partner CDMO after approval.")
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial" not in result.positives("scales")


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Clinical scale: 2019–2024, forty lots supplied.", "clinical"),
        ("Research grade: yes; clinical grade: yes.", "clinical"),
        ("We transferred commercial manufacturing to our own new plant, which runs 12,000 L lines.", "commercial"),
    ],
)
def test_a_scale_field_with_a_current_value_stays(text: str, scale: str) -> None:
    assert scale in analyse(text).positives("scales")


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("第1相試験の開始に向けて、治験薬を製造するCDMOを探しています。", "phase1"),
        ("We are working towards first-in-human studies and need a GMP partner.", "phase1"),
    ],
)
def test_a_phase_headed_for_is_no_current_stage(text: str, stage: str) -> None:
    assert stage not in analyse(text).positives("stages")


def test_a_phase_run_now_towards_another_goal_stays() -> None:
    assert "phase2" in analyse("現在は小児への適応拡大に向けた第2相試験を実施中です。").positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "非臨床パッケージの設計と当局相談の準備をお手伝いするコンサルティング会社です。",
        "Non-clinical: safety pharmacology and GLP toxicology at our Shiga facility.",
        "We offer non-clinical strategy consulting to biotech sponsors.",
    ],
)
def test_a_stage_word_naming_a_kind_of_work_is_no_stage(text: str) -> None:
    assert "preclinical" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "当社のリード化合物は非臨床段階にあります。",
        "Our lead is in preclinical development.",
    ],
)
def test_a_pipeline_at_the_preclinical_stage_keeps_it(text: str) -> None:
    assert "preclinical" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We produce adeno-associated viral vectors for ocular programmes.",
        "Our Kobe suite makes retroviral vectors for ex vivo gene modification.",
        "アデノ随伴ウイルスを用いた遺伝子治療用ベクターを製造しています。",
        "レトロウイルスベクターの受託製造を行っています。",
    ],
)
def test_viral_vectors_in_their_spellings(text: str) -> None:
    assert "viral_vector" in analyse(text).positives("modalities")


def test_a_vector_word_without_a_virus_is_no_viral_vector() -> None:
    assert "viral_vector" not in analyse("We construct plasmid expression vectors for CHO cell lines.").positives(
        "modalities"
    )


@pytest.mark.parametrize(
    ("text", "scales"),
    [
        (
            "当社は核酸原薬を受託製造しています。研究用の数グラムから最大30 kgまでのバッチに対応します。",
            {"research", "clinical"},
        ),
        (
            "We synthesise peptides under contract, from research-grade milligrams up to 500 kg batches.",
            {"research", "commercial"},
        ),
        (
            "We make single-use bags, from 100 mL bags for research labs up to 2,500 L liners.",
            {"research", "clinical", "commercial"},
        ),
    ],
)
def test_a_range_from_a_scale_word_to_a_quantity_covers_the_bands_between(text: str, scales: set[str]) -> None:
    assert scales <= set(analyse(text).positives("scales"))


def test_a_quantity_apart_from_a_scale_word_is_no_range() -> None:
    # the purpose wins over a quantity said in another clause
    result = analyse("Research grade only; our reactors hold 500 L.")
    assert result.positives("scales") == ["research"]


@pytest.mark.parametrize(
    "text",
    [
        "We sell enzymes from research-grade vials to multi-kilogram lots for commercial supply.",
        "研究用グレードから商用生産向けまで供給しています。",
    ],
)
def test_a_range_of_scale_words_with_the_material_named_covers_the_scales_between(text: str) -> None:
    assert {"non_clinical", "clinical"} <= set(analyse(text).positives("scales"))


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Phase 2 lots have been shipped to two sponsors, and our own Phase 1 study is currently enrolling.",
            "phase1",
            "phase2",
        ),
        (
            "Our lead is currently in Phase 2, and GMP lots for Phase 3 are being made for a partner.",
            "phase2",
            "phase3",
        ),
    ],
)
def test_a_stage_qualifying_material_is_none_beside_the_pipelines_own(text: str, kept: str, dropped: str) -> None:
    stages = analyse(text).positives("stages")
    assert kept in stages
    assert dropped not in stages


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We develop stapled peptide drugs; our lead is in Phase 1. GMP peptide is bought from a CDMO.", "peptide"),
        ("抗体医薬を開発しており、リード品は第2相試験中です。抗体原薬の製造はCDMOに委託しています。", "antibody"),
    ],
)
def test_a_pipelines_modality_whose_making_is_handed_over_stays_affirmed(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.positives("modalities")
    assert term not in result.negatives("modalities")


def test_without_a_pipeline_a_modality_bought_in_stays_negated_beside_another() -> None:
    # a vector CDMO that makes AAV and buys lentivirus: no stage of its own, both readings kept
    result = analyse("We make AAV vectors at our Kobe plant. Lentiviral vectors are bought in from a partner.")
    assert "viral_vector" in result.negatives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "研究用の少量から治験薬の製造まで対応しています。",
        "We supply lipids from research-grade packs to multi-kilogram lots for commercial vaccine production.",
    ],
)
def test_a_range_ending_in_a_supply_purpose_covers_the_scales_between(text: str) -> None:
    assert "non_clinical" in analyse(text).positives("scales")


def test_a_scale_and_a_supply_purpose_joined_by_and_are_no_range() -> None:
    assert "non_clinical" not in analyse("We offer research-grade lots and GMP clinical supply.").positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "Our tinnitus app was cleared in Japan in 2025 as software as a medical device.",
        "禁煙支援の治療アプリがプログラム医療機器として承認されました。",
        "We build a DTx for chronic pain; the SaMD is in a pivotal study.",
    ],
)
def test_software_as_a_medical_device_is_digital_health(text: str) -> None:
    assert "digital_health" in analyse(text).positives("modalities")


def test_not_a_drug_company_rules_out_therapeutics() -> None:
    result = analyse("We sell a CE-marked wearable sensor. We are not a drug company and develop no molecules.")
    assert "therapeutics" in result.negatives("modalities")


def test_a_scale_field_dated_in_the_past_stays_current() -> None:
    assert "commercial" in analyse("Commercial supply: 2019 onwards, 40 lots a year.").positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "当社は米国の自社工場（総培養容量45,000L）で抗体医薬品の商用生産を受託しています。",
        "組換えタンパク質の治験薬GMP製造を提供しています。培養規模は20 L〜300 Lです。",
        "We manufacture plasmid DNA for gene therapy developers; the fermentation scale reaches 500 L.",
        "Our campus in Ireland holds 30,000 L of combined bioreactor capacity for commercial antibodies.",
    ],
)
def test_a_culture_capacity_or_scale_is_no_upstream_step(text: str) -> None:
    # wt15a10 (writers 4d and 4f, also set 1): a plant's culture capacity or scale is its size, not the culture step
    result = analyse(text)
    assert "upstream" not in result.positives("capabilities")
    assert "bioreactor" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Antibodies are made in four 2,000 L bioreactors at our plant for clinical trials.",
        "当社の工場では500 Lの培養槽で抗体の治験薬を製造しています。",
    ],
)
def test_culture_vessels_run_at_a_volume_stay_upstream_beside_the_capacity_rule(text: str) -> None:
    assert "upstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は間葉系幹細胞を用いた再生医療等製品を製造しています。患者由来の細胞の培養と凍結保存を院内のCPCで行います。",
        "We manufacture autologous CAR-T cells for clinical trials. Cell culture of the patient's T cells and "
        "cryopreservation take place in our Osaka suite.",
    ],
)
def test_the_culture_of_a_cell_products_own_cells_is_no_upstream_step(text: str) -> None:
    # wt15a10 (writers 1 and 3a, also 2): culturing the product's cells is making the cell product
    assert "upstream" not in analyse(text).positives("capabilities")


def test_a_cell_product_testers_no_cell_culture_is_no_upstream_negation() -> None:
    text = "We run sterility and mycoplasma testing of MSC products for clinics. We do no cell culture ourselves."
    assert "upstream" not in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture CAR-T cells for trials. The lentiviral vector is made in-house by HEK293 cell culture.",
        "We manufacture CAR-T cells for clinical trials. The T cells are expanded in 50 L bioreactors.",
    ],
)
def test_culture_of_a_production_host_or_in_a_vessel_stays_upstream_at_a_cell_product_maker(text: str) -> None:
    assert "upstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("商用製造は第二工場の竣工後の開始となる見通しです。", "commercial_manufacturing"),
        ("治験用ロットの受託は新棟の完成後からの対応です。", "clinical_supply"),
    ],
)
def test_a_step_that_starts_once_a_plant_runs_is_not_current(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Commercial production of the conjugate has passed process validation and is scheduled to begin in 2028.",
        "Commercial supply at 500 L scale is qualified and is expected to commence next year.",
    ],
)
def test_a_planned_start_in_a_second_predicate_governs_the_opening_subject(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


def test_a_second_predicate_planning_a_start_leaves_an_object_current() -> None:
    result = analyse("We offer commercial manufacturing of antibodies and are expected to open a fill line in 2028.")
    assert "commercial_manufacturing" in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "substance"),
    [
        ("We are a Phase 2 oncology venture; production of our clinical trial supplies is outsourced to a CMO.", False),
        ("Our lead is in Phase 1. Manufacture of the investigational drug substance is outsourced.", True),
        ("リード品は第1相試験中です。治験薬の原薬は自社では製造しておりません。", True),
    ],
)
def test_trial_material_made_elsewhere_says_nothing_of_commercial_making(text: str, substance: bool) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.negatives("capabilities")
    assert ("drug_substance" in result.negatives("capabilities")) is substance


@pytest.mark.parametrize(
    "text",
    [
        # (with the clinical material named as what is handed on, set 1's writers rule out clinical supply
        # alone: test_gmp_making_handed_on_with_the_trial_material_named_rules_out_clinical_supply_alone)
        "We make research-grade lots in-house, while GMP production is outsourced to a CMO.",
        "Our CRO does not handle the manufacture of investigational products.",
    ],
)
def test_trial_material_with_own_research_lots_or_no_making_at_all_rules_out_commercial(text: str) -> None:
    assert "commercial_manufacturing" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は宮城県の施設にて、ウイルスの生産培養から精製、原薬、充填までの一貫受託が可能です。",
        "抗体の細胞株構築から商用原薬、無菌充填まで対応します。",
        "We cover everything from cell line development to purification, bulk drug substance and vial filling.",
    ],
)
def test_a_step_range_runs_to_the_last_item_of_a_list_at_its_far_end(text: str) -> None:
    assert "formulation" in analyse(text).positives("capabilities")


def test_a_japanese_list_after_a_step_range_without_made_is_no_range() -> None:
    result = analyse("細胞株構築から原薬、無菌充填を行います。")
    assert "formulation" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We synthesise small-molecule APIs at kilo scale; oral dosage forms are not made here.",
        "Our plant makes GMP API. Tabletting is subcontracted to a partner in Osaka.",
        "低分子原薬を受託製造しています。最終的な剤形への加工は他社に委託しています。",
    ],
)
def test_a_dosage_form_word_names_formulation(text: str) -> None:
    assert "formulation" in analyse(text).negatives("capabilities")


def test_a_step_handled_by_a_sister_site_is_not_ours() -> None:
    result = analyse("We produce the antibody bulk. Vial filling is handled by our German sister plant in Hamburg.")
    assert "fill_finish" in result.negatives("capabilities")


def test_a_plan_in_a_relative_clause_stays_in_it() -> None:
    text = "Analytical development is run jointly with a partner lab, to which release testing will be transferred."
    assert "analytical_development" in analyse(text).positives("capabilities")


def test_a_plan_of_one_numbered_item_stays_in_it() -> None:
    text = "サービス：①細胞株構築、②GMP原薬製造（500 L）、③無菌充填：新棟にて2028年開始予定。"
    result = analyse(text)
    assert "cell_line_development" in result.positives("capabilities")
    assert "fill_finish" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Bioprocess development at 5 L to 30 L; GMP lots for Phase 1 trials are made by a contract partner.",
        "10 Lまでの工程開発を行い、治験薬は委託先のCDMOで製造します。",
    ],
)
def test_volumes_of_a_process_development_clause_give_their_band_beside_a_purpose(text: str) -> None:
    assert "research" in analyse(text).positives("scales")


def test_a_purpose_in_the_clause_of_the_volumes_still_wins() -> None:
    text = "Process development and non-clinical lots at 200 L; GMP lots for Phase 1 are made by a partner."
    assert "clinical" not in analyse(text).positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "Microbial fermentation and purification under GMP; material for Phase 1 through Phase 2.",
        "Peptide API synthesis at 5 kg per batch; material for FIH to Phase 3.",
        "核酸原薬をGMPで製造します。第1相〜第2相試験向け。",
        "ペプチド原薬の合成（GMP）。Phase 1〜Phase 3用。",
    ],
)
def test_material_for_a_range_of_phases_is_clinical_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.positives("capabilities")
    assert not {"phase1", "phase2", "phase3"} & set(result.positives("stages"))


@pytest.mark.parametrize(
    "text",
    ["当社の開発品は第1相〜第2相試験段階です。", "Our lead asset is in Phase 1 through Phase 2 trials now."],
)
def test_a_pipeline_in_phases_is_no_material_for_them(text: str) -> None:
    assert "clinical_supply" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Corvina Biologics makes vaccines in Lyon, France, and holds Japanese marketing approvals. "
        "We have no laboratory or plant in Japan.",
        "当社はドイツ企業の日本子会社です。日本国内には製造拠点や研究所はありません。",
    ],
)
def test_a_country_ruled_out_as_a_site_is_no_site_for_a_bare_mention(text: str) -> None:
    result = analyse(text)
    assert "JP" in result.negatives("sites")
    assert "JP" not in result.positives("sites")


@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("Our Nagoya office, set up in 2018, is a representative office only.", "JP-23"),
        ("The office in Fukuoka handles sales and customer contact only.", "JP-40"),
        ("大阪オフィスは、2019年に開設され、営業窓口のみとなっています。", "JP-27"),
    ],
)
def test_an_office_said_to_be_for_sales_only_across_clauses_is_no_site(text: str, prefecture: str) -> None:
    result = analyse(text)
    assert {"JP", prefecture} <= set(result.negatives("sites"))
    assert not {"JP", prefecture} & set(result.positives("sites"))


def test_an_office_that_runs_labs_stays_a_site() -> None:
    assert "JP-23" in analyse("Our Nagoya office, set up in 2018, runs our labs and sales.").positives("sites")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Testing lab: Kobe. Singapore lab: opening 2028.", "SG"),
        ("We are planning the construction of a plant in Vietnam next year.", "VN"),
        ("Plant: Sendai; a third facility in Fukuoka is being built.", "JP-40"),
        ("本社工場は仙台市です。福岡県に第二工場を建設中です。", "JP-40"),
    ],
)
def test_a_site_still_to_come_is_no_site_yet(text: str, place: str) -> None:
    result = analyse(text)
    assert place in result.negatives("sites")
    assert place not in result.positives("sites")


@pytest.mark.parametrize(
    "text", ["Our Kobe plant will add a second 2,000 L line in 2027.", "神戸工場に第2製造棟を増設中です。"]
)
def test_a_new_line_at_a_running_plant_keeps_the_plant(text: str) -> None:
    assert "JP-28" in analyse(text).positives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "We are seeking a peptide CMO in Japan for our first clinical batches.",
        "Need: a plasmid CDMO in Korea for the GLP tox lots.",
        "第1相用の製造を担っていただける国内のCDMOを探しています。",
    ],
)
def test_a_place_named_for_a_sought_contractor_is_no_site(text: str) -> None:
    assert analyse(text).positives("sites") == []


@pytest.mark.parametrize(
    "text",
    [
        "We are looking for a CDMO for fill-finish; our lab is in Kobe.",
        "研究所は神戸市にあり、充填を担うCDMOを探しています。",
    ],
)
def test_own_site_beside_a_search_for_a_contractor_stays(text: str) -> None:
    assert "JP-28" in analyse(text).positives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "We attach linker-payloads to antibodies in an OEB5 suite under cGMP. The antibody is provided by our clients.",
        "Our chemists couple cytotoxic payloads onto the mAb. We do not produce the antibody itself.",
        "コンジュゲーション工程のGMP製造（抗体投入量は最大500 g）。抗体は顧客から支給を受けます。",
        "当社は抗体へのペイロード結合を行います。抗体そのものは製造しておりません。",
    ],
)
def test_an_antibody_conjugated_to_in_a_text_that_does_not_make_it_is_the_adc(text: str) -> None:
    result = analyse(text)
    assert "adc" in result.positives("modalities")
    assert "antibody" not in result.positives("modalities")


def test_an_antibody_conjugated_to_without_a_statement_against_it_stays() -> None:
    assert "antibody" in analyse("当社は抗体へのペイロード結合を受託しています。").positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "We make and sell approved generic injectables at our Shizuoka plant.",
        "We manufacture and market our approved biosimilars in Japan.",
        "当社は2020年に点眼薬で承認を取得し、富山工場で商用生産するとともに、治験薬の受託製造も行っています。",
    ],
)
def test_an_own_approved_product_in_a_making_or_service_sentence_is_its_stage(text: str) -> None:
    assert "approved" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture approved products for clients.",
        "承認取得済みの顧客製品の商用製造を受託しています。",
        "顧客が承認を取得し、当社が商用製造を受託しています。",
    ],
)
def test_a_clients_approved_product_made_here_is_no_stage(text: str) -> None:
    assert "approved" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "CAR-T細胞療法を開発するベンチャーです。ベクターは提携先から購入しています。",
        "AAV向けプラスミドDNAを製造しています。ベクター自体の製造は行っていません。",
        "We develop autologous CAR-T products. The vector is bought in from a partner.",
        "We develop CAR-T cells for solid tumours; we do not make the vector ourselves.",
    ],
)
def test_a_bare_vector_bought_in_or_not_made_in_a_viral_text_is_the_viral_vector(text: str) -> None:
    assert "viral_vector" in analyse(text).negatives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "抗体を製造しています。発現ベクターは作っていません。",
        "Titre and purity testing of lentiviral vectors for sponsors; we do not manufacture the vectors.",
    ],
)
def test_a_qualified_vector_or_one_the_lab_tests_is_not_negated(text: str) -> None:
    assert "viral_vector" not in analyse(text).negatives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "ラット肝ミクロソームを用いた代謝試験を、探索段階の候補品を対象に製薬企業へ提供しています。",
        "神戸の薬理ラボです。探索段階のスクリーニングを主に担い、GLP試験は手がけていません。",
    ],
)
def test_a_research_stage_that_qualifies_what_a_service_works_on_is_no_stage(text: str) -> None:
    assert "research" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    ["自社の候補化合物は現在探索段階にあります。", "リード最適化段階のプログラムを2本進めています。"],
)
def test_an_own_pipeline_at_the_research_stage_stays(text: str) -> None:
    assert "research" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "サクラ核酸バイオ株式会社は、mRNA医薬の製造を受託しています。",
        "Our RNA Medicines Division synthesises mRNA by in vitro transcription for partners.",
    ],
)
def test_a_nucleic_family_word_beside_mrna_only_is_no_nucleic_acid(text: str) -> None:
    result = analyse(text)
    assert "mrna" in result.positives("modalities")
    assert "nucleic_acid" not in result.positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "サクラ核酸バイオ株式会社は、siRNAとmRNAの製造を受託しています。",
        "mRNAなどの核酸医薬を製造しています。",
        "We develop RNA medicines.",
    ],
)
def test_a_nucleic_acid_named_beside_mrna_stays(text: str) -> None:
    assert "nucleic_acid" in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "体外診断用医薬品と医療機器の承認申請書類の作成を代行しています。",
        "We prepare PMDA submissions for medical device and SaMD makers; no clinical monitoring.",
    ],
)
def test_the_devices_a_filing_consultant_files_for_are_its_clients(text: str) -> None:
    result = analyse(text)
    assert not {"medical_device", "digital_health", "diagnostics"} & set(result.positives("modalities"))


@pytest.mark.parametrize(
    "text",
    [
        "医療機器専門のCROです。治験のモニタリングと薬事申請を支援します。",
        "We develop companion diagnostics. Our team in Tokyo handles regulatory filings with the PMDA.",
    ],
)
def test_a_device_cro_or_an_own_assay_beside_filings_stays(text: str) -> None:
    result = analyse(text)
    assert {"medical_device", "diagnostics"} & set(result.positives("modalities"))


@pytest.mark.parametrize(
    "text",
    [
        "当社はアルミニウム塩アジュバントを製造し、動物用ワクチンの製造会社に販売しています。",
        "油性アジュバントを製造し販売しています。家畜用ワクチン向けの供給はしていません。",
        "We supply GMP-grade adjuvants for early and late clinical vaccine trials.",
    ],
)
def test_the_product_type_a_part_goes_into_is_the_customers(text: str) -> None:
    result = analyse(text)
    assert "adjuvant" in result.positives("capabilities")
    assert "vaccine" not in result.positives("modalities") + result.negatives("modalities")


@pytest.mark.parametrize(
    "text",
    ["当社はワクチンとアジュバントを製造しています。", "We make vaccines and the adjuvants that go into them."],
)
def test_a_part_makers_own_product_type_stays(text: str) -> None:
    assert "vaccine" in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "We are a bioanalytical lab testing siRNA products for potency and purity. We do not manufacture siRNA.",
        "当社はウイルスベクター製品の品質試験を受託しています。ウイルスベクターの製造は行っておりません。",
    ],
)
def test_a_lab_that_tests_a_product_type_it_does_not_make_keeps_it(text: str) -> None:
    result = analyse(text)
    tested = "nucleic_acid" if "siRNA" in text else "viral_vector"
    assert tested in result.positives("modalities")
    assert tested not in result.negatives("modalities")


def test_a_product_type_only_tested_with_and_not_made_stays_negated() -> None:
    text = "当社はMSCを用いた毒性試験を受託しています。MSCの製造は行っておりません。"
    assert "msc" in analyse(text).negatives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "The group withdrew from peptide drug development in 2019 and now focuses on small molecules.",
        "We will exit viral vector contract manufacturing next year and focus on plasmid DNA.",
    ],
)
def test_a_field_left_is_negated(text: str) -> None:
    result = analyse(text)
    left = "peptide" if "peptide" in text else "viral_vector"
    assert left in result.negatives("modalities")
    assert left not in result.positives("modalities")


def test_an_investors_exit_route_is_no_field_left() -> None:
    text = "We invest in antibody ventures at Series A and exit via IPO or M&A."
    assert "antibody" in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai plant manufactures our marketed tablets and the capsules for our own trials.",
        "The firm moved manufacturing of its marketed generics to Kumamoto last year.",
        "当社は静岡工場で自社の承認済み医薬品を製造しています。",
        "静岡工場では当社の承認済み注射剤を商用生産しています。",
        "承認済みの注射剤は、自社工場で製造しています。",
    ],
)
def test_own_marketed_products_made_are_the_approved_stage(text: str) -> None:
    assert "approved" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We package marketed tablets for pharma clients at our Sendai plant.",
        "承認済み製品の包装を製薬会社から受託しています。",
    ],
)
def test_a_contract_makers_marketed_products_are_no_stage(text: str) -> None:
    assert "approved" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Our assay laboratory in Sendai runs potency testing. No manufacturing is done in Japan.",
        "当社は神戸市の研究所で細胞加工を行っています。国内でベクター製造は行っていません。",
        "仙台市の分析センターで品質試験を行っております。国内に製造拠点はございません。",
    ],
)
def test_a_named_facility_keeps_the_country_beside_a_narrower_no(text: str) -> None:
    result = analyse(text)
    assert "JP" in result.positives("sites")
    assert "JP" not in result.negatives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "No site in Japan; our team visits Tokyo twice a year.",
        "当社は国内に施設を持ちません。東京窓口で連絡を受け付けます。",
        "We have no plant in Japan; our Tokyo sales office handles orders.",
    ],
)
def test_a_desk_or_a_visit_beside_no_site_keeps_the_country_out(text: str) -> None:
    result = analyse(text)
    assert "JP" in result.negatives("sites")
    assert "JP" not in result.positives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "大阪市に第1相試験専用ユニット（40床）を持ち、健康成人での試験を行います。",
        "札幌の第I相専用病棟30床（初回ヒト投与試験、食事影響試験）。",
    ],
)
def test_a_phase_unit_is_a_facility_not_a_stage(text: str) -> None:
    assert not {"phase1", "phase2"} & set(analyse(text).positives("stages"))


def test_a_pipeline_phase_beside_no_unit_stays() -> None:
    assert "phase1" in analyse("当社のリード品は第1相試験の段階にあります。").positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "We are searching for a contract manufacturer to make GMP batches of our antibody for a first study.",
        "Need: a GMP cell-processing CRO for our autologous product.",
        "第1相試験用のGMP製造を引き受けてくれる製造委託先を探しています。",
    ],
)
def test_gmp_named_for_a_sought_contractor_is_handed_over(text: str) -> None:
    result = analyse(text)
    assert "gmp" in result.negatives("compliance")
    assert "gmp" not in result.positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "We make plasmid DNA under GMP, and we are looking for a CDMO for vial filling.",
        "プラスミドはGMPで自社製造しており、充填を担うCDMOを探しています。",
    ],
)
def test_own_gmp_before_a_search_for_a_contractor_stays(text: str) -> None:
    assert "gmp" in analyse(text).positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "Looking for: a CDMO for GMP antibody drug substance and vial filling for our Phase 1 study.",
        "Seeking: partners for GMP peptide manufacture and formulation of clinical lots.",
        "求む：治験用のGMP抗体原薬製造と充填を担うCDMO。",
        "求めるもの：GMPでのペプチド原薬製造の委託先（第1相試験用）",
    ],
)
def test_a_search_headed_by_its_label_is_no_offer(text: str) -> None:
    result = analyse(text)
    assert not {"clinical_supply", "drug_substance", "fill_finish", "formulation"} & set(
        result.positives("capabilities")
    )
    assert "gmp" not in result.positives("compliance")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Q: Vial filling? A: No, our partner does it.", "fill_finish"),
        (
            "Antibody drug substance up to 2,000 L. Lyophilisation? Not offered, we refer clients to a partner.",
            "formulation",
        ),
        ("質問：無菌充填は。回答：行っておりません。", "fill_finish"),
        ("Q：凍結乾燥製剤の製造は可能ですか。A：対応しておりません。", "formulation"),
    ],
)
def test_a_question_answered_no_is_no_offer(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Q: Do you work to GMP? A: Not yet; our plant is being qualified.",
        "質問：GMP対応は。回答：現在は対応しておりません。",
    ],
)
def test_gmp_asked_and_answered_no_is_negative(text: str) -> None:
    result = analyse(text)
    assert "gmp" in result.negatives("compliance")
    assert "gmp" not in result.positives("compliance")


@pytest.mark.parametrize(
    "text",
    ["Q: Vial filling? A: Yes, on an isolator line.", "質問：無菌充填は。回答：はい、アイソレーターで対応可能です。"],
)
def test_a_question_answered_yes_stays_an_offer(text: str) -> None:
    assert "fill_finish" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our consultants run GMP audits of contract manufacturers on behalf of sponsors.",
        "We also offer mock GMP inspections before a PMDA visit.",
        "当社はGMP適合性調査に向けた準備支援を提供しています。",
        "GCTP査察に向けた模擬監査を実施します。",
    ],
)
def test_gmp_an_audit_service_checks_is_no_gmp_of_its_own(text: str) -> None:
    assert "gmp" not in analyse(text).positives("compliance")


@pytest.mark.parametrize(
    "text",
    ["Our Osaka plant passed a GMP inspection by the PMDA last year.", "当工場はGMP適合性調査に適合しています。"],
)
def test_a_gmp_inspection_passed_stays_gmp(text: str) -> None:
    assert "gmp" in analyse(text).positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "Our lab measures encapsulation efficiency of siRNA nanoparticles.",
        "Assays offered: zeta potential, encapsulation, polydispersity.",
    ],
)
def test_encapsulation_measured_is_no_formulation(text: str) -> None:
    assert "formulation" not in analyse(text).positives("capabilities")


def test_encapsulation_done_stays_formulation() -> None:
    assert "formulation" in analyse("We encapsulate client siRNA in lipid nanoparticles.").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    ["当社の細胞製剤は再生医療等製品として承認されています。", "主力品：他家iPS（人工多能性幹細胞）製剤の開発。"],
)
def test_a_cell_product_called_seizai_is_no_formulation(text: str) -> None:
    assert "formulation" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our QC lab runs lot release testing, including sterility, endotoxin and identity characterisation.",
        "細胞製品の無菌試験、エンドトキシン試験、特性解析などの出荷試験を受託しています。",
    ],
)
def test_characterisation_among_release_tests_is_quality_control(text: str) -> None:
    capabilities = analyse(text).positives("capabilities")
    assert "quality_control" in capabilities
    assert "analytical_development" not in capabilities


@pytest.mark.parametrize(
    "text",
    [
        "We offer analytical method development, characterisation and lot release testing.",
        "分析法開発、特性解析、出荷試験を受託しています。",
    ],
)
def test_characterisation_beside_method_development_stays_analytics(text: str) -> None:
    assert "analytical_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture GMP antibody drug substance for clients' clinical studies.",
        "The plant produces viral vectors under GMP for sponsors' gene therapy trials.",
        "The hospital's cell processing centre makes CAR-T cells for the hospital's own investigator-led trials.",
    ],
)
def test_material_made_for_someones_trials_is_clinical_supply(text: str) -> None:
    assert "clinical_supply" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We supply plasmid DNA used in the production of lentiviral vectors.",
        "Our Kobe plant makes enzymes used in the manufacture of mRNA.",
        "レンチウイルスベクターの製造に用いるプラスミドを販売しています。",
        "抗体の生産に使われる宿主細胞株を提供しています。",
    ],
)
def test_a_substance_a_supplied_material_is_used_to_make_is_the_customers(text: str) -> None:
    assert "drug_substance" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text", ["We manufacture lentiviral vectors.", "当社はレンチウイルスベクターを製造しています。"]
)
def test_a_substance_made_stays_drug_substance(text: str) -> None:
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "細胞治療製品の治験製品を受託製造しています。プラスミドは当社では製造しておらず、外部から購入しています。",
        "抗体医薬の原薬を受託製造しています。\n・培地：他社製品を使用（自社製造なし）",
    ],
)
def test_a_thing_not_made_in_house_is_that_things_alone(text: str) -> None:
    result = analyse(text)
    assert not {"drug_substance", "clinical_supply", "commercial_manufacturing"} & set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "治験薬の製造をお願いするCMOを選定中です。",
        "募集：第I相試験用の治験薬を製造できる受託製造企業",
        "Seeking: a contract manufacturer able to make our first-in-human clinical batches.",
    ],
)
def test_a_contractor_being_chosen_or_wanted_takes_the_trial_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社の治験薬は、国内の受託製造会社に生産を委託しています。",
        "治験用の細胞製品の製造は連携先の企業に委ねています。",
    ],
)
def test_trial_material_handed_to_a_party_by_a_japanese_word_order(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は静岡県の工場で抗体原薬を商用生産しています。海外での製造は今後も行いません。",
        "当社は静岡県の工場で抗体原薬を商用生産しています。国外製造拠点は持っていません。",
    ],
)
def test_making_ruled_out_in_a_region_is_not_making_ruled_out(text: str) -> None:
    result = analyse(text)
    assert not {"drug_substance", "commercial_manufacturing"} & set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Services: cell line development, USP, DSP and GMP DS for early trials.", "positive"),
        ("We fill vials only; DS is made by a partner CMO.", "negative"),
    ],
)
def test_ds_is_the_drug_substance_step(text: str, polarity: str) -> None:
    result = analyse(text)
    found = result.positives("capabilities") if polarity == "positive" else result.negatives("capabilities")
    assert "drug_substance" in found


@pytest.mark.parametrize(
    "text",
    [
        "培養用のシングルユースバッグを製造販売しています。抗体原薬の受託製造は行っていません。",
        "We sell chromatography resins. We do not manufacture drug substance for clients.",
    ],
)
def test_drug_substance_not_done_says_nothing_of_clinical_or_commercial_supply(text: str) -> None:
    result = analyse(text)
    assert "drug_substance" in result.negatives("capabilities")
    assert not {"clinical_supply", "commercial_manufacturing"} & set(result.negatives("capabilities"))


def test_drug_substance_bought_in_still_rules_out_the_supply() -> None:
    result = analyse("当社は創薬ベンチャーです。原薬は海外の受託製造会社から購入しています。")
    assert {"clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Q3: Do you offer aseptic filling? A3: No. Q4: Where is your plant? A4: Osaka.", "fill_finish"),
        ("Commercial supply? Not at present — our largest line is 500 L.", "commercial_manufacturing"),
        ("問：原薬の製造は。答：対応しておりません。", "drug_substance"),
    ],
)
def test_a_question_answered_no_denies_the_step_it_names(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


def test_a_question_answered_yes_keeps_the_step() -> None:
    assert "fill_finish" in analyse("Q: Do you offer aseptic filling? A: Yes, vials and syringes.").positives(
        "capabilities"
    )


def test_clients_referred_to_a_partner_for_trial_lots_is_supply_elsewhere() -> None:
    result = analyse(
        "We make research-grade protein; sponsors who need clinical batches are introduced to a partner CMO."
    )
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text", ["薬物動態試験専門の受託機関です。", "毒性試験は対応外で、in vitro薬効試験のみ受託しています。"]
)
def test_one_kind_of_study_named_as_the_only_one_rules_out_no_making(text: str) -> None:
    negatives = set(analyse(text).negatives("capabilities"))
    assert not {"drug_substance", "clinical_supply", "commercial_manufacturing"} & negatives


@pytest.mark.parametrize("text", ["当社は試験のみを行う機関です。", "品質試験専門のラボです。"])
def test_testing_alone_still_rules_out_making(text: str) -> None:
    assert "drug_substance" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Sakura Biologics, in Shizuoka, discovers and markets enzyme therapies.",
        "株式会社サンプルバイオ（静岡市）は、ワクチンの出荷試験と安定性試験を受託している。",
    ],
)
def test_release_testing_and_marketing_as_a_verb_do_not_hide_a_site(text: str) -> None:
    result = analyse(text)
    assert {"JP", "JP-22"} <= set(result.positives("sites"))


@pytest.mark.parametrize("text", ["We serve markets in Shizuoka and Kyoto.", "静岡県への出荷のみ対応しています。"])
def test_a_market_or_shipping_destination_is_still_no_site(text: str) -> None:
    assert not analyse(text).positives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "Our QC laboratory in Sendai tests lots for customers; there is no production in Japan.",
        "仙台市の品質試験ラボでロットの試験を行っており、国内での製造は行っておりません。",
    ],
)
def test_a_facility_beside_a_ruling_out_in_another_clause_is_still_a_site(text: str) -> None:
    assert {"JP", "JP-04"} <= set(analyse(text).positives("sites"))


def test_a_facility_ruled_out_in_its_own_clause_is_no_site() -> None:
    result = analyse("There is no laboratory in Sendai.")
    assert "JP-04" not in result.positives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "株式会社サンプルファーマ（静岡市）は、抗体医薬の新工場を2029年に建設する計画だ。",
        "回答：商用生産：Planned（2029年予定） 拠点：静岡県静岡市",
    ],
)
def test_the_organisations_stated_location_is_a_site_whatever_else_the_sentence_rules_out(text: str) -> None:
    result = analyse(text)
    assert {"JP", "JP-22"} <= set(result.positives("sites"))
    assert "JP" not in result.negatives("sites")


@pytest.mark.parametrize(
    "text",
    [
        "Protein A purification in house; aseptic filling via an affiliated company in Kyushu.",
        "Syringe filling → partner plant in Gunma.",
        "Our DS is shipped to Kobe, where vial filling is arranged through a group company.",
        "無菌充填→提携先の工場（群馬）",
    ],
)
def test_a_step_pointed_at_another_party_without_a_verb_is_handed_over(text: str) -> None:
    result = analyse(text)
    assert "fill_finish" in result.negatives("capabilities")
    assert "fill_finish" not in result.positives("capabilities")


def test_a_step_pointed_at_the_organisations_own_plant_stays_its_own() -> None:
    assert "fill_finish" in analyse("Aseptic filling → our own plant in Gunma.").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "From next year a contract manufacturer in Ireland takes over our commercial production.",
        "Our process makes Phase 1-2 lots; we transfer it to contract manufacturers for commercial supply.",
        "当社は治験薬を製造しています。上市後の商用生産はインドのCMOが引き継ぎます。",
    ],
)
def test_commercial_work_taken_over_by_another_party_is_not_ours(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


def test_taking_over_work_from_another_party_keeps_it_and_its_product() -> None:
    result = analyse("We take over commercial antibody production from partners who close their plants.")
    assert "commercial_manufacturing" in result.positives("capabilities")
    assert "antibody" in result.positives("modalities")


def test_a_product_whose_making_a_partner_takes_over_stays_a_product_type() -> None:
    result = analyse("A Korean CDMO will take over commercial-scale antibody production for us.")
    assert "antibody" in result.positives("modalities")
    assert "commercial_manufacturing" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make antibody drug substance at our Chiba plant for our marketed products. Our new mRNA vaccine is in "
        "Phase 1; its drug substance is produced by a partner CDMO.",
        "当社は千葉工場で抗体原薬を製造し、上市品を供給しています。開発中のsiRNA医薬品の原薬は海外のパートナーに委託しています。",
    ],
)
def test_a_step_handed_on_for_one_product_type_stays_the_makers_own(text: str) -> None:
    result = analyse(text)
    assert "drug_substance" in result.positives("capabilities")
    assert "drug_substance" not in result.negatives("capabilities")


def test_a_step_denied_for_one_product_type_keeps_its_negation() -> None:
    result = analyse(
        "We make antibody drug substance in Chiba. We do not manufacture mRNA drug substance; partners do."
    )
    assert "drug_substance" in result.negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Viral vector CDMO, GMP. Plants: Leiden (clinical GMP, 100–1,000 L).", "clinical_supply"),
        ("Peptide API maker under GMP. Plants: Yokkaichi (clinical, 20 kg/batch).", "clinical_supply"),
        ("当社は抗体原薬をGMPで受託製造します。静岡県富士市（500 L×3基、臨床用）。", "clinical_supply"),
        ("当社は抗体原薬をGMPで受託製造します。工場：兵庫県姫路市（12,000 L、商用）。", "commercial_manufacturing"),
        ("再生医療等製品の原薬をGMP下で受託製造しております。臨床用と商用のいずれにも対応します。", "clinical_supply"),
    ],
)
def test_a_gmp_makers_site_tagged_with_a_purpose_is_that_supply(text: str, term: str) -> None:
    assert term in analyse(text).positives("capabilities")


def test_a_purpose_named_as_a_scale_gives_no_step() -> None:
    result = analyse("当社は抗体原薬をGMPで受託製造します。対応スケールは臨床用から商用まで（500〜8,000 L）。")
    assert "clinical" in result.positives("scales")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Virology lab in Sendai: GMP viral clearance studies using scaled-down chromatography and filtration steps.",
        "当社は仙台市の試験施設で、ウイルスクリアランス試験（クロマトグラフィー工程のスケールダウンモデル）をGMP下で受託しています。",
    ],
)
def test_purification_a_clearance_study_models_is_no_step_of_the_lab(text: str) -> None:
    assert "downstream" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Kobe plant produces 100 L campaigns for GLP toxicology and first-in-human material; it serves clients.",
        "We serve biotech clients with plasmid lots supplied for toxicology studies and early trials.",
    ],
)
def test_studies_made_material_is_for_are_no_studies_of_a_maker_serving_clients(text: str) -> None:
    result = analyse(text)
    assert "nonclinical_studies" not in result.positives("capabilities")
    assert "non_clinical" in result.positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "Microbial and mammalian CDMO in Sapporo. Offer: CLD, USP/DSP development and GMP drug substance.",
        "受託範囲：CLD（HEK293）、USP／DSPの工程開発、GMP原薬製造。拠点は札幌市。",
    ],
)
def test_the_abbreviated_bioprocess_steps_are_read(text: str) -> None:
    positives = set(analyse(text).positives("capabilities"))
    assert {"cell_line_development", "upstream", "downstream"} <= positives


def test_usp_alone_is_the_pharmacopoeia_not_upstream() -> None:
    assert "upstream" not in analyse("Sterility and endotoxin tests to USP and EP methods.").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Oligonucleotide API maker in Shizuoka: GMP synthesis, chromatography purification, lyophilisation.",
        "ペプチド原薬のGMP製造（静岡県）。合成、精製、凍結乾燥まで自社で行います。",
    ],
)
def test_drying_a_substance_maker_does_is_no_formulation(text: str) -> None:
    positives = set(analyse(text).positives("capabilities"))
    assert "drug_substance" in positives
    assert "formulation" not in positives


def test_a_substance_maker_that_formulates_keeps_its_lyophilised_product() -> None:
    text = "We make antibody drug substance under GMP and develop lyophilised formulations in Kobe."
    assert "formulation" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社の培地は研究用グレードのみで、医薬品生産用のグレードは販売していません。",
        "当社の緩衝液は研究専用です。製造用途での使用はできません。",
        "Our culture media are sold for research only and are not intended for manufacturing use.",
    ],
)
def test_a_grade_not_for_manufacturing_use_says_nothing_of_own_making(text: str) -> None:
    negatives = set(analyse(text).negatives("capabilities"))
    assert not negatives & {"drug_substance", "clinical_supply", "commercial_manufacturing"}


def test_a_supplier_that_does_no_manufacturing_still_negates_the_steps() -> None:
    text = "当社は培地の販売のみを行い、医薬品の製造は行っていません。"
    assert "drug_substance" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make GMP-grade cationic lipids and PEG-lipids in Chiba, from 10 g packs to multi-kilogram lots.",
        "We produce cap analogue reagents for mRNA at kilogram scale at our Shiga plant.",
    ],
)
def test_kilograms_of_parts_made_are_no_drug_substance(text: str) -> None:
    assert "drug_substance" not in analyse(text).positives("capabilities")


def test_kilograms_of_an_oligo_makers_product_stay_drug_substance() -> None:
    text = "We synthesise antisense oligonucleotides under GMP, from milligram to multi-kilogram lots, in Toyama."
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "The hospital's cell processing unit produces CAR-T cells under GMP for investigator-initiated trials.",
        "当社の間葉系幹細胞製品は、医師主導治験（第1相）を県立病院で完了し、第2相の準備を進めています。",
    ],
)
def test_investigator_initiated_trials_named_are_no_trial_operations(text: str) -> None:
    assert "clinical_trials" not in analyse(text).positives("capabilities")


def test_investigator_initiated_trials_the_maker_runs_are_trial_operations() -> None:
    text = "Our centre makes GMP MSC products for investigator-initiated trials that the hospital sponsors and runs."
    assert {"clinical_trials", "clinical_supply"} <= set(analyse(text).positives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "Revenue of our non-clinical segment grew by 12% last year.",
        "Preclinical samples and clinical samples are analysed by LC-MS/MS in Chiba.",
        "IND-enabling tox in rodents and dogs at our Kobe facility.",
        "売上高の半分は非臨床セグメントによるものです。",
        "神戸の施設で非臨床・臨床検体の濃度測定を行います。",
    ],
)
def test_a_stage_word_naming_a_business_or_samples_is_no_stage(text: str) -> None:
    assert analyse(text).positives("stages") == []


@pytest.mark.parametrize(
    "text",
    [
        "A logistics firm in Chiba offering temperature-logged containers for the transport of gene therapies.",
        "Insulated cases for the shipment of peptides, vaccines and cell therapies, from a depot in Osaka.",
        "Glassware distributor in Kobe, selling petri dishes and roller bottles to vaccine producers.",
    ],
)
def test_a_product_kind_a_supplier_carries_or_sells_to_is_the_customers(text: str) -> None:
    assert analyse(text).positives("modalities") == []


@pytest.mark.parametrize(
    "text",
    [
        "We license our CHO host cells to biopharma companies under research and commercial terms.",
        "独自に樹立した高発現の宿主細胞株を製薬企業にライセンス供与しています。",
    ],
)
def test_a_cell_line_licensed_to_customers_is_no_licence_out(text: str) -> None:
    assert "licence_out" not in analyse(text).positives("funding_stages")


def test_an_asset_licensed_out_stays_licence_out() -> None:
    text = "Our lead antisense programme was licensed to a European pharma company in 2025."
    assert "licence_out" in analyse(text).positives("funding_stages")


@pytest.mark.parametrize(
    "text",
    [
        "We are a gene therapy venture spun out of Kobe University, now raising our seed round.",
        "A Sapporo University spin-out developing peptide vaccines for allergy.",
        "当社は神戸大学発の遺伝子治療ベンチャーで、シードラウンドの調達中です。",
        "札幌発のペプチドワクチン開発スタートアップです。",
    ],
)
def test_the_university_a_venture_comes_from_is_no_site(text: str) -> None:
    assert analyse(text).positives("sites") == []


def test_a_site_named_beside_the_origin_stays() -> None:
    text = "神戸大学発のベンチャーで、研究所は神戸市にあります。"
    assert "JP-28" in analyse(text).positives("sites")


def test_an_antibody_joined_with_its_payload_is_the_conjugate_made() -> None:
    text = "当社は抗体とペイロードを結合する工程をGMPで受託します。抗体そのものは顧客から支給を受けます。"
    positives = set(analyse(text).positives("modalities"))
    assert "antibody" not in positives
    assert "adc" in positives


# --- issue 15, round 15: clinical manufacture handed to a partner says nothing of the clinical scale -----------


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai lab makes research and toxicology batches of peptide conjugates. We have no GMP plant, "
        "so material for the Phase 1 study is made by a contract manufacturer.",
        "仙台のラボでペプチド複合体の研究用・毒性試験用ロットを製造しています。GMP設備はないため、第1相試験に使う原薬の製造はCMOに委託しています。",
    ],
)
def test_a_maker_without_a_gmp_plant_still_rules_the_clinical_scale_out(text: str) -> None:
    assert "clinical" in _scales(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "当社は培養用の酵素とバッファーを製造販売しています。当社製品は研究用途に限られ、医薬品製造向けの品質保証は行っておりません。",
        "当社の製品はいずれも研究用のみです。",
    ],
)
def test_the_companys_products_limited_to_research_use_are_sold_ones(text: str) -> None:
    assert _scales(text) == ({"research"}, {"non_clinical", "clinical", "commercial"})


@pytest.mark.parametrize(
    "text",
    [
        "Structural biology core in Nara offering crystallography to companies. "
        "Research use only: no GLP or GMP studies.",
        "Peptide library services in Kobe — research use only: no GMP batches.",
    ],
)
def test_research_use_only_as_a_field_label_is_affirmed_before_its_negated_value(text: str) -> None:
    assert _scales(text) == ({"research"}, {"non_clinical", "clinical", "commercial"})


@pytest.mark.parametrize(
    "text",
    [
        "体外診断薬に特化した受託機関です。性能評価試験・治験、申請資料の作成代行に対応します。",
        "再生医療分野のCROとして、治験（多施設共同）から承認取得まで伴走支援します。",
    ],
)
def test_bare_trials_listed_as_service_work_are_trial_operations(text: str) -> None:
    positive = {f.term for f in analyse(text).facets if f.section == "capabilities" and f.polarity == "positive"}
    assert "clinical_trials" in positive


def test_own_trial_and_trial_material_are_not_trial_operations() -> None:
    for text in ("自社の治験から承認申請まで進めます。", "治験用ロットの製造を受託します。"):
        facets = analyse(text).facets
        assert not any(f.term == "clinical_trials" and f.polarity == "positive" for f in facets)


@pytest.mark.parametrize(
    "text",
    [
        "Our team runs trials in Vietnam and Malaysia. "
        "Source data verification in Japan is handled by an alliance CRO.",
        "The firm manages Phase 3 studies at 25 centres across Scandinavia.",
        "A regional CRO that conducts multicentre trials for vaccine sponsors.",
    ],
)
def test_trials_named_as_the_work_done_are_trial_operations(text: str) -> None:
    caps = {(f.term, f.polarity) for f in analyse(text).facets if f.section == "capabilities"}
    assert ("clinical_trials", "positive") in caps
    assert ("clinical_trials", "negative") not in caps


def test_trials_run_by_someone_else_are_not_trial_operations() -> None:
    caps = {(f.term, f.polarity) for f in analyse("Our trials are run by a partner CRO.").facets}
    assert ("clinical_trials", "positive") not in caps


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai lab analyses peptide drug substance and lyophilised drug product for impurities and potency.",
        "抗体の原薬と製剤を対象とした出荷試験と安定性試験を受託しています。",
    ],
)
def test_products_named_as_what_a_lab_tests_are_not_its_steps(text: str) -> None:
    caps = {(f.term, f.polarity) for f in analyse(text).facets if f.section == "capabilities"}
    assert ("formulation", "positive") not in caps
    assert ("drug_substance", "positive") not in caps


@pytest.mark.parametrize(
    "text",
    [
        "The Kobe lab offers analytical testing of plasmid DNA: supercoiled content and residual host RNA.",
        "Oligonucleotide synthesis, desalting and analytical release for each batch.",
    ],
)
def test_testing_or_release_called_analytical_is_quality_control(text: str) -> None:
    caps = {(f.term, f.polarity) for f in analyse(text).facets if f.section == "capabilities"}
    assert ("quality_control", "positive") in caps


@pytest.mark.parametrize(
    "text",
    [
        "Our Sapporo team handles bioanalysis only and does not provide clinical monitoring.",
        "Clinical monitoring is not something we offer.",
    ],
)
def test_clinical_before_a_negated_study_service_is_its_field_not_a_grade(text: str) -> None:
    caps = {(f.term, f.polarity) for f in analyse(text).facets if f.section == "capabilities"}
    assert ("clinical_trials", "negative") in caps


def test_negated_clinical_grade_material_still_negates_the_grade_only() -> None:
    caps = {(f.term, f.polarity) for f in analyse("We do not supply clinical-grade enzymes.").facets}
    assert ("enzyme", "negative") not in caps


@pytest.mark.parametrize(
    "text",
    [
        "当社のリコンビナントプロテアーゼは全製品が研究用試薬です。製造は群馬県の自社工場で行います。",
        "枯草菌で組換えタンパク質を受託生産（〜500 L）。診断・試薬用途に限ります。",
    ],
)
def test_reagent_as_the_use_or_grade_of_another_product_is_no_reagent_line(text: str) -> None:
    caps = {(f.term, f.polarity) for f in analyse(text).facets if f.section == "capabilities"}
    assert ("reagent", "positive") not in caps


def test_research_reagents_made_and_sold_are_a_reagent_line() -> None:
    caps = {(f.term, f.polarity) for f in analyse("研究用試薬（緩衝液・染色液）を製造販売しています。").facets}
    assert ("reagent", "positive") in caps


# --- issue 15, round 16: services ruled out --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hakone Polymers sells tubing sets to cell therapy makers and does not provide contract filling or testing "
        "services.",
        "Regulatory writing from Sapporo. Site audits and laboratory testing: not available.",
        "We write CMC dossiers for biotech clients; we never test samples ourselves.",
        "当社は規制当局対応の助言を行うコンサルティング会社で、分析の試験業務は行っていない。",
    ],
)
def test_testing_ruled_out_in_a_list_by_the_verb_or_as_a_field_negates_quality_control(text: str) -> None:
    result = analyse(text)
    assert "quality_control" in result.negatives("capabilities")
    assert "quality_control" not in result.positives("capabilities")


def test_toxicity_testing_not_done_is_no_quality_control_ruled_out() -> None:
    assert "quality_control" not in analyse("We do not perform toxicity testing in house.").negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Nagoya start-up with an oral GLP-1 agonist. Our Phase 2 study is managed by a partner CRO in Seoul.",
        "We develop a nasal vaccine in Sendai; the trial is run by a contract research organisation.",
        "Q: Clinical services? A: Not available. Q: GLP? A: Yes, all tox studies.",
    ],
)
def test_trials_handed_to_others_or_a_clinical_field_with_no_value_negate_trial_operations(text: str) -> None:
    result = analyse(text)
    assert "clinical_trials" in result.negatives("capabilities")
    assert "clinical_trials" not in result.positives("capabilities")


def test_studies_of_no_named_kind_run_by_partners_are_no_trials_ruled_out() -> None:
    result = analyse("Our pharmacology studies are run by partner labs in Osaka.")
    assert "clinical_trials" not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Peptide APIs are made in Toyama; freeze-drying and vial filling are done by our sister plant in Kochi.",
        "当社は核酸原薬を製造しています。凍結乾燥品のバイアル充填は提携先に委託しています。",
    ],
)
def test_drying_handed_over_with_the_filling_is_fill_finish_not_formulation_ruled_out(text: str) -> None:
    result = analyse(text)
    assert "fill_finish" in result.negatives("capabilities")
    assert "formulation" not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Yeast expression CDMO in Iwate with 5,000 L fermenters. We do not offer mammalian cell culture.",
        "Bacterial fermentation up to 2,000 L at our Shiga plant. Insect cell culture is outside our scope.",
    ],
)
def test_a_step_ruled_out_for_one_kind_of_host_yields_to_the_step_done_for_another(text: str) -> None:
    result = analyse(text)
    assert "upstream" in result.positives("capabilities")
    assert "upstream" not in result.negatives("capabilities")


def test_a_step_ruled_out_for_one_kind_of_host_alone_stays_negative() -> None:
    assert "upstream" in analyse("We only purify. Mammalian cell culture is not offered.").negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai team writes statistical analysis plans; we do not provide clinical monitoring.",
        "The lab runs PK assays but does not offer clinical monitoring or site visits.",
    ],
)
def test_clinical_before_trial_work_is_no_grade_and_its_negation_stands(text: str) -> None:
    assert "clinical_trials" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Kyoto lab makes research lots of the siRNA; clinical batches for the first-in-human study are "
        "manufactured by a partner CMO.",
        "We run process development at bench scale. Clinical trial material for our lead asset was produced by "
        "a contract manufacturer.",
        "We are looking for a CDMO to make GMP clinical lots of our lead antibody.",
        "研究用の少量ロットは社内で作っています。治験薬の製造を受託してくれるCDMOを探しています。",
        "プロセス開発は研究スケールで行っています。治験用の製剤は提携先のCMOで製造されています。",
    ],
)
def test_clinical_lots_handed_to_another_party_state_no_clinical_scale(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical" not in result.negatives("scales")
    assert "clinical" not in result.positives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "Our Kyoto lab makes research lots of the siRNA; we do not make clinical batches, which are manufactured "
        "by a partner CMO.",
        "研究用ロットは作っていますが、治験薬の製造は行っておらず、提携先のCMOで製造しています。",
    ],
)
def test_clinical_lots_ruled_out_before_naming_who_makes_them_keep_the_clinical_scale_negative(text: str) -> None:
    assert "clinical" in analyse(text).negatives("scales")


@pytest.mark.parametrize(
    "text",
    [
        "当社はイオン交換膜とウイルス除去膜を製造しています。バイオ医薬品の精製用途で各社に納入しています。",
        "株式会社サンプル膜工業 取扱品：中空糸膜モジュール。用途：組換えタンパク質の精製工程、ウイルス除去。",
        "Hollow-fibre membrane modules made in Gifu.\nApplications: downstream purification and viral clearance.",
    ],
)
def test_a_step_named_as_the_use_of_what_is_supplied_is_no_step_of_the_supplier(text: str) -> None:
    assert "downstream" not in analyse(text).positives("capabilities")


def test_a_step_done_beside_a_use_named_stays_the_makers_own() -> None:
    text = "当社は抗体を培養・精製し、GMP原薬を製造しています。用途に応じてスケールを選べます。"
    assert "downstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Menu for peptide clients: process dev and GMP API lots at our Toyama plant.",
        "We take microbial projects from strain work through process dev to GMP batches.",
    ],
)
def test_process_development_is_read_in_its_short_form(text: str) -> None:
    assert "process_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make our own products, enzymes and buffers, at up to 20 L. They are for research use only.",
        "Our own products are reagents made at up to 20 L; all are research use only.",
    ],
)
def test_the_companys_products_limited_to_research_use_are_sold_ones_in_english(text: str) -> None:
    assert "research" in _scales(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Kitakami Bio, Morioka. Pipeline: KB-3 in research, KB-5 preclinical.",
        "株式会社ミナト創薬（横浜市）。パイプライン：探索3品目、非臨床1品目。",
    ],
)
def test_a_pipeline_named_is_a_cue_for_the_research_stage(text: str) -> None:
    assert "research" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Clinical pharmacology in Sendai: first-in-human, SAD/MAD and food-effect studies under GCP.",
        "Until our new ward opens, FIH studies are referred to an alliance unit in Nagoya.",
        "健康成人でのFIH試験、食事影響試験に対応する臨床薬理施設を札幌に有しています。",
        "小児領域のFIH試験の実績があります。",
    ],
)
def test_first_in_human_named_as_a_kind_of_study_is_no_stage(text: str) -> None:
    assert "phase1" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "KX-4: first-in-human study started in Japan, first patient dosed.",
        "リード品のFIH試験を2025年に開始しました。",
    ],
)
def test_a_first_in_human_study_under_way_is_still_phase1(text: str) -> None:
    assert "phase1" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Hokuriku Trials KK | Ph2–3 clinical operations, site start-up, medical writing; GCP.",
        "・第II相〜第III相試験のモニタリング\n・治験事務局の代行",
    ],
)
def test_phases_naming_trial_operations_are_no_stages(text: str) -> None:
    result = analyse(text)
    assert not {"phase2", "phase3"} & set(result.positives("stages"))


@pytest.mark.parametrize(
    "text",
    [
        "Chemistry team of 40 in Kumamoto: hit-to-lead and lead optimisation on an FTE basis, non-GMP only.",
        "Medicinal chemistry for biotechs — HTS triage, hit-to-lead, scaffold hopping.",
    ],
)
def test_discovery_steps_named_as_chemistry_work_are_no_research_stage(text: str) -> None:
    assert "research" not in analyse(text).positives("stages")


def test_a_programme_at_lead_optimisation_stays_research_beside_chemistry_work() -> None:
    text = "Our chemistry group in Sendai: two compounds at lead optimisation."
    assert "research" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Cytokines — pre-clinical grade, Toyama lab",
        "鳥取の施設で、前臨床用グレードの抗体をお届けします。",
    ],
)
def test_a_stage_naming_the_grade_or_use_of_material_is_no_stage(text: str) -> None:
    assert "preclinical" not in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "投資先：抗体・細胞治療のバイオベンチャー（前臨床〜第II相）。シリーズA／Bに出資。",
        "協業を希望：核酸医薬の開発企業（第1相のパイプライン保有）。",
    ],
)
def test_companies_described_by_a_stage_in_brackets_are_others_stages(text: str) -> None:
    result = analyse(text)
    assert not {"preclinical", "phase1", "phase2"} & set(result.positives("stages"))


@pytest.mark.parametrize(
    "text",
    [
        "Mizuho Neuro's lead antisense candidate entered a Phase 2 study in 2024.",
        "Our clinical team initiated the Phase 1 trial of the lead in 2025.",
    ],
)
def test_a_past_entry_into_a_phase_with_its_year_is_the_stage_reached(text: str) -> None:
    stages = analyse(text).positives("stages")
    assert {"phase1", "phase2"} & set(stages)


def test_an_entry_into_a_phase_to_come_with_its_year_stays_planned() -> None:
    assert "phase2" not in analyse("Our lead antisense candidate will enter Phase 2 in 2028.").positives("stages")


def test_a_stage_with_a_note_of_studies_outsourced_stays_the_stage() -> None:
    result = analyse("現在の段階：前臨床（安全性試験は外部委託）")
    assert "preclinical" in result.positives("stages")
    assert "preclinical" not in result.negatives("stages")


def test_a_stage_word_handed_to_a_partner_is_work_not_a_negated_stage() -> None:
    assert "preclinical" not in analyse("非臨床は提携先に委託しています。").negatives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Retina programmes: RX-7 Ph1/2 (EU), RX-9 discovery stage.",
        "主力品はフェーズ1/2試験を国内で実施中です。",
    ],
)
def test_a_combined_phase_after_a_programme_code_or_in_katakana_is_both_phases(text: str) -> None:
    stages = analyse(text).positives("stages")
    assert {"phase1", "phase2"} <= set(stages)


@pytest.mark.parametrize(
    "text",
    [
        "Our own programme MX-3 is at lead opt, with in vivo PoC expected next year.",
        "Licensable university seeds: one antiviral series at lead stage.",
    ],
)
def test_lead_opt_and_lead_stage_are_the_research_stage(text: str) -> None:
    assert "research" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "弊社はペプチドの研究用合成のみで、GMP製造は実施しておらず、治験薬の製造は協力先のCMOへ技術移管しています。",
        "We make research-grade peptides only; GMP manufacturing is not done here, and for investigational drug "
        "supply we transfer the process to a partner CMO.",
    ],
)
def test_gmp_making_handed_on_with_the_trial_material_named_rules_out_clinical_supply_alone(text: str) -> None:
    negatives = analyse(text).negatives("capabilities")
    assert "clinical_supply" in negatives
    assert "commercial_manufacturing" not in negatives


def test_gmp_making_handed_on_without_trial_material_named_rules_out_both_gmp_steps() -> None:
    negatives = analyse(
        "Research-grade peptides only; GMP manufacturing is handed to a partner CMO via technology transfer."
    ).negatives("capabilities")
    assert {"clinical_supply", "commercial_manufacturing"} <= set(negatives)


@pytest.mark.parametrize(
    "text",
    [
        "Our Toyama plant makes the commercial drug substance of our approved antibodies. For vaccines, which are "
        "still at research stage, no manufacturing is done.",
        "当社は岐阜工場で承認済み酵素製剤の商用原薬を生産しています。核酸医薬は研究段階で、製造設備は持っていません。",
    ],
)
def test_making_denied_in_general_words_beside_a_drug_made_rules_out_no_generic_step(text: str) -> None:
    result = analyse(text)
    assert not {"drug_substance", "clinical_supply", "commercial_manufacturing"} & set(result.negatives("capabilities"))
    assert "commercial_manufacturing" in result.positives("capabilities")


def test_making_denied_in_general_words_by_a_parts_supplier_still_rules_out_the_generic_steps() -> None:
    negatives = analyse(
        "We make single-use bags and tubing sets in Tochigi. We do not manufacture any medicines."
    ).negatives("capabilities")
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(negatives)


@pytest.mark.parametrize(
    "text",
    [
        "当社は希少疾患の核酸医薬を開発しています。原薬は海外のCDMOから調達しています。",
        "We develop antisense medicines for rare diseases. Our drug substance is bought from a CDMO in Europe.",
    ],
)
def test_drug_substance_alone_from_others_says_nothing_of_clinical_or_commercial_supply(text: str) -> None:
    negatives = analyse(text).negatives("capabilities")
    assert "drug_substance" in negatives
    assert not {"clinical_supply", "commercial_manufacturing"} & set(negatives)


def test_drug_substance_and_drug_product_from_others_is_no_manufacturing() -> None:
    negatives = analyse(
        "We develop antisense medicines. Drug substance and drug product are bought from a CDMO in Europe."
    ).negatives("capabilities")
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(negatives)


@pytest.mark.parametrize(
    "text",
    [
        "We synthesise research-grade oligonucleotides. We do not make GMP drug substance.",
        "細胞株構築を受託しています。GMP原薬は製造しておりません。",
    ],
)
def test_a_negated_gmp_drug_substance_rules_out_the_drug_substance(text: str) -> None:
    result = analyse(text)
    assert "drug_substance" in result.negatives("capabilities")
    assert "drug_substance" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社の候補品の商用生産は、ライセンス先の製薬会社が担います。",
        "候補品は導出済みで、商用生産は導出先の企業が担当しています。",
        "Commercial production of the candidate will be handled by our licensee.",
    ],
)
def test_a_step_taken_on_by_a_licensee_is_handed_over(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make Protein A resins in Ube. Depth filters are manufactured by a partner in Germany and we resell them.",
        "当社はProtein A樹脂を自社工場で製造しています。デプスフィルターは自社製造しておらず、他社のOEM品です。",
        "Protein A樹脂を製造しています。除去フィルターは海外メーカー品を販売しています（自社製造ではありません）。",
    ],
)
def test_a_part_made_elsewhere_rules_out_that_part_not_the_making_of_drugs(text: str) -> None:
    negatives = analyse(text).negatives("capabilities")
    assert "filter" in negatives
    assert not {"drug_substance", "clinical_supply", "commercial_manufacturing"} & set(negatives)


@pytest.mark.parametrize(
    "text",
    [
        "当社は治験のモニタリングを受託しています。治験薬の保管・管理も受託しています。",
        "当社は治験薬の品質試験を受託しています。",
        "We monitor studies for sponsors. Investigational drug storage at 2-8 °C is also part of our service.",
    ],
)
def test_trial_material_stored_or_tested_is_no_clinical_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" not in result.positives("capabilities")
    assert "clinical_supply" not in result.negatives("capabilities")


def test_trial_material_made_beside_its_storage_keeps_the_step() -> None:
    result = analyse("当社はSMOです。治験薬の保管は受託しますが、治験薬の製造は行いません。")
    assert "clinical_supply" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Kobe lab runs GMP sterility and adventitious agent testing of master cell banks for biologics makers.",
        "Our Gunma lab offers adventitious virus testing for vaccines and cell banks under GMP.",
        "受託試験機関です。お客様のセルバンクの品質試験をGMPで行います。",
    ],
)
def test_cell_banks_a_lab_tests_are_no_cell_line_it_supplies(text: str) -> None:
    assert "cell_line" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は新規抗体の創製を自社ラボで行い、非臨床段階の候補を2品目有しています。",
        "自社創製品の第2相試験を国内で実施中です。製剤の商用生産は外部に委託しています。",
        "Our oncology programmes span target discovery to Phase 2, run from our lab in Kobe.",
    ],
)
def test_drugs_created_in_house_and_target_discovery_are_drug_discovery(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Services: cGMP antibody drug substance for Phase 1/2 clinical trials; process development in Kobe.",
        "Sendai Cell Works expands autologous NK cell therapies for academic clinical trials in Tohoku.",
    ],
)
def test_trials_named_as_what_made_material_is_for_are_no_trial_operations(text: str) -> None:
    assert "clinical_trials" not in analyse(text).positives("capabilities")


def test_trials_the_maker_also_runs_stay_trial_operations() -> None:
    text = "The hospital's cell center makes CAR-T products for clinical trials that the hospital sponsors and runs."
    assert "clinical_trials" in analyse(text).positives("capabilities")


def test_trials_named_as_the_source_of_samples_in_one_word_are_no_service() -> None:
    text = "LC-MS/MSによる薬物濃度測定を受託しています。臨床試験検体と非臨床試験検体の両方に対応します。"
    positives = analyse(text).positives("capabilities")
    assert "clinical_trials" not in positives
    assert "nonclinical_studies" not in positives


def test_a_clinical_operations_office_is_a_place_not_a_trial_service() -> None:
    text = (
        "Hinode Oncology develops small-molecule kinase inhibitors in Kobe and keeps a clinical-operations "
        "office in Boston."
    )
    assert "clinical_trials" not in analyse(text).positives("capabilities")


def test_clinical_operations_offered_by_an_office_stay_a_trial_service() -> None:
    text = "Our Tokyo office provides clinical operations for Phase 1-3 oncology trials."
    assert "clinical_trials" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "大阪府吹田市のラボで、創薬化学の受託サービスを製薬企業に提供しています。",
        "メディシナルケミストリーのFTE契約に対応します。拠点は京都府です。",
        "当研究室は低分子阻害薬の構造活性相関研究を企業と共同で進めています。",
    ],
)
def test_medicinal_chemistry_named_in_japanese_is_drug_discovery(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は核酸医薬を開発するベンチャーです。リード品は非臨床段階、後続品は探索研究段階にあります。",
        "抗体医薬の後続プログラムは、いずれも探索研究のステージです。本社は東京都文京区です。",
    ],
)
def test_a_programme_at_the_exploratory_research_stage_is_no_drug_discovery_service(text: str) -> None:
    assert "drug_discovery" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We test biologics lots under GMP in Sakai. Development and qualification of cell-based potency assays is "
        "offered as well.",
        "Our Nagoya lab runs GMP release testing of plasmid lots; the test methods are developed and validated "
        "in-house.",
        "The development of the analytical method for each client product is also carried out by our company.",
    ],
)
def test_method_development_named_as_a_noun_or_in_the_passive_is_analytical_development(text: str) -> None:
    assert "analytical_development" in analyse(text).positives("capabilities")


def test_development_of_manufacturing_methods_is_no_analytical_development() -> None:
    text = "We focus on the development of new purification methods for antibody fragments in Kyoto."
    assert "analytical_development" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "受託合成サービス：中間体のスケールアップ合成（最大5 kg）。拠点は静岡県です。",
        "Our Tsukuba lab makes research peptides; scale-up to kilogram lots is referred to a partner.",
        "Hokuto Bio announced the scale-up of its GMP mRNA production in Sapporo.",
        "Our single-use mixers come in every size, so customers can scale up without changing supplier.",
    ],
)
def test_scale_up_that_names_no_development_work_is_no_process_development(text: str) -> None:
    result = analyse(text)
    assert "process_development" not in result.positives("capabilities")
    assert "process_development" not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "培養条件の最適化と50 Lまでのスケールアップ検討を受託しています。",
        "We offer route scouting, process research and scale-up for small-molecule APIs.",
    ],
)
def test_a_scale_up_study_stays_process_development(text: str) -> None:
    assert "process_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("当社は抗体医薬を開発しています。臨床試験は導出先の製薬企業が実施します。", "clinical_trials"),
        ("当社は核酸医薬の創薬ベンチャーです。商用生産はライセンス先が担当します。", "commercial_manufacturing"),
        ("We develop antibodies in Kobe. Clinical trials are run by our licensee.", "clinical_trials"),
    ],
)
def test_work_the_licensee_takes_on_is_handed_over(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Sakura Trials is a full-service clinical CRO for oncology, with offices in Osaka and Seoul.",
        "当社は福岡市の臨床CROです。日本と台湾で第2相試験の運営を受託しています。",
    ],
)
def test_a_clinical_cro_by_its_kind_runs_trials(text: str) -> None:
    assert "clinical_trials" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We are a non-clinical CRO in Shiga: GLP toxicology in rodents and dogs.",
        "当社は非臨床CROで、GLP毒性試験を行っています。",
        "We develop an mRNA vaccine in Kobe; our Phase 1 study is run through a clinical CRO.",
    ],
)
def test_a_non_clinical_cro_or_a_cro_hired_runs_no_trials(text: str) -> None:
    assert "clinical_trials" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "【開発品】承認品目：2品目／臨床開発中：第II相 3プロジェクト。本社は大阪府大阪市です。",
        "助成課題：希少疾患に対する核酸医薬の臨床開発準備。実施機関は京都府のベンチャーです。",
    ],
)
def test_a_pipeline_in_clinical_development_runs_no_trial_service(text: str) -> None:
    assert "clinical_trials" not in analyse(text).positives("capabilities")


def test_clinical_development_support_stays_a_trial_service() -> None:
    text = "臨床開発支援：第I相〜第III相試験のモニタリングを受託しています。"
    assert "clinical_trials" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We run a 40-bed Phase 1 unit in Sapporo under GCP. Bioanalysis of the PK samples is subcontracted to a "
        "partner lab.",
        "第1相試験専用施設（60床）を大阪市に有しています。生体試料中の薬物濃度測定は提携先の分析機関に委託しています。",
    ],
)
def test_bioanalysis_handed_over_rules_out_no_analytical_development(text: str) -> None:
    assert "analytical_development" not in analyse(text).negatives("capabilities")


def test_method_development_handed_over_is_still_ruled_out() -> None:
    text = "We are a virtual biotech. Analytical method development is contracted to a CRO in Osaka."
    assert "analytical_development" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Nagoya lab offers siRNA-LNP characterisation: particle size, encapsulation and lipid assays.",
        "当社は千葉県の分析ラボで、mRNA-LNPの特性解析を受託しています。",
        "We invest in Seed rounds of startups working on mRNA/LNP delivery. Office: Tokyo.",
        "Sterile filler in Sendai: aseptic vial filling of mAb and mRNA-LNP products under GMP.",
    ],
)
def test_an_lnp_product_analysed_funded_or_filled_is_no_formulation(text: str) -> None:
    assert "formulation" not in analyse(text).positives("capabilities")


def test_an_lnp_product_made_stays_formulation() -> None:
    text = "We make research-grade mRNA-LNP in Kyoto, from 1 mg to 500 mg per batch."
    assert "formulation" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sapporo lab offers custom research peptides, with HPLC purification and lyophilisation.",
        "Custom oligonucleotides for research: synthesis, purification (ion exchange), lyophilisation. Lab: Sendai.",
        "組換え酵素の受託発酵を静岡県で行っています。精製（アフィニティー）、凍結乾燥にも対応します。",
    ],
)
def test_drying_after_purification_is_no_formulation(text: str) -> None:
    assert "formulation" not in analyse(text).positives("capabilities")


def test_a_lyophilised_formulation_stays_formulation() -> None:
    text = "Kobe lab: antibody purification, lyophilisation cycle development and lyophilised formulations."
    assert "formulation" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make GMP peptide APIs in Kobe. Formulation is referred to a sister company in Nara.",
        "Offering: GMP antibody DS, Kobe plant. Fill-finish: referred to partner CMO.",
        "Offering: GMP antibody DS, Kobe plant. Formulation: done via a partner CMO.",
    ],
)
def test_a_step_referred_to_another_party_is_negative(text: str) -> None:
    result = analyse(text)
    step = "fill_finish" if "Fill-finish" in text else "formulation"
    assert step in result.negatives("capabilities")
    assert step not in result.positives("capabilities")


def test_bioreactors_listed_beside_other_parts_are_products_not_culture() -> None:
    text = (
        "Culture systems — glass and single-use stirred-tank bioreactors, 5 L to 1,000 L; inline DO sensors; "
        "bag mixers. Factory: Nagano."
    )
    result = analyse(text)
    assert "upstream" not in result.positives("capabilities")
    assert "bioreactor" in result.positives("capabilities")


def test_bioreactors_of_a_drug_maker_stay_culture() -> None:
    text = (
        "We run 500 L and 2,000 L bioreactors in Kobe for GMP antibody drug substance. Single-use sensors are "
        "bought in."
    )
    assert "upstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Our Fukuoka team monitors Phase 1 and 2 studies of gene therapy products for sponsors under GCP.",
            "gene_therapy",
        ),
        ("当社は抗体医薬の第II相試験のモニタリングと治験運営を受託するCROです（本社：札幌市）。", "antibody"),
    ],
)
def test_a_trial_cro_keeps_the_product_types_it_trials(text: str, modality: str) -> None:
    assert modality in analyse(text).positives("modalities")


def test_a_filing_consultant_still_files_for_its_clients_products() -> None:
    text = "We prepare IND and CTD Module 3 dossiers for gene therapy products; we run no laboratory."
    assert "gene_therapy" not in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture monoclonal antibodies in Gunma. We do not couple payloads onto antibodies.",
        "Oligonucleotide CDMO in Shizuoka. Antibody-payload conjugation is not available.",
        "当社は群馬県で抗体原薬を製造しています。抗体との結合工程（ADC化）は行っていません。",
    ],
)
def test_conjugation_onto_antibodies_ruled_out_is_no_adc(text: str) -> None:
    analysis = analyse(text)
    assert "adc" in analysis.negatives("modalities")
    assert "antibody" not in analysis.negatives("modalities")


def test_an_antibody_the_client_supplies_for_conjugation_stays_ruled_out() -> None:
    text = "We conjugate linker-payloads in Yamaguchi; we do not make the antibodies, which the client supplies."
    assert "antibody" in analyse(text).negatives("modalities")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("当社はiPS細胞用無血清培地を製造・販売しています（静岡県）。", "ips"),
        ("ワクチン用アジュバントを千葉県の工場で製造しています。", "vaccine"),
        ("iPS細胞の培養に用いる多層フラスコを製造しています。", "ips"),
        ("We manufacture TLR-agonist vaccine adjuvants at our Shimane plant.", "vaccine"),
        ("Offering: animal-free MSC media and buffers, made in Gunma.", "msc"),
    ],
)
def test_a_part_named_for_a_modality_is_not_the_suppliers_product(text: str, modality: str) -> None:
    assert modality not in analyse(text).positives("modalities")


def test_a_product_type_after_the_use_keeps_it() -> None:
    text = "遺伝子治療用のAAVベクターとプラスミドを受託製造しています（兵庫県）。"
    analysis = analyse(text)
    assert "gene_therapy" in analysis.positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "Investment memo, draft. Target: a siRNA CDMO in Niigata making GMP drug substance for Phase 1 clients.",
        "投資検討メモ：対象は新潟市の核酸CDMOで、治験薬の原薬を製造している。",
        "We develop an allogeneic NK cell therapy in Sendai (Phase 1). Seeking: a Series B lead investor.",
        "当社は仙台市でNK細胞療法を開発しています。ベンチャーキャピタルからシリーズAで出資を受けています。",
        "The board approved a new investment to expand our antisense synthesis plant in Niigata.",
    ],
)
def test_others_investing_in_the_organisation_makes_no_investor(text: str) -> None:
    assert "therapeutics" not in analyse(text).positives("modalities")


def test_a_fund_still_invests_in_its_sectors() -> None:
    text = "Our fund invests in siRNA and cell therapy ventures at Series A."
    assert "therapeutics" in analyse(text).positives("modalities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は組換えタンパク質の受託発現を行っています。提供する試薬は研究用のみ、臨床向けのGMP製造はしておりません。",
        "当社はペプチドの受託合成を行っています。納品物は研究目的での使用に限定しており、GMP製造には対応しておりません。",
        "We express recombinant proteins under contract. Research use only; we do not manufacture under GMP.",
    ],
)
def test_research_use_only_beside_a_negated_clause_rules_out_the_other_scales(text: str) -> None:
    result = analyse(text)
    assert "research" in result.positives("scales")
    assert {"non_clinical", "clinical", "commercial"} <= set(result.negatives("scales"))


@pytest.mark.parametrize(
    "text",
    [
        "Our Nagoya lab expresses research-grade protein in-house, while GMP production of Phase 1 lots is performed "
        "by a partner CMO.",
        "We purify research batches of antibody fragments in-house, but GMP production for our first-in-human study "
        "will be undertaken by a partner CDMO.",
    ],
)
def test_clinical_making_done_by_another_party_in_its_own_clause_states_no_clinical_scale(text: str) -> None:
    result = analyse(text)
    assert "clinical" not in result.negatives("scales")
    assert "research" in result.positives("scales")
    assert "clinical_supply" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Kobe Cardio Pharma is a mid-sized drug company. Our portfolio covers early discovery research through "
        "Phase 2, in cardiology.",
        "Mirai Biologics, Sapporo: the pipeline spans target discovery to Phase 2, with two antibody programmes.",
    ],
)
def test_a_pipeline_spanning_discovery_to_a_phase_states_every_stage_between(text: str) -> None:
    assert {"research", "preclinical", "phase1", "phase2"} <= set(analyse(text).positives("stages"))


@pytest.mark.parametrize(
    "text",
    [
        "Our lead antibody completed Phase 1 last year and is now in Phase 2 in Europe.",
        "リード品は2024年に第1相試験を終え、現在は第2相試験を実施中です。",
    ],
)
def test_a_phase_finished_before_the_phase_a_programme_is_now_in_is_no_stage(text: str) -> None:
    assert sorted(analyse(text).positives("stages")) == ["phase2"]


def test_a_phase_finished_with_the_next_only_planned_stays_the_stage() -> None:
    text = "リード品は第1相試験を完了し、第2相は2027年に開始予定です。"
    assert "phase1" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Hanamizuki Pharma, Nagoya, has launched its oral antiviral small molecule in Japan and Korea.",
        "Aozora Biotech announced the launch of an antibody for migraine in the US market this week.",
    ],
)
def test_a_product_kind_the_organisation_launched_is_approved(text: str) -> None:
    assert "approved" in analyse(text).positives("stages")


@pytest.mark.parametrize(
    "text",
    [
        "Our chemists run hit expansion and in vitro ADME for clients. GLP toxicology is handled by a partner CRO.",
        "創薬化学と代謝安定性の評価を受託しています。GLP毒性試験は実施していません。",
    ],
)
def test_in_vitro_screens_beside_safety_studies_ruled_out_are_no_studies(text: str) -> None:
    analysis = analyse(text)
    assert "nonclinical_studies" not in analysis.positives("capabilities")
    assert "nonclinical_studies" in analysis.negatives("capabilities")


def test_in_vitro_screens_beside_in_vivo_pharmacology_handed_over_stay_studies() -> None:
    text = "We run in vitro ADME in our own lab. In vivo pharmacology is done by a sister company."
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Animal toxicology studies are out of our scope.",
        "Clinical monitoring offered. Not offering: toxicology studies.",
    ],
)
def test_studies_said_out_of_our_scope_or_not_offered_are_negative(text: str) -> None:
    analysis = analyse(text)
    assert "nonclinical_studies" in analysis.negatives("capabilities")
    assert "nonclinical_studies" not in analysis.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Hanabi Biologics, Osaka: GMP antibody drug substance in 2,000 L bioreactors, clinical & commercial.",
        "Our Nagoya site fills vials under GMP for both clinical-trial and commercial products.",
        "Plant in Sapporo: 3 x 1,000 L SUB, GMP, clinical + commercial supply.",
    ],
)
def test_clinical_and_commercial_coordinated_by_a_sign_are_both_purposes(text: str) -> None:
    positives = analyse(text).positives("capabilities")
    assert {"clinical_supply", "commercial_manufacturing"} <= set(positives)


def test_clinical_and_commercial_coordinated_under_a_negation_are_both_negative() -> None:
    negatives = analyse("We do not make clinical or commercial GMP lots.").negatives("capabilities")
    assert {"clinical_supply", "commercial_manufacturing"} <= set(negatives)


@pytest.mark.parametrize(
    "text",
    [
        "Kasumi Pharma K.K. markets two approved insulin analogues in Japan; commercial supply is manufactured at "
        "the parent company's plant in Denmark.",
        "Kasumi Pharma K.K. markets two approved insulin analogues; their commercial production is made by our "
        "parent company in Denmark.",
        "Commercial manufacturing for our marketed vaccines is done by parent companies in Europe and the US.",
    ],
)
def test_commercial_making_placed_with_a_parent_company_is_not_the_organisations(text: str) -> None:
    analysis = analyse(text)
    assert "commercial_manufacturing" not in analysis.positives("capabilities")
    assert "commercial_manufacturing" in analysis.negatives("capabilities")


def test_a_step_entrusted_to_a_contract_manufacturer_is_not_done_in_house() -> None:
    text = "Kiri Pharma develops oral small molecules for epilepsy. Commercial production is entrusted to a CMO."
    analysis = analyse(text)
    assert "commercial_manufacturing" not in analysis.positives("capabilities")
    assert "commercial_manufacturing" in analysis.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Tsubaki Bioassay runs GMP potency and identity assays for antibody sponsors. We do not produce antibodies.",
        "Our Sendai laboratory does GMP stability testing of oligonucleotide drugs; we don't synthesise them.",
    ],
)
def test_a_testing_lab_that_says_it_produces_no_product_makes_no_drug(text: str) -> None:
    negatives = set(analyse(text).negatives("capabilities"))
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= negatives


def test_a_grade_a_supplier_does_not_produce_rules_out_no_manufacturing_step() -> None:
    text = "Kobe Plasmid Lab ships research-grade plasmid within a week. We do not produce GMP plasmid."
    negatives = set(analyse(text).negatives("capabilities"))
    assert not {"drug_substance", "clinical_supply", "commercial_manufacturing"} & negatives


@pytest.mark.parametrize(
    "text",
    [
        "Mizuho Discovery offers hit finding and in vitro ADME; GMP manufacture is not in our scope.",
        "Services — in scope -> GLP toxicology, regulatory writing. Out of scope -> GMP manufacturing.",
        "We write CMC dossiers. Out of scope \u2192 GMP production (our partners take it on).",
    ],
)
def test_gmp_manufacture_put_out_of_scope_rules_out_clinical_and_commercial_supply(text: str) -> None:
    negatives = set(analyse(text).negatives("capabilities"))
    assert {"clinical_supply", "commercial_manufacturing"} <= negatives


def test_no_manufacturing_at_another_partys_plant_is_no_place_of_the_organisations() -> None:
    text = (
        "Sakura Pharma K.K. sells approved antibodies in Japan; all manufacturing is done at the parent company's "
        "plants in Switzerland."
    )
    negatives = set(analyse(text).negatives("capabilities"))
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= negatives


@pytest.mark.parametrize(
    "text",
    [
        "Mizubasho Protein Lab (Sendai) produces recombinant enzymes in E. coli for reagent buyers, "
        "at 1-10 L. Research use only; we do no GMP manufacturing.",
        "We produce antibodies by transient expression for research customers. "
        "Research use only. No GMP manufacturing.",
        "株式会社ナギサ合成（静岡県）は、探索段階のペプチドの合成受託を行っています。"
        "研究用の合成のみを受託しており、GMP製造には対応していません。",
    ],
)
def test_a_maker_of_research_material_without_gmp_making_makes_no_drug_substance(text: str) -> None:
    assert "drug_substance" not in analyse(text).positives("capabilities")


def test_research_making_beside_a_named_drug_substance_keeps_it() -> None:
    text = "当社は研究用の抗体を受託生産しています。GMP製造は行っていませんが、非臨床試験用の原薬も供給します。"
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Separation media maker. Purification Products: affinity resins and ion-exchange media.",
        "イオン交換樹脂のメーカーです。ワクチン精製用として、小型カラムから大型の工程用樹脂まで販売しています。",
    ],
)
def test_purification_named_as_a_parts_use_is_no_purification_step(text: str) -> None:
    assert "downstream" not in analyse(text).positives("capabilities")


def test_purification_a_cdmo_runs_stays_a_step() -> None:
    text = "当社は抗体の培養と精製をGMP下で受託しています。"
    assert "downstream" in analyse(text).positives("capabilities")


def test_the_bioprocess_steps_written_in_katakana_are_read() -> None:
    text = (
        "当社はセル・ライン・ディベロップメントに加え、アップストリームとダウンストリームの工程開発、"
        "ドラッグ・サブスタンスのGMP製造を受託しています。"
    )
    positives = set(analyse(text).positives("capabilities"))
    assert {"cell_line_development", "upstream", "downstream", "drug_substance"} <= positives


def test_a_katakana_step_handed_to_a_partner_is_negated() -> None:
    text = "抗体の原薬製造を受託しています。セルラインデベロップメントは提携先に委託しています。"
    assert "cell_line_development" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "CDMO for live biotherapeutic products: strain banking, anaerobic fermentation up to 300 L, freeze-drying "
        "and capsules for Phase 1 supply.",
        "We develop live biotherapeutic products for IBD; our lab isolates human gut strains and banks them in-house.",
    ],
)
def test_a_live_biotherapeutic_makers_banked_strains_are_no_cell_line_development(text: str) -> None:
    assert "cell_line_development" not in analyse(text).positives("capabilities")


def test_an_expression_strain_built_for_a_protein_stays_cell_line_development() -> None:
    text = "We construct yeast expression strains and make recombinant enzymes under GMP."
    assert "cell_line_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai plant fills monoclonal antibodies into 10R vials and syringes under GMP for marketed products.",
        "Aseptic filling of vials and cartridges for biotech clients, from Phase 1 to commercial supply.",
        "岡山工場では抗体医薬品をバイアルに無菌充填し、商用製品として出荷しています。",
        "岡山工場では抗体医薬品のバイアル充填を受託しています。",
    ],
)
def test_a_vial_a_filler_fills_is_no_vial_line(text: str) -> None:
    found = analyse(text).positives("capabilities")
    assert "fill_finish" in found
    assert "vial" not in found


@pytest.mark.parametrize(
    "text",
    [
        "We manufacture borosilicate glass vials for aseptic filling lines.",
        "医薬品用のガラスバイアルを製造・販売しています。",
    ],
)
def test_a_vial_maker_keeps_its_vials(text: str) -> None:
    assert "vial" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "閉鎖系の培養バッグと多層フラスコを製造・販売しています。",
        "We sell closed-system cell culture bags and multilayer flasks.",
    ],
)
def test_a_culture_bag_is_a_culture_vessel_not_a_single_use_bag(text: str) -> None:
    found = analyse(text).positives("capabilities")
    assert "culture_vessel" in found
    assert "single_use_bag" not in found


def test_a_single_use_culture_bag_stays_a_single_use_bag() -> None:
    text = "シングルユースの培養バッグを自社工場で製造しています。"
    assert "single_use_bag" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Gifu plant makes film-coated tablets of the company's own generics for the Japanese market.",
        "三重工場では自社の降圧薬の錠剤を製造しています。",
        "静岡工場で経口固形製剤を年間5億錠生産しています。",
    ],
)
def test_making_tablets_or_oral_solids_is_formulation(text: str) -> None:
    assert "formulation" in analyse(text).positives("capabilities")


def test_tablets_made_by_a_partner_are_formulation_handed_on() -> None:
    text = "We run discovery chemistry in Kyoto; our tablets are produced by a contract manufacturer in Osaka."
    assert "formulation" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "研究用の抗体を小スケールで製造し、その品質評価も社内で行っています。",
        "合成したペプチドは品質確認のためにHPLCで分析しています。",
        "再生医療等製品のウイルス安全性試験を受託しています。",
    ],
)
def test_a_products_quality_assessed_in_japanese_is_quality_control(text: str) -> None:
    assert "quality_control" in analyse(text).positives("capabilities")


def test_a_method_for_assessing_quality_is_no_quality_control() -> None:
    text = "当社は遺伝子治療製品の品質評価法を大学と共同で研究しています。"
    assert "quality_control" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We advise on CMC strategy from Osaka; the tests and the production are not performed by us.",
        "当社は薬事コンサルティング専業で、試験検査・製造は一切行っていません。",
    ],
)
def test_tests_said_not_done_beside_the_making_are_no_quality_control(text: str) -> None:
    assert "quality_control" in analyse(text).negatives("capabilities")


def test_gmp_testing_not_done_leaves_quality_control_silent() -> None:
    text = "Our core lab characterises antibodies for academic users; GMP testing is not conducted here."
    assert "quality_control" not in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Sterile drug product filling is done at our Nagoya site for clinical lots.", "positive"),
        ("We make the antibody in Chiba; drug-product fill-finish is subcontracted to a partner CMO.", "negative"),
    ],
)
def test_drug_product_before_a_fill_step_names_the_filling_not_formulation(text: str, polarity: str) -> None:
    result = analyse(text)
    found = result.positives("capabilities") if polarity == "positive" else result.negatives("capabilities")
    assert "fill_finish" in found
    assert "formulation" not in result.positives("capabilities") + result.negatives("capabilities")


def test_a_step_handed_to_a_named_sister_company_is_negative() -> None:
    text = "当社は抗体原薬を製造しています。無菌充填は姉妹会社の北見ファーマ株式会社が行っています。"
    result = analyse(text)
    assert "fill_finish" in result.negatives("capabilities")
    assert "drug_substance" in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sapporo plant makes an alum adjuvant and supplies it to vaccine makers in Asia.",
        "We sell a squalene emulsion adjuvant to vaccine developers.",
    ],
)
def test_a_single_adjuvant_named_in_the_singular_is_the_adjuvant_part(text: str) -> None:
    assert "adjuvant" in analyse(text).positives("capabilities")


def test_an_adjuvant_a_vaccine_maker_formulates_with_is_no_adjuvant_line() -> None:
    text = "We manufacture subunit vaccine antigens in Kobe, and we do the formulation with an alum adjuvant."
    result = analyse(text)
    assert "formulation" in result.positives("capabilities")
    assert "adjuvant" not in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "Kestrel Bio develops peptide drugs for obesity.\nSeeking:\n- A partner for GMP fill-finish\n"
            "- Formulation development for our lead\nOffice: Kobe",
            ("fill_finish", "formulation"),
        ),
        (
            "当社は核酸医薬のベンチャーです。\n募集中\n・GMP原薬の製造受託\n・製剤化の受託\n所在地：京都市",
            ("drug_substance", "formulation"),
        ),
    ],
)
def test_items_listed_under_a_seek_heading_are_steps_sought_not_done(text: str, steps: tuple[str, ...]) -> None:
    result = analyse(text)
    for step in steps:
        assert step in result.negatives("capabilities")
        assert step not in result.positives("capabilities")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Request for proposal from Miyama Bio, an antibody venture in Sendai. Scope of work: cell line "
            "development and GMP drug substance for a first-in-human study.",
            "cell_line_development",
        ),
        (
            "提案依頼書（抜粋）。依頼元は抗体ベンチャーです。委託内容：分析法開発と安定性試験。",
            "analytical_development",
        ),
    ],
)
def test_a_request_for_proposals_scope_of_work_is_work_handed_out(text: str, step: str) -> None:
    result = analyse(text)
    assert step in result.negatives("capabilities")
    assert step not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は遺伝子治療のベンチャーです。求める委託先：治験薬のGMP製造。",
        "当社は細胞治療の研究を行っています。治験製品のGMP製造を担うCDMOや導出先企業を募集しています。",
    ],
)
def test_a_contractor_sought_in_a_heading_or_beside_another_party_hands_the_making_out(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We are a peptide start-up and are seeking a CMO to make GMP drug substance for our Phase 2 study.",
        "当社は抗体ベンチャーです。GMP原薬の製造委託先を探しています（治験薬用、約1 kg）。",
    ],
)
def test_gmp_lots_sought_for_a_trial_hand_out_the_clinical_supply(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "抗体は非臨床段階です。今後の臨床開発および製造販売はライセンス先が担当します。",
        "低分子候補は前臨床段階にあり、臨床開発と承認申請はパートナーが主導する計画です。",
    ],
)
def test_clinical_development_left_to_a_licensee_or_partner_is_no_trial_work(text: str) -> None:
    assert "clinical_trials" in analyse(text).negatives("capabilities")
    assert "clinical_trials" not in analyse(text).positives("capabilities")


def test_a_study_handed_to_a_cro_with_its_country_between_is_no_trial_work() -> None:
    text = "We develop a peptide for gout. Our first-in-human study in Australia is conducted by a contract CRO."
    assert "clinical_trials" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We ship frozen cell products in LN2 dry shippers with live temperature monitoring from our Osaka hub.",
        "当社は細胞製品を液体窒素ドライシッパーで輸送し、輸送中の温度モニタリングを行います。",
    ],
)
def test_temperature_monitoring_of_shipments_is_no_trial_monitoring(text: str) -> None:
    assert "clinical_trials" not in analyse(text).positives("capabilities")


def test_a_developers_own_research_centre_is_its_discovery_research() -> None:
    text = (
        "Minami Yakuhin is a mid-sized pharma with two assets in Phase 2 for kidney disease. "
        "Its research centre is in Kobe, Hyogo, and the tablets are made by a contract manufacturer."
    )
    assert "drug_discovery" in analyse(text).positives("capabilities")


def test_a_named_research_center_of_a_test_site_is_no_discovery_research() -> None:
    text = "Aoba Primate Research Center runs GLP toxicology studies in monkeys for clients at its Sendai site."
    assert "drug_discovery" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "北海道の当研究室では、乳酸菌の研究用培養とゲノム解析を行っています。GMP製造は行っていません。",
        "当センターは研究用の小型バイオリアクター（5 L）を備え、培地の基礎研究を行っています。",
        "Our lab runs research-use cultures of soil bacteria for enzyme screening; no GMP production is done.",
    ],
)
def test_culture_stated_for_research_use_is_no_upstream_step(text: str) -> None:
    assert "upstream" not in analyse(text).positives("capabilities")


def test_production_culture_without_a_research_use_stays_upstream() -> None:
    text = "当社はCHO細胞の培養を500 Lのバイオリアクターで行い、抗体原薬を製造しています。"
    assert "upstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We sell chemically defined feed media and license our medium formulation to CHO process teams.",
        "Catalogue: surfactants, sugars and other formulation excipients for biologics.",
        "We make GMP-grade cationic lipids for mRNA vaccine formulations.",
        "当社はバイオ医薬品の製剤用添加剤を製造・販売しています。",
    ],
)
def test_formulation_naming_a_material_is_no_formulation_step(text: str) -> None:
    assert "formulation" not in analyse(text).positives("capabilities")


def test_a_formulation_service_beside_a_material_stays_a_step() -> None:
    text = "We offer formulation development of antibody drug products in Osaka."
    assert "formulation" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our lab collects and characterises soil Bacillus strains for probiotic candidates.",
        "Working cell banks are fully characterised at our site before shipment to clients.",
        "当社は乳酸菌の菌株の特性解析と保存を行っています。",
    ],
)
def test_characterising_a_biological_material_is_no_analytical_development(text: str) -> None:
    assert "analytical_development" not in analyse(text).positives("capabilities")


def test_characterising_a_drug_molecule_stays_analytical_development() -> None:
    text = "We offer structural characterisation of antibody drug candidates by mass spectrometry."
    assert "analytical_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Kyoto site: chemical synthesis and purification of therapeutic peptides, 50 g to 5 kg per batch.",
        "当社は滋賀工場でアンチセンス核酸の液相合成を受託しています。",
    ],
)
def test_a_substance_synthesised_by_a_named_method_is_drug_substance(text: str) -> None:
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make oligonucleotide APIs in Osaka; DP work is not offered.",
        "Peptide API and DP are both made by a partner CMO in Korea.",
        "Services: GMP peptide API. DP: out of scope.",
        "当社はペプチド原薬を製造しています。DPは対象外です。",
    ],
)
def test_a_drug_product_ruled_out_or_handed_on_rules_out_its_steps(text: str) -> None:
    negatives = analyse(text).negatives("capabilities")
    assert "formulation" in negatives
    assert "fill_finish" in negatives


def test_a_drug_product_offered_or_named_beside_its_step_adds_no_other_step() -> None:
    offered = analyse("We offer GMP DS and DP for Phase 1 supply.")
    assert "formulation" not in offered.positives("capabilities") + offered.negatives("capabilities")
    assert "fill_finish" not in offered.positives("capabilities") + offered.negatives("capabilities")
    beside = analyse("Formulation and DP: not offered.")
    assert "formulation" in beside.negatives("capabilities")
    assert "fill_finish" not in beside.negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("We develop the process in Kobe; formulation is left to our partner CDMO.", "formulation"),
        (
            "Our team runs discovery biology, and GLP toxicology is left to contract research partners.",
            "nonclinical_studies",
        ),
    ],
)
def test_a_step_left_to_another_party_is_negative(text: str, term: str) -> None:
    assert term in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("In-house: assay biology. Outsourced: DMPK and GLP toxicology. Site: Kobe.", "nonclinical_studies"),
        ("Core: GMP peptide API. Not offered: oligonucleotides; sterile fill-finish. Site: Toyama.", "fill_finish"),
    ],
)
def test_a_field_label_rules_out_or_hands_over_all_its_values(text: str, term: str) -> None:
    result = analyse(text)
    assert term in result.negatives("capabilities")
    assert term not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "開発段階：前臨床（安全性試験は外部委託）。",
        "本化合物は導出を予定しており、毒性試験は導出先での実施を予定しています。",
    ],
)
def test_a_study_handed_on_in_a_developers_own_sentence_is_negative(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).negatives("capabilities")


def test_cell_manufacturing_at_a_contract_cpc_is_handed_out() -> None:
    text = "Pipeline: one NK-cell programme in Phase 1. Cell manufacturing at a contract CPC near Osaka."
    negatives = analyse(text).negatives("capabilities")
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(negatives)


def test_trial_material_made_by_a_contract_cell_processing_facility_is_no_clinical_supply() -> None:
    text = "Manufacturing for our Phase 1 study is performed by a contract cell-processing facility in Osaka."
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


def test_a_partners_place_after_the_making_is_not_the_organisations_place() -> None:
    text = "All cell manufacturing is carried out by a CDMO in Singapore."
    negatives = analyse(text).negatives("capabilities")
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(negatives)


def test_production_at_many_cdmos_names_customers_not_a_handover() -> None:
    text = "Our resins are used in commercial production at many CDMOs in Asia."
    assert "commercial_manufacturing" not in analyse(text).negatives("capabilities")


def test_making_transferred_to_a_contract_manufacturer_is_handed_out() -> None:
    text = "Last year the company transferred production of its branded injectables to a contract manufacturer."
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert not {"drug_substance", "commercial_manufacturing"} & set(result.positives("capabilities"))


def test_tech_transfer_to_a_cdmo_for_trial_material_is_no_clinical_supply() -> None:
    text = "We optimise the upstream process in our lab, then tech transfer to a CMO for the GMP clinical batches."
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "clinical_supply" not in result.positives("capabilities")


def test_commercial_making_moved_to_a_cmo_is_handed_out_in_japanese() -> None:
    result = analyse("承認品の商用生産は昨年、国内のCMOへ移管しました。")
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "The lab runs no GMP plant of its own, so the material for the first-in-human study is produced by a CDMO.",
        "当センターはGMP施設を持たないため、治験薬は提携先のCDMOで製造されています。",
    ],
)
def test_trial_material_made_elsewhere_beside_no_gmp_plant_says_nothing_of_commercial_making(text: str) -> None:
    result = analyse(text)
    assert "clinical_supply" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Osaka plant makes antibody bulk. Vial filling can be arranged on request through a partner filler.",
        "抗体のバルクは大阪工場で製造。充填は国内の協力会社。",
        "抗体のバルクは大阪工場で製造。製剤化及び充填は海外のパートナー企業。",
        "新しい充填ラインは2029年に稼働予定で、それまでは提携先で充填を行います。",
    ],
)
def test_a_fill_step_placed_with_a_partner_in_terse_or_fronted_words_is_not_the_organisations(text: str) -> None:
    result = analyse(text)
    assert "fill_finish" in result.negatives("capabilities")
    assert "fill_finish" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Next spring a contract maker will deliver the material for the toxicology studies.",
        "The venture has no plant; a CDMO will be chosen once material for preclinical studies is required.",
        "Three sponsors, all at the IND-enabling stage, received non-GMP toxicology lots from our Osaka suite.",
        "As a contract maker, the firm produces enzymes for toxicology studies in 100 L fermenters.",
        "We offer non-GMP peptide synthesis of up to 20 g for research and toxicology studies.",
    ],
)
def test_studies_that_made_material_is_for_are_not_studies_the_organisation_runs(text: str) -> None:
    assert "nonclinical_studies" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our GMP lab runs release testing of clinical material for cell therapy sponsors.",
        "治験薬・市販品のロットリリース試験を受託しています。",
    ],
)
def test_trial_material_a_lab_tests_names_no_supply_or_scale(text: str) -> None:
    result = analyse(text)
    assert "quality_control" in result.positives("capabilities")
    assert not {"clinical_supply", "commercial_manufacturing"} & set(result.positives("capabilities"))
    assert not {"clinical", "commercial"} & set(result.positives("scales"))


def test_trial_material_made_and_then_tested_is_still_supply_in_japanese() -> None:
    assert "clinical_supply" in analyse("治験薬の製造及び安定性試験を行います。").positives("capabilities")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "We offer research-grade oligos up to 50 g; for GMP clinical lots we can introduce you to our partner.",
            "clinical_supply",
        ),
        ("研究用の合成のみ対応します。GMP原薬が必要なお客様には協力会社をご紹介しています。", "drug_substance"),
    ],
)
def test_a_step_clients_are_pointed_to_a_partner_for_is_not_the_organisations(text: str, step: str) -> None:
    result = analyse(text)
    assert step in result.negatives("capabilities")
    assert step not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "GMP下で第1相用の治験薬を製造しております。商用については対応しておりません。",
        "治験用の抗体原薬をGMPで製造。商用は受けない。",
    ],
)
def test_bare_commercial_ruled_out_beside_making_stated_elsewhere_is_no_commercial_manufacturing(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")
    assert "clinical_supply" in result.positives("capabilities")


def test_commercial_step_not_handled_yet_is_ruled_out_in_japanese() -> None:
    result = analyse("治験用のmRNA原薬をGMPで製造。商用生産は未対応。")
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


def test_proviso_after_a_comma_keeps_its_negation_to_itself() -> None:
    result = analyse("当社の治験薬はGMP準拠、ただし商用生産は未対応。")
    assert "clinical_supply" in result.positives("capabilities")
    assert "clinical_supply" not in result.negatives("capabilities")
    assert "commercial_manufacturing" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make GMP peptide lots for Phase 2 trials. No commercial orders are taken.",
        "GMP lots for first-in-human studies are made here. Commercial jobs we do not accept.",
    ],
)
def test_commercial_work_not_taken_rules_out_commercial_manufacturing(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")
    assert "clinical_supply" in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make GMP antibody substance for Phase 1. Commercial production starts after the new plant is finished.",
        "Our CPC makes Phase 2 clinical lots; commercial manufacturing is under consideration with a partner.",
    ],
)
def test_commercial_making_waiting_on_a_plant_or_talks_is_not_current(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


def test_commercial_plant_still_to_come_in_a_site_listing_rules_out_commercial_manufacturing() -> None:
    result = analyse("Locations: Kobe (pilot lab); a commercial line in Saga is being built, ready in 2028.")
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


def test_commercial_plant_running_in_a_site_listing_is_not_read_without_a_making_verb() -> None:
    result = analyse("Locations: Kobe (pilot lab); commercial plant in Saga.")
    assert "commercial_manufacturing" not in result.negatives("capabilities")


def test_commercial_train_in_a_next_field_rules_out_commercial_manufacturing() -> None:
    result = analyse("GMP lots for Phase 2 trials in our 1,000 L suite. Coming next: a commercial train, live in 2029.")
    assert "commercial_manufacturing" in result.negatives("capabilities")
    assert "commercial_manufacturing" not in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We fill syringes under GMP, from first-in-human batches up to launch.",
        "GMP DS for Phase 2 lots through to commercial launch.",
    ],
)
def test_range_from_clinical_material_to_launch_is_commercial_manufacturing(text: str) -> None:
    result = analyse(text)
    assert "commercial_manufacturing" in result.positives("capabilities")


def test_a_grade_to_launch_next_year_is_no_range_to_launch() -> None:
    result = analyse("We make research-grade enzymes; GMP-grade enzymes for clinical use to launch next year.")
    assert "commercial_manufacturing" not in result.positives("capabilities")


def test_vessel_sizes_of_an_equipment_maker_do_not_void_a_denial_of_manufacturing() -> None:
    text = (
        "Our factory assembles stirred-tank bioreactors from 5 L bench units to 1,000 L production systems. "
        "Contract manufacturing of medicines is not offered."
    )
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(
        analyse(text).negatives("capabilities")
    )


def test_no_manufacturing_at_all_names_no_place() -> None:
    text = "A bioanalysis lab with no manufacturing at all; sponsors bring their own material."
    assert {"drug_substance", "clinical_supply", "commercial_manufacturing"} <= set(
        analyse(text).negatives("capabilities")
    )


def test_gmp_making_not_done_with_tech_transfer_wording_is_handed_on() -> None:
    result = analyse("当社ではGMP下での製造は実施せず、確立した工程は提携CDMOへ技術移転しています。")
    assert {"clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))


def test_full_capsid_ratio_is_no_filling_at_a_lab_that_makes_nothing() -> None:
    result = analyse("AAVの力価と空・充填キャプシドの割合を測定する試験機関です。医薬品の製造は行っておりません。")
    assert "fill_finish" not in result.positives("capabilities")
    assert "clinical_supply" in result.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Drug substance is sourced from a CDMO; fill-finish is done by a partner; we run analytical development.",
        "原薬はCMOから購入、充填は提携先で実施。自社では分析法開発のみ。",
    ],
)
def test_in_house_analytics_beside_substance_and_product_from_others_makes_nothing(text: str) -> None:
    result = analyse(text)
    assert {"clinical_supply", "commercial_manufacturing"} <= set(result.negatives("capabilities"))
    assert "analytical_development" in result.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We do no GMP manufacturing; for such lots the team works with partner CDMOs.",
        "当研究所ではGMP製造はできないため、外部のCDMOと連携します。",
    ],
)
def test_gmp_making_not_done_beside_a_cdmo_worked_with_is_handed_on(text: str) -> None:
    assert {"clinical_supply", "commercial_manufacturing"} <= set(analyse(text).negatives("capabilities"))


@pytest.mark.parametrize(
    "text",
    [
        "The start-up also licenses out a PEG lipid it designed, alongside an ionisable lipid of its own.",
        "Besides LNP mixing, the plant synthesises a cationic ionizable lipid under GMP.",
    ],
)
def test_a_lipid_named_in_the_singular_is_the_part(text: str) -> None:
    assert "lipid" in analyse(text).positives("capabilities")


def test_pd_in_a_terse_service_line_is_process_development() -> None:
    text = "Services: strain engineering, USP/DSP PD and GMP DS for Phase 1 lots; our Osaka PD lab scales up to 50 L."
    assert "process_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "The CRO runs PK/PD modelling and PD marker assays for oncology sponsors.",
        "Our lead is an anti-PD-1 antibody; a PD-L1 bispecific follows.",
        "We study Parkinson's disease (PD) in rodent models.",
    ],
)
def test_pd_as_pharmacodynamics_or_a_target_is_no_process_development(text: str) -> None:
    assert "process_development" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "PEG lipids for LNP, GMP grade, kilogram batches for clinical programmes.",
        "Helper lipids for LNP, GMP grade, from gram packs to commercial supply.",
    ],
)
def test_a_material_heading_a_product_line_with_its_supply_is_the_part(text: str) -> None:
    assert "lipid" in analyse(text).positives("capabilities")


def test_a_material_heading_a_sentence_that_hands_it_out_is_not_the_part() -> None:
    text = "Plasmid DNA, the mRNA drug substance and the LNP drug product are all outsourced to partner CDMOs."
    assert "plasmid" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社の京都ラボでは、siRNAの配列設計及びin vitroスクリーニングを行っています。",
        "At its Kobe bench the team handles compound design and in vitro evaluation; all else is contracted out.",
    ],
)
def test_design_beside_in_vitro_screening_is_drug_discovery(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


def test_sequence_design_beside_lot_making_is_no_drug_discovery() -> None:
    text = "受託サービス：mRNAの配列設計、非臨床試験用ロットの製造。"
    assert "drug_discovery" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は研究用スケールでの細胞培養・精製により、抗体の試作ロットを受託製造します。",
        "We offer research-scale cell culture and purification of recombinant proteins for client tox lots.",
    ],
)
def test_research_scale_culture_joined_to_purification_is_upstream(text: str) -> None:
    assert "upstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Core business: cGMP API manufacturing at two plants in Kyushu.", "drug_substance"),
        ("Offering: GMP LNP formulation for mRNA vaccines in Gunma.", "formulation"),
    ],
)
def test_acronyms_before_a_lower_case_step_are_no_name(text: str, term: str) -> None:
    assert term in analyse(text).positives("capabilities")


def test_a_title_case_name_still_hides_its_words() -> None:
    assert "culture_medium" not in analyse("Delphion Media is a distributor in Osaka.").positives("capabilities")


def test_a_cell_products_culture_at_a_volume_in_japanese_is_upstream() -> None:
    text = "当社は他家iPS細胞製品を受託製造しており、200 Lまでスケールアップした浮遊培養工程を確立しました。"
    assert "upstream" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our foundation develops scalable plasmid and mRNA manufacturing processes for partner companies.",
        "本事業では、iPS細胞由来肝細胞の培養工程の自動化に取り組みます。",
    ],
)
def test_a_process_developed_at_length_or_automated_is_process_development(text: str) -> None:
    assert "process_development" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Our Shiga site makes recombinant protein drug substance, whereas peptide APIs are bought from CMOs.",
            "drug_substance",
        ),
        (
            "The Hiroshima plant produces vaccine antigens for our Phase 2 trials, while oral tablets are "
            "manufactured by contract partners.",
            "clinical_supply",
        ),
    ],
)
def test_a_step_made_for_one_line_beside_another_line_handed_on_stays_positive(text: str, term: str) -> None:
    found = analyse(text)
    assert term in found.positives("capabilities")
    assert term not in found.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "GMP製造は第2相の治験用ロットまで、商用向けの生産は受託しておりません。",
        "治験用ロットのGMP製造を行い、2029年度には商用生産ラインを稼働させる計画です。",
        "第1相向け治験薬のGMP製造に加え、商用生産棟の建設を2030年に予定しています。",
    ],
)
def test_a_commercial_denial_or_plan_in_the_next_clause_leaves_clinical_supply(text: str) -> None:
    found = analyse(text)
    assert "clinical_supply" in found.positives("capabilities")
    assert "commercial_manufacturing" in found.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our hospital GMP unit makes the Phase 2 cell lots; it does not manufacture commercial products for industry.",
        "当研究所の細胞調製施設では、商用目的の製造は行っていません。",
    ],
)
def test_a_making_denial_of_commercial_goods_rules_out_commercial_alone(text: str) -> None:
    found = analyse(text)
    assert "commercial_manufacturing" in found.negatives("capabilities")
    assert "clinical_supply" not in found.negatives("capabilities")
    assert "drug_substance" not in found.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Aoba Cell Line Services licenses CHO cell lines to biologics developers. "
        "Working cell bank manufacture under GMP is done by a partner CDMO.",
        "Minato Bioreagents sells GMP-grade buffers from its Chiba plant; "
        "the emulsion adjuvant in its catalogue is manufactured by an affiliate in Germany.",
    ],
)
def test_a_gmp_part_or_cell_bank_made_by_a_partner_rules_out_no_gmp_step(text: str) -> None:
    negatives = analyse(text).negatives("capabilities")
    assert "clinical_supply" not in negatives
    assert "commercial_manufacturing" not in negatives


@pytest.mark.parametrize(
    "text",
    [
        "Kita Bio keeps cell line development and GMP clinical trial manufacturing at its 500 L plant in Suita.",
        "ウイルスベクターの培養は最大500 Lで実施しており、GMP下で第2相試験向けロットの製造実績があります。",
    ],
)
def test_a_gmp_makers_clinical_scale_stated_by_purpose_is_clinical_supply(text: str) -> None:
    assert "clinical_supply" in analyse(text).positives("capabilities")


def test_a_clinical_scale_framed_as_a_scale_is_no_clinical_supply() -> None:
    text = "当社の工場では抗体原薬をGMPで製造しています。対応スケールは臨床用〜商用です。"
    assert "clinical_supply" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sapporo lab runs GLP safety studies in dogs. No clinical work of any kind.",
        "We run repeat-dose toxicity studies in rats; clinical studies are beyond our firm's scope.",
    ],
)
def test_clinical_work_ruled_out_in_a_few_words_is_no_trial_operations(text: str) -> None:
    assert "clinical_trials" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は治験のモニタリングを専門とするCROです。非臨床は受託しておりません。",
        "第1相〜第3相のデータマネジメントに対応。非臨床・承認申請は協力会社へ委託しています。",
        "We staff Phase 1 units in Fukuoka. Preclinical is not something we take on.",
    ],
)
def test_non_clinical_alone_ruled_out_is_no_studies(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).negatives("capabilities")


def test_a_pipeline_stage_named_non_clinical_is_no_negated_study() -> None:
    text = "主要品目は非臨床、後続品は探索段階にあります。"
    assert "nonclinical_studies" not in analyse(text).negatives("capabilities")


def test_fermentation_in_japanese_is_upstream() -> None:
    text = "枯草菌を用いた発酵により、産業用および医薬用タンパク質の受託製造を行っています。"
    assert "upstream" in analyse(text).positives("capabilities")


def test_an_enzyme_made_by_contract_fermentation_is_made_not_used() -> None:
    positives = analyse("当社はリパーゼ等の酵素の受託発酵生産を手がけています。").positives("capabilities")
    assert "enzyme" in positives and "upstream" in positives


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Lyophilised vial filling fully outsourced to a partner CMO in Ireland.", "fill_finish"),
        ("Peptide API entirely subcontracted; our Kobe team runs analytics.", "drug_substance"),
    ],
)
def test_a_step_handed_on_without_a_verb_before_is_negative(text: str, term: str) -> None:
    assert term in analyse(text).negatives("capabilities")
    assert term not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Recombinant enzyme drug substance comes from our Chiba plant, whereas peptide APIs are bought from a CMO.",
        "Oligonucleotide API is outsourced to a CDMO; our monoclonal antibody drug substance is made in Hiroshima.",
        "抗体原薬は自社工場で製造し、低分子原薬はCMOから購入しています。",
    ],
)
def test_a_drug_substance_made_beside_another_bought_in_is_positive(text: str) -> None:
    facets = analyse(text)
    assert "drug_substance" in facets.positives("capabilities")
    assert "drug_substance" not in facets.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We produced small-molecule APIs until 2020. Today our Toyama plant makes GMP peptides for Phase 1 and "
        "Phase 2 trials.",
        "当社は2018年まで低分子原薬を受託製造していましたが、現在は抗体の治験薬GMP製造に特化しています。",
    ],
)
def test_a_substance_made_now_beside_one_given_up_is_drug_substance(text: str) -> None:
    assert "drug_substance" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our API line was shut down in 2022 and drug substance is no longer offered. Aseptic filling of vials for "
        "clinical and commercial products continues.",
        "原薬製造は2020年に終了しました。現在は治験薬および商用製品の無菌充填に特化しています。",
    ],
)
def test_a_filler_that_gave_up_its_substance_line_rules_it_out(text: str) -> None:
    facets = analyse(text)
    assert "drug_substance" in facets.negatives("capabilities")
    assert "drug_substance" not in facets.positives("capabilities")


def test_a_substance_making_only_planned_beside_clinical_supply_stays_silent() -> None:
    text = "We fill vials for Phase 1 trials under GMP. Antibody drug substance manufacture is planned from 2028."
    facets = analyse(text)
    assert "drug_substance" not in facets.positives("capabilities") + facets.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai team is engineering liver-tropic capsids for gene therapy; vector lots are bought from a CDMO.",
        "当社の研究所では、肝臓指向性を高めるカプシドの改変を進めています。ベクターの製造は外部に委託しています。",
    ],
)
def test_engineering_new_capsids_is_drug_discovery(text: str) -> None:
    assert "drug_discovery" in analyse(text).positives("capabilities")


def test_capsids_merely_offered_are_no_drug_discovery() -> None:
    text = "We supply research-grade AAV with engineered capsids and serotype capsid variants from our Kobe lab."
    assert "drug_discovery" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We mould culture plates and culture dishes for cell culture in stem cell research labs.",
        "当社は、幹細胞の培養に用いる培養ディッシュと培養ボトルを成形・販売しています。",
    ],
)
def test_culture_named_only_as_what_labware_serves_is_no_upstream(text: str) -> None:
    assert "upstream" not in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Our conjugation plant does not culture cells; the antibody comes from the client.", "negative"),
        ("Our Kobe team cultures HEK293 cells and purifies lentiviral vector for Phase 1 trials.", "positive"),
    ],
)
def test_culturing_cells_as_a_verb_is_upstream(text: str, polarity: str) -> None:
    facets = analyse(text)
    found = facets.positives("capabilities") if polarity == "positive" else facets.negatives("capabilities")
    assert "upstream" in found


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai laboratory offers potency assays and ICH stability studies. We never make APIs or drug products.",
        "Bioassay house in Kobe: cell-based potency testing under GMP; it does not produce drug substance and drug "
        "product for anyone.",
    ],
)
def test_a_lab_denying_substance_and_product_names_no_formulation(text: str) -> None:
    # set 7o labels the Japanese "原薬・製剤の製造は行っておりません" formulation negative: English only here
    facets = analyse(text)
    assert "drug_substance" in facets.negatives("capabilities")
    assert "formulation" not in facets.negatives("capabilities") + facets.positives("capabilities")


def test_substance_and_product_handed_to_a_maker_still_rule_out_formulation() -> None:
    facets = analyse("Drug substance and drug product for our Phase 2 trial are manufactured by a CDMO in Taiwan.")
    assert "formulation" in facets.negatives("capabilities")


def test_fill_finish_written_in_katakana_is_read() -> None:
    facets = analyse("当社はドラッグサブスタンスの製造に加え、フィルフィニッシュまで一貫して受託しています。")
    assert "fill_finish" in facets.positives("capabilities")
    planned = analyse("抗体原薬をGMP製造しています。フィル・フィニッシュは新工場で2028年から開始する予定です。")
    assert "fill_finish" in planned.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は分析受託会社です。抗体原薬・製剤のGMP安定性試験と出荷試験を受託しています。",
        "siRNA・LNP製剤の物性評価と粒子径測定を受託しています。製造は行っていません。",
        "当社ラボでは核酸・LNP製品の特性解析（封入率、粒子径）を行っています。",
    ],
)
def test_a_product_a_lab_assesses_is_no_formulation_it_makes(text: str) -> None:
    facets = analyse(text)
    assert "formulation" not in facets.positives("capabilities")
    assert "drug_substance" not in facets.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We run antibody DS under GMP in Chiba; DP goes to a partner in Taiwan (vials filled there).",
        "We make antibody drug substance in Chiba. Fill-finish went to a contract manufacturer in Spain.",
    ],
)
def test_a_step_sent_on_to_a_partner_is_ruled_out(text: str) -> None:
    facets = analyse(text)
    assert "fill_finish" in facets.negatives("capabilities")
    assert "fill_finish" not in facets.positives("capabilities")


def test_a_step_going_further_is_not_handed_on() -> None:
    assert "fill_finish" in analyse("Our fill-finish goes to the next level with a new isolator.").positives(
        "capabilities"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We make antibody drug substance in Kobe. Key risk: our reliance on external fill-finish vendors in Europe.",
        "当社はゴム栓とバイアルを製造しています。主な取引先は無菌充填を手がける企業です。",
    ],
)
def test_a_step_named_as_other_parties_business_is_not_the_organisations(text: str) -> None:
    assert "fill_finish" not in analyse(text).positives("capabilities")


def test_a_contract_fill_finish_organisation_still_fills() -> None:
    text = "We operate as a contract fill-finish organisation for vials and syringes in Shiga."
    assert "fill_finish" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We synthesise oligonucleotide APIs in Shizuoka. Aseptic fill-finish of oligonucleotide drug products is "
        "subcontracted to a partner CMO.",
        "We make antibody drug substance. We do not offer fill-finish of drug products.",
    ],
)
def test_the_drug_product_a_handed_on_filling_fills_is_no_formulation(text: str) -> None:
    facets = analyse(text)
    assert "fill_finish" in facets.negatives("capabilities")
    assert "formulation" not in facets.negatives("capabilities") + facets.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Analytical lab in Sendai for siRNA products. We never manufacture oligos, LNPs or lipids ourselves.",
        "Our GMP material — the saRNA, the LNPs and the vials — is produced by partner CDMOs in Europe.",
    ],
)
def test_lnps_denied_or_made_by_a_partner_rule_out_formulation(text: str) -> None:
    assert "formulation" in analyse(text).negatives("capabilities")


def test_lnps_offered_bare_name_no_formulation_step() -> None:
    facets = analyse("Our ionizable lipid library is tuned for LNPs in vaccine research.")
    assert "formulation" not in facets.positives("capabilities") + facets.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Kumamoto laboratory performs non-clinical pharmacology studies in mouse tumour models for partners.",
        "熊本の研究所では、マウス腫瘍モデルを用いた非臨床薬理試験を受託しています。",
        "当社ラボでは非臨床薬効評価を自ら行っています。",
    ],
)
def test_a_non_clinical_pharmacology_study_is_not_read_as_clinical_pharmacology(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    ["Our unit runs clinical pharmacology studies in healthy volunteers.", "健常人での臨床薬理試験を実施しています。"],
)
def test_a_clinical_pharmacology_study_stays_no_non_clinical_study(text: str) -> None:
    assert "nonclinical_studies" not in analyse(text).positives("capabilities")


def test_glp_tox_without_study_is_a_non_clinical_study() -> None:
    text = "Services: GLP tox in minipigs and rats at our Kagoshima facility, with reports in English."
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Sendai unit offers non-GLP toxicology and dose-range finding for lead candidates.",
        "Menu: non-GLP tox, PK in mice; GLP work goes to a partner facility.",
    ],
)
def test_non_glp_toxicology_is_toxicology_still_done(text: str) -> None:
    facets = analyse(text)
    assert "nonclinical_studies" in facets.positives("capabilities")
    assert "nonclinical_studies" not in facets.negatives("capabilities")


def test_non_glp_alone_still_negates_the_standard() -> None:
    assert "glp" in analyse("All our animal studies are non-GLP.").negatives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "Our antibody is at the discovery stage, and GLP tox studies have not started.",
        "Our peptide programme is at lead optimisation; toxicology studies have not begun.",
        "核酸シーズは基礎研究段階。毒性試験はまだ行っていない。",
    ],
)
def test_a_study_not_begun_yet_by_a_developer_stays_silent(text: str) -> None:
    facets = analyse(text)
    assert "nonclinical_studies" not in facets.positives("capabilities") + facets.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    ["Our Nagoya lab does not run non-clinical studies.", "当社では非臨床試験は一切行っていません。"],
)
def test_studies_ruled_out_without_yet_stay_negative(text: str) -> None:
    assert "nonclinical_studies" in analyse(text).negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "The research plant is not GMP-compliant, and its output material is not intended for clinical trials.",
        "Q: Could the institute produce supplies for clinical studies? A: No.",
    ],
)
def test_trials_named_as_what_material_is_not_for_rule_out_the_supply_not_trials(text: str) -> None:
    facets = analyse(text)
    assert "clinical_trials" not in facets.negatives("capabilities")
    assert "clinical_supply" in facets.negatives("capabilities")


def test_clinical_studies_ruled_out_in_a_field_stay_negative() -> None:
    assert "clinical_trials" in analyse("Scope of work — clinical studies: none.").negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Kobe team runs clinical investigations of orthopaedic implants under ISO 14155.",
        "神戸の当社チームは、整形外科インプラントの治験や臨床評価の計画から実施までを支援します。",
    ],
)
def test_a_device_cros_trials_are_clinical_trials(text: str) -> None:
    facets = analyse(text)
    assert "clinical_trials" in facets.positives("capabilities")
    assert "clinical_trials" not in facets.negatives("capabilities")


def test_a_study_handed_on_beside_making_handed_on_stays_a_negative_study() -> None:
    text = "In-house: antibody engineering. Subcontracted: safety pharmacology, GMP manufacturing."
    facets = analyse(text)
    assert "nonclinical_studies" in facets.negatives("capabilities")
    assert "nonclinical_studies" not in facets.positives("capabilities")


def test_material_made_for_a_study_stays_its_purpose() -> None:
    text = "We manufacture non-GMP antibody batches for toxicology studies at our Gunma plant."
    facets = analyse(text)
    assert "nonclinical_studies" not in facets.positives("capabilities") + facets.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社は抗体創薬ベンチャーで、探索から非臨床までのパイプラインを持ち、社内で薬効評価を行っています。"
        "GLP下の非臨床安全性試験は国内CROへ委託しています。",
        "Our pipeline holds two peptides, and pharmacology studies are done in-house. GLP toxicology is outsourced "
        "to a CRO in Osaka.",
    ],
)
def test_a_developers_own_pharmacology_beside_glp_studies_handed_to_a_cro_is_a_negative_study(text: str) -> None:
    facets = analyse(text)
    assert "nonclinical_studies" in facets.negatives("capabilities")
    assert "nonclinical_studies" not in facets.positives("capabilities")


def test_a_cro_running_studies_beside_glp_work_referred_on_keeps_its_studies() -> None:
    text = "We offer efficacy studies in mouse models for clients. GLP toxicology is referred to a partner CRO."
    assert "nonclinical_studies" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Milestones: our siRNA candidate completed its GLP safety package last spring and entered Phase 1.",
        "主要開発品は非臨床段階で、GLP試験の準備中です。",
    ],
)
def test_a_developers_own_glp_package_is_a_stage_not_a_study_service(text: str) -> None:
    facets = analyse(text)
    assert "nonclinical_studies" not in facets.positives("capabilities") + facets.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "・iPS細胞由来軟骨の研究（基礎研究〜第II相 医師主導治験）",
        "研究目的：抗体シーズの最適化による医師主導治験入りの早期化。",
    ],
)
def test_an_investigator_initiated_trial_a_seed_heads_for_is_a_stage(text: str) -> None:
    facets = analyse(text)
    assert "clinical_trials" not in facets.positives("capabilities") + facets.negatives("capabilities")


def test_work_on_investigator_initiated_trials_stays_trial_operations() -> None:
    text = "当社は医師主導治験のモニタリングとデータマネジメントを受託しています。"
    assert "clinical_trials" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our Osaka plant synthesises a GMP cap analogue for mRNA manufacturers.",
        "We make one cap analog, sold in research and GMP grades.",
    ],
)
def test_a_cap_analogue_named_in_the_singular_is_a_cap_reagent(text: str) -> None:
    """The vocabulary had only the plural; Japanese キャップアナログ has no number, so the test is English only."""
    assert "cap_reagent" in analyse(text).positives("capabilities")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "We run IVT and LNP mixing in Kobe. Ionizable lipid and cap analogue bought in from vendors.",
            {"lipid", "cap_reagent"},
        ),
        ("We run IVT in Kobe. Our cap analogue is licensed from a Swiss maker.", {"cap_reagent"}),
        ("We run IVT in Kobe. The ionizable lipids are synthesized by a partner CMO.", {"lipid"}),
        (
            "神戸でIVTとLNP封入を行っています。イオン化脂質とキャップアナログは外部から購入しています。",
            {"lipid", "cap_reagent"},
        ),
    ],
)
def test_parts_bought_in_licensed_or_made_by_a_partner_are_not_the_makers(text: str, parts: set[str]) -> None:
    facets = analyse(text)
    assert parts <= set(facets.negatives("capabilities"))
    assert not parts & set(facets.positives("capabilities"))


def test_a_part_used_in_a_clause_after_a_comma_is_no_listing_bought_in() -> None:
    text = "We make clinical mRNA lots under GMP, using enzymes purchased from a vendor."
    assert "gmp" in analyse(text).positives("compliance")


@pytest.mark.parametrize(
    "text",
    [
        "We draft CMC dossiers but don't run audits or do any lab testing.",
        "Dossier writing and PMDA meeting support are offered; lab testing is not.",
        "Stability testing is arranged with partner labs in Osaka.",
        "当社は薬事申請の支援のみを行い、試験は実施しません。",
    ],
)
def test_testing_ruled_out_in_short_or_handed_to_partner_labs_is_no_quality_control(text: str) -> None:
    facets = analyse(text)
    assert "quality_control" in facets.negatives("capabilities")
    assert "quality_control" not in facets.positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "Our lab measures lipid content and particle size of client LNP samples.",
        "Contract lab: purity assays of ionizable lipids and cap analogue testing.",
        "当社はLNP試料のイオン化脂質の純度試験を受託しています。",
    ],
)
def test_lnp_materials_an_analytics_lab_tests_are_not_parts_it_supplies(text: str) -> None:
    facets = analyse(text)
    assert not {"lipid", "cap_reagent"} & set(facets.positives("capabilities"))


def test_a_lipid_maker_that_tests_its_lipids_still_makes_them() -> None:
    assert "lipid" in analyse("当社はイオン化脂質を製造し、脂質の品質試験も自社で行います。").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "当社はCHO細胞による高生産細胞株の構築を受託しており、GMP製造は提携先が担います。",
        "抗体医薬向けの生産細胞株の樹立を請け負っています。",
    ],
)
def test_a_japanese_cell_line_development_phrase_names_no_cell_line(text: str) -> None:
    """The English phrase ("we offer cell line development") already reads development alone."""
    facets = analyse(text)
    assert "cell_line_development" in facets.positives("capabilities")
    assert "cell_line" not in facets.positives("capabilities") + facets.negatives("capabilities")


@pytest.mark.parametrize(
    "text",
    ["We are a gene therapy start-up preparing our first IND.", "The venture is now drafting its own CTA for Europe."],
)
def test_a_developer_preparing_its_own_filing_offers_no_regulatory_service(text: str) -> None:
    assert "regulatory" not in analyse(text).positives("capabilities")


def test_filings_prepared_for_clients_stay_a_regulatory_service() -> None:
    assert "regulatory" in analyse("We prepare our clients' IND submissions.").positives("capabilities")


@pytest.mark.parametrize(
    "text",
    [
        "We make antibodies in Chiba. Cell line development is offered by an allied partner in Kobe.",
        "We make antibodies in Chiba. Stable pool generation and CLD are provided solely by partner CDMOs.",
    ],
)
def test_a_step_offered_or_provided_only_by_a_partner_is_not_the_organisations(text: str) -> None:
    """English only: the Japanese forms ("パートナー企業が担当") are read by other rules or left."""
    facets = analyse(text)
    assert "cell_line_development" in facets.negatives("capabilities")
    assert "cell_line_development" not in facets.positives("capabilities")
