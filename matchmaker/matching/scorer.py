"""The scorer: each retrieved candidate's named signals and total (formulas in matching/score.py).

It keeps what it computed (the candidate's facets, the structured fit's parts, its conflicts, the
network facts) on the :class:`Scored` candidate, so the explainer words the same facts the score
used rather than computing them again, and the ranking puts candidates with a conflict last.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from matchmaker.matching import score
from matchmaker.matching.facets import WANTED, CandidateFacets
from matchmaker.matching.memo import Memo
from matchmaker.matching.models import Signals
from matchmaker.matching.seekers import Query
from matchmaker.model.vocabulary import Vocabulary

# Kinds that provide services or goods, for which capability coverage means something.
PROVIDER_KINDS = frozenset({"cdmo", "cro", "supplier", "pharma", "university", "research_institute", "hospital"})
INVESTOR_KINDS = frozenset({"vc", "finance"})
# Parts whose 0 is a conflict: the candidate states something other than what is wanted (a capability
# at 0 is only a gap: profiles list what they are known for). Any wanted term the candidate rules out
# ("原薬の製造は行っていない") is a conflict too.
CONFLICTS = ("modality", "stage", "compliance", "scale", "site", "certification", "procurement")


@dataclass
class Scored:
    """A candidate with its score and everything the score was computed from."""

    props: dict[str, Any]
    facets: CandidateFacets
    buys: dict[str, Any]  # what the candidate procures (its needs' parts and criteria), unless confidential
    parts: dict[str, float | None]
    net: dict[str, Any] | None
    signals: Signals
    total: float

    @property
    def id(self) -> str:
        return self.props["id"]

    ruled_out: tuple[str, ...] = ()  # wanted terms the candidate negates, any section

    @property
    def conflicts(self) -> list[str]:
        return [p for p in CONFLICTS if self.parts.get(p) == 0.0] + list(self.ruled_out)

    def rank_key(self) -> tuple[bool, float, float, str]:
        """Conflicts last; for a seeker that offers, buyers that look for what it offers first."""
        return (bool(self.conflicts), -(self.parts.get("procurement") or 0.0), -self.total, self.id)


def _cos(neo4j_score: float | None) -> float | None:
    """Neo4j reports cosine similarity as (1 + cos) / 2."""
    return None if neo4j_score is None else 2 * neo4j_score - 1


#: Candidates whose facets a scorer keeps (as many as the matcher keeps rows).
FACETS_MEMO_SIZE = 20_000


class Scorer:
    """Semantic, structured and graph signals, combined by :func:`score.combine`."""

    def __init__(self, vocabulary: Vocabulary, *, analysed: bool = True) -> None:
        self.analysed = analysed  # False: declared facets only (the match-quality bench's comparison)
        self.funding_order = {t.id: t.order or 0 for t in vocabulary.terms("funding_stages").values()}
        self.scale_order = {t.id: t.order or 0 for t in vocabulary.terms("scales").values()}
        self.family: dict[str, str | None] = {
            t.id: getattr(t, "family", None) for t in vocabulary.terms("modalities").values()
        }
        self.implies: dict[str, tuple[str, ...]] = {
            t.id: tuple(getattr(t, "implies", None) or ()) for t in vocabulary.terms("modalities").values()
        }
        # A candidate row kept by the retriever's memo is the same object request after request:
        # its facets are computed once (kept with the row they were computed from, so a new row
        # for the same id, after an edit, is computed afresh).
        self.facets = Memo(FACETS_MEMO_SIZE)

    def facets_of(self, row: dict[str, Any]) -> CandidateFacets:
        if self.analysed and (kept := row.get("facets")) is not None:  # the row store's (matching/store.py)
            return kept
        props = row["props"]
        key = (id(props), bool(row.get("gmp_use")))
        kept = self.facets.peek(key)
        if kept is not None and kept[0] is props:
            return kept[1]
        facets = CandidateFacets.of(props, analysed=self.analysed, gmp_use=key[1])
        self.facets.put(key, (props, facets))
        return facets

    def score(self, query: Query, row: dict[str, Any]) -> Scored:
        c = row["props"]
        facets = self.facets_of(row)
        buys = (row.get("buys") or {}) if self.analysed else {}
        # fwd is None only by needs, for a candidate without (shareable) needs: nothing to go on
        forward, reverse = _cos(row["fwd"]) or 0.0, _cos(row["rev"])
        parts = self.structured_parts(query, c["kind"], facets)
        if query.by_needs:
            parts |= self.buyer_parts(query, buys)
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
        ruled_out = tuple(
            t for s in WANTED if query.wants[s] for t in sorted(facets.negated[s].intersection(query.wants[s]))
        )
        return Scored(c, facets, buys, parts, net, signals, total, ruled_out)

    def rerank(self, window: list[Scored], vectors: list[np.ndarray | None]) -> list[Scored]:
        """The rerank window rescored: each candidate's forward similarity less half its
        neighbourhood density among the window (:func:`score.hub_corrected`, CSLS), by its unit
        offer vector in ``vectors`` (None: it keeps its score and is left out of the others'
        neighbourhoods)."""
        known = [i for i, v in enumerate(vectors) if v is not None]
        if len(known) < 3:
            return window
        densities = dict(zip(known, score.density(np.stack([vectors[i] for i in known])), strict=True))
        out = list(window)
        for i, hub in densities.items():
            s = window[i]
            semantic = score.semantic(score.hub_corrected(s.signals.forward, float(hub)), s.signals.reverse)
            signals = s.signals.model_copy(update={"semantic": semantic, "density": round(float(hub), 4)})
            total = score.combine(semantic=semantic, structured=signals.structured, graph=signals.graph)
            out[i] = replace(s, signals=signals, total=total)
        return out

    @staticmethod
    def buyer_parts(query: Query, buys: dict[str, Any]) -> dict[str, float | None]:
        """For a seeker that offers: does the candidate procure what it offers (its needs seek it, or
        say it is covered), and does the seeker meet its criteria. A buyer that names such parts in
        its description (a CDMO's bioreactors) may still buy them: its reasons say so, its rank does not."""
        offered = set(query.offers.get("capabilities") or [])
        if not offered:
            return {}
        seeks, covered = set(buys.get("want_capabilities") or []), set(buys.get("avoid_capabilities") or [])
        procurement = 1.0 if offered & seeks else 0.0 if offered <= covered else 0.5
        criteria = score.requirement(buys.get("want_criteria") or [], query.offers.get("criteria") or [], [])
        return {"procurement": procurement, "criteria": criteria}

    def structured_parts(self, query: Query, kind: str, facets: CandidateFacets) -> dict[str, float | None]:
        """The structured fit's parts: what the seeker wants and the requirements it states, each
        only where it applies to the candidate's kind."""
        provider, investor = kind in PROVIDER_KINDS, kind in INVESTOR_KINDS
        wants, offered, negated = query.wants, facets.offered, facets.negated

        def fit(section: str, formula: Any, *args: Any) -> float | None:
            # nothing wanted: every formula gives None (a part that does not apply); most seekers
            # want two or three sections, and this runs for each of a match's 50-150 candidates
            if not wants[section]:
                return None
            return formula(wants[section], offered[section], negated[section], *args)

        return {
            "modality": fit("modalities", score.modality_fit, self.family, self.implies),
            "capability": fit("capabilities", score.coverage) if provider else None,
            "stage": fit("funding_stages", score.stage_fit, self.funding_order) if investor else None,
            "compliance": fit("compliance", score.requirement) if provider else None,
            "scale": fit("scales", score.scale_fit, self.scale_order) if provider else None,
            "site": fit("sites", score.requirement),
            "certification": fit("certifications", score.certified) if investor else None,
            "criteria": fit("criteria", score.requirement) if provider else None,
        }
