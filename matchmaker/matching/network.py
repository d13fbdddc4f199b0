"""The network facts between a seeker and a candidate: shared communities and hub, partners in
common (organisation links, meetings aside) and meetings held, for the graph signal
(:func:`score.graph`) and the reasons that name them.

Each side's own ties come with what is read anyway: the seeker's with the seeker
(``matching/seeker``: its communities, hubs and partners with their names, and whom it has met),
each candidate's with its row (``matching/candidates``: the ids of its communities, hubs and
partners), which the retriever keeps per graph version. So the facts cost no query of their own,
and a candidate seen before costs nothing.
"""

from __future__ import annotations

from typing import Any

#: Partners in common named at most (the reason shows the first and the count).
MAX_COMMON_PARTNERS = 20


def facts(seeker: dict[str, Any] | None, candidate: dict[str, Any] | None, candidate_id: str) -> dict[str, Any] | None:
    """What ``seeker``'s ties (None: no organisation is seeking) share with ``candidate``'s."""
    if seeker is None:
        return None
    ties = candidate or {}
    in_communities, in_hubs = set(ties.get("communities") or ()), set(ties.get("hubs") or ())
    communities = [m for m in seeker["communities"] if m["id"] in in_communities]
    names = {p["id"]: p["name"] for p in seeker["partners"]}
    common: list[str] = []
    for partner in ties.get("partners") or ():
        name = names.get(partner)
        if partner in names and name not in common:
            common.append(name)
            if len(common) == MAX_COMMON_PARTNERS:
                break
    return {
        "communities": [m["name"] for m in communities],
        "communities_ja": [m["name_ja"] for m in communities],
        "hubs": [h["name"] for h in seeker["hubs"] if h["id"] in in_hubs],
        "common_partners": common,
        "met_before": candidate_id in set(seeker["met"]),
    }
