"""Small helpers shared by the tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import uvicorn

from matchmaker.exchange.exporter import export_records
from matchmaker.graph.connection import Graph
from matchmaker.graph.server import free_port

FIXTURES = Path(__file__).parent / "fixtures"


def counts(graph: Graph) -> tuple[dict[str, int], int]:
    row = graph.read("read/counts")[0]
    return {n["label"]: n["n"] for n in row["nodes"]}, row["links"]


def exported(graph: Graph) -> list[dict[str, Any]]:
    return list(export_records(graph))


def jsonl(*records: dict[str, Any]) -> str:
    return "".join(orjson.dumps(r).decode() + "\n" for r in records)


def graph_snapshot(graph: Graph) -> tuple[list[Any], list[Any]]:
    """Every node's properties and every relationship, independent of internal ids, timestamps and the
    row revision a write stamps (bookkeeping of the matcher's row store, moved by every write)."""
    nodes = graph.driver.execute_query(
        "MATCH (n:Entity) RETURN labels(n) AS labels, n {.*, created_at: null, row_rev: null} AS props ORDER BY n.id"
    ).records
    rels = graph.driver.execute_query(
        "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p "
        "ORDER BY a, t, b, r.key"
    ).records
    return [(sorted(r["labels"]), r["props"]) for r in nodes], [r.data() for r in rels]


@contextmanager
def served(app: Any) -> Iterator[str]:
    """Serve an app with uvicorn on a free loopback port for the block; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", proxy_headers=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
