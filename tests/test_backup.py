"""Backup and restore: a database with an ecosystem and a scheduled partnering event, backed up
through the CLI and restored into a fresh Neo4j, comes back the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from matchmaker.access import audit
from matchmaker.access.keys import verify
from matchmaker.access.models import Role
from matchmaker.cli import app
from matchmaker.exchange.exporter import export_records
from matchmaker.graph.connection import Graph
from matchmaker.graph.schema import migrate
from matchmaker.graph.server import EmbeddedServer
from tests.conftest import Database, embedded_settings
from tests.helpers import FIXTURES

runner = CliRunner()
EVENT = "/v1/events/t-event"


def partnering_state(graph: Graph) -> list[Any]:
    rows = graph.driver.execute_query(
        "MATCH (n:Partnering) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.event, n.key, n.id"
    ).records
    events = graph.driver.execute_query(
        "MATCH (e:Event) RETURN e.id AS id, e.tables AS tables, e.max_requests AS cap, "
        "toString(e.request_deadline) AS deadline ORDER BY id"
    ).records
    return [(sorted(r["labels"]), r["props"]) for r in rows] + [dict(e) for e in events]


@pytest.mark.embedded
def test_backup_restores_into_a_fresh_database(
    api: httpx.Client,
    graph: Graph,
    database: Database,
    cli_env: dict,
    admin_key: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if database.mode != "embedded":
        pytest.skip("restores into a second embedded server")
    small = (FIXTURES / "small.jsonl").read_text(encoding="utf-8")
    assert api.post("/v1/import", content=small.encode(), headers={"content-type": "application/x-ndjson"}).is_success
    programme = {"sessions": [{"day": "2030-10-14", "start": "10:00", "end": "11:00"}], "tables": ["T1"],
                 "request_deadline": "2030-10-01T18:00:00+09:00", "max_requests": 5}  # fmt: skip
    assert api.put(f"{EVENT}/programme", json=programme).is_success
    for org in ("t-startup", "t-cdmo", "t-vc"):
        assert api.put(f"{EVENT}/participants/{org}", json={"people": [{"name": f"Person of {org}"}]}).is_success
    request = api.post(f"{EVENT}/pairs", json={"a": "t-startup", "b": "t-cdmo", "weight": 4}).json()
    api.post(f"{EVENT}/schedule", json={"time_limit": 2})
    answers = {"answers": {"co_disclose": True}}  # a self-assessment lives beside the record fields
    assert api.put("/v1/organizations/t-startup/self-assessment", json=answers).json()["level"] == "candidate"
    archive = tmp_path / "backup.tar.gz"
    result = runner.invoke(app, ["backup", "--out", str(archive)])
    assert result.exit_code == 0 and "1 Meeting" in result.output, result.output
    before_records, before_partnering = list(export_records(graph)), partnering_state(graph)

    fresh = EmbeddedServer(embedded_settings(tmp_path / "fresh"))
    fresh.start()
    try:
        monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{fresh.settings.bolt_port}")
        monkeypatch.setenv("NEO4J_PASSWORD", fresh.password())
        from matchmaker.settings import get_settings

        get_settings.cache_clear()
        result = runner.invoke(app, ["restore", str(archive)])
        assert result.exit_code == 0, result.output
        restored = Graph.connect(fresh.settings)
        try:
            assert list(export_records(restored)) == before_records
            assert partnering_state(restored) == before_partnering
            assert request["id"] in {
                p["id"] for labels, p in partnering_state(restored)[:-1] if "MeetingRequest" in labels
            }
            vectors = restored.driver.execute_query(
                "MATCH (o:Organization) WHERE o.vec_offer IS NOT NULL RETURN count(o) AS n"
            ).records[0]["n"]
            assert vectors == 3  # profiles embedded again on restore
            stored = restored.driver.execute_query(
                "MATCH (o:Organization {id: 't-startup'}) RETURN o.self_assessment AS s"
            ).records[0]["s"]
            assert '"co_disclose": true' in stored
            # Keys come back as hashes, so the same key works against the restored database.
            principal = verify(restored, admin_key)
            assert principal is not None and principal.role is Role.admin
            assert f"PUT {EVENT}/programme" in {e.action for e in audit.entries(restored, limit=1000)}
            # A second restore is refused rather than merged into what is there.
            again = runner.invoke(app, ["restore", str(archive)])
            assert again.exit_code == 1 and "not empty" in again.output
            migrate(restored)
        finally:
            restored.close()
        bad = tmp_path / "not-a-backup.tar.gz"
        bad.write_bytes(b"hello")
        assert "cannot read" in runner.invoke(app, ["restore", str(bad)]).output
    finally:
        get_settings.cache_clear()
        fresh.stop()
