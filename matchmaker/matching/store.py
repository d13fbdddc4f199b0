"""Every embedded organisation's candidate row (``matching/row``: what the scorer and the explainer
read of it, with its links) kept in the process, so a match ranked by the vector cache reads no
candidate from Neo4j at all.

Why: with the vector cache, a match's candidates are known without Neo4j, but their rows were
still read per request (a memo kept them only for one graph version, and a new seeker's 50-150
candidates were mostly unseen): at 100,000 organisations that read cost 7-15 ms of a 20 ms match.

Kept in step like the vector cache, by a revision: every write that changes a row (imports, profile
analysis, embeddings, deletions of nodes and links) takes the next ``_Meta{id:'rows'}.revision``
first and stamps the organisations it touched (``row_rev``; a deleted one leaves a ``_Gone``
marker), so a refresh reads only what changed since the store's own revision; a clear of every
organisation or every vector moves the ``epoch``, and a store of an older epoch loads again. The
revision and epoch come with each match's first read (``matching/seeker``, ``embeddings/meta_get``),
so following them costs no round trip of its own. Until a full load is done, and whenever more
than ``INLINE_ROWS`` changed at once, the matcher reads rows from Neo4j as before.

Rows are kept as compact JSON (orjson), about 1.3 KB each, and decoded when a match asks for
them (decoded, one takes about 6 KB); beside each, its :class:`CandidateFacets`, computed once
here rather than per match (about 40 µs each, a scorer's memo rarely holding a new seeker's
candidates), with equal sets shared (about 0.7 KB each). About 200 MB at 100,000 organisations.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import orjson

from matchmaker.graph.connection import Graph, as_dict
from matchmaker.matching.facets import CandidateFacets
from matchmaker.matching.memo import settle

log = logging.getLogger(__name__)
INLINE_ROWS = 2_000  # changed rows read inside a request; more go to the background loader
RETRY_SECONDS = 60.0  # after a failed or oversized load, the next one waits this long (not every request)
ROW = "matching/row"


class _Shared:
    """One frozenset object per distinct set of terms: most candidates state one of a few hundred."""

    def __init__(self) -> None:
        self._sets: dict[frozenset[str], frozenset[str]] = {}

    def facets(self, record: dict[str, Any]) -> CandidateFacets:
        facets = CandidateFacets.of(record["props"], gmp_use=bool(record.get("gmp_use")))
        offered = {s: self._sets.setdefault(v, v) for s, v in facets.offered.items()}
        negated = {s: self._sets.setdefault(v, v) for s, v in facets.negated.items()}
        return CandidateFacets(offered, negated)

    def kept(self, record: dict[str, Any]) -> tuple[bytes, CandidateFacets]:
        return orjson.dumps({k: v for k, v in record.items() if k not in ("fwd", "rev")}), self.facets(record)


class RowStore:
    """Candidate rows by organisation id, at a row revision and epoch (see the module)."""

    def __init__(self, max_rows: int = 500_000) -> None:
        self.max_rows = max_rows
        self._rows: dict[str, tuple[bytes, CandidateFacets]] = {}
        self._shared = _Shared()
        self.revision = -1
        self.epoch = -1
        self._lock = threading.Lock()  # one refresh at a time; readers take the dict's reference
        self._loader: threading.Thread | None = None
        self._retry_at = 0.0

    @property
    def size(self) -> int:
        return len(self._rows)

    def ready(self, graph: Graph, revision: int, epoch: int) -> bool:
        """Whether the store holds every row at ``revision`` (reading a few changes now, starting
        a background load for many, or for another epoch)."""
        if self.epoch == epoch and self.revision >= revision:
            return True
        if self.epoch != epoch or self.revision < 0:
            self.load_in_background(graph)
            return False
        with self._lock:
            if self.revision >= revision:  # another request caught up meanwhile
                return True
            changed = graph.read(("matching/rows_since", ROW), since=self.revision, limit=INLINE_ROWS + 1)
            if len(changed) > INLINE_ROWS:
                self.load_in_background(graph)
                return False
            gone = graph.read("matching/rows_gone", since=self.revision)
            # in place (a copy would cost milliseconds per write at 100,000 rows): a request running
            # meanwhile may read a row a little newer than its own revision, never a half-written one
            for record in gone:
                self._rows.pop(record["id"], None)
            for record in changed:
                self._rows[record["props"]["id"]] = self._shared.kept(record)
            self.revision = revision
        return True

    def get(self, ids: list[str], kinds: list[str]) -> dict[str, dict[str, Any]]:
        """The rows of ``ids`` that the store holds and are of ``kinds`` (as ``matching/rows``
        would read them: an id missing here is not an embedded organisation of these kinds), each
        with its ``facets`` (the scorer's, when it reads the analysis)."""
        rows, allowed, out = self._rows, set(kinds), {}
        for i in ids:
            if (kept := rows.get(i)) is not None and (row := orjson.loads(kept[0]))["props"]["kind"] in allowed:
                row["facets"] = kept[1]
                out[i] = row
        return out

    def row(self, node_id: str) -> dict[str, Any] | None:
        """One organisation's row as kept (of any kind), or None: a seeker's (matching/resident.py)."""
        kept = self._rows.get(node_id)
        return None if kept is None else orjson.loads(kept[0])

    @property
    def loading(self) -> bool:
        """A full load runs in the background (meanwhile the rows held may be of an older revision)."""
        return self._loader is not None and self._loader.is_alive()

    def load_in_background(self, graph: Graph) -> None:
        if self.loading or time.monotonic() < self._retry_at:
            return
        self._loader = threading.Thread(target=self.load, args=(graph,), name="row-store", daemon=True)
        self._loader.start()

    def load(self, graph: Graph) -> int:
        """Load every row now (at start-up in the background, and by benchmarks), unless the store already
        holds the graph's epoch at its row revision; returns the count."""
        try:
            meta = graph.read("embeddings/meta_get")
            revision, epoch = (meta[0]["rows"], meta[0]["epoch"]) if meta else (0, 0)
            if epoch == self.epoch and 0 <= revision <= self.revision:
                return self.size  # asked with the epoch before a clear, which this store has passed already
            rows: dict[str, tuple[bytes, CandidateFacets]] = {}
            shared = _Shared()
            with graph.stream(("matching/rows_all", ROW)) as records:
                for record in records:
                    if len(rows) == self.max_rows:
                        log.warning("row store off: more than %d organisations", self.max_rows)
                        self._retry_at = time.monotonic() + RETRY_SECONDS
                        return 0
                    data = as_dict(record)
                    rows[data["props"]["id"]] = shared.kept(data)
            with self._lock:
                self._rows, self._shared, self.revision, self.epoch = rows, shared, revision, epoch
            settle()
            log.info("row store: %d organisations at revision %d", len(rows), revision)
        except Exception:  # a failed background load leaves the matcher reading rows from Neo4j
            log.exception("row store load failed")
            self._retry_at = time.monotonic() + RETRY_SECONDS
        return self.size
