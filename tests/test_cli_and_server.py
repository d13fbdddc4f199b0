"""The CLI and the embedded server's lifecycle, against real Neo4j processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matchmaker.cli import app
from matchmaker.graph.connection import Graph
from matchmaker.graph.server import EmbeddedServer, ServerError
from tests.conftest import Database, embedded_settings
from tests.helpers import FIXTURES, counts

runner = CliRunner()


def test_cli_import_reports_file_line_and_field(graph: Graph, cli_env: dict, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"record": "organization", "id": "a", "kind": "cdmo", "name": "A"}\n'
        '{"record": "organization", "id": "b", "kind": "cdmo", "name": "B", "stage": "phase9"}\n'
    )
    result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2: stage:" in result.output
    assert "nothing was written" in result.output
    assert counts(graph) == ({}, 0)
    result = runner.invoke(app, ["import", "--skip-invalid", str(bad)])
    assert result.exit_code == 2 and counts(graph) == ({"Organization": 1}, 0)


def test_cli_import_export_round_trip(graph: Graph, cli_env: dict, tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", str(FIXTURES / "small.jsonl")])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["export", "--out", str(out)]).exit_code == 0
    first = out.read_text()
    assert runner.invoke(app, ["import", str(out)]).exit_code == 0
    assert runner.invoke(app, ["export", "--out", str(out)]).exit_code == 0
    assert out.read_text() == first


def test_cli_schema_prints_json_schema(cli_env: dict) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "organization" in json.loads(result.output)["discriminator"]["mapping"]


@pytest.mark.embedded
def test_data_survives_stop_and_start(database: Database, tmp_path: Path) -> None:
    if database.mode != "embedded":
        pytest.skip("needs the embedded server")
    server = EmbeddedServer(embedded_settings(tmp_path / "neo4j"))
    server.start()
    try:
        g = Graph.connect(server.settings)
        g.driver.execute_query("CREATE (:Entity:Organization {id: 'durable', name: 'Still here'})")
        g.close()
        assert server.stop() is True
        assert server.status().running is False
        status = server.start()
        assert status.running and status.answering
        # a second start is a no-op; another server on the same port is refused
        assert server.start().pid == status.pid
        other = EmbeddedServer(embedded_settings(tmp_path / "other").model_copy(update={"bolt_port": server.port}))
        with pytest.raises(ServerError, match="already in use"):
            other.start()
        g = Graph.connect(server.settings)
        rows = g.driver.execute_query("MATCH (n:Organization {id: 'durable'}) RETURN n.name AS name").records
        g.close()
        assert [r["name"] for r in rows] == ["Still here"]
        password = server.password()
        server.reset()
        assert server.status().running
        assert server.password() == password
        g = Graph.connect(server.settings)
        assert g.driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == 0
        g.close()
    finally:
        server.stop()
    assert server.status().running is False
