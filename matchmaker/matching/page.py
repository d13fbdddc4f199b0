"""The final page's round trip (``matching/page``): what the reasons of the best matches quote (their
stored sentences and analysis), the names their network facts give, and the embeddings meta.

Why one query for all three: a match ranked from the process's own copies of the graph (vector
cache, row store; matching/resident.py) sends nothing else, so this read is also its check that
those copies were current, and a match costs one round trip in all. Sentences are kept by each
candidate's stamp (embeddings revision, analyser version and text hash, whether its needs are
confidential), so only candidates not seen in that state are read; with nothing to read and no
check wanted, no query is sent at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from matchmaker.embeddings.profiles import SentenceVectors
from matchmaker.graph.connection import Graph
from matchmaker.matching.memo import Memo

#: Candidates whose sentences (about 20-40 KB each with their vectors, decoded) a matcher keeps.
SENTENCE_MEMO_SIZE = 2000
NO_NAMES: dict[str, list[dict[str, Any]]] = {"communities": [], "hubs": [], "partners": []}


@dataclass
class Page:
    """``texts``: each candidate's sentences (``offer``, ``needs``: :class:`SentenceVectors`) and
    analysis by id; ``names`` as :meth:`network.Side.named` takes them; ``meta``: the embeddings
    meta when the query was sent (None: everything came from the memo)."""

    texts: dict[str, dict[str, Any]]
    names: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: NO_NAMES)
    meta: dict[str, Any] | None = None


class PageReader:
    """Reads a final page, keeping candidates' decoded sentences by their stamps."""

    def __init__(self, graph: Graph, dimension: int) -> None:
        self.graph = graph
        self.dimension = dimension
        self.sentences = Memo(SENTENCE_MEMO_SIZE)

    def read(
        self, ids: list[str], stamps: dict[str, list | None], names: dict[str, list[str]] | None = None,
        *, check: bool = False,
    ) -> Page:  # fmt: skip
        """``names``: community, hub and partner ids to name; ``check``: send the query even when
        the memo holds every candidate, for its meta."""
        key = {i: (i, *stamps[i]) for i in ids if stamps.get(i) and stamps[i][0] is not None}  # type: ignore[misc]
        texts = {i: hit for i in key if (hit := self.sentences.peek(key[i])) is not None}
        missing = [i for i in ids if i not in texts]
        wanted = names or {}
        if not (missing or check or any(wanted.values())):
            return Page(texts)
        page = {"ids": missing, **{part: wanted.get(part, []) for part in NO_NAMES}}
        meta = self.graph.read("matching/page", page=page)[0]
        for row in meta.pop("sentences"):
            # decoded once (float16 to float32), not per request: each decode can wait for the GIL
            row["offer"] = SentenceVectors.from_graph(row.pop("sent_offer"), row.pop("sentvec_offer"), self.dimension)
            row["needs"] = SentenceVectors.from_graph(row.pop("sent_needs"), row.pop("sentvec_needs"), self.dimension)
            texts[row["id"]] = row
            if row["id"] in key:
                self.sentences.put(key[row["id"]], row)
        read = {part: meta.pop(part) for part in NO_NAMES}
        return Page(texts, read, meta)
