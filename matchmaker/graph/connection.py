"""One way to reach Neo4j: the configured ``NEO4J_URI``, or the embedded server's Bolt port.

The same :class:`Graph` works against the embedded server, Docker, a cluster or Aura
(``neo4j+s://`` routing), because it only uses the driver's managed transactions, which route
and retry transient failures.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import neo4j
from neo4j import Driver, GraphDatabase, ManagedTransaction, RoutingControl

from matchmaker.graph.queries import cypher
from matchmaker.graph.server import EmbeddedServer
from matchmaker.settings import Settings

T = TypeVar("T")

#: Errors that mean "Neo4j cannot be reached" (not "this query is wrong").
UNREACHABLE: tuple[type[BaseException], ...] = (
    neo4j.exceptions.ServiceUnavailable,
    neo4j.exceptions.SessionExpired,
    ConnectionError,
)


class Circuit:
    """Remembers that Neo4j was unreachable, so that the next requests fail at once instead of
    each spending the driver's whole retry time (7-8 s) before its 503.

    Closed: calls go through. After a failure it is open: calls fail at once with
    ``ServiceUnavailable`` (answered 503), except that one caller at a time, at most every
    ``probe_seconds``, probes Neo4j with a single query that is not retried; when it answers,
    the circuit closes and everything goes through again, with nobody having to restart anything.
    """

    def __init__(self, probe: Callable[[], None], probe_seconds: float = 1.0) -> None:
        self._probe = probe
        self.probe_seconds = probe_seconds
        self._failed_at: float | None = None
        self._probing = False
        self._lock = threading.Lock()

    @property
    def open(self) -> bool:
        return self._failed_at is not None

    def failed(self) -> None:
        with self._lock:
            self._failed_at = time.monotonic()

    def succeeded(self) -> None:
        with self._lock:
            self._failed_at = None

    def check(self) -> None:
        """Return if calls may go to Neo4j; raise ``ServiceUnavailable`` if it is known to be down."""
        with self._lock:
            if self._failed_at is None:
                return
            if self._probing or time.monotonic() - self._failed_at < self.probe_seconds:
                raise neo4j.exceptions.ServiceUnavailable("Neo4j was unreachable moments ago (circuit open)")
            self._probing = True
        try:
            self._probe()
        except (*UNREACHABLE, neo4j.exceptions.DriverError, OSError) as exc:
            self.failed()
            raise neo4j.exceptions.ServiceUnavailable(f"Neo4j is still unreachable: {exc}") from exc
        else:
            self.succeeded()
        finally:
            with self._lock:
                self._probing = False


def row_revision(tx: ManagedTransaction) -> int:
    """The next candidate-row revision (``write/row_revision``), taken first in a transaction that
    changes organisations' candidate rows, which it stamps with it (0 before the schema has it)."""
    record = tx.run(cypher("write/row_revision")).single()
    return 0 if record is None else record["revision"]


def connection_target(settings: Settings) -> tuple[str, tuple[str, str]]:
    """The URI and credentials the settings point at."""
    if settings.neo4j_uri:
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        return settings.neo4j_uri, (settings.neo4j_user, password)
    server = EmbeddedServer(settings)
    return f"bolt://127.0.0.1:{settings.bolt_port}", ("neo4j", server.password())


def as_dict(record: neo4j.Record) -> dict[str, Any]:
    """A record as a plain dict. Unlike ``Record.data()``, this does not walk every value (which
    copies byte arrays such as stored sentence vectors one byte at a time): matchmaker's queries
    return maps and scalars, never node objects, so there is nothing to convert."""
    return dict(zip(record.keys(), record.values(), strict=True))


class Graph:
    """The driver plus the database name, with helpers that run named queries."""

    def __init__(self, driver: Driver, database: str) -> None:
        self.driver = driver
        self.database = database
        self.circuit = Circuit(self._probe)

    def _probe(self) -> None:
        """One ``RETURN 1`` in an auto-commit transaction: never retried, so it fails as fast as
        the connection does."""
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            session.run(cypher("read/ping")).consume()

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """Runs a call through the circuit: refused at once while Neo4j is known to be down, and
        a connection failure opens it."""
        self.circuit.check()
        try:
            yield
        except UNREACHABLE:
            self.circuit.failed()
            raise

    @classmethod
    def connect(cls, settings: Settings) -> Graph:
        uri, auth = connection_target(settings)
        # Managed transactions retry transient errors (a leader switch, a brief restart) for up to
        # retry_seconds, then fail: the API answers 503 with Retry-After rather than hanging.
        driver = GraphDatabase.driver(
            uri, auth=auth, connection_acquisition_timeout=10, max_connection_pool_size=50,
            connection_timeout=min(5.0, settings.retry_seconds), max_transaction_retry_time=settings.retry_seconds,
            notifications_min_severity="OFF",
        )  # fmt: skip
        return cls(driver, settings.neo4j_database)

    def close(self) -> None:
        self.driver.close()

    def read(self, name: str | tuple[str, ...], **params: Any) -> list[dict[str, Any]]:
        """Run the named read query and return its records as dicts."""
        with self._guarded():
            records, _, _ = self.driver.execute_query(
                cypher(name), params, database_=self.database, routing_=RoutingControl.READ
            )
        return [as_dict(r) for r in records]

    def write(self, name: str, **params: Any) -> list[dict[str, Any]]:
        with self._guarded():
            records, _, _ = self.driver.execute_query(
                cypher(name), params, database_=self.database, routing_=RoutingControl.WRITE
            )
        return [as_dict(r) for r in records]

    def write_stamped(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A write that changes organisations' candidate rows, in one transaction that takes the
        next row revision first and hands it to the query as ``row_rev`` (to stamp them with)."""

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [as_dict(r) for r in tx.run(cypher(name), {**params, "row_rev": row_revision(tx)})]

        return self.transaction(work)

    def write_counted(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A write to the ecosystem that also counts as a change (``write/version_bump``), in one
        transaction, so caches keyed on the graph version see it. The query gets ``row_rev``, the
        candidate-row revision it stamps on the organisations whose rows it changes."""

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            rows = [as_dict(r) for r in tx.run(cypher(name), {**params, "row_rev": row_revision(tx)})]
            tx.run(cypher("write/version_bump")).consume()
            return rows

        return self.transaction(work)

    def run_auto(self, query: str, **params: Any) -> None:
        """An auto-commit statement: needed for schema changes and ``CALL {} IN TRANSACTIONS``."""
        with self._guarded(), self.driver.session(database=self.database) as session:
            session.run(query, params).consume()

    def transaction(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run ``work`` in one managed write transaction (retried on transient errors)."""
        with self._guarded(), self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    @contextmanager
    def stream(self, name: str, **params: Any) -> Iterator[Iterator[neo4j.Record]]:
        """Stream a large read (exports) without holding every record in memory."""
        with (
            self._guarded(),
            self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session,
        ):
            result = session.run(cypher(name), params)
            yield iter(result)

    def ping(self) -> bool:
        """Is Neo4j reachable? Answers at once while the circuit is open; otherwise one query that
        is not retried (a health check must answer quickly, not wait out the retry time)."""
        try:
            with self._guarded():
                self._probe()
            return True
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError):
            return False
