"""Faults, against real processes: Neo4j going away under a running API, and an import killed with
SIGKILL midway. Each test runs its own embedded Neo4j, so stopping it harms nobody else."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import orjson
import pytest

from matchmaker.api.app import create_app
from matchmaker.graph.connection import Graph
from matchmaker.graph.server import EmbeddedServer
from matchmaker.synthetic import generate
from tests.helpers import graph_snapshot, served

pytestmark = pytest.mark.embedded


def test_the_api_answers_503_while_neo4j_is_down_and_recovers_by_itself(own_server: EmbeddedServer) -> None:
    graph = Graph.connect(own_server.settings)
    try:
        with served(create_app(own_server.settings, graph)) as url, httpx.Client(base_url=url, timeout=60) as api:
            assert api.get("/readyz").status_code == 200
            assert api.get("/v1/organizations").status_code == 200
            own_server.stop()
            down = api.get("/v1/organizations")
            assert down.status_code == 503 and int(down.headers["Retry-After"]) > 0
            assert "unavailable" in down.json()["message"]
            ready = api.get("/readyz")
            assert ready.status_code == 503 and ready.json()["ready"] is False
            assert api.get("/healthz").json()["neo4j"] is False
            own_server.start()
            # The same API process, without a restart: the driver reconnects on the next request.
            deadline = time.monotonic() + 30
            while (r := api.get("/v1/organizations")).status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.5)
            assert r.status_code == 200 and api.get("/readyz").status_code == 200
    finally:
        graph.close()


def test_an_import_killed_midway_and_run_again_ends_complete_without_duplicates(
    own_server: EmbeddedServer, tmp_path: Path
) -> None:
    data = tmp_path / "eco.jsonl"
    data.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in generate(2000, seed=5)))
    settings = own_server.settings
    env = {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{settings.bolt_port}", "NEO4J_USER": "neo4j",
           "NEO4J_PASSWORD": own_server.password(), "MATCHMAKER_IMPORT_BATCH_SIZE": "200"}  # fmt: skip
    command = [sys.executable, "-m", "matchmaker", "import", "--no-embed", str(data)]
    graph = Graph.connect(settings)
    try:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait until some batches have committed, then kill
            written = graph.driver.execute_query("MATCH (n:Entity) RETURN count(n) AS n").records[0]["n"]
            if written > 0 or child.poll() is not None:
                break
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        partial = graph.driver.execute_query("MATCH (n:Entity) RETURN count(n) AS n").records[0]["n"]
        again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        assert again.returncode == 0, again.stderr
        after_rerun = graph_snapshot(graph)
        # The same file into an emptied database, in one go: the reference.
        graph.run_auto("MATCH (n) WHERE n:Entity OR n:Partnering DETACH DELETE n")
        clean = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        assert clean.returncode == 0, clean.stderr
        assert after_rerun == graph_snapshot(graph)
        assert 0 < partial <= len(after_rerun[0])
    finally:
        graph.close()
