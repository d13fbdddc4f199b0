"""The public-fact data: valid, and every record cites a line that exists in its source document."""

from __future__ import annotations

import re
from collections import Counter

import orjson
import pytest

from matchmaker.cli.seed import public_files
from matchmaker.model.records import RECORD_ADAPTER, Link, Organization
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
    for rec in records():
        citation = rec.reference if isinstance(rec, Link) else rec.source
        found = CITATION.findall(citation or "")
        assert found, f"{rec} cites nothing"
        for name, start, end in found:
            assert name in lengths, citation
            assert 1 <= int(start) <= int(end or start) <= lengths[name], citation
