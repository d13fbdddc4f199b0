"""The network facts between a seeker and a candidate (shared communities and hub, partners in
common, a meeting held), for the graph signal and its reasons, computed in the process.

The seeker's side (its communities, hub, partners and meetings) is read with the seeker
(``matching/seeker``), or taken from its own row in the process's row store, ids standing in for
names until the final page's round trip reads them (matching/resident.py); each candidate's
memberships and partner ids come with its row (``matching/row``). A match therefore waits for no
round trip of its own for them.
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
    name, partner id to name (each by id, so reasons list them in one order whichever way the side
    was read), and the ids of those it has met."""

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
            communities={c["id"]: (c["en"], c["ja"]) for c in sorted(row["communities"], key=lambda c: c["id"])},
            hubs={h["id"]: h["name"] for h in sorted(row["hubs"], key=lambda h: h["id"])},
            partners={p["id"]: p["name"] for p in row["partners"] if p["name"]},
            met=frozenset(row["met"]),
        )

    @classmethod
    def of_links(cls, links: list[list[Any]]) -> Side | None:
        """From the seeker's own ``matching/row`` links, ids standing in for names (:meth:`named`
        puts them in once read): the same facts, so the same graph signal, without a round trip."""
        ends = ends_of(links)
        met = frozenset(other for kind, other, organisation in links if kind == "MET_WITH" and organisation)
        if not (any(ends.values()) or met):
            return None
        return cls(
            communities={c: (c, c) for c in sorted(ends["communities"])},
            hubs={h: h for h in sorted(ends["hubs"])},
            partners={p: p for p in ends["partners"]},
            met=met,
        )

    def shared(self, candidate: dict[str, Any]) -> dict[str, list[str]]:
        """The ids of the communities, hubs and partners the seeker shares with ``candidate``."""
        ends = ends_of(candidate.get("links") or [])
        return {
            "communities": [c for c in self.communities if c in ends["communities"]],
            "hubs": [h for h in self.hubs if h in ends["hubs"]],
            "partners": [p for p in ends["partners"] if p in self.partners],
        }

    def named(self, names: dict[str, list[dict[str, Any]]]) -> Side:
        """This side with the names ``matching/page`` read for (some of) its ids; a partner without
        a name is left out, as :meth:`of` leaves it."""
        communities = {c["id"]: (c["en"], c["ja"]) for c in names["communities"]}
        hubs = {h["id"]: h["name"] for h in names["hubs"]}
        partners = {p["id"]: p["name"] for p in names["partners"] if p["name"]}
        return Side(
            communities={c: communities.get(c, pair) for c, pair in self.communities.items()},
            hubs={h: hubs.get(h, name) for h, name in self.hubs.items()},
            partners={p: partners[p] for p in self.partners if p in partners},
            met=self.met,
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
