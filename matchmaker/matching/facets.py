"""What a candidate offers and rules out, per facet section, computed once per candidate.

The scorer and the explainer read the same :class:`CandidateFacets`: what the candidate declares
(its fields, which win) together with what its description states (``inf_*``, the profile
analysis) and what the description negates or excludes (``neg_*``), unless declared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# What a seeker can want: modalities, capabilities (steps, services, parts) and a funding round,
# and requirements a partner must meet: GMP/GLP/GCP status, scale, and where its sites are.
REQUIREMENTS = ("compliance", "scales", "sites", "certifications", "criteria")
WANTED = ("modalities", "capabilities", "funding_stages", *REQUIREMENTS)


def declared(candidate: dict[str, Any], section: str) -> set[str]:
    """What an organisation declares in a facet section (its region counts as a site, with its country)."""
    if section == "sites":
        region = candidate.get("region")
        return {region, region.split("-")[0]} if region else set()
    if section == "funding_stages":
        return {candidate["funding_stage"]} if candidate.get("funding_stage") else set()
    return set(candidate.get(section) or [])


@dataclass(frozen=True)
class CandidateFacets:
    """Per section: ``offered`` (declared, plus stated when the analysis is used) and ``negated``
    (negated or excluded in the text and not declared; for sites, the text wins over the region)."""

    offered: dict[str, frozenset[str]]
    negated: dict[str, frozenset[str]]

    @classmethod
    def of(cls, candidate: dict[str, Any], *, analysed: bool = True, gmp_use: bool = False) -> CandidateFacets:
        """``analysed`` False: declared facets only (the match-quality bench's comparison);
        ``gmp_use``: a SUPPLIES link records its parts in GMP use (a criterion it meets)."""
        offered: dict[str, frozenset[str]] = {}
        negated: dict[str, frozenset[str]] = {}
        for section in WANTED:
            own = declared(candidate, section) | ({"gmp_use_record"} if gmp_use and section == "criteria" else set())
            stated = set(candidate.get(f"inf_{section}") or []) if analysed else set()
            ruled_out = set(candidate.get(f"neg_{section}") or []) if analysed else set()
            if section == "sites":
                # the registered region is where an organisation is, not a claim to operate there:
                # "only a sales office in Japan" in its own text beats it
                own = {r for r in own if r not in ruled_out and r.split("-")[0] not in ruled_out}
            offered[section] = frozenset(own | stated)
            negated[section] = frozenset(ruled_out - own)
        return cls(offered, negated)
