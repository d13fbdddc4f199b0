"""Profile vectors in Neo4j: which model made them, the vector indexes, and (re-)embedding.

The graph records the encoder's name and dimension (``_Meta {id: 'embeddings'}``). Profiles are
embedded only by that model: with another one configured, imports leave vectors alone and say so,
and ``matchmaker embed --all`` drops the indexes and every vector, then re-embeds everything, so
vectors of two models are never mixed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from neo4j import ManagedTransaction

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.profiles import encode_profiles, needs_sentences, offer_sentences, profile_hash
from matchmaker.graph.connection import Graph, row_revision
from matchmaker.graph.queries import cypher, statements

BATCH = 256


class EncoderMismatch(RuntimeError):
    """The graph's vectors were made by another model than the configured one."""

    def __init__(self, stored: str, configured: str) -> None:
        super().__init__(
            f"profile vectors were made with {stored!r} but the configured encoder is {configured!r}; "
            "run `matchmaker embed --all` to re-embed every profile"
        )
        self.stored, self.configured = stored, configured


def stored_model(graph: Graph) -> dict | None:
    rows = graph.read("embeddings/meta_get")
    return rows[0] if rows else None


def ensure_model(graph: Graph, encoder: Encoder, *, rebuild: bool = False) -> None:
    """Make the graph's vectors belong to ``encoder``: set it up when new, rebuild when asked."""
    meta = stored_model(graph)
    if meta and meta["model"] == encoder.name:
        return
    if meta and not rebuild:
        raise EncoderMismatch(meta["model"], encoder.name)
    for statement in statements("embeddings/index_drop"):
        graph.run_auto(statement)
    graph.run_auto(cypher("embeddings/clear"))
    for statement in statements("embeddings/index_create"):
        graph.run_auto(statement, dimension=encoder.dimension)
    graph.write("embeddings/meta_set", model=encoder.name, dimension=encoder.dimension)


def embed_organizations(
    graph: Graph, encoder: Encoder, ids: Iterable[str], progress: Callable[[int], None] | None = None
) -> int:
    """Embed the given organisations whose profile text changed since they were last embedded.

    Returns how many were embedded.
    """
    ensure_model(graph, encoder)
    ids = list(ids)
    done = 0
    for start in range(0, len(ids), BATCH):
        profiles = [r["props"] for r in graph.read("embeddings/profiles", ids=ids[start : start + BATCH])]
        stale = [
            p for p in profiles
            if p.get("embed_hash") != profile_hash(encoder, offer_sentences(p), needs_sentences(p), p.get("kind"))
        ]  # fmt: skip
        if stale:
            rows = encode_profiles(encoder, stale)

            def work(tx: ManagedTransaction, rows: list = rows) -> None:
                revision = tx.run(cypher("embeddings/revision_next")).single(strict=True)["revision"]
                tx.run(cypher("embeddings/write"), rows=rows, revision=revision, row_rev=row_revision(tx)).consume()

            graph.transaction(work)
            done += len(stale)
        if progress:
            progress(len(profiles))
    return done


def embed_all(graph: Graph, encoder: Encoder, *, rebuild: bool, progress: Callable[[int], None] | None = None) -> int:
    """Embed every organisation (after switching models when ``rebuild``)."""
    ensure_model(graph, encoder, rebuild=rebuild)
    ids = [r["id"] for r in graph.read("embeddings/all_ids")]
    count = embed_organizations(graph, encoder, ids, progress)
    graph.run_auto("CALL db.awaitIndexes(300)")
    return count
