"""The hybrid score: named signals in [0, 1], combined in one place.

For a seeker s and a candidate c:

* forward  f = max(0, cos(q_s, o_c)): the seeker's query vector (its needs, or the text it typed)
  against the candidate's offer vector.
* reverse  r = max(0, cos(n_c, o_s)): the candidate's needs against the seeker's offer, when both
  exist (would the candidate want the seeker too?).
* semantic = 2fr / (f + r), the harmonic mean, when r exists, else f. The harmonic mean is high
  only when both directions are, so a one-sided match ranks below a mutual one.
* structured = the mean of the parts that apply:
  modality |W_m ∩ C_m| / |W_m|, capability |W_c ∩ C_c| / |W_c|; for investors the funding
  stage (1 when c invests in the seeker's round, 0.5 for an adjacent round, 0 otherwise or when c
  excludes that round); and for each requirement the seeker states (GMP/GLP/GCP status, scale,
  sites) the mean over its terms of 1 when c states it, 0 when c negates it ("not GMP-certified")
  and 1/2 when c says nothing. W are the facets the seeker wants (declared, or read from its needs
  or query text), C those the candidate declares or its description states (profile analysis);
  declared facets win over a negation in the text.
* graph = 0.4·[a community in common] + 0.2·[same hub] + 0.3·min(1, common partners / 3)
  + 0.1·[met before]: shared context makes an introduction easy (seekers in the graph only).
* score = Σ w_i·x_i / Σ w_i over the signals that apply, with w = 0.5 semantic, 0.35 structured,
  0.15 graph.
"""

from __future__ import annotations

from collections.abc import Iterable

WEIGHTS = {"semantic": 0.5, "structured": 0.35, "graph": 0.15}


def semantic(forward: float, reverse: float | None) -> float:
    f = max(0.0, forward)
    if reverse is None:
        return f
    r = max(0.0, reverse)
    return 0.0 if f + r == 0 else 2 * f * r / (f + r)


def coverage(wanted: Iterable[str], offered: Iterable[str]) -> float | None:
    wanted = set(wanted)
    if not wanted:
        return None
    return len(wanted & set(offered)) / len(wanted)


def stage_fit(
    wanted: Iterable[str], invests_in: Iterable[str], excludes: Iterable[str], order: dict[str, int]
) -> float | None:
    wanted = [w for w in wanted if w in order]
    rounds = [r for r in invests_in if r in order]
    if not wanted:
        return None
    if set(wanted) <= set(excludes):
        return 0.0
    if not rounds:
        return None
    distance = min(abs(order[w] - order[r]) for w in wanted for r in rounds)
    return 1.0 if distance == 0 else 0.5 if distance == 1 else 0.0


def requirement(wanted: Iterable[str], stated: Iterable[str], negated: Iterable[str]) -> float | None:
    """1 per wanted term the candidate states, 0 per term it negates, 1/2 when it is silent."""
    wanted, stated, negated = set(wanted), set(stated), set(negated)
    if not wanted:
        return None
    return sum(1.0 if t in stated else 0.0 if t in negated else 0.5 for t in wanted) / len(wanted)


def structured(*parts: float | None) -> float | None:
    present = [p for p in parts if p is not None]
    return sum(present) / len(present) if present else None


def graph(shared_communities: int, same_hub: bool, common_partners: int, met_before: bool) -> float:
    return 0.4 * (shared_communities > 0) + 0.2 * same_hub + 0.3 * min(1.0, common_partners / 3) + 0.1 * met_before


def combine(**signals: float | None) -> float:
    present = {k: v for k, v in signals.items() if v is not None}
    total = sum(WEIGHTS[k] for k in present)
    return sum(WEIGHTS[k] * v for k, v in present.items()) / total if total else 0.0
