"""The composition root: everything the service runs on, built once from one settings object.

``create_app`` and the CLI both call :func:`build`; the layers below receive what they need (a
graph, an encoder, a vocabulary, a matcher) and never read settings themselves. Tests build their
own :class:`Services` from their own settings.

The encoder and what depends on it are built on first use: loading a model takes seconds, and
most commands and many requests never need one.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Any

from matchmaker.embeddings.base import Encoder
from matchmaker.embeddings.registry import get_encoder
from matchmaker.exchange.importer import ImportReport, import_records
from matchmaker.exchange.reader import Problem, RawRecord
from matchmaker.graph.connection import Graph
from matchmaker.matching.service import Matcher
from matchmaker.matching.vectors import VectorCache
from matchmaker.model.vocabulary import Vocabulary, load_vocabulary, use_vocabulary
from matchmaker.settings import Settings


class Services:
    """The graph handle, vocabulary, encoder, vector cache and matcher of one process."""

    def __init__(self, settings: Settings, graph: Graph, *, vector_cache: bool = False) -> None:
        self.settings = settings
        self.graph = graph
        self.vocabulary: Vocabulary = load_vocabulary(settings.seed_dir / "vocabulary.yaml")
        # Record validation reads the vocabulary deep inside pydantic validators: install this one
        # as the process's vocabulary rather than thread it through every model.
        use_vocabulary(self.vocabulary)
        self.vectors = VectorCache(settings.vector_cache_max) if vector_cache and settings.vector_cache_max else None

    @cached_property
    def encoder(self) -> Encoder:
        return get_encoder(self.settings.encoder, self.settings.encoder_threads)

    @cached_property
    def matcher(self) -> Matcher:
        return Matcher(self.graph, self.encoder, self.vectors, vocabulary=self.vocabulary)

    def import_records(
        self, raws: Iterable[RawRecord | Problem], *, embed: bool = True, **options: Any
    ) -> ImportReport:
        """The one import path (CLI, API, single-record writes): validate everything, then write in
        batches of the configured size, embedding changed profiles unless ``embed`` is False."""
        encoder = self.encoder if embed else None
        return import_records(self.graph, raws, batch_size=self.settings.import_batch_size, encoder=encoder, **options)

    def close(self) -> None:
        self.graph.close()


def build(settings: Settings, graph: Graph | None = None, *, vector_cache: bool = False) -> Services:
    """The services for ``settings``: connects to its Neo4j unless ``graph`` is given.
    ``vector_cache``: keep an in-process copy of the offer vectors (the API, one per worker)."""
    return Services(settings, graph or Graph.connect(settings), vector_cache=vector_cache)
