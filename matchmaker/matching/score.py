"""The hybrid score: named signals in [0, 1], combined in one place.

For a seeker s and a candidate c:

* forward  f = max(0, cos(q_s, o_c)): the seeker's query vector (its needs, or the text it typed)
  against the candidate's offer vector (the normalised mean of its sentence vectors).
  For the candidates in the rerank window (the best 3·limit, at least 30, by the order below), f
  is then corrected for hubness: f = max(0, f - ½·(r_c - mean r)), with r_c the mean cosine of
  c's offer vector to its k = 10 nearest other candidates of the window (CSLS, cross-domain
  similarity local scaling: 2·cos - r_c, halved; Conneau, Lample, Ranzato, Denoyer & Jégou 2018,
  "Word Translation Without Parallel Data", ICLR; hubs: Radovanović, Nanopoulos & Ivanović 2010,
  "Hubs in Space", JMLR). A candidate in a dense cluster of near-identical profiles (a hub) is
  close to any query on that topic partly for being in the cluster; a broad profile (a CDMO
  stating antibodies among four modalities) lies between clusters, and its whole-profile cosine
  to a one-topic query is diluted by what else it states. Without the correction, the dozens of
  specialists that tie with it on the structured fit all rank above it: breadth is penalised.
  The neighbourhood is the window's, not the whole graph's, so it costs no round trip: the
  window's offer vectors come from the warm vector cache (without one, the normalised mean of
  each candidate's stored sentence vectors, read with the final page's and kept).
* reverse  r = max(0, cos(n_c, o_s)): the candidate's needs against the seeker's offer, when both
  exist (would the candidate want the seeker too?).
* semantic = 2fr / (f + r), the harmonic mean, when r exists, else f. The harmonic mean is high
  only when both directions are, so a one-sided match ranks below a mutual one.
* structured = the mean of the parts that apply, each a mean over the wanted terms:
  - modality: 1 when c states it, or a narrower one that implies it (CAR-T for cell therapy), or (for a
    wanted "therapeutics") any therapeutic modality; 1/2
    when c states a modality of the same family (ADC for antibody), therapeutics at large ("drug
    ventures") or none at all; 0 when c negates it or states only modalities of other families (an
    mRNA CDMO for an AAV need);
  - capability (providers): 1 when c states it, 1/2 when c states no capability at all, else 0;
  - funding stage (investors): 1 when c invests in the round, 1/2 when c states no round, 0 when
    its stated focus is another round ("mainly Series B" for a Series A need) or it excludes it;
  - scale (providers): 1 when c states it, 1/2 when silent, 3/4 when c states only larger scales
    (a commercial plant can make clinical batches), 0 when only smaller ones or negated;
  - certification (investors): 1 when c holds it (declared or stated), else 0: certification is a
    registered fact, and the public data lists every certified VC;
  - each other requirement the seeker states (GMP/GLP/GCP status, sites): 1 when c states it, 0
    when c negates it ("not GMP-certified"), 1/2 when c says nothing.
  W are the facets the seeker wants (declared, or read from its needs or query text), C those the
  candidate declares or its description states (profile analysis); declared facets win over a
  negation in the text, except that a site the text rules out ("only a sales office in Japan")
  beats the registered region.
* ranking: a candidate with a conflict (a part at 0 for a modality, a requirement or a funding
  stage: it states something other than what is wanted, or rules the wanted out) ranks below every
  candidate without one, and its reasons say why (a caution).
* graph = 0.4·[a community in common] + 0.2·[same hub] + 0.3·min(1, common partners / 3)
  + 0.1·[met before]: shared context makes an introduction easy (seekers in the graph only).
* score = Σ w_i·x_i / Σ w_i over the signals that apply, with w = 0.5 semantic, 0.35 structured,
  0.15 graph.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

WEIGHTS = {"semantic": 0.5, "structured": 0.35, "graph": 0.15}


def semantic(forward: float, reverse: float | None) -> float:
    f = max(0.0, forward)
    if reverse is None:
        return f
    r = max(0.0, reverse)
    return 0.0 if f + r == 0 else 2 * f * r / (f + r)


#: CSLS: half the candidate's neighbourhood density is taken off its similarity (2·cos - r_d, halved).
HUB_WEIGHT = 0.5
#: k: the nearest other candidates of the rerank window whose mean cosine is a candidate's density.
HUB_NEIGHBOURS = 10


def density(vectors: np.ndarray, k: int = HUB_NEIGHBOURS) -> np.ndarray:
    """Each row's neighbourhood density r_d among the rows (unit vectors of the rerank window): the
    mean cosine to its k nearest other rows, centred on the window's mean so that the correction
    moves candidates relative to each other and keeps the forward similarity's scale."""
    n = len(vectors)
    if n < 3:
        return np.zeros(n, dtype=np.float32)
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -np.inf)
    k = min(k, n - 1)
    r = np.sort(sims, axis=1)[:, -k:].mean(axis=1)
    return r - r.mean()


def hub_corrected(forward: float, density: float) -> float:
    """The forward similarity of a candidate in the rerank window, less half its centred
    neighbourhood density (CSLS, see the module docstring)."""
    return max(0.0, forward - HUB_WEIGHT * density)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def modality_fit(
    wanted: Iterable[str],
    stated: Iterable[str],
    negated: Iterable[str],
    family: dict[str, str | None],
    implies: dict[str, tuple[str, ...]] | None = None,
) -> float | None:
    stated, negated = set(stated), set(negated)
    # a narrower modality states its broader one (vocabulary ``implies``: CAR-T is a cell therapy); the
    # analyser reports only what a text names, so the hierarchy is applied here
    stated |= {b for s in stated for b in (implies or {}).get(s, ())}

    def one(w: str) -> float:
        if w in stated or (w == "therapeutics" and any(family.get(s) for s in stated)):
            return 1.0
        if w in negated:
            return 0.0
        related = family.get(w) and any(family.get(s) == family.get(w) or s == "therapeutics" for s in stated)
        if not stated or related:  # silent, the same family, or drug ventures at large
            return 0.5
        return 0.0

    return _mean([one(w) for w in wanted])


def coverage(wanted: Iterable[str], stated: Iterable[str], negated: Iterable[str] = ()) -> float | None:
    stated, negated = set(stated), set(negated)
    return _mean([1.0 if w in stated else 0.5 if not stated and w not in negated else 0.0 for w in wanted])


def stage_fit(
    wanted: Iterable[str], invests_in: Iterable[str], excludes: Iterable[str], order: dict[str, int]
) -> float | None:
    wanted = [w for w in wanted if w in order]
    rounds = [r for r in invests_in if r in order]
    if not wanted:
        return None
    if set(wanted) & set(rounds):
        return 1.0
    if set(wanted) <= set(excludes):
        return 0.0
    return 0.5 if not rounds else 0.0


def scale_fit(
    wanted: Iterable[str], stated: Iterable[str], negated: Iterable[str], order: dict[str, int]
) -> float | None:
    stated, negated = {s for s in stated if s in order}, set(negated)

    def one(w: str) -> float:
        if w in stated:
            return 1.0
        if w in negated or (stated and max(order[s] for s in stated) < order.get(w, 0)):
            return 0.0
        return 0.75 if stated else 0.5

    return _mean([one(w) for w in wanted])


def certified(wanted: Iterable[str], stated: Iterable[str], negated: Iterable[str] = ()) -> float | None:
    """1 per wanted certification the candidate holds, else 0: a certification is a registered fact
    (the public data lists every certified VC), so a profile that does not state it does not hold it."""
    wanted, stated = set(wanted), set(stated)
    return sum(1.0 for t in wanted if t in stated) / len(wanted) if wanted else None


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
