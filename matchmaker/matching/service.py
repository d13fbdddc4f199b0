"""The matcher: a seeker's query, candidates from a retriever, the scorer's ranking, the explainer's
reasons for the best. Each part is its own module (seekers, retrievers, scorer, explainer, page,
resident); this one only puts them in order and checks that the stored vectors are the encoder's.
"""

from __future__ import annotations

import numpy as np

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.profiles import SentenceVectors
from matchmaker.embeddings.store import EncoderMismatch, stored_model
from matchmaker.errors import Conflict
from matchmaker.graph.connection import Graph
from matchmaker.matching import retrievers, tiers
from matchmaker.matching.explainer import Explainer
from matchmaker.matching.gather import gather
from matchmaker.matching.memo import Memo
from matchmaker.matching.models import Match, MatchFilters, MatchResponse, Seeker
from matchmaker.matching.network import facts
from matchmaker.matching.page import PageReader
from matchmaker.matching.resident import current, resident, to_name, versions_of
from matchmaker.matching.scorer import Scored, Scorer
from matchmaker.matching.seekers import OfferSeeker, OrganizationSeeker, Query, SeedSeeker, TextSeeker
from matchmaker.matching.store import RowStore
from matchmaker.matching.vectors import VectorCache
from matchmaker.model.vocabulary import Vocabulary, get_vocabulary

#: Wanted modalities whose stating candidates are retrieved too (one filtered retrieval each).
MAX_WANTED_MODALITIES = 2
#: Candidate rows (about 2 KB each) a matcher keeps for the current graph version.
ROW_MEMO_SIZE = 20_000
#: Whole answers (about 10 KB of JSON each) a matcher keeps, each for the versions it was ranked at.
RESPONSE_MEMO_SIZE = 1000


class Matcher:
    """Ranks partners. With a warm ``vectors`` cache (the API keeps one per process) candidates
    come from an exact in-process ranking, and their rows from ``store`` once it has loaded;
    without them (the CLI) from Neo4j's vector index or an exact scan in Cypher. ``facets``
    False ranks on declared facets only (the quality bench's comparison)."""

    def __init__(
        self,
        graph: Graph,
        encoder: Encoder,
        vectors: VectorCache | None = None,
        store: RowStore | None = None,
        *,
        facets: bool = True,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.graph = graph
        self.encoder = encoder
        self.vectors = vectors
        self.store = store
        self.vocab = vocabulary or get_vocabulary()
        parts = frozenset(t for t, term in self.vocab.terms("capabilities").items() if term.group == "part")
        self.organizations = OrganizationSeeker(graph, facets=facets, parts=parts)
        self.offers = OfferSeeker(encoder, facets=facets, parts=parts)
        self.texts = TextSeeker(encoder, self.offers, facets=facets)
        self.seeds = SeedSeeker(graph, self.texts, self.organizations)
        self.scorer = Scorer(self.vocab, analysed=facets)
        self.explainer = Explainer(self.vocab, analysed=facets)
        self.page = PageReader(graph, encoder.dimension)
        self.rows = Memo(ROW_MEMO_SIZE)
        self._seen = -1  # the last graph version read: a resident ranking's answer is kept under it
        self.responses = Memo(RESPONSE_MEMO_SIZE)

    def match_organization(
        self, org_id: str, target: str, filters: MatchFilters, limit: int, *, own: bool = True,
        offering: bool | None = None,
    ) -> MatchResponse:  # fmt: skip
        """``offering``: buyers for what it offers (default for a parts and materials maker). Ranked
        from the process's copies when it can (one round trip, matching/resident.py), else with the
        seeker read first (and the embeddings meta with it)."""
        asked = ("org", org_id, own, offering)
        copies = self.vectors, self.store, self.encoder.name, self._seen
        fast = resident(self.organizations, *copies, org_id, own=own, offering=offering)
        if fast and (answer := self._rank(fast.query, target, filters, limit, fast.versions, asked, True)):
            return answer
        row = self.organizations.read(org_id)
        versions = self._checked(row if row["model"] is not None else None)
        query = self.organizations.query(org_id, own=own, offering=offering, row=row)
        return self._rank(query, target, filters, limit, versions, asked)

    def match_seed(self, seed_id: str, target: str, filters: MatchFilters, limit: int) -> MatchResponse:
        versions = self._versions()
        return self._rank(self.seeds.query(seed_id), target, filters, limit, versions)

    def match_text(
        self, text: str | None, target: str, filters: MatchFilters, limit: int, offer: str | None = None
    ) -> MatchResponse:
        """A need (``text``), what the seeker offers (``offer``: ranks those who look for it), or both."""
        versions = self._versions()
        query = self.texts.query(text, offer) if text else self.offers.query(offer or "")
        return self._rank(query, target, filters, limit, versions, ("text", text, offer))

    def _versions(self) -> tuple[int, int, int, int]:
        """The embeddings revision, the graph version, the row revision and epoch, once the stored
        vectors are known to be this encoder's."""
        return self._checked(stored_model(self.graph))

    def _checked(self, meta: dict | None) -> tuple[int, int, int, int]:
        """``meta``'s embeddings revision, graph version, row revision and epoch if its vectors are
        this encoder's (None: nothing is embedded yet)."""
        if meta is None:
            raise Conflict("no profile has been embedded yet: import data or run `matchmaker embed --all`")
        if meta["model"] != self.encoder.name:
            raise Conflict(str(EncoderMismatch(meta["model"], self.encoder.name)))
        self._seen = meta["version"]
        return versions_of(meta)

    def _offer_vectors(self, window: list[Scored], texts: dict[str, dict], cached: bool) -> list[np.ndarray | None]:
        """The window's offer vectors for the hubness rerank: the warm cache's (no round trip), else
        the normalised mean of each candidate's stored sentence vectors (the same vector)."""
        if cached and self.vectors is not None:
            return self.vectors.offer_vectors([s.id for s in window])
        found: list[SentenceVectors | None] = [texts.get(s.id, {}).get("offer") for s in window]
        return [None if v is None else v.mean for v in found]

    def _rank(
        self, query: Query, target: str, filters: MatchFilters, limit: int, versions: tuple[int, int, int, int],
        asked: tuple | None = None, check: bool = False,
    ) -> MatchResponse | None:  # fmt: skip
        """``asked``: who asks and how, so an answer ranked with the warm cache is kept for these
        ``versions`` (every write a match reads moves one of them) and a repeated ask costs one
        round trip; not for an ``event``, whose registrations move no version. ``check``: the
        versions are those of the process's copies (matching/resident.py), which the final page's
        round trip checks; None: a write moved them meanwhile, to be ranked again the usual way."""
        asks = None if asked is None or filters.event else (*asked, target, filters.model_dump_json(), limit)
        if asks is not None and (kept := self.responses.peek((*asks, versions))) is not None:
            if check and not current(self.page.read([], {}, check=True).meta, self.encoder.name, versions, exact=True):
                return None
            return MatchResponse.model_validate_json(kept)
        kinds = list(self.vocab.terms("org_kinds")) if target == "any" else [target]
        if query.by_needs and target == "any":  # buyers: not the seeker's competitors
            kinds = [k for k in kinds if k != "supplier"]
        retriever = retrievers.choose(
            self.graph, self.vectors, self.encoder.name, versions, kinds, query.by_needs, self.rows, self.store
        )  # fmt: skip
        levels = tiers.tiers_for(limit)  # an ask for more begins with the answer to an ask for fewer
        k = tiers.pool(levels[-1])
        # A wanted certification or modality: the candidates that hold or state it are candidates,
        # however they read (a short or broad profile can be far from the query by its vector alone
        # and still rank high on what it states): the best k of them by the same cosine, gathered
        # with the main retrieval (matching/gather.py: one round trip with the warm cache).
        wanted = [("certification", c) for c in query.wants.get("certifications", [])]
        wanted += [("modality", m) for m in query.wants.get("modalities", [])[:MAX_WANTED_MODALITIES]]
        each = [filters] + [filters.model_copy(update={f: t}) for f, t in wanted if getattr(filters, f) is None]
        rows, at = gather(retriever, query, kinds, each, k)
        scored = sorted((self.scorer.score(query, row) for row in rows), key=lambda s: s.rank_key())
        windows = tiers.windows(scored, at, levels)
        stamps = {r["props"]["id"]: r.get("stamp") for r in rows}
        # with the warm cache the rerank takes offer vectors from it and only the final page's sentences are
        # read, after it; without it, the windows' sentences are read now (that read serves the reasons too)
        cached = isinstance(retriever, retrievers.CacheRetriever)
        ids = list(dict.fromkeys(s.id for window in windows for s in window))
        texts = {} if cached else self.page.read(ids, stamps).texts

        def rerank(window: list[Scored]) -> list[Scored]:  # a seeker that offers is ranked against needs
            return window if query.by_needs else self.scorer.rerank(window, self._offer_vectors(window, texts, cached))

        scored = tiers.place(levels, windows, rerank)[:limit]
        if cached or check:
            of = {r["props"]["id"]: r for r in rows}
            names = to_name(query.side, [of[s.id] for s in scored]) if check else None
            page = self.page.read([s.id for s in scored], stamps, names, check=check)
            if check:
                if page.meta is None or not current(page.meta, self.encoder.name, versions):
                    return None
                versions = versions_of(page.meta)  # the graph version read too: the answer is kept under it
                self._seen = versions[1]
                # the final page's facts, named (ids stood in for names)
                named = query.side.named(page.names) if query.side is not None else None
                for s in scored:
                    s.net = facts(named, of[s.id])
            texts = page.texts
        matches = [
            Match(
                id=s.id,
                name=s.props["name"],
                name_ja=s.props.get("name_ja"),
                kind=s.props["kind"],
                score=round(s.total, 4),
                signals=s.signals,
                reasons=self.explainer.reasons(query, s, texts.get(s.id, {})),
            )
            for s in scored
        ]
        direction = "offer" if query.by_needs else "need"
        seeker = Seeker(id=query.id, wants=query.wants, offers=query.offers, direction=direction)
        response = MatchResponse(seeker=seeker, target=target, model=self.encoder.name, matches=matches)
        if asks is not None and cached:  # exact (the cache's ranking), not the index's approximation
            # kept as JSON: a thousand answers as objects made each full garbage collection 15-40 ms
            self.responses.put((*asks, versions), response.model_dump_json())
        return response
