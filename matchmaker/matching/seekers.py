"""Seekers: who is looking, turned into a :class:`Query` the retrievers and the scorer share.

A seeker is an organisation in the graph (its needs vector, declared facets and what its needs
text asks for), a research seed (its own text, its owner standing in the graph) or a need typed as
free text. Each becomes the same :class:`Query`: a unit vector to rank offers by, an optional
offer vector for the reverse direction, and the facets it wants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.profiles import embedding_sentences
from matchmaker.errors import Conflict, NotFound
from matchmaker.graph.connection import Graph
from matchmaker.matching.facets import WANTED, declared
from matchmaker.matching.memo import Memo
from matchmaker.matching.network import Side
from matchmaker.matching.rows import unit_rows
from matchmaker.profiles.analyser import analyse


@dataclass
class Query:
    """What the ranking looks for: ``vector`` against candidates' offers (or, ``by_needs``, against
    what candidates look for: a seeker that offers), ``offer`` (the seeker's own offer) against
    candidates' needs, the facets it ``wants`` and those it ``offers`` (parts, criteria it meets).
    ``id``: the organisation whose network facts with each candidate count (None: nobody's), and
    ``side`` its side of them (None: it has no community, hub, partner or meeting)."""

    id: str | None
    vector: np.ndarray
    offer: np.ndarray | None
    wants: dict[str, list[str]]
    offers: dict[str, list[str]] = field(default_factory=dict)
    by_needs: bool = False
    side: Side | None = None


def unit(vector: list[float] | np.ndarray) -> np.ndarray:
    """``vector`` at length 1, by the vector cache's arithmetic (:func:`rows.unit_rows`), so a seeker's
    vector read from Neo4j is bit for bit the cache's row of it (matching/resident.py uses the row)."""
    return unit_rows([vector])[0]


class OrganizationSeeker:
    """An organisation in the graph looks for partners with its needs (or, for someone acting on
    its behalf, with what it offers and declares)."""

    def __init__(self, graph: Graph, *, facets: bool = True, parts: frozenset[str] = frozenset()) -> None:
        self.graph = graph
        self.facets = facets
        self.parts = parts  # the part and material categories a buyer procures

    def read(self, org_id: str) -> dict[str, Any]:
        """The seeker's row with the embeddings meta (``model``, ``revision``): one round trip
        gives the matcher both what it checks the vectors against and the seeker itself."""
        return self.graph.read("matching/seeker", id=org_id)[0]

    def query(
        self, org_id: str, *, own: bool = True, offering: bool | None = None, row: dict[str, Any] | None = None
    ) -> Query:
        """``own`` False: asked on the organisation's behalf by someone else (its community's
        secretariat, an event organiser), so confidential needs stay out and the query stands on
        what it offers and declares. ``offering``: rank buyers for what it offers (default: for a
        parts and materials maker) instead of partners for what it needs. ``row``: what
        :meth:`read` returned, when the caller has read it already (or its like from the process's
        own copies: matching/resident.py, with the cache's unit vectors and a :class:`Side`)."""
        row = row if row is not None else self.read(org_id)
        if row["props"] is None:
            raise NotFound(f"organization {org_id!r} not found")
        p = row["props"]
        if p.get("vec_offer") is None:
            raise Conflict(f"organization {org_id!r} has no profile vector yet: run `matchmaker embed --all`")
        needs = own or not p.get("needs_confidential")
        vector = p.get("vec_needs") if needs else None
        vector = p["vec_offer"] if vector is None else vector
        declared_wants = {"modalities": set(p.get("modalities") or []), "funding_stages": declared(p, "funding_stages")}
        read = self.facets and needs
        wants = {
            section: sorted(declared_wants.get(section, set()) | set(p.get(f"want_{section}") or [] if read else []))
            for section in WANTED
        }
        offers = offered_by(p, row["gmp_use"], self.parts, self.facets)
        side = row["side"] if isinstance(row["side"], Side) else Side.of(row["side"])
        offer = as_unit(p["vec_offer"])
        if offering if offering is not None else p.get("kind") == "supplier":
            return Query(org_id, offer, None, {s: [] for s in WANTED}, offers, True, side)
        return Query(org_id, as_unit(vector), offer, wants, offers, side=side)


def as_unit(vector: list[float] | np.ndarray) -> np.ndarray:
    """A stored vector at length 1; an array is the vector cache's unit row already (matching/resident.py)."""
    return vector if isinstance(vector, np.ndarray) else unit(vector)


def offered_by(p: dict[str, Any], gmp_use: bool, parts: frozenset[str], analysed: bool = True) -> dict[str, list[str]]:
    """What an organisation offers a buyer: the parts it declares or states, and the criteria it
    states it meets; a SUPPLIES link with ``gmp_use`` is a GMP use record."""
    stated = (lambda section: set(p.get(f"inf_{section}") or [])) if analysed else (lambda _: set())
    capabilities = (set(p.get("capabilities") or []) | stated("capabilities")) & parts
    criteria = stated("criteria") | ({"gmp_use_record"} if gmp_use else set())
    return {"capabilities": sorted(capabilities), "criteria": sorted(criteria)}


class OfferSeeker:
    """What a seeker offers, typed as free text ("We make single-use bags and filters"): ranked
    against what candidates look for, with the parts and criteria it states."""

    def __init__(self, encoder: Encoder, *, facets: bool = True, parts: frozenset[str] = frozenset()) -> None:
        self.encoder = encoder
        self.facets = facets
        self.parts = parts
        self.memo = Memo()

    def vector(self, text: str) -> np.ndarray:
        """The text's unit vector (the mean of its sentences'), remembered by text."""
        return self.memo.get(("vector", text), lambda: encode_text(self.encoder, text))

    def query(self, text: str) -> Query:
        def offered() -> dict[str, tuple[str, ...]]:
            offer = analyse(text, offer=True) if self.facets else None
            offers = {s: offer.positives(s) if offer else [] for s in ("capabilities", "criteria")}
            offers["capabilities"] = [c for c in offers["capabilities"] if c in self.parts]
            return {s: tuple(terms) for s, terms in offers.items()}

        offers = {s: list(terms) for s, terms in self.memo.get(("offers", text), offered).items()}
        return Query(None, self.vector(text), None, {s: [] for s in WANTED}, offers, by_needs=True)


def encode_text(encoder: Encoder, text: str) -> np.ndarray:
    """A text as one unit vector: the mean of its sentences' vectors, as profiles are embedded."""
    return unit(encoder.encode(embedding_sentences(text) or [text]).mean(axis=0))


class TextSeeker:
    """A need typed as free text, in Japanese or English: embedded sentence by sentence, and read
    by the profile analyser for the facets it asks for."""

    def __init__(self, encoder: Encoder, offers: OfferSeeker, *, facets: bool = True) -> None:
        self.encoder = encoder
        self.offers = offers
        self.facets = facets
        self.memo = Memo()

    def query(self, text: str, offer: str | None = None) -> Query:
        """``offer``: what the seeker offers too, so candidates that look for it rank higher (the
        reverse direction, as for an organisation). The text's vector and wants are remembered
        by text (a bounded LRU), so a need sent again costs no encoding or analysis."""

        def wanted() -> dict[str, tuple[str, ...]]:
            need = analyse(text, need=True) if self.facets else None
            return {section: tuple(need.wanted(section)) if need else () for section in WANTED}

        vector = self.memo.get(("vector", text), lambda: encode_text(self.encoder, text))
        wants = {section: list(terms) for section, terms in self.memo.get(("wants", text), wanted).items()}
        if offer is None:
            return Query(None, vector, None, wants)
        offering = self.offers.query(offer)
        return Query(None, vector, offering.vector, wants, offering.offers)


class SeedSeeker:
    """A research seed looks for companies to develop or license it: its own text is the query,
    its modalities are wanted, and its owner stands in the graph (shared communities, partners)."""

    def __init__(self, graph: Graph, text: TextSeeker, owners: OrganizationSeeker) -> None:
        self.graph = graph
        self.text = text
        self.owners = owners

    def query(self, seed_id: str) -> Query:
        rows = self.graph.read("matching/seed", id=seed_id)
        if not rows:
            raise NotFound(f"seed {seed_id!r} not found")
        p: dict[str, Any] = rows[0]["props"]
        text = " ".join(t for t in (p.get("name"), p.get("name_ja"), p.get("description")) if t)
        query = self.text.query(text)
        query.id = rows[0]["owner"]
        if query.id is not None:
            query.side = Side.of(self.owners.read(query.id)["side"])
        query.wants["modalities"] = sorted(set(query.wants["modalities"]) | set(p.get("modalities") or []))
        return query
