"""Work a match does per request (issue 19): what caches answer instead of Neo4j or the encoder,
and bounds on the retrieval when filters leave (almost) nothing. Counted, not timed: each test
counts the named queries the matcher sends to the real Neo4j (a counting wrapper around
``Graph.read``) or the texts the real encoder encodes, and checks the answers stay the same."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import httpx
import numpy as np
import pytest

from matchmaker.embeddings.registry import get_encoder
from matchmaker.graph.connection import Graph
from matchmaker.matching import retrievers, service
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


def test_a_repeated_match_by_id_sends_no_candidate_query_and_answers_the_same(
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
    # the seeker with the embeddings meta, graph version and its side of the network facts: the
    # candidates' rows (with theirs) and sentences come from the memos kept for that version
    assert sent == Counter({"matching/seeker": 1})
    assert again.model_dump() == first.model_dump() and first.matches
    # a plain matcher (no memo, no cache) gives the same answer, its similarities computed by Neo4j
    plain = Matcher(graph, encoder).match_organization("m-startup", "cdmo", MatchFilters(), 5)
    assert [(m.id, m.reasons) for m in plain.matches] == [(m.id, m.reasons) for m in first.matches]
    assert [m.score for m in plain.matches] == pytest.approx([m.score for m in first.matches], abs=1e-4)
    # an edit moves the graph version: the next match reads the candidates again
    aav = next(r for r in POOL if r.get("id") == "m-cdmo-aav-en")
    assert api.put("/v1/organizations/m-cdmo-aav-en", json={**aav, "region": "JP-27"}).status_code == 200
    sent.clear()
    matcher.match_organization("m-startup", "cdmo", MatchFilters(), 5)
    assert sent["matching/rows"] == 1  # one read for every retrieval's rows, no vector read


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
    # one retrieval, and one more for each wanted modality (its stating candidates): each bounded
    retrievals = 1 + min(len(result.seeker.wants["modalities"]), service.MAX_WANTED_MODALITIES)
    assert retrievals == 2  # AAV is wanted
    assert candidate_queries <= (retrievers.CACHE_SLICES + 1) * retrievals  # was one per 2,000 ranked ids: 11 each
    # a filter only a low-ranked candidate passes still finds it, exactly as without the cache
    found = [m.id for m in matcher.match_text(need, "cdmo", MatchFilters(region="JP-27"), 10).matches]
    assert found == ["m-cdmo-small-en"]
    assert found == [
        m.id for m in Matcher(graph, encoder).match_text(need, "cdmo", MatchFilters(region="JP-27"), 10).matches
    ]


BUYERS = [
    {"record": "organization", "id": "n-maker", "kind": "supplier", "name": "Bag Maker",
     "description": "We make single-use bioprocess bags and tubing assemblies in Shizuoka, "
     "and filters for cell culture."},
    *[{"record": "organization", "id": f"n-buyer-{i:02d}", "kind": kind, "name": f"Buyer {i}",
       "description": f"Biologics plant {i} in Japan.", "needs": need}
      for i, (kind, need) in enumerate([
          ("pharma", "We look for suppliers of single-use bags for our antibody plant."),
          ("pharma", "低分子原薬の原料を国内で調達したい。"),
          ("cdmo", "シングルユースのバッグとチューブの国内サプライヤーを探しています。"),
          ("cdmo", "Chromatography resins for downstream purification."),
          ("pharma", "Glass vials and stoppers for fill and finish."),
      ])],
    {"record": "organization", "id": "n-buyer-secret", "kind": "pharma", "name": "Quiet Buyer",
     "description": "A pharma company in Osaka.", "needs": "Single-use bags for our antibody plant.",
     "needs_confidential": True},
    {"record": "organization", "id": "n-buyer-silent", "kind": "pharma", "name": "Silent Buyer",
     "description": "A pharma company in Tokyo."},
]  # fmt: skip


def test_buyers_ranked_by_their_needs_come_from_the_cache_as_from_neo4j(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parts maker's buyers are ranked by what they look for: with a warm cache that ranking is
    the cache's needs vectors (no scan of every buyer in Cypher), and it is the same as Neo4j's,
    confidential needs and silent buyers last, by id."""
    load(api, [*POOL, *BUYERS])
    encoder = get_encoder()
    cache = VectorCache()
    cache.load(graph, encoder.name)
    cached, plain = Matcher(graph, encoder, cache), Matcher(graph, encoder)
    offer = "シングルユースバッグを製造しています"
    expected = [plain.match_organization("n-maker", t, MatchFilters(), 20) for t in ("pharma", "any")]
    expected.append(plain.match_text(None, "pharma", MatchFilters(), 20, offer=offer))
    sent = count_reads(graph, monkeypatch)
    answers = [cached.match_organization("n-maker", t, MatchFilters(), 20) for t in ("pharma", "any")]
    answers.append(cached.match_text(None, "pharma", MatchFilters(), 20, offer=offer))
    # rows are read for the pharma buyers, then for the CDMOs "any" adds; the offer text finds all kept
    assert sent["matching/rows"] == 2 and not sent["matching/from_scan"] and not sent["matching/kind_count"]
    for got, want in zip(answers, expected, strict=True):
        assert got.seeker.direction == "offer"
        assert [(m.id, m.score) for m in got.matches] == [(m.id, m.score) for m in want.matches]
        ids = [m.id for m in got.matches]
        assert ids[0] in {"n-buyer-00", "n-buyer-02"}
        assert ids.index("n-buyer-secret") > ids.index("n-buyer-04") and "n-buyer-silent" in ids


def test_a_modality_filter_is_answered_from_the_cache_and_follows_what_profiles_state(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A modality or certification filter (and a wanted modality's own retrieval) ranks within the
    cache's index of what each profile states, with the same answer as Neo4j's filter; a profile
    that starts stating the modality is found after its edit, with no reload."""
    load(api, POOL)
    encoder = get_encoder()
    cache = VectorCache()
    cache.load(graph, encoder.name)
    cached, plain = Matcher(graph, encoder, cache), Matcher(graph, encoder)
    need, antibody = "GMP manufacturing for our programme", MatchFilters(modality="antibody")

    def ids(matcher: Matcher) -> list[str]:
        return [m.id for m in matcher.match_text(need, "cdmo", antibody, 10).matches]

    before = ids(cached)
    assert before == ids(plain) and "m-cdmo-aav-en" not in before
    sent = count_reads(graph, monkeypatch)
    assert ids(cached) == before and not sent["matching/rows"] and not sent["matching/from_scan"]
    aav = next(r for r in POOL if r.get("id") == "m-cdmo-aav-en")
    changed = {**aav, "description": aav["description"] + " We also make monoclonal antibodies under GMP."}
    assert api.put("/v1/organizations/m-cdmo-aav-en", json=changed).status_code == 200
    after = ids(cached)
    assert "m-cdmo-aav-en" in after and after == ids(plain)


def test_the_final_page_has_its_own_sentences_whatever_the_rerank_moves(
    api: httpx.Client, graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the warm cache, the sentences (for the reasons' evidence) are read for the page the
    hubness rerank leaves, not the page before it: a rerank that turns the window upside down
    still gives every match of the page its best statement."""
    load(api, POOL)
    encoder = get_encoder()
    cache = VectorCache()
    cache.load(graph, encoder.name)
    matcher = Matcher(graph, encoder, cache)

    def upside_down(window: list[Any], vectors: list[Any]) -> list[Any]:
        return [replace(s, total=-s.total) for s in window]  # the last of the window ranks first

    monkeypatch.setattr(matcher.scorer, "rerank", upside_down)
    result = matcher.match_text("GMP manufacturing of AAV vectors", "any", MatchFilters(), 2)
    assert len(result.matches) == 2
    for match in result.matches:
        assert any(r.code == "statement" for r in match.reasons), match.id
