"""The scorer: each retrieved candidate's named signals and total (formulas in matching/score.py).

It keeps what it computed (the candidate's facets, the structured fit's parts, the network facts)
on the :class:`Scored` candidate, so the explainer words the same facts the score used rather than
computing them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from matchmaker.matching import score
from matchmaker.matching.facets import CandidateFacets
from matchmaker.matching.models import Signals
from matchmaker.matching.seekers import Query
from matchmaker.model.vocabulary import Vocabulary

# Kinds that provide services or goods, for which capability coverage means something.
PROVIDER_KINDS = frozenset({"cdmo", "cro", "supplier", "pharma", "university", "research_institute", "hospital"})
INVESTOR_KINDS = frozenset({"vc", "finance"})


@dataclass
class Scored:
    """A candidate with its score and everything the score was computed from."""

    props: dict[str, Any]
    facets: CandidateFacets
    parts: dict[str, float | None]
    net: dict[str, Any] | None
    signals: Signals
    total: float

    @property
    def id(self) -> str:
        return self.props["id"]


def _cos(neo4j_score: float | None) -> float | None:
    """Neo4j reports cosine similarity as (1 + cos) / 2."""
    return None if neo4j_score is None else 2 * neo4j_score - 1


class Scorer:
    """Semantic, structured and graph signals, combined by :func:`score.combine`."""

    def __init__(self, vocabulary: Vocabulary, *, analysed: bool = True) -> None:
        self.analysed = analysed  # False: declared facets only (the match-quality bench's comparison)
        self.funding_order = {t.id: t.order or 0 for t in vocabulary.terms("funding_stages").values()}

    def score(self, query: Query, row: dict[str, Any]) -> Scored:
        c = row["props"]
        facets = CandidateFacets.of(c, analysed=self.analysed)
        forward, reverse = _cos(row["fwd"]), _cos(row["rev"])
        parts = self.structured_parts(query, c["kind"], facets)
        net = row["net"]
        graph = None if net is None else score.graph(
            len(net["communities"]), bool(net["hubs"]), len(net["common_partners"]), net["met_before"]
        )  # fmt: skip
        signals = Signals(
            semantic=score.semantic(forward, reverse),
            forward=max(0.0, forward),
            reverse=None if reverse is None else max(0.0, reverse),
            structured=score.structured(*parts.values()),
            graph=graph,
        )
        total = score.combine(semantic=signals.semantic, structured=signals.structured, graph=signals.graph)
        return Scored(c, facets, parts, net, signals, total)

    def structured_parts(self, query: Query, kind: str, facets: CandidateFacets) -> dict[str, float | None]:
        """The structured fit's parts: coverage of what the seeker wants, and the requirements it
        states, each only where it applies to the candidate's kind."""
        provider, investor = kind in PROVIDER_KINDS, kind in INVESTOR_KINDS
        wants, offered, negated = query.wants, facets.offered, facets.negated

        def requirement(section: str) -> float | None:
            return score.requirement(wants[section], offered[section], negated[section])

        return {
            "modality": score.coverage(wants["modalities"], offered["modalities"]),
            "capability": score.coverage(wants["capabilities"], offered["capabilities"]) if provider else None,
            "stage": score.stage_fit(
                wants["funding_stages"], offered["funding_stages"], negated["funding_stages"], self.funding_order
            )
            if investor
            else None,
            "compliance": requirement("compliance") if provider else None,
            "scale": requirement("scales") if provider else None,
            "site": requirement("sites"),
        }
