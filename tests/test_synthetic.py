"""The synthetic ecosystem: valid, self-consistent, deterministic, fictional and realistically shaped.

No database: the records are checked with the exchange-format models and against each other.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from matchmaker.model.records import LINK_SPECS, NODE_LABELS, RECORD_ADAPTER, LinkType, OrgKind
from matchmaker.model.vocabulary import get_vocabulary
from matchmaker.synthetic import count_estimate, generate
from matchmaker.synthetic import texts as T
from matchmaker.synthetic.writer import has_japanese, is_real_stem

Record = dict[str, Any]

# Which organisation kinds each generated link type may connect (the generator's promise, on top
# of the node labels that LINK_SPECS enforces). "seed" stands for a Seed node, "event" for an Event.
STARTUP_LIKE = {"startup"}
ACADEMIA = {"university", "research_institute", "hospital"}
LINK_KINDS: dict[str, tuple[set[str], set[str]]] = {
    "INVESTED_IN": ({"vc", "finance", "pharma"}, STARTUP_LIKE),
    "SUPPLIES": ({"supplier"}, {"pharma", "cdmo"}),
    "OUTSOURCES_TO": ({"startup", "pharma"}, {"cdmo", "cro"}),
    "COLLABORATES_WITH": (ACADEMIA, {"startup", "pharma"}),
    "SPUN_OUT_FROM": ({"startup"}, {"university", "research_institute"}),
    "LICENSED_TO": ({"seed", "university"}, {"pharma", "startup"}),
    "ATTENDS": ({kind.value for kind in OrgKind}, {"event"}),
    "MET_WITH": ({kind.value for kind in OrgKind}, {kind.value for kind in OrgKind}),
}
FIRST_DAY, LAST_DAY = "2015-01-01", "2026-10-31"


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return list(generate(500, seed=7))


@pytest.fixture(scope="module")
def big() -> list[Record]:
    return list(generate(2000, seed=0))


def by_record(records: list[Record], kind: str) -> list[Record]:
    return [r for r in records if r["record"] == kind]


def link_identity(link: Record) -> tuple[str, str, str, str]:
    spec = LINK_SPECS[LinkType(link["type"])]
    source, target = link["source"], link["target"]
    if spec.symmetric and target < source:
        source, target = target, source
    key = "|".join(str(link["attributes"].get(k, "")) for k in spec.key)
    return source, link["type"], target, key


def test_every_record_validates_and_serialises(records: list[Record]) -> None:
    for rec in records:
        RECORD_ADAPTER.validate_python(rec)
    json.dumps(records)


def test_records_come_in_dependency_order_and_references_resolve(records: list[Record]) -> None:
    order = ["community", "hub", "event", "organization", "seed", "link"]
    positions = [order.index(r["record"]) for r in records]
    assert positions == sorted(positions)

    label: dict[str, str] = {}
    for rec in records:
        if rec["record"] == "link":
            spec = LINK_SPECS[LinkType(rec["type"])]
            assert label.get(rec["source"]) in spec.sources, rec
            assert label.get(rec["target"]) in spec.targets, rec
            continue
        if rec["record"] == "organization":
            assert all(label.get(c) == "Community" for c in rec["communities"]), rec
            assert "hub" not in rec or label.get(rec["hub"]) == "Hub", rec
        elif rec["record"] == "hub":
            assert label.get(rec["community"]) == "Community"
        elif rec["record"] == "seed":
            assert label.get(rec["owner"]) == "Organization"
        assert rec["id"] not in label, f"duplicate id {rec['id']}"
        label[rec["id"]] = NODE_LABELS[rec["record"]]


def test_link_endpoints_have_the_right_kinds(records: list[Record]) -> None:
    kind = {r["id"]: r["kind"] for r in by_record(records, "organization")}
    kind.update({r["id"]: "seed" for r in by_record(records, "seed")})
    kind.update({r["id"]: "event" for r in by_record(records, "event")})
    links = by_record(records, "link")
    assert {link["type"] for link in links} == set(LINK_KINDS)
    for link in links:
        sources, targets = LINK_KINDS[link["type"]]
        assert kind[link["source"]] in sources, link
        assert kind[link["target"]] in targets, link


def test_link_attributes_and_dates_make_sense(records: list[Record]) -> None:
    vocab = get_vocabulary()
    orgs = {r["id"]: r for r in by_record(records, "organization")}
    events = {r["id"]: r for r in by_record(records, "event")}
    links = by_record(records, "link")
    attends = {(link["source"], link["target"]) for link in links if link["type"] == "ATTENDS"}
    for link in links:
        assert FIRST_DAY <= link["since"] <= LAST_DAY, link
        attrs = link["attributes"]
        if link["type"] == "INVESTED_IN":
            assert vocab.has("funding_stages", attrs["round"])
            assert isinstance(attrs["lead"], bool) and attrs["amount_jpy"] > 0
        elif link["type"] == "SUPPLIES":
            assert attrs["items"]
            assert all(vocab.terms("capabilities")[c].group == "part" for c in attrs["items"])
        elif link["type"] == "OUTSOURCES_TO":
            assert attrs["services"]
            provider = orgs[link["target"]]
            # the provider's text states what it offers, even when its structured list is empty
            assert not provider["capabilities"] or set(attrs["services"]) <= set(provider["capabilities"])
        elif link["type"] == "MET_WITH":
            event = attrs["event"]
            assert (link["source"], event) in attends and (link["target"], event) in attends
            assert link["since"] == events[event]["starts_on"]
            assert attrs["outcome"]
        elif link["type"] == "ATTENDS":
            assert link["since"] == events[link["target"]]["starts_on"]


def test_no_duplicate_or_self_links(big: list[Record]) -> None:
    links = by_record(big, "link")
    identities = [link_identity(link) for link in links]
    assert len(identities) == len(set(identities))
    assert all(link["source"] != link["target"] for link in links)


def test_everything_is_marked_fictional(records: list[Record]) -> None:
    for rec in records:
        if rec["record"] == "link":
            assert rec["source"].startswith("syn-") and rec["target"].startswith("syn-")
            assert rec["reference"] == "synthetic"
        else:
            assert rec["id"].startswith("syn-")
            assert rec["source"] == "synthetic"
            # real programmes' certifications (AMED-certified VC...) belong to real organisations only
            assert not rec.get("certifications"), rec["id"]


def test_names_are_invented() -> None:
    for stem in ("takeda", "fujifilm", "agc", "lonza", "jafco"):
        assert stem in T.REAL_STEMS
    orgs = by_record(list(generate(3000, seed=11)), "organization")
    names = [o["name"] for o in orgs]
    assert len(set(names)) == len(names)
    real = re.compile(r"\b(" + "|".join(T.REAL_STEMS) + r")", re.IGNORECASE)
    assert not [n for n in names if real.search(n) or is_real_stem(n)]
    assert all(o["name_ja"] and has_japanese(o["name_ja"]) for o in orgs)


def test_same_seed_same_output_other_seed_differs() -> None:
    first = list(generate(200, seed=3))
    assert first == list(generate(200, seed=3))
    assert first != list(generate(200, seed=4))


def test_every_kind_appears_in_a_realistic_mix(records: list[Record]) -> None:
    all_kinds = {kind.value for kind in OrgKind}
    assert {o["kind"] for o in by_record(list(generate(50, seed=5)), "organization")} == all_kinds
    counts = Counter(o["kind"] for o in by_record(records, "organization"))
    assert set(counts) == all_kinds
    assert counts["startup"] > counts["pharma"] and counts["supplier"] > counts["university"]
    assert counts["startup"] == max(counts.values())


def test_profiles_are_half_japanese_and_consistent_in_language(records: list[Record]) -> None:
    orgs = by_record(records, "organization")
    japanese = [has_japanese(o["description"]) for o in orgs]
    assert 0.35 < sum(japanese) / len(orgs) < 0.65
    for org, ja in zip(orgs, japanese, strict=True):
        assert has_japanese(org["needs"]) == ja, org
        if org["region"][:2] != "JP":
            assert not ja, "organisations abroad write in English"


def test_structured_fields_use_the_vocabulary_and_agree_with_limitations(records: list[Record]) -> None:
    vocab = get_vocabulary()
    for bank in (T.MODALITY, T.TECH):
        assert set(bank) <= set(vocab.terms("modalities"))
    for bank in (T.CAPABILITY, T.CAPABILITY_SENTENCES):
        assert set(bank) <= set(vocab.terms("capabilities"))
    assert set(T.STAGE_SENTENCES) <= set(vocab.terms("stages"))
    assert set(T.ROUNDS) <= set(vocab.terms("funding_stages"))
    limits = [
        (neg[lang], set(neg.get("exclude", ())))
        for negs in T.NEGATIVES.values()
        for neg in negs
        for lang in ("en", "ja")
        if "{" not in neg[lang]
    ]
    limited = 0
    for org in by_record(records, "organization"):
        for sentence, excluded in limits:
            if sentence in org["description"]:
                limited += 1
                assert not excluded & set(org["modalities"] + org["capabilities"]), (sentence, org)
    assert 0.04 < limited / 500 < 0.2


def test_some_profiles_have_free_text_only(records: list[Record]) -> None:
    orgs = [o for o in by_record(records, "organization") if o["kind"] in ("cdmo", "cro", "supplier", "startup")]
    text_only = [o for o in orgs if not o["modalities"] and not o["capabilities"]]
    assert 0.1 < len(text_only) / len(orgs) < 0.35
    assert all(o["description"] and o["needs"] for o in text_only)


def test_the_same_capability_is_worded_differently(big: list[Record]) -> None:
    """Matching must work on meaning: a capability shows up under several paraphrases."""
    for cap in ("drug_substance", "clinical_supply", "single_use_bag"):
        holders = [o for o in by_record(big, "organization") if cap in o["capabilities"]]
        phrases = {
            p.split("{m}")[0] or p.split("{m}")[1]
            for lang in ("en", "ja")
            for p in T.CAPABILITY[cap][lang] + T.CAPABILITY_SENTENCES.get(cap, {}).get(lang, ())
        }
        used = {p for p in phrases for o in holders if p in o["description"]}
        assert len(used) >= 4, (cap, used)


def test_degree_distribution_is_heavy_tailed(big: list[Record]) -> None:
    orgs = {o["id"] for o in by_record(big, "organization")}
    links = by_record(big, "link")
    degree = Counter(end for link in links for end in (link["source"], link["target"]) if end in orgs)
    mean = sum(degree.values()) / len(orgs)
    assert max(degree.values()) >= 8 * mean
    # and the best-connected 1% hold a clearly larger share of link ends than uniform attachment
    # gives (about 0.065 for this size; preferential attachment gives about 0.09)
    top = sorted(degree.values(), reverse=True)[: len(orgs) // 100]
    assert sum(top) / sum(degree.values()) >= 0.08
    assert 4 <= len(links) / len(orgs) <= 6


def test_links_grow_over_time(big: list[Record]) -> None:
    years = Counter(int(link["since"][:4]) for link in by_record(big, "link"))
    assert sum(years[y] for y in (2023, 2024, 2025)) > 2 * sum(years[y] for y in (2016, 2017, 2018))


def test_seeds_communities_hubs_and_events(records: list[Record]) -> None:
    orgs = {o["id"]: o for o in by_record(records, "organization")}
    seeds = by_record(records, "seed")
    assert len(seeds) == 100
    assert {orgs[s["owner"]]["kind"] for s in seeds} <= {"university", "research_institute", "startup"}
    assert all(s["modalities"] and s["stage"] for s in seeds)
    assert 8 <= len(by_record(records, "hub")) <= 20
    assert any(c["name"] == "Syn Kanto Bio Forum" for c in by_record(records, "community"))
    assert all(len(o["communities"]) <= 3 for o in orgs.values())
    assert any(o.get("hub") for o in orgs.values())
    events = by_record(records, "event")
    per_year = Counter(int(e["starts_on"][:4]) for e in events)
    assert set(per_year) == set(range(2019, 2027)) and min(per_year.values()) >= 3
    assert all(e["starts_on"] <= e["ends_on"] for e in events)
    regions = Counter(o["region"][:2] == "JP" for o in orgs.values())
    assert regions[True] > 4 * regions[False] > 0


def test_count_estimate_is_close(records: list[Record]) -> None:
    assert abs(count_estimate(500) - len(records)) < 0.15 * len(records)
