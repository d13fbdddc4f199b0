"""An in-process copy of the organisations' offer and needs vectors, so that ranking by meaning
costs a matrix product instead of a vector-index query (or an exact scan of needs vectors in Cypher).

Neo4j stays the store of record; this is a cache of it, kept in step by the embeddings revision:
every embeddings write increments ``_Meta{id:'embeddings'}.revision`` and stamps the nodes it wrote
(``vec_rev``), so a refresh loads only those written since the cache's revision (a changed kind
re-embeds too); a new database or a clear moves the row epoch (schema/010), and a cache of another
epoch loads again. Deleted organisations linger until the next full load, harmlessly: their rows
are gone (matching/store.py, matching/rows).

Ranking is exact: the cosine of the query with every organisation of the target kinds (rows are
unit vectors), which the HNSW index only approximates. A full load runs in a background thread;
until it is done, and whenever more than ``INLINE_ROWS`` changed at once, the matcher uses
Neo4j's vector index. Needs vectors sit in a second matrix with the same rows; needs confidential
or unstated are a zero row and rank below every stated one, as in Cypher (a null similarity).

Memory: 2 x 4 bytes x dimension per organisation (400 MB for 100,000 of 512 dimensions); above
``Settings.vector_cache_max`` organisations the cache stays off."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import numpy as np

from matchmaker.graph.connection import Graph
from matchmaker.matching.memo import settle
from matchmaker.matching.rows import (
    CacheState,
    Scored,
    cosines_of,
    group_by_kind,
    index_terms,
    scores_of,
    stating,
    unit_pairs,
    write_rows,
)

log = logging.getLogger(__name__)
INLINE_ROWS = 2_000  # changes loaded inside a request; more go to the background loader
LOAD_BATCH = 5_000


class VectorCache:
    """Offer and needs vectors of every organisation, by kind, for exact top-k ranking in the process."""

    def __init__(self, max_rows: int = 500_000) -> None:
        self.max_rows = max_rows
        self._state = CacheState()
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None

    @property
    def size(self) -> int:
        return len(self._state.ids)

    @property
    def version(self) -> tuple[str | None, int, int]:  # the model, embeddings revision, row epoch
        return self._state.model, self._state.revision, self._state.epoch

    def own(self, node_id: str) -> tuple[np.ndarray, np.ndarray | None] | None:
        """An organisation's unit offer and shareable needs vectors (copies: rows change in place)."""
        state = self._state
        if (at := state.row.get(node_id)) is None:
            return None
        return state.matrix[at].copy(), state.needs[at].copy() if state.has_needs[at] else None

    def ready(self, graph: Graph, model: str, revision: int, epoch: int) -> bool:
        """Whether it holds ``model``'s vectors at ``revision`` (small changes load now, large ones
        later); another ``epoch`` (a clear, a reset database) loads all again, whatever the revision."""
        state = self._state
        if state.model == model and state.revision == revision and state.epoch == epoch:
            return True
        if state.model == model and state.epoch == epoch and 0 <= state.revision < revision:
            rows = graph.read("matching/vectors_since", since=state.revision, limit=INLINE_ROWS + 1)
            if len(rows) <= INLINE_ROWS:
                self._apply(model, revision, rows)
                return True
        self.load_in_background(graph, model)
        return False

    def load_in_background(self, graph: Graph, model: str | None = None) -> None:
        """Load every vector in a thread (``model`` None: whichever model the graph holds)."""
        if self._loader is not None and self._loader.is_alive():
            return
        self._loader = threading.Thread(target=self._load, args=(graph, model), name="vector-cache", daemon=True)
        self._loader.start()

    def load(self, graph: Graph, model: str) -> int:
        """Load every vector now (used at start-up and by benchmarks); returns the row count."""
        self._load(graph, model)
        return self.size

    def _load(self, graph: Graph, model: str | None) -> None:
        try:
            meta = graph.read("embeddings/meta_get")
            if not meta or meta[0]["model"] != (model or meta[0]["model"]):
                return
            model, revision, held = meta[0]["model"], meta[0]["revision"], self._state
            if (held.model, held.epoch) == (model, meta[0]["epoch"]) and 0 <= revision <= held.revision:
                return  # asked with the epoch before a clear, which this cache has passed already
            state = CacheState(model=model, revision=revision, epoch=meta[0]["epoch"])
            chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
            with graph.stream("matching/vectors_all", limit=self.max_rows + 1) as records:
                batch: list[dict] = []
                for record in records:
                    state.row[record["id"]] = len(state.ids)
                    state.ids.append(record["id"])
                    state.kinds.append(record["kind"])
                    batch.append({"vec": record["vec"], "needs": record["needs"]})
                    state.terms_of.append(tuple(record["terms"]))
                    if len(batch) == LOAD_BATCH:
                        chunks.append(unit_pairs(batch))
                        batch = []
                if batch:
                    chunks.append(unit_pairs(batch))
            if len(state.ids) > self.max_rows:
                log.warning("vector cache off: %d organisations exceed %d", len(state.ids), self.max_rows)
                return
            # Rows grouped by kind, so that ranking one kind reads a contiguous block in place
            # (a gather of 15,000 rows would copy 30 MB per request at 100,000 organisations).
            order = np.argsort(np.asarray(state.kinds), kind="stable")
            if chunks:
                offers, needs, has_needs = (np.concatenate(c)[order] for c in zip(*chunks, strict=True))
                state.matrix, state.needs, state.has_needs = offers, needs, has_needs
            state.ids = [state.ids[i] for i in order]
            state.kinds = [state.kinds[i] for i in order]
            terms_of, state.terms_of = [state.terms_of[i] for i in order], []
            for at, terms in enumerate(terms_of):
                index_terms(state, at, terms)
            state.row = {node_id: at for at, node_id in enumerate(state.ids)}
            state.by_kind = group_by_kind(state.kinds)
            with self._lock:
                self._state = state
            settle()
            log.info("vector cache: %d organisations at revision %d", len(state.ids), revision)
        except Exception:  # a failed background load leaves the matcher on the vector index
            log.exception("vector cache load failed")

    def _apply(self, model: str, revision: int, rows: list[dict]) -> None:
        """Write changed vectors in place (work in proportion to the change, as every profile edit
        brings one). Readers take only references under the lock: a row written meanwhile may be
        read half-new, one cosine of one request."""
        with self._lock:
            write_rows(self._state, rows)
            self._state.revision = revision

    def scored(self, query: np.ndarray, kinds: list[str], *, by_needs: bool = False) -> Scored:
        """``query``'s cosine with every row of ``kinds`` (offer or shareable needs vectors): one
        product, shared by a request's retrievals, the cost that grows with the graph."""
        return scores_of(self._state, query, kinds, by_needs)  # one reference read: no lock needed

    def ranked(
        self, query: np.ndarray, kinds: list[str], first: int, chunk: int, *, by_needs: bool = False,
        within: list[str] | None = None, scored: Scored | None = None,
    ) -> Iterator[list[str]]:  # fmt: skip
        """Ids of ``kinds`` by cosine to ``query``, best first: ``first`` of them (a partial sort),
        then ``chunk`` at a time while the caller asks. ``by_needs``: by what they look for (those
        with no shareable needs last, by id, as the candidate query orders them). ``within``: only
        those stating each term ("modality:antibody"). ``scored``: :meth:`scored`, computed once."""
        scored = scored or self.scored(query, kinds, by_needs=by_needs)
        state, rows, scores, silent_rows = scored.state, scored.rows, scored.scores, scored.silent
        ids = state.ids
        if within:
            rows, scores, silent_rows = stating(scored, within)
        silent: list[str] = []  # sorted by id only once the ranking reaches them (most requests never do)
        top = np.zeros(0, np.int64)
        if n := min(first, len(rows)):
            top = np.argpartition(-scores, n - 1)[:n]
            top = top[np.argsort(-scores[top], kind="stable")]
        short = first - len(top)
        if short > 0 and len(silent_rows):
            silent = sorted(ids[r] for r in silent_rows)
        head = [ids[rows[i]] for i in top] + silent[:short]
        if not head:
            return
        yield head
        if len(rows) > len(top):
            rest = np.ones(len(rows), dtype=bool)
            rest[top] = False
            order = np.flatnonzero(rest)
            order = order[np.argsort(-scores[order], kind="stable")]
            for start in range(0, len(order), chunk):
                yield [ids[rows[i]] for i in order[start : start + chunk]]
        if len(silent_rows) and not silent:
            silent = sorted(ids[r] for r in silent_rows)
        tail = silent[max(0, short) :]
        for start in range(0, len(tail), chunk):
            yield tail[start : start + chunk]

    def offer_vectors(self, ids: list[str]) -> list[np.ndarray | None]:
        """The unit offer vectors of ``ids`` (None for an id the cache lacks)."""
        with self._lock:
            state = self._state
            at, matrix = [state.row.get(i) for i in ids], state.matrix
        # one gather: a copy per row released the GIL for each (a switch interval's wait under load)
        rows = iter(matrix[np.asarray([a for a in at if a is not None], dtype=np.int64)])
        return [None if a is None else next(rows) for a in at]

    def cosines(self, ids: list[str], vector: np.ndarray | None, *, needs: bool = False) -> dict[str, float | None]:
        """Cosine of ``vector`` with each of ``ids``' offer (or shareable needs) vectors by id, as
        the candidate query computes it in Neo4j (:func:`rows.cosines_of`: one product for all)."""
        with self._lock:
            state = self._state
            at, has_needs = [state.row.get(i) for i in ids], state.has_needs
            matrix = state.needs if needs else state.matrix
        return cosines_of(ids, at, matrix, has_needs if needs else None, vector)
