"""Schema migrations: constraints, lookup indexes and the full-text index, applied idempotently.

Every migration file uses ``IF NOT EXISTS``, so applying all of them again is harmless; the
version stored in the graph tells ``/readyz`` whether this server's schema is current.
"""

from __future__ import annotations

from matchmaker.graph.connection import Graph
from matchmaker.graph.queries import migration_names, statements

SCHEMA_VERSION = len(migration_names())


def current_version(graph: Graph) -> int:
    rows = graph.read("schema/version_get")
    return int(rows[0]["version"]) if rows else 0


def migrate(graph: Graph) -> int:
    """Apply every migration and record the version; returns the version now in the graph."""
    names = migration_names()
    for name in names:
        for statement in statements(name):
            graph.run_auto(statement)
    graph.run_auto("CALL db.awaitIndexes(300)")
    graph.write("schema/version_set", version=len(names))
    return len(names)
