"""The public-fact data: valid, and every record cites a line that exists in its source document."""

from __future__ import annotations

import re
from collections import Counter

import orjson
import pytest

from matchmaker.cli.seed import public_files
from matchmaker.model.records import RECORD_ADAPTER, Community, Link, Organization
from tests.conftest import SHARED_SEEDS

CITATION = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt) l\.(\d+)(?:-(\d+))?")


def records() -> list:
    return [
        RECORD_ADAPTER.validate_python(orjson.loads(line))
        for path in public_files()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_public_data_validates_and_has_the_documented_entities() -> None:
    recs = records()
    orgs = [r for r in recs if isinstance(r, Organization)]
    assert sum("gtb" in o.communities for o in orgs) == 43
    assert sum(r.record == "hub" and r.community == "gtb" for r in recs) == 8
    assert sum("amed_certified_vc" in o.certifications for o in orgs) == 23
    assert sum("amed_supported_venture" in o.certifications for o in orgs) == 19
    investments = [r for r in recs if isinstance(r, Link) and r.type == "INVESTED_IN"]
    assert len(investments) == 19 and all(r.attributes.get("lead") for r in investments)
    ids = Counter(r.id for r in recs if not isinstance(r, Link))
    assert ids.most_common(1)[0][1] == 1


def test_every_record_cites_an_existing_line() -> None:
    if not SHARED_SEEDS.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    lengths = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in SHARED_SEEDS.glob("*.txt")}
    citations = []
    for rec in records():
        citations.append((rec, rec.reference if isinstance(rec, Link) else rec.source))
        if getattr(rec, "location_source", None):  # a location is stated where a document says so
            citations.append((rec, rec.location_source))
        citations += [(f, f.source) for f in getattr(rec, "figures", [])]  # each disclosed figure cites its own
    for rec, citation in citations:
        found = CITATION.findall(citation or "")
        assert found, f"{rec} cites nothing"
        for name, start, end in found:
            assert name in lengths, citation
            assert 1 <= int(start) <= int(end or start) <= lengths[name], citation


def test_reference_clusters_and_disclosed_figures() -> None:
    """The overseas clusters of 001 with the counts it gives, and GTB's targets and results from 002."""
    communities = {r.id: r for r in records() if isinstance(r, Community)}
    refs = {i for i, c in communities.items() if c.kind == "reference"}
    assert refs == {"cluster-boston-cambridge", "cluster-sf-bay-area", "cluster-san-diego", "cluster-london"}
    for cid in refs:
        assert all(f.source.startswith("001_66094910667dc58f.txt") for f in communities[cid].figures)
    boston = {(f.metric.value, f.scope): f.value for f in communities["cluster-boston-cambridge"].figures}
    assert boston == {("companies", None): 500, ("jobs", None): 90_000, ("funding", "Cambridge"): 3.4e9,
                      ("funding", "Boston"): 0.92e9}  # fmt: skip
    assert not communities["cluster-london"].figures  # 001 gives no company, job or funding counts for London
    gtb = {(f.metric.value, f.kind, f.year): f for f in communities["gtb"].figures}
    assert gtb[("sales", "target", 2030)].value == 147e12 and gtb[("sales", "actual", 2020)].value == 103e12
    assert all(f.source.startswith("002_baa67c525c78ab12.txt") for f in gtb.values())
