"""One way to reach Neo4j: the configured ``NEO4J_URI``, or the embedded server's Bolt port.

The same :class:`Graph` works against the embedded server, Docker, a cluster or Aura
(``neo4j+s://`` routing), because it only uses the driver's managed transactions, which route
and retry transient failures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import neo4j
from neo4j import Driver, GraphDatabase, ManagedTransaction, RoutingControl

from matchmaker.graph.queries import cypher
from matchmaker.graph.server import EmbeddedServer
from matchmaker.settings import Settings

T = TypeVar("T")


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
        records, _, _ = self.driver.execute_query(
            cypher(name), params, database_=self.database, routing_=RoutingControl.READ
        )
        return [as_dict(r) for r in records]

    def write(self, name: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(
            cypher(name), params, database_=self.database, routing_=RoutingControl.WRITE
        )
        return [as_dict(r) for r in records]

    def write_counted(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A write to the ecosystem that also counts as a change (``write/version_bump``), in one
        transaction, so caches keyed on the graph version see it."""

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            rows = [as_dict(r) for r in tx.run(cypher(name), params)]
            tx.run(cypher("write/version_bump")).consume()
            return rows

        return self.transaction(work)

    def run_auto(self, query: str, **params: Any) -> None:
        """An auto-commit statement: needed for schema changes and ``CALL {} IN TRANSACTIONS``."""
        with self.driver.session(database=self.database) as session:
            session.run(query, params).consume()

    def transaction(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run ``work`` in one managed write transaction (retried on transient errors)."""
        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    @contextmanager
    def stream(self, name: str, **params: Any) -> Iterator[Iterator[neo4j.Record]]:
        """Stream a large read (exports) without holding every record in memory."""
        with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            result = session.run(cypher(name), params)
            yield iter(result)

    def ping(self) -> bool:
        try:
            return self.read("read/ping")[0]["ok"] == 1
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError):
            return False
