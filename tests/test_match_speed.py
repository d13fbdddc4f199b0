"""Work a match does per request (issue 19): what caches answer instead of Neo4j or the encoder,
and bounds on the retrieval when filters leave (almost) nothing. Counted, not timed: each test
counts the named queries the matcher sends to the real Neo4j (a counting wrapper around
``Graph.read``) or the texts the real encoder encodes, and checks the answers stay the same."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import numpy as np
import pytest

from matchmaker.embeddings.registry import get_encoder
from matchmaker.graph.connection import Graph
from matchmaker.matching import retrievers
from matchmaker.matching.models import MatchFilters
from matchmaker.matching.service import Matcher
from matchmaker.matching.vectors import VectorCache
from tests.test_matching import POOL, load


def count_reads(graph: Graph, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Named queries sent through ``graph`` from now on (they still run against Neo4j)."""
    sent: Counter[str] = Counter()
    read = graph.read

    def counted(name: str | tuple[str, ...], **params: Any) -> list[dict[str, Any]]:
        sent[name if isinstance(name, str) else name[0]] += 1
        return read(name, **params)

    monkeypatch.setattr(graph, "read", counted)
    return sent


def test_a_repeated_match_by_id_takes_two_round_trips_and_answers_the_same(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(api, POOL)
    encoder = get_encoder()
    cache = VectorCache()
    cache.load(graph, encoder.name)
    matcher = Matcher(graph, encoder, cache)
    first = matcher.match_organization("m-startup", "cdmo", MatchFilters(), 5)
    sent = count_reads(graph, monkeypatch)
    again = matcher.match_organization("m-startup", "cdmo", MatchFilters(), 5)
    # the seeker with the embeddings meta, then the candidates; the sentences come from the memo
    assert sent == Counter({"matching/seeker": 1, "matching/from_ids": 1})
    assert again.model_dump() == first.model_dump() and first.matches
    # a plain matcher (no memo, no cache) gives the same answer
    assert Matcher(graph, encoder).match_organization("m-startup", "cdmo", MatchFilters(), 5) == first


def test_a_candidates_changed_profile_reaches_its_reasons(api: httpx.Client, graph: Graph) -> None:
    """The sentences memo is keyed by the candidate's embeddings revision and analysis: an edit
    makes the next match read them again."""
    load(api, POOL)
    encoder = get_encoder()
    cache = VectorCache()
    cache.load(graph, encoder.name)
    matcher = Matcher(graph, encoder, cache)

    def reasons(m: Matcher) -> list[str]:
        result = m.match_organization("m-startup", "cdmo", MatchFilters(), 5)
        return [r.en for match in result.matches if match.id == "m-cdmo-aav-en" for r in match.reasons]

    before = reasons(matcher)
    assert before and reasons(matcher) == before  # the second time from the memo
    aav = next(r for r in POOL if r.get("id") == "m-cdmo-aav-en")
    changed = {**aav, "description": "AAV viral vector manufacturing under GMP in Kanagawa, Japan, at up to 500 L."}
    assert api.put("/v1/organizations/m-cdmo-aav-en", json=changed).status_code == 200
    after = reasons(matcher)
    assert after != before and after == reasons(Matcher(graph, encoder))


def test_a_text_sent_again_is_not_encoded_again(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(api, POOL)
    encoder = get_encoder()
    matcher = Matcher(graph, encoder)
    encoded: list[str] = []
    encode = encoder.encode

    def counted(texts: Any, batch_size: int = 64) -> np.ndarray:
        encoded.extend(texts)
        return encode(texts, batch_size)

    monkeypatch.setattr(encoder, "encode", counted)
    need, offer = "We need GMP manufacturing of AAV vectors.", "We make single-use bags."
    first = matcher.match_text(need, "cdmo", MatchFilters(), 5, offer=offer)
    assert encoded  # the first time, both texts are encoded
    encoded.clear()
    again = matcher.match_text(need, "cdmo", MatchFilters(), 5, offer=offer)
    assert encoded == [] and again.model_dump() == first.model_dump()
    assert matcher.match_text("A different need: GLP toxicology.", "cro", MatchFilters(), 5).matches
    assert encoded and need not in encoded
    # cached vectors cannot be changed by whoever uses them
    with pytest.raises(ValueError):
        matcher.texts.query(need).vector[0] = 1.0


def test_a_filter_almost_nothing_passes_is_one_scan_not_a_walk_of_the_cache(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text and an offer with filters that leave nothing (the 13.9 s request in the schemathesis
    run): the cache's ranking is tried a bounded number of slices, then Neo4j scans the target
    kinds once. Stale rows (organisations deleted since the cache loaded) rank first here, as
    they did in the long-running test app, and do not change what is found."""
    load(api, POOL)
    encoder = get_encoder()
    cache = VectorCache()
    cache.load(graph, encoder.name)
    need = "GMP manufacturing of AAV vectors"
    rng = np.random.default_rng(5)
    near = encoder.encode([need])[0] + rng.normal(scale=0.05, size=(20_000, encoder.dimension))
    stale = [{"id": f"gone-{i}", "kind": "cdmo", "vec": v.tolist()} for i, v in enumerate(near)]
    cache._apply(encoder.name, cache._state.revision, stale)
    matcher = Matcher(graph, encoder, cache)
    sent = count_reads(graph, monkeypatch)
    nothing = MatchFilters(community="m-gtb", region="JP-01", certification="amed_certified_vc")
    result = matcher.match_text(need, "cdmo", nothing, 100, offer="We make single-use bags.")
    assert result.matches == []
    candidate_queries = sum(n for name, n in sent.items() if name.startswith("matching/from_"))
    assert candidate_queries <= retrievers.CACHE_SLICES + 1  # was one per 2,000 ranked ids: 11 here
    # a filter only a low-ranked candidate passes still finds it, exactly as without the cache
    found = [m.id for m in matcher.match_text(need, "cdmo", MatchFilters(region="JP-27"), 10).matches]
    assert found == ["m-cdmo-small-en"]
    assert found == [
        m.id for m in Matcher(graph, encoder).match_text(need, "cdmo", MatchFilters(region="JP-27"), 10).matches
    ]
