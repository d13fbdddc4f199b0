"""The matcher: retrieve candidates from Neo4j, score them (matching/score.py), explain the best.

Retrieval asks the vector index first and falls back to an exact scan of the target kinds when
the index leaves fewer candidates than the ranking needs (a selective filter), so filters never
empty a result that has qualifying candidates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.profiles import SentenceVectors, split_sentences
from matchmaker.embeddings.store import EncoderMismatch, stored_model
from matchmaker.graph.connection import Graph
from matchmaker.matching import score
from matchmaker.matching.models import Match, MatchFilters, MatchResponse, Reason, Seeker, Signals
from matchmaker.matching.vectors import VectorCache
from matchmaker.model.vocabulary import get_vocabulary
from matchmaker.profiles.analyser import SECTION_SOURCES, analyse
from matchmaker.profiles.store import stored_facets

# Kinds that provide services or goods, for which capability coverage means something.
PROVIDER_KINDS = frozenset({"cdmo", "cro", "supplier", "pharma", "university", "research_institute", "hospital"})
CANDIDATES_PER_RESULT = 5
MIN_CANDIDATES = 50
MAX_INDEX_K = 5000
# Below this many organisations of the target kinds, an exact scan is faster than the index.
EXACT_SCAN_LIMIT = 20_000
# Ids the vector cache hands the filter query at a time once the first, partial sort is used up.
CACHE_CHUNK = 2_000


class MatchError(Exception):
    """A match cannot be computed; ``status`` is the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Query:
    id: str | None
    vector: np.ndarray
    offer: np.ndarray | None
    wants: dict[str, list[str]]


def _cos(neo4j_score: float | None) -> float | None:
    """Neo4j reports cosine similarity as (1 + cos) / 2."""
    return None if neo4j_score is None else 2 * neo4j_score - 1


# What a seeker can want: modalities, capabilities (steps, services, parts) and a funding round,
# and requirements a partner must meet: GMP/GLP/GCP status, scale, and where its sites are.
REQUIREMENTS = ("compliance", "scales", "sites")
WANTED = ("modalities", "capabilities", "funding_stages", *REQUIREMENTS)


def declared(candidate: dict[str, Any], section: str) -> set[str]:
    """What an organisation declares in a facet section (its region counts as a site, with its country)."""
    if section == "sites":
        region = candidate.get("region")
        return {region, region.split("-")[0]} if region else set()
    if section == "funding_stages":
        return {candidate["funding_stage"]} if candidate.get("funding_stage") else set()
    return set(candidate.get(section) or [])


def offered(candidate: dict[str, Any], section: str, facets: bool = True) -> set[str]:
    """What a candidate offers in a facet section: its declared terms and, with ``facets``, those
    its description states (``inf_*``, the profile analysis), for both the score and the reasons."""
    stated = set(candidate.get(f"inf_{section}") or []) if facets else set()
    return declared(candidate, section) | stated


def negated(candidate: dict[str, Any], section: str, facets: bool = True) -> set[str]:
    """What a candidate's description negates or excludes (``neg_*``), unless it declares it:
    declared facets win."""
    if not facets:
        return set()
    return set(candidate.get(f"neg_{section}") or []) - declared(candidate, section)


def _unit(vector: list[float] | np.ndarray) -> np.ndarray:
    v = np.asarray(vector, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


class Matcher:
    """Ranks partners. With a warm ``vectors`` cache (the API keeps one per process) candidates
    come from an exact in-process ranking; without one (the CLI) from Neo4j's vector index or an
    exact scan in Cypher. Both paths apply the same filters in the same Cypher query."""

    def __init__(
        self, graph: Graph, encoder: Encoder, vectors: VectorCache | None = None, *, facets: bool = True
    ) -> None:
        self.graph = graph
        self.encoder = encoder
        self.vectors = vectors
        self.facets = facets  # False: declared facets only (the match-quality bench's comparison)
        self.revision = 0
        vocab = get_vocabulary()
        self.funding_order = {t.id: t.order or 0 for t in vocab.terms("funding_stages").values()}
        self.vocab = vocab

    # --- seekers ------------------------------------------------------------------------

    def _check_model(self) -> None:
        meta = stored_model(self.graph)
        if meta is None:
            raise MatchError(409, "no profile has been embedded yet: import data or run `matchmaker embed --all`")
        if meta["model"] != self.encoder.name:
            raise MatchError(409, str(EncoderMismatch(meta["model"], self.encoder.name)))
        self.revision = meta["revision"]

    def organization_query(self, org_id: str, *, own: bool = True) -> Query:
        """``own`` False: asked on the organisation's behalf by someone else (its community's
        secretariat, an event organiser), so confidential needs stay out and the query stands on
        what it offers and declares."""
        rows = self.graph.read("matching/seeker", id=org_id)
        if not rows:
            raise MatchError(404, f"organization {org_id!r} not found")
        p = rows[0]["props"]
        if p.get("vec_offer") is None:
            raise MatchError(409, f"organization {org_id!r} has no profile vector yet: run `matchmaker embed --all`")
        needs = own or not p.get("needs_confidential")
        vector = (p.get("vec_needs") if needs else None) or p["vec_offer"]
        declared_wants = {"modalities": set(p.get("modalities") or []), "funding_stages": declared(p, "funding_stages")}
        read = self.facets and needs
        wants = {
            section: sorted(declared_wants.get(section, set()) | set(p.get(f"want_{section}") or [] if read else []))
            for section in WANTED
        }
        return Query(org_id, _unit(vector), _unit(p["vec_offer"]), wants)

    def text_query(self, text: str) -> Query:
        sentences = split_sentences(text) or [text]
        vectors = self.encoder.encode(sentences)
        need = analyse(text) if self.facets else None
        wants = {section: need.positives(section) if need else [] for section in WANTED}
        return Query(None, _unit(vectors.mean(axis=0)), None, wants)

    def seed_query(self, seed_id: str) -> Query:
        """A seed looks for companies to develop or license it: its own text is the query, its
        modalities are wanted, and its owner stands in the graph (shared communities, partners)."""
        rows = self.graph.read("matching/seed", id=seed_id)
        if not rows:
            raise MatchError(404, f"seed {seed_id!r} not found")
        p = rows[0]["props"]
        text = " ".join(t for t in (p.get("name"), p.get("name_ja"), p.get("description")) if t)
        query = self.text_query(text)
        query.id = rows[0]["owner"]
        query.wants["modalities"] = sorted(set(query.wants["modalities"]) | set(p.get("modalities") or []))
        return query

    # --- ranking ------------------------------------------------------------------------

    def match_organization(
        self, org_id: str, target: str, filters: MatchFilters, limit: int, *, own: bool = True
    ) -> MatchResponse:
        self._check_model()
        return self._rank(self.organization_query(org_id, own=own), target, filters, limit)

    def match_seed(self, seed_id: str, target: str, filters: MatchFilters, limit: int) -> MatchResponse:
        self._check_model()
        return self._rank(self.seed_query(seed_id), target, filters, limit)

    def match_text(self, text: str, target: str, filters: MatchFilters, limit: int) -> MatchResponse:
        self._check_model()
        return self._rank(self.text_query(text), target, filters, limit)

    def candidates(self, query: Query, target: str, filters: MatchFilters, k: int) -> list[dict[str, Any]]:
        params = {
            "kinds": list(self.vocab.terms("org_kinds")) if target == "any" else [target],
            "seeker": query.id,
            "query": query.vector.tolist(),
            "reverse": None if query.offer is None else query.offer.tolist(),
            "k": k,
            **filters.model_dump(),
        }
        if self.vectors is not None and self.vectors.ready(self.graph, self.encoder.name, self.revision):
            first = k + 1 if filters == MatchFilters() else k * 4  # the seeker itself may be among them
            rows: list[dict[str, Any]] = []
            for ids in self.vectors.ranked(query.vector, params["kinds"], first=first, chunk=CACHE_CHUNK):
                params["k"] = k - len(rows)
                rows += self.graph.read("matching/candidates", mode="ids", ids=ids, k_index=0, **params)
                if len(rows) >= k:
                    break
            return rows
        no_ids = {"ids": [], **params}
        population = self.graph.read("matching/kind_count", kinds=params["kinds"])[0]["n"]
        if population > EXACT_SCAN_LIMIT:
            rows = self.graph.read("matching/candidates", mode="index", k_index=min(MAX_INDEX_K, k * 20), **no_ids)
            if len(rows) >= k:
                return rows
        return self.graph.read("matching/candidates", mode="scan", k_index=0, **no_ids)

    def _rank(self, query: Query, target: str, filters: MatchFilters, limit: int) -> MatchResponse:
        k = max(MIN_CANDIDATES, CANDIDATES_PER_RESULT * limit)
        rows = self.candidates(query, target, filters, k)
        scored = []
        for row in rows:
            c = row["props"]
            forward, reverse = _cos(row["fwd"]), _cos(row["rev"])
            parts = self._structured_parts(query, c)
            net = row["net"]
            g = (
                None
                if net is None
                else score.graph(
                    len(net["communities"]), bool(net["hubs"]), len(net["common_partners"]), net["met_before"]
                )
            )
            signals = Signals(
                semantic=score.semantic(forward, reverse),
                forward=max(0.0, forward),
                reverse=None if reverse is None else max(0.0, reverse),
                structured=score.structured(*parts.values()),
                graph=g,
            )
            total = score.combine(semantic=signals.semantic, structured=signals.structured, graph=signals.graph)
            scored.append((total, c, signals, parts, net))
        scored.sort(key=lambda t: (-t[0], t[1]["id"]))
        top = scored[:limit]
        texts = {r["id"]: r for r in self.graph.read("matching/sentences", ids=[c["id"] for _, c, *_ in top])}
        for _, c, *_ in top:
            c.update(texts.get(c["id"], {}))
        matches = [
            Match(
                id=c["id"],
                name=c["name"],
                name_ja=c.get("name_ja"),
                kind=c["kind"],
                score=round(total, 4),
                signals=signals,
                reasons=self._reasons(query, c, parts, net),
            )
            for total, c, signals, parts, net in top
        ]
        return MatchResponse(
            seeker=Seeker(id=query.id, wants=query.wants), target=target, model=self.encoder.name, matches=matches
        )

    def _structured_parts(self, query: Query, c: dict[str, Any]) -> dict[str, float | None]:
        """The structured fit's parts (score.py): coverage of what the seeker wants, and the
        requirements it states, each only where it applies to the candidate's kind."""
        provider, investor = c.get("kind") in PROVIDER_KINDS, c.get("kind") in ("vc", "finance")
        wants, facets = query.wants, self.facets

        def requirement(section: str) -> float | None:
            return score.requirement(wants[section], offered(c, section, facets), negated(c, section, facets))

        return {
            "modality": score.coverage(wants["modalities"], offered(c, "modalities", facets)),
            "capability": score.coverage(wants["capabilities"], offered(c, "capabilities", facets))
            if provider
            else None,
            "stage": score.stage_fit(
                wants["funding_stages"],
                offered(c, "funding_stages", facets),
                negated(c, "funding_stages", facets),
                self.funding_order,
            )
            if investor
            else None,
            "compliance": requirement("compliance") if provider else None,
            "scale": requirement("scales") if provider else None,
            "site": requirement("sites"),
        }

    # --- reasons ------------------------------------------------------------------------

    def _term(self, section: str, term_id: str) -> tuple[str, str]:
        """A facet term's English and Japanese labels (sites: region or country codes)."""
        source = SECTION_SOURCES.get(section, section)
        term = self.vocab.terms(source).get(term_id)
        if term is not None:
            return term.en, term.ja
        label = self.vocab.label(source, term_id)
        return label, label

    def _reasons(
        self, query: Query, c: dict[str, Any], parts: dict[str, float | None], net: dict[str, Any] | None
    ) -> list[Reason]:
        reasons: list[Reason] = []
        facets = stored_facets(c.get("analysis")) if self.facets else []

        def quote(section: str, term_id: str, polarity: str) -> str | None:
            return next(
                (
                    f["evidence"]
                    for f in facets
                    if f["text"] == "description"
                    and f["section"] == section
                    and f["term"] == term_id
                    and f["polarity"] == polarity
                ),
                None,
            )

        codes = {"capabilities": "capability", "modalities": "modality", "compliance": "compliance",
                 "scales": "scale", "sites": "site"}  # fmt: skip
        for section, code in codes.items():
            has = offered(c, section, self.facets)
            for term_id in [t for t in query.wants[section] if t in has][:3]:
                en, ja = self._term(section, term_id)
                said = quote(section, term_id, "positive")
                where_en = f"stated in “{said}”" if said else "declared in the profile"
                where_ja = f"「{said}」に記載" if said else "プロフィールで申告"
                reasons.append(Reason(code=code, en=f"{en}: {where_en}", ja=f"{ja}：{where_ja}", evidence=said))
        for section in WANTED:
            for term_id in sorted(set(query.wants[section]) & negated(c, section, self.facets))[:2]:
                en, ja = self._term(section, term_id)
                said = quote(section, term_id, "negative")
                reasons.append(
                    Reason(
                        code="caution",
                        en=f"Not {en}, by its own account: “{said}”",
                        ja=f"{ja}は対象外と記載：「{said}」",
                        evidence=said,
                    )
                )
        if parts["stage"] == 1.0:
            matched = sorted(set(query.wants["funding_stages"]) & offered(c, "funding_stages", self.facets))
            if matched:
                stage = self.vocab.terms("funding_stages")[matched[0]]
                reasons.append(
                    Reason(
                        code="stage",
                        en=f"Invests at {stage.en}, the round you look for",
                        ja=f"{stage.ja}ラウンドに投資",
                    )
                )
        offer = SentenceVectors.from_graph(c.get("sent_offer"), c.get("sentvec_offer"), self.encoder.dimension)
        best = offer.best(query.vector) if offer is not None else None
        if best is not None:
            sentence, similarity = best
            reasons.append(
                Reason(
                    code="statement",
                    en=f"Best-matching statement ({similarity:.2f}): “{sentence}”",
                    ja=f"最も合致した記述（{similarity:.2f}）：「{sentence}」",
                    evidence=sentence,
                )
            )
        needs = SentenceVectors.from_graph(c.get("sent_needs"), c.get("sentvec_needs"), self.encoder.dimension)
        best = needs.best(query.offer) if needs is not None and query.offer is not None else None
        if best is not None:
            sentence, similarity = best
            if similarity >= 0.3:
                reasons.append(
                    Reason(
                        code="reciprocal",
                        en=f"They look for what you offer: “{sentence}”",
                        ja=f"先方のニーズにも合致：「{sentence}」",
                        evidence=sentence,
                    )
                )
        if net:
            if net["communities"]:
                reasons.append(
                    Reason(
                        code="community",
                        en="Both members of " + ", ".join(net["communities"]),
                        ja="ともに" + "、".join(net["communities_ja"]) + "のメンバー",
                    )
                )
            if net["hubs"]:
                reasons.append(
                    Reason(
                        code="hub", en="Same hub: " + ", ".join(net["hubs"]), ja="同じ拠点：" + "、".join(net["hubs"])
                    )
                )
            if net["common_partners"]:
                names = net["common_partners"]
                reasons.append(
                    Reason(
                        code="partners",
                        en=f"{len(names)} partner(s) in common, e.g. {names[0]}",
                        ja=f"共通の取引先・関係先 {len(names)} 件（例：{names[0]}）",
                    )
                )
            if net["met_before"]:
                reasons.append(Reason(code="met", en="You have met before", ja="過去に面談実績あり"))
        return reasons
