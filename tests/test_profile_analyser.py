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
    assert analysis.positives("capabilities") == [] and analysis.negatives("capabilities") == ["fill_finish"]
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
