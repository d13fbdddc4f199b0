"""The labelled match-quality benchmark (bench/data/): well-formed, consistent, big enough. No Neo4j."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from matchmaker.model.records import RECORD_ADAPTER, Organization

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
DIRECTIONS = re.compile(r"^(any|[a-z]+->[a-z]+)$")
JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def read(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_japanese(text: str | None) -> bool:
    letters = [c for c in text or "" if c.isalpha()]
    return bool(letters) and sum(bool(JA.match(c)) for c in letters) / len(letters) > 0.3


@pytest.fixture(scope="module", params=["", "_small"], ids=["full", "small"])
def bench(request: pytest.FixtureRequest) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return read(f"match_pool{request.param}.jsonl"), read(f"match_queries{request.param}.jsonl")


def test_every_pool_line_validates(bench: tuple[list, list]) -> None:
    pool, _ = bench
    ids = set()
    for line in pool:
        record = RECORD_ADAPTER.validate_python(line)
        assert isinstance(record, Organization)
        assert record.id.startswith("qb-") and record.source == "benchmark (fictional)"
        assert record.description and record.needs
        ids.add(record.id)
    assert len(ids) == len(pool), "duplicate ids"


def test_every_query_is_well_formed(bench: tuple[list, list]) -> None:
    pool, queries = bench
    kind = {o["id"]: o["kind"] for o in pool}
    assert len({q["id"] for q in queries}) == len(queries)
    for q in queries:
        assert set(q) == {"id", "lang", "direction", "target", "text", "relevant"}, q["id"]
        assert q["lang"] in ("ja", "en") and DIRECTIONS.match(q["direction"]), q["id"]
        assert is_japanese(q["text"]) == (q["lang"] == "ja"), q["id"]
        assert q["relevant"] and all(g in (1, 2) for g in q["relevant"].values()), q["id"]
        for cid in q["relevant"]:
            assert cid in kind, f"{q['id']}: {cid} is not in the pool"
            assert q["target"] in ("any", kind[cid]), f"{q['id']}: {cid} is a {kind[cid]}, not a {q['target']}"
        assert 2 in q["relevant"].values(), f"{q['id']}: no fully relevant candidate"


def test_sizes_and_groups() -> None:
    pool, queries = read("match_pool.jsonl"), read("match_queries.jsonl")
    assert len(pool) >= 300 and len(queries) >= 40
    kinds = {o["kind"] for o in pool}
    assert {"cdmo", "cro", "vc", "pharma", "supplier", "startup", "university"} <= kinds
    japanese = sum(is_japanese(o["description"]) for o in pool)
    assert 0.4 <= japanese / len(pool) <= 0.6, "about half the profiles in Japanese"
    assert sum(not o.get("modalities") and not o.get("capabilities") for o in pool) >= 50, "free-text-only profiles"
    lang = {o["id"]: "ja" if is_japanese(o["description"]) else "en" for o in pool}
    cross = 0
    for q in queries:
        full = [c for c, g in q["relevant"].items() if g == 2]
        cross += 2 * sum(lang[c] != q["lang"] for c in full) > len(full)
    assert {q["lang"] for q in queries} == {"ja", "en"}
    assert cross >= len(queries) // 4, "cross-lingual queries"
    assert {"startup->cdmo", "startup->cro", "startup->vc", "supplier->pharma", "supplier->cdmo",
            "university->company"} <= {q["direction"] for q in queries}  # fmt: skip


def test_small_copy_is_a_consistent_subset() -> None:
    pool = {o["id"]: o for o in read("match_pool.jsonl")}
    queries = {q["id"]: q for q in read("match_queries.jsonl")}
    small_pool, small_queries = read("match_pool_small.jsonl"), read("match_queries_small.jsonl")
    assert len(small_queries) >= 12 and len(small_pool) <= 80
    for o in small_pool:
        assert pool[o["id"]] == o
    small_ids = {o["id"] for o in small_pool}
    for q in small_queries:
        full = queries[q["id"]]
        assert q == full, f"{q['id']} differs from the full set"
        assert set(q["relevant"]) <= small_ids, f"{q['id']}: relevant candidates missing from the small pool"
    relevant = set().union(*(q["relevant"] for q in small_queries))
    assert len(small_ids - relevant) >= 10, "the small pool needs distractors"
    assert {q["lang"] for q in small_queries} == {"ja", "en"}
