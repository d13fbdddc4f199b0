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
from matchmaker.matching.store import RowStore
from matchmaker.matching.vectors import VectorCache
from matchmaker.model.vocabulary import Vocabulary, load_vocabulary, use_vocabulary
from matchmaker.notify.delivery import Deliverer, Mailer, Report, RetryPolicy, SmtpConfig, Worker
from matchmaker.partnering.service import sweep
from matchmaker.settings import Settings


class Services:
    """The graph handle, vocabulary, encoder, vector cache, row store and matcher of one process."""

    def __init__(self, settings: Settings, graph: Graph, *, vector_cache: bool = False) -> None:
        self.settings = settings
        self.graph = graph
        self.vocabulary: Vocabulary = load_vocabulary(settings.seed_dir / "vocabulary.yaml")
        # Record validation reads the vocabulary deep inside pydantic validators: install this one
        # as the process's vocabulary rather than thread it through every model.
        use_vocabulary(self.vocabulary)
        self.vectors = VectorCache(settings.vector_cache_max) if vector_cache and settings.vector_cache_max else None
        # the candidates' rows beside their vectors (matching/store.py), under the same limit
        self.rows = RowStore(settings.vector_cache_max) if self.vectors is not None else None

    @cached_property
    def encoder(self) -> Encoder:
        return get_encoder(self.settings.encoder, self.settings.encoder_threads)

    @cached_property
    def matcher(self) -> Matcher:
        return Matcher(self.graph, self.encoder, self.vectors, self.rows, vocabulary=self.vocabulary)

    def import_records(
        self, raws: Iterable[RawRecord | Problem], *, embed: bool = True, **options: Any
    ) -> ImportReport:
        """The one import path (CLI, API, single-record writes): validate everything, then write in
        batches of the configured size, embedding changed profiles unless ``embed`` is False."""
        encoder = self.encoder if embed else None
        return import_records(self.graph, raws, batch_size=self.settings.import_batch_size, encoder=encoder, **options)

    def deliverer(self) -> Deliverer | None:
        """The outbox's SMTP delivery from the settings, or None when ``smtp_host`` is not set
        (messages then wait in the outbox and show in the in-app list)."""
        s = self.settings
        if not s.smtp_host:
            return None
        config = SmtpConfig(
            host=s.smtp_host, port=s.smtp_port, user=s.smtp_user,
            password=s.smtp_password.get_secret_value() if s.smtp_password else None,
            sender=s.smtp_from, starttls=s.smtp_starttls, timeout=s.smtp_timeout,
        )  # fmt: skip
        policy = RetryPolicy(s.notify_backoff_seconds, s.notify_backoff_max_seconds, s.notify_max_attempts)
        return Deliverer(self.graph, Mailer(config), policy)

    def deliver_once(self) -> Report | None:
        """One round of the worker: expire requests past their deadline (telling their senders),
        then send what is due. None when SMTP is off (the expiry sweep still runs)."""
        sweep(self.graph)
        deliverer = self.deliverer()
        return deliverer.run_once() if deliverer else None

    def start_delivery(self) -> Worker | None:
        """The background delivery thread of a long-running process, when SMTP is configured."""
        if not self.settings.smtp_host:
            return None
        return Worker(self.deliver_once, self.settings.notify_poll_seconds).start()

    def close(self) -> None:
        self.graph.close()


def build(settings: Settings, graph: Graph | None = None, *, vector_cache: bool = False) -> Services:
    """The services for ``settings``: connects to its Neo4j unless ``graph`` is given.
    ``vector_cache``: keep an in-process copy of the offer vectors (the API, one per worker)."""
    return Services(settings, graph or Graph.connect(settings), vector_cache=vector_cache)
