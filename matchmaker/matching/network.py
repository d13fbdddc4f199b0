"""The network facts between a seeker and a candidate (shared communities and hub, partners in
common, a meeting held), for the graph signal and its reasons, computed in the process.

The seeker's side (its communities, hub, partners and meetings) is read with the seeker
(``matching/seeker``); each candidate's memberships and partner ids come with its row
(``matching/row``), so they are kept with the row in the matcher's memo at a graph version. A
match therefore waits for no round trip of its own for them: reading them per request for the
ranked ids was a query beside every match's rows, and the only one left for a repeated match.
Partners are organisations linked in any way but a meeting (a meeting is its own fact).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Partners in common named in a reason, at most.
MAX_COMMON_PARTNERS = 20
#: The facts of a candidate that shares nothing with the seeker.
NO_TIES: dict[str, Any] = {"communities": [], "communities_ja": [], "hubs": [], "common_partners": [],
                           "met_before": False}  # fmt: skip


@dataclass(frozen=True)
class Side:
    """A seeker's side of its network facts: community id to (English, Japanese) name, hub id to
    name, partner id to name, and the ids of those it has met."""

    communities: dict[str, tuple[str, str]]
    hubs: dict[str, str]
    partners: dict[str, str]
    met: frozenset[str]

    @classmethod
    def of(cls, row: dict[str, Any] | None) -> Side | None:
        """From ``matching/seeker``'s ``side`` (None: the seeker has no such link at all)."""
        if not row or not any(row.values()):
            return None
        return cls(
            communities={c["id"]: (c["en"], c["ja"]) for c in row["communities"]},
            hubs={h["id"]: h["name"] for h in row["hubs"]},
            partners={p["id"]: p["name"] for p in row["partners"] if p["name"]},
            met=frozenset(row["met"]),
        )

    def facts(self, candidate: dict[str, Any]) -> dict[str, Any]:
        """What the seeker shares with ``candidate`` (a ``matching/row`` row), NO_TIES if nothing."""
        ends = ends_of(candidate.get("links") or [])
        common = [c for c in self.communities if c in ends["communities"]]
        hubs = [self.hubs[h] for h in self.hubs if h in ends["hubs"]]
        partners = sorted({self.partners[p] for p in ends["partners"] if p in self.partners})
        met = candidate["props"]["id"] in self.met
        if not (common or hubs or partners or met):
            return NO_TIES
        return {
            "communities": [self.communities[c][0] for c in common],
            "communities_ja": [self.communities[c][1] for c in common],
            "hubs": hubs,
            "common_partners": partners[:MAX_COMMON_PARTNERS],
            "met_before": met,
        }


def ends_of(links: list[list[Any]]) -> dict[str, set[str]]:
    """A candidate's communities, hubs and partners (organisations linked in any way but a
    meeting) from its links as ``matching/row`` reads them: [type, other end's id, is an organisation]."""
    ends: dict[str, set[str]] = {"communities": set(), "hubs": set(), "partners": set()}
    for kind, other, organisation in links:
        if kind == "MEMBER_OF":
            ends["communities"].add(other)
        elif kind == "LOCATED_IN":
            ends["hubs"].add(other)
        elif organisation and kind != "MET_WITH":
            ends["partners"].add(other)
    return ends


def facts(side: Side | None, candidate: dict[str, Any]) -> dict[str, Any]:
    """The network facts of ``candidate`` with a seeker whose side is ``side``."""
    return NO_TIES if side is None else side.facts(candidate)
